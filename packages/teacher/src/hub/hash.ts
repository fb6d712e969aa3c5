import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';

/** Hashes already computed in this process, by path, valid while size and mtime are unchanged. */
const known = new Map<string, { size: number; mtimeMs: number; ino: number; sha256: string }>();

/**
 * The sha256 of a file, hex. Remembered for the life of the process (keyed by path, inode, size and
 * mtime), so a 2 GB weights file is hashed once per process, not on every load.
 */
export async function sha256File(link: string): Promise<string> {
  // By real path: a snapshot entry and the blob it links to are one file.
  const path = await realpath(link);
  const info = await stat(path);
  const memo = known.get(path);
  if (memo && memo.size === info.size && memo.mtimeMs === info.mtimeMs && memo.ino === info.ino)
    return memo.sha256;
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 22 })) hash.update(chunk as Buffer);
  const sha256 = hash.digest('hex');
  // Re-read the stat: a file that changed while it was hashed is not remembered.
  const after = await stat(path);
  if (after.size === info.size && after.mtimeMs === info.mtimeMs) {
    known.set(path, { size: info.size, mtimeMs: info.mtimeMs, ino: info.ino, sha256 });
  }
  return sha256;
}

/** Records a hash computed while the file was written (a download hashes its bytes as they arrive). */
export async function rememberSha256(link: string, sha256: string): Promise<void> {
  const path = await realpath(link);
  const info = await stat(path);
  known.set(path, { size: info.size, mtimeMs: info.mtimeMs, ino: info.ino, sha256 });
}

/** Git's object id of a file's content (`sha1("blob <size>\0" + content)`), the Hub's ETag for non-LFS files. */
export function gitBlobSha1(content: Uint8Array): string {
  return createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex');
}
