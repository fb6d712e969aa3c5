import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { distill, readJsonl, TINY_TEACHER, workspace } from './support/run.js';

const TEACHER = fileURLToPath(new URL('./fixtures/recording-teacher.mjs', import.meta.url));

const ROWS = [
  { text: 'whats ur snap?' },
  { text: 'my email is kim@example.com' },
  { text: 'gg wp' },
  { text: 'where u at' },
  { text: 'nice one' },
  { text: 'FAILME please' },
  { text: 'ya same as here', speaker: 'b', context: [{ speaker: 'a', text: 'u on the yellow app?' }] },
];

async function labelled(
  extra: string[] = [],
  options: { signal?: AbortSignal; tty?: boolean; onStderr?: (c: string) => void } = {},
) {
  const cwd = await workspace(ROWS);
  const record = join(cwd, 'calls.jsonl');
  await distill(['messages', '--input', 'input.jsonl'], { cwd });
  const args = [
    'label',
    '--teacher-module',
    TEACHER,
    '--teacher-options',
    JSON.stringify({ record }),
    ...extra,
  ];
  return { cwd, record, args, result: await distill(args, { cwd, ...options }) };
}

describe('label: any classifier as teacher', () => {
  it('keeps raw scores and the thresholded label, passes context, counts failures, drops uncertain labels', async () => {
    const { cwd, record, result } = await labelled(['--drop-margin', '0.02']);
    expect(result.code, result.stderr).toBe(0);
    const dir = join(cwd, 'piiguard-distill');
    const kept = await readJsonl(join(dir, 'labels.jsonl'));
    const dropped = await readJsonl(join(dir, 'dropped.jsonl'));
    expect(dropped.map((r) => r.text)).toEqual(['where u at']);
    expect(dropped[0].teacher.margin).toBeCloseTo(0.01, 10);
    const snap = kept.find((r) => r.text === 'whats ur snap?');
    expect(snap.teacher).toEqual({
      label: 'asking',
      scores: { asking: 0.9, giving: 0.1 },
      margin: expect.any(Number),
      model: 'recording-teacher',
    });
    expect(kept.find((r) => r.text.startsWith('my email')).teacher.label).toBe('giving');
    expect(kept.map((r) => r.text)).not.toContain('FAILME please');
    expect(result.stdout).toContain('1 could not be labelled and are left out (1 inference)');
    expect(result.stdout).toContain('1 dropped as uncertain (within 0.02 of a cutoff');

    // The record with a conversation went alone, with its speaker and turns.
    const calls = await readJsonl(record);
    const withContext = calls.filter((c) => c.context.length > 0);
    expect(withContext).toEqual([
      { texts: ['ya same as here'], speaker: 'b', context: [{ speaker: 'a', text: 'u on the yellow app?' }] },
    ]);
    expect(calls.flatMap((c) => c.texts)).toHaveLength(ROWS.length);
    expect(JSON.parse(await readFile(join(dir, 'teacher.json'), 'utf8'))).toMatchObject({
      source: 'module',
      model: 'recording-teacher',
      usesContext: true,
    });
  });

  it('labels again only what an interrupted run left, and reuses the labels for another --drop-margin', async () => {
    const controller = new AbortController();
    const first = await labelled(['--batch-size', '2'], {
      tty: true,
      signal: controller.signal,
      onStderr: (chunk) => chunk.includes('labelling: 2/') && controller.abort(),
    });
    expect(first.result.code).toBe(130);
    const before = (await readJsonl(first.record)).flatMap((c) => c.texts);
    expect(before.length).toBeGreaterThanOrEqual(2);
    expect(before.length).toBeLessThan(ROWS.length);

    const resumed = await distill(first.args, { cwd: first.cwd });
    expect(resumed.code, resumed.stderr).toBe(0);
    const all = (await readJsonl(first.record)).flatMap((c) => c.texts);
    // Every message was sent once, except the one that failed, which is asked again.
    expect(all.filter((t) => t !== 'FAILME please').sort()).toEqual(
      ROWS.map((r) => r.text)
        .filter((t) => t !== 'FAILME please')
        .sort(),
    );

    const calls = all.length;
    const remargined = await distill([...first.args, '--drop-margin', '0.16'], { cwd: first.cwd });
    expect(remargined.code, remargined.stderr).toBe(0);
    expect((await readJsonl(first.record)).flatMap((c) => c.texts)).toHaveLength(calls + 1);
    const dir = join(first.cwd, 'piiguard-distill');
    const dropped = await readJsonl(join(dir, 'dropped.jsonl'));
    const kept = await readJsonl(join(dir, 'labels.jsonl'));
    // Only the email-free question keeps a margin of 0.16 (its nearest score is giving, 0.2 off).
    expect(kept.map((r) => r.text)).toEqual(['whats ur snap?']);
    expect(dropped.every((r) => r.teacher.margin < 0.16)).toBe(true);
    expect(remargined.stdout).toContain(`${dropped.length} dropped as uncertain (within 0.16`);
  });

  it('labels with the fixture teacher through loadTeacher (a real onnxruntime session)', async () => {
    const cwd = await workspace(ROWS.filter((r) => !r.text.includes('FAILME')));
    await distill(['messages', '--input', 'input.jsonl'], { cwd });
    const result = await distill(['label', '--teacher', TINY_TEACHER, '--teacher-device', 'cpu'], { cwd });
    expect(result.code, result.stderr).toBe(0);
    const kept = await readJsonl(join(cwd, 'piiguard-distill', 'labels.jsonl'));
    expect(kept).toHaveLength(6);
    for (const r of kept) {
      expect(r.teacher.scores.asking).toBeGreaterThanOrEqual(0);
      expect(r.teacher.scores.giving).toBeLessThanOrEqual(1);
    }
    // The planted signal: an email is giving, a question is asking.
    expect(kept.find((r) => r.text.startsWith('my email')).teacher.label).toBe('giving');
    expect(kept.find((r) => r.text === 'whats ur snap?').teacher.label).not.toBe('none');
  });

  it('refuses a student teacher without --upload, and a teacher that cannot load', async () => {
    const cwd = await workspace(ROWS);
    await distill(['messages', '--input', 'input.jsonl'], { cwd });
    const student = await distill(['label', '--teacher-student', 'accounts/a/models/b'], { cwd });
    expect(student.code).toBe(2);
    expect(student.stderr).toContain('add --upload');
    const missing = await distill(['label', '--teacher', './no-such-model'], { cwd });
    expect(missing.code).toBe(4);
    expect(missing.stderr).toContain('ModelLoadError');
    const both = await distill(['label', '--teacher', './x', '--teacher-module', TEACHER], { cwd });
    expect(both.code).toBe(2);
  });
});
