/**
 * Calibration of the committed model on a labelled set it never saw, printing aggregates only
 * (accuracy, NLL, ECE, mean max-probability at temperature 1 and at the shipped temperature):
 *   pnpm --filter @piiguard/eval build
 *   npx tsx packages/pocket/scripts/held-out-calibration.ts packages/eval/data/handwritten.jsonl
 * Nothing here feeds back into training: the temperature is fitted on the generated dev split.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LABELS, type Label } from '@piiguard/sdk';
import { createModel } from '../src/load.js';
import type { PocketWeightsFile } from '../src/model.js';
import weights from '../src/weights.generated.json';
import { type CalibrationFigures, calibrationFigures } from './calibration.js';

interface EvalModule {
  readDataset(path: string): Promise<{ text: string; label: Label }[]>;
}

const path = process.argv[2];
if (path === undefined) {
  console.error('usage: held-out-calibration.ts <dataset.jsonl>');
  process.exit(2);
}
// @piiguard/eval is not a dependency of pocket: its built output is loaded only by this script.
const evalUrl = pathToFileURL(resolve(import.meta.dirname, '../../eval/dist/index.js')).href;
const { readDataset } = (await import(evalUrl)) as EvalModule;
const examples = await readDataset(path);
const model = createModel(weights as PocketWeightsFile);
const logits = examples.map((ex) => model.logits(ex.text));
const labels = examples.map((ex) => LABELS.indexOf(ex.label));
const correct = logits.filter((z, i) => z.indexOf(Math.max(...z)) === labels[i]).length;
const show = (f: CalibrationFigures) =>
  `NLL ${f.nll.toFixed(4)}, ECE ${f.ece.toFixed(4)}, mean max-probability ${f.meanConfidence.toFixed(4)}`;
console.log(
  `${model.id} on ${examples.length} messages: accuracy ${((100 * correct) / examples.length).toFixed(1)}%`,
);
console.log(`at T = 1: ${show(calibrationFigures(logits, labels, 1))}`);
console.log(`at T = ${model.temperature}: ${show(calibrationFigures(logits, labels, model.temperature))}`);
