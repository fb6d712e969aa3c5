import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type LoopbackServer, startLoopbackServer } from '@piiguard/sdk/testing/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startKServeServer } from '../../teacher/test/support/kserve-server.js';
import { jsonLines, run } from './support/run.js';

const TINY_TEACHER = fileURLToPath(new URL('../../teacher/fixtures/tiny', import.meta.url));
const BUILD_FIXTURE = fileURLToPath(new URL('../../teacher/scripts/build-fixture.ts', import.meta.url));
const TSX = fileURLToPath(new URL('../../../node_modules/tsx/dist/cli.mjs', import.meta.url));
const KEY = 'sk-test-cli-0123456789';

let server: LoopbackServer;
let dir: string;
const file = (name: string, content: string) => {
  writeFileSync(join(dir, name), content);
  return name;
};

beforeAll(async () => {
  server = await startLoopbackServer({
    faults: {
      rules: [
        { match: 'snap', reply: 'asking' },
        { match: '@', reply: 'giving' },
      ],
      label: 'none',
      apiKey: KEY,
    },
  });
  dir = mkdtempSync(join(tmpdir(), 'piiguard-cli-'));
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const api = () => ({ FIREWORKS_API_KEY: KEY, FIREWORKS_BASE_URL: server.url });

describe('piiguard classify: inputs', () => {
  it('classifies arguments with the pocket model when there is no key, and says so', async () => {
    const r = await run([
      'classify',
      'whats ur snap?',
      'my email is kim.baker@example.com',
      'this game is fun',
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('answered by the built-in pocket model (no FIREWORKS_API_KEY');
    const rows = jsonLines(r.stdout);
    expect(rows.map((row) => [row.line, row.label, row.source, row.fallbackReason])).toEqual([
      [1, 'asking', 'pocket', 'fallback-only'],
      [2, 'giving', 'pocket', 'fallback-only'],
      [3, 'none', 'pocket', 'fallback-only'],
    ]);
    expect(r.stderr).toMatch(/3 record\(s\) in [\d.]+ s: 3 classified \(pocket 3\)/);
  });

  it('reads stdin one message per line (also as -), skipping blank lines but keeping line numbers', async () => {
    for (const args of [['classify'], ['classify', '-']]) {
      const r = await run(args, { stdin: 'call me at 555 013 7788\n\nthis game is fun\n' });
      expect(r.code).toBe(0);
      expect(jsonLines(r.stdout).map((row) => [row.line, row.label])).toEqual([
        [1, 'giving'],
        [3, 'none'],
      ]);
      expect(r.stdout + r.stderr).not.toContain('555 013 7788');
    }
  });

  it('reads the text field of JSONL records, not the raw JSON, and names the file on each row', async () => {
    const name = file('chat.jsonl', '{"text":"gg","label":"none"}\n{"text":"whats ur snap","id":7}\n');
    const r = await run(['classify', name], { cwd: dir });
    expect(r.code).toBe(0);
    expect(jsonLines(r.stdout).map((row) => [row.file, row.line, row.label])).toEqual([
      ['chat.jsonl', 1, 'none'],
      ['chat.jsonl', 2, 'asking'],
    ]);
  });

  it('reads CSV (quoted commas and line breaks) with --field naming the column', async () => {
    const name = file('chat.csv', 'id,message\n1,"my email is kim@example.com, text me"\n2,"gg\nwp"\n');
    const r = await run(['classify', '--field', 'message', name], { cwd: dir });
    expect(r.code).toBe(0);
    expect(jsonLines(r.stdout).map((row) => [row.line, row.label])).toEqual([
      [2, 'giving'],
      [3, 'none'],
    ]);
  });

  it('reports malformed records with their line numbers and classifies the rest (exit 1)', async () => {
    const name = file(
      'mixed.jsonl',
      '{"text":"whats ur snap"}\nnot json at all 555 0137\n{"msg":"x"}\n[1,2]\n{"text":"gg"}\n',
    );
    const r = await run(['classify', name], { cwd: dir });
    expect(r.code).toBe(1);
    const rows = jsonLines(r.stdout);
    expect(rows.map((row) => [row.line, row.label ?? (row.error as { message: string }).message])).toEqual([
      [1, 'asking'],
      [2, 'not valid JSON'],
      [3, 'field "text" is missing'],
      [4, 'not a JSON object'],
      [5, 'none'],
    ]);
    expect(r.stderr).toContain('mixed.jsonl:2: malformed record (not valid JSON)');
    expect(r.stderr).toContain('mixed.jsonl:3: malformed record (field "text" is missing)');
    expect(r.stderr).toMatch(/5 record\(s\).*2 classified.*3 failed \(malformed 3\)/);
    expect(r.stdout + r.stderr).not.toContain('555 0137');
  });

  it('reads files, arguments and stdin in the order given', async () => {
    const name = file('one.txt', 'whats ur snap\n');
    const r = await run(['classify', name, 'gg', '-'], { cwd: dir, stdin: 'my email is a@b.co\n' });
    expect(r.code).toBe(0);
    expect(jsonLines(r.stdout).map((row) => [row.file ?? null, row.line, row.label])).toEqual([
      ['one.txt', 1, 'asking'],
      [null, 1, 'none'],
      [null, 1, 'giving'],
    ]);
  });

  it('--text keeps an argument that looks like a file name a message', async () => {
    const r = await run(['classify', '--text', 'notes.txt']);
    expect(r.code).toBe(0);
    expect(jsonLines(r.stdout)).toHaveLength(1);
  });

  it('exits 3 for an input that cannot be read, before classifying anything', async () => {
    const r = await run(['classify', 'gg', 'missing.jsonl'], { cwd: dir });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('cannot read missing.jsonl: ENOENT');
    expect(r.stdout).toBe('');
    const noColumn = await run(['classify', file('nocol.csv', 'whats ur snap,x\n1,2\n')], { cwd: dir });
    expect(noColumn.code).toBe(3);
    expect(noColumn.stderr).toContain('has no column "text"');
    expect(noColumn.stderr).not.toContain('whats ur snap');
  });
});

describe('piiguard classify: output', () => {
  it('prints a table with a header on a terminal, and the text only with --show-text', async () => {
    const r = await run(['classify', 'whats ur snap?', 'gg wp'], { stdoutIsTerminal: true });
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/line\s+label\s+p\s+source\s+model/);
    expect(lines[1]).toMatch(/^\s+1\s+asking\s+\d\.\d\d\s+pocket \(fallback-only\)\s+piiguard\/pocket/);
    expect(r.stdout).not.toContain('whats ur snap');
    const shown = await run(['classify', '--show-text', 'whats ur snap?'], { stdoutIsTerminal: true });
    expect(shown.stdout).toContain('whats ur snap?');
    const json = await run(['classify', '--json', 'gg'], { stdoutIsTerminal: true });
    expect(jsonLines(json.stdout)[0]?.label).toBe('none');
  });

  it('draws a progress line with count, rate, bar and ETA on a terminal stderr, and none on a pipe', async () => {
    const lines = Array.from({ length: 3000 }, (_, i) => `gg round ${i}`).join('\n');
    const name = file('many.txt', lines);
    const r = await run(['classify', name], { cwd: dir, stderrIsTerminal: true });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/\r\[#+-*\]\s+\d+%\s+[\d,]+ done\s+[\d,]+\/s/);
    expect(r.stderr).toContain('100%  3,000 done');
    expect(r.stderr).toContain('\x1b[K');
    const piped = await run(['classify', name], { cwd: dir });
    expect(piped.stderr).not.toContain('done  ');
    const off = await run(['classify', '--no-progress', name], { cwd: dir, stderrIsTerminal: true });
    expect(off.stderr).not.toContain('3,000 done');
  });
});

describe('piiguard classify: who answers', () => {
  it('asks the hosted model with a key from the environment, never echoing it', async () => {
    const before = server.stats.requests;
    const r = await run(['classify', 'whats ur snap?', 'gg wp'], { env: api() });
    expect(r.code).toBe(0);
    expect(jsonLines(r.stdout).map((row) => [row.source, row.label])).toEqual([
      ['api', 'asking'],
      ['api', 'none'],
    ]);
    expect(server.stats.requests - before).toBe(2);
    expect(r.stderr).toContain('key from FIREWORKS_API_KEY');
    expect(r.stderr).toContain('falling back (on-error) to the built-in pocket model');
    expect(r.stdout + r.stderr).not.toContain(KEY);
  });

  it('reads the key from --key-file, and refuses a key given as an argument', async () => {
    const keyFile = file('key.txt', `${KEY}\n`);
    const r = await run(['classify', '--key-file', keyFile, 'whats ur snap?'], {
      cwd: dir,
      env: { FIREWORKS_BASE_URL: server.url },
    });
    expect(r.code).toBe(0);
    expect(jsonLines(r.stdout)[0]?.source).toBe('api');
    expect(r.stderr).toContain('key from --key-file');
    const refused = await run(['classify', '--api-key', KEY, 'gg']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('keys are never taken on the command line');
    expect(refused.stderr).not.toContain(KEY);
    const missing = await run(['classify', '--key-file', 'nope.txt', 'gg'], { cwd: dir });
    expect(missing.code).toBe(4);
  });

  it('falls back to pocket with the reason, loudly, when the key is refused', async () => {
    const env = { FIREWORKS_API_KEY: 'sk-wrong-key-000000', FIREWORKS_BASE_URL: server.url };
    const r = await run(['classify', '--max-retries', '0', 'my email is kim.baker@example.com'], { env });
    expect(r.code).toBe(0);
    const [row] = jsonLines(r.stdout);
    expect([row?.source, row?.label, row?.fallbackReason]).toEqual(['pocket', 'giving', 'auth']);
    expect(r.stderr).toContain('the hosted API failed (auth, HTTP 401)');
    expect(r.stdout + r.stderr).not.toContain('sk-wrong-key');
  });

  it('--fallback off reports API failures as errors (exit 1); --offline never calls the API', async () => {
    server.setFaults({ apiKey: KEY, rules: [{ match: 'down', reply: { type: 'status', status: 503 } }] });
    try {
      const r = await run(['classify', '--fallback', 'off', '--max-retries', '0', 'gg', 'down'], {
        env: api(),
      });
      expect(r.code).toBe(1);
      const rows = jsonLines(r.stdout);
      expect(rows[0]?.source).toBe('api');
      expect(rows[1]?.error).toMatchObject({ kind: 'server' });
      expect(r.stderr).toContain('--fallback off');
    } finally {
      server.setFaults({
        apiKey: KEY,
        label: 'none',
        rules: [
          { match: 'snap', reply: 'asking' },
          { match: '@', reply: 'giving' },
        ],
      });
    }
    const before = server.stats.requests;
    const offline = await run(['classify', '--offline', 'whats ur snap?'], { env: api() });
    expect(offline.code).toBe(0);
    expect(server.stats.requests).toBe(before);
    expect(offline.stderr).toContain('(--offline: the hosted model is not called)');
  });

  it('a mode that needs the API, without a key, is classifier-unavailable (exit 4)', async () => {
    const r = await run(['classify', '--fallback', 'hedge', 'gg']);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('needs a key');
  });

  it('uses the teacher that was asked for, and says which device it runs on', async () => {
    const r = await run(['classify', '--teacher', TINY_TEACHER, '--device', 'cpu', 'whats ur snap?']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/answered by the teacher \(.*tiny, on cpu\), then the built-in pocket model/);
    const [row] = jsonLines(r.stdout);
    expect([row?.source, row?.label]).toEqual(['teacher', 'asking']);
    expect(row?.teacherScores).toBeDefined();
  });

  it("says the teacher's CPU warning in the command's words (--device cpu), once", async () => {
    const r = await run(['classify', '--teacher', TINY_TEACHER, 'gg']);
    expect(r.code).toBe(0);
    // This machine has no CUDA provider, so device auto falls back to CPU with one warning.
    const warnings = r.stderr.split('\n').filter((line) => line.includes('The teacher runs on CPU'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('--device cpu');
    expect(warnings[0]).not.toContain("device: 'cpu'");
    const quiet = await run(['classify', '--teacher', TINY_TEACHER, '--device', 'cpu', 'gg']);
    expect(quiet.stderr).not.toContain('The teacher runs on CPU');
  });

  it('a teacher that cannot load is an error (exit 4), never a silent step down to pocket', async () => {
    const r = await run(['classify', '--teacher', join(dir, 'no-such-model'), 'whats ur snap?']);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('cannot be loaded');
    expect(r.stdout).toBe('');
    const env = await run(['classify', 'gg'], { env: { PIIGUARD_TEACHER: join(dir, 'no-such-model') } });
    expect(env.code).toBe(4);
  });
});

describe('piiguard classify: a teacher on a Triton server', () => {
  it('--teacher-url runs the teacher there and says so; the same scores as in-process', async () => {
    const triton = await startKServeServer({ folder: TINY_TEACHER, name: 'pii' });
    try {
      const flags = ['--teacher', TINY_TEACHER, '--teacher-url', triton.url, '--teacher-engine', 'triton'];
      const r = await run(['classify', ...flags, '--teacher-name', 'pii', 'whats ur snap?']);
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/answered by the teacher \(.*tiny, on Triton at http:\/\/127\.0\.0\.1:\d+\)/);
      const [remote] = jsonLines(r.stdout);
      const local = jsonLines(
        (await run(['classify', '--teacher', TINY_TEACHER, '--device', 'cpu', 'whats ur snap?'])).stdout,
      )[0];
      expect(remote?.source).toBe('teacher');
      expect(remote?.label).toBe(local?.label);
      const [a, b] = [
        remote?.teacherScores as Record<string, number>,
        local?.teacherScores as Record<string, number>,
      ];
      expect(Math.abs(a.asking! - b.asking!)).toBeLessThan(1e-5);
      expect(triton.inferCalls).toBeGreaterThan(0);
      const env = await run(
        ['classify', '--teacher', TINY_TEACHER, '--teacher-engine', 'triton', '--teacher-name', 'pii', 'gg'],
        {
          env: { PIIGUARD_TEACHER_URL: triton.url },
        },
      );
      expect(env.code).toBe(0);
      expect(env.stderr).toContain('on Triton at');
    } finally {
      await triton.close();
    }
  });

  it('refuses incomplete remote flags with a usage error, and an unreachable server with exit 4', async () => {
    const cases: [string[], RegExp][] = [
      [['--teacher-url', 'http://127.0.0.1:9'], /needs --teacher/],
      [['--teacher', TINY_TEACHER, '--teacher-url', 'http://127.0.0.1:9'], /needs --teacher-engine/],
      [
        ['--teacher', TINY_TEACHER, '--teacher-url', 'http://127.0.0.1:9', '--teacher-engine', 'triton'],
        /--teacher-name/,
      ],
      [['--teacher', TINY_TEACHER, '--teacher-engine', 'tei'], /go with --teacher-url/],
    ];
    for (const [flags, message] of cases) {
      const r = await run(['classify', ...flags, 'gg']);
      expect(r.code, flags.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
    }
    const down = await run([
      'classify',
      '--teacher',
      TINY_TEACHER,
      '--teacher-url',
      'http://127.0.0.1:9',
      '--teacher-engine',
      'tei',
      'gg',
    ]);
    expect(down.code).toBe(4);
    expect(down.stderr).toContain('cannot be loaded');
  });
});

describe('piiguard classify: conversations', () => {
  it('passes --speaker-field and --context-field to a teacher that reads conversations (v2)', async () => {
    // A v2-shaped fixture (three heads, conversation input), built by the teacher's own script.
    const v2 = join(dir, 'tiny-v2');
    await new Promise<void>((resolve, reject) => {
      execFile(
        process.execPath,
        [TSX, BUILD_FIXTURE, '--size', 'tiny', '--v2', '--out', v2],
        { timeout: 60_000 },
        (error) => (error ? reject(error) : resolve()),
      );
    });
    const turns = [
      { speaker: 'kim', text: 'whats ur' },
      { speaker: 'sam', text: 'my what' },
    ];
    const name = file(
      'conversation.jsonl',
      [
        { text: 'snap', author: 'kim', before: turns },
        { text: 'snap', author: 'kim' },
        { text: 'snap', author: 'kim', before: [{ who: 'kim' }] },
      ]
        .map((r) => JSON.stringify(r))
        .join('\n'),
    );
    const args = ['classify', '--teacher', v2, '--device', 'cpu', '--speaker-field', 'author'];
    const r = await run([...args, '--context-field', 'before', name], { cwd: dir });
    expect(r.code).toBe(1);
    const [withContext, alone, broken] = jsonLines(r.stdout);
    expect(withContext?.source).toBe('teacher');
    // The same text scores differently after the earlier turns: the context reached the model.
    expect(withContext?.teacherScores).not.toEqual(alone?.teacherScores);
    expect(broken?.error).toMatchObject({
      message: 'field "before" is not a list of {"speaker", "text"} turns',
    });
    // Without --context-field the turns are not read: both records score as the text alone.
    const ignored = await run([...args, name], { cwd: dir });
    const [first, second] = jsonLines(ignored.stdout);
    expect(first?.teacherScores).toEqual(second?.teacherScores);
    expect(first?.teacherScores).toEqual(alone?.teacherScores);
  });
});

describe('piiguard classify: usage', () => {
  it('names an unknown flag, but never echoes an argument that may be a message', async () => {
    const r = await run(['classify', '--bogus', 'hi']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown option --bogus');
    const secret = await run(['classify', '--my number is 5551234567']);
    expect(secret.code).toBe(2);
    expect(secret.stderr).not.toContain('5551234567');
    expect(secret.stderr).toContain("after '--'");
    const quoted = await run(['classify', '--', '--my number is 5551234567']);
    expect(quoted.code).toBe(0);
    expect(jsonLines(quoted.stdout)[0]?.label).toBe('giving');
  });

  it('rejects impossible values and combinations with exit 2', async () => {
    for (const args of [
      ['classify', '--concurrency', '0', 'x'],
      ['classify', '--fallback', 'sometimes', 'x'],
      ['classify', '--offline', '--fallback', 'hedge', 'x'],
      ['classify', '--device', 'cpu', 'x'],
      ['classify', '--format', 'xml', 'x'],
      ['classify', '--fallback', 'off', '--teacher', 'x', 'y'],
    ]) {
      const r = await run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toContain('piiguard classify --help');
    }
  });

  it('exits 2 with nothing to classify: an empty pipe, or a terminal and no arguments', async () => {
    expect((await run(['classify'], { stdin: '\n  \n' })).code).toBe(2);
    const terminal = await run(['classify'], { stdin: undefined });
    expect(terminal.code).toBe(2);
    expect(terminal.stderr).toContain('nothing to classify');
  });
});
