import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  HAND_WRITTEN_DIR,
  handWrittenExamples,
  readHandTypedSet,
  TRAINING_SETS,
} from '../scripts/corpus/hand-written.js';
import { DEFAULT_TRAIN_OPTIONS, trainingCorpus } from '../scripts/train-core.js';
import { normalize } from '../src/normalize.js';
import { SINGLE_WINDOW_MAX } from '../src/windows.js';

const examples = handWrittenExamples();
const texts = new Set(examples.map((e) => e.text));
const setFiles = readdirSync(HAND_WRITTEN_DIR).filter((f) => f.endsWith('.jsonl'));
const rowsOf = (file: string) => readHandTypedSet(file.replace(/\.jsonl$/, ''));
/** The README of each set: game-chat's is the folder's README.md, every later one is named after its set. */
const readmeOf = (set: string) => (set === 'game-chat' ? 'README.md' : `${set.toUpperCase()}.md`);

describe('hand-written training messages', () => {
  it('come from every listed set and from no other set in the folder', () => {
    const listed = TRAINING_SETS.map((set) => rowsOf(`${set}.jsonl`));
    listed.forEach((rows, i) => {
      expect(rows.filter((row) => texts.has(row.text)).length, TRAINING_SETS[i]).toBeGreaterThan(0);
    });
    // Independently typed sets share a few everyday messages ("lol"), so a held-out row's text may
    // be in training only where a listed set has it too. Only counts are compared: a failure must
    // not print a held-out set's rows.
    const listedTexts = new Set(listed.flat().map((row) => row.text));
    const heldOut = setFiles.filter((f) => !TRAINING_SETS.includes(f.replace(/\.jsonl$/, '')));
    expect(heldOut.length).toBeGreaterThan(0);
    for (const file of heldOut) {
      const leaked = rowsOf(file).filter((row) => texts.has(row.text) && !listedTexts.has(row.text));
      expect(leaked.length, file).toBe(0);
    }
    expect(examples.every((e) => listedTexts.has(e.text))).toBe(true);
  });

  it('are only taken from sets whose README says they are training data', () => {
    for (const set of TRAINING_SETS) {
      const readme = readFileSync(new URL(readmeOf(set), HAND_WRITTEN_DIR), 'utf8');
      expect(readme, set).toMatch(/^## Used as training data since /m);
    }
  });

  it('leave out PII rows longer than one window and keep long harmless rows', () => {
    const all = TRAINING_SETS.flatMap((set) => rowsOf(`${set}.jsonl`));
    const long = (text: string) => normalize(text).length > SINGLE_WINDOW_MAX;
    expect(all.some((row) => row.label !== 'none' && long(row.text))).toBe(true);
    expect(examples.filter((e) => e.label !== 'none' && long(e.text))).toEqual([]);
    expect(examples.filter((e) => e.label === 'none' && long(e.text)).length).toBe(
      all.filter((row) => row.label === 'none' && long(row.text)).length,
    );
    expect(examples.every((e) => e.parts[1] === e.text && e.parts[0] === '' && e.parts[2] === '')).toBe(true);
  });

  it('join the generated corpus handRepeats times each', () => {
    const options = { ...DEFAULT_TRAIN_OPTIONS, trainSize: 50 };
    expect(trainingCorpus({ ...options, handRepeats: 0 })).toHaveLength(50);
    const corpus = trainingCorpus({ ...options, handRepeats: 3 });
    expect(corpus).toHaveLength(50 + 3 * examples.length);
    const first = examples[0]!;
    expect(
      corpus.filter((e) => e.text === first.text && e.label === first.label).length,
    ).toBeGreaterThanOrEqual(3);
  });
});
