/**
 * Training of the built-in weights: `src/train`'s `fitPocket` (the code `trainPocket` runs) on the
 * generated corpus, its decision rule fitted on a generated dev split with a realistic label mix.
 * Everything is seeded and runs in a fixed order, so the same options give a byte-identical file.
 */
import type { Label } from '@piiguard/sdk';
import { createModel } from '../src/load.js';
import type { PocketModel } from '../src/model.js';
import { fitPocket } from '../src/train/train-pocket.js';
import { generateCorpus } from './corpus/generate.js';
import { handWrittenExamples, TRAINING_SETS } from './corpus/hand-written.js';
import type { Example } from './corpus/types.js';

export { scoreRule, windowLogitsOf } from '../src/train/decision-rule.js';

export interface TrainOptions {
  /** Seed of the training corpus and of the example order; the dev corpus uses `seed + 1`. */
  readonly seed: number;
  /** Generated training messages. */
  readonly trainSize: number;
  /**
   * Copies of each hand-typed training message (`corpus/hand-written.ts`) added to the generated
   * ones; 0 trains on generated messages only.
   */
  readonly handRepeats: number;
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
  handRepeats: 12,
  devSize: 20_000,
  bits: 19,
  epochs: 6,
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
export const MIN_DEV_PII_RECALL = 0.95;

export interface TrainResult {
  /** The weights file's exact text (JSON). */
  readonly json: string;
  readonly model: PocketModel;
  readonly dev: readonly Example[];
  /** Accuracy on the dev split, measured with the quantised model and its decision rule. */
  readonly devAccuracy: number;
  /** The fitted logit offsets (none, asking, giving). */
  readonly bias: readonly number[];
}

/**
 * The training messages: the generated corpus, then each hand-typed message `handRepeats` times
 * (SGD shuffles them together). `write-corpus.ts` writes the same list, so evaluation measures
 * similarity to exactly what the model was trained on.
 */
export function trainingCorpus(
  options: TrainOptions = DEFAULT_TRAIN_OPTIONS,
  handSets: readonly string[] = TRAINING_SETS,
): Example[] {
  const hand = options.handRepeats > 0 ? handWrittenExamples(handSets) : [];
  return [
    ...generateCorpus(options.seed, options.trainSize),
    ...Array.from({ length: options.handRepeats }, () => hand).flat(),
  ];
}

/**
 * Generates the corpora, trains, quantises, fits the decision rule and serialises. `handSets` are
 * the hand-typed sets trained on (all of `TRAINING_SETS` for the committed weights).
 */
export async function train(
  options: TrainOptions = DEFAULT_TRAIN_OPTIONS,
  handSets: readonly string[] = TRAINING_SETS,
): Promise<TrainResult> {
  const corpus = trainingCorpus(options, handSets);
  const dev = generateCorpus(options.seed + 1, options.devSize, { labelWeights: DEV_LABEL_WEIGHTS });
  const result = await fitPocket(corpus, dev, {
    ...options,
    minDevPiiRecall: MIN_DEV_PII_RECALL,
    modelName: 'piiguard/pocket-v1',
  });
  return {
    json: result.json,
    model: createModel(result.weights),
    dev,
    devAccuracy: result.dev?.accuracy ?? 0,
    bias: result.weights.bias ?? [0, 0, 0],
  };
}
