import {
  AbortError,
  APIConnectionError,
  APIError,
  type APIErrorOptions,
  APITimeoutError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  isPiiguardError,
  NotFoundError,
  PaymentRequiredError,
  PermissionDeniedError,
  type PiiguardError,
  PreconditionFailedError,
  RateLimitError,
  UnprocessableEntityError,
} from '@piiguard/sdk';
import { HTTPError, TimeoutError } from 'ky';

/** Identifiers only: a server "code" or request id that looks like prose is dropped. */
const IDENTIFIER = /^[A-Za-z0-9_.:/-]{1,100}$/;

/** Waits longer than a day are garbage, not a plan. */
const ABSURD_WAIT_MS = 86_400_000;

/** The wait a server asked for, in ms: `retry-after-ms`, else `Retry-After` seconds or date; absurd or negative values ignored. */
export function retryAfterMsOf(headers: Headers, nowMs: number = Date.now()): number | undefined {
  const ms = headers.get('retry-after-ms')?.trim();
  if (ms && /^\d+(\.\d+)?$/.test(ms) && Number(ms) <= ABSURD_WAIT_MS) return Number(ms);
  const value = headers.get('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) {
    const wait = Number(value) * 1000;
    return wait <= ABSURD_WAIT_MS ? wait : undefined;
  }
  if (!/^[A-Za-z]{3},/.test(value)) return undefined;
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  const wait = Math.max(0, date - nowMs);
  return wait <= ABSURD_WAIT_MS ? wait : undefined;
}

export function requestIdOf(headers: Headers): string | undefined {
  const id = headers.get('x-request-id') ?? headers.get('fireworks-request-id') ?? headers.get('request-id');
  return id !== null && IDENTIFIER.test(id) ? id : undefined;
}

/** The machine-readable code of an error body (`{error: {code|type|status}}`, `{code}`), never its message. */
function errorCode(text: string): string | undefined {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return undefined;
  }
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const inner =
    typeof record.error === 'object' && record.error !== null
      ? (record.error as Record<string, unknown>)
      : record;
  const raw = inner.status ?? inner.code ?? inner.type;
  const code = typeof raw === 'string' || typeof raw === 'number' ? String(raw) : undefined;
  return code !== undefined && IDENTIFIER.test(code) ? code : undefined;
}

/**
 * The typed error for an HTTP error answer. The message names the operation and the status and
 * says what to check; it never copies the server's prose, which may echo what was sent (the
 * messages are the PII) — only its machine-readable code and request id are kept.
 */
export function errorForStatus(
  status: number,
  what: string,
  service: string,
  options: APIErrorOptions,
): APIError {
  const opts = { ...options, status };
  const at = `${service} answered ${status} ${what}`;
  switch (status) {
    case 400:
      return new BadRequestError(`${at}: the request was rejected.`, opts);
    case 401:
      return new AuthenticationError(
        `${at}: the API key was not accepted. Check its environment variable.`,
        opts,
      );
    case 402:
      return new PaymentRequiredError(`${at}: the account cannot be billed.`, opts);
    case 403:
      return new PermissionDeniedError(
        `${at}: the key may not do this. Check the account id and the key's account.`,
        opts,
      );
    case 404:
      return new NotFoundError(
        `${at}: not found. Check the account id, the URL and the resource name.`,
        opts,
      );
    case 409:
      return new ConflictError(`${at}: it already exists or is in use.`, opts);
    case 412:
      return new PreconditionFailedError(`${at}: a precondition failed.`, opts);
    case 422:
      return new UnprocessableEntityError(`${at}: the request could not be processed.`, opts);
    case 429:
      return new RateLimitError(`${at}: rate limited or out of quota; rerun later to resume.`, opts);
    default:
      if (status >= 500)
        return new InternalServerError(`${at}: the service failed; rerun later to resume.`, opts);
      return new APIError(`${at}.`, opts);
  }
}

/** A network error reduced to its name and code: its message and request (with the key) are not kept. */
function safeCause(error: unknown): Error {
  const name = error instanceof Error && IDENTIFIER.test(error.name) ? error.name : 'Error';
  const rawCode = (error as { cause?: { code?: unknown } } | undefined)?.cause?.code;
  const code = typeof rawCode === 'string' && IDENTIFIER.test(rawCode) ? rawCode : undefined;
  const safe = new Error(code ? `${name} (${code})` : name);
  safe.name = name;
  return safe;
}

export interface FailureContext {
  readonly what: string;
  readonly service: string;
  readonly timeoutMs: number;
  /** Set when the caller's signal aborted. */
  readonly callerAborted: boolean;
  /** Set when the call's own deadline passed. */
  readonly deadlinePassed: boolean;
  readonly deadlineMs: number;
  readonly readErrorBody: (response: Response) => Promise<string>;
}

/**
 * Turns what ky or fetch threw into the sdk's typed errors. ky's errors hold the `Request` (with its
 * Authorization header), so they are never kept as a `cause`.
 */
export async function toTypedError(error: unknown, context: FailureContext): Promise<PiiguardError> {
  if (context.callerAborted) return new AbortError(`Stopped while ${context.what}.`);
  if (context.deadlinePassed) {
    return new APITimeoutError(
      `${context.service} gave no answer within ${context.deadlineMs} ms ${context.what}.`,
    );
  }
  if (isPiiguardError(error)) return error;
  if (error instanceof HTTPError) {
    const { response } = error;
    let code: string | undefined;
    try {
      code = errorCode(await context.readErrorBody(response));
    } catch {
      code = undefined;
    }
    return errorForStatus(response.status, context.what, context.service, {
      requestId: requestIdOf(response.headers),
      retryAfterMs: retryAfterMsOf(response.headers),
      ...(code === undefined ? {} : { code }),
    });
  }
  if (error instanceof TimeoutError) {
    return new APITimeoutError(
      `${context.service} did not answer within ${context.timeoutMs} ms ${context.what}.`,
    );
  }
  return new APIConnectionError(`Could not reach ${context.service} ${context.what}.`, {
    cause: safeCause(error),
  });
}
