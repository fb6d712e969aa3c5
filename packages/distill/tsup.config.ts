import { defineConfig, type Options } from 'tsup';

// @piiguard/eval is private to the workspace: its code (metrics, evaluate, the tables) is bundled
// into this package. The teacher is an optional peer, imported only by the label step; the sdk
// and the pocket model are ordinary dependencies.
const shared: Options = {
  sourcemap: true,
  target: 'node20',
  platform: 'node',
  noExternal: ['@piiguard/eval'],
  external: ['@piiguard/teacher', '@piiguard/sdk', '@piiguard/pocket'],
};

export default defineConfig([
  { ...shared, entry: { index: 'src/index.ts' }, format: ['esm', 'cjs'], dts: true },
  {
    ...shared,
    // The bin is ESM only and starts with a shebang so npm can link it as `piiguard-distill`.
    entry: { bin: 'src/bin.ts' },
    format: ['esm'],
    dts: false,
    banner: { js: '#!/usr/bin/env node' },
  },
]);
