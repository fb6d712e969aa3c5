import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

/** A loopback stand-in for the Hugging Face Hub: `/<repo>/resolve/<revision>/<file>` from local folders. */
export interface HubServer {
  readonly url: string;
  /** Every request path, in order. */
  readonly requests: string[];
  /** Authorization headers seen. */
  readonly authorizations: (string | undefined)[];
  /** Files (repo-relative) whose body is cut off halfway, then the socket dropped. */
  readonly dropMidBody: Set<string>;
  close(): Promise<void>;
}

export async function startHub(repos: Record<string, string>): Promise<HubServer> {
  const requests: string[] = [];
  const authorizations: (string | undefined)[] = [];
  const dropMidBody = new Set<string>();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    authorizations.push(req.headers.authorization);
    const match = /^\/([^/]+\/[^/]+)\/resolve\/([^/]+)\/(.+)$/.exec(path);
    const folder = match ? repos[match[1]!] : undefined;
    const file = match ? join(folder ?? '', match[3]!) : '';
    if (!match || folder === undefined || !existsSync(file)) {
      res.writeHead(404, { 'x-error-code': 'EntryNotFound' }).end('Entry not found');
      return;
    }
    const body = readFileSync(file);
    res.writeHead(200, { 'content-length': body.length, 'content-type': 'application/octet-stream' });
    if (dropMidBody.has(match[3]!)) {
      res.write(body.subarray(0, Math.floor(body.length / 2)), () => res.socket?.destroy());
      return;
    }
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    authorizations,
    dropMidBody,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
