import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isPiiguardError } from '@piiguard/sdk';
import { describe, expect, it } from 'vitest';
import { DatasetError, parseDataset, readDataset } from '../src/index.js';

const row = (value: unknown) => JSON.stringify(value);

function issuesOf(content: string) {
  try {
    parseDataset(content);
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetError);
    return (error as DatasetError).issues;
  }
  throw new Error('expected parseDataset to throw');
}

describe('parseDataset', () => {
  it('reads rows with optional fields, skipping blank lines, CRLF and a BOM, keeping line numbers', () => {
    const content = `\uFEFF${row({ text: 'gg', label: 'none' })}\r\n\r\n${row({
      text: 'dame tu insta',
      label: 'asking',
      lang: 'es',
      kind: 'handle',
      note: 'asks for a handle',
      extra: 1,
    })}\n`;
    expect(parseDataset(content)).toEqual([
      { text: 'gg', label: 'none', line: 1 },
      {
        text: 'dame tu insta',
        label: 'asking',
        lang: 'es',
        kind: 'handle',
        note: 'asks for a handle',
        line: 3,
      },
    ]);
  });

  it('reports every bad row with its line number', () => {
    const content = [
      row({ text: 'ok', label: 'none' }),
      '{"text": "broken", ',
      row({ text: 'x', label: 'Asking' }),
      row({ text: '   ', label: 'none' }),
      row({ label: 'giving' }),
      row({ text: 'y', label: 'giving', lang: 7 }),
      row(['text', 'none']),
      row({ text: 'ok', label: 'giving' }),
    ].join('\n');
    const issues = issuesOf(content);
    expect(issues.map((i) => i.line)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(issues[0]!.message).toMatch(/^invalid JSON/);
    expect(issues[1]!.message).toBe('"label" must be one of none, asking, giving (got "Asking")');
    expect(issues[2]!.message).toBe('"text" is empty');
    expect(issues[3]!.message).toBe('"text" must be a string');
    expect(issues[4]!.message).toBe('"lang" must be a non-empty string when present');
    expect(issues[5]!.message).toBe('expected a JSON object');
    expect(issues[6]!.message).toBe('duplicate text (first on line 1)');
  });

  it('reads tags as a list of strings (a bare string is one tag) and refuses any other shape', () => {
    const [a, b] = parseDataset(
      `${row({ text: 'lobby 3', label: 'none', tags: ['hard-negative', 'numbers'] })}\n${row({ text: 'gg', label: 'none', tags: 'chat' })}`,
    );
    expect(a?.tags).toEqual(['hard-negative', 'numbers']);
    expect(b?.tags).toEqual(['chat']);
    const issues = issuesOf(
      [{ tags: [1] }, { tags: [''] }, { tags: {} }]
        .map((t, i) => row({ text: `t${i}`, label: 'none', ...t }))
        .join('\n'),
    );
    expect(issues.map((i) => i.line)).toEqual([1, 2, 3]);
    expect(issues[0]?.message).toContain('"tags"');
  });

  it('accepts duplicates when asked to', () => {
    const content = [row({ text: 'a', label: 'none' }), row({ text: 'a', label: 'none' })].join('\n');
    expect(parseDataset(content, { allowDuplicates: true })).toHaveLength(2);
  });

  it('refuses a file with no examples', () => {
    expect(issuesOf('\n\n')).toEqual([{ line: 1, message: 'no examples' }]);
  });

  it('lists the first ten issues in the message and keeps all of them on the error', () => {
    const content = Array.from({ length: 13 }, () => row({ text: 't', label: 'maybe' })).join('\n');
    const error = (() => {
      try {
        parseDataset(content, { source: 'bad.jsonl' });
      } catch (e) {
        return e as DatasetError;
      }
    })();
    expect(isPiiguardError(error)).toBe(true);
    expect(error?.kind).toBe('invalid-input');
    expect(error?.issues).toHaveLength(13);
    expect(error?.message.split('\n')[0]).toBe('bad.jsonl has 13 invalid row(s):');
    expect(error?.message).toContain('line 10:');
    expect(error?.message).not.toContain('line 11:');
    expect(error?.message).toContain('...and 3 more');
  });
});

describe('readDataset', () => {
  it('names the file in errors', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'eval-dataset-'));
    const path = join(dir, 'set.jsonl');
    await writeFile(path, `${row({ text: 'hi', label: 'none' })}\n${row({ text: 'yo', label: 'nope' })}\n`);
    await expect(readDataset(path)).rejects.toThrow(`${path} has 1 invalid row(s):\n  line 2:`);
  });
});
