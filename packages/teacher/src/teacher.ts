import type { Worker } from 'node:worker_threads';
import {
  type BackendCallOptions,
  BaseClassifier,
  type Classification,
  InferenceError,
  type Outcome,
} from '@piiguard/sdk';
import type { ModelConfig } from './config.js';
import type { ModelFiles } from './load.js';
import type { ResolvedTeacherOptions } from './options.js';
import { type FromWorker, fromWire, type ToWorker, type WireOutcome } from './protocol.js';
import type { TeacherProvider } from './session.js';
import { spawnWorker } from './spawn-worker.js';
import { labelFromScores, type TeacherThresholds } from './thresholds.js';

interface Pending {
  /** Texts of this call that the worker has not answered yet. */
  readonly texts: number;
  resolve(outcomes: readonly WireOutcome[]): void;
  reject(error: unknown): void;
}

type Construct = (options: ResolvedTeacherOptions, worker: Worker, device: TeacherProvider) => Teacher;
let construct: Construct;

/**
 * The XLM-R PII teacher as a `Classifier`: `classify(text)` resolves to one result,
 * `classifyBatch(texts)` to one outcome per text. Scoring runs in a worker thread; this object only
 * passes texts and scores. Create it with `loadTeacher`; `close()` it to free the model.
 */
export class Teacher extends BaseClassifier {
  readonly kind = 'teacher' as const;
  /** The model id (or folder) reported on every result. */
  readonly model: string;
  /** The execution provider in use: `cuda` or `cpu`. */
  readonly device: TeacherProvider;
  readonly #thresholds: TeacherThresholds;
  readonly #worker: Worker;
  readonly #pending = new Map<number, Pending>();
  #queuedTexts = 0;
  #nextId = 0;
  #failure: InferenceError | undefined;

  static {
    // Only `startTeacher` (below, behind `loadTeacher`) builds a Teacher, around a worker that is
    // ready; a public constructor or static factory would show in the package's types.
    construct = (options, worker, device) => new Teacher(options, worker, device);
  }

  private constructor(options: ResolvedTeacherOptions, worker: Worker, device: TeacherProvider) {
    super({ maxTextLength: options.maxTextLength });
    this.model = options.model;
    this.device = device;
    this.#thresholds = options.thresholds;
    this.#worker = worker;
    worker.on('message', (message: FromWorker) => {
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

  protected classifyTexts(
    texts: readonly string[],
    { signal }: BackendCallOptions,
  ): Promise<Outcome<Classification>[]> {
    if (this.#failure) return Promise.reject(this.#failure);
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
      this.#post({ type: 'classify', id, texts });
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

  #outcome(outcome: WireOutcome): Outcome<Classification> {
    if (!outcome.ok) return { ok: false, error: fromWire(outcome.error) };
    const teacherScores = { asking: outcome.asking, giving: outcome.giving };
    return {
      ok: true,
      value: { label: labelFromScores(teacherScores, this.#thresholds), teacherScores, model: this.model },
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
    this.#pending.clear();
    this.#queuedTexts = 0;
    this.#worker.unref();
    for (const call of pending) call.reject(this.#failure);
  }
}

/** Starts the worker and waits until the tokenizer and session are loaded. */
export async function startTeacher(
  options: ResolvedTeacherOptions,
  files: ModelFiles,
  config: ModelConfig,
): Promise<Teacher> {
  const { worker, ready } = await spawnWorker({
    files,
    config,
    device: options.device,
    intraOpNumThreads: options.intraOpNumThreads,
    workerNice: options.workerNice,
    batcher: {
      maxBatchSize: options.maxBatchSize,
      maxBatchTokens: options.maxBatchTokens,
      maxWaitMs: options.maxWaitMs,
      maxQueued: options.maxQueuedWindows,
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
  return construct(options, worker, ready.provider);
}
