/**
 * A fixed classify() workload for CPU profiling (cache off, concurrency 32, server in its own
 * process). See README "Benchmarks" for the command:
 *
 *   taskset -c 0 node --import tsx --cpu-prof --cpu-prof-dir=/tmp/prof bench/profile-classify.ts
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { PiiClient } from '../src/index.js';

const REQUESTS = Number(process.argv[2] ?? 8000);
const script = fileURLToPath(new URL('./loopback-server.ts', import.meta.url));
const child = spawn(process.execPath, ['--import', 'tsx', script], { stdio: ['ignore', 'pipe', 'inherit'] });
const [chunk] = (await once(child.stdout!, 'data')) as [Buffer];
const client = new PiiClient({ apiKey: 'sk-bench', baseURL: chunk.toString().trim(), cache: false });
let next = 0;
const worker = async () => {
  while (next < REQUESTS) await client.classify(`message ${next++}`);
};
await Promise.all(Array.from({ length: 32 }, worker));
child.kill('SIGTERM');
