import { TimeoutError } from 'ky';
import { InvalidResponseError } from '../errors.js';

/** Thrown when a body is longer than allowed; the caller decides whether that is fatal. */
export class BodyTooLargeError extends InvalidResponseError {}

/**
 * Reads a response body as UTF-8 text, at most `maxBytes` of it and within `timeLeftMs`. Over the
 * limit (by `content-length` or by counting) the stream is cancelled and `BodyTooLargeError`
 * thrown; past the time ky's `TimeoutError` is thrown (so ky's `retryOnTimeout` retries it); a
 * connection reset mid-body surfaces as the stream's own error (which ky retries like any network
 * error). Nothing is buffered beyond the limit. `service` names who answered in the messages.
 */
export async function readBody(
  response: Response,
  request: Request,
  maxBytes: number,
  timeLeftMs: number,
  service?: string,
): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    // Not awaited: the hook's response is a tee branch, whose cancel settles only with the other's.
    void response.body?.cancel().catch(() => undefined);
    throw new BodyTooLargeError(
      `${answerOf(service)} is ${declared} bytes; the limit is ${maxBytes} (maxResponseBytes).`,
      {
        status: response.status,
      },
    );
  }
  const reader = response.body?.getReader();
  if (!reader) return '';
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    if (!Number.isFinite(timeLeftMs)) return;
    timer = setTimeout(
      () => {
        // Rejected before the cancel: cancelling resolves the pending read as "done", which must not win.
        reject(new TimeoutError(request));
        void reader.cancel().catch(() => undefined);
      },
      Math.max(0, timeLeftMs),
    );
  });
  timedOut.catch(() => undefined);
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), timedOut]);
      if (done) break;
      bytes += value.byteLength;
      if (bytes > maxBytes) {
        void reader.cancel().catch(() => undefined);
        throw new BodyTooLargeError(
          `${answerOf(service)} is over the limit of ${maxBytes} bytes (maxResponseBytes).`,
          {
            status: response.status,
          },
        );
      }
      text += decoder.decode(value, { stream: true });
    }
    return text + decoder.decode();
  } finally {
    clearTimeout(timer);
    try {
      reader.releaseLock();
    } catch {
      // A read still pending after a timeout keeps the lock; the stream is cancelled anyway.
    }
  }
}

/** The answer as the body-limit messages name it. */
function answerOf(service: string | undefined): string {
  return service === undefined ? 'The API answer' : `The answer from ${service}`;
}
