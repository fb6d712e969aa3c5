import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

describe('memory over many calls', () => {
  it('does not grow with calls that share one long-lived signal (no AbortSignal.any chains)', () => {
    const script = fileURLToPath(new URL('./fixtures/many-calls.ts', import.meta.url));
    const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', script, '50000'], {
      encoding: 'utf8',
      cwd: fileURLToPath(new URL('..', import.meta.url)),
    });
    const { growthBytes, calls } = JSON.parse(out.trim().split('\n').at(-1)!) as {
      growthBytes: number;
      calls: number;
    };
    // With a derived signal per call kept alive by the long-lived one, this was ~1 KiB per call.
    expect(growthBytes / calls).toBeLessThan(50);
  }, 60_000);
});
