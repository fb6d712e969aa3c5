import type { EvalExample } from '@piiguard/eval';
import type { Label } from '@piiguard/sdk';
import { InputError } from '../exit-codes.js';
import { readJsonl } from '../files.js';
import { isLabel } from '../messages/record.js';

/** The test split with the teacher's labels as reference, and any human labels beside them. */
export interface TestSet {
  readonly examples: EvalExample[];
  /** Human label per example (same order), where the input had one. */
  readonly gold: (Label | undefined)[];
}

/** Reads `test.eval.jsonl` (written by the sft step). */
export async function readTestSet(path: string): Promise<TestSet> {
  const rows = (await readJsonl(path).catch((error: unknown) => {
    throw error instanceof InputError ? new InputError(`${path} is missing: run the sft step first.`) : error;
  })) as Record<string, unknown>[];
  const examples: EvalExample[] = [];
  const gold: (Label | undefined)[] = [];
  rows.forEach((row, index) => {
    if (typeof row.text !== 'string' || !isLabel(row.label))
      throw new InputError(`${path}: line ${index + 1} is not a test example.`);
    examples.push({
      text: row.text,
      label: row.label,
      line: index + 1,
      ...(typeof row.lang === 'string' ? { lang: row.lang } : {}),
      ...(typeof row.kind === 'string' ? { kind: row.kind } : {}),
    });
    gold.push(isLabel(row.gold) ? row.gold : undefined);
  });
  if (examples.length === 0)
    throw new InputError(`${path} has no examples: the test split is empty (change --split).`);
  return { examples, gold };
}
