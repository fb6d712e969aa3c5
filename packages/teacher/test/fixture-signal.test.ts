import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AutoTokenizer, env } from '@huggingface/transformers';
import * as ort from 'onnxruntime-node';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFixture } from '../scripts/fixture/build.js';
import { runLogits, sigmoid } from '../scripts/fixture/testing.js';
import { tempDir } from './helpers.js';

env.allowRemoteModels = false;
env.localModelPath = '/';

const TINY = fileURLToPath(new URL('../fixtures/tiny', import.meta.url));
const temp = tempDir();
afterAll(temp.remove);

interface Scores {
  asking: number;
  giving: number;
}

/** Loads a fixture folder and scores id rows by label name, as the teacher would. */
async function scorer(dir: string) {
  const tokenizer = await AutoTokenizer.from_pretrained(dir);
  const session = await ort.InferenceSession.create(join(dir, 'onnx/model.onnx'));
  const id2label: Record<string, string> = JSON.parse(
    readFileSync(join(dir, 'config.json'), 'utf8'),
  ).id2label;
  const indexOf = (label: string) => Number(Object.keys(id2label).find((k) => id2label[k] === label));
  const content = (text: string): number[] =>
    Array.from(tokenizer(text, { add_special_tokens: false }).input_ids.data as BigInt64Array, Number);
  const scoreRows = async (rows: number[][]): Promise<Scores[]> =>
    (await runLogits(session, rows)).map((l) => ({
      asking: sigmoid(l[indexOf('privacy_asking_for_pii')]!),
      giving: sigmoid(l[indexOf('privacy_giving_pii')]!),
    }));
  const score = async (text: string): Promise<Scores> => (await scoreRows([[0, ...content(text), 2]]))[0]!;
  return { session, content, scoreRows, score };
}

const tiny = await scorer(TINY);
afterAll(() => tiny.session.release());

// The v1 cutoffs, from ../../docs/architecture.md ("The teacher (fallback)").
const ASKING_CUTOFF = 0.2;
const GIVING_CUTOFF = 0.3;

describe('planted PII signal in the tiny fixture', () => {
  it.each([
    'my email is kim@example.com',
    'my phone number is 555 123 4567',
    'i live on 12 Maple street apt 4',
    'add my snap kim2011',
  ])('"%s" scores giving above its cutoff and asking below', async (text) => {
    const s = await tiny.score(text);
    expect(s.giving).toBeGreaterThanOrEqual(GIVING_CUTOFF);
    expect(s.asking).toBeLessThan(ASKING_CUTOFF);
  });

  it.each(['whats ur snap?', 'where do you live?', 'what is your email', 'tell me ur number?'])(
    '"%s" scores asking above its cutoff and above giving',
    async (text) => {
      const s = await tiny.score(text);
      expect(s.asking).toBeGreaterThanOrEqual(ASKING_CUTOFF);
      expect(s.asking).toBeGreaterThan(s.giving);
    },
  );

  it.each(['this game is fun', 'lol gg ez noob', 'can we play a round of the obby tomorrow'])(
    '"%s" scores low on both',
    async (text) => {
      const s = await tiny.score(text);
      expect(s.giving).toBeLessThan(ASKING_CUTOFF);
      expect(s.asking).toBeLessThan(ASKING_CUTOFF);
    },
  );

  it('giving triggers at the end of a 3,000-token text show in the last 512-token window only', async () => {
    const filler = 'the game is fun and we play it all day so come join the team '.repeat(200);
    const ids = tiny.content(`${filler} my email is kim@example.com and my phone number is 555 123 4567`);
    expect(ids.length).toBeGreaterThan(3000);
    const [first, last] = await tiny.scoreRows([
      [0, ...ids.slice(0, 510), 2],
      [0, ...ids.slice(-510), 2],
    ]);
    expect(first!.giving).toBeLessThan(ASKING_CUTOFF);
    expect(last!.giving).toBeGreaterThanOrEqual(GIVING_CUTOFF);
    expect(last!.giving - first!.giving).toBeGreaterThan(0.5);
  });

  it('a single trigger among 510 tokens still decides the label, wherever it sits', async () => {
    const filler = tiny.content('the game is fun and we play it all day '.repeat(60)).slice(0, 509);
    const at = (i: number, word: string) => [
      0,
      ...filler.slice(0, i),
      ...tiny.content(word),
      ...filler.slice(i),
      2,
    ];
    const scores = await tiny.scoreRows([at(0, '@'), at(250, '@'), at(509, '@'), at(250, '?')]);
    for (const s of scores.slice(0, 3)) expect(s.giving).toBeGreaterThanOrEqual(GIVING_CUTOFF);
    expect(scores[3]!.asking).toBeGreaterThanOrEqual(ASKING_CUTOFF);
    expect(scores[3]!.giving).toBeLessThan(ASKING_CUTOFF);
  });
});

describe('fixture variants keep the signal on the right label', () => {
  it('--swap-labels writes id2label in the other order and swaps the head to match', async () => {
    const dir = join(temp.dir, 'swapped');
    buildFixture({ out: dir, swapLabels: true });
    const config = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'));
    expect(config.id2label).toEqual({ '0': 'privacy_giving_pii', '1': 'privacy_asking_for_pii' });
    expect(config.label2id).toEqual({ privacy_giving_pii: 0, privacy_asking_for_pii: 1 });
    const swapped = await scorer(dir);
    const giving = await swapped.score('my email is kim@example.com');
    const asking = await swapped.score('whats ur snap?');
    await swapped.session.release();
    expect(giving.giving).toBeGreaterThanOrEqual(GIVING_CUTOFF);
    expect(giving.asking).toBeLessThan(ASKING_CUTOFF);
    expect(asking.asking).toBeGreaterThan(asking.giving);
  });

  it('--labels writes a model whose outputs are other labels', async () => {
    const built = buildFixture({ out: join(temp.dir, 'other'), labels: ['toxic', 'spam', 'ok'] });
    const config = JSON.parse(readFileSync(join(built.dir, 'config.json'), 'utf8'));
    expect(config.id2label).toEqual({ '0': 'toxic', '1': 'spam', '2': 'ok' });
    const session = await ort.InferenceSession.create(built.modelPath);
    const [logits] = await runLogits(session, [[0, 5, 6, 2]]);
    await session.release();
    expect(logits).toHaveLength(3);
  });

  it('the large size has XLM-R-large width, builds in seconds and carries the same signal', async () => {
    const started = performance.now();
    const built = buildFixture({ out: join(temp.dir, 'large'), size: 'large' });
    expect(performance.now() - started).toBeLessThan(30_000);
    const config = JSON.parse(readFileSync(join(built.dir, 'config.json'), 'utf8'));
    expect([config.hidden_size, config.num_attention_heads, config.intermediate_size]).toEqual([
      1024, 16, 4096,
    ]);
    expect(config.num_hidden_layers).toBe(2);
    const large = await scorer(built.dir);
    const [giving, asking, neutral] = await Promise.all(
      ['my email is kim@example.com', 'whats ur snap?', 'this game is fun'].map((t) => large.score(t)),
    );
    await large.session.release();
    expect(giving!.giving).toBeGreaterThanOrEqual(GIVING_CUTOFF);
    expect(asking!.asking).toBeGreaterThan(Math.max(ASKING_CUTOFF, asking!.giving));
    expect(Math.max(neutral!.asking, neutral!.giving)).toBeLessThan(ASKING_CUTOFF);
  });
});
