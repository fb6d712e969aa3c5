import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPocket, type PocketWeightsFile } from '@piiguard/pocket';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyOfWorkspace, distill, readJsonl, workspace } from './support/run.js';

// A teacher with a policy of its own ("?" is asking, an "@" or three digits giving), which the
// built-in pocket model was never trained on: a retrained one should follow it, the built-in not.
const TEACHER = fileURLToPath(new URL('./fixtures/recording-teacher.mjs', import.meta.url));
const WORDS = 'gg nice map team round boss level shop skin sword farm raid tower quest lobby emote'.split(
  ' ',
);

/** A few hundred seeded messages: words, and sometimes a question mark, a number or an "@". */
function messages(count: number): { text: string }[] {
  let s = 12345;
  const next = (n: number) => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return (s >>> 8) % n;
  };
  return Array.from({ length: count }, (_, i) => {
    const words = Array.from({ length: 2 + next(4) }, () => WORDS[next(WORDS.length)]!);
    const kind = next(4);
    if (kind === 1) words.push(`${100 + next(900)}${next(10)}`);
    if (kind === 2) words.push(`${WORDS[next(WORDS.length)]}@${WORDS[next(WORDS.length)]}.com`);
    // A letters-only tag keeps the messages distinct without digits (which this teacher reads as PII).
    const tag = [...i.toString(26)].map((c) => String.fromCharCode(97 + Number.parseInt(c, 26))).join('');
    return { text: `${words.join(' ')} ${tag}${kind === 3 || next(5) === 0 ? '?' : ''}` };
  });
}

const readJson = async (path: string) => JSON.parse(await readFile(path, 'utf8'));

/** The local steps done once on 400 messages; each test works on a copy. */
let prepared: string;
beforeAll(async () => {
  prepared = await workspace(messages(400));
  for (const argv of [
    ['messages', '--input', 'input.jsonl'],
    ['label', '--teacher-module', TEACHER],
    ['sft'],
  ]) {
    const result = await distill(argv, { cwd: prepared });
    expect(result.code, result.stderr).toBe(0);
  }
});

async function preparedRun(): Promise<{ cwd: string; dir: string }> {
  const cwd = await copyOfWorkspace(prepared, 'piiguard-distill-pocket-');
  return { cwd, dir: join(cwd, 'piiguard-distill') };
}

describe('pocket: retrained on the teacher labels', () => {
  it('trains on the train split, writes weights loadPocket loads, and scores them beside the built-in ones', async () => {
    const { cwd, dir } = await preparedRun();
    const result = await distill(['pocket'], { cwd });
    expect(result.code, result.stderr).toBe(0);

    const weights = (await readJson(join(dir, 'pocket-weights.json'))) as PocketWeightsFile;
    const evaluation = await readJson(join(dir, 'pocket-evaluation.json'));
    const manifest = await readJson(join(dir, 'manifest.json'));
    expect(weights.id).toMatch(/^piiguard\/pocket-custom\+[0-9a-f]{8}$/);
    expect(evaluation.training).toMatchObject({
      examples: manifest.counts.bySplit.train.total,
      corpus: 0,
      epochs: 5,
      bits: 19,
      validation: { examples: manifest.counts.bySplit.validation.total },
    });
    expect(result.stdout).toContain(
      `trained ${weights.id} on ${evaluation.training.examples} teacher-labelled`,
    );

    // The figures are the loaded weights' agreement with the teacher, recomputed here.
    const test = await readJsonl(join(dir, 'test.eval.jsonl'));
    const pocket = await loadPocket({ weights });
    const outcomes = await pocket.classifyBatch(test.map((e) => e.text));
    const agree = outcomes.filter((o, i) => o.ok && o.value.label === test[i].label).length;
    expect(evaluation.pocket.model).toBe(weights.id);
    expect(evaluation.pocket.vsTeacher.correct).toBe(agree);
    expect(evaluation.pocket.vsTeacher.total).toBe(test.length);
    expect(result.stdout).toContain(
      `agreement with the teacher: ${((100 * agree) / test.length).toFixed(1)}%`,
    );
    expect(result.stdout).toMatch(
      /retrained pocket vs teacher[\s\S]*gold \\ predicted\s+none\s+asking\s+giving/,
    );

    // It learnt the teacher's policy, which the built-in weights do not follow.
    expect(evaluation.builtIn.model).toMatch(/^piiguard\/pocket-v1\+/);
    expect(evaluation.pocket.vsTeacher.accuracy).toBeGreaterThan(evaluation.builtIn.vsTeacher.accuracy + 0.2);
    // No message text reaches the report.
    for (const e of test) expect(result.stdout).not.toContain(e.text);
  });

  it('skips a finished step, retrains when a setting changes, and is deterministic', async () => {
    const { cwd, dir } = await preparedRun();
    expect((await distill(['pocket', '--pocket-bits', '12'], { cwd })).code).toBe(0);
    const first = await readFile(join(dir, 'pocket-weights.json'), 'utf8');
    const again = await distill(['pocket', '--pocket-bits', '12'], { cwd });
    expect(again.stdout).toContain('pocket: up to date');
    const other = await distill(['pocket', '--pocket-bits', '12', '--pocket-seed', '7'], { cwd });
    expect(other.stdout).toContain('trained');
    expect(await readFile(join(dir, 'pocket-weights.json'), 'utf8')).not.toBe(first);
    await distill(['pocket', '--pocket-bits', '12'], { cwd });
    expect(await readFile(join(dir, 'pocket-weights.json'), 'utf8')).toBe(first);
  });

  it('mixes in a --pocket-corpus file, and names a bad line of it without quoting it', async () => {
    const { cwd, dir } = await preparedRun();
    const corpus = Array.from({ length: 50 }, (_, i) => ({ text: `my snap is kim_${i}`, label: 'giving' }));
    await writeFile(join(cwd, 'corpus.jsonl'), corpus.map((r) => JSON.stringify(r)).join('\n'));
    const result = await distill(['pocket', '--pocket-bits', '12', '--pocket-corpus', 'corpus.jsonl'], {
      cwd,
    });
    expect(result.code, result.stderr).toBe(0);
    expect((await readJson(join(dir, 'pocket-evaluation.json'))).training.corpus).toBe(50);
    expect(result.stdout).toContain('+ 50 from --pocket-corpus');

    await writeFile(
      join(cwd, 'bad.jsonl'),
      '{"text":"ok","label":"none"}\n\n{"text":"call 555 0100","label":"phone"}\n',
    );
    const bad = await distill(['pocket', '--pocket-corpus', 'bad.jsonl'], { cwd });
    expect(bad.code).toBe(3);
    expect(bad.stderr).toContain('line 3');
    expect(bad.stderr).not.toContain('555');
  });

  it('scores a given --weights file instead of training, and refuses it together with --pocket-corpus', async () => {
    const { cwd, dir } = await preparedRun();
    await distill(['pocket', '--pocket-bits', '12'], { cwd });
    await cp(join(dir, 'pocket-weights.json'), join(cwd, 'mine.json'));
    const scored = await distill(['pocket', '--weights', 'mine.json'], { cwd });
    expect(scored.code, scored.stderr).toBe(0);
    expect(scored.stdout).not.toContain('trained');
    const evaluation = await readJson(join(dir, 'pocket-evaluation.json'));
    expect(evaluation.training).toBeUndefined();
    expect(evaluation.pocket.model).toBe((await readJson(join(cwd, 'mine.json'))).id);
    const both = await distill(['pocket', '--weights', 'mine.json', '--pocket-corpus', 'mine.json'], { cwd });
    expect(both.code).toBe(2);
  });

  it('refuses labels that changed after the sft step (training could see test messages)', async () => {
    const { cwd, dir } = await preparedRun();
    const labels = await readJsonl(join(dir, 'labels.jsonl'));
    await writeFile(
      join(dir, 'labels.jsonl'),
      labels
        .slice(1)
        .map((r) => `${JSON.stringify(r)}\n`)
        .join(''),
    );
    const result = await distill(['pocket'], { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('run the sft step again');
  });

  it('stops on Ctrl-C while training: exit 130, nothing recorded as done', async () => {
    const { cwd, dir } = await preparedRun();
    const controller = new AbortController();
    const result = await distill(['pocket', '--pocket-bits', '10', '--pocket-epochs', '1000'], {
      cwd,
      tty: true,
      signal: controller.signal,
      onStderr: (chunk) => {
        if (chunk.includes('pocket: training')) controller.abort();
      },
    });
    expect(result.code).toBe(130);
    expect((await readJson(join(dir, 'state.json'))).steps.pocket).toBeUndefined();
  });
});
