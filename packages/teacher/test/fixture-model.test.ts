import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AutoTokenizer, env } from '@huggingface/transformers';
import * as ort from 'onnxruntime-node';
import { afterAll, describe, expect, it } from 'vitest';
import { type BuildFixtureOptions, buildFixture } from '../scripts/fixture/build.js';
import { onnx } from '../scripts/fixture/onnx.js';
import { readFixtureWeights } from '../scripts/fixture/read.js';
import { referenceForward } from '../scripts/fixture/reference.js';
import { padBatch, runLogits } from '../scripts/fixture/testing.js';
import { tempDir } from './helpers.js';

env.allowRemoteModels = false;
env.localModelPath = '/';

const TINY = fileURLToPath(new URL('../fixtures/tiny', import.meta.url));
const TEXTS = [
  'my email is kim@example.com',
  'whats ur snap?',
  'this game is fun and we play it all day, see you tomorrow at the lobby!!',
  'Hello 🙂 wörld',
];
const temp = tempDir();
afterAll(temp.remove);

const listFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();

/** ORT logits and the TypeScript reference on the same right-padded batch, weights read from the file. */
async function compareWithReference(
  dir: string,
): Promise<{ ort: number[][]; reference: number[][]; paddedRows: number }> {
  const tokenizer = await AutoTokenizer.from_pretrained(dir);
  const rows = TEXTS.map((t) => Array.from(tokenizer(t).input_ids.data as BigInt64Array, Number));
  const session = await ort.InferenceSession.create(join(dir, 'onnx/model.onnx'));
  try {
    const logits = await runLogits(session, rows);
    const { ids, mask } = padBatch(rows);
    const reference = referenceForward(readFixtureWeights(dir), ids, mask).logits;
    return { ort: logits, reference, paddedRows: mask.filter((row) => row.includes(0)).length };
  } finally {
    await session.release();
  }
}

function expectClose(actual: number[][], expected: number[][], tolerance: number): void {
  expect(actual.length).toBe(expected.length);
  for (const [b, row] of actual.entries()) {
    expect(row.length).toBe(expected[b]!.length);
    for (const [i, v] of row.entries()) expect(Math.abs(v - expected[b]![i]!)).toBeLessThan(tolerance);
  }
}

describe('fixture model graph', () => {
  it('the committed tiny fixture matches the reference forward pass within 1e-4 on a padded batch', async () => {
    const { ort: logits, reference, paddedRows } = await compareWithReference(TINY);
    expectClose(logits, reference, 1e-4);
    expect(paddedRows).toBe(TEXTS.length - 1);
  });

  const variants: Array<[string, Omit<BuildFixtureOptions, 'out'>]> = [
    ['random weights only', { signal: false, seed: 7 }],
    ['token_type_ids input, external data', { tokenTypeIds: true, externalData: true }],
    ['3 layers, swapped labels', { layers: 3, swapLabels: true }],
    ['three other labels', { labels: ['toxic', 'spam', 'ok'] }],
    ['v2 shape (three heads, off-platform planted)', { shape: 'v2' }],
  ];
  it.each(variants)('variant "%s" matches the reference within 1e-4', async (name, options) => {
    const dir = join(temp.dir, name.replace(/\W+/g, '-'));
    const built = buildFixture({ out: dir, ...options });
    const { ort: logits, reference } = await compareWithReference(dir);
    expect(logits[0]!.length).toBe(built.labels.length);
    expectClose(logits, reference, 1e-4);
  });

  it('declares the inputs real exports use, with token_type_ids only on request', async () => {
    const plain = await ort.InferenceSession.create(join(TINY, 'onnx/model.onnx'));
    expect(plain.inputNames).toEqual(['input_ids', 'attention_mask']);
    expect(plain.outputNames).toEqual(['logits']);
    await plain.release();
    const built = buildFixture({ out: join(temp.dir, 'tt'), tokenTypeIds: true });
    const withTypes = await ort.InferenceSession.create(built.modelPath);
    expect(withTypes.inputNames).toEqual(['input_ids', 'attention_mask', 'token_type_ids']);
    await withTypes.release();
  });

  it('stores weights as ONNX external data (location, offset, length) when asked', () => {
    const dir = join(temp.dir, 'external');
    buildFixture({ out: dir, externalData: true });
    const model = onnx.ModelProto.decode(readFileSync(join(dir, 'onnx/model.onnx')));
    const external = (model.graph?.initializer ?? []).filter(
      (t) => t.dataLocation === onnx.TensorProto.DataLocation.EXTERNAL,
    );
    expect(external.length).toBeGreaterThan(10);
    const dataBytes = readFileSync(join(dir, 'onnx/model.onnx_data')).byteLength;
    for (const tensor of external) {
      const entries = Object.fromEntries((tensor.externalData ?? []).map((e) => [e.key, e.value]));
      expect(entries['location']).toBe('model.onnx_data');
      expect(Number(entries['offset']) % 4096).toBe(0);
      expect(Number(entries['offset']) + Number(entries['length'])).toBeLessThanOrEqual(dataBytes);
      expect(tensor.rawData?.byteLength ?? 0).toBe(0);
    }
    expect(readFileSync(join(dir, 'onnx/model.onnx')).byteLength).toBeLessThan(dataBytes / 10);
  });
});

describe('fixture determinism', () => {
  it('the committed tiny fixture is exactly what the script builds (regenerable)', () => {
    const dir = join(temp.dir, 'regenerated');
    buildFixture({ out: dir, size: 'tiny' });
    expect(listFiles(dir)).toEqual(listFiles(TINY));
    for (const file of listFiles(TINY)) {
      expect(readFileSync(join(dir, file)).equals(readFileSync(join(TINY, file))), file).toBe(true);
    }
  });

  it('the same seed gives byte-identical files and another seed different weights', () => {
    const model = (seed: number, name: string) =>
      readFileSync(
        buildFixture({ out: join(temp.dir, name), seed, externalData: true }).modelPath.replace(/$/, '_data'),
      );
    expect(model(42, 'a').equals(model(42, 'b'))).toBe(true);
    expect(model(42, 'a').equals(model(43, 'c'))).toBe(false);
  });
});
