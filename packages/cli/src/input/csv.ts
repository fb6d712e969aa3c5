import type { Line } from './lines.js';

/** One CSV record: its fields, or why it cannot be read; located by its first physical line. */
export type CsvRecord =
  | { readonly ok: true; readonly fields: string[]; readonly line: number; readonly endOffset: number }
  | { readonly ok: false; readonly problem: string; readonly line: number; readonly endOffset: number };

/**
 * RFC 4180 records from physical lines: comma-separated, fields optionally in double quotes, `""`
 * for a quote inside quotes, line breaks allowed inside quotes (the record then spans lines). A
 * quote inside an unquoted field, text after a closing quote, or a quoted field still open at the
 * end of the input (or longer than `maxRecordChars`) makes that record malformed; reading goes on
 * with the next line.
 */
export async function* readCsvRecords(
  lines: AsyncIterable<Line>,
  maxRecordChars: number,
): AsyncGenerator<CsvRecord> {
  let fields: string[] = [];
  let field = '';
  /** Inside quotes at the end of the previous line: this line continues the record. */
  let open = false;
  let size = 0;
  let first = 0;
  let lastEnd = 0;
  const reset = () => {
    fields = [];
    field = '';
    open = false;
    size = 0;
  };
  for await (const line of lines) {
    lastEnd = line.endOffset;
    if (!open) {
      first = line.number;
      if (line.text === '' && !line.tooLong) continue;
    }
    if (line.tooLong) {
      reset();
      yield { ok: false, problem: 'record too long', line: first, endOffset: line.endOffset };
      continue;
    }
    size += line.text.length;
    if (size > maxRecordChars) {
      reset();
      yield {
        ok: false,
        problem: 'record too long (an unclosed quote?)',
        line: first,
        endOffset: line.endOffset,
      };
      continue;
    }
    const problem = scan(open ? `\n${line.text}` : line.text);
    if (problem !== undefined) {
      reset();
      yield { ok: false, problem, line: first, endOffset: line.endOffset };
      continue;
    }
    if (open) continue;
    fields.push(field);
    const record = fields;
    reset();
    yield { ok: true, fields: record, line: first, endOffset: line.endOffset };
  }
  if (open)
    yield {
      ok: false,
      problem: 'quoted field not closed before the end of the input',
      line: first,
      endOffset: lastEnd,
    };

  /** Consumes one line's text into the current record; returns a problem, or undefined. */
  function scan(text: string): string | undefined {
    let i = 0;
    if (open) {
      // Continue inside the quoted field begun on an earlier line.
      open = false;
      const end = closeQuote(text, 0);
      if (end === -1) return undefined;
      i = end;
      const after = afterQuote(text, i);
      if (after !== undefined) return after;
      if (text[i] === ',') {
        fields.push(field);
        field = '';
        i += 1;
      } else return undefined;
    }
    while (true) {
      if (text[i] === '"') {
        const end = closeQuote(text, i + 1);
        if (end === -1) return undefined;
        i = end;
        const after = afterQuote(text, i);
        if (after !== undefined) return after;
      } else {
        const comma = text.indexOf(',', i);
        const stop = comma === -1 ? text.length : comma;
        const raw = text.slice(i, stop);
        if (raw.includes('"')) return 'a quote inside an unquoted field';
        field += raw;
        i = stop;
      }
      if (i >= text.length) return undefined;
      // text[i] is a comma.
      fields.push(field);
      field = '';
      i += 1;
    }
  }

  /** Appends quoted content from `start`; returns the index after the closing quote, or -1 (still open). */
  function closeQuote(text: string, start: number): number {
    let i = start;
    while (true) {
      const q = text.indexOf('"', i);
      if (q === -1) {
        field += text.slice(i);
        open = true;
        return -1;
      }
      field += text.slice(i, q);
      if (text[q + 1] === '"') {
        field += '"';
        i = q + 2;
        continue;
      }
      return q + 1;
    }
  }

  function afterQuote(text: string, i: number): string | undefined {
    if (i < text.length && text[i] !== ',') return 'text after a closing quote';
    return undefined;
  }
}
