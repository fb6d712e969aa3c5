import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { main: 'src/main.ts' },
  format: ['esm'],
  dts: false,
  sourcemap: true,
  clean: true,
  target: 'node20',
  platform: 'node',
  banner: { js: '#!/usr/bin/env node' },
  // @piiguard/eval is private to the workspace: its code (the project's own evaluation) is
  // bundled into the command. The teacher and distill stay imports, resolved only when used.
  noExternal: ['@piiguard/eval'],
  external: ['@piiguard/teacher', '@piiguard/distill', '@piiguard/sdk', '@piiguard/pocket'],
});
