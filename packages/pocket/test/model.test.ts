import { LABELS } from '@piiguard/sdk';
import { describe, expect, it } from 'vitest';
import { createModel } from '../src/load.js';
import weights from '../src/weights.generated.json';
import type { PocketWeightsFile } from '../src/weights-file.js';

const model = createModel(weights as PocketWeightsFile);

/** Short, clear-cut messages of the kind the generator writes, not from any evaluation set. */
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

  it.each([
    ['asking', 'скинь свой номер телефона'],
    ['giving', 'мой номер +7 912 345 67 89'],
    ['none', 'кто хочет поиграть вместе'],
    ['asking', 'LINE交換しよ'],
    ['giving', '電話番号は090-1234-5678だよ'],
    ['none', 'このゲーム楽しい'],
    ['asking', 'عطني رقمك'],
    ['giving', 'رقمي ٠٥٥١٢٣٤٥٦٧'],
    ['none', 'مين يبي يلعب'],
    ['asking', 'tera number de na yaar'],
    ['giving', 'mera number 98765 43210 hai'],
    ['asking', 'ano number mo'],
    ['none', 'sino gusto maglaro'],
    ['asking', '카톡 아이디 알려줄래'],
    ['none', '이 게임 재밌다'],
    ['asking', 'sđt của bạn là gì'],
    ['giving', 'zalo mình là 0912 345 678'],
    ['none', 'game này vui quá'],
  ] as const)('labels a clear %s message in another script or language: %s', (label, text) => {
    expect(argmax(model.predict(text))).toBe(label);
  });

  it.each([
    ['none', 'im in room 214 in the hospital map'],
    ['giving', 'im in room 412 at the hilton downtown'],
    ['none', 'my rp phone number is 911'],
    ['giving', 'my phone number is 07700 900123'],
    ['none', 'add me on roblox, my user is DragonSlayer99'],
    ['giving', 'add me on psn, my user is DragonSlayer99'],
    ['none', 'ur age?'],
    ['none', 'which country is that'],
    ['giving', 'im 13 and i live in leeds'],
    ['giving', 'ill post ur address in the group chat'],
    ['none', 'ill destroy u next round'],
    ['none', 'post ur deck code pls'],
    ['asking', 'post ur snap pls'],
    ['none', 'lobby code is 4821, get in'],
    ['giving', 'ur ip is 73.14.202.9, better log off'],
    ['none', 'nobody uses the ghost app anymore'],
    ['asking', 'u on the ghost app?'],
  ] as const)('reads the context of a contrast pair or edge rule (%s): %s', (label, text) => {
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
