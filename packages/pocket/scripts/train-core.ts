/**
 * Training: a multinomial logistic regression over the hashed features of `src/features.ts`,
 * fitted by plain SGD (decaying step, L2 on the rows an example touches), then quantised to int8.
 * Everything is seeded and runs in a fixed order, so the same options give a byte-identical file.
 */
import { createHash } from 'node:crypto';
import type { Label } from '@piiguard/sdk';
import { extractFeatures } from '../src/features.js';
import { decodeTable, PocketModel, type PocketWeightsFile, topLabel } from '../src/model.js';
import { normalize } from '../src/normalize.js';
import { windowSpans } from '../src/windows.js';
import { generateCorpus } from './corpus/generate.js';
import { Rng } from './corpus/random.js';
import type { Example } from './corpus/types.js';

export interface TrainOptions {
  /** Seed of the training corpus and of the example order; the dev corpus uses `seed + 1`. */
  readonly seed: number;
  readonly trainSize: number;
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
  devSize: 6_000,
  bits: 18,
  epochs: 5,
  learningRate: 0.5,
  l2: 3e-5,
});

export interface TrainResult {
  /** The weights file's exact text (JSON). */
  readonly json: string;
  readonly model: PocketModel;
  readonly dev: readonly Example[];
  /** Accuracy on the dev split, measured with the quantised model. */
  readonly devAccuracy: number;
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

function sgd(rows: Int32Array[], labels: Uint8Array, options: TrainOptions): Float64Array {
  const w = new Float64Array((1 << options.bits) * 3);
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

function quantize(w: Float64Array): { table: Int8Array; scale: number } {
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

/** Generates the corpora, trains, quantises and serialises. */
export function train(options: TrainOptions = DEFAULT_TRAIN_OPTIONS): TrainResult {
  const corpus = generateCorpus(options.seed, options.trainSize);
  const dev = generateCorpus(options.seed + 1, options.devSize);
  const { rows, labels } = featurize(corpus, options.bits);
  const { table, scale } = quantize(sgd(rows, labels, options));
  const weights = toBase64(table);
  const hash = createHash('sha256').update(weights).digest('hex').slice(0, 8);
  const file: PocketWeightsFile = {
    format: 'piiguard-pocket/1',
    id: `piiguard/pocket-v1+${hash}`,
    bits: options.bits,
    scale,
    weights,
  };
  const model = new PocketModel(file.id, file.bits, decodeTable(weights), scale);
  let correct = 0;
  for (const ex of dev) {
    if (topLabel(model.predict(ex.text)) === ex.label) correct++;
  }
  return { json: `${JSON.stringify(file)}\n`, model, dev, devAccuracy: correct / dev.length };
}
