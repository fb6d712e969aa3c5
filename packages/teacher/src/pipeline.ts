import { InvalidResponseError, OverloadedError, type PiiguardError } from '@piiguard/sdk';
import { Batcher } from './batcher.js';
import { type EncodedWindow, encodeInput } from './encode.js';
import type { WindowScorer } from './infer.js';
import type { TeacherInput } from './profiles/types.js';
import { toWire, type WireOutcome, type WorkerSetup } from './protocol.js';
import type { TextTokenizer } from './tokenize.js';
import { maxOverWindows } from './windows.js';

/** The worker's scoring path, from formatted inputs to scores; the worker only adds its messages. */
export interface Pipeline {
  /** One outcome per input, in order, for the host's call `id`. */
  score(inputs: readonly TeacherInput[], id: number): Promise<WireOutcome[]>;
  /** Drops call `id`'s queued windows, rejecting them with `error`. */
  drop(id: number, error: PiiguardError): void;
  /** Rejects what is queued with `ClosedError` and waits for the running batch. */
  close(): Promise<void>;
}

/**
 * Tokenizes and windows each input (`encodeInput`), queues its windows in the dynamic batcher and
 * runs each batch through the engine's scorer (one `session.run`, or one request to a serving
 * engine); each head's score is the max over a text's windows.
 */
export function createPipeline(
  scorer: WindowScorer,
  tokenizer: TextTokenizer,
  setup: Pick<WorkerSetup, 'truncation' | 'batcher' | 'windowOverlap' | 'maxWindows'>,
): Pipeline {
  const batcher = new Batcher<EncodedWindow, number[]>((windows) => scorer.score(windows), setup.batcher);
  const encodeOptions = {
    overlap: setup.windowOverlap,
    maxWindows: setup.maxWindows,
    truncation: setup.truncation,
  };

  const scoreOne = async (input: TeacherInput, id: number): Promise<WireOutcome> => {
    try {
      const windows = encodeInput(input, tokenizer, encodeOptions);
      // A text enters the queue whole or not at all: a half-queued text could never be answered.
      if (batcher.queued + windows.length > setup.batcher.maxQueued) {
        throw new OverloadedError(
          `The teacher's queue is full (${batcher.queued} windows waiting, at most ${setup.batcher.maxQueued}). ` +
            'Retry later or raise maxQueuedWindows.',
        );
      }
      const scores = maxOverWindows(
        await Promise.all(windows.map((window) => batcher.add(window, window.ids.length, id))),
      );
      if (scores.some(Number.isNaN)) {
        throw new InvalidResponseError(
          'The teacher model produced a NaN score; the model file may be damaged.',
        );
      }
      return { ok: true, scores };
    } catch (error) {
      return { ok: false, error: toWire(error) };
    }
  };

  return {
    score: (inputs, id) => Promise.all(inputs.map((input) => scoreOne(input, id))),
    drop: (id, error) => batcher.cancel(id, error),
    close: () => batcher.close(),
  };
}
