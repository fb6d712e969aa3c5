import { createHash } from 'node:crypto';
import { AbortError, ConfigurationError, type Label } from '@piiguard/sdk';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../scripts/corpus/generate.js';
import { loadPocket } from '../src/load.js';
import { trainPocket } from '../src/train.js';

// Generated messages stand in for a user's teacher-labelled ones: short, one message each.
const plain = (seed: number, size: number, labelWeights?: readonly (readonly [Label, number])[]) =>
  generateCorpus(seed, size, labelWeights ? { labelWeights } : {})
    .filter((e) => e.parts[0] === '' && e.parts[2] === '')
    .map(({ text, label }) => ({ text, label }));

// 8,000: the generator holds more families each round (5,000 until round 6), and a 2^16-row table
// needs the examples to clear the same bar.
const TRAIN = plain(11, 8000);
const HELD_OUT = plain(12, 400);
/** A realistic mix, as the decision rule should be fitted on. */
const DEV = plain(13, 300, [
  ['none', 90],
  ['asking', 5],
  ['giving', 5],
]);
/** Small and quick (~0.1 s a fit): a 2^16-row table, few epochs. */
const SMALL = { bits: 16, epochs: 3 } as const;

async function accuracy(weights: Parameters<typeof loadPocket>[0], examples: typeof HELD_OUT) {
  const pocket = await loadPocket(weights);
  const outcomes = await pocket.classifyBatch(examples.map((e) => e.text));
  await pocket.close();
  return outcomes.filter((o, i) => o.ok && o.value.label === examples[i]!.label).length / examples.length;
}

describe('trainPocket', () => {
  it('learns from labelled messages: the weights load with loadPocket and beat the majority label on held-out messages', async () => {
    const { weights, json, windows } = await trainPocket(TRAIN, SMALL);
    expect(JSON.parse(json)).toEqual(weights);
    expect(json.endsWith('}\n')).toBe(true);
    expect(windows).toBeGreaterThanOrEqual(TRAIN.length);
    expect(weights).toMatchObject({ format: 'piiguard-pocket/1', bits: 16, bias: [0, 0, 0] });
    const majority = Math.max(
      ...(['none', 'asking', 'giving'] as const).map(
        (l) => HELD_OUT.filter((e) => e.label === l).length / HELD_OUT.length,
      ),
    );
    const trained = await accuracy({ weights }, HELD_OUT);
    expect(trained).toBeGreaterThan(majority + 0.15);
  });

  it('names the model after modelName and the sha-256 of its table and decision rule', async () => {
    const { weights } = await trainPocket(TRAIN.slice(0, 100), { ...SMALL, modelName: 'acme/pocket' });
    const hash = createHash('sha256')
      .update(weights.weights)
      .update(JSON.stringify(weights.bias))
      .digest('hex')
      .slice(0, 8);
    expect(weights.id).toBe(`acme/pocket+${hash}`);
    expect((await trainPocket(TRAIN.slice(0, 100), SMALL)).weights.id).toMatch(
      /^piiguard\/pocket-custom\+[0-9a-f]{8}$/,
    );
    expect((await loadPocket({ weights })).model).toBe(weights.id);
  });

  it('is deterministic: same examples and seed → the same file; another seed → another file', async () => {
    const a = await trainPocket(TRAIN, SMALL);
    const b = await trainPocket(TRAIN, SMALL);
    const c = await trainPocket(TRAIN, { ...SMALL, seed: 7 });
    expect(a.json === b.json).toBe(true);
    expect(a.json === c.json).toBe(false);
  });

  it('fits the decision rule on dev, and its figures are those of the loaded model', async () => {
    const { weights, dev } = await trainPocket(TRAIN, { ...SMALL, dev: DEV, minDevPiiRecall: 0.5 });
    expect(dev?.examples).toBe(DEV.length);
    expect(dev!.accuracy).toBeCloseTo(await accuracy({ weights }, DEV), 12);
    // The floor holds whenever the rule moved off zero.
    if (weights.bias!.some((b) => b !== 0)) expect(dev!.piiRecall).toBeGreaterThanOrEqual(0.5);
    // A floor nothing can meet leaves the offsets at zero.
    const unmet = await trainPocket(TRAIN, { ...SMALL, dev: DEV.filter((e) => e.label === 'none') });
    expect(unmet.weights.bias).toEqual([0, 0, 0]);
    expect(unmet.dev?.piiRecall).toBe(0);
  });

  it('reports progress up to its total (epochs × windows)', async () => {
    const seen: [number, number][] = [];
    const { windows } = await trainPocket(TRAIN, { ...SMALL, onProgress: (d, t) => seen.push([d, t]) });
    expect(seen.at(-1)).toEqual([3 * windows, 3 * windows]);
    expect(seen.every(([d], i) => i === 0 || d >= seen[i - 1]![0])).toBe(true);
  });

  it('stops with AbortError when the signal aborts, before or during training', async () => {
    await expect(trainPocket(TRAIN, { ...SMALL, signal: AbortSignal.abort() })).rejects.toBeInstanceOf(
      AbortError,
    );
    const controller = new AbortController();
    let progressed = 0;
    const training = trainPocket(TRAIN, {
      bits: 16,
      epochs: 200,
      signal: controller.signal,
      onProgress: (done, total) => {
        progressed = done / total;
        controller.abort();
      },
    });
    await expect(training).rejects.toBeInstanceOf(AbortError);
    expect(progressed).toBeLessThan(1);
  });

  it.each([
    ['epochs', { epochs: 0 }],
    ['epochs', { epochs: 1.5 }],
    ['bits', { bits: 30 }],
    ['seed', { seed: -1 }],
    ['learningRate', { learningRate: Number.NaN }],
    ['l2', { l2: -1 }],
    ['l2', { learningRate: 2, l2: 0.5 }],
    ['minDevPiiRecall', { minDevPiiRecall: 1.5 }],
    ['modelName', { modelName: 'a+b' }],
    ['modelName', { modelName: '' }],
  ])('rejects an impossible %s with ConfigurationError naming it', async (option, options) => {
    const error = await trainPocket(TRAIN.slice(0, 10), options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).option).toBe(option);
  });

  it('rejects examples that are not { text, label } by index, never quoting them', async () => {
    const bad = [TRAIN[0]!, { text: 'my secret number is 555 0100', label: 'phone' as Label }];
    const error = await trainPocket(bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).option).toBe('examples[1]');
    expect((error as Error).message).not.toContain('555');
    expect(((await trainPocket([]).catch((e: unknown) => e)) as ConfigurationError).option).toBe('examples');
    const devError = await trainPocket(TRAIN.slice(0, 10), {
      dev: [null as never],
    }).catch((e: unknown) => e);
    expect((devError as ConfigurationError).option).toBe('dev[0]');
  });
});
