// How an application tests its own moderation code offline with @piiguard/sdk/testing:
// msw answers the chat-completions endpoint; nothing leaves the process.
import { loadPocket } from '@piiguard/pocket';
import { PiiClient } from '@piiguard/sdk';
import { FakeClassifier, fireworksHandlers } from '@piiguard/sdk/testing';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { moderate } from '../moderation.js';

const server = setupServer(
  ...fireworksHandlers({
    label: 'none',
    rules: [
      { match: 'flaky', reply: { type: 'status', status: 503, headers: { 'retry-after': '0' } }, times: 1 },
      { match: 'snap', reply: 'asking' },
      { match: /\d{3}[ -]?\d{4}/, reply: { type: 'answer', label: 'giving', logprobs: false } },
      { match: 'broken', reply: { type: 'malformed' } },
    ],
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const clients: PiiClient[] = [];
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
});
function client(options: ConstructorParameters<typeof PiiClient>[0] = {}): PiiClient {
  const c = new PiiClient({ apiKey: 'test-key', retryBaseDelayMs: 1, ...options });
  clients.push(c);
  return c;
}

describe('moderate() with the hosted API mocked by msw', () => {
  it('delivers harmless messages and blocks asking and giving ones', async () => {
    const c = client();
    expect(await moderate(c, 'gg wp')).toEqual({ action: 'deliver' });
    expect(await moderate(c, 'whats ur snap')).toEqual({ action: 'block', reason: 'asking', source: 'api' });
    expect(await moderate(c, 'text me 555 0137')).toEqual({
      action: 'block',
      reason: 'giving',
      source: 'api',
    });
  });

  it('rides out one 503 through the retry, and holds a message whose answer is unreadable', async () => {
    const c = client();
    const retries: number[] = [];
    c.on('retry', (e) => retries.push(e.status ?? 0));
    expect(await moderate(c, 'flaky but whats ur snap')).toMatchObject({ action: 'block', reason: 'asking' });
    expect(retries).toEqual([503]);
    expect(await moderate(c, 'broken')).toEqual({ action: 'hold', errorKind: 'invalid-response' });
  });
});

describe('moderate() with a fake classifier as the fallback', () => {
  it('keeps blocking through an API outage, answered by the fallback', async () => {
    const fallback = new FakeClassifier({
      kind: 'pocket',
      respond: (text) => (text.includes('insta') ? 'giving' : 'none'),
    });
    const c = client({ maxRetries: 0, fallback: { mode: 'on-error', classifiers: fallback } });
    server.use(
      ...fireworksHandlers({ rules: [{ match: () => true, reply: { type: 'status', status: 500 } }] }),
    );
    expect(await moderate(c, 'my insta is kim.b')).toEqual({
      action: 'block',
      reason: 'giving',
      source: 'pocket',
    });
    expect(await moderate(c, 'nice')).toEqual({ action: 'deliver' });
  });
});

describe('moderate() with the pocket model, directly or as the only fallback', () => {
  it('gives the same decisions called directly and through a fallback-only client', async () => {
    const pocket = await loadPocket();
    const c = client({ fallback: { mode: 'fallback-only', classifiers: () => loadPocket() } });
    const messages = ['whats ur snap', 'my email is kim@example.com', 'gg wp'];
    const direct = await Promise.all(messages.map((m) => moderate(pocket, m)));
    expect(direct).toEqual([
      { action: 'block', reason: 'asking', source: 'pocket' },
      { action: 'block', reason: 'giving', source: 'pocket' },
      { action: 'deliver' },
    ]);
    expect(await Promise.all(messages.map((m) => moderate(c, m)))).toEqual(direct);
    await pocket.close();
  });

  it('delivers an empty message (none from the input rule) and holds one over the length limit', async () => {
    const pocket = await loadPocket({ maxTextLength: 100 });
    expect(await moderate(pocket, '   ')).toEqual({ action: 'deliver' });
    expect(await moderate(pocket, 'a'.repeat(101))).toEqual({ action: 'hold', errorKind: 'invalid-input' });
    await pocket.close();
  });
});
