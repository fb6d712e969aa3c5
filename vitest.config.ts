import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: ['packages/*'],
    // An unhandled rejection anywhere fails the run (vitest's default); keep it that way.
    dangerouslyIgnoreUnhandledErrors: false,
  },
});
