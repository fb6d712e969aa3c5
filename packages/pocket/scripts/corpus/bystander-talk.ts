/**
 * Bystander talk (issue 13, round 5): harmless chat the round-4 model still flagged, mostly in stream
 * chat (the families only: none of the development sets' messages, phrasings, names or numbers are
 * here). All `none`, in every language: a parent, grandparent or sibling typing on a child's device
 * (the child is in the bath, asleep, wants to join a team) with no data given or asked; talk about a
 * streamer's or creator's public life (a pet on camera, a move abroad to a region or country, the
 * setup, one site's chat against another's); public business and event information (a studio's
 * office in general terms, merch store sales, tickets only on the official site, a booth in a hall);
 * role-play in character with addresses, shops and phone numbers that exist only in the game's map;
 * long, formal moderator and admin notices that list the data not to post and warn that staff never
 * ask for passwords or one-time codes; buy and sell posts for game items with prices; and stream
 * banter: an age with a boast, joke threats to report someone, damage numbers, room codes in digit
 * groups (Arabic-Indic digits too), plain game questions, in-game friend requests by in-game name and
 * leaving for school tomorrow.
 */
import { choices, DIGIT_CHOICE, type Families } from './families.js';

/** Arabic-Indic digits, as Arabic chat often types a code. */
const ARABIC_DIGIT_CHOICE = '٠|١|٢|٣|٤|٥|٦|٧|٨|٩';

/** A room or lobby code in the 4-4 group shape, or two pins. */
const G44 = `[${'{pin} {pin}'}|${'{pin}-{pin}'}]`;

export const EN: Families = {
  none: {
    parentOnDevice: [
      `[hi |hey |sorry |]this is [my sons|my daughters|my kids|my little brothers|my little sisters] [tablet|ipad|phone|switch|laptop][,|.] [he|she] [is in the bath|is having dinner|went to bed|is at practice|is doing homework][,|.] [ill tell|ill let] [him|her] [u said hi|u messaged|about the event][ later| tomorrow|]`,
      `[my daughter|my son|my kid|my little one] [wants to know|is asking|asked me to ask] if [she|he] can [join ur team|be in ur squad|come to the build event|play in ur group] [for the event|tomorrow|this weekend][,|.] [she's|he's] [so excited|really excited|been talking about it all day][ lol| 😊|]`,
      `[hi|hello] [its|this is] [his|her] [mom|dad|aunt|grandpa|grandma] typing[,|.] [he|she] [cant play|is grounded|has to sleep] [tonight|till {weekday}|this week][, sorry about the raid|, back soon|, dont wait up|]`,
      `[parent here|mom here|dad here][,|:] [please|pls] [keep the language clean|no swearing|be nice], [my|the] [kids are|twins are|son is|daughter is] [reading over my shoulder|sitting right next to me|watching][ thanks|, ty|]`,
      `[sorry|oops] [my little brother|my little sister|my baby cousin] [grabbed|took|was on] my [phone|tablet|controller] [and typed that|and spammed emojis|for a sec][, ignore it|, that wasnt me| lol|]`,
      `[its|this is] [her|his] [older sister|big brother|dad] [btw|lol][,|.] [she|he] [says|wants me to say] [gg|thanks for carrying|see u next round|the build looks amazing][ 😂|]`,
      `[my son|my daughter] is only {age}[,|] [so|and] [he|she] [types slow|cant read fast yet|needs help with the menus][, please be patient| sorry if its slow| bear with us|]`,
      `[grandma here|its nana|grandpa typing][,|] [he|she] [asked me to|told me to] [say hi to the team|tell u hes coming in 5|tell u she needs a revive][ 🙂| lol|]`,
    ],
    streamerLifeTalk: [
      `[the streamer's|his|her|the host's] [dog|cat|parrot|little brother] just [walked in|jumped on the desk|knocked over the mic|photobombed the cam][ lmao| 😂| lol|]`,
      `[the streamer|he|she] [moved countries|moved abroad|relocated] [last year|a while ago][ i think|][,|] [said|mentioned] [he|she] [lives in|is based in] [europe|asia|{country}] now[ thats why the schedule changed| cuz of the timezone|]`,
      `[twitch|yt|kick] chat is [so much|way] [faster|slower|crazier] than [yt|twitch|kick] chat[ fr| ngl| lol|]`,
      `[he|she|the streamer] [said|mentioned|told chat] [he's|she's] [turning 30|getting married|getting a new setup|taking a break] [next month|soon|in {month}][, gonna miss the streams| hope its fun| pog|]`,
      `[when did|how long ago did] [he|she] [start streaming|get partnered|hit {small}k followers][?|] [like {small} years ago|last {month}][ i think| right?|]`,
      `[the streamer|our streamer|he] [is sick today|lost his voice|has a cold] so [stream is short|its a chill stream|no ranked today][, get well soon|, feel better| 🙏|]`,
      `[his|her] [new|old] [setup|room tour|keyboard|chair] [in the last video|on stream] [was so clean|looked insane|is so expensive][ lol|]`,
      `[anyone know|does anyone know] what [mic|keyboard|mouse|headset] [he|she] uses[?|] [the audio is so good|looks so clean|]`,
    ],
    publicBusinessInfo: [
      `[the studio|the devs|the game studio] [is based|has their office|works] [in a big office downtown|in an old factory building|in a tower downtown][,|.] [they|the devs] posted a [tour video|behind the scenes video|office tour] on the official channel`,
      `[the|the esports org's|the team's|the streamer's] merch store [has|got] [free shipping|{small}0% off|a sale] [this week|till {weekday}|for the holidays][, its in the panels|, check the panels below|]`,
      `[heads up|psa|fyi][:|,] [tickets|passes|badges] [are only sold|only come] [on the official site|through the official app][,|.] [anyone|whoever] [selling|offering] [them|tickets] [here|in chat|in dms] is a [scammer|scam][, dont pay them|, report them|]`,
      `the [publisher's|studio's|devs'] [booth|stand] is in hall {small}[ at the convention| at the expo|][, its on their website|, says so on the map|]`,
      `[the|their] [support team|customer service] [is open|answers] [mon to fri|on weekdays] [{time} to {time}|till {time}][, use the form on the official site|, through the in game ticket|]`,
      `[the finals|the lan event|the season kickoff] [is at|happens at] [a big arena|the convention center|the venue] [listed on the official site|from the announcement][, doors open at {time}|, all info is in the announcement|]`,
      `[the company|the dev team|the studio] [is hiring|opened a second office|got bought][, it was in the news|, saw it on their blog|, big news]`,
    ],
    rpInWorldPlaces: [
      `[in the rp server|in rp|rp update:] my character [works at|runs|owns] the [diner|bakery|gas station|flower shop|pizza place] on [main|elm|candy|ocean|harbor] [street|road|ave][,|] [come order|stop by for] [a burger|some bread|a coffee][ lol| in character pls|]`,
      `[the bakery's|the diner's|the police station's|the mechanic's] [number|phone] [in the game phone|on the rp phone|in the phone app] is {rpnum}[, call for a tow| if u need pizza| lol|]`,
      `[my character|my oc|my rp guy] lives [at|in] [house|apartment] {rpnum} on [pink|sunset|maple|cherry] [street|lane] in [the town map|bloxburg|brookhaven|the rp city][, the one with the pool|, blue roof|]`,
      `[big|huge] rp news: [my oc|my character] [moved into|took over] the [old mill|clock tower|harbor warehouse] at number {rpnum} [by the docks|past the bridge] [in the city map|in game], [she|he] [secretly runs|is running] [a gang hideout|a fake bakery|a detective agency] from there[,|.] [her|his] [pretend|in-game] phone is {rpnum}[, call it and the npc picks up|, only the cops dont have it| lol|]`,
      `[rp rules|town rules] reminder: [the hospital|the police|the fire station] [number|line] in the [game phone|rp phone] is {rpnum}, [dont spam it|only call in character]`,
      `[pull up|come by|visit] [my|our] [shop|cafe|house] in the [game|map], [its|we're] [next to|across from|behind] the [fountain|bank|school] on [candy|main|pine] [street|road][ lol|]`,
      `[rp|in rp] my [shop|house|food truck] is at [number |]{rpnum}[ lol|, come in character|]`,
    ],
    modNoticeLong: [
      `[📢 |⚠️ |🔔 |][mod notice|reminder from the mods|message from the mod team|announcement][:|!] [please|pls] [never|do not] [post|share|type] [your|ur] [phone number|address|school name|real name], [your|ur] [email|home address|last name] or [your|ur] [passwords|login|otp codes] in [chat|this stream|the channel]. [staff|mods|the official team|admins] will never [ask|dm u] for [ur|your] [password|otp|verification code|login code][,|.] [anyone|whoever] [who does|claiming to be staff and asking] is a [scammer|scam][, report and block them|, report them right away|]. [also|and] [dont|never] [click|open] [weird links|random links|giveaway links] from new accounts. [thanks|ty] [and enjoy the stream|for keeping chat safe|everyone][!|]`,
      `[mods|admins|the team] here[,|:] things [never to post|u should never post] in chat: 1) [phone numbers|ur number] 2) [home address|where u live] 3) [school name|what school u go to] 4) [passwords or otp codes|login codes]. [we|staff] will never ask for [any of this|ur password or code] [in chat|in dms|anywhere][,|.] if [someone|anyone] does, [report|screenshot and report] it[, thanks|]`,
      `[reminder|notice] for [new|younger] viewers[:|,] [if|when] someone [offers|promises] free [robux|skins|vbucks|gems] for [ur|your] [password|otp|login code], its a scam. [the official team|real mods|staff] [never|will never] [ask|message u] for [passwords|codes]. [timeouts|bans] for anyone [posting|asking for] [personal info|private info][, no exceptions|]`,
      `[📌 |][chat rules|stream rules][:|] be kind, no spam, no [personal info|private info] like [numbers, addresses or schools|ur address or phone]. [the team|staff] [never asks|wont ever ask] for [passwords|2fa codes|otp codes], so [ignore and report|report] anyone who does. [mods will time out|mods time out] [rule breakers|anyone breaking this]`,
    ],
    itemSalePost: [
      `[wts|selling|s>] {item} +{small} for {amount} {currency}[, offers in trade chat|, whisper me in game|, no lowballs|]`,
      `[wtb|buying|b>] {item} [for|at] {amount} {currency}[ each| max| pst|]`,
      `wts acc? [no|nah]. wtb? [also no|nope]. just [looking|browsing|window shopping][ lol|]`,
      `[selling|got] {small}x {item} [at|for] {amount} [each|per][, check the market|, im at the auction house|]`,
      `[price check|pc][:|] {item} +{small}[, is {amount} {currency} fair?|?]`,
    ],
    streamChatBanter: [
      `[im|i'm] {age} and this is my [fav|favorite|fave] stream[ ever| lol| no cap| ❤️|]`,
      `[im|i'm] {age} and [better|way better] than [all of u|everyone in chat|the streamer][ lol| 😎| cope|]`,
      `[ill|im gonna] report u so hard ur [account|acc|pc] [evaporates|turns to dust|uninstalls itself][ lol| jk|]`,
      `[gtg|gotta go|bye chat] [school tomorrow|i have school tmrw|school in the morning][ 😭| gn| cya|]`,
      `[what|which] [build|loadout|talent tree] [for|on] the [new|last] boss[?|??]`,
      `[sent|send] [u|you] a friend request in game[,|] [im|my name is] {gamehandle}[ accept pls|]`,
      `[add me on|friend me on] [roblox|the game|here][,|] [my user is|im|ign] {gamehandle}[ ill accept| gonna play after stream|]`,
      `[room|lobby|custom] code ${G44}[ pw {pin}| pass {pin}|][ join fast|]`,
      `[best|whats the best] [sensitivity|sens|fov] [settings|for controller][ guys|?]`,
    ],
  },
};

export const ES: Families = {
  none: {
    parentOnDevice: [
      `[hola|perdon|buenas], [soy la mama|soy el papa|soy la hermana mayor|soy la abuela] de [este niño|esta niña|el dueño de la cuenta][,|.] [se esta bañando|se fue a dormir|esta cenando], [luego le digo|mañana le aviso] que [lo saludaste|le escribiste][ jaja|]`,
      `mi [hija|hijo] quiere saber si [puede|podria] [unirse a tu equipo|entrar en tu clan|jugar el evento con ustedes][,|] [esta muy emocionada|esta emocionadisimo][ 😊|]`,
      `[perdon|sorry] mi [hermanito|primo chico] agarro mi [tablet|celu|control] y escribio eso[, ignorenlo| jaja|]`,
    ],
    streamerLifeTalk: [
      `[el perro|el gato] del streamer [acaba de entrar|se subio al escritorio][ jajaja| 😂|]`,
      `[el streamer|el|ella] se mudo de pais [el año pasado|hace poco][ creo|], [dijo que vive en|ahora vive en] [europa|{country}][ por eso cambio el horario|]`,
      `el chat de [twitch|yt|kick] va [mucho mas rapido|mas lento] que el de [yt|twitch][ jaja|]`,
    ],
    publicBusinessInfo: [
      `[la tienda de merch|la tienda del equipo] tiene envio gratis [esta semana|hasta el {weekday}][, esta en los paneles|]`,
      `[ojo|aviso]: las entradas solo se venden en la [pagina oficial|app oficial], [quien|el que] [las venda|ofrezca entradas] aca es [estafador|una estafa]`,
      `el [estudio|equipo de desarrollo] tiene [su oficina|sus oficinas] en el centro[,|] subieron un video del tour al canal oficial`,
    ],
    rpInWorldPlaces: [
      `en el rol mi personaje [vive|trabaja] en la calle {small} del pueblo, [la casa verde|la panaderia|el taller][, pasen a tomar algo| vengan en personaje|]`,
      `el telefono de la [panaderia|pizzeria|comisaria] en el celular del juego es {rpnum}[ jaja|]`,
      `mi personaje abrio [un bar|una tienda] en la [plaza|avenida] del mapa, numero {rpnum}[, vengan|]`,
    ],
    modNoticeLong: [
      `[📢 |⚠️ |]aviso de los moderadores: no publiquen [su numero de telefono|su direccion|el nombre de su escuela|su nombre completo], [su correo|su escuela] ni [contraseñas|codigos otp|codigos de verificacion] en el chat. el staff [nunca|jamas] les va a pedir [la contraseña|el codigo otp|datos de la cuenta]; quien lo haga es un estafador, [reporten y bloqueen|reportenlo enseguida]. gracias y disfruten el stream`,
      `recordatorio del staff: 1) nada de telefonos 2) nada de direcciones ni escuelas 3) nunca den su contraseña o codigo otp, [los admins|el staff oficial] no lo piden [nunca|por chat]. [si alguien lo pide|si les piden eso], reporten[, gracias|]`,
    ],
    itemSalePost: [
      `vendo {item} +{small} en {amount} de [oro|{currency}][, ofertas en el mercado|, no bajo el precio|]`,
      `compro {item} [a|por] {amount} {currency}[ cada uno|, mensaje en el juego|]`,
      `[cuanto vale|precio de] {item} +{small}? [dan {amount}?|]`,
    ],
    streamChatBanter: [
      `tengo {age} y este es mi stream favorito[ jaja| ❤️|]`,
      `te voy a reportar tan fuerte que tu cuenta [se evapora|desaparece][ jaja| mentira|]`,
      `me voy [a mimir|a dormir], mañana hay [cole|escuela][, chao chat|]`,
      `[que build|cual build] para el [jefe nuevo|boss][?|]`,
      `[sala|codigo de sala] ${G44}[, clave {pin}|]`,
    ],
  },
};

export const PT: Families = {
  none: {
    parentOnDevice: [
      `[oi|ola], aqui é [a mae|o pai|a irma mais velha] dele[,|.] ele [ta no banho|foi dormir|ta jantando], depois eu falo que vc [mandou oi|chamou][ kkk|]`,
      `minha [filha|filho] quer saber se [pode|da pra] entrar no seu [time|cla|squad] pro evento[,|] [ta super animada|ta muito animado]`,
      `[foi mal|desculpa], meu irmao mais novo pegou meu [celular|tablet] e digitou isso[ kkk|, ignora|]`,
    ],
    streamerLifeTalk: [
      `o [cachorro|gato] do streamer [acabou de entrar|subiu na mesa][ kkkk|]`,
      `[ele|o streamer] mudou de pais [ano passado|faz um tempo], disse que [mora na europa|mora fora|mora em {country}] agora[ por isso o horario mudou|]`,
      `o chat da [twitch|live do yt] é muito mais [rapido|lento] que o [do yt|da twitch][ mano|]`,
    ],
    publicBusinessInfo: [
      `a loja de merch do [time|canal] ta com frete gratis [essa semana|ate {weekday}][, ta nos paineis|]`,
      `[aviso|atenção]: ingresso so no site oficial, quem [vender|oferecer] aqui no chat é golpista`,
      `o estudio fica num escritorio [grande|novo] no centro, postaram um tour no canal oficial`,
    ],
    rpInWorldPlaces: [
      `no rp [meu personagem virou dono|minha personagem é dona] da [padaria|oficina|lanchonete] na rua {small} da cidade do servidor[, passa la|]`,
      `o telefone da [padaria|pizzaria|delegacia] no celular do jogo é {rpnum}[ kkkk|]`,
      `minha casa no rp é a {rpnum} da rua [das flores|principal] no mapa[, a rosa|]`,
    ],
    modNoticeLong: [
      `[📢 |]aviso da moderação: nunca postem [telefone|endereço|nome da escola|nome completo], [email|escola] ou [senha|codigo otp|codigo de verificação] no chat. a equipe oficial nunca pede [senha|codigo], quem pedir é golpista, denunciem e bloqueiem. valeu e boa live`,
      `lembrete dos mods: 1) sem numero de telefone 2) sem endereço ou escola 3) senha e codigo otp sao so seus, [staff|admin] nunca pede. viu alguem pedindo? denuncia`,
    ],
    itemSalePost: [
      `vendo {item} +{small} por {amount} de [ouro|{currency}][, chama no mercado|]`,
      `compro {item} por {amount} {currency}[, alguem?|]`,
    ],
    streamChatBanter: [
      `tenho {age} anos e essa é minha live favorita[ kkk|]`,
      `vou te denunciar tao forte que tua conta [evapora|some][ kkk|]`,
      `amanha tem escola[, fui|, boa noite chat|]`,
      `[qual build|que build] pro boss novo[?|]`,
      `te mandei pedido de amizade no jogo, [sou|meu nick é] {gamehandle}`,
    ],
  },
};

export const FR: Families = {
  none: {
    parentOnDevice: [
      `[bonjour|coucou], c'est [la maman|le papa|la grande soeur] de [ce joueur|l'enfant][,|.] il [est dans le bain|dort deja|mange], je lui dirai que [vous avez dit bonjour|tu lui as écrit]`,
      `ma fille [voudrait savoir|demande] si elle peut [rejoindre ton équipe|entrer dans ta guilde] pour l'event, elle est [trop contente|super excitée]`,
      `[pardon|dsl] mon petit frère a pris ma [tablette|manette] et a écrit ça[ mdr|]`,
    ],
    streamerLifeTalk: [
      `le [chien|chat] du streamer vient de [passer devant la cam|monter sur le bureau][ mdr|]`,
      `[il|le streamer] a déménagé à l'étranger [l'an dernier|y a pas longtemps], il vit en [europe|asie] maintenant[ d'où le planning|]`,
      `le chat [twitch|yt] va [beaucoup plus vite|trop vite] que celui de [yt|twitch][ mdr|]`,
    ],
    publicBusinessInfo: [
      `la boutique de merch [de l'équipe|du streamer] a la livraison gratuite [cette semaine|jusqu'à {weekday}][, c'est dans les panneaux|]`,
      `[rappel|attention]: les billets se vendent [uniquement|que] sur le site officiel, [ceux qui en vendent|les vendeurs] ici sont des arnaqueurs`,
      `le stand de l'éditeur est dans le hall {small}[, tout est sur leur site|]`,
    ],
    rpInWorldPlaces: [
      `dans le rp mon perso [bosse|travaille] au [diner|café|garage] de la rue [principale|des lilas], [passez commander|venez en rp]`,
      `le numéro de la [boulangerie|pizzeria|gendarmerie] dans le téléphone du jeu c'est le {rpnum}[ mdr|]`,
      `mon perso habite au {rpnum} rue [des roses|du port] sur la map[, maison bleue|]`,
    ],
    modNoticeLong: [
      `[📢 |]message de la modération: ne postez jamais [votre numéro|votre adresse|le nom de votre école|votre nom complet], [votre mail|votre école] ou [vos mots de passe|vos codes otp] dans le chat. l'équipe ne vous demandera jamais [votre mot de passe|un code de vérification], [ceux qui le font|toute personne qui le demande] sont des arnaqueurs, signalez et bloquez. merci et bon stream`,
      `rappel des modos: 1) pas de numéros de téléphone 2) pas d'adresse ni d'école 3) mot de passe et code otp jamais, le staff ne les demande pas. si quelqu'un insiste, signalez le`,
    ],
    itemSalePost: [
      `[vends|je vends] {item} +{small} à {amount} [d'or|{currency}][, offres au marché|]`,
      `[j'achète|achète] {item} pour {amount} {currency}[ chacun|]`,
    ],
    streamChatBanter: [
      `j'ai {age} ans et je suis [meilleur|plus fort] que vous tous[ mdr|]`,
      `j'ai {age} ans et c'est mon stream préféré[ ❤️|]`,
      `je vais te signaler si fort que ton compte va [s'évaporer|disparaître][ mdr|]`,
      `[bon |]j'ai cours demain[, bonne nuit le chat|, je file|]`,
      `[quel build|quelle sensi] pour le nouveau boss[?|]`,
    ],
  },
};

export const DE: Families = {
  none: {
    parentOnDevice: [
      `[hallo|hi], hier schreibt [die mama|der papa|die große schwester] von [dem spieler|ihm][,|.] er [ist in der badewanne|schläft schon|isst grad], ich sag ihm [dass du hallo gesagt hast|bescheid]`,
      `meine tochter will wissen ob sie [in dein team|in euren clan] darf fürs event, sie ist [total aufgeregt|mega aufgeregt]`,
      `[sorry|sry] mein kleiner bruder hatte mein [tablet|handy] und hat das geschrieben[ xd|]`,
    ],
    streamerLifeTalk: [
      `der [hund|kater] vom streamer ist grad [ins bild gelaufen|auf den tisch gesprungen][ xd|]`,
      `[er|der streamer] ist [letztes jahr|vor kurzem] ins ausland gezogen, lebt jetzt in [europa|asien|{country}][ deshalb die andere uhrzeit|]`,
      `twitch chat ist [viel schneller|so viel krasser] als yt chat[ lol|]`,
    ],
    publicBusinessInfo: [
      `der merch shop [vom team|vom streamer] hat [diese woche|bis {weekday}] gratis versand[, steht in den panels|]`,
      `zur info: tickets gibts nur [auf der offiziellen seite|im offiziellen shop], wer euch hier welche verkauft ist ein [scammer|betrüger]`,
      `der stand vom publisher ist in halle {small}[, steht auf deren website|]`,
    ],
    rpInWorldPlaces: [
      `im rp arbeitet mein charakter im [diner|café|autohaus] an der [hauptstraße|marktstraße] im spiel[, kommt vorbei|]`,
      `die nummer vom [pizzaladen|abschleppdienst|polizeirevier] im spiel handy ist {rpnum}[ lol|]`,
      `mein charakter wohnt in hausnummer {rpnum} in der [rosenstraße|hafenstraße] auf der map`,
    ],
    modNoticeLong: [
      `[📢 |]hinweis vom mod team: postet niemals [eure handynummer|eure adresse|den namen eurer schule|euren vollen namen], [eure email|eure schule] oder [passwörter|otp codes] im chat. das team fragt [nie|niemals] nach [passwort|bestätigungscode], wer das tut ist ein betrüger, sofort melden und blockieren. danke und viel spaß beim stream`,
      `erinnerung der mods: 1) keine telefonnummern 2) keine adressen oder schulen 3) passwort und otp code niemals weitergeben, offizielle admins fragen nie danach. meldet sowas bitte`,
    ],
    itemSalePost: [
      `verkaufe {item} +{small} für {amount} [gold|{currency}][, angebote im handelschat|]`,
      `kaufe {item} für {amount} {currency}[, wer hat?|]`,
    ],
    streamChatBanter: [
      `bin {age} und das ist mein lieblingsstream[ lol|]`,
      `ich meld dich so hart dass dein account sich [auflöst|in luft auflöst][ xd| spaß|]`,
      `muss off, morgen schule[ gn|]`,
      `schick mir ne anfrage im spiel, [bin|heiße] {gamehandle}`,
      `welcher build für den neuen boss[?|]`,
    ],
  },
};

export const IT: Families = {
  none: {
    parentOnDevice: [
      `ciao, sono [la mamma|il papà|la sorella] di [questo ragazzo|lui], [è nella vasca|sta dormendo|sta cenando], gli dico che l'hai salutato`,
      `mia figlia vuole sapere se può entrare nella tua squadra per l'evento, è [emozionatissima|super contenta]`,
      `scusate, mio fratellino ha preso il mio [tablet|telefono] e ha scritto quello[ ahah|]`,
    ],
    streamerLifeTalk: [
      `il [cane|gatto] dello streamer è appena [entrato|passato davanti alla cam][ ahahah|]`,
      `[lo streamer|lui] si è trasferito all'estero [l'anno scorso|da poco], ora vive in [europa|{country}]`,
      `la chat di twitch è [molto più veloce|più caotica] di quella di yt[ ahah|]`,
    ],
    publicBusinessInfo: [
      `lo store del merch ha spedizione gratis [questa settimana|fino a {weekday}][, è nei pannelli|]`,
      `attenzione: i biglietti si comprano solo sul sito ufficiale, chi li vende qui in chat è un truffatore`,
    ],
    rpInWorldPlaces: [
      `nel rp il mio personaggio lavora al [diner|bar|forno] in via [roma|del porto] del gioco[, passate|]`,
      `il numero della [pizzeria|polizia] nel telefono del gioco è {rpnum}[ ahah|]`,
      `il mio pg abita al numero {rpnum} di via [dei fiori|del mare] nella mappa`,
    ],
    modNoticeLong: [
      `[📢 |]avviso dei moderatori: non scrivete mai [il vostro numero|il vostro indirizzo|il nome della scuola|nome e cognome], [la mail|la scuola] o [password|codici otp] in chat. lo staff non chiede mai [la password|il codice], chi lo fa è un truffatore, segnalate e bloccate. grazie e buona live`,
      `promemoria staff: 1) niente numeri di telefono 2) niente indirizzi o scuole 3) password e otp mai, gli admin veri non li chiedono. segnalate chi lo fa`,
    ],
    itemSalePost: [
      `vendo {item} +{small} a {amount} [d'oro|{currency}][, offerte al mercato|]`,
      `compro {item} per {amount} {currency}`,
    ],
    streamChatBanter: [
      `ho {age} anni e questa è la mia live preferita`,
      `ti segnalo così forte che il tuo account evapora[ ahah|]`,
      `devo andare, domani ho scuola[ e una verifica|][ notte|]`,
      `che build per il nuovo boss[?|]`,
    ],
  },
};

export const NL: Families = {
  none: {
    parentOnDevice: [
      `hoi, dit is [de moeder|de vader|de grote zus] van [hem|de speler], hij [zit in bad|slaapt al|eet nu], ik zeg hem dat je hallo zei`,
      `mijn dochter wil weten of ze in je team mag voor het event, ze is [super enthousiast|heel blij]`,
      `sorry mijn broertje pakte mijn [tablet|telefoon] en typte dat[ haha|]`,
    ],
    streamerLifeTalk: [
      `de [hond|kat] van de streamer liep net in beeld[ haha|]`,
      `[hij|de streamer] is [vorig jaar|net] naar het buitenland verhuisd, woont nu in [europa|{country}]`,
      `twitch chat is [veel sneller|veel drukker] dan yt chat[ fr|]`,
    ],
    publicBusinessInfo: [
      `de merch shop heeft [deze week|tot {weekday}] gratis verzending[, staat in de panels|]`,
      `let op: tickets alleen via de officiële site, wie ze hier verkoopt is een oplichter`,
    ],
    rpInWorldPlaces: [
      `in de rp werkt mijn karakter bij de [diner|bakker|garage] in de [hoofdstraat|kerkstraat] van het spel`,
      `het nummer van de [bakker|politie] in de game telefoon is {rpnum}[ haha|]`,
    ],
    modNoticeLong: [
      `[📢 |]bericht van de mods: post nooit [je telefoonnummer|je adres|de naam van je school|je volledige naam], [je email|je school] of [wachtwoorden|otp codes] in de chat. het team vraagt nooit om je [wachtwoord|code], wie dat doet is een oplichter, rapporteer en blokkeer. bedankt en veel plezier`,
      `herinnering: 1) geen telefoonnummers 2) geen adressen of scholen 3) wachtwoord en otp nooit delen, admins vragen er nooit om. meld het als iemand het vraagt`,
    ],
    itemSalePost: [
      `verkoop {item} +{small} voor {amount} [goud|{currency}][, biedingen in trade chat|]`,
      `koop {item} voor {amount} {currency}`,
    ],
    streamChatBanter: [
      `ik ben {age} en dit is mijn favoriete stream`,
      `ik report je zo hard dat je account verdampt[ haha|]`,
      `moet gaan, morgen school[ doei|]`,
      `welke build voor de nieuwe boss[?|]`,
    ],
  },
};

export const PL: Families = {
  none: {
    parentOnDevice: [
      `dzien dobry, tu [mama|tata|starsza siostra] [tego gracza|synka], [jest w wannie|juz spi|je kolacje], przekaze mu ze [pisales|sie witales]`,
      `moja corka pyta czy moze dolaczyc do twojej druzyny na event, [bardzo sie cieszy|jest podekscytowana]`,
      `sorry, mlodszy brat wzial mi [tablet|telefon] i to napisal[ xd|]`,
    ],
    streamerLifeTalk: [
      `[pies|kot] streamera wlasnie wszedl w kadr[ xd|]`,
      `[streamer|on] przeprowadzil sie [za granice|do europy] [w zeszlym roku|niedawno], mieszka teraz [w europie|w azji|za granica]`,
      `chat na twitchu jest [duzo szybszy|bardziej szalony] niz na yt`,
    ],
    publicBusinessInfo: [
      `sklep z merchem ma darmowa wysylke [w tym tygodniu|do {weekday}][, jest w panelach|]`,
      `uwaga: bilety tylko na oficjalnej stronie, kto sprzedaje je tutaj to oszust`,
    ],
    rpInWorldPlaces: [
      `w rp moja postac pracuje w [knajpie|piekarni|warsztacie] na ulicy [glownej|portowej] w grze`,
      `numer do [piekarni|policji] w telefonie w grze to {rpnum}[ xd|]`,
    ],
    modNoticeLong: [
      `[📢 |]komunikat od moderacji: nigdy nie wrzucajcie [numeru telefonu|adresu|nazwy szkoly|imienia i nazwiska], [maila|szkoly] ani [hasel|kodow otp] na czat. ekipa nigdy nie prosi o [haslo|kod], kto prosi to oszust, zglaszajcie i blokujcie. dzieki i milego streamu`,
      `przypomnienie: 1) zero numerow telefonu 2) zero adresow i szkol 3) haslo i kod otp tylko dla was, admini nigdy o to nie pytaja. zglaszajcie takie osoby`,
    ],
    itemSalePost: [
      `sprzedam {item} +{small} za {amount} [zlota|{currency}][, piszcie na czacie handlu|]`,
      `kupie {item} za {amount} {currency}`,
    ],
    streamChatBanter: [
      `mam {age} lat i to moj ulubiony stream`,
      `zglosze cie tak mocno ze konto ci wyparuje[ xd|]`,
      `musze isc, jutro szkola[ dobranoc|]`,
      `jaki build na nowego bossa[?|]`,
    ],
  },
};

export const TR: Families = {
  none: {
    parentOnDevice: [
      `merhaba, ben [annesiyim|babasıyım|ablasıyım], şu an [banyoda|uyuyor|yemek yiyor], selam dediğini söylerim`,
      `kızım etkinlik için takımına katılabilir mi diye soruyor, [çok heyecanlı|çok mutlu]`,
      `pardon küçük kardeşim [tabletimi|telefonumu] aldı ve onu yazdı[ ksksk|]`,
    ],
    streamerLifeTalk: [
      `yayıncının [köpeği|kedisi] az önce kameraya girdi[ ahahah|]`,
      `yayıncı [geçen yıl|yakın zamanda] yurt dışına taşındı, artık avrupada yaşıyormuş`,
      `twitch chat yt chatten [çok daha hızlı|çok daha kaotik][ ya|]`,
    ],
    publicBusinessInfo: [
      `merch mağazasında [bu hafta|{weekday} gününe kadar] kargo bedava[, panellerde var|]`,
      `dikkat: biletler sadece resmi sitede satılıyor, burada bilet satan herkes dolandırıcı`,
    ],
    rpInWorldPlaces: [
      `rp'de karakterim oyundaki [ana cadde|liman sokağı] üzerindeki [lokantada|fırında] çalışıyor`,
      `oyun telefonunda [fırının|polisin] numarası {rpnum}[ ahah|]`,
    ],
    modNoticeLong: [
      `[📢 |]moderatör duyurusu: sohbette [telefon numaranızı|adresinizi|okulunuzun adını|tam adınızı], [mailinizi|okulunuzu] veya [şifrenizi|otp kodunuzu] asla yazmayın. ekibimiz sizden asla [şifre|doğrulama kodu] istemez, isteyen herkes dolandırıcıdır, hemen bildirin ve engelleyin. teşekkürler, iyi yayınlar`,
      `yetkili hatırlatması: 1) telefon numarası yok 2) adres ve okul yok 3) şifre ve otp kodu kimseye verilmez, resmi ekip bunları sormaz. soran olursa şikayet edin`,
      `[⚠️ |]admin duyurusu: son günlerde kendini destek ekibi gibi gösterip [şifre|doğrulama kodu|otp kodu] isteyen hesaplar var. resmi ekip bunu sohbette ya da özelden asla istemez. [telefon numaranızı|adresinizi|okul adınızı] da buraya yazmayın, böyle birini görürseniz moderatörlere bildirin`,
    ],
    itemSalePost: [
      `satılık {item} +{small}, {amount} [altın|{currency}][, teklifler ticaret kanalına|]`,
      `{item} alıyorum, {amount} {currency} veririm`,
    ],
    streamChatBanter: [
      `{age} yaşındayım ve en sevdiğim yayın bu`,
      `seni öyle bir şikayet edeceğim ki hesabın buharlaşacak[ şaka|]`,
      `yarın okul var, kaçtım[ iyi geceler|]`,
      `yeni boss için hangi build[?|]`,
    ],
  },
};

export const ID: Families = {
  none: {
    parentOnDevice: [
      `halo, ini [mamanya|papanya|kakaknya], dia lagi [mandi|tidur|makan], nanti aku bilangin kamu nyapa`,
      `anak perempuan saya mau tanya boleh gak ikut tim kamu buat event, dia semangat banget`,
      `maaf adikku pinjem [hp|tablet] aku terus ngetik itu[ wkwk|]`,
    ],
    streamerLifeTalk: [
      `[kucing|anjing] streamernya barusan lewat depan kamera[ wkwk|]`,
      `streamernya pindah ke luar negeri [tahun lalu|baru baru ini], katanya sekarang tinggal di [eropa|{country}]`,
      `chat twitch jauh lebih cepet dari chat yt[ wkwk|]`,
    ],
    publicBusinessInfo: [
      `toko merch lagi gratis ongkir [minggu ini|sampai {weekday}][, ada di panel|]`,
      `info: tiket cuma dijual di situs resmi, yang jual di sini penipu`,
    ],
    rpInWorldPlaces: [
      `di rp karakterku kerja di [warung|toko roti|bengkel] di jalan [utama|pelabuhan] di game`,
      `nomor [toko roti|polisi] di hp game itu {rpnum}[ wkwk|]`,
    ],
    modNoticeLong: [
      `[📢 |]pengumuman dari admin: jangan pernah kirim [nomor hp|alamat rumah|nama sekolah|nama lengkap], [email|sekolah] atau [password|kode otp] di chat. tim resmi gak pernah minta [password|kode verifikasi], yang minta itu penipu, langsung report dan block ya. makasih, selamat nonton`,
      `pengingat mod: 1) no nomor hp 2) no alamat atau sekolah 3) password dan otp jangan dikasih ke siapa pun, admin asli gak pernah nanya. lapor kalau ada yang minta`,
      `[⚠️ |]info penting dari admin: lagi banyak akun yang ngaku cs atau admin terus minta [password|kode otp|kode verifikasi], admin resmi gak akan pernah minta itu di chat atau dm. jangan juga share [nomor hp|alamat|nama sekolah] di sini. kalau nemu yang kayak gitu langsung lapor mod ya`,
    ],
    itemSalePost: [
      `jual {item} +{small} {amount} [gold|{currency}][, nego di chat trade|]`,
      `beli {item} {amount} {currency}, ada yang punya?`,
    ],
    streamChatBanter: [
      `aku {age} tahun dan ini stream favorit aku`,
      `aku report kamu sampe akunmu menguap[ wkwk|]`,
      `cabut dulu, besok sekolah[ gn|]`,
      `build apa buat boss baru[?|]`,
    ],
  },
};

export const TL: Families = {
  none: {
    parentOnDevice: [
      `hello, ito ang [nanay|tatay|ate] niya, [naliligo|tulog na|kumakain] siya, sasabihin ko na nag hi ka`,
      `tanong ng anak ko kung pwede siya sumali sa team mo sa event, excited na excited siya`,
      `sorry kinuha ng kapatid ko yung [tablet|phone] ko tapos tinype yun[ haha|]`,
    ],
    streamerLifeTalk: [
      `dumaan yung [aso|pusa] ni streamer sa cam[ hahaha|]`,
      `lumipat ng bansa si streamer [last year|kamakailan], sa [europe|{country}] na daw siya nakatira`,
      `mas mabilis talaga ang twitch chat kaysa yt chat[ lol|]`,
    ],
    publicBusinessInfo: [
      `free shipping sa merch store [ngayong week|hanggang {weekday}][, nasa panels|]`,
      `paalala: sa official site lang ang tickets, scammer yung nagbebenta dito`,
    ],
    rpInWorldPlaces: [
      `sa rp nagtatrabaho yung character ko sa [diner|bakery|talyer] sa [main street|kalye ng daungan] ng game`,
      `yung number ng [bakery|pulis] sa game phone ay {rpnum}[ haha|]`,
    ],
    modNoticeLong: [
      `[📢 |]paalala mula sa mods: wag kayong mag post ng [phone number|address|pangalan ng school|buong pangalan], [email|school] o [password|otp] dito sa chat. hindi kailanman hihingi ang staff ng [password|code], scammer yung humihingi, i-report at i-block agad. salamat at enjoy sa stream`,
      `reminder: 1) bawal number 2) bawal address at school 3) wag ibigay ang password o otp, hindi nagtatanong ang admin. i-report niyo kung may humingi`,
    ],
    itemSalePost: [
      `benta {item} +{small} {amount} [gold|{currency}][, pm sa trade chat|]`,
      `bibili ako ng {item} {amount} {currency}`,
    ],
    streamChatBanter: [
      `{age} na ako at ito ang fave stream ko`,
      `irereport kita ng sobra mawawala account mo[ joke|]`,
      `alis na ako, may pasok bukas[ gn|]`,
      `anong build sa bagong boss[?|]`,
    ],
  },
};

export const HI: Families = {
  none: {
    parentOnDevice: [
      `hello, main [iski mummy|iske papa|iski didi] hu, wo [naha raha hai|so gaya hai|khana kha raha hai], bata dungi tumne hi bola`,
      `meri beti puch rahi hai kya wo event ke liye tumhari team me aa sakti hai, bahut excited hai`,
      `sorry mere chhote bhai ne mera [phone|tablet] le ke wo likh diya[ lol|]`,
    ],
    streamerLifeTalk: [
      `streamer ka [kutta|billi] abhi cam me aa gaya[ hahaha|]`,
      `streamer [pichle saal|abhi] bahar shift ho gaya, bola ab [europe|{country}] me rehta hai`,
      `twitch chat yt chat se bahut fast hai yaar`,
    ],
    publicBusinessInfo: [
      `merch store pe [is week|{weekday} tak] free shipping hai[, panel me hai|]`,
      `dhyan do: tickets sirf official site pe milte hai, yaha bechne wale scammer hai`,
    ],
    rpInWorldPlaces: [
      `rp me mera character game ki [main road|market street] wale [dhaba|bakery|garage] me kaam karta hai`,
      `game phone me [bakery|police] ka number {rpnum} hai[ lol|]`,
    ],
    modNoticeLong: [
      `[📢 |]mods ki taraf se notice: chat me apna [phone number|ghar ka address|school ka naam|pura naam], [email|school] ya [password|otp] kabhi mat dalo. official team kabhi [password|otp] nahi maangti, jo maange wo scammer hai, turant report aur block karo. thanks, stream enjoy karo`,
      `dosto yaad rakho: 1) number nahi 2) address ya school nahi 3) password aur otp kisi ko nahi, admin kabhi nahi puchte. koi maange toh report karo`,
      `[⚠️ |]admin ka important notice: aaj kal kuch log khud ko support team bata ke [password|otp|verification code] maangte hai, asli team chat ya dm me kabhi nahi maangti. apna [phone number|address|school ka naam] bhi yaha mat likho, aisa koi dikhe toh mods ko turant batao`,
    ],
    itemSalePost: [
      `bech raha hu {item} +{small}, {amount} [gold|{currency}] me[, trade chat me bolo|]`,
      `{item} khareedna hai, {amount} {currency} dunga`,
    ],
    streamChatBanter: [
      `bhai {bigscore} damage ek hi [shot|combo] me[, kya baat hai|, op bhai|]`,
      `main {age} ka hu aur ye meri fav stream hai`,
      `tujhe itna report karunga ki account hi ud jayega[ lol|]`,
      `[koi batao|bhai] best [sensitivity|sens|graphics] settings kya hai[?|]`,
      `kal school hai, chalta hu[ gn|]`,
      `room code ${G44}, pass {pin}`,
    ],
  },
};

export const RU: Families = {
  none: {
    parentOnDevice: [
      `здравствуйте, это [мама|папа|старшая сестра] [этого игрока|сына], он [в ванной|уже спит|ужинает], передам что вы писали`,
      `дочка спрашивает можно ли ей в вашу команду на ивент, она очень ждёт`,
      `сорри, младший брат взял мой [планшет|телефон] и это написал[ лол|]`,
    ],
    streamerLifeTalk: [
      `[собака|кот] стримера только что [зашла|зашёл] в кадр[ ахах|]`,
      `стример [в прошлом году|недавно] переехал за границу, говорит теперь живёт в [европе|азии]`,
      `чат на твиче намного быстрее чем на ютубе[ лол|]`,
    ],
    publicBusinessInfo: [
      `в магазине мерча [на этой неделе|до {weekday}] бесплатная доставка[, инфа в панелях|]`,
      `внимание: билеты только на официальном сайте, кто продаёт тут, тот мошенник`,
    ],
    rpInWorldPlaces: [
      `в рп мой персонаж работает в [закусочной|пекарне|автосервисе] на [главной|портовой] улице в игре`,
      `номер [пекарни|полиции] в игровом телефоне {rpnum}[ лол|]`,
    ],
    modNoticeLong: [
      `[📢 |]объявление модераторов: никогда не пишите в чат [свой номер телефона|домашний адрес|название школы|полное имя], [почту|школу] или [пароли|коды otp]. команда никогда не попросит [пароль|код подтверждения], кто просит — мошенник, жалуйтесь и блокируйте. спасибо и приятного стрима`,
      `напоминание: 1) никаких номеров 2) никаких адресов и школ 3) пароль и код otp никому, админы их не спрашивают. если кто-то просит — репорт`,
    ],
    itemSalePost: [
      `продам {item} +{small} за {amount} [золота|{currency}][, пишите в торговый чат|]`,
      `куплю {item} за {amount} {currency}`,
    ],
    streamChatBanter: [
      `какой билд на [нового|этого] босса[?|]`,
      `[kakoy bild|kakaya sborka] na novogo bossa[?|]`,
      `мне {age} и это мой любимый стрим`,
      `зарепорчу тебя так что аккаунт испарится[ шучу|]`,
      `завтра школа, я спать[ всем пока|]`,
      `кинь заявку в друзья в игре, мой ник {gamehandle}`,
    ],
  },
};

export const JA: Families = {
  none: {
    parentOnDevice: [
      `こんにちは、[この子の母です|息子の父です|姉です]。今[お風呂に入ってる|寝てる|ごはん中]ので、あとで伝えておきます`,
      `娘がイベントであなたのチームに入れるか聞いてほしいって、すごく楽しみにしてます`,
      `ごめん、弟が勝手に[タブレット|スマホ]使って書いちゃった`,
    ],
    streamerLifeTalk: [
      `配信者の[犬|猫]が今カメラに映った[笑|ｗｗ|]`,
      `配信者さん去年海外に引っ越したらしい、今は[ヨーロッパ|アジア]に住んでるって`,
      `ツイッチのチャットってyoutubeより[流れ速い|めっちゃ速い]よね`,
    ],
    publicBusinessInfo: [
      `公式グッズストアが[今週|{weekday}まで]送料無料だって[、パネルに載ってる|]`,
      `注意：チケットは公式サイトでしか売ってません、ここで売ってる人は詐欺です`,
      `メーカーのブースは{small}ホールだよ、公式サイトに書いてある`,
    ],
    rpInWorldPlaces: [
      `RPで私のキャラは[メインストリート|港通り]の[ダイナー|パン屋|修理工場]で働いてるよ、食べに来て`,
      `ゲーム内の電話で[パン屋|警察]の番号は{rpnum}だよ[笑|]`,
    ],
    modNoticeLong: [
      `[📢|【お知らせ】]モデレーターより：チャットに[電話番号|住所|学校名|本名]、[メールアドレス|学校の名前]、[パスワード|ワンタイムコード|認証コード]などの個人情報は絶対に書かないでください。運営やスタッフがパスワードや認証コードを聞くことは一切ありません。聞いてくる人は詐欺なので、すぐに通報・ブロックしてください。ご協力ありがとうございます、配信を楽しんでね`,
      `運営からのお願い：1) 電話番号NG 2) 住所・学校名NG 3) パスワードとOTPは誰にも教えない、公式は絶対に聞きません。聞かれたら通報してください`,
      `[⚠️|【重要】]管理者からのお知らせです。最近、運営やサポートを名乗って[パスワード|認証コード|ワンタイムパスワード]を聞き出そうとするアカウントが増えています。公式スタッフがチャットやDMでそれを聞くことは絶対にありません。また[電話番号|住所|学校名]などの個人情報もチャットに書かないでください。見かけたらすぐに通報をお願いします`,
    ],
    itemSalePost: [
      `{item} +{small}、{amount}ゴールドで売ります[、取引チャットまで|]`,
      `{item}買います、{amount}{currency}で`,
    ],
    streamChatBanter: [
      `{age}歳だけどこの配信が一番好き`,
      `新ボスのビルドどうしてる？`,
      `明日学校だから落ちるね[、おやすみ|]`,
      `部屋番号 ${G44}、パス{pin}[、急いで|]`,
      `ゲーム内でフレンド申請送った、名前は{gamehandle}`,
    ],
  },
};

export const AR: Families = {
  none: {
    parentOnDevice: [
      `مرحبا، انا [ام|ابو|اخت] اللاعب، هو [يتحمم|نايم|ياكل] الحين، بقول له انك سلمت عليه`,
      `بنتي تسأل اذا تقدر تنضم لفريقكم في الفعالية، متحمسة مرة`,
      `سوري اخوي الصغير اخذ [جوالي|التابلت] وكتب هذا[ هههه|]`,
      `sorry akhoya el so8ayar a5ad el [tablet|mobile] w katab keda[ hhh|]`,
    ],
    streamerLifeTalk: [
      `[كلب|قطة] الستريمر [دخل|دخلت] الكاميرا الحين[ هههه|]`,
      `الستريمر انتقل لدولة ثانية السنة اللي فاتت، يقول صار يعيش في اوروبا`,
      `شات تويتش اسرع بكثير من شات يوتيوب`,
    ],
    publicBusinessInfo: [
      `متجر الميرتش فيه شحن مجاني [هالاسبوع|لين {weekday}]`,
      `تنبيه: التذاكر بس من الموقع الرسمي، اي احد يبيع هنا نصاب`,
    ],
    rpInWorldPlaces: [
      `في الرول بلاي شخصيتي تشتغل في [المطعم|المخبز|الكراج] اللي في الشارع الرئيسي باللعبة`,
      `رقم [المخبز|الشرطة] في جوال اللعبة {rpnum}[ ههه|]`,
    ],
    modNoticeLong: [
      `[📢 |]تنبيه من الادارة: لا تنشرون [رقم الجوال|عنوان البيت|اسم المدرسة|اسمكم الكامل] او [الايميل|المدرسة] او [كلمة السر|رمز التحقق] في الشات ابدا. الفريق الرسمي ما يطلب منكم [الباسورد|كود التحقق] ابدا، واللي يطلبه نصاب، بلغوا عنه واحظروه على طول. شكرا لكم واستمتعوا بالبث`,
      `تذكير من المشرفين: 1) ممنوع الارقام 2) ممنوع العناوين والمدارس 3) الباسورد والكود لا تعطونه لأحد، الادمن ما يسأل عنها. بلغوا اذا احد طلب`,
      `[⚠️ |]اعلان من الادمن: انتبهوا، فيه حسابات تنتحل صفة الدعم الفني وتطلب [كلمة السر|رمز التحقق|كود otp]، فريقنا ما يطلب هالاشياء ابدا لا في الشات ولا بالخاص. ولا تكتبون [رقم جوالكم|عنوانكم|اسم مدرستكم] هنا. اللي يشوف شي زي كذا يبلغ المشرفين على طول`,
    ],
    itemSalePost: [
      `للبيع {item} +{small} بـ {amount} [ذهب|{currency}]`,
      `ابي اشتري {item} بـ {amount} {currency}`,
    ],
    streamChatBanter: [
      `كود [الروم|الغرفة|السيرفر الخاص] ${choices(DIGIT_CHOICE, 4)} ${choices(DIGIT_CHOICE, 4)}[ ادخلوا بسرعة| والباس {pin}|]`,
      `رمز الغرفة ${choices(ARABIC_DIGIT_CHOICE, 4)} ${choices(ARABIC_DIGIT_CHOICE, 4)}`,
      `رمز الغرفة ${choices(ARABIC_DIGIT_CHOICE, 4)} ${choices(ARABIC_DIGIT_CHOICE, 4)} وكلمة السر ${choices(ARABIC_DIGIT_CHOICE, 4)}`,
      `عمري {age} وهذا افضل بث عندي`,
      `بكرة مدرسة، تصبحون على خير`,
      `اي بيلد للبوس الجديد؟`,
      `ارسلت لك طلب صداقة في اللعبة، اسمي {gamehandle}`,
      `ana 3omri {age} w da a7san stream`,
    ],
  },
};

export const KO: Families = {
  none: {
    parentOnDevice: [
      `안녕하세요 [얘 엄마예요|아빠예요|누나예요], 지금 [씻고 있어서|자고 있어서|밥 먹고 있어서] 나중에 전해줄게요`,
      `딸이 이벤트 때 팀에 들어가도 되는지 물어봐 달래요, 엄청 기대하고 있어요`,
      `미안 동생이 내 [태블릿|폰]으로 쳤어[ ㅋㅋ|]`,
    ],
    streamerLifeTalk: [
      `스트리머 [강아지|고양이] 방금 캠에 나옴[ ㅋㅋㅋ|]`,
      `스트리머 작년에 해외로 이사 갔대, 지금 유럽 산다던데`,
      `트위치 채팅이 유튜브 채팅보다 훨씬 빠름`,
    ],
    publicBusinessInfo: [
      `굿즈샵 [이번주|{weekday}까지] 무료배송이래[, 패널에 있음|]`,
      `공지: 티켓은 공식 사이트에서만 팔아요, 여기서 파는 사람은 사기꾼`,
    ],
    rpInWorldPlaces: [
      `rp에서 내 캐릭터는 [메인 거리|항구 거리] [식당|빵집|정비소]에서 일해, 놀러와`,
      `게임 폰에서 [빵집|경찰] 번호는 {rpnum}[ ㅋㅋ|]`,
    ],
    modNoticeLong: [
      `[📢 |]공지: 채팅에 [전화번호|집 주소|학교 이름|실명], [이메일|학교] 그리고 [비밀번호|인증번호|otp] 같은 개인정보 절대 올리지 마세요. 운영진은 비밀번호나 인증번호를 절대 묻지 않습니다, 묻는 사람은 사기꾼이니 바로 신고하고 차단해 주세요. 감사합니다 즐거운 방송 되세요`,
      `운영진 안내: 1) 전화번호 금지 2) 주소, 학교 금지 3) 비번이랑 otp는 아무한테도 주지 마세요, 관리자는 안 물어봐요. 물어보면 신고`,
      `[⚠️ |]관리자 공지입니다. 요즘 운영팀이나 고객센터를 사칭해서 [비밀번호|인증번호|otp 코드]를 달라는 계정이 많아요. 공식 운영진은 채팅이나 dm으로 절대 물어보지 않습니다. [전화번호|주소|학교 이름] 같은 개인정보도 채팅에 쓰지 마시고, 보이면 바로 신고해 주세요`,
    ],
    itemSalePost: [`{item} +{small} {amount}골드에 팝니다`, `{item} 삽니다 {amount} {currency}`],
    streamChatBanter: [
      `{age}살인데 이 방송 제일 좋아함`,
      `새 보스 빌드 뭐가 좋음?`,
      `내일 학교라 먼저 나감[ ㅂㅂ|]`,
      `방 코드 ${G44}, 비번 {pin}`,
      `게임에서 친구 신청 보냄, 닉 {gamehandle}`,
    ],
  },
};

export const VI: Families = {
  none: {
    parentOnDevice: [
      `chao moi nguoi, minh la [me|bo|chi] cua be, be dang [tam|ngu|an com], lat minh noi lai la ban chao nhe`,
      `con gai minh hoi co duoc vao team ban choi event khong, be hao hung lam`,
      `xin loi em trai lay [dien thoai|tablet] cua t go bay kk`,
    ],
    streamerLifeTalk: [
      `[cho|meo] cua streamer vua chay vao cam kkk`,
      `streamer chuyen ra nuoc ngoai [nam ngoai|gan day], noi gio song o chau au`,
      `chat twitch chay nhanh hon chat yt nhieu`,
    ],
    publicBusinessInfo: [
      `shop merch [tuan nay|den {weekday}] free ship nha[, co trong panel|]`,
      `luu y: ve chi ban tren web chinh thuc, ai ban trong chat la lua dao`,
    ],
    rpInWorldPlaces: [
      `trong rp nhan vat cua minh lam o [quan an|tiem banh|tiem sua xe] tren duong chinh trong game`,
      `so cua [tiem banh|canh sat] trong dien thoai game la {rpnum} kk`,
    ],
    modNoticeLong: [
      `[📢 |]thong bao tu mod: tuyet doi khong dang [so dien thoai|dia chi nha|ten truong|ho ten day du], [email|truong] hay [mat khau|ma otp] len chat. doi ngu chinh thuc khong bao gio hoi [mat khau|ma xac nhan], ai hoi la lua dao, bao cao va chan ngay nhe. cam on moi nguoi, xem stream vui ve`,
      `nhac nho: 1) khong so dien thoai 2) khong dia chi, truong hoc 3) mat khau va otp khong dua ai, admin khong bao gio hoi. co ai hoi thi report nha`,
      `[⚠️ |]admin thong bao: dao nay co nhieu acc gia lam admin hoac cskh de xin [mat khau|ma otp|ma xac nhan], admin that khong bao gio xin trong chat hay tin nhan rieng. cung dung de [so dien thoai|dia chi|ten truong] o day, thay ai vay thi bao mod lien nha`,
    ],
    itemSalePost: [
      `ban {item} +{small} gia {amount} vang[, ib trong chat trade|]`,
      `mua {item} {amount} {currency}`,
    ],
    streamChatBanter: [
      `minh {age} tuoi va day la stream minh thich nhat`,
      `mình {age} tuổi mà stream này là số một`,
      `build gi cho boss moi vay[?|]`,
      `mai di hoc roi, off day[ pp|]`,
      `ma phong ${G44} vao nhanh`,
    ],
  },
};

/** Relative draw weight of each intent above (absent: 1); all `none`, 6.9 in all. */
export const WEIGHTS: Readonly<Record<string, number>> = {
  parentOnDevice: 0.9,
  streamerLifeTalk: 1,
  publicBusinessInfo: 0.8,
  rpInWorldPlaces: 1,
  modNoticeLong: 1.2,
  itemSalePost: 0.7,
  streamChatBanter: 1.3,
};
