/**
 * Hand-typed messages that join the generated corpus (issue 13, since round 7). Each earlier round's test
 * set was typed by someone who never saw the generator, so its rows hold phrasings no template
 * has; once a set has been measured as a test set it joins training, and the next round measures a
 * fresh one. Only the sets in `TRAINING_SETS` are read, and each says so in its README ("Used as
 * training data since …"); every other set in the folder stays out of training and tuning.
 */
import { readFileSync } from 'node:fs';
import { type EvalExample, parseDataset } from '@piiguard/eval';
import { normalize } from '../../src/normalize.js';
import { SINGLE_WINDOW_MAX } from '../../src/windows.js';
import type { Example } from './types.js';

/** The folder of the hand-labelled sets (`packages/eval/data/independent`). */
export const HAND_WRITTEN_DIR = new URL('../../../eval/data/independent/', import.meta.url);

/** The sets that are training data, in the order they join the corpus (file names without `.jsonl`). */
export const TRAINING_SETS: readonly string[] = [
  'game-chat',
  'community-chat',
  'social-chat',
  'server-chat',
  'stream-chat',
  'world-chat',
  'lobby-chat',
  'mobile-chat',
  'group-chat',
  'creator-chat',
  'nearby-chat',
  'study-chat',
  'support-chat',
];

/** Every row of one hand-typed set of the folder (`game-chat`, …: the file name without `.jsonl`). */
export function readHandTypedSet(set: string): EvalExample[] {
  const file = new URL(`${set}.jsonl`, HAND_WRITTEN_DIR);
  return parseDataset(readFileSync(file, 'utf8'), { source: `${set}.jsonl` });
}

/**
 * The training sets' messages as corpus examples. A PII message longer than one window is left
 * out: training labels each window of a message, and without knowing where in a long row the PII
 * sits, its harmless windows would be taught as PII. Long harmless rows are kept (every window of
 * them is harmless).
 */
export function handWrittenExamples(sets: readonly string[] = TRAINING_SETS): Example[] {
  return sets.flatMap((set) =>
    readHandTypedSet(set)
      .filter((row) => row.label === 'none' || normalize(row.text).length <= SINGLE_WINDOW_MAX)
      .map(({ text, label }): Example => ({ text, label, parts: ['', text, ''] })),
  );
}
