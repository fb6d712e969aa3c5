import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ModelLoadError } from '@piiguard/sdk';
import { type FromWorker, fromWire, type WorkerSetup } from './protocol.js';

// dist/index.js runs dist/worker.js, dist/index.cjs runs dist/worker.cjs (tsup shims import.meta.url in CJS).
const here = fileURLToPath(import.meta.url);
const WORKER_FILE = join(dirname(here), `worker${extname(here)}`);

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
