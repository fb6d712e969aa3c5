import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AutoTokenizer } from '@huggingface/transformers';
import { ConfigurationError, ModelLoadError } from '@piiguard/sdk';
import onnxProto from 'onnx-proto';
import { InferenceSession } from 'onnxruntime-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture } from '../scripts/fixture/build.js';
import { runLogits, sigmoid } from '../scripts/fixture/testing.js';
import { BOS_ID, EOS_ID } from '../scripts/fixture/vocab.js';
import { loadTeacher } from '../src/load-teacher.js';
import { ROBLOX_V1 } from '../src/profiles/roblox-v1.js';
import { ROBLOX_V2 } from '../src/profiles/roblox-v2.js';
import { NO_SPINNING } from '../src/session.js';
import type { Teacher } from '../src/teacher.js';
import { neutralWords, TINY, tempDir } from './helpers.js';
import { type KServeServer, startKServeServer } from './support/kserve-server.js';
import { startTeiServer, type TeiServer } from './support/tei-server.js';

/**
 * The loopback Triton and TEI servers the remote teacher is tested against, checked against the
 * protocols and against onnxruntime sessions of the test's own (scripts/fixture/testing.ts
 * `runLogits`, each row run alone so that no padding is involved).
 */

const { onnx } = onnxProto;
const temp = tempDir('piiguard-loopback-');
const EXAMPLE = fileURLToPath(new URL('../../examples/triton', import.meta.url));
const TSX = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));
const TEXTS = ['whats ur snap?', 'my email is kim@example.com', 'this game is fun lol'];

let tinySession: InferenceSession;
let v2Session: InferenceSession;
let encode: (text: string) => number[];
let v2Dir: string;
let typeIdsDir: string;
let int32Dir: string;
let triton: KServeServer;
let tei: TeiServer;
let short: TeiServer;

const openOwn = (path: string) =>
  InferenceSession.create(path, {
    executionProviders: ['cpu'],
    graphOptimizationLevel: 'all',
    intraOpNumThreads: 1,
    extra: NO_SPINNING,
  });

/** Logits of each row run alone (batch of one, no padding). */
async function direct(session: InferenceSession, rows: readonly number[][]): Promise<number[][]> {
  const out: number[][] = [];
  for (const row of rows) out.push((await runLogits(session, [row]))[0]!);
  return out;
}

const frame = (text: string) => [BOS_ID, ...encode(text), EOS_ID];

function expectClose(actual: readonly number[][], expected: readonly number[][], tolerance = 1e-6) {
  expect(actual.map((row) => row.length)).toEqual(expected.map((row) => row.length));
  const differences = actual.flatMap((row, r) => row.map((value, c) => Math.abs(value - expected[r]![c]!)));
  expect(Math.max(...differences)).toBeLessThan(tolerance);
}

/** A KServe v2 infer body: the rows right-padded with `<pad>` (1), as a client sends them. */
function inferBody(rows: readonly number[][], extra: Record<string, unknown> = {}) {
  const length = Math.max(...rows.map((row) => row.length));
  const ids = rows.flatMap((row) => [...row, ...new Array<number>(length - row.length).fill(1)]);
  const mask = rows.flatMap((row) => [
    ...row.map(() => 1),
    ...new Array<number>(length - row.length).fill(0),
  ]);
  const shape = [rows.length, length];
  return {
    inputs: [
      { name: 'input_ids', shape, datatype: 'INT64', data: ids },
      { name: 'attention_mask', shape, datatype: 'INT64', data: mask },
    ],
    ...extra,
  };
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json: json as never };
}

interface InferResponse {
  model_name: string;
  model_version: string;
  id?: string;
  outputs: { name: string; datatype: string; shape: number[]; data: number[] }[];
}
const rowsOf = (response: InferResponse) => {
  const [output] = response.outputs;
  const [batch, width] = output!.shape as [number, number];
  return Array.from({ length: batch }, (_, r) => output!.data.slice(r * width, (r + 1) * width));
};

type Prediction = { score: number; label: string };
const byLabel = (list: Prediction[], labels: readonly string[]) =>
  labels.map((label) => list.find((p) => p.label === label)!.score);

/** input_ids, attention_mask int32 → logits [sum of ids, sum of mask] per row. */
function int32Model(): Uint8Array {
  const input = (name: string) => ({
    name,
    type: {
      tensorType: {
        elemType: onnx.TensorProto.DataType.INT32,
        shape: { dim: [{ dimParam: 'batch' }, { dimParam: 'sequence' }] },
      },
    },
  });
  const cast = (from: string, to: string) => ({
    opType: 'Cast',
    input: [from],
    output: [to],
    attribute: [
      { name: 'to', type: onnx.AttributeProto.AttributeType.INT, i: onnx.TensorProto.DataType.FLOAT },
    ],
  });
  const sum = (from: string, to: string) => ({ opType: 'ReduceSum', input: [from, 'axes'], output: [to] });
  const model = onnx.ModelProto.create({
    irVersion: 8,
    opsetImport: [{ domain: '', version: 17 }],
    graph: {
      name: 'int32-sums',
      initializer: [{ name: 'axes', dataType: onnx.TensorProto.DataType.INT64, dims: [1], int64Data: [1] }],
      node: [
        cast('input_ids', 'ids_f'),
        cast('attention_mask', 'mask_f'),
        sum('ids_f', 'ids_sum'),
        sum('mask_f', 'mask_sum'),
        {
          opType: 'Concat',
          input: ['ids_sum', 'mask_sum'],
          output: ['logits'],
          attribute: [{ name: 'axis', type: onnx.AttributeProto.AttributeType.INT, i: 1 }],
        },
      ],
      input: [input('input_ids'), input('attention_mask')],
      output: [
        {
          name: 'logits',
          type: {
            tensorType: {
              elemType: onnx.TensorProto.DataType.FLOAT,
              shape: { dim: [{ dimParam: 'batch' }, { dimValue: 2 }] },
            },
          },
        },
      ],
    },
  });
  return onnx.ModelProto.encode(model).finish();
}

beforeAll(async () => {
  v2Dir = buildFixture({ out: join(temp.dir, 'v2'), shape: 'v2' }).dir;
  typeIdsDir = buildFixture({ out: join(temp.dir, 'type-ids'), tokenTypeIds: true }).dir;
  int32Dir = join(temp.dir, 'int32');
  buildFixture({ out: int32Dir });
  writeFileSync(join(int32Dir, 'onnx', 'model.onnx'), int32Model());
  const tokenizer = await AutoTokenizer.from_pretrained(TINY, { local_files_only: true });
  encode = (text) => tokenizer.encode(text, { add_special_tokens: false });
  [tinySession, v2Session, triton, tei, short] = await Promise.all([
    openOwn(join(TINY, 'onnx', 'model.onnx')),
    openOwn(join(v2Dir, 'onnx', 'model.onnx')),
    startKServeServer({
      folder: TINY,
      name: 'tiny',
      versions: ['1', '2'],
      maxBatchSize: 4,
      intraOpNumThreads: 1,
    }),
    startTeiServer({ folder: TINY, intraOpNumThreads: 1 }),
    startTeiServer({
      folder: TINY,
      maxInputLength: 8,
      maxClientBatchSize: 2,
      autoTruncate: false,
      payloadLimit: 4096,
      intraOpNumThreads: 1,
    }),
  ]);
});

afterAll(async () => {
  await Promise.all([triton.close(), tei.close(), short.close()]);
  await Promise.all([tinySession.release(), v2Session.release()]);
  temp.remove();
});

describe('the loopback Triton (KServe v2)', () => {
  it('reports server and model metadata read from the ONNX session, batch dimension -1', async () => {
    expect((await fetch(`${triton.url}/v2/health/live`)).status).toBe(200);
    const ready = await fetch(`${triton.url}/v2/health/ready`);
    expect([ready.status, await ready.text()]).toEqual([200, '']);
    const server = await (await fetch(`${triton.url}/v2`)).json();
    expect(server).toMatchObject({ name: 'triton', version: '2.x-loopback' });
    expect(server.extensions).toContain('model_configuration');
    const metadata = await (await fetch(`${triton.url}/v2/models/tiny`)).json();
    expect(metadata).toEqual({
      name: 'tiny',
      versions: ['1', '2'],
      platform: 'onnxruntime_onnx',
      inputs: tinySession.inputNames.map((name) => ({ name, datatype: 'INT64', shape: [-1, -1] })),
      outputs: [{ name: 'logits', datatype: 'FP32', shape: [-1, 2] }],
    });
    expect(await (await fetch(`${triton.url}/v2/models/tiny/versions/1`)).json()).toEqual(metadata);
    const config = await (await fetch(`${triton.url}/v2/models/tiny/config`)).json();
    expect(config).toMatchObject({ name: 'tiny', platform: 'onnxruntime_onnx', max_batch_size: 4 });
    expect(config.input.map((i: { name: string; dims: number[] }) => [i.name, i.dims])).toEqual([
      ['input_ids', [-1]],
      ['attention_mask', [-1]],
    ]);
    expect(config.output).toMatchObject([{ name: 'logits', data_type: 'TYPE_FP32', dims: [2] }]);
    expect(config.dynamic_batching).toBeTypeOf('object');
    expect((await fetch(`${triton.url}/v2/models/tiny/ready`)).status).toBe(200);
  });

  it('infers a padded batch with the logits of running each row alone, and echoes the id', async () => {
    const rows = TEXTS.map(frame);
    const before = triton.inferCalls;
    const res = await post(`${triton.url}/v2/models/tiny/infer`, inferBody(rows, { id: 'req-7' }));
    expect(res.status).toBe(200);
    const body = res.json as InferResponse;
    expect(body).toMatchObject({ model_name: 'tiny', model_version: '2', id: 'req-7' });
    expect(body.outputs[0]).toMatchObject({ name: 'logits', datatype: 'FP32', shape: [3, 2] });
    expectClose(rowsOf(body), await direct(tinySession, rows));
    expect(triton.inferCalls).toBe(before + 1);
    const v1 = await post(
      `${triton.url}/v2/models/tiny/versions/1/infer`,
      inferBody(rows.slice(0, 1), {
        outputs: [{ name: 'logits' }],
      }),
    );
    expect((v1.json as InferResponse).model_version).toBe('1');
    expect((v1.json as InferResponse).id).toBeUndefined();
  });

  it('serves concurrent requests, each with its own rows', async () => {
    const rows = [0, 1, 2, 3, 4, 5, 6, 7].map((seed) => frame(neutralWords(5 + seed, seed + 1)));
    const answers = await Promise.all(
      rows.map((row) => post(`${triton.url}/v2/models/tiny/infer`, inferBody([row]))),
    );
    const expected = await direct(tinySession, rows);
    triton.faults.push({ delayMs: 200 });
    const order: string[] = [];
    const slow = post(`${triton.url}/v2/models/tiny/infer`, inferBody([rows[0]!])).then(() =>
      order.push('slow'),
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    await post(`${triton.url}/v2/models/tiny/infer`, inferBody([rows[1]!])).then(() => order.push('fast'));
    await slow;
    expect(order).toEqual(['fast', 'slow']);
    expectClose(
      answers.map((answer) => rowsOf(answer.json as InferResponse)[0]!),
      expected,
    );
  });

  it("answers with Triton's statuses and { error } bodies, echoing the input's first ids on datatype and shape errors", async () => {
    const infer = (body: unknown, path = 'tiny') => post(`${triton.url}/v2/models/${path}/infer`, body);
    const row = frame('whats ur snap?');
    const expectError = async (
      answer: Promise<{ status: number; json: never }>,
      status: number,
      message: RegExp,
    ) => {
      const { status: got, json } = await answer;
      expect([got, Object.keys(json)]).toEqual([status, ['error']]);
      expect((json as { error: string }).error).toMatch(message);
    };
    const before = triton.inferCalls;
    await expectError(
      infer(inferBody([row]), 'other'),
      404,
      /^Request for unknown model: 'other' is not found$/,
    );
    await expectError(infer(inferBody([row]), 'tiny/versions/3'), 404, /'tiny' version 3 is not found/);
    const [ids, mask] = inferBody([row]).inputs;
    await expectError(
      infer({ inputs: [ids] }),
      400,
      /expected 2 inputs but got 1 inputs for model 'tiny'.*missing required input\(s\) \['attention_mask'\]/,
    );
    await expectError(
      infer({ inputs: [{ ...ids, datatype: 'INT32' }, mask] }),
      400,
      new RegExp(
        `data-type is 'INT32', but model 'tiny' expects 'INT64'.*\\[${row.slice(0, 4).join(', ')}, \\.\\.\\.\\]`,
      ),
    );
    await expectError(
      infer({ inputs: [{ ...ids, shape: [1, row.length + 1] }, mask] }),
      500,
      new RegExp(`shape does not match true shape.*\\[${row.slice(0, 4).join(', ')}, `),
    );
    await expectError(
      infer({ inputs: [ids, mask].map((input) => ({ ...input, shape: [1, 1, row.length] })) }),
      400,
      new RegExp(
        `unexpected shape for input 'attention_mask' for model 'tiny'. Expected \\[-1,-1\\], got \\[1,1,${row.length}\\]`,
      ),
    );
    await expectError(
      infer(inferBody([row, row, row, row, row])),
      400,
      /^inference request batch-size must be <= 4 for 'tiny'$/,
    );
    await expectError(
      infer(inferBody([row], { outputs: [{ name: 'probs' }] })),
      400,
      /unexpected inference output 'probs'/,
    );
    await expectError(
      infer({ inputs: [{ ...ids, name: 'ids' }, mask] }),
      400,
      /unexpected inference input 'ids'/,
    );
    await expectError(infer('{"inputs": ['), 500, /^failed to parse the request JSON buffer/);
    await expectError(infer({ inputs: 'none' }), 500, /^Unable to parse 'inputs'/);
    expect(triton.inferCalls).toBe(before);
    expect((await fetch(`${triton.url}/v2/models/tiny/infer`)).status).toBe(405);
  });

  it('requires every input the model declares (token_type_ids too) and feeds int32 to an int32 model', async () => {
    const typeIds = await startKServeServer({ folder: typeIdsDir, name: 'typed', intraOpNumThreads: 1 });
    const int32 = await startKServeServer({ folder: int32Dir, name: 'int32', intraOpNumThreads: 1 });
    try {
      const rows = TEXTS.map(frame);
      const body = inferBody(rows);
      const missing = await post(`${typeIds.url}/v2/models/typed/infer`, body);
      expect(missing.status).toBe(400);
      expect((missing.json as { error: string }).error).toMatch(
        /missing required input\(s\) \['token_type_ids'\]/,
      );
      const zeros = { ...body.inputs[1]!, name: 'token_type_ids', data: body.inputs[1]!.data.map(() => 0) };
      const full = await post(`${typeIds.url}/v2/models/typed/infer`, { inputs: [...body.inputs, zeros] });
      const own = await openOwn(join(typeIdsDir, 'onnx', 'model.onnx'));
      expectClose(rowsOf(full.json as InferResponse), await direct(own, rows));
      await own.release();

      const metadata = await (await fetch(`${int32.url}/v2/models/int32`)).json();
      expect(metadata.inputs.map((i: { datatype: string }) => i.datatype)).toEqual(['INT32', 'INT32']);
      const as32 = { inputs: body.inputs.map((input) => ({ ...input, datatype: 'INT32' })) };
      const sums = rowsOf((await post(`${int32.url}/v2/models/int32/infer`, as32)).json as InferResponse);
      // Padding adds <pad> (1) to the sum of ids, nothing to the mask's.
      const length = Math.max(...rows.map((row) => row.length));
      expect(sums).toEqual(
        rows.map((row) => [row.reduce((a, b) => a + b, 0) + length - row.length, row.length]),
      );
      expect((await post(`${int32.url}/v2/models/int32/infer`, body)).status).toBe(400);
    } finally {
      await Promise.all([typeIds.close(), int32.close()]);
    }
  });

  it('flips readiness: a model with no ready version is 404 (503 when the version is named), a server not ready 503', async () => {
    const row = frame('hello');
    triton.setModelReady(false);
    try {
      expect((await fetch(`${triton.url}/v2/models/tiny/ready`)).status).toBe(404);
      expect((await fetch(`${triton.url}/v2/models/tiny/versions/1/ready`)).status).toBe(503);
      const infer = await post(`${triton.url}/v2/models/tiny/infer`, inferBody([row]));
      expect([infer.status, infer.json]).toEqual([
        404,
        { error: "Request for unknown model: 'tiny' has no available versions" },
      ]);
      const named = await post(`${triton.url}/v2/models/tiny/versions/2/infer`, inferBody([row]));
      expect(named.status).toBe(503);
    } finally {
      triton.setModelReady(true);
    }
    triton.setServerReady(false);
    try {
      expect((await fetch(`${triton.url}/v2/health/ready`)).status).toBe(400);
      expect((await fetch(`${triton.url}/v2/health/live`)).status).toBe(200);
      const infer = await post(`${triton.url}/v2/models/tiny/infer`, inferBody([row]));
      expect([infer.status, infer.json]).toEqual([503, { error: 'Server not ready' }]);
    } finally {
      triton.setServerReady(true);
    }
    expect((await post(`${triton.url}/v2/models/tiny/infer`, inferBody([row]))).status).toBe(200);
  });
});

describe('server options', () => {
  it('refuses bad options with a ConfigurationError naming the option, a folder without a graph with a ModelLoadError', async () => {
    const refused = (start: Promise<unknown>) =>
      start.then(
        () => undefined,
        (error: unknown) => error,
      );
    const option = (error: unknown) => [
      error instanceof ConfigurationError,
      (error as ConfigurationError).option,
    ];
    expect(option(await refused(startKServeServer({ folder: TINY, name: 'tiny', maxBatchSize: 0 })))).toEqual(
      [true, 'maxBatchSize'],
    );
    expect(
      option(await refused(startKServeServer({ folder: TINY, name: 'tiny', versions: ['v1'] }))),
    ).toEqual([true, 'versions']);
    expect(option(await refused(startTeiServer({ folder: TINY, maxInputLength: 2 })))).toEqual([
      true,
      'maxInputLength',
    ]);
    expect(await refused(startKServeServer({ folder: temp.dir, name: 'none' }))).toBeInstanceOf(
      ModelLoadError,
    );
  });
});

describe('the loopback TEI', () => {
  const predict = (server: TeiServer, body: unknown, headers?: Record<string, string>) =>
    post(`${server.url}/predict`, body, headers);
  const LABELS = ['privacy_asking_for_pii', 'privacy_giving_pii'];

  it('reports health and info, id2label from config.json', async () => {
    const health = await fetch(`${tei.url}/health`);
    expect([health.status, await health.text()]).toEqual([200, '']);
    const info = await (await fetch(`${tei.url}/info`)).json();
    expect(info).toMatchObject({
      model_id: 'tiny',
      model_sha: null,
      model_dtype: 'float32',
      model_type: {
        classifier: {
          id2label: { 0: LABELS[0], 1: LABELS[1] },
          label2id: { [LABELS[0]!]: 0, [LABELS[1]!]: 1 },
        },
      },
      max_input_length: 512,
      max_client_batch_size: 32,
      auto_truncate: true,
      max_batch_requests: null,
    });
    expect((await (await fetch(`${short.url}/info`)).json()).auto_truncate).toBe(false);
  });

  it('raw_scores: true gives the logits, sorted by score; false a softmax over the labels that sums to 1', async () => {
    const [logits] = await direct(tinySession, [frame(TEXTS[0]!)]);
    const raw = await predict(tei, { inputs: TEXTS[0], raw_scores: true });
    expect(raw.status).toBe(200);
    const list = raw.json as Prediction[];
    expect(list.map((p) => p.score)).toEqual([...list.map((p) => p.score)].sort((a, b) => b - a));
    expectClose([byLabel(list, LABELS)], [logits!]);
    for (const header of ['x-compute-time', 'x-tokenization-time', 'x-inference-time']) {
      expect(raw.headers.get(header)).toMatch(/^\d+$/);
    }
    const soft = byLabel((await predict(tei, { inputs: TEXTS[0] })).json, LABELS);
    expect(Math.abs(soft[0]! + soft[1]! - 1)).toBeLessThan(1e-6);
    const exps = logits!.map(Math.exp);
    expectClose([soft], [exps.map((e) => e / (exps[0]! + exps[1]!))]);
  });

  it('reads inputs as TEI does: ["a", "b"] is one pair (refused), [["a"], ["b"]] a batch of two, ["a"] one text', async () => {
    const pair = await predict(tei, { inputs: [TEXTS[0], TEXTS[1]], raw_scores: true });
    expect(pair.status).toBe(422);
    expect(pair.json).toMatchObject({ error_type: 'Validation' });
    expect((pair.json as { error: string }).error).toMatch(/pair/);
    const batch = await predict(tei, { inputs: TEXTS.map((t) => [t]), raw_scores: true });
    expect(batch.status).toBe(200);
    const lists = batch.json as Prediction[][];
    expect(lists).toHaveLength(3);
    expectClose(
      lists.map((list) => byLabel(list, LABELS)),
      await direct(tinySession, TEXTS.map(frame)),
    );
    const one = await predict(tei, { inputs: [TEXTS[1]], raw_scores: true });
    expectClose([byLabel(one.json, LABELS)], [byLabel(lists[1]!, LABELS)], 1e-5);
  });

  it('truncates on the requested side to maxInputLength - 2 content tokens, or refuses the input', async () => {
    const text = neutralWords(12, 7);
    const ids = encode(text);
    expect(ids.length).toBeGreaterThan(6);
    const cuts = {
      left: [BOS_ID, ...ids.slice(ids.length - 6), EOS_ID],
      right: [BOS_ID, ...ids.slice(0, 6), EOS_ID],
    };
    const [left, right] = await direct(tinySession, [cuts.left, cuts.right]);
    expect(left).not.toEqual(right);
    const scores = async (body: Record<string, unknown>) =>
      byLabel((await predict(short, { inputs: text, raw_scores: true, ...body })).json, LABELS);
    expectClose([await scores({ truncate: true, truncation_direction: 'Left' })], [left!]);
    expectClose([await scores({ truncate: true, truncation_direction: 'left' })], [left!]);
    expectClose([await scores({ truncate: true })], [right!]);
    const refused = await predict(short, { inputs: text });
    expect([refused.status, refused.json]).toEqual([
      422,
      {
        error: `\`inputs\` must have less than 8 tokens. Given: ${ids.length + 2}`,
        error_type: 'Validation',
      },
    ]);
    // tei has auto_truncate (TEI 1.9's default): no `truncate` means cut, on the right.
    const long = neutralWords(600, 3);
    const auto = await predict(tei, { inputs: long, raw_scores: true });
    expectClose(
      [byLabel(auto.json, LABELS)],
      await direct(tinySession, [[BOS_ID, ...encode(long).slice(0, 510), EOS_ID]]),
      1e-5,
    );
  });

  it("answers TEI's errors: batch size, empty input, bodies that are not JSON or not a request, content type, size", async () => {
    const before = short.predictCalls;
    const batch = await predict(short, { inputs: [['a'], ['b'], ['c']] });
    expect([batch.status, batch.json]).toEqual([
      422,
      { error: 'batch size 3 > maximum allowed batch size 2', error_type: 'Validation' },
    ]);
    const empty = await predict(short, { inputs: '' });
    expect([empty.status, empty.json]).toEqual([
      400,
      { error: '`inputs` cannot be empty', error_type: 'Empty' },
    ]);
    const notJson = await predict(short, '{"inputs": ');
    expect(notJson.status).toBe(400);
    expect(notJson.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(notJson.text).toMatch(/^Failed to parse the request body as JSON/);
    const quoted = await predict(short, { inputs: [['a'], 'my phone is 555 0100'] });
    expect(quoted.status).toBe(422);
    expect(quoted.text).toBe(
      'Failed to deserialize the JSON body into the target type: inputs: invalid type: string "my phone is 555 0100", expected a sequence',
    );
    expect((await predict(short, { inputs: ['a', 'b', 'c'] })).text).toMatch(/inputs: invalid length 3/);
    expect((await predict(short, { text: 'a' })).text).toMatch(/missing field `inputs`/);
    expect((await predict(short, { inputs: 'a', truncation_direction: 'up' })).text).toMatch(
      /unknown variant `up`/,
    );
    expect((await predict(short, { inputs: 'a' }, { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await predict(short, { inputs: 'x'.repeat(5000) })).status).toBe(413);
    expect(short.predictCalls).toBe(before);
    const old = await startTeiServer({
      folder: TINY,
      release: '1.8',
      maxClientBatchSize: 1,
      intraOpNumThreads: 1,
    });
    try {
      expect((await predict(old, { inputs: [['a'], ['b']] })).status).toBe(413);
      expect((await (await fetch(`${old.url}/info`)).json()).auto_truncate).toBe(false);
    } finally {
      await old.close();
    }
  });

  it('flips readiness: /health 503 Unhealthy, /predict 424 Backend', async () => {
    tei.setReady(false);
    try {
      const health = await fetch(`${tei.url}/health`);
      expect([health.status, await health.json()]).toEqual([
        503,
        { error: 'unhealthy', error_type: 'Unhealthy' },
      ]);
      const answer = await predict(tei, { inputs: 'hi' });
      expect([answer.status, (answer.json as { error_type: string }).error_type]).toEqual([424, 'Backend']);
    } finally {
      tei.setReady(true);
    }
    expect((await fetch(`${tei.url}/health`)).status).toBe(200);
  });

  it('serves a v2-shaped model: three labels, the logits of the session', async () => {
    const v2 = await startTeiServer({ folder: v2Dir, intraOpNumThreads: 1 });
    try {
      const labels = Object.values(
        JSON.parse(readFileSync(join(v2Dir, 'config.json'), 'utf8')).id2label,
      ) as string[];
      expect([...labels].sort()).toEqual(Object.values(ROBLOX_V2.heads).sort());
      const info = await (await fetch(`${v2.url}/info`)).json();
      expect(Object.values(info.model_type.classifier.id2label)).toEqual(labels);
      const answer = await predict(v2, { inputs: TEXTS.map((t) => [t]), raw_scores: true });
      expectClose(
        (answer.json as Prediction[][]).map((list) => byLabel(list, labels)),
        await direct(v2Session, TEXTS.map(frame)),
      );
    } finally {
      await v2.close();
    }
  });
});

describe('against the in-process teacher', () => {
  let teacher: Teacher;
  beforeAll(async () => {
    teacher = await loadTeacher({ model: TINY, device: 'cpu' });
  });
  afterAll(() => teacher.close());

  it("sigmoid of the servers' logits is the in-process teacher's scores within 1e-5", async () => {
    const results = await Promise.all(TEXTS.map((text) => teacher.classify(text)));
    const fromTriton = rowsOf(
      (await post(`${triton.url}/v2/models/tiny/infer`, inferBody(TEXTS.map(frame)))).json as InferResponse,
    );
    const fromTei = (
      (await post(`${tei.url}/predict`, { inputs: TEXTS.map((t) => [t]), raw_scores: true }))
        .json as Prediction[][]
    ).map((list) => byLabel(list, ['privacy_asking_for_pii', 'privacy_giving_pii']));
    const expected = results.map((result) => [result.teacherScores!.asking!, result.teacherScores!.giving!]);
    expectClose(
      fromTriton.map((row) => row.map(sigmoid)),
      expected,
      1e-5,
    );
    expectClose(
      fromTei.map((row) => row.map(sigmoid)),
      expected,
      1e-5,
    );
  });
});

describe('faults, shared by both servers', () => {
  const row = () => frame('whats ur snap?');
  const tritonInfer = () =>
    fetch(`${triton.url}/v2/models/tiny/infer`, { method: 'POST', body: JSON.stringify(inferBody([row()])) });
  const teiPredict = () =>
    fetch(`${tei.url}/predict`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ inputs: 'whats ur snap?', raw_scores: true }),
    });

  it('status faults reply in place of the answer, in queue order, without running the model', async () => {
    const before = triton.inferCalls;
    triton.faults.push(
      { status: 429, headers: { 'retry-after': '0' } },
      { status: 500, body: { error: 'custom' } },
      { status: 502, body: '<html>bad gateway</html>' },
    );
    const first = await tritonInfer();
    expect([first.status, first.headers.get('retry-after'), await first.json()]).toEqual([
      429,
      '0',
      { error: 'loopback fault: status 429' },
    ]);
    const second = await tritonInfer();
    expect([second.status, await second.json()]).toEqual([500, { error: 'custom' }]);
    const third = await tritonInfer();
    expect([third.status, third.headers.get('content-type'), await third.text()]).toEqual([
      502,
      'text/plain',
      '<html>bad gateway</html>',
    ]);
    expect(triton.inferCalls).toBe(before);
    expect((await tritonInfer()).status).toBe(200);
    expect(triton.inferCalls).toBe(before + 1);
    triton.faults.push({ status: 503 }, { status: 503 });
    triton.faults.clear();
    expect(triton.faults.size).toBe(0);
    expect((await tritonInfer()).status).toBe(200);
    // Only inference requests take faults.
    triton.faults.push({ status: 503 });
    expect((await fetch(`${triton.url}/v2/health/ready`)).status).toBe(200);
    expect((await tritonInfer()).status).toBe(503);
  });

  it("overloaded is each engine's own reply: TEI 429 Overloaded, Triton 503 queue full", async () => {
    tei.faults.push({ overloaded: true });
    const answer = await teiPredict();
    expect([answer.status, await answer.json()]).toEqual([
      429,
      { error: 'Model is overloaded', error_type: 'Overloaded' },
    ]);
    triton.faults.push({ overloaded: true });
    const queue = await tritonInfer();
    expect([queue.status, await queue.json()]).toEqual([503, { error: 'Exceeds maximum queue size' }]);
  });

  it('reset destroys the socket before any response; resetMidBody after the headers and half the body', async () => {
    tei.faults.push({ reset: true });
    await expect(teiPredict()).rejects.toThrow(TypeError);
    triton.faults.push({ resetMidBody: true });
    const cut = await tritonInfer();
    expect(cut.status).toBe(200);
    expect(Number(cut.headers.get('content-length'))).toBeGreaterThan(0);
    await expect(cut.text()).rejects.toThrow();
    expect((await tritonInfer()).status).toBe(200);
  });

  it('garbage is a 200 whose body is not the protocol; delayMs delays the real answer', async () => {
    tei.faults.push({ garbage: 'not json {' }, { garbage: '{"unexpected": true}' });
    const garbage = await teiPredict();
    expect([garbage.status, await garbage.text()]).toEqual([200, 'not json {']);
    expect(await (await teiPredict()).json()).toEqual({ unexpected: true });
    tei.faults.push({ delayMs: 150 });
    const start = performance.now();
    const delayed = await teiPredict();
    expect(performance.now() - start).toBeGreaterThanOrEqual(140);
    expect(((await delayed.json()) as Prediction[]).map((p) => p.label).sort()).toEqual(
      [...Object.values(ROBLOX_V1.heads)].sort(),
    );
  });

  it('stallMs sends the headers at once and the body later; close() ends a stalled reply', async () => {
    triton.faults.push({ stallMs: 300 });
    const start = performance.now();
    const stalled = await tritonInfer();
    const headersAt = performance.now() - start;
    expect(stalled.status).toBe(200);
    const body = (await stalled.json()) as InferResponse;
    expect(headersAt).toBeLessThan(250);
    expect(performance.now() - start).toBeGreaterThanOrEqual(290);
    expectClose(rowsOf(body), await direct(tinySession, [row()]));

    const own = await startTeiServer({ folder: TINY, intraOpNumThreads: 1 });
    own.faults.push({ stallMs: 60_000 });
    const hung = await fetch(`${own.url}/predict`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ inputs: 'hi' }),
    });
    expect(hung.status).toBe(200);
    const closing = performance.now();
    await own.close();
    expect(performance.now() - closing).toBeLessThan(1000);
    await expect(hung.text()).rejects.toThrow();
    expect(own.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /predict']);
    expect(own.requests[0]!.body).toEqual({ inputs: 'hi' });
  });
});

describe('the Triton model repository example (packages/examples/triton)', () => {
  const prepare = (args: string[]) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(TSX, [join(EXAMPLE, 'prepare.ts'), ...args], { timeout: 30_000 }, (error, stdout, stderr) =>
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      );
    });
  const configDims = (name: string) => {
    const text = readFileSync(join(EXAMPLE, 'model_repository', name, 'config.pbtxt'), 'utf8');
    const output = /\boutput\s*\[\s*\{([^}]*)\}/.exec(text)![1]!;
    expect(output).toMatch(/name:\s*"logits"/);
    return {
      name: /^name:\s*"([^"]+)"/m.exec(text)![1],
      platform: /^platform:\s*"([^"]+)"/m.exec(text)![1],
      maxBatchSize: Number(/^max_batch_size:\s*(\d+)/m.exec(text)![1]),
      tensors: [
        ...text.matchAll(/name:\s*"(\w+)"\s*data_type:\s*(TYPE_\w+)\s*dims:\s*\[\s*(-?\d+)\s*\]/g),
      ].map((m) => m.slice(1)),
      logitsDims: /dims:\s*\[\s*([\d\s,-]+)\]/
        .exec(output)![1]!
        .split(',')
        .map((d) => Number(d.trim())),
    };
  };

  it("each config.pbtxt's logits dims are its model's label count, its inputs the fixture graph's", () => {
    const labelsOf = (dir: string) =>
      Object.keys(JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')).id2label).length;
    for (const [name, heads, dir] of [
      ['roblox-pii-v1', ROBLOX_V1.heads, TINY],
      ['roblox-pii-v2', ROBLOX_V2.heads, v2Dir],
    ] as const) {
      const config = configDims(name);
      expect(config).toMatchObject({ name, platform: 'onnxruntime_onnx', maxBatchSize: 64 });
      expect(config.logitsDims).toEqual([Object.keys(heads).length]);
      expect(config.logitsDims).toEqual([labelsOf(dir)]);
      expect(config.tensors).toEqual([
        ['input_ids', 'TYPE_INT64', '-1'],
        ['attention_mask', 'TYPE_INT64', '-1'],
        ['logits', 'TYPE_FP32', String(labelsOf(dir))],
      ]);
    }
    expect(tinySession.inputNames).toEqual(['input_ids', 'attention_mask']);
    expect(v2Session.inputNames).toEqual(['input_ids', 'attention_mask']);
  });

  it('prepare.ts lays the tiny fixture out as <repo>/<name>/1/model.onnx, which the KServe server serves', async () => {
    const repo = join(temp.dir, 'repo');
    const done = await prepare(['--model', TINY, '--name', 'roblox-pii-v1', '--repo', repo]);
    expect(done.code, done.stderr).toBe(0);
    const version = join(repo, 'roblox-pii-v1', '1');
    expect(readFileSync(join(version, 'model.onnx'))).toEqual(readFileSync(join(TINY, 'onnx', 'model.onnx')));
    expect(readFileSync(join(repo, 'roblox-pii-v1', 'config.pbtxt'), 'utf8')).toBe(
      readFileSync(join(EXAMPLE, 'model_repository', 'roblox-pii-v1', 'config.pbtxt'), 'utf8'),
    );
    const served = await startKServeServer({
      folder: version,
      name: 'roblox-pii-v1',
      maxBatchSize: 64,
      intraOpNumThreads: 1,
    });
    try {
      const answer = await post(`${served.url}/v2/models/roblox-pii-v1/infer`, inferBody(TEXTS.map(frame)));
      expectClose(rowsOf(answer.json as InferResponse), await direct(tinySession, TEXTS.map(frame)));
    } finally {
      await served.close();
    }

    const wrong = await prepare(['--model', TINY, '--name', 'roblox-pii-v2', '--repo', repo]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/logits dims \[3\].*has 2 labels/);
  });
});
