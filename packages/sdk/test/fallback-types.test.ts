import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  type CircuitStateName,
  type ClassifyResult,
  type ClientStats,
  type FallbackReason,
  PiiClient,
  type ShadowEvent,
} from '../src/index.js';
import { ok, ScriptedClassifier } from './fallback-helpers.js';

describe('public fallback types', () => {
  it('events, results and stats are typed end to end', async () => {
    const teacher = new ScriptedClassifier('teacher', () => ok('none'));
    const client = new PiiClient({ fallback: { mode: 'fallback-only', classifiers: teacher } });
    const off = client.on('circuit', (e) => {
      expectTypeOf(e.state).toEqualTypeOf<CircuitStateName>();
    });
    client.on('shadow', (e) => expectTypeOf(e).toEqualTypeOf<ShadowEvent>());
    client.on('fallback', (e) => expectTypeOf(e.reason).toEqualTypeOf<FallbackReason>());
    expectTypeOf(off).toEqualTypeOf<() => void>();
    const r = await client.classify('hello there');
    expectTypeOf(r).toEqualTypeOf<ClassifyResult>();
    expectTypeOf(r.fallbackReason).toEqualTypeOf<FallbackReason | undefined>();
    expectTypeOf(client.stats()).toEqualTypeOf<ClientStats>();
    // @ts-expect-error: unknown modes are rejected by the type, not only at run time.
    expect(() => new PiiClient({ fallback: { mode: 'sometimes', teacher } })).toThrow(/fallback\.mode/);
    await client.close();
  });
});
