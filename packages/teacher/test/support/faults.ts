import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

// Fault injection, and the loopback HTTP plumbing it needs from both servers (kserve-server.ts,
// tei-server.ts): requests read and recorded before a fault is taken, replies built whole before
// any byte is sent, and a close that ends stalled and delayed replies.

/**
 * One failure injected into the next inference request (`/infer`, `/predict`) a loopback server
 * receives. The request is read and recorded first; then:
 *
 * - `{ status, body?, headers? }`: that error reply instead of the answer (no inference runs);
 *   without `body`, the server's own error body for the status. A string body is sent as is.
 * - `{ reset: true }`: the socket is destroyed before any response.
 * - `{ resetMidBody: true }`: the real answer's headers (with its full `content-length`) and half
 *   its body, then the socket is destroyed.
 * - `{ delayMs }`: the real answer, `delayMs` later.
 * - `{ stallMs }`: the real answer's headers at once, its body `stallMs` later.
 * - `{ garbage }`: 200 `application/json` with `garbage` as the body (not JSON, or the wrong shape).
 * - `{ overloaded: true }`: the engine's own overload reply (TEI's 429 `Overloaded`; Triton's 503
 *   "Exceeds maximum queue size").
 */
export type Fault =
  | {
      readonly status: number;
      readonly body?: string | object;
      readonly headers?: Readonly<Record<string, string>>;
    }
  | { readonly reset: true }
  | { readonly resetMidBody: true }
  | { readonly delayMs: number }
  | { readonly stallMs: number }
  | { readonly garbage: string }
  | { readonly overloaded: true };

/** A complete HTTP reply, built before anything is sent so that a fault can cut it anywhere. */
export interface Reply {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** Faults waiting for the next inference requests, first in first out. */
export class FaultQueue {
  readonly #queue: Fault[] = [];

  push(...faults: Fault[]): void {
    this.#queue.push(...faults);
  }

  clear(): void {
    this.#queue.length = 0;
  }

  /** Faults not yet taken. */
  get size(): number {
    return this.#queue.length;
  }

  /** The next fault, removed from the queue; `undefined` when none is waiting. */
  take(): Fault | undefined {
    return this.#queue.shift();
  }
}

/** How an engine spells the replies that faults stand for. */
export interface FaultReplies {
  /** The body of a `{ status }` fault that brings none. */
  errorBody(status: number): string;
  /** The engine's overload reply. */
  readonly overloaded: Reply;
}

export function jsonReply(status: number, value: unknown, headers: Record<string, string> = {}): Reply {
  return { status, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(value) };
}

export function send(res: ServerResponse, reply: Reply): void {
  const body = Buffer.from(reply.body);
  res.writeHead(reply.status, { ...reply.headers, 'content-length': String(body.length) });
  res.end(body);
}

function statusReply(fault: Extract<Fault, { status: number }>, replies: FaultReplies): Reply {
  const headers = fault.headers ?? {};
  if (fault.body === undefined) {
    return {
      status: fault.status,
      headers: { 'content-type': 'application/json', ...headers },
      body: replies.errorBody(fault.status),
    };
  }
  if (typeof fault.body === 'string') {
    return { status: fault.status, headers: { 'content-type': 'text/plain', ...headers }, body: fault.body };
  }
  return jsonReply(fault.status, fault.body, headers);
}

/**
 * Answers one inference request: with `answer()` when there is no fault, else as the fault says.
 * `answer` runs only for the faults that need the real reply (delay, stall, reset mid-body).
 * Waits end early when `signal` aborts (the server is closing); the rejection is the caller's.
 */
export async function deliver(
  res: ServerResponse,
  fault: Fault | undefined,
  answer: () => Promise<Reply>,
  replies: FaultReplies,
  signal: AbortSignal,
): Promise<void> {
  if (fault === undefined) return send(res, await answer());
  if ('reset' in fault) {
    res.socket?.destroy();
    return;
  }
  if ('status' in fault) return send(res, statusReply(fault, replies));
  if ('overloaded' in fault) return send(res, replies.overloaded);
  if ('garbage' in fault) {
    return send(res, { status: 200, headers: { 'content-type': 'application/json' }, body: fault.garbage });
  }
  if ('delayMs' in fault) {
    await sleep(fault.delayMs, undefined, { signal });
    return send(res, await answer());
  }
  const reply = await answer();
  const body = Buffer.from(reply.body);
  res.writeHead(reply.status, { ...reply.headers, 'content-length': String(body.length) });
  res.flushHeaders();
  if ('resetMidBody' in fault) {
    res.write(body.subarray(0, Math.floor(body.length / 2)), () => res.socket?.destroy());
    return;
  }
  await sleep(fault.stallMs, undefined, { signal });
  res.end(body);
}

/** One request as the server received it. */
export interface RecordedRequest {
  readonly method: string;
  /** The path with its query string. */
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  /** The body parsed as JSON; the raw text when it is not JSON; `undefined` when empty or over the limit. */
  readonly body: unknown;
}

/** What a handler gets: the request's line and headers, and its body unless it was over the limit. */
export interface IncomingRequest {
  readonly method: string;
  /** The path without its query string. */
  readonly pathname: string;
  readonly headers: IncomingHttpHeaders;
  /** `undefined` when the body was longer than the server's limit (it was read and dropped). */
  readonly body: Buffer | undefined;
}

export interface LoopbackServer {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** Aborted when `close()` starts: delayed and stalled replies stop waiting. */
  readonly closing: AbortSignal;
  /** Closes every connection (stalled ones too), then waits for the handlers still running. */
  close(): Promise<void>;
}

function parsed(body: Buffer | undefined): unknown {
  if (body === undefined || body.length === 0) return undefined;
  const text = body.toString('utf8');
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * An HTTP server on 127.0.0.1 (port 0) that reads each body (up to `bodyLimit` bytes kept), records
 * the request, and passes it to `handle`. A handler that throws gets a 500 `{ error }` when nothing
 * has been sent yet, else its socket destroyed.
 */
export async function listenLoopback(
  bodyLimit: number,
  handle: (req: IncomingRequest, res: ServerResponse, closing: AbortSignal) => Promise<void>,
): Promise<LoopbackServer> {
  const requests: RecordedRequest[] = [];
  const running = new Set<Promise<void>>();
  const abort = new AbortController();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    let length = 0;
    req.on('data', (chunk: Buffer) => {
      length += chunk.length;
      if (length <= bodyLimit) chunks.push(chunk);
    });
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://loopback');
      const body = length <= bodyLimit ? Buffer.concat(chunks) : undefined;
      const method = req.method ?? 'GET';
      requests.push({
        method,
        path: `${url.pathname}${url.search}`,
        headers: req.headers,
        body: parsed(body),
      });
      const task = handle({ method, pathname: url.pathname, headers: req.headers, body }, res, abort.signal)
        .catch((error: unknown) => {
          if (res.headersSent || abort.signal.aborted) res.socket?.destroy();
          else send(res, jsonReply(500, { error: (error as Error).message }));
        })
        .finally(() => running.delete(task));
      running.add(task);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    closing: abort.signal,
    async close() {
      abort.abort();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await Promise.allSettled([...running]);
    },
  };
}
