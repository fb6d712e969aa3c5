import {
  type EvalExample,
  type EvaluationReport,
  formatMetrics,
  formatTable,
  type Metrics,
  type TableStyle,
} from '@piiguard/eval';
import type { Label } from '@piiguard/sdk';

/**
 * Cohen's kappa of a confusion matrix (rows one rater, columns the other): agreement beyond what
 * the two label distributions would give by chance. 1 is perfect, 0 is chance; answered pairs only.
 */
export function cohenKappa(confusion: readonly (readonly number[])[]): number {
  const n = confusion.reduce((sum, row) => sum + row.reduce((a, b) => a + b, 0), 0);
  if (n === 0) return 0;
  const observed = confusion.reduce((sum, row, i) => sum + row[i]!, 0) / n;
  const expected = confusion.reduce((sum, row, i) => {
    const rowTotal = row.reduce((a, b) => a + b, 0);
    const columnTotal = confusion.reduce((s, r) => s + r[i]!, 0);
    return sum + (rowTotal * columnTotal) / (n * n);
  }, 0);
  return expected === 1 ? 1 : (observed - expected) / (1 - expected);
}

/**
 * Each example's predicted label, from an evaluation report: its misses and errors name the
 * examples they concern, every other example was answered with its reference label.
 */
export function predictionsOf(examples: readonly EvalExample[], report: EvaluationReport): (Label | null)[] {
  // By line, which `readTestSet` makes unique.
  const wrong = new Map<number, Label | null>();
  for (const miss of report.misses) wrong.set(miss.example.line, miss.predicted);
  for (const error of report.errors) wrong.set(error.example.line, null);
  return examples.map((example) => (wrong.has(example.line) ? wrong.get(example.line)! : example.label));
}

/** The metrics block, with accuracy per language, as printed by the evaluate and pocket steps. */
export function metricsBlock(
  title: string,
  metrics: Metrics,
  style: TableStyle,
  byLang?: EvaluationReport['byLang'],
): string {
  const parts = [title, '', formatMetrics(metrics, { style })];
  if (byLang && byLang.length > 1) {
    parts.push(
      '',
      formatTable(
        [
          ['lang', 'n', 'correct', 'accuracy'],
          ...byLang.map((s) => [
            s.key,
            String(s.total),
            String(s.correct),
            `${(s.accuracy * 100).toFixed(1)}%`,
          ]),
        ],
        style,
      ),
    );
  }
  return parts.join('\n');
}
