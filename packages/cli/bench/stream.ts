/**
 * How fast `piiguard classify` streams through the hosted-API path: 5,000 messages (default) on stdin,
 * the loopback chat-completions server answering each after 5 ms, the built command as a process.
 * Prints, side by side for several --concurrency values, the time to the first row, the total
 * time and the rows per second, and each total relative to concurrency 1.
 *
 *   pnpm --filter @piiguard/cli build && npx tsx packages/cli/bench/stream.ts [--messages 20000] [--latency 5]
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startLoopbackServer } from '@piiguard/sdk/testing/server';

const { values } = parseArgs({ options: { messages: { type: 'string' }, latency: { type: 'string' } } });
const messages = Number(values.messages ?? 5_000);
const latencyMs = Number(values.latency ?? 5);
const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const input = Array.from({ length: messages }, (_, i) => `whats ur snap ${i}`).join('\n');

const server = await startLoopbackServer({
  faults: { latencyMs, rules: [{ match: 'snap', reply: 'asking' }] },
});

async function once(concurrency: number) {
  const started = performance.now();
  let first = Number.NaN;
  let rows = 0;
  const child = spawn(process.execPath, [MAIN, 'classify', '--concurrency', String(concurrency)], {
    env: { PATH: process.env.PATH ?? '', FIREWORKS_API_KEY: 'bench-key', FIREWORKS_BASE_URL: server.url },
  });
  child.stdout.on('data', (chunk: Buffer) => {
    if (Number.isNaN(first)) first = performance.now() - started;
    for (const byte of chunk) if (byte === 0x0a) rows += 1;
  });
  child.stdin.end(input);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const total = performance.now() - started;
  if (code !== 0 || rows !== messages)
    throw new Error(`concurrency ${concurrency}: exit ${code}, ${rows} rows`);
  return { concurrency, first, total, rate: messages / (total / 1000) };
}

const results = [];
for (const concurrency of [1, 16, 64]) results.push(await once(concurrency));
await server.close();
const base = results[0]!.total;
console.log(`${messages} messages, API latency ${latencyMs} ms, loopback server, built command`);
console.log('concurrency  first row ms  total s  rows/s  total vs concurrency 1');
for (const r of results) {
  console.log(
    `${String(r.concurrency).padStart(11)}  ${r.first.toFixed(0).padStart(12)}  ${(r.total / 1000).toFixed(1).padStart(7)}  ${r.rate.toFixed(0).padStart(6)}  ${(r.total / base).toFixed(2).padStart(5)}×`,
  );
}
