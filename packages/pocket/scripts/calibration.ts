/**
 * Temperature scaling: one scalar T > 0 that divides the logits before the softmax. It leaves the
 * argmax alone and is fitted by minimising the negative log-likelihood of held-out (dev) labels.
 * NLL(β = 1/T) is convex, so it is unimodal in log T and a golden-section search finds it in a
 * fixed number of steps — deterministic, so training stays byte-reproducible.
 */
import { type Logits, softmax } from '../src/model.js';

/** Search bounds for T and the number of golden-section steps (interval shrinks 0.618× a step). */
const MIN_T = 0.05;
const MAX_T = 50;
const STEPS = 60;

/** Mean negative log-likelihood (nats) of the labels under softmax(logits / t). */
export function meanNll(logits: readonly Logits[], labels: ArrayLike<number>, t: number): number {
  let sum = 0;
  for (let i = 0; i < logits.length; i++) {
    const z = logits[i]!;
    const a = z[0] / t;
    const b = z[1] / t;
    const c = z[2] / t;
    const m = Math.max(a, b, c);
    const logSum = m + Math.log(Math.exp(a - m) + Math.exp(b - m) + Math.exp(c - m));
    sum += logSum - [a, b, c][labels[i]!]!;
  }
  return sum / logits.length;
}

/** The temperature minimising `meanNll`, rounded to 6 significant digits for a stable file. */
export function fitTemperature(logits: readonly Logits[], labels: ArrayLike<number>): number {
  const phi = (Math.sqrt(5) - 1) / 2;
  const f = (logT: number) => meanNll(logits, labels, Math.exp(logT));
  let lo = Math.log(MIN_T);
  let hi = Math.log(MAX_T);
  let x1 = hi - phi * (hi - lo);
  let x2 = lo + phi * (hi - lo);
  let f1 = f(x1);
  let f2 = f(x2);
  for (let i = 0; i < STEPS; i++) {
    if (f1 <= f2) {
      hi = x2;
      x2 = x1;
      f2 = f1;
      x1 = hi - phi * (hi - lo);
      f1 = f(x1);
    } else {
      lo = x1;
      x1 = x2;
      f1 = f2;
      x2 = lo + phi * (hi - lo);
      f2 = f(x2);
    }
  }
  return Number(Math.exp((lo + hi) / 2).toPrecision(6));
}

/**
 * Expected calibration error: examples binned by their max probability into `bins` equal-width
 * bins; the support-weighted mean of |accuracy − mean confidence| over the bins.
 */
export function expectedCalibrationError(
  probabilities: readonly (readonly number[])[],
  labels: ArrayLike<number>,
  bins = 10,
): number {
  const count = new Float64Array(bins);
  const confidence = new Float64Array(bins);
  const correct = new Float64Array(bins);
  for (let i = 0; i < probabilities.length; i++) {
    const p = probabilities[i]!;
    const top = Math.max(...p);
    const bin = Math.min(bins - 1, Math.floor(top * bins));
    count[bin]! += 1;
    confidence[bin]! += top;
    if (p.indexOf(top) === labels[i]) correct[bin]! += 1;
  }
  let ece = 0;
  for (let b = 0; b < bins; b++) {
    if (count[b]! > 0) ece += Math.abs(correct[b]! - confidence[b]!);
  }
  return ece / probabilities.length;
}

/** NLL, ECE and mean max-probability of logits at temperature `t`. */
export interface CalibrationFigures {
  readonly nll: number;
  readonly ece: number;
  readonly meanConfidence: number;
}

export function calibrationFigures(
  logits: readonly Logits[],
  labels: ArrayLike<number>,
  t: number,
): CalibrationFigures {
  const probabilities = logits.map(([a, b, c]) => softmax(a / t, b / t, c / t));
  const meanConfidence = probabilities.reduce((s, p) => s + Math.max(...p), 0) / probabilities.length;
  return {
    nll: meanNll(logits, labels, t),
    ece: expectedCalibrationError(probabilities, labels),
    meanConfidence,
  };
}
