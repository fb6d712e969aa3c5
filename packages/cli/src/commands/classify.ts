import { loadPocket } from '@piiguard/pocket';
import {
  type ClassifierSource,
  type ClassifyResult,
  FALLBACK_MODES,
  type FallbackMode,
  isPiiguardError,
  type Outcome,
  PiiClient,
  toPiiguardError,
} from '@piiguard/sdk';
import { choiceFlag, integerFlag, parseOptions } from '../args.js';
import {
  BACKEND_OPTIONS,
  type BackendFlags,
  backendFlags,
  loadCliTeacher,
  nonEmpty,
  readApiAccess,
} from '../backends.js';
import { CliError, EXIT, type ExitCode, UsageError } from '../exit-codes.js';
import { type Message, type MessageFields, type Readout, readMessage } from '../input/fields.js';
import {
  INPUT_FORMATS,
  type InputSpec,
  looksLikeInput,
  type OpenInput,
  openInputs,
} from '../input/records.js';
import type { CliIo } from '../io.js';
import { mapInOrder } from '../ordered.js';
import { Progress } from '../progress.js';
import { jsonRow, type RowInput, type RowOptions, tableHeader, tableRow } from '../rows.js';
import { Terminal } from '../terminal.js';

export const CLASSIFY_USAGE = `Usage: piiguard classify [options] [message | file | - ...]

Labels each message none, asking or giving, and prints one row per message in input order as the
answers arrive: JSON lines when stdout is a pipe or file, a table on a terminal.

Inputs, read in the order given (nothing given: stdin):
  message           an argument that is not a file name is a message
  file              .txt (one message per line), .jsonl/.ndjson (one JSON object per line), .csv
                    (a header row, then records); the field/column "text" holds the message
  -                 stdin (one message per line unless --format says otherwise)

Who answers: the hosted model when FIREWORKS_API_KEY is set (or --key-file), falling back
(on-error) to the local models; without a key, or with --offline, the local models alone: the
teacher when --teacher (or env PIIGUARD_TEACHER) names one, then the built-in pocket model. The
first stderr line says which; a teacher that cannot load is an error (exit 4).

Options:
  --text                  every argument is a message, even one that looks like a file name
  --format <f>            txt | jsonl | csv: how to read files and stdin (default: by extension; stdin txt)
  --field <name>          JSONL key / CSV column holding the message (default: text)
  --speaker-field <name>  key / column naming who wrote the message (conversations)
  --context-field <name>  key / column holding the earlier turns: [{"speaker","text"}, ...]
  --output <o>            jsonl | table (default: table on a terminal, else jsonl)
  --json                  same as --output jsonl
  --show-text             include each message in its row (off by default: messages are the PII)
  --concurrency <n>       messages in flight at once (default: 16)
  --fallback <mode>       off | on-error | fallback-only | hedge | shadow
                          (default: on-error with a key, fallback-only without)
  --teacher <model>       teacher model folder (Hugging Face layout) or Hub id
  --device <d>            auto | cpu | cuda: where the teacher runs (default: auto)
  --teacher-url <url>     run the teacher on this Triton or TEI server (env PIIGUARD_TEACHER_URL);
                          --teacher names the served model (its config and tokenizer)
  --teacher-engine <e>    triton | tei: what serves it
  --teacher-name <name>   Triton: the model's name in its model repository
  --offline               never call the hosted API; a Hub teacher only from the local cache
  --key-file <path>       read the API key from this file (never pass a key as an argument)
  --max-retries <n>       API retries per message before falling back (default: the SDK's, 2)
  --no-progress           no progress line on stderr (drawn only when stderr is a terminal)
  -h, --help              this text

Exit status: 0 all classified, 1 some records failed (malformed or unanswered), 2 bad usage,
3 unreadable input, 4 a classifier that was asked for is unavailable, 130 interrupted.`;

const OPTIONS = {
  text: { type: 'boolean' },
  format: { type: 'string' },
  field: { type: 'string' },
  'speaker-field': { type: 'string' },
  'context-field': { type: 'string' },
  output: { type: 'string' },
  json: { type: 'boolean' },
  'show-text': { type: 'boolean' },
  concurrency: { type: 'string' },
  fallback: { type: 'string' },
  ...BACKEND_OPTIONS,
} as const;

/** Messages in flight at once, by default: the sdk client's own default batch concurrency. */
const DEFAULT_CONCURRENCY = 16;
/** Records read ahead of the oldest unfinished one, per unit of concurrency (bounds memory and head-of-line waits). */
const WINDOW_PER_SLOT = 4;
/** Malformed records named one by one on stderr; the rest are counted. */
const LISTED_PROBLEMS = 10;

interface ClassifyFlags extends BackendFlags {
  readonly inputs: readonly InputSpec[];
  readonly format: (typeof INPUT_FORMATS)[number] | undefined;
  readonly fields: MessageFields;
  readonly output: 'jsonl' | 'table' | undefined;
  readonly showText: boolean;
  readonly concurrency: number;
  readonly fallback: FallbackMode | undefined;
  readonly progress: boolean;
}

function parseClassifyFlags(argv: readonly string[], io: CliIo): ClassifyFlags | 'help' {
  const { values, positionals } = parseOptions(argv, OPTIONS);
  if (values.help) return 'help';
  const output = values.json ? 'jsonl' : choiceFlag(values.output, '--output', ['jsonl', 'table'] as const);
  if (values.json && values.output === 'table')
    throw new UsageError('--json and --output table contradict each other');
  const fallback = choiceFlag(values.fallback, '--fallback', FALLBACK_MODES);
  const offline = values.offline ?? false;
  if (offline && fallback !== undefined && fallback !== 'fallback-only') {
    throw new UsageError(`--offline never calls the hosted API, and --fallback ${fallback} needs it`);
  }
  if (values.teacher !== undefined && fallback === 'off') {
    throw new UsageError('--fallback off uses no local model, so --teacher would never answer');
  }
  // PIIGUARD_TEACHER configures the teacher for every run; `--fallback off` simply does not use it.
  const teacher =
    fallback === 'off' ? undefined : (values.teacher ?? (io.env.PIIGUARD_TEACHER?.trim() || undefined));
  if (values.device !== undefined && teacher === undefined) {
    throw new UsageError('--device says where the teacher runs: give --teacher too');
  }
  return {
    inputs: inputSpecs(positionals, values.text ?? false, io),
    format: choiceFlag(values.format, '--format', INPUT_FORMATS),
    fields: {
      text: nonEmpty(values.field, '--field') ?? 'text',
      speaker: nonEmpty(values['speaker-field'], '--speaker-field'),
      context: nonEmpty(values['context-field'], '--context-field'),
    },
    output,
    showText: values['show-text'] ?? false,
    concurrency: integerFlag(values.concurrency, '--concurrency', 1, 4096) ?? DEFAULT_CONCURRENCY,
    fallback,
    ...backendFlags(values, teacher, io.env),
  };
}

/** Positional arguments in order: runs of messages, files and `-`; stdin when there are none. */
function inputSpecs(positionals: readonly string[], allText: boolean, io: CliIo): InputSpec[] {
  if (positionals.length === 0) {
    if (io.stdin.isTTY) {
      throw new UsageError('nothing to classify: give messages or files, or pipe messages in on stdin');
    }
    return [{ kind: 'stdin' }];
  }
  const specs: InputSpec[] = [];
  let texts: string[] = [];
  const flush = () => {
    if (texts.length > 0) specs.push({ kind: 'arguments', texts });
    texts = [];
  };
  for (const argument of positionals) {
    if (!allText && looksLikeInput(argument)) {
      flush();
      specs.push(argument === '-' ? { kind: 'stdin' } : { kind: 'file', path: argument });
    } else texts.push(argument);
  }
  flush();
  if (specs.filter((s) => s.kind === 'stdin').length > 1) throw new UsageError('- (stdin) can be given once');
  return specs;
}

/** The client the command uses, the sentence saying who answers, and what to close afterwards. */
interface CliClient {
  readonly client: PiiClient;
  readonly answeredBy: string;
  /** Closes the client, and the teacher loaded up front should the client never have taken it. */
  close(): Promise<void>;
}

async function createClient(flags: ClassifyFlags, io: CliIo, terminal: Terminal): Promise<CliClient> {
  const access = flags.offline ? undefined : await readApiAccess(flags, io);
  const mode: FallbackMode = flags.fallback ?? (access ? 'on-error' : 'fallback-only');
  if (mode !== 'fallback-only' && access === undefined) {
    throw new CliError(
      `--fallback ${mode} calls the hosted API, which needs a key: set FIREWORKS_API_KEY or use --key-file (or --fallback fallback-only)`,
      EXIT.classifierUnavailable,
    );
  }

  const tiers: ClassifierSource[] = [];
  let local = 'the built-in pocket model';
  let loaded: Awaited<ReturnType<typeof loadCliTeacher>> | undefined;
  /** The loaded teacher until the client's factory takes it (the client then owns and closes it). */
  let preloaded: typeof loaded;
  if (flags.teacher !== undefined) {
    const model = flags.teacher;
    loaded = await loadCliTeacher(model, flags, terminal);
    // The first load is the one just checked; should the client drop a dead teacher, it loads a new one.
    preloaded = loaded;
    tiers.push(async () => {
      const teacher = preloaded ?? (await loadCliTeacher(model, flags, terminal));
      preloaded = undefined;
      return teacher.classifier;
    });
    local = `${loaded.description}, then the built-in pocket model if the teacher fails`;
  }
  tiers.push(() => loadPocket());

  const fallback = {
    mode,
    ...(mode !== 'off' && { classifiers: tiers }),
    onWarning: (message: string) => terminal.note(`piiguard: ${message}`),
  };
  let client: PiiClient;
  try {
    client =
      mode === 'fallback-only'
        ? new PiiClient({ concurrency: flags.concurrency, fallback })
        : new PiiClient({
            apiKey: access!.apiKey,
            ...(access!.baseURL !== undefined && { baseURL: access!.baseURL }),
            ...(flags.maxRetries !== undefined && { maxRetries: flags.maxRetries }),
            concurrency: flags.concurrency,
            fallback,
          });
  } catch (error) {
    // The teacher's worker thread would keep the process alive.
    await loaded?.classifier.close();
    // The sdk's messages name the option, never the key.
    throw new CliError(
      `cannot set up the client: ${toPiiguardError(error, 'unknown error').message}`,
      EXIT.classifierUnavailable,
    );
  }

  const hosted = access
    ? `the hosted model ${client.model} (key from ${access.from}${access.baseURL ? `, ${access.baseURL}` : ''})`
    : '';
  let answeredBy: string;
  if (mode === 'fallback-only') {
    const why = flags.offline ? '--offline' : access ? '--fallback fallback-only' : 'no FIREWORKS_API_KEY';
    answeredBy = `${local} (${why}: the hosted model is not called)`;
  } else if (mode === 'off') {
    answeredBy = `${hosted} alone (--fallback off: failures are reported, not answered locally)`;
  } else if (mode === 'on-error') {
    answeredBy = `${hosted}, falling back (on-error) to ${local}`;
  } else if (mode === 'hedge') {
    answeredBy = `${hosted}, with ${local} started too when it is slow (hedge)`;
  } else {
    answeredBy = `${hosted}; ${local} re-classifies a sample to compare (shadow)`;
  }
  return {
    client,
    answeredBy,
    async close() {
      await client.close();
      await preloaded?.classifier.close();
    },
  };
}

/** What the run did, for the summary line and the exit status. */
interface Tally {
  records: number;
  classified: number;
  errors: Map<string, number>;
  malformed: number;
}

/** `piiguard classify`: resolves to the exit status. */
export async function runClassify(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const parsed = parseClassifyFlags(argv, io);
  const terminal = new Terminal(io);
  if (parsed === 'help') {
    await terminal.row(CLASSIFY_USAGE);
    return EXIT.ok;
  }
  const flags = parsed;
  const hasFieldFlags = flags.fields.speaker !== undefined || flags.fields.context !== undefined;
  const columns = { required: [flags.fields.text] };
  const inputs = await openInputs(flags.inputs, {
    format: flags.format,
    cwd: io.cwd,
    stdin: io.stdin,
    columns,
  });
  let cliClient: CliClient;
  try {
    cliClient = await createClient(flags, io, terminal);
  } catch (error) {
    await Promise.all(inputs.map((input) => input.close()));
    throw error;
  }
  const { client, answeredBy } = cliClient;
  if (hasFieldFlags && inputs.every((input) => input.format === 'txt')) {
    terminal.note(
      'piiguard: --speaker-field and --context-field apply to JSONL and CSV records; text lines have none',
    );
  }
  terminal.note(`piiguard: answered by ${answeredBy}`);
  const alerted = new Set<string>();
  client.on('fallback', (event) => {
    if (!event.alert || alerted.has(event.reason)) return;
    alerted.add(event.reason);
    terminal.note(
      `piiguard: the hosted API failed (${event.reason}${event.status ? `, HTTP ${event.status}` : ''}); this needs fixing, and until then the local models answer`,
    );
  });

  const table = flags.output === 'table' || (flags.output === undefined && terminal.stdoutIsTerminal);
  const rowOptions: RowOptions = {
    showText: flags.showText,
    showSource: inputs.length > 1 && inputs.some((i) => i.source !== 'arguments'),
  };
  const format = (row: RowInput) => (table ? tableRow(row, rowOptions) : jsonRow(row, rowOptions));
  const tally: Tally = { records: 0, classified: 0, errors: new Map(), malformed: 0 };
  const progress = flags.progress ? new Progress(terminal) : undefined;
  const totalBytes = sizeOf(inputs);
  const started = performance.now();

  const classifyOne = async (record: Readout<Message>): Promise<RowInput> => {
    if (!record.ok) return { kind: 'malformed', at: record, problem: record.problem };
    let outcome: Outcome<ClassifyResult>;
    try {
      // Backends that read conversations (the teacher v2) use speaker and context; the others
      // ignore them. No per-call signal: Ctrl-C closes the client, which ends every call in flight,
      // and a signal per call would cost an AbortSignal.any per message.
      const value = await client.classify(record.text, {
        ...(record.speaker !== undefined && { speaker: record.speaker }),
        ...(record.context !== undefined && { context: record.context }),
      });
      outcome = { ok: true, value };
    } catch (error) {
      outcome = { ok: false, error: toPiiguardError(error, 'unknown error') };
    }
    return { kind: 'outcome', at: record, text: record.text, outcome };
  };

  let interrupted = false;
  try {
    if (table) await terminal.row(tableHeader(rowOptions));
    let doneBytes = 0;
    for await (const row of mapInOrder(messages(inputs, flags.fields), classifyOne, {
      concurrency: flags.concurrency,
      window: flags.concurrency * WINDOW_PER_SLOT,
      ...(io.signal && { signal: io.signal }),
    })) {
      if (io.signal?.aborted) {
        interrupted = true;
        break;
      }
      count(row, tally, terminal);
      await terminal.row(format(row));
      if (terminal.stdoutGone) break;
      doneBytes = row.at.endOffset + bytesBefore(inputs, row.at.source);
      progress?.update(tally.records, totalBytes ? doneBytes / totalBytes : undefined);
    }
    progress?.update(tally.records, totalBytes ? 1 : undefined, true);
  } finally {
    progress?.clear();
    await cliClient.close();
  }
  if (interrupted || io.signal?.aborted) {
    terminal.note(`piiguard: interrupted after ${tally.records.toLocaleString('en-US')} record(s)`);
    return EXIT.interrupted;
  }
  terminal.note(summary(tally, client, performance.now() - started));
  if (tally.records === 0) {
    terminal.note('piiguard: the input held no messages');
    return EXIT.usage;
  }
  return tally.classified === tally.records ? EXIT.ok : EXIT.someFailed;
}

async function* messages(
  inputs: readonly OpenInput[],
  fields: MessageFields,
): AsyncGenerator<Readout<Message>> {
  for (const input of inputs) {
    for await (const raw of input.records()) yield readMessage(raw, fields);
  }
}

function sizeOf(inputs: readonly OpenInput[]): number | undefined {
  let total = 0;
  for (const input of inputs) {
    if (input.source === 'arguments') continue;
    if (input.sizeBytes === undefined) return undefined;
    total += input.sizeBytes;
  }
  return total > 0 ? total : undefined;
}

/** Bytes of the files before `source`, so progress runs over all inputs as one. */
function bytesBefore(inputs: readonly OpenInput[], source: string): number {
  let bytes = 0;
  for (const input of inputs) {
    if (input.source === source) return bytes;
    bytes += input.sizeBytes ?? 0;
  }
  return bytes;
}

function count(row: RowInput, tally: Tally, terminal: Terminal): void {
  tally.records += 1;
  if (row.kind === 'malformed') {
    tally.malformed += 1;
    if (tally.malformed <= LISTED_PROBLEMS) {
      terminal.note(
        `piiguard: ${row.at.source}:${row.at.line}: malformed record (${row.problem}); the others go on`,
      );
    }
    if (tally.malformed === LISTED_PROBLEMS + 1)
      terminal.note('piiguard: further malformed records are counted, not listed');
    return;
  }
  if (row.outcome.ok) tally.classified += 1;
  else {
    const kind = isPiiguardError(row.outcome.error) ? row.outcome.error.kind : 'unknown';
    tally.errors.set(kind, (tally.errors.get(kind) ?? 0) + 1);
  }
}

function summary(tally: Tally, client: PiiClient, elapsedMs: number): string {
  const n = (value: number) => value.toLocaleString('en-US');
  const bySource = Object.entries(client.stats().bySource)
    .filter(([, value]) => value > 0)
    .map(([source, value]) => `${source} ${n(value)}`)
    .join(', ');
  const failed = tally.records - tally.classified;
  const errors = [...tally.errors.entries()].map(([kind, value]) => `${kind} ${n(value)}`);
  if (tally.malformed > 0) errors.unshift(`malformed ${n(tally.malformed)}`);
  return [
    `piiguard: ${n(tally.records)} record(s) in ${(elapsedMs / 1000).toFixed(1)} s: ${n(tally.classified)} classified`,
    bySource ? ` (${bySource})` : '',
    failed > 0 ? `, ${n(failed)} failed (${errors.join(', ')})` : '',
  ].join('');
}
