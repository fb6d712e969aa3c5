import { defineConfig } from 'tsup';

export default defineConfig({
  // The worker is its own entry: `Teacher` starts dist/worker.js (ESM) or dist/worker.cjs (CJS).
  entry: { index: 'src/index.ts', worker: 'src/worker.ts' },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts' } },
  sourcemap: true,
  clean: true,
  target: 'node20',
  platform: 'node',
  // import.meta.url in the CJS build, where the worker file is found next to dist/index.cjs.
  shims: true,
});
