import { AbortError, APITimeoutError } from '@piiguard/sdk';
import type { Reporter } from '../io.js';
import type { Remote } from './control.js';

export interface PollOptions {
  /** What is polled, for the progress line: "fine-tuning job x". */
  readonly label: string;
  readonly intervalMs: number;
  /** Give up after this long (rerunning resumes the wait). */
  readonly maxWaitMs: number;
  /** States after which the resource will not change any more. */
  readonly terminal: ReadonlySet<string>;
  readonly get: () => Promise<Remote>;
  /** Called on every state change (and the first answer): the state file is saved there. */
  readonly onState: (remote: Remote) => Promise<void>;
  readonly reporter: Reporter;
  readonly signal?: AbortSignal;
  readonly now?: () => number;
}

const elapsed = (ms: number) => {
  const s = Math.round(ms / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return `${h > 0 ? `${h}h ` : ''}${m}m ${String(s % 60).padStart(2, '0')}s`;
};

/** Waits `ms`, or rejects with `AbortError` as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new AbortError('Stopped while waiting.'));
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new AbortError('Stopped while waiting.'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Polls a resource until it reaches a terminal state, showing its state and the time waited: one
 * redrawn line on a terminal, a line per state change on a pipe. A failed poll (after the HTTP
 * layer's own retries) rejects, and so does passing `maxWaitMs` (`APITimeoutError`); either way
 * the last state is saved and a rerun picks the wait up again.
 */
export async function pollUntil(options: PollOptions): Promise<Remote> {
  const now = options.now ?? (() => performance.now());
  const started = now();
  let last: string | undefined;
  for (;;) {
    const remote = await options.get();
    const changed = remote.state !== last;
    if (changed) await options.onState(remote);
    last = remote.state;
    options.reporter.progress(`${options.label}: ${remote.state} · ${elapsed(now() - started)}`, changed);
    if (options.terminal.has(remote.state)) {
      options.reporter.clearProgress();
      return remote;
    }
    if (now() - started + options.intervalMs > options.maxWaitMs) {
      options.reporter.clearProgress();
      throw new APITimeoutError(
        `${options.label} is still ${remote.state} after ${elapsed(now() - started)} (--max-wait); rerun to keep waiting.`,
      );
    }
    await sleep(options.intervalMs, options.signal);
  }
}
