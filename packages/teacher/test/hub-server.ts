import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * A loopback stand-in for the Hugging Face Hub that speaks its download protocol:
 *
 * - `GET|HEAD /<repo>/resolve/<revision>/<file>`; `revision` is `main` or the repo's commit.
 * - Regular files: 200 with `etag` (the git blob id), `x-repo-commit`, `content-length`.
 * - LFS files (`*.onnx`, `*.onnx_data`, `*.safetensors`, `*.bin`): 302 with `x-repo-commit`,
 *   `x-linked-etag` (sha256), `x-linked-size` and a `location` on a CDN server on another port.
 * - Gated repos: 401 `GatedRepo` without a token, 403 with a wrong one. Unknown repos: 401
 *   `RepoNotFound`; unknown revisions: 404 `RevisionNotFound`; missing files: 404 `EntryNotFound`.
 *
 * Faults, per file path, where its body is served: see `Fault`.
 */
export type Fault =
  /** No content-length (chunked); half the body, then a clean end. */
  | 'truncated-chunked'
  /** `content-encoding: gzip` whose stream stops halfway, then a clean end. */
  | 'gzip-short'
  /** A captive portal's 200 `text/html` page instead of the file. */
  | 'html'
  /** The right length, one byte changed. */
  | 'wrong-hash'
  /** Half the body, then the socket is destroyed. */
  | 'drop'
  /** No content-length (chunked); the body twice over. */
  | 'too-long'
  /** Half the body, then nothing more until the server closes (for killing the downloader). */
  | 'hang';

export interface RepoSpec {
  readonly folder: string;
  /** The token a gated repo requires; absent for open repos. */
  readonly gatedToken?: string;
}

export interface HubServer {
  readonly url: string;
  readonly cdnURL: string;
  /** Every Hub request as `METHOD path`, in order. */
  readonly requests: string[];
  /** Every CDN request path, in order. */
  readonly cdnRequests: string[];
  /** Authorization headers the Hub and the CDN received. */
  readonly authorizations: { readonly hub: (string | undefined)[]; readonly cdn: (string | undefined)[] };
  /** Faults by repo file path; they stay until removed. */
  readonly faults: Map<string, Fault>;
  /** Resolves the next time a `hang` fault has sent its first half. */
  hung(): Promise<void>;
  /** The commit `main` of `repo` points to; `setCommit` moves it (and the files follow the folder). */
  commit(repo: string): string;
  setCommit(repo: string, commit: string): void;
  reset(): void;
  close(): Promise<void>;
}

const LFS = /\.(onnx|onnx_data|safetensors|bin)$/;
const PORTAL = '<!doctype html><html><body><h1>Sign in to the guest Wi-Fi</h1></body></html>';

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
export const gitBlobId = (bytes: Uint8Array) =>
  createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');

export async function startHub(repos: Record<string, RepoSpec | string>): Promise<HubServer> {
  const specs = new Map(
    Object.entries(repos).map(([name, spec]) => [name, typeof spec === 'string' ? { folder: spec } : spec]),
  );
  const commits = new Map(
    [...specs.keys()].map((name) => [name, createHash('sha1').update(name).digest('hex')]),
  );
  const requests: string[] = [];
  const cdnRequests: string[] = [];
  const authorizations = { hub: [] as (string | undefined)[], cdn: [] as (string | undefined)[] };
  const faults = new Map<string, Fault>();
  let hangWaiters: Array<() => void> = [];
  const lfsFiles = new Map<string, { path: string; file: string }>();

  const serveBody = (
    req: IncomingMessage,
    res: ServerResponse,
    body: Buffer,
    file: string,
    headers: Record<string, string | number>,
  ) => {
    const fault = faults.get(file);
    const head = req.method === 'HEAD';
    if (fault === 'html') {
      res.writeHead(200, {
        ...headers,
        'content-type': 'text/html; charset=utf-8',
        'content-length': PORTAL.length,
      });
      res.end(head ? undefined : PORTAL);
      return;
    }
    if (head || fault === undefined) {
      res.writeHead(200, { ...headers, 'content-length': body.length });
      res.end(head ? undefined : body);
      return;
    }
    const half = body.subarray(0, Math.floor(body.length / 2));
    switch (fault) {
      case 'truncated-chunked':
        res.writeHead(200, headers);
        res.end(half);
        return;
      case 'gzip-short': {
        const gzip = gzipSync(body);
        const cut = gzip.subarray(0, Math.floor(gzip.length / 2));
        res.writeHead(200, { ...headers, 'content-encoding': 'gzip', 'content-length': cut.length });
        res.end(cut);
        return;
      }
      case 'wrong-hash': {
        const changed = Buffer.from(body);
        changed[changed.length - 1]! ^= 0x01;
        res.writeHead(200, { ...headers, 'content-length': body.length });
        res.end(changed);
        return;
      }
      case 'too-long':
        res.writeHead(200, headers);
        res.end(Buffer.concat([body, body]));
        return;
      case 'drop':
        res.writeHead(200, { ...headers, 'content-length': body.length });
        res.write(half, () => res.socket?.destroy());
        return;
      case 'hang':
        res.writeHead(200, { ...headers, 'content-length': body.length });
        res.write(half, () => {
          const waiters = hangWaiters;
          hangWaiters = [];
          for (const wake of waiters) wake();
        });
        return;
    }
  };

  const cdn: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    cdnRequests.push(path);
    authorizations.cdn.push(req.headers.authorization);
    const entry = lfsFiles.get(path);
    if (!entry) {
      res.writeHead(404).end();
      return;
    }
    serveBody(req, res, readFileSync(entry.path), entry.file, {
      'content-type': 'application/octet-stream',
      etag: '"cdn-etag"',
    });
  });
  await new Promise<void>((resolve) => cdn.listen(0, '127.0.0.1', resolve));
  const cdnURL = `http://127.0.0.1:${(cdn.address() as AddressInfo).port}`;

  const hub: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(`${req.method} ${path}`);
    authorizations.hub.push(req.headers.authorization);
    const match = /^\/([^/]+\/[^/]+)\/resolve\/([^/]+)\/(.+)$/.exec(path);
    const spec = match ? specs.get(match[1]!) : undefined;
    if (!match || !spec) {
      res.writeHead(401, { 'x-error-code': 'RepoNotFound' }).end('Repository not found');
      return;
    }
    const [, repo, revision, file] = match as unknown as [string, string, string, string];
    if (spec.gatedToken !== undefined && req.headers.authorization !== `Bearer ${spec.gatedToken}`) {
      const status = req.headers.authorization ? 403 : 401;
      res.writeHead(status, { 'x-error-code': 'GatedRepo' }).end('Access to this model is restricted');
      return;
    }
    const commit = commits.get(repo)!;
    if (revision !== 'main' && revision !== commit) {
      res.writeHead(404, { 'x-error-code': 'RevisionNotFound' }).end('Invalid rev id');
      return;
    }
    const local = join(spec.folder, file);
    if (!existsSync(local) || !statSync(local).isFile()) {
      res.writeHead(404, { 'x-error-code': 'EntryNotFound', 'x-repo-commit': commit }).end('Entry not found');
      return;
    }
    const body = readFileSync(local);
    if (LFS.test(file)) {
      const sha = sha256Hex(body);
      const cdnPath = `/repos/${sha}`;
      lfsFiles.set(cdnPath, { path: local, file });
      res
        .writeHead(302, {
          location: `${cdnURL}${cdnPath}`,
          'x-repo-commit': commit,
          'x-linked-etag': `"${sha}"`,
          'x-linked-size': body.length,
          etag: `"${sha}"`,
        })
        .end();
      return;
    }
    serveBody(req, res, body, file, {
      'content-type': 'text/plain; charset=utf-8',
      etag: `"${gitBlobId(body)}"`,
      'x-repo-commit': commit,
    });
  });
  await new Promise<void>((resolve) => hub.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(hub.address() as AddressInfo).port}`;
  const stop = (server: Server) =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return {
    url,
    cdnURL,
    requests,
    cdnRequests,
    authorizations,
    faults,
    hung: () => new Promise<void>((resolve) => hangWaiters.push(resolve)),
    commit: (repo) => commits.get(repo)!,
    setCommit: (repo, commit) => void commits.set(repo, commit),
    reset() {
      requests.length = 0;
      cdnRequests.length = 0;
      authorizations.hub.length = 0;
      authorizations.cdn.length = 0;
      faults.clear();
    },
    close: async () => {
      await Promise.all([stop(hub), stop(cdn)]);
    },
  };
}
