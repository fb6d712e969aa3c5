import type { ClassifyResult } from '@piiguard/sdk';
import { describe, expect, it } from 'vitest';
import { loadTeacher } from '../src/index.js';
import { neutralWords, TINY } from './helpers.js';

const giving = (result: ClassifyResult) => result.teacherScores!.giving;

describe('batching under 200 concurrent callers', () => {
  it('returns each caller its own answer', async () => {
    const texts = Array.from({ length: 200 }, (_, i) => {
      const filler = neutralWords(1 + (i % 37), i + 1);
      return i % 3 === 0 ? `${filler} my number is ${i}` : i % 3 === 1 ? `${filler} whats ur snap` : filler;
    });
    const sequential = await loadTeacher({ model: TINY, device: 'cpu', maxBatchSize: 1 });
    const expected: ClassifyResult[] = [];
    for (const text of texts) expected.push(await sequential.classify(text));
    await sequential.close();

    const teacher = await loadTeacher({ model: TINY, device: 'cpu', maxBatchSize: 16, maxWaitMs: 1 });
    try {
      const answers = await Promise.all(texts.map((text) => teacher.classify(text)));
      answers.forEach((answer, i) => {
        expect(answer.label).toBe(expected[i]!.label);
        expect(Math.abs(giving(answer) - giving(expected[i]!))).toBeLessThan(1e-5);
      });
      const labels = new Set(answers.map((a) => a.label));
      expect(labels).toEqual(new Set(['none', 'asking', 'giving']));
    } finally {
      await teacher.close();
    }
  });
});
