import { execFile, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// The built command (pnpm --filter @piiguard/cli build), run as users run it: a process.
const PACKAGE = fileURLToPath(new URL('..', import.meta.url));
const MAIN = join(PACKAGE, 'dist/main.js');
const VERSION = (JSON.parse(readFileSync(join(PACKAGE, 'package.json'), 'utf8')) as { version: string })
  .version;
// A clean environment: no inherited key, so the built-in pocket model answers.
const ENV = { PATH: process.env.PATH ?? '' };

function run(
  main: string,
  args: string[],
  stdin = '',
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [main, ...args],
      { env: ENV, timeout: 30_000 },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
      },
    );
    child.stdin?.end(stdin);
  });
}

const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

describe('the built command', () => {
  it('prints its version for --version and -v, and the packages it uses for `version`', async () => {
    for (const flag of ['--version', '-v']) expect((await run(MAIN, [flag])).stdout.trim()).toBe(VERSION);
    const report = await run(MAIN, ['version']);
    expect(report.stdout).toContain(`piiguard ${VERSION}`);
    expect(report.stdout).toMatch(/@piiguard\/sdk \d+\.\d+\.\d+/);
    expect(report.stdout).toMatch(/@piiguard\/pocket \d+\.\d+\.\d+/);
  });

  it('classifies offline and prints one JSON object per message when piped', async () => {
    const r = await run(MAIN, ['classify', 'whats ur snap?', 'this game is fun']);
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

  it('prints the first result while stdin is still open (streaming, not read-all-then-classify)', async () => {
    const child = spawn(process.execPath, [MAIN, 'classify'], { env: ENV });
    let stdout = '';
    const firstRow = new Promise<string>((resolve) => {
      child.stdout.on('data', (chunk) => {
        stdout += chunk;
        if (stdout.includes('\n')) resolve(stdout.split('\n')[0]!);
      });
    });
    child.stdin.write('whats ur snap?\n');
    const first = JSON.parse(await firstRow) as Record<string, unknown>;
    expect(first).toMatchObject({ line: 1, label: 'asking' });
    expect(child.exitCode).toBeNull(); // still running: its input has not ended
    child.stdin.end('gg wp\n');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(2);
  });

  it('stops quietly when the reader closes its output early (piped into head)', async () => {
    const child = spawn(process.execPath, [MAIN, 'classify'], { env: ENV });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.stdout.once('data', () => child.stdout.destroy());
    child.stdin.end(Array.from({ length: 5000 }, (_, i) => `gg round ${i}`).join('\n'));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toContain('EPIPE');
    expect(stderr).not.toContain('internal error');
    expect(code).toBe(0);
  });

  it('exits 130 on Ctrl-C (SIGINT) while its input is still open, closing its classifiers', async () => {
    const child = spawn(process.execPath, [MAIN, 'classify'], { env: ENV });
    child.stdout.once('data', () => child.kill('SIGINT'));
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.stdin.write('gg\n');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(130);
    expect(stderr).toContain('interrupted');
  });

  it('without @piiguard/teacher installed: works, and --teacher says what to install (exit 4)', async () => {
    // An install of the cli with only its dependencies (sdk, pocket) beside it: the light install.
    const root = mkdtempSync(join(tmpdir(), 'piiguard-light-'));
    scratch.push(root);
    mkdirSync(join(root, 'node_modules/@piiguard'), { recursive: true });
    for (const name of ['sdk', 'pocket']) {
      symlinkSync(join(PACKAGE, '..', name), join(root, 'node_modules/@piiguard', name), 'dir');
    }
    cpSync(join(PACKAGE, 'dist'), join(root, 'node_modules/@piiguard/cli/dist'), { recursive: true });
    cpSync(join(PACKAGE, 'package.json'), join(root, 'node_modules/@piiguard/cli/package.json'));
    const main = join(root, 'node_modules/@piiguard/cli/dist/main.js');

    const plain = await run(main, ['classify', 'whats ur snap?']);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('"label":"asking"');
    const teacher = await run(main, ['classify', '--teacher', 'Roblox/roblox-pii-classifier', 'gg']);
    expect(teacher.code).toBe(4);
    expect(teacher.stderr).toContain('needs the @piiguard/teacher package, which is not installed');
    expect(teacher.stderr).toContain('npm install -g @piiguard/teacher');
    expect((await run(main, ['version'])).stdout).toContain('@piiguard/teacher not installed');
  });
});
