import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoopbackServer, startLoopbackServer } from '../src/testing/server.js';

// What a browser sends before a cross-origin POST with a JSON body and a bearer key.
const PREFLIGHT = {
  method: 'OPTIONS',
  headers: {
    origin: 'http://127.0.0.1:5173',
    'access-control-request-method': 'POST',
    'access-control-request-headers': 'authorization,content-type',
  },
};

let server: LoopbackServer;
beforeAll(async () => {
  server = await startLoopbackServer({
    faults: {
      rules: [
        { match: 'slow down', reply: { type: 'status', status: 429, headers: { 'retry-after': '1' } } },
      ],
    },
  });
});
afterAll(() => server.close());

describe('the loopback server and browsers (CORS)', () => {
  it('answers a preflight with the method and headers allowed, without counting it as a request', async () => {
    const before = server.stats.requests;
    const res = await fetch(`${server.url}/chat/completions`, PREFLIGHT);
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')).toContain('POST');
    expect(res.headers.get('access-control-allow-headers')).toBe('authorization,content-type');
    expect(server.stats.requests).toBe(before);
  });

  it('lets a page read answers and errors, with the headers the client reads exposed', async () => {
    const post = (message: string) =>
      fetch(`${server.url}/chat/completions`, {
        method: 'POST',
        headers: {
          origin: 'http://127.0.0.1:5173',
          'content-type': 'application/json',
          authorization: 'Bearer k',
        },
        body: JSON.stringify({ model: 'm', messages: [{ role: 'user', content: `Message: "${message}"` }] }),
      });
    const ok = await post('gg');
    expect(ok.status).toBe(200);
    expect(ok.headers.get('access-control-allow-origin')).toBe('*');
    const limited = await post('slow down');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('access-control-allow-origin')).toBe('*');
    const exposed = limited.headers.get('access-control-expose-headers') ?? '';
    for (const name of ['x-request-id', 'retry-after', 'retry-after-ms']) expect(exposed).toContain(name);
  });
});
