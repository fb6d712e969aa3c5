import { homedir } from 'node:os';
import { join } from 'node:path';
import { ModelLoadError } from '@piiguard/sdk';
import type { TeacherDevice } from './session.js';
import { DEFAULT_THRESHOLDS, type TeacherThresholds } from './thresholds.js';
import { MAX_CONTENT_TOKENS } from './windows.js';

/** ONNX weight variant: `onnx/model.onnx`, `onnx/model_fp16.onnx` or `onnx/model_quantized.onnx`. */
export type TeacherDtype = 'fp32' | 'fp16' | 'q8';

/** Options of `loadTeacher`. Every field is optional. */
export interface TeacherOptions {
  /**
   * A local folder in Hugging Face layout (`config.json`, `tokenizer.json`, `tokenizer_config.json`,
   * `onnx/model.onnx` or `model.onnx`), or a Hub model id. A string that names an existing folder, or
   * starts with `/`, `./`, `../` or `~`, is a folder.
   * @default 'Roblox/roblox-pii-classifier'
   */
  readonly model?: string;
  /** Hub revision (branch, tag or commit); pin a commit for reproducible loads. Ignored for folders. @default 'main' */
  readonly revision?: string;
  /** Weight variant to load. @default 'fp32' */
  readonly dtype?: TeacherDtype;
  /** Execution provider: `auto` tries CUDA, then CPU with one warning. @default 'auto' */
  readonly device?: TeacherDevice;
  /** Folder for Hub downloads. @default env PIIGUARD_CACHE_DIR, else `~/.cache/piiguard/models` */
  readonly cacheDir?: string;
  /**
   * Whether a Hub model missing from the cache may be downloaded. With `false` the teacher never
   * touches the network and fails with an error naming the missing files.
   * @default true, unless env PIIGUARD_OFFLINE or HF_HUB_OFFLINE is `1`/`true`
   */
  readonly allowRemoteModels?: boolean;
  /** Hub endpoint; files are fetched from `<hubURL>/<model>/resolve/<revision>/<file>`. @default env HF_ENDPOINT, else 'https://huggingface.co' */
  readonly hubURL?: string;
  /** Hub access token for gated or private models, sent only to `hubURL`. @default env HF_TOKEN */
  readonly accessToken?: string;
  /** Threads onnxruntime uses inside one operator; 0 lets it choose (one per physical core). @default 0 */
  readonly intraOpNumThreads?: number;
  /**
   * Linux only: the nice value (0–19) of the worker thread and the onnxruntime threads it starts, so
   * the host's event loop wins the CPU when cores are busy. 0 keeps the host's priority. Ignored
   * elsewhere (there, priority is per process). @default 10
   */
  readonly workerNice?: number;
  /** Most windows in one `session.run` (16 ran fastest on the large-width fixture on 2 cores). @default 16 */
  readonly maxBatchSize?: number;
  /** Most padded tokens (windows × longest window) in one `session.run`. @default 8192 */
  readonly maxBatchTokens?: number;
  /** How long a queued window waits for others before its batch runs anyway, in ms. @default 2 */
  readonly maxWaitMs?: number;
  /** Most windows waiting to run; texts past it get an `OverloadedError` outcome. @default 4096 */
  readonly maxQueuedWindows?: number;
  /** Tokens shared by consecutive windows of a long text. @default 64 */
  readonly windowOverlap?: number;
  /** Most 512-token windows one text may use; past it the text gets `InvalidInputError('too-many-windows')`. @default 16 */
  readonly maxWindows?: number;
  /**
   * Longest text accepted, in UTF-16 code units; longer texts get `InvalidInputError('too-long')`
   * on the calling thread, before any tokenizing (a megabyte costs the worker seconds). The default
   * is well past what `maxWindows` windows hold (about 5 characters per token).
   * @default 100_000
   */
  readonly maxTextLength?: number;
  /** Cutoffs of the label rule (see `labelFromScores`). @default { asking: 0.2, giving: 0.3, pii: 0.2691 } */
  readonly thresholds?: Partial<TeacherThresholds>;
  /** Receives warnings (the one CPU-fallback warning of `device: 'auto'`). @default process.emitWarning */
  readonly onWarning?: (message: string) => void;
}

/** `TeacherOptions` with every default applied; nothing reads raw options after this. */
export interface ResolvedTeacherOptions {
  readonly model: string;
  readonly revision: string;
  readonly dtype: TeacherDtype;
  readonly device: TeacherDevice;
  readonly cacheDir: string;
  readonly allowRemoteModels: boolean;
  readonly hubURL: string;
  readonly accessToken: string | undefined;
  readonly intraOpNumThreads: number;
  readonly workerNice: number;
  readonly maxBatchSize: number;
  readonly maxBatchTokens: number;
  readonly maxWaitMs: number;
  readonly maxQueuedWindows: number;
  readonly windowOverlap: number;
  readonly maxWindows: number;
  readonly maxTextLength: number;
  readonly thresholds: TeacherThresholds;
  readonly onWarning: (message: string) => void;
}

export const DEFAULT_MODEL = 'Roblox/roblox-pii-classifier';

const DEFAULTS = Object.freeze({
  model: DEFAULT_MODEL,
  revision: 'main',
  dtype: 'fp32',
  device: 'auto',
  intraOpNumThreads: 0,
  workerNice: 10,
  maxBatchSize: 16,
  maxBatchTokens: 8192,
  maxWaitMs: 2,
  maxQueuedWindows: 4096,
  windowOverlap: 64,
  maxWindows: 16,
  maxTextLength: 100_000,
} as const);

const truthy = (value: string | undefined) => value === '1' || value?.toLowerCase() === 'true';

function invalid(message: string): never {
  throw new ModelLoadError(`Invalid teacher option: ${message}.`);
}

function integer(name: string, value: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (!Number.isInteger(value) || value < min || value > max)
    invalid(`${name} must be an integer in [${min}, ${max}]`);
  return value;
}

function hubURL(value: string): string {
  if (!/^https?:\/\/[^/]/.test(value))
    invalid(`hubURL (or HF_ENDPOINT) must be an http(s) URL, got "${value}"`);
  return value.replace(/\/+$/, '');
}

/** Applies defaults and environment variables once; impossible values throw naming the option. */
export function resolveOptions(options: TeacherOptions = {}, env = process.env): ResolvedTeacherOptions {
  const o = {
    ...DEFAULTS,
    ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)),
  };
  if (typeof o.model !== 'string' || o.model.trim() === '')
    invalid('model must be a folder path or a Hub model id');
  if (!['fp32', 'fp16', 'q8'].includes(o.dtype)) invalid("dtype must be 'fp32', 'fp16' or 'q8'");
  if (!['auto', 'cuda', 'cpu'].includes(o.device)) invalid("device must be 'auto', 'cuda' or 'cpu'");
  const thresholds = { ...DEFAULT_THRESHOLDS, ...options.thresholds };
  for (const [name, value] of Object.entries(thresholds)) {
    if (typeof value !== 'number' || !(value >= 0 && value <= 1))
      invalid(`thresholds.${name} must be in [0, 1]`);
  }
  const maxWindows = integer('maxWindows', o.maxWindows, 1);
  const maxQueuedWindows = integer('maxQueuedWindows', o.maxQueuedWindows, 1);
  // A text with maxWindows windows must fit the queue, or it would be refused as overloaded forever.
  if (maxQueuedWindows < maxWindows)
    invalid(`maxQueuedWindows (${maxQueuedWindows}) must be at least maxWindows (${maxWindows})`);
  return Object.freeze({
    model: o.model,
    revision: o.revision,
    dtype: o.dtype,
    device: o.device,
    cacheDir: options.cacheDir ?? env.PIIGUARD_CACHE_DIR ?? join(homedir(), '.cache', 'piiguard', 'models'),
    allowRemoteModels:
      options.allowRemoteModels ?? !(truthy(env.PIIGUARD_OFFLINE) || truthy(env.HF_HUB_OFFLINE)),
    hubURL: hubURL(options.hubURL ?? env.HF_ENDPOINT ?? 'https://huggingface.co'),
    accessToken: options.accessToken ?? env.HF_TOKEN,
    intraOpNumThreads: integer('intraOpNumThreads', o.intraOpNumThreads, 0, 1024),
    workerNice: integer('workerNice', o.workerNice, 0, 19),
    maxBatchSize: integer('maxBatchSize', o.maxBatchSize, 1, 4096),
    maxBatchTokens: integer('maxBatchTokens', o.maxBatchTokens, MAX_CONTENT_TOKENS + 2),
    maxWaitMs: integer('maxWaitMs', o.maxWaitMs, 0, 60_000),
    maxQueuedWindows,
    windowOverlap: integer('windowOverlap', o.windowOverlap, 0, MAX_CONTENT_TOKENS - 1),
    maxWindows,
    maxTextLength: integer('maxTextLength', o.maxTextLength, 1),
    thresholds: Object.freeze(thresholds),
    onWarning:
      options.onWarning ?? ((message: string) => process.emitWarning(message, { code: 'PIIGUARD_TEACHER' })),
  });
}
