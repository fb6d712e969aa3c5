import { describe, expect, it } from 'vitest';
import { normalize } from '../src/normalize.js';

describe('normalize', () => {
  it.each([
    ['Unicode NFKC (full-width, maths letters)', '１２３４５６７ 𝐬𝐧𝐚𝐩', '1234567 snap'],
    ['case folding', 'WHATS UR SNAP', 'whats ur snap'],
    ['accents stripped', 'dónde vivís, José? ß', 'donde vivis, jose? ss'],
    ['letters without a decomposition, capitals too', 'Đà Nẵng, Łódź, Ørsted', 'da nang, lodz, orsted'],
    ['Cyrillic look-alikes', 'ѕnарсhаt', 'snapchat'],
    ['Greek look-alikes', 'ιnstα', 'insta'],
    ['Turkish dotless i', 'nerelısın', 'nerelisin'],
    ['leetspeak inside words', 'sn4pch4t d1sc0rd h0tm41l', 'snapchat discord hotmail'],
    ['leet symbols', '$n@p 1n$ta', 'snap insta'],
    ['numbers stay numbers', 'kim99 user2 level 10', 'kim99 user2 level 10'],
    ['an email keeps its @', 'k1m_22@gmail.com', 'kim_22@gmail.com'],
    ['spaced-out letters', 's n a p', 'snap'],
    ['dotted or dashed letters', 'i.n.s.t.a d-i-s-c-o-r-d', 'insta discord'],
    ['spaced-out digits', 'call 5 5 5 1 2 3 4', 'call 5551234'],
    ['digits as English words', 'five five five one two three four', '5551234'],
    ['digits as Spanish words', 'seis cinco cuatro uno dos', '65412'],
    ['digits as Turkish words', 'beş üç iki sıfır', '5320'],
    ['mixed words and digits', 'nine 1 one 4', '9114'],
    [
      'separators inside a phone number',
      '(555) 123-4567 and +44 7700.900.123',
      '5551234567 and +447700900123',
    ],
    ['spelled-out email', 'kim22 at gmail dot com', 'kim22@gmail.com'],
    ['bracketed email', 'kim [at] outlook [dot] com', 'kim@outlook.com'],
    ['"gmail dot com" alone', 'its on gmail dot com', 'its on gmail.com'],
    ['spaced-out email', 'k i m @ g m a i l . c o m', 'kim@gmail.com'],
    [
      'spelled-out email, any domain, dotted user',
      'its kim dot lee at example dot org',
      'its kim.lee@example.org',
    ],
    ['bracketed email, any domain', 'pixie (at) foxmail (dot) net', 'pixie@foxmail.net'],
    [
      'Spanish spelled-out email, any domain',
      'ana punto ruiz arroba correo punto com',
      'ana.ruiz@correo.com',
    ],
    [
      'a place name with "point" but no spelled "at" stays',
      'meet near spawn point com',
      'meet near spawn point com',
    ],
    ['"oh" as zero inside a run of digit words', 'five-five-five oh one eight eight', '5550188'],
    ['"oh" alone stays a word', 'oh no oh well', 'oh no oh well'],
    [
      'Russian keeps its script (only disguised Latin words fold)',
      'ѕnарсhаt и снап, привет',
      'snapchat и снап, привет',
    ],
    ['Greek look-alikes inside a Latin word, Russian beside it', 'ιnstα и ещё', 'insta и еще'],
    ['digits as Russian words', 'мой номер восемь девять один шесть', 'мои номер 8916'],
    ['Arabic-Indic digits and Arabic marks', 'رَقْمِي ٠٥٥١٢٣٤٥٦٧', 'رقمي 0551234567'],
    ['digits as Arabic words', 'رقمي خمسة خمسة واحد', 'رقمي 551'],
    ['kanji digits in a run', '電話番号は〇九〇一二三四五六七八', '電話番号は09012345678'],
    ['Japanese spelled-out email', 'kim アットマーク gmail ドット com', 'kim@gmail.com'],
    ['Russian spelled-out email', 'kim собака gmail точка com', 'kim@gmail.com'],
    ['Indian English "at the rate"', 'kim at the rate gmail dot com', 'kim@gmail.com'],
    [
      'Italian, Polish and Dutch spelled-out emails',
      'a chiocciola gmail punto com b malpa wp kropka pl c apenstaartje gmail punt nl',
      'a@gmail.com b@wp.pl c@gmail.nl',
    ],
    [
      'digits as Italian, Dutch and Polish words',
      'tre quattro cinque / drie vier vijf / pięć sześć siedem',
      '345 / 345 / 567',
    ],
    ['digits as Tagalog and Hinglish words', 'isa dalawa tatlo / ek do teen char', '123 / 1234'],
    ['digits as Vietnamese words', 'sdt la khong chin tam nam nam nam', 'sdt la 098555'],
    [
      'katakana digits read out, groups split by 、',
      'ゼロナナゼロ、ゴーゴーゴー、イチニーサンヨン',
      '0705551234',
    ],
    [
      'full-width phone digits joined by the long-vowel mark ー, and ー kept inside words',
      '電話は０９０ー５５５０ー０１７７です、ゲームのあと',
      '電話は09055500177です、ゲームのあと',
    ],
    [
      'hiragana digits read out',
      'でんわは ぜろきゅうぜろ ごーごーごー いちにさんよん',
      'でんわは 0905551234',
    ],
    ['Sino-Korean digits as whole words', '공일공 오오오 일이삼사', '0105551234'],
    [
      'French and Korean spelled-out emails',
      'lea arobase example point fr / kim 골뱅이 naver 닷 com',
      'lea@example.fr / kim@naver.com',
    ],
    ['Vietnamese spelled-out email', 'lan a cong gmail cham com', 'lan@gmail.com'],
    [
      'Arabic spelled-out email (آت, دوت)',
      'ارسل على sami.k آت example دوت com',
      'ارسل على sami.k@example.com',
    ],
    ['control characters and zero-width spaces', 'sn\u200bap\u0000 now', 'snap now'],
    ['lone surrogate becomes a space', 'a\ud800b', 'a b'],
  ])('%s', (_name, input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  it('leaves short number groups (scores, prices, times, coordinates) alone', () => {
    expect(normalize('score 10-2 at 5:30 for $4.99, go to 120 -64 300')).toBe(
      'score 10-2 at 5:30 for $4.99, go to 120 -64 300',
    );
  });

  it('does not turn a single number word into a digit', () => {
    expect(normalize('i have one more level')).toBe('i have one more level');
    // Italian "che sei uno" ("that you are a"): "sei" and "uno" are digits, "che" is not one.
    expect(normalize('dico che sei uno stupido')).toBe('dico che sei uno stupido');
  });

  it('leaves ordinary words made of digit sounds alone (Korean, Japanese, Vietnamese, Italian, Polish)', () => {
    for (const text of [
      '이사 가요 오늘 사이에',
      'サンゴ礁 ゴーゴーカレー イチゴ いちごの',
      'ba nam roi',
      'hai tre vite',
      'tam jest nam dobrze',
    ]) {
      expect(normalize(text)).toBe(text);
    }
  });

  it('is idempotent on its own output', () => {
    for (const s of ['my n u m b e r is 5 5 5 1 2 3 4', 'ѕnарсhаt: k1m_22', 'kim at gmail dot com']) {
      expect(normalize(normalize(s))).toBe(normalize(s));
    }
  });

  it('normalises a megabyte without spaces in linear time (letters, digits, dotted runs)', () => {
    for (const unit of ['a', '7', 'a.']) {
      const text = unit.repeat(1_000_000 / unit.length);
      const started = performance.now();
      expect(normalize(text).length).toBeGreaterThan(500_000);
      expect(performance.now() - started).toBeLessThan(5_000);
    }
  });

  it('normalises a megabyte of text in linear time', () => {
    const text = 'a 1 b 2 sn4p five '.repeat(60_000);
    const started = performance.now();
    expect(normalize(text).length).toBeGreaterThan(500_000);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
