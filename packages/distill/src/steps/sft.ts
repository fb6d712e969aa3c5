import { Buffer } from 'node:buffer';
import { relative } from 'node:path';
import { formatTable } from '@piiguard/eval';
import { DEFAULT_SYSTEM_PROMPT, LABELS } from '@piiguard/sdk';
import { invalid } from '../cli/args.js';
import { DISTILL_EXIT, DistillError, InputError } from '../exit-codes.js';
import { readJsonl, readText, sha256, toJsonl, writeFileAtomic } from '../files.js';
import type { LabelledRecord } from '../label/labelled.js';
import type { TeacherInfo } from '../label/teacher.js';
import { type Manifest, manifestCounts, splitCounts } from '../sft/manifest.js';
import { SFT_MIN_EXAMPLES, sftRecord, validateSftJsonl } from '../sft/records.js';
import { SPLITS, type SplitRatios, stratifiedSplit } from '../sft/split.js';
import { fingerprint } from '../state.js';
import { markDone, type StepContext, skipped, upToDate } from './context.js';

function parseSplit(value: string | undefined): SplitRatios {
  if (value === undefined) return { train: 0.8, validation: 0.1, test: 0.1 };
  const parts = value.split('/').map((p) => (/^\d+(\.\d+)?$/.test(p.trim()) ? Number(p) : Number.NaN));
  const [train, validation, test] = parts as [number, number, number];
  const total = train + validation + test;
  if (parts.length !== 3 || !(total > 0) || !(train > 0)) {
    invalid('split', 'must be three shares train/validation/test, e.g. 80/10/10, with train > 0');
  }
  return { train: train / total, validation: validation / total, test: test / total };
}

/** The test split in `@piiguard/eval`'s dataset format, labelled by the teacher; human labels kept as `gold`. */
const evalRow = (r: LabelledRecord) => ({
  text: r.text,
  label: r.teacher.label,
  ...(r.lang ? { lang: r.lang } : {}),
  ...(r.family ? { kind: r.family } : {}),
  ...(r.gold ? { gold: r.gold } : {}),
  id: r.id,
});

/** Step 3: `labels.jsonl` → Fireworks SFT files, the test set and `manifest.json`. */
export async function sftStep(context: StepContext): Promise<void> {
  const { args, layout, report, state } = context;
  const ratios = parseSplit(args.string('split'));
  const seed = args.integer('seed', 42, 0, 2 ** 32 - 1);
  const systemPrompt = args.string('system-prompt') ?? DEFAULT_SYSTEM_PROMPT;

  const labelsText = await readText(layout.labels).catch((error: unknown) => {
    throw error instanceof InputError
      ? new InputError(`${layout.labels} is missing: run the label step first.`)
      : error;
  });
  const teacherText = await readText(layout.teacher);
  const input = fingerprint([sha256(labelsText), sha256(teacherText)]);
  const settings = fingerprint({ ratios, seed, systemPrompt });
  const done = await upToDate(context, 'sft', input, settings);
  if (done) return skipped(context, 'sft', done.summary);

  const records = (await readJsonl(layout.labels)) as LabelledRecord[];
  const teacher = JSON.parse(teacherText) as TeacherInfo;
  const split = stratifiedSplit(records, (r) => r.teacher.label, ratios, seed);
  const files: Manifest['files'] & Record<string, { sha256: string; bytes: number; records: number }> = {};
  const write = async (path: string, content: string, count: number) => {
    await writeFileAtomic(path, content);
    files[relative(layout.dir, path)] = {
      sha256: sha256(content),
      bytes: Buffer.byteLength(content),
      records: count,
    };
  };
  for (const name of SPLITS) {
    const content = toJsonl(split[name].map((r) => sftRecord(r.text, r.teacher.label, systemPrompt)));
    // Only train and validation are uploaded; the test split may be smaller than Fireworks' minimum.
    const issues = validateSftJsonl(content).filter((issue) => name !== 'test' || issue.line !== 0);
    if (issues.length > 0) {
      const first = issues[0]!;
      throw new DistillError(
        first.line === 0
          ? `The ${name} split has ${split[name].length} examples; Fireworks needs at least ${SFT_MIN_EXAMPLES}. Label more messages or change --split.`
          : `sft/${name}.jsonl line ${first.line} breaks Fireworks' format: ${first.message}.`,
        DISTILL_EXIT.failed,
      );
    }
    await write(layout.sft[name], content, split[name].length);
  }
  await write(layout.testSet, toJsonl(split.test.map(evalRow)), split.test.length);

  const labelStep = state.data.steps.label?.summary ?? {};
  const manifest: Manifest = {
    format: 'piiguard-distill-manifest/1',
    teacher,
    student: {
      systemPrompt,
      userTurn: 'Message: "<text>" (studentMessages of @piiguard/sdk)',
      answer: 'the teacher label',
    },
    split: { seed, ratios },
    counts: {
      ...manifestCounts(records),
      bySplit: {
        train: splitCounts(split.train),
        validation: splitCounts(split.validation),
        test: splitCounts(split.test),
      },
      dropped: {
        uncertain: labelStep.dropped ?? 0,
        failed: labelStep.failed ?? 0,
        dropMargin: labelStep.dropMargin ?? 0,
      },
    },
    files,
  };
  await writeFileAtomic(layout.manifest, `${JSON.stringify(manifest, null, 2)}\n`);

  report.line(
    `wrote ${records.length} examples: train ${split.train.length}, validation ${split.validation.length}, test ${split.test.length} (seed ${seed})`,
  );
  report.line();
  report.line(
    formatTable(
      [
        ['split', ...LABELS, 'total'],
        ...SPLITS.map((name) => {
          const c = splitCounts(split[name]);
          return [name, ...LABELS.map((l) => String(c.byLabel[l])), String(c.total)];
        }),
      ],
      'text',
    ),
  );
  report.line();
  report.line(`manifest: ${layout.manifest}`);
  await markDone(
    context,
    'sft',
    input,
    settings,
    [...SPLITS.map((n) => layout.sft[n]), layout.testSet, layout.manifest],
    {
      train: split.train.length,
      validation: split.validation.length,
      test: split.test.length,
    },
  );
}
