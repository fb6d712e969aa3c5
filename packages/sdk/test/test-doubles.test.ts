import { describe, expect, it } from 'vitest';
import { AbortError, ClosedError, InvalidInputError } from '../src/index.js';
import { FakeClassifier, fireworksHandlers } from '../src/testing/index.js';
import { BASE_URL, useMockApi } from './support/msw.js';

const api = useMockApi();

const post = (message: string) =>
  fetch(`${BASE_URL}/chat/completions`, {
    method: 'POST',
    body: JSON.stringify({ model: 'm', messages: [{ role: 'user', content: `Message: "${message}"` }] }),
  });

describe('fireworksHandlers', () => {
  it('answers per-message rules, then the default label, and honours `times`', async () => {
    api.server.use(
      ...fireworksHandlers({
        baseURL: BASE_URL,
        label: 'giving',
        rules: [
          { match: 'snap', reply: 'asking' },
          { match: (m) => m.endsWith('!'), reply: { type: 'status', status: 503 }, times: 1 },
        ],
      }),
    );
    const first = (await (await post('whats ur snap')).json()) as {
      choices: [{ message: { content: string } }];
    };
    expect(first.choices[0].message.content).toBe('asking');
    expect((await post('hey!')).status).toBe(503);
    expect((await post('hey!')).status).toBe(200);
    const other = (await (await post('my email is x')).json()) as {
      choices: [{ message: { content: string } }];
    };
    expect(other.choices[0].message.content).toBe('giving');
  });

  it('injects network errors and malformed bodies', async () => {
    api.use({
      rules: [
        { match: 'net', reply: { type: 'reset' } },
        { match: 'bad', reply: { type: 'malformed' } },
      ],
    });
    await expect(post('net')).rejects.toThrow();
    const response = await post('bad');
    await expect(response.json()).rejects.toThrow();
  });
});

describe('FakeClassifier', () => {
  it('answers from its function, one outcome per text, and records calls', async () => {
    const fake = new FakeClassifier({
      kind: 'teacher',
      model: 'fake-teacher',
      respond: (text) =>
        text === 'bad' ? new InvalidInputError('nope', 'empty') : text.includes('snap') ? 'asking' : 'none',
    });
    const outcomes = await fake.classifyBatch(['snap?', 'bad', 'hi']);
    expect(outcomes.map((o) => (o.ok ? o.value.label : o.error.kind))).toEqual([
      'asking',
      'invalid-input',
      'none',
    ]);
    expect(outcomes[0]).toMatchObject({ ok: true, value: { model: 'fake-teacher' } });
    expect(fake.kind).toBe('teacher');
    expect(fake.calls).toEqual([['snap?', 'bad', 'hi']]);
  });

  it('reports aborts during its delay and rejects after close', async () => {
    const fake = new FakeClassifier({ delayMs: 10_000 });
    const controller = new AbortController();
    const pending = fake.classifyBatch(['x'], { signal: controller.signal });
    controller.abort();
    const [outcome] = await pending;
    expect(outcome?.ok === false && outcome.error).toBeInstanceOf(AbortError);
    await fake.close();
    await expect(fake.classifyBatch(['x'])).rejects.toBeInstanceOf(ClosedError);
  });
});
