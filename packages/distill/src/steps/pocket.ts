import { resolve } from 'node:path';
import type { PocketWeightsFile } from '@piiguard/pocket';
import { metricsBlock } from '../evaluate/agreement.js';
import { printScores, scoreOnTestSet } from '../evaluate/score.js';
import { readTestSet } from '../evaluate/test-set.js';
import { InputError } from '../exit-codes.js';
import { readText, sha256, writeFileAtomic } from '../files.js';
import { fingerprint } from '../state.js';
import { markDone, type StepContext, skipped, upToDate } from './context.js';

/** Step 7: a pocket model (built-in, or `--weights`) on the same test split and labels. */
export async function pocketStep(context: StepContext): Promise<void> {
  const { args, io, layout, report } = context;
  const weightsPath = args.string('weights');
  const batchSize = args.integer('batch-size', 64, 1, 4096);
  const style = args.oneOf('style', ['text', 'markdown'], 'text');
  let weights: PocketWeightsFile | undefined;
  let weightsHash = 'built-in';
  if (weightsPath) {
    const text = await readText(resolve(io.cwd, weightsPath));
    weightsHash = sha256(text);
    try {
      weights = JSON.parse(text) as PocketWeightsFile;
    } catch {
      throw new InputError(`${weightsPath} is not a JSON weights file.`);
    }
  }
  const testText = await readText(layout.testSet);
  const input = sha256(testText);
  const settings = fingerprint({ weights: weightsHash });
  const done = await upToDate(context, 'pocket', input, settings);
  if (done) return skipped(context, 'pocket', done.summary);

  const test = await readTestSet(layout.testSet);
  // Imported here: the built-in weights are a megabyte to parse, which no other step needs.
  const { loadPocket } = await import('@piiguard/pocket');
  const pocket = await loadPocket(weights ? { weights } : {});
  let scores: Awaited<ReturnType<typeof scoreOnTestSet>>;
  try {
    scores = await scoreOnTestSet(pocket, test, {
      batchSize,
      reporter: report,
      label: 'pocket',
      ...(io.signal ? { signal: io.signal } : {}),
    });
  } finally {
    await pocket.close();
  }
  report.line(`pocket ${pocket.model} against the teacher on ${test.examples.length} test messages`);
  report.line();
  printScores(report, 'pocket vs teacher', scores, style);
  if (scores.vsGold) {
    report.line();
    report.line(
      metricsBlock(`pocket vs your labels (${scores.vsGold.total} messages)`, scores.vsGold, style),
    );
  }
  await writeFileAtomic(layout.pocketEvaluation, `${JSON.stringify(scores, null, 2)}\n`);
  await markDone(context, 'pocket', input, settings, [layout.pocketEvaluation], {
    examples: test.examples.length,
    agreementPercent: Math.round(scores.vsTeacher.accuracy * 1000) / 10,
  });
}
