import { describe, expect, it } from 'vitest';
import { InvalidResponseError } from '../src/errors.js';
import { labelFromText, labelFromWord, parseCompletion } from '../src/fireworks/parse.js';

const STRICT = { maxOtherMass: 0.5 };

import { chatCompletion } from '../src/testing/index.js';

describe('labelFromWord', () => {
  it.each([
    ['asking', 'asking'],
    [' asking', 'asking'],
    ['Asking', 'asking'],
    [' GIVING', 'giving'],
    ['"none', 'none'],
    ['none.', 'none'],
    ['Ġgiving', 'giving'],
    ['▁none', 'none'],
    ['ask', undefined],
    ['nonesuch', undefined],
    ['', undefined],
  ])('%j → %s', (token, label) => {
    expect(labelFromWord(token)).toBe(label);
  });
});

describe('labelFromText', () => {
  it.each([
    ['asking', 'asking'],
    ['Asking.', 'asking'],
    ['"giving"', 'giving'],
    ['  none \n', 'none'],
    ['none - nothing personal here', 'none'],
    ['Giving, because it shares an email', 'giving'],
    ['The answer is asking', undefined],
    ['I cannot classify this', undefined],
    ['', undefined],
  ])('%j → %s', (text, label) => {
    expect(labelFromText(text)).toBe(label);
  });
});

describe('parseCompletion', () => {
  it('sums case and space variants per label, renormalises, and reports the mass outside the labels', () => {
    const body = chatCompletion({
      label: 'asking',
      topLogprobs: { asking: 0.5, ' Asking': 0.2, g: 0.1, ' none': 0.1, Sure: 0.05 },
    });
    const parsed = parseCompletion(body, STRICT);
    expect(parsed.label).toBe('asking');
    expect(parsed.probabilities?.asking).toBeCloseTo(0.7 / 0.9, 10);
    expect(parsed.probabilities?.giving).toBeCloseTo(0.1 / 0.9, 10);
    expect(parsed.probabilities?.none).toBeCloseTo(0.1 / 0.9, 10);
    expect(parsed.otherMass).toBeCloseTo(0.1, 10);
  });

  it('refuses an answer whose label variants outweigh the emitted one: text and logprobs disagree', () => {
    const body = chatCompletion({
      label: 'asking',
      content: 'asking',
      topLogprobs: { asking: 0.4, g: 0.3, ' giving': 0.25 },
    });
    expect(() => parseCompletion(body, STRICT)).toThrow(/different labels/);
  });

  it('reads the label from the text when logprobs are absent', () => {
    const parsed = parseCompletion(chatCompletion({ content: 'Giving.', logprobs: false }), STRICT);
    expect(parsed).toEqual({ label: 'giving' });
  });

  it('refuses a label the logprobs do not support (no top token is a label)', () => {
    const body = chatCompletion({ content: 'none', topLogprobs: { Sure: 0.6, I: 0.3 } });
    expect(() => parseCompletion(body, STRICT)).toThrow(InvalidResponseError);
  });

  it.each([
    ['no choices', { choices: [] }],
    ['no choices field', { id: 'x' }],
    ['not an object', 'asking'],
    ['null', null],
  ])('rejects a body with %s', (_, body) => {
    expect(() => parseCompletion(body, STRICT, { status: 200, requestId: 'req_9' })).toThrow(
      InvalidResponseError,
    );
  });

  it('never guesses: an answer naming no label is an InvalidResponseError with status and request id', () => {
    try {
      parseCompletion(chatCompletion({ content: 'I think it might be personal', logprobs: false }), STRICT, {
        status: 200,
        requestId: 'req_7',
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidResponseError);
      expect((error as InvalidResponseError).requestId).toBe('req_7');
      expect((error as InvalidResponseError).status).toBe(200);
    }
  });
});
