import { readFile } from 'node:fs/promises';
import { readSafetensorsHeader } from '../weights/safetensors.js';
import { gitBlobSha1, sha256File } from './hash.js';

const SHA256 = /^[0-9a-f]{64}$/;
const SHA1 = /^[0-9a-f]{40}$/;

/** Whether an ETag is a hash the file's bytes can be checked against (LFS sha256 or git blob id). */
export function isContentHash(etag: string): boolean {
  return SHA256.test(etag) || SHA1.test(etag);
}

/**
 * Checks a file's bytes against the Hub's ETag: an LFS file's sha256, or a regular file's git blob
 * id. Returns why it does not match, or `undefined` when it does (or the ETag is no hash).
 */
export async function hashMismatch(path: string, etag: string, sha256?: string): Promise<string | undefined> {
  if (SHA256.test(etag)) {
    return (sha256 ?? (await sha256File(path))) === etag ? undefined : 'its sha256 differs from the Hub’s';
  }
  if (SHA1.test(etag)) {
    // Regular (non-LFS) files are small: configs and tokenizers.
    return gitBlobSha1(await readFile(path)) === etag
      ? undefined
      : 'its git object id differs from the Hub’s';
  }
  return undefined;
}

/**
 * What can be checked without a hash: JSON files parse, safetensors files have a valid header whose
 * tensors fill the file exactly. Returns the problem, or `undefined`.
 */
export async function contentProblem(file: string, path: string): Promise<string | undefined> {
  if (file.endsWith('.json')) {
    try {
      JSON.parse(await readFile(path, 'utf8'));
    } catch {
      return 'it is not valid JSON';
    }
  }
  if (file.endsWith('.safetensors')) {
    try {
      await readSafetensorsHeader(path);
    } catch (error) {
      return (error as Error).message;
    }
  }
  return undefined;
}
