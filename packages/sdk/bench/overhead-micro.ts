/**
 * Client-side CPU of one classification with the network taken out: `fetch` is replaced by a
 * function returning a ready Response, so what remains is request building, ky, parsing and the
 * client's own layers. Complements client-overhead.ts when hunting where time goes.
 *
 *   npx tsx bench/overhead-micro.ts
 */

import { FireworksClassifier, PiiClient } from '../src/index.js';
import { chatCompletion } from '../src/testing/index.js';

const BODY = JSON.stringify(chatCompletion({ label: 'asking' }));
const cannedFetch = async () =>
  new Response(BODY, { status: 200, headers: { 'content-type': 'application/json' } });

async function time(name: string, call: (i: number) => Promise<unknown>, n = 30_000) {
  for (let i = 0; i < 3_000; i++) await call(i);
  const cpu = process.cpuUsage();
  const batch = 32;
  for (let i = 0; i < n; i += batch) await Promise.all(Array.from({ length: batch }, (_, j) => call(i + j)));
  const used = process.cpuUsage(cpu);
  console.log(`${name.padEnd(34)} ${((used.user + used.system) / n).toFixed(2).padStart(8)} µs/call`);
}

const classifier = new FireworksClassifier({
  apiKey: 'k',
  baseURL: 'http://127.0.0.1:9/v1',
  fetch: cannedFetch,
});
const client = new PiiClient({
  apiKey: 'k',
  baseURL: 'http://127.0.0.1:9/v1',
  fetch: cannedFetch,
  cache: false,
});
for (let round = 0; round < 2; round++) {
  await time('canned fetch + text + JSON.parse', async () => JSON.parse(await (await cannedFetch()).text()));
  await time('FireworksClassifier.classify', (i) => classifier.classify([`message ${i}`]));
  await time('PiiClient.classify (cache off)', (i) => client.classify(`message ${i}`));
}
