import { ConfigurationError, InvalidInputError, type Label } from '@piiguard/sdk';
import { describe, expect, it } from 'vitest';
import {
  type EvalExample,
  formatSimilarityReport,
  isHardNegative,
  parseDataset,
  SimilarityIndex,
  similarities,
  similarityReport,
  wordJaccard,
  wordSet,
} from '../src/index.js';

/** Brute force: the definition the index must agree with. */
function bruteNearest(corpus: readonly string[], text: string) {
  let best = 0;
  let index = -1;
  corpus.forEach((ref, i) => {
    const s = wordJaccard(ref, text);
    if (s > best) {
      best = s;
      index = i;
    }
  });
  return { similarity: best, index };
}

describe('wordSet', () => {
  it('reads NFKC lower-cased runs of letters and digits, once each', () => {
    expect([...wordSet('Whats UR snap?? ur snap, ＵＲ')]).toEqual(['whats', 'ur', 'snap']);
    expect([...wordSet('мой ник Kim_22!')]).toEqual(['мой', 'ник', 'kim', '22']);
  });

  it('reads scripts without spaces as overlapping character pairs', () => {
    expect([...wordSet('ライン教えて')]).toEqual(['ライ', 'イン', 'ン教', '教え', 'えて']);
    expect([...wordSet('猫')]).toEqual(['猫']);
  });
});

describe('SimilarityIndex', () => {
  const corpus = [
    'whats ur snap',
    'my snap is kim22',
    'this game is so fun',
    'whats ur snap',
    'gg wp',
    'ur trash at this game lol',
    'send me ur number pls',
  ];
  const index = new SimilarityIndex(corpus);

  it('finds the exact nearest neighbour (the brute-force answer) through the inverted index', () => {
    for (const query of [
      'whats ur snap',
      'whats your snap',
      'this game is fun',
      'lol',
      'my number is 555',
      'completely unrelated words here',
      'ur snap game',
    ]) {
      const got = index.nearest(query);
      const want = bruteNearest(corpus, query);
      expect(got.similarity).toBeCloseTo(want.similarity, 12);
      if (want.index !== -1) expect(wordJaccard(corpus[got.index]!, query)).toBeCloseTo(want.similarity, 12);
    }
  });

  it('gives 1 for a repeated text, 0 and -1 for a text sharing no word', () => {
    expect(index.nearest('Whats ur SNAP?')).toEqual({ similarity: 1, index: 0 });
    expect(index.nearest('zebra quantum')).toEqual({ similarity: 0, index: -1 });
    expect(index.nearest('!!!')).toEqual({ similarity: 0, index: -1 });
    expect(index.size).toBe(corpus.length);
  });

  it('computes Jaccard as shared / union', () => {
    // {whats, ur, snap} vs {whats, your, snap}: 2 shared of 4.
    expect(index.nearest('whats your snap').similarity).toBe(0.5);
  });

  it('is fast enough for a training corpus: 20 000 texts, 500 queries in well under a few seconds', () => {
    const words = 'u ur the lol snap game is fun my number trade pet gg add me on roblox server code'.split(
      ' ',
    );
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed;
    };
    const big = Array.from({ length: 20_000 }, () =>
      Array.from({ length: 3 + (next() % 8) }, () => `${words[next() % words.length]}${next() % 50}`).join(
        ' ',
      ),
    );
    const started = performance.now();
    const idx = new SimilarityIndex(big);
    for (let i = 0; i < 500; i++) idx.nearest(big[i * 7]!);
    expect(idx.nearest(big[3]!).similarity).toBe(1);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

const rows = parseDataset(
  [
    { text: 'whats ur snap', label: 'asking', kind: 'handle' },
    { text: 'my snap is kim22', label: 'giving', lang: 'en', tags: ['handle', 'long'] },
    { text: 'high score 5551234', label: 'none', kind: 'negative-numbers' },
    { text: 'gg wp', label: 'none', kind: 'negative-chat' },
    { text: 'dame tu numero', label: 'asking', lang: 'es' },
    { text: 'lobby 3 code 4417', label: 'none', tags: 'hard-negative', lang: 'es' },
  ]
    .map((r) => JSON.stringify(r))
    .join('\n'),
);

describe('similarityReport', () => {
  const predicted: (Label | null)[] = ['asking', 'asking', 'giving', 'none', null, 'none'];
  const sims = [0.9, 0.6, 0.1, 1, 0.3, 0.45];

  it('splits false alarms on harmless rows from PII recall, overall and per band, language and tag', () => {
    const report = similarityReport(rows, predicted, sims);
    const all = report.all;
    expect(all.overall).toMatchObject({
      total: 6,
      correct: 3,
      harmless: 3,
      falseAlarms: 1,
      pii: 3,
      piiFlagged: 2,
    });
    expect(all.overall.falseAlarmRate).toBeCloseTo(1 / 3, 12);
    expect(all.overall.piiRecall).toBeCloseTo(2 / 3, 12);
    // giving predicted as asking still counts as flagged; the error (null) does not.
    expect(all.metrics.accuracy).toBe(0.5);
    expect(all.hardNegatives).toMatchObject({ total: 2, correct: 1 });
    expect(all.byBand.map((b) => [b.key, b.total])).toEqual([
      ['0.00–<0.20', 1],
      ['0.20–<0.35', 1],
      ['0.35–<0.50', 1],
      ['0.50–<0.70', 1],
      ['0.70–1.00', 2],
    ]);
    expect(all.byLang.map((s) => [s.key, s.total, s.correct])).toEqual([
      ['en', 4, 2],
      ['es', 2, 1],
    ]);
    expect(all.byTag.find((t) => t.key === 'handle')).toMatchObject({ total: 2, correct: 1 });
    expect(all.byTag.find((t) => t.key === 'long')).toMatchObject({ total: 1 });
    expect(report.meanSimilarity).toBeCloseTo((0.9 + 0.6 + 0.1 + 1 + 0.3 + 0.45) / 6, 12);
    expect(report.exactMatches).toBe(1);
  });

  it('takes the headline on rows below the threshold only', () => {
    const report = similarityReport(rows, predicted, sims, { headlineBelow: 0.5 });
    expect(report.headline?.overall).toMatchObject({
      total: 3,
      correct: 1,
      harmless: 2,
      falseAlarms: 1,
      pii: 1,
    });
    expect(
      similarityReport(
        rows,
        predicted,
        sims.map(() => 0.9),
      ).headline,
    ).toBeUndefined();
    const text = formatSimilarityReport(report, { style: 'text' });
    expect(text).toContain('rows below 0.5: 3 rows · accuracy 33.3%');
    expect(text).toContain('false alarms on harmless 50.0% (1/2)');
  });

  it('uses the caller’s bands and hard-negative rule', () => {
    const report = similarityReport(rows, predicted, sims, {
      bandEdges: [0.5],
      isHardNegative: (e) => e.label === 'none',
    });
    expect(report.all.byBand.map((b) => b.key)).toEqual(['0.00–<0.50', '0.50–1.00']);
    expect(report.all.hardNegatives.total).toBe(3);
  });

  it('refuses mismatched lists and impossible options', () => {
    expect(() => similarityReport(rows, predicted.slice(1), sims)).toThrow(InvalidInputError);
    expect(() => similarityReport([], [], [])).toThrow(InvalidInputError);
    expect(() => similarityReport(rows, predicted, sims, { bandEdges: [0.5, 0.2] })).toThrow(
      ConfigurationError,
    );
    expect(() => similarityReport(rows, predicted, sims, { headlineBelow: 0 })).toThrow(ConfigurationError);
  });
});

describe('isHardNegative and similarities', () => {
  it('counts tagged and negative-* rows (not plain chat) among harmless rows only', () => {
    const verdicts = rows.map((r: EvalExample) => isHardNegative(r));
    expect(verdicts).toEqual([false, false, true, false, false, true]);
  });

  it('scores each example against the index, in order', () => {
    const index = new SimilarityIndex(['whats ur snap', 'gg wp']);
    // 'my snap is kim22' shares only "snap" with 'whats ur snap': 1 of 6 words.
    expect(similarities(index, rows).slice(0, 4)).toEqual([1, 1 / 6, 0, 1]);
  });
});
