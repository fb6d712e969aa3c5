import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { ModelLoadError } from '@piiguard/sdk';
import { describe, expect, it } from 'vitest';
import { loadClassifier } from '../src/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const packageDir = join(here, '..');
const fixture = join(here, 'fixtures', 'keyword-classifier.mjs');

describe('loadClassifier', () => {
  it('builds a Classifier from a named async factory, passing the options', async () => {
    const classifier = await loadClassifier('./test/fixtures/keyword-classifier.mjs', {
      cwd: packageDir,
      exportName: 'loadKeyword',
      factoryOptions: { model: 'kw-custom' },
    });
    expect(classifier.model).toBe('kw-custom');
    expect(await classifier.classify('snap?')).toMatchObject({
      label: 'asking',
      model: 'kw-custom',
      source: 'pocket',
    });
    const outcomes = await classifier.classifyBatch(['gg', 'kim@example.com']);
    expect(outcomes.map((o) => o.ok && o.value.label)).toEqual(['none', 'giving']);
  });

  it('uses the default export unless told otherwise', async () => {
    expect((await loadClassifier(fixture)).model).toBe('keyword-v0');
  });

  it('names the missing export and lists the ones that exist', async () => {
    await expect(loadClassifier(fixture, { exportName: 'loadPocket' })).rejects.toThrow(
      /has no export "loadPocket"; it exports: broken, default, loadKeyword, notAClassifier/,
    );
  });

  it('refuses exports that are not Classifiers, failing factories and missing modules with ModelLoadError', async () => {
    await expect(loadClassifier(fixture, { exportName: 'notAClassifier' })).rejects.toThrow(
      /is not a Classifier/,
    );
    await expect(loadClassifier(fixture, { exportName: 'broken' })).rejects.toThrow(
      /"broken" failed: weights file missing/,
    );
    await expect(loadClassifier('./nope/missing.mjs', { cwd: packageDir })).rejects.toBeInstanceOf(
      ModelLoadError,
    );
    await expect(loadClassifier('@piiguard/not-a-package')).rejects.toThrow(
      /Cannot import @piiguard\/not-a-package/,
    );
  });
});

describe('scripts/evaluate.ts', () => {
  it('prints the report, writes JSON and closes the classifier', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'eval-cli-'));
    const out = join(dir, 'report.json');
    const closedFile = join(dir, 'closed');
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        '--import',
        'tsx',
        'scripts/evaluate.ts',
        '--data',
        'test/fixtures/small.jsonl',
        '--module',
        'test/fixtures/keyword-classifier.mjs',
        '--export',
        'loadKeyword',
        '--json',
        out,
      ],
      { cwd: packageDir, env: { ...process.env, KEYWORD_CLOSED_FILE: closedFile } },
    );
    expect(await readFile(closedFile, 'utf8')).toBe('closed');
    expect(stdout).toContain('model: keyword-v0 (pocket) · 6 examples');
    expect(stdout).toContain('accuracy 66.7% (4/6)');
    expect(stdout).toContain('line 5 [address] gold asking → none: where do you live');
    const json = JSON.parse(await readFile(out, 'utf8'));
    expect(json.metrics.correct).toBe(4);
    expect(json.misses).toHaveLength(2);
  });

  it('adds accuracy by similarity to a reference corpus with --reference, listing no texts with --no-misses', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'eval-reference-'));
    const reference = join(dir, 'corpus.txt');
    const small = await readFile(join(here, 'fixtures', 'small.jsonl'), 'utf8');
    const firstText = (JSON.parse(small.split('\n')[0]!) as { text: string }).text;
    // The corpus repeats the first row exactly (similarity 1) and shares nothing with the rest.
    await writeFile(reference, `${firstText}\n${JSON.stringify({ text: 'zzz qqq' })}\n`);
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        '--import',
        'tsx',
        'scripts/evaluate.ts',
        '--data',
        'test/fixtures/small.jsonl',
        '--module',
        'test/fixtures/keyword-classifier.mjs',
        '--reference',
        reference,
        '--no-misses',
        '--json',
        join(dir, 'report.json'),
      ],
      { cwd: packageDir },
    );
    expect(stdout).toContain('exact matches 1/');
    expect(stdout).toMatch(/rows below 0\.5: \d+ rows/);
    expect(stdout).toContain('0.70–1.00');
    expect(stdout).toMatch(/misclassified \(\d+, first 0\)/);
    const json = JSON.parse(await readFile(join(dir, 'report.json'), 'utf8'));
    expect(json.bySimilarity.exactMatches).toBe(1);
    expect(json.predictions.length).toBe(json.metrics.total);
  });

  it('exits 1 with usage when a required flag is missing, and 2 below --min-accuracy', async () => {
    const run = (args: string[]) =>
      promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/evaluate.ts', ...args], {
        cwd: packageDir,
      });
    await expect(run(['--data', 'test/fixtures/small.jsonl'])).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('--module is required'),
    });
    await expect(
      run([
        '--data',
        'test/fixtures/small.jsonl',
        '--module',
        'test/fixtures/keyword-classifier.mjs',
        '--min-accuracy',
        '0.9',
      ]),
    ).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('below --min-accuracy 0.9') });
  });
});
