/**
 * The command's exit statuses, one per outcome a script may want to branch on. Listed in
 * `piiguard help` and the READMEs; the tests run every one but `internal`.
 */
export const EXIT = {
  /** Every record was classified (or, for `eval`, scored). */
  ok: 0,
  /** The run finished, but some records failed: malformed, or no classifier could answer them. */
  someFailed: 1,
  /** Bad usage: unknown command or option, a missing or impossible value, nothing to read. */
  usage: 2,
  /** An input could not be read: missing file, permission, I/O error, a CSV without the column. */
  unreadableInput: 3,
  /** A classifier that was asked for cannot be used: no API key, a teacher that cannot load or is not installed. */
  classifierUnavailable: 4,
  /** A bug in piiguard (an error it did not expect); please report it. */
  internal: 70,
  /** Stopped by SIGINT (Ctrl-C). */
  interrupted: 130,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * A failure that ends the command with `exitCode`. Its message is printed as is, so it never holds
 * a message text or a key (paths, option names and counts only).
 */
export class CliError extends Error {
  readonly exitCode: ExitCode;
  constructor(message: string, exitCode: ExitCode, options?: { cause?: unknown }) {
    super(message, options);
    this.exitCode = exitCode;
  }
  override get name(): string {
    return 'CliError';
  }
}

/** Bad usage (exit 2): printed with the command's usage. */
export class UsageError extends CliError {
  constructor(message: string) {
    super(message, EXIT.usage);
  }
  override get name(): string {
    return 'UsageError';
  }
}
