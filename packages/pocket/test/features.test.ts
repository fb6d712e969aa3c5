import { describe, expect, it } from 'vitest';
import intl from '../scripts/corpus/intl.generated.json';
import { COUNTRY_WORDS } from '../src/country-words.js';
import { extractFeatures } from '../src/features.js';
import { normalize } from '../src/normalize.js';

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

  it('marks country names, so a town it never saw is told from a country by the same flag', () => {
    // The buckets two texts with different countries share and a town's text lacks: the country
    // flag (and its pairs), whichever town or country it is.
    const buckets = (text: string) => new Set(extractFeatures(text, BITS));
    const countryOnly = (a: string, b: string, town: string) => {
      const [fa, fb, ft] = [buckets(a), buckets(b), buckets(town)];
      return [...fa].filter((f) => fb.has(f) && !ft.has(f));
    };
    const fromCountry = countryOnly('im from brazil', 'im from canada', 'im from fresno');
    expect(fromCountry.length).toBeGreaterThan(0);
    // The same buckets in another sentence: the flag is the country's, not the sentence's.
    const liveCountry = countryOnly('i live in germany', 'i live in japan', 'i live in akron');
    expect(liveCountry.some((f) => fromCountry.includes(f))).toBe(true);
  });

  it('knows every word of the corpus countries, in every language that spaces its words', () => {
    const words = new Set(COUNTRY_WORDS);
    for (const [lang, { countries }] of Object.entries(intl)) {
      if (lang === 'vi' || lang === 'ja' || lang === 'ko') continue;
      for (const country of countries) {
        const known = normalize(country)
          .split(' ')
          .some((w) => words.has(w));
        expect(known, `${lang}: ${country}`).toBe(true);
      }
    }
  });

  it('reuses the output array it is given', () => {
    const out: number[] = [1, 2, 3];
    const result = extractFeatures('hi', BITS, out);
    expect(result).toBe(out);
    expect(result).toEqual(extractFeatures('hi', BITS));
  });
});
