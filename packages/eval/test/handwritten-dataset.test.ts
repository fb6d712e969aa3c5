import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LABELS } from '@piiguard/sdk';
import { describe, expect, it } from 'vitest';
import { readCompositionBlock } from '../scripts/readme-block.js';
import { composition, formatComposition, readDataset } from '../src/index.js';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const examples = await readDataset(join(packageDir, 'data', 'handwritten.jsonl'));
const LANGUAGES = ['es', 'pt', 'fr', 'de', 'tr', 'id'];

describe('data/handwritten.jsonl', () => {
  it('parses with valid labels, no duplicate texts, and has at least 300 rows', () => {
    expect(examples.length).toBeGreaterThanOrEqual(300);
    for (const e of examples) expect(LABELS).toContain(e.label);
  });

  it('has no near-duplicates (same text up to case, spacing and final punctuation)', () => {
    const seen = new Map<string, number>();
    for (const e of examples) {
      const key = e.text
        .toLowerCase()
        .replace(/\s+/g, ' ')
        .replace(/[\s.!?]+$/u, '')
        .trim();
      expect(seen.get(key), `line ${e.line} repeats line ${seen.get(key)}`).toBeUndefined();
      seen.set(key, e.line);
    }
  });

  it('gives every row a kind and a language, and covers the six other languages', () => {
    for (const e of examples) {
      expect(e.kind, `line ${e.line}`).toMatch(/^[a-z-]+$/);
      expect(e.lang, `line ${e.line}`).toMatch(/^[a-z]{2}$/);
    }
    const c = composition(examples);
    for (const lang of LANGUAGES) expect(sum(c.byLang.get(lang)), lang).toBeGreaterThanOrEqual(8);
    const other = examples.filter((e) => e.lang !== 'en').length / examples.length;
    expect(other).toBeGreaterThanOrEqual(0.12);
    expect(other).toBeLessThanOrEqual(0.3);
  });

  it('keeps the labels balanced: about 40% none, 30% asking, 30% giving', () => {
    const { byLabel, total } = composition(examples);
    expect(byLabel.none / total).toBeGreaterThanOrEqual(0.35);
    expect(byLabel.none / total).toBeLessThanOrEqual(0.45);
    for (const label of ['asking', 'giving'] as const) {
      expect(byLabel[label] / total).toBeGreaterThanOrEqual(0.25);
      expect(byLabel[label] / total).toBeLessThanOrEqual(0.35);
    }
  });

  it('labels negative kinds none and PII kinds asking or giving', () => {
    for (const e of examples) {
      if (e.kind?.startsWith('negative-')) expect(e.label, `line ${e.line}`).toBe('none');
      else if (e.kind !== 'long') expect(e.label, `line ${e.line}`).not.toBe('none');
    }
  });

  it('matches the composition tables in the README', async () => {
    const readme = await readFile(join(packageDir, 'README.md'), 'utf8');
    expect(readCompositionBlock(readme)).toBe(formatComposition(composition(examples)));
  });
});

function sum(counts: Readonly<Record<string, number>> | undefined): number {
  return counts ? Object.values(counts).reduce((a, b) => a + b, 0) : 0;
}
