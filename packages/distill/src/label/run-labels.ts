import { appendFile, writeFile } from 'node:fs/promises';
import {
  AbortError,
  type Classifier,
  type ClassifyResult,
  type Outcome,
  type PiiguardError,
} from '@piiguard/sdk';
import { headerSettings, readIfExists } from '../files.js';
import type { MessageRecord } from '../messages/record.js';
import type { LabelledRecord, TeacherAnswer } from './labelled.js';
import { type Cutoffs, decisionMargin } from './margin.js';

export interface LabelOptions {
  readonly teacher: Classifier;
  readonly cutoffs: Cutoffs;
  /** Texts per `classifyBatch` call (and records with context labelled at once). */
  readonly batchSize: number;
  /** Answers are appended here per batch, so a resumed run labels only what is left. */
  readonly checkpointPath: string;
  /** Fingerprint of the teacher's settings: a checkpoint written with other settings is ignored. */
  readonly settings: string;
  readonly signal?: AbortSignal;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface LabelResult {
  /** Every record that got a label, in input order. */
  readonly labelled: LabelledRecord[];
  /** Records the teacher could not label, by error kind. */
  readonly failed: Map<string, number>;
  /** Records that carry conversation context (passed to the teacher when it reads context). */
  readonly withContext: number;
}

type CheckpointLine = { id: string; teacher?: TeacherAnswer; error?: string };

function answerOf(result: ClassifyResult, cutoffs: Cutoffs): TeacherAnswer {
  const margin = decisionMargin(result, cutoffs);
  return {
    label: result.label,
    ...(result.teacherScores ? { scores: result.teacherScores } : {}),
    ...(result.probabilities ? { probabilities: result.probabilities } : {}),
    ...(margin !== undefined ? { margin } : {}),
    model: result.model,
  };
}

/**
 * Labels every record with the teacher: records without context in `classifyBatch` calls,
 * records with context one by one with `{ speaker, context }` (every text of a batch call shares
 * one context) — unless the teacher says it ignores context (`usesContext: false`). Each answer keeps the raw scores and the thresholded label. A per-text error is
 * counted by kind and leaves that record out; an abort stops the run (`AbortError`); answers
 * are checkpointed per batch.
 */
export async function labelRecords(
  records: readonly MessageRecord[],
  options: LabelOptions,
): Promise<LabelResult> {
  const answers = new Map<string, CheckpointLine>();
  const checkpoint = await readIfExists(options.checkpointPath);
  const lines = checkpoint?.split('\n').filter((line) => line.trim() !== '') ?? [];
  if (lines.length > 0 && headerSettings(lines[0]!) === options.settings) {
    for (const line of lines.slice(1)) {
      try {
        const entry = JSON.parse(line) as CheckpointLine;
        // Errors are asked again: a resumed run may well get past what stopped this one.
        if (typeof entry.id === 'string' && entry.teacher) answers.set(entry.id, entry);
      } catch {
        // A line cut by a crash: that record is labelled again.
      }
    }
  } else {
    await writeFile(options.checkpointPath, `${JSON.stringify({ settings: options.settings })}\n`);
  }

  const todo = records.filter((record) => !answers.has(record.id));
  const total = records.length;
  let done = total - todo.length;
  const signalOptions = options.signal ? { signal: options.signal } : {};
  // A teacher that says it ignores context labels those records in batches like the others.
  const readsContext = options.teacher.usesContext !== false;
  for (let start = 0; start < todo.length; start += options.batchSize) {
    if (options.signal?.aborted) throw new AbortError('Labelling was stopped.');
    const batch = todo.slice(start, start + options.batchSize);
    const alone = batch.filter((record) => !readsContext || !record.context);
    const withContext = batch.filter((record) => readsContext && record.context);
    const outcomes = new Map<string, Outcome<ClassifyResult>>();
    const batchOutcomes =
      alone.length > 0
        ? await options.teacher.classifyBatch(
            alone.map((r) => r.text),
            signalOptions,
          )
        : [];
    alone.forEach((record, i) => {
      outcomes.set(record.id, batchOutcomes[i]!);
    });
    await Promise.all(
      withContext.map(async (record) => {
        try {
          const value = await options.teacher.classify(record.text, {
            ...signalOptions,
            context: record.context!,
            ...(record.speaker ? { speaker: record.speaker } : {}),
          });
          outcomes.set(record.id, { ok: true, value });
        } catch (error) {
          outcomes.set(record.id, { ok: false, error: error as PiiguardError });
        }
      }),
    );
    const entries: CheckpointLine[] = [];
    for (const record of batch) {
      const outcome = outcomes.get(record.id)!;
      // By kind rather than class: the teacher may run against another copy of the sdk.
      if (!outcome.ok && outcome.error.kind === 'abort') throw outcome.error;
      const entry: CheckpointLine = outcome.ok
        ? { id: record.id, teacher: answerOf(outcome.value, options.cutoffs) }
        : { id: record.id, error: outcome.error.kind };
      answers.set(record.id, entry);
      entries.push(entry);
    }
    await appendFile(options.checkpointPath, entries.map((e) => `${JSON.stringify(e)}\n`).join(''));
    done += batch.length;
    options.onProgress?.(done, total);
  }

  const labelled: LabelledRecord[] = [];
  const failed = new Map<string, number>();
  for (const record of records) {
    const entry = answers.get(record.id)!;
    if (entry.teacher) labelled.push({ ...record, teacher: entry.teacher });
    else failed.set(entry.error ?? 'unknown', (failed.get(entry.error ?? 'unknown') ?? 0) + 1);
  }
  return { labelled, failed, withContext: records.filter((r) => r.context).length };
}
