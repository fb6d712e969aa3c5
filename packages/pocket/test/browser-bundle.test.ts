import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('browser and edge bundles', () => {
  it('bundle for the browser with no Node built-ins (weights are imported, not read from disk)', async () => {
    const result = await build({
      entryPoints: [fileURLToPath(new URL('../src/index.ts', import.meta.url))],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]!.text;
    expect(code).not.toMatch(/from ["']node:|require\(["'](node:)?(fs|path|crypto|buffer)["']\)/);
    expect(code).toContain('piiguard-pocket/1');
    // Training is the ./train subpath's: none of it rides along in the classifier's bundle.
    expect(code).not.toContain('trainPocket');
  });

  it('bundle the ./train subpath for the browser too, with no Node built-ins', async () => {
    const result = await build({
      entryPoints: [fileURLToPath(new URL('../src/train.ts', import.meta.url))],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]!.text;
    expect(code).toContain('trainPocket');
    expect(code).not.toMatch(/from ["']node:|require\(["'](node:)?(fs|path|crypto|buffer)["']\)/);
  });
});
