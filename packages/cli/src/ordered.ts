/** Options of `mapInOrder`. */
export interface InOrderOptions {
  /** Most `work` calls running at once. */
  readonly concurrency: number;
  /**
   * Most items read but not yet handed on (running, or done and waiting for an earlier one):
   * what bounds memory, and how far one slow item may hold the others up.
   */
  readonly window: number;
  /** Ends the mapping at once (results not yet handed on are dropped), even while a read is pending. */
  readonly signal?: AbortSignal;
}

const noop = () => {};

/**
 * Maps `items` through `work` with bounded concurrency and yields the results in input order as
 * soon as each one and every earlier one is done. The next item is read only while the window has
 * room, so a long input is never read ahead of its results, and a finished result is handed on
 * even while the input is still waiting for more (a pipe that has not closed). `work` must not
 * reject: it returns its failure as a value.
 */
export async function* mapInOrder<T, R>(
  items: AsyncIterable<T>,
  work: (item: T) => Promise<R>,
  options: InOrderOptions,
): AsyncGenerator<R> {
  const iterator = items[Symbol.asyncIterator]();
  const started: Promise<R>[] = [];
  const limit = limiter(options.concurrency);
  let next: Promise<IteratorResult<T>> | undefined;
  let exhausted = false;
  try {
    while (true) {
      if (options.signal?.aborted) return;
      if (!exhausted && next === undefined && started.length < options.window) {
        next = iterator.next();
        // Handled here so that an input error after an early return is not an unhandled rejection.
        next.catch(noop);
      }
      const head = started[0];
      if (head === undefined && next === undefined) return;
      const waits: Promise<{ result: R } | { input: IteratorResult<T> } | { aborted: true }>[] = [];
      if (head !== undefined) waits.push(head.then((result) => ({ result })));
      if (next !== undefined) waits.push(next.then((input) => ({ input })));
      const winner = await raceWithAbort(waits, options.signal);
      if ('aborted' in winner) return;
      if ('result' in winner) {
        started.shift();
        yield winner.result;
        continue;
      }
      next = undefined;
      if (winner.input.done) exhausted = true;
      else {
        const item = winner.input.value;
        started.push(limit(() => work(item)));
      }
    }
  } finally {
    // Not awaited: with a read still pending (a pipe that stays open), `return` would wait for it.
    if (!exhausted) iterator.return?.()?.catch(noop);
  }
}

/**
 * The first of `waits` to settle, or `{ aborted }` when `signal` fires first. The abort listener
 * lives for this one wait only: racing every wait against one long-lived abort promise would pile
 * a reaction onto that promise per item, which is memory growing with the input.
 */
function raceWithAbort<W>(
  waits: readonly Promise<W>[],
  signal: AbortSignal | undefined,
): Promise<W | { aborted: true }> {
  if (signal === undefined) return Promise.race(waits);
  return new Promise((resolve, reject) => {
    const onAbort = () => resolve({ aborted: true });
    signal.addEventListener('abort', onAbort, { once: true });
    Promise.race(waits).then(
      (winner) => {
        signal.removeEventListener('abort', onAbort);
        resolve(winner);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/** Runs at most `concurrency` of the functions given to it at once, in the order given. */
function limiter(concurrency: number) {
  let running = 0;
  const queue: (() => void)[] = [];
  return <R>(fn: () => Promise<R>): Promise<R> =>
    new Promise<R>((resolve, reject) => {
      const run = () => {
        running += 1;
        fn()
          .then(resolve, reject)
          .finally(() => {
            running -= 1;
            queue.shift()?.();
          });
      };
      if (running < concurrency) run();
      else queue.push(run);
    });
}
