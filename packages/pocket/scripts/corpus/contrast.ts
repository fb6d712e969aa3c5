/**
 * Contrast pairs: one sentence shape, filled either with an in-game context (labelled `none`) or
 * with one that points outside the game (labelled `asking` or `giving`). The model then has to
 * learn the context — "on roblox" against "on psn", "in the hospital map" against "at the Hilton",
 * "my role-play number" against "my phone number" — not the shape of a number or a name. Both
 * sides of a pair are drawn equally often, so neither the shape nor a number's form predicts a label.
 */
import type { Label } from '@piiguard/sdk';
import type { Language } from './values.js';

/** A shape with `{X}`, and per label the fillers of `{X}` that give that label. */
export interface ContrastPair {
  readonly shape: string;
  readonly sides: Partial<Record<Label, readonly string[]>>;
}

const EN: readonly ContrastPair[] = [
  {
    shape: '[add me|add me pls|friend me|add me back] on {X}[,| -| ] [my user is|im|its|user:] {handle}',
    sides: {
      none: ['roblox', 'here', 'the game', 'this game', 'adopt me', 'brookhaven'],
      giving: ['snap', 'xbox', 'psn', 'steam', 'discord', 'insta', 'tiktok', 'epic', 'kik'],
    },
  },
  {
    shape: 'my {X}',
    sides: {
      none: [
        '[role-play|rp|roleplay] [phone|] number [is|:|=] {rpnum}',
        '[jersey|player|team|locker|lucky] number [is|:] {small}',
        'house number in bloxburg is {small}',
        '[high score|score] is {bigscore}',
        '[kd|k/d] is {decimal}',
      ],
      giving: [
        '[phone|cell|mobile|whatsapp] number [is|:|=] {phone}',
        'number [is|:] {phone}',
        'digits [are|:] {phone}',
      ],
    },
  },
  {
    shape: '[come to|come over to|visit|pull up to] my house[,| -|:] {X} [tonight|rn|at {time}|]',
    sides: {
      none: [
        'number {small} on [pink|candy|rainbow|sunset|maple] street in [bloxburg|brookhaven|adopt me|the rp]',
        'its the big one [near spawn|by the lake|next to the shop] in [bloxburg|brookhaven]',
        'plot {small} [in the neighborhood|on the map]',
      ],
      giving: ['{address}', 'its {address}', '{address} in {city}'],
    },
  },
  {
    shape:
      '[meet me|lets meet|ill be|come] at the [fountain|shop|bank|park|mall|school|cafe] {X} [at {time}|now|rn|later|]',
    sides: {
      none: [
        'in spawn',
        'in the game',
        'on the map',
        'in brookhaven',
        'in bloxburg',
        'in the lobby',
        'near spawn',
      ],
      giving: ['in {city}', 'on {street}', 'near {school}', 'downtown in {city}', 'by {namedplace}'],
    },
  },
  {
    shape: "[im|i'm|we're|were] in room {room} {X}",
    sides: {
      none: [
        'in the hospital map',
        'on floor {small} of the hotel map',
        'in the school map',
        'in the rp hotel',
        'in the obby',
      ],
      giving: ['at {hotel}', 'at the hotel downtown', 'at {hotel} in {city}', 'of {hotel}'],
    },
  },
  {
    shape: 'the password {X}',
    sides: {
      none: [
        'for the vip room is {password}',
        'to the club in the rp is {password}',
        'for the secret door is {password}',
        'of the bunker is {password}',
      ],
      giving: [
        'for my account is {password}',
        'to my roblox is {password}',
        'of my acc is {password}',
        'for my main is {password}',
      ],
    },
  },
  {
    shape: "[what's|whats|what is] the password {X}[?|]",
    sides: {
      none: ['for the vip room', 'to the obby door', 'for the club', 'to get in the base'],
      asking: ['for ur account', 'to ur roblox', 'of ur acc', 'to ur main'],
    },
  },
  {
    shape: '[can u|could u|pls] [send|give|drop] me {X}',
    sides: {
      none: ['some potions', 'ur {item}', '{amount} {currency}', 'the {item}', 'a revive', 'ammo'],
      asking: ['ur number', 'ur snap', 'ur address', 'ur email', 'a pic of u', 'ur discord'],
    },
  },
  {
    shape: 'the code [is|:] {pin} {X}',
    sides: {
      none: [
        'for the vault door',
        'for the private server',
        'to the secret base',
        'for the lobby',
        'for the safe in the bank',
      ],
      giving: ['for my phone', 'for my account', 'its my pin', 'for my bank card', 'to my ipad'],
    },
  },
  {
    shape: `[what's|whats|what is|wats] [ur|your|yo] {X}[?|]`,
    sides: {
      none: [
        'username',
        'user here',
        'display name',
        'avatar name',
        'fav map',
        'level',
        'kd',
        'rank',
        'team',
        'ign',
        'pet name',
        'fav color',
      ],
      asking: [
        'snap',
        'insta',
        'number',
        'discord',
        'steam',
        'address',
        'email',
        'last name',
        'psn',
        'whatsapp',
        'real name',
        'school',
      ],
    },
  },
  {
    shape: '[join|come to|hop in|come join] my {X} [now|pls|rn|]',
    sides: {
      none: ['party', 'team', 'server', 'squad', 'private server', 'game', 'lobby', 'clan', 'guild'],
      giving: [
        'discord server {link}',
        'minecraft server {server}',
        'gc on whatsapp',
        'telegram group {link}',
        'server at {server}',
      ],
    },
  },
  {
    shape: '[ill|i will|imma|im gonna] [post|leak|share|expose] [ur|your] {X} [lol|in chat|everywhere|]',
    sides: {
      none: ['fail clip', 'worst round', 'noob build', 'bad aim', 'ugly base'],
      giving: ['address', 'number', 'real name', 'face', 'ip', 'school', 'pics'],
    },
  },
  {
    shape: 'my {X} name is {fullname}',
    sides: {
      none: ['rp', 'character', 'characters', 'avatars', 'roleplay', 'in-game', 'pets', 'fake'],
      giving: ['real', 'full', 'irl', 'actual', 'legal'],
    },
  },
  {
    shape: '[find|search] me on {X}[,| -] same name as here',
    sides: {
      none: ['the leaderboard', 'the server list', 'the friends list', 'the scoreboard'],
      giving: ['twitch', 'yt', 'tiktok', 'insta', 'snap', 'discord'],
    },
  },
  {
    shape: '[call|text|ring] me {X}',
    sides: {
      none: [
        'on the rp phone',
        'in the game phone at {rpnum}',
        'in game chat',
        'when the round starts',
        'in the party chat',
      ],
      giving: ['at {phone}', 'on {phone}', 'on whatsapp', 'on {phone} tonight'],
    },
  },
  {
    shape: '[i live|i live in|my house is in|i stay in] {X}',
    sides: {
      none: [
        'bloxburg lol',
        'a mansion in adopt me',
        'the treehouse in brookhaven',
        'the castle in {game}',
        'the server basically lol',
      ],
      giving: ['{city}', '{city} lol', 'a small town near {city}', '{city}, on {street}'],
    },
  },
  {
    shape: '[send|show] me a [pic|picture|photo|screenshot] of [ur|your] {X}',
    sides: {
      none: ['base', 'build', 'avatar', 'outfit', 'inventory', 'pet', 'house in bloxburg', 'score'],
      asking: ['face', 'self', 'room irl', 'body', 'house irl'],
    },
  },
  {
    shape: 'my {X} is {handle}',
    sides: {
      none: ['alt', 'main', 'roblox user', 'display name', 'user here', 'ign', 'pets name'],
      giving: ['snap', 'insta', 'tiktok', 'discord', 'steam', 'psn', 'kik', 'telegram'],
    },
  },
  {
    shape: 'where do [u|you] live {X}[?|]',
    sides: {
      none: ['in bloxburg', 'in the game', 'in adopt me', 'in brookhaven', 'on the map'],
      asking: ['', 'irl', 'in real life', 'for real'],
    },
  },
  {
    shape: '[u wanna|wanna|lets] [meet|hang out|chill] {X} [later|tomorrow|{weekday}|]',
    sides: {
      none: ['in game', 'in the lobby', 'in spawn', 'in my private server', 'in bloxburg'],
      asking: ['irl', 'in person', 'at the mall', 'in real life', 'after school'],
    },
  },
  {
    shape: '[my|the] {X} is {bignum}',
    sides: {
      none: ['world seed', 'high score', 'game id', 'place id', 'total xp', 'score', 'server id'],
      giving: ['phone number', 'number', 'cell', 'whatsapp'],
    },
  },
  {
    shape: '[drop|post|send|share] [ur|your] {X} [real quick|pls|rn|in chat|]',
    sides: {
      none: [
        'build',
        'deck code',
        'crosshair code',
        'sens',
        'keybinds',
        'seed',
        'coords',
        'setup',
        'gear score',
      ],
      asking: ['snap', 'number', 'insta', 'discord', 'addy', '#', 'tiktok', 'email'],
    },
  },
  {
    shape: '[i can see|we found|i tracked] where [u|you] {X} [lol|😈|rn|]',
    sides: {
      none: ['are hiding in this round', 'camp every game', 'respawn', 'parked ur car in the city map'],
      giving: ['live', 'live irl', 'go to school', 'live in real life'],
    },
  },
];

const ES: readonly ContrastPair[] = [
  {
    shape: '[agrégame|agregame|añademe] en {X}[,|] [soy|mi user es|es] {handle}',
    sides: {
      none: ['roblox', 'el juego', 'adopt me'],
      giving: ['snap', 'insta', 'xbox', 'discord', 'tiktok', 'steam'],
    },
  },
  {
    shape: 'mi {X}',
    sides: {
      none: ['numero en el rp es {rpnum}', 'casa en bloxburg es la {small}', 'puntaje es {bigscore}'],
      giving: ['numero es {phone}', 'cel es {phone}', 'whatsapp es {phone}'],
    },
  },
  {
    shape: 'nos vemos en la [fuente|tienda|plaza] {X}',
    sides: { none: ['del spawn', 'del juego', 'del mapa'], giving: ['de {city}', 'en {street}'] },
  },
];

const PT: readonly ContrastPair[] = [
  {
    shape: 'me [adiciona|add|segue] no {X}[,|] [sou|meu nick é|é] {handle}',
    sides: { none: ['roblox', 'jogo', 'brookhaven'], giving: ['insta', 'zap', 'discord', 'tiktok', 'xbox'] },
  },
  {
    shape: 'meu {X}',
    sides: {
      none: ['número no rp é {rpnum}', 'recorde é {bigscore}'],
      giving: ['número é {phone}', 'zap é {phone}'],
    },
  },
];

const FR: readonly ContrastPair[] = [
  {
    shape: 'ajoute moi sur {X}[,|] [c’est|mon pseudo c’est] {handle}',
    sides: { none: ['roblox', 'le jeu', 'fortnite'], giving: ['snap', 'insta', 'discord', 'psn', 'tiktok'] },
  },
  {
    shape: 'mon {X}',
    sides: {
      none: ['numéro dans le rp c’est {rpnum}', 'score c’est {bigscore}'],
      giving: ['numéro c’est {phone}', 'portable c’est {phone}'],
    },
  },
];

const DE: readonly ContrastPair[] = [
  {
    shape: 'add mich auf {X}[,|] [ich bin|mein name ist] {handle}',
    sides: {
      none: ['roblox', 'dem server', 'minecraft'],
      giving: ['snap', 'insta', 'discord', 'psn', 'tiktok'],
    },
  },
  {
    shape: 'meine {X}',
    sides: {
      none: ['rp nummer ist {rpnum}', 'highscore ist {bigscore}'],
      giving: ['nummer ist {phone}', 'handynummer ist {phone}'],
    },
  },
];

/** Contrast pairs per language; languages without their own use none (the English ones cover shapes). */
export const CONTRAST: Partial<Record<Language, readonly ContrastPair[]>> = {
  en: EN,
  es: ES,
  pt: PT,
  fr: FR,
  de: DE,
};

/** The pairs of `lang` that have a side for `label`. */
export function contrastFor(lang: Language, label: Label): readonly ContrastPair[] {
  return (CONTRAST[lang] ?? []).filter((pair) => pair.sides[label] !== undefined);
}
