import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { ModelLoadError } from '@piiguard/sdk';

/** Where and how to reach a Hub repository. */
export interface HubRepo {
  /** e.g. `https://huggingface.co` or a mirror, without a trailing slash. */
  readonly hubURL: string;
  readonly model: string;
  readonly revision: string;
  readonly accessToken: string | undefined;
}

/** `<hubURL>/<model>/resolve/<revision>/<file>`, the layout the Hub and its mirrors serve. */
export function resolveURL(repo: HubRepo, file: string): string {
  const path = file.split('/').map(encodeURIComponent).join('/');
  return `${repo.hubURL}/${repo.model}/resolve/${encodeURIComponent(repo.revision)}/${path}`;
}

/**
 * Downloads one file to `dest`, atomically: bytes go to a unique temporary file that is renamed
 * into place only once the body is complete, so a killed or dropped download never leaves a file
 * that a later load would take for the model. Resolves `false` when the Hub has no such file.
 */
export async function downloadFile(repo: HubRepo, file: string, dest: string): Promise<boolean> {
  const url = resolveURL(repo, file);
  const headers: Record<string, string> = {};
  if (repo.accessToken) headers.authorization = `Bearer ${repo.accessToken}`;
  let response: Response;
  try {
    response = await fetch(url, { headers, redirect: 'follow' });
  } catch (error) {
    throw new ModelLoadError(`Cannot reach the Hub at ${repo.hubURL} for ${repo.model}/${file}.`, {
      cause: error,
    });
  }
  if (response.status === 404) {
    await response.body?.cancel();
    return false;
  }
  if (!response.ok || response.body === null) {
    await response.body?.cancel();
    const hint =
      response.status === 401 || response.status === 403
        ? ' The model may be private, gated or misspelled: check the id and set accessToken or HF_TOKEN.'
        : '';
    throw new ModelLoadError(`The Hub answered ${response.status} for ${repo.model}/${file}.${hint}`);
  }
  const expected = response.headers.get('content-encoding') ? null : response.headers.get('content-length');
  const temp = `${dest}.${randomUUID()}.part`;
  let received = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      received += chunk.length;
      callback(null, chunk);
    },
  });
  try {
    await mkdir(dirname(dest), { recursive: true });
    await pipeline(
      Readable.fromWeb(response.body as WebReadableStream<Uint8Array>),
      counter,
      createWriteStream(temp),
    );
    if (expected !== null && received !== Number(expected)) {
      throw new Error(`received ${received} of ${expected} bytes`);
    }
    await rename(temp, dest);
  } catch (error) {
    await rm(temp, { force: true });
    throw new ModelLoadError(
      `The download of ${repo.model}/${file} was interrupted (${(error as Error).message}); nothing was kept. Try again.`,
      { cause: error },
    );
  }
  return true;
}
