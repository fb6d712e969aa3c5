/**
 * Guild and team exchanges (issue 13, round 5): what the model of round 4 still missed, mostly in
 * stream and guild chat (the families only: none of the development sets' messages, phrasings,
 * names or numbers are here). All of it is PII by the policy. On the `giving` side: meet-ups that
 * name a real place in each country's own terms (a station exit, a square, a pier, a mall's food
 * court, a cafe or a game shop), from a few words up to a full guild announcement with a time;
 * handles handed over in each language's own short grammar, by emoji or in leetspeak, someone
 * else's handle, project pages and external servers, and a phone or an email inside a long
 * organising post; a concrete value given while asking back (a handle, a real name), a move to a
 * named town, a one-time code read out; and doxxing threats that say what was found. On the
 * `asking` side: proposals to meet in real life that name no place, a group asking for handles on
 * another platform or for an external server, asks for a third person's number or town, and
 * where-do-you-live asks with a reason, or a push to move the chat to another app.
 */
import type { Families } from './families.js';

export const EN: Families = {
  giving: {
    guildMeetSpot: [
      `[the|our] [guild|clan|squad|alliance] [hangout|meet|irl] [happens|will be|is going down] [at|inside] [the |][bluefin|copperleaf|maplewood|red kettle|tinstar|lantern|{lastname}'s] [cafe|diner|boba place|game shop|comic shop] [on|off] {street} [{weekday}|{day}] [at|around|from] {time}[, reply so i know numbers|, wear the guild colors|, first round on me|]`,
      `[meet|lets meet|we meet|ill wait] [at|outside|by] [exit|gate] [{small}|a|b|north|east|west] of {realcity} [station|central station|metro] [at {time}|{weekday} at {time}|{day}][, look for the green hoodie|, ill hold a sign|, then we walk over|]`,
      `[food court|the food court] [at|in] {namedplace} [at|around] {time}[ {weekday}|][ for the card swap| for the tourney| then arcade|]`,
      `[ok|alright|so] [everyone|guild|team|fam][,|] [the irl meetup|the offline meetup|our meet n greet] is [set|confirmed|happening]: {weekday} {time}, [in front of|outside|at] [the|] [{lastname} games|{lastname} comics|dice and dragons|pixel den|the big clock] on {street} in {city}. [bring ur decks|bring ur switch|we grab food after|bring cash for the machines]. [reply here if ur in|post in the guild channel if ur coming|ping me if u get lost]`,
      `[meet|see u|be] at the [ferry pier|ferry terminal|boat dock|harbour steps] in {realcity}[,| ] [by the ticket booth|near the kiosk|pier {small}] [at {time}|{weekday} at {time}|{day}]`,
      `[tourney watch party|finals viewing|street meet] [at|in] [{lastname} plaza|{lastname} square|the town square in {realcity}|the square by {namedplace}] [at|from] {time}[ {weekday}|][, under the big screen|, by the statue|, near the bus stops|]`,
      `{weekday} {time} @ [{lastname} mall|{namedplace}|{lastname} center|the {lastname} arcade] [food court|2nd floor|cinema lobby|entrance b][ be there| 🙏| dont be late|]`,
    ],
    handleOwnGrammar: [
      `[{gaming}|xbox|psn] [gt|gamertag|tag|id|name] [is|:|=|its] {gamehandle}[ add me| send a req| hmu|]`,
      `[👻|📸|🐦] {handle} [add me|addd me|follow|add][ 💛| pls| rn|]`,
      `[my|] [{hint}|👻|sc] [is|:|=|] {handle}[ lol| dont spam it|]`,
      `[1n5t4|1n$t4|1gg|sn4p|d1sc|t1kt0k] [15|1s|:|=] {handle}`,
      `[our|the] [artist|editor|streamer|composer|captain|mod] is on [x|insta|tiktok|twitch|bluesky|yt] as {handle}[, give her a follow|, commissions open|, tell him i sent u|]`,
      `[my|our] [itch page|itch|devlog|game page] is {handle}.itch.io[, leave a rating|, feedback welcome|, its free|]`,
      `[our code|the project|the repo|the mod wiki] [lives|is hosted|is up] on [a gitea|our own git|a forgejo|a forum] [box|instance|site] at [git|code|src|forum|wiki].{domain}.[net|org|dev][, clone it|, ask me for access|, make an acc there|]`,
      `[join|hop on|come to] [my|our] [mc|minecraft|modded|smp|rust] server [at |]{server}[ tonight| whitelist is off| ip again for the new ppl|]`,
      `[ok so|alright|quick admin stuff] [the league|the organisers|the refs|the venue] [want|need|asked for] [one number per team|a contact for each squad|a phone for the roster][,|] [put mine down|use mine|its gonna be me]: {phone}[. whatsapp works too|. dont call during class|][. lineups go up in the thread|. ill post updates here|. be on time pls|]`,
      `[collecting|gathering] [fan art|drawings|screenshots|clips] for [a little book|the anniversary video|the season recap][,|] [files go to|mail them to|email] {email}[ before {weekday}| by the {ordinal}|][, say how u want to be credited| thx|]`,
    ],
    giveAskValue: [
      `[im|i'm] on {platform} as {handle}[,|] [whats urs|wbu|what about u|urs?|drop urs]`,
      `[im|i'm] {fullname} [irl|in real life|offline][,|] [whats ur real name|what about u|ur turn|and u][?|]`,
      `[moved|just moved|we moved] to {realcity} [last month|last week|this summer|in {month}][,|] [the ping doubled|my wifi is trash|still unpacking|dont know anyone yet][ lol| ugh|]`,
      `[the|this] code [they texted|that came|in the sms|from the app] is {otp}[,|] [what now|what do i do|where does it go|is that right][?|]`,
      `[my|] {platform} [is|:|=] {handle}[,|] [send urs|whats yours|ur turn|add me back][?|]`,
      `[i typed|gave them|sent the bot] {otp} [like it said|already][, is that bad|, did i get scammed|, nothing happened][?|]`,
    ],
    doxxFoundWhat: [
      `found ur [dads|dad's|moms|mom's|sisters|brothers] [facebook|insta|fb|tiktok][ lol| lmao|][,|] [ill|about to|might] [show|forward] [him|her|them] [ur rage clips|the vod where u cried|ur chat logs|what u typed]`,
      `[i|we] [know|found] [ur|your] [real name|full name|school|street|town] [now|already][,|] [keep talking|say sorry or else|wanna see it in general chat|should i share it]`,
      `[found|dug up|got] [ur|your] [old account|old acc|old ig|linkedin] [and|with] [ur|your] [real name|school|town|face] [on it|lmao|, screenshotted it|]`,
      `[ur|your] name is {fullname} and u go to {school}[, want me to keep going|, should i post it|, surprised?|]`,
      `[quit|stop] [lying|trash talking|spamming] in [guild|clan|team] chat or else[,|.] [went through|dug through] ur [old account|old profile|stream vods] and [got|now have] ur [real name|full name] and [school|town|street][,|.] [one more word|keep it up] and [i post it|its in the discord|everyone sees it]`,
      `[gonna|im gonna|ill] [leak|post|drop] [ur|your] [address|phone number|real name|school] in the [clan|guild|team|server] chat[, watch| tonight| lol|]`,
    ],
  },
  asking: {
    irlMeetPropose: [
      `[lets|we should|can we] meet [irl|in person|in real life|offline][ sometime| one day| soon|][,|] [ur parents dont need to know|keep it between us|no need to tell ur mom|dont mention it at home][ ok| k|]`,
      `[should we|how about we|whos up to] [plan|set up|put together] [a guild meetup|an irl hangout|a real life meet] [at some point|over the holidays|next break|once schools out][?| fr| guys?]`,
      `[wanna|u wanna|would u] [hang out|meet up|chill] [irl|for real|outside the game][ sometime| this weekend| one day][?|]`,
      `[weve|we've] been [playing|raiding|grinding] [together|in this guild] for [ages|two years|three years|so long] and [nobody has seen anyone irl|no one knows what anyone looks like], [lets|we gotta|can we] [fix that|meet up for real|do an irl meet][?|]`,
      `[just us two|only u and me], [lets|we could] meet [somewhere|irl] [after school|on the weekend][, no one has to know|, u can sneak out right|]`,
      `[is anyone|anyone] [down|up] for [an irl meetup|a real life meetup|meeting offline][? we can vote on where|? somewhere easy for everyone|?]`,
    ],
    guildHandleAsk: [
      `[{gaming}|psn|xbox|steam] [names|tags|ids|usernames] [for the|before the] [scrim|tourney|clan war|raid][?|, drop em|, still missing {small}]`,
      `[whats the|is there a|do we have a] [guild|clan|team|alliance] [discord|dc|server|group chat|whatsapp group|telegram][?| so we can plan| for the schedule|]`,
      `[whats the|where do i get the|can someone drop the] [ip|address|server ip] [to join|for] the [modpack|smp|private|survival] server[?| pls|]`,
      `[does anyone|anyone|who] [have|got] {gamehandle}[s|'s] [number|snap|insta|discord|phone number][?| he has my {item}| she left the guild|]`,
      `[anyone know|does anyone know|who knows] [what town|which city|where] {gamehandle} [is from|lives|lives irl][?| wanna know if hes near me| just curious|]`,
      `[everyone|team|guys] [post|drop|send] [ur|your] [{platform}|{gaming}|discord|steam] [so i can add u|for the group|in the thread][ pls|]`,
      `[whats|who has] the [captain|coach|leader][s|'s] [number|email|discord][?| need to send the roster|]`,
    ],
    whereWithReason: [
      `[where do u live|where u live|where r u based][?|] [ur ping is crazy low|ur ping's insane|ur ping is like {pingms}ms|ur connection is way too good]`,
      `[how old r u|ur age] and [what city|which city|what town][,|] [im making|for] [a leaderboard|a server map|the stats sheet]`,
      `[which school|what school] [u at|do u go to][?|,] [i taught|i used to coach|my cousin teaches] [in that area|nearby]`,
      `[what state|which city|where] [r u|are you] in[?|] [trying to|wanna] [find a server near u|see if we're close|fix the lag|sort regions]`,
      `[lets|can we|wanna] [move|switch|take this] to {platform}[?|,] [this chat is|its] [laggy|dead|watched|filtered][ here|]`,
      `[so ur in|ur in] [{ordinal} grade|year {small}] huh[,|] [what school is that|whats ur school called][?|]`,
      `[whats|what is] [ur|your] [city|town|area][?|] [i wanna|to] [send u|mail u] [the prize|merch|the sticker]`,
    ],
  },
};

export const ES: Families = {
  giving: {
    guildMeetSpot: [
      `[quedada|junta] del [clan|gremio] el {weekday} a las {time} en la plaza {lastname}[, frente a la fuente|, junto al kiosco|][, avisen si vienen|]`,
      `[nos vemos|quedamos] en la salida {small} del metro {realcity}[ a las {time}|][ y vamos al cyber|]`,
      `[en el|en la] [food court|zona de comidas|patio de comidas] del [centro comercial|mall] {lastname} a las {time}[ el {weekday}|]`,
      `[gente|chicos|banda], [la quedada|el torneo irl] es el {weekday} a las {time} en la tienda de juegos [{lastname} games|el dado rojo|pixel zona] de la calle {street}, [traigan sus mazos|despues vamos por pizza], [confirmen en el grupo|escriban si vienen]`,
    ],
    handleOwnGrammar: [
      `mi [ig|insta|tiktok] es {handle}[ siganme| sigueme|]`,
      `[gamertag|mi gt de xbox|mi psn|mi steam] [es|:] {gamehandle}[ agregame|]`,
      `[nuestra artista|nuestro editor] esta en [x|insta|tiktok] como {handle}[, siganla|, denle amor|]`,
      `[organizando|armando] el torneo: [un capitan por equipo|los capitanes] [me escriben|mandan todo] a {email}[ antes del {weekday}|] o al {phone}[, gracias|]`,
    ],
    giveAskValue: [
      `estoy en {platform} como {handle}[, y tu?|, cual es el tuyo?]`,
      `[me llamo|soy] {fullname} [en la vida real|irl], [y tu|cual es tu nombre real]?`,
      `[me mude|me mudé] a {realcity} [el mes pasado|hace poco][, el lag esta peor|, no conozco a nadie|]`,
      `el codigo que me [mandaron|llego] es {otp}[, y ahora que|, donde lo pongo]?`,
    ],
    doxxFoundWhat: [
      `encontre el [facebook|insta] de tu [papa|mama|hermana][ jaja|], le voy a mandar [los clips|tus mensajes]`,
      `[ya se|se] tu nombre real y tu [escuela|colegio|barrio][, sigue asi y lo publico|]`,
      `deja de mentir en el chat del clan, se quien eres, encontre tu [nombre completo|nombre real] y tu [colegio|calle] en tu cuenta vieja, [si sigues|una mas] y lo [subo|publico] al discord`,
    ],
  },
  asking: {
    irlMeetPropose: [
      `[y si nos vemos|veamonos|podriamos vernos] en persona [algun dia|este verano|pronto][?|][ no le digas a tus papas|]`,
      `[hagamos|organicemos] una quedada [irl|en la vida real][ con todo el clan|][?|]`,
      `[quieres|te animas a] [vernos|conocernos] [en persona|de verdad][?| solo tu y yo|]`,
    ],
    guildHandleAsk: [
      `[pasen|manden] sus [ids de {gaming}|nombres de psn|gamertags] para el [scrim|torneo][ porfa|]`,
      `[hay|tenemos] [discord|grupo de whatsapp|server] del clan[?| para organizarnos|]`,
      `[alguien tiene|quien tiene] el [numero|insta|discord] de {gamehandle}[?| se fue del clan|]`,
      `[pasame|mandame] la [ip|direccion] del server [modeado|de minecraft][ porfa|]`,
    ],
    whereWithReason: [
      `[donde vives|de donde eres]? tu ping es [buenisimo|increible]`,
      `[cuantos años y de que ciudad|edad y ciudad], es para [una tabla|el ranking por region]`,
      `[pasemos|vamonos] a {platform}[, aca no se puede hablar|, aqui nos leen]`,
    ],
  },
};

export const PT: Families = {
  giving: {
    guildMeetSpot: [
      `[encontro|rolê] da [guild|guilda|clan] {weekday} as {time} na praça {lastname}[, perto do chafariz|, do lado da banca|]`,
      `[bora|vamo] se ver na [praça de alimentação|entrada principal] do shopping {lastname} as {time}[ {weekday}|]`,
      `[te espero|a gente se encontra] na saida {small} da estação {realcity}[ as {time}|][ e depois lan house|]`,
      `galera, o [encontro|torneio presencial] vai ser {weekday} as {time} na loja de games [{lastname} games|dado vermelho|pixel point] na rua {street}, [tragam os decks|depois tem pizza], [confirma no grupo|avisa se vem]`,
    ],
    handleOwnGrammar: [
      `meu [insta|ig|tiktok] é {handle}[ me segue| segue la|]`,
      `[gamertag|minha gt da xbox|minha psn|minha steam] [é|:] {gamehandle}[ me adiciona|]`,
      `[nossa artista|nosso editor] ta no [x|insta|tiktok] como {handle}[, segue ela|]`,
      `pro [campeonato|torneio] preciso de um capitao por time, [manda|mandem] [tudo|os nomes] pro {email} ou [me chama|zap] no {phone}[ ate {weekday}|]`,
    ],
    giveAskValue: [
      `to no {platform} como {handle}[, e vc?|, qual o seu?]`,
      `[me chamo|sou] {fullname} [na vida real|irl], e [vc|o seu nome real]?`,
      `[me mudei|mudei] pra {realcity} [mes passado|semana passada][, o lag piorou|]`,
      `o codigo que [mandaram|chegou] é {otp}[, e agora|, coloco onde]?`,
    ],
    doxxFoundWhat: [
      `achei o [facebook|insta] do teu [pai|irmão] kkk, vou mandar [os clipes|tuas mensagens] pra ele`,
      `[ja sei|sei] teu nome real e tua [escola|rua][, continua e eu posto|]`,
      `para de mentir no chat da guilda, eu sei quem vc é, achei teu [nome completo|nome real] e tua [escola|cidade] na tua conta antiga, [mais uma|se continuar] e vai pro discord`,
    ],
  },
  asking: {
    irlMeetPropose: [
      `[bora|vamos] se encontrar [pessoalmente|na vida real|de verdade] [um dia|nas ferias|qualquer dia][?|][ nao conta pros teus pais|]`,
      `[e se a gente|vamos] [marcar|organizar] um encontro [irl|presencial] [da guilda|com todo mundo][?|]`,
      `[quer|topa] [se ver|se conhecer] [pessoalmente|de verdade][?| so nos dois|]`,
    ],
    guildHandleAsk: [
      `[mandem|passem] [os nicks da {gaming}|as psn|as gamertags] pro [scrim|campeonato][ ai|]`,
      `[tem|a gente tem] [discord|grupo do zap|servidor] da guilda[?| pra marcar raid|]`,
      `[alguem tem|quem tem] o [numero|zap|insta] do {gamehandle}[?| ele sumiu|]`,
      `[me passa|manda] o [ip|endereço] do server [modado|de mine][ ai|]`,
    ],
    whereWithReason: [
      `[onde vc mora|vc é de onde]? teu ping é [muito bom|absurdo]`,
      `[idade e cidade|quantos anos e qual cidade]? to fazendo [um ranking|uma tabela] por regiao`,
      `[bora|vamos] pro {platform}[, aqui os mods leem tudo|, aqui trava]`,
    ],
  },
};

export const FR: Families = {
  giving: {
    guildMeetSpot: [
      `rdv {weekday} {time} devant la [boutique|librairie|salle d'arcade] [{lastname}|le dé rouge|pixel antre] [rue {street}|place {lastname}][ pour la finale| on ira ensemble|]`,
      `[on se retrouve|rendez vous] a la sortie {small} du metro {realcity}[ à {time}|][ puis cyber|]`,
      `[irl de la guilde|la rencontre] {weekday} à {time} [à l'aire de restauration|au food court] du centre commercial {lastname}[, prevenez|]`,
      `[salut tout le monde|bon la guilde], [la meetup|la rencontre irl] c'est {weekday} à {time} au [café|bar à jeux] [{lastname}|le sablier|la dernière manche] place {lastname} à {city}, [ramenez vos decks|on mange après], [dites dans le salon si vous venez|confirmez ici]`,
    ],
    handleOwnGrammar: [
      `mon [insta|snap|tiktok] c'est {handle}[ abonnez vous| ajoute moi|]`,
      `[mon gamertag|mon id psn|mon steam] [c'est|:] {gamehandle}[ ajoutez moi|]`,
      `[notre artiste|notre monteur] est sur [x|insta|tiktok] sous {handle}[, allez la suivre|]`,
      `pour le tournoi il faut un capitaine par equipe, [envoyez|écrivez] tout à {email} ou [textez|sms] au {phone}[ avant {weekday}|]`,
    ],
    giveAskValue: [
      `je suis sur {platform} en tant que {handle}[, et toi?|, c koi le tien?]`,
      `[je m'appelle|moi c'est] {fullname} [en vrai|irl], et toi c koi ton vrai nom?`,
      `[j'ai déménagé|on a déménagé] à {realcity} [le mois dernier|cet été][, le ping est horrible|]`,
      `le code qu'ils m'ont envoyé c'est {otp}[, je fais quoi maintenant|, je le mets où]?`,
    ],
    doxxFoundWhat: [
      `[j'ai|jai] [retrouvé|trouvé] ton vrai nom et ton [collège|quartier|adresse][, tu veux que je poste ça?|, continue pour voir|]`,
      `j'ai trouvé le [facebook|insta] de ton [père|frère] mdr, je vais lui envoyer [tes clips|tes messages]`,
      `[t'as cru que|tu pensais que] personne te retrouverait? ton [nom de famille|prénom et nom] et ta [ville|rue] étaient sur ton vieux profil, [calme toi|excuse toi] ou [je balance tout|tout le serveur les verra]`,
    ],
  },
  asking: {
    irlMeetPropose: [
      `[on se voit|et si on se voyait] [en vrai|irl|pour de vrai] [un jour|cet été|bientot][?|][ dis rien a tes parents|]`,
      `[on organise|et si on organisait] une [irl|rencontre] de la guilde [cet été|pendant les vacances][?|]`,
      `[tu veux|ça te dit de] [se voir|se rencontrer] en vrai[?| juste nous deux|]`,
    ],
    guildHandleAsk: [
      `[envoyez|balancez] vos [pseudos psn|gamertags|ids {gaming}] pour le [scrim|tournoi][ svp|]`,
      `[y a un|c'est quoi le] discord de la guilde[?| pour les horaires|]`,
      `[qqn a|quelqu'un a] le [numero|snap|insta] de {gamehandle}[?| il a quitté la guilde|]`,
      `[file moi|envoie] l'[ip|adresse] du serveur [moddé|minecraft][ stp|]`,
    ],
    whereWithReason: [
      `t'habites où? ton ping est [trop bien|incroyable]`,
      `[ton age et ta ville|t'as quel age et quelle ville]? c'est pour [un classement|les stats par region]`,
      `[on passe|viens] sur {platform}[, ici c'est surveillé|, ici ça rame]`,
    ],
  },
};

export const DE: Families = {
  giving: {
    guildMeetSpot: [
      `[treffen|gildentreffen] {weekday} um {time} am [ausgang|eingang] {small} vom bahnhof {realcity}[, ich halt ein schild hoch|]`,
      `wir treffen uns {weekday} {time} vor dem [spieleladen|comicladen|café] [{lastname}|würfelbude|pixelkeller] in der {street}[, sagt bescheid|]`,
      `[leute|gilde], das [offline treffen|irl treffen] ist {weekday} um {time} im food court vom {lastname} center in {city}, [bringt eure decks mit|danach gehts in die spielhalle], [schreibt im gildenchat wer kommt|meldet euch hier]`,
    ],
    handleOwnGrammar: [
      `mein [insta|snap|tiktok] ist {handle}[ folgt mir| adden|]`,
      `[gamertag|psn name|steam name] [ist|:] {gamehandle}[ adde mich|]`,
      `[unsere zeichnerin|unser cutter] ist auf [x|insta|tiktok] als {handle}[, folgt ihr mal|]`,
      `für die liga brauchen wir einen kapitän pro team, [schickt alles|meldet euch] an {email} oder [per sms|schreibt] an {phone}[ bis {weekday}|]`,
    ],
    giveAskValue: [
      `bin auf {platform} als {handle}[, und du?|, wie heißt du da?]`,
      `ich heiß {fullname} [im echten leben|irl], und wie heißt du wirklich?`,
      `bin [letzten monat|im sommer] nach {realcity} gezogen[, lag ist schlimmer|]`,
      `der code den die mir geschickt haben ist {otp}[, was jetzt|, wo geb ich den ein]?`,
    ],
    doxxFoundWhat: [
      `hab das [facebook|insta] von deinem [vater|bruder] gefunden lol, schick ihm [deine clips|deine nachrichten]`,
      `ich weiß deinen echten namen und deine [schule|straße][, soll ichs posten?|, mach weiter so|]`,
      `hör auf im gildenchat zu lügen, ich weiß wer du bist, hab deinen [vollen namen|echten namen] und deine [schule|stadt] auf deinem alten account gefunden, [noch ein wort|wenn du weitermachst] und ich posts`,
    ],
  },
  asking: {
    irlMeetPropose: [
      `[lass uns|wollen wir uns] [mal |][in echt|irl|persönlich] treffen[?|][ sags nicht deinen eltern|]`,
      `[wie wärs|was wenn wir] ein [gildentreffen|irl treffen] [im sommer|in den ferien] [machen|organisieren][?|]`,
      `[willst du|hast du bock] [dich mal |]in echt [treffen|zu sehen][?| nur wir zwei|]`,
    ],
    guildHandleAsk: [
      `[schickt|postet] eure [psn namen|gamertags|{gaming} namen] fürs [scrim|turnier][ pls|]`,
      `[gibts|haben wir] einen gilden discord[?| für die termine|]`,
      `[hat wer|hat jemand] die [nummer|snap|insta] von {gamehandle}[?| ist offline seit wochen|]`,
      `[schick mir|kann wer] die server [ip|adresse] vom [modded|minecraft] server[ schicken|]`,
    ],
    whereWithReason: [
      `wo wohnst du? dein ping ist [so gut|krank]`,
      `[wie alt und welche stadt|alter und stadt]? mach [eine rangliste|ein ranking nach region]`,
      `[lass|komm] auf {platform} [wechseln|rüber][, hier liest jeder mit|]`,
    ],
  },
};

export const IT: Families = {
  giving: {
    guildMeetSpot: [
      `[raduno|incontro] della gilda {weekday} alle {time} in piazza {lastname}[, davanti alla fontana|, sotto l'orologio|]`,
      `[ci vediamo|troviamoci] all'uscita {small} della metro {realcity}[ alle {time}|][ e poi sala giochi|]`,
      `[raga|gente], il [raduno|torneo dal vivo] è {weekday} alle {time} al negozio di giochi [{lastname} games|il dado rosso|pixel tana] in via {street}, [portate i mazzi|dopo pizza], [scrivete nel gruppo se venite|confermate qui]`,
    ],
    handleOwnGrammar: [
      `il mio [insta|snap|tiktok] è {handle}[ seguitemi| aggiungimi|]`,
      `[gamertag|id psn|steam] [è|:] {gamehandle}[ aggiungimi|]`,
      `[la nostra artista|il nostro editor] è su [x|insta] come {handle}[, seguitela|]`,
      `per il torneo serve un capitano per squadra, mandate tutto a {email} o [scrivete|sms] al {phone}[ entro {weekday}|]`,
    ],
    giveAskValue: [
      `sono su {platform} come {handle}[, e tu?|, il tuo?]`,
      `mi chiamo {fullname} [nella vita vera|irl], e tu come ti chiami davvero?`,
      `[mi sono trasferito|ci siamo trasferiti] a {realcity} [il mese scorso|quest'estate][, il lag è peggio|]`,
      `il codice che mi hanno mandato è {otp}[, e adesso|, dove lo metto]?`,
    ],
    doxxFoundWhat: [
      `ho trovato il [facebook|insta] di tuo [padre|fratello] lol, gli mando [le clip|i tuoi messaggi]`,
      `so il tuo vero nome e la tua [scuola|via][, vuoi che lo scriva in chat?|]`,
      `smettila di mentire nella chat di gilda, so chi sei, ho trovato il tuo [nome completo|vero nome] e la tua [scuola|città] sul tuo vecchio account, [un'altra parola|se continui] e lo posto`,
    ],
  },
  asking: {
    irlMeetPropose: [
      `[vediamoci|ci vediamo] [dal vivo|di persona|per davvero] [un giorno|quest'estate][?|][ non dirlo ai tuoi|]`,
      `[e se organizzassimo|organizziamo] un raduno [irl|dal vivo] della gilda[?|]`,
      `[ti va di|vuoi] [vederci|conoscerci] di persona[?| solo noi due|]`,
    ],
    guildHandleAsk: [
      `[mandate|scrivete] i [nomi psn|gamertag|nick {gaming}] per lo [scrim|torneo][ pls|]`,
      `[c'è un|qual è il] discord della gilda[?|]`,
      `[qualcuno ha|chi ha] il [numero|snap|insta] di {gamehandle}[?| è sparito|]`,
      `[passami|mandami] l'[ip|indirizzo] del server [moddato|minecraft][ pls|]`,
    ],
    whereWithReason: [
      `dove abiti? hai un ping [assurdo|troppo buono]`,
      `[età e città|quanti anni e che città]? faccio [una classifica|le stats] per regione`,
      `[passiamo|andiamo] su {platform}[, qui leggono tutto|, qui lagga]`,
    ],
  },
};

export const NL: Families = {
  giving: {
    guildMeetSpot: [
      `[meetup|guildtreffen] {weekday} om {time} bij uitgang {small} van station {realcity}[, ik hou een bordje vast|]`,
      `we zien elkaar {weekday} {time} voor de [gameshop|stripwinkel|koffiebar] [{lastname}|dobbelhuis|pixelhol] op de {street}[, laat even weten|]`,
      `[mensen|guild], de [irl meetup|offline meet] is {weekday} om {time} bij de foodcourt van winkelcentrum {lastname} in {city}, [neem je decks mee|daarna arcade], [zeg het in de guildchat als je komt|reageer hier]`,
    ],
    handleOwnGrammar: [
      `mijn [insta|snap|tiktok] is {handle}[ volg me| add me|]`,
      `[gamertag|psn naam|steam] [is|:] {gamehandle}[ add me|]`,
      `[onze tekenaar|onze editor] zit op [x|insta] als {handle}[, volg haar|]`,
      `voor de competitie hebben we een captain per team nodig, stuur alles naar {email} of [app|sms] {phone}[ voor {weekday}|]`,
    ],
    giveAskValue: [
      `ik zit op {platform} als {handle}[, jij?|, wat is die van jou?]`,
      `ik ben {fullname} [in het echt|irl], hoe heet jij echt?`,
      `[vorige maand|deze zomer] verhuisd naar {realcity}[, ping is slechter|]`,
      `de code die ze stuurden is {otp}[, wat nu|, waar moet die]?`,
    ],
    doxxFoundWhat: [
      `heb de [facebook|insta] van je [vader|broer] gevonden lol, ik stuur hem [je clips|je berichten]`,
      `ik weet je echte naam en je [school|straat][, zal ik het posten?|]`,
      `stop met liegen in de guildchat, ik weet wie je bent, ik vond je [volledige naam|echte naam] en je [school|woonplaats] op je oude account, [nog een woord|ga zo door] en ik post het`,
    ],
  },
  asking: {
    irlMeetPropose: [
      `[zullen we|laten we] [een keer |]in het echt afspreken[?|][ zeg niks tegen je ouders|]`,
      `[wat als we|zullen we] een [irl meetup|guildtreffen] [organiseren|plannen] [deze zomer|in de vakantie][?|]`,
      `[wil je|zin om] [elkaar |]in het echt [ontmoeten|te zien][?| alleen wij twee|]`,
    ],
    guildHandleAsk: [
      `[stuur|post] jullie [psn namen|gamertags|{gaming} namen] voor de [scrim|toernooi][ pls|]`,
      `[is er|hebben we] een guild discord[?|]`,
      `[heeft iemand|wie heeft] het [nummer|snap|insta] van {gamehandle}[?| hij is al weken weg|]`,
      `[stuur me|kan iemand] het server [ip|adres] van de [modded|minecraft] server[ sturen|]`,
    ],
    whereWithReason: [
      `waar woon je? je ping is [zo goed|bizar]`,
      `[leeftijd en stad|hoe oud en welke stad]? ik maak [een ranglijst|stats per regio]`,
      `[zullen we|kom] naar {platform}[, hier leest iedereen mee|]`,
    ],
  },
};

export const PL: Families = {
  giving: {
    guildMeetSpot: [
      `[zlot|spotkanie] gildii {weekday} o {time} przy wyjściu {small} ze stacji {realcity}[, będę z kartką|]`,
      `widzimy się {weekday} {time} przed [sklepem z grami|kawiarnią|salonem gier] [{lastname}|kostka|pixel nora] na ulicy {street}[, dajcie znać|]`,
      `[ludzie|gildia], [spotkanie irl|zlot] jest w {weekday} o {time} w food courcie galerii {lastname} w {city}, [bierzcie talie|potem salon gier], [piszcie na czacie gildii kto idzie|dajcie znać tutaj]`,
    ],
    handleOwnGrammar: [
      `mój [insta|snap|tiktok] to {handle}[ obserwujcie| dodaj mnie|]`,
      `[gamertag|nick na psn|steam] [to|:] {gamehandle}[ dodaj mnie|]`,
      `[nasza artystka|nasz montażysta] jest na [x|insta] jako {handle}[, obserwujcie ją|]`,
      `na turniej potrzebny kapitan z każdej drużyny, wysyłajcie wszystko na {email} albo [sms|piszcie] na {phone}[ do {weekday}|]`,
    ],
    giveAskValue: [
      `jestem na {platform} jako {handle}[, a ty?|, jaki masz?]`,
      `nazywam się {fullname} [w realu|irl], a ty jak się naprawdę nazywasz?`,
      `[w zeszłym miesiącu|latem] przeprowadziłem się do {realcity}[, ping jest gorszy|]`,
      `kod który mi wysłali to {otp}[, co teraz|, gdzie to wpisać]?`,
    ],
    doxxFoundWhat: [
      `znalazłem [fejsa|insta] twojego [ojca|brata] xd, wyślę mu [twoje klipy|twoje wiadomości]`,
      `znam twoje prawdziwe imię i twoją [szkołę|ulicę][, mam to wrzucić?|]`,
      `przestań kłamać na czacie gildii, wiem kim jesteś, znalazłem twoje [imię i nazwisko|prawdziwe imię] i [szkołę|miasto] na starym koncie, [jeszcze słowo|jak nie przestaniesz] i to wrzucę`,
    ],
  },
  asking: {
    irlMeetPropose: [
      `[spotkajmy się|może się spotkamy] [na żywo|w realu|naprawdę] [kiedyś|w wakacje][?|][ nie mów rodzicom|]`,
      `[a może|zróbmy] [zlot|spotkanie irl] gildii [w lato|w wakacje][?|]`,
      `[chcesz|masz ochotę] się spotkać w realu[?| tylko my dwoje|]`,
    ],
    guildHandleAsk: [
      `[dawajcie|wyślijcie] [nicki z psn|gamertagi|nicki {gaming}] na [scrima|turniej][ pls|]`,
      `[jest|mamy] discord gildii[?|]`,
      `[ma ktoś|kto ma] [numer|snapa|insta] {gamehandle}[?| zniknął|]`,
      `[podeślij|wyślij] [ip|adres] serwera [modowanego|minecraft][ pls|]`,
    ],
    whereWithReason: [
      `gdzie mieszkasz? masz [mega|kosmiczny] ping`,
      `[ile lat i jakie miasto|wiek i miasto]? robię [ranking|statystyki] po regionach`,
      `[przejdźmy|chodź] na {platform}[, tu wszyscy czytają|]`,
    ],
  },
};

export const TR: Families = {
  giving: {
    guildMeetSpot: [
      `[bulusma|toplanma] yeri {lastname} iskelesi [onu|yani], {weekday} {time}[, gec kalmayin|, vapurdan inince yazin|]`,
      `[bulusalim|gorusuruz] {weekday} {time} {realcity} meydaninda [saat kulesinin altinda|heykelin orada][ sonra kafeye gecelim|]`,
      `{lastname} avm [yemek katinda|food courtta] {weekday} {time}[ turnuvayi izleriz|]`,
      `[millet|ekip] duyuru: {weekday} {time} gibi {street} uzerindeki [{lastname} oyun|zar evi|piksel] kafede toplaniyoruz, [desteleri unutmayin|yemek de yeriz], [katilan grupta haber versin|gelmek isteyen buraya yazsin]`,
    ],
    handleOwnGrammar: [
      `[instam|insta hesabim] {handle}[ takibe gelin| bi bakin| takip|]`,
      `[snapim|tiktokum|discordum] {handle}[ ekle| ekleyin|]`,
      `[xbox gt|psn|steam] adim {gamehandle}[ ekle|]`,
      `[cizerimiz|editorumuz] [x|insta] de {handle} olarak var[, takip edin|]`,
      `turnuva icin her takim bir kaptan yazsin, [her seyi|isimleri] {email} adresine atin ya da {phone} numarasina [mesaj atin|yazin][ {weekday} gunune kadar|]`,
    ],
    giveAskValue: [
      `{platform} da {handle} olarak varim[, seninki ne?|, sen?]`,
      `gercek adim {fullname}, [seninki ne|senin gercek adin ne]?`,
      `[gecen ay|bu yaz] {realcity} ya tasindim[, ping cok kotu|]`,
      `gelen kod {otp}[, simdi ne yapiyorum|, nereye yaziyorum]?`,
    ],
    doxxFoundWhat: [
      `babanin [facebookunu|instasini] buldum, [kliplerini|mesajlarini] ona atiyorum`,
      `gercek adini ve [okulunu|sokagini] biliyorum[, paylasayim mi?|]`,
      `lonca sohbetinde yalan soylemeyi birak, kim oldugunu biliyorum, eski hesabindan [tam adini|gercek adini] ve [okulunu|mahalleni] buldum, [bir kelime daha|devam edersen] herkese atarim`,
    ],
  },
  asking: {
    irlMeetPropose: [
      `[gercekte|yuz yuze] [bulusalim mi|gorusek mi][ bi gun| bu yaz|][?|][ ailene soyleme|]`,
      `lonca olarak [bi bulusma|irl bulusma] [ayarlayalim mi|yapalim mi][?|]`,
      `[benimle|bi gun] gercekte bulusmak ister misin[?| sadece ikimiz|]`,
    ],
    guildHandleAsk: [
      `scrim icin [psn adlarinizi|gamertaglerinizi|{gaming} adlarinizi] [atin|yazin][ lutfen|]`,
      `loncanin discordu var mi[?|]`,
      `{gamehandle} in [numarasi|snapi|instasi] [kimde var|olan var mi][?|]`,
      `modlu serverin [ip sini|adresini] [atar misin|atin][ lutfen|]`,
    ],
    whereWithReason: [
      `nerede yasiyorsun? pingin [cok iyi|efsane]`,
      `[kac yasindasin ve hangi sehir|yas ve sehir]? [siralama|bolge tablosu] yapiyorum`,
      `{platform} a gecelim[, burasi izleniyor|]`,
    ],
  },
};

export const ID: Families = {
  giving: {
    guildMeetSpot: [
      `kopdar [anak guild|clan] [hari |]{weekday} [jam|pukul] {time}[,|] [kumpul di|ngumpul di] [foodcourt|lantai {small}] [mall|plaza] {lastname}[ ya| yuk|]`,
      `[ketemuan|kumpul] di pintu keluar {small} stasiun {realcity} jam {time}[ terus ke warnet|]`,
      `[guys|gaes] kopdar {weekday} jam {time} di [kafe|toko game] [{lastname}|dadu merah|piksel] jalan {street}, [bawa deck|abis itu makan bareng], [yang ikut tulis di grup|konfirmasi di sini]`,
    ],
    handleOwnGrammar: [
      `ig aku {handle}[ follow ya| folbek|]`,
      `[id|gt] [xbox|psn|steam] aku {gamehandle}[ add ya|]`,
      `[artis|editor] kita ada di [x|ig] namanya {handle}[, follow ya|]`,
      `buat turnamen tiap tim kirim kapten, kirim [semua|nama] ke {email} atau [wa|sms] ke {phone}[ sebelum {weekday}|]`,
    ],
    giveAskValue: [
      `aku di {platform} namanya {handle}[, kamu apa?|, punyamu?]`,
      `nama asli aku {fullname}, [kamu siapa|nama asli kamu apa]?`,
      `[bulan lalu|baru] pindah ke {realcity}[, ping jelek banget|]`,
      `kode yang dikirim {otp}[, terus gimana|, masukin kemana]?`,
    ],
    doxxFoundWhat: [
      `[aku nemu|nemu] [fb|ig] bapak kamu wkwk, [klip|chat] kamu aku kirim ke dia`,
      `aku tau nama asli sama [sekolah|alamat] kamu[, mau aku sebar?|]`,
      `berhenti bohong di chat guild, aku tau kamu siapa, aku nemu [nama lengkap|nama asli] sama [sekolah|kota] kamu dari akun lama, [sekali lagi|kalau lanjut] aku sebar`,
    ],
  },
  asking: {
    irlMeetPropose: [
      `[kopdar|ketemuan] [yuk|kuy][ kapan kapan|][?|][ jangan bilang ortu|]`,
      `gimana kalo [guild|kita] bikin kopdar [liburan nanti|bulan depan][?|]`,
      `mau ketemu [beneran|langsung] gak[?| berdua aja|]`,
    ],
    guildHandleAsk: [
      `[kirim|share] [id psn|gt|nama {gaming}] kalian buat [scrim|turnamen][ dong|]`,
      `[ada|guild ada] discord gak[?|]`,
      `[ada yang punya|siapa punya] [nomor|wa|ig] {gamehandle}[?| dia ilang|]`,
      `[minta|kirim] [ip|alamat] server [modded|mc] dong`,
    ],
    whereWithReason: [
      `kamu tinggal dimana? ping kamu [bagus banget|gila]`,
      `[umur sama kota|umur berapa kota mana]? buat [leaderboard|data region]`,
      `pindah ke {platform} [yuk|aja][, disini dipantau|]`,
    ],
  },
};

export const TL: Families = {
  giving: {
    guildMeetSpot: [
      `eb ng guild sa {weekday} [ng|mga] {time} sa food court ng {lastname} mall[, wag ma-late|]`,
      `kita tayo sa exit {small} ng {realcity} station [ng|mga] {time}[ tapos computer shop|]`,
      `[guys|mga tol] ang [eb|meetup] ay {weekday} [ng|mga] {time} sa harap ng [{lastname} games|dice house|pixel cafe] sa {street}, [dala kayo ng deck|kain tayo pagkatapos], [sabihin sa gc kung sasama|reply dito]`,
    ],
    handleOwnGrammar: [
      `ig ko {handle}[ follow niyo| pa-follow|]`,
      `[gt ko sa xbox|psn ko|steam ko] {gamehandle}[ add mo ako|]`,
      `[artist|editor] namin nasa [x|ig] as {handle}[, follow niyo siya|]`,
      `para sa tourney isang captain bawat team, send niyo lahat sa {email} o text sa {phone}[ bago {weekday}|]`,
    ],
    giveAskValue: [
      `nasa {platform} ako as {handle}[, ikaw?|, sayo ano?]`,
      `{fullname} pangalan ko irl, ikaw ano tunay mong pangalan?`,
      `lumipat ako sa {realcity} [last month|nung isang buwan][, pangit ping|]`,
      `yung code na pinadala {otp}[, ano na|, saan ko ilalagay]?`,
    ],
    doxxFoundWhat: [
      `nahanap ko fb ng [tatay|kuya] mo haha, sesend ko sa kanya [clips|chats] mo`,
      `alam ko tunay mong pangalan at [school|street] mo[, gusto mo ipost ko?|]`,
      `tigilan mo pagsisinungaling sa guild chat, alam ko kung sino ka, nakita ko [buong pangalan|tunay na pangalan] mo at [school|city] mo sa luma mong account, [isa pa|pag tinuloy mo] ipopost ko`,
    ],
  },
  asking: {
    irlMeetPropose: [
      `[meet tayo|kita tayo] [irl|in person|sa totoong buhay][ minsan| ngayong summer|][?|][ wag mo sabihin sa parents mo|]`,
      `[eb tayo|mag-eb tayo] [guild|lahat] [ngayong bakasyon|next month][?|]`,
      `gusto mo mag-meet [tayo |]irl[?| tayong dalawa lang|]`,
    ],
    guildHandleAsk: [
      `[send|drop] niyo [psn names|gt|{gaming} ids] para sa [scrim|tourney]`,
      `may discord ba guild natin[?|]`,
      `[sino may|may] [number|ig|snap] ni {gamehandle}[?| nawala siya|]`,
      `pa-send ng [ip|address] ng [modded|mc] server`,
    ],
    whereWithReason: [
      `taga saan ka? ang ganda ng ping mo`,
      `ilang taon ka at anong city? para sa leaderboard`,
      `lipat tayo sa {platform}[, binabantayan dito|]`,
    ],
  },
};

export const HI: Families = {
  giving: {
    guildMeetSpot: [
      `guild meetup {weekday} {time} baje {realcity} metro gate {small} pe[, late mat hona|]`,
      `{lastname} mall ke food court me milte hai {weekday} {time}[ tourney dekhenge|]`,
      `[bhai log|guys] meetup {weekday} {time} baje {street} wali [{lastname} game shop|pixel cafe|dice adda] ke bahar, [deck leke aana|baad me khana], [aane wale guild chat me likho|yahan confirm karo]`,
    ],
    handleOwnGrammar: [
      `mera insta {handle} hai[ follow karo|]`,
      `[xbox gt|psn id|steam] mera {gamehandle} hai[ add kar|]`,
      `hamari [artist|editor] [x|insta] pe {handle} naam se hai[, follow karo|]`,
      `tourney ke liye har team ka captain chahiye, sab kuch {email} pe bhejo ya {phone} pe [msg|whatsapp] karo[ {weekday} tak|]`,
    ],
    giveAskValue: [
      `main {platform} pe {handle} hu[, tera kya hai?|, tu?]`,
      `asli naam {fullname} hai mera, tera real naam kya hai?`,
      `[pichle mahine|abhi] {realcity} shift hua[, ping kharab hai|]`,
      `jo code aaya wo {otp} hai[, ab kya karu|, kaha daalu]?`,
    ],
    doxxFoundWhat: [
      `tere papa ka [fb|insta] mil gaya, tere [clips|messages] bhejta hu`,
      `tera asli naam aur [school|mohalla] pata hai[, post kar du kya?|]`,
      `guild chat me jhooth bolna band kar, mujhe pata hai tu kaun hai, tere purane account se [pura naam|asli naam] aur [school|sheher] mil gaya, [ek aur baar|aise hi chala] to post kar dunga`,
    ],
  },
  asking: {
    irlMeetPropose: [
      `[ek din|kabhi] [asli me|bahar|offline] [milna chahiye|milo na|mil lete hai][?| yaar|][ ghar pe mat batana|]`,
      `guild ka [meetup|irl meet] plan kare [is summer|chhuttiyo me][?|]`,
      `mujhse [milna hai|mil sakte ho] [real me|bahar][?| sirf hum dono|]`,
    ],
    guildHandleAsk: [
      `scrim ke liye [psn names|gt|{gaming} ids] bhejo`,
      `guild ka discord hai kya[?|]`,
      `kisi ke paas {gamehandle} ka [number|insta|snap] hai[?|]`,
      `modded server ka [ip|address] bhej do`,
    ],
    whereWithReason: [
      `kaha rehte ho? ping mast hai tera`,
      `[age aur city|kitne saal aur kaunsa sheher] batao, leaderboard bana raha hu`,
      `{platform} pe chalte hai[, yaha mods padhte hai|]`,
    ],
  },
};

export const RU: Families = {
  giving: {
    guildMeetSpot: [
      `сходка гильдии в {weekday} в {time} у выхода {small} метро {realcity}[, не опаздывайте|]`,
      `встречаемся в {weekday} {time} у [магазина настолок|кафе|клуба] [{lastname}|кубик|пиксель] на {street}[, пишите кто идёт|]`,
      `народ, [сходка|встреча] в {weekday} в {time} на фудкорте тц {lastname}, [берите колоды|потом в компьютерный клуб], [кто идёт пишите в чат гильдии|отметьтесь тут]`,
      `skhodka v {weekday} v {time} u vykhoda {small} metro {realcity}`,
    ],
    handleOwnGrammar: [
      `мой [инст|тг|вк] {handle}[ подписывайтесь| добавь|]`,
      `[гт в xbox|псн|стим] {gamehandle}[ добавляй|]`,
      `наша [художница|монтажёрка] в [x|инсте] как {handle}[, подпишитесь|]`,
      `на турнир нужен капитан от команды, всё шлите на {email} или пишите на {phone}[ до {weekday}|]`,
      `moy [tg|insta] {handle}[ dobavlyay|]`,
    ],
    giveAskValue: [
      `я в {platform} как {handle}[, а ты?|, твой какой?]`,
      `меня зовут {fullname} [в реале|по жизни], а тебя как на самом деле?`,
      `[в прошлом месяце|летом] переехал в {realcity}[, пинг хуже|]`,
      `код который прислали {otp}[, что дальше|, куда вводить]?`,
    ],
    doxxFoundWhat: [
      `нашёл твою страницу вк[, там и имя и фамилия|, и школу тоже|]`,
      `нашёл [вк|инсту] твоего [отца|брата], скину ему [твои клипы|твои сообщения]`,
      `ещё раз нагрубишь в гильдии и я выложу твоё [полное имя|настоящее имя] и [школу|город], нашёл их на твоём старом акке`,
      `ya nashel tvoyu stranicu vk i [shkolu|imya][, vse uznayut|]`,
    ],
  },
  asking: {
    irlMeetPropose: [
      `давай [встретимся|увидимся] [в реале|вживую][ как-нибудь| летом|][?|][ родителям не говори|]`,
      `может устроим [сходку|встречу] гильдии [летом|на каникулах][?|]`,
      `davai [vstretimsya|uvidimsya] v reale[?|]`,
    ],
    guildHandleAsk: [
      `киньте [ники в псн|геймтеги|ники {gaming}] для [скрима|турнира]`,
      `у гильдии есть дискорд[?|]`,
      `у кого есть [номер|тг|вк] {gamehandle}[?| он пропал|]`,
      `скиньте [айпи|адрес] модового сервера`,
    ],
    whereWithReason: [
      `где ты живёшь? пинг у тебя [огонь|супер]`,
      `[сколько лет и какой город|возраст и город]? делаю [рейтинг|таблицу] по регионам`,
      `давай в {platform} перейдём[, тут всё читают|]`,
      `davai v [tg|telegu|vk] [pogovorim|luchshe|spishemsya][, zdes vsyo chitayut|]`,
    ],
  },
};

export const JA: Families = {
  giving: {
    guildMeetSpot: [
      `[土曜|日曜|{weekday}]の[13|15|16|18]時に{realcity}の[{lastname}前|駅前広場|時計台前]で[集合|待ち合わせ|待ってる][ね|！|]`,
      `[オフ会|ギルドの集まり]は[{lastname}|{realcity}]駅の[東口|西口|{small}番出口]に[13|15|17]時集合[です|！|]`,
      `{lastname}モールのフードコートで[土曜|{weekday}][14|16]時に[集合|待ってる][ね|]`,
      `[みんな|ギルドの皆さん]、オフ会は[土曜|{weekday}]の[14|15]時から[{lastname}ゲームズ|カードショップ{lastname}|ゲーセン{lastname}]の前で集合です、[デッキ持ってきてね|そのあとご飯行こう]、参加する人はギルドチャットに書いてください`,
    ],
    handleOwnGrammar: [
      `インスタは{handle}です[、フォローしてね|]`,
      `[ディスコのID|ライン|LINE]は{handle}[だよ|です][、追加して|]`,
      `[xboxのgt|psnのID|steam]は{gamehandle}[です|だよ]`,
      `うちの[絵師|編集担当]は[X|インスタ]で{handle}[です|だよ][、フォローしてあげて|]`,
      `[参加希望|エントリー]の人は{email}まで[送ってね|連絡ください]、急ぎなら{phone}に[ショートメール|電話]で[、締切は{weekday}|]`,
    ],
    giveAskValue: [
      `{platform}で{handle}ってやってる[、そっちは？|、教えて]`,
      `本名は{fullname}だよ、あなたの本名は？`,
      `先月{realcity}に引っ越した[、ラグがひどい|]`,
      `送られてきたコードは{otp}[、次どうすればいい？|、どこに入れるの？]`,
    ],
    doxxFoundWhat: [
      `お前の[本名|学校]わかったから[、晒してほしい？|、覚悟しとけ]`,
      `お前のお父さんの[フェイスブック|インスタ]見つけた[ｗ|]、[クリップ|チャット]送っとくね`,
      `ギルドチャットで嘘つくのやめろ、お前が誰か知ってる、昔のアカウントから[本名|フルネーム]と[学校|住んでる町]見つけた、[次言ったら|続けるなら]全部晒す`,
    ],
  },
  asking: {
    irlMeetPropose: [
      `オフ会[やろうよ|どう？|やらない？][ 一回みんなの顔見てみたい| 実際に会いたいな|]`,
      `[今度|夏休みに]リアルで会[わない|おう]？[親には内緒で|]`,
      `[二人で|一回]会ってみない？[どこでもいいよ|]`,
    ],
    guildHandleAsk: [
      `スクリム用に[psnのID|gt|{gaming}の名前]教えて`,
      `ギルドのディスコある？`,
      `{gamehandle}の[電話番号|ライン|インスタ]知ってる人いる？`,
      `modサーバーの[IP|アドレス]送って`,
    ],
    whereWithReason: [
      `どこ住み？ping[すごくいい|良すぎ]じゃん`,
      `年齢と[住んでる県|都道府県]教えて、ランキング作ってる`,
      `[ライン|ディスコ|{platform}]に移動しない？ここ見られてるし`,
    ],
  },
};

export const AR: Families = {
  giving: {
    guildMeetSpot: [
      `تجمع الكلان يوم {weekday} الساعة {time} عند [مخرج|بوابة] {small} في محطة {realcity}[، لا تتأخروا|]`,
      `نتقابل {weekday} {time} في [الفود كورت|ساحة المطاعم] في مول {lastname}[ ونشوف البطولة|]`,
      `يا شباب اللقاء {weekday} الساعة {time} قدام [محل الألعاب|الكافيه] [{lastname}|بيكسل|النرد] في شارع {street}، [جيبوا الأجهزة|بعدها ناكل]، اللي جاي يكتب بالقروب`,
      `nt2abal {weekday} sa3a {time} 3nd mall {lastname}`,
    ],
    handleOwnGrammar: [
      `انستي {handle}[ تابعوني|]`,
      `سنابي: {handle}[ ضيفوني|]`,
      `[xbox gt|psn|steam] حقي {gamehandle}[ ضيفني|]`,
      `[الرسامة|المونتير] حقنا في [x|انستا] باسم {handle}[، تابعوها|]`,
      `للبطولة نحتاج كابتن لكل فريق، ارسلوا كل شي على {email} أو واتساب {phone}[ قبل {weekday}|]`,
    ],
    giveAskValue: [
      `أنا في {platform} باسم {handle}[، وانت؟|، حسابك ايش؟]`,
      `اسمي الحقيقي {fullname}، وانت ايش اسمك الحقيقي؟`,
      `انتقلت [الشهر اللي فات|قريب] ل{realcity}[، البنق صار سيء|]`,
      `الكود اللي وصلني {otp}[، وش أسوي الحين|، وين أحطه]؟`,
    ],
    doxxFoundWhat: [
      `لقيت [فيسبوك|انستا] أبوك، بأرسل له [مقاطعك|رسايلك]`,
      `أعرف اسمك الحقيقي و[مدرستك|حيك][، تبيني أنشره؟|]`,
      `وقف كذب في شات الكلان، أعرف مين انت، لقيت [اسمك الكامل|اسمك الحقيقي] و[مدرستك|مدينتك] في حسابك القديم، [كلمة زيادة|إذا كملت] وبنشره`,
      `la2ayt [facebook|insta] abouk, ra7 eb3atlo el clips`,
    ],
  },
  asking: {
    irlMeetPropose: [
      `خلنا نتقابل [في الواقع|على الحقيقة][ يوم| بالصيف|][؟|][ لا تقول لأهلك|]`,
      `[وش رايكم|ايش رأيكم] نسوي لقاء [للكلان|حقيقي] [بالعطلة|بالصيف][؟|]`,
      `yalla net2abal [bel wa2e3|3al 7a2i2a][?|]`,
    ],
    guildHandleAsk: [
      `ارسلوا [يوزرات psn|gt|أسماء {gaming}] للسكرم`,
      `فيه ديسكورد للكلان؟`,
      `أحد عنده [رقم|سناب|انستا] {gamehandle}؟`,
      `ارسل [اي بي|عنوان] السيرفر المعدل`,
    ],
    whereWithReason: [
      `وين ساكن؟ البنق عندك [ممتاز|خرافي]`,
      `كم عمرك وأي مدينة؟ أسوي [ترتيب|جدول] حسب المنطقة`,
      `خلنا نكمل في {platform}[، هنا المشرفين يقرون كل شي|]`,
    ],
  },
};

export const KO: Families = {
  giving: {
    guildMeetSpot: [
      `[토요일|{weekday}] [2시|5시|저녁 6시]에 {realcity}역 {small}번 출구에서 봐요[!|]`,
      `[길드 정모|정모]는 [토요일|{weekday}] [2시|4시]에 {lastname}몰 푸드코트에서 해요[, 늦지 마세요|]`,
      `[여러분|길드원 여러분] 정모 공지! [토요일|{weekday}] 오후 [3시|4시]에 {street} [{lastname} 보드게임카페|{lastname} 카드샵|픽셀 피시방] 앞에서 모여서 [같이 밥 먹고 피시방 가요|대회 보러 가요], 참석하실 분 댓글 달아주세요`,
    ],
    handleOwnGrammar: [
      `제 인스타는 {handle} 예요[ 맞팔해요| 놀러오세요|]`,
      `디코 아이디 {handle} 이에요[, 친추 주세요|]`,
      `[엑박 gt|psn 아이디|스팀]는 {gamehandle} 입니다`,
      `우리 [그림 담당|편집자]는 [x|인스타]에서 {handle} 이에요[, 팔로우 해주세요|]`,
      `대회 신청은 팀장인 저한테 {email} 로 보내주시거나 {phone} 로 문자 주세요[, {weekday}까지요|]`,
    ],
    giveAskValue: [
      `저 {platform} {handle} 이에요[, 님은요?|, 님 것도 알려줘요]`,
      `제 본명은 {fullname} 이에요, 님 실명은 뭐예요?`,
      `지난달에 {realcity}로 이사왔어요[, 핑이 너무 안좋아요|]`,
      `문자로 온 코드가 {otp} 인데[ 이제 뭐 해요|, 어디에 넣어요]?`,
    ],
    doxxFoundWhat: [
      `너 [실명|학교] 다 알아냈어[, 올려줄까?|]`,
      `너네 아빠 [페북|인스타] 찾았다 ㅋㅋ [클립|채팅] 보내줄게`,
      `길드 채팅에서 거짓말 그만해, 너 누군지 알아, 옛날 계정에서 [본명|이름]이랑 [학교|사는 동네] 찾았어, [한 번만 더 하면|계속하면] 다 올린다`,
    ],
  },
  asking: {
    irlMeetPropose: [
      `우리 [실제로|현실에서] 한번 만나요[?|][ 부모님한텐 비밀로|]`,
      `길드 [정모|오프 모임] 한번 [할까요|해요][?|]`,
      `[둘이서|우리] 만나볼래[?|]`,
    ],
    guildHandleAsk: [
      `스크림용 [psn 아이디|gt|{gaming} 닉] 알려주세요`,
      `길드 디코 있어요?`,
      `{gamehandle} [번호|카톡|인스타] 아는 사람?`,
      `모드 서버 [ip|주소] 보내주세요`,
    ],
    whereWithReason: [
      `어디 살아요? 핑 [엄청 좋네요|미쳤다]`,
      `나이랑 사는 [지역|도시] 알려줘요, 랭킹 만들고 있어요`,
      `[카톡|{platform}]으로 넘어갈래? 여기 다 보여`,
    ],
  },
};

export const VI: Families = {
  giving: {
    guildMeetSpot: [
      `off guild [thu bay|chu nhat|{weekday}] luc {time} o food court [vincom|aeon|tttm] {lastname}[ nha|]`,
      `gap nhau o cong {small} ga {realcity} luc {time}[ roi di net|]`,
      `[ae|moi nguoi] oi off [thu bay|{weekday}] luc {time} truoc [quan game|quan cafe|tiem bai] [{lastname}|pixel|xuc xac] duong {street}, [mang deck theo|xong di an], ai di thi bao trong group guild`,
    ],
    handleOwnGrammar: [
      `[ig|insta] cua minh la {handle}[ follow nha|]`,
      `zalo [minh|t] {phone}[ ket ban nha|]`,
      `[gt xbox|psn|steam] cua t la {gamehandle}`,
      `[hoa si|editor] cua team o [x|insta] ten {handle}[, follow ban ay nha|]`,
      `[server mc|sv minecraft] cua team la {server}[, vao choi di|]`,
    ],
    giveAskValue: [
      `t o {platform} ten {handle}[, con m?|, cua ban la gi?]`,
      `ten that cua minh la {fullname}, ten that cua ban la gi?`,
      `thang truoc t chuyen len {realcity}[, ping te qua|]`,
      `ma ho gui la {otp}[, gio lam gi|, nhap o dau]?`,
    ],
    doxxFoundWhat: [
      `t tim ra fb bo m roi, gui [clip|tin nhan] cua m cho ong ay`,
      `t biet ten that va [truong|nha] cua m roi[, muon t dang len khong?|]`,
      `thoi noi doi trong chat guild di, t biet m la ai, t tim duoc [ho ten|ten that] va [truong|thanh pho] cua m tu acc cu, [them cau nua|con tiep] la t dang len`,
    ],
  },
  asking: {
    irlMeetPropose: [
      `[hom nao|bua nao] gap nhau ngoai doi [di|khong][?|][ dung noi bo me|]`,
      `guild minh to chuc off [he nay|dip nghi] [khong|di][?|]`,
      `muon gap t ngoai doi khong[?| hai dua thoi|]`,
    ],
    guildHandleAsk: [
      `gui [id psn|gt|ten {gaming}] de scrim nha`,
      `guild co discord khong[?|]`,
      `ai co [sdt|zalo|fb] cua {gamehandle} khong[?|]`,
      `gui [ip|dia chi] server mod [di|voi]`,
    ],
    whereWithReason: [
      `[ban o tinh nao|may o dau|nha ban o dau] [the|z|vay], sao ping ngon the`,
      `bao nhieu tuoi va o [tinh|thanh pho] nao? lam bang xep hang`,
      `qua {platform} noi chuyen di[, o day bi doc|]`,
    ],
  },
};

/** Relative draw weight of each intent above (absent: 1). */
export const WEIGHTS: Readonly<Record<string, number>> = {
  // giving: 4.8 in all
  guildMeetSpot: 1.3,
  handleOwnGrammar: 1.3,
  giveAskValue: 1,
  doxxFoundWhat: 1.2,
  // asking: 3.9 in all
  irlMeetPropose: 1.2,
  guildHandleAsk: 1.5,
  whereWithReason: 1.2,
};
