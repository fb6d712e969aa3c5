// Type-checks the README's quick start as a consumer would compile it, against the installed
// tarballs' declarations, with node16 and with bundler module resolution.
//   node quickstart.mjs <repository root>     (run from the consumer project)
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = process.argv[2];
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Quick start'));
const code = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
if (!code) throw new Error('quickstart: no ```ts block under "## Quick start" in README.md');
// The snippet assumes the app's own messages and logger; everything else must type-check as is.
const prelude = 'declare const messages: string[];\ndeclare const log: { warn(...args: unknown[]): void };\n';
writeFileSync('quickstart.ts', `${prelude}${code}\nexport {};\n`);

const tsc = join(root, 'node_modules/typescript/bin/tsc');
// No --skipLibCheck: the packages' own declarations are checked too, as a strict consumer's would be.
const common = [
  '--noEmit',
  '--strict',
  '--target',
  'es2022',
  '--types',
  'node',
  '--typeRoots',
  join(root, 'node_modules/@types'),
];
for (const [module, resolution] of [
  ['node16', 'node16'],
  ['esnext', 'bundler'],
]) {
  try {
    execFileSync(
      process.execPath,
      [tsc, ...common, '--module', module, '--moduleResolution', resolution, 'quickstart.ts'],
      {
        stdio: 'pipe',
        encoding: 'utf8',
      },
    );
  } catch (error) {
    console.error(error.stdout || error.message);
    throw new Error(`quickstart: tsc --module ${module} --moduleResolution ${resolution} failed`);
  }
  console.log(`consumers: the README quick start type-checks with --moduleResolution ${resolution}`);
}
