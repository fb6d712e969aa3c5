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
