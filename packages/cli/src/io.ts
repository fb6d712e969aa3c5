/** A stream end of the terminal or a pipe; `isTTY` decides table vs JSONL and whether progress is drawn. */
export interface CliWritable {
  write(chunk: string, callback?: (error?: Error | null) => void): boolean;
  once(event: 'drain' | 'close' | 'error', listener: (...args: unknown[]) => void): unknown;
  removeListener(event: 'drain' | 'close' | 'error', listener: (...args: unknown[]) => void): unknown;
  readonly isTTY?: boolean;
  /** Terminal width in characters, when a terminal. */
  readonly columns?: number;
  /** True once the reader went away (`piiguard ... | head`). */
  readonly destroyed?: boolean;
}

/** Where the command reads and writes; injectable so tests run it in-process too. */
export interface CliIo {
  readonly stdout: CliWritable;
  readonly stderr: CliWritable;
  /** Read only when `-` is given or nothing else is; never read when it is a terminal and not asked for. */
  readonly stdin: AsyncIterable<Buffer | string> & { readonly isTTY?: boolean };
  /** The only environment the command reads (the API key, `FIREWORKS_BASE_URL`, `PIIGUARD_TEACHER`, `PIIGUARD_TEACHER_URL`). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Directory that relative file paths are resolved from. */
  readonly cwd: string;
  /** Aborted on SIGINT: the command stops reading, closes its classifiers and exits 130. */
  readonly signal?: AbortSignal;
}
