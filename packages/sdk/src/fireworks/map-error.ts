import { HTTPError, TimeoutError } from 'ky';
import {
  APIConnectionError,
  APIError,
  APITimeoutError,
  ClosedError,
  isPiiguardError,
  type PiiguardError,
} from '../errors.js';
import { callerAbortError } from '../internal/abort.js';
import { serverRetryAfterMs } from '../internal/retry-timing.js';

/** Why our own controller aborted the call, if it did. */
export type StopReason = 'caller' | 'deadline' | 'closed' | undefined;

export interface FailureContext {
  readonly stopReason: StopReason;
  readonly attempts: number;
  readonly timeoutMs: number;
  readonly deadlineMs: number;
  /** Strings that must never appear in a message: the key and the text. */
  readonly secrets: readonly string[];
  /** The caller's abort reason, kept as the `cause` of an `AbortError`. */
  readonly callerReason?: unknown;
}

/** Picks the request id header Fireworks and other OpenAI-compatible servers send. */
export function requestIdOf(headers: Headers): string | undefined {
  return (
    headers.get('x-request-id') ??
    headers.get('fireworks-request-id') ??
    headers.get('request-id') ??
    undefined
  );
}

/**
 * Turns whatever ky, fetch or the parser threw into the typed hierarchy. ky's `HTTPError` and
 * `TimeoutError` hold the `Request` (with its Authorization header), so they are never kept as
 * a `cause`; only status, request id and the server's sanitised error fields survive.
 */
export async function toTypedError(error: unknown, context: FailureContext): Promise<PiiguardError> {
  const tries = context.attempts === 1 ? '1 attempt' : `${context.attempts} attempts`;
  switch (context.stopReason) {
    case 'closed':
      return new ClosedError('The classifier was closed while the request was pending.');
    case 'caller':
      return callerAbortError(context.callerReason);
    case 'deadline':
      return new APITimeoutError(`No answer within the deadline of ${context.deadlineMs} ms (${tries}).`);
  }
  if (isPiiguardError(error)) return error;
  if (error instanceof HTTPError) return fromHTTPError(error, context, tries);
  if (error instanceof TimeoutError) {
    return new APITimeoutError(`The API did not answer within ${context.timeoutMs} ms (${tries}).`);
  }
  const code = networkCode(error);
  return new APIConnectionError(`Could not reach the API (${code ? `${code}, ` : ''}${tries}).`, {
    cause: error,
  });
}

async function fromHTTPError(error: HTTPError, context: FailureContext, tries: string): Promise<APIError> {
  const { response } = error;
  const fields = await errorFields(response);
  const parts = [
    // Redacted before it is shortened: a cut through an echoed text would leave a prefix no longer matching it.
    fields.message ? redact(fields.message, context.secrets).slice(0, 300) : '',
    context.attempts > 1 ? `after ${tries}` : '',
  ];
  const detail = parts.filter(Boolean).join('; ') || undefined;
  return APIError.fromResponse(response.status, detail, {
    requestId: requestIdOf(response.headers),
    // The code is server text too: redacted like the message, then bounded.
    code: fields.code === undefined ? undefined : redact(fields.code, context.secrets).slice(0, 100),
    retryAfterMs: serverRetryAfterMs(response.headers, Date.now()),
  });
}

/** `{ error: { message, code|type } }`, `{ error: "…" }` or `{ message }`. */
async function errorFields(response: Response): Promise<{ message?: string; code?: string }> {
  let body: unknown;
  try {
    body = JSON.parse(await response.text());
  } catch {
    return {};
  }
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const inner = record.error;
  const source =
    typeof inner === 'object' && inner !== null
      ? (inner as Record<string, unknown>)
      : { message: inner ?? record.message };
  const message = typeof source.message === 'string' ? source.message : undefined;
  const rawCode = source.code ?? source.type;
  const code = typeof rawCode === 'string' || typeof rawCode === 'number' ? String(rawCode) : undefined;
  return { message, code };
}

/** Servers sometimes echo the input; an echoed key or text is cut out of the message. */
function redact(message: string, secrets: readonly string[]): string {
  let safe = message;
  for (const secret of secrets) {
    if (secret.length < 4) continue;
    // A server that echoes the request body echoes the text as it is there: JSON-escaped.
    const escaped = JSON.stringify(secret).slice(1, -1);
    safe = safe.split(secret).join('[redacted]');
    if (escaped !== secret) safe = safe.split(escaped).join('[redacted]');
  }
  return safe;
}

function networkCode(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: unknown } } | undefined)?.cause;
  return typeof cause?.code === 'string' ? cause.code : undefined;
}
