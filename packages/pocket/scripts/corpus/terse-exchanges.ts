/**
 * Terse, colloquial and indirect exchanges (issue 13, round 4): the PII the model of round 3 still
 * missed on the development sets, as families only (none of their messages, phrasings, names or
 * numbers are here). On the `giving` side, in every language: a town dropped in a few words (alone,
 * as a call for locals, or followed by a question back), a school or street address dropped in
 * passing, credentials and one-time codes handed over in shorthand, doxxing threats of every shape
 * and length (the policy labels them `giving` with or without the data), handles on other platforms
 * given by hint or "same name as here", gaming-platform IDs and voice-server addresses, a handle
 * given with a request for the other's, meet-ups that name a real place and time, phone numbers in
 * selling posts, and phone numbers spelled out in each language's own digit words (every digit a
 * `[..|..]` choice, so the values vary). On the `asking` side: short asks for a handle in each
 * language's own words, and asks for a face photo, a school, a third person's whereabouts, a visit
 * to someone's house, age with country and city, a city after a country-only disclosure, or a move
 * to somewhere else.
 */
import { choices, type Families } from './families.js';

/** `n` spelled-out digits, each its own choice from `words`, space-separated unless told. */
const spell = (words: string, n: number, sep = ' '): string => choices(words, n, sep);

/** Each language's digit words, 0–9 and the common variants. */
const DIGITS = {
  en: 'zero|oh|one|two|three|four|five|six|seven|eight|nine',
  es: 'cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve',
  pt: 'zero|um|dois|tres|três|quatro|cinco|seis|meia|sete|oito|nove',
  fr: 'zéro|zero|un|deux|trois|quatre|cinq|six|sept|huit|neuf',
  de: 'null|eins|zwei|zwo|drei|vier|fünf|fuenf|sechs|sieben|acht|neun',
  it: 'zero|uno|due|tre|quattro|cinque|sei|sette|otto|nove',
  nl: 'nul|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen',
  pl: 'zero|jeden|dwa|trzy|cztery|pięć|piec|sześć|szesc|siedem|osiem|dziewięć|dziewiec',
  tr: 'sıfır|sifir|bir|iki|üç|uc|dört|dort|beş|bes|altı|alti|yedi|sekiz|dokuz',
  id: 'nol|kosong|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan',
  tl: 'zero|sero|isa|dalawa|tatlo|apat|lima|anim|pito|walo|siyam|one|two|five|nine',
  hi: 'zero|shunya|ek|do|teen|char|chaar|paanch|panch|chhe|che|saat|aath|nau',
  ru: 'ноль|один|два|три|четыре|пять|шесть|семь|восемь|девять',
  ruLatin: 'nol|odin|dva|tri|chetyre|pyat|shest|sem|vosem|devyat',
  jaKana: 'ゼロ|レイ|イチ|ニ|ニー|サン|ヨン|ゴ|ゴー|ロク|ナナ|ハチ|キュウ|キュー',
  jaHira: 'ぜろ|れい|いち|に|にー|さん|よん|ご|ごー|ろく|なな|はち|きゅう|きゅー',
  ar: 'صفر|واحد|اثنين|ثلاثة|اربعة|خمسة|ستة|سبعة|ثمانية|تسعة',
  arLatin: 'sifr|wa7ed|etnen|tnen|talata|tlata|arba3a|khamsa|setta|sab3a|tamanya|tes3a',
  ko: '공|영|일|이|삼|사|오|육|칠|팔|구',
  vi: 'khong|mot|hai|ba|bon|nam|sau|bay|tam|chin',
  viAccent: 'không|một|hai|ba|bốn|năm|sáu|bảy|tám|chín',
} as const;

const D_EN = DIGITS.en;

export const EN: Families = {
  giving: {
    cityTerse: [
      `[from|im from|i'm from|born and raised in|repping|straight outta] {realcity}[ here| btw| lol| fr| tbh|]`,
      `anyone [else |][here |]from {realcity}[?|??| lets make a squad| lets squad up| we should team| lets run it|]`,
      `[who else|anyone|who here] [lives|is|stays] [in|near|around] {realcity}[?| lmk| hmu| lets make a local squad|]`,
      `[im|i'm|we're] in {realcity} [rn|right now|atm|tonight|this week][,|] [where abouts r u|where r u|wbu|hbu|u?|where u at][?|]`,
      `{realcity} [gang|squad|represent|crew|ppl][ 🙋| where u at| stand up| lol|]`,
      `[live|living|stuck] [in|near|outside] {realcity}[ so the ping is bad| thats why im laggy| its so boring here| wbu|]`,
      `[near|close to|just outside|like 10 min from] {realcity}[ wbu| u?| lol| hbu|]`,
      `[oh|yo|wait] u from {realcity} too?? [same|me too|im there too][ lol|!!|]`,
    ],
    placeDropTerse: [
      `[im at|i go to|i'm at|we're at] {school}[,|] [we have|there's|we got] a [gaming|esports|chess|coding|robotics] club[ lol| there| if u wanna join|]`,
      `{school} [kid|student|here|gang|8th grader][ 🙋| lol| btw| fr|]`,
      `[im at|i'm at|i live at|come to] {address} [if u wanna|if u want to|u can] [drop it off|drop the controller off|grab the charger|bring the game|pick up the cards]`,
      `[im|i'm] [on|at] {street}[,|] the [blue|white|corner|big|yellow] house[ lol| if ur lost| cant miss it|]`,
      `[drop it|leave it|bring it] [at|to] {address}[ ill be home| after 4| pls| just ring|]`,
      `[my|our] school is {school} [and|,] [we get out at 3|its so boring|lunch is trash|its huge]`,
      `[just|ok] [come to|swing by] {address}[ lol| whenever| after dinner|]`,
    ],
    credsTerse: [
      `[user|username|login|acc][:| is|] {handle} [pass|pw|password][:| is|] {password}[ farm for me| pls farm| do my dailies| grind the event pls| get me to gold|]`,
      `{otp} [is the|thats the|its the] [2fa|login|verification|steam guard|auth] code[, type it fast|, quick|, go go|, hurry|]`,
      `[2fa|the code|code|steam guard|auth code] [is|:] {otp}[ hurry| type it in| before it expires| go|]`,
      `[email|mail|login] {email} [pw|pass] {password}[, get me to diamond| carry me| dont buy anything|]`,
      `[heres|here is|ok] my [login|acc|account][:|,] {handle} / {password}[ dont change anything| dont spend my gems|]`,
      `[pin|the pin] is {pin} [and the pw is|pw|password] {password}[ log in quick| do the quests|]`,
    ],
    doxxTerse: [
      `[i know|i found|i got|i know where] [ur|your] school[,|] [ill|im gonna|gonna] tell them [what u said|everything|about this|what u did][ in vc|]`,
      `[gonna|im gonna|ima] tell [ur|your] [school|teacher|principal|parents] [what u said in vc|what u did|everything][ lol|]`,
      `[keep talking|one more word|say that again|keep it up|keep crying] and [ill show everyone|everyone sees|im posting|ill leak] [ur|your] [moms|mums|dads|parents|sisters] [facebook|fb|insta]`,
      `[give|send] [my|the] [pets|items|skin|account|robux] back or [ur|your] [home address|real name|face|school|last name] [goes in|gets posted in|ends up in] [#general|every server|the group chat|every server im in]`,
      `[i know|found|got] [ur|your] [real name|face|last name|address|town] [and|plus] [ur|your] [school|moms facebook|address|face][,|] [wanna see what happens|think about that|watch ur back|ur done|next step is everyone sees it]`,
      `[gonna|ima|im gonna] [post|leak|share|drop] [ur|your] [face|face pic|real name|address|school] [in the server|everywhere|on tiktok|in the gc][ lol|, enjoy|, bye|]`,
      `[ok so|listen|fine] since u [keep lying|scammed me|wont give it back|keep blocking me], i already [know|have|saved] [ur|your] [real first name|real name|last name], the [town|city] u live in and the school ur at [because|cuz] u [said it|posted it|leaked it urself] in [vc|the gc|chat] [last week|yesterday|before]. [give|send] [my|the] [items|pets|robux] back by [tonight|tomorrow|friday] or [all of it|everything] goes in [#general|the server|every gc] and everyone [will see|finds out] who u really are`,
      `[i have|got] [ur|your] [address|dads number|moms number|ip and address] [so|and] [im telling|ill send it to|everyone gets it incl] [ur|your] [parents|school|teachers][ lol|]`,
    ],
    elsewhereSameName: [
      `my [steam|xbox|psn|twitch|tiktok|insta|snap|discord] [is|has] the same name as [here|this|my ign][,|] [send a req|add me|follow me|hmu][ lol|]`,
      `i stream on [twitch|kick|yt|youtube|tiktok] [same name|under the same name|same user|w the same name][ come watch| drop a follow| every night|]`,
      `{hint} {handle} [add me|add meee|hmu|add|🙏]`,
      `[xbox|psn|steam|switch|epic] [gt|id|name|tag|friend code][:|] {gamehandle}[ add me| inv me| send req|]`,
      `[our|the] [ts|teamspeak|mumble|voice|ts3] [server|ip] [is|:] {ip}[:| port ][9987|64738|10011|3784][ hop in| join up| pw is gg|]`,
      `[added|followed|requested] u on {platform} [already|just now|earlier][,|] [its|im] {handle}[,| so] [now send urs|ur turn|send me urs|add back]`,
      `my [ign|username|user] is my {platform} too[ lol| add me| so u can find me|]`,
      `my {platform} is {handle}[,| so] [add me and|pls] [tell me|send|drop] urs`,
    ],
    meetupTerse: [
      `[meet|lets meet|see u|meet me] at {namedplace} {weekday} at {time}[, bring the switch|, dont be late| ill be there|]`,
      `[ok|so|alright] [its settled|were set|plan is][:|,] {namedplace} [on|this] {weekday}[ at {time}|], [then food after|bring ur controllers|text the gc if u cant make it]`,
      `[im|ill be] at {namedplace} [in 10|at {time}|after school][, come find me|, same bench|, near the entrance|]`,
      `[everyone|guys|squad] [meet|pull up|come] [to|at] {namedplace} {day} [at {time}|around {time}][ for the tournament| for the trade| irl|]`,
      `[ok|oi|guys] so [we agreed|its official|we decided]: {weekday} at {time} in front of {namedplace}, [bring|everyone bring] [ur switch|the cards|ur controllers], [after that|then] we [get food|go to the arcade|grab pizza]. if [someone|anyone] [cant make it|bails] [say it|tell us] in the [gc|group] [pls|so we dont wait forever]`,
    ],
    sellPostPhone: [
      `[selling|wts|for sale:] my [old|used] [headset|controller|switch|ps4|gaming chair|keyboard], [works fine|barely used|some scratches], [pick up only|local pickup], [text|call|msg] {phone}[ if u want it| first come first served|]`,
      `[anyone want|who wants] my old [console|monitor|mouse|headphones]? [{price}|cheap|make an offer], [text me|txt|whatsapp] {phone}`,
      `[giving away|selling] [a bunch of|some] [games|cards|figures|old controllers], [hit me up|text] [on|at] {phone}[ my mom will be there too| after 5|]`,
    ],
    digitWordsPhone: [
      `[txt|text|call|ring] me ${spell(D_EN, 3)}[ |, ]${spell(D_EN, 4)}[ lol| after 6|]`,
      `my [number|cell|#|phone] is ${spell(D_EN, 3)} ${spell(D_EN, 3)} ${spell(D_EN, 4)}[ dont share it| lol|]`,
      `[number|cell|digits][:| is] ${spell(D_EN, 3)}-${spell(D_EN, 4)}[ text dont call|]`,
    ],
  },
  asking: {
    handleAskTerse: [
      `{platform} [@|user|name|id][?|??]`,
      `[u got|do u have|got|u have|u on] {platform}[?|??| tho?| or nah?]`,
      `[drop|send|whats] [ur|your] {platform}[ @| name| user|][ rn| pls| real quick|]`,
      `[d r o p|s e n d] u r [s n a p|d i s c o r d|i n s t a|t i k t o k]`,
      `{hint}[?|??| u got it?| name?]`,
      `[send|drop|whats] ur {gaming} [gt|id|name|tag][ ill add u|?|]`,
    ],
    irlAskTerse: [
      `[anyone|does anyone|who] [know|knows] where {gamehandle} [lives|lives irl|goes to school|is from irl][?|??| hes gonna regret it| lol|]`,
      `[does anyone|anyone|who] [have|got] {first}[s|'s] [number|snap|address|insta][?|]`,
      `[which|what] [school|middle school|high school] [r u at|do u go to|is urs|u go to][?| maybe we know each other|]`,
      `[send|show|drop] [ur|a pic of ur|one] face[ first| pls| lol|]`,
      `[u|do u] wanna come over [to my house|to mine|to my place] [and play|after school|this weekend][?|]`,
      `[how old r u|ur age|age] [and|+|,] [what country|which country|country] [and|+|,] [what city|which city|city][?|]`,
      `{country} [here too|too]!! [whereabouts|where abouts|which city|which part][?|??]`,
      `im in {country} too[!!|], [whereabouts|which city|what part][?|]`,
      `[wanna|can we] [talk|move|chat] [somewhere else|on another app|elsewhere][?| mods read everything here| this chat is dead|]`,
    ],
  },
};

export const ES: Families = {
  giving: {
    cityTerse: [
      `[soy de|vivo en|aca en|desde|ando por] {realcity}[ wey| jaja| y tu?| alguien de ahi?|]`,
      `alguien [mas |][de|en] {realcity}[?| armamos squad?| hagamos grupo| jugamos?]`,
      `[estoy|ando] en {realcity} [ahorita|ahora|rn], [de donde eres|tu donde andas|y tu][?|]`,
    ],
    placeDropTerse: [
      `voy al {school}[, en segundo| en primero| hay club de videojuegos|]`,
      `[vivo en|estoy en] {address}[ si quieres traer el control| pasa por el cargador| toca fuerte|]`,
      `[dejalo|traelo] en {address}[ despues de las 4| mañana|]`,
    ],
    credsTerse: [
      `[usuario|user] {handle} [contra|pass|clave] {password}[ farmea por mi| subeme de nivel| haz las diarias|]`,
      `el codigo [de 2fa|de verificacion|] es {otp}[ ponlo rapido| apurate|]`,
      `{otp} [es el codigo|ese es el codigo], [rapido|ya|metelo ya]`,
    ],
    doxxTerse: [
      `[sigue|una mas|di algo mas] y [le digo a tu escuela|publico tu direccion|subo tu cara|enseño el facebook de tu mama][ a todos|]`,
      `[ya se|se] [tu nombre real|a que escuela vas|donde vives], [devuelveme|regresame] [mis items|la skin] o [lo publico|todos se enteran]`,
      `[tu direccion|tu nombre real|tu cara] va [al grupo|a todos los servers] si no [me devuelves todo|pides perdon]`,
    ],
    elsewhereSameName: [
      `mi [steam|xbox|twitch|insta] es el mismo nombre que aqui[, agregame| mandame solicitud|]`,
      `[hago stream|transmito] en [twitch|kick|yt] [con el mismo nombre|mismo user][ pasen|]`,
      `[gt de xbox|id de psn|steam][:|] {gamehandle}[ agregame|]`,
      `ya te agregue en {platform}, soy {handle}, [ahora pasame el tuyo|pasa el tuyo]`,
    ],
    meetupTerse: [
      `nos vemos en {namedplace} el {weekday} a las {time}[, traigan la switch| no falten|]`,
      `[quedamos|ya quedamos] el {weekday} en {namedplace} frente al [cine|kiosko], [a las {time}|temprano][, luego vamos por tacos|]`,
    ],
    sellPostPhone: [
      `[vendo|remato] mi [control|audifonos|switch] [usado|viejo], [mandame msj|escribeme|whats] al {phone}`,
    ],
    digitWordsPhone: [
      `mi [numero|cel] es ${spell(DIGITS.es, 3)} ${spell(DIGITS.es, 3)} ${spell(DIGITS.es, 4)}`,
      `[escribeme|llamame|mandame whats] al ${spell(DIGITS.es, 3)} ${spell(DIGITS.es, 4)}[ porfa|]`,
    ],
  },
  asking: {
    handleAskTerse: [
      `[tienes|tenes|tenés] {platform}[?| pasalo|]`,
      `[pasame|pasa|dame] tu {platform}[ porfa| ya|]`,
      `{platform}?[ o nada| o que|]`,
    ],
    irlAskTerse: [
      `[alguien sabe|quien sabe] donde vive {gamehandle}[?| en la vida real?]`,
      `[a que|en que] [escuela|prepa|secundaria] vas[?|]`,
      `[manda|pasa] foto de tu cara[ porfa|]`,
      `[hablamos|seguimos] en otro lado[?| aqui los mods leen todo]`,
      `[cuantos años tienes|edad], [que pais|pais] y [que ciudad|ciudad]?`,
    ],
  },
};

export const PT: Families = {
  giving: {
    cityTerse: [
      `[sou de|moro em|to em] {realcity}[ e vc?| alguem daqui?| kkk|]`,
      `alguem [mais |]de {realcity}[?| bora fazer squad| bora jogar junto]`,
      `to em {realcity} agora, [e vc|vc mora onde][?|]`,
    ],
    placeDropTerse: [
      `estudo na {school}[, 8º ano| tem clube de games lá|]`,
      `moro na {address}[, passa aqui pra pegar o controle| deixa aqui|]`,
      `[deixa|entrega] na {address}[ depois das 5| amanha|]`,
    ],
    credsTerse: [
      `[user|login] {handle} senha {password}[ farma pra mim| upa minha conta| faz as diarias|]`,
      `o codigo [do 2fa|de verificação|] é {otp}[ digita rapido| vai|]`,
    ],
    doxxTerse: [
      `[mais uma|continua] e eu [conto pra tua escola|posto teu endereço|mostro o face da tua mãe][ pra todo mundo|]`,
      `[já sei|eu sei] [teu nome real|tua escola|onde vc mora], devolve [meus itens|a skin] ou [vaza tudo|todo mundo vai saber]`,
    ],
    elsewhereSameName: [
      `meu [steam|xbox|insta|twitch] é o mesmo nome daqui[, me adiciona| manda solicitação|]`,
      `[faço live|streamo] na [twitch|kick] [mesmo nick|com o mesmo nome]`,
      `[gamertag|id da psn|steam][:|] {gamehandle}`,
      `te add no {platform}, sou {handle}, [agora manda o teu|manda o seu]`,
    ],
    meetupTerse: [
      `bora [se encontrar|colar] no {namedplace} {weekday} às {time}`,
      `[fechou|combinado]: {namedplace}, {weekday} [às {time}|de tarde], [levem o switch|depois a gente come]`,
    ],
    sellPostPhone: [
      `[vendo|to vendendo] meu [headset|controle|ps4] [usado|velho], [chama no zap|me liga|manda msg] {phone}`,
    ],
    digitWordsPhone: [
      `meu [numero|zap|cel] é ${spell(DIGITS.pt, 2)} ${spell(DIGITS.pt, 5)} ${spell(DIGITS.pt, 4)}`,
      `[me chama|liga] no ${spell(DIGITS.pt, 4)} ${spell(DIGITS.pt, 4)}`,
    ],
  },
  asking: {
    handleAskTerse: [
      `[tem|c tem|vc tem] {platform}?[ me passa|]`,
      `[passa|me passa] teu {platform}[ ai| pfv|]`,
    ],
    irlAskTerse: [
      `alguem sabe onde o {gamehandle} mora[?| na vida real?]`,
      `[qual|que] escola vc estuda?`,
      `manda foto do teu rosto[ pfv|]`,
      `bora conversar em outro lugar?[ aqui os mods leem tudo|]`,
    ],
  },
};

export const FR: Families = {
  giving: {
    cityTerse: [
      `[jsuis|je suis|moi jsuis] de {realcity}[ et toi?| qqn d'ici?|]`,
      `qqn [d'autre |]de {realcity}[?| on fait une team?]`,
      `jsuis à {realcity} là, [t'es où toi|et toi t'es où][?|]`,
      `{realcity} [represent|en force][ 🙋|]`,
    ],
    placeDropTerse: [
      `[jsuis au|je suis au|je vais au] {school}[, en 4e| y a un club jeux vidéo|]`,
      `j'habite [au |]{address}[, passe quand tu veux| tu peux déposer la manette|]`,
    ],
    credsTerse: [
      `[id|login|user] {handle} [mdp|pass] {password}[ farm pour moi| monte mon compte|]`,
      `le code [2fa|de vérif|] c'est {otp}[ vite|, tape le vite|]`,
    ],
    doxxTerse: [
      `[encore un mot|continue] et [je dis tout à ton collège|je poste ton adresse|je montre le facebook de ta mère|ta tête passe partout]`,
      `[je connais|je sais] [ton vrai nom|ton collège|où t'habites], rends [mes items|le skin] ou [je balance tout|tout le monde saura]`,
    ],
    elsewhereSameName: [
      `[je stream|je live] sur [twitch|kick|yt] [même pseudo qu'ici|meme pseudo][, passe|]`,
      `mon [steam|xbox|insta] c'est le même pseudo qu'ici[, ajoute moi|]`,
      `[gt xbox|id psn|steam][:|] {gamehandle}`,
      `je t'ai ajouté sur {platform}, c'est {handle}, [envoie le tien|à toi]`,
    ],
    meetupTerse: [
      `rdv [à|devant] {namedplace} {weekday} à {time}[, ramenez la switch|]`,
      `[c'est calé|on a dit]: {namedplace} {weekday} [vers {time}|à {time}], [après on mange|ramenez vos manettes]`,
    ],
    sellPostPhone: [
      `[je vends|vends] ma [manette|ps4|casque] [d'occase|usée], [envoie un sms|appelle] au {phone}`,
    ],
    digitWordsPhone: [
      `mon [num|numéro|tel] c'est ${spell(DIGITS.fr, 2)} ${spell(DIGITS.fr, 2)} ${spell(DIGITS.fr, 2)} ${spell(DIGITS.fr, 2)} ${spell(DIGITS.fr, 2)}`,
      `[appelle|texte] moi au ${spell(DIGITS.fr, 4)} ${spell(DIGITS.fr, 4)}`,
    ],
  },
  asking: {
    handleAskTerse: [`t'as {platform}?[ envoie|]`, `[donne|passe|envoie] ton {platform}[ stp|]`],
    irlAskTerse: [
      `[on parle|on continue|on discute] ailleurs?[ ici c'est nul| les modos lisent tout|]`,
      `qqn sait où habite {gamehandle}[?| en vrai?]`,
      `t'es dans quel [collège|lycée]?`,
      `envoie une photo de ta tête[ stp|]`,
    ],
  },
};

export const DE: Families = {
  giving: {
    cityTerse: [
      `[bin aus|komm aus|wohn in] {realcity}[ und du?| wer noch?|]`,
      `jemand [noch |]aus {realcity}[?| lass squad machen]`,
      `bin grad in {realcity}, [wo bist du|und du so][?|]`,
    ],
    placeDropTerse: [
      `ich geh auf die {school}[, 7. klasse| wir haben ne gaming ag|]`,
      `wohn in der {address}[, kannst den controller vorbeibringen|]`,
    ],
    credsTerse: [
      `[name|user|login] {handle} [pw|passwort] {password}[ farm mal für mich| mach meine dailys|]`,
      `der [2fa|bestätigungs|] code ist {otp}[ schnell|, schnell eintippen|]`,
    ],
    doxxTerse: [
      `[noch ein wort|mach weiter] und ich [sag es deiner schule|poste deine adresse|zeig allen das facebook von deiner mutter]`,
      `[ich weiß|kenn] [deinen echten namen|deine schule|wo du wohnst], gib [meine items|den skin] zurück oder [alle sehen es|ich poste alles]`,
    ],
    elsewhereSameName: [
      `mein [steam|xbox|insta|twitch] hat den gleichen namen wie hier[, schick anfrage|]`,
      `[ich streame|stream] auf [twitch|yt] [gleicher name|mit dem gleichen namen]`,
      `[xbox gt|psn id|steam][:|] {gamehandle}`,
      `hab dich auf {platform} geaddet, bin {handle}, [jetzt du|schick deins]`,
      `[ts|teamspeak] [ip|server][:|] {ip}:[9987|10011][ kommt rein|]`,
    ],
    meetupTerse: [
      `treffen uns {weekday} um {time} [am|vor dem] {namedplace}`,
      `[abgemacht|steht]: {namedplace}, {weekday} um {time}, [bringt die switch mit|danach essen]`,
    ],
    sellPostPhone: [
      `[verkaufe|vk] mein altes [headset|controller|ps4], [meld dich unter|schreib an|whatsapp] {phone}`,
    ],
    digitWordsPhone: [
      `meine [nummer|handynummer] ist ${spell(DIGITS.de, 4)} ${spell(DIGITS.de, 3)} ${spell(DIGITS.de, 4)}`,
      `[ruf|schreib] mich an: ${spell(DIGITS.de, 3)} ${spell(DIGITS.de, 4)}`,
    ],
  },
  asking: {
    handleAskTerse: [`hast du {platform}?[ schick|]`, `[gib|schick] mal dein {platform}[ her|]`],
    irlAskTerse: [
      `weiß jemand wo {gamehandle} wohnt[?| im echten leben?]`,
      `auf welche schule gehst du?`,
      `schick mal ein foto von deinem gesicht`,
      `[wollen wir|lass] woanders schreiben?[ hier lesen die mods alles|]`,
      `willst du zu mir kommen [und zocken|am wochenende]?`,
      `bin aus {country}, und du? [welche stadt|wo genau]?`,
    ],
  },
};

export const IT: Families = {
  giving: {
    cityTerse: [
      `[sono di|abito a|vivo a] {realcity}[ e tu?| qualcuno di qua?|]`,
      `qualcuno [altro |]di {realcity}[?| facciamo squadra]`,
      `sono a {realcity} ora, tu dove [sei|stai]?`,
    ],
    placeDropTerse: [
      `vado al {school}[, in seconda| c'è un club di videogiochi|]`,
      `abito in {address}[, passa quando vuoi| lascia lì il controller|]`,
    ],
    credsTerse: [
      `[user|utente] {handle} [pass|password] {password}[ farma per me| fammi le daily|]`,
      `il codice [2fa|di verifica|] è {otp}[ veloce|]`,
    ],
    doxxTerse: [
      `[un'altra parola|continua] e [lo dico alla tua scuola|pubblico il tuo indirizzo|mostro a tutti il facebook di tua madre]`,
      `[so|conosco] [il tuo vero nome|la tua scuola|dove abiti], ridammi [gli item|la skin] o [lo sanno tutti|pubblico tutto]`,
    ],
    elsewhereSameName: [
      `il mio [steam|xbox|insta|twitch] ha lo stesso nome di qui[, aggiungimi|]`,
      `[faccio live|streammo] su [twitch|yt] stesso nick`,
      `[gt xbox|id psn|steam][:|] {gamehandle}`,
      `ti ho aggiunto su {platform}, sono {handle}, ora [mandami il tuo|tocca a te]`,
    ],
    meetupTerse: [
      `ci vediamo [a|davanti a] {namedplace} {weekday} [alle {time}|pomeriggio]`,
      `[allora|deciso]: {namedplace} {weekday} alle {time}, [portate la switch|poi pizza]`,
    ],
    sellPostPhone: [`vendo il mio vecchio [headset|controller|ps4], [scrivimi|chiamami|whatsapp] al {phone}`],
    digitWordsPhone: [
      `il mio [numero|cell] è ${spell(DIGITS.it, 3)} ${spell(DIGITS.it, 3)} ${spell(DIGITS.it, 4)}`,
      `[scrivimi|chiamami] al ${spell(DIGITS.it, 3)} ${spell(DIGITS.it, 4)}`,
    ],
  },
  asking: {
    handleAskTerse: [`hai {platform}?[ passamelo|]`, `[dammi|passami] il tuo {platform}[ dai|]`],
    irlAskTerse: [
      `qualcuno sa dove abita {gamehandle}[?| nella vita vera?]`,
      `[che|quale] scuola fai?`,
      `manda una foto della tua faccia`,
      `parliamo da un'altra parte?[ qui i mod leggono tutto|]`,
    ],
  },
};

export const NL: Families = {
  giving: {
    cityTerse: [
      `[kom uit|woon in|ben van] {realcity}[ en jij?| iemand anders?|]`,
      `iemand [anders |]uit {realcity}[?| squad maken]`,
      `ik zit nu in {realcity}, waar [woon|zit] jij?`,
    ],
    placeDropTerse: [
      `ik zit op {school}[, we hebben een gameclub| klas 2|]`,
      `ik woon op {address}[, breng de controller maar langs|]`,
    ],
    credsTerse: [
      `[user|login|naam] {handle} [ww|wachtwoord|pw] {password}[ farm even voor mij| doe mijn dailies|]`,
      `de [2fa|verificatie|] code is {otp}[ snel|]`,
    ],
    doxxTerse: [
      `[nog één woord|ga zo door] en ik [vertel het je school|post je adres|laat iedereen de facebook van je moeder zien]`,
      `ik weet [je echte naam|je school|waar je woont], geef [mijn items|de skin] terug of [iedereen ziet het|ik post alles]`,
    ],
    elsewhereSameName: [
      `mijn [steam|xbox|insta|twitch] heeft dezelfde naam als hier[, stuur een verzoek|]`,
      `ik stream op [twitch|yt] [zelfde naam|met dezelfde naam]`,
      `[xbox gt|psn id|steam][:|] {gamehandle}`,
      `heb je toegevoegd op {platform}, ik ben {handle}, [nu jij|stuur de jouwe]`,
    ],
    meetupTerse: [
      `[we zien elkaar|afspreken] bij {namedplace} {weekday} om {time}`,
      `[geregeld|deal]: {namedplace}, {weekday} om {time}, [neem je switch mee|daarna eten]`,
    ],
    sellPostPhone: [`ik verkoop mijn oude [headset|controller|ps4], [app|bel|sms] {phone}`],
    digitWordsPhone: [
      `mijn nummer is nul zes ${spell(DIGITS.nl, 4)} ${spell(DIGITS.nl, 4)}`,
      `[app|bel] me op ${spell(DIGITS.nl, 3)} ${spell(DIGITS.nl, 4)}`,
    ],
  },
  asking: {
    handleAskTerse: [`heb je {platform}?[ stuur|]`, `[geef|stuur] je {platform} even`],
    irlAskTerse: [
      `weet iemand waar {gamehandle} woont[?| in het echt?]`,
      `op welke school zit jij?`,
      `stuur een foto van je gezicht`,
      `zullen we ergens anders praten?[ de mods lezen alles|]`,
    ],
  },
};

export const PL: Families = {
  giving: {
    cityTerse: [
      `[jestem z|mieszkam w|ja z] {realcity}[ a ty?| ktoś stąd?|]`,
      `ktoś [jeszcze |]z {realcity}[?| robimy squad]`,
      `jestem teraz w {realcity}, a ty gdzie [mieszkasz|jesteś]?`,
    ],
    placeDropTerse: [
      `chodzę do {school}[, 7 klasa| mamy kółko gamingowe|]`,
      `mieszkam na {address}[, podrzuć pada|]`,
    ],
    credsTerse: [
      `[login|nick] {handle} [hasło|haslo|pass] {password}[ pofarm za mnie| zrób dzienne|]`,
      `kod [2fa|weryfikacyjny|] to {otp}[ szybko|]`,
    ],
    doxxTerse: [
      `[jeszcze słowo|gadaj dalej] i [powiem twojej szkole|wrzucę twój adres|pokażę wszystkim fejsa twojej matki]`,
      `znam [twoje prawdziwe imię|twoją szkołę|twój adres], oddaj [itemy|skina] albo [wszyscy się dowiedzą|wrzucam wszystko]`,
    ],
    elsewhereSameName: [
      `mój [steam|xbox|insta|twitch] ma ten sam nick co tu[, dodaj mnie|]`,
      `streamuję na [twitchu|yt] [ten sam nick|pod tym samym nickiem]`,
      `[xbox gt|psn id|steam][:|] {gamehandle}`,
      `dodałem cię na {platform}, jestem {handle}, [teraz ty|wyślij swój]`,
    ],
    meetupTerse: [
      `widzimy się [przy|pod] {namedplace} {weekday} o {time}`,
      `[ustalone|dobra]: {namedplace}, {weekday} o {time}, [weźcie switcha|potem pizza]`,
    ],
    sellPostPhone: [`sprzedam stary [headset|pad|ps4], [pisz sms|dzwoń|pisz na whatsapp] {phone}`],
    digitWordsPhone: [
      `mój numer to ${spell(DIGITS.pl, 3)} ${spell(DIGITS.pl, 3)} ${spell(DIGITS.pl, 3)}`,
      `[dzwoń|pisz] na ${spell(DIGITS.pl, 3)} ${spell(DIGITS.pl, 4)}`,
    ],
  },
  asking: {
    handleAskTerse: [`masz {platform}?[ daj|]`, `[daj|podaj] swój {platform}`],
    irlAskTerse: [
      `ktoś wie gdzie mieszka {gamehandle}[?| w realu?]`,
      `do jakiej szkoły chodzisz?`,
      `wyślij fotkę twarzy`,
      `pogadamy gdzieś indziej?[ tu mody czytają wszystko|]`,
    ],
  },
};

export const TR: Families = {
  giving: {
    cityTerse: [
      `[{realcity}'denim|{realcity}'da yaşıyorum|{realcity}dan|ben {realcity}'luyum][ sen?| başka var mı?|]`,
      `{realcity}'dan [kimse|biri] var mı[?| squad kuralım]`,
      `şu an {realcity}'dayım, sen nerdesin?`,
    ],
    placeDropTerse: [
      `[okulum|okul] {school}[, oyun kulübü var|, 7. sınıf|]`,
      `adresim {address}[, kolu bırakabilirsin|, gel al|]`,
    ],
    credsTerse: [
      `[kullanıcı|kadi|user] {handle} [şifre|sifre] {password}[ benim yerime kas| görevleri yap|]`,
      `[2fa|doğrulama] kodu {otp}[ hızlı yaz|]`,
    ],
    doxxTerse: [
      `[bir daha yazarsan|devam et] [okuluna söylerim|adresini paylaşırım|annenin facebookunu herkese gösteririm]`,
      `[gerçek adını|okulunu|nerede oturduğunu] biliyorum, [itemlerimi|skini] geri ver yoksa [herkes öğrenecek|genel sohbete yazarım]`,
    ],
    elsewhereSameName: [
      `[steam|xbox|insta|twitch] adım burdakiyle aynı[, ekle|]`,
      `[twitchte|ytde] yayın açıyorum aynı isimle`,
      `[xbox gt|psn id|steam][:|] {gamehandle}`,
      `seni {platform}'dan ekledim, ben {handle}, [şimdi sen|seninkini at]`,
    ],
    meetupTerse: [
      `{weekday} saat {time}'da {namedplace}'da buluşalım`,
      `[tamam|anlaştık]: {namedplace}, {weekday} saat {time}, [switchi getirin|sonra yemek]`,
    ],
    sellPostPhone: [`eski [kulaklığımı|kolumu|ps4'ümü] satıyorum, [whatsapp|ara|mesaj at] {phone}`],
    digitWordsPhone: [
      `numaram ${spell(DIGITS.tr, 4)} ${spell(DIGITS.tr, 3)} ${spell(DIGITS.tr, 4)}`,
      `[ara|yaz] beni ${spell(DIGITS.tr, 3)} ${spell(DIGITS.tr, 4)}`,
    ],
  },
  asking: {
    handleAskTerse: [`{platform} var mı[?| at|]`, `{platform} adını [at|versene]`],
    irlAskTerse: [
      `{gamehandle} gerçekte nerede oturuyor bilen var mı?`,
      `hangi okula gidiyorsun?`,
      `yüzünün fotoğrafını at`,
      `başka yerde konuşalım mı?[ burda modlar her şeyi okuyor|]`,
    ],
  },
};

export const ID: Families = {
  giving: {
    cityTerse: [
      `[aku dari|gw dari|gue di|tinggal di] {realcity}[ kamu?| ada yg deket?|]`,
      `ada yg dari {realcity}[?| mabar yuk| bikin squad]`,
      `gw lagi di {realcity}, [lu dimana|kamu dimana]?`,
    ],
    placeDropTerse: [
      `gw sekolah di {school}[, ada ekskul game| kelas 8|]`,
      `rumah gw di {address}[, anter aja stiknya kesini|]`,
    ],
    credsTerse: [
      `[user|akun] {handle} [pw|pass] {password}[ pushin rank gw| farming ya|]`,
      `kode [otp|2fa|verifikasi] nya {otp}[ cepet ketik|]`,
    ],
    doxxTerse: [
      `[sekali lagi|lanjut aja] ntar gw [kasih tau sekolah lu|sebar alamat lu|share fb emak lu ke semua]`,
      `gw tau [nama asli lu|sekolah lu|rumah lu], balikin [item gw|skin gw] atau [gw sebar|semua orang tau]`,
    ],
    elsewhereSameName: [
      `[steam|ig|tiktok|twitch] gw sama kayak nama disini[, add aja|]`,
      `gw streaming di [twitch|yt|tiktok] nama yg sama`,
      `[steam|gt xbox|id psn][:|] {gamehandle}`,
      `udah gw add di {platform}, gw {handle}, [sekarang kirim punya lu|gantian]`,
    ],
    meetupTerse: [
      `ketemuan di {namedplace} {weekday} jam {time}[ ya|]`,
      `[fix|oke]: {namedplace}, {weekday} jam {time}, [bawa switch|abis itu makan]`,
    ],
    sellPostPhone: [`jual [headset|stik|ps4] bekas, [wa|sms|telp] {phone}`],
    digitWordsPhone: [
      `nomer gw ${spell(DIGITS.id, 4)} ${spell(DIGITS.id, 4)} ${spell(DIGITS.id, 4)}`,
      `[wa|chat] aja ke ${spell(DIGITS.id, 3)} ${spell(DIGITS.id, 4)}`,
    ],
  },
  asking: {
    handleAskTerse: [`[punya|ada] {platform}[ ga|?]`, `[minta|bagi] {platform} lu dong`],
    irlAskTerse: [
      `ada yg tau {gamehandle} rumahnya dimana[?| di dunia nyata?]`,
      `[sekolah dimana|kamu sekolah dimana]?`,
      `[kirim|minta] foto muka lu dong`,
      `ngobrol di tempat lain yuk?`,
    ],
  },
};

export const TL: Families = {
  giving: {
    cityTerse: [
      `[taga|tiga] {realcity} ako[ ikaw?| haha|]`,
      `may taga {realcity} ba dito[?| squad tayo]`,
      `nasa {realcity} ako ngayon, ikaw saan ka?`,
    ],
    placeDropTerse: [
      `sa {school} ako nag-aaral[, may gaming club kami|]`,
      `nasa {address} ako[, dalhin mo na lang dito yung controller|]`,
    ],
    credsTerse: [
      `[user|acc] {handle} [pass|pw] {password}[ ikaw na mag farm| pa-rank up naman|]`,
      `yung [code|otp|2fa] ay {otp}[ bilis i-type|]`,
    ],
    doxxTerse: [
      `[isa pa|sige ka] [sasabihin ko sa school mo|ipo-post ko address mo|ipapakita ko fb ng nanay mo sa lahat]`,
      `alam ko [tunay mong pangalan|school mo|bahay mo], ibalik mo [items ko|skin ko] or [malalaman ng lahat|ipo-post ko lahat]`,
    ],
    elsewhereSameName: [
      `[steam|ig|twitch|tiktok] ko same name dito[, add mo ko|]`,
      `nag-i-stream ako sa [twitch|yt|fb] same name`,
      `[xbox gt|psn id|steam][:|] {gamehandle}`,
      `na-add na kita sa {platform}, {handle} ako, [ikaw naman|send mo yung sayo]`,
    ],
    meetupTerse: [
      `[g|go] sa {namedplace} [sa|ngayong] {weekday}[ ng {time}| hapon|], [dalhin nyo switch|kain tayo after]`,
      `[game|sige], {namedplace} {weekday} [ng {time}|], [wag ma-late|text kayo sa gc]`,
    ],
    sellPostPhone: [`benta ko [headset|controller|ps4] ko, [text|tawag] sa {phone}`],
    digitWordsPhone: [
      `number ko [zero nine|sero siyam] ${spell(DIGITS.tl, 9)}`,
      `[text|tawag] ka sa ${spell(DIGITS.tl, 4)} ${spell(DIGITS.tl, 3)} ${spell(DIGITS.tl, 4)}`,
    ],
  },
  asking: {
    handleAskTerse: [`may {platform} ka[?| pa-add|]`, `[pa|] send ng {platform} mo`],
    irlAskTerse: [
      `sino may alam kung saan nakatira si {gamehandle}[?| irl?]`,
      `saang school ka?`,
      `send ka pic ng mukha mo`,
      `lipat tayo sa ibang app?`,
    ],
  },
};

export const HI: Families = {
  giving: {
    cityTerse: [
      `main {realcity} se [hu|hoon|hun][ tum?| bhai| aur tu?|]`,
      `koi {realcity} se hai kya[?| squad banate hai]`,
      `abhi {realcity} me hu, tu kaha hai?`,
      `{realcity} wala hu[ bhai| yaar|]`,
    ],
    placeDropTerse: [
      `main {school} me padhta hu[, wahan gaming club hai|]`,
      `ghar {address} pe hai[, controller wahi de dena|]`,
    ],
    credsTerse: [
      `[id|user] {handle} [pass|password] {password}[ mera farm kar de| rank push kar de|]`,
      `[otp|code] {otp} hai[ jaldi daal|]`,
    ],
    doxxTerse: [
      `[ek baar aur bola|aur bol] toh [tere school ko bata dunga|tera address daal dunga|teri mummy ka fb sabko dikha dunga]`,
      `mujhe [tera asli naam|tera school|tera ghar] pata hai, [items|skin] wapas de warna [sabko pata chalega|group me daal dunga]`,
    ],
    elsewhereSameName: [
      `mera [steam|insta|yt] bhi same naam hai[, add kar|]`,
      `main [yt|twitch|insta] pe stream karta hu same naam se`,
      `[xbox gt|psn id|steam][:|] {gamehandle}`,
      `tujhe {platform} pe add kar diya, main {handle} hu, [ab tu bhej|apna bhej]`,
    ],
    meetupTerse: [
      `{namedplace} pe milte hai {weekday} {time} baje`,
      `[done|pakka]: {namedplace}, {weekday} {time} baje, [switch leke aana|baad me khana]`,
    ],
    sellPostPhone: [`purana [headset|controller|ps4] bech raha hu, [whatsapp|call|msg] karo {phone}`],
    digitWordsPhone: [
      `mera number ${spell(DIGITS.hi, 5)} ${spell(DIGITS.hi, 5)} hai`,
      `[call|whatsapp] kar ${spell(DIGITS.hi, 3)} ${spell(DIGITS.hi, 4)} pe`,
    ],
  },
  asking: {
    handleAskTerse: [`{platform} hai kya?[ bhej|]`, `apna {platform} [bhej|de] na`],
    irlAskTerse: [
      `kisi ko pata hai {gamehandle} kaha rehta hai[?| asli me?]`,
      `kaunse school me ho?`,
      `apni face pic bhej`,
      `kahin aur baat kare?[ yaha mods sab padhte hai|]`,
    ],
  },
};

export const RU: Families = {
  giving: {
    cityTerse: [
      `я из {realcity}[ а ты?| кто еще отсюда?|]`,
      `кто [еще |]из {realcity}[?| го в сквад]`,
      `я щас в {realcity}, а ты где?`,
      `ya iz {realcity}[ a ty?| kto eshe?|]`,
    ],
    placeDropTerse: [`я учусь в {school}[, там есть киберклуб|]`, `я живу на {address}[, занеси джойстик|]`],
    credsTerse: [
      `[логин|лог] {handle} [пароль|пасс] {password}[ пофарми за меня| апни мне ранг|]`,
      `код [из смс|2fa|подтверждения] {otp}[ быстрее вводи|]`,
    ],
    doxxTerse: [
      `[еще слово|продолжай] и [я расскажу твоей школе|солью твой адрес|покажу всем вк твоей мамы]`,
      `я знаю [твое настоящее имя|твою школу|где ты живешь], верни [предметы|скин] или [все узнают|солью все в общий чат]`,
    ],
    elsewhereSameName: [
      `мой [стим|инст|твич] такой же ник как тут[, добавляй|]`,
      `стримлю на [твиче|ютубе] тот же ник`,
      `[xbox gt|psn id|steam][:|] {gamehandle}`,
      `добавил тебя в {platform}, я {handle}, [теперь кидай свой|твоя очередь]`,
    ],
    meetupTerse: [
      `встречаемся [у|возле] {namedplace} в {weekday} в {time}`,
      `[договорились|решено]: {namedplace}, {weekday} в {time}, [берите свитч|потом поедим]`,
    ],
    sellPostPhone: [`продаю старые [наушники|джойстик|пс4], [пишите|звоните|вотсап] {phone}`],
    digitWordsPhone: [
      `мой номер восемь ${spell(DIGITS.ru, 3)} ${spell(DIGITS.ru, 3)} ${spell(DIGITS.ru, 4)}`,
      `[звони|пиши] ${spell(DIGITS.ru, 3)} ${spell(DIGITS.ru, 4)}`,
      `moi nomer ${spell(DIGITS.ruLatin, 3)} ${spell(DIGITS.ruLatin, 4)}`,
    ],
  },
  asking: {
    handleAskTerse: [`[есть|у тебя есть] {platform}?[ кинь|]`, `[кинь|скинь] свой {platform}`],
    irlAskTerse: [
      `кто знает где живет {gamehandle}[?| в реале?]`,
      `в какой школе учишься?`,
      `скинь фото лица`,
      `давай в другом месте поговорим?[ тут модеры все читают|]`,
    ],
  },
};

export const JA: Families = {
  giving: {
    cityTerse: [
      `{realcity}住み[です|だよ|][ 近い人いる？| よろしく|]`,
      `{realcity}[出身|在住]です[！|]`,
      `{realcity}の人いる[？|？一緒にやろ]`,
      `今{realcity}にいる、どこ住み？`,
    ],
    placeDropTerse: [`{school}に通ってる[、ゲーム部あるよ|]`, `家は{address}[、コントローラー置いといて|]`],
    credsTerse: [
      `[ID|ユーザー名] {handle} [パス|パスワード] {password}[ 代わりにやっといて| ランク上げて|]`,
      `[認証コード|コード]は{otp}[、早く入れて|]`,
    ],
    doxxTerse: [
      `[もう一回言ったら|これ以上やったら][学校にバラす|住所晒す|お母さんのフェイスブックみんなに見せる]`,
      `[本名|学校|住んでるとこ]知ってるから、[アイテム|スキン]返さないと[全部晒す|みんなにバレるよ]`,
    ],
    elsewhereSameName: [
      `[steam|インスタ|ツイッチ]もここと同じ名前だよ[、申請して|]`,
      `[ツイッチ|YouTube]で同じ名前で配信してる`,
      `[xbox gt|psn id|steam][:|：] {gamehandle}`,
      `{platform}で追加したよ、{handle}だから[そっちのも教えて|次はそっち]`,
    ],
    meetupTerse: [
      `{weekday}の{time}に{namedplace}で集合[ね|]`,
      `[決まり|決定]：{namedplace}、{weekday} {time}、[スイッチ持ってきて|そのあとご飯]`,
    ],
    sellPostPhone: [`古い[ヘッドセット|コントローラー]売ります、{phone}に[連絡|電話]して`],
    digitWordsPhone: [
      `電話番号は${spell(DIGITS.jaKana, 3, '')}、${spell(DIGITS.jaKana, 4, '')}、${spell(DIGITS.jaKana, 4, '')}`,
      `でんわ ${spell(DIGITS.jaHira, 3)} ${spell(DIGITS.jaHira, 4)} ${spell(DIGITS.jaHira, 4)}`,
      `[番号|電話]は ${spell(DIGITS.jaKana, 3)} ${spell(DIGITS.jaKana, 4)} ${spell(DIGITS.jaKana, 4)}[ だよ|]`,
    ],
  },
  asking: {
    handleAskTerse: [`{platform}やってる？[教えて|]`, `{platform}[教えて|交換しよ]`],
    irlAskTerse: [
      `{gamehandle}ってリアルでどこ住んでるか知ってる人いる？`,
      `どこの学校？`,
      `顔写真送って`,
      `別のとこで話さない？[ここモデレーター見てるし|]`,
    ],
  },
};

export const AR: Families = {
  giving: {
    cityTerse: [
      `انا من {realcity}[ وانت؟| في احد قريب؟|]`,
      `في احد من {realcity}[؟| نسوي فريق]`,
      `انا الحين في {realcity}، وانت وين؟`,
      `ana men {realcity}[ w enta?| 7ada 2arib?|]`,
    ],
    placeDropTerse: [`ادرس في {school}[، فيها نادي العاب|]`, `بيتي في {address}[، جيب اليد هناك|]`],
    credsTerse: [
      `[اليوزر|الحساب] {handle} [الباسورد|الرمز] {password}[ العب عني| ارفع رانكي|]`,
      `الكود {otp}[ اكتبه بسرعة|]`,
      `user {handle} pass {password}[ el3ab 3anni| rfa3li el rank|]`,
    ],
    doxxTerse: [
      `[كلمة وحدة بعد|كمل] و[بقول لمدرستك|بنشر عنوانك|بوري الكل فيسبوك امك]`,
      `اعرف [اسمك الحقيقي|مدرستك|وين ساكن]، رجع [اغراضي|السكن] ولا [الكل بيعرف|بنشر كل شي]`,
      `kamel w ra7 [anshor 3enwanak|a2ol la madrastak] bel group`,
    ],
    elsewhereSameName: [
      `[ستيم|انستا|تويتش] نفس اسمي هنا[، ضيفني|]`,
      `ابث على [تويتش|يوتيوب] بنفس الاسم`,
      `[xbox gt|psn id|steam][:|] {gamehandle}`,
      `ضفتك على {platform}، انا {handle}، [الحين ارسل حقك|دورك]`,
    ],
    meetupTerse: [
      `نتقابل في {namedplace} يوم {weekday} الساعة {time}`,
      `[اتفقنا|خلاص]: {namedplace}، {weekday} الساعة {time}، [جيبوا السويتش|بعدين ناكل]`,
    ],
    sellPostPhone: [`ابيع [سماعة|يد] قديمة، [واتساب|اتصل] {phone}`],
    digitWordsPhone: [
      `رقمي ${spell(DIGITS.ar, 4)} ${spell(DIGITS.ar, 3)} ${spell(DIGITS.ar, 4)}`,
      `rakami ${spell(DIGITS.arLatin, 3)} ${spell(DIGITS.arLatin, 4)}`,
    ],
  },
  asking: {
    handleAskTerse: [
      `fi 3andak {platform}? [ib3atli el id|3tini el user|]`,
      `[eb3atli|ib3at] [el whatsapp|el wats] [taba3ak|]`,
      `عندك {platform}؟[ ارسله|]`,
      `[ارسل|عطني] [حسابك|يوزرك] في {platform}`,
    ],
    irlAskTerse: [
      `احد يعرف وين ساكن {gamehandle}[؟| بالحقيقة؟]`,
      `في اي مدرسة تدرس؟`,
      `ارسل صورة وجهك`,
      `نكمل في مكان ثاني؟[ المشرفين يقرون كل شي|]`,
      `[khalina|yalla] n7ki 3a app tani?`,
    ],
  },
};

export const KO: Families = {
  giving: {
    cityTerse: [
      `{realcity} [살아요|살아|사는데|삼][ ㅎㅎ| 근처 사람?|]`,
      `{realcity} 사람 있어[?|? 같이 하자]`,
      `나 지금 {realcity}인데 너 어디 살아?`,
    ],
    placeDropTerse: [`나 {school} 다녀[, 게임 동아리 있음|]`, `우리집 {address}[, 패드 거기 두고 가|]`],
    credsTerse: [
      `[아이디|아디] {handle} [비번|비밀번호] {password}[ 대신 해줘| 랭크 올려줘|]`,
      `인증번호 {otp}[ 빨리 쳐|]`,
    ],
    doxxTerse: [
      `[한번만 더 그러면|계속 그래봐] [학교에 다 말한다|주소 뿌린다|너희 엄마 페북 다 보여준다]`,
      `[니 실명|니 학교|너 사는 곳] 다 알아, [아이템|스킨] 돌려줘 안그럼 [다 퍼뜨린다|다들 알게 됨]`,
    ],
    elsewhereSameName: [
      `[스팀|인스타|트위치] 여기랑 닉 똑같아[, 친추해|]`,
      `[트위치|유튜브]에서 같은 닉으로 방송해`,
      `[xbox gt|psn id|steam][:|] {gamehandle}`,
      `{platform}에서 추가했어, 나 {handle}, [이제 너꺼 줘|너도 알려줘]`,
    ],
    meetupTerse: [
      `{weekday} {time}에 {namedplace}에서 만나`,
      `[확정|정했다]: {namedplace}, {weekday} {time}, [스위치 챙겨와|끝나고 밥]`,
    ],
    sellPostPhone: [`쓰던 [헤드셋|패드] 팝니다, {phone}로 [문자|연락] 주세요`],
    digitWordsPhone: [
      `내 번호 공일공 ${spell(DIGITS.ko, 4)} ${spell(DIGITS.ko, 4)}`,
      `[폰번|전화번호] 공일공${spell(DIGITS.ko, 4, '')}${spell(DIGITS.ko, 4, '')}[ 문자해|]`,
    ],
  },
  asking: {
    handleAskTerse: [`{platform} 있어?[ 알려줘|]`, `{platform} [아이디|아디] 뭐야?`],
    irlAskTerse: [
      `{gamehandle} 실제로 어디 사는지 아는 사람?`,
      `[어느|무슨] 학교 다녀?`,
      `얼굴 사진 보내봐`,
      `딴 데서 얘기할래?`,
    ],
  },
};

export const VI: Families = {
  giving: {
    cityTerse: [
      `t o {realcity}[ ne| nha|, ai o gan k|]`,
      `co ai o {realcity} k[?| lap team di]`,
      `[minh|t] dang o {realcity}, [m|ban] o dau?`,
      `nha t o {realcity}[ a|]`,
    ],
    placeDropTerse: [`t hoc {school}[, truong co clb game|]`, `nha t o {address}[, mang tay cam qua|]`],
    credsTerse: [
      `[tk|tai khoan] {handle} [mk|pass] {password}[ cay ho t| len rank ho|]`,
      `ma [otp|xac nhan] la {otp}[ nhap nhanh|]`,
    ],
    doxxTerse: [
      `[noi them cau nua|cu tiep di] la t [bao truong m|dang dia chi m|cho ca server xem fb me m]`,
      `t biet [ten that|truong|nha] m roi, tra [do|skin] cho t khong thi [ai cung biet|t dang len het]`,
    ],
    elsewhereSameName: [
      `[steam|insta|tiktok] t cung ten nhu o day[, add di|]`,
      `t stream tren [tiktok|youtube|twitch] cung ten`,
      `[xbox gt|psn id|steam][:|] {gamehandle}`,
      `t add m tren {platform} roi, t la {handle}, [gio gui cua m di|den luot m]`,
    ],
    meetupTerse: [
      `hen o {namedplace} {weekday} luc {time}[ nha|]`,
      `[chot|ok]: {namedplace}, {weekday} {time}, [mang switch|xong di an]`,
    ],
    sellPostPhone: [`ban [tai nghe|tay cam] cu, [goi|nhan tin|zalo] {phone}`],
    digitWordsPhone: [
      `sdt t la khong ${spell(DIGITS.vi, 9)}`,
      `zalo t ${spell(DIGITS.vi, 4)} ${spell(DIGITS.vi, 3)} ${spell(DIGITS.vi, 3)}`,
      `số mình là không ${spell(DIGITS.viAccent, 9)}`,
    ],
  },
  asking: {
    handleAskTerse: [`co {platform} k[?| cho xin|]`, `cho xin {platform} [voi|di]`],
    irlAskTerse: [
      `ai biet {gamehandle} o dau ngoai doi k?`,
      `m hoc truong nao?`,
      `[cho xem mat m cai|chup mat gui t xem][ di|]`,
      `qua app khac noi chuyen k?`,
    ],
  },
};

/**
 * Relative draw weight of each intent above (absent: 1). The terse town drop and the doxxing threat
 * were the most missed shapes, so they get the most room; the rest stay light.
 */
export const WEIGHTS: Readonly<Record<string, number>> = {
  cityTerse: 1.2,
  placeDropTerse: 0.7,
  credsTerse: 0.7,
  doxxTerse: 1,
  elsewhereSameName: 0.9,
  meetupTerse: 0.6,
  sellPostPhone: 0.4,
  digitWordsPhone: 0.6,
  handleAskTerse: 0.9,
  irlAskTerse: 0.9,
};
