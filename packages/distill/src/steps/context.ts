import { relative } from 'node:path';
import { formatTable } from '@piiguard/eval';
import type { StepArgs } from '../cli/args.js';
import { readIfExists, sha256 } from '../files.js';
import type { DistillIO, Reporter } from '../io.js';
import type { RunLayout } from '../layout.js';
import type { LocalStepState, RunState } from '../state.js';

/** What every step gets: the IO, the run directory and its state, and the parsed options. */
export interface StepContext {
  readonly io: DistillIO;
  readonly report: Reporter;
  readonly layout: RunLayout;
  readonly state: RunState;
  readonly args: StepArgs;
}

export type LocalStep = 'messages' | 'label' | 'sft' | 'evaluate' | 'pocket';

/** SHA-256 of a file's content, `undefined` when it does not exist. */
export async function fileHash(path: string): Promise<string | undefined> {
  const content = await readIfExists(path);
  return content === undefined ? undefined : sha256(content);
}

/**
 * True when the step already ran on this input with these settings and its outputs are still the
 * files it wrote: the step is skipped and its recorded summary shown again.
 */
export async function upToDate(
  context: StepContext,
  step: LocalStep,
  input: string,
  settings: string,
): Promise<LocalStepState | undefined> {
  const recorded = context.state.data.steps[step];
  if (!recorded || recorded.input !== input || recorded.settings !== settings) return undefined;
  for (const [path, hash] of Object.entries(recorded.outputs)) {
    if ((await fileHash(`${context.layout.dir}/${path}`)) !== hash) return undefined;
  }
  return recorded;
}

/** Records a finished local step (and forgets the later ones, whose input it just changed). */
export async function markDone(
  context: StepContext,
  step: LocalStep,
  input: string,
  settings: string,
  outputs: readonly string[],
  summary: Record<string, number>,
): Promise<void> {
  const hashes: Record<string, string> = {};
  for (const path of outputs) hashes[relative(context.layout.dir, path)] = (await fileHash(path))!;
  context.state.data.steps[step] = { input, settings, outputs: hashes, summary };
  await context.state.save();
}

/** A count table: key, count, share of the total. */
export function countTable(title: string, counts: ReadonlyMap<string, number>): string {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  return formatTable(
    [
      [title, 'count', 'share'],
      ...[...counts].map(([key, n]) => [
        key,
        String(n),
        total === 0 ? '-' : `${((100 * n) / total).toFixed(1)}%`,
      ]),
      ['total', String(total), total === 0 ? '-' : '100%'],
    ],
    'text',
  );
}

export function skipped(context: StepContext, step: string, summary: Readonly<Record<string, number>>): void {
  const figures = Object.entries(summary)
    .map(([key, value]) => `${key} ${value}`)
    .join(', ');
  context.report.line(`${step}: up to date (state.json)${figures ? ` — ${figures}` : ''}`);
}
