/**
 * Local trade and meet-ups (round 10): what the model of round 9 still missed on the development
 * sets, as families only (none of their messages, phrasings, names, places or numbers are here).
 * The misses sit in everyday local arrangements rather than inside a game — second-hand sales and
 * pickups of bikes, furniture, phones and tickets, running and sports clubs, LAN parties, carpools
 * and swaps — and in the address and phone formats of each country.
 *
 * On the `giving` side: where to collect or send something as a real address in the country's own
 * format, with a flat, a floor, a back house or a name to ring at, also inside a longer selling post
 * (`pickupAddress`); the town or district one lives in, said in passing, as in "collection only"
 * (`collectionTown`); a handover or a meet-up at a landmark with a time — a park fountain, a shop on
 * a street, the gate of a named place, a station exit (`meetAtLandmark`); a self-introduction with a
 * full real name in a sale or a club (`sellerIntroName`); and a phone number written the local way,
 * with a reason to call first (`phoneLocalForm`).
 *
 * On the `asking` side: where exactly to pick up, which street, an address for a parcel
 * (`askPickupAddress`); proposals to meet in person without a place — to look at the item, to swap,
 * to run together (`askMeetInPerson`); which station is nearest or which district one lives in
 * (`askNearestStationOrDistrict`); and which school a team or a player is from (`askTeamSchool`).
 *
 * On the `none` side, the hard negatives that cost false alarms: price talk in a sale with no place
 * or contact (`priceHaggle`); game friend and trainer codes in groups of four digits
 * (`friendCodes`); warnings never to pass on an SMS code or to trust "safe payment" links
 * (`smsCodeWarning`); a country asked or said on its own (`countryQuestion`); public news naming
 * streets or places with no meeting (`localNewsRoads`); talk about an app or a buy-and-sell group
 * with no exchange (`appAndGroupTalk`); and role-play characters with an invented full name and a
 * job or a shop in the game world (`rpCharacterJob`).
 *
 * English, Spanish, Portuguese, French, German, Italian, Dutch, Polish and Turkish here; the other
 * eight languages in `local-trade-more.ts`, which shares these weights.
 *
 * Draw weights (`WEIGHTS`): 10.0 in all, giving 2.9, asking 2.1, none 5.0.
 */
import { choices, DIGIT_CHOICE, type Families } from './families.js';

/** Two random digits. */
const D2 = choices(DIGIT_CHOICE, 2);
/** Three random digits. */
const D3 = choices(DIGIT_CHOICE, 3);
/** Four random digits. */
const D4 = choices(DIGIT_CHOICE, 4);
/** A game friend or trainer code: three groups of four digits, some with 555 in them. */
const FC = `[1|2|3|5|6|7|8|9]${choices(DIGIT_CHOICE, 1)}[5|0|2|4|6|8][5|1|3|7|9] [5|1|2|3|4|6|7|8|9][5|0|3|6|9]${D2} ${D4}`;
/** A console friend code. */
const SW = `SW-${D4}-[5|1|2|3|4|6|7|8|9]${D3}-${D4}`;
/** A house number. */
const NUM = '[2|3|5|7|8|9|11|12|14|17|21|23|27|31|38|42|45|56|63|88|102|115]';

export const EN: Families = {
  none: {
    priceHaggle: [
      `[would u|would you|could u] take [20|25|30|40|50] for the [desk|bike|wardrobe|monitor|chair] if i [pick up|collect] this week[?|??]`,
      `[still available|is this still available|still got it][?|??][ 🙏|]`,
      `is the price [negotiable|flexible|firm][?|] [bit over my budget|i can do cash|no worries if not][ lol|]`,
      `[last price|lowest u go|best price]? [ps5|bike|sofa|iphone|tickets] [looks|seem] [mint|clean|good][,|] [i can do|offering] [80|120|150|200]`,
      `[£|$|€][40|60|90] [ono|obo|or nearest offer][,|] [no timewasters|first to pay gets it|cash on collection][ pls|]`,
      `[sorry|sry] [it's|its] [sold|gone|reserved][,|] [will|ill] [update|edit] the [post|ad|listing][ 👍|]`,
      `[does it|do they] [still work|come with the charger|have any scratches][?|] [would|can] [do|offer] [70|85|100] [if so|then][ tho|]`,
      `[how old|how many km on it|what size frame] is [it|the bike|the treadmill][?] [thinking about it|might be interested][ for my son| lol|]`,
      `[meet me halfway|meet me in the middle] on the price[?|] [45|55|65] and [it's|its] a deal[ 🤝|]`,
    ],
    friendCodes: [
      `[my|] [trainer code|friend code|fc][:| is|] ${FC} [add me for raids|send me a gift|gifts daily][ pls| 🙏|!|]`,
      `${FC} [add|adding] [for raids|for gifts|for the event][,| -] [active daily|i open gifts every day|remote raids ok][ ty|]`,
      `[need|looking for] [raid buddies|people for the legendary raid|gift friends][!|,] [code|mine] ${FC}[, will send gifts back|]`,
      `[switch|nintendo] fc ${SW} [add me|for animal crossing trades|lets play online][ 💙|]`,
      `[sent u a gift|opened ur gift|just added u][!|,] [my code|mine] ${FC} [if u lost it|in case|again][ lol|]`,
      `[drop|post] [ur|your] [friend codes|trainer codes] [below|here][,|] [mine|ill start] ${FC}`,
      `[raid|lobby] [in 5|now|starting][,|] [add|inv] ${FC} [and ill invite u|for the remote invite|quick][ 🔥|]`,
    ],
    smsCodeWarning: [
      `[never|dont ever|do NOT] [send|give|share] the [sms code|6 digit code|verification code] to [a buyer|anyone|a "buyer"][, its a scam|, they steal ur account|, legit buyers dont need it]`,
      `[psa|heads up|warning]: [buyers|scammers] [sending|asking u to use] "[safe payment|secure delivery|courier payment]" links [are|=] [a scam|fake][. pay cash on collection|. dont click|. report them]`,
      `if a "buyer" [asks for|wants] [the code u got by text|ur whatsapp code|the code from the sms] [block|report] them[ straight away| immediately|]`,
      `[got a|had a] [dodgy|weird|fake] [buyer|message] asking me to [confirm my card|enter my bank details] on a [delivery|payment] link[ lol no| 🙄|. reported]`,
      `[reminder|mod reminder]: [nobody|no buyer|no one] [legit|real] needs [ur|your] [sms code|one time code|login code][.| -] [keep it to yourself|never pass it on]`,
      `[scam alert|🚨 scam alert] in the [group|buy sell group]: [fake couriers|people pretending to be buyers] [asking for|want] [codes|verification codes] and [card numbers|bank logins][, stay safe|, dont fall for it|]`,
      `[they|the scammer] [sent|texted] me "[pls send the code|send me the 6 digits|just confirm the code]" [lmao|lol] [nice try|blocked|not happening]`,
    ],
    countryQuestion: [
      `are you in the [uk|us|states|eu] or [somewhere else|abroad|another country][?|??] [postage costs|shipping] [differ|would be a lot][ lol|]`,
      `[u from|are u from] {country}[?|??] [ur spelling|the price in euros|the plug] gave it away`,
      `[which country|what country] [r u|are you|is the seller] in[?|??][ for shipping|]`,
      `[im|i'm] in {country} [btw|lol][,|] [does that work for shipping|so no pickup sorry|not local sorry]`,
      `[do u|do you] ship to {country}[?|??] [or|or is it] [uk|us] only[?|]`,
      `[is this|this] [a|] [uk|us|canada|australia] [plug|version|model][?] [im|i'm] [not in|outside] the [uk|us][ lol|]`,
      `[ur|you're] [australian|canadian|irish|from the uk] right? [the|ur] [slang|accent in the video] [lol|haha]`,
    ],
    localNewsRoads: [
      `the marathon closes {street} on {day}[,|] [buses diverted|buses are diverted|expect delays][ all day| until 2pm|]`,
      `roadworks on the high street [again|AGAIN|for another month][ 🙄| ugh|, whole town is gridlocked]`,
      `[heads up|fyi]: {street} [is closed|is shut|has a burst pipe] [near the bridge|by the roundabout|at the lights][, traffic is a mess|]`,
      `[the council|council] [is|are] [resurfacing|digging up] {street} [next week|from monday|all summer][ lol rip|, great|]`,
      `[saw on the news|local news says] the [farmers market|christmas market|fair] [moves to|is back at] {venue} this year`,
      `[there was|theres] [a crash|an accident|a fire] on {street} [this morning|earlier|last night][, hope everyones ok|, road still closed|]`,
      `[the|our] [park run|fun run|10k] [route|course] [changed|is different] this year, [it|now it] [goes past|loops around] {venue}[ apparently| i think|]`,
      `[new|another] [coffee place|gym|bubble tea shop] [opening|opened] on {street}[, looks nice| lol| 👀|]`,
    ],
    appAndGroupTalk: [
      `does the app count [treadmill|indoor] [km|miles][?|??] [mine|my watch] [shows|says] [0|nothing][ lol|]`,
      `the [local|] [buy sell|buy and sell|free stuff] group is [full of|just] [spam|scammers|bots] now[ 🙄|]`,
      `is there a [bonus|community day|spotlight] event on {day}[?|??]`,
      `[marketplace|the selling app] [keeps|kept] [removing|hiding] my [listing|post] [for no reason|idk why][ 😤|]`,
      `[anyone|does anyone] [use|like] the [new|updated] [running|club] app[?] [the|its] [map|leaderboard] [is|looks] [broken|weird] [for me|now]`,
      `[our|the] [club|running] group [hit|reached] [500|1000|2000] [members|km this month][ 🎉|!!|]`,
      `[why|how come] [do|does] [the|this] [app|group] [need|want] [so many|all these] [permissions|notifications][?|] [deleted it|turned them off][ lol|]`,
    ],
    rpCharacterJob: [
      `my rp character is [Captain|Old|Sir] [Barnaby|Rowan|Tobias] [Saltbeard|Finch|Grimsby], [he runs|she runs|runs] the [fish shop|tavern|blacksmith] at the [harbour|docks|market square]`,
      `[meet|this is] [Mira|Elsie|Kael] [Thornwood|Ashgrove|Blackwater], [the town's|our] [baker|healer|mayor] in [the server|my rp|bloxburg][ lol|]`,
      `[my oc|my character] {first} [Ironfist|Moonwhisper|Stormvale] [works as|is] a [courier|bounty hunter|mechanic] in [the city rp|los santos rp|the guild][, lore in the doc|]`,
      `*[Captain|Doctor|Mayor] [Hollis|Vance|Orla] [Greywater|Pike|Duskwood] [opens|unlocks] the [shop|clinic|town hall] door* "[welcome|morning], [traveler|stranger|citizen]"`,
      `[in the rp|rp server] [i play|im playing] [Jonas|Wren|Cora] [Quill|Marsh|Fenwick], [a|the] [taxi driver|shop owner|police chief] [on|of] [pink street|the east district|sunset blvd][ ingame| lol|]`,
      `[new|my] [character|oc] [sheet|bio]: [Dr.|Lady|Lord] [Ember|Silas|Nyla] [Voss|Harrow|Crane], [owns|runs] the [potion shop|pawn shop|diner] [in|by] [spawn|the harbour|downtown] [rp|in game]`,
    ],
  },
  asking: {
    askPickupAddress: [
      `where can i pick up the [wardrobe|bike|desk|sofa|tv][?|??] need the [address|full address|postcode][ pls|]`,
      `which street is the [LAN|lan party|swap|car boot] on[?|??]`,
      `send me ur address for the [parcel|package|tickets][ pls| and ill post it tmrw|]`,
      `[whats|what's] the [postcode|address] [for pickup|for collection|to put in my satnav][?|??]`,
      `[ok|cool] [ill take it|deal][!|,] [where do i|where should i] [collect|come|pick it up][?|] [dm|pm] me the address`,
      `[can u|could you] [dm|send] me the [exact|] [address|house number] [for|before] {day}[?| pls|]`,
      `[what|which] [flat|floor|door] [is it|are u][?|] [and|or] [whose name|which name] [do i|should i] [buzz|ring][?|]`,
      `[where abouts|whereabouts|where exactly] [are u|is it] [for collection|for pickup][?] [need|want] to [check|see] how far`,
    ],
    askMeetInPerson: [
      `when's a good time to swing by and look at the [bike|sofa|tv|amp][?|??]`,
      `shall we meet in person for the [swap|trade|handover][?|??]`,
      `anyone [wanna|want to] run together this [weekend|saturday|sunday][?|??][ slow pace lol|]`,
      `where do you usually do the [club run|long run|parkrun warmup]? [might join|thinking of joining][ 👀|]`,
      `[can we|could we] [do it|meet] [hand to hand|in person|face to face][?] [dont trust|not a fan of] [posting|couriers][ tbh|]`,
      `[is it|would it be] ok if i [come|pop round|come over] [to see it|and test it] [first|before i pay][?|]`,
      `[wanna|fancy] [meet up|meeting up] [irl|in person] [to swap|and trade] [cards|the games|plushies][?|??]`,
      `[are|r] u [free|around] {day} [to meet|for the handover|so i can grab it][?|??]`,
    ],
    askNearestStationOrDistrict: [
      `[which|what] station [is|are] [nearest|closest] to [u|you|the pickup][?|??]`,
      `[what|which] [area|part of town|side of town] [r u|are you] in[?|] [near enough|close enough] to run together?`,
      `[which|what] [tube|train|bus] stop [do u|should i] [get off at|use][?|??]`,
      `[are u|r u] [north|south|east|west] [side|of the river|of town][?|] [trying to work out|just checking] the [drive|trip][ lol|]`,
      `[what|which] [neighbourhood|suburb|estate] [is it|is the lan|is the club] in[?|??]`,
      `[how far|how close] [are u|r u] from [the station|the city centre|town][? like which area|?|]`,
      `[whats|what's] ur [nearest|local] [station|stop|train station][?] [ill|i'll] [come by train|get the bus][ prob|]`,
    ],
    askTeamSchool: [
      `[which|what] school [is|are] [ur|your|that] team [from|with][?|??]`,
      `[what|which] school does [the|ur|that] [striker|goalie|point guard|number 9] [go to|play for][?|??]`,
      `[is|r] [ur|your] [team|squad] [from|at] [a school|a uni|the same school][?] [which one|what's it called][?|]`,
      `[that kid|the one] [who won|in first place] [the 5k|the race|the tournament], [what|which] school [is he|is she|are they] [at|from][?|]`,
      `[what school|which school] do [u guys|yall|u lot] [play for|run for|represent][??|?]`,
      `[are|r] [they|u] [from|at] [my|our|the same] school? [which|what] [one|school] [tho|is it][?|]`,
    ],
  },
  giving: {
    pickupAddress: [
      `[pickup|collection|pick up] from ${NUM} {street}, [flat|apt] [2|3|4|5|7|12][b|a|], ring at {lastname}`,
      `send it to {address}, {postcode}[ pls| thx| ty|]`,
      `[its|it's] ${NUM} {street}, [back door|side gate|top floor|2nd floor][,| -] [just knock|text when outside|buzz {lastname}][ 👍|]`,
      `[selling|for sale]: [kids bike|ikea wardrobe|gaming chair|old ps4] [£|$][20|30|40|50][,|.] [good condition|works fine|bit scratched]. collection from {address}[, {postcode}|] [evenings|after 6|weekends only][. cash only|]`,
      `[address|addy] [for the|is] [lan|lan party|swap]: ${NUM} {street}, [garage round the back|basement|flat 3][, bring ur own cable|]`,
      `[ok|sure] [come to|pick up at] {address} [anytime after 5|tmrw morning|{day}][, its the house with the blue door|, flat above the shop|]`,
      `[post|send] the [tickets|cards|parcel] to {lastname}, ${NUM} {street}, {city} {postcode}`,
      `[sofa|desk|fridge] is at ${NUM} {street} [ground floor|4th floor, no lift lol|flat 9], [ring|buzz] {lastname}[ when ur here|]`,
    ],
    collectionTown: [
      `the [bike|sofa|wardrobe|tv] is in {city}, collection only`,
      `[yeah|yh] im local, {city}`,
      `we moved to {city} last year[ lol| so not far|]`,
      `pickup only, {city} area[ 👍|]`,
      `[i live|im based|im] in {city}[,|] [can|could] [meet|drop it off] [nearby|in town|if ur close][ lol|]`,
      `[selling|for sale] [my old|a] [road bike|desk|monitor|bunk bed], [£|$][30|60|80], [collection|pickup] from {city}[ only|, no delivery|]`,
      `[ye|yes] [im|i'm] in {city} [too|as well]! [small world|no way][ lol|]`,
      `[the lan|our run club|the swap] [is|happens] in {city} [every|most] [friday|saturday|sunday][, im there every week|]`,
    ],
    meetAtLandmark: [
      `[meet|lets meet] by the fountain in {venue} at {time}[ {day}|]`,
      `[handover|swap] in front of the [tesco|co-op|7-eleven|aldi] on {street} at {time}[, ill have the bag|]`,
      `[meet|ill be] at the main gate of {venue} at {time}[, grey hoodie|, text when ur there|]`,
      `[exit 2|north exit|the east exit] of [the station|{venue}] at {time} [then|and] we [swap|do the handover][?|]`,
      `[club run|run club] [starts|meets] at {venue} {day} {time}[, by the cafe| by the big oak|]`,
      `[raid|community day] [meetup|group] at {venue} {day} [at|around] {time}, [by the statue|near the fountain|at the bandstand][ bring power banks|]`,
      `[ok|cool] [lets do|see u at] {venue} [car park|entrance] at {time}[, cash ok?|]`,
      `[carpool|lift] [leaves|pickup] from outside [the library|the leisure centre|the church] on {street} at {time}[ sharp|]`,
    ],
    sellerIntroName: [
      `[hi|hey] im {fullname}, the one with the [bike|sofa|ps5|tickets] from the ad`,
      `[hi all|hey everyone], {fullname} here, [new to|just joined] the [running club|club|group][ 👋|]`,
      `its {fullname} [btw|lol], [we spoke|u messaged me] about the [desk|wardrobe|fridge][ yesterday|]`,
      `[my name|name's|names] {fullname}[,|] [im|i'm] [collecting|picking up] the [chair|bike|speakers] [at 6|today|tonight]`,
      `[the parcel|it] [will be|is] under {fullname}[ btw|, thats me|]`,
      `[hi|hello], [this is|i'm] {fullname} [from|with] the [lan party|swap meet|5k group] [sign up|group chat][, see u {day}|]`,
      `[im|i'm] {fullname}[, ur|, your] [carpool|lift] for {day}[ 🚗|]`,
    ],
    phoneLocalForm: [
      `call [me|] before you come: [555 01|(555) 01|555-01]${D2}[,|] [im on the 3rd floor|buzzer doesnt work|i might be at work]`,
      `[text|ring] [me|] on 07700 900${D3} [when ur outside|before u set off|to check its still here]`,
      `[my number|number]: [+1 |]555 [01|02|03]${D2} ${D2}[,| -] [call first|ring before|text before coming][ pls|]`,
      `[5|five] [5|five] [5|five][,| -] [0|oh|zero] [1|one] [2|3|two|three] [4|four][,|] [ring|call] [me|] [when u get here|before pickup|if lost]`,
      `[any|for] [questions|viewing][,|] [call|text] [me|] [on|at] 555 ${D3} ${D4}[, daytime only|, not after 9pm|]`,
      `[whatsapp|text] [me|] 07700 900 ${D3} [first|before] [so i know ur coming|im not always in][ ty|]`,
    ],
  },
};

export const ES: Families = {
  none: {
    priceHaggle: [
      `[sigue disponible|aun lo tienes|todavia esta][?|??]`,
      `me lo dejarias en [20|25|30|40] si lo [recojo|paso a buscar] esta semana[?|??]`,
      `[el precio es|es] negociable[?|??] [pago en efectivo|lo quiero ya|me encaja pero]`,
      `[ultimo precio|cuanto es lo minimo|precio final][?] [la bici|la mesa|el movil|las entradas] [me interesa|me interesan][ mucho|]`,
      `[perdona|sorry|lo siento], [ya esta vendido|esta reservado|ya se vendio][,|] [actualizo el anuncio|borro el post][ 🙏|]`,
      `[te doy|te ofrezco] [50|70|90] y [cerramos|trato hecho][?|] [esta|tiene] [algun rayon|bateria bien|todo original][?|]`,
    ],
    friendCodes: [
      `mi codigo de entrenador: ${FC} [agregadme|agregame] para [incursiones|raids|regalos][ porfa|!|]`,
      `${FC} [añadidme|agregadme] [pa|para] [regalos|raids remotas][,|] [abro regalos a diario|activo todos los dias]`,
      `[busco|necesito] gente para la [incursion|raid legendaria][,|] [mi codigo|codigo] ${FC}`,
      `[codigo de amigo|fc] switch ${SW} [para intercambios|para jugar online|agregame][ 💙|]`,
      `[pasad|dejad] [vuestros|sus] codigos [abajo|aqui][,|] [el mio|empiezo yo] ${FC}`,
    ],
    smsCodeWarning: [
      `[nunca|jamas|NO] [pases|des|mandes] el codigo [del sms|que te llega por sms|de verificacion] a [un comprador|nadie][, es estafa|, te roban la cuenta|]`,
      `[ojo|cuidado|aviso]: los enlaces de "[pago seguro|envio seguro|pago protegido]" [que mandan|de] los compradores [son|=] estafa[. pago en mano y ya|. no los abrais|]`,
      `si un "comprador" te pide el codigo de [whatsapp|verificacion|6 digitos], [bloquealo|reportalo|es un timo][ ya|]`,
      `[me escribio|me llego] un [comprador|tipo] [raro|falso] pidiendo [los datos de la tarjeta|que confirme en un link][ jaja no| 🙄|. reportado]`,
      `[recordatorio|aviso del grupo]: nadie [de verdad|legal] necesita tu codigo [del sms|de un solo uso][, no lo compartas|]`,
    ],
    countryQuestion: [
      `estas en españa o [en otro pais|fuera|en latam][?|??] [por el envio|es por los gastos de envio]`,
      `[eres de|sos de] {country}[?|??] [por como escribes|por el acento][ jaja|]`,
      `[de que pais|en que pais] [eres|estas|esta el vendedor][?|??]`,
      `[envias|haces envios] a {country}[?|] [o solo|o es solo] [peninsula|nacional][?|]`,
      `[yo estoy|estoy] en {country} [jaja|xd][,|] [asi que|entonces] [nada de recogida|nada de mano][ sorry|]`,
    ],
    localNewsRoads: [
      `el maraton corta {street} el domingo[,|] [los buses van desviados|desvian los autobuses|atascos seguro]`,
      `[otra vez|otra vez con] obras en la calle mayor[ 🙄| que pesadez| jaja|]`,
      `[ojo|aviso]: {street} [esta cortada|cortada] [por obras|por un escape de agua|por la cabalgata][ hasta la tarde|]`,
      `[dice el periodico|en las noticias dicen] que el [mercadillo|rastro|mercado navideño] [se muda a|vuelve a] {venue} este año`,
      `[hubo|ha habido] un [accidente|incendio] en {street} [esta mañana|anoche][, espero que esten todos bien|]`,
      `[abren|han abierto] un [gimnasio|cafe|super] nuevo en {street}[ 👀| jaja|]`,
    ],
    appAndGroupTalk: [
      `la app cuenta los km de [cinta|la cinta de correr][?|??] [a mi|el reloj] me [sale|marca] 0`,
      `el grupo de [compraventa|segunda mano] del barrio esta lleno de [spam|estafadores|bots] ya`,
      `hay evento [bonus|de comunidad] el [sabado|domingo][?|??]`,
      `[wallapop|vinted|la app] me [borro|oculto] el anuncio [sin motivo|ni idea por que][ 😤|]`,
      `[nuestro|el] grupo de running [ya|] [llego a|tiene] [500|1000] [miembros|km este mes][ 🎉|]`,
    ],
    rpCharacterJob: [
      `mi personaje de rol es [el capitan|don|la señora] [Bartolo|Remedios|Elvira] [Salitre|Mareas|Hierro], [lleva|tiene] la [pescaderia|taberna|herreria] del puerto`,
      `[en el rp|en el server] [hago de|soy] [Lucia|Tomas|Ines] [Brumaverde|Piedrasol], [taxista|medica|alcaldesa] de [la ciudad|los santos][ jaja|]`,
      `*[el capitan|la doctora|el alcalde] [Ulises|Maritza] [Roblenegro|Cienfuegos] abre la [tienda|clinica]* "[bienvenido|buenas], forastero"`,
      `[mi oc|mi personaje] {first} [Puñohierro|Lunaplata] [trabaja de|es] [mensajero|mecanico|cazarrecompensas] en [el rp|la ciudad del server]`,
      `[ficha|bio] de personaje: [Dr.|Lady] [Ambar|Silvano] [Cuervo|Marisma], dueño de la [tienda de pociones|casa de empeños] [en spawn|junto al puerto] [rp|en el juego]`,
    ],
  },
  asking: {
    askPickupAddress: [
      `[donde|dnd] [paso a recoger|recojo] [el armario|la bici|la mesa|el sofa][?|??] [pasame|mandame] la direccion`,
      `en que calle es la [lan|lan party|quedada de intercambio][?|??]`,
      `[mandame|pasame] tu direccion para el [paquete|envio|las entradas][ porfa|]`,
      `[que piso|que puerta|en que portal] [es|eres][?|] [y|o] [a que nombre|que nombre] [llamo|pongo en el telefonillo][?|]`,
      `[vale|ok] [me lo quedo|trato][!|,] [donde|por donde] [lo recojo|paso][?] [mandame|pasame] [la ubicacion|la direccion] [por privado|por md][ plis|]`,
      `[cual es|me das] el codigo postal [para el envio|pa mandarlo][?|??]`,
    ],
    askMeetInPerson: [
      `cuando [te viene bien|puedo pasar] para ver [la bici|el sofa|la tele][?|??]`,
      `[quedamos|nos vemos] en persona para el [intercambio|cambio][?|??]`,
      `alguien [quiere|se apunta a] [correr|salir a correr] juntos este finde[?|??][ ritmo suave jaja|]`,
      `[donde|por donde] [soleis|hacen] la [salida del club|tirada larga][?] [igual me apunto|me apetece ir]`,
      `[mejor|lo hacemos] en mano[?|] [no me fio|paso] de [envios|mensajeria][ la verdad|]`,
      `puedo [ir a verlo|pasar a probarlo] antes de pagar[?|??]`,
    ],
    askNearestStationOrDistrict: [
      `[que|cual es la] [estacion|parada de metro] [te pilla|tienes] mas cerca[?|??]`,
      `[en que|de que] barrio [eres|vives][?|] [estamos|estas] lo bastante cerca para correr juntos?`,
      `[en que|por que] zona [estas|vives][? norte o sur|?|??]`,
      `[que|en que] parada [me bajo|tengo que bajar][?|??]`,
      `[estas|vives] [lejos|cerca] del centro[? en que barrio|?]`,
    ],
    askTeamSchool: [
      `de que [cole|colegio|instituto] es [tu|ese|el] equipo[?|??]`,
      `[el delantero|el portero|la numero 9] [a que cole va|de que insti es][?|??]`,
      `[vosotros|ustedes] [de que|por que] [cole|instituto] [jugais|corren|juegan][?|??]`,
      `[el chaval|la chica] que gano [la carrera|los 5k|el torneo], [de que|en que] [cole|instituto] [esta|es][?|]`,
      `[sois|son] del mismo [cole|insti][?] [cual|como se llama][?|]`,
    ],
  },
  giving: {
    pickupAddress: [
      `[recogida|se recoge] en {street} ${NUM}, [segundo B|3º izquierda|bajo A|4º D][,|] [llama a|al telefonillo de] {lastname}`,
      `[mandalo|envialo] a {address}, {postcode}[ porfa| gracias|]`,
      `[vendo|se vende] [bici de niño|armario de ikea|silla gamer|ps4] [20|30|50]€[,|.] [buen estado|funciona perfecto]. recogida en {address}[, {postcode}|] [por las tardes|a partir de las 6|solo findes]`,
      `[la lan|el intercambio] es en {street} ${NUM}, [el garaje de atras|el bajo|piso 1][, traed cable|]`,
      `[ven|pasate] a {address} [a partir de las 5|mañana por la mañana|el sabado][, portal verde|, encima de la farmacia|]`,
      `[el sofa|la mesa|la nevera] esta en {street} ${NUM} [primero sin ascensor jaja|5º A|bajo], [pregunta por|llama a] {lastname}`,
    ],
    collectionTown: [
      `la [bici|mesa|tele] esta en {city}, solo recogida en mano`,
      `[si|sip] soy de aqui, de {city}`,
      `nos mudamos a {city} el año pasado[ jaja|]`,
      `solo recogida, zona {city}[ 👍|]`,
      `[vivo|estoy] en {city}[,|] [puedo quedar|te lo acerco] [por aqui|si estas cerca]`,
      `[yo tambien soy|tambien vivo en] {city}[! que pequeño es el mundo|!|]`,
    ],
    meetAtLandmark: [
      `[quedamos|nos vemos] en la fuente de {venue} a las [5|6|7|10][ el sabado| mañana|]`,
      `[entrega|el cambio] en la puerta del [mercadona|dia|carrefour express] de {street} a las [6|7|8][, llevo la bolsa|]`,
      `[te espero|estare] en la entrada principal de {venue} [a las|sobre las] [5|6|7][, sudadera gris|]`,
      `salida [2|norte|de la calle mayor] [del metro|de {venue}] a las [6|7|8] y [hacemos el cambio|te lo doy][?|]`,
      `la salida del club [es|sale] de {venue} [el domingo|el sabado] a las [8|9] [junto al kiosko|en la estatua|]`,
      `[raid|quedada] en {venue} [mañana|el domingo] a las [5|6][, junto a la estatua|, traed baterias|]`,
    ],
    sellerIntroName: [
      `[hola|buenas] soy {fullname}, el de la [bici|mesa|ps5] del anuncio`,
      `[hola a todos|buenas gente], soy {fullname}, [nuevo|nueva] en el club de [running|atletismo][ 👋|]`,
      `soy {fullname} [jaja|por cierto], [hablamos|me escribiste] por [el armario|la silla|la nevera]`,
      `[me llamo|soy] {fullname}[,|] [paso a recoger|recojo] [la silla|la bici|los altavoces] [a las 6|hoy|esta tarde]`,
      `el paquete va a nombre de {fullname}[, soy yo|]`,
    ],
    phoneLocalForm: [
      `llamame antes de venir: 6[1|2|5|7]5 55 ${D2} ${D2}[,|] [el timbre no va|estoy en un 3º|igual estoy currando]`,
      `[mi numero|numero]: 6[1|2|5|7]5 55 ${D2} ${D2}[, llama antes|, avisa antes de pasar|]`,
      `[escribeme|mandame un whats] al 655 5${choices(DIGIT_CHOICE, 1)} ${D2} ${D2} [cuando estes abajo|antes de salir|pa ver si sigue]`,
      `[seis|6] [cincuenta y cinco|55] [cinco|5] [cincuenta y|5] [uno|dos|tres|1|2|3], [llama|avisame] [antes|cuando llegues]`,
      `[para verlo|dudas] [llama al|al] +34 6[1|2|5|7]5 55 ${D2} ${D2} [solo por la mañana|no despues de las 9|]`,
    ],
  },
};

export const PT: Families = {
  none: {
    priceHaggle: [
      `[ainda ta disponivel|ainda tem|ta disponivel ainda][?|??]`,
      `faz por [50|80|100|150] se eu buscar essa semana[?|??]`,
      `[o preço é|é] negociavel[?|??] [pago no pix|pago a vista|to interessado]`,
      `[qual o menor valor|ultimo preço|menor preço][?] [a bike|a mesa|o celular|os ingressos] [me interessa|me interessam]`,
      `[foi mal|desculpa], [ja vendi|ta reservado|ja foi][,|] [vou atualizar|vou apagar] o anuncio[ 🙏|]`,
      `[te dou|ofereço] [200|300|450] e [fechamos|fechou][?|] [tem|ta com] [algum arranhão|bateria boa|nota fiscal][?|]`,
    ],
    friendCodes: [
      `meu codigo de treinador: ${FC} [me add|me adiciona] pra [reides|raids|presentes][ pfv|!|]`,
      `${FC} [add ai|me adicionem] pra [presentes|raid remota][,|] [abro presente todo dia|ativo diario]`,
      `[procuro|preciso de] gente pra [reide lendaria|raid][,|] [meu codigo|codigo] ${FC}`,
      `[fc|codigo de amigo] switch ${SW} [pra trocas|pra jogar online|me add][ 💙|]`,
      `[deixem|mandem] seus codigos [aqui|embaixo][,|] [o meu|começo eu] ${FC}`,
    ],
    smsCodeWarning: [
      `[nunca|jamais|NAO] [passe|mande|de] o codigo [do sms|que chega por sms|de verificação] pra [comprador|ninguem][, é golpe|, roubam sua conta|]`,
      `[cuidado|atenção|alerta]: link de "[pagamento seguro|entrega segura|frete garantido]" que comprador manda [é|=] golpe[. so pix na retirada|. nao clica|]`,
      `se o "comprador" pedir o codigo do [whatsapp|zap|sms], [bloqueia|denuncia] na hora`,
      `[recebi|chegou] msg de um [comprador|cara] [estranho|fake] pedindo pra [confirmar o cartão|clicar num link][ kkk nao| 🙄|. denunciei]`,
      `[lembrete|aviso do grupo]: ninguem [serio|de verdade] precisa do seu codigo [do sms|de 6 digitos][, nao passa|]`,
    ],
    countryQuestion: [
      `vc ta no brasil ou [fora|em portugal|em outro pais][?|??] [por causa do frete|é pelo envio]`,
      `[vc é de|tu é de] {country}[?|??] [pelo jeito de escrever|pelo sotaque][ kkk|]`,
      `[de que pais|em que pais] [vc é|vc ta|ta o vendedor][?|??]`,
      `[envia|manda] pra {country}[?|] [ou so|ou é so] [nacional|brasil][?|]`,
      `[eu to|to] em {country} [kkk|rs][,|] [entao|ai] [nada de retirada|sem retirada][ foi mal|]`,
    ],
    localNewsRoads: [
      `a maratona fecha a {street} no domingo[,|] [os onibus vao desviar|onibus desviados|transito caotico]`,
      `obra na avenida principal [de novo|DE NOVO|mais um mes][ 🙄| aff|]`,
      `[atenção|aviso]: a {street} [ta interditada|fechada] [por obra|por vazamento|pelo desfile][ ate a tarde|]`,
      `[saiu no jornal|deu no jornal] que a [feira|feirinha|festa junina] [muda pro|volta pro] {venue} esse ano`,
      `[teve|rolou] um [acidente|incendio] na {street} [hoje cedo|ontem a noite][, espero q ta todo mundo bem|]`,
      `[abriu|vai abrir] [uma academia|um cafe|um mercado] novo na {street}[ 👀| kkk|]`,
    ],
    appAndGroupTalk: [
      `o app conta km de esteira[?|??] [o meu|meu relogio] [mostra|marca] 0`,
      `o grupo de [desapego|compra e venda] do bairro ta cheio de [spam|golpista|bot] agora`,
      `tem evento [bonus|dia comunitario] no [sabado|domingo][?|??]`,
      `o [olx|marketplace|app] [apagou|escondeu] meu anuncio [do nada|sem motivo][ 😤|]`,
      `nosso grupo de corrida [bateu|chegou a] [500|1000] [membros|km no mes][ 🎉|]`,
    ],
    rpCharacterJob: [
      `meu personagem do rp é o [capitao|seu|dona] [Bartolomeu|Jurema|Clovis] [Maresia|Salgado|Ferrao], [ele cuida|dono] da [peixaria|taverna|ferraria] do porto`,
      `[no rp|no servidor] [eu faço|sou] a [Luana|Dalva|Iris] [Brumaverde|Pedrassol], [taxista|medica|prefeita] da cidade[ kkk|]`,
      `*[o capitao|a doutora|o prefeito] [Ulisses|Marieta] [Corvonegro|Fogaréu] abre a [loja|clinica]* "[bem vindo|bom dia], forasteiro"`,
      `[meu oc|meu personagem] {first} [Punhodeferro|Luaprata] [trabalha de|é] [entregador|mecanico|caçador de recompensas] no [rp|servidor]`,
      `[ficha|bio] do personagem: [Dr.|Dona] [Ambar|Silvano] [Corvo|Mangue], dono da [loja de poções|casa de penhores] [no spawn|perto do porto] [rp|no jogo]`,
    ],
  },
  asking: {
    askPickupAddress: [
      `onde eu [busco|retiro] [o guarda roupa|a bike|a mesa|o sofa][?|??] [me passa|manda] o endereço`,
      `em qual rua é a [lan|lan house|troca][?|??]`,
      `me manda seu endereço pro [pacote|envio|correio][ pfv|]`,
      `[qual apto|qual bloco|qual andar] [é|vc mora][?|] [e|ou] [chamo quem|qual nome] no interfone[?|]`,
      `[fechou|beleza] [fico com ele|vou querer][!|,] [onde|aonde] retiro[?] me passa [a localização|o endereço] no pv`,
      `[qual o|me passa o] cep [pro frete|pra mandar][?|??]`,
    ],
    askMeetInPerson: [
      `que horas [fica bom|posso passar] pra ver [a bike|o sofa|a tv][?|??]`,
      `[bora|vamos] [se encontrar|encontrar] pessoalmente pra [troca|trocar][?|??]`,
      `alguem [quer|topa] correr junto esse fds[?|??][ ritmo leve kkk|]`,
      `[onde|aonde] vcs fazem o [treino do grupo|longao][?] [talvez eu vá|to pensando em ir]`,
      `[pode ser|faz] em mão[?|] nao confio [no correio|em transportadora][ tbm|]`,
      `posso [ir ver|passar pra testar] antes de pagar[?|??]`,
    ],
    askNearestStationOrDistrict: [
      `qual [estação|estação de metro|ponto de onibus] [fica|é] mais perto [de vc|daí][?|??]`,
      `[em que|qual] bairro vc mora[?|] [da pra|dá pra] gente correr junto?`,
      `vc [é|mora] de qual [zona|região][? norte ou sul|?|??]`,
      `[em qual|qual] ponto eu desço[?|??]`,
      `vc mora [longe|perto] do centro[? qual bairro|?]`,
    ],
    askTeamSchool: [
      `de que escola é [seu|esse|o] time[?|??]`,
      `[o atacante|o goleiro|a camisa 9] [estuda em|é de] qual [escola|colegio][?|??]`,
      `vcs [jogam|correm] por qual [escola|colegio][?|??]`,
      `[o menino|a menina] que ganhou [a corrida|os 5k|o campeonato], [de qual|qual] escola [ele é|ela é][?|]`,
      `[vcs sao|vcs são] da mesma escola[?] [qual|como chama][?|]`,
    ],
  },
  giving: {
    pickupAddress: [
      `[retirada|retirar] na {street}, ${NUM}, [apto 32|bloco B apto 104|casa 2|fundos][,|] [chama|interfona pro] {lastname}`,
      `manda pra {address}, cep {postcode}[ pfv| obg|]`,
      `[vendo|desapego] [bike infantil|guarda roupa|cadeira gamer|ps4] [R$|]${NUM}[,|.] [bom estado|funcionando]. retirada na {address}[, {postcode}|] [a noite|depois das 18h|so fds]`,
      `[a lan|a troca] é na {street} ${NUM}, [garagem dos fundos|terreo|sala 3][, tragam cabo|]`,
      `[passa|vem] na {address} [depois das 5|amanha cedo|sabado][, portão azul|, em cima da farmacia|]`,
      `[o sofa|a mesa|a geladeira] ta na {street} ${NUM}, [3º andar sem elevador kkk|apto 51|casa], [procura|chama] {lastname}`,
    ],
    collectionTown: [
      `a [bike|mesa|tv] ta em {city}, so retirada`,
      `[sim|sou] daqui sim, {city}`,
      `a gente se mudou pra {city} ano passado[ kkk|]`,
      `so retirada, regiao de {city}[ 👍|]`,
      `[moro|to] em {city}[,|] [posso encontrar|levo ai] [por aqui|se for perto]`,
      `[eu tbm moro em|tbm sou de] {city}[! mundo pequeno|!|]`,
    ],
    meetAtLandmark: [
      `[encontro|te encontro] na fonte do {venue} as [5|6|7|10][ no sabado| amanha|]`,
      `[entrega|a troca] na frente do [carrefour|pao de açucar|oxxo] da {street} as [18h|19h|20h][, to de mochila|]`,
      `[te espero|vou estar] no portão principal do {venue} [as|umas] [5|6|7][, moletom cinza|]`,
      `saida [2|norte|B] da estação [as|umas] [6|7|8] e [fazemos a troca|te entrego][?|]`,
      `o treino do grupo sai do {venue} [domingo|sabado] as [7|8] [perto do quiosque|na estatua|]`,
      `[reide|encontro] no {venue} [amanha|domingo] as [17h|18h][, perto da estatua|, levem carregador|]`,
    ],
    sellerIntroName: [
      `[oi|opa] sou {fullname}, [o|a] da [bike|mesa|ps5] do anuncio`,
      `[oi gente|e ai pessoal], sou {fullname}, [novo|nova] no grupo de corrida[ 👋|]`,
      `sou {fullname} [kkk|alias], [a gente falou|vc me chamou] sobre [o guarda roupa|a cadeira]`,
      `[meu nome é|sou] {fullname}[,|] vou [buscar|retirar] [a cadeira|a bike|as caixas de som] [as 6|hoje|a tarde]`,
      `o pacote vai no nome de {fullname}[, sou eu|]`,
    ],
    phoneLocalForm: [
      `liga antes de vir: (11) 9 55 5${choices(DIGIT_CHOICE, 1)} ${D2} ${D2}[,|] [interfone quebrado|moro no 3º|posso ta no trabalho]`,
      `[meu numero|numero]: ([21|31|11]) 9 5555-${D4}[, liga antes|, avisa antes de passar|]`,
      `[me chama no zap|manda zap] 9 55 5${choices(DIGIT_CHOICE, 1)} ${D2} ${D2} [quando chegar|antes de sair|pra ver se ainda tem]`,
      `[nove|9] [cinco cinco|55] [cinco|5] [zero|0] [um|dois|tres|1|2|3], [liga|me avisa] [antes|quando chegar]`,
      `[pra ver|duvidas] [liga no|no] 91 555 ${D2} ${D2} [so de manha|ate as 9 da noite|]`,
    ],
  },
};
