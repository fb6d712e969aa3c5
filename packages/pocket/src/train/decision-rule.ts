/**
 * The decision rule: three offsets added to the none/asking/giving logits, fitted on a dev split.
 * Harmless messages are the large majority of real chat, so the rule is fitted where a false alarm
 * costs what it costs in production, without trading PII recall below a floor for fewer of them.
 */
import type { Label } from '@piiguard/sdk';
import { type PocketModel, softmax } from '../model.js';
import { normalize } from '../normalize.js';
import { splitWindows } from '../windows.js';
import { LABEL_INDEX } from './fit.js';

/** A labelled message: what the decision rule is scored on. */
export interface LabelledText {
  readonly text: string;
  readonly label: Label;
}

/** What a decision rule does on a labelled set. */
export interface RuleFigures {
  /** Correct labels / messages. */
  readonly accuracy: number;
  /** Harmless messages flagged (asking or giving) / harmless messages. */
  readonly falseAlarmRate: number;
  /** PII messages flagged as either asking or giving / PII messages. */
  readonly piiRecall: number;
}

/**
 * Grid of the decision rule: the none offset (how much evidence a window needs before it is
 * flagged) and the asking-minus-giving offset, in nats.
 */
const NONE_OFFSETS = Array.from({ length: 41 }, (_, i) => Math.round((-1 + i * 0.1) * 10) / 10);
const ASK_GIVE_OFFSETS = Array.from({ length: 11 }, (_, i) => Math.round((-0.5 + i * 0.1) * 10) / 10);

/** Each example's windows' logits, before any offsets: computed once, then scored per rule. */
export function windowLogitsOf(
  model: PocketModel,
  examples: readonly LabelledText[],
): [number, number, number][][] {
  return examples.map((ex) => splitWindows(normalize(ex.text)).map((w) => model.windowLogits(w)));
}

/**
 * Scores one set of offsets the way `PocketModel.predict` and `topLabel` decide: offsets added,
 * the most PII-like window kept, its argmax (ties to the more PII-like label).
 */
export function scoreRule(
  windows: readonly (readonly [number, number, number][])[],
  examples: readonly LabelledText[],
  bias: readonly [number, number, number],
): RuleFigures {
  let correct = 0;
  let harmless = 0;
  let falseAlarms = 0;
  let pii = 0;
  let flagged = 0;
  windows.forEach((logits, i) => {
    let top = 0;
    let risk = -1;
    for (const [a, b, c] of logits) {
      const p = softmax(a + bias[0], b + bias[1], c + bias[2]);
      if (1 - p[0] > risk) {
        risk = 1 - p[0];
        top = p[2] > p[0] && p[2] >= p[1] ? 2 : p[1] > p[0] && p[1] > p[2] ? 1 : 0;
      }
    }
    const gold = LABEL_INDEX[examples[i]!.label];
    if (top === gold) correct++;
    if (gold === 0) {
      harmless++;
      if (top !== 0) falseAlarms++;
    } else {
      pii++;
      if (top !== 0) flagged++;
    }
  });
  return {
    accuracy: correct / examples.length,
    falseAlarmRate: harmless === 0 ? 0 : falseAlarms / harmless,
    piiRecall: pii === 0 ? 0 : flagged / pii,
  };
}

/**
 * Fits the decision rule on the dev split: of the offsets on the grid, the one with the highest
 * accuracy whose PII recall (asking or giving flagged as either) stays ≥ `minPiiRecall`; ties go
 * to the smaller offsets, and with no candidate meeting the floor the offsets stay zero.
 */
export function fitBias(
  model: PocketModel,
  dev: readonly LabelledText[],
  minPiiRecall: number,
): { bias: [number, number, number]; figures: RuleFigures } {
  const windows = windowLogitsOf(model, dev);
  let best: [number, number, number] = [0, 0, 0];
  let bestScore = -1;
  let bestFigures = scoreRule(windows, dev, best);
  for (const none of NONE_OFFSETS) {
    for (const askGive of ASK_GIVE_OFFSETS) {
      const bias: [number, number, number] = [none, askGive / 2, -askGive / 2];
      const figures = scoreRule(windows, dev, bias);
      if (figures.piiRecall < minPiiRecall) continue;
      // Accuracy first; among equals the offsets closest to zero (the rule that assumes least).
      const score = figures.accuracy - 1e-9 * (Math.abs(none) + Math.abs(askGive));
      if (score > bestScore) {
        bestScore = score;
        best = bias;
        bestFigures = figures;
      }
    }
  }
  return { bias: best, figures: bestFigures };
}
