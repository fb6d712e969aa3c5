import { readFile } from 'node:fs/promises';
import { LABELS, type Label, PiiguardError, type PiiguardErrorKind } from '@piiguard/sdk';

/** One labelled message of an evaluation set. */
export interface EvalExample {
  readonly text: string;
  readonly label: Label;
  /** Language code (e.g. `es`); absent means English. */
  readonly lang?: string;
  /** What the example exercises (e.g. `phone`, `negative-game`), for per-kind breakdowns. */
  readonly kind?: string;
  /** Why the label was chosen, for reviewers. */
  readonly note?: string;
  /**
   * Free labels for breakdowns (e.g. `hard-negative`, `long`, `code-switching`); a bare string in
   * the file is one tag. Absent means none.
   */
  readonly tags?: readonly string[];
  /** 1-based line in the source file (or position in the array it came from). */
  readonly line: number;
}

/** One problem found in a dataset, located by its 1-based line. */
export interface DatasetIssue {
  readonly line: number;
  readonly message: string;
}

export interface ParseDatasetOptions {
  /** Accept the same text twice (it would be counted twice). @default false */
  readonly allowDuplicates?: boolean;
  /** Name used in error messages, e.g. the file path. @default 'dataset' */
  readonly source?: string;
}

const SHOWN_ISSUES = 10;

/** The dataset has malformed rows; `issues` lists every one with its line. */
export class DatasetError extends PiiguardError {
  override readonly kind: PiiguardErrorKind = 'invalid-input';
  readonly issues: readonly DatasetIssue[];
  constructor(source: string, issues: readonly DatasetIssue[]) {
    const shown = issues.slice(0, SHOWN_ISSUES).map((issue) => `  line ${issue.line}: ${issue.message}`);
    const more = issues.length > SHOWN_ISSUES ? [`  ...and ${issues.length - SHOWN_ISSUES} more`] : [];
    super([`${source} has ${issues.length} invalid row(s):`, ...shown, ...more].join('\n'));
    this.issues = issues;
  }
  override get name(): string {
    return 'DatasetError';
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), issues: this.issues };
  }
}

const OPTIONAL_STRINGS = ['lang', 'kind', 'note'] as const;

function validateRow(value: unknown, line: number, issues: DatasetIssue[]): EvalExample | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    issues.push({ line, message: 'expected a JSON object' });
    return undefined;
  }
  const row = value as Record<string, unknown>;
  const before = issues.length;
  if (typeof row.text !== 'string') issues.push({ line, message: '"text" must be a string' });
  else if (row.text.trim() === '') issues.push({ line, message: '"text" is empty' });
  if (!LABELS.includes(row.label as Label)) {
    issues.push({
      line,
      message: `"label" must be one of ${LABELS.join(', ')} (got ${JSON.stringify(row.label)})`,
    });
  }
  for (const field of OPTIONAL_STRINGS) {
    const v = row[field];
    if (v !== undefined && (typeof v !== 'string' || v.trim() === '')) {
      issues.push({ line, message: `"${field}" must be a non-empty string when present` });
    }
  }
  // One tag may be written as a bare string.
  const tags = typeof row.tags === 'string' ? [row.tags] : row.tags;
  if (
    tags !== undefined &&
    (!Array.isArray(tags) || tags.some((tag) => typeof tag !== 'string' || tag.trim() === ''))
  ) {
    issues.push({ line, message: '"tags" must be a non-empty string or an array of them when present' });
  }
  if (issues.length > before) return undefined;
  const example: { -readonly [K in keyof EvalExample]: EvalExample[K] } = {
    text: row.text as string,
    label: row.label as Label,
    line,
  };
  for (const field of OPTIONAL_STRINGS) {
    if (typeof row[field] === 'string') example[field] = row[field] as string;
  }
  if (Array.isArray(tags)) example.tags = Object.freeze([...(tags as string[])]);
  return example;
}

/**
 * Parses JSONL: one `{"text", "label", "lang"?, "kind"?, "note"?, "tags"?}` object per line; blank
 * lines are skipped, other fields ignored. Throws `DatasetError` listing every bad row (invalid JSON,
 * missing or empty text, unknown label, non-string optional field, `tags` not an array of strings,
 * duplicate text).
 */
export function parseDataset(content: string, options: ParseDatasetOptions = {}): EvalExample[] {
  const issues: DatasetIssue[] = [];
  const examples: EvalExample[] = [];
  const firstSeen = new Map<string, number>();
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      issues.push({ line, message: `invalid JSON (${(error as Error).message})` });
      return;
    }
    const example = validateRow(value, line, issues);
    if (example === undefined) return;
    const seen = firstSeen.get(example.text);
    if (seen !== undefined && !options.allowDuplicates) {
      issues.push({ line, message: `duplicate text (first on line ${seen})` });
      return;
    }
    firstSeen.set(example.text, line);
    examples.push(example);
  });
  if (issues.length > 0) throw new DatasetError(options.source ?? 'dataset', issues);
  if (examples.length === 0) {
    throw new DatasetError(options.source ?? 'dataset', [{ line: 1, message: 'no examples' }]);
  }
  return examples;
}

/** Reads and parses a JSONL file (see `parseDataset`); the path names the source in errors. */
export async function readDataset(path: string, options: ParseDatasetOptions = {}): Promise<EvalExample[]> {
  const content = await readFile(path, 'utf8');
  return parseDataset(content, { source: path, ...options });
}
