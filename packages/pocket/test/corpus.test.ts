import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../scripts/corpus/generate.js';

describe('generateCorpus', () => {
  it('is deterministic: same seed → same corpus; another seed → another corpus', () => {
    expect(generateCorpus(5, 300)).toEqual(generateCorpus(5, 300));
    expect(generateCorpus(6, 300)).not.toEqual(generateCorpus(5, 300));
  });

  it('covers the three labels with non-empty texts whose parts join to the text', () => {
    const corpus = generateCorpus(11, 3000);
    const counts = { none: 0, asking: 0, giving: 0 };
    for (const ex of corpus) {
      counts[ex.label]++;
      expect(ex.text.trim()).not.toBe('');
      expect(ex.parts.join('')).toBe(ex.text);
    }
    for (const n of Object.values(counts)) expect(n).toBeGreaterThan(600);
  });

  it('produces disguised values and long messages with the message after chatter', () => {
    const corpus = generateCorpus(12, 5000);
    expect(corpus.some((ex) => / dot com|\(at\)|\[at\]/.test(ex.text))).toBe(true);
    expect(
      corpus.some((ex) =>
        /\b(five|seven|nine) (one|two|three|four|five|six|seven|eight|nine)\b/.test(ex.text),
      ),
    ).toBe(true);
    expect(corpus.some((ex) => /[а-яѕі]/.test(ex.text))).toBe(true);
    expect(corpus.some((ex) => ex.label !== 'none' && ex.parts[0].length > 150)).toBe(true);
  });
});
