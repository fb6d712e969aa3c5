/**
 * What one classification's attempts share. It travels to ky's hooks in ky's documented `context`
 * option; the hooks read and update this object, never ky's own options.
 */
export class CallTracker {
  /** Attempts sent so far. */
  attempts = 0;
  /** `now()` when the latest attempt was sent, for the body's share of the attempt timeout. */
  attemptStartedAt = 0;
  /** `now()` when the latest attempt settled, for the retry event's delay. */
  lastSettledAt = 0;
  /** Set when a server-requested wait would pass the deadline: the error is returned at once. */
  giveUp = false;
  /** The 2xx answer's body, read (bounded and timed) by the answer hook. */
  body: string | undefined;

  constructor(
    /** `now()` after which no retry may start. */
    readonly deadlineAt: number,
    /** One attempt's limit, headers and body together, in ms; `Infinity` for none. */
    readonly timeoutMs: number,
  ) {}
}

/** The `context` object passed to ky per call. */
export interface CallContext {
  readonly call: CallTracker;
}

/** The tracker in a ky `context`, when the request is one of ours. */
export function trackerOf(context: Record<string, unknown> | undefined): CallTracker | undefined {
  const call = context?.call;
  return call instanceof CallTracker ? call : undefined;
}
