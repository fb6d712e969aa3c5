/**
 * Teacher throughput on CPU, three ways side by side on the XLM-R-large-width fixture:
 *   (a) one session.run per message, (b) loadTeacher's dynamic batching, (c) transformers'
 *   pipeline('text-classification'); each serving the same messages from 64 concurrent callers.
 * Also: useful GFLOP/s (real tokens only, padding excluded) against the matmul peak that
 * onnxruntime itself reaches here on a MatMul-only graph of the same GEMM shapes.
 *
 *   npx tsx bench/throughput.ts [--messages 256] [--callers 64] [--rounds 3] [--layers 2]
 */
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { AutoTokenizer, env, pipeline } from '@huggingface/transformers';
import { InferenceSession, Tensor } from 'onnxruntime-node';
import { buildFixture } from '../scripts/fixture/build.js';
import { WORDS } from '../scripts/fixture/words.js';
import { loadTeacher } from '../src/index.js';
import { NO_SPINNING } from '../src/session.js';
import { buildMatMulModel } from './matmul-model.js';

const { values } = parseArgs({
  options: {
    messages: { type: 'string', default: '256' },
    callers: { type: 'string', default: '64' },
    layers: { type: 'string', default: '2' },
    rounds: { type: 'string', default: '3' },
  },
});
const MESSAGES = Number(values.messages);
const CALLERS = Number(values.callers);
const ROUNDS = Number(values.rounds);

env.allowRemoteModels = false;
env.localModelPath = '/';

const dir = fileURLToPath(new URL('../fixtures/large', import.meta.url));
if (!existsSync(join(dir, 'onnx/model.onnx'))) {
  console.log(`building the large fixture into ${dir} ...`);
  buildFixture({ out: dir, size: 'large', layers: Number(values.layers) });
}
const config = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'));
const H: number = config.hidden_size;
const I: number = config.intermediate_size;
const LAYERS: number = config.num_hidden_layers;

/** Forward FLOPs of one sequence of `n` tokens: projections, attention, feed-forward. */
const flops = (n: number) => LAYERS * (2 * n * 4 * H * H + 2 * n * 2 * H * I + 2 * 2 * n * n * H);

// Chat-like messages: mostly short, some long (3–120 words), seeded.
let seed = 42;
const random = () => {
  seed = (seed * 48_271) % 2_147_483_647;
  return seed / 2_147_483_647;
};
const messages = Array.from({ length: MESSAGES }, () => {
  const words = random() < 0.8 ? 3 + Math.floor(random() * 30) : 30 + Math.floor(random() * 90);
  return Array.from({ length: words }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
});
const tokenizer = await AutoTokenizer.from_pretrained(dir, { local_files_only: true });
const tokens = messages.map((m) => tokenizer.encode(m).length);
const usefulFlops = tokens.reduce((sum, n) => sum + flops(n), 0);

interface Sample {
  seconds: number;
  latencies: number[];
}

/** Serves every message from `CALLERS` concurrent callers; each caller sends its next when answered. */
async function serve(classify: (text: string) => Promise<unknown>): Promise<Sample> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CALLERS }, async () => {
      while (next < messages.length) {
        const text = messages[next++]!;
        const t = performance.now();
        await classify(text);
        latencies.push(performance.now() - t);
      }
    }),
  );
  return { seconds: (performance.now() - started) / 1000, latencies };
}

/** The same session options the teacher uses, so (a) differs from (b) only by batching and the worker. */
const sessionOptions: InferenceSession.SessionOptions = {
  executionProviders: ['cpu'],
  graphOptimizationLevel: 'all',
  extra: NO_SPINNING,
};

const PEAK_ROWS = 2048;
const matmul = await InferenceSession.create(buildMatMulModel(H, I, 2), sessionOptions);
const matmulInput = new Tensor('float32', new Float32Array(PEAK_ROWS * H).fill(0.01), [PEAK_ROWS, H]);
/** Best GFLOP/s of a few MatMul-only runs, sampled between the modes as the machine's load changes. */
async function matmulPeak(): Promise<number> {
  let best = 0;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    await matmul.run({ x: matmulInput });
    best = Math.max(best, (2 * 2 * 2 * PEAK_ROWS * H * I) / ((performance.now() - t) / 1000) / 1e9);
  }
  return best;
}

const session = await InferenceSession.create(join(dir, 'onnx/model.onnx'), sessionOptions);
const tensor = (values: number[]) =>
  new Tensor('int64', BigInt64Array.from(values, BigInt), [1, values.length]);
const teacher = await loadTeacher({ model: dir, device: 'cpu', workerNice: 0 });
const classifier = await pipeline('text-classification', dir, { device: 'cpu', dtype: 'fp32' });

const modes: Record<string, (text: string) => Promise<unknown>> = {
  '(a) one session.run per message': async (text) => {
    const ids = tokenizer.encode(text);
    await session.run({ input_ids: tensor(ids), attention_mask: tensor(ids.map(() => 1)) });
  },
  '(b) loadTeacher, dynamic batching': (text) => teacher.classify(text),
  "(c) pipeline('text-classification')": (text) => classifier(text, { top_k: null }),
};

console.log(
  `fixture: hidden ${H}, intermediate ${I}, ${LAYERS} layers; ${MESSAGES} messages ` +
    `(${Math.min(...tokens)}–${Math.max(...tokens)} tokens, mean ${(tokens.reduce((a, b) => a + b) / tokens.length).toFixed(1)}), ` +
    `${CALLERS} callers, ${ROUNDS} interleaved rounds; ${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(2)}`,
);
for (const classify of Object.values(modes)) for (const text of messages.slice(0, 4)) await classify(text); // warm-up

// Rounds interleave the modes so that a change in the (shared) machine's load hits all of them.
const samples = new Map<string, Sample[]>(Object.keys(modes).map((name) => [name, []]));
let peak = 0;
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, classify] of Object.entries(modes)) {
    peak = Math.max(peak, await matmulPeak());
    samples.get(name)!.push(await serve(classify));
  }
}
peak = Math.max(peak, await matmulPeak());
await Promise.all([session.release(), matmul.release(), teacher.close(), classifier.dispose()]);

const figures = [...samples].map(([name, runs]) => {
  const seconds = runs.reduce((sum, r) => sum + r.seconds, 0);
  const latencies = runs.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  const perSecond = (runs.length * messages.length) / seconds;
  return {
    name,
    perSecond,
    p50: at(0.5),
    p99: at(0.99),
    gflops: (runs.length * usefulFlops) / seconds / 1e9,
  };
});
const [single, batched, piped] = figures as [(typeof figures)[0], (typeof figures)[0], (typeof figures)[0]];

console.log(
  `\nonnxruntime matmul peak: ${peak.toFixed(1)} GFLOP/s ([${PEAK_ROWS} x ${H}] x [${H} x ${I}] and back)\n`,
);
console.log('mode                                  msg/s   p50 ms   p99 ms   useful GFLOP/s   % of peak');
for (const f of figures) {
  console.log(
    `${f.name.padEnd(36)} ${f.perSecond.toFixed(1).padStart(6)} ${f.p50.toFixed(0).padStart(8)} ${f.p99.toFixed(0).padStart(8)} ` +
      `${f.gflops.toFixed(1).padStart(16)} ${((100 * f.gflops) / peak).toFixed(0).padStart(10)}%`,
  );
}
console.log(
  `\n(b)/(a) = ${(batched.perSecond / single.perSecond).toFixed(2)}x (target >= 1.6)   ` +
    `(b)/(c) = ${(batched.perSecond / piped.perSecond).toFixed(2)}x (target >= 1.7)   ` +
    `(b) at ${((100 * batched.gflops) / peak).toFixed(0)}% of matmul peak (target >= 85%)   ` +
    `load average after: ${loadavg()[0]!.toFixed(2)}`,
);
