import {
  computeMetrics,
  type EvaluationReport,
  evaluate,
  type Metrics,
  type TableStyle,
} from '@piiguard/eval';
import type { Classifier, Label } from '@piiguard/sdk';
import type { Reporter } from '../io.js';
import { cohenKappa, metricsBlock, predictionsOf } from './agreement.js';
import type { TestSet } from './test-set.js';

/** What one classifier scored on the test split: against the teacher, and against human labels where there are some. */
export interface Scores {
  readonly model: string;
  readonly examples: number;
  /** Accuracy against the teacher's labels is the student–teacher agreement. */
  readonly vsTeacher: Metrics;
  /** Cohen's kappa of the classifier against the teacher. */
  readonly kappa: number;
  readonly byLang: EvaluationReport['byLang'];
  /** Against the input's human labels, on the examples that have one. */
  readonly vsGold?: Metrics;
}

/** Runs `classifier` over the test split through `@piiguard/eval`'s `evaluate` and scores it. */
export async function scoreOnTestSet(
  classifier: Classifier,
  test: TestSet,
  options: { batchSize: number; signal?: AbortSignal; reporter: Reporter; label: string },
): Promise<Scores> {
  const report = await evaluate(classifier, test.examples, {
    batchSize: options.batchSize,
    ...(options.signal ? { signal: options.signal } : {}),
    onProgress: (done, total) => options.reporter.progress(`${options.label}: ${done}/${total}`, false),
  });
  options.reporter.clearProgress();
  const predicted = predictionsOf(test.examples, report);
  const goldPairs = goldPairsOf(test, predicted);
  return {
    model: classifier.model,
    examples: test.examples.length,
    vsTeacher: report.metrics,
    kappa: cohenKappa(report.metrics.confusion),
    byLang: report.byLang,
    ...(goldPairs.length > 0 ? { vsGold: computeMetrics(goldPairs) } : {}),
  };
}

/** `{gold, predicted}` for the examples with a human label. */
export function goldPairsOf(test: TestSet, predicted: readonly (Label | null)[]) {
  return test.gold.flatMap((gold, i) => (gold ? [{ gold, predicted: predicted[i] ?? null }] : []));
}

/** The agreement line under a student–teacher table. */
function agreementLine(scores: Scores): string {
  const m = scores.vsTeacher;
  return (
    `agreement with the teacher: ${(m.accuracy * 100).toFixed(1)}% (${m.correct}/${m.total}), Cohen's kappa ${scores.kappa.toFixed(3)}` +
    (m.unanswered > 0 ? `; ${m.unanswered} not answered (counted as disagreements)` : '')
  );
}

export function printScores(reporter: Reporter, title: string, scores: Scores, style: TableStyle): void {
  reporter.line(metricsBlock(title, scores.vsTeacher, style, scores.byLang));
  reporter.line();
  reporter.line(agreementLine(scores));
}
