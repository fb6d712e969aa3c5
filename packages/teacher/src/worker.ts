import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { isPiiguardError, ModelLoadError, PiiguardError } from '@piiguard/sdk';
import { openEngine } from './engines/open.js';
import { createPipeline } from './pipeline.js';
import type { FromWorker, ToWorker, WorkerSetup } from './protocol.js';
import { toWire } from './protocol.js';
import { loadTokenizer } from './tokenize.js';

// The teacher's worker thread: tokenisation, windowing, batching and the engine — onnxruntime
// (whose `run` blocks the thread that calls it) or the HTTP client of a Triton or TEI server — all
// live here, so the host's event loop only passes messages.

const port = parentPort!;
const setup = workerData as WorkerSetup;
const post = (message: FromWorker) => port.postMessage(message);
/**
 * What a dropped call's queued windows are rejected with. Nobody reads it: the host has already
 * settled those texts (with its own abort or closed error) and the call's result is never posted.
 */
const DROPPED = new PiiguardError('The host dropped this call.');

async function start(): Promise<void> {
  lowerPriority(setup.workerNice);
  const tokenizer = await loadTokenizer(setup.folder, setup.padTokenId);
  const warnings: string[] = [];
  const engine = await openEngine(
    setup,
    tokenizer,
    (event) => post({ type: 'retry', event }),
    (message) => warnings.push(message),
  );
  const maxBatchSize = Math.min(setup.batcher.maxBatchSize, engine.maxBatchSize ?? Number.POSITIVE_INFINITY);
  const pipeline = createPipeline(engine.scorer, tokenizer, {
    ...setup,
    batcher: { ...setup.batcher, maxBatchSize },
  });

  /** Calls being scored that the host still waits for. */
  const live = new Set<number>();
  port.on('message', (message: ToWorker) => {
    if (message.type === 'classify') {
      const { id, inputs } = message;
      live.add(id);
      void pipeline.score(inputs, id).then((outcomes) => {
        if (live.delete(id)) post({ type: 'result', id, outcomes });
      });
    } else if (message.type === 'drop') {
      live.delete(message.id);
      pipeline.drop(message.id, DROPPED);
    } else {
      engine.interrupt();
      void pipeline
        .close()
        .then(() => engine.release())
        // A failed release changes nothing for the host: the worker is terminated next anyway.
        .catch(() => undefined)
        .then(() => post({ type: 'closed' }));
    }
  });
  if (engine.warning) warnings.unshift(engine.warning);
  post({
    type: 'ready',
    provider: engine.provider,
    warning: warnings.length > 0 ? warnings.join(' ') : undefined,
  });
}

/**
 * On Linux a thread's nice value is its own (setpriority on "pid 0" changes the calling thread),
 * and threads onnxruntime creates later inherit it; elsewhere it would lower the whole process.
 */
function lowerPriority(nice: number): void {
  if (process.platform !== 'linux' || nice === 0) return;
  try {
    setPriority(nice);
  } catch {
    // Not being able to lower our own priority only costs the host some latency under load.
  }
}

// Whatever stops the load is a load failure, typed or not (a tokenizer or onnxruntime surprise).
start().catch((error: unknown) => {
  const failure = isPiiguardError(error)
    ? error
    : new ModelLoadError(`The teacher failed to load: ${(error as Error)?.message ?? String(error)}`, {
        cause: error,
      });
  post({ type: 'failed', error: toWire(failure) });
});
