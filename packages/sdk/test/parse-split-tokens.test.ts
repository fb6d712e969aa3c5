import llama3Tokenizer from 'llama3-tokenizer-js';
import { describe, expect, it } from 'vitest';
import { InvalidResponseError } from '../src/errors.js';
import { labelFromFirstToken, parseCompletion } from '../src/fireworks/parse.js';
import { chatCompletion, LLAMA3_LABEL_TOKENS } from '../src/testing/completion.js';

const STRICT = { maxOtherMass: 0.5 };

/** The student's tokens for `text`, from the real Llama 3 tokenizer. */
function llama3Tokens(text: string): string[] {
  return llama3Tokenizer.encode(text, { bos: false, eos: false }).map((id) => llama3Tokenizer.decode([id]));
}

/** A completion whose content is `answer`, tokenised as Llama 3 does, with first-token alternatives. */
function answer(answerText: string, alternatives: Record<string, number>, continuation = 0.999) {
  const tokens = llama3Tokens(answerText);
  const first = Object.entries(alternatives).map(([token, p]) => ({ token, logprob: Math.log(p) }));
  const content = tokens.map((token, i) =>
    i === 0
      ? { token, logprob: Math.log(alternatives[token] ?? 0.5), top_logprobs: first }
      : {
          token,
          logprob: Math.log(continuation),
          top_logprobs: [{ token, logprob: Math.log(continuation) }],
        },
  );
  return { choices: [{ message: { role: 'assistant', content: answerText }, logprobs: { content } }] };
}

const VARIANTS = ['none', 'asking', 'giving', 'None', 'Asking', 'Giving'] as const;

describe('label tokens the Llama 3 tokenizer splits', () => {
  it('the mocks use the real Llama 3 token strings for every label spelling', () => {
    for (const [text, tokens] of Object.entries(LLAMA3_LABEL_TOKENS))
      expect(llama3Tokens(text)).toEqual(tokens);
    expect(llama3Tokens('giving')).toEqual(['g', 'iving']);
    expect(llama3Tokens('Asking')).toEqual(['As', 'king']);
  });

  it('a first token that begins exactly one label counts for it', () => {
    expect(labelFromFirstToken('g')).toBe('giving');
    expect(labelFromFirstToken('As')).toBe('asking');
    expect(labelFromFirstToken(' Giving')).toBe('giving');
    expect(labelFromFirstToken('I')).toBeUndefined();
    expect(labelFromFirstToken('Sorry')).toBeUndefined();
    expect(labelFromFirstToken('nonexistent')).toBeUndefined();
  });

  for (const variant of VARIANTS) {
    for (const spaced of [false, true]) {
      const text = spaced ? ` ${variant}` : variant;
      it(`reads the answer ${JSON.stringify(text)} as ${variant.toLowerCase()} with its probability`, () => {
        const tokens = llama3Tokens(text);
        const others = VARIANTS.filter((v) => v.toLowerCase() !== variant.toLowerCase()).map(
          (v) => llama3Tokens(v)[0]!,
        );
        const alternatives: Record<string, number> = { [tokens[0]!]: 0.9 };
        for (const other of new Set(others)) alternatives[other] = 0.02;
        const parsed = parseCompletion(answer(text, alternatives), STRICT);
        expect(parsed.label).toBe(variant.toLowerCase());
        expect(parsed.probabilities![parsed.label]).toBeGreaterThan(0.85);
      });
    }
  }

  it('the continuation probability of a split label is used (g then iving)', () => {
    const sure = parseCompletion(answer('giving', { g: 0.6, none: 0.3 }, 0.999), STRICT);
    const unsure = parseCompletion(answer('giving', { g: 0.6, none: 0.3 }, 0.6), STRICT);
    expect(sure.label).toBe('giving');
    expect(unsure.probabilities!.giving).toBeLessThan(sure.probabilities!.giving);
  });

  it('the legacy logprobs shape is read too', () => {
    const body = chatCompletion({ label: 'giving', logprobsShape: 'legacy' });
    const parsed = parseCompletion(body, STRICT);
    expect(parsed.label).toBe('giving');
    expect(parsed.probabilities!.giving).toBeGreaterThan(0.9);
  });

  it('the shipped mock answers in the real shape and parses to its label', () => {
    for (const label of ['none', 'asking', 'giving'] as const) {
      const body = chatCompletion({ label }) as { choices: { logprobs: { content: { token: string }[] } }[] };
      expect(body.choices[0]!.logprobs.content.map((t) => t.token)).toEqual(llama3Tokens(label));
      expect(parseCompletion(body, STRICT).label).toBe(label);
    }
  });
});

describe('fail closed: the text and the logprobs must agree', () => {
  it('a refusal with a label token at a low rank is invalid, not that label', () => {
    const refusal = answer("I'm sorry, I can't help with that.", { I: 0.95, Sorry: 0.04, none: 0.00005 });
    expect(() => parseCompletion(refusal, STRICT)).toThrow(InvalidResponseError);
  });

  it('content giving with logprobs favouring none is invalid', () => {
    const body = answer('giving', { none: 0.7, g: 0.25 });
    expect(() => parseCompletion(body, STRICT)).toThrow(/different labels/);
  });

  it('an answer whose label mass is mostly elsewhere is invalid (maxOtherMass)', () => {
    const body = answer('none', { none: 0.3, I: 0.6 });
    expect(() => parseCompletion(body, STRICT)).toThrow(/outside the labels/);
    expect(parseCompletion(body, { maxOtherMass: 0.8 }).label).toBe('none');
  });

  it('a text with no label is invalid with or without logprobs', () => {
    expect(() => parseCompletion({ choices: [{ message: { content: 'No, I will not.' } }] }, STRICT)).toThrow(
      InvalidResponseError,
    );
    const noLabel = answer('No', { No: 0.9, none: 0.05 });
    expect(() => parseCompletion(noLabel, STRICT)).toThrow(InvalidResponseError);
  });

  it('without logprobs the text alone decides', () => {
    expect(parseCompletion({ choices: [{ message: { content: 'Giving.' } }] }, STRICT)).toEqual({
      label: 'giving',
    });
  });
});
