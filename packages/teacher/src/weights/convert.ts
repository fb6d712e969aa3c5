import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { ModelLoadError } from '@piiguard/sdk';
import { sha256File } from '../hub/hash.js';
import { removeStaleTemps, tempPath } from '../hub/temp.js';
import { INLINE_LIMIT_BYTES } from './onnx.js';
import { readTensors, SafetensorsFormatError } from './safetensors.js';
import { buildXlmRobertaGraph, readDims } from './xlm-roberta.js';

/**
 * Bumped whenever the graph the converter writes changes, so graphs written by an older converter
 * are not reused.
 */
const CONVERTER_VERSION = 1;
const MANIFEST = 'piiguard-conversion.json';

export interface ConversionSource {
  /** `config.json` of the model. */
  readonly configPath: string;
  /** `model.safetensors`, or every shard an index lists. */
  readonly weightFiles: readonly string[];
}

export interface ConversionOptions {
  /** Root of piiguard's converted graphs: `<assetsDir>/piiguard/onnx/<key>/`. */
  readonly assetsDir: string;
  /** Weights larger than this many bytes go to `model.onnx_data` (tests lower it). */
  readonly inlineLimitBytes?: number;
}

interface Manifest {
  readonly converter: number;
  readonly files: Record<string, number>;
}

const inFlight = new Map<string, Promise<string>>();

/**
 * The ONNX graph of a safetensors checkpoint: built once per weights (the key hashes the converter
 * version, `config.json` and every weight file's sha256), written into a temporary folder that is
 * renamed into place when complete, and reused by every later load. Returns the `model.onnx` path.
 */
export async function convertedModel(source: ConversionSource, options: ConversionOptions): Promise<string> {
  const configBytes = await readFile(source.configPath);
  let config: unknown;
  try {
    config = JSON.parse(configBytes.toString('utf8'));
  } catch {
    throw new ModelLoadError(`Cannot convert the weights: ${source.configPath} is not JSON.`);
  }
  const dims = readDims(config);
  if (typeof dims === 'string') throw new ModelLoadError(`Cannot convert the safetensors weights: ${dims}.`);
  const weights = [];
  for (const file of source.weightFiles) weights.push([basename(file), await sha256File(file)]);
  const key = createHash('sha256')
    .update(JSON.stringify({ converter: CONVERTER_VERSION, config: sha256(configBytes), weights }))
    .digest('hex');
  const root = join(options.assetsDir, 'piiguard', 'onnx');
  const dir = join(root, key);
  let pending = inFlight.get(dir);
  if (!pending) {
    pending = (async () => {
      if (await complete(dir)) return join(dir, 'model.onnx');
      await mkdir(root, { recursive: true });
      await removeStaleTemps(root);
      await write(source, dims, dir, options.inlineLimitBytes ?? INLINE_LIMIT_BYTES);
      return join(dir, 'model.onnx');
    })().finally(() => inFlight.delete(dir));
    inFlight.set(dir, pending);
  }
  return pending;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Whether `dir` holds a finished conversion whose files have the sizes its manifest records. */
async function complete(dir: string): Promise<boolean> {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await readFile(join(dir, MANIFEST), 'utf8')) as Manifest;
  } catch {
    return false;
  }
  for (const [name, size] of Object.entries(manifest.files ?? {})) {
    const actual = await stat(join(dir, name)).then(
      (s) => s.size,
      () => -1,
    );
    if (actual !== size) {
      // Damaged after it was written: convert again rather than hand onnxruntime a broken graph.
      await rm(dir, { recursive: true, force: true });
      return false;
    }
  }
  return manifest.converter === CONVERTER_VERSION;
}

async function write(
  source: ConversionSource,
  dims: Exclude<ReturnType<typeof readDims>, string>,
  dir: string,
  inlineLimit: number,
): Promise<void> {
  let built: ReturnType<typeof buildXlmRobertaGraph>;
  try {
    built = buildXlmRobertaGraph(await readTensors(source.weightFiles), dims);
  } catch (error) {
    const why =
      error instanceof SafetensorsFormatError || error instanceof Error ? error.message : String(error);
    throw new ModelLoadError(`Cannot convert the safetensors weights: ${why}.`, { cause: error });
  }
  const temp = tempPath(dir);
  await mkdir(temp);
  try {
    const files = await built.graph.write(
      temp,
      { inputs: ['input_ids', 'attention_mask'], numLabels: built.numLabels },
      built.graph.weightBytes > inlineLimit,
    );
    const sizes: Record<string, number> = {};
    for (const name of files) sizes[name] = (await stat(join(temp, name))).size;
    const manifest: Manifest = { converter: CONVERTER_VERSION, files: sizes };
    await writeFile(join(temp, MANIFEST), JSON.stringify(manifest));
    try {
      await rename(temp, dir);
    } catch (error) {
      // Another process finished the same conversion first: its result is as good as ours.
      if (!(await complete(dir))) throw error;
      await rm(temp, { recursive: true, force: true });
    }
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    if (error instanceof ModelLoadError) throw error;
    throw new ModelLoadError(
      `Cannot write the converted ONNX graph into ${dir}: ${(error as Error).message}. Nothing was kept.`,
      { cause: error },
    );
  }
}
