import type { FallbackEventMap } from './fallback/events.js';
import type { RetryEvent } from './http/retry.js';

/**
 * Events a `PiiClient` emits, by name. Payloads never contain the text or the API key.
 * Subscribe with `client.on(name, listener)`, which returns an unsubscribe function. The fallback
 * events (`fallback`, `circuit`, `shadow`, `fallbackLoaded`, `fallbackLoadFailed`) are described in `docs/fallback.md`.
 */
export interface PiiClientEvents extends FallbackEventMap {
  /** An API attempt failed in a retryable way and the next attempt is about to be sent. */
  retry: RetryEvent;
}
