import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import {
  APIConnectionError,
  APIError,
  APITimeoutError,
  ConfigurationError,
  FireworksClassifier,
  InvalidResponseError,
  type PiiguardError,
} from '../src/index.js';
import { chatCompletion } from '../src/testing/completion.js';

type Handler = (req: IncomingMessage, res: ServerResponse, n: number) => void;

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(
    servers.splice(0).map(
      (s) =>
        new Promise<void>((resolve) => {
          s.closeAllConnections();
          s.close(() => resolve());
        }),
    ),
  );
});

/** A raw HTTP server on loopback; `count()` is how many requests it received. */
async function serve(handler: Handler): Promise<{ url: string; count: () => number }> {
  let n = 0;
  const server = createServer((req, res) => {
    n++;
    req.resume();
    req.on('end', () => handler(req, res, n));
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/v1`, count: () => n };
}

const KEY = 'sk-live-0123456789abcdef';
const TEXT = 'call me on 07700 900123 or mail kim.baker@example.com';

function classifier(url: string, extra: Record<string, unknown> = {}) {
  return new FireworksClassifier({ apiKey: KEY, baseURL: url, retryBaseDelayMs: 1, ...extra });
}

async function failure(promise: Promise<unknown>): Promise<PiiguardError> {
  try {
    await promise;
  } catch (error) {
    return error as PiiguardError;
  }
  throw new Error('expected a rejection');
}

/** Every way an error is shown or logged, causes included. */
function everyForm(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 6; depth++) {
    const e = current as Error;
    parts.push(
      String(e),
      e.message ?? '',
      e.stack ?? '',
      JSON.stringify(e),
      inspect(e, { depth: 8, showHidden: true }),
    );
    current = e.cause;
  }
  return parts.join('\n');
}

/** Fragments of the text a server could echo: words, digit runs, the email in parts. */
const FRAGMENTS = ['07700', '900123', 'kim.baker', 'example.com', 'call me on', 'kim.baker@example'];

describe('hostile servers: bounded responses', () => {
  it('a 50 MB answer is refused as InvalidResponseError without reading it all', async () => {
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    const { url } = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      let sent = 0;
      const pump = () => {
        while (sent < 50 && res.write(chunk)) sent++;
        if (sent < 50) res.once('drain', pump);
        else res.end();
      };
      pump();
    });
    const error = await failure(classifier(url, { maxRetries: 0 }).classify('gg'));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.message).toMatch(/maxResponseBytes/);
  });

  it('a content-length over the limit is refused before the body is read', async () => {
    const { url } = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(10 * 1024 * 1024) });
      res.write('{');
    });
    const error = await failure(classifier(url, { maxRetries: 0 }).classify('gg'));
    expect(error).toBeInstanceOf(InvalidResponseError);
  });

  it('a body that never ends times out per attempt even with no deadline', async () => {
    const { url, count } = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"choices":[');
    });
    const error = await failure(
      classifier(url, { timeoutMs: 200, deadlineMs: Number.POSITIVE_INFINITY, maxRetries: 1 }).classify('gg'),
    );
    expect(error).toBeInstanceOf(APITimeoutError);
    expect(count()).toBe(2);
  });

  it('a connection reset in the middle of the body is retried like a connection error', async () => {
    const body = JSON.stringify(chatCompletion({ label: 'asking' }));
    const { url, count } = await serve((_req, res, n) => {
      if (n === 1) {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(body.length) });
        res.write(body.slice(0, 20));
        setTimeout(() => res.socket?.destroy(), 10);
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(body);
    });
    const result = await classifier(url).classify('whats ur snap');
    expect(result.label).toBe('asking');
    expect(count()).toBe(2);
  });
});

describe('hostile servers: redirects are never followed', () => {
  it('a 302 loop is one request and a typed error naming the status', async () => {
    const { url, count } = await serve((_req, res) => {
      res.writeHead(302, { location: '/v1/chat/completions' });
      res.end();
    });
    const error = await failure(classifier(url).classify(TEXT));
    expect(error).toBeInstanceOf(APIError);
    expect((error as APIError).status).toBe(302);
    expect(error.message).toMatch(/redirect \(302\)/);
    expect(count()).toBe(1);
  });

  it('a 307 to another origin does not re-send the message there', async () => {
    const other = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(chatCompletion({ label: 'none' })));
    });
    const { url } = await serve((_req, res) => {
      res.writeHead(307, { location: `${other.url}/chat/completions` });
      res.end();
    });
    const error = await failure(classifier(url).classify(TEXT));
    expect((error as APIError).status).toBe(307);
    expect(other.count()).toBe(0);
  });

  it('a 301 to a GET endpoint whose JSON looks like an answer is not accepted', async () => {
    const other = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(chatCompletion({ label: 'none' })));
    });
    const { url } = await serve((_req, res) => {
      res.writeHead(301, { location: `${other.url}/answer.json` });
      res.end();
    });
    const error = await failure(classifier(url).classify(TEXT));
    expect((error as APIError).status).toBe(301);
    expect(other.count()).toBe(0);
  });
});

describe('hostile servers: nothing of the key or the text leaks', () => {
  const echoes: [string, string][] = [
    ['the whole text', TEXT],
    ['part of the text', `bad input near "${TEXT.slice(8, 30)}"`],
    ['a changed form of the text', TEXT.toUpperCase().replace(/ /g, '_')],
    ['the key', `key ${KEY} is not valid`],
    ['the key and text JSON-escaped', JSON.stringify({ KEY, TEXT })],
  ];

  it.each(echoes)('an error message echoing %s reaches no error form', async (_, echo) => {
    const { url } = await serve((_req, res) => {
      res.writeHead(400, { 'content-type': 'application/json', 'x-request-id': 'req_123' });
      res.end(JSON.stringify({ error: { message: echo, code: echo } }));
    });
    const error = await failure(classifier(url).classify(TEXT));
    expect(error).toBeInstanceOf(APIError);
    expect((error as APIError).requestId).toBe('req_123');
    const shown = everyForm(error);
    expect(shown).not.toContain(KEY);
    for (const fragment of FRAGMENTS) expect(shown.toLowerCase()).not.toContain(fragment.toLowerCase());
  });

  it('keeps a machine-readable error code and the status', async () => {
    const { url } = await serve((_req, res) => {
      res.writeHead(422, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: `echo ${TEXT}`, code: 'invalid_request_error' } }));
    });
    const error = (await failure(classifier(url).classify(TEXT))) as APIError;
    expect(error.status).toBe(422);
    expect(error.code).toBe('invalid_request_error');
  });

  it('copies the server message only when allowServerMessages is set, and still cuts exact echoes', async () => {
    const { url } = await serve((_req, res) => {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: `model is warming up; you sent ${TEXT}` } }));
    });
    const plain = await failure(classifier(url).classify(TEXT));
    expect(plain.message).not.toMatch(/warming up/);
    const allowed = await failure(classifier(url, { allowServerMessages: true }).classify(TEXT));
    expect(allowed.message).toMatch(/warming up/);
    expect(allowed.message).not.toContain(TEXT);
  });

  it('a connection error keeps no cause that shows the key or the request', async () => {
    const { url } = await serve((req) => req.socket.destroy());
    const error = await failure(classifier(url, { maxRetries: 0 }).classify(TEXT));
    expect(error).toBeInstanceOf(APIConnectionError);
    const shown = everyForm(error);
    expect(shown).not.toContain(KEY);
    for (const fragment of FRAGMENTS) expect(shown).not.toContain(fragment);
  });

  it.each([
    ['a newline', 'sk-abc\ndef'],
    ['a space', 'sk-abc def'],
    ['a NUL', 'sk-abc\u0000def'],
    ['non-ASCII', 'sk-abcdéf'],
  ])('a key with %s is refused at construction without echoing it', (_, key) => {
    let error: unknown;
    try {
      new FireworksClassifier({ apiKey: key, baseURL: 'http://127.0.0.1:9/v1' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).option).toBe('apiKey');
    expect(everyForm(error)).not.toContain('abc');
  });
});
