import { open } from 'node:fs/promises';
import type { Payload } from './protobuf.js';
import type { TensorEntry } from './safetensors.js';

let halfTable: Float32Array | undefined;

/** Every IEEE half value as float32 (exact: float32 represents them all), built on first use. */
function halves(): Float32Array {
  if (halfTable) return halfTable;
  halfTable = new Float32Array(65_536);
  for (let h = 0; h < 65_536; h++) {
    const sign = h & 0x8000 ? -1 : 1;
    const exponent = (h >> 10) & 0x1f;
    const fraction = h & 0x3ff;
    halfTable[h] =
      exponent === 0
        ? sign * fraction * 2 ** -24
        : exponent === 31
          ? fraction === 0
            ? sign * Number.POSITIVE_INFINITY
            : Number.NaN
          : sign * (1 + fraction / 1024) * 2 ** (exponent - 15);
  }
  return halfTable;
}

/** Little-endian F32, F16 or BF16 bytes as float32 values (a copy: the source may be unaligned). */
function toFloat32(bytes: Uint8Array, dtype: string): Float32Array {
  const aligned = new Uint8Array(bytes.length);
  aligned.set(bytes);
  if (dtype === 'F32') return new Float32Array(aligned.buffer);
  const source = new Uint16Array(aligned.buffer);
  const out = new Float32Array(source.length);
  if (dtype === 'F16') {
    const table = halves();
    for (let i = 0; i < source.length; i++) out[i] = table[source[i]!]!;
    return out;
  }
  if (dtype === 'BF16') {
    // bfloat16 is the top half of a float32.
    const bits = new Uint32Array(out.buffer);
    for (let i = 0; i < source.length; i++) bits[i] = source[i]! << 16;
    return out;
  }
  throw new Error(`unsupported dtype ${dtype}`);
}

/** `[rows, cols]` row-major → `[cols, rows]` row-major, in cache-sized blocks. */
function transpose(source: Float32Array, rows: number, cols: number): Float32Array {
  const out = new Float32Array(source.length);
  const block = 64;
  for (let r0 = 0; r0 < rows; r0 += block) {
    const r1 = Math.min(rows, r0 + block);
    for (let c0 = 0; c0 < cols; c0 += block) {
      const c1 = Math.min(cols, c0 + block);
      for (let r = r0; r < r1; r++) {
        for (let c = c0; c < c1; c++) out[c * rows + r] = source[r * cols + c]!;
      }
    }
  }
  return out;
}

const ELEMENT_BYTES: Record<string, number> = { F32: 4, F16: 2, BF16: 2 };
/** Source bytes read per chunk when a tensor is streamed unchanged (embedding tables reach 1 GB). */
const CHUNK_ELEMENTS = 1 << 22;

async function readRange(file: string, offset: number, length: number): Promise<Uint8Array> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(length);
    let read = 0;
    while (read < length) {
      const { bytesRead } = await handle.read(buffer, read, length - read, offset + read);
      if (bytesRead === 0) throw new Error(`${file} ended while reading a tensor`);
      read += bytesRead;
    }
    return buffer;
  } finally {
    await handle.close();
  }
}

const bytesOf = (values: Float32Array) => new Uint8Array(values.buffer, values.byteOffset, values.byteLength);

/** The tensor as float32, streamed in chunks: what an ONNX initializer of the same shape holds. */
export function float32Payload(entry: TensorEntry): Payload {
  const elementBytes = ELEMENT_BYTES[entry.dtype]!;
  const elements = entry.byteLength / elementBytes;
  return {
    length: elements * 4,
    async *chunks() {
      for (let start = 0; start < elements; start += CHUNK_ELEMENTS) {
        const count = Math.min(CHUNK_ELEMENTS, elements - start);
        const bytes = await readRange(entry.file, entry.offset + start * elementBytes, count * elementBytes);
        yield bytesOf(toFloat32(bytes, entry.dtype));
      }
    },
  };
}

/**
 * A PyTorch `Linear` weight (`[out, in]`) as the `[in, out]` float32 matrix that `MatMul(x, W)` needs,
 * which is how exporters store it. Read whole: the largest is XLM-R-large's 4096 × 1024 (16 MB).
 */
export function transposedPayload(entry: TensorEntry): Payload {
  const [rows, cols] = entry.shape as [number, number];
  return {
    length: rows * cols * 4,
    async *chunks() {
      const source = toFloat32(await readRange(entry.file, entry.offset, entry.byteLength), entry.dtype);
      yield bytesOf(transpose(source, rows, cols));
    },
  };
}
