import { type ParseArgsConfig, parseArgs } from 'node:util';
import { UsageError } from './exit-codes.js';

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** Flags that would put a key on the command line (shell history, `ps`): refused with a pointer. */
const KEY_FLAGS = new Set(['--api-key', '--apikey', '--key', '--token', '--fireworks-api-key']);

/** Option names are echoed in errors only when they look like flags (letters and dashes): anything else may be a message. */
const FLAG_SHAPE = /^--?[A-Za-z][A-Za-z-]{0,40}$/;

/**
 * Parses one command's arguments strictly. Unknown options are named in the error when they look
 * like flags; an argument that starts with `-` but could be a message (digits, spaces, ...) is
 * never echoed, since the messages are the PII.
 */
export function parseOptions<const T extends OptionsConfig>(
  argv: readonly string[],
  options: T,
): ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>> {
  const config = { args: [...argv], options, allowPositionals: true, strict: true } as const;
  try {
    return parseArgs(config);
  } catch (error) {
    throw new UsageError(usageMessage(error, argv, options));
  }
}

function usageMessage(error: unknown, argv: readonly string[], options: OptionsConfig): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const { tokens } = parseArgs({
      args: [...argv],
      options,
      allowPositionals: true,
      strict: false,
      tokens: true,
    });
    const unknown = tokens.find((t) => t.kind === 'option' && !(t.name in options));
    const raw = unknown?.kind === 'option' ? unknown.rawName : undefined;
    if (raw !== undefined && KEY_FLAGS.has(raw.toLowerCase())) {
      return `${raw}: keys are never taken on the command line (shell history, ps); set FIREWORKS_API_KEY or use --key-file <path>`;
    }
    if (raw !== undefined && FLAG_SHAPE.test(raw)) return `unknown option ${raw}`;
    return "unknown option (not shown: it may be a message); put messages that start with '-' after '--'";
  }
  // Node's other messages name the option only ("Option '--field <value>' argument missing").
  return error instanceof Error ? error.message : 'invalid arguments';
}

/** A whole number in [min, max] from a flag's value; the value is echoed only when it is short and numeric-looking. */
export function integerFlag(
  value: string | undefined,
  flag: string,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw new UsageError(
      `${flag} takes a whole number from ${min}${max === Number.MAX_SAFE_INTEGER ? ' up' : ` to ${max}`}`,
    );
  }
  return n;
}

/** One of `allowed`, or a usage error listing them. */
export function choiceFlag<T extends string>(
  value: string | undefined,
  flag: string,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if (!allowed.includes(value as T)) throw new UsageError(`${flag} takes one of ${allowed.join(', ')}`);
  return value as T;
}
