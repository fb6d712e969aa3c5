import onnxProto from 'onnx-proto';

const { onnx } = onnxProto;

/**
 * A graph with the teacher's inputs but a different output (`last_hidden_state`, float [batch, seq]):
 * what a feature-extraction export looks like to the teacher.
 */
export function otherOutputsModel(): Uint8Array {
  const int64Input = (name: string) => ({
    name,
    type: {
      tensorType: {
        elemType: onnx.TensorProto.DataType.INT64,
        shape: { dim: [{ dimParam: 'batch' }, { dimParam: 'sequence' }] },
      },
    },
  });
  const model = onnx.ModelProto.create({
    irVersion: 8,
    opsetImport: [{ domain: '', version: 17 }],
    graph: {
      name: 'not-a-classifier',
      node: [
        { opType: 'Add', input: ['input_ids', 'attention_mask'], output: ['sum'] },
        {
          opType: 'Cast',
          input: ['sum'],
          output: ['last_hidden_state'],
          attribute: [
            { name: 'to', type: onnx.AttributeProto.AttributeType.INT, i: onnx.TensorProto.DataType.FLOAT },
          ],
        },
      ],
      input: [int64Input('input_ids'), int64Input('attention_mask')],
      output: [
        {
          name: 'last_hidden_state',
          type: {
            tensorType: {
              elemType: onnx.TensorProto.DataType.FLOAT,
              shape: { dim: [{ dimParam: 'batch' }, { dimParam: 'sequence' }] },
            },
          },
        },
      ],
    },
  });
  return onnx.ModelProto.encode(model).finish();
}

/**
 * A graph that passes the teacher's load checks (its inputs, `logits` declared `[1, 2]`) but makes
 * onnxruntime throw on every run: it reshapes the `[batch, sequence]` ids to a fixed `[1, 2]`,
 * which only a 2-token input fits, and the teacher's windows always have at least 3.
 */
export function failingRunModel(): Uint8Array {
  const int64Input = (name: string) => ({
    name,
    type: {
      tensorType: {
        elemType: onnx.TensorProto.DataType.INT64,
        shape: { dim: [{ dimParam: 'batch' }, { dimParam: 'sequence' }] },
      },
    },
  });
  const model = onnx.ModelProto.create({
    irVersion: 8,
    opsetImport: [{ domain: '', version: 17 }],
    graph: {
      name: 'fails-at-run',
      initializer: [
        { name: 'shape', dataType: onnx.TensorProto.DataType.INT64, dims: [2], int64Data: [1, 2] },
      ],
      node: [
        { opType: 'Add', input: ['input_ids', 'attention_mask'], output: ['sum'] },
        { opType: 'Reshape', input: ['sum', 'shape'], output: ['reshaped'] },
        {
          opType: 'Cast',
          input: ['reshaped'],
          output: ['logits'],
          attribute: [
            { name: 'to', type: onnx.AttributeProto.AttributeType.INT, i: onnx.TensorProto.DataType.FLOAT },
          ],
        },
      ],
      input: [int64Input('input_ids'), int64Input('attention_mask')],
      output: [
        {
          name: 'logits',
          type: {
            tensorType: {
              elemType: onnx.TensorProto.DataType.FLOAT,
              shape: { dim: [{ dimValue: 1 }, { dimValue: 2 }] },
            },
          },
        },
      ],
    },
  });
  return onnx.ModelProto.encode(model).finish();
}
