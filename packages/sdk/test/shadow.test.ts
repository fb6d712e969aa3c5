import { describe, expect, it } from 'vitest';
import type { Classification, Outcome } from '../src/classifier.js';
import { FallbackChain } from '../src/fallback/chain.js';
import type { ShadowEvent } from '../src/fallback/events.js';
import { LazyClassifier } from '../src/fallback/lazy-classifier.js';
import { ShadowComparer } from '../src/fallback/shadow.js';
import { keywordLabel, ok, ScriptedClassifier } from './fallback-helpers.js';

function gatedTeacher() {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  const gate = { open: () => open(), opened };
  const teacher = new ScriptedClassifier('teacher', async (t): Promise<Outcome<Classification>> => {
    await gate.opened;
    return ok(keywordLabel(t), 'xlmr');
  });
  return { teacher, gate };
}

function comparer(
  teacher: ScriptedClassifier,
  options: { sampleRate?: number; maxQueue?: number },
  random = () => 0,
) {
  const events: ShadowEvent[] = [];
  const chain = new FallbackChain([new LazyClassifier(teacher, { initialDelayMs: 0, maxDelayMs: 0 })]);
  const shadow = new ShadowComparer(
    chain,
    { sampleRate: options.sampleRate ?? 1, maxQueue: options.maxQueue ?? 10, batchSize: 4 },
    random,
    (e) => events.push(e),
  );
  return { shadow, events };
}

describe('ShadowComparer', () => {
  it('offer() returns before the teacher runs; comparisons report both labels and never the text', async () => {
    const { teacher, gate } = gatedTeacher();
    const { shadow, events } = comparer(teacher, {});
    shadow.offer('whats ur snap?', { label: 'asking', model: 'api' });
    shadow.offer('my email is kim@example.com', { label: 'none', model: 'api' });
    expect(teacher.calls).toBe(0);
    expect(shadow.stats()).toMatchObject({ sampled: 2, queued: 2 });
    gate.open();
    await shadow.idle();
    expect(events).toEqual([
      {
        apiLabel: 'asking',
        fallbackLabel: 'asking',
        agree: true,
        fallbackSource: 'teacher',
        apiModel: 'api',
        fallbackModel: 'xlmr',
      },
      {
        apiLabel: 'none',
        fallbackLabel: 'giving',
        agree: false,
        fallbackSource: 'teacher',
        apiModel: 'api',
        fallbackModel: 'xlmr',
      },
    ]);
    expect(JSON.stringify(events)).not.toMatch(/kim|snap/);
    expect(shadow.stats()).toMatchObject({ compared: 2, agreed: 1, disagreed: 1, queued: 0, dropped: 0 });
  });

  it('drops and counts work beyond the bounded queue', async () => {
    const { teacher, gate } = gatedTeacher();
    const { shadow } = comparer(teacher, { maxQueue: 3 });
    for (let i = 0; i < 10; i++) shadow.offer(`text ${i}`, { label: 'none', model: 'api' });
    expect(shadow.stats()).toMatchObject({ sampled: 10, queued: 3, dropped: 7 });
    gate.open();
    await shadow.idle();
    expect(shadow.stats()).toMatchObject({ compared: 3, dropped: 7 });
  });

  it('samples at sampleRate', async () => {
    const teacher = new ScriptedClassifier('teacher', () => ok('none'));
    let i = 0;
    const { shadow } = comparer(teacher, { sampleRate: 0.25 }, () => (i++ % 4) / 4);
    for (let k = 0; k < 8; k++) shadow.offer(`t${k}`, { label: 'none', model: 'api' });
    await shadow.idle();
    expect(shadow.stats()).toMatchObject({ sampled: 2, compared: 2 });
    expect(teacher.texts).toEqual(['t0', 't4']);
  });

  it('a text offered while the previous comparison is finishing is still compared', async () => {
    // The offer lands `ticks` microtasks after the teacher answers: for some of them, the pump has
    // checked its queue for the last time but has not yet said it stopped.
    const stranded: number[] = [];
    for (let ticks = 0; ticks < 12; ticks++) {
      let shadow: ShadowComparer | undefined;
      const teacher = new ScriptedClassifier('teacher', (text) => {
        let later = Promise.resolve();
        for (let i = 0; i < ticks; i++) later = later.then(() => undefined);
        if (text === 'first') void later.then(() => shadow?.offer('late', { label: 'none', model: 'api' }));
        return ok('none');
      });
      ({ shadow } = comparer(teacher, {}));
      shadow.offer('first', { label: 'none', model: 'api' });
      await shadow.idle();
      await new Promise((r) => setTimeout(r, 2));
      await shadow.idle();
      if (shadow.stats().compared !== 2) stranded.push(ticks);
    }
    expect(stranded).toEqual([]);
  });

  it('close() drops queued work and aborts the comparison in flight', async () => {
    const { teacher, gate } = gatedTeacher();
    const { shadow, events } = comparer(teacher, {});
    for (let k = 0; k < 6; k++) shadow.offer(`t${k}`, { label: 'none', model: 'api' });
    await new Promise((r) => setTimeout(r, 5));
    expect(teacher.calls).toBe(1);
    shadow.close();
    shadow.offer('late', { label: 'none', model: 'api' });
    expect(teacher.aborted).toBe(1);
    expect(shadow.stats()).toMatchObject({ dropped: 2, sampled: 6, queued: 0 });
    // This teacher ignores the abort and answers later: its answers are dropped, not reported.
    gate.open();
    await shadow.idle();
    expect(shadow.stats()).toMatchObject({ dropped: 6, compared: 0 });
    expect(events).toEqual([]);
  });
});
