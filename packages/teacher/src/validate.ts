import { InvalidInputError } from '@piiguard/sdk';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Why `text` cannot be scored, or `undefined` if it can. Control characters and NUL are scored as
 * the tokenizer reads them; texts within `maxLength` but over the window limit are refused later.
 */
export function checkText(text: unknown, maxLength: number): InvalidInputError | undefined {
  if (typeof text !== 'string') return new InvalidInputError('Each text must be a string.', 'not-a-string');
  if (text.length > maxLength) {
    return new InvalidInputError(
      `The text has ${text.length} characters; the teacher accepts at most ${maxLength} (maxTextLength).`,
      'too-long',
    );
  }
  if (text.trim() === '') return new InvalidInputError('The text is empty or only whitespace.', 'empty');
  if (LONE_SURROGATE.test(text)) {
    return new InvalidInputError(
      'The text contains a lone UTF-16 surrogate (not valid Unicode).',
      'lone-surrogate',
    );
  }
  return undefined;
}
