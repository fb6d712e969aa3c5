/** One physical line of an input, without its line break. */
export interface Line {
  /** The line's text (UTF-8 decoded; a trailing `\r` and a leading BOM removed); empty when `tooLong`. */
  readonly text: string;
  /** 1-based line number. */
  readonly number: number;
  /** Bytes of the input consumed up to and including this line's break, for progress. */
  readonly endOffset: number;
  /** The line was longer than `maxLineBytes`; its bytes were dropped unread. */
  readonly tooLong: boolean;
}

const NEWLINE = 0x0a;

/**
 * Splits a byte stream into lines as it arrives, so memory stays bounded by the longest line (at
 * most `maxLineBytes`) however long the input is. Reading pulls from the stream, so a slow consumer
 * slows the reading down (back-pressure) instead of buffering the input.
 */
export async function* readLines(
  chunks: AsyncIterable<Buffer | string>,
  maxLineBytes: number,
): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let partBytes = 0;
  let tooLong = false;
  let number = 0;
  let offset = 0;
  const finish = (end: number): Line => {
    number += 1;
    const bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts, partBytes);
    let text = tooLong ? '' : bytes.toString('utf8');
    if (number === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (text.endsWith('\r')) text = text.slice(0, -1);
    const line = { text, number, endOffset: end, tooLong };
    parts = [];
    partBytes = 0;
    tooLong = false;
    return line;
  };
  const keep = (piece: Buffer) => {
    if (tooLong || piece.length === 0) return;
    if (partBytes + piece.length > maxLineBytes) {
      tooLong = true;
      parts = [];
      partBytes = 0;
      return;
    }
    parts.push(piece);
    partBytes += piece.length;
  };
  for await (const chunk of chunks) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let start = 0;
    for (let at = buffer.indexOf(NEWLINE); at !== -1; at = buffer.indexOf(NEWLINE, start)) {
      // A line's bytes are copied only when it continues into the next chunk (`parts`).
      keep(buffer.subarray(start, at));
      yield finish(offset + at + 1);
      start = at + 1;
    }
    // The unfinished tail is copied: the stream may reuse its chunk.
    if (start < buffer.length) keep(Buffer.from(buffer.subarray(start)));
    offset += buffer.length;
  }
  if (partBytes > 0 || tooLong) yield finish(offset);
}
