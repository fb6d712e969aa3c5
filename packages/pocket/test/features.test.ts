import { describe, expect, it } from 'vitest';
import { extractFeatures } from '../src/features.js';

const BITS = 18;

describe('extractFeatures', () => {
  it('gives the same buckets for the same text, every time', () => {
    const text = 'my snap is kim_22 call 5551234567 kim@gmail.com 😂';
    expect(extractFeatures(text, BITS)).toEqual(extractFeatures(text, BITS));
  });

  it('keeps every bucket inside the table', () => {
    const feats = extractFeatures('whats ur insta? discord.gg/abc123 @kim 12345', 12);
    expect(feats.length).toBeGreaterThan(20);
    for (const f of feats) {
      expect(Number.isInteger(f)).toBe(true);
      expect(f).toBeGreaterThanOrEqual(0);
      expect(f).toBeLessThan(1 << 12);
    }
  });

  it('reads numbers by shape, not value: two phone numbers look alike', () => {
    expect(extractFeatures('text me 5551234567', BITS)).toEqual(extractFeatures('text me 9876543210', BITS));
  });

  it('tells a phone-length number from a short score', () => {
    expect(extractFeatures('text me 5551234567', BITS)).not.toEqual(extractFeatures('text me 55512', BITS));
  });

  it('depends on word order (bigrams), not only on the bag of words', () => {
    const a = [...extractFeatures('my snap is', BITS)].sort((x, y) => x - y);
    const b = [...extractFeatures('is snap my', BITS)].sort((x, y) => x - y);
    expect(a).not.toEqual(b);
  });

  it('reuses the output array it is given', () => {
    const out: number[] = [1, 2, 3];
    const result = extractFeatures('hi', BITS, out);
    expect(result).toBe(out);
    expect(result).toEqual(extractFeatures('hi', BITS));
  });
});
