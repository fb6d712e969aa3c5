import { LABELS } from '@piiguard/sdk';
import { describe, expect, it } from 'vitest';
import {
  calibrationFigures,
  expectedCalibrationError,
  fitTemperature,
  meanNll,
} from '../scripts/calibration.js';
import { generateCorpus } from '../scripts/corpus/generate.js';
import { DEFAULT_TRAIN_OPTIONS } from '../scripts/train-core.js';
import { createModel } from '../src/load.js';
import { type Logits, type PocketWeightsFile, softmax } from '../src/model.js';
import weights from '../src/weights.generated.json';

const file = weights as PocketWeightsFile;
const calibrated = createModel(file);
const uncalibrated = createModel({ ...file, temperature: 1 });
/** A sample of the generated dev split (the split the temperature was fitted on). */
const dev = generateCorpus(DEFAULT_TRAIN_OPTIONS.seed + 1, 1500);
const devLabels = dev.map((ex) => LABELS.indexOf(ex.label));
const devLogits = dev.map((ex) => uncalibrated.logits(ex.text));

function argmax(p: { none: number; asking: number; giving: number }): number {
  const values = [p.none, p.asking, p.giving];
  return values.indexOf(Math.max(...values));
}

describe('temperature calibration', () => {
  it('ships a positive, finite temperature', () => {
    expect(file.format).toBe('piiguard-pocket/2');
    expect(calibrated.temperature).toBeGreaterThan(0);
    expect(Number.isFinite(calibrated.temperature)).toBe(true);
    expect(calibrated.temperature).not.toBe(1);
  });

  it('labels every dev message exactly as the uncalibrated model does (argmax unchanged)', () => {
    for (const ex of dev)
      expect(argmax(calibrated.predict(ex.text))).toBe(argmax(uncalibrated.predict(ex.text)));
    const long = `${'this game is so fun lol we should do the obby again later. '.repeat(40)} whats ur snap?`;
    expect(argmax(calibrated.predict(long))).toBe(argmax(uncalibrated.predict(long)));
  });

  it('brings mean confidence on dev to within 0.05 of dev accuracy, lowering NLL and ECE', () => {
    const accuracy =
      devLogits.filter((z, i) => z.indexOf(Math.max(...z)) === devLabels[i]).length / dev.length;
    const before = calibrationFigures(devLogits, devLabels, 1);
    const after = calibrationFigures(devLogits, devLabels, calibrated.temperature);
    expect(Math.abs(after.meanConfidence - accuracy)).toBeLessThan(
      Math.abs(before.meanConfidence - accuracy),
    );
    expect(after.meanConfidence).toBeGreaterThanOrEqual(accuracy - 0.05);
    expect(after.meanConfidence).toBeLessThanOrEqual(1);
    expect(after.nll).toBeLessThan(before.nll);
    expect(after.ece).toBeLessThan(before.ece);
  });

  it('loads a format-1 file (before calibration) uncalibrated', () => {
    const { temperature: _, ...rest } = file;
    const old = createModel({ ...rest, format: 'piiguard-pocket/1' });
    expect(old.temperature).toBe(1);
    expect(old.predict('whats ur snap')).toEqual(uncalibrated.predict('whats ur snap'));
  });
});

describe('fitTemperature', () => {
  it('recovers the temperature of labels sampled from softmax(z / 2.5)', () => {
    // A fixed linear-congruential stream, so the test is deterministic.
    let state = 12345;
    const next = () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state / 2147483648;
    };
    const logits: Logits[] = [];
    const labels: number[] = [];
    for (let i = 0; i < 20_000; i++) {
      const z: Logits = [next() * 12 - 6, next() * 12 - 6, next() * 12 - 6];
      const p = softmax(z[0] / 2.5, z[1] / 2.5, z[2] / 2.5);
      const u = next();
      labels.push(u < p[0] ? 0 : u < p[0] + p[1] ? 1 : 2);
      logits.push(z);
    }
    const t = fitTemperature(logits, labels);
    expect(t).toBeGreaterThan(2.3);
    expect(t).toBeLessThan(2.7);
    expect(meanNll(logits, labels, t)).toBeLessThanOrEqual(meanNll(logits, labels, 1));
  });
});

describe('expectedCalibrationError', () => {
  it('is 0 for a perfectly calibrated bin and |accuracy − confidence| weighted by bin size', () => {
    expect(
      expectedCalibrationError(
        [
          [0.75, 0.25, 0],
          [0.75, 0.25, 0],
          [0.75, 0.25, 0],
          [0.75, 0.25, 0],
        ],
        [0, 0, 0, 1],
      ),
    ).toBeCloseTo(0, 12);
    // Bin 0.9: two at 0.95, both right (gap 0.05); bin 0.5: two at 0.5, one right (gap 0): ECE = 0.5 × 0.05.
    expect(
      expectedCalibrationError(
        [
          [0.95, 0.05, 0],
          [0.05, 0.95, 0],
          [0.5, 0.3, 0.2],
          [0.5, 0.3, 0.2],
        ],
        [0, 1, 0, 2],
      ),
    ).toBeCloseTo(0.025, 12);
  });
});
