// Shared-cache hit rate on a chat-like stream: 4 app replicas behind a round-robin balancer,
// each with its own in-process cache, with and without one Redis shared by all of them.
//
//   pnpm build && cd packages/redis && tsx bench/hit-rate.ts [--messages 20000] [--replicas 4]
//
// The stream is an estimate of live chat, not a recording: repeated messages are drawn from the
// 650 hand-typed messages of the game-chat evaluation set (packages/eval/data/independent) with a
// Zipf(1) popularity (a few phrases — "gg", "lol", "who took my kill" — carry most repeats), and
// a share of the stream is one-off messages that never recur (each distinct). The hit rate is
// what the clients count: API requests / messages, measured through real PiiClients, a real
// redis-server and the loopback API server.
import { readFileSync } from 'node:fs';
import { PiiClient } from '@piiguard/sdk';
import { startLoopbackServer } from '@piiguard/sdk/testing/server';
import { RedisCacheStore } from '../src/index.js';
import { redisServerBinary, startRedisServer } from '../test/redis-server.js';

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
};
const MESSAGES = arg('messages', 20_000);
const REPLICAS = arg('replicas', 4);
const SECRET = 'bench-secret-of-at-least-16-bytes';

const binary = redisServerBinary();
if (!binary) {
  console.log('redis-server not found (apt-get install redis-server); nothing to measure.');
  process.exit(1);
}
const corpus = readFileSync(new URL('../../eval/data/independent/game-chat.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => (JSON.parse(line) as { text: string }).text);

/** Deterministic (mulberry32), so every configuration sees the same stream. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function stream(oneOffShare: number): string[] {
  const next = random(42);
  // Popularity rank: a fixed shuffle of the corpus; weight of rank r is 1/r.
  const ranked = [...corpus].sort(() => next() - 0.5);
  const weights = ranked.map((_, r) => 1 / (r + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  let sum = 0;
  for (const w of weights) {
    sum += w / total;
    cumulative.push(sum);
  }
  return Array.from({ length: MESSAGES }, (_, i) => {
    if (next() < oneOffShare) return `${ranked[Math.floor(next() * ranked.length)]} #${i}`;
    const u = next();
    const at = cumulative.findIndex((c) => c >= u);
    return ranked[at === -1 ? ranked.length - 1 : at] as string;
  });
}

const redis = await startRedisServer(binary);
const api = await startLoopbackServer();

/** Store calls that failed or timed out, over the whole run (each costs a hit, never a message). */
let failures = 0;

async function measure(messages: string[], shared: boolean): Promise<number> {
  api.resetStats();
  const stores = shared
    ? Array.from({ length: REPLICAS }, () => new RedisCacheStore({ url: redis.url }))
    : [];
  const replicas = Array.from(
    { length: REPLICAS },
    (_, i) =>
      new PiiClient({
        apiKey: 'bench',
        baseURL: api.url,
        cache: {
          maxEntries: 10_000,
          ttlMs: 3_600_000,
          ...(shared ? { store: stores[i], secret: SECRET, storeTimeoutMs: 1_000 } : {}),
        },
      }),
  );
  // Round-robin, 8 messages in flight per replica: a balancer spreading live traffic.
  const queue = messages.map((text, i) => ({ text, replica: replicas[i % REPLICAS] as PiiClient }));
  await Promise.all(
    Array.from({ length: 8 * REPLICAS }, async () => {
      for (let item = queue.shift(); item; item = queue.shift()) await item.replica.classify(item.text);
    }),
  );
  const requests = api.stats.requests;
  // Background writes finish before the connections close.
  const pending = () =>
    replicas.some((replica) => {
      const s = replica.stats().cache?.shared;
      return s !== undefined && s.writes + s.failures < s.misses;
    });
  while (pending()) await new Promise((resolve) => setTimeout(resolve, 1));
  failures += replicas.reduce((n, replica) => n + (replica.stats().cache?.shared?.failures ?? 0), 0);
  await Promise.all(replicas.map((replica) => replica.close()));
  await Promise.all(stores.map((store) => store.close()));
  const flush = await import('redis').then(({ createClient }) => createClient({ url: redis.url }));
  await flush.connect();
  await flush.flushAll();
  await flush.close();
  return 1 - requests / messages.length;
}

console.log(
  `${MESSAGES} messages, ${REPLICAS} replicas (round-robin), 10,000 entries per replica, Zipf(1) over ${corpus.length} eval-set messages`,
);
console.log('one-off share   distinct   hit rate, per-replica caches   hit rate, + shared Redis');
for (const oneOff of [0.2, 0.4, 0.6]) {
  const messages = stream(oneOff);
  const distinct = new Set(messages).size;
  const local = await measure(messages, false);
  const shared = await measure(messages, true);
  const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
  console.log(
    `${pct(oneOff).padStart(13)} ${String(distinct).padStart(10)} ${pct(local).padStart(30)} ${pct(shared).padStart(26)}   (ceiling ${pct(1 - distinct / messages.length)})`,
  );
}
console.log(`shared-store calls that failed or timed out: ${failures}`);
await api.close();
await redis.stop();
