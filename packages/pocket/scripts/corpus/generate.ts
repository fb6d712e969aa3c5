/**
 * The corpus generator: draws a label, a language, an intent and a template, fills the slots with
 * fresh values (sometimes disguised), sometimes buries the message at the end of harmless chatter,
 * then adds surface noise. Same seed → same corpus.
 */
import type { Label } from '@piiguard/sdk';
import { compositional } from './compositional.js';
import { EN } from './english.js';
import * as lex from './lexicon.js';
import { addNoise } from './noise.js';
import { DE, ID, TR } from './other-languages.js';
import { Rng } from './random.js';
import { ES, FR, PT } from './romance.js';
import { expand, type Slots } from './template.js';
import type { Example, TemplateSet } from './types.js';
import type { Language } from './values.js';
import * as values from './values.js';

const SETS: Readonly<Record<Language, TemplateSet>> = {
  en: EN,
  es: ES,
  pt: PT,
  fr: FR,
  de: DE,
  tr: TR,
  id: ID,
};
const LANGUAGE_WEIGHTS: readonly (readonly [Language, number])[] = [
  ['en', 64],
  ['es', 6],
  ['pt', 6],
  ['fr', 6],
  ['de', 6],
  ['tr', 6],
  ['id', 6],
];
const LABEL_WEIGHTS: readonly (readonly [Label, number])[] = [
  ['none', 40],
  ['asking', 30],
  ['giving', 30],
];

/**
 * How often each intent is drawn relative to the others of its label: external handles are what
 * people swap most, so they (and their hard negatives) get more examples.
 */
const INTENT_WEIGHTS: Readonly<Record<string, number>> = {
  handle: 3,
  phone: 1.5,
  platformTalk: 1.5,
  chat: 2,
  questions: 1.5,
  age: 0.5,
  bare: 0.6,
  short: 0.6,
};

function slots(lang: Language, disguise: number, protect: string[]): Slots {
  const keep = (v: string): string => {
    protect.push(v);
    return v;
  };
  const maybe = (rng: Rng): boolean => rng.chance(disguise);
  return {
    phone: (r) => keep(values.phone(r, lang, maybe(r))),
    email: (r) => keep(values.email(r, lang, maybe(r))),
    handle: (r) => {
      const h = values.handle(r);
      return keep(maybe(r) ? values.disguiseWord(r, h) : r.chance(0.15) ? `@${h}` : h);
    },
    gamehandle: (r) =>
      keep(
        r.pick([
          () => values.handle(r),
          () => `xX${r.pick(lex.HANDLE_WORDS)}Xx`,
          () => `${values.cap(r.pick(lex.HANDLE_WORDS))}${values.cap(values.firstName(r))}${r.int(1, 999)}`,
        ])(),
      ),
    platform: (r) =>
      keep(
        maybe(r)
          ? values.disguiseWord(r, r.pick(lex.TOP_PLATFORMS))
          : r.pick(r.chance(0.6) ? lex.TOP_PLATFORMS : lex.PLATFORMS),
      ),
    link: (r) => keep(values.inviteLink(r, values.handle(r))),
    address: (r) => keep(values.address(r, r.chance(0.35))),
    street: (r) => keep(`${r.pick(lex.STREET_NAMES)} ${r.pick(lex.STREET_TYPES)}`),
    city: (r) => keep(r.chance(0.3) ? values.cap(values.city(r)) : values.city(r)),
    school: (r) => keep(r.chance(0.3) ? values.cap(values.school(r)) : values.school(r)),
    fullname: (r) => keep(values.fullName(r)),
    first: (r) => values.firstName(r),
    password: (r) => keep(values.password(r)),
    pin: (r) => keep(values.digits(r, 4)),
    place: (r) => r.pick(lex.PLACES),
    namedplace: (r) => keep(r.pick(lex.NAMED_PLACES)),
    day: (r) => r.pick(lex.DAYS),
    time: (r) =>
      r.pick([
        `${r.int(1, 12)}`,
        `${r.int(1, 12)}pm`,
        `${r.int(1, 12)} pm`,
        `${r.int(1, 12)}:${r.pick(['00', '15', '30', '45'])}`,
        `${r.int(13, 23)}:00`,
        `${r.int(1, 11)}am`,
        'noon',
        'midnight',
      ]),
    item: (r) => r.pick(lex.GAME_ITEMS),
    game: (r) => r.pick(lex.GAMES),
    currency: (r) => r.pick(lex.CURRENCIES),
    amount: (r) =>
      r.pick([
        String(r.int(1, 99)),
        String(r.int(100, 9999)),
        `${r.int(1, 50)}k`,
        String(r.int(1, 20) * 100),
        `${r.int(1, 9)},${r.int(100, 999)}`,
      ]),
    score: (r) =>
      r.pick([
        String(r.int(10, 99999)),
        `${r.int(1, 999)},${r.int(100, 999)}`,
        String(r.int(100000, 9999999)),
        `${r.int(1, 99)}k`,
      ]),
    bignum: (r) => values.digits(r, r.int(5, 10)),
    price: (r) =>
      r.pick([
        `$${r.int(1, 99)}.${r.pick(['99', '49', '00'])}`,
        `${r.int(1, 99)}€`,
        `€${r.int(1, 50)}`,
        `${r.int(1, 9)}.99`,
        `${r.int(10, 2000)} robux`,
        `£${r.int(1, 30)}`,
        `R$${r.int(5, 200)}`,
      ]),
    coord: (r) => String(r.int(-3000, 3000)),
    small: (r) => String(r.int(0, 20)),
    code: (r) =>
      r.pick([values.digits(r, r.int(4, 6)), `${r.pick(lex.HANDLE_WORDS)}${r.int(1, 99)}`.toUpperCase()]),
    amountWord: (r) => r.pick(['a lot of', 'free', 'some']),
  };
}

function message(rng: Rng, lang: Language, label: Label, protect: string[]): string {
  if (lang === 'en' && rng.chance(label === 'none' ? 0.1 : 0.3)) {
    return compositional(rng, label, slots(lang, rng.pick([0, 0.2, 0.5]), protect));
  }
  const intents = SETS[lang][label];
  const intent = rng.weighted(Object.keys(intents).map((k) => [k, INTENT_WEIGHTS[k] ?? 1] as const));
  const template = rng.pick(intents[intent]!);
  return expand(template, rng, slots(lang, rng.pick([0, 0.1, 0.3, 0.6]), protect));
}

function chatter(rng: Rng, lang: Language, count: number): string {
  const parts: string[] = [];
  for (let i = 0; i < count; i++) parts.push(message(rng, rng.chance(0.7) ? lang : 'en', 'none', []));
  return parts.join(rng.pick(['. ', ' ', ', ', '! ', ' lol ', '\n']));
}

/** One labelled example. */
export function generateExample(rng: Rng): Example {
  const label = rng.weighted(LABEL_WEIGHTS);
  const lang = rng.weighted(LANGUAGE_WEIGHTS);
  const protect: string[] = [];
  let text = message(rng, lang, label, protect);
  if (label !== 'none' && rng.chance(0.06))
    text += `${rng.pick([' and ', ', ', ' also ', '. '])}${message(rng, lang, label, protect)}`;
  const shape = rng.weighted([
    ['plain', 62],
    ['long-tail', 20],
    ['long-head', 8],
    ['sandwich', 10],
  ] as const);
  const core = addNoise(rng, text, protect);
  let before = '';
  let after = '';
  if (shape === 'long-tail' || shape === 'sandwich') {
    before = `${addNoise(rng, chatter(rng, lang, rng.int(shape === 'sandwich' ? 1 : 2, 7)), [])}${rng.pick(['. ', ' ', ' anyway ', ' btw ', '\n'])}`;
  }
  if (shape === 'long-head' || shape === 'sandwich') {
    after = `${rng.pick(['. ', ' ', ' anyway ', '\n'])}${addNoise(rng, chatter(rng, lang, rng.int(1, 3)), [])}`;
  }
  return { text: before + core + after, label, parts: [before, core, after] };
}

/** `size` examples from `seed`. */
export function generateCorpus(seed: number, size: number): Example[] {
  const rng = new Rng(seed);
  return Array.from({ length: size }, () => generateExample(rng));
}
