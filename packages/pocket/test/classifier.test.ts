import {
  AbortError,
  ClosedError,
  ConfigurationError,
  DEFAULT_MAX_TEXT_LENGTH,
  INPUT_RULE_MODEL,
  InvalidInputError,
  ModelLoadError,
} from '@piiguard/sdk';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadPocket } from '../src/load.js';
import { PocketModel } from '../src/model.js';
import weights from '../src/weights.generated.json';
import type { PocketWeightsFile } from '../src/weights-file.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('loadPocket() → classifier', () => {
  it('is a pocket classifier whose model id names the version and the weights hash', async () => {
    const pocket = await loadPocket();
    expect(pocket.kind).toBe('pocket');
    expect(pocket.model).toMatch(/^piiguard\/pocket-v1\+[0-9a-f]{8}$/);
    expect(pocket.model).toBe((weights as PocketWeightsFile).id);
    expect(pocket.maxTextLength).toBe(DEFAULT_MAX_TEXT_LENGTH);
  });

  it('classify(text) resolves to one result with source, model, probabilities and latency', async () => {
    const pocket = await loadPocket();
    const result = await pocket.classify('whats ur snap?');
    expect(result).toMatchObject({ label: 'asking', source: 'pocket', model: pocket.model });
    expect(result.latencyMs).toBeGreaterThanOrEqual(0);
    const p = result.probabilities!;
    expect(p.none + p.asking + p.giving).toBeCloseTo(1, 12);
    expect(p.asking).toBeGreaterThan(Math.max(p.none, p.giving));
  });

  it('classifyBatch gives exactly one outcome per input, in input order', async () => {
    const pocket = await loadPocket();
    const texts = ['whats ur snap?', 'this game is fun', 'my email is kim@example.com', 'where do u live'];
    const outcomes = await pocket.classifyBatch(texts);
    expect(outcomes.map((o) => (o.ok ? o.value.label : 'error'))).toEqual([
      'asking',
      'none',
      'giving',
      'asking',
    ]);
    for (const o of outcomes)
      expect(o.ok && o.value).toMatchObject({ source: 'pocket', model: pocket.model });
  });

  it('answers empty and whitespace-only text with none from the input rule, without the model', async () => {
    const predict = vi.spyOn(PocketModel.prototype, 'predict');
    const pocket = await loadPocket();
    for (const text of ['', '   ', '\n\t', '\u200B\u200B']) {
      expect(await pocket.classify(text)).toMatchObject({
        label: 'none',
        source: 'input',
        model: INPUT_RULE_MODEL,
      });
    }
    expect(predict).not.toHaveBeenCalled();
  });

  it('reports bad inputs in their own outcome without losing the others', async () => {
    const pocket = await loadPocket({ maxTextLength: 1000 });
    const texts = ['hi', 42, '   ', 'x'.repeat(1001), null, 'whats ur number'] as unknown as string[];
    const outcomes = await pocket.classifyBatch(texts);
    expect(outcomes).toHaveLength(6);
    const shown = outcomes.map((o) =>
      o.ok ? `${o.value.source}:${o.value.label}` : (o.error as InvalidInputError).reason,
    );
    expect(shown).toEqual([
      'pocket:none',
      'not-a-string',
      'input:none',
      'too-long',
      'not-a-string',
      'pocket:asking',
    ]);
    for (const o of outcomes) if (!o.ok) expect(o.error).toBeInstanceOf(InvalidInputError);
  });

  it('classify(text) rejects with the typed error for a bad input', async () => {
    const pocket = await loadPocket({ maxTextLength: 10 });
    await expect(pocket.classify('x'.repeat(11))).rejects.toMatchObject({
      kind: 'invalid-input',
      reason: 'too-long',
    });
    await expect(pocket.classify(7 as unknown as string)).rejects.toMatchObject({ reason: 'not-a-string' });
  });

  it('never puts the text in an error message', async () => {
    const pocket = await loadPocket({ maxTextLength: 10 });
    const error = await pocket.classify('my secret number is 5551234567').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    const { message } = error as InvalidInputError;
    expect(JSON.stringify((error as InvalidInputError).toJSON()) + message).not.toContain('5551234567');
  });

  it('sees through invisible characters the input rule removes (same answer as the clean text)', async () => {
    const pocket = await loadPocket();
    const clean = await pocket.classify('text me 5551234567');
    const hidden = await pocket.classify('text me 5\u200B5\u200B5\u00AD1234\u2060567');
    expect(hidden.label).toBe('giving');
    expect(hidden.probabilities).toEqual(clean.probabilities);
  });

  it('refuses text over the default limit, and with it raised reads a megabyte whole (PII at the end)', async () => {
    const text = `${'lol nice build bro '.repeat(55_000)}text me at 555 201 3344`;
    await expect((await loadPocket()).classify(text)).rejects.toMatchObject({ reason: 'too-long' });
    const pocket = await loadPocket({ maxTextLength: 2_000_000 });
    expect((await pocket.classify(text)).label).toBe('giving');
  });

  it('classifies a megabyte with no spaces (windows and normaliser stay linear)', async () => {
    const pocket = await loadPocket({ maxTextLength: 2_000_000 });
    expect((await pocket.classify(`${'a'.repeat(1_000_000)} text me at 555 201 3344`)).label).toBe('giving');
  });

  it('rejects a batch call that is not given an array', async () => {
    const pocket = await loadPocket();
    await expect(pocket.classifyBatch('hi' as unknown as string[])).rejects.toMatchObject({
      reason: 'not-an-array',
    });
  });

  it('settles with AbortError when the signal is already aborted, without scoring', async () => {
    const predict = vi.spyOn(PocketModel.prototype, 'predict');
    const pocket = await loadPocket();
    const controller = new AbortController();
    controller.abort();
    await expect(pocket.classify('hi', { signal: controller.signal })).rejects.toBeInstanceOf(AbortError);
    const outcomes = await pocket.classifyBatch(['a', 'b'], { signal: controller.signal });
    expect(outcomes.map((o) => !o.ok && o.error.kind)).toEqual(['abort', 'abort']);
    expect(predict).not.toHaveBeenCalled();
  });

  it('stops scoring a long batch when aborted part-way (it yields to the event loop)', async () => {
    const predict = vi.spyOn(PocketModel.prototype, 'predict');
    const pocket = await loadPocket({ yieldEveryMs: 1 });
    const controller = new AbortController();
    const texts = Array.from({ length: 20_000 }, (_, i) => `message number ${i} lol this is a long one ok`);
    const pending = pocket.classifyBatch(texts, { signal: controller.signal });
    setTimeout(() => controller.abort(), 0);
    const outcomes = await pending;
    expect(outcomes).toHaveLength(texts.length);
    expect(outcomes.every((o) => !o.ok && o.error instanceof AbortError)).toBe(true);
    const scored = predict.mock.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(predict.mock.calls.length).toBe(scored);
    expect(scored).toBeLessThan(texts.length);
  });

  it('settles a batch in flight with ClosedError when closed, and refuses calls after close()', async () => {
    const pocket = await loadPocket({ yieldEveryMs: 1 });
    const texts = Array.from({ length: 20_000 }, (_, i) => `message number ${i} lol this is a long one ok`);
    const pending = pocket.classifyBatch(texts);
    setTimeout(() => void pocket.close(), 0);
    const outcomes = await pending;
    expect(outcomes.every((o) => !o.ok && o.error instanceof ClosedError)).toBe(true);
    await pocket.close();
    expect(pocket.closed).toBe(true);
    await expect(pocket.classify('hi')).rejects.toBeInstanceOf(ClosedError);
    await expect(pocket.classifyBatch(['hi'])).rejects.toBeInstanceOf(ClosedError);
  });

  it('keeps classifiers independent: closing one leaves another (sharing the weights) working', async () => {
    const a = await loadPocket();
    const b = await loadPocket();
    await a.close();
    expect((await b.classify('whats ur snap')).label).toBe('asking');
  });

  it('refuses malformed weights with ModelLoadError', async () => {
    const good = weights as PocketWeightsFile;
    const bad = [
      { ...good, format: 'other' },
      { ...good, bits: 30 },
      { ...good, scale: -1 },
      { ...good, weights: good.weights.slice(0, 100) },
      { ...good, weights: '%%%not base64' },
      { ...good, bias: [0, 0] },
      { ...good, bias: [0, Number.NaN, 0] },
    ] as PocketWeightsFile[];
    for (const w of bad) {
      const err = await loadPocket({ weights: w }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ModelLoadError);
    }
  });

  it('applies the decision rule of the weights file: a larger none offset flags fewer messages', async () => {
    const good = weights as PocketWeightsFile;
    const strict = await loadPocket({ weights: { ...good, bias: [30, 0, 0] } });
    const loose = await loadPocket({ weights: { ...good, bias: [-30, 0, 0] } });
    const legacy = await loadPocket({ weights: { ...good, bias: undefined } });
    const text = 'whats ur snap?';
    expect((await strict.classify(text)).label).toBe('none');
    expect((await loose.classify('gg wp')).label).not.toBe('none');
    // A file without a bias (the first format) reads as offsets of zero.
    expect((await legacy.classify(text)).label).toBe('asking');
    for (const c of [strict, loose, legacy]) await c.close();
  });

  it('refuses impossible options with ConfigurationError naming the option, never echoing the value', async () => {
    for (const [options, option, value] of [
      [{ maxTextLength: 0 }, 'maxTextLength', '0'],
      [{ maxTextLength: 12.5 }, 'maxTextLength', '12.5'],
      [{ yieldEveryMs: Number.NaN }, 'yieldEveryMs', 'NaN'],
      [{ yieldEveryMs: -3 }, 'yieldEveryMs', '-3'],
    ] as const) {
      const err = await loadPocket(options).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ConfigurationError);
      expect(err).toMatchObject({ kind: 'configuration', option });
      expect((err as Error).message).toContain(option);
      expect((err as Error).message).not.toContain(value);
    }
  });
});
