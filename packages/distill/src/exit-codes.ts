/**
 * The exit statuses of `piiguard distill`, the same numbers as the `piiguard` command's for the
 * outcomes they share, so one script can branch on both.
 */
export const DISTILL_EXIT = {
  /** The step (or every step of `run`) finished. */
  ok: 0,
  /** A step failed: a remote job or deployment failed, an API error after retries, no record left. */
  failed: 1,
  /** Bad usage: unknown step or option, a missing or impossible value. */
  usage: 2,
  /** An input could not be read: missing file, a row without text, a CSV without the column. */
  unreadableInput: 3,
  /** A classifier that was asked for cannot be used: no API key, a teacher that cannot load. */
  classifierUnavailable: 4,
  /** Stopped by the caller's signal (Ctrl-C); the state file is saved, rerun to resume. */
  interrupted: 130,
} as const;

export type DistillExitCode = (typeof DISTILL_EXIT)[keyof typeof DISTILL_EXIT];

/**
 * A failure that ends the command with `exitCode`. Its message is printed as is, so it holds paths,
 * option names, counts and identifiers only — never a message text or a key.
 */
export class DistillError extends Error {
  readonly exitCode: DistillExitCode;
  constructor(message: string, exitCode: DistillExitCode, options?: { cause?: unknown }) {
    super(message, options);
    this.exitCode = exitCode;
  }
  override get name(): string {
    return 'DistillError';
  }
}

/** Bad usage (exit 2): printed with a pointer to the step's `--help`. */
export class UsageError extends DistillError {
  constructor(message: string) {
    super(message, DISTILL_EXIT.usage);
  }
  override get name(): string {
    return 'UsageError';
  }
}

/** A file the step needs is missing or malformed (exit 3). */
export class InputError extends DistillError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, DISTILL_EXIT.unreadableInput, options);
  }
  override get name(): string {
    return 'InputError';
  }
}
