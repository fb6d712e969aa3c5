import { OnnxGraph } from './onnx.js';
import { FLOAT_DTYPES, type TensorEntry } from './safetensors.js';
import { float32Payload, transposedPayload } from './tensors.js';

/** What the graph needs from `config.json` (`XLMRobertaConfig` names, camelCased). */
export interface XlmRobertaDims {
  readonly hiddenSize: number;
  readonly numHiddenLayers: number;
  readonly numAttentionHeads: number;
  readonly intermediateSize: number;
  readonly layerNormEps: number;
  readonly padTokenId: number;
}

/** The architectures whose state dicts use the names below (RoBERTa's modelling code is XLM-R's). */
const ARCHITECTURES = ['XLMRobertaForSequenceClassification', 'RobertaForSequenceClassification'];

/** The dimensions from `config.json`, or why the converter cannot build this model. */
export function readDims(config: unknown): XlmRobertaDims | string {
  const c = (config ?? {}) as Record<string, unknown>;
  const architectures = Array.isArray(c.architectures) ? c.architectures : [];
  if (!architectures.some((a) => ARCHITECTURES.includes(String(a)))) {
    return `config.json architectures is not one of ${ARCHITECTURES.join(', ')}`;
  }
  if ((c.hidden_act ?? 'gelu') !== 'gelu') return 'the converter builds only hidden_act "gelu" (exact GELU)';
  if ((c.position_embedding_type ?? 'absolute') !== 'absolute') {
    return 'the converter builds only position_embedding_type "absolute"';
  }
  const positive = (key: string): number | undefined => {
    const value = c[key];
    return Number.isSafeInteger(value) && (value as number) > 0 ? (value as number) : undefined;
  };
  const hiddenSize = positive('hidden_size');
  const numHiddenLayers = positive('num_hidden_layers');
  const numAttentionHeads = positive('num_attention_heads');
  const intermediateSize = positive('intermediate_size');
  if (!hiddenSize || !numHiddenLayers || !numAttentionHeads || !intermediateSize) {
    return 'config.json lacks hidden_size, num_hidden_layers, num_attention_heads or intermediate_size';
  }
  if (hiddenSize % numAttentionHeads !== 0) return 'hidden_size is not a multiple of num_attention_heads';
  const eps = c.layer_norm_eps ?? 1e-5;
  const pad = c.pad_token_id ?? 1;
  if (typeof eps !== 'number' || !(eps > 0)) return 'layer_norm_eps is not a positive number';
  if (!Number.isSafeInteger(pad) || (pad as number) < 0) return 'pad_token_id is not a token id';
  return {
    hiddenSize,
    numHiddenLayers,
    numAttentionHeads,
    intermediateSize,
    layerNormEps: eps,
    padTokenId: pad as number,
  };
}

/** Buffers some checkpoints save next to the weights; they are recomputed by the graph, never read. */
const IGNORED = [
  /^roberta\.embeddings\.position_ids$/,
  /^roberta\.embeddings\.token_type_ids$/,
  // The base model's pooler: sequence classification reads <s> through `classifier` instead.
  /^roberta\.pooler\.dense\.(weight|bias)$/,
];

/** The additive attention mask for padding, as Hugging Face builds it (`torch.finfo(float32).min`). */
const MASK_VALUE = -3.4028234663852886e38;
const INT64 = 7;
const FLOAT = 1;

/**
 * Builds the `XLMRobertaForSequenceClassification` forward pass (dropout omitted, as in inference
 * exports) from a state dict with `transformers`' parameter names. Inputs `input_ids` and
 * `attention_mask`; output `logits` `[batch, num_labels]`. Throws an `Error` naming the tensor that is
 * missing, of the wrong shape or dtype, or left over.
 */
export function buildXlmRobertaGraph(
  tensors: ReadonlyMap<string, TensorEntry>,
  dims: XlmRobertaDims,
): { graph: OnnxGraph; numLabels: number } {
  const { hiddenSize: h, numAttentionHeads: heads, intermediateSize: inter, padTokenId } = dims;
  const used = new Set<string>();
  // LayerNorm parameters of old checkpoints are named gamma/beta; transformers renames them on load.
  const legacy: Record<string, string> = { weight: 'gamma', bias: 'beta' };
  const tensor = (name: string, shape: (number | undefined)[]): TensorEntry => {
    let entry = tensors.get(name);
    if (!entry && /LayerNorm\.(weight|bias)$/.test(name)) {
      entry = tensors.get(name.replace(/(weight|bias)$/, (m) => legacy[m]!));
    }
    if (!entry) throw new Error(`the weights lack ${name}`);
    if (!FLOAT_DTYPES.includes(entry.dtype))
      throw new Error(`${name} is ${entry.dtype}, not F32, F16 or BF16`);
    const fits =
      entry.shape.length === shape.length &&
      shape.every((dim, i) => dim === undefined || entry!.shape[i] === dim);
    if (!fits) {
      throw new Error(
        `${name} has shape [${entry.shape.join(', ')}], expected [${shape.map((d) => d ?? 'n').join(', ')}]`,
      );
    }
    used.add(entry.name);
    return entry;
  };
  const g = new OnnxGraph();
  const plain = (name: string, shape: (number | undefined)[]) => {
    const entry = tensor(name, shape);
    return g.weight(name, [...entry.shape], float32Payload(entry));
  };
  const layerNorm = (x: string, prefix: string) =>
    g.op('LayerNormalization', [x, plain(`${prefix}.weight`, [h]), plain(`${prefix}.bias`, [h])], {
      axis: -1,
      epsilon: { float: dims.layerNormEps },
    });
  // torch Linear: y = x·Wᵀ + b with W [out, in]; stored transposed, as exporters do, for MatMul.
  const linear = (x: string, prefix: string, out: number, input: number) => {
    const weight = tensor(`${prefix}.weight`, [out, input]);
    const w = g.weight(`${prefix}.weight`, [input, out], transposedPayload(weight));
    return g.op('Add', [g.op('MatMul', [x, w]), plain(`${prefix}.bias`, [out])]);
  };

  // Embeddings. XLM-R positions: non-padding tokens count up from padding_idx + 1, padding keeps padding_idx.
  const e = 'roberta.embeddings';
  const pad = g.int64('const_pad_id', [padTokenId], []);
  const words = g.op('Gather', [plain(`${e}.word_embeddings.weight`, [undefined, h]), 'input_ids']);
  const notPad = g.op('Cast', [g.op('Not', [g.op('Equal', ['input_ids', pad])])], { to: INT64 });
  const counted = g.op('CumSum', [notPad, g.int64('const_axis_1', [1], [])]);
  const positionIds = g.op('Add', [g.op('Mul', [counted, notPad]), pad]);
  const positions = g.op('Gather', [plain(`${e}.position_embeddings.weight`, [undefined, h]), positionIds]);
  // No token_type_ids input (as XLM-R exports): every token has type 0, row 0 of the table.
  const typeTable = tensor(`${e}.token_type_embeddings.weight`, [undefined, h]);
  if (typeTable.shape[0] === 0) throw new Error(`${e}.token_type_embeddings.weight has no rows`);
  const typeRow = g.weight(
    `${e}.token_type_embeddings.weight.row0`,
    [1, h],
    float32Payload({ ...typeTable, shape: [1, h], byteLength: typeTable.byteLength / typeTable.shape[0]! }),
  );
  const summed = g.op('Add', [g.op('Add', [words, positions]), typeRow]);
  let x = layerNorm(summed, `${e}.LayerNorm`);

  // Additive mask [batch, 1, 1, seq]: 0 where attention_mask is 1, float32 min where it is 0.
  const maskFloat = g.op('Cast', ['attention_mask'], { to: FLOAT });
  const one = g.float('const_one', [1]);
  const additive = g.op('Mul', [g.op('Sub', [one, maskFloat]), g.float('const_mask_value', [MASK_VALUE])]);
  const mask = g.op('Unsqueeze', [additive, g.int64('const_axes_1_2', [1, 2])]);
  const headDim = h / heads;
  const splitHeads = g.int64('const_shape_heads', [0, 0, heads, headDim]);
  const mergeHeads = g.int64('const_shape_hidden', [0, 0, h]);
  const scale = g.float('const_attention_scale', [1 / Math.sqrt(headDim)]);
  const half = g.float('const_half', [0.5]);
  const sqrt2 = g.float('const_sqrt2', [Math.SQRT2]);

  for (let l = 0; l < dims.numHiddenLayers; l++) {
    const p = `roberta.encoder.layer.${l}`;
    const project = (name: string, perm: number[]) =>
      g.op('Transpose', [g.op('Reshape', [linear(x, `${p}.attention.self.${name}`, h, h), splitHeads])], {
        perm,
      });
    const q = project('query', [0, 2, 1, 3]);
    const k = project('key', [0, 2, 3, 1]);
    const v = project('value', [0, 2, 1, 3]);
    const scores = g.op('Add', [g.op('Mul', [g.op('MatMul', [q, k]), scale]), mask]);
    const probs = g.op('Softmax', [scores], { axis: -1 });
    const context = g.op('Reshape', [
      g.op('Transpose', [g.op('MatMul', [probs, v])], { perm: [0, 2, 1, 3] }),
      mergeHeads,
    ]);
    const attended = linear(context, `${p}.attention.output.dense`, h, h);
    const x1 = layerNorm(g.op('Add', [attended, x]), `${p}.attention.output.LayerNorm`);
    const pre = linear(x1, `${p}.intermediate.dense`, inter, h);
    // Exact GELU: 0.5 · x · (1 + erf(x / √2)).
    const gelu = g.op('Mul', [
      g.op('Mul', [pre, half]),
      g.op('Add', [g.op('Erf', [g.op('Div', [pre, sqrt2])]), one]),
    ]);
    const out = linear(gelu, `${p}.output.dense`, h, inter);
    x = layerNorm(g.op('Add', [out, x1]), `${p}.output.LayerNorm`);
  }

  // Head on <s> (position 0): dense → tanh → out_proj.
  const first = g.op('Gather', [x, g.int64('const_zero', [0], [])], { axis: 1 });
  const dense = g.op('Tanh', [linear(first, 'classifier.dense', h, h)]);
  const outProj = tensor('classifier.out_proj.weight', [undefined, h]);
  const numLabels = outProj.shape[0]!;
  g.op(
    'Add',
    [
      g.op('MatMul', [
        dense,
        g.weight('classifier.out_proj.weight', [h, numLabels], transposedPayload(outProj)),
      ]),
      plain('classifier.out_proj.bias', [numLabels]),
    ],
    {},
    'logits',
  );

  const leftOver = [...tensors.keys()].filter(
    (name) => !used.has(name) && !IGNORED.some((re) => re.test(name)),
  );
  if (leftOver.length > 0) {
    const shown = leftOver.slice(0, 3).join(', ');
    throw new Error(
      `the weights have tensors an XLMRobertaForSequenceClassification with ${dims.numHiddenLayers} layers does not use (${shown}${leftOver.length > 3 ? ', …' : ''})`,
    );
  }
  return { graph: g, numLabels };
}
