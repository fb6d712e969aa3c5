import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ModelLoadError } from '@piiguard/sdk';
import { type FromWorker, fromWire, type WorkerSetup } from './protocol.js';

/**
 * The worker's file, next to this module and of its kind: dist/index.js runs dist/worker.js,
 * dist/index.cjs runs dist/worker.cjs (tsup shims import.meta.url in CJS), and src/spawn-worker.ts
 * (tests, bench, scripts) runs src/worker.ts. A `.ts` worker needs tsx's loader in the worker
 * thread, and on Node 20 a loader given in the worker's `execArgv` (`--import tsx`) never applies to
 * the worker's own entry (nodejs/node#47747: ERR_UNKNOWN_FILE_EXTENSION). So source runs start
 * worker-from-source.mjs, which registers tsx's ESM hooks in that thread and then imports
 * worker.ts (tsx also maps its `./x.js` imports to the `.ts` files). tsx is a devDependency: the
 * built package never takes this path.
 */
const here = fileURLToPath(import.meta.url);
const extension = extname(here);
const WORKER_FILE = join(
  dirname(here),
  extension === '.ts' ? 'worker-from-source.mjs' : `worker${extension}`,
);

type Ready = Extract<FromWorker, { type: 'ready' }>;

/** Starts the teacher's worker and waits for its `ready`; a worker that fails to load is terminated. */
export async function spawnWorker(setup: WorkerSetup): Promise<{ worker: Worker; ready: Ready }> {
  const worker = new Worker(WORKER_FILE, { workerData: setup });
  let onMessage: (message: FromWorker) => void = () => {};
  let onError: (error: Error) => void = () => {};
  let onExit: (code: number) => void = () => {};
  try {
    const ready = await new Promise<Ready>((resolve, reject) => {
      onMessage = (message) => {
        if (message.type === 'ready') resolve(message);
        if (message.type === 'failed') reject(fromWire(message.error));
      };
      onError = (error) =>
        reject(new ModelLoadError("The teacher's worker failed to start.", { cause: error }));
      onExit = (code) =>
        reject(new ModelLoadError(`The teacher's worker exited (code ${code}) while loading.`));
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    });
    return { worker, ready };
  } catch (error) {
    await worker.terminate();
    throw error;
  } finally {
    // Only our own listeners: Worker keeps internal ones (removeAllListeners breaks its messaging).
    worker.off('message', onMessage).off('error', onError).off('exit', onExit);
  }
}
