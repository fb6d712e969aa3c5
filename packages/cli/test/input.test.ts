import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readCsvRecords } from '../src/input/csv.js';
import { readLines } from '../src/input/lines.js';

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** The bytes, cut into chunks of `size` (to put chunk boundaries inside lines and characters). */
const chunked = (text: string, size: number) => {
  const bytes = Buffer.from(text, 'utf8');
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
  return Readable.from(chunks);
};

describe('readLines', () => {
  it('gives the same lines, numbers and byte offsets whatever the chunk size', async () => {
    const text = '\uFEFFfirst\r\nsecond — é😀\n\nlast without break';
    const expected = [
      { text: 'first', number: 1, endOffset: 10, tooLong: false },
      {
        text: 'second — é😀',
        number: 2,
        endOffset: 10 + Buffer.byteLength('second — é😀\n'),
        tooLong: false,
      },
      { text: '', number: 3, endOffset: 11 + Buffer.byteLength('second — é😀\n'), tooLong: false },
      { text: 'last without break', number: 4, endOffset: Buffer.byteLength(text), tooLong: false },
    ];
    for (const size of [1, 2, 3, 7, 1024]) {
      expect(await collect(readLines(chunked(text, size), 1000)), `chunks of ${size}`).toEqual(expected);
    }
  });

  it('drops an over-long line without keeping its bytes, and goes on with the next', async () => {
    const lines = await collect(readLines(chunked(`ok\n${'x'.repeat(50)}\nafter\n`, 8), 20));
    expect(lines.map((l) => [l.number, l.text, l.tooLong])).toEqual([
      [1, 'ok', false],
      [2, '', true],
      [3, 'after', false],
    ]);
  });
});

describe('readCsvRecords', () => {
  const csv = async (text: string, max = 10_000) =>
    collect(readCsvRecords(readLines(chunked(text, 5), 10_000), max));

  it('reads quoted fields, doubled quotes, empty fields and line breaks inside quotes', async () => {
    const text = 'text,label\n"say ""hi""",none\n"two\nlines, here",giving\n,asking\nplain,\n';
    // Each record ends after the line break that closes it.
    const end = (after: string) => text.indexOf(after) + after.length;
    expect(await csv(text)).toEqual([
      { ok: true, fields: ['text', 'label'], line: 1, endOffset: end('label\n') },
      { ok: true, fields: ['say "hi"', 'none'], line: 2, endOffset: end('none\n') },
      { ok: true, fields: ['two\nlines, here', 'giving'], line: 3, endOffset: end('giving\n') },
      { ok: true, fields: ['', 'asking'], line: 5, endOffset: end(',asking\n') },
      { ok: true, fields: ['plain', ''], line: 6, endOffset: text.length },
    ]);
  });

  it('reports a malformed record by its first line and reads the next one', async () => {
    const records = await csv('a,b\nbro"ken,1\n"x" y,2\nfine,3\n"never closed,4\nmore\n');
    expect(records.map((r) => (r.ok ? [r.line, r.fields] : [r.line, r.problem]))).toEqual([
      [1, ['a', 'b']],
      [2, 'a quote inside an unquoted field'],
      [3, 'text after a closing quote'],
      [4, ['fine', '3']],
      [5, 'quoted field not closed before the end of the input'],
    ]);
  });

  it('gives up on a record that grows past the limit (an unclosed quote) and resynchronises', async () => {
    const records = await csv(`a\n"${'long '.repeat(10)}\n${'more '.repeat(10)}\nfine\n`, 60);
    expect(records.map((r) => (r.ok ? r.fields : r.problem))).toEqual([
      ['a'],
      'record too long (an unclosed quote?)',
      ['fine'],
    ]);
  });
});
