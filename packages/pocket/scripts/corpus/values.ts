/**
 * PII values for the slots (phones, emails, handles, addresses...), each optionally disguised the
 * way people dodge filters: spaced out, leetspeak, look-alike letters, digits written as words.
 */
import {
  CITIES,
  EMAIL_PROVIDERS,
  FIRST_NAMES,
  HANDLE_WORDS,
  LAST_NAMES,
  list,
  SCHOOL_TYPES,
  SCHOOL_WORDS,
  STREET_NAMES,
  STREET_TYPES,
} from './lexicon.js';
import type { Rng } from './random.js';

export type Language = 'en' | 'es' | 'pt' | 'fr' | 'de' | 'tr' | 'id';

const DIGIT_NAMES: Record<Language, readonly string[]> = {
  en: list('zero|one|two|three|four|five|six|seven|eight|nine'),
  es: list('cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve'),
  pt: list('zero|um|dois|três|quatro|cinco|seis|sete|oito|nove'),
  fr: list('zéro|un|deux|trois|quatre|cinq|six|sept|huit|neuf'),
  de: list('null|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun'),
  tr: list('sıfır|bir|iki|üç|dört|beş|altı|yedi|sekiz|dokuz'),
  id: list('nol|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan'),
};

const LEET: Record<string, readonly string[]> = {
  a: ['4', '@'],
  e: ['3'],
  i: ['1', '!'],
  o: ['0'],
  s: ['5', '$'],
  t: ['7'],
  l: ['1', '|'],
  g: ['9'],
  b: ['8'],
};
const LOOKALIKE: Record<string, string> = {
  a: 'а',
  e: 'е',
  o: 'о',
  p: 'р',
  c: 'с',
  x: 'х',
  y: 'у',
  i: 'і',
  s: 'ѕ',
  k: 'к',
};

export function digits(rng: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(rng.int(i === 0 ? 1 : 0, 9));
  return s;
}

/** A disguise for a word-like value (handle, platform name, email user). */
export function disguiseWord(rng: Rng, word: string): string {
  const kind = rng.weighted([
    ['leet', 4],
    ['spaced', 2],
    ['lookalike', 2],
    ['dotted', 1],
    ['upper', 1],
  ] as const);
  switch (kind) {
    case 'leet':
      return [...word].map((ch) => (LEET[ch] && rng.chance(0.6) ? rng.pick(LEET[ch]!) : ch)).join('');
    case 'spaced':
      return [...word].join(rng.pick([' ', ' ', '  ', '.', '-', '*']));
    case 'lookalike':
      return [...word].map((ch) => (LOOKALIKE[ch] && rng.chance(0.7) ? LOOKALIKE[ch]! : ch)).join('');
    case 'dotted':
      return [...word].join('.');
    case 'upper':
      return word.toUpperCase();
  }
}

/** A phone number in one of several national formats, sometimes disguised. */
export function phone(rng: Rng, lang: Language, disguise: boolean): string {
  const raw = rng.pick([
    () => `${digits(rng, 3)}-${digits(rng, 3)}-${digits(rng, 4)}`,
    () => `(${digits(rng, 3)}) ${digits(rng, 3)}-${digits(rng, 4)}`,
    () => digits(rng, 10),
    () => `${digits(rng, 3)} ${digits(rng, 3)} ${digits(rng, 4)}`,
    () => `+1 ${digits(rng, 3)} ${digits(rng, 3)} ${digits(rng, 4)}`,
    () => `${digits(rng, 3)}.${digits(rng, 3)}.${digits(rng, 4)}`,
    () => `07${digits(rng, 3)} ${digits(rng, 6)}`,
    () => `+44 7${digits(rng, 3)} ${digits(rng, 6)}`,
    () => `(${digits(rng, 2)}) 9${digits(rng, 4)}-${digits(rng, 4)}`,
    () => `+55 ${digits(rng, 2)} 9${digits(rng, 4)} ${digits(rng, 4)}`,
    () => `6${digits(rng, 2)} ${digits(rng, 2)} ${digits(rng, 2)} ${digits(rng, 2)}`,
    () => `06 ${digits(rng, 2)} ${digits(rng, 2)} ${digits(rng, 2)} ${digits(rng, 2)}`,
    () => `+33 6 ${digits(rng, 2)} ${digits(rng, 2)} ${digits(rng, 2)} ${digits(rng, 2)}`,
    () => `015${digits(rng, 1)} ${digits(rng, 8)}`,
    () => `+49 15${digits(rng, 1)} ${digits(rng, 4)} ${digits(rng, 4)}`,
    () => `05${digits(rng, 2)} ${digits(rng, 3)} ${digits(rng, 2)} ${digits(rng, 2)}`,
    () => `08${digits(rng, 2)}-${digits(rng, 4)}-${digits(rng, 4)}`,
    () => `+62 8${digits(rng, 2)} ${digits(rng, 4)} ${digits(rng, 4)}`,
    () => digits(rng, rng.int(7, 11)),
  ])();
  if (!disguise) return raw;
  const names = DIGIT_NAMES[rng.chance(0.6) ? 'en' : lang];
  const kind = rng.weighted([
    ['words', 3],
    ['spaced', 3],
    ['mixed', 2],
    ['odd-separators', 2],
  ] as const);
  const ds = raw.replace(/\D/g, '');
  switch (kind) {
    case 'words':
      return [...ds].map((d) => names[Number(d)]).join(rng.pick([' ', ' ', '-', ', ']));
    case 'spaced':
      return [...ds].join(rng.pick([' ', ' ', '.', '-', '  ']));
    case 'mixed':
      return [...ds].map((d) => (rng.chance(0.5) ? names[Number(d)] : d)).join(' ');
    case 'odd-separators':
      return ds.replace(/(\d{2,3})(?=\d)/g, (m) => m + rng.pick(['.', ' ', '-', ' - ', '_', '  ']));
  }
}

const ONSETS = list('b|c|d|f|g|h|j|k|l|m|n|p|r|s|t|v|w|y|z|br|ch|cl|dr|fr|gr|kr|pr|sh|st|th|tr|');
const VOWELS = list('a|e|i|o|u|y|ai|ea|ee|ia|io|oo|ou|ie');
const CODAS = list('|||n|r|s|l|m|x|y|nn|ll|ck|th|sh|tt|ny|ie|ah');

/** An invented name ("brelly", "zanoth"), so no list of names can be memorised. */
export function inventedName(rng: Rng): string {
  let name = '';
  const syllables = rng.int(1, 3);
  for (let i = 0; i < syllables; i++) name += rng.pick(ONSETS) + rng.pick(VOWELS);
  return name + rng.pick(CODAS);
}

/** A first name: from the list, or invented. */
export function firstName(rng: Rng): string {
  return rng.chance(0.55) ? rng.pick(FIRST_NAMES) : inventedName(rng);
}

function lastName(rng: Rng): string {
  return rng.chance(0.55)
    ? rng.pick(LAST_NAMES)
    : inventedName(rng) + rng.pick(['', 'son', 'er', 'ez', 'ski', 'ini', 'ova']);
}

export function handle(rng: Rng): string {
  const first = firstName(rng);
  const word = rng.pick(HANDLE_WORDS);
  const n = String(rng.int(1, 2099));
  return rng.pick([
    () => `${first}${n}`,
    () => `${first}_${word}`,
    () => `${word}_${first}${rng.int(1, 99)}`,
    () => `xx${word}${first}xx`,
    () => `${first}.${lastName(rng)}`,
    () => `its${first}`,
    () => `${word}${word === 'lil' ? first : rng.pick(HANDLE_WORDS)}${rng.int(0, 999)}`,
    () => `${first}_${lastName(rng)}${rng.int(1, 20)}`,
    () => `the.real.${first}`,
    () => `${first}${word}`,
    () => `${first}x${lastName(rng)}`,
    () => `${word}.${first}`,
    () => `${first}${word}#${digits(rng, 4)}`,
  ])();
}

export function email(rng: Rng, lang: Language, disguise: boolean): string {
  const user = rng.pick([
    () => handle(rng),
    () => `${firstName(rng)}.${lastName(rng)}`,
    () => `${firstName(rng)}${rng.int(1, 2012)}`,
  ])();
  const provider = rng.pick(EMAIL_PROVIDERS);
  if (!disguise) return `${user}@${provider}`;
  const [host, ...tld] = provider.split('.');
  const at = rng.pick(['at', '(at)', '[at]', ' @ ', '{at}', lang === 'es' ? 'arroba' : 'at']);
  const dot = rng.pick([
    'dot',
    '(dot)',
    '[dot]',
    ' . ',
    lang === 'pt' ? 'ponto' : 'dot',
    lang === 'fr' ? 'point' : 'dot',
  ]);
  const sep = (s: string) => (s.startsWith(' ') ? s : ` ${s} `);
  if (rng.chance(0.25)) return `${disguiseWord(rng, user)}@${provider}`;
  return `${user}${sep(at)}${host}${sep(dot)}${tld.join('.')}`.replace(/ {2,}/g, ' ');
}

export function fullName(rng: Rng): string {
  const first = firstName(rng);
  const last = lastName(rng);
  return rng.chance(0.5) ? `${cap(first)} ${cap(last)}` : `${first} ${last}`;
}

const PLACE_HEADS = list(
  'mill|west|east|north|south|green|oak|ash|brook|clear|fair|spring|river|stone|red|black|white|lake|maple|pine|glen|bright|cold|elder|fox|hawk|iron|kings|new|port|rose|silver|sun|wood|marsh|bay|har|lin|dal|ber|cam|mor|tal',
);
const PLACE_TAILS = list(
  'brook|ville|ton|field|wood|dale|view|port|burg|ford|haven|ridge|side|vale|mont|chester|wick|bury|stead|by|land|more|worth|ham|hurst|ley|ingen|heim|opolis|berg',
);

/** A city: a real one from the list, or an invented but plausible name (so no list is memorised). */
export function city(rng: Rng): string {
  return rng.chance(0.5) ? rng.pick(CITIES) : `${rng.pick(PLACE_HEADS)}${rng.pick(PLACE_TAILS)}`;
}

function streetName(rng: Rng): string {
  return rng.chance(0.6) ? rng.pick(STREET_NAMES) : `${rng.pick(PLACE_HEADS)}${rng.pick(PLACE_TAILS)}`;
}

export function address(rng: Rng, withCity: boolean): string {
  const street = `${rng.int(1, 9999)} ${streetName(rng)} ${rng.pick(STREET_TYPES)}`;
  const unit = rng.chance(0.15) ? ` apt ${rng.int(1, 40)}${rng.pick(['', 'b', 'a'])}` : '';
  return withCity ? `${street}${unit}, ${city(rng)}` : `${street}${unit}`;
}

export function school(rng: Rng): string {
  const name = rng.chance(0.6)
    ? rng.pick(SCHOOL_WORDS)
    : rng.chance(0.5)
      ? `${rng.pick(PLACE_HEADS)}${rng.pick(PLACE_TAILS)}`
      : lastName(rng);
  return `${name} ${rng.pick(SCHOOL_TYPES)}`;
}

export function password(rng: Rng): string {
  return rng.pick([
    () => `${rng.pick(HANDLE_WORDS)}${rng.int(1, 9999)}`,
    () => `${cap(firstName(rng))}${rng.int(1990, 2015)}!`,
    () => `${rng.pick(HANDLE_WORDS)}_${rng.pick(HANDLE_WORDS)}${rng.pick(['', '!', '#', '123'])}`,
    () =>
      `${rng.pick(['iloveyou', 'password', 'qwerty', 'letmein', 'hunter', 'dragon', 'princess'])}${rng.int(1, 999)}`,
    () => digits(rng, rng.int(4, 6)),
  ])();
}

export function inviteLink(rng: Rng, h: string): string {
  const code = [...(digits(rng, 3) + h.replace(/[^a-z]/g, '').slice(0, 4))].join('');
  return rng.pick([
    `discord.gg/${code}`,
    `https://discord.gg/${code}`,
    `instagram.com/${h}`,
    `https://www.instagram.com/${h}`,
    `tiktok.com/@${h}`,
    `snapchat.com/add/${h}`,
    `t.me/${h}`,
    `wa.me/${digits(rng, 11)}`,
    `https://chat.whatsapp.com/${code}${code}`,
    `facebook.com/${h}`,
  ]);
}

export function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
