/**
 * Calibration of the committed weights on the generated dev split and, given a JSONL file of
 * `{ text, label }` rows, on a held-out set (aggregates only; nothing is printed per message):
 *   npx tsx packages/pocket/scripts/calibration-report.ts [packages/eval/data/handwritten.jsonl]
 */
import { readFile } from 'node:fs/promises';
import type { Label } from '@piiguard/sdk';
import { createModel } from '../src/load.js';
import weights from '../src/weights.generated.json';
import type { PocketWeightsFile } from '../src/weights-file.js';
import { type CalibrationFigures, calibrationFigures } from './calibration.js';
import { generateCorpus } from './corpus/generate.js';
import { DEFAULT_TRAIN_OPTIONS } from './train-core.js';

interface Row {
  readonly text: string;
  readonly label: Label;
}

const model = createModel(weights as PocketWeightsFile);
const figures = (rows: readonly Row[]): CalibrationFigures =>
  calibrationFigures(
    rows.map((row) => model.predict(row.text)),
    rows.map((row) => row.label),
  );
const show = (name: string, rows: readonly Row[]) => {
  const f = figures(rows);
  console.log(
    `${name.padEnd(22)} ${String(rows.length).padStart(6)}  accuracy ${(100 * f.accuracy).toFixed(1)}%  ` +
      `mean top p ${f.meanConfidence.toFixed(3)}  ECE ${f.ece.toFixed(3)}  NLL ${f.nll.toFixed(3)}`,
  );
};

console.log(`calibration of ${model.id} (10 bins of the top probability)`);
show('generated dev split', generateCorpus(DEFAULT_TRAIN_OPTIONS.seed + 1, DEFAULT_TRAIN_OPTIONS.devSize));
const path = process.argv[2];
if (path !== undefined) {
  const text = await readFile(path, 'utf8');
  const rows = text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Row);
  show('held-out set', rows);
}
