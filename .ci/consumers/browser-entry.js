// The page's script: the sdk and the pocket model as a browser app bundles them. It reports to
// the page's server what it got, from the pocket model alone and from the client against the
// loopback API (a cross-origin server: CORS preflight, then the request).
import { loadPocket } from '@piiguard/pocket';
import { PiiClient } from '@piiguard/sdk';

const report = (body) => fetch('/report', { method: 'POST', body: JSON.stringify(body) });
try {
  const api = new URLSearchParams(location.search).get('api');
  const pocket = await loadPocket();
  const local = await pocket.classifyBatch(['whats ur snap?', 'my email is kim@example.com', 'gg wp']);
  const client = new PiiClient({
    apiKey: 'browser-test-key',
    baseURL: api,
    maxRetries: 0,
    fallback: { mode: 'on-error', classifiers: () => loadPocket(), onWarning: () => {} },
  });
  const remote = await client.classify('whats ur snap?');
  const down = await client.classify('the api is down for this one');
  await report({
    ok: true,
    local: local.map((o) => (o.ok ? o.value.label : o.error.kind)),
    remote: [remote.source, remote.label],
    down: [down.source, down.label, down.fallbackReason],
  });
} catch (error) {
  await report({ ok: false, error: `${error?.name}: ${error?.message}` });
}
