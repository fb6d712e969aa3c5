import type { ClassifyResult, Outcome } from '@piiguard/sdk';

const MAX_SHOWN_TEXT = 80;

/** One output line for one message: a JSON object, or `label  p  source  model  [text]`. */
export function formatOutcome(
  outcome: Outcome<ClassifyResult>,
  text: string,
  options: { json: boolean; showText: boolean },
): string {
  if (options.json) return JSON.stringify(toJson(outcome, text, options.showText));
  if (!outcome.ok) {
    const row = `error   ${outcome.error.name}: ${outcome.error.message}`;
    return options.showText ? `${row}  ${shorten(text)}` : row;
  }
  const r = outcome.value;
  const p = r.probabilities ? r.probabilities[r.label].toFixed(2) : '  - ';
  const origin = r.source === 'cache' && r.cachedSource ? `cache:${r.cachedSource}` : r.source;
  const reason = r.fallbackReason ? ` (${r.fallbackReason})` : '';
  const row = `${r.label.padEnd(7)} ${p}  ${(origin + reason).padEnd(22)} ${r.model}`;
  return options.showText ? `${row}  ${shorten(text)}` : row;
}

function toJson(outcome: Outcome<ClassifyResult>, text: string, showText: boolean): Record<string, unknown> {
  const base = showText ? { text } : {};
  if (!outcome.ok) return { ...base, error: outcome.error.toJSON() };
  return { ...base, ...outcome.value };
}

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > MAX_SHOWN_TEXT ? `${oneLine.slice(0, MAX_SHOWN_TEXT - 1)}…` : oneLine;
}
