import type { Worker } from 'node:worker_threads';
import {
  type BackendCallOptions,
  BaseClassifier,
  type Classification,
  type ConversationTurn,
  InferenceError,
  type Outcome,
  type RetryEvent,
  type TeacherScores,
} from '@piiguard/sdk';
import type { ModelConfig } from './config.js';
import type { ResolvedTeacherOptions } from './options.js';
import type { BoundProfile } from './profiles/resolve.js';
import type { TeacherConversation, TeacherInput, TeacherProfile } from './profiles/types.js';
import { type EngineSetup, type FromWorker, fromWire, type ToWorker, type WireOutcome } from './protocol.js';
import type { TeacherProvider } from './session.js';
import { spawnWorker } from './spawn-worker.js';

interface Pending {
  /** Texts of this call that the worker has not answered yet. */
  readonly texts: number;
  resolve(outcomes: readonly WireOutcome[]): void;
  reject(error: unknown): void;
}

/** Where a teacher's transformer runs: in-process on onnxruntime, or on a serving engine. */
export type TeacherEngine = EngineSetup['kind'];

interface TeacherParts {
  readonly options: ResolvedTeacherOptions;
  readonly bound: BoundProfile;
  readonly worker: Worker;
  readonly device: TeacherProvider | 'remote';
  readonly engine: TeacherEngine;
  readonly onRetry: ((event: RetryEvent) => void) | undefined;
}

type Construct = (parts: TeacherParts) => Teacher;
let construct: Construct;

/**
 * The context as a profile reads it: speakers numbered, the author of the classified message 0 and
 * everyone else 1, 2, … in order of first appearance (their ids never leave this function).
 */
function numberSpeakers(
  speaker: string | undefined,
  context: readonly ConversationTurn[],
): TeacherConversation['context'] {
  const numbers = new Map<string, number>(speaker === undefined ? [] : [[speaker, 0]]);
  return context.map((turn) => {
    let number = numbers.get(turn.speaker);
    if (number === undefined) {
      number = speaker === undefined ? numbers.size + 1 : numbers.size;
      numbers.set(turn.speaker, number);
    }
    return { speaker: number, text: turn.text };
  });
}

/**
 * The XLM-R PII teacher as a `Classifier`: `classify(text)` resolves to one result,
 * `classifyBatch(texts)` to one outcome per text. Tokenizing, windowing and batching run in a
 * worker thread, and so does the transformer (onnxruntime) or the client of the serving engine
 * that runs it; this object only passes texts and scores. Create it with `loadTeacher` (in-process)
 * or `connectTeacher` (Triton, TEI); `close()` it to free the model or stop the requests.
 */
export class Teacher extends BaseClassifier {
  readonly kind = 'teacher' as const;
  /** The model id (or folder) reported on every result. */
  readonly model: string;
  /** The execution provider in use: `cuda` or `cpu`; `remote` when a serving engine runs the model. */
  readonly device: TeacherProvider | 'remote';
  /** What runs the transformer: `onnxruntime` in-process, or a `triton` or `tei` server. */
  readonly engine: TeacherEngine;
  /** The model's profile (detected from `config.json` or given): heads, input format, cutoffs, rule. */
  readonly profile: TeacherProfile;
  /** The cutoffs the label rule uses: the profile's, with the `thresholds` option applied. */
  readonly thresholds: Readonly<Record<string, number>>;
  readonly #bound: BoundProfile;
  readonly #worker: Worker;
  readonly #pending = new Map<number, Pending>();
  #queuedTexts = 0;
  #nextId = 0;
  #failure: InferenceError | undefined;
  #failures = 0;

  static {
    // Only `startTeacher` (below, behind `loadTeacher`) builds a Teacher, around a worker that is
    // ready; a public constructor or static factory would show in the package's types.
    construct = (parts) => new Teacher(parts);
  }

  private constructor({ options, bound, worker, device, engine, onRetry }: TeacherParts) {
    super({ maxTextLength: options.maxTextLength, maxContextLength: options.maxContextLength });
    this.model = options.model;
    this.device = device;
    this.engine = engine;
    this.profile = bound.profile;
    this.thresholds = bound.thresholds;
    this.#bound = bound;
    this.#worker = worker;
    worker.on('message', (message: FromWorker) => {
      if (message.type === 'retry') {
        try {
          onRetry?.(message.event);
        } catch {
          // A listener's bug must not fail the classification.
        }
        return;
      }
      if (message.type !== 'result') return;
      const pending = this.#pending.get(message.id);
      this.#settled(message.id);
      pending?.resolve(message.outcomes);
    });
    worker.on('error', (error) => this.#fail(error));
    worker.on('exit', (code) => {
      if (!this.closed) this.#fail(new Error(`worker exited with code ${code}`));
    });
    worker.unref();
  }

  /**
   * Texts handed to the worker and not answered yet (queued or being scored). The client's
   * `stats()` reports it as the fallback's queue depth.
   */
  get queueDepth(): number {
    return this.#queuedTexts;
  }

  /**
   * Texts that got an error outcome other than an abort or `close()` since the teacher started (a
   * remote engine down or overloaded, a text over `maxWindows`, a dead worker). The client's
   * `stats()` reports it per fallback member.
   */
  get failures(): number {
    return this.#failures;
  }

  /** True when the profile reads the call's `speaker` and `context` (v2); v1 classifies each text alone. */
  override get usesContext(): boolean {
    return this.profile.usesContext;
  }

  protected classifyTexts(
    texts: readonly string[],
    { signal, speaker, context }: BackendCallOptions,
  ): Promise<Outcome<Classification>[]> {
    if (this.#failure) return Promise.reject(this.#failure);
    // Formatting is string work on this thread; the worker gets strings to tokenize and knows no profile.
    const numbered = this.profile.usesContext ? numberSpeakers(speaker, context) : [];
    let inputs: TeacherInput[];
    try {
      inputs = texts.map((text) => this.#format({ text, context: numbered }));
    } catch (error) {
      // A custom format that throws fails this call (as an InferenceError), not the caller's code.
      return Promise.reject(error);
    }
    const id = this.#nextId++;
    return new Promise<Outcome<Classification>[]>((resolve, reject) => {
      // The caller already has its AbortError or ClosedError from the base class: only tell the
      // worker to drop the call's queued windows, and let go of it.
      const onStop = () => {
        this.#settled(id);
        this.#post({ type: 'drop', id });
        reject(signal.reason);
      };
      signal.addEventListener('abort', onStop, { once: true });
      this.#pending.set(id, {
        texts: texts.length,
        resolve: (wire) => {
          signal.removeEventListener('abort', onStop);
          resolve(wire.map((outcome) => this.#outcome(outcome)));
        },
        reject: (error) => {
          signal.removeEventListener('abort', onStop);
          reject(error);
        },
      });
      this.#queuedTexts += texts.length;
      if (this.#pending.size === 1) this.#worker.ref();
      this.#post({ type: 'classify', id, inputs });
    });
  }

  /** Releases the session and stops the worker; pending calls were already dropped. */
  protected async dispose(): Promise<void> {
    if (this.#failure) {
      await this.#worker.terminate();
      return;
    }
    // Keep the process alive until the worker has released the session.
    this.#worker.ref();
    const closed = new Promise<void>((resolve) => {
      this.#worker.on('message', (message: FromWorker) => message.type === 'closed' && resolve());
      this.#worker.once('exit', () => resolve());
    });
    this.#post({ type: 'close' });
    await closed;
    await this.#worker.terminate();
  }

  /** The profile's input for one text, checked, so a broken custom `format` fails the call here. */
  #format(conversation: TeacherConversation): TeacherInput {
    const input = this.profile.format(conversation);
    if (typeof input?.text !== 'string' || typeof input.head !== 'string' || typeof input.body !== 'string') {
      throw new InferenceError(
        `The profile ${this.profile.name}'s format did not return { text, head, body } strings.`,
      );
    }
    return { text: input.text, head: input.head, body: input.body };
  }

  #outcome(outcome: WireOutcome): Outcome<Classification> {
    if (!outcome.ok) {
      const error = fromWire(outcome.error);
      if (error.kind !== 'abort' && error.kind !== 'closed') this.#failures += 1;
      return { ok: false, error };
    }
    const scores: Record<string, number> = {};
    this.#bound.scores.forEach((head, i) => {
      scores[head] = outcome.scores[i]!;
    });
    const teacherScores = scores as unknown as TeacherScores;
    return {
      ok: true,
      value: { label: this.profile.label(teacherScores, this.thresholds), teacherScores, model: this.model },
    };
  }

  #post(message: ToWorker): void {
    this.#worker.postMessage(message);
  }

  #settled(id: number): void {
    const call = this.#pending.get(id);
    if (!call) return;
    this.#pending.delete(id);
    this.#queuedTexts -= call.texts;
    if (this.#pending.size === 0) this.#worker.unref();
  }

  /** The worker died or threw: every pending and later call gets the same `InferenceError`. */
  #fail(cause: unknown): void {
    if (this.#failure) return;
    this.#failure = new InferenceError("The teacher's worker stopped working; load the teacher again.", {
      cause,
    });
    // The client's fallback loader sees `failed`, drops this teacher and loads a new one after its back-off.
    this.markFailed(this.#failure);
    const pending = [...this.#pending.values()];
    for (const call of pending) this.#failures += call.texts;
    this.#pending.clear();
    this.#queuedTexts = 0;
    this.#worker.unref();
    for (const call of pending) call.reject(this.#failure);
  }
}

/** Starts the worker and waits until the tokenizer and the engine are loaded (and checked). */
export async function startTeacher(
  options: ResolvedTeacherOptions,
  folder: string,
  config: ModelConfig,
  bound: BoundProfile,
  engine: EngineSetup,
  onRetry?: (event: RetryEvent) => void,
): Promise<Teacher> {
  const { worker, ready } = await spawnWorker({
    folder,
    engine,
    padTokenId: config.padTokenId,
    labels: config.labels.length,
    logitIndex: bound.logitIndex,
    truncation: bound.profile.truncation,
    workerNice: options.workerNice,
    batcher: {
      maxBatchSize: options.maxBatchSize,
      maxBatchTokens: options.maxBatchTokens,
      maxWaitMs: options.maxWaitMs,
      maxQueued: options.maxQueuedWindows,
      maxRunning: engine.kind === 'onnxruntime' ? 1 : engine.maxInFlight,
    },
    windowOverlap: options.windowOverlap,
    maxWindows: options.maxWindows,
  });
  if (ready.warning) {
    try {
      options.onWarning(ready.warning);
    } catch {
      // Like event listeners: a throwing warning handler must not fail the load and strand the worker.
    }
  }
  return construct({ options, bound, worker, device: ready.provider, engine: engine.kind, onRetry });
}
