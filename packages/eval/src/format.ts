import { LABELS } from '@piiguard/sdk';
import type { Metrics } from './metrics.js';

/** `markdown`: pipe tables for READMEs; `text`: space-aligned columns for terminals. */
export type TableStyle = 'markdown' | 'text';

export interface FormatOptions {
  /** @default 'markdown' */
  readonly style?: TableStyle;
  /** Digits after the decimal point for ratios. @default 3 */
  readonly digits?: number;
}

/**
 * Renders a table whose first row is the header; every column but the first is right-aligned.
 * Markdown tables are padded the way biome formats them, so generated README tables stay stable.
 */
export function formatTable(rows: readonly (readonly string[])[], style: TableStyle = 'markdown'): string {
  const [header] = rows;
  if (header === undefined) return '';
  const minWidth = style === 'markdown' ? 3 : 0;
  const widths = header.map((_, c) => Math.max(minWidth, ...rows.map((row) => (row[c] ?? '').length)));
  const pad = (cells: readonly string[]) =>
    cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)));
  if (style === 'markdown') {
    const rule = widths.map((w, c) => (c === 0 ? '-'.repeat(w) : `${'-'.repeat(w - 1)}:`));
    return [pad(header), rule, ...rows.slice(1).map(pad)]
      .map((cells) => `| ${cells.join(' | ')} |`)
      .join('\n');
  }
  const line = (cells: readonly string[]) => pad(cells).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

/** Accuracy and macro-F1, the per-class table and the confusion matrix, as one block of text. */
export function formatMetrics(metrics: Metrics, options: FormatOptions = {}): string {
  const style = options.style ?? 'markdown';
  const digits = options.digits ?? 3;
  const num = (value: number) => value.toFixed(digits);
  const pct = (value: number) => `${(value * 100).toFixed(1)}%`;

  const summary = [
    `accuracy ${pct(metrics.accuracy)} (${metrics.correct}/${metrics.total})`,
    `macro-F1 ${num(metrics.macroF1)}`,
    ...(metrics.unanswered > 0 ? [`errors ${metrics.unanswered} (counted as misses)`] : []),
  ].join(' · ');

  const perClass = formatTable(
    [
      ['label', 'precision', 'recall', 'F1', 'support', 'predicted'],
      ...LABELS.map((label) => {
        const m = metrics.perClass[label];
        return [label, num(m.precision), num(m.recall), num(m.f1), String(m.support), String(m.predicted)];
      }),
    ],
    style,
  );

  const withErrors = metrics.unanswered > 0;
  const confusion = formatTable(
    [
      ['gold \\ predicted', ...LABELS, ...(withErrors ? ['error'] : [])],
      ...LABELS.map((label, g) => [
        label,
        ...metrics.confusion[g]!.map(String),
        ...(withErrors ? [String(metrics.unansweredByGold[label])] : []),
      ]),
    ],
    style,
  );

  return [summary, '', perClass, '', confusion].join('\n');
}
