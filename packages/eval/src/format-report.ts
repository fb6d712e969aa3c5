import type { EvaluationReport, SliceAccuracy } from './evaluate.js';
import { formatMetrics, formatTable, type TableStyle } from './format.js';

export interface FormatReportOptions {
  /** @default 'markdown' */
  readonly style?: TableStyle;
  /** How many misclassified examples (and, separately, errors) to list. @default 25 */
  readonly maxListed?: number;
}

const sliceTable = (title: string, slices: readonly SliceAccuracy[], style: TableStyle) =>
  formatTable(
    [
      [title, 'n', 'correct', 'accuracy'],
      ...slices.map((s) => [s.key, String(s.total), String(s.correct), `${(s.accuracy * 100).toFixed(1)}%`]),
    ],
    style,
  );

/** A short one-line rendering of a text for listings: newlines flattened, long texts cut. */
const preview = (text: string) => {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 120 ? `${flat.slice(0, 117)}...` : flat;
};

/**
 * The whole report as text: model, metrics, per-kind and per-language accuracy, then the first
 * misclassified examples and errors. It quotes dataset texts, so it is for evaluation sets, not
 * for real user messages.
 */
export function formatReport(report: EvaluationReport, options: FormatReportOptions = {}): string {
  const style = options.style ?? 'markdown';
  const maxListed = options.maxListed ?? 25;
  const parts = [
    `model: ${report.model} (${report.classifierKind}) · ${report.metrics.total} examples in ${(report.elapsedMs / 1000).toFixed(2)} s`,
    '',
    formatMetrics(report.metrics, { style }),
    '',
    sliceTable('kind', report.byKind, style),
    '',
    sliceTable('lang', report.byLang, style),
  ];
  if (report.misses.length > 0) {
    parts.push(
      '',
      `misclassified (${report.misses.length}, first ${Math.min(maxListed, report.misses.length)}):`,
    );
    for (const miss of report.misses.slice(0, maxListed)) {
      const e = miss.example;
      parts.push(
        `  line ${e.line} [${e.kind ?? '-'}] gold ${e.label} → ${miss.predicted}: ${preview(e.text)}`,
      );
    }
  }
  if (report.errors.length > 0) {
    parts.push('', `errors (${report.errors.length}, first ${Math.min(maxListed, report.errors.length)}):`);
    for (const { example, error } of report.errors.slice(0, maxListed)) {
      parts.push(`  line ${example.line} gold ${example.label}: ${error.name}: ${error.message}`);
    }
  }
  return parts.join('\n');
}
