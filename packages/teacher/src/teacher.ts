import type { Worker } from 'node:worker_threads';
import {
  AbortError,
  type Classification,
  type Classifier,
  type ClassifyCallOptions,
  ClosedError,
  InvalidInputError,
  type Outcome,
  FallbackUnavailableError,
} from '@piiguard/sdk';
import type { ModelConfig } from './config.js';
import type { ModelFiles } from './load.js';
import type { ResolvedTeacherOptions } from './options.js';
import { type FromWorker, fromWire, type ToWorker, type WireOutcome } from './protocol.js';
import type { TeacherProvider } from './session.js';
import { spawnWorker } from './spawn-worker.js';
import { labelFromScores } from './thresholds.js';
import { checkText } from './validate.js';

interface Pending {
  /** Texts of this call that the worker has not answered yet. */
  readonly texts: number;
  resolve(outcomes: readonly WireOutcome[]): void;
  reject(error: Error): void;
}

/**
 * The XLM-R PII teacher as a `Classifier`. Scoring runs in a worker thread; this object only passes
 * texts and scores. Create it with `loadTeacher`; `close()` it to free the model.
 */
export class Teacher implements Classifier {
  readonly kind = 'teacher' as const;
  /** The model id (or folder) reported on every result. */
  readonly model: string;
  /** The execution provider in use: `cuda` or `cpu`. */
  readonly device: TeacherProvider;
  readonly #options: ResolvedTeacherOptions;
  readonly #worker: Worker;
  readonly #pending = new Map<number, Pending>();
  #queuedTexts = 0;
  #nextId = 0;
  #failure: Error | undefined;
  #closing: Promise<void> | undefined;

  private constructor(options: ResolvedTeacherOptions, worker: Worker, device: TeacherProvider) {
    this.#options = options;
    this.model = options.model;
    this.device = device;
    this.#worker = worker;
    worker.on('message', (message: FromWorker) => {
      if (message.type !== 'result') return;
      const pending = this.#pending.get(message.id);
      this.#settled(message.id);
      pending?.resolve(message.outcomes);
    });
    worker.on('error', (error) => this.#fail(error));
    worker.on('exit', (code) => {
      if (!this.#closing) this.#fail(new Error(`worker exited with code ${code}`));
    });
    worker.unref();
  }

  /**
   * Texts handed to the worker and not answered yet (queued or being scored). The client's
   * `stats()` reports it as the teacher's queue depth.
   */
  get queueDepth(): number {
    return this.#queuedTexts;
  }

  /** Starts the worker and waits until the tokenizer and session are loaded. @internal */
  static async start(
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
    return new Teacher(options, worker, ready.provider);
  }

  classify(texts: readonly string[], options: ClassifyCallOptions = {}): Promise<Outcome[]> {
    if (this.#closing) return Promise.reject(new ClosedError('The teacher is closed.'));
    if (this.#failure) return Promise.reject(this.#failure);
    if (!Array.isArray(texts))
      return Promise.reject(new InvalidInputError('texts must be an array.', 'not-an-array'));
    const { signal } = options;
    if (signal?.aborted) return Promise.reject(new AbortError('The call was aborted before it started.'));

    const outcomes: Outcome[] = new Array(texts.length);
    const valid: string[] = [];
    const positions: number[] = [];
    // A plain loop, not forEach: a sparse array's holes must get an outcome (not-a-string) too.
    for (let i = 0; i < texts.length; i++) {
      const text = texts[i] as string;
      const error = checkText(text, this.#options.maxTextLength);
      if (error) outcomes[i] = { ok: false, error };
      else {
        valid.push(text);
        positions.push(i);
      }
    }
    if (valid.length === 0) return Promise.resolve(outcomes);

    const id = this.#nextId++;
    return new Promise<Outcome[]>((resolve, reject) => {
      const onAbort = () => {
        this.#settled(id);
        this.#post({ type: 'abort', id });
        reject(new AbortError('The call was aborted.'));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#pending.set(id, {
        texts: valid.length,
        resolve: (wire) => {
          signal?.removeEventListener('abort', onAbort);
          wire.forEach((outcome, k) => {
            outcomes[positions[k]!] = outcome.ok
              ? { ok: true, value: this.#classification(outcome.asking, outcome.giving) }
              : { ok: false, error: fromWire(outcome.error) };
          });
          resolve(outcomes);
        },
        reject: (error) => {
          signal?.removeEventListener('abort', onAbort);
          reject(error);
        },
      });
      this.#queuedTexts += valid.length;
      if (this.#pending.size === 1) this.#worker.ref();
      this.#post({ type: 'classify', id, texts: valid });
    });
  }

  /** Settles every pending call with `ClosedError`, frees the session and stops the worker. Idempotent. */
  close(): Promise<void> {
    this.#closing ??= (async () => {
      this.#rejectAll(new ClosedError('The teacher was closed while the call was pending.'));
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
    })();
    return this.#closing;
  }

  #classification(asking: number, giving: number): Classification {
    const teacherScores = { asking, giving };
    return {
      label: labelFromScores(teacherScores, this.#options.thresholds),
      teacherScores,
      model: this.model,
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

  #rejectAll(error: Error): void {
    const pending = [...this.#pending.values()];
    this.#pending.clear();
    this.#queuedTexts = 0;
    this.#worker.unref();
    for (const call of pending) call.reject(error);
  }

  #fail(cause: unknown): void {
    if (this.#failure) return;
    this.#failure = new FallbackUnavailableError('The teacher stopped working; load it again.', { cause });
    this.#rejectAll(this.#failure);
  }
}
