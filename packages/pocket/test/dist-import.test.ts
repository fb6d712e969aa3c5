import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// The built package (pnpm --filter @piiguard/pocket build), as users get it: ESM and CommonJS.
describe('the built package', () => {
  it('imports from dist as ESM and classifies offline', async () => {
    const mod = await import('../dist/index.js');
    expect(Object.keys(mod).sort()).toEqual(['PocketClassifier', 'loadPocket']);
    const pocket = await mod.loadPocket();
    expect(pocket).toBeInstanceOf(mod.PocketClassifier);
    expect(await pocket.classify('whats ur snap')).toMatchObject({ label: 'asking', source: 'pocket' });
  });

  it('requires from dist as CommonJS', async () => {
    const require = createRequire(import.meta.url);
    const { loadPocket } = require('../dist/index.cjs') as typeof import('../src/index.js');
    const pocket = await loadPocket();
    const [outcome] = await pocket.classifyBatch(['my email is kim@example.com']);
    expect(outcome?.ok && outcome.value.label).toBe('giving');
  });

  it('exports trainPocket from the ./train subpath, as ESM and CommonJS, and its weights load', async () => {
    const train = await import('../dist/train.js');
    expect(Object.keys(train)).toEqual(['trainPocket']);
    const require = createRequire(import.meta.url);
    const cjs = require('../dist/train.cjs') as typeof import('../src/train.js');
    const examples = [
      { text: 'whats ur snap', label: 'asking' },
      { text: 'my snap is kim_22', label: 'giving' },
      { text: 'gg wp', label: 'none' },
    ] as const;
    const esmResult = await train.trainPocket(examples, { bits: 10, epochs: 2 });
    const cjsResult = await cjs.trainPocket(examples, { bits: 10, epochs: 2 });
    expect(cjsResult.json).toBe(esmResult.json);
    const { loadPocket } = await import('../dist/index.js');
    expect((await loadPocket({ weights: esmResult.weights })).model).toBe(esmResult.weights.id);
  });
});
