/**
 * Training: a multinomial logistic regression over the hashed features of `src/features.ts`,
 * fitted by plain SGD (decaying step, L2 on the rows an example touches), then quantised to int8.
 * Everything is seeded and runs in a fixed order, so the same options give a byte-identical file.
 */
import { createHash } from 'node:crypto';
import type { Label } from '@piiguard/sdk';
import { extractFeatures } from '../src/features.js';
import { decodeTable, PocketModel, type PocketWeightsFile, softmax } from '../src/model.js';
import { normalize } from '../src/normalize.js';
import { splitWindows, windowSpans } from '../src/windows.js';
import { generateCorpus } from './corpus/generate.js';
import { Rng } from './corpus/random.js';
import type { Example } from './corpus/types.js';

export interface TrainOptions {
  /** Seed of the training corpus and of the example order; the dev corpus uses `seed + 1`. */
  readonly seed: number;
  readonly trainSize: number;
  /** Size of the dev split (realistic label mix, `DEV_LABEL_WEIGHTS`) that the decision rule is fitted on. */
  readonly devSize: number;
  readonly bits: number;
  readonly epochs: number;
  /** Initial step size. */
  readonly learningRate: number;
  readonly l2: number;
}

/** The committed model's settings: `scripts/train.ts` and the reproducibility test use these. */
export const DEFAULT_TRAIN_OPTIONS: TrainOptions = Object.freeze({
  seed: 20261129,
  trainSize: 120_000,
  devSize: 20_000,
  bits: 19,
  epochs: 5,
  learningRate: 0.5,
  l2: 3e-5,
});

/**
 * The label mix of the dev split: in real chat harmless messages are the large majority, so the
 * decision rule is fitted where a false alarm costs what it costs in production.
 */
export const DEV_LABEL_WEIGHTS: readonly (readonly [Label, number])[] = [
  ['none', 90],
  ['asking', 5],
  ['giving', 5],
];

/** The decision rule may not trade PII recall on the dev split below this for fewer false alarms. */
export const MIN_DEV_PII_RECALL = 0.96;

export interface TrainResult {
  /** The weights file's exact text (JSON). */
  readonly json: string;
  readonly model: PocketModel;
  readonly dev: readonly Example[];
  /** Accuracy on the dev split, measured with the quantised model and its decision rule. */
  readonly devAccuracy: number;
  /** The fitted logit offsets (none, asking, giving). */
  readonly bias: readonly [number, number, number];
}

const LABEL_INDEX: Readonly<Record<Label, number>> = { none: 0, asking: 1, giving: 2 };

/**
 * Each example's feature rows. A message that inference would read in several windows is trained
 * the same way: its windows that overlap the labelled message carry the label, the others `none`.
 */
function featurize(examples: readonly Example[], bits: number): { rows: Int32Array[]; labels: Uint8Array } {
  const scratch: number[] = [];
  const rows: Int32Array[] = [];
  const labels: number[] = [];
  for (const ex of examples) {
    const [before, message, after] = ex.parts.map(normalize) as [string, string, string];
    const text = [before, message, after].filter((p) => p !== '').join(' ');
    const start = before === '' ? 0 : before.length + 1;
    const end = start + message.length;
    for (const [ws, we] of windowSpans(text)) {
      const overlap = Math.min(we, end) - Math.max(ws, start);
      rows.push(Int32Array.from(extractFeatures(text.slice(ws, we), bits, scratch)));
      labels.push(overlap >= Math.min(12, message.length) ? LABEL_INDEX[ex.label] : 0);
    }
  }
  return { rows, labels: Uint8Array.from(labels) };
}

function sgd(rows: Int32Array[], labels: Uint8Array, options: TrainOptions): Float32Array {
  // Single precision halves the table's memory traffic (its rows are read at random) and is ample
  // for weights that are quantised to int8 afterwards.
  const w = new Float32Array((1 << options.bits) * 3);
  const rng = new Rng(options.seed ^ 0x5bd1e995);
  const order = Array.from(rows.keys());
  const total = options.epochs * rows.length;
  let step = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    rng.shuffle(order);
    for (const i of order) {
      const feats = rows[i]!;
      const x = 1 / Math.sqrt(feats.length);
      let a = 0;
      let b = 0;
      let c = 0;
      for (const f of feats) {
        a += w[f * 3]!;
        b += w[f * 3 + 1]!;
        c += w[f * 3 + 2]!;
      }
      const m = Math.max(a, b, c);
      const ea = Math.exp((a - m) * x);
      const eb = Math.exp((b - m) * x);
      const ec = Math.exp((c - m) * x);
      const s = ea + eb + ec;
      const y = labels[i]!;
      const lr = options.learningRate / (1 + (4 * step) / total);
      const ga = (ea / s - (y === 0 ? 1 : 0)) * x * lr;
      const gb = (eb / s - (y === 1 ? 1 : 0)) * x * lr;
      const gc = (ec / s - (y === 2 ? 1 : 0)) * x * lr;
      const decay = 1 - lr * options.l2;
      for (const f of feats) {
        const r = f * 3;
        w[r] = w[r]! * decay - ga;
        w[r + 1] = w[r + 1]! * decay - gb;
        w[r + 2] = w[r + 2]! * decay - gc;
      }
      step++;
    }
  }
  return w;
}

function quantize(w: Float32Array): { table: Int8Array; scale: number } {
  let max = 0;
  for (const v of w) max = Math.max(max, Math.abs(v));
  const scale = Number((max / 127).toPrecision(9));
  const table = new Int8Array(w.length);
  for (let i = 0; i < w.length; i++) table[i] = Math.max(-127, Math.min(127, Math.round(w[i]! / scale)));
  return { table, scale };
}

function toBase64(table: Int8Array): string {
  return Buffer.from(table.buffer, table.byteOffset, table.byteLength).toString('base64');
}

/**
 * Grid of the decision rule: the none offset (how much evidence a window needs before it is
 * flagged) and the asking-minus-giving offset, in nats.
 */
const NONE_OFFSETS = Array.from({ length: 41 }, (_, i) => Math.round((-1 + i * 0.1) * 10) / 10);
const ASK_GIVE_OFFSETS = Array.from({ length: 11 }, (_, i) => Math.round((-0.5 + i * 0.1) * 10) / 10);

/** What a decision rule does on a labelled set. */
export interface RuleFigures {
  readonly accuracy: number;
  /** Harmless messages flagged (asking or giving) / harmless messages. */
  readonly falseAlarmRate: number;
  /** PII messages flagged as either asking or giving / PII messages. */
  readonly piiRecall: number;
}

/** Each example's windows' logits, before any offsets: computed once, then scored per rule. */
export function windowLogitsOf(
  model: PocketModel,
  examples: readonly Example[],
): [number, number, number][][] {
  return examples.map((ex) => splitWindows(normalize(ex.text)).map((w) => model.windowLogits(w)));
}

/**
 * Scores one set of offsets the way `PocketModel.predict` and `topLabel` decide: offsets added,
 * the most PII-like window kept, its argmax (ties to the more PII-like label).
 */
export function scoreRule(
  windows: readonly (readonly [number, number, number][])[],
  examples: readonly Example[],
  bias: readonly [number, number, number],
): RuleFigures {
  let correct = 0;
  let harmless = 0;
  let falseAlarms = 0;
  let pii = 0;
  let flagged = 0;
  windows.forEach((logits, i) => {
    let top = 0;
    let risk = -1;
    for (const [a, b, c] of logits) {
      const p = softmax(a + bias[0], b + bias[1], c + bias[2]);
      if (1 - p[0] > risk) {
        risk = 1 - p[0];
        top = p[2] > p[0] && p[2] >= p[1] ? 2 : p[1] > p[0] && p[1] > p[2] ? 1 : 0;
      }
    }
    const gold = LABEL_INDEX[examples[i]!.label];
    if (top === gold) correct++;
    if (gold === 0) {
      harmless++;
      if (top !== 0) falseAlarms++;
    } else {
      pii++;
      if (top !== 0) flagged++;
    }
  });
  return {
    accuracy: correct / examples.length,
    falseAlarmRate: harmless === 0 ? 0 : falseAlarms / harmless,
    piiRecall: pii === 0 ? 0 : flagged / pii,
  };
}

/**
 * Fits the decision rule on the dev split: of the offsets on the grid, the one with the highest
 * accuracy whose PII recall (asking or giving flagged as either) stays ≥ `MIN_DEV_PII_RECALL`;
 * ties go to the smaller offsets, and with no candidate meeting the floor the offsets stay zero.
 */
function fitBias(
  model: PocketModel,
  dev: readonly Example[],
): { bias: [number, number, number]; accuracy: number } {
  const windows = windowLogitsOf(model, dev);
  let best: [number, number, number] = [0, 0, 0];
  let bestScore = -1;
  let bestAccuracy = scoreRule(windows, dev, best).accuracy;
  for (const none of NONE_OFFSETS) {
    for (const askGive of ASK_GIVE_OFFSETS) {
      const bias: [number, number, number] = [none, askGive / 2, -askGive / 2];
      const figures = scoreRule(windows, dev, bias);
      if (figures.piiRecall < MIN_DEV_PII_RECALL) continue;
      // Accuracy first; among equals the offsets closest to zero (the rule that assumes least).
      const score = figures.accuracy - 1e-9 * (Math.abs(none) + Math.abs(askGive));
      if (score > bestScore) {
        bestScore = score;
        best = bias;
        bestAccuracy = figures.accuracy;
      }
    }
  }
  return { bias: best, accuracy: bestAccuracy };
}

/** Generates the corpora, trains, quantises, fits the decision rule and serialises. */
export function train(options: TrainOptions = DEFAULT_TRAIN_OPTIONS): TrainResult {
  const corpus = generateCorpus(options.seed, options.trainSize);
  const dev = generateCorpus(options.seed + 1, options.devSize, { labelWeights: DEV_LABEL_WEIGHTS });
  const { rows, labels } = featurize(corpus, options.bits);
  const { table, scale } = quantize(sgd(rows, labels, options));
  const weights = toBase64(table);
  const unbiased = new PocketModel('unbiased', options.bits, decodeTable(weights), scale);
  // The accuracy fitBias measures is the final model's: same logits, same offsets, same window rule.
  const { bias, accuracy } = fitBias(unbiased, dev);
  const hash = createHash('sha256').update(weights).update(JSON.stringify(bias)).digest('hex').slice(0, 8);
  const file: PocketWeightsFile = {
    format: 'piiguard-pocket/1',
    id: `piiguard/pocket-v1+${hash}`,
    bits: options.bits,
    scale,
    bias,
    weights,
  };
  const model = new PocketModel(file.id, file.bits, decodeTable(weights), scale, bias);
  return { json: `${JSON.stringify(file)}\n`, model, dev, devAccuracy: accuracy, bias };
}
