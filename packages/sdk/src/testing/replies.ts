import type { Label } from '../classifier.js';
import type { AnswerSpec } from './completion.js';

/** What a mock endpoint answers to one request. Every object form may add `delayMs` first. */
export type MockReply =
  /** A normal answer for this label, with log-probabilities. */
  | Label
  /** A 200 answer as specified (e.g. `{ type: 'answer', label: 'asking', logprobs: false }`). */
  | ({ readonly type: 'answer'; readonly delayMs?: number } & AnswerSpec)
  /** An HTTP error: body `{ error: { message, code } }`, plus headers (e.g. `retry-after`). */
  | {
      readonly type: 'status';
      readonly status: number;
      readonly message?: string;
      readonly code?: string;
      readonly headers?: Readonly<Record<string, string>>;
      readonly delayMs?: number;
    }
  /** 200 with a body that is not JSON. */
  | { readonly type: 'malformed'; readonly delayMs?: number }
  /** 200 with `{ "choices": [] }`. */
  | { readonly type: 'no-choices'; readonly delayMs?: number }
  /** The connection drops without an answer. */
  | { readonly type: 'reset'; readonly delayMs?: number }
  /** No answer at all, until the client gives up. */
  | { readonly type: 'hang' };

/** Replies for matching messages. */
export interface MockRule {
  /** A substring of the message, a RegExp, or a predicate over the message text. */
  readonly match: string | RegExp | ((message: string) => boolean);
  readonly reply: MockReply;
  /** Use this rule for the first `times` matching requests only. @default Infinity */
  readonly times?: number;
}

/** Picks the reply for one message: the first rule that matches and still has uses, else `fallback`. */
export function createReplyPicker(
  rules: readonly MockRule[],
  fallback: MockReply,
): (message: string) => MockReply {
  const used = rules.map(() => 0);
  return (message) => {
    for (let i = 0; i < rules.length; i++) {
      const rule = rules[i] as MockRule;
      if ((used[i] as number) >= (rule.times ?? Number.POSITIVE_INFINITY)) continue;
      const { match } = rule;
      const hit =
        typeof match === 'string'
          ? message.includes(match)
          : match instanceof RegExp
            ? match.test(message)
            : match(message);
      if (hit) {
        used[i] = (used[i] as number) + 1;
        return rule.reply;
      }
    }
    return fallback;
  };
}

/** The 200 body for an answer-type reply, or `undefined` for the others. */
export function answerSpecOf(reply: MockReply): AnswerSpec | undefined {
  if (typeof reply === 'string') return { label: reply };
  return reply.type === 'answer' ? reply : undefined;
}

export function errorBody(reply: { message?: string; code?: string; status: number }): string {
  return JSON.stringify({
    error: { message: reply.message ?? `mock status ${reply.status}`, code: reply.code },
  });
}
