/**
 * Reliability run: 20,000 classifications at concurrency 32 with `fallback.mode: 'on-error'` against a
 * loopback chat-completions server that fails on purpose: 30% 5xx, 10% connection resets, latency
 * spikes, and a total outage (every connection dropped) in the middle. The fallback chain is the real
 * teacher on the tiny XLM-R fixture (worker thread + onnxruntime-node, CPU), then the pocket model.
 *
 *   pnpm build && cd packages/integration && npx tsx --expose-gc bench/reliability.ts
 *
 * Env overrides for a quick try: RELIABILITY_N, RELIABILITY_SECONDS (pacing), RELIABILITY_OUTAGE_S.
 */
import { fileURLToPath } from 'node:url';
import { loadPocket } from '@piiguard/pocket';
import { type ClassifyResult, type Outcome, PiiClient, toPiiguardError } from '@piiguard/sdk';
import { startLoopbackServer } from '@piiguard/sdk/testing/server';
import { loadTeacher } from '@piiguard/teacher';

const N = Number(process.env.RELIABILITY_N ?? 20_000);
const RUN_S = Number(process.env.RELIABILITY_SECONDS ?? 150);
const OUTAGE_S = Number(process.env.RELIABILITY_OUTAGE_S ?? 60);
const CONCURRENCY = 32;
const CACHE_ENTRIES = 5_000;
const FIXTURE = fileURLToPath(new URL('../../teacher/fixtures/tiny', import.meta.url));

let unhandled = 0;
process.on('unhandledRejection', () => {
  unhandled += 1;
});

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
function heap(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
}
function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

// Messages: mostly distinct (so the cache cannot hide the faults), one in ten a repeat.
const TEMPLATES = [
  'whats ur snap {i}',
  'my email is user{i}@example.com',
  'gg wp round {i}',
  'what school do u go to {i}',
  'add me on discord kim#{i}',
  'nice build, see you in match {i}',
];
const texts = Array.from({ length: N }, (_, i) =>
  (TEMPLATES[i % TEMPLATES.length] as string).replace('{i}', String(i % 10 === 9 ? i % 500 : i)),
);

let outage = false;
const server = await startLoopbackServer({
  faults: {
    latencyMs: 2,
    label: 'none',
    rules: [
      { match: () => outage, reply: { type: 'reset' } },
      { match: () => Math.random() < 0.3, reply: { type: 'status', status: 503 } },
      { match: () => Math.random() < 0.1 / 0.7, reply: { type: 'reset' } },
      { match: () => Math.random() < 0.03, reply: { type: 'answer', label: 'asking', delayMs: 1_500 } },
    ],
  },
});

const client = new PiiClient({
  apiKey: 'sk-loopback',
  baseURL: server.url,
  cache: { maxEntries: CACHE_ENTRIES },
  concurrency: CONCURRENCY,
  retryBaseDelayMs: 100,
  fallback: {
    mode: 'on-error',
    classifiers: [() => loadTeacher({ model: FIXTURE, device: 'cpu' }), () => loadPocket()],
    circuitBreaker: { consecutiveFailures: 5, halfOpenAfterMs: 5_000 },
  },
});
const circuit: string[] = [];
client.on('circuit', (e) => circuit.push(`${((performance.now() - t0) / 1000).toFixed(1)}s ${e.state}`));

const heapBefore = heap();
const outcomes: (Outcome<ClassifyResult> | undefined)[] = new Array(N);
let settledTwice = 0;
const latencies: number[] = [];
const t0 = performance.now();
const outageFrom = (RUN_S - OUTAGE_S) / 2;
const timers = [
  setTimeout(() => {
    outage = true;
  }, outageFrom * 1000),
  setTimeout(
    () => {
      outage = false;
    },
    (outageFrom + OUTAGE_S) * 1000,
  ),
];

// Paced arrivals (N over RUN_S seconds) served by CONCURRENCY workers, so at most that many are in flight.
let next = 0;
async function worker(): Promise<void> {
  while (next < N) {
    const i = next++;
    const wait = t0 + (i * RUN_S * 1000) / N - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const started = performance.now();
    let outcome: Outcome<ClassifyResult>;
    try {
      outcome = { ok: true, value: await client.classify(texts[i] as string) };
    } catch (error) {
      outcome = { ok: false, error: toPiiguardError(error) };
    }
    latencies.push(performance.now() - started);
    if (outcomes[i] !== undefined) settledTwice += 1;
    outcomes[i] = outcome;
  }
}
const pending = Array.from({ length: CONCURRENCY }, () => worker());
await Promise.all(pending);
const wallS = (performance.now() - t0) / 1000;
for (const t of timers) clearTimeout(t);
const stats = client.stats();
const heapAfterRun = heap();
await client.close();
await server.close();
const heapAfterClose = heap();

const lost = outcomes.filter((o) => o === undefined).length;
const bySource: Record<string, number> = {};
const errors: Record<string, number> = {};
for (const o of outcomes) {
  if (!o) continue;
  if (o.ok) bySource[o.value.source] = (bySource[o.value.source] ?? 0) + 1;
  else errors[o.error.kind] = (errors[o.error.kind] ?? 0) + 1;
}
latencies.sort((a, b) => a - b);

console.log(`reliability run: ${N} classifications, concurrency ${CONCURRENCY}, mode on-error`);
console.log(`fallback chain: tiny XLM-R teacher fixture (onnxruntime-node, cpu) -> pocket model`);
console.log(
  `faults: 30% 503, 10% resets, 3% +1.5 s spikes; total outage ${outageFrom.toFixed(0)}s..${(outageFrom + OUTAGE_S).toFixed(0)}s`,
);
console.log(`wall time                 ${wallS.toFixed(1)} s`);
console.log(`outcomes                  ${N - lost} of ${N} (lost ${lost}, settled twice ${settledTwice})`);
console.log(`unhandled rejections      ${unhandled}`);
console.log(`results by source         ${JSON.stringify(bySource)}`);
console.log(`errors by kind            ${JSON.stringify(errors)}`);
console.log(`fallbacks by reason       ${JSON.stringify(stats.fallbacksByReason)}`);
console.log(`API failures seen         ${JSON.stringify(stats.apiErrorsByKind)}`);
console.log(
  `server                    ${server.stats.requests} requests, ${JSON.stringify(server.stats.byStatus)}, ${server.stats.resets} resets`,
);
console.log(`circuit                   ${circuit.join(', ') || 'never opened'}`);
console.log(
  `latency p50 / p99 / max   ${percentile(latencies, 50).toFixed(1)} / ${percentile(latencies, 99).toFixed(1)} / ${(latencies.at(-1) ?? 0).toFixed(1)} ms`,
);
const gcNote = (globalThis as { gc?: unknown }).gc ? '' : '; run with --expose-gc for exact figures';
console.log(
  `heap before / after run / after close  ${mb(heapBefore)} / ${mb(heapAfterRun)} / ${mb(heapAfterClose)} ` +
    `(cache bounded at ${CACHE_ENTRIES} entries, full after the run, cleared by close${gcNote})`,
);
const ok = lost === 0 && settledTwice === 0 && unhandled === 0;
console.log(ok ? 'PASS: every input got exactly one outcome' : 'FAIL');
process.exitCode = ok ? 0 : 1;
