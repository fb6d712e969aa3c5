/**
 * Talk that stays inside the game world (issue 13, round 6): harmless families that the model of
 * round 5 still flagged, mostly in world chat (the families only: none of the development sets'
 * messages, phrasings, names or numbers are here). All of it is `none` by the policy. In-character
 * role-play lines with invented titles, houses, inns, lighthouses, crossroads and quest letters
 * (the names and places belong to the fiction); asks whether players of a country are around,
 * with flags (a country alone is not PII); an app or the game's servers being down, in each
 * language's own nicknames for the apps, and questions about editing software and hardware;
 * system and bot messages (auction sales, mail, guild rewards), bug reports with a device and
 * steps, and kingdom coordinates for teleports and migrations; joke threats against farms, bases
 * and alliances, pet and item trades, guild recruitment with power requirements, a birth year
 * alone, and power numbers that happen to contain 555.
 */
import { choices, DIGIT_CHOICE, type Families } from './families.js';

/** One digit; a game power number with 555 in it; a birth year alone. */
const D = choices(DIGIT_CHOICE, 1);
const P555 = `[1|2|3|4|5|6|7|8|9][,|.| |]555[,|.| |]${D}${D}${D}`;
const YEAR = '20[07|08|09|10|11|12|13|14]';
/** Invented names and houses for role-play characters. */
const HERO_NAMES = 'Orrin|Selwyn|Maelis|Tavish|Corwen|Ysolde|Bramwell|Ilse|Fennick|Aurelle';
const HERO = `[${HERO_NAMES}]`;
const HOUSE = '[Varrow|Dunmere|Ashgrove|Keld|Morrin|Halloway|Thistlemoor]';

export const EN: Families = {
  none: {
    icRoleplayLines: [
      `[IC:|ic:|(ic)|rp:|] [i am|i'm|they call me|behold,] [sir|lady|lord|dame|captain|brother] ${HERO} of house ${HOUSE}[, and you will kneel|, sworn shield of the river keep|, heir to the iron throne|. state your business|]`,
      `*[the innkeeper|the old sailor|the hooded stranger|the blacksmith] [leans in|slides a key across the bar|lowers her voice]* "[the room upstairs|room {small} on the second floor|the back room] of the [inn|tavern] in the capital is yours[ tonight|, tell no one|]" *[he|she] takes {amount} [gold|silver|coins]*`,
      `[IC|ic|rp]: the [baron's|duke's|queen's|guildmaster's] [courier|spy|envoy] [waits|is waiting] [at the crossroads near the old mill|by the well in the harbour village|under the broken lighthouse|at the third milestone on the king's road|behind the chapel in the lower ward][. bring the letter| - bring the sealed scroll|, hand her the ledger| at dusk|]`,
      `[quest|new quest|quest log|📜 quest]: [deliver|carry] the [letter|sealed scroll|parcel] to [the keeper of the east tower|old marta at the 7th house of the harbour village|the hermit past the crossroads|the captain at pier {small}][, reward {amount} gold| for {amount} xp|]`,
      `*[my character|my oc|${HERO_NAMES}] [rides|walks|limps|storms] into [the tavern at the edge of the forest|the lighthouse keeper's cottage|the capital's inn|the guildhall] and [orders an ale|throws {amount} gold on the table|asks about the missing prince|draws her blade]*`,
      `[IC:|(ic)|] [a raven brings a letter|a letter arrives|you find a note under the door]: "[come alone to the ruined tower|meet me at the fishmonger's stall in the old port|wait for me at house {small} on lantern row] [at moonrise|by dawn|after the bells]. - [your brother|the veiled one|K.]"`,
      `[in my rp|in the story|ooc: lore wise] my [knight|mage|elf|pirate|witch] lives in [the 7th house of the harbour village|a tower above the sea cliffs|the room above the smithy in the capital|the lighthouse on the northern cape][, its canon|, for the plot|]`,
    ],
    countryRollCall: [
      `[any|anyone|are there any] [italians|germans|brazilians|filipinos|turks|poles|mexicans|indonesians|canadians|aussies] [here|on this server|in this guild|online][?|??| lol] [🇮🇹|🇩🇪|🇧🇷|🇵🇭|🇹🇷|🇵🇱|🇲🇽|🇮🇩|🇨🇦|🇦🇺|]`,
      `[anyone|any1|someone] from {country} [here|online|in this world|on server {small}][?|??][ 👀|]`,
      `{country} [gang|squad|players] [where u at|sound off|rise up|roll call][?|!| 🙌|]`,
      `[is this|this] server [mostly|all] [{country}|european|asian|american] [players|ppl][?| or mixed?]`,
      `[looking for|need] [teammates|ppl|a guild] from {country}[ for the time zone| so we're on at the same time|]`,
    ],
    appOutageNickname: [
      `[is|] [whatsapp|wa|insta|ig|discord|dc|snap|tiktok|yt|twitter|x|reddit] [down|dead|broken|lagging][ for anyone| for u guys| or just me|]?`,
      `[discord|dc|whatsapp|insta|yt] [wont load|keeps crashing|is acting up|is so slow] [today|rn|again][, anyone else?| smh|]`,
      `[the game servers|the login server|server {small}] [are down|crashed|is down] [again|rn|for maintenance][, eta?| ugh|]`,
      `[bro|ngl|] [{platform}|the update] [broke|crashed] on my [phone|pc|tablet] [again|twice today][ 😭|]`,
    ],
    editToolQuestion: [
      `what [program|app|software|editor] do u use to [edit|make] [ur clips|the montages|thumbnails|ur videos][?|]`,
      `[whats|what's] ur [mouse|headset|mic|keyboard|monitor|gpu|setup][? it sounds so clean|? looks clean|?]`,
      `[which|what] [sens|dpi|fps|graphics settings] do u play on[?| on pc?| on mobile?]`,
      `[is|] [capcut|premiere|davinci|obs|vegas] [good|worth it|free] for [editing|recording|streaming][?|]`,
      `how do u [record|clip|edit] [with no lag|in 60fps|so smooth][?|]`,
    ],
    systemBotNotice: [
      `[【System】|System:|(Mail from System)|<System>] Your auction for {item} x{small} has sold for {amount} {currency}.`,
      `[Mail received|New mail|You have mail]: [guild rewards|season rewards|compensation] - {amount} {currency}[, {item} x{small}|]. [claim before|expires on] the {ordinal}.`,
      `[Guild|Alliance] [notice|bot]: {gamehandle} [donated|contributed] {amount} {currency}[ to the guild bank| for the tech tree|].[ thanks!| rank up!|]`,
      `[bug report|bug]: device [iphone 13|galaxy a54|pixel 7|ipad air|redmi note 12], [ios 17|android 14|android 13]. steps: [open the shop|join a raid|switch servers], [tap buy|leave mid fight|close the app]. result: [game freezes|gems vanish|stuck loading]. [happens every time|happened {small} times]`,
      `[tp|teleport|migrate] to K:{small} X:{level} Y:{level} [for the migration|near the alliance fort|by the holy site|asap]`,
      `[new coords|rally point|hive]: K{small} X{level} Y{level}[, everyone move|, shield up before u tp|]`,
    ],
    allianceJokeThreat: [
      `[touch|hit|scout] my [farm|farms|base|city] again and [ill|im gonna|we'll] [flatten|zero|burn] ur [whole alliance|entire guild|city][ 😤| lol|]`,
      `[ur alliance|ur guild|that tag] [has been|is] [warned|marked] - next [rally|raid] [wipes ur farms|zeroes u][ 😈|]`,
      `[keep farming|hit] my [resource tiles|gathering spots] and [ill|we'll] [send|drop] a [rally|full march] on [u|ur hive] [tonight|at reset][ lol|]`,
      `[one more|another] [hit|attack] on [our|my] [farms|mines] and [its war|ur tag gets burned|we zero everyone in ur alliance][ 💀|]`,
    ],
    recruitTradePower: [
      `[trading|swapping] my [{item}|pet|mount] for ur {item}[?|, fair?| + {small} eggs?]`,
      `[LF|looking for|recruiting] [active players|members|heavy hitters] for [guild|alliance|clan] [power|cp|might] [over|above|min] {small}m[, online daily|, war every weekend|, apply in game|]`,
      `[born in|born] ${YEAR}[ btw| lol| so im young|]`,
      `[im|i'm] a ${YEAR} [kid|baby][ lol|]`,
      `[finally hit|just reached|at] ${P555} [power|cp|might|score][ on server {small}| in kingdom {small}|][ 😎|!|]`,
      `[selling|trading] [my|a] [level {level}|maxed] [pet|dragon|mount] for {amount} {currency}[, in game only| trade in game|]`,
      `guild [recruiting|open]: [lvl|level] {level}+, [{score} power|cp {score}]+ [min|needed], [daily check in|join raids], [no drama|chill ppl]`,
    ],
  },
};

export const ES: Families = {
  none: {
    icRoleplayLines: [
      `[IC:|(rol)|rol:|] soy [sir|lady|el capitan|la dama] ${HERO} de la casa ${HOUSE}[, y te arrodillaras|, escudo jurado del norte|]`,
      `*[el posadero|la tabernera|el forastero] [desliza una llave|baja la voz]* "la habitacion {small} de la posada de la capital es tuya[ esta noche|, no se lo digas a nadie|]" *cobra {amount} monedas de oro*`,
      `[rol|IC]: el mensajero del [baron|duque] espera en el cruce junto al viejo molino[, trae la carta| al anochecer|]`,
      `mision: lleva la carta a la [septima casa del pueblo del puerto|torre del este|ermita del bosque][, recompensa {amount} de oro|]`,
    ],
    countryRollCall: [
      `[hay|algun] [mexicanos|argentinos|chilenos|colombianos|españoles|peruanos] [aqui|en el server|en este mundo][?|??] [🇲🇽|🇦🇷|🇨🇱|🇨🇴|🇪🇸|🇵🇪|]`,
      `[alguien|alguno] de {country} [por aqui|online|en el server {small}][?|]`,
      `{country} [presente|donde estan][ 🙌|!|?]`,
    ],
    appOutageNickname: [
      `[se cayo|no carga|anda mal] [whatsapp|wsp|insta|discord|tiktok][ o solo a mi|, a alguien mas?|]`,
      `[whatsapp|el wsp|discord] [esta caido|no manda mensajes|va lentisimo] [hoy|otra vez][ xd|]`,
      `[los servers estan caidos|el server {small} se cayo] [otra vez|por mantenimiento][ ugh|]`,
    ],
    editToolQuestion: [
      `que [programa|app] usas para editar [tus clips|los videos|las miniaturas][?|]`,
      `que [mouse|audifonos|micro|teclado|pc] tienes[? se escucha muy bien|?]`,
    ],
    systemBotNotice: [
      `[【Sistema】|Sistema:|(Correo del sistema)] Tu subasta de {item} x{small} se vendio por {amount} de oro.`,
      `[Correo recibido|Nuevo correo]: recompensas del gremio - {amount} {currency} y {item} x{small}`,
      `[reporte de bug|bug]: [android 14|ios 17], [samsung a54|iphone 12]. pasos: [abrir la tienda|entrar a la raid], [comprar|salir]. resultado: [se congela|pierdo las gemas]`,
      `[teletransportate|tp|migren] a K:{small} X:{level} Y:{level} [para la migracion|cerca del fuerte|ya]`,
    ],
    allianceJokeThreat: [
      `[vuelve a tocar|toca otra vez|ataca otra vez] mi granja y [aplasto|borro] a toda tu alianza[ 😤| jaja|]`,
      `otro ataque a [mis granjas|mis minas] y [es guerra|quemamos tu tag][ 💀|]`,
    ],
    recruitTradePower: [
      `cambio mi {item} por tu {item}[?|, justo?| + {small} huevos?]`,
      `gremio recluta: poder minimo {small}m, [activos diarios|guerra los findes], [postulen en el juego|sin drama]`,
      `naci en el ${YEAR}[ jaja| xd|]`,
      `[por fin|ya] tengo ${P555} de poder[ 😎| en el server {small}|]`,
    ],
  },
};

export const PT: Families = {
  none: {
    icRoleplayLines: [
      `[IC:|(rp)|rp:|] sou [sir|lady|o capitão|a dama] ${HERO} da casa ${HOUSE}[, ajoelhe-se|, guardião do forte do norte|]`,
      `*[o taverneiro|a estalajadeira|o estranho encapuzado] [desliza uma chave|sussurra]* "o quarto {small} da estalagem da capital é seu[ esta noite|, não conte a ninguém|]" *pega {amount} moedas de ouro*`,
      `[rp|IC]: o mensageiro do [barão|duque] espera na encruzilhada perto do velho moinho[, traga a carta| ao anoitecer|]`,
      `missão: leve a carta até a [sétima casa da vila do porto|torre do farol|cabana do eremita][, recompensa {amount} de ouro|]`,
    ],
    countryRollCall: [
      `[tem|algum] [brasileiro|português|angolano] [aqui|no server|nesse mundo][?|??] [🇧🇷|🇵🇹|🇦🇴|]`,
      `alguém de {country} [aqui|on|no server {small}][?|]`,
    ],
    appOutageNickname: [
      `[o zap|whatsapp|insta|discord|tiktok] [caiu|ta fora do ar|não carrega][ ou é só comigo?| pra vcs tbm?|]`,
      `[os servidores cairam|o server {small} caiu] de novo[ affs| kkk|]`,
    ],
    editToolQuestion: [
      `qual [programa|app] vc usa pra editar [os clipes|os videos|as thumbs][?|]`,
      `qual teu [mouse|fone|micro|pc|teclado][? ta muito limpo|?]`,
    ],
    systemBotNotice: [
      `[【Sistema】|Sistema:|(Correio do sistema)] Seu leilão de {item} x{small} foi vendido por {amount} de ouro.`,
      `[Correio recebido|Nova mensagem]: recompensas da guilda - {amount} {currency} e {item} x{small}`,
      `[bug|report de bug]: [android 13|ios 17], [moto g|iphone 11]. passos: [abrir a loja|entrar na raid], [comprar|sair]. resultado: [trava|sumiram as gemas]`,
      `[tp|teleporta|migrem] pra K:{small} X:{level} Y:{level} [pra migração|perto do forte|agora]`,
    ],
    allianceJokeThreat: [
      `[mexe|ataca] na minha fazenda de novo e eu [apago|amasso] tua aliança inteira[ kkk| 😤|]`,
      `mais um ataque nas [minhas fazendas|minhas minas] e [é guerra|queimamos tua tag][ 💀|]`,
    ],
    recruitTradePower: [
      `troco meu {item} no teu {item}[?|, justo?| + {small} ovos?]`,
      `guilda recrutando: poder mínimo {small}m, [ativos todo dia|guerra no fds], [aplica no jogo|sem treta]`,
      `nasci em ${YEAR}[ kkk| mano|]`,
      `[finalmente|ja] bati ${P555} de poder[ 😎| no server {small}|]`,
    ],
  },
};

export const FR: Families = {
  none: {
    icRoleplayLines: [
      `[IC:|(rp)|rp:|] je suis [sire|dame|le capitaine|messire] ${HERO} de la maison ${HOUSE}[, à genoux|, bouclier juré du nord|]`,
      `*[l'aubergiste|la tavernière|l'inconnu encapuchonné] [glisse une clé|murmure]* "la chambre {small} de l'auberge de la capitale est à toi[ ce soir|, n'en parle à personne|]" *prend {amount} pièces d'or*`,
      `[rp|IC]: le messager du [baron|duc] attend au carrefour près du vieux moulin[, apporte la lettre| à la tombée de la nuit|]`,
      `quête: porter la lettre à la [septième maison du village du port|tour du phare|cabane de l'ermite][, récompense {amount} or|]`,
    ],
    countryRollCall: [
      `[y a des|des] [français|belges|suisses|québécois|marocains] [ici|sur le serveur|dans ce monde][ ?| ??] [🇫🇷|🇧🇪|🇨🇭|🇨🇦|🇲🇦|]`,
      `qqn de {country} [ici|co|sur le serveur {small}][ ?|]`,
    ],
    appOutageNickname: [
      `[whatsapp|insta|discord|snap|tiktok] [est down|bug|charge pas][ ou c'est moi ?| chez vous aussi ?|]`,
      `[les serveurs sont tombés|le serveur {small} a crash] encore[ pfff| mdr|]`,
    ],
    editToolQuestion: [
      `tu utilises quel [logiciel|app] pour monter [tes clips|tes vidéos|tes miniatures] ?`,
      `c'est quoi ton [micro|casque|setup|pc|clavier][ ? ça sonne trop propre| ?]`,
    ],
    systemBotNotice: [
      `[【Système】|Système :|(Courrier du système)] Votre enchère pour {item} x{small} a été vendue pour {amount} or.`,
      `[Courrier reçu|Nouveau courrier] : récompenses de guilde - {amount} {currency} et {item} x{small}`,
      `[bug|rapport de bug] : [android 14|ios 17], [redmi note 12|iphone 13]. étapes : [ouvrir la boutique|lancer un raid], [acheter|quitter]. résultat : [écran figé|gemmes perdues]`,
      `[tp|téléportez vous|migration] en K:{small} X:{level} Y:{level} [pour la migration|près du fort|maintenant]`,
    ],
    allianceJokeThreat: [
      `[touche encore|retouche] à ma ferme et j'[écrase|rase] toute ton alliance[ mdr| 😤|]`,
      `encore une attaque sur [mes fermes|mes mines] et [c'est la guerre|on brûle ton tag][ 💀|]`,
    ],
    recruitTradePower: [
      `j'échange mon {item} contre ton {item}[ ?|, deal ?| + {small} oeufs ?]`,
      `guilde recrute : puissance min {small}m, [actifs tous les jours|guerre le week-end], [postulez en jeu|pas de drama]`,
      `né en ${YEAR}[ mdr|]`,
      `[enfin|ça y est] ${P555} de puissance[ 😎| sur le serveur {small}|]`,
    ],
  },
};

export const DE: Families = {
  none: {
    icRoleplayLines: [
      `[IC:|(rp)|rp:|] ich bin [sir|lady|hauptmann|dame] ${HERO} vom haus ${HOUSE}[, und du wirst knien|, schildträger der nordburg|]`,
      `*[der wirt|die schankmaid|der fremde im umhang] [schiebt einen schlüssel rüber|flüstert]* "zimmer {small} im gasthaus der hauptstadt gehört dir[ heute nacht|, sag es niemandem|]" *nimmt {amount} goldstücke*`,
      `[rp|IC]: der bote des [barons|herzogs] wartet an der kreuzung bei der alten mühle[, bring den brief| bei sonnenuntergang|]`,
      `quest: bring den brief zum [siebten haus im hafendorf|leuchtturm im norden|einsiedler im wald][, belohnung {amount} gold|]`,
    ],
    countryRollCall: [
      `[gibts|sind hier] [deutsche|österreicher|schweizer] [hier|auf dem server|in der welt][?|??] [🇩🇪|🇦🇹|🇨🇭|]`,
      `jemand aus {country} [hier|on|auf server {small}][?|]`,
    ],
    appOutageNickname: [
      `[ist whatsapp|ist insta|ist discord|ist tiktok|geht whatsapp] [down|kaputt|grad nicht][ oder nur bei mir?| bei euch auch?|]`,
      `[die server sind|server {small} ist] schon wieder [down|abgestürzt][ ey| lol|]`,
    ],
    editToolQuestion: [
      `mit welchem [programm|app] schneidest du [deine clips|die videos|die thumbnails]?`,
      `welches [headset|mikro|setup|maus|tastatur] hast du[? klingt mega sauber|?]`,
    ],
    systemBotNotice: [
      `[【System】|System:|(Post vom System)] Deine Auktion für {item} x{small} wurde für {amount} Gold verkauft.`,
      `[Post erhalten|Neue Post]: gildenbelohnung - {amount} {currency} und {item} x{small}`,
      `[bug|bugreport]: [android 14|ios 17], [galaxy s21|iphone 12]. schritte: [shop öffnen|raid starten], [kaufen|verlassen]. ergebnis: [spiel friert ein|gems weg]`,
      `[tp|teleportiert euch|migration] nach K:{small} X:{level} Y:{level} [für die migration|neben die festung|jetzt]`,
    ],
    allianceJokeThreat: [
      `[greif|farm] noch einmal meine farm an und ich mach deine [ganze allianz|komplette gilde] platt[ 😤| lol|]`,
      `noch ein angriff auf [meine farmen|meine minen] und [es ist krieg|euer tag brennt][ 💀|]`,
    ],
    recruitTradePower: [
      `tausche meinen {item} gegen deinen {item}[?|, fair?| + {small} eier?]`,
      `gilde sucht: macht mindestens {small}m, [täglich aktiv|krieg am wochenende], [bewerbt euch im spiel|kein drama]`,
      `bin ${YEAR} geboren[ lol| xd|]`,
      `[endlich|gerade] ${P555} macht [erreicht|geknackt][ 😎| auf server {small}|]`,
    ],
  },
};

export const IT: Families = {
  none: {
    icRoleplayLines: [
      `[IC:|(gdr)|rp:|] sono [ser|dama|il capitano|lady] ${HERO} della casata ${HOUSE}[, inginocchiati|, scudo giurato del nord|]`,
      `*[l'oste|la locandiera|lo straniero incappucciato] [fa scivolare una chiave|sussurra]* "la stanza {small} della locanda della capitale è tua[ stanotte|, non dirlo a nessuno|]" *prende {amount} monete d'oro*`,
      `[gdr|IC]: il messaggero del [barone|duca] aspetta all'incrocio vicino al vecchio mulino[, porta la lettera| al tramonto|]`,
      `missione: consegna la lettera alla [settima casa del villaggio del porto|torre del faro|capanna dell'eremita][, ricompensa {amount} oro|]`,
    ],
    countryRollCall: [
      `[ci sono|c'è qualche] [italiani|italiano] [qui|nel server|in questo mondo][?|??] [🇮🇹|]`,
      `qualcuno da {country} [qui|online|nel server {small}][?|]`,
    ],
    appOutageNickname: [
      `[whatsapp|insta|discord|tiktok] [è giù|non va|non carica][ o solo a me?| anche a voi?|]`,
      `[i server sono|il server {small} è] di nuovo [giù|crashato][ uffa| ahah|]`,
    ],
    editToolQuestion: [
      `che [programma|app] usi per montare [le clip|i video|le miniature]?`,
      `che [cuffie|microfono|mouse|setup] hai[? si sente benissimo|?]`,
    ],
    systemBotNotice: [
      `[【Sistema】|Sistema:|(Posta dal sistema)] La tua asta per {item} x{small} è stata venduta per {amount} oro.`,
      `[Posta ricevuta|Nuova posta]: ricompense della gilda - {amount} {currency} e {item} x{small}`,
      `[bug|segnalazione bug]: [android 13|ios 17], [xiaomi 12|iphone 14]. passi: [apri il negozio|entra nel raid], [compra|esci]. risultato: [si blocca|gemme sparite]`,
      `[tp|teletrasportatevi|migrazione] a K:{small} X:{level} Y:{level} [per la migrazione|vicino al forte|subito]`,
    ],
    allianceJokeThreat: [
      `tocca ancora la mia fattoria e [rado al suolo|asfalto] tutta la tua alleanza[ ahah| 😤|]`,
      `un altro attacco alle [mie fattorie|mie miniere] e [è guerra|bruciamo il tuo tag][ 💀|]`,
    ],
    recruitTradePower: [
      `scambio il mio {item} col tuo {item}[?|, ci stai?| + {small} uova?]`,
      `gilda recluta: potenza minima {small}m, [attivi ogni giorno|guerra nel weekend], [candidatevi in gioco|niente drammi]`,
      `sono nato nel ${YEAR}[ ahah|]`,
      `[finalmente|ora] ho ${P555} di potenza[ 😎| nel server {small}|]`,
    ],
  },
};

export const NL: Families = {
  none: {
    icRoleplayLines: [
      `[IC:|(rp)|rp:|] ik ben [heer|vrouwe|kapitein|ser] ${HERO} van huis ${HOUSE}[, en jij zult knielen|, gezworen schild van het noorden|]`,
      `*[de waard|de herbergierster|de vreemdeling] [schuift een sleutel over de bar|fluistert]* "kamer {small} in de herberg van de hoofdstad is van jou[ vannacht|, zeg het tegen niemand|]" *pakt {amount} goudstukken*`,
      `quest: breng de brief naar [het zevende huis in het havendorp|de vuurtoren in het noorden|de kluizenaar bij de oude molen][, beloning {amount} goud|]`,
    ],
    countryRollCall: [
      `[zijn er|nog] [nederlanders|belgen|vlamingen] [hier|op de server|online][?|??] [🇳🇱|🇧🇪|]`,
      `iemand uit {country} [hier|online|op server {small}][?|]`,
    ],
    appOutageNickname: [
      `[ligt whatsapp|ligt insta|ligt discord|is tiktok] [plat|eruit][ of alleen bij mij?| bij jullie ook?|]`,
      `[de servers liggen|server {small} ligt] weer plat[ pff| lol|]`,
    ],
    editToolQuestion: [
      `welk [programma|app] gebruik je om [je clips|je videos|thumbnails] te editen?`,
      `wat voor [headset|microfoon|muis|setup] heb je[? klinkt super strak|?]`,
    ],
    systemBotNotice: [
      `[【Systeem】|Systeem:|(Post van systeem)] Je veiling voor {item} x{small} is verkocht voor {amount} goud.`,
      `[bug|bugmelding]: [android 14|ios 17], [galaxy a34|iphone 13]. stappen: [winkel openen|raid starten], [kopen|afsluiten]. resultaat: [game bevriest|gems weg]`,
      `[tp|teleporteer|migratie] naar K:{small} X:{level} Y:{level} [voor de migratie|bij het fort|nu]`,
    ],
    allianceJokeThreat: [
      `raak mijn farm nog 1 keer aan en ik maak je [hele alliantie|hele guild] plat[ lol| 😤|]`,
      `nog een aanval op [mijn farms|mijn mijnen] en [het is oorlog|jullie tag gaat eraan][ 💀|]`,
    ],
    recruitTradePower: [
      `ruil mijn {item} voor jouw {item}[?|, eerlijk?| + {small} eieren?]`,
      `guild zoekt leden: minimaal {small}m power, [dagelijks actief|oorlog in het weekend], [meld je in game|geen drama]`,
      `geboren in ${YEAR}[ lol| haha|]`,
      `[eindelijk|net] ${P555} power [gehaald|bereikt][ 😎| op server {small}|]`,
    ],
  },
};

export const PL: Families = {
  none: {
    icRoleplayLines: [
      `[IC:|(rp)|rp:|] jestem [sir|lady|kapitan|pani] ${HERO} z rodu ${HOUSE}[, na kolana|, zaprzysiężona tarcza północy|]`,
      `*[karczmarz|karczmarka|zakapturzony nieznajomy] [przesuwa klucz po ladzie|szepcze]* "pokój {small} w gospodzie w stolicy jest twój[ na tę noc|, nikomu nie mów|]" *bierze {amount} sztuk złota*`,
      `zadanie: zanieś list do [siódmego domu w portowej wiosce|latarni na północy|pustelnika przy rozstaju dróg][, nagroda {amount} złota|]`,
    ],
    countryRollCall: [
      `[są tu jacyś polacy|sa tu jacys polacy|jest ktoś z polski|ktos z polski] [na serwerze|w gildii|online|][?|??][ 🇵🇱|]`,
      `{country} [jest tu ktoś|ktoś online|gdzie jesteście][?|]`,
    ],
    appOutageNickname: [
      `[padł|nie działa|laguje] [whatsapp|insta|discord|messenger|tiktok][ czy tylko u mnie?| u was też?|]`,
      `[serwery znowu padły|serwer {small} znowu padł][ xd| eh|]`,
    ],
    editToolQuestion: [
      `w czym [montujesz|edytujesz] [klipy|filmiki|miniaturki]?`,
      `jaki masz [mikrofon|headset|setup|myszkę][? brzmi super czysto|?]`,
    ],
    systemBotNotice: [
      `[【System】|System:|(Poczta systemowa)] Twoja aukcja {item} x{small} sprzedana za {amount} złota.`,
      `[bug|zgłoszenie błędu]: [android 13|ios 17], [redmi note 11|iphone 12]. kroki: [otwórz sklep|wejdź na rajd], [kup|wyjdź]. wynik: [gra się zawiesza|gemy znikają]`,
      `[tp|teleportujcie się|migracja] na K:{small} X:{level} Y:{level} [na migrację|koło fortu|teraz]`,
    ],
    allianceJokeThreat: [
      `jeszcze raz ruszysz moją farmę i [rozwalę|zrównam z ziemią] cały twój sojusz[ xd| 😤|]`,
      `jeszcze jeden atak na [moje farmy|moje kopalnie] i [jest wojna|wasz tag płonie][ 💀|]`,
    ],
    recruitTradePower: [
      `zamienię [mojego|] {item} na twojego {item}[?| + {small} jajka?|]`,
      `gildia rekrutuje: min {small}m mocy, [aktywni codziennie|wojna w weekendy], [zgłoszenia w grze|bez dramy]`,
      `rocznik ${YEAR}[ xd|]`,
      `[w końcu|właśnie] ${P555} mocy[ 😎| na serwerze {small}|]`,
    ],
  },
};

export const TR: Families = {
  none: {
    icRoleplayLines: [
      `[IC:|(rp)|rp:|] ben [sör|leydi|kaptan] ${HERO}, ${HOUSE} hanedanından[, diz çök|, kuzeyin yeminli kalkanı|]`,
      `*[hancı|meyhaneci kadın|kukuletalı yabancı] [tezgahın üstünden bir anahtar kaydırır|fısıldar]* "başkentteki handa {small} numaralı oda senin[ bu gece|, kimseye söyleme|]" *{amount} altın alır*`,
      `görev: mektubu [liman köyündeki yedinci eve|kuzeydeki deniz fenerine|eski değirmenin yanındaki kavşağa] götür[, ödül {amount} altın|]`,
    ],
    countryRollCall: [
      `[türk var mı|turk var mi|türkler nerde] [burda|serverda|loncada|][?|??][ 🇹🇷|]`,
      `{country} [olan|dan biri] var mı[?| serverda?]`,
    ],
    appOutageNickname: [
      `[whatsapp|insta|discord|tiktok] [çöktü mü|gitti mi|açılmıyor][ bende mi sadece?| sizde de mi?|]`,
      `[serverlar|{small}. server] yine [çöktü|gitti][ ya| off|]`,
    ],
    editToolQuestion: [
      `[klipleri|videoları] hangi [programla|uygulamayla] [editliyorsun|düzenliyorsun]?`,
      `[kulaklığın|mikrofonun|mouse un|setupın] ne[? çok temiz geliyor|?]`,
    ],
    systemBotNotice: [
      `[【Sistem】|Sistem:|(Sistem postası)] {item} x{small} müzayeden {amount} altına satıldı.`,
      `[bug|hata bildirimi]: [android 14|ios 17], [galaxy a52|iphone 11]. adımlar: [mağazayı aç|raide gir], [satın al|çık]. sonuç: [oyun donuyor|elmaslar gitti]`,
      `K:{small} X:{level} Y:{level} [ışınlanın|göç edin|toplanın][, göç için| kale yanı|]`,
    ],
    allianceJokeThreat: [
      `bir daha çiftliğime dokunursan bütün ittifakını [yerle bir ederim|sıfırlarım][ 😤| lol|]`,
      `[çiftliklerime|madenlerime] bir saldırı daha ve [savaş başlar|tagınızı yakarız][ 💀|]`,
    ],
    recruitTradePower: [
      `benim {item} senin {item} takas[?|, olur mu?| + {small} yumurta?]`,
      `lonca üye alıyor: min {small}m güç, [her gün aktif|hafta sonu savaş], [oyundan başvurun|drama yok]`,
      `${YEAR} doğumluyum[ lol|]`,
      `[sonunda|az önce] ${P555} güce ulaştım[ 😎| {small}. serverda|]`,
    ],
  },
};

export const ID: Families = {
  none: {
    icRoleplayLines: [
      `[IC:|(rp)|rp:|] aku [tuan|nyai|kapten|ksatria] ${HERO} dari wangsa ${HOUSE}[, berlututlah|, perisai sumpah utara|]`,
      `*[pemilik kedai|pelayan penginapan|orang bertudung] [menyodorkan kunci|berbisik]* "kamar {small} di penginapan ibu kota milikmu[ malam ini|, jangan bilang siapa-siapa|]" *mengambil {amount} keping emas*`,
      `*[pendekar|pengembara|penyihir] [Raka|Sekar|Bayu|Laras] [masuk ke kedai di ujung desa|berdiri di bawah mercusuar tua]* "[siapa yang mencuri pedang pusaka?|antarkan surat ini ke rumah ketujuh di desa pelabuhan]"`,
      `misi: antar surat ke [rumah ketujuh desa pelabuhan|menara mercusuar|pertapa di perempatan dekat kincir tua][, hadiah {amount} emas|]`,
    ],
    countryRollCall: [
      `[ada orang|ada yang dari|ada] [indonesia|malaysia|indo] [gak|ga|disini][?|??][ 🇮🇩| 🇲🇾|]`,
      `ada yang dari {country} [gak|disini|di server {small}][?|]`,
    ],
    appOutageNickname: [
      `[wa|whatsapp|ig|discord|tiktok] [down ya|error|gak bisa dibuka][ apa cuma aku?| kalian juga?|]`,
      `[server|server {small}] [down lagi|maintenance lagi][ duh| wkwk|]`,
    ],
    editToolQuestion: [
      `pake [aplikasi|software] apa buat edit [klip|video|thumbnail]nya?`,
      `[headset|mic|hp|pc]nya apa[? jernih banget|?]`,
    ],
    systemBotNotice: [
      `[【Sistem】|Sistem:|(Surat sistem)] Lelang {item} x{small} kamu terjual seharga {amount} emas.`,
      `[Surat diterima|Surat baru]: hadiah guild - {amount} {currency} dan {item} x{small}`,
      `[bug|lapor bug]: [android 13|ios 17], [redmi note 12|iphone 11]. langkah: [buka toko|masuk raid], [beli|keluar]. hasil: [game nge-freeze|diamond hilang]`,
      `[tp|teleport|migrasi] ke K:{small} X:{level} Y:{level} [buat migrasi|dekat benteng|sekarang]`,
    ],
    allianceJokeThreat: [
      `sentuh farm aku lagi, [aku ratain|aku hancurin] seluruh aliansimu[ wkwk| 😤|]`,
      `sekali lagi serang [farm|tambang] kita dan [perang|tag kalian kita bakar][ 💀|]`,
    ],
    recruitTradePower: [
      `tuker {item} aku sama {item} kamu[?|, adil kan?| + {small} telur?]`,
      `guild open rekrut: power minimal {small}jt, [aktif tiap hari|war tiap weekend], [daftar di game|no drama]`,
      `aku lahir ${YEAR}[ wkwk|]`,
      `[akhirnya|baru] tembus ${P555} power[ 😎| di server {small}|]`,
    ],
  },
};

export const TL: Families = {
  none: {
    icRoleplayLines: [
      `[IC:|(rp)|rp:|] ako si [sir|lady|kapitan|ginoong] ${HERO} ng angkan ng ${HOUSE}[, lumuhod ka|, tagapagtanggol ng hilaga|]`,
      `*[ang may-ari ng tavern|ang tindera sa inn|ang estrangherong naka-hood] [nag-abot ng susi|bumulong]* "sayo na ang kwarto {small} sa inn ng kapitolyo[ ngayong gabi|, wag mong sasabihin kahit kanino|]" *kumuha ng {amount} gintong barya*`,
      `quest: dalhin ang sulat sa [ikapitong bahay ng baryo sa daungan|parola sa hilaga|ermitanyo sa sangandaan][, reward {amount} gold|]`,
    ],
    countryRollCall: [
      `[may pinoy ba|may mga pinoy|pinoy] [dito|sa server|online][?|??][ 🇵🇭|]`,
      `may taga {country} ba [dito|sa server {small}|online][?|]`,
    ],
    appOutageNickname: [
      `[down ba|sira ba|ayaw mag load ng] [messenger|fb|discord|tiktok|ig][ o ako lang?| sa inyo din?|]`,
      `[down na naman ang server|server {small} down na naman][ hays| lol|]`,
    ],
    editToolQuestion: [
      `anong [app|program] gamit mo pang edit ng [clips|videos|thumbnail][?|]`,
      `anong [headset|mic|setup|mouse] mo[? ang linaw|?]`,
    ],
    systemBotNotice: [
      `[【System】|System:|(Mail galing System)] Nabenta ang auction mo ng {item} x{small} sa halagang {amount} gold.`,
      `[bug|bug report]: [android 13|ios 17], [realme 9|iphone 12]. steps: [buksan ang shop|sumali sa raid], [bumili|umalis]. result: [nagfre-freeze|nawala ang diamonds]`,
      `[tp|teleport|migrate] kayo sa K:{small} X:{level} Y:{level} [para sa migration|malapit sa fort|ngayon na]`,
    ],
    allianceJokeThreat: [
      `galawin mo pa ulit farm ko [uubusin|dudurugin] ko buong alliance mo[ haha| 😤|]`,
      `isa pang atake sa [farm|mina] namin at [gyera na|susunugin namin tag niyo][ 💀|]`,
    ],
    recruitTradePower: [
      `palit tayo, {item} ko para sa {item} mo[?| + {small} eggs?|]`,
      `guild recruiting: min {small}m power, [active araw araw|war tuwing weekend], [apply sa game|walang drama]`,
      `${YEAR} ako pinanganak[ haha|]`,
      `[sa wakas|ayun] ${P555} power na ko[ 😎| sa server {small}|]`,
    ],
  },
};

export const HI: Families = {
  none: {
    icRoleplayLines: [
      `[IC:|(rp)|rp:|] main hoon [sardar|rajkumari|senapati|sir] ${HERO}, ${HOUSE} gharane se[, jhuk jao|, uttar ki dhaal|]`,
      `*[sarai wala|dhaba wali|nakabposh ajnabi] [chaabi sarka deta hai|dheere se bolta hai]* "rajdhani ki sarai ka kamra {small} tumhara hai[ aaj raat|, kisi ko mat batana|]" *{amount} sone ke sikke leta hai*`,
      `quest: chitthi [bandargaah gaon ke saatve ghar|purane lighthouse|chakki ke paas chaurahe] tak pahunchao[, inaam {amount} gold|]`,
    ],
    countryRollCall: [
      `[koi indian hai|indians hai kya|koi bharat se hai] [yaha|server pe|online][?|??][ 🇮🇳|]`,
      `koi {country} se hai [kya|yaha|server {small} pe][?|]`,
    ],
    appOutageNickname: [
      `[whatsapp|insta|discord|yt] [down hai kya|chal nahi raha|load nahi ho raha][ sirf mera?| tumhara bhi?|]`,
      `[server|server {small}] fir se down[ yaar| bhai|]`,
    ],
    editToolQuestion: [
      `bhai [clips|videos|thumbnail] kis [app|software] se edit karte ho?`,
      `tera [headset|mic|phone|setup] kaunsa hai[? awaaz bahut clear hai|?]`,
    ],
    systemBotNotice: [
      `[【System】|System:|(System mail)] Aapka {item} x{small} ka auction {amount} gold me bik gaya.`,
      `[bug|bug report]: [android 13|ios 17], [redmi note 10|iphone 11]. steps: [shop kholo|raid join karo], [buy karo|bahar niklo]. result: [game hang|diamonds gayab]`,
      `K:{small} X:{level} Y:{level} pe [tp karo|aa jao|migrate karo][ migration ke liye| fort ke paas|]`,
    ],
    allianceJokeThreat: [
      `meri farm ko fir chhua toh teri [puri alliance|poora clan] uda dunga[ 😤| lol|]`,
      `ek aur attack [hamari farm|hamari mines] pe aur [war shuru|tera tag jala denge][ 💀|]`,
    ],
    recruitTradePower: [
      `mera {item} de dunga tere {item} ke badle[?|, fair hai| + {small} eggs?]`,
      `guild recruitment: min {small}m power, [roz active|weekend war], [game me apply karo|no drama]`,
      `${YEAR} ka born hoon[ lol|]`,
      `[finally|abhi] ${P555} power ho gaya[ 😎| server {small} pe|]`,
    ],
  },
};

export const RU: Families = {
  none: {
    icRoleplayLines: [
      `[IC:|(рп)|рп:|] я [сэр|леди|капитан|лорд] [Оррин|Изольда|Брамвелл|Маэлис|Фенник] из дома [Варроу|Данмир|Кельд|Эшгроув][, на колени|, присягнувший щит севера|]`,
      `*[трактирщик|хозяйка таверны|незнакомец в капюшоне] [пододвигает ключ|шепчет]* "комната {small} в трактире столицы твоя[ на эту ночь|, никому ни слова|]" *берёт {amount} золотых*`,
      `[рп|IC]: гонец барона ждёт на перекрёстке у старой мельницы[, принеси письмо| на закате|]`,
      `квест: отнеси письмо в [седьмой дом портовой деревни|старый маяк|хижину отшельника][, награда {amount} золота|]`,
    ],
    countryRollCall: [
      `есть кто из [казахстана|беларуси|узбекистана|кыргызстана|армении] [тут|на сервере|онлайн][?|??]`,
      `{country} [есть кто|кто тут|отзовитесь][?|!]`,
      `[русские|русскоязычные|наши] есть [тут|на сервере][?|??]`,
    ],
    appOutageNickname: [
      `[телега|тг|вк|дискорд|ватсап|ютуб] [лёг|не грузит|тормозит] [у всех|только у меня|опять][?|]`,
      `[сервера опять легли|{small} сервер упал][ ппц| жесть|]`,
    ],
    editToolQuestion: [
      `в какой [программе|проге] монтируешь [клипы|видосы|превью]?`,
      `какой у тебя [микро|микрофон|наушники|сетап][? звук чистый|?]`,
    ],
    systemBotNotice: [
      `[【Система】|Система:|(Почта системы)] Ваш лот {item} x{small} продан за {amount} золота.`,
      `[Почта|Новое письмо]: награды гильдии - {amount} {currency} и {item} x{small}`,
      `[баг|багрепорт]: [android 14|ios 17], [redmi note 12|iphone 13]. шаги: [открыть магазин|зайти в рейд], [купить|выйти]. итог: [игра виснет|кристаллы пропали]`,
      `[тп|телепорт|миграция] на K:{small} X:{level} Y:{level} [для миграции|к крепости|срочно]`,
    ],
    allianceJokeThreat: [
      `тронешь мою ферму ещё раз и я [снесу|обнулю] весь твой альянс[ 😤| лол|]`,
      `ещё одна атака на [наши фермы|наши шахты] и [война|сожжём ваш тег][ 💀|]`,
    ],
    recruitTradePower: [
      `меняю своего {item} на твоего {item}[?|, норм?| + {small} яйца?]`,
      `гильдия набирает: мощь от {small}м, [актив каждый день|войны по выходным], [заявки в игре|без драмы]`,
      `я ${YEAR} года рождения[ лол|]`,
      `[наконец|только что] ${P555} мощи[ 😎| на {small} сервере|]`,
    ],
  },
};

export const JA: Families = {
  none: {
    icRoleplayLines: [
      `[（RP）|【RP】|RP：|]我こそは[騎士|姫|船長]の[オリン|イゾルデ|ブラムウェル|マエリス]、[ヴァロウ|ダンミア|ケルド]家の者だ[。ひざまずけ|。北の砦の盾なり|]`,
      `*[宿屋の主人|酒場の女将|フードの旅人]が[鍵を差し出す|小声で言う]* 「王都の宿の{small}号室はお前のものだ[、今夜だけな|、誰にも言うな|]」 *金貨{amount}枚を受け取る*`,
      `[（RP）|RP：]私のキャラは[港町の7番目の家|灯台の上の部屋|古い水車小屋の近くの十字路の宿]に住んでる設定です`,
      `クエスト：手紙を[港の村の7番目の家|北の灯台|森の隠者]に届けろ[、報酬{amount}ゴールド|]`,
    ],
    countryRollCall: [
      `[日本人いる|日本の人いますか|日本勢いる][？|?|？🇯🇵]`,
      `{country}の人いる[？|?|？サーバー{small}で]`,
    ],
    appOutageNickname: [
      `[ツイッター|インスタ|ライン|ディスコ|ようつべ]、[重くない|落ちてる|繋がらない][？|?][ 自分だけ？|]`,
      `[鯖|サーバー{small}]また落ちた[？|w|…]`,
    ],
    editToolQuestion: [
      `[動画|クリップ|サムネ]の編集って何の[ソフト|アプリ]使ってる？`,
      `[マイク|ヘッドセット|マウス|PC]何使ってる[？音めっちゃクリア|？]`,
    ],
    systemBotNotice: [
      `[【システム】|システム：|（システムメール）]{item} x{small}のオークションが{amount}ゴールドで落札されました。`,
      `[【メール】|メールが届きました：]ギルド報酬 {amount}{currency}、{item} x{small}`,
      `[バグ報告|不具合]：[iOS 17|Android 14]、[iPhone 13|Pixel 7]。手順：[ショップを開く|レイドに入る]→[購入|退出]。結果：[フリーズ|ジェムが消えた]`,
      `K:{small} X:{level} Y:{level}に[テレポして|移民して|集合][、移民用|、砦の近く|]`,
    ],
    allianceJokeThreat: [
      `また私の畑に手を出したら[同盟ごと潰す|お前の同盟全部更地にする][w|😤|]`,
      `[うちの畑|うちの鉱山]にもう一回攻撃したら[戦争な|タグ燃やす][💀|]`,
    ],
    recruitTradePower: [
      `私の{item}とあなたの{item}交換しない[？|？+卵{small}個]`,
      `ギルドメンバー募集：戦力{small}00万以上、[毎日ログイン|週末GvG]、[ゲーム内で申請|仲良く]`,
      `${YEAR}年生まれです[w|]`,
      `[やっと|ついに]戦力${P555}いった[😎|！|]`,
    ],
  },
};

export const AR: Families = {
  none: {
    icRoleplayLines: [
      `[(رول)|رول:|IC:|] انا [السير|الليدي|القائد] [أورين|إيزولد|برامويل|فينيك] من بيت [فارو|دنمير|كيلد][، اركع|، درع الشمال|]`,
      `*[صاحب النزل|صاحبة الحانة|الغريب الملثم] [يمرر مفتاح|يهمس]* "الغرفة {small} في نزل العاصمة لك[ الليلة|، لا تخبر احد|]" *ياخذ {amount} قطعة ذهب*`,
      `مهمة: وصل الرسالة الى [البيت السابع في قرية الميناء|المنارة القديمة|مفترق الطرق عند الطاحونة][، الجائزة {amount} ذهب|]`,
    ],
    countryRollCall: [
      `[في|فيه] [مصريين|سعوديين|مغاربة|عراقيين|جزائريين] [هنا|بالسيرفر][؟|؟؟][ 🇪🇬| 🇸🇦| 🇲🇦|]`,
      `[fi masryeen hena|fe 7ad men el maghrib hena|fi sa3odiyeen fel server][?|??]`,
      `احد من {country} [هنا|اونلاين|بسيرفر {small}][؟|]`,
    ],
    appOutageNickname: [
      `[الواتس|السناب|الديسكورد|التيك توك|انستا] [واقف|عطلان|ما يفتح][ عندكم؟| ولا بس انا؟|]`,
      `[el whatsapp wa2ef|discord 3atlan|insta mesh fat7a] [3andoko?|wala ana bs?]`,
      `[السيرفرات طاحت|سيرفر {small} وقف] مرة ثانية[ 😩|]`,
    ],
    editToolQuestion: [
      `ايش [البرنامج|التطبيق] اللي تعدل فيه [المقاطع|الفيديوهات|الصور المصغرة]؟`,
      `وش [المايك|السماعة|الماوس|جهازك] اللي عندك[؟ الصوت نظيف|؟]`,
    ],
    systemBotNotice: [
      `[【النظام】|النظام:|(بريد النظام)] تم بيع مزادك {item} x{small} مقابل {amount} ذهب.`,
      `[بلاغ خطأ|باق]: [android 14|ios 17]، [سامسونج a54|ايفون 12]. الخطوات: [افتح المتجر|ادخل الغارة]، [اشتري|اطلع]. النتيجة: [اللعبة تعلق|الجواهر اختفت]`,
      `[انتقلوا|تيليبورت|هجرة] الى K:{small} X:{level} Y:{level} [للهجرة|جنب القلعة|الحين]`,
    ],
    allianceJokeThreat: [
      `لو لمست مزرعتي مرة ثانية [بمسح تحالفك كله بالارض|بصفر تحالفك كله][ 😤|]`,
      `هجوم ثاني على [مزارعنا|مناجمنا] و[الحرب بدأت|نحرق تاقكم][ 💀|]`,
    ],
    recruitTradePower: [
      `ابدل {item} حقي ب {item} حقك[؟|، عادل؟]`,
      `النقابة تجند: القوة [فوق|اكثر من] {small} مليون، [نشاط يومي|حروب بالويكند]، [قدم داخل اللعبة|بدون مشاكل]`,
      `[انا مواليد|مواليد] ${YEAR}[ 😂|]`,
      `[اخيرا|توني] وصلت ${P555} قوة[ 😎| بسيرفر {small}|]`,
    ],
  },
};

export const KO: Families = {
  none: {
    icRoleplayLines: [
      `[(역할극)|(RP)|RP:|] 나는 [켈드|바로우|던미어] 가문의 [기사|영애|선장] [오린|이졸데|브람웰]이다[, 무릎 꿇어라|, 북쪽 요새의 방패|]`,
      `*[여관 주인|주점 여주인|두건 쓴 나그네]이 [열쇠를 내민다|속삭인다]* "왕도 여관 {small}호실은 오늘 밤 네 것이다[. 아무에게도 말하지 마|]" *금화 {amount}개를 받는다*`,
      `[(역할극)|(RP)] 제 캐릭터는 [항구 마을 7번지 여관|북쪽 등대|옛 방앗간 옆 갈림길 오두막]에 살아요`,
      `퀘스트: 편지를 [항구 마을 일곱 번째 집|등대지기|숲의 은둔자]에게 전달하라[, 보상 {amount} 골드|]`,
    ],
    countryRollCall: [
      `[한국인|한국 분|한국 사람] [있어요|있나요|계신가요][?|??][ 🇰🇷|]`,
      `{country} 사람 [있어요|있나|계세요][?|]`,
    ],
    appOutageNickname: [
      `[디코|카톡|인스타|유튭|트위터] [터졌나|안 됨|렉 걸림][? 나만 그럼?|?|ㅠㅠ]`,
      `[서버|{small}서버] 또 터짐[ ㅋㅋ| ㅠ|]`,
    ],
    editToolQuestion: [
      `[영상|클립|썸네일] 편집 무슨 [프로그램|앱] 써요?`,
      `[마이크|헤드셋|마우스|컴] 뭐 써요[? 소리 깨끗하네|?]`,
    ],
    systemBotNotice: [
      `[【시스템】|시스템:|(시스템 우편)] {item} x{small} 경매가 {amount} 골드에 판매되었습니다.`,
      `[우편 도착|새 우편]: 길드 보상 {amount} {currency}, {item} x{small}`,
      `[버그 제보|버그]: [안드로이드 14|iOS 17], [갤럭시 S23|아이폰 13]. 순서: [상점 열기|레이드 입장] → [구매|나가기]. 결과: [멈춤|보석 사라짐]`,
      `K:{small} X:{level} Y:{level}[로 텔포|로 이주|에 집합][ 해주세요|요|]`,
    ],
    allianceJokeThreat: [
      `내 농장 한 번만 더 건드리면 너네 연맹 [다 밀어버림|싹 쓸어버린다][ ㅋㅋ| 😤|]`,
      `[우리 농장|우리 광산] 또 치면 [전쟁이다|태그 불태운다][ 💀|]`,
    ],
    recruitTradePower: [
      `제 {item}이랑 님 {item} 교환 [ㄱ?|할래요?|가능?]`,
      `길드원 모집: 전투력 {small}00만 이상, [매일 접속|주말 전쟁], [게임 내 신청|분탕 사절]`,
      `${YEAR}년생이에요[ ㅋㅋ|]`,
      `[드디어|방금] 전투력 ${P555} 찍음[ 😎|!|]`,
    ],
  },
};

export const VI: Families = {
  none: {
    icRoleplayLines: [
      `[(rp)|rp:|IC:|] ta la [hiep si|tieu thu|thuyen truong] ${HERO} cua nha ${HOUSE}[, quy xuong|, la chan phuong bac|]`,
      `*[chu quan tro|ba chu quan ruou|nguoi la doi mu trum] [day chia khoa qua|thi tham]* "phong {small} o quan tro kinh thanh la cua nguoi[ dem nay|, dung noi voi ai|]" *nhan {amount} dong vang*`,
      `nhiem vu: dua thu den [can nha thu 7 o lang ven cang|ngon hai dang cu|nga tu gan coi xay gio][, thuong {amount} vang|]`,
    ],
    countryRollCall: [
      `co ai o [thai lan|lao|campuchia|nhat|han quoc] khong[?|??]`,
      `co ai [nguoi viet|vn] [khong|o day|trong server][?|??][ 🇻🇳|]`,
      `co ai o {country} khong[?| trong sv {small}?]`,
    ],
    appOutageNickname: [
      `[zalo|fb|mess|tiktok|discord] [bi loi|sap|khong vao duoc] [a|roi][, may ban co bi khong| ha|?]`,
      `[sv|server {small}] lai sap [roi|nua][ chan| huhu|]`,
    ],
    editToolQuestion: [
      `ban dung [app|phan mem] gi de edit [clip|video|thumbnail] vay?`,
      `[tai nghe|mic|chuot|may] ban dung loai gi[? nghe ro qua|?]`,
    ],
    systemBotNotice: [
      `[【He thong】|He thong:|(Thu he thong)] Vat pham {item} x{small} cua ban da ban dau gia duoc {amount} vang.`,
      `[Thu moi|Nhan thu]: qua bang hoi {amount} {currency}, {item} x{small}`,
      `[bug|bao loi]: [android 13|ios 17], [oppo a57|iphone 11]. cac buoc: [mo shop|vao pho ban], [mua|thoat]. ket qua: [do may|mat kim cuong]`,
      `[tp|dich chuyen|di cu] den K:{small} X:{level} Y:{level} [de di cu|gan phao dai|ngay]`,
    ],
    allianceJokeThreat: [
      `dung vao farm cua t lan nua la t [san bang|xoa so] ca lien minh may[ 😤| kk|]`,
      `danh [farm|mo] bon t lan nua la [chien tranh|dot tag] luon[ 💀|]`,
    ],
    recruitTradePower: [
      `doi {item} cua t lay {item} cua ban[?| + {small} trung?|, ok ko?]`,
      `bang tuyen thanh vien: luc chien tren {small} trieu, [online moi toi|danh bang cuoi tuan], [xin vao trong game|khong drama]`,
      `t sinh nam ${YEAR}[ kk|]`,
      `[cuoi cung|vua] len ${P555} luc chien[ 😎| o sv {small}|]`,
    ],
  },
};

/** Relative draw weight of each intent above (absent: 1). All `none`: 5.9 in all. */
export const WEIGHTS: Readonly<Record<string, number>> = {
  icRoleplayLines: 1.2,
  countryRollCall: 0.8,
  appOutageNickname: 0.9,
  editToolQuestion: 0.4,
  systemBotNotice: 1,
  allianceJokeThreat: 0.7,
  recruitTradePower: 0.9,
};
