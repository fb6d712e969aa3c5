import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  APITimeoutError,
  AuthenticationError,
  ConflictError,
  InvalidResponseError,
  type PiiguardError,
  RateLimitError,
} from '@piiguard/sdk';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { HttpClient, type HttpRequest } from '../src/http/client.js';

const KEY = 'fw_http_key_93b1e0';

/** A loopback server answering from a queue of replies (then 200 `{"ok":true}`), recording each request. */
const replies: ((response: ServerResponse) => void)[] = [];
const seen: { line: string; headers: IncomingHttpHeaders; body: string }[] = [];
const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    seen.push({
      line: `${request.method} ${request.url}`,
      headers: request.headers,
      body: Buffer.concat(chunks).toString('utf8'),
    });
    const reply = replies.shift();
    if (reply) reply(response);
    else response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
  });
});
let baseURL = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
});
afterAll(() => {
  server.closeAllConnections();
  return new Promise<void>((resolve) => server.close(() => resolve()));
});
beforeEach(() => {
  replies.length = 0;
  seen.length = 0;
});

const client = (timeoutMs = 5_000) =>
  new HttpClient({
    baseURL,
    apiKey: KEY,
    service: 'Fireworks',
    timeoutMs,
    deadlineMs: timeoutMs * 5,
    maxRetries: 2,
    retryBaseDelayMs: 0,
    retryMaxDelayMs: 0,
    maxRetryAfterMs: 1_000,
    maxResponseBytes: 1024 * 1024,
  });
const creating: HttpRequest = {
  method: 'post',
  path: 'v1/accounts/acme/datasets',
  what: 'creating dataset d1',
  json: { datasetId: 'd1' },
};
const failure = (request: HttpRequest, http = client()) =>
  http
    .json(request)
    .then(() => expect.unreachable('the request should fail'))
    .catch((caught: unknown) => caught as PiiguardError);

describe('HttpClient', () => {
  it('sends JSON below baseURL with the key and the query, and parses the answer', async () => {
    replies.push((response) => response.writeHead(200).end('{"name":"accounts/acme/datasets/d1"}'));
    const body = await client().json({ ...creating, searchParams: { datasetId: 'd 1', x: 'a&b' } });
    expect(body).toEqual({ name: 'accounts/acme/datasets/d1' });
    expect(seen.map((r) => r.line)).toEqual(['POST /api/v1/accounts/acme/datasets?datasetId=d+1&x=a%26b']);
    expect(seen[0]!.headers).toMatchObject({
      authorization: `Bearer ${KEY}`,
      accept: 'application/json',
      'content-type': 'application/json',
    });
    expect(JSON.parse(seen[0]!.body)).toEqual({ datasetId: 'd1' });
  });

  it('reads an empty 2xx body as undefined, and a body that is not JSON as an InvalidResponseError', async () => {
    replies.push((response) => response.writeHead(200).end());
    replies.push((response) => response.writeHead(204).end());
    expect(await client().json({ method: 'delete', path: 'v1/x', what: 'deleting x' })).toBeUndefined();
    expect(await client().json({ method: 'get', path: 'v1/x', what: 'reading x' })).toBeUndefined();
    expect(seen.map((r) => r.line)).toEqual(['DELETE /api/v1/x', 'GET /api/v1/x']);

    replies.push((response) => response.writeHead(200).end('<html>proxy</html>'));
    const error = await failure({ method: 'get', path: 'v1/x', what: 'reading x' });
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.message).toBe('Fireworks answered reading x with a body that is not valid JSON.');
  });

  it('uploads a FormData body as multipart', async () => {
    const form = new FormData();
    form.append('file', new Blob(['{"messages":[]}\n'], { type: 'application/jsonl' }), 'train.jsonl');
    await client().json({ method: 'post', path: 'v1/d:upload', what: 'uploading dataset d', body: form });
    expect(seen[0]!.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(seen[0]!.body).toContain('filename="train.jsonl"');
    expect(seen[0]!.body).toContain('{"messages":[]}');
  });

  it('answers 409 at once (a repeated create), and retries 429 and 5xx', async () => {
    replies.push((response) => response.writeHead(409).end('{"error":{"code":"ALREADY_EXISTS"}}'));
    const conflict = await failure(creating);
    expect(conflict).toBeInstanceOf(ConflictError);
    expect(conflict.message).toBe(
      'Fireworks answered 409 creating dataset d1: it already exists or is in use.',
    );
    expect(seen).toHaveLength(1);

    seen.length = 0;
    replies.push((response) => response.writeHead(429, { 'retry-after': '0' }).end());
    replies.push((response) => response.writeHead(503).end());
    expect(await client().json(creating)).toEqual({ ok: true });
    expect(seen).toHaveLength(3);
  });

  it("names the service and the operation, never the server's prose or the key", async () => {
    const echo = JSON.stringify({ error: { code: 'UNAUTHENTICATED', message: `bad key ${KEY} for d1` } });
    replies.push((response) => response.writeHead(401, { 'x-request-id': 'req-7' }).end(echo));
    const refused = await failure(creating);
    expect(refused).toBeInstanceOf(AuthenticationError);
    expect(refused).toMatchObject({ status: 401, code: 'UNAUTHENTICATED', requestId: 'req-7' });
    expect(refused.message).toMatch(
      /^Fireworks answered 401 creating dataset d1: the API key was not accepted/,
    );

    for (let i = 0; i < 3; i++) replies.push((response) => response.writeHead(429).end(echo));
    const limited = await failure(creating);
    expect(limited).toBeInstanceOf(RateLimitError);
    expect(limited.message).toContain('after 3 attempts');
    for (const error of [refused, limited]) {
      expect(`${error.message} ${JSON.stringify(error)}`).not.toContain(KEY);
      expect(error.message).not.toContain('bad key');
    }
  });

  it("a request's own timeout and deadline replace the client's", async () => {
    for (let i = 0; i < 3; i++) replies.push(() => undefined);
    const slow = await failure({ ...creating, timeoutMs: 30, deadlineMs: 10_000 });
    expect(slow).toBeInstanceOf(APITimeoutError);
    expect(slow.message).toBe('Fireworks did not answer creating dataset d1 within 30 ms (3 attempts).');

    replies.push(() => undefined);
    const late = await failure({ ...creating, deadlineMs: 40 });
    expect(late).toBeInstanceOf(APITimeoutError);
    expect(late.message).toBe(
      'No answer from Fireworks creating dataset d1 within the deadline of 40 ms (1 attempt).',
    );
  });
});
