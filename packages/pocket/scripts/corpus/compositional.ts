/**
 * Compositional English messages: a request or statement frame × a PII noun × a matching value.
 * Templates teach phrasings; these teach the concept underneath (a second-person request for a
 * PII noun is `asking`, a first-person PII noun with its value is `giving`, the same nouns without
 * a request or a value are `none`).
 */
import type { Label } from '@piiguard/sdk';
import type { Rng } from '../../src/random.js';
import { expand, type Slots } from './template.js';

/** PII nouns with the slot that gives a matching value. */
const NOUNS: readonly (readonly [string, string])[] = [
  [
    '[number|phone number|phone #|cell|cell number|mobile|digits|contact|whatsapp number|home phone]',
    '{phone}',
  ],
  ['[email|email address|e-mail|gmail|hotmail|outlook|mail|icloud]', '{email}'],
  ['[address|home address|addy|house address|street address|postcode|zip code|location]', '{address}'],
  ['[password|pass|pw|login|login info|account info|passcode|pin|password and username]', '{password}'],
  [
    '[snap|snapchat|sc|insta|ig|instagram|discord|tiktok|telegram|kik|whatsapp|facebook|twitter|@|handle|socials]',
    '{handle}',
  ],
  ['[real name|full name|last name|surname|irl name|first and last name]', '{fullname}'],
  ['[school|school name|middle school|high school]', '{school}'],
  ['[city|town|hometown|state|neighborhood]', '{city}'],
];

const ASK: readonly string[] = [
  "[what's|whats|what is|wat is|what was|whats] [your|ur|yo] {noun} [again|tho|real quick|]",
  '[tell me|give me|send me|drop|dm me|text me|type|gimme|share] [your|ur] {noun} [pls|please|now|rn|]',
  '[i need|i want|i just need|we need] [your|ur] {noun} [for the giveaway|to add u|to send the prize|so i can verify u|]',
  '[can i|could i|may i|lemme|can u let me] [get|have|know|see] [your|ur] {noun}',
  '[is|was] [your|ur] {noun} still the same [one|]',
  '[did u|did you|have u] change [your|ur] {noun}',
  '[do u|would u|would you] mind [sharing|giving me|sending] [your|ur] {noun}',
  '[remind me|tell me again] [what|] [your|ur] {noun} [is|was]',
  '[can|could|will|would] [u|you] [share|send|give me|tell me] [your|ur] {noun}',
  '[u|you] [should|gotta|have to|need to] [give|send|tell] me [your|ur] {noun}',
  '{noun}[?|??| pls| plz| now]',
  "[what's|whats|what is] [ur|your] [mom's|dad's|sister's|brother's|friend's] {noun}",
];

const GIVE: readonly string[] = [
  "[my|my|our|my new|my old|my other] {noun} [is|is|:|=|-|'s|would be|is just] {value}",
  '{value} [is|thats|that’s|=|is my] [my|] {noun}',
  '[here is|heres|here’s|this is] my {noun}[:| -|] {value}',
  '[ok|okay|fine|sure|k] [my|] {noun} [is|:] {value}',
  '[use|try|put] {value} [thats|it’s|its] my {noun}',
  '[ur|your] {noun} is {value}[, right|, i know|. dont lie|]',
  "[her|his|their|my friend's|my sister's] {noun} is {value}",
];

const NONE: readonly string[] = [
  '[my|ur|your|the|his|her] {noun} [got hacked|changed|is private|is a secret|doesnt work|stopped working|got reset|is weird|is too long|expired]',
  '[i forgot|i lost|i cant remember|i changed|i need to reset|i updated] my {noun} [lol|again|ugh|]',
  '[never|dont|don’t|do not|u shouldnt] [share|give out|tell anyone|post] [your|ur] {noun} [online|in chat|to strangers|here|]',
  '[im not|i’m not|im never|not] [giving|telling|sharing] [u|you|anyone] my {noun} [lol|sorry|bro|]',
  '[why|y] [do u|would u|does everyone] [want|need|keep asking for] my {noun} [lol|thats weird|]',
  '[the game|roblox|the mods|the app] [asked|wanted] [for|] my {noun} [so i left|lol|but i said no|]',
];

export function compositional(rng: Rng, label: Label, slots: Slots): string {
  const [noun, value] = rng.pick(NOUNS);
  const frame = rng.pick(label === 'asking' ? ASK : label === 'giving' ? GIVE : NONE);
  return expand(frame.replace('{noun}', noun).replace('{value}', value), rng, slots);
}
