/** German, Turkish and Indonesian templates (same label policy as english.ts). */
import type { TemplateSet } from './types.js';

export const DE: TemplateSet = {
  asking: {
    phone: [
      'was ist deine [nummer|handynummer|telefonnummer]',
      '[gib|schick] mir deine [nummer|handynummer] [bitte|pls|]',
      'hast du [whatsapp|telegram|ne nummer]?',
    ],
    email: ['was ist deine [email|e-mail|mail adresse]', 'gib mir deine [email|mail]'],
    address: ['wo wohnst du', 'was ist deine adresse', 'in welcher straße wohnst du'],
    city: ['woher kommst du', 'in welcher stadt wohnst du', 'wohnst du in {city}?'],
    school: [
      'auf welche schule gehst du',
      'wie heißt deine schule',
      'in welche klasse gehst du und welche schule',
    ],
    name: ['wie heißt du [richtig|in echt|mit nachnamen]', 'was ist dein [echter name|nachname|voller name]'],
    handle: [
      'hast du {platform}',
      'was ist dein {platform}',
      'lass [auf|über] {platform} schreiben',
      'kann ich dich auf {platform} adden',
    ],
    password: ['was ist dein passwort', 'gib mir dein passwort und ich geb dir {amount} {currency}'],
    photo: ['schick mir ein [bild|foto|selfie] von dir', 'wie siehst du aus'],
    meet: [
      'wollen wir uns [treffen|mal treffen|in echt treffen]',
      'können wir uns {day} treffen?',
      'wo können wir uns treffen',
    ],
    age: ['wie alt bist du'],
  },
  giving: {
    phone: [
      'meine [nummer|handynummer] ist {phone}',
      '[ruf mich an|schreib mir] [unter|auf] {phone}',
      '{phone} [meine nummer|schreib mir|]',
    ],
    email: ['meine [email|e-mail|mail] ist {email}', 'schreib mir an {email}'],
    address: [
      'ich wohne [in der|in|an der] {address}',
      'meine adresse ist {address}',
      'komm [zu|in die] {address}',
    ],
    city: ['ich [wohne|lebe] in {city}', 'ich komme aus {city}', 'bin aus {city} [und du|haha|]'],
    school: ['ich gehe auf die {school}', 'meine schule ist die {school} [in {city}|]'],
    name: ['mein [echter|richtiger|voller] name ist {fullname}', 'ich heiße {fullname}'],
    handle: [
      'mein {platform} ist {handle}',
      '[add|folg] mir auf {platform} {handle}',
      '{platform}: {handle}',
      'komm auf meinen [discord|server] {link}',
    ],
    password: ['mein passwort ist {password}', 'login {handle} passwort {password}'],
    photo: ['ich schick dir ein foto von mir [auf {platform}|]', 'das bin ich {link}'],
    meet: [
      '[treffen wir uns|wir treffen uns|komm] [am|im|zum] {namedplace} [um {time}|{day}|]',
      'ich bin [am|im] {namedplace} komm vorbei',
    ],
    threat: ['ich weiß wo du wohnst {address}', 'ich poste deine [nummer|adresse]'],
  },
  none: {
    chat: [
      'das spiel ist [voll|echt|so] [gut|langweilig|lustig|laggy]',
      '[haha|lol|xd] [gg|gut gespielt|so lustig]',
      'ich hab [hausaufgaben|ne arbeit] [morgen|heute]',
      'wer will [spielen|tauschen]',
      'wo hast du den skin her',
    ],
    platformTalk: [
      '{platform} [geht nicht|ist down|spinnt]',
      'meine mutter erlaubt mir kein {platform}',
      'ich hab kein {platform} [sorry|]',
      'hab ein video auf {platform} gesehen',
    ],
    numbers: [
      'ich hab {score} punkte',
      'tausche mein {item} gegen dein {item}',
      'kostet {amount} {currency}',
      'das event startet um {time}',
      'wie alt ist das spiel',
      'geh zu {coord} {coord}',
    ],
  },
};

export const TR: TemplateSet = {
  asking: {
    phone: [
      'numaran[ı|] [ne|nedir|verir misin|atar mısın]',
      'telefon numaranı [ver|söyle|at]',
      '[whatsapp|telegram]ın var mı',
    ],
    email: ['mailin ne', 'e-posta adresini [ver|söyle]'],
    address: ['nerede [oturuyorsun|yaşıyorsun]', 'adresin ne', 'hangi [sokakta|mahallede] oturuyorsun'],
    city: ['nerelisin', 'hangi şehirdesin', '{city}da mı yaşıyorsun'],
    school: ['hangi okula gidiyorsun', 'okulunun adı ne'],
    name: ['gerçek adın ne', 'soyadın ne', 'tam adın ne'],
    handle: [
      '{platform} var mı',
      '{platform} adresin ne',
      '{platform}dan konuşalım mı',
      'seni {platform}dan ekleyebilir miyim',
    ],
    password: ['şifren ne', 'şifreni ver sana {amount} {currency} vereyim'],
    photo: ['bir fotoğrafını [at|gönder]', 'nasıl görünüyorsun', 'yüzünü görebilir miyim'],
    meet: ['[buluşalım mı|yüz yüze görüşelim mi]', '{day} buluşabilir miyiz', 'nerede buluşalım'],
    age: ['kaç yaşındasın'],
  },
  giving: {
    phone: ['numaram {phone}', 'beni {phone} [ara|yaz]', '{phone} [numaram bu|yaz bana|]'],
    email: ['mailim {email}', 'bana {email} adresine yaz'],
    address: ['adresim {address}', '{address} adresinde oturuyorum', '{address} adresine gel'],
    city: ['{city}da [yaşıyorum|oturuyorum]', '{city}lıyım', 'ben {city}dan'],
    school: ['{school} okuluna gidiyorum', 'okulum {school}'],
    name: ['gerçek adım {fullname}', 'benim adım {fullname}'],
    handle: [
      '{platform} adresim {handle}',
      'beni {platform}dan ekle {handle}',
      '{platform}: {handle}',
      'discord sunucuma gel {link}',
    ],
    password: ['şifrem {password}', 'kullanıcı adı {handle} şifre {password}'],
    photo: ['sana fotoğrafımı atarım [{platform}dan|]', 'bu benim {link}'],
    meet: ['{namedplace} önünde {time} buluşalım', '{namedplace}dayım gel'],
    threat: ['nerede oturduğunu biliyorum {address}', 'numaranı yayacağım'],
  },
  none: {
    chat: [
      'bu oyun çok [güzel|sıkıcı|eğlenceli]',
      '[haha|sjsj|xd] [iyi oyundu|gg]',
      'yarın sınavım var',
      'kim oynamak ister',
      'o skini nereden aldın',
    ],
    platformTalk: [
      '{platform} çöktü',
      'annem {platform} kullanmama izin vermiyor',
      '{platform}ım yok',
      '{platform}da bir video gördüm',
    ],
    numbers: [
      '{score} puanım var',
      '{item} ile senin {item} takas edelim',
      '{amount} {currency} tutuyor',
      'etkinlik saat {time}da başlıyor',
      'bu oyun kaç yaşında',
      '{coord} {coord} koordinatına git',
    ],
  },
};

export const ID: TemplateSet = {
  asking: {
    phone: [
      '[berapa|minta] [nomor|no|nomer] [hp|wa|kamu|mu]',
      '[boleh|bisa] minta [nomor|no] [wa|hp] [kamu|mu]?',
      'kamu punya [wa|whatsapp|telegram] gak',
    ],
    email: ['[email|gmail] kamu apa', 'minta email [kamu|mu] dong'],
    address: [
      '[rumah|rumahmu|rumah kamu] di mana',
      'alamat [kamu|mu] [apa|di mana]',
      'kamu tinggal di [jalan|daerah] mana',
    ],
    city: ['kamu dari mana', 'kamu tinggal di kota mana', 'kamu di {city}?'],
    school: ['kamu sekolah di mana', 'nama sekolah [kamu|mu] apa'],
    name: ['nama asli [kamu|mu] siapa', 'nama lengkap kamu apa'],
    handle: [
      'kamu punya {platform} gak',
      '{platform} [kamu|mu] apa',
      'ngobrol di {platform} yuk',
      'boleh add {platform} kamu?',
    ],
    password: ['password [kamu|mu] apa', 'kasih password [kamu|mu] nanti aku kasih {amount} {currency}'],
    photo: ['kirim foto [kamu|mu|selfie] dong', 'muka kamu kayak gimana'],
    meet: ['[mau|ayo] ketemuan [gak|yuk|{day}]', 'kita ketemu di mana'],
    age: ['umur kamu berapa', 'kamu umur berapa'],
  },
  giving: {
    phone: [
      '[nomor|no|nomer] [wa|hp] [aku|ku|saya] {phone}',
      '[chat|telpon|wa] aku di {phone}',
      '{phone} [wa aku|chat ya|]',
    ],
    email: ['email aku {email}', 'kirim ke {email}'],
    address: ['[rumah aku|alamat aku|aku tinggal] di {address}', 'datang ke {address} [{day}|]'],
    city: ['aku [tinggal di|dari] {city}', 'aku orang {city}'],
    school: ['aku sekolah di {school}', 'sekolah aku {school}'],
    name: ['nama asli aku {fullname}', 'nama lengkap [aku|saya] {fullname}'],
    handle: [
      '{platform} aku {handle}',
      '[follow|add|chat] aku di {platform} {handle}',
      '{platform}: {handle}',
      'join discord aku {link}',
    ],
    password: ['password aku {password}', 'user {handle} pass {password}'],
    photo: ['nanti aku kirim foto aku [di {platform}|]', 'ini aku {link}'],
    meet: ['ketemu di {namedplace} jam {time}', 'aku di {namedplace} sekarang sini'],
    threat: ['aku tau rumah kamu di {address}', 'aku sebar nomor kamu'],
  },
  none: {
    chat: [
      'game ini [seru|bosen|bagus] banget',
      '[wkwk|wkwkwk|haha] [gg|mantap]',
      'besok aku ada ujian',
      'siapa mau main',
      'skin itu dapat dari mana',
    ],
    platformTalk: [
      '{platform} lagi [error|down]',
      'mama gak bolehin aku main {platform}',
      'aku gak punya {platform}',
      'aku liat video di {platform}',
    ],
    numbers: [
      'aku dapat {score} poin',
      'tukar {item} aku sama {item} kamu',
      'harganya {amount} {currency}',
      'event mulai jam {time}',
      'game ini umurnya berapa tahun',
      'pergi ke {coord} {coord}',
    ],
  },
};
