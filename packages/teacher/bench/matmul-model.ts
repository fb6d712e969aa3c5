import onnxProto from 'onnx-proto';

const { onnx } = onnxProto;

/**
 * A graph of `layers` chained MatMuls, `[tokens, k] x [k, n]` then `[tokens, n] x [n, k]`, with
 * seeded weights: the same GEMM shapes as an XLM-R feed-forward block, so onnxruntime's own
 * kernels measure this machine's matmul peak.
 */
export function buildMatMulModel(k: number, n: number, layers: number): Uint8Array {
  let seed = 1;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31 - 0.5;
  };
  const weight = (name: string, rows: number, cols: number) =>
    onnx.TensorProto.create({
      name,
      dataType: onnx.TensorProto.DataType.FLOAT,
      dims: [rows, cols],
      rawData: new Uint8Array(Float32Array.from({ length: rows * cols }, () => random() * 0.05).buffer),
    });
  const valueInfo = (name: string, cols: number) =>
    onnx.ValueInfoProto.create({
      name,
      type: {
        tensorType: {
          elemType: onnx.TensorProto.DataType.FLOAT,
          shape: { dim: [{ dimParam: 'tokens' }, { dimValue: cols }] },
        },
      },
    });
  const nodes: onnxProto.onnx.INodeProto[] = [];
  const initializers: onnxProto.onnx.ITensorProto[] = [];
  let input = 'x';
  for (let i = 0; i < layers; i++) {
    initializers.push(weight(`up${i}`, k, n), weight(`down${i}`, n, k));
    nodes.push(
      { opType: 'MatMul', input: [input, `up${i}`], output: [`h${i}`] },
      { opType: 'MatMul', input: [`h${i}`, `down${i}`], output: [`y${i}`] },
    );
    input = `y${i}`;
  }
  const model = onnx.ModelProto.create({
    irVersion: 8,
    opsetImport: [{ domain: '', version: 17 }],
    producerName: 'piiguard-bench',
    graph: {
      name: 'matmul',
      node: nodes,
      initializer: initializers,
      input: [valueInfo('x', k)],
      output: [valueInfo(input, k)],
    },
  });
  return onnx.ModelProto.encode(model).finish();
}
