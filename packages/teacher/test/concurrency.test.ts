import type { Outcome } from '@piiguard/sdk';
import { loadTeacher } from '@piiguard/teacher';
import { describe, expect, it } from 'vitest';
import { neutralWords, TINY } from './helpers.js';

const giving = (o: Outcome | undefined) => (o?.ok ? o.value.teacherScores!.giving : Number.NaN);

describe('batching under 200 concurrent callers', () => {
  it('returns each caller its own answer', async () => {
    const texts = Array.from({ length: 200 }, (_, i) => {
      const filler = neutralWords(1 + (i % 37), i + 1);
      return i % 3 === 0 ? `${filler} my number is ${i}` : i % 3 === 1 ? `${filler} whats ur snap` : filler;
    });
    const sequential = await loadTeacher({ model: TINY, device: 'cpu', maxBatchSize: 1 });
    const expected: Outcome[] = [];
    for (const text of texts) expected.push((await sequential.classify([text]))[0]!);
    await sequential.close();

    const teacher = await loadTeacher({ model: TINY, device: 'cpu', maxBatchSize: 16, maxWaitMs: 1 });
    try {
      const answers = await Promise.all(texts.map((text) => teacher.classify([text])));
      answers.forEach(([answer], i) => {
        expect(answer!.ok && answer!.value.label).toBe(expected[i]!.ok && expected[i]!.value.label);
        expect(Math.abs(giving(answer) - giving(expected[i]))).toBeLessThan(1e-5);
      });
      const labels = new Set(answers.map(([a]) => a!.ok && a!.value.label));
      expect(labels).toEqual(new Set(['none', 'asking', 'giving']));
    } finally {
      await teacher.close();
    }
  });
});
