// A chat-moderation HTTP service (node:http, no framework): POST /messages classifies a chat
// message and says what to do with it; GET /health reports the client's stats. It keeps
// answering through an API outage: the hosted model answers while it can, the pocket model when
// it cannot (fallback on-error), and every answer says which one decided.
//
//   POST /messages  {"text": "...", "speaker"?: "..."}  ->  {"action": "deliver"|"flag"|"block"|"hold", "label", "source", ...}
//   GET  /health                                        ->  {"status": "ok"|"degraded", "stats": client.stats()}
//
// Run after `pnpm build`:
//   node packages/examples/moderation-service.mjs          serves on PORT (default 3000); the hosted
//                                                          model with FIREWORKS_API_KEY, else pocket only
//   node packages/examples/moderation-service.mjs --demo   against the loopback API: healthy, then down
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import { loadPocket } from '@piiguard/pocket';
import { isPiiguardError, PiiClient } from '@piiguard/sdk';

/** What the service does with each label: asking is flagged for a moderator, giving is blocked. */
export const DEFAULT_POLICY = Object.freeze({ none: 'deliver', asking: 'flag', giving: 'block' });
/** Longest request body read, in bytes; chat messages are far shorter. */
const MAX_BODY_BYTES = 64 * 1024;

/**
 * @typedef {'deliver' | 'flag' | 'block' | 'hold'} Action
 * @typedef {{ readonly none: Action, readonly asking: Action, readonly giving: Action }} Policy
 * @typedef {Pick<PiiClient, 'classify' | 'stats'>} ModerationClient
 */

/**
 * The service, not yet listening. The client is the caller's (the service never closes it).
 * @param {{ client: ModerationClient, policy?: Policy }} options
 */
export function createModerationService({ client, policy = DEFAULT_POLICY }) {
  return createServer(async (req, res) => {
    /** @param {number} status @param {unknown} body */
    const send = (status, body) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    try {
      if (req.method === 'GET' && req.url === '/health') {
        const stats = client.stats();
        return send(200, { status: stats.circuit === 'open' ? 'degraded' : 'ok', stats });
      }
      if (req.method !== 'POST' || req.url !== '/messages') return send(404, { error: 'not found' });
      const body = await readJson(req);
      if (body === undefined || typeof body.text !== 'string') {
        return send(400, { error: 'expected a JSON body {"text": string, "speaker"?: string}' });
      }
      try {
        const result = await client.classify(
          body.text,
          typeof body.speaker === 'string' ? { speaker: body.speaker } : {},
        );
        return send(200, {
          action: policy[result.label],
          label: result.label,
          source: result.source,
          ...(result.fallbackReason && { fallbackReason: result.fallbackReason }),
        });
      } catch (error) {
        // Nothing could classify it: hold the message for review rather than deliver it unchecked.
        return send(200, { action: 'hold', errorKind: isPiiguardError(error) ? error.kind : 'unknown' });
      }
    } catch {
      if (!res.headersSent) send(400, { error: 'unreadable request' });
    }
  });
}

/**
 * The request's JSON body, or undefined when it is not a JSON object (or too large).
 * @param {import('node:http').IncomingMessage} req
 * @returns {Promise<Record<string, unknown> | undefined>}
 */
async function readJson(req) {
  /** @type {Buffer[]} */
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk);
  }
  try {
    const value = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The client a real deployment would use: hosted model first, pocket model on failure. */
function productionClient() {
  return process.env.FIREWORKS_API_KEY
    ? new PiiClient({ fallback: { mode: 'on-error', classifiers: () => loadPocket() } })
    : new PiiClient({ fallback: { mode: 'fallback-only', classifiers: () => loadPocket() } });
}

/** The service in front of the loopback API: three messages while it is healthy, three while it is down. */
async function demo() {
  const { startLoopbackServer } = await import('@piiguard/sdk/testing/server');
  const api = await startLoopbackServer({
    faults: {
      rules: [
        { match: /snap|school/, reply: 'asking' },
        { match: /@|\d{3}/, reply: 'giving' },
      ],
    },
  });
  const client = new PiiClient({
    apiKey: 'demo-key',
    baseURL: api.url,
    maxRetries: 0,
    fallback: {
      mode: 'on-error',
      classifiers: () => loadPocket(),
      circuitBreaker: { consecutiveFailures: 2 },
      onWarning: () => {},
    },
  });
  const service = createModerationService({ client });
  await new Promise((resolve) => service.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (service.address());
  const base = `http://127.0.0.1:${address.port}`;
  /** @param {string} text */
  const post = async (text) => {
    const res = await fetch(`${base}/messages`, { method: 'POST', body: JSON.stringify({ text }) });
    console.log(`  ${text.padEnd(28)} -> ${JSON.stringify(await res.json())}`);
  };
  console.log('API healthy:');
  for (const text of ['whats ur snap?', 'my email is kim@example.com', 'gg wp']) await post(text);
  api.setFaults({ rules: [{ match: () => true, reply: { type: 'status', status: 503 } }] });
  console.log('API down (503 on every request):');
  for (const text of ['what school u go to', 'call me 555 013 7788', 'nice build']) await post(text);
  const health = /** @type {{ status: string, stats: ReturnType<PiiClient['stats']> }} */ (
    await (await fetch(`${base}/health`)).json()
  );
  console.log(
    `health: ${health.status} ${JSON.stringify({ bySource: health.stats.bySource, circuit: health.stats.circuit })}`,
  );
  await new Promise((resolve) => service.close(() => resolve(undefined)));
  await client.close();
  await api.close();
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv.includes('--demo')) await demo();
  else {
    const client = productionClient();
    const service = createModerationService({ client });
    const port = Number(process.env.PORT ?? 3000);
    service.listen(port, () =>
      console.log(`moderation service on http://localhost:${port} (POST /messages, GET /health)`),
    );
    process.once('SIGINT', () => service.close(() => client.close()));
  }
}
