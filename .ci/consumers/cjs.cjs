// CommonJS require of every publishable entry point, as installed from the tarballs.
//   node cjs.cjs <teacher model folder>
const { loadPocket } = require('@piiguard/pocket');
const { PiiClient } = require('@piiguard/sdk');
const { FakeClassifier } = require('@piiguard/sdk/testing/fake');
const { startLoopbackServer } = require('@piiguard/sdk/testing/server');
const { loadTeacher } = require('@piiguard/teacher');

const check = (ok, what) => {
  if (!ok) throw new Error(`cjs: ${what}`);
};

(async () => {
  const server = await startLoopbackServer({ faults: { rules: [{ match: 'snap', reply: 'asking' }] } });
  const client = new PiiClient({ apiKey: 'k', baseURL: server.url });
  const api = await client.classify('whats ur snap?');
  check(api.source === 'api' && api.label === 'asking', 'the client against the loopback server');
  const pocket = await loadPocket();
  check((await pocket.classify('my email is kim@example.com')).label === 'giving', 'the pocket model');
  const teacher = await loadTeacher({ model: process.argv[2], device: 'cpu' });
  check((await teacher.classify('whats ur snap?')).source === 'teacher', 'the teacher');
  check(
    (await new FakeClassifier({ respond: () => 'asking' }).classify('x')).label === 'asking',
    'FakeClassifier',
  );
  await Promise.all([client.close(), pocket.close(), teacher.close()]);
  await server.close();
  console.log('consumers: CommonJS require works');
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
