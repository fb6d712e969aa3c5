/**
 * How far the pocket model's probabilities can be read as confidence: negative log-likelihood,
 * expected calibration error (10 equal-width bins of the top probability) and mean top
 * probability beside accuracy. Measurement only: nothing here feeds back into training.
 */
import type { Label, LabelProbabilities } from '@piiguard/sdk';
import { topLabel } from '../src/model.js';

export interface CalibrationFigures {
  readonly accuracy: number;
  /** Mean −ln p(gold label). */
  readonly nll: number;
  /** Σ over bins of (bin share) × |accuracy − mean top probability|. */
  readonly ece: number;
  /** Mean top probability: to be compared with `accuracy`. */
  readonly meanConfidence: number;
}

const BINS = 10;
/** Keeps −ln p finite when a probability rounds to 0. */
const FLOOR = 1e-12;

export function calibrationFigures(
  predictions: readonly LabelProbabilities[],
  gold: readonly Label[],
): CalibrationFigures {
  if (predictions.length === 0 || predictions.length !== gold.length) {
    throw new RangeError('calibrationFigures needs one gold label per prediction, and at least one.');
  }
  const binCount = new Array<number>(BINS).fill(0);
  const binCorrect = new Array<number>(BINS).fill(0);
  const binConfidence = new Array<number>(BINS).fill(0);
  let correct = 0;
  let nll = 0;
  let confidence = 0;
  predictions.forEach((p, i) => {
    const top = topLabel(p);
    const hit = top === gold[i] ? 1 : 0;
    const bin = Math.min(BINS - 1, Math.floor(p[top] * BINS));
    binCount[bin]! += 1;
    binCorrect[bin]! += hit;
    binConfidence[bin]! += p[top];
    correct += hit;
    confidence += p[top];
    nll -= Math.log(Math.max(FLOOR, p[gold[i]!]));
  });
  const n = predictions.length;
  let ece = 0;
  for (let b = 0; b < BINS; b++) {
    const count = binCount[b]!;
    if (count > 0) ece += (count / n) * Math.abs(binCorrect[b]! / count - binConfidence[b]! / count);
  }
  return { accuracy: correct / n, nll: nll / n, ece, meanConfidence: confidence / n };
}
