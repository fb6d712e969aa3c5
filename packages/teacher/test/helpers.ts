import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ASKING_TRIGGERS, GIVING_TRIGGERS, WORDS } from '../scripts/fixture/words.js';

/** The committed tiny fixture (scripts/build-fixture.ts --size tiny). */
export const TINY = fileURLToPath(new URL('../fixtures/tiny', import.meta.url));

/** A warning sink that records instead of printing. */
export function warnings(): { messages: string[]; onWarning(message: string): void } {
  const messages: string[] = [];
  return { messages, onWarning: (message) => messages.push(message) };
}

/** A fresh temporary folder, removed by the returned function. */
export function tempDir(prefix = 'piiguard-teacher-'): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

const TRIGGERS = [...GIVING_TRIGGERS, ...ASKING_TRIGGERS].filter((t) => /^[a-z]{2,}$/.test(t));
const NEUTRAL = WORDS.filter((word) => /^[a-z]+$/.test(word) && !TRIGGERS.some((t) => word.includes(t)));

/** Seeded filler: `count` words from the fixture's neutral vocabulary (no trigger words). */
export function neutralWords(count: number, seed = 1): string {
  let state = seed;
  const words: string[] = [];
  for (let i = 0; i < count; i++) {
    state = (state * 48_271) % 2_147_483_647;
    words.push(NEUTRAL[state % NEUTRAL.length]!);
  }
  return words.join(' ');
}

/** The v2 instruction prefix, copied here from the model card rather than imported from src. */
export const CARD_PREFIX =
  'Instruct: In the following chat messages from target speaker t and possibly other speakers s1, s2, etc., detect abuse by speaker t.\nQuery:';
