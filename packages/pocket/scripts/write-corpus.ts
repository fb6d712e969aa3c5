/**
 * Writes the training messages of the committed settings (generated and hand-typed, each hand-typed
 * message once):
 *   npx tsx packages/pocket/scripts/write-corpus.ts [out]             # one message per line
 *   npx tsx packages/pocket/scripts/write-corpus.ts --labelled [out]  # {"text","label"} JSONL
 * The text form (default packages/pocket/.cache/train-corpus.txt; newlines inside a message become
 * spaces) is for evaluation's similarity to training data. The labelled form (default
 * `.cache/train-corpus.jsonl`) mixes the built-in corpus into a retraining (`trainPocket`, or
 * `piiguard distill pocket --pocket-corpus`). `.cache/` is git-ignored: the files are derived
 * (same seed → same file) and ~10 MB.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_TRAIN_OPTIONS, trainingCorpus } from './train-core.js';

const labelled = process.argv.includes('--labelled');
const out =
  process.argv.slice(2).find((a) => a !== '--labelled') ??
  fileURLToPath(new URL(`../.cache/train-corpus.${labelled ? 'jsonl' : 'txt'}`, import.meta.url));
const corpus = trainingCorpus({
  ...DEFAULT_TRAIN_OPTIONS,
  handRepeats: Math.min(1, DEFAULT_TRAIN_OPTIONS.handRepeats),
});
mkdirSync(dirname(out), { recursive: true });
writeFileSync(
  out,
  labelled
    ? corpus.map(({ text, label }) => `${JSON.stringify({ text, label })}\n`).join('')
    : `${corpus.map((e) => e.text.replace(/\s+/g, ' ')).join('\n')}\n`,
);
console.log(`wrote ${corpus.length} messages to ${out}`);
