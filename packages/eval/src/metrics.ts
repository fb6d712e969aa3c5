import { InvalidInputError, LABELS, type Label } from '@piiguard/sdk';

/**
 * One scored example: the gold label and what the classifier said. `predicted: null` means the
 * classifier gave no label (its outcome was an error): it counts as a miss for the gold class.
 */
export interface LabelPair {
  readonly gold: Label;
  readonly predicted: Label | null;
}

/** Precision, recall and F1 of one label, each in [0, 1]. */
export interface ClassMetrics {
  /** Correct predictions of this label / all predictions of this label; 0 when it was never predicted. */
  readonly precision: number;
  /** Correct predictions of this label / gold examples of this label; 0 when it has no gold examples. */
  readonly recall: number;
  /** Harmonic mean of precision and recall; 0 when both are 0. */
  readonly f1: number;
  /** Number of gold examples with this label (errors included). */
  readonly support: number;
  /** Number of times the classifier predicted this label. */
  readonly predicted: number;
}

/** Everything computed from a set of label pairs. */
export interface Metrics {
  /** Number of pairs, errors included. */
  readonly total: number;
  /** Pairs whose prediction equals the gold label. */
  readonly correct: number;
  /** Pairs without a prediction (classifier errors); counted as misses everywhere. */
  readonly unanswered: number;
  /** `correct / total`, in [0, 1]. */
  readonly accuracy: number;
  readonly perClass: Readonly<Record<Label, ClassMetrics>>;
  /**
   * Unweighted mean F1 over the labels that occur in gold or predictions (as scikit-learn does by
   * default), so a label absent from both does not drag the mean down with a meaningless 0.
   */
  readonly macroF1: number;
  /**
   * `confusion[g][p]`: pairs with gold label `LABELS[g]` predicted as `LABELS[p]` (rows gold,
   * columns predicted, order none/asking/giving). Unanswered pairs are not in the matrix; see
   * `unansweredByGold`.
   */
  readonly confusion: readonly (readonly number[])[];
  /** Unanswered pairs per gold label. */
  readonly unansweredByGold: Readonly<Record<Label, number>>;
}

const ratio = (numerator: number, denominator: number): number =>
  denominator === 0 ? 0 : numerator / denominator;

/**
 * Computes accuracy, per-class precision/recall/F1, macro-F1 and the confusion matrix.
 * Throws `InvalidInputError` (reason `empty`) for zero pairs: no metric means anything then.
 */
export function computeMetrics(pairs: Iterable<LabelPair>): Metrics {
  const confusion = LABELS.map(() => LABELS.map(() => 0));
  const unansweredByGold: Record<Label, number> = { none: 0, asking: 0, giving: 0 };
  let total = 0;
  for (const { gold, predicted } of pairs) {
    const g = LABELS.indexOf(gold);
    if (g < 0) throw new InvalidInputError(`Unknown gold label at pair ${total}`, 'not-a-string');
    total += 1;
    if (predicted === null) {
      unansweredByGold[gold] += 1;
      continue;
    }
    const p = LABELS.indexOf(predicted);
    if (p < 0) throw new InvalidInputError(`Unknown predicted label at pair ${total - 1}`, 'not-a-string');
    confusion[g]![p]! += 1;
  }
  if (total === 0) throw new InvalidInputError('Cannot compute metrics of zero examples', 'empty');

  const perClass = {} as Record<Label, ClassMetrics>;
  const present: number[] = [];
  let correct = 0;
  LABELS.forEach((label, i) => {
    const tp = confusion[i]![i]!;
    correct += tp;
    const support = confusion[i]!.reduce((a, b) => a + b, 0) + unansweredByGold[label];
    const predicted = confusion.reduce((sum, row) => sum + row[i]!, 0);
    const precision = ratio(tp, predicted);
    const recall = ratio(tp, support);
    const f1 = ratio(2 * precision * recall, precision + recall);
    perClass[label] = { precision, recall, f1, support, predicted };
    if (support > 0 || predicted > 0) present.push(f1);
  });
  const unanswered = LABELS.reduce((sum, label) => sum + unansweredByGold[label], 0);
  return {
    total,
    correct,
    unanswered,
    accuracy: correct / total,
    perClass,
    macroF1: present.reduce((a, b) => a + b, 0) / present.length,
    confusion,
    unansweredByGold,
  };
}
