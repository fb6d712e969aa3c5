import type { FileHandle } from 'node:fs/promises';
import { open } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { CliError, EXIT, UsageError } from '../exit-codes.js';
import { readCsvRecords } from './csv.js';
import { type Line, readLines } from './lines.js';

export const INPUT_FORMATS = ['txt', 'jsonl', 'csv'] as const;
/** `txt`: one message per line; `jsonl`: one JSON object per line; `csv`: a header row, then records. */
export type InputFormat = (typeof INPUT_FORMATS)[number];

/**
 * Longest line (txt, jsonl) or record (csv) read, in bytes: far above any chat message (the
 * classifiers' own limit is 20,000 characters) and the turns of context a record may carry, and
 * what bounds the command's memory whatever the input.
 */
export const MAX_RECORD_BYTES = 4 * 1024 * 1024;

const EXTENSIONS: Readonly<Record<string, InputFormat>> = {
  '.txt': 'txt',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.csv': 'csv',
};

/** Where records come from, in the order given on the command line. */
export type InputSpec =
  | { readonly kind: 'arguments'; readonly texts: readonly string[] }
  | { readonly kind: 'stdin' }
  | { readonly kind: 'file'; readonly path: string };

/** True for a positional argument that names an input (`-` or a .txt/.jsonl/.ndjson/.csv path). */
export function looksLikeInput(argument: string): boolean {
  return argument === '-' || (!/\s/.test(argument) && extname(argument).toLowerCase() in EXTENSIONS);
}

/** One record before the command reads its fields: a line's text, a JSON object, or a CSV row by header. */
export type RawRecord =
  | {
      readonly ok: true;
      readonly source: string;
      readonly line: number;
      /** Bytes of this input consumed once this record is read (0 for arguments). */
      readonly endOffset: number;
      readonly value: string | Readonly<Record<string, unknown>>;
    }
  | {
      readonly ok: false;
      readonly source: string;
      readonly line: number;
      readonly endOffset: number;
      /** What is wrong, never the record's content. */
      readonly problem: string;
    };

/** An input ready to read: its records, and its size in bytes when it is a file (for the ETA). */
export interface OpenInput {
  readonly source: string;
  readonly format: InputFormat;
  readonly sizeBytes: number | undefined;
  /** Reads the input once, record by record; the file is closed when it ends or is abandoned. */
  records(): AsyncGenerator<RawRecord>;
  /** Closes the file without reading it (when a later input fails to open). */
  close(): Promise<void>;
}

/** Columns a CSV header must have (exit 3 without them), checked before its first record is read. */
export interface ColumnCheck {
  readonly required: readonly string[];
}

const errnoOf = (error: unknown) => (error as NodeJS.ErrnoException | null)?.code ?? 'unknown error';

/**
 * Opens every input before anything is classified, so a missing or unreadable file fails the
 * command (exit 3) before the first row, not half-way through.
 */
export async function openInputs(
  specs: readonly InputSpec[],
  options: {
    readonly format: InputFormat | undefined;
    readonly cwd: string;
    readonly stdin: AsyncIterable<Buffer | string>;
    readonly columns: ColumnCheck;
  },
): Promise<OpenInput[]> {
  const noop = async () => {};
  const opened: OpenInput[] = [];
  try {
    for (const spec of specs) {
      if (spec.kind === 'arguments') {
        opened.push({
          source: 'arguments',
          format: 'txt',
          sizeBytes: undefined,
          close: noop,
          async *records() {
            let line = 0;
            for (const text of spec.texts)
              yield { ok: true, source: 'arguments', line: ++line, endOffset: 0, value: text };
          },
        });
      } else if (spec.kind === 'stdin') {
        const format = options.format ?? 'txt';
        opened.push({
          source: 'stdin',
          format,
          sizeBytes: undefined,
          close: noop,
          records: () => parse(options.stdin, format, 'stdin', options.columns),
        });
      } else {
        const format = options.format ?? EXTENSIONS[extname(spec.path).toLowerCase()];
        if (format === undefined)
          throw new UsageError(`${spec.path}: unknown file type; give --format txt, jsonl or csv`);
        opened.push(await openFile(spec.path, options.cwd, format, options.columns));
      }
    }
  } catch (error) {
    await Promise.all(opened.map((input) => input.close()));
    throw error;
  }
  return opened;
}

async function openFile(
  path: string,
  cwd: string,
  format: InputFormat,
  columns: ColumnCheck,
): Promise<OpenInput> {
  let handle: FileHandle;
  let sizeBytes: number;
  try {
    handle = await open(resolve(cwd, path), 'r');
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${errnoOf(error)}`, EXIT.unreadableInput, { cause: error });
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory())
      throw new CliError(`cannot read ${path}: it is a directory`, EXIT.unreadableInput);
    sizeBytes = stat.size;
  } catch (error) {
    await handle.close();
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read ${path}: ${errnoOf(error)}`, EXIT.unreadableInput, { cause: error });
  }
  return {
    source: path,
    format,
    sizeBytes,
    close: () => handle.close().catch(() => {}),
    async *records() {
      const stream = handle.createReadStream({ highWaterMark: 64 * 1024, autoClose: false });
      try {
        yield* parse(stream, format, path, columns);
      } catch (error) {
        if (error instanceof CliError) throw error;
        throw new CliError(`cannot read ${path}: ${errnoOf(error)}`, EXIT.unreadableInput, { cause: error });
      } finally {
        stream.destroy();
        await handle.close().catch(() => {});
      }
    },
  };
}

async function* parse(
  chunks: AsyncIterable<Buffer | string>,
  format: InputFormat,
  source: string,
  columns: ColumnCheck,
): AsyncGenerator<RawRecord> {
  const lines = readLines(chunks, MAX_RECORD_BYTES);
  if (format === 'csv') {
    yield* csvRecords(lines, source, columns);
    return;
  }
  for await (const line of lines) {
    if (line.tooLong) {
      yield bad(source, line, `longer than ${MAX_RECORD_BYTES} bytes`);
      continue;
    }
    if (line.text.trim() === '') continue;
    if (format === 'txt') {
      yield { ok: true, source, line: line.number, endOffset: line.endOffset, value: line.text };
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(line.text);
    } catch {
      yield bad(source, line, 'not valid JSON');
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      yield bad(source, line, 'not a JSON object');
      continue;
    }
    yield {
      ok: true,
      source,
      line: line.number,
      endOffset: line.endOffset,
      value: value as Record<string, unknown>,
    };
  }
}

const bad = (source: string, line: Line, problem: string): RawRecord => ({
  ok: false,
  source,
  line: line.number,
  endOffset: line.endOffset,
  problem,
});

async function* csvRecords(
  lines: AsyncIterable<Line>,
  source: string,
  columns: ColumnCheck,
): AsyncGenerator<RawRecord> {
  let header: string[] | undefined;
  for await (const record of readCsvRecords(lines, MAX_RECORD_BYTES)) {
    if (!record.ok) {
      if (header === undefined)
        throw new CliError(
          `${source}: the header row cannot be read (${record.problem})`,
          EXIT.unreadableInput,
        );
      yield { ok: false, source, line: record.line, endOffset: record.endOffset, problem: record.problem };
      continue;
    }
    if (header === undefined) {
      header = record.fields.map((name) => name.trim());
      const missing = columns.required.filter((name) => !header?.includes(name));
      if (missing.length > 0) {
        throw new CliError(
          // The header's own names are not shown: without a header row, they are the first message.
          `${source} has no column ${missing.map((m) => `"${m}"`).join(', ')} in its first row (CSV files need a header row naming the columns)`,
          EXIT.unreadableInput,
        );
      }
      continue;
    }
    if (record.fields.length !== header.length) {
      yield {
        ok: false,
        source,
        line: record.line,
        endOffset: record.endOffset,
        problem: `${record.fields.length} fields where the header has ${header.length}`,
      };
      continue;
    }
    const value: Record<string, string> = {};
    header.forEach((name, i) => {
      value[name] = record.fields[i]!;
    });
    yield { ok: true, source, line: record.line, endOffset: record.endOffset, value };
  }
}
