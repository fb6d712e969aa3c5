/**
 * How well training on hand-typed sets carries over to a set it has not seen: for each training set
 * in turn, trains as `train.ts` does on the generated corpus and the *other* sets, then scores the
 * one left out on its rows below 0.5 similarity to the generated corpus (the same rows for every
 * setting). Round 7 chose `handRepeats` and `trainSize` this way, on the mean over the sets.
 *   npx tsx packages/pocket/scripts/leave-one-set-out.ts [--repeats 16] [--train-size 120000] [--set lobby-chat]
 * About 45 s per set on 2 cores. Prints one JSON line per set (its rows below 0.5, and `all`: every
 * row), then the mean over the sets' rows below 0.5.
 */

import { parseArgs } from 'node:util';
import { evaluate, SimilarityIndex, similarities, similarityReport } from '@piiguard/eval';
import { loadPocket } from '../src/load.js';
import { generateCorpus } from './corpus/generate.js';
import { readHandTypedSet, TRAINING_SETS } from './corpus/hand-written.js';
import { DEFAULT_TRAIN_OPTIONS, train } from './train-core.js';

const { values } = parseArgs({
  options: {
    repeats: { type: 'string', default: String(DEFAULT_TRAIN_OPTIONS.handRepeats) },
    'train-size': { type: 'string', default: String(DEFAULT_TRAIN_OPTIONS.trainSize) },
    set: { type: 'string', multiple: true },
  },
});
const options = {
  ...DEFAULT_TRAIN_OPTIONS,
  handRepeats: Number(values.repeats),
  trainSize: Number(values['train-size']),
};
const heldOut = values.set ?? TRAINING_SETS;
// Scoring a set outside training would run a model on a held-out test set: refuse it.
const untrained = heldOut.filter((set) => !TRAINING_SETS.includes(set));
if (untrained.length > 0) throw new Error(`not training sets (held out): ${untrained.join(', ')}`);
const index = new SimilarityIndex(generateCorpus(options.seed, options.trainSize).map((e) => e.text));

const keys = ['accuracy', 'falseAlarms', 'piiRecall', 'askingF1', 'givingF1'] as const;
const rows: Record<(typeof keys)[number], number>[] = [];
// Without hand-typed copies every fold trains on the same messages: train once.
const generatedOnly = options.handRepeats === 0 ? train(options, []) : undefined;
const trainWithout = (set: string) =>
  generatedOnly ??
  train(
    options,
    TRAINING_SETS.filter((s) => s !== set),
  );
for (const set of heldOut) {
  const { json } = await trainWithout(set);
  const pocket = await loadPocket({ weights: JSON.parse(json) });
  const examples = readHandTypedSet(set);
  const report = await evaluate(pocket, examples);
  const bands = similarityReport(examples, report.predictions, similarities(index, examples));
  const headline = bands.headline;
  if (headline === undefined) throw new Error(`${set}: no rows below 0.5 similarity`);
  const figuresOf = (part: typeof headline) => ({
    accuracy: part.metrics.accuracy,
    falseAlarms: part.overall.falseAlarmRate,
    piiRecall: part.overall.piiRecall,
    askingF1: part.metrics.perClass.asking.f1,
    givingF1: part.metrics.perClass.giving.f1,
  });
  const figures = figuresOf(headline);
  rows.push(figures);
  // Every row too: the rounds' development checks quote the whole set.
  const all = { rows: bands.all.metrics.total, ...round(figuresOf(bands.all)) };
  console.log(JSON.stringify({ set, rows: headline.metrics.total, ...round(figures), all }));
}
const mean = Object.fromEntries(keys.map((k) => [k, rows.reduce((a, r) => a + r[k], 0) / rows.length]));
console.log(
  JSON.stringify({ mean: round(mean), repeats: options.handRepeats, trainSize: options.trainSize }),
);

function round(figures: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, Math.round(v * 1000) / 1000]));
}
