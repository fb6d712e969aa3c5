import { ModelLoadError } from '@piiguard/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture } from '../scripts/fixture/build.js';
import { loadTeacher } from '../src/index.js';
import { TINY, tempDir } from './helpers.js';

const texts = ['whats ur snap?', 'my email is kim@example.com', 'gg that was fun'];

async function classifyWith(model: string) {
  const teacher = await loadTeacher({ model, device: 'cpu' });
  try {
    return await Promise.all(texts.map((text) => teacher.classify(text)));
  } finally {
    await teacher.close();
  }
}

describe('model variants built by the fixture script', () => {
  const temp = tempDir();
  let reference: Awaited<ReturnType<typeof classifyWith>>;
  beforeAll(async () => {
    reference = await classifyWith(TINY);
  });
  afterAll(() => temp.remove());

  it('reads the label order from id2label: a swapped config still yields the right labels', async () => {
    const swapped = buildFixture({ out: `${temp.dir}/swapped`, swapLabels: true });
    expect(swapped.labels[0]).toBe('privacy_giving_pii');
    const results = await classifyWith(swapped.dir);
    // Assuming index 0 = asking would swap the first two labels.
    expect(results.map((r) => r.label)).toEqual(['asking', 'giving', 'none']);
    expect(results[0]!.teacherScores!.asking).toBeGreaterThan(0.5);
    expect(results[0]!.teacherScores!.giving).toBeLessThan(0.3);
  });

  it('refuses a model whose labels are not the two PII labels, naming them', async () => {
    const other = buildFixture({ out: `${temp.dir}/other`, labels: ['positive', 'negative'] });
    const load = loadTeacher({ model: other.dir, device: 'cpu' });
    await expect(load).rejects.toBeInstanceOf(ModelLoadError);
    await expect(load).rejects.toThrow(/positive, negative/);
  });

  it('feeds token_type_ids when the model declares it', async () => {
    const typed = buildFixture({ out: `${temp.dir}/typed`, tokenTypeIds: true });
    expect(typed.inputs).toContain('token_type_ids');
    expect((await classifyWith(typed.dir)).map((r) => r.label)).toEqual(['asking', 'giving', 'none']);
  });

  it('loads a model stored with external data (model.onnx_data)', async () => {
    const external = buildFixture({ out: `${temp.dir}/external`, externalData: true });
    expect(external.files.map((f) => f.path)).toContain('onnx/model.onnx_data');
    const results = await classifyWith(external.dir);
    expect(results[1]!.teacherScores!.giving).toBeCloseTo(reference[1]!.teacherScores!.giving, 5);
  });
});
