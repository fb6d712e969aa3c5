import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { APIError, FallbackUnavailableError, InferenceError } from '@piiguard/sdk';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadTeacher } from '../src/index.js';
import { TINY, tempDir } from './helpers.js';
import { failingRunModel } from './onnx-graphs.js';

// Every worker the teacher starts, so a test can kill one the way a crash would.
const started = vi.hoisted(() => [] as Worker[]);
vi.mock('node:worker_threads', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:worker_threads')>();
  class RecordedWorker extends actual.Worker {
    constructor(...args: ConstructorParameters<typeof actual.Worker>) {
      super(...args);
      started.push(this);
    }
  }
  return { ...actual, Worker: RecordedWorker };
});

/** What an unexpected failure inside the teacher must be: its own kind, never an API or fallback error. */
function expectInferenceError(error: unknown): void {
  expect(error).toBeInstanceOf(InferenceError);
  expect((error as InferenceError).kind).toBe('inference');
  expect(error).not.toBeInstanceOf(APIError);
  expect(error).not.toBeInstanceOf(FallbackUnavailableError);
}

describe('unexpected failures inside the teacher are InferenceErrors', () => {
  const temp = tempDir();
  afterAll(() => temp.remove());

  it('a worker that dies settles pending calls and every later call with InferenceError', async () => {
    const teacher = await loadTeacher({ model: TINY, device: 'cpu', maxWaitMs: 1000 });
    const worker = started.at(-1)!;
    try {
      const pending = teacher.classify('whats ur snap?');
      await worker.terminate();
      const error = await pending.catch((e: unknown) => e);
      expectInferenceError(error);
      expect(teacher.queueDepth).toBe(0);
      const [later] = await teacher.classifyBatch(['my email is kim@example.com']);
      expectInferenceError(later!.ok ? undefined : later!.error);
      expect(later!.ok ? undefined : later!.error).toBe(error);
    } finally {
      await teacher.close();
    }
  });

  it('onnxruntime throwing in a batch gives each text an InferenceError outcome with its message', async () => {
    const dir = join(temp.dir, 'fails-at-run');
    cpSync(TINY, dir, { recursive: true });
    writeFileSync(join(dir, 'onnx', 'model.onnx'), failingRunModel());
    const teacher = await loadTeacher({ model: dir, device: 'cpu' });
    try {
      const outcomes = await teacher.classifyBatch(['whats ur snap?', 'hello there']);
      for (const outcome of outcomes) {
        const error = outcome.ok ? undefined : outcome.error;
        expectInferenceError(error);
        expect((error as Error).message).toMatch(/failed to score a batch: .*reshape/i);
      }
      // the worker survives a failed batch: it is the one that answers again
      const again = await teacher.classify('gg').catch((e: unknown) => e);
      expectInferenceError(again);
      expect((again as Error).message).toMatch(/failed to score a batch/);
    } finally {
      await teacher.close();
    }
  });
});
