import type { ClassifyOptions, ClassifyResult, ConversationTurn } from './classifier.js';
import { InvalidInputError } from './errors.js';

/**
 * The one input policy: the client and every backend built on `BaseClassifier` apply it, so a text
 * gets the same answer called directly or through the client. Documented in `docs/input.md`.
 */

/** Default `maxTextLength` of every classifier, in UTF-16 code units. */
export const DEFAULT_MAX_TEXT_LENGTH = 20_000;

/** Default `maxContextLength` of every classifier: the turns' speakers and texts, in UTF-16 code units. */
export const DEFAULT_MAX_CONTEXT_LENGTH = 20_000;

/**
 * Removed before any model sees the text, so none of them can split a phone number, email or
 * handle to hide it from a model (`5\u200B5\u200B5-0100` reaches every model as `555-0100`):
 * C0 controls except TAB/LF/CR (NUL included), DEL, C1 controls, soft hyphen, zero-width
 * characters (U+200B, U+2060–U+2064, U+FEFF, U+180E), and bidi controls (U+200E, U+200F,
 * U+061C, U+202A–U+202E, U+2066–U+2069). The zero-width (non-)joiners U+200C/U+200D are removed
 * too, except between two non-ASCII characters, where they are part of the writing (Persian,
 * Indic scripts) or of an emoji sequence; next to ASCII (digits, Latin letters, `@`, `.`) they
 * can only hide something.
 */
const INVISIBLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
/** A joiner with an ASCII character (or the start or end of the text) on either side. */
const STRAY_JOINER = /(?<![^\u0000-\u007F])[\u200C\u200D]+|[\u200C\u200D]+(?![^\u0000-\u007F])/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** One test for "anything to do", so ordinary text pays for a single scan. */
const NEEDS_WORK =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\uD800-\uDFFF]/;
const NON_SPACE = /\S/;

/**
 * Checks and normalises one input before it reaches the cache or any model:
 * - not a string → `InvalidInputError` (`not-a-string`);
 * - longer than `maxTextLength` UTF-16 code units (measured before normalising) →
 *   `InvalidInputError` (`too-long`), never truncated;
 * - invisible characters (see `INVISIBLE`) are removed;
 * - lone surrogates become U+FFFD, so the JSON sent is valid UTF-8 and the rest is still classified.
 *
 * Returns the text to classify; `''` means nothing is left (empty, whitespace or invisible only),
 * which every classifier answers with `emptyInputResult` without calling a model.
 */
export function normalizeInput(input: unknown, maxTextLength: number): string {
  if (typeof input !== 'string') {
    throw new InvalidInputError(`Expected a string to classify, got ${kindOf(input)}.`, 'not-a-string');
  }
  if (input.length > maxTextLength) {
    throw new InvalidInputError(
      `The text is ${input.length} characters long; the limit is ${maxTextLength} (option \`maxTextLength\`). Split it rather than truncate it.`,
      'too-long',
    );
  }
  const text = clean(input);
  return NON_SPACE.test(text) ? text : '';
}

/** Invisible characters removed, lone surrogates replaced (see `normalizeInput`). */
function clean(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return text.replace(INVISIBLE, '').replace(STRAY_JOINER, '').replace(LONE_SURROGATE, '\uFFFD');
}

/** A call's conversation after the input rules: what backends receive as `speaker` and `context`. */
export interface NormalizedConversation {
  readonly speaker: string | undefined;
  /** Oldest first; turns with nothing left to read are dropped. */
  readonly context: readonly ConversationTurn[];
}

const NO_CONTEXT: NormalizedConversation = Object.freeze({ speaker: undefined, context: Object.freeze([]) });

/**
 * Checks and normalises a call's `speaker` and `context` with the rules of `normalizeInput`:
 * - `speaker`, and each turn's `speaker` and `text`, must be strings (`not-a-string`); `context`
 *   must be an array (`not-an-array`);
 * - the turns' speakers and texts together may be at most `maxContextLength` UTF-16 code units,
 *   measured before normalising (`context-too-long`), never truncated;
 * - texts and speakers lose the same invisible characters, so `ali\u200Bce` is the speaker `alice`;
 * - turns whose text is left empty (or whitespace) are dropped: they carry nothing to read.
 *
 * The errors name the turn (`context[3].text`) but never contain any text.
 */
export function normalizeConversation(
  options: Pick<ClassifyOptions, 'speaker' | 'context'>,
  maxContextLength: number,
): NormalizedConversation {
  const { speaker, context } = options;
  if (speaker === undefined && (context === undefined || (Array.isArray(context) && context.length === 0))) {
    return NO_CONTEXT;
  }
  if (speaker !== undefined && typeof speaker !== 'string') throw notAString('speaker', speaker);
  if (context !== undefined && !Array.isArray(context)) {
    throw new InvalidInputError(
      `Expected \`context\` to be an array of { speaker, text } turns, got ${kindOf(context)}.`,
      'not-an-array',
    );
  }
  const turns: ConversationTurn[] = [];
  let length = 0;
  // A plain loop, not map: a sparse array's holes are refused like any other non-turn.
  for (let i = 0; i < (context?.length ?? 0); i++) {
    const turn: unknown = context![i];
    if (typeof turn !== 'object' || turn === null) {
      throw new InvalidInputError(
        `Expected \`context[${i}]\` to be a { speaker, text } turn, got ${kindOf(turn)}.`,
        'not-a-string',
      );
    }
    const { speaker: who, text: said } = turn as { speaker?: unknown; text?: unknown };
    if (typeof who !== 'string') throw notAString(`context[${i}].speaker`, who);
    if (typeof said !== 'string') throw notAString(`context[${i}].text`, said);
    // Checked as it grows, so a huge context is refused before it is all read.
    length += who.length + said.length;
    if (length > maxContextLength) {
      throw new InvalidInputError(
        `The context's speakers and texts are over ${maxContextLength} characters long (option \`maxContextLength\`). ` +
          'Pass fewer or shorter earlier turns (the most recent ones matter most).',
        'context-too-long',
      );
    }
    const text = clean(said);
    if (NON_SPACE.test(text)) turns.push(Object.freeze({ speaker: clean(who), text }));
  }
  return Object.freeze({
    speaker: speaker === undefined ? undefined : clean(speaker),
    context: Object.freeze(turns),
  });
}

function notAString(name: string, value: unknown): InvalidInputError {
  return new InvalidInputError(`Expected \`${name}\` to be a string, got ${kindOf(value)}.`, 'not-a-string');
}

function kindOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

/** The `model` reported for results decided from the input alone. */
export const INPUT_RULE_MODEL = 'piiguard:empty-input';

const CERTAIN_NONE = Object.freeze({ none: 1, asking: 0, giving: 0 });

/** The answer for text with nothing left to classify: `none`, certain, from the input rule. */
export function emptyInputResult(latencyMs: number): ClassifyResult {
  return { label: 'none', probabilities: CERTAIN_NONE, model: INPUT_RULE_MODEL, source: 'input', latencyMs };
}
