import {
  computeMetrics,
  type EvalExample,
  evaluate,
  formatMetrics,
  formatTable,
  type Metrics,
} from '@piiguard/eval';
import { loadPocket } from '@piiguard/pocket';
import { type Classifier, FireworksClassifier, LABELS, type Label, toPiiguardError } from '@piiguard/sdk';
import { type Agreement, agreement } from '../agreement.js';
import { choiceFlag, integerFlag, parseOptions } from '../args.js';
import {
  BACKEND_OPTIONS,
  type BackendFlags,
  backendFlags,
  loadCliTeacher,
  readApiAccess,
} from '../backends.js';
import { CliError, EXIT, type ExitCode, UsageError } from '../exit-codes.js';
import { type LabelledMessage, type Readout, readExample } from '../input/fields.js';
import { type InputSpec, openInputs } from '../input/records.js';
import type { CliIo } from '../io.js';
import { Progress } from '../progress.js';
import { Terminal } from '../terminal.js';

export const EVAL_USAGE = `Usage: piiguard eval [options] <file | ->

Scores classifiers on a labelled file (.jsonl, or .csv with a header row): accuracy, precision,
recall and F1 per class, and the confusion matrix (rows: the file's label, columns: the
prediction), with the same code as the project's own evaluation (@piiguard/eval). With --against,
several classifiers side by side and how often each pair agrees.

Options:
  --label-field <name>  key / column holding the gold label: none | asking | giving (default: label)
  --field <name>        key / column holding the message (default: text)
  --format <f>          jsonl | csv (default: by extension; needed for stdin)
  --against <list>      comma-separated classifiers: api, teacher, pocket
                        (default: the best available one: api with a key, else a configured teacher, else pocket)
  --by <field>          break accuracy and F1 down by this field (a tag, or a list of tags)
  --json                one JSON document on stdout instead of tables
  --show-text           list the misclassified messages with their text (default: line numbers only)
  --batch-size <n>      texts per classifyBatch call (default: 32)
  --concurrency <n>     API requests in flight (default: 16)
  --teacher <model>     teacher model folder or Hub id (default: env PIIGUARD_TEACHER, else the teacher's default)
  --device <d>          auto | cpu | cuda: where the teacher runs (default: auto)
  --teacher-url <url>   run the teacher on this Triton or TEI server (env PIIGUARD_TEACHER_URL)
  --teacher-engine <e>  triton | tei: what serves it
  --teacher-name <name> Triton: the model's name in its model repository
  --offline             never call the hosted API; a Hub teacher only from the local cache
  --key-file <path>     read the API key from this file
  --max-retries <n>     API retries per message (default: the SDK's, 2)
  --no-progress         no progress line on stderr
  -h, --help            this text

Exit status: 0 scored, 1 some records malformed or unanswered, 2 bad usage, 3 unreadable input,
4 a classifier that was asked for is unavailable, 130 interrupted.`;

const OPTIONS = {
  'label-field': { type: 'string' },
  field: { type: 'string' },
  format: { type: 'string' },
  against: { type: 'string' },
  by: { type: 'string' },
  json: { type: 'boolean' },
  'show-text': { type: 'boolean' },
  'batch-size': { type: 'string' },
  concurrency: { type: 'string' },
  ...BACKEND_OPTIONS,
} as const;

const CLASSIFIER_NAMES = ['api', 'teacher', 'pocket'] as const;
type ClassifierName = (typeof CLASSIFIER_NAMES)[number];
const LISTED = 25;

interface EvalFlags extends BackendFlags {
  readonly input: InputSpec;
  readonly format: 'jsonl' | 'csv' | undefined;
  readonly fields: { readonly text: string; readonly label: string; readonly by: string | undefined };
  readonly against: readonly ClassifierName[] | undefined;
  readonly json: boolean;
  readonly showText: boolean;
  readonly batchSize: number;
  readonly concurrency: number;
  readonly progress: boolean;
}

function parseEvalFlags(argv: readonly string[], io: CliIo): EvalFlags | 'help' {
  const { values, positionals } = parseOptions(argv, OPTIONS);
  if (values.help) return 'help';
  if (positionals.length !== 1) throw new UsageError('eval reads one labelled file (or - for stdin)');
  const path = positionals[0]!;
  const against = values.against?.split(',').map((name) => name.trim());
  if (against !== undefined) {
    if (against.length === 0 || against.some((name) => !CLASSIFIER_NAMES.includes(name as ClassifierName))) {
      throw new UsageError(`--against takes a comma-separated list of ${CLASSIFIER_NAMES.join(', ')}`);
    }
    if (new Set(against).size !== against.length) throw new UsageError('--against names a classifier twice');
    if (values.offline && against.includes('api'))
      throw new UsageError('--offline never calls the hosted API, and --against api needs it');
  }
  return {
    input: path === '-' ? { kind: 'stdin' } : { kind: 'file', path },
    format: choiceFlag(values.format, '--format', ['jsonl', 'csv'] as const),
    fields: { text: values.field ?? 'text', label: values['label-field'] ?? 'label', by: values.by },
    against: against as ClassifierName[] | undefined,
    json: values.json ?? false,
    showText: values['show-text'] ?? false,
    batchSize: integerFlag(values['batch-size'], '--batch-size', 1, 4096) ?? 32,
    concurrency: integerFlag(values.concurrency, '--concurrency', 1, 4096) ?? 16,
    ...backendFlags(values, values.teacher ?? (io.env.PIIGUARD_TEACHER?.trim() || undefined), io.env),
  };
}

/** One classifier's scores on the file. */
interface Scored {
  readonly name: ClassifierName;
  readonly model: string;
  readonly elapsedMs: number;
  readonly metrics: Metrics;
  /** Per record, in file order: the predicted label, or null for an error outcome. */
  readonly predictions: readonly (Label | null)[];
  readonly errors: readonly { readonly line: number; readonly kind: string }[];
  readonly byTag: readonly { readonly tag: string; readonly metrics: Metrics }[];
}

/** `piiguard eval`: resolves to the exit status. */
export async function runEval(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const parsed = parseEvalFlags(argv, io);
  const terminal = new Terminal(io);
  if (parsed === 'help') {
    await terminal.row(EVAL_USAGE);
    return EXIT.ok;
  }
  const flags = parsed;
  const required = [flags.fields.text, flags.fields.label];
  const [input] = await openInputs([flags.input], {
    format: flags.format,
    cwd: io.cwd,
    stdin: io.stdin,
    columns: { required },
  });
  if (input!.format === 'txt') {
    await input!.close();
    throw new UsageError(
      'eval needs labelled records: a .jsonl or .csv file (or --format jsonl|csv for stdin)',
    );
  }

  const examples: EvalExample[] = [];
  const tags: (readonly string[])[] = [];
  const malformed: { line: number; problem: string }[] = [];
  for await (const raw of input!.records()) {
    const record: Readout<LabelledMessage> = readExample(raw, flags.fields);
    if (!record.ok) {
      malformed.push({ line: record.line, problem: record.problem });
      if (malformed.length <= 10)
        terminal.note(
          `piiguard: ${record.source}:${record.line}: malformed record (${record.problem}); the others go on`,
        );
      continue;
    }
    examples.push({ text: record.text, label: record.label, line: record.line });
    tags.push(record.tags);
  }
  if (examples.length === 0)
    throw new CliError(`${input!.source} holds no labelled records`, EXIT.unreadableInput);

  const names = flags.against ?? [await bestAvailable(flags, io)];
  // Before any classifier runs: a missing key should not cost a teacher's whole evaluation first.
  if (names.includes('api') && (await readApiAccess(flags, io)) === undefined) {
    throw new CliError(
      '--against api needs a key: set FIREWORKS_API_KEY or use --key-file',
      EXIT.classifierUnavailable,
    );
  }
  const scored: Scored[] = [];
  for (const name of names) {
    const { classifier, description } = await build(name, flags, io, terminal);
    terminal.note(
      `piiguard: evaluating ${name}: ${description}, on ${examples.length.toLocaleString('en-US')} record(s)`,
    );
    try {
      scored.push(await score(name, classifier, examples, tags, flags, io, terminal));
    } finally {
      await classifier.close();
    }
  }
  const pairs: Agreement[] = [];
  for (let i = 0; i < scored.length; i++) {
    for (let j = i + 1; j < scored.length; j++) {
      pairs.push(agreement(scored[i]!.name, scored[j]!.name, scored[i]!.predictions, scored[j]!.predictions));
    }
  }

  if (flags.json)
    await terminal.row(
      JSON.stringify(jsonReport(input!.source, examples, malformed, scored, pairs, flags), null, 2),
    );
  else await terminal.row(textReport(input!.source, examples, malformed, scored, pairs, flags));
  const unanswered = scored.some((s) => s.errors.length > 0);
  return malformed.length > 0 || unanswered ? EXIT.someFailed : EXIT.ok;
}

async function bestAvailable(flags: EvalFlags, io: CliIo): Promise<ClassifierName> {
  if (!flags.offline && (await readApiAccess(flags, io)) !== undefined) return 'api';
  return flags.teacher !== undefined ? 'teacher' : 'pocket';
}

/** Each classifier alone, with no fallback behind it: a fallback's answers would blur its scores. */
async function build(
  name: ClassifierName,
  flags: EvalFlags,
  io: CliIo,
  terminal: Terminal,
): Promise<{ classifier: Classifier; description: string }> {
  if (name === 'pocket') return { classifier: await loadPocket(), description: 'the built-in pocket model' };
  if (name === 'teacher') return loadCliTeacher(flags.teacher, flags, terminal);
  const access = await readApiAccess(flags, io);
  if (access === undefined) {
    throw new CliError(
      '--against api needs a key: set FIREWORKS_API_KEY or use --key-file',
      EXIT.classifierUnavailable,
    );
  }
  try {
    const classifier = new FireworksClassifier({
      apiKey: access.apiKey,
      ...(access.baseURL !== undefined && { baseURL: access.baseURL }),
      ...(flags.maxRetries !== undefined && { maxRetries: flags.maxRetries }),
      concurrency: flags.concurrency,
    });
    return { classifier, description: `the hosted model ${classifier.model} (key from ${access.from})` };
  } catch (error) {
    throw new CliError(
      `cannot set up the API classifier: ${toPiiguardError(error, 'unknown error').message}`,
      EXIT.classifierUnavailable,
    );
  }
}

async function score(
  name: ClassifierName,
  classifier: Classifier,
  examples: readonly EvalExample[],
  tags: readonly (readonly string[])[],
  flags: EvalFlags,
  io: CliIo,
  terminal: Terminal,
): Promise<Scored> {
  const progress = flags.progress ? new Progress(terminal, name) : undefined;
  let report: Awaited<ReturnType<typeof evaluate>>;
  try {
    report = await evaluate(classifier, examples, {
      batchSize: flags.batchSize,
      ...(io.signal && { signal: io.signal }),
      onProgress: (done, total) => progress?.update(done, done / total, done === total),
    });
  } catch (error) {
    if (io.signal?.aborted) throw new CliError(`interrupted while evaluating ${name}`, EXIT.interrupted);
    throw error;
  } finally {
    progress?.clear();
  }
  // The report lists misses and errors; every other record was labelled correctly.
  const wrong = new Map<EvalExample, Label | null>();
  for (const miss of report.misses) wrong.set(miss.example, miss.predicted);
  for (const error of report.errors) wrong.set(error.example, null);
  const predictions = examples.map((e) => (wrong.has(e) ? wrong.get(e)! : e.label));
  const byTag: { tag: string; metrics: Metrics }[] = [];
  if (flags.fields.by !== undefined) {
    const groups = new Map<string, number[]>();
    tags.forEach((list, i) => {
      for (const tag of list) {
        const members = groups.get(tag);
        if (members) members.push(i);
        else groups.set(tag, [i]);
      }
    });
    for (const tag of [...groups.keys()].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))) {
      const members = groups.get(tag)!;
      byTag.push({
        tag,
        metrics: computeMetrics(
          members.map((i) => ({ gold: examples[i]!.label, predicted: predictions[i]! })),
        ),
      });
    }
  }
  return {
    name,
    model: report.model,
    elapsedMs: report.elapsedMs,
    metrics: report.metrics,
    predictions,
    errors: report.errors.map((e) => ({ line: e.example.line, kind: e.error.kind })),
    byTag,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const f3 = (x: number) => x.toFixed(3);

function textReport(
  source: string,
  examples: readonly EvalExample[],
  malformed: readonly { line: number; problem: string }[],
  scored: readonly Scored[],
  pairs: readonly Agreement[],
  flags: EvalFlags,
): string {
  const parts = [
    `${source}: ${examples.length.toLocaleString('en-US')} labelled record(s)${malformed.length ? `, ${malformed.length} malformed (not scored)` : ''}`,
  ];
  for (const s of scored) {
    parts.push(
      '',
      `== ${s.name}: ${s.model} (${(s.elapsedMs / 1000).toFixed(2)} s)`,
      formatMetrics(s.metrics, { style: 'text' }),
    );
    const misses = examples
      .map((e, i) => ({ e, p: s.predictions[i] }))
      .filter(({ e, p }) => p !== null && p !== e.label);
    if (misses.length > 0) {
      if (flags.showText) {
        parts.push('', `misclassified (${misses.length}, first ${Math.min(LISTED, misses.length)}):`);
        for (const { e, p } of misses.slice(0, LISTED))
          parts.push(
            `  line ${e.line}: gold ${e.label} → ${p}: ${e.text.replace(/\s+/g, ' ').slice(0, 120)}`,
          );
      } else {
        const lines = misses
          .slice(0, LISTED)
          .map(({ e }) => e.line)
          .join(', ');
        parts.push(
          '',
          `misclassified (${misses.length}): lines ${lines}${misses.length > LISTED ? ', ...' : ''} (--show-text lists them)`,
        );
      }
    }
    if (s.errors.length > 0) {
      const kinds = new Map<string, number>();
      for (const e of s.errors) kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1);
      parts.push(
        `unanswered (${s.errors.length}): ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}; first lines ${s.errors
          .slice(0, LISTED)
          .map((e) => e.line)
          .join(', ')}`,
      );
    }
  }
  if (scored.length > 1) {
    parts.push(
      '',
      '== side by side',
      formatTable(
        [
          ['classifier', 'accuracy', 'macro-F1', ...LABELS.map((l) => `F1 ${l}`), 'errors', 'model'],
          ...scored.map((s) => [
            s.name,
            pct(s.metrics.accuracy),
            f3(s.metrics.macroF1),
            ...LABELS.map((l) => f3(s.metrics.perClass[l].f1)),
            String(s.metrics.unanswered),
            s.model,
          ]),
        ],
        'text',
      ),
      '',
      "== agreement (same label on the same record, over the records both answered; kappa: Cohen's)",
      formatTable(
        [
          ['pair', 'records', 'agree', 'kappa'],
          ...pairs.map((p) => [
            `${p.a} / ${p.b}`,
            String(p.n),
            pct(p.agreement),
            p.kappa === null ? '-' : f3(p.kappa),
          ]),
        ],
        'text',
      ),
    );
  }
  if (flags.fields.by !== undefined && scored[0] !== undefined) {
    const tagsInOrder = scored[0].byTag.map((t) => t.tag);
    parts.push(
      '',
      `== by ${flags.fields.by} (accuracy: correct / records)`,
      formatTable(
        [
          [flags.fields.by, 'records', ...scored.map((s) => s.name)],
          ...tagsInOrder.map((tag, i) => [
            tag,
            String(scored[0]!.byTag[i]!.metrics.total),
            ...scored.map((s) => {
              // Per-tag F1 would mislead: a tag often holds one gold label, where any miss zeroes another's F1.
              const m = s.byTag[i]!.metrics;
              return `${pct(m.accuracy)} (${m.correct}/${m.total})`;
            }),
          ]),
        ],
        'text',
      ),
    );
  }
  return parts.join('\n');
}

function jsonReport(
  source: string,
  examples: readonly EvalExample[],
  malformed: readonly { line: number; problem: string }[],
  scored: readonly Scored[],
  pairs: readonly Agreement[],
  flags: EvalFlags,
) {
  return {
    file: source,
    records: examples.length,
    malformed,
    labels: LABELS,
    classifiers: scored.map((s) => ({
      name: s.name,
      model: s.model,
      elapsedMs: Math.round(s.elapsedMs),
      metrics: s.metrics,
      misclassified: examples.flatMap((e, i) => {
        const predicted = s.predictions[i];
        if (predicted === null || predicted === e.label) return [];
        return [{ line: e.line, gold: e.label, predicted, ...(flags.showText && { text: e.text }) }];
      }),
      errors: s.errors,
      ...(flags.fields.by !== undefined && { by: { field: flags.fields.by, groups: s.byTag } }),
    })),
    agreement: pairs,
  };
}
