import { ModelLoadError } from '@piiguard/sdk';
import { type InferenceSession, Tensor } from 'onnxruntime-node';
import type { EncodedWindow } from './encode.js';

const REQUIRED_INPUTS = ['input_ids', 'attention_mask'] as const;
const OPTIONAL_INPUTS = ['token_type_ids'] as const;

/** Scores batches of windows: one `session.run`, or one request to a serving engine, each. */
export interface WindowScorer {
  /** One row of sigmoid scores per window, in order: the heads at `logitIndex`, in that order. */
  score(windows: readonly EncodedWindow[]): Promise<number[][]>;
}

type IntType = 'int64' | 'int32';

function inputType(session: InferenceSession, name: string): IntType {
  const meta = session.inputMetadata[session.inputNames.indexOf(name)];
  const type = meta?.isTensor ? meta.type : undefined;
  if (type !== 'int64' && type !== 'int32') {
    throw new ModelLoadError(
      `The model's input ${name} is ${type ?? 'not a tensor'}; the teacher feeds int64 or int32.`,
    );
  }
  return type;
}

/**
 * Checks the model's inputs and outputs once, then builds exactly the inputs it declares.
 * `labels` is the number of logits the model has (`config.json` `id2label`); `logitIndex` picks
 * the ones to return.
 */
export function createScorer(
  session: InferenceSession,
  labels: number,
  logitIndex: readonly number[],
  padId: number,
): WindowScorer {
  const inputs = session.inputNames;
  const missing = REQUIRED_INPUTS.filter((name) => !inputs.includes(name));
  const unknown = inputs.filter((name) => ![...REQUIRED_INPUTS, ...OPTIONAL_INPUTS].includes(name as never));
  if (missing.length > 0 || unknown.length > 0) {
    throw new ModelLoadError(
      `The model's inputs are [${inputs.join(', ')}]; the teacher feeds input_ids, attention_mask and ` +
        'optionally token_type_ids (an XLM-R sequence classifier).',
    );
  }
  const outputName = session.outputNames.includes('logits') ? 'logits' : undefined;
  const outputMeta = session.outputMetadata[session.outputNames.indexOf('logits')];
  const width = outputMeta?.isTensor ? outputMeta.shape.at(-1) : undefined;
  if (outputName === undefined || (typeof width === 'number' && width !== labels)) {
    throw new ModelLoadError(
      `The model's outputs are [${session.outputNames.join(', ')}]` +
        (outputName ? ` with ${width} logits` : '') +
        `; the teacher needs 'logits' of shape [batch, ${labels}] (one per config.json id2label label).`,
    );
  }
  const types = Object.fromEntries(inputs.map((name) => [name, inputType(session, name)])) as Record<
    string,
    IntType
  >;

  return {
    async score(windows) {
      const { batch, length, ids, mask } = padWindows(windows, padId);
      const tensor = (name: string, values: number[]) =>
        types[name] === 'int64'
          ? new Tensor('int64', BigInt64Array.from(values, BigInt), [batch, length])
          : new Tensor('int32', Int32Array.from(values), [batch, length]);
      const feeds: Record<string, Tensor> = {};
      for (const name of inputs) {
        feeds[name] =
          name === 'input_ids'
            ? tensor(name, ids)
            : name === 'attention_mask'
              ? tensor(name, mask)
              : tensor(name, new Array<number>(batch * length).fill(0));
      }
      const output = (await session.run(feeds, ['logits'])).logits!;
      const logits = toFloats(output);
      const classes = output.dims.at(-1) ?? 0;
      if (output.dims.length !== 2 || output.dims[0] !== batch || classes !== labels) {
        throw new ModelLoadError(
          `The model returned logits of shape [${output.dims.join(', ')}]; expected [${batch}, ${labels}].`,
        );
      }
      return windows.map((_, row) => logitIndex.map((index) => sigmoid(logits[row * labels + index]!)));
    },
  };
}

/** A batch of windows as row-major `[batch, length]` ids and attention mask. */
export interface PaddedBatch {
  readonly batch: number;
  readonly length: number;
  readonly ids: number[];
  readonly mask: number[];
}

/**
 * Right padding with `padId`: the head reads position 0, and XLM-R's position ids skip the pad
 * id, so a window's scores do not depend on what it is batched with.
 */
export function padWindows(windows: readonly EncodedWindow[], padId: number): PaddedBatch {
  const batch = windows.length;
  const length = Math.max(...windows.map((window) => window.ids.length));
  const ids = new Array<number>(batch * length).fill(padId);
  const mask = new Array<number>(batch * length).fill(0);
  windows.forEach((window, row) => {
    for (let i = 0; i < window.ids.length; i++) {
      ids[row * length + i] = window.ids[i]!;
      mask[row * length + i] = 1;
    }
  });
  return { batch, length, ids, mask };
}

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** float32 as is; float16 (fp16 models) decoded from its bits when the runtime has no Float16Array. */
function toFloats(tensor: Tensor): ArrayLike<number> {
  if (tensor.type === 'float32') return tensor.data as Float32Array;
  if (tensor.type === 'float16') {
    const data = tensor.data as ArrayLike<number>;
    if (!(data instanceof Uint16Array)) return data;
    return Float32Array.from(data, halfToFloat);
  }
  throw new ModelLoadError(`The model's logits are ${tensor.type}; the teacher reads float32 or float16.`);
}

function halfToFloat(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exponent = (bits >> 10) & 0x1f;
  const fraction = bits & 0x3ff;
  if (exponent === 0) return sign * 2 ** -14 * (fraction / 1024);
  if (exponent === 0x1f) return fraction ? Number.NaN : sign * Number.POSITIVE_INFINITY;
  return sign * 2 ** (exponent - 15) * (1 + fraction / 1024);
}
