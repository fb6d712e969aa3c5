import { defineProject } from 'vitest/config';

export default defineProject({
  // Tests start their own redis-server (test/redis-server.ts) and import @piiguard/sdk's build.
  test: { name: 'redis', include: ['test/**/*.test.ts'], environment: 'node', testTimeout: 30_000 },
});
