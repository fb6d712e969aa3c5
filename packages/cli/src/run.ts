import { parseCliArgs, USAGE, UsageError } from './args.js';
import { createCliClient } from './client.js';
import { formatOutcome } from './format.js';

/** Where the command reads and writes; injectable so tests run it in-process too. */
export interface CliIo {
  readonly stdout: (line: string) => void;
  readonly stderr: (line: string) => void;
  /** All of stdin, read only when no message arguments were given. */
  readonly readStdin: () => Promise<string>;
  readonly env: NodeJS.ProcessEnv;
}

/** Runs the command; resolves to its exit status (0 ok, 1 some message failed, 2 bad usage). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let options: ReturnType<typeof parseCliArgs>;
  try {
    options = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`piiguard: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    io.stdout(USAGE);
    return 0;
  }
  const texts = options.messages.length > 0 ? options.messages : splitLines(await io.readStdin());
  if (texts.length === 0) {
    io.stderr(`piiguard: no messages given\n\n${USAGE}`);
    return 2;
  }

  const { client, answeredBy } = createCliClient(options, io.env);
  io.stderr(`piiguard: ${texts.length} message(s), answered by ${answeredBy}`);
  try {
    const outcomes = await client.classifyBatch(texts);
    outcomes.forEach((outcome, i) => {
      io.stdout(formatOutcome(outcome, texts[i] ?? '', options));
    });
    return outcomes.every((o) => o.ok) ? 0 : 1;
  } finally {
    await client.close();
  }
}

function splitLines(input: string): string[] {
  return input.split(/\r?\n/).filter((line) => line.trim().length > 0);
}
