import {
  AbortError,
  BaseClassifier,
  type Classification,
  type Classifier,
  type ClassifyBatchOptions,
  type ClassifyResult,
  ClosedError,
  ConfigurationError,
  InvalidInputError,
  type Label,
  type Outcome,
} from '@piiguard/sdk';
import { describe, expect, it } from 'vitest';
import { computeMetrics, type EvalExample, evaluate, formatReport } from '../src/index.js';

/**
 * A bare `Classifier` (not built on `BaseClassifier`), so a test can make it misbehave the way any
 * loaded module might: reject a batch, answer too few outcomes or an unknown label.
 */
class KeywordClassifier implements Classifier {
  readonly kind = 'pocket' as const;
  readonly model = 'keyword-test';
  readonly batches: number[] = [];
  constructor(
    private readonly behaviour: (texts: readonly string[]) => Outcome[] | Promise<Outcome[]> = label,
  ) {}
  async classify(text: string): Promise<ClassifyResult> {
    const [outcome] = await this.classifyBatch([text]);
    if (!outcome?.ok) throw outcome?.error ?? new ClosedError('no outcome');
    return outcome.value;
  }
  async classifyBatch(texts: readonly string[], _options?: ClassifyBatchOptions): Promise<Outcome[]> {
    this.batches.push(texts.length);
    return this.behaviour(texts);
  }
  async close(): Promise<void> {}
}

function keyword(text: string): Label {
  return /@|\d{3}/.test(text) ? 'giving' : text.endsWith('?') ? 'asking' : 'none';
}

function label(texts: readonly string[]): Outcome[] {
  return texts.map((text): Outcome => {
    if (text.includes('boom'))
      return { ok: false, error: new InvalidInputError('cannot classify', 'too-long') };
    return {
      ok: true,
      value: {
        label: keyword(text),
        model: 'keyword-test',
        probabilities: { none: 0.2, asking: 0.3, giving: 0.5 },
        source: 'pocket',
        latencyMs: 0,
      },
    };
  });
}

/** The same rule on `BaseClassifier`, scoring slowly enough that an abort lands mid-batch. */
class SlowKeywordClassifier extends BaseClassifier {
  readonly kind = 'pocket' as const;
  readonly model = 'slow-keyword';
  scored = 0;
  constructor() {
    super({ maxTextLength: 1_000 });
  }
  protected async classifyTexts(
    texts: readonly string[],
    { signal }: { signal: AbortSignal },
  ): Promise<Outcome<Classification>[]> {
    const outcomes: Outcome<Classification>[] = [];
    for (const text of texts) {
      if (signal.aborted) break;
      await new Promise((resolve) => setTimeout(resolve, 1));
      this.scored += 1;
      outcomes.push({ ok: true, value: { label: keyword(text), model: this.model } });
    }
    return outcomes;
  }
  protected async dispose(): Promise<void> {}
}

const examples: EvalExample[] = [
  { text: 'gg', label: 'none', kind: 'negative-game', line: 1 },
  { text: 'whats ur snap?', label: 'asking', kind: 'handle', line: 2 },
  { text: 'kim@example.com', label: 'giving', kind: 'email', line: 3 },
  { text: 'where do u live', label: 'asking', kind: 'address', line: 4 },
  { text: 'sold it for 300 coins', label: 'none', kind: 'negative-game', lang: 'en', line: 5 },
  { text: 'boom mi número es 555 0101', label: 'giving', kind: 'phone', lang: 'es', line: 6 },
  { text: 'cual es tu insta?', label: 'asking', kind: 'handle', lang: 'es', line: 7 },
];

describe('evaluate', () => {
  it('scores a classifier, listing misses and errors and slicing by kind and language', async () => {
    const classifier = new KeywordClassifier();
    const report = await evaluate(classifier, examples, { batchSize: 3 });
    expect(classifier.batches).toEqual([3, 3, 1]);
    expect(report.model).toBe('keyword-test');
    expect(report.classifierKind).toBe('pocket');
    expect(report.metrics).toEqual(
      computeMetrics([
        { gold: 'none', predicted: 'none' },
        { gold: 'asking', predicted: 'asking' },
        { gold: 'giving', predicted: 'giving' },
        { gold: 'asking', predicted: 'none' },
        { gold: 'none', predicted: 'giving' },
        { gold: 'giving', predicted: null },
        { gold: 'asking', predicted: 'asking' },
      ]),
    );
    expect(report.metrics.accuracy).toBeCloseTo(4 / 7, 12);
    expect(report.misses.map((m) => [m.example.line, m.predicted])).toEqual([
      [4, 'none'],
      [5, 'giving'],
    ]);
    expect(report.misses[0]!.probabilities).toEqual({ none: 0.2, asking: 0.3, giving: 0.5 });
    expect(report.errors.map((e) => [e.example.line, e.error.name])).toEqual([[6, 'InvalidInputError']]);
    expect(report.byKind).toEqual([
      { key: 'address', total: 1, correct: 0, accuracy: 0 },
      { key: 'email', total: 1, correct: 1, accuracy: 1 },
      { key: 'handle', total: 2, correct: 2, accuracy: 1 },
      { key: 'negative-game', total: 2, correct: 1, accuracy: 0.5 },
      { key: 'phone', total: 1, correct: 0, accuracy: 0 },
    ]);
    expect(report.byLang).toEqual([
      { key: 'en', total: 5, correct: 3, accuracy: 0.6 },
      { key: 'es', total: 2, correct: 1, accuracy: 0.5 },
    ]);
    const text = formatReport(report, { style: 'text' });
    expect(text).toContain('line 4 [address] gold asking → none: where do u live');
    expect(text).toContain('line 6 gold giving: InvalidInputError: cannot classify');
  });

  it('turns a rejected batch into errors for that batch only and carries on', async () => {
    let call = 0;
    const classifier = new KeywordClassifier((texts) => {
      call += 1;
      if (call === 1) throw new ClosedError('closed for a moment');
      return label(texts);
    });
    const report = await evaluate(classifier, examples.slice(0, 4), { batchSize: 2 });
    expect(report.errors.map((e) => [e.example.line, e.error.name])).toEqual([
      [1, 'ClosedError'],
      [2, 'ClosedError'],
    ]);
    expect(report.metrics.unanswered).toBe(2);
    expect(report.metrics.correct).toBe(1);
  });

  it('reports a wrong number of outcomes or an unknown label as errors, not as labels', async () => {
    const short = await evaluate(
      new KeywordClassifier((texts) => label(texts).slice(1)),
      examples.slice(0, 2),
    );
    expect(short.errors).toHaveLength(2);
    expect(short.errors[0]!.error.message).toBe('The classifier returned 1 outcomes for 2 texts');

    const odd = new KeywordClassifier((texts) =>
      texts.map(() => ({
        ok: true,
        value: { label: 'maybe' as Label, model: 'x', source: 'pocket', latencyMs: 0 },
      })),
    );
    const report = await evaluate(odd, examples.slice(0, 2));
    expect(report.errors.map((e) => e.error.name)).toEqual(['InvalidResponseError', 'InvalidResponseError']);
    expect(report.metrics.accuracy).toBe(0);
  });

  it('stops with AbortError when the signal fires between batches', async () => {
    const controller = new AbortController();
    const classifier = new KeywordClassifier();
    const run = evaluate(classifier, examples, {
      batchSize: 2,
      signal: controller.signal,
      onProgress: (done) => {
        if (done === 2) controller.abort();
      },
    });
    await expect(run).rejects.toBeInstanceOf(AbortError);
    expect(classifier.batches).toEqual([2]);
  });

  it("stops with the classifier's AbortError when the signal fires during a batch", async () => {
    const controller = new AbortController();
    const classifier = new SlowKeywordClassifier();
    const run = evaluate(classifier, examples, { batchSize: 7, signal: controller.signal });
    setTimeout(() => controller.abort(), 2);
    await expect(run).rejects.toBeInstanceOf(AbortError);
    expect(classifier.scored).toBeLessThan(examples.length);
  });

  it('evaluates a classifier built on BaseClassifier through classifyBatch', async () => {
    const report = await evaluate(new SlowKeywordClassifier(), examples.slice(0, 4));
    expect(report.model).toBe('slow-keyword');
    expect(report.metrics.correct).toBe(3);
    expect(report.errors).toEqual([]);
  });

  it('rejects a batch size that is not a positive integer, naming the option', async () => {
    for (const batchSize of [0, 2.5, Number.NaN]) {
      const error = await evaluate(new KeywordClassifier(), examples, { batchSize }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(error).toMatchObject({ option: 'batchSize' });
      expect((error as Error).message).not.toContain(String(batchSize));
    }
  });
});
