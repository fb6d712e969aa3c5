import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Plugin } from 'esbuild';
import { defineConfig } from 'tsup';

const WEIGHTS = 'src/weights.generated.json';
const SHARED = './weights.cjs';

/**
 * The weights are most of the package: inlined, they would sit in the ESM build, the CommonJS
 * build and both source maps (4 copies). Instead both builds import one `dist/weights.cjs`
 * (`module.exports = {…}`): CommonJS requires it, and ESM imports it as CommonJS, which Node and
 * every bundler support. The source maps then hold code only.
 */
const sharedWeights: Plugin = {
  name: 'piiguard-shared-weights',
  setup(build) {
    build.onResolve({ filter: /weights\.generated\.json$/ }, () => ({ path: SHARED, external: true }));
    build.onEnd(() => {
      const json = JSON.stringify(JSON.parse(readFileSync(WEIGHTS, 'utf8')));
      // tsup writes the bundles after esbuild ends: on a fresh clone dist/ does not exist yet.
      mkdirSync('dist', { recursive: true });
      writeFileSync(
        'dist/weights.cjs',
        `'use strict';\n// Generated from ${WEIGHTS} by tsup.config.ts.\nmodule.exports = ${json};\n`,
      );
    });
  },
};

export default defineConfig({
  // `train` is its own entry (the `./train` subpath), so bundles of the classifier never carry it.
  entry: { index: 'src/index.ts', train: 'src/train.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  esbuildPlugins: [sharedWeights],
});
