import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

export default defineProject({
  // Tests run the built package (`pnpm --filter @piiguard/teacher build` first; the root `pnpm test`
  // builds): the worker thread can only start from the built dist/worker.js.
  resolve: {
    alias: { '@piiguard/teacher': fileURLToPath(new URL('./dist/index.js', import.meta.url)) },
  },
  test: { name: 'teacher', include: ['test/**/*.test.ts'], environment: 'node', testTimeout: 60_000 },
});
