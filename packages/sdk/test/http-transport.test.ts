import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClosedError, InternalServerError, InvalidResponseError } from '../src/errors.js';
import { HttpTransport, resolveHttpOptions } from '../src/http/index.js';
import type { RetryEvent } from '../src/index.js';

/** A loopback server answering each request from a queue of replies (then 200 `{"ok":true}`). */
const replies: ((response: ServerResponse) => void)[] = [];
const seen: string[] = [];
const server = createServer((request, response) => {
  seen.push(`${request.method} ${request.url}`);
  const reply = replies.shift();
  if (reply) reply(response);
  else response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
});
let url = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  return new Promise<void>((resolve) => server.close(() => resolve()));
});

const options = resolveHttpOptions({ retryBaseDelayMs: 0, maxRetries: 2 });
const open = () => ({ signal: new AbortController().signal, closed: () => false, secrets: [] });

describe('HttpTransport', () => {
  it('retries a GET on 503 with the server wait and reports the retry', async () => {
    const events: RetryEvent[] = [];
    const transport = new HttpTransport(options, { model: 'm', onRetry: (event) => events.push(event) });
    seen.length = 0;
    replies.push((response) => response.writeHead(503, { 'retry-after': '0' }).end('{"error":"warming up"}'));
    const answer = await transport.send({ method: 'get', url: `${url}/v2/health/ready`, ...open() });
    expect(answer.json()).toEqual({ ok: true });
    expect(seen).toEqual(['GET /v2/health/ready', 'GET /v2/health/ready']);
    expect(events.map((event) => [event.attempt, event.status, event.reason])).toEqual([[2, 503, 'server']]);
  });

  it('gives up after maxRetries with the typed error and no server prose', async () => {
    const transport = new HttpTransport(options, { model: 'm' });
    for (let i = 0; i < 3; i++) {
      replies.push((response) =>
        response.writeHead(500).end('{"error":"input_ids [8, 9] for my secret text"}'),
      );
    }
    const error = await transport
      .send({ method: 'post', url: `${url}/infer`, json: { a: 1 }, ...open(), secrets: ['my secret text'] })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as Error).message).not.toContain('secret');
    expect((error as Error).message).not.toContain('input_ids');
  });

  it('says InvalidResponseError for a 2xx body that is not JSON', async () => {
    const transport = new HttpTransport(options, { model: 'm' });
    replies.push((response) => response.writeHead(200).end('<html>proxy</html>'));
    const answer = await transport.send({ method: 'get', url, ...open() });
    expect(() => answer.json()).toThrow(InvalidResponseError);
  });

  it('turns an abort while closing into ClosedError', async () => {
    const transport = new HttpTransport(options, { model: 'm' });
    const stop = new AbortController();
    replies.push(() => undefined);
    const pending = transport.send({
      method: 'get',
      url,
      signal: stop.signal,
      closed: () => true,
      secrets: [],
    });
    setTimeout(() => stop.abort(), 20);
    await expect(pending).rejects.toBeInstanceOf(ClosedError);
  });
});
