import { existsSync, statSync } from 'node:fs';
import { lstat, readFile, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { ConfigurationError, ModelLoadError } from '@piiguard/sdk';
import { downloadFile, fileExists } from './hub/download.js';
import { COMMIT, RepoCache } from './hub/layout.js';
import { type HubRepo, HubUnreachableError, requestFile } from './hub/request.js';
import { contentProblem, hashMismatch } from './hub/verify.js';
import type { ResolvedTeacherOptions, TeacherDtype } from './options.js';
import { convertedModel } from './weights/convert.js';
import { SAFETENSORS, SAFETENSORS_INDEX, SafetensorsFormatError, shardNames } from './weights/safetensors.js';

/** What the client side of a teacher reads: the model's configuration and tokenizer. */
export interface SideFiles {
  /** Folder holding `config.json`, `tokenizer.json` and `tokenizer_config.json`. */
  readonly folder: string;
  readonly configPath: string;
}

/** The files of one model (Hugging Face layout). */
export interface ModelFiles extends SideFiles {
  /** The ONNX graph (the folder's, or one converted from its safetensors); external data sits next to it. */
  readonly modelPath: string;
}

const ONNX_NAMES: Record<TeacherDtype, string> = {
  fp32: 'model.onnx',
  fp16: 'model_fp16.onnx',
  q8: 'model_quantized.onnx',
};
const SIDE_FILES = ['config.json', 'tokenizer.json', 'tokenizer_config.json'] as const;
const PICKLES = ['pytorch_model.bin', 'pytorch_model.bin.index.json'];
const MODEL_ID = /^(?:[\w.-]+\/)?[\w.-]{1,96}$/;
const REVISION = /^[\w.\-/]{1,256}$/;

/** Where the ONNX file may sit: `onnx/<name>` (Optimum / transformers.js layout) or the root. */
function onnxCandidates(dtype: TeacherDtype): string[] {
  return [`onnx/${ONNX_NAMES[dtype]}`, ONNX_NAMES[dtype]];
}

/** What a load looks for as weights, for messages: the dtype's ONNX file, and for fp32 safetensors. */
function weightNames(dtype: TeacherDtype): string {
  const names = onnxCandidates(dtype).join(' or ');
  return dtype === 'fp32' ? `${names} or ${SAFETENSORS} (or ${SAFETENSORS_INDEX} and its shards)` : names;
}

/** Weights found in a folder: an ONNX graph, or safetensors to convert (all paths relative). */
type Weights = { readonly onnx: string } | { readonly safetensors: readonly string[] };

/** A string that names an existing folder, or is written as a path, is a folder; anything else a Hub id. */
export function isFolder(model: string): boolean {
  if (/^(?:\/|\.{1,2}[/\\]|~[/\\]?|[A-Za-z]:[/\\])/.test(model) || model.includes('\\')) return true;
  return existsSync(model) && statSync(model).isDirectory();
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/**
 * The weights in `dir` for `dtype`: the dtype's ONNX graph; else, for `fp32`, `model.safetensors` or a
 * complete set of shards (converted to ONNX on load). `present` decides whether a file is there.
 */
async function findWeights(
  dtype: TeacherDtype,
  present: (file: string) => Promise<boolean>,
  read: (file: string) => Promise<string>,
): Promise<Weights | undefined> {
  for (const candidate of onnxCandidates(dtype)) if (await present(candidate)) return { onnx: candidate };
  if (dtype !== 'fp32') return undefined;
  if (await present(SAFETENSORS)) return { safetensors: [SAFETENSORS] };
  if (!(await present(SAFETENSORS_INDEX))) return undefined;
  const shards = shardNames(await read(SAFETENSORS_INDEX));
  for (const shard of shards) if (!(await present(shard))) return undefined;
  return { safetensors: shards };
}

/** Why `pytorch_model.bin` is never loaded, and what to do instead. */
function pickleError(where: string): ModelLoadError {
  return new ModelLoadError(
    `${where} has only PyTorch pickle weights (pytorch_model.bin), which piiguard never loads: unpickling runs ` +
      'code from the file. Use a revision with model.safetensors (save_pretrained(..., safe_serialization=True) ' +
      'writes one; the Hub\'s "Convert to safetensors" space opens a pull request with it), or an ONNX export.',
  );
}

/** The files to hand the worker: an ONNX graph as is, safetensors converted (once) into the assets cache. */
async function modelFiles(
  folder: string,
  weights: Weights,
  options: ResolvedTeacherOptions,
): Promise<ModelFiles> {
  const configPath = join(folder, 'config.json');
  if ('onnx' in weights) return { folder, modelPath: join(folder, weights.onnx), configPath };
  const modelPath = await convertedModel(
    { configPath, weightFiles: weights.safetensors.map((file) => join(folder, file)) },
    { assetsDir: options.assetsDir },
  );
  return { folder, modelPath, configPath };
}

const downloads = new Map<string, Promise<SideFiles>>();

/**
 * Finds the model's files: an explicit folder as is; a Hub id from the shared Hugging Face cache
 * when it is complete and verified there (with no request for a commit, one to re-check a branch or
 * tag); otherwise downloaded into that cache when `allowRemoteModels` allows. Safetensors weights
 * without an ONNX graph for the dtype are converted.
 */
export function resolveModelFiles(options: ResolvedTeacherOptions): Promise<ModelFiles> {
  return resolveFiles(options, true) as Promise<ModelFiles>;
}

/**
 * Finds only what a remote teacher needs on the client: `config.json` and the tokenizer files, from
 * a folder, the cache or the Hub, exactly as `resolveModelFiles` does but without the weights.
 */
export function resolveSideFiles(options: ResolvedTeacherOptions): Promise<SideFiles> {
  return resolveFiles(options, false);
}

async function resolveFiles(options: ResolvedTeacherOptions, withWeights: boolean): Promise<SideFiles> {
  const { model, dtype } = options;
  if (isFolder(model)) {
    return folderFiles(resolve(model.replace(/^~(?=$|[/\\])/, homedir())), options, withWeights);
  }
  // Impossible ids and revisions are option errors, found before any network access.
  if (!MODEL_ID.test(model) || model.includes('..') || model.includes('--')) {
    throw new ConfigurationError(
      'Option `model` is neither an existing folder nor a valid Hub model id (owner/name: letters, digits, - _ .).',
      'model',
    );
  }
  if (
    !REVISION.test(options.revision) ||
    options.revision.split('/').some((part) => part === '' || /^\.+$/.test(part))
  ) {
    throw new ConfigurationError(
      'Option `revision` is not a valid revision (a branch, tag or commit hash).',
      'revision',
    );
  }
  const key = JSON.stringify([
    options.cacheDir,
    model,
    options.revision,
    withWeights ? dtype : 'no-weights',
    options.hubURL,
    options.allowRemoteModels,
  ]);
  let download = downloads.get(key);
  if (!download) {
    download = hubFiles(options, withWeights).finally(() => downloads.delete(key));
    downloads.set(key, download);
  }
  return download;
}

async function folderFiles(
  folder: string,
  options: ResolvedTeacherOptions,
  withWeights: boolean,
): Promise<SideFiles> {
  if (!existsSync(folder)) throw new ModelLoadError(`The model folder ${folder} does not exist.`);
  const missing: string[] = SIDE_FILES.filter((file) => !existsSync(join(folder, file)));
  if (!withWeights) {
    if (missing.length > 0)
      throw new ModelLoadError(`The model folder ${folder} lacks ${missing.join(', ')}.`);
    return { folder, configPath: join(folder, 'config.json') };
  }
  let weights: Weights | undefined;
  try {
    weights = await findWeights(
      options.dtype,
      (file) => exists(join(folder, file)),
      (file) => readFile(join(folder, file), 'utf8'),
    );
  } catch (error) {
    throw new ModelLoadError(
      `The model folder ${folder} has a broken ${SAFETENSORS_INDEX}: ${(error as Error).message}.`,
    );
  }
  if (weights === undefined) {
    for (const pickle of PICKLES) {
      if (missing.length === 0 && existsSync(join(folder, pickle)))
        throw pickleError(`The model folder ${folder}`);
    }
    missing.push(weightNames(options.dtype));
  }
  if (missing.length > 0) throw new ModelLoadError(`The model folder ${folder} lacks ${missing.join(', ')}.`);
  return modelFiles(folder, weights!, options);
}

function offlineHint(options: ResolvedTeacherOptions): string {
  return `Offline (allowRemoteModels is false, or PIIGUARD_OFFLINE / HF_HUB_OFFLINE is set) and ${options.model}@${options.revision}`;
}

async function hubFiles(options: ResolvedTeacherOptions, withWeights: boolean): Promise<SideFiles> {
  const cache = new RepoCache(options.cacheDir, options.model);
  const repo: HubRepo = options;
  const online = options.allowRemoteModels;
  const { revision } = options;
  let commit: string | undefined = COMMIT.test(revision) ? revision : undefined;
  if (commit === undefined && online) {
    // A branch or tag moves: ask the Hub where it points now (one HEAD), and fall back to the
    // commit refs/ remembers only when the Hub cannot be reached at all.
    try {
      const answer = await requestFile(repo, revision, 'config.json', 'HEAD');
      if (!answer.found)
        throw new ModelLoadError(`${options.model}@${revision} has no config.json on ${options.hubURL}.`);
      commit = answer.info.commit;
    } catch (error) {
      const remembered = error instanceof HubUnreachableError ? await cache.readRef(revision) : undefined;
      if (remembered === undefined) throw error;
      commit = remembered;
      try {
        options.onWarning(
          `The Hub could not be reached to re-check ${options.model}@${revision}; using the cached commit ${remembered}.`,
        );
      } catch {
        // As for the CPU warning: a throwing warning handler must not fail a load that works.
      }
    }
  }
  if (commit === undefined) {
    commit = await cache.readRef(revision);
    if (commit === undefined) {
      throw new ModelLoadError(
        `${offlineHint(options)} was never fetched into the cache ${cache.root} (no refs/${revision}). ` +
          'Load it once online, or pass a local folder.',
      );
    }
  }
  const snapshot = new Snapshot(cache, repo, commit, online, options);
  const missing: string[] = [];
  for (const file of SIDE_FILES) {
    if (await snapshot.ensure(file)) continue;
    if (online) throw new ModelLoadError(`${options.model}@${revision} has no ${file} on ${options.hubURL}.`);
    missing.push(file);
  }
  if (!withWeights) {
    if (missing.length > 0) {
      throw new ModelLoadError(
        `${offlineHint(options)} is not complete in the cache ${cache.root} (commit ${commit}): missing ${missing.join(', ')}. ` +
          'Load it once online, or pass a local folder.',
      );
    }
    if (!COMMIT.test(revision) && (await cache.readRef(revision)) !== commit)
      await cache.writeRef(revision, commit);
    return { folder: cache.snapshot(commit), configPath: join(cache.snapshot(commit), 'config.json') };
  }
  let weights = await snapshot.cachedWeights();
  if (weights === undefined && online) weights = await snapshot.fetchWeights();
  if (weights === undefined) {
    missing.push(weightNames(options.dtype));
    throw new ModelLoadError(
      `${offlineHint(options)} is not complete in the cache ${cache.root} (commit ${commit}): missing ${missing.join(', ')}. ` +
        'Load it once online, or pass a local folder.',
    );
  }
  if (!COMMIT.test(revision) && (await cache.readRef(revision)) !== commit)
    await cache.writeRef(revision, commit);
  return modelFiles(cache.snapshot(commit), weights, options);
}

/** One commit's snapshot folder: what it holds (verified), and fetching what it lacks. */
class Snapshot {
  constructor(
    private readonly cache: RepoCache,
    private readonly repo: HubRepo,
    private readonly commit: string,
    private readonly online: boolean,
    private readonly options: ResolvedTeacherOptions,
  ) {}

  private path(file: string): string {
    return join(this.cache.snapshot(this.commit), file);
  }

  /**
   * Whether the snapshot holds `file` and it passes verification: the blob it links to matches the
   * hash it is named by, JSON parses, a safetensors header fits. A failing entry is removed when
   * online (so it is fetched again) and reported when offline.
   */
  async present(file: string): Promise<boolean> {
    const pointer = this.path(file);
    const linked = await lstat(pointer).then(
      () => true,
      () => false,
    );
    if (!linked || !(await exists(pointer))) return false;
    const blob = await this.cache.blobOf(pointer);
    // A blob is named by the Hub's ETag: a hash its bytes must still match.
    const etag = blob !== undefined && dirname(blob) === this.cache.blobs ? basename(blob) : undefined;
    const problem =
      (etag ? await hashMismatch(pointer, etag) : undefined) ?? (await contentProblem(file, pointer));
    if (problem === undefined) return true;
    if (!this.online) {
      throw new ModelLoadError(
        `The cached ${file} of ${this.options.model} (commit ${this.commit}) failed verification: ${problem}. ` +
          `Load once online to fetch it again, or delete ${pointer}.`,
      );
    }
    await this.cache.forget(pointer);
    return false;
  }

  /** `present`, else downloaded when online; `false` when the repo lacks it or offline. */
  async ensure(file: string): Promise<boolean> {
    if (await this.present(file)) return true;
    if (!this.online) return false;
    if (await this.cache.knownMissing(this.commit, file)) return false;
    return (await downloadFile(this.repo, this.cache, this.commit, file)) !== undefined;
  }

  async cachedWeights(): Promise<Weights | undefined> {
    return this.weights((file) => this.present(file));
  }

  /**
   * Fetches the weights: each ONNX candidate's external data before its graph (so a graph in the
   * cache means what it needs is there), then for fp32 the safetensors. A repo with only
   * `pytorch_model.bin` is refused by name.
   */
  async fetchWeights(): Promise<Weights | undefined> {
    for (const candidate of onnxCandidates(this.options.dtype)) {
      if (await this.cache.knownMissing(this.commit, candidate)) continue;
      await this.ensure(`${candidate}_data`);
      if (await this.ensure(candidate)) return { onnx: candidate };
    }
    const weights = await this.weights((file) => this.ensure(file));
    if (weights) return weights;
    for (const pickle of PICKLES) {
      if (await fileExists(this.repo, this.commit, pickle))
        throw pickleError(`${this.options.model}@${this.options.revision}`);
    }
    throw new ModelLoadError(
      `${this.options.model}@${this.options.revision} has no ${weightNames(this.options.dtype)} on ${this.options.hubURL}` +
        (this.options.dtype === 'fp32'
          ? '.'
          : ` (dtype '${this.options.dtype}'; safetensors weights convert to an fp32 graph: use dtype 'fp32').`),
    );
  }

  private async weights(present: (file: string) => Promise<boolean>): Promise<Weights | undefined> {
    try {
      return await findWeights(this.options.dtype, present, (file) => readFile(this.path(file), 'utf8'));
    } catch (error) {
      if (!(error instanceof SafetensorsFormatError)) throw error;
      throw new ModelLoadError(`${this.options.model}@${this.commit}: ${error.message}.`);
    }
  }
}
