import { describe, expect, it } from 'vitest';
import { resolveFireworksOptions } from '../src/fireworks/options.js';
import { prepareRequest } from '../src/fireworks/request.js';
import { DEFAULT_SYSTEM_PROMPT } from '../src/index.js';

describe('prepareRequest', () => {
  const prepared = prepareRequest(
    resolveFireworksOptions({
      apiKey: 'sk-1',
      baseURL: 'https://example.test/v1/',
      headers: { 'X-Trace': 't' },
    }),
  );

  it('targets <baseURL>/chat/completions', () => {
    expect(prepared.url).toBe('https://example.test/v1/chat/completions');
  });

  it('builds the body of the model card: system prompt, quoted user turn, temperature 0, logprobs', () => {
    const text = 'my "email" is\nkim@example.com \\ ok';
    expect(JSON.parse(prepared.body(text))).toEqual({
      model: 'accounts/sugi205-8d1850/models/pii-classifier-llama3b-5k',
      temperature: 0,
      max_tokens: 4,
      logprobs: true,
      top_logprobs: 5,
      messages: [
        { role: 'system', content: DEFAULT_SYSTEM_PROMPT },
        { role: 'user', content: 'Message: "my \\"email\\" is kim@example.com \\\\ ok"' },
      ],
    });
  });

  it('sends the key as a bearer token and lets extra headers through', () => {
    expect(prepared.headers).toMatchObject({
      authorization: 'Bearer sk-1',
      'content-type': 'application/json',
      'x-trace': 't',
    });
  });
});
