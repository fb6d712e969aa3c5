import {
  AbortError,
  type Classifier,
  type ClassifierKind,
  ConfigurationError,
  InvalidResponseError,
  LABELS,
  type Label,
  type LabelProbabilities,
  type Outcome,
  type PiiguardError,
  toPiiguardError,
} from '@piiguard/sdk';
import type { EvalExample } from './dataset.js';
import { computeMetrics, type Metrics } from './metrics.js';

export interface EvaluateOptions {
  /** Texts sent to `classifier.classifyBatch` per call. @default 32 */
  readonly batchSize?: number;
  /** Stops the run (between batches, or during one) and is passed to every `classifyBatch` call. */
  readonly signal?: AbortSignal;
  /** Called after each batch with the number of examples done so far. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** An example the classifier labelled wrongly. */
export interface Miss {
  readonly example: EvalExample;
  readonly predicted: Label;
  readonly probabilities?: LabelProbabilities;
}

/** An example the classifier gave no label for; it also counts as a miss in the metrics. */
export interface EvaluationError {
  readonly example: EvalExample;
  readonly error: PiiguardError;
}

/** Accuracy of one slice of the set (one `kind` or one `lang`). */
export interface SliceAccuracy {
  readonly key: string;
  readonly total: number;
  readonly correct: number;
  readonly accuracy: number;
}

export interface EvaluationReport {
  readonly model: string;
  readonly classifierKind: ClassifierKind;
  readonly metrics: Metrics;
  /** The label given to each example, in dataset order; `null` where the classifier gave none (an error). */
  readonly predictions: readonly (Label | null)[];
  /** Wrong labels, in dataset order. */
  readonly misses: readonly Miss[];
  /** Error outcomes, in dataset order. */
  readonly errors: readonly EvaluationError[];
  /** Per `kind` field (`(none)` when absent), sorted by key. */
  readonly byKind: readonly SliceAccuracy[];
  /** Per `lang` field (`en` when absent), sorted by key. */
  readonly byLang: readonly SliceAccuracy[];
  /** Wall-clock time of all `classifyBatch` calls together, in ms. */
  readonly elapsedMs: number;
}

const DEFAULT_BATCH_SIZE = 32;

function slices(
  examples: readonly EvalExample[],
  correct: readonly boolean[],
  keyOf: (e: EvalExample) => string,
) {
  const counts = new Map<string, { total: number; correct: number }>();
  examples.forEach((example, i) => {
    const key = keyOf(example);
    const entry = counts.get(key) ?? { total: 0, correct: 0 };
    entry.total += 1;
    if (correct[i]) entry.correct += 1;
    counts.set(key, entry);
  });
  return [...counts.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, c]): SliceAccuracy => ({ key, ...c, accuracy: c.correct / c.total }));
}

/**
 * The abort of an evaluation: the classifier's own `AbortError` when it settled the batch with
 * one, so the caller sees the same error the classifier reports.
 */
function evaluationAborted(signal: AbortSignal, outcomes: readonly Outcome[] = []): AbortError {
  for (const outcome of outcomes)
    if (!outcome.ok && outcome.error instanceof AbortError) return outcome.error;
  return new AbortError('The evaluation was aborted by the caller.', { cause: signal.reason });
}

async function classifyBatch(
  classifier: Classifier,
  texts: string[],
  signal?: AbortSignal,
): Promise<Outcome[]> {
  let outcomes: Outcome[];
  try {
    outcomes = await classifier.classifyBatch(texts, signal ? { signal } : undefined);
  } catch (error) {
    if (signal?.aborted) throw evaluationAborted(signal);
    const wrapped = toPiiguardError(error, 'The classifier rejected the whole batch');
    return texts.map(() => ({ ok: false, error: wrapped }));
  }
  if (signal?.aborted) throw evaluationAborted(signal, Array.isArray(outcomes) ? outcomes : []);
  if (!Array.isArray(outcomes) || outcomes.length !== texts.length) {
    const error = new InvalidResponseError(
      `The classifier returned ${Array.isArray(outcomes) ? outcomes.length : 'no'} outcomes for ${texts.length} texts`,
    );
    return texts.map(() => ({ ok: false, error }));
  }
  return outcomes;
}

/**
 * Runs `classifier` over `examples` in `classifyBatch` calls and scores it. Per-text error outcomes,
 * a rejected batch and a batch with the wrong number of outcomes become `errors` (and misses), never
 * a throw; only an abort through `signal` throws (`AbortError`), and an impossible `batchSize`
 * (`ConfigurationError`). The classifier is not closed.
 */
export async function evaluate(
  classifier: Classifier,
  examples: readonly EvalExample[],
  options: EvaluateOptions = {},
): Promise<EvaluationReport> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new ConfigurationError('Option `batchSize` must be an integer >= 1.', 'batchSize');
  }
  const predictions: (Label | null)[] = [];
  const misses: Miss[] = [];
  const errors: EvaluationError[] = [];
  const started = performance.now();
  for (let start = 0; start < examples.length; start += batchSize) {
    if (options.signal?.aborted) throw evaluationAborted(options.signal);
    const batch = examples.slice(start, start + batchSize);
    const outcomes = await classifyBatch(
      classifier,
      batch.map((e) => e.text),
      options.signal,
    );
    outcomes.forEach((outcome, i) => {
      const example = batch[i]!;
      if (!outcome.ok || !LABELS.includes(outcome.value.label)) {
        predictions.push(null);
        const error = outcome.ok
          ? new InvalidResponseError('The classifier answered a label that is not none, asking or giving')
          : outcome.error;
        errors.push({ example, error });
        return;
      }
      const { label, probabilities } = outcome.value;
      predictions.push(label);
      if (label !== example.label)
        misses.push({ example, predicted: label, ...(probabilities && { probabilities }) });
    });
    options.onProgress?.(start + batch.length, examples.length);
  }
  const elapsedMs = performance.now() - started;
  const correct = examples.map((e, i) => predictions[i] === e.label);
  return {
    model: classifier.model,
    classifierKind: classifier.kind,
    metrics: computeMetrics(examples.map((e, i) => ({ gold: e.label, predicted: predictions[i] ?? null }))),
    predictions,
    misses,
    errors,
    byKind: slices(examples, correct, (e) => e.kind ?? '(none)'),
    byLang: slices(examples, correct, (e) => e.lang ?? 'en'),
    elapsedMs,
  };
}
