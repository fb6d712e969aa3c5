// The sdk + pocket browser bundle: built with esbuild from the installed tarballs (it must hold
// no Node built-ins), then run in headless Chromium against the loopback API.
//   node browser.mjs <repository root>     (copied into the consumer project with browser-entry.js, run there)
// Skipped with a notice only when no Chromium is installed (.ci/run installs Debian's).
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLoopbackServer } from '@piiguard/sdk/testing/server';

const root = process.argv[2];
// esbuild from the workspace (the pocket package's dev dependency): nothing else is installed.
const { build } = createRequire(join(root, 'packages/pocket/package.json'))('esbuild');

const result = await build({
  entryPoints: ['browser-entry.js'],
  bundle: true,
  platform: 'browser',
  format: 'esm',
  target: 'es2022',
  write: false,
  metafile: true,
  logLevel: 'error',
});
const bundle = result.outputFiles[0].text;
const inputs = Object.keys(result.metafile.inputs);
const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
const nodeInputs = inputs.filter((i) => builtins.has(i) || i.startsWith('node:'));
const required = [...bundle.matchAll(/require\(["']([^"']+)["']\)|from\s*["'](node:[^"']+)["']/g)].map(
  (m) => m[1] ?? m[2],
);
if (nodeInputs.length > 0 || required.some((r) => builtins.has(r))) {
  throw new Error(`browser: the bundle uses Node built-ins: ${[...nodeInputs, ...required].join(', ')}`);
}
for (const pkg of ['@piiguard/sdk', '@piiguard/pocket']) {
  if (!inputs.some((i) => i.includes(`node_modules/${pkg}/dist/`)))
    throw new Error(`browser: ${pkg} is not in the bundle`);
}
console.log(
  `consumers: the sdk + pocket browser bundle has no Node built-ins (${(bundle.length / 1024).toFixed(0)} KiB, ${inputs.length} modules)`,
);

const chromium = ['chromium', 'chromium-browser', 'google-chrome'].find((name) => {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
});
if (chromium === undefined) {
  console.log(
    'consumers: NOTICE: headless-Chromium smoke test SKIPPED: no Chromium is installed (.ci/run installs it with apt-get where it can)',
  );
  process.exit(0);
}

const api = await startLoopbackServer({
  faults: {
    rules: [
      { match: 'snap', reply: 'asking' },
      { match: 'down', reply: { type: 'status', status: 503 } },
    ],
  },
});
let resolveReport;
const reported = new Promise((resolve) => {
  resolveReport = resolve;
});
const page = createServer(async (req, res) => {
  if (req.method === 'POST' && req.url === '/report') {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    res.end('ok');
    resolveReport(JSON.parse(Buffer.concat(chunks).toString('utf8')));
    return;
  }
  if (req.url === '/bundle.js') {
    res.writeHead(200, { 'content-type': 'text/javascript' });
    res.end(bundle);
    return;
  }
  res.writeHead(200, { 'content-type': 'text/html' });
  res.end(
    '<!doctype html><meta charset="utf-8"><title>piiguard smoke</title><script type="module" src="/bundle.js"></script>',
  );
});
await new Promise((resolve) => page.listen(0, '127.0.0.1', resolve));
const profile = mkdtempSync(join(tmpdir(), 'piiguard-chromium-'));
const url = `http://127.0.0.1:${page.address().port}/?api=${encodeURIComponent(api.url)}`;
const browser = spawn(
  chromium,
  [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--no-first-run',
    `--user-data-dir=${profile}`,
    url,
  ],
  // Its own process group, so the renderer, zygote and crash handler can be killed with it.
  { stdio: 'ignore', detached: true },
);
const exited = new Promise((resolve) => browser.once('exit', resolve));
const timeout = setTimeout(
  () => resolveReport({ ok: false, error: 'no report from the page within 60 s' }),
  60_000,
);
const report = await reported;
clearTimeout(timeout);
try {
  process.kill(-browser.pid, 'SIGKILL');
} catch {
  browser.kill('SIGKILL');
}
await exited;
await new Promise((resolve) => page.close(resolve));
await api.close();
// Chromium's helpers may still be letting go of the profile for a moment after the group is killed.
rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });

const expected = {
  ok: true,
  local: ['asking', 'giving', 'none'],
  remote: ['api', 'asking'],
  down: ['pocket', 'none', 'server'],
};
if (JSON.stringify(report) !== JSON.stringify(expected)) {
  throw new Error(
    `browser: the page reported ${JSON.stringify(report)}, expected ${JSON.stringify(expected)}`,
  );
}
console.log(
  `consumers: headless Chromium ran the sdk + pocket page (pocket ${report.local.join('/')}; API ${report.remote[1]} across origins; outage answered by ${report.down[0]})`,
);
