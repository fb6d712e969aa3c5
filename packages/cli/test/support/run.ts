import { PassThrough, Readable } from 'node:stream';
import { runCli } from '../../src/run.js';

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  /** The command's whole environment (nothing is inherited, so no key leaks in). @default {} */
  readonly env?: Record<string, string>;
  /** What stdin holds; `undefined` = a terminal (nothing piped). @default '' */
  readonly stdin?: string | undefined;
  readonly stdoutIsTerminal?: boolean;
  readonly stderrIsTerminal?: boolean;
  readonly cwd?: string;
  readonly signal?: AbortSignal;
}

function sink(isTTY: boolean) {
  const stream = Object.assign(new PassThrough(), { isTTY, columns: 100 });
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

/** Runs the command in-process with injected streams. */
export async function run(args: readonly string[], options: RunOptions = {}): Promise<Run> {
  const stdout = sink(options.stdoutIsTerminal ?? false);
  const stderr = sink(options.stderrIsTerminal ?? false);
  const piped = 'stdin' in options ? options.stdin : '';
  const stdin = Object.assign(Readable.from(piped === undefined ? [] : [Buffer.from(piped)]), {
    isTTY: piped === undefined,
  });
  const code = await runCli(args, {
    stdout: stdout.stream,
    stderr: stderr.stream,
    stdin,
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    ...(options.signal && { signal: options.signal }),
  });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

export const jsonLines = (out: string) =>
  out
    .trim()
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
