import { LABELS } from '@piiguard/sdk';
import { describe, expect, it } from 'vitest';
import { createModel } from '../src/load.js';
import type { PocketWeightsFile } from '../src/model.js';
import weights from '../src/weights.generated.json';

const model = createModel(weights as PocketWeightsFile);

/** Short, clear-cut messages from the generated dev split (seed 20261130), not from the eval set. */
const DEV_EXAMPLES = [
  ['asking', 'Wats yo handle on snap'],
  ['asking', 'cual es tu apellido'],
  ['asking', 'Gib mir deine email'],
  ['asking', 'lemme get your #.'],
  ['asking', 'C’est quoi le nom de ton lycée'],
  ['giving', 'mein passwort ist 7233, xd 🥰 😂 xD'],
  ['giving', 'Snap: xxgamerkaylaxx...'],
  ['giving', '+55 74 95971 1304 VALENTINA!'],
  ['giving', 'sup, t.me/xxxoanaxx join ✨😍'],
  ['giving', 'Sekolah aku valley high school'],
  ['none', 'lol which server r u on'],
  ['none', 'Custa 1200 diamonds. 😎'],
  ['none', 'hii gtg'],
  ['none', 'onde você comprou essa skin'],
  ['none', 'Da guy asked me to give my password so i blocked him'],
] as const;

function argmax(p: { none: number; asking: number; giving: number }): string {
  const values = [p.none, p.asking, p.giving];
  return LABELS[values.indexOf(Math.max(...values))]!;
}

describe('PocketModel', () => {
  it.each(DEV_EXAMPLES)('labels a clear %s example from the dev split', (label, text) => {
    expect(argmax(model.predict(text))).toBe(label);
  });

  it('returns probabilities in [0, 1] that sum to 1', () => {
    for (const [, text] of DEV_EXAMPLES) {
      const p = model.predict(text);
      for (const v of [p.none, p.asking, p.giving]) {
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(1);
      }
      expect(p.none + p.asking + p.giving).toBeCloseTo(1, 12);
    }
  });

  it('is deterministic', () => {
    expect(model.predict('whats ur snap')).toEqual(model.predict('whats ur snap'));
  });

  it('finds a phone number at the end of a long, harmless message (windows, max over windows)', () => {
    const chatter = 'this game is so fun lol we should do the obby again later. '.repeat(120);
    expect(argmax(model.predict(chatter))).toBe('none');
    expect(argmax(model.predict(`${chatter} text me at 555 201 3344`))).toBe('giving');
    expect(argmax(model.predict(`${chatter} whats ur snap?`))).toBe('asking');
  });

  it('sees through disguises the normaliser folds', () => {
    expect(argmax(model.predict('my number is five five five two zero one three three four four'))).toBe(
      'giving',
    );
    expect(argmax(model.predict('whats ur ѕnарсhаt'))).toBe('asking');
  });
});
