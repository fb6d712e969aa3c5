import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { ModelLoadError } from '@piiguard/sdk';
import { InferenceSession, Tensor } from 'onnxruntime-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuiltFixture, buildFixture } from '../scripts/fixture/build.js';
import { addSafetensors, safetensorsBytes, stateDict } from '../scripts/fixture/safetensors.js';
import { loadTeacher } from '../src/index.js';
import { convertedModel } from '../src/weights/convert.js';
import { TINY, tempDir } from './helpers.js';
import { resolveFiles } from './hub-helpers.js';
import { type HubServer, startHub } from './hub-server.js';

const TEXTS = [
  'whats ur snap?',
  'my email is kim@example.com',
  'gg that was fun',
  'add me on discord its kim#1234',
];

/** Two sequences, one right-padded, so the mask and the position ids are exercised. */
async function logits(modelPath: string): Promise<Float32Array> {
  const session = await InferenceSession.create(modelPath);
  try {
    const ids = [0, 120, 450, 7, 1300, 2, 0, 900, 33, 2, 1, 1];
    const mask = ids.map((_, i) => (i >= 10 ? 0 : 1));
    const feeds = {
      input_ids: new Tensor('int64', BigInt64Array.from(ids.map(BigInt)), [2, 6]),
      attention_mask: new Tensor('int64', BigInt64Array.from(mask.map(BigInt)), [2, 6]),
    };
    return (await session.run(feeds)).logits!.data as Float32Array;
  } finally {
    await session.release();
  }
}

const maxDifference = (a: Float32Array, b: Float32Array) => {
  expect(a.length).toBe(b.length);
  return Math.max(...Array.from(a, (v, i) => Math.abs(v - b[i]!)));
};

async function scores(model: string, assetsDir: string) {
  const teacher = await loadTeacher({ model, assetsDir, device: 'cpu' });
  try {
    return await teacher.classifyBatch(TEXTS);
  } finally {
    await teacher.close();
  }
}

describe('safetensors weights, converted to ONNX', () => {
  const temp = tempDir();
  let n = 0;
  const dir = (name: string) => join(temp.dir, `${name}-${n++}`);
  const assets = () => dir('assets');
  afterAll(() => temp.remove());

  /** A fixture folder with the same weights as ONNX (the "export") and as safetensors. */
  const both = (
    options: Parameters<typeof addSafetensors>[1] = {},
    build: Partial<Parameters<typeof buildFixture>[0]> = {},
  ) => {
    const built = buildFixture({ out: dir('model'), ...build });
    const written = addSafetensors(built, options);
    return {
      built,
      weightFiles: written.filter((f) => f.endsWith('.safetensors')).map((f) => join(built.dir, f)),
    };
  };
  const convert = (
    built: BuiltFixture,
    weightFiles: string[],
    assetsDir = assets(),
    inlineLimitBytes?: number,
  ) =>
    convertedModel(
      { configPath: join(built.dir, 'config.json'), weightFiles },
      { assetsDir, ...(inlineLimitBytes === undefined ? {} : { inlineLimitBytes }) },
    );

  it.each([
    ['F32', 1],
    ['F16', 1],
    ['BF16', 1],
    ['F32', 3],
    ['BF16', 2],
  ] as const)(
    '%s weights in %i file(s) score as the ONNX export of the same weights, within 1e-5',
    async (dtype, shards) => {
      const { built, weightFiles } = both({ dtype, shards });
      expect(weightFiles).toHaveLength(shards);
      const converted = await convert(built, weightFiles);
      expect(maxDifference(await logits(converted), await logits(built.modelPath))).toBeLessThan(1e-5);
    },
  );

  it('rounds F16 and BF16 for real: their logits differ from the float32 model', async () => {
    const { built } = both({ dtype: 'F32' });
    const half = both({ dtype: 'F16' });
    expect(maxDifference(await logits(half.built.modelPath), await logits(built.modelPath))).toBeGreaterThan(
      1e-6,
    );
  });

  it('writes external data (model.onnx_data) past the inline limit, with the same scores', async () => {
    const { built, weightFiles } = both({ dtype: 'F32' });
    const converted = await convert(built, weightFiles, assets(), 64 * 1024);
    const folder = join(converted, '..');
    expect(readdirSync(folder).sort()).toEqual(['model.onnx', 'model.onnx_data', 'piiguard-conversion.json']);
    expect(statSync(converted).size).toBeLessThan(64 * 1024);
    expect(maxDifference(await logits(converted), await logits(built.modelPath))).toBeLessThan(1e-5);
  });

  it('converts a three-head (v2-shaped) classifier: num_labels comes from classifier.out_proj', async () => {
    const labels = ['privacy_asking_for_pii', 'privacy_giving_pii', 'directing_users_off_platform'];
    const { built, weightFiles } = both({ dtype: 'F32' }, { labels });
    const converted = await logits(await convert(built, weightFiles));
    expect(converted).toHaveLength(2 * 3);
    expect(maxDifference(converted, await logits(built.modelPath))).toBeLessThan(1e-5);
  });

  it.each(['v1', 'v2'] as const)(
    'loads a safetensors-only %s-shaped folder through loadTeacher with the scores of its ONNX twin',
    async (shape) => {
      const onnx = both({ dtype: 'F32' }, { shape });
      const only = dir('only');
      cpSync(onnx.built.dir, only, { recursive: true });
      rmSync(join(only, 'onnx'), { recursive: true });
      const assetsDir = assets();
      const fromOnnx = await scores(onnx.built.dir, assetsDir);
      const fromSafetensors = await scores(only, assetsDir);
      const labels = fromSafetensors.map((o) => o.ok && o.value.label);
      expect(labels).toEqual(fromOnnx.map((o) => o.ok && o.value.label));
      expect(labels.slice(0, 3)).toEqual(['asking', 'giving', 'none']);
      fromSafetensors.forEach((outcome, i) => {
        const reference = fromOnnx[i]!;
        if (!outcome.ok || !reference.ok) throw new Error('a text failed');
        const expected = Object.entries(reference.value.teacherScores!);
        expect(expected.length).toBe(shape === 'v1' ? 2 : 3);
        for (const [head, score] of expected) {
          const converted = (outcome.value.teacherScores as unknown as Record<string, number>)[head]!;
          expect(Math.abs(converted - score)).toBeLessThan(1e-5);
        }
      });
    },
  );

  it('converts once per weights: reused by hash, converted again when the weights change', async () => {
    const { built, weightFiles } = both({ dtype: 'F32', onnx: 'remove' });
    const assetsDir = assets();
    const first = await convert(built, weightFiles, assetsDir);
    const written = statSync(first).mtimeMs;
    expect(await convert(built, weightFiles, assetsDir)).toBe(first);
    expect(statSync(first).mtimeMs).toBe(written);
    // A copy elsewhere with the same bytes shares the conversion.
    const copy = dir('copy');
    cpSync(built.dir, copy, { recursive: true });
    expect(await convert({ ...built, dir: copy }, [join(copy, 'model.safetensors')], assetsDir)).toBe(first);
    // Different weights (another seed) get their own graph.
    const other = buildFixture({ out: dir('other'), seed: 7 });
    addSafetensors(other, { onnx: 'remove' });
    const second = await convert(other, [join(other.dir, 'model.safetensors')], assetsDir);
    expect(second).not.toBe(first);
    expect(readdirSync(join(assetsDir, 'piiguard', 'onnx'))).toHaveLength(2);
  });

  it('converts again when a stored conversion was damaged, and removes conversions killed half-way', async () => {
    const { built, weightFiles } = both({ dtype: 'F32', onnx: 'remove' });
    const assetsDir = assets();
    const converted = await convert(built, weightFiles, assetsDir);
    truncateSync(converted, 1000);
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    const root = join(assetsDir, 'piiguard', 'onnx');
    const killed = join(root, `${'f'.repeat(64)}.${dead}.0badc0de.piiguard-tmp`);
    mkdirSync(killed);
    writeFileSync(join(killed, 'model.onnx'), 'half a graph');
    expect(await convert(built, weightFiles, assetsDir)).toBe(converted);
    expect(statSync(converted).size).toBeGreaterThan(1000);
    expect(readdirSync(root)).toHaveLength(1);
    expect(maxDifference(await logits(converted), await logits(TINY + '/onnx/model.onnx'))).toBeLessThan(
      1e-5,
    );
  });

  it('refuses a folder with only pytorch_model.bin, saying to use safetensors', async () => {
    const pickle = dir('pickle');
    cpSync(TINY, pickle, { recursive: true });
    rmSync(join(pickle, 'onnx'), { recursive: true });
    writeFileSync(join(pickle, 'pytorch_model.bin'), 'PK\x03\x04 a zip of pickles');
    const load = loadTeacher({ model: pickle, device: 'cpu' });
    await expect(load).rejects.toBeInstanceOf(ModelLoadError);
    await expect(load).rejects.toThrow(
      /only PyTorch pickle weights \(pytorch_model\.bin\), which piiguard never loads.*model\.safetensors/,
    );
  });

  it.each([
    ['truncated', (path: string) => truncateSync(path, statSync(path).size - 10), /truncated or padded/],
    [
      'not safetensors',
      (path: string) => writeFileSync(path, 'not a safetensors file at all'),
      /header length runs past the file/,
    ],
  ])('reports a %s model.safetensors without converting it', async (_, damage, message) => {
    const { built } = both({ onnx: 'remove' });
    damage(join(built.dir, 'model.safetensors'));
    const load = resolveFiles({ model: built.dir, assetsDir: assets() });
    await expect(load).rejects.toBeInstanceOf(ModelLoadError);
    await expect(load).rejects.toThrow(message);
  });

  it('names a missing, misshapen or unexpected tensor', async () => {
    const built = buildFixture({ out: dir('model') });
    const tensors = stateDict(built.weights);
    const write = (list: typeof tensors) =>
      writeFileSync(join(built.dir, 'model.safetensors'), safetensorsBytes(list, 'F32'));
    rmSync(join(built.dir, 'onnx'), { recursive: true });
    const failure = async () => {
      const error = await resolveFiles({ model: built.dir, assetsDir: assets() }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ModelLoadError);
      return (error as Error).message;
    };
    write(tensors.filter((t) => t.name !== 'classifier.dense.bias'));
    expect(await failure()).toMatch(/the weights lack classifier\.dense\.bias/);
    write(
      tensors.map((t) =>
        t.name === 'classifier.dense.weight' ? { ...t, shape: [t.shape[1]! / 2, t.shape[0]! * 2] } : t,
      ),
    );
    expect(await failure()).toMatch(/classifier\.dense\.weight has shape \[16, 64\], expected \[32, 32\]/);
    write([...tensors, { name: 'lm_head.bias', shape: [4], values: new Float32Array(4) }]);
    expect(await failure()).toMatch(
      /tensors an XLMRobertaForSequenceClassification with 2 layers does not use \(lm_head\.bias\)/,
    );
  });
});

describe('safetensors from the Hub', () => {
  const temp = tempDir();
  let hub: HubServer;
  beforeAll(async () => {
    const only = buildFixture({ out: join(temp.dir, 'only') });
    addSafetensors(only, { onnx: 'remove' });
    const sharded = buildFixture({ out: join(temp.dir, 'sharded') });
    addSafetensors(sharded, { onnx: 'remove', shards: 2, dtype: 'BF16' });
    const pickle = join(temp.dir, 'pickle');
    cpSync(TINY, pickle, { recursive: true });
    rmSync(join(pickle, 'onnx'), { recursive: true });
    writeFileSync(join(pickle, 'pytorch_model.bin'), readFileSync(join(TINY, 'onnx/model.onnx')));
    hub = await startHub({ 'test/only': only.dir, 'test/sharded': sharded.dir, 'test/pickle': pickle });
  });
  afterAll(async () => {
    await hub.close();
    temp.remove();
  });
  let n = 0;
  const fresh = (model: string) => {
    const cacheDir = join(temp.dir, `cache${n++}`);
    return {
      model,
      hubURL: hub.url,
      cacheDir,
      assetsDir: join(cacheDir, 'assets'),
      revision: hub.commit(model),
    };
  };

  it('downloads model.safetensors when the repo has no ONNX graph, converts it, and loads later with no request', async () => {
    const options = fresh('test/only');
    const files = await resolveFiles(options);
    expect(files.modelPath.startsWith(join(options.assetsDir, 'piiguard', 'onnx'))).toBe(true);
    expect(hub.requests.map((r) => r.split('/resolve/')[1]!.slice(41))).toEqual([
      'config.json',
      'tokenizer.json',
      'tokenizer_config.json',
      'onnx/model.onnx_data',
      'onnx/model.onnx',
      'model.onnx_data',
      'model.onnx',
      'model.safetensors',
    ]);
    hub.reset();
    const teacher = await loadTeacher({ ...options, device: 'cpu' });
    try {
      expect((await teacher.classify('whats ur snap?')).label).toBe('asking');
    } finally {
      await teacher.close();
    }
    expect(hub.requests).toEqual([]);
  });

  it('downloads every shard an index lists', async () => {
    const options = fresh('test/sharded');
    await resolveFiles(options);
    const fetched = hub.requests.map((r) => r.split('/').pop());
    expect(fetched.slice(-3)).toEqual([
      'model.safetensors.index.json',
      'model-00001-of-00002.safetensors',
      'model-00002-of-00002.safetensors',
    ]);
    hub.reset();
  });

  it('refuses a repo with only pytorch_model.bin, asking with HEAD and never downloading the pickle', async () => {
    const error = await resolveFiles(fresh('test/pickle')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ModelLoadError);
    expect((error as Error).message).toMatch(/test\/pickle@[0-9a-f]{40} has only PyTorch pickle weights/);
    expect(hub.requests.filter((r) => r.includes('pytorch_model.bin'))).toEqual([
      expect.stringMatching(/^HEAD .*\/pytorch_model\.bin$/),
    ]);
    expect(hub.cdnRequests).toEqual([]);
    hub.reset();
  });
});
