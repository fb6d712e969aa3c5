import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { planCells } from '../src/messages/generate.js';
import { parseMix } from '../src/messages/mix.js';
import { DEFAULT_PROMPTS } from '../src/messages/prompts.js';
import { dedupeKey } from '../src/messages/record.js';
import {
  API_KEY,
  type FakeFireworks,
  GENERATOR_MODEL,
  startFakeFireworks,
} from './support/fireworks-server.js';
import { distill, fireworksEnv, readJsonl, workspace } from './support/run.js';

let server: FakeFireworks | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('messages from files', () => {
  it('reads JSONL, CSV and TXT, dedupes after normalisation, leaves out empty and over-long ones', async () => {
    const cwd = await workspace([
      { text: 'hello there', lang: 'en', kind: 'chat', label: 'none' },
      { text: '' },
    ]);
    await writeFile(
      join(cwd, 'more.csv'),
      'id,Message,lang\r\n1,"hi, ""friend""\nsecond line",de\r\n2,HELLO\u200B   there,en\r\n3,,en\r\n4,' +
        'x'.repeat(50) +
        ',en\r\n',
    );
    await writeFile(join(cwd, 'plain.txt'), 'one\n\ntwo\n');
    const result = await distill(
      [
        'messages',
        '--input',
        'input.jsonl',
        '--input',
        'more.csv',
        '--input',
        'plain.txt',
        '--text-column',
        'message',
        '--max-length',
        '40',
      ],
      { cwd },
    );
    expect(result.code, result.stderr).toBe(0);
    const kept = await readJsonl(join(cwd, 'piiguard-distill', 'messages.jsonl'));
    expect(kept.map((r) => r.text)).toEqual(['hello there', 'hi, "friend"\nsecond line', 'one', 'two']);
    expect(kept[0]).toMatchObject({ lang: 'en', family: 'chat', gold: 'none', source: 'input.jsonl' });
    expect(kept[1]).toMatchObject({ lang: 'de', source: 'more.csv' });
    expect(result.stdout).toContain(
      'kept 4 messages: 1 duplicates (after normalisation), 2 empty and 1 longer than 40 characters left out',
    );
  });

  it('names every bad row by line without quoting it, and exits 3', async () => {
    const cwd = await workspace();
    await writeFile(
      join(cwd, 'bad.jsonl'),
      '{"text":"secret one"}\nnot json at all\n{"text": 5}\n{"text":"x","label":"maybe"}\n',
    );
    const result = await distill(['messages', '--input', 'bad.jsonl'], { cwd });
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('has 3 invalid row(s)');
    expect(result.stderr).toMatch(
      /line 2: not valid JSON[\s\S]*line 3: "text" must be a string[\s\S]*line 4: "label"/,
    );
    expect(result.stderr).not.toContain('secret');
    expect(result.stderr).not.toContain('maybe');
    const missing = await distill(['messages', '--input', 'nope.jsonl'], { cwd });
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('(ENOENT)');
    const noColumn = await writeFile(join(cwd, 'x.csv'), 'a,b\n1,2\n').then(() =>
      distill(['messages', '--input', 'x.csv'], { cwd }),
    );
    expect(noColumn.code).toBe(3);
    expect(noColumn.stderr).toContain('no "text" column');
  });

  it('normalises for deduplication: case, NFKC, invisible characters and spaces', () => {
    expect(dedupeKey('  Ｈｅｌｌｏ\u200B  World ')).toBe(dedupeKey('hello world'));
    expect(dedupeKey('my snap')).not.toBe(dedupeKey('my snap!'));
  });
});

describe('messages from an OpenAI-compatible LLM', () => {
  it('plans exact counts per label, family and language', () => {
    const cells = planCells(
      101,
      parseMix('none=2,asking=1,giving=1', 'label-mix'),
      parseMix('en=0.8,es=0.2', 'languages'),
      DEFAULT_PROMPTS,
    );
    expect(cells.reduce((sum, c) => sum + c.target, 0)).toBe(101);
    const perLabel = (label: string) =>
      cells.filter((c) => c.label === label).reduce((s, c) => s + c.target, 0);
    expect([perLabel('none'), perLabel('asking'), perLabel('giving')]).toEqual([51, 25, 25]);
    expect(new Set(cells.filter((c) => c.label === 'asking').map((c) => c.family))).toEqual(
      new Set(Object.keys(DEFAULT_PROMPTS.families.asking)),
    );
  });

  it('asks with a prompt per label and family, counts answers that are not a JSON array, and resumes from its checkpoint', async () => {
    server = await startFakeFireworks({ unparseableEvery: 3 });
    const cwd = await workspace([]);
    const args = [
      'messages',
      '--generate',
      '24',
      '--generator-model',
      GENERATOR_MODEL,
      '--generator-url',
      server.inferenceURL,
      '--label-mix',
      'asking=1,giving=1',
      '--languages',
      'en=1',
      '--generate-batch',
      '4',
      '--concurrency',
      '1',
    ];
    const controller = new AbortController();
    const stopped = await distill(args, {
      cwd,
      env: fireworksEnv,
      tty: true,
      signal: controller.signal,
      onStderr: (chunk) => chunk.includes('generating:') && controller.abort(),
    });
    expect(stopped.code).toBe(130);
    const answered = server.requests.filter((r) => r.status === 200).length;
    expect(answered).toBeGreaterThanOrEqual(1);

    const resumed = await distill(args, { cwd, env: fireworksEnv });
    expect(resumed.code, resumed.stderr).toBe(0);
    const prompts = server.requests.map(
      (r) => (r.body as { messages: { content: string }[] }).messages[1]!.content,
    );

    // An uninterrupted run makes as many requests as the two runs together: none was asked twice.
    const reference = await startFakeFireworks({ unparseableEvery: 3 });
    const whole = await distill([...args.slice(0, 6), reference.inferenceURL, ...args.slice(7)], {
      cwd: await workspace([]),
      env: fireworksEnv,
    });
    await reference.close();
    expect(whole.code, whole.stderr).toBe(0);
    expect(server.requests.filter((r) => r.status === 200)).toHaveLength(reference.requests.length);
    expect(
      prompts.every((p) =>
        /Write \d+ different chat messages in English\. Each message (asks|shares|gives|offers|proposes|names|says|threatens)/.test(
          p,
        ),
      ),
    ).toBe(true);
    expect(resumed.stdout).toMatch(/answers were not a JSON array/);
    const kept = await readJsonl(join(cwd, 'piiguard-distill', 'messages.jsonl'));
    expect(kept.length).toBeGreaterThan(0);
    expect(
      kept.every(
        (r) => r.source === 'generator' && r.lang === 'en' && ['asking', 'giving'].includes(r.intended),
      ),
    ).toBe(true);
    expect(new Set(kept.map((r) => dedupeKey(r.text))).size).toBe(kept.length);
  });

  it("sends the generator key from the environment and never prints it or the server's words", async () => {
    server = await startFakeFireworks();
    const cwd = await workspace([]);
    const args = [
      'messages',
      '--generate',
      '4',
      '--generator-model',
      GENERATOR_MODEL,
      '--generator-url',
      server.inferenceURL,
      '--generator-key-env',
      'GEN_KEY',
    ];
    const refused = await distill(args, { cwd, env: { GEN_KEY: 'wrong-key-123' } });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('the generator answered 401');
    expect(refused.stderr).not.toContain('wrong-key-123');
    expect(refused.stderr).not.toContain(API_KEY);
    expect(refused.stderr).not.toContain('failed for');
    const accepted = await distill(args, { cwd, env: { GEN_KEY: API_KEY } });
    expect(accepted.code, accepted.stderr).toBe(0);
  });
});
