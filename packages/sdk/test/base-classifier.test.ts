import { describe, expect, it } from 'vitest';
import {
  type BackendCallOptions,
  BaseClassifier,
  type BaseClassifierOptions,
} from '../src/base-classifier.js';
import type { Classification, ClassifierKind, Label, Outcome } from '../src/classifier.js';
import {
  AbortError,
  ClosedError,
  ConfigurationError,
  InferenceError,
  InvalidInputError,
  RateLimitError,
} from '../src/errors.js';
import { DEFAULT_MAX_TEXT_LENGTH, INPUT_RULE_MODEL } from '../src/input.js';
import { FakeClassifier } from '../src/testing/index.js';

type Backend = (texts: readonly string[], options: BackendCallOptions) => Promise<Outcome<Classification>[]>;

const answer = (label: Label): Outcome<Classification> => ({ ok: true, value: { label, model: 'tiny' } });

/** The smallest backend: everything but the seam comes from BaseClassifier. */
class Tiny extends BaseClassifier {
  readonly kind: ClassifierKind = 'pocket';
  readonly model = 'tiny';
  /** The texts of each backend call, as the backend received them. */
  readonly seen: string[][] = [];
  /** The signal of each backend call. */
  readonly signals: AbortSignal[] = [];
  disposals = 0;
  backend: Backend = async (texts) => texts.map((t) => answer(t.includes('?') ? 'asking' : 'none'));

  constructor(options?: BaseClassifierOptions) {
    super(options);
  }

  protected classifyTexts(texts: readonly string[], options: BackendCallOptions) {
    this.seen.push([...texts]);
    this.signals.push(options.signal);
    return this.backend(texts, options);
  }

  protected async dispose(): Promise<void> {
    this.disposals += 1;
  }
}

/** A backend call that never answers until its signal fires. */
const hang: Backend = (_texts, { signal }) =>
  new Promise((_resolve, reject) => {
    signal.addEventListener('abort', () => reject(new Error('stopped')), { once: true });
  });

/** Yields until `condition` holds (a backend call started), so "during" really is during. */
async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !condition(); i++) await new Promise((r) => setTimeout(r, 1));
  expect(condition()).toBe(true);
}

/** The two ways a backend is built: a subclass of BaseClassifier, and the shipped FakeClassifier. */
const builds = [
  ['a BaseClassifier subclass', (options?: BaseClassifierOptions) => new Tiny(options)],
  [
    'FakeClassifier',
    (options?: BaseClassifierOptions) =>
      new FakeClassifier({
        ...options,
        kind: 'pocket',
        model: 'tiny',
        respond: (t) => (t.includes('?') ? 'asking' : 'none'),
      }),
  ],
] as const;

/** The texts the backend of either build received, per call. */
const received = (classifier: Tiny | FakeClassifier) =>
  classifier instanceof Tiny ? classifier.seen : classifier.calls;

describe.each(builds)('the calling convention, on %s', (_name, build) => {
  it('classify(text) resolves to one result, with source = kind and a latency', async () => {
    const classifier = build();
    const result = await classifier.classify('whats ur snap?');
    expect(result).toEqual({
      label: 'asking',
      model: 'tiny',
      source: 'pocket',
      latencyMs: expect.any(Number),
    });
    expect(result.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it('classifyBatch gives one outcome per input, in order, holes and non-strings included', async () => {
    const classifier = build();
    const texts = Object.assign(new Array<unknown>(7), { 0: 'snap?', 1: 42, 3: null, 4: 'hello', 5: '' });
    const outcomes = await classifier.classifyBatch(texts as string[]);
    expect(outcomes).toHaveLength(7);
    expect(Object.keys(outcomes)).toEqual(['0', '1', '2', '3', '4', '5', '6']);
    expect(outcomes.map((o) => (o.ok ? `${o.value.source}:${o.value.label}` : o.error.kind))).toEqual([
      'pocket:asking',
      'invalid-input',
      'invalid-input',
      'invalid-input',
      'pocket:none',
      'input:none',
      'invalid-input',
    ]);
    expect(outcomes[1]).toMatchObject({ ok: false, error: { reason: 'not-a-string' } });
    expect(received(classifier)).toEqual([['snap?', 'hello']]);
  });

  it('rejects a batch that is not an array, and impossible per-call options', async () => {
    const classifier = build();
    await expect(classifier.classifyBatch('hi' as never)).rejects.toMatchObject({
      kind: 'invalid-input',
      reason: 'not-an-array',
    });
    await expect(classifier.classifyBatch(['hi'], { concurrency: 0 })).rejects.toMatchObject({
      kind: 'configuration',
      option: 'concurrency',
    });
    await expect(classifier.classify('hi', { timeoutMs: Number.NaN })).rejects.toBeInstanceOf(
      ConfigurationError,
    );
    expect(received(classifier)).toEqual([]);
  });

  it.each([[''], ['   \n\t'], ['\u200B\u200C\u200D\uFEFF'], ['\u202E \u2066\u00AD\u0000']])(
    'answers %j with none from the input rule, without calling the backend',
    async (text) => {
      const classifier = build();
      await expect(classifier.classify(text)).resolves.toEqual({
        label: 'none',
        probabilities: { none: 1, asking: 0, giving: 0 },
        model: INPUT_RULE_MODEL,
        source: 'input',
        latencyMs: expect.any(Number),
      });
      const [outcome] = await classifier.classifyBatch([text]);
      expect(outcome).toMatchObject({ ok: true, value: { label: 'none', source: 'input' } });
      expect(received(classifier)).toEqual([]);
    },
  );

  it('removes invisible characters before the backend sees the text', async () => {
    const classifier = build();
    await classifier.classifyBatch([
      '5\u200B5\u200B5-\u200B0\u200B1\u200B0\u200B0',
      'e\u00ADmail me: kim\u0000@example.com',
      'snap: \u202Emik\u202C \u2066handle\u2069',
      'tab\tand\nnewline\r\nstay',
    ]);
    expect(received(classifier)).toEqual([
      ['555-0100', 'email me: kim@example.com', 'snap: mik handle', 'tab\tand\nnewline\r\nstay'],
    ]);
  });

  it(`refuses text over ${DEFAULT_MAX_TEXT_LENGTH} UTF-16 units by default, measured before normalising`, async () => {
    const classifier = build();
    expect(classifier.maxTextLength).toBe(20_000);
    await expect(classifier.classify('a'.repeat(20_000))).resolves.toMatchObject({ source: 'pocket' });
    const tooLong = await classifier.classify('a'.repeat(20_001)).catch((e: unknown) => e);
    expect(tooLong).toBeInstanceOf(InvalidInputError);
    expect(tooLong).toMatchObject({ reason: 'too-long' });
    await expect(classifier.classify(`${'a'.repeat(19_999)}\u200B\u200B`)).rejects.toMatchObject({
      reason: 'too-long',
    });
    expect(received(classifier)).toEqual([['a'.repeat(20_000)]]);
  });

  it('takes maxTextLength from its options', async () => {
    const classifier = build({ maxTextLength: 5 });
    expect(classifier.maxTextLength).toBe(5);
    const outcomes = await classifier.classifyBatch(['12345', '123456']);
    expect(outcomes.map((o) => (o.ok ? o.value.source : o.error.kind))).toEqual(['pocket', 'invalid-input']);
  });

  it.each([0, 1.5, -3, Number.NaN, Number.POSITIVE_INFINITY])(
    'refuses maxTextLength %s with a ConfigurationError that does not echo it',
    (value) => {
      const error = (() => {
        try {
          build({ maxTextLength: value });
        } catch (thrown) {
          return thrown;
        }
      })();
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(error).toMatchObject({ option: 'maxTextLength' });
      expect((error as Error).message).not.toContain(String(value));
    },
  );

  it('settles every text with AbortError when the signal was aborted before the call', async () => {
    const classifier = build();
    const reason = new Error('user left');
    const signal = AbortSignal.abort(reason);
    const outcomes = await classifier.classifyBatch(['a', 'b'], { signal });
    expect(outcomes.every((o) => !o.ok && o.error instanceof AbortError)).toBe(true);
    expect(outcomes[0]?.ok === false && outcomes[0].error.cause).toBe(reason);
    await expect(classifier.classify('a', { signal })).rejects.toBeInstanceOf(AbortError);
    expect(received(classifier)).toEqual([]);
  });

  it('an aborted signal wins over every per-text answer, as on the client', async () => {
    const classifier = build();
    const outcomes = await classifier.classifyBatch(['', 'a', 7 as never], { signal: AbortSignal.abort() });
    expect(outcomes.map((o) => (o.ok ? o.value.source : o.error.kind))).toEqual(['abort', 'abort', 'abort']);
  });

  it('calls after close() reject with ClosedError; close() is idempotent', async () => {
    const classifier = build();
    expect(classifier.closed).toBe(false);
    await Promise.all([classifier.close(), classifier.close()]);
    await classifier.close();
    expect(classifier.closed).toBe(true);
    await expect(classifier.classify('a')).rejects.toBeInstanceOf(ClosedError);
    await expect(classifier.classifyBatch(['a'])).rejects.toBeInstanceOf(ClosedError);
    await expect(classifier.classify('')).rejects.toBeInstanceOf(ClosedError);
  });
});

describe('BaseClassifier, stopping a call in flight', () => {
  it('settles with AbortError as soon as the caller aborts, and stops the backend', async () => {
    const tiny = new Tiny();
    tiny.backend = hang;
    const controller = new AbortController();
    const pending = tiny.classifyBatch(['a', 'b'], { signal: controller.signal });
    await until(() => tiny.seen.length === 1);
    expect(tiny.signals[0]?.aborted).toBe(false);
    controller.abort();
    const outcomes = await pending;
    expect(outcomes.map((o) => !o.ok && o.error.kind)).toEqual(['abort', 'abort']);
    expect(tiny.signals[0]?.aborted).toBe(true);
  });

  it('FakeClassifier: an abort during its delay settles with AbortError', async () => {
    const fake = new FakeClassifier({ delayMs: 10_000 });
    const controller = new AbortController();
    const pending = fake.classify('x', { signal: controller.signal });
    await until(() => fake.calls.length === 1);
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(AbortError);
  });

  it('settles with ClosedError when close() is called during the call, then disposes once', async () => {
    const tiny = new Tiny();
    tiny.backend = hang;
    const pending = tiny.classifyBatch(['a', 'b']);
    const single = tiny.classify('c');
    await until(() => tiny.seen.length === 2);
    await tiny.close();
    const outcomes = await pending;
    expect(outcomes.every((o) => !o.ok && o.error instanceof ClosedError)).toBe(true);
    await expect(single).rejects.toBeInstanceOf(ClosedError);
    expect(tiny.signals.every((s) => s.aborted)).toBe(true);
    expect(tiny.disposals).toBe(1);
  });

  it('FakeClassifier: close() during its delay settles with ClosedError', async () => {
    const fake = new FakeClassifier({ delayMs: 10_000 });
    const pending = fake.classifyBatch(['x', 'y']);
    await until(() => fake.calls.length === 1);
    await fake.close();
    const outcomes = await pending;
    expect(outcomes.map((o) => !o.ok && o.error.kind)).toEqual(['closed', 'closed']);
  });
});

describe('BaseClassifier, what the backend reports', () => {
  it('passes a per-text error through as is: classify rejects with it, the batch carries it', async () => {
    const limited = new RateLimitError('slow down', { status: 429 });
    const fake = new FakeClassifier({ respond: (t) => (t === 'busy' ? limited : 'giving') });
    await expect(fake.classify('busy')).rejects.toBe(limited);
    const outcomes = await fake.classifyBatch(['my number', 'busy']);
    expect(outcomes).toEqual([
      { ok: true, value: { label: 'giving', model: 'fake', source: 'api', latencyMs: expect.any(Number) } },
      { ok: false, error: limited },
    ]);
  });

  it('turns a backend that throws something not from piiguard into InferenceError for every text', async () => {
    const crash = new TypeError('onnxruntime: invalid tensor');
    const tiny = new Tiny();
    tiny.backend = async () => {
      throw crash;
    };
    const outcomes = await tiny.classifyBatch(['a', '', 'b']);
    expect(outcomes.map((o) => (o.ok ? o.value.source : o.error.kind))).toEqual([
      'inference',
      'input',
      'inference',
    ]);
    const error = await tiny.classify('a').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InferenceError);
    expect(error).toMatchObject({ kind: 'inference', cause: crash });
    expect((error as Error).message).not.toContain('invalid tensor');

    const fake = new FakeClassifier({
      kind: 'teacher',
      respond: () => {
        throw crash;
      },
    });
    await expect(fake.classify('a')).rejects.toMatchObject({ kind: 'inference', cause: crash });
  });

  it('keeps a piiguard error the backend throws as it is', async () => {
    const tiny = new Tiny();
    const limited = new RateLimitError('slow down');
    tiny.backend = async () => {
      throw limited;
    };
    await expect(tiny.classify('a')).rejects.toBe(limited);
  });

  it('gives InferenceError to the texts a backend returned no outcome for', async () => {
    const tiny = new Tiny();
    tiny.backend = async () => [answer('giving')];
    const outcomes = await tiny.classifyBatch(['a', 'b']);
    expect(outcomes[0]).toMatchObject({ ok: true, value: { label: 'giving' } });
    expect(outcomes[1]).toMatchObject({ ok: false, error: { kind: 'inference' } });
  });

  it('overrides a source or latency the backend tried to set', async () => {
    const tiny = new Tiny();
    tiny.backend = async (texts) =>
      texts.map(() => ({
        ok: true,
        value: { label: 'none', model: 'tiny', source: 'cache', latencyMs: -1 } as Classification,
      }));
    const result = await tiny.classify('a');
    expect(result.source).toBe('pocket');
    expect(result.latencyMs).toBeGreaterThanOrEqual(0);
  });
});
