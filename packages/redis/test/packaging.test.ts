import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as source from '../src/index.js';

// The one test of the built package (every other test runs src). Needs
// `pnpm --filter @piiguard/redis build` first; the root `pnpm test` builds.
const dist = (file: string) => fileURLToPath(new URL(`../dist/${file}`, import.meta.url));

describe('the built package', () => {
  it('has both builds and their declarations', () => {
    for (const file of ['index.js', 'index.cjs', 'index.d.ts', 'index.d.cts']) {
      expect(existsSync(dist(file)), file).toBe(true);
    }
  });

  it('both builds export exactly what src exports: RedisCacheStore', async () => {
    expect(Object.keys(source)).toEqual(['RedisCacheStore']);
    const esm = (await import(/* @vite-ignore */ dist('index.js'))) as typeof source;
    const cjs = createRequire(import.meta.url)(dist('index.cjs')) as typeof source;
    for (const build of [esm, cjs]) {
      expect(Object.keys(build).sort()).toEqual(Object.keys(source).sort());
      // Options are checked before any connection is made.
      expect(() => new build.RedisCacheStore({ url: 'http://x' })).toThrow(
        expect.objectContaining({ name: 'ConfigurationError', option: 'url' }),
      );
    }
  });
});
