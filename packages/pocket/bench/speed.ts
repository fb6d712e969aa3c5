/**
 * Size and speed of the pocket model, printed side by side in one run:
 *   npx tsx packages/pocket/bench/speed.ts
 * - the weights file size (JSON with base64) and the int8 table inside it;
 * - median and p95 µs per message in Node, over generated messages (short and long mixed), after
 *   a warm-up: the model's synchronous scoring alone, and a whole `await pocket.classify(text)` call
 *   (input rules, promise and result object added); and the scoring over the hand-typed training
 *   sets of `packages/eval/data/independent` (lengths people typed, which do not move with the
 *   generator: about half the generated messages are longer than one 80-character window, and
 *   each further window costs another scoring, so the generated median sits on that edge);
 * - one 1 MB message (scored by the model: the classifier's default `maxTextLength` refuses it);
 * - the bytes `loadPocket` adds to a browser bundle (esbuild, platform browser, minified), raw and gzip.
 */
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { generateCorpus } from '../scripts/corpus/generate.js';
import { readHandTypedSet, TRAINING_SETS } from '../scripts/corpus/hand-written.js';
import { createModel, loadPocket } from '../src/load.js';
import type { PocketWeightsFile } from '../src/weights-file.js';

const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));

const weightsPath = here('../src/weights.generated.json');
const weights = JSON.parse(readFileSync(weightsPath, 'utf8')) as PocketWeightsFile;
const tableBytes = (1 << weights.bits) * 3;

const model = createModel(weights);
const pocket = await loadPocket();
const texts = generateCorpus(424242, 20_000).map((e) => e.text);
// Only the training sets: a held-out set stays one nothing has run a model on.
const typed = TRAINING_SETS.flatMap((set) => readHandTypedSet(set).map((e) => e.text));

/** Sorted µs per message of `score`, after a warm-up on the first tenth of the texts. */
async function timePerMessage(
  score: (text: string) => unknown,
  messages: readonly string[] = texts,
): Promise<number[]> {
  for (const t of messages.slice(0, 2000)) await score(t);
  const times: number[] = [];
  for (const t of messages) {
    const start = performance.now();
    // Awaited only when it is a promise, so the synchronous scoring is timed without a microtask.
    const pending = score(t);
    if (pending instanceof Promise) await pending;
    times.push((performance.now() - start) * 1000);
  }
  return times.sort((a, b) => a - b);
}
const median = (sorted: readonly number[]): number => sorted[Math.floor(sorted.length / 2)]!;
const p95 = (sorted: readonly number[]): number => sorted[Math.floor(sorted.length * 0.95)]!;
const scoring = await timePerMessage((t) => model.predict(t));
const calls = await timePerMessage((t) => pocket.classify(t));
const typedScoring = await timePerMessage((t) => model.predict(t), typed);
const meanChars = (list: readonly string[]) => list.reduce((n, t) => n + t.length, 0) / list.length;

const longText = `${'lol nice build bro '.repeat(55_000)}my snap is kimmy_22`;
const longStart = performance.now();
model.predict(longText);
const longMs = performance.now() - longStart;

const bundle = await build({
  stdin: {
    contents:
      "import { loadPocket } from './src/index.ts'; loadPocket().then((p) => p.classify('hi')).then(console.log);",
    resolveDir: here('..'),
    loader: 'ts',
  },
  bundle: true,
  minify: true,
  platform: 'browser',
  format: 'esm',
  write: false,
});
const code = bundle.outputFiles[0]!.contents;

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KiB`;
console.log(`model                     ${weights.id}`);
console.log(
  `weights file              ${kb(statSync(weightsPath).size)} (int8 table ${kb(tableBytes)}, 2^${weights.bits} rows × 3)`,
);
console.log(`messages timed            ${texts.length} (mean ${meanChars(texts).toFixed(0)} chars)`);
console.log(
  `scoring per message       median ${median(scoring).toFixed(1)} µs, p95 ${p95(scoring).toFixed(1)} µs`,
);
console.log(
  `classify(text) call       median ${median(calls).toFixed(1)} µs, p95 ${p95(calls).toFixed(1)} µs`,
);
console.log(
  `hand-typed messages       ${typed.length} (mean ${meanChars(typed).toFixed(0)} chars): scoring median ${median(typedScoring).toFixed(1)} µs, p95 ${p95(typedScoring).toFixed(1)} µs`,
);
console.log(`1 MB message              ${longMs.toFixed(0)} ms`);
console.log(`browser bundle (minified) ${kb(code.byteLength)} raw, ${kb(gzipSync(code).byteLength)} gzip`);
