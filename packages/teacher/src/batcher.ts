import {
  ClosedError,
  InferenceError,
  isPiiguardError,
  OverloadedError,
  type PiiguardError,
} from '@piiguard/sdk';

export interface BatcherOptions {
  /** Most items in one run. */
  readonly maxBatchSize: number;
  /** Most padded tokens (items × longest item) in one run; an item longer than this runs alone. */
  readonly maxBatchTokens: number;
  /**
   * While batches are running (the last one ended less than this long ago), how long the first
   * queued item waits for company before a run starts anyway, in ms. An idle batcher runs at once.
   */
  readonly maxWaitMs: number;
  /** Most items waiting (not yet running); `add` past it throws `OverloadedError`. */
  readonly maxQueued: number;
  /**
   * Batches running at once. 1 for an in-process session (a second run would only compete for the
   * same cores); more for a remote engine, where a batch mostly waits on the network.
   * @default 1
   */
  readonly maxRunning?: number;
}

/** Runs one batch; returns one result per item, in order. */
export type BatchRunner<T, R> = (items: readonly T[]) => Promise<R[]>;

/** Real tokens from which a batch's matrix products run near the CPU's matmul peak (measured). */
const EFFICIENT_ROWS = 128;
/** Share of padding a batch may carry once it has `EFFICIENT_ROWS` real tokens. */
const PADDING_SLACK = 0.15;

interface Entry<T, R> {
  readonly item: T;
  readonly length: number;
  readonly owner: number;
  readonly seq: number;
  resolve(result: R): void;
  reject(error: PiiguardError): void;
}

/**
 * Dynamic micro-batching: queued items run together, one `run` per batch, as soon as a batch is
 * full or the oldest item has waited `maxWaitMs`. Items that arrive while a batch runs are taken
 * together right after it. An idle batcher (no batch in the last `maxWaitMs`) runs what it gets on
 * the next turn instead of waiting: a lone call then costs no more than the run itself, and under
 * load the queue fills while a batch runs anyway. Each run takes the length-sorted group that holds
 * the oldest item, so batches have little padding and nothing starves. At most `maxRunning` runs
 * overlap.
 */
export class Batcher<T, R> {
  #queue: Entry<T, R>[] = [];
  #seq = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Drains in progress, each running one batch at a time. */
  readonly #drains = new Set<Promise<void>>();
  #closed = false;
  /** When the last batch ended (`now()`), or never. */
  #lastRun = Number.NEGATIVE_INFINITY;

  /** `now` is the clock in ms that tells an idle batcher from a busy one (injectable for tests). */
  constructor(
    private readonly run: BatchRunner<T, R>,
    private readonly options: BatcherOptions,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Items waiting to run. */
  get queued(): number {
    return this.#queue.length;
  }

  /**
   * Queues `item` (of `length` tokens) for `owner`, an id that `cancel` uses.
   * @throws OverloadedError when the queue is full; ClosedError after `close()`.
   */
  add(item: T, length: number, owner: number): Promise<R> {
    if (this.#closed) return Promise.reject(new ClosedError('The teacher is closed.'));
    if (this.#queue.length >= this.options.maxQueued) {
      return Promise.reject(
        new OverloadedError(
          `The teacher's queue is full (${this.options.maxQueued} windows waiting). Retry later or raise maxQueuedWindows.`,
        ),
      );
    }
    return new Promise<R>((resolve, reject) => {
      this.#queue.push({ item, length, owner, seq: this.#seq++, resolve, reject });
      this.#schedule();
    });
  }

  /** Drops `owner`'s queued items, rejecting them with `error`. Items already running finish. */
  cancel(owner: number, error: PiiguardError): void {
    const kept: Entry<T, R>[] = [];
    for (const entry of this.#queue) {
      if (entry.owner === owner) entry.reject(error);
      else kept.push(entry);
    }
    this.#queue = kept;
  }

  /** Rejects every queued item with `ClosedError` and waits for the running batch to finish. */
  async close(): Promise<void> {
    this.#closed = true;
    clearTimeout(this.#timer);
    const queue = this.#queue;
    this.#queue = [];
    for (const entry of queue) entry.reject(new ClosedError('The teacher was closed before this text ran.'));
    await Promise.all(this.#drains);
  }

  #schedule(): void {
    if (this.#drains.size >= (this.options.maxRunning ?? 1)) return;
    const idle = this.now() - this.#lastRun >= this.options.maxWaitMs;
    if (this.#queue.length >= this.options.maxBatchSize || (idle && this.#timer === undefined)) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
      // Started on the next turn, so items added in the same turn (a burst) are all sorted together.
      this.#startDrain(new Promise<void>((resolve) => setImmediate(resolve)));
    } else if (this.#timer === undefined) {
      this.#timer = setTimeout(() => {
        this.#timer = undefined;
        // An empty queue (every item cancelled) starts nothing.
        if (this.#drains.size < (this.options.maxRunning ?? 1) && this.#queue.length > 0) {
          this.#startDrain(Promise.resolve());
        }
      }, this.options.maxWaitMs);
    }
  }

  /** Runs batches after `start` until the queue is empty; then whatever arrived meanwhile is scheduled. */
  #startDrain(start: Promise<void>): void {
    const drain: Promise<void> = start
      .then(() => this.#drain())
      .finally(() => {
        this.#drains.delete(drain);
        if (this.#queue.length > 0 && !this.#closed) this.#schedule();
      });
    this.#drains.add(drain);
  }

  async #drain(): Promise<void> {
    while (this.#queue.length > 0) {
      const batch = this.#takeBatch();
      try {
        const results = await this.run(batch.map((entry) => entry.item));
        batch.forEach((entry, i) => {
          entry.resolve(results[i] as R);
        });
      } catch (error) {
        // onnxruntime throwing mid-run is the teacher's own failure, not the caller's nor the API's.
        // Its message (never the text) is kept: only the message crosses back to the host thread.
        const reason = (error as Error)?.message ?? String(error);
        const failure = isPiiguardError(error)
          ? error
          : new InferenceError(`The teacher failed to score a batch: ${reason}`, { cause: error });
        for (const entry of batch) entry.reject(failure);
      }
      this.#lastRun = this.now();
      // Let arrivals, aborts and close() in before the next run: the run itself blocked the thread.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }

  /**
   * The length-sorted group that holds the oldest queued item. A group ends at either size limit,
   * or when the next (longer) item would make more than `PADDING_SLACK` of it padding once the group
   * already has `EFFICIENT_ROWS` real tokens: past that many rows a GEMM runs near peak, so a
   * further item is only worth taking if it adds little padding.
   */
  #takeBatch(): Entry<T, R>[] {
    const sorted = [...this.#queue].sort((a, b) => a.length - b.length || a.seq - b.seq);
    const groups: Entry<T, R>[][] = [];
    let group: Entry<T, R>[] = [];
    let real = 0;
    for (const entry of sorted) {
      const padded = (group.length + 1) * entry.length;
      const full = group.length >= this.options.maxBatchSize || padded > this.options.maxBatchTokens;
      const wasteful = real >= EFFICIENT_ROWS && padded > (1 + PADDING_SLACK) * (real + entry.length);
      if (group.length > 0 && (full || wasteful)) {
        groups.push(group);
        group = [];
        real = 0;
      }
      group.push(entry);
      real += entry.length;
    }
    groups.push(group);
    const oldest = this.#queue[0]!;
    const chosen = groups.find((g) => g.includes(oldest))!;
    const taken = new Set(chosen);
    this.#queue = this.#queue.filter((entry) => !taken.has(entry));
    return chosen;
  }
}
