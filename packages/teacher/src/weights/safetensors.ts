import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';

/** Bytes per element of every dtype the safetensors format defines. */
const DTYPE_BYTES: Record<string, number> = {
  F64: 8,
  F32: 4,
  F16: 2,
  BF16: 2,
  F8_E4M3: 1,
  F8_E5M2: 1,
  I64: 8,
  I32: 4,
  I16: 2,
  I8: 1,
  U64: 8,
  U32: 4,
  U16: 2,
  U8: 1,
  BOOL: 1,
};

/** The float dtypes the converter reads (exactly representable in float32). */
export const FLOAT_DTYPES: readonly string[] = ['F32', 'F16', 'BF16'];

/** One tensor of a safetensors file: where its bytes are and what they are. */
export interface TensorEntry {
  readonly name: string;
  readonly dtype: string;
  readonly shape: readonly number[];
  /** The file holding it. */
  readonly file: string;
  /** Absolute byte offset of its data in `file`. */
  readonly offset: number;
  readonly byteLength: number;
}

/** Largest header accepted (the format's own reference implementation caps it at 100 MB). */
const MAX_HEADER_BYTES = 100_000_000;

/** A file that is not a valid safetensors file; the message says what is wrong. */
export class SafetensorsFormatError extends Error {
  override readonly name = 'SafetensorsFormatError';
}

/**
 * Reads and checks a safetensors header: an 8-byte little-endian length, a JSON object of
 * `{ dtype, shape, data_offsets }` entries, and a data buffer that the entries index exactly
 * (no gap, no overlap, nothing past the end). A truncated or padded file fails here.
 */
export async function readSafetensorsHeader(file: string): Promise<TensorEntry[]> {
  const size = (await stat(file)).size;
  const fail = (why: string): never => {
    throw new SafetensorsFormatError(`${basename(file)} is not a valid safetensors file: ${why}`);
  };
  if (size < 8) fail('shorter than its 8-byte header length');
  const handle = await open(file, 'r');
  let header: unknown;
  let headerLength = 0;
  try {
    const prefix = Buffer.alloc(8);
    await handle.read(prefix, 0, 8, 0);
    const declared = prefix.readBigUInt64LE(0);
    if (declared > BigInt(Math.min(MAX_HEADER_BYTES, size - 8))) fail('its header length runs past the file');
    headerLength = Number(declared);
    const text = Buffer.alloc(headerLength);
    await handle.read(text, 0, headerLength, 8);
    try {
      header = JSON.parse(text.toString('utf8'));
    } catch {
      fail('its header is not JSON');
    }
  } finally {
    await handle.close();
  }
  if (typeof header !== 'object' || header === null || Array.isArray(header))
    fail('its header is not an object');
  const base = 8 + headerLength;
  const entries: TensorEntry[] = [];
  for (const [name, value] of Object.entries(header as Record<string, unknown>)) {
    if (name === '__metadata__') continue;
    const { dtype, shape, data_offsets: offsets } = (value ?? {}) as Record<string, unknown>;
    const elementBytes = typeof dtype === 'string' ? DTYPE_BYTES[dtype] : undefined;
    if (elementBytes === undefined) fail(`tensor ${name} has an unknown dtype`);
    const isCount = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0;
    if (!Array.isArray(shape) || !shape.every(isCount)) fail(`tensor ${name} has an invalid shape`);
    const [begin, end] = (Array.isArray(offsets) ? offsets : []) as number[];
    if (!Array.isArray(offsets) || offsets.length !== 2 || !isCount(begin) || !isCount(end) || begin > end) {
      fail(`tensor ${name} has invalid data_offsets`);
    }
    const elements = (shape as number[]).reduce((a, b) => a * b, 1);
    if (end! - begin! !== elements * elementBytes!)
      fail(`tensor ${name}'s byte range does not match its shape`);
    entries.push({
      name,
      dtype: dtype as string,
      shape: shape as number[],
      file,
      offset: base + begin!,
      byteLength: end! - begin!,
    });
  }
  const sorted = [...entries].sort((a, b) => a.offset - b.offset);
  let at = base;
  for (const entry of sorted) {
    if (entry.offset !== at) fail('its tensors leave a gap or overlap');
    at += entry.byteLength;
  }
  if (at !== size) fail(`its data ends at byte ${at} but the file has ${size} bytes (truncated or padded)`);
  return entries;
}

/** The weight files of a folder: `model.safetensors`, or the shards `model.safetensors.index.json` lists. */
export const SAFETENSORS = 'model.safetensors';
export const SAFETENSORS_INDEX = 'model.safetensors.index.json';
const SHARD_NAME = /^[\w.-]+\.safetensors$/;

/**
 * The shard file names listed by a `model.safetensors.index.json` (its `weight_map` values), checked
 * to be plain file names next to the index, so a hostile index cannot point outside the model folder.
 */
export function shardNames(indexJson: string): string[] {
  let index: unknown;
  try {
    index = JSON.parse(indexJson);
  } catch {
    throw new SafetensorsFormatError(`${SAFETENSORS_INDEX} is not JSON`);
  }
  const map = (index as { weight_map?: unknown } | null)?.weight_map;
  if (typeof map !== 'object' || map === null) {
    throw new SafetensorsFormatError(`${SAFETENSORS_INDEX} has no weight_map`);
  }
  const names = [...new Set(Object.values(map as Record<string, unknown>))];
  if (
    names.length === 0 ||
    !names.every((n) => typeof n === 'string' && SHARD_NAME.test(n) && !n.startsWith('.'))
  ) {
    throw new SafetensorsFormatError(
      `${SAFETENSORS_INDEX} lists shard names that are not plain .safetensors files`,
    );
  }
  return (names as string[]).sort();
}

/** Every tensor of a set of safetensors files, by name; a name in two files is an error. */
export async function readTensors(files: readonly string[]): Promise<Map<string, TensorEntry>> {
  const tensors = new Map<string, TensorEntry>();
  for (const file of files) {
    for (const entry of await readSafetensorsHeader(file)) {
      if (tensors.has(entry.name)) {
        throw new SafetensorsFormatError(`tensor ${entry.name} appears in two shards`);
      }
      tensors.set(entry.name, entry);
    }
  }
  return tensors;
}
