/**
 * PII values for the slots (phones, emails, handles, addresses...), each optionally disguised the
 * way people dodge filters: spaced out, leetspeak, look-alike letters, digits written as words.
 * Names, cities, streets and phone formats come partly from @faker-js/faker's locale data (real
 * variety per language), partly invented (syllables), so no list of names can be memorised.
 */
import {
  ar,
  base,
  de,
  en,
  en_IN,
  es,
  Faker,
  fr,
  id_ID,
  it,
  ja,
  ko,
  nl,
  pl,
  pt_BR,
  ru,
  tr,
  vi,
} from '@faker-js/faker';
import type { Rng } from '../../src/random.js';
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

/**
 * The corpus languages: `hi` is Hinglish (Hindi and English in Latin letters), `tl` Tagalog with
 * Taglish; `ja`, `ru`, `ar` and `ko` are written in their own scripts, `vi` in Latin letters with
 * its diacritics (or without, as chat often drops them).
 */
export type Language =
  | 'en'
  | 'es'
  | 'pt'
  | 'fr'
  | 'de'
  | 'it'
  | 'nl'
  | 'pl'
  | 'tr'
  | 'id'
  | 'tl'
  | 'hi'
  | 'ru'
  | 'ja'
  | 'ar'
  | 'ko'
  | 'vi';

export const DIGIT_NAMES: Record<Language, readonly string[]> = {
  en: list('zero|one|two|three|four|five|six|seven|eight|nine'),
  es: list('cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve'),
  pt: list('zero|um|dois|três|quatro|cinco|seis|sete|oito|nove'),
  fr: list('zéro|un|deux|trois|quatre|cinq|six|sept|huit|neuf'),
  de: list('null|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun'),
  it: list('zero|uno|due|tre|quattro|cinque|sei|sette|otto|nove'),
  nl: list('nul|een|twee|drie|vier|vijf|zes|zeven|acht|negen'),
  pl: list('zero|jeden|dwa|trzy|cztery|pięć|sześć|siedem|osiem|dziewięć'),
  tr: list('sıfır|bir|iki|üç|dört|beş|altı|yedi|sekiz|dokuz'),
  id: list('nol|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan'),
  tl: list('sero|isa|dalawa|tatlo|apat|lima|anim|pito|walo|siyam'),
  hi: list('shunya|ek|do|teen|char|paanch|chhe|saat|aath|nau'),
  ru: list('ноль|один|два|три|четыре|пять|шесть|семь|восемь|девять'),
  ja: list('〇|一|二|三|四|五|六|七|八|九'),
  ar: list('صفر|واحد|اثنين|ثلاثة|أربعة|خمسة|ستة|سبعة|ثمانية|تسعة'),
  ko: list('공|일|이|삼|사|오|육|칠|팔|구'),
  vi: list('không|một|hai|ba|bốn|năm|sáu|bảy|tám|chín'),
};

/** Faker's locale data per language (Tagalog has none of its own: English data, Filipino names below). */
const FAKER_LOCALES = {
  en: [en],
  es: [es],
  pt: [pt_BR],
  fr: [fr],
  de: [de],
  it: [it],
  nl: [nl],
  pl: [pl],
  tr: [tr],
  id: [id_ID],
  tl: [en],
  hi: [en_IN],
  ru: [ru],
  ja: [ja],
  ar: [ar],
  ko: [ko],
  vi: [vi],
} as const;

/**
 * One Faker per language. Faker keeps its own random state, so `seedFakers` re-seeds every one at
 * the start of a corpus: the same corpus seed then gives the same values.
 */
const FAKERS = Object.fromEntries(
  Object.entries(FAKER_LOCALES).map(([lang, locales]) => [
    lang,
    new Faker({ locale: [...locales, en, base] }),
  ]),
) as Record<Language, Faker>;

export function seedFakers(seed: number): void {
  Object.values(FAKERS).forEach((faker, i) => {
    faker.seed((seed * 31 + i) >>> 0);
  });
}

const FILIPINO_FIRST = list(
  'juan|jose|mark|john paul|angelo|carlo|paolo|miguel|rafael|jerome|kristine|maria|angel|mae|joy|princess|jasmine|nicole|andrea|bea|ria|lovely|cherry|jaypee|kc',
);
const FILIPINO_LAST = list(
  'dela cruz|santos|reyes|cruz|bautista|ocampo|garcia|mendoza|torres|tomas|andrada|castillo|flores|villanueva|ramos|castro|rivera|aquino|navarro|salazar|mercado|soriano|pascual|manalo|gonzales',
);
const FILIPINO_CITIES = list(
  'quezon city|manila|makati|pasig|taguig|cebu|davao|caloocan|antipolo|bacolod|iloilo|cavite|laguna|batangas|baguio|pampanga|marikina|paranaque|las pinas|muntinlupa',
);

/** A first name in the language's own script and naming habits (from faker), or a list/invented one. */
export function localFirstName(rng: Rng, lang: Language): string {
  if (lang === 'tl') return rng.pick(FILIPINO_FIRST);
  return FAKERS[lang].person.firstName();
}

export function localLastName(rng: Rng, lang: Language): string {
  if (lang === 'tl') return rng.pick(FILIPINO_LAST);
  return FAKERS[lang].person.lastName();
}

export function localCity(rng: Rng, lang: Language): string {
  if (lang === 'tl') return rng.pick(FILIPINO_CITIES);
  return FAKERS[lang].location.city();
}

/**
 * The big cities people in each language's chat actually name, in the forms chat writes them:
 * short and colloquial names (sp, bh, jkt, saigon, питер), Russian in the inflected forms "из …"
 * and "в …" take, Japanese and Korean without the 市/시 suffix. Faker's lists are mostly small
 * towns (and Japanese has none, so faker falls back to American ones).
 */
const MAJOR_CITIES: Readonly<Record<Language, readonly string[]>> = {
  en: list(
    'london|new york|nyc|la|chicago|houston|toronto|sydney|melbourne|manchester|birmingham|dallas|atlanta|seattle|boston|phoenix|denver|vegas|miami|philly|glasgow|dublin|auckland|vancouver',
  ),
  es: list(
    'madrid|barcelona|bcn|valencia|sevilla|cdmx|mexico df|guadalajara|monterrey|bogota|medellin|lima|santiago|buenos aires|baires|rosario|cordoba|quito|caracas|malaga|bilbao|zaragoza',
  ),
  pt: list(
    'sp|sao paulo|sampa|rio|rj|bh|belo horizonte|curitiba|porto alegre|poa|recife|salvador|fortaleza|brasilia|manaus|belem|goiania|floripa|lisboa|porto|campinas|santos',
  ),
  fr: list(
    'paris|lyon|marseille|toulouse|lille|bordeaux|nantes|nice|strasbourg|montpellier|rennes|grenoble|le 93|le 92|bruxelles|montreal|quebec|geneve|lausanne',
  ),
  de: list(
    'berlin|hamburg|münchen|muenchen|köln|koeln|frankfurt|stuttgart|düsseldorf|dortmund|essen|leipzig|dresden|hannover|nürnberg|bremen|wien|graz|zürich|zuerich|bern',
  ),
  it: list(
    'roma|milano|napoli|torino|palermo|genova|bologna|firenze|bari|catania|venezia|verona|padova|trieste|brescia|cagliari',
  ),
  nl: list(
    'amsterdam|adam|rotterdam|den haag|utrecht|eindhoven|groningen|tilburg|almere|breda|nijmegen|antwerpen|gent|brussel',
  ),
  pl: list(
    'warszawa|warszawy|krakow|krakowa|wroclaw|wroclawia|poznan|poznania|gdansk|gdanska|lodz|lodzi|katowice|lublin|szczecin|bydgoszcz|bialystok',
  ),
  tr: list(
    'istanbul|ankara|izmir|bursa|antalya|adana|konya|gaziantep|mersin|kayseri|eskisehir|samsun|trabzon|istanbuldan|ankaradan|izmirden',
  ),
  id: list(
    'jakarta|jkt|bandung|surabaya|sby|medan|semarang|jogja|yogyakarta|makassar|palembang|bekasi|depok|tangerang|bogor|malang|bali|denpasar|solo',
  ),
  tl: list(
    'manila|quezon city|qc|makati|pasig|taguig|cebu|davao|caloocan|antipolo|bacolod|iloilo|cavite|laguna|baguio|pampanga|marikina',
  ),
  hi: list(
    'delhi|dilli|mumbai|bombay|bangalore|bengaluru|hyderabad|chennai|kolkata|pune|jaipur|lucknow|ahmedabad|noida|gurgaon|indore|bhopal|patna|chandigarh|surat|nagpur',
  ),
  ru: list(
    'москва|москвы|москве|мск|питер|питера|питере|спб|казань|казани|новосибирск|новосибирска|екатеринбург|екб|нижний|самара|самары|уфа|уфы|краснодар|краснодара|ростов|ростова|воронеж|минск|минска|киев|алматы|moskva|moskvy|piter|kazani',
  ),
  ja: list(
    '東京|大阪|名古屋|札幌|福岡|横浜|京都|神戸|仙台|広島|埼玉|千葉|沖縄|北海道|川崎|さいたま|とうきょう|おおさか|トーキョー',
  ),
  ar: list(
    'الرياض|جدة|مكة|الدمام|دبي|ابوظبي|الدوحة|الكويت|القاهرة|الاسكندرية|عمان|بيروت|بغداد|الدار البيضاء|تونس|الجزائر|riyadh|jeddah|dubai|cairo|amman|beirut|kuwait|doha',
  ),
  ko: list('서울|부산|인천|대구|대전|광주|울산|수원|성남|고양|용인|제주|분당|일산|창원|청주|전주|천안'),
  vi: list(
    'ha noi|hanoi|hn|sai gon|saigon|sg|hcm|tp hcm|da nang|đà nẵng|hà nội|hải phòng|hai phong|can tho|cần thơ|hue|huế|nha trang|da lat|đà lạt|vung tau|bien hoa|quy nhon|buon ma thuot',
  ),
};

/**
 * A real town: half the time one of the big cities chat names most (`MAJOR_CITIES`), else faker's
 * list of real city names where the locale has one, its regions (prefectures, states) where it has
 * only invented city patterns, else the shared list. Lower-cased half the time, as chat types them.
 */
export function realCity(rng: Rng, lang: Language): string {
  const place =
    lang === 'tl'
      ? rng.pick(FILIPINO_CITIES)
      : rng.chance(0.5)
        ? rng.pick(MAJOR_CITIES[lang])
        : (() => {
            const location = FAKERS[lang].rawDefinitions.location;
            const real = lang === 'ja' ? location?.state : (location?.city_name ?? location?.state);
            return real != null && real.length > 0 ? rng.pick(real) : rng.pick(CITIES);
          })();
  return rng.chance(0.5) ? place.toLowerCase() : place;
}

/** A pasted session cookie or token, as a fake-support scam asks for one. */
export function token(rng: Rng): string {
  const chars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  let body = '';
  for (let i = rng.int(12, 28); i > 0; i--) body += chars[rng.int(0, chars.length - 1)];
  return `${rng.pick(['', 'sess_', 'token=', '_|WARNING:-DO-NOT-SHARE|_', 'sid='])}${body}`;
}

export function localStreetAddress(lang: Language): string {
  return FAKERS[lang].location.streetAddress();
}

/** A postcode in the language's own format (faker's). */
export function postcode(lang: Language): string {
  return FAKERS[lang].location.zipCode();
}

export function localStreet(lang: Language): string {
  return FAKERS[lang].location.street();
}

/**
 * Faker's word lists per language (English, Portuguese, French, German, Indonesian, Korean) or its
 * filler text in the language's script (Russian, Japanese, Arabic, Vietnamese); the rest have none
 * of their own.
 */
const WORD_SOURCES: Partial<Record<Language, 'word' | 'lorem'>> = {
  en: 'word',
  pt: 'word',
  fr: 'word',
  de: 'word',
  id: 'word',
  ru: 'lorem',
  ja: 'lorem',
  ar: 'lorem',
  ko: 'word',
  vi: 'lorem',
};

/** Words that name PII or a platform: never part of a harmless word-salad message. */
const PII_WORD =
  /(?:phone|number|mail|address|school|name|pass|photo|pic|selfie|snap|insta|discord|whats|telegram|contact|street|city|home|numer|telefon|adres|escola|ecole|schule|sekolah|nomor|alamat|nome|nom|senha|mot de passe|foto|номер|телефон|адрес|школ|почт|пароль|фото|電話|住所|学校|番号|写真|رقم|عنوان|مدرس|صور|번호|전화|주소|학교|사진|이름|카톡|điện|địa|trường|ảnh|tên|số)/;

/** Does faker hold everyday words for `lang`? */
export function hasWords(lang: Language): boolean {
  return WORD_SOURCES[lang] !== undefined;
}

/**
 * A few everyday words of the language in random order, none of them about PII: background text
 * that teaches the model ordinary vocabulary is harmless, so a word it has seen only beside PII
 * does not flag a message by itself.
 */
export function wordSalad(rng: Rng, lang: Language): string {
  const faker = FAKERS[lang];
  const source = WORD_SOURCES[lang];
  const words: string[] = [];
  for (let tries = 0; words.length < rng.int(3, 8) && tries < 20; tries++) {
    const word = source === 'lorem' ? faker.lorem.word() : faker.word.sample();
    if (!PII_WORD.test(word.toLowerCase())) words.push(word.toLowerCase());
  }
  return words.join(lang === 'ja' ? '' : ' ');
}

/** Phone formats faker lacks for a language: Gulf/Egypt mobiles for Arabic, Philippine mobiles for Tagalog. */
const EXTRA_PHONES: Partial<Record<Language, readonly string[]>> = {
  ar: list('05# ### ####|+966 5# ### ####|+971 5# ### ####|01# #### ####|+20 1# #### ####|٠٥#########'),
  tl: list('09## ### ####|+63 9## ### ####|09#########|0917-###-####'),
};

/** Expands a faker-style phone format: `#` any digit, `!` 2–9; Arabic-Indic `٠` starts a number in those digits. */
function fromFormat(rng: Rng, format: string): string {
  const arabicDigits = format.startsWith('٠');
  const out = format.replace(/[#!]/g, (c) => String(c === '!' ? rng.int(2, 9) : rng.int(0, 9)));
  return arabicDigits ? out.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d))) : out;
}

/** A phone number in the language's national or international format (faker's formats). */
export function localPhone(rng: Rng, lang: Language): string {
  const extra = EXTRA_PHONES[lang];
  if (extra !== undefined) return fromFormat(rng, rng.pick(extra));
  return FAKERS[lang].phone.number({ style: rng.pick(['national', 'international', 'human'] as const) });
}

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
  const raw = rng.chance(0.45)
    ? localPhone(rng, lang)
    : rng.pick([
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
        // Local numbers without an area code, as people type them to friends in the same town.
        () => `${digits(rng, 3)}-${digits(rng, 4)}`,
        () => `${digits(rng, 3)} ${digits(rng, 4)}`,
        () => `555${rng.pick(['', ' ', '-'])}${digits(rng, 4)}`,
      ])();
  if (!disguise || /[\u0660-\u0669]/.test(raw)) return raw;
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

export function fullName(rng: Rng, lang: Language = 'en'): string {
  if (rng.chance(0.5)) {
    const name = `${localFirstName(rng, lang)} ${localLastName(rng, lang)}`;
    // Japanese writes the family name first and without a space; others keep faker's casing or go lower.
    if (lang === 'ja') return `${localLastName(rng, lang)}${localFirstName(rng, lang)}`;
    return rng.chance(0.4) ? name.toLowerCase() : name;
  }
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
export function city(rng: Rng, lang: Language = 'en'): string {
  if (rng.chance(0.45)) return rng.chance(0.5) ? localCity(rng, lang).toLowerCase() : localCity(rng, lang);
  return rng.chance(0.5) ? rng.pick(CITIES) : `${rng.pick(PLACE_HEADS)}${rng.pick(PLACE_TAILS)}`;
}

function streetName(rng: Rng): string {
  return rng.chance(0.6) ? rng.pick(STREET_NAMES) : `${rng.pick(PLACE_HEADS)}${rng.pick(PLACE_TAILS)}`;
}

export function address(rng: Rng, withCity: boolean, lang: Language = 'en'): string {
  if (rng.chance(0.45)) {
    const local = localStreetAddress(lang);
    return withCity ? `${local}, ${localCity(rng, lang)}` : local;
  }
  const street = `${rng.int(1, 9999)} ${streetName(rng)} ${rng.pick(STREET_TYPES)}`;
  const unit = rng.chance(0.15) ? ` apt ${rng.int(1, 40)}${rng.pick(['', 'b', 'a'])}` : '';
  return withCity ? `${street}${unit}, ${city(rng)}` : `${street}${unit}`;
}

/** How schools are named per language; `#` is the name, `№` a number. */
const SCHOOL_PATTERNS: Partial<Record<Language, readonly string[]>> = {
  es: list('colegio #|instituto #|escuela #|prepa #|secundaria #|ies #'),
  pt: list('escola #|colégio #|escola estadual #|ee #'),
  fr: list('collège #|lycée #|école #|college #'),
  de: list('#-schule|#-gymnasium|#-realschule|gesamtschule #|gymnasium #'),
  it: list('liceo #|scuola media #|istituto #|liceo scientifico #'),
  nl: list('het # college|#college|# lyceum|basisschool #'),
  pl: list('szkoła podstawowa nr №|liceum nr №|lo nr № w #|szkoła nr №'),
  tr: list('# lisesi|# ortaokulu|# anadolu lisesi|# koleji'),
  id: list('smp negeri №|sma negeri №|sd #|smp № #|sman № #'),
  tl: list('# high school|# national high school|# elementary school|# integrated school'),
  hi: list('# public school|kendriya vidyalaya #|dps #|# convent school|# vidyalaya'),
  ru: list('школа №|школа № в #|гимназия №|лицей №|школа #'),
  ja: list('#中学校|#高校|#小学校|第№中学校|#高等学校'),
  ar: list('مدرسة #|مدرسة # الثانوية|ثانوية #|مدرسة # الابتدائية'),
  ko: list('#중학교|#고등학교|#초등학교|#중|#고'),
  vi: list('trường thcs #|trường thpt #|thcs #|thpt #|trường tiểu học #'),
};

export function school(rng: Rng, lang: Language = 'en'): string {
  const pattern = SCHOOL_PATTERNS[lang];
  if (pattern !== undefined && rng.chance(0.7)) {
    const name = rng.chance(0.5) ? localLastName(rng, lang) : localCity(rng, lang);
    return rng
      .pick(pattern)
      .replace('#', name.toLowerCase())
      .replace('№', String(rng.int(1, 250)));
  }
  const name = rng.chance(0.6)
    ? rng.pick(SCHOOL_WORDS)
    : rng.chance(0.5)
      ? `${rng.pick(PLACE_HEADS)}${rng.pick(PLACE_TAILS)}`
      : lastName(rng);
  return `${name} ${rng.pick(SCHOOL_TYPES)}`;
}

/**
 * How chat names a real local place people meet at (parks, cafés, stations, courts, halls, churches,
 * malls, community centres) per language; `#` is a proper name. The generator's other places are a
 * short English list, and a meet-up at a place it has never seen was round 8's commonest miss.
 */
const VENUE_PATTERNS: Readonly<Record<Language, readonly string[]>> = {
  en: list(
    '# park|# library|# mall|# station|the # cafe|# community center|st #s church|# rec center|# high gym|# skatepark|the # diner|# leisure centre|# field|the # bowling alley|# square',
  ),
  es: list(
    'parque #|plaza #|café #|estación #|cancha #|polideportivo #|iglesia de san #|centro comercial #|biblioteca #|club #|bar #|la plaza de #',
  ),
  pt: list(
    'parque #|praça #|shopping #|estação #|quadra do #|padaria #|igreja de são #|biblioteca #|ginásio #|lanchonete #|clube #',
  ),
  fr: list(
    'parc #|place #|café #|gare de #|salle #|gymnase #|église saint-#|médiathèque #|centre commercial #|stade #|mjc #',
  ),
  de: list(
    '#park|café #|bahnhof #|sportplatz #|#platz|jugendzentrum #|stadtbibliothek #|#halle|kirche st. #|eisdiele #',
  ),
  it: list(
    'parco #|piazza #|bar #|stazione di #|oratorio di san #|campo #|palestra #|biblioteca #|centro commerciale #',
  ),
  nl: list(
    '#park|café #|station #|sporthal #|het #plein|bibliotheek #|buurthuis #|winkelcentrum #|speeltuin #',
  ),
  pl: list(
    'park #|plac #|kawiarnia #|dworzec #|orlik przy #|kościół św. #|galeria #|biblioteka #|hala #|dom kultury #',
  ),
  tr: list('# parkı|# meydanı|# kafe|# istasyonu|# halı saha|# camii|# avm|# kütüphanesi|# spor salonu'),
  id: list('taman #|alun-alun #|kafe #|stasiun #|lapangan #|masjid #|mall #|gor #|warkop #|perpustakaan #'),
  tl: list('# park|# plaza|# covered court|# chapel|sm #|# church|jollibee #|# terminal|# plaza court'),
  hi: list('# park|# mall|# metro station|# ground|# cafe|# mandir|# chowk|# stadium|# library'),
  ru: list('парк #|площадь #|кафе «#»|станция #|метро #|тц #|стадион #|библиотека #|дк #|сквер #'),
  ja: list('#駅|#公園|#モール|#図書館|#体育館|カフェ#|#広場|#神社|#スタジアム'),
  ar: list('حديقة #|ساحة #|مقهى #|محطة #|ملعب #|مسجد #|مول #|مكتبة #|نادي #'),
  ko: list('#역|#공원|카페 #|#도서관|#체육관|#광장|#교회|#몰|#운동장'),
  vi: list(
    'công viên #|quảng trường #|quán cà phê #|ga #|sân #|nhà thờ #|chùa #|siêu thị #|thư viện #|nhà văn hóa #',
  ),
};

/** A real-looking local place to meet at, named in the language's own way (`VENUE_PATTERNS`). */
export function venue(rng: Rng, lang: Language): string {
  const name = rng.pick([
    () => localLastName(rng, lang),
    () => localCity(rng, lang),
    () => localFirstName(rng, lang),
    () => realCity(rng, lang),
  ])();
  const place = rng.pick(VENUE_PATTERNS[lang]).replace('#', name);
  return rng.chance(0.4) ? place.toLowerCase() : place;
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
