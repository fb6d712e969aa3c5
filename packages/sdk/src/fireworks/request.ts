import type { ResolvedFireworksOptions } from './options.js';

/** Everything about a chat-completions request that does not depend on the text, built once. */
export interface PreparedRequest {
  /** `<baseURL>/chat/completions`. */
  readonly url: string;
  /** Default headers with the caller's extra headers on top. Holds the key: never log it. */
  readonly headers: Readonly<Record<string, string>>;
  /** The JSON body for one message. */
  body(text: string): string;
}

/** The user turn the student was trained on. */
export function userTurn(text: string): string {
  return `Message: "${text}"`;
}

/**
 * Serialises the fixed part of the body once; per call only the user turn is stringified and
 * spliced in, which keeps per-request CPU close to a hand-written `fetch`.
 */
export function prepareRequest(options: ResolvedFireworksOptions): PreparedRequest {
  const head =
    `{"model":${JSON.stringify(options.model)},"temperature":0,"max_tokens":${options.maxTokens},` +
    `"logprobs":true,"top_logprobs":5,"messages":[{"role":"system","content":${JSON.stringify(options.systemPrompt)}},` +
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
