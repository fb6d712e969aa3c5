// ESM import of every publishable entry point, as installed from the tarballs. Run from the
// consumer project:  node esm.mjs <teacher model folder>
import { loadPocket } from '@piiguard/pocket';
import { isPiiguardError, LABELS, PiiClient } from '@piiguard/sdk';
import { FakeClassifier } from '@piiguard/sdk/testing/fake';
import { startLoopbackServer } from '@piiguard/sdk/testing/server';
import { loadTeacher } from '@piiguard/teacher';

const check = (ok, what) => {
  if (!ok) throw new Error(`esm: ${what}`);
};

const server = await startLoopbackServer({ faults: { rules: [{ match: 'snap', reply: 'asking' }] } });
const client = new PiiClient({
  apiKey: 'k',
  baseURL: server.url,
  fallback: { mode: 'on-error', classifiers: () => loadPocket() },
});
const api = await client.classify('whats ur snap?');
check(api.source === 'api' && api.label === 'asking', 'the client against the loopback server');
const pocket = await loadPocket();
const [local] = await pocket.classifyBatch(['my email is kim@example.com']);
check(local?.ok && local.value.label === 'giving', 'the pocket model');
const teacher = await loadTeacher({ model: process.argv[2], device: 'cpu' });
const scored = await teacher.classify('whats ur snap?');
check(scored.source === 'teacher' && scored.teacherScores !== undefined, 'the teacher on onnxruntime-node');
check(
  (await new FakeClassifier({ respond: () => 'giving' }).classify('x')).label === 'giving',
  'FakeClassifier',
);
check(LABELS.length === 3 && isPiiguardError(new Error('x')) === false, 'the root exports');
// msw is not installed here: ./testing (its handlers) needs it, ./testing/fake does not.
const withoutMsw = await import('@piiguard/sdk/testing').then(
  () => 'loaded',
  (error) => String(error?.message ?? error),
);
check(withoutMsw.includes('msw'), `@piiguard/sdk/testing without msw should name msw, got: ${withoutMsw}`);
const { RedisCacheStore } = await import('@piiguard/redis');
check(typeof RedisCacheStore === 'function', '@piiguard/redis exports RedisCacheStore');
const { trainPocket } = await import('@piiguard/pocket/train');
check(typeof trainPocket === 'function', '@piiguard/pocket/train exports trainPocket');
const { runDistill } = await import('@piiguard/distill');
check(typeof runDistill === 'function', '@piiguard/distill exports runDistill');
await Promise.all([client.close(), pocket.close(), teacher.close()]);
await server.close();
console.log(
  `consumers: ESM import works (api ${api.label}, pocket ${local.value.label}, teacher ${scored.label} on ${teacher.device})`,
);
