import { InvalidInputError } from '@piiguard/sdk';
import { describe, expect, it } from 'vitest';
import { buildWindows, MAX_CONTENT_TOKENS, maxOverWindows, windowRanges } from '../src/windows.js';

const ids = (n: number) => Array.from({ length: n }, (_, i) => 100 + i);
const options = { bosId: 0, eosId: 2, overlap: 64, maxWindows: 16 };

describe('buildWindows', () => {
  it('wraps a short text in <s> ... </s> as one window', () => {
    expect(buildWindows([7, 8, 9], options)).toEqual([[0, 7, 8, 9, 2]]);
    expect(buildWindows([], options)).toEqual([[0, 2]]);
  });

  it('keeps exactly 510 content tokens in one 512-token window', () => {
    const windows = buildWindows(ids(MAX_CONTENT_TOKENS), options);
    expect(windows).toHaveLength(1);
    expect(windows[0]).toHaveLength(512);
  });

  it('splits longer text into overlapping windows that each end in </s> and cover every token', () => {
    const content = ids(3000);
    const windows = buildWindows(content, options);
    const starts = windowRanges(3000, MAX_CONTENT_TOKENS, 64).map(([start]) => start);
    expect(windows).toHaveLength(starts.length);
    for (const window of windows) {
      expect(window.length).toBeLessThanOrEqual(512);
      expect(window[0]).toBe(0);
      expect(window.at(-1)).toBe(2);
    }
    const seen = new Set(windows.flatMap((w) => w.slice(1, -1)));
    expect(seen.size).toBe(3000);
    // consecutive windows share `overlap` tokens (except the last, aligned to the end, which shares more)
    expect(starts[1]! - starts[0]!).toBe(MAX_CONTENT_TOKENS - 64);
    expect(windows.at(-1)!.slice(1, -1)).toEqual(content.slice(3000 - MAX_CONTENT_TOKENS));
  });

  it('refuses a text that needs more than maxWindows windows, without the text in the message', () => {
    const build = () => buildWindows(ids(10_000), { ...options, maxWindows: 3 });
    expect(build).toThrow(InvalidInputError);
    try {
      build();
    } catch (error) {
      expect((error as InvalidInputError).reason).toBe('too-many-windows');
      expect((error as Error).message).toMatch(/limit is 3/);
    }
  });
});

describe('windowRanges', () => {
  it('refuses an overlap that would keep windows from advancing instead of looping forever', () => {
    expect(() => windowRanges(3000, MAX_CONTENT_TOKENS, -1)).toThrow(RangeError);
    expect(() => windowRanges(3000, 64, 64)).toThrow(RangeError);
    expect(() => buildWindows(ids(3000), { ...options, overlap: 600 })).toThrow(/overlap \(600\)/);
  });
});

describe('word-aligned windows', () => {
  // A word starts every 7th id (ids 0, 7, 14, …), except inside one 600-id "word" at 1001–1600.
  const startsWord = (i: number) => ((i <= 1001 || i > 1600) && i % 7 === 0) || i === 1601;
  const ranges = windowRanges(3000, MAX_CONTENT_TOKENS, 64, startsWord);

  it('start and end windows between words, overlapping, covering every id, the last at the end', () => {
    expect(ranges[0]![0]).toBe(0);
    expect(ranges.at(-1)![1]).toBe(3000);
    for (const [start, end] of ranges) {
      expect(end - start).toBeLessThanOrEqual(MAX_CONTENT_TOKENS);
      if (start <= 1001 || start > 1601) expect(startsWord(start)).toBe(true);
    }
    for (let i = 1; i < ranges.length; i++) {
      const [previousStart, previousEnd] = ranges[i - 1]!;
      const [start] = ranges[i]!;
      expect(start).toBeGreaterThan(previousStart);
      expect(start).toBeLessThanOrEqual(previousEnd);
      if (previousEnd < 1000) expect(startsWord(previousEnd)).toBe(true);
    }
  });

  it('cuts inside a word only when the word is longer than half a window', () => {
    const cutInside = ranges.filter(([, end]) => end > 1001 && end < 1601 && !startsWord(end));
    expect(cutInside.length).toBeGreaterThan(0);
    const aligned = windowRanges(3000, MAX_CONTENT_TOKENS, 64, (i) => i % 7 === 0);
    expect(aligned.slice(0, -1).every(([, end]) => end % 7 === 0)).toBe(true);
  });

  it('needs as many windows as fixed offsets do when every id starts a word', () => {
    expect(windowRanges(3000, MAX_CONTENT_TOKENS, 64, () => true)).toEqual(
      windowRanges(3000, MAX_CONTENT_TOKENS, 64),
    );
    expect(windowRanges(3000, MAX_CONTENT_TOKENS, 64).map(([start]) => start)).toEqual([
      0, 446, 892, 1338, 1784, 2230, 2490,
    ]);
  });
});

describe('maxOverWindows', () => {
  it('takes each class max independently', () => {
    expect(
      maxOverWindows([
        [0.1, 0.9],
        [0.7, 0.2],
      ]),
    ).toEqual([0.7, 0.9]);
  });

  it('propagates NaN instead of skipping a broken window', () => {
    const [asking, giving] = maxOverWindows([
      [Number.NaN, 0.2],
      [0.9, 0.1],
    ]);
    expect(asking).toBeNaN();
    expect(giving).toBe(0.2);
  });
});
