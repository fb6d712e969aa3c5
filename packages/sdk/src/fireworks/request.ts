import { DEFAULT_SYSTEM_PROMPT, type ResolvedFireworksOptions } from './options.js';

/** Everything about a chat-completions request that does not depend on the text, built once. */
export interface PreparedRequest {
  /** `<baseURL>/chat/completions`. */
  readonly url: string;
  /** Default headers with the caller's extra headers on top. Holds the key: never log it. */
  readonly headers: Readonly<Record<string, string>>;
  /** The JSON body for one message. */
  body(text: string): string;
}

/**
 * Fireworks' grammar mode (GBNF): the model can only produce one of the three words. Off by
 * default (see `constrainOutput` for why).
 */
export const LABEL_GRAMMAR = 'root ::= "none" | "asking" | "giving"';

const LINE_BREAKS = /\r\n|[\n\r\u000B\u000C\u0085\u2028\u2029]/g;

/**
 * The user turn the student was trained on, `Message: "<text>"`, made unambiguous: inside the
 * quotes `\` becomes `\\` and `"` becomes `\"`, and every line break becomes a space. So the
 * message can neither close its quotes nor start a line of its own (a fake `Message: "gg"`, a
 * role word, an instruction): the turn is always exactly one quoted string on one line. Messages
 * without quotes, backslashes or line breaks are sent exactly as before.
 */
export function userTurn(text: string): string {
  return `Message: "${text.replace(/[\\"]/g, '\\$&').replace(LINE_BREAKS, ' ')}"`;
}

/** One chat turn as Fireworks' chat-completions API and its SFT datasets (`{"messages": [...]}`) take it. */
export interface ChatTurn {
  readonly role: 'system' | 'user' | 'assistant';
  readonly content: string;
}

/**
 * The system and user turns the client sends for `text` — the one definition of the student's
 * input format, for requests and for fine-tuning data alike (a student trained on one format and
 * queried with another is silently worse). `text` should already have passed the input policy.
 * @param systemPrompt @default DEFAULT_SYSTEM_PROMPT
 */
export function studentMessages(
  text: string,
  systemPrompt: string = DEFAULT_SYSTEM_PROMPT,
): readonly ChatTurn[] {
  return [
    { role: 'system', content: systemPrompt },
    { role: 'user', content: userTurn(text) },
  ];
}

/**
 * Serialises the fixed part of the body once; per call only the user turn is stringified and
 * spliced in.
 */
export function prepareRequest(options: ResolvedFireworksOptions): PreparedRequest {
  const grammar = options.constrainOutput
    ? `"response_format":{"type":"grammar","grammar":${JSON.stringify(LABEL_GRAMMAR)}},`
    : '';
  const head =
    `{"model":${JSON.stringify(options.model)},"temperature":0,"max_tokens":${options.maxTokens},` +
    `"logprobs":true,"top_logprobs":5,${grammar}"messages":[{"role":"system","content":${JSON.stringify(options.systemPrompt)}},` +
    `{"role":"user","content":`;
  const headers: Record<string, string> = {
    accept: 'application/json',
    'content-type': 'application/json',
  };
  if (options.apiKey !== '') headers.authorization = `Bearer ${options.apiKey}`;
  for (const [name, value] of Object.entries(options.headers)) headers[name.toLowerCase()] = value;
  return {
    url: `${options.baseURL}/chat/completions`,
    headers: Object.freeze(headers),
    body: (text) => `${head}${JSON.stringify(userTurn(text))}}]}`,
  };
}
