import { describe, expect, it } from 'vitest';
import { CONTRAST, contrastFor } from '../scripts/corpus/contrast.js';
import { generateCorpus, generateExample, mergeWeights } from '../scripts/corpus/generate.js';
import { DEV_LABEL_WEIGHTS } from '../scripts/train-core.js';
import { Rng } from '../src/random.js';

/**
 * Whether the generator draws a message of `label` matching `pattern` within `max` draws: for
 * templates so rare (one language's digit words) that any fixed sample may miss them by chance.
 */
function drawsWithin(label: string, pattern: RegExp, max = 200_000): boolean {
  const rng = new Rng(29);
  for (let i = 0; i < max; i++) {
    const ex = generateExample(rng);
    if (ex.label === label && pattern.test(ex.parts[1].toLowerCase())) return true;
  }
  return false;
}

describe('generateCorpus', () => {
  it('is deterministic: same seed → same corpus; another seed → another corpus', () => {
    expect(generateCorpus(5, 300)).toEqual(generateCorpus(5, 300));
    expect(generateCorpus(6, 300)).not.toEqual(generateCorpus(5, 300));
  });

  it('covers the three labels with non-empty texts whose parts join to the text', () => {
    const corpus = generateCorpus(11, 3000);
    const counts = { none: 0, asking: 0, giving: 0 };
    for (const ex of corpus) {
      counts[ex.label]++;
      expect(ex.text.trim()).not.toBe('');
      expect(ex.parts.join('')).toBe(ex.text);
    }
    // Harmless messages are half of the training mix.
    expect(counts.none).toBeGreaterThan(1300);
    expect(counts.asking).toBeGreaterThan(600);
    expect(counts.giving).toBeGreaterThan(600);
  });

  it('draws the realistic label mix when asked (the dev split of the decision rule)', () => {
    const dev = generateCorpus(13, 4000, { labelWeights: DEV_LABEL_WEIGHTS });
    const none = dev.filter((ex) => ex.label === 'none').length / dev.length;
    expect(none).toBeGreaterThan(0.87);
    expect(none).toBeLessThan(0.93);
  });

  it('produces disguised values and long messages with the message after or inside chatter', () => {
    const corpus = generateCorpus(12, 5000);
    expect(corpus.some((ex) => / dot com|\(at\)|\[at\]/.test(ex.text))).toBe(true);
    expect(
      corpus.some((ex) =>
        /\b(five|seven|nine) (one|two|three|four|five|six|seven|eight|nine)\b/.test(ex.text),
      ),
    ).toBe(true);
    expect(corpus.some((ex) => /[ѕі]/.test(ex.text))).toBe(true);
    expect(corpus.some((ex) => ex.label !== 'none' && ex.parts[0].length > 150)).toBe(true);
    // PII buried mid-message: chatter on both sides.
    expect(
      corpus.some((ex) => ex.label !== 'none' && ex.parts[0].length > 40 && ex.parts[2].length > 40),
    ).toBe(true);
  });

  it('writes every language in its own script, Hinglish and Tagalog in Latin letters', () => {
    const corpus = generateCorpus(14, 6000);
    const scripts = {
      cyrillic: /[а-яё]{3,}/,
      kana: /[\u3040-\u30ff]/,
      arabic: /[\u0600-\u06ff]{3,}/,
      hinglish: /\b(kya|hai|tera|mera|yaar|bhai)\b/,
      tagalog: /\b(ako|mo|ka|ng|naman|tayo)\b/,
      italian: /\b(il tuo|la tua|sono|ciao|scuola)\b/,
      dutch: /\b(je|mijn|ik|niet|woon)\b/,
      polish: /\b(jestem|mój|twój|masz|mieszkasz)\b/,
      hangul: /[\uac00-\ud7a3]{2,}/,
      vietnamese: /(?:^|\s)(mình|tui|bạn|của|không)(?:\s|$)/,
    };
    for (const [name, pattern] of Object.entries(scripts)) {
      for (const label of ['none', 'asking', 'giving'] as const) {
        expect(
          corpus.some((ex) => ex.label === label && pattern.test(ex.parts[1])),
          `${name} ${label}`,
        ).toBe(true);
      }
    }
  });

  it('switches language around a message (code-switching)', () => {
    const corpus = generateCorpus(15, 6000);
    const mixed = corpus.filter(
      (ex) => /[а-яё\u0600-\u06ff\u3040-\u30ff]{3,}/.test(ex.parts[0]) && /^[\x00-\x7f]+$/.test(ex.parts[1]),
    );
    expect(mixed.length).toBeGreaterThan(10);
  });

  it('covers the edge rules: contrast pairs on both sides, hinted handles, gaming platforms, doxxing', () => {
    // Drawn until found: one template among hundreds is a coin toss in a fixed sample.
    const has = drawsWithin;
    // The same shape, in game (none) and outside (giving / asking).
    expect(has('none', /room \d+ in the (hospital|school) map/)).toBe(true);
    expect(has('giving', /room \d+ (at|of) (the|\w)/)).toBe(true);
    expect(has('none', /(rp|role-play|roleplay) (phone )?number/)).toBe(true);
    expect(has('none', /(vault|bank|secret room|safe|door|base).*code is \d{4}/)).toBe(true);
    expect(has('giving', /add me on (snap|xbox|psn|steam|discord)/)).toBe(true);
    // The in-game side, from the contrast pair or the friend-request families (one rare template
    // alone is a coin toss once other families take draws).
    expect(has('none', /add me on (roblox|here|the game)|(send|sent) (me )?a friend request/)).toBe(true);
    expect(has('asking', /👻|ghost app|yellow app/)).toBe(true);
    expect(has('giving', /(steam|psn|xbox|gamertag)/)).toBe(true);
    expect(has('giving', /dox|leak/)).toBe(true);
    expect(has('none', /(destroy|wreck|end|clap) (u|you)/)).toBe(true);
    // Age alone and country alone are harmless; age with a city is giving.
    expect(has('none', /^(how old|ur age|im \d+)/)).toBe(true);
    expect(has('none', /which country is that/)).toBe(true);
    expect(has('giving', /i live in|and i live in/)).toBe(true);
  });

  it('covers the families added for chat written elsewhere, on both sides', () => {
    const corpus = generateCorpus(17, 20_000);
    const has = (label: string, pattern: RegExp) =>
      corpus.some((ex) => ex.label === label && pattern.test(ex.parts[1].toLowerCase()));
    // Long harmless posts full of times and numbers, as one message.
    expect(
      corpus.some(
        (ex) => ex.label === 'none' && ex.parts[1].length > 160 && /\d{1,2}(:\d\d|pm|am)/.test(ex.parts[1]),
      ),
    ).toBe(true);
    expect(has('none', /(lobby|party|match|room|squad) (code|key|pin)/)).toBe(true);
    expect(has('none', /(region|server|shard).*(eu|na|asia|oce|sa|us)/)).toBe(true);
    expect(has('none', /(show|share|paste|send|drop|post) (your|ur|yo) (loadout|build|deck|sens|seed)/)).toBe(
      true,
    );
    expect(has('asking', /(drop|post|send|share) (your|ur) (snap|number|insta|discord)/)).toBe(true);
    expect(has('asking', /(cookie|token|2fa|verification code|six digit)/)).toBe(true);
    expect(has('giving', /\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b/)).toBe(true);
    expect(has('giving', /face reveal|real face/)).toBe(true);
    expect(has('none', /nobody uses|no one posts on|never open/)).toBe(true);
  });

  it('covers the issue-13 families: a town or a country in the same short words, handed-over credentials', () => {
    // 40k messages: in 20k one shape of one language is drawn only 3 to 14 times, depending on the seed.
    const corpus = generateCorpus(19, 40_000);
    const short = corpus.filter((ex) => ex.parts[0] === '' && ex.parts[2] === '' && ex.text.length < 40);
    const shaped = (label: string, pattern: RegExp) =>
      short.filter((ex) => ex.label === label && pattern.test(ex.text.toLowerCase())).length;
    // The plain "i'm from X" shape is filled with a town (giving) and a country (none), both often.
    expect(shaped('giving', /^(im|i'm|i am) from /)).toBeGreaterThan(3);
    expect(shaped('none', /^(im|i'm|i am) from /)).toBeGreaterThan(3);
    expect(shaped('giving', /^я из /)).toBeGreaterThan(0);
    expect(shaped('none', /^я из /)).toBeGreaterThan(0);
    const has = (label: string, pattern: RegExp) =>
      corpus.some((ex) => ex.label === label && pattern.test(ex.parts[1].toLowerCase()));
    expect(has('giving', /(user|username|login|acc)(:| is| =) \S+,? (pass|pw|password)(:| is| =) \S+/)).toBe(
      true,
    );
    expect(has('giving', /(texted|emailed|sent by sms|sent to my phone) (me )?(is|was|:) ?\d{4,8}/)).toBe(
      true,
    );
    expect(has('giving', /(cookie|token|session thing):? \S{12,}/)).toBe(true);
    expect(has('none', /(changed|updated|messed up) (the|its) (layout|design|interface|icons) again/)).toBe(
      true,
    );
    expect(has('none', /\d+ yaşındayım|yaşım \d+/)).toBe(true);
  });

  it('covers the round-3 families on both sides, the new long posts and the harmless clause', () => {
    const corpus = generateCorpus(23, 20_000);
    const has = (label: string, pattern: RegExp, part = 1) =>
      corpus.some((ex) => ex.label === label && pattern.test(ex.parts[part as 1].toLowerCase()));
    expect(has('giving', /(mail|ship|send) the (cards|headset|merch|prize) to \S/)).toBe(true);
    expect(has('giving', /(hmu|hit me up|buzz me) on \S/)).toBe(true);
    expect(has('giving', /said i could (share|pass on) her (cell|number)/)).toBe(true);
    // Any of the doxxing threats that name the data (one rare template alone is a coin toss).
    expect(
      has('giving', /(leak|post|share) (ur|your) (address|full name|real name|phone number|school)/),
    ).toBe(true);
    expect(has('giving', /(voice|ts3|mumble) (ip|addr)(:| is) \d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}/)).toBe(
      true,
    );
    // A Russian doxxing threat, from any of its templates (one rare template alone is a coin toss).
    expect(
      has(
        'giving',
        /(твой адрес|твоё настоящее имя|твой номер) будет во всех чатах|солью твой адрес|все узнают/,
      ),
    ).toBe(true);
    expect(has('none', /(keep|leave) (ur|your) (address|number|school|last name|password) out of/)).toBe(
      true,
    );
    expect(has('none', /(high score|top score|record|best run) (is|was) [\d,. m]{6,}/)).toBe(true);
    expect(has('none', /(patch|update|hotfix) \d+\.\d+(:| -)/)).toBe(true);
    expect(has('none', /(want|w|looking for)(:| -) .+ (or|and) (offers|adds|a better pet)/)).toBe(true);
    // The clause joins the labelled message itself, so it is part of what carries the label; no
    // template writes ", then ", one of its joiners, so those messages are the clause's.
    const joined = (label: string) =>
      corpus.filter((ex) => ex.label === label && ex.parts[1].includes(', then ')).length;
    expect(joined('giving')).toBeGreaterThan(10);
    expect(joined('none')).toBeGreaterThan(10);
  });

  it('covers the round-4 families: talk about data, terse exchanges, pretext asks, look-alikes', () => {
    const has = drawsWithin;
    // Harmless: rules and safety talk that name the data, game numbers and codes, age asked back.
    expect(has('none', /(mod here|mods): (stop|quit) asking/)).toBe(true);
    expect(has('none', /ur ping (is|says) \d+/)).toBe(true);
    expect(has('none', /(party|lobby|squad|room|custom) code \S/)).toBe(true);
    expect(has('none', /got my phone taken|phone got confiscated/)).toBe(true);
    // PII: the same name on a platform elsewhere (any template of the family: each one is rare in
    // a sample), a selling post's number, a borrowed account, digits in words.
    expect(
      has(
        'giving',
        /(twitch|kick|yt|youtube|tiktok|steam|xbox|psn|insta|snap|discord)\b.*\bsame (name|user)|same (name|user)\b.*\b(twitch|kick|yt|youtube|tiktok|steam|xbox|psn|insta|snap|discord)/,
      ),
    ).toBe(true);
    expect(has('giving', /(selling|wts|for sale:) my (old|used)/)).toBe(true);
    expect(has('asking', /(lend|let me use|share) (me )?(ur|your) (acc|account|login)/)).toBe(true);
    expect(has('giving', /ゼロ|ぜろ/)).toBe(true);
    expect(has('giving', /공일공/)).toBe(true);
    expect(
      has('giving', /(sdt t la|zalo t|số mình là) (khong|không|mot|hai|ba|bon|nam|sau|bay|tam|chin) /),
    ).toBe(true);
  });

  it('covers the round-5 families: guild meet-ups and handles, bystanders, role-play, mod notices', () => {
    // Drawn until found: one template among hundreds is a coin toss in a fixed sample.
    const has = drawsWithin;
    expect(has('giving', /(1n5t4|1n\$t4|1gg|sn4p|d1sc|t1kt0k) (15|1s|:|=) \S/)).toBe(true);
    expect(
      has('asking', /(names|tags|ids|usernames) (for the|before the) (scrim|tourney|clan war|raid)/),
    ).toBe(true);
    expect(has('asking', /(plan|set up|put together) (a guild meetup|an irl hangout|a real life meet)/)).toBe(
      true,
    );
    expect(
      has(
        'none',
        /this is (my sons|my daughters|my kids|my little brothers|my little sisters) (tablet|ipad|phone|switch|laptop)/,
      ),
    ).toBe(true);
    // One template of a family among hundreds: searched for in a longer run than the sample above.
    expect(drawsWithin('none', /(twitch|yt|kick) chat is (so much|way) (faster|slower|crazier) than/)).toBe(
      true,
    );
    expect(has('none', /(my character|my oc|my rp guy) lives (at|in) (house|apartment) \d+/)).toBe(true);
  });

  it('gives every contrast pair at least one harmless side and one PII side', () => {
    for (const [lang, pairs] of Object.entries(CONTRAST)) {
      for (const pair of pairs ?? []) {
        expect(pair.sides.none?.length, `${lang}: ${pair.shape}`).toBeGreaterThan(0);
        expect((pair.sides.asking?.length ?? 0) + (pair.sides.giving?.length ?? 0)).toBeGreaterThan(0);
        expect(pair.shape).toContain('{X}');
      }
    }
    expect(contrastFor('en', 'none').length).toBeGreaterThan(15);
    expect(contrastFor('ja', 'none')).toEqual([]);
  });

  it('covers the round-7 families: terse schools, towns and handles, asks with a reason, map meet-ups', () => {
    // PII in a few words, and an ask that stays an ask when a friendly reason follows it.
    expect(drawsWithin('giving', /(freshman|sophomore|8th grader|7th grader|6th grader) at \S/)).toBe(true);
    expect(drawsWithin('asking', /mail u a (bday card|xmas card|little gift)/)).toBe(true);
    // Harmless look-alikes: a place in the map, a country roll call, a parent's safety warning.
    expect(
      drawsWithin('none', /(meet|lets meet|meet me|see u) at the (spawn fountain|fountain in spawn)/),
    ).toBe(true);
    expect(drawsWithin('none', /(parent here|mom here|dad here)\. .* (friends only|no one) in/)).toBe(true);
  });

  it('covers the round-9 families: meet-ups at named local places in any language, full names, and their harmless twins', () => {
    // Giving: a named local place with a time, in English, Spanish and Japanese; a full-name
    // introduction; a developer-site handle; a login in user/pass notation.
    expect(drawsWithin('giving', /(side door|north gate|pitch \d) (of|in) \S+/)).toBe(true);
    expect(
      drawsWithin(
        'giving',
        /\b(de|en) (parque|plaza|estación|cancha|polideportivo|biblioteca) \S+ el (sábado|domingo)/,
      ),
    ).toBe(true);
    expect(drawsWithin('giving', /(の前で待ち合わせ|集合)/)).toBe(true);
    expect(
      drawsWithin(
        'giving',
        /\b(the|teh|your|ur) new (keyboard player|bassist|drummer|alto|coach|assistant coach|choir director)\b/,
      ),
    ).toBe(true);
    expect(drawsWithin('giving', /github\.com\/\S+/)).toBe(true);
    expect(drawsWithin('giving', /login: \S+ pass: \S+/)).toBe(true);
    // Harmless twins: the same kind of place in news or a review, code with a placeholder
    // password, a street and a number inside a fiction.
    expect(drawsWithin('none', /(finally reopened|por fin reabrieron)/)).toBe(true);
    expect(drawsWithin('none', /password=changeme/)).toBe(true);
    expect(drawsWithin('none', /steps out of (his|her|their) house at \d+ \w+/)).toBe(true);
  });

  it('covers the round-10 families: pickup addresses and local phone forms, and their harmless twins', () => {
    // Giving: a pickup address with a name to ring at, a town said in passing, a Japanese phone in
    // full-width digits joined by ー (the generator writes it so; the normaliser joins it).
    expect(drawsWithin('giving', /bei \S+ klingeln/)).toBe(true);
    expect(drawsWithin('giving', /collection only/)).toBe(true);
    expect(drawsWithin('giving', /[０-９]{3}ー[０-９]{4}ー[０-９]{4}/)).toBe(true);
    // Asking: where to pick up, meeting in person without a place.
    expect(drawsWithin('asking', /where can i pick up the \S+/)).toBe(true);
    expect(drawsWithin('asking', /(meet|meeting) in person for the (trade|swap)/)).toBe(true);
    // Harmless twins: haggling with a pickup but no place, friend codes, a street in the news.
    expect(drawsWithin('none', /would u take \d+ for the \S+ if i (collect|pick up)/)).toBe(true);
    expect(drawsWithin('none', /trainer code is \d{4} \d{4} \d{4}/)).toBe(true);
    expect(drawsWithin('none', /the marathon closes .+ buses/)).toBe(true);
  });

  it('covers the round-11 families: ages with a school year, study numbers and help asks stay harmless', () => {
    // Harmless: an age with a grade and no school or town, a schedule, homework numbers, a help ask.
    expect(drawsWithin('none', /(im|i'm) \d+ so (im|i'm) in year \d+/)).toBe(true);
    expect(drawsWithin('none', /is there school tomorrow/)).toBe(true);
    expect(drawsWithin('none', /worksheet \d+ is the one with/)).toBe(true);
    expect(drawsWithin('none', /check my thesis statement/)).toBe(true);
    // Their PII twins: a sibling's named school, a classmate's handle asked for, a portal login.
    expect(drawsWithin('giving', /my (big |little )?(brother|sister) goes to \S+/)).toBe(true);
    expect(drawsWithin('asking', /send me \S+ insta/)).toBe(true);
    expect(drawsWithin('asking', /(portal|class app|school app) (login|and password)/)).toBe(true);
  });

  it('leaves no template syntax in a message: choices do not nest, so a choice inside one would print', () => {
    // "{at}" and "[dot]" are disguises the generator writes on purpose; a leftover "[a|b]" or
    // "{slot}" is a template bug that would teach the model brackets.
    const leftover = /\[[^\]]*\|[^\]]*\]|\{(?!at\}|dot\})\w+\}/i;
    const bad = generateCorpus(41, 60_000).filter((ex) => leftover.test(ex.text));
    expect(bad.map((ex) => ex.text.match(leftover)?.[0])).toEqual([]);
  });

  it('covers the round-12 families: order and ticket numbers, security advice, and secrets handed over', () => {
    // Harmless: an order or ticket number, password advice with no secret, an agent's notice.
    expect(drawsWithin('none', /\b(order|ticket) [a-z]{0,2}-?\d[\d-]{3,}/)).toBe(true);
    expect(drawsWithin('none', /reset (ur|your) password in settings/)).toBe(true);
    expect(drawsWithin('none', /(dont|don't|do not) post (your|ur) email, phone or password/)).toBe(true);
    // PII: a fake agent's ask for a secret, a password or codes typed in, the account holder's name.
    expect(drawsWithin('asking', /card number and the 3 digits on the back/)).toBe(true);
    expect(drawsWithin('giving', /\b(pw|password) is \S+/)).toBe(true);
    expect(drawsWithin('giving', /the account (is in my \w+ name|holder is) /)).toBe(true);
  });

  it('refuses an intent weighed twice, so a family file cannot silently re-weigh an older intent', () => {
    expect(mergeWeights({ a: 1 }, undefined, { b: 0.5 })).toEqual({ a: 1, b: 0.5 });
    expect(() => mergeWeights({ thirdPartyAsk: 0.7 }, { thirdPartyAsk: 0.5 })).toThrow(/thirdPartyAsk/);
  });
});
