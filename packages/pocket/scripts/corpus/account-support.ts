/**
 * Account support (round 12): what the model of round 11 still missed on support-chat, as families
 * (written by helpers who never opened the set, from a brief that described its misses and quoted
 * some phrasings close to them: the set became training data, see SUPPORT-CHAT.md): help-desk and
 * account-support chat, where players and parents write to a game or app support team, ticket
 * threads, account recovery, refunds, bug reports, ban appeals, helpers in a help channel and fake
 * "support" scammers. Words like email, password, account, number and code are everywhere, mostly
 * harmlessly. On the `none` side, the hard negatives that cost false alarms: order, transaction,
 * receipt and ticket numbers, long and often with 555 in them (`orderAndTicketIds`); error codes,
 * build and version numbers and ports in a code snippet (`errorAndVersionCodes`); asking how to get
 * back into one's own account with no data given or asked (`accountRecoveryQuestion`); password and
 * two-factor advice with no secret in it, numbered steps after a hack included (`securityAdvice`); a
 * support agent's or bot's notice not to post an email, phone, password or PIN
 * (`agentNotice`); refund questions, ban appeals and bug reports, long threads with amounts, dates
 * and order numbers included (`refundAndBugTalk`); and a parent or a kid asking about an account
 * with an age alone (`parentAccountQuestion`). On the `asking` side: a fake agent asking for a card
 * number and its back digits, a PIN, an SMS code to dictate, a login to "confirm" or a recovery code
 * (`fakeAgentSecretAsk`); asking for a full real name that must match the bank account, or a photo
 * of a parent's card with the name showing (`realNameForRefund`); asking to write a number in words
 * or spaced out so the filter misses it (`filterDodgeAsk`). On the `giving` side: the account
 * holder's full name (`accountHolderName`); recovery codes, a password or a PIN typed into the chat,
 * also inside a long story of being scammed (`secretHandedOver`); and a phone or an outside handle
 * given to be reached faster than support (`contactOutsideSupport`).
 *
 * Contrast pairs: order ids next to real phones, security advice next to a secret handed over, a
 * real agent's notice next to a fake agent's ask, an age alone next to nothing located.
 *
 * All seventeen languages.
 *
 * Draw weights (`WEIGHTS`): 8.4 in all, giving 1.4, asking 1.4, none 5.6.
 */
import { choices, DIGIT_CHOICE, type Families } from './families.js';

/** A long order or transaction number, often with 555 in it (not a phone). */
const ORDER = `[5550|5551|8812|4417|7305|555]${choices(DIGIT_CHOICE, 4)}[|0|14|552|07|883|2915]`;
/** The same, printed in dashed groups as receipts do. */
const ORDER_DASH = `[5550|5551|3308|7719|2555]-[01|55|77|30|92]${choices(DIGIT_CHOICE, 2)}-${choices(DIGIT_CHOICE, 2)}`;
/** A support ticket reference. */
const TICKET = `[#|][KR|EU|NA|TK|SUP|CS|REQ|][-|]555${choices(DIGIT_CHOICE, 2)}[|1|07|42|555|90]`;
/** Error codes as launchers and apps print them. */
const ERR = `[0xc0000142|0x80070005|E-5550|ERR_555|error 1006|code 403|0x887a0006|LS-0013|CE-34878-0|5550-0142|NP-555-12|429]`;
/** Build and version numbers. */
const VER = `[1.55.0|2.5.51|v3.0.555|build 5550142|4.12.7|0.555.3|v2.19.555]`;
/** A local port in a code snippet. */
const PORT = `[5550|3000|8080|5173|5555|4200]`;
/** A money amount without a currency word (the currency goes inline). */
const AMT = `[4.99|9.99|19.99|49.99|5.55|99|14,99|2,99]`;
/** Recovery codes as an app prints them. */
const RCODE = `${choices('a|b|c|d|e|f|k|m|p|q|r|x|z|2|3|4|7|8|9', 4)}-${choices('a|b|c|d|e|f|k|m|p|q|r|x|z|2|3|4|7|8|9', 4)}`;
/** A card number as someone types it into the chat. */
const CARD = `[4|5]${choices(DIGIT_CHOICE, 3)} ${choices(DIGIT_CHOICE, 4)} ${choices(DIGIT_CHOICE, 4)} ${choices(DIGIT_CHOICE, 4)}`;

export const EN: Families = {
  none: {
    orderAndTicketIds: [
      `order ${ORDER_DASH}[,| -] [money taken|charged|paid] but [no gems|nothing arrived|no {currency}|the pack never showed up][ 😭| pls help|]`,
      `ticket ${TICKET} [still no answer|no reply yet|open for 5 days now|marked solved but its not][ 🙄|, anyone?|]`,
      `[transaction id|txn id|transaction] ${ORDER}[,| -] [can u check it|pls look into it|it says pending]`,
      `order ids ${ORDER}, ${ORDER} and ${ORDER}[, all charged twice| all failed|, same problem]`,
      `[receipt no|receipt number|receipt #] ${ORDER}[ from the app store| from google play|] [shows|says] ${AMT} [but|and] [i got nothing|the pass is missing|no coins]`,
      `[my|the] [ticket|case] [number|id] is ${TICKET}[ if that helps| btw|, the bot told me to post it here|]`,
      `[replied to|bumped] ${TICKET}[, been waiting since monday| again| lol]`,
      `[purchase|order] ${ORDER_DASH} [on|from] [the 14th|last friday|yesterday][,| -] [refund pending|status says processing|still nothing][?|]`,
    ],
    errorAndVersionCodes: [
      `error ${ERR} on [launch|startup|login][ again| since the update|, reinstalled twice|]`,
      `[run|just do] npm install then npm run dev, [port|its on port] ${PORT}`,
      `[im on|game says] ${VER}[,| -] [is that the latest|still crashes|cant join friends on the new one][?|]`,
      `[getting|keep getting] ${ERR} [when i buy|at checkout|when i link my account][ any fix|, help|?]`,
      `localhost:${PORT} [shows|gives] a blank page[, what did i miss| after npm start|]`,
      `[patch|update] ${VER} [broke|fixed] the [login screen|sound|controller support][ lol| finally|]`,
      `[crash log|log] says ${ERR} at line [555|142|88], build ${VER}`,
    ],
    accountRecoveryQuestion: [
      `[lost access|cant get in] after [switching devices|getting a new phone|resetting my phone], what do i do[?|]`,
      `my account was linked to [facebook|google|my old apple id] and now i cant find it, how do i recover it[?|??]`,
      `did u [restart ur router|clear the cache|try logging out and back in][?|]`,
      `[how do i|how can i] get back into my [account|old account] if i [dont remember|forgot] which [email|login] i used[?|]`,
      `[is there a way|any way] to recover [an account|my acc] [from 2019|i made as a kid|after a reset][?|]`,
      `[the reset link|recovery email] [never came|expired|goes to spam] [what now|, help|][?|]`,
      `[got logged out|it logged me out] and [it says|now it says] [account not found|wrong password][, did i get hacked?|, how do i fix this|]`,
      `[where|how] do i [start|open] account recovery[ in the app|, cant find the button|]?`,
    ],
    securityAdvice: [
      `reset ur password in settings > account > security[, then log out all devices|]`,
      `[dont|never] use the same password as ur email[ fr| lol|, learned that the hard way|]`,
      `[turn on|enable] [2fa|two factor|2 step verification][, it takes 2 min|, seriously|]`,
      `[got hacked?|if u got hacked:] 1) change ur password 2) [turn on 2fa|enable two factor] 3) [log out all sessions|remove unknown devices] 4) [contact support in the app|open a ticket][ and dont panic|]`,
      `[use|get] a password manager[ and make every password different|, long random ones|]`,
      `[support|staff|real admins] will never ask for ur password or [codes|the sms code][, anyone who does is a scammer|]`,
      `[save|write down] ur backup codes [somewhere safe|offline|on paper] [and|but] dont [post|share] them[ anywhere| with anyone|]`,
      `[tip|psa]: [a long passphrase|4 random words] [beats|is better than] [a short one with symbols|ur pets name + 123][ lol|]`,
    ],
    agentNotice: [
      `[Hi|Hello], [this is|] [support|the support team] here. [please|pls] [do not|dont] post [ur|your] email, phone or password in this chat. we can verify you through the in-app form.`,
      `[🤖 bot|auto reply|AutoMod]: [messages with|posts containing] [emails|phone numbers|passwords] are [removed|deleted] automatically. [use|open] [the ticket form|a ticket] instead.`,
      `[agent|staff note]: [we|support] will never ask for [your|ur] [password|UPI PIN|card details|login code]. [report anyone who does|if someone does, its a scam].`,
      `[thanks for waiting|thank you for contacting us]. [for your safety|to protect your account], [dont|do not] share [personal info|any personal details] here[, we will reply to the email on your ticket|].`,
      `[mod|helper] here: [dont|please dont] [paste|drop] [ur|your] [login|email|recovery codes] [in|into] [#help|the help channel], [dm|use] the official form`,
      `[your ticket|ticket] has been [received|created]. [an agent|someone] will reply in [24-48h|2 days]. [never|please never] send [your|] password to [anyone|us][.|]`,
      `[reminder|📌 pinned]: [staff|support] [only|always] [contact|reply to] you through [the app|the ticket system][. ignore dms from "support"|. we dont do dms|]`,
    ],
    refundAndBugTalk: [
      `the tournament was cancelled, do we get a refund[?|??]`,
      `text is cut off in the settings menu[ on mobile|, french version too|]`,
      `i want to appeal my ban, it was my [cousin|little brother|friend] on my account[, i swear| pls|]`,
      `ok ill wait for the email then[ thx| 👍|]`,
      `[bought|paid for] the [battle pass|starter pack|{item}] [twice|on the 3rd] for ${AMT} [{currency}|], order ${ORDER}, [the second one|one of them] [never unlocked|is a duplicate]. [support said|they said] [5-7 days|wait a week] [on|back on] the [10th|12th], [its been|now its] [two weeks|the 24th] and [still nothing|no answer], ticket ${TICKET}`,
      `[can i|how do i] [get a refund|get my money back] [for|on] [the skin|a pack] [i bought by accident|my kid bought][?|]`,
      `[bug|found a bug]: [the shop|inventory|the map] [freezes|goes black|crashes] when [i open it|u tap twice|switching tabs][, repro every time|]`,
      `[banned for|got banned for] ["cheating"|"toxicity"|no reason] [after|on] [3 years|the day i bought {item}][, how do i appeal|, is there a form|]`,
    ],
    parentAccountQuestion: [
      `[my son is {age}, can he|my daughter is {age}, can she|my kid is 8, can they] have an account[?| of their own?|]`,
      `im {age}, can i buy gems[?| with my own card?|]`,
      `[hi|hello], [parent here|im a parent]. my [son|daughter] is {age} [and|,] [wants to play|asked for an account], [is there|do u have] a [parent mode|kids setting|spending limit][?|]`,
      `[whats the|is there a] [minimum age|age limit][ for an account| to chat| to buy stuff|][? my kid is {age}|?]`,
      `[can|how do i] [link|connect] my {age} year old's account to mine [to see purchases|for parental controls][?|]`,
      `im {age} [is that|am i] [old enough|too young] [for|to use] [voice chat|the market|ranked][?|]`,
      `my [nephew|son] ({age}) [spent|bought] ${AMT} [{currency}|] [without asking|by accident], [can we|is it possible to] get it back[?|]`,
    ],
  },
  asking: {
    fakeAgentSecretAsk: [
      `[support here|this is support|official staff]: to [unlock|verify|restore] [ur|your] account [send|type] [the card number|ur card number] and the 3 digits on the back`,
      `[pls|please] [confirm|verify] [ur|your] username and password [here|below] so we can [fix|restore] the [refund|account][.|]`,
      `[we sent|u got] [a code|an sms code] to ur phone, [dictate|read|type] it [to me|here] [to finish|so i can finish] the [verification|refund]`,
      `to [receive|get] the refund [tell me|send] [ur|your] UPI PIN[, its just to confirm|, quick|]`,
      `[ur account will be|account gets] [deleted|banned] in [24h|1 hour] unless u [send|give me] [ur recovery code|the backup codes][ now|]`,
      `[hi im|im] [a|the] [moderator|game admin|support agent], [whats|what is] [ur|the] [login code|6 digit code] [that just came|we just sent][?|]`,
      `[to process it|for the refund] [i need|send me] [the expiry date and cvv|card number + cvv] [of the card used|on the card][ pls|]`,
    ],
    realNameForRefund: [
      `[whats|what is] [ur|your] full [real|legal|] name[? it must match the bank account|, it has to match the card]`,
      `[send|can u send] a [photo|pic] of [ur|your] [moms|dads|parents] card with the name showing[ for the refund|]`,
      `[for the refund|to refund u] [we need|i need] [ur|the] first and last name [as on the bank account|of the card holder]`,
      `[type|write] [ur|the account holders] full name [here|below][, exactly as on the card|]`,
      `[whose|who's] name is on the card[? full name pls|? first and last]`,
      `[need|i need] [ur|your] real name [and|+] a [selfie|photo of ur id] to [verify|confirm] [the purchase|u own it]`,
    ],
    filterDodgeAsk: [
      `write your number in words so the bot doesnt delete it`,
      `send it spaced out[ lol|, the filter eats numbers|]`,
      `[put|type] [ur|the] [email|number] with [dots|spaces] [between|in] it so [automod|the bot] [misses it|doesnt catch it]`,
      `[the bot|automod] [deleted|removed] it, [try again|send it again] [in words|like five five five|with dashes][?|]`,
      `[write|say] ur [whatsapp|number|snap] [backwards|with letters] [so it goes through|so mods dont see][ lol|]`,
      `[use|write] (at) and (dot) [for|in] ur email [so it doesnt get blocked|, the chat hides it]`,
    ],
  },
  giving: {
    accountHolderName: [
      `the account is in my [dads|moms] name, {fullname}`,
      `the account holder is {fullname}, [shes|she's] my mom`,
      `[its|the card is] under [my dad|my stepdad|my mom], {fullname}[, if u need that|]`,
      `[the|my] [paypal|bank account|card] is [in the name of|under] {fullname}[ (my mum)| - my dad|]`,
      `[registered|account registered] to {fullname}[, thats me| btw, my legal name|]`,
      `[my real name|real name] [is|=] {fullname}[, same as on the receipt|, pls find my purchase|]`,
      `[purchase was|it was bought] on [my aunts|my brothers] card, {fullname}`,
    ],
    secretHandedOver: [
      `pw is {password}, go ahead and check`,
      `here are the recovery codes: ${RCODE} ${RCODE} ${RCODE}`,
      `[my|] [login|email] is {email} and [pw|password] {password}[, can u log in and fix it|]`,
      `[the|my] [pin|upi pin] is {pin}[, pls refund now|]`,
      `code [is|=] {otp}[ just came|, hurry]`,
      `so [yesterday|last night] someone [claiming to be|saying he was] support [messaged|dmed] me, [said|told me] my account would be deleted, and i [gave him|typed] my [password|login], {password}, and the code {otp}. now [all my items are gone|i cant log in] and [he blocked me|the email changed]. [what do i do|pls help]`,
      `[card|my card] ${CARD} [exp|expires] [08/27|11/26] cvv [555|142|318][, refund to that|]`,
      `[ok|here], [my|] username {gamehandle} and [password|pass] {password}[, try it urself|]`,
    ],
    contactOutsideSupport: [
      `text me on {phone}, i answer faster than support`,
      `add me on vk, im there as {fullname}`,
      `[just|] [call|whatsapp] me [at|on] {phone} [its faster|instead of the ticket][ lol|]`,
      `[dm me|msg me] on [discord|insta|telegram] {handle} [and ill help|ill walk u through it][, i fixed mine|]`,
      `[my|] [email|personal email] is {email}, [write there|send the screenshots there][ instead|]`,
      `[support is slow|tickets take forever], [hit me up|reach me] on {platform}: {handle}`,
      `[im|ill be] on {platform} [as|@] {handle}[ if u want help faster| tonight|]`,
    ],
  },
};

export const ES: Families = {
  none: {
    orderAndTicketIds: [
      `pedido ${ORDER_DASH}[,| -] [me cobraron|me quitaron la plata|pagué] y [no llegaron las gemas|no me llegó nada|nada de {currency}][ 😭|]`,
      `el ticket ${TICKET} [sigue sin respuesta|nadie contesta|lleva 5 días abierto][ ya|, hola?|]`,
      `[id de transacción|n° de transacción|transacción] ${ORDER}[, pueden revisar?|, sale pendiente|]`,
      `[los pedidos|pedidos] ${ORDER}, ${ORDER} y ${ORDER} [me los cobraron dos veces|fallaron todos]`,
      `[mi número de caso|mi n° de ticket|el caso] es ${TICKET}[ por si sirve| xfa|]`,
      `[el recibo|la factura] ${ORDER} [dice|marca] ${AMT} [€|$|pesos] pero [no tengo el pase|no me dieron nada]`,
    ],
    errorAndVersionCodes: [
      `[me sale|me da] [el error|error] ${ERR} al [abrir el juego|iniciar sesión|entrar][ otra vez|, ya reinstalé|]`,
      `[haz|hacé] npm install y luego npm run dev, [puerto|va en el puerto] ${PORT}`,
      `[tengo la|estoy en la] versión ${VER}[, es la última?| y sigue crasheando|]`,
      `[en|con] la ${VER} [se rompió|arreglaron] [el login|el sonido|el mando][ jaja| por fin|]`,
      `localhost:${PORT} [sale en blanco|no carga][, qué me falta?|]`,
    ],
    accountRecoveryQuestion: [
      `[perdí el acceso|no puedo entrar] [al cambiar de celu|después de cambiar de móvil], qué hago[?|]`,
      `mi cuenta estaba vinculada a [facebook|google] y ya no la encuentro, cómo la recupero[?|??]`,
      `[reiniciaste|probaste reiniciar] [el router|la app|el cel][?|]`,
      `[cómo|como] recupero una cuenta si no me acuerdo [del correo|con qué mail la hice][?|]`,
      `[no me llega|nunca llega] el [link|correo] para [restablecer|recuperar][, qué hago?| ni en spam|]`,
      `[me cerró la sesión|me sacó] y [ahora dice|dice] [cuenta no encontrada|contraseña incorrecta][, me hackearon?|]`,
    ],
    securityAdvice: [
      `cambia la contraseña en ajustes > cuenta > seguridad[ y cierra sesión en todo|]`,
      `[no uses|nunca uses] la misma contraseña que [tu correo|el mail][ eh| posta|]`,
      `[activa|activá] la verificación en dos pasos[, son 2 min|, en serio|]`,
      `si te hackearon: 1) cambia la contraseña 2) activa [2fa|la verificación en dos pasos] 3) cierra las sesiones 4) [escribe a soporte desde la app|abre un ticket]`,
      `soporte nunca te va a pedir la contraseña [ni códigos|ni el código sms][, el que lo pida es estafa|]`,
      `guarda los códigos de respaldo [en papel|en un lugar seguro] y no se los [pases|mandes] a nadie`,
    ],
    agentNotice: [
      `hola, [soy de soporte|te escribe soporte]. [por favor|porfa] no [publiques|pongas] tu correo, teléfono ni contraseña en este chat. te verificamos por el formulario de la app.`,
      `[🤖 bot|respuesta automática]: los mensajes con [correos|teléfonos|contraseñas] se borran solos. [usa|abrí] un ticket.`,
      `[nota del equipo|staff]: nunca te vamos a pedir [la contraseña|los datos de la tarjeta|el código de acceso]. si alguien lo hace, es una estafa.`,
      `[mod|helper] acá: no [pegues|pongas] tu [login|correo|código] en el canal de ayuda, usa el formulario oficial`,
      `[recibimos tu ticket|ticket creado]. [un agente|alguien] te responde en [24-48 h|2 días]. nunca mandes tu contraseña [a nadie|por chat].`,
    ],
    refundAndBugTalk: [
      `se canceló el torneo, nos devuelven la plata[?|??]`,
      `el texto [se corta|sale cortado] en el menú de ajustes[ en el cel|]`,
      `quiero apelar mi ban, era mi [primo|hermano chico] con mi cuenta[, lo juro|]`,
      `ok, entonces espero el correo[ gracias| 👍|]`,
      `compré el [pase|pack] [dos veces|el día 3] por ${AMT} [€|$], pedido ${ORDER}, [uno|el segundo] nunca se activó. soporte me dijo [5-7 días|una semana] el [10|12], ya es [24|día 28] y nada, ticket ${TICKET}`,
      `[bug|encontré un bug]: la tienda se [congela|pone negra] cuando [la abro|cambias de pestaña][, pasa siempre|]`,
    ],
    parentAccountQuestion: [
      `[mi hijo|mi hija] tiene [8|{age}] años, puede tener cuenta[?|]`,
      `tengo {age}, puedo comprar gemas[?| con mi tarjeta?|]`,
      `hola, soy [mamá|papá|madre]. mi [hijo|hija] tiene {age} y [quiere jugar|pidió una cuenta], hay [control parental|límite de gasto][?|]`,
      `[cuál es la edad mínima|hay edad mínima] [para tener cuenta|para el chat][? mi nene tiene {age}|?]`,
      `tengo {age}, [ya puedo|puedo] usar el chat de voz[?|]`,
      `mi [hijo|sobrino] de {age} [gastó|compró] ${AMT} [€|$] sin permiso, [se puede|pueden] devolver[?|]`,
    ],
  },
  asking: {
    fakeAgentSecretAsk: [
      `[soporte oficial|somos soporte]: para [desbloquear|verificar] tu cuenta manda el número de la tarjeta y los 3 números de atrás`,
      `[confirma|confirmá] tu usuario y contraseña [acá|aquí] para [procesar el reembolso|recuperar la cuenta]`,
      `te llegó un código por sms, [dictámelo|pásamelo|escríbelo aquí] para terminar la verificación`,
      `tu cuenta se [borra|banea] en [24 h|una hora] si no [mandas|me pasas] el código de recuperación`,
      `[soy moderador|soy admin del juego], [cuál es|pásame] el código de 6 dígitos que te [acaba de llegar|mandamos][?|]`,
      `para el reembolso [necesito|mándame] [la fecha de vencimiento y el cvv|número y cvv] de la tarjeta`,
    ],
    realNameForRefund: [
      `[cuál es|dime] tu nombre completo[? tiene que coincidir con la cuenta del banco|, debe coincidir con la tarjeta]`,
      `[manda|mándame] una foto de la tarjeta de tu [mamá|papá] donde se vea el nombre[ para el reembolso|]`,
      `para devolverte el dinero necesito [nombre y apellido|tus nombres y apellidos] [como en el banco|del titular]`,
      `[escribe|pon] el nombre completo del titular [aquí|abajo][, tal cual la tarjeta|]`,
      `[a nombre de quién|de quién] está la tarjeta[? nombre completo porfa|?]`,
    ],
    filterDodgeAsk: [
      `escribe tu número en letras pa que el bot no lo borre`,
      `[mándalo|pásalo] separado[ jaja|, el filtro borra los números|]`,
      `pon [el correo|el número] con [puntos|espacios] para que [el bot|automod] no lo [pille|detecte]`,
      `[el bot lo borró|se borró], [mándalo otra vez|pasalo de nuevo] [en palabras|tipo cinco cinco cinco][?|]`,
      `pon (arroba) y (punto) en tu mail así no lo bloquea`,
    ],
  },
  giving: {
    accountHolderName: [
      `la cuenta está a nombre de mi [papá|mamá], {fullname}`,
      `el titular es {fullname}, es mi [mamá|madre]`,
      `[la tarjeta|el paypal] está a nombre de {fullname}[ (mi papá)|, mi viejo|]`,
      `[mi nombre real|me llamo] {fullname}[, igual que en el recibo|, busquen mi compra|]`,
      `[se compró|fue] con la tarjeta de mi [tía|hermano], {fullname}`,
    ],
    secretHandedOver: [
      `la contra es {password}, [revisa|entra y mira] nomás`,
      `[acá|aquí] van los códigos de recuperación: ${RCODE} ${RCODE} ${RCODE}`,
      `mi correo es {email} y la contraseña {password}[, pueden entrar y arreglarlo?|]`,
      `el código es {otp}[ acaba de llegar|, rápido]`,
      `ayer un tipo [que decía ser|haciéndose pasar por] soporte me escribió, dijo que me iban a borrar la cuenta y le [di|pasé] mi contraseña {password} y el código {otp}. ahora [no tengo mis cosas|no puedo entrar] y me bloqueó, qué hago`,
      `[mi|la] tarjeta ${CARD} vence [08/27|11/26] cvv [555|142][, devuelvan ahí|]`,
    ],
    contactOutsideSupport: [
      `escríbeme al {phone}, contesto más rápido que soporte`,
      `agrégame en [vk|insta|face], estoy como {fullname}`,
      `[llámame|mándame wsp] al {phone} [es más rápido|en vez del ticket]`,
      `[háblame|escríbeme] por [discord|telegram|insta] {handle} y te [ayudo|explico][, a mí me pasó|]`,
      `mi correo es {email}, [manda las capturas ahí|escríbeme ahí]`,
      `[soporte tarda mucho|el ticket tarda], búscame en {platform}: {handle}`,
    ],
  },
};

export const PT: Families = {
  none: {
    orderAndTicketIds: [
      `pedido ${ORDER_DASH}[,| -] [cobraram|descontou] e [não caiu as gemas|não chegou nada|nada de {currency}][ 😭|]`,
      `o ticket ${TICKET} [continua sem resposta|ninguém responde|tá aberto faz 5 dias][ ainda|, alguém?|]`,
      `[id da transação|transação] ${ORDER}[, podem ver?|, tá pendente|]`,
      `os pedidos ${ORDER}, ${ORDER} e ${ORDER} [cobraram duas vezes|deram erro todos]`,
      `[meu protocolo|o número do chamado|meu ticket] é ${TICKET}[ se ajudar| pfv|]`,
      `[o recibo|a nota] ${ORDER} [mostra|diz] R$ ${AMT} mas [não recebi o passe|não veio nada]`,
    ],
    errorAndVersionCodes: [
      `[tá dando|dá] erro ${ERR} [quando abro o jogo|no login|ao entrar][ de novo|, já reinstalei|]`,
      `[roda|dá] npm install e depois npm run dev, [porta|tá na porta] ${PORT}`,
      `[tô na|minha] versão é ${VER}[, é a mais nova?| e continua crashando|]`,
      `a ${VER} [quebrou|consertou] [o login|o som|o controle][ kkk| finalmente|]`,
      `localhost:${PORT} [fica em branco|não carrega][, o que falta?|]`,
    ],
    accountRecoveryQuestion: [
      `[perdi o acesso|não consigo entrar] depois de trocar de celular, o que eu faço[?|]`,
      `minha conta tava vinculada ao [facebook|google] e agora não acho ela, como recupero[?|??]`,
      `[vc reiniciou|reiniciou] o [roteador|app|cel][?|]`,
      `como recupero a conta se não lembro [qual email usei|o email][?|]`,
      `[o link de redefinição|o email de recuperação] [não chega|nunca chegou][, nem no spam|, e agora?|]`,
      `[me deslogou|saiu da conta] e agora diz [conta não encontrada|senha incorreta][, fui hackeado?|]`,
    ],
    securityAdvice: [
      `troca a senha em configurações > conta > segurança[ e sai de todos os aparelhos|]`,
      `[não usa|nunca usa] a mesma senha do [seu email|email][ mano|, sério|]`,
      `[ativa|liga] a verificação em duas etapas[, leva 2 min|, sério|]`,
      `se te hackearam: 1) troca a senha 2) ativa [2fa|duas etapas] 3) encerra as sessões 4) [fala com o suporte pelo app|abre um chamado]`,
      `o suporte nunca pede senha [nem código|nem o código do sms][, quem pede é golpe|]`,
      `guarda os códigos de backup [no papel|num lugar seguro] e não manda pra ninguém`,
    ],
    agentNotice: [
      `olá, [aqui é o suporte|suporte falando]. [por favor|pfv] não [poste|coloque] seu email, telefone ou senha neste chat. a gente verifica você pelo formulário do app.`,
      `[🤖 bot|resposta automática]: mensagens com [email|telefone|senha] são apagadas automaticamente. [abra|use] um chamado.`,
      `[aviso da equipe|staff]: nunca vamos pedir [sua senha|seu PIN|os dados do cartão|o código de login]. se alguém pedir, é golpe.`,
      `[mod|helper] aqui: não [cola|manda] seu [login|email|código] no canal de ajuda, usa o formulário oficial`,
      `[recebemos seu chamado|chamado aberto]. um atendente responde em [24-48h|2 dias]. nunca envie sua senha [pra ninguém|no chat].`,
    ],
    refundAndBugTalk: [
      `o torneio foi cancelado, a gente recebe reembolso[?|??]`,
      `o texto [tá cortado|fica cortado] no menu de configurações[ no celular|]`,
      `quero recorrer do meu ban, era meu [primo|irmão mais novo] na minha conta[, juro|]`,
      `ok, vou esperar o email então[ vlw| 👍|]`,
      `comprei o [passe|pacote] [duas vezes|dia 3] por R$ ${AMT}, pedido ${ORDER}, [um|o segundo] nunca ativou. o suporte falou [5-7 dias|uma semana] no dia [10|12], já é dia [24|28] e nada, ticket ${TICKET}`,
      `[bug|achei um bug]: a loja [trava|fica preta] quando [abro|troca de aba][, sempre acontece|]`,
    ],
    parentAccountQuestion: [
      `[meu filho|minha filha] tem [8|{age}] anos, pode ter conta[?|]`,
      `tenho {age}, posso comprar gemas[?| com meu cartão?|]`,
      `oi, sou [mãe|pai]. [meu filho|minha filha] tem {age} e [quer jogar|pediu uma conta], tem [controle dos pais|limite de gastos][?|]`,
      `[qual a idade mínima|tem idade mínima] [pra ter conta|pro chat][? meu filho tem {age}|?]`,
      `tenho {age}, [já posso|posso] usar o chat de voz[?|]`,
      `meu [filho|sobrinho] de {age} [gastou|comprou] R$ ${AMT} sem pedir, dá pra estornar[?|]`,
    ],
  },
  asking: {
    fakeAgentSecretAsk: [
      `[suporte oficial|aqui é o suporte]: pra [desbloquear|verificar] sua conta manda o número do cartão e os 3 números de trás`,
      `confirma seu usuário e senha [aqui|abaixo] pra gente [liberar o reembolso|recuperar a conta]`,
      `chegou um código por sms, [me fala|dita|digita aqui] ele pra terminar a verificação`,
      `pra receber o reembolso me [passa|fala] seu PIN do pix[, é só pra confirmar|]`,
      `sua conta vai ser [apagada|banida] em [24h|1 hora] se não mandar o código de recuperação`,
      `pro estorno [preciso|me manda] [a validade e o cvv|número e cvv] do cartão`,
    ],
    realNameForRefund: [
      `qual seu nome completo[? tem que bater com a conta do banco|, precisa ser igual ao do cartão]`,
      `manda uma foto do cartão da sua [mãe|pai] com o nome aparecendo[ pro reembolso|]`,
      `pro reembolso preciso do nome e sobrenome [do titular|igual no banco]`,
      `[escreve|coloca] o nome completo do titular [aqui|abaixo][, igual no cartão|]`,
      `o cartão tá no nome de quem[? nome completo pfv|?]`,
    ],
    filterDodgeAsk: [
      `escreve teu número por extenso pro bot não apagar`,
      `manda separado[ kkk|, o filtro apaga número|]`,
      `coloca o [email|número] com [pontos|espaços] pro [bot|automod] não pegar`,
      `[o bot apagou|apagou], manda de novo [por extenso|tipo nove nove oito][?|]`,
      `escreve (arroba) e (ponto) no email que aí não bloqueia`,
    ],
  },
  giving: {
    accountHolderName: [
      `a conta tá no nome do meu [pai|mãe], {fullname}`,
      `o titular é {fullname}, é minha mãe`,
      `[o cartão|o pix] tá no nome de {fullname}[ (meu pai)|, minha mãe|]`,
      `meu nome [real|completo] é {fullname}[, igual no recibo|, procurem minha compra|]`,
      `[foi comprado|comprei] no cartão da minha [tia|irmã], {fullname}`,
    ],
    secretHandedOver: [
      `a senha é {password}, pode conferir`,
      `aqui os códigos de recuperação: ${RCODE} ${RCODE} ${RCODE}`,
      `meu email é {email} e a senha {password}[, vcs podem entrar e arrumar?|]`,
      `o código é {otp}[ acabou de chegar|, rápido]`,
      `ontem um cara [dizendo ser|se passando pelo] suporte me chamou, falou que iam apagar minha conta e eu [passei|dei] minha senha {password} e o código {otp}. agora [sumiu tudo|não consigo entrar] e ele me bloqueou, o que eu faço`,
      `[o pin|meu pin] é {pin}[, pode estornar|]`,
    ],
    contactOutsideSupport: [
      `me chama no {phone}, respondo mais rápido que o suporte`,
      `me adiciona no [vk|insta|face], tô lá como {fullname}`,
      `[me liga|me chama no zap] no {phone} [é mais rápido|em vez do chamado]`,
      `[chama|fala comigo] no [discord|telegram|insta] {handle} que eu te [ajudo|explico]`,
      `meu email é {email}, [manda os prints lá|me escreve lá]`,
      `[o suporte demora|chamado demora demais], me acha no {platform}: {handle}`,
    ],
  },
};

export const FR: Families = {
  none: {
    orderAndTicketIds: [
      `commande ${ORDER_DASH}[,| -] [j'ai été débité|argent pris|payé] mais [pas de gemmes|rien reçu|toujours pas de {currency}][ 😭|]`,
      `le ticket ${TICKET} [toujours pas de réponse|personne répond|ouvert depuis 5 jours][ svp|, allo?|]`,
      `[id de transaction|n° de transaction|transaction] ${ORDER}[, vous pouvez vérifier?|, c'est marqué en attente|]`,
      `les commandes ${ORDER}, ${ORDER} et ${ORDER} [débitées deux fois|ont toutes échoué]`,
      `[mon numéro de ticket|ma demande|le dossier] c'est ${TICKET}[ si ça aide| stp|]`,
      `[le reçu|la facture] ${ORDER} [indique|affiche] ${AMT} € mais [j'ai pas le pass|rien débloqué]`,
    ],
    errorAndVersionCodes: [
      `[j'ai|toujours] l'erreur ${ERR} au [lancement|démarrage|login][ encore|, j'ai réinstallé|]`,
      `[fais|lance] npm install puis npm run dev, [port|c'est sur le port] ${PORT}`,
      `je suis en ${VER}[, c'est la dernière?| et ça crash toujours|]`,
      `la maj ${VER} a [cassé|réparé] [la connexion|le son|la manette][ mdr| enfin|]`,
      `localhost:${PORT} [affiche une page blanche|charge pas][, j'ai raté quoi?|]`,
    ],
    accountRecoveryQuestion: [
      `[j'ai perdu l'accès|j'arrive plus à me co] après [avoir changé de tel|un changement d'appareil], je fais comment[?|]`,
      `mon compte était lié à [facebook|google] et je le retrouve plus, comment le récupérer[?|??]`,
      `t'as [redémarré ta box|vidé le cache|essayé de te déco reco][?|]`,
      `comment récupérer un compte si je me souviens plus [de l'adresse mail|quel mail j'ai mis][?|]`,
      `le [lien de réinitialisation|mail de récup] [arrive jamais|a expiré][, même pas dans les spams|, et maintenant?|]`,
      `[ça m'a déco|déconnecté] et maintenant c'est [compte introuvable|mot de passe incorrect][, on m'a hack?|]`,
    ],
    securityAdvice: [
      `change ton mdp dans paramètres > compte > sécurité[ et déco tous les appareils|]`,
      `[utilise jamais|n'utilise pas] le même mot de passe que ton mail[ sérieux|, vécu|]`,
      `[active|mets] la double authentification[, ça prend 2 min|, franchement|]`,
      `si t'as été hack : 1) change le mdp 2) active la [2fa|double auth] 3) déconnecte toutes les sessions 4) [contacte le support dans l'appli|ouvre un ticket]`,
      `le support te demandera jamais ton mdp [ni un code|ni le code sms][, ceux qui le font sont des arnaqueurs|]`,
      `garde tes codes de secours [sur papier|dans un endroit sûr] et les envoie à personne`,
    ],
    agentNotice: [
      `bonjour, [ici le support|c'est le support]. merci de ne pas [poster|mettre] votre e-mail, téléphone ou mot de passe dans ce chat. on peut vous vérifier via le formulaire de l'appli.`,
      `[🤖 bot|réponse auto]: les messages avec [e-mail|numéro de tel|mot de passe] sont supprimés automatiquement. [ouvrez|utilisez] un ticket.`,
      `[note de l'équipe|staff]: on ne vous demandera jamais [votre mot de passe|votre code|les infos de carte]. si quelqu'un le fait, c'est une arnaque.`,
      `[modo|helper] ici : [collez pas|mettez pas] vos [identifiants|mails|codes] dans le salon d'aide, passez par le formulaire officiel`,
      `[ticket reçu|demande enregistrée]. un agent répond sous [24-48h|2 jours]. n'envoyez jamais votre mot de passe [à personne|dans le chat].`,
    ],
    refundAndBugTalk: [
      `le tournoi a été annulé, on est remboursés[?|??]`,
      `le texte est coupé dans le menu paramètres[ sur mobile|]`,
      `je veux contester mon ban, c'était mon [cousin|petit frère] sur mon compte[, je jure|]`,
      `ok j'attends le mail alors[ merci| 👍|]`,
      `j'ai acheté le [pass|pack] [deux fois|le 3] pour ${AMT} €, commande ${ORDER}, [un des deux|le deuxième] s'est jamais activé. le support m'a dit [5-7 jours|une semaine] le [10|12], on est le [24|28] et rien, ticket ${TICKET}`,
      `[bug|j'ai trouvé un bug] : la boutique [freeze|devient noire] quand [je l'ouvre|on change d'onglet][, à chaque fois|]`,
    ],
    parentAccountQuestion: [
      `[mon fils a {age} ans, il|ma fille a {age} ans, elle|mon fils a 8 ans, il] peut avoir un compte[?|]`,
      `j'ai {age} ans, je peux acheter des gemmes[?| avec ma carte?|]`,
      `bonjour, je suis [la maman|le papa|parent]. mon enfant a {age} ans et [veut jouer|demande un compte], il y a un [contrôle parental|plafond de dépenses][?|]`,
      `[c'est quoi l'âge minimum|il y a un âge minimum] [pour un compte|pour le chat][? mon fils a {age} ans|?]`,
      `j'ai {age} ans, [je peux|j'ai le droit de] utiliser le chat vocal[?|]`,
      `mon [fils|neveu] de {age} ans a [dépensé|acheté] ${AMT} € sans demander, on peut être remboursés[?|]`,
    ],
  },
  asking: {
    fakeAgentSecretAsk: [
      `[support officiel|ici le support] : pour [débloquer|vérifier] ton compte envoie le numéro de carte et les 3 chiffres au dos`,
      `confirme ton pseudo et ton mot de passe [ici|en dessous] pour qu'on [traite le remboursement|récupère le compte]`,
      `t'as reçu un code par sms, [dicte-le moi|donne-le|écris-le ici] pour finir la vérification`,
      `ton compte sera [supprimé|banni] dans [24h|1 heure] si tu envoies pas ton code de récupération`,
      `[je suis modo|je suis admin du jeu], c'est quoi le code à 6 chiffres que [tu viens de recevoir|on t'a envoyé][?|]`,
      `pour le remboursement [il me faut|envoie] [la date d'expiration et le cryptogramme|numéro et cvv] de la carte`,
    ],
    realNameForRefund: [
      `c'est quoi ton nom complet[? il doit correspondre au compte bancaire|, pareil que sur la carte]`,
      `envoie une photo de la carte de ta [mère|père] avec le nom visible[ pour le remboursement|]`,
      `pour te rembourser j'ai besoin du nom et prénom [du titulaire|comme à la banque]`,
      `[écris|mets] le nom complet du titulaire [ici|en dessous][, exactement comme sur la carte|]`,
      `la carte est au nom de qui[? nom complet stp|?]`,
    ],
    filterDodgeAsk: [
      `écris ton numéro en lettres pour que le bot le supprime pas`,
      `envoie-le avec des espaces[ mdr|, le filtre mange les chiffres|]`,
      `mets ton [mail|numéro] avec des [points|espaces] pour que [le bot|l'automod] le voie pas`,
      `[le bot l'a supprimé|supprimé], renvoie-le [en lettres|genre zéro six][?|]`,
      `écris (arobase) et (point) dans ton mail comme ça ça bloque pas`,
    ],
  },
  giving: {
    accountHolderName: [
      `le compte est au nom de mon [père|mère], {fullname}`,
      `le titulaire c'est {fullname}, c'est ma mère`,
      `[la carte|le paypal] est au nom de {fullname}[ (mon père)|, ma mère|]`,
      `mon vrai nom c'est {fullname}[, comme sur le reçu|, cherchez mon achat|]`,
      `[c'était|j'ai payé] avec la carte de ma [tante|sœur], {fullname}`,
    ],
    secretHandedOver: [
      `le mdp c'est {password}, vas-y vérifie`,
      `voilà les codes de récupération : ${RCODE} ${RCODE} ${RCODE}`,
      `mon mail c'est {email} et le mdp {password}[, vous pouvez vous co et réparer?|]`,
      `le code c'est {otp}[ il vient d'arriver|, vite]`,
      `hier un mec [qui disait être|se faisant passer pour] le support m'a écrit, il a dit que mon compte allait être supprimé et je lui ai [donné|filé] mon mdp {password} et le code {otp}. maintenant [j'ai plus rien|j'arrive plus à me co] et il m'a bloqué, je fais quoi`,
      `[le code pin|mon pin] c'est {pin}[, remboursez maintenant|]`,
    ],
    contactOutsideSupport: [
      `écris-moi au {phone}, je réponds plus vite que le support`,
      `ajoute-moi sur [vk|insta|facebook], je suis sous le nom {fullname}`,
      `[appelle-moi|whatsapp] au {phone} [c'est plus rapide|au lieu du ticket]`,
      `[dm moi|écris moi] sur [discord|telegram|insta] {handle} je t'[aide|explique]`,
      `mon mail perso c'est {email}, [envoie les captures là|écris moi là]`,
      `[le support est lent|les tickets c'est trop long], trouve-moi sur {platform} : {handle}`,
    ],
  },
};

export const DE: Families = {
  none: {
    orderAndTicketIds: [
      `bestellung ${ORDER_DASH}[,| -] [geld abgebucht|bezahlt] aber [keine gems|nix angekommen|keine {currency}][ 😭|]`,
      `ticket ${TICKET} [immer noch keine antwort|seit 5 tagen offen|keiner meldet sich][ hallo?|]`,
      `[transaktions-id|transaktionsnummer|transaktion] ${ORDER}[, könnt ihr mal schauen?|, steht auf ausstehend|]`,
      `bestellungen ${ORDER}, ${ORDER} und ${ORDER} [doppelt abgebucht|alle fehlgeschlagen]`,
      `[meine ticketnummer|mein fall|vorgangsnummer] ist ${TICKET}[ falls das hilft| btw|]`,
      `[der beleg|die quittung] ${ORDER} [zeigt|sagt] ${AMT} € aber [kein pass|nix freigeschaltet]`,
    ],
    errorAndVersionCodes: [
      `[bekomme|hab] fehler ${ERR} beim [start|einloggen|öffnen][ schon wieder|, hab neu installiert|]`,
      `[mach|einfach] npm install und dann npm run dev, [port|läuft auf port] ${PORT}`,
      `bin auf ${VER}[, ist das die neueste?| und crasht immer noch|]`,
      `update ${VER} hat [den login|den sound|controller support] [kaputt gemacht|gefixt][ lol| endlich|]`,
      `localhost:${PORT} [zeigt nur weiß|lädt nicht][, was fehlt?|]`,
    ],
    accountRecoveryQuestion: [
      `[hab keinen zugriff mehr|komm nicht mehr rein] nach dem [handywechsel|neuen handy], was mach ich[?|]`,
      `mein account war mit [facebook|google] verknüpft und jetzt find ich ihn nicht mehr, wie krieg ich ihn zurück[?|??]`,
      `hast du [den router neu gestartet|den cache geleert|dich mal ab- und angemeldet][?|]`,
      `wie komm ich wieder an meinen account wenn ich nicht mehr weiß [welche mail|welche email] ich benutzt hab[?|]`,
      `der [reset-link|wiederherstellungslink] [kommt nie an|ist abgelaufen][, auch nicht im spam|, und jetzt?|]`,
      `[wurde ausgeloggt|hat mich rausgeworfen] und jetzt steht da [konto nicht gefunden|falsches passwort][, gehackt?|]`,
    ],
    securityAdvice: [
      `änder dein passwort unter einstellungen > konto > sicherheit[ und meld alle geräte ab|]`,
      `[nimm nie|benutz nicht] das gleiche passwort wie für deine mail[ ernsthaft|, aus erfahrung|]`,
      `[mach|aktivier] die zwei-faktor-authentifizierung an[, dauert 2 min|, echt jetzt|]`,
      `wenn du gehackt wurdest: 1) passwort ändern 2) [2fa|zwei-faktor] an 3) alle sitzungen abmelden 4) [support in der app kontaktieren|ticket aufmachen]`,
      `der support fragt nie nach deinem passwort [oder codes|oder dem sms-code][, wer das macht ist ein scammer|]`,
      `backup-codes [auf papier|sicher] aufheben und niemandem schicken`,
    ],
    agentNotice: [
      `hallo, [hier ist der support|support hier]. bitte [postet|schreibt] keine e-mail, telefonnummer oder passwort in diesen chat. wir verifizieren euch über das formular in der app.`,
      `[🤖 bot|automatische antwort]: nachrichten mit [e-mails|telefonnummern|passwörtern] werden automatisch gelöscht. [nutzt|öffnet] ein ticket.`,
      `[hinweis vom team|staff]: wir fragen nie nach [deinem passwort|deinem code|kartendaten]. wenn das jemand tut, ist es betrug.`,
      `[mod|helper] hier: keine [logins|mails|codes] in den hilfe-channel [posten|kopieren], nehmt das offizielle formular`,
      `[ticket erhalten|anfrage eingegangen]. ein mitarbeiter antwortet in [24-48 std|2 tagen]. schick nie dein passwort [an jemanden|im chat].`,
    ],
    refundAndBugTalk: [
      `das turnier wurde abgesagt, kriegen wir das geld zurück[?|??]`,
      `text ist im einstellungsmenü abgeschnitten[ am handy|]`,
      `ich will gegen meinen bann einspruch einlegen, das war mein [cousin|kleiner bruder] auf meinem account[, ehrlich|]`,
      `ok dann warte ich auf die mail[ danke| 👍|]`,
      `hab den [pass|bundle] [zweimal|am 3.] für ${AMT} € gekauft, bestellung ${ORDER}, [einer|der zweite] wurde nie freigeschaltet. support meinte am [10.|12.] [5-7 tage|eine woche], jetzt ist der [24.|28.] und nix, ticket ${TICKET}`,
      `[bug|hab nen bug gefunden]: der shop [friert ein|wird schwarz] wenn [ich ihn öffne|man den tab wechselt][, jedes mal|]`,
    ],
    parentAccountQuestion: [
      `[mein sohn|meine tochter] ist [8|{age}], darf [er|sie] einen account haben[?|]`,
      `bin {age}, darf ich gems kaufen[?| mit meiner karte?|]`,
      `hallo, [ich bin mutter|bin vater|elternteil hier]. mein kind ist {age} und [will spielen|will einen account], gibts [eine kindersicherung|ein ausgabenlimit][?|]`,
      `[wie alt muss man sein|gibt es ein mindestalter] [für einen account|für den chat][? mein sohn ist {age}|?]`,
      `bin {age}, darf ich schon den voice chat nutzen[?|]`,
      `mein [sohn|neffe] ({age}) hat ${AMT} € [ausgegeben|einfach so ausgegeben|ohne zu fragen ausgegeben], kriegt man das zurück[?|]`,
    ],
  },
  asking: {
    fakeAgentSecretAsk: [
      `[offizieller support|hier support]: um dein konto zu [entsperren|verifizieren] schick die kartennummer und die 3 zahlen hinten drauf`,
      `bestätige deinen benutzernamen und dein passwort [hier|unten], damit wir [die erstattung|das konto] [bearbeiten|wiederherstellen] können`,
      `du hast einen sms-code bekommen, [diktier ihn mir|sag ihn mir|schreib ihn hier rein] um die verifizierung abzuschließen`,
      `dein konto wird in [24h|einer stunde] [gelöscht|gesperrt] wenn du den wiederherstellungscode nicht schickst`,
      `[bin mod|bin game admin], wie lautet der 6-stellige code [der grad kam|den wir geschickt haben][?|]`,
      `für die erstattung [brauch ich|schick mir] [ablaufdatum und prüfnummer|nummer und cvc] der karte`,
    ],
    realNameForRefund: [
      `wie ist dein vollständiger name[? muss mit dem bankkonto übereinstimmen|, wie auf der karte]`,
      `schick ein foto von der karte deiner [mutter|vater] wo der name zu sehen ist[ für die erstattung|]`,
      `für die rückzahlung brauch ich vor- und nachnamen [des kontoinhabers|wie bei der bank]`,
      `[schreib|gib] den vollen namen vom karteninhaber [hier|unten] ein[, genau wie auf der karte|]`,
      `auf wen läuft die karte[? vor- und nachname bitte|?]`,
    ],
    filterDodgeAsk: [
      `schreib deine nummer in worten damit der bot sie nicht löscht`,
      `schick sie mit leerzeichen[ lol|, der filter frisst zahlen|]`,
      `schreib die [mail|nummer] mit [punkten|leerzeichen] dazwischen damit [der bot|automod] sie nicht erkennt`,
      `[bot hats gelöscht|wurde gelöscht], schick nochmal [in worten|so null eins sieben][?|]`,
      `schreib (at) und (punkt) in deine mail dann wird sie nicht geblockt`,
    ],
  },
  giving: {
    accountHolderName: [
      `der account läuft auf meinen [vater|papa], {fullname}`,
      `kontoinhaberin ist {fullname}, das ist meine mutter`,
      `[die karte|das paypal] läuft auf {fullname}[ (mein vater)|, meine mama|]`,
      `mein echter name ist {fullname}[, steht so auf dem beleg|, sucht bitte meinen kauf|]`,
      `[war|gekauft] mit der karte von meiner [tante|schwester], {fullname}`,
    ],
    secretHandedOver: [
      `pw ist {password}, kannst ruhig nachschauen`,
      `hier die wiederherstellungscodes: ${RCODE} ${RCODE} ${RCODE}`,
      `meine mail ist {email} und passwort {password}[, könnt ihr euch einloggen und das fixen?|]`,
      `code ist {otp}[ grad gekommen|, schnell]`,
      `gestern hat mir einer [der meinte er ist|angeblich vom] support geschrieben, meinte mein konto wird gelöscht und ich hab ihm mein passwort {password} und den code {otp} [gegeben|geschickt]. jetzt [ist alles weg|komm ich nicht mehr rein] und er hat mich blockiert, was soll ich tun`,
      `[die pin|meine pin] ist {pin}[, bitte jetzt erstatten|]`,
    ],
    contactOutsideSupport: [
      `schreib mir an {phone}, ich antworte schneller als der support`,
      `adde mich auf [vk|insta|facebook], ich heiß da {fullname}`,
      `[ruf mich an|whatsapp] unter {phone} [geht schneller|statt ticket]`,
      `[schreib mir|dm] auf [discord|telegram|insta] {handle} dann [helf ich dir|erklär ichs dir]`,
      `meine private mail ist {email}, [schick die screenshots dahin|schreib mir da]`,
      `[support ist lahm|tickets dauern ewig], find mich auf {platform}: {handle}`,
    ],
  },
};

export const IT: Families = {
  none: {
    orderAndTicketIds: [
      `ordine ${ORDER_DASH}[,| -] [mi hanno scalato i soldi|pagato] ma [niente gemme|non è arrivato niente|zero {currency}][ 😭|]`,
      `il ticket ${TICKET} [ancora nessuna risposta|aperto da 5 giorni|nessuno risponde][ ciao?|]`,
      `[id transazione|n. transazione|transazione] ${ORDER}[, potete controllare?|, risulta in sospeso|]`,
      `gli ordini ${ORDER}, ${ORDER} e ${ORDER} [addebitati due volte|tutti falliti]`,
      `[il mio numero di ticket|la pratica] è ${TICKET}[ se serve| btw|]`,
      `[la ricevuta|lo scontrino] ${ORDER} [dice|segna] ${AMT} € ma [il pass non c'è|non ho ricevuto niente]`,
    ],
    errorAndVersionCodes: [
      `[mi dà|ho] errore ${ERR} [all'avvio|al login|quando apro il gioco][ di nuovo|, ho reinstallato|]`,
      `[fai|lancia] npm install e poi npm run dev, [porta|gira sulla porta] ${PORT}`,
      `sono alla ${VER}[, è l'ultima?| e crasha ancora|]`,
      `l'aggiornamento ${VER} ha [rotto|sistemato] [il login|l'audio|il controller][ lol| finalmente|]`,
      `localhost:${PORT} [pagina bianca|non carica][, cosa manca?|]`,
    ],
    accountRecoveryQuestion: [
      `[ho perso l'accesso|non riesco a entrare] dopo aver cambiato telefono, che faccio[?|]`,
      `il mio account era collegato a [facebook|google] e ora non lo trovo più, come lo recupero[?|??]`,
      `hai [riavviato il router|svuotato la cache|provato a uscire e rientrare][?|]`,
      `come recupero l'account se non mi ricordo [che email ho usato|la mail][?|]`,
      `il [link di reset|link per recuperare] [non arriva mai|è scaduto][, neanche nello spam|, e ora?|]`,
      `[mi ha sloggato|mi ha buttato fuori] e ora dice [account non trovato|password errata][, mi hanno hackerato?|]`,
    ],
    securityAdvice: [
      `cambia la password in impostazioni > account > sicurezza[ e esci da tutti i dispositivi|]`,
      `[non usare mai|non usare] la stessa password della mail[ raga|, fidati|]`,
      `[attiva|metti] l'autenticazione a due fattori[, ci vogliono 2 minuti|, seriamente|]`,
      `se ti hanno hackerato: 1) cambia password 2) attiva la [2fa|verifica in due passaggi] 3) chiudi tutte le sessioni 4) [scrivi al supporto dall'app|apri un ticket]`,
      `il supporto non ti chiede mai la password [né codici|né il codice sms][, chi lo fa è un truffatore|]`,
      `tieni i codici di backup [su carta|in un posto sicuro] e non mandarli a nessuno`,
    ],
    agentNotice: [
      `ciao, [qui è il supporto|ti scrive il supporto]. per favore non [pubblicare|scrivere] email, telefono o password in questa chat. possiamo verificarti con il modulo nell'app.`,
      `[🤖 bot|risposta automatica]: i messaggi con [email|numeri di telefono|password] vengono cancellati in automatico. [apri|usa] un ticket.`,
      `[avviso del team|staff]: non ti chiederemo mai [la password|il codice|i dati della carta]. se qualcuno lo fa, è una truffa.`,
      `[mod|helper] qui: non [incollate|mettete] [login|email|codici] nel canale aiuto, usate il modulo ufficiale`,
      `[ticket ricevuto|richiesta registrata]. un operatore risponde entro [24-48 ore|2 giorni]. non mandare mai la password [a nessuno|in chat].`,
    ],
    refundAndBugTalk: [
      `il torneo è stato annullato, ci rimborsano[?|??]`,
      `il testo è tagliato nel menu impostazioni[ da telefono|]`,
      `voglio fare ricorso per il ban, era mio [cugino|fratello piccolo] sul mio account[, giuro|]`,
      `ok allora aspetto la mail[ grazie| 👍|]`,
      `ho comprato il [pass|pacchetto] [due volte|il 3] a ${AMT} €, ordine ${ORDER}, [uno|il secondo] non si è mai attivato. il supporto il [10|12] mi ha detto [5-7 giorni|una settimana], ora è il [24|28] e niente, ticket ${TICKET}`,
      `[bug|ho trovato un bug]: lo shop [si blocca|diventa nero] quando [lo apro|cambi scheda][, ogni volta|]`,
    ],
    parentAccountQuestion: [
      `mio [figlio|nipote] ha [8|{age}] anni, può avere un account[?|]`,
      `ho {age} anni, posso comprare gemme[?| con la mia carta?|]`,
      `salve, sono [una mamma|un papà|un genitore]. mia figlia ha {age} anni e [vuole giocare|chiede un account], c'è un [parental control|limite di spesa][?|]`,
      `[qual è l'età minima|c'è un'età minima] [per l'account|per la chat][? mio figlio ha {age} anni|?]`,
      `ho {age} anni, posso già usare la chat vocale[?|]`,
      `mio [figlio|nipote] di {age} anni ha [speso|comprato] ${AMT} € senza chiedere, si può avere il rimborso[?|]`,
    ],
  },
  asking: {
    fakeAgentSecretAsk: [
      `[supporto ufficiale|qui supporto]: per [sbloccare|verificare] l'account manda il numero della carta e le 3 cifre sul retro`,
      `conferma username e password [qui|sotto] così [elaboriamo il rimborso|recuperiamo l'account]`,
      `ti è arrivato un codice via sms, [dettamelo|dimmelo|scrivilo qui] per finire la verifica`,
      `il tuo account verrà [eliminato|bannato] tra [24 ore|un'ora] se non mandi il codice di recupero`,
      `[sono un mod|sono admin del gioco], qual è il codice a 6 cifre che [ti è appena arrivato|ti abbiamo mandato][?|]`,
      `per il rimborso [mi serve|mandami] [scadenza e cvv|numero e cvv] della carta`,
    ],
    realNameForRefund: [
      `qual è il tuo nome completo[? deve corrispondere al conto in banca|, come sulla carta]`,
      `manda una foto della carta di tua [madre|padre] con il nome visibile[ per il rimborso|]`,
      `per il rimborso mi servono nome e cognome [dell'intestatario|come in banca]`,
      `[scrivi|metti] nome e cognome del titolare [qui|sotto][, come sulla carta|]`,
      `a chi è intestata la carta[? nome e cognome pls|?]`,
    ],
    filterDodgeAsk: [
      `scrivi il numero in lettere così il bot non lo cancella`,
      `mandalo con gli spazi[ lol|, il filtro mangia i numeri|]`,
      `metti la [mail|il numero] con [punti|spazi] in mezzo così [il bot|l'automod] non lo becca`,
      `[il bot l'ha cancellato|cancellato], rimandalo [in lettere|tipo tre tre nove][?|]`,
      `scrivi (chiocciola) e (punto) nella mail così non la blocca`,
    ],
  },
  giving: {
    accountHolderName: [
      `l'account è intestato a mio [padre|papà], {fullname}`,
      `l'intestataria è {fullname}, è mia madre`,
      `[la carta|il paypal] è a nome di {fullname}[ (mio padre)|, mia mamma|]`,
      `il mio vero nome è {fullname}[, come sulla ricevuta|, cercate il mio acquisto|]`,
      `[era|ho pagato] con la carta di mia [zia|sorella], {fullname}`,
    ],
    secretHandedOver: [
      `la pw è {password}, controlla pure`,
      `ecco i codici di recupero: ${RCODE} ${RCODE} ${RCODE}`,
      `la mia mail è {email} e la password {password}[, potete entrare e sistemare?|]`,
      `il codice è {otp}[ è appena arrivato|, veloce]`,
      `ieri uno [che diceva di essere|che si spacciava per] il supporto mi ha scritto, ha detto che mi cancellavano l'account e gli ho [dato|mandato] la password {password} e il codice {otp}. ora [non ho più niente|non riesco a entrare] e mi ha bloccato, che faccio`,
      `[il pin|il mio pin] è {pin}[, rimborsate ora|]`,
    ],
    contactOutsideSupport: [
      `scrivimi al {phone}, rispondo più veloce del supporto`,
      `aggiungimi su [vk|insta|facebook], sono lì come {fullname}`,
      `[chiamami|scrivimi su whatsapp] al {phone} [fai prima|invece del ticket]`,
      `[scrivimi|dm] su [discord|telegram|insta] {handle} e ti [aiuto|spiego io]`,
      `la mia mail personale è {email}, [manda gli screen lì|scrivimi lì]`,
      `[il supporto è lento|i ticket ci mettono una vita], trovami su {platform}: {handle}`,
    ],
  },
};

export const NL: Families = {
  none: {
    orderAndTicketIds: [
      `bestelling ${ORDER_DASH}[,| -] [geld is afgeschreven|betaald] maar [geen gems|niks ontvangen|geen {currency}][ 😭|]`,
      `ticket ${TICKET} [nog steeds geen antwoord|staat al 5 dagen open|niemand reageert][ hallo?|]`,
      `[transactie-id|transactienummer|transactie] ${ORDER}[, kunnen jullie kijken?|, staat op in behandeling|]`,
      `bestellingen ${ORDER}, ${ORDER} en ${ORDER} [dubbel afgeschreven|allemaal mislukt]`,
      `[mijn ticketnummer|mijn zaaknummer] is ${TICKET}[ als dat helpt| btw|]`,
      `[de bon|het bonnetje] ${ORDER} [zegt|laat zien] € ${AMT} maar [geen pass|niks vrijgespeeld]`,
    ],
    errorAndVersionCodes: [
      `[krijg|ik krijg] error ${ERR} bij [opstarten|inloggen|het openen][ weer|, al opnieuw geïnstalleerd|]`,
      `[doe|gewoon] npm install en dan npm run dev, [poort|draait op poort] ${PORT}`,
      `ik zit op ${VER}[, is dat de nieuwste?| en hij crasht nog steeds|]`,
      `update ${VER} heeft [het inloggen|het geluid|controller support] [gesloopt|gefixt][ lol| eindelijk|]`,
      `localhost:${PORT} [blijft wit|laadt niet][, wat mis ik?|]`,
    ],
    accountRecoveryQuestion: [
      `[geen toegang meer|kan niet meer inloggen] na het wisselen van telefoon, wat moet ik doen[?|]`,
      `mijn account was gekoppeld aan [facebook|google] en nu kan ik hem niet vinden, hoe krijg ik hem terug[?|??]`,
      `heb je [je router opnieuw opgestart|de cache gewist|uit- en ingelogd][?|]`,
      `hoe krijg ik mn account terug als ik niet meer weet [welk mailadres|welke mail] ik gebruikte[?|]`,
      `de [resetlink|herstelmail] [komt nooit aan|is verlopen][, ook niet in spam|, en nu?|]`,
      `[ik werd uitgelogd|hij logde me uit] en nu staat er [account niet gevonden|verkeerd wachtwoord][, gehackt?|]`,
    ],
    securityAdvice: [
      `verander je wachtwoord in instellingen > account > beveiliging[ en log alle apparaten uit|]`,
      `[gebruik nooit|niet] hetzelfde wachtwoord als voor je mail[ echt|, ervaring|]`,
      `[zet|doe] tweestapsverificatie aan[, kost 2 min|, serieus|]`,
      `gehackt? 1) wachtwoord veranderen 2) [2fa|tweestaps] aan 3) alle sessies uitloggen 4) [support via de app|ticket aanmaken]`,
      `support vraagt nooit om je wachtwoord [of codes|of de sms-code][, wie dat doet is een oplichter|]`,
      `bewaar je back-upcodes [op papier|veilig] en stuur ze naar niemand`,
    ],
    agentNotice: [
      `hoi, [hier is support|support hier]. plaats alsjeblieft geen e-mail, telefoonnummer of wachtwoord in deze chat. we kunnen je verifiëren via het formulier in de app.`,
      `[🤖 bot|automatisch antwoord]: berichten met [e-mailadressen|telefoonnummers|wachtwoorden] worden automatisch verwijderd. [maak|gebruik] een ticket.`,
      `[melding van het team|staff]: we vragen nooit om [je wachtwoord|je code|kaartgegevens]. als iemand dat doet, is het oplichting.`,
      `[mod|helper] hier: plak geen [logins|mails|codes] in het help-kanaal, gebruik het officiële formulier`,
      `[ticket ontvangen|aanvraag binnen]. een medewerker reageert binnen [24-48 uur|2 dagen]. stuur nooit je wachtwoord [naar iemand|in de chat].`,
    ],
    refundAndBugTalk: [
      `het toernooi is afgelast, krijgen we ons geld terug[?|??]`,
      `tekst valt weg in het instellingenmenu[ op mobiel|]`,
      `ik wil bezwaar maken tegen mijn ban, het was mijn [neef|broertje] op mijn account[, echt waar|]`,
      `ok dan wacht ik op de mail[ thx| 👍|]`,
      `ik heb de [pass|bundel] [twee keer|op de 3e] gekocht voor € ${AMT}, bestelling ${ORDER}, [één|de tweede] is nooit geactiveerd. support zei op de [10e|12e] [5-7 dagen|een week], nu is het de [24e|28e] en niks, ticket ${TICKET}`,
      `[bug|bug gevonden]: de shop [loopt vast|wordt zwart] als [ik hem open|je van tab wisselt][, elke keer|]`,
    ],
    parentAccountQuestion: [
      `[mijn zoon is {age}, mag hij|mijn dochter is {age}, mag zij|mijn zoon is 8, mag hij] een account[?| hebben?|]`,
      `ik ben {age}, mag ik gems kopen[?| met mijn eigen pas?|]`,
      `hallo, [ik ben moeder|ouder hier]. mijn kind is {age} en [wil spelen|wil een account], is er [ouderlijk toezicht|een bestedingslimiet][?|]`,
      `[wat is de minimumleeftijd|is er een minimumleeftijd] [voor een account|voor de chat][? mijn zoon is {age}|?]`,
      `ik ben {age}, mag ik al voice chat gebruiken[?|]`,
      `mijn [zoon|neefje] van {age} heeft € ${AMT} uitgegeven zonder te vragen, kan dat terug[?|]`,
    ],
  },
  asking: {
    fakeAgentSecretAsk: [
      `[officiële support|support hier]: om je account te [ontgrendelen|verifiëren] stuur je kaartnummer en de 3 cijfers op de achterkant`,
      `bevestig je gebruikersnaam en wachtwoord [hier|hieronder] zodat we [de terugbetaling|je account] kunnen [regelen|herstellen]`,
      `je hebt een sms-code gekregen, [lees hem voor|zeg hem|typ hem hier] om de verificatie af te ronden`,
      `je account wordt binnen [24 uur|een uur] [verwijderd|geband] als je de herstelcode niet stuurt`,
      `[ik ben mod|ik ben game admin], wat is de 6-cijferige code [die je net kreeg|die we stuurden][?|]`,
      `voor de terugbetaling [heb ik nodig|stuur me] [de vervaldatum en cvc|nummer en cvc] van de kaart`,
    ],
    realNameForRefund: [
      `wat is je volledige naam[? moet overeenkomen met de bankrekening|, zoals op de kaart]`,
      `stuur een foto van de pas van je [moeder|vader] waar de naam op staat[ voor de terugbetaling|]`,
      `voor de terugbetaling heb ik voor- en achternaam nodig [van de rekeninghouder|zoals bij de bank]`,
      `[typ|zet] de volledige naam van de kaarthouder [hier|hieronder][, precies zoals op de kaart|]`,
      `op wiens naam staat de kaart[? voor- en achternaam pls|?]`,
    ],
    filterDodgeAsk: [
      `schrijf je nummer in woorden zodat de bot het niet verwijdert`,
      `stuur het met spaties[ lol|, het filter eet cijfers|]`,
      `zet je [mail|nummer] met [puntjes|spaties] ertussen zodat [de bot|automod] het niet ziet`,
      `[bot heeft het verwijderd|verwijderd], stuur nog een keer [in woorden|zoals nul zes][?|]`,
      `schrijf (apenstaartje) en (punt) in je mail dan wordt het niet geblokt`,
    ],
  },
  giving: {
    accountHolderName: [
      `het account staat op naam van mijn [vader|moeder], {fullname}`,
      `de rekeninghouder is {fullname}, dat is mijn moeder`,
      `[de pas|de paypal] staat op naam van {fullname}[ (mijn vader)|, mijn moeder|]`,
      `mijn echte naam is {fullname}[, staat zo op de bon|, zoek mijn aankoop maar op|]`,
      `[was|betaald] met de pas van mijn [tante|zus], {fullname}`,
    ],
    secretHandedOver: [
      `ww is {password}, check maar`,
      `hier de herstelcodes: ${RCODE} ${RCODE} ${RCODE}`,
      `mijn mail is {email} en wachtwoord {password}[, kunnen jullie inloggen en het fixen?|]`,
      `code is {otp}[ kwam net binnen|, snel]`,
      `gisteren stuurde iemand [die zei dat hij van support was|die deed alsof hij support was] me een bericht, zei dat mijn account verwijderd zou worden en ik heb hem mijn wachtwoord {password} en de code {otp} [gegeven|gestuurd]. nu [is alles weg|kom ik er niet meer in] en hij heeft me geblokt, wat moet ik doen`,
      `[de pincode|mijn pin] is {pin}[, nu terugbetalen aub|]`,
    ],
    contactOutsideSupport: [
      `app me op {phone}, ik reageer sneller dan support`,
      `voeg me toe op [vk|insta|facebook], ik sta daar als {fullname}`,
      `[bel me|whatsapp me] op {phone} [gaat sneller|in plaats van het ticket]`,
      `[dm me|stuur me een bericht] op [discord|telegram|insta] {handle} dan [help ik je|leg ik het uit]`,
      `mijn privémail is {email}, [stuur de screenshots daarheen|mail me daar]`,
      `[support is traag|tickets duren eeuwen], vind me op {platform}: {handle}`,
    ],
  },
};

export const PL: Families = {
  none: {
    orderAndTicketIds: [
      `zamówienie ${ORDER_DASH}[,| -] [kasa zeszła|zapłacone] a [gemów brak|nic nie przyszło|zero {currency}][ 😭|]`,
      `zgłoszenie ${TICKET} [dalej bez odpowiedzi|otwarte od 5 dni|nikt nie odpisuje][ halo?|]`,
      `[id transakcji|nr transakcji|transakcja] ${ORDER}[, możecie sprawdzić?|, wisi jako oczekująca|]`,
      `zamówienia ${ORDER}, ${ORDER} i ${ORDER} [pobrane dwa razy|wszystkie nieudane]`,
      `[mój nr zgłoszenia|numer ticketu] to ${TICKET}[ jakby co| btw|]`,
      `[paragon|potwierdzenie] ${ORDER} [pokazuje|mówi] ${AMT} zł a [passa nie ma|nic nie dostałem]`,
    ],
    errorAndVersionCodes: [
      `[wywala|mam] błąd ${ERR} przy [starcie|logowaniu|odpalaniu][ znowu|, reinstalowałem już|]`,
      `[zrób|daj] npm install a potem npm run dev, [port|chodzi na porcie] ${PORT}`,
      `mam wersję ${VER}[, to najnowsza?| i dalej crashuje|]`,
      `update ${VER} [zepsuł|naprawił] [logowanie|dźwięk|pada][ xd| w końcu|]`,
      `localhost:${PORT} [biała strona|nie ładuje][, co pominąłem?|]`,
    ],
    accountRecoveryQuestion: [
      `[straciłem dostęp|nie mogę się zalogować] po zmianie telefonu, co robić[?|]`,
      `moje konto było połączone z [facebookiem|google] i teraz nie mogę go znaleźć, jak je odzyskać[?|??]`,
      `[zrestartowałeś|resetowałeś] [router|apkę|telefon][?|]`,
      `jak odzyskać konto jak nie pamiętam [na jaki mail|jakiego maila] zakładałem[?|]`,
      `[link do resetu|mail do odzyskania] [nie przychodzi|wygasł][, w spamie też nie ma|, i co teraz?|]`,
      `[wylogowało mnie|wywaliło mnie] i teraz pisze [nie znaleziono konta|złe hasło][, zhakowali mnie?|]`,
    ],
    securityAdvice: [
      `zmień hasło w ustawienia > konto > bezpieczeństwo[ i wyloguj wszystkie urządzenia|]`,
      `[nie używaj|nigdy nie dawaj] tego samego hasła co do maila[ serio|, z doświadczenia|]`,
      `[włącz|odpal] weryfikację dwuetapową[, to 2 minuty|, serio|]`,
      `jak cię zhakowali: 1) zmień hasło 2) włącz [2fa|dwuetapową] 3) wyloguj wszystkie sesje 4) [napisz do supportu w apce|załóż zgłoszenie]`,
      `support nigdy nie prosi o hasło [ani kody|ani kod blik|ani kod z sms][, kto prosi ten oszust|]`,
      `kody zapasowe trzymaj [na kartce|w bezpiecznym miejscu] i nikomu ich nie wysyłaj`,
    ],
    agentNotice: [
      `cześć, [tu support|pisze support]. prosimy nie [wrzucać|podawać] maila, telefonu ani hasła na tym czacie. zweryfikujemy cię przez formularz w aplikacji.`,
      `[🤖 bot|automatyczna odpowiedź]: wiadomości z [mailami|numerami telefonu|hasłami] są usuwane automatycznie. [załóż|użyj] zgłoszenie.`,
      `[info od zespołu|staff]: nigdy nie poprosimy o [hasło|kod blik|dane karty]. jeśli ktoś prosi, to oszustwo.`,
      `[mod|helper] tu: nie [wklejajcie|wrzucajcie] [loginów|maili|kodów] na kanał pomocy, użyjcie oficjalnego formularza`,
      `[zgłoszenie przyjęte|mamy twoje zgłoszenie]. konsultant odpowie w [24-48 h|2 dni]. nigdy nie wysyłaj hasła [nikomu|na czacie].`,
    ],
    refundAndBugTalk: [
      `turniej odwołany, dostaniemy zwrot[?|??]`,
      `tekst jest ucięty w menu ustawień[ na telefonie|]`,
      `chcę się odwołać od bana, to mój [kuzyn|młodszy brat] grał na moim koncie[, serio|]`,
      `ok to czekam na maila[ dzięki| 👍|]`,
      `kupiłem [passa|paczkę] [dwa razy|3-go] za ${AMT} zł, zamówienie ${ORDER}, [jedno|drugie] się nigdy nie aktywowało. support [10-go|12-go] napisał [5-7 dni|tydzień], teraz jest [24-ty|28-my] i nic, zgłoszenie ${TICKET}`,
      `[bug|znalazłem buga]: sklep [się zawiesza|robi się czarny] jak [go otwieram|zmieniasz zakładkę][, za każdym razem|]`,
    ],
    parentAccountQuestion: [
      `mój syn ma [8|{age}] lat, może mieć konto[?|]`,
      `mam {age} lat, mogę kupić gemy[?| swoją kartą?|]`,
      `dzień dobry, [jestem mamą|jestem rodzicem]. córka ma {age} lat i [chce grać|prosi o konto], jest [kontrola rodzicielska|limit wydatków][?|]`,
      `[od ilu lat|jaki jest minimalny wiek] [można mieć konto|na czat][? syn ma {age}|?]`,
      `mam {age} lat, mogę już używać czatu głosowego[?|]`,
      `mój [syn|bratanek] ({age} lat) wydał ${AMT} zł bez pytania, da się to zwrócić[?|]`,
    ],
  },
  asking: {
    fakeAgentSecretAsk: [
      `[oficjalny support|tu support]: żeby [odblokować|zweryfikować] konto wyślij numer karty i 3 cyfry z tyłu`,
      `potwierdź login i hasło [tutaj|poniżej], żebyśmy mogli [zrobić zwrot|odzyskać konto]`,
      `przyszedł ci kod blik, [podyktuj mi go|podaj go|wpisz go tu] żeby dokończyć weryfikację`,
      `twoje konto zostanie [usunięte|zbanowane] za [24h|godzinę] jeśli nie wyślesz kodu odzyskiwania`,
      `[jestem modem|jestem adminem gry], jaki jest 6-cyfrowy kod [który właśnie przyszedł|który wysłaliśmy][?|]`,
      `do zwrotu [potrzebuję|wyślij mi] [datę ważności i cvv|numer i cvv] karty`,
    ],
    realNameForRefund: [
      `jak się nazywasz, imię i nazwisko[? musi się zgadzać z kontem w banku|, tak jak na karcie]`,
      `wyślij zdjęcie karty [mamy|taty] żeby było widać nazwisko[ do zwrotu|]`,
      `do zwrotu potrzebuję imienia i nazwiska [właściciela konta|jak w banku]`,
      `[wpisz|napisz] pełne imię i nazwisko posiadacza karty [tutaj|poniżej][, dokładnie jak na karcie|]`,
      `na kogo jest karta[? imię i nazwisko pls|?]`,
    ],
    filterDodgeAsk: [
      `napisz numer słownie żeby bot go nie usunął`,
      `wyślij ze spacjami[ xd|, filtr zjada cyfry|]`,
      `napisz [maila|numer] z [kropkami|spacjami] w środku żeby [bot|automod] nie złapał`,
      `[bot usunął|usunęło], wyślij jeszcze raz [słownie|tak jak pięć zero jeden][?|]`,
      `napisz (małpa) i (kropka) w mailu to nie zablokuje`,
    ],
  },
  giving: {
    accountHolderName: [
      `konto jest na mojego [tatę|ojca], {fullname}`,
      `właścicielką konta jest {fullname}, to moja mama`,
      `[karta|paypal] jest na {fullname}[ (mój tata)|, moja mama|]`,
      `naprawdę nazywam się {fullname}[, tak jak na paragonie|, znajdźcie mój zakup|]`,
      `[płaciłem|kupione] kartą mojej [cioci|siostry], {fullname}`,
    ],
    secretHandedOver: [
      `hasło to {password}, sprawdź sobie`,
      `tu kody odzyskiwania: ${RCODE} ${RCODE} ${RCODE}`,
      `mój mail to {email} a hasło {password}[, możecie się zalogować i naprawić?|]`,
      `kod blik {otp}[ właśnie przyszedł|, szybko]`,
      `wczoraj napisał do mnie gość [podający się za support|niby z supportu], że usuną mi konto, i dałem mu hasło {password} i kod {otp}. teraz [wszystko zniknęło|nie mogę wejść] a on mnie zablokował, co robić`,
      `[pin|mój pin] to {pin}[, róbcie zwrot|]`,
    ],
    contactOutsideSupport: [
      `napisz na {phone}, odpisuję szybciej niż support`,
      `dodaj mnie na [vk|insta|fb], jestem tam jako {fullname}`,
      `[zadzwoń|pisz na whatsapp] na {phone} [będzie szybciej|zamiast zgłoszenia]`,
      `[napisz|pisz] na [discordzie|telegramie|insta] {handle} to ci [pomogę|wytłumaczę]`,
      `mój prywatny mail to {email}, [wyślij tam screeny|pisz tam]`,
      `[support się wlecze|zgłoszenia trwają wieki], znajdź mnie na {platform}: {handle}`,
    ],
  },
};

export const TR: Families = {
  none: {
    orderAndTicketIds: [
      `sipariş ${ORDER_DASH}[,| -] [para çekildi|ödedim] ama [elmaslar gelmedi|hiçbir şey gelmedi|{currency} yok][ 😭|]`,
      `${TICKET} numaralı [talep|ticket] [hala cevapsız|5 gündür açık|kimse bakmıyor][ alo?|]`,
      `[işlem no|işlem numarası|işlem id] ${ORDER}[, bakabilir misiniz?|, beklemede görünüyor|]`,
      `${ORDER}, ${ORDER} ve ${ORDER} numaralı siparişler [iki kere çekildi|hepsi başarısız]`,
      `[talep numaram|ticket no] ${TICKET}[ işe yararsa| bu arada|]`,
      `${ORDER} [nolu fiş|numaralı makbuz] ${AMT} TL [diyor|gösteriyor] ama [pass yok|hiçbir şey açılmadı]`,
    ],
    errorAndVersionCodes: [
      `[açılışta|girişte|oyunu açınca] ${ERR} hatası [veriyor|alıyorum][ yine|, yeniden kurdum|]`,
      `npm install yap sonra npm run dev, [port|portu] ${PORT}`,
      `${VER} sürümündeyim[, en yenisi bu mu?| hala çöküyor|]`,
      `${VER} güncellemesi [girişi|sesi|kontrolcüyü] [bozdu|düzeltti][ lol| sonunda|]`,
      `localhost:${PORT} [beyaz sayfa|açılmıyor][, neyi atladım?|]`,
    ],
    accountRecoveryQuestion: [
      `telefon değiştirince [hesaba giremiyorum|erişimi kaybettim], ne yapmalıyım[?|]`,
      `hesabım [facebooka|googlea] bağlıydı şimdi bulamıyorum, nasıl geri alırım[?|??]`,
      `[modemi yeniden başlattın mı|önbelleği temizledin mi|çıkış yapıp girdin mi][?|]`,
      `hangi maille açtığımı hatırlamıyorum, hesabı nasıl kurtarırım[?|]`,
      `[sıfırlama linki|kurtarma maili] [hiç gelmiyor|süresi dolmuş][, spamde de yok|, şimdi ne olacak?|]`,
      `[oturumum kapandı|beni attı] şimdi [hesap bulunamadı|yanlış şifre] diyor[, hacklendim mi?|]`,
    ],
    securityAdvice: [
      `şifreni ayarlar > hesap > güvenlik kısmından değiştir[ ve tüm cihazlardan çıkış yap|]`,
      `mailinle aynı şifreyi [kullanma|asla kullanma][ cidden|, tecrübeyle sabit|]`,
      `iki adımlı doğrulamayı [aç|aktif et][, 2 dakika sürüyor|, ciddiyim|]`,
      `hacklendiysen: 1) şifreni değiştir 2) [2fa|iki adımlı doğrulama] aç 3) tüm oturumları kapat 4) [uygulamadan desteğe yaz|talep aç]`,
      `destek asla şifre [ya da kod|ya da sms kodu] istemez[, isteyen dolandırıcı|]`,
      `yedek kodları [kağıda yaz|güvenli bir yerde sakla] ve kimseye gönderme`,
    ],
    agentNotice: [
      `merhaba, [destek ekibi|müşteri hizmetleri] yazıyor. lütfen bu sohbete mail, telefon veya şifre [yazmayın|paylaşmayın]. sizi uygulamadaki form üzerinden doğrulayabiliriz.`,
      `[🤖 bot|otomatik yanıt]: [mail|telefon numarası|şifre] içeren mesajlar otomatik silinir. [talep açın|formu kullanın].`,
      `[ekipten not|staff]: sizden asla [şifrenizi|kodunuzu|kart bilgilerinizi] istemeyiz. isteyen olursa dolandırıcıdır.`,
      `[mod|yardımcı] burada: yardım kanalına [giriş bilgisi|mail|kod] [yapıştırmayın|atmayın], resmi formu kullanın`,
      `[talebiniz alındı|talep oluşturuldu]. bir temsilci [24-48 saat|2 gün] içinde dönecek. şifrenizi asla [kimseye|sohbette] göndermeyin.`,
    ],
    refundAndBugTalk: [
      `turnuva iptal oldu, para iadesi var mı[?|??]`,
      `ayarlar menüsünde yazılar kesik çıkıyor[ telefonda|]`,
      `banıma itiraz etmek istiyorum, hesabımda [kuzenim|küçük kardeşim] oynuyordu[, yemin ederim|]`,
      `tamam o zaman maili beklerim, [destek|temsilci] [üç gün içinde|hafta sonuna kadar] dönüş yapacağız dedi[ sağol| 👍|]`,
      `[pass|paketi] [iki kere|ayın 3ünde] ${AMT} TL'ye aldım, sipariş ${ORDER}, [biri|ikincisi] hiç açılmadı. destek ayın [10unda|12sinde] [5-7 gün|bir hafta] dedi, bugün [24ü|28i] hala yok, talep ${TICKET}`,
      `[bug|bug buldum]: mağaza [donuyor|kararıyor] [açınca|sekme değiştirince][, her seferinde|]`,
    ],
    parentAccountQuestion: [
      `[oğlum|kızım] [8|{age}] yaşında, hesap açabilir mi[?|]`,
      `{age} yaşındayım, elmas alabilir miyim yoksa [annemin|velimin] onayı mı lazım[?| bilen var mı?|]`,
      `merhaba, [veliyim|anneyim|babayım]. çocuğum {age} yaşında ve [oynamak istiyor|hesap istiyor], [ebeveyn kontrolü|harcama limiti] var mı[?|]`,
      `[yaş sınırı kaç|yaş sınırı var mı] [hesap için|sohbet için][? oğlum {age} yaşında|?]`,
      `{age} yaşındayım, sesli sohbeti kullanabilir miyim[?|]`,
      `{age} yaşındaki [oğlum|yeğenim] sormadan ${AMT} TL harcadı, iade olur mu[?|]`,
    ],
  },
  asking: {
    fakeAgentSecretAsk: [
      `[resmi destek|destek ekibi]: hesabını [açmak|doğrulamak] için kart numarasını ve arkadaki 3 haneyi gönder`,
      `iadeyi [işlemek|yapmak] için kullanıcı adını ve şifreni [buraya|aşağıya] yazıp onayla`,
      `telefonuna sms kodu geldi, [bana oku|söyle|buraya yaz] doğrulamayı bitirelim`,
      `kurtarma kodunu göndermezsen hesabın [24 saat|1 saat] içinde [silinecek|banlanacak]`,
      `[moderatörüm|oyun adminiyim], [az önce gelen|gönderdiğimiz] 6 haneli kod ne[?|]`,
      `iade için kartın [son kullanma tarihi ve cvv|numarası ve cvv] [lazım|gönder]`,
    ],
    realNameForRefund: [
      `adın soyadın ne[? banka hesabıyla aynı olmalı|, kartla aynı olmalı]`,
      `[annenin|babanın] kartının isim görünen fotoğrafını at[ iade için|]`,
      `iade için [hesap sahibinin|bankadaki gibi] ad soyad lazım`,
      `kart sahibinin tam adını [buraya|aşağıya] yaz[, kartta yazdığı gibi|]`,
      `kart kimin adına[? ad soyad lütfen|?]`,
    ],
    filterDodgeAsk: [
      `numaranı yazıyla yaz da bot silmesin`,
      `aralıklı gönder[ lol|, filtre rakamları siliyor|]`,
      `[mailini|numaranı] [noktalı|boşluklu] yaz [bot|automod] yakalamasın`,
      `[bot sildi|silindi], bir daha [yazıyla|beş beş sıfır gibi] at[?|]`,
      `mailde (et) ve (nokta) yaz engellemez`,
    ],
  },
  giving: {
    accountHolderName: [
      `hesap [babamın|annemin] adına, {fullname}`,
      `hesap sahibi {fullname}, annem`,
      `[kart|paypal] {fullname} adına[ (babam)|, annem|]`,
      `gerçek adım {fullname}[, fişte de öyle yazıyor|, satın alımımı bulun|]`,
      `[teyzemin|ablamın] kartıyla alındı, {fullname}`,
    ],
    secretHandedOver: [
      `şifre {password}, kontrol edebilirsin`,
      `kurtarma kodları: ${RCODE} ${RCODE} ${RCODE}`,
      `mailim {email} şifrem {password}[, girip düzeltebilir misiniz?|]`,
      `kod {otp}[ şimdi geldi|, çabuk]`,
      `dün kendini destek diye tanıtan biri yazdı, hesabın silinecek dedi, ben de şifremi {password} ve kodu {otp} [verdim|gönderdim]. şimdi [her şey gitti|giremiyorum] ve beni engelledi, ne yapayım`,
      `[pin|pinim] {pin}[, iadeyi yapın|]`,
    ],
    contactOutsideSupport: [
      `{phone} numarasından yaz, destekten hızlı cevap veririm`,
      `[vk|insta|face]'den ekle, orada {fullname} diye varım`,
      `[ara beni|whatsapptan yaz] {phone} [daha hızlı|talep yerine]`,
      `[discord|telegram|insta]'dan yaz {handle} [yardım ederim|anlatırım]`,
      `kişisel mailim {email}, [ekran görüntülerini oraya at|oraya yaz]`,
      `[destek çok yavaş|talepler bitmiyor], {platform}'da bul beni: {handle}`,
    ],
  },
};

/** Order, transaction and ticket numbers, some with 555 in them (not phones). */
const ORD = `[5550-|555|#|TX555|GP-5550-|A-|]${choices(DIGIT_CHOICE, 4)}[-||]${choices(DIGIT_CHOICE, 3)}[|88|-09|1]`;
/** A ticket number. */
const TKT = `[#|KR-555|T-|CS-|#555]${choices(DIGIT_CHOICE, 4)}[|2|19]`;
/** Error and build codes. */
const ERROR_CODE = `[0xc0000142|0x80070005|E-5550|error 403|code 10054|ERR_CONNECTION_RESET|-1073741819|0x887a0006]`;
/** Version and build numbers. */
const VERSION = `[v2.5.55|1.0.5550|build 5550142|3.12.0 (5551)|v4.0.1-beta|ver 2.55.0]`;
/** Ports in a code snippet. */
const PORT_NUMBER = `[5550|3000|8080|5173|25565]`;
/** Money amounts. */
const AMOUNT = `[4.99|9.99|19.99|49.99|99|150|2.55]`;
/** A password, one-time code or PIN typed into the chat. */
const SECRET = `[{password}|{otp}|{pin}]`;
/** A recovery code typed into the chat. */
const RECOVERY_CODE = `${choices(DIGIT_CHOICE, 4)}-${choices(DIGIT_CHOICE, 4)}`;

export const ID: Families = {
  none: {
    orderAndTicketIds: [
      `[order|pesanan] ${ORD} [saldo udah kepotong|uang udah kepotong|udah bayar] tapi [diamond|gems|{currency}] [belum masuk|ga masuk][ min| kak|]`,
      `tiket ${TKT} [masih belum dibales|blm ada jawaban|udah 3 hari ga direspon][ 😭| min| kak|]`,
      `[id transaksi|no transaksi|transaction id] ${ORD}[, tolong dicek| mohon dibantu| ya kak|]`,
      `[no order|order id] ${ORD} sama ${ORD} [dua-duanya gagal|double kepotong][, gmn nih|]`,
      `[min|kak|halo cs], aku [top up|beli] [{item}|paket bulanan] ${AMOUNT} [kemarin|tgl 12|tadi pagi], [no struk|nomor invoice] ${ORD}, [tapi belum masuk ke akun|statusnya masih pending][. mohon bantuannya|, makasih|]`,
      `[nomor tiketku|tiket aku] ${TKT}[ ya|, buat referensi|]`,
    ],
    errorAndVersionCodes: [
      `[error|eror] ${ERROR_CODE} [pas buka game|waktu login|tiap launch][ anjir| min|, kenapa ya|]`,
      `[udah update ke|pake versi] ${VERSION} [tp masih|masih aja] [crash|force close|stuck di loading][ 😤|]`,
      `jalanin npm install terus npm run dev, [nanti jalan di|buka] [localhost:|port ]${PORT_NUMBER}`,
      `[muncul|keluar] kode ${ERROR_CODE} [terus|mulu], [udah reinstall|udah clear cache] [tetep sama|ga ngaruh]`,
      `build ${VERSION} [bug di|error di] [menu setting|inventory|chat][, lapor ya|]`,
    ],
    accountRecoveryQuestion: [
      `[akun aku|akunku] [ilang|kehapus|ga bisa dibuka] [abis ganti hp|setelah ganti device], [harus gimana|gmn caranya balikin][?|??]`,
      `[akunku|akun aku] dulu [login pake|nyambung ke] [facebook|google|apple id] sekarang [ga ketemu|ilang], [cara recover nya gimana|bisa dipulihin ga][?| kak?]`,
      `[udah coba restart|udh restart] router [blm|belum][?|??]`,
      `[lupa|aku lupa] [akun mana|email mana] yang [dipake|kepake] buat [game ini|akun ini], [bisa dicek ga|gmn ya][?|]`,
      `[kak|min] [ga dapet|gak nerima] kode verifikasi [dari tadi|udah 1 jam], [harus ngapain|gimana][?|]`,
      `[gimana cara|cara] [pindahin|transfer] akun ke hp baru[?| kak| min?]`,
    ],
    securityAdvice: [
      `[ganti|reset] password [di|lewat] pengaturan > akun > keamanan[ ya| kak|]`,
      `[jangan|jgn] pake password yang sama kayak [email|ig|akun lain][, bahaya|]`,
      `[nyalain|aktifin] verifikasi 2 langkah [biar aman|biar ga dihack lagi][ 👍|]`,
      `[kalo|kalau] [akun kena hack|abis dihack]: 1) ganti password 2) logout semua device 3) aktifin 2FA 4) cek email pemulihan[. jangan kasih kode ke siapa pun|]`,
      `[admin asli|cs resmi] ga [bakal|akan pernah] minta password [atau|ataupun] kode OTP[ kamu|, inget ya|]`,
    ],
    agentNotice: [
      `[CS|Support|Bot]: [mohon|tolong] jangan [kirim|tulis] email, nomor hp, password atau PIN [di chat ini|di sini]. kami [bisa verifikasi|verifikasi] lewat form di aplikasi[. terima kasih|]`,
      `🤖 [pesan otomatis|auto reply]: tiket kamu [sudah diterima|masuk antrean]. [jangan bagikan|jgn share] data pribadi di [kolom komentar|chat][, tim kami akan balas 1x24 jam|]`,
      `[halo kak|hai], [demi keamanan|untuk keamanan akun], [password|kode OTP|PIN] [jangan pernah dikirim|tidak perlu dikirim] ke [siapa pun|agen mana pun], termasuk kami`,
      `[agen|cs] [Rina|Dimas|Sari] di sini 🙏 [silakan isi|mohon isi] form [verifikasi|pemulihan] di menu bantuan ya, [ga perlu|jangan] [kirim|tulis] data di sini`,
      `[pesan yang berisi|chat yang ada] nomor hp atau email [otomatis disembunyikan|disensor otomatis][ ya kak|]`,
    ],
    refundAndBugTalk: [
      `turnamennya [batal|dibatalin], [uang pendaftaran|duitnya] [balik ga|di refund ga][?|??]`,
      `[teks|tulisan] di menu [setting|pengaturan] [kepotong|ga keliatan full][, bug ya|]`,
      `[aku mau|mau] [banding|appeal] ban, [itu sepupuku yg main|adekku yang pake akunku][, bukan aku| sumpah|]`,
      `ok [aku tunggu|ditunggu] emailnya [aja|ya][ kak| makasih|]`,
      `[min|kak], tgl [3|12|21] aku [beli|top up] ${AMOUNT} [dua kali|2x] (${ORD}), [yang satu|satunya] [ga masuk|gagal], [udah 5 hari|udah seminggu] [blm refund|belum balik][. tolong dicek ya|]`,
      `[kapan|berapa lama] [refund|pengembalian dana] nya [masuk|diproses][?| kak?]`,
    ],
    parentAccountQuestion: [
      `[anak saya|anakku] [umur|usia] [8|9|10] [tahun|thn], [boleh|bisa] [bikin akun|punya akun][?| ga?]`,
      `[aku|aku udah] {age} [tahun|thn], [boleh|bisa] [beli|top up] [diamond|gems][?| ga?]`,
      `[saya ibu|saya ayah] dari [anak|pemain] umur {age}, [gimana cara|bisa] [batasin pembelian|pasang kontrol orang tua][?|]`,
      `[anak saya|ponakanku] {age} thn [ga sengaja|tanpa izin] [top up|beli] ${AMOUNT}, bisa [dibatalin|refund][?|]`,
      `[batas umur|minimal umur] [buat main|bikin akun] berapa[?| ya?]`,
    ],
  },
  asking: {
    fakeAgentSecretAsk: [
      `[halo|hai] saya [admin|cs resmi|tim keamanan], [mohon|tolong] [kirim|sebutin] nomor kartu [dan|sama] 3 angka di belakangnya [buat verifikasi|biar refund diproses]`,
      `[kak|halo], [kode OTP|kode sms] yang baru masuk [tolong diketik|sebutin] di sini ya [biar akunnya aman|buat konfirmasi][ 🙏|]`,
      `[untuk konfirmasi|buat verifikasi] [kirim|tulis] username [dan|sama] password [kamu|kakak] [ke sini|di chat][ ya|]`,
      `[kirim|kasih] [PIN|PIN dana|pin m-banking] [kamu|nya] [biar|supaya] [hadiah|diamond|refund] [bisa cair|langsung masuk]`,
      `[saya dari support|ini support], [akunmu|akun kamu] mau [dihapus|diblokir], [kirim|kasih] kode pemulihan [sekarang|secepatnya][ biar aman|]`,
    ],
    realNameForRefund: [
      `[mohon|tolong] [tulis|sebutin] nama lengkap [kamu|pemilik akun] [buat refund|untuk pengembalian dana][, harus sama dengan rekening|]`,
      `[nama lengkapnya siapa|siapa nama lengkap kamu][?] [harus sama|mesti sesuai] [sama|dengan] [rekening|nama di kartu]`,
      `[kirim|fotoin] kartu [atm|kredit] [ortu|mama|papa] [kamu|] yang [namanya keliatan|ada namanya][ ya|]`,
      `[buat|untuk] [verifikasi|proses refund], [nama asli|nama lengkap] [sesuai ktp|di rekening] [siapa|apa][?]`,
      `[kak|min], [perlu|butuh] nama [lengkap|asli] [ortu|yang punya rekening] [dulu|] [biar bisa diproses|ya][?|]`,
    ],
    filterDodgeAsk: [
      `[tulis|ketik] [nomor|nomer] [kamu|wa kamu] pake huruf [aja|], biar [ga kehapus bot|bot ga hapus][ wkwk|]`,
      `[kirim|ketik] [nomornya|nomor hp nya] [dispasi|pake spasi] [biar|supaya] [ga kesensor|lolos filter]`,
      `[kasih|kirim] [email|emailmu] tapi [@ nya|titiknya] [ditulis|ganti] [huruf|"at"][, biar ga dihapus|]`,
      `[nomornya|no hp] [tulis|ketik] [satu satu|per angka] [ya|aja], [filter|bot] [ketat|suka hapus][ 😅|]`,
      `[pisahin|kasih jarak] [nomor wa mu|nomormu] [biar|supaya] [admin ga liat|ga dideteksi][?|]`,
    ],
  },
  giving: {
    accountHolderName: [
      `akunnya [atas nama|pake nama] [bapak|papa|ayah] aku, {fullname}`,
      `[pemilik akun|yg punya akun] [itu|namanya] {fullname}, [mamaku|ibu aku][ ya kak|]`,
      `[rekeningnya|kartunya] atas nama {fullname}[, itu kakak aku|, ortu aku|]`,
      `[nama|nama lengkap] [aku|saya] {fullname}, [sesuai|sama kayak] [rekening|ktp][ kak|]`,
      `[itu akun|akun itu] [dibuat|didaftarin] pake nama [om|tante] aku {fullname}`,
    ],
    secretHandedOver: [
      `[pw nya|passwordnya] ${SECRET}, [cek aja|silakan cek][ kak|]`,
      `[ini|nih] kode pemulihannya: ${RECOVERY_CODE} ${RECOVERY_CODE}`,
      `[id transfer|id] ${ORD} [pw|password] {password}[, udah aku kirim|]`,
      `[kemarin|tadi] ada yang ngaku [admin|cs], aku [panik|percaya] terus aku kasih [password|kode] ${SECRET}, [sekarang akunku ilang|sekarang ga bisa login][ 😭|]`,
      `[kode otp|otp] nya {otp}[, udah masuk belum|, cepet ya|]`,
    ],
    contactOutsideSupport: [
      `[sms|wa] aku [aja|] [di|ke] {phone}, [aku lebih cepet bales|lebih cepet daripada cs][ wkwk|]`,
      `[chat|hubungi] [aku|saya] [di|lewat] [wa|whatsapp] {phone}[ ya| kak|]`,
      `[add|follow] aku di [ig|tele|discord] {handle}[, di sana aja|, aku bantu di situ|]`,
      `[email|kirim email] aku [aja|] [ke|di] {email}[, cs lama banget|]`,
      `[add aku|cari aku] di [fb|facebook] [nama|] {fullname}[, lebih gampang|]`,
    ],
  },
};

export const TL: Families = {
  none: {
    orderAndTicketIds: [
      `[order|order ko] ${ORD} [nabawas na yung pera|na-charge na ako] pero [wala pa|di pa pumapasok] yung [diamonds|gems|{currency}][ po| huhu|]`,
      `ticket ${TKT} [wala pa ring sagot|di pa nirereplyan|3 days na][ po| 😭|]`,
      `[transaction id|ref no.|reference number] ${ORD}[ po| pakicheck po|]`,
      `[order ids|yung orders ko] ${ORD}, ${ORD} [at|saka] ${ORD} [lahat failed|puro pending][ po|]`,
      `hi [po|admin], nag-[top up|load] ako ng ${AMOUNT} [kahapon|kaninang umaga|nung sabado], [receipt no.|OR number] ${ORD}, [pero wala sa account ko|pending pa rin hanggang ngayon][. salamat po|]`,
      `[eto|heto] po ticket ko ${TKT}[ for reference|]`,
    ],
    errorAndVersionCodes: [
      `[error|nag error] ${ERROR_CODE} [pag open ng game|sa launch|pag login][ po| pano to|]`,
      `[naka|updated na ko sa] ${VERSION} [pero|tapos] [nagcacrash pa rin|stuck sa loading][ ugh|]`,
      `run mo npm install tapos npm run dev, [sa port|localhost:]${PORT_NUMBER}[ lalabas|]`,
      `[lumalabas|laging lumalabas] yung code ${ERROR_CODE}, [nag reinstall na ko|clear cache na] [wala pa rin|same pa rin]`,
      `[bug sa|may bug sa] build ${VERSION}[, yung inventory|, sa chat|, sa settings][ nawawala|]`,
    ],
    accountRecoveryQuestion: [
      `[nawala|di ko ma-open] account ko [after ko magpalit ng phone|nung nag switch ako ng device], [ano gagawin ko|pano to][?|??]`,
      `[naka-link|linked] account ko sa [facebook|google] dati, ngayon [di ko na makita|wala na], [pano ko marerecover|pwede pa ba ibalik][?|]`,
      `[nirestart mo na|na-restart mo na ba] [router|wifi] mo[?|??]`,
      `[di ako|hindi ako] [nakakareceive|makatanggap] ng verification code, [ano po gagawin|help po][?|]`,
      `pano [ilipat|i-transfer] account ko sa bagong phone[?| po?]`,
      `[nakalimutan ko|di ko maalala] kung anong email [ginamit ko|naka-link] dito, [pwede ba ma-check|pano yun][?|]`,
    ],
    securityAdvice: [
      `[palitan|i-reset] mo password [sa|mo sa] settings > account > security[ lods|]`,
      `[wag|huwag] mong gamitin same password ng email mo[, delikado|]`,
      `[i-on mo|i-enable mo] yung 2FA [para safe|para di ka na ma-hack][ 👍|]`,
      `[pag na-hack ka|kung nahack acc mo]: 1) palit password 2) logout lahat ng devices 3) on 2FA 4) check recovery email[. wag ibibigay code kahit kanino|]`,
      `[walang|hindi kailanman] [totoong admin|official support] na [manghihingi|hihingi] ng password o OTP[ mo| ha|]`,
    ],
    agentNotice: [
      `[Support|CS|Bot]: [paki|please] wag mag-post ng email, phone number, password o PIN [dito|sa chat]. [pwede ka namin i-verify|ma-verify ka namin] [sa|through] in-app form[. salamat po|]`,
      `🤖 auto reply: [natanggap na|received na] ticket mo. [wag magshare|huwag ibigay] ng personal info [dito|sa comments][, sasagot kami within 24 hrs|]`,
      `[hi po|hello], [para sa security|for your safety], [hindi namin kailangan|wag nyo ibigay] ang password, OTP o PIN [nyo|] [kahit sa amin|kahit kanino]`,
      `[agent|support] [Joy|Mark|Anne] here 🙏 [paki-fill up|pakisagot] po yung [verification|recovery] form sa help menu, [no need|wag na] mag-type ng info dito`,
      `[auto-hide|tinatago automatically] yung [messages|chats] na may number o email[ po|]`,
    ],
    refundAndBugTalk: [
      `[cancelled|na-cancel] yung tournament, [may refund ba|irerefund ba] [tayo|yung entry][?|??]`,
      `[putol|cut off] yung text sa settings menu[, bug ba to|]`,
      `[gusto ko|pwede ba] [mag-appeal|i-appeal] ban ko, [pinsan ko|kapatid ko] yung [naglaro|gumamit] sa acc ko[ promise|]`,
      `ok [hintayin ko na lang|antay na lang ako] [yung email|ng email][ po| salamat|]`,
      `[admin|po], nung [3|12|21] [bumili|nag top up] ako ng ${AMOUNT} [dalawang beses|2x] (${ORD}), [yung isa di pumasok|isa lang pumasok], [1 week na|5 days na] wala pa refund[. pakicheck po|]`,
      `gaano [katagal|ka-tagal] [bago pumasok|ma-process] yung refund[?| po?]`,
    ],
    parentAccountQuestion: [
      `[8|9|10] [years old|yrs old] [anak ko|yung anak ko], [pwede ba|allowed ba] siya mag-account[?| po?]`,
      `{age} na ko, pwede [ba|na] ako [bumili|mag top up] ng [gems|diamonds][?|]`,
      `[mommy|magulang] po ako ng {age} [yrs old|years old], pano [mag set|maglagay] ng parental control[?| po?]`,
      `[anak ko|pamangkin ko] {age} [y/o|yrs old] [nag top up|nakabili] ng ${AMOUNT} [nang walang paalam|without permission], [pwede ma-refund|marerefund ba][?|]`,
      `[ano|ilan] [minimum age|age limit] [para|pag] [gumawa ng account|maglaro][?| po?]`,
    ],
  },
  asking: {
    fakeAgentSecretAsk: [
      `hi [po|], [admin|official support] [po|] ito. [pakisend|send mo] card number [at|tsaka] 3 digits sa likod [para ma-verify|para ma-process refund]`,
      `[paki-type|sabihin mo] yung [OTP|code sa sms] na [dumating|natanggap mo] [para ma-secure|para ma-confirm] acc mo`,
      `[para ma-confirm|for verification], [send mo|ibigay mo] username [at|tsaka] password mo [dito|sa chat][ po|]`,
      `[ibigay mo|send] [gcash mpin|PIN mo] [para|para ma] [makuha|ma-claim] mo yung [prize|diamonds|refund]`,
      `[support to|from support], [ma-ddelete|ma-babanned] acc mo, [send mo|ibigay mo] recovery code [ngayon|asap]`,
    ],
    realNameForRefund: [
      `[paki-type|pakibigay] po [full name|buong pangalan] mo [para sa refund|for the refund][, dapat match sa bank account|]`,
      `ano [full name|buong pangalan] mo[?] [dapat|kailangan] [same|tugma] sa [bank|gcash account]`,
      `[picturan mo|send pic ng] card ng [mama|papa|parents] mo na [kita yung name|may pangalan][ po|]`,
      `[para|for] [verification|refund process], ano [real name|buong pangalan] [sa|nasa] [bank|ID] mo[?]`,
      `[kailangan|need] po namin [full name|buong pangalan] ng [account holder|may-ari ng card][ po|][?|]`,
    ],
    filterDodgeAsk: [
      `[type mo|isulat mo] number mo in words [para|para hindi] [di ma-delete ng bot|di mabura][ haha|]`,
      `send mo [number mo|cp mo] [naka space|may spaces] [para di ma-filter|para lumusot]`,
      `[ibigay mo|send] email mo pero [palitan mo yung @ ng "at"|wag mo lagyan ng @][, para di mabura|]`,
      `[isa isa|per digit] mo [i-type|isulat] yung number[, strict kasi bot|]`,
      `[hiwalay-hiwalay|pa-spacing] mo [cp|number] mo [para di makita ng mods|para di detect][?|]`,
    ],
  },
  giving: {
    accountHolderName: [
      `[naka-pangalan|nakapangalan] po yung account sa [papa|tatay|daddy] ko, {fullname}`,
      `[account holder|may-ari ng account] po is {fullname}, [mama ko|nanay ko] siya`,
      `[card|gcash] ay [under|naka-name] ni {fullname}[, ate ko|, parents ko|]`,
      `[pangalan ko|full name ko] po {fullname}, [same|pareho] sa [bank|ID][ po|]`,
      `[ginawa|nirehistro] yung acc gamit pangalan ng [tito|tita] ko {fullname}`,
    ],
    secretHandedOver: [
      `[pw|password] ${SECRET}, [check mo na|go na i-check][ po|]`,
      `[eto|heto] po yung recovery codes: ${RECOVERY_CODE} ${RECOVERY_CODE}`,
      `transfer id ${ORD} [pw|password] {password}[, sent na|]`,
      `may [nagpanggap na|nag claim na] admin [kahapon|kanina], [naniwala ako|na-scam ako] tas [binigay ko|sinend ko] [password|code] ${SECRET}, [ngayon wala na acc ko|di na ko makalogin][ 😭|]`,
      `[otp|code] ko {otp}[, pasok na ba|, bilis po|]`,
    ],
    contactOutsideSupport: [
      `[text mo ko|i-text mo na lang ako] sa {phone}, [mas mabilis ako sumagot|mas mabilis pa sa support][ lol|]`,
      `[message|chat] mo ko sa [viber|whatsapp] {phone}[ po|]`,
      `[add|follow] mo ko sa [fb|ig|discord] {handle}[, dun na lang|, tutulungan kita dun|]`,
      `[email|mag email] ka na lang sa {email}[, tagal ng cs|]`,
      `add mo ko sa fb, [pangalan ko|ako] [dun|don] {fullname}[, mas madali|]`,
    ],
  },
};

export const HI: Families = {
  none: {
    orderAndTicketIds: [
      `[order|mera order] ${ORD} [paise kat gaye|payment ho gaya] [par|lekin] [diamonds|gems|{currency}] [nahi aaye|abhi tak nahi mile][ bhai| sir|]`,
      `ticket ${TKT} [ka koi reply nahi aaya|abhi tak pending hai|3 din ho gaye][ yaar| 😭|]`,
      `[transaction id|txn id|UTR no] ${ORD}[, please check karo| sir| hai|]`,
      `[order ids|mere orders] ${ORD}, ${ORD} [aur|and] ${ORD} [teeno fail|sab pending][ ho gaye| hai|]`,
      `[sir|hello support], maine [kal|subah|sunday ko] ${AMOUNT} ka [top up|recharge] kiya tha, [receipt no|invoice] ${ORD}, [par account mein nahi aaya|status abhi bhi pending dikha raha][. help karo pls|]`,
      `[mera ticket no|ticket] ${TKT} [hai|][ reference ke liye|]`,
    ],
    errorAndVersionCodes: [
      `[error|launch pe error] ${ERROR_CODE} [aa raha hai|aata hai] [game kholte hi|login pe][ bhai|, kya karu|]`,
      `${VERSION} [pe update kiya|install kiya] [phir bhi|fir bhi] [crash ho raha|loading pe atak gaya][ yaar|]`,
      `npm install chalao phir npm run dev, [port|localhost:]${PORT_NUMBER} pe [khulega|chalega]`,
      `[baar baar|har baar] code ${ERROR_CODE} [dikhata hai|aata hai], [reinstall kar liya|cache clear kiya] [same hai|kuch nahi hua]`,
      `build ${VERSION} mein [bug hai|glitch hai][, inventory khali dikha raha|, chat nahi khulta|]`,
    ],
    accountRecoveryQuestion: [
      `[phone badalne ke baad|naya phone lene ke baad] [account khul nahi raha|id gayab ho gayi], [kya karu|ab kya karna hai][?|??]`,
      `[mera account|meri id] [facebook|google] se linked thi, ab [mil nahi rahi|gayab hai], [recover kaise karu|wapas kaise milegi][?|]`,
      `[router restart kiya|wifi restart kiya kya][?|??]`,
      `[OTP|verification code] [aa hi nahi raha|nahi aa raha] [1 ghante se|kab se], [kya karu|help][?|]`,
      `naye phone mein account [transfer|shift] kaise [karte hai|karu][?| bhai?]`,
      `[yaad nahi|bhool gaya] konsa email [use kiya tha|laga tha] is id pe, [check ho sakta hai|kaise pata karu][?|]`,
    ],
    securityAdvice: [
      `password [reset|change] karo settings > account > security [mein|me][ bhai|]`,
      `[email wala|same] password [mat rakho|use mat karo] [game mein|har jagah][, risky hai|]`,
      `2FA [on karo|chalu karo] [taaki|jisse] [hack na ho|safe rahe][ 👍|]`,
      `[hack hone ke baad|agar hack ho gaya]: 1) password badlo 2) sab devices se logout 3) 2FA on 4) recovery email check karo[. code kisi ko mat dena|]`,
      `[koi bhi asli|real] [admin|support] [kabhi|] password [ya|aur] OTP nahi [maangta|maangega][, yaad rakho|]`,
    ],
    agentNotice: [
      `[Support|Bot|Agent]: [kripya|please] yahan email, phone number, password ya UPI PIN [mat likhein|share na karein]. hum [in-app form|app ke form] se verify kar sakte hain[. dhanyavaad|]`,
      `🤖 auto reply: aapka ticket [mil gaya hai|queue mein hai]. [personal details|apni details] chat mein [share na karein|mat daalein][, 24 ghante mein reply milega|]`,
      `[namaste|hello] [sir|ji], [security ke liye|aapki safety ke liye] [OTP|password|UPI PIN] [kabhi kisi ko na batayein|humein bhi na bhejein]`,
      `[agent|support se] [Priya|Rahul|Neha] here 🙏 [help section|help menu] mein [verification|recovery] form bhar dijiye, [yahan|chat mein] details [na likhein|ki zarurat nahi]`,
      `[number|email] wale [messages|msgs] [auto hide|apne aap chhup jaate] hain[ ji|]`,
    ],
    refundAndBugTalk: [
      `tournament [cancel ho gaya|cancel hua], [refund milega kya|paise wapas aayenge][?|??]`,
      `settings menu mein [text kat raha hai|text cut ho raha][, bug hai kya|]`,
      `[mujhe ban appeal karna hai|ban hatao pls], [cousin|chhota bhai] [khel raha tha|ne use kiya] mera account[ sach mein|]`,
      `ok [email ka wait karta hu|email ka intezaar karunga][ fir| thanks|]`,
      `[sir|support], [3|12|21] tarikh ko ${AMOUNT} ka [purchase|recharge] [do baar|2 baar] hua (${ORD}), [ek hi mila|ek fail hua], [hafte bhar se|5 din se] refund nahi aaya[. check karo pls|]`,
      `refund [kitne din mein|kab tak] [aayega|milega][?| ji?]`,
    ],
    parentAccountQuestion: [
      `[mera beta|meri beti] [8|9|10] saal [ka|ki] hai, [kya|] [account bana sakta|id bana sakti] hai[?|]`,
      `main {age} saal ka hu, [gems|diamonds] [kharid sakta hu|le sakta hu][?| kya?]`,
      `[main parent hu|papa hu] {age} saal ke bacche ka, parental control kaise [lagau|set karu][?|]`,
      `[beta|bhatija] {age} saal ka hai, [bina puche|galti se] ${AMOUNT} ka recharge kar diya, [refund ho sakta|paise wapas milenge][?|]`,
      `[account|id] banane ki [minimum age|age limit] kya hai[?| ji?]`,
    ],
  },
  asking: {
    fakeAgentSecretAsk: [
      `[hello|namaste] main [official support|customer care] se hu, [card number|card no] aur peeche ke 3 digit [bhejo|batao] [verify ke liye|refund ke liye]`,
      `[abhi|jo] OTP aaya hai [wo|vo] [yahan type karo|bata do] [account safe karne ke liye|confirm ke liye][ sir|]`,
      `[confirm karne ke liye|verify ke liye] apna username aur password [bhejo|share karo][ yahan|]`,
      `UPI PIN [daalo|batao] [taaki|phir] [refund|cashback|prize] [aapke account mein aa jaye|turant mile]`,
      `[main support se hu|support team], aapki id [ban|delete] hone wali hai, recovery code [abhi bhejo|jaldi do]`,
    ],
    realNameForRefund: [
      `refund ke liye apna [poora naam|full name] [likhiye|batao][, bank account se match hona chahiye|]`,
      `[aapka poora naam kya hai|full name batao][?] [bank|UPI] [wale naam se|se] match [hona chahiye|karega]`,
      `[mummy|papa] ke card ki photo [bhejo|bhejiye] jisme naam [dikhe|dikh raha ho]`,
      `[verification|refund process] ke liye [bank mein|aadhaar pe] [jo naam hai|asli naam] [wo batao|kya hai][?]`,
      `[account holder|card wale] ka [poora naam|full name] [chahiye|bhejo] [pehle|][ ji|]`,
    ],
    filterDodgeAsk: [
      `apna number [words mein|shabdon mein] likho [taaki|jisse] bot [delete na kare|na hataye][ lol|]`,
      `number [space de de ke|spaces ke saath] bhejo [filter se bachne ke liye|taaki pakda na jaye]`,
      `email [bhejo|do] par @ ki jagah "at" likhna[, warna delete|]`,
      `[ek ek digit|ek ek karke] number [likho|bhejo][, bot strict hai|]`,
      `[thoda tod ke|alag alag] [number|whatsapp no] [bhej|daal] [do|na] [mods na dekhe|bot na pakde][?|]`,
    ],
  },
  giving: {
    accountHolderName: [
      `account [papa|pitaji|dad] ke naam pe hai, {fullname}`,
      `account holder {fullname} hai, [meri mummy|mom] hai[ ji|]`,
      `[card|bank account] {fullname} ke naam pe hai[, didi hai meri|, mere papa|]`,
      `[mera naam|mera poora naam] {fullname} hai, [bank|aadhaar] [jaisa|mein bhi yahi][ hai|]`,
      `[id|account] [chacha|mama] ke naam se bani thi, {fullname}`,
    ],
    secretHandedOver: [
      `[pw|password] ${SECRET} hai, [check kar lo|dekh lo][ sir|]`,
      `ye rahe recovery codes: ${RECOVERY_CODE} ${RECOVERY_CODE}`,
      `transfer id ${ORD} [pw|password] {password}[, bhej diya|]`,
      `[kal|aaj] kisi ne [admin|support] ban ke msg kiya, [maine bharosa kiya|main dar gaya] aur [password|code] ${SECRET} [de diya|bata diya], [ab id gayi|ab login nahi hota][ 😭|]`,
      `otp {otp} hai[, jaldi karo|, aa gaya kya|]`,
    ],
    contactOutsideSupport: [
      `[mujhe|] {phone} pe [msg karo|text karo], [main jaldi reply karta hu|support se fast hu][ lol|]`,
      `[whatsapp|call] karo {phone} pe[ bhai| sir|]`,
      `[insta|discord|telegram] pe add karo {handle}[, wahan help kar dunga|, wahi baat karte|]`,
      `[mail|email] karo {email} pe[, support bahut slow hai|]`,
      `fb pe add karo, wahan [mera naam|main] {fullname} [hai|hu][, jaldi reply milega|]`,
    ],
  },
};

export const RU: Families = {
  none: {
    orderAndTicketIds: [
      `[заказ|zakaz] ${ORD} [деньги списали|оплатил] а [гемы|алмазы|{currency}] [не пришли|так и не пришли][ 😡|!!|]`,
      `тикет ${TKT} [до сих пор без ответа|уже 3 дня висит|никто не отвечает]`,
      `[номер транзакции|id транзакции|transaction id] ${ORD}[, проверьте пж| вот|]`,
      `[номера заказов|заказы] ${ORD}, ${ORD} и ${ORD}[ все зависли| все в статусе ожидания|]`,
      `[здравствуйте|добрый день], [вчера|утром|в субботу] [купил|пополнил] на ${AMOUNT}, [номер чека|номер квитанции] ${ORD}, [но на аккаунт ничего не пришло|статус до сих пор в обработке][. помогите пожалуйста|]`,
      `[мой тикет|номер обращения] ${TKT}[ если что|]`,
    ],
    errorAndVersionCodes: [
      `[ошибка|oshibka] ${ERROR_CODE} [при запуске|когда захожу][, что делать|]`,
      `[обновился до|стоит версия] ${VERSION} [а всё равно|и все равно] [вылетает|висит на загрузке][ 😤|]`,
      `сделай npm install потом npm run dev, [откроется на|порт] ${PORT_NUMBER}`,
      `[постоянно|опять] [вылезает|выдает] код ${ERROR_CODE}, [переустановил|кэш чистил] [не помогло|то же самое]`,
      `в билде ${VERSION} [баг|глюк][ с инвентарем| в чате| в настройках|]`,
    ],
    accountRecoveryQuestion: [
      `[после смены телефона|сменил устройство и] [не могу зайти|пропал доступ] в аккаунт, [что делать|как быть][?|]`,
      `[аккаунт был привязан|акк был привязан] к [вк|гуглу|фейсбуку], теперь [не могу найти|пропал], [как восстановить|можно вернуть][?|]`,
      `[роутер перезагружал|ты роутер перезагрузил][?|??]`,
      `не [приходит|приходит код] [код подтверждения|смс с кодом] [уже час|давно], что делать[?|]`,
      `как [перенести|перекинуть] акк на новый телефон[?| подскажите]`,
      `kak vosstanovit akkaunt [esli|kogda] [poteryal telefon|smenil telefon][?|]`,
    ],
    securityAdvice: [
      `[смени|сбрось] пароль в настройки > аккаунт > безопасность[ бро|]`,
      `не [ставь|используй] тот же пароль что на почте[, это опасно|]`,
      `[включи|подключи] двухфакторку [чтоб не взломали|для безопасности][ 👍|]`,
      `если [взломали|угнали акк]: 1) смени пароль 2) выйди со всех устройств 3) включи 2FA 4) проверь почту для восстановления[. коды никому не говори|]`,
      `[настоящая|реальная] поддержка [никогда|] не [спросит|попросит] пароль или код из смс[, запомни|]`,
      `ne davai nikomu kod iz sms[, dazhe "adminam"|]`,
    ],
    agentNotice: [
      `[Поддержка|Бот|Агент]: [пожалуйста|просим], не [пишите|отправляйте] почту, телефон, пароль или PIN в чат. мы [можем проверить вас|проверим] через форму в приложении[. спасибо|]`,
      `🤖 [автоответ|авто-сообщение]: ваше обращение [принято|в очереди]. не [публикуйте|указывайте] личные данные [в чате|в комментариях][, ответим в течение 24 часов|]`,
      `[здравствуйте|добрый день], [в целях безопасности|для безопасности] [никому|нам тоже] не [сообщайте|отправляйте] пароль, код из смс или PIN`,
      `[агент|оператор] [Анна|Дмитрий|Ольга] на связи 🙏 заполните форму [восстановления|верификации] в разделе помощи, здесь данные писать [не нужно|не надо]`,
      `сообщения с номером или почтой [скрываются автоматически|автоматически удаляются]`,
    ],
    refundAndBugTalk: [
      `турнир [отменили|отменен], [вернут деньги|будет возврат][?|??]`,
      `в меню настроек [текст обрезается|не видно текст целиком][, это баг?|]`,
      `[хочу|хочу подать] апелляцию на бан, [это брат|двоюродный брат] [играл|заходил] с моего акка[ честно|]`,
      `ок, [жду|буду ждать] письмо[ тогда| спасибо|]`,
      `[здравствуйте|поддержка], [3|12|21] числа [списали|оплатил] ${AMOUNT} [два раза|дважды] (${ORD}), [пришел только один|одна покупка не прошла], [уже неделю|5 дней] нет возврата[. проверьте пожалуйста|]`,
      `[сколько|как долго] [идет|ждать] возврат[?| средств?]`,
    ],
    parentAccountQuestion: [
      `[сыну|дочке] [8|9|10] лет, [можно ему|может она] [завести аккаунт|играть][?|]`,
      `мне {age}, [можно|могу ли я] [покупать|купить] [гемы|донат][?|]`,
      `я [мама|папа] ребенка {age} лет, как [включить|настроить] родительский контроль[?|]`,
      `[сын|племянник] {age} лет [без спроса|случайно] [задонатил|потратил] ${AMOUNT}, можно [вернуть|оформить возврат][?|]`,
      `[с какого возраста|какой минимальный возраст] [можно|для] [регистрироваться|аккаунта][?|]`,
    ],
  },
  asking: {
    fakeAgentSecretAsk: [
      `[здравствуйте|добрый день], [служба поддержки|администрация]. [продиктуйте|напишите] номер карты и 3 цифры на обороте [для проверки|для возврата]`,
      `[код из смс|код], который [сейчас пришел|пришел], [продиктуйте|напишите сюда] [для подтверждения|чтобы защитить акк]`,
      `[для подтверждения|для верификации] [отправьте|напишите] логин и пароль [сюда|в чат]`,
      `[назовите|напишите] PIN [карты|] [чтобы|и] [возврат|приз|бонус] [пришел сразу|зачислится]`,
      `[я из поддержки|это поддержка], ваш акк [заблокируют|удалят], [срочно|быстро] [скиньте|пришлите] код восстановления`,
      `skinte kod iz sms [dlya proverki|chtoby podtverdit] akkaunt`,
    ],
    realNameForRefund: [
      `[напишите|укажите] ваше ФИО [полностью|] для возврата[, должно совпадать с банковским счетом|]`,
      `как ваше [полное имя|ФИО][?] [должно совпадать|должно быть как] [с картой|на банковском счете]`,
      `[сфоткайте|пришлите фото] карту [мамы|папы|родителей] [чтобы было видно имя|с именем]`,
      `для [проверки|возврата] [какое|] [настоящее имя|ФИО] [на карте|в банке][?]`,
      `[нужно|нам нужно] ФИО держателя карты[, напишите|]`,
    ],
    filterDodgeAsk: [
      `[напиши|пиши] номер словами, [чтобы|а то] бот [не удалил|удалит][ лол|]`,
      `[скинь|отправь] номер через пробелы [чтоб|чтобы] [фильтр не поймал|не удалило]`,
      `почту [напиши|кинь] но вместо @ [пиши|напиши] "собака"[, иначе удалят|]`,
      `[по одной цифре|по цифре] [номер|телефон] [напиши|пиши][, бот строгий|]`,
      `napishi nomer s probelami chtoby bot ne udalil`,
    ],
  },
  giving: {
    accountHolderName: [
      `аккаунт [на папу|на имя папы|оформлен на отца], {fullname}`,
      `[владелец аккаунта|держатель] {fullname}, это моя [мама|мать]`,
      `карта на имя {fullname}[, это сестра|, родители|]`,
      `[меня зовут|мое ФИО] {fullname}, [как в банке|как на карте]`,
      `akkaunt na imya [dyadi|mamy] {fullname}`,
    ],
    secretHandedOver: [
      `пароль ${SECRET}, [проверяйте|можете проверить]`,
      `вот коды восстановления: ${RECOVERY_CODE} ${RECOVERY_CODE}`,
      `id перевода ${ORD} пароль {password}[, отправил|]`,
      `[вчера|сегодня] написал [какой-то админ|"поддержка"], я [поверил|испугался] и [дал|скинул] [пароль|код] ${SECRET}, [теперь акка нет|теперь не могу войти][ 😭|]`,
      `код {otp}[, пришло?|, быстрее|]`,
    ],
    contactOutsideSupport: [
      `[пиши|напиши] мне на {phone}, [я отвечаю быстрее поддержки|я быстрее отвечу][ лол|]`,
      `[звони|пиши в ватсап|пиши в телегу] {phone}`,
      `[добавь|добавляйся] в [телегу|дискорд|инсту] {handle}[, там помогу|]`,
      `[пиши на почту|кинь на почту] {email}[, поддержка долго|]`,
      `добавь [меня|] в вк, я там [как|] {fullname}`,
    ],
  },
};

export const JA: Families = {
  none: {
    orderAndTicketIds: [
      `注文番号${ORD}[、お金引かれたのに|で課金したけど][ジェム|石|{currency}][届いてない|反映されない][です|…|]`,
      `問い合わせ番号${TKT}[まだ返事ない|3日放置されてる][w|…|😭|]`,
      `[取引ID|トランザクションID]${ORD}[です|、確認お願いします|]`,
      `[注文|注文ID] ${ORD}、${ORD}、${ORD}[全部失敗してる|全部保留のまま]`,
      `[すみません|お世話になってます]、[昨日|今朝|土曜に]${AMOUNT}ドル分[課金した|購入した]んですが、レシート番号${ORD}[でまだ反映されてません|がずっと処理中です][。よろしくお願いします|]`,
      `チケット${TKT}[の件です|です][、続報まだ？|]`,
    ],
    errorAndVersionCodes: [
      `起動[すると|したら]エラー${ERROR_CODE}[出る|が出ます][、なにこれ|…|]`,
      `${VERSION}[に更新した|入れた]けど[落ちる|ロード画面で止まる][w|😤|]`,
      `npm install してから npm run dev、ポート${PORT_NUMBER}で[開く|動く]よ`,
      `[ずっと|毎回]コード${ERROR_CODE}[出る|が表示される]、[再インストール|キャッシュ削除]しても[ダメ|変わらん]`,
      `ビルド${VERSION}で[バグ|不具合][、インベントリ空になる|、チャット開かない|]`,
    ],
    accountRecoveryQuestion: [
      `機種変したら[アカウント消えた|ログインできない]、どうすればいい[？|？？]`,
      `[Twitter|Google|Apple ID]連携してたアカ[見つからない|消えた]、[復旧できますか|どうやって戻すの][？|]`,
      `ルーター再起動した[？|？？]`,
      `[認証コード|確認コード][届かない|来ない][1時間くらい|ずっと]、どうしたら[？|]`,
      `新しいスマホに[データ引き継ぎ|アカウント移行]どうやるの[？|]`,
      `どのメアドで登録したか[忘れた|覚えてない]、[調べられますか|どうしよう][？|]`,
    ],
    securityAdvice: [
      `パスワードは 設定 > アカウント > セキュリティ から[変えて|リセットして]ね`,
      `メールと同じパスワード[使わない方がいい|はやめとけ][よ|]`,
      `二段階認証[オンにしとこ|入れとくと安心][👍|]`,
      `[乗っ取られたら|ハックされたら]：1) パスワード変更 2) 全端末ログアウト 3) 二段階認証オン 4) 復旧用メール確認[。コードは誰にも教えない|]`,
      `[本物の|公式]サポートはパスワードや認証コードを[聞かない|聞いてこない][よ|です]`,
    ],
    agentNotice: [
      `[サポート|Bot|運営]：チャットにメールアドレス、電話番号、パスワード、PINは[書かないでください|送らないでください]。アプリ内フォームで本人確認[できます|いたします]`,
      `🤖 自動返信：お問い合わせを[受け付けました|承りました]。個人情報は[チャットに|コメントに]書かないでください[。24時間以内に返信します|]`,
      `[セキュリティのため|安全のため]、パスワード・認証コード・PINは[誰にも|私たちにも]教えないでください`,
      `担当の[佐藤|田中|鈴木]です🙏 ヘルプの[本人確認|復旧]フォームにご記入ください、ここに[情報を書く必要はありません|書かなくて大丈夫です]`,
      `電話番号やメールを含むメッセージは自動で非表示になります`,
    ],
    refundAndBugTalk: [
      `大会[中止になった|キャンセルされた]けど[返金ある|参加費戻る][？|？？]`,
      `設定メニューの文字[切れてる|見切れてる][、バグ？|]`,
      `BANの[異議申し立て|解除申請]したい、[いとこ|弟]が俺のアカでやってた[んです|]`,
      `[了解|おけ]、メール待ちます[ー|]`,
      `[3|12|21]日に${AMOUNT}ドル[2回|二重に]引かれてて（${ORD}）、[1回分しか届いてない|片方失敗]、[1週間|5日]たっても返金[なし|されない][。確認お願いします|]`,
      `返金って[どのくらいで|いつ][反映される|戻る]？`,
    ],
    parentAccountQuestion: [
      `[息子|娘]が[8|9|10]歳なんですが、アカウント作れますか[？|]`,
      `{age}歳だけど[課金|ジェム買うの]できる[？|？？]`,
      `{age}歳の子の[親|母]です、ペアレンタルコントロールの設定[方法|どうやるの][？|]`,
      `{age}歳の[息子|甥]が[勝手に|間違えて]${AMOUNT}ドル課金しました、返金できますか[？|]`,
      `[何歳から|年齢制限]アカウント作れます[か|]？`,
    ],
  },
  asking: {
    fakeAgentSecretAsk: [
      `[公式サポート|運営]です。[本人確認のため|返金のため]カード番号と裏の3桁を[送ってください|教えてください]`,
      `[今|さっき]届いたSMSの認証コード、ここに[入力して|読み上げて]ください[。アカウント保護のためです|]`,
      `[確認のため|認証のため]ユーザー名とパスワードを[送って|ここに書いて]ください`,
      `[PIN|暗証番号]を教えてくれたら[報酬|返金|ジェム]すぐ[送ります|反映します]`,
      `[サポートです|運営チームです]、このままだとアカウント[削除|停止]されます、[今すぐ|至急]復旧コード送って`,
    ],
    realNameForRefund: [
      `返金のためフルネームを[教えてください|記入してください][、口座名義と一致する必要があります|]`,
      `[本名|フルネーム]は？[口座名義|カードの名義]と同じじゃないとダメです`,
      `[お母さん|お父さん|親]のカードを名前が見えるように[撮って送って|写真で送って]`,
      `[確認|返金処理]のため、[口座の|カードの][名義|本名]を教えて[ください|]`,
      `カード名義人のフルネームが必要です[、送ってください|]`,
    ],
    filterDodgeAsk: [
      `番号[漢字で|ひらがなで]書いて、botに消されないように[w|]`,
      `番号スペース[空けて|入れて]送って、フィルター[回避|に引っかからない]ように`,
      `メアドの@を「アット」にして[送って|書いて][、消されるから|]`,
      `番号[1桁ずつ|バラして][書いて|送って][、bot厳しいし|]`,
      `[LINEのID|電話番号]区切って送れる？[運営にバレない|消されない]ように`,
    ],
  },
  giving: {
    accountHolderName: [
      `アカウントは[父|お父さん]の名義です、{fullname}`,
      `名義人は{fullname}、[母|うちの母]です`,
      `カードは{fullname}名義[です|][、姉です|、親の|]`,
      `[私の名前は|本名]{fullname}です、[口座と同じ|カードと一緒]です`,
      `[叔父|叔母]の名前で登録してます、{fullname}`,
    ],
    secretHandedOver: [
      `パスワードは${SECRET}です、[確認どうぞ|見てください]`,
      `復旧コードです：${RECOVERY_CODE} ${RECOVERY_CODE}`,
      `送金ID ${ORD} パスワード {password}[、送りました|]`,
      `[昨日|さっき]運営を名乗る人から連絡きて、[信じて|焦って][パスワード|コード]${SECRET}[教えちゃった|送っちゃった]、[今ログインできない|アカ取られた][😭|]`,
      `認証コード{otp}です[、届いた？|、早く|]`,
    ],
    contactOutsideSupport: [
      `{phone}に[SMSして|連絡して]、サポートより[早く返せる|早い]から`,
      `[電話|LINE]ならこっち{phone}`,
      `[インスタ|ディスコ|LINE]の{handle}に[DMして|追加して][、そっちで対応する|]`,
      `{email}に[メールして|送って][、サポート遅いし|]`,
      `[Facebook|FB]で{fullname}って名前で[やってる|いる]から追加して`,
    ],
  },
};

export const AR: Families = {
  none: {
    orderAndTicketIds: [
      `[الطلب|طلب رقم] ${ORD} [انخصمت الفلوس|دفعت] بس [الجواهر|الجيمز|{currency}] [ما وصلت|لسه ما نزلت][ 😡|!!|]`,
      `التذكرة ${TKT} [لسه بدون رد|صار لها ٣ أيام|محد رد][ والله|]`,
      `[رقم العملية|رقم المعاملة|transaction id] ${ORD}[ لو سمحتوا تشيكون| هذا هو|]`,
      `[أرقام الطلبات|الطلبات] ${ORD} و ${ORD} و ${ORD} [كلها فشلت|كلها معلقة]`,
      `[السلام عليكم|مرحبا]، [امس|الصبح|يوم السبت] شحنت ب ${AMOUNT}، رقم الإيصال ${ORD}، [بس ما انضاف للحساب|والحالة لسه قيد المعالجة][. ساعدوني|]`,
      `talab raqam ${ORD} [mawasal|ma wasal] lsa`,
    ],
    errorAndVersionCodes: [
      `[يطلع لي|طالع] خطأ ${ERROR_CODE} [أول ما أفتح اللعبة|عند التشغيل][ ليش|]`,
      `[حدثت|نزلت] ${VERSION} [ولسه|بس لسه] [تطفي|تعلق في التحميل]`,
      `سوي npm install بعدين npm run dev، [بيفتح على|البورت] ${PORT_NUMBER}`,
      `[كل شوي|دايما] يطلع كود ${ERROR_CODE}، [حذفتها ونزلتها|مسحت الكاش] [نفس الشي|ما فاد]`,
      `[في|فيه] [باق|خلل] في النسخة ${VERSION}[ بالانفنتوري| بالشات|]`,
    ],
    accountRecoveryQuestion: [
      `[غيرت جوالي|بعد ما غيرت الجهاز] و[ما اقدر ادخل|راح] حسابي، [وش اسوي|ايش الحل][؟|]`,
      `حسابي كان مربوط [بالفيسبوك|بقوقل] والحين [ما لقيته|اختفى]، كيف [أرجعه|استرجعه][؟|]`,
      `[سويت ريستارت للراوتر|طفيت الراوتر وشغلته][؟|]`,
      `[رمز التحقق|الكود] ما [يوصلني|وصل] [من ساعة|من زمان]، وش اسوي[؟|]`,
      `kef anqol el account lel mobile el gedid[?|]`,
      `نسيت [أي ايميل|اي بريد] سجلت فيه، [تقدرون تشيكون|كيف اعرف][؟|]`,
    ],
    securityAdvice: [
      `غير الباسوورد من الإعدادات > الحساب > الأمان`,
      `لا [تستخدم|تحط] نفس باسوورد الايميل[، خطر|]`,
      `[فعل|شغل] التحقق بخطوتين [عشان ما ينسرق|للأمان][ 👍|]`,
      `[اذا انسرق حسابك|لو انهكر]: ١) غير الباسوورد ٢) اطلع من كل الأجهزة ٣) فعل التحقق بخطوتين ٤) شيك ايميل الاسترداد[. ولا تعطي الكود لأحد|]`,
      `[الدعم الحقيقي|الدعم الرسمي] [ما يطلب|ما راح يطلب] الباسوورد او الكود[ أبدا|]`,
    ],
    agentNotice: [
      `[الدعم|البوت|فريق الدعم]: [لو سمحت|نرجو] لا [تكتب|ترسل] الايميل او رقم الجوال او الباسوورد او الرقم السري هنا. نقدر نتحقق منك عن طريق النموذج داخل التطبيق`,
      `🤖 رد آلي: تم [استلام|تسجيل] طلبك. لا [تشارك|تنشر] معلوماتك الشخصية في [الشات|التعليقات][، بنرد خلال ٢٤ ساعة|]`,
      `[مرحبا|اهلا]، [لأمانك|حفاظا على حسابك] لا [تعطي|ترسل] الباسوورد او الكود او الرقم السري لأي أحد، حتى لنا`,
      `معك [سارة|أحمد|نور] من الدعم 🙏 [عبي|املأ] نموذج [التحقق|الاسترداد] من قائمة المساعدة، ما [يحتاج|نحتاج] تكتب بياناتك هنا`,
      `الرسائل اللي فيها رقم او ايميل [تنخفى تلقائي|تنحذف تلقائيا]`,
    ],
    refundAndBugTalk: [
      `البطولة [انلغت|تكنسلت]، [بترجع الفلوس|في استرداد][؟|]`,
      `النص في قائمة الإعدادات [مقطوع|ما يبين كامل][، باق؟|]`,
      `ابي [أستأنف|اعترض على] الباند، [ولد عمي|اخوي الصغير] كان يلعب بحسابي[ والله|]`,
      `[تمام|اوكي] [بستنى|راح انتظر] الايميل[ شكرا|]`,
      `يوم [٣|١٢|٢١] انخصم ${AMOUNT} [مرتين|دبل] (${ORD})، [وحدة بس وصلت|وحدة فشلت]، [صار أسبوع|٥ أيام] وما رجعت الفلوس[. شيكوا لو سمحتوا|]`,
      `el refund [byakhod|bya5od] ad eh[?|]`,
    ],
    parentAccountQuestion: [
      `[ولدي|بنتي] عمره [٨|٩|١٠] سنين، [يقدر يسوي|ينفع يكون له] حساب[؟|]`,
      `عمري {age}، [اقدر|ينفع] [اشتري|أشحن] جواهر[؟|]`,
      `انا [أم|أبو] طفل عمره {age}، كيف [أفعل|أحط] الرقابة الأبوية[؟|]`,
      `[ولدي|ولد اختي] عمره {age} [شحن بدون ما يقول|اشترى بالغلط] ب ${AMOUNT}، [ينفع استرداد|ترجع الفلوس][؟|]`,
      `كم [أقل عمر|العمر المسموح] [للتسجيل|لفتح حساب][؟|]`,
    ],
  },
  asking: {
    fakeAgentSecretAsk: [
      `[مرحبا|السلام عليكم] معك [الدعم الرسمي|الإدارة]، [ارسل|اكتب] رقم البطاقة والثلاث أرقام اللي ورا [للتحقق|عشان الاسترداد]`,
      `الكود اللي وصلك [برسالة|sms] [الحين|توه] [اكتبه|قوله] هنا [للتأكيد|عشان نحمي حسابك]`,
      `[للتأكيد|للتحقق] [ارسل|اكتب] اسم المستخدم والباسوورد هنا`,
      `[عطني|ارسل] الرقم السري [حق البطاقة|] عشان [الجائزة|الاسترداد|الجواهر] توصلك على طول`,
      `ana mn el support, ab3atli el code [3ashan|3shan] nta2akad mn el account`,
    ],
    realNameForRefund: [
      `[اكتب|ارسل] اسمك الكامل [للاسترداد|عشان الاسترداد][، لازم يطابق الحساب البنكي|]`,
      `[وش اسمك الكامل|ايش اسمك الثلاثي][؟] لازم يكون نفس [اسم الحساب البنكي|اللي على البطاقة]`,
      `[صور|ارسل صورة] بطاقة [أمك|أبوك|أهلك] والاسم [واضح|باين]`,
      `[للتحقق|للاسترداد]، وش الاسم [الحقيقي|الكامل] [اللي في البنك|في الهوية][؟]`,
      `[نحتاج|محتاجين] الاسم الكامل [لصاحب البطاقة|لصاحب الحساب][ لو سمحت|]`,
    ],
    filterDodgeAsk: [
      `اكتب رقمك [بالحروف|كلمات] عشان البوت ما يحذفه[ ههه|]`,
      `ارسل الرقم [بمسافات|مفصول] عشان [الفلتر ما يمسكه|ما ينحذف]`,
      `ارسل ايميلك بس اكتب [at|"آت"] بدل @[، لا ينحذف|]`,
      `[رقم رقم|كل رقم لحاله] اكتب [الجوال|الرقم][، البوت شديد|]`,
      `ekteb raqamak bel 7orof 3shan el bot ma yems7o`,
    ],
  },
  giving: {
    accountHolderName: [
      `الحساب باسم [أبوي|الوالد]، {fullname}`,
      `صاحب الحساب {fullname}، [أمي|الوالدة][ هي|]`,
      `البطاقة باسم {fullname}[، اختي|، أهلي|]`,
      `[اسمي|اسمي الكامل] {fullname}، [نفس البنك|زي اللي في البطاقة]`,
      `el account b esm [abuya|baba] {fullname}`,
    ],
    secretHandedOver: [
      `الباسوورد ${SECRET}، [شيك|تفضل شيك]`,
      `هذي أكواد الاسترداد: ${RECOVERY_CODE} ${RECOVERY_CODE}`,
      `رقم التحويل ${ORD} والباسوورد {password}[، أرسلته|]`,
      `[امس|اليوم] واحد [قال انه من الدعم|ادعى انه أدمن]، [صدقته|خفت] و[عطيته|ارسلت له] [الباسوورد|الكود] ${SECRET}، [والحين راح الحساب|وما اقدر ادخل][ 😭|]`,
      `الكود {otp}[، وصل؟|، بسرعة|]`,
    ],
    contactOutsideSupport: [
      `[راسلني|ارسل لي] على {phone}، [ارد أسرع من الدعم|أسرع منهم][ ههه|]`,
      `[واتساب|كلمني] على {phone}`,
      `[ضيفني|ضفني] [سناب|انستا|ديسكورد] {handle}[، هناك أساعدك|]`,
      `[ارسل|راسلني] على الايميل {email}[، الدعم بطيء|]`,
      `kalemni 3ala {phone}, [ana asra3|asra3] mn el support`,
    ],
  },
};

export const KO: Families = {
  none: {
    orderAndTicketIds: [
      `주문번호 ${ORD} [돈은 빠졌는데|결제됐는데] [다이아|젬|{currency}] [안 들어옴|아직 안 들어왔어요][ ㅠㅠ|;;|]`,
      `문의 ${TKT} [아직 답변 없음|3일째 답 없어요|읽씹당함][ ㅡㅡ|]`,
      `[거래번호|거래 ID|transaction id] ${ORD}[ 확인 부탁드려요| 입니다|]`,
      `주문 ${ORD}, ${ORD}, ${ORD} [다 실패했어요|전부 대기중][ ㅠ|]`,
      `[안녕하세요|문의드려요] [어제|오늘 아침|토요일에] ${AMOUNT}달러 [충전했는데|결제했는데] 영수증 번호 ${ORD}[ 계정에 안 들어왔어요| 아직 처리중이에요][. 확인 부탁드립니다|]`,
      `[제 티켓|접수번호] ${TKT} [이에요|요][ 참고하세요|]`,
    ],
    errorAndVersionCodes: [
      `[실행하면|켜자마자] 오류 ${ERROR_CODE} [떠요|뜸][ 왜이럼|]`,
      `${VERSION} [업뎃했는데|깔았는데] [계속 튕김|로딩에서 멈춤][ ㅡㅡ|]`,
      `npm install 하고 npm run dev 하면 포트 ${PORT_NUMBER}에서 [열려|돌아가]`,
      `[계속|맨날] 코드 ${ERROR_CODE} [뜨는데|나와서] [재설치|캐시 삭제]해도 [똑같아요|안됨]`,
      `빌드 ${VERSION} [버그 있음|버그요][, 인벤 비어보임|, 채팅 안 열림|]`,
    ],
    accountRecoveryQuestion: [
      `[폰 바꾸고|기기 바꾼 뒤로] 계정 [접속 안 돼요|날아감], 어떻게 해요[?|??]`,
      `[페북|구글|애플] 연동했던 계정 [못 찾겠어요|사라졌어요] 복구 [어떻게 해요|가능한가요][?|]`,
      `공유기 재부팅 해봤어[?|요?]`,
      `인증번호가 [안 와요|안 옴] [한 시간째|계속] 어떡해요[?|]`,
      `새 폰으로 계정 [옮기는 법|이전 어떻게 해요][?|]`,
      `어떤 이메일로 가입했는지 [까먹었어요|기억 안 나요], [확인 가능해요|어떻게 알아요][?|]`,
    ],
    securityAdvice: [
      `비번은 설정 > 계정 > 보안 에서 [바꾸면 돼|재설정하세요]`,
      `이메일이랑 같은 비번 [쓰지 마|쓰지마세요][ 위험함|]`,
      `2단계 인증 [켜두세요|켜놔][ 해킹 방지|👍|]`,
      `[해킹당했으면|털렸으면]: 1) 비번 변경 2) 모든 기기 로그아웃 3) 2단계 인증 4) 복구 이메일 확인[. 코드는 아무한테도 알려주지 마|]`,
      `[진짜|공식] 고객센터는 비번이나 인증번호 [절대 안 물어봐요|안 물어봄]`,
    ],
    agentNotice: [
      `[고객센터|봇|상담원]: 채팅에 이메일, 전화번호, 비밀번호, PIN을 [올리지 마세요|적지 마세요]. 앱 내 양식으로 본인 확인 가능합니다`,
      `🤖 자동응답: 문의가 [접수되었습니다|등록되었습니다]. 개인정보는 [채팅에|댓글에] 남기지 마세요[. 24시간 내 답변드립니다|]`,
      `[안녕하세요|고객님], [보안을 위해|안전을 위해] 비밀번호, 인증번호, PIN은 [누구에게도|저희에게도] 알려주지 마세요`,
      `상담원 [김민지|이준호|박서연]입니다🙏 도움말 메뉴의 [본인확인|복구] 양식 작성해 주세요, 여기 정보 [안 적으셔도 돼요|적지 마세요]`,
      `번호나 이메일이 포함된 메시지는 자동으로 가려져요`,
    ],
    refundAndBugTalk: [
      `대회 [취소됐는데|취소됨] 환불 [돼요|되나요][?|??]`,
      `설정 메뉴 글자 [잘려요|짤려서 안 보임][ 버그인가|]`,
      `[정지|밴] 이의신청 하고 싶어요, [사촌|동생]이 제 계정으로 한 거예요[ ㅠ|]`,
      `[넵|ㅇㅋ] 메일 기다릴게요[~|ㅎㅎ|]`,
      `[3|12|21]일에 ${AMOUNT}달러 [두 번|이중으로] 결제됐는데(${ORD}) [하나만 들어옴|하나는 실패], [일주일째|5일째] 환불 [안 됨|없어요][. 확인 부탁드려요|]`,
      `환불 [며칠|얼마나] 걸려요[?|]`,
    ],
    parentAccountQuestion: [
      `[아들이|딸이] [8|9|10]살인데 계정 만들 수 있나요[?|]`,
      `저 {age}살인데 [다이아|젬] 살 수 있어요[?|??]`,
      `{age}살 아이 [엄마|부모]인데요, 자녀 보호 설정 어떻게 [해요|하나요][?|]`,
      `{age}살 [아들이|조카가] [몰래|실수로] ${AMOUNT}달러 결제했어요, 환불 [되나요|가능해요][?|]`,
      `[몇 살부터|연령 제한] 가입 [가능해요|돼요][?|]`,
    ],
  },
  asking: {
    fakeAgentSecretAsk: [
      `[공식 고객센터|운영팀]입니다. [본인확인|환불]을 위해 카드번호랑 뒷면 3자리 [보내주세요|알려주세요]`,
      `[방금|지금] 온 문자 인증번호 여기 [적어주세요|불러주세요][, 계정 보호용이에요|]`,
      `[확인차|인증을 위해] 아이디랑 비번 [보내주세요|여기 적어주세요]`,
      `PIN [알려주시면|보내주면] [보상|환불|다이아] 바로 [지급돼요|들어가요]`,
      `[고객센터인데요|운영자입니다], 계정 [정지|삭제] 예정이라 복구코드 [지금|빨리] 보내세요`,
    ],
    realNameForRefund: [
      `환불 위해 [실명|성함] [전체|풀네임] 적어주세요[, 계좌 명의랑 같아야 해요|]`,
      `[이름 풀네임이|실명이] 뭐예요[?] [계좌 예금주|카드 명의]랑 같아야 돼요`,
      `[엄마|아빠|부모님] 카드 이름 보이게 [사진 찍어서 보내|찍어 보내주세요]`,
      `[확인|환불 처리]를 위해 [통장|카드] 명의자 [이름이|실명이] 뭐예요[?]`,
      `카드 명의자 [성함|실명] 필요합니다[, 보내주세요|]`,
    ],
    filterDodgeAsk: [
      `번호 [한글로|글자로] 써줘 봇이 지우니까[ ㅋㅋ|]`,
      `번호 띄어쓰기 해서 보내 [필터 안 걸리게|안 지워지게]`,
      `이메일 @ 대신 "골뱅이"로 [써서|적어서] 보내[, 안 그럼 삭제됨|]`,
      `번호 [한 자리씩|끊어서] [보내|적어][, 봇 빡셈|]`,
      `[카톡 아이디|번호] 나눠서 보내줄 수 있어[?] [운영자 못 보게|안 걸리게]`,
    ],
  },
  giving: {
    accountHolderName: [
      `계정은 [아빠|아버지] 명의예요, {fullname}`,
      `명의자는 {fullname}이고 [엄마|어머니]예요`,
      `카드 {fullname} 명의[요|예요][, 누나 거|, 부모님 거|]`,
      `[제 이름|제 실명] {fullname}이에요, [계좌랑 같아요|카드랑 똑같음]`,
      `[삼촌|이모] 이름으로 가입했어요, {fullname}`,
    ],
    secretHandedOver: [
      `비번 ${SECRET}이에요, [확인해보세요|보세요]`,
      `복구코드요: ${RECOVERY_CODE} ${RECOVERY_CODE}`,
      `송금 ID ${ORD} 비번 {password}[ 보냈어요|]`,
      `[어제|아까] 운영자라는 사람이 연락와서 [믿고|급해서] [비번|코드] ${SECRET} [알려줬는데|보냈는데] [계정 털렸어요|로그인 안 돼요][ ㅠㅠ|]`,
      `인증번호 {otp}요[, 들어갔어요?|, 빨리요|]`,
    ],
    contactOutsideSupport: [
      `{phone}로 문자해요, 고객센터보다 [빨리 답해요|제가 더 빠름][ ㅋㅋ|]`,
      `[전화|카톡]은 {phone}`,
      `[인스타|디코|카톡] {handle} [추가해|디엠해][, 거기서 도와줄게|]`,
      `{email}로 메일 [보내요|줘][, 고객센터 느림|]`,
      `페북에 {fullname}으로 있으니까 추가해`,
    ],
  },
};

export const VI: Families = {
  none: {
    orderAndTicketIds: [
      `[đơn|đơn hàng] ${ORD} [trừ tiền rồi|thanh toán rồi] mà [kim cương|gem|{currency}] [chưa về|ko thấy đâu][ ad ơi| 😭|]`,
      `ticket ${TKT} [vẫn chưa ai trả lời|3 ngày rồi chưa rep][ ạ|]`,
      `[mã giao dịch|transaction id|ma giao dich] ${ORD}[ ạ|, check giúp em|]`,
      `[đơn|cac don] ${ORD}, ${ORD} và ${ORD} [đều lỗi|deu treo][ hết|]`,
      `[chào ad|ad ơi], [hôm qua|sáng nay|thứ 7] em [nạp|mua] ${AMOUNT}, [số hóa đơn|mã biên lai] ${ORD}, [mà tk chưa nhận|vẫn đang xử lý][. giúp em với|]`,
      `ticket cua em ${TKT} nha[ ad|]`,
    ],
    errorAndVersionCodes: [
      `[vào game|mở game] [bị lỗi|báo lỗi] ${ERROR_CODE}[ là sao|, fix sao ạ|]`,
      `[update lên|cài bản] ${VERSION} rồi mà [vẫn văng|vẫn đứng ở loading][ 😤|]`,
      `chạy npm install rồi npm run dev, mở port ${PORT_NUMBER}`,
      `[cứ hiện|hoai hien] mã ${ERROR_CODE}, [cài lại|xóa cache] [vẫn vậy|ko đỡ]`,
      `bản ${VERSION} [bị bug|loi][, túi đồ trống|, ko mở được chat|]`,
    ],
    accountRecoveryQuestion: [
      `[đổi điện thoại|đổi máy] xong [mất tk|ko vào được tài khoản], [làm sao giờ|giờ sao][?|??]`,
      `tk [liên kết|lk] [facebook|google] mà giờ [ko thấy|mất rồi], [lấy lại sao|khôi phục được ko][?|]`,
      `[restart router chưa|đã khởi động lại modem chưa][?|??]`,
      `[ko nhận được|chưa nhận] mã xác minh [cả tiếng rồi|lâu rồi], [làm gì giờ|sao v][?|]`,
      `chuyen tai khoan sang may moi [the nao|sao][?| ad?]`,
      `quên mất [dùng email nào|email nao] đăng ký, [check được ko|sao biết][?|]`,
    ],
    securityAdvice: [
      `đổi mật khẩu ở cài đặt > tài khoản > bảo mật[ nha|]`,
      `[đừng|dung] dùng chung mật khẩu với email[, nguy hiểm|]`,
      `[bật|bat] xác minh 2 bước [cho an toàn|khỏi bị hack][ 👍|]`,
      `[bị hack thì|nếu bị hack]: 1) đổi mật khẩu 2) đăng xuất mọi thiết bị 3) bật 2FA 4) kiểm tra email khôi phục[. ko đưa mã cho ai|]`,
      `[admin thật|cskh chính thức] [ko bao giờ|ko] hỏi mật khẩu hay mã OTP[ đâu|]`,
    ],
    agentNotice: [
      `[CSKH|Bot|Hỗ trợ]: [vui lòng|xin] không gửi email, số điện thoại, mật khẩu hay mã PIN trong chat. bọn mình xác minh qua form trong app[. cảm ơn|]`,
      `🤖 trả lời tự động: đã [nhận|tiếp nhận] yêu cầu. đừng [đăng|chia sẻ] thông tin cá nhân [ở đây|trong bình luận][, sẽ phản hồi trong 24h|]`,
      `[chào bạn|xin chào], [vì lý do bảo mật|để an toàn], đừng [đưa|gửi] mật khẩu, OTP hay PIN cho [ai|cả bọn mình]`,
      `nhân viên [Lan|Minh|Hương] đây 🙏 bạn điền form [xác minh|khôi phục] ở mục trợ giúp nhé, [ko cần|đừng] ghi thông tin ở đây`,
      `tin nhắn có số hoặc email sẽ [tự ẩn|bị ẩn tự động][ nha|]`,
    ],
    refundAndBugTalk: [
      `giải [bị hủy|huỷ rồi], [có hoàn tiền ko|được refund ko][?|??]`,
      `chữ trong menu cài đặt [bị cắt|bi mat chu][, bug ha|]`,
      `[em muốn|mình muốn] kháng cáo ban, [anh họ|em trai] [chơi|dùng] acc em [đó|thật mà][ ạ|]`,
      `ok [em chờ|đợi] email [vậy|nha][ ạ| cảm ơn|]`,
      `ngày [3|12|21] em bị trừ ${AMOUNT} [2 lần|hai lần] (${ORD}), [chỉ nhận 1|1 đơn lỗi], [cả tuần|5 ngày] rồi chưa hoàn[. check giúp em|]`,
      `hoan tien [mat bao lau|bao lâu] [vay|ạ][?|]`,
    ],
    parentAccountQuestion: [
      `[con trai|con gái] tôi [8|9|10] tuổi, [lập tk được ko|có được tạo tài khoản không][?|]`,
      `em {age} tuổi [mua|nạp] [kim cương|gem] được ko[?|]`,
      `tôi là [mẹ|bố] của bé {age} tuổi, cài kiểm soát của phụ huynh [thế nào|sao][?|]`,
      `[con|cháu] tôi {age} tuổi [tự ý|lỡ] nạp ${AMOUNT}, [hoàn được ko|có refund ko][?|]`,
      `[mấy tuổi|bao nhieu tuoi] thì [được đăng ký|dc tao acc][?|]`,
    ],
  },
  asking: {
    fakeAgentSecretAsk: [
      `[chào bạn|xin chào] mình là [CSKH|admin chính thức], gửi số thẻ và 3 số sau thẻ [để xác minh|để hoàn tiền] nhé`,
      `mã OTP [vừa|mới] gửi về máy [bạn đọc|gõ] vào đây [để xác nhận|để bảo vệ tk][ nha|]`,
      `[để xác minh|de xac nhan] gửi tên đăng nhập và mật khẩu [vào đây|qua chat]`,
      `[cho mình|gửi] mã PIN [để|thì] [quà|hoàn tiền|kim cương] [về ngay|vào tk liền]`,
      `[bên hỗ trợ đây|ben ho tro], tk bạn sắp bị [khóa|xóa], gửi mã khôi phục [ngay|gấp]`,
    ],
    realNameForRefund: [
      `[ghi|cho mình] họ tên đầy đủ để hoàn tiền[, phải trùng tên tài khoản ngân hàng|]`,
      `[họ tên đầy đủ|ten that] của bạn là gì[?] phải [trùng|giống] tên [chủ tk ngân hàng|trên thẻ]`,
      `chụp thẻ của [bố|mẹ] bạn [thấy rõ tên|có tên] gửi mình`,
      `[để xác minh|để hoàn tiền], tên [thật|đầy đủ] [trên thẻ|ở ngân hàng] là gì[?]`,
      `cần họ tên chủ thẻ[ nhé|, gửi đi|]`,
    ],
    filterDodgeAsk: [
      `viết số [bằng chữ|ra chữ] đi để bot ko xóa[ kk|]`,
      `gửi số [cách ra|có dấu cách] cho [khỏi bị lọc|bot ko bắt]`,
      `gửi email nhưng thay @ bằng "a còng"[, ko là bị xóa|]`,
      `[gõ từng số|tach tung so] ra[, bot gắt lắm|]`,
      `[zalo|sdt] gửi tách ra được ko[?] cho [admin ko thấy|ko bị ẩn]`,
    ],
  },
  giving: {
    accountHolderName: [
      `tài khoản [đứng tên|là tên] [bố|ba] em, {fullname}`,
      `chủ tài khoản là {fullname}, [mẹ em|má em][ ạ|]`,
      `thẻ [đứng tên|ten] {fullname}[, chị em|, ba mẹ em|]`,
      `[tên em|họ tên em] là {fullname}, [giống|trùng] [ngân hàng|trên thẻ]`,
      `acc dang ky bang ten [chu|di] em {fullname}`,
    ],
    secretHandedOver: [
      `[mk|mật khẩu] là ${SECRET}, [check đi|kiểm tra giúp][ ạ|]`,
      `đây là mã khôi phục: ${RECOVERY_CODE} ${RECOVERY_CODE}`,
      `id chuyển ${ORD} [mk|mật khẩu] {password}[, gửi rồi|]`,
      `[hôm qua|lúc nãy] có người [nhận là admin|xưng cskh], em [tin|hoảng] nên [đưa|gửi] [mk|mã] ${SECRET}, [giờ mất acc|giờ ko đăng nhập được][ 😭|]`,
      `otp {otp}[, vào chưa|, nhanh nha|]`,
    ],
    contactOutsideSupport: [
      `nhắn em qua {phone}, em [rep nhanh hơn|trả lời nhanh hơn] cskh[ kk|]`,
      `[zalo|gọi] {phone}[ nha| nhé|]`,
      `[add|kết bạn] [fb|ig|discord] {handle}[, qua đó mình chỉ|]`,
      `[mail|gửi email] {email}[, cskh chậm lắm|]`,
      `add fb em [ten|tên] {fullname} nha`,
    ],
  },
};

export const WEIGHTS: Readonly<Record<string, number>> = {
  // none (5.6 in all)
  orderAndTicketIds: 0.8,
  errorAndVersionCodes: 0.8,
  accountRecoveryQuestion: 0.8,
  securityAdvice: 0.8,
  agentNotice: 0.8,
  refundAndBugTalk: 0.8,
  parentAccountQuestion: 0.8,
  // asking (1.4 in all)
  fakeAgentSecretAsk: 0.6,
  realNameForRefund: 0.4,
  filterDodgeAsk: 0.4,
  // giving (1.4 in all)
  accountHolderName: 0.4,
  secretHandedOver: 0.5,
  contactOutsideSupport: 0.5,
};
