import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { InputError } from './exit-codes.js';

/** Hex SHA-256 of a string or bytes. */
export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * Writes a file atomically: a unique temporary file next to it, renamed into place once complete,
 * so a crash or Ctrl-C never leaves a half-written file that a resumed run would take as done.
 */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temporary, content);
  await rename(temporary, path);
}

/** JSON lines: one `JSON.stringify` per record, each line ending in `\n`. */
export function toJsonl(records: readonly unknown[]): string {
  return records.map((record) => `${JSON.stringify(record)}\n`).join('');
}

/**
 * Reads a JSONL file this tool wrote, one parsed value per non-empty line. A missing file or a
 * bad line is an `InputError` naming the file and line (never its content).
 */
export async function readJsonl(path: string): Promise<unknown[]> {
  const text = await readText(path);
  const values: unknown[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    try {
      values.push(JSON.parse(line));
    } catch {
      throw new InputError(`${path}: line ${index + 1} is not valid JSON.`);
    }
  });
  return values;
}

/** Reads a UTF-8 file; a missing or unreadable file is an `InputError` naming it and the system's code. */
export async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new InputError(`Cannot read ${path} (${code}).`, { cause: error });
  }
}

/** Reads a file if it exists; `undefined` when it does not. */
export async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new InputError(`Cannot read ${path} (${(error as NodeJS.ErrnoException).code}).`, { cause: error });
  }
}

/** The `settings` of a checkpoint's first line, `undefined` when it has none. */
export function headerSettings(line: string): unknown {
  try {
    return (JSON.parse(line) as { settings?: unknown } | null)?.settings;
  } catch {
    return undefined;
  }
}
