import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPiiguardError, PiiClient, type PiiguardError } from '../src/index.js';
import type { MockReply } from '../src/testing/index.js';
import { type LoopbackServer, startLoopbackServer } from '../src/testing/server.js';

const KEY = 'sk-very-secret-key-0123456789';
const TEXT = 'my phone is 555-0199 and my email kim@example.com';
let server: LoopbackServer;

beforeAll(async () => {
  server = await startLoopbackServer();
});
afterAll(() => server.close());

/** Every way an error gets turned into text by apps and loggers. */
function renderings(error: PiiguardError): string[] {
  return [
    error.message,
    String(error),
    JSON.stringify(error),
    error.stack ?? '',
    inspect(error, { depth: 4 }),
    inspect(error, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
  ];
}

describe('errors never contain the API key or the text', () => {
  it.each<[string, MockReply | 'wrong-key', number?]>([
    ['401', 'wrong-key'],
    [
      '500 echoing the request',
      { type: 'status', status: 500, message: `failed on Message: "${TEXT}" with Bearer ${KEY}` },
    ],
    ['400 echoing the text', { type: 'status', status: 400, message: `cannot process "${TEXT}"` }],
    ['429', { type: 'status', status: 429, headers: { 'retry-after': '0' } }],
    ['a dropped connection', { type: 'reset' }],
    ['a timeout', { type: 'hang' }, 50],
    ['malformed JSON', { type: 'malformed' }],
    ['no label', { type: 'answer', content: 'unsure', logprobs: false }],
  ])('for %s', async (_, reply, timeoutMs) => {
    server.setFaults(reply === 'wrong-key' ? { apiKey: 'another-key' } : { rules: [{ match: '', reply }] });
    const client = new PiiClient({
      apiKey: KEY,
      baseURL: server.url,
      retryBaseDelayMs: 1,
      maxRetries: 1,
      timeoutMs: timeoutMs ?? 5_000,
    });
    const error = await client.classify(TEXT).catch((e: unknown) => e);
    expect(isPiiguardError(error)).toBe(true);
    for (const rendering of renderings(error as PiiguardError)) {
      expect(rendering).not.toContain(KEY);
      expect(rendering).not.toContain(TEXT);
      expect(rendering).not.toContain('555-0199');
    }
    await client.close();
  });
});

describe('a server error that echoes the request body', () => {
  it('has the JSON-escaped text cut out', async () => {
    const text = 'my number is "555-0199"\nsee you';
    server.setFaults({
      rules: [
        { match: '', reply: { type: 'status', status: 400, message: `bad body: ${JSON.stringify(text)}` } },
      ],
    });
    const client = new PiiClient({ apiKey: KEY, baseURL: server.url });
    const error = await client.classify(text).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'bad-request' });
    for (const rendering of renderings(error as PiiguardError)) expect(rendering).not.toContain('555-0199');
    await client.close();
  });
});

describe('a server error that echoes a long text', () => {
  it('has the text cut out before the message is shortened', async () => {
    const long = `${'call me on 555-0199 any time, '.repeat(20)}thanks`;
    server.setFaults({
      rules: [{ match: '', reply: { type: 'status', status: 400, message: `cannot process "${long}"` } }],
    });
    // Server messages are copied only on request; even then an echoed text is cut out first.
    const client = new PiiClient({ apiKey: KEY, baseURL: server.url, allowServerMessages: true });
    const error = await client.classify(long).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'bad-request' });
    for (const rendering of renderings(error as PiiguardError)) {
      expect(rendering).not.toContain('555-0199');
    }
    expect((error as PiiguardError).message).toContain('[redacted]');
    await client.close();
  });
});

describe('a server error whose code echoes the key or the text', () => {
  it('drops a code that is not a machine identifier', async () => {
    const text = 'my number is 555-0199';
    server.setFaults({
      rules: [
        {
          match: '',
          reply: { type: 'status', status: 400, message: 'bad', code: `bad_input:${text}:${KEY}` },
        },
      ],
    });
    const client = new PiiClient({ apiKey: KEY, baseURL: server.url });
    const error = await client.classify(text).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'bad-request', code: undefined });
    for (const rendering of renderings(error as PiiguardError)) {
      expect(rendering).not.toContain('555-0199');
      expect(rendering).not.toContain(KEY);
    }
    await client.close();
  });
});
