import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT_EXPORTS = ['DISTILL_EXIT', 'runDistill', 'sftRecord', 'validateSftJsonl'];

describe('built package', () => {
  it('exposes the public API, and only it, from dist (ESM and CJS)', async () => {
    // A URL rather than a literal path: typecheck runs before the build, when dist does not exist yet.
    const esm = await import(new URL('../dist/index.js', import.meta.url).href);
    const cjs = createRequire(import.meta.url)('../dist/index.cjs');
    for (const mod of [esm, cjs]) {
      expect(Object.keys(mod).sort()).toEqual(ROOT_EXPORTS);
      expect(
        mod.validateSftJsonl(
          `${[1, 2, 3].map(() => JSON.stringify(mod.sftRecord('gg', 'none'))).join('\n')}\n`,
        ),
      ).toEqual([]);
    }
  });

  it('ships a bin that runs a step and prints its help', async () => {
    const bin = new URL('../dist/bin.js', import.meta.url).pathname;
    const { stdout } = await promisify(execFile)(process.execPath, [bin, 'train', '--help']);
    expect(stdout).toContain('Usage: piiguard distill train [options]');
    const failed = await promisify(execFile)(process.execPath, [bin, 'nope']).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed).toMatchObject({ code: 2 });
  });
});
