import { LABELS, type Label } from '@piiguard/sdk';
import type { EvalExample } from './dataset.js';
import { formatTable, type TableStyle } from './format.js';

/** Label counts overall and per `kind` / `lang` value (keys sorted). */
export interface Composition {
  readonly total: number;
  readonly byLabel: Readonly<Record<Label, number>>;
  readonly byKind: ReadonlyMap<string, Readonly<Record<Label, number>>>;
  readonly byLang: ReadonlyMap<string, Readonly<Record<Label, number>>>;
}

function countBy(examples: readonly EvalExample[], keyOf: (e: EvalExample) => string) {
  const map = new Map<string, Record<Label, number>>();
  for (const example of examples) {
    const key = keyOf(example);
    const counts = map.get(key) ?? { none: 0, asking: 0, giving: 0 };
    counts[example.label] += 1;
    map.set(key, counts);
  }
  // Code-point order, not localeCompare: the README tables must not depend on the machine's locale.
  return new Map([...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Counts a dataset's labels, overall and per kind and language (`en` when `lang` is absent). */
export function composition(examples: readonly EvalExample[]): Composition {
  const byLabel: Record<Label, number> = { none: 0, asking: 0, giving: 0 };
  for (const example of examples) byLabel[example.label] += 1;
  return {
    total: examples.length,
    byLabel,
    byKind: countBy(examples, (e) => e.kind ?? '(none)'),
    byLang: countBy(examples, (e) => e.lang ?? 'en'),
  };
}

const sum = (counts: Readonly<Record<Label, number>>) => LABELS.reduce((a, label) => a + counts[label], 0);

function countTable(
  title: string,
  rows: ReadonlyMap<string, Readonly<Record<Label, number>>>,
  style: TableStyle,
) {
  return formatTable(
    [
      [title, ...LABELS, 'total'],
      ...[...rows.entries()].map(([key, counts]) => [
        key,
        ...LABELS.map((l) => String(counts[l])),
        String(sum(counts)),
      ]),
    ],
    style,
  );
}

/** Three tables: by label (with shares), by kind and by language. */
export function formatComposition(c: Composition, style: TableStyle = 'markdown'): string {
  const pct = (n: number) => `${((n / c.total) * 100).toFixed(1)}%`;
  const byLabel = formatTable(
    [
      ['label', 'count', 'share'],
      ...LABELS.map((l) => [l, String(c.byLabel[l]), pct(c.byLabel[l])]),
      ['total', String(c.total), '100%'],
    ],
    style,
  );
  return [byLabel, '', countTable('kind', c.byKind, style), '', countTable('lang', c.byLang, style)].join(
    '\n',
  );
}
