/**
 * Where client CPU goes, with the network taken out: `fetch` is a function returning a ready
 * Response, so what remains is request building, ky, parsing and the client's layers. Each line
 * adds one layer; process.cpuUsage per call, medians of interleaved rounds, 32 calls in flight.
 *
 *   taskset -c 0 npx tsx bench/overhead-micro.ts
 */
import ky from 'ky';
import { FireworksClassifier, PiiClient } from '../src/index.js';
import { chatCompletion } from '../src/testing/index.js';

const BODY = JSON.stringify(chatCompletion({ label: 'asking' }));
const canned = async (_input?: unknown, _init?: unknown) => new Response(BODY, { status: 200 });
const URL = 'http://127.0.0.1:9/v1/chat/completions';
const REQUEST = JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'Message: "x"' }] });

const bare = ky.create({ fetch: canned, retry: 0, timeout: false });
const retrying = ky.create({ fetch: canned, retry: { limit: 2, methods: ['post'] }, timeout: 10_000 });
const classifier = new FireworksClassifier({ apiKey: 'k', baseURL: 'http://127.0.0.1:9/v1', fetch: canned });
const client = new PiiClient({ apiKey: 'k', baseURL: 'http://127.0.0.1:9/v1', fetch: canned, cache: false });

const layers: Record<string, (i: number) => Promise<unknown>> = {
  'canned fetch + text + JSON.parse': async () =>
    JSON.parse(await (await canned(URL, { body: REQUEST })).text()),
  'ky.post, no retry/timeout/signal': async () => JSON.parse(await (await bare.post(URL)).text()),
  'ky.post + retry + timeout': async () => JSON.parse(await (await retrying.post(URL)).text()),
  'ky.post + retry + timeout + signal': async () =>
    JSON.parse(await (await retrying.post(URL, { signal: new AbortController().signal })).text()),
  'FireworksClassifier.classify': (i) => classifier.classify([`message ${i}`]),
  'PiiClient.classify (cache off)': (i) => client.classify(`message ${i}`),
};

async function cpuPerCall(call: (i: number) => Promise<unknown>, n = 20_000): Promise<number> {
  const cpu = process.cpuUsage();
  for (let i = 0; i < n; i += 32) await Promise.all(Array.from({ length: 32 }, (_, j) => call(i + j)));
  const used = process.cpuUsage(cpu);
  return (used.user + used.system) / n;
}

const samples = new Map<string, number[]>();
for (const call of Object.values(layers)) await cpuPerCall(call, 3_000);
for (let round = 0; round < 5; round++) {
  for (const [name, call] of Object.entries(layers)) {
    samples.set(name, [...(samples.get(name) ?? []), await cpuPerCall(call)]);
  }
}
const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] as number;
let previous = 0;
console.log('layer'.padEnd(38), 'µs/call'.padStart(8), 'added'.padStart(7));
for (const [name, values] of samples) {
  const m = median(values);
  console.log(
    name.padEnd(38),
    m.toFixed(1).padStart(8),
    (previous ? (m - previous).toFixed(1) : '').padStart(7),
  );
  previous = m;
}
