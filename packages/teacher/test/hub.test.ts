import { cpSync, existsSync, readdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationError, ModelLoadError } from '@piiguard/sdk';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture } from '../scripts/fixture/build.js';
import { loadTeacher, type TeacherOptions } from '../src/index.js';
import { cacheFolder } from '../src/load.js';
import { TINY, tempDir } from './helpers.js';
import { type HubServer, startHub } from './hub-server.js';

const listFiles = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
        .sort()
    : [];

async function classifyOnce(options: TeacherOptions) {
  const teacher = await loadTeacher({ device: 'cpu', ...options });
  try {
    const result = await teacher.classify('my email is kim@example.com');
    return { model: teacher.model, label: result.label, scores: result.teacherScores };
  } finally {
    await teacher.close();
  }
}

describe('loading from a Hub-shaped server', () => {
  const temp = tempDir();
  let hub: HubServer;
  let caseNo = 0;
  let cacheDir: string;
  beforeAll(async () => {
    const external = buildFixture({ out: join(temp.dir, 'external'), externalData: true });
    const root = join(temp.dir, 'root');
    cpSync(TINY, root, { recursive: true });
    renameSync(join(root, 'onnx/model.onnx'), join(root, 'model.onnx'));
    hub = await startHub({ 'test/tiny': TINY, 'test/external': external.dir, 'test/root': root });
  });
  afterEach(() => {
    hub.requests.length = 0;
    hub.authorizations.length = 0;
    hub.dropMidBody.clear();
  });
  afterAll(async () => {
    await hub.close();
    temp.remove();
  });
  const fresh = () => {
    cacheDir = join(temp.dir, `cache${caseNo++}`);
    return { hubURL: hub.url, cacheDir };
  };

  it('downloads a pinned revision into the cache once, then reuses it without any request', async () => {
    const options = { ...fresh(), model: 'test/tiny', revision: 'abc123', accessToken: 'hf_test' };
    const first = await classifyOnce(options);
    expect(first.model).toBe('test/tiny');
    expect(first.label).toBe('giving');
    expect(hub.requests).toEqual([
      '/test/tiny/resolve/abc123/config.json',
      '/test/tiny/resolve/abc123/tokenizer.json',
      '/test/tiny/resolve/abc123/tokenizer_config.json',
      '/test/tiny/resolve/abc123/onnx/model.onnx_data',
      '/test/tiny/resolve/abc123/onnx/model.onnx',
    ]);
    expect(new Set(hub.authorizations)).toEqual(new Set(['Bearer hf_test']));
    const folder = cacheFolder({ cacheDir, model: 'test/tiny', revision: 'abc123' });
    expect(listFiles(folder)).toEqual([
      'config.json',
      'onnx/model.onnx',
      'tokenizer.json',
      'tokenizer_config.json',
    ]);

    hub.requests.length = 0;
    const second = await classifyOnce(options);
    expect(second).toEqual(first);
    expect(hub.requests).toEqual([]);
  });

  it('downloads external data next to the graph', async () => {
    const options = { ...fresh(), model: 'test/external' };
    expect((await classifyOnce(options)).label).toBe('giving');
    const folder = cacheFolder({ cacheDir, model: 'test/external', revision: 'main' });
    expect(listFiles(folder)).toContain('onnx/model.onnx_data');
  });

  it('finds a graph stored at the repository root', async () => {
    expect((await classifyOnce({ ...fresh(), model: 'test/root' })).label).toBe('giving');
    expect(hub.requests.slice(-4)).toEqual([
      '/test/root/resolve/main/onnx/model.onnx_data',
      '/test/root/resolve/main/onnx/model.onnx',
      '/test/root/resolve/main/model.onnx_data',
      '/test/root/resolve/main/model.onnx',
    ]);
  });

  it('offline: never touches the network and names what is missing from the cache', async () => {
    const options = { ...fresh(), model: 'test/tiny', allowRemoteModels: false };
    const load = loadTeacher({ device: 'cpu', ...options });
    await expect(load).rejects.toBeInstanceOf(ModelLoadError);
    await expect(load).rejects.toThrow(
      /Offline .* missing config\.json, tokenizer\.json, tokenizer_config\.json, onnx\/model\.onnx or model\.onnx/,
    );
    expect(hub.requests).toEqual([]);
  });

  it('offline via PIIGUARD_OFFLINE, with the cache and endpoint from PIIGUARD_CACHE_DIR and HF_ENDPOINT', async () => {
    const { cacheDir: dir } = fresh();
    const saved = { ...process.env };
    Object.assign(process.env, { PIIGUARD_CACHE_DIR: dir, HF_ENDPOINT: hub.url });
    try {
      await classifyOnce({ model: 'test/tiny' });
      expect(hub.requests.length).toBeGreaterThan(0);
      hub.requests.length = 0;
      process.env.PIIGUARD_OFFLINE = '1';
      const cached = await classifyOnce({ model: 'test/tiny' });
      expect(cached.label).toBe('giving');
      await expect(loadTeacher({ model: 'test/other', device: 'cpu' })).rejects.toThrow(/Offline/);
      expect(hub.requests).toEqual([]);
    } finally {
      for (const key of ['PIIGUARD_CACHE_DIR', 'HF_ENDPOINT', 'PIIGUARD_OFFLINE']) {
        if (saved[key] === undefined) delete process.env[key];
        else process.env[key] = saved[key];
      }
    }
  });

  it('an interrupted download leaves no file that later loads as a model', async () => {
    const options = { ...fresh(), model: 'test/tiny' };
    hub.dropMidBody.add('onnx/model.onnx');
    await expect(loadTeacher({ device: 'cpu', ...options })).rejects.toThrow(
      /download of test\/tiny\/onnx\/model\.onnx was interrupted/,
    );
    const folder = cacheFolder({ cacheDir, model: 'test/tiny', revision: 'main' });
    expect(listFiles(folder)).toEqual(['config.json', 'tokenizer.json', 'tokenizer_config.json']);
    await expect(loadTeacher({ device: 'cpu', ...options, allowRemoteModels: false })).rejects.toThrow(
      /missing onnx\/model\.onnx or model\.onnx/,
    );

    hub.dropMidBody.clear();
    hub.requests.length = 0;
    expect((await classifyOnce(options)).label).toBe('giving');
    expect(hub.requests).toEqual([
      '/test/tiny/resolve/main/onnx/model.onnx_data',
      '/test/tiny/resolve/main/onnx/model.onnx',
    ]);
  });

  it('refuses an impossible model id or revision as an option error, before any network access', async () => {
    for (const model of ['not a model id', 'a/b/c', 'owner/na..me', 'owner--x/name']) {
      const load = loadTeacher({ ...fresh(), model });
      await expect(load).rejects.toBeInstanceOf(ConfigurationError);
      await expect(load).rejects.toMatchObject({ option: 'model' });
    }
    const load = loadTeacher({ ...fresh(), model: 'test/tiny', revision: '../../etc' });
    await expect(load).rejects.toBeInstanceOf(ConfigurationError);
    await expect(load).rejects.toMatchObject({ option: 'revision' });
    expect(hub.requests).toEqual([]);
  });

  it('names a model the Hub does not have', async () => {
    await expect(loadTeacher({ ...fresh(), model: 'test/missing', device: 'cpu' })).rejects.toThrow(
      /test\/missing@main has no config\.json/,
    );
  });

  it('shares one load between concurrent callers with the same options', async () => {
    const options = { ...fresh(), model: 'test/tiny', device: 'cpu' as const };
    const [a, b] = await Promise.all([loadTeacher(options), loadTeacher(options)]);
    try {
      expect(a).toBe(b);
      expect(hub.requests.filter((path) => path.endsWith('/onnx/model.onnx'))).toHaveLength(1);
    } finally {
      await a.close();
    }
  });
});
