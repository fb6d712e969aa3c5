import { ConfigurationError, DEFAULT_MAX_TEXT_LENGTH } from '@piiguard/sdk';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MODEL, DEFAULT_THRESHOLDS, loadTeacher, type TeacherOptions } from '../src/index.js';
import { resolveOptions } from '../src/options.js';
import { TINY } from './helpers.js';

const bad = <T>(value: unknown) => value as T;

describe('loadTeacher options', () => {
  it.each<[string, TeacherOptions, unknown]>([
    ['maxBatchSize', { maxBatchSize: 123_456 }, 123_456],
    ['maxWaitMs', { maxWaitMs: 1.5 }, 1.5],
    ['windowOverlap', { windowOverlap: 510 }, 510],
    ['workerNice', { workerNice: 20 }, 20],
    ['intraOpNumThreads', { intraOpNumThreads: -3 }, -3],
    ['maxBatchTokens', { maxBatchTokens: 77 }, 77],
    ['maxTextLength', { maxTextLength: 0.25 }, 0.25],
    ['maxQueuedWindows', { maxQueuedWindows: 4, maxWindows: 8 }, 4],
    ['thresholds.giving', { thresholds: { giving: 1.5 } }, 1.5],
    ['thresholds.ask', { thresholds: bad({ ask: 0.5 }) }, 0.5],
    ['thresholds', { thresholds: bad(0.625) }, 0.625],
    ['device', { device: bad('gpu') }, 'gpu'],
    ['dtype', { dtype: bad('int4') }, 'int4'],
    ['hubURL', { hubURL: 'ftp://mirror.example' }, 'mirror.example'],
    ['accessToken', { accessToken: bad(31_337) }, 31_337],
    ['cacheDir', { cacheDir: bad(4242) }, 4242],
    ['revision', { revision: bad(9001) }, 9001],
    ['allowRemoteModels', { allowRemoteModels: bad('sometimes') }, 'sometimes'],
    ['onWarning', { onWarning: bad('console') }, 'console'],
  ])(
    'refuses an impossible %s with a ConfigurationError naming it, without echoing the value',
    async (option, options, value) => {
      const error = await loadTeacher({ model: TINY, device: 'cpu', ...options }).then(
        (teacher) => teacher.close(),
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as ConfigurationError).option).toBe(option);
      expect((error as Error).message).toContain(`\`${option}\``);
      expect((error as Error).message).not.toContain(String(value));
    },
  );

  it.each<[string, TeacherOptions]>([
    ['model', { model: 'not a model id' }],
    ['model', { model: 'owner/na..me' }],
    ['revision', { model: 'test/tiny', revision: '../../etc' }],
  ])('refuses an impossible Hub %s before any network access', async (option, options) => {
    const error = await loadTeacher({ ...options, hubURL: 'http://127.0.0.1:9' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).option).toBe(option);
    expect((error as Error).message).not.toContain(String(Object.values(options).at(-1)));
  });

  it('names env HF_ENDPOINT when the endpoint came from there', () => {
    const error = (() => {
      try {
        resolveOptions({}, { HF_ENDPOINT: 'gopher://old.example' });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).option).toBe('hubURL');
    expect((error as Error).message).toMatch(/HF_ENDPOINT/);
    expect((error as Error).message).not.toContain('old.example');
  });

  it('has the documented defaults, with the shared maxTextLength', () => {
    const resolved = resolveOptions({}, {});
    expect(resolved).toMatchObject({
      model: DEFAULT_MODEL,
      revision: 'main',
      dtype: 'fp32',
      device: 'auto',
      hubURL: 'https://huggingface.co',
      allowRemoteModels: true,
      maxBatchSize: 16,
      maxBatchTokens: 8192,
      maxWaitMs: 2,
      maxQueuedWindows: 4096,
      windowOverlap: 64,
      maxWindows: 16,
      maxTextLength: DEFAULT_MAX_TEXT_LENGTH,
      thresholds: DEFAULT_THRESHOLDS,
    });
    expect(DEFAULT_MAX_TEXT_LENGTH).toBe(20_000);
    expect(resolveOptions({ thresholds: { giving: 0.5 } }, {}).thresholds).toEqual({
      ...DEFAULT_THRESHOLDS,
      giving: 0.5,
    });
  });

  it('applies configured thresholds to the label', async () => {
    const teacher = await loadTeacher({
      model: TINY,
      device: 'cpu',
      thresholds: { asking: 0.999, giving: 0.999, pii: 0.999 },
    });
    try {
      const result = await teacher.classify('whats ur snap?');
      expect(result.teacherScores!.asking).toBeGreaterThan(0.5);
      expect(result.label).toBe('none');
    } finally {
      await teacher.close();
    }
  });
});
