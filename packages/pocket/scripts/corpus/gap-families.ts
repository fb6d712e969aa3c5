/**
 * Families the earlier templates lacked, found by where the model failed on chat written
 * elsewhere (the families only: none of those messages, phrasings, names or numbers are here):
 * lobby, room and server codes and region servers; schedules with times and time zones; gameplay
 * words that sound like PII (sharing a loadout, queueing up, the text chat); hinted platforms
 * talked about, not swapped; in-game threats; role-play badge and cell numbers; and on the PII side
 * credentials asked for under a pretext (cookies, 2FA codes, borrowing an account), short hinted
 * and emoji asks, a quieter place to talk, someone else's data asked for, doxxing by IP, school or
 * family, face reveals, a real name or a postcode given in passing. Every language gets both
 * sides, merged into its set by intent.
 */
import type { Label } from '@piiguard/sdk';
import type { TemplateSet } from './types.js';
import type { Language } from './values.js';

const you = '[your|ur|ur|yo]';

const EN: TemplateSet = {
  asking: {
    credentialPretext: [
      `[spell|enter|say] ${you} [password|pass|pw] [letter by letter|with dots between|one char per message] [here|in the chat box] [and|so] [a free|a rare|an exclusive] [pet|hat|badge|aura] [drops|appears|gets added]`,
      `the [item copy|clone|pet doubling|robux] [trick|exploit|method] needs ${you} [login|user plus pass|account name and pass] [or it fails|to run|first]`,
      `[open|go to] ${you} [browser|account settings|dev tools] [and|then] [paste|send|copy over] [the|ur] [cookie|token|session string|login cookie] [to me|in my dms|here]`,
      `[read me|tell me|type] the [2fa|verification|security|six digit|sms] code [that just came|u got|on ur screen|from the text]`,
      `[let me|can i] [borrow|use|hop on] ${you} [account|acc|main] [for a bit|overnight|this weekend] [and ill level it|ill grind the pass|ill climb ranks for u]`,
      `[sign out|log off] [first|real quick] [and|then] [message|dm|tell] me ${you} [email and pass|login info|credentials] [so i can|and ill] [restore ur items|add the gems|fix ur acc]`,
      `[ill|i can] [rank up|boost|carry] ${you} [acc|account|profile] [for free|tonight|], [just|] [drop|dm|send] ${you} [user and pass|id and password|login]`,
      `[support team|game staff|moderator] [notice|alert]: [send|confirm|reply with] ${you} [password|login|email + password] [to keep|or lose|before we delete] ${you} [inventory|account|items]`,
    ],
    hintShort: [
      `[ur|u have|got|u use] {hint}[?|??]`,
      `${you} [gram|ig|tok|sc|disc|dc|tele|wa] [?|pls|quick|]`,
      `[whats|what's] ${you} [gram|ig|tok|sc|disc|tele] [name|@|] [?|then|]`,
      `[are u|u] on the [clock app|ghost app|bird app|camera app|blue app|music app] [?|or nah|]`,
      `[send|share|give] ${you} [gram|@|tok|sc|disc] [after this|later|pls|]`,
    ],
    betterPlace: [
      `[this chat|the chat here] [gets logged|is recorded|is watched] [by the game|by staff|], [lets|can we] [switch|go] [elsewhere|to something private][?|]`,
      `[the filter|this censor|the tag system] [keeps|is] [eating|hiding|hashtagging] [my messages|everything][,|.] [wanna|lets|can we] [switch|move] [somewhere|to another place][?|]`,
      `[lets|can we|wanna] [talk|chat|keep talking] [privately|one on one|where nobody else sees][?|]`,
      `[do u|u] [have|use] [another|some other] [app|way] [for chatting|to talk|to message][?|]`,
    ],
    thirdPartyAsk: [
      `[who here has|can anyone share|somebody send me] {first}[s|'s] [cell|snap|ig|phone number|home address|discord]`,
      `[where does|who found out where|has anyone seen where] {gamehandle} [live|stays|goes to school] [in real life|offline|for real][?|]`,
      `[send me|gimme|whats] ${you} [sisters|brothers|cousins|moms|best friends] [number|snap|ig|tiktok|email]`,
      `[can u|could u] [find|get] [out|] {first}[s|'s] [phone|snap|address] [for me|pls|]`,
    ],
    phoneShort: [
      `[leave|put|send] ${you} # [here|below] [so i can|and ill] [text u|call u|msg u] [if i get banned|after school|this weekend]`,
      `[can i get|could i get|lemme have] ${you} [digits|#|num|cell][?|]`,
      `${you} [#|digits|num] [??|?|pls]`,
    ],
    whereabouts: [
      `[no way|oh nice|ayy] [im|i'm] [from|in] [the uk|the us|the states|{country}] [as well|also][,|] [what|which] [part|town|city|area][?|]`,
      `[same country|same here][,|] [where exactly|what city|which part] [tho|are u][?|]`,
      `[whats|what's] the [closest|nearest|biggest] [city|town] [near u|by you|to where u live][?|]`,
    ],
  },
  giving: {
    callMe: [
      `[call|text|txt|ring|msg|facetime|whatsapp] me [at|on|] {phone}[,|] [anytime|after {time}|when ur free|tonight|if u want|]`,
      `{phone}[,| -| ] [call me|text me|hmu|thats me|my cell] [after {time}|later|anytime|]`,
      `[reach|find|get] me [at|on] {phone} [outside the game|when the servers die|]`,
    ],
    doxxIp: [
      `${you} ip [is|=|:] {ip}[,|.] [apologize|better run|better log off|bye]`,
      `[look|see] what i [found|traced|pulled][:|,] {ip} [thats u|ur network|lol]`,
      `[im|i'm] [doxxing|gonna dox|about to dox] [u|you|this guy] [tonight|right now|lol|for real]`,
      `[do that again|keep going] and [ill|i'll] [tag|message|show] ${you} [mom|dad|parents|family] [on facebook|on insta|everything]`,
      `[u go to|ur at|ur in grade {small} at] {school}[,|.| and] [i'll|ill|gonna] [show|send] [everyone there|ur classmates|ur teachers] [all of this|the screenshots|what u said]`,
      `[ill|i'll] [email|message|show] ${you} [mom|dad|principal|teacher] [these screenshots|this chat|what u did] [i found her|i know who she is|i have her contact|]`,
      `{fullname} [is ur real name|thats u|right]? [everyone will know|want me to post it|i can tell the server][?|]`,
    ],
    faceReveal: [
      `[my face reveal|my real face|a pic of me] [goes up|is going up|drops] [tonight|soon|later] [on {platform}|in the server|on my channel|in the group]`,
      `[this is|here's|heres] [me|my face|me irl] {link}`,
      `[sent|posted] [u|] a [selfie|photo|vid|clip] of [me|myself] [on {platform}|in ur dms]`,
      `[go|pls] [rate|see|like] my [selfie|face reveal|new pic] on {platform}`,
    ],
    realNameAside: [
      `[offline|irl|in real life|outside roblox] [im|i'm|my names|they call me] {fullname}[,| -|.] [keep it quiet|shh|secret ok|lol|]`,
      `[btw|fun fact|ok so] my [real|actual|legal] name [is|'s] {fullname}`,
    ],
    postcode: [
      `[my|our] [postcode|post code|zip|zip code] [is|:|=] {postcode} [haha|near u?|close to u?|]`,
      `{postcode} [is where i live|thats my area|my zip]`,
      `[i live|im] [in|at] {postcode}[,|] [u?|wbu|near?]`,
    ],
    townShort: [
      `[im|i'm] [from|in] {city}[ lol| btw|!|]`,
      `{city} [here|gang|represent|is home]`,
      `[born and raised|grew up|been living] in {city}`,
    ],
    cityInPassing: [
      `[its|it's] [so hot|freezing|pouring|snowing|like {small} degrees] [here|today|rn] in {city} [lol|ugh|]`,
      `[im|i'm] in {city} [lol|rn|today][,|] [its|the weather is] [so hot|awful|freezing|nice] [here|]`,
      `[the power|the wifi|school] [went out|is closed|got cancelled] in {city} [today|again|lol]`,
      `[just|] [moved|moving] to {city} [last week|this summer|lol]`,
    ],
    hintGive: [
      `[find|follow] me on the [clock app|ghost app|bird app|camera app|music app] [at|as] {handle}[,| -] [i upload|i post|i share] [clips|edits|my builds] [there|daily|]`,
      `my {hint} [is|:|-|=|name is|user is|@ is] {handle}`,
      `[👻|📸|🐦|🎵] [{handle}|@{handle}|: {handle}|is {handle}]`,
      `[my|add my|here is my|heres my] [👻|📸|🐦|🎵|ghost|camera app] [{handle}|is {handle}|: {handle}] [add me|lol|]`,
      `[add me on|find me on|hmu on] {hint}[,|] same [user|name|username] [as here|as in game|]`,
    ],
    sameHandleMore: [
      `[same|my] [ign|username|user] [is also|works as|=] my [snap|insta|tiktok|discord|twitch|yt] [name|handle|@|]`,
      `[the|my] name [here|in game|u see] is [also|the same as] my [snap|insta|tiktok|discord] [lol|btw|]`,
    ],
    meetNamed: [
      `[lets meet|meet me|see u] [at|outside|by] [the starbucks|the mcdonalds|the library|the cinema|the bus station] [in|at|on] {namedplace} [at|around] {time}[,|] [ill wear a red hoodie|ill be waiting inside|text me when ur there|]`,
    ],
  },
  none: {
    lobbyCode: [
      `[lobby|party|match|custom game|private match|squad|room] [code|key|pin] [is|:|=|] {code} [get in|quick|everyone|]`,
      `[custom|private] [room|lobby] {bignum}[,|] [key|pw|password] {pin} [get in|go go|]`,
      `[lobby|room|private server|custom] [password|pass|pw] [is|:] {password} [keep it to urselves|hop in|]`,
      `[what region|which shard|what realm] [do u play|are u|r u] [on|in][?|] [mine is|i main|im playing] [eu|na|asia|oce|sa|us] [central|north|south|] {small}`,
      `[server|world|realm|shard|channel] {small} [is full|is lagging|is empty][,|] [move|go|switch] to {small}`,
      `[join|hop in|come to] [lobby|room|party|match] {small} [fast|rn|]`,
      `[our|the] [clan|guild|team] [tag|code|id] [is|:] {code}`,
      `[put|use|type] [code|the code] {code} [at the portal|in the join menu|to join us]`,
    ],
    scheduleShort: [
      `[the cup|tournament|scrims|raid|clan war|event] [opens|kicks off|begins] [at|around] {time} [utc|server time|est|cet|gmt|pst|][,|.] [be online|be in the lobby] {small} [min|minutes] [early|ahead]`,
      `[daily reset|weekly reset|shop rotation|the reset] [happens|is] at {time} [server time|utc|]`,
      `[patch|the update|new season|the new map] [lands|goes live|releases] [at|around] {time} [on {weekday}|tomorrow|]`,
      `[raids|practice|scrims|training] [every|on] {weekday} [and {weekday}|] [at|from] {time}[, be on time|, dont be late|]`,
      `[we go|starting|lets begin] at {time} [sharp|on the dot|]`,
    ],
    wordTrap: [
      `[show|share|paste|send] ${you} [loadout|build|deck|crosshair code|setup|seed|keybinds|sens|settings] [so i can try it|looks clean|pls|]`,
      `[form a line|stack up|group up] [on|at] the [gate|bridge|ramp|tower] [first|now][,|] [go|push] [when|on] [i ping|my count|the timer]`,
      `[global chat|team chat|the chat box|the text box] [keeps lagging|wont load|is frozen] [again|today|][,|] [nobody sees|i cant read] [what i type|my replies|anything]`,
      `[this update|the new map] made it a [parkour|clicker|walking|fishing] [game|sim] [lol|honestly|]`,
      `[call out|ping|mark] [the enemy|ur target|the spot|their position] [when u see them|first|]`,
      `[whats|what's] ${you} [main|favorite|fav] [weapon|class|build|character|map|mode][?|]`,
      `[devs|admins] [pls|] [fix|address] the [lag|bug|crash|issue] [already|asap|]`,
      `[my|this] [cell|block|plot] in the [prison|jail|base] [is|=] {small}`,
    ],
    platformTalkMore: [
      `[the whole squad|all my friends|my whole class] [switched|moved|went] to {platform} [lol|now|ngl|]`,
      `[nobody uses|no one posts on|i never open] {hint} [anymore|these days|lately]`,
      `[every|half the] [short|reel|clip] [i see|on my feed] is [about this game|a reupload|the same meme] [lol|now|]`,
      `[new codes|giveaway codes|event codes] [get posted|drop] on {platform} [sometimes|every week|]`,
      `[my|the] {platform} [feed|fyp|recommendations] is [all this game|so random|cursed] [lately|now|]`,
      `[i deleted|i uninstalled|took a break from] {platform} [for a month|last week|again] [lol|finally|]`,
      `[my|the] [steam deck|switch|controller] [battery|stick|fan] [is dying|drifts|is so loud] [again|lol|]`,
    ],
    ingameThreat: [
      `[spotted u|got eyes on u|i see u] [on the roof|in the bushes|by the crates|near the bridge] [lol|run|ur done]`,
      `[sleep|rest] [with one eye open|lightly] [tonight|next match] [lol|😈|]`,
      `[im|i'm] [right behind u|on my way|watching ur base] [lol|😈|run|]`,
    ],
    roleplayNumbers: [
      `[rp|role play|roleplay][:|-] [im|i'm|this is] [deputy|sheriff|detective|nurse|captain] {first}[,| -] [badge|unit|id] [#|number|no] {pin}[,|.] [license and registration|step out of the car|freeze|hands where i can see them]`,
      `[inmate|prisoner|patient] [#|number|no] {pin}[,|] [back to ur cell|to the yard|lunch time]`,
      `[my|the] [ambulance|police car|taxi|pizza van] [unit|number] [is|=] {small} [in the rp|in the city]`,
    ],
    generalQuestion: [
      `[what job|what] [do u|would u] [want|like] [to have|to do] [later|when ur older|after school][?|]`,
      `[which|what] [subject|class|teacher] do [u|you] [like|hate] [the most|best][?|]`,
      `[do u|u] [have|own] [pets|siblings|a cat|a dog][?|]`,
      `[how long|since when] [have u|u been] [played|playing] [this|this game][?|]`,
    ],
    timeThere: [
      `[what time|what hour] is it [over there|in ur timezone][?|]`,
      `[its|it's] {time} [here|for me][,|] [u?|wbu|what about there][?|]`,
    ],
    gameAccountId: [
      `[my|his|her] [uid|player id|profile number] [is|=|:] {bignum} [for the guild list|if u want to check my stats|]`,
      `[uid|player id|account id|game id][:|] {bignum} [for the guild invite|add me in game|]`,
    ],
    gamingPlatformTalk: [
      `{gaming} [servers are|store is|party chat is] [down|slow|acting up] [again|today|ugh]`,
      `[can|does] {gaming} [play with|match with] {gaming} [players|people] [in this game|here][?|]`,
      `[is|r] [this|the] game [on|coming to] {gaming} [too|yet][?|]`,
      `[i play|im playing] on [ps5|xbox|switch|pc|my steam deck] [rn|today|lol]`,
    ],
    giveaway: [
      `[giving away|free] [all|some of] my [stone|iron|gear|seeds] [before i log off|to whoever needs it|at spawn]`,
      `[selling|trading] my {item} for {amount} {currency} [or offers|dm in game|]`,
    ],
  },
};

const ES: TemplateSet = {
  asking: {
    credentialPretext: [
      'préstame tu [cuenta|usuario y clave] y te [subo el rango|farmeo todo]',
      '[pon|escribe] tu clave [letra por letra|separada] en el chat y te sale [la skin|una mascota]',
      'léeme el código [de verificación|que te llegó por sms]',
    ],
    hintShort: [
      '¿usas [el ig|el insta|la app del fantasmita|el disc|tele]?',
      'manda tu [ig|insta|tiktok|disc]',
    ],
    betterPlace: ['¿seguimos en privado en otro lado?', 'el filtro borra todo, ¿dónde más hablamos?'],
    thirdPartyAsk: [
      '¿quién tiene el [cel|insta|snap] de {first}?',
      '¿dónde vive {gamehandle} en la vida real?',
    ],
  },
  giving: {
    doxxIp: [
      'tu ip es {ip}, discúlpate',
      'esta noche te [doxeo|expongo]',
      'vas al {school}, le voy a mandar [las capturas|todo] a tu [clase|profe]',
      'sigue así y [el perfil de tu mamá|tu número] termina en el grupo',
    ],
    faceReveal: ['hoy subo mi cara a {platform}', 'mira, esta soy yo {link}'],
    hintGive: ['mi {hint} es {handle}', '[👻|📸] {handle} agrégame'],
    cityInPassing: ['aquí en {city} hace un calor horrible hoy'],
    realNameAside: ['fuera del juego soy {fullname}, es secreto'],
    postcode: ['mi código postal es {postcode}'],
  },
  none: {
    lobbyCode: [
      'código de [sala|lobby|partida] {code}, [entren|vamos|]',
      'sala privada {bignum}, clave {pin}',
      '¿qué región juegas? yo [eu|na|latam] {small}',
    ],
    scheduleShort: [
      'el [torneo|raid|evento] arranca a las {time} [hora del servidor|utc|], conéctense {small} min antes',
      'el reinicio diario es a las {time}',
    ],
    wordTrap: [
      'enséñame tu [build|mazo|configuración], la quiero probar',
      'todos a la torre, empujamos cuando cuente tres',
    ],
    platformTalkMore: ['ya nadie usa {hint}', '{platform} no carga otra vez'],
    ingameThreat: ['te encontré... escondido detrás del camión azul 😈'],
    roleplayNumbers: ['rp: soy el sheriff {first}, placa {pin}, ¡manos arriba!'],
  },
};

const PT: TemplateSet = {
  asking: {
    credentialPretext: [
      'empresta tua conta que eu [upo|farmo] pra você, só manda [login e senha|a senha]',
      '[escreve|digita] tua senha [letra por letra|com espaço] aqui que libera [a skin|o pet]',
      'lê pra mim o código [que chegou|de verificação] no sms',
    ],
    hintShort: ['você usa [o app do fantasminha|ig|insta|zap|tt]?', 'manda teu [insta|ig|zap|tiktok]'],
    betterPlace: ['bora continuar no privado em outro app?', 'o filtro come tudo, onde mais dá pra falar?'],
    thirdPartyAsk: ['quem tem o [zap|insta|número] da {first}?', 'onde o {gamehandle} mora na vida real?'],
  },
  giving: {
    doxxIp: [
      'teu ip é {ip}, pede desculpa',
      'hoje eu te [exponho|doxo]',
      'você estuda na {school}, vou mandar os prints pra tua turma',
    ],
    faceReveal: ['vou mostrar meu rosto hoje no {platform}', 'olha eu aqui {link}'],
    hintGive: ['meu {hint} é {handle}', '[👻|📸] {handle} me adiciona'],
    cityInPassing: ['aqui em {city} tá um calor absurdo hoje'],
    realNameAside: ['fora do jogo eu sou {fullname}, segredo'],
    postcode: ['meu cep é {postcode}'],
  },
  none: {
    lobbyCode: [
      'código da [sala|partida|lobby] {code}, [bora|entra aí|]',
      'sala privada {bignum}, senha {pin}',
      'qual região você joga? eu [br|sa|eu] {small}',
    ],
    scheduleShort: [
      'o [torneio|evento|raid] abre às {time} [horário do servidor|de brasília|], entrem {small} min antes',
      'o reset diário é às {time}',
    ],
    wordTrap: [
      'mostra tua [build|sensi|config], quero testar',
      'todo mundo pra torre, a gente avança quando eu contar três',
    ],
    platformTalkMore: ['ninguém mais usa {hint}', 'o {platform} não abre de novo'],
    ingameThreat: ['te achei... escondido atrás do caminhão azul 😈'],
  },
};

const FR: TemplateSet = {
  asking: {
    credentialPretext: [
      'prête moi ton compte, je te le monte, envoie juste [l’identifiant et le mdp|ton mdp]',
      '[écris|tape] ton mdp [lettre par lettre|avec des espaces] ici et [le skin|le pet] se débloque',
      'lis moi le code [de vérification|reçu par sms]',
    ],
    hintShort: ['tu utilises [l’appli du fantôme|insta|snap|disc] ?', 'envoie ton [insta|snap|tiktok|disc]'],
    betterPlace: ['on continue en privé ailleurs ?', 'le filtre mange tout, on parle où ?'],
    thirdPartyAsk: ['qui a le [snap|insta|06] de {first} ?', '{gamehandle} habite où dans la vraie vie ?'],
  },
  giving: {
    doxxIp: [
      'ton ip c’est {ip}, excuse toi',
      'ce soir je te [dox|balance]',
      't’es au {school}, j’envoie les captures à ta classe',
    ],
    faceReveal: ['je montre ma tête ce soir sur {platform}', 'voilà c’est moi {link}'],
    hintGive: ['mon {hint} c’est {handle}', '[👻|📸] {handle} ajoute moi'],
    cityInPassing: ['il fait trop chaud ici à {city} aujourd’hui'],
    realNameAside: ['en vrai je m’appelle {fullname}, chut'],
    postcode: ['mon code postal c’est {postcode}'],
  },
  none: {
    lobbyCode: [
      'code du [salon|lobby|match] {code}, [rejoignez|go|]',
      'partie privée {bignum}, mdp {pin}',
      'tu joues sur quelle région ? moi [euw|eu] {small}',
    ],
    scheduleShort: [
      'le [tournoi|raid|event] démarre à {time} [heure serveur|heure de paris|], connectez vous {small} min avant',
      'le reset quotidien est à {time}',
    ],
    wordTrap: ['montre ton [build|deck|réglage], je veux tester', 'tous à la tour, on pousse à trois'],
    platformTalkMore: ['plus personne n’utilise {hint}', '{platform} ne charge plus'],
  },
};

const DE: TemplateSet = {
  asking: {
    credentialPretext: [
      'leih mir deinen account, ich level ihn, schick nur [login und passwort|dein passwort]',
      'schreib dein passwort [buchstabe für buchstabe|mit leerzeichen] hier rein, dann [gibts den skin|kommt das pet]',
      'lies mir den [bestätigungscode|code aus der sms] vor',
    ],
    hintShort: ['nutzt du [die geister app|insta|snap|disc]?', 'schick dein [insta|snap|tiktok|disc]'],
    betterPlace: ['lass privat woanders weiterschreiben', 'der filter frisst alles, wo sonst?'],
    thirdPartyAsk: ['wer hat [die nummer|das insta] von {first}?', 'wo wohnt {gamehandle} im echten leben?'],
  },
  giving: {
    doxxIp: [
      'deine ip ist {ip}, entschuldige dich',
      'heute abend [doxx|leake] ich dich',
      'du gehst auf die {school}, ich schick die screenshots an deine klasse',
    ],
    faceReveal: ['heute zeig ich mein gesicht auf {platform}', 'das da bin ich {link}'],
    hintGive: ['mein {hint} ist {handle}', '[👻|📸] {handle} add mich'],
    cityInPassing: ['hier in {city} ist es heute so heiß'],
    realNameAside: ['offline heiße ich {fullname}, nicht weitersagen'],
    postcode: ['meine plz ist {postcode}'],
  },
  none: {
    lobbyCode: [
      'lobby code {code}, [rein da|los|]',
      'privates match {bignum}, passwort {pin}',
      'auf welcher region spielst du? ich [eu|euw] {small}',
    ],
    scheduleShort: [
      '[turnier|raid|event] geht um {time} [serverzeit|uhr|] los, seid {small} min früher da',
      'der tägliche reset ist um {time}',
    ],
    wordTrap: ['zeig dein [build|deck|setup], will ich testen', 'alle zum turm, wir gehen auf drei rein'],
    platformTalkMore: ['keiner nutzt mehr {hint}', '{platform} lädt schon wieder nicht'],
    friendRequest: [
      'füg mich im spiel hinzu, ich bin {gamehandle}',
      'mein nick hier ist {gamehandle}, adde mich im spiel',
    ],
  },
};

const IT: TemplateSet = {
  asking: {
    credentialPretext: [
      'prestami l’account e te lo livello, mandami [login e password|la password]',
      'scrivi la password lettera per lettera qui e sblocchi la skin',
    ],
    hintShort: ['usi [l’app del fantasmino|insta|snap|disc]?', 'mandami il tuo [insta|snap|tiktok]'],
    betterPlace: ['continuiamo in privato da un’altra parte?'],
    thirdPartyAsk: ['chi ha il [numero|insta] di {first}?', 'dove abita {gamehandle} nella vita reale?'],
  },
  giving: {
    doxxIp: [
      'il tuo ip è {ip}, chiedi scusa',
      'stasera ti [doxxo|sputtano]',
      'vai al {school}, mando gli screen alla tua classe',
    ],
    faceReveal: ['stasera mostro la mia faccia su {platform}'],
    postcode: ['il mio cap è {postcode}'],
  },
  none: {
    lobbyCode: [
      'codice [lobby|partita] {code}, entrate',
      'ritrovo al [livello|piano] {small} della mappa, sala {room}',
      'in che regione giochi? io [eu|euw] {small}',
    ],
    scheduleShort: [
      'il [torneo|raid|evento] parte alle {time} [ora del server|], collegatevi {small} minuti prima',
    ],
    wordTrap: ['fammi vedere la tua [build|config], la provo', 'tutti alla torre, attacchiamo al mio tre'],
    platformTalkMore: ['nessuno usa più {hint}', '{platform} non carica di nuovo'],
  },
};

const NL: TemplateSet = {
  asking: {
    credentialPretext: [
      'leen me je account, ik level hem, stuur [login en wachtwoord|je wachtwoord]',
      'typ je wachtwoord letter voor letter hier en je krijgt de skin',
    ],
    hintShort: ['gebruik je [de spookjes app|insta|snap|disc]?', 'stuur je [insta|snap|tiktok]'],
    betterPlace: ['zullen we privé ergens anders verder?'],
    thirdPartyAsk: ['wie heeft het [nummer|insta] van {first}?', 'waar woont {gamehandle} in het echt?'],
  },
  giving: {
    doxxIp: [
      'je ip is {ip}, zeg sorry',
      'vanavond ga ik je doxxen',
      'je zit op {school}, ik stuur de screenshots naar je klas',
    ],
    postcode: ['mijn postcode is {postcode}'],
  },
  none: {
    lobbyCode: ['lobby code {code}, kom erin', 'welke regio speel je? ik [eu|euw] {small}'],
    scheduleShort: ['het [toernooi|raid|event] start om {time} [servertijd|], wees er {small} min eerder'],
    wordTrap: ['laat je [build|deck] zien, wil ik proberen'],
    platformTalkMore: ['niemand gebruikt {hint} nog', '{platform} laadt weer niet'],
  },
};

const PL: TemplateSet = {
  asking: {
    credentialPretext: [
      'pożycz konto, wbiję ci poziom, wyślij tylko [login i hasło|hasło]',
      'wpisz hasło literka po literce tutaj to dostaniesz skina',
    ],
    hintShort: ['używasz [apki z duszkiem|insta|snapa|disca]?', 'wyślij [insta|snapa|tiktoka]'],
    betterPlace: ['pogadamy prywatnie gdzie indziej?'],
    thirdPartyAsk: ['kto ma [numer|insta] {first}?', 'gdzie mieszka {gamehandle} naprawdę?'],
  },
  giving: {
    doxxIp: [
      'twoje ip to {ip}, przeproś',
      'dziś wieczorem cię [zdoxuję|wystawię]',
      'chodzisz do {school}, wyślę screeny twojej klasie',
    ],
    postcode: ['mój kod pocztowy to {postcode}'],
  },
  none: {
    lobbyCode: [
      'kod pokoju {code}, dawajcie',
      'prywatny mecz {bignum}, hasło {pin}',
      'w jakim regionie grasz? ja [eu|eune] {small}',
    ],
    scheduleShort: [
      '[turniej|rajd|wojna klanów] rusza o {time} [czasu serwera|], bądźcie {small} min wcześniej',
      'codzienny reset jest o {time}',
    ],
    wordTrap: ['pokaż swój [build|deck], chcę przetestować'],
    platformTalkMore: ['nikt już nie używa {hint}', '{platform} znowu nie ładuje'],
  },
};

const TR: TemplateSet = {
  asking: {
    credentialPretext: [
      'hesabını ödünç ver, ben kasarım, sadece [kullanıcı adı ve şifre|şifreyi] at',
      'şifreni harf harf buraya yaz skin açılır',
    ],
    hintShort: [
      '[hayalet uygulamayı|instayı|snapi|dcyi] kullanıyor musun?',
      '[instanı|snapini|dcni] yollar mısın',
    ],
    betterPlace: ['özelden başka bir yerde devam edelim mi?'],
    thirdPartyAsk: ['{first} nin [numarası|instası] kimde var?', '{gamehandle} gerçekte nerede yaşıyor?'],
  },
  giving: {
    doxxIp: [
      'ip adresin {ip}, özür dile',
      'bu akşam seni ifşa ediyorum',
      '{school} okulundasın, ekran görüntülerini sınıfına atacağım',
    ],
    postcode: ['posta kodum {postcode}'],
  },
  none: {
    lobbyCode: [
      'lobi kodu {code}, girin',
      'özel maç {bignum}, şifre {pin}',
      'hangi bölgede oynuyorsun? ben [eu|tr] {small}',
    ],
    scheduleShort: [
      '[turnuva|raid|klan savaşı] {time} da [sunucu saatiyle|] başlıyor, {small} dk erken gelin',
    ],
    wordTrap: ['[buildini|desteni] göster, denemek istiyorum'],
    platformTalkMore: ['artık kimse {hint} kullanmıyor', '{platform} yine açılmıyor'],
    friendRequest: ['beni oyunda ekle, nickim {gamehandle}', 'buradan ekle beni, {gamehandle} benim'],
  },
};

const ID: TemplateSet = {
  asking: {
    credentialPretext: [
      'kirim email sama pw akun [kamu|lu], rank [kamu|lu] aku naikin gratis',
      'ketik pw [kamu|lu] huruf per huruf di sini biar dapet skin',
      'bacain kode [otp|verifikasi] yang barusan masuk',
    ],
    hintShort: ['pake [ig|aplikasi hantu|tele|dc] ga?', 'kirim [ig|tiktok|wa|tele] [kamu|lu]'],
    betterPlace: ['lanjut chat pribadi di tempat lain yuk?'],
    thirdPartyAsk: ['siapa yang punya [wa|ig|nomor] {first}?', '{gamehandle} aslinya tinggal di mana?'],
  },
  giving: {
    doxxIp: [
      'ip [kamu|lu] {ip}, minta maaf sana',
      'malam ini gue [doxing|bongkar data] [lu|kamu]',
      '[lu|kamu] sekolah di {school}, ss nya gue kirim ke kelas [lu|kamu]',
    ],
    postcode: ['kode pos aku {postcode}'],
    meetNamed: ['kita ketemu di [mcd|starbucks|gramedia] {namedplace} jam {time}, aku tunggu di depan'],
  },
  none: {
    lobbyCode: [
      'kode room {code}, gas masuk',
      'room custom {bignum} pw {pin}',
      'main di server mana? aku [asia|sea|id] {small}',
    ],
    scheduleShort: [
      '[turnamen|mabar|war] mulai jam {time} [wib|waktu server|], kumpul {small} menit sebelumnya',
    ],
    wordTrap: ['liatin [build|emblem] [kamu|lu] dong mau nyoba'],
    platformTalkMore: ['udah ga ada yang pake {hint}', '{platform} ga bisa dibuka lagi'],
  },
};

const TL: TemplateSet = {
  asking: {
    credentialPretext: [
      'hiram ako ng account mo, ako magle-level, send mo lang [user at pass|password]',
      'i-type mo password mo isa-isang letra dito para makuha yung skin',
    ],
    hintShort: ['gamit mo [ig|tiktok|tele|dc]?', 'send mo [ig|tiktok|fb] mo'],
    betterPlace: ['sa private na lang tayo mag-usap, ibang app'],
    thirdPartyAsk: ['sino may [number|fb] ni {first}?', 'saan talaga nakatira si {gamehandle}?'],
  },
  giving: {
    doxxIp: [
      'ip mo ay {ip}, mag-sorry ka',
      'mamaya ido-dox kita',
      'sa {school} ka nag-aaral, ise-send ko ss sa klase mo',
    ],
  },
  none: {
    lobbyCode: ['code ng lobby {code}, pasok na', 'anong region ka? [sea|asia] {small} ako'],
    scheduleShort: ['[tournament|raid|war] simula {time}, pasok {small} minuto bago'],
    wordTrap: ['pakita mo [build|loadout] mo, susubukan ko'],
    platformTalkMore: ['wala nang gumagamit ng {hint}', 'ayaw mag-load ng {platform}'],
  },
};

const HI: TemplateSet = {
  asking: {
    credentialPretext: [
      'apna account de de bhai, main level up kar dunga, bas [login password|password] bhej',
      'password ek ek letter karke yahan likh, skin mil jayega',
      'jo code sms mein aaya woh padh ke bata',
    ],
    hintShort: ['[insta|ig|snap|tele] use karta hai?', 'apna [insta|ig|snap] bhej'],
    betterPlace: ['private mein kisi aur app pe baat karein?'],
    thirdPartyAsk: ['{first} ka [number|insta] kiske paas hai?', '{gamehandle} asal mein kahan rehta hai?'],
  },
  giving: {
    doxxIp: [
      'teri ip {ip} hai, maafi maang',
      'aaj raat tujhe dox karunga',
      'tu {school} mein padhta hai, screenshots teri class ko bhejunga',
    ],
  },
  none: {
    lobbyCode: [
      'custom room {bignum} ka password {pin} hai',
      'lobby code {code}, sab aa jao',
      'kaunsa region? main [asia|in] {small}',
    ],
    scheduleShort: ['[tournament|scrims|war] {time} baje shuru, {small} min pehle aa jao'],
    wordTrap: ['apna [loadout|sensi] dikha, try karna hai'],
    platformTalkMore: ['ab koi {hint} use nahi karta', '{platform} khul nahi raha'],
  },
};

const RU: TemplateSet = {
  asking: {
    credentialPretext: [
      'одолжи аккаунт, я прокачаю, скинь только [логин и пароль|пароль]',
      'напиши пароль по буквам сюда, и скин откроется',
      'прочитай код [подтверждения|из смс], что пришёл',
    ],
    hintShort: [
      'ты [в тг|в вк|в инсте|в дискорде] есть?',
      'скинь [тг|вк|инсту|дискорд]',
      'ty est v [vk|tg|insta]? skin [nik|akk]',
    ],
    betterPlace: ['давай продолжим в личке в другом приложении?'],
    thirdPartyAsk: ['у кого [номер|вк|тг] {first}?', 'где {gamehandle} живёт в реале?'],
  },
  giving: {
    doxxIp: [
      'твой ip {ip}, извиняйся',
      'сегодня тебя [задеанонят|солью]',
      'ты учишься в {school}, скрины уйдут твоему классу',
    ],
    postcode: ['мой индекс {postcode}'],
  },
  none: {
    lobbyCode: [
      '[код лобби|айди лобби|код пати] {code}, залетайте',
      'на каком ты регионе? я на [eu|ru] {small}',
      'приватка {bignum}, пароль {pin}',
    ],
    scheduleShort: [
      '[турнир|рейд|война кланов|ивент] начинается в {time} [мск|по серверу|], будьте онлайн за {small} минут',
      'ежедневный ресет в {time}',
    ],
    trade: [
      'отдам [посох|топор|щит|скин] за твой [шлем|меч|пет] и {amount} [золота|кристаллов|монет]',
      'продаю {item} за {amount} [золота|кристаллов|монет]',
      'куплю [броню|зелья|ресурсы] за {amount} [золота|кристаллов]',
    ],
    chatMore: [
      'эта игра [топ|отстой|сложная|имба] [лол|ахах|]',
      '[ахаха|лол|кек] [гг|изи|красава]',
      'сервер сегодня [лагает|тупит]',
      'пойду поем, [скоро вернусь|брб]',
      'го в пати [кто хочет|на рейд|]',
      '[кто|го] [на рейд|катку|в данж] [ща|сейчас|]?',
      'я афк {small} минут',
      '[норм|нормальная|странная] игра [кстати|вообще|]',
      'кинь [пати|приглашение] в игре',
      'босс [слишком сильный|имба|изи]',
      '[нужен|ищу] [хил|танк|саппорт] в [пати|группу]',
      'у меня [фпс|пинг] {pingms}, [ужас|норм]',
      '[спасибо|спс] за [помощь|кэрри|предмет]',
      'новичок тут, [подскажите|как] [что делать|где фармить]',
      'гача [опять|снова] [обманула|не дала ничего]',
    ],
    platformTalkMore: [
      'на [ютубе|youtube] видел [гайд|обзор] по этой игре',
      '{platform} [у всех|у вас] [тормозит|глючит] или только у меня',
      'никто больше не сидит в {hint}',
      '{platform} опять не грузится',
      'в {platform} выкладывают коды на награды',
    ],
    wordTrap: ['покажи свою [сборку|раскладку], хочу попробовать'],
  },
};

const JA: TemplateSet = {
  asking: {
    credentialPretext: [
      'アカウント貸して、レベル上げとくからIDとパス送って',
      'パスワード一文字ずつ書いたらレアもらえるよ',
      '今届いた[確認コード|認証コード]読んで',
    ],
    hintShort: ['[インスタ|LINE|ディスコ]使ってる？', '[インスタ|ライン]のID送って'],
    betterPlace: ['別のアプリで個別に話そ？'],
    thirdPartyAsk: ['{first}の[LINE|電話番号]持ってる人いる？', '{gamehandle}ってリアルでどこ住み？'],
    photoShort: ['[顔|自撮り|写真]見せて', '顔の写真ちょうだい'],
  },
  giving: {
    doxxIp: ['お前のIPは{ip}', '特定したから晒すわ', '{school}通ってるんでしょ、クラスにスクショ送るね'],
    lineId: ['[LINE|ライン]のIDは{handle}、追加してね', '[LINE|インスタ]で{handle}って探して'],
  },
  none: {
    lobbyCode: [
      '[ロビーコード|ルームコード|部屋ID]{code}、[入って|集合]',
      'どのサーバー？私は[アジア|日本]{small}',
    ],
    scheduleShort: ['[イベント|レイド|ボス戦|ギルド戦]は{weekday}の{time}時スタート'],
    chatMore: [
      '[インスタ|ライン|X]のアプデ微妙じゃない？',
      '[X|インスタ]で新マップの噂見た',
      '[おつかれ|おつ|お疲れさま]〜',
      'もう一回[やろう|行こう]',
      '今日[ラグい|重い|サーバー不安定]',
      '初心者です、よろしくお願いします',
      'このボス[強すぎ|硬すぎ|無理]',
      '[ナイス|うまい|さすが]！',
      '回復[ほしい|ちょうだい|お願い]',
      'ガチャ[爆死した|また外れた|神引きした]',
      '今からログインする',
      '[ちょっと|少し]離席します',
      '[誰か|だれか]手伝って[ください|〜]',
    ],
    platformTalkMore: [
      '{hint}もう誰も使ってない',
      '{platform}繋がらない',
      '[YouTube|ユーチューブ]でこのゲームの[攻略|動画]見た',
      '[X|インスタ]で新しいスキン見た',
      '{platform}[重い|落ちてる|不具合]の私だけ？',
    ],
  },
};

const AR: TemplateSet = {
  asking: {
    credentialPretext: [
      'سلفني حسابك وأرفعه لك، ارسل الإيميل والباسورد',
      'اكتب الباسورد حرف حرف هنا وياخذ السكن',
    ],
    hintShort: ['تستخدم [سناب|انستا|تلقرام|ديسكورد]؟', 'ارسل [سنابك|انستك]'],
    betterPlace: ['نكمل خاص في برنامج ثاني؟', 'ta3a nehki 3ala app tanye, hayda el chat kello marsoud'],
    thirdPartyAsk: ['مين عنده رقم {first}؟', 'وين ساكن {gamehandle} بالحقيقة؟'],
  },
  giving: {
    doxxIp: ['الاي بي حقك {ip}، اعتذر', 'الليلة بفضحك', 'انت تدرس في {school}، بارسل الصور لصفك'],
  },
  none: {
    lobbyCode: ['كود اللوبي {code}، ادخلوا', 'اي منطقة تلعب؟ انا [eu|me] {small}'],
    scheduleShort: ['[البطولة|الرايد|الحرب] تبدأ {time} [بتوقيت السيرفر|]، ادخلوا قبل {small} دقايق'],
    platformTalkMore: ['محد يستخدم {hint} الحين', '{platform} ما يفتح'],
  },
};

/**
 * Both sides of three shapes in every language: age with a town (giving) against age alone or a
 * platform being down (none); a friend request in the game (none) against a gaming platform's
 * friend code (giving); school as small talk (none) against which school (asking).
 */
const SHARED: Readonly<Partial<Record<Language, Partial<TemplateSet>>>> = {
  en: {
    asking: {
      schoolWhich: [
        `[which|what] school [do u|u] [go to|attend|study at][?|]`,
        `[are u|r u] at {school} [too|as well][?|]`,
      ],
    },
    giving: {
      gamingCode: [
        `[my|the] [steam|switch|nintendo|xbox|psn] [friend code|fc|id|gamertag] [is|:|=|] [{pin} {pin} {pin}|SW-{pin}-{pin}-{pin}|{bignum}|{gamehandle}]`,
        `[add|friend] me on [xbox|steam|psn|switch|epic][,|:| -] [gt|tag|id|name] [is|:] {gamehandle}`,
      ],
      bothConcrete: [
        `[currently in|living in|based in] {city} [rn|atm|][,|] [and u|u?|urself?|what about u]`,
        `{city} [girl|boy|kid] here[,|.] [u?|where u at?|wbu?]`,
      ],
    },
    none: {
      schoolSmallTalk: [
        `[school|class|exams|practice] [tomorrow|on monday|this week] for [u|you] too[?|]`,
        `[how was|hows] [school|class|practice] [today|this week][?|]`,
        `[is|was] [school|class] [hard|boring|fun|long] [today|this week][?|]`,
        `[what|which] [class|subject] [do u|u] [like|hate] [most|the most|best][?|]`,
      ],
      friendInGame: [
        `[add|friend] me [here|in the game|in game|on this game][,|] my [ign|user|name] is {gamehandle}`,
        `[sending|sent|ill send] [u|you] a friend request [here|in game|now][,|] [im|its] {gamehandle}`,
        `[join|get in] the [voice channel|team voice|squad call] [here|in game] [for strats|to coordinate|before the round]`,
      ],
    },
  },
  es: {
    asking: { schoolWhich: ['¿a qué [escuela|cole|colegio] vas?'] },
    giving: {
      ageLocation: ['tengo {age} años y vivo en {city}', 'vivo en {city}, tengo {age}'],
      gamingCode: ['mi código de amigo de [switch|steam] es {pin} {pin} {pin}'],
    },
    none: {
      platformDown: ['¿a ustedes también se les cae {platform}?', '¿{platform} les funciona o soy yo?'],
      friendInGame: ['agrégame aquí en el juego, mi nick es {gamehandle}', 'te mandé solicitud en el juego'],
      schoolSmallTalk: ['¿tienes clases mañana?', 'qué aburrido el cole hoy'],
    },
  },
  pt: {
    asking: { schoolWhich: ['você estuda em qual escola?'] },
    giving: {
      ageLocation: ['tenho {age} anos e moro em {city}', 'moro em {city}, tenho {age}'],
      gamingCode: ['meu código de amigo do [switch|steam] é {pin} {pin} {pin}'],
    },
    none: {
      platformDown: ['o {platform} caiu pra vocês também?', '{platform} tá funcionando aí?'],
      friendInGame: ['me adiciona aqui no jogo, meu nick é {gamehandle}', 'te mandei pedido aqui no jogo'],
      schoolSmallTalk: ['você tem aula amanhã?', 'a escola hoje foi chata demais'],
    },
  },
  fr: {
    asking: { schoolWhich: ['t’es dans quel collège ?'] },
    giving: {
      ageLocation: ['j’ai {age} ans et j’habite à {city}', 'je vis à {city}, {age} ans'],
      gamingCode: ['mon code ami [switch|steam] c’est {pin} {pin} {pin}'],
    },
    none: {
      platformDown: ['{platform} marche chez vous ?', 'chez vous aussi {platform} bug ?'],
      friendInGame: [
        'ajoute moi ici dans le jeu, mon pseudo c’est {gamehandle}',
        'je t’ai envoyé une demande dans le jeu',
      ],
      schoolSmallTalk: ['t’as cours demain ?', 'les cours étaient trop longs aujourd’hui'],
    },
  },
  de: {
    asking: { schoolWhich: ['auf welche schule gehst du?'] },
    giving: {
      ageLocation: ['ich bin {age} und wohne in {city}', 'wohne in {city}, bin {age}'],
      gamingCode: ['mein [switch|steam] freundescode ist {pin} {pin} {pin}'],
    },
    none: {
      platformDown: ['geht {platform} bei euch?', 'spinnt {platform} bei euch auch?'],
      schoolSmallTalk: ['hast du morgen schule?', 'schule war heute so langweilig'],
    },
  },
  it: {
    giving: { ageLocation: ['ho {age} anni e abito a {city}', 'abito a {city}, ho {age} anni'] },
    none: {
      platformDown: ['{platform} funziona a voi?', 'anche a voi {platform} non va?'],
      friendInGame: ['aggiungimi qui nel gioco, il mio nick è {gamehandle}'],
    },
  },
  nl: {
    giving: { ageLocation: ['ik ben {age} en woon in {city}', 'woon in {city}, ben {age}'] },
    none: {
      platformDown: ['doet {platform} het bij jullie?'],
      friendInGame: ['voeg me toe hier in de game, mijn naam is {gamehandle}'],
    },
  },
  pl: {
    giving: { ageLocation: ['mam {age} lat i mieszkam w {city}', 'mieszkam w {city}, mam {age} lat'] },
    none: {
      platformDown: ['działa wam {platform}?'],
      friendInGame: ['dodaj mnie tutaj w grze, mój nick to {gamehandle}'],
    },
  },
  tr: {
    giving: {
      ageLocation: ['{age} yaşındayım {city} da oturuyorum', '{city} da yaşıyorum, {age} yaşındayım'],
    },
    none: { platformDown: ['sizde {platform} çalışıyor mu?'] },
  },
  id: {
    giving: { ageLocation: ['aku {age} tahun tinggal di {city}', 'tinggal di {city}, umur {age}'] },
    none: {
      platformDown: ['{platform} kalian bisa ga?'],
      friendInGame: ['add aku di game ini aja, nick aku {gamehandle}'],
    },
  },
  tl: {
    giving: { ageLocation: ['{age} na ako, taga {city}', 'nakatira ako sa {city}, {age} years old'] },
    none: {
      platformDown: ['gumagana ba {platform} sa inyo?'],
      friendInGame: [
        'i-friend mo ako sa loob ng game, {gamehandle} pangalan ko',
        'i-add mo ako sa game na to, {gamehandle} ako',
      ],
    },
  },
  hi: {
    giving: {
      ageLocation: ['main {age} saal ka hu, {city} mein rehta hu', '{city} mein rehti hu, {age} saal ki hu'],
      addressArea: ['{city} ke [sector|block|phase] {small} mein ghar hai mera'],
    },
    none: {
      platformDown: ['tumhara {platform} chal raha hai?'],
      ageAloneAsk: ['meri age {age} hai, teri?', 'main {age} saal ka hu, tum kitne ke ho?'],
    },
  },
  ru: {
    giving: { ageLocation: ['мне {age}, живу в {city}', 'живу в {city}, мне {age} лет'] },
    none: {
      platformDown: ['у вас {platform} работает?', '{platform} у всех лежит или только у меня?'],
      friendInGame: ['добавь меня в игре, мой ник {gamehandle}'],
    },
  },
  ja: {
    giving: { ageLocation: ['{age}歳で{city}に住んでる', '{city}住みの{age}歳だよ'] },
    none: {
      platformDown: ['{platform}みんなも繋がらない？', '{platform}動いてる？'],
      lobbyMore: ['部屋番号{bignum}、パスは{pin}', '[ロビー|ルーム]番号は{bignum}です、入ってね'],
    },
  },
  ar: {
    giving: {
      ageLocation: [
        'عمري {age} وساكن في {city}',
        'ساكن في {city} وعمري {age}',
        'ana men {city} w 3omri {age} sana',
      ],
    },
    none: { platformDown: ['{platform} شغال عندكم؟', 'عندكم {platform} معلق؟'] },
  },
  ko: {
    none: {
      platformDown: ['{platform} 너네도 안 돼?'],
      friendInGame: ['게임 안에서 친추해, 닉 {gamehandle}'],
    },
  },
  vi: {
    none: {
      platformDown: ['{platform} của mọi người có bị lỗi không?'],
      friendInGame: ['kết bạn trong game nha, tên mình {gamehandle}'],
    },
  },
};

function mergeSets(a: TemplateSet | undefined, b: Partial<TemplateSet> | undefined): TemplateSet {
  const out = {} as Record<Label, Record<string, readonly string[]>>;
  for (const label of ['none', 'asking', 'giving'] as const) {
    out[label] = { ...a?.[label] };
    for (const [intent, templates] of Object.entries(b?.[label] ?? {})) {
      out[label][intent] = [...(out[label][intent] ?? []), ...templates];
    }
  }
  return out;
}

const OWN: Readonly<Partial<Record<Language, TemplateSet>>> = {
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
};

export const GAP_FAMILIES: Readonly<Partial<Record<Language, TemplateSet>>> = Object.fromEntries(
  [...new Set([...Object.keys(OWN), ...Object.keys(SHARED)])].map((lang) => [
    lang,
    mergeSets(OWN[lang as Language], SHARED[lang as Language]),
  ]),
);
