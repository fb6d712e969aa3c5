import { LABELS, type Label } from '../classifier.js';

/**
 * How Llama 3's tokenizer (the student's) splits each label spelling: `giving` is `g` + `iving`
 * and `Asking` is `As` + `king`; the others are one token. Checked against `llama3-tokenizer-js`
 * in the sdk's tests.
 */
export const LLAMA3_LABEL_TOKENS: Readonly<Record<string, readonly string[]>> = Object.freeze({
  none: ['none'],
  asking: ['asking'],
  giving: ['g', 'iving'],
  None: ['None'],
  Asking: ['As', 'king'],
  Giving: ['Giving'],
  ' none': [' none'],
  ' asking': [' asking'],
  ' giving': [' giving'],
  ' None': [' None'],
  ' Asking': [' Asking'],
  ' Giving': [' Giving'],
});

/** The tokens the student generates for `text`: the label spellings as Llama 3 splits them, anything else as one token. */
export function studentTokens(text: string): readonly string[] {
  return LLAMA3_LABEL_TOKENS[text] ?? [text];
}

/** A chat-completions answer to produce. */
export interface AnswerSpec {
  /** The label the answer names and puts most probability on. @default 'none' */
  readonly label?: Label;
  /** The answer text. @default the label */
  readonly content?: string;
  /** Include `logprobs`. `false` mimics servers that ignore `logprobs: true`. @default true */
  readonly logprobs?: boolean;
  /**
   * First-token `top_logprobs` as token → probability. Label spellings are given by their first
   * Llama 3 token (`g` for `giving`). @default { first token of label: 0.9, of ' ' + label: 0.05,
   * of each other label: 0.02 } (0.01 outside the labels)
   */
  readonly topLogprobs?: Readonly<Record<string, number>>;
  /**
   * `legacy`: the completions-style `logprobs` (`tokens`, `token_logprobs`, `top_logprobs` as
   * objects) that some OpenAI-compatible servers return for chat. @default 'openai'
   */
  readonly logprobsShape?: 'openai' | 'legacy';
}

/** Builds an OpenAI-style chat-completions body, as Fireworks sends it. */
export function chatCompletion(spec: AnswerSpec = {}, model = 'test-model'): Record<string, unknown> {
  const label = spec.label ?? 'none';
  const content = spec.content ?? label;
  const choice: Record<string, unknown> = {
    index: 0,
    message: { role: 'assistant', content },
    finish_reason: 'stop',
  };
  if (spec.logprobs !== false) {
    const tokens = studentTokens(content);
    const top = spec.topLogprobs ?? defaultTopLogprobs(label);
    const first = Object.entries(top).map(([token, p]) => ({ token, logprob: Math.log(p) }));
    // A generated token missing from the alternatives has what probability they leave over.
    const leftover = Math.max(1e-9, 1 - Object.values(top).reduce((a, b) => a + b, 0));
    const generatedLogprob = first.find((entry) => entry.token === tokens[0])?.logprob ?? Math.log(leftover);
    // Once the first token is chosen, the student completes the word with near certainty.
    const rest = tokens.slice(1).map((token) => {
      const logprob = Math.log(0.999);
      return { token, logprob, top_logprobs: [{ token, logprob }] };
    });
    const content_ = [{ token: tokens[0] ?? '', logprob: generatedLogprob, top_logprobs: first }, ...rest];
    choice.logprobs =
      spec.logprobsShape === 'legacy'
        ? {
            tokens: content_.map((t) => t.token),
            token_logprobs: content_.map((t) => t.logprob),
            top_logprobs: content_.map((t) =>
              Object.fromEntries(t.top_logprobs.map((e) => [e.token, e.logprob])),
            ),
          }
        : { content: content_ };
  }
  return {
    id: 'chatcmpl-test',
    object: 'chat.completion',
    created: 0,
    model,
    choices: [choice],
    usage: { prompt_tokens: 40, completion_tokens: 1, total_tokens: 41 },
  };
}

function defaultTopLogprobs(label: Label): Record<string, number> {
  const first = (word: string) => studentTokens(word)[0] ?? word;
  const top: Record<string, number> = { [first(label)]: 0.9, [first(` ${label}`)]: 0.05 };
  for (const other of LABELS) if (other !== label) top[first(other)] = 0.02;
  return top;
}

/**
 * The message text inside a chat-completions request body (the last user turn, without the
 * `Message: "…"` wrapper and with its `\"` / `\\` escapes undone), or `undefined` when the body
 * is not one.
 */
export function messageFromRequest(body: unknown): string | undefined {
  const messages = (body as { messages?: unknown } | null)?.messages;
  if (!Array.isArray(messages)) return undefined;
  const user = [...messages].reverse().find((m) => (m as { role?: unknown })?.role === 'user') as
    | { content?: unknown }
    | undefined;
  if (typeof user?.content !== 'string') return undefined;
  const wrapped = /^Message: "((?:[^"\\]|\\.)*)"$/.exec(user.content);
  return wrapped ? wrapped[1]!.replace(/\\(.)/g, '$1') : user.content;
}
