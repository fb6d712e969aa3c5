import { createRequire } from 'node:module';
import { AbortError, ClosedError, InvalidInputError, OverloadedError } from '@piiguard/sdk';
import { loadTeacher, type Teacher } from '@piiguard/teacher';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TINY, warnings } from './helpers.js';

describe('loadTeacher on the tiny fixture, through the worker thread', () => {
  let teacher: Teacher;
  beforeAll(async () => {
    teacher = await loadTeacher({ model: TINY, device: 'cpu' });
  });
  afterAll(() => teacher.close());

  it('is a Classifier of kind teacher that labels texts with raw scores and the model id', async () => {
    expect(teacher.kind).toBe('teacher');
    expect(teacher.device).toBe('cpu');
    const outcomes = await teacher.classify([
      'this game is fun lol',
      'whats ur snap?',
      'my email is kim@example.com',
    ]);
    const labels = outcomes.map((o) => (o.ok ? o.value.label : o.error.kind));
    expect(labels).toEqual(['none', 'asking', 'giving']);
    for (const outcome of outcomes) {
      if (!outcome.ok) throw outcome.error;
      expect(outcome.value.model).toBe(TINY);
      expect(outcome.value.teacherScores!.asking).toBeGreaterThan(0);
      expect(outcome.value.teacherScores!.giving).toBeLessThan(1);
    }
  });

  it('answers bad inputs with typed per-text errors and keeps the others', async () => {
    const outcomes = await teacher.classify([
      '',
      '   ',
      'ok \ud800 no',
      42 as unknown as string,
      'whats ur snap?',
    ]);
    const reasons = outcomes.map((o) => (o.ok ? o.value.label : (o.error as InvalidInputError).reason));
    expect(reasons).toEqual(['empty', 'empty', 'lone-surrogate', 'not-a-string', 'asking']);
    expect(outcomes[0]!.ok ? undefined : outcomes[0]!.error).toBeInstanceOf(InvalidInputError);
  });

  it('gives a sparse array one outcome per index, holes included', async () => {
    const texts = new Array<string>(3);
    texts[1] = 'whats ur snap?';
    const outcomes = await teacher.classify(texts);
    expect(outcomes).toHaveLength(3);
    expect(Object.keys(outcomes)).toEqual(['0', '1', '2']);
    expect(outcomes.map((o) => (o.ok ? o.value.label : (o.error as InvalidInputError).reason))).toEqual([
      'not-a-string',
      'asking',
      'not-a-string',
    ]);
  });

  it('scores NUL and control characters instead of failing', async () => {
    const [outcome] = await teacher.classify(['hi\u0000there\u0007 \u001b[31m']);
    expect(outcome!.ok).toBe(true);
  });

  it('rejects an aborted call with AbortError', async () => {
    const controller = new AbortController();
    const call = teacher.classify(['whats ur snap?'], { signal: controller.signal });
    controller.abort();
    await expect(call).rejects.toBeInstanceOf(AbortError);
    await expect(teacher.classify(['x'], { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(AbortError);
  });

  it('reports as queueDepth the texts handed to the worker and not answered yet', async () => {
    expect(teacher.queueDepth).toBe(0);
    const first = teacher.classify(['whats ur snap?', 'gg', '']);
    const second = teacher.classify(['my email is kim@example.com']);
    expect(teacher.queueDepth).toBe(3);
    await Promise.all([first, second]);
    expect(teacher.queueDepth).toBe(0);
    const controller = new AbortController();
    const aborted = teacher.classify(['a', 'b'], { signal: controller.signal });
    expect(teacher.queueDepth).toBe(2);
    controller.abort();
    await expect(aborted).rejects.toBeInstanceOf(AbortError);
    expect(teacher.queueDepth).toBe(0);
  });
});

describe('the bounded queue', () => {
  it('answers texts that do not fit with OverloadedError outcomes and scores the rest', async () => {
    const teacher = await loadTeacher({
      model: TINY,
      device: 'cpu',
      maxQueuedWindows: 2,
      maxWindows: 2,
      maxBatchSize: 8,
    });
    try {
      const outcomes = await teacher.classify([
        'whats ur snap?',
        'my email is kim@example.com',
        'hello',
        'hi',
      ]);
      expect(outcomes.map((o) => (o.ok ? o.value.label : o.error.kind))).toEqual([
        'asking',
        'giving',
        'overloaded',
        'overloaded',
      ]);
      expect(outcomes[2]!.ok ? undefined : outcomes[2]!.error).toBeInstanceOf(OverloadedError);
      // the queue drains: the same call now fits
      expect((await teacher.classify(['hello', 'hi'])).every((o) => o.ok)).toBe(true);
    } finally {
      await teacher.close();
    }
  });
});

describe('Teacher.close', () => {
  it('settles pending calls with ClosedError, is idempotent, and refuses later calls', async () => {
    const teacher = await loadTeacher({ model: TINY, device: 'cpu', maxWaitMs: 50 });
    const pending = teacher.classify(['whats ur snap?']);
    const closing = teacher.close();
    await expect(pending).rejects.toBeInstanceOf(ClosedError);
    await closing;
    await teacher.close();
    await expect(teacher.classify(['x'])).rejects.toBeInstanceOf(ClosedError);
  });
});

describe('the CommonJS build', () => {
  it('finds dist/worker.cjs and classifies', async () => {
    const require = createRequire(import.meta.url);
    const cjs = require('../dist/index.cjs') as typeof import('@piiguard/teacher');
    const sink = warnings();
    const teacher = await cjs.loadTeacher({ model: TINY, device: 'cpu', onWarning: sink.onWarning });
    try {
      const [outcome] = await teacher.classify(['my phone number is 555 1234']);
      expect(outcome!.ok && outcome!.value.label).toBe('giving');
      expect(sink.messages).toEqual([]);
    } finally {
      await teacher.close();
    }
  });
});
