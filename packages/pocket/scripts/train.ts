/**
 * Trains the pocket model and writes `src/weights.generated.json`.
 *   npx tsx packages/pocket/scripts/train.ts [--check]
 * With `--check` it writes nothing and exits 1 if the result differs from the committed file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEFAULT_TRAIN_OPTIONS, train } from './train-core.js';

const target = fileURLToPath(new URL('../src/weights.generated.json', import.meta.url));
const started = performance.now();
const result = await train(DEFAULT_TRAIN_OPTIONS);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `trained ${result.model.id} in ${seconds} s; decision rule (logit offsets none/asking/giving) ${result.bias.join(' / ')}; dev accuracy ${(result.devAccuracy * 100).toFixed(2)}% (realistic mix)`,
);
if (process.argv.includes('--check')) {
  const same = readFileSync(target, 'utf8') === result.json;
  console.log(
    same ? 'committed weights are reproducible' : 'committed weights differ from a fresh training run',
  );
  process.exitCode = same ? 0 : 1;
} else {
  writeFileSync(target, result.json);
  console.log(`wrote ${target} (${result.json.length} bytes)`);
}
