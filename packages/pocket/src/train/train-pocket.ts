/**
 * `trainPocket`: the pocket model trained on your own labelled messages, in the format
 * `loadPocket({ weights })` takes. The committed weights are trained by the same code
 * (`scripts/train-core.ts` calls `fitPocket` on the generated corpus).
 */
import { ConfigurationError, LABELS, type Label } from '@piiguard/sdk';
import { decodeTable, PocketModel } from '../model.js';
import type { PocketWeightsFile } from '../weights-file.js';
import { fitBias, type LabelledText, type RuleFigures } from './decision-rule.js';
import {
  checkAbort,
  encodeTable,
  type FitControl,
  featurize,
  quantize,
  type SgdSettings,
  sgd,
  type WindowedExample,
} from './fit.js';

/** One labelled training message. */
export interface PocketTrainingExample {
  /** The message, as a classifier would be called with it. */
  readonly text: string;
  /** Its label: the training target. */
  readonly label: Label;
}

/** Options of `trainPocket()`. */
export interface TrainPocketOptions {
  /**
   * Labelled messages the decision rule (the logit offsets, see the README) is fitted on; give
   * messages in the mix the model will meet in production, not the training messages. Without
   * them the offsets stay 0 and `dev` of the result is absent.
   * @default none (offsets 0 / 0 / 0)
   */
  readonly dev?: readonly PocketTrainingExample[];
  /**
   * Seed of the training order: same examples, options and seed → the same weights file, byte
   * for byte. An integer in [0, 2^32 − 1].
   * @default 20261129 (the built-in weights' seed)
   */
  readonly seed?: number;
  /** Passes over the training windows, an integer in [1, 1000]. @default 5 */
  readonly epochs?: number;
  /** Initial SGD step size, decaying to a fifth by the last step; finite and > 0. @default 0.5 */
  readonly learningRate?: number;
  /**
   * L2 penalty per step on the rows an example touches; ≥ 0, and `learningRate × l2` must be
   * below 1 (else a step would flip the weights' sign).
   * @default 3e-5
   */
  readonly l2?: number;
  /**
   * The feature table has `2^bits` rows × 3 labels (int8): the weights file is about
   * `4 × 2^bits` bytes of base64. An integer in [8, 24].
   * @default 19 (as the built-in weights: 2 MB)
   */
  readonly bits?: number;
  /**
   * The fitted decision rule may not trade PII recall on `dev` (asking or giving flagged as
   * either) below this, as a fraction in [0, 1].
   * @default 0.96
   */
  readonly minDevPiiRecall?: number;
  /**
   * The model id's stem: results report `<modelName>+<8 hex of the weights' hash>`. Non-empty,
   * at most 200 characters, without `+`.
   * @default 'piiguard/pocket-custom'
   */
  readonly modelName?: string;
  /** Stops training: `trainPocket` rejects with `AbortError` within about 50 ms. @default none */
  readonly signal?: AbortSignal;
  /**
   * Called as training goes (about every 50 ms, and once at the end) with the SGD steps done and
   * their total (epochs × training windows).
   * @default none
   */
  readonly onProgress?: (done: number, total: number) => void;
}

/** What `trainPocket` made. */
export interface TrainPocketResult {
  /** The weights, for `loadPocket({ weights })`. */
  readonly weights: PocketWeightsFile;
  /** The weights file's exact text (JSON and a newline): write it, and `JSON.parse` it to load. */
  readonly json: string;
  /** Training windows (a long message is read in several, as at inference). */
  readonly windows: number;
  /** The fitted decision rule's figures on `options.dev`, with the final (quantised) model. */
  readonly dev?: RuleFigures & { readonly examples: number };
}

/** The settings of one fit, resolved: no optional fields. */
export interface FitSettings extends SgdSettings {
  readonly minDevPiiRecall: number;
  readonly modelName: string;
}

const DEFAULTS = Object.freeze({
  seed: 20261129,
  epochs: 5,
  learningRate: 0.5,
  l2: 3e-5,
  bits: 19,
  minDevPiiRecall: 0.96,
  modelName: 'piiguard/pocket-custom',
});

function fail(option: string, requirement: string): never {
  throw new ConfigurationError(`Option \`${option}\` ${requirement}.`, option);
}

function integer(option: string, value: number | undefined, fallback: number, min: number, max: number) {
  const n = value ?? fallback;
  if (!Number.isSafeInteger(n) || n < min || n > max) fail(option, `must be an integer in [${min}, ${max}]`);
  return n;
}

function checkExamples(option: string, examples: unknown): readonly PocketTrainingExample[] {
  if (!Array.isArray(examples)) fail(option, 'must be an array of { text, label }');
  examples.forEach((ex: Partial<PocketTrainingExample> | null, i) => {
    // The index names the bad example; its text is never repeated.
    if (typeof ex?.text !== 'string' || !LABELS.includes(ex.label as Label)) {
      fail(`${option}[${i}]`, `needs a string \`text\` and a \`label\` of ${LABELS.join(', ')}`);
    }
  });
  return examples;
}

function resolve(options: TrainPocketOptions): FitSettings {
  const learningRate = options.learningRate ?? DEFAULTS.learningRate;
  if (!Number.isFinite(learningRate) || learningRate <= 0)
    fail('learningRate', 'must be a finite number > 0');
  const l2 = options.l2 ?? DEFAULTS.l2;
  if (!Number.isFinite(l2) || l2 < 0 || learningRate * l2 >= 1) {
    fail('l2', 'must be a finite number >= 0 with learningRate × l2 < 1');
  }
  const minDevPiiRecall = options.minDevPiiRecall ?? DEFAULTS.minDevPiiRecall;
  if (!(minDevPiiRecall >= 0 && minDevPiiRecall <= 1))
    fail('minDevPiiRecall', 'must be a fraction in [0, 1]');
  const modelName = options.modelName ?? DEFAULTS.modelName;
  if (
    typeof modelName !== 'string' ||
    modelName === '' ||
    modelName.length > 200 ||
    modelName.includes('+')
  ) {
    fail('modelName', 'must be a non-empty string of at most 200 characters without "+"');
  }
  return {
    seed: integer('seed', options.seed, DEFAULTS.seed, 0, 2 ** 32 - 1),
    epochs: integer('epochs', options.epochs, DEFAULTS.epochs, 1, 1000),
    bits: integer('bits', options.bits, DEFAULTS.bits, 8, 24),
    learningRate,
    l2,
    minDevPiiRecall,
    modelName,
  };
}

/** First 8 hex digits of the SHA-256 of the table and the decision rule: the id's suffix. */
async function shortHash(weights: string, bias: readonly number[]): Promise<string> {
  const digest = await crypto.subtle.digest(
    'SHA-256',
    new TextEncoder().encode(weights + JSON.stringify(bias)),
  );
  return Array.from(new Uint8Array(digest).subarray(0, 4), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Trains, quantises, fits the decision rule on `dev` (when given) and serialises. Shared by
 * `trainPocket` and the script that trains the built-in weights on the generated corpus.
 */
export async function fitPocket(
  train: readonly WindowedExample[],
  dev: readonly LabelledText[] | undefined,
  settings: FitSettings,
  control: FitControl = {},
): Promise<TrainPocketResult> {
  const { rows, labels } = featurize(train, settings.bits);
  const { table, scale } = quantize(await sgd(rows, labels, settings, control));
  const weights = encodeTable(table);
  let bias: [number, number, number] = [0, 0, 0];
  let figures: RuleFigures | undefined;
  if (dev !== undefined && dev.length > 0) {
    // Measured with the final model's logits, offsets and window rule, so the figures are its own.
    const unbiased = new PocketModel('unbiased', settings.bits, decodeTable(weights), scale);
    ({ bias, figures } = fitBias(unbiased, dev, settings.minDevPiiRecall));
  }
  const file: PocketWeightsFile = {
    format: 'piiguard-pocket/1',
    id: `${settings.modelName}+${await shortHash(weights, bias)}`,
    bits: settings.bits,
    scale,
    bias,
    weights,
  };
  return {
    weights: file,
    json: `${JSON.stringify(file)}\n`,
    windows: rows.length,
    ...(figures && dev ? { dev: { ...figures, examples: dev.length } } : {}),
  };
}

/**
 * Trains a pocket model on labelled messages (your teacher's labels, say) and resolves to a
 * weights file for `loadPocket({ weights })`. Pure TypeScript (Web Crypto for the id's hash), so
 * it runs wherever the classifier does; expect a few seconds per 10,000 messages and epoch.
 * @throws ConfigurationError (naming the option, or the example's index) for an impossible option
 *   or an example that is not `{ text: string, label }`; AbortError when `options.signal` aborts.
 */
export async function trainPocket(
  examples: readonly PocketTrainingExample[],
  options: TrainPocketOptions = {},
): Promise<TrainPocketResult> {
  const settings = resolve(options);
  checkExamples('examples', examples);
  if (examples.length === 0) fail('examples', 'must hold at least one example');
  const dev = options.dev === undefined ? undefined : checkExamples('dev', options.dev);
  checkAbort(options.signal);
  const windowed = examples.map((ex): WindowedExample => ({ label: ex.label, parts: ['', ex.text, ''] }));
  return fitPocket(windowed, dev, settings, { signal: options.signal, onProgress: options.onProgress });
}
