/**
 * The shape every family file of the corpus shares: one exported `Families` constant per language,
 * named by its upper-case code (`EN`, `ES`, … `VI`), turned into full template sets by
 * `templateSets` — a label or a language a file has nothing for is empty, so `generate.ts` merges
 * every file the same way.
 */
import type { Label } from '@piiguard/sdk';
import type { TemplateSet } from './types.js';
import type { Language } from './values.js';

/** Some intents of some labels, for one language. */
export type Families = Partial<Record<Label, Record<string, readonly string[]>>>;

const LANGUAGES: readonly Language[] = [
  'en',
  'es',
  'pt',
  'fr',
  'de',
  'it',
  'nl',
  'pl',
  'tr',
  'id',
  'tl',
  'hi',
  'ru',
  'ja',
  'ar',
  'ko',
  'vi',
];

/** A family file's module: its per-language constants, by upper-case language code. */
export type FamilyFile = Partial<Record<Uppercase<Language>, Families>>;

/** One family file's families as a template set per language. */
export function templateSets(file: FamilyFile): Readonly<Record<Language, TemplateSet>> {
  return Object.fromEntries(
    LANGUAGES.map((lang) => {
      const f = file[lang.toUpperCase() as Uppercase<Language>] ?? {};
      return [lang, { none: f.none ?? {}, asking: f.asking ?? {}, giving: f.giving ?? {} }];
    }),
  ) as Record<Language, TemplateSet>;
}

/** The ten digits as one `[..|..]` choice's alternatives. */
export const DIGIT_CHOICE = '0|1|2|3|4|5|6|7|8|9';

/**
 * `n` copies of one `[a|b|…]` choice joined by `sep`: a value that varies without a slot, such as a
 * code digit by digit or a phone number in a language's digit words.
 */
export function choices(alternatives: string, n: number, sep = ''): string {
  return Array.from({ length: n }, () => `[${alternatives}]`).join(sep);
}
