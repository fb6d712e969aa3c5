import { resolve } from 'node:path';
import type { PocketWeightsFile } from '@piiguard/pocket';
import { POCKET_DEFAULTS } from '../cli/spec.js';
import { metricsBlock } from '../evaluate/agreement.js';
import { printScores, type Scores, scoreOnTestSet } from '../evaluate/score.js';
import { readTestSet, type TestSet } from '../evaluate/test-set.js';
import { InputError, UsageError } from '../exit-codes.js';
import { readJsonl, readText, sha256, writeFileAtomic } from '../files.js';
import type { LabelledRecord } from '../label/labelled.js';
import { readCorpus, teacherSplits } from '../pocket/training-data.js';
import type { Manifest } from '../sft/manifest.js';
import { fingerprint } from '../state.js';
import { markDone, type StepContext, skipped, upToDate } from './context.js';

const percent = (x: number) => Math.round(x * 1000) / 10;

/**
 * Step 7: the pocket model retrained on the teacher's labels of the train split (and any
 * `--pocket-corpus`), its decision rule fitted on the validation split, written to
 * `pocket-weights.json` and scored on the test split beside the built-in weights. With
 * `--weights`, that file is scored instead of training one.
 */
export async function pocketStep(context: StepContext): Promise<void> {
  const { args, io, layout, report } = context;
  const weightsPath = args.string('weights');
  const corpusPaths = args.strings('pocket-corpus').map((p) => resolve(io.cwd, p));
  if (weightsPath && corpusPaths.length > 0) {
    throw new UsageError('--weights scores a file as it is and --pocket-corpus is for retraining: give one.');
  }
  const training = {
    epochs: args.integer('pocket-epochs', POCKET_DEFAULTS.epochs, 1, 1000),
    bits: args.integer('pocket-bits', POCKET_DEFAULTS.bits, 8, 24),
    seed: args.integer('pocket-seed', POCKET_DEFAULTS.seed, 0, 2 ** 32 - 1),
  };
  const batchSize = args.integer('batch-size', 64, 1, 4096);
  const style = args.oneOf('style', ['text', 'markdown'], 'text');

  const testText = await readText(layout.testSet);
  const weightsText = weightsPath ? await readText(resolve(io.cwd, weightsPath)) : undefined;
  const trainingInputs = weightsText
    ? []
    : [
        await readText(layout.labels),
        await readText(layout.manifest),
        ...(await Promise.all(corpusPaths.map(readText))),
      ];
  const input = fingerprint([testText, ...trainingInputs].map(sha256));
  const settings = fingerprint(weightsText ? { weights: sha256(weightsText) } : { training });
  const done = await upToDate(context, 'pocket', input, settings);
  if (done) return skipped(context, 'pocket', done.summary);

  const test = await readTestSet(layout.testSet);
  let weights: PocketWeightsFile;
  let trained: Record<string, unknown> | undefined;
  if (weightsText) {
    try {
      weights = JSON.parse(weightsText) as PocketWeightsFile;
    } catch {
      throw new InputError(`${weightsPath} is not a JSON weights file.`);
    }
  } else {
    const splits = teacherSplits(
      (await readJsonl(layout.labels)) as LabelledRecord[],
      JSON.parse(trainingInputs[1]!) as Manifest,
      test,
    );
    const corpus = (await Promise.all(corpusPaths.map(readCorpus))).flat();
    // Imported here: only this step trains.
    const { trainPocket } = await import('@piiguard/pocket/train');
    const result = await trainPocket([...splits.train, ...corpus], {
      ...training,
      // Teacher-labelled messages in the user's own mix: where a false alarm costs what it will.
      dev: splits.validation,
      signal: io.signal,
      onProgress: (doneSteps, total) =>
        report.progress(`pocket: training ${Math.floor((100 * doneSteps) / total)}%`, false),
    });
    report.clearProgress();
    await writeFileAtomic(layout.pocketWeights, result.json);
    weights = result.weights;
    trained = {
      weights: 'pocket-weights.json',
      examples: splits.train.length,
      corpus: corpus.length,
      windows: result.windows,
      ...training,
      bias: weights.bias,
      ...(result.dev ? { validation: result.dev } : {}),
    };
    report.line(
      `trained ${weights.id} on ${splits.train.length} teacher-labelled train messages` +
        (corpus.length > 0 ? ` + ${corpus.length} from --pocket-corpus` : '') +
        ` (${result.windows} windows, ${training.epochs} epochs, 2^${training.bits} rows, seed ${training.seed})`,
    );
    report.line(
      result.dev
        ? `decision rule (offsets none/asking/giving) ${weights.bias!.join(' / ')}, fitted on ${result.dev.examples} validation messages`
        : 'decision rule: offsets 0 / 0 / 0 (the validation split is empty)',
    );
    report.line(`wrote ${layout.pocketWeights}: loadPocket({ weights: JSON.parse(<its text>) }) loads it`);
    report.line();
  }

  const scores = await scorePocket(context, test, weights, batchSize);
  const builtIn = await scorePocket(context, test, undefined, batchSize);
  for (const [name, s] of [
    [trained ? 'retrained pocket' : 'pocket', scores],
    ['built-in pocket', builtIn],
  ] as const) {
    report.line(`${name} ${s.model} against the teacher on ${test.examples.length} test messages`);
    report.line();
    printScores(report, `${name} vs teacher`, s, style);
    if (s.vsGold) {
      report.line();
      report.line(metricsBlock(`${name} vs your labels (${s.vsGold.total} messages)`, s.vsGold, style));
    }
    report.line();
  }
  await writeFileAtomic(
    layout.pocketEvaluation,
    `${JSON.stringify({ pocket: scores, builtIn, ...(trained ? { training: trained } : {}) }, null, 2)}\n`,
  );
  await markDone(
    context,
    'pocket',
    input,
    settings,
    [layout.pocketEvaluation, ...(trained ? [layout.pocketWeights] : [])],
    {
      examples: test.examples.length,
      agreementPercent: percent(scores.vsTeacher.accuracy),
      builtInAgreementPercent: percent(builtIn.vsTeacher.accuracy),
      ...(trained ? { trained: trained.examples as number } : {}),
    },
  );
}

/** One pocket model (`weights`, else the built-in one) on the test split. */
async function scorePocket(
  context: StepContext,
  test: TestSet,
  weights: PocketWeightsFile | undefined,
  batchSize: number,
): Promise<Scores> {
  // Imported here: the built-in weights are megabytes to parse, which no other step needs.
  const { loadPocket } = await import('@piiguard/pocket');
  const pocket = await loadPocket(weights ? { weights } : {});
  try {
    return await scoreOnTestSet(pocket, test, {
      batchSize,
      reporter: context.report,
      label: 'pocket',
      ...(context.io.signal ? { signal: context.io.signal } : {}),
    });
  } finally {
    await pocket.close();
  }
}
