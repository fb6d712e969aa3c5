import { describe, expect, it } from 'vitest';
import type { ClassifyOptions, ConversationTurn } from '../src/classifier.js';
import { PiiClient } from '../src/client.js';
import { APIError, ConfigurationError, InvalidInputError } from '../src/errors.js';
import { resolveFallbackOptions } from '../src/fallback/resolve-options.js';
import { FallbackRouter } from '../src/fallback/router.js';
import { DEFAULT_MAX_CONTEXT_LENGTH, normalizeConversation } from '../src/input.js';
import { FakeClassifier } from '../src/testing/fake-classifier.js';
import { err, ok, ScriptedClassifier } from './fallback-helpers.js';

const bad = <T>(value: unknown) => value as T;

function refusal(options: ClassifyOptions, max = 100): InvalidInputError {
  try {
    normalizeConversation(options, max);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return error as InvalidInputError;
  }
  throw new Error('expected the conversation to be refused');
}

const turns = (...pairs: [string, string][]): ConversationTurn[] =>
  pairs.map(([speaker, text]) => ({ speaker, text }));

describe('normalizeConversation: the input rules for speaker and context', () => {
  it('refuses what is not a conversation with a typed reason, naming the turn but never its text', () => {
    const secret = 'my snap is kim_22';
    const cases: [ClassifyOptions, string, RegExp][] = [
      [{ speaker: bad(42) }, 'not-a-string', /`speaker`.*number/],
      [{ context: bad(secret) }, 'not-an-array', /`context`.*string/],
      [{ context: bad([{ speaker: 'a', text: secret }, null]) }, 'not-a-string', /`context\[1\]`.*null/],
      [{ context: bad([{ speaker: 'a', text: 7 }]) }, 'not-a-string', /`context\[0\]\.text`.*number/],
      [{ context: bad([{ text: secret }]) }, 'not-a-string', /`context\[0\]\.speaker`.*undefined/],
      // biome-ignore lint/suspicious/noSparseArray: a hole is refused like any other non-turn
      [{ context: bad([, { speaker: 'a', text: secret }]) }, 'not-a-string', /`context\[0\]`/],
    ];
    for (const [options, reason, message] of cases) {
      const error = refusal(options);
      expect(error.reason).toBe(reason);
      expect(error.message).toMatch(message);
      expect(error.message).not.toContain(secret);
    }
  });

  it('bounds speakers and texts together, measured before normalising, with context-too-long', () => {
    // 40 + 10 + 40 + 10 = 100 code units: exactly the limit.
    const fits = turns(['a'.repeat(10), 'x'.repeat(40)], ['b'.repeat(10), 'y'.repeat(40)]);
    expect(normalizeConversation({ context: fits }, 100).context).toHaveLength(2);
    const over = turns(['a'.repeat(10), 'x'.repeat(40)], ['b'.repeat(11), 'y'.repeat(40)]);
    expect(refusal({ context: over }).reason).toBe('context-too-long');
    // Invisible characters count: removing them never lets an over-long context through.
    const padded = turns(['a', `${'\u200B'.repeat(99)}x`]);
    expect(refusal({ context: padded }).reason).toBe('context-too-long');
    expect(refusal({ context: padded }).message).toMatch(/maxContextLength/);
    expect(DEFAULT_MAX_CONTEXT_LENGTH).toBe(20_000);
  });

  it('cleans texts and speakers like the text, and drops turns left with nothing to read', () => {
    const { speaker, context } = normalizeConversation(
      {
        speaker: 'ali\u200Bce',
        context: turns(
          ['bob', 'u on the 5\u200B5\u200B5 app?'],
          ['carol', ' \u200B\t'],
          ['al\u2066ice', 'ya'],
        ),
      },
      100,
    );
    expect(speaker).toBe('alice');
    expect(context).toEqual(turns(['bob', 'u on the 555 app?'], ['alice', 'ya']));
    expect(normalizeConversation({}, 100)).toEqual({ speaker: undefined, context: [] });
  });
});

describe('classifiers receive the normalised context', () => {
  it('BaseClassifier passes it to the backend and says usesContext false unless the backend reads it', async () => {
    const seen: unknown[] = [];
    const fake = new FakeClassifier({
      respond: (_text, conversation) => {
        seen.push(conversation);
        return 'none';
      },
    });
    expect(fake.usesContext).toBe(false);
    expect(new FakeClassifier({ usesContext: true }).usesContext).toBe(true);
    await fake.classifyBatch(['ya', 'ok'], { speaker: 'u1', context: turns(['u2', 'u on \u200Bsnap?']) });
    expect(seen).toEqual([
      { speaker: 'u1', context: turns(['u2', 'u on snap?']) },
      { speaker: 'u1', context: turns(['u2', 'u on snap?']) },
    ]);
    await fake.classify('hi');
    expect(seen.at(-1)).toEqual({ speaker: undefined, context: [] });
  });

  it('a bad context rejects the whole call, before any text reaches the backend', async () => {
    const fake = new FakeClassifier({ maxContextLength: 10 });
    const long = turns(['u2', 'this is more than ten']);
    await expect(fake.classifyBatch(['a', 'b'], { context: long })).rejects.toMatchObject({
      reason: 'context-too-long',
    });
    await expect(fake.classify('a', { context: bad('x') })).rejects.toMatchObject({ reason: 'not-an-array' });
    expect(fake.calls).toEqual([]);
    expect(() => new FakeClassifier({ maxContextLength: 0 })).toThrow(ConfigurationError);
  });
});

describe('the router gives the fallbacks the conversation', () => {
  const context = turns(['u2', 'u on the yellow app?'], ['u1', 'ya']);

  it('on-error: the fallback that answers for a failed API call gets speaker and context', async () => {
    const api = new ScriptedClassifier('api', () => err(APIError.fromResponse(503, undefined)));
    const teacher = new ScriptedClassifier('teacher', () => ok('giving'));
    const router = new FallbackRouter({
      primary: api,
      options: resolveFallbackOptions({ mode: 'on-error', classifiers: teacher, circuitBreaker: false }),
    });
    const [outcome] = await router.classify(['same name as here'], { speaker: 'u1', context });
    expect(outcome).toMatchObject({ ok: true, value: { source: 'teacher', fallbackReason: 'server' } });
    expect(teacher.options[0]).toMatchObject({ speaker: 'u1', context });
    expect(api.options[0]).toMatchObject({ speaker: 'u1', context });
    await router.close();
  });

  it('shadow: the comparison reads the same conversation as the API call', async () => {
    const api = new ScriptedClassifier('api', () => ok('none'));
    const teacher = new ScriptedClassifier('teacher', () => ok('giving'));
    const router = new FallbackRouter({
      primary: api,
      options: resolveFallbackOptions({ mode: 'shadow', classifiers: teacher, shadow: { sampleRate: 1 } }),
    });
    await router.classify(['plain'], {});
    await router.classify(['same name as here'], { speaker: 'u1', context });
    await router.shadowIdle();
    expect(teacher.texts).toEqual(['plain', 'same name as here']);
    expect(teacher.options.map((o) => o.context)).toEqual([[], context]);
    await router.close();
  });
});

describe('the client passes context on and keys its cache on it when a backend may read it', () => {
  const context = turns(['kim', 'u on the yellow app?'], ['lee', 'ya']);
  const sameShape = turns(['ana', 'u on the yellow app?'], ['bo', 'ya']);

  function client(usesContext: boolean | 'factory') {
    const fake = new FakeClassifier({
      kind: 'teacher',
      usesContext: usesContext === true,
      respond: (_text, conversation) => (conversation.context.length > 0 ? 'giving' : 'none'),
    });
    const classifiers = usesContext === 'factory' ? () => fake : fake;
    return {
      fake,
      client: new PiiClient({ fallback: { mode: 'fallback-only', classifiers, cacheFallbackResults: true } }),
    };
  }

  it('a context-reading fallback: each context its own entry; the same exchange by other speakers shares one', async () => {
    const { fake, client: c } = client(true);
    const alone = await c.classify('same name as here', { speaker: 'lee' });
    const inContext = await c.classify('same name as here', { speaker: 'lee', context });
    expect([alone.label, inContext.label]).toEqual(['none', 'giving']);
    const again = await c.classify('same name as here', { speaker: 'bo', context: sameShape });
    expect(again).toMatchObject({ label: 'giving', source: 'cache' });
    // who wrote which turn matters: here the author wrote the first turn, not the second
    const swapped = await c.classify('same name as here', { speaker: 'ana', context: sameShape });
    expect(swapped.source).toBe('teacher');
    expect(fake.calls).toHaveLength(3);
    await c.close();
  });

  it('a factory counts as context-reading; a classifier that says usesContext false shares one entry', async () => {
    const built = client('factory');
    await built.client.classify('same name as here', { speaker: 'lee', context });
    await built.client.classify('same name as here', { speaker: 'lee' });
    expect(built.fake.calls).toHaveLength(2);
    await built.client.close();

    const blind = client(false);
    await blind.client.classify('same name as here', { speaker: 'lee', context });
    const second = await blind.client.classify('same name as here', { speaker: 'kim' });
    expect(second.source).toBe('cache');
    expect(blind.fake.calls).toHaveLength(1);
    await blind.client.close();
  });

  it('classifyBatch gives every text the call context and rejects a bad one before any text', async () => {
    const { fake, client: c } = client(true);
    const outcomes = await c.classifyBatch(['a', 'b'], { speaker: 'lee', context });
    expect(outcomes.map((o) => o.ok && o.value.label)).toEqual(['giving', 'giving']);
    await expect(
      c.classifyBatch(['a'], { context: bad([{ speaker: 1, text: 'x' }]) }),
    ).rejects.toBeInstanceOf(InvalidInputError);
    await expect(
      c.classify('a', { context: turns(['lee', 'x'.repeat(DEFAULT_MAX_CONTEXT_LENGTH)]) }),
    ).rejects.toMatchObject({ reason: 'context-too-long' });
    expect(fake.calls.flat()).toEqual(['a', 'b']);
    await c.close();
  });
});
