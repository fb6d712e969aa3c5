/**
 * Out-of-character asides and profile posts (issue 13, round 6): what the model of round 5 still
 * missed on the development sets (the families only: none of their messages, phrasings, names or
 * numbers are here). On the `giving` side: an age together with a town, and "about me" posts,
 * guild applications and looking-for-guild posts that name a town, a school or a contact, also
 * when they end with a question back (a town is concrete); out-of-character asides inside
 * role-play that move the scene to an outside app or threaten to reveal someone's real data; a
 * parent leaving their own number, in-game mail that names a home address, a classmate's full
 * name; codes read back after a scam, a channel elsewhere with the same name, an external server
 * given in passing; town greetings that ask where the others are, in each language's colloquial
 * forms. On the `asking` side: out-of-character asks for a real name or an outside handle, a vague
 * disclosure (an age, a country) followed by a question about where the other lives, guesses at
 * someone's town with an ask to meet, asks for a street with a gift as the reason, offers to trade
 * handles, and credential scams written as bracketed fix or event announcements.
 */
import type { Families } from './families.js';

export const EN: Families = {
  giving: {
    ageTownProfile: [
      `[im|i'm|i am|me] {age} and [i live in|live in|im from|i'm from|i stay in|based in] {realcity}[, and u?|, u?| wbu| hbu|, where r u from?|, hbu?|]`,
      `{age}[,| |/] [from|in|frm|live in] {realcity}[ here| lol| 👋|][, u?|, hbu|, and u?| wbu|]`,
      `[about me|abt me|a bit about me|intro|quick intro]: {age}, [live in|based in|from] {realcity}, [main healer|play evenings|tank main|mostly pvp|school in the day so i play nights|on every weekend][, looking for a chill guild|, lf an active guild|, any small guild?|]`,
      `[guild app|application|app for the guild|lfg post][:|-] age {age}[,|] [location|town|city|loc][:|] {realcity}[,|] [active daily|on weekends|mic yes|can do raids][, pls accept|, ty|]`,
      `[lf guild|looking for guild|lfg|lf clan][,|] {age}[ y/o| yo| years old|] [from|in] {realcity}[, i go to {school}|, on most nights|, can voice chat|][, hmu|, any takers?|]`,
      `[name|irl name] {first}[,|] {age}[,|] [i go to|school:] {school}[,|] [{realcity}|near {realcity}][ lol| 🙂|]`,
      `[bio|my bio|profile][:|] {first}[ |, ]{age}[ |, ][📍|from|lives in] {realcity}[, add me for duos| ✌️|]`,
      `[ok|k|fine] [ill go first|me first][:|,] {age}, [live in|from] {realcity}[, ur turn| now u| wbu]`,
    ],
    oocAsideGive: [
      `((OOC: [lets|we should|can we] [continue|move|keep going with] [this|the] rp on {platform}[,|] my [name|user|handle] [there|over there] is {handle}))`,
      `(([ooc|OOC][:|] [add me on|find me on|im on] {platform} [as|under] {handle} [for the next scene|if the server dies|so we dont lose the plot]))`,
      `((OOC: [keep|if u keep] [godmodding|metagaming|powergaming] [my character|my oc|] [and|] [ill|im gonna] [tell everyone|post|leak] [ur real name|where u live|ur school|ur address][ and where u live| for real|]))`,
      `[ooc|(ooc)|//ooc] [i know|found out] [ur real name|where u live|which school u go to][, stop ruining the rp or everyone finds out|, keep it up and ill share it]`,
      `((OOC: [brb|gtg] [dinner|homework][,|] [text me|msg me] on {phone} [if the thread moves|when its my turn]))`,
      `((ooc: [my irl name is|im actually|real name] {fullname}[ btw| lol|, nice to meet u all]))`,
    ],
    guardianAndMail: [
      `[this is|hi its|hello this is] {first}['s|s] [mom|dad|mum|aunt][,|] if [he's|she's|they're] not [answering|online|picking up] [call|text] me [at|on] {phone}`,
      `[hi|hello] [im|this is] {first}['s|s] [mother|father|mom|dad], [my number is|reach me at|email me at] [{phone}|{email}] [for anything about the team|about the tournament|if theres a problem]`,
      `[(mail)|mail:|<mail>] [sent|mailed|posted] the [card|gift|package|jersey] to ur [house|place], {address}[ right?|, correct?| yeah?][ tell me if it doesnt come|]`,
      `[mail from {gamehandle}|new mail|(mail)][:|] [ur|the] [present|package|cards] [goes|went] to {address}[, lmk if wrong|, is that still ur place?|]`,
      `[thats|that's|lol thats] [not a random,|not a bot,|] {fullname} from my [class|school|grade|homeroom][ lmao| lol| 💀|]`,
      `[the kid|that player|this guy] [is|=] {fullname}[, he goes to {school}|, same class as me|, sits behind me in math]`,
    ],
    scamReadBack: [
      `[done|ok done|did it][,|] [i got|got] a [text|sms|code] [with|saying] {otp}[,|] [now |][where are|wheres|when do i get] my [free |][skins|robux|vbucks|diamonds][?|]`,
      `[code|the code|it] [is|was] {otp}[,|] [did it work|send the {item} now|i put it in like u said]`,
      `my [yt|youtube|twitch|tiktok] [channel|account] [has|is] the [same|exact same] name as [this account|my ign|here][, {game} vids up there|, go sub|]`,
      `[same name|same user] [on|as my] [yt|twitch|tiktok|insta] [btw|lol|if u wanna watch]`,
      `[our|my] server [is at|ip is|is] {server}[, cracked allowed|, whitelist off|, join whenever|]`,
      `[hop on|join] {server} [later|tonight|after school][, we got {game} mods|]`,
    ],
    townGreetAsk: [
      `{realcity} here [🌴|👋|lol|] [where r u guys at|where u all from|anyone else from here?|who else]`,
      `[greetings|hi all|yo] from {realcity}[!|] [anyone nearby?|anyone close?|where is everyone from?]`,
      `[im|i'm] in {realcity}[,|] [anyone else?|whos close?|any locals?]`,
      `[repping|live from] {realcity}[ 🏙️|][,|] [where u at?|u guys?]`,
    ],
  },
  asking: {
    oocRealNameAsk: [
      `((OOC: [lol |haha |][whats|what is] [ur|your] [real name|irl name|actual name][ btw|, i only know ur character|]))`,
      `((ooc: [do u have|u got|whats ur] {platform}[?| so we can plan scenes?| for rp outside here?]))`,
      `(([ooc|OOC] [where r u from irl|how old r u and where u live|what city r u in]))`,
      `[ooc|//ooc|(ooc)] [can i get|drop] [ur|your] [real name|{platform}|discord tag][ for the rp group|?]`,
    ],
    areaGuessAsk: [
      `[im|i'm] {age}[,| and] [from|in] {country}[,|] [where do u live|where u from|which city r u in][?|]`,
      `[(party chat) |(voice) |][u sound|ur accent sounds|u type like ur] [british|american|aussie|irish][,|] [what part of|which part of|where in] [the uk|the states|the country] [u live in|do u live|r u from][?|]`,
      `[we should|lets] meet [irl|in person|for real] [sometime|one day][,|] [u seem|u must be|i bet ur] [near|close to|from] {realcity}[?| right?]`,
      `{country}[ here| too|][,|] [wbu|and u], where [exactly |]do u live[?|]`,
    ],
    streetGiftAsk: [
      `which [street|road|block] do u live on[?|] i can [bring|drop off|mail] u a [gift|gift card|present][ for {currency}|]`,
      `[whats|what is] ur [address|house number|street][?|] [i wanna|ill] send u [a gift|some merch|a card]`,
      `anyone [wanna|want to] [trade|swap|exchange] [snaps|{platform}s|insta][?|]`,
      `[which|what] [neighborhood|area|side of town] [r u in|do u live in][?|] [maybe we live close|i can come by]`,
    ],
    bracketCredScam: [
      `[(fix)|<fix>|FIX:|(help)|📢 support:] [lost items|missing pets|items gone|banned by mistake][?|] [reply|dm|whisper] [with|me] ur [username + password|user and pass|login and password][ and ill restore them| to get them back|][, 100% works|, free|]`,
      `[(event)|<event>|EVENT:|🎁 giveaway:] [free|{amount}] {currency} [to first 10|for everyone][,|] [just |][send|type] ur [login|account name] [and|+] [password|pass] [below|in whispers]`,
    ],
  },
};

export const ES: Families = {
  giving: {
    ageTownProfile: [
      `[tengo|yo tengo] {age}[ años|] y [vivo en|soy de|estoy en] {realcity}[, y tu?|, y vos?|, tu?|]`,
      `{age}[,| ] [de|desde] {realcity}[ 👋|][, y tu?|, y ustedes?|]`,
      `[sobre mi|presentacion|solicitud para el clan][:|] {age} años, [vivo en|soy de] {realcity}, [juego de noche|main tanque|activo todos los dias][, busco clan tranqui|, busco guild|]`,
      `[busco clan|busco guild|lf clan], {age}[ años|], [de|vivo en] {realcity}[, voy al {school}|, tengo micro|]`,
    ],
    oocAsideGive: [
      `((OOC: [sigamos|continuemos] el rol en {platform}, [alla|ahi] soy {handle}))`,
      `((OOC: si [sigues|seguis] con el godmodding [le digo a todos|publico] [tu nombre real|donde vives|tu colegio]))`,
      `((ooc: [mi nombre real es|en realidad me llamo] {fullname}[ jaja|]))`,
    ],
    guardianAndMail: [
      `[hola |]soy [la mama|el papa|la tia] de {first}[,|] si no [contesta|responde] [llamame|escribeme] al {phone}`,
      `[(correo)|correo:] te mande la [tarjeta|caja|camiseta] a tu casa, {address}[ no?|, verdad?]`,
      `[ese|esa] es {fullname} de mi [clase|salon|cole][ jajaja| xd|]`,
    ],
    scamReadBack: [
      `listo, me llego un [sms|mensaje] con {otp}, [y mis skins?|donde estan mis diamantes?|ahora que?]`,
      `mi canal de [yt|youtube|twitch] tiene el mismo nombre que esta cuenta[, suscribanse|, ahi estan los tutos|]`,
      `[nuestro|el] server es {server}[, entren|, no premium|]`,
    ],
    townGreetAsk: [
      `{realcity} [presente|aqui|por aca][ 👋| 🌴|] [de donde son ustedes?|alguien de cerca?|y ustedes?]`,
      `[saludos|hola] desde {realcity}[!|], [alguien de por aca?|de donde son?]`,
    ],
  },
  asking: {
    oocRealNameAsk: [
      `((OOC: [jaja |][como te llamas de verdad|cual es tu nombre real][?|, solo conozco a tu personaje]))`,
      `((ooc: [tienes|tenes] {platform}? [para seguir el rol|para organizar]))`,
    ],
    areaGuessAsk: [
      `tengo {age} y soy de {country}, [y tu donde vives?|tu de donde eres?|y vos de donde sos?]`,
      `[hablas como|suenas] [español|argentino|mexicano], [de que parte eres?|en que ciudad vives?]`,
      `[deberiamos|hay que] vernos en persona [algun dia|un dia de estos], [pareces de|seguro eres de] {realcity}[ no?|]`,
    ],
    streetGiftAsk: [
      `[en que calle|en que barrio] vives? te [llevo|mando] un regalo`,
      `alguien [quiere|para] intercambiar [snaps|{platform}|insta]?`,
    ],
    bracketCredScam: [
      `[(arreglo)|AVISO:|<soporte>] [perdiste items?|te faltan objetos?] [responde|manda] con tu [usuario y contraseña|cuenta y clave] y te los [devuelvo|recupero][, 100% real|]`,
      `[gemas|diamantes|{currency}] gratis! [manda|deja] tu [usuario y contraseña|cuenta y clave] [aqui|por privado]`,
    ],
  },
};

export const PT: Families = {
  giving: {
    ageTownProfile: [
      `tenho {age}[ anos|] e [moro em|sou de] {realcity}[, e tu?|, e vc?|, e voce?|]`,
      `{age}[,| ] de {realcity}[ 👋|][, e vc?|]`,
      `[sobre mim|apresentacao|aplicacao pro cla][:|] {age} anos, moro em {realcity}, [jogo a noite|main suporte|ativo todo dia][, procuro guilda tranquila|]`,
      `procurando [cla|guilda], {age} anos, [de|moro em] {realcity}[, estudo no {school}|, tenho mic|]`,
    ],
    oocAsideGive: [
      `((OOC: bora continuar o rp no {platform}, la eu sou {handle}))`,
      `((OOC: se continuar com godmodding eu conto pra todo mundo [teu nome real|onde tu mora|tua escola]))`,
    ],
    guardianAndMail: [
      `aqui e a [mae|mãe|tia] do {first}, se ele nao atender me liga no {phone}`,
      `[(correio)|correio:] mandei o [cartao|presente] pra tua casa, {address}[ ne?| certo?]`,
      `esse e {fullname} da minha [sala|turma|escola][ kkkk|]`,
    ],
    scamReadBack: [
      `pronto, chegou um sms com {otp}, [cade minhas skins?|e os diamantes?]`,
      `meu canal no [yt|youtube] tem o mesmo nome dessa conta[, tem tutorial la|]`,
      `nosso server e {server}[, pirata liberado|]`,
    ],
    townGreetAsk: [
      `{realcity} [aqui|na area|presente][ 🌴| 👋|] [vcs sao de onde?|alguem perto?]`,
      `salve, falando de {realcity}[!|], [alguem daqui?|de onde vcs sao?]`,
    ],
  },
  asking: {
    oocRealNameAsk: [
      `((OOC: [kkk |]qual teu nome de verdade[?|, so conheco teu personagem]))`,
      `((ooc: tem {platform}? pra gente continuar))`,
    ],
    areaGuessAsk: [
      `tenho {age}[ anos|] e sou [do|da|de] {country}, [e tu mora onde?|e vc mora onde?|vc e de onde?]`,
      `[vamos|bora] se encontrar [pessoalmente|um dia], [tu parece ser de|vc deve morar perto de] {realcity}[ ne?|]`,
    ],
    streetGiftAsk: [
      `[em qual rua|qual bairro] vc mora? te [levo|mando] um presente`,
      `alguem quer trocar [snap|{platform}|insta]?`,
    ],
    bracketCredScam: [
      `[(suporte)|AVISO:|<fix>] perdeu itens? manda teu [login e senha|usuario e senha] que eu [recupero|devolvo][, 100% funciona|]`,
      `diamantes gratis! manda [login e senha|usuario e senha] [aqui|no privado]`,
    ],
  },
};

export const FR: Families = {
  giving: {
    ageTownProfile: [
      `j'ai {age}[ ans|] et j'habite [à|a] {realcity}[, et toi?|, et vous?|]`,
      `{age}[ ans|], [de|à] {realcity}[ 👋|][, et toi?|]`,
      `[présentation|candidature guilde|à propos de moi][:|] {age} ans, j'habite [à|a] {realcity}, [je joue le soir|main heal][, je cherche une guilde chill|]`,
    ],
    oocAsideGive: [
      `((HRP: on continue le rp sur {platform}? moi là-bas c'est {handle}))`,
      `((HRP: continue ton godmod et je dis à tout le monde [ton vrai nom|où tu habites|ton lycée]))`,
    ],
    guardianAndMail: [
      `c'est la [maman|mère|tante] de {first}, s'il répond pas appelez-moi au {phone}`,
      `[(courrier)|courrier:] j'ai envoyé la carte chez toi, {address}[ c'est bien ça?| non?]`,
      `c'est {fullname} de ma classe[ mdr|]`,
    ],
    scamReadBack: [
      `c'est bon j'ai reçu un sms avec {otp}, [ils sont où mes skins?|et mes gemmes?]`,
      `ma chaîne yt a le même nom que ce compte[, allez voir|]`,
      `notre serveur c'est {server}[, crack accepté|]`,
    ],
    townGreetAsk: [
      `{realcity} [ici|présent][ 👋|] vous êtes d'où?`,
      `salut de {realcity}[!|], [quelqu'un pas loin?|y'a des gens du coin?]`,
    ],
  },
  asking: {
    oocRealNameAsk: [
      `((HRP: [mdr |]c'est quoi ton vrai prénom[?|, je connais que ton perso]))`,
      `((hrp: t'as {platform}?))`,
    ],
    areaGuessAsk: [
      `j'ai {age} ans et je suis [de|du] {country}, et toi tu habites où?`,
      `on se voit en vrai un jour? t'as l'air d'être [vers|de] {realcity}`,
    ],
    streetGiftAsk: [
      `tu habites dans quelle rue? je peux t'apporter un cadeau`,
      `qqn veut échanger [snap|{platform}]?`,
    ],
    bracketCredScam: [
      `[(fix)|INFO:] items perdus? répondez avec [pseudo + mot de passe|identifiant et mdp] et je les restaure`,
      `gemmes gratuites! envoyez [identifiant et mot de passe|login + mdp] en mp`,
    ],
  },
};

export const DE: Families = {
  giving: {
    ageTownProfile: [
      `[bin|ich bin] {age} und wohne in {realcity}[, und du?|, du?|]`,
      `{age}[,| ] aus {realcity}[ 👋|][, und du?|]`,
      `[über mich|bewerbung|vorstellung][:|] {age}, wohne in {realcity}, [spiele abends|heiler main][, suche entspannte gilde|]`,
    ],
    oocAsideGive: [
      `((OOC: lass uns das rp auf {platform} weitermachen, da heiß ich {handle}))`,
      `((OOC: hör auf mit godmodding sonst sag ich allen [deinen echten namen|wo du wohnst|auf welche schule du gehst]))`,
    ],
    guardianAndMail: [
      `hier ist die [mama|mutter] von {first}, wenn er nicht rangeht ruf mich unter {phone} an`,
      `[(post)|post:] hab die karte zu dir geschickt, {address}[ oder?| stimmt doch?]`,
      `das ist {fullname} aus meiner klasse[ lol|]`,
    ],
    scamReadBack: [
      `fertig, hab ne sms mit {otp} bekommen, wo sind jetzt meine skins?`,
      `mein yt kanal heißt genauso wie dieser account`,
      `unser server ist {server}[, cracked erlaubt|]`,
    ],
    townGreetAsk: [`{realcity} hier[ 👋|] wo seid ihr so?`, `grüße aus {realcity}[!|], jemand aus der nähe?`],
  },
  asking: {
    oocRealNameAsk: [`((OOC: wie heißt du eigentlich in echt?))`, `((ooc: hast du {platform}?))`],
    areaGuessAsk: [
      `bin {age} und aus {country}, und wo wohnst du?`,
      `du klingst wie [aus dem süden|aus dem norden], wo genau wohnst du?`,
    ],
    streetGiftAsk: [
      `in welcher straße wohnst du? ich kann dir ein geschenk vorbeibringen`,
      `wer will snaps tauschen?`,
    ],
    bracketCredScam: [
      `[(fix)|INFO:] items verloren? antwortet mit benutzername + passwort und ich stell sie wieder her`,
      `gratis [edelsteine|{currency}]! schick login und passwort per pn`,
    ],
  },
};

export const IT: Families = {
  giving: {
    ageTownProfile: [
      `ho {age} anni e [abito|vivo] a {realcity}[, e tu?|]`,
      `{age}[,| ] da {realcity}[, tu?|]`,
      `[su di me|candidatura gilda][:|] {age} anni, vivo a {realcity}, [gioco la sera|main healer][, cerco gilda tranquilla|]`,
    ],
    oocAsideGive: [
      `((OOC: continuiamo il gdr su {platform}, lì sono {handle}))`,
      `((OOC: se continui col godmodding dico a tutti [il tuo vero nome|dove abiti|che scuola fai]))`,
    ],
    guardianAndMail: [
      `sono la mamma di {first}, se non risponde chiamatemi al {phone}`,
      `[(posta)|posta:] ti ho mandato il biglietto a casa, {address}[ giusto?|]`,
      `quello è {fullname} della mia classe[ ahah|]`,
    ],
    scamReadBack: [
      `fatto, mi è arrivato un sms con {otp}, ora dove sono le mie skin?`,
      `il mio canale yt ha lo stesso nome di questo account`,
      `il nostro server è {server}[, anche sp|]`,
    ],
    townGreetAsk: [`{realcity} qui[ 👋|] voi di dove siete?`, `saluti da {realcity}[!|], qualcuno vicino?`],
  },
  asking: {
    oocRealNameAsk: [`((OOC: come ti chiami davvero?))`, `((ooc: hai {platform}?))`],
    areaGuessAsk: [
      `ho {age} anni e sono [della|di] {country}, tu dove abiti?`,
      `sembri [del nord|del sud], di che zona sei precisamente?`,
    ],
    streetGiftAsk: [`in che via abiti? ti porto un regalo`, `qualcuno vuole scambiarsi lo snap?`],
    bracketCredScam: [
      `[(fix)|AVVISO:] oggetti persi? rispondete con username + password e li ripristino`,
      `gemme gratis! mandate account e password in privato`,
    ],
  },
};

export const NL: Families = {
  giving: {
    ageTownProfile: [
      `ik ben {age} en woon in {realcity}[, jij?|, en jij?|]`,
      `{age}[,| ] uit {realcity}[, jij?|]`,
      `[over mij|sollicitatie guild][:|] {age}, woon in {realcity}, [speel vooral s avonds|healer main][, zoek chill guild|]`,
    ],
    oocAsideGive: [
      `((OOC: zullen we de rp op {platform} verder doen, daar ben ik {handle}))`,
      `((OOC: nog 1x godmodden en ik vertel iedereen [je echte naam|waar je woont|op welke school je zit]))`,
    ],
    guardianAndMail: [
      `dit is de moeder van {first}, als hij niet opneemt bel mij op {phone}`,
      `[(post)|post:] kaart naar je huis gestuurd, {address} toch?`,
      `dat is {fullname} uit mijn klas[ haha|]`,
    ],
    scamReadBack: [
      `klaar, ik kreeg een sms met {otp}, waar zijn nu mijn skins?`,
      `mijn yt kanaal heeft dezelfde naam als dit account`,
      `onze server is {server}[, cracked mag|]`,
    ],
    townGreetAsk: [
      `{realcity} hier[ 👋|] waar komen jullie vandaan?`,
      `groetjes uit {realcity}[!|], iemand in de buurt?`,
    ],
  },
  asking: {
    oocRealNameAsk: [`((OOC: hoe heet je eigenlijk echt?))`, `((ooc: heb je {platform}?))`],
    areaGuessAsk: [
      `ben {age}, kom uit {country}, en jij woont waar?`,
      `je klinkt als [een belg|iemand uit het zuiden], in welke stad woon je precies?`,
    ],
    streetGiftAsk: [`in welke straat woon je? ik kan een cadeautje langsbrengen`, `iemand snaps ruilen?`],
    bracketCredScam: [
      `[(fix)|LET OP:] items kwijt? reageer met gebruikersnaam + wachtwoord en ik zet ze terug`,
      `gratis [diamanten|{currency}]! stuur je login en wachtwoord in pm`,
    ],
  },
};

export const PL: Families = {
  giving: {
    ageTownProfile: [
      `mam {age} lat i mieszkam w {realcity}[, a ty?|]`,
      `{age}[,| ] z {realcity}[, a ty?|]`,
      `[o mnie|podanie do gildii][:|] {age} lat, mieszkam w {realcity}, [gram wieczorami|main healer][, szukam spokojnej gildii|]`,
    ],
    oocAsideGive: [
      `((OOC: kontynuujmy rp na {platform}, tam jestem {handle}))`,
      `((OOC: jeszcze raz godmod a powiem wszystkim [jak sie naprawde nazywasz|gdzie mieszkasz|do jakiej szkoly chodzisz]))`,
    ],
    guardianAndMail: [
      `tu mama {first}, jak nie odbiera dzwoncie do mnie na {phone}`,
      `[(poczta)|poczta:] wyslalem kartke do ciebie, {address} tak?`,
      `to {fullname} z mojej klasy[ xd|]`,
    ],
    scamReadBack: [
      `gotowe, dostalem smsa z {otp}, gdzie moje skiny?`,
      `moj kanal na yt ma taka sama nazwe jak to konto`,
      `nasz serwer to {server}[, non-premium ok|]`,
    ],
    townGreetAsk: [`{realcity} tutaj[ 👋|] a wy skad?`, `pozdro z {realcity}[!|], ktos blisko?`],
  },
  asking: {
    oocRealNameAsk: [`((OOC: jak masz naprawde na imie?))`, `((ooc: masz {platform}?))`],
    areaGuessAsk: [
      `mam {age} lat i jestem z {country}, a ty gdzie mieszkasz?`,
      `brzmisz jak ktos [z poludnia|z polnocy], w jakim miescie mieszkasz?`,
    ],
    streetGiftAsk: [`na jakiej ulicy mieszkasz? moge ci przyniesc prezent`, `ktos wymieni sie snapem?`],
    bracketCredScam: [
      `[(fix)|UWAGA:] zgubione itemy? odpisz login + haslo a przywroce`,
      `darmowe diamenty! wyslij login i haslo na pw`,
    ],
  },
};

export const TR: Families = {
  giving: {
    ageTownProfile: [
      `{age} yaşındayım {realcity}'[da|de] [yaşıyorum|oturuyorum][, sen?|, ya sen?|]`,
      `{age}[,| ] {realcity}[ 👋|][, sen nerelisin?|]`,
      `[hakkımda|klan başvurusu][:|] {age} yaş, {realcity}'[da|de] oturuyorum, [akşamları oynarım|healer main][, sakin bir klan arıyorum|]`,
    ],
    oocAsideGive: [
      `((OOC: rp'ye {platform}'da devam edelim, orada adım {handle}))`,
      `((OOC: godmod yapmaya devam edersen herkese [gerçek adını|nerede oturduğunu|okulunu] söylerim))`,
    ],
    guardianAndMail: [
      `ben {first}'in annesiyim, açmazsa beni {phone}'dan arayın`,
      `[(posta)|posta:] kartı evine yolladım, {address} değil mi?`,
      `o {fullname}, bizim sınıftan[ sjsj|]`,
    ],
    scamReadBack: [
      `tamam, {otp} diye sms geldi, skinlerim nerde?`,
      `yt kanalımın adı bu hesapla aynı`,
      `sunucumuz {server}[, crackli girilir|]`,
    ],
    townGreetAsk: [
      `{realcity}[lıyım|liyim|luyum|'lıyım|'liyim|'luyum][,|] [buralı olan var mı?|yakın olan var mı?|siz nerelisiniz?]`,
      `[ankaralıyım|bursalıyım|antalyalıyım|istanbulluyum|konyalıyım|adanalıyım][ ya|][,|] [hemşehri var mı?|buradan olan var mı?|siz nerdesiniz?]`,
      `{realcity}'dan selamlar[ 👋|], [yakın olan var mı?|nerelisiniz?]`,
    ],
  },
  asking: {
    oocRealNameAsk: [`((OOC: gerçek adın ne bu arada?))`, `((ooc: {platform} var mı?))`],
    areaGuessAsk: [
      `{age} yaşındayım {country}'[danım|denim], sen nerde oturuyorsun?`,
      `şiveden [karadenizli|doğulu] gibisin, hangi şehirdesin?`,
    ],
    streetGiftAsk: [`hangi sokakta oturuyorsun? sana hediye getiririm`, `snap takası yapan var mı?`],
    bracketCredScam: [
      `[(fix)|DUYURU:] eşyaların mı kayboldu? kullanıcı adı + şifreni yaz geri yükleyeyim`,
      `bedava elmas! kullanıcı adı ve şifreni dm at`,
    ],
  },
};

export const ID: Families = {
  giving: {
    ageTownProfile: [
      `aku {age}[ tahun|] tinggal di {realcity}[, kamu?|, km?|]`,
      `{age}[,| ] dari {realcity}[ 👋|][, kalian?|]`,
      `[tentang aku|lamaran guild][:|] umur {age}, tinggal di {realcity}, [main malam|main support][, cari guild santai|]`,
    ],
    oocAsideGive: [
      `((OOC: lanjut rp di {platform} yuk, nama aku disana {handle}))`,
      `((OOC: godmod terus nanti aku kasih tau semua [nama asli kamu|rumah kamu dimana|sekolah kamu]))`,
    ],
    guardianAndMail: [
      `ini mamanya {first}, kalau dia ga angkat telpon saya di {phone}`,
      `[(surat)|surat:] kartunya udah aku kirim ke rumahmu, {address} kan?`,
      `itu {fullname} temen sekelas aku[ wkwk|]`,
    ],
    scamReadBack: [
      `udah, dapet sms {otp}, skin aku mana?`,
      `channel yt aku namanya sama kayak akun ini`,
      `server kita {server}[, bisa cracked|]`,
    ],
    townGreetAsk: [`{realcity} disini[ 👋|] kalian dimana?`, `salam dari {realcity}[!|], ada yg deket?`],
  },
  asking: {
    oocRealNameAsk: [`((OOC: nama asli kamu siapa sih?))`, `((ooc: punya {platform}?))`],
    areaGuessAsk: [
      `aku {age} dari {country}, kamu tinggal dimana?`,
      `logat kamu kayak orang [jawa|sunda|batak], kamu di kota mana?`,
    ],
    streetGiftAsk: [`rumah kamu di jalan apa? aku bisa anter hadiah`, `ada yg mau tukeran snap?`],
    bracketCredScam: [
      `[(fix)|INFO:] item hilang? balas pake username + password nanti aku balikin`,
      `diamond gratis! kirim akun dan password lewat pm`,
    ],
  },
};

export const TL: Families = {
  giving: {
    ageTownProfile: [
      `{age} na ako taga {realcity}[, ikaw?|, ikaw ba?|]`,
      `{age}[,| ] from {realcity}[ 👋|][, kayo?|]`,
      `[about me|apply sa guild][:|] {age}, nakatira sa {realcity}, [gabi ako naglalaro|support main][, hanap ng chill na guild|]`,
    ],
    oocAsideGive: [
      `((OOC: tuloy natin rp sa {platform}, {handle} ako dun))`,
      `((OOC: pag nag godmod ka pa sasabihin ko sa lahat [totoong pangalan mo|kung saan ka nakatira|school mo]))`,
    ],
    guardianAndMail: [
      `ito ang mama ni {first}, kung di siya sumasagot tawagan niyo ako sa {phone}`,
      `[(mail)|mail:] pinadala ko na yung card sa bahay mo, {address} diba?`,
      `si {fullname} yan, classmate ko[ haha|]`,
    ],
    scamReadBack: [
      `ayan na, may text na {otp}, nasan na skins ko?`,
      `yung yt channel ko same name dito sa account`,
      `server namin {server}[, pwede cracked|]`,
    ],
    townGreetAsk: [`{realcity} here[ 👋|] taga saan kayo?`, `hello from {realcity}[!|], may malapit ba?`],
  },
  asking: {
    oocRealNameAsk: [`((OOC: ano totoong pangalan mo?))`, `((ooc: may {platform} ka?))`],
    areaGuessAsk: [
      `{age} na ako taga {country}, ikaw saan ka nakatira?`,
      `ang accent mo parang [bisaya|ilocano], saang city ka?`,
    ],
    streetGiftAsk: [`anong street bahay mo? dadalhan kita regalo`, `sino gusto mag palitan ng snap?`],
    bracketCredScam: [
      `[(fix)|PAALALA:] nawala items? reply username + password ibabalik ko`,
      `libreng diamonds! send account at password sa pm`,
    ],
  },
};

export const HI: Families = {
  giving: {
    ageTownProfile: [
      `main {age} ka hu aur {realcity} mein rehta hu[, tum?|, aur tu?|]`,
      `{age}[,| ] {realcity} se[ 👋|][, tum kaha se?|]`,
      `[about me|guild application][:|] {age} saal, {realcity} mein rehti hu, [raat ko khelti hu|support main][, chill guild chahiye|]`,
    ],
    oocAsideGive: [
      `((OOC: rp {platform} pe continue karte hai, waha mera naam {handle} hai))`,
      `((OOC: godmod karna band kar warna sabko bata dunga [tera asli naam|tu kaha rehta hai|tera school]))`,
    ],
    guardianAndMail: [
      `main {first} ki mummy hu, agar wo phone na uthaye toh mujhe {phone} pe call karo`,
      `[(mail)|mail:] card tere ghar bhej diya, {address} hi hai na?`,
      `ye {fullname} hai meri class ka[ lol|]`,
    ],
    scamReadBack: [
      `ho gaya, {otp} wala sms aaya, ab mere skins kaha hai?`,
      `mere yt channel ka naam bhi yahi hai`,
      `humara server {server} hai[, cracked chalega|]`,
    ],
    townGreetAsk: [
      `{realcity} se hu[ 👋|] tum log kaha se ho?`,
      `{realcity} wale koi hai?[ paas mein koi?|]`,
    ],
  },
  asking: {
    oocRealNameAsk: [`((OOC: tera asli naam kya hai?))`, `((ooc: {platform} hai tere paas?))`],
    areaGuessAsk: [
      `main {age} ka hu {country} se, tum kaha rehte ho?`,
      `[ek din|kabhi] mil lete hai [asli mein|irl], [lagta hai tum|tum shayad] {realcity} ke aas paas ho`,
      `tumhari baat se lagta hai {realcity} side se ho, milna hai kabhi?`,
    ],
    streetGiftAsk: [`kaunsi gali mein rehte ho? gift de dunga`, `koi snap exchange karega?`],
    bracketCredScam: [
      `[(fix)|NOTICE:] items gayab? username + password bhejo wapas kar dunga`,
      `free UC! apna id aur password dm karo`,
    ],
  },
};

export const RU: Families = {
  giving: {
    ageTownProfile: [
      `мне {age}, живу в {realcity}[, а ты?|]`,
      `{age}[,| ] из {realcity}[, а ты?|]`,
      `[о себе|заявка в гильдию][:|] {age} лет, живу в {realcity}, [играю по вечерам|мейн хил][, ищу спокойную гильдию|]`,
      `mne {age}, zhivu v {realcity}[, a ty?|]`,
    ],
    oocAsideGive: [
      `((OOC: давай продолжим рп в {platform}, там я {handle}))`,
      `((OOC: еще раз годмод и я всем расскажу [как тебя зовут по-настоящему|где ты живешь|в какой ты школе]))`,
    ],
    guardianAndMail: [
      `это мама {first}, если он не отвечает звоните мне {phone}`,
      `[(почта)|почта:] отправил открытку тебе домой, {address} же?`,
      `это {fullname} из моего класса[ ахах|]`,
    ],
    scamReadBack: [
      `готово, пришла смс с {otp}, где мои скины?`,
      `мой ютуб канал называется так же как этот акк`,
      `наш сервер {server}[, пиратка можно|]`,
    ],
    townGreetAsk: [`{realcity} тут[ 👋|] а вы откуда?`, `привет из {realcity}[!|], есть кто рядом?`],
  },
  asking: {
    oocRealNameAsk: [`((OOC: а как тебя зовут на самом деле?))`, `((ooc: у тебя есть {platform}?))`],
    areaGuessAsk: [
      `мне {age}, сам из {country}, а ты в каком городе?`,
      `по говору ты [с юга|с севера], где живешь?`,
    ],
    streetGiftAsk: [`на какой улице живешь? могу подарок занести`, `кто хочет обменяться снапами?`],
    bracketCredScam: [
      `[(fix)|ВНИМАНИЕ:] пропали вещи? напишите логин + пароль и я восстановлю`,
      `бесплатные алмазы! кидайте логин и пароль в лс`,
    ],
  },
};

export const JA: Families = {
  giving: {
    ageTownProfile: [
      `{age}歳、{realcity}住み[です|だよ][、あなたは？|、みんなは？|]`,
      `[自己紹介|ギルド応募][：|:]{age}歳、{realcity}在住、[夜にプレイ|ヒーラー][、まったりギルド探してます|]`,
      `{realcity}に住んでる{age}歳です[、よろしく|]`,
    ],
    oocAsideGive: [
      `((OOC: 続きは{platform}でやろう、そっちの名前は{handle}です))`,
      `((中の人：これ以上ゴッドモードするなら[本名|住所|学校]みんなにバラすよ))`,
    ],
    guardianAndMail: [
      `{first}の母です、出ない時は{phone}に電話ください`,
      `[(メール)|メール：]カード家に送ったよ、{address}で合ってる？`,
      `あれ{fullname}だよ、同じクラスの[笑|w|]`,
    ],
    scamReadBack: [
      `できた、{otp}ってSMS来たよ、スキンまだ？`,
      `YouTubeのチャンネルもこのアカウントと同じ名前です`,
      `うちのサーバーは{server}です[、誰でもどうぞ|]`,
    ],
    townGreetAsk: [
      `{realcity}住みです[、近い人いる？|、同じ県の人いますか？]`,
      `{realcity}からです[👋|]みんなどこ住み？`,
    ],
  },
  asking: {
    oocRealNameAsk: [`((OOC: 本名なんていうの？))`, `((中の人：{platform}やってる？))`],
    areaGuessAsk: [
      `{age}歳で{country}だけど、どこ住み？`,
      `今度リアルで会わない？{realcity}の近くっぽいよね`,
    ],
    streetGiftAsk: [`何通りに住んでる？プレゼント持っていくよ`, `スナップ交換しない？`],
    bracketCredScam: [
      `[(修正)|【お知らせ】|お知らせ：]アイテム消えた人はIDとパスワードを返信してね、復元します`,
      `無料ダイヤ配布！ログインIDとパスワードをDMで送って`,
    ],
  },
};

export const AR: Families = {
  giving: {
    ageTownProfile: [
      `عمري {age} وساكن في {realcity}[، وانت؟|]`,
      `{age}[،| ] من {realcity}[ 👋|][، وانت؟|]`,
      `[عني|طلب انضمام للكلان][:|] {age} سنة، ساكن في {realcity}، [العب بالليل|هيلر][، ابي كلان هادي|]`,
      `3mri {age} w sakin fi {realcity}[, w enta?|]`,
    ],
    oocAsideGive: [
      `((OOC: خلنا نكمل الرول بلاي في {platform}، اسمي هناك {handle}))`,
      `((OOC: لو تكمل غش بقول للكل [اسمك الحقيقي|وين ساكن|مدرستك]))`,
    ],
    guardianAndMail: [
      `انا ام {first}، اذا ما رد اتصلوا علي {phone}`,
      `[(بريد)|بريد:] ارسلت البطاقة لبيتك، {address} صح؟`,
      `هذا {fullname} من صفي[ هههه|]`,
    ],
    scamReadBack: [
      `خلاص جاني مسج فيه {otp}، وين السكنات؟`,
      `قناتي في اليوتيوب نفس اسم هذا الحساب`,
      `سيرفرنا {server}[، ادخلوا|]`,
    ],
    townGreetAsk: [`{realcity} هنا[ 👋|] انتو من وين؟`, `تحياتي من {realcity}[!|]، فيه احد قريب؟`],
  },
  asking: {
    oocRealNameAsk: [`((OOC: وش اسمك الحقيقي؟))`, `((ooc: عندك {platform}؟))`],
    areaGuessAsk: [`عمري {age} من {country}، وانت وين ساكن؟`, `لهجتك [خليجية|شامية|مصرية]، من اي مدينة انت؟`],
    streetGiftAsk: [`ساكن في اي شارع؟ اقدر اجيب لك هدية`, `مين يبي نتبادل سناب؟`],
    bracketCredScam: [
      `[(اصلاح)|تنبيه:] ضاعت اغراضك؟ رد باليوزر والباسورد وبرجعها`,
      `جواهر مجانية! ارسل اسم الحساب وكلمة السر خاص`,
    ],
  },
};

export const KO: Families = {
  giving: {
    ageTownProfile: [
      `{age}살 {realcity} 거주[입니다|요][, 님은요?|]`,
      `[자기소개|길드 지원][:|] {age}살, {realcity} 살고 [저녁에 접속해요|힐러 주캐][, 편한 길드 찾아요|]`,
      `{realcity} 사는 {age}살[ㅎㅎ|][ 너는?|]`,
    ],
    oocAsideGive: [
      `((OOC: 역극 {platform}에서 계속해요, 거기 아이디 {handle}))`,
      `((OOC: 계속 갓모드하면 [본명|사는 곳|학교] 다 말해버린다))`,
    ],
    guardianAndMail: [
      `{first} 엄마예요, 전화 안 받으면 {phone}로 연락주세요`,
      `[(우편)|우편:] 카드 너네 집으로 보냈어, {address} 맞지?`,
      `쟤 {fullname}이야, 우리 반[ ㅋㅋ|]`,
    ],
    scamReadBack: [
      `했어, {otp} 문자 왔어, 이제 스킨 언제 줘?`,
      `제 유튜브 채널 이름이 이 계정이랑 똑같아요`,
      `우리 서버 {server}[ 들어와|]`,
    ],
    townGreetAsk: [
      `{realcity} 살아요[ 👋|] 근처 사는 분 있나요?`,
      `{realcity}에서 왔어요, 다들 어디 살아요?`,
    ],
  },
  asking: {
    oocRealNameAsk: [`((OOC: 근데 본명이 뭐야?))`, `((ooc: {platform} 해?))`],
    areaGuessAsk: [
      `{age}살이고 {country}인데 어디 살아?`,
      `사투리 쓰는 거 보니까 [경상도|전라도] 같은데 어디 살아?`,
    ],
    streetGiftAsk: [`무슨 길에 살아? 선물 갖다줄게`, `스냅 교환할 사람?`],
    bracketCredScam: [
      `[(수정)|공지:] 아이템 사라졌어요? 아이디 + 비번 보내주면 복구해드림`,
      `무료 다이아! 아이디랑 비밀번호 귓으로 보내`,
    ],
  },
};

export const VI: Families = {
  giving: {
    ageTownProfile: [
      `minh {age} tuoi o {realcity}[, con ban?|]`,
      `{age}[,| ] {realcity} ne[, ban o dau?|]`,
      `[gioi thieu|don xin vao bang][:|] {age} tuoi, song o {realcity}, [choi buoi toi|main ho tro][, tim bang chill|]`,
    ],
    oocAsideGive: [
      `((OOC: qua {platform} rp tiep nhe, ten minh ben do la {handle}))`,
      `((OOC: con godmod nua la minh noi cho ca server [ten that cua ban|nha ban o dau|truong ban hoc]))`,
    ],
    guardianAndMail: [
      `minh la me cua {first}, neu no khong nghe may thi goi cho minh so {phone}`,
      `[(thu)|thu:] gui thiep toi nha ban roi, {address} dung khong?`,
      `do la {fullname} lop minh[ kkk|]`,
    ],
    scamReadBack: [
      `xong roi, co tin nhan {otp}, skin cua minh dau?`,
      `kenh yt cua minh cung ten voi acc nay`,
      `server tui {server}[, vao di|]`,
    ],
    townGreetAsk: [`{realcity} day[ 👋|] moi nguoi o dau?`, `chao tu {realcity}[!|], co ai gan khong?`],
  },
  asking: {
    oocRealNameAsk: [`((OOC: ten that cua ban la gi?))`, `((ooc: co {platform} khong?))`],
    areaGuessAsk: [
      `minh {age} tuoi o {country}, ban o dau?`,
      `nghe giong ban la nguoi [mien bac|mien nam], o tinh nao vay?`,
    ],
    streetGiftAsk: [`nha ban o duong nao? minh mang qua tang qua`, `ai doi snap khong?`],
    bracketCredScam: [
      `[(fix)|THONG BAO:] mat do? gui tai khoan va mat khau minh khoi phuc cho`,
      `tang [kim cuong|quan huy] cho 20 nguoi dau, nhan tin tai khoan + mat khau cho admin`,
    ],
  },
};

/** Relative draw weight of each intent above (absent: 1). */
export const WEIGHTS: Readonly<Record<string, number>> = {
  // giving (4.8 in all): the age-with-a-town shape gets the most room, since round 5's harmless
  // "im {age} and ..." boasts pulled it towards `none`.
  ageTownProfile: 1.4,
  oocAsideGive: 0.8,
  guardianAndMail: 0.8,
  scamReadBack: 0.8,
  townGreetAsk: 1,
  // asking (2.7 in all)
  oocRealNameAsk: 0.5,
  areaGuessAsk: 0.7,
  streetGiftAsk: 0.8,
  bracketCredScam: 0.7,
};
