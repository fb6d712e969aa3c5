import { AutoTokenizer } from '@huggingface/transformers';
import { InvalidInputError } from '@piiguard/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTeacher, type Teacher } from '../src/index.js';
import { neutralWords, TINY } from './helpers.js';

describe('long text is scored in overlapping windows', () => {
  let teacher: Teacher;
  beforeAll(async () => {
    // Past the default maxTextLength: these texts must reach the windowing.
    teacher = await loadTeacher({ model: TINY, device: 'cpu', maxWindows: 8, maxTextLength: 60_000 });
  });
  afterAll(() => teacher.close());

  it('sees giving-PII placed at the end of a 3,000-token text', async () => {
    const filler = neutralWords(3000, 11);
    const text = `${filler} my email is kim@example.com and my phone number is 555 0100`;
    const tokenizer = await AutoTokenizer.from_pretrained(TINY, { local_files_only: true });
    const ids = tokenizer.encode(text, { add_special_tokens: false });
    expect(ids.length).toBeGreaterThanOrEqual(3000);
    // exactly the first window's content, decoded back to text
    const firstWindow = tokenizer.decode(ids.slice(0, 510));

    const [whole, first] = await Promise.all([teacher.classify(text), teacher.classify(firstWindow)]);
    expect(first.teacherScores!.giving).toBeLessThan(0.3);
    expect(whole.teacherScores!.giving).toBeGreaterThan(first.teacherScores!.giving + 0.3);
    expect(whole.label).toBe('giving');
  });

  it('refuses a text over maxTextLength before tokenizing it', async () => {
    const limited = await loadTeacher({ model: TINY, device: 'cpu', maxTextLength: 1000 });
    try {
      expect(limited.maxTextLength).toBe(1000);
      const [long, fine] = await limited.classifyBatch(['a'.repeat(1001), 'a'.repeat(1000)]);
      expect(long!.ok ? undefined : (long!.error as InvalidInputError).reason).toBe('too-long');
      expect(fine!.ok).toBe(true);
    } finally {
      await limited.close();
    }
  });

  it('refuses a text that needs more than maxWindows windows with a typed per-text error', async () => {
    const [tooLong, fine] = await teacher.classifyBatch([neutralWords(8 * 510, 5), 'whats ur snap?']);
    expect(tooLong!.ok).toBe(false);
    const error = tooLong!.ok ? undefined : tooLong!.error;
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).reason).toBe('too-many-windows');
    expect(fine!.ok && fine!.value.label).toBe('asking');
  });
});
