import { LABELS, type Label } from '@piiguard/sdk';
import { seededRandom, shuffled } from '../random.js';

export type SplitName = 'train' | 'validation' | 'test';
export const SPLITS: readonly SplitName[] = ['train', 'validation', 'test'];

/** Shares of the three splits, summing to 1. */
export type SplitRatios = Readonly<Record<SplitName, number>>;

/**
 * A seeded split stratified by label: the records of each label are ordered by id (so the input
 * order does not matter), shuffled with `seed`, and cut into validation and test shares rounded
 * to the nearest record, the rest going to train. Same records, seed and ratios → same split.
 */
export function stratifiedSplit<T extends { readonly id: string }>(
  records: readonly T[],
  labelOf: (record: T) => Label,
  ratios: SplitRatios,
  seed: number,
): Record<SplitName, T[]> {
  const result: Record<SplitName, T[]> = { train: [], validation: [], test: [] };
  LABELS.forEach((label, index) => {
    const group = records
      .filter((r) => labelOf(r) === label)
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const order = shuffled(group, seededRandom(seed * 31 + index));
    const test = Math.round(order.length * ratios.test);
    const validation = Math.min(order.length - test, Math.round(order.length * ratios.validation));
    result.test.push(...order.slice(0, test));
    result.validation.push(...order.slice(test, test + validation));
    result.train.push(...order.slice(test + validation));
  });
  return result;
}
