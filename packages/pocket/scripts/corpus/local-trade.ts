/**
 * Local trade and meet-ups (round 10): what the model of round 9 still missed on nearby-chat, as
 * families (written by helpers who never opened the set, from a brief that described its misses and
 * quoted some phrasings close to them: the set became training data, see NEARBY-CHAT.md).
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
 * job or a shop in the game world (`rpCharacterJob`); and which server, lobby or map someone is on
 * (`inGameWhereQuestion`) and playing together inside the game (`playTogetherInGame`), the in-game
 * twins of the station and district asks and of meeting in person.
 *
 * All seventeen languages. Some templates end in an optional long harmless tail (a polite buyer's
 * line, group chatter) with no place, time or contact, so the label stays the template's.
 *
 * Draw weights (`WEIGHTS`): 10.9 in all, giving 2.9, asking 2.1, none 5.9.
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
    playTogetherInGame: [
      `[anyone|any1|who] [wanna|want to|tryna] play [together|with me|duo] [rn|tonight|later|this weekend][?|??| lol|]`,
      `[anyone|who] [wanna|want to] [run|do|grind] [a dungeon|the raid|dailies|ranked] together[ tonight| this weekend|][?|]`,
      `[lets|let's] play together [after school|tonight|later][ in game| on here|][!| lol|]`,
      `[need|looking for] [a duo|a squad|people] to play [together|with] [tonight|this weekend][, add me in game|, join my lobby|]`,
      `[wanna|want to] [team up|squad up|duo] [in the next match|for the event|rn][?|]`,
    ],
    inGameWhereQuestion: [
      `[lol |ok |]which [server|world|realm|shard|region|channel] [r u|are you|u] [on|in][?|??|]`,
      `what [server|world|region] [u on|r u on|are u playing on][ rn|]?`,
      `[where|which map] [r u|are you] [in game|on the map|in the dungeon] rn[?|]`,
      `[which|what] [lobby|party|squad] [r u in|are you in][?|]`,
      `u on [eu|na|asia|oce] or [na|eu|asia][?|]`,
      `[which|what] floor [of the tower|of the dungeon] r u on[?|]`,
    ],
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
      `[lol|ok] [Greta|Milo|Bram] [Copperkettle|Nightbloom] is back, [my|our] [rp|server] [barber|innkeeper|dock master] [at|by] the [harbour|old mill][ in game|]`,
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
      `[what|which] school [runs|organises|hosts] the [lan|tournament|cross country] [ur team|u guys] [came from|are in][?|]`,
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
      `[phone|call] [me|] [first|before] on 555 [01|02]${D2}[,| -] [door bell's broken|im round the back|the flat is hard to find][ ty|]`,
      `[whatsapp|text] [me|] 07700 900 ${D3} [first|before] [so i know ur coming|im not always in][ ty|]`,
    ],
  },
};

export const ES: Families = {
  none: {
    playTogetherInGame: [
      `[alguien|quien] [quiere|kiere] jugar [juntos|conmigo] [ahora|esta noche|el finde][?|]`,
      `[jugamos|jugemos] juntos [luego|esta noche|despues][ en el juego|][?|]`,
      `[busco|buscamos] [duo|equipo|gente] para jugar [esta noche|el finde][, unanse al lobby|]`,
    ],
    inGameWhereQuestion: [
      `[en que|que] [server|servidor|mundo|region] [estas|andas|juegas][?|]`,
      `[en que|cual] [lobby|sala|partida] estas[?|]`,
      `[en que|que] mapa estas[?|]`,
    ],
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
    playTogetherInGame: [
      `[alguém|quem] quer jogar [junto|comigo] [agora|hoje|no fds][?|]`,
      `[bora|vamos] jogar junto [mais tarde|hoje à noite][ no jogo|][?|]`,
      `[procurando|procuro] [duo|squad|galera] pra jogar [hoje|no fds][, entra no lobby|]`,
    ],
    inGameWhereQuestion: [
      `[qual|em qual] [server|servidor|mundo] [vc ta|você está|tu ta][?|]`,
      `[qual|em qual] [sala|lobby|partida] vc ta[?|]`,
      `[em qual|qual] mapa vc ta[?|]`,
    ],
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

export const FR: Families = {
  none: {
    playTogetherInGame: [
      `[qui|quelqu'un] veut jouer [ensemble|avec moi] [ce soir|maintenant|ce week-end][ ?|?|]`,
      `on joue ensemble [plus tard|ce soir][ en jeu|][ ?|]`,
      `[je cherche|cherche] [un duo|une team|des gens] pour jouer [ce soir|ce week-end][, rejoignez le lobby|]`,
    ],
    inGameWhereQuestion: [
      `t'es sur [quel|ke] [serveur|monde|realm][?| ?]`,
      `[quel|ke] [lobby|salon|groupe] t'es[?| ?]`,
      `t'es sur quelle map[?| ?]`,
    ],
    priceHaggle: [
      `[toujours dispo|encore dispo|c'est toujours dispo][?|??]`,
      `[vous le laissez|tu le laisses] a [20|30|40|50] si je [viens le chercher|le recupere] cette semaine[?|]`,
      `le prix est [negociable|discutable|ferme][?|] [je paie en especes|ca depasse un peu mon budget]`,
      `[dernier prix|prix mini][?] [le velo|le bureau|l'iphone|les billets] [m'interesse|m'interessent][ grave|]`,
      `[desole|dsl], [deja vendu|c'est reserve|parti][,|] je [mets a jour|supprime] l'annonce`,
      `[je propose|je peux faire] [60|80|100] [et on conclut|direct][?|] [il a|y a] des rayures[?|]`,
    ],
    friendCodes: [
      `mon code dresseur: ${FC} [ajoutez moi|add moi] pour les [raids|cadeaux][ svp|!|]`,
      `${FC} [ajoutez|add] pour [les cadeaux|raids a distance][,|] [j'ouvre tous les jours|actif tous les jours]`,
      `[je cherche|besoin de] monde pour le raid [legendaire|mega][,|] code ${FC}`,
      `code ami switch ${SW} [pour des echanges|pour jouer en ligne][ 💙|]`,
      `[mettez|postez] vos codes [en dessous|ici][,|] [le mien|je commence] ${FC}`,
    ],
    smsCodeWarning: [
      `[ne donnez jamais|jamais donner|NE DONNEZ PAS] le code [recu par sms|de verification|a 6 chiffres] a un [acheteur|"acheteur"][, c'est une arnaque|, ils volent le compte|]`,
      `[attention|alerte|psa]: les liens "[paiement securise|livraison securisee|remise en main propre protegee]" envoyes par des acheteurs [sont|=] des arnaques[. paiement en especes|. cliquez pas|]`,
      `si un "acheteur" demande le code [whatsapp|du sms|de validation], [bloquez|signalez] direct`,
      `[j'ai recu|encore] un [faux acheteur|message chelou] qui veut que je [confirme ma carte|clique sur un lien][ mdr non| 🙄|. signale]`,
      `[rappel|rappel du groupe]: personne de [serieux|normal] n'a besoin de ton code [sms|a usage unique][, garde le pour toi|]`,
    ],
    countryQuestion: [
      `t'es en france ou [ailleurs|en belgique|a l'etranger][?|??] [pour les frais de port|c'est pour l'envoi]`,
      `[t'es de|tu viens de] {country}[?|??] [ton accent|ta facon d'ecrire][ mdr|]`,
      `[dans quel pays|quel pays] [t'es|est le vendeur][?|??]`,
      `[vous envoyez|tu envoies] en {country}[?|] ou [france|belgique] seulement[?|]`,
      `[je suis|moi je suis] en {country} [mdr|lol][,|] donc [pas de remise en main propre|pas de retrait][ dsl|]`,
    ],
    localNewsRoads: [
      `le marathon ferme {street} dimanche[,|] [bus devies|les bus sont devies|bouchons garantis]`,
      `[encore|ENCORE] des travaux sur la grande rue[ 🙄| pfff|]`,
      `[info|attention]: {street} [fermee|barree] [pour travaux|fuite d'eau|le defile][ jusqu'a ce soir|]`,
      `[d'apres le journal|le journal dit que] le [marche de noel|vide grenier|marche bio] [demenage|revient] [a|au] {venue} cette annee`,
      `[y a eu|il y a eu] un [accident|incendie] sur {street} [ce matin|hier soir][, j'espere que tout le monde va bien|]`,
      `[une salle de sport|un cafe|un bubble tea] [ouvre|vient d'ouvrir] {street}[ 👀| mdr|]`,
    ],
    appAndGroupTalk: [
      `l'appli compte les km sur tapis[?|??] [moi|ma montre] [ca affiche|affiche] 0`,
      `le groupe [achat vente|leboncoin|bons plans] du coin est plein de [spam|arnaqueurs|bots] maintenant`,
      `y a un event [bonus|journee communaute] [samedi|dimanche][?|??]`,
      `[leboncoin|vinted|l'appli] a [supprime|masque] mon annonce [sans raison|je sais pas pourquoi][ 😤|]`,
      `notre groupe de course a [depasse|atteint] [500|1000] [membres|km ce mois][ 🎉|]`,
    ],
    rpCharacterJob: [
      `mon perso rp c'est [le capitaine|maitre|dame] [Barnabe|Gaspard|Ysolde] [Salmaree|Ferrand|Brisevent], [il tient|elle tient|tient] la [poissonnerie|taverne|forge] du port`,
      `[dans le rp|sur le serveur] je joue [Lucie|Mathis|Ines] [Boisgris|Pierrelune], [taxi|medecin|maire] de la ville[ mdr|]`,
      `*[le capitaine|la docteure|le maire] [Ulysse|Marthe] [Corbeaunoir|Feuardent] ouvre [la boutique|la clinique]* "[bienvenue|bonjour], voyageur"`,
      `[mon oc|mon perso] {first} [Poingdefer|Luneargent] [bosse comme|est] [coursier|mecano|chasseur de primes] dans [le rp|la ville du serveur]`,
      `fiche perso: [Dr|Dame] [Ambre|Silvain] [Corbin|Marais], [proprio|patron] de [la boutique de potions|la taverne] [au spawn|pres du port] [rp|en jeu]`,
    ],
  },
  asking: {
    askPickupAddress: [
      `je recupere [l'armoire|le velo|le bureau|le canape] ou[?|??] [il me faut|envoie moi] l'adresse`,
      `la [lan|lan party|bourse d'echange] c'est dans quelle rue[?|??]`,
      `envoie moi ton adresse pour le [colis|paquet|billets][ stp|]`,
      `[quel etage|quel batiment|quel digicode] [c'est|t'es][?|] et [je sonne a quel nom|quel nom a l'interphone][?|]`,
      `[ok|parfait] je [le prends|prends][!|,] je viens ou[?] [envoie|mp] moi l'adresse`,
      `[c'est quoi|tu me donnes] le code postal [pour l'envoi|pour le colis][?|??]`,
    ],
    askMeetInPerson: [
      `[quand|a quelle heure] [je peux passer|ca t'arrange] voir [le velo|le canape|la tele][?|??]`,
      `on se voit en vrai pour [l'echange|la remise][?|??]`,
      `quelqu'un [veut|est chaud pour] courir ensemble ce [week end|samedi|dimanche][?|??][ tranquille mdr|]`,
      `vous faites la [sortie du club|sortie longue] ou d'habitude[?] [je vais peut-etre venir|ca me tente]`,
      `on fait [en main propre|en mains propres][?|] [j'ai pas confiance|pas fan] [des envois|de la poste][ perso|]`,
      `je peux [passer le voir|venir l'essayer] avant de payer[?|??]`,
    ],
    askNearestStationOrDistrict: [
      `c'est quoi [la gare|la station de metro|l'arret] la plus proche [de chez toi|pour toi][?|??]`,
      `t'es dans quel [quartier|arrondissement][?|] assez pres pour courir ensemble?`,
      `t'habites [quel coin|dans quel coin][? nord ou sud|?|??]`,
      `je descends a quel arret[?|??]`,
      `t'es [loin|pres] du centre[? quel quartier|?]`,
    ],
    askTeamSchool: [
      `ton equipe elle est de quel [college|lycee|ecole][?|??]`,
      `[l'attaquant|le gardien|la numero 9] [il est|elle est] dans quel [college|lycee][?|??]`,
      `vous [jouez|courez] pour quel [lycee|college][?|??]`,
      `[le gamin|la fille] qui a gagne [la course|le 5 km|le tournoi], [il est|elle est] de quel [college|lycee][?|]`,
      `vous etes dans le meme [college|lycee][?] [lequel|il s'appelle comment][?|]`,
    ],
  },
  giving: {
    pickupAddress: [
      `[retrait|a recuperer] au ${NUM} {street}, [3e etage|2e etage gauche|bat B|RDC][,|] [sonnez chez|interphone] {lastname}`,
      `[envoie|envoyez] a {address}, {postcode}[ stp| merci|]`,
      `[vends|a vendre] [velo enfant|armoire ikea|chaise gaming|ps4] [20|30|50]€[,|.] [bon etat|marche nickel]. a retirer au {address}[, {postcode}|] [le soir|apres 18h|le week end]`,
      `la [lan|bourse] c'est au ${NUM} {street}, [garage au fond|sous sol|salle 2][, ramenez vos cables|]`,
      `[passe|viens] au {address} [apres 17h|demain matin|samedi][, porte bleue|, au dessus de la pharmacie|]`,
      `[le canape|le bureau|le frigo] est au ${NUM} {street}, [5e sans ascenseur mdr|appart 12|RDC], digicode ${D2}A${D2}, [demande|sonne] {lastname}`,
    ],
    collectionTown: [
      `le [velo|bureau|canape] est a {city}, a recuperer sur place`,
      `[oui|ouais] je suis du coin, {city}`,
      `on a demenage a {city} l'an dernier[ mdr|]`,
      `retrait uniquement, secteur {city}[ 👍|]`,
      `[j'habite|je suis] a {city}[,|] je peux [te retrouver|deposer] [dans le coin|si t'es pas loin]`,
      `moi aussi [j'habite a|je suis de] {city}[! le monde est petit|!|]`,
    ],
    meetAtLandmark: [
      `[rdv|on se retrouve] a la fontaine du {venue} a [17h|18h|10h][ samedi| demain|]`,
      `[remise|l'echange] devant le [carrefour city|franprix|lidl] de {street} a [18h|19h][, j'aurai le sac|]`,
      `je t'attends a l'entree principale du {venue} [a|vers] [17h|18h][, sweat gris|]`,
      `sortie [2|nord|A] de la gare a [18h|19h] et on [fait l'echange|se capte][?|]`,
      `la sortie du club part du {venue} [dimanche|samedi] a [8h|9h] [pres du kiosque|a la statue|]`,
      `[raid|rdv pokemon] au {venue} [demain|dimanche] [17h|18h][, vers la statue|, prenez des batteries|]`,
    ],
    sellerIntroName: [
      `[bonjour|salut] c'est {fullname}, pour le [velo|bureau|ps5] de l'annonce`,
      `[salut tout le monde|hello], moi c'est {fullname}, [nouveau|nouvelle] au club de course[ 👋|]`,
      `c'est {fullname} [au fait|mdr], [on a parle|tu m'as ecrit] pour [l'armoire|la chaise]`,
      `[je m'appelle|je suis] {fullname}[,|] je [viens chercher|recupere] [la chaise|le velo|les enceintes] [a 18h|aujourd'hui|ce soir]`,
      `le colis est au nom de {fullname}[, c'est moi|]`,
    ],
    phoneLocalForm: [
      `appelle moi avant de venir: 06 55 5${choices(DIGIT_CHOICE, 1)} ${D2} ${D2}[,|] [l'interphone marche pas|3e etage|je bosse parfois]`,
      `[mon num|mon numero]: 07 55 5${choices(DIGIT_CHOICE, 1)} ${D2} ${D2}[, appelez avant|, prevenez avant de passer|]`,
      `[texto|sms] au 06.55.5${choices(DIGIT_CHOICE, 1)}.${D2}.${D2} [quand t'es en bas|avant de partir|pour voir si c'est dispo]`,
      `[zero six|06] [cinquante-cinq|55] [cinquante|50] [douze|vingt|trente], [appelle|previens] [avant|en arrivant]`,
      `[pour visiter|questions] [appelez le|au] +33 6 55 5${choices(DIGIT_CHOICE, 1)} ${D2} ${D2} [le matin seulement|pas apres 21h|]`,
    ],
  },
};

export const DE: Families = {
  none: {
    playTogetherInGame: [
      `[wer|jemand] [will|hat bock] [zusammen|mit mir] [zu spielen|spielen] [heute abend|jetzt|am wochenende][?|]`,
      `[lass|lasst] uns [später|heute abend] zusammen [zocken|spielen][ im spiel|][!|]`,
      `[suche|suchen] [duo|squad|leute] zum zocken [heute|am wochenende][, kommt in die lobby|]`,
    ],
    inGameWhereQuestion: [
      `auf [welchem|welchen] [server|realm] [bist du|spielst du][?|]`,
      `[in welcher|welche] [lobby|gruppe] bist du[?|]`,
      `auf welcher map bist du[?|]`,
    ],
    priceHaggle: [
      `[noch da|noch verfugbar|noch zu haben][?|??]`,
      `[wurdest du|würdest du|nimmst du] [20|30|40|50] wenn ich [es|ihn] diese woche abhole[?|]`,
      `ist der preis [verhandelbar|vb|noch verhandelbar][?|] [zahle bar|etwas uber meinem budget]`,
      `[letzter preis|was ist die schmerzgrenze][?] [das rad|der schreibtisch|das handy|die tickets] [interessiert|interessieren] mich`,
      `[sorry|sry], [schon verkauft|reserviert|weg][,|] [ich passe|ich lösche] die anzeige an`,
      `[ich biete|würde] [60|80|100] [und wir haben nen deal|sofort][?|] hat [es|er] kratzer[?|]`,
    ],
    friendCodes: [
      `mein trainercode: ${FC} [addet mich|fügt mich hinzu] fur [raids|geschenke][ bitte|!|]`,
      `${FC} [adden|addet] fur [geschenke|fernraids][,|] [öffne täglich|jeden tag aktiv]`,
      `[suche|brauche] leute fur den [legendaren|mega] raid[,|] code ${FC}`,
      `switch freundescode ${SW} [fur tausch|zum online zocken][ 💙|]`,
      `[postet|schreibt] eure codes [drunter|hier][,|] [meiner|ich fang an] ${FC}`,
    ],
    smsCodeWarning: [
      `[gebt niemals|nie|NIEMALS] den [sms code|bestatigungscode|6-stelligen code] an [käufer|einen "käufer"] weiter[, ist betrug|, die klauen den account|]`,
      `[achtung|warnung|psa]: "[sicher bezahlen|sicherer versand|käuferschutz]" links von käufern [sind|=] fake[. nur bar bei abholung|. nicht klicken|]`,
      `wenn ein "käufer" nach dem [whatsapp code|sms code|code aus der sms] fragt, [blockieren|melden]`,
      `[hatte grad|schon wieder] [nen fake käufer|ne komische nachricht], soll meine [karte bestatigen|bankdaten eingeben][ lol nö| 🙄|. gemeldet]`,
      `[erinnerung|hinweis der gruppe]: kein [echter|seriöser] käufer braucht deinen [sms code|einmalcode][, behalt ihn|]`,
    ],
    countryQuestion: [
      `bist du in deutschland oder [woanders|österreich|im ausland][?|??] [wegen versand|wegen porto]`,
      `[kommst du aus|bist du aus] {country}[?|??] [dein schreibstil|dein akzent][ lol|]`,
      `[in welchem land|welches land] [bist du|ist der verkäufer][?|??]`,
      `[versendest du|verschickst du] nach {country}[?|] oder nur [deutschland|innerhalb de][?|]`,
      `[ich bin|bin] in {country} [lol|haha][,|] also [keine abholung|kein abholen][ sorry|]`,
    ],
    localNewsRoads: [
      `der marathon sperrt die {street} am sonntag[,|] [busse werden umgeleitet|umleitung fur busse|stau vorprogrammiert]`,
      `[schon wieder|SCHON WIEDER] baustelle auf der hauptstraße[ 🙄| nervig|]`,
      `[info|achtung]: {street} [gesperrt|ist dicht] [wegen bauarbeiten|wasserrohrbruch|umzug][ bis heute abend|]`,
      `[laut zeitung|stand in der zeitung], der [weihnachtsmarkt|flohmarkt|wochenmarkt] [zieht um|kommt zurück] [zum|ins] {venue} dieses jahr`,
      `[es gab|heute] [nen unfall|nen brand] in der {street} [heute früh|gestern abend][, hoffe allen gehts gut|]`,
      `[neues|noch ein] [gym|café|bubble tea laden] [macht auf|hat aufgemacht] in der {street}[ 👀|]`,
    ],
    appAndGroupTalk: [
      `zählt die app laufband km[?|??] [bei mir|meine uhr] [zeigt|steht] 0`,
      `die [kleinanzeigen|flohmarkt|verschenk] gruppe hier ist nur noch [spam|betrüger|bots]`,
      `gibts am [samstag|sonntag] ein [bonus|community day] event[?|??]`,
      `[kleinanzeigen|die app] hat meine anzeige [gelöscht|versteckt] [ohne grund|keine ahnung warum][ 😤|]`,
      `unser lauftreff hat [500|1000] [mitglieder|km diesen monat] [geknackt|erreicht][ 🎉|]`,
    ],
    rpCharacterJob: [
      `mein rp charakter ist [kapitan|meister|frau] [Barnabas|Gunter|Hilde] [Salzbart|Eisenfaust|Sturmwind], [fuhrt|hat] den [fischladen|die taverne|die schmiede] am hafen`,
      `[im rp|auf dem server] spiel ich [Lena|Jonas|Ida] [Graustein|Mondwald], [taxifahrerin|ärztin|bürgermeister] der stadt[ lol|]`,
      `*[kapitan|doktor|bürgermeisterin] [Ulrich|Marta] [Rabenschwarz|Feuerherz] schließt den [laden|die praxis] auf* "[willkommen|moin], reisender"`,
      `[mein oc|mein charakter] {first} [Eisenhand|Silbermond] [arbeitet als|ist] [kurier|mechaniker|kopfgeldjäger] [im rp|in der server stadt]`,
      `charakterbogen: [Dr.|Lady] [Bernstein|Silvan] [Krähe|Moor], [besitzer|inhaber] vom [trankladen|pfandhaus] [am spawn|am hafen] [rp|ingame]`,
    ],
  },
  asking: {
    askPickupAddress: [
      `wo kann ich [den schrank|das rad|den schreibtisch|das sofa] abholen[?|??] brauch die adresse`,
      `in welcher straße ist die [lan|lan party|tauschbörse][?|??]`,
      `schick mir deine adresse fur das [paket|päckchen|die tickets][ bitte|]`,
      `[welcher stock|welches haus|vorderhaus oder hinterhaus][?|] und bei [welchem namen|wem] klingel ich[?|]`,
      `[ok|passt] [ich nehms|nehm ich][!|,] wo [hol ich ab|soll ich hinkommen][?] schick mir die adresse per pn`,
      `[was ist|wie ist] die plz [fur den versand|furs paket][?|??]`,
    ],
    askMeetInPerson: [
      `wann [passt es|kann ich vorbeikommen] [das rad|das sofa|den fernseher] anzuschauen[?|??]`,
      `[treffen wir uns|sehen wir uns] persönlich [zum tausch|fur die übergabe][?|??]`,
      `hat jemand lust [dieses wochenende|samstag|sonntag] zusammen laufen zu gehen[?|??][ ganz locker|]`,
      `wo macht ihr normalerweise den [vereinslauf|langen lauf][?] [würd vllt mitkommen|hätte lust]`,
      `[können wir|lieber] persönliche übergabe[?|] [trau|mag] [dem versand|der post] nicht[ so|]`,
      `kann ich [vorbeikommen|es testen] bevor ich zahle[?|??]`,
    ],
    askNearestStationOrDistrict: [
      `welche [s-bahn|u-bahn|haltestelle|station] ist am nächsten [bei dir|fur dich][?|??]`,
      `in welchem [viertel|stadtteil|bezirk] wohnst du[?|] nah genug zum zusammen laufen?`,
      `[wo ungefähr|welche ecke] wohnst du[? norden oder süden|?|??]`,
      `an welcher haltestelle steig ich aus[?|??]`,
      `wohnst du [weit|nah] vom zentrum[? welcher stadtteil|?]`,
    ],
    askTeamSchool: [
      `von welcher schule ist [dein|euer|das] team[?|??]`,
      `[der stürmer|der torwart|die nummer 9] geht auf welche schule[?|??]`,
      `fur welche schule [spielt|lauft] ihr[?|??]`,
      `[der junge|das mädchen] der [den lauf|die 5 km|das turnier] gewonnen hat, von welcher schule [ist er|ist sie][?|]`,
      `seid ihr auf der gleichen schule[?] [welche|wie heißt die][?|]`,
    ],
  },
  giving: {
    pickupAddress: [
      `abholung in der {street} ${NUM}, [hinterhaus|2. og links|3. stock|dachgeschoss], bei {lastname} klingeln`,
      `[schick|schickt] es an {address}, {postcode}[ bitte| danke|]`,
      `[verkaufe|zu verkaufen] [kinderrad|ikea schrank|gaming stuhl|ps4] [20|30|50]€ vb[,|.] [guter zustand|funktioniert]. abholung {address}[, {postcode}|] [abends|ab 18 uhr|am wochenende]`,
      `die [lan|tauschbörse] ist in der {street} ${NUM}, [garage hinten|keller|raum 2][, kabel mitbringen|]`,
      `[komm|kommt] [zur|in die] {street} ${NUM} [ab 17 uhr|morgen früh|samstag][, blaue tür|, über der apotheke|]`,
      `[das sofa|der tisch|der kühlschrank] steht in {postcode} {city}, {street} ${NUM}, [4. stock ohne aufzug lol|eg|wohnung 12], [klingel bei|frag nach] {lastname}`,
    ],
    collectionTown: [
      `das [rad|sofa|regal] steht in {city}, nur abholung`,
      `[ja|jo] bin von hier, {city}`,
      `wir sind letztes jahr nach {city} gezogen[ lol|]`,
      `nur selbstabholung, raum {city}[ 👍|]`,
      `[ich wohne|bin] in {city}[,|] kann [mich treffen|es vorbeibringen] [hier in der nähe|wenn du nah bist]`,
      `ich wohn auch in {city}[! die welt ist klein|!|]`,
    ],
    meetAtLandmark: [
      `[treffen|wir treffen uns] am brunnen im {venue} um [17|18|10] uhr[ am samstag| morgen|]`,
      `übergabe vorm [rewe|edeka|netto] in der {street} um [18|19] uhr[, hab ne tüte dabei|]`,
      `ich wart am haupteingang vom {venue} [um|gegen] [17|18] uhr[, graue jacke|]`,
      `ausgang [2|nord|west] vom bahnhof um [18|19] uhr und wir [tauschen|machen die übergabe][?|]`,
      `der vereinslauf startet am {venue} [sonntag|samstag] um [8|9] uhr [am kiosk|an der statue|]`,
      `[raid|pokemon treffen] am {venue} [morgen|sonntag] [17|18] uhr[, bei der statue|, powerbanks mitbringen|]`,
    ],
    sellerIntroName: [
      `[hallo|hi] ich bin {fullname}, wegen dem [rad|schreibtisch|ps5] aus der anzeige`,
      `[hi zusammen|hallo alle], ich bin {fullname}, neu im lauftreff[ 👋|]`,
      `hier ist {fullname} [übrigens|lol], wir hatten wegen dem [schrank|stuhl] geschrieben`,
      `[ich heiße|ich bin] {fullname}[,|] ich hol [den stuhl|das rad|die boxen] [um 18 uhr|heute|heut abend] ab`,
      `das paket läuft auf {fullname}[, das bin ich|]`,
    ],
    phoneLocalForm: [
      `ruf vorher an: 0176 555 ${D2} ${D3}[,|] [klingel geht nicht|3. stock|bin evtl auf arbeit]`,
      `[meine nummer|nummer]: 0151 / 555 ${D3} ${D2}[, vorher anrufen|, bitte vorher melden|]`,
      `[schreib|whatsapp] [an die|] 0160 555 ${D4} [wenn du unten bist|bevor du losfährst|ob es noch da ist]`,
      `[null eins sieben sechs|0176] [fünf fünf fünf|555] [null|0] [eins zwei|zwölf|dreiundzwanzig], [ruf|melde dich] [vorher|wenn du da bist] an`,
      `[zum anschauen|fragen] [unter|an] +49 176 555 ${D4} [nur vormittags|nicht nach 21 uhr|]`,
    ],
  },
};

export const IT: Families = {
  none: {
    playTogetherInGame: [
      `[chi|qualcuno] vuole giocare [insieme|con me] [stasera|ora|nel weekend][?|]`,
      `giochiamo insieme [dopo|stasera][ in game|][?|]`,
      `[cerco|cerchiamo] [duo|squadra|gente] per giocare [stasera|nel weekend][, entrate in lobby|]`,
    ],
    inGameWhereQuestion: [
      `su [che|quale] server [sei|giochi][?|]`,
      `in [che|quale] [lobby|stanza] sei[?|]`,
      `su che mappa sei[?|]`,
    ],
    priceHaggle: [
      `[ancora disponibile|c'e ancora|è ancora disponibile][?|??]`,
      `me lo lasci a [20|30|40|50] se [passo a prenderlo|lo ritiro] questa settimana[?|]`,
      `il prezzo è [trattabile|fisso|scontabile][?|] [pago in contanti|è un po fuori budget]`,
      `[ultimo prezzo|prezzo minimo][?] [la bici|la scrivania|l'iphone|i biglietti] [mi interessa|mi interessano]`,
      `[scusa|sorry], [gia venduto|è riservato|andato][,|] aggiorno l'annuncio`,
      `[offro|ti do] [60|80|100] e [chiudiamo|affare fatto][?|] ha [graffi|la scatola][?|]`,
    ],
    friendCodes: [
      `il mio codice allenatore: ${FC} [aggiungetemi|addatemi] per [raid|regali][ pls|!|]`,
      `${FC} [aggiungete|add] per [regali|raid a distanza][,|] [apro ogni giorno|attivo tutti i giorni]`,
      `cerco gente per il raid [leggendario|mega][,|] codice ${FC}`,
      `codice amico switch ${SW} [per scambi|per giocare online][ 💙|]`,
      `[postate|lasciate] i vostri codici [sotto|qui][,|] [il mio|inizio io] ${FC}`,
    ],
    smsCodeWarning: [
      `[non date mai|mai|NON DATE] il codice [dell'sms|di verifica|a 6 cifre] a un [acquirente|"acquirente"][, è una truffa|, vi rubano l'account|]`,
      `[attenzione|occhio|avviso]: i link di "[pagamento sicuro|spedizione sicura|subito pay]" mandati dagli acquirenti [sono|=] truffe[. solo contanti al ritiro|. non cliccate|]`,
      `se un "acquirente" chiede il codice [whatsapp|dell'sms], [bloccatelo|segnalatelo] subito`,
      `[mi ha scritto|ennesimo] un [finto acquirente|tipo strano] che vuole che [confermi la carta|clicchi un link][ ahah no| 🙄|. segnalato]`,
      `[promemoria|avviso del gruppo]: nessun acquirente [serio|vero] ha bisogno del tuo codice [sms|usa e getta]`,
    ],
    countryQuestion: [
      `sei in italia o [all'estero|da un'altra parte|in svizzera][?|??] [per la spedizione|è per le spese]`,
      `[sei di|vieni da] {country}[?|??] [da come scrivi|dall'accento][ ahah|]`,
      `[in che paese|che paese] [sei|è il venditore][?|??]`,
      `[spedisci|spedite] in {country}[?|] o solo [italia|nazionale][?|]`,
      `[sono|io sto] in {country} [ahah|lol][,|] quindi niente ritiro a mano[ scusa|]`,
    ],
    localNewsRoads: [
      `la maratona chiude {street} domenica[,|] [bus deviati|autobus deviati|traffico in tilt]`,
      `[di nuovo|ANCORA] lavori sul corso[ 🙄| che palle|]`,
      `[avviso|occhio]: {street} [chiusa|bloccata] [per lavori|per una perdita d'acqua|per la sfilata][ fino a stasera|]`,
      `[dice il giornale|sul giornale] che il [mercatino|mercato di natale|mercato bio] [si sposta|torna] [al|in] {venue} quest'anno`,
      `[c'è stato|stamattina] un [incidente|incendio] in {street} [stamattina|ieri sera][, spero stiano tutti bene|]`,
      `[apre|ha aperto] [una palestra|un bar|un bubble tea] nuovo in {street}[ 👀|]`,
    ],
    appAndGroupTalk: [
      `l'app conta i km sul tapis roulant[?|??] [a me|l'orologio] segna 0`,
      `il gruppo [compro vendo|mercatino] della zona è pieno di [spam|truffatori|bot] ormai`,
      `c'è un evento [bonus|community day] [sabato|domenica][?|??]`,
      `[subito|vinted|l'app] mi ha [cancellato|nascosto] l'annuncio [senza motivo|boh][ 😤|]`,
      `il nostro gruppo di corsa ha [superato|raggiunto] [500|1000] [iscritti|km questo mese][ 🎉|]`,
    ],
    rpCharacterJob: [
      `il mio pg nel rp è [il capitano|mastro|donna] [Bartolo|Gaspare|Ilda] [Salmastro|Ferrobianco|Ventoforte], [gestisce|ha] la [pescheria|taverna|forgia] al porto`,
      `[nel rp|sul server] interpreto [Lucia|Tommaso|Irene] [Boscogrigio|Pietraluna], [tassista|medico|sindaca] della citta[ ahah|]`,
      `*[il capitano|la dottoressa|il sindaco] [Ulisse|Marta] [Corvonero|Fuocovivo] apre [la bottega|l'ambulatorio]* "[benvenuto|buongiorno], viandante"`,
      `[il mio oc|il mio pg] {first} [Pugnodiferro|Lunargento] [fa il|è] [corriere|meccanico|cacciatore di taglie] [nel rp|nella citta del server]`,
      `scheda pg: [Dott.|Lady] [Ambra|Silvano] [Corvino|Palude], [proprietario|titolare] della [bottega di pozioni|taverna] [allo spawn|al porto] [rp|in gioco]`,
    ],
  },
  asking: {
    askPickupAddress: [
      `dove passo a ritirare [l'armadio|la bici|la scrivania|il divano][?|??] mi serve l'indirizzo`,
      `in che via è la [lan|lan party|fiera di scambio][?|??]`,
      `mandami il tuo indirizzo per il [pacco|spedizione|i biglietti][ pls|]`,
      `[che piano|che scala|che interno] [è|sei][?|] e a che nome citofono[?|]`,
      `[ok|perfetto] lo prendo[!|,] dove [passo|vengo][?] mandami l'indirizzo in privato`,
      `[qual è|mi dai] il cap per la spedizione[?|??]`,
    ],
    askMeetInPerson: [
      `quando [ti va bene|posso passare] a vedere [la bici|il divano|la tv][?|??]`,
      `ci vediamo di persona per lo scambio[?|??]`,
      `qualcuno [vuole|ha voglia di] correre insieme questo weekend[?|??][ ritmo tranquillo|]`,
      `dove fate di solito [l'uscita del gruppo|il lungo][?] magari mi aggrego`,
      `facciamo a mano[?|] non mi fido [delle spedizioni|del corriere][ sinceramente|]`,
      `posso [venire a vederlo|provarlo] prima di pagare[?|??]`,
    ],
    askNearestStationOrDistrict: [
      `[qual è la stazione|che fermata della metro] [piu vicina|ti viene piu comoda][?|??]`,
      `in che quartiere [abiti|stai][?|] abbastanza vicino per correre insieme?`,
      `[in che zona|che zona] [abiti|sei][? nord o sud|?|??]`,
      `a che fermata scendo[?|??]`,
      `abiti [lontano|vicino] dal centro[? che quartiere|?]`,
    ],
    askTeamSchool: [
      `di che scuola è [la tua|quella] squadra[?|??]`,
      `[l'attaccante|il portiere|la numero 9] che scuola fa[?|??]`,
      `per che [liceo|scuola] [giocate|correte][?|??]`,
      `[il ragazzo|la ragazza] che ha vinto [la gara|i 5 km|il torneo], di che scuola è[?|]`,
      `siete nella stessa scuola[?] [quale|come si chiama][?|]`,
    ],
  },
  giving: {
    pickupAddress: [
      `ritiro in {street} ${NUM}, [scala B|terzo piano|interno 7|piano terra], citofono {lastname}`,
      `[spediscilo|mandalo] a {address}, {postcode}[ grazie| pls|]`,
      `[vendo|vendesi] [bici bambino|armadio ikea|sedia gaming|ps4] [20|30|50]€[,|.] [ottimo stato|funziona]. ritiro in {address}[, {postcode}|] [la sera|dopo le 18|nel weekend]`,
      `la [lan|fiera] è in {street} ${NUM}, [garage dietro|seminterrato|sala 2][, portate i cavi|]`,
      `[passa|vieni] in {street} ${NUM} [dopo le 17|domani mattina|sabato][, portone verde|, sopra la farmacia|], citofono {lastname}`,
    ],
    collectionTown: [
      `la [bici|scrivania|tv] è a {city}, solo ritiro a mano`,
      `[si|sisi] sono di qui, {city}`,
      `ci siamo trasferiti a {city} l'anno scorso[ ahah|]`,
      `solo ritiro, zona {city}[ 👍|]`,
      `[abito|sto] a {city}[,|] posso [vederci|portartela] [in zona|se sei vicino]`,
      `anche io [abito a|sono di] {city}[! il mondo è piccolo|!|]`,
    ],
    meetAtLandmark: [
      `[ci vediamo|ci troviamo] alla fontana del {venue} alle [17|18|10][ sabato| domani|]`,
      `consegna davanti al [conad|carrefour express|lidl] di {street} alle [18|19][, ho la busta|]`,
      `ti aspetto all'ingresso principale del {venue} [alle|verso le] [17|18][, felpa grigia|]`,
      `uscita [2|nord|B] della stazione alle [18|19] e facciamo lo scambio[?|]`,
      `l'uscita del gruppo parte da {venue} [domenica|sabato] alle [8|9] [vicino al chiosco|alla statua|]`,
      `[raid|ritrovo] al {venue} [domani|domenica] alle [17|18][, vicino alla statua|, portate i powerbank|]`,
    ],
    sellerIntroName: [
      `[ciao|salve] sono {fullname}, quello della [bici|scrivania|ps5] dell'annuncio`,
      `[ciao a tutti|ciao ragazzi], sono {fullname}, [nuovo|nuova] nel gruppo di corsa[ 👋|]`,
      `sono {fullname} [comunque|ahah], ci siamo sentiti per [l'armadio|la sedia]`,
      `[mi chiamo|sono] {fullname}[,|] passo a prendere [la sedia|la bici|le casse] [alle 18|oggi|stasera]`,
      `il pacco è a nome {fullname}[, sono io|]`,
    ],
    phoneLocalForm: [
      `chiamami prima di venire: 3[3|4|9][0|5|8] 555 ${D2} ${D2}[,|] [il citofono non va|sono al terzo piano|magari sono al lavoro]`,
      `[il mio numero|numero]: 34[0|5|7] 55 5${choices(DIGIT_CHOICE, 1)} ${D2} ${D2}[, chiama prima|, avvisa prima di passare|]`,
      `[scrivimi|whatsapp] al 333 555 ${D4} [quando sei sotto|prima di partire|per vedere se c'è ancora]`,
      `[tre tre tre|333] [cinque cinque cinque|555] [zero|0] [dodici|ventitre|trentuno], [chiama|avvisa] [prima|quando arrivi]`,
      `[per vederlo|info] [al|chiamare il] +39 3[3|4]8 555 ${D2} ${D2} [solo la mattina|non dopo le 21|]`,
    ],
  },
};

export const NL: Families = {
  none: {
    playTogetherInGame: [
      `[wie|iemand] wil [samen|met mij] [gamen|spelen] [vanavond|nu|dit weekend][?|]`,
      `[zullen we|laten we] [later|vanavond] samen spelen[ in de game|][?|]`,
    ],
    inGameWhereQuestion: [
      `op [welke|wat voor] server [zit je|speel je][?|]`,
      `in welke lobby zit je[?|]`,
      `op welke map zit je[?|]`,
    ],
    priceHaggle: [
      `[nog beschikbaar|is deze nog te koop|nog te koop][?|??]`,
      `[zou je|wil je] [20|30|40|50] doen als ik [hem|het] deze week ophaal[?|]`,
      `is de prijs [bespreekbaar|onderhandelbaar|vast][?|] [betaal contant|beetje boven budget]`,
      `[laagste prijs|wat is je laatste bod][?] [de fiets|het bureau|de telefoon|de kaartjes] [lijkt|lijken] me top`,
      `[sorry|sry], [al verkocht|gereserveerd|weg][,|] ik pas de advertentie aan`,
      `[ik bied|bod] [60|80|100] [en dan is het deal|direct][?|] zitten er krassen op[?|]`,
    ],
    friendCodes: [
      `mijn trainer code: ${FC} [voeg me toe|add me] voor [raids|gifts][ pls|!|]`,
      `${FC} [adden|voeg toe] voor [gifts|remote raids][,|] [elke dag actief|open elke dag]`,
      `zoek mensen voor de [legendary|mega] raid[,|] code ${FC}`,
      `switch vriendcode ${SW} [voor ruilen|om online te spelen][ 💙|]`,
      `[zet|post] jullie codes [hieronder|hier][,|] [de mijne|ik begin] ${FC}`,
    ],
    smsCodeWarning: [
      `[geef nooit|nooit|NOOIT] de [sms code|verificatiecode|6 cijferige code] aan een [koper|"koper"][, is oplichting|, ze stelen je account|]`,
      `[let op|waarschuwing|psa]: "[veilig betalen|gelijk oversteken|verzendservice]" links van kopers [zijn|=] nep[. alleen contant bij ophalen|. niet klikken|]`,
      `als een "koper" om de [whatsapp code|sms code] vraagt, [blokkeren|melden] meteen`,
      `[weer|had net] een [nepkoper|rare kerel] die wil dat ik [mijn pas bevestig|op een link klik][ lol nee| 🙄|. gemeld]`,
      `[herinnering|bericht van de groep]: geen [echte|normale] koper heeft je [sms code|eenmalige code] nodig`,
    ],
    countryQuestion: [
      `zit je in nederland of [ergens anders|belgie|het buitenland][?|??] [ivm verzendkosten|voor het verzenden]`,
      `[kom je uit|ben je uit] {country}[?|??] [je schrijfstijl|je accent][ haha|]`,
      `[in welk land|welk land] [zit je|zit de verkoper][?|??]`,
      `[verzend je|stuur je] naar {country}[?|] of alleen [nl|nederland][?|]`,
      `[ik zit|zit] in {country} [haha|lol][,|] dus ophalen lukt niet[ sorry|]`,
    ],
    localNewsRoads: [
      `de marathon sluit de {street} af op zondag[,|] [bussen rijden om|omleiding voor bussen|files gegarandeerd]`,
      `[alweer|WEER] werkzaamheden in de hoofdstraat[ 🙄| pff|]`,
      `[info|let op]: {street} [is afgesloten|dicht] [door werkzaamheden|door een lekkage|voor de optocht][ tot vanavond|]`,
      `[volgens de krant|stond in de krant] dat de [kerstmarkt|vrijmarkt|weekmarkt] [verhuist naar|terugkomt bij] {venue} dit jaar`,
      `[er was|vanochtend] een [ongeluk|brand] op de {street} [vanochtend|gisteravond][, hoop dat iedereen oke is|]`,
      `[nieuwe|alweer een] [sportschool|koffiebar|bubble tea zaak] [open|geopend] op de {street}[ 👀|]`,
    ],
    appAndGroupTalk: [
      `telt de app loopband km mee[?|??] [bij mij|mijn horloge] [staat|zegt] 0`,
      `de [marktplaats|te koop|weggeef] groep hier is alleen nog [spam|oplichters|bots]`,
      `is er een [bonus|community day] event op [zaterdag|zondag][?|??]`,
      `[marktplaats|vinted|de app] heeft mijn advertentie [verwijderd|verborgen] [zonder reden|geen idee waarom][ 😤|]`,
      `onze hardloopgroep heeft [500|1000] [leden|km deze maand] [gehaald|bereikt][ 🎉|]`,
    ],
    rpCharacterJob: [
      `mijn rp character is [kapitein|meester|vrouw] [Barend|Gijs|Hilde] [Zoutbaard|IJzervuist|Stormwind], [hij runt|ze runt|runt] de [viswinkel|taverne|smederij] bij de haven`,
      `[in de rp|op de server] speel ik [Lotte|Jasper|Ida] [Grijssteen|Maanwoud], [taxichauffeur|dokter|burgemeester] van de stad[ haha|]`,
      `*[kapitein|dokter|burgemeester] [Ulbe|Marit] [Ravenzwart|Vuurhart] opent de [winkel|praktijk]* "[welkom|goeiemorgen], reiziger"`,
      `[mijn oc|mijn character] {first} [IJzerhand|Zilvermaan] [werkt als|is] [koerier|monteur|premiejager] [in de rp|in de serverstad]`,
      `character sheet: [Dr.|Lady] [Amber|Silvan] [Kraai|Veen], eigenaar van de [drankjeswinkel|pandjeshuis] [bij spawn|bij de haven] [rp|ingame]`,
    ],
  },
  asking: {
    askPickupAddress: [
      `waar kan ik [de kast|de fiets|het bureau|de bank] ophalen[?|??] heb het adres nodig`,
      `in welke straat is de [lan|lan party|ruilbeurs][?|??]`,
      `stuur me je adres voor het [pakketje|pakket|kaartjes][ pls|]`,
      `[welke verdieping|welk huisnummer|welke bel] [is het|ben je][?|] en bij welke naam bel ik aan[?|]`,
      `[oke|top] ik neem [hem|het][!|,] waar [haal ik op|moet ik heen][?] stuur adres in een pb`,
      `[wat is|geef je] de postcode [voor verzending|voor het pakket][?|??]`,
    ],
    askMeetInPerson: [
      `wanneer [komt het uit|kan ik langskomen] om [de fiets|de bank|de tv] te bekijken[?|??]`,
      `[zullen we|spreken we] [elkaar|] in het echt [af|zien] voor de ruil[?|??]`,
      `[iemand zin om|wie wil er] dit weekend samen te lopen[?|??][ rustig tempo haha|]`,
      `waar doen jullie meestal de [clubloop|lange duurloop][?] misschien sluit ik aan`,
      `kunnen we [gelijk oversteken|het persoonlijk doen][?|] [vertrouw|hou niet van] verzenden niet[ zo|]`,
      `kan ik [langskomen|het testen] voor ik betaal[?|??]`,
    ],
    askNearestStationOrDistrict: [
      `welk station is het dichtst bij [jou|je][?|??]`,
      `in welke [wijk|buurt] woon je[?|] dichtbij genoeg om samen te lopen?`,
      `[welke kant|waar ongeveer] van de stad woon je[? noord of zuid|?|??]`,
      `bij welke halte stap ik uit[?|??]`,
      `woon je [ver|dicht] bij het centrum[? welke wijk|?]`,
    ],
    askTeamSchool: [
      `van welke school is [je|jullie|dat] team[?|??]`,
      `[de spits|de keeper|nummer 9] zit op welke school[?|??]`,
      `voor welke school [spelen|lopen] jullie[?|??]`,
      `[die jongen|dat meisje] die [de loop|de 5 km|het toernooi] won, van welke school [is hij|is ze][?|]`,
      `zitten jullie op dezelfde school[?] [welke|hoe heet die][?|]`,
    ],
  },
  giving: {
    pickupAddress: [
      `ophalen op de {street} ${NUM}[-2|-hs|a|], [2e verdieping|bovenwoning|achterom], bellen bij {lastname}`,
      `stuur het naar {address}, {postcode}[ pls| bedankt|]`,
      `[te koop|verkoop] [kinderfiets|ikea kast|gaming stoel|ps4] [20|30|50] euro[,|.] [goede staat|werkt prima]. ophalen {address}[, {postcode}|] ['s avonds|na 18 uur|in het weekend]`,
      `de [lan|ruilbeurs] is op de {street} ${NUM}, [garage achter|kelder|zaal 2][, neem kabels mee|]`,
      `[kom|kom maar] naar {postcode} {city}, {street} ${NUM} [na 17 uur|morgenochtend|zaterdag][, blauwe deur|, boven de apotheek|]`,
    ],
    collectionTown: [
      `de [fiets|bank|kast] staat in {city}, alleen ophalen`,
      `[ja|jep] ik woon hier, {city}`,
      `we zijn vorig jaar naar {city} verhuisd[ haha|]`,
      `alleen ophalen, regio {city}[ 👍|]`,
      `[ik woon|zit] in {city}[,|] kan [afspreken|het brengen] [in de buurt|als je dichtbij bent]`,
      `ik woon ook in {city}[! kleine wereld|!|]`,
    ],
    meetAtLandmark: [
      `[afspreken|we zien elkaar] bij de fontein in {venue} om [17|18|10] uur[ zaterdag| morgen|]`,
      `overdracht voor de [appie|jumbo|lidl] op de {street} om [18|19] uur[, heb een tas bij me|]`,
      `ik wacht bij de hoofdingang van {venue} [om|rond] [17|18] uur[, grijze hoodie|]`,
      `uitgang [2|noord|centrumzijde] van het station om [18|19] uur en dan [ruilen we|doen we de overdracht][?|]`,
      `de clubloop start bij {venue} [zondag|zaterdag] om [8|9] uur [bij de kiosk|bij het standbeeld|]`,
      `[raid|meetup] bij {venue} [morgen|zondag] [17|18] uur[, bij het standbeeld|, neem powerbanks mee|]`,
    ],
    sellerIntroName: [
      `[hoi|hallo] ik ben {fullname}, van de [fiets|bureau|ps5] uit de advertentie`,
      `[hoi allemaal|hey iedereen], ik ben {fullname}, nieuw bij de hardloopclub[ 👋|]`,
      `het is {fullname} [trouwens|haha], we hadden contact over [de kast|de stoel]`,
      `[ik heet|ik ben] {fullname}[,|] ik haal [de stoel|de fiets|de speakers] [om 18 uur|vandaag|vanavond] op`,
      `het pakket staat op naam van {fullname}[, dat ben ik|]`,
    ],
    phoneLocalForm: [
      `bel even voor je komt: 06-555${D2} ${D3}[,|] [bel doet het niet|3e verdieping|ben misschien aan het werk]`,
      `[mijn nummer|nummer]: 06 555 ${D2} ${D3}[, eerst bellen|, laat ff weten voor je komt|]`,
      `[app|whatsapp] [naar|] 06 - 555 ${D4}${choices(DIGIT_CHOICE, 1)} [als je voor de deur staat|voor je vertrekt|of hij er nog is]`,
      `[nul zes|06] [vijf vijf vijf|555] [nul|0] [twaalf|drieëntwintig|eenendertig], [bel|laat weten] [van tevoren|als je er bent]`,
      `[om te bekijken|vragen] [bel|op] +31 6 555 ${D2} ${D3} [alleen overdag|niet na 21 uur|]`,
    ],
  },
};

export const PL: Families = {
  none: {
    playTogetherInGame: [
      `[kto|ktoś] chce [pograć|zagrać] [razem|ze mną] [wieczorem|teraz|w weekend][?|]`,
      `[zagramy|gramy] razem [później|wieczorem][ w grze|][?|]`,
    ],
    inGameWhereQuestion: [
      `na [jakim|którym] serwerze [grasz|jesteś][?|]`,
      `w [jakim|którym] lobby jesteś[?|]`,
      `na jakiej mapie jesteś[?|]`,
    ],
    priceHaggle: [
      `[aktualne|jeszcze aktualne|dalej dostepne][?|??]`,
      `[oddasz|dasz] za [50|80|100|150] jak odbiore w tym tygodniu[?|]`,
      `cena do negocjacji[?|??] [place gotowka|troche za drogo dla mnie]`,
      `[ostateczna cena|najnizsza cena][?] [rower|biurko|telefon|bilety] [mi pasuje|mi pasuja]`,
      `[sorki|sorry], [juz sprzedane|zarezerwowane|poszlo][,|] zaktualizuje ogloszenie`,
    ],
    friendCodes: [
      `moj kod trenera: ${FC} [dodajcie mnie|add] do [raidow|prezentow][ pls|!|]`,
      `${FC} [dodawajcie|add] na [prezenty|zdalne raidy][,|] [aktywny codziennie|otwieram codziennie]`,
      `szukam ludzi na [legendarny|mega] raid[,|] kod ${FC}`,
      `kod znajomego switch ${SW} [do wymian|do grania online][ 💙|]`,
      `[wrzucajcie|dawajcie] swoje kody [nizej|tutaj][,|] [moj|zaczne] ${FC}`,
    ],
    smsCodeWarning: [
      `[nigdy nie podawajcie|nie dawaj|NIGDY] kodu [z sms|weryfikacyjnego|6 cyfrowego] [kupujacemu|"kupujacemu"][, to oszustwo|, kradna konto|]`,
      `[uwaga|ostrzezenie]: linki "[bezpieczna platnosc|bezpieczna wysylka|olx dostawa]" od kupujacych [to|=] scam[. tylko gotowka przy odbiorze|. nie klikajcie|]`,
      `jak "kupujacy" prosi o kod z [whatsappa|sms], [blokuj|zglaszaj] od razu`,
      `[znowu|mialem] [fejkowego kupca|dziwna wiadomosc], chce zebym [potwierdzil karte|kliknal link][ xd nie| 🙄|. zgloszone]`,
      `[przypominam|info od grupy]: zaden [prawdziwy|normalny] kupujacy nie potrzebuje twojego kodu [sms|jednorazowego]`,
    ],
    countryQuestion: [
      `jestes w polsce czy [gdzies indziej|za granica|w uk][?|??] [chodzi o wysylke|przez koszty wysylki]`,
      `[jestes z|pochodzisz z] {country}[?|??] [po tym jak piszesz|po akcencie][ xd|]`,
      `[w jakim kraju|jaki kraj] [jestes|jest sprzedajacy][?|??]`,
      `[wysylasz|wysylacie] do {country}[?|] czy tylko [polska|kraj][?|]`,
      `[jestem|siedze] w {country} [xd|haha][,|] wiec odbior osobisty odpada[ sorki|]`,
    ],
    localNewsRoads: [
      `maraton zamyka {street} w niedziele[,|] [autobusy objazdem|objazdy dla autobusow|korki gwarantowane]`,
      `[znowu|ZNOWU] remont na glownej[ 🙄| masakra|]`,
      `[info|uwaga]: {street} [zamknieta|zablokowana] [przez remont|przez awarie wodociagu|przez parade][ do wieczora|]`,
      `[w gazecie pisza|podobno] ze [jarmark|targ|kiermasz] [przenosi sie do|wraca do] {venue} w tym roku`,
      `[byl|dzis rano] [wypadek|pozar] na {street} [rano|wczoraj wieczorem][, mam nadzieje ze wszyscy cali|]`,
    ],
    appAndGroupTalk: [
      `czy apka liczy km z biezni[?|??] [mi|zegarek] pokazuje 0`,
      `grupa [kupie sprzedam|oddam za darmo] z okolicy jest pelna [spamu|oszustow|botow] teraz`,
      `jest event [bonusowy|community day] w [sobote|niedziele][?|??]`,
      `[olx|vinted|apka] [usunela|ukryla] mi ogloszenie [bez powodu|nie wiem czemu][ 😤|]`,
      `nasza grupa biegowa [przebila|osiagnela] [500|1000] [osob|km w tym miesiacu][ 🎉|]`,
    ],
    rpCharacterJob: [
      `moja postac w rp to [kapitan|mistrz|pani] [Bartlomiej|Zbyszko|Jadwiga] [Solnobrody|Zelaznoreki|Wichrowy], [prowadzi|ma] [sklep rybny|karczme|kuznie] w porcie`,
      `[w rp|na serwerze] gram [Lena|Kacper|Iga] [Szarokamien|Ksiezycowy], [taksowkarz|lekarka|burmistrz] miasta[ xd|]`,
      `*[kapitan|doktor|burmistrz] [Ulryk|Marta] [Krukowski|Ogniosercy] otwiera [sklep|gabinet]* "[witaj|dzien dobry], wedrowcze"`,
      `[moj oc|moja postac] {first} [Zelaznapiesc|Srebrnyksiezyc] [pracuje jako|jest] [kurier|mechanik|lowca nagrod] [w rp|w miescie na serwerze]`,
      `karta postaci: [Dr|Lady] [Bursztyn|Sylwan] [Wrona|Bagienny], wlasciciel [sklepu z miksturami|lombardu] [na spawnie|w porcie] [rp|w grze]`,
    ],
  },
  asking: {
    askPickupAddress: [
      `gdzie moge odebrac [szafe|rower|biurko|kanape][?|??] potrzebuje adres`,
      `na jakiej ulicy jest [lan|lan party|wymiana][?|??]`,
      `[podeslij|wyslij] mi adres do [paczki|wysylki|biletow][ pls|]`,
      `[ktore pietro|jaki numer mieszkania|jaki kod do domofonu][?|] i pod jakie nazwisko dzwonic[?|]`,
      `[ok|spoko] biore[!|,] gdzie [odebrac|mam podjechac][?] [podeslij|wyslij] adres na priv`,
    ],
    askMeetInPerson: [
      `kiedy [moge wpasc|pasuje ci] zeby obejrzec [rower|kanape|tv][?|??]`,
      `spotkamy sie osobiscie na [wymiane|przekazanie][?|??]`,
      `ktos [chce|ma ochote] pobiegac razem w ten weekend[?|??][ spokojne tempo xd|]`,
      `gdzie zwykle robicie [trening klubowy|dlugie wybieganie][?] moze dolacze`,
      `mozemy [z reki do reki|osobiscie][?|] nie ufam [kurierom|paczkomatom][ szczerze|]`,
    ],
    askNearestStationOrDistrict: [
      `jaka [stacja|przystanek|stacja metra] jest najblizej [ciebie|ciebie mieszkasz][?|??]`,
      `na jakim [osiedlu|dzielnicy|osiedlu mieszkasz] jestes[?|] wystarczajaco blisko zeby biegac razem?`,
      `[w ktorej dzielnicy|gdzie mniej wiecej] mieszkasz[? polnoc czy poludnie|?|??]`,
      `na jakim przystanku mam wysiasc[?|??]`,
      `mieszkasz [daleko|blisko] od centrum[? jaka dzielnica|?]`,
    ],
    askTeamSchool: [
      `z jakiej szkoly jest [twoja|ta] druzyna[?|??]`,
      `[napastnik|bramkarz|ta z numerem 9] chodzi do jakiej szkoly[?|??]`,
      `dla jakiej szkoly [gracie|biegacie][?|??]`,
      `[ten chlopak|ta dziewczyna] co wygral[|a] [bieg|piatke|turniej], z jakiej [szkoly|budy] [jest|][?|]`,
      `jestescie z tej samej szkoly[?] [ktorej|jak sie nazywa][?|]`,
    ],
  },
  giving: {
    pickupAddress: [
      `odbior na {street} ${NUM} m. [4|7|12|21], [2 pietro|parter|klatka B], domofon {lastname}`,
      `[wyslij|wysylka] na {address}, {postcode}[ pls| dzieki|]`,
      `[sprzedam|na sprzedaz] [rower dzieciecy|szafe ikea|fotel gamingowy|ps4] [50|100|150] zl[,|.] [stan dobry|dziala]. odbior {address}[, {postcode}|] [wieczorem|po 18|w weekend]`,
      `[lan|wymiana] jest na {street} ${NUM}, [garaz z tylu|piwnica|sala 2][, wezcie kable|]`,
      `[wpadnij|przyjedz] na {street} ${NUM}/[3|8|15] [po 17|jutro rano|w sobote][, niebieskie drzwi|, nad apteka|]`,
    ],
    collectionTown: [
      `[rower|kanapa|szafa] jest w {city}, tylko odbior osobisty`,
      `[tak|no] jestem stad, {city}`,
      `przeprowadzilismy sie do {city} w zeszlym roku[ xd|]`,
      `tylko odbior, okolice {city}[ 👍|]`,
      `[mieszkam|jestem] w {city}[,|] moge [sie spotkac|podrzucic] [w okolicy|jak jestes blisko]`,
      `ja tez mieszkam w {city}[! maly swiat|!|]`,
    ],
    meetAtLandmark: [
      `[spotkajmy sie|widzimy sie] przy fontannie w {venue} o [17|18|10][ w sobote| jutro|]`,
      `przekazanie przed [zabka|biedronka|lidlem] na {street} o [18|19][, bede z torba|]`,
      `czekam przy glownym wejsciu do {venue} [o|kolo] [17|18][, szara bluza|]`,
      `wyjscie [2|polnocne|B] z dworca o [18|19] i [sie wymieniamy|przekazuje][?|]`,
      `trening klubu startuje spod {venue} w [niedziele|sobote] o [8|9] [przy kiosku|pod pomnikiem|]`,
      `[raid|spotkanie] pod {venue} [jutro|w niedziele] o [17|18][, przy pomniku|, wezcie powerbanki|]`,
    ],
    sellerIntroName: [
      `[czesc|hej] jestem {fullname}, ten od [roweru|biurka|ps5] z ogloszenia`,
      `[czesc wszystkim|hej], jestem {fullname}, [nowy|nowa] w klubie biegowym[ 👋|]`,
      `tu {fullname} [btw|xd], pisalismy o [szafie|krzesle]`,
      `[nazywam sie|jestem] {fullname}[,|] odbiore [krzeslo|rower|glosniki] [o 18|dzis|wieczorem]`,
      `paczka jest na nazwisko {fullname}[, to ja|]`,
    ],
    phoneLocalForm: [
      `zadzwon zanim przyjedziesz: 555 ${D3} ${D3}[,|] [domofon nie dziala|3 pietro|moge byc w pracy]`,
      `[moj numer|numer]: +48 555 ${D3} ${D3}[, najpierw zadzwon|, daj znac przed|]`,
      `[napisz|sms] na 555-${D3}-${D3} [jak bedziesz pod blokiem|zanim wyjedziesz|czy jeszcze jest]`,
      `[piec piec piec|555] [zero|0] [dwanascie|dwadziescia trzy] [czterdziesci|trzydziesci jeden], [zadzwon|daj znac] [wczesniej|jak bedziesz]`,
      `[zeby obejrzec|pytania] [dzwon|pod numer] 555 ${D3} ${D3} [tylko rano|nie po 21|]`,
    ],
  },
};

export const TR: Families = {
  none: {
    playTogetherInGame: [
      `[kim|biri] [benimle|beraber] oynamak ister [bu akşam|şimdi|hafta sonu][?|]`,
      `[akşam|sonra] beraber oynayalım mı[ oyunda|][?|]`,
    ],
    inGameWhereQuestion: [
      `hangi [serverdasın|sunucudasın|serverde oynuyorsun][?|]`,
      `hangi lobidesin[?|]`,
      `hangi haritadasın[?|]`,
    ],
    priceHaggle: [
      `[hala duruyor mu|satildi mi|hala var mi][?|??]`,
      `bu hafta gelip alirsam [500|800|1000] olur mu[?|??]`,
      `[fiyatta|son fiyatta] pazarlik [var mi|payi var mi][?|] [nakit odarim|biraz butceyi asiyor]`,
      `[son fiyat|en son kac][?] [bisiklet|masa|telefon|biletler] [cok lazim|ilgimi cekti]`,
      `[kusura bakma|pardon], [satildi|kapora alindi|gitti][,|] ilani guncelliyorum`,
    ],
    friendCodes: [
      `arkadas kodum: ${FC} [ekleyin|ekleyin beni] [raid icin|hediye icin][ pls|!|]`,
      `${FC} [ekleyin|add] [hediye|uzaktan raid] icin[,|] [her gun aktifim|hediyeleri her gun acarim]`,
      `[efsanevi|mega] raid icin adam ariyorum[,|] kod ${FC}`,
      `switch arkadas kodu ${SW} [takas icin|online oynamak icin][ 💙|]`,
      `kodlarinizi [asagi|buraya] [atin|yazin][,|] [benimki|ben basliyorum] ${FC}`,
    ],
    smsCodeWarning: [
      `[sms ile gelen kodu|dogrulama kodunu|6 haneli kodu] [asla|kimseye|ALICIYA] vermeyin[, dolandiricilik|, hesabi caliyorlar|]`,
      `[dikkat|uyari]: alicilarin attigi "[guvenli odeme|guvenli kargo|param guvende]" linkleri [sahte|dolandiricilik][. elden nakit|. tiklamayin|]`,
      `"alici" whatsapp kodunu isterse [engelleyin|sikayet edin] hemen`,
      `[yine|az once] [sahte bir alici|garip biri] [kart bilgilerimi|linke tiklamami] istedi[ yok artik| 🙄|. sikayet ettim]`,
      `[hatirlatma|grup uyarisi]: gercek hicbir alicinin [sms kodunuza|tek kullanimlik kodunuza] ihtiyaci yok`,
    ],
    countryQuestion: [
      `turkiyede misin yoksa [yurtdisinda mi|baska ulkede mi|almanyada mi][?|??] [kargo icin|kargo ucreti yuzunden]`,
      `{country}[lı misin|dan misin][?|??] [yazisindan belli|aksanindan][ haha|]`,
      `[hangi ulkedesin|satici hangi ulkede][?|??]`,
      `{country} [kargo|gonderim] [var mi|yapiyor musun][?|] yoksa sadece yurtici mi[?|]`,
      `ben {country}[dayim|deyim] [haha|lol][,|] elden teslim olmaz yani[ kusura bakma|]`,
    ],
    localNewsRoads: [
      `maraton yuzunden pazar gunu {street} kapali[,|] [otobusler baska yoldan|guzergah degisti|trafik felc]`,
      `ana caddede [yine|YINE] yol calismasi[ 🙄| bikdim|]`,
      `[bilginize|dikkat]: {street} [kapali|trafige kapandi] [calisma var|su borusu patladi|kortej yuzunden][ aksama kadar|]`,
      `gazetede [yazdigina gore|yazmis] [semt pazari|yilbasi pazari|kermes] bu yil {venue} [tasiniyor|geri donuyor]`,
      `[sabah|dun aksam] {street} uzerinde [kaza|yangin] [olmus|oldu][, umarim herkes iyidir|]`,
    ],
    appAndGroupTalk: [
      `uygulama kosu bandi km sayiyor mu[?|??] [bende|saatim] 0 [gosteriyor|yaziyor]`,
      `mahallenin [al sat|ikinci el] grubu artik [spam|dolandirici|bot] dolu`,
      `[cumartesi|pazar] [bonus|topluluk gunu] etkinligi var mi[?|??]`,
      `[sahibinden|letgo|uygulama] ilanimi [sildi|gizledi] [sebepsiz|neden bilmiyorum][ 😤|]`,
      `kosu grubumuz [500|1000] [uyeyi|km yi] gecti[ 🎉|]`,
    ],
    rpCharacterJob: [
      `rp karakterim [kaptan|usta|hanim] [Barbaros|Cemil|Nazli] [Tuzsakal|Demiryumruk|Firtinaci], limandaki [balikciyi|meyhaneyi|demirci dukkanini] isletiyor`,
      `[rp de|sunucuda] [Leyla|Kaan|Ipek] [Gritas|Aysu] oynuyorum, sehrin [taksicisi|doktoru|belediye baskani][ haha|]`,
      `*[kaptan|doktor|baskan] [Ulvi|Meltem] [Karakuzgun|Atesyurek] [dukkani|klinigi] aciyor* "[hos geldin|gunaydin], yolcu"`,
      `[oc karakterim|karakterim] {first} [Demirel|Gumusay] [rp de|sunucu sehrinde] [kurye|tamirci|odul avcisi]`,
      `karakter kartı: [Dr.|Leydi] [Kehribar|Silvan] [Karga|Bataklik], [spawndaki|limandaki] [iksir dukkaninin|rehinci dukkaninin] sahibi [rp|oyunda]`,
    ],
  },
  asking: {
    askPickupAddress: [
      `[dolabi|bisikleti|masayi|koltugu] nereden alabilirim[?|??] adres lazim`,
      `[lan|lan partisi|takas] hangi sokakta[?|??]`,
      `[kargo|paket|biletler] icin adresini at[ pls|]`,
      `[kacinci kat|daire kac|hangi blok][?|] zile kimin adina basayim[?|]`,
      `[tamam|tamamdir] aliyorum[!|,] nereye geleyim[?] adresi dmden at`,
    ],
    askMeetInPerson: [
      `[bisiklete|koltuga|tv ye] bakmaya ne zaman gelebilirim[?|??]`,
      `takas icin yuz yuze bulusalim mi[?|??]`,
      `bu hafta sonu beraber kosmak isteyen[?|??][ yavas tempo haha|]`,
      `kulup kosusunu genelde nerede yapiyorsunuz[?] belki katilirim`,
      `elden teslim yapalim mi[?|] kargoya [guvenmiyorum|pek guvenim yok]`,
    ],
    askNearestStationOrDistrict: [
      `sana en yakin [metro duragi|istasyon|durak] hangisi[?|??]`,
      `hangi [semtte|mahallede|ilcede] oturuyorsun[?|] beraber kosacak kadar yakin miyiz?`,
      `[sehrin hangi tarafindasin|hangi yakadasin][? anadolu mu avrupa mi|?|??]`,
      `hangi durakta ineyim[?|??]`,
      `merkeze [uzak|yakin] misin[? hangi semt|?]`,
    ],
    askTeamSchool: [
      `takimin hangi [okuldan|liseden][?|??]`,
      `[forvet|kaleci|9 numara] hangi okulda okuyor[?|??]`,
      `hangi okul adina [oynuyorsunuz|kosuyorsunuz][?|??]`,
      `[yarisi|5k yi|turnuvayi] kazanan [cocuk|kiz] hangi okuldan[?|]`,
      `ayni okulda misiniz[?] [hangisi|adi ne][?|]`,
    ],
  },
  giving: {
    pickupAddress: [
      `teslim {street} ${NUM}, [daire 4|kat 3 daire 7|zemin kat], zil {lastname}`,
      `[buraya|su adrese] [gonder|yolla]: {address}, {postcode}[ tesekkurler|]`,
      `[satilik|satiyorum] [cocuk bisikleti|ikea dolap|oyuncu koltugu|ps4] [500|800|1200] tl[,|.] [temiz|sorunsuz]. teslim {address}[, {postcode}|] [aksamlari|18 den sonra|hafta sonu]`,
      `[lan|takas] Cumhuriyet Mah. [Gul|Lale|Papatya] Sok. No: ${NUM} [garajda|bodrum katta][, kablonu getir|]`,
      `[gel|gelin] [Yildiz|Bahce|Ataturk] Mah. {street} No: ${NUM} D: [3|5|8] [17 den sonra|yarin sabah|cumartesi][, mavi kapi|, eczanenin ustu|]`,
    ],
    collectionTown: [
      `[bisiklet|koltuk|dolap] {city} de, sadece elden teslim`,
      `[evet|he] buraliyim, {city}`,
      `gecen yil {city} ye tasindik[ haha|]`,
      `sadece elden, {city} civari[ 👍|]`,
      `[{city} de oturuyorum|{city} deyim][,|] [bulusabiliriz|getirebilirim] [yakinlarda|yakinsan]`,
      `ben de {city} deyim[! dunya kucuk|!|]`,
    ],
    meetAtLandmark: [
      `{venue} [fiskiyenin|havuzun] orada saat [17|18|10] da [bulusalim|gorusuruz][ cumartesi| yarin|]`,
      `teslim {street} uzerindeki [bim|a101|migros] onunde saat [18|19] da[, elimde poset olacak|]`,
      `{venue} ana girisinde [bekliyorum|olacagim] saat [17|18] gibi[, gri sweat|]`,
      `istasyonun [2 numarali|kuzey|B] cikisi saat [18|19] da [takas yapariz|teslim ederim][?|]`,
      `kulup kosusu [pazar|cumartesi] saat [8|9] da {venue} onunden basliyor[ bufenin orada| heykelin yaninda|]`,
      `[raid|bulusma] [yarin|pazar] [17|18] de {venue}[, heykelin orada|, powerbank getirin|]`,
    ],
    sellerIntroName: [
      `[merhaba|selam] ben {fullname}, ilandaki [bisiklet|masa|ps5] benim`,
      `[herkese selam|selam millet], ben {fullname}, kosu kulubune yeni katildim[ 👋|]`,
      `ben {fullname} [bu arada|haha], [dolap|sandalye] icin yazismistik`,
      `[adim|ben] {fullname}[,|] [sandalyeyi|bisikleti|hoparlorleri] [18 de|bugun|aksam] alacagim`,
      `paket {fullname} adina[, o benim|]`,
    ],
    phoneLocalForm: [
      `gelmeden once ara: 0532 555 ${D2} ${D2}[,|] [zil calismiyor|3. kattayim|iste olabilirim]`,
      `[numaram|numara]: 0555 [0|1|2]${D2} ${D2} ${D2}[, once ara|, gelmeden haber ver|]`,
      `[whatsapp tan|mesaj] at 0 5[3|4|0][2|5|7] 555 ${D2} ${D2} [kapiya gelince|yola cikmadan|hala duruyor mu diye]`,
      `[sifir bes yuz otuz iki|0532] [bes yuz elli bes|555] [on iki|yirmi uc] [kirk|otuz bir], [ara|haber ver] [once|gelince]`,
      `[gormek icin|sorular icin] +90 5[3|4]2 555 ${D2} ${D2} [sadece sabah|21 den sonra aramayin|]`,
    ],
  },
};

/** A game friend / trainer code: three groups of four digits, some with 555 in them. */
const FRIEND_CODE_555 = `${choices(DIGIT_CHOICE, 4)} [5550|5551|5552|1234|8820|3097|6614|2405|7718|4463] ${choices(DIGIT_CHOICE, 4)}`;
/** Full-width digits, as Japanese chat often writes numbers. */
const FW = '０|１|２|３|４|５|６|７|８|９';
/** Eastern Arabic digits. */
const AR_DIGITS = '٠|١|٢|٣|٤|٥|٦|٧|٨|٩';

/** Long, harmless tails (polite sale talk, group chat chatter) that keep a template's label. */
const ID_SALE =
  '[| maaf banyak tanya ya kak soalnya lagi nyari buat adikku yang baru masuk kuliah| kabarin aja ya kak kalau jadi, aku fleksibel kok jamnya asal jangan kemaleman| makasih kak, udah lama nyari yang kondisinya masih bagus kayak gini]';
const ID_CHAT =
  '[| wkwk sumpah dari tadi pagi grup ini rame banget, aku sampe ketinggalan chat| btw ada yang udah ngerjain event minggu ini belum, aku masih stuck di level 30| yaudah segitu dulu, aku mau makan malam dulu nanti lanjut lagi]';
const TL_SALE =
  '[| pasensya na sa daming tanong ha, hinahanap ko kasi to para sa kapatid ko| sabihan mo lang ako kung ok, flexible naman ako sa oras basta wag masyadong gabi| salamat po, matagal ko na kasing hinahanap yung ganito na maayos pa]';
const TL_CHAT =
  '[| haha grabe ang ingay ng gc ngayon, di ko na ma-catch up lahat ng chats| btw may nakatapos na ba ng event this week, stuck pa rin ako sa level 30| sige yun lang muna, kakain muna ako ng dinner balik ako mamaya]';
const HI_SALE =
  '[| sorry itne saare sawaal ke liye bhai, chhote bhai ke liye dhoondh raha hu| bata dena agar theek hai, time ka koi issue nahi bas raat ko late mat karna| thanks yaar, kaafi time se aisa hi kuch achhi condition wala dhoondh raha tha]';
const HI_CHAT =
  '[| lol aaj group mein itna spam hai ki purane msgs padh hi nahi paya| btw kisi ne is week ka event complete kiya kya, main abhi bhi level 30 pe atka hu| chalo abhi khana khane jaa raha hu, baad mein baat karte hai]';
const RU_SALE =
  '[| извините за кучу вопросов, ищу для младшего брата к сентябрю| напишите если норм, по времени я гибкий, только не очень поздно| спасибо, давно искал что-то в таком нормальном состоянии]';
const RU_CHAT =
  '[| лол чат сегодня какой-то бешеный, не успеваю читать все сообщения| кстати кто-нибудь уже прошел ивент этой недели, я застрял на 30 уровне| ладно, пойду поужинаю, потом еще напишу]';
const JA_SALE =
  '[| 質問ばかりですみません、弟の新生活用に探していて急ぎではないのですがなるべく早めに決めたいです| もし大丈夫そうなら連絡ください、時間はわりと融通きくので夜遅すぎなければいつでも平気です| ありがとうございます、ずっとこういう状態のいいものを探していたので本当に助かります]';
const JA_CHAT =
  '[| w 今日このグループ流れ速すぎて全然ログ追いつけないんだけど誰か三行でまとめてほしい| ところで今週のイベントもう終わった人いる？私まだレベル30で止まってて全然進まない| とりあえずご飯食べてくるのでまた後で続き話そうね、みんなお疲れさま]';
const AR_SALE =
  '[| وآسف على كثرة الأسئلة بس أدور عليه لأخوي الصغير قبل بداية الدراسة| بلغني إذا تمام، أنا مرن بالوقت بس لا يكون متأخر بالليل مرة| مشكور، صار لي فترة أدور على شي بحالة نظيفة زي كذا]';
const AR_CHAT =
  '[| هههه القروب اليوم زحمة مرة، ما قدرت ألحق على كل الرسايل اللي فاتت| بالمناسبة أحد خلص إيفنت هالأسبوع؟ أنا لسه واقف عند لفل ٣٠| طيب خلاص بروح أتعشى الحين وأرجع نكمل بعدين]';
const KO_SALE =
  '[| 질문 많아서 죄송해요 동생 자취 시작해서 필요한 거 하나씩 알아보는 중이라서요| 괜찮으시면 연락 주세요 시간은 저녁 너무 늦지만 않으면 아무때나 맞출 수 있어요| 감사합니다 이런 상태 좋은 물건 진짜 오래 찾고 있었거든요]';
const KO_CHAT =
  '[| ㅋㅋ 오늘 단톡 왜 이렇게 빨라 밀린 메시지 다 못 읽겠어 누가 요약 좀 해줘| 근데 이번주 이벤트 다 깬 사람 있어? 나 아직 30레벨에서 막혀서 못 가는 중| 일단 밥 먹고 올게 이따 다시 들어와서 마저 얘기하자 다들 수고]';
const VI_SALE =
  '[| xin lỗi hỏi nhiều nha, mình đang kiếm cho em trai mới lên đại học| ok thì nhắn mình nha, giờ giấc mình linh động lắm miễn đừng khuya quá| cảm ơn bạn nhiều, mình tìm cái còn mới như vầy lâu lắm rồi]';
const VI_CHAT =
  '[| =)) nhóm hôm nay nhắn nhiều quá, đọc không kịp luôn mấy tin cũ| mà có ai làm xong event tuần này chưa, mình vẫn kẹt ở level 30 nè| thôi đi ăn tối đã, lát nữa vô nói tiếp nha mọi người]';

const ID_SELL =
  '[| barangnya masih mulus kok jarang banget dipakai, yang serius aja ya| kabarin dulu ya kalau jadi, aku fleksibel jamnya asal jangan kemaleman| no php ya kak, siapa cepat dia dapat, makasih]';
const TL_SELL =
  '[| maayos pa po talaga, bihira lang nagamit, seryosong buyer lang sana| sabihan mo lang ako kung ok, flexible naman ako sa oras basta wag masyadong gabi| no joy reserver po ha, first come first serve, salamat]';
const HI_SELL =
  '[| condition ekdum mast hai, bahut kam use hua hai, serious log hi msg karo| bata dena agar theek hai, time ka koi issue nahi bas raat ko late mat karna| timepass mat karna please, jo pehle aayega usko milega, thanks]';
const RU_SELL =
  '[| состояние отличное, почти не пользовались, пишите только если реально берете| напишите если норм, по времени я гибкий, только не очень поздно| без пустых обещаний пожалуйста, кто первый приедет тот и забирает]';
const JA_SELL =
  '[| ほとんど使ってないので状態はかなりいいです、本気で検討してくれる方だけお願いします| 大丈夫そうなら連絡ください、時間はわりと融通きくので夜遅すぎなければいつでも平気です| ドタキャンだけはやめてください、先に来てくれた方を優先させてもらいますね]';
const AR_SELL =
  '[| الحالة ممتازة وما انستخدم إلا كم مرة، الجادين بس لو سمحتوا| بلغني إذا تمام، أنا مرن بالوقت بس لا يكون متأخر بالليل مرة| بدون مواعيد وهمية الله يخليكم، اللي يجي أول ياخذه]';
const KO_SELL =
  '[| 거의 안 써서 상태 진짜 좋아요 구매 의사 확실한 분만 연락 주세요| 괜찮으시면 연락 주세요 시간은 저녁 너무 늦지만 않으면 아무때나 맞출 수 있어요| 노쇼는 제발 하지 말아주세요 먼저 오시는 분께 드릴게요 감사합니다]';
const VI_SELL =
  '[| đồ còn mới lắm, ít xài lắm, ai thật sự cần thì nhắn nha| ok thì nhắn mình nha, giờ giấc mình linh động lắm miễn đừng khuya quá| đừng bom hàng nha mọi người, ai tới trước lấy trước, cảm ơn]';

export const ID: Families = {
  none: {
    playTogetherInGame: [
      `[ada yg|siapa] mau main [bareng|mabar] [nanti malem|sekarang|weekend][?|]`,
      `[ayo|yuk] mabar [nanti|malam ini][ di game|][!|]`,
    ],
    inGameWhereQuestion: [
      `[main di|lagi di] server [mana|apa][?| nih?]`,
      `[kamu|km] di lobby [mana|berapa][?|]`,
      `lagi di map apa[?|]`,
    ],
    priceHaggle: [
      `[masih ada|msh ada|ready] [kak|gan|min]?`,
      `[bisa kurang|nego tipis] [gak|ga] [kak|gan]? [300|350|450]rb [ya|aja][ kalau aku ambil minggu ini|]${ID_SALE}`,
      `[harga|hrg] [pas|nett] atau [masih bisa nego|bisa nego]?`,
      `[sepeda|lemari|hp|meja belajar]nya [minus|ada lecet] [apa aja|gak][ kak|?]${ID_SALE}`,
      `[kalau|klo] [200|250|400]rb [boleh|bisa] [gak|ga]? [lagi bokek|uang jajan cuma segitu][ wkwk|]`,
      `[udah|sudah] [laku|sold] [belum|blm] [kak|gan]? [mau|pengen] [keep|booking] [dulu|][ dp 50rb| boleh?|]${ID_SALE}`,
    ],
    friendCodes: [
      `[kode teman|friend code|trainer code] [aku|ku]: ${FRIEND_CODE_555}[, add ya| add buat raid| kirim gift pls|]`,
      `${FRIEND_CODE_555} [add buat raid|add buat tuker gift][ malem ini| wkwk|]${ID_CHAT}`,
      `[yang mau|siapa mau] [tuker gift|raid bareng], [drop|kirim] kode teman [di sini|kalian], punyaku ${FRIEND_CODE_555}`,
      `[ketemu|kumpul] di [gym|pokestop] [di map|dalam game] jam [7|8][ buat raid|], kode ${FRIEND_CODE_555}${ID_CHAT}`,
      `[itu|ini] [bukan nomor hp|bukan no wa] ya, [itu|ini] kode teman ${FRIEND_CODE_555}[ wkwk|]`,
    ],
    smsCodeWarning: [
      `[hati-hati|awas] [penipuan|modus] [cod|jual beli], [jangan|jgn] [pernah|] kasih kode [otp|sms|verifikasi] ke [siapa pun|pembeli|orang asing][!|]`,
      `[kalau|klo] [pembeli|ada yg] [minta|nanya] kode [otp|6 digit] [dari sms|yang masuk], [itu penipu|langsung blokir][ ya|]${ID_CHAT}`,
      `[jangan|jgn] klik link "[pembayaran aman|rekber|safe payment]" dari [pembeli|orang] [yang gak dikenal|asing][, itu phishing|, modus baru|]`,
      `[info admin|⚠️ admin]: [kurir|pihak marketplace] [nggak|gak] pernah minta [kode otp|kode sms|pin]. [hati-hati|waspada][ ya semua|]${ID_CHAT}`,
      `[temenku|sepupuku] [ketipu|kena tipu] [gara-gara|karena] [ngasih|kasih] kode sms ke [pembeli|orang]. [jangan|jgn] sampe [kalian|kamu] juga`,
    ],
    countryQuestion: [
      `[kamu|kak] [dari|di] [indo|indonesia] [atau|apa] [malaysia|luar negeri][?|??]`,
      `[orang|org] [indo|malaysia] [ya|kah][?][ logatnya mirip|]${ID_CHAT}`,
      `[kirim|shipping] ke luar negeri [bisa|bisa gak][? aku di {country}|]`,
      `[kamu|km] [tinggal|di] [negara mana|luar negeri] [sekarang|skrg][?]${ID_CHAT}`,
      `[aku|saya] [di|dari] {country}[, tapi|,] [sering|suka] [main|ngobrol] sama [orang indo|kalian][ wkwk|]`,
    ],
    localNewsRoads: [
      `[info|📢 info] [jalan|jln] {street} [ditutup|ditutup total] [minggu pagi|besok] [buat|karena] [car free day|maraton|karnaval][, angkot dialihkan|]`,
      `[macet parah|macet total] di {street} [gara-gara|karena] [galian|perbaikan jalan|banjir][ lagi| 😩|]${ID_CHAT}`,
      `{venue} [lagi direnovasi|tutup sementara] [sampe|sampai] [akhir bulan|lebaran][ katanya|]`,
      `[ada|katanya ada] [pasar malam|bazar|konser] di {venue} [minggu ini|nanti malam][, rame banget|]${ID_CHAT}`,
      `[banjir lagi|genangan] di [daerah|sekitar] {street}[, hati-hati yang lewat|, motor banyak mogok|]`,
    ],
    appAndGroupTalk: [
      `[grup|group] [jual beli|jb] [sini|di fb] [sekarang|skrg] [isinya|penuh] [spam|promo judol][ semua| doang|]`,
      `[aplikasi|app] [lari|strava|running]nya [ngitung|bisa ngitung] km treadmill [gak|ga][?]${ID_CHAT}`,
      `[ada|adakah] [event bonus|double xp|bonus] [hari minggu|weekend ini][?|??]`,
      `[marketplace|olx|fb marketplace] [lagi error|lemot banget] [ya|dari tadi][?| 😤|]${ID_CHAT}`,
      `[admin grup|min], [boleh|bisa] [post|jualan] [barang bekas|preloved] [di sini|gak][?]`,
      `[app|aplikasi] [ojol|grab] [lagi down|error] ya? [gak bisa|ga bisa] [pesen|order][ dari tadi|]${ID_CHAT}`,
    ],
    rpCharacterJob: [
      `[karakter rp|char rp|karakter] aku [namanya|] [Kapten Bara Samudra|Nyai Ratu Kembang|Pak Jagal Sutejo], [dia|] [buka|jualan|punya] [toko ikan|bengkel|warung] di [pelabuhan|pasar|kota] [dalam game|di server][ wkwk|]`,
      `[di rp|di server rp] aku jadi [Dokter Laras Wulung|Sersan Bimo Kelana|Mbah Dukun Suro], [kerja|tugas] di [rumah sakit|kantor polisi|gubuk hutan] [map kota|dalam game]${ID_CHAT}`,
      `*[Kapten Raka Badai|Juragan Sapto Lintang] [buka|membuka] [toko senjata|warung jamu]nya di [alun-alun|pelabuhan] [kerajaan|kota]* [silakan mampir|siapa mau beli], [pengelana|petualang]`,
      `[karakterku|ocku] [Tuan Arga Mendung|Nona Sekar Mayang] [tinggal|punya rumah] di [nomor 12|gang mawar] [bloxburg|brookhaven|di game], [kerjanya|jadi] [kasir|barista|nelayan]${ID_CHAT}`,
      `[nama|] [karakter|char] [baruku|aku] [Komandan Gilang Petir|Bu Kantin Ratmi], [punya|buka] [kafe|toko roti] [di spawn|deket spawn|di map kota][ wkwk|]`,
    ],
  },
  asking: {
    askPickupAddress: [
      `[alamat|alamatnya] [lengkap|] [di mana|dmn] [kak|gan]? [mau|aku mau] [ambil|jemput] [lemarinya|sepedanya|barangnya] [besok|sore ini]`,
      `[share loc|sharelok] [dong|ya] [kak|gan][,| biar] [aku|kurir] [bisa ke sana|gak nyasar][ 🙏|]${ID_SALE}`,
      `[lan party|mabar offline]nya di [jalan apa|rumah siapa|mana] [sih|ya][?]`,
      `[kirim|kasih] alamat [kamu|km] [buat|untuk] [paket|ongkir|kirim barang][,| ya] [sama kode pos|lengkap][ pls|]${ID_SALE}`,
      `[rumahnya|tempatnya] [di gang|di jalan] [mana|apa] [kak|gan]? [aku|saya] [cod|ambil] [langsung|sendiri] aja`,
      `[cod|ambil] di [rumah|alamat] [kakak|kamu] [bisa|boleh]? [alamatnya|alamat] [dmn|di mana][?]${ID_SALE}`,
    ],
    askMeetInPerson: [
      `[bisa|boleh] [cod|ketemuan] [gak|ga] [kak|gan]? [biar|mau] [liat|cek] [barangnya|sepedanya] [langsung|dulu]`,
      `[kapan|jam berapa] [enaknya|bisanya] aku [mampir|dateng] [buat|untuk] [liat|ngecek] [hp|motor|sepeda]nya[?]${ID_SALE}`,
      `[ada yang|siapa yang] mau [lari bareng|jogging bareng|gowes bareng] [weekend ini|minggu pagi][?|??]`,
      `[kopdar|ketemuan] [yuk|ayo] [buat|sekalian] [tuker|swap] [kartu|barang][?][ biar langsung tangan ke tangan|]${ID_SALE}`,
      `[klub lari|komunitas gowes]nya [biasanya|biasa] [kumpul|start] di mana? [pengen|mau] [ikut|gabung][ dong|]`,
      `[nebeng|carpool] [bareng|ke kampus] [yuk|mau gak]? [kita|kita bisa] [ketemuan|atur] [dulu|nanti]${ID_SALE}`,
    ],
    askNearestStationOrDistrict: [
      `[kamu|km] [di|tinggal di] [daerah|kecamatan] mana[?| kak?]`,
      `[stasiun|halte] [terdekat|paling deket] [dari rumahmu|dari situ] apa[?]${ID_SALE}`,
      `[deket|dekat] [gak|ga] [sama|dari] [daerahku|rumahku]? [biar|siapa tau] [bisa lari bareng|bisa gowes bareng]`,
      `[kakak|kamu] [di|daerah] [jaksel|jaktim|bekasi|depok] [bagian mana|sebelah mana][?]${ID_SALE}`,
      `[kelurahan|kecamatan|rt rw] [kamu|km] [apa|di mana][? siapa tau tetanggaan|?]`,
    ],
    askTeamSchool: [
      `[tim|team] [futsal|basket] [itu|yang menang] dari [sekolah|sma] mana[?]`,
      `[kamu|km] [main|ikut] [tim|ekskul] [basket|voli|futsal] [sekolah|sma] mana[?]${ID_CHAT}`,
      `[pemain|kiper] [nomor 7|yang tinggi] itu [anak|dari] sekolah mana[ sih|][?]`,
      `[sekolah|smp|sma] [kalian|kamu] [apa|mana]? [tim|klub]nya [keren|jago][ banget|]${ID_CHAT}`,
      `[yang ikut|peserta] [lan party|turnamen] [kemarin|besok] [anak|dari] sekolah mana aja[?]`,
    ],
  },
  giving: {
    pickupAddress: [
      `[ambil|cod|pickup] di {street} No. [5|12|27|88], [rumah|pagar] [hijau|hitam|biru] [depan|sebelah] [masjid|warung][, bilang aja cari pak {lastname}|]`,
      `[alamat|almt]: Jl. Melati [Gg. 3|Gg. 7|Blok C] No. [12|4|19], RT [02|05]/RW [03|08], {city} {postcode}${ID_SELL}`,
      `[jual|dijual] [sepeda lipat|lemari 2 pintu|meja belajar] [masih mulus|bekas pakai], [200|350|500]rb [nego|nett], [ambil|cod] di {street} No. [9|14|31][ ya|][, chat dulu sebelum dateng|]`,
      `[kirim|paketin] ke {address}, [{city}|kota {city}] {postcode}[, a.n. {lastname}| ya kak|]${ID_SELL}`,
      `[lan party|mabar]nya di rumah aku, Perum [Griya|Taman] [Asri|Indah] Blok [B|D] No. [3|12|21][, bawa laptop sendiri|, jam 7 malem|]`,
      `[rumahku|rumah aku] di {street} [no|No.] [17|8|44], [lantai 2|kos-kosan biru|kamar 3][, ketok aja|]${ID_SELL}`,
    ],
    collectionTown: [
      `[barangnya|sepedanya] di {city} [ya|kak], [cod|ambil sendiri] [aja|only][, gak bisa kirim|]`,
      `[iya|iyaa] aku [orang|anak] {city} [asli|juga][ wkwk|]${ID_SELL}`,
      `[kita|kami] [baru pindah|pindah] ke {city} [tahun lalu|bulan kemarin][, masih adaptasi|]`,
      `[cod|ambil] [area|daerah|seputaran] {city} [aja|doang][ ya|][, di luar itu ongkir|]${ID_SELL}`,
      `[aku|saya] [tinggal|kos] di {city}[, deket kampus| sekarang|][ kalau mau lari bareng|]`,
    ],
    meetAtLandmark: [
      `[cod|ketemuan] di depan [Indomaret|Alfamart] {street} jam [4|5|7] sore[ ya|, aku pakai jaket item|]`,
      `[ketemu|kumpul] di [gerbang utama|pintu masuk] {venue} jam [6|7] pagi [buat|] [lari bareng|gowes|club run][ minggu ini|]${ID_SELL}`,
      `[tuker|swap] kartunya di {venue} [besok|sabtu] jam [3|4][ ya|][, deket air mancur|, depan pos satpam|]`,
      `[aku|gue] [tunggu|nunggu] di [pintu keluar|exit] [2|3|utara] stasiun [Manggarai|Bogor|Depok Baru] jam [5|8][, bawa barangnya ya|]${ID_SELL}`,
      `[cod|ketemuan] [di|depan] {venue} [jam|jm] [10|11] [siang|pagi] [sabtu|minggu][, jangan telat|]`,
      `[kumpul|start] [club run|lari] di [air mancur|tugu] {venue} [minggu|sabtu] jam [5|6] pagi[, yang mau ikut dateng aja|]${ID_SELL}`,
    ],
    sellerIntroName: [
      `[halo|hai] kak, aku {fullname}, yang [jual|posting] [sepeda|lemari|hp] [di grup|di marketplace][ kemarin|]`,
      `[saya|aku] {fullname}[ ya| kak| ya kak|], [yang mau|jadi|yang] [ambil|beli] [meja|sepeda]nya[ hari ini|]${ID_SALE}`,
      `[kenalin|perkenalkan], [aku|saya] {fullname}, [ketua|admin] [klub lari|komunitas gowes] [sini|ini][ 🙏|]`,
      `[atas nama|a.n.] {fullname} [ya|] [buat|untuk] [paket|pengiriman|nitip]nya${ID_SALE}`,
      `[ini|ini aku] {fullname} [dari|yang] [iklan|postingan] [hp bekas|tiket konser][, masih mau?|]`,
    ],
    phoneLocalForm: [
      `[telpon|wa|chat] [dulu|aku] [sebelum|kalau mau] [dateng|ke sini|cod] ya: 08[12|13|57|77]-555[0|1|2]-${D4}`,
      `[nomor|no] [wa|hp] [aku|ku] 08[12|21|57] 555 ${D4}[, kabarin sebelum otw|, chat aja|]${ID_SELL}`,
      `[kalau|klo] [udah|sudah] [sampe|nyampe] [depan|gerbang], [miscall|telpon] [aja|] ke +62 8[12|13|77] 555 ${D3} ${D3}`,
      `[hubungi|kontak] [aku|saya] di 0812-555-${D4} [buat|untuk] [cek barang|atur cod|nego][, jangan malem2|]${ID_SELL}`,
      `[kosan|rumah]ku susah dicari, [telp|telpon] [dulu|aja] [ya|] 08[57|95]-[5550|5551]-${D4}`,
    ],
  },
};

export const TL: Families = {
  none: {
    playTogetherInGame: [
      `[sino|may] gusto maglaro [tayo|together|kasama ko] [mamaya|ngayon|this weekend][?|]`,
      `[laro|tara laro] tayo [mamaya|later][ sa game|][!|]`,
    ],
    inGameWhereQuestion: [
      `[anong|saang] server ka[?| ngayon?]`,
      `[saang|anong] lobby ka[?|]`,
      `anong map ka ngayon[?|]`,
    ],
    priceHaggle: [
      `[avail pa|available pa] po[?| ba?]`,
      `[last price|lp] [na|] po? [pwede|pede] [1.5k|2k|800] [na lang|nalang][ pag kinuha ko this week|]${TL_SALE}`,
      `[nego|negotiable] pa [ba|po] yung [bike|aparador|phone|ticket][?]`,
      `[may|meron bang] [sira|gasgas|issue] yung [bike|phone|cabinet] [po|][?]${TL_SALE}`,
      `[sold|benta] na ba [po|]? [pa-reserve|reserve] [ko sana|nga po][, dp 200|]`,
      `[ang mahal|medyo pricey] [naman|po] [hehe|haha], [pwede|kaya] [ba|] [babaan|bawasan] [konti|ng konti][?]${TL_SALE}`,
    ],
    friendCodes: [
      `[friend code|trainer code|fc] ko: ${FRIEND_CODE_555}[, add niyo ko for raids| pa-add| send gift pls|]`,
      `${FRIEND_CODE_555} [add mo ko|add for raid][ mamaya| lods|]${TL_CHAT}`,
      `[drop|pakilagay] [friend codes|fc] niyo [dito|here] [for gifts|for raid], sakin ${FRIEND_CODE_555}`,
      `[hindi|di] [number|cp number] yan [lol|haha], trainer code [ko yan|yan] ${FRIEND_CODE_555}${TL_CHAT}`,
      `[tara|game] raid sa [gym|pokestop] [sa game|in game] [mamaya|later] [8pm|9pm], add ${FRIEND_CODE_555}`,
    ],
    smsCodeWarning: [
      `[ingat|careful] [kayo|po] [sa|sa mga] [scam|modus] [sa marketplace|sa buy and sell], [wag|huwag] [ibigay|i-share] [otp|sms code|code sa text] [kahit kanino|sa buyer][!|]`,
      `[pag|kapag] [humingi|nanghingi] [yung buyer|ng] [code|otp] [na dumating sa text|sa sms], [scam yan|block agad][ po|]${TL_CHAT}`,
      `[wag|huwag] [mag-click|pindutin] [yung|ng] "[safe payment|secure checkout]" link [na sinend|galing] sa [buyer|di kilala][, phishing yan|]`,
      `[psa|reminder]: [walang|hindi] [courier|gcash|lazada] [na|] [hihingi|manghihingi] [ng|ng inyong] [otp|mpin|code][. ingat po|]${TL_CHAT}`,
      `[pinsan ko|tropa ko] [na-scam|naloko] [kasi|dahil] [binigay|sinend] [nya|niya] [yung code|otp]. [wag kayo|dont] [gumaya|tularan][ please|]`,
    ],
    countryQuestion: [
      `pinoy ka [ba|po][?|??]`,
      `[nasa|taga] [pinas|ph] ka [ba|po] or [abroad|ibang bansa][?]${TL_CHAT}`,
      `[ship|shipping] [ba|po] [kayo|] [abroad|sa ibang bansa][? nasa {country} kasi ako|?]`,
      `[ofw|ofw ka] [ka ba|ba] [sa|] [saudi|dubai|japan][?][ same vibe haha|]${TL_CHAT}`,
      `[from|taga] {country} [ako|me] [pero|but] [half pinoy|pinay mom ko][ haha|]`,
    ],
    localNewsRoads: [
      `[heads up|psa]: [sarado|closed] [ang|yung] {street} [sa linggo|this sunday] [dahil|kasi] [sa marathon|may fun run][, reroute ang jeep|]`,
      `[traffic|trapik] [na naman|again] sa {street} [dahil|kasi] [sa road repair|may hukay][ 😩| grabe|]${TL_CHAT}`,
      `[baha|flooded] [daw|na] [sa|along] {street}[, iwas muna| ingat mga nagmomotor|]`,
      `{venue} [closed|sarado] [muna|for renovation] [hanggang|until] [next month|pasko][ sabi nila|]${TL_CHAT}`,
      `[may|meron daw] [night market|tiangge|concert] sa {venue} [this weekend|sa sabado][, siksikan for sure|]`,
    ],
    appAndGroupTalk: [
      `[yung|ang] [buy and sell group|b&s group] [dito|sa fb] [puro|puno ng] [spam|scam] na [lol|haha|ngayon]`,
      `[binibilang|counted] [ba|] [ng|sa] [app|strava] [yung|ang] km [sa treadmill|sa treadmill run][?]${TL_CHAT}`,
      `[may|meron bang] [bonus event|double xp] [sa sunday|this weekend][?|??]`,
      `[fb marketplace|carousell] [down|nag-e-error] [ba|] [sa inyo|for you][?]${TL_CHAT}`,
      `[admin|mods], [pwede|allowed] [ba|po] [mag-post|magbenta] ng [preloved|second hand] [dito|sa group][?]`,
    ],
    rpCharacterJob: [
      `[rp char|character] ko [si|is] [Kapitan Bagwis Dagat|Aling Rosa Buhawi|Mang Tonyo Kidlat], [may|owns a] [fish shop|sari-sari store|karinderya] [sa|at the] [port|harbor|plaza] [sa game|ng server][ haha|]`,
      `[sa rp|in rp] ako [si|] [Dr. Lira Silangan|Sarhento Dado Apoy], [nagtatrabaho|work] sa [hospital|presinto] [ng city map|sa server]${TL_CHAT}`,
      `*[Kapitan Simoy Alon|Don Berto Ulap] [binuksan|opens] [ang|his] [weapon shop|bakery] [sa|near] [spawn|town square]* [bili na kayo|tuloy kayo], [mga adventurer|manlalakbay]`,
      `[oc|character] ko [si|] [Lady Mayumi Tala|Sir Lakan Hangin], [barista|cashier] sa [cafe|tindahan] [sa brookhaven|sa bloxburg|in game]${TL_CHAT}`,
      `[bago|new] [kong|] [character|char]: [Heneral Datu Kulog|Nanay Pining Bituin], [may|nagpapatakbo ng] [panaderya|kainan] [sa map|sa server][ lol|]`,
    ],
  },
  asking: {
    askPickupAddress: [
      `[saan|san] [po|] [pwede|pede] [i-pickup|kunin] [yung|ang] [aparador|bike|item]? [pa-send|send] [ng|] [address|exact address][ po|]`,
      `[anong|ano] [street|kalye] [yung|ang] [lan party|lan]? [pin|drop pin] [mo naman|niyo naman][ pls|]${TL_SALE}`,
      `[send|pm] mo [address|addy] mo [for|para sa] [parcel|lbm|shipping][, with zip code|]`,
      `[pa-drop|drop] [ng|] [location|pin] [po|] [para sa|for] [meetup|pickup][?| salamat|]${TL_SALE}`,
      `[saan|san] [po kayo|ka] [banda|exactly] [sa|] [subdivision|village]? [ako na|ako na lang] [kukuha|magpi-pickup]`,
    ],
    askMeetInPerson: [
      `[kailan|when] [ka|po kayo] [free|pwede] [para makita ko yung|para ma-check yung|para tingnan yung] [bike|phone|item] [in person|personally][?]`,
      `[meet up|meetup] [na lang|nalang] [tayo|po] [para sa|for the] [swap|palit][?][ hand to hand para safe|]${TL_SALE}`,
      `[sino|anyone] [gusto|wanna] [mag-jog|tumakbo|mag-bike] [together|nang sabay] [this weekend|sa sunday][?]`,
      `[saan|san] [kayo|yung club] [usually|madalas] [tumatakbo|nagra-run][? sali sana ako|? join ako]${TL_SALE}`,
      `[carpool|sabay] [tayo|na lang] [papuntang|to] [event|lan party]? [kita|meet] [muna|tayo] [bago|before]`,
    ],
    askNearestStationOrDistrict: [
      `[taga|from] [saan|san] [ka|po kayo] [exactly|banda][? anong barangay|?]`,
      `[anong|ano] [pinakamalapit|nearest] [na|] [mrt|lrt|station] [sa inyo|sayo][?]${TL_SALE}`,
      `[malapit|near] [ka ba|ba kayo] [sa|samin sa] [qc|makati|pasig][? para sabay tayo tumakbo|?]`,
      `[saang|anong] [city|barangay] [ka|kayo] [nakatira|located][?]${TL_SALE}`,
      `[same|pareho] [ba tayo|tayo ba] [ng|na] [area|district]? [saan|san] [ka|kayo] [banda|sa pasig][?]`,
    ],
    askTeamSchool: [
      `[saang|anong] [school|eskwela] [galing|from] [yung|ang] [team|varsity] [na|na nanalo][?]`,
      `[anong|saang] school [ka|mo] [naglalaro|sa basketball team][?]${TL_CHAT}`,
      `[yung|si] [number 23|point guard] [taga|from] [saang|anong] school[?]`,
      `[school|eskwelahan] [niyo|nyo] [ano|saan]? [ang galing|ang lakas] ng [team|volleyball team] niyo${TL_CHAT}`,
      `[yung mga|sino] [players|kasali] sa [tournament|lan party] [from|taga] [anong|saang] school[?]`,
    ],
  },
  giving: {
    pickupAddress: [
      `[pickup|kuha] [sa|at] [Blk 5|Blk 12|Blk 7] Lot [3|8|14], {street}, [Brgy.|Barangay] [San Isidro|Malinis|Bagong Silang], {city}[, gate na kulay green|]`,
      `[selling|for sale] [bike|aparador|office chair], [1.5k|2.5k|900] [only|lang], [pickup|meetup] [sa|at] {address}[, pm for details|]${TL_SELL}`,
      `[ship|send] [mo|niyo] [na lang|po] [sa|to] {address}, {city} {postcode}[ c/o {lastname}|]`,
      `[unit|condo unit] [1204|8B|15C] [tower 2|bldg C], {street}, {city}[, iwan mo na lang sa guard|]${TL_SELL}`,
      `[lan party|overnight lan] [sa|sa bahay] [namin|ko]: [#|] [12|45|7] {street}, [sa tabi ng|malapit sa] [sari-sari store|chapel][, bring your own pc|]`,
      `[dito|dito po] [sa|ako] {street} [#|no.] [33|18|9], [yung|] [bahay na|] [may|] [blue na gate|puting gate][, hanapin si {lastname}|]${TL_SELL}`,
    ],
    collectionTown: [
      `[nasa|andito] {city} [yung|ang] [bike|item][, pickup only|, meetup lang|]`,
      `[yup|oo] [local|taga-dito] [ako|lang], {city}[ haha|]${TL_SELL}`,
      `[lumipat|nag-move] [kami|na kami] [sa|to] {city} [last year|nung isang taon][, sobrang init dito|]`,
      `[pickup|meetup] [lang|only][ po|], {city} area[, walang shipping|]${TL_SELL}`,
      `[taga|from] {city} [ako|me][, kaya malapit lang|, sama ako sa run|]`,
    ],
    meetAtLandmark: [
      `[meet|kita] [tayo|nalang] [sa|sa harap ng] [7-eleven|Ministop|Alfamart] [sa|along] {street} [mga|around] [5pm|6pm|3pm][, naka-black ako|]`,
      `[meetup|kita] [sa|sa may] [fountain|main gate] [ng|of] {venue} [sa sabado|bukas] [ng|] [4|5|10] [am|pm][, dala ko yung item|]${TL_SELL}`,
      `[club run|takbo] [tayo|natin] [sa|at] {venue}, [6am|5:30am] [sunday|sa linggo][, sa may entrance|]`,
      `[swap|palitan] [tayo|] [sa|at] [exit 2|north exit|south gate] [ng|of] [MRT Cubao|LRT Recto|Ayala station] [mamaya|bukas] [7pm|6pm]${TL_SELL}`,
      `[hintayin|antayin] kita [sa|sa labas ng] {venue} [around|mga] [3|4|6][ pm|][, text ka pag nandun ka na|]`,
    ],
    sellerIntroName: [
      `[hi|hello] po, [ako po si|ako si] {fullname}, [yung nagbebenta|yung seller] [ng bike|ng aparador|ng phone] [sa post|sa marketplace]`,
      `[ako|si] {fullname} [po|] [to|ito], [yung|] [mag-pickup|bibili] [ng|] [cabinet|bike] [today|mamaya]${TL_SALE}`,
      `[hello|hi] runners, [ako si|I'm] {fullname}, [organizer|coordinator] ng [running club|fun run] [natin|dito][!|]`,
      `[pa-address|paki-address] [po|] [sa pangalan|under] {fullname} [yung parcel|ang package][, salamat|]${TL_SALE}`,
      `{fullname} [po|here] [yung|] [nagmessage|nag-inquire] [about|tungkol sa] [ticket|concert ticket][, available pa?|]`,
    ],
    phoneLocalForm: [
      `[text|call] [mo|niyo] [muna|po] ako [bago|before] [pumunta|ka pumunta]: 09[17|18|27|55] 555 ${D4}`,
      `[globe|smart] ko: 0917-555-${D4}[, text lang di ako sumasagot ng call|, viber din|]${TL_SELL}`,
      `[pag|kapag] [nandyan|nasa gate] [ka na|na kayo], [missed call|ring] [lang|] [sa|ka sa] +63 9[17|18|45] 555 ${D4}`,
      `[contact|cp] [number|no.] [for|para sa] [pickup|meetup]: 0998 555 ${D4}[, hanapin si {first}|]${TL_SELL}`,
      `[mahirap|medyo mahirap] hanapin [yung|ang] [bahay|lugar], [tawag|text] [ka muna|muna] sa 09[27|55]-5551-${D4}`,
    ],
  },
};

export const HI: Families = {
  none: {
    playTogetherInGame: [
      `[koi|kaun] [saath mein|mere saath] khelega [aaj raat|abhi|weekend pe][?|]`,
      `[chalo|aaja] [baad mein|raat ko] saath khelte hai[ game mein|][!|]`,
    ],
    inGameWhereQuestion: [
      `[kaunse|kis] server pe [ho|khel rahe ho][?| bhai?]`,
      `kis lobby mein ho[?|]`,
      `kaunse map pe ho[?|]`,
    ],
    priceHaggle: [
      `[available hai|abhi bhi available hai] [kya|bhai|bro][?]`,
      `[final price|last price] [kya hai|bolo][?] [2000|1500|3500] [chalega|de dunga][ kya|][, is week utha lunga|]${HI_SALE}`,
      `[thoda|kuch] [kam|less] [ho sakta|karoge] [hai kya|bhai][?] [budget tight hai|student hu][ yaar|]`,
      `[cycle|almirah|phone|table] [mein|me] koi [problem|scratch|issue] [toh nahi|hai kya][?]${HI_SALE}`,
      `[sold ho gaya|bik gaya] [kya|kya bhai]? [hold|reserve] [kar do|rakh lo] [please|pls][, kal confirm karta hu|]`,
      `[price|rate] [negotiable|nego] hai [kya|ya fixed][?]${HI_SALE}`,
    ],
    friendCodes: [
      `[mera|apna] [friend code|trainer code]: ${FRIEND_CODE_555}[, add karo raids ke liye| gift bhejo pls| add kar lo|]`,
      `${FRIEND_CODE_555} [add karo|add kar lo] [bhai|yaar][ raid ke liye| aaj raat|]${HI_CHAT}`,
      `[apne|sab apne] [friend codes|fc] [daalo|drop karo] [yaha|idhar] [gifts ke liye|raid ke liye], mera ${FRIEND_CODE_555}`,
      `[ye|yeh] [number|phone number] nahi hai [lol|bhai], trainer code hai ${FRIEND_CODE_555}${HI_CHAT}`,
      `[game mein|in game] [gym|pokestop] pe raid [hai|karte hai] [8 baje|9 baje], add ${FRIEND_CODE_555}`,
    ],
    smsCodeWarning: [
      `[savdhaan|careful raho] [olx|marketplace] [scam|fraud] se, [kabhi bhi|kisi ko bhi] [otp|sms code] [mat batana|share mat karna][!|]`,
      `[agar|jab] [buyer|koi] [otp|code] [maange|maang raha] [jo sms pe aaya|sms wala], [scam hai|fraud hai][ bhai|][, block karo|]${HI_CHAT}`,
      `"[safe payment|secure payment]" [link|wala link] pe [click mat karna|mat dabana], [fraud|phishing] hai[ yaar|]`,
      `[psa|reminder]: [bank|upi|courier wala] [kabhi|kabhi bhi] [otp|pin|code] nahi [maangta|poochta][. dhyan rakho|]${HI_CHAT}`,
      `[mere cousin|dost] ke [saath|sath] [fraud|scam] [hua|ho gaya] [kyunki|coz] [usne|] [otp|code] [de diya|bata diya]. [aap log|tum log] [mat karna|dhyan rakhna]`,
    ],
    countryQuestion: [
      `[aap|tum] [india|bharat] [mein ho|se ho] [ya|or] [bahar|abroad][?]`,
      `[indian|desi] [ho kya|hai kya] [bhai|bro][?]${HI_CHAT}`,
      `[pakistan|nepal] se [ho|hai] [kya|ya india se][?]`,
      `[abroad|bahar] [ship|deliver] [karte|karoge] [ho|kya]? [main|mai] {country} [mein|me] [hu|hoon]${HI_CHAT}`,
      `[main|mai] [bhi|] {country} [se|se hu][, par|] [hindi|hinglish] [aati hai|samajhta hu][ lol|]`,
    ],
    localNewsRoads: [
      `[alert|📢 info]: [sunday|ravivaar] [ko|] {street} [band|closed] [rahega|hai] [marathon|rally|parade] [ki wajah se|ke liye][, buses divert|]`,
      `{street} pe [phir se|fir se] [jam|traffic jam] [hai|laga hai] [road repair|metro ka kaam|khudai] [ki wajah se|se][ 😩| ugh|]${HI_CHAT}`,
      `[paani bhar gaya|waterlogging] [hai|] {street} [pe|par][, avoid karo|, bike mat le jana|]`,
      `{venue} [renovation|repair] [ke liye|ki wajah se] [band|closed] [hai|rahega] [next month tak|diwali tak][ suna hai|]${HI_CHAT}`,
      `{venue} [mein|pe] [mela|concert|food fest] [hai|lag raha hai] [is weekend|shanivaar ko][, bheed hogi|]`,
    ],
    appAndGroupTalk: [
      `[local|society ka] [buy sell group|olx group] [ab|abhi] [spam|forward] [se bhara|se full] [hai|pada hai][ yaar|]`,
      `[app|strava] treadmill [ke|wale] km [count karta|gin leta] hai [kya|?]${HI_CHAT}`,
      `[sunday|is weekend] [ko|] [bonus event|double xp] [hai kya|aayega][?]`,
      `[olx|marketplace] [down|slow] [hai kya|chal raha hai][? kuch load nahi ho raha|?]${HI_CHAT}`,
      `[admin|mods], [second hand|purana saman] [bechna|post karna] [allowed hai|chalega] [idhar|group mein][?]`,
    ],
    rpCharacterJob: [
      `[mera rp character|mera char] [hai|] [Captain Veer Samundar|Seth Dhaniram Toofani|Rani Chandni Aag], [uski|woh] [fish shop|kirana dukaan|chai ki tapri] [chalata|chalati] hai [harbour|bazaar] [mein|pe] [game ke|server ke][ lol|]`,
      `[rp mein|server pe] main [Dr. Meera Badal|Inspector Shera Bijli] [hu|hoon], [hospital|thane] [mein|me] [kaam|duty] [karta|karti] hu [city map|game] mein${HI_CHAT}`,
      `*[Captain Arjun Toofan|Lala Motilal Chandrama] [apni|] [hathiyaar ki dukaan|mithai ki dukaan] [kholta hai|kholte hai] [spawn|bazaar] [ke paas|mein]* [aao|padharo] [musafir|yodha]`,
      `[mera oc|character] [Lady Tara Aasmaan|Sir Kabir Aandhi] [brookhaven|bloxburg] [mein|me] [cafe|bakery] [chalata|chalati] hai${HI_CHAT}`,
      `[naya|new] [char|character]: [General Bhairav Garaj|Amma Kesari Taara], [dhaba|bakery] [owner|wala] [server pe|in game][ 😂|]`,
    ],
  },
  asking: {
    askPickupAddress: [
      `[pickup|saman lena] [kaha se|kidhar se] [karna|hai][ bhai|]? [address|exact address] [bhejo|bata do][ pls|]`,
      `[lan party|lan] [kaunsi|kis] [gali|street] [mein|me] hai[? location bhejo|?]${HI_SALE}`,
      `[apna|ur] [address|pata] [bhejo|send karo] [parcel|courier] [ke liye|ke liye pincode ke saath][ pls|]`,
      `[live location|location] [share karo|bhej do] [pickup|almirah lene] [ke liye|ke time][?|]${HI_SALE}`,
      `[ghar|flat] [kidhar|kaha] [hai|pe hai] [exactly|bilkul]? [main|mai] [khud|] [aa ke|aake] [le lunga|utha lunga]`,
    ],
    askMeetInPerson: [
      `[kab|kis time] [aa sakta|aau] [hu|] [cycle|phone|bike] [dekhne|check karne][?]`,
      `[milke|mil ke] [swap|exchange] [karte|kar le] [hai|kya]? [hand to hand|haath mein] [safe|better] [rahega|hai]${HI_SALE}`,
      `[koi|kisi ko] [saath mein|sath] [run|jogging|cycling] [karna|karni] hai [is weekend|sunday ko][?]`,
      `[club run|running group] [usually|aksar] [kaha|kidhar] [hota|hoti] hai? [join|aana] [karna hai|chahta hu]${HI_SALE}`,
      `[carpool|saath] [chalein|chale] [lan party|event] [ke liye|tak]? [pehle|] [mil|milte] [lete|lo] hai`,
    ],
    askNearestStationOrDistrict: [
      `[aap|tum] [kaunse|kis] [area|sector] [mein|me] [rehte|rehti] ho[?]`,
      `[nearest|sabse paas] [metro station|station] [kaunsa|kya] hai [tumhare ghar se|aapke][?]${HI_SALE}`,
      `[paas|nazdeek] [mein|me] [ho kya|rehte ho]? [saath|sath] [run|cycling] [kar sakte|ho sakti] hai`,
      `[noida|gurgaon|dwarka] [mein|me] [kaha|kis sector mein] [ho|rehte ho][?]${HI_SALE}`,
      `[kaunsi|kis] [colony|society] [mein|me] [ho|rehte ho][? shayad padosi nikle lol|?]`,
    ],
    askTeamSchool: [
      `[woh|jo] [team|cricket team] [jeeti|jiti] [woh|] [kis|kaunse] school [ki|se] hai[?]`,
      `[tum|aap] [kaunse|kis] school [ki team|ke liye] [khelte|khelti] ho[?]${HI_CHAT}`,
      `[number 10|woh bowler|woh goalkeeper] [kis|kaunse] school [ka|se] hai[?]`,
      `[tumhara|aapka] school [kaunsa|kya] hai? [team|football team] [kamaal|zabardast] [thi|hai]${HI_CHAT}`,
      `[lan party|tournament] [wale|ke] [bande|players] [kis|kaunse] school [ke|se] [the|hai][?]`,
    ],
  },
  giving: {
    pickupAddress: [
      `[pickup|saman lo] [from|se]: [flat|house no.] [B-204|C-12|301], [3rd floor|2nd floor], {street}, {city} [- |]{postcode}[, guard ko bol dena|]`,
      `[selling|bech raha] [cycle|almirah|study table] [2000|3500|1200] [mein|only], [pickup|le jao] [from|se] {address}[, call karke aana|]${HI_SELL}`,
      `[courier|parcel] [bhej do|kar do] {address}, {city} {postcode}[, {lastname} ke naam pe|]`,
      `[lan party|lan] [mere ghar|ghar pe] [hai|]: [H.No.|house] [45|112|7], [gali no.|lane] [3|6], {street}[, apna pc lao|]${HI_SELL}`,
      `[ghar|flat] {street} [pe|par] hai, [gate no.|tower] [2|B|4], [bell|ghanti] [bajao|maaro] "{lastname}" [wala|wali][ naam se|]`,
      `[address|pata]: [C-45|A-112|D-9], [sector|block] [21|62|3], {city}[, mandir ke saamne|]${HI_SELL}`,
    ],
    collectionTown: [
      `[cycle|saman] {city} [mein|me] [hai|pada hai], [pickup|self pickup] [only|hi][, courier nahi|]`,
      `[haan|ha] [main|mai] [local|yahi ka] [hu|hoon], {city}[ lol|]${HI_SELL}`,
      `[hum|ham] [pichle saal|last year] {city} [shift|move] [hue|huye][ the|][, abhi naya hai sab|]`,
      `[pickup|le jana] [only|sirf], {city} [area|side][, delivery nahi|]${HI_SELL}`,
      `[main|mai] {city} [mein|me] [rehta|rehti] hu[, run pe aa sakta hu|]`,
    ],
    meetAtLandmark: [
      `[milte hai|mil lete hai|milo] [DMart|Reliance Fresh|medical store] [ke saamne|ke bahar] {street} [pe|par] [5 baje|6 baje|shaam 4 baje][, kali hoodie mein hu|]`,
      `[club run|run] [ka start|] {venue} [ke main gate|ke gate no. 2] [pe|par] [subah|morning] [6|5:30] [baje|][ sunday|]${HI_SELL}`,
      `[swap|exchange] {venue} [mein|pe] [fountain|food court] [ke paas|ke saamne] [kal|saturday] [4 baje|3 baje][ theek?|]`,
      `[metro|station] [ka|ke] [gate no.|exit] [2|3|4] [pe|par] [mil|milo] [7 baje|shaam 6 baje] [Rajiv Chowk|Andheri|MG Road][, saman le aana|]${HI_SELL}`,
      `{venue} [ke bahar|ke saamne] [wait|intezaar] [karunga|karungi] [11 baje|12 baje][, late mat hona|]`,
    ],
    sellerIntroName: [
      `[hi|hello], [main|mai] {fullname}, [jisne|wahi jisne] [cycle|almirah|phone] [ka ad|post] [daala tha|kiya tha]`,
      `{fullname} [here|bol raha hu], [table|cycle] [lene|pickup] [aaunga|aa raha] [aaj|kal][ shaam|]${HI_SALE}`,
      `[namaste|hi] [runners|sab log], [main|mai] {fullname}, [running club|cycling group] [ka organiser|chalata] [hu|hoon]`,
      `[parcel|courier] [pe|mein] naam {fullname} [likh dena|daal dena][, shukriya|]${HI_SALE}`,
      `[ye|yeh] {fullname} [hai|hu], [ticket|concert ticket] [wala|ke liye] [message|msg] [kiya tha|kia tha][ available?|]`,
    ],
    phoneLocalForm: [
      `[aane se pehle|aane se phle] [call|phone] [kar lena|karo]: 98[10|11|20][${DIGIT_CHOICE}] 55${D3}`,
      `[mera|apna] [number|no.] +91 9[8|7]${D3} 55${D3}[, whatsapp bhi|]${HI_SELL}`,
      `[gate|society] [pe|par] [pahuch ke|aake] [call|missed call] [karna|dena] 99[11|20|87]5 55${D3}`,
      `[pickup|meet] [ke liye|se pehle] [call|ring] [karo|karna] 98[76|20][${DIGIT_CHOICE}] 55${D3}[, {first} bolke|]${HI_SELL}`,
      `[ghar|flat] [dhundhna|dhoondna] [mushkil|tough] hai, [pehle|] [phone|call] [karo|kar lena] 70[11|42]5 55${D3}`,
    ],
  },
};

/** Two-digit groups in Russian number words, for a phone read out loud. */
const RU_PAIR =
  'двенадцать|тридцать четыре|ноль семь|сорок один|восемьдесят девять|шестьдесят|девятнадцать|двадцать два';

export const RU: Families = {
  none: {
    playTogetherInGame: [
      `кто хочет [поиграть|сыграть] [вместе|со мной] [вечером|сейчас|в выходные][?|]`,
      `[давай|го] [поиграем|сыграем] вместе [позже|вечером][ в игре|][?|]`,
      `[ищу|ищем] [напарника|пати|людей] поиграть [вечером|на выходных][, заходите в лобби|]`,
    ],
    inGameWhereQuestion: [
      `на каком сервере [играешь|ты][?|]`,
      `в каком лобби [ты|сидишь][?|]`,
      `на какой карте [ты|сейчас][?|]`,
    ],
    priceHaggle: [
      `[ещё актуально|актуально еще][?|??]`,
      `[торг|торг уместен] [есть|возможен][?]${RU_SALE}`,
      `[за|отдадите за] [3000|2500|5к] [отдадите|отдашь|норм][? заберу на этой неделе|?]`,
      `[велик|шкаф|телефон|стол] [без|какие] [косяков|дефекты|царапин][?]${RU_SALE}`,
      `[можно|могу] [забронировать|отложить] [до выходных|до пятницы][?][ предоплату скину|]`,
      `[skidku|skinesh] [sdelaesh|mozhno]? [student|shkolnik][ ya|], [deneg malo|bez deneg][ lol|]`,
    ],
    friendCodes: [
      `[мой|вот мой] [код друга|трейнер код|friend code]: ${FRIEND_CODE_555}[, добавляйте для рейдов| кидайте подарки|]`,
      `${FRIEND_CODE_555} [добавь|добавьте] [для рейда|на рейды][ плиз| вечером|]${RU_CHAT}`,
      `[кидайте|скидывайте] [коды друзей|фк] [сюда|в чат] [для подарков|на рейды], мой ${FRIEND_CODE_555}`,
      `[это|это не] [не номер телефона|номер] [лол|ахах], это код друга ${FRIEND_CODE_555}${RU_CHAT}`,
      `[рейд|встречаемся] у [гима|покестопа] [в игре|на карте] в [8|9][ вечера|], код ${FRIEND_CODE_555}`,
    ],
    smsCodeWarning: [
      `[осторожно|внимание], [мошенники|развод] на [авито|юле]: [никогда|никому] не [говорите|называйте] код из смс[!|]`,
      `[если|когда] [покупатель|кто-то] [просит|спрашивает] код из [смс|сообщения], это [развод|мошенник][, сразу в бан|]${RU_CHAT}`,
      `не [переходите|жмите] по ссылке "[безопасная сделка|безопасная оплата]" от [покупателя|незнакомцев], это [фишинг|скам]`,
      `[напоминание|пса]: [банк|доставка|курьер] [никогда не|не] [спрашивает|просит] [код из смс|пин-код|cvv][. будьте внимательны|]${RU_CHAT}`,
      `[моего друга|брата] [развели|обманули], [он|] [сказал|продиктовал] код из смс. не [повторяйте|делайте так]`,
    ],
    countryQuestion: [
      `ты из [россии|рф] или [казахстана|беларуси][?]`,
      `[вы|ты] [в россии|в рф] [или|или где-то] [за границей|еще][?]${RU_CHAT}`,
      `[доставка|отправка] в {country} [есть|возможна][?]`,
      `[ty iz rossii|ty russkiy] [ili|ili net][?]`,
      `я из {country}[, но|,] [по-русски|русский] [понимаю|знаю][ норм|]`,
    ],
    localNewsRoads: [
      `[в воскресенье|завтра] [перекрытие движения|перекроют движение]: {street}, [из-за марафона|на время забега|парад][, автобусы в объезд|]`,
      `[опять|снова] [пробка|ремонт дороги] на {street}[, жесть| 😩|]${RU_CHAT}`,
      `{venue} [закрыли|закрыт] на [ремонт|реконструкцию] до [осени|конца месяца][ говорят|]`,
      `{venue}: [в субботу|на выходных] [ярмарка|концерт|фестиваль][, будет толпа|, вход свободный|]${RU_CHAT}`,
      `[затопило|лужа по колено] на {street}[, не езжайте там|]`,
    ],
    appAndGroupTalk: [
      `[местная|наша] [барахолка|группа купи-продай] [теперь|уже] [вся в спаме|одна реклама][ ужас|]`,
      `[приложение|страва] [считает|засчитывает] км на беговой дорожке[?]${RU_CHAT}`,
      `[в воскресенье|на выходных] [есть|будет] [бонусный ивент|двойной опыт][?]`,
      `авито [лежит|глючит] [у вас тоже|сегодня][?]${RU_CHAT}`,
      `[админ|модеры], [можно|а можно] [продавать|выкладывать] [б/у|старые вещи] [тут|в группе][?]`,
    ],
    rpCharacterJob: [
      `мой [рп персонаж|перс] [Капитан Гром Морской|Бабка Агафья Метель|Купец Еремей Золотов], [держит|у него] [рыбную лавку|таверну|кузницу] в [порту|на рынке] [на сервере|в игре]`,
      `в [рп|ролевке] я [Доктор Вера Туманова|Сержант Борис Ветров], работаю в [больнице|участке] на [карте города|сервере]${RU_CHAT}`,
      `*[Капитан Ярослав Буря|Трактирщик Фрол Медовый] открывает [оружейную лавку|таверну] у [площади|ворот] [королевства|города]* [заходите|добро пожаловать], путники`,
      `[мой ос|мой персонаж] [Леди Злата Звёздная|Сэр Игнат Громов] [работает|] [бариста|кассиром] в [кафе|магазине] в [брукхейвене|блоксбурге]${RU_CHAT}`,
      `[moy rp pers|persik moy] [Kapitan Volk Stalnoy|Ded Mazay Rybak], [derzhit|u nego] [lavku|magazin] v [portu|gorode] [v igre|na serve]`,
    ],
  },
  asking: {
    askPickupAddress: [
      `[где|откуда] [забирать|можно забрать] [шкаф|велик|вещь]? [скиньте|напишите] [адрес|точный адрес][ пж|]`,
      `[на какой|какая] [улице|улица] [лан|лан-пати|сбор][?]${RU_SALE}`,
      `[скинь|кинь] [свой|] адрес для [посылки|сдэка|доставки][, с индексом|]`,
      `[адрес|точку] [киньте|скиньте] [пожалуйста|пж], [подъеду|приеду] [сегодня|вечером]${RU_SALE}`,
      `[kakoy|kakoi] [adres|adress]? [zaberu|priedu] [segodnya|zavtra]`,
    ],
    askMeetInPerson: [
      `[когда|во сколько] [можно|удобно] [подъехать|заехать] [посмотреть|глянуть] [велик|телефон|шкаф][?]`,
      `[давай|может] [встретимся|пересечемся] [лично|вживую] для [обмена|обмена карточками][?][ из рук в руки|]${RU_SALE}`,
      `[кто|кто-нибудь] [хочет|со мной] [побегать|пробежку|покататься] [в выходные|в субботу][?]`,
      `[где|а где] [вы|клуб] [обычно|] [бегаете|собираетесь] [на пробежку|]? [хочу|может] [присоединиться|присоединюсь]${RU_SALE}`,
      `[поедем|подвезти] [вместе|на машине] на [лан|турнир]? [можем|давай] [встретиться|пересечься] [до этого|заранее]`,
    ],
    askNearestStationOrDistrict: [
      `[ты|вы] в каком [районе|округе] [живешь|живете][?]`,
      `[какое|какая] [метро|станция] [ближе|ближайшая] [к тебе|к вам][?]${RU_SALE}`,
      `[ты|вы] [рядом|недалеко]? [можем|может] [бегать|побегать] вместе`,
      `[ты|вы] [где|где именно] в [москве|питере|спб][? какой район|?]${RU_SALE}`,
      `[v kakom|kakoy] [rayone|rayon] [zhivesh|zhivete][?]`,
    ],
    askTeamSchool: [
      `[команда|та команда] [которая выиграла|по футболу] [из|с] какой школы[?]`,
      `за какую школу [ты|вы] [играешь|играете][?]${RU_CHAT}`,
      `[вратарь|номер десять|тот нападающий] [из|с] какой школы[?]`,
      `[какая|а какая] у [тебя|вас] школа? [команда|сборная] [огонь|сильная]${RU_CHAT}`,
      `[участники|ребята] [лана|турнира] из каких школ[?]`,
    ],
  },
  giving: {
    pickupAddress: [
      `[самовывоз|забирать]: {street}, д. [5|12|27], кв. [12|48|7], [подъезд 3|2 подъезд], [этаж 4|5 этаж][, домофон {lastname}|]`,
      `[продам|отдам] [велик|шкаф|стол] [за 3000|за 5к|даром], [забирать|самовывоз] {address}[, звонить заранее|]${RU_SELL}`,
      `[отправь|пришли] [на|по адресу] {street}, д. [8|14], кв. [3|56], {city}, {postcode}[, получатель {lastname}|]`,
      `[лан|лан-пати] у меня: ул. [Ленина|Садовая|Мира] [д. 9|9], кв. [21|4][, берите свои пк|, начало в 7|]${RU_SELL}`,
      `[adres|adress]: {street}, dom [5|12], kv [12|33][, zvoni v domofon|]`,
      `[живу|я] на {street} [д. 3|дом 17], [корпус 2|стр. 1], кв. [40|91][, на двери табличка {lastname}|]${RU_SELL}`,
    ],
    collectionTown: [
      `[велик|вещь] в {city}, [только самовывоз|самовывоз][, не отправляю|]`,
      `[да|ага] я [местный|местная], {city}[ лол|]${RU_SELL}`,
      `мы [переехали|переехали в] {city} [в прошлом году|весной][, еще не привыкли|]`,
      `[самовывоз|забирать] только, {city} [и рядом|район][, доставки нет|]${RU_SELL}`,
      `[ya|ya zhivu] v {city}[, mogu podskochit|]`,
    ],
    meetAtLandmark: [
      `[давай|встретимся] у [пятерочки|магнита|аптеки] на {street} в [5|6|7][ вечера|][, я в черной куртке|]`,
      `[сбор|старт] [пробежки|забега|клубной пробежки]: {venue}, [главный вход|у фонтана], [в воскресенье|в субботу] в [7|8] утра${RU_SELL}`,
      `[обмен|меняемся] у [выхода 2|выхода 3|северного выхода] станции [Маяковская|Курская|Площадь Ленина] в [6|7] [вечера|]`,
      `[место встречи|встречаемся]: {venue}, [у входа|у касс|у фонтана], в [12|3|4][, не опаздывай|, возьми вещь|]${RU_SELL}`,
      `[vstrechaemsya|vstrecha]: {venue}, u vhoda, v [5|6][ vechera|][, ya v krasnoy kurtke|]`,
    ],
    sellerIntroName: [
      `[здравствуйте|привет], я {fullname}, [это мой|продаю] [велик|шкаф|телефон] [из объявления|на авито]`,
      `{fullname} [на связи|это я], [заберу|приеду за] [стол|велосипед] [сегодня|завтра]${RU_SALE}`,
      `[всем привет|привет бегуны], я {fullname}, [организую|веду] [беговой клуб|пробежки] [тут|у нас][!|]`,
      `[посылку|заказ] [на имя|оформляйте на] {fullname}[, спасибо|]${RU_SALE}`,
      `[eto|ya] {fullname}, [pisal|pisala] naschet [bileta|velika][, eshche aktualno?|]`,
    ],
    phoneLocalForm: [
      `[перед тем как|прежде чем] [ехать|приезжать] [позвоните|набери]: восемь девятьсот [шестнадцать|двадцать шесть|тридцать три] пятьсот пятьдесят пять [${RU_PAIR}] [${RU_PAIR}]`,
      `[мой|номер] +7 9[16|26|85] 555-${choices(DIGIT_CHOICE, 2)}-${choices(DIGIT_CHOICE, 2)}[, пишите в вотсап|, звонить после 6|]${RU_SELL}`,
      `[как подъедешь|у подъезда] [позвони|набери] 8 (9[16|03]) 555-${choices(DIGIT_CHOICE, 2)}-${choices(DIGIT_CHOICE, 2)}`,
      `[звони|звоните] [заранее|перед выездом], [восемь|плюс семь] девятьсот [пять|шестнадцать] [пятьсот пятьдесят пять|555] [${RU_PAIR}] [${RU_PAIR}]${RU_SELL}`,
      `[zvoni|nabiray] [pered vyezdom|zaranee]: 8 9[26|16] 555 ${choices(DIGIT_CHOICE, 2)} ${choices(DIGIT_CHOICE, 2)}`,
    ],
  },
};

/** A ward and block of a Japanese address, written inline the way chat writes it. */
const JA_BLOCK =
  '[世田谷区|杉並区|横浜市港北区|名古屋市中区|大阪市北区|福岡市東区][桜|若葉|本町|旭町|緑が丘][二|三|四|一]丁目[十五|八|三|二十一]番[の八|の二|の十四|]';

export const JA: Families = {
  none: {
    playTogetherInGame: [
      `[誰か|だれか]一緒に[遊ぼ|やろ|プレイしよ][う|][？|!|]`,
      `[今夜|あとで]一緒にゲームしよ[う|][！|]`,
      `[デュオ|パーティ]相手[募集|探してる][、ロビー来て|]`,
    ],
    inGameWhereQuestion: [
      `[どこの|どの]サーバー[にいる|でやってる][？|?]`,
      `どのロビー[にいる|？]`,
      `今どのマップ[にいる|？]`,
    ],
    priceHaggle: [
      `[まだありますか|まだ在庫ありますか|まだ売ってますか][？|?]`,
      `[値下げ|お値下げ][可能|できます]か？[3000|2500|5000]円[なら|だったら][即決|買います][、今週取りに行けます|]${JA_SALE}`,
      `[自転車|棚|スマホ|机]、[傷|汚れ]とか[ありますか|あります？][？|]`,
      `[お取り置き|取り置き][できますか|お願いできますか][？][ 週末まで|]${JA_SALE}`,
      `[ちょっと高い|高くね][w|笑]、[もう少し|あと千円][安く|下げて][なりません|ならん]？`,
      `[売れちゃいました|売れた]？[まだなら|まだだったら][欲しい|ほしいです]${JA_SALE}`,
    ],
    friendCodes: [
      `[フレンドコード|フレコ|トレーナーコード]：${FRIEND_CODE_555}[ レイド用に追加してね| ギフト送って| よろ|]`,
      `${FRIEND_CODE_555} [追加お願いします|申請どうぞ][、リモートレイドしよ|！|]${JA_CHAT}`,
      `[フレコ|コード][貼って|置いて]ね[、ギフト交換しよ|]、[うちの|私の]は${FRIEND_CODE_555}`,
      `[電話番号じゃないよ|これ番号じゃない][w|笑]、[トレーナーコード|フレコ]ね ${FRIEND_CODE_555}${JA_CHAT}`,
      `[ゲーム内の|マップの][ジム|ポケストップ]で[8|9]時から[レイド|集合]、${FRIEND_CODE_555}追加して`,
    ],
    smsCodeWarning: [
      `[フリマの|メルカリの|ジモティーの][詐欺|なりすまし]に注意！[SMSの|ショートメールの][認証コード|確認コード]は[絶対|誰にも]教えないで`,
      `[購入者|相手]に[SMSで届いた|スマホに来た]コード[聞かれたら|教えてって言われたら][詐欺|アウト]です[。すぐブロック|]${JA_CHAT}`,
      `「[安全なお支払い|かんたん決済]」の[リンク|URL][押さないで|踏まないで]、[フィッシング|詐欺][だよ|です]`,
      `[運営|配送業者|銀行]が[認証コード|暗証番号|パスワード]を聞くことは[ありません|ないです][。気をつけて|]${JA_CHAT}`,
      `[友達|兄]が[SMSコード|認証コード][教えちゃって|伝えて][乗っ取られた|騙された]。[みんなも|]気をつけて`,
    ],
    countryQuestion: [
      `[日本の方|日本在住]ですか？それとも[海外|外国]？`,
      `[日本人|日本の人]？[それとも|][韓国|台湾]の人？${JA_CHAT}`,
      `{country}[まで|に][発送|送れ]ますか？`,
      `[海外|どこの国]から[ですか|？][ 日本語うまいね|]${JA_CHAT}`,
      `[私|俺]{country}[出身|に住んでる][だけど|けど][日本語|にほんご][勉強中|練習中][です|w|]`,
    ],
    localNewsRoads: [
      `[日曜|今度の日曜]は[マラソン|市民マラソン|パレード]で{street}[あたり|付近]が[通行止め|交通規制][、バス迂回|だって|]`,
      `[また|今日も]{city}の[駅前|国道]で[工事|道路工事][してる|やってる][…| 😩|]${JA_CHAT}`,
      `{venue}、[改装|工事]で[来月まで|秋まで][休み|閉館]らしい`,
      `[週末|土曜]に{venue}で[お祭り|フリマ|イベント][あるって|やるらしい][、混みそう|]${JA_CHAT}`,
      `[台風で|大雨で]{city}の[道|川沿い][冠水|通行止め]してる[らしい|って][、気をつけて|]`,
    ],
    appAndGroupTalk: [
      `[地元の|近所の][売ります買いますグループ|フリマグループ]、[最近|もう][スパム|宣伝]だらけ[w|…|]`,
      `[このアプリ|ランアプリ]って[ルームランナー|トレッドミル]の距離も[カウント|記録]される？${JA_CHAT}`,
      `[日曜|週末][に|って][ボーナスイベント|経験値2倍][ある|あります]？`,
      `[メルカリ|ジモティー][落ちてる|重い]？[出品|ログイン]できない${JA_CHAT}`,
      `[管理人さん|運営さん]、[中古|お古][出品|売る]のここで[OK|大丈夫]ですか？`,
    ],
    rpCharacterJob: [
      `[俺の|私の][RPキャラ|なりきりキャラ]は[海賊船長ガルド・ブラックウェーブ|魔女ミルファ・ヨイヤミ|鍛冶屋のトール・アイアンハンド]、[港で|市場で][魚屋|武器屋|酒場]をやってる[設定|よ]`,
      `[RPでは|ロールプレイでは][ドクター雫月レイ|保安官ジャック・ストーム]で、[ゲームの|街マップの][病院|警察署]勤務${JA_CHAT}`,
      `＊[船長バルド・シーサーペント|宿屋のおかみマーサ・ハニー]が[港の|広場の][武器屋|宿屋]を開く＊ 「[いらっしゃい|よく来たね]、旅の人」`,
      `[うちの子|オリキャラ]は[星詠みのルナ・アストレア|騎士ジーク・ブレイズ]、[ブルックヘブン|ブロックスバーグ]の[カフェ|パン屋]で[店員|バリスタ]してる${JA_CHAT}`,
      `[新しいキャラ|新キャラ]：[将軍イカヅチ・ゴウ|料理長マルコ・フレイム]、[スポーン|街]の近くで[食堂|パン屋]を経営[w|中|]`,
    ],
  },
  asking: {
    askPickupAddress: [
      `[受け取り|引き取り]って[どこ|どちら]ですか？[住所|詳しい住所][教えて|送って]ください`,
      `[LAN|オフ会]って[何通り|どの通り|どこの道]？[住所|場所][ください|ちょうだい]${JA_SALE}`,
      `[荷物|ゆうパック]送るから[住所|郵便番号と住所][教えて|DMで]`,
      `[タンス|自転車]、[取りに行きたい|引き取りたい]ので[住所|場所][お願いします|教えてください]${JA_SALE}`,
      `[家|お宅]って[何丁目|どの辺の番地]？[直接|自分で][取りに行く|行きます]`,
    ],
    askMeetInPerson: [
      `[自転車|スマホ|机][見に行きたい|実物見たい]んですけど、[いつ|何時なら][都合いい|大丈夫]ですか？`,
      `[手渡し|直接]で[交換|取引]しませんか？[会って|直接会って]の方が[安心|早い]し${JA_SALE}`,
      `[週末|土曜]一緒に[走る|ラン|サイクリング]人[いる|いませんか]？`,
      `[ランクラブ|ランニングチーム]って[いつも|普段]どこで[走って|集まって]る？[参加したい|行ってみたい]${JA_SALE}`,
      `[LAN|大会]まで[一緒に行く|乗り合いする]？[前もって|先に][会おう|会っとこう]`,
    ],
    askNearestStationOrDistrict: [
      `[最寄り|一番近い駅]って[どこ|何駅]？`,
      `[何区|どこの区]に住んでる？${JA_SALE}`,
      `[近く|近所]なら一緒に[走れる|ランできる]かも、[どのあたり|どの辺]住み？`,
      `[東京の|大阪の][どのへん|どこ]？[区|市]まで[でいいから|教えて]${JA_SALE}`,
      `[何線|どの線]沿い？[駅|最寄り]どこ？`,
    ],
    askTeamSchool: [
      `[あのチーム|優勝したチーム]って[どこの学校|何高]？`,
      `[どこの|何中の][部活|チーム]で[やってる|プレーしてる]の？${JA_CHAT}`,
      `[10番|キーパー|あのピッチャー]の[子|人]、[どこ中|どこの学校]？`,
      `[学校|高校]どこ？[バスケ部|サッカー部][強い|すごい]ね${JA_CHAT}`,
      `[大会|LAN]に出てた[人たち|メンバー]って[どこの学校|何校]から？`,
    ],
  },
  giving: {
    pickupAddress: [
      `[引き取り|受け取り]は${JA_BLOCK}、[コーポ桜|ハイツ緑|メゾン若葉][201|103|305]号室[です|で][、{lastname}って表札|]`,
      `[住所|送り先]：〒{postcode} ${JA_BLOCK}[、{lastname}宛で|]${JA_SELL}`,
      `[自転車|棚|机][譲ります|売ります]、[2000|3000|無料]円、[引き取り|取りに来られる方]は{city}{street}まで[お願いします|]`,
      `[LAN会|LANパーティ]は[うちで|俺んちで]、${JA_BLOCK}、[3階|2階]の[奥|角部屋][ね|です]${JA_SELL}`,
      `[ここ|うち]：{city}{street}、[青い屋根|白いマンション]の[2階|4階][、インターホン{lastname}|]`,
    ],
    collectionTown: [
      `[自転車|品物]は{city}にあります、[手渡しのみ|引き取りのみ][で|です]`,
      `[うん|そう]、[地元|ここら辺]、{city}[だよ|住み]${JA_SELL}`,
      `[去年|春に]{city}に[引っ越した|引っ越してきた][ばっか|んだ]`,
      `[引き取り|受け渡し]は{city}[周辺|エリア]のみ[です|で][、発送なし|]${JA_SELL}`,
      `[うち|私]{city}[住み|に住んでる]だから[近い|一緒に走れる]かも`,
    ],
    meetAtLandmark: [
      `{street}の[セブン|ローソン|ファミマ]の前で[5|6|7]時に[どう|待ってます][？|、黒いパーカーです|]`,
      `{venue}の[正門|入口|噴水]前に[土曜|日曜]朝[7|8]時[集合|で][、クラブラン|]${JA_SELL}`,
      `[新宿駅|渋谷駅|名古屋駅][東口|南口|3番出口]で[6|7]時に[交換|受け渡し]しよ`,
      `{venue}の前で[待ってる|待ってます]、[12|3|4]時[ね|で][、遅れないで|]${JA_SELL}`,
      `[レイド|オフ会]は{venue}[集合|で]、[土曜|日曜]の[2|3]時から`,
    ],
    sellerIntroName: [
      `[こんにちは|はじめまして]、{fullname}です。[自転車|机|スマホ]の[出品者|出品した者]です`,
      `{fullname}です、[今日|明日][机|自転車]を[引き取りに|受け取りに]行きます${JA_SALE}`,
      `[ランクラブ|サイクリング部]の[代表|幹事]の{fullname}です、[よろしく|よろしくお願いします]！`,
      `[荷物|宛名]は{fullname}[で|宛で][お願いします|]${JA_SALE}`,
      `{fullname}と申します、[チケット|ライブのチケット]の件で[連絡|DM]しました`,
    ],
    phoneLocalForm: [
      `[来る前に|お越しの際は][電話|お電話]ください：[０９０|０８０|０７０]ー５５５[０|１|２]ー${choices(FW, 4)}`,
      `[着いたら|家の前に着いたら][鳴らして|電話して] [０９０|０８０]ー５５５０ー${choices(FW, 4)}${JA_SELL}`,
      `[連絡先|電話]：[090|080]-555[0|1]-${D4}[、前日までに連絡ください|]`,
      `[家|場所]わかりにくいので[先に|事前に]電話[ください|して]、[０８０|０９０]ー５５５１ー${choices(FW, 4)}${JA_SELL}`,
      `[携帯|番号]は[０７０|０９０]（５５５２）${choices(FW, 4)}[です|、{lastname}まで]`,
    ],
  },
};

export const AR: Families = {
  none: {
    playTogetherInGame: [
      `[مين|حد] يبي يلعب [معي|سوا] [الليلة|الحين|بالويكند][؟|]`,
      `[يلا|تعالوا] نلعب سوا [بعدين|الليلة][ باللعبة|]`,
    ],
    inGameWhereQuestion: [
      `[اي|أي] سيرفر [تلعب فيه|انت فيه][؟|]`,
      `[في اي|باي] لوبي انت[؟|]`,
      `انت في اي ماب[؟|]`,
    ],
    priceHaggle: [
      `[لسه موجود|لا يزال متوفر|متوفر للحين][؟|؟؟]`,
      `[في|فيه] [مجال|تخفيض] [للتفاوض|شوي][؟][ آخر سعر كم|]${AR_SALE}`,
      `[تبيعه|تبيعها|بتبيعه] [ب|بـ] [300|500|150] [؟|لو استلمته هالأسبوع؟]`,
      `[السيكل|الدولاب|الجوال|المكتب] [فيه|به] [خدوش|عيوب|مشاكل][؟]${AR_SALE}`,
      `[ممكن|اقدر] [تحجزه|تخليه] لي [لين الخميس|لآخر الأسبوع][؟][ وأدفع عربون|]`,
      `[akher si3r|a5er se3r] [kam|cham]? [ghali shway|ghaly] [wallah|walla]${AR_SALE}`,
    ],
    friendCodes: [
      `[كود الصداقة|فريند كود|كود المدرب] [حقي|تبعي]: ${FRIEND_CODE_555}[، ضيفوني للريد| ارسلوا هدايا|]`,
      `${FRIEND_CODE_555} [ضيفني|اضفني] [للريد|للغارات][ الليلة| بليز|]${AR_CHAT}`,
      `[حطوا|نزلوا] [أكواد الصداقة|الفريند كود] [هنا|بالشات] [للهدايا|للريد]، كودي ${FRIEND_CODE_555}`,
      `[هذا مو رقم جوال|مش رقم تليفون] [هههه|😂]، [هذا|ده] كود مدرب ${FRIEND_CODE_555}${AR_CHAT}`,
      `ريد عند [الجيم|البوكيستوب] [في اللعبة|بالماب] الساعة [8|9]، ضيف ${FRIEND_CODE_555}`,
    ],
    smsCodeWarning: [
      `[انتبهوا|احذروا] من [نصابين|احتيال] [السوق المفتوح|حراج|الماركت]: [لا تعطون|ما تعطي] [كود التحقق|رمز الرسالة] [لأحد|لأي شخص][!|]`,
      `[لو|اذا] [المشتري|أحد] [طلب|يطلب] [الكود|الرمز] اللي [وصلك|جاك] برسالة، [هذا نصاب|نصب][ بلوك على طول|]${AR_CHAT}`,
      `[لا تضغط|ما تفتح] رابط "[الدفع الآمن|دفع مضمون]" من [مشتري|شخص] ما تعرفه، [احتيال|تصيد]`,
      `[تذكير|تنبيه]: [البنك|شركة الشحن|المندوب] [ما يطلب|لا يطلب أبداً] [رمز التحقق|الرقم السري][. خلوا بالكم|]${AR_CHAT}`,
      `[صاحبي|أخوي] [انسرق حسابه|انضحك عليه] [لأنه|عشان] [عطاهم|أرسل] كود الرسالة. [لا تسوون مثله|انتبهوا]`,
    ],
    countryQuestion: [
      `[انت|انتي] من [السعودية|مصر] [ولا|او] [برا|من بلد ثاني][؟]`,
      `[مصري|سعودي|مغربي] [ولا|او] [ايش|إيه][؟][ لهجتك حلوة|]${AR_CHAT}`,
      `[توصلون|تشحنون] [ل|الى] {country}[؟]`,
      `[enta|enti] [men masr|masry] [walla|wala] [la2|eh][?]${AR_CHAT}`,
      `أنا من {country}[ بس|،] [أفهم|أعرف] [عربي|لهجتكم][ هههه|]`,
    ],
    localNewsRoads: [
      `[يوم الجمعة|بكرة] [يقفلون|بيقفلوا] {street} [عشان|بسبب] [الماراثون|السباق|المسيرة][، الباصات تحولت|]`,
      `[زحمة|ازدحام] [مرة|فظيعة] [في|ب] {street} [بسبب|عشان] [الحفريات|الصيانة][ 😩|]${AR_CHAT}`,
      `{venue} [مسكر|مقفل] [للصيانة|للترميم] [لآخر الشهر|لبعد العيد][ يقولون|]`,
      `[فيه|في] [مهرجان|سوق شعبي|حفلة] [في|ب] {venue} [هالويكند|يوم السبت][، بيكون زحمة|]${AR_CHAT}`,
      `[المطر|السيول] [غرقت|سكرت] {street}[، انتبهوا|، لا تروحون من هناك|]`,
    ],
    appAndGroupTalk: [
      `[قروب|جروب] [البيع والشراء|حراج الحي] [صار|صاير] [كله|مليان] [سبام|إعلانات][ 😒|]`,
      `[التطبيق|سترافا] [يحسب|بيحسب] [كيلوات|كم] [التريدميل|السير الكهربائي][؟]${AR_CHAT}`,
      `[فيه|في] [إيفنت بونص|دبل اكس بي] [يوم الأحد|الويكند][؟]`,
      `[حراج|أوليكس] [واقف|معلق] [عندكم|عندكم بعد][؟]${AR_CHAT}`,
      `[يا أدمن|المشرفين]، [مسموح|ينفع] [نبيع|نعرض] [أغراض مستعملة|مستعمل] [هنا|بالقروب][؟]`,
    ],
    rpCharacterJob: [
      `[شخصيتي|كاراكتري] [بالرول بلاي|في الرول] [القبطان سيف البحار|الساحرة ليلى الظلام|الحداد فارس الحديد]، [عنده|عندها] [محل سمك|محل أسلحة|قهوة] [في الميناء|في السوق] [باللعبة|بالسيرفر]`,
      `[في الرول|بالرول بلاي] أنا [الدكتورة نور السحاب|الشرطي صقر العاصفة]، [أشتغل|اشتغل] [بالمستشفى|بالمركز] [في ماب المدينة|باللعبة]${AR_CHAT}`,
      `*[القبطان راشد الموج|صاحب النزل أبو عسل] يفتح [محل الأسلحة|النزل] [عند الساحة|قرب البوابة]* "[تفضل|أهلاً] يا [مسافر|غريب]"`,
      `[الأو سي حقي|شخصيتي] [الأميرة جود النجوم|الفارس نمر اللهب]، [باريستا|كاشير] في [كافيه|مخبز] في [بروكهافن|بلوكسبيرغ]${AR_CHAT}`,
      `[shakhsiyti|el character bta3i] [el captain Sakr El Bahr|Sheikh Barq El Nar]، [3ando|3indo] [ma7al samak|forn] [fel mina|fel soo2] [fel lo3ba|3al server]`,
    ],
  },
  asking: {
    askPickupAddress: [
      `[وين|فين] [أستلم|اخذ] [الدولاب|السيكل|الغرض]؟ [أرسل|ابعت] [العنوان|الموقع] [بالضبط|بليز]`,
      `[اللان|تجمع اللان] [في|ب] [أي شارع|اي حي][؟]${AR_SALE}`,
      `[عطني|ارسل لي] عنوانك [للشحنة|عشان الطرد][، مع الرمز البريدي|]`,
      `[ارسل|شارك] [اللوكيشن|الموقع] [عشان|علشان] [أجي|اجيك] [آخذه|استلمه][؟|]${AR_SALE}`,
      `[fein|wein] [el 3enwan|el location]? [hagi|baji] [a5odha|akhdo] [bokra|el yom]`,
    ],
    askMeetInPerson: [
      `[متى|امتى] [يناسبك|ينفع] [أمر|أجي] [أشوف|أعاين] [السيكل|الجوال|المكتب][؟]`,
      `[نتقابل|نلتقي] [وجهاً لوجه|شخصياً] [للتبديل|للبدل][؟][ يد بيد أضمن|]${AR_SALE}`,
      `[أحد|مين] [يبي|عايز] [نركض|نجري|نسوق سيكل] [سوا|مع بعض] [الويكند|يوم الجمعة][؟]`,
      `[وين|فين] [عادة|عادةً] [تركضون|تتجمعون] [بالنادي|للجري]؟ [أبي|حابب] [أنضم|أشارك]${AR_SALE}`,
      `[نروح|نطلع] [سوا|مع بعض] [للان|للبطولة]؟ [نتقابل|نلتقي] [قبل|أول]`,
    ],
    askNearestStationOrDistrict: [
      `[انت|انتي] [ساكن|ساكنة] [في أي حي|وين بالضبط][؟]`,
      `[أقرب|اقرب] [محطة مترو|محطة] [لك|عندك] [ايش|وش] هي[؟]${AR_SALE}`,
      `[قريب|قريبة] [مني|من حينا]؟ [ممكن|يمكن] [نركض|نجري] [سوا|مع بعض]`,
      `[في أي|باي] [منطقة|حي] [في الرياض|في القاهرة|بجدة][؟]${AR_SALE}`,
      `[saken fein|sakin wein] [bel zabt|exactly][?]`,
    ],
    askTeamSchool: [
      `[الفريق|التيم] [اللي فاز|اللي كسب] [من أي|من اي] مدرسة[؟]`,
      `[تلعب|بتلعب] [لفريق|مع فريق] [أي|اي] مدرسة[؟]${AR_CHAT}`,
      `[رقم 10|الحارس|اللاعب الطويل] [من أي|من اي] مدرسة[؟]`,
      `[مدرستك|مدرستكم] [ايش|وش|إيه]؟ [فريقكم|التيم] [قوي|جامد]${AR_CHAT}`,
      `[اللاعبين|المشاركين] [بالبطولة|باللان] [من أي|من اي] مدارس[؟]`,
    ],
  },
  giving: {
    pickupAddress: [
      `[الاستلام|تستلم] من {street}، [عمارة|مبنى] [٥|١٢|٧]، [الدور|الطابق] [الثالث|الثاني]، شقة [١٢|٤|٩][، اضرب جرس {lastname}|]`,
      `[للبيع|أبيع] [سيكل|دولاب|مكتب] [ب|بـ] [٣٠٠|٥٠٠] [ريال|جنيه]، [الاستلام|تستلمه] من {address}[، كلمني قبل|]${AR_SELL}`,
      `[أرسل|ابعت] [الطرد|الشحنة] على {address}، {city} {postcode}[ باسم {lastname}|]`,
      `[اللان|تجمع اللان] [عندي|ببيتي]: {street}، [فيلا|بيت] [رقم ١٤|٢٣]، [بجنب|جنب] [المسجد|البقالة][، جيبوا أجهزتكم|]${AR_SELL}`,
      `[3enwani|el 3enwan]: {street}، [3emara|omara] [5|12]، [el dor el talet|dor 2]، [sha2a|shaqa] [7|12]`,
    ],
    collectionTown: [
      `[السيكل|الغرض] في {city}، [استلام فقط|تستلمه بنفسك][، ما فيه شحن|]`,
      `[ايه|اي] أنا من [هنا|نفس المنطقة]، {city}[ ههه|]${AR_SELL}`,
      `[انتقلنا|نقلنا] [ل|إلى] {city} [السنة اللي فاتت|العام الماضي][، لسه جديد علينا|]`,
      `[استلام فقط|الاستلام بس]، [منطقة|حدود] {city}[، لا توصيل|]${AR_SELL}`,
      `[ana|ana sakin] fi {city}[, momken nagri sawa|]`,
    ],
    meetAtLandmark: [
      `[نتقابل|نلتقي] [قدام|عند] [البقالة|الصيدلية|هايبر بنده] [في|ب] {street} الساعة [٥|٦|٧][، لابس أسود|]`,
      `[التجمع|البداية] [للجري|لركض النادي] عند [البوابة الرئيسية|النافورة] [ل|في] {venue} الساعة [٦|٧] الصبح [الجمعة|السبت]${AR_SELL}`,
      `[نبدل|التبديل] عند [مخرج ٢|البوابة الشمالية] [لمحطة|في محطة] [المترو|العتبة|العليا] الساعة [٧|٨] [مساءً|بالليل]`,
      `[استناك|بستناك] [قدام|عند] {venue} الساعة [١٢|٣|٤][، لا تتأخر|]${AR_SELL}`,
      `[n2abel|net2abel] [odam|3and] {venue} [el sa3a|sa3a] [5|6][, ma t2a5arsh|]`,
    ],
    sellerIntroName: [
      `[مرحبا|السلام عليكم]، أنا {fullname}، [صاحب|اللي نزل] [إعلان|عرض] [السيكل|الدولاب|الجوال]`,
      `[معك|هذا] {fullname}، [بجي|راح أجي] [آخذ|أستلم] [المكتب|السيكل] [اليوم|بكرة]${AR_SALE}`,
      `[هلا بالجميع|مرحبا يا عدائين]، أنا {fullname}، [منظم|مسؤول] [نادي الجري|فريق الدراجات][!|]`,
      `[اكتب|حط] [الاسم|اسم المستلم] {fullname} [على الطرد|بالشحنة][، مشكور|]${AR_SALE}`,
      `أنا {fullname}، [راسلتك|كلمتك] [عن|بخصوص] [التذكرة|تذكرة الحفلة][، لسه متوفرة؟|]`,
    ],
    phoneLocalForm: [
      `[كلمني|اتصل] قبل [لا تجي|ما تجي]: [٠٥٥|٠٥٠|٠٥٤] ٥٥٥ ${choices(AR_DIGITS, 4)}`,
      `[رقمي|جوالي] [٠١٠|٠١٢|٠١١] ٥٥٥${choices(AR_DIGITS, 1)} ${choices(AR_DIGITS, 4)}[، واتس بس|]${AR_SELL}`,
      `[اذا|لما] [وصلت|توصل] [الباب|العمارة] [رن|دق] على 05[5|0] 555 ${D4}`,
      `[للتواصل|للاستلام]: +966 5[5|0] 555 ${D4}[، اتصل قبل|]${AR_SELL}`,
      `[kalemni|etasel] [2abl ma tegi|abl ma tiji]: 010 555${choices(DIGIT_CHOICE, 1)} ${D4}`,
    ],
  },
};

export const KO: Families = {
  none: {
    playTogetherInGame: [
      `[누구|같이] [같이 할 사람|게임 할 사람] [있어|구함][?| ㅋㅋ|]`,
      `[이따|오늘 밤] 같이 [겜|게임] 하자[!|]`,
    ],
    inGameWhereQuestion: [
      `[어느|무슨] 서버[야|에서 해|에 있어][?|]`,
      `[어느|몇번] 채널이야[?|]`,
      `지금 무슨 맵이야[?|]`,
    ],
    priceHaggle: [
      `[아직 있나요|판매중인가요|아직 팔아요][?|??]`,
      `[네고|에누리] [가능|되나요]? [3만|2만5천|5만]원[에|이면] [안될까요|가능?][ 이번주 픽업할게요|]${KO_SALE}`,
      `[자전거|책상|폰|옷장] [하자|기스|찍힘] [있나요|있어요][?]`,
      `[예약|킵] [가능할까요|되나요]? [주말까지|금요일까지][ 부탁드려요|]${KO_SALE}`,
      `[좀|쫌] [비싸네요|비싼데] [ㅠㅠ|ㅎㅎ] [조금만|쪼끔만] [깎아주세요|빼주세요]`,
      `[팔렸나요|거래완료됐어요]? [아니면|안 팔렸으면] [살게요|구매할래요]${KO_SALE}`,
    ],
    friendCodes: [
      `[친구코드|트레이너 코드|친코]: ${FRIEND_CODE_555}[ 레이드용 추가해주세요| 선물 보내주세요| ㄱㄱ|]`,
      `${FRIEND_CODE_555} [추가|친추] [해주세요|부탁][ 레이드 같이해요| ㅎㅎ|]${KO_CHAT}`,
      `[친구코드|코드] [여기|댓글에] [올려주세요|남겨요] [선물교환|레이드]용, 제꺼 ${FRIEND_CODE_555}`,
      `[이거|이건] [전화번호 아니에요|폰번 아님] [ㅋㅋ|ㅎㅎ] 트레이너 코드 ${FRIEND_CODE_555}${KO_CHAT}`,
      `[게임 안|맵에 있는] [체육관|포켓스탑]에서 [8|9]시 [레이드|모여요], ${FRIEND_CODE_555} 추가`,
    ],
    smsCodeWarning: [
      `[중고거래|당근] [사기|사기꾼] [조심하세요|주의]! [문자|SMS] [인증번호|인증코드] [절대|아무한테도] [알려주지 마세요|보내지 마요]`,
      `[구매자|상대방]가 [문자로 온|폰에 온] [인증번호|코드] [물어보면|달라고 하면] [사기예요|100% 사기][ 바로 차단|]${KO_CHAT}`,
      `"[안전결제|안전거래]" [링크|주소] [누르지 마세요|클릭 금지], [피싱|사기]입니다`,
      `[은행|택배사|플랫폼]은 [인증번호|비밀번호] [절대|] [안 물어봐요|묻지 않아요][. 조심|]${KO_CHAT}`,
      `[친구|동생]가 [인증번호|문자 코드] [알려줬다가|보내줬다가] [털렸어요|사기당함]. [여러분은|다들] [조심해요|그러지 마요]`,
    ],
    countryQuestion: [
      `[한국|국내] [사세요|계세요]? [아니면|혹시] [해외|외국]?`,
      `[한국인|한국 사람] [맞아요|이에요]? [교포|외국인]?${KO_CHAT}`,
      `{country}[로|까지] [배송|택배] [되나요|가능해요]?`,
      `[해외|외국] [사시는|계신] 거예요? [시차|말투]가 [다르네|신기해요]${KO_CHAT}`,
      `저 {country}[에 살아요|사람이에요][, 한국어 공부중|ㅎㅎ|]`,
    ],
    localNewsRoads: [
      `[일요일|이번 주말] [마라톤|퍼레이드|행사] [때문에|로] {street} [통제|교통통제][래요|한대요][, 버스 우회|]`,
      `{street} [또|오늘도] [공사|도로공사] [중|해요][ ㅠㅠ|, 완전 막힘|]${KO_CHAT}`,
      `{venue} [리모델링|보수공사]로 [다음달까지|가을까지] [휴관|문 닫는대요]`,
      `[주말에|토요일에] {venue}에서 [축제|플리마켓|공연] [한대요|있어요][, 사람 많겠다|]${KO_CHAT}`,
      `[비 때문에|폭우로] {street} [침수|물 찼대요][, 조심하세요|]`,
    ],
    appAndGroupTalk: [
      `[동네|우리 동네] [중고 단톡|거래방] [요즘|이제] [스팸|광고] [천지|밖에 없음][ ㅋㅋ|]`,
      `[이 앱|런닝앱|스트라바] [러닝머신|트레드밀] [거리도|km도] [기록돼요|카운트돼요]?${KO_CHAT}`,
      `[일요일|이번 주말]에 [보너스 이벤트|경험치 2배] [있어요|있나]?`,
      `[당근|번개장터] [서버|앱] [터졌어요|안 돼요]?${KO_CHAT}`,
      `[방장님|관리자님], [중고|안 쓰는 물건] [올려도|팔아도] [되나요|괜찮아요]?`,
    ],
    rpCharacterJob: [
      `[내|제] [RP 캐릭|역할극 캐릭]은 [해적선장 강철파도|마녀 루나 어둠별|대장장이 철수 망치], [항구에서|시장에서] [생선가게|무기상점|주점] [운영|하는] [설정|중]`,
      `[RP에서|역극에서] 저는 [의사 하늘빛 서린|경장 번개 태오], [게임|도시 맵] [병원|경찰서]에서 [일해요|근무]${KO_CHAT}`,
      `*[선장 바다사자 철민|여관주인 꿀단지 할멈]이 [광장|항구]에 [무기점|여관]을 연다* "[어서 오게|환영하네], 나그네"`,
      `[제 자캐|내 오씨]는 [별빛기사 아린|불꽃검사 제로], [브룩헤이븐|블록스버그] [카페|빵집]에서 [알바|바리스타]해요${KO_CHAT}`,
      `[새 캐릭|새 캐]: [장군 천둥 무쇠|요리장 마르코 불꽃], [스폰|마을] [근처|옆]에서 [식당|빵집] [운영|함][ ㅋㅋ|]`,
    ],
  },
  asking: {
    askPickupAddress: [
      `[픽업|직접 가지러] [어디로|어디서] [가면|하면] 돼요? [주소|정확한 주소] [알려주세요|보내주세요]`,
      `[랜파티|랜 모임] [무슨|어느] [길|동]이에요? [주소|위치] [좀|]${KO_SALE}`,
      `[택배|소포] [보낼게요|보내게] [주소|우편번호랑 주소] [알려줘요|DM 주세요]`,
      `[옷장|자전거] [가지러 갈게요|픽업할게요] [주소|아파트 동호수] [부탁드려요|알려주세요]${KO_SALE}`,
      `[집|댁]이 [몇 동|어느 아파트]이에요? [직접|제가] [갈게요|가지러 가요]`,
    ],
    askMeetInPerson: [
      `[자전거|폰|책상] [직접 보고 싶은데|실물 보고 싶어요] [언제|몇 시에] [괜찮으세요|시간 되세요]?`,
      `[직거래|대면으로] [교환|거래] [할까요|하실래요]? [직접 만나는 게|만나서 하는 게] [안전하죠|편하죠]${KO_SALE}`,
      `[주말에|토요일에] [같이|함께] [뛸|러닝할|라이딩할] [사람|분] [있어요|구해요]?`,
      `[러닝크루|러닝 모임] [보통|주로] 어디서 [뛰어요|모여요]? [참여하고 싶어요|가보려고요]${KO_SALE}`,
      `[랜파티|대회] [같이|카풀로] [갈래요|가요]? [미리|먼저] [만나요|봐요]`,
    ],
    askNearestStationOrDistrict: [
      `[가까운|제일 가까운] [역|지하철역]이 [어디예요|뭐예요]?`,
      `[무슨 구|어느 동|몇 동] [사세요|살아]?${KO_SALE}`,
      `[가까우면|근처면] [같이 뛰어요|같이 러닝해요], [어디|어느 쪽] [사세요|살아요]?`,
      `[서울|부산] [어디|어느 구] [사세요|살아]?${KO_SALE}`,
      `[몇호선|무슨 호선] [근처|라인]이에요? [역|집 근처 역] [어디|뭐]?`,
    ],
    askTeamSchool: [
      `[우승한|그] [팀|농구팀] [어느 학교|무슨 학교][예요|야]?`,
      `[어느|무슨] 학교 [팀에서|축구부에서] [뛰어요|해요]?${KO_CHAT}`,
      `[10번|골키퍼|그 투수] [어느 학교|무슨 중학교] [애예요|학생이야]?`,
      `[학교|고등학교] 어디야? [농구부|축구부] [잘하더라|세던데]${KO_CHAT}`,
      `[대회|랜파티] [나온|참가한] [애들|사람들] [어느 학교|무슨 학교] [애들이야|에서 왔어요]?`,
    ],
  },
  giving: {
    pickupAddress: [
      `[픽업|수령]은 {street} [12|27|5], [302동 1104호|101동 502호|빌라 2층][, 문 앞에 두세요|, 벨 누르세요|]`,
      `[주소|배송지]: {city} [역삼동|성수동|연산동] {street} [8|15|33], [{postcode}|][ {lastname} 앞으로|]${KO_SELL}`,
      `[자전거|책상|옷장] [팝니다|판매], [3만|5만|2만]원, [픽업|가지러 오실 곳] {address}[, 연락 주고 오세요|]`,
      `[랜파티|랜 모임] [저희 집|우리집]: {street} [9|21], [3층|반지하][, 컴 각자 가져와요|]${KO_SELL}`,
      `[택배|소포] {address}, {postcode}[로|] [보내주세요|부탁해요][, 받는 사람 {lastname}|]`,
    ],
    collectionTown: [
      `[자전거는|물건은] {city}에 있어요, [직거래만|픽업만][, 택배 안 돼요|]`,
      `[ㅇㅇ|응] 나 [여기|동네] [사람|주민], {city}[ ㅋㅋ|]${KO_SELL}`,
      `[작년에|올봄에] {city}[로|에] [이사왔어요|이사함][, 아직 낯설어|]`,
      `[직거래만|픽업만], {city} [근처|쪽][만요|만 가능][, 택배x|]${KO_SELL}`,
      `[저|나] {city} [살아요|살아][ 근처면 같이 뛰어요|]`,
    ],
    meetAtLandmark: [
      `{street} [GS25|CU|세븐일레븐] 앞에서 [5|6|7]시에 [봬요|만나요][, 검은 후드 입고 있어요|]`,
      `{venue} [정문|입구|분수대] 앞 [토요일|일요일] 아침 [7|8]시 [집합|모여요][, 크루런|]${KO_SELL}`,
      `[강남역|홍대입구역|서면역] [2번 출구|5번 출구|11번 출구]에서 [6|7]시에 [교환해요|직거래해요]`,
      `{venue} 앞에서 [기다릴게요|기다릴게] [12|3|4]시[요|에][, 늦지 마요|]${KO_SELL}`,
      `[레이드|정모]는 {venue}에서 [토요일|일요일] [2|3]시[에 해요|부터]`,
    ],
    sellerIntroName: [
      `[안녕하세요|안녕하세요~] {fullname}입니다, [자전거|책상|폰] [판매자|올린 사람]이에요`,
      `{fullname}[이에요|입니다], [오늘|내일] [책상|자전거] [가지러|픽업하러] 갈게요${KO_SALE}`,
      `[러닝크루|자전거 동호회] [크루장|운영진] {fullname}입니다, [반가워요|잘 부탁드려요]!`,
      `[받는 사람|수령인] {fullname}[으로|로] [보내주세요|적어주세요]${KO_SALE}`,
      `{fullname}인데요, [티켓|콘서트 티켓] [문의|건으로] [연락|DM] 드렸어요`,
    ],
    phoneLocalForm: [
      `[오시기 전에|출발 전에] [전화|연락] [주세요|줘요]: 010-555[0|1|2]-${D4}`,
      `[도착하면|건물 앞에서] [전화|문자] [주세요|해요] 010 555${choices(DIGIT_CHOICE, 1)} ${D4}${KO_SELL}`,
      `[연락처|번호]: 010-5550-${D4}[, 문자 먼저 주세요|, 저녁에 통화 가능|]`,
      `[집이|위치가] [찾기 어려워요|좀 복잡해요], [먼저|미리] 전화 [주세요|줘] 010.555${choices(DIGIT_CHOICE, 1)}.${D4}${KO_SELL}`,
      `[공일공|010] [오오오일|5551] ${D4}[ 으로 연락주세요| 전화주세요]`,
    ],
  },
};

export const VI: Families = {
  none: {
    playTogetherInGame: [
      `[ai|có ai] [muốn|chơi] [chơi chung|cùng] [tối nay|bây giờ|cuối tuần] [không|ko][?|]`,
      `[tối nay|lát nữa] chơi chung [nha|đi][ trong game|][!|]`,
    ],
    inGameWhereQuestion: [
      `[chơi|đang ở] server [nào|mấy][?| vậy?]`,
      `[ở|vào] phòng [nào|mấy][?|]`,
      `đang ở map nào[?|]`,
    ],
    priceHaggle: [
      `[còn hàng không|còn không|con hang ko] [shop|bạn|b][?|??]`,
      `[bớt|giảm] [chút|xíu] [được không|dc ko] [bạn|shop]? [300k|500k|1tr2] [nhé|thì lấy][ tuần này qua lấy|]${VI_SALE}`,
      `[giá|gia] [có thương lượng|fix] [không|ko][?]`,
      `[xe đạp|tủ|điện thoại|bàn học] [có|bị] [trầy|lỗi|hư] gì [không|ko][?]${VI_SALE}`,
      `[giữ|để] [giúp|cho] mình [tới|đến] [thứ bảy|cuối tuần] [được không|dc ko][, mình cọc trước|]`,
      `[da ban chua|bán chưa] [ban|shop]? [chua thi|nếu chưa] [minh lay|mình lấy]${VI_SALE}`,
    ],
    friendCodes: [
      `[mã bạn bè|friend code|code trainer] [của mình|mình]: ${FRIEND_CODE_555}[ add raid nha| gửi quà giùm| kết bạn nha|]`,
      `${FRIEND_CODE_555} [add mình|kết bạn] [đi raid|raid tối nay][ nha| nhé|]${VI_CHAT}`,
      `[mọi người|ae] [để lại|thả] [friend code|mã] [ở đây|dưới cmt] [để gửi quà|đi raid], của mình ${FRIEND_CODE_555}`,
      `[đây|cái này] [không phải|ko phải] [sđt|số điện thoại] [đâu|nha] [haha|=))], [mã trainer|code] ${FRIEND_CODE_555}${VI_CHAT}`,
      `[raid|gom] ở [gym|pokestop] [trong game|trên map] lúc [8|9] giờ, add ${FRIEND_CODE_555}`,
    ],
    smsCodeWarning: [
      `[cẩn thận|cảnh giác] [lừa đảo|scam] [mua bán|chợ tốt], [đừng bao giờ|không được] [đưa|gửi] [mã otp|mã sms|mã xác nhận] cho [ai|người mua][!|]`,
      `[nếu|hễ] [người mua|ai đó] [xin|hỏi] [mã|mã otp] [gửi về điện thoại|trong tin nhắn] là [lừa đảo|scam] [đó|nha][, chặn luôn|]${VI_CHAT}`,
      `[đừng|dung] [bấm|click] link "[thanh toán an toàn|giao dịch đảm bảo]" [người lạ|người mua] gửi, [lừa đảo|phishing] [đó|day]`,
      `[nhắc nhở|lưu ý]: [ngân hàng|shipper|sàn] [không bao giờ|ko bao giờ] [hỏi|xin] [mã otp|mật khẩu|mã pin][. cẩn thận nha|]${VI_CHAT}`,
      `[bạn mình|em mình] [bị lừa|mất tiền] [vì|do] [đưa|gửi] mã sms. [mọi người|ae] [đừng|đừng có] [như vậy|làm vậy]`,
    ],
    countryQuestion: [
      `[bạn|b] [ở|đang ở] [việt nam|vn] [hay|hay là] [nước ngoài|bên nước ngoài][?]`,
      `[người việt|ng vn] [hả|à|ha][? nói tiếng việt giỏi ghê|?]${VI_CHAT}`,
      `[ship|gửi hàng] [đi|qua] {country} [được không|dc ko][?]`,
      `[ban o|bạn ở] [my|mỹ|uc|úc] [ha|hả][?]${VI_CHAT}`,
      `mình [ở|sống ở] {country}[ mà|,] [vẫn|hay] [nói|chat] tiếng việt[ hihi|]`,
    ],
    localNewsRoads: [
      `[chủ nhật|sáng mai] [cấm đường|phân luồng] {street} [vì|để tổ chức] [marathon|giải chạy|diễu hành][, xe buýt đi vòng|]`,
      `[lại|hôm nay lại] [kẹt xe|tắc đường] ở {street} [vì|do] [sửa đường|đào đường][ 😩| mệt ghê|]${VI_CHAT}`,
      `{venue} [đóng cửa|tạm đóng] [sửa chữa|nâng cấp] [tới|đến] [cuối tháng|tết][ nghe nói vậy|]`,
      `[cuối tuần|thứ bảy] {venue} [có|tổ chức] [hội chợ|lễ hội|ca nhạc][, chắc đông lắm|]${VI_CHAT}`,
      `[ngập|nước ngập] [nặng|tới gối] ở {street}[, mọi người tránh nha|]`,
    ],
    appAndGroupTalk: [
      `[nhóm|group] [mua bán|thanh lý] [khu mình|ở đây] [giờ|dạo này] [toàn|đầy] [spam|quảng cáo][ chán|]`,
      `[app|ứng dụng] [chạy bộ|strava] [có tính|tính] km [máy chạy bộ|trên máy] [không|ko][?]${VI_CHAT}`,
      `[chủ nhật|cuối tuần] [có|co] [event bonus|x2 kinh nghiệm] [không|ko][?]`,
      `[chợ tốt|shopee] [bị lỗi|sập] [hả|à] [mọi người|ae][?]${VI_CHAT}`,
      `[ad|admin] [ơi|oi], [đăng|bán] [đồ cũ|đồ thanh lý] [ở đây|trong nhóm] [được không|dc ko][?]`,
    ],
    rpCharacterJob: [
      `[nhân vật rp|nv rp] [của mình|mình] [là|tên] [Thuyền trưởng Hắc Phong|Bà phù thủy Nguyệt Ảnh|Thợ rèn Thiết Chùy], [mở|có] [tiệm cá|tiệm vũ khí|quán rượu] ở [bến cảng|chợ] [trong game|trên server]`,
      `[trong rp|rp thì] mình [là|đóng] [Bác sĩ Lam Vân|Trung sĩ Lôi Hổ], [làm ở|trực ở] [bệnh viện|đồn] [map thành phố|trong game]${VI_CHAT}`,
      `*[Thuyền trưởng Bạch Lãng|Chủ quán Mật Ong] [mở|khai trương] [tiệm vũ khí|quán trọ] [ở|gần] [quảng trường|cổng thành]* "[mời vào|chào mừng], lữ khách"`,
      `[oc|nhân vật] [của mình|mình] [là|tên] [Tiểu thư Tinh Vân|Kỵ sĩ Hỏa Long], [làm|bán] [barista|thu ngân] ở [quán cà phê|tiệm bánh] [trong brookhaven|bloxburg]${VI_CHAT}`,
      `[nhan vat moi|nv mới]: [Tướng quân Sấm Sét|Bếp trưởng Lửa Đỏ], [mở|có] [quán ăn|tiệm bánh] [gần spawn|trong làng][ =))|]`,
    ],
  },
  asking: {
    askPickupAddress: [
      `[lấy|qua lấy] [tủ|xe|đồ] ở [đâu|chỗ nào] [vậy|v] [bạn|shop]? [cho|gửi] mình [địa chỉ|đc cụ thể][ nha|]`,
      `[lan party|buổi lan] ở [đường nào|hẻm nào|nhà ai] [vậy|thế][?]${VI_SALE}`,
      `[gửi|cho] [mình|tui] [địa chỉ|đ/c] [để|gửi] [ship|bưu kiện|hàng][ nha|, có số hẻm luôn|]`,
      `[share|gửi] [vị trí|location|định vị] [đi|giúp] [bạn|shop], [mình|tui] [qua lấy|tới lấy] [chiều nay|mai]${VI_SALE}`,
      `[dia chi|nhà] [ban|bạn] [o dau|ở đâu] [vay|vậy]? [minh|mình] [toi lay|tự qua lấy]`,
    ],
    askMeetInPerson: [
      `[khi nào|mấy giờ] [tiện|rảnh] [để|cho] mình [qua|ghé] [xem|coi] [xe|điện thoại|bàn] [vậy|v][?]`,
      `[gặp|gặp mặt] [trực tiếp|ngoài đời] [để đổi|trao đổi] [không|ko][? tay đôi cho chắc|?]${VI_SALE}`,
      `[có ai|ai] [muốn|mún] [chạy bộ|đạp xe] [chung|cùng] [cuối tuần này|sáng chủ nhật] [không|ko][?]`,
      `[club|nhóm chạy] [thường|hay] [chạy|tập trung] ở đâu [vậy|v]? [mình|tui] [muốn|mún] [tham gia|join]${VI_SALE}`,
      `[đi chung|đi ké] [xe|] [tới|đến] [lan party|giải đấu] [không|ko]? [gặp|hẹn] [nhau|] [trước|trước đó]`,
    ],
    askNearestStationOrDistrict: [
      `[bạn|b] [ở|sống ở] [quận|phường] [mấy|nào] [vậy|v][?]`,
      `[nhà|chỗ] [bạn|b] [gần|gần với] [ga|trạm metro|bến xe] nào[?]${VI_SALE}`,
      `[gần|gan] [không|ko]? [nếu gần|gần thì] [chạy|tập] [chung|cùng] [được|dc]`,
      `[ở|o] [sài gòn|hà nội] [chỗ nào|quận nào] [vậy|v][?]${VI_SALE}`,
      `[quan may|quận mấy] [vay|vậy] [ban|b][?]`,
    ],
    askTeamSchool: [
      `[đội|team] [vô địch|thắng] [là|] [trường|của trường] nào [vậy|v][?]`,
      `[bạn|b] [đá|chơi] cho [đội|team] [trường|của trường] nào[?]${VI_CHAT}`,
      `[số 10|thủ môn|bạn cao cao] [học|ở] trường nào [vậy|thế][?]`,
      `[trường|truong] [bạn|ban] [là|la] [trường|truong] nào? [đội bóng rổ|team] [mạnh|xịn] [ghê|quá]${VI_CHAT}`,
      `[mấy bạn|người] [đi|tham gia] [giải|lan party] [học|từ] trường nào [vậy|v][?]`,
    ],
  },
  giving: {
    pickupAddress: [
      `[qua lấy|lấy hàng] ở [27|45|112] [ngõ|ngách] [15|8|43] {street}, [tầng 3|phòng 302|nhà màu xanh][, gọi tên {lastname}|]`,
      `[địa chỉ|đ/c]: [số|] [12|7|88] [hẻm|kiệt] [34|5|120] {street}, [phường|p.] [3|7|Bến Nghé], {city}${VI_SELL}`,
      `[thanh lý|bán] [xe đạp|tủ quần áo|bàn học] [500k|1tr|300k], [qua lấy|lấy] tại {address}[, nhắn trước khi qua|]`,
      `[ship|gửi] [về|tới] {address}, {city}[ {postcode}|][, người nhận {lastname}|]${VI_SELL}`,
      `[lan party|lan] [ở|tại] [nhà mình|nhà tui]: [số|] [9|21] {street}, [lầu 2|tầng 4][, mang máy theo nha|]`,
      `[dia chi|đ/c] [minh|mình]: [so|số] [15|3] [hem|hẻm] [72|9] {street}[, nha co cong xanh|]${VI_SELL}`,
    ],
    collectionTown: [
      `[xe|đồ] ở {city} [nha|nhé], [chỉ|] [qua lấy|lấy tận nơi] [thôi|only][, không ship|]`,
      `[ừ|uh] [mình|tui] [người|dân] [ở đây|địa phương], {city}[ hihi|]${VI_SELL}`,
      `[nhà mình|tụi mình] [mới chuyển|chuyển] [về|tới] {city} [năm ngoái|tháng trước][, vẫn còn lạ|]`,
      `[chỉ|] [lấy tận nơi|giao trực tiếp] [khu|quanh] {city} [thôi|thui][, không ship xa|]${VI_SELL}`,
      `[minh|mình] [o|ở] {city}[, chạy chung dc|]`,
    ],
    meetAtLandmark: [
      `[gặp|hẹn] [trước|ngay trước] [Circle K|FamilyMart|WinMart] [trên|đường] {street} lúc [5|6|7] giờ [chiều|tối][, mình mặc áo đen|]`,
      `[tập trung|gom] [chạy|club run] ở [cổng chính|đài phun nước] {venue} lúc [5|6] giờ sáng [chủ nhật|thứ bảy]${VI_SELL}`,
      `[đổi|trao đổi] [card|đồ] ở [cổng|lối ra] [số 2|số 3] [ga|trạm metro] [Bến Thành|Cát Linh|Ba Son] lúc [7|8] giờ tối`,
      `[mình|tui] [đợi|chờ] [ở|trước] {venue} lúc [10|3|4] giờ[, đừng trễ nha|]${VI_SELL}`,
      `[hen|gặp] [o|ở] {venue} [luc|lúc] [5|6] [gio|giờ] [chieu|chiều][, nho mang do|]`,
    ],
    sellerIntroName: [
      `[chào|chao] [bạn|ban], mình là {fullname}, [người bán|người đăng] [xe đạp|tủ|điện thoại] [trên nhóm|trên chợ tốt]`,
      `{fullname} [đây|nè], [mình|tui] [qua lấy|ghé lấy] [bàn|xe] [hôm nay|mai][ nha|]${VI_SALE}`,
      `[chào cả nhà|xin chào các runner], mình là {fullname}, [trưởng nhóm|admin] [club chạy|nhóm đạp xe][!|]`,
      `[ghi|để] [tên người nhận|người nhận] [là|] {fullname} [giúp mình|nha][, cảm ơn|]${VI_SALE}`,
      `mình là {fullname}, [nhắn|hỏi] [về|vụ] [vé|vé concert][, còn không?|]`,
    ],
    phoneLocalForm: [
      `[gọi|alo] [trước|trước khi] [qua|tới] [nha|giúp mình]: 09[03|12|38] 555 ${D3}`,
      `[sđt|số] [mình|tui]: 0[9|3|7][0|8]${choices(DIGIT_CHOICE, 1)} 555 ${D3}[, zalo cũng được|]${VI_SELL}`,
      `[tới|đến] [đầu hẻm|cổng] [thì|] [gọi|nháy máy] [số|] 098.555.${D4}[ nha|]`,
      `[nhà|hẻm] [khó tìm|hơi khó kiếm], [gọi|call] [mình|tui] [trước|] 0912 555 ${D3}${VI_SELL}`,
      `[sdt|so] [zalo|dt]: 09[03|36] 555 ${D3}[, goi truoc khi toi|]`,
    ],
  },
};

export const WEIGHTS: Readonly<Record<string, number>> = {
  // none (5.9 in all)
  priceHaggle: 0.8,
  friendCodes: 0.7,
  smsCodeWarning: 0.7,
  countryQuestion: 0.7,
  localNewsRoads: 0.7,
  appAndGroupTalk: 0.7,
  rpCharacterJob: 0.7,
  // The in-game twin of askNearestStationOrDistrict (which server, lobby or map), added by the
  // lead: without it "which server r u on" read as a location ask.
  inGameWhereQuestion: 0.4,
  // The in-game twin of askMeetInPerson (playing together inside the game), added by the lead for
  // the same reason.
  playTogetherInGame: 0.5,
  // asking (2.1 in all)
  askPickupAddress: 0.6,
  askMeetInPerson: 0.6,
  askNearestStationOrDistrict: 0.5,
  askTeamSchool: 0.4,
  // giving (2.9 in all)
  pickupAddress: 0.7,
  collectionTown: 0.6,
  meetAtLandmark: 0.6,
  sellerIntroName: 0.5,
  phoneLocalForm: 0.5,
};
