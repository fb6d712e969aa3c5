import { describe, expect, it } from 'vitest';
import { InvalidResponseError, labelFromText, labelFromToken, parseCompletion } from '../src/index.js';
import { chatCompletion } from '../src/testing/index.js';

describe('labelFromToken', () => {
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
    expect(labelFromToken(token)).toBe(label);
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
      topLogprobs: { asking: 0.5, ' Asking': 0.2, giving: 0.1, ' none': 0.1, Sure: 0.05 },
    });
    const parsed = parseCompletion(body);
    expect(parsed.label).toBe('asking');
    expect(parsed.probabilities?.asking).toBeCloseTo(0.7 / 0.9, 10);
    expect(parsed.probabilities?.giving).toBeCloseTo(0.1 / 0.9, 10);
    expect(parsed.probabilities?.none).toBeCloseTo(0.1 / 0.9, 10);
    expect(parsed.otherMass).toBeCloseTo(0.1, 10);
  });

  it('takes the most probable class when variants outweigh the emitted token', () => {
    const body = chatCompletion({
      label: 'asking',
      content: 'asking',
      topLogprobs: { asking: 0.4, giving: 0.3, ' giving': 0.25 },
    });
    expect(parseCompletion(body).label).toBe('giving');
  });

  it('reads the label from the text when logprobs are absent', () => {
    const parsed = parseCompletion(chatCompletion({ content: 'Giving.', logprobs: false }));
    expect(parsed).toEqual({ label: 'giving' });
  });

  it('reads the label from the text when no top token is a label', () => {
    const parsed = parseCompletion(chatCompletion({ content: 'none', topLogprobs: { Sure: 0.6, I: 0.3 } }));
    expect(parsed).toEqual({ label: 'none' });
  });

  it.each([
    ['no choices', { choices: [] }],
    ['no choices field', { id: 'x' }],
    ['not an object', 'asking'],
    ['null', null],
  ])('rejects a body with %s', (_, body) => {
    expect(() => parseCompletion(body, { status: 200, requestId: 'req_9' })).toThrow(InvalidResponseError);
  });

  it('never guesses: an answer naming no label is an InvalidResponseError with status and request id', () => {
    try {
      parseCompletion(chatCompletion({ content: 'I think it might be personal', logprobs: false }), {
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
