import { LABELS } from '@piiguard/sdk';
import { invalid, type StepArgs } from '../cli/args.js';
import { DEFAULT_INFERENCE_URL } from '../cli/spec.js';
import { DISTILL_EXIT, DistillError, InputError, UsageError } from '../exit-codes.js';
import { readJsonl, readText, sha256, toJsonl, writeFileAtomic } from '../files.js';
import type { DistillIO } from '../io.js';
import type { LabelledRecord } from '../label/labelled.js';
import type { Cutoffs } from '../label/margin.js';
import { labelRecords } from '../label/run-labels.js';
import { openTeacher, type TeacherSpec } from '../label/teacher.js';
import { countBy } from '../messages/mix.js';
import type { MessageRecord } from '../messages/record.js';
import { fingerprint } from '../state.js';
import { countTable, markDone, type StepContext, skipped, upToDate } from './context.js';

/** `--thresholds asking=0.2,giving=0.3,pii=0.2691`: cutoffs by head name, each in [0, 1]. */
function parseCutoffs(value: string | undefined): Cutoffs | undefined {
  if (value === undefined) return undefined;
  const cutoffs: Record<string, number> = {};
  for (const part of value.split(',')) {
    const match = /^\s*([A-Za-z]+)\s*=\s*([0-9]*\.?[0-9]+)\s*$/.exec(part);
    if (!match || Number(match[2]) > 1) {
      invalid('thresholds', 'must be a list like asking=0.2,giving=0.3,pii=0.2691 with values in [0, 1]');
    }
    cutoffs[match[1]!] = Number(match[2]);
  }
  return cutoffs;
}

/** The teacher named by the options: exactly one of --teacher (default), --teacher-module, --teacher-student. */
export function teacherSpecOf(args: StepArgs, io: DistillIO): TeacherSpec {
  const chosen = ['teacher', 'teacher-module', 'teacher-student'].filter((name) => args.has(name));
  if (chosen.length > 1) throw new UsageError(`Give one teacher: --${chosen.join(' or --')}.`);
  if (args.has('teacher-module')) {
    let factoryOptions: unknown;
    const json = args.string('teacher-options');
    if (json !== undefined) {
      try {
        factoryOptions = JSON.parse(json);
      } catch {
        invalid('teacher-options', 'must be JSON');
      }
    }
    return {
      source: 'module',
      module: args.string('teacher-module')!,
      exportName: args.string('teacher-export') ?? 'default',
      cwd: io.cwd,
      ...(factoryOptions !== undefined ? { factoryOptions } : {}),
    };
  }
  if (args.has('teacher-student')) {
    if (!args.flag('upload')) {
      throw new UsageError('--teacher-student sends your messages to Fireworks: add --upload to allow it.');
    }
    return {
      source: 'student',
      model: args.string('teacher-student')!,
      baseURL: args.string('inference-url') ?? io.env.FIREWORKS_BASE_URL ?? DEFAULT_INFERENCE_URL,
      apiKey: io.env.FIREWORKS_API_KEY ?? '',
    };
  }
  const revision = args.string('teacher-revision');
  const thresholds = parseCutoffs(args.string('thresholds'));
  return {
    source: 'teacher',
    ...(args.has('teacher') ? { model: args.string('teacher')! } : {}),
    device: args.oneOf('teacher-device', ['auto', 'cuda', 'cpu'], 'auto'),
    ...(thresholds ? { thresholds } : {}),
    ...(revision ? { revision } : {}),
  };
}

/** The spec without its key, for fingerprints. */
const publicSpec = (spec: TeacherSpec) => (spec.source === 'student' ? { ...spec, apiKey: undefined } : spec);

/** Step 2: `messages.jsonl` → `labels.jsonl` (+ `dropped.jsonl`, `teacher.json`), labelled by the teacher. */
export async function labelStep(context: StepContext): Promise<void> {
  const { args, io, layout, report } = context;
  const spec = teacherSpecOf(args, io);
  const givenCutoffs = parseCutoffs(args.string('thresholds'));
  const dropMargin = args.number('drop-margin', 0, 0, 1);
  const batchSize = args.integer('batch-size', 64, 1, 4096);

  const content = await readText(layout.messages).catch((error: unknown) => {
    throw error instanceof InputError
      ? new InputError(`${layout.messages} is missing: run the messages step first.`)
      : error;
  });
  const input = sha256(content);
  const teacherSettings = fingerprint({ spec: publicSpec(spec), givenCutoffs: givenCutoffs ?? null });
  const settings = fingerprint({ teacherSettings, dropMargin });
  const done = await upToDate(context, 'label', input, settings);
  if (done) return skipped(context, 'label', done.summary);

  const records = (await readJsonl(layout.messages)) as MessageRecord[];
  const { classifier, info } = await openTeacher(spec, givenCutoffs);
  let result: Awaited<ReturnType<typeof labelRecords>>;
  try {
    report.note(`labelling ${records.length} messages with ${info.model} (${info.kind})`);
    result = await labelRecords(records, {
      teacher: classifier,
      cutoffs: info.cutoffs,
      batchSize,
      checkpointPath: layout.labelsCheckpoint,
      // Keyed by record id and the teacher only: messages added to the file reuse the labels done.
      settings: teacherSettings,
      ...(io.signal ? { signal: io.signal } : {}),
      onProgress: (n, total) => report.progress(`labelling: ${n}/${total}`, false),
    });
  } finally {
    report.clearProgress();
    await classifier.close();
  }

  const uncertain = (r: LabelledRecord) => r.teacher.margin !== undefined && r.teacher.margin < dropMargin;
  const kept = result.labelled.filter((r) => !uncertain(r));
  const dropped = result.labelled.filter(uncertain);
  const failed = [...result.failed.values()].reduce((a, b) => a + b, 0);
  await writeFileAtomic(layout.labels, toJsonl(kept));
  await writeFileAtomic(layout.dropped, toJsonl(dropped));
  await writeFileAtomic(layout.teacher, `${JSON.stringify(info, null, 2)}\n`);

  report.line(`labelled ${result.labelled.length} of ${records.length} messages with ${info.model}`);
  if (failed > 0) {
    const kinds = [...result.failed].map(([kind, n]) => `${n} ${kind}`).join(', ');
    report.line(`  ${failed} could not be labelled and are left out (${kinds})`);
  }
  if (result.withContext > 0) {
    report.line(
      `  ${result.withContext} were labelled with their conversation context` +
        (info.usesContext ? '' : ` (this teacher does not read context: they were labelled alone)`),
    );
  }
  report.line(
    dropMargin > 0
      ? `  ${dropped.length} dropped as uncertain (within ${dropMargin} of a cutoff; see dropped.jsonl)`
      : '  none dropped as uncertain (--drop-margin 0)',
  );
  report.line();
  report.line(
    countTable(
      'teacher label',
      countBy(kept, (r) => r.teacher.label),
    ),
  );
  for (const [field, title] of [
    ['intended', 'the labels the generator was asked for'],
    ['gold', 'your labels'],
  ] as const) {
    const compared = kept.filter((r) => r[field]);
    if (compared.length === 0) continue;
    const agree = compared.filter((r) => r[field] === r.teacher.label).length;
    report.line(
      `teacher agrees with ${title} on ${agree}/${compared.length} (${((100 * agree) / compared.length).toFixed(1)}%)`,
    );
  }
  if (kept.length === 0)
    throw new DistillError('No labelled message is left: nothing to train on.', DISTILL_EXIT.failed);
  const byLabel = countBy(kept, (r) => r.teacher.label);
  await markDone(context, 'label', input, settings, [layout.labels, layout.dropped, layout.teacher], {
    labelled: kept.length,
    dropped: dropped.length,
    failed,
    dropMargin,
    ...Object.fromEntries(LABELS.map((l) => [l, byLabel.get(l) ?? 0])),
  });
}
