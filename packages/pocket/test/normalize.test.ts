import { describe, expect, it } from 'vitest';
import { normalize } from '../src/normalize.js';

describe('normalize', () => {
  it.each([
    ['Unicode NFKC (full-width, maths letters)', '１２３４５６７ 𝐬𝐧𝐚𝐩', '1234567 snap'],
    ['case folding', 'WHATS UR SNAP', 'whats ur snap'],
    ['accents stripped', 'dónde vivís, José? ß', 'donde vivis, jose? ss'],
    ['Cyrillic look-alikes', 'ѕnарсhаt', 'snapchat'],
    ['Greek look-alikes', 'ιnstα', 'insta'],
    ['Turkish dotless i', 'nerelısın', 'nerelisin'],
    ['leetspeak inside words', 'sn4pch4t d1sc0rd h0tm41l', 'snapchat discord hotmail'],
    ['leet symbols', '$n@p 1n$ta', 'snap insta'],
    ['numbers stay numbers', 'kim99 user2 level 10', 'kim99 user2 level 10'],
    ['an email keeps its @', 'k1m_22@gmail.com', 'kim_22@gmail.com'],
    ['spaced-out letters', 's n a p', 'snap'],
    ['dotted or dashed letters', 'i.n.s.t.a d-i-s-c-o-r-d', 'insta discord'],
    ['spaced-out digits', 'call 5 5 5 1 2 3 4', 'call 5551234'],
    ['digits as English words', 'five five five one two three four', '5551234'],
    ['digits as Spanish words', 'seis cinco cuatro uno dos', '65412'],
    ['digits as Turkish words', 'beş üç iki sıfır', '5320'],
    ['mixed words and digits', 'nine 1 one 4', '9114'],
    [
      'separators inside a phone number',
      '(555) 123-4567 and +44 7700.900.123',
      '5551234567 and +447700900123',
    ],
    ['spelled-out email', 'kim22 at gmail dot com', 'kim22@gmail.com'],
    ['bracketed email', 'kim [at] outlook [dot] com', 'kim@outlook.com'],
    ['"gmail dot com" alone', 'its on gmail dot com', 'its on gmail.com'],
    ['spaced-out email', 'k i m @ g m a i l . c o m', 'kim@gmail.com'],
    ['control characters and zero-width spaces', 'sn\u200bap\u0000 now', 'snap now'],
    ['lone surrogate becomes a space', 'a\ud800b', 'a b'],
  ])('%s', (_name, input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  it('leaves short number groups (scores, prices, times, coordinates) alone', () => {
    expect(normalize('score 10-2 at 5:30 for $4.99, go to 120 -64 300')).toBe(
      'score 10-2 at 5:30 for $4.99, go to 120 -64 300',
    );
  });

  it('does not turn a single number word into a digit', () => {
    expect(normalize('i have one more level')).toBe('i have one more level');
  });

  it('is idempotent on its own output', () => {
    for (const s of ['my n u m b e r is 5 5 5 1 2 3 4', 'ѕnарсhаt: k1m_22', 'kim at gmail dot com']) {
      expect(normalize(normalize(s))).toBe(normalize(s));
    }
  });

  it('normalises a megabyte without spaces in linear time (letters, digits, dotted runs)', () => {
    for (const unit of ['a', '7', 'a.']) {
      const text = unit.repeat(1_000_000 / unit.length);
      const started = performance.now();
      expect(normalize(text).length).toBeGreaterThan(500_000);
      expect(performance.now() - started).toBeLessThan(5_000);
    }
  });

  it('normalises a megabyte of text in linear time', () => {
    const text = 'a 1 b 2 sn4p five '.repeat(60_000);
    const started = performance.now();
    expect(normalize(text).length).toBeGreaterThan(500_000);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
