import { execFile, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The built command (pnpm --filter @piiguard/cli build), run as users run it: `node dist/main.js`.
const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));

function run(args: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [MAIN, ...args],
      // A clean environment: no inherited key, so the built-in pocket model answers.
      { env: { PATH: process.env.PATH ?? '' }, timeout: 30_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
    child.stdin?.end(stdin);
  });
}

describe('the built command', () => {
  it('classifies arguments offline and prints one JSON object per message', async () => {
    const r = await run(['--json', 'whats ur snap?', 'this game is fun']);
    expect(r.code).toBe(0);
    const rows = r.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(rows.map((row) => [row.label, row.source, row.fallbackReason])).toEqual([
      ['asking', 'pocket', 'fallback-only'],
      ['none', 'pocket', 'fallback-only'],
    ]);
  });

  it('exits 2 with the usage text on bad usage', async () => {
    const r = await run(['--bogus']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage: piiguard');
  });

  it('stops quietly when the reader closes its output early (piped into head)', async () => {
    const child = spawn(process.execPath, [MAIN], { env: { PATH: process.env.PATH ?? '' } });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.stdout.once('data', () => child.stdout.destroy());
    child.stdin.end(Array.from({ length: 5000 }, (_, i) => `gg round ${i}`).join('\n'));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toContain('EPIPE');
    expect(code).toBe(0);
  });
});
