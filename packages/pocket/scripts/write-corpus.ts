/**
 * Writes the training corpus of the committed settings, one message per line (newlines inside a
 * message become spaces), so evaluation can measure how close a labelled set sits to it:
 *   npx tsx packages/pocket/scripts/write-corpus.ts [out]   # default packages/pocket/.cache/train-corpus.txt
 * `.cache/` is git-ignored: the file is derived (same seed → same file) and ~10 MB.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './corpus/generate.js';
import { DEFAULT_TRAIN_OPTIONS } from './train-core.js';

const out = process.argv[2] ?? fileURLToPath(new URL('../.cache/train-corpus.txt', import.meta.url));
const corpus = generateCorpus(DEFAULT_TRAIN_OPTIONS.seed, DEFAULT_TRAIN_OPTIONS.trainSize);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${corpus.map((e) => e.text.replace(/\s+/g, ' ')).join('\n')}\n`);
console.log(`wrote ${corpus.length} messages to ${out}`);
