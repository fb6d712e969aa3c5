import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DEMO = fileURLToPath(new URL('../fallback-demo.mjs', import.meta.url));

describe('fallback-demo.mjs', () => {
  it('answers from the API, then from the teacher through the outage, with reasons and stats', async () => {
    const stdout = await new Promise<string>((resolve, reject) => {
      execFile(process.execPath, [DEMO], { timeout: 60_000 }, (error, out) =>
        error ? reject(error) : resolve(out),
      );
    });
    const lines = stdout.split('\n');
    expect(lines.filter((l) => /^\s+\w+\s+api\s/.test(l))).toHaveLength(3);
    expect(stdout).toMatch(/asking\s+teacher \(server\)\s+what school u go to/);
    expect(stdout).toContain('event circuit: closed -> open');
    expect(stdout).toMatch(/teacher \(circuit-open\)/);
    expect(stdout).toContain('"circuit":"open"');
  });
});
