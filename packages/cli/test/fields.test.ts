import { describe, expect, it } from 'vitest';
import { readExample, readMessage } from '../src/input/fields.js';
import type { RawRecord } from '../src/input/records.js';

const record = (value: Extract<RawRecord, { ok: true }>['value']): RawRecord => ({
  ok: true,
  source: 'chat.jsonl',
  line: 7,
  endOffset: 100,
  value,
});
const fields = { text: 'text', speaker: 'author', context: 'before' };

describe('readMessage', () => {
  it('reads the text, the speaker and the earlier turns of a conversation record', () => {
    const turns = [
      { speaker: 'kim', text: 'whats ur' },
      { speaker: 'sam', text: 'my what' },
    ];
    expect(readMessage(record({ text: 'snap', author: 'kim', before: turns, other: 1 }), fields)).toEqual({
      ok: true,
      source: 'chat.jsonl',
      line: 7,
      endOffset: 100,
      text: 'snap',
      speaker: 'kim',
      context: turns,
    });
    // A CSV cell holds the same list as JSON text.
    const csv = readMessage(record({ text: 'snap', author: 'kim', before: JSON.stringify(turns) }), fields);
    expect(csv.ok && csv.context).toEqual(turns);
    // Absent or empty fields mean no conversation.
    const alone = readMessage(record({ text: 'gg', author: '', before: '' }), fields);
    expect(alone).toEqual({ ok: true, source: 'chat.jsonl', line: 7, endOffset: 100, text: 'gg' });
  });

  it('makes a record with an unusable field malformed, naming the field and never its content', () => {
    const problems = [
      readMessage(record({ msg: 'my number is 5551234' }), fields),
      readMessage(record({ text: 42 }), fields),
      readMessage(record({ text: 'x', author: 7 }), fields),
      readMessage(record({ text: 'x', before: [{ speaker: 'kim' }] }), fields),
      readMessage(record({ text: 'x', before: '[not json 5551234' }), fields),
    ].map((r) => (r.ok ? 'ok' : r.problem));
    expect(problems).toEqual([
      'field "text" is missing',
      'field "text" is not a string',
      'field "author" is not a string',
      'field "before" is not a list of {"speaker", "text"} turns',
      'field "before" is not a list of {"speaker", "text"} turns',
    ]);
    expect(problems.join(' ')).not.toContain('5551234');
  });
});

describe('readExample', () => {
  const example = { text: 'text', label: 'gold', by: 'tags' };
  it('reads the gold label case-insensitively and the tags as a string or a list', () => {
    const one = readExample(record({ text: 'x', gold: ' Asking ', tags: 'handle' }), example);
    expect(one.ok && [one.label, one.tags]).toEqual(['asking', ['handle']]);
    const many = readExample(record({ text: 'x', gold: 'none', tags: ['a', 'b'] }), example);
    expect(many.ok && many.tags).toEqual(['a', 'b']);
    const untagged = readExample(record({ text: 'x', gold: 'none' }), example);
    expect(untagged.ok && untagged.tags).toEqual(['(none)']);
  });

  it('refuses unknown labels, empty texts, text lines and bad tags', () => {
    const problems = [
      readExample(record({ text: 'x', gold: 'maybe' }), example),
      readExample(record({ text: '  ', gold: 'none' }), example),
      readExample(record('a plain line'), example),
      readExample(record({ text: 'x', gold: 'none', tags: { a: 1 } }), example),
    ].map((r) => (r.ok ? 'ok' : r.problem));
    expect(problems).toEqual([
      'field "gold" is not one of none, asking, giving',
      'field "text" is missing, empty or not a string',
      'a text line carries no label',
      'field "tags" is not a string or a list of strings',
    ]);
  });
});
