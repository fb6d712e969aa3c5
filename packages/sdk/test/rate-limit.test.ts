import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rateLimitOf } from '../src/http/rate-limit.js';
import { ConfigurationError, FireworksClassifier, PiiClient, type RetryEvent } from '../src/index.js';
import { chatCompletion } from '../src/testing/index.js';

/** What the next answers are: status and headers, in order; then 200 with no rate-limit headers. */
let script: { status: number; headers: Record<string, string> }[] = [];
/** The `model` of every request body received. */
const models: string[] = [];

const server = createServer((req: IncomingMessage, res: ServerResponse) => {
  let body = '';
  req.on('data', (chunk) => {
    body += chunk;
  });
  req.on('end', () => {
    models.push((JSON.parse(body) as { model: string }).model);
    const next = script.shift() ?? { status: 200, headers: {} };
    const payload =
      next.status === 200
        ? chatCompletion({ label: 'asking' })
        : { error: { message: 'slow down', code: 'rate' } };
    res.writeHead(next.status, { 'content-type': 'application/json', ...next.headers });
    res.end(JSON.stringify(payload));
  });
});
let baseURL: string;
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const FIREWORKS_HEADERS = {
  'x-ratelimit-limit-requests': '600',
  'x-ratelimit-remaining-requests': '598',
  'x-ratelimit-limit-tokens-prompt': '60000',
  'x-ratelimit-remaining-tokens-prompt': '59000',
  'x-ratelimit-limit-tokens-generated': '6000',
  'x-ratelimit-remaining-tokens-generated': '5990',
};

describe('rate-limit headers', () => {
  it('stats() shows the latest answer that had them, and the retry event the failed one', async () => {
    script = [
      { status: 200, headers: FIREWORKS_HEADERS },
      {
        status: 429,
        headers: {
          ...FIREWORKS_HEADERS,
          'x-ratelimit-remaining-tokens-prompt': '0',
          'x-ratelimit-over-limit': 'yes',
          'retry-after-ms': '1',
        },
      },
    ];
    const client = new PiiClient({ apiKey: 'k', baseURL, retryBaseDelayMs: 1, cache: false });
    const retries: RetryEvent[] = [];
    client.on('retry', (event) => retries.push(event));
    expect(client.stats().rateLimit).toBeUndefined();
    await client.classify('first');
    expect(client.stats().rateLimit).toMatchObject({
      limit: { requests: 600, tokensPrompt: 60000, tokensGenerated: 6000 },
      remaining: { requests: 598, tokensPrompt: 59000, tokensGenerated: 5990 },
      overLimit: false,
      status: 200,
    });
    // The 429 is retried; its answer is the event's snapshot. The retry's 200 has no headers, so
    // stats() keeps the 429's.
    expect((await client.classify('second')).label).toBe('asking');
    expect(retries).toHaveLength(1);
    expect(retries[0]).toMatchObject({
      reason: 'rate-limit',
      status: 429,
      rateLimit: { overLimit: true, status: 429, remaining: { tokensPrompt: 0 } },
    });
    expect(client.stats().rateLimit).toMatchObject({ overLimit: true, status: 429 });
    await client.close();
  });

  it('keeps only non-negative numbers under documented-looking names, at most 16', () => {
    const headers = new Headers({
      'x-ratelimit-limit-requests': ' 10 ',
      'x-ratelimit-remaining-requests': 'soon',
      'x-ratelimit-limit-tokens-cache-adjusted-prompt': '250',
      'x-ratelimit-limit-Weird_Name': '1',
      'x-ratelimit-remaining-tokens-prompt': '-5',
      'x-ratelimit-remaining-tokens-generated': '',
      'x-ratelimit-reset-requests': '2026-01-01T00:00:00Z',
    });
    expect(rateLimitOf(headers, 200, 5)).toEqual({
      limit: { requests: 10, tokensCacheAdjustedPrompt: 250 },
      remaining: {},
      overLimit: false,
      status: 200,
      receivedAt: 5,
    });
    const many = new Headers();
    for (let i = 0; i < 40; i++)
      many.set(`x-ratelimit-limit-k${String.fromCharCode(97 + (i % 26))}${i >= 26 ? 'x' : ''}`, '1');
    const snapshot = rateLimitOf(many, 200, 0)!;
    expect(Object.keys(snapshot.limit)).toHaveLength(16);
    expect(rateLimitOf(new Headers({ 'x-request-id': 'r' }), 200, 0)).toBeUndefined();
  });
});

describe('the model option: Fireworks deployment addressing', () => {
  it('sends a model, a <model>#<deployment> pair and a deployment path verbatim', async () => {
    const forms = [
      'accounts/sugi205-8d1850/models/pii-classifier-llama3b-5k#accounts/sugi205-8d1850/deployments/abc123',
      'sugi205-8d1850/pii-classifier-llama3b-5k#sugi205-8d1850/abc123',
      'accounts/sugi205-8d1850/deployments/abc123',
      'meta-llama/Llama-3.2-3B-Instruct',
    ];
    models.length = 0;
    for (const model of forms) {
      const classifier = new FireworksClassifier({ apiKey: 'k', baseURL, model });
      expect(classifier.model).toBe(model);
      expect((await classifier.classify('hi')).model).toBe(model);
      await classifier.close();
    }
    expect(models).toEqual(forms);
  });

  it('rejects shapes no server can address, naming the option without echoing it', () => {
    for (const model of [
      'a#b#c',
      'accounts/x/models/y#',
      '#accounts/x/deployments/d',
      'my model',
      'mod\u00e8le',
    ]) {
      let error: unknown;
      try {
        new PiiClient({ apiKey: 'k', model });
      } catch (caught) {
        error = caught;
      }
      expect(error, model).toBeInstanceOf(ConfigurationError);
      expect((error as ConfigurationError).option).toBe('model');
      expect((error as Error).message).not.toContain(model);
    }
  });
});
