import { computeMetrics } from '@piiguard/eval';
import { DEFAULT_SYSTEM_PROMPT, PiiClient } from '@piiguard/sdk';
import { DEFAULT_INFERENCE_URL } from '../cli/spec.js';
import { metricsBlock } from '../evaluate/agreement.js';
import { goldPairsOf, printScores, scoreOnTestSet } from '../evaluate/score.js';
import { readTestSet } from '../evaluate/test-set.js';
import { DISTILL_EXIT, DistillError, UsageError } from '../exit-codes.js';
import { readIfExists, readText, sha256, writeFileAtomic } from '../files.js';
import { clientClassifier, type TeacherInfo } from '../label/teacher.js';
import type { Manifest } from '../sft/manifest.js';
import { fingerprint } from '../state.js';
import { markDone, type StepContext, skipped, upToDate } from './context.js';

/** The student the card reports, for scale: its accuracy and F1 against its teacher. */
const CARD =
  'the model card reports 87.4% accuracy and F1 none 0.93 · asking 0.70 · giving 0.80 for its student';

/** Step 6: the student (through `PiiClient`) and the teacher on the test split. */
export async function evaluateStep(context: StepContext): Promise<void> {
  const { args, io, layout, report, state } = context;
  if (!args.flag('upload')) {
    throw new UsageError(
      'evaluate sends the test messages to the student on Fireworks: add --upload to allow it.',
    );
  }
  const model = args.string('model') ?? state.data.remote?.deployment?.clientModel;
  if (!model)
    throw new DistillError('No deployed student: run the deploy step, or pass --model.', DISTILL_EXIT.usage);
  const baseURL = args.string('inference-url') ?? io.env.FIREWORKS_BASE_URL ?? DEFAULT_INFERENCE_URL;
  const concurrency = args.integer('concurrency', 16, 1, 256);
  const timeoutMs = args.seconds('request-timeout', 10);
  const batchSize = args.integer('batch-size', 64, 1, 4096);
  const style = args.oneOf('style', ['text', 'markdown'], 'text');
  const manifestText = await readIfExists(layout.manifest);
  const systemPrompt = manifestText
    ? (JSON.parse(manifestText) as Manifest).student.systemPrompt
    : DEFAULT_SYSTEM_PROMPT;

  const testText = await readText(layout.testSet);
  const input = sha256(testText);
  const settings = fingerprint({ model, baseURL, systemPrompt });
  const done = await upToDate(context, 'evaluate', input, settings);
  if (done) return skipped(context, 'evaluate', done.summary);

  const test = await readTestSet(layout.testSet);
  const teacher = JSON.parse(await readText(layout.teacher)) as TeacherInfo;
  // The student is queried exactly as it was trained: the manifest's system prompt, the sdk's user turn.
  const client = new PiiClient({
    apiKey: io.env.FIREWORKS_API_KEY,
    baseURL,
    model,
    systemPrompt,
    cache: false,
    concurrency,
    timeoutMs,
  });
  const student = clientClassifier(client);
  let scores: Awaited<ReturnType<typeof scoreOnTestSet>>;
  try {
    scores = await scoreOnTestSet(student, test, {
      batchSize,
      reporter: report,
      label: 'student',
      ...(io.signal ? { signal: io.signal } : {}),
    });
  } finally {
    await student.close();
  }

  report.line(
    `student ${model} against the teacher ${teacher.model} on ${test.examples.length} test messages`,
  );
  report.line(`(${CARD})`);
  report.line();
  printScores(report, 'student vs teacher', scores, style);
  const teacherVsGold = computeMetricsOrUndefined(
    goldPairsOf(
      test,
      test.examples.map((e) => e.label),
    ),
  );
  if (scores.vsGold && teacherVsGold) {
    report.line();
    report.line(
      `against your labels (${scores.vsGold.total} of ${test.examples.length} test messages have one):`,
    );
    report.line();
    report.line(metricsBlock('teacher vs your labels', teacherVsGold, style));
    report.line();
    report.line(metricsBlock('student vs your labels', scores.vsGold, style));
  }
  await writeFileAtomic(
    layout.evaluation,
    `${JSON.stringify({ student: scores, teacher: { model: teacher.model, ...(teacherVsGold ? { vsGold: teacherVsGold } : {}) } }, null, 2)}\n`,
  );
  await markDone(context, 'evaluate', input, settings, [layout.evaluation], {
    examples: test.examples.length,
    agreementPercent: Math.round(scores.vsTeacher.accuracy * 1000) / 10,
  });
}

function computeMetricsOrUndefined(pairs: ReturnType<typeof goldPairsOf>) {
  return pairs.length > 0 ? computeMetrics(pairs) : undefined;
}
