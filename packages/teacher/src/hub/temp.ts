import { randomBytes } from 'node:crypto';
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

const SUFFIX = '.piiguard-tmp';
const TEMP = /\.(\d+)\.[0-9a-f]{8}\.piiguard-tmp$/;
/** A temporary file not written to for this long belongs to a stalled or dead download. */
const STALE_MS = 60 * 60 * 1000;

/**
 * A unique temporary name next to `path`, carrying this process's id so that another process can
 * tell a live download's file from one left by a process that was killed.
 */
export function tempPath(path: string): string {
  return `${path}.${process.pid}.${randomBytes(4).toString('hex')}${SUFFIX}`;
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporary files and folders that `tempPath` named in `dir` whose process is gone, or
 * that nothing has written to for an hour. Only piiguard's own names: another tool's partial files
 * (huggingface_hub's `*.incomplete`, which it resumes) are left alone.
 */
export async function removeStaleTemps(dir: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  const now = Date.now();
  for (const name of names) {
    const match = TEMP.exec(name);
    if (!match) continue;
    const path = join(dir, name);
    const pid = Number(match[1]);
    let stale = !alive(pid);
    if (!stale) {
      try {
        stale = pid !== process.pid && now - (await stat(path)).mtimeMs > STALE_MS;
      } catch {
        continue;
      }
    }
    if (stale) await rm(path, { recursive: true, force: true });
  }
}
