/**
 * Surface noise so the model learns concepts rather than templates: chat slang, typos, dropped
 * punctuation, odd casing, emojis, greetings and tails, stretched letters.
 */

import type { Rng } from '../../src/random.js';
import { EMOJIS, GREETINGS, TAILS } from './lexicon.js';

const SLANG: readonly (readonly [RegExp, readonly string[]])[] = [
  [/\byou\b/g, ['u', 'you', 'ya', 'yu']],
  [/\byour\b/g, ['ur', 'your', 'yur', 'yo']],
  [/\bare\b/g, ['r', 'are']],
  [/\bplease\b/g, ['pls', 'plz', 'please', 'pleaseee']],
  [/\bwhat\b/g, ['wat', 'what', 'wut', 'wht']],
  [/\bbecause\b/g, ['bc', 'cuz', 'because']],
  [/\bi'm\b/g, ['im', "i'm", 'iam', 'i am']],
  [/\bdon't\b/g, ['dont', "don't", 'dnt']],
  [/\bthe\b/g, ['the', 'da', 'teh']],
  [/\bnumber\b/g, ['number', 'numba', 'num', 'nmbr', '#']],
  [/\bwant to\b/g, ['wanna', 'want to']],
  [/\bgoing to\b/g, ['gonna', 'going to']],
];

const KEYBOARD_NEIGHBOURS: Readonly<Record<string, string>> = {
  a: 'sqw',
  s: 'adw',
  d: 'sfe',
  e: 'wrd',
  r: 'etf',
  t: 'ryg',
  o: 'ipl',
  i: 'uok',
  n: 'bmh',
  m: 'nj',
  u: 'yij',
  h: 'gjn',
};

function typo(rng: Rng, word: string): string {
  if (word.length < 3 || /\d/.test(word)) return word;
  const i = rng.int(1, word.length - 2);
  switch (rng.int(0, 3)) {
    case 0:
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    case 1:
      return word.slice(0, i) + word.slice(i + 1);
    case 2:
      return word.slice(0, i) + word[i] + word.slice(i);
    default: {
      const near = KEYBOARD_NEIGHBOURS[word[i]!];
      return near ? word.slice(0, i) + rng.pick([...near]) + word.slice(i + 1) : word;
    }
  }
}

/** Applies a random mix of noise. `protect` lists substrings (the PII values) never to be typo'd. */
export function addNoise(rng: Rng, text: string, protect: readonly string[]): string {
  let t = text;
  if (rng.chance(0.5)) for (const [re, subs] of SLANG) t = t.replace(re, () => rng.pick(subs));
  if (rng.chance(0.3)) {
    t = t
      .split(' ')
      .map((w) => (rng.chance(0.08) && !protect.some((p) => p.includes(w)) ? typo(rng, w) : w))
      .join(' ');
  }
  if (rng.chance(0.25)) t = `${rng.pick(GREETINGS)}${rng.pick([' ', ', ', ' ', '! '])}${t}`;
  if (rng.chance(0.2)) t = `${t}${rng.pick([' ', ' ', ', '])}${rng.pick(TAILS)}`;
  const ending = rng.weighted([
    ['none', 5],
    ['?', 2],
    ['??', 1],
    ['!', 1],
    ['.', 1],
    ['...', 0.5],
    ['?!', 0.3],
  ] as const);
  if (rng.chance(0.3)) t = t.replace(/[?!.,]+(?=\s|$)/g, '');
  if (ending !== 'none' && !/[?!.]$/.test(t)) t += ending;
  if (rng.chance(0.08)) t = t.replace(/([aeiouy])(?=[^aeiouy]*$)/, (v) => v.repeat(rng.int(2, 5)));
  if (rng.chance(0.25)) {
    const emojis = Array.from({ length: rng.int(1, 3) }, () => rng.pick(EMOJIS)).join(rng.pick(['', ' ']));
    t = rng.chance(0.8) ? `${t} ${emojis}` : `${emojis} ${t}`;
  }
  const casing = rng.weighted([
    ['lower', 6],
    ['sentence', 3],
    ['upper', 0.5],
    ['title', 0.3],
  ] as const);
  if (casing === 'sentence') t = t.charAt(0).toUpperCase() + t.slice(1);
  if (casing === 'upper') t = t.toUpperCase();
  if (casing === 'title') t = t.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
  return t;
}
