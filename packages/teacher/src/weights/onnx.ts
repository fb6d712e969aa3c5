import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { Message, type Payload, SequentialWriter, writeMessage, writePayload } from './protobuf.js';

// Field numbers and enum values from onnx/onnx.proto (IR version 8).
const FLOAT = 1;
const INT64 = 7;
const ATTRIBUTE = { FLOAT: 1, INT: 2, STRING: 3, INTS: 7 } as const;
const DATA_LOCATION_EXTERNAL = 1;
const OPSET = 17;
const IR_VERSION = 8;
/** Tensors at least this large go to the external data file, as `onnx.save_model` does by default. */
const EXTERNAL_MIN_BYTES = 1024;
/** Page-aligned offsets let onnxruntime map the data file instead of copying it. */
const EXTERNAL_ALIGNMENT = 4096;
/** Protobuf messages cannot exceed 2 GiB; past this the weights go to `<model>_data`. */
export const INLINE_LIMIT_BYTES = 2 ** 31 - 64 * 2 ** 20;

/** An integer, a list of integers, a string, or `{ float }` for a float attribute. */
type AttributeValue = number | number[] | string | { float: number };

interface Node {
  readonly op: string;
  readonly inputs: readonly string[];
  readonly output: string;
  readonly attributes: Readonly<Record<string, AttributeValue>>;
}

interface Initializer {
  readonly name: string;
  readonly dims: readonly number[];
  readonly dataType: number;
  readonly data: Payload;
}

const bytesPayload = (bytes: Uint8Array): Payload => ({
  length: bytes.length,
  async *chunks() {
    yield bytes;
  },
});

const view = (data: Float32Array | BigInt64Array) =>
  new Uint8Array(data.buffer, data.byteOffset, data.byteLength);

/** Collects the nodes and initializers of one graph; intermediate values are named after their op. */
export class OnnxGraph {
  private readonly nodes: Node[] = [];
  private readonly initializers: Initializer[] = [];
  private counter = 0;

  op(op: string, inputs: string[], attributes: Record<string, AttributeValue> = {}, output?: string): string {
    const name = output ?? `${op.toLowerCase()}_${this.counter++}`;
    this.nodes.push({ op, inputs, output: name, attributes });
    return name;
  }

  /** A float32 initializer whose bytes are produced when the model is written. */
  weight(name: string, dims: number[], data: Payload): string {
    this.initializers.push({ name, dims, dataType: FLOAT, data });
    return name;
  }

  /** A float32 constant; `dims` empty for a scalar. */
  float(name: string, values: number[], dims: number[] = []): string {
    this.initializers.push({
      name,
      dims,
      dataType: FLOAT,
      data: bytesPayload(view(Float32Array.from(values))),
    });
    return name;
  }

  int64(name: string, values: number[], dims: number[] = [values.length]): string {
    const data = bytesPayload(view(BigInt64Array.from(values.map(BigInt))));
    this.initializers.push({ name, dims, dataType: INT64, data });
    return name;
  }

  /** Bytes of all initializers. */
  get weightBytes(): number {
    return this.initializers.reduce((sum, init) => sum + init.data.length, 0);
  }

  /**
   * Writes `model.onnx` into `dir`, with the weights inline or, when `external` is set, every tensor
   * of 1 KiB or more in `model.onnx_data` (the `location`/`offset`/`length` layout of ONNX external data).
   * Returns the files written.
   */
  async write(
    dir: string,
    io: { inputs: readonly string[]; numLabels: number },
    external: boolean,
  ): Promise<string[]> {
    const graph = new Message().string(2, 'xlm_roberta_sequence_classification');
    for (const node of this.nodes) graph.message(1, nodeProto(node));
    const dataName = 'model.onnx_data';
    const files = ['model.onnx'];
    if (external) {
      files.push(dataName);
      const handle = await open(join(dir, dataName), 'wx');
      try {
        const out = new SequentialWriter(handle);
        for (const init of this.initializers) {
          if (init.data.length < EXTERNAL_MIN_BYTES) {
            graph.message(5, tensorProto(init).payload(9, init.data));
            continue;
          }
          await out.write(
            new Uint8Array((EXTERNAL_ALIGNMENT - (out.position % EXTERNAL_ALIGNMENT)) % EXTERNAL_ALIGNMENT),
          );
          const offset = out.position;
          await writePayload(init.data, out);
          const entry = (key: string, value: string) => new Message().string(1, key).string(2, value);
          graph.message(
            5,
            tensorProto(init)
              .message(13, entry('location', dataName))
              .message(13, entry('offset', String(offset)))
              .message(13, entry('length', String(init.data.length)))
              .int(14, DATA_LOCATION_EXTERNAL),
          );
        }
        await out.flush();
      } finally {
        await handle.close();
      }
    } else {
      for (const init of this.initializers) graph.message(5, tensorProto(init).payload(9, init.data));
    }
    for (const name of io.inputs)
      graph.message(11, valueInfo(name, INT64, ['batch_size', 'sequence_length']));
    graph.message(12, valueInfo('logits', FLOAT, ['batch_size', io.numLabels]));
    const model = new Message()
      .int(1, IR_VERSION)
      .string(2, 'piiguard')
      .string(3, '1')
      .message(7, graph)
      .message(8, new Message().string(1, '').int(2, OPSET));
    const handle = await open(join(dir, 'model.onnx'), 'wx');
    try {
      await writeMessage(model, new SequentialWriter(handle));
    } finally {
      await handle.close();
    }
    return files;
  }
}

function tensorProto(init: Initializer): Message {
  return new Message().ints(1, init.dims).int(2, init.dataType).string(8, init.name);
}

function nodeProto(node: Node): Message {
  const message = new Message();
  for (const input of node.inputs) message.string(1, input);
  message.string(2, node.output).string(3, node.output).string(4, node.op);
  for (const [name, value] of Object.entries(node.attributes)) message.message(5, attribute(name, value));
  return message;
}

function attribute(name: string, value: AttributeValue): Message {
  const message = new Message().string(1, name);
  if (typeof value === 'string')
    return message.bytes(4, new TextEncoder().encode(value)).int(20, ATTRIBUTE.STRING);
  if (Array.isArray(value)) return message.ints(8, value).int(20, ATTRIBUTE.INTS);
  if (typeof value === 'number') return message.int(3, value).int(20, ATTRIBUTE.INT);
  return message.float(2, value.float).int(20, ATTRIBUTE.FLOAT);
}

function valueInfo(name: string, elemType: number, dims: Array<string | number>): Message {
  const shape = new Message();
  for (const dim of dims) {
    shape.message(1, typeof dim === 'string' ? new Message().string(2, dim) : new Message().int(1, dim));
  }
  const tensorType = new Message().int(1, elemType).message(2, shape);
  return new Message().string(1, name).message(2, new Message().message(1, tensorType));
}
