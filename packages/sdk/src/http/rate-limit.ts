/**
 * The API's rate-limit headers from one response. Fireworks' serverless limits are adaptive (they
 * grow with sustained use and shrink without it) and reported on every answer as
 * `x-ratelimit-limit-*` / `x-ratelimit-remaining-*` (requests; `tokens-prompt`,
 * `tokens-cache-adjusted-prompt`, `tokens-generated`) and `x-ratelimit-over-limit: yes` (above the
 * limit: served at lower priority, 429 further on). Values are kept as the server sent them; their
 * unit (per minute, or per second for the newer token limits) is the server's.
 */
export interface RateLimitSnapshot {
  /** `x-ratelimit-limit-<name>` by camel-cased name, e.g. `requests`, `tokensPrompt`, `tokensGenerated`. */
  readonly limit: Readonly<Record<string, number>>;
  /** `x-ratelimit-remaining-<name>`, named like `limit`. */
  readonly remaining: Readonly<Record<string, number>>;
  /** `x-ratelimit-over-limit: yes`: the account is above its current limit. */
  readonly overLimit: boolean;
  /** The HTTP status of the response that carried the headers. */
  readonly status: number;
  /** When the response arrived, in ms since the epoch (`Date.now()`). */
  readonly receivedAt: number;
}

const PREFIX = 'x-ratelimit-';
/** A hostile or buggy server cannot grow a snapshot past this many values. */
const MAX_VALUES = 16;
/** `limit-tokens-prompt` and friends: lowercase words joined by hyphens, as every documented name is. */
const NAME = /^(limit|remaining)-([a-z]+(?:-[a-z]+){0,5})$/;

/** The snapshot in a response's headers, or `undefined` when it has no `x-ratelimit-*` header. */
export function rateLimitOf(
  headers: Headers,
  status: number,
  receivedAt: number,
): RateLimitSnapshot | undefined {
  const limit: Record<string, number> = {};
  const remaining: Record<string, number> = {};
  let overLimit = false;
  let seen = false;
  let values = 0;
  headers.forEach((value, name) => {
    if (!name.startsWith(PREFIX)) return;
    seen = true;
    const rest = name.slice(PREFIX.length);
    if (rest === 'over-limit') {
      overLimit = value.trim().toLowerCase() === 'yes';
      return;
    }
    const match = NAME.exec(rest);
    const number = Number(value.trim());
    if (!match || value.trim() === '' || !Number.isFinite(number) || number < 0 || values >= MAX_VALUES)
      return;
    values++;
    const key = (match[2] as string).replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
    (match[1] === 'limit' ? limit : remaining)[key] = number;
  });
  if (!seen) return undefined;
  return Object.freeze({
    limit: Object.freeze(limit),
    remaining: Object.freeze(remaining),
    overLimit,
    status,
    receivedAt,
  });
}

/** The latest snapshot a classifier has seen, across all its calls. */
export class RateLimitTracker {
  latest: RateLimitSnapshot | undefined;

  /** Keeps the response's snapshot, when it has one, and returns it. */
  observe(response: Response): RateLimitSnapshot | undefined {
    const snapshot = rateLimitOf(response.headers, response.status, Date.now());
    if (snapshot) this.latest = snapshot;
    return snapshot;
  }
}
