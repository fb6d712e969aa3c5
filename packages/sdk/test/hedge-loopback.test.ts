import { afterEach, describe, expect, it } from 'vitest';
import { PiiClient } from '../src/client.js';
import { type LoopbackServer, startLoopbackServer } from '../src/testing/server.js';
import { after, keywordLabel, ok, ScriptedClassifier } from './fallback-helpers.js';

let server: LoopbackServer | undefined;
let client: PiiClient | undefined;
afterEach(async () => {
  await client?.close();
  await server?.close();
});

async function until(check: () => boolean, ms: number): Promise<number> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
  return Date.now() - start;
}

describe('hedge against a real socket', () => {
  it('a slow API loses to the teacher and its HTTP request is cancelled', async () => {
    server = await startLoopbackServer({ faults: { latencyMs: 3_000 } });
    const teacher = new ScriptedClassifier('teacher', (t) => ok(keywordLabel(t), 'tiny-xlmr'));
    client = new PiiClient({
      apiKey: 'k',
      baseURL: server.url,
      fallback: { mode: 'hedge', hedgeAfterMs: 100, classifiers: teacher },
    });
    const started = Date.now();
    const r = await client.classify('whats ur snap?');
    expect(r).toMatchObject({ source: 'teacher', fallbackReason: 'hedge', hedged: true, label: 'asking' });
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(server.stats.requests).toBe(1);
    // The server sees the request go away long before its 3 s answer would have been sent.
    await until(() => server!.stats.inFlight === 0, 1_000);
    expect(client.stats().hedge).toEqual({ started: 1, apiWon: 0, fallbackWon: 1 });
  });

  it('a fast API wins and a slow teacher is aborted', async () => {
    server = await startLoopbackServer({ faults: { latencyMs: 150, label: 'giving' } });
    const teacher = new ScriptedClassifier('teacher', (_t, signal) => after(5_000, ok('none'), signal));
    client = new PiiClient({
      apiKey: 'k',
      baseURL: server.url,
      fallback: { mode: 'hedge', hedgeAfterMs: 20, classifiers: teacher },
    });
    const r = await client.classify('my number is 555 0101');
    expect(r).toMatchObject({ source: 'api', label: 'giving', hedged: true });
    expect(teacher.aborted).toBe(1);
  });
});
