import { extname } from 'node:path';
import type { ConversationTurn } from '@piiguard/sdk';
import { InputError } from '../exit-codes.js';
import { readText } from '../files.js';
import { parseCsv } from './csv.js';
import { isLabel, type MessageRecord, recordId } from './record.js';

/** How an input file is read: by its extension unless `--format` says otherwise. */
export type InputFormat = 'jsonl' | 'csv' | 'lines';

export interface ReadOptions {
  /** @default from the extension: `.csv` → csv, `.txt` → lines, anything else → jsonl */
  readonly format?: InputFormat;
  /** CSV column holding the message. @default 'text' */
  readonly textColumn: string;
}

/** What reading one file gave: its records (empty texts already left out) and how many were empty. */
export interface ReadResult {
  readonly records: MessageRecord[];
  readonly empty: number;
}

const SHOWN_ISSUES = 10;

function formatOf(path: string, format: InputFormat | undefined): InputFormat {
  if (format) return format;
  const ext = extname(path).toLowerCase();
  return ext === '.csv' ? 'csv' : ext === '.txt' ? 'lines' : 'jsonl';
}

function fail(path: string, issues: readonly string[]): never {
  const shown = issues.slice(0, SHOWN_ISSUES).map((issue) => `  ${issue}`);
  const more = issues.length > SHOWN_ISSUES ? [`  ...and ${issues.length - SHOWN_ISSUES} more`] : [];
  throw new InputError([`${path} has ${issues.length} invalid row(s):`, ...shown, ...more].join('\n'));
}

const optionalString = (value: unknown) =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

function contextOf(value: unknown): ConversationTurn[] | undefined | 'invalid' {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) return 'invalid';
  const turns: ConversationTurn[] = [];
  for (const turn of value) {
    const t = turn as Record<string, unknown> | null;
    if (typeof t !== 'object' || t === null || typeof t.speaker !== 'string' || typeof t.text !== 'string')
      return 'invalid';
    turns.push({ speaker: t.speaker, text: t.text });
  }
  return turns.length > 0 ? turns : undefined;
}

function record(
  text: string,
  fields: Record<string, unknown>,
  source: string,
  context?: readonly ConversationTurn[],
): MessageRecord {
  const lang = optionalString(fields.lang);
  const family = optionalString(fields.kind) ?? optionalString(fields.family);
  const gold = isLabel(fields.label) ? fields.label : undefined;
  const speaker = optionalString(fields.speaker);
  return {
    id: recordId(text, context),
    text,
    source,
    ...(lang ? { lang } : {}),
    ...(family ? { family } : {}),
    ...(gold ? { gold } : {}),
    ...(speaker ? { speaker } : {}),
    ...(context ? { context } : {}),
  };
}

function readJsonlRows(path: string, content: string): ReadResult {
  const records: MessageRecord[] = [];
  const issues: string[] = [];
  let empty = 0;
  content
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((line, index) => {
      if (line.trim() === '') return;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        issues.push(`line ${index + 1}: not valid JSON`);
        return;
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        issues.push(`line ${index + 1}: expected an object with a "text" field`);
        return;
      }
      const row = value as Record<string, unknown>;
      if (typeof row.text !== 'string') {
        issues.push(`line ${index + 1}: "text" must be a string`);
        return;
      }
      if (row.label !== undefined && !isLabel(row.label)) {
        issues.push(`line ${index + 1}: "label" must be none, asking or giving when present`);
        return;
      }
      const context = contextOf(row.context);
      if (context === 'invalid') {
        issues.push(`line ${index + 1}: "context" must be an array of { "speaker", "text" } strings`);
        return;
      }
      if (row.text.trim() === '') {
        empty++;
        return;
      }
      records.push(record(row.text, row, path, context));
    });
  if (issues.length > 0) fail(path, issues);
  return { records, empty };
}

function readCsvRows(path: string, content: string, textColumn: string): ReadResult {
  const { rows, unterminatedAt } = parseCsv(content.replace(/^\uFEFF/, ''));
  if (unterminatedAt !== undefined) fail(path, [`line ${unterminatedAt}: a quoted field is never closed`]);
  const [header, ...body] = rows;
  const names = (header ?? []).map((name) => name.trim().toLowerCase());
  const textIndex = names.indexOf(textColumn.toLowerCase());
  if (textIndex < 0) throw new InputError(`${path} has no "${textColumn}" column (set --text-column).`);
  const records: MessageRecord[] = [];
  const issues: string[] = [];
  let empty = 0;
  body.forEach((cells, index) => {
    const fields: Record<string, unknown> = {};
    names.forEach((name, i) => {
      if (cells[i] !== undefined && cells[i] !== '') fields[name] = cells[i];
    });
    if (fields.label !== undefined && !isLabel(fields.label)) {
      issues.push(`row ${index + 2}: "label" must be none, asking or giving when present`);
      return;
    }
    const text = cells[textIndex] ?? '';
    if (text.trim() === '') {
      empty++;
      return;
    }
    records.push(record(text, fields, path));
  });
  if (issues.length > 0) fail(path, issues);
  return { records, empty };
}

function readLines(path: string, content: string): ReadResult {
  // One message per line; a blank line separates nothing and is not a message.
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  return {
    records: lines.filter((line) => line.trim() !== '').map((line) => record(line, {}, path)),
    empty: 0,
  };
}

/**
 * Reads one file of the user's messages. JSONL rows are `{"text", "lang"?, "kind"?, "label"?,
 * "speaker"?, "context"?: [{"speaker", "text"}]}` (other fields ignored); CSV has a header row
 * with a text column and optional `lang`, `kind`, `label`, `speaker` columns; `.txt` is one
 * message per non-blank line. Empty texts are counted, not kept. Bad rows are an `InputError` listing
 * every one by line, never quoting them.
 */
export async function readMessages(path: string, options: ReadOptions): Promise<ReadResult> {
  const content = await readText(path);
  switch (formatOf(path, options.format)) {
    case 'csv':
      return readCsvRows(path, content, options.textColumn);
    case 'lines':
      return readLines(path, content);
    default:
      return readJsonlRows(path, content);
  }
}
