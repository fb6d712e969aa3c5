import { describe, expect, it } from 'vitest';
import {
  AbortError,
  APIConnectionError,
  FallbackUnavailableError,
  InferenceError,
  InvalidInputError,
  ModelLoadError,
} from '../src/errors.js';
import { FallbackChain } from '../src/fallback/chain.js';
import { LazyClassifier } from '../src/fallback/lazy-classifier.js';
import type { ClassifierSource } from '../src/fallback/options.js';
import { after, err, keywordLabel, ok, ScriptedClassifier } from './fallback-helpers.js';

const lazy = (source: ClassifierSource) =>
  new LazyClassifier(source, { initialDelayMs: 1_000, maxDelayMs: 1_000 });

describe('FallbackChain', () => {
  it('the first member that answers wins; source is its kind; order is kept', async () => {
    const teacher = new ScriptedClassifier('teacher', (t) =>
      t.startsWith('long')
        ? err(new InvalidInputError('too many windows', 'too-many-windows'))
        : ok(keywordLabel(t), 'xlmr'),
    );
    const pocket = new ScriptedClassifier('pocket', (t) => ok(keywordLabel(t), 'pocket-v1'));
    const chain = new FallbackChain([lazy(() => teacher), lazy(() => pocket)]);
    const out = await chain.classify(['whats ur snap?', 'long my email is a@b.c', 'nice game']);
    expect(out).toEqual([
      {
        ok: true,
        value: { label: 'asking', model: 'xlmr', source: 'teacher', latencyMs: expect.any(Number) },
      },
      {
        ok: true,
        value: { label: 'giving', model: 'pocket-v1', source: 'pocket', latencyMs: expect.any(Number) },
      },
      { ok: true, value: { label: 'none', model: 'xlmr', source: 'teacher', latencyMs: expect.any(Number) } },
    ]);
    expect(pocket.texts).toEqual(['long my email is a@b.c']);
  });

  it('skips a member whose load fails', async () => {
    const pocket = new ScriptedClassifier('pocket', () => ok('none'));
    const chain = new FallbackChain([
      lazy(() => {
        throw new ModelLoadError('no onnx');
      }),
      lazy(pocket),
    ]);
    const [out] = await chain.classify(['hello']);
    expect(out).toMatchObject({ ok: true, value: { source: 'pocket' } });
  });

  it('reports FallbackUnavailableError with the cause when nobody answers', async () => {
    const refused = new APIConnectionError('refused');
    const second = new ScriptedClassifier('api', () => err(refused));
    const chain = new FallbackChain([lazy(second)]);
    const [out] = await chain.classify(['hello']);
    expect(out?.ok).toBe(false);
    if (out?.ok === false) {
      expect(out.error).toBeInstanceOf(FallbackUnavailableError);
      expect(out.error.cause).toBe(refused);
    }
  });

  it('reports a local model that broke as InferenceError, the cause kept', async () => {
    const crash = new Error('worker crashed');
    const broken = new ScriptedClassifier('teacher', () => {
      throw crash;
    });
    const [out] = await new FallbackChain([lazy(broken)]).classify(['hello']);
    expect(out?.ok).toBe(false);
    if (out?.ok === false) {
      expect(out.error).toBeInstanceOf(InferenceError);
      expect(out.error.kind).toBe('inference');
      expect(out.error.cause).toBe(crash);
    }
  });

  it('keeps an invalid-input error as is, and stops on abort', async () => {
    const refuses = new ScriptedClassifier('teacher', () =>
      err(new InvalidInputError('too long', 'too-long')),
    );
    const [invalid] = await new FallbackChain([lazy(refuses)]).classify(['x']);
    expect(invalid).toMatchObject({ ok: false, error: { kind: 'invalid-input' } });

    const slow = new ScriptedClassifier('teacher', (_t, signal) => after(10_000, ok('none'), signal));
    const next = new ScriptedClassifier('pocket', () => ok('none'));
    const controller = new AbortController();
    const pending = new FallbackChain([lazy(slow), lazy(next)]).classify(['x'], {
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 5);
    const [aborted] = await pending;
    expect(aborted?.ok === false && aborted.error).toBeInstanceOf(AbortError);
    expect(next.calls).toBe(0);
    expect(slow.aborted).toBe(1);
  });

  it('reports each member: state, identity once loaded, queue depth and failures when reported', async () => {
    const a = new ScriptedClassifier('teacher', () => ok('none'));
    const b = new ScriptedClassifier('pocket', () => ok('none'));
    a.queueDepth = 3;
    a.failures = 7;
    const chain = new FallbackChain([lazy(a), lazy(b)]);
    expect(chain.memberStats()).toEqual([{ state: 'idle' }, { state: 'idle' }]);
    await chain.classify(['x']);
    expect(chain.memberStats()).toEqual([
      { state: 'ready', kind: 'teacher', model: 'teacher-model', queueDepth: 3, failures: 7 },
      { state: 'idle' },
    ]);
  });
});
