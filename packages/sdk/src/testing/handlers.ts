import { delay, type HttpHandler, HttpResponse, http } from 'msw';
import type { Label } from '../classifier.js';
import { DEFAULT_BASE_URL } from '../fireworks/options.js';
import { chatCompletion, messageFromRequest } from './completion.js';
import { answerSpecOf, createReplyPicker, errorBody, type MockReply, type MockRule } from './replies.js';

/** Options of `fireworksHandlers`. */
export interface FireworksHandlerOptions {
  /** The `baseURL` your client uses. @default DEFAULT_BASE_URL (Fireworks) */
  readonly baseURL?: string;
  /** Label for every message no rule matches. @default 'none' */
  readonly label?: Label;
  /** Per-message replies (labels or failures); the first matching rule wins. @default [] */
  readonly rules?: readonly MockRule[];
  /** Called with each request's message text, e.g. to count calls. */
  readonly onRequest?: (message: string) => void;
}

/**
 * msw handlers for the chat-completions endpoint, so apps using `PiiClient` can be tested
 * without network: `setupServer(...fireworksHandlers({ rules: [{ match: 'snap', reply: 'asking' }] }))`.
 * Uses only msw's `http`/`HttpResponse`, so it works with `msw/node` and `msw/browser` alike.
 */
export function fireworksHandlers(options: FireworksHandlerOptions = {}): HttpHandler[] {
  const baseURL = (options.baseURL ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
  const pick = createReplyPicker(options.rules ?? [], options.label ?? 'none');
  return [
    http.post(`${baseURL}/chat/completions`, async ({ request }) => {
      let body: unknown;
      try {
        body = await request.json();
      } catch {
        return HttpResponse.json({ error: { message: 'request body is not JSON' } }, { status: 400 });
      }
      const message = messageFromRequest(body);
      if (message === undefined) {
        return HttpResponse.json({ error: { message: 'no user message' } }, { status: 400 });
      }
      options.onRequest?.(message);
      return respond(pick(message), (body as { model?: string }).model);
    }),
  ];
}

async function respond(reply: MockReply, model: string | undefined): Promise<Response> {
  if (typeof reply === 'object' && reply.type === 'hang') {
    await delay('infinite');
    return HttpResponse.error();
  }
  if (typeof reply === 'object' && reply.delayMs) await delay(reply.delayMs);
  const answer = answerSpecOf(reply);
  if (answer) return HttpResponse.json(chatCompletion(answer, model));
  if (typeof reply === 'string') throw new TypeError('unreachable');
  switch (reply.type) {
    case 'status':
      return new HttpResponse(errorBody(reply), {
        status: reply.status,
        headers: { 'content-type': 'application/json', ...reply.headers },
      });
    case 'malformed':
      return new HttpResponse('{"choices": [', {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    case 'no-choices':
      return HttpResponse.json({ id: 'chatcmpl-test', choices: [] });
    default:
      return HttpResponse.error();
  }
}
