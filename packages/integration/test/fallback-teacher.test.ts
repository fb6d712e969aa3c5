import { fileURLToPath } from 'node:url';
import { loadPocket } from '@piiguard/pocket';
import { FallbackUnavailableError, type Label, PiiClient, type PiiClientOptions } from '@piiguard/sdk';
import { type LoopbackServer, startLoopbackServer } from '@piiguard/sdk/testing/server';
import { loadTeacher } from '@piiguard/teacher';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

// The real teacher (worker thread + onnxruntime-node) on the tiny XLM-R fixture the teacher package builds.
const FIXTURE = fileURLToPath(new URL('../../teacher/fixtures/tiny', import.meta.url));
const realTeacher = () => loadTeacher({ model: FIXTURE, device: 'cpu' });

let server: LoopbackServer;
const clients: PiiClient[] = [];

function client(options: Omit<PiiClientOptions, 'baseURL'>): PiiClient {
  const c = new PiiClient({
    apiKey: 'sk-test',
    baseURL: server.url,
    maxRetries: 1,
    retryBaseDelayMs: 1,
    ...options,
  });
  clients.push(c);
  return c;
}

async function until(check: () => boolean, ms: number): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
}

beforeAll(async () => {
  server = await startLoopbackServer();
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  server.setFaults({});
  server.resetStats();
});
afterAll(async () => {
  await server.close();
});

describe('fallback with the real teacher on the tiny fixture', () => {
  it('outage: the teacher answers with the reason, its scores and device', async () => {
    server.setFaults({ rules: [{ match: () => true, reply: { type: 'status', status: 503 } }] });
    const c = client({ fallback: { mode: 'on-error', classifiers: realTeacher } });
    const loaded = new Promise((resolve) => c.on('fallbackLoaded', resolve));
    const out = await c.classifyBatch(['whats ur snap?', 'my email is kim@example.com', 'gg wp']);
    expect(out.map((o) => (o.ok ? o.value.label : o.error.kind))).toEqual(['asking', 'giving', 'none']);
    for (const o of out) {
      expect(o.ok ? 'ok' : `${o.error.name}: ${o.error.message}`).toBe('ok');
      if (!o.ok) continue;
      expect(o.value).toMatchObject({ source: 'teacher', fallbackReason: 'server' });
      expect(['none', 'asking', 'giving']).toContain(o.value.label);
      expect(o.value.teacherScores?.asking).toBeGreaterThanOrEqual(0);
    }
    expect(await loaded).toMatchObject({ kind: 'teacher', device: 'cpu' });
    expect(server.stats.byStatus[503]).toBe(6);
    expect(c.stats().fallbacks[0]).toMatchObject({ state: 'ready', kind: 'teacher', queueDepth: 0 });
    expect(c.stats().fallbackQueueDepth).toBe(0);
  });

  it('fallback-only makes no HTTP request and needs no key', async () => {
    const c = new PiiClient({
      apiKey: '',
      baseURL: server.url,
      fallback: { mode: 'fallback-only', classifiers: realTeacher },
    });
    clients.push(c);
    const r = await c.classify('whats ur number?');
    expect(r).toMatchObject({ source: 'teacher', fallbackReason: 'fallback-only' });
    expect(server.stats.requests).toBe(0);
  });

  it('429 storm: the breaker opens, the API sees nothing while open, one probe, then recovery', async () => {
    server.setFaults({ rules: [{ match: () => true, reply: { type: 'status', status: 429 } }] });
    const c = client({
      maxRetries: 0,
      fallback: {
        classifiers: realTeacher,
        circuitBreaker: { consecutiveFailures: 4, halfOpenAfterMs: 1_000 },
      },
    });
    const states: string[] = [];
    c.on('circuit', (e) => states.push(e.state));
    for (let i = 0; i < 4; i++) await c.classify(`storm message ${i}`);
    expect(c.stats().circuit).toBe('open');
    const seen = server.stats.requests;
    const open = await c.classifyBatch(
      Array.from({ length: 30 }, (_, i) => `while open ${i}`),
      { concurrency: 8 },
    );
    expect(server.stats.requests).toBe(seen);
    expect(
      open.every((o) => o.ok && o.value.source === 'teacher' && o.value.fallbackReason === 'circuit-open'),
    ).toBe(true);
    server.setFaults({ label: 'asking' });
    await new Promise((r) => setTimeout(r, 1_050));
    expect(await c.classify('probe message')).toMatchObject({ source: 'api', label: 'asking' });
    expect(server.stats.requests).toBe(seen + 1);
    expect(states).toEqual(['open', 'half-open', 'closed']);
  });

  it('hedge: a slow API loses to the teacher and the server sees its request cancelled', async () => {
    const c = client({ fallback: { mode: 'hedge', hedgeAfterMs: 50, classifiers: realTeacher } });
    await c.classifyBatch(['warm up the teacher']);
    server.setFaults({ latencyMs: 4_000 });
    server.resetStats();
    const started = Date.now();
    const r = await c.classify('what school do u go to');
    expect(r).toMatchObject({ source: 'teacher', fallbackReason: 'hedge', hedged: true });
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(server.stats.requests).toBe(1);
    await until(() => server.stats.inFlight === 0, 1_500);
  });

  it('shadow: returns the API label and reports a disagreement with the teacher', async () => {
    const probe = client({ fallback: { mode: 'fallback-only', classifiers: realTeacher } });
    const teacherSays = (await probe.classify('add me on discord kim#2211')).label;
    const apiSays: Label = teacherSays === 'giving' ? 'none' : 'giving';
    server.setFaults({ label: apiSays });
    const c = client({ fallback: { mode: 'shadow', classifiers: realTeacher } });
    const event = new Promise((resolve) => c.on('shadow', resolve));
    expect(await c.classify('add me on discord kim#2211')).toMatchObject({ source: 'api', label: apiSays });
    expect(await event).toMatchObject({
      apiLabel: apiSays,
      fallbackLabel: teacherSays,
      agree: false,
      fallbackSource: 'teacher',
    });
  });

  it('a failing teacher load: the pocket model answers meanwhile, the teacher loads after the back-off', async () => {
    server.setFaults({ rules: [{ match: () => true, reply: { type: 'status', status: 500 } }] });
    let attempts = 0;
    const c = client({
      fallback: {
        circuitBreaker: false,
        loadRetry: { initialDelayMs: 600 },
        classifiers: [
          () => {
            attempts += 1;
            return attempts === 1
              ? loadTeacher({ model: `${FIXTURE}-missing`, device: 'cpu' })
              : realTeacher();
          },
          () => loadPocket(),
        ],
      },
    });
    expect(await c.classify('first')).toMatchObject({ source: 'pocket', fallbackReason: 'server' });
    expect(await c.classify('second')).toMatchObject({ source: 'pocket' });
    expect(attempts).toBe(1);
    await new Promise((r) => setTimeout(r, 650));
    expect(await c.classify('third')).toMatchObject({ source: 'teacher' });
    expect(attempts).toBe(2);
  });

  it('without any working fallback the outcome is FallbackUnavailableError, never a lost input', async () => {
    server.setFaults({ rules: [{ match: () => true, reply: { type: 'reset' } }] });
    const c = client({
      fallback: {
        classifiers: () => loadTeacher({ model: `${FIXTURE}-missing`, device: 'cpu' }),
        circuitBreaker: false,
      },
    });
    const out = await c.classifyBatch(['a', 'b', 'c']);
    expect(out).toHaveLength(3);
    for (const o of out) expect(!o.ok && o.error).toBeInstanceOf(FallbackUnavailableError);
  });
});

describe('a teacher whose worker is killed from outside', () => {
  it('is dropped, its texts go to the next tier, stats tell the truth, and a new teacher is loaded after the back-off', async () => {
    const workers: import('node:worker_threads').Worker[] = [];
    const onWorker = (worker: import('node:worker_threads').Worker) => workers.push(worker);
    process.on('worker', onWorker);
    try {
      const c = client({
        fallback: {
          mode: 'fallback-only',
          classifiers: [realTeacher, () => loadPocket()],
          loadRetry: { initialDelayMs: 200, maxDelayMs: 200 },
        },
      });
      const loads: string[] = [];
      c.on('fallbackLoaded', (e) => loads.push(e.kind));
      expect((await c.classify('whats ur snap')).source).toBe('teacher');
      expect(workers).toHaveLength(1);

      await workers[0]!.terminate();
      await until(() => c.stats().fallbacks[0]?.state === 'backing-off', 2_000);

      const during = await c.classify('what school do u go to');
      expect(during.source).toBe('pocket');
      expect(c.stats().fallbacks[0]?.state).toBe('backing-off');

      await new Promise((r) => setTimeout(r, 250));
      const after = await c.classify('my email is kim@example.com');
      expect(after.source).toBe('teacher');
      expect(loads.filter((k) => k === 'teacher')).toHaveLength(2);
      expect(workers).toHaveLength(2);
      expect(c.stats().fallbacks[0]?.state).toBe('ready');
    } finally {
      process.off('worker', onWorker);
    }
  });
});

describe('closing the client while the teacher scores', () => {
  it('settles the pending calls with ClosedError, not an unavailable fallback', async () => {
    const c = client({ fallback: { mode: 'fallback-only', classifiers: [realTeacher, () => loadPocket()] } });
    await c.classify('warm up');
    const pending = c.classifyBatch(
      Array.from({ length: 64 }, (_, i) => `message ${i} ${'word '.repeat(200)}`),
    );
    await new Promise((r) => setTimeout(r, 5));
    await c.close();
    const outcomes = await pending;
    const kinds = new Set(outcomes.map((o) => (o.ok ? o.value.source : o.error.kind)));
    expect(kinds.has('closed')).toBe(true);
    expect(kinds.has('fallback-unavailable')).toBe(false);
  });
});
