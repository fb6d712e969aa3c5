// Checks the packed tarballs the way npm would publish them: the metadata npm needs, a LICENSE,
// README links that work on the npm page, and no copies of the pocket weights beyond one.
//   node .ci/consumers/check-tarballs.mjs <folder of .tgz files> <repository root>
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const [folder, root] = process.argv.slice(2);
if (!folder || !root) throw new Error('usage: check-tarballs.mjs <tarball folder> <repository root>');
const REPOSITORY = 'https://github.com/piiguard/piiguard';
/**
 * The pocket weights are ~2 MiB; the code around them (the model, and the `./train` entry, each as
 * ESM, CommonJS, types and source maps) ~350 KiB. A second copy of the weights would add ~2 MiB.
 */
const POCKET_NON_WEIGHT_BYTES = 512 * 1024;

const problems = [];
const tar = (file, ...args) =>
  execFileSync('tar', ['xzf', file, '-O', ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
const list = (file) =>
  execFileSync('tar', ['tzvf', file], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => {
      const parts = line.trim().split(/\s+/);
      return {
        size: Number(parts[2]),
        path: parts
          .slice(5)
          .join(' ')
          .replace(/^package\//, ''),
      };
    });

const tarballs = readdirSync(folder).filter((f) => f.endsWith('.tgz'));
if (tarballs.length < 4)
  problems.push(`expected the 4 publishable packages, found ${tarballs.length} tarballs`);
for (const name of tarballs) {
  const file = join(folder, name);
  const files = list(file);
  const paths = new Set(files.map((f) => f.path));
  const pkg = JSON.parse(tar(file, 'package/package.json'));
  const where = `${pkg.name}:`;
  if (pkg.publishConfig?.access !== 'public') problems.push(`${where} publishConfig.access is not "public"`);
  if (!pkg.repository?.url?.includes('github.com/piiguard/piiguard'))
    problems.push(`${where} no repository.url`);
  if (!pkg.repository?.directory) problems.push(`${where} no repository.directory`);
  if (!pkg.homepage) problems.push(`${where} no homepage`);
  if (!pkg.bugs?.url) problems.push(`${where} no bugs.url`);
  if (pkg.license !== 'Apache-2.0') problems.push(`${where} license is not Apache-2.0`);
  if (!paths.has('LICENSE')) problems.push(`${where} no LICENSE file`);
  if (!paths.has('README.md')) problems.push(`${where} no README.md`);
  for (const dep of Object.values({ ...pkg.dependencies, ...pkg.peerDependencies })) {
    if (String(dep).startsWith('workspace:')) problems.push(`${where} a workspace: range was published`);
  }

  // README links: relative ones must point into the tarball (npm shows nothing else), links to
  // this repository must name files that exist.
  const readme = paths.has('README.md') ? tar(file, 'package/README.md') : '';
  for (const [, target] of readme.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
    const [path] = target.split('#');
    if (target.startsWith('#') || /^(mailto:|https?:)/.test(target)) {
      const inRepo = target.match(
        /^https:\/\/github\.com\/piiguard\/piiguard\/(?:blob|tree)\/main\/([^#?]+)/,
      );
      if (inRepo && !existsSync(join(root, decodeURIComponent(inRepo[1])))) {
        problems.push(`${where} README links to ${target}, which is not in the repository`);
      }
      continue;
    }
    if (!paths.has(path.replace(/^\.\//, ''))) {
      problems.push(
        `${where} README links to ${target}, which is not in the package (use ${REPOSITORY}/blob/main/...)`,
      );
    }
  }

  for (const f of files.filter((f) => f.path.endsWith('.map'))) {
    if (f.size > 512 * 1024)
      problems.push(`${where} ${f.path} is ${f.size} bytes: a source map of generated data?`);
  }
  if (pkg.name === '@piiguard/pocket') {
    const weights = files.find((f) => f.path === 'dist/weights.cjs');
    const total = files.reduce((sum, f) => sum + f.size, 0);
    if (!weights) problems.push(`${where} no dist/weights.cjs`);
    else if (total - weights.size > POCKET_NON_WEIGHT_BYTES) {
      problems.push(
        `${where} ${total} bytes unpacked, ${total - weights.size} beyond the weights (a second copy of them?)`,
      );
    }
    console.log(
      `consumers: ${pkg.name} unpacks to ${(total / 1024).toFixed(0)} KiB, of which weights ${((weights?.size ?? 0) / 1024).toFixed(0)} KiB`,
    );
  }
}
if (problems.length > 0) {
  for (const p of problems) console.error(`consumers: ${p}`);
  process.exit(1);
}
console.log(`consumers: ${tarballs.length} tarballs have the metadata, LICENSE and README links npm needs`);
