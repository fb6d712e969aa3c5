import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { type Classifier, isPiiguardError } from '@piiguard/sdk';
import { choiceFlag, integerFlag } from './args.js';
import { CliError, EXIT, UsageError } from './exit-codes.js';
import type { CliIo } from './io.js';
import type { Terminal } from './terminal.js';

export const DEVICES = ['auto', 'cpu', 'cuda'] as const;
/** The teacher's execution provider (`--device`). */
export type Device = (typeof DEVICES)[number];

export const ENGINES = ['triton', 'tei'] as const;
/** The serving engine of a remote teacher (`--teacher-engine`). */
export type Engine = (typeof ENGINES)[number];

/** A teacher served by Triton or TEI (`--teacher-url`, `--teacher-engine`, `--teacher-name`). */
export interface RemoteTeacherFlags {
  readonly url: string;
  readonly engine: Engine;
  /** Triton: the model's name in its model repository. */
  readonly name: string | undefined;
}

/** What the command line says about the classifiers, shared by `classify` and `eval`. */
export interface BackendFlags {
  /** `--teacher`, else env `PIIGUARD_TEACHER`: a model folder or Hub id. */
  readonly teacher: string | undefined;
  /** `--device`. @default 'auto' */
  readonly device: Device;
  /** `--teacher-url` (env `PIIGUARD_TEACHER_URL`) and its engine: the teacher runs on that server. */
  readonly remote: RemoteTeacherFlags | undefined;
  /** `--offline`: no hosted API, and a Hub teacher only from the cache. */
  readonly offline: boolean;
  /** `--key-file`: a file holding the API key (instead of env FIREWORKS_API_KEY). */
  readonly keyFile: string | undefined;
  /** `--max-retries`: API retries per message; undefined keeps the sdk's. */
  readonly maxRetries: number | undefined;
}

/** The options every classifying command takes (`classify`, `eval`), for `parseOptions`. */
export const BACKEND_OPTIONS = {
  teacher: { type: 'string' },
  device: { type: 'string' },
  'teacher-url': { type: 'string' },
  'teacher-engine': { type: 'string' },
  'teacher-name': { type: 'string' },
  offline: { type: 'boolean' },
  'key-file': { type: 'string' },
  'max-retries': { type: 'string' },
  'no-progress': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** What `parseOptions` read for `BACKEND_OPTIONS`. */
interface BackendValues {
  readonly device?: string | undefined;
  readonly 'teacher-url'?: string | undefined;
  readonly 'teacher-engine'?: string | undefined;
  readonly 'teacher-name'?: string | undefined;
  readonly offline?: boolean | undefined;
  readonly 'key-file'?: string | undefined;
  readonly 'max-retries'?: string | undefined;
  readonly 'no-progress'?: boolean | undefined;
}

/** The backend flags from parsed options, one set of checks for every command; `teacher` is resolved by the caller. */
export function backendFlags(
  values: BackendValues,
  teacher: string | undefined,
  env: Readonly<Record<string, string | undefined>> = {},
): BackendFlags & { readonly progress: boolean } {
  return {
    teacher,
    device: choiceFlag(values.device, '--device', DEVICES) ?? 'auto',
    remote: remoteTeacherFlags(values, teacher, env),
    offline: values.offline ?? false,
    keyFile: nonEmpty(values['key-file'], '--key-file'),
    maxRetries: integerFlag(values['max-retries'], '--max-retries', 0, 100),
    progress: !(values['no-progress'] ?? false),
  };
}

/** `--teacher-url` and the flags that go with it, checked together. */
function remoteTeacherFlags(
  values: BackendValues,
  teacher: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): RemoteTeacherFlags | undefined {
  const url =
    nonEmpty(values['teacher-url'], '--teacher-url') ?? (env.PIIGUARD_TEACHER_URL?.trim() || undefined);
  const engine = choiceFlag(values['teacher-engine'], '--teacher-engine', ENGINES);
  const name = nonEmpty(values['teacher-name'], '--teacher-name');
  if (url === undefined) {
    if (engine !== undefined || name !== undefined) {
      throw new UsageError('--teacher-engine and --teacher-name go with --teacher-url');
    }
    return undefined;
  }
  if (teacher === undefined) {
    throw new UsageError(
      '--teacher-url needs --teacher <folder|hub id>: the served model, whose config and tokenizer piiguard reads',
    );
  }
  if (values.device !== undefined) throw new UsageError('--device is for a local teacher, not --teacher-url');
  if (engine === undefined) throw new UsageError('--teacher-url needs --teacher-engine triton or tei');
  if (engine === 'triton' && name === undefined) {
    throw new UsageError("--teacher-engine triton needs --teacher-name (the model's name on the server)");
  }
  return { url, engine, name };
}

/** A flag's value, refusing an empty one. */
export function nonEmpty(value: string | undefined, flag: string): string | undefined {
  if (value !== undefined && value.trim() === '') throw new UsageError(`${flag} needs a non-empty value`);
  return value;
}

/** The hosted API's key and endpoint; the key is never printed, only where it came from. */
export interface ApiAccess {
  readonly apiKey: string;
  readonly from: 'FIREWORKS_API_KEY' | '--key-file';
  readonly baseURL: string | undefined;
}

/**
 * The API key from `--key-file` (first line, trimmed) or env `FIREWORKS_API_KEY`; `undefined`
 * without either. Never from an argument: keys on command lines end up in shell history and `ps`.
 */
export async function readApiAccess(
  flags: BackendFlags,
  io: Pick<CliIo, 'env' | 'cwd'>,
): Promise<ApiAccess | undefined> {
  const baseURL = io.env.FIREWORKS_BASE_URL?.trim() || undefined;
  if (flags.keyFile !== undefined) {
    let content: string;
    try {
      content = await readFile(resolve(io.cwd, flags.keyFile), 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
      throw new CliError(`cannot read the key file ${flags.keyFile}: ${code}`, EXIT.classifierUnavailable);
    }
    const apiKey = content.split(/\r?\n/, 1)[0]?.trim() ?? '';
    if (apiKey === '')
      throw new CliError(`the key file ${flags.keyFile} is empty`, EXIT.classifierUnavailable);
    return { apiKey, from: '--key-file', baseURL };
  }
  const apiKey = io.env.FIREWORKS_API_KEY?.trim();
  return apiKey ? { apiKey, from: 'FIREWORKS_API_KEY', baseURL } : undefined;
}

type TeacherModule = typeof import('@piiguard/teacher');

/** What to install when the teacher is asked for but absent: it is an optional peer of the cli. */
export const TEACHER_INSTALL_HINT =
  'install it next to piiguard: npm install -g @piiguard/teacher (for a global piiguard) or npm install @piiguard/teacher (in the project)';

/**
 * The teacher package, imported only when a teacher is asked for: it brings onnxruntime-node
 * (hundreds of MB), which the rest of the command does without.
 */
async function importTeacher(): Promise<TeacherModule> {
  try {
    return await import('@piiguard/teacher');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') {
      throw new CliError(
        `--teacher needs the @piiguard/teacher package, which is not installed; ${TEACHER_INSTALL_HINT}`,
        EXIT.classifierUnavailable,
        { cause: error },
      );
    }
    throw new CliError(
      'the @piiguard/teacher package is installed but cannot be loaded (a broken install?)',
      EXIT.classifierUnavailable,
      { cause: error },
    );
  }
}

/** A loaded teacher and the words that say which one it is. */
export interface LoadedTeacher {
  readonly classifier: Classifier;
  /** e.g. `the teacher (./models/xlmr, on cpu)`. */
  readonly description: string;
}

/**
 * Loads the teacher that was asked for, before any input is read. A teacher that cannot load is
 * the command's failure (exit 4), never a silent step down to the pocket model: the user asked
 * for that model's answers.
 */
export async function loadCliTeacher(
  model: string | undefined,
  flags: BackendFlags,
  terminal: Terminal,
): Promise<LoadedTeacher> {
  const { connectTeacher, loadTeacher } = await importTeacher();
  const { remote } = flags;
  try {
    if (remote !== undefined && model !== undefined) {
      const teacher = await connectTeacher({
        url: remote.url,
        engine: remote.engine,
        model,
        ...(remote.name !== undefined && { name: remote.name }),
        ...(flags.offline && { allowRemoteModels: false }),
        onWarning: (message) => terminal.note(`piiguard: ${message}`),
      });
      return {
        classifier: teacher,
        description: `the teacher (${teacher.model}, on ${remote.engine === 'tei' ? 'TEI' : 'Triton'} at ${new URL(remote.url).origin})`,
      };
    }
    const teacher = await loadTeacher({
      ...(model !== undefined && { model }),
      device: flags.device,
      ...(flags.offline && { allowRemoteModels: false }),
      // The teacher's CPU warning speaks of its option; on the command line it is the flag.
      onWarning: (message) => terminal.note(`piiguard: ${message.replace(/device: 'cpu'/g, '--device cpu')}`),
    });
    return { classifier: teacher, description: `the teacher (${teacher.model}, on ${teacher.device})` };
  } catch (error) {
    const why = isPiiguardError(error) || error instanceof Error ? error.message : 'unknown error';
    throw new CliError(
      `the teacher ${model ?? '(its default model)'} cannot be loaded: ${why}`,
      EXIT.classifierUnavailable,
      { cause: error },
    );
  }
}
