import { describe, expect, it } from 'vitest';
import { calibrationFigures } from '../scripts/calibration.js';

const p = (none: number, asking: number, giving: number) => ({ none, asking, giving });

describe('calibrationFigures', () => {
  it('is zero ECE when confidence equals accuracy within each bin', () => {
    const f = calibrationFigures(
      [p(0.75, 0.15, 0.1), p(0.75, 0.15, 0.1), p(0.75, 0.15, 0.1), p(0.75, 0.15, 0.1)],
      ['none', 'none', 'none', 'asking'],
    );
    expect(f.accuracy).toBe(0.75);
    expect(f.meanConfidence).toBeCloseTo(0.75, 12);
    expect(f.ece).toBeCloseTo(0, 12);
    expect(f.nll).toBeCloseTo((-3 * Math.log(0.75) - Math.log(0.15)) / 4, 12);
  });

  it('weights each bin by its share: over-confident mistakes raise ECE', () => {
    // Bin 9: two predictions at 0.95, one right → |0.5 − 0.95| × 2/3. Bin 6: one at 0.6, right → |1 − 0.6| × 1/3.
    const f = calibrationFigures(
      [p(0.95, 0.03, 0.02), p(0.02, 0.95, 0.03), p(0.2, 0.2, 0.6)],
      ['none', 'giving', 'giving'],
    );
    expect(f.ece).toBeCloseTo((2 / 3) * 0.45 + (1 / 3) * 0.4, 12);
    expect(f.accuracy).toBeCloseTo(2 / 3, 12);
  });

  it('keeps NLL finite for a zero probability and refuses mismatched input', () => {
    expect(Number.isFinite(calibrationFigures([p(1, 0, 0)], ['giving']).nll)).toBe(true);
    expect(() => calibrationFigures([], [])).toThrow(RangeError);
    expect(() => calibrationFigures([p(1, 0, 0)], ['none', 'none'])).toThrow(RangeError);
  });
});
