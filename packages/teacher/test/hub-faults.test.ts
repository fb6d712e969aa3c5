import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ModelLoadError } from '@piiguard/sdk';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TINY, tempDir } from './helpers.js';
import { expectHealthyCache, listFiles, resolveFiles } from './hub-helpers.js';
import { type Fault, type HubServer, sha256Hex, startHub } from './hub-server.js';

const CHILD = fileURLToPath(new URL('./download-child.mjs', import.meta.url));

describe('a hostile or broken Hub never leaves a broken file in the cache', () => {
  const temp = tempDir();
  let hub: HubServer;
  let caseNo = 0;
  beforeAll(async () => {
    hub = await startHub({ 'test/tiny': TINY });
  });
  afterEach(() => hub.reset());
  afterAll(async () => {
    await hub.close();
    temp.remove();
  });
  const fresh = () => {
    const cacheDir = join(temp.dir, `cache${caseNo++}`);
    return {
      options: { hubURL: hub.url, cacheDir, model: 'test/tiny' },
      root: join(cacheDir, 'models--test--tiny'),
    };
  };
  const commit = () => hub.commit('test/tiny');

  it.each<[Fault, string, RegExp]>([
    [
      'truncated-chunked',
      'onnx/model.onnx',
      /onnx\/model\.onnx failed verification: \d+ bytes arrived of the \d+ the Hub announced/,
    ],
    ['truncated-chunked', 'tokenizer.json', /tokenizer\.json failed verification: its git object id differs/],
    ['gzip-short', 'onnx/model.onnx', /onnx\/model\.onnx (failed verification|was interrupted)/],
    ['gzip-short', 'config.json', /config\.json (failed verification|was interrupted)/],
    ['html', 'config.json', /config\.json was refused: it is an HTML page/],
    ['html', 'onnx/model.onnx', /onnx\/model\.onnx was refused: it is an HTML page/],
    ['wrong-hash', 'onnx/model.onnx', /onnx\/model\.onnx failed verification: its sha256 differs/],
    [
      'wrong-hash',
      'tokenizer_config.json',
      /tokenizer_config\.json failed verification: its git object id differs/,
    ],
    ['drop', 'onnx/model.onnx', /onnx\/model\.onnx was interrupted/],
    [
      'too-long',
      'onnx/model.onnx',
      /onnx\/model\.onnx failed verification: more than the \d+ bytes the Hub announced arrived/,
    ],
    ['too-long', 'tokenizer.json', /tokenizer\.json failed verification: its git object id differs/],
  ])(
    '%s on %s: the load fails, nothing is kept, the next online load heals',
    async (fault, file, message) => {
      const { options, root } = fresh();
      hub.faults.set(file, fault);
      const load = resolveFiles(options);
      await expect(load).rejects.toBeInstanceOf(ModelLoadError);
      await expect(load).rejects.toThrow(message);
      expect(existsSync(join(root, 'snapshots', commit(), file))).toBe(false);
      expectHealthyCache(root);
      // Offline, the cache is reported incomplete rather than trusted.
      await expect(
        resolveFiles({ ...options, revision: commit(), allowRemoteModels: false }),
      ).rejects.toThrow(/missing/);

      hub.reset();
      const files = await resolveFiles(options);
      expect(
        readFileSync(join(root, 'snapshots', commit(), file)).equals(readFileSync(join(TINY, file))),
      ).toBe(true);
      expect(files.modelPath).toBe(join(root, 'snapshots', commit(), 'onnx/model.onnx'));
      expectHealthyCache(root);
    },
  );

  it('refuses an x-repo-commit that is not a commit, before using it as a cache folder', async () => {
    const { options } = fresh();
    const real = commit();
    hub.setCommit('test/tiny', '../../../escaped');
    try {
      await expect(resolveFiles(options)).rejects.toThrow(
        /not from a Hugging Face Hub \(no x-repo-commit header naming a commit\)/,
      );
    } finally {
      hub.setCommit('test/tiny', real);
    }
    expect(listFiles(options.cacheDir)).toEqual([]);
  });

  it('a download killed with SIGKILL mid-body leaves a temporary file that the next load removes', async () => {
    const { options, root } = fresh();
    hub.faults.set('onnx/model.onnx', 'hang');
    const hung = hub.hung();
    const child = spawn(process.execPath, [CHILD, JSON.stringify(options)], { stdio: 'ignore' });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    await hung;
    // Wait until the child has written part of the body to its temporary file.
    const blobs = join(root, 'blobs');
    const partial = () =>
      existsSync(blobs) ? readdirSync(blobs).filter((name) => name.endsWith('.piiguard-tmp')) : [];
    for (let i = 0; i < 200 && !partial().some((name) => statSync(join(blobs, name)).size > 0); i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(partial()).toHaveLength(1);
    child.kill('SIGKILL');
    await exited;

    hub.reset();
    await resolveFiles(options);
    expect(partial()).toEqual([]);
    expectHealthyCache(root);
  });

  it('a cached file that no longer matches its hash is reported offline and fetched again online', async () => {
    const { options, root } = fresh();
    const pinned = { ...options, revision: commit() };
    await resolveFiles(pinned);
    const graph = readFileSync(join(TINY, 'onnx/model.onnx'));
    const blob = join(root, 'blobs', sha256Hex(graph));
    const damaged = Buffer.from(graph);
    damaged[100]! ^= 0xff;
    writeFileSync(blob, damaged);

    const offline = resolveFiles({ ...pinned, allowRemoteModels: false });
    await expect(offline).rejects.toBeInstanceOf(ModelLoadError);
    await expect(offline).rejects.toThrow(
      /cached onnx\/model\.onnx of test\/tiny .* failed verification: its sha256 differs.*Load once online/,
    );
    hub.reset();
    await resolveFiles(pinned);
    expect(hub.cdnRequests).toHaveLength(1);
    expect(readFileSync(blob).equals(graph)).toBe(true);
    expectHealthyCache(root);
  });

  it('a cached config.json that is not JSON any more is fetched again', async () => {
    const { options, root } = fresh();
    const files = await resolveFiles(options);
    writeFileSync(files.configPath, '<html>');
    hub.reset();
    await resolveFiles(options);
    expect(hub.requests).toContain(`GET /test/tiny/resolve/${commit()}/config.json`);
    expect(JSON.parse(readFileSync(files.configPath, 'utf8')).model_type).toBe('xlm-roberta');
    expectHealthyCache(root);
  });

  it("removes another process's dead temporary files, never a live one or another tool's", async () => {
    const { options, root } = fresh();
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    const blobs = join(root, 'blobs');
    mkdirSync(blobs, { recursive: true });
    const stale = `0123.${dead}.abcdef01.piiguard-tmp`;
    const live = `0123.${process.ppid}.abcdef02.piiguard-tmp`;
    const python = 'a'.repeat(64) + '.incomplete';
    for (const name of [stale, live, python]) writeFileSync(join(blobs, name), 'partial');
    await resolveFiles(options);
    const left = listFiles(blobs);
    expect(left).not.toContain(stale);
    expect(left).toContain(live);
    expect(left).toContain(python);
  });
});
