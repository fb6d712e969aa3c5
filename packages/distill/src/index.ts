// The public API of @piiguard/distill, export by export (listed in README "Public API").
// Anything not listed here is internal.

export type { DistillExitCode } from './exit-codes.js';
export { DISTILL_EXIT } from './exit-codes.js';
export type { DistillIO, DistillWritable } from './io.js';
export { runDistill } from './run-distill.js';
export type { SftIssue, SftRecord } from './sft/records.js';
export { sftRecord, validateSftJsonl } from './sft/records.js';
