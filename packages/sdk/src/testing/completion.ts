import { LABELS, type Label } from '../classifier.js';

/** A chat-completions answer to produce. */
export interface AnswerSpec {
  /** The label the answer names and puts most probability on. @default 'none' */
  readonly label?: Label;
  /** The answer text. @default the label */
  readonly content?: string;
  /** Include `logprobs`. `false` mimics servers that ignore `logprobs: true`. @default true */
  readonly logprobs?: boolean;
  /**
   * First-token `top_logprobs` as token → probability.
   * @default { [label]: 0.9, [' ' + label]: 0.05, each other label: 0.02 } (0.01 outside the labels)
   */
  readonly topLogprobs?: Readonly<Record<string, number>>;
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
    const top = spec.topLogprobs ?? defaultTopLogprobs(label);
    const entries = Object.entries(top).map(([token, p]) => ({ token, logprob: Math.log(p) }));
    choice.logprobs = {
      content: [{ token: content, logprob: entries[0]?.logprob ?? 0, top_logprobs: entries }],
    };
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
  const top: Record<string, number> = { [label]: 0.9, [` ${label}`]: 0.05 };
  for (const other of LABELS) if (other !== label) top[other] = 0.02;
  return top;
}

/**
 * The message text inside a chat-completions request body (the last user turn, without the
 * `Message: "…"` wrapper), or `undefined` when the body is not one.
 */
export function messageFromRequest(body: unknown): string | undefined {
  const messages = (body as { messages?: unknown } | null)?.messages;
  if (!Array.isArray(messages)) return undefined;
  const user = [...messages].reverse().find((m) => (m as { role?: unknown })?.role === 'user') as
    | { content?: unknown }
    | undefined;
  if (typeof user?.content !== 'string') return undefined;
  const wrapped = /^Message: "([\s\S]*)"$/.exec(user.content);
  return wrapped ? wrapped[1] : user.content;
}
