import { CLASSIFY_USAGE, runClassify } from './commands/classify.js';
import { DISTILL_USAGE, runDistillCommand } from './commands/distill.js';
import { EVAL_USAGE, runEval } from './commands/eval.js';
import { cliVersion, versionReport } from './commands/version.js';
import { CliError, EXIT, type ExitCode, UsageError } from './exit-codes.js';
import type { CliIo } from './io.js';

export const USAGE = `Usage: piiguard <command> [options]

Labels chat messages none, asking or giving: does a message ask for, or give away, personal
information (phone, email, address, school, handles on other apps, ...)?

Commands:
  classify [message | file | - ...]   classify messages, files (.txt .jsonl .csv) or stdin
  eval <file>                         accuracy, per-class P/R/F1 and confusion matrix on a labelled file
  distill <step>                      make your own student (needs @piiguard/distill)
  version                             versions of piiguard and the packages it uses
  help [command]                      this text, or a command's

Options:
  -h, --help      this text (after a command: that command's)
  -v, --version   piiguard's version

Run 'piiguard help classify' or 'piiguard help eval' for their options.

Exit status: 0 ok, 1 some records failed, 2 bad usage, 3 unreadable input, 4 classifier
unavailable, 130 interrupted.`;

const COMMAND_USAGE: Readonly<Record<string, string>> = {
  classify: CLASSIFY_USAGE,
  eval: EVAL_USAGE,
  distill: DISTILL_USAGE,
};

/** Runs the command line; resolves to the exit status. Never rejects for anything the user did. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const [first, ...rest] = argv;
  try {
    switch (first) {
      case 'classify':
        return await runClassify(rest, io);
      case 'eval':
        return await runEval(rest, io);
      case 'distill':
        return await runDistillCommand(rest, io);
      case 'version':
      case '--version':
      case '-v':
        if (first !== 'version' || rest.length === 0) {
          write(io, first === 'version' ? versionReport() : cliVersion());
          return EXIT.ok;
        }
        throw new UsageError('version takes no arguments');
      case 'help':
      case '--help':
      case '-h': {
        const topic = rest[0];
        if (topic === undefined) {
          write(io, USAGE);
          return EXIT.ok;
        }
        const usage = COMMAND_USAGE[topic];
        if (usage === undefined)
          throw new UsageError(`no such command; commands: classify, eval, distill, version, help`);
        write(io, usage);
        return EXIT.ok;
      }
      case undefined:
        throw new UsageError('no command given');
      default:
        // Not echoed: `piiguard whats ur snap` is a message given without `classify`.
        throw new UsageError(
          first.startsWith('-')
            ? 'options go after the command (piiguard classify --help lists them)'
            : "unknown command (not shown: it may be a message); to classify messages: piiguard classify '<message>'",
        );
    }
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    const command = first !== undefined && first in COMMAND_USAGE ? first : undefined;
    const hint =
      error instanceof UsageError
        ? `\n(${command ? `piiguard ${command} --help` : 'piiguard --help'} shows the usage)`
        : '';
    io.stderr.write(`piiguard: ${error.message}${hint}\n`);
    return error.exitCode;
  }
}

function write(io: CliIo, text: string): void {
  io.stdout.write(`${text}\n`);
}
