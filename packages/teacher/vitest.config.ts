import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

export default defineProject({
  // Tests run the built package (`pnpm --filter @piiguard/teacher build` first; the root `pnpm test`
  // builds): the worker thread can only start from the built dist/worker.js.
  resolve: {
    alias: { '@piiguard/teacher': fileURLToPath(new URL('./dist/index.js', import.meta.url)) },
  },
  test: {
    name: 'teacher',
    include: ['test/**/*.test.ts'],
    // Timing tests run alone, after everything else (vitest.isolated.config.ts): other test files
    // running on the same 2 cores would measure the machine, not the teacher.
    exclude: ['test/**/*.isolated.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
