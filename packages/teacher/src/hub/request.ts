import { ModelLoadError } from '@piiguard/sdk';

/** Where and how to reach a Hub repository. */
export interface HubRepo {
  /** e.g. `https://huggingface.co` or a mirror, without a trailing slash. */
  readonly hubURL: string;
  readonly model: string;
  readonly accessToken: string | undefined;
}

/** What the Hub says about a file, read from its own responses (never from a CDN's). */
export interface HubFileInfo {
  /** The commit the revision points to (`x-repo-commit`). */
  readonly commit: string;
  /** `x-linked-etag` (an LFS file's sha256) or `etag` (a git blob id), without quotes. */
  readonly etag: string;
  /** `x-linked-size`, else the final response's `content-length` when it is not content-encoded. */
  readonly size: number | undefined;
}

export type HubResponse =
  | { readonly found: false }
  /** `response` is `undefined` when `wanted` declined the body before its redirect was followed. */
  | { readonly found: true; readonly info: HubFileInfo; readonly response: Response | undefined };

/** `<hubURL>/<model>/resolve/<revision>/<file>`, the layout the Hub and its mirrors serve. */
function resolveURL(repo: HubRepo, revision: string, file: string): string {
  const path = file.split('/').map(encodeURIComponent).join('/');
  return `${repo.hubURL}/${repo.model}/resolve/${encodeURIComponent(revision)}/${path}`;
}

/** The Hub (or its download server) could not be reached at all: no HTTP answer arrived. */
export class HubUnreachableError extends ModelLoadError {}

const MAX_REDIRECTS = 10;
/** No byte for this long and a download is given up (a stalled connection would otherwise hang the load). */
export const STALL_MS = 60_000;

const sizeOf = (text: string | null) => (text !== null && /^\d+$/.test(text) ? Number(text) : undefined);
const unquote = (etag: string) => etag.replace(/^W\//, '').replace(/^"(.*)"$/, '$1');

/**
 * One `resolve` request, redirects followed by hand: the access token goes to the Hub's own origin
 * only, never to the CDN (or anywhere else) a redirect points at. A 404 for a file the repo does not
 * have is `{ found: false }`; every other failure is a `ModelLoadError` that says what to do and
 * never quotes the server's own text.
 */
export async function requestFile(
  repo: HubRepo,
  revision: string,
  file: string,
  method: 'GET' | 'HEAD',
  options: {
    readonly signal?: AbortSignal;
    /** Asked once the Hub has named the file's hash, before a redirect to its CDN is followed. */
    readonly wanted?: (info: HubFileInfo) => Promise<boolean>;
  } = {},
): Promise<HubResponse> {
  const { signal, wanted } = options;
  const hubOrigin = new URL(repo.hubURL).origin;
  const what = `${repo.model}/${file}`;
  let url = new URL(resolveURL(repo, revision, file));
  let commit: string | null = null;
  let etag: string | null = null;
  let linkedSize: string | null = null;
  for (let hop = 0; ; hop++) {
    const fromHub = url.origin === hubOrigin;
    const headers: Record<string, string> = { 'accept-encoding': 'identity' };
    if (fromHub && repo.accessToken) headers.authorization = `Bearer ${repo.accessToken}`;
    let response: Response;
    try {
      response = await fetch(url, { method, headers, redirect: 'manual', ...(signal ? { signal } : {}) });
    } catch (error) {
      throw new HubUnreachableError(
        `Cannot reach ${fromHub ? 'the Hub' : 'the download server'} for ${what}.`,
        {
          cause: error,
        },
      );
    }
    if (fromHub) {
      commit = response.headers.get('x-repo-commit') ?? commit;
      etag = response.headers.get('x-linked-etag') ?? response.headers.get('etag') ?? etag;
      linkedSize = response.headers.get('x-linked-size') ?? linkedSize;
    }
    if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
      await response.body?.cancel();
      if (hop >= MAX_REDIRECTS) throw new ModelLoadError(`Too many redirects fetching ${what}.`);
      url = new URL(response.headers.get('location')!, url);
      if (wanted && commit && etag && url.origin !== hubOrigin) {
        const info = { commit, etag: unquote(etag), size: sizeOf(linkedSize) };
        if (!(await wanted(info))) return { found: true, info, response: undefined };
      }
      continue;
    }
    if (response.ok) {
      if (method === 'GET' && response.body === null) {
        throw new ModelLoadError(`The Hub sent no body for ${what}.`);
      }
      // The commit names a cache folder: anything but 40 hex digits is not the Hub's (nor safe as a path).
      if (commit === null || !/^[0-9a-f]{40}$/.test(commit) || etag === null) {
        await response.body?.cancel();
        const lacking = etag === null ? 'no ETag header' : 'no x-repo-commit header naming a commit';
        throw new ModelLoadError(
          `The answer for ${what} is not from a Hugging Face Hub (${lacking}): ` +
            'check hubURL / HF_ENDPOINT, and any proxy or captive portal between here and the Hub. Nothing was kept.',
        );
      }
      // A content-encoded body's content-length counts the encoded bytes, not the file's.
      const length = response.headers.has('content-encoding') ? null : response.headers.get('content-length');
      return {
        found: true,
        info: { commit, etag: unquote(etag), size: sizeOf(linkedSize ?? length) },
        response,
      };
    }
    await response.body?.cancel();
    const code = fromHub ? response.headers.get('x-error-code') : null;
    // The Hub says EntryNotFound; a plain mirror's 404 carries no code. Both mean: no such file here.
    if (response.status === 404 && fromHub && (code === 'EntryNotFound' || code === null))
      return { found: false };
    throw hubError(repo, revision, what, response.status, code);
  }
}

function hubError(repo: HubRepo, revision: string, what: string, status: number, code: string | null): Error {
  const token = repo.accessToken !== undefined;
  if (code === 'RevisionNotFound') {
    return new ModelLoadError(`${repo.model} has no revision ${revision} on ${repo.hubURL}.`);
  }
  if (code === 'GatedRepo') {
    return new ModelLoadError(
      token
        ? `${repo.model} is gated and the access token cannot read it yet: accept the model's conditions on its Hub page with the account the token (accessToken / HF_TOKEN) belongs to.`
        : `${repo.model} is gated: accept the model's conditions on its Hub page, then set HF_TOKEN (or the accessToken option) to a read token of that account.`,
    );
  }
  if (status === 401 || status === 403 || code === 'RepoNotFound') {
    return new ModelLoadError(
      token
        ? `The Hub refused ${what} (${status}): the model does not exist, or the access token (accessToken / HF_TOKEN) cannot read it.`
        : `The Hub refused ${what} (${status}): the model does not exist, or it is private or gated and needs an access token: set HF_TOKEN (or the accessToken option).`,
    );
  }
  return new ModelLoadError(
    `The Hub or its download server answered ${status} for ${what}; nothing was kept. Try again later.`,
  );
}
