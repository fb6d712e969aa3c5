/** Word lists the templates draw slot values from. Invented names and places only. */
import { createRequire } from 'node:module';

/** Lists are written as `a|b|c` so they stay compact. */
export function list(items: string): readonly string[] {
  return items.split('|');
}

export const FIRST_NAMES = list(
  'liam|emma|noah|olivia|ava|ethan|mia|lucas|sofia|mateo|isabella|leo|chloe|jayden|zoe|aiden|lily|mason|harper|elijah|amara|kai|nora|diego|valentina|joao|ana|pedro|beatriz|camille|louis|ines|hugo|lena|jonas|mila|felix|elif|emre|zeynep|can|ayse|mehmet|putri|budi|sari|rizky|dewi|tyler|brianna|marcus|jasmine|dylan|kayla|omar|fatima|yusuf|hana|kenji|yuki|priya|arjun|sam|alex|jordan|riley|bella|max|ruby|jake',
);

export const LAST_NAMES = list(
  'smith|johnson|garcia|martinez|brown|lee|nguyen|silva|santos|oliveira|dubois|martin|bernard|muller|schmidt|schneider|yilmaz|kaya|demir|celik|wijaya|santoso|pratama|hernandez|lopez|gonzalez|wilson|anderson|thomas|taylor|moore|jackson|white|harris|clark|lewis|walker|hall|young|king|wright|scott|green|baker|adams|nelson|carter|mitchell|perez|roberts|costa|pereira|rodrigues|fernandes|moreau|laurent|fischer|weber|wagner|ozturk',
);

export const CITIES = list(
  'springfield|riverside|fairview|madison|georgetown|salem|clinton|ashland|dallas|houston|phoenix|denver|chicago|boston|seattle|atlanta|miami|austin|toronto|vancouver|london|manchester|leeds|dublin|sydney|melbourne|auckland|madrid|sevilla|valencia|mexico city|guadalajara|bogota|lima|buenos aires|sao paulo|rio|curitiba|recife|lisboa|porto|paris|lyon|marseille|lille|berlin|hamburg|munchen|koln|wien|zurich|istanbul|ankara|izmir|bursa|jakarta|surabaya|bandung|medan|manila|ohio|texas|florida|new jersey|california',
);

export const STREET_NAMES = list(
  'oak|maple|pine|cedar|elm|main|park|lake|hill|washington|lincoln|sunset|river|church|mill|walnut|chestnut|highland|meadow|willow|birch|spring|forest|ridge|valley|jefferson|franklin|cherry|king|queen|victoria',
);
export const STREET_TYPES = list('st|street|ave|avenue|rd|road|dr|drive|ln|lane|blvd|way|ct|court|pl');

export const SCHOOL_WORDS = list(
  'lincoln|washington|roosevelt|jefferson|kennedy|westfield|northside|eastwood|lakeview|hillcrest|riverside|oakwood|maple grove|central|st marys|st johns|valley|summit|pine ridge|heritage|franklin|madison|greenwood|brookside',
);
export const SCHOOL_TYPES = list(
  'middle school|high school|high|elementary|middle|academy|ms|hs|prep|junior high',
);

/** External platforms: moving a conversation there is what the policy flags. */
export const PLATFORMS = list(
  'snap|snapchat|sc|insta|instagram|ig|discord|dc|whatsapp|wa|telegram|tg|tiktok|tt|kik|facebook|fb|messenger|twitter|skype|line|wechat|signal|imessage|threads|reddit|twitch|youtube|facetime|zoom|viber|omegle',
);
/** The platforms people swap handles on most; weighted up in templates. */
export const TOP_PLATFORMS = list('snap|snapchat|insta|ig|discord|whatsapp|tiktok|telegram|kik');

export const HANDLE_WORDS = list(
  'shadow|dragon|ninja|gamer|star|moon|wolf|sky|pixel|kitty|angel|ghost|blaze|storm|frost|toxic|savage|queen|king|bunny|boba|cookie|vibes|lil|real|its|official|xo|cute|dark|sweet|crazy|epic|pro|noob|cool',
);

export const EMAIL_PROVIDERS = list(
  'gmail.com|hotmail.com|yahoo.com|outlook.com|icloud.com|protonmail.com|aol.com|live.com|gmx.de|hotmail.fr|yahoo.com.br|outlook.es',
);

export const PLACES = list(
  'the mall|the park|mcdonalds|starbucks|the library|the skatepark|walmart|target|the movies|the cinema|the bus stop|the gas station|the pool|the beach|the arcade|the playground|the train station|burger king|the soccer field|the gym|my house|your house',
);
export const NAMED_PLACES = list(
  'oak park|central park|westfield mall|riverside park|the mcdonalds on main st|lincoln library|the starbucks on 5th|city mall|sunset beach|grand station|the park near lincoln high',
);

export const DAYS = list('today|tomorrow|tonight|saturday|sunday|friday|this weekend|after school|monday');

export const GAME_ITEMS = list(
  'dragon|unicorn|frost dragon|shadow dragon|golden sword|fire sword|pet dog|neon cat|mega owl|bat dragon|giraffe|crown|wings|godly knife|chroma gun|rainbow pet|legendary skin|diamond pickaxe|elytra|hoverboard|parrot|turtle|evil unicorn|valk|dominus|korblox|headless|katana|bow|shield|potion|car|truck|house|hat',
);

export const GAMES = list(
  'adopt me|brookhaven|blox fruits|murder mystery|arsenal|bedwars|jailbreak|tower of hell|pet sim|minecraft|fortnite|doors|bloxburg|royale high|piggy|natural disaster|this game|the obby|mm2|da hood|blade ball|grow a garden|the new update|the event',
);

export const CURRENCIES = list('robux|coins|gems|bucks|gold|diamonds|v-bucks|tokens|credits');

/**
 * Emojis for noise: emojilib's keyword data (all of Unicode's emoji with their keywords), those
 * whose keywords say they are faces, hands, hearts or game things, plus text emoticons. Emojis that
 * can stand for an app (👻, 📸) are among them, so an emoji alone never means a handle.
 */
const emojiKeywords = createRequire(import.meta.url)('emojilib') as Record<string, readonly string[]>;
const CHAT_KEYWORDS =
  /^(face|smile|happy|laugh|joy|lol|cry|sad|love|heart|like|fire|cool|party|hand|wave|thumbs_up|clap|pray|skull|dead|eyes|think|angry|ghost|camera|game|trophy|star|sparkles|crown|money|sword|gem|cat|dog|unicorn|dragon)$/;
export const EMOJIS: readonly string[] = [
  ...Object.entries(emojiKeywords)
    .filter(([, keywords]) => keywords.some((k) => CHAT_KEYWORDS.test(k)))
    .map(([emoji]) => emoji),
  ...list(':)|:D|xD|:P|<3|:(|^^|;)|:3|T_T|owo|>:('),
];

export const GREETINGS = list(
  'hey|hi|yo|hello|heyy|sup|wsp|hii|ayo|ok so|bro|girl|omg|lol|umm|hey bestie|so|btw|also|wait',
);
export const TAILS = list('lol|pls|plz|rn|asap|haha|xd|lmao|ok|bro|fr|ngl|tho|k|bestie|dude|thx|ty|xoxo|lmk');
