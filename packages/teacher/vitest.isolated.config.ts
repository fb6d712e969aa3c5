import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The event-loop test measures how late a 5 ms timer fires on the main thread while the teacher
 * works: it must run with nothing else on the machine's cores, so the root `pnpm test` runs it on
 * its own after the other projects. Like the other tests it runs the source (see vitest.config.ts).
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  resolve: {
    alias: { '@piiguard/teacher': fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
  },
  test: {
    name: 'teacher-isolated',
    include: ['test/**/*.isolated.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    fileParallelism: false,
  },
});
