import { describe, expectTypeOf, it } from 'vitest';
import type {
  Classifier,
  ClassifyResult,
  FireworksClassifier,
  Label,
  Outcome,
  PiiClient,
  PiiClientEvents,
  PiiClientOptions,
  ResolvedClientOptions,
  RetryEvent,
} from '../src/index.js';
import type { FakeClassifier, MockReply } from '../src/testing/index.js';

// Checked by `tsc` (pnpm --filter @piiguard/sdk typecheck); a wrong public type fails the build.
describe('public types', () => {
  it('classify and classifyBatch return typed results', () => {
    expectTypeOf<PiiClient['classify']>().returns.toEqualTypeOf<Promise<ClassifyResult>>();
    expectTypeOf<PiiClient['classifyBatch']>().returns.toEqualTypeOf<Promise<Outcome<ClassifyResult>[]>>();
    expectTypeOf<ClassifyResult['label']>().toEqualTypeOf<Label>();
    expectTypeOf<ClassifyResult['source']>().toEqualTypeOf<
      'api' | 'teacher' | 'pocket' | 'cache' | 'input'
    >();
  });

  it('outcomes are a discriminated union', () => {
    const narrow = (outcome: Outcome<ClassifyResult>) =>
      outcome.ok ? outcome.value.label : outcome.error.kind;
    expectTypeOf(narrow).returns.toEqualTypeOf<Label | import('../src/index.js').PiiguardErrorKind>();
  });

  it('events are typed by name', () => {
    expectTypeOf<PiiClientEvents['retry']>().toEqualTypeOf<RetryEvent>();
    expectTypeOf<PiiClient['on']>().returns.toEqualTypeOf<() => void>();
  });

  it('backends and doubles implement Classifier', () => {
    expectTypeOf<FireworksClassifier>().toMatchTypeOf<Classifier>();
    expectTypeOf<FakeClassifier>().toMatchTypeOf<Classifier>();
  });

  it('resolved options have no optional fields', () => {
    expectTypeOf<ResolvedClientOptions['timeoutMs']>().toEqualTypeOf<number>();
    expectTypeOf<Required<ResolvedClientOptions>>().toEqualTypeOf<ResolvedClientOptions>();
    expectTypeOf<PiiClientOptions['cache']>().toEqualTypeOf<
      import('../src/index.js').CacheOptions | false | undefined
    >();
  });

  it('mock replies accept labels and faults', () => {
    expectTypeOf<'asking'>().toMatchTypeOf<MockReply>();
    expectTypeOf<{ type: 'status'; status: 429 }>().toMatchTypeOf<MockReply>();
    expectTypeOf<'maybe'>().not.toMatchTypeOf<MockReply>();
  });
});
