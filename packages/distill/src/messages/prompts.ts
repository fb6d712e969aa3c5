import type { Label } from '@piiguard/sdk';
import { InputError } from '../exit-codes.js';
import { readText } from '../files.js';

/**
 * What the generator is asked, per label and message family. `{n}`, `{language}`, `{label}`,
 * `{family}` and `{description}` in `user` are filled in per request.
 */
export interface GenerationPrompts {
  readonly system: string;
  readonly user: string;
  /** Family name → what a message of that family does, per label. */
  readonly families: Readonly<Record<Label, Readonly<Record<string, string>>>>;
}

/**
 * The default families follow the label policy (docs/labels.md): each PII kind asked for and given,
 * and the hard negatives a moderation product must not flag.
 */
export const DEFAULT_PROMPTS: GenerationPrompts = Object.freeze({
  system:
    'You write realistic chat messages as players type them in online games and chat apps (slang, typos, ' +
    'emoji, no capitals), for training a child-safety classifier. Every message is fictional: invent names, ' +
    'numbers, handles and places. Reply with a JSON array of strings and nothing else.',
  user:
    'Write {n} different chat messages in {language}. Each message {description} Vary length, tone and ' +
    'wording; do not number them. Reply with a JSON array of {n} strings.',
  families: {
    asking: {
      phone: 'asks the other player for their phone number, or to text or call them.',
      email: 'asks the other player for their email address.',
      address: 'asks where the other player lives: their street, address or post code.',
      city: 'asks which town or city the other player lives in, or is near.',
      school: 'asks which school the other player goes to.',
      'real-name': "asks for the other player's real or full name.",
      handle:
        'asks for their account on an app outside the game (snap, insta, discord, whatsapp, tiktok, telegram, kik…), sometimes only hinted ("the ghost app").',
      photo: 'asks the other player to send a photo or video of themselves.',
      meetup: 'asks to meet the other player in person somewhere real.',
      credentials:
        'asks for the other player\'s password or login, often dressed up as trade help or a "dupe glitch".',
      'off-platform':
        'asks to move the chat to another app, a gaming platform outside the game (Steam, Xbox, PSN) or an external server.',
    },
    giving: {
      phone:
        'shares a (made-up) phone number, the writer\'s or someone else\'s, sometimes disguised ("five five five…").',
      email: 'shares a (made-up) email address, sometimes spelled out ("kim at gmail dot com").',
      address: 'shares a (made-up) street address or post code.',
      city: 'says which real town or city the writer lives in.',
      school: 'names the real school the writer goes to.',
      'real-name': "gives the writer's or someone else's (made-up) full real name.",
      handle:
        'gives a (made-up) handle on an app outside the game (snap, insta, discord, whatsapp, tiktok…).',
      photo: 'offers or says they sent a photo or video of themselves.',
      meetup: 'proposes a real place and time to meet in person.',
      credentials: 'gives a (made-up) password or login.',
      threat: 'threatens to expose (dox) someone, with or without their data.',
    },
    none: {
      'game-talk': 'is ordinary game chat: strategy, lag, trash talk, compliments, trading items.',
      'platform-talk':
        'talks about an app or platform without exchanging any handle or moving off the game ("is insta down for u too").',
      'game-numbers':
        'contains numbers that are not PII: scores, levels, prices, in-game currency, times, coordinates, server or room codes.',
      'in-game-name':
        'mentions in-game usernames or friend requests inside the game, with no outside reference.',
      'safety-talk': 'gives safety advice or refuses to share personal information ("not giving u my snap").',
      'harmless-questions':
        'asks a harmless question that targets no PII ("when did u start playing", "got homework tonight?").',
      'age-or-country': 'mentions only an age, a gender or a country, with nothing else.',
    },
  },
});

/** Language code → the name the prompt uses; other codes are used as given. */
const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  en: 'English',
  es: 'Spanish',
  pt: 'Brazilian Portuguese',
  fr: 'French',
  de: 'German',
  tr: 'Turkish',
  id: 'Indonesian',
  it: 'Italian',
  nl: 'Dutch',
  pl: 'Polish',
  ru: 'Russian',
  ja: 'Japanese',
  ko: 'Korean',
  ar: 'Arabic',
  hi: 'Hinglish (Hindi written in Latin letters)',
  tl: 'Tagalog',
};

export const languageName = (code: string) => LANGUAGE_NAMES[code] ?? code;

/** The user turn for one request. */
export function userPrompt(
  prompts: GenerationPrompts,
  label: Label,
  family: string,
  lang: string,
  n: number,
): string {
  const values: Record<string, string> = {
    n: String(n),
    language: languageName(lang),
    label,
    family,
    description: prompts.families[label][family] ?? family,
  };
  return prompts.user.replace(/\{(n|language|label|family|description)\}/g, (_, key: string) => values[key]!);
}

/**
 * Reads a prompts file: the JSON shape of `GenerationPrompts`, every field optional. Families given
 * for a label replace that label's defaults entirely, so a file can drop families as well as add them.
 */
export async function readPrompts(path: string): Promise<GenerationPrompts> {
  let value: unknown;
  try {
    value = JSON.parse(await readText(path));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${path} is not valid JSON.`);
  }
  const file = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const text = (key: string, fallback: string) => {
    const v = file[key];
    if (v === undefined) return fallback;
    if (typeof v !== 'string' || v.trim() === '')
      throw new InputError(`${path}: "${key}" must be a non-empty string.`);
    return v;
  };
  const families = { ...DEFAULT_PROMPTS.families } as Record<Label, Record<string, string>>;
  const given = file.families as Record<string, unknown> | undefined;
  if (given !== undefined) {
    if (typeof given !== 'object' || given === null)
      throw new InputError(`${path}: "families" must be an object.`);
    for (const [label, map] of Object.entries(given)) {
      if (!(label in families))
        throw new InputError(`${path}: "families" keys must be none, asking or giving.`);
      const entries = Object.entries((map ?? {}) as Record<string, unknown>);
      if (entries.length === 0 || entries.some(([, d]) => typeof d !== 'string' || d.trim() === '')) {
        throw new InputError(`${path}: "families.${label}" must map family names to descriptions.`);
      }
      families[label as Label] = Object.fromEntries(entries) as Record<string, string>;
    }
  }
  return {
    system: text('system', DEFAULT_PROMPTS.system),
    user: text('user', DEFAULT_PROMPTS.user),
    families,
  };
}
