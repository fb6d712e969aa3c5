import {
  AbortError,
  ClosedError,
  ConfigurationError,
  InvalidInputError,
  ModelLoadError,
} from '@piiguard/sdk';
import { describe, expect, it } from 'vitest';
import { loadPocket } from '../src/load.js';
import type { PocketWeightsFile } from '../src/model.js';
import weights from '../src/weights.generated.json';

describe('loadPocket() → Classifier', () => {
  it('is a pocket classifier whose model id names the version and the weights hash', async () => {
    const pocket = await loadPocket();
    expect(pocket.kind).toBe('pocket');
    expect(pocket.model).toMatch(/^piiguard\/pocket-v1\+[0-9a-f]{8}$/);
    expect(pocket.model).toBe((weights as PocketWeightsFile).id);
  });

  it('gives exactly one outcome per input, in input order', async () => {
    const pocket = await loadPocket();
    const texts = ['whats ur snap?', 'this game is fun', 'my email is kim@example.com', 'where do u live'];
    const outcomes = await pocket.classify(texts);
    expect(outcomes.map((o) => (o.ok ? o.value.label : 'error'))).toEqual([
      'asking',
      'none',
      'giving',
      'asking',
    ]);
    for (const o of outcomes) {
      expect(o.ok && o.value.model).toBe(pocket.model);
      expect(o.ok && o.value.probabilities).toBeTruthy();
    }
  });

  it('reports bad inputs in their own outcome without losing the others', async () => {
    const pocket = await loadPocket({ maxLength: 1000 });
    const texts = ['hi', 42, '   ', 'x'.repeat(1001), null, 'whats ur number'] as unknown as string[];
    const outcomes = await pocket.classify(texts);
    expect(outcomes).toHaveLength(6);
    const reasons = outcomes.map((o) => (o.ok ? o.value.label : (o.error as InvalidInputError).reason));
    expect(reasons).toEqual(['none', 'not-a-string', 'empty', 'too-long', 'not-a-string', 'asking']);
    for (const o of outcomes) if (!o.ok) expect(o.error).toBeInstanceOf(InvalidInputError);
  });

  it('never puts the text in an error message', async () => {
    const pocket = await loadPocket({ maxLength: 10 });
    const [o] = await pocket.classify(['my secret number is 5551234567']);
    expect(o?.ok).toBe(false);
    if (o && !o.ok) expect(JSON.stringify(o.error.toJSON()) + o.error.message).not.toContain('5551234567');
  });

  it('classifies a megabyte of text without dropping the PII at its end', async () => {
    const pocket = await loadPocket();
    const text = `${'lol nice build bro '.repeat(55_000)}my snap is kimmy_22`;
    const [o] = await pocket.classify([text]);
    expect(o?.ok && o.value.label).toBe('giving');
  });

  it('classifies a megabyte with no spaces (windows and normaliser stay linear)', async () => {
    const pocket = await loadPocket();
    const [o] = await pocket.classify([`${'a'.repeat(1_000_000)} my snap is kimmy_22`]);
    expect(o?.ok && o.value.label).toBe('giving');
  });

  it('rejects a call that is not given an array', async () => {
    const pocket = await loadPocket();
    await expect(pocket.classify('hi' as unknown as string[])).rejects.toMatchObject({
      reason: 'not-an-array',
    });
  });

  it('rejects with AbortError when the signal is aborted', async () => {
    const pocket = await loadPocket();
    const controller = new AbortController();
    controller.abort();
    const err = await pocket.classify(['hi'], { signal: controller.signal }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AbortError);
  });

  it('stops a long batch when aborted part-way (it yields to the event loop)', async () => {
    const pocket = await loadPocket({ yieldEveryMs: 1 });
    const controller = new AbortController();
    const texts = Array.from({ length: 20_000 }, (_, i) => `message number ${i} lol this is a long one ok`);
    const pending = pocket.classify(texts, { signal: controller.signal });
    setTimeout(() => controller.abort(), 0);
    await expect(pending).rejects.toBeInstanceOf(AbortError);
  });

  it('rejects with ClosedError after close(); close() is idempotent', async () => {
    const pocket = await loadPocket();
    await pocket.close();
    await pocket.close();
    await expect(pocket.classify(['hi'])).rejects.toBeInstanceOf(ClosedError);
  });

  it('keeps classifiers independent: closing one leaves another (sharing the weights) working', async () => {
    const a = await loadPocket();
    const b = await loadPocket();
    await a.close();
    const [o] = await b.classify(['whats ur snap']);
    expect(o?.ok && o.value.label).toBe('asking');
  });

  it('refuses malformed weights with ModelLoadError', async () => {
    const good = weights as PocketWeightsFile;
    const bad = [
      { ...good, format: 'other' },
      { ...good, bits: 30 },
      { ...good, scale: -1 },
      { ...good, weights: good.weights.slice(0, 100) },
      { ...good, weights: '%%%not base64' },
    ] as PocketWeightsFile[];
    for (const w of bad) {
      const err = await loadPocket({ weights: w }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ModelLoadError);
    }
  });

  it('refuses impossible options, naming the option', async () => {
    for (const [options, option] of [
      [{ maxLength: 0 }, 'maxLength'],
      [{ yieldEveryMs: Number.NaN }, 'yieldEveryMs'],
    ] as const) {
      const err = await loadPocket(options).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ConfigurationError);
      expect(err).toMatchObject({ kind: 'configuration', option });
      expect((err as Error).message).toContain(option);
    }
  });
});
