import {
  APIConnectionError,
  APITimeoutError,
  type ClassifyResult,
  ConfigurationError,
  InternalServerError,
  ModelLoadError,
  type Outcome,
  RateLimitError,
  type RetryEvent,
} from '@piiguard/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture } from '../scripts/fixture/build.js';
import { encodeInput } from '../src/encode.js';
import { connectTeacher, loadTeacher, type Teacher } from '../src/index.js';
import { ROBLOX_V1 } from '../src/profiles/roblox-v1.js';
import { loadTokenizer } from '../src/tokenize.js';
import { neutralWords, TINY, tempDir } from './helpers.js';
import { startKServeServer } from './support/kserve-server.js';
import { startTeiServer } from './support/tei-server.js';

/**
 * The remote teachers against loopback Triton (KServe v2) and TEI servers that run a real
 * onnxruntime session on the same fixture model: every score must equal the in-process teacher's
 * within 1e-5, for v1 and v2, single messages, conversations and long texts (windows).
 */

const temp = tempDir();
let v2: string;
const servers: { close(): Promise<void> }[] = [];
const teachers: Teacher[] = [];

const quick = { maxRetries: 2, retryBaseDelayMs: 1, retryMaxDelayMs: 5, workerNice: 0 } as const;

async function triton(folder: string, name: string, options: Record<string, unknown> = {}) {
  const server = await startKServeServer({ folder, name, maxBatchSize: 8 });
  servers.push(server);
  const teacher = await connectTeacher({
    url: server.url,
    engine: 'triton',
    model: folder,
    name,
    ...quick,
    ...options,
  });
  teachers.push(teacher);
  return { server, teacher };
}

async function tei(folder: string, options: Record<string, unknown> = {}) {
  const server = await startTeiServer({ folder, maxClientBatchSize: 8 });
  servers.push(server);
  const teacher = await connectTeacher({
    url: server.url,
    engine: 'tei',
    model: folder,
    ...quick,
    ...options,
  });
  teachers.push(teacher);
  return { server, teacher };
}

async function local(folder: string) {
  const teacher = await loadTeacher({ model: folder, device: 'cpu', workerNice: 0 });
  teachers.push(teacher);
  return teacher;
}

function values(outcomes: Outcome<ClassifyResult>[]) {
  return outcomes.map((outcome) => {
    if (!outcome.ok) throw outcome.error;
    return outcome.value;
  });
}

function expectSameScores(remote: ClassifyResult[], inProcess: ClassifyResult[]) {
  expect(remote).toHaveLength(inProcess.length);
  remote.forEach((result, i) => {
    const expected = inProcess[i]!;
    expect(Object.keys(result.teacherScores!).sort()).toEqual(Object.keys(expected.teacherScores!).sort());
    for (const [head, score] of Object.entries(expected.teacherScores!)) {
      expect(
        Math.abs((result.teacherScores as unknown as Record<string, number>)[head]! - score),
      ).toBeLessThan(1e-5);
    }
    expect(result.label).toBe(expected.label);
  });
}

const MESSAGES = [
  'gg that was close',
  'whats ur phone number',
  'my number is 555 0134 call me',
  'add me on snap its blue fox',
  'where do u live',
  neutralWords(40, 3),
];
// Long enough for several 512-token windows, with giving-PII near the end of one.
// The third is mostly words of several tokens (digit runs), which fixed-offset windows would cut,
// with the PII (the highest-scoring window) in the last window.
const digitRuns = (count: number, seed: number) =>
  neutralWords(count, seed)
    .split(' ')
    .map((word, i) => `${word} ${(7_654_321 + i * 7919).toString()}`)
    .join(' ');
const LONG = [
  `${neutralWords(1400, 5)} my number is 555 0134 ${neutralWords(300, 6)}`,
  neutralWords(2200, 7),
  `${digitRuns(300, 8)} add me on snap my number is 555 0134 ${digitRuns(20, 9)}`,
];
const CONTEXT = [
  { speaker: 'amy', text: 'hey whats ur snap' },
  { speaker: 'bo', text: 'dont tell her' },
];
// Over 512 tokens with the message: the model reads the newest tokens (v2 cuts on the left).
const LONG_CONTEXT = [{ speaker: 'amy', text: neutralWords(700, 9) }, ...CONTEXT];

beforeAll(() => {
  v2 = buildFixture({ out: `${temp.dir}/v2`, shape: 'v2' }).dir;
}, 60_000);
afterAll(async () => {
  await Promise.all(teachers.map((teacher) => teacher.close()));
  await Promise.all(servers.map((server) => server.close()));
  temp.remove();
});

describe.each([
  ['v1', () => TINY, 'roblox-v1'],
  ['v2', () => v2, 'roblox-v2'],
])('remote teachers score the %s model as the in-process teacher does', (_, folder, profile) => {
  let inProcess: Teacher;
  let onTriton: Teacher;
  let onTei: Teacher;

  beforeAll(async () => {
    inProcess = await local(folder());
    onTriton = (await triton(folder(), `pii-${profile}`)).teacher;
    onTei = (await tei(folder())).teacher;
  }, 60_000);

  it('connects as a teacher on a remote engine with the detected profile', () => {
    expect(onTriton).toMatchObject({ kind: 'teacher', engine: 'triton', device: 'remote' });
    expect(onTei).toMatchObject({ kind: 'teacher', engine: 'tei', device: 'remote' });
    expect(onTriton.profile.name).toBe(profile);
    expect(onTei.profile.name).toBe(profile);
    expect(inProcess.engine).toBe('onnxruntime');
  });

  it('single messages', { timeout: 30_000 }, async () => {
    const expected = values(await inProcess.classifyBatch(MESSAGES));
    expectSameScores(values(await onTriton.classifyBatch(MESSAGES)), expected);
    expectSameScores(values(await onTei.classifyBatch(MESSAGES)), expected);
    expect(expected.map((result) => result.label)).toContain('giving');
  });

  it.each([
    ['short', CONTEXT],
    ['over 512 tokens', LONG_CONTEXT],
  ])('conversations with %s context (read by v2, ignored by v1)', { timeout: 30_000 }, async (_, context) => {
    const options = { speaker: 'cy', context };
    const expected = values(await inProcess.classifyBatch(MESSAGES.slice(0, 3), options));
    expectSameScores(values(await onTriton.classifyBatch(MESSAGES.slice(0, 3), options)), expected);
    expectSameScores(values(await onTei.classifyBatch(MESSAGES.slice(0, 3), options)), expected);
  });

  it('long texts, in windows', { timeout: 30_000 }, async () => {
    const expected = values(await inProcess.classifyBatch(LONG));
    expectSameScores(values(await onTriton.classifyBatch(LONG)), expected);
    expectSameScores(values(await onTei.classifyBatch(LONG)), expected);
  });
});

describe('windows sent to TEI as text', () => {
  it('decode to text that tokenizes back to exactly their ids, even through words of many tokens', async () => {
    const tokenizer = await loadTokenizer(TINY, undefined);
    const windows = encodeInput(ROBLOX_V1.format({ text: LONG[2]!, context: [] }), tokenizer, {
      overlap: 64,
      maxWindows: 16,
      truncation: 'right',
    });
    expect(windows.length).toBeGreaterThan(3);
    for (const window of windows) {
      const content = window.ids.slice(1, -1);
      expect(tokenizer.encode(tokenizer.decode(content))).toEqual(content);
    }
  });
});

describe('connect-time checks', () => {
  it('refuses a Triton server or model that is not ready, naming what failed and never hanging', async () => {
    const server = await startKServeServer({ folder: TINY, name: 'pii' });
    servers.push(server);
    server.setModelReady(false);
    const error = await connectTeacher({
      url: server.url,
      engine: 'triton',
      model: TINY,
      name: 'pii',
      ...quick,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ModelLoadError);
    expect((error as Error).message).toMatch(/model 'pii' is ready/);
    server.setModelReady(true);
    server.setServerReady(false);
    await expect(
      connectTeacher({ url: server.url, engine: 'triton', model: TINY, name: 'pii', ...quick }),
    ).rejects.toThrow(/server is ready/);
  });

  it('refuses a Triton model whose outputs do not match config.json (a v1 model for a v2 client)', async () => {
    const server = await startKServeServer({ folder: TINY, name: 'pii' });
    servers.push(server);
    await expect(
      connectTeacher({ url: server.url, engine: 'triton', model: v2, name: 'pii', ...quick }),
    ).rejects.toThrow(/logits.*\[batch, 3\]/);
  });

  it('refuses a TEI server that serves other labels', async () => {
    const server = await startTeiServer({ folder: TINY });
    servers.push(server);
    await expect(connectTeacher({ url: server.url, engine: 'tei', model: v2, ...quick })).rejects.toThrow(
      /serves labels/,
    );
  });

  it('refuses a server nobody listens on with ModelLoadError, after its retries', async () => {
    await expect(
      connectTeacher({ url: 'http://127.0.0.1:9', engine: 'tei', model: TINY, ...quick }),
    ).rejects.toBeInstanceOf(ModelLoadError);
  });

  it('names the option for impossible options', async () => {
    const bad = [
      { url: 'ftp://x', engine: 'tei', model: TINY },
      { url: 'http://x', engine: 'torchserve', model: TINY },
      { url: 'http://x', engine: 'triton', model: TINY },
      { url: 'http://x', engine: 'tei' },
      { url: 'http://x', engine: 'tei', model: TINY, maxInFlightBatches: 0 },
      { url: 'http://x', engine: 'tei', model: TINY, fetch: globalThis.fetch },
    ];
    const options = ['url', 'engine', 'name', 'model', 'maxInFlightBatches', 'fetch'];
    for (const [i, option] of options.entries()) {
      const error = await connectTeacher(bad[i] as never).catch((caught: unknown) => caught);
      expect(error, option).toBeInstanceOf(ConfigurationError);
      expect((error as ConfigurationError).option).toBe(option);
    }
  });
});

describe('faults, handled like the hosted API', () => {
  it('retries 503 and 429 (honouring retry-after) and resets, and reports each retry', async () => {
    const retries: RetryEvent[] = [];
    const { server, teacher } = await triton(TINY, 'faulty', {
      onRetry: (event: RetryEvent) => retries.push(event),
    });
    const expected = values(await (await local(TINY)).classifyBatch(MESSAGES.slice(0, 2)));
    server.faults.push({ status: 503 }, { status: 429, headers: { 'retry-after': '0' } });
    expectSameScores(values(await teacher.classifyBatch(MESSAGES.slice(0, 2))), expected);
    server.faults.push({ reset: true }, { resetMidBody: true });
    expectSameScores(values(await teacher.classifyBatch(MESSAGES.slice(0, 2))), expected);
    expect(retries.map((event) => event.reason)).toEqual([
      'server',
      'rate-limit',
      'connection',
      'connection',
    ]);
    expect(retries[1]).toMatchObject({ status: 429, model: 'faulty', attempt: 3 });
  });

  it('gives each text the typed error when retries run out, and counts the failures', async () => {
    const { server, teacher } = await tei(TINY, { circuitBreaker: false });
    server.faults.push({ overloaded: true }, { overloaded: true }, { overloaded: true });
    const [outcome] = await teacher.classifyBatch(['my number is 555 0134']);
    expect(outcome!.ok).toBe(false);
    expect(!outcome!.ok && outcome!.error).toBeInstanceOf(RateLimitError);
    expect(teacher.failures).toBe(1);
    server.faults.push({ status: 500 }, { status: 500 }, { status: 500 });
    await expect(teacher.classify('hello there')).rejects.toBeInstanceOf(InternalServerError);
  });

  it('times out a slow server per attempt (APITimeoutError)', async () => {
    const { server, teacher } = await triton(TINY, 'slow', { timeoutMs: 100, maxRetries: 1 });
    server.faults.push({ delayMs: 1_000 }, { stallMs: 1_000 });
    const started = performance.now();
    await expect(teacher.classify('hello there')).rejects.toBeInstanceOf(APITimeoutError);
    expect(performance.now() - started).toBeLessThan(900);
  });

  it('never copies server prose that echoes the message into errors', async () => {
    const { server, teacher } = await tei(TINY, { maxRetries: 0 });
    const text = 'my secret number is 555 0134';
    server.faults.push({ status: 422, body: { error: `cannot read ${text}`, error_type: 'Validation' } });
    const error = await teacher.classify(text).catch((caught: unknown) => caught);
    expect((error as Error).message).not.toContain('555');
    expect(JSON.stringify(error)).not.toContain('secret');
  });

  it('opens its circuit after consecutive failed batches and fails at once until the probe', async () => {
    const { server, teacher } = await triton(TINY, 'breaker', {
      maxRetries: 0,
      circuitBreaker: { consecutiveFailures: 2, halfOpenAfterMs: 200 },
    });
    server.faults.push({ status: 503 }, { status: 503 });
    await expect(teacher.classify('a b')).rejects.toBeInstanceOf(InternalServerError);
    await expect(teacher.classify('c d')).rejects.toBeInstanceOf(InternalServerError);
    const calls = server.inferCalls;
    await expect(teacher.classify('e f')).rejects.toThrow(APIConnectionError);
    await expect(teacher.classify('e f')).rejects.toThrow(/circuit .* is open/);
    expect(server.inferCalls).toBe(calls);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect((await teacher.classify('back again')).source).toBe('teacher');
  });
});

describe('close()', () => {
  it('ends requests in flight at once instead of waiting for a stalled server', async () => {
    const server = await startKServeServer({ folder: TINY, name: 'stall' });
    servers.push(server);
    const teacher = await connectTeacher({
      url: server.url,
      engine: 'triton',
      model: TINY,
      name: 'stall',
      ...quick,
    });
    server.faults.push({ stallMs: 20_000 });
    const pending = teacher.classify('hello there').catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = performance.now();
    await teacher.close();
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(((await pending) as Error).name).toBe('ClosedError');
  });
});
