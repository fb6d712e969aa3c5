/**
 * A fixed workload for CPU profiling: 32 concurrent callers against the loopback server in its own
 * process, either through `classify()` (cache off) or through raw `fetch` + `JSON.parse` (`raw`).
 * Profile both and compare (README, "Where the time goes"):
 *
 *   taskset -c 0 node --import tsx --cpu-prof --cpu-prof-dir=/tmp/prof-sdk bench/profile-classify.ts 12000
 *   taskset -c 0 node --import tsx --cpu-prof --cpu-prof-dir=/tmp/prof-raw bench/profile-classify.ts 12000 raw
 *   npx speedscope /tmp/prof-sdk/*.cpuprofile   (or load it in Chrome DevTools)
 */
import { PiiClient } from '../src/index.js';
import { benchHeaders, chatBody, hasTaskset, startServer } from './support.js';

const REQUESTS = Number(process.argv[2] ?? 12_000);
const RAW = process.argv[3] === 'raw';
// The server gets core 1 where taskset exists, so that its CPU time never shows up in this profile
// (the profiler samples wall time, and a server sharing the client's core stalls it in `writev`).
const { url, child } = await startServer(hasTaskset());
const client = new PiiClient({ apiKey: 'sk-bench', baseURL: url, cache: false });
const headers = benchHeaders('sk-bench');
const raw = async (text: string) => {
  const body = JSON.stringify(chatBody(text));
  const response = await fetch(`${url}/chat/completions`, { method: 'POST', headers, body });
  return JSON.parse(await response.text());
};
const call = RAW ? raw : (text: string) => client.classify(text);
let next = 0;
const worker = async () => {
  while (next < REQUESTS) await call(`message ${next++}`);
};
await Promise.all(Array.from({ length: 32 }, worker));
child.kill('SIGTERM');
