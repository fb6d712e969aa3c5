import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ModelLoadError } from '@piiguard/sdk';
import { describe, expect, it } from 'vitest';
import { loadTeacher } from '../src/index.js';
import { TINY, warnings } from './helpers.js';

const ortRoot = dirname(createRequire(import.meta.url).resolve('onnxruntime-node/package.json'));
const cudaProvider = join(
  ortRoot,
  'bin/napi-v6',
  process.platform,
  process.arch,
  'libonnxruntime_providers_cuda.so',
);

describe('device selection where the CUDA provider is not installed (as in CI)', () => {
  it('the CUDA provider is indeed absent here (install scripts are skipped)', () => {
    expect(existsSync(cudaProvider)).toBe(false);
  });

  it("'auto' falls back to CPU, reports it, and warns exactly once", async () => {
    const sink = warnings();
    const teacher = await loadTeacher({ model: TINY, device: 'auto', onWarning: sink.onWarning });
    try {
      expect(teacher.device).toBe('cpu');
      await teacher.classifyBatch(['whats ur snap?', 'hello']);
      expect(sink.messages).toHaveLength(1);
      expect(sink.messages[0]).toMatch(/runs on CPU/);
      expect(sink.messages[0]).toMatch(/ONNXRUNTIME_NODE_INSTALL=1 node .*install\.js/);
    } finally {
      await teacher.close();
    }
  });

  it("'cuda' fails with an error that says how to install the CUDA provider", async () => {
    const load = loadTeacher({ model: TINY, device: 'cuda' });
    await expect(load).rejects.toBeInstanceOf(ModelLoadError);
    await expect(load).rejects.toThrow(/device 'cuda' was requested but .*not installed/);
    await expect(load).rejects.toThrow(/ONNXRUNTIME_NODE_INSTALL=1 node .*onnxruntime-node.*install\.js/);
  });

  it('a throwing warning handler neither fails the load nor strands the worker', async () => {
    let calls = 0;
    const onWarning = () => {
      calls++;
      throw new Error('handler bug');
    };
    const teacher = await loadTeacher({ model: TINY, device: 'auto', onWarning });
    try {
      expect(calls).toBe(1);
      expect((await teacher.classify('whats ur snap?')).label).toBe('asking');
    } finally {
      await teacher.close();
    }
  });

  it("'cpu' never warns", async () => {
    const sink = warnings();
    const teacher = await loadTeacher({ model: TINY, device: 'cpu', onWarning: sink.onWarning });
    expect(teacher.device).toBe('cpu');
    await teacher.close();
    expect(sink.messages).toEqual([]);
  });
});
