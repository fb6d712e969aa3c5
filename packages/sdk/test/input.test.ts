import { describe, expect, it } from 'vitest';
import { InvalidInputError, normalizeInput } from '../src/index.js';

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
});
