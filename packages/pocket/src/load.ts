import { ConfigurationError, ModelLoadError } from '@piiguard/sdk';
import { decodeTable, PocketModel, type PocketWeightsFile } from './model.js';
import type { PocketOptions, ResolvedPocketOptions } from './options.js';
import { PocketClassifier } from './pocket-classifier.js';
import builtIn from './weights.generated.json';

const DEFAULTS = Object.freeze({ maxLength: 4_000_000, yieldEveryMs: 8 });

function checkPositive(name: string, value: number): number {
  if (!Number.isFinite(value) || value <= 0) {
    throw new ConfigurationError(`PocketOptions.${name} must be a positive number`, name);
  }
  return value;
}

function resolve(options: PocketOptions): ResolvedPocketOptions {
  return {
    weights: options.weights ?? (builtIn as PocketWeightsFile),
    maxLength: checkPositive('maxLength', options.maxLength ?? DEFAULTS.maxLength),
    yieldEveryMs: checkPositive('yieldEveryMs', options.yieldEveryMs ?? DEFAULTS.yieldEveryMs),
  };
}

/** Decodes and checks a weights file; a wrong shape is a `ModelLoadError`, never a wrong label later. */
export function createModel(file: PocketWeightsFile): PocketModel {
  if (file?.format !== 'piiguard-pocket/1') {
    throw new ModelLoadError('Pocket weights have an unknown format; expected "piiguard-pocket/1"');
  }
  if (!Number.isInteger(file.bits) || file.bits < 8 || file.bits > 24) {
    throw new ModelLoadError(`Pocket weights declare ${file.bits} hash bits; expected an integer in 8..24`);
  }
  if (!(file.scale > 0) || typeof file.id !== 'string') {
    throw new ModelLoadError('Pocket weights need a positive scale and a string id');
  }
  let table: Int8Array;
  try {
    table = decodeTable(file.weights);
  } catch (cause) {
    throw new ModelLoadError('Pocket weights are not valid base64', { cause });
  }
  if (table.length !== (1 << file.bits) * 3) {
    throw new ModelLoadError(`Pocket weights hold ${table.length} values; expected ${(1 << file.bits) * 3}`);
  }
  return new PocketModel(file.id, file.bits, table, file.scale);
}

/**
 * Loads the pocket model: a compact offline classifier that needs no key, network or GPU and runs
 * in Node, browsers and edge runtimes. Resolves to a `Classifier` (kind `pocket`).
 * @throws ModelLoadError when `options.weights` is malformed; ConfigurationError for an impossible option.
 */
export async function loadPocket(options: PocketOptions = {}): Promise<PocketClassifier> {
  const resolved = resolve(options);
  if (options.weights !== undefined) return new PocketClassifier(createModel(resolved.weights), resolved);
  // The built-in table is immutable: decode it once, share it between classifiers.
  builtInModel ??= createModel(resolved.weights);
  return new PocketClassifier(builtInModel, resolved);
}

let builtInModel: PocketModel | undefined;
