import { afterEach, describe, expect, it } from 'vitest';
import type { Label, Outcome } from '../src/classifier.js';
import {
  AbortError,
  ClosedError,
  ConfigurationError,
  DEFAULT_MAX_TEXT_LENGTH,
  INPUT_RULE_MODEL,
  InferenceError,
  InvalidInputError,
  PiiClient,
  type PiiClientOptions,
} from '../src/index.js';
import { chatCompletion, FakeClassifier, type FakeClassifierOptions } from '../src/testing/index.js';
import { API_KEY, BASE_URL, useMockApi } from './support/msw.js';

const api = useMockApi();

const clients: PiiClient[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
});

function client(options: PiiClientOptions = {}): PiiClient {
  const c = new PiiClient({ apiKey: API_KEY, baseURL: BASE_URL, retryBaseDelayMs: 1, ...options });
  clients.push(c);
  return c;
}

/** Labels like a tiny model would, so a changed text shows up as a changed label. */
function keyword(text: string): Label {
  if (/snap|\?/i.test(text)) return 'asking';
  if (/555-0100|@/.test(text)) return 'giving';
  return 'none';
}

const fake = (options: FakeClassifierOptions = {}) =>
  new FakeClassifier({ kind: 'teacher', model: 'kw', respond: keyword, ...options });

/** A client that never calls the API: every text goes to `classifier`. */
const local = (classifier: FakeClassifier | (() => FakeClassifier), options: PiiClientOptions = {}) =>
  client({
    apiKey: '',
    cache: false,
    ...options,
    fallback: { mode: 'fallback-only', classifiers: classifier },
  });

const summary = (outcomes: readonly Outcome[]) =>
  outcomes.map((o) => (o.ok ? `${o.value.source}:${o.value.label}` : `${o.error.kind}`));

/** Yields until `condition` holds, so an abort or close lands while the call is in flight. */
async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 1));
  expect(condition()).toBe(true);
}

const SPLIT_PHONE = '5\u200B5\u200B5-\u200B0\u200B1\u200B0\u200B0';

describe('PiiClient follows the calling convention', () => {
  it('classify(text) resolves to one result; classifyBatch to one outcome per input, in order', async () => {
    api.use({ rules: [{ match: 'snap', reply: 'asking' }] });
    const c = client();
    await expect(c.classify('whats ur snap')).resolves.toMatchObject({ label: 'asking', source: 'api' });
    const texts = Object.assign(new Array<unknown>(5), { 0: 'snap?', 2: 42, 3: '\u200B' });
    const outcomes = await c.classifyBatch(texts as string[]);
    expect(Object.keys(outcomes)).toEqual(['0', '1', '2', '3', '4']);
    expect(summary(outcomes)).toEqual([
      'api:asking',
      'invalid-input',
      'invalid-input',
      'input:none',
      'invalid-input',
    ]);
  });

  it('classify(text) rejects with the typed error of that text', async () => {
    api.use({ rules: [{ match: 'gone', reply: { type: 'status', status: 404 } }] });
    const c = client();
    await expect(c.classify(42 as never)).rejects.toMatchObject({
      kind: 'invalid-input',
      reason: 'not-a-string',
    });
    await expect(c.classify('gone')).rejects.toMatchObject({ kind: 'not-found', status: 404 });
  });

  it('answers empty, whitespace and invisible-only text with none from the input rule, sending nothing', async () => {
    const seen = api.use();
    const c = client();
    for (const text of ['', ' \n\t', '\u200B\uFEFF', '\u202E\u00AD\u0000']) {
      await expect(c.classify(text)).resolves.toMatchObject({
        label: 'none',
        source: 'input',
        model: INPUT_RULE_MODEL,
      });
    }
    expect(seen).toEqual([]);
  });

  it('removes invisible characters before the request is built (the body never has them)', async () => {
    const bodies: string[] = [];
    const c = client({
      cache: false,
      fetch: async (input, init) => {
        bodies.push(input instanceof Request ? await input.text() : String(init?.body));
        return Response.json(chatCompletion({ label: 'giving' }));
      },
    });
    await expect(c.classify(`call ${SPLIT_PHONE}`)).resolves.toMatchObject({ label: 'giving' });
    await c.classify('snap: \u202Emik\u202C \u2066k\u2069 e\u00ADmail\u0000');
    expect(bodies).toHaveLength(2);
    expect(bodies[0]).toContain('call 555-0100');
    expect(bodies[1]).toContain('snap: mik k email');
    for (const body of bodies)
      expect(body).not.toMatch(/[\u200B\u202E\u202C\u2066\u2069\u00AD\u0000]|\\u0000/);
  });

  it('the msw handlers see the normalised message too', async () => {
    const seen = api.use();
    await client().classify(`my number ${SPLIT_PHONE}`);
    expect(seen).toEqual(['my number 555-0100']);
  });
});

describe('the same text gets the same answer called directly or through PiiClient', () => {
  const texts = [
    'whats ur snap',
    SPLIT_PHONE,
    `call ${SPLIT_PHONE}`,
    'kim\u200B@example.com',
    'nice game',
    'nice\u00AD game\u202E',
    '',
    '\u200B\u200D',
    '   ',
  ];

  it('FakeClassifier directly and in a fallback-only client: same labels, same sources, same model input', async () => {
    const direct = fake();
    const behind = fake();
    const c = local(behind);
    const byDirect = await direct.classifyBatch(texts);
    const byClient = await c.classifyBatch(texts);
    expect(summary(byClient)).toEqual(summary(byDirect));
    expect(summary(byDirect)).toEqual([
      'teacher:asking',
      'teacher:giving',
      'teacher:giving',
      'teacher:giving',
      'teacher:none',
      'teacher:none',
      'input:none',
      'input:none',
      'input:none',
    ]);
    expect(behind.calls.flat()).toEqual(direct.calls.flat());
    for (const text of texts) {
      const one = await direct.classify(text);
      const viaClient = await c.classify(text);
      expect([viaClient.label, viaClient.source], JSON.stringify(text)).toEqual([one.label, one.source]);
    }
  });

  it('refuses too-long text with the same default limit on the client and on every classifier', async () => {
    const seen = api.use();
    const direct = fake();
    const c = client();
    expect(DEFAULT_MAX_TEXT_LENGTH).toBe(20_000);
    expect(direct.maxTextLength).toBe(DEFAULT_MAX_TEXT_LENGTH);
    const longest = 'a'.repeat(20_000);
    const tooLong = 'a'.repeat(20_001);
    await expect(c.classify(longest)).resolves.toMatchObject({ source: 'api' });
    await expect(direct.classify(longest)).resolves.toMatchObject({ source: 'teacher' });
    for (const refuse of [c.classify(tooLong), direct.classify(tooLong), local(fake()).classify(tooLong)]) {
      const error = await refuse.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidInputError);
      expect(error).toMatchObject({ reason: 'too-long' });
    }
    expect(seen).toEqual([longest]);
  });

  it.each([0, 1.5])('maxTextLength %s is a ConfigurationError naming the option, not echoing it', (value) => {
    for (const build of [() => client({ maxTextLength: value }), () => fake({ maxTextLength: value })]) {
      const error = (() => {
        try {
          build();
        } catch (thrown) {
          return thrown;
        }
      })();
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(error).toMatchObject({ option: 'maxTextLength' });
      expect((error as Error).message).not.toContain(String(value));
    }
  });
});

describe('PiiClient, stopping a call', () => {
  it('an abort before the call gives AbortError for every text, empty and invalid ones included, directly too', async () => {
    const seen = api.use();
    const c = client();
    const signal = AbortSignal.abort();
    await expect(c.classify('hello', { signal })).rejects.toBeInstanceOf(AbortError);
    await expect(c.classify('', { signal })).rejects.toBeInstanceOf(AbortError);
    await expect(c.classify(42 as never, { signal })).rejects.toBeInstanceOf(AbortError);
    expect(summary(await c.classifyBatch(['a', '', 42 as never], { signal }))).toEqual([
      'abort',
      'abort',
      'abort',
    ]);
    const direct = fake();
    await expect(direct.classify(42 as never, { signal })).rejects.toBeInstanceOf(AbortError);
    expect(summary(await direct.classifyBatch(['a', '', 42 as never], { signal }))).toEqual([
      'abort',
      'abort',
      'abort',
    ]);
    expect(seen).toEqual([]);
  });

  it('an abort during the call settles it with AbortError', async () => {
    const seen = api.use({ rules: [{ match: 'slow', reply: { type: 'hang' } }] });
    const c = client();
    const controller = new AbortController();
    const pending = c.classifyBatch(['slow one', 'slow two'], { signal: controller.signal });
    await until(() => seen.length === 2);
    controller.abort();
    expect(summary(await pending)).toEqual(['abort', 'abort']);
  });

  it('an abort during a local call settles it with AbortError', async () => {
    const behind = fake({ delayMs: 10_000 });
    const c = local(behind);
    const controller = new AbortController();
    const pending = c.classify('hello', { signal: controller.signal });
    await until(() => behind.calls.length === 1);
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(AbortError);
  });

  it('close() during an API call settles it with ClosedError; later calls reject with ClosedError', async () => {
    const seen = api.use({ rules: [{ match: 'slow', reply: { type: 'hang' } }] });
    const c = client();
    const pending = c.classifyBatch(['slow one', 'slow two']);
    await until(() => seen.length === 2);
    await c.close();
    expect(summary(await pending)).toEqual(['closed', 'closed']);
    await expect(c.classify('hello')).rejects.toBeInstanceOf(ClosedError);
    await expect(c.classifyBatch(['hello'])).rejects.toBeInstanceOf(ClosedError);
  });

  it('close() during a call to a fallback it built settles it with ClosedError', async () => {
    const built: FakeClassifier[] = [];
    const c = local(() => {
      const f = fake({ delayMs: 10_000 });
      built.push(f);
      return f;
    });
    const pending = c.classify('hello');
    await until(() => built[0]?.calls.length === 1);
    await c.close();
    await expect(pending).rejects.toBeInstanceOf(ClosedError);
    expect(built[0]?.closed).toBe(true);
  });
});

describe('a local model that breaks', () => {
  const crash = new RangeError('onnxruntime: invalid dimensions');
  const broken = () =>
    fake({
      respond: () => {
        throw crash;
      },
    });

  it('is an InferenceError, called directly', async () => {
    const error = await broken()
      .classify('hello')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InferenceError);
    expect(error).toMatchObject({ kind: 'inference', cause: crash });
  });

  it('is an InferenceError through the client, counted as inference and not as an API error', async () => {
    const c = local(broken());
    const error = await c.classify('hello').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InferenceError);
    expect(c.stats().errorsByKind).toEqual({ inference: 1 });
    expect(c.stats().apiErrorsByKind).toEqual({});
  });

  it('when it was the fallback for an API outage, only the outage is an API error', async () => {
    api.use({ label: 'none', rules: [{ match: 'hello', reply: { type: 'status', status: 503 } }] });
    const c = client({ maxRetries: 0, fallback: { classifiers: broken(), circuitBreaker: false } });
    const error = await c.classify('hello').catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'inference' });
    expect(c.stats().errorsByKind).toEqual({ inference: 1 });
    expect(c.stats().apiErrorsByKind).toEqual({ server: 1 });
    expect(c.stats().fallbacksByReason).toEqual({ server: 1 });
  });
});
