import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Label } from '../classifier.js';
import { chatCompletion, messageFromRequest } from './completion.js';
import { answerSpecOf, createReplyPicker, errorBody, type MockReply, type MockRule } from './replies.js';

/** What the loopback server does wrong, and how. Replace it at any time with `setFaults`. */
export interface LoopbackFaults {
  /** Added before every answer, in ms. @default 0 */
  readonly latencyMs?: number;
  /** Label for messages no rule matches. @default 'none' */
  readonly label?: Label;
  /** Per-message replies: labels or faults (429 + Retry-After, 5xx, resets, malformed…). @default [] */
  readonly rules?: readonly MockRule[];
  /** When set, requests without `Authorization: Bearer <apiKey>` get 401. @default undefined (any key) */
  readonly apiKey?: string;
}

/** Counters since start (or the last `resetStats()`). */
export interface LoopbackStats {
  /** Chat-completions requests received. */
  requests: number;
  /** Answers by HTTP status (200 included). */
  byStatus: Record<number, number>;
  /** Connections dropped on purpose. */
  resets: number;
  /** Requests being handled now, and the most at once. */
  inFlight: number;
  maxInFlight: number;
}

export interface LoopbackServerOptions {
  /** Port to listen on; 0 picks a free one. @default 0 */
  readonly port?: number;
  readonly faults?: LoopbackFaults;
}

export interface LoopbackServer {
  /** The `baseURL` to give the client, e.g. `http://127.0.0.1:43123/v1`. */
  readonly url: string;
  /** Live counters. */
  readonly stats: LoopbackStats;
  /** Replaces the faults (rule use counts start over). */
  setFaults(faults: LoopbackFaults): void;
  resetStats(): void;
  /** Drops open connections and stops listening. */
  close(): Promise<void>;
}

/**
 * CORS for every answer, so a page served from another origin (a browser test, a demo) can call
 * the server: any origin, and the headers the client reads (request id, retry waits, rate limits).
 */
const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers':
    'x-request-id, retry-after, retry-after-ms, x-ratelimit-limit-requests, x-ratelimit-remaining-requests, x-ratelimit-reset-requests',
};

/**
 * A chat-completions server on 127.0.0.1 (node:http) with fault injection, for integration
 * tests, examples and benchmarks. It answers CORS preflights, so browser pages can use it too.
 * Node only: import it from `@piiguard/sdk/testing/server`.
 */
export async function startLoopbackServer(options: LoopbackServerOptions = {}): Promise<LoopbackServer> {
  let faults: LoopbackFaults = {};
  let pick: (message: string) => MockReply = () => 'none';
  const stats: LoopbackStats = { requests: 0, byStatus: {}, resets: 0, inFlight: 0, maxInFlight: 0 };
  const setFaults = (next: LoopbackFaults) => {
    faults = next;
    pick = createReplyPicker(next.rules ?? [], next.label ?? 'none');
  };
  setFaults(options.faults ?? {});

  const send = (res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) => {
    stats.byStatus[status] = (stats.byStatus[status] ?? 0) + 1;
    res.writeHead(status, {
      ...CORS_HEADERS,
      'content-type': 'application/json',
      'x-request-id': `req_${stats.requests}`,
      ...headers,
    });
    res.end(body);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (req.method === 'OPTIONS') {
      // A preflight is not a request to the API: it is answered, not counted, and has no faults.
      res.writeHead(204, {
        ...CORS_HEADERS,
        'access-control-allow-methods': 'POST, OPTIONS',
        'access-control-allow-headers':
          req.headers['access-control-request-headers'] ?? 'authorization, content-type',
        'access-control-max-age': '600',
      });
      res.end();
      return;
    }
    if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
      return send(res, 404, JSON.stringify({ error: { message: 'not found' } }));
    }
    stats.requests++;
    if (faults.apiKey !== undefined && req.headers.authorization !== `Bearer ${faults.apiKey}`) {
      return send(res, 401, JSON.stringify({ error: { message: 'invalid api key', code: 'unauthorized' } }));
    }
    let body: unknown;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return send(res, 400, JSON.stringify({ error: { message: 'body is not JSON' } }));
    }
    const message = messageFromRequest(body);
    if (message === undefined)
      return send(res, 400, JSON.stringify({ error: { message: 'no user message' } }));
    const reply = pick(message);
    if (typeof reply === 'object' && reply.type === 'hang') return;
    const waitMs = (faults.latencyMs ?? 0) + (typeof reply === 'object' ? (reply.delayMs ?? 0) : 0);
    if (waitMs > 0) await new Promise((resolve) => setTimeout(resolve, waitMs));
    const answer = answerSpecOf(reply);
    if (answer)
      return send(res, 200, JSON.stringify(chatCompletion(answer, (body as { model?: string }).model)));
    if (typeof reply === 'string') return;
    switch (reply.type) {
      case 'status':
        return send(res, reply.status, errorBody(reply), { ...reply.headers });
      case 'malformed':
        return send(res, 200, '{"choices": [');
      case 'no-choices':
        return send(res, 200, JSON.stringify({ id: 'chatcmpl-test', choices: [] }));
      case 'reset':
        stats.resets++;
        req.socket.destroy();
        return;
    }
  };

  const server = createServer((req, res) => {
    stats.inFlight++;
    stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
    res.on('close', () => {
      stats.inFlight--;
    });
    handle(req, res).catch(() => req.socket.destroy());
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    stats,
    setFaults,
    resetStats() {
      Object.assign(stats, { requests: 0, byStatus: {}, resets: 0, maxInFlight: stats.inFlight });
    },
    close() {
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
