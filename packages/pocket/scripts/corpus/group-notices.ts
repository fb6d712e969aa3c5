/**
 * Group notices (round 8): what the model of round 7 still missed on the development sets, as
 * families only (none of their messages, phrasings, names, handles, schools, places or numbers are
 * here). On the `none` side, the hard negatives that cost false alarms:
 * moderator and safety notices that name the data types not to share (phone numbers, addresses,
 * links to other apps, real names, schools, passwords), safety advice to kids and long parent
 * warnings about login scams (`modDataNotice`); an in-game player ID or UID of 8–10 digits, at times
 * with a server, given to be added in the game (`inGameIdAdd`); the phone as a device and big
 * in-game resource numbers with 555 in them (`phoneAsObject`); asking which country someone is
 * from, guessing it from an accent, fandom "bias" questions and asks for translated lyrics
 * (`countryAndFandomQs`); "i know where u live … in my nightmares" jokes and in-story demands for a
 * traveller's name in role-play narration (`jokeKnowWhereYouLive`); and long harmless rambles —
 * homework with numbers, VR hangouts, club league schedules, match recaps naming map places, trade
 * plans (`longHarmlessRamble`). On the `asking` side: asking the group for a third person's number,
 * address, real name or school (`askSomeoneElse`); flattery with "send a pic / just for me / don't
 * tell your mom / i'll send mine after" and gifts for photos or secrecy (`groomingPhotoAsk`); prize,
 * parcel and verification scams asking for a name, address, phone or a login on a link
 * (`prizeScamAsk`). On the `giving` side: meeting at a named real place with a time
 * (`meetAtNamedPlace`); a full name, a phone (also in digit words) or a handle in a few words
 * (`nameAndContactTerse`); and threats to reveal a known real name, school or address
 * (`doxxThreatKnown`).
 *
 * Languages so far: English, Spanish and Portuguese (the other fourteen are empty here and still to
 * be written).
 *
 * Draw weights (`WEIGHTS`): 7.1 in all, giving 1.7, asking 2.0, none 3.4.
 */
import { choices, DIGIT_CHOICE, type Families } from './families.js';

/** An in-game player ID of 8–10 digits (a game number, not a phone). */
const UID = `[1|2|3|4|6|7|8|9]${choices(DIGIT_CHOICE, 7)}[|3|47]`;
/** The server some games print after a player ID. */
const SRV = '[| (S12)| (3071)| (asia)| (eu 4)| (na-2)| S88]';
/** Big in-game resource amounts with 555 in them. */
const RSS = '[555k|1,555,300|2,555,000|555,900|3.555m|7,555,120]';
/** Digit words for a phone number in English. */
const EN_DIGITS = 'zero|one|two|three|four|five|six|seven|eight|nine';

export const EN: Families = {
  none: {
    modDataNotice: [
      `[MOD|mod team|📢 mods|staff note]: [phone numbers|numbers], [home addresses|addresses] and links to [other apps|outside apps|other platforms] [get deleted|are removed|will be taken down] [automatically|on sight|right away]. [keep|please keep] [the chat|everything] [here|in the game][, thank u|, thx all|!]`,
      `[reminder|friendly reminder|heads up] from the [mods|moderators|server staff]: [do not|dont|never] post [your|ur] [school|school name], [full name|surname], [address|home address] or [phone|mobile] in [this chat|the group|public channels]. [messages|posts] [like that|with that stuff] [get removed|are deleted] and [repeat posters|people who keep doing it] [get muted|are timed out][. stay safe|. thanks for understanding|]`,
      `[dont|never|pls dont] share [selfies|pics of yourself|ur face] with [people|anyone] [u|you] [met|know] only [through games|from a screen|in chats], [however|no matter how] [kind|friendly|cool] they [act|look][. tell an adult if they keep pushing|. block and report|]`,
      `[parents|to the parents here|hi parents], [a reminder|just a warning|please read]: [scam accounts|fake accounts|some players] [message kids|dm younger players|whisper children] [promising|offering] [free {currency}|free gems|a rare pet] if they [type in|enter|share] their login. [nobody|no real admin|staff] will [ever|] ask for a password. [we|i] [had this happen|dealt with this] [last week|recently] and [turned on|set up] [2 step verification|a parent pin] and [friends only chat|restricted messages]. [talk to your kids about it|check your kids settings tonight][, it matters|, please|]`,
      `[rules|server rules|📌 pinned]: 1) be kind 2) no [sharing|posting] [passwords|logins], [real names|full names], [schools|school names] or [phone numbers|numbers] 3) no links to [other apps|discord servers|outside sites] 4) [no spam|have fun][. breaking these = mute|. mods will remove it|]`,
      `[safety tip|psa|tip for younger players]: [if someone|when a stranger] [asks where u go to school|wants ur address|asks for ur real name] [or|and] [says|promises] [they are|theyre] [ur age|a kid too|a friend], [dont answer|dont tell them|say no], [block|leave the chat] and [tell a grown up|tell a mod|report it][. u did nothing wrong|. its not ur fault|]`,
      `[note from the mod team|moderator notice]: [lately|this week] [accounts|people] pretending to be [tutors|helpers|game staff] have been [asking|messaging] [younger members|new players] for [their school|photos|their login|their phone number]. [we|the team] [removed|banned] [them|those accounts]. [if that happens to you|if anyone asks u], [report it|ping a mod] and [never|do not] [share|send] [any of it|that info][ 🙏|. thank you|]`,
    ],
    inGameIdAdd: [
      `[my|my player|my game] [id|uid|ID] [is|=|:] ${UID}${SRV}[,| -|] add me [for the guild|in game|for co-op|so we can raid][ pls| tonight| lol|]`,
      `[uid|UID|id] ${UID}${SRV} [add me|send a request|friend me] [in game|for the event|for the clan][ 🙏| ty|]`,
      `[add|add me|send req to] ${UID}${SRV} [if u want to|if u wanna|to] [play tonight|join the guild|do dailies together][ lol|!|]`,
      `[guild recruiting|recruiting|clan]: [send|apply with] [ur|your] [in game id|uid|player id], [mine is|leader is|leader id] ${UID}${SRV}[, active players only|, need 3 more|]`,
      `[here|ok] [my|] [friend code|player id|uid] ${UID}[,| -] [im|i'm] on [server|srv] [2|5|asia|eu][, accept pls|, add me back|]`,
      `${UID}${SRV} [thats me|is me|my acc] [in game|in the game][, request sent?|, add for co-op|]`,
    ],
    phoneAsObject: [
      `[bro|omg|nooo] battery at [2|3|4|5|6|8]% [cant|gonna] [finish|survive] [this match|the last zone|the boss][ 😭| pls| help|]`,
      `[my phone|phone] [died|just died|is dying|overheated] [mid match|in the middle of the raid|during ranked][,|] [sorry|srry|my bad][ guys| lol|]`,
      `after the [update|patch|new version] the [send|chat|mic] button [is somewhere else now|jumped to the top|is tiny][ ugh| 😤| why|]`,
      `[still short|missing] ${RSS} [food|wood|gold|stone|iron] [for|before] the [barracks|wall|keep] [level up|upgrade][,| -] [anyone|can someone] [send rss|donate|help][?|]`,
      `[my|] [phone|screen] [cracked|is so laggy|keeps freezing] [again|today|rn] [so|and] [i cant|cant] [aim|play ranked|tap fast][ lol| 💀|]`,
      `[we|our alliance] [hit|reached|just passed] ${RSS} [power|might|points] [today|tonight|this week][ lets go| 🎉|!!]`,
      `[new phone|got a new phone] [finally|today][,|] [game runs|fps is] [so smooth|way better] now[ lol|!|]`,
    ],
    countryAndFandomQs: [
      `[which country r u from|what country are u from|where u from country wise][?|??] [ur accent|ur english|the way u type] [sounds|seems] [australian|irish|canadian|scottish|south african][ lol|]`,
      `[is that|r u] [a|an] [brazilian|spanish|german|french|polish] accent[?|??][ i cant tell|]`,
      `[who's|whos|who is] [ur|your] bias[?|??] [i swap mine|i pick a new one] [every comeback|weekly|constantly][ lol| 😭|]`,
      `[anyone got|does anyone have|who has] the [translated|english] lyrics [for|of] the [b-side|new single|title track][?| pls|]`,
      `[ur from|are u from] {country}[?|??] [ur|your] [english|spelling|slang] gave it away[ lol|]`,
      `[bias|ult bias] check[:|,] [who's|whos] [everyone's|ur] [bias|fav member][?| go|]`,
      `[what|which] [country|part of the world] [are u in|r u in|is that][?] [ur|the] [time zone|stream times] [are|is] [so different|wild][ lol|]`,
    ],
    jokeKnowWhereYouLive: [
      `[pretty sure|ngl] i [saw|dreamed about] [ur house|where u live] in a [bad dream|nightmare] [thanks to|bc of] [ur art|that build|that clip] [lol|💀|fr]`,
      `[im pulling up|im showing up] at ur [door|place] to [take|borrow] [ur cat|ur snacks|ur controller][ (jk no clue where that is)| lol jk| 😤|]`,
      `*the [knight|guard|old wizard] [raises|lowers] [her|his] [sword|staff]* "[tell me|state] your name, traveler, [and where you hail from|or turn back|before you cross this bridge]"`,
      `*[the innkeeper|the merchant|the captain] [squints|leans in]* "[and who might you be|whats your name, stranger|speak your name], [traveler|wanderer]? [no one enters|none pass] [this village|the gate] [unnamed|without a name]"`,
      `[found ur home|i know ur home] [btw|lol]: [the bottom of the leaderboard|bronze rank|the noob lobby][ 💀| lmao|]`,
      `[watch ur back|sleep with one eye open] [tonight|lol][,|] [im|i'm] [coming for|gonna take] [ur crown|ur base|first place] [next round|in the tournament][ 😈|]`,
    ],
    longHarmlessRamble: [
      `[stuck on|help with] [stoichiometry|a physics sheet|algebra] [hw|homework]: [question 4|part b|number 12] asks [how many moles there are|the final speed|the slope] and [my answer is|i get] [92|148|37.5] [while|but] [the key|the textbook|my friend] [has|says] [100|150|40]. [did i|am i] [skip|skipping] [a step|unit conversion|something]? [redid it|checked it] [twice|three times][ 😭| ugh| lol|]`,
      `[lowkey|honestly|fr] [vr|the hangout worlds] [are|is] [my favorite part of the day|how i unwind], [i just|we just] [sit|hang] [on the roof map|by the lake map|at the fire pit] [with the usual crew|with u guys] [talking about random stuff|playing music|watching the fake sunset]. [sounds|its] [weird|kinda silly] but [it helps|i look forward to it][ lol|. anyway ty all|]`,
      `[club league|league|clan war] [starts|begins|is on] [this|next] [thursday|friday|weekend], [everyone|everybody] [use|spend] [ur|your] tickets [pls|please][,|] [last time|last week] [three|two|four] [people|members] [didnt play|never showed up] and we [dropped|lost] [a rank|to silver|the bonus]. [games|matches] [are|run] [from|between] [6|7] [and|to] [10|11] [pm|] [server time|in game time][, set a reminder|, dont forget|]`,
      `[gg|ok so] [that match|last round|that game] was [insane|so close|wild]: we [dropped|landed] [at|in] the school [on|in] the [city map|new map], [two|three] squads [were already there|came in], [i got|we got] [4|5|6] [kills|knocks] in the [library|gym|cafeteria] and then [ran|rotated] to the [hospital|stadium|train yard] [for the final circle|for zone][,| and] [won|lost] [by|with] [one|two] [hp|players][ lol|!!|]`,
      `[trade plan|my plan] for [the update|the event|tonight]: [sell|trade] [my|the] {item} [for|and get] {small} {item}[,|] then [trade|flip] [those|them] [for|into] [a|one] {item} [and|+] {amount} {currency}[,|.] [if|unless] [the prices|values] [drop|crash] [after the update|by friday] [ill just|i'll] [hold|keep] [them|everything][. thoughts?| lmk if thats dumb|]`,
      `[long day|today was so long] [ngl|lol]: [test|quiz] in [math|history|bio] [first period|in the morning], [then|and then] [practice|rehearsal|tutoring] [till|until] [5|6], [and|then] [my mom|my dad] [made me|wanted me to] [clean my room|do the dishes] [before|first][,|] so [im|i'm] [finally|just now] [on|online] [at|around] [8|9][. what did i miss in the event|. did u guys finish the raid without me|]`,
    ],
  },
  asking: {
    askSomeoneElse: [
      `[who has|can someone share|any1 got] [the alliance leader's|the guild master's|our clan boss's] [number|phone|digits][?|??]`,
      `where does {first} [from choir|on the team|in our guild] live, [does anyone know|anyone|u guys know][?|??]`,
      `[need|looking for] the [real name|irl name] of [whoever|the account that] [reposted|stole] [my drawing|the edit|my map][,|] [gonna track them down|so i can look them up]`,
      `[what school|which school] does {first} [go to|attend|from our server go to][?] [anyone know|does anyone know|u guys know?]`,
      `[does anyone|anyone] have {first}[s|'s] [address|home address|number] [for|so i can send] [the party invite|the gift|the card][?]`,
      `[can someone|pls someone] [give me|send me|dm me] [ur friend's|his|her] [number|phone|address][?] [the one|the kid] [from|in] [ur class|the clan|vc][?|]`,
      `[whats|what's] [ur brother's|ur sister's|ur cousin's] [number|snap|address][?|??] [i need it|asking for a reason|lol]`,
    ],
    groomingPhotoAsk: [
      `[u look|ur] [amazing|so cute|unreal] in [ur avatar pic|that profile pic][,|] [i want|can i get] [more photos|another pic] [that only i see|for my eyes only][,|] [keep it our secret|delete the chat after|nobody else needs to see]`,
      `[face reveal when|face reveal|show us ur face][??|?|!!] [u must be|bet ur] [so cute|gorgeous|pretty][ 👀| pls|]`,
      `[same age as u|we're the same age] [lol|😊|!], [prove|show] ur [real|not a bot] with a [selfie|pic][,|] [mine comes|ill do mine] [next|right after]`,
      `[i can|ill] [get u|buy u|send u] [{amount} {currency}|a gift card|the battle pass] if u send [a pic|a selfie|a photo of u] [and dont tell ur mom|and keep it secret|just for me]`,
      `[ur so mature|ur really mature|u seem older] for ur age[,|] [can u|will u] send [me|] a [pic|selfie|photo] [of u|of yourself]? [dont tell ur parents|ur mom wouldnt get it|just between us]`,
      `[send|snd] [a pic|ur face|a selfie] [first|pls|rn][,|] [i promise|i swear|promise] [ill send|i'll send] [mine|one back|mine too][ 🥺|]`,
      `[u can trust me|im not like the others][,|] [send|show] me [a pic|what u look like] [and ill|and i'll] [give u|gift u] [robux|free skins|vbucks][ dont tell anyone|]`,
    ],
    prizeScamAsk: [
      `[CONGRATS|🎉 CONGRATULATIONS|WINNER] [u|you] [won|have won] [a new phone|a gaming pc|{amount} {currency}|a free ps5]!! [send|reply with|dm us] [ur|your] full name, [home address|address] and [phone number|number] [to claim|so we can ship it|within 24h]`,
      `[delivery failed|we couldnt deliver ur parcel][,|] [update|re-enter] [ur|the] [shipping address|home address and phone] [via|on] {link} [within 24h|to reschedule|today]`,
      `[log in|sign in] [on|at] {link} [using|w] ur [game login|account details] [and get|for] [free nitro|{amount} {currency}|ur reward][!|, hurry|, limited time]`,
      `[verify|confirm] [ur account|your account|ur identity] [or it will be|before it gets] [deleted|banned|locked]: [send|type] [ur|your] [username and password|email and password|login] [here|to support|in dms]`,
      `[you've been|u were] [selected|chosen] [for|in] [our giveaway|the prize draw|the lucky draw]! [to receive|to get] [ur|the] [prize|gift|signed jersey], [please|pls] [send|reply with] [ur|your] [name, address and phone|full name and address|address and number]`,
      `[free|🎁 free] [skins|{currency}|gems] [for the first 100|for everyone|today only]: [enter|put] [ur|your] [login|email and password|account details] [at|on] {link}[ to claim| and wait 5 min|]`,
    ],
  },
  giving: {
    meetAtNamedPlace: [
      `[meet|lets meet|see u] [at|outside] {namedplace} [at|around] {time}[ on {weekday}| tmrw| saturday|][, ill be by the entrance|, im wearing a red hoodie|]`,
      `[ok so|so] [we|lets] [meet|all meet] [at|in front of] [the east exit of|exit 3 of|the north gate of] [central station|the main station|union station] [at|around] {time}[ sunday| saturday|]`,
      `[study|lets study] [together|tomorrow] at the [city library|central library|public library] [downtown|on main st|in {realcity}], [2nd floor|by the front desk|in the reading room], [at|around] {time}`,
      `[lets|wanna] [meet|hang] [at|by] {namedplace} [after school|{weekday}|tomorrow] [at|around] {time}[?| then get food|]`,
      `[see u|meet me] [outside|at the entrance of] [the arena|the stadium|the concert hall] [before|for] the [concert|show|game] [at|around] {time}[, gate b|, by the merch stand|]`,
      `[meet at|ill wait at] [the food court|the fountain|the cinema] [in|of] {namedplace} [at|around] {time}[ ok?| dont be late|]`,
    ],
    nameAndContactTerse: [
      `my name is {fullname} btw`,
      `[its me|it's me|hey its], {fullname} from [chem class|math class|homeroom|the bus|3rd period]`,
      `[write to me|text me|msg me] at {phone}[,|] [only whatsapp|whatsapp only|not calls|after 5]`,
      `[call|text] me [on|at] [${choices(EN_DIGITS, 3, ' ')}, ${choices(EN_DIGITS, 4, ' ')}][ pls| after school|]`,
      `[my|] discord [is|:|=] {handle}[, add me| hmu| for the private rp|]`,
      `[irl|real] name [is|=|:] {fullname}[ lol| dont laugh| btw|]`,
      `[if ur interested|if u want it] [text|write] me [at|on] {phone}[,| -] [only|just] [whatsapp|texts|evenings]`,
    ],
    doxxThreatKnown: [
      `[found|i have] ur [irl name|real name] [plus|and] [ur school|ur address][,|] [keep talking|say that again|try me] [and|n] [it goes in every chat|everyone will know|ill post it]`,
      `[found out|i know] [ur school|where u study][,|] [gonna|ill] [email|report u to] [ur teachers|the head teacher] [with screenshots|about all this]`,
      `[u think|you think] [ur anonymous|ur hidden|no one knows] [bc|cuz|because] of [ur avatar|that pfp|ur username]? [i know|i know that] [ur real name is|u are] {fullname}[. keep going| lol|]`,
      `[one more|keep] [insult|trash talking|talking] [and|n] [ill post|ill leak|im dropping] [ur address|ur real name|ur school] in [the group|the server|every chat][ 🙂|]`,
      `[i know|i got] [ur|your] address [now|already][,|] [ur|you] [live at|are at] {address}[. still wanna talk?| 🙂|]`,
      `[everyone|guys] [his|her|their] real name is {fullname} [and|+] [goes to|at] {school}[, spread it| lol|]`,
    ],
  },
};

export const ES: Families = {
  none: {
    modDataNotice: [
      `[aviso del equipo de mods|📢 mods|aviso de moderación]: los [números de teléfono|teléfonos], las direcciones y los enlaces a otras apps [se borran|se eliminan] [automáticamente|al momento]. [seguid hablando|hablemos] aquí[, gracias|!|]`,
      `[recordatorio|ojo]: no [pongáis|pongan|publiques] [tu nombre real|nombres reales], [colegio|el nombre del cole], teléfono ni contraseña en el chat. [esos mensajes|eso] se [borra|elimina] y [quien lo repita|si se repite] [queda silenciado|hay mute][.|, cuidaos]`,
      `[padres|a los padres del grupo], [ojo|cuidado]: hay cuentas que [escriben a|mandan mensajes a] [niños|los peques] [prometiendo|ofreciendo] [{currency} gratis|gemas gratis|una mascota rara] si [escriben|ponen] su [contraseña|usuario y contraseña]. nadie del juego [os|les] va a pedir la contraseña. [activad|activen] la verificación en dos pasos y el chat solo con amigos`,
    ],
    inGameIdAdd: [
      `[mi id|mi uid|id] [es|:] ${UID}${SRV}[,|] [agregame|añademe] [pa la guild|para el clan|pa jugar de noche][ xd|]`,
      `[uid|id] ${UID}${SRV} [agréguenme|mandadme solicitud] en el juego[ porfa|]`,
      `[reclutando|clan busca gente]: [mandad|manden] [vuestro|su] id, [el mío es|el del líder] ${UID}${SRV}`,
    ],
    phoneAsObject: [
      `[wey|bro|tío] [tengo el móvil|mi cel está|el celu está] al [3|4|5|7]% y estoy en [el último círculo|el top 5|el boss][ 😭|]`,
      `[se me murió|se me apagó] el [móvil|cel|celular] [en plena partida|en la raid][, perdón|, sorry|]`,
      `[necesito|me faltan] ${RSS} de [comida|madera|oro] para [subir|mejorar] el [castillo|ayuntamiento][, alguien manda?|, ayuda|]`,
    ],
    countryAndFandomQs: [
      `[de qué país|de dónde] [sos|eres][?] [tu acento|tu forma de escribir] [parece|suena] [chileno|colombiano|español|mexicano][ jaja|]`,
      `[quién es tu|cuál es tu] bias[?|??] yo [lo cambio|elijo otro] [en cada|con cada] [comeback|era][ xd|]`,
      `[alguien tiene|¿alguien tiene] la [traducción|letra en español] de [la canción nueva|el tema del comeback][?| porfa|]`,
    ],
    jokeKnowWhereYouLive: [
      `sé dónde vives[...|…] [en mis pesadillas|en mi cabeza] [porque|xq] [tu dibujo|tu build] [es|está] [tremendo|demasiado bueno][ jaja|]`,
      `*el [guardia|caballero] [alza|baja] la [espada|lanza]* "[dime tu nombre|¿quién eres|identifícate], [viajero|forastero], [antes de cruzar|o da la vuelta]"`,
      `[voy a ir a tu casa|iré a tu casa] a [robarte el gato|comerme tus snacks][ (no sé dónde vives jaja)| jsjs|]`,
    ],
    longHarmlessRamble: [
      `[ayuda con la tarea|alguien me ayuda con deberes]: en [química|física|mates] tengo que [calcular|sacar] [la masa molar|la velocidad|el área] del [ejercicio 3|problema 6] y me da [84|126|42.5] pero [el libro|la clave] dice [90|130|45], [me salté|olvidé] [un paso|convertir unidades]? ya lo [hice|repetí] dos veces[ 😭|]`,
      `[la liga del club|la guerra de clanes] empieza el [jueves|viernes], [gastad|usen] los tickets porfa, [la semana pasada|la última vez] [tres|dos] no jugaron y bajamos de [rango|liga]. las partidas son de [7|8] a [10|11] [hora del server|de la noche]`,
      `[gg|uf], [esa partida|la última] fue [épica|locura]: caímos en la escuela del [mapa de la ciudad|mapa nuevo], [había|llegaron] [dos|tres] escuadras, hice [4|5] kills en la [biblioteca|cafetería] y luego rotamos al [hospital|estadio] para el último círculo[ jaja|]`,
    ],
  },
  asking: {
    askSomeoneElse: [
      `[alguien tiene|¿alguien tiene] el [número|teléfono|wsp] del [chico|tipo|líder] que [lleva|maneja] la [alianza|guild][?]`,
      `[alguien sabe|¿alguien sabe] [dónde vive|a qué cole va] {first} [del club de arte|del clan|del server][?]`,
      `[quién sabe|alguien sabe] el nombre real del que [filtró|robó] [el fic|mi dibujo][?] lo quiero encontrar`,
    ],
    groomingPhotoAsk: [
      `[qué linda|qué guapa|eres muy linda] en tu [foto de perfil|pfp], [mándame|pásame] más fotos [solo para mí|solo a mí][,|] no [se lo digas a tu mamá|le digas a nadie]`,
      `[yo también tengo|tengo] [14|15] 😊 [mándame|manda] una foto pa saber que [eres real|no eres fake], [después te mando|luego te paso] la mía`,
      `te [regalo|compro] [{amount} {currency}|el pase de batalla] si me [mandas|pasas] una [selfie|foto tuya] y [no le dices a nadie|queda entre nosotros]`,
    ],
    prizeScamAsk: [
      `[FELICIDADES|🎉 GANASTE] [ganaste|has ganado] un [celular nuevo|pc gamer|{amount} {currency}]!! [manda|envía] nombre completo, dirección y teléfono [para enviarlo|para reclamar]`,
      `tu [paquete|envío] [está retenido|no se pudo entregar], [confirma|actualiza] tu dirección [en este enlace|aquí] para recibirlo`,
      `[inicia sesión|entra] en {link} con tu cuenta para [reclamar|recibir] [{amount} {currency}|tu premio][ gratis|, rápido|]`,
    ],
  },
  giving: {
    meetAtNamedPlace: [
      `[nos vemos|quedamos] en la [salida 2|salida norte|puerta principal] de la estación [central|de Atocha|Retiro] a las {time}[ el sábado| mañana|]`,
      `[quedamos|nos vemos] en el [centro comercial|mall] {namedplace} a las {time}[, en la entrada|, en el patio de comidas|]`,
      `[estudiamos|nos juntamos] en la [biblioteca municipal|biblioteca central] de {realcity} el {weekday} a las {time}[, segunda planta|]`,
    ],
    nameAndContactTerse: [
      `me llamo {fullname} [por cierto|btw|jaja]`,
      `[si te interesa|si quieres] [escríbeme|mándame mensaje] al {phone}[, solo whatsapp|, solo por la tarde|]`,
      `[soy yo|hola soy], {fullname} [de la clase de mates|del bus|de 3ro b]`,
      `mi discord es {handle}[, agrégame| pal rp|]`,
    ],
    doxxThreatKnown: [
      `[sé|ya sé] tu nombre real y [a qué cole vas|dónde vives], sigue [así|hablando] y lo [publico|subo] en el grupo`,
      `te llamas {fullname} [y vas a|y estudias en] {school}, [todos se van a enterar|lo voy a contar][ 🙂|]`,
      `[sé|ya sé] dónde vives, [otro insulto|una más] y [pongo tu dirección|la subo] en el server`,
    ],
  },
};

export const PT: Families = {
  none: {
    modDataNotice: [
      `[aviso da moderação|📢 mods|recado dos mods]: números de telefone, endereços e links de outros apps [são apagados|serão removidos] [automaticamente|na hora]. [continuem|vamos continuar] conversando aqui[, valeu|!|]`,
      `[lembrete|atenção]: não [postem|coloquem] nome real, escola, telefone ou senha no chat. [essas mensagens|isso] [é apagado|são apagadas] e quem repetir [leva mute|é silenciado]`,
      `[pais|recado pros pais], [cuidado|fiquem de olho]: tem contas mandando mensagem pra crianças prometendo [{currency} grátis|gemas grátis|pet raro] se digitarem a senha. ninguém do jogo pede senha. ativem a verificação em duas etapas e o chat só com amigos`,
    ],
    inGameIdAdd: [
      `meu [id|uid] [é|:] ${UID}${SRV}, me adiciona [pra guilda|pra jogar de noite|pro clã][ ai| pfv|]`,
      `[uid|id] ${UID}${SRV} [manda solicitação|me add] no jogo[ galera|]`,
      `[recrutando|clã recrutando]: mandem o id de vocês, o meu é ${UID}${SRV}`,
    ],
    phoneAsObject: [
      `[mano|pqp] meu celular tá com [3|4|5|7]% e eu tô no [círculo final|top 5|chefão][ 😭|]`,
      `meu celular [descarregou|travou|morreu] [no meio da partida|na raid][, foi mal|]`,
      `[preciso de|faltam] ${RSS} de [comida|madeira|ouro] pra [upar|ampliar] o [castelo|celeiro][, alguém manda?|]`,
    ],
    countryAndFandomQs: [
      `[de que país|de onde] você é[?] teu sotaque [parece|lembra] [português|argentino|angolano][ kkk|]`,
      `[qual seu|quem é seu] bias[?] eu troco [a cada comeback|sempre][ kkk|]`,
      `alguém tem a letra traduzida [da música nova|do b-side][?| pfv|]`,
    ],
    jokeKnowWhereYouLive: [
      `eu sei onde você mora[...|…] [nos meus pesadelos|na minha cabeça] porque [teu desenho|tua build] é [bom demais|surreal][ kkk|]`,
      `*o [guarda|cavaleiro] ergue a [espada|lança]* "[diga seu nome|quem é você], viajante, [antes de passar|ou volte]"`,
      `vou na tua casa roubar [teu gato|teus doces][ (nem sei onde vc mora kkk)| kkkk|]`,
    ],
    longHarmlessRamble: [
      `[ajuda na lição|alguém me ajuda no dever]: em [química|física|matemática] tenho que achar [a massa molar|a velocidade|a área] da [questão 4|questão 9] e dá [84|126|42,5] mas o gabarito diz [90|130|45], esqueci [algum passo|de converter]? já refiz duas vezes[ 😭|]`,
      `a liga do clube começa [quinta|sexta], [gastem|usem] os tickets pfv, semana passada [três|duas] pessoas não jogaram e a gente caiu de [liga|rank]. as partidas são das [19|20] às [22|23][ no horário do server|]`,
      `[gg|mano], [essa partida|a última] foi [insana|doida]: caímos na escola do [mapa da cidade|mapa novo], tinha [duas|três] squads, fiz [4|5] kills na [biblioteca|cantina] e depois fomos pro [hospital|estádio] no círculo final`,
    ],
  },
  asking: {
    askSomeoneElse: [
      `alguém tem o [número|zap|telefone] do [cara|menino|líder] que [manda na|cuida da] [aliança|guilda][?]`,
      `alguém sabe [onde|em que escola] {first} do [clube de arte|clã|server] [mora|estuda][?]`,
      `quem sabe o nome verdadeiro de quem [vazou|roubou] [a fic|meu desenho][?] quero achar ele`,
    ],
    groomingPhotoAsk: [
      `[que linda|vc é muito linda] na [foto de perfil|pfp], manda mais fotos só pra mim, [não conta pra sua mãe|não mostra pra ninguém]`,
      `eu também tenho [14|15] 😊 manda uma foto pra eu saber que [vc é real|não é fake], [depois eu mando|eu mando] a minha`,
      `te dou [{amount} {currency}|o passe] se mandar uma [selfie|foto sua] e [não contar pra ninguém|ficar entre nós]`,
    ],
    prizeScamAsk: [
      `[PARABÉNS|🎉] [vc ganhou|você foi sorteado com] um [celular|pc gamer|{amount} {currency}]!! envie seu nome, [endereço com número|rua e número] e telefone [pra receber|pro envio]`,
      `sua [encomenda|entrega] está [retida|parada], confirme seu endereço [neste link|aqui] pra receber`,
      `[faça login|entra] em {link} com sua conta pra [resgatar|ganhar] [{amount} {currency}|o prêmio][ grátis|]`,
    ],
  },
  giving: {
    meetAtNamedPlace: [
      `[a gente se encontra|bora se ver] na [saída B|saída 2|catraca] da estação [Sé|da Luz|Central] às {time}[ no sábado| amanhã|]`,
      `[encontro|vamos se ver] no shopping {namedplace} às {time}[, na praça de alimentação|, na entrada|]`,
      `[estudar|vamos estudar] na biblioteca municipal de {realcity} [na|dia] {weekday} às {time}[, segundo andar|]`,
    ],
    nameAndContactTerse: [
      `meu nome é {fullname}[ aliás| kkk|]`,
      `[se quiser|se tiver interesse] me chama no {phone}[, só whatsapp|, só zap|]`,
      `[sou eu|oi sou eu], {fullname} [da sala de química|do ônibus|do 8º b]`,
      `meu discord é {handle}[, me adiciona| pro rp|]`,
    ],
    doxxThreatKnown: [
      `eu sei teu nome verdadeiro e [em que escola vc estuda|onde vc mora], continua [assim|falando] que eu posto no grupo`,
      `teu nome é {fullname} [e vc estuda no|do] {school}, todo mundo vai saber[ 🙂|]`,
      `[já sei|eu sei] onde vc mora, mais [um xingamento|uma] e eu [posto teu endereço|vazo tudo] no server`,
    ],
  },
};

/** Relative draw weight of each intent above (absent: 1). 7.1 in all. */
export const WEIGHTS: Readonly<Record<string, number>> = {
  // none (3.4 in all)
  modDataNotice: 0.7,
  inGameIdAdd: 0.6,
  phoneAsObject: 0.5,
  countryAndFandomQs: 0.5,
  jokeKnowWhereYouLive: 0.5,
  longHarmlessRamble: 0.6,
  // asking (2.0 in all)
  askSomeoneElse: 0.7,
  groomingPhotoAsk: 0.7,
  prizeScamAsk: 0.6,
  // giving (1.7 in all)
  meetAtNamedPlace: 0.5,
  nameAndContactTerse: 0.7,
  doxxThreatKnown: 0.5,
};
