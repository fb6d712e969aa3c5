/**
 * Month, weekday and country names per corpus language from Intl (Node's ICU), written once to
 * `intl.generated.json`. The corpus reads the snapshot, not Intl, so the training data (and the
 * reproducibility check) do not change with the ICU version of whichever Node runs it.
 *   npx tsx packages/pocket/scripts/corpus/intl-snapshot.ts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const LOCALES = {
  en: 'en',
  es: 'es',
  pt: 'pt-BR',
  fr: 'fr',
  de: 'de',
  it: 'it',
  nl: 'nl',
  pl: 'pl',
  tr: 'tr',
  id: 'id',
  tl: 'fil',
  hi: 'en-IN',
  ru: 'ru',
  ja: 'ja',
  ar: 'ar',
  ko: 'ko',
  vi: 'vi',
} as const;

/** Countries people name in chat; country alone is not PII, so these feed harmless messages. */
const COUNTRIES =
  'US GB CA AU IE NZ IN PH ID MY SG JP KR CN BR PT ES MX AR CO CL PE FR BE CH DE AT NL PL IT TR RU UA EG SA AE MA NG ZA SE NO'.split(
    ' ',
  );

const snapshot = Object.fromEntries(
  Object.entries(LOCALES).map(([lang, locale]) => {
    const months = Array.from({ length: 12 }, (_, m) =>
      new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, m, 15)),
    );
    // 2024-01-01 was a Monday.
    const weekdays = Array.from({ length: 7 }, (_, d) =>
      new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1 + d)),
    );
    const names = new Intl.DisplayNames([locale], { type: 'region' });
    const countries = COUNTRIES.map((code) => names.of(code) ?? code);
    return [lang, { months, weekdays, countries }];
  }),
);

const target = fileURLToPath(new URL('./intl.generated.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(snapshot, null, 1)}\n`);
console.log(`wrote ${target}`);
