/**
 * The remote teacher's client against the in-process teacher, side by side in one run, on the same
 * v2-shaped XLM-R-large-width fixture and the same chat-like messages, with `--callers` concurrent
 * callers (each `classify(text)` of one message at a time):
 *   in-process: `loadTeacher` (worker thread + onnxruntime on this machine's cores);
 *   remote:     `connectTeacher` to a loopback KServe v2 (Triton) server in a separate process that
 *               runs the same model with onnxruntime (bench/support/serve-kserve.ts).
 * Reported per mode and round: throughput (messages/s), this process's CPU per message (the
 * client: host thread + worker thread, `process.cpuUsage`), and for the remote mode the server
 * process's CPU per message (from /proc). Both modes share the machine's cores with the server or
 * the model, so throughput is bounded by the model on this CPU either way; the client CPU is the
 * figure that says what a remote teacher costs an app replica.
 *
 *   npx tsx bench/remote.ts [--messages 256] [--callers 64] [--rounds 3] [--layers 2]
 *   npx tsx bench/remote.ts --url http://triton:8000 --name roblox-pii-v2 --model <folder or Hub id>
 *       (your own server, e.g. on a GPU: the in-process column still runs `--model` locally when it
 *       is a folder with weights; no server CPU column)
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildFixture } from '../scripts/fixture/build.js';
import { connectTeacher, loadTeacher, type Teacher } from '../src/index.js';
import { chatMessages } from './support/messages.js';

const { values } = parseArgs({
  options: {
    messages: { type: 'string', default: '256' },
    callers: { type: 'string', default: '64' },
    rounds: { type: 'string', default: '3' },
    layers: { type: 'string', default: '2' },
    url: { type: 'string' },
    name: { type: 'string', default: 'pii' },
    model: { type: 'string' },
  },
});
const MESSAGES = Number(values.messages);
const CALLERS = Number(values.callers);
const ROUNDS = Number(values.rounds);

const dir = values.model ?? fileURLToPath(new URL('../fixtures/large-v2', import.meta.url));
if (values.model === undefined && !existsSync(join(dir, 'onnx/model.onnx'))) {
  console.log(`building the large v2 fixture into ${dir} ...`);
  buildFixture({ out: dir, size: 'large', layers: Number(values.layers), shape: 'v2' });
}
const messages = chatMessages(MESSAGES);

/** CPU seconds of another process so far (utime + stime from /proc/<pid>/stat). */
function processCpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return ticks / 100;
}

async function startServer(): Promise<{ url: string; pid: number | undefined; stop(): void }> {
  if (values.url !== undefined) return { url: values.url, pid: undefined, stop: () => undefined };
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(new URL('./support/serve-kserve.ts', import.meta.url)), dir, 'pii'],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`the server exited (${code})`)));
  });
  return { url, pid: child.pid!, stop: () => child.stdin!.end() };
}

/** All messages through `teacher` by `CALLERS` concurrent callers; wall time and this process's CPU. */
async function drive(teacher: Teacher): Promise<{ seconds: number; cpuSeconds: number }> {
  let next = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CALLERS }, async () => {
      while (next < messages.length) {
        const result = await teacher.classify(messages[next++]!);
        if (result.source !== 'teacher') throw new Error('not answered by the teacher');
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  return { seconds, cpuSeconds: (used.user + used.system) / 1e6 };
}

const server = await startServer();
const inProcess = await loadTeacher({ model: dir, device: 'cpu' });
const remote = await connectTeacher({ url: server.url, engine: 'triton', name: values.name, model: dir });
// Warm both (first runs allocate).
await drive(inProcess);
await drive(remote);

console.log(
  `${MESSAGES} messages, ${CALLERS} callers, ${availableParallelism()} cores, load ${loadavg()[0]!.toFixed(2)}, fixture ${dir}`,
);
console.log('| round | mode | messages/s | client CPU ms/message | server CPU ms/message |');
console.log('| ---: | --- | ---: | ---: | ---: |');
const totals = { local: { s: 0, cpu: 0 }, remote: { s: 0, cpu: 0, server: 0 } };
for (let round = 1; round <= ROUNDS; round++) {
  const a = await drive(inProcess);
  totals.local.s += a.seconds;
  totals.local.cpu += a.cpuSeconds;
  console.log(
    `| ${round} | in-process | ${(MESSAGES / a.seconds).toFixed(1)} | ${((a.cpuSeconds * 1000) / MESSAGES).toFixed(2)} | – |`,
  );
  const serverBefore = server.pid === undefined ? 0 : processCpuSeconds(server.pid);
  const b = await drive(remote);
  const serverCpu = server.pid === undefined ? Number.NaN : processCpuSeconds(server.pid) - serverBefore;
  totals.remote.s += b.seconds;
  totals.remote.cpu += b.cpuSeconds;
  totals.remote.server += serverCpu;
  console.log(
    `| ${round} | remote (Triton) | ${(MESSAGES / b.seconds).toFixed(1)} | ${((b.cpuSeconds * 1000) / MESSAGES).toFixed(2)} | ${((serverCpu * 1000) / MESSAGES).toFixed(2)} |`,
  );
}
const n = MESSAGES * ROUNDS;
console.log(
  `\nall rounds: in-process ${(n / totals.local.s).toFixed(1)} msg/s at ${((totals.local.cpu * 1000) / n).toFixed(2)} ms CPU/msg; ` +
    `remote ${(n / totals.remote.s).toFixed(1)} msg/s at ${((totals.remote.cpu * 1000) / n).toFixed(2)} ms client CPU/msg ` +
    `(${((totals.remote.server * 1000) / n).toFixed(2)} ms server CPU/msg); ` +
    `client CPU remote ÷ in-process ${(totals.remote.cpu / totals.local.cpu).toFixed(3)}`,
);
await Promise.all([inProcess.close(), remote.close()]);
server.stop();
