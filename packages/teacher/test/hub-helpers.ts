import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { expect } from 'vitest';
import { resolveModelFiles } from '../src/load.js';
import { resolveOptions, type TeacherOptions } from '../src/options.js';
import { gitBlobId, sha256Hex } from './hub-server.js';

/** Every file under `dir` (links included), relative, sorted. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() || entry.isSymbolicLink())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}

/** Resolves the model's files the way `loadTeacher` does, without starting a worker. */
export function resolveFiles(options: TeacherOptions) {
  return resolveModelFiles(resolveOptions({ device: 'cpu', ...options }));
}

/**
 * Checks that a repo's cache folder is healthy: every snapshot entry links to a blob whose content
 * matches the hash it is named by, and no temporary or partial file is left anywhere.
 */
export function expectHealthyCache(repoFolder: string): void {
  const files = listFiles(repoFolder);
  expect(files.filter((file) => /piiguard-tmp|\.part$|\.incomplete$/.test(file))).toEqual([]);
  for (const file of files.filter((f) => f.startsWith('snapshots/'))) {
    const pointer = join(repoFolder, file);
    expect(lstatSync(pointer).isSymbolicLink()).toBe(true);
    const blob = resolve(dirname(pointer), readlinkSync(pointer));
    expect(dirname(blob)).toBe(join(repoFolder, 'blobs'));
    const bytes = readFileSync(blob);
    const name = basename(blob);
    expect(name.length === 64 ? sha256Hex(bytes) : gitBlobId(bytes)).toBe(name);
  }
}
