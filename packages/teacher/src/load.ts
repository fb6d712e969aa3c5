import { existsSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { ConfigurationError, ModelLoadError } from '@piiguard/sdk';
import { downloadFile, type HubRepo } from './hub.js';
import type { ResolvedTeacherOptions, TeacherDtype } from './options.js';

/** The files of one model, all in one folder (Hugging Face layout). */
export interface ModelFiles {
  /** Folder holding `config.json`, `tokenizer.json` and `tokenizer_config.json`. */
  readonly folder: string;
  /** The ONNX graph; external data (`<name>_data`), if any, sits next to it. */
  readonly modelPath: string;
  readonly configPath: string;
}

const ONNX_NAMES: Record<TeacherDtype, string> = {
  fp32: 'model.onnx',
  fp16: 'model_fp16.onnx',
  q8: 'model_quantized.onnx',
};
const SIDE_FILES = ['config.json', 'tokenizer.json', 'tokenizer_config.json'] as const;
const MODEL_ID = /^(?:[\w.-]+\/)?[\w.-]{1,96}$/;
const REVISION = /^[\w.\-/]{1,256}$/;

/** Where the ONNX file may sit: `onnx/<name>` (Optimum / transformers.js layout) or the root. */
function modelCandidates(dtype: TeacherDtype): string[] {
  return [`onnx/${ONNX_NAMES[dtype]}`, ONNX_NAMES[dtype]];
}

/** A string that names an existing folder, or is written as a path, is a folder; anything else a Hub id. */
export function isFolder(model: string): boolean {
  if (/^(?:\/|\.{1,2}[/\\]|~[/\\]?|[A-Za-z]:[/\\])/.test(model) || model.includes('\\')) return true;
  return existsSync(model) && statSync(model).isDirectory();
}

/** The present files of `folder`, or the names of the missing ones. */
function inspect(folder: string, dtype: TeacherDtype): { files?: ModelFiles; missing: string[] } {
  const missing: string[] = SIDE_FILES.filter((file) => !existsSync(join(folder, file)));
  const model = modelCandidates(dtype).find((file) => existsSync(join(folder, file)));
  if (model === undefined) missing.push(modelCandidates(dtype).join(' or '));
  if (missing.length > 0) return { missing };
  return {
    files: { folder, modelPath: join(folder, model!), configPath: join(folder, 'config.json') },
    missing,
  };
}

/** The cache folder of one (model, revision). */
export function cacheFolder(
  options: Pick<ResolvedTeacherOptions, 'cacheDir' | 'model' | 'revision'>,
): string {
  return join(options.cacheDir, options.model.replace('/', '--'), encodeURIComponent(options.revision));
}

const downloads = new Map<string, Promise<ModelFiles>>();

/**
 * Finds the model's files: an explicit folder as is; a Hub id from the cache when complete there;
 * otherwise downloaded into the cache when `allowRemoteModels` allows.
 */
export async function resolveModelFiles(options: ResolvedTeacherOptions): Promise<ModelFiles> {
  const { model, dtype } = options;
  if (isFolder(model)) {
    const folder = resolve(model.replace(/^~(?=$|[/\\])/, homedir()));
    if (!existsSync(folder)) throw new ModelLoadError(`The model folder ${folder} does not exist.`);
    const { files, missing } = inspect(folder, dtype);
    if (files) return files;
    throw new ModelLoadError(`The model folder ${folder} lacks ${missing.join(', ')}.`);
  }
  // Impossible ids and revisions are option errors, found before any network access.
  if (!MODEL_ID.test(model) || model.includes('..') || model.includes('--')) {
    throw new ConfigurationError(
      'Option `model` is neither an existing folder nor a valid Hub model id (owner/name: letters, digits, - _ .).',
      'model',
    );
  }
  if (!REVISION.test(options.revision) || options.revision.includes('..')) {
    throw new ConfigurationError(
      'Option `revision` is not a valid revision (a branch, tag or commit hash).',
      'revision',
    );
  }
  const folder = cacheFolder(options);
  const cached = inspect(folder, dtype);
  if (cached.files) return cached.files;
  if (!options.allowRemoteModels) {
    throw new ModelLoadError(
      `Offline (allowRemoteModels is false, or PIIGUARD_OFFLINE / HF_HUB_OFFLINE is set) and ${model}@${options.revision} ` +
        `is not in the cache ${folder}: missing ${cached.missing.join(', ')}. Load it once online, or pass a local folder.`,
    );
  }
  const key = `${folder}\0${dtype}\0${options.hubURL}`;
  let download = downloads.get(key);
  if (!download) {
    download = fetchModel(options, folder).finally(() => downloads.delete(key));
    downloads.set(key, download);
  }
  return download;
}

/**
 * Downloads side files first, then each candidate's external data before its graph: the graph
 * appears last, so a graph in the cache means everything it needs is there too.
 */
async function fetchModel(options: ResolvedTeacherOptions, folder: string): Promise<ModelFiles> {
  const repo: HubRepo = options;
  for (const file of SIDE_FILES) {
    if (existsSync(join(folder, file))) continue;
    if (!(await downloadFile(repo, file, join(folder, file)))) {
      throw new ModelLoadError(`${options.model}@${options.revision} has no ${file} on ${options.hubURL}.`);
    }
  }
  for (const candidate of modelCandidates(options.dtype)) {
    const data = `${candidate}_data`;
    const hasData = await downloadFile(repo, data, join(folder, data));
    if (await downloadFile(repo, candidate, join(folder, candidate))) {
      return { folder, modelPath: join(folder, candidate), configPath: join(folder, 'config.json') };
    }
    if (hasData) await rm(join(folder, data), { force: true });
  }
  throw new ModelLoadError(
    `${options.model}@${options.revision} has no ${modelCandidates(options.dtype).join(' or ')} on ${options.hubURL} ` +
      `(dtype '${options.dtype}').`,
  );
}
