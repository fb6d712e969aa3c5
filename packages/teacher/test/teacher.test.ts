import {
  AbortError,
  BaseClassifier,
  type ClassifyResult,
  ClosedError,
  DEFAULT_MAX_TEXT_LENGTH,
  INPUT_RULE_MODEL,
  InvalidInputError,
  OverloadedError,
} from '@piiguard/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTeacher, type Teacher } from '../src/index.js';
import { TINY } from './helpers.js';

const reason = (error: unknown) => (error as InvalidInputError).reason;

describe('loadTeacher on the tiny fixture, through the worker thread', () => {
  let teacher: Teacher;
  beforeAll(async () => {
    teacher = await loadTeacher({ model: TINY, device: 'cpu' });
  });
  afterAll(() => teacher.close());

  it('is a BaseClassifier of kind teacher: classify(text) resolves to one result with raw scores', async () => {
    expect(teacher).toBeInstanceOf(BaseClassifier);
    expect(teacher.kind).toBe('teacher');
    expect(teacher.device).toBe('cpu');
    const result: ClassifyResult = await teacher.classify('whats ur snap?');
    expect(result.label).toBe('asking');
    expect(result.source).toBe('teacher');
    expect(result.model).toBe(TINY);
    expect(result.teacherScores!.asking).toBeGreaterThan(0.5);
    expect(result.teacherScores!.giving).toBeLessThan(0.3);
    expect(result.latencyMs).toBeGreaterThan(0);
    expect(result.probabilities).toBeUndefined();
  });

  it('classifyBatch resolves to one outcome per text, in order', async () => {
    const outcomes = await teacher.classifyBatch([
      'this game is fun lol',
      'whats ur snap?',
      'my email is kim@example.com',
    ]);
    expect(outcomes.map((o) => (o.ok ? o.value.label : o.error.kind))).toEqual(['none', 'asking', 'giving']);
    for (const outcome of outcomes) expect(outcome.ok && outcome.value.source).toBe('teacher');
  });

  it('applies the shared input rules: empty text is none from the input rule, non-strings are refused', async () => {
    const outcomes = await teacher.classifyBatch(['', '   ', 42 as unknown as string, 'whats ur snap?']);
    expect(outcomes.map((o) => (o.ok ? `${o.value.source}:${o.value.label}` : reason(o.error)))).toEqual([
      'input:none',
      'input:none',
      'not-a-string',
      'teacher:asking',
    ]);
    const empty = await teacher.classify(' \n ');
    expect(empty).toMatchObject({ label: 'none', source: 'input', model: INPUT_RULE_MODEL });
    await expect(teacher.classify(42 as unknown as string)).rejects.toBeInstanceOf(InvalidInputError);
  });

  it('scores text with invisible characters exactly as the text without them', async () => {
    const plain = await teacher.classify('my email is kim@example.com');
    const hidden = await teacher.classify('my e\u200Bmail is kim@\u00ADexample.com\u0000\u0007');
    expect(hidden.teacherScores).toEqual(plain.teacherScores);
    // a lone surrogate is replaced, not refused
    expect((await teacher.classify('whats ur snap? \ud800')).label).toBe('asking');
  });

  it('gives a sparse array one outcome per index, holes included', async () => {
    const texts = new Array<string>(3);
    texts[1] = 'whats ur snap?';
    const outcomes = await teacher.classifyBatch(texts);
    expect(outcomes).toHaveLength(3);
    expect(Object.keys(outcomes)).toEqual(['0', '1', '2']);
    expect(outcomes.map((o) => (o.ok ? o.value.label : reason(o.error)))).toEqual([
      'not-a-string',
      'asking',
      'not-a-string',
    ]);
  });

  it('has the shared maxTextLength default and refuses longer text before tokenizing it', async () => {
    expect(teacher.maxTextLength).toBe(DEFAULT_MAX_TEXT_LENGTH);
    const error = await teacher.classify('a'.repeat(DEFAULT_MAX_TEXT_LENGTH + 1)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(reason(error)).toBe('too-long');
  });

  it('rejects an aborted call with AbortError, drops it from the worker, and keeps working', async () => {
    const controller = new AbortController();
    const call = teacher.classify('whats ur snap?', { signal: controller.signal });
    expect(teacher.queueDepth).toBe(1);
    controller.abort();
    await expect(call).rejects.toBeInstanceOf(AbortError);
    expect(teacher.queueDepth).toBe(0);
    await expect(teacher.classify('x', { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(AbortError);
    expect((await teacher.classify('whats ur snap?')).label).toBe('asking');
  });

  it('settles every text of an aborted batch with AbortError', async () => {
    const controller = new AbortController();
    const batch = teacher.classifyBatch(['a', '', 'b'], { signal: controller.signal });
    controller.abort();
    const outcomes = await batch;
    expect(outcomes[0]!.ok ? undefined : outcomes[0]!.error).toBeInstanceOf(AbortError);
    // empty text is answered by the input rule before anything waits on the worker
    expect(outcomes[1]!.ok && outcomes[1]!.value.source).toBe('input');
    expect(outcomes[2]!.ok ? undefined : outcomes[2]!.error).toBeInstanceOf(AbortError);
  });

  it('reports as queueDepth the texts handed to the worker and not answered yet', async () => {
    expect(teacher.queueDepth).toBe(0);
    const first = teacher.classifyBatch(['whats ur snap?', 'gg', '']);
    const second = teacher.classify('my email is kim@example.com');
    expect(teacher.queueDepth).toBe(3);
    await Promise.all([first, second]);
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
      const outcomes = await teacher.classifyBatch([
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
      expect((await teacher.classifyBatch(['hello', 'hi'])).every((o) => o.ok)).toBe(true);
    } finally {
      await teacher.close();
    }
  });

  it("an aborted call's windows leave the worker's queue at once", async () => {
    // Room for three windows, which run once three are queued or after 5 s (the teacher is busy: it
    // ran a batch just before): the aborted call's two windows would keep two of the three places
    // for seconds unless the worker drops them.
    const teacher = await loadTeacher({
      model: TINY,
      device: 'cpu',
      maxQueuedWindows: 3,
      maxBatchSize: 3,
      maxWindows: 1,
      maxWaitMs: 5000,
    });
    try {
      // An idle teacher runs at once; once this batch is done, new windows wait maxWaitMs for company.
      await teacher.classify('warm up');
      await new Promise((resolve) => setTimeout(resolve, 20));
      const controller = new AbortController();
      const aborted = teacher.classifyBatch(['hello', 'hi'], { signal: controller.signal });
      // let the worker queue both windows before the abort
      await new Promise((resolve) => setTimeout(resolve, 50));
      controller.abort();
      expect((await aborted).every((o) => !o.ok && o.error instanceof AbortError)).toBe(true);
      const next = await teacher.classifyBatch(['whats ur snap?', 'gg', 'my email is kim@example.com'], {
        signal: AbortSignal.timeout(4000),
      });
      expect(next.map((o) => (o.ok ? o.value.label : o.error.kind))).toEqual(['asking', 'none', 'giving']);
    } finally {
      await teacher.close();
    }
  });
});

describe('Teacher.close', () => {
  it('settles pending calls with ClosedError, is idempotent, and refuses later calls', async () => {
    const teacher = await loadTeacher({ model: TINY, device: 'cpu', maxWaitMs: 50 });
    const pending = teacher.classify('whats ur snap?');
    const closing = teacher.close();
    await expect(pending).rejects.toBeInstanceOf(ClosedError);
    expect(teacher.queueDepth).toBe(0);
    await closing;
    await teacher.close();
    expect(teacher.closed).toBe(true);
    await expect(teacher.classify('x')).rejects.toBeInstanceOf(ClosedError);
    await expect(teacher.classifyBatch(['x'])).rejects.toBeInstanceOf(ClosedError);
  });
});
