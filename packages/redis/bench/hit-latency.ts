// Cache hit latency: the in-process cache vs the shared Redis store, side by side in one run.
//
//   pnpm build && cd packages/redis && tsx bench/hit-latency.ts [--texts 256] [--rounds 20]
//
// Starts its own redis-server on a free port (the Debian package's binary), fills the store
// through one PiiClient against the loopback API server, then times `classify` on texts that are
// (a) in the client's own cache and (b) only in Redis (a client whose in-process cache holds one
// entry, cycling through the texts, so every call misses locally and hits Redis). Sequential
// calls: the figure is one hit's latency, not throughput.
import { PiiClient } from '@piiguard/sdk';
import { startLoopbackServer } from '@piiguard/sdk/testing/server';
import { RedisCacheStore } from '../src/index.js';
import { redisServerBinary, startRedisServer } from '../test/redis-server.js';

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
};
const TEXTS = arg('texts', 256);
const ROUNDS = arg('rounds', 20);
const SECRET = 'bench-secret-of-at-least-16-bytes';

const binary = redisServerBinary();
if (!binary) {
  console.log('redis-server not found (apt-get install redis-server); nothing to measure.');
  process.exit(1);
}
const redis = await startRedisServer(binary);
const api = await startLoopbackServer();
const texts = Array.from({ length: TEXTS }, (_, i) => `message number ${i} of the bench, gg`);

const store = new RedisCacheStore({ url: redis.url });
const make = (maxEntries: number) =>
  new PiiClient({
    apiKey: 'bench',
    baseURL: api.url,
    cache: { maxEntries, ttlMs: 600_000, store, secret: SECRET },
  });
const local = make(TEXTS * 2);
for (const text of texts) await local.classify(text);
// Every write has reached Redis before the shared client starts.
while ((local.stats().cache?.shared?.writes ?? 0) < TEXTS) await new Promise((r) => setTimeout(r, 1));
const shared = make(1);

async function time(client: PiiClient): Promise<number[]> {
  const samples: number[] = [];
  for (const text of texts) {
    const started = performance.now();
    const result = await client.classify(text);
    samples.push(performance.now() - started);
    if (result.source !== 'cache') throw new Error('expected a cache hit');
  }
  return samples;
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
const localSamples: number[] = [];
const sharedSamples: number[] = [];
// Interleaved rounds, so that both see the same machine load.
await time(local);
await time(shared);
for (let round = 0; round < ROUNDS; round++) {
  localSamples.push(...(await time(local)));
  sharedSamples.push(...(await time(shared)));
}
localSamples.sort((a, b) => a - b);
sharedSamples.sort((a, b) => a - b);
const us = (ms: number) => `${(ms * 1000).toFixed(1)} µs`;
const row = (name: string, s: number[]) =>
  console.log(
    `${name.padEnd(24)} p50 ${us(quantile(s, 0.5)).padStart(10)}   p99 ${us(quantile(s, 0.99)).padStart(10)}`,
  );
console.log(`${TEXTS} texts × ${ROUNDS} rounds, sequential classify() hits, Node ${process.version}`);
row('in-process cache hit', localSamples);
row('Redis (loopback) hit', sharedSamples);
console.log(
  `ratio Redis / in-process: p50 ${(quantile(sharedSamples, 0.5) / quantile(localSamples, 0.5)).toFixed(0)}x, p99 ${(quantile(sharedSamples, 0.99) / quantile(localSamples, 0.99)).toFixed(0)}x`,
);
const stats = shared.stats().cache?.shared;
console.log(
  `shared client: ${stats?.hits} Redis hits, ${stats?.failures} failures; API requests during timing: ${api.stats.requests - TEXTS}`,
);

await local.close();
await shared.close();
await store.close();
await api.close();
await redis.stop();
