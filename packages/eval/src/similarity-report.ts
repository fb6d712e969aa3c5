import { ConfigurationError, InvalidInputError, type Label } from '@piiguard/sdk';
import type { EvalExample } from './dataset.js';
import { formatMetrics, formatTable, type TableStyle } from './format.js';
import { computeMetrics, type Metrics } from './metrics.js';
import type { SimilarityIndex } from './similarity.js';

export interface SimilarityReportOptions {
  /**
   * Inner edges of the similarity bands, ascending, each in (0, 1]: `[0.2, 0.5]` gives the bands
   * [0, 0.2), [0.2, 0.5) and [0.5, 1].
   * @default [0.2, 0.35, 0.5, 0.7]
   */
  readonly bandEdges?: readonly number[];
  /**
   * Rows whose nearest-neighbour similarity is below this form the headline subset: the messages
   * that do not repeat the training corpus.
   * @default 0.5
   */
  readonly headlineBelow?: number;
  /** Which rows are hard negatives (harmless messages that look like PII). @default `isHardNegative` */
  readonly isHardNegative?: (example: EvalExample) => boolean;
}

/** Figures for one slice of a set (a band, a language, a tag). */
export interface SliceFigures {
  readonly key: string;
  readonly total: number;
  readonly correct: number;
  /** `correct / total`. */
  readonly accuracy: number;
  /** Rows whose gold label is `none`. */
  readonly harmless: number;
  /** Harmless rows labelled `asking` or `giving` (or left unanswered). */
  readonly falseAlarms: number;
  /** `falseAlarms / harmless`; 0 when there are no harmless rows. */
  readonly falseAlarmRate: number;
  /** Rows whose gold label is `asking` or `giving`. */
  readonly pii: number;
  /** PII rows labelled `asking` or `giving`, whichever: flagged for a moderator. */
  readonly piiFlagged: number;
  /** `piiFlagged / pii`; 0 when there are no PII rows. */
  readonly piiRecall: number;
}

/** The figures of one subset (every row, or only the headline rows). */
export interface SubsetFigures {
  /** Accuracy, per-class precision/recall/F1 and the confusion matrix of the subset. */
  readonly metrics: Metrics;
  /** The subset as one slice: false-alarm rate on harmless rows and PII recall, separately. */
  readonly overall: SliceFigures;
  /** Hard negatives of the subset (see `isHardNegative`), as one slice. */
  readonly hardNegatives: SliceFigures;
  /** Per similarity band, in band order; empty bands are left out. */
  readonly byBand: readonly SliceFigures[];
  /** Per `lang` (`en` when absent), sorted by code point. */
  readonly byLang: readonly SliceFigures[];
  /** Per tag: the row's `kind` and each of its `tags` (a row counts in each of its tags). */
  readonly byTag: readonly SliceFigures[];
}

/** Accuracy by nearest-neighbour similarity to a reference (training) corpus. */
export interface SimilarityReport {
  /** The threshold of the headline subset. */
  readonly headlineBelow: number;
  /** Inner band edges used. */
  readonly bandEdges: readonly number[];
  /** Mean nearest-neighbour similarity of the rows. */
  readonly meanSimilarity: number;
  /** Rows whose word set equals a reference text's (similarity 1). */
  readonly exactMatches: number;
  /** Every row. */
  readonly all: SubsetFigures;
  /** Rows below `headlineBelow`; `undefined` when there are none. */
  readonly headline: SubsetFigures | undefined;
}

const DEFAULT_BAND_EDGES: readonly number[] = Object.freeze([0.2, 0.35, 0.5, 0.7]);
const DEFAULT_HEADLINE_BELOW = 0.5;

/**
 * The default hard-negative rule: a `none` row tagged `hard-negative` (or `hard`), or whose kind or
 * a tag starts with `negative-` other than `negative-chat` (the hand-written set's plain chat).
 */
export function isHardNegative(example: EvalExample): boolean {
  if (example.label !== 'none') return false;
  const tags = [...(example.kind === undefined ? [] : [example.kind]), ...(example.tags ?? [])];
  return tags.some(
    (tag) =>
      tag === 'hard-negative' || tag === 'hard' || (tag.startsWith('negative-') && tag !== 'negative-chat'),
  );
}

/** The nearest-neighbour similarity of each example to the index's corpus, in order. */
export function similarities(index: SimilarityIndex, examples: readonly EvalExample[]): number[] {
  return examples.map((example) => index.nearest(example.text).similarity);
}

const isPii = (label: Label) => label !== 'none';
const ratio = (n: number, d: number) => (d === 0 ? 0 : n / d);

function slice(key: string, rows: readonly (readonly [EvalExample, Label | null])[]): SliceFigures {
  let correct = 0;
  let harmless = 0;
  let falseAlarms = 0;
  let pii = 0;
  let piiFlagged = 0;
  for (const [example, predicted] of rows) {
    if (predicted === example.label) correct += 1;
    if (isPii(example.label)) {
      pii += 1;
      if (predicted !== null && isPii(predicted)) piiFlagged += 1;
    } else {
      harmless += 1;
      if (predicted !== 'none') falseAlarms += 1;
    }
  }
  return {
    key,
    total: rows.length,
    correct,
    accuracy: ratio(correct, rows.length),
    harmless,
    falseAlarms,
    falseAlarmRate: ratio(falseAlarms, harmless),
    pii,
    piiFlagged,
    piiRecall: ratio(piiFlagged, pii),
  };
}

function groupBy(
  rows: readonly (readonly [EvalExample, Label | null, number])[],
  keysOf: (row: readonly [EvalExample, Label | null, number]) => readonly string[],
  order?: readonly string[],
): SliceFigures[] {
  const groups = new Map<string, [EvalExample, Label | null][]>();
  for (const row of rows) {
    for (const key of keysOf(row)) {
      const list = groups.get(key) ?? [];
      list.push([row[0], row[1]]);
      groups.set(key, list);
    }
  }
  const keys = order ?? [...groups.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return keys.filter((k) => groups.has(k)).map((k) => slice(k, groups.get(k)!));
}

function bandNames(edges: readonly number[]): string[] {
  const bounds = [0, ...edges, 1];
  return bounds.slice(0, -1).map((low, i) => {
    const high = bounds[i + 1]!;
    return i === bounds.length - 2
      ? `${low.toFixed(2)}–${high.toFixed(2)}`
      : `${low.toFixed(2)}–<${high.toFixed(2)}`;
  });
}

function subset(
  rows: readonly (readonly [EvalExample, Label | null, number])[],
  edges: readonly number[],
  hard: (example: EvalExample) => boolean,
): SubsetFigures {
  const names = bandNames(edges);
  const bandOf = (s: number) => {
    let band = 0;
    while (band < edges.length && s >= edges[band]!) band += 1;
    return names[band]!;
  };
  const pairs = rows.map(([e, p]) => [e, p] as const);
  return {
    metrics: computeMetrics(rows.map(([e, p]) => ({ gold: e.label, predicted: p }))),
    overall: slice('all', pairs),
    hardNegatives: slice(
      'hard negatives',
      pairs.filter(([e]) => hard(e)),
    ),
    byBand: groupBy(rows, ([, , s]) => [bandOf(s)], names),
    byLang: groupBy(rows, ([e]) => [e.lang ?? 'en']),
    byTag: groupBy(rows, ([e]) => [
      ...new Set([...(e.kind === undefined ? [] : [e.kind]), ...(e.tags ?? [])]),
    ]),
  };
}

/**
 * Scores predictions by nearest-neighbour similarity: every row, and the headline rows (below
 * `headlineBelow`), each with accuracy, per-class F1, the false-alarm rate on harmless rows and
 * PII recall, per band, language and tag. `predictions[i]` is the label given to `examples[i]`
 * (`null`: no answer, a miss); `similarity[i]` its nearest-neighbour similarity (see
 * `similarities`).
 * @throws InvalidInputError when the three lists differ in length or are empty;
 *   ConfigurationError for band edges that are not ascending in (0, 1] or a threshold outside (0, 1].
 */
export function similarityReport(
  examples: readonly EvalExample[],
  predictions: readonly (Label | null)[],
  similarity: readonly number[],
  options: SimilarityReportOptions = {},
): SimilarityReport {
  const edges = options.bandEdges ?? DEFAULT_BAND_EDGES;
  if (!edges.every((e, i) => e > 0 && e <= 1 && (i === 0 || e > edges[i - 1]!))) {
    throw new ConfigurationError('Option `bandEdges` must be ascending numbers in (0, 1].', 'bandEdges');
  }
  const headlineBelow = options.headlineBelow ?? DEFAULT_HEADLINE_BELOW;
  if (!(headlineBelow > 0 && headlineBelow <= 1)) {
    throw new ConfigurationError('Option `headlineBelow` must be a number in (0, 1].', 'headlineBelow');
  }
  if (examples.length !== predictions.length || examples.length !== similarity.length) {
    throw new InvalidInputError(
      'similarityReport needs one prediction and one similarity per example',
      'empty',
    );
  }
  if (examples.length === 0) throw new InvalidInputError('Cannot report on zero examples', 'empty');
  const hard = options.isHardNegative ?? isHardNegative;
  const rows = examples.map((e, i) => [e, predictions[i]!, similarity[i]!] as const);
  const below = rows.filter(([, , s]) => s < headlineBelow);
  return {
    headlineBelow,
    bandEdges: edges,
    meanSimilarity: similarity.reduce((a, b) => a + b, 0) / similarity.length,
    exactMatches: similarity.filter((s) => s >= 1).length,
    all: subset(rows, edges, hard),
    headline: below.length === 0 ? undefined : subset(below, edges, hard),
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const cell = (n: number, d: number) => (d === 0 ? '–' : `${pct(n / d)} (${n}/${d})`);

function sliceTable(title: string, slices: readonly SliceFigures[], style: TableStyle): string {
  return formatTable(
    [
      [title, 'n', 'accuracy', 'false alarms (harmless)', 'PII recall'],
      ...slices.map((s) => [
        s.key,
        String(s.total),
        pct(s.accuracy),
        cell(s.falseAlarms, s.harmless),
        cell(s.piiFlagged, s.pii),
      ]),
    ],
    style,
  );
}

export interface FormatSimilarityOptions {
  /** @default 'markdown' */
  readonly style?: TableStyle;
  /** Which subset the per-language and per-tag tables show. @default 'headline' (falls back to 'all') */
  readonly slices?: 'headline' | 'all';
}

/** The similarity report as text: summary, the headline subset's metrics, then band, language and tag tables. */
export function formatSimilarityReport(
  report: SimilarityReport,
  options: FormatSimilarityOptions = {},
): string {
  const style = options.style ?? 'markdown';
  const head = report.headline;
  const detail = options.slices === 'all' || head === undefined ? report.all : head;
  const detailName = detail === head ? `rows below ${report.headlineBelow}` : 'all rows';
  const line = (name: string, s: SubsetFigures) =>
    `${name}: ${s.overall.total} rows · accuracy ${pct(s.overall.accuracy)} · false alarms on harmless ${cell(s.overall.falseAlarms, s.overall.harmless)} · PII recall ${cell(s.overall.piiFlagged, s.overall.pii)} · hard negatives ${cell(s.hardNegatives.correct, s.hardNegatives.total)} correct · F1 asking ${s.metrics.perClass.asking.f1.toFixed(3)} giving ${s.metrics.perClass.giving.f1.toFixed(3)}`;
  const parts = [
    `nearest-neighbour word-Jaccard similarity to the reference corpus: mean ${report.meanSimilarity.toFixed(3)}, exact matches ${report.exactMatches}/${report.all.overall.total}`,
    line('all rows', report.all),
    head === undefined
      ? `no rows below ${report.headlineBelow}`
      : line(`rows below ${report.headlineBelow}`, head),
    '',
    sliceTable('similarity band (all rows)', report.all.byBand, style),
  ];
  if (head !== undefined) parts.push('', `${detailName}:`, '', formatMetrics(head.metrics, { style }));
  parts.push(
    '',
    sliceTable(`lang (${detailName})`, detail.byLang, style),
    '',
    sliceTable(`tag (${detailName})`, detail.byTag, style),
  );
  return parts.join('\n');
}
