import { describe, expect, it } from 'vitest';
import type { Classifier } from '../src/classifier.js';
import { ClosedError, FallbackUnavailableError } from '../src/errors.js';
import type { FallbackLoadedEvent, FallbackLoadFailedEvent } from '../src/fallback/events.js';
import { LazyClassifier } from '../src/fallback/lazy-classifier.js';
import { ok, ScriptedClassifier } from './fallback-helpers.js';

function clock() {
  const c = { t: 1_000, now: () => c.t };
  return c;
}

describe('LazyClassifier', () => {
  it('runs the factory once for concurrent first calls and reports the device', async () => {
    const teacher = new ScriptedClassifier('teacher', () => ok('asking'));
    teacher.device = 'cpu';
    let builds = 0;
    const loaded: FallbackLoadedEvent[] = [];
    const lazy = new LazyClassifier(
      async () => {
        builds += 1;
        await new Promise((r) => setTimeout(r, 5));
        return teacher;
      },
      { initialDelayMs: 100, maxDelayMs: 1_000, onLoaded: (e) => loaded.push(e) },
    );
    expect(lazy.state).toBe('idle');
    const calls = Array.from({ length: 10 }, () =>
      lazy.load().then((c) => c.classifyBatch(['whats ur snap'])),
    );
    expect(lazy.state).toBe('loading');
    const outcomes = await Promise.all(calls);
    expect(builds).toBe(1);
    expect(outcomes.every((o) => o[0]?.ok)).toBe(true);
    expect(lazy.state).toBe('ready');
    expect(loaded).toHaveLength(1);
    expect(loaded[0]).toMatchObject({ kind: 'teacher', model: 'teacher-model', device: 'cpu' });
  });

  it('turns a failed load into FallbackUnavailableError and waits out a capped exponential back-off', async () => {
    const c = clock();
    const failures: FallbackLoadFailedEvent[] = [];
    let builds = 0;
    let broken = true;
    const lazy = new LazyClassifier(
      () => {
        builds += 1;
        if (broken) throw new Error('onnx file missing');
        return new ScriptedClassifier('teacher', () => ok('none'));
      },
      { initialDelayMs: 100, maxDelayMs: 250, now: c.now, onLoadFailed: (e) => failures.push(e) },
    );
    const first = await lazy.load().catch((e: unknown) => e);
    expect(first).toBeInstanceOf(FallbackUnavailableError);
    expect((first as Error).cause).toBeInstanceOf(Error);
    expect(((first as Error).cause as Error).message).toBe('onnx file missing');
    expect(lazy.state).toBe('backing-off');

    // Within the back-off: refused at once, no new load attempt.
    c.t += 99;
    await expect(lazy.load()).rejects.toThrow(/next attempt is in 1 ms/);
    expect(builds).toBe(1);

    c.t += 1;
    await expect(lazy.load()).rejects.toBeInstanceOf(FallbackUnavailableError);
    expect(builds).toBe(2);
    c.t += 200;
    await expect(lazy.load()).rejects.toBeInstanceOf(FallbackUnavailableError);
    c.t += 250;
    await expect(lazy.load()).rejects.toBeInstanceOf(FallbackUnavailableError);
    expect(failures.map((f) => f.retryInMs)).toEqual([100, 200, 250, 250]);

    broken = false;
    c.t += 249;
    await expect(lazy.load()).rejects.toBeInstanceOf(FallbackUnavailableError);
    expect(builds).toBe(4);
    c.t += 1;
    const loaded = await lazy.load();
    await expect(loaded.classifyBatch(['hi'])).resolves.toMatchObject([
      { ok: true, value: { label: 'none' } },
    ]);
    expect(builds).toBe(5);
    expect(lazy.state).toBe('ready');
  });

  it('rejects a factory that returns something that is not a Classifier', async () => {
    const lazy = new LazyClassifier(() => ({}) as Classifier, { initialDelayMs: 0, maxDelayMs: 0 });
    const error = await lazy.load().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FallbackUnavailableError);
    expect((error as Error).cause).toBeInstanceOf(TypeError);
  });

  it('closes what its factory built but not a classifier the caller passed', async () => {
    const built = new ScriptedClassifier('teacher', () => ok('none'));
    const passed = new ScriptedClassifier('pocket', () => ok('none'));
    const fromFactory = new LazyClassifier(() => built, { initialDelayMs: 0, maxDelayMs: 0 });
    const given = new LazyClassifier(passed, { initialDelayMs: 0, maxDelayMs: 0 });
    await fromFactory.load();
    await given.load();
    await fromFactory.close();
    await given.close();
    await fromFactory.close();
    expect(built.disposals).toBe(1);
    expect(passed.disposals).toBe(0);
    await expect(given.load()).rejects.toBeInstanceOf(ClosedError);
  });

  it('closes a classifier that finishes loading after close()', async () => {
    const built = new ScriptedClassifier('teacher', () => ok('none'));
    let release: () => void = () => undefined;
    const lazy = new LazyClassifier(
      () => new Promise<Classifier>((resolve) => (release = () => resolve(built))),
      { initialDelayMs: 0, maxDelayMs: 0 },
    );
    const pending = lazy.load();
    const closing = lazy.close();
    release();
    await expect(pending).rejects.toBeInstanceOf(ClosedError);
    await closing;
    expect(built.disposals).toBe(1);
  });
});
