import { cpSync, renameSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadTeacher, type TeacherOptions } from '../src/index.js';
import { TINY, tempDir } from './helpers.js';

async function label(options: TeacherOptions) {
  const teacher = await loadTeacher({ device: 'cpu', ...options });
  try {
    return (await teacher.classify('whats ur snap?')).label;
  } finally {
    await teacher.close();
  }
}

describe('folder layouts and dtype variants', () => {
  const temp = tempDir();
  afterAll(() => temp.remove());

  it("picks the dtype's file: q8 → onnx/model_quantized.onnx, and names the file a dtype lacks", async () => {
    const dir = join(temp.dir, 'quantized');
    cpSync(TINY, dir, { recursive: true });
    renameSync(join(dir, 'onnx/model.onnx'), join(dir, 'onnx/model_quantized.onnx'));
    expect(await label({ model: dir, dtype: 'q8' })).toBe('asking');
    await expect(loadTeacher({ model: dir, dtype: 'fp32' })).rejects.toThrow(
      /lacks onnx\/model\.onnx or model\.onnx/,
    );
    await expect(loadTeacher({ model: dir, dtype: 'fp16' })).rejects.toThrow(/lacks onnx\/model_fp16\.onnx/);
  });

  it('accepts model.onnx at the folder root', async () => {
    const dir = join(temp.dir, 'root');
    cpSync(TINY, dir, { recursive: true });
    renameSync(join(dir, 'onnx/model.onnx'), join(dir, 'model.onnx'));
    rmSync(join(dir, 'onnx'), { recursive: true });
    expect(await label({ model: dir })).toBe('asking');
  });

  it('treats a relative path as a folder', async () => {
    const path = relative(process.cwd(), TINY);
    expect(path.startsWith('/')).toBe(false);
    expect(await label({ model: path.startsWith('..') ? path : `./${path}` })).toBe('asking');
  });
});
