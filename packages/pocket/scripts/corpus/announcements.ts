/**
 * Long harmless posts as people write them in clan and guild chat: an event plan with days, times
 * and time zones, rules and roles, prizes in game currency, reminders, stories of the week in the
 * game, venting about the game, a safety notice about scams. Each post joins several sentences
 * of one language, so a long message full of numbers, times and platform words reads as harmless
 * as a whole, and the generator can also bury a labelled message inside one.
 */
import type { Rng } from '../../src/random.js';
import { GUIDE_PARTS, type GuidePart } from './announcement-guides.js';
import { expand, type Slots } from './template.js';
import type { Language } from './values.js';

type Part = 'open' | 'plan' | 'rule' | 'prize' | 'remind' | 'story' | 'vent' | 'safety' | 'close' | GuidePart;

type Pools = Readonly<Partial<Record<Part, readonly string[]>>>;

const EN: Pools = {
  open: [
    '[attention|hello|hi] [clan|guild|crew|members|everybody][,|.|!] [weekly|short|] [notice|update|briefing]',
    '[for the new recruits|newcomers|anyone who just joined][,|:] [read this|a few things|quick rundown]',
    '[alright|okay] [here is|heres] [how|what] [saturday|the weekend|the event|the defense] [works|looks like]',
  ],
  plan: [
    '[base defense|the siege|the fishing contest|the build contest|the league match] [opens|runs|goes] [at|from] {time} [server time|utc|est|cet|]',
    '[{weekday}|every {weekday}] [at|from] {time} [we run|there is|its] [a speed run|the siege|a building contest|triple loot hour|a market day]',
    '[archers|scouts] [on the walls|in the towers][,|] [everyone else|the rest] [mines|farms|builds] [until|till] the [horn|alarm|timer] [goes off|rings]',
    '[rounds|heats|games] [are|will be] {small} [on|vs] {small}[,|] [first to {small} wins|groups then finals|random teams]',
    '[the map|this week] [is|will be] the [desert|jungle|ice|volcano] one[,|] [bring|wear] [cold|fire|poison] [resist|gear]',
  ],
  rule: [
    '[everyone needs|have ready] {small} [torches|arrows|kits|bombs] [in ur hotbar|on hand|before the start]',
    '[min|minimum] [gear score|tier|power] [is|=] {level} [for the hard mode|to join|]',
    '[squads|teams] [are|need] {small} [people|players][,|] [plus|and] {small} [standby|backup]',
    '[no|zero] [teaming|exploits|alt accounts] [or|and] [u get kicked|ur team is out|no prize]',
    '[sign-ups|signups|registration] [close|ends] [on|] {weekday} [at {time}|night|]',
  ],
  prize: [
    '[winners|the winning team|first place] [take home|get|earn] {amount} {currency} [each|apiece|][,|] [runner up gets {amount}|plus a rare crate|]',
    '[the top|best] {small} [scorers|builders|fishers] [split|get|share] {amount} {currency}',
    '[mvp|the best player] [earns|wins] a [mythic|limited|rare] [mount|banner|title] [and {amount} {currency}|]',
  ],
  remind: [
    '[teams|brackets|the groups] [get posted|go up] on the board at spawn [an hour before|the day before|tonight]',
    '[the finals|the last round] [will be|gets] shown on the [lobby screen|big screen in the hub]',
    '[during exams|this week|next month] [ill|i will] [only|mostly] be [online|around] [late|on weekends] [sorry|]',
  ],
  story: [
    '[finally|at last] got the {item} after {small} [tries|runs|days] [lol|omg|]',
    '[my|our] [farm|mine|shop] [now makes|pulls in] {amount} {currency} [an hour|a day|per run]',
    '[we|i] found a [hidden room|secret cave|treasure chest] [near|under] the [waterfall|old church|spawn] [lol|today|]',
    '[took|spent] {small} [hours|evenings] [decorating|designing|lighting] [my|the guild] [hall|garden|shop] [and|] [it looks amazing|im proud ngl|]',
    '[the|my] [pet|dragon|horse] [evolved|leveled up|hatched] [finally|today] [lol|!!|]',
    '[we|i] [got|moved into] a [bigger|new|smaller] [house|apartment|room] [last week|recently] and [my desk|the wifi|my room] is [way better|so slow|tiny] [lol|now|]',
    '[my|our] [team|squad] [lost|won] {small} [games|matches] in a row [yesterday|tonight] [lol|rip|gg]',
    '[i|we] [built|finished|rebuilt] the [smelters|beds|chests|portal room] [upstairs|in the basement|next to the portal] [today|finally|]',
    '[my cat|my dog|my little brother] [sat on|walked across|unplugged] my [keyboard|controller|router] [mid match|during the boss|lol]',
  ],
  vent: [
    '[matchmaking|ranked|the new patch] [is|feels] [so unfair|broken|a mess] [lately|this season|rn]',
    '[why|how] [do|does] [skins|the pass|a crate] cost {amount} {currency} [now|this season]',
    '[i miss|bring back] the old [map|menu|music|lobby] [honestly|pls|]',
    '[every|half the] [lobby|match] [has|is full of] [campers|bots|smurfs] [lately|now]',
    '[the new season|this patch|the update] is [kind of disappointing|mid|honestly great|a mixed bag] [ngl|tbh|so far]',
    '[they|the devs] [nerfed|buffed|removed] [my main|the sniper|the only skin i liked|my favorite map] [again|for no reason|lol]',
    '[people|players] in [ranked|global chat|this server] [are|have been] so [toxic|salty|nice] [lately|today][,|] [chill|relax|lol]',
    '[i|we] [waited|queued] [forever|{small} minutes] for a match [and|then] [it crashed|got a bot lobby|lost anyway]',
  ],
  safety: [
    '[fake|scam] [giveaway|trade] [links|bots|messages] [are going around|are back] [again|this week]',
    '[staff|admins|mods] [will|do] never [dm|message] [u|you] first [for anything|about prizes|]',
    '[turn on|use|enable] [2fa|two step login] [in settings|on ur account] [if u havent|pls|]',
    '[only|always] trade [inside the trade window|in game|with the official menu][,|] [never|not] [outside|through links]',
  ],
  close: [
    '[see u all|see u] [there|on {weekday}|in game] [gl|good luck|]',
    '[thats the update|end of notice|thats all for now] [thanks|ty|]',
    '[anyone want to|who wants to|lets] [farm|run a dungeon|do a quick match] [now|right now|before bed][?|]',
  ],
};

const ES: Pools = {
  open: ['[hola|buenas] [clan|equipo|a todos][,|!] [nota|noticia] [semanal|rápida|]'],
  plan: [
    'la [defensa de la base|carrera|competencia de construcción] [abre|empieza] el {weekday} [desde|a] las {time} [hora del servidor|]',
    'se juega en rondas de {small} [vs|contra] {small}[,|] gana el primero en llegar a {small}',
  ],
  rule: [
    'las inscripciones cierran el {weekday}',
    'nivel mínimo {level} para el modo difícil',
    'nada de exploits o el equipo queda fuera',
  ],
  prize: [
    'el equipo ganador se lleva {amount} {currency} por cabeza',
    'los {small} mejores se reparten {amount} {currency}',
  ],
  remind: ['los grupos se publican en el tablero de la base una hora antes'],
  safety: [
    'los admins nunca te escriben primero por privado',
    'activen la verificación en dos pasos en ajustes',
  ],
  close: ['¡suerte a todos!', 'eso es todo, nos vemos en el juego'],
};

const PT: Pools = {
  open: ['[salve|olá] [clã|time|pessoal][,|!] [recado|aviso] [da semana|rápido|]'],
  plan: [
    'a [defesa da base|corrida|competição de construção] começa {weekday} [a partir das|às] {time} [horário do servidor|]',
    'as rodadas são {small} contra {small}, ganha quem fizer {small} primeiro',
  ],
  rule: [
    'as inscrições fecham {weekday}',
    'nível mínimo {level} pro modo difícil',
    'sem exploit senão o time é eliminado',
  ],
  prize: [
    'o time campeão leva {amount} {currency} por pessoa',
    'os {small} melhores dividem {amount} {currency}',
  ],
  remind: ['os grupos saem no quadro da base uma hora antes'],
  safety: ['adm nunca chama no privado primeiro', 'ativem a verificação em duas etapas nas configurações'],
  close: ['boa sorte pra todo mundo!', 'é isso, nos vemos no jogo'],
};

const FR: Pools = {
  open: ['[coucou|salut] [la guilde|l’équipe|tout le monde][,|!] [note|info] [de la semaine|rapide|]'],
  plan: [
    'la [défense de base|course|compétition de build] commence {weekday} [dès|à] {time} [heure serveur|]',
    'manches de {small} contre {small}, le premier à {small} gagne',
  ],
  rule: [
    'les inscriptions ferment {weekday}',
    'niveau minimum {level} pour le mode difficile',
    'pas d’exploit sinon l’équipe est éliminée',
  ],
  prize: [
    'l’équipe gagnante touche {amount} {currency} par joueur',
    'les {small} meilleurs se partagent {amount} {currency}',
  ],
  remind: ['les groupes sont affichés sur le panneau du hub une heure avant'],
  safety: [
    'les admins ne vous écrivent jamais en premier',
    'activez la double authentification dans les réglages',
  ],
  close: ['bonne chance à tous !', 'c’est tout, à plus en jeu'],
};

const DE: Pools = {
  open: ['[moin|servus] [gilde|team|zusammen][,|!] [wochennotiz|kurzer hinweis]'],
  plan: [
    'die [basisverteidigung|rennserie|bau challenge] startet {weekday} [ab|um] {time} [serverzeit|]',
    'runden {small} gegen {small}, wer zuerst {small} hat gewinnt',
  ],
  rule: [
    'anmeldung bis {weekday}',
    'mindestlevel {level} für den schweren modus',
    'keine exploits, sonst fliegt das team raus',
  ],
  prize: [
    'das siegerteam bekommt {amount} {currency} pro kopf',
    'die besten {small} teilen sich {amount} {currency}',
  ],
  remind: ['die gruppen hängen eine stunde vorher am brett im hub'],
  safety: [
    'admins schreiben euch nie zuerst privat an',
    'macht die zwei faktor anmeldung in den einstellungen an',
  ],
  close: ['viel glück allen!', 'das wars, bis gleich im spiel'],
};

const IT: Pools = {
  open: ['[ciao|salve] [gilda|squadra|ragazzi][,|!] [nota|avviso] [settimanale|veloce|]'],
  plan: [
    'la [difesa della base|corsa|gara di costruzione] parte {weekday} [dalle|alle] {time}',
    'manche {small} contro {small}, vince chi arriva a {small}',
  ],
  rule: ['iscrizioni chiuse {weekday}', 'livello minimo {level} per la modalità difficile'],
  prize: ['la squadra vincente prende {amount} {currency} a testa'],
  remind: ['i gruppi escono sulla bacheca dell’hub un’ora prima'],
  safety: ['gli admin non vi scrivono mai per primi in privato'],
  close: ['in bocca al lupo a tutti!'],
};

const NL: Pools = {
  open: ['[hallo|hoi] [gilde|team|iedereen][,|!] [weekbericht|korte notitie]'],
  plan: [
    'de [basisverdediging|race|bouwwedstrijd] begint {weekday} [vanaf|om] {time}',
    'rondes van {small} tegen {small}',
  ],
  rule: ['inschrijven kan tot {weekday}', 'minimaal level {level} voor de moeilijke modus'],
  prize: ['het winnende team krijgt {amount} {currency} per persoon'],
  remind: ['de groepen hangen een uur eerder op het bord in de hub'],
  safety: ['admins sturen je nooit als eerste een privébericht'],
  close: ['succes allemaal!'],
};

const PL: Pools = {
  open: ['[cześć|hej] [gildia|drużyno|wszyscy][,|!] [ogłoszenie|notka] [tygodniowa|krótka|]'],
  plan: [
    '[obrona bazy|wyścig|konkurs budowania] startuje w {weekday} [od|o] {time}',
    'rundy {small} na {small}, wygrywa kto pierwszy zdobędzie {small}',
  ],
  rule: ['zapisy do {weekday}', 'minimalny poziom {level} na trudny tryb'],
  prize: ['zwycięska drużyna dostaje po {amount} {currency}'],
  remind: ['grupy będą na tablicy w hubie godzinę przed'],
  safety: ['admini nigdy nie piszą pierwsi na priv'],
  close: ['powodzenia wszystkim!'],
};

const TR: Pools = {
  open: ['[merhaba|selamlar] [lonca|takım|herkes][,|!] [haftalık not|kısa bilgi]'],
  plan: [
    '[üs savunması|yarış|inşa yarışması] {weekday} saat {time} da başlıyor',
    'turlar {small} e {small}, ilk {small} yapan kazanır',
  ],
  rule: ['kayıtlar {weekday} kapanıyor', 'zor mod için en az {level} seviye'],
  prize: ['kazanan takıma kişi başı {amount} {currency}'],
  remind: ['gruplar bir saat önce merkezdeki panoya asılacak'],
  safety: ['yetkililer size asla önce özelden yazmaz'],
  close: ['herkese bol şans!'],
};

const ID: Pools = {
  open: ['[halo|hai] [guild|tim|semuanya][,|!] [catatan|info] [mingguan|singkat]'],
  plan: [
    '[pertahanan base|balapan|lomba bangun] mulai {weekday} [dari|jam] {time}',
    'ronde {small} lawan {small}, yang duluan dapet {small} menang',
  ],
  rule: ['pendaftaran ditutup {weekday}', 'minimal level {level} buat mode susah'],
  prize: ['tim juara dapet {amount} {currency} per orang'],
  remind: ['pembagian grup dipasang di papan hub sejam sebelumnya'],
  safety: ['admin ga pernah chat duluan lewat pribadi'],
  close: ['semangat semuanya!'],
};

const TL: Pools = {
  open: ['[hello|uy] [guild|team|lahat][,|!] [paalala|update] ngayong linggo'],
  plan: [
    'yung [base defense|karera|build contest] ay sa {weekday} simula {time}',
    'rounds na {small} laban sa {small}',
  ],
  rule: ['sarado ang sign up sa {weekday}', 'level {level} pataas lang sa hard mode'],
  prize: ['ang nanalong team ay may {amount} {currency} bawat isa'],
  remind: ['ipo-post ang mga grupo sa board sa hub isang oras bago'],
  safety: ['hindi kayo mine-message muna ng admin'],
  close: ['good luck sa lahat!'],
};

const HI: Pools = {
  open: ['[hello|namaste] [guild|team|sabko][,|!] [weekly update|chhota notice]'],
  plan: [
    '[base defense|race|build contest] {weekday} ko {time} se shuru',
    'rounds {small} vs {small} honge, pehle {small} wala jeetega',
  ],
  rule: ['registration {weekday} ko band', 'hard mode ke liye kam se kam level {level}'],
  prize: ['jeetne wali team ko har ek ko {amount} {currency}'],
  remind: ['groups ek ghanta pehle hub ke board pe lagenge'],
  safety: ['admin kabhi pehle private message nahi karte'],
  close: ['sabko all the best!'],
};

const RU: Pools = {
  open: ['[привет|здравствуйте] [гильдия|команда|все][,|!] [еженедельная заметка|короткое объявление]'],
  plan: [
    '[оборона базы|гонка|конкурс построек] начинается в {weekday} [с|в] {time}',
    'раунды {small} против {small}, побеждает первый до {small}',
  ],
  rule: [
    'запись закрывается в {weekday}',
    'для сложного режима нужен {level} уровень',
    'без багоюза, иначе команду снимут',
  ],
  prize: ['команда-победитель получает по {amount} {currency}', 'лучшие {small} делят {amount} {currency}'],
  remind: ['группы вывесят на доске в хабе за час'],
  safety: ['админы никогда не пишут первыми в личку'],
  close: ['всем удачи!'],
};

const JA: Pools = {
  open: ['[ギルド|チーム]のみなさんへ[連絡|お知らせ]'],
  plan: [
    '[拠点防衛|レース|建築コンテスト]は{weekday}の{time}時から',
    '{small}対{small}のラウンド制で先に{small}取った方が勝ち',
  ],
  rule: ['エントリーは{weekday}まで', 'ハードはレベル{level}以上'],
  prize: ['勝ったチームは一人{amount}{currency}'],
  remind: ['組み合わせは一時間前にロビーの掲示板に出ます'],
  safety: ['運営から先に個別メッセージが来ることはありません'],
  close: ['みんながんばろう', 'また後でね'],
};

const AR: Pools = {
  open: ['[مرحبا|هلا] [بالكلان|بالفريق|بالجميع][,|!] [ملاحظة|تنبيه] الأسبوع'],
  plan: [
    '[الدفاع عن القاعدة|السباق|مسابقة البناء] يوم {weekday} من الساعة {time}',
    'الجولات {small} ضد {small}، اللي يوصل {small} أول يفوز',
  ],
  rule: ['التسجيل يقفل يوم {weekday}', 'المستوى {level} على الأقل للوضع الصعب'],
  prize: ['الفريق الفائز ياخذ {amount} {currency} لكل لاعب'],
  remind: ['المجموعات تنعرض على لوحة الساحة قبل ساعة'],
  safety: ['الإدارة ما تراسلك خاص أول أبداً'],
  close: ['بالتوفيق للجميع!'],
};

const KO: Pools = {
  open: ['[길드원|팀원] 여러분 [주간|짧은] 공지'],
  plan: [
    '[기지 방어전|레이스|건축 대회] {weekday} {time}부터',
    '{small} 대 {small} 라운드, 먼저 {small}점 내면 승리',
  ],
  rule: ['신청은 {weekday}까지', '하드 모드는 레벨 {level} 이상'],
  prize: ['이긴 팀은 한 명당 {amount} {currency}'],
  remind: ['대진표는 한 시간 전에 로비 게시판에 올라가'],
  safety: ['운영자는 먼저 귓말 안 해'],
  close: ['다들 화이팅', '게임에서 봐'],
};

const VI: Pools = {
  open: ['[chào|hello] [cả bang|cả team|mọi người][,|!] [thông báo tuần|ghi chú nhanh]'],
  plan: [
    '[thủ thành|đua xe|thi xây nhà] bắt đầu {weekday} từ {time}',
    'mỗi vòng {small} đấu {small}, ai đủ {small} điểm trước thắng',
  ],
  rule: ['đăng ký đến {weekday}', 'chế độ khó cần level {level} trở lên'],
  prize: ['đội thắng mỗi người được {amount} {currency}'],
  remind: ['bảng chia nhóm dán ở sảnh trước một tiếng'],
  safety: ['admin không bao giờ nhắn riêng trước'],
  close: ['chúc mọi người may mắn!'],
};

const OWN_POOLS: Readonly<Record<Language, Pools>> = {
  en: EN,
  es: ES,
  pt: PT,
  fr: FR,
  de: DE,
  it: IT,
  nl: NL,
  pl: PL,
  tr: TR,
  id: ID,
  tl: TL,
  hi: HI,
  ru: RU,
  ja: JA,
  ar: AR,
  ko: KO,
  vi: VI,
};

const POOLS = Object.fromEntries(
  Object.entries(OWN_POOLS).map(([lang, pools]) => [lang, { ...pools, ...GUIDE_PARTS[lang as Language] }]),
) as Readonly<Record<Language, Pools>>;

/** The orders a post follows: an event post, a story, a vent, a safety notice, a guide, patch notes, a trade list. */
const SHAPES: readonly (readonly Part[])[] = [
  ['open', 'plan', 'plan', 'rule', 'prize', 'remind', 'close'],
  ['open', 'plan', 'rule', 'rule', 'prize'],
  ['plan', 'rule', 'remind'],
  ['story', 'story', 'story', 'story'],
  ['story', 'story', 'close'],
  ['vent', 'vent', 'vent', 'vent'],
  ['open', 'safety', 'safety', 'safety'],
  ['safety', 'safety', 'remind'],
  ['open', 'guide', 'guide', 'guide', 'close'],
  ['guide', 'guide', 'guide', 'guide'],
  ['patch', 'patch', 'patch', 'patch'],
  ['trade', 'trade', 'trade'],
];

/** Sentences of one post, in order; a language without a part skips it. */
export function announcementSentences(rng: Rng, lang: Language, slots: Slots): string[] {
  const pools = POOLS[lang];
  const out: string[] = [];
  const used = new Set<string>();
  for (const part of rng.pick(SHAPES)) {
    const pool = pools[part]?.filter((template) => !used.has(template));
    if (pool === undefined || pool.length === 0 || !rng.chance(0.85)) continue;
    const template = rng.pick(pool);
    used.add(template);
    out.push(expand(template, rng, slots));
  }
  if (out.length === 0) out.push(expand(rng.pick(pools.plan ?? EN.plan!), rng, slots));
  return out;
}

/** One long harmless post. */
export function announcement(rng: Rng, lang: Language, slots: Slots): string {
  const joiner = lang === 'ja' ? rng.pick(['。', '！', '、']) : rng.pick(['. ', ', ', '. ', '! ', '\n', ' ']);
  return announcementSentences(rng, lang, slots).join(joiner);
}
