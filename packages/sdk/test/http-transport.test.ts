import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  AbortError,
  APIConnectionError,
  APIError,
  APITimeoutError,
  ClosedError,
  ConfigurationError,
  ConflictError,
  InternalServerError,
  InvalidResponseError,
  NotFoundError,
  type PiiguardError,
  RateLimitError,
} from '../src/errors.js';
import { type HttpCall, HttpTransport, resolveHttpOptions } from '../src/http/index.js';
import type { RetryEvent } from '../src/index.js';

/** A loopback server answering each request from a queue of replies (then 200 `{"ok":true}`). */
const replies: ((response: ServerResponse) => void)[] = [];
const seen: string[] = [];
/** Each request's `content-type` and body, in order. */
const received: { contentType: string; body: string }[] = [];
const server = createServer((request, response) => {
  seen.push(`${request.method} ${request.url}`);
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    received.push({
      contentType: request.headers['content-type'] ?? '',
      body: Buffer.concat(chunks).toString('utf8'),
    });
    const reply = replies.shift();
    if (reply) reply(response);
    else response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
  });
});
let url = '';

beforeEach(() => {
  replies.length = 0;
  seen.length = 0;
  received.length = 0;
});

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

const KEY = 'fw-key-5d2e7a';
/** All but 409: a service whose repeated create answers 409. */
const NO_CONFLICT = [408, 429, ...Array.from({ length: 100 }, (_, i) => 500 + i)];
const named = (extra: Parameters<typeof resolveHttpOptions>[0] = {}) =>
  new HttpTransport(resolveHttpOptions({ retryBaseDelayMs: 0, maxRetries: 2, ...extra }), {
    model: 'm',
    service: 'Fireworks',
    retryStatuses: NO_CONFLICT,
    secrets: [KEY],
  });
const creating = { method: 'post', json: { id: 'd1' }, what: 'creating dataset d1' } as const;
const failure = (transport: HttpTransport, call: Partial<HttpCall> = {}) =>
  transport
    .send({ ...creating, url: `${url}/datasets`, ...open(), ...call })
    .then(() => expect.unreachable('the call should fail'))
    .catch((caught: unknown) => caught as PiiguardError);

describe('HttpTransport: retryStatuses', () => {
  it('answers 409 at once when it is left out, and retries it by default', async () => {
    replies.push((response) => response.writeHead(409).end('{"error":{"code":"ALREADY_EXISTS"}}'));
    const error = await failure(named());
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ status: 409, code: 'ALREADY_EXISTS' });
    expect(seen).toHaveLength(1);

    seen.length = 0;
    replies.push((response) => response.writeHead(409).end());
    const answer = await new HttpTransport(options, { model: 'm' }).send({
      method: 'post',
      url: `${url}/datasets`,
      ...open(),
    });
    expect(answer.json()).toEqual({ ok: true });
    expect(seen).toHaveLength(2);
  });

  it('retries only the statuses given, with their server wait', async () => {
    const only429 = new HttpTransport(options, { model: 'm', retryStatuses: [429] });
    replies.push((response) => response.writeHead(429, { 'retry-after': '0' }).end());
    await only429.send({ method: 'get', url, ...open() });
    expect(seen).toHaveLength(2);

    seen.length = 0;
    replies.push((response) => response.writeHead(503, { 'retry-after': '0' }).end());
    await expect(only429.send({ method: 'get', url, ...open() })).rejects.toBeInstanceOf(InternalServerError);
    expect(seen).toHaveLength(1);
  });

  it.each([[[200]], [[404.5]], [[600]], ['409']])(
    'refuses retryStatuses %j with a ConfigurationError naming it',
    (retryStatuses) => {
      expect(
        () => new HttpTransport(options, { model: 'm', retryStatuses: retryStatuses as number[] }),
      ).toThrow(expect.objectContaining({ name: 'ConfigurationError', option: 'retryStatuses' }));
      expect(
        () => new HttpTransport(options, { model: 'm', retryStatuses: retryStatuses as number[] }),
      ).toThrow(ConfigurationError);
    },
  );
});

describe('HttpTransport: service', () => {
  it.each([[''], ['  '], [42]])('refuses service %j with a ConfigurationError naming it', (service) => {
    expect(() => new HttpTransport(options, { model: 'm', service: service as string })).toThrow(
      expect.objectContaining({ name: 'ConfigurationError', option: 'service' }),
    );
  });
});

describe('HttpTransport: methods and bodies', () => {
  it('sends DELETE with its query and retries it like the others', async () => {
    // No server wait: a computed back-off is where ky checks the method.
    replies.push((response) => response.writeHead(503).end());
    const answer = await named().send({ method: 'delete', url: `${url}/jobs/j1?force=true`, ...open() });
    expect(answer.status).toBe(200);
    expect(seen).toEqual(['DELETE /jobs/j1?force=true', 'DELETE /jobs/j1?force=true']);
  });

  it('sends a FormData body as multipart, again on a retry', async () => {
    const form = new FormData();
    form.append('file', new Blob(['{"a":1}\n'], { type: 'application/jsonl' }), 'train.jsonl');
    replies.push((response) => response.writeHead(500).end());
    await named().send({ method: 'post', url: `${url}/datasets/d1:upload`, body: form, ...open() });
    expect(received).toHaveLength(2);
    for (const { contentType, body } of received) {
      expect(contentType).toMatch(/^multipart\/form-data; boundary=/);
      expect(body).toContain('filename="train.jsonl"');
      expect(body).toContain('{"a":1}');
    }
  });
});

describe('HttpTransport: a named service', () => {
  it("names the service, the operation and the status' meaning, never the server's prose or the key", async () => {
    const echo = `{"error":{"code":"RESOURCE_EXHAUSTED","message":"quota for ${KEY} and {\\"id\\":\\"d1\\"}"}}`;
    replies.push((response) => response.writeHead(429).end(echo));
    const limited = await failure(named({ maxRetries: 0 }));
    expect(limited).toBeInstanceOf(RateLimitError);
    expect(limited.message).toBe('Fireworks answered 429 creating dataset d1: rate limited or out of quota.');
    expect(limited).toMatchObject({ code: 'RESOURCE_EXHAUSTED' });

    for (let i = 0; i < 3; i++) replies.push((response) => response.writeHead(500).end(echo));
    const failed = await failure(named());
    expect(failed).toBeInstanceOf(InternalServerError);
    expect(failed.message).toBe(
      'Fireworks answered 500 creating dataset d1: the service failed; after 3 attempts.',
    );

    replies.push((response) => response.writeHead(404).end(echo));
    const missing = await failure(named());
    expect(missing).toBeInstanceOf(NotFoundError);
    expect(missing.message).toMatch(/^Fireworks answered 404 creating dataset d1: not found/);
    for (const error of [limited, failed, missing])
      expect(JSON.stringify(error) + error.message).not.toContain(KEY);
  });

  it('names them in timeouts, the deadline, aborts and unreachable servers', async () => {
    replies.push(() => undefined);
    const slow = await failure(named({ timeoutMs: 50, maxRetries: 0 }));
    expect(slow).toBeInstanceOf(APITimeoutError);
    expect(slow.message).toBe('Fireworks did not answer creating dataset d1 within 50 ms (1 attempt).');

    replies.push(() => undefined);
    const late = await failure(named({ deadlineMs: 50 }));
    expect(late).toBeInstanceOf(APITimeoutError);
    expect(late.message).toBe(
      'No answer from Fireworks creating dataset d1 within the deadline of 50 ms (1 attempt).',
    );

    replies.push(() => undefined);
    const stop = new AbortController();
    setTimeout(() => stop.abort(), 20);
    const stopped = await failure(named(), { signal: stop.signal });
    expect(stopped).toBeInstanceOf(AbortError);
    expect(stopped.message).toBe('The request to Fireworks creating dataset d1 was aborted by the caller.');

    const closedServer = createServer();
    await new Promise<void>((resolve) => closedServer.listen(0, '127.0.0.1', resolve));
    const { port } = closedServer.address() as AddressInfo;
    await new Promise<void>((resolve) => closedServer.close(() => resolve()));
    const unreachable = await failure(named({ maxRetries: 0 }), { url: `http://127.0.0.1:${port}/datasets` });
    expect(unreachable).toBeInstanceOf(APIConnectionError);
    expect(unreachable.message).toMatch(
      /^Could not reach Fireworks creating dataset d1 \(ECONNREFUSED, 1 attempt\)\.$/,
    );
  });

  it('names them for a 2xx body that is not JSON or is over the limit', async () => {
    replies.push((response) => response.writeHead(200).end('<html>proxy</html>'));
    const answer = await named().send({ ...creating, url, ...open() });
    expect(() => answer.json()).toThrow(
      'Fireworks answered creating dataset d1 with a body that is not valid JSON.',
    );

    replies.push((response) => response.writeHead(200, { 'content-length': '2048' }).end('x'.repeat(2048)));
    const declared = await failure(named({ maxResponseBytes: 1024 }));
    expect(declared).toBeInstanceOf(InvalidResponseError);
    expect(declared.message).toBe(
      'The answer from Fireworks is 2048 bytes; the limit is 1024 (maxResponseBytes).',
    );
    replies.push((response) => {
      response.writeHead(200);
      response.write('x'.repeat(1000));
      response.end('x'.repeat(1048));
    });
    const counted = await failure(named({ maxResponseBytes: 1024 }));
    expect(counted.message).toBe(
      'The answer from Fireworks is over the limit of 1024 bytes (maxResponseBytes).',
    );
  });

  it.each([400, 401, 402, 403, 404, 405, 409, 412, 413, 422, 429, 500, 503, 529])(
    "types %i as APIError.fromResponse does; without a service it keeps the hosted API's wording",
    async (status) => {
      const expected = APIError.fromResponse(status, undefined);
      replies.push((response) => response.writeHead(status).end());
      const error = await failure(named({ maxRetries: 0 }));
      expect(error.constructor).toBe(expected.constructor);
      expect(error).toMatchObject({ kind: expected.kind, status });
      expect(error.message).toMatch(new RegExp(`^Fireworks answered ${status} creating dataset d1`));

      replies.push((response) => response.writeHead(status).end());
      const plain = await failure(new HttpTransport(resolveHttpOptions({ maxRetries: 0 }), { model: 'm' }), {
        what: undefined,
      });
      expect(plain.constructor).toBe(expected.constructor);
      expect(plain.message).toBe(expected.message);
    },
  );
});
