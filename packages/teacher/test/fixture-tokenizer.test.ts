import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AutoTokenizer, env, pipeline } from '@huggingface/transformers';
import * as ort from 'onnxruntime-node';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFixture } from '../scripts/fixture/build.js';
import { runLogits, sigmoid } from '../scripts/fixture/testing.js';
import { buildVocabulary } from '../scripts/fixture/vocab.js';
import { CARD_PREFIX, tempDir } from './helpers.js';

env.allowRemoteModels = false;
env.localModelPath = '/';

const TINY = fileURLToPath(new URL('../fixtures/tiny', import.meta.url));
const config = JSON.parse(readFileSync(join(TINY, 'config.json'), 'utf8'));
const tokenizer = await AutoTokenizer.from_pretrained(TINY);
const ids = (text: string): number[] => Array.from(tokenizer(text).input_ids.data as BigInt64Array, Number);

describe('fixture tokenizer through @huggingface/transformers', () => {
  it('has the XLM-R special tokens at ids 0..3 and fits the model vocabulary', () => {
    expect(tokenizer.convert_tokens_to_ids(['<s>', '<pad>', '</s>', '<unk>'])).toEqual([0, 1, 2, 3]);
    expect(tokenizer.model_max_length).toBe(512);
    const vocab = tokenizer.get_vocab() as Map<string, number> | Record<string, number>;
    const size = vocab instanceof Map ? vocab.size : Object.keys(vocab).length;
    expect(size).toBeGreaterThan(2000);
    expect(config.vocab_size).toBeGreaterThanOrEqual(size);
  });

  it.each([
    'my email is kim@example.com',
    'whats ur snap?',
    'Hey, this game is fun! Can you join my team tomorrow at 5?',
    'I LIVE at 42 Maple St, apt 7',
  ])('wraps "%s" in <s> … </s> and decodes it back', (text) => {
    const encoded = ids(text);
    expect(encoded[0]).toBe(0);
    expect(encoded.at(-1)).toBe(2);
    expect(encoded.slice(1, -1)).not.toContain(3);
    expect(tokenizer.decode(encoded, { skip_special_tokens: true })).toBe(text);
  });

  it('tokenizes arbitrary text, mapping unknown characters to <unk>', () => {
    const encoded = ids('hi 🙂 ÿ 漢字 \u0007 zzqx');
    expect(encoded).toContain(3);
    expect(encoded.every((id) => Number.isInteger(id) && id >= 0 && id < config.vocab_size)).toBe(true);
    expect(ids('qwzxv plorkt').slice(1, -1)).not.toContain(3);
  });
});

describe('fixture model through pipeline("text-classification")', () => {
  it('gives the same sigmoid scores as onnxruntime-node, labelled from id2label', async () => {
    const classify = await pipeline('text-classification', TINY);
    const texts = ['my email is kim@example.com', 'whats ur snap?', 'this game is fun'];
    const session = await ort.InferenceSession.create(join(TINY, 'onnx/model.onnx'));
    const logits = await runLogits(session, texts.map(ids));
    await session.release();
    const results = (await classify(texts, { top_k: null })) as Array<
      Array<{ label: string; score: number }>
    >;
    for (const [b, result] of results.entries()) {
      for (const [index, label] of Object.entries(config.id2label as Record<string, string>)) {
        const score = result.find((r) => r.label === label)?.score;
        expect(score).toBeCloseTo(sigmoid(logits[b]![Number(index)]!), 5);
      }
    }
    await classify.dispose();
  });
});

describe('the v2-shaped fixture tokenizer', () => {
  const temp = tempDir();
  afterAll(() => temp.remove());

  it('truncates on the left, reads line breaks as spaces, and has the prefix as whole neutral words', async () => {
    const { dir } = buildFixture({ out: temp.dir, shape: 'v2' });
    const v2Config = JSON.parse(readFileSync(join(dir, 'tokenizer_config.json'), 'utf8'));
    expect(v2Config.truncation_side).toBe('left');
    expect(JSON.parse(readFileSync(join(TINY, 'tokenizer_config.json'), 'utf8'))).not.toHaveProperty(
      'truncation_side',
    );
    const v2 = await AutoTokenizer.from_pretrained(dir);
    const encode = (text: string) => v2.encode(text, { add_special_tokens: false });
    expect(encode('Query:\n\nt: hi')).toEqual(encode('Query: t: hi'));
    const prefix = v2.tokenize(CARD_PREFIX);
    expect(prefix).toHaveLength(30); // whole words, as in XLM-R's vocabulary (the v2 issue counts ~30 there)
    expect(prefix).toContain('▁s1');
    const { triggers } = buildVocabulary({ v2: true });
    expect(encode(`${CARD_PREFIX}\n\nt:`).filter((id) => triggers[id] !== undefined)).toEqual([]);
    // the v1 ids are unchanged: the v2 pieces come after every v1 piece but <mask>, which stays last
    const v1Pieces = buildVocabulary().pieces;
    expect(buildVocabulary({ v2: true }).pieces.slice(0, v1Pieces.length - 1)).toEqual(v1Pieces.slice(0, -1));
  });
});
