import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ModelLoadError } from '@piiguard/sdk';
import { afterAll, describe, expect, it } from 'vitest';
import { loadTeacher } from '../src/index.js';
import { TINY, tempDir } from './helpers.js';
import { otherOutputsModel } from './onnx-graphs.js';

describe('broken model folders give clear ModelLoadErrors', () => {
  const temp = tempDir();
  afterAll(() => temp.remove());
  let n = 0;
  const copy = () => {
    const dir = join(temp.dir, `copy${n++}`);
    cpSync(TINY, dir, { recursive: true });
    return dir;
  };
  const failure = async (model: string) => {
    const error = await loadTeacher({ model, device: 'cpu' }).then(
      (teacher) => teacher.close().then(() => undefined),
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ModelLoadError);
    return (error as Error).message;
  };

  it('names a missing tokenizer file', async () => {
    const dir = copy();
    rmSync(join(dir, 'tokenizer.json'));
    expect(await failure(dir)).toMatch(/lacks tokenizer\.json/);
  });

  it('names a missing ONNX file and where it was looked for', async () => {
    const dir = copy();
    rmSync(join(dir, 'onnx'), { recursive: true });
    expect(await failure(dir)).toMatch(/lacks onnx\/model\.onnx or model\.onnx/);
  });

  it('reports an unreadable tokenizer', async () => {
    const dir = copy();
    writeFileSync(join(dir, 'tokenizer.json'), '{ not json');
    expect(await failure(dir)).toMatch(/Cannot load the tokenizer/);
  });

  it('refuses a model with other outputs', async () => {
    const dir = copy();
    writeFileSync(join(dir, 'onnx', 'model.onnx'), otherOutputsModel());
    expect(await failure(dir)).toMatch(/outputs are \[last_hidden_state\].*needs 'logits'/);
  });

  it('reports a corrupt ONNX file', async () => {
    const dir = copy();
    writeFileSync(join(dir, 'onnx', 'model.onnx'), Buffer.from('this is not a protobuf model'));
    expect(await failure(dir)).toMatch(/onnxruntime cannot load .*model\.onnx/);
  });

  it('reports a config without id2label', async () => {
    const dir = copy();
    writeFileSync(join(dir, 'config.json'), '{"model_type":"xlm-roberta"}');
    expect(await failure(dir)).toMatch(/no id2label/);
  });

  it('reports a folder that does not exist', async () => {
    expect(await failure(join(temp.dir, 'nowhere'))).toMatch(/does not exist/);
  });
});
