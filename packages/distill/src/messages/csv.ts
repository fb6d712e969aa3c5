/**
 * RFC 4180 CSV: fields separated by commas, optionally quoted with `"` (a quote inside a quoted
 * field is doubled), records ended by CRLF or LF; quoted fields may hold commas and line breaks.
 * Blank lines are not records. A quote left open at the end is reported with the line it opened on.
 */
export function parseCsv(text: string): { rows: string[][]; unterminatedAt?: number } {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let quoteStartLine = 0;
  let fieldStarted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
      quoteStartLine = line;
    } else if (c === ',') {
      row.push(field);
      field = '';
      fieldStarted = false;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      fieldStarted = false;
      line++;
    } else {
      field += c;
      fieldStarted = true;
    }
  }
  if (quoted) return { rows, unterminatedAt: quoteStartLine };
  if (fieldStarted || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  // A trailing blank line is not a record.
  return { rows: rows.filter((r) => !(r.length === 1 && r[0] === '')) };
}
