import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { ModelLoadError } from '@piiguard/sdk';
import { rememberSha256 } from './hash.js';
import type { RepoCache } from './layout.js';
import { type HubRepo, requestFile, STALL_MS } from './request.js';
import { removeStaleTemps, tempPath } from './temp.js';
import { contentProblem, hashMismatch, isContentHash } from './verify.js';

/**
 * Most bytes accepted for a file whose size the Hub did not state. The Hub always states LFS sizes,
 * and keeps files above 10 MB in LFS, so only small files arrive unsized.
 */
const UNSIZED_LIMIT_BYTES = 64 * 2 ** 20;

/** Whether an ETag can name a blob file (no path separators, not `.` or `..`). */
const safeEtag = (etag: string) => /^[\w.-]{1,200}$/.test(etag) && !/^\.+$/.test(etag);

/**
 * Fetches `file` at `commit` into the cache: its bytes go to a temporary file in `blobs/`, which
 * becomes `blobs/<etag>` only once every check passed (size as the Hub states it, the sha256 or git
 * id the ETag gives, JSON that parses, a safetensors header that fits, not an HTML page), and only
 * then is `snapshots/<commit>/<file>` linked to it. A file that fails a check is deleted, never
 * kept. A file the repo does not have gets a `.no_exist` marker and resolves `undefined`.
 */
export async function downloadFile(
  repo: HubRepo,
  cache: RepoCache,
  commit: string,
  file: string,
): Promise<string | undefined> {
  const what = `${repo.model}/${file}`;
  const stall = new AbortController();
  let timer = setTimeout(() => stall.abort(), STALL_MS);
  const touch = () => {
    clearTimeout(timer);
    timer = setTimeout(() => stall.abort(), STALL_MS);
  };
  try {
    const answer = await requestFile(repo, commit, file, 'GET', {
      signal: stall.signal,
      // Another revision (or an earlier run) may have the blob already: then the CDN is not asked.
      wanted: async (info) =>
        !(safeEtag(info.etag) && (await verifiedBlob(cache.blob(info.etag), file, info.etag, info.size))),
    });
    if (!answer.found) {
      await cache.markMissing(commit, file);
      return undefined;
    }
    const { info, response } = answer;
    if (response === undefined) return cache.link(commit, file, info.etag);
    const reject = async (why: string): Promise<never> => {
      await response.body?.cancel().catch(() => undefined);
      throw new ModelLoadError(`The Hub's answer for ${what} was refused: ${why}. Nothing was kept.`);
    };
    if (!safeEtag(info.etag)) await reject('its ETag is not a file name');
    if (/^\s*(text\/html|application\/xhtml)/i.test(response.headers.get('content-type') ?? '')) {
      await reject('it is an HTML page (a login page, proxy or captive portal?), not the file');
    }
    if (info.size === undefined && !isContentHash(info.etag)) {
      await reject('it states neither a size nor a content hash, so it cannot be verified');
    }
    const blob = cache.blob(info.etag);
    if (await verifiedBlob(blob, file, info.etag, info.size)) {
      await response.body?.cancel().catch(() => undefined);
      return cache.link(commit, file, info.etag);
    }
    await mkdir(cache.blobs, { recursive: true });
    await removeStaleTemps(cache.blobs);
    const temp = tempPath(blob);
    try {
      const hash = createHash('sha256');
      let received = 0;
      const meter = new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          touch();
          received += chunk.length;
          // An endless body must not fill the disk: stop at the announced size, or at a cap without one.
          const limit = info.size ?? UNSIZED_LIMIT_BYTES;
          if (received > limit) {
            callback(
              new ModelLoadError(
                `The download of ${what} failed verification: more than the ${limit} bytes ${info.size === undefined ? 'accepted for a file of unstated size' : 'the Hub announced'} arrived. Nothing was kept; try again.`,
              ),
            );
            return;
          }
          hash.update(chunk);
          callback(null, chunk);
        },
      });
      await pipeline(
        Readable.fromWeb(response.body as WebReadableStream<Uint8Array>),
        meter,
        createWriteStream(temp),
      );
      const sha256 = hash.digest('hex');
      const problem =
        (info.size !== undefined && received !== info.size
          ? `${received} bytes arrived of the ${info.size} the Hub announced`
          : undefined) ??
        (await hashMismatch(temp, info.etag, sha256)) ??
        (await contentProblem(file, temp));
      if (problem)
        throw new ModelLoadError(
          `The download of ${what} failed verification: ${problem}. Nothing was kept; try again.`,
        );
      await rename(temp, blob);
      await rememberSha256(blob, sha256);
    } catch (error) {
      await rm(temp, { force: true });
      if (error instanceof ModelLoadError) throw error;
      throw new ModelLoadError(
        `The download of ${what} was interrupted${stall.signal.aborted ? ` (no data for ${STALL_MS / 1000} s)` : ''}; nothing was kept. Try again.`,
        { cause: error },
      );
    }
    return cache.link(commit, file, info.etag);
  } finally {
    clearTimeout(timer);
  }
}

/** Whether `blob` exists and passes the same checks a fresh download would. */
async function verifiedBlob(
  blob: string,
  file: string,
  etag: string,
  size: number | undefined,
): Promise<boolean> {
  const actual = await stat(blob).then(
    (s) => s.size,
    () => -1,
  );
  if (actual < 0 || (size !== undefined && actual !== size)) return false;
  return (await hashMismatch(blob, etag)) === undefined && (await contentProblem(file, blob)) === undefined;
}

/** Whether the repo has `file` at `commit`, asked with HEAD (so a multi-gigabyte file is not fetched). */
export async function fileExists(repo: HubRepo, commit: string, file: string): Promise<boolean> {
  const answer = await requestFile(repo, commit, file, 'HEAD', { wanted: async () => false });
  return answer.found;
}
