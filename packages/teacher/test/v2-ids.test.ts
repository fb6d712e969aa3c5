import { AutoTokenizer } from '@huggingface/transformers';
import type { InferenceSession, Tensor } from 'onnxruntime-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture } from '../scripts/fixture/build.js';
import { BOS_ID, EOS_ID } from '../scripts/fixture/vocab.js';
import { createScorer } from '../src/infer.js';
import { createPipeline, type Pipeline } from '../src/pipeline.js';
import { ROBLOX_V2 } from '../src/profiles/roblox-v2.js';
import type { TeacherConversation } from '../src/profiles/types.js';
import type { WireOutcome } from '../src/protocol.js';
import { openSession } from '../src/session.js';
import { loadTokenizer } from '../src/tokenize.js';
import { CARD_PREFIX, neutralWords, tempDir } from './helpers.js';

/**
 * The ids the teacher's worker pipeline (encode → batcher → `session.run`) feeds a real
 * onnxruntime session of a v2-shaped fixture, recorded at `run`. The expected ids are built
 * independently: the v2 string written out by hand from the model card, tokenized as one string by
 * @huggingface/transformers' AutoTokenizer, framed `<s> … </s>` and cut or windowed by arithmetic
 * spelled out here.
 */

const temp = tempDir();
let pipeline: Pipeline;
let session: InferenceSession;
let encode: (text: string) => number[];
/** Every `run`'s rows, padding removed (from the attention mask). */
const runs: number[][][] = [];
let nextId = 0;

function rowsOf(feeds: Record<string, Tensor>): number[][] {
  const ids = feeds['input_ids']!;
  const mask = Array.from(feeds['attention_mask']!.data as BigInt64Array, Number);
  const [batch, length] = ids.dims as [number, number];
  const values = Array.from(ids.data as BigInt64Array, Number);
  return Array.from({ length: batch }, (_, b) =>
    values.slice(b * length, (b + 1) * length).filter((_, i) => mask[b * length + i] === 1),
  );
}

beforeAll(async () => {
  const { dir, modelPath } = buildFixture({ out: temp.dir, shape: 'v2' });
  const opened = await openSession(modelPath, 'cpu', 1);
  session = opened.session;
  const recording = new Proxy(session, {
    get(target, property) {
      if (property === 'run') {
        return (feeds: Record<string, Tensor>, ...rest: unknown[]) => {
          runs.push(rowsOf(feeds));
          return (target.run as (...args: unknown[]) => unknown)(feeds, ...rest);
        };
      }
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  pipeline = createPipeline(createScorer(recording, 3, [0, 1, 2], 1), await loadTokenizer(dir, 1), {
    truncation: 'left',
    batcher: { maxBatchSize: 64, maxBatchTokens: 64 * 512, maxWaitMs: 1, maxQueued: 4096 },
    windowOverlap: 64,
    maxWindows: 16,
  });
  const tokenizer = await AutoTokenizer.from_pretrained(dir, { local_files_only: true });
  encode = (text) => tokenizer.encode(text, { add_special_tokens: false });
});
afterAll(async () => {
  await pipeline.close();
  await session.release();
  temp.remove();
});

/** The rows one pipeline call sent to the session, in order, and its scores. */
async function fed(...conversations: TeacherConversation[]) {
  const before = runs.length;
  const outcomes = await pipeline.score(conversations.map(ROBLOX_V2.format), nextId++);
  return { rows: runs.slice(before).flat(), outcomes };
}

const framed = (ids: number[]) => [BOS_ID, ...ids, EOS_ID];
const turn = (speaker: number, text: string) => ({ speaker, text });

describe('the ids fed to the session for v2 inputs', () => {
  it('a single message: <s> + the tokens of "PREFIX\\n\\nt: <text>" + </s>', async () => {
    const { rows } = await fed({ text: 'whats ur snap?', context: [] });
    expect(rows).toEqual([framed(encode(`${CARD_PREFIX}\n\nt: whats ur snap?`))]);
    expect(rows[0]!.length).toBeLessThan(50);
  });

  it('a multi-turn conversation: one input, turns joined by the </s> id, the message last', async () => {
    const { rows } = await fed({
      text: 'same name as here but with 07',
      context: [turn(1, 'u on the yellow app?'), turn(0, 'ya'), turn(1, 'whats ur name')],
    });
    const expected = framed(
      encode(
        `${CARD_PREFIX}\n\ns1: u on the yellow app? </s> t: ya </s> s1: whats ur name </s> t: same name as here but with 07`,
      ),
    );
    expect(rows).toEqual([expected]);
    // the three separators are the special id, and nothing else is
    expect(expected.slice(1, -1).filter((id) => id === EOS_ID)).toHaveLength(3);
  });

  it('a long conversation is cut on the left: the newest 510 ids, the message whole', async () => {
    const context = Array.from({ length: 12 }, (_, i) => turn(1 + (i % 2), neutralWords(60, i + 1)));
    const message = 'my email is kim@example.com';
    const { rows } = await fed({ text: message, context });
    const names = context.map((t) => `s${t.speaker}: ${t.text}`);
    const whole = encode(`${CARD_PREFIX}\n\n${[...names, `t: ${message}`].join(' </s> ')}`);
    expect(whole.length).toBeGreaterThan(700);
    expect(rows).toEqual([framed(whole.slice(whole.length - 510))]);
    const own = encode(`t: ${message}`);
    expect(rows[0]!.slice(-1 - own.length, -1)).toEqual(own);
    // the prefix went first
    expect(rows[0]!.slice(1, 11)).not.toEqual(encode(CARD_PREFIX).slice(0, 10));
  });

  it('a message that alone exceeds 510 ids is scored in windows, each prefix + "t:" + a run of it', async () => {
    const text = `${neutralWords(800, 9)} my phone number is 555 0100`;
    const context = [turn(1, 'whats ur number?')];
    const { rows, outcomes } = await fed({ text, context });
    const head = encode(`${CARD_PREFIX}\n\nt:`);
    const body = encode(` ${text}`);
    // the split at the space is faithful: head + body is the message's own input
    expect([...head, ...body]).toEqual(encode(`${CARD_PREFIX}\n\nt: ${text}`));
    const size = 510 - head.length;
    const starts: number[] = [];
    for (let start = 0; start + size < body.length; start += size - 64) starts.push(start);
    starts.push(body.length - size);
    expect(starts.length).toBeGreaterThan(1);
    const expected = starts.map((start) => framed([...head, ...body.slice(start, start + size)]));
    // windows are batched together (same length), in order
    expect(rows).toEqual(expected);
    for (const row of rows) expect(row.length).toBe(512);
    expect(outcomes[0]!.ok).toBe(true);
  });

  it('pads mixed inputs into one batch without changing any score (within 1e-5)', async () => {
    const conversations: TeacherConversation[] = [
      { text: 'whats ur snap?', context: [] },
      { text: 'ya', context: [turn(1, 'add me on snap'), turn(0, 'k'), turn(1, 'my user is kim_22')] },
      {
        text: 'same name as here',
        context: Array.from({ length: 10 }, (_, i) => turn(1, neutralWords(60, i))),
      },
    ];
    const alone: WireOutcome[] = [];
    for (const conversation of conversations) alone.push((await fed(conversation)).outcomes[0]!);
    const before = runs.length;
    const together = await Promise.all(
      conversations.map((c) => pipeline.score([ROBLOX_V2.format(c)], nextId++)),
    );
    const batches = runs.slice(before);
    expect(batches).toHaveLength(1);
    expect(new Set(batches[0]!.map((row) => row.length)).size).toBe(3);
    together.forEach(([outcome], i) => {
      const single = alone[i]!;
      if (!outcome!.ok || !single.ok) throw new Error('expected scores');
      for (const [head, score] of outcome!.scores.entries()) {
        expect(Math.abs(score - single.scores[head]!)).toBeLessThan(1e-5);
      }
    });
  });
});
