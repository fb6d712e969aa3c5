import type { ClassifyResult } from './classifier.js';
import { InvalidInputError } from './errors.js';

/**
 * The one input policy: the client and every backend built on `BaseClassifier` apply it, so a text
 * gets the same answer called directly or through the client. Documented in `docs/input.md`.
 */

/** Default `maxTextLength` of every classifier, in UTF-16 code units. */
export const DEFAULT_MAX_TEXT_LENGTH = 20_000;

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
    const kind = input === null ? 'null' : Array.isArray(input) ? 'array' : typeof input;
    throw new InvalidInputError(`Expected a string to classify, got ${kind}.`, 'not-a-string');
  }
  if (input.length > maxTextLength) {
    throw new InvalidInputError(
      `The text is ${input.length} characters long; the limit is ${maxTextLength} (option \`maxTextLength\`). Split it rather than truncate it.`,
      'too-long',
    );
  }
  let text = input;
  if (NEEDS_WORK.test(text)) {
    text = text.replace(INVISIBLE, '').replace(STRAY_JOINER, '').replace(LONE_SURROGATE, '\uFFFD');
  }
  return NON_SPACE.test(text) ? text : '';
}

/** The `model` reported for results decided from the input alone. */
export const INPUT_RULE_MODEL = 'piiguard:empty-input';

const CERTAIN_NONE = Object.freeze({ none: 1, asking: 0, giving: 0 });

/** The answer for text with nothing left to classify: `none`, certain, from the input rule. */
export function emptyInputResult(latencyMs: number): ClassifyResult {
  return { label: 'none', probabilities: CERTAIN_NONE, model: INPUT_RULE_MODEL, source: 'input', latencyMs };
}
