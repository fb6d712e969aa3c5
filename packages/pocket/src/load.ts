import { ConfigurationError, DEFAULT_MAX_TEXT_LENGTH, ModelLoadError } from '@piiguard/sdk';
import { decodeTable, PocketModel } from './model.js';
import type { PocketOptions, ResolvedPocketOptions } from './options.js';
import { PocketClassifier } from './pocket-classifier.js';
import builtIn from './weights.generated.json';
import type { PocketWeightsFile } from './weights-file.js';

const DEFAULTS = Object.freeze({ maxTextLength: DEFAULT_MAX_TEXT_LENGTH, yieldEveryMs: 8 });

function resolve(options: PocketOptions): ResolvedPocketOptions {
  const yieldEveryMs = options.yieldEveryMs ?? DEFAULTS.yieldEveryMs;
  if (typeof yieldEveryMs !== 'number' || !Number.isFinite(yieldEveryMs) || yieldEveryMs <= 0) {
    throw new ConfigurationError(
      'Option `yieldEveryMs` must be a finite number of milliseconds > 0.',
      'yieldEveryMs',
    );
  }
  return {
    weights: options.weights ?? (builtIn as PocketWeightsFile),
    maxTextLength: options.maxTextLength ?? DEFAULTS.maxTextLength,
    yieldEveryMs,
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
  const bias = file.bias ?? [0, 0, 0];
  if (
    !Array.isArray(bias) ||
    bias.length !== 3 ||
    !bias.every((b) => typeof b === 'number' && Number.isFinite(b))
  ) {
    throw new ModelLoadError('Pocket weights have a bias that is not three finite numbers');
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
  return new PocketModel(file.id, file.bits, table, file.scale, [bias[0], bias[1], bias[2]]);
}

/**
 * Loads the pocket model: a compact offline classifier that needs no key, network or GPU and runs
 * in Node, browsers and edge runtimes. Resolves to a classifier (kind `pocket`) called like every
 * other: `classify(text)` → one result, `classifyBatch(texts)` → one outcome each.
 * @throws ModelLoadError when `options.weights` is malformed; ConfigurationError (naming the
 *   option) for an impossible `maxTextLength` or `yieldEveryMs`.
 */
export async function loadPocket(options: PocketOptions = {}): Promise<PocketClassifier> {
  const resolved = resolve(options);
  if (options.weights !== undefined) return new PocketClassifier(createModel(resolved.weights), resolved);
  // The built-in table is immutable: decode it once, share it between classifiers.
  builtInModel ??= createModel(resolved.weights);
  return new PocketClassifier(builtInModel, resolved);
}

let builtInModel: PocketModel | undefined;
