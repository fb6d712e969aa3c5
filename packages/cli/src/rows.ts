import type { ClassifyResult, Outcome } from '@piiguard/sdk';
import type { Located } from './input/fields.js';

const MAX_SHOWN_TEXT = 80;

/** What one output row is about: a classified record, or one that could not be read. */
export type RowInput =
  | {
      readonly kind: 'outcome';
      readonly at: Located;
      readonly text: string;
      readonly outcome: Outcome<ClassifyResult>;
    }
  | { readonly kind: 'malformed'; readonly at: Located; readonly problem: string };

export interface RowOptions {
  /** Include the message text (off by default: the messages are the PII). */
  readonly showText: boolean;
  /** Name the input on each row (when there is more than one file, or files and arguments). */
  readonly showSource: boolean;
}

/**
 * One JSON object per record: where it was (`file` for files, `line`), then the `ClassifyResult`
 * (label, probabilities, source, model, fallbackReason, latencyMs, ...) or `error` (kind, name,
 * message — never the text).
 */
export function jsonRow(row: RowInput, options: RowOptions): string {
  const at =
    row.at.source === 'arguments' || row.at.source === 'stdin'
      ? { line: row.at.line }
      : { file: row.at.source, line: row.at.line };
  if (row.kind === 'malformed') {
    return JSON.stringify({
      ...at,
      error: { kind: 'invalid-input', name: 'MalformedRecord', message: row.problem },
    });
  }
  const text = options.showText ? { text: row.text } : {};
  if (!row.outcome.ok) return JSON.stringify({ ...at, ...text, error: row.outcome.error.toJSON() });
  return JSON.stringify({ ...at, ...text, ...row.outcome.value });
}

/** The table's header, printed once on a terminal. */
export function tableHeader(options: RowOptions): string {
  const head = `${'line'.padStart(options.showSource ? 0 : 6)}  label   p     source                 model`;
  return options.showText ? `${head}  text` : head;
}

/** `line  label  p  source (reason)  model  [text]`, for a person reading a terminal. */
export function tableRow(row: RowInput, options: RowOptions): string {
  const where = options.showSource ? `${row.at.source}:${row.at.line}` : String(row.at.line).padStart(6);
  if (row.kind === 'malformed') return `${where}  error   malformed record: ${row.problem}`;
  const shown = options.showText ? `  ${shorten(row.text)}` : '';
  if (!row.outcome.ok)
    return `${where}  error   ${row.outcome.error.name}: ${row.outcome.error.message}${shown}`;
  const r = row.outcome.value;
  const p = r.probabilities ? r.probabilities[r.label].toFixed(2) : '  - ';
  const origin = r.source === 'cache' && r.cachedSource ? `cache:${r.cachedSource}` : r.source;
  const reason = r.fallbackReason ? ` (${r.fallbackReason})` : '';
  return `${where}  ${r.label.padEnd(7)} ${p}  ${(origin + reason).padEnd(22)} ${r.model}${shown}`;
}

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > MAX_SHOWN_TEXT ? `${oneLine.slice(0, MAX_SHOWN_TEXT - 1)}…` : oneLine;
}
