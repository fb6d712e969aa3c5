/**
 * Pretexted asks and give-plus-ask disclosures (issue 13, round 4), in all 17 languages: what the
 * model still missed on the development sets (the families only: none of their messages, phrasings,
 * names or numbers are here). On the `asking` side: credentials, one-time codes, cookies and whole
 * accounts asked for behind a pretext (a boost, a dupe, free currency, a fake "security check" by
 * support or the server owner), short and long, friendly or urgent; terse asks for a face photo or
 * the camera in each language's own slang; colloquial asks for a handle or number; and proposals to
 * move the chat elsewhere. On the `giving` side: a concrete identifier (a town, a handle, a school,
 * an address) followed by a question back, which the policy labels `giving`; meet-ups that name a
 * real place; real names and face reveals dropped; and someone else's number or address handed over.
 */
import type { Families } from './families.js';

export const EN: Families = {
  asking: {
    pretextCreds: [
      `[give|send|dm] me ur [user and pass|login|username and password|email and pw] and [ill|i'll|i can] [boost u|carry u|rank u up|get u to {level}|farm ur dailies][ for free| tonight| no cap|]`,
      `[dupe|duplication|item] [glitch|method|trick] [only works|works] if [u|you] [send|give|tell] me ur [password|pw|login][, trust| fr| its legit|]`,
      `[hey|hi|yo] [its|this is] [staff|the owner|support|a mod|the admin] here, [we detected|theres|we saw] [suspicious activity|a weird login|a hacker] on ur [acc|account], [confirm|reply with|send] ur [password|login and password|pw] [so we dont ban u|to keep it safe|within 1 hour]`,
      `[open|go to] [dev tools|inspect element|the console] and [paste|copy] me [ur|the] [cookie|token|session thing][, its for the|, u get the|and u get] [free skin|free {currency}|{amount} {currency}]`,
      `[send|tell|read] me the [6 digit|4 digit|verification|login|sms] code [u just got|that just came|from ur email|from the text][ and ill send the {currency}| to finish the trade| quick before it expires|]`,
      `[type|write] ur [password|pw] [backwards|in chat|with spaces|in reverse] [to unlock|and u get|to claim] the [secret skin|free pet|{item}|hidden reward][ lol|, it works|]`,
      `[lend|let me use|share] [me |][ur|your] [acc|account|login][ for a day| real quick| for the event][, ill give it back| i wont change anything|, promise|]`,
      `[hey|hello] everyone, [im the owner|owner here|staff announcement], we're doing a [security check|account verification|rank audit] [today|this week]. [everyone|anyone] who wants to keep [their rank|their items|their role] [must|has to] [dm|send] me [their|ur] [username and password|login|email and password] [before {time}|by tonight|asap], otherwise [ur account gets reset|u lose everything|u get kicked]. [its quick|takes 1 min|dont worry its safe]`,
      `[whats|send me] ur [2fa|auth|steam guard|otp] code[,| ] i need it to [transfer the items|send the {item}|verify the trade|give u the prize]`,
    ],
    camPicAsk: [
      `[turn|put|switch] [ur|your|the] [cam|camera|webcam] on[ 😏| pls| lemme see u| rn|]`,
      `[send|drop|show] [a|ur|one] [face pic|selfie|pic of ur face|pic of u][ first| so i know ur real| rn| pls|]`,
      `[cam|camera|facecam] [on|rn][?|??| pls]`,
      `[lemme|let me] see [ur face|what u look like|u][ on cam| real quick| send pic|]`,
      `[pic|selfie] [for|or] [proof|ur fake|didnt happen][ pls| lol|]`,
      `[can u|could u|will u] [send|show] me [a pic|a selfie|ur face][ tho|?|??| pls|]`,
    ],
    contactAskSlang: [
      `[drop|send|gimme] ur {platform} [ill|i'll|and ill] add u to the [gc|group|squad chat|server][ rn| later|]`,
      `[u|do u|you] [got|have|use] {platform}[?|??][ whats the @| send it| add me|]`,
      `[what|whats] ur [number|#|digits|cell][?| ill text u| lol|]`,
      `[send|drop] [ur|your] [@|handle|user] on {platform}[ pls| rn| so we can talk|]`,
      `[what|whats] ur {gaming} [tag|id|gt][, ill add u|?|]`,
      `[im from|im in] {country}[,|] [where do u live|what city r u in|where r u from][?|]`,
      `[im|i'm] {age}[,|] [where u from|where do u live|what town r u in][?|]`,
    ],
    moveChatAsk: [
      `[can we|lets|wanna] [move|take|continue] this [somewhere else|to another app|to dms|off here][?| the mods read everything| this chat sucks|]`,
      `[lets|can we] [talk|chat] [somewhere|on another app|privately] [where the mods cant see|without the filter|in private][?|]`,
      `[this chat|the filter] [is trash|eats everything|blocks everything], [we should|lets] [go to|switch to] [another app|somewhere else|a diff app][?| u got one?|]`,
      `[wanna|u wanna|do u wanna] [text|talk|call] [outside the game|irl|on ur phone][?| easier that way|]`,
    ],
  },
  giving: {
    giveThenAskBack: [
      `[im|i'm|i live] in {realcity}[ rn|], [where r u|where are u|wbu|where abouts r u][?|??|]`,
      `{realcity} [here|gang|born and raised][, u?|, where u at?|, where r u from?]`,
      `[added|followed] u on {platform}[ already|], [its|im] {handle}[,|] [now|ok] [send|drop] urs`,
      `my {platform} is {handle}[,|] [whats|send] urs[?|]`,
      `[i go to|im at] {school}[,|] [and u|wbu|u?][?|]`,
      `[i live|im] [on|at] {address}[,|] [where do u live|and u|wbu][?|]`,
      `[my number is|text me at] {phone}[,|] [whats urs|send ur number|ur turn][?|]`,
    ],
    meetNamedSpot: [
      `[meet|see u|lets meet] at {namedplace} [at {time}|{weekday}|after school|{day} at {time}][ dont be late| bring the cards| ill wait by the entrance|]`,
      `[ok|so|k] [we meet|meeting] [in front of|outside|by] {namedplace} [at {time}|{weekday} at {time}][, bring ur switch|, text if ur late|]`,
      `[pull up|come] to {namedplace} [at {time}|{day}|rn][ im already here| we're all here|]`,
      `[im|we're] [at|by] {namedplace} [rn|now][, come find us|, where r u|]`,
      `[birthday|bday] [party|thing] at {namedplace} [{weekday}|{day}] [at|from] {time}[, come!!| everyone invited|]`,
    ],
    revealNameFace: [
      `[irl|my real name is|real name:] {fullname}[, dont tell anyone| lol| shh|]`,
      `[face reveal|my face reveal] [is up|is live|just dropped] on my [channel|yt|tiktok|insta][ go look| dont laugh|]`,
      `[posting|dropped] [a pic of me|my face reveal|my selfie] in the [gc|clan chat|server][ rn| dont laugh|]`,
      `[its|im] {fullname} [irl|in real life][, search me up| lol|]`,
      `[here|heres] [a pic of me|my face|me irl][ lol|, dont be mean| 📸|]`,
    ],
    otherPersonData: [
      `[this is|heres] my [brothers|sisters|cousins|moms|best friends] [number|cell][:|,|] {phone}[ text him| she said its ok| if u need it|]`,
      `{first} [lives|stays] [at|on] {address}[ btw| if u wanna go| lol|]`,
      `[that kid|this guy|she] is {fullname} [from|at] {school}[ btw| lol|]`,
      `{first}[s|'s] [snap|insta|discord|number] is {handle}[ add her| go add him|]`,
    ],
  },
};

export const ES: Families = {
  asking: {
    pretextCreds: [
      `[pasame|dame] tu [usuario y contraseña|cuenta|correo y contra] y te [subo de rango|paso el pase|duplico todo][ gratis| hoy|]`,
      `hola, soy [soporte|el dueño del server|un mod], [hay|detectamos] actividad sospechosa en tu cuenta, [mandame|confirma] tu contraseña [o te banean|para protegerla|en 1 hora]`,
      `[mandame|dime] el codigo de [6 digitos|verificacion|sms] que te [llego|acaba de llegar] y te doy {amount} {currency}`,
      `[presta|prestame] tu cuenta [un dia|un rato][, te la devuelvo|, no toco nada|]`,
    ],
    camPicAsk: [
      `[prende|pon|abre] la [camara|cam][ porfa| 😏| va|]`,
      `[manda|pasa] [foto|selfie|una foto de tu cara][ primero| pa creerte| porfa|]`,
    ],
    contactAskSlang: [
      `[pasa|pasame] tu [wsp|whats|numero|insta][ y te agrego al grupo| porfa|]`,
      `[tienes|tenes] {platform}[?| pasa el user]`,
    ],
    moveChatAsk: [
      `[hablamos|seguimos] por otro lado[?|, aqui los mods leen todo|]`,
      `[mejor|vamos a] [hablar|seguir] por privado en otra app[?|]`,
    ],
  },
  giving: {
    giveThenAskBack: [
      `[soy de|vivo en|estoy en] {realcity}[, y tu?|, tu de donde?|, donde vives?]`,
      `mi {platform} es {handle}[, pasa el tuyo| ahora el tuyo]`,
      `voy a la {school}[, y tu?|, tu a cual?]`,
    ],
    meetNamedSpot: [
      `nos vemos en [la plaza|el parque|la entrada de] {namedplace} a las {time}[ el {weekday}|]`,
      `[quedamos|vamos] en {namedplace} el {weekday}[ a las {time}|][, lleva la switch|]`,
    ],
    revealNameFace: [
      `[en la vida real|irl] me llamo {fullname}[, no digas| jaja|]`,
      `[subi|ya esta] mi face reveal en [mi canal|tiktok|insta][ no se rian|]`,
    ],
    otherPersonData: [
      `este es el [numero|cel] de mi [hermano|prima|mama]: {phone}`,
      `{first} vive en {address}[ por si acaso|]`,
    ],
  },
};

export const PT: Families = {
  asking: {
    pretextCreds: [
      `[me passa|manda] teu [login e senha|email e senha|usuario e senha] que eu [upo tua conta|te dou {amount} {currency}|dupo teus itens][ de graça|]`,
      `[oi|ola], sou do suporte, [detectamos|tem] atividade suspeita na tua conta, [confirma|manda] tua senha [aqui|pra nao ser banido]`,
      `[me fala|manda] o codigo de [6 digitos|verificação|sms] que chegou[ rapidao| pra eu liberar o premio|]`,
      `[empresta|me empresta] tua conta [rapidinho|um dia][, eu devolvo|]`,
    ],
    camPicAsk: [
      `[liga|abre] a [camera|cam][ ai| vai| 😏|]`,
      `[manda|mostra] [uma foto|foto tua|uma selfie|teu rosto][ primeiro| pra eu acreditar|]`,
    ],
    contactAskSlang: [
      `[passa|me passa] teu [zap|whats|numero|insta][ que eu te add no grupo|]`,
      `[tem|vc tem] {platform}[?| passa ai]`,
    ],
    moveChatAsk: [
      `[bora|vamos] conversar em outro [app|lugar][?|, aqui os mods leem tudo|]`,
      `[chama|me chama] no privado em outro app[?|]`,
    ],
  },
  giving: {
    giveThenAskBack: [
      `[sou de|moro em|to em] {realcity}[, e vc?|, vc mora onde?|]`,
      `meu {platform} é {handle}[, agora manda o teu| passa o teu]`,
      `estudo na {school}[, e vc?|]`,
    ],
    meetNamedSpot: [
      `bora se ver no {namedplace} [{weekday}|sabado] [as {time}|de tarde]`,
      `[encontro|te encontro] [na frente do|no] {namedplace} as {time}[, leva o controle|]`,
    ],
    revealNameFace: [
      `[na vida real|irl] eu sou {fullname}[ kkk| nao conta pra ninguem|]`,
      `[postei|saiu] meu face reveal no [canal|tiktok|insta][ nao ri|]`,
    ],
    otherPersonData: [
      `esse é o [numero|zap] do meu [irmao|primo|da minha mae]: {phone}`,
      `{first} mora na {address}[ kkk|]`,
    ],
  },
};

export const FR: Families = {
  asking: {
    pretextCreds: [
      `[donne|passe]-moi ton [identifiant et mdp|login et mot de passe|mail et mdp] et je te [boost|monte {level}|double tes items][ gratos|]`,
      `[salut|bonjour], [support|staff|le proprio du serveur] ici, activité suspecte sur ton compte, [envoie|confirme] ton mot de passe [sinon ban|pour le sécuriser]`,
      `[envoie|dis]-moi le code à [6 chiffres|de verif] que t'as reçu[ et je t'envoie les {currency}|]`,
      `[prête|passe]-moi ton compte [deux secondes|pour la journée][, je touche a rien|]`,
    ],
    camPicAsk: [
      `[allume|mets] ta [cam|camera][ stp| 😏|]`,
      `[envoie|montre] [une photo de toi|un selfie|ta tête][ d'abord| stp|]`,
    ],
    contactAskSlang: [
      `[file|passe]-moi ton [snap|insta|num|discord][ je t'ajoute au groupe| stp|]`,
      `t'as {platform}[?| c quoi ton pseudo]`,
    ],
    moveChatAsk: [
      `on [parle|continue] ailleurs[?|, ici les modos lisent tout|]`,
      `[viens|passe] en privé sur une autre appli[?|]`,
    ],
  },
  giving: {
    giveThenAskBack: [
      `[je suis de|j'habite a|chui a] {realcity}[, et toi?|, tu vis ou?]`,
      `mon {platform} c {handle}[, envoie le tien| a toi]`,
      `je suis au {school}[, et toi?|]`,
    ],
    meetNamedSpot: [
      `[on se retrouve|rdv] [devant|à] {namedplace} [à {time}|{weekday}][ après les cours|]`,
      `[viens|ramène-toi] à {namedplace} [{weekday}|à {time}][ on y sera tous|]`,
    ],
    revealNameFace: [
      `[en vrai|irl] je m'appelle {fullname}[ mdr| le dis a personne|]`,
      `mon face reveal est [en ligne|sorti] sur [ma chaine|tiktok][ rigolez pas|]`,
    ],
    otherPersonData: [
      `voila le [num|numero] de mon [frere|cousin|ma soeur]: {phone}`,
      `{first} habite au {address}[ mdr|]`,
    ],
  },
};

export const DE: Families = {
  asking: {
    pretextCreds: [
      `[gib|schick] mir [deinen login|nutzername und passwort|mail und pw] und ich [boost dich|zieh dich auf {level}|dupe deine items][ gratis|]`,
      `[hallo|hi], hier ist der [support|server owner|admin], verdächtige aktivität auf deinem account, [schick|bestätige] dein passwort [sonst bann|zur sicherheit]`,
      `[sag|schick] mir den [6-stelligen|bestätigungs|sms] code [den du grad bekommen hast|von der mail][ dann kriegst du {amount} {currency}|]`,
      `[leih|gib] mir [mal |]deinen account [für heute|kurz][, kriegst ihn zurück|]`,
    ],
    camPicAsk: [
      `[mach|schalt] [die cam|deine kamera] an[ bitte| 😏|]`,
      `[schick|zeig] [ein selfie|ein bild von dir|dein gesicht][ zuerst| bitte|]`,
    ],
    contactAskSlang: [
      `[gib|schick] mir [deine nummer|dein insta|dein snap|dein discord][ ich add dich in die gruppe| pls|]`,
      `hast du {platform}[?| wie heißt du da]`,
    ],
    moveChatAsk: [
      `[lass|können wir] woanders [schreiben|weiterreden][?|, hier lesen die mods alles mit|]`,
      `[komm|gehen wir] privat in ne andere app[?|]`,
    ],
  },
  giving: {
    giveThenAskBack: [
      `[bin aus|wohne in|bin in] {realcity}[, und du?|, wo wohnst du?]`,
      `mein {platform} ist {handle}[, jetzt deins| schick deins]`,
      `ich geh auf die {school}[, und du?|]`,
    ],
    meetNamedSpot: [
      `[treffen uns|wir sehen uns] [vor dem|am] {namedplace} um {time}[ am {weekday}|]`,
      `[komm|kommt] [zum|ans] {namedplace} [{weekday}|um {time}][, wir sind alle da|]`,
    ],
    revealNameFace: [
      `[im echten leben|irl] heiß ich {fullname}[ lol| sags keinem|]`,
      `mein face reveal ist [online|raus] auf [meinem kanal|tiktok][ nicht lachen|]`,
    ],
    otherPersonData: [
      `das ist die nummer von meinem [bruder|cousin|meiner schwester]: {phone}`,
      `{first} wohnt in der {address}[ lol|]`,
    ],
  },
};

export const IT: Families = {
  asking: {
    pretextCreds: [
      `[dammi|passami] [user e password|le credenziali|mail e pass] e ti [boosto|porto a {level}|duplico gli item][ gratis|]`,
      `ciao, sono del [supporto|staff], attività sospetta sul tuo account, [mandami|conferma] la password [o vieni bannato|entro un'ora]`,
      `[dimmi|mandami] il codice a [6 cifre|di verifica] che ti è arrivato[ e ti mando i {currency}|]`,
      `[prestami|passami] l'account [per oggi|un attimo][, te lo ridò|]`,
    ],
    camPicAsk: [
      `[accendi|attiva] la [cam|webcam][ dai| 😏|]`,
      `[manda|fammi vedere] [una foto tua|un selfie|la tua faccia][ prima| dai|]`,
    ],
    contactAskSlang: [
      `[passami|dammi] il tuo [numero|insta|snap|whatsapp][ che ti aggiungo al gruppo|]`,
      `hai {platform}[?| come ti chiami li]`,
    ],
    moveChatAsk: [
      `[parliamo|continuiamo] da un'altra parte[?|, qui i mod leggono tutto|]`,
      `[scrivimi|passiamo] in privato su un'altra app[?|]`,
    ],
  },
  giving: {
    giveThenAskBack: [
      `[sono di|abito a|sto a] {realcity}[, e tu?|, tu dove abiti?]`,
      `il mio {platform} è {handle}[, ora il tuo| manda il tuo]`,
      `vado al {school}[, e tu?|]`,
    ],
    meetNamedSpot: [
      `ci becchiamo [davanti a|al] {namedplace} alle {time}[ {weekday}|]`,
      `[vieni|venite] al {namedplace} [{weekday}|alle {time}][, ci siamo tutti|]`,
    ],
    revealNameFace: [
      `[nella vita reale|irl] mi chiamo {fullname}[ ahah| non dirlo a nessuno|]`,
      `il mio face reveal è [uscito|online] sul [canale|tiktok][ non ridete|]`,
    ],
    otherPersonData: [
      `ecco il numero di mio [fratello|cugino|di mia sorella]: {phone}`,
      `{first} abita in {address}[ ahah|]`,
    ],
  },
};

export const NL: Families = {
  asking: {
    pretextCreds: [
      `[geef|stuur] me je [login|gebruikersnaam en wachtwoord|mail en ww] dan [boost ik je|dupe ik je items|krijg je {amount} {currency}][ gratis|]`,
      `hoi, [support|de eigenaar|een mod] hier, verdachte activiteit op je account, [stuur|bevestig] je wachtwoord [anders ban|binnen een uur]`,
      `[stuur|zeg] me de [6 cijferige|verificatie] code die je net kreeg[ dan stuur ik de {currency}|]`,
    ],
    camPicAsk: [
      `[zet|doe] je [cam|camera] aan[ pls| 😏|]`,
      `[stuur|laat] [een selfie|een foto van je|je gezicht] [zien|][ eerst| pls|]`,
    ],
    contactAskSlang: [
      `[stuur|geef] je [nummer|insta|snap|app][ dan voeg ik je toe aan de groep|]`,
      `heb je {platform}[?| wat is je naam daar]`,
    ],
    moveChatAsk: [
      `[zullen we|kunnen we] ergens anders [praten|verder chatten][?|, mods lezen hier alles|]`,
      `[kom|gaan we] privé in een andere app[?|]`,
    ],
  },
  giving: {
    giveThenAskBack: [
      `[ik woon in|ik kom uit|zit in] {realcity}[, en jij?|, waar woon jij?]`,
      `mijn {platform} is {handle}[, nu jij| stuur de jouwe]`,
    ],
    meetNamedSpot: [
      `[we zien elkaar|afspreken] [bij|voor] {namedplace} om {time}[ {weekday}|]`,
      `kom naar {namedplace} [{weekday}|om {time}][, we zijn er allemaal|]`,
    ],
    revealNameFace: [
      `[irl|in het echt] heet ik {fullname}[ haha| zeg het niemand|]`,
      `mijn face reveal staat [online|op mijn kanaal][ niet lachen|]`,
    ],
    otherPersonData: [
      `dit is het nummer van mijn [broer|neef|zus]: {phone}`,
      `{first} woont op {address}[ haha|]`,
    ],
  },
};

export const PL: Families = {
  asking: {
    pretextCreds: [
      `[daj|podaj] [login i hasło|maila i hasło|dane do konta] to ci [zbustuje konto|zduplikuje itemy|dam {amount} {currency}][ za darmo|]`,
      `cześć, tu [support|admin|właściciel serwera], podejrzana aktywność na twoim koncie, [wyślij|potwierdź] hasło [bo ban|w ciągu godziny]`,
      `[podaj|wyślij] kod [6 cyfrowy|z smsa|weryfikacyjny] co ci przyszedł[ to dostaniesz nagrode|]`,
    ],
    camPicAsk: [
      `[włącz|odpal] [kamerke|kamere][ no| 😏|]`,
      `[wyślij|pokaż] [fotke|selfie|twarz][ najpierw| pls|]`,
    ],
    contactAskSlang: [
      `[daj|podaj] [numer|insta|snapa|discorda][ dodam cie do grupy|]`,
      `masz {platform}[?| jak tam masz nick]`,
    ],
    moveChatAsk: [
      `[pogadajmy|piszmy] gdzie indziej[?|, tu mody wszystko czytają|]`,
      `[przejdźmy|chodź] na priv w innej apce[?|]`,
    ],
  },
  giving: {
    giveThenAskBack: [
      `[jestem z|mieszkam w] {realcity}[, a ty?|, a ty skąd?]`,
      `mój {platform} to {handle}[, teraz twój| dawaj swój]`,
    ],
    meetNamedSpot: [
      `[widzimy się|spotkanie] [pod|przy] {namedplace} o {time}[ w {weekday}|]`,
      `[wpadaj|chodź] do {namedplace} [w {weekday}|o {time}][, wszyscy będziemy|]`,
    ],
    revealNameFace: [
      `[irl|naprawdę] nazywam się {fullname}[ xd| nie mów nikomu|]`,
      `mój face reveal jest już na [kanale|tiktoku][ nie śmiejcie się|]`,
    ],
    otherPersonData: [
      `to numer mojego [brata|kuzyna|siostry]: {phone}`,
      `{first} mieszka na {address}[ xd|]`,
    ],
  },
};

export const TR: Families = {
  asking: {
    pretextCreds: [
      `[hesap bilgilerini|kullanıcı adı ve şifreni|mail ve şifreni] [ver|at] [sana boost atayım|itemlerini çoğaltayım|{amount} {currency} vereyim][ bedava|]`,
      `merhaba, [destek ekibinden|sunucu sahibiyim|modum], hesabında şüpheli giriş var, şifreni [gönder|onayla] [yoksa ban yersin|1 saat içinde]`,
      `[telefonuna|maile] gelen [6 haneli|doğrulama] kodu [söyle|yaz][ ödülü göndereyim|]`,
    ],
    camPicAsk: [`[kamerayı|kamerani] aç[ hadi| 😏|]`, `[foto|selfie|yüzünü] [at|göster][ önce| hadi|]`],
    contactAskSlang: [
      `[numaranı|instanı|snapini|discordunu] [at|ver][ gruba ekleyeyim|]`,
      `{platform} var mı[?| adın ne orda]`,
    ],
    moveChatAsk: [
      `başka yerde [konuşalım|yazışalım][ mı?|, burda modlar her şeyi okuyor|]`,
      `başka uygulamadan [özelden|dm] yazalım[ mı?|]`,
    ],
  },
  giving: {
    giveThenAskBack: [
      `[{realcity}'dayım|{realcity}'lıyım|{realcity}'da oturuyorum][, sen?|, sen nerdesin?]`,
      `{platform} hesabım {handle}[, şimdi seninkini at| sen de at]`,
    ],
    meetNamedSpot: [
      `[{weekday}|cumartesi] saat {time}'da {namedplace} önünde buluşalım`,
      `{namedplace}'a gel [saat {time}|{weekday}][, hepimiz ordayız|]`,
    ],
    revealNameFace: [
      `gerçek adım {fullname}[ kimseye söyleme| haha|]`,
      `face reveal [kanalımda|tiktokta] yayında[ gülmeyin|]`,
    ],
    otherPersonData: [
      `bu [abimin|kuzenimin|kardeşimin] numarası: {phone}`,
      `{first} {address} adresinde oturuyor`,
    ],
  },
};

export const ID: Families = {
  asking: {
    pretextCreds: [
      `[kasih|minta] [email sama password|akun sama pw|user sama sandi] [km|kamu|lu] [nanti aku topup|ntar gw pushin|nanti dapet] [diamond gratis|sampe {level}|{amount} {currency}]`,
      `[kasih tau|sebutin] kode otp [nya|yang masuk][, nanti hadiahnya masuk|, biar diamond nya cair|]`,
      `[bagi|pinjem] akun [ml|ff|game] [kamu|lu] dong[, nanti aku balikin|, aku mabarin|]`,
      `halo, aku dari [cs|admin|tim support], akun kamu ada aktivitas mencurigakan, [kirim|konfirmasi] password [biar ga di banned|sekarang juga]`,
    ],
    camPicAsk: [
      `pap [dong|dulu|muka dong][ biar percaya| hehe|]`,
      `[nyalain|buka] [kamera|cam] [dong|nya][ 😏|]`,
      `[kirim|spill] [foto|selfie|muka] [kamu|lu] dong`,
    ],
    contactAskSlang: [
      `[minta|bagi] [wa|nomor|ig|line] [dong|nya][ nanti aku masukin grup|]`,
      `[punya|ada] {platform} [ga|gak][?| apa namanya]`,
    ],
    moveChatAsk: [
      `[chat|ngobrol] di tempat lain [yuk|aja][, disini mod baca semua|]`,
      `pindah ke [wa|app lain|dm] [aja|yuk][?|]`,
    ],
  },
  giving: {
    giveThenAskBack: [
      `[aku|gw] [dari|di] {realcity}[, kamu dimana?|, lu dmn?|, kamu?]`,
      `{platform} aku {handle}[, sekarang kirim punya kamu| punya lu apa?]`,
    ],
    meetNamedSpot: [
      `[ketemuan|ketemu] di {namedplace} [jam {time}|hari {weekday}][ ya|]`,
      `[dateng|ayo] ke {namedplace} [jam {time}|{weekday}][, kita semua disana|]`,
    ],
    revealNameFace: [
      `[nama asli|aslinya] aku {fullname}[ jangan bilang siapa2| wkwk|]`,
      `face reveal aku udah [upload|tayang] di [channel|tiktok][ jangan ketawa|]`,
    ],
    otherPersonData: [`ini nomor [abang|kakak|sepupu] aku: {phone}`, `{first} tinggal di {address}[ wkwk|]`],
  },
};

export const TL: Families = {
  asking: {
    pretextCreds: [
      `[bigay|send] mo [user at pass|email at password|login] mo [tapos|at] [ibo-boost kita|dadamihan ko items mo|bibigyan kita {amount} {currency}][ libre|]`,
      `hi, [support|admin|owner ng server] ito, may suspicious activity sa account mo, [i-send|i-confirm] mo password mo [para di ka ma-ban|ngayon na]`,
      `[send|sabihin] mo yung [6 digit|otp|verification] code na dumating sayo[ para makuha mo prize|]`,
    ],
    camPicAsk: [
      `send ka [naman |][pic|selfie|pic mo][ hehe| para maniwala ako|]`,
      `[open|buksan] mo [cam|camera] mo[ dali| 😏|]`,
    ],
    contactAskSlang: [
      `[ano|pahingi] [number|fb|ig|messenger] mo[?| add kita sa gc|]`,
      `may {platform} ka[?| ano name mo dun]`,
    ],
    moveChatAsk: [
      `[dun|lipat] tayo sa ibang app[?|, dito binabasa ng mods lahat|]`,
      `pm mo ko sa ibang app[?|]`,
    ],
  },
  giving: {
    giveThenAskBack: [
      `taga {realcity} ako[, ikaw?|, san ka?]`,
      `{platform} ko {handle}[, send mo rin sayo| ikaw naman]`,
    ],
    meetNamedSpot: [
      `tara sa {namedplace} [sa {weekday}|mamaya] [ng {time}|tanghali][, dun tayo mag meet|]`,
      `kita tayo sa {namedplace} [sa {weekday}|ng {time}]`,
    ],
    revealNameFace: [
      `[sa totoo|irl] {fullname} pangalan ko[ wag mo sabihin| haha|]`,
      `nasa [channel|tiktok] ko na yung face reveal ko[ wag tumawa|]`,
    ],
    otherPersonData: [`eto number ng [kuya|ate|pinsan] ko: {phone}`, `{first} nakatira sa {address}`],
  },
};

export const HI: Families = {
  asking: {
    pretextCreds: [
      `[apna|tera] [id password|login password|email aur pass] de [main boost kar dunga|tera rank badha dunga|{amount} {currency} free dunga][ bhai|]`,
      `bhai main [support se|server owner|admin] hu, tere account pe suspicious activity hai, password [bhej|confirm kar] [warna ban|jaldi]`,
      `jo [otp|6 digit code] aaya hai wo [bata|bhej] de[, reward aa jayega|]`,
    ],
    camPicAsk: [
      `[cam|camera] [on kar|chalu kar][ na| yaar|]`,
      `apni [pic|selfie|photo] [bhej|dikha][ na| pehle|]`,
    ],
    contactAskSlang: [
      `[apna|tera] [number|insta|whatsapp] de[ group me add karta hu| na|]`,
      `{platform} hai kya[?| id bata]`,
    ],
    moveChatAsk: [
      `kahin aur baat karte hai[, yaha mods sab padhte hai|?]`,
      `dusre app pe [aaja|chal][, dm kar|?]`,
    ],
  },
  giving: {
    giveThenAskBack: [
      `main {realcity} se hu[, tu kaha se?|, tu?]`,
      `mera {platform} {handle} hai[, ab tu bhej| tera kya hai?]`,
    ],
    meetNamedSpot: [
      `{namedplace} pe milte hai [{time} baje|{weekday} ko][ pakka|]`,
      `[aaja|aao] {namedplace} [{weekday} ko|{time} baje][, sab wahi hai|]`,
    ],
    revealNameFace: [
      `[asli naam|real me] {fullname} hai mera[ kisi ko mat batana|]`,
      `mera face reveal [channel pe|yt pe] aa gaya[ haso mat|]`,
    ],
    otherPersonData: [`ye mere [bhai|cousin|didi] ka number hai: {phone}`, `{first} {address} pe rehta hai`],
  },
};

export const RU: Families = {
  asking: {
    pretextCreds: [
      `[скинь|дай] [логин и пароль|почту и пароль|данные от акка] [и я тебя апну|я тебе задюпаю вещи|дам {amount} {currency}][ бесплатно|]`,
      `привет, я из [поддержки|администрации], на твоем акке подозрительная активность, [скинь|подтверди] пароль [а то забанят|в течение часа]`,
      `[скажи|скинь] код из смс [который пришел|из 6 цифр][, и награда придет|]`,
      `[daj|skin'] login i parol' [ya tebya apnu|budet bonus]`,
    ],
    camPicAsk: [`[включи|вруби] камеру[ ну| 😏|]`, `[скинь|покажи] [фотку|селфи|лицо][ сначала| плз|]`],
    contactAskSlang: [
      `u tebya est [vk|tg|insta][?| kin' ssylku]`,
      `[скинь|дай] [номер|тг|вк|инсту][ добавлю в беседу|]`,
      `есть {platform}[?| кинь ник]`,
    ],
    moveChatAsk: [
      `давай [в другом месте|в личке в другом приложении] [поговорим|спишемся][, тут модеры все читают|]`,
      `[go|davai] v drugoe prilozhenie[?|]`,
    ],
  },
  giving: {
    giveThenAskBack: [
      `я [из|живу в] {realcity}[, а ты?|, ты где?]`,
      `мой {platform} {handle}[, теперь ты свой| кидай свой]`,
    ],
    meetNamedSpot: [
      `[встречаемся|встретимся] у {namedplace} в {time}[ в {weekday}|]`,
      `[подходи|приходи] к {namedplace} [в {weekday}|в {time}][, мы все там|]`,
    ],
    revealNameFace: [
      `[в реале|по настоящему] меня зовут {fullname}[ никому не говори|]`,
      `мой face reveal уже на [канале|ютубе][ не ржите|]`,
    ],
    otherPersonData: [`вот номер моего [брата|кузена|сестры]: {phone}`, `{first} живет на {address}`],
  },
};

export const JA: Families = {
  asking: {
    pretextCreds: [
      `[IDとパスワード|ログイン情報|メアドとパス]教えて[くれたら|くれれば][代行で{level}まで上げる|アイテム増やしてあげる|{amount}{currency}あげる]`,
      `運営サポートです。アカウントに不審なログインがあります。確認のため[パスワード|ログインIDとパスワード]をこのチャットに送ってください`,
      `[SMSで届いた|さっき来た][6桁の|認証]コード教えて[、報酬送るから|]`,
    ],
    camPicAsk: [`[カメラ|顔出し][つけて|して][よ|]`, `[顔写真|自撮り|写真][送って|見せて][よ|ー|]`],
    contactAskSlang: [`[ライン|インスタ|ディスコ]教えて[よ|、グループ入れる|]`, `{platform}やってる[？|?]`],
    moveChatAsk: [`別のアプリで話そ[うよ|？|、ここ運営見てるし]`, `[DM|個チャ]で話さない[？|?]`],
  },
  giving: {
    giveThenAskBack: [
      `{realcity}住み[だよ|です]、[どこ住み？|そっちは？]`,
      `{platform}は{handle}だよ、[そっちのも教えて|次きみの番]`,
    ],
    meetNamedSpot: [
      `{namedplace}の前で{time}に[集合|待ち合わせ]ね`,
      `{weekday}に{namedplace}で[会おう|集まろう]`,
    ],
    revealNameFace: [
      `本名は{fullname}だよ[、内緒ね|]`,
      `顔出し動画[上げた|チャンネルに出した][よ|、笑わないで]`,
    ],
    otherPersonData: [`これ[兄|姉|いとこ]の番号:{phone}`, `{first}の家は{address}だよ`],
  },
};

export const AR: Families = {
  asking: {
    pretextCreds: [
      `[اعطيني|ارسلي] [اليوزر والباسورد|الايميل والباسورد|حسابك] و[برفعلك الرانك|اعطيك {amount} {currency}|اضاعفلك الاغراض]`,
      `مرحبا انا من [الدعم الفني|ادارة السيرفر]، في نشاط مشبوه على حسابك، ارسل كلمة السر [عشان ما ينحظر|خلال ساعة]`,
      `[قولي|ارسلي] الكود اللي وصلك [برسالة|بالايميل][ عشان توصلك الجائزة|]`,
      `[a3tini|eb3atli] el [password|login] w [ana bzedlak|ab3atlak] {currency}`,
    ],
    camPicAsk: [
      `[افتح|شغل] الكاميرا[ يلا|]`,
      `[ارسل|ورني] [صورتك|سيلفي|وجهك][ اول|]`,
      `eb3atli [sortak|selfie][ yalla|]`,
    ],
    contactAskSlang: [
      `eb3atli [rakamak|el whats|el snap][ yalla|]`,
      `[عطني|ارسل] [رقمك|سنابك|انستاك][ اضيفك للقروب|]`,
    ],
    moveChatAsk: [
      `[خلينا|تعال] نكمل [بمكان ثاني|ببرنامج ثاني][، هنا المشرفين يقرون كل شي|]`,
      `yalla nkamel [bmakan tani|3al whats][?|]`,
    ],
  },
  giving: {
    giveThenAskBack: [
      `انا [من|ساكن في] {realcity}[، وانت؟|، انت وين؟]`,
      `{platform} حقي {handle}[، ارسل حقك| وانت؟]`,
    ],
    meetNamedSpot: [
      `نتقابل عند {namedplace} الساعة {time}`,
      `[تعال|تعالوا] {namedplace} [يوم {weekday}|الساعة {time}]`,
    ],
    revealNameFace: [
      `اسمي الحقيقي {fullname}[ لا تقول لاحد|]`,
      `نزلت فيديو وجهي [بقناتي|بالتيك توك][ لا تضحكون|]`,
    ],
    otherPersonData: [`هذا رقم [اخوي|ولد عمي|اختي]: {phone}`, `{first} ساكن في {address}`],
  },
};

export const KO: Families = {
  asking: {
    pretextCreds: [
      `[아이디 비번|계정 정보|아이디랑 비밀번호] 알려주면 [대리로 {level}까지 올려줄게|아이템 복사해줄게|{amount} {currency} 줄게]`,
      `안녕하세요 [운영팀|고객센터]입니다. 계정에 이상 로그인이 감지되었습니다. 비밀번호를 [보내주세요|확인해주세요]`,
      `[문자로 온|방금 온] [인증번호|6자리 코드] 알려줘[ 보상 보내줄게|]`,
    ],
    camPicAsk: [`셀카 [보내줘|ㄱㄱ|좀][ ㅎㅎ|]`, `[캠 켜봐|얼굴 보여줘|사진 보내봐][ ㅋㅋ|]`],
    contactAskSlang: [`[카톡|인스타|디코] [아이디 뭐야|알려줘|ㄱㄱ][?|]`, `{platform} 해[?|? 아이디 좀]`],
    moveChatAsk: [
      `[딴 데서|다른 앱에서] 얘기하자[, 여기 운영자가 다 봐|]`,
      `[갠톡|디엠]으로 [옮기자|할래][?|]`,
    ],
  },
  giving: {
    giveThenAskBack: [
      `나 {realcity} 살아[, 너는?|, 어디 살아?]`,
      `내 {platform} {handle}이야[, 너도 알려줘| 이제 너]`,
    ],
    meetNamedSpot: [
      `{weekday} {time}에 {namedplace} 앞에서 만나`,
      `{namedplace}[로|에서] [모이자|보자] {time}에`,
    ],
    revealNameFace: [`내 본명 {fullname}이야[ 비밀|]`, `얼공 [영상|사진] [채널에 올림|올렸어][ 웃지마|]`],
    otherPersonData: [`이거 우리 [형|누나|사촌] 번호: {phone}`, `{first} 집 {address}임`],
  },
};

export const VI: Families = {
  asking: {
    pretextCreds: [
      `[dua|cho] [tk mk|tai khoan mat khau|mk] [day|di] [t cay ho cho|t nap kc free cho|t up {level} cho]`,
      `chao ban, minh ben [ho tro|admin], tai khoan ban co dang nhap la, [gui|xac nhan] mat khau [de khong bi khoa|ngay]`,
      `[doc|gui] ma otp [vua gui ve|6 so] cho t[ de nhan qua|]`,
    ],
    camPicAsk: [`gui [t|minh] [tam anh|anh mat|selfie] [di|coi][ nao|]`, `[bat|mo] cam [len|di][ coi|]`],
    contactAskSlang: [
      `[cho|xin] [zalo|sdt|fb|insta] [di|voi][ t add vao nhom|]`,
      `co {platform} ko[?| ten gi]`,
    ],
    moveChatAsk: [
      `qua [app khac|zalo|cho khac] noi chuyen [di|ko][, o day mod doc het|]`,
      `[nhan|ib] rieng qua app khac [nha|ko][?|]`,
    ],
  },
  giving: {
    giveThenAskBack: [
      `[t|minh] o {realcity}[, m o dau?|, con ban?]`,
      `{platform} t la {handle}[, gui cua m di| gio toi m]`,
    ],
    meetNamedSpot: [
      `gap nhau o {namedplace} luc {time}[ {weekday}|]`,
      `[qua|den] {namedplace} [luc {time}|{weekday}] [nha|di][, tui t o do|]`,
    ],
    revealNameFace: [
      `ten that t la {fullname}[ dung noi ai|]`,
      `video lo mat cua t [len kenh roi|tren tiktok][ dung cuoi|]`,
    ],
    otherPersonData: [`day la sdt cua [anh|chi|em ho] t: {phone}`, `{first} o {address}`],
  },
};

/** Relative draw weight of each intent above (absent: 1). */
export const WEIGHTS: Readonly<Record<string, number>> = {
  // asking: 4.6 in all
  pretextCreds: 1.6,
  camPicAsk: 1.1,
  contactAskSlang: 1.1,
  moveChatAsk: 0.8,
  // giving: 3.8 in all
  giveThenAskBack: 1.2,
  meetNamedSpot: 1.1,
  revealNameFace: 0.8,
  otherPersonData: 0.7,
};
