/**
 * A fixed workload for CPU profiling: 32 concurrent callers against the loopback server in its own
 * process, either through `classify()` (cache off) or through raw `fetch` + `JSON.parse` (`raw`).
 * Profile both and compare (README, "Where the time goes"):
 *
 *   taskset -c 0 node --import tsx --cpu-prof --cpu-prof-dir=/tmp/prof-sdk bench/profile-classify.ts 12000
 *   taskset -c 0 node --import tsx --cpu-prof --cpu-prof-dir=/tmp/prof-raw bench/profile-classify.ts 12000 raw
 *   npx speedscope /tmp/prof-sdk/*.cpuprofile   (or load it in Chrome DevTools)
 */
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { DEFAULT_MODEL, DEFAULT_SYSTEM_PROMPT, PiiClient } from '../src/index.js';

function hasTaskset(): boolean {
  try {
    execFileSync('taskset', ['-V'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const REQUESTS = Number(process.argv[2] ?? 12_000);
const RAW = process.argv[3] === 'raw';
const script = fileURLToPath(new URL('./loopback-server.ts', import.meta.url));
// The server gets core 1 where taskset exists, so that its CPU time never shows up in this profile
// (the profiler samples wall time, and a server sharing the client's core stalls it in `writev`).
const serverArgs = [process.execPath, '--import', 'tsx', script];
const child = hasTaskset()
  ? spawn('taskset', ['-c', '1', ...serverArgs], { stdio: ['ignore', 'pipe', 'inherit'] })
  : spawn(serverArgs[0]!, serverArgs.slice(1), { stdio: ['ignore', 'pipe', 'inherit'] });
const [chunk] = (await once(child.stdout!, 'data')) as [Buffer];
const url = chunk.toString().trim();
const client = new PiiClient({ apiKey: 'sk-bench', baseURL: url, cache: false });
const headers = {
  authorization: 'Bearer sk-bench',
  'content-type': 'application/json',
  accept: 'application/json',
};
const raw = async (text: string) => {
  const body = JSON.stringify({
    model: DEFAULT_MODEL,
    temperature: 0,
    max_tokens: 4,
    logprobs: true,
    top_logprobs: 5,
    messages: [
      { role: 'system', content: DEFAULT_SYSTEM_PROMPT },
      { role: 'user', content: `Message: "${text}"` },
    ],
  });
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
