/**
 * Evaluates any Classifier on a JSONL dataset and prints the report; with `--reference`, also
 * accuracy by nearest-neighbour similarity to that corpus (the model's training messages).
 *
 *   npx tsx packages/eval/scripts/evaluate.ts --data packages/eval/data/handwritten.jsonl \
 *     --module packages/pocket/dist/index.js --export loadPocket [--json out.json] \
 *     [--reference packages/pocket/.cache/train-corpus.txt]
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import {
  evaluate,
  formatReport,
  formatSimilarityReport,
  loadClassifier,
  readDataset,
  SimilarityIndex,
  type SimilarityReport,
  similarities,
  similarityReport,
  type TableStyle,
} from '../src/index.js';

const USAGE = `usage: evaluate --data <file.jsonl> --module <path-or-package> [options]

  --data <file>         JSONL dataset: {"text", "label": "none"|"asking"|"giving", "lang"?, "kind"?, "note"?}
  --module <spec>       module exporting an async factory that resolves to a Classifier (or a Classifier)
  --export <name>       which export to use (default: default)
  --options <json>      JSON passed as the factory's only argument
  --batch-size <n>      texts per classifyBatch() call (default: 32)
  --style <s>           text | markdown (default: text)
  --max-listed <n>      misclassified examples / errors to list (default: 25)
  --json <file>         also write the full report as JSON
  --min-accuracy <x>    exit 2 when accuracy is below x (0..1)
  --reference <file>    training corpus (one message per line, or JSONL with "text"): adds accuracy by
                        nearest-neighbour similarity band, false-alarm rate and PII recall
  --headline-below <x>  similarity below which rows form the headline subset (default: 0.5)
  --no-misses           do not list misclassified texts (only aggregate figures)`;

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${USAGE}\n`);
  process.exit(1);
}

function positiveInt(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) fail(`--${name} must be a positive integer (got ${value})`);
  return n;
}

const OPTIONS = {
  data: { type: 'string' },
  module: { type: 'string' },
  export: { type: 'string', default: 'default' },
  options: { type: 'string' },
  'batch-size': { type: 'string' },
  style: { type: 'string', default: 'text' },
  'max-listed': { type: 'string' },
  json: { type: 'string' },
  'min-accuracy': { type: 'string' },
  reference: { type: 'string' },
  'headline-below': { type: 'string' },
  'no-misses': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

function parseCli() {
  try {
    return parseArgs({ options: OPTIONS }).values;
  } catch (error) {
    return fail((error as Error).message);
  }
}

async function main(): Promise<void> {
  const values = parseCli();
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (!values.data) fail('--data is required');
  if (!values.module) fail('--module is required');
  if (values.style !== 'text' && values.style !== 'markdown') fail('--style must be text or markdown');
  let factoryOptions: unknown;
  if (values.options !== undefined) {
    try {
      factoryOptions = JSON.parse(values.options);
    } catch {
      fail('--options must be valid JSON');
    }
  }
  const minAccuracy = values['min-accuracy'] === undefined ? undefined : Number(values['min-accuracy']);
  if (minAccuracy !== undefined && !(minAccuracy >= 0 && minAccuracy <= 1))
    fail('--min-accuracy must be in 0..1');

  const headlineBelow = values['headline-below'] === undefined ? undefined : Number(values['headline-below']);
  if (headlineBelow !== undefined && !(headlineBelow > 0 && headlineBelow <= 1))
    fail('--headline-below must be in (0, 1]');

  const examples = await readDataset(values.data);
  // The index is built before the classifier loads, so a bad reference file fails fast.
  const index = values.reference === undefined ? undefined : await readReference(values.reference);
  const classifier = await loadClassifier(values.module, { exportName: values.export, factoryOptions });
  try {
    const report = await evaluate(classifier, examples, {
      batchSize: positiveInt(values['batch-size'], 'batch-size', 32),
    });
    const style = values.style as TableStyle;
    const maxListed = values['no-misses'] ? 0 : positiveInt(values['max-listed'], 'max-listed', 25);
    process.stdout.write(`${formatReport(report, { style, maxListed })}\n`);
    let bySimilarity: SimilarityReport | undefined;
    if (index !== undefined) {
      bySimilarity = similarityReport(examples, report.predictions, similarities(index, examples), {
        ...(headlineBelow !== undefined && { headlineBelow }),
      });
      process.stdout.write(`\n${formatSimilarityReport(bySimilarity, { style })}\n`);
    }
    if (values.json) {
      await writeFile(
        values.json,
        `${JSON.stringify({ data: values.data, ...report, ...(bySimilarity && { bySimilarity }) }, null, 2)}\n`,
      );
      process.stdout.write(`\nwrote ${values.json}\n`);
    }
    if (minAccuracy !== undefined && report.metrics.accuracy < minAccuracy) {
      process.stderr.write(
        `accuracy ${report.metrics.accuracy.toFixed(4)} is below --min-accuracy ${minAccuracy}\n`,
      );
      process.exitCode = 2;
    }
  } finally {
    await classifier.close();
  }
}

/** One message per line, or JSONL rows with a `text` field (a line starting with `{`). */
async function readReference(path: string): Promise<SimilarityIndex> {
  const lines = (await readFile(path, 'utf8')).split('\n').filter((l) => l.trim() !== '');
  return new SimilarityIndex(
    lines.map((line) => {
      if (!line.startsWith('{')) return line;
      const row = JSON.parse(line) as { text?: unknown };
      if (typeof row.text !== 'string') fail(`--reference: a JSON line of ${path} has no "text"`);
      return row.text;
    }),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}\n`);
  process.exit(1);
});
