import { describe, expect, it } from 'vitest';

describe('built package', () => {
  it('exposes the evaluation API from dist (ESM and CJS)', async () => {
    // A URL rather than a literal path: typecheck runs before the build, when dist does not exist yet.
    const esm = await import(new URL('../dist/index.js', import.meta.url).href);
    const { createRequire } = await import('node:module');
    const cjs = createRequire(import.meta.url)('../dist/index.cjs');
    for (const mod of [esm, cjs]) {
      expect(mod.computeMetrics([{ gold: 'none', predicted: 'none' }]).accuracy).toBe(1);
      expect(typeof mod.evaluate).toBe('function');
      expect(typeof mod.readDataset).toBe('function');
    }
  });
});
