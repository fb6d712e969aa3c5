import { describe, expect, it, vi } from 'vitest';
import { AuthenticationError, ClosedError, ConfigurationError, FireworksClassifier } from '../src/index.js';
import { API_KEY, BASE_URL, useMockApi } from './support/msw.js';

const api = useMockApi();

describe('FireworksClassifier (standalone)', () => {
  it('implements Classifier: kind api, one outcome per text in order', async () => {
    api.use({
      rules: [
        { match: 'snap', reply: 'asking' },
        { match: 'fail', reply: { type: 'status', status: 404 } },
      ],
    });
    const classifier = new FireworksClassifier({ apiKey: API_KEY, baseURL: BASE_URL, concurrency: 2 });
    expect(classifier.kind).toBe('api');
    const outcomes = await classifier.classifyBatch(['snap?', 'fail', 'hello']);
    expect(outcomes.map((o) => (o.ok ? o.value.label : o.error.kind))).toEqual([
      'asking',
      'not-found',
      'none',
    ]);
    expect(outcomes[0]).toMatchObject({ ok: true, value: { model: classifier.model } });
  });

  it('needs an API key at construction', () => {
    vi.stubEnv('FIREWORKS_API_KEY', '');
    try {
      expect(() => new FireworksClassifier({ apiKey: '' })).toThrow(AuthenticationError);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('rejects after close(), and close() is idempotent', async () => {
    const classifier = new FireworksClassifier({ apiKey: API_KEY, baseURL: BASE_URL });
    await classifier.close();
    await classifier.close();
    await expect(classifier.classifyBatch(['x'])).rejects.toBeInstanceOf(ClosedError);
  });

  it('uses an injected fetch', async () => {
    const urls: string[] = [];
    const classifier = new FireworksClassifier({
      apiKey: API_KEY,
      baseURL: 'https://injected.test/v1',
      fetch: async (input) => {
        urls.push(input instanceof Request ? input.url : String(input));
        return Response.json({ choices: [{ message: { content: 'giving' } }] });
      },
    });
    const [outcome] = await classifier.classifyBatch(['x']);
    expect(outcome).toMatchObject({ ok: true, value: { label: 'giving' } });
    expect(urls).toEqual(['https://injected.test/v1/chat/completions']);
  });
});

describe('FireworksClassifier per-call options', () => {
  it('rejects an impossible per-call timeout before sending anything', async () => {
    const seen = api.use();
    const classifier = new FireworksClassifier({ apiKey: API_KEY, baseURL: BASE_URL });
    await expect(classifier.classifyBatch(['x'], { timeoutMs: Number.NaN })).rejects.toBeInstanceOf(
      ConfigurationError,
    );
    await expect(classifier.classifyBatch(['x'], { deadlineMs: -1 })).rejects.toMatchObject({
      option: 'deadlineMs',
    });
    expect(seen).toEqual([]);
  });
});
