/**
 * Client CPU per request and requests/s of `PiiClient.classify()` (cache off) side by side with
 * ky called directly with the options piiguard gives it (its ky instance: headers, per-attempt
 * timeout, retries on POST with the same back-off, `redirect: 'manual'`, and its hooks, whose
 * answer hook reads the body bounded and timed inside ky's retry loop; per call a body, a signal,
 * a deadline timer and the call's context), the same ky options without hooks, raw `fetch` +
 * `JSON.parse`, and the official `openai` 6.x client, interleaved in one run against a loopback server in another process (pinned to
 * another core where `taskset` exists), plus the cost of a cache hit. The figure that matters is
 * piiguard ÷ ky: what piiguard's own layers (input policy, router, classifier base, bounded body
 * read, fail-closed parse) add over ky.
 *
 *   npx tsx bench/client-overhead.ts [--requests 3000] [--rounds 5]
 */
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import ky from 'ky';
import OpenAI from 'openai';
import { resolveFireworksOptions } from '../src/fireworks/options.js';
import { prepareRequest } from '../src/fireworks/request.js';
import { CallTracker } from '../src/http/call.js';
import { createKyInstance } from '../src/http/ky-instance.js';
import { RateLimitTracker } from '../src/http/rate-limit.js';
import { PiiClient } from '../src/index.js';
import { now } from '../src/internal/clock.js';
import { benchHeaders, chatBody, hasTaskset, startServer } from './support.js';

const args = new Map(process.argv.slice(2).map((a, i, all) => [a, all[i + 1]]));
const REQUESTS = Number(args.get('--requests') ?? 3000);
const ROUNDS = Number(args.get('--rounds') ?? 5);
const KEY = 'sk-bench';

type Call = (text: string) => Promise<unknown>;

function variants(url: string): Record<string, Call> {
  const client = new PiiClient({ apiKey: KEY, baseURL: url, cache: false });
  const openai = new OpenAI({ apiKey: KEY, baseURL: url, maxRetries: 2 });
  const endpoint = `${url}/chat/completions`;
  const headers = benchHeaders(KEY);
  const body = chatBody;
  const kyClient = ky.create({
    method: 'post',
    headers,
    timeout: 10_000,
    redirect: 'manual',
    retry: {
      limit: 2,
      methods: ['post'],
      statusCodes: [408, 409, 429, 500, 502, 503, 504],
      afterStatusCodes: [],
      backoffLimit: 8_000,
      delay: (n) => 500 * 2 ** (n - 1),
      jitter: (d) => d * (0.75 + 0.25 * Math.random()),
      retryOnTimeout: true,
    },
  });
  // piiguard's own ky instance (its options and hooks: bounded, timed body read), called directly.
  const options = resolveFireworksOptions({ apiKey: KEY, baseURL: url });
  const prepared = prepareRequest(options);
  const rateLimits = new RateLimitTracker();
  const http = createKyInstance(options, {
    headers: prepared.headers,
    now,
    onRetry: undefined,
    model: options.model,
    onResponse: (response) => rateLimits.observe(response),
  });
  const viaPiiguardKy = async (text: string) => {
    const stop = new AbortController();
    const deadline = setTimeout(() => stop.abort(), 30_000);
    const call = new CallTracker(now() + 30_000, 10_000);
    try {
      const response = await http.post(prepared.url, {
        body: prepared.body(text),
        signal: stop.signal,
        context: { call },
      });
      void response.body?.cancel();
      return JSON.parse(call.body ?? '');
    } finally {
      clearTimeout(deadline);
    }
  };
  const viaKy = async (text: string) => {
    const stop = new AbortController();
    const deadline = setTimeout(() => stop.abort(), 30_000);
    try {
      const response = await kyClient.post(endpoint, {
        body: JSON.stringify(body(text)),
        signal: stop.signal,
      });
      return JSON.parse(await response.text());
    } finally {
      clearTimeout(deadline);
    }
  };
  return {
    'raw fetch': async (text) => {
      const response = await fetch(endpoint, { method: 'POST', headers, body: JSON.stringify(body(text)) });
      return JSON.parse(await response.text());
    },
    'piiguard classify': (text) => client.classify(text),
    'openai 6': (text) => openai.chat.completions.create(body(text)),
    'ky, same options': viaPiiguardKy,
    'ky, no hooks': viaKy,
  };
}

async function measure(call: Call, requests: number, concurrency: number) {
  let next = 0;
  const worker = async () => {
    while (next < requests) {
      const i = next++;
      await call(`message number ${i} from the benchmark`);
    }
  };
  const cpu = process.cpuUsage();
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { cpuUsPerRequest: (used.user + used.system) / requests, rps: (requests / wallMs) * 1000 };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

async function cacheHitNs(url: string): Promise<number> {
  const client = new PiiClient({ apiKey: KEY, baseURL: url });
  const text = 'whats ur snap? meet me at the mall';
  await client.classify(text);
  const n = 200_000;
  for (let i = 0; i < 20_000; i++) await client.classify(text);
  const started = process.hrtime.bigint();
  for (let i = 0; i < n; i++) await client.classify(text);
  return Number(process.hrtime.bigint() - started) / n;
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const loadBefore = load();
const pin = hasTaskset();
if (pin) execFileSync('taskset', ['-cp', '0', String(process.pid)], { stdio: 'ignore' });
const { url, child } = await startServer(pin);
try {
  const calls = variants(url);
  for (const concurrency of [1, 32]) {
    for (const call of Object.values(calls)) await measure(call, 300, concurrency);
  }
  const results: Record<string, { cpu: number[]; rps: number[] }> = {};
  for (const concurrency of [1, 32]) {
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, call] of Object.entries(calls)) {
        const key = `${name} @${concurrency}`;
        const m = await measure(call, concurrency === 1 ? Math.ceil(REQUESTS / 3) : REQUESTS, concurrency);
        results[key] ??= { cpu: [], rps: [] };
        results[key].cpu.push(m.cpuUsPerRequest);
        results[key].rps.push(m.rps);
      }
    }
  }
  console.log(
    `node ${process.version}, ${ROUNDS} interleaved rounds, taskset: ${pin ? 'client core 0, server core 1' : 'unavailable'}, load average ${loadBefore} → ${load()}`,
  );
  console.log('variant                    CPU µs/req   ×raw    req/s');
  for (const concurrency of [1, 32]) {
    const raw = median(results[`raw fetch @${concurrency}`]!.cpu);
    for (const name of Object.keys(calls)) {
      const r = results[`${name} @${concurrency}`]!;
      const cpu = median(r.cpu);
      console.log(
        `${`${name} @${concurrency}`.padEnd(26)} ${cpu.toFixed(1).padStart(10)} ${(cpu / raw).toFixed(2).padStart(6)} ${median(r.rps).toFixed(0).padStart(8)}`,
      );
    }
  }
  for (const concurrency of [1, 32]) {
    const ours = median(results[`piiguard classify @${concurrency}`]!.cpu);
    const kyOnly = median(results[`ky, same options @${concurrency}`]!.cpu);
    console.log(`piiguard ÷ ky @${concurrency}: ${(ours / kyOnly).toFixed(2)} (target ≤ 1.15)`);
  }
  console.log(`cache hit through classify(): ${(await cacheHitNs(url)).toFixed(0)} ns`);
} finally {
  child.kill('SIGTERM');
}
