import { type ParseArgsConfig, parseArgs } from 'node:util';
import { ConfigurationError } from '@piiguard/sdk';
import { UsageError } from '../exit-codes.js';
import { OPTIONS, type StepName } from './spec.js';

type Raw = Record<string, string | boolean | string[] | undefined>;

/**
 * A step's parsed command line, read through typed accessors that check values once: an
 * impossible value is a `ConfigurationError` naming the option, never echoing the value.
 */
export class StepArgs {
  readonly #values: Raw;

  constructor(values: Raw) {
    this.#values = values;
  }

  has(name: string): boolean {
    return this.#values[name] !== undefined;
  }

  flag(name: string): boolean {
    return this.#values[name] === true;
  }

  string(name: string): string | undefined {
    const value = this.#values[name];
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || value.trim() === '') invalid(name, 'needs a non-empty value');
    return value;
  }

  strings(name: string): string[] {
    const value = this.#values[name];
    return Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.string(name);
    if (value === undefined) return fallback;
    if (!allowed.includes(value as T)) invalid(name, `must be one of ${allowed.join(', ')}`);
    return value as T;
  }

  /** An integer in [min, max]. */
  integer(name: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
    const value = this.string(name);
    if (value === undefined) return fallback;
    const n = /^-?\d+$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isSafeInteger(n) || n < min || n > max) {
      invalid(
        name,
        max === Number.MAX_SAFE_INTEGER
          ? `must be an integer >= ${min}`
          : `must be an integer in [${min}, ${max}]`,
      );
    }
    return n;
  }

  /** An optional integer in [min, max]: `undefined` when not given. */
  optionalInteger(name: string, min: number): number | undefined {
    return this.has(name) ? this.integer(name, 0, min) : undefined;
  }

  /** A finite number in (or at) the bounds. */
  number(name: string, fallback: number, min: number, max: number, { exclusiveMin = false } = {}): number {
    const value = this.string(name);
    if (value === undefined) return fallback;
    const n = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(value) ? Number(value) : Number.NaN;
    if (!Number.isFinite(n) || n < min || n > max || (exclusiveMin && n === min)) {
      invalid(
        name,
        `must be a number ${exclusiveMin ? '>' : '>='} ${min}${max === Number.MAX_VALUE ? '' : ` and <= ${max}`}`,
      );
    }
    return n;
  }

  /**
   * Seconds given, milliseconds returned. Timers cannot wait past 2^31 − 1 ms (Node fires longer
   * ones at once), so whatever is timed by one stays at or under an hour. @param maxSeconds @default 3600
   */
  seconds(name: string, fallbackSeconds: number, maxSeconds = 3600): number {
    return Math.round(this.number(name, fallbackSeconds, 0, maxSeconds, { exclusiveMin: true }) * 1000);
  }
}

export function invalid(name: string, requirement: string): never {
  throw new ConfigurationError(`Option \`--${name}\` ${requirement}.`, name);
}

/** Parses `argv` with exactly the options `step` takes; an unknown option or a missing value is a `UsageError`. */
export function parseStepArgs(step: StepName, argv: readonly string[]): StepArgs {
  const options: NonNullable<ParseArgsConfig['options']> = {};
  for (const spec of OPTIONS) {
    if (spec.steps.includes(step))
      options[spec.name] = { type: spec.type, ...(spec.multiple ? { multiple: true } : {}) };
  }
  try {
    const { values } = parseArgs({ args: [...argv], options, strict: true, allowPositionals: false });
    return new StepArgs(values as Raw);
  } catch (error) {
    throw new UsageError(parseError(error));
  }
}

/**
 * Node's parse errors, reworded: its messages quote what was typed, and a stray argument may
 * well be a message (`piiguard distill messages whats ur snap`). Only option names are repeated.
 */
function parseError(error: unknown): string {
  const code = (error as { code?: unknown } | undefined)?.code;
  const message = error instanceof Error ? error.message : '';
  const option = /'(--?[A-Za-z][A-Za-z0-9-]{0,40})/.exec(message)?.[1];
  switch (code) {
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return 'This step takes options only (each starts with --); put messages in an --input file.';
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return option ? `Unknown option ${option}.` : 'Unknown option.';
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return option
        ? `Option ${option} is missing its value, or takes none.`
        : 'An option is missing its value.';
    default:
      return 'Cannot parse the options.';
  }
}
