import { LABELS, type Label } from '@piiguard/sdk';

/** How often two classifiers gave the same label to the same records. */
export interface Agreement {
  readonly a: string;
  readonly b: string;
  /** Records both answered. */
  readonly n: number;
  /** Share of those with the same label, in [0, 1]; 0 when `n` is 0. */
  readonly agreement: number;
  /**
   * Cohen's kappa: agreement beyond what the two label distributions give by chance (1 = always
   * agree, 0 = chance level); null when it is undefined (no records, or both always say one label).
   */
  readonly kappa: number | null;
}

/** Pairwise agreement of per-record predictions (`null` = no answer; such records are left out). */
export function agreement(
  a: string,
  b: string,
  left: readonly (Label | null)[],
  right: readonly (Label | null)[],
): Agreement {
  const countsA: Record<Label, number> = { none: 0, asking: 0, giving: 0 };
  const countsB: Record<Label, number> = { none: 0, asking: 0, giving: 0 };
  let n = 0;
  let same = 0;
  left.forEach((x, i) => {
    const y = right[i];
    if (x === null || y === null || y === undefined) return;
    n += 1;
    if (x === y) same += 1;
    countsA[x] += 1;
    countsB[y] += 1;
  });
  if (n === 0) return { a, b, n, agreement: 0, kappa: null };
  const observed = same / n;
  const chance = LABELS.reduce((sum, label) => sum + (countsA[label] / n) * (countsB[label] / n), 0);
  return { a, b, n, agreement: observed, kappa: chance === 1 ? null : (observed - chance) / (1 - chance) };
}
