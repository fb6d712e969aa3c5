// The moderation service's own tests, as an application would write them with the mocks that
// ship with @piiguard/sdk: a FakeClassifier (no msw needed) for the policy, and the loopback
// chat-completions server for an outage over real HTTP.
import type { AddressInfo } from 'node:net';
import { loadPocket } from '@piiguard/pocket';
import { InferenceError, PiiClient } from '@piiguard/sdk';
import { FakeClassifier } from '@piiguard/sdk/testing/fake';
import { startLoopbackServer } from '@piiguard/sdk/testing/server';
import { afterEach, describe, expect, it } from 'vitest';
import { createModerationService } from '../moderation-service.mjs';

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

async function serve(client: PiiClient): Promise<string> {
  const service = createModerationService({ client });
  await new Promise<void>((resolve) => service.listen(0, '127.0.0.1', resolve));
  cleanup.push(() => new Promise<void>((resolve) => service.close(() => resolve())));
  return `http://127.0.0.1:${(service.address() as AddressInfo).port}`;
}

const post = async (base: string, body: unknown) => {
  const res = await fetch(`${base}/messages`, {
    method: 'POST',
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

describe('the moderation service', () => {
  it('delivers, flags and blocks by label (policy tested with a FakeClassifier)', async () => {
    const fake = new FakeClassifier({
      kind: 'pocket',
      respond: (text) => (text.includes('snap') ? 'asking' : text.includes('@') ? 'giving' : 'none'),
    });
    const client = new PiiClient({ fallback: { mode: 'fallback-only', classifiers: fake } });
    cleanup.push(() => client.close());
    const base = await serve(client);
    expect((await post(base, { text: 'gg' })).body).toMatchObject({ action: 'deliver', label: 'none' });
    expect((await post(base, { text: 'ur snap?' })).body).toMatchObject({ action: 'flag', label: 'asking' });
    expect((await post(base, { text: 'kim@example.com' })).body).toMatchObject({
      action: 'block',
      label: 'giving',
    });
    expect(fake.calls.flat()).toEqual(['gg', 'ur snap?', 'kim@example.com']);
    expect((await post(base, 'not json')).status).toBe(400);
    expect((await post(base, { message: 'x' })).status).toBe(400);
    expect((await fetch(`${base}/nope`)).status).toBe(404);
  });

  it('holds a message nothing could classify, rather than delivering it unchecked', async () => {
    const broken = new FakeClassifier({ kind: 'pocket', respond: () => new InferenceError('model crashed') });
    const client = new PiiClient({ fallback: { mode: 'fallback-only', classifiers: broken } });
    cleanup.push(() => client.close());
    const base = await serve(client);
    expect((await post(base, { text: 'hello' })).body).toEqual({ action: 'hold', errorKind: 'inference' });
  });

  it('keeps answering through an API outage, and /health shows it (loopback API, pocket fallback)', async () => {
    const api = await startLoopbackServer({ faults: { rules: [{ match: 'snap', reply: 'asking' }] } });
    cleanup.push(() => api.close());
    const client = new PiiClient({
      apiKey: 'test-key',
      baseURL: api.url,
      maxRetries: 0,
      fallback: {
        mode: 'on-error',
        classifiers: () => loadPocket(),
        circuitBreaker: { consecutiveFailures: 2 },
        onWarning: () => {},
      },
    });
    cleanup.push(() => client.close());
    const base = await serve(client);
    expect((await post(base, { text: 'whats ur snap' })).body).toEqual({
      action: 'flag',
      label: 'asking',
      source: 'api',
    });
    api.setFaults({ rules: [{ match: () => true, reply: { type: 'status', status: 503 } }] });
    const during = await Promise.all(
      ['my email is kim@example.com', 'gg wp', 'what school u go to'].map((text) => post(base, { text })),
    );
    expect(during.map((r) => [r.status, r.body.action, r.body.source])).toEqual([
      [200, 'block', 'pocket'],
      [200, 'deliver', 'pocket'],
      [200, 'flag', 'pocket'],
    ]);
    const health = (await (await fetch(`${base}/health`)).json()) as {
      status: string;
      stats: { bySource: Record<string, number> };
    };
    expect(health.stats.bySource).toMatchObject({ api: 1, pocket: 3 });
    expect(['ok', 'degraded']).toContain(health.status);
  });
});
