// One app replica, in its own process: a PiiClient whose cache is shared through Redis.
// Run by the tests with `node --import tsx`; reads its setup from the environment and prints one
// JSON line: each text's label and source, and stats().cache.
import { PiiClient } from '@piiguard/sdk';
import { RedisCacheStore } from '../src/index.js';

const store = new RedisCacheStore({ url: process.env.REDIS_URL });
const client = new PiiClient({
  apiKey: 'test-key',
  baseURL: process.env.BASE_URL,
  cache: { store, secret: process.env.CACHE_SECRET, ttlMs: 60_000 },
});
const texts = JSON.parse(process.env.TEXTS ?? '[]') as string[];
const results = [];
for (const text of texts) {
  const { label, source } = await client.classify(text);
  results.push({ label, source });
}
// Writes go out in the background: wait until every miss's answer is written before closing.
const written = () => {
  const shared = client.stats().cache?.shared;
  return !shared || shared.writes + shared.failures >= shared.misses;
};
while (!written()) await new Promise((resolve) => setTimeout(resolve, 1));
process.stdout.write(`${JSON.stringify({ results, cache: client.stats().cache })}\n`);
await client.close();
await store.close();
