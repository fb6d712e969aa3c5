/**
 * More parts of long harmless posts (round 3): how-to guides with levels, percentages and
 * directions, patch notes with versions, balance changes and maintenance hours, and trade lists.
 * These were the long posts the model of round 2
 * still flagged (the families only: none of the development sets' posts or phrasings are here).
 */
import type { Language } from './values.js';

export type GuidePart = 'guide' | 'patch' | 'trade';

export const GUIDE_PARTS: Readonly<
  Record<Language, Readonly<Partial<Record<GuidePart, readonly string[]>>>>
> = {
  en: {
    guide: [
      '[step {small}|first|next|then][:|,] [craft|grab|equip] {small} [potions|shields|bandages] [before|after] the [second|third|last] [wave|phase|checkpoint]',
      '[stay|keep] [on the right side|behind the rocks|near the exit] [when|while] the [boss|golem|dragon] [charges|spins|roars][,|] [u have|theres] {small} seconds',
      '[level|lvl] {level}[+| or higher] [is enough|works fine|recommended][,|] [we cleared it|my group did it] in {small} [tries|attempts|runs]',
      '[aim for|hit] the [glowing|red|weak] [spot|core|crystal] [until it drops to|at] {small}0% [hp|health] then [burst|run|heal]',
    ],
    patch: [
      '[patch|update|hotfix] {small}.{small}[:| -] {item} [reload|cooldown|damage] [down|up] {small}%',
      '[fixed|patched] [a crash on the loading screen|the stuck-in-wall bug|audio desync|the missing quest marker]',
      '[maintenance|downtime|servers restart] [from|at] {time} [to|until] {time} [server time|utc|]',
      '[new|two new] [skins|emotes|bundles] [in the shop|for {amount} {currency}][,|] [season ends|event ends] [on|] {weekday}',
    ],
    trade: [
      '[have|h|selling][:| -] {item}, {item} [and|+] {amount} {currency}',
      '[want|w|looking for][:| -] {item} [or|and] [offers|adds|a better pet]',
      '[no lowballs|values checked|trades in game only][,|] [dm in game|whisper me in game|reply here]',
    ],
  },
  es: {
    guide: [
      'paso {small}: [lleva|equipa] {small} [pociones|escudos] antes de la [segunda|ultima] [oleada|fase]',
      'nivel {level} o mas [alcanza|sirve][,|] nosotros lo pasamos en {small} intentos',
    ],
    patch: [
      'parche {small}.{small}: {item} [recarga|daño] [baja|sube] {small}%',
      'mantenimiento de {time} a {time} hora del servidor',
    ],
    trade: [
      '[tengo|doy]: {item}, {item} y {amount} {currency}',
      '[busco|quiero]: {item} o ofertas, nada de ofertas bajas',
    ],
  },
  pt: {
    guide: [
      'passo {small}: [leva|equipa] {small} [poções|escudos] antes da [segunda|ultima] [onda|fase]',
      'nivel {level} pra cima [ja da|serve], a gente passou em {small} tentativas',
    ],
    patch: [
      'patch {small}.{small}: {item} [recarga|dano] [caiu|subiu] {small}%',
      'manutenção das {time} as {time}',
    ],
    trade: ['[tenho|troco]: {item}, {item} e {amount} {currency}', '[quero|procuro]: {item} ou ofertas'],
  },
  fr: {
    guide: [
      'etape {small}: [prends|equipe] {small} [potions|boucliers] avant la [deuxieme|derniere] [vague|phase]',
      "niveau {level} minimum, on l'a fait en {small} essais",
    ],
    patch: [
      'patch {small}.{small}: {item} [recharge|degats] [baisse|monte] de {small}%',
      'maintenance de {time} a {time}',
    ],
    trade: [
      "[j'ai|je donne]: {item}, {item} et {amount} {currency}",
      '[je cherche|je veux]: {item} ou offres',
    ],
  },
  de: {
    guide: [
      'schritt {small}: {small} [traenke|schilde] vor der [zweiten|letzten] [welle|phase] [mitnehmen|ausruesten]',
      'ab level {level} [reicht es|klappt das], wir haben {small} versuche gebraucht',
    ],
    patch: [
      'patch {small}.{small}: {item} [nachladen|schaden] {small}% [weniger|mehr]',
      'wartung von {time} bis {time}',
    ],
    trade: ['[biete|hab]: {item}, {item} und {amount} {currency}', '[suche|will]: {item} oder angebote'],
  },
  it: {
    guide: ['passo {small}: porta {small} [pozioni|scudi] prima della [seconda|ultima] [ondata|fase]'],
    patch: [
      'patch {small}.{small}: {item} [ricarica|danno] [giu|su] del {small}%',
      'manutenzione dalle {time} alle {time}',
    ],
    trade: ['[ho|offro]: {item}, {item} e {amount} {currency}', '[cerco|voglio]: {item} o offerte'],
  },
  nl: {
    guide: ['stap {small}: neem {small} [drankjes|schilden] mee voor de [tweede|laatste] [golf|fase]'],
    patch: ['patch {small}.{small}: {item} [herladen|schade] {small}% [lager|hoger]'],
    trade: ['[heb|bied]: {item}, {item} en {amount} {currency}'],
  },
  pl: {
    guide: ['krok {small}: wez {small} [mikstur|tarcz] przed [druga|ostatnia] [fala|faza]'],
    patch: [
      'patch {small}.{small}: {item} [przeladowanie|obrazenia] [w dol|w gore] o {small}%',
      'przerwa techniczna od {time} do {time}',
    ],
    trade: ['[mam|oddam]: {item}, {item} i {amount} {currency}', '[szukam|chce]: {item} albo oferty'],
  },
  tr: {
    guide: ['adim {small}: [ikinci|son] dalgadan once {small} [iksir|kalkan] al'],
    patch: [
      'yama {small}.{small}: {item} [hasari|dolumu] %{small} [azaldi|artti]',
      'bakim {time} ile {time} arasi',
    ],
    trade: [
      '[var|veriyorum]: {item}, {item} ve {amount} {currency}',
      '[ariyorum|istiyorum]: {item} ya da teklif',
    ],
  },
  id: {
    guide: ['langkah {small}: bawa {small} [potion|shield] sebelum [wave|fase] [kedua|terakhir]'],
    patch: [
      'patch {small}.{small}: {item} [reload|damage] [turun|naik] {small}%',
      'maintenance jam {time} sampai {time}',
    ],
    trade: ['[punya|jual]: {item}, {item} sama {amount} {currency}', '[nyari|mau]: {item} atau tawaran'],
  },
  tl: {
    guide: ['step {small}: magdala ng {small} [potion|shield] bago ang [pangalawang|huling] wave'],
    patch: ['patch {small}.{small}: {item} [damage|reload] [bumaba|tumaas] ng {small}%'],
    trade: ['[meron ako|binebenta]: {item}, {item} at {amount} {currency}'],
  },
  hi: {
    guide: ['step {small}: [second|last] wave se pehle {small} [potion|shield] le lo'],
    patch: [
      'patch {small}.{small}: {item} ka [damage|reload] {small}% [kam|zyada] hua',
      'maintenance {time} se {time} tak',
    ],
    trade: [
      '[mere paas|de raha hu]: {item}, {item} aur {amount} {currency}',
      '[chahiye|dhundh raha hu]: {item} ya offer',
    ],
  },
  ru: {
    guide: ['шаг {small}: берите {small} [зелий|щитов] перед [второй|последней] волной'],
    patch: [
      'патч {small}.{small}: {item} [урон|перезарядка] [снижен|повышен] на {small}%',
      'техработы с {time} до {time}',
    ],
    trade: ['[есть|отдам]: {item}, {item} и {amount} {currency}', '[ищу|нужен]: {item} или предложения'],
  },
  ja: {
    guide: ['手順{small}：[2回目|最後]のウェーブ前に回復薬を{small}個持っていく'],
    patch: ['パッチ{small}.{small}：{item}のダメージ{small}%[ダウン|アップ]', 'メンテは{time}から{time}まで'],
    trade: ['[出せる|あげる]：{item}、{item}、{amount}{currency}', '[求む|ほしい]：{item}かオファー'],
  },
  ar: {
    guide: ['الخطوة {small}: خذوا {small} [جرعات|دروع] قبل [الموجة الثانية|آخر موجة]'],
    patch: ['تحديث {small}.{small}: ضرر {item} [نقص|زاد] {small}%', 'الصيانة من {time} الى {time}'],
    trade: ['عندي: {item} و {item} و {amount} {currency}', 'ابغى: {item} او عروض'],
  },
  ko: {
    guide: ['{small}단계: [두 번째|마지막] 웨이브 전에 포션 {small}개 챙기기'],
    patch: [
      '패치 {small}.{small}: {item} [데미지|재장전] {small}% [하향|상향]',
      '점검은 {time}부터 {time}까지',
    ],
    trade: ['[보유|드림]: {item}, {item}, {amount} {currency}', '[구함|삽니다]: {item} 아니면 제안'],
  },
  vi: {
    guide: ['buoc {small}: mang {small} [binh mau|khien] truoc [dot thu hai|dot cuoi]'],
    patch: [
      'ban va {small}.{small}: {item} [giam|tang] {small}% [sat thuong|thoi gian nap]',
      'bao tri tu {time} toi {time}',
    ],
    trade: ['[co|doi]: {item}, {item} va {amount} {currency}', '[can|tim]: {item} hoac tra gia'],
  },
};
