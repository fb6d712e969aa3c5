import {
  cpSync,
  mkdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { dirname, join, relative } from 'node:path';
import { ConfigurationError, ModelLoadError } from '@piiguard/sdk';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture } from '../scripts/fixture/build.js';
import { loadTeacher, type TeacherOptions } from '../src/index.js';
import { resolveOptions } from '../src/options.js';
import { TINY, tempDir, warnings } from './helpers.js';
import { expectHealthyCache, listFiles, resolveFiles } from './hub-helpers.js';
import { gitBlobId, type HubServer, sha256Hex, startHub } from './hub-server.js';

const SIDE = ['config.json', 'tokenizer.json', 'tokenizer_config.json'];

async function classifyOnce(options: TeacherOptions) {
  const teacher = await loadTeacher({ device: 'cpu', ...options });
  try {
    const result = await teacher.classify('my email is kim@example.com');
    return { model: teacher.model, label: result.label, scores: result.teacherScores };
  } finally {
    await teacher.close();
  }
}

/** Lays out `files` of `folder` as huggingface_hub would have: blobs by hash, relative links, a ref. */
function laySnapshot(
  cacheDir: string,
  model: string,
  commit: string,
  folder: string,
  files: string[],
  ref?: string,
) {
  const root = join(cacheDir, `models--${model.replace('/', '--')}`);
  for (const file of files) {
    const bytes = readFileSync(join(folder, file));
    const etag = /\.(onnx|onnx_data|safetensors)$/.test(file) ? sha256Hex(bytes) : gitBlobId(bytes);
    mkdirSync(join(root, 'blobs'), { recursive: true });
    writeFileSync(join(root, 'blobs', etag), bytes);
    const pointer = join(root, 'snapshots', commit, file);
    mkdirSync(dirname(pointer), { recursive: true });
    symlinkSync(relative(dirname(pointer), join(root, 'blobs', etag)), pointer);
  }
  if (ref) {
    mkdirSync(join(root, 'refs'), { recursive: true });
    writeFileSync(join(root, 'refs', ref), commit);
  }
  return root;
}

describe('the Hub and the shared Hugging Face cache', () => {
  const temp = tempDir();
  let hub: HubServer;
  let caseNo = 0;
  let cacheDir: string;
  let external: string;
  beforeAll(async () => {
    external = buildFixture({ out: join(temp.dir, 'external'), externalData: true }).dir;
    const root = join(temp.dir, 'root');
    cpSync(TINY, root, { recursive: true });
    renameSync(join(root, 'onnx/model.onnx'), join(root, 'model.onnx'));
    hub = await startHub({
      'test/tiny': TINY,
      'test/external': external,
      'test/root': root,
      'test/gated': { folder: TINY, gatedToken: 'hf_gated_ok' },
    });
  });
  afterEach(() => hub.reset());
  afterAll(async () => {
    await hub.close();
    temp.remove();
  });
  const fresh = () => {
    cacheDir = join(temp.dir, `cache${caseNo++}`);
    return { hubURL: hub.url, cacheDir, assetsDir: join(cacheDir, 'assets') };
  };
  const repoFolder = (model: string) => join(cacheDir, `models--${model.replace('/', '--')}`);

  it('downloads a pinned commit into blobs/ and snapshots/, then reuses it with no request at all', async () => {
    const commit = hub.commit('test/tiny');
    const options = { ...fresh(), model: 'test/tiny', revision: commit, accessToken: 'hf_test' };
    const first = await classifyOnce(options);
    expect(first).toMatchObject({ model: 'test/tiny', label: 'giving' });
    expect(hub.requests).toEqual([
      ...SIDE.map((file) => `GET /test/tiny/resolve/${commit}/${file}`),
      `GET /test/tiny/resolve/${commit}/onnx/model.onnx_data`,
      `GET /test/tiny/resolve/${commit}/onnx/model.onnx`,
    ]);
    // The token goes to the Hub; the LFS redirect to the CDN (another origin) carries none.
    expect(new Set(hub.authorizations.hub)).toEqual(new Set(['Bearer hf_test']));
    expect(hub.cdnRequests).toHaveLength(1);
    expect(hub.authorizations.cdn).toEqual([undefined]);

    const root = repoFolder('test/tiny');
    const model = readFileSync(join(TINY, 'onnx/model.onnx'));
    expect(listFiles(root)).toEqual(
      [
        `.no_exist/${commit}/onnx/model.onnx_data`,
        `blobs/${sha256Hex(model)}`,
        ...SIDE.map((file) => `blobs/${gitBlobId(readFileSync(join(TINY, file)))}`),
        ...[...SIDE, 'onnx/model.onnx'].map((file) => `snapshots/${commit}/${file}`),
      ].sort(),
    );
    expect(readlinkSync(join(root, 'snapshots', commit, 'onnx/model.onnx'))).toBe(
      `../../../blobs/${sha256Hex(model)}`,
    );
    expectHealthyCache(root);

    hub.reset();
    expect(await classifyOnce(options)).toEqual(first);
    expect(hub.requests).toEqual([]);
  });

  it('resolves a branch to its commit, writes refs/, re-checks it with one HEAD online, reads refs/ offline', async () => {
    const options = { ...fresh(), model: 'test/tiny' };
    const commit = hub.commit('test/tiny');
    const files = await resolveFiles(options);
    expect(files.modelPath).toBe(join(repoFolder('test/tiny'), 'snapshots', commit, 'onnx/model.onnx'));
    expect(hub.requests[0]).toBe('HEAD /test/tiny/resolve/main/config.json');
    expect(hub.requests.slice(1).every((r) => r.includes(`/resolve/${commit}/`))).toBe(true);
    expect(readFileSync(join(repoFolder('test/tiny'), 'refs', 'main'), 'utf8')).toBe(commit);

    hub.reset();
    expect(await resolveFiles(options)).toEqual(files);
    expect(hub.requests).toEqual(['HEAD /test/tiny/resolve/main/config.json']);

    hub.reset();
    expect(await resolveFiles({ ...options, allowRemoteModels: false })).toEqual(files);
    expect(hub.requests).toEqual([]);
  });

  it('follows a branch that moved: a new snapshot, unchanged blobs not fetched again', async () => {
    const options = { ...fresh(), model: 'test/tiny' };
    const before = await resolveFiles(options);
    const moved = 'c0ffee'.padEnd(40, '0');
    hub.setCommit('test/tiny', moved);
    hub.reset();
    try {
      const after = await resolveFiles(options);
      expect(after.modelPath).toBe(join(repoFolder('test/tiny'), 'snapshots', moved, 'onnx/model.onnx'));
      expect(readFileSync(join(repoFolder('test/tiny'), 'refs', 'main'), 'utf8')).toBe(moved);
      // The LFS graph is the same blob: its redirect names the hash, so the CDN is never asked.
      expect(hub.cdnRequests).toEqual([]);
      expect(readFileSync(after.modelPath).equals(readFileSync(before.modelPath))).toBe(true);
      expectHealthyCache(repoFolder('test/tiny'));
    } finally {
      hub.setCommit('test/tiny', before.modelPath.split('/snapshots/')[1]!.slice(0, 40));
    }
  });

  it('uses a snapshot another tool laid out in the shared cache, with zero requests', async () => {
    const { cacheDir: dir, assetsDir } = fresh();
    const commit = 'ab'.repeat(20);
    laySnapshot(dir, 'test/elsewhere', commit, TINY, [...SIDE, 'onnx/model.onnx'], 'main');
    // Pinned to the commit (online) and by branch offline: no request either way.
    const pinned = await classifyOnce({
      model: 'test/elsewhere',
      revision: commit,
      cacheDir: dir,
      assetsDir,
      hubURL: hub.url,
    });
    expect(pinned.label).toBe('giving');
    const offline = await resolveFiles({
      model: 'test/elsewhere',
      cacheDir: dir,
      hubURL: hub.url,
      allowRemoteModels: false,
    });
    expect(offline.modelPath).toContain(`snapshots/${commit}/onnx/model.onnx`);
    expect(hub.requests).toEqual([]);
  });

  it('takes the cache root from HF_HUB_CACHE, HF_HOME or ~/.cache/huggingface/hub, and cacheDir or PIIGUARD_CACHE_DIR over them', () => {
    const dirs = (env: NodeJS.ProcessEnv, options = {}) => {
      const { cacheDir, assetsDir } = resolveOptions(options, env);
      return { cacheDir, assetsDir };
    };
    expect(dirs({ HOME: '/home/u', HF_HOME: '/hf' })).toEqual({
      cacheDir: '/hf/hub',
      assetsDir: '/hf/assets',
    });
    expect(dirs({ HF_HOME: '/hf', HF_HUB_CACHE: '/hub', HF_ASSETS_CACHE: '/assets' })).toEqual({
      cacheDir: '/hub',
      assetsDir: '/assets',
    });
    expect(dirs({ XDG_CACHE_HOME: '/xdg' })).toEqual({
      cacheDir: '/xdg/huggingface/hub',
      assetsDir: '/xdg/huggingface/assets',
    });
    expect(dirs({ HF_HUB_CACHE: '/hub', PIIGUARD_CACHE_DIR: '/mine' }).cacheDir).toBe('/mine');
    expect(dirs({ PIIGUARD_CACHE_DIR: '/mine' }, { cacheDir: '/option', assetsDir: '/a' })).toEqual({
      cacheDir: '/option',
      assetsDir: '/a',
    });
    expect(dirs({}).cacheDir).toMatch(/\/\.cache\/huggingface\/hub$/);
  });

  it('offline: never touches the network and names what is missing', async () => {
    const options = { ...fresh(), model: 'test/tiny', allowRemoteModels: false };
    await expect(resolveFiles(options)).rejects.toThrow(
      /Offline .*test\/tiny@main was never fetched .*no refs\/main/,
    );
    const commit = hub.commit('test/tiny');
    laySnapshot(cacheDir, 'test/tiny', commit, TINY, ['config.json']);
    const load = resolveFiles({ ...options, revision: commit });
    await expect(load).rejects.toBeInstanceOf(ModelLoadError);
    await expect(load).rejects.toThrow(
      /not complete in the cache .*missing tokenizer\.json, tokenizer_config\.json, onnx\/model\.onnx or model\.onnx or model\.safetensors/,
    );
    expect(hub.requests).toEqual([]);
  });

  it('offline via PIIGUARD_OFFLINE, with the cache and endpoint from PIIGUARD_CACHE_DIR and HF_ENDPOINT', async () => {
    const { cacheDir: dir, assetsDir } = fresh();
    const saved = { ...process.env };
    Object.assign(process.env, { PIIGUARD_CACHE_DIR: dir, HF_ENDPOINT: hub.url });
    try {
      await resolveFiles({ model: 'test/tiny', assetsDir });
      expect(hub.requests.length).toBeGreaterThan(0);
      hub.reset();
      process.env.PIIGUARD_OFFLINE = '1';
      expect((await classifyOnce({ model: 'test/tiny', assetsDir })).label).toBe('giving');
      await expect(resolveFiles({ model: 'test/other' })).rejects.toThrow(/Offline/);
      expect(hub.requests).toEqual([]);
    } finally {
      for (const key of ['PIIGUARD_CACHE_DIR', 'HF_ENDPOINT', 'PIIGUARD_OFFLINE']) {
        if (saved[key] === undefined) delete process.env[key];
        else process.env[key] = saved[key];
      }
    }
  });

  it('falls back to the cached commit, with a warning, when the Hub cannot be reached to re-check a branch', async () => {
    const options = { ...fresh(), model: 'test/tiny' };
    const files = await resolveFiles(options);
    const sink = warnings();
    // A port that was just free: nothing listens there, so connections are refused.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const nowhere = `http://127.0.0.1:${port}`;
    const unreachable = { ...options, hubURL: nowhere, onWarning: sink.onWarning };
    expect(await resolveFiles(unreachable)).toEqual(files);
    expect(sink.messages).toEqual([
      expect.stringMatching(/could not be reached to re-check test\/tiny@main/),
    ]);
    await expect(resolveFiles({ ...fresh(), model: 'test/tiny', hubURL: nowhere })).rejects.toThrow(
      /Cannot reach the Hub/,
    );
  });

  it('gated repos: without a token the error names HF_TOKEN, a wrong token is refused, the right one loads', async () => {
    const options = { ...fresh(), model: 'test/gated' };
    const without = resolveFiles(options);
    await expect(without).rejects.toBeInstanceOf(ModelLoadError);
    await expect(without).rejects.toThrow(/gated: accept .* set HF_TOKEN \(or the accessToken option\)/);
    await expect(resolveFiles({ ...options, accessToken: 'hf_wrong' })).rejects.toThrow(
      /gated and the access token cannot read it/,
    );
    const error = await resolveFiles({ ...options, accessToken: 'hf_wrong' }).catch((e: Error) => e);
    expect(String(error)).not.toContain('hf_wrong');
    hub.reset();
    await resolveFiles({ ...options, accessToken: 'hf_gated_ok' });
    expect(hub.authorizations.hub.every((a) => a === 'Bearer hf_gated_ok')).toBe(true);
    expect(hub.cdnRequests.length).toBeGreaterThan(0);
    expect(hub.authorizations.cdn.every((a) => a === undefined)).toBe(true);
  });

  it('names a model, a revision or a file the Hub does not have', async () => {
    await expect(resolveFiles({ ...fresh(), model: 'test/missing' })).rejects.toThrow(
      /refused test\/missing\/config\.json \(401\): the model does not exist, or it is private or gated .*HF_TOKEN/,
    );
    await expect(resolveFiles({ ...fresh(), model: 'test/tiny', revision: 'v9' })).rejects.toThrow(
      /test\/tiny has no revision v9/,
    );
    await expect(resolveFiles({ ...fresh(), model: 'test/tiny', dtype: 'fp16' })).rejects.toThrow(
      /test\/tiny@main has no onnx\/model_fp16\.onnx or model_fp16\.onnx .*use dtype 'fp32'/,
    );
  });

  it('downloads external data next to the graph', async () => {
    const files = await resolveFiles({ ...fresh(), model: 'test/external' });
    expect(listFiles(dirname(files.modelPath))).toEqual(['model.onnx', 'model.onnx_data']);
    expect(
      (await classifyOnce({ hubURL: hub.url, cacheDir, model: 'test/external', allowRemoteModels: false }))
        .label,
    ).toBe('giving');
  });

  it('finds a graph stored at the repository root, and remembers what the repo lacks', async () => {
    const options = { ...fresh(), model: 'test/root' };
    const commit = hub.commit('test/root');
    expect((await resolveFiles(options)).modelPath).toMatch(/snapshots\/[0-9a-f]{40}\/model\.onnx$/);
    expect(hub.requests.slice(-4)).toEqual(
      ['onnx/model.onnx_data', 'onnx/model.onnx', 'model.onnx_data', 'model.onnx'].map(
        (file) => `GET /test/root/resolve/${commit}/${file}`,
      ),
    );
    expect(listFiles(join(repoFolder('test/root'), '.no_exist'))).toEqual(
      ['model.onnx_data', 'onnx/model.onnx', 'onnx/model.onnx_data']
        .map((file) => `${commit}/${file}`)
        .sort(),
    );
  });

  it('refuses an impossible model id or revision as an option error, before any network access', async () => {
    for (const model of ['not a model id', 'a/b/c', 'owner/na..me', 'owner--x/name']) {
      const load = loadTeacher({ ...fresh(), model });
      await expect(load).rejects.toBeInstanceOf(ConfigurationError);
      await expect(load).rejects.toMatchObject({ option: 'model' });
    }
    for (const revision of ['../../etc', 'a//b', 'refs/..', '.']) {
      const load = loadTeacher({ ...fresh(), model: 'test/tiny', revision });
      await expect(load).rejects.toBeInstanceOf(ConfigurationError);
      await expect(load).rejects.toMatchObject({ option: 'revision' });
    }
    expect(hub.requests).toEqual([]);
  });

  it('shares one download between concurrent loads with the same options', async () => {
    const options = { ...fresh(), model: 'test/tiny' };
    const [a, b] = await Promise.all([resolveFiles(options), resolveFiles(options)]);
    expect(a).toBe(b);
    expect(hub.requests.filter((path) => path.endsWith('/onnx/model.onnx'))).toHaveLength(1);
  });
});
