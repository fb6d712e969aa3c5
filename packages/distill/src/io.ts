/** A stream end of the terminal or a pipe. `process.stdout` and the `piiguard` CLI's writables fit. */
export interface DistillWritable {
  write(chunk: string): unknown;
  /** True on a terminal: progress is drawn on one redrawn line there, and printed as lines elsewhere. */
  readonly isTTY?: boolean;
}

/** Where `runDistill` writes and what it reads from its environment; injectable so tests run it in-process. */
export interface DistillIO {
  /** Reports: counts, mixes, tables, the final `model` string. */
  readonly stdout: DistillWritable;
  /** Progress, warnings and errors. */
  readonly stderr: DistillWritable;
  /**
   * The only environment the command reads: `FIREWORKS_API_KEY`, `FIREWORKS_ACCOUNT_ID`,
   * `FIREWORKS_BASE_URL`, `FIREWORKS_API_URL` and the generator's key variable. Keys are read from
   * here, never from arguments (arguments are visible to every user of the machine).
   */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Directory that relative paths are resolved from. */
  readonly cwd: string;
  /** Aborts the step (Ctrl-C): requests in flight are cancelled, the state file is kept, exit 130. */
  readonly signal?: AbortSignal;
}

/** Writes report lines and progress for one command run. */
export class Reporter {
  readonly #io: DistillIO;
  #progressShown = false;

  constructor(io: DistillIO) {
    this.#io = io;
  }

  /** One report line on stdout. */
  line(text = ''): void {
    this.clearProgress();
    this.#io.stdout.write(`${text}\n`);
  }

  /** One line on stderr (warnings, notes). */
  note(text: string): void {
    this.clearProgress();
    this.#io.stderr.write(`${text}\n`);
  }

  /**
   * A progress update: redrawn in place on a terminal; on a pipe only `milestone` updates are
   * printed (a state change), so logs get one line per change rather than one per poll.
   */
  progress(text: string, milestone: boolean): void {
    if (this.#io.stderr.isTTY) {
      this.#io.stderr.write(`\r\u001b[2K${text}`);
      this.#progressShown = true;
    } else if (milestone) {
      this.#io.stderr.write(`${text}\n`);
    }
  }

  clearProgress(): void {
    if (!this.#progressShown) return;
    this.#io.stderr.write('\r\u001b[2K');
    this.#progressShown = false;
  }
}
