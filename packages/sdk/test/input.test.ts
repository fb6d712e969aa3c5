import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../src/errors.js';
import { normalizeInput } from '../src/input.js';

function reasonOf(input: unknown, max = 100): string | undefined {
  try {
    normalizeInput(input, max);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return (error as InvalidInputError).reason;
  }
}

describe('normalizeInput', () => {
  it.each([[42], [null], [undefined], [{ text: 'x' }], [['x']], [Symbol('x')]])(
    'rejects %s as not-a-string',
    (input) => {
      expect(reasonOf(input)).toBe('not-a-string');
    },
  );

  it('rejects text over the limit as too-long instead of truncating it', () => {
    expect(reasonOf('a'.repeat(101))).toBe('too-long');
    expect(normalizeInput('a'.repeat(100), 100)).toHaveLength(100);
  });

  it('rejects a megabyte string quickly, without a message containing it', () => {
    const huge = `call me ${'9'.repeat(1_000_000)}`;
    try {
      normalizeInput(huge, 20_000);
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message.length).toBeLessThan(200);
    }
  });

  it('removes NUL and other control characters but keeps tabs and newlines', () => {
    expect(normalizeInput('5\u00005\u00005-12\u001b34\u007f\u0085', 100)).toBe('555-1234');
    expect(normalizeInput('line one\n\tline two\r\n', 100)).toBe('line one\n\tline two\r\n');
  });

  it('replaces lone surrogates with U+FFFD and keeps valid pairs', () => {
    expect(normalizeInput('a\uD800b', 100)).toBe('a\uFFFDb');
    expect(normalizeInput('a\uDC00', 100)).toBe('a\uFFFD');
    expect(normalizeInput('hi 😀', 100)).toBe('hi 😀');
  });

  it.each([[''], ['   '], ['\n\t '], ['\u0000\u0001'], ['\u00a0\u3000']])('maps %j to empty', (input) => {
    expect(normalizeInput(input, 100)).toBe('');
  });

  it('returns ordinary text unchanged', () => {
    const text = 'whats ur snap? 🙂 ñ';
    expect(normalizeInput(text, 100)).toBe(text);
  });

  it('removes zero-width characters, so a split phone number reaches the model whole', () => {
    expect(normalizeInput('5\u200B5\u200B5-\u200B0\u200B1\u200B0\u200B0', 100)).toBe('555-0100');
    const zeroWidth = [
      '\u200B',
      '\u200C',
      '\u200D',
      '\u2060',
      '\u2061',
      '\u2062',
      '\u2063',
      '\u2064',
      '\uFEFF',
      '\u180E',
    ];
    for (const char of zeroWidth) {
      expect(normalizeInput(`kim${char}@example${char}.com`, 100), codePoint(char)).toBe('kim@example.com');
    }
  });

  it('removes bidi controls, so reversed text cannot hide a handle', () => {
    const bidi = [
      '\u200E',
      '\u200F',
      '\u061C',
      '\u202A',
      '\u202B',
      '\u202C',
      '\u202D',
      '\u202E',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
    ];
    for (const char of bidi) {
      expect(normalizeInput(`snap${char} mik${char}e`, 100), codePoint(char)).toBe('snap mike');
    }
  });

  it('removes soft hyphens, DEL and C1 controls as well as NUL', () => {
    expect(normalizeInput('e\u00ADmail me at k\u00ADim', 100)).toBe('email me at kim');
    expect(normalizeInput('a\u0000b\u007Fc\u0080d\u009Fe', 100)).toBe('abcde');
  });

  it('keeps what is visible: accents, emoji with their variation selectors, other scripts', () => {
    for (const text of ['café ñ ü', 'I ❤️ it', 'مرحبا', 'こんにちは', 'a\u00A0b']) {
      expect(normalizeInput(text, 100)).toBe(text);
    }
  });

  it.each([['\u200B'], ['\u200B\u200C\u200D\uFEFF'], ['\u202E\u2066'], ['\u00AD \u0000 \u200B\n']])(
    'maps invisible-only %j to empty',
    (input) => {
      expect(normalizeInput(input, 100)).toBe('');
    },
  );

  it('measures the length before removing anything, so invisible padding cannot pass the limit', () => {
    expect(normalizeInput('a'.repeat(99) + '\u200B', 100)).toBe('a'.repeat(99));
    expect(reasonOf('a'.repeat(100) + '\u200B')).toBe('too-long');
    expect(reasonOf('\u200B'.repeat(101))).toBe('too-long');
  });
});

function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

describe('zero-width joiners', () => {
  it('are removed next to ASCII, where they can only split a number, email or handle', () => {
    expect(normalizeInput('5\u200D5\u200C5-\u200D0\u200B1\u200D0\u200D0', 100)).toBe('555-0100');
    expect(normalizeInput('kim\u200D@\u200Cexample.com', 100)).toBe('kim@example.com');
  });

  it('are kept between two non-ASCII characters: emoji sequences and Persian or Indic writing', () => {
    expect(normalizeInput('👨\u200D👩\u200D👧', 100)).toBe('👨\u200D👩\u200D👧');
    expect(normalizeInput('می\u200Cخواهم', 100)).toBe('می\u200Cخواهم');
  });
});
