import { InvalidInputError } from './errors.js';

/** C0 controls except TAB, LF and CR; DEL; C1 controls. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const NEEDS_WORK = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF]/;
const NON_SPACE = /\S/;

/**
 * Checks and normalises one input before it reaches the cache or any model:
 * - not a string → `InvalidInputError` (`not-a-string`);
 * - longer than `maxTextLength` UTF-16 code units → `InvalidInputError` (`too-long`), never truncated;
 * - control characters (C0 except TAB/LF/CR, DEL, C1 — NUL included) are removed, so they can
 *   neither break the request nor split a phone number or handle to hide it;
 * - lone surrogates become U+FFFD, so the JSON sent is valid UTF-8 and the rest is still classified.
 *
 * Returns the text to classify; `''` means nothing is left to classify (empty or whitespace only).
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
  if (NEEDS_WORK.test(text)) text = text.replace(CONTROL, '').replace(LONE_SURROGATE, '\uFFFD');
  return NON_SPACE.test(text) ? text : '';
}
