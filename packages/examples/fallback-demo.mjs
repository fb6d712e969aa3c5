// Moderation that keeps working through an API outage: the hosted API (here the loopback
// chat-completions server that ships with @piiguard/sdk) answers until it goes down; then the
// teacher (the tiny XLM-R fixture built by packages/teacher/scripts) answers, and each result says
// so. Run after `pnpm build`:  node packages/examples/fallback-demo.mjs
import { fileURLToPath } from 'node:url';
import { loadPocket } from '@piiguard/pocket';
import { PiiClient } from '@piiguard/sdk';
import { startLoopbackServer } from '@piiguard/sdk/testing/server';
import { loadTeacher } from '@piiguard/teacher';

// PIIGUARD_TEACHER points at another teacher folder (or Hub id); by default, the repository's fixture.
const teacherFolder =
  process.env.PIIGUARD_TEACHER ?? fileURLToPath(new URL('../teacher/fixtures/tiny', import.meta.url));

const server = await startLoopbackServer({
  faults: {
    rules: [
      { match: /snap|school/, reply: 'asking' },
      { match: /@|\d{3}/, reply: 'giving' },
    ],
  },
});
const client = new PiiClient({
  apiKey: 'demo-key',
  baseURL: server.url,
  retryBaseDelayMs: 50,
  fallback: {
    mode: 'on-error',
    classifiers: [
      () =>
        loadTeacher({
          model: teacherFolder,
          device: 'auto',
          onWarning: (message) => console.log(`  teacher warning: ${message.split(':')[0]}`),
        }),
      () => loadPocket(),
    ],
    circuitBreaker: { consecutiveFailures: 3, halfOpenAfterMs: 60_000 },
  },
});
client.on('fallback', (e) => console.log(`  event fallback: reason=${e.reason}${e.alert ? ' (alert)' : ''}`));
client.on('circuit', (e) => console.log(`  event circuit: ${e.previous} -> ${e.state}`));
client.on('fallbackLoaded', (e) => console.log(`  event fallbackLoaded: ${e.model} on ${e.device ?? 'n/a'}`));

/** @param {import('@piiguard/sdk').Outcome[]} outcomes @param {string[]} texts */
const show = (outcomes, texts) =>
  outcomes.forEach((o, i) => {
    const label = o.ok ? o.value.label : 'error';
    const how = o.ok
      ? `${o.value.source}${o.value.fallbackReason ? ` (${o.value.fallbackReason})` : ''}`
      : o.error.name;
    console.log(`  ${label.padEnd(7)} ${how.padEnd(22)} ${texts[i]}`);
  });

const healthy = ['whats ur snap?', 'my email is kim@example.com', 'gg wp'];
console.log('API healthy:');
show(await client.classifyBatch(healthy), healthy);

server.setFaults({ rules: [{ match: () => true, reply: { type: 'status', status: 503 } }] });
const outage = ['what school u go to', 'call me 555 013 7788', 'nice build', 'add me on snap'];
console.log('API down (503 on every request):');
show(await client.classifyBatch(outage, { concurrency: 1 }), outage);

const { bySource, fallbacksByReason, circuit } = client.stats();
console.log('stats:', JSON.stringify({ bySource, fallbacksByReason, circuit }));
await client.close();
await server.close();
