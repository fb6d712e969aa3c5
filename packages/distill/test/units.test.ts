import { describe, expect, it } from 'vitest';
import { cohenKappa } from '../src/evaluate/agreement.js';
import { decisionMargin } from '../src/label/margin.js';
import { parseCsv } from '../src/messages/csv.js';
import { parseMessages } from '../src/messages/generate.js';
import { allocate, parseMix } from '../src/messages/mix.js';

const cutoffs = { asking: 0.2, giving: 0.3, pii: 0.2691 };

describe('decisionMargin', () => {
  it.each([
    [{ asking: 0.9, giving: 0.1 }, 0.2],
    [{ asking: 0.21, giving: 0.05 }, 0.01],
    [{ asking: 0.1, giving: 0.27 }, Math.abs(0.27 - 0.2691)],
    [{ asking: 0.2, giving: 0.3 }, 0],
  ])('raw scores %o: the nearest cutoff is %f away', (teacherScores, margin) => {
    expect(decisionMargin({ teacherScores }, cutoffs)).toBeCloseTo(margin, 12);
  });

  it('measures every head against its own cutoff (a v2 profile)', () => {
    const v2 = { asking: 0.6, giving: 0.55, offPlatform: 0.1 };
    expect(
      decisionMargin({ teacherScores: { asking: 0.1, giving: 0.2, offPlatform: 0.12 } }, v2),
    ).toBeCloseTo(0.02, 12);
    expect(decisionMargin({ teacherScores: { asking: 0.1, giving: 0.2 } }, v2)).toBeCloseTo(0.35, 12);
  });

  it('probabilities: the gap between the top two; neither: undefined', () => {
    expect(decisionMargin({ probabilities: { none: 0.5, asking: 0.3, giving: 0.2 } }, cutoffs)).toBeCloseTo(
      0.2,
      12,
    );
    expect(decisionMargin({}, cutoffs)).toBeUndefined();
  });
});

describe('cohenKappa', () => {
  it('is 1 for perfect agreement, 0 for chance, and matches a hand computation', () => {
    expect(
      cohenKappa([
        [5, 0, 0],
        [0, 3, 0],
        [0, 0, 2],
      ]),
    ).toBe(1);
    expect(
      cohenKappa([
        [1, 1],
        [1, 1],
      ]),
    ).toBe(0);
    // po = 0.7, pe = (0.5·0.6 + 0.5·0.4) = 0.5 → kappa 0.4
    expect(
      cohenKappa([
        [4, 1],
        [2, 3],
      ]),
    ).toBeCloseTo(0.4, 12);
  });
});

describe('mixes', () => {
  it('normalises weights and allocates exact integer parts', () => {
    const mix = parseMix('en=7, es:2,fr=1', 'languages');
    expect([...mix.values()]).toEqual([0.7, 0.2, 0.1]);
    const parts = allocate(11, mix);
    expect([...parts.values()].reduce((a, b) => a + b, 0)).toBe(11);
    expect([...parts.values()]).toEqual([8, 2, 1]);
  });

  it('refuses a bad list with a ConfigurationError naming the option, not the value', () => {
    expect(() => parseMix('en=x', 'languages')).toThrow(
      expect.objectContaining({ name: 'ConfigurationError', option: 'languages' }),
    );
    expect(() => parseMix('maybe=1', 'label-mix', ['none', 'asking', 'giving'])).toThrow(
      /label-mix` takes only none, asking, giving/,
    );
    expect(() => parseMix('en=0', 'languages')).toThrow(/positive weight/);
  });
});

describe('parseCsv', () => {
  it('handles quotes, doubled quotes, line breaks in fields, CRLF, and reports an unclosed quote', () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi""\nthere"\n').rows).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"\nthere'],
    ]);
    expect(parseCsv('a\n\n1\n').rows).toEqual([['a'], ['1']]);
    expect(parseCsv('a\n"open\nnever closed').unterminatedAt).toBe(2);
  });
});

describe('parseMessages', () => {
  it('reads a JSON array of strings, fenced or not, and refuses anything else', () => {
    expect(parseMessages('```json\n["a", "b", 3, ""]\n```')).toEqual(['a', 'b']);
    expect(parseMessages('Sure! Here they are')).toBeUndefined();
    expect(parseMessages('{"messages": "x"}')).toBeUndefined();
    expect(parseMessages(42)).toBeUndefined();
  });
});
