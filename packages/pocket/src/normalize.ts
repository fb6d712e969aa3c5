/**
 * The normaliser shared by training and inference: it folds the ways people dress up PII to slip it
 * past filters (look-alike letters, leetspeak, spaced-out letters, digits as words, "gmail dot com",
 * separators inside numbers) back into one plain form, so the model sees one spelling per concept.
 * Every step is a linear-time pass; the output is what `features.ts` reads.
 */
import {
  DIGIT_WORDS,
  HANGUL_DIGITS,
  HOMOGLYPHS,
  KANA_DIGITS,
  KANJI_DIGITS,
  LEET,
  SYMBOLS,
} from './normalize-tables.js';

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;
/** Invisible characters used to split a word so filters miss it: removed, not spaced. */
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/g;
const COMBINING = /[\u0300-\u036f]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A token with a Latin letter is a Latin word (perhaps in disguise): it takes the look-alike folding. */
const LATIN = /[a-z]/i;
/** Look-alikes Russian never writes (Ukrainian/Macedonian letters, Latin IPA): a disguise wherever they are. */
const FOREIGN_LOOKALIKE = /[іїјѕԁɡһԛԝүɑІЈЅ]/;
/** A word-like token: letters, marks and digits, with the symbols leetspeak and handles use. */
const TOKEN_OF_LETTERS = /[\p{L}\p{M}\p{N}@._$!|+-]+/gu;
/** Arabic diacritics (tashkeel, superscript alef) and the tatweel stretching a word: dropped. */
const ARABIC_MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;
/** Arabic-Indic (U+0660–0669) and Persian (U+06F0–06F9) digits → ASCII: the low nibble is the digit. */
const EASTERN_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;

/**
 * Cyrillic/Greek look-alikes → Latin inside tokens that are Latin words in disguise ("ѕnарсhаt":
 * Latin letters among them, or letters Russian never uses); a token wholly in Russian or Greek keeps
 * its script, so Russian chat stays Russian. Then typographic variants, Arabic marks and digits,
 * and accents stripped (é → e, ß → ss).
 */
function foldCharacters(text: string): string {
  // Most text holds no look-alike at all: one scan for any of them skips the pass per token.
  const folded = !HOMOGLYPH_CHAR.test(text)
    ? text
    : text.replace(TOKEN_OF_LETTERS, (token) => {
        if (!LATIN.test(token) && !FOREIGN_LOOKALIKE.test(token)) return token;
        let out = '';
        for (const ch of token) out += HOMOGLYPHS.get(ch) ?? ch;
        return out;
      });
  return foldSymbols(folded)
    .replace(EASTERN_DIGITS, (d) => String(d.charCodeAt(0) & 0xf))
    .replace(ARABIC_MARKS, '')
    .normalize('NFD')
    .replace(COMBINING, '')
    .normalize('NFC');
}

/** Characters of the table that are not letters (quotes, dashes, dotless i, ß...), folded everywhere. */
function foldSymbols(text: string): string {
  return text.replace(SYMBOL_CHAR, (ch) => SYMBOLS.get(ch) ?? ch);
}

/** A character class of a table's keys (each one UTF-16 unit or a surrogate pair), escaped. */
function classOf(keys: Iterable<string>, flags: string): RegExp {
  const escaped = [...keys].map((k) => k.replace(/[\\\][^-]/g, '\\$&')).join('');
  return new RegExp(`[${escaped}]`, flags);
}
/** Tested, not replaced: no `g`, so `test` keeps no state between calls. */
const HOMOGLYPH_CHAR = classOf(HOMOGLYPHS.keys(), 'u');
const SYMBOL_CHAR = classOf(SYMBOLS.keys(), 'gu');

/** "@" spelled out in the corpus languages: at, arroba, arobase, chez, bei, et, chiocciola, apenstaartje, małpa, собака, アットマーク, "at the rate", a còng, 골뱅이, Arabic آت. */
const AT =
  '(?:@|\\(at\\)|\\[at\\]|\\{at\\}|<at>| (?:at the rate|at the rate of|attherate|at|arroba|arobase|arrobase|chez|bei|et|chiocciola|apenstaartje|malpa|a cong|a moc|собака|собачка|ат|ات|آت|골뱅이|앳) |\\s?(?:アットマーク|アット|あっと)\\s?)';
/** "." spelled out: dot, ponto, punto, point, punkt, nokta, titik, punt, kropka, tuldok, chấm, точка, ドット, نقطة, دوت, 닷, 점. */
const DOT =
  '(?:\\.|\\(dot\\)|\\[dot\\]|\\{dot\\}|<dot>| (?:dot|ponto|punto|point|punkt|nokta|titik|punt|kropka|tuldok|cham|точка|نقطة|دوت|닷|점) |\\s?(?:ドット|どっと)\\s?)';
const PROVIDERS =
  '(gmail|hotmail|yahoo|outlook|icloud|proton(?:mail)?|aol|live|mail|yandex|gmx|web|rambler|libero|wp|onet|interia|rediffmail|ymail)';
const TLDS = '(com|net|org|co|io|me|de|fr|es|br|tr|id|uk|ru|it|nl|pl|jp|in|ph|sa|ae|eg)';
/**
 * With a spelled "at" between them any domain counts ("kim dot lee at example dot org"), and the
 * user part may be dotted in words too; without one only a known provider does, so "gmail dot com"
 * is read but "spawn point com" is not.
 */
const EMAIL_SPELLED = new RegExp(
  `(?<![a-z0-9._])([a-z0-9._]+(?:${DOT}[a-z0-9_]+){0,2})\\s*${AT}\\s*([a-z0-9-]+)\\s*${DOT}\\s*${TLDS}\\b|\\b${PROVIDERS}\\s*${DOT}\\s*${TLDS}\\b`,
  'g',
);
const SPELLED_DOT = new RegExp(DOT, 'g');

/** "kim at gmail dot com" → "kim@gmail.com"; "gmail dot com" → "gmail.com". */
function unspellEmails(text: string): string {
  return text.replace(EMAIL_SPELLED, (_m, user, domain, tld, provider, tld2) =>
    user !== undefined ? `${user.replace(SPELLED_DOT, '.')}@${domain}.${tld}` : `${provider}.${tld2}`,
  );
}

/**
 * Runs of three or more single letters/digits split by one repeated separator (spaces, dots,
 * dashes...): "s n a p" → "snap", "d-i-s-c-o-r-d" → "discord".
 */
const SPACED =
  /(?<![\p{L}\p{N}])[\p{L}\p{N}]([ .\-_*]{1,2})[\p{L}\p{N}](?:\1[\p{L}\p{N}])+(?![\p{L}\p{N}])/gu;
function collapseSpaced(text: string): string {
  return text.replace(SPACED, (m) => m.replace(/[^\p{L}\p{N}]/gu, ''));
}

/** Leet digits/symbols → letters, only inside tokens that also hold letters, so numbers stay numbers. */
function foldLeet(text: string): string {
  return text.replace(/[a-z0-9@$!|+]+/g, (token: string, offset: number, whole: string) => {
    // Only a token with both a letter and a leet character can change.
    if (!/[a-z]/.test(token) || !/[0-9@$!|+]/.test(token)) return token;
    const at = token.indexOf('@');
    // An email ("kim@gmail.com"): fold the user part only and keep the "@".
    if (at > 0 && whole[offset + token.length] === '.')
      return foldLeetToken(token.slice(0, at)) + token.slice(at);
    return foldLeetToken(token);
  });
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch >= 'a' && ch <= 'z';
}

function foldLeetToken(token: string): string {
  let out = '';
  // The last character written; reading `out[i - 1]` would flatten the growing string every time.
  let last: string | undefined;
  for (let i = 0; i < token.length; i++) {
    const ch = token[i]!;
    const map = LEET.get(ch);
    // A leet character counts as a letter only between letters (or at the start, leading into
    // letters): "sn4p", "h0tm41l" and "1nsta" fold; "kim99", "user2" and "@kim" keep theirs.
    const before = isLetter(last);
    const after = isLetter(token[i + 1]) || (LEET.has(token[i + 1] ?? '') && isLetter(token[i + 2]));
    last = map !== undefined && after && (before || (i === 0 && ch !== '@')) ? map : ch;
    out += last;
  }
  return out;
}

const DIGIT_WORD = `(?:${[...DIGIT_WORDS.keys()].join('|')}|\\d+)`;
/** Letters and digits of any script: `\\b` only knows ASCII, and digit words are Cyrillic or Arabic too. */
const DIGIT_WORD_RUN = new RegExp(
  `(?<![\\p{L}\\p{N}])${DIGIT_WORD}(?:[ ,\\-]+${DIGIT_WORD}){2,}(?![\\p{L}\\p{N}])`,
  'gu',
);
/** Three or more digit words (or digit groups) in a row become digits: "five five five 12" → "55512". */
function digitWordsToDigits(text: string): string {
  return text.replace(DIGIT_WORD_RUN, (m) => {
    const parts = m.split(/[ ,-]+/);
    const words = parts.filter((p) => DIGIT_WORDS.has(p)).length;
    if (words === 0) return m;
    return parts.map((p) => DIGIT_WORDS.get(p) ?? p).join('');
  });
}

/** Three or more kanji digits in a row ("〇九〇…", as Japanese writes a number out) → digits. */
const KANJI_RUN = new RegExp(`[${[...KANJI_DIGITS.keys()].join('')}]{3,}`, 'g');
function kanjiToDigits(text: string): string {
  return text.replace(KANJI_RUN, (m) => [...m].map((ch) => KANJI_DIGITS.get(ch)).join(''));
}

/**
 * Three or more kana digits read out ("ゼロナナゼロ、ゴーゴーゴー", "ぜろきゅうぜろ") → digits, the
 * reading marks between groups kept. The run must not touch other kana, so "サンゴ" inside a word,
 * "ゴーゴーカレー" or "いちご" stay words.
 */
const KANA_DIGIT = `(?:${[...KANA_DIGITS.keys()].join('|')})`;
const KANA_RUN = new RegExp(
  `(?<![\\u3041-\\u30ff])${KANA_DIGIT}(?:[、・ -]?${KANA_DIGIT}){2,}(?![\\u3041-\\u30ff])`,
  'g',
);
const KANA_DIGIT_ONE = new RegExp(KANA_DIGIT, 'g');
function kanaToDigits(text: string): string {
  return text.replace(KANA_RUN, (m) => m.replace(KANA_DIGIT_ONE, (d) => KANA_DIGITS.get(d)!));
}

/**
 * A Hangul word made only of three or more Sino-Korean digits ("공일공", "오오오") → digits. Whole
 * words only: the same syllables inside ordinary words (이사, 사이, 오늘) are left alone.
 */
const HANGUL_RUN = new RegExp(
  `(?<![\\uac00-\\ud7a3])[${[...HANGUL_DIGITS.keys()].join('')}]{3,}(?![\\uac00-\\ud7a3])`,
  'g',
);
function hangulToDigits(text: string): string {
  return text.replace(HANGUL_RUN, (m) => [...m].map((ch) => HANGUL_DIGITS.get(ch)).join(''));
}

/**
 * Digit groups joined by separators, 7+ digits in all: "555-123 45.67" → "5551234567" (phones).
 * Japanese also joins them with 、 or the long-vowel mark ー typed as a dash ("090ー5550ー0177").
 */
const GROUPED_NUMBER = /\+?\(?(?<!\d)\d+\)?(?:[ .\-_\u00a0、ー]{1,3}\(?\d+\)?)+/g;
function joinNumberGroups(text: string): string {
  return text.replace(GROUPED_NUMBER, (m) => {
    // " -64" is a minus sign (coordinates), not a separator.
    if (/\s-\d/.test(m)) return m;
    const digits = m.replace(/\D/g, '');
    return digits.length >= 7 ? (m.startsWith('+') ? '+' : '') + digits : m;
  });
}

/**
 * Normalises one text for the pocket model. Deterministic and total: any string in, a string out
 * (lone surrogates and control characters become spaces).
 */
export function normalize(text: string): string {
  let t = text.replace(LONE_SURROGATE, ' ').replace(INVISIBLE, '').normalize('NFKC').replace(CONTROL, ' ');
  t = foldCharacters(t).toLowerCase();
  t = t.replace(/\s+/g, ' ');
  t = collapseSpaced(t);
  t = unspellEmails(t);
  t = foldLeet(t);
  t = digitWordsToDigits(hangulToDigits(kanaToDigits(kanjiToDigits(t))));
  t = joinNumberGroups(t);
  return t.trim();
}
