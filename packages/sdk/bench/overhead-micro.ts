/**
 * Where client CPU goes, with the network taken out: `fetch` builds the `Request` undici's fetch
 * would build (so a signal's cost shows) and returns a ready Response; what remains is request
 * building, ky, parsing and the client's layers. The chain adds one layer per line; the last line
 * is ky used the usual way, for reference. process.cpuUsage per call, medians of interleaved
 * rounds, 32 calls in flight.
 *
 *   taskset -c 0 npx tsx bench/overhead-micro.ts
 */
import ky from 'ky';
import { FireworksClassifier, PiiClient } from '../src/index.js';
import { chatCompletion } from '../src/testing/index.js';

const BODY = JSON.stringify(chatCompletion({ label: 'asking' }));
const canned = async (input: string | URL | Request, init?: RequestInit) => {
  new Request(input, init);
  return new Response(BODY, { status: 200 });
};
const URL = 'http://127.0.0.1:9/v1/chat/completions';
const REQUEST = JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'Message: "x"' }] });
const INIT = { method: 'POST', body: REQUEST };

// ky as piiguard uses it: one instance, no per-call signal or timeout, a beforeRequest hook that
// sends the attempt (here: without a signal) and hands ky the Response.
const lean = ky.create({
  fetch: canned,
  timeout: false,
  retry: { limit: 2, methods: ['post'], delay: () => 0, shouldRetry: async () => false },
  hooks: { beforeRequest: [() => canned(URL, INIT)] },
});
const usual = ky.create({ fetch: canned, retry: { limit: 2, methods: ['post'] }, timeout: 10_000 });
const classifier = new FireworksClassifier({ apiKey: 'k', baseURL: 'http://127.0.0.1:9/v1', fetch: canned });
const client = new PiiClient({ apiKey: 'k', baseURL: 'http://127.0.0.1:9/v1', fetch: canned, cache: false });

const chain: Record<string, (i: number) => Promise<unknown>> = {
  'fetch (Request built) + text + JSON.parse': async () => JSON.parse(await (await canned(URL, INIT)).text()),
  'ky.post as piiguard uses it': async () => JSON.parse(await (await lean.post(URL)).text()),
  'FireworksClassifier.classifyBatch': (i) => classifier.classifyBatch([`message ${i}`]),
  'PiiClient.classify (cache off)': (i) => client.classify(`message ${i}`),
};
const reference: Record<string, (i: number) => Promise<unknown>> = {
  'ky.post usual (retry, timeout, signal)': async () =>
    JSON.parse(await (await usual.post(URL, { body: REQUEST, signal: new AbortController().signal })).text()),
};

async function cpuPerCall(call: (i: number) => Promise<unknown>, n = 20_000): Promise<number> {
  const cpu = process.cpuUsage();
  for (let i = 0; i < n; i += 32) {
    await Promise.all(Array.from({ length: 32 }, (_, j) => call(i + j)));
    // Nothing here does I/O: yield to the event loop as a real client would, so that timers and
    // the FinalizationRegistry cleanups of undici's Requests run (else the heap only grows).
    await new Promise((resolve) => setImmediate(resolve));
  }
  const used = process.cpuUsage(cpu);
  return (used.user + used.system) / n;
}

const all = { ...chain, ...reference };
const samples = new Map<string, number[]>();
for (const call of Object.values(all)) await cpuPerCall(call, 3_000);
for (let round = 0; round < 5; round++) {
  for (const [name, call] of Object.entries(all)) {
    samples.set(name, [...(samples.get(name) ?? []), await cpuPerCall(call)]);
  }
}
const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] as number;
let previous = 0;
console.log('layer'.padEnd(44), 'µs/call'.padStart(8), 'added'.padStart(7));
for (const name of Object.keys(all)) {
  const m = median(samples.get(name)!);
  const added = name in chain && previous ? (m - previous).toFixed(1) : '';
  console.log(name.padEnd(44), m.toFixed(1).padStart(8), added.padStart(7));
  if (name in chain) previous = m;
}
