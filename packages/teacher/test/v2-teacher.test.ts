import { AutoTokenizer } from '@huggingface/transformers';
import { PiiClient } from '@piiguard/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture } from '../scripts/fixture/build.js';
import { readFixtureWeights } from '../scripts/fixture/read.js';
import { referenceForward } from '../scripts/fixture/reference.js';
import { sigmoid } from '../scripts/fixture/testing.js';
import { BOS_ID, EOS_ID } from '../scripts/fixture/vocab.js';
import { labelFromV2Scores, loadTeacher, type Teacher } from '../src/index.js';
import { CARD_PREFIX, neutralWords, TINY, tempDir } from './helpers.js';

/**
 * A v2-shaped fixture (three heads, the v2 tokenizer config) loaded through `loadTeacher`, the same
 * path as the real model. The reference: the v2 string written out by hand from the model card,
 * tokenized as one string by AutoTokenizer, cut to its newest 510 ids when longer, framed
 * `<s> … </s>`, and run through `scripts/fixture/reference.ts` — a float64 forward pass of the
 * XLM-R maths in plain TypeScript on the weights read back from the ONNX file — then a sigmoid.
 */

const temp = tempDir();
let dir: string;
let teacher: Teacher;
let encode: (text: string) => number[];

beforeAll(async () => {
  dir = buildFixture({ out: `${temp.dir}/v2`, shape: 'v2' }).dir;
  teacher = await loadTeacher({ model: dir, device: 'cpu' });
  const tokenizer = await AutoTokenizer.from_pretrained(dir, { local_files_only: true });
  encode = (text) => tokenizer.encode(text, { add_special_tokens: false });
});
afterAll(async () => {
  await teacher.close();
  temp.remove();
});

function reference(v2String: string) {
  const ids = encode(v2String);
  const row = [BOS_ID, ...ids.slice(Math.max(0, ids.length - 510)), EOS_ID];
  const [logits] = referenceForward(readFixtureWeights(dir), [row], [row.map(() => 1)]).logits;
  // id2label order of the fixture: asking, giving, off-platform
  const [asking, giving, offPlatform] = logits!.map(sigmoid) as [number, number, number];
  return { asking, giving, offPlatform };
}

function expectScores(actual: Record<string, number> | undefined, expected: Record<string, number>) {
  expect(Object.keys(actual!).sort()).toEqual(['asking', 'giving', 'offPlatform']);
  for (const head of ['asking', 'giving', 'offPlatform']) {
    expect(Math.abs(actual![head]! - expected[head]!)).toBeLessThan(1e-4);
  }
}

describe('the teacher v2 on a v2-shaped model', () => {
  it('is detected from config.json and says it reads context', () => {
    expect(teacher.profile.name).toBe('roblox-v2');
    expect(teacher.usesContext).toBe(true);
    expect(teacher.thresholds).toEqual({ asking: 0.6, giving: 0.55, offPlatform: 0.1 });
  });

  it('scores single messages as the reference does (within 1e-4), labelled by the v2 rule', async () => {
    const cases: [string, string][] = [
      ['whats ur snap?', 'asking'],
      ['my email is kim@example.com', 'giving'],
      ['this game is fun', 'none'],
      ['add me on snap', 'giving'], // off-platform decides: asking and giving triggers together
    ];
    for (const [text, label] of cases) {
      const result = await teacher.classify(text);
      expectScores(
        result.teacherScores as unknown as Record<string, number>,
        reference(`${CARD_PREFIX}\n\nt: ${text}`),
      );
      expect(result.label).toBe(labelFromV2Scores(result.teacherScores!));
      expect(result.label).toBe(label);
    }
  });

  it('scores conversations as the reference does, the long one cut on the left', async () => {
    const shortTurns = [
      { speaker: 'kim', text: 'u on the yellow app?' },
      { speaker: 'lee', text: 'ya' },
      { speaker: 'max', text: 'me too' },
      { speaker: 'kim', text: 'whats ur name' },
    ];
    const short = await teacher.classify('same name as here but with 07', {
      speaker: 'lee',
      context: shortTurns,
    });
    expectScores(
      short.teacherScores as unknown as Record<string, number>,
      reference(
        `${CARD_PREFIX}\n\ns1: u on the yellow app? </s> t: ya </s> s2: me too </s> s1: whats ur name </s> t: same name as here but with 07`,
      ),
    );
    const longTurns = Array.from({ length: 10 }, (_, i) => ({
      speaker: `u${i % 3}`,
      text: neutralWords(60, i),
    }));
    const long = await teacher.classify('my number is 555 0100', { speaker: 'u1', context: longTurns });
    const names = ['s1', 't', 's2'];
    const turns = longTurns.map((turn, i) => `${names[i % 3]}: ${turn.text}`);
    expectScores(
      long.teacherScores as unknown as Record<string, number>,
      reference(`${CARD_PREFIX}\n\n${[...turns, 't: my number is 555 0100'].join(' </s> ')}`),
    );
  });

  it('reads the context: a reply is none alone and giving after an invitation off the platform', async () => {
    const alone = await teacher.classify('ya sure');
    const inContext = await teacher.classify('ya sure', {
      speaker: 'lee',
      context: [{ speaker: 'kim', text: 'add me on snap' }],
    });
    expect(alone.label).toBe('none');
    expect(inContext.label).toBe('giving');
    expect(inContext.teacherScores!.offPlatform).toBeGreaterThan(0.1);

    // through the client: the cache keys on the context, since this classifier reads it
    const client = new PiiClient({
      fallback: { mode: 'fallback-only', classifiers: teacher, cacheFallbackResults: true },
    });
    const context = [{ speaker: 'kim', text: 'add me on snap' }];
    const viaClient = [
      await client.classify('ya sure', { speaker: 'lee', context }),
      await client.classify('ya sure'),
      await client.classify('ya sure', { speaker: 'lee', context }),
    ];
    expect(viaClient.map((r) => [r.label, r.source])).toEqual([
      ['giving', 'teacher'],
      ['none', 'teacher'],
      ['giving', 'cache'],
    ]);
    await client.close(); // a classifier passed in stays ours: the teacher is not closed
    expect(teacher.closed).toBe(false);
  });
});

describe('the teacher v1 ignores context', () => {
  it('says usesContext false and scores a text the same with or without context', async () => {
    const v1 = await loadTeacher({ model: TINY, device: 'cpu' });
    try {
      expect(v1.profile.name).toBe('roblox-v1');
      expect(v1.usesContext).toBe(false);
      const alone = await v1.classify('ya sure');
      const inContext = await v1.classify('ya sure', {
        speaker: 'lee',
        context: [{ speaker: 'kim', text: 'add me on snap' }],
      });
      expect(inContext.teacherScores).toEqual(alone.teacherScores);
      expect(alone.teacherScores).not.toHaveProperty('offPlatform');
    } finally {
      await v1.close();
    }
  });
});
