import { InferenceError, ModelLoadError, type TeacherScores } from '@piiguard/sdk';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFixture } from '../scripts/fixture/build.js';
import { loadTeacher, ROBLOX_V1, type TeacherProfile } from '../src/index.js';
import { TINY, tempDir } from './helpers.js';

const temp = tempDir();
afterAll(() => temp.remove());

describe('model profiles, from config.json id2label', () => {
  it('reads the order of v2’s three heads from id2label: reversed labels still score the right heads', async () => {
    const reversed = buildFixture({ out: `${temp.dir}/v2-reversed`, shape: 'v2', swapLabels: true });
    expect(reversed.labels).toEqual([
      'directing_users_off_platform',
      'privacy_giving_pii',
      'privacy_asking_for_pii',
    ]);
    const teacher = await loadTeacher({ model: reversed.dir, device: 'cpu' });
    try {
      expect(teacher.profile.name).toBe('roblox-v2');
      const [asking, giving] = await Promise.all([
        teacher.classify('whats ur snap?'),
        teacher.classify('my email is kim@example.com'),
      ]);
      expect(asking.teacherScores).toMatchObject({ asking: expect.closeTo(0.98, 1) });
      expect(asking.teacherScores!.offPlatform).toBeLessThan(0.1);
      expect([asking.label, giving.label]).toEqual(['asking', 'giving']);
    } finally {
      await teacher.close();
    }
  });

  it('refuses a label set that matches no profile, listing the labels found and the known profiles', async () => {
    const other = buildFixture({
      out: `${temp.dir}/other`,
      labels: ['privacy_asking_for_pii', 'privacy_giving_pii', 'toxicity'],
    });
    const error = await loadTeacher({ model: other.dir, device: 'cpu' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ModelLoadError);
    expect((error as Error).message).toContain('[privacy_asking_for_pii, privacy_giving_pii, toxicity]');
    expect((error as Error).message).toMatch(/roblox-v1 .*roblox-v2 /);
  });

  it('refuses a profile option the model does not fit, naming both label sets', async () => {
    const error = await loadTeacher({ model: TINY, device: 'cpu', profile: 'roblox-v2' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ModelLoadError);
    expect((error as Error).message).toMatch(
      /roblox-v2 needs exactly \[privacy_asking_for_pii, privacy_giving_pii, directing_users_off_platform\]/,
    );
  });

  it('runs a custom profile: its heads, format and rule', async () => {
    const model = buildFixture({ out: `${temp.dir}/custom`, labels: ['wants_pii', 'shares_pii'] });
    const seen: string[] = [];
    const custom: TeacherProfile<{ readonly either: number }> = {
      ...ROBLOX_V1,
      name: 'custom-either',
      heads: { asking: 'wants_pii', giving: 'shares_pii' },
      // The same input as v1, recorded so the test sees that this format ran.
      format: (conversation) => {
        seen.push(conversation.text);
        return ROBLOX_V1.format(conversation);
      },
      thresholds: { either: 0.5 },
      label: (scores: TeacherScores, { either }) =>
        Math.max(scores.asking, scores.giving) >= either ? 'giving' : 'none',
    };
    const teacher = await loadTeacher({
      model: model.dir,
      device: 'cpu',
      profile: custom,
      thresholds: { either: 0.9 },
    });
    try {
      expect(teacher.profile.name).toBe('custom-either');
      const result = await teacher.classify('whats ur snap?');
      expect(seen).toEqual(['whats ur snap?']);
      // the planted labels are not the PII label names, so the head reads random weights: only the rule is checked
      const max = Math.max(result.teacherScores!.asking, result.teacherScores!.giving);
      expect(result.label).toBe(max >= 0.9 ? 'giving' : 'none');
      expect(teacher.thresholds).toEqual({ either: 0.9 });
    } finally {
      await teacher.close();
    }
    // A format that throws or returns something else fails the call with InferenceError, and only it.
    let calls = 0;
    const broken: TeacherProfile = {
      ...custom,
      format: (conversation) => {
        calls += 1;
        if (calls === 1) throw new Error('format bug');
        return calls === 2 ? ({ text: 1 } as never) : ROBLOX_V1.format(conversation);
      },
    };
    const fragile = await loadTeacher({ model: model.dir, device: 'cpu', profile: broken });
    try {
      await expect(fragile.classify('a')).rejects.toBeInstanceOf(InferenceError);
      await expect(fragile.classify('b')).rejects.toThrow(/did not return \{ text, head, body \}/);
      expect((await fragile.classify('c')).source).toBe('teacher');
    } finally {
      await fragile.close();
    }
  });
});
