import { HTTPError, isForceRetryError, TimeoutError } from 'ky';
import {
  AbortError,
  APIConnectionError,
  APIError,
  type APIErrorOptions,
  APITimeoutError,
  apiErrorClass,
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
  /** Copy the server's (redacted, shortened) error message into the error. */
  readonly allowServerMessages: boolean;
  /** Strings that must never appear in a message: the key and the text. */
  readonly secrets: readonly string[];
  /** The caller's abort reason, kept as the `cause` of an `AbortError`. */
  readonly callerReason?: unknown;
  /** Who was called, named in the messages instead of "the API"; identifiers only. */
  readonly service?: string;
  /** What the call was doing ("creating dataset x"), named in the messages; identifiers only. */
  readonly what?: string;
}

/** Machine-readable identifiers only: a server "code" or request id that looks like prose is dropped. */
const IDENTIFIER = /^[A-Za-z0-9_.:/-]{1,100}$/;

/** Picks the request id header Fireworks and other OpenAI-compatible servers send. */
export function requestIdOf(headers: Headers): string | undefined {
  const id = headers.get('x-request-id') ?? headers.get('fireworks-request-id') ?? headers.get('request-id');
  return id !== null && IDENTIFIER.test(id) ? id : undefined;
}

/**
 * Turns whatever ky, fetch or the parser threw into the typed hierarchy. Nothing the server wrote
 * in prose reaches the error unless `allowServerMessages`: servers echo parts of the request (the
 * message text) in error messages, and a partial or changed echo cannot be reliably cut out. ky's
 * errors hold the `Request` (with its Authorization header), so they are never kept as a `cause`;
 * a network error's cause is reduced to its name and code.
 */
export async function toTypedError(error: unknown, context: FailureContext): Promise<PiiguardError> {
  const tries = context.attempts === 1 ? '1 attempt' : `${context.attempts} attempts`;
  const { service } = context;
  const doing = context.what ? ` ${context.what}` : '';
  switch (context.stopReason) {
    case 'closed':
      return new ClosedError('The classifier was closed while the request was pending.');
    case 'caller':
      return service === undefined
        ? callerAbortError(context.callerReason)
        : new AbortError(`The request to ${service}${doing} was aborted by the caller.`, {
            cause: context.callerReason,
          });
    case 'deadline':
      return new APITimeoutError(
        `No answer${service === undefined ? '' : ` from ${service}`}${doing} within the deadline of ${context.deadlineMs} ms (${tries}).`,
      );
  }
  if (isPiiguardError(error)) return error;
  const http = isForceRetryError(error) && error.cause instanceof HTTPError ? error.cause : error;
  if (http instanceof HTTPError) return fromHTTPError(http, context, tries);
  if (error instanceof TimeoutError) {
    return new APITimeoutError(
      `${service ?? 'The API'} did not answer${doing} within ${context.timeoutMs} ms (${tries}).`,
    );
  }
  const code = networkCode(error);
  return new APIConnectionError(
    `Could not reach ${service ?? 'the API'}${doing} (${code ? `${code}, ` : ''}${tries}).`,
    {
      cause: safeCause(error, code),
    },
  );
}

/** What a status means, for a named service's messages (without the hosted API's advice). */
const MEANINGS: Readonly<Record<number, string>> = {
  400: 'the request was rejected',
  401: 'the API key was not accepted; check the key',
  402: 'the account cannot be billed',
  403: "the key may not do this; check the key's account",
  404: 'not found; check the URL and the resource name',
  409: 'it already exists or is in use',
  412: 'a precondition failed',
  422: 'the request could not be processed',
  429: 'rate limited or out of quota',
};

/** `${service} answered 429 creating dataset x: rate limited or out of quota; after 3 attempts.` */
function namedServiceError(
  service: string,
  what: string | undefined,
  status: number,
  details: readonly string[],
  options: APIErrorOptions,
): APIError {
  const meaning = MEANINGS[status] ?? (status >= 500 ? 'the service failed' : '');
  const detail = [meaning, ...details].filter(Boolean).join('; ');
  return new (apiErrorClass(status))(
    `${service} answered ${status}${what ? ` ${what}` : ''}${detail ? `: ${detail}` : ''}.`,
    { ...options, status },
  );
}

async function fromHTTPError(error: HTTPError, context: FailureContext, tries: string): Promise<APIError> {
  const { response } = error;
  const status = response.status;
  const fields = await errorFields(response);
  const message =
    context.allowServerMessages && fields.message
      ? // Redacted before it is shortened: a cut through an echoed text would leave a prefix no longer matching it.
        redact(fields.message, context.secrets).slice(0, 300)
      : '';
  const redirect =
    status === 0 || (status >= 300 && status < 400)
      ? `a redirect${status ? ` (${status})` : ''}, which is not followed: check baseURL`
      : '';
  const details = [redirect, message, context.attempts > 1 ? `after ${tries}` : ''];
  const code = fields.code !== undefined && IDENTIFIER.test(fields.code) ? fields.code : undefined;
  const options = {
    requestId: requestIdOf(response.headers),
    ...(code === undefined ? {} : { code }),
    retryAfterMs: serverRetryAfterMs(response.headers, Date.now()),
  };
  if (context.service !== undefined) {
    return namedServiceError(context.service, context.what, status, details, options);
  }
  const detail = [context.what ?? '', ...details].filter(Boolean).join('; ');
  return APIError.fromResponse(status, detail || undefined, options);
}

/** `{ error: { message, code|type } }`, `{ error: "…" }` or `{ message }`, from a body already bounded by the answer hook. */
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

/** Exact copies of the key and the text (also JSON-escaped, as an echoed request body has them) are cut out. */
function redact(message: string, secrets: readonly string[]): string {
  let safe = message;
  for (const secret of secrets) {
    if (secret.length < 4) continue;
    const escaped = JSON.stringify(secret).slice(1, -1);
    safe = safe.split(secret).join('[redacted]');
    if (escaped !== secret) safe = safe.split(escaped).join('[redacted]');
  }
  return safe;
}

function networkCode(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: unknown } } | undefined)?.cause;
  const code = cause?.code;
  return typeof code === 'string' && IDENTIFIER.test(code) ? code : undefined;
}

/** A network error reduced to what is safe to keep: its name and code, never its message or request. */
function safeCause(error: unknown, code: string | undefined): Error {
  const name = error instanceof Error && IDENTIFIER.test(error.name) ? error.name : 'Error';
  const safe = new Error(code ? `${name} (${code})` : name);
  safe.name = name;
  return safe;
}
