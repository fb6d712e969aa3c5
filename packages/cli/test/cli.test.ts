import { fileURLToPath } from 'node:url';
import { type LoopbackServer, startLoopbackServer } from '@piiguard/sdk/testing/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/run.js';

const TINY_TEACHER = fileURLToPath(new URL('../../teacher/fixtures/tiny', import.meta.url));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the command in-process with only `env` as its environment (no inherited key). */
async function run(args: string[], env: Record<string, string> = {}, stdin = ''): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, {
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
    readStdin: async () => stdin,
    env,
  });
  return { code, stdout: out.map((line) => `${line}\n`).join(''), stderr: err.join('\n') };
}

const jsonLines = (out: string) =>
  out
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

let server: LoopbackServer;
beforeAll(async () => {
  server = await startLoopbackServer({
    faults: { rules: [{ match: 'snap', reply: 'asking' }], label: 'none', apiKey: 'sk-test-cli' },
  });
});
afterAll(async () => {
  await server.close();
});

describe('piiguard command without an API key', () => {
  it('answers with the built-in pocket model (fallback-only) and says so', async () => {
    const r = await run([
      '--json',
      'whats ur snap?',
      'my email is kim.baker@example.com',
      'this game is fun',
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('pocket model');
    expect(r.stderr).toContain('no FIREWORKS_API_KEY');
    const rows = jsonLines(r.stdout);
    expect(rows.map((row) => row.label)).toEqual(['asking', 'giving', 'none']);
    expect(rows.every((row) => row.source === 'pocket' && row.fallbackReason === 'fallback-only')).toBe(true);
    expect(rows[0]?.model).toMatch(/^piiguard\/pocket/);
  });

  it('prints a table row that says the answer came from the fallback alone', async () => {
    const r = await run(['whats ur snap?']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^asking\s+\d\.\d\d\s+pocket \(fallback-only\)\s+piiguard\/pocket/);
  });

  it('reads one message per line from stdin and never prints the text unless asked', async () => {
    const secret = 'call me at 555 013 7788';
    const r = await run([], {}, `${secret}\n\nthis game is fun\n`);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^giving /);
    expect(r.stdout + r.stderr).not.toContain('555 013 7788');
    const shown = await run(['--show-text', secret]);
    expect(shown.stdout).toContain(secret);
  });

  it('uses the teacher first when one is given', async () => {
    const r = await run(['--json', '--teacher', TINY_TEACHER, 'whats ur snap?']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('the teacher');
    const [row] = jsonLines(r.stdout);
    expect(row?.source).toBe('teacher');
    expect(row?.label).toBe('asking');
    expect(row?.teacherScores).toBeDefined();
  });
});

describe('piiguard command with an API key', () => {
  it('answers from the hosted model', async () => {
    const env = { FIREWORKS_API_KEY: 'sk-test-cli', FIREWORKS_BASE_URL: server.url };
    const before = server.stats.requests;
    const r = await run(['--json', 'whats ur snap?', 'gg wp'], env);
    expect(r.code).toBe(0);
    const rows = jsonLines(r.stdout);
    expect(rows.map((row) => [row.source, row.label])).toEqual([
      ['api', 'asking'],
      ['api', 'none'],
    ]);
    expect(server.stats.requests - before).toBe(2);
    expect(r.stdout + r.stderr).not.toContain('sk-test-cli');
  });

  it('falls back to the pocket model with the reason when the key is refused', async () => {
    const env = { FIREWORKS_API_KEY: 'sk-wrong-key', FIREWORKS_BASE_URL: server.url };
    const r = await run(['--json', '--max-retries', '0', 'my email is kim.baker@example.com'], env);
    expect(r.code).toBe(0);
    const [row] = jsonLines(r.stdout);
    expect(row?.source).toBe('pocket');
    expect(row?.label).toBe('giving');
    expect(row?.fallbackReason).toBe('auth');
    expect(r.stdout + r.stderr).not.toContain('sk-wrong-key');
  });

  it('--offline never calls the API', async () => {
    const env = { FIREWORKS_API_KEY: 'sk-test-cli', FIREWORKS_BASE_URL: server.url };
    const before = server.stats.requests;
    const r = await run(['--offline', 'whats ur snap?'], env);
    expect(r.code).toBe(0);
    expect(server.stats.requests).toBe(before);
    expect(r.stderr).toContain('--offline');
    expect(r.stdout).toContain('(fallback-only)');
  });
});

describe('piiguard command usage', () => {
  it('exits 2 with the usage text on unknown flags and bad values', async () => {
    for (const args of [['--bogus'], ['--max-retries', 'lots', 'hi']]) {
      const r = await run(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('Usage: piiguard');
    }
  });

  it('never echoes an argument that looks like an option, since it may be a message', async () => {
    const r = await run(['--my number is 5551234567']);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('5551234567');
    expect(r.stderr).toContain("after '--'");
    const quoted = await run(['--json', '--', '--my number is 5551234567']);
    expect(quoted.code).toBe(0);
    expect(jsonLines(quoted.stdout)[0]?.label).toBe('giving');
  });

  it('exits 2 when there is nothing to classify, and 0 with the usage for --help', async () => {
    expect((await run([], {}, '\n  \n')).code).toBe(2);
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: piiguard');
  });
});
