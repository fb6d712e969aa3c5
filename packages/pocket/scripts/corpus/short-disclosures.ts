/**
 * Short disclosures and their harmless look-alikes (issue 13, the round after `gap-families.ts`): what the model still missed
 * on chat written elsewhere (the families only: none of those messages, phrasings, names or numbers
 * are here). On the PII side: a town named in a few words with nothing else around it ("<town>
 * here"), the weakest spot of the earlier templates, which had that shape only with a country;
 * credentials handed over (a user and pass pair, a one-time code read out, a pasted cookie);
 * e-mails spelled out with any domain; short asks for where someone lives or for a visit. On the
 * `none` side the same short shapes with a country, an age alone, in-game friend requests, room
 * codes, short remarks about a platform's looks and users, and "whats ur …" for game things.
 * `{realcity}` is a real town of the language (faker's city lists), so the model learns that a real
 * place after "from"/"in" is the disclosure and a country is not.
 */
import type { Families } from './families.js';
import type { TemplateSet } from './types.js';
import type { Language } from './values.js';

const EN: Families = {
  giving: {
    cityShort: [
      `[im|i'm|i am|am] [from|frm|out of] {realcity}[| lol| btw| tho|!| haha]`,
      `{realcity} [here|represent|gang|born and raised|checking in][| 💪| lol|]`,
      `[anyone|any1|who else is|is anyone] [else |][from|in|near|around] {realcity}[?|??| lol]`,
      `{age} [m|f|boy|girl|] [from|in|frm] {realcity}`,
      `[i live|i stay|livin|im based|we live] [in|near] {realcity}[ rn| now| lol|]`,
      `[greetings|hello|hi all|hey] from {realcity}[!|]`,
      `[just moved to|moved to|grew up in] {realcity} [last year|recently|a while ago|lol|]`,
      `[its|it's] [raining|so hot|snowing|freezing] [here |][in|over in] {realcity}[ today| rn|]`,
    ],
    credentialsGiven: [
      `[user|username|login|acc][:| is| =] {handle}[,| ] [pass|pw|password][:| is| =] {password}[ dont change anything| go ahead| get me the pets|]`,
      `[the|that] [code|pin] [they|the app|the bank|google] [texted|emailed|sent by sms|sent to my phone] [me |][is|was|:] {otp}[, now what|, whats next| ok|]`,
      `[ok |done |][here|heres|here is] the [cookie|token|session thing][:| ] {token}[ now send the items| ur turn|]`,
      `[my|the] [login|acc] is {email} [and the pass is|pw|password] {password}`,
      `[fine|ok|alright] [my|the] [password|pass] is {password}[, just dont scam me| dont steal it| hurry up|]`,
    ],
    emailSpelled: [
      `[its|my mail is|email me|write to me|hit me up at] {first} [dot|.|_] {lastname} [at|(at)] {domain} [dot|(dot)|.] [com|org|net|io]`,
      `[mail|email|inbox][:| is] {first}{small} [at|(at)] {domain} [dot|(dot)] [com|net|org]`,
    ],
    phoneAside: [
      `[my|] [cell|number|#|phone|mobile] [is|:|=|] {phone} [dont tell anyone|keep it secret|dont share it|between us|]`,
    ],
  },
  asking: {
    whereShort: [
      `[where|which city|what town|what part] [u|r u|are u|do u] [from|in|live][?|??| tho]`,
      `[my mom|my dad|my sister|i] can [drive|take|bring] me to [ur|your] [house|place] [if u want|this weekend|tomorrow][, where is it|, whats the address|, where do u live][?|]`,
      `[what|which] [town|city|area] [do u live in|is that|r u in][?|]`,
    ],
  },
  none: {
    countryShort: [
      `[im|i'm|am] from {country}[| lol| btw|!]`,
      `{country} [here|represent|gang|players where u at][| 💪|]`,
      `[anyone|any1|who else is] [else |]from {country}[?|??]`,
      `[greetings|hello|hi all] from {country}[!|]`,
    ],
    platformTalkShort: [
      `{platform} [changed|updated|messed up] [the|its] [layout|design|interface|icons] again[| smh| its so bad|]`,
      `[is|did] {platform} [go |][down|crash|break] [or is it just me|for anyone else|again][?|]`,
      `[does anyone|do people] still use {platform}[ or is it just my parents| lol|?]`,
      `{platform} is [so boring|full of ads|cringe|dead] [these days|now|lately]`,
    ],
    gameWhats: [
      `[whats|what's|wat is] ur [main|mains|fav map|rank|sens|setup|build|loadout|fav skin|best gun|go-to class][?|]`,
      `[can we|pls|lets] [restart|rematch|redo|reset] [pls|i messed up|that round|]`,
    ],
  },
};

const ES: Families = {
  giving: {
    cityShort: [
      `[soy|vengo] de {realcity}[| jaja| xd]`,
      `[vivo|estoy viviendo] en {realcity}[ ahora|]`,
      `[alguien|alguno] [de|en] {realcity}[?|??]`,
      `{realcity} [presente|por aqui|aca]`,
      `{age} años[,|] de {realcity}`,
    ],
    credentialsGiven: [
      `[usuario|user][:| es] {handle} [contra|clave|contraseña][:| es] {password}`,
      `el codigo que me llego por [sms|mensaje|correo] es {otp}[, y ahora?|]`,
    ],
  },
  none: {
    countryShort: [`[soy|vengo] de {country}[| jaja]`, `[alguien|alguno] de {country}?`],
    platformTalkShort: [
      `{platform} cambio el diseño otra vez[| que feo]`,
      `[todavia|aun] alguien usa {platform}?`,
    ],
  },
  asking: { whereShort: [`[de donde|de que ciudad] [sos|eres][?|]`, `[en que ciudad|donde] vives[?|]`] },
};

const PT: Families = {
  giving: {
    cityShort: [
      `[sou|venho] de {realcity}[| kkk]`,
      `[moro|to morando] em {realcity}[ agora|]`,
      `[alguem|alguém] de {realcity}[?|??]`,
      `{realcity} [aqui|na area|presente]`,
      `{age} anos[,|] de {realcity}`,
    ],
    credentialsGiven: [
      `[login|usuario][:| é] {handle} [senha][:| é] {password}`,
      `o codigo que chegou por [sms|email] é {otp}`,
    ],
  },
  none: {
    countryShort: [`sou [do|de] {country}[| kkk]`, `alguem de {country}?`],
    platformTalkShort: [`o {platform} mudou o layout de novo[| que ruim]`, `alguem ainda usa {platform}?`],
  },
  asking: { whereShort: [`[de onde|de que cidade] vc é[?|]`, `[em que cidade|onde] vc mora[?|]`] },
};

const FR: Families = {
  giving: {
    cityShort: [
      `je viens de {realcity}[| mdr]`,
      `j'habite [à|a|vers] {realcity}[ maintenant|]`,
      `[qqn|quelqu'un] de {realcity} [ici|]?`,
      `{realcity} [represent|dans la place|ici]`,
      `{age} ans[,|] {realcity}`,
    ],
    credentialsGiven: [
      `[identifiant|login][:| c'est] {handle} [mdp|mot de passe][:| c'est] {password}`,
      `le code reçu par [sms|mail] c'est {otp}`,
    ],
  },
  none: {
    countryShort: [`je viens [de|du] {country}[| mdr]`, `[qqn|quelqu'un] [de|du] {country} ici ?`],
    platformTalkShort: [
      `{platform} a [encore |]changé son design[, c moche|]`,
      `qui utilise encore {platform} ?`,
    ],
  },
  asking: { whereShort: [`t'habites [où|ou] [exactement|]?`, `[quelle ville|tu viens d'où] ?`] },
};

const DE: Families = {
  giving: {
    cityShort: [
      `[ich komm|komme|bin] aus {realcity}[| lol]`,
      `[wohne|ich wohn] in {realcity}[ seit kurzem|]`,
      `jemand aus {realcity} [hier|da]?`,
      `{realcity} [am start|hier|represent]`,
      `{age}[, m|, w|] aus {realcity}`,
    ],
    credentialsGiven: [
      `[user|nutzername][:| ist] {handle} [pw|passwort][:| ist] {password}`,
      `der code aus der sms ist {otp}`,
    ],
  },
  none: {
    countryShort: [`[ich komm|bin] aus {country}[| lol]`, `jemand aus {country} hier?`],
    platformTalkShort: [`{platform} hat schon wieder das design geändert`, `benutzt noch jemand {platform}?`],
  },
  asking: { whereShort: [`aus welcher stadt [kommst du|bist du][?|]`, `wo wohnst du [genau|]?`] },
};

const IT: Families = {
  giving: {
    cityShort: [
      `vengo da {realcity}[| ahah]`,
      `[abito|vivo] a {realcity}[ adesso|]`,
      `qualcuno di {realcity} [qui|]?`,
      `{realcity} [presente|qui]`,
      `{age} anni[,|] {realcity}`,
    ],
    credentialsGiven: [
      `[utente|user][:| è] {handle} [password|pw][:| è] {password}`,
      `il codice arrivato per [sms|email] è {otp}`,
    ],
  },
  none: {
    countryShort: [`vengo [dall'|dalla|da] {country}`, `qualcuno [dall'|da] {country}?`],
    platformTalkShort: [`{platform} ha cambiato grafica di nuovo`, `qualcuno usa ancora {platform}?`],
  },
  asking: { whereShort: [`in che città [abiti|vivi][?|]`, `dove abiti [di preciso|]?`] },
};

const NL: Families = {
  giving: {
    cityShort: [
      `ik kom uit {realcity}[| haha]`,
      `ik woon in {realcity}[ nu|]`,
      `iemand uit {realcity} [hier|]?`,
      `{realcity} [represent|hier]`,
    ],
    credentialsGiven: [
      `gebruiker: {handle} wachtwoord: {password}`,
      `de code die ik per [sms|mail] kreeg is {otp}`,
    ],
  },
  none: {
    countryShort: [`ik kom uit {country}`, `iemand uit {country} hier?`],
    platformTalkShort: [`{platform} heeft weer een nieuw design`, `gebruikt iemand nog {platform}?`],
  },
  asking: { whereShort: [`uit welke stad kom je[?|]`, `waar woon je [precies|]?`] },
};

const PL: Families = {
  giving: {
    cityShort: [
      `pochodzę z {realcity}`,
      `mieszkam [w|koło] {realcity}[ teraz|]`,
      `ktoś z {realcity} [tu|tutaj] [jest|]?`,
      `{realcity} [tu|pozdro|represent]`,
      `{age} lat[,|] {realcity}`,
    ],
    credentialsGiven: [`login: {handle} hasło: {password}`, `kod z smsa to {otp}`],
  },
  none: {
    countryShort: [`pochodzę z {country}`, `ktoś z {country} tu jest?`],
    platformTalkShort: [`{platform} znowu zmienił wygląd`, `ktoś jeszcze używa {platform}?`],
  },
  asking: { whereShort: [`z jakiego miasta [jesteś|jestes][?|]`, `gdzie [mieszkasz|mieszkasz dokładnie]?`] },
};

const TR: Families = {
  giving: {
    cityShort: [
      `{realcity}['dan|'den|dan] yazıyorum`,
      `{realcity}['da|'de|da] [yaşıyorum|oturuyorum]`,
      `{realcity}[lı|li] var mı[?|]`,
      `{realcity} [buradayım|burda|selam]`,
    ],
    credentialsGiven: [
      `kullanıcı: {handle} şifre: {password}`,
      `telefonuma gelen [sms|doğrulama] kodu {otp}`,
    ],
  },
  none: {
    countryShort: [`{country}['dan|dan] selamlar`, `{country}['dan|dan] olan var mı?`],
    platformTalkShort: [`{platform} yine tasarımı değiştirmiş`, `hala {platform} kullanan var mı?`],
  },
  asking: { whereShort: [`hangi şehirdesin[?|]`, `nerede oturuyorsun[?|]`] },
};

const ID: Families = {
  giving: {
    cityShort: [
      `[aku|gue|gw] tinggal di {realcity}`,
      `asli {realcity}[ nih|]`,
      `ada yg [dari|di] {realcity}[?|ga?]`,
      `[gue|aku] anak {realcity}`,
      `{realcity} [hadir|disini]`,
    ],
    credentialsGiven: [`user: {handle} pass: {password}`, `kode otp yang masuk ke hp {otp}`],
  },
  none: {
    countryShort: [`[aku|gue] orang {country}`, `ada yg dari {country}?`],
    platformTalkShort: [`{platform} ganti tampilan lagi`, `masih ada yg pake {platform}?`],
  },
  asking: { whereShort: [`tinggal di kota mana[?|]`, `rumahmu di [mana|daerah mana][?|]`] },
};

const TL: Families = {
  giving: {
    cityShort: [
      `[ako ay|ako'y] taga {realcity}`,
      `nakatira ako sa {realcity}`,
      `may taga {realcity} ba dito[?|]`,
      `{realcity} [represent|here]`,
    ],
    credentialsGiven: [`user: {handle} pass: {password}`, `yung code na tinext sa phone ko {otp}`],
  },
  none: {
    countryShort: [`[ako ay|ako'y] taga {country}`, `may taga {country} ba dito?`],
    platformTalkShort: [`nagbago na naman yung itsura ng {platform}`, `may gumagamit pa ba ng {platform}?`],
  },
  asking: { whereShort: [`taga saan ka[?|]`, `saan ka nakatira[?|]`] },
};

const HI: Families = {
  giving: {
    cityShort: [
      `[main|mai] {realcity} [me|mein] rehta [hu|hoon]`,
      `{realcity} wala [hu|hoon] [bhai|]`,
      `mera ghar {realcity} [me|mein] hai`,
      `koi {realcity} [se|ka] hai kya[?|]`,
    ],
    credentialsGiven: [`id: {handle} pass: {password}`, `phone pe jo otp aaya wo {otp} hai`],
  },
  none: {
    countryShort: [`[main|mai] {country} se [hu|hoon]`, `koi {country} se hai kya?`],
    platformTalkShort: [
      `{platform} ne phir se design badal diya`,
      `ab bhi koi {platform} use karta hai kya?`,
    ],
  },
  asking: { whereShort: [`kaunse sheher me rehte ho[?|]`, `tumhara ghar kidhar hai[?|]`] },
};

const RU: Families = {
  giving: {
    cityShort: [
      `живу в {realcity}`,
      `сам [с|из] {realcity}`,
      `кто [из|с] {realcity} есть[?|]`,
      `{realcity} [на связи|тут]`,
    ],
    credentialsGiven: [`логин: {handle} пароль: {password}`, `код из смс {otp}`],
  },
  none: {
    countryShort: [`я из {country}`, `кто из {country} есть?`],
    platformTalkShort: [`{platform} опять поменял дизайн`, `кто-то ещё сидит в {platform}?`],
  },
  asking: { whereShort: [`в каком городе [живешь|ты живёшь][?|]`, `где ты живёшь[?|]`] },
};

const JA: Families = {
  giving: {
    cityShort: [
      `{realcity}に住んでる[よ|]`,
      `{realcity}在住[だよ|]`,
      `{realcity}の人いる[？|?]`,
      `出身は{realcity}`,
    ],
    credentialsGiven: [`ID: {handle} パス: {password}`, `SMSで届いた認証コードは{otp}`],
  },
  none: {
    countryShort: [`{country}から来ました`, `{country}の人いる？`],
    platformTalkShort: [`{platform}のデザインまた変わった`, `まだ{platform}使ってる人いる？`],
  },
  asking: { whereShort: [`どこに住んでるの[？|?]`, `何県[？|?]`] },
};

const AR: Families = {
  giving: {
    cityShort: [`انا [من|ساكن في] {realcity}`, `في احد من {realcity}[؟|]`, `{realcity} [هنا|حاضر]`],
    credentialsGiven: [`اليوزر {handle} الباسورد {password}`, `كود التحقق اللي وصلني بالرسالة {otp}`],
  },
  none: {
    countryShort: [`انا من {country}`, `في احد من {country}؟`],
    platformTalkShort: [`{platform} غير الشكل مرة ثانية`, `احد لسا يستخدم {platform}؟`],
  },
  asking: { whereShort: [`من اي مدينة انت[؟|]`, `وين ساكن[؟|]`] },
};

const KO: Families = {
  giving: {
    cityShort: [`저 {realcity} 살아요`, `{realcity} 사람 있어[?|요?]`, `{realcity}에 살아`],
    credentialsGiven: [`아이디 {handle} 비번 {password}`, `문자로 온 인증번호 {otp}`],
  },
  none: { countryShort: [`저 {country}에서 왔어요`], platformTalkShort: [`{platform} 또 디자인 바뀜`] },
  asking: { whereShort: [`어디 살아[?|요?]`] },
};

const VI: Families = {
  giving: {
    cityShort: [
      `mình sống ở {realcity}`,
      `nhà mình ở {realcity}`,
      `có ai ở {realcity} không`,
      `quê mình {realcity}`,
    ],
    credentialsGiven: [`tk: {handle} mk: {password}`, `mã otp gửi về điện thoại là {otp}`],
  },
  none: {
    countryShort: [`mình đến từ {country}`],
    platformTalkShort: [`{platform} lại đổi giao diện`, `còn ai dùng {platform} không`],
  },
  asking: { whereShort: [`bạn ở thành phố nào`, `nhà bạn ở đâu`] },
};

const ALL: Readonly<Record<Language, Families>> = {
  en: EN,
  es: ES,
  pt: PT,
  fr: FR,
  de: DE,
  it: IT,
  nl: NL,
  pl: PL,
  tr: TR,
  id: ID,
  tl: TL,
  hi: HI,
  ru: RU,
  ja: JA,
  ar: AR,
  ko: KO,
  vi: VI,
};

/**
 * Short harmless lines the other languages had too few of (an age alone, an in-game friend request
 * with the in-game name, a room code), and on the PII side a real name given for a Facebook search
 * and short asks with the language's own request words ("dong", "해?", "do na").
 */
const MORE: Readonly<Record<Language, Families>> = {
  en: {
    none: {
      ageShort: [
        `[im|i'm|am] [only|turning|nearly] {age}[ lol| already|]`,
        `{age} [years old|yo|yrs][, u?| wbu?|]`,
      ],
      friendRequestName: [
        `[sent|sending] u a [friend request|fr|friend req][,|.] [my|] [ign|in-game name|name in game] [is|:] {gamehandle}`,
      ],
      roomCodeShort: [`[room|lobby|party|match] [code|id] [is|:] {code}[, join up| hurry| come|]`],
    },
    giving: { fbName: [`[add|find|search] me on [fb|facebook][,|.] [my name is|im|its|search] {fullname}`] },
  },
  es: {
    none: {
      ageShort: [`tengo {age} [años|añitos][ jaja|, y tu?|]`],
      friendRequestName: [
        `te [mandé|envié] solicitud[,|.] [en el juego soy|mi nombre en el juego es] {gamehandle}`,
      ],
      roomCodeShort: [`[codigo|id] de [sala|partida] {code}[, entren|]`],
    },
    giving: { fbName: [`[agregame|buscame] en [fb|facebook][,|] [soy|me llamo] {fullname}`] },
  },
  pt: {
    none: {
      ageShort: [`tenho {age} anos[ kkk|, e vc?|]`],
      friendRequestName: [`te mandei [pedido|convite][,|.] no jogo sou {gamehandle}`],
      roomCodeShort: [`[codigo|id] da sala {code}[, entra ai|]`],
    },
    giving: { fbName: [`me [adiciona|procura] no [face|facebook][,|] [sou|meu nome é] {fullname}`] },
  },
  fr: {
    none: {
      ageShort: [`j'ai [que|bientôt|déjà] {age} ans[ et toi ?|]`],
      friendRequestName: [`je t'ai envoyé une demande[,|.] en jeu je suis {gamehandle}`],
      roomCodeShort: [`code de la [room|salle|partie] {code}[, venez|]`],
    },
    giving: { fbName: [`ajoute moi sur [fb|facebook][,|] [je m'appelle|c'est] {fullname}`] },
  },
  de: {
    none: {
      ageShort: [`bin {age}[ lol|, und du?|]`, `ich bin {age} jahre alt`],
      friendRequestName: [`hab dir ne anfrage geschickt[,|.] im spiel heiß ich {gamehandle}`],
      roomCodeShort: [`[raum|lobby]code {code}[, kommt rein|]`],
    },
    giving: { fbName: [`adde mich auf [fb|facebook][,|] ich heiße {fullname}`] },
  },
  it: {
    none: {
      ageShort: [`ho {age} anni [ahah|e tu?|quasi]`],
      friendRequestName: [`ti ho mandato la richiesta[,|.] nel gioco sono {gamehandle}`],
      roomCodeShort: [`codice [stanza|lobby] {code}[, entrate|]`],
    },
    giving: { fbName: [`aggiungimi su [fb|facebook][,|] mi chiamo {fullname}`] },
  },
  nl: {
    none: {
      ageShort: [`ik ben {age}[ haha|, jij?|]`],
      friendRequestName: [`verzoek gestuurd[,|.] in de game heet ik {gamehandle}`],
      roomCodeShort: [`[room|lobby]code {code}`],
    },
    giving: { fbName: [`voeg me toe op [fb|facebook], ik heet {fullname}`] },
  },
  pl: {
    none: {
      ageShort: [`mam {age} lat [xd|a ty?|już]`],
      friendRequestName: [`wysłałem ci zaproszenie[,|.] w grze jestem {gamehandle}`],
      roomCodeShort: [`kod [pokoju|lobby] {code}[, wbijać|]`],
    },
    giving: { fbName: [`dodaj mnie na [fb|facebooku], nazywam się {fullname}`] },
  },
  tr: {
    none: {
      ageShort: [`ben [daha|şu an|artık] {age} yaşındayım`, `yaşım {age}[ sen?|]`],
      friendRequestName: [`istek attım[,|.] oyunda adım {gamehandle}`],
      roomCodeShort: [`[oda|lobi] [kodu|şifresi] {code}[, gelin|]`],
    },
    giving: { fbName: [`[face|facebook]tan ekle, adım {fullname}`] },
  },
  id: {
    none: {
      ageShort: [`[aku|gue] [umur|] {age} [tahun|thn][ wkwk|, kamu?|]`],
      friendRequestName: [`udah [aku|gue] add[,|.] nick [aku|gue] di game {gamehandle}`],
      roomCodeShort: [`[kode|id] room {code}[, masuk|]`],
    },
    giving: { fbName: [`add fb [aku|gue] ya, namanya {fullname}`] },
    asking: {
      askShortLocal: [
        `[bagi|kasih|minta] [ig|nomor|line|tele|fb][nya|mu|] [dong|donk|kak|bang]`,
        `[kirim|kirimin] [foto|pap|selfie] [kamu|mu|] [dong|kak]`,
      ],
    },
  },
  tl: {
    none: {
      ageShort: [`{age} na ako[ haha|, ikaw?|]`],
      friendRequestName: [`inadd na kita[,|.] sa game {gamehandle} ako`],
      roomCodeShort: [`room code {code}[, pasok|]`],
    },
    giving: { fbName: [`add mo ko sa [fb|facebook], {fullname} pangalan ko`] },
  },
  hi: {
    none: {
      ageShort: [`[main|mai] {age} saal ka [hu|hoon][, tu?|]`],
      friendRequestName: [`request bheji hai[,|.] game me mera naam {gamehandle} hai`],
      roomCodeShort: [`room [code|id] {code} hai[, aa jao|]`],
    },
    giving: { fbName: [`[fb|facebook] pe add karo, mera naam {fullname} hai`] },
    asking: {
      askShortLocal: [
        `[tum|tu|aap] kidhar [rehte|rehta] ho[?|]`,
        `[apna|tera] [number|insta|snap] [de do|bhej|de na][ yaar|]`,
      ],
    },
  },
  ru: {
    none: {
      ageShort: [`мне уже {age}`, `мне {age} лет[, а тебе сколько?|]`],
      friendRequestName: [`кинул тебе заявку[,|.] в игре я {gamehandle}`],
      roomCodeShort: [`код [комнаты|лобби] {code}[, заходите|]`],
    },
    giving: { fbName: [`добавь меня в [вк|фб], я {fullname}`] },
  },
  ja: {
    none: {
      ageShort: [`{age}歳だよ`, `{age}さいです`],
      friendRequestName: [`フレンド申請送ったよ、ゲーム内の名前は{gamehandle}`],
      roomCodeShort: [`[ルーム|部屋]番号{code}です`],
    },
    giving: { fbName: [`フェイスブックで{fullname}って検索して`] },
  },
  ar: {
    none: {
      ageShort: [`عمري {age}[، وانت؟|]`],
      friendRequestName: [`ارسلت طلب، اسمي في اللعبة {gamehandle}`],
      roomCodeShort: [`كود الروم {code}`],
    },
    giving: { fbName: [`ضيفني على الفيس، اسمي {fullname}`] },
  },
  ko: {
    none: {
      ageShort: [`저 {age}살이에요`],
      friendRequestName: [`친추 보냈어, 게임 닉은 {gamehandle}`],
      roomCodeShort: [`방 번호 {code}`],
    },
    giving: { fbName: [`페북에서 {fullname} 검색해`] },
    asking: {
      askShortLocal: [`[카톡|인스타|디코|라인] [해|하세요|해요]?`, `{platform} 아이디 [뭐야|알려줘]`],
    },
  },
  vi: {
    none: {
      ageShort: [`mình {age} tuổi[ nha|, còn bạn?|]`],
      friendRequestName: [`gửi lời mời rồi, tên trong game là {gamehandle}`],
      roomCodeShort: [`mã phòng {code}[ vào đi|]`],
    },
    giving: { fbName: [`add fb mình đi, tên {fullname}`] },
  },
};

function joinFamilies(a: Families, b: Families): Families {
  const out: Families = {};
  for (const label of ['none', 'asking', 'giving'] as const) out[label] = { ...a[label], ...b[label] };
  return out;
}

/**
 * The plainest "I'm from / I live in X" of each language, filled with a town (`giving`) and with a
 * country (`none`) equally often: the same words on both sides, so only the place decides.
 */
const PLACE_SHAPES: Readonly<Record<Language, readonly string[]>> = {
  en: [`[im|i'm|i am] from {X}`, `[i live|i stay] in {X}`, `[anyone|who else is] from {X}[?|]`, `{X} here`],
  es: [`soy de {X}`, `vivo en {X}`, `alguien de {X}?`],
  pt: [`sou de {X}`, `moro em {X}`, `alguem de {X}?`],
  fr: [`je [suis|viens] de {X}`, `j'habite [à|en] {X}`, `qqn de {X} ?`],
  de: [`ich [bin|komm] aus {X}`, `ich wohne in {X}`, `jemand aus {X}?`],
  it: [`[sono|vengo] [di|da] {X}`, `abito [a|in] {X}`, `qualcuno di {X}?`],
  nl: [`ik kom uit {X}`, `ik woon in {X}`],
  pl: [`jestem z {X}`, `mieszkam w {X}`, `ktoś z {X}?`],
  tr: [`{X}['dan|dan|'den] [yazıyorum|geliyorum]`, `{X}['da|da|'de] yaşıyorum`],
  id: [`[aku|gue|saya] [dari|tinggal di|asli] {X}`, `ada yg dari {X}?`],
  tl: [`[ako ay|ako'y] taga {X}`, `nakatira ako sa {X}`],
  hi: [`[main|mai] {X} se [hu|hoon]`, `[main|mai] {X} me rehta [hu|hoon]`, `koi {X} se hai kya?`],
  ru: [`я из {X}`, `живу в {X}`, `кто из {X}?`],
  ja: [`{X}に住んでる`, `{X}出身[です|だよ]`],
  ar: [`انا من {X}`, `ساكن في {X}`],
  ko: [`저 {X}에서 살아요`, `{X} 출신이에요`],
  vi: [`mình ở {X}`, `mình đến từ {X}`],
};

export const SHORT_DISCLOSURES: Readonly<Record<Language, TemplateSet>> = Object.fromEntries(
  Object.entries(ALL).map(([lang, own]) => {
    const f = joinFamilies(own, MORE[lang as Language]);
    const shapes = PLACE_SHAPES[lang as Language];
    const fill = (slot: string) => shapes.map((shape) => shape.replace('{X}', slot));
    const none = { ...f.none, countryShort: [...(f.none?.countryShort ?? []), ...fill('{country}')] };
    const giving = { ...f.giving, cityShort: [...(f.giving?.cityShort ?? []), ...fill('{realcity}')] };
    const set: TemplateSet = { none, asking: f.asking ?? {}, giving };
    return [lang, set];
  }),
) as Readonly<Record<Language, TemplateSet>>;
