import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { computeMetrics } from '@piiguard/eval';
import { type LoopbackServer, startLoopbackServer } from '@piiguard/sdk/testing/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from './support/run.js';

const TINY_TEACHER = fileURLToPath(new URL('../../teacher/fixtures/tiny', import.meta.url));
const KEY = 'sk-test-eval-0123456789';

// The loopback API answers by rule; the set below is built so its answers are known exactly.
const RECORDS = [
  { text: 'whats ur snap', label: 'asking', kind: 'handle' },
  { text: 'add me on snap its kim_22', label: 'giving', kind: 'handle' }, // API says asking: a miss
  { text: 'my email is kim@example.com', label: 'giving', kind: 'email' },
  { text: 'gg wp', label: 'none', kind: 'chat' },
  { text: 'nice build', label: 'none', kind: 'chat' },
  { text: 'text me at kim@example.org', label: 'asking', kind: 'email' }, // API says giving: a miss
];
const API_SAYS = ['asking', 'asking', 'giving', 'none', 'none', 'giving'] as const;

let server: LoopbackServer;
let dir: string;
beforeAll(async () => {
  server = await startLoopbackServer({
    faults: {
      apiKey: KEY,
      label: 'none',
      rules: [
        { match: 'snap', reply: 'asking' },
        { match: '@', reply: 'giving' },
      ],
    },
  });
  dir = mkdtempSync(join(tmpdir(), 'piiguard-eval-'));
  writeFileSync(join(dir, 'set.jsonl'), RECORDS.map((r) => JSON.stringify(r)).join('\n'));
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});
const env = () => ({ FIREWORKS_API_KEY: KEY, FIREWORKS_BASE_URL: server.url });

interface JsonClassifier {
  name: string;
  metrics: ReturnType<typeof computeMetrics>;
  misclassified: { line: number; gold: string; predicted: string; text?: string }[];
  by?: { field: string; groups: { tag: string; metrics: ReturnType<typeof computeMetrics> }[] };
}

describe('piiguard eval', () => {
  it('prints accuracy, per-class P/R/F1 and the confusion matrix, with the metrics of @piiguard/eval', async () => {
    const r = await run(['eval', 'set.jsonl', '--against', 'api'], { cwd: dir, env: env() });
    expect(r.code).toBe(0);
    const expected = computeMetrics(
      RECORDS.map((rec, i) => ({ gold: rec.label as 'none', predicted: API_SAYS[i]! })),
    );
    expect(r.stdout).toContain(`accuracy ${(expected.accuracy * 100).toFixed(1)}% (4/6)`);
    expect(r.stdout).toMatch(/label\s+precision\s+recall\s+F1\s+support\s+predicted/);
    expect(r.stdout).toMatch(/asking\s+0\.500\s+0\.500\s+0\.500\s+2\s+2/);
    expect(r.stdout).toMatch(/gold \\ predicted\s+none\s+asking\s+giving/);
    expect(r.stdout).toMatch(/\ngiving\s+0\s+1\s+1\n/);
    expect(r.stdout).toContain('misclassified (2): lines 2, 6');
    expect(r.stdout).not.toContain('kim@example.org');
    expect(r.stdout + r.stderr).not.toContain(KEY);
  });

  it('--json gives the same numbers, the misses by line, and texts only with --show-text', async () => {
    const r = await run(['eval', 'set.jsonl', '--against', 'api', '--json'], { cwd: dir, env: env() });
    const report = JSON.parse(r.stdout) as { records: number; classifiers: JsonClassifier[] };
    expect(report.records).toBe(6);
    const [api] = report.classifiers;
    expect(api?.metrics).toEqual(
      computeMetrics(RECORDS.map((rec, i) => ({ gold: rec.label as 'none', predicted: API_SAYS[i]! }))),
    );
    expect(api?.misclassified).toEqual([
      { line: 2, gold: 'giving', predicted: 'asking' },
      { line: 6, gold: 'asking', predicted: 'giving' },
    ]);
    const shown = await run(['eval', 'set.jsonl', '--against', 'api', '--json', '--show-text'], {
      cwd: dir,
      env: env(),
    });
    expect(
      (JSON.parse(shown.stdout) as { classifiers: JsonClassifier[] }).classifiers[0]?.misclassified[1]?.text,
    ).toBe('text me at kim@example.org');
  });

  it('--against api,teacher,pocket: side by side, with pairwise agreement', async () => {
    const r = await run(
      ['eval', 'set.jsonl', '--against', 'api,teacher,pocket', '--teacher', TINY_TEACHER, '--json'],
      {
        cwd: dir,
        env: env(),
      },
    );
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as {
      classifiers: JsonClassifier[];
      agreement: { a: string; b: string; n: number; agreement: number; kappa: number | null }[];
    };
    expect(report.classifiers.map((c) => c.name)).toEqual(['api', 'teacher', 'pocket']);
    expect(report.agreement.map((p) => `${p.a}/${p.b}`)).toEqual([
      'api/teacher',
      'api/pocket',
      'teacher/pocket',
    ]);
    // Agreement follows from each one's predictions: recompute it from the misses.
    const predicted = (c: JsonClassifier) =>
      RECORDS.map((rec, i) => c.misclassified.find((m) => m.line === i + 1)?.predicted ?? rec.label);
    const [api, teacher, pocket] = report.classifiers.map(predicted);
    const share = (x: string[], y: string[]) => x.filter((label, i) => label === y[i]).length / x.length;
    expect(report.agreement.map((p) => p.agreement)).toEqual([
      share(api!, teacher!),
      share(api!, pocket!),
      share(teacher!, pocket!),
    ]);
    expect(report.agreement.every((p) => p.n === 6)).toBe(true);
    const text = await run(['eval', 'set.jsonl', '--against', 'api,pocket'], { cwd: dir, env: env() });
    expect(text.stdout).toMatch(
      /== side by side\nclassifier\s+accuracy\s+macro-F1\s+F1 none\s+F1 asking\s+F1 giving/,
    );
    expect(text.stdout).toMatch(
      /== agreement[^\n]*\npair\s+records\s+agree\s+kappa\n[-\s]+\napi \/ pocket\s+6\s+\d+\.\d%/,
    );
  });

  it('--by breaks accuracy down by a field; CSV with --label-field and --field', async () => {
    const r = await run(['eval', 'set.jsonl', '--against', 'api', '--by', 'kind'], { cwd: dir, env: env() });
    expect(r.stdout).toMatch(
      /== by kind[^\n]*\nkind\s+records\s+api\n[-\s]+\nchat\s+2\s+100\.0% \(2\/2\)\nemail\s+2\s+50\.0% \(1\/2\)\nhandle\s+2\s+50\.0% \(1\/2\)/,
    );
    writeFileSync(
      join(dir, 'set.csv'),
      `message,gold\n"whats ur snap",asking\n"gg, wp",none\n"my email is kim@example.com",GIVING\n`,
    );
    const csv = await run(
      ['eval', 'set.csv', '--against', 'api', '--field', 'message', '--label-field', 'gold'],
      {
        cwd: dir,
        env: env(),
      },
    );
    expect(csv.code).toBe(0);
    expect(csv.stdout).toContain('accuracy 100.0% (3/3)');
  });

  it('scores the well-formed records and reports the malformed ones by line (exit 1)', async () => {
    writeFileSync(
      join(dir, 'bad.jsonl'),
      '{"text":"gg","label":"none"}\n{"text":"x","label":"maybe"}\n{oops\n{"text":"whats ur snap","label":"asking"}\n',
    );
    const r = await run(['eval', 'bad.jsonl', '--against', 'api'], { cwd: dir, env: env() });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'bad.jsonl:2: malformed record (field "label" is not one of none, asking, giving)',
    );
    expect(r.stderr).toContain('bad.jsonl:3: malformed record (not valid JSON)');
    expect(r.stdout).toContain('accuracy 100.0% (2/2)');
  });

  it('defaults to the best available classifier, and exits 4 when one asked for is unavailable', async () => {
    const offline = await run(['eval', 'set.jsonl'], { cwd: dir });
    expect(offline.stderr).toContain('evaluating pocket');
    const withKey = await run(['eval', 'set.jsonl', '--json'], { cwd: dir, env: env() });
    expect((JSON.parse(withKey.stdout) as { classifiers: JsonClassifier[] }).classifiers[0]?.name).toBe(
      'api',
    );
    expect((await run(['eval', 'set.jsonl', '--against', 'api'], { cwd: dir })).code).toBe(4);
    expect(
      (await run(['eval', 'set.jsonl', '--against', 'teacher', '--teacher', join(dir, 'none')], { cwd: dir }))
        .code,
    ).toBe(4);
    expect((await run(['eval', 'set.jsonl', '--against', 'gpt'], { cwd: dir })).code).toBe(2);
    expect((await run(['eval', 'missing.jsonl'], { cwd: dir })).code).toBe(3);
    writeFileSync(join(dir, 'plain.txt'), 'gg\n');
    expect((await run(['eval', 'plain.txt'], { cwd: dir })).code).toBe(2);
  });
});
