import { parseArgs } from 'node:util';

/** What the command line asked for, after checks. */
export interface CliOptions {
  /** Messages given as arguments; empty means "read stdin, one message per line". */
  readonly messages: readonly string[];
  /** Print one JSON object per message instead of a table row. */
  readonly json: boolean;
  /** Never call the hosted API, even when a key is set. */
  readonly offline: boolean;
  /** A teacher model folder or Hub id to use as the first fallback tier (before the pocket model). */
  readonly teacher: string | undefined;
  /** Print the message text next to its label (off by default: the messages are the PII). */
  readonly showText: boolean;
  /** Retries per API request after the first attempt; undefined keeps the client's default. */
  readonly maxRetries: number | undefined;
  readonly help: boolean;
}

export const USAGE = `Usage: piiguard [options] [message ...]

Classifies each message as none, asking or giving. With no message arguments, reads stdin,
one message per line.

Answers come from the hosted model when FIREWORKS_API_KEY is set (FIREWORKS_BASE_URL points
at another OpenAI-compatible server), falling back to the local tiers on failure; without a key
(or with --offline) from the local tiers alone (fallback-only): the teacher when --teacher is
given, then the built-in pocket model.

Options:
  --json            one JSON object per line (label, probabilities, source, model, ...)
  --offline         never call the hosted API
  --teacher <path>  teacher model folder (Hugging Face layout) or Hub id, tried before pocket
  --show-text       print each message next to its label
  --max-retries <n> API retries per message before falling back (default: the SDK's)
  -h, --help        this text

Exit status: 0 when every message was classified, 1 when any failed, 2 on bad usage.`;

/** Throws `UsageError` for unknown flags or missing values. */
export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new UsageError(usageMessage(error));
  }
  const { values, positionals } = parsed;
  return {
    messages: positionals,
    json: values.json ?? false,
    offline: values.offline ?? false,
    teacher: values.teacher,
    showText: values['show-text'] ?? false,
    maxRetries: parseCount(values['max-retries'], '--max-retries'),
    help: values.help ?? false,
  };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      json: { type: 'boolean' },
      offline: { type: 'boolean' },
      teacher: { type: 'string' },
      'show-text': { type: 'boolean' },
      'max-retries': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

/**
 * Node's message for an unknown option quotes the whole argument, and an argument that starts with
 * "-" is as likely a message (the PII) as a mistyped flag, so that one is not quoted.
 */
function usageMessage(error: unknown): string {
  if ((error as { code?: unknown } | null)?.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    return "unknown option (not shown: it may be a message); put messages that start with '-' after '--'";
  }
  return error instanceof Error ? error.message : 'Invalid arguments';
}

function parseCount(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new UsageError(`${flag} takes a whole number >= 0, got "${value}"`);
  return n;
}

/** Bad command-line usage: printed with the usage text, exit status 2. */
export class UsageError extends Error {
  override get name(): string {
    return 'UsageError';
  }
}
