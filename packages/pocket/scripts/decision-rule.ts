/**
 * The decision rule of the committed weights on the dev split it was fitted on (realistic label
 * mix: `DEV_LABEL_WEIGHTS`): accuracy, false-alarm rate on harmless messages and PII recall for a
 * range of none offsets, the fitted rule marked. Aggregates only; it changes nothing.
 *   npx tsx packages/pocket/scripts/decision-rule.ts
 */
import { createModel } from '../src/load.js';
import weights from '../src/weights.generated.json';
import type { PocketWeightsFile } from '../src/weights-file.js';
import { generateCorpus } from './corpus/generate.js';
import {
  DEFAULT_TRAIN_OPTIONS,
  DEV_LABEL_WEIGHTS,
  MIN_DEV_PII_RECALL,
  scoreRule,
  windowLogitsOf,
} from './train-core.js';

const file = weights as PocketWeightsFile;
const fitted = file.bias ?? [0, 0, 0];
const model = createModel({ ...file, bias: [0, 0, 0] });
const dev = generateCorpus(DEFAULT_TRAIN_OPTIONS.seed + 1, DEFAULT_TRAIN_OPTIONS.devSize, {
  labelWeights: DEV_LABEL_WEIGHTS,
});
const windows = windowLogitsOf(model, dev);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(6);
console.log(
  `${file.id}: fitted offsets none/asking/giving ${fitted.join(' / ')} on ${dev.length} dev messages ` +
    `(${DEV_LABEL_WEIGHTS.map(([l, w]) => `${l} ${w}%`).join(', ')}; PII recall floor ${MIN_DEV_PII_RECALL})`,
);
console.log('| none offset | accuracy | false alarms (harmless) | PII recall |');
console.log('|---:|---:|---:|---:|');
for (const none of [-1, -0.5, 0, 0.5, 1, 1.5, 2]) {
  const bias: [number, number, number] = [none + fitted[0]!, fitted[1]!, fitted[2]!];
  const f = scoreRule(windows, dev, bias);
  const mark = none === 0 ? ' (fitted)' : '';
  console.log(
    `| ${(none + fitted[0]!).toFixed(1)}${mark} | ${pct(f.accuracy)} | ${pct(f.falseAlarmRate)} | ${pct(f.piiRecall)} |`,
  );
}
