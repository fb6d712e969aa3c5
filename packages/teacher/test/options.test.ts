import { ConfigurationError, DEFAULT_MAX_CONTEXT_LENGTH, DEFAULT_MAX_TEXT_LENGTH } from '@piiguard/sdk';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MODEL,
  DEFAULT_THRESHOLDS,
  loadTeacher,
  ROBLOX_V2,
  type TeacherOptions,
} from '../src/index.js';
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
    ['maxContextLength', { maxContextLength: -1 }, -1],
    ['profile', { profile: bad('roblox-v3') }, 'roblox-v3'],
    ['profile.heads.giving', { profile: { ...ROBLOX_V2, heads: bad({ asking: 'a', giving: 77 }) } }, 77],
    ['profile.format', { profile: { ...ROBLOX_V2, format: bad('template') } }, 'template'],
    ['profile.thresholds.asking', { profile: { ...ROBLOX_V2, thresholds: { asking: 3.5 } } }, 3.5],
    ['thresholds.pii', { profile: 'roblox-v2', thresholds: { pii: 0.5 } }, 0.5],
    ['maxQueuedWindows', { maxQueuedWindows: 4, maxWindows: 8 }, 4],
    ['thresholds.giving', { thresholds: { giving: 1.5 } }, 1.5],
    ['thresholds.ask', { thresholds: bad({ ask: 0.5 }) }, 0.5],
    ['thresholds', { thresholds: bad(0.625) }, 0.625],
    ['device', { device: bad('gpu') }, 'gpu'],
    ['dtype', { dtype: bad('int4') }, 'int4'],
    ['hubURL', { hubURL: 'ftp://mirror.example' }, 'mirror.example'],
    ['accessToken', { accessToken: bad(31_337) }, 31_337],
    ['cacheDir', { cacheDir: bad(4242) }, 4242],
    ['assetsDir', { assetsDir: bad(4343) }, 4343],
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
      maxContextLength: DEFAULT_MAX_CONTEXT_LENGTH,
      profile: undefined,
      thresholds: {},
    });
    expect(DEFAULT_MAX_TEXT_LENGTH).toBe(20_000);
    expect(resolveOptions({ profile: 'roblox-v2' }, {}).profile).toBe(ROBLOX_V2);
  });

  it('merges the thresholds given with the loaded profile’s own cutoffs', async () => {
    const teacher = await loadTeacher({ model: TINY, device: 'cpu', thresholds: { giving: 0.5 } });
    try {
      expect(teacher.profile.name).toBe('roblox-v1');
      expect(teacher.thresholds).toEqual({ ...DEFAULT_THRESHOLDS, giving: 0.5 });
    } finally {
      await teacher.close();
    }
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
