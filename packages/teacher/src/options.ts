import { ConfigurationError, DEFAULT_MAX_CONTEXT_LENGTH, DEFAULT_MAX_TEXT_LENGTH } from '@piiguard/sdk';
import { defaultAssetsCache, defaultHubCache } from './hub/layout.js';
import { mergeCutoffs, resolveProfileOption, type TeacherProfileName } from './profiles/resolve.js';
import type { TeacherCutoffs, TeacherProfile } from './profiles/types.js';
import type { TeacherDevice } from './session.js';
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
  /**
   * The Hugging Face hub cache that Hub downloads go into and are read from (`models--<org>--<name>/`
   * with `blobs/`, `snapshots/`, `refs/`), shared with huggingface_hub, transformers and the `hf` CLI.
   * @default env PIIGUARD_CACHE_DIR, else HF_HUB_CACHE, else `$HF_HOME/hub`, else `~/.cache/huggingface/hub`
   */
  readonly cacheDir?: string;
  /**
   * Where ONNX graphs converted from safetensors weights are kept, under `piiguard/onnx/<hash>/` (the
   * Hugging Face assets cache, meant for files libraries derive from models).
   * @default env HF_ASSETS_CACHE, else `$HF_HOME/assets`, else `~/.cache/huggingface/assets`
   */
  readonly assetsDir?: string;
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
  /**
   * While the teacher is busy (its last batch ended less than this long ago), how long a queued
   * window waits for others before its batch runs anyway, in ms. A call to an idle teacher runs at
   * once, and windows that arrive during a batch run right after it. @default 2
   */
  readonly maxWaitMs?: number;
  /** Most windows waiting to run; texts past it get an `OverloadedError` outcome. @default 4096 */
  readonly maxQueuedWindows?: number;
  /** Tokens shared by consecutive windows of a long text. @default 64 */
  readonly windowOverlap?: number;
  /** Most 512-token windows one text may use; past it the text gets `InvalidInputError('too-many-windows')`. @default 16 */
  readonly maxWindows?: number;
  /**
   * Longest text accepted, in UTF-16 code units, measured before normalisation; longer texts get
   * `InvalidInputError('too-long')` on the calling thread, before any tokenizing (a megabyte costs
   * the worker seconds). The same option, with the same default, as every piiguard classifier.
   * @default 20_000
   */
  readonly maxTextLength?: number;
  /**
   * Most UTF-16 code units a call's `context` may hold (its turns' speakers and texts together),
   * measured before normalisation; past it `InvalidInputError('context-too-long')`. Context over
   * 512 tokens is then cut by the model profile (v2: the oldest tokens first). The same option and
   * default as every piiguard classifier.
   * @default 20_000
   */
  readonly maxContextLength?: number;
  /**
   * The model's shape: `'roblox-v1'`, `'roblox-v2'`, or your own `TeacherProfile` (heads, input
   * format, truncation, cutoffs, label rule). Detected from `config.json` `id2label` when not
   * given (v1: two heads; v2: three); a model whose labels match no profile is refused.
   * @default detected
   */
  readonly profile?: TeacherProfileName | TeacherProfile;
  /**
   * Cutoffs of the profile's label rule, by name, each in [0, 1]; the others keep the profile's
   * defaults. `roblox-v1`: `asking` (0.2), `giving` (0.3), `pii` (0.2691, see `labelFromScores`);
   * `roblox-v2`: `asking` (0.6), `giving` (0.55), `offPlatform` (0.1, see `labelFromV2Scores`). A name
   * the loaded profile has not is a `ConfigurationError` when the model is loaded.
   * @default the profile's own cutoffs (the model card's)
   */
  readonly thresholds?: Readonly<Partial<Record<string, number>>>;
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
  readonly assetsDir: string;
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
  readonly maxContextLength: number;
  /** `undefined`: detected from `config.json`. */
  readonly profile: TeacherProfile | undefined;
  /** Only the cutoffs given; merged with the profile's once it is known. */
  readonly thresholds: TeacherCutoffs;
  readonly onWarning: (message: string) => void;
}

/** The Hub model `loadTeacher` loads when no `model` is given. */
export const DEFAULT_MODEL = 'Roblox/roblox-pii-classifier';

const DTYPES: readonly TeacherDtype[] = ['fp32', 'fp16', 'q8'];
const DEVICES: readonly TeacherDevice[] = ['auto', 'cuda', 'cpu'];

const truthy = (value: string | undefined) => value === '1' || value?.toLowerCase() === 'true';

// Every check names the option and never echoes the value given: it may be a token or a path.
function invalid(option: string, requirement: string): never {
  throw new ConfigurationError(`Option \`${option}\` ${requirement}.`, option);
}

function integer(
  option: string,
  value: number | undefined,
  fallback: number,
  min: number,
  max?: number,
): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min || (max !== undefined && value > max)) {
    invalid(
      option,
      max === undefined ? `must be an integer >= ${min}` : `must be an integer in [${min}, ${max}]`,
    );
  }
  return value;
}

function text(option: string, value: string | undefined, fallback: string): string {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || value.trim() === '') invalid(option, 'must be a non-empty string');
  return value;
}

function oneOf<T extends string>(
  option: string,
  value: T | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if (!allowed.includes(value)) invalid(option, `must be one of ${allowed.map((a) => `'${a}'`).join(', ')}`);
  return value;
}

/** `hubURL`, else env `HF_ENDPOINT`, else the Hub itself; an http(s) URL without trailing slashes. */
function hubURL(option: string | undefined, env: string | undefined): string {
  const value = option ?? (env || 'https://huggingface.co');
  if (typeof value !== 'string' || !/^https?:\/\/[^/]/.test(value)) {
    invalid('hubURL', `${option === undefined ? '(here env HF_ENDPOINT) ' : ''}must be an http(s) URL`);
  }
  return value.replace(/\/+$/, '');
}

function thresholds(value: Readonly<Partial<Record<string, number>>> | undefined): TeacherCutoffs {
  if (value === undefined) return Object.freeze({});
  if (typeof value !== 'object' || value === null) invalid('thresholds', 'must be an object');
  const given: Record<string, number> = {};
  for (const [name, cutoff] of Object.entries(value)) {
    if (cutoff === undefined) continue;
    if (!(typeof cutoff === 'number' && cutoff >= 0 && cutoff <= 1)) {
      invalid(`thresholds.${name}`, 'must be a number in [0, 1]');
    }
    given[name] = cutoff;
  }
  return Object.freeze(given);
}

/**
 * Applies defaults and environment variables once.
 * @throws ConfigurationError naming the option (never its value) for an impossible value.
 */
export function resolveOptions(options: TeacherOptions = {}, env = process.env): ResolvedTeacherOptions {
  const maxWindows = integer('maxWindows', options.maxWindows, 16, 1);
  const maxQueuedWindows = integer('maxQueuedWindows', options.maxQueuedWindows, 4096, 1);
  // A text with maxWindows windows must fit the queue, or it would be refused as overloaded forever.
  if (maxQueuedWindows < maxWindows) invalid('maxQueuedWindows', 'must be at least `maxWindows`');
  if (options.allowRemoteModels !== undefined && typeof options.allowRemoteModels !== 'boolean') {
    invalid('allowRemoteModels', 'must be a boolean');
  }
  if (options.onWarning !== undefined && typeof options.onWarning !== 'function') {
    invalid('onWarning', 'must be a function');
  }
  const profile = resolveProfileOption(options.profile);
  const cutoffs = thresholds(options.thresholds);
  // With the profile known now, a cutoff it does not have is refused before any loading.
  if (profile) mergeCutoffs(profile, cutoffs);
  return Object.freeze({
    model: text('model', options.model, DEFAULT_MODEL),
    revision: text('revision', options.revision, 'main'),
    dtype: oneOf('dtype', options.dtype, DTYPES, 'fp32'),
    device: oneOf('device', options.device, DEVICES, 'auto'),
    cacheDir: text('cacheDir', options.cacheDir, env.PIIGUARD_CACHE_DIR || defaultHubCache(env)),
    assetsDir: text('assetsDir', options.assetsDir, defaultAssetsCache(env)),
    allowRemoteModels:
      options.allowRemoteModels ?? !(truthy(env.PIIGUARD_OFFLINE) || truthy(env.HF_HUB_OFFLINE)),
    hubURL: hubURL(options.hubURL, env.HF_ENDPOINT),
    accessToken:
      options.accessToken === undefined
        ? env.HF_TOKEN || undefined
        : text('accessToken', options.accessToken, ''),
    intraOpNumThreads: integer('intraOpNumThreads', options.intraOpNumThreads, 0, 0, 1024),
    workerNice: integer('workerNice', options.workerNice, 10, 0, 19),
    maxBatchSize: integer('maxBatchSize', options.maxBatchSize, 16, 1, 4096),
    maxBatchTokens: integer('maxBatchTokens', options.maxBatchTokens, 8192, MAX_CONTENT_TOKENS + 2),
    maxWaitMs: integer('maxWaitMs', options.maxWaitMs, 2, 0, 60_000),
    maxQueuedWindows,
    windowOverlap: integer('windowOverlap', options.windowOverlap, 64, 0, MAX_CONTENT_TOKENS - 1),
    maxWindows,
    maxTextLength: integer('maxTextLength', options.maxTextLength, DEFAULT_MAX_TEXT_LENGTH, 1),
    maxContextLength: integer('maxContextLength', options.maxContextLength, DEFAULT_MAX_CONTEXT_LENGTH, 1),
    profile,
    thresholds: cutoffs,
    onWarning:
      options.onWarning ?? ((message: string) => process.emitWarning(message, { code: 'PIIGUARD_TEACHER' })),
  });
}
