import { describe, expect, it } from 'vitest';

const ROOT_EXPORTS = [
  'DatasetError',
  'SimilarityIndex',
  'composition',
  'computeMetrics',
  'evaluate',
  'formatComposition',
  'formatMetrics',
  'formatReport',
  'formatSimilarityReport',
  'formatTable',
  'isHardNegative',
  'loadClassifier',
  'parseDataset',
  'readDataset',
  'similarities',
  'similarityReport',
  'wordJaccard',
  'wordSet',
];

describe('built package', () => {
  it('exposes the evaluation API, and only it, from dist (ESM and CJS)', async () => {
    // A URL rather than a literal path: typecheck runs before the build, when dist does not exist yet.
    const esm = await import(new URL('../dist/index.js', import.meta.url).href);
    const { createRequire } = await import('node:module');
    const cjs = createRequire(import.meta.url)('../dist/index.cjs');
    for (const mod of [esm, cjs]) {
      expect(Object.keys(mod).sort()).toEqual(ROOT_EXPORTS);
      expect(mod.computeMetrics([{ gold: 'none', predicted: 'none' }]).accuracy).toBe(1);
    }
  });
});
