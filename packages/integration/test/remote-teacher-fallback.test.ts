import { fileURLToPath } from 'node:url';
import { loadPocket } from '@piiguard/pocket';
import { PiiClient } from '@piiguard/sdk';
import { type LoopbackServer, startLoopbackServer } from '@piiguard/sdk/testing/server';
import { connectTeacher } from '@piiguard/teacher';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type KServeServer, startKServeServer } from '../../teacher/test/support/kserve-server.js';

// The hosted API down, a remote teacher on a loopback Triton (a real onnxruntime session on the
// tiny fixture) first in the fallback chain, the real pocket model after it.
const FIXTURE = fileURLToPath(new URL('../../teacher/fixtures/tiny', import.meta.url));

let api: LoopbackServer;
let triton: KServeServer;
const clients: PiiClient[] = [];

function client(): PiiClient {
  const c = new PiiClient({
    apiKey: 'sk-test',
    baseURL: api.url,
    maxRetries: 0,
    fallback: {
      mode: 'on-error',
      classifiers: [
        () =>
          connectTeacher({
            url: triton.url,
            engine: 'triton',
            name: 'pii',
            model: FIXTURE,
            maxRetries: 1,
            retryBaseDelayMs: 1,
            circuitBreaker: { consecutiveFailures: 2, halfOpenAfterMs: 60_000 },
          }),
        () => loadPocket(),
      ],
    },
  });
  clients.push(c);
  return c;
}

beforeAll(async () => {
  api = await startLoopbackServer();
  api.setFaults({ rules: [{ match: () => true, reply: { type: 'status', status: 503 } }] });
  triton = await startKServeServer({ folder: FIXTURE, name: 'pii' });
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await Promise.all([api.close(), triton.close()]);
});

describe('a remote teacher in the fallback chain before pocket', () => {
  it('answers while Triton is up, then pocket answers once it fails, and stats say so', async () => {
    const c = client();
    const first = await c.classify('my number is 555 0134 call me');
    expect(first).toMatchObject({ source: 'teacher', fallbackReason: 'server' });
    expect(c.stats().fallbacks[0]).toMatchObject({
      state: 'ready',
      kind: 'teacher',
      failures: 0,
      queueDepth: 0,
    });
    const inferRequests = () => triton.requests.filter((request) => request.path.endsWith('/infer')).length;
    const before = inferRequests();

    for (let i = 0; i < 10; i++) triton.faults.push({ status: 503 });
    const second = await c.classify('whats ur snap');
    expect(second.source).toBe('pocket');
    // Two failed batches (each with its retry) opened the teacher's circuit: no more requests.
    await c.classify('where do u live');
    expect(inferRequests() - before).toBe(4);
    const third = await c.classify('gg');
    expect(third.source).toBe('pocket');
    expect(inferRequests() - before).toBe(4);
    expect(c.stats().fallbacks[0]!.failures).toBe(3);
    expect(c.stats().bySource).toMatchObject({ teacher: 1, pocket: 3 });
    triton.faults.clear();
  });
});
