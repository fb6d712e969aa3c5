import type { Outcome } from '@piiguard/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTeacher, type Teacher } from '../src/index.js';
import { neutralWords, TINY } from './helpers.js';

const scores = (outcome: Outcome | undefined) => {
  if (!outcome?.ok) throw new Error('expected a classification');
  return outcome.value.teacherScores!;
};

describe('padding invariance', () => {
  let teacher: Teacher;
  beforeAll(async () => {
    // One call's texts are queued in one turn and sorted by length; while a batch has under 128 real
    // tokens it takes the next longer text whatever the padding, so the three short messages share a
    // right-padded batch with (at least) the 200-token one.
    teacher = await loadTeacher({ model: TINY, device: 'cpu', maxBatchSize: 64, maxBatchTokens: 64 * 512 });
  });
  afterAll(() => teacher.close());

  it('scores a message alone and inside a padded batch of longer messages the same, within 1e-5', async () => {
    const messages = ['whats ur snap?', 'my email is kim@example.com', 'gg that was fun'];
    const longer = [200, 350, 480].map((n, i) => `${neutralWords(n, i + 3)} my number is 555 0100`);
    const alone = await Promise.all(messages.map(async (m) => (await teacher.classify(m)).teacherScores!));
    const batched = await teacher.classifyBatch([...longer, ...messages]);
    messages.forEach((_, i) => {
      const inBatch = scores(batched[longer.length + i]);
      expect(Math.abs(inBatch.asking - alone[i]!.asking)).toBeLessThan(1e-5);
      expect(Math.abs(inBatch.giving - alone[i]!.giving)).toBeLessThan(1e-5);
    });
    // the longer messages really were scored (and differ), so the batch was not trivially short
    expect(scores(batched[0]).giving).not.toBeCloseTo(alone[0]!.giving, 3);
  });
});
