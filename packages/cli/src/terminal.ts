import type { CliIo, CliWritable } from './io.js';

/**
 * The command's two outputs. Rows go to stdout with back-pressure (a slow reader slows the
 * command down instead of filling memory); notes and the progress line go to stderr, and the
 * progress line is cleared before anything else is written so rows and notes never mix with it.
 */
export class Terminal {
  readonly #stdout: CliWritable;
  readonly #stderr: CliWritable;
  #progressShown = false;
  #stdoutGone = false;

  constructor(io: Pick<CliIo, 'stdout' | 'stderr'>) {
    this.#stdout = io.stdout;
    this.#stderr = io.stderr;
    // A reader that stops early (`| head`) closes the pipe: stop writing, never crash on EPIPE.
    this.#stdout.once('error', () => {
      this.#stdoutGone = true;
    });
  }

  /** True when stdout's reader has gone away; the command then stops reading input. */
  get stdoutGone(): boolean {
    return this.#stdoutGone || this.#stdout.destroyed === true;
  }

  get stdoutIsTerminal(): boolean {
    return this.#stdout.isTTY === true;
  }

  get stderrIsTerminal(): boolean {
    return this.#stderr.isTTY === true;
  }

  /** Writes one row; resolves once stdout can take more. */
  async row(line: string): Promise<void> {
    if (this.stdoutGone) return;
    if (this.#progressShown && this.stdoutIsTerminal) this.clearProgress();
    if (this.#stdout.write(`${line}\n`)) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        this.#stdout.removeListener('drain', done);
        this.#stdout.removeListener('close', done);
        this.#stdout.removeListener('error', done);
        resolve();
      };
      this.#stdout.once('drain', done);
      this.#stdout.once('close', done);
      this.#stdout.once('error', done);
    });
  }

  /** One note on stderr (`piiguard: ...`). */
  note(line: string): void {
    this.clearProgress();
    this.#stderr.write(`${line}\n`);
  }

  /** Redraws the one progress line on stderr; does nothing unless stderr is a terminal. */
  progress(line: string): void {
    if (!this.stderrIsTerminal) return;
    const width = (this.#stderr.columns ?? 80) - 1;
    this.#stderr.write(`\r${line.slice(0, width)}\x1b[K`);
    this.#progressShown = true;
  }

  clearProgress(): void {
    if (!this.#progressShown) return;
    this.#stderr.write('\r\x1b[K');
    this.#progressShown = false;
  }
}
