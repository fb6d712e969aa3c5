import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// The built package (pnpm --filter @piiguard/pocket build), as users get it: ESM and CommonJS.
describe('the built package', () => {
  it('imports from dist as ESM and classifies offline', async () => {
    const { loadPocket } = await import('../dist/index.js');
    const pocket = await loadPocket();
    const [o] = await pocket.classify(['whats ur snap']);
    expect(o?.ok && o.value.label).toBe('asking');
  });

  it('requires from dist as CommonJS', async () => {
    const require = createRequire(import.meta.url);
    const { loadPocket } = require('../dist/index.cjs') as typeof import('../src/index.js');
    const pocket = await loadPocket();
    const [o] = await pocket.classify(['my email is kim@example.com']);
    expect(o?.ok && o.value.label).toBe('giving');
  });
});
