import { type ConversationTurn, LABELS, type Label } from '@piiguard/sdk';
import { sha256 } from '../files.js';

/** One message on its way to becoming training data: `messages.jsonl`, one per line. */
export interface MessageRecord {
  /** First 16 hex of the SHA-256 of the dedupe key: stable across runs, independent of file order. */
  readonly id: string;
  readonly text: string;
  /** Language code, from the file or the generation plan. */
  readonly lang?: string;
  /** Message family (`phone`, `negative-game`, …), from the file's `kind` or the generation plan. */
  readonly family?: string;
  /** Where it came from: one of the input files, or the generator. */
  readonly source: string;
  /** The label the generator was asked to write; never used as a training label (the teacher's is). */
  readonly intended?: Label;
  /** A human label from the input (`label`), kept to score the teacher and the student against people. */
  readonly gold?: Label;
  /** Who wrote it, for conversations (passed to the teacher with `context`). */
  readonly speaker?: string;
  /** Earlier turns of its conversation, oldest first (passed to the teacher). */
  readonly context?: readonly ConversationTurn[];
}

// Format and invisible characters (zero-width, bidi, soft hyphen) and controls never make two
// messages different for a reader, so they do not make them different here.
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;

/** The text two messages share when they are the same message: NFKC, lower case, invisible characters gone, spaces collapsed. */
export function dedupeKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/** The id of a message (and its conversation): the same message in another conversation is another record. */
export function recordId(text: string, context?: readonly ConversationTurn[]): string {
  const key = [
    dedupeKey(text),
    ...(context ?? []).map((turn) => `${turn.speaker}\u0000${dedupeKey(turn.text)}`),
  ];
  return sha256(key.join('\u0001')).slice(0, 16);
}

export const isLabel = (value: unknown): value is Label => LABELS.includes(value as Label);
