import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as source from '../src/index.js';
import { TINY, warnings } from './helpers.js';

// The one test of the built package (every other test runs src): both builds load, export what
// src exports, and start their own worker file (dist/worker.js, dist/worker.cjs) to classify.
// Needs `pnpm --filter @piiguard/teacher build` first; the root `pnpm test` builds.
type Package = typeof source;
const dist = (file: string) => fileURLToPath(new URL(`../dist/${file}`, import.meta.url));

async function classifyOnce(teacherPackage: Package) {
  const sink = warnings();
  const teacher = await teacherPackage.loadTeacher({ model: TINY, device: 'cpu', onWarning: sink.onWarning });
  try {
    return { result: await teacher.classify('my phone number is 555 1234'), warnings: sink.messages };
  } finally {
    await teacher.close();
  }
}

describe('the built package', () => {
  it('has both builds and their worker files', () => {
    for (const file of ['index.js', 'index.cjs', 'index.d.ts', 'index.d.cts', 'worker.js', 'worker.cjs']) {
      expect(existsSync(dist(file)), file).toBe(true);
    }
  });

  it('the ESM build exports what src exports and classifies through dist/worker.js', async () => {
    const esm = (await import(/* @vite-ignore */ dist('index.js'))) as Package;
    expect(Object.keys(esm).sort()).toEqual(Object.keys(source).sort());
    const { result, warnings: messages } = await classifyOnce(esm);
    expect(result).toMatchObject({ label: 'giving', source: 'teacher', model: TINY });
    expect(messages).toEqual([]);
  });

  it('the CommonJS build exports what src exports and classifies through dist/worker.cjs', async () => {
    const cjs = createRequire(import.meta.url)(dist('index.cjs')) as Package;
    expect(Object.keys(cjs).sort()).toEqual(Object.keys(source).sort());
    const { result } = await classifyOnce(cjs);
    expect(result).toMatchObject({ label: 'giving', source: 'teacher', model: TINY });
  });
});
