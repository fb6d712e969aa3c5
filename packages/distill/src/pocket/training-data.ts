import type { Label } from '@piiguard/sdk';
import type { TestSet } from '../evaluate/test-set.js';
import { DISTILL_EXIT, DistillError, InputError } from '../exit-codes.js';
import { readText } from '../files.js';
import type { LabelledRecord } from '../label/labelled.js';
import { isLabel } from '../messages/record.js';
import type { Manifest } from '../sft/manifest.js';
import { type SplitName, stratifiedSplit } from '../sft/split.js';

/** One labelled message for `trainPocket`. */
export interface PocketExample {
  readonly text: string;
  readonly label: Label;
}

/**
 * The sft step's splits of `labels.jsonl`, recomputed from the manifest's seed and shares (the
 * split is a pure function of the records, seed and shares), with the teacher's label as the
 * target. The recomputed test split must be the one `test.eval.jsonl` holds: otherwise the labels
 * changed after the sft step, and training could see test messages.
 */
export function teacherSplits(
  records: readonly LabelledRecord[],
  manifest: Manifest,
  test: TestSet,
): Record<SplitName, PocketExample[]> {
  const split = stratifiedSplit(records, (r) => r.teacher.label, manifest.split.ratios, manifest.split.seed);
  const same =
    split.test.length === test.examples.length &&
    split.test.every((r, i) => r.text === test.examples[i]!.text);
  if (!same) {
    throw new DistillError(
      'labels.jsonl no longer matches the test split of the sft step: run the sft step again.',
      DISTILL_EXIT.failed,
    );
  }
  const examples = (rs: readonly LabelledRecord[]) =>
    rs.map((r) => ({ text: r.text, label: r.teacher.label }));
  return { train: examples(split.train), validation: examples(split.validation), test: examples(split.test) };
}

/** A corpus file to mix into training: one `{"text", "label"}` per line; a bad line is named, never quoted. */
export async function readCorpus(path: string): Promise<PocketExample[]> {
  const examples: PocketExample[] = [];
  (await readText(path)).split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let row: { text?: unknown; label?: unknown } | null;
    try {
      row = JSON.parse(line);
    } catch {
      row = null;
    }
    if (typeof row?.text !== 'string' || !isLabel(row.label)) {
      throw new InputError(
        `${path}: line ${index + 1} needs a string "text" and a "label" of none, asking or giving.`,
      );
    }
    examples.push({ text: row.text, label: row.label });
  });
  return examples;
}
