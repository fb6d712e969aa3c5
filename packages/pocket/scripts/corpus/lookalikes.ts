/**
 * Harmless look-alikes the model still flags (issue 13, round 4): the `none` families the round-4
 * model still labelled asking or giving on the development sets (the families only: none of their
 * messages, phrasings, names or numbers are here). All `none`, in every language: an age alone
 * with a question back about age or school grade only, questions about gender, a country alone
 * (named, asked about or blamed for the ping); private-server, lobby, room and party codes in the
 * shapes people type them (4-4 and 3-3 digit groups, a code with a pin), elo, ratings, player ids
 * and damage numbers, prices in each language's money and in game currency, door and safe codes
 * inside a role-play map; plain chat that holds a word that sounds like personal data but swaps
 * nothing (streaming, a voice changer, a loadout, a screenshot, pets, school tomorrow), friend
 * requests by in-game name inside the game; and long posts of 200–400 characters in the shapes the
 * earlier long posts had fewer of: clan war and raid plans, build contests and events with dates
 * and prizes, HAVE/WANT trade lists, role-play town rules with house numbers in the map, life
 * stories (a wedding, a school project) and directions to a spot in a map by coordinates.
 */
import { choices, DIGIT_CHOICE, type Families } from './families.js';

/**
 * Each template with `<C>` in every shape a code is typed in: a plain code, two pins joined by a
 * dash, a 4-4 group and a 3-3 group.
 */
function codes(...templates: readonly string[]): string[] {
  const shapes = [
    '{code}',
    '{pin}-{pin}',
    `${choices(DIGIT_CHOICE, 4)}-${choices(DIGIT_CHOICE, 4)}`,
    `${choices(DIGIT_CHOICE, 3)} ${choices(DIGIT_CHOICE, 3)}`,
  ];
  return templates.flatMap((t) => shapes.map((s) => t.replace('<C>', s)));
}

/** Each template with `<D>` as a door or safe code is typed: together, digit by digit, dashed. */
function doors(...templates: readonly string[]): string[] {
  const shapes = [
    '{pin}',
    choices(DIGIT_CHOICE, 4, ' '),
    choices(DIGIT_CHOICE, 4, '-'),
    choices(DIGIT_CHOICE, 3),
  ];
  return templates.flatMap((t) => shapes.map((s) => t.replace('<D>', s)));
}

export const EN: Families = {
  none: {
    ageGradeBack: [
      `[im|i'm|am] {age}[,| and| lol] [u?|wbu?|hbu?|what about u?|ur age?|same as u?]`,
      `{age} [yrs|years] old[,|] [a|] [3rd|4th|5th|6th|7th|8th|9th] grader[ lol|][, u?| wbu|]`,
      `[ur in|r u in|u in] [5th|6th|7th|8th|9th] grade [right|too|or]?[ u type like it lol|]`,
      `[turned|turning] {age} [today|last week|next month|on {weekday}][ 🎉| lol|][, how old r u|, wbu|]`,
      `[how old|what age] [r u|are u|u] [btw|again|fr][?|] [u play like|u sound like|ur voice is like] [a {age} year old|ur {age}|a grown up][ lol| ngl|]`,
      `[im|i'm] [only |literally |]{age}[ and|,] [still in|finishing|about to start] [middle school|year {small}|grade {small}][ lol|, hbu?|]`,
      `[same|omg same|no way same] [im|i'm] {age} too[!|] [what grade|which year] [r u|are u][?|]`,
    ],
    genderQuestionNone: [
      `[u a|r u a|are u a] [girl|boy|guy][?|??] [cant tell from|just asking cuz of|thought so from] [ur voice|the mic|ur avatar][ lol| no hate|]`,
      `[boy or girl|girl or boy|guy or girl|m or f][?|??][ just wondering| cuz of ur avatar| no hate|]`,
      `[wait|hold on|lol] [ur|you're] a [girl|boy]?[ i thought|] [ur avatar|ur skin|the pink skin] [fooled me|said otherwise][ lol|]`,
      `[is|r] {first} a [boy|girl|boys name|girls name][?|] [i never know|cant tell][ lol|]`,
    ],
    countryOnlyTalk: [
      `[u from|r u from|are u from] [the uk|the us|australia|{country}][?|??] [the way u|cuz u] [spell colour|say mate|say y'all|say cheers][ lol|]`,
      `ur ping [is|says] {pingms}[ms|] [lol|bro][,|] [what country is that|which country r u even in|u playing from another country]?`,
      `[anyone|who else is] [here |]from {country}[?|??][ the servers suck there| we need a team| lets squad up|]`,
      `[im|i'm] from {country}[ btw|][,| so] [ping|lag] is [rough|bad|{pingms}][ lol| sorry|]`,
      `{country} [server|region|lobby] [or|?] [eu|na|asia][?|]`,
      `[lol|haha] [is|r] u [from|in] {country}[?|] [ur english is|u type|u spell] like [it|ur from there][ lol|]`,
    ],
    privateCodeShapes: codes(
      `[private server|ps|priv server|vip server] code [is|:|=|] <C>[ join up| hop in| quick| come|]`,
      `[party|lobby|squad|room|custom] code <C>[,| -] [get in|everyone join|2 spots left|hurry][ lol|]`,
      `[new|updated] [code|server code][:|] <C>[, old one is dead| the other server crashed|]`,
      `[join|come to] [my|our] [private server|vip server|lobby], [code|id] <C>[ pw {pin}| pass {pin}|]`,
      `[code|pw|server pass] [changed|expired][,|] [now|new one] <C>`,
    ),
    gameStatNumbers: [
      `[elo check|rank check|mmr check][:|,] [im at|sitting at|stuck at] {score}[, u?|, wbu|, pain]`,
      `[referral|invite] [bonus|code][:|] [type|put] my [player|account|game] id {bignum} when u [sign up|start] in game[ and we both get {currency}| ty|]`,
      `[did|hit|dealt] {bigscore} [damage|dmg] [on the boss|in that round|with one combo][ 😳| lol| no way|]`,
      `[my|ur] [uid|player id|profile id] [is|:] {bignum}[, check my stats| for the clan list| send me an invite in game|]`,
      `[lost|gained|dropped] [20|30|45|60|100] [elo|mmr|lp|rp] [in one game|tonight|in 3 games][ 😭| im done| lol|]`,
      `[ur|my] [kd|k/d] is {decimal} and [ur|my] [elo|rank] is {score}[ how lol| makes no sense|]`,
    ],
    localPrices: [
      `[the new pass|the bundle|that skin|the new emote] [costs|is like|went to] {amount} {currency}[ now| this season| again][?|, no way| smh|]`,
      `[bought|got] [the|a] [skin|bundle|gift card] for {price}[ on sale| lol| totally worth|]`,
      `[is|r] {item} [worth|really worth] {amount} {currency}[?|??][ seems like a lot|]`,
      `[gem|coin|robux] packs [went up|cost] [to |]{price} [now|this week][ smh|]`,
    ],
    rpDoorCode: doors(
      `[the|that] [vault|safe|locker|back door] [at|in] the [bank|gas station|police hq|jewelry store|mansion] [is|opens with|code is] <D>[, take the loot| hide from the cops| lol|]`,
      `[rp|roleplay] [tip|rule][:|] [the|our] [hideout|base|club] door code is <D>[, only for the gang| dont leak it to cops lol|]`,
      `[in|on] the [hotel|school|prison] map the [keypad|lock|code] [on floor {small}|by the stairs|in room {room}] is <D>`,
    ),
    chatPiiWords: [
      `[anyone awake|still on|u online][?|??] [one ranked game|couple games|a quick duo][ before bed| lol|]`,
      `[ok this mode|this map|this gamemode] [is dead boring|got old|is so mid][,|] [lets switch|change it|pick another one][ pls| lol|]`,
      `[anyone|who] [else |][managed to get|grabbed|still missing] the {item} [from the event|from todays reward|before it left][?|??][ lol|]`,
      `[might|prob|maybe ill] go live [tonight|later|after dinner][, not sure yet| idk| lol|]`,
      `[that|ur|the] voice changer [has me dying|is so funny|makes u sound like a robot][ 😂| lmao| lol|]`,
      `[send|show|post] ur [loadout|build|settings|crosshair code][, want to steal it| pls| its so clean|]`,
      `[chat|text chat|the chat box] [is glitching|keeps lagging|is broken][, everything i type sends twice|, my msgs disappear|, cant see anything| again|]`,
      `[that|the] [screenshot|clip|pic of the map] [is all pixelated|is way too dark|got cut off][ lol|, resend it|]`,
      `[any|got any] pets [irl|at home][?|] [i got {small} cats|mine is a hamster|my dog just barked at my screen|]`,
      `[school|class] [tmrw|tomorrow|on {weekday}] for u [too|as well][?|] [im dreading it|i have a test 😭|lucky if not|]`,
    ],
    ingameFriendByName: [
      `[sent|send] u a friend request[,|] [im|my name is|my ign is|i'm] {gamehandle} [in game|here|in the lobby][ accept it|]`,
      `[add me|friend me] in [the game|here|this game][,|] [my|] [ign|username|name] [is |]{gamehandle}[ 🙂|]`,
      `[accept|did u get] my [friend request|invite|party invite][? its|, its] {gamehandle}[ lol|]`,
    ],
    longPostMapLife: [
      `[⚔️ |📢 |][clan war|war plan|raid plan] for {weekday}[!|:] we [start|attack] at {time} [server time|sharp]. [front line|tanks] [takes|hold] the [north gate|bridge|east tower], [archers|ranged] [stay on the walls|cover from the hill], [healers|support] [stay back|follow the tanks]. [everyone|all of u] online [15|10|20] min early, {small} attacks each, [no solo pushes|no afk]. if u cant make it say so in clan chat so we can sub u. [gl everyone|lets win this one]`,
      `[🏗️ |📢 |][build contest|event|summer contest] [starts|opens] {month} {ordinal} and [ends|closes] {month} {ordinal}! theme is [floating islands|haunted houses|tiny villages|sky temples]. max plot [32|48|64]x[32|48|64], [no copied builds|one entry each]. [1st place|winner] gets {amount} {currency}[ and a special role|], 2nd gets {amount}. post screenshots in the [contest channel|build thread] only. [have fun|good luck] builders!!`,
      `trade list[!|:] HAVE: {item}, {small}x {item}, {item}, {amount} {currency}. WANT: {item}, {item} or [good offers|adds]. [no lowballs|values checked before i accept|no trades for {item} pls]. [trades in game only|i only trade in the trade hub], [ping me here|reply here] if ur interested. [not doing middleman stuff|no scams pls ive been scammed before]`,
      `[town|rp|roleplay] [rules|guide] [for|in] the [new|] [city|town|neighborhood] map: [each player|every family] [picks|gets] [a house|one lot] on [maple|candy|ocean|river] [road|street], [the mayor|i] [live|lives] at number {rpnum}, the [bakery|fire station|clinic] is number {rpnum}. [pretend|rp] phone numbers [are only|stay between] 1 [and|to] {small}0. [no flying cars|no trolling the cops] or its {small} min in the [cells|time out corner]. [enjoy|keep it fun]!`,
      `[sorry|sry] i was [gone all weekend|missing yesterday|offline], my [aunt|uncle|big brother|cousin] got married and the party went [way too long|till super late|on forever], i ate like {small} pieces of cake and [danced|got dragged onto the dance floor] the whole night lol. [so|ok so] [what happened|did the raid happen|who got the event pet] while i was away, [catch me up|fill me in] pls`,
      `[ugh|ok so|real talk] this [week|month] is [packed|chaos] with school: [a volcano model|a poster about space|a group video about recycling] for [science|geography|art] on {weekday}, [an oral report|a reading test] on {weekday}, plus [math homework|a vocab quiz] every night. so [im barely on|dont expect me much] till {weekday}, [save me a spot|dont finish the event] without me pls`,
      `[how to find|route to|way to] the [hidden temple|secret cave|treasure room|sunken ship]: [leave|start at] spawn and [head|walk] [north|south|east|west] [past|through] the [birch forest|desert|swamp|mountains], [cross|follow] the [river|rail line|road] until x {coord} z {coord}, [theres a|look for the] [crack in the cliff|pile of gravel|hole in the ground] [with|near] [torches|a sign|vines]. dig down [20|30|40] blocks, [turn left|go right] at the [spider spawner|minecart|fork] and the [chest|loot] is [behind|under] the [lava|water|stone wall]`,
      `[finally|ok] finished my [giant castle|huge pixel art|replica ship|whole medieval city] in {game} after [like {small} hours|three days|all weekend], its {level} blocks [tall|wide] with [a moat|a secret room|working doors]. [somebody|a griefer|my little brother] already [blew a hole in the wall|set the roof on fire|stole the banners] lol. [its at|coords are] {coord} [64|70|80] {coord} if anyone wants [a tour|to help fix it]`,
    ],
  },
};

export const ES: Families = {
  none: {
    ageGradeBack: [
      `tengo {age}[ jaja|,] [y tu?|tu cuantos?|y vos?]`,
      `[tengo|yo] {age} y [voy en|estoy en] [tercero|cuarto|quinto|sexto|primero de secundaria][, tu?|]`,
      `[en que|que] grado [vas|estas][?|] [yo en sexto|yo en quinto|]`,
    ],
    genderQuestionNone: [
      `[eres|sos] [chico o chica|niño o niña|hombre o mujer][?|] [por la voz|por el avatar|no se][ jaja|]`,
      `[ah|espera] [eres|sos] chica? [pense que|crei que] eras chico[ jaja|]`,
    ],
    countryOnlyTalk: [
      `[eres|sos] de {country}? [hablas|escribes] como de alla[ jaja|]`,
      `[de que|que] pais [eres|sos|juegas][?|] [tienes|tenes] {pingms} de ping[ jaja|]`,
      `[alguien|alguno] de {country} [para jugar|en el server][?|]`,
    ],
    privateCodeShapes: codes(
      `codigo del [server privado|ps|vip] <C>[ entren| rapido|]`,
      `[sala|partida|lobby] <C>[, clave {pin}|, entren ya|]`,
    ),
    gameStatNumbers: [
      `[cuanto|que] elo [tienes|tenes]? yo {score}[ 😭|]`,
      `mi id de jugador es {bignum}[, ponlo para el bono de referido| para el clan|]`,
      `le hice {bigscore} de daño al [jefe|boss][ jaja|]`,
    ],
    localPrices: [
      `[el pase|la skin|el paquete] [cuesta|sale] {amount} {currency}[ ahora|?]`,
      `[lo compre|me salio] en [{amount} pesos|{amount}€|{price}][ en oferta|]`,
    ],
    rpDoorCode: doors(
      `la [caja fuerte|puerta] del [banco|hospital|cuartel] en el mapa es <D>[, vayan por el dinero|]`,
      `codigo de la [base|guarida] en el rp: <D>[ no lo pasen a los polis|]`,
    ),
    chatPiiWords: [
      `[estas despierto|sigues ahi|alguien conectado][?|] [unas rankeds|una partida rapida][?|]`,
      `[podemos|vamos a] jugar otra cosa[?|,] esto ya [aburre|cansa][ jaja|]`,
      `[voy a|quizas] [hacer stream|stremear] [mas tarde|esta noche][ no se|]`,
      `[pasame|muestra] tu [loadout|build|config][, te la quiero copiar|]`,
      `[tienes|tenes] mascotas? yo tengo {small} [gatos|perros]`,
      `[mañana|el {weekday}] tienes cole? yo [si|tengo examen][ 😭|]`,
    ],
    ingameFriendByName: [
      `te [envie|mande] [solicitud|invitacion][,|] en el juego [me llamo|soy] {gamehandle}`,
      `[agregame|aceptame] aca en el juego, [mi nick|mi nombre] es {gamehandle}`,
    ],
    longPostMapLife: [
      `[⚔️ |📢 |]plan de guerra del clan para el {weekday}: empezamos a las {time} hora del server. los tanques [toman|aguantan] el puente, los arqueros [se quedan en las murallas|cubren desde la colina], los healers atras. todos conectados [10|15] min antes, {small} ataques cada uno. si no pueden venir avisen en el chat del clan para cambiarlos. [a ganar|suerte a todos]`,
      `lista de intercambio: TENGO {item}, {small}x {item}, {item} y {amount} {currency}. BUSCO {item}, {item} o buenas ofertas. [nada de ofertas bajas|reviso valores antes de aceptar], intercambios solo dentro del juego en la zona de trade. [respondan aqui|avisen aqui] si les interesa, no hago middleman`,
      `reglas del pueblo rp: cada uno elige una casa en la calle [del mar|de los pinos|principal] del mapa, la mia es el numero {rpnum} y la [comisaria|clinica|panaderia] es la {rpnum}. los telefonos del rp van del 1 al {small}0 nomas. quien rompa el personaje va {small} min a la [carcel|celda] del mapa. [diviertanse|a rolear]!`,
    ],
  },
};

export const PT: Families = {
  none: {
    ageGradeBack: [
      `tenho {age}[ kkk|,] [e vc?|vc tem quantos?|e tu?]`,
      `{age} anos, [to no|estou no] [quinto|sexto|setimo|oitavo] ano[, e vc?|]`,
      `vc ta em que [ano|serie][?|] eu no [sexto|setimo]`,
    ],
    genderQuestionNone: [
      `vc é [menina ou menino|garoto ou garota|mulher ou homem][?|] [pela voz nao sei|pelo avatar][ kkk|]`,
      `[pera|ue] vc é [menina|menino]? achei que era [menino|menina] kkk`,
    ],
    countryOnlyTalk: [
      `vc é de {country}? [fala|escreve] igual gente de la kkk`,
      `[de que|qual] pais vc [é|joga][?|] seu ping ta {pingms}`,
      `alguem de {country} ai [pra jogar|no server][?|]`,
    ],
    privateCodeShapes: codes(
      `codigo do [servidor privado|ps|vip] <C>[ entra ai| rapido|]`,
      `[sala|partida|lobby] <C>[, senha {pin}| entrem|]`,
    ),
    gameStatNumbers: [
      `qual seu elo? o meu ta {score}[ kkk|]`,
      `meu id no jogo é {bignum}[, usa pro bonus de indicação| pro cla|]`,
      `dei {bigscore} de dano no boss[ kkk|]`,
    ],
    localPrices: [
      `[o passe|a skin|o pacote] ta {amount} {currency}[ agora|?]`,
      `comprei por [R$ {amount}|{price}][ na promo|]`,
    ],
    rpDoorCode: doors(
      `o cofre do [banco|hospital|quartel] no mapa é <D>[, pega a grana|]`,
      `senha da porta da [base|gangue] no rp: <D>[ nao conta pros policiais|]`,
    ),
    chatPiiWords: [
      `[ta acordado|ainda ta on|alguem on][?|] [bora rankear|uma rapidinha][?|]`,
      `bora jogar outra coisa[?|,] isso ja [cansou|ta chato]`,
      `vou fazer live [mais tarde|hoje a noite][ talvez|]`,
      `[manda|mostra] teu [loadout|build|config][, quero copiar|]`,
      `vc tem pet? eu tenho {small} [gatos|cachorros]`,
      `tem aula amanha? eu tenho [prova|trabalho][ 😭|]`,
    ],
    ingameFriendByName: [
      `te mandei [pedido|convite][,|] aqui no jogo sou {gamehandle}`,
      `me adiciona no jogo, meu nick é {gamehandle}`,
    ],
    longPostMapLife: [
      `[⚔️ |📢 |]plano da guerra de cla pra {weekday}: começa às {time} no horario do servidor. tanks seguram a ponte, arqueiros ficam na muralha, healers atras deles. todo mundo on [10|15] min antes, {small} ataques cada. se nao puder vir avisa no chat do cla pra gente trocar. [bora ganhar|boa sorte galera]`,
      `lista de troca: TENHO {item}, {small}x {item}, {item} e {amount} {currency}. QUERO {item}, {item} ou ofertas boas. [sem oferta baixa|confiro os valores antes]. troca so dentro do jogo, na area de trade. responde aqui se tiver interesse, nao faço middleman`,
      `voltei! fui no casamento da minha [prima|tia|irma] e a festa foi ate {time}, comi {small} pedaços de bolo e dancei a noite toda kkk. to morto. e ai, o que eu perdi? vcs fizeram a raid sem mim ou ainda tao travados no [segundo|terceiro|ultimo] boss?`,
    ],
  },
};

export const FR: Families = {
  none: {
    ageGradeBack: [
      `j'ai {age} ans[,| mdr] [et toi ?|toi t'as quel age ?|et vous ?]`,
      `{age} ans, je suis en [cm2|6eme|5eme|4eme|3eme][ et toi ?|]`,
      `t'es en quelle classe[ ?|] moi [5eme|6eme|cm2]`,
    ],
    genderQuestionNone: [
      `t'es [une fille ou un garçon|un gars ou une fille][ ?|] [a ta voix jsp|ton avatar m'a perdu][ mdr|]`,
      `attends t'es une fille ?? je croyais un [mec|garçon] mdr`,
    ],
    countryOnlyTalk: [
      `t'es de {country} ? tu parles comme là bas mdr`,
      `tu joues depuis quel pays[ ?|] t'as {pingms} de ping`,
      `quelqu'un de {country} [pour jouer|ici] ?`,
    ],
    privateCodeShapes: codes(
      `code du [serveur privé|ps|vip] <C>[ venez| vite|]`,
      `[partie|salon|lobby] <C>[, mdp {pin}| go|]`,
    ),
    gameStatNumbers: [
      `t'as combien d'elo ? moi {score}[ 😭|]`,
      `mon id en jeu c'est {bignum}[, mets le pour le bonus de parrainage| pour le clan|]`,
      `j'ai mis {bigscore} de dégats au boss[ mdr|]`,
    ],
    localPrices: [
      `[le pass|le skin|le pack] coûte {amount} {currency}[ maintenant| ?]`,
      `acheté pour [{amount}€|{price}][ en promo|]`,
    ],
    rpDoorCode: doors(
      `le coffre de la [banque|prison|mairie] sur la map c'est <D>[, prenez l'argent|]`,
      `code de la porte du [repaire|qg] en rp: <D>[ le dites pas aux flics|]`,
    ),
    chatPiiWords: [
      `[t'es réveillé|t'es co|quelqu'un co][ ?|] [une ranked|une petite game][ ?|]`,
      `on peut jouer a autre chose[ ?|,] ça devient [chiant|relou]`,
      `je vais peut etre [streamer|faire un live] [ce soir|plus tard]`,
      `[envoie|montre] ton [loadout|stuff|build][, je veux le copier|]`,
      `t'as des animaux ? moi {small} [chats|chiens]`,
      `t'as cours demain ? moi [oui|contrôle de maths][ 😭|]`,
    ],
    ingameFriendByName: [
      `je t'ai envoyé une demande[,|] dans le jeu je m'appelle {gamehandle}`,
      `ajoute moi en jeu, mon pseudo c'est {gamehandle}`,
    ],
    longPostMapLife: [
      `[📢 |🏗️ |]concours de construction du {ordinal} au {ordinal} {month} ! thème: [îles volantes|maisons hantées|petits villages]. parcelle max [32|64]x[32|64], une seule participation par joueur. le 1er gagne {amount} {currency}[ et un rôle spécial|], le 2e {amount}. postez vos captures dans le salon du concours uniquement. bonne chance les builders !!`,
      `règles du village rp: chacun prend une maison dans la rue [des pins|de la mer|principale] sur la map, la mienne c'est le numéro {rpnum} et [l'hopital|la boulangerie|le commissariat] c'est le {rpnum}. les numéros de tel rp vont de 1 à {small}0 seulement. si vous sortez du perso c'est {small} min en prison sur la map. amusez vous !`,
      `chemin vers le [temple caché|trésor|vieux bateau]: de la spawn allez vers le [nord|sud|est] jusqu'au [désert|marais|biome de glace], suivez la rivière jusqu'à x {coord} z {coord}, il y a une grotte avec des torches. descendez de [20|30] blocs, prenez le tunnel de [gauche|droite] et le coffre est derrière la lave. prenez de la résistance au feu`,
    ],
  },
};

export const DE: Families = {
  none: {
    ageGradeBack: [
      `bin {age}[ lol|,] [und du?|wie alt bist du?|du?]`,
      `{age} jahre, bin in der [4.|5.|6.|7.|8.] klasse[, du?|]`,
      `in welcher klasse bist du[?|] ich [6.|7.]`,
    ],
    genderQuestionNone: [
      `bist du [ein mädchen oder ein junge|junge oder mädchen][?|] [wegen der stimme|wegen dem avatar][ lol|]`,
      `warte du bist ein mädchen? dachte du bist ein junge lol`,
    ],
    countryOnlyTalk: [
      `bist du aus {country}? du schreibst so lol`,
      `aus welchem land spielst du[?|] dein ping ist {pingms}`,
      `jemand aus {country} [zum zocken|hier][?|]`,
    ],
    privateCodeShapes: codes(
      `[privater server|ps|vip server] code <C>[ kommt rein| schnell|]`,
      `[lobby|raum|party] <C>[, pw {pin}| joint|]`,
    ),
    gameStatNumbers: [
      `wie viel elo hast du? ich {score}[ 😭|]`,
      `meine spieler id ist {bignum}[, gib die für den werbebonus ein| für den clan|]`,
      `hab {bigscore} schaden am boss gemacht[ lol|]`,
    ],
    localPrices: [
      `[der pass|das skin|das bundle] kostet {amount} {currency}[ jetzt|?]`,
      `für [{amount}€|{price}] gekauft[ im sale|]`,
    ],
    rpDoorCode: doors(
      `der tresor in der [bank|polizeiwache] auf der map ist <D>[, holt das geld|]`,
      `türcode vom [versteck|hq] im rp: <D>[ nicht den cops sagen|]`,
    ),
    chatPiiWords: [
      `[bist du noch wach|noch on|wer ist on][?|] [ne runde ranked|kurz zocken][?|]`,
      `können wir was anderes spielen[?|,] wird langweilig`,
      `streame [später|heute abend] vielleicht`,
      `[zeig|schick] mal dein [loadout|build|setup][, will ich kopieren|]`,
      `hast du haustiere? ich hab {small} [katzen|hunde]`,
      `hast du morgen schule? ich [ja|hab ne arbeit][ 😭|]`,
    ],
    ingameFriendByName: [
      `hab dir ne anfrage geschickt[,|] im spiel bin ich {gamehandle}`,
      `adde mich ingame, mein name ist {gamehandle}`,
    ],
    longPostMapLife: [
      `[⚔️ |📢 |]clankrieg am {weekday}: start um {time} serverzeit. tanks halten die brücke, fernkämpfer bleiben auf der mauer, heiler dahinter. alle [10|15] min vorher online, {small} angriffe pro person. wer nicht kann, schreibt es in den clanchat damit wir tauschen. [viel glück|holen wir uns den sieg]`,
      `tauschliste: HABE {item}, {small}x {item}, {item} und {amount} {currency}. SUCHE {item}, {item} oder gute angebote. keine lowballs bitte, ich prüfe die werte vorher. getauscht wird nur im spiel am handelsplatz. schreibt hier wenn ihr interesse habt, kein middleman`,
      `sorry war das ganze wochenende weg, meine [cousine|tante|schwester] hat geheiratet und die feier ging bis {time}, hab {small} stück kuchen gegessen und die ganze nacht getanzt lol. was hab ich verpasst? habt ihr den raid ohne mich gemacht oder hängt ihr noch beim [zweiten|dritten|letzten] boss?`,
    ],
  },
};

export const IT: Families = {
  none: {
    ageGradeBack: [
      `ho {age} anni[,| ahah] [e tu?|tu quanti ne hai?]`,
      `{age} anni, faccio la [quinta|prima media|seconda media|terza media][ e tu?|]`,
    ],
    genderQuestionNone: [
      `sei [un maschio o una femmina|ragazzo o ragazza][?|] [dalla voce non capisco|per l'avatar][ ahah|]`,
      `aspetta sei una ragazza? pensavo un ragazzo ahah`,
    ],
    countryOnlyTalk: [
      `sei di {country}? scrivi come loro ahah`,
      `da che paese giochi[?|] hai {pingms} di ping`,
      `qualcuno di {country} qui?`,
    ],
    privateCodeShapes: codes(
      `codice [server privato|ps|vip] <C>[ entrate| veloci|]`,
      `[stanza|lobby|partita] <C>[, pass {pin}|]`,
    ),
    gameStatNumbers: [
      `quanto elo hai? io {score}[ 😭|]`,
      `il mio id di gioco è {bignum}[, mettilo per il bonus invito| per il clan|]`,
      `ho fatto {bigscore} di danno al boss`,
    ],
    localPrices: [
      `[il pass|la skin|il pacchetto] costa {amount} {currency}[ adesso|?]`,
      `preso a [{amount}€|{price}][ in offerta|]`,
    ],
    rpDoorCode: doors(
      `la cassaforte della [banca|caserma] nella mappa è <D>[, prendete i soldi|]`,
      `codice della porta del [covo|quartier generale] nel rp: <D>`,
    ),
    chatPiiWords: [
      `[sei sveglio|ancora on|qualcuno on][?|] [una ranked|una partita veloce][?|]`,
      `giochiamo a qualcos'altro? sta diventando noioso`,
      `forse faccio una live [stasera|più tardi]`,
      `[mandami|fammi vedere] il tuo [loadout|build][, lo copio|]`,
      `hai animali? io ho {small} [gatti|cani]`,
      `domani hai scuola? io [sì|ho una verifica][ 😭|]`,
    ],
    ingameFriendByName: [
      `ti ho mandato la richiesta[,|] nel gioco sono {gamehandle}`,
      `aggiungimi in gioco, il mio nick è {gamehandle}`,
    ],
    longPostMapLife: [
      `[📢 |🏗️ |]gara di costruzioni dal {ordinal} al {ordinal} {month}! tema: [isole volanti|case infestate|villaggi]. lotto massimo [32|64]x[32|64], una sola opera a testa. il primo vince {amount} {currency}, il secondo {amount}. postate gli screenshot solo nel canale della gara. buona fortuna a tutti i builder!!`,
      `lista scambi: HO {item}, {small}x {item}, {item} e {amount} {currency}. CERCO {item}, {item} o buone offerte. niente offerte basse, controllo i valori prima. scambi solo dentro il gioco nella zona trade. rispondete qui se vi interessa, niente middleman`,
    ],
  },
};

export const NL: Families = {
  none: {
    ageGradeBack: [
      `ben {age}[ lol|,] [en jij?|hoe oud ben jij?]`,
      `{age} jaar, zit in groep [6|7|8][, jij?|]`,
    ],
    genderQuestionNone: [
      `ben je een [meisje of jongen|jongen of meisje][?|] [door je stem|door je avatar][ lol|]`,
    ],
    countryOnlyTalk: [
      `kom je uit {country}? je typt zo lol`,
      `uit welk land speel je[?|] je ping is {pingms}`,
    ],
    privateCodeShapes: codes(`[private server|ps|vip] code <C>[ kom erin|]`, `[lobby|room] <C>[, ww {pin}|]`),
    gameStatNumbers: [
      `hoeveel elo heb jij? ik {score}`,
      `mijn speler id is {bignum}[ voor de referral bonus| voor de clan|]`,
    ],
    localPrices: [`[de pass|die skin] kost {amount} {currency}[ nu|?]`, `gekocht voor [{amount}€|{price}]`],
    rpDoorCode: doors(`de kluis in de [bank|politiepost] op de map is <D>`),
    chatPiiWords: [
      `[ben je wakker|nog online|wie is on][?|] [potje ranked|even spelen][?|]`,
      `ga [later|vanavond] misschien streamen`,
      `heb je huisdieren? ik heb {small} [katten|honden]`,
      `heb je morgen school? ik [wel|heb een toets][ 😭|]`,
    ],
    ingameFriendByName: [`heb je een verzoek gestuurd[,|] in de game ben ik {gamehandle}`],
    longPostMapLife: [
      `ruillijst: HEB {item}, {small}x {item}, {item} en {amount} {currency}. ZOEK {item}, {item} of goede biedingen. geen lage biedingen, ik check de waardes eerst. ruilen alleen in de game bij de trade plek. reageer hier als je interesse hebt, geen middleman`,
      `[⚔️ |📢 |]clan oorlog op {weekday}: we beginnen om {time} servertijd. tanks houden de brug, boogschutters op de muur, healers erachter. iedereen [10|15] min eerder online, {small} aanvallen per persoon. kun je niet, zeg het in de clanchat dan wisselen we. succes allemaal`,
    ],
  },
};

export const PL: Families = {
  none: {
    ageGradeBack: [
      `mam {age} lat[ xd|,] [a ty?|ile ty masz?]`,
      `{age} lat, jestem w [4|5|6|7|8] klasie[, a ty?|]`,
    ],
    genderQuestionNone: [
      `jestes [dziewczyna czy chlopakiem|chlopakiem czy dziewczyna][?|] [po glosie nie wiem|przez avatar][ xd|]`,
    ],
    countryOnlyTalk: [
      `jestes z {country}? piszesz jak oni xd`,
      `z jakiego kraju grasz[?|] masz {pingms} pingu`,
    ],
    privateCodeShapes: codes(
      `kod [prywatnego serwera|ps|vip] <C>[ wbijajcie|]`,
      `[lobby|pokoj] <C>[, haslo {pin}|]`,
    ),
    gameStatNumbers: [
      `ile masz elo? ja {score}`,
      `moje id w grze to {bignum}[, wpisz do bonusu polecen| do klanu|]`,
    ],
    localPrices: [
      `[karnet|ten skin] kosztuje {amount} {currency}[ teraz|?]`,
      `kupilem za [{amount} zl|{price}]`,
    ],
    rpDoorCode: doors(`sejf w [banku|komisariacie] na mapie to <D>`),
    chatPiiWords: [
      `[nie spisz|jestes on|ktos on][?|] [gramy rankeda|szybka gra][?|]`,
      `moze [pozniej|wieczorem] odpale stream`,
      `masz zwierzaki? ja mam {small} [koty|psy]`,
      `masz jutro szkole? ja [tak|sprawdzian][ 😭|]`,
    ],
    ingameFriendByName: [`wyslalem ci zaproszenie[,|] w grze jestem {gamehandle}`],
    longPostMapLife: [
      `[⚔️ |📢 |]plan wojny klanowej na {weekday}: start o {time} czasu serwera. tanki trzymaja most, lucznicy na murach, healerzy z tylu. wszyscy online [10|15] min wczesniej, {small} ataki na osobe. jak nie mozesz to napisz na czacie klanu, to kogos wstawimy. powodzenia wszystkim`,
      `[📢 |🏗️ |]konkurs budowania od {ordinal} do {ordinal} {month}! temat: [latajace wyspy|nawiedzone domy|male wioski]. dzialka max [32|64]x[32|64], jedna praca na osobe. 1 miejsce dostaje {amount} {currency}, 2 miejsce {amount}. screeny wrzucajcie tylko na kanal konkursu. powodzenia budowniczowie!!`,
    ],
  },
};

export const TR: Families = {
  none: {
    ageGradeBack: [
      `{age} yaşındayım[ knk|,] [sen?|sen kaç yaşındasın?]`,
      `{age} yaşındayım, [4|5|6|7|8]. sınıfım[, sen?|]`,
    ],
    genderQuestionNone: [`[kız mısın erkek mi|erkek misin kız mı][?|] [sesinden anlamadım|avatardan][ xd|]`],
    countryOnlyTalk: [
      `{country}['dan mısın|dan mısın]? öyle yazıyorsun xd`,
      `hangi ülkeden oynuyorsun[?|] pingin {pingms}`,
    ],
    privateCodeShapes: codes(`[özel sunucu|ps|vip] kodu <C>[ gelin|]`, `[oda|lobi] <C>[, şifre {pin}|]`),
    gameStatNumbers: [`elon kaç? benim {score}`, `oyun id'm {bignum}[, davet bonusu için yaz| klan için|]`],
    localPrices: [
      `[pass|o skin] {amount} {currency}[ olmuş|?]`,
      `[{amount} tl|{price}]'ye aldım[ indirimde|]`,
    ],
    rpDoorCode: doors(`haritadaki [banka|karakol] kasasının şifresi <D>`),
    chatPiiWords: [
      `[uyanık mısın|on musun|kim on][?|] [bi rank atalım|kısa bi maç][?|]`,
      `[sonra|akşam] yayın açabilirim belki`,
      `evcil hayvanın var mı? benim {small} [kedim|köpeğim] var`,
      `yarın okul var mı? bende [var|sınav var][ 😭|]`,
    ],
    ingameFriendByName: [`sana istek attım[,|] oyunda adım {gamehandle}`],
    longPostMapLife: [
      `takas listesi: VAR {item}, {small}x {item}, {item} ve {amount} {currency}. İSTİYORUM {item}, {item} ya da iyi teklifler. düşük teklif yok, önce değerlere bakıyorum. takas sadece oyunun içinde trade alanında. ilgilenen buraya yazsın, aracı yok`,
      `[⚔️ |📢 |]{weekday} klan savaşı planı: sunucu saatiyle {time}'da başlıyoruz. tanklar köprüyü tutar, okçular surlarda, healerlar arkada. herkes [10|15] dk önce online olsun, kişi başı {small} saldırı. gelemeyen klan sohbetine yazsın yerine birini koyalım. bol şans`,
    ],
  },
};

export const ID: Families = {
  none: {
    ageGradeBack: [
      `aku {age} tahun[ wkwk|,] [kamu?|km umur brp?]`,
      `umur {age}, kelas [4|5|6|7|8][, kamu?|]`,
    ],
    genderQuestionNone: [
      `kamu [cewe apa cowo|cowo apa cewe][?|] [dari suaranya ga tau|dari avatarnya][ wkwk|]`,
    ],
    countryOnlyTalk: [
      `kamu dari {country}? ngetiknya kaya org sana wkwk`,
      `main dari negara mana[?|] ping kamu {pingms}`,
    ],
    privateCodeShapes: codes(`kode [ps|server privat|vip] <C>[ masuk aja|]`, `[room|lobi] <C>[, pw {pin}|]`),
    gameStatNumbers: [
      `elo kamu brp? aku {score}`,
      `id game aku {bignum}[, masukin buat bonus referral| buat clan|]`,
    ],
    localPrices: [
      `[pass|skin itu] harganya {amount} {currency}[ skrg|?]`,
      `beli [{amount}rb|rp{amount}|{price}][ pas diskon|]`,
    ],
    rpDoorCode: doors(`brankas di [bank|kantor polisi] di map kodenya <D>`),
    chatPiiWords: [
      `[masih bangun|on ga|siapa on][?|] [mabar rank|satu match][?|]`,
      `[nanti|malam ini] mungkin aku live`,
      `punya hewan peliharaan? aku punya {small} [kucing|anjing]`,
      `besok sekolah ga? aku [iya|ulangan][ 😭|]`,
    ],
    ingameFriendByName: [`udah aku add[,|] di game nama aku {gamehandle}`],
    longPostMapLife: [
      `[📢 |🏗️ |]lomba build dari tanggal {small} sampai {small} {month}! temanya [pulau melayang|rumah hantu|desa kecil]. plot max [32|64]x[32|64], satu karya per orang. juara 1 dapet {amount} {currency}, juara 2 {amount}. kirim ss cuma di channel lomba ya. semangat para builder!!`,
      `list trade: PUNYA {item}, {small}x {item}, {item} sama {amount} {currency}. CARI {item}, {item} atau tawaran bagus. jangan lowball, aku cek value dulu. trade cuma di dalam game di area trade. yang minat bales di sini, no middleman`,
    ],
  },
};

export const TL: Families = {
  none: {
    ageGradeBack: [
      `{age} na ako[ haha|,] [ikaw?|ilang taon ka na?]`,
      `{age} ako, grade [4|5|6|7|8] na[, ikaw?|]`,
    ],
    genderQuestionNone: [
      `[babae ka ba o lalaki|lalaki ka ba o babae][?|] [sa boses di ko alam|sa avatar mo][ haha|]`,
    ],
    countryOnlyTalk: [
      `taga {country} ka? ganun ka mag type haha`,
      `anong bansa ka naglalaro[?|] {pingms} ping mo`,
    ],
    privateCodeShapes: codes(
      `code ng [ps|private server|vip] <C>[ pasok na|]`,
      `[room|lobby] <C>[, pw {pin}|]`,
    ),
    gameStatNumbers: [
      `ilang elo mo? ako {score}`,
      `game id ko {bignum}[, ilagay mo sa referral bonus| para sa clan|]`,
    ],
    localPrices: [
      `[yung pass|yung skin] {amount} {currency}[ na|?]`,
      `binili ko ng [{amount} pesos|₱{amount}|{price}]`,
    ],
    rpDoorCode: doors(`code ng vault sa [bangko|presinto] sa map ay <D>`),
    chatPiiWords: [
      `[gising ka pa|on ka ba|sino on][?|] [rank tayo|isang laro][?|]`,
      `[mamaya|mamayang gabi] baka mag stream ako`,
      `may alaga ka? ako {small} [pusa|aso]`,
      `may pasok ka bukas? ako [oo|may quiz][ 😭|]`,
    ],
    ingameFriendByName: [`nag send ako ng request[,|] sa game ako si {gamehandle}`],
    longPostMapLife: [
      `[⚔️ |📢 |]plano sa clan war sa {weekday}: start ng {time} server time. tanks sa tulay, archers sa pader, healers sa likod. lahat online [10|15] mins bago, {small} attacks bawat isa. kung di makakasali sabihin sa clan chat para mapalitan. goodluck sa lahat`,
      `rules ng rp town: bawat isa may bahay sa [sampaguita|dagat|mabini] street sa map, yung akin number {rpnum} at yung [ospital|presinto|bakery] number {rpnum}. rp phone numbers 1 hanggang {small}0 lang. pag lumabas sa character {small} mins sa kulungan sa map. enjoy!`,
    ],
  },
};

export const HI: Families = {
  none: {
    ageGradeBack: [
      `meri umar {age} hai bas[,|] [teri kitni?|tu kitne saal ka?]`,
      `{age} saal ka hu yaar, [6th|7th|8th|9th] class me[, tu?|]`,
      `main {age} ki hu[,|] tu bhi {age}?`,
    ],
    genderQuestionNone: [
      `tu [ladka hai ya ladki|ladki hai ya ladka][?|] [awaaz se pata nahi chala|avatar se][ lol|]`,
    ],
    countryOnlyTalk: [
      `tu {country} se hai kya? waise type karta hai lol`,
      `kaunse country se khel raha[?|] ping {pingms} hai tera`,
    ],
    privateCodeShapes: codes(
      `[custom room|ps|private server] ka code <C>[ aaja|]`,
      `room <C>[, pass {pin}| jaldi aao|]`,
    ),
    gameStatNumbers: [
      `tera elo kitna hai? mera {score}`,
      `meri game id {bignum} hai[, referral bonus ke liye daal| clan ke liye|]`,
      `boss pe {bigscore} damage diya bhai[ op|]`,
    ],
    localPrices: [
      `[pass|wo skin] {amount} {currency} ka hai[ ab|?]`,
      `[{amount} rs|₹{amount}|{price}] me liya[ sale me|]`,
    ],
    rpDoorCode: doors(`map me [bank|police station] ki tijori ka code <D> hai`),
    chatPiiWords: [
      `[jaag raha hai|on hai|koi on hai][?|] [ek rank match|ek game][?|]`,
      `[baad me|raat ko] shayad stream karunga`,
      `tere ghar pe pet hai? mere paas {small} [billi|kutte]`,
      `kal school hai? mera [haan|test hai][ 😭|]`,
    ],
    ingameFriendByName: [`request bheji hai[,|] game me mera naam {gamehandle} hai`],
    longPostMapLife: [
      `[⚔️ |📢 |]{weekday} ka clan war plan: {time} baje server time start. tanks bridge pakdenge, archers deewar pe, healers peeche. sab log [10|15] min pehle online, har bande ke {small} attack. nahi aa sakte to clan chat me bata dena taaki replace kar sake. all the best sabko`,
      `trade list: HAI {item}, {small}x {item}, {item} aur {amount} {currency}. CHAHIYE {item}, {item} ya acche offers. lowball mat karna, pehle value check karta hu. trade sirf game ke andar trade zone me. interest ho to yahi reply karo, middleman nahi`,
    ],
  },
};

export const RU: Families = {
  none: {
    ageGradeBack: [
      `мне {age}[ лол|,] [а тебе?|тебе сколько?]`,
      `{age} лет, в [4|5|6|7|8] классе[, а ты?|]`,
      `mne {age}, a tebe?`,
    ],
    genderQuestionNone: [
      `ты [девочка или мальчик|парень или девушка][?|] [по голосу не понял|по аватарке][ лол|]`,
    ],
    countryOnlyTalk: [`ты из {country}? пишешь как они лол`, `из какой ты страны[?|] пинг {pingms}`],
    privateCodeShapes: codes(
      `код [приватки|привата|вип сервера] <C>[ заходите|]`,
      `[лобби|комната] <C>[, пароль {pin}|]`,
    ),
    gameStatNumbers: [
      `сколько у тебя эло? у меня {score}`,
      `мой игровой id {bignum}[, вводи для реферального бонуса| для клана|]`,
    ],
    localPrices: [
      `[пропуск|этот скин] стоит {amount} {currency}[ теперь|?]`,
      `купил за [{amount} руб|{amount}₽|{price}][ по скидке|]`,
    ],
    rpDoorCode: doors(`код от сейфа в [банке|участке] на карте <D>`),
    chatPiiWords: [
      `[не спишь|ты в сети|кто онлайн][?|] [катку в рейтинг|одну катку][?|]`,
      `может [позже|вечером] запущу стрим`,
      `у тебя есть питомцы? у меня {small} [кота|собаки]`,
      `завтра в школу? у меня [да|контрольная][ 😭|]`,
    ],
    ingameFriendByName: [`кинул тебе заявку[,|] в игре я {gamehandle}`],
    longPostMapLife: [
      `[⚔️ |📢 |]план клановой войны на {weekday}: начинаем в {time} по серверу. танки держат мост, лучники на стенах, хилы сзади. все онлайн за [10|15] минут, по {small} атаки на человека. кто не может, напишите в чат клана, поставим замену. всем удачи`,
      `обмен: ЕСТЬ {item}, {small}x {item}, {item} и {amount} {currency}. ИЩУ {item}, {item} или хорошие предложения. без лоуболов, сначала проверяю ценность. обмен только в игре в зоне трейда. кому интересно пишите сюда, без посредников`,
    ],
  },
};

export const JA: Families = {
  none: {
    ageGradeBack: [
      `{age}歳だよ[ｗ|、][きみは？|何歳？]`,
      `{age}歳、[小5|小6|中1|中2|中3]です[、そっちは？|]`,
    ],
    genderQuestionNone: [`[男の子|女の子]？[声でわからん|アバターで迷った][ｗ|]`],
    countryOnlyTalk: [
      `{country}の人？[打ち方|日本語]がそれっぽいｗ`,
      `どこの国からやってる？ping {pingms}だよ`,
    ],
    privateCodeShapes: codes(
      `[プラベ|カスタム|プライベートサーバー]の[コード|部屋番号]<C>[です|、入って|]`,
      `[ルーム|部屋]<C>[、パス{pin}|]`,
    ),
    gameStatNumbers: [
      `レートいくつ？自分は{score}`,
      `ゲームのID {bignum}[、招待ボーナスに入れて|、クラン用|]`,
    ],
    localPrices: [
      `[パス|そのスキン]{amount}{currency}[になった|？]`,
      `[{amount}円|{price}]で買った[、セールで|]`,
    ],
    rpDoorCode: doors(`マップの[銀行|警察署]の金庫は<D>`),
    chatPiiWords: [
      `[起きてる|オンライン|誰かいる]？[ランク一戦|一試合]どう？`,
      `[あとで|夜に]配信するかも`,
      `ペット飼ってる？うちは{small}匹[猫|犬]いる`,
      `明日学校？[テストある|あるよ][😭|]`,
    ],
    ingameFriendByName: [`フレ申請送った[、|]ゲーム内の名前は{gamehandle}`],
    longPostMapLife: [
      `[📢 |🏗️ |]建築コンテスト開催！{month}の{small}日から{small}日まで、テーマは[空の島|お化け屋敷|小さな村]。区画は最大[32|64]x[32|64]、一人一作品まで。1位は{amount}{currency}、2位は{amount}{currency}。スクショはコンテスト用チャンネルだけに貼ってね。みんながんばって！`,
      `トレード募集：[持ってる|出]：{item}、{item}×{small}、{amount}{currency}。[欲しい|求]：{item}、{item}、いい提案。低すぎる提案はなしで、受ける前に相場を確認します。取引はゲーム内の取引エリアだけ。興味ある人はここに返信して`,
    ],
  },
};

export const AR: Families = {
  none: {
    ageGradeBack: [
      `عمري {age}[ ههه|،] [وانت؟|انت كم عمرك؟]`,
      `ana 3omri {age}[,|] w enta?`,
      `{age} سنة، في الصف [الرابع|الخامس|السادس|السابع][ وانت؟|]`,
    ],
    genderQuestionNone: [
      `انت [ولد ولا بنت|بنت ولا ولد]؟[ من صوتك ما عرفت| من الافتار|]`,
      `enta [walad wala bint|bint wala walad]?`,
    ],
    countryOnlyTalk: [
      `ana [mn|min|men] [el maghrib|tunis|lubnan|el urdun|el kuwait]`,
      `انت من {country}؟[ طريقة كتابتك كذا|]`,
      `من اي دولة تلعب؟ البنق {pingms}`,
    ],
    privateCodeShapes: codes(
      `كود [السيرفر الخاص|البرايفت|الروم] <C>[ ادخلوا|]`,
      `[روم|لوبي] <C>[، الباس {pin}|]`,
    ),
    gameStatNumbers: [
      `كم الايلو حقك؟ انا {score}`,
      `الايدي حقي في اللعبة {bignum}[، حطه لمكافأة الدعوة| للكلان|]`,
    ],
    localPrices: [
      `[الباتل باس|السكن] بـ {amount} {currency}[ الحين|؟]`,
      `شريته بـ [{amount} ريال|{amount} جنيه|{price}]`,
    ],
    rpDoorCode: doors(`رمز خزنة [البنك|المركز] في الماب <D>`),
    chatPiiWords: [
      `[صاحي|اونلاين|احد موجود]؟ [نلعب رانك|قيم وحدة]؟`,
      `[بعدين|بالليل] يمكن افتح بث`,
      `عندك حيوانات؟ عندي {small} [قطط|كلاب]`,
      `عندك مدرسة بكرة؟ انا [ايوه|عندي اختبار][ 😭|]`,
    ],
    ingameFriendByName: [`رسلت لك طلب صداقة، اسمي في اللعبة {gamehandle}`],
    longPostMapLife: [
      `[⚔️ |📢 |]خطة حرب الكلان يوم {weekday}: نبدأ الساعة {time} بتوقيت السيرفر. التانكات يمسكون الجسر، الرماة فوق السور، الهيلرز ورا. الكل اونلاين قبل [10|15] دقايق، {small} هجمات لكل واحد. اللي ما يقدر يجي يكتب في شات الكلان عشان نبدله. بالتوفيق للجميع`,
      `قائمة تبادل: عندي {item}، {small}x {item}، {item} و {amount} {currency}. ابي {item}، {item} او عروض حلوة. لا عروض رخيصة، اشيك القيم قبل ما اوافق. التبادل بس داخل اللعبة في منطقة التريد. اللي مهتم يرد هنا، بدون وسيط`,
    ],
  },
};

export const KO: Families = {
  none: {
    ageGradeBack: [`나 {age}살[ ㅋㅋ|,] [너는?|몇 살이야?]`, `{age}살, [초5|초6|중1|중2]이야[, 너는?|]`],
    genderQuestionNone: [`[남자야 여자야|여자야 남자야]?[ 목소리로 모르겠어| 아바타 보고|][ ㅋㅋ|]`],
    countryOnlyTalk: [`{country} 사람이야? 말투가 그래 ㅋㅋ`, `어느 나라에서 해? 핑 {pingms}이야`],
    privateCodeShapes: codes(`방번호 <C>[ 비번 {pin}| 들어와|]`, `[사설 서버|커스텀|파티] 코드 <C>[ ㄱㄱ|]`),
    gameStatNumbers: [
      `너 점수 몇이야? 나 {score}`,
      `내 게임 아이디 {bignum}[, 추천인 보상에 넣어줘| 클랜용|]`,
    ],
    localPrices: [`[패스|그 스킨] {amount} {currency}[ 됐어|?]`, `[{amount}원|{price}]에 샀어[ 세일로|]`],
    rpDoorCode: doors(`맵에 [은행|경찰서] 금고 비번 <D>`),
    chatPiiWords: [
      `[안 자|접속했어|누구 있어]? [랭겜 한판|한 판만] 할래?`,
      `[이따|밤에] 방송 켤 수도`,
      `반려동물 키워? 나는 [고양이|강아지] {small}마리`,
      `내일 학교 가? 나 [응|시험 있어][ 😭|]`,
    ],
    ingameFriendByName: [`친추 보냈어, 게임 닉 {gamehandle}`],
    longPostMapLife: [
      `[📢 |🏗️ |]건축 대회 공지! {month} {small}일부터 {small}일까지, 주제는 [하늘섬|유령의 집|작은 마을]. 부지는 최대 [32|64]x[32|64], 한 사람당 한 작품. 1등 {amount} {currency}, 2등 {amount} {currency}. 스샷은 대회 채널에만 올려 주세요. 다들 화이팅!`,
      `[⚔️ |📢 |]{weekday} 클랜전 계획: 서버 시간 {time}에 시작. 탱커는 다리 지키고 궁수는 성벽 위, 힐러는 뒤에. 다들 [10|15]분 전에 접속, 한 명당 공격 {small}번. 못 오면 클랜 채팅에 말해 줘, 교체할게. 다들 파이팅`,
    ],
  },
};

export const VI: Families = {
  none: {
    ageGradeBack: [
      `t {age} tuoi[ kk|,] [con m?|ban bao nhieu tuoi?]`,
      `{age} tuoi, hoc lop [4|5|6|7|8][, con ban?|]`,
    ],
    genderQuestionNone: [
      `ban la [con trai hay con gai|con gai hay con trai][?|] [nghe giong khong biet|nhin avatar][ kk|]`,
    ],
    countryOnlyTalk: [
      `ban o {country} a? go giong nguoi ben do kk`,
      `choi tu nuoc nao vay[?|] ping {pingms} luon`,
    ],
    privateCodeShapes: codes(`ma [phong|ps|server rieng] <C>[ vao di|]`, `phong <C>[, mk {pin}|]`),
    gameStatNumbers: [
      `elo m bao nhieu? t {score}`,
      `id game cua t la {bignum}[, nhap vao de nhan thuong gioi thieu| de vao clan|]`,
    ],
    localPrices: [
      `[pass|skin do] {amount} {currency}[ roi|?]`,
      `mua [{amount}k|{amount} nghin|{price}][ luc giam gia|]`,
    ],
    rpDoorCode: doors(`ma ket sat o [ngan hang|don canh sat] trong map la <D>`),
    chatPiiWords: [
      `[con thuc k|on k|ai on][?|] [leo rank|1 van] k?`,
      `[ti nua|toi nay] chac t stream`,
      `ban co nuoi thu cung k? t co {small} con [meo|cho]`,
      `mai co di hoc k? t [co|kiem tra][ 😭|]`,
    ],
    ingameFriendByName: [`t gui loi moi ket ban roi, ten trong game la {gamehandle}`],
    longPostMapLife: [
      `[⚔️ |📢 |]ke hoach clan war {weekday}: bat dau luc {time} gio server. tank giu cau, xa thu tren tuong, healer o sau. moi nguoi online truoc [10|15] phut, moi nguoi {small} luot danh. ai khong den duoc thi bao trong chat clan de thay nguoi. chuc ca nha may man`,
      `danh sach trade: CO {item}, {small}x {item}, {item} va {amount} {currency}. CAN {item}, {item} hoac offer tot. khong ep gia, t check gia truoc khi nhan. chi trade trong game o khu trade. ai quan tam thi rep o day, khong trung gian`,
    ],
  },
};

/** Relative draw weight of each intent above (absent: 1); 6.6 in all, all of it `none`. */
export const WEIGHTS: Readonly<Record<string, number>> = {
  ageGradeBack: 0.7,
  genderQuestionNone: 0.4,
  countryOnlyTalk: 0.6,
  privateCodeShapes: 0.9,
  gameStatNumbers: 0.6,
  localPrices: 0.4,
  rpDoorCode: 0.4,
  chatPiiWords: 1,
  ingameFriendByName: 0.5,
  longPostMapLife: 1.1,
};
