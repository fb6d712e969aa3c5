import type { FileHandle } from 'node:fs/promises';

/**
 * Bytes whose length is known now but which are produced only while the message is written, so a
 * model's weights stream from the source files to the output one tensor at a time instead of being
 * assembled into one multi-gigabyte buffer.
 */
export interface Payload {
  readonly length: number;
  chunks(): AsyncIterable<Uint8Array>;
}

type Part = Uint8Array | Payload;

const WIRE_VARINT = 0;
const WIRE_BYTES = 2;
const WIRE_FIXED32 = 5;
const encoder = new TextEncoder();

function varint(value: number | bigint): Uint8Array {
  // Negative int64 values are written as their 64-bit two's complement, as protobuf requires.
  let v = BigInt.asUintN(64, BigInt(value));
  const bytes: number[] = [];
  while (v >= 0x80n) {
    bytes.push(Number(v & 0x7fn) | 0x80);
    v >>= 7n;
  }
  bytes.push(Number(v));
  return Uint8Array.from(bytes);
}

/**
 * A protobuf message being encoded (the wire format only: the caller supplies field numbers). Only
 * what the ONNX writer needs: varints, floats, strings, bytes, nested messages and payloads.
 */
export class Message {
  readonly parts: Part[] = [];
  length = 0;

  private push(part: Part): void {
    this.parts.push(part);
    this.length += part.length;
  }

  private tag(field: number, wire: number): void {
    this.push(varint((field << 3) | wire));
  }

  int(field: number, value: number | bigint): this {
    this.tag(field, WIRE_VARINT);
    this.push(varint(value));
    return this;
  }

  /** Repeated integers, one tag each (proto2's unpacked encoding, which every parser reads). */
  ints(field: number, values: readonly (number | bigint)[]): this {
    for (const value of values) this.int(field, value);
    return this;
  }

  float(field: number, value: number): this {
    this.tag(field, WIRE_FIXED32);
    const bytes = new Uint8Array(4);
    new DataView(bytes.buffer).setFloat32(0, value, true);
    this.push(bytes);
    return this;
  }

  bytes(field: number, value: Uint8Array): this {
    this.tag(field, WIRE_BYTES);
    this.push(varint(value.length));
    this.push(value);
    return this;
  }

  string(field: number, value: string): this {
    return this.bytes(field, encoder.encode(value));
  }

  message(field: number, value: Message): this {
    this.tag(field, WIRE_BYTES);
    this.push(varint(value.length));
    for (const part of value.parts) this.push(part);
    return this;
  }

  payload(field: number, value: Payload): this {
    this.tag(field, WIRE_BYTES);
    this.push(varint(value.length));
    this.push(value);
    return this;
  }
}

/** Writes whatever a writer receives to `file` sequentially, coalescing small parts into 1 MiB writes. */
export class SequentialWriter {
  private readonly buffer = Buffer.allocUnsafe(1 << 20);
  private used = 0;
  private flushed = 0;

  constructor(private readonly file: FileHandle) {}

  async write(bytes: Uint8Array): Promise<void> {
    if (bytes.length >= this.buffer.length) {
      await this.flush();
      await this.writeFully(bytes);
      return;
    }
    if (this.used + bytes.length > this.buffer.length) await this.flush();
    this.buffer.set(bytes, this.used);
    this.used += bytes.length;
  }

  async flush(): Promise<void> {
    if (this.used === 0) return;
    await this.writeFully(this.buffer.subarray(0, this.used));
    this.used = 0;
  }

  private async writeFully(bytes: Uint8Array): Promise<void> {
    let offset = 0;
    while (offset < bytes.length) {
      const { bytesWritten } = await this.file.write(bytes, offset, bytes.length - offset);
      offset += bytesWritten;
    }
    this.flushed += bytes.length;
  }

  /** Bytes written so far, buffered ones included: the offset the next write lands at. */
  get position(): number {
    return this.flushed + this.used;
  }
}

/** Produces a payload into `out`, checking that it produced its declared length. */
export async function writePayload(payload: Payload, out: SequentialWriter): Promise<void> {
  let produced = 0;
  for await (const chunk of payload.chunks()) {
    produced += chunk.length;
    await out.write(chunk);
  }
  if (produced !== payload.length) {
    throw new Error(`a tensor produced ${produced} bytes instead of ${payload.length}`);
  }
}

/** Writes an encoded message, producing its payloads in order. */
export async function writeMessage(message: Message, out: SequentialWriter): Promise<void> {
  for (const part of message.parts) {
    if (part instanceof Uint8Array) await out.write(part);
    else await writePayload(part, out);
  }
  await out.flush();
}
