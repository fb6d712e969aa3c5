import { describe, expectTypeOf, it } from 'vitest';
import type {
  BaseClassifier,
  Classifier,
  ClassifierCalls,
  ClassifyBatchOptions,
  ClassifyOptions,
  ClassifyResult,
  FireworksClassifier,
  Label,
  Outcome,
  PiiClient,
  PiiClientEvents,
  PiiClientOptions,
  RetryEvent,
} from '../src/index.js';
import type { ResolvedClientOptions } from '../src/options.js';
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

  it('every classifier is called the same way: classify resolves to a result, classifyBatch to outcomes', () => {
    expectTypeOf<PiiClient['classify']>().returns.resolves.toEqualTypeOf<ClassifyResult>();
    expectTypeOf<FakeClassifier['classify']>().returns.resolves.toEqualTypeOf<ClassifyResult>();
    expectTypeOf<FireworksClassifier['classify']>().returns.resolves.toEqualTypeOf<ClassifyResult>();
    expectTypeOf<BaseClassifier['classify']>().returns.resolves.toEqualTypeOf<ClassifyResult>();
    expectTypeOf<PiiClient['classifyBatch']>().returns.resolves.toEqualTypeOf<Outcome<ClassifyResult>[]>();
    expectTypeOf<FakeClassifier['classifyBatch']>().returns.resolves.toEqualTypeOf<
      Outcome<ClassifyResult>[]
    >();
    expectTypeOf<FireworksClassifier['classifyBatch']>().returns.resolves.toEqualTypeOf<
      Outcome<ClassifyResult>[]
    >();
    expectTypeOf<BaseClassifier['classifyBatch']>().returns.resolves.toEqualTypeOf<
      Outcome<ClassifyResult>[]
    >();
    expectTypeOf<PiiClient>().toMatchTypeOf<ClassifierCalls>();
    expectTypeOf<FakeClassifier['classify']>().parameters.toEqualTypeOf<[string, ClassifyOptions?]>();
    expectTypeOf<PiiClient['classify']>().parameters.toEqualTypeOf<[string, ClassifyOptions?]>();
    expectTypeOf<FakeClassifier['classifyBatch']>().parameters.toEqualTypeOf<
      [readonly string[], ClassifyBatchOptions?]
    >();
    expectTypeOf<PiiClient['classifyBatch']>().parameters.toEqualTypeOf<
      [readonly string[], ClassifyBatchOptions?]
    >();
    // Never called: only compiled.
    const misuse = (fake: FakeClassifier, client: PiiClient) => {
      // @ts-expect-error classify takes one text, not an array
      void fake.classify(['a']);
      // @ts-expect-error classifyBatch takes an array
      void client.classifyBatch('a');
    };
    expectTypeOf(misuse).toBeFunction();
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
    expectTypeOf<FakeClassifier>().toMatchTypeOf<BaseClassifier>();
    expectTypeOf<BaseClassifier>().toMatchTypeOf<Classifier>();
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
