import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

export default defineProject({
  // Tests run the source: `@piiguard/teacher` is src/index.ts, and the worker thread starts from
  // src/worker.ts through tsx (src/spawn-worker.ts). Only test/packaging.test.ts runs the built dist.
  resolve: {
    alias: { '@piiguard/teacher': fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
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
