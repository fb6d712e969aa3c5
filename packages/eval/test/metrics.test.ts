import { InvalidInputError, type Label } from '@piiguard/sdk';
import { describe, expect, it } from 'vitest';
import { computeMetrics, formatMetrics, type LabelPair } from '../src/index.js';

const pairs = (spec: [Label, Label | null, number][]): LabelPair[] =>
  spec.flatMap(([gold, predicted, n]) => Array.from({ length: n }, () => ({ gold, predicted })));

// Confusion (rows gold, cols predicted): none [3,1,0], asking [0,2,1], giving [1,1,1].
const mixed = pairs([
  ['none', 'none', 3],
  ['none', 'asking', 1],
  ['asking', 'asking', 2],
  ['asking', 'giving', 1],
  ['giving', 'giving', 1],
  ['giving', 'none', 1],
  ['giving', 'asking', 1],
]);

describe('computeMetrics', () => {
  it('matches hand-computed accuracy, per-class P/R/F1, macro-F1 and confusion', () => {
    const m = computeMetrics(mixed);
    expect(m.total).toBe(10);
    expect(m.correct).toBe(6);
    expect(m.accuracy).toBeCloseTo(0.6, 12);
    expect(m.confusion).toEqual([
      [3, 1, 0],
      [0, 2, 1],
      [1, 1, 1],
    ]);
    expect(m.perClass.none).toEqual({ precision: 0.75, recall: 0.75, f1: 0.75, support: 4, predicted: 4 });
    expect(m.perClass.asking.precision).toBeCloseTo(0.5, 12);
    expect(m.perClass.asking.recall).toBeCloseTo(2 / 3, 12);
    expect(m.perClass.asking.f1).toBeCloseTo(4 / 7, 12);
    expect(m.perClass.giving.precision).toBeCloseTo(0.5, 12);
    expect(m.perClass.giving.recall).toBeCloseTo(1 / 3, 12);
    expect(m.perClass.giving.f1).toBeCloseTo(0.4, 12);
    expect(m.macroF1).toBeCloseTo((0.75 + 4 / 7 + 0.4) / 3, 12);
  });

  it('gives 0 precision to a label never predicted and 0 recall to a label with no gold examples', () => {
    const m = computeMetrics(pairs([['asking', 'none', 2]]));
    expect(m.accuracy).toBe(0);
    expect(m.perClass.asking).toEqual({ precision: 0, recall: 0, f1: 0, support: 2, predicted: 0 });
    expect(m.perClass.none).toEqual({ precision: 0, recall: 0, f1: 0, support: 0, predicted: 2 });
    expect(m.macroF1).toBe(0);
  });

  it('averages macro-F1 only over labels that occur in gold or predictions', () => {
    const m = computeMetrics(pairs([['none', 'none', 5]]));
    expect(m.perClass.giving).toEqual({ precision: 0, recall: 0, f1: 0, support: 0, predicted: 0 });
    expect(m.macroF1).toBe(1);
    expect(m.accuracy).toBe(1);
  });

  it('counts unanswered pairs as misses of their gold label, outside the confusion matrix', () => {
    const m = computeMetrics(
      pairs([
        ['asking', 'asking', 1],
        ['asking', null, 1],
        ['giving', 'giving', 2],
      ]),
    );
    expect(m.total).toBe(4);
    expect(m.unanswered).toBe(1);
    expect(m.unansweredByGold).toEqual({ none: 0, asking: 1, giving: 0 });
    expect(m.accuracy).toBe(0.75);
    expect(m.perClass.asking).toMatchObject({ precision: 1, recall: 0.5, support: 2, predicted: 1 });
    expect(m.confusion[1]).toEqual([0, 1, 0]);
  });

  it('refuses zero pairs with a typed error', () => {
    expect(() => computeMetrics([])).toThrow(InvalidInputError);
  });
});

describe('formatMetrics', () => {
  it('renders the per-class table and the confusion matrix as markdown', () => {
    const text = formatMetrics(computeMetrics(mixed));
    expect(text).toContain('accuracy 60.0% (6/10) · macro-F1 0.574');
    const lines = text.split('\n');
    expect(lines).toContain('| asking |     0.500 |  0.667 | 0.571 |       3 |         4 |');
    expect(lines).toContain('| gold \\ predicted | none | asking | giving |');
    expect(lines).toContain('| ---------------- | ---: | -----: | -----: |');
    expect(lines).toContain('| giving           |    1 |      1 |      1 |');
    expect(text).not.toContain('error');
  });

  it('aligns columns in text style and adds an error column when some pairs are unanswered', () => {
    const text = formatMetrics(
      computeMetrics(
        pairs([
          ['none', 'none', 10],
          ['giving', null, 1],
        ]),
      ),
      {
        style: 'text',
        digits: 2,
      },
    );
    const lines = text.split('\n');
    const header = lines.find((l) => l.startsWith('gold'));
    expect(header).toBe('gold \\ predicted  none  asking  giving  error');
    expect(lines).toContain('none                10       0       0      0');
    expect(lines).toContain('giving               0       0       0      1');
    expect(text).toContain('errors 1 (counted as misses)');
  });
});
