/**
 * The corpus generator: draws a label, a language, an intent and a template (or one side of a
 * contrast pair), fills the slots with fresh values (sometimes disguised), sometimes buries the
 * message in or after harmless chatter, sometimes switches language around it, then adds surface
 * noise. Same seed → same corpus.
 */
import type { Label } from '@piiguard/sdk';
import { Rng } from '../../src/random.js';
import * as accountSupport from './account-support.js';
import { announcement, announcementSentences } from './announcements.js';
import * as asidesAndProfiles from './asides-and-profiles.js';
import * as bystanderTalk from './bystander-talk.js';
import { compositional } from './compositional.js';
import { contrastFor } from './contrast.js';
import * as dataTalk from './data-talk.js';
import { EN } from './english.js';
import { EN_EXTRA } from './english-extra.js';
import { DE_EXTRA, ES_EXTRA, FR_EXTRA, ID_EXTRA, PT_EXTRA, TR_EXTRA } from './extra-existing.js';
import { templateSets } from './families.js';
import { GAP_FAMILIES } from './gap-families.js';
import * as groupNotices from './group-notices.js';
import * as guildExchanges from './guild-exchanges.js';
import * as inWorldTalk from './in-world-talk.js';
import intl from './intl.generated.json';
import { KO, VI } from './korean-vietnamese.js';
import { IT, NL, PL } from './languages-europe.js';
import { AR, HI, JA, RU, TL } from './languages-world.js';
import * as lex from './lexicon.js';
import * as localTrade from './local-trade.js';
import * as lookalikes from './lookalikes.js';
import { addNoise } from './noise.js';
import { DE, ID, TR } from './other-languages.js';
import * as passingDisclosures from './passing-disclosures.js';
import * as placesAndPeople from './places-and-people.js';
import * as pretextAsks from './pretext-asks.js';
import { ES, FR, PT } from './romance.js';
import { SHORT_DISCLOSURES } from './short-disclosures.js';
import * as studyLife from './study-life.js';
import { expand, type Slots } from './template.js';
import * as terseExchanges from './terse-exchanges.js';
import * as terseLocalTalk from './terse-local-talk.js';
import type { Example, TemplateSet } from './types.js';
import type { Language } from './values.js';
import * as values from './values.js';

/** Two template sets as one: the intents of both, templates of a shared intent concatenated. */
function merge(a: TemplateSet, b: TemplateSet): TemplateSet {
  const out = {} as Record<Label, Record<string, readonly string[]>>;
  for (const label of ['none', 'asking', 'giving'] as const) {
    out[label] = { ...a[label] };
    for (const [intent, templates] of Object.entries(b[label])) {
      out[label][intent] = [...(out[label][intent] ?? []), ...templates];
    }
  }
  return out;
}

const BASE_SETS: Readonly<Record<Language, TemplateSet>> = {
  en: merge(EN, EN_EXTRA),
  es: merge(ES, ES_EXTRA),
  pt: merge(PT, PT_EXTRA),
  fr: merge(FR, FR_EXTRA),
  de: merge(DE, DE_EXTRA),
  it: IT,
  nl: NL,
  pl: PL,
  tr: merge(TR, TR_EXTRA),
  id: merge(ID, ID_EXTRA),
  tl: TL,
  hi: HI,
  ru: RU,
  ja: JA,
  ar: AR,
  ko: KO,
  vi: VI,
};

/**
 * The family files of rounds 4–12 (one per gap a round found), in the order they are merged: each
 * brings its templates per language (`EN` … `VI`) and its intents' draw weights (`WEIGHTS`).
 */
const FAMILY_FILES = [
  dataTalk,
  terseExchanges,
  pretextAsks,
  lookalikes,
  guildExchanges,
  bystanderTalk,
  asidesAndProfiles,
  inWorldTalk,
  terseLocalTalk,
  groupNotices,
  placesAndPeople,
  localTrade,
  studyLife,
  accountSupport,
];

const PASSING_DISCLOSURES = templateSets(passingDisclosures);
const FAMILY_SETS = FAMILY_FILES.map((file) => templateSets(file));

const SETS = Object.fromEntries(
  Object.entries(BASE_SETS).map(([lang, set]) => {
    const gaps = GAP_FAMILIES[lang as Language];
    const withGaps = merge(gaps === undefined ? set : merge(set, gaps), SHORT_DISCLOSURES[lang as Language]);
    const round3 = merge(withGaps, PASSING_DISCLOSURES[lang as Language]);
    return [lang, FAMILY_SETS.reduce((all, sets) => merge(all, sets[lang as Language]), round3)];
  }),
) as Readonly<Record<Language, TemplateSet>>;

/** English is the largest share; every other language gets enough to learn its phrasings. */
const LANGUAGE_WEIGHTS: readonly (readonly [Language, number])[] = [
  ['en', 40],
  ['es', 5],
  ['pt', 5],
  ['fr', 5],
  ['de', 5],
  ['it', 4],
  ['nl', 4],
  ['pl', 4],
  ['tr', 4],
  ['id', 4],
  ['tl', 4],
  ['hi', 4],
  ['ru', 4],
  ['ja', 4],
  ['ar', 4],
  ['ko', 3],
  ['vi', 3],
];

/** The training mix: harmless messages are half, so the many kinds of harmless chat all get room. */
export const TRAINING_LABEL_WEIGHTS: readonly (readonly [Label, number])[] = [
  ['none', 50],
  ['asking', 25],
  ['giving', 25],
];

/**
 * How often each intent is drawn relative to the others of its label: external handles are what
 * people swap most, so they (and their hard negatives) get more examples.
 */
const OWN_WEIGHTS: Readonly<Record<string, number>> = {
  handle: 4.5,
  phone: 1.5,
  platformTalk: 1.5,
  chat: 2,
  more: 2,
  plainChat: 3,
  ingameId: 1.5,
  fictional: 1.5,
  gameNumbers: 1.5,
  questions: 1.5,
  bare: 0.6,
  short: 0.6,
  // The families added for chat the first templates missed (gap-families.ts): enough to learn
  // them without crowding out the families that were already right.
  lobbyCode: 1,
  scheduleShort: 1,
  wordTrap: 1,
  platformTalkMore: 0.8,
  ingameThreat: 0.5,
  roleplayNumbers: 0.5,
  generalQuestion: 0.7,
  giveaway: 0.5,
  friendRequest: 0.6,
  trade: 0.7,
  chatMore: 1.5,
  credentialPretext: 1,
  hintShort: 0.8,
  betterPlace: 0.6,
  thirdPartyAsk: 0.7,
  phoneShort: 0.5,
  whereabouts: 0.6,
  photoShort: 0.5,
  doxxIp: 1,
  faceReveal: 0.6,
  realNameAside: 0.5,
  postcode: 0.5,
  townShort: 0.6,
  hintGive: 1.2,
  sameHandleMore: 0.5,
  meetNamed: 0.4,
  lineId: 0.6,
  schoolWhich: 0.5,
  gamingCode: 0.6,
  bothConcrete: 0.6,
  ageLocation: 0.8,
  schoolSmallTalk: 0.7,
  friendInGame: 0.8,
  platformDown: 0.8,
  ageAloneAsk: 0.6,
  addressArea: 0.5,
  lobbyMore: 0.7,
  timeThere: 0.5,
  gameAccountId: 0.5,
  gamingPlatformTalk: 0.8,
  callMe: 0.8,
  cityInPassing: 0.6,
  // Issue 13 (short-disclosures.ts): a town named in a few words is the most common disclosure the
  // earlier templates lacked, so it gets the most room; its country-alone twin keeps the shape even.
  cityShort: 4,
  countryShort: 1.5,
  credentialsGiven: 0.6,
  emailSpelled: 0.5,
  phoneAside: 0.5,
  whereShort: 0.7,
  platformTalkShort: 1.2,
  gameWhats: 0.6,
  ageShort: 0.6,
  friendRequestName: 0.6,
  roomCodeShort: 0.6,
  fbName: 0.5,
  askShortLocal: 0.6,
  // Round 3 (passing-disclosures.ts): data dropped in passing with a reason around it, and the harmless
  // look-alikes that cost the most false alarms (long scores, rules naming the data, map places).
  addressPassing: 0.8,
  phonePassing: 0.8,
  thirdPartyGive: 0.6,
  otpReadOut: 0.6,
  voiceServer: 0.3,
  doxxNamed: 0.6,
  schoolPassing: 0.4,
  handleTranslit: 0.4,
  scoreBig: 0.8,
  rulesPost: 0.5,
  playInvite: 0.8,
  jokeThreat: 0.6,
  mapPlace: 0.6,
  rpNumber: 0.5,
  chatShort: 0.5,
};

/**
 * Draw weights merged from several sources, refusing an intent weighed twice: a family file that
 * reused an intent's name would otherwise change the older intent's weight without a word.
 */
export function mergeWeights(
  ...sources: readonly (Readonly<Record<string, number>> | undefined)[]
): Readonly<Record<string, number>> {
  const merged: Record<string, number> = {};
  for (const source of sources) {
    for (const [intent, weight] of Object.entries(source ?? {})) {
      if (intent in merged) throw new Error(`Intent "${intent}" is weighed twice`);
      merged[intent] = weight;
    }
  }
  return merged;
}

/** Rounds 1–3's weights, then the weights each family file (rounds 4–12) gives its own intents. */
const INTENT_WEIGHTS = mergeWeights(OWN_WEIGHTS, ...FAMILY_FILES.map((file) => file.WEIGHTS));

/** Names that stand for an external app without naming it plainly (the policy's "hinted" handles). */
const HINTS = lex.list(
  'the ghost app|👻|the yellow app|the ghost|the app with the ghost|📸|the camera app|the bird app|🐦|the blue app|sc|snp|the d app|d!sc|disc|tele|the paper plane app|✈️|the 🎵 app|the green app|wsp|wpp|zapzap|ｓｎａｐ|𝓼𝓷𝓪𝓹|𝐢𝐧𝐬𝐭𝐚|s.n.a.p|i.g|the app that starts with s|the app with the yellow logo|the purple app|the 📱 app|the clock app|the music app|the gram|the tok|the app with the clock|⏰|🎵|the chat app with the bubble',
);

/** Platform names as chat in each script writes them; Latin-script languages use the shared lists. */
const LOCAL_PLATFORMS: Partial<Record<Language, readonly string[]>> = {
  ru: lex.list('снап|инста|инсту|инстаграм|тг|телега|телеграм|вк|вконтакте|дискорд|ватсап|вотсап|тикток'),
  ja: lex.list('インスタ|ライン|LINE|ツイッター|X|ディスコ|ディスコード|ティックトック|TikTok|カカオ'),
  ar: lex.list('سناب|انستا|انستقرام|واتساب|واتس|تيك توك|ديسكورد|تلقرام|تويتر'),
  ko: lex.list('카톡|카카오톡|인스타|디코|디스코드|페북|트위터|틱톡|라인|스냅챗'),
  vi: lex.list('zalo|fb|face|facebook|messenger|insta|tiktok|tele|telegram'),
};

const GAMING_PLATFORMS = lex.list(
  'steam|xbox|psn|playstation|ps5|epic|epic games|switch|battle.net|xbox live|ea app|ubisoft|minecraft java|riot|valorant|gamertag',
);

const HOTELS = lex.list(
  'the hilton downtown|the marriott|the holiday inn on 5th|the ibis near the station|the hyatt|the best western|the motel 6 on {street}|the grand hotel|the radisson|the sheraton',
);

const SERVER_WORDS = lex.list('craft|mc|smp|play|pvp|sky|block|hype|mine|lifesteal|survival|cube');

interface Intl {
  readonly months: readonly string[];
  readonly weekdays: readonly string[];
  readonly countries: readonly string[];
}
const INTL = intl as Readonly<Record<Language, Intl>>;

function serverAddress(rng: Rng): string {
  const name = `${rng.pick(lex.HANDLE_WORDS)}${rng.pick(SERVER_WORDS)}`;
  return rng.pick([
    () => `play.${name}.net`,
    () => `mc.${name}.com`,
    () => `${name}.aternos.me`,
    () => `${name}.minehut.gg`,
    () =>
      `${rng.int(11, 223)}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}:${rng.pick(['25565', '19132', '27015', '7777'])}`,
    () => `${name}.org`,
  ])();
}

/**
 * What the slot fillers of the message being expanded read: how often to disguise a value, and the
 * list that collects the values noise must not touch. One shared object, set by `slots()` before
 * each expansion, so the fillers are built once per language instead of once per message.
 */
const current: { disguise: number; protect: string[] } = { disguise: 0, protect: [] };
const SLOTS = new Map<Language, Slots>();

function slots(lang: Language, disguise: number, protect: string[]): Slots {
  current.disguise = disguise;
  current.protect = protect;
  let fillers = SLOTS.get(lang);
  if (fillers === undefined) {
    fillers = slotFillers(lang);
    SLOTS.set(lang, fillers);
  }
  return fillers;
}

function slotFillers(lang: Language): Slots {
  const keep = (v: string): string => {
    current.protect.push(v);
    return v;
  };
  const maybe = (rng: Rng): boolean => rng.chance(current.disguise);
  const local = INTL[lang];
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
          () => `${values.cap(r.pick(lex.HANDLE_WORDS))}_${values.cap(r.pick(lex.HANDLE_WORDS))}`,
        ])(),
      ),
    platform: (r) =>
      keep(
        LOCAL_PLATFORMS[lang] !== undefined && r.chance(0.5)
          ? r.pick(LOCAL_PLATFORMS[lang]!)
          : maybe(r)
            ? values.disguiseWord(r, r.pick(lex.TOP_PLATFORMS))
            : r.pick(r.chance(0.6) ? lex.TOP_PLATFORMS : lex.PLATFORMS),
      ),
    gaming: (r) => keep(r.pick(GAMING_PLATFORMS)),
    hint: (r) => keep(r.pick(HINTS)),
    link: (r) => keep(values.inviteLink(r, values.handle(r))),
    server: (r) => keep(serverAddress(r)),
    postcode: () => keep(values.postcode(lang)),
    ip: (r) => keep(`${r.int(11, 223)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`),
    address: (r) => keep(values.address(r, r.chance(0.35), lang)),
    street: (r) =>
      keep(
        r.chance(0.5) ? values.localStreet(lang) : `${r.pick(lex.STREET_NAMES)} ${r.pick(lex.STREET_TYPES)}`,
      ),
    city: (r) => keep(r.chance(0.3) ? values.cap(values.city(r, lang)) : values.city(r, lang)),
    school: (r) => keep(r.chance(0.3) ? values.cap(values.school(r, lang)) : values.school(r, lang)),
    fullname: (r) => keep(values.fullName(r, lang)),
    realcity: (r) => keep(values.realCity(r, lang)),
    lastname: (r) => values.localLastName(r, lang).toLowerCase(),
    domain: (r) => keep(`${r.pick(lex.HANDLE_WORDS)}${r.pick(['', 'mail', 'box', 'net', 'web'])}`),
    otp: (r) => keep(values.digits(r, r.pick([4, 6, 6, 8]))),
    token: (r) => keep(values.token(r)),
    first: (r) => (r.chance(0.5) ? values.localFirstName(r, lang).toLowerCase() : values.firstName(r)),
    password: (r) => keep(values.password(r)),
    pin: (r) => keep(values.digits(r, 4)),
    place: (r) => r.pick(lex.PLACES),
    namedplace: (r) => keep(r.pick(lex.NAMED_PLACES)),
    venue: (r) => keep(values.venue(r, lang)),
    hotel: (r) => keep(expand(r.pick(HOTELS), r, { street: () => r.pick(lex.STREET_NAMES) })),
    room: (r) => String(r.int(100, 1299)),
    day: (r) => r.pick(lex.DAYS),
    weekday: (r) => {
      const day = r.pick(local.weekdays);
      return r.chance(0.6) ? day.toLowerCase() : day;
    },
    month: (r) => {
      const month = r.pick(local.months);
      return r.chance(0.6) ? month.toLowerCase() : month;
    },
    country: (r) => r.pick(local.countries),
    age: (r) => String(r.int(8, 17)),
    ordinal: (r) =>
      r.pick(['1st', '2nd', '3rd', `${r.int(4, 20)}th`, '21st', '22nd', '23rd', `${r.int(24, 30)}th`]),
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
    // Game numbers as long as phone numbers, so a number's length alone never means PII.
    bigscore: (r) =>
      r.pick([
        `${r.int(1, 9)},${r.int(100, 999)},${r.int(100, 999)}`,
        values.digits(r, r.int(6, 10)),
        `${r.int(1, 99)}.${r.int(1, 9)}m`,
        `${r.int(100, 999)} ${r.int(100, 999)} ${r.int(100, 999)}`,
      ]),
    decimal: (r) => `${r.int(0, 9)}.${r.int(0, 99)}`,
    level: (r) => String(r.int(1, 999)),
    pingms: (r) => String(r.int(20, 999)),
    rpnum: (r) =>
      r.pick(['911', '999', '112', '101', '000', String(r.int(1, 99)), values.digits(r, r.int(3, 4)), '555']),
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
    emoji: (r) => r.pick(lex.EMOJIS),
  };
}

function message(rng: Rng, lang: Language, label: Label, protect: string[]): string {
  const disguise = rng.pick([0, 0.1, 0.3, 0.6]);
  if (lang === 'en' && rng.chance(label === 'none' ? 0.08 : 0.2)) {
    return compositional(rng, label, slots(lang, rng.pick([0, 0.2, 0.5]), protect));
  }
  const pairs = contrastFor(lang, label);
  if (pairs.length > 0 && rng.chance(lang === 'en' ? 0.18 : 0.12)) {
    const pair = rng.pick(pairs);
    const side = rng.pick(pair.sides[label]!);
    return expand(pair.shape.replace('{X}', side), rng, slots(lang, disguise, protect));
  }
  if (label === 'none' && values.hasWords(lang) && rng.chance(0.06)) return values.wordSalad(rng, lang);
  if (label === 'none' && rng.chance(0.12)) return announcement(rng, lang, slots(lang, 0, protect));
  const intents = SETS[lang][label];
  const intent = rng.weighted(Object.keys(intents).map((k) => [k, INTENT_WEIGHTS[k] ?? 1] as const));
  const template = rng.pick(intents[intent]!);
  return expand(template, rng, slots(lang, disguise, protect));
}

function chatter(rng: Rng, lang: Language, count: number): string {
  // A third of the chatter is a coherent post (plans, prizes, a story) rather than unrelated lines.
  if (rng.chance(0.35))
    return announcementSentences(rng, lang, slots(lang, 0, []))
      .slice(0, count + 1)
      .join('. ');
  const parts: string[] = [];
  for (let i = 0; i < count; i++) parts.push(message(rng, rng.chance(0.75) ? lang : 'en', 'none', []));
  return parts.join(rng.pick(['. ', ' ', ', ', '! ', ' lol ', '\n', ' and ', ' but ']));
}

export interface CorpusOptions {
  /** The label mix, as weights. @default TRAINING_LABEL_WEIGHTS */
  readonly labelWeights?: readonly (readonly [Label, number])[];
}

/** One labelled example. */
export function generateExample(
  rng: Rng,
  labelWeights: readonly (readonly [Label, number])[] = TRAINING_LABEL_WEIGHTS,
): Example {
  const label = rng.weighted(labelWeights);
  const lang = rng.weighted(LANGUAGE_WEIGHTS);
  const protect: string[] = [];
  // Code-switching: now and then the labelled message is English inside another language's chat.
  const messageLang = lang !== 'en' && rng.chance(0.08) ? 'en' : lang;
  let text = message(rng, messageLang, label, protect);
  if (label !== 'none' && rng.chance(0.06))
    text += `${rng.pick([' and ', ', ', ' also ', '. '])}${message(rng, lang, label, protect)}`;
  // Round 3: real chat hands data over with a game reason in the same breath ("text me if the lobby
  // dies"), so a short harmless clause joins messages of every label alike: game words beside PII
  // must not cancel it, and the clause alone must not flag anything.
  if (rng.chance(0.08)) {
    const clause = message(rng, messageLang, 'none', []);
    if (clause.length <= 60) text += `${rng.pick([', ', ' ', ' so ', ' if ', ' cuz ', ', then '])}${clause}`;
  }
  const shape = rng.weighted([
    ['plain', 58],
    ['long-tail', 18],
    ['long-head', 10],
    ['sandwich', 14],
  ] as const);
  const core = addNoise(rng, text, protect);
  let before = '';
  let after = '';
  const switched = messageLang !== lang;
  if (shape === 'long-tail' || shape === 'sandwich' || switched) {
    before = `${addNoise(rng, chatter(rng, lang, rng.int(shape === 'long-tail' ? 2 : 1, shape === 'plain' ? 1 : 7)), [])}${rng.pick(['. ', ' ', ' anyway ', ' btw ', '\n', ', '])}`;
  }
  if (shape === 'long-head' || shape === 'sandwich') {
    after = `${rng.pick(['. ', ' ', ' anyway ', '\n', ' lol '])}${addNoise(rng, chatter(rng, lang, rng.int(1, 4)), [])}`;
  }
  return { text: before + core + after, label, parts: [before, core, after] };
}

/** `size` examples from `seed`. */
export function generateCorpus(seed: number, size: number, options: CorpusOptions = {}): Example[] {
  const rng = new Rng(seed);
  values.seedFakers(seed);
  return Array.from({ length: size }, () => generateExample(rng, options.labelWeights));
}
