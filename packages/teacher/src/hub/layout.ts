import { copyFile, lstat, mkdir, readFile, readlink, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { tempPath } from './temp.js';

/**
 * The Hugging Face hub cache, as huggingface_hub, transformers and the `hf` CLI lay it out:
 *
 *   <cacheDir>/models--<org>--<name>/
 *     blobs/<etag>                      file contents, named by the Hub's ETag (sha256 for LFS files)
 *     snapshots/<commit>/<file>         relative symlinks into blobs/
 *     refs/<revision>                   the commit a branch or tag pointed to when last fetched
 *     .no_exist/<commit>/<file>         empty markers: the repo has no such file at that commit
 */

/** `HF_HUB_CACHE`, else `$HF_HOME/hub`, else `$XDG_CACHE_HOME/huggingface/hub`, else `~/.cache/huggingface/hub`. */
export function defaultHubCache(env: NodeJS.ProcessEnv): string {
  if (env.HF_HUB_CACHE) return env.HF_HUB_CACHE;
  return join(huggingFaceHome(env), 'hub');
}

/** `HF_ASSETS_CACHE`, else `$HF_HOME/assets`, …: where huggingface_hub tells libraries to keep derived files. */
export function defaultAssetsCache(env: NodeJS.ProcessEnv): string {
  if (env.HF_ASSETS_CACHE) return env.HF_ASSETS_CACHE;
  return join(huggingFaceHome(env), 'assets');
}

function huggingFaceHome(env: NodeJS.ProcessEnv): string {
  return env.HF_HOME || join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'huggingface');
}

export const COMMIT = /^[0-9a-f]{40}$/;

/** One model repository's folder in the cache. */
export class RepoCache {
  readonly root: string;

  constructor(cacheDir: string, model: string) {
    this.root = join(cacheDir, `models--${model.split('/').join('--')}`);
  }

  get blobs(): string {
    return join(this.root, 'blobs');
  }

  blob(etag: string): string {
    return join(this.blobs, etag);
  }

  snapshot(commit: string): string {
    return join(this.root, 'snapshots', commit);
  }

  /** The commit `refs/<revision>` names, or `undefined` when the revision was never fetched. */
  async readRef(revision: string): Promise<string | undefined> {
    const text = await readFile(join(this.root, 'refs', revision), 'utf8').catch(() => undefined);
    const commit = text?.trim();
    return commit && COMMIT.test(commit) ? commit : undefined;
  }

  async writeRef(revision: string, commit: string): Promise<void> {
    await replace(join(this.root, 'refs', revision), (temp) => writeFile(temp, commit));
  }

  /** Whether a `.no_exist` marker says the repo has no `file` at `commit`. */
  async knownMissing(commit: string, file: string): Promise<boolean> {
    return lstat(join(this.root, '.no_exist', commit, file)).then(
      () => true,
      () => false,
    );
  }

  async markMissing(commit: string, file: string): Promise<void> {
    const marker = join(this.root, '.no_exist', commit, file);
    await mkdir(dirname(marker), { recursive: true });
    await writeFile(marker, '');
  }

  /** Points `snapshots/<commit>/<file>` at `blobs/<etag>` (a relative symlink; a copy where links fail). */
  async link(commit: string, file: string, etag: string): Promise<string> {
    const pointer = join(this.snapshot(commit), file);
    const target = relative(dirname(pointer), this.blob(etag));
    await replace(pointer, async (temp) => {
      try {
        await symlink(target, temp);
      } catch {
        await copyFile(this.blob(etag), temp);
      }
    });
    return pointer;
  }

  /** The blob a snapshot entry links to, or `undefined` for a copied (non-link) entry. */
  async blobOf(pointer: string): Promise<string | undefined> {
    const info = await lstat(pointer);
    if (!info.isSymbolicLink()) return undefined;
    return resolve(dirname(pointer), await readlink(pointer));
  }

  /** Removes a snapshot entry and, when it is a link, the blob behind it. */
  async forget(pointer: string): Promise<void> {
    const blob = await this.blobOf(pointer).catch(() => undefined);
    await rm(pointer, { force: true });
    if (blob !== undefined && dirname(blob) === this.blobs) await rm(blob, { force: true });
  }
}

/** Writes `path` through a temporary sibling renamed over it, so readers see the old or the new entry. */
async function replace(path: string, make: (temp: string) => Promise<void>): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = tempPath(path);
  try {
    await make(temp);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
