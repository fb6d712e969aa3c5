/**
 * Data dropped in passing and its harmless look-alikes (issue 13, round 3): what the model of round 2 still missed on the development sets
 * (the families only: none of their messages, phrasings, names or numbers are here). On the PII
 * side: a street address, a number or a school dropped in passing with a reason around it, someone
 * else's number or address handed over, a one-time code read out, a voice-server IP, a doxxing
 * threat that names the data it will leak (the policy labels it `giving`), towns in the short
 * colloquial forms of each language, and short asks for a photo or a handle. On the `none` side:
 * scores as long as phone numbers in every language, group rules and safety reminders that name
 * the data not to share, short invitations to play, joke threats and places inside a map in every
 * language, and role-play numbers.
 */
import type { Families } from './families.js';

export const EN: Families = {
  giving: {
    addressPassing: [
      `[im|i'm|we're|i live] [at|on] {address}[,|] [come by|swing by|pick it up] [whenever|after school|later|tonight][ lol|]`,
      `[mail|ship|send] the [cards|headset|merch|prize] to {address}[ pls| by friday| thx|]`,
      `[my|our] [place|house|apartment] is {address}[, the one with the red door|, ring twice|, knock loud|]`,
      `[party|sleepover|lan party] at mine[,|:] {address}[ saturday| at 7| friday night|]`,
    ],
    phonePassing: [
      `[text|call|msg|ring] me [at|on] {phone} [when ur free|if u get lost|when ur outside|after practice|later]`,
      `[hmu|hit me up|buzz me] on {phone} [for the carpool|about saturday|when ur ready]`,
      `[my|] [new |][number|cell|phone] [is|:] {phone}[, save it| save it pls| dont lose it]`,
      `{phone} [is mine|thats me|text that][ btw| lol|]`,
    ],
    thirdPartyGive: [
      `my [cousin|sister|best friend] said i could [share|pass on] her [cell|number][:|,] {phone}`,
      `[my|our] [buddy|friend|coach]'s [place|house] is {address}[, everyone's going saturday|, bbq at 4|]`,
      `[his|her] [number|cell] is {phone}[, dont say i gave it| go ask him| text her|]`,
      `[she|he] goes to {school}[ btw| if u wanna find her| lol|]`,
    ],
    otpReadOut: [
      `[the|my] [verification|login|security] code [just came|came in|arrived][,|:] {otp}[ quick| use it now|]`,
      `[ok|k|fine] [i got|got] the [text|sms|email][,| ] [it says|code is|its] {otp}`,
      `{otp} [is the code|thats the code|was in the sms][, go|, log in now|]`,
      `[user|login] {handle} [and|,] [pw|pass] {password}[, play my acc for me| do the daily for me| level it up|]`,
    ],
    voiceServer: [
      `[voice|ts3|mumble] [ip|addr][:| is] {ip}[, pw is the clan tag|, bring a mic|]`,
      `[connect|dial in] to {ip} [for voice|on mumble][ tonight| at 8|]`,
    ],
    doxxNamed: [
      `[if u|u] [report me|keep lying|block me] [ill|im gonna] [post|leak] [ur|your] [address|full name|phone number] [on reddit|for everyone|in the forums]`,
      `[got|have] [ur|your] [address|full name|school] [saved|in my notes|screenshotted][, think about that|, careful now]`,
      `[im gonna|ill] [leak|post|share] [ur|your] [address|real name|phone number|school] [if u dont|unless u] [pay up|give it back|say sorry]`,
    ],
    schoolPassing: [
      `{school} [has|got] [a half day|exams|a snow day] [tmrw|friday] so im [free|on all day]`,
      `[pick me up from|meet me outside] {school}[ at 3| tmrw|]`,
    ],
  },
  asking: {
    photoShort: [
      `[send|drop|show] [a|ur|one] [selfie|pic|face pic][ first| pls| real quick|]`,
      `[pic|selfie] or [ur fake|didnt happen|ur a bot][ lol|]`,
    ],
  },
  none: {
    scoreBig: [
      `[just got|finally hit|ended with|scored] {bigscore} [points|pts|xp|dmg][ lol| 😭| lets go|]`,
      `[my|the] [high score|top score|record|best run] [is|was] {bigscore}[ on hard| in survival| and i cant beat it|]`,
      `[we|the team] [did|dealt] {bigscore} [damage|dmg] [that raid|on the boss|in one round]`,
    ],
    rulesPost: [
      `[mods here|this server|the admins] will [ban|mute|kick] anyone who [posts|asks for] [an address|a phone number|someones real name|someones school][, no warnings|]`,
      `[keep|leave] [ur|your] [address|number|school|last name|password] out of [this chat|the server|public channels][ pls|, its for ur own good|]`,
      `[if|when] [someone|anyone] [asks for|wants] [ur|your] [number|address|password|real name] [just |][block|report|ignore] them[, its not worth it|]`,
    ],
    playInvite: [
      `[anyone|u] [free|around] [for|to run] [a few games|ranked|some dungeons] [tonight|rn][?|]`,
      `[lets|wanna] switch to [another game|a different mode|customs][, im tired of this one|?]`,
      `[one more|last] [game|round|match][?| then bed| pls]`,
    ],
    jokeThreat: [
      `[spotted|scouted] [ur|your] [base|stash|hideout], [raiding it|coming for it] [tonight|at reset][ 😈| lol|]`,
      `[im gonna|ill] [destroy|end|delete] [u|you] [next round|in the rematch|in 1v1][ 😂| lol|]`,
    ],
    mapPlace: [
      `[meet|wait] [me |][at|by|behind] the [fountain|church|castle|gas station|hospital|school] [on|in] the [map|new map|north map][ at the start|]`,
      `[second|third|top] floor of the [hospital|hotel|mall|school] [map|level][,|] room {room}[ has the loot| go there|]`,
    ],
    rpNumber: [`[in the rp|in rp|rp wise] my [house|phone|badge] [number|#] is {rpnum}[ lol| haha|]`],
  },
};

export const ES: Families = {
  giving: {
    addressPassing: [
      `[vivo|estoy] en {address}[, pasa cuando quieras| ven despues|]`,
      `[trae|deja] el [control|cargador] en {address}`,
    ],
    phonePassing: [
      `[escribeme|llamame|mandame un msj] al {phone} [cuando salgas|si te pierdes|luego]`,
      `mi [numero|cel] nuevo es {phone}[, guardalo|]`,
    ],
    thirdPartyGive: [
      `este es el [numero|cel] de mi [hermana|primo|amigo]: {phone}[ quiere entrar|]`,
      `mi [amigo|primo] vive en {address}[, vamos alla|]`,
    ],
    otpReadOut: [
      `[ya |][me llego|llego] el [sms|codigo], [es|dice] {otp}[ rapido|]`,
      `usuario {handle} contraseña {password}[, juega por mi|]`,
    ],
    doxxNamed: [
      `[sigue asi|una mas] y [tu direccion|tu nombre real|tu numero] [va a todos los grupos|lo publico]`,
    ],
    cityShort: [
      `[soy|vivo] [de|en] {realcity}[ y tu?| ps|]`,
      `{realcity}[ aqui| por aca][, alguien cerca?|]`,
    ],
  },
  asking: { photoShort: [`[manda|pasa] [una selfie|foto tuya|una foto][ primero| porfa|]`] },
  none: {
    scoreBig: [`[saque|hice|llegue a] {bigscore} [puntos|de daño|pts][ jaja| que locura|]`],
    rulesPost: [
      `[reglas|recordatorio]: [no spam|respeto], no [compartan|pasen] [su direccion|su numero|su nombre real|datos personales] [aqui|en el grupo]`,
    ],
    playInvite: [
      `[estas|andas] [on|conectado]? [jugamos|una partida][?|]`,
      `[juguemos|pongamos] otro [juego|modo][, este aburre|]`,
    ],
    jokeThreat: [
      `te voy a [destrozar|aplastar] en la [revancha|siguiente][ jaja|]`,
      `ya se donde esta tu [base|escondite] en el mapa[ 😈|]`,
    ],
    mapPlace: [`[nos vemos|espera] [en|detras de] la [iglesia|fuente|gasolinera] del mapa`],
    rpNumber: [`[mi personaje|en roleplay] tiene [placa|telefono] {rpnum}[ jaja|]`],
  },
};

export const PT: Families = {
  giving: {
    addressPassing: [`[moro|to] na {address}[, passa aqui| aparece depois|]`],
    phonePassing: [
      `[me manda msg|me liga] no {phone} [quando chegar|se perder|depois]`,
      `meu [numero|zap] novo é {phone}`,
    ],
    thirdPartyGive: [`esse é o [numero|zap] da minha [irmã|prima]: {phone}[ ela quer entrar|]`],
    otpReadOut: [
      `[chegou|veio] o [sms|codigo], é {otp}[ rapido|]`,
      `login {handle} senha {password}[, upa minha conta|]`,
    ],
    doxxNamed: [
      `[continua|mais uma] e [teu endereço|teu nome completo|teu numero] vai pra [todos os grupos|internet]`,
    ],
    cityShort: [`[sou|moro] [de|em] {realcity}[ e vc?|]`],
  },
  asking: { photoShort: [`[manda|passa] [uma selfie|foto sua][ ai| primeiro|]`] },
  none: {
    scoreBig: [`[fiz|tirei|cheguei a] {bigscore} [pontos|de dano][ kkk| mano|]`],
    rulesPost: [
      `[regras|lembrete]: sem spam, nao [passem|compartilhem] [endereço|numero|nome real|dados pessoais] [aqui|no grupo]`,
    ],
    playInvite: [
      `[ta on|ta ai]? [bora|vamos] jogar[?|]`,
      `[bora|vamos] jogar outro [jogo|modo][, cansei desse|]`,
    ],
    jokeThreat: [`vou te [amassar|destruir] na [revanche|proxima][ kkk|]`],
    mapPlace: [`[te espero|encontra] [atras|na frente] da [igreja|fonte|escola] do mapa`],
    rpNumber: [`no rp meu [numero|telefone] é {rpnum}[ kkk|]`],
  },
};

export const FR: Families = {
  giving: {
    addressPassing: [`[j'habite|je suis] [au|à] {address}[, passe quand tu veux| viens ce soir|]`],
    phonePassing: [
      `[envoie moi un sms|appelle moi] au {phone} [quand t'arrives|si tu te perds|plus tard]`,
      `mon [numero|tel] c'est {phone}`,
    ],
    thirdPartyGive: [`voila le [numero|tel] de ma [soeur|cousine]: {phone}[ elle veut jouer|]`],
    otpReadOut: [
      `[j'ai reçu|c'est arrivé] le [sms|code], c'est {otp}[ vite|]`,
      `identifiant {handle} mdp {password}[, joue pour moi|]`,
    ],
    doxxNamed: [
      `[continue|encore un mot] et [ton adresse|ton vrai nom|ton numero] [finit partout|sur tous les serveurs]`,
    ],
    cityShort: [
      `[je vis|je bosse|je taffe] à {realcity}[ et toi?|]`,
      `{realcity} [ici|represent][, qqn pas loin?|]`,
    ],
  },
  asking: { photoShort: [`[envoie|montre] [un selfie|une photo de toi][ d'abord| stp|]`] },
  none: {
    scoreBig: [`[j'ai fait|j'ai mis] {bigscore} [points|de degats][ mdr|]`],
    rulesPost: [
      `[regles|rappel]: pas de spam, [partagez pas|ne donnez jamais] [votre adresse|votre numero|votre vrai nom] [ici|dans le groupe]`,
    ],
    playInvite: [`[t'es co|t'es la]? on [joue|lance une partie][?|]`, `on joue a autre chose[, c'est nul|?]`],
    jokeThreat: [`je vais t'[eclater|ecraser] a la [revanche|prochaine][ mdr|]`],
    mapPlace: [`[rdv|attends moi] [devant|derriere] l'[eglise|hopital|ecole] de la map`],
    rpNumber: [`dans le rp mon [numero|tel] c'est le {rpnum}[ mdr|]`],
  },
};

export const DE: Families = {
  giving: {
    addressPassing: [`ich wohn in der {address}[, komm einfach vorbei| klingel zweimal|]`],
    phonePassing: [
      `[schreib|ruf] mich [unter|an:] {phone} [an |][wenn du da bist|spaeter|falls was ist]`,
      `meine neue nummer ist {phone}`,
    ],
    thirdPartyGive: [`das ist die nummer von meiner [schwester|cousine]: {phone}[ sie will mitspielen|]`],
    otpReadOut: [
      `[sms ist da|code ist da], [er lautet|ist] {otp}[ schnell|]`,
      `login {handle} pw {password}[, spiel fuer mich|]`,
    ],
    doxxNamed: [
      `[noch ein wort|mach weiter] und [deine adresse|dein echter name|deine nummer] [landet ueberall|kommt in jede gruppe]`,
    ],
    cityShort: [`[bin|komm|wohn] [aus|in] {realcity}[ und du?|]`],
  },
  asking: { photoShort: [`[schick|zeig] [ein selfie|ein foto von dir][ zuerst| bitte|]`] },
  none: {
    scoreBig: [`[hab|habe] {bigscore} [punkte|schaden] [gemacht|geschafft][ lol|]`],
    rulesPost: [
      `[regeln|erinnerung]: kein spam, [teilt nie|postet keine] [adresse|telefonnummer|echten namen] [hier|im chat]`,
    ],
    playInvite: [
      `[bist du on|noch wach]? [zocken|eine runde][?|]`,
      `lass mal was anderes spielen[, das ist langweilig|]`,
    ],
    jokeThreat: [`ich [zerstoer|mach] dich in der [revanche|naechsten runde] [fertig|][ xd|]`],
    mapPlace: [`[sammeln|warten] [bei|an] der [tankstelle|bruecke] auf der map`],
    rpNumber: [`im rp ist meine [nummer|hausnummer] {rpnum}[ haha|]`],
  },
};

export const IT: Families = {
  giving: {
    addressPassing: [`[abito|sto] in {address}[, passa quando vuoi|]`],
    phonePassing: [`[scrivimi|chiamami] al {phone} [quando arrivi|dopo|se ti perdi]`],
    thirdPartyGive: [`questo è il numero di mia [sorella|cugina]: {phone}[ vuole giocare|]`],
    otpReadOut: [`[è arrivato|mi è arrivato] il [codice|sms], è {otp}[ veloce|]`],
    doxxNamed: [
      `[continua|ancora una parola] e [il tuo indirizzo|il tuo vero nome|il tuo numero] [finisce ovunque|va in tutti i gruppi]`,
    ],
    cityShort: [`[vivo|sto] [a|vicino a] {realcity}[ e tu?|]`],
  },
  asking: { photoShort: [`[manda|fammi vedere] [un selfie|una tua foto][ prima|]`] },
  none: {
    scoreBig: [`[record|punteggio] [nuovo|mio]: {bigscore}[, chi mi batte?|]`],
    rulesPost: [
      `[regole|promemoria]: niente spam, non [condividete|scrivete] [indirizzo|numero|nome vero] [qui|nel gruppo]`,
    ],
    playInvite: [`[sei on|ci sei]? [giochiamo|una partita][?|]`],
    jokeThreat: [`ti [distruggo|faccio a pezzi] alla rivincita[ 😂|]`],
    mapPlace: [`[ritrovo|raduno] [al ponte|al faro] della mappa`],
    rpNumber: [`nel rp il mio numero è {rpnum}[ ahah|]`],
  },
};

export const NL: Families = {
  giving: {
    addressPassing: [`ik woon op {address}[, kom maar langs|]`],
    phonePassing: [`[app|bel] me op {phone} [als je er bent|later]`],
    otpReadOut: [`de code [is binnen|kwam net], {otp}[ snel|]`],
    doxxNamed: [`nog een woord en [je adres|je echte naam|je nummer] [staat overal|gaat in elke groep]`],
    cityShort: [`[kom uit|woon in] {realcity}[ en jij?|]`],
  },
  none: {
    scoreBig: [`[heb|had] {bigscore} [punten|schade] [gehaald|gedaan]`],
    rulesPost: [`[regels|herinnering]: geen spam, deel nooit [je adres|je nummer|je echte naam] hier`],
    playInvite: [`ben je on? [potje|spelen][?|]`],
    jokeThreat: [`ik [sloop|maak] je in de [revanche|volgende ronde][ haha|]`],
  },
};

export const PL: Families = {
  giving: {
    addressPassing: [`mieszkam na {address}[, wpadnij kiedy chcesz|]`],
    phonePassing: [`[napisz|zadzwon] na {phone} [jak bedziesz|pozniej]`],
    thirdPartyGive: [`to numer mojej [siostry|kuzynki]: {phone}[ chce grac|]`],
    otpReadOut: [`przyszedl [kod|sms], to {otp}[ szybko|]`],
    doxxNamed: [
      `jeszcze slowo i [twoj adres|twoje prawdziwe imie|twoj numer] [bedzie wszedzie|wrzuce na kazdy serwer]`,
    ],
    cityShort: [`[jestem z|mieszkam w] {realcity}[ a ty?|]`],
  },
  none: {
    scoreBig: [`[zrobilem|mam] {bigscore} [punktow|obrazen][ xd|]`],
    rulesPost: [
      `[zasady|przypomnienie]: bez spamu, nie podawajcie [adresu|numeru|prawdziwego imienia] tutaj`,
    ],
    playInvite: [`jestes on? [gramy|rundka][?|]`],
    jokeThreat: [`zniszcze cie w [rewanzu|nastepnej rundzie][ xd|]`],
    mapPlace: [`[czekam|spotkajmy sie] [za|przed] [kosciolem|stacja|szkola] na mapie`],
    rpNumber: [`moja postac w rp ma numer {rpnum}[ xd|]`],
  },
};

export const TR: Families = {
  giving: {
    addressPassing: [`{address} adresinde oturuyorum[, gel istersen|]`],
    phonePassing: [`[bana|] {phone} [numarasindan|den] [yaz|ara][ gelince| sonra|]`],
    otpReadOut: [`[kod geldi|sms geldi], {otp}[ hizli|]`],
    doxxNamed: [`bir daha yazarsan [adresini|gercek adini|numarani] her gruba [atarim|yayarim]`],
    cityShort: [`{realcity}['liyim|liyim|'dayım] [sen?|]`],
  },
  none: {
    scoreBig: [`{bigscore} [puan|hasar] [yaptim|aldim][ ya|]`],
    rulesPost: [`[kurallar|hatirlatma]: spam yok, [adresinizi|numaranizi|gercek adinizi] burada paylasmayin`],
    playInvite: [`[onlinemisin|burda misin]? [oynayalim mi|bi mac][?|]`],
    jokeThreat: [`rovansta seni [ezecegim|bitirecegim][ 😂|]`],
    mapPlace: [`[okul|otel] haritasinda [catida|mutfakta] toplanalim`],
    chatShort: [`[biraz|5 dk] ara veriyorum, [annem cagiriyor|su aliyorum]`],
  },
};

export const ID: Families = {
  giving: {
    addressPassing: [`[rumah|kos] aku di {address}[, mampir aja|]`],
    phonePassing: [`[wa|sms|telpon] aku di {phone} [kalo udah sampe|nanti]`],
    thirdPartyGive: [`ini nomor [kakak|sepupu] aku: {phone}[ dia mau join|]`],
    otpReadOut: [`[kodenya udah masuk|sms nya dateng], {otp}[ cepet|]`],
    doxxNamed: [`[sekali lagi|ngomong lagi] [alamat|nama asli|nomor] lu gw sebar ke semua grup`],
    cityShort: [`[aku|gw] [dari|di] {realcity}[ nih| kamu?|]`],
  },
  asking: {
    photoShort: [
      `[kirim|send] [muka|foto] kamu [sekarang|bentar]`,
      `pap [muka|wajah] [kamu|lu] [sekarang|bentar]`,
    ],
  },
  none: {
    scoreBig: [`[dapet|tembus] {bigscore} [poin|damage][ wkwk|]`],
    rulesPost: [`[aturan|pengingat] grup: jangan spam, jangan share [alamat|nomor hp|nama asli] di sini`],
    playInvite: [`[on ga|masih on]? [mabar|main] yuk`],
    jokeThreat: [`gw [bantai|abisin] lu [ronde depan|pas rematch][ wkwk|]`],
    rpNumber: [`[karakter|char] rp gw [nomornya|plat nomornya] {rpnum}`],
  },
};

export const TL: Families = {
  giving: {
    addressPassing: [`nakatira ako sa {address}[, punta ka lang|]`],
    phonePassing: [`[text|tawag] mo ko sa {phone} [pag andyan ka na|mamaya]`],
    otpReadOut: [`dumating na yung [code|sms], {otp}[ bilis|]`],
    doxxNamed: [`isa pa at ipopost ko [address mo|totoong pangalan mo|number mo] sa lahat ng gc`],
    cityShort: [`taga {realcity} [ako|ako eh][ ikaw?|]`],
  },
  none: {
    scoreBig: [`naka {bigscore} [points|damage] ako[ haha|]`],
    rulesPost: [`[rules|paalala]: bawal spam, wag i-share [address|number|totoong pangalan] dito`],
    playInvite: [`on ka? laro tayo[?|]`],
    jokeThreat: [`babanatan kita sa [rematch|susunod][ haha|]`],
  },
};

export const HI: Families = {
  giving: {
    addressPassing: [`mera ghar {address} pe hai[, aa jana|]`],
    phonePassing: [`[msg|call] karna {phone} pe [jab aao|baad me]`],
    thirdPartyGive: [`ye meri [behen|cousin] ka number hai {phone}[ usko bhi add karo|]`],
    otpReadOut: [`[otp aa gaya|code aaya], {otp} hai[ jaldi|]`],
    doxxNamed: [`ek baar aur bola to [tera address|tera asli naam|tera number] har group me daal dunga`],
    cityShort: [`{realcity} [wala hu|ka hu][ yaar|]`],
  },
  none: {
    scoreBig: [`[mera|apna] [high score|record] ab {bigscore} [hai|ho gaya]`],
    rulesPost: [`[rules|yaad rakho]: spam mat karo, [address|number|asli naam|otp] yaha share mat karna`],
    playInvite: [`[online hai|jaag raha hai]? [khele|ek match][?|]`],
    jokeThreat: [`[ruk|wait kar], rematch me [hara dunga|dikhata hu] tujhe`],
  },
};

export const RU: Families = {
  giving: {
    addressPassing: [`я живу на {address}[, заходи|]`],
    phonePassing: [`[пиши|звони] на {phone} [когда будешь|потом]`],
    otpReadOut: [`[код пришёл|смс пришла], {otp}[ быстрее|]`],
    doxxNamed: [`ещё слово и [твой адрес|твоё настоящее имя|твой номер] будет во всех чатах`],
    cityShort: [`я [живу|сейчас] в {realcity}[, а ты?|]`],
  },
  none: {
    scoreBig: [`набрал {bigscore} [очков|урона][ лол|]`],
    rulesPost: [`[правила|напоминание]: без спама, не [пишите|делитесь] [адрес|номер|настоящее имя] в чате`],
    playInvite: [`ты [тут|онлайн]? [катнём|сыграем][?|]`],
    jokeThreat: [`в реванше я тебя [уничтожу|разнесу][ 😂|]`],
  },
};

export const JA: Families = {
  giving: {
    addressPassing: [`家は{address}だよ[、来ていいよ|]`],
    phonePassing: [`{phone}に[連絡して|電話して][ね|]`],
    otpReadOut: [`[コード来た|SMS来た]、{otp}[ 早く|]`],
    doxxNamed: [`[これ以上言うなら|まだ言うなら][住所|本名|電話番号]ばらすよ`],
    cityShort: [`{realcity}在住です`, `[今|ずっと]{realcity}に住んでる[よ|]`],
  },
  none: {
    scoreBig: [`{bigscore}[点|ダメージ]出た[ｗ|！|]`],
    rulesPost: [`[ルール|注意]：スパム禁止、[住所|電話番号|本名]はここに書かないでね`],
    playInvite: [`[今いる|起きてる]？[やろう|一戦どう]？`],
    jokeThreat: [`次の試合で[ボコボコにする|倒す][ｗ|]`],
  },
};

export const AR: Families = {
  giving: {
    addressPassing: [`ساكن في {address}[، تعال اي وقت|]`],
    phonePassing: [`[كلمني|راسلني] على {phone} [لما توصل|بعدين]`],
    otpReadOut: [`[وصل الكود|وصلت الرسالة]، {otp}[ بسرعة|]`],
    doxxNamed: [`كلمة ثانية و[عنوانك|اسمك الحقيقي|رقمك] بكل القروبات`],
    cityShort: [`ana [3ayesh|3aysha] fi {realcity}`, `beyti fi {realcity}`, `[عايش|ساكنة] في {realcity}`],
  },
  asking: {
    handleTranslit: [`[shu|sho] [el snap|el insta|el discord] taba3ak`, `[ileik|ilak] [snap|insta]?`],
  },
  none: {
    scoreBig: [`سجلت {bigscore} [نقطة|ضرر] [بالجولة|اليوم]`],
    rulesPost: [`[قوانين|تذكير]: لا سبام، لا تنشرون [العنوان|الرقم|الاسم الحقيقي] هنا`],
    playInvite: [`[موجود|صاحي]؟ [نلعب|قيم]؟`],
  },
};

export const KO: Families = {
  giving: {
    phonePassing: [`{phone}[로|으로] [연락해|문자해][ 줘|]`],
    otpReadOut: [`[인증번호|코드] 왔어, {otp}[ 빨리|]`],
    doxxNamed: [`한 마디만 더 하면 [주소|실명|번호] 다 뿌린다`],
    cityShort: [`{realcity} [살아요|사는데][ ㅎㅎ|]`],
  },
  asking: { photoShort: [`[얼굴|사진] 한 장만 [찍어줘|올려줘]`] },
  none: {
    scoreBig: [`{bigscore}[점|딜] 나왔다[ ㅋㅋ|]`],
    rulesPost: [`[규칙|공지]: 도배 금지, [주소|번호|실명] 여기 올리지 마세요`],
    playInvite: [`[접속했어|깨있어]? [한판|같이] 하자`],
  },
};

export const VI: Families = {
  giving: {
    addressPassing: [`nha t o {address}[, ghe choi|]`],
    phonePassing: [`[nhan tin|goi] cho t so {phone} [nha|khi toi]`],
    otpReadOut: [`[ma otp|ma] [ve roi|toi roi], {otp}[ nhanh|]`],
    doxxNamed: [`noi nua la t dang [dia chi|ten that|sdt] cua m len het cac nhom`],
    cityShort: [`[minh|t] [dang o|song o] {realcity}[ nha|]`],
  },
  none: {
    scoreBig: [`[diem|score] [cua t|t] [len|dat] {bigscore} [roi|luon]`],
    rulesPost: [`[luat|nhac nho]: khong spam, khong dang [dia chi|sdt|ten that] trong nhom`],
    playInvite: [`[on k|con thuc k]? [choi|lam van] [di|k][?|]`],
  },
};
