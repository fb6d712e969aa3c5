import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const PACKAGE_DIR = resolve(import.meta.dirname, '..');

/**
 * Imports the BUILT package the way users do, by its name and `exports` map (Node resolves a
 * package's own name from inside it). `pnpm test` builds first; run `pnpm --filter @piiguard/sdk build`
 * before running this file alone.
 */
async function node(args: string[], script: string): Promise<string> {
  const file = join(
    scratch,
    `script-${Math.random().toString(36).slice(2)}${args.includes('cjs') ? '.cjs' : '.mjs'}`,
  );
  writeFileSync(file, script);
  const { stdout } = await run(process.execPath, [...args.filter((a) => a !== 'cjs'), file], {
    cwd: PACKAGE_DIR,
    timeout: 30_000,
  });
  return stdout.trim();
}

let scratch: string;
beforeAll(() => {
  if (!existsSync(join(PACKAGE_DIR, 'dist/index.js'))) {
    throw new Error('dist/ is missing: run `pnpm --filter @piiguard/sdk build` first.');
  }
  // Inside the package (outside node_modules), so `@piiguard/sdk` resolves through its own exports
  // map; under dist/, which git and the linter ignore, should a crash leave it behind.
  scratch = mkdtempSync(join(PACKAGE_DIR, 'dist', '.packaging-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const CLASSIFY = `
  const server = await startLoopbackServer({ faults: { rules: [{ match: 'snap', reply: 'asking' }] } });
  const client = new sdk.PiiClient({ apiKey: 'k', baseURL: server.url });
  const result = await client.classify('whats ur snap?');
  const fake = new testing.FakeClassifier({ respond: () => 'giving' });
  const single = await fake.classify('x');
  const [outcome] = await fake.classifyBatch(['x']);
  console.log(JSON.stringify({
    label: result.label,
    source: result.source,
    fake: [single.label, outcome.ok && outcome.value.label],
    handlers: testing.fireworksHandlers().length,
    errorBrand: sdk.isPiiguardError(new sdk.RateLimitError('x')),
  }));
  await client.close();
  await server.close();`;

const EXPECTED = {
  label: 'asking',
  source: 'api',
  fake: ['giving', 'giving'],
  handlers: 1,
  errorBrand: true,
};

describe('the built package', () => {
  it('works through ESM import of ., ./testing and ./testing/server', async () => {
    const out = await node(
      [],
      `import * as sdk from '@piiguard/sdk';
       import * as testing from '@piiguard/sdk/testing';
       import { startLoopbackServer } from '@piiguard/sdk/testing/server';
       ${CLASSIFY}`,
    );
    expect(JSON.parse(out)).toEqual(EXPECTED);
  });

  it('works through CommonJS require of ., ./testing and ./testing/server', async () => {
    const out = await node(
      ['cjs'],
      `const sdk = require('@piiguard/sdk');
       const testing = require('@piiguard/sdk/testing');
       const { startLoopbackServer } = require('@piiguard/sdk/testing/server');
       (async () => { ${CLASSIFY} })();`,
    );
    expect(JSON.parse(out)).toEqual(EXPECTED);
  });

  it('./testing/fake works through import and require, and nothing it loads imports msw', async () => {
    const esm = await node(
      [],
      `import { FakeClassifier } from '@piiguard/sdk/testing/fake';
       const fake = new FakeClassifier({ kind: 'pocket', respond: () => 'asking' });
       console.log((await fake.classify('x')).label + ' ' + (await fake.classify('x')).source);`,
    );
    expect(esm).toBe('asking pocket');
    const cjs = await node(
      ['cjs'],
      `const { FakeClassifier } = require('@piiguard/sdk/testing/fake');
       new FakeClassifier({ respond: () => 'giving' }).classify('x').then((r) => console.log(r.label));`,
    );
    expect(cjs).toBe('giving');
    // Follow the built files' relative imports from each fake entry: none may reach msw.
    for (const entry of ['testing/fake.js', 'testing/fake.cjs']) {
      const seen = new Set<string>();
      const visit = (file: string) => {
        if (seen.has(file)) return;
        seen.add(file);
        const code = readFileSync(file, 'utf8');
        expect(code, file).not.toMatch(/from\s*["']msw|require\(["']msw|import\(["']msw/);
        for (const [, spec] of code.matchAll(/(?:from\s*|require\(|import\()["'](\.{1,2}\/[^"']+)["']/g)) {
          visit(resolve(dirname(file), spec!));
        }
      };
      visit(join(PACKAGE_DIR, 'dist', entry));
      expect(seen.size, entry).toBeGreaterThan(0);
    }
  });

  it('requires the main entry without require(esm), as on Node 20 before 20.19', async () => {
    const out = await node(
      ['--no-experimental-require-module', 'cjs'],
      `const { PiiClient, FireworksClassifier } = require('@piiguard/sdk');
       console.log(typeof PiiClient + ' ' + typeof FireworksClassifier);`,
    );
    expect(out).toBe('function function');
  });

  it('ships declarations for both module systems that a strict consumer compiles against', async () => {
    for (const file of [
      'index.d.ts',
      'index.d.cts',
      'testing/index.d.ts',
      'testing/fake.d.ts',
      'testing/server.d.ts',
    ]) {
      expect(existsSync(join(PACKAGE_DIR, 'dist', file)), file).toBe(true);
    }
    const consumer = join(scratch, 'consumer.mts');
    writeFileSync(
      consumer,
      `import { PiiClient, type ClassifyResult } from '@piiguard/sdk';
       import { FakeClassifier } from '@piiguard/sdk/testing';
       import { startLoopbackServer } from '@piiguard/sdk/testing/server';
       const client = new PiiClient({ apiKey: 'k', cache: { maxEntries: 10 } });
       const result: Promise<ClassifyResult> = client.classify('hi', { timeoutMs: 100 });
       const fake: FakeClassifier = new FakeClassifier();
       void result; void fake; void startLoopbackServer;
       // @ts-expect-error an unknown option is a type error
       new PiiClient({ apiKey: 'k', timeout: 5 });`,
    );
    const tsc = join(PACKAGE_DIR, '../../node_modules/typescript/bin/tsc');
    await run(
      process.execPath,
      [
        tsc,
        '--noEmit',
        '--strict',
        '--module',
        'nodenext',
        '--moduleResolution',
        'nodenext',
        '--skipLibCheck',
        '--types',
        'node',
        consumer,
      ],
      { cwd: PACKAGE_DIR, timeout: 60_000 },
    );
  }, 60_000);
});
