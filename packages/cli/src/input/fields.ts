import { LABELS, type Label } from '@piiguard/sdk';
import type { RawRecord } from './records.js';

/** One earlier turn of a conversation, as the teacher's v2 profile reads it. */
export interface Turn {
  readonly speaker: string;
  readonly text: string;
}

/** Where a record is, for rows and for messages about it. */
export interface Located {
  readonly source: string;
  readonly line: number;
  readonly endOffset: number;
}

export type Readout<T> =
  | (Located & { readonly ok: true } & T)
  | (Located & { readonly ok: false; readonly problem: string });

/** Which fields (JSONL keys, CSV columns) hold what; `--field`, `--speaker-field`, `--context-field`. */
export interface MessageFields {
  readonly text: string;
  readonly speaker: string | undefined;
  readonly context: string | undefined;
}

/** A record's message: its text and, where the record carries a conversation, who wrote it and the turns before it. */
export interface Message {
  readonly text: string;
  readonly speaker?: string;
  readonly context?: readonly Turn[];
}

const where = (raw: RawRecord): Located => ({ source: raw.source, line: raw.line, endOffset: raw.endOffset });

/** Reads the message out of a record; a record without a usable text field is malformed (never guessed at). */
export function readMessage(raw: RawRecord, fields: MessageFields): Readout<Message> {
  if (!raw.ok) return { ...where(raw), ok: false, problem: raw.problem };
  const value = raw.value;
  if (typeof value === 'string') return { ...where(raw), ok: true, text: value };
  const text = value[fields.text];
  if (typeof text !== 'string') {
    return {
      ...where(raw),
      ok: false,
      problem: `field "${fields.text}" is ${text === undefined ? 'missing' : 'not a string'}`,
    };
  }
  let speaker: string | undefined;
  if (fields.speaker !== undefined && value[fields.speaker] !== undefined && value[fields.speaker] !== '') {
    const s = value[fields.speaker];
    if (typeof s !== 'string')
      return { ...where(raw), ok: false, problem: `field "${fields.speaker}" is not a string` };
    speaker = s;
  }
  let context: readonly Turn[] | undefined;
  if (fields.context !== undefined && value[fields.context] !== undefined && value[fields.context] !== '') {
    const turns = readTurns(value[fields.context]);
    if (turns === undefined) {
      return {
        ...where(raw),
        ok: false,
        problem: `field "${fields.context}" is not a list of {"speaker", "text"} turns`,
      };
    }
    context = turns;
  }
  return {
    ...where(raw),
    ok: true,
    text,
    ...(speaker !== undefined && { speaker }),
    ...(context !== undefined && { context }),
  };
}

/** A JSON array of `{ speaker, text }` objects, or (from a CSV cell) the same array as JSON text. */
function readTurns(value: unknown): Turn[] | undefined {
  let list = value;
  if (typeof value === 'string') {
    try {
      list = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  if (!Array.isArray(list)) return undefined;
  const turns: Turn[] = [];
  for (const item of list) {
    const turn = item as Partial<Turn> | null;
    if (typeof turn?.speaker !== 'string' || typeof turn.text !== 'string') return undefined;
    turns.push({ speaker: turn.speaker, text: turn.text });
  }
  return turns;
}

/** Which fields hold the text, the gold label and the tags; `--field`, `--label-field`, `--by`. */
export interface ExampleFields {
  readonly text: string;
  readonly label: string;
  readonly by: string | undefined;
}

/** A labelled record for `eval`. */
export interface LabelledMessage {
  readonly text: string;
  readonly label: Label;
  /** The `--by` field's values: one string, or each string of a list (a record may carry several tags). */
  readonly tags: readonly string[];
}

/** Reads a labelled record; an empty text, a label that is not none/asking/giving, or a bad tag makes it malformed. */
export function readExample(raw: RawRecord, fields: ExampleFields): Readout<LabelledMessage> {
  if (!raw.ok) return { ...where(raw), ok: false, problem: raw.problem };
  const value = raw.value;
  if (typeof value === 'string') return { ...where(raw), ok: false, problem: 'a text line carries no label' };
  const text = value[fields.text];
  if (typeof text !== 'string' || text.trim() === '') {
    return { ...where(raw), ok: false, problem: `field "${fields.text}" is missing, empty or not a string` };
  }
  const gold = value[fields.label];
  const label = typeof gold === 'string' ? gold.trim().toLowerCase() : undefined;
  if (!LABELS.includes(label as Label)) {
    return {
      ...where(raw),
      ok: false,
      problem: `field "${fields.label}" is not one of ${LABELS.join(', ')}`,
    };
  }
  let tags: string[] = [];
  if (fields.by !== undefined) {
    const tag = value[fields.by];
    if (typeof tag === 'string' || typeof tag === 'number' || typeof tag === 'boolean') tags = [String(tag)];
    else if (Array.isArray(tag) && tag.every((t) => typeof t === 'string')) tags = tag as string[];
    else if (tag !== undefined && tag !== null) {
      return {
        ...where(raw),
        ok: false,
        problem: `field "${fields.by}" is not a string or a list of strings`,
      };
    }
    if (tags.length === 0 || (tags.length === 1 && tags[0] === '')) tags = ['(none)'];
  }
  return { ...where(raw), ok: true, text, label: label as Label, tags };
}
