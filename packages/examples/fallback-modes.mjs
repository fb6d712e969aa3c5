// Every fallback mode, side by side, against the loopback chat-completions server that ships
// with @piiguard/sdk (a real HTTP server on 127.0.0.1 with injected faults), with the pocket model
// as the fallback. The same four messages go through each mode:
//   - "whats ur snap?"       the API answers quickly
//   - "my email is ..."      the API answers after 400 ms (slow)
//   - "gg wp"                the API answers 503 (down for this message)
//   - "ur school?"           the API answers 401 (a revoked key: fixing it needs a person)
// Run after `pnpm build`:  node packages/examples/fallback-modes.mjs
import { loadPocket } from '@piiguard/pocket';
import { FALLBACK_MODES, PiiClient } from '@piiguard/sdk';
import { startLoopbackServer } from '@piiguard/sdk/testing/server';

const server = await startLoopbackServer({
  faults: {
    rules: [
      { match: 'snap', reply: 'asking' },
      { match: 'email', reply: { type: 'answer', label: 'giving', delayMs: 400 } },
      { match: 'gg', reply: { type: 'status', status: 503 } },
      { match: 'school', reply: { type: 'status', status: 401 } },
    ],
  },
});
const messages = ['whats ur snap?', 'my email is kim@example.com', 'gg wp', 'ur school?'];

for (const mode of FALLBACK_MODES) {
  const client = new PiiClient({
    apiKey: 'demo-key',
    baseURL: server.url,
    maxRetries: 0,
    cache: false,
    fallback: {
      mode,
      ...(mode !== 'off' && { classifiers: () => loadPocket() }),
      hedgeAfterMs: 100,
      shadow: { sampleRate: 1 },
      // One line per reason instead of the default console.warn, to keep the table readable.
      onWarning: () => {},
    },
  });
  /** @type {string[]} */
  const shadow = [];
  client.on('shadow', (e) => shadow.push(`api ${e.apiLabel} / ${e.fallbackSource} ${e.fallbackLabel}`));
  const before = server.stats.requests;
  console.log(`mode ${mode}:`);
  const outcomes = await client.classifyBatch(messages);
  outcomes.forEach((o, i) => {
    const how = o.ok
      ? `${o.value.label.padEnd(7)} ${o.value.source}${o.value.fallbackReason ? ` (${o.value.fallbackReason})` : ''}${o.value.hedged ? ' hedged' : ''}`
      : `error   ${o.error.kind}`;
    console.log(`  ${(messages[i] ?? '').padEnd(28)} ${how}`);
  });
  // Shadow comparisons run off the critical path, after the answers; closing would drop the rest.
  const settled = () => {
    const s = client.stats().shadow;
    return s.compared + s.dropped + s.failed === s.sampled;
  };
  while (!settled()) await new Promise((resolve) => setTimeout(resolve, 10));
  await client.close();
  console.log(
    `  API requests: ${server.stats.requests - before}${shadow.length ? `; shadow: ${shadow.join(', ')}` : ''}`,
  );
}
await server.close();
