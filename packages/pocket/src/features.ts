/**
 * Hashed features of one normalised window: character 2–5-grams (digits read as "0", so a phone
 * number's shape counts, not its value), word uni- and bi-grams over token shapes, and a few
 * engineered flags. Each feature is a bucket in a table of `2^bits` rows; collisions are accepted
 * (the hashing trick). Training and inference share this file, so both see the same buckets.
 */

import { COUNTRY_WORDS } from './country-words.js';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Salts keep feature families apart in the shared table. */
const SALT = { char: 0x9e3779b1, word: 0x85ebca6b, bigram: 0xc2b2ae35, flag: 0x27d4eb2f } as const;

function hashString(s: string, seed: number): number {
  let h = (FNV_OFFSET ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/** A final mix so nearby FNV values spread over the table. */
function mix(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
}

/** Word tokens; each pictograph is a token of its own (👻 can stand for an app). */
const TOKEN = /[\p{L}\p{N}_@.'#+$:/-]+|\p{Extended_Pictographic}/gu;
const EDGE_PUNCT = /^[.'\-:/]+|[.'\-:/]+$/g;
const EMAIL = /^[\p{L}\p{N}._+-]+@[\p{L}\p{N}-]+\.[a-z]{2,}$/u;
const URL = /^(?:https?:\/\/|www\.)|\.(?:gg|com|net|org|io|me|ly|be)\//;
const HANDLE = /^@[\p{L}\p{N}_.]{2,}$|^(?=.*[a-z])(?=.*[\d_])[\p{L}\p{N}_.]{4,}$/u;

function lengthBucket(n: number): string {
  if (n <= 2) return String(n);
  if (n <= 4) return '3-4';
  if (n <= 6) return '5-6';
  if (n <= 9) return '7-9';
  if (n <= 12) return '10-12';
  return '13+';
}

/**
 * Characters every number, email, link and handle shape needs at least one of: a token without
 * any is a plain word, so the shape tests below are skipped for most tokens (same result).
 */
const SHAPE_CHAR = /[\d_@.:]/;

/** The word a token contributes: numbers, emails, links and handles by their shape, plus the word. */
function tokenShapes(raw: string): string[] {
  const token = raw.replace(EDGE_PUNCT, '');
  if (token === '') return [];
  if (!SHAPE_CHAR.test(token)) return [token];
  if (/^\+?\d+$/.test(token)) return [`<num${lengthBucket(token.replace('+', '').length)}>`];
  if (/^\d+[.:,]\d+$/.test(token)) return ['<decimal>'];
  if (EMAIL.test(token)) return ['<email>', token.slice(token.indexOf('@') + 1)];
  if (URL.test(token)) return ['<url>', token.replace(/^https?:\/\/(?:www\.)?/, '').split('/')[0] ?? ''];
  if (HANDLE.test(token)) return ['<handle>', token.replace(/\d/g, '0')];
  return [token.replace(/\d/g, '0')];
}

/**
 * Collects the distinct feature buckets of one normalised window (presence, not counts: a phrase
 * repeated twenty times weighs no more than once, so spam cannot drown a PII phrase).
 */
export function extractFeatures(text: string, bits: number, out: number[] = []): number[] {
  const mask = (1 << bits) - 1;
  out.length = 0;
  out.push(mix(hashString('<bias>', SALT.flag)) & mask);
  collect(text, mask, out);
  return dedupe(out, bits);
}

let seen = new Uint32Array(0);
let stamp = 0;

/** Drops repeated buckets in place, in first-seen order, with a stamp table (no sort, no Set). */
function dedupe(out: number[], bits: number): number[] {
  if (seen.length !== 1 << bits) {
    seen = new Uint32Array(1 << bits);
    stamp = 0;
  }
  stamp = (stamp + 1) >>> 0;
  if (stamp === 0) {
    seen.fill(0);
    stamp = 1;
  }
  let kept = 0;
  for (let i = 0; i < out.length; i++) {
    const f = out[i]!;
    if (seen[f] !== stamp) {
      seen[f] = stamp;
      out[kept++] = f;
    }
  }
  out.length = kept;
  return out;
}

function collect(text: string, mask: number, out: number[]): void {
  const chars = ` ${text.replace(/\d/g, '0')} `;
  for (let i = 0; i < chars.length - 1; i++) {
    let h = (FNV_OFFSET ^ SALT.char) >>> 0;
    h = Math.imul(h ^ chars.charCodeAt(i), FNV_PRIME);
    for (let n = 2; n <= 5 && i + n <= chars.length; n++) {
      h = Math.imul(h ^ chars.charCodeAt(i + n - 1), FNV_PRIME);
      out.push(mix(h >>> 0) & mask);
    }
  }

  let prev = '<s>';
  const kinds = new Set<string>();
  for (const match of text.matchAll(TOKEN)) {
    for (const shape of tokenShapes(match[0])) {
      out.push(mix(hashString(shape, SALT.word)) & mask);
      out.push(mix(hashString(`${prev} ${shape}`, SALT.bigram)) & mask);
      prev = shape;
      const kind = TOKEN_KINDS.get(shape);
      if (kind !== undefined) kinds.add(kind);
      else if (shape === '<handle>' || shape === '<email>' || shape === '<url>' || /^<num(7|1)/.test(shape))
        kinds.add('value');
    }
  }
  out.push(mix(hashString(`${prev} </s>`, SALT.bigram)) & mask);

  for (const flag of flags(text, kinds)) out.push(mix(hashString(flag, SALT.flag)) & mask);
}

/** Word classes whose co-occurrence matters more than either alone (a linear model can't AND). */
const TOKEN_KINDS: ReadonlyMap<string, string> = new Map([
  ...[
    'snap snapchat sc insta ig instagram discord dc whatsapp wa zap zapzap wpp wsp whats telegram tg tele tiktok kik',
    'facebook fb messenger twitter skype wechat signal imessage threads twitch facetime viber omegle line',
    'steam xbox psn playstation epic battle.net',
    'снап снэп инста инсту дискорд ватсап вотсап ватсапп телега телеграм тг вк тикток стим',
    'سناب انستا انستقرام واتساب واتس ديسكورد تيليجرام تلجرام تيك ستيم',
  ]
    .join(' ')
    .split(' ')
    .map((w) => [w, 'platform'] as const),
  ...[
    'u ur you your yours urs ya yo tu tus vc voce você ton ta tes dein deine deinen du senin sen kamu mu',
    'tuo tua tuoi je jouw jij jullie twoj twoja twoje ty masz mo ka ikaw iyo tera teri tumhara tum tu',
    'ты тебя твой твоя твои тебе انت انتي حقك',
  ]
    .join(' ')
    .split(' ')
    .map((w) => [w, 'you'] as const),
  ...[
    'my me mine im i mi mis meu minha mon ma mes mein meine ich benim aku saya',
    'mio mia mijn ik moj moja ja ko ako akin mera meri mujhe main',
    'я мой моя мои меня мне انا حقي',
  ]
    .join(' ')
    .split(' ')
    .map((w) => [w, 'me'] as const),
  ...[
    'number phone cell digits email gmail address addy school password pass pw login name surname location pic selfie photo',
    'numero telefono correo direccion escuela colegio contrasena foto endereco escola senha numero adresse ecole mdp',
    'nummer adresse schule passwort indirizzo scuola adres wachtwoord numer szkola haslo zdjecie numara adres okul sifre',
    'nomor alamat sekolah',
    'номер телефон почта адрес школа пароль фото фотку селфи',
    'رقم رقمك رقمي عنوان عنوانك مدرسة مدرستك باسورد صورة صورتك ايميل',
  ]
    .join(' ')
    .split(' ')
    .map((w) => [w, 'pii-noun'] as const),
  ...COUNTRY_WORDS.map((w) => [w, 'country'] as const),
]);

function flags(text: string, kinds: ReadonlySet<string>): string[] {
  const found: string[] = [];
  // Pairs and triples of word classes: "my" + a platform + a handle-like value is giving where
  // any one or two of them alone ("my alt is kim_22", "my snap streak") is not.
  const sorted = [...kinds].sort();
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      found.push(`<${sorted[i]}+${sorted[j]}>`);
      for (let k = j + 1; k < sorted.length; k++) found.push(`<${sorted[i]}+${sorted[j]}+${sorted[k]}>`);
    }
  }
  // A country alone is harmless where a town is not: the flag lets every unseen town name in
  // "im from …" read as a town, instead of only the towns the corpus happened to name.
  if (kinds.has('country')) found.push('<country>');
  if (text.includes('?')) found.push('<question>');
  let longest = 0;
  for (const m of text.matchAll(/\d+/g)) longest = Math.max(longest, m[0].length);
  found.push(`<longest-digits${lengthBucket(longest)}>`);
  if (/[\p{L}\p{N}._]@[\p{L}\p{N}-]+\.[a-z]{2,}/u.test(text)) found.push('<has-email>');
  if (/(?:^|\s)@[\p{L}\p{N}_]{2,}/u.test(text)) found.push('<has-at-handle>');
  if (/https?:\/\/|www\.|\.gg\/|\.com\/|\.me\//.test(text)) found.push('<has-url>');
  return found;
}
