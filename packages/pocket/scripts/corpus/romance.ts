/** Spanish, Portuguese and French templates (same label policy as english.ts). */
import type { TemplateSet } from './types.js';

export const ES: TemplateSet = {
  asking: {
    phone: [
      '[cual es|cuál es|dame|pasame|pásame|me das] tu [numero|número|cel|celular|telefono|teléfono|whatsapp]',
      '[me pasas|me das|puedes darme] tu [numero|número|cel] [porfa|por favor|pls|]',
      'tienes [whatsapp|telegram|cel]? [pasamelo|dame el numero|]',
    ],
    email: [
      '[cual es|cuál es|dame|pasame] tu [correo|email|gmail|mail]',
      '[me das|me pasas] tu [correo|email] [para mandarte algo|]',
    ],
    address: [
      '[donde|dónde] vives',
      '[cual es|cuál es|dame] tu [direccion|dirección|domicilio]',
      'en que [calle|barrio|colonia] vives',
    ],
    city: [
      'de [donde|dónde] eres',
      'en [que|qué] [ciudad|estado|pueblo] vives',
      'de [que|qué] [ciudad|pueblo|parte] eres',
      '[vives|estas] en {city}?',
    ],
    school: [
      '[dónde|donde] estudias',
      '[en qué|en que] escuela estás',
      'a que [escuela|colegio|instituto|prepa] vas',
      '[como|cómo] se llama tu [escuela|colegio]',
      'en que [colegio|escuela] estudias',
    ],
    name: [
      '[cual es|cuál es] tu nombre [real|completo]',
      'como te llamas [de verdad|en la vida real|]',
      'cual es tu apellido',
    ],
    handle: [
      '[tienes|usas] {platform}',
      '[cual es|cuál es|pasame|dame] tu {platform}',
      '[hablamos|seguimos|vamos] por {platform}?',
      '[te puedo|puedo] agregar [en|a] {platform}',
    ],
    password: [
      '[cual es|dame|pasame] tu [contraseña|contrasena|clave|password]',
      'dame tu [contraseña|cuenta] y te doy {amount} {currency}',
    ],
    photo: [
      '[mandame|mándame|envíame|enviame] una [foto|selfie] [tuya|de ti|]',
      'como eres [fisicamente|en persona]',
      'quiero ver tu cara',
    ],
    meet: [
      '[quieres|queres] [vernos|quedar|salir] [en persona|un dia|]',
      '[nos vemos|podemos vernos] [en persona|{day}|]?',
      '[donde|dónde] nos podemos ver',
    ],
  },
  giving: {
    phone: [
      'mi [numero|número|cel|whatsapp] es {phone}',
      '[escribeme|escríbeme|llamame|llámame|mandame un mensaje] al {phone}',
      '{phone} [es mi numero|escribeme|]',
    ],
    email: ['mi [correo|email|gmail] es {email}', '[escribeme|mandalo|mándalo] a {email}'],
    address: [
      '[vivo en|mi direccion es|mi dirección es|mi casa esta en] {address}',
      '[ven a|te espero en] {address} [{day}|]',
    ],
    city: ['[vivo en|soy de|estoy en] {city}', 'soy de {city} [y tu|y tú|jaja|]'],
    school: ['[voy a|estudio en] {school} [en {city}|]', 'mi [escuela|colegio] es {school}'],
    name: [
      'mi nombre [real|completo|] es {fullname}',
      'me llamo {fullname} [jaja|]',
      'en la vida real soy {fullname}',
    ],
    handle: [
      'mi {platform} es {handle}',
      '[agregame|agrégame|sigueme|sígueme|escribeme] [en|por] {platform} [es|:|] {handle}',
      '{platform}: {handle}',
      '[unete|únete] a mi [discord|servidor|grupo] {link}',
    ],
    password: ['mi [contraseña|contrasena|clave] es {password}', 'usuario {handle} contraseña {password}'],
    photo: ['[te mando|te paso] una [foto|selfie] mia [por {platform}|]', 'esta soy yo {link}'],
    meet: [
      '[nos vemos|te veo|veámonos] en {namedplace} [a las {time}|{day}|]',
      'estoy en {namedplace} [ven|ahora]',
    ],
    threat: ['se donde vives {address}', 'voy a publicar tu [numero|direccion|nombre real]'],
  },
  none: {
    questions: [
      '[que|qué] [nivel|rango] [eres|tienes]',
      '[cual es|cuál es] [el mejor|tu] [pet|juego|skin] favorito',
      'tienes [mascotas|robux|hermanos]',
      'juegas en [pc|celular|consola]',
      'no te voy a dar mi [numero|direccion|snap]',
      '[donde|dónde] estás en el mapa',
      'a que hora empieza el evento',
    ],
    chat: [
      '[este juego es|el juego es] [muy|super|] [divertido|aburrido|bueno|malo]',
      '[jaja|jajaja|xd] [que risa|buena partida|gg]',
      '[tengo|tengo que hacer] [tarea|examen] [mañana|hoy]',
      '[alguien|quien] quiere [jugar|hacer equipo|cambiar]',
      '[donde|dónde] [conseguiste|compraste] esa [skin|mascota|espada]',
      '[me voy a|voy a] cenar [ya vuelvo|]',
      '[que|qué] nivel eres',
    ],
    platformTalk: [
      '{platform} [no funciona|esta caido|está caído|es aburrido]',
      'mi mama no me deja [tener|usar] {platform}',
      'no tengo {platform} [perdon|jaja|]',
      'vi un video en {platform} [jaja|]',
    ],
    numbers: [
      '[tengo|hice] {score} [puntos|monedas]',
      '[cambio|te cambio] mi {item} por tu {item}',
      'cuesta {amount} {currency}',
      'el evento empieza a las {time}',
      '[cuantos años tiene|de que año es] este juego',
      've a {coord} {coord}',
    ],
  },
};

export const PT: TemplateSet = {
  asking: {
    phone: [
      '[qual é|qual e|qual|me passa|passa] [o|] seu [numero|número|zap|whats|celular|telefone]',
      'me [passa|da|dá] teu [zap|numero|whats] [pfv|por favor|]',
      'tem [whatsapp|zap|telegram]?',
    ],
    email: ['qual [é|e|] seu [email|e-mail|gmail]', 'me passa teu [email|e-mail]'],
    address: [
      'onde [você mora|voce mora|vc mora|tu mora]',
      'qual [é|e|] [seu|teu] [endereço|endereco]',
      'em que [rua|bairro] [vc|você] mora',
    ],
    city: ['[vc|você|voce] é de onde', 'de que cidade [vc|você] é', '[vc|você] mora em {city}?'],
    school: [
      'onde [vc|você] estuda',
      'que escola [vc|você] vai',
      '[qual|em qual] escola [vc|você] estuda',
      'qual [o nome da|] sua escola',
    ],
    name: ['qual [é|e|] seu nome [real|completo|verdadeiro]', 'qual teu sobrenome'],
    handle: [
      '[vc|você] tem {platform}',
      'qual [é|e|] [o|] seu {platform}',
      '[bora|vamos] conversar [no|pelo] {platform}?',
      'me [passa|manda] teu {platform}',
    ],
    password: ['qual [é|e|] sua senha', 'me passa sua senha que eu te dou {amount} {currency}'],
    photo: [
      'manda [uma foto|foto|selfie] [sua|tua|]',
      'quero ver [seu rosto|vc|você]',
      'como [vc|você] é [pessoalmente|]',
    ],
    meet: [
      '[bora|vamos|quer] [se encontrar|sair|se ver] [pessoalmente|{day}|]',
      'onde a gente pode se encontrar',
    ],
  },
  giving: {
    phone: [
      'meu [numero|número|zap|whats|celular] [é|e|:] {phone}',
      '[me chama|me liga|manda mensagem] [no|pro] {phone}',
      '{phone} [meu zap|me chama|]',
    ],
    email: ['meu [email|e-mail|gmail] [é|e|:] {email}', 'manda [pro|para o] {email}'],
    address: [
      '[eu moro na|moro na|meu endereço é|meu endereco e] {address}',
      '[vem|venha] [aqui|] [na|para] {address}',
    ],
    city: ['[eu moro em|moro em|sou de] {city}', 'sou de {city} [e vc|e você|kkk|]'],
    school: ['[eu estudo no|estudo na|estudo em] {school}', 'minha escola é {school}'],
    name: ['meu nome [real|completo|] [é|e] {fullname}', 'me chamo {fullname}'],
    handle: [
      'meu {platform} [é|e|:] {handle}',
      '[me segue|me add|me adiciona|me chama] no {platform} {handle}',
      '{platform}: {handle}',
      'entra no meu [discord|servidor|grupo] {link}',
    ],
    password: ['minha senha [é|e] {password}', 'login {handle} senha {password}'],
    photo: ['[te mando|vou mandar] uma foto minha [no {platform}|]', '[essa|esta] sou eu {link}'],
    meet: [
      '[me encontra|te espero|a gente se vê] [no|na] {namedplace} [às {time}|{day}|]',
      'to no {namedplace} [vem|agora]',
    ],
    threat: ['eu sei onde [vc|você] mora {address}', 'vou [vazar|postar] seu [numero|endereço|nome]'],
  },
  none: {
    questions: [
      '[qual|que] [é o|] [melhor|seu] [pet|jogo|nível] [favorito|]',
      'qual [seu|teu] nível',
      'você tem [pets|robux|irmãos]',
      '[vc|você] joga no [pc|celular|console]',
      'não vou te passar meu [número|endereço|insta]',
      'onde você tá no mapa',
      'que horas começa o evento',
    ],
    chat: [
      '[esse jogo é|o jogo tá] [muito|] [legal|chato|bom|travando]',
      '[kkkk|kkk|rsrs] [boa|gg|que isso]',
      'tenho [prova|dever de casa|lição] [amanhã|hoje]',
      'alguém quer [jogar|trocar|fazer time]',
      'onde [vc|você] [pegou|comprou] essa skin',
    ],
    platformTalk: [
      'o {platform} [caiu|tá fora do ar|não funciona]',
      'minha mãe não deixa eu [ter|usar] {platform}',
      'não tenho {platform} [kkk|]',
      'vi [isso|um vídeo] no {platform}',
    ],
    numbers: [
      '[fiz|tenho] {score} [pontos|moedas]',
      '[troco|troca] meu {item} pelo seu {item}',
      'custa {amount} {currency}',
      'o evento começa [às|as] {time}',
      'quantos anos tem esse jogo',
      'vai pra {coord} {coord}',
    ],
  },
};

export const FR: TemplateSet = {
  asking: {
    phone: [
      '[c quoi|c’est quoi|cest quoi|donne moi|tu peux me donner] ton [numéro|numero|num|06|tel|portable]',
      'tu [as|a] [whatsapp|un numéro|snap]?',
      '[file|envoie] moi ton [num|numéro] [stp|steuplé|]',
    ],
    email: ['[c quoi|cest quoi|donne] ton [mail|email|adresse mail|gmail]'],
    address: [
      'tu [habites|vis] où',
      '[c quoi|cest quoi|donne moi] ton adresse',
      'tu habites dans quelle rue',
    ],
    city: ['tu viens d’où', 'tu es de quelle ville', 'tu habites à {city}?'],
    school: [
      '[où|ou] est ton [école|collège|lycée]',
      'tu vas à l’école où',
      'tu vas dans quel [collège|college|lycée|lycee|école]',
      'c’est quoi le nom de ton [collège|école|lycée]',
    ],
    name: ['c’est quoi ton [vrai nom|nom de famille|nom complet]', 'tu t’appelles comment [en vrai|irl|]'],
    handle: [
      'tu as {platform}',
      '[c quoi|cest quoi|donne moi] ton {platform}',
      'on [parle|continue] sur {platform}?',
      'je peux t’ajouter sur {platform}',
    ],
    password: ['[c quoi|donne moi] ton mot de passe', 'donne ton mdp et je te donne {amount} {currency}'],
    photo: ['[envoie|montre] moi une [photo|selfie] de toi', 'tu ressembles à quoi [en vrai|]'],
    meet: ['on se [voit|rencontre] [en vrai|irl|{day}]?', 'tu veux qu’on se voie [en vrai|{day}|]'],
  },
  giving: {
    phone: [
      'mon [numéro|numero|num|tel|portable] [c’est|cest|est] {phone}',
      '[appelle|écris|ecris] moi au {phone}',
      '{phone} [c’est mon num|appelle moi|]',
    ],
    email: ['mon [mail|email|adresse mail] [c’est|est] {email}', 'envoie [le|ça] à {email}'],
    address: ['[j’habite au|jhabite au|mon adresse c’est] {address}', 'viens au {address} [{day}|]'],
    city: ['[j’habite à|jhabite a|je suis de|je viens de] {city}', 'je suis à {city} [et toi|mdr|]'],
    school: ['[je suis au|je vais au] {school} [à {city}|]', 'mon [collège|lycée] c’est {school}'],
    name: ['mon vrai nom c’est {fullname}', 'je m’appelle {fullname}'],
    handle: [
      'mon {platform} [c’est|cest|:] {handle}',
      '[ajoute|suis] moi sur {platform} {handle}',
      '{platform}: {handle}',
      'rejoins mon [discord|serveur] {link}',
    ],
    password: ['mon mot de passe [c’est|est] {password}', 'mon mdp c’est {password}'],
    photo: ['je t’envoie une photo de moi [sur {platform}|]', 'c’est moi {link}'],
    meet: [
      '[rdv|rendez-vous|on se voit] à {namedplace} [à {time}|{day}|]',
      'je suis à {namedplace} [viens|maintenant]',
    ],
    threat: ['je sais où tu habites {address}', 'je vais balancer ton [numéro|adresse|vrai nom]'],
  },
  none: {
    questions: [
      '[t’es|tu es] à quel niveau',
      'c’est quoi ton [jeu|pet|skin] préféré',
      'tu as des [animaux|robux|frères]',
      'tu joues sur [pc|téléphone|console]',
      'je te donne pas mon [numéro|adresse|snap]',
      't’es où sur la map',
      'l’event commence à quelle heure',
    ],
    chat: [
      'ce jeu est [trop|vraiment|] [bien|nul|drôle|lent]',
      '[mdr|ptdr|lol] [bien joué|gg|trop drôle]',
      'j’ai [des devoirs|un contrôle] [demain|ce soir]',
      'quelqu’un veut [jouer|échanger]',
      'où tu as eu ce skin',
    ],
    platformTalk: [
      '{platform} [bug|marche pas|est en panne]',
      'ma mère veut pas que j’aie {platform}',
      'j’ai pas {platform} [désolé|mdr|]',
      'j’ai vu une vidéo sur {platform}',
    ],
    numbers: [
      'j’ai {score} points',
      'j’échange mon {item} contre ton {item}',
      'ça coûte {amount} {currency}',
      'l’event commence à {time}',
      'ce jeu a quel âge',
      'va en {coord} {coord}',
    ],
  },
};
