import type { Label } from '@piiguard/sdk';
import { describe, expect, it } from 'vitest';
import { DEFAULT_V2_THRESHOLDS, labelFromV2Scores } from '../src/index.js';

describe('labelFromV2Scores (card cutoffs asking >= 0.60, giving >= 0.55, off-platform >= 0.10)', () => {
  it.each<[number, number, number | undefined, Label, string]>([
    [0.6, 0, 0, 'asking', 'asking exactly at its cutoff fires'],
    [0.59999, 0, 0, 'none', 'asking just below does not'],
    [0, 0.55, 0, 'giving', 'giving exactly at its cutoff fires'],
    [0, 0.54999, 0, 'none', 'giving just below does not'],
    [0, 0, 0.1, 'giving', 'off-platform exactly at its cutoff fires, as giving'],
    [0, 0, 0.09999, 'none', 'off-platform just below does not'],
    [0.59, 0.54, 0.09, 'none', 'nothing fires, however close'],
    [0.9, 0.9, 0, 'giving', 'both fire at 0.9: giving is further past its lower cutoff in logit space'],
    [0.95, 0.7, 0, 'asking', 'asking 0.95 (margin 2.54) beats giving 0.7 (margin 0.65)'],
    [0.99, 0, 0.3, 'asking', 'asking 0.99 (margin 4.19) beats off-platform 0.3 (margin 1.35)'],
    [0.7, 0, 0.3, 'giving', 'off-platform 0.3 (margin 1.35) beats asking 0.7 (margin 0.44): giving'],
    [0.6, 0.55, 0.1, 'asking', 'all exactly at their cutoffs: margins tie at 0, asking first'],
    [1, 1, 1, 'asking', 'all at 1: infinite margins tie, asking first'],
    [0, 1, 0, 'giving', 'a score of 1 fires with an infinite margin'],
    [Number.NaN, 0.9, 0, 'giving', 'NaN never fires'],
    [Number.NaN, Number.NaN, Number.NaN, 'none', 'all NaN: none'],
    [0.9, 0, undefined, 'asking', 'a two-head score set (no off-platform) still works'],
    [0, 0, undefined, 'none', 'a two-head score set with nothing firing'],
  ])('(%f, %f, %s) -> %s: %s', (asking, giving, offPlatform, label) => {
    const scores = offPlatform === undefined ? { asking, giving } : { asking, giving, offPlatform };
    expect(labelFromV2Scores(scores)).toBe(label);
  });

  it('is the margin in logit space, not the raw difference', () => {
    // Raw: asking 0.8 is 0.2 past 0.6, off-platform 0.25 only 0.15 past 0.1; in logit space
    // asking is 0.98 past, off-platform 1.10 past: off-platform (giving) decides.
    expect(labelFromV2Scores({ asking: 0.8, giving: 0, offPlatform: 0.25 })).toBe('giving');
  });

  it('breaks an exact tie of margins asking, then giving, then off-platform', () => {
    const even = { asking: 0.6, giving: 0.6, offPlatform: 0.6 };
    expect(labelFromV2Scores({ asking: 0.8, giving: 0.8, offPlatform: 0.8 }, even)).toBe('asking');
    expect(labelFromV2Scores({ asking: 0.7, giving: 0.8, offPlatform: 0.8 }, even)).toBe('giving');
  });

  it('uses configured cutoffs, and cutoffs of 0 and 1 without ∞ − ∞', () => {
    const strict = { asking: 0.9, giving: 0.9, offPlatform: 0.9 };
    expect(labelFromV2Scores({ asking: 0.85, giving: 0.89, offPlatform: 0.5 }, strict)).toBe('none');
    expect(labelFromV2Scores({ asking: 0.95, giving: 0.89, offPlatform: 0.5 }, strict)).toBe('asking');
    const edges = { asking: 1, giving: 0, offPlatform: 1 };
    expect(labelFromV2Scores({ asking: 1, giving: 0, offPlatform: 0.99 }, edges)).toBe('asking');
    expect(labelFromV2Scores({ asking: 0.99, giving: 0.2, offPlatform: 0.99 }, edges)).toBe('giving');
  });

  it('exports the card defaults, frozen', () => {
    expect(DEFAULT_V2_THRESHOLDS).toEqual({ asking: 0.6, giving: 0.55, offPlatform: 0.1 });
    expect(Object.isFrozen(DEFAULT_V2_THRESHOLDS)).toBe(true);
  });
});
