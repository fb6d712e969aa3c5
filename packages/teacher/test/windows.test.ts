import { InvalidInputError } from '@piiguard/sdk';
import { describe, expect, it } from 'vitest';
import { buildWindows, MAX_CONTENT_TOKENS, maxOverWindows, windowStarts } from '../src/windows.js';

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
    const starts = windowStarts(3000, MAX_CONTENT_TOKENS, 64);
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

describe('windowStarts', () => {
  it('refuses an overlap that would keep windows from advancing instead of looping forever', () => {
    expect(() => windowStarts(3000, MAX_CONTENT_TOKENS, -1)).toThrow(RangeError);
    expect(() => windowStarts(3000, 64, 64)).toThrow(RangeError);
    expect(() => buildWindows(ids(3000), { ...options, overlap: 600 })).toThrow(/overlap \(600\)/);
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
