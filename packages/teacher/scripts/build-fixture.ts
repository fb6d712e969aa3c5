/**
 * Builds an XLM-R sequence-classification fixture model in Hugging Face layout.
 *
 *   npx tsx scripts/build-fixture.ts --size tiny                  # → fixtures/tiny (committed)
 *   npx tsx scripts/build-fixture.ts --size large                 # → fixtures/large (gitignored)
 *   npx tsx scripts/build-fixture.ts --out DIR [--seed N] [--layers N] [--swap-labels]
 *       [--token-type-ids] [--external-data] [--labels a,b,...] [--no-signal] [--v2]
 *       [--safetensors F32|F16|BF16 [--shards N] [--no-onnx]]
 */
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  type BuildFixtureOptions,
  type BuiltFixture,
  buildFixture,
  FIXTURE_SIZES,
  type FixtureSize,
} from './fixture/build.js';
import { addSafetensors, type FixtureDtype } from './fixture/safetensors.js';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'tiny' },
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
    layers: { type: 'string' },
    'swap-labels': { type: 'boolean', default: false },
    'token-type-ids': { type: 'boolean', default: false },
    'external-data': { type: 'boolean', default: false },
    labels: { type: 'string' },
    'no-signal': { type: 'boolean', default: false },
    v2: { type: 'boolean', default: false },
    safetensors: { type: 'string' },
    shards: { type: 'string', default: '1' },
    'no-onnx': { type: 'boolean', default: false },
  },
  strict: true,
});

const size = values.size as FixtureSize;
if (!(size in FIXTURE_SIZES)) {
  console.error(`--size must be one of ${Object.keys(FIXTURE_SIZES).join(', ')}`);
  process.exit(2);
}
const toInteger = (flag: string, text: string): number => {
  const value = Number(text);
  if (!Number.isInteger(value)) {
    console.error(`--${flag} must be an integer, got ${text}`);
    process.exit(2);
  }
  return value;
};
const options: BuildFixtureOptions = {
  out: resolve(values.out ?? new URL(`../fixtures/${size}`, import.meta.url).pathname),
  size,
  seed: toInteger('seed', values.seed),
  ...(values.layers === undefined ? {} : { layers: toInteger('layers', values.layers) }),
  swapLabels: values['swap-labels'],
  tokenTypeIds: values['token-type-ids'],
  externalData: values['external-data'],
  ...(values.labels === undefined ? {} : { labels: values.labels.split(',').map((l) => l.trim()) }),
  signal: !values['no-signal'],
  shape: values.v2 ? 'v2' : 'v1',
};
const started = performance.now();
let built: BuiltFixture;
try {
  built = buildFixture(options);
} catch (error) {
  if (!(error instanceof RangeError)) throw error;
  console.error(error.message);
  process.exit(2);
}
const { hiddenSize, numHiddenLayers, numAttentionHeads, intermediateSize, vocabSize } = built.dims;
console.log(
  `${built.dir}: hidden ${hiddenSize}, ${numHiddenLayers} layers, ${numAttentionHeads} heads, ` +
    `intermediate ${intermediateSize}, vocab ${vocabSize}, labels ${built.labels.join(',')}, ` +
    `inputs ${built.inputs.join(',')} (${Math.round(performance.now() - started)} ms)`,
);
for (const file of built.files)
  console.log(`  ${file.path.padEnd(26)} ${file.bytes.toLocaleString('en-US')} bytes`);
if (values.safetensors !== undefined) {
  const dtype = values.safetensors as FixtureDtype;
  if (!['F32', 'F16', 'BF16'].includes(dtype)) {
    console.error('--safetensors must be F32, F16 or BF16');
    process.exit(2);
  }
  const shards = toInteger('shards', values.shards);
  for (const file of addSafetensors(built, { dtype, shards, onnx: values['no-onnx'] ? 'remove' : 'keep' }))
    console.log(`  ${file.padEnd(26)} ${statSync(join(built.dir, file)).size.toLocaleString('en-US')} bytes`);
}
