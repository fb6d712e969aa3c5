import { LABELS } from '@piiguard/sdk';
import type { LabelledRecord } from '../label/labelled.js';
import type { TeacherInfo } from '../label/teacher.js';
import { countBy } from '../messages/mix.js';
import type { SplitName, SplitRatios } from './split.js';

/** Count per key, as the manifest writes it. */
type Counts = Record<string, number>;

interface SplitCounts {
  readonly total: number;
  readonly byLabel: Counts;
  readonly byLang: Counts;
}

/** `manifest.json`: what the SFT data is, where it came from, and the hash of every file. */
export interface Manifest {
  readonly format: 'piiguard-distill-manifest/1';
  readonly teacher: TeacherInfo;
  /** The student's input format: the same turns `PiiClient` sends. */
  readonly student: { readonly systemPrompt: string; readonly userTurn: string; readonly answer: string };
  readonly split: { readonly seed: number; readonly ratios: SplitRatios };
  readonly counts: {
    readonly total: number;
    readonly byLabel: Counts;
    readonly byLang: Counts;
    readonly bySplit: Readonly<Record<SplitName, SplitCounts>>;
    /** Left out by the label step: uncertain (`--drop-margin`) and not labelled. */
    readonly dropped: { readonly uncertain: number; readonly failed: number; readonly dropMargin: number };
  };
  /** Path relative to the run directory → SHA-256, bytes and records of each file written. */
  readonly files: Readonly<
    Record<string, { readonly sha256: string; readonly bytes: number; readonly records: number }>
  >;
}

const labelCounts = (records: readonly LabelledRecord[]): Counts => {
  const counts = countBy(records, (r) => r.teacher.label);
  return Object.fromEntries(LABELS.map((label) => [label, counts.get(label) ?? 0]));
};
const langCounts = (records: readonly LabelledRecord[]): Counts =>
  Object.fromEntries(countBy(records, (r) => r.lang));

export function splitCounts(records: readonly LabelledRecord[]): SplitCounts {
  return { total: records.length, byLabel: labelCounts(records), byLang: langCounts(records) };
}

export function manifestCounts(all: readonly LabelledRecord[]) {
  return { total: all.length, byLabel: labelCounts(all), byLang: langCounts(all) };
}
