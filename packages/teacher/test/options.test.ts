import { ModelLoadError } from '@piiguard/sdk';
import { loadTeacher } from '@piiguard/teacher';
import { describe, expect, it } from 'vitest';
import { TINY } from './helpers.js';

describe('loadTeacher options', () => {
  it.each([
    [{ maxBatchSize: 0 }, /maxBatchSize must be an integer/],
    [{ maxWaitMs: 1.5 }, /maxWaitMs must be an integer/],
    [{ windowOverlap: 510 }, /windowOverlap must be an integer in \[0, 509\]/],
    [{ workerNice: 20 }, /workerNice/],
    [{ thresholds: { giving: 1.5 } }, /thresholds\.giving must be in \[0, 1\]/],
    [{ device: 'gpu' as 'cuda' }, /device must be 'auto', 'cuda' or 'cpu'/],
    [{ dtype: 'int4' as 'q8' }, /dtype must be/],
    [{ hubURL: 'ftp://mirror' }, /hubURL .* must be an http\(s\) URL/],
    [{ maxQueuedWindows: 4, maxWindows: 8 }, /maxQueuedWindows \(4\) must be at least maxWindows \(8\)/],
  ])('refuses %j naming the option', async (options, message) => {
    const load = loadTeacher({ model: TINY, ...options });
    await expect(load).rejects.toBeInstanceOf(ModelLoadError);
    await expect(load).rejects.toThrow(message);
  });

  it('applies configured thresholds to the label', async () => {
    const teacher = await loadTeacher({
      model: TINY,
      device: 'cpu',
      thresholds: { asking: 0.999, giving: 0.999, pii: 0.999 },
    });
    try {
      const [outcome] = await teacher.classify(['whats ur snap?']);
      if (!outcome?.ok) throw new Error('expected a classification');
      expect(outcome.value.teacherScores!.asking).toBeGreaterThan(0.5);
      expect(outcome.value.label).toBe('none');
    } finally {
      await teacher.close();
    }
  });
});
