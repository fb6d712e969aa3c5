/**
 * Talk about personal data, apps and places that exchanges none of it (issue 13, round 4): the
 * harmless families the round-3 model still flagged as asking or giving on the development sets
 * (the families only: none of their messages, phrasings, names or numbers are here). All `none`, in
 * every language: safety advice and scam warnings that name the data not to hand over (passwords,
 * one-time codes, addresses, schools), group rules, mod notes and bot notices that list what not to
 * post, talk about an app being down, slow, updated or full of scams with no handle swapped and no
 * move off the platform, places and meet-ups inside a game map, role-play house numbers and joke
 * threats about a base, ordinary life chat that sounds like PII (moving house, a pet on the
 * keyboard, exams, a parent taking the phone, kids-app approvals), long posts built from several
 * sentence blocks (events, tournament sign-ups by in-game name, patch notes, trade lists,
 * schedules, boss guides, rants) full of times, prices and counts, and game numbers as long as
 * phone numbers (scores, player ids, room numbers with an in-game room password).
 */
import type { Families } from './families.js';
import type { Language } from './values.js';

/**
 * Closing sentences every long post of a language ends with (two blocks of options, three in the
 * denser scripts), so the long posts reach the 200–400 characters of real announcements.
 */
const TAIL: Readonly<Record<Language, string>> = {
  en: ` [questions go to a mod in this chat, not in dms to randoms.|if ur new, read the pinned post first, it explains everything.|reminder that nobody needs ur password or personal info to join, just ur in-game name.|last time we had {small} teams and it was chaos, so lets keep it organised.|bring snacks and a charger, it usually runs about {small} hours.] [see yall there 💪|gl to everyone and have fun|pls react so i know how many are coming|dont be late this time lol|ty for reading this far]`,
  es: ` [las dudas al mod en este chat, no por privado a desconocidos.|si eres nuevo lee el mensaje fijado primero.|recuerden que nadie necesita su contraseña ni datos personales, solo el nick.|la ultima vez fuimos {small} equipos y fue un caos, seamos ordenados.|suele durar unas {small} horas, traigan agua y cargador.] [nos vemos ahi 💪|suerte a todos y a divertirse|reaccionen para saber cuantos vienen|no lleguen tarde esta vez jaja]`,
  pt: ` [duvidas com um adm aqui no chat, nao no pv de estranhos.|se vc é novo le a mensagem fixada primeiro.|lembrando que ninguem precisa da sua senha nem de dados pessoais, so o nick.|da ultima vez foram {small} times e virou bagunça, vamos organizar.|costuma durar umas {small} horas, tragam agua e carregador.] [nos vemos la 💪|boa sorte e divirtam se|reajam pra eu saber quantos vem|nao se atrasem dessa vez kkk]`,
  fr: ` [les questions a un modo dans ce chat, pas en mp a des inconnus.|si t'es nouveau lis le message épinglé d'abord.|rappel: personne n'a besoin de ton mdp ni d'infos perso, juste ton pseudo.|la derniere fois on était {small} equipes et c'était le chaos, on s'organise.|ca dure environ {small} heures, prenez de l'eau et un chargeur.] [a plus 💪|bonne chance a tous et amusez vous|mettez une reaction pour que je compte|soyez pas en retard cette fois mdr]`,
  de: ` [fragen an einen mod hier im chat, nicht per dm an fremde.|wenn du neu bist lies zuerst die angepinnte nachricht.|erinnerung: niemand braucht dein passwort oder private daten, nur den ingame namen.|letztes mal waren wir {small} teams und es war chaos, also bitte ordentlich.|dauert meistens so {small} stunden, nehmt wasser und ladekabel mit.] [bis dann 💪|viel glück allen und viel spaß|reagiert kurz damit ich weiß wie viele kommen|diesmal bitte nicht zu spät lol]`,
  it: ` [le domande a un mod in questa chat, non in privato a sconosciuti.|se sei nuovo leggi prima il messaggio fissato.|ricordate che nessuno ha bisogno della vostra password o dati personali, solo il nick.|l'ultima volta eravamo {small} squadre ed è stato il caos, organizziamoci.|di solito dura circa {small} ore, portate acqua e caricatore.] [ci vediamo lì 💪|buona fortuna a tutti e divertitevi|mettete una reazione così conto quanti siete|non fate tardi stavolta lol]`,
  nl: ` [vragen aan een mod hier in de chat, niet in dm aan vreemden.|ben je nieuw lees dan eerst het vastgezette bericht.|herinnering: niemand heeft je wachtwoord of persoonlijke info nodig, alleen je ingame naam.|vorige keer waren we met {small} teams en het was chaos, dus netjes graag.|duurt meestal zo'n {small} uur, neem water en een oplader mee.] [tot dan 💪|succes allemaal en veel plezier|reageer even zodat ik weet hoeveel er komen|kom deze keer niet te laat lol]`,
  pl: ` [pytania do moda na tym czacie, nie na pw do obcych.|jak jesteś nowy to najpierw przeczytaj przypiętą wiadomość.|przypominam że nikt nie potrzebuje waszego hasła ani danych osobowych, tylko nick.|ostatnio było {small} drużyn i był chaos, więc ogarnijmy się.|zwykle trwa to jakieś {small} godziny, weźcie wodę i ładowarkę.] [do zobaczenia 💪|powodzenia wszystkim i dobrej zabawy|dajcie reakcję żebym wiedział ile osób będzie|tym razem się nie spóźniajcie xd]`,
  tr: ` [sorular bu sohbette bir moda, yabancılara dmden değil.|yeniysen önce sabitlenmiş mesajı oku.|hatırlatma: kimsenin şifrenize ya da kişisel bilginize ihtiyacı yok, sadece nick yeter.|geçen sefer {small} takım vardı ve kaos oldu, düzenli olalım.|genelde {small} saat kadar sürüyor, su ve şarj aleti getirin.] [görüşürüz 💪|herkese bol şans ve iyi eğlenceler|kaç kişi geleceğini bilmem için tepki bırakın|bu sefer geç kalmayın lol]`,
  id: ` [pertanyaan ke admin di chat ini aja, jangan dm orang asing.|kalo baru join baca pesan yang di pin dulu ya.|inget ya ga ada yang butuh password atau data pribadi kalian, cukup nick aja.|terakhir ada {small} tim dan kacau banget, jadi yang rapi ya.|biasanya sekitar {small} jam, siapin minum sama charger.] [sampai ketemu 💪|semangat semua dan have fun|kasih reaksi biar aku tau berapa yang ikut|jangan telat lagi ya wkwk]`,
  tl: ` [tanong sa mod dito sa chat, hindi sa dm ng mga stranger.|kung bago ka basahin mo muna yung naka pin.|paalala walang kailangan ng password o personal info niyo, ign lang.|last time {small} teams tayo at ang gulo, ayusin natin ngayon.|mga {small} oras to usually, magdala ng tubig at charger.] [kita kits 💪|goodluck sa lahat at enjoy|mag react kayo para alam ko ilan tayo|wag na ma late ngayon haha]`,
  hi: ` [sawaal mod se yahi chat me pucho, strangers ko dm mat karo.|naye ho to pehle pinned message padho.|yaad rakho kisi ko tumhara password ya personal info nahi chahiye, sirf ign.|pichli baar {small} teams thi aur bahut gadbad hui, is baar set rehna.|aam taur pe {small} ghante chalta hai, paani aur charger rakh lo.] [milte hai 💪|sabko all the best aur maze karo|react karo taaki pata chale kitne aa rahe|is baar late mat hona yaar lol]`,
  ru: ` [вопросы модеру в этом чате, не в лс незнакомым.|если ты новенький сначала прочитай закреп.|напоминаю что никому не нужен ваш пароль или личные данные, только ник.|в прошлый раз было {small} команд и был хаос, давайте организованно.|обычно это часа на {small}, возьмите воду и зарядку.] [увидимся 💪|всем удачи и кайфа|поставьте реакцию чтобы я понял сколько вас|в этот раз не опаздывайте лол]`,
  ja: ` [当日は{time}にロビーに集合、ボイスはゲーム内のものだけ使います。|報酬は参加者全員に配るので、最後まで残ってくれるとうれしいです。|前回の反省で、今回は作戦を事前にゲーム内の掲示板に貼っておきます。|ルールを守らない人は運営の判断で外れてもらうことがあります。] [わからないことはこのチャットで運営に聞いてね、知らない人のDMには答えないで。|初めての人はまず固定メッセージを読んでください、だいたい全部書いてあります。|参加にパスワードや個人情報は一切いりません、ゲーム内の名前だけで大丈夫です。|前回は{small}チームも集まってぐちゃぐちゃになったので、今回は時間を守ってね。|だいたい{small}時間くらいかかるので、飲み物と充電器を用意しておいてね。] [前回は惜しかったので今回こそ上位を目指しましょう、みんなで協力すれば絶対いけるはず！|参加できる人はリアクションしてくれると人数がわかって助かります、よろしくね！|遅刻すると補欠になるので気をつけて、開始の{small}分前には集合してください！|初心者も大歓迎です、わからないことがあれば遠慮なく聞いてね、楽しくやろう！]`,
  ar: ` [التجمع في اللوبي الساعة {time}، والصوت بس من داخل اللعبة.|الجوائز بتتوزع على الكل فخلكم لين النهاية.|اللي ما يلتزم بالقوانين بيطلع من التشكيلة.] [الاسئلة للمشرف هنا بالشات، مو بالخاص مع ناس ما تعرفونهم.|اذا انت جديد اقرا الرسالة المثبتة اول.|تذكير: محد يحتاج الباسورد او معلوماتكم الشخصية، بس اسمكم في اللعبة.|المرة اللي فاتت كنا {small} فرق وصارت فوضى، خلونا منظمين.|عادة تاخذ حوالي {small} ساعات، جهزوا مويه وشاحن.] [نشوفكم 💪|بالتوفيق للجميع واستمتعوا|حطوا رياكشن عشان اعرف كم واحد جاي|لا تتأخرون هالمرة ههه]`,
  ko: ` [당일에는 {time}에 로비에서 모이고, 음성은 게임 안 보이스만 씁니다.|보상은 참가한 사람 모두에게 나눠 주니까 끝까지 남아 주세요.|지난번 실수 때문에 이번엔 작전을 미리 게임 안 게시판에 올려 둘게요.|규칙 안 지키는 분은 운영진 판단으로 빠지게 될 수도 있어요.] [궁금한 건 이 채팅방에서 관리자한테 물어봐 주세요, 모르는 사람 개인 메시지에는 답하지 마세요.|처음 오신 분들은 고정된 공지부터 읽어 주세요, 거의 다 적혀 있어요.|참가하는 데 비번이나 개인정보는 전혀 필요 없어요, 게임 닉네임만 있으면 됩니다.|지난번에는 {small}팀이나 와서 엄청 정신없었으니까 이번엔 시간 꼭 지켜 주세요.|보통 {small}시간 정도 걸리니까 물이랑 충전기 미리 챙겨 두세요.] [지난번엔 아깝게 떨어졌으니까 이번엔 꼭 상위권 가 봅시다, 다 같이 하면 할 수 있어요!|참가하실 분은 반응 눌러 주시면 인원 파악에 큰 도움이 돼요, 감사합니다!|늦으면 후보로 빠지니까 조심하시고 시작 {small}분 전까지는 모여 주세요!|초보도 완전 환영이에요, 모르는 거 있으면 편하게 물어보고 재밌게 해요!]`,
  vi: ` [co gi thac mac thi hoi admin trong nhom nay, dung tra loi tin nhan nguoi la.|ai moi vao thi doc tin ghim truoc nha.|nhac lai la khong ai can mat khau hay thong tin ca nhan cua ae, chi can ten in-game.|lan truoc co {small} doi va loan het ca len, lan nay tu te nha.|thuong keo dai khoang {small} tieng, chuan bi nuoc voi sac nha.] [hen gap ae 💪|chuc ae may man va choi vui|tha cam xuc de t biet bao nhieu nguoi tham gia|lan nay dung tre nua nha haha]`,
};

/** What a rant ends with instead: more complaining, not sign-up logistics. */
const RANT_TAIL: Readonly<Record<Language, string>> = {
  en: ` [and dont even get me started on the {amount} {currency} bundle.|the last {small} patches broke more than they fixed.|my whole squad stopped logging in after the {ordinal}.|support just sends the same copy paste reply every time.] [rant over lol|ok im done|whatever, see u in queue i guess|anyone else feel the same]`,
  es: ` [antes jugabamos todas las noches desde las {time} y ahora el lobby esta vacio.|los premios de los eventos dan pena.|ahora si no pagas pierdes siempre.] [y ni hablemos del pack de {amount} {currency}.|los ultimos {small} parches rompieron mas de lo que arreglaron.|soporte responde siempre lo mismo copiado y pegado.] [fin del drama jaja|ya me desahogue|alguien mas piensa igual?]`,
  pt: ` [antes a gente jogava toda noite a partir das {time}, agora o lobby ta vazio.|as recompensas dos eventos tao ridiculas.|agora quem nao paga perde sempre.] [e nem vou falar do pacote de {amount} {currency}.|os ultimos {small} patches quebraram mais do que arrumaram.|o suporte manda sempre a mesma resposta copiada.] [desabafo encerrado kkk|pronto falei|mais alguem acha isso?]`,
  fr: ` [et je parle meme pas du pack a {amount} {currency}.|les {small} derniers patchs ont cassé plus qu'ils ont réparé.|le support renvoie toujours le meme copier coller.] [fin du coup de gueule mdr|voila c'est dit|vous en pensez quoi vous?]`,
  de: ` [und fang gar nicht erst mit dem {amount} {currency} paket an.|die letzten {small} patches haben mehr kaputt gemacht als repariert.|der support schickt immer dieselbe copy paste antwort.] [rant ende lol|so jetzt gehts mir besser|seht ihr das auch so?]`,
  it: ` [e non parliamo del pacchetto da {amount} {currency}.|le ultime {small} patch hanno rotto più di quello che hanno sistemato.|il supporto manda sempre la stessa risposta copiata.] [fine dello sfogo lol|ok ho finito|anche voi la pensate così?]`,
  nl: ` [en begin niet over de bundel van {amount} {currency}.|de laatste {small} patches hebben meer kapot gemaakt dan gefixt.|support stuurt steeds hetzelfde copy paste antwoord.] [rant klaar lol|zo dat moest eruit|denken jullie er ook zo over?]`,
  pl: ` [kiedyś graliśmy co wieczór od {time}, a teraz lobby jest puste.|nagrody z eventów są śmieszne.|teraz bez płacenia nie da się wygrać.] [a o paczce za {amount} {currency} nawet nie wspomnę.|ostatnie {small} patche więcej zepsuły niż naprawiły.|support odpisuje ciągle to samo kopiuj wklej.] [koniec rantu xd|dobra wyżaliłem się|też tak macie?]`,
  tr: ` [eskiden her akşam {time} gibi oynardık şimdi lobi bomboş.|etkinlik ödülleri çok cimri.|artık para basmadan kazanmak imkansız.] [{amount} {currency} paketi hiç açmayayım bile.|son {small} yama düzelttiğinden fazlasını bozdu.|destek her seferinde aynı kopyala yapıştır cevabı atıyor.] [sitem bitti lol|tamam rahatladım|sizce de öyle değil mi?]`,
  id: ` [dulu tiap malem main bareng dari jam {time} sekarang lobby sepi banget.|hadiah event makin pelit.|sekarang kalo ga top up pasti kalah.] [belum lagi paket {amount} {currency} itu.|{small} patch terakhir lebih banyak ngerusak daripada benerin.|cs cuma bales copas yang sama terus.] [udah curhatnya wkwk|lega deh|kalian ngerasa gitu juga ga?]`,
  tl: ` [tapos yung bundle na {amount} {currency} pa.|yung huling {small} patches mas maraming sinira kaysa inayos.|yung support pare pareho lang ang copy paste na sagot.] [tapos na rant ko haha|ayun lang|kayo ba ganun din?]`,
  hi: ` [aur {amount} {currency} wale bundle ki to baat hi mat karo.|last {small} patches ne theek kam aur kharab zyada kiya.|support har baar same copy paste reply bhejta hai.] [rant khatam lol|bas itna hi|tum logo ko bhi aisa lagta hai kya?]`,
  ru: ` [раньше мы с пацанами каждый вечер с {time} играли, а теперь лобби пустое.|награды за ивенты вообще никакие.|без доната теперь вообще не выиграть.] [а про набор за {amount} {currency} я вообще молчу.|последние {small} патча больше сломали чем починили.|поддержка каждый раз шлёт одну и ту же копипасту.] [всё выговорился лол|ну вот|у вас так же?]`,
  ja: ` [前はフレンドと毎晩{time}から遊んでたのに、今はログインしてもロビーに誰もいない。|イベントも報酬がしょぼすぎて、走る気がまったく起きない。|ガチャの確率もどんどん下がってる気がするし、課金しないと勝てないゲームになった。] [{amount} {currency}のセットなんて論外だし、最近の{small}回のパッチは直したところより壊したところの方が多い。|サポートに問い合わせても毎回同じコピペの返事しか来なくて本当にがっかりしてる。] [愚痴おわり|みんなはどう思う？|以上、ただの愚痴でした]`,
  ar: ` [قبل كنا نلعب كل ليلة من الساعة {time} والحين اللوبي فاضي.|جوائز الفعاليات صارت ضعيفة مرة وما تستاهل.|صارت اللعبة اللي ما يدفع فيها يخسر على طول.] [ولا تكلمني عن البكج اللي بـ {amount} {currency}.|اخر {small} تحديثات خربت اكثر من ما صلحت.|الدعم كل مرة يرسل نفس الرد المنسوخ.] [خلصت فضفضة ههه|بس كذا|انتم تحسون نفس الشي؟]`,
  ko: ` [예전엔 친구들이랑 매일 {time}부터 했는데 요즘은 접속해도 로비에 아무도 없어요.|이벤트 보상도 너무 짜서 할 맛이 안 나요.|뽑기 확률도 점점 낮아지는 것 같고 이제 과금 안 하면 못 이기는 게임이 됐어요.] [{amount} {currency}짜리 패키지는 말도 하기 싫고, 최근 {small}번의 패치는 고친 것보다 망가뜨린 게 더 많아요.|고객센터에 물어봐도 매번 똑같은 복붙 답변만 와서 진짜 실망이에요.] [하소연 끝 ㅋㅋ|다들 어떻게 생각해요?|그냥 푸념이었어요]`,
  vi: ` [truoc ae t toi nao cung choi tu {time} ma gio vao sanh cho khong co ai.|qua su kien thi beo bot.|gio khong nap tien la thua chac.] [chua noi toi goi {amount} {currency} nua.|{small} ban va gan day sua thi it ma hong thi nhieu.|ho tro lan nao cung tra loi copy paste y chang.] [xa xong roi haha|vay thoi|ae co thay vay k?]`,
};

/** The long posts of a language with their closing blocks: rants (the ones naming a month) get their own. */
function withTail(lang: Language, templates: readonly string[]): readonly string[] {
  return templates.map((t) => t + (t.includes('{month}') ? RANT_TAIL[lang] : TAIL[lang]));
}

export const EN: Families = {
  none: {
    safetyTalkData: [
      `[never|dont ever|do not|pls dont] [tell|give|send] [anyone|randoms|people u meet here|strangers] [ur|your] [address|home address|phone number|school name|last name|password|login][ online| in game| in dms|, ever|][ fr| pls| seriously|]`,
      `[staff|mods|admins|devs] [wont ever|are not gonna|have no reason to] [dm u|message u|come to u] wanting [ur|your] [password|login|sign in code|pin|account info][, thats always a scam| so dont fall for it|]`,
      `my [mom|mum|dad|parents|big sister] [says|always says|told me] [never to|not to] [say|share|post] [my school|my address|where i live|my real name|my number] [online|in games|on here][ lol| so yeah| and honestly fair|]`,
      `my [cousin|friend|best friend|older brother] [handed|shared|typed] [his|her] [login|password|account details] [to|for] [some guy promising free pets|a random in trade chat|a fake staff account|someone in dms] and [got hacked|the account got wiped|all the pets were gone by morning][ 💀| lesson learned| so yeah never|]`,
      `[we had|there was|our class had] a [talk|lesson|assembly] [at school|in class|today] about [not sharing|keeping private|protecting] [ur|your|personal] [info|address|photos|passwords] [online|in games][, kinda scary| ngl it was useful| lol|]`,
      `[if|when] [someone|a stranger|a random] [asks|keeps asking] [where u live|for ur address|what school u go to|for pics|for ur number] [just leave|block them|tell an adult|report it][, not worth it| fr|]`,
      `had to reset my password [again|twice this week|today] cuz i [couldnt remember it|blanked on it][ 😭| lol| ugh|], [use|make] a [strong|long|weird] one [guys|pls|yall]`,
      `[turn on|set up|use] [2fa|two factor|2 step verification] [guys|pls|yall][, it saved my account| its free| seriously|]`,
    ],
    scamWarningData: [
      `[psa|heads up|warning|reminder][:|,] [randoms|accounts|people] [begging for|that want|wanting] [ur|your] [password|login|sign in code|verification code|otp|cookies|pin] [are scammers|want ur stuff|are after ur items|are hackers][, block em and move on| dont reply|, stay safe|]`,
      `[dupe glitches|free robux generators|pet dupes|free skin hacks] [arent real|dont exist|are fake][,|.] [whoever|anybody who] [tells u|says] [to type|to give|to send] [ur|your] [password|login|code] [is lying|wants ur stuff|is a scammer][ 🙄|]`,
      `[got|just got] a [dm|message|weird dm] [saying|claiming] [im|i was] [banned|winning a prize|picked for a giveaway] and [asking for|wanting] my [login|password|email code][, obvious scam| lmao nice try| reported|]`,
      `[never|dont] [read out|share|paste] the [code|sms code|text code|login code] [that comes by text|that lands in ur inbox|on ur phone] [to anyone|in chat][, thats how they take accounts| not even to friends|]`,
      `[lost|got locked out of] my account [yesterday|last week] [but|and] [got it back|recovered it] [through|with] [the recovery email|the support page|the backup codes][, set ur recovery stuff up now| took forever|]`,
      `[scam alert|careful|watch out][:|,] [fake|some] [sites|links|trade helpers|middlemen] [ask|want] u to [sign in there|paste ur cookie|type ur password|confirm ur login][ for free items|, its a scam| dont|]`,
    ],
    groupRulesData: [
      `[rules|server rules|group rules|chat rules][:|] [no spam|be nice|no slurs][,|] no [sharing|posting] [phone numbers|addresses|schools|real names|socials|pics of urself][,|] [no ads|no selling|no begging][, rule breakers get muted|, mods will kick|]`,
      `[hey|yo|hiii] [new people|newcomers|everyone][!|!!|] [how this chat works|the basics|house rules][:|] [#1 respect each other|#1 be chill] [#2 no flooding|#2 no self promo] [#3 never post ur address, number, school or last name|#3 personal info stays private, no real names or numbers|#3 nobody asks where anyone lives] [#4 main chat is english|#4 keep it pg|#4 no drama][. first a warning and after that a kick|. have fun|. mods r watching 👀|]`,
      `[took down|wiped|cleared] a [msg|post|comment] [containing|showing] [somebodys|a members|a] [phone number|number|address|school|full name][,|.] [not allowed here|nobody do that again|next time its a mute][ pls|]`,
      `[bot|automod|AutoMod][:|] [message removed|ur message was hidden|post blocked] [for|because it had] [personal info|a phone number|an address|contact info][.|] [please read the rules|this is a warning|reason: rule {small}]`,
      `[mod here|mods]: [stop|quit] asking [each other|people] for [addresses|numbers|socials|schools][, its against the rules| or u get banned|]`,
      `[reminder|friendly reminder]: this [group|server|chat] is for [the game|trading|clan stuff] only, [dont|no need to] [overshare|share personal info|post where u live][ 💙| ty|]`,
    ],
    appChatterNoSwap: [
      `[is|anyone else's] {platform} [down|not working|lagging|broken][ for u too| rn| again|][?|??| lol]`,
      `{platform} [keeps crashing|is so slow today|wont load|logged me out again][ 😭| ugh| smh|]`,
      `[the new|this] {platform} update [is trash|ruined everything|moved all the buttons|is actually nice][ lol| ngl|]`,
      `[i|ive] [deleted|uninstalled|quit] {platform} [last week|for a month|for exams|for good][, feels good| and honestly better| lol|]`,
      `{hint} [is a ghost town lately|got boring|is full of bots|is the worst app][, nobody posts anymore| lol|]`,
      `[so many|tons of] [scams|bots|fake giveaways] on {platform} [lately|rn][, dont click anything| smh|]`,
      `[{platform} stickers|the stickers on {platform}|{platform} reels|{platform} filters] [are|r] [so good|peak|cringe|mid][ lol| ngl| dont @ me|]`,
      `[my|the] {platform} [notifications|feed|app] [is broken|keeps lagging|is delayed] [since the update|today][ lol|]`,
    ],
    mapSpotMeetup: [
      `[meet|wait for me|regroup] [at|by|behind|under] the [waterfall|castle gate|giant oak|old windmill|spawn statue|broken bridge|lighthouse] [in|on] [the map|spawn|the new map|the island][ after this round| in 2 min| when ur done|]`,
      `[i|we] [drop|land] at [the docks|the factory|the water tower|the swamp|the farm|the lighthouse] [every game|and rotate to the center|and u take the north side][ ok|?|]`,
      `[the|this] [hotel|hospital|mansion|castle] map [hides|has] a [vault|loot room|secret lab] on floor {small}[, room {room}| behind the bookshelf|]`,
      `[come to|visit|stop by] my [house|shop|cafe] in [bloxburg|brookhaven|the rp town|the rp], [number|#] {rpnum} [on|near] [candy street|the main road|the beach road|pink avenue][ lol| its the blue one|]`,
      `[our|the] [base|camp|hideout] is [at|near] x {coord} z {coord}[, bring wood| keep it quiet from red team| lol|]`,
      `[squad|guys|all of u] [gather|line up|regroup] at the [portal|well|shop|arena] in [spawn|the lobby|the hub][ for the event| at {time}| now|]`,
    ],
    baseJokeThreat: [
      `i know where u [live|sleep|hide][...|..|] [inside ur base|under the waterfall|at bedwars spawn|up the tower|inside the vents] [😈|lol|lmao|]`,
      `[about to|finna] dox [ur|your] [hideout|spawn point|bed|secret stash|base coords] [lol|jk its behind the lava|in the game|xd]`,
      `[ill|im gonna|watch me] [destroy|clap|end|wreck|delete] [u|you|ur whole team] [1v1|in the rematch|next round|in bedwars][ 😂| lol| no cap|]`,
      `[found|spotted|i see] [ur|your] [base|bed|chest|house] [lol|lmao|], [coming for it|raiding it|blowing it up] [tonight|at reset|in 5][ 😈|]`,
      `[run|hide] all u want, [my radar|the map|the minimap|my pet] [shows|tells] me where u [are|hide][ 😈| lol|]`,
    ],
    lifeChatSoundalike: [
      `[my family is|we are|were] moving [in a few weeks|after summer|soon] [and|so] [i get|ill have] [my own room|a bigger room|a room with a window][ finally| lets go| 😭|]`,
      `[sorry|sry] [my|the] [cat|dog|little brother|hamster] [walked on|sat on|stepped on] [my|the] keyboard[ lol| 😭|]`,
      `[no gaming|im out|offline] [tonight|today|for the week], [exams tomorrow|math test tmrw|tons of homework|history essay due][ 😭| ugh| rip|]`,
      `[got my phone taken|phone got confiscated] by [my mom|my mum|my dad|my parents] [till|until] [friday|the weekend|my grades go up][, using my old ipad for now| lol| typing from my brothers pc|]`,
      `[in this app|here] [u can only|we can only|i can only] send [stickers|emojis|preset messages][ lol| which is kinda funny|, my parents set it up|]`,
      `[every|each] [friend request|new friend|download] needs [my moms|my parents|my dads] [ok|approval] [in this app|on my tablet|in the kids app][ lol| its annoying|]`,
      `[did|u do|got] the [homework|worksheet|essay] [for tomorrow|yet][?| i havent started 😭]`,
    ],
    longHarmlessPost: withTail('en', [
      `[📢 |🏆 |][tournament|cup|scrim night] [this|next] {weekday} at {time}[!|.] [sign up|register] [by|before] {weekday} [in this chat|below] with [ur|your] [in-game name|ign|username] and [team name|clan tag][, teams of {small}|]. [prizes|prize][:|] {amount} {currency} for 1st[ and {amount} for 2nd|]. [no personal info in sign ups pls, ign only|dont post ur real name, ign only|late teams get disqualified]. [good luck everyone|gl hf|see u there][!|]`,
      `[patch|update|hotfix] {decimal} [notes|is out][:|] [fixed the crash in the lobby|fixed a bug where pets vanished|fixed lag on the new map], [new skins cost|battle pass is] {price}, [double xp|the event] [starts|runs from] {weekday} {time} [till|to] {weekday}, [maintenance at|servers down at] {time} for about {small} hours. [thanks for playing|report bugs in the bug channel|gl out there]`,
      `[trading|selling|looking to trade][:|] {small}x {item}, {small}x {item}, {item}[ and {small} {item}|]. [want|looking for][:|] {item} [or|and] {item}[ or offers|]. [{amount} {currency} each|prices in {currency}|no lowballs][, trade in game only|. dont ask for my login lol|, no scams|]. [dm me here|reply in this thread|ping me in game][ if interested|]`,
      `[clan|team|squad] [schedule|training] [this week|for the week][:|] {weekday} {time} [aim training|scrims|ranked], {weekday} {time} [boss runs|map practice|customs], {weekday} [rest day|free day|vod review]. [everyone brings|bring] [{small} potions|full gear|repaired armor]. [if u cant come say it in clan chat|miss {small} practices and u sit on the bench|be on {small} min early][.|!]`,
      `[boss guide|quick guide for phase {small}|how to beat the {item} boss][:|] [stand behind the pillars|stay out of the red circles|dodge left when it roars], [at half hp it summons adds|phase 2 starts at {small}0% hp|it enrages after {small} min]. [tank grabs aggro|healers stay back|dps focus the crystals] [and|while] the rest [kite|stack on the tank|hit the legs]. [bring {small} potions|need lvl {level}+|takes about {small} min][.|]`,
      `[real talk|ngl|ok rant time][,|:] this [update|season|new event] is [so bad|a mess|terrible]. [everything costs {price} now|shop prices went up to {amount} {currency}|matchmaking puts lvl {small} against lvl {level}], [the new map is ugly|my favorite mode is gone|servers lag every night at {time}]. [ive played since {month}|i have {amount} hours in this] and [never seen it this bad|im about to quit|the devs just dont listen][ 😤|.|]`,
      `[📢 |][community event|building contest|fashion show|movie night] [this|on] {weekday} at {time} [in the main hub|in game|on the event island][!|.] [theme is|topic:] [castles|space|underwater|spooky]. [winners get|prize is] {amount} {currency}[ and a special role|]. [remember: no personal info in chat, no real names or numbers|keep it friendly and dont share personal stuff|keep the chat pg pls]. [see u all there|dont be late|have fun][!|]`,
      `[raid night|dungeon run|guild run][:|] we [begin|start] at {time}. [front line|tanks] [pull the first pack|grab aggro], [support|healers] [keep everyone up|stay behind the pillars], [ranged|archers] [burn the adds|focus the crystals]. [on a wipe|if we fail] we [regroup at the camp|run it back]. [{small} pots each|bring food buffs|full durability pls][.|]`,
    ]),
    scoreIdSoundalike: [
      `[just hit|got|finished with] {bigscore} [points|pts|coins|damage][ in one run| today| lets gooo|]`,
      `[player id|uid|game uid|my in-game id][:| is] {bignum}[ for the guild invite| if u need it for the event| for the clan list|]`,
      `[room|lobby|custom room] {code} [pw|pass|password] {pin}[ join| quick| come|]`,
      `[elo|mmr|sr|rating] [now|is at|finally] {score}[, was {score} last week| lets go|]`,
      `[scored|ended on|final score] {bigscore}[,|] [new record|pb|personal best][ 🎉|!|]`,
      `[world|map|realm] seed [is|:] {bignum}[, starts u by a desert temple|, puts u right beside an ocean monument| try it|]`,
      `[final|] [score|tally][:|] {score} [to|-] {score}[ gg| close one|]`,
      `[lmao|lol|bro] [my|the] [score|damage number|total xp] [looks like a phone number|is literally a phone number|could be someones number][:| lol|] {bigscore}`,
    ],
  },
};

export const ES: Families = {
  none: {
    safetyTalkData: [
      `[nunca|jamas|no] [le des|compartas|digas] [tu direccion|tu contraseña|tu numero|el nombre de tu escuela|tu apellido] a [nadie|desconocidos|gente del juego][ en internet| por dm|][ en serio| porfa|]`,
      `los [mods|admins|del staff] [reales |][nunca|jamas] te [van a pedir|piden] [la contraseña|tu login|el codigo del correo][, si lo hacen es estafa|]`,
      `mi [mama|papa|hermana mayor] [dice|siempre dice] que no [diga|ponga] [mi escuela|donde vivo|mi nombre real] en [internet|los juegos][ jaja| y tiene razon|]`,
      `mi [primo|hermano|amigo] le dio su [contraseña|cuenta] a un [random|falso middleman] y [lo hackearon|perdio todo][, no lo hagan|]`,
    ],
    scamWarningData: [
      `[ojo|cuidado|aviso][:|,] [quien|el que] te pida [la contraseña|el codigo|el otp|las cookies] es [estafador|un hacker][, bloqueen y reporten|]`,
      `no existe [el glitch de duplicar|robux gratis|el dupe de mascotas], [quien|el que] diga lo contrario quiere tu cuenta`,
      `[activen|pongan] la [verificacion en dos pasos|2fa][ gente| chicos|], a mi me salvo la cuenta`,
    ],
    groupRulesData: [
      `[reglas|normas][:|] [no spam|respeto], no [compartir|pasar] [numeros|direcciones|escuelas|nombres reales|fotos personales], [no publicidad|nada de ventas][, si no mute|]`,
      `[mod|bot|automod][:|] [mensaje borrado|borre un mensaje] [porque tenia|con] [un numero de telefono|una direccion|datos personales][, lean las reglas| no lo repitan|]`,
      `[bienvenidos|hola a todos]! [reglas rapidas|recordatorio]: 1) respeto 2) sin spam 3) [nada de datos personales, ni numeros ni direcciones|nadie pregunta donde vive nadie] 4) [cero drama|chat apto para todos][. aviso y luego kick|]`,
    ],
    appChatterNoSwap: [
      `[se cayo|no funciona|esta lento] {platform}[ o soy yo| para ustedes tambien| otra vez][?|??]`,
      `[la nueva actualizacion de|el update de] {platform} [es horrible|cambio todo|esta bien la verdad][ jaja|]`,
      `[borre|desinstale] {platform} [por los examenes|hace un mes][, se siente bien|]`,
      `[cuantas estafas|cuantos bots] hay en {platform} [ultimamente|hoy en dia][, no den clic a nada|]`,
    ],
    mapSpotMeetup: [
      `[nos vemos|te espero] [en la cascada|en el castillo|detras del molino|junto a la estatua del spawn] [del mapa|en el mapa nuevo][ despues de la ronda|]`,
      `ven a mi casa en [brookhaven|bloxburg|el rp], numero {rpnum} en la calle [dulce|rosa|de la playa][ jaja|]`,
      `[caigo|aterrizo] en [los muelles|la fabrica|la granja] y [tu|vos] [vas al norte|rotas al centro]`,
    ],
    baseJokeThreat: [
      `se donde vives... [en tu base|detras de la cascada|en el lobby][ 😈| jaja|]`,
      `[te hago pedazos|te humillo] en el [1v1|proximo round|rematch][ jaja| 😂|]`,
      `[encontre|vi] tu [base|cama|cofre], [la raideo|voy por ella] [esta noche|al reset][ 😈|]`,
    ],
    lifeChatSoundalike: [
      `nos [mudamos|cambiamos de casa] [el mes que viene|pronto] y voy a tener [mi propio cuarto|un cuarto mas grande][ por fin|]`,
      `perdon mi [gato|perro|hermanito] [piso|se sento en] el teclado[ jaja|]`,
      `mi [mama|papa] me [quito|quitó] el celu hasta el [viernes|finde][, estoy en la compu|]`,
      `no puedo jugar, [tengo examen mañana|tarea de mates|prueba de ciencias][ 😭|]`,
    ],
    longHarmlessPost: withTail('es', [
      `[📢 |][torneo|copa|scrim] el {weekday} a las {time}! [inscribanse|anotense] hasta el {weekday} con su [nick del juego|usuario] y [nombre del equipo|tag del clan], equipos de {small}. premio: {amount} {currency} al primero[ y {amount} al segundo|]. [solo nick, nada de datos personales|no pongan su nombre real, solo el nick|el que llegue tarde queda fuera]. [suerte a todos|nos vemos ahi]!`,
      `[parche|actualizacion] {decimal}: [arreglado el crash del lobby|arreglado el bug de las mascotas], [skins nuevas a|pase de batalla a] {price}, [doble xp|evento] del {weekday} a las {time} al {weekday}, mantenimiento a las {time} por {small} horas. [gracias por jugar|reporten bugs en el canal de bugs]`,
      `[honestamente|ok me quejo], esta [actualizacion|temporada] es [un desastre|malisima]. [todo cuesta {price}|la tienda subio a {amount} {currency}|emparejan nivel {small} con nivel {level}], [el mapa nuevo es feo|quitaron mi modo favorito]. juego desde {month} y [nunca vi algo asi|ya me voy a salir][ 😤|]`,
    ]),
    scoreIdSoundalike: [
      `[saque|hice|llegue a] {bigscore} [puntos|de daño|monedas][ en una partida| jaja|]`,
      `[sala|lobby] {code} [clave|contra|pw] {pin}[ entren| rapido|]`,
      `mi [id del juego|uid] es {bignum}[ para la invitacion del clan| para el evento|]`,
    ],
  },
};

export const PT: Families = {
  none: {
    safetyTalkData: [
      `[nunca|jamais|nao] [passa|fala|manda] [teu endereço|sua senha|seu numero|o nome da sua escola|seu sobrenome] pra [ninguem|estranhos|gente do jogo][ na net| no pv|][ serio| pfv|]`,
      `[mod|adm|staff] de verdade nunca pede [sua senha|seu login|o codigo do email][, se pedir é golpe|]`,
      `minha [mae|mãe|vó] [fala|sempre fala] pra eu nao [falar|postar] [minha escola|onde eu moro|meu nome real] na internet[ kkk| e ela ta certa|]`,
      `meu [irmao|primo|amigo] passou a [senha|conta] pra um [aleatorio|middleman falso] e [foi hackeado|perdeu tudo][, nao façam isso|]`,
    ],
    scamWarningData: [
      `[alerta|cuidado|aviso][:|,] quem pedir [sua senha|o codigo|o otp|os cookies] é [golpista|hacker][, bloqueia e denuncia|]`,
      `nao existe [glitch de dupe|robux gratis|dupe de pet], quem falar isso quer tua conta`,
      `[ativem|liguem] a [verificação em duas etapas|2fa][ galera|], salvou minha conta`,
    ],
    groupRulesData: [
      `[regras|regras do grupo][:|] [sem spam|respeito], proibido [passar|postar] [numero|endereço|escola|nome real|foto pessoal], [sem divulgação|sem venda][, senao mute|]`,
      `[adm|bot|automod][:|] [mensagem apagada|apaguei uma msg] [porque tinha|com] [numero de telefone|endereço|dados pessoais][, leiam as regras|]`,
      `[bem vindos|oi galera]! regras: 1) respeito 2) sem spam 3) [nada de dados pessoais, nem numero nem endereço|ninguem pergunta onde o outro mora] 4) [sem treta|chat livre pra todos][. aviso e depois ban|]`,
    ],
    appChatterNoSwap: [
      `o {platform} [caiu|ta lento|nao carrega] [de novo|pra vcs tambem|hoje][?|??]`,
      `[essa atualização do|o update novo do] {platform} [ta horrivel|mudou tudo|ficou bom ate][ kkk|]`,
      `[apaguei|desinstalei] o {platform} [pras provas|faz um mes][, ta otimo|]`,
      `{platform} ta lotado de [golpe|bot|sorteio falso] [ultimamente|agora][, nao cliquem em nada|]`,
    ],
    mapSpotMeetup: [
      `[encontra|espera] [na cachoeira|no castelo|atras do moinho|na fonte do spawn] [do mapa|no mapa novo][ depois da partida|]`,
      `vem na minha casa no [brookhaven|bloxburg|rp], numero {rpnum} na rua [rosa|doce|da praia][ kkk|]`,
      `[caio|pulo] [nas docas|na fabrica|na fazenda] e tu [vai pro norte|roda pro centro]`,
    ],
    baseJokeThreat: [
      `eu sei onde vc mora... [na sua base|atras da cachoeira|no lobby][ 😈| kkk|]`,
      `vou te [destruir|amassar] no [x1|proximo round|revanche][ kkkk| 😂|]`,
      `[achei|vi] tua [base|cama|bau], vou [raidar|explodir] [hoje a noite|no reset][ 😈|]`,
    ],
    lifeChatSoundalike: [
      `a gente vai [mudar de casa|se mudar] [mes que vem|logo] e vou ter [meu proprio quarto|um quarto maior][ finalmente|]`,
      `foi mal, meu [gato|cachorro|irmaozinho] [pisou|sentou] no teclado[ kkk|]`,
      `minha [mae|mãe] pegou meu celular ate [sexta|o fim de semana][, to no pc|]`,
      `nao posso jogar, [tenho prova amanha|dever de matematica|trabalho de ciencias][ 😭|]`,
    ],
    longHarmlessPost: withTail('pt', [
      `[📢 |][campeonato|torneio|x-treino] {weekday} às {time}! inscrição até {weekday} com [nick do jogo|usuario] e [nome do time|tag do clã], times de {small}. premio: {amount} {currency} pro primeiro[ e {amount} pro segundo|]. [so nick, nada de dado pessoal|nao coloquem nome real, só nick|quem atrasar perde por wo]. [boa sorte|nos vemos la]!`,
      `[patch|atualização] {decimal}: [corrigido o crash do lobby|corrigido bug dos pets], [skins novas por|passe por] {price}, [xp em dobro|evento] de {weekday} {time} até {weekday}, manutenção às {time} por {small} horas. [valeu por jogar|reportem bugs no canal]`,
      `[sinceramente|mano], essa [atualização|temporada] ta [um lixo|horrivel]. [tudo custa {price}|a loja subiu pra {amount} {currency}|colocam nivel {small} contra nivel {level}], [o mapa novo é feio|tiraram meu modo favorito]. jogo desde {month} e [nunca vi isso|vou parar][ 😤|]`,
    ]),
    scoreIdSoundalike: [
      `[fiz|cheguei em|tirei] {bigscore} [pontos|de dano|moedas][ numa partida| kkk|]`,
      `[sala|lobby] {code} [senha|pw] {pin}[ entra| rapido|]`,
      `meu [id do jogo|uid] é {bignum}[ pro convite do clã| pro evento|]`,
    ],
  },
};

export const FR: Families = {
  none: {
    safetyTalkData: [
      `[ne donne jamais|donne jamais|partage jamais] [ton adresse|ton mdp|ton numero|le nom de ton ecole|ton nom] a [personne|des gens que tu connais pas|des gens du jeu][ en ligne| en mp|][ serieux| stp|]`,
      `les vrais [modos|admins|staff] [ne demandent jamais|demandent jamais] [ton mot de passe|ton login|le code par mail][, sinon c une arnaque|]`,
      `ma [mere|daronne|grande soeur] [dit|dit toujours] de pas [dire|mettre] [mon ecole|ou j'habite|mon vrai nom] sur internet[ mdr| et elle a raison|]`,
      `mon [frere|cousin|pote] a donné son [mdp|compte] a un [random|faux middleman] et [il s'est fait pirater|il a tout perdu][, faites pas ca|]`,
    ],
    scamWarningData: [
      `[attention|alerte|rappel][:|,] ceux qui demandent [ton mdp|le code|le code sms|tes cookies] sont des [arnaqueurs|hackers][, bloquez et signalez|]`,
      `y a pas de [glitch de dupe|robux gratuits|dupe de pets], celui qui dit ca veut ton compte`,
      `[activez|mettez] la [double authentification|2fa][ les gars|], ca m'a sauvé le compte`,
    ],
    groupRulesData: [
      `[regles|reglement][:|] [pas de spam|respect], interdit de [partager|poster] [des numeros|des adresses|des ecoles|des vrais noms|des photos perso], [pas de pub|pas de vente][, sinon mute|]`,
      `[modo|bot|automod][:|] [message supprimé|j'ai supprimé un message] [qui contenait|avec] [un numero de tel|une adresse|des infos perso][, lisez les regles|]`,
      `[bienvenue|salut tout le monde]! regles: 1) respect 2) pas de spam 3) [aucune info perso, ni numero ni adresse|on demande pas ou les gens habitent] 4) [pas de drama|chat tous publics][. avertissement et ensuite kick|]`,
    ],
    appChatterNoSwap: [
      `{platform} [bug|rame|charge pas] [encore|chez vous aussi|aujourd'hui][?|??]`,
      `la [nouvelle maj|mise a jour] de {platform} [est nulle|a tout changé|est pas mal en vrai][ mdr|]`,
      `j'ai [supprimé|desinstallé] {platform} [pour les exams|depuis un mois][, ca fait du bien|]`,
      `[trop d'arnaques|trop de bots] sur {platform} [en ce moment|ces temps ci][, cliquez sur rien|]`,
    ],
    mapSpotMeetup: [
      `[rdv|on se retrouve] [a la cascade|au chateau|derriere le moulin|a la statue du spawn] [sur la map|dans la nouvelle map][ apres la partie|]`,
      `viens chez moi sur [brookhaven|bloxburg|le rp], numero {rpnum} rue [des bonbons|rose|de la plage][ mdr|]`,
      `je [drop|saute] [aux docks|a l'usine|a la ferme] et toi tu [prends le nord|vas au centre]`,
    ],
    baseJokeThreat: [
      `je sais ou t'habites... [dans ta base|derriere la cascade|dans le lobby][ 😈| mdr|]`,
      `je vais te [détruire|éclater] en [1v1|revanche|prochaine manche][ mdr| 😂|]`,
      `[j'ai trouvé|je vois] ta [base|ton lit|ton coffre], je la [raid|fais sauter] [ce soir|au reset][ 😈|]`,
    ],
    lifeChatSoundalike: [
      `on [déménage|change de maison] [le mois prochain|bientot] et j'aurai [ma propre chambre|une plus grande chambre][ enfin|]`,
      `dsl mon [chat|chien|petit frere] a [marché|s'est assis] sur le clavier[ mdr|]`,
      `ma [mere|mère] m'a confisqué mon tel jusqu'a [vendredi|ce week end][, je suis sur le pc|]`,
      `je peux pas jouer, [j'ai un contrôle demain|devoirs de maths|exam de sciences][ 😭|]`,
    ],
    longHarmlessPost: withTail('fr', [
      `[📢 |][tournoi|cup|scrim] {weekday} a {time}! inscriptions jusqu'a {weekday} avec votre [pseudo en jeu|pseudo] et [nom d'equipe|tag de clan], equipes de {small}. lot: {amount} {currency} pour le 1er[ et {amount} pour le 2e|]. [pseudo seulement, pas d'infos perso|mettez pas votre vrai nom|les retards sont éliminés]. [bonne chance|a plus]!`,
      `[patch|maj] {decimal}: [corrigé le crash du lobby|corrigé le bug des pets], [nouveaux skins a|passe a] {price}, [double xp|event] du {weekday} {time} au {weekday}, maintenance a {time} pendant {small} heures. [merci de jouer|signalez les bugs dans le salon bugs]`,
      `[franchement|ok coup de gueule], cette [maj|saison] est [nulle|catastrophique]. [tout coute {price}|la boutique est passée a {amount} {currency}|ils mettent niveau {small} contre niveau {level}], [la nouvelle map est moche|ils ont enlevé mon mode prefere]. je joue depuis {month} et [j'ai jamais vu ca|je vais arreter][ 😤|]`,
    ]),
    scoreIdSoundalike: [
      `[j'ai fait|j'ai mis|score de] {bigscore} [points|de degats|pieces][ en une partie| mdr|]`,
      `[salon|room|lobby] {code} [mdp|pw|code] {pin}[ venez| vite|]`,
      `mon [id en jeu|uid] c'est {bignum}[ pour l'invit de guilde| pour l'event|]`,
    ],
  },
};

export const DE: Families = {
  none: {
    safetyTalkData: [
      `[gib|sag|schick] [niemals|auf keinen fall] [deine adresse|dein passwort|deine nummer|deine schule|deinen nachnamen] an [fremde|leute aus dem spiel|irgendwen][ online| per dm|][ echt jetzt| bitte|]`,
      `echte [mods|admins|entwickler] fragen [nie|niemals] nach [deinem passwort|deinem login|dem code aus der mail][, das ist immer betrug|]`,
      `meine [mutter|mama|große schwester] sagt ich soll [meine schule|wo ich wohne|meinen echten namen] nicht [online|in spielen] sagen[ lol| und sie hat recht|]`,
      `mein [bruder|cousin|kumpel] hat sein [passwort|konto] einem [random|fake middleman] gegeben und [wurde gehackt|alles verloren][, macht das nicht|]`,
    ],
    scamWarningData: [
      `[achtung|warnung|psa][:|,] wer nach [deinem passwort|dem code|dem sms code|deinen cookies] fragt ist ein [betrüger|scammer|hacker][, blocken und melden|]`,
      `es gibt [keinen dupe glitch|keine gratis robux|keinen pet dupe], wer das sagt will dein konto`,
      `[macht|aktiviert] [2fa|die zwei faktor anmeldung][ leute|], hat mein konto gerettet`,
    ],
    groupRulesData: [
      `[regeln|gruppenregeln][:|] [kein spam|respekt], keine [nummern|adressen|schulen|echten namen|privaten fotos] [teilen|posten], [keine werbung|kein verkauf][, sonst mute|]`,
      `[mod|bot|automod][:|] [nachricht gelöscht|hab eine nachricht entfernt] [weil sie|die] [eine handynummer|eine adresse|persönliche daten] [enthielt|hatte][, lest die regeln|]`,
      `[willkommen|hey leute]! regeln: 1) respekt 2) nicht spammen 3) [private daten bleiben privat, also keine nummern oder adressen|niemand fragt wo wer wohnt] 4) [kein drama|jugendfrei bleiben][. erst verwarnung und beim zweiten mal kick|]`,
    ],
    appChatterNoSwap: [
      `ist {platform} [down|kaputt|so langsam] [bei euch auch|grad|schon wieder][?|??]`,
      `das [neue|letzte] {platform} update [ist mies|hat alles verschoben|ist eigentlich gut][ lol|]`,
      `hab {platform} [gelöscht|deinstalliert] [wegen der prüfungen|seit einem monat][, tut gut|]`,
      `[so viele|voll viele] [scams|bots|fake gewinnspiele] auf {platform} [grad|in letzter zeit][, klickt nix an|]`,
    ],
    mapSpotMeetup: [
      `[treffen|warte] [am wasserfall|an der burg|hinter der mühle|am brunnen im spawn] [auf der map|auf der neuen map][ nach der runde|]`,
      `komm zu meinem haus in [brookhaven|bloxburg|dem rp], nummer {rpnum} in der [zuckerstraße|rosa straße|strandstraße][ lol|]`,
      `ich [droppe|lande] [an den docks|in der fabrik|auf der farm] und du [nimmst den norden|gehst zur mitte]`,
    ],
    baseJokeThreat: [
      `ich weiß wo du wohnst... [in deiner base|hinterm wasserfall|in der lobby][ 😈| lol|]`,
      `ich [mach dich fertig|zerstör dich] im [1v1|rematch|nächsten match][ 😂| lol|]`,
      `[hab|seh] deine [base|dein bett|deine kiste] [gefunden|], [raid|spreng] sie [heute nacht|beim reset][ 😈|]`,
    ],
    lifeChatSoundalike: [
      `wir ziehen [nächsten monat|bald] um und ich krieg [mein eigenes zimmer|ein größeres zimmer][ endlich|]`,
      `sorry meine [katze|mein hund|mein kleiner bruder] ist über die tastatur [gelaufen|gekrabbelt][ lol|]`,
      `meine [mutter|mama] hat mir das handy bis [freitag|zum wochenende] weggenommen[, bin am pc|]`,
      `kann nicht zocken, [morgen klassenarbeit|mathe hausaufgaben|bio test][ 😭|]`,
    ],
    longHarmlessPost: withTail('de', [
      `[📢 |][turnier|cup|scrim] am {weekday} um {time}! anmeldung bis {weekday} mit [ingame namen|nick] und [teamnamen|clan tag], teams zu {small}. preis: {amount} {currency} für platz 1[ und {amount} für platz 2|]. [nur ingame namen, keine persönlichen daten|keine echten namen bitte|wer zu spät kommt fliegt raus]. [viel glück|bis dann]!`,
      `[patch|update] {decimal}: [absturz in der lobby behoben|pet bug behoben], [neue skins für|battle pass für] {price}, [doppel xp|event] von {weekday} {time} bis {weekday}, wartung um {time} für {small} stunden. [danke fürs spielen|bugs bitte im bug kanal melden]`,
      `[ehrlich|ok rant], dieses [update|season] ist [schrecklich|ein witz]. [alles kostet {price}|der shop will {amount} {currency}|matchmaking steckt level {small} gegen level {level}], [die neue map ist hässlich|mein lieblingsmodus ist weg]. ich spiel seit {month} und [hab sowas nie gesehen|hör bald auf][ 😤|]`,
    ]),
    scoreIdSoundalike: [
      `[hab|grad] {bigscore} [punkte|schaden|münzen] [geholt|gemacht][ in einer runde| lol|]`,
      `[raum|lobby|room] {code} [pw|passwort] {pin}[ kommt rein| schnell|]`,
      `meine [spieler id|uid] ist {bignum}[ für die gildeneinladung| fürs event|]`,
    ],
  },
};

export const IT: Families = {
  none: {
    safetyTalkData: [
      `non [dare|dire|mandare] [mai|] [il tuo indirizzo|la tua password|il tuo numero|la tua scuola|il tuo cognome] a [nessuno|sconosciuti|gente del gioco][ online| in dm|][ davvero| pls|]`,
      `i [mod|admin|staff] veri non chiedono [mai|] [la password|il login|il codice della mail][, se lo fanno è una truffa|]`,
      `mia [mamma|madre|sorella] dice di non [dire|scrivere] [la mia scuola|dove abito|il mio vero nome] online[ lol| e ha ragione|]`,
      `mio [fratello|cugino|amico] ha dato la [password|account] a un [random|finto middleman] e [l'hanno hackerato|ha perso tutto][, non fatelo|]`,
    ],
    scamWarningData: [
      `[attenzione|avviso][:|,] chi chiede [la password|il codice|l'otp|i cookie] è un [truffatore|hacker][, bloccate e segnalate|]`,
      `non esiste [il glitch per duplicare|robux gratis|il dupe dei pet], chi lo dice vuole il tuo account`,
      `[attivate|mettete] la [verifica in due passaggi|2fa][ ragazzi|], mi ha salvato l'account`,
    ],
    groupRulesData: [
      `[regole|regolamento][:|] [niente spam|rispetto], vietato [condividere|postare] [numeri|indirizzi|scuole|nomi veri|foto personali], [niente pubblicità|niente vendite][, sennò mute|]`,
      `[mod|bot|automod][:|] [messaggio rimosso|ho cancellato un messaggio] [perché aveva|con] [un numero di telefono|un indirizzo|dati personali][, leggete le regole|]`,
      `[benvenuti|ciao a tutti]! regole: 1) rispetto 2) niente spam 3) [niente dati personali, né numeri né indirizzi|nessuno chiede dove abita qualcuno] 4) [niente drama|chat per tutti][. prima avviso e poi kick|]`,
    ],
    appChatterNoSwap: [
      `{platform} [è down|non va|è lentissimo] [anche a voi|di nuovo|oggi][?|??]`,
      `il [nuovo|ultimo] aggiornamento di {platform} [fa schifo|ha cambiato tutto|è carino dai][ lol|]`,
      `ho [cancellato|disinstallato] {platform} [per gli esami|da un mese][, si sta benissimo|]`,
      `[troppe truffe|troppi bot] su {platform} [ultimamente|in questo periodo][, non cliccate niente|]`,
    ],
    mapSpotMeetup: [
      `[ci vediamo|aspettami] [alla cascata|al castello|dietro il mulino|alla statua dello spawn] [nella mappa|nella mappa nuova][ dopo il round|]`,
      `vieni a casa mia su [brookhaven|bloxburg|il rp], numero {rpnum} in via [dei dolci|rosa|della spiaggia][ lol|]`,
      `io [atterro|scendo] [ai moli|alla fabbrica|alla fattoria] e tu [vai a nord|ruoti al centro]`,
    ],
    baseJokeThreat: [
      `so dove abiti... [nella tua base|dietro la cascata|nella lobby][ 😈| ahah|]`,
      `ti [distruggo|asfalto] nel [1v1|rematch|prossimo round][ ahah| 😂|]`,
      `ho [trovato|visto] la tua [base|cassa|casa], la [raido|faccio saltare] [stanotte|al reset][ 😈|]`,
    ],
    lifeChatSoundalike: [
      `ci [trasferiamo|cambiamo casa] [il mese prossimo|presto] e avrò [la mia stanza|una stanza più grande][ finalmente|]`,
      `scusa il mio [gatto|cane|fratellino] è [salito|camminato] sulla tastiera[ lol|]`,
      `mia [mamma|madre] mi ha preso il telefono fino a [venerdì|weekend][, sono sul pc|]`,
      `non posso giocare, [verifica domani|compiti di mate|interrogazione di scienze][ 😭|]`,
    ],
    longHarmlessPost: withTail('it', [
      `[📢 |][torneo|coppa|scrim] {weekday} alle {time}! iscrizioni fino a {weekday} con [nome in gioco|nick] e [nome del team|tag del clan], squadre da {small}. premio: {amount} {currency} al primo[ e {amount} al secondo|]. [solo nick, niente dati personali|non scrivete il vostro vero nome|chi arriva tardi è fuori]. [buona fortuna|ci vediamo lì]!`,
      `[patch|aggiornamento] {decimal}: [risolto il crash della lobby|risolto il bug dei pet], [skin nuove a|pass a] {price}, [doppia xp|evento] da {weekday} {time} a {weekday}, manutenzione alle {time} per {small} ore. [grazie per giocare|segnalate i bug nel canale]`,
      `[sinceramente|ok sfogo], questo [aggiornamento|stagione] è [terribile|un disastro]. [tutto costa {price}|il negozio chiede {amount} {currency}|mettono livello {small} contro livello {level}], [la mappa nuova è brutta|hanno tolto la mia modalità preferita]. gioco da {month} e [non ho mai visto niente del genere|sto per smettere][ 😤|]`,
    ]),
    scoreIdSoundalike: [
      `[ho fatto|sono arrivato a] {bigscore} [punti|danni|monete][ in una partita| lol|]`,
      `[stanza|lobby] {code} [pw|password] {pin}[ entrate| veloci|]`,
      `il mio [id di gioco|uid] è {bignum}[ per l'invito del clan| per l'evento|]`,
    ],
  },
};

export const NL: Families = {
  none: {
    safetyTalkData: [
      `geef [nooit|echt nooit] [je adres|je wachtwoord|je nummer|je school|je achternaam] aan [vreemden|mensen uit de game|iemand][ online| in dm|][ echt| pls|]`,
      `echte [mods|admins|devs] vragen [nooit|never] naar [je wachtwoord|je login|de code uit je mail][, anders is het oplichting|]`,
      `mijn [moeder|ma|grote zus] zegt dat ik [mijn school|waar ik woon|mijn echte naam] niet online mag zeggen[ lol| en ze heeft gelijk|]`,
      `mijn [broer|neef|vriend] gaf zijn [wachtwoord|account] aan een [random|nep middleman] en [werd gehackt|is alles kwijt][, doe het niet|]`,
    ],
    scamWarningData: [
      `[let op|waarschuwing|psa][:|,] wie vraagt om [je wachtwoord|de code|de sms code|je cookies] is een [scammer|oplichter|hacker][, blokkeren en melden|]`,
      `er bestaat [geen dupe glitch|geen gratis robux|geen pet dupe], wie dat zegt wil je account`,
      `zet [2fa|tweestapsverificatie] aan[ mensen| jongens|], heeft mijn account gered`,
    ],
    groupRulesData: [
      `[regels|groepsregels][:|] [geen spam|respect], geen [nummers|adressen|scholen|echte namen|eigen fotos] [delen|posten], [geen reclame|niks verkopen][, anders mute|]`,
      `[mod|bot|automod][:|] [bericht verwijderd|heb een bericht weggehaald] [omdat er|want er stond] [een telefoonnummer|een adres|persoonlijke info] in [stond|][, lees de regels|]`,
      `[welkom|hoi allemaal]! regels: 1) respect 2) geen spam 3) [geen persoonlijke info, geen nummers of adressen|niemand vraagt waar iemand woont] 4) [geen drama|hou het netjes][. eerst waarschuwing en daarna kick|]`,
    ],
    appChatterNoSwap: [
      `is {platform} [down|kapot|zo traag] [bij jullie ook|nu|alweer][?|??]`,
      `de [nieuwe|laatste] {platform} update [is slecht|heeft alles verplaatst|is eigenlijk goed][ lol|]`,
      `ik heb {platform} [verwijderd|gedeletet] [voor de toetsen|al een maand][, voelt goed|]`,
      `[zoveel|echt veel] [scams|bots|nep winacties] op {platform} [nu|de laatste tijd][, klik nergens op|]`,
    ],
    mapSpotMeetup: [
      `[zie je|wacht op me] [bij de waterval|bij het kasteel|achter de molen|bij de fontein in spawn] [op de map|op de nieuwe map][ na deze ronde|]`,
      `kom naar mijn huis in [brookhaven|bloxburg|de rp], nummer {rpnum} in de [snoepstraat|roze straat|strandweg][ lol|]`,
      `ik [drop|land] [bij de haven|bij de fabriek|op de boerderij] en jij [pakt het noorden|gaat naar het midden]`,
    ],
    baseJokeThreat: [
      `ik weet waar je woont... [in je base|achter de waterval|in de lobby][ 😈| lol|]`,
      `ik [maak je kapot|sloop je] in de [1v1|rematch|volgende ronde][ 😂| lol|]`,
      `[heb|zie] je [base|bed|kist] [gevonden|], ik [raid|blaas] hem [vannacht|bij de reset][ 😈|]`,
    ],
    lifeChatSoundalike: [
      `we gaan [volgende maand|binnenkort] verhuizen en ik krijg [mijn eigen kamer|een grotere kamer][ eindelijk|]`,
      `sorry mijn [kat|hond|broertje] liep over het toetsenbord[ lol|]`,
      `mijn [moeder|ma] heeft mijn telefoon afgepakt tot [vrijdag|het weekend][, zit op de laptop|]`,
      `kan niet gamen, [morgen toets|huiswerk wiskunde|proefwerk bio][ 😭|]`,
    ],
    longHarmlessPost: withTail('nl', [
      `[📢 |][toernooi|cup|scrim] op {weekday} om {time}! inschrijven tot {weekday} met je [ingame naam|nick] en [teamnaam|clan tag], teams van {small}. prijs: {amount} {currency} voor de 1e[ en {amount} voor de 2e|]. [alleen ingame naam, geen persoonlijke info|geen echte namen pls|te laat is uitgeschakeld]. [succes|tot dan]!`,
      `[patch|update] {decimal}: [crash in de lobby gefixt|pet bug gefixt], [nieuwe skins voor|battle pass voor] {price}, [dubbel xp|event] van {weekday} {time} tot {weekday}, onderhoud om {time} voor {small} uur. [bedankt voor het spelen|meld bugs in het bug kanaal]`,
      `[eerlijk|ok rant], deze [update|season] is [vreselijk|een ramp]. [alles kost {price}|de shop wil {amount} {currency}|matchmaking zet level {small} tegen level {level}], [de nieuwe map is lelijk|mijn favoriete mode is weg]. ik speel sinds {month} en [heb dit nooit gezien|stop er bijna mee][ 😤|]`,
    ]),
    scoreIdSoundalike: [
      `[heb|net] {bigscore} [punten|schade|munten] [gehaald|gescoord][ in een potje| lol|]`,
      `[room|lobby|kamer] {code} [ww|pw|wachtwoord] {pin}[ kom erin| snel|]`,
      `mijn [speler id|uid] is {bignum}[ voor de clan invite| voor het event|]`,
    ],
  },
};

export const PL: Families = {
  none: {
    safetyTalkData: [
      `[nigdy|nie] [podawaj|mów|wysyłaj] [swojego adresu|hasła|numeru|nazwy szkoły|nazwiska] [nikomu|obcym|ludziom z gry][ w necie| na pw|][ serio| pls|]`,
      `prawdziwi [modzi|admini|devowie] nigdy nie proszą o [hasło|login|kod z maila][, jak proszą to scam|]`,
      `moja [mama|siostra] mówi żebym nie [pisał|mówił] [jaka szkoła|gdzie mieszkam|jak się naprawdę nazywam] w necie[ xd| i ma rację|]`,
      `mój [brat|kuzyn|kumpel] dał [hasło|konto] jakiemuś [randomowi|fałszywemu middlemanowi] i [go zhakowali|stracił wszystko][, nie róbcie tego|]`,
    ],
    scamWarningData: [
      `[uwaga|ostrzeżenie|psa][:|,] kto prosi o [hasło|kod|kod sms|cookies] to [scammer|oszust|haker][, blokujcie i zgłaszajcie|]`,
      `nie ma [glitcha na dupe|darmowych robux|dupe petów], kto tak mówi chce twoje konto`,
      `[włączcie|ustawcie] [2fa|weryfikację dwuetapową][ ludzie|], uratowało mi konto`,
    ],
    groupRulesData: [
      `[zasady|regulamin][:|] [bez spamu|szacunek], zakaz [udostępniania|wrzucania] [numerów|adresów|szkół|prawdziwych imion|swoich zdjęć], [bez reklam|bez sprzedawania][, inaczej mute|]`,
      `[mod|bot|automod][:|] [usunięto wiadomość|usunąłem wiadomość] [bo miała|z] [numer telefonu|adres|dane osobowe][, czytajcie zasady|]`,
      `[witajcie|hej wszyscy]! zasady: 1) szacunek 2) bez spamu 3) [żadnych danych osobowych, numerów ani adresów|nikt nie pyta gdzie kto mieszka] 4) [bez dram|kulturalnie][. najpierw ostrzeżenie a potem kick|]`,
    ],
    appChatterNoSwap: [
      `{platform} [nie działa|laguje|padł] [u was też|znowu|dzisiaj][?|??]`,
      `nowa aktualizacja {platform} [jest słaba|wszystko przestawiła|jest nawet spoko][ xd|]`,
      `[usunąłem|odinstalowałem] {platform} [na czas egzaminów|miesiąc temu][, jest lepiej|]`,
      `[pełno|masa] [scamów|botów|fejkowych giveawayów] na {platform} [ostatnio|teraz][, nic nie klikajcie|]`,
    ],
    mapSpotMeetup: [
      `[widzimy się|czekaj] [przy wodospadzie|przy zamku|za młynem|przy fontannie na spawnie] [na mapie|na nowej mapie][ po rundzie|]`,
      `wpadnij do mojego domu w [brookhaven|bloxburg|rp], numer {rpnum} na ulicy [cukierkowej|różowej|plażowej][ xd|]`,
      `ja [skaczę|ląduję] [na dokach|w fabryce|na farmie] a ty [bierzesz północ|idziesz na środek]`,
    ],
    baseJokeThreat: [
      `wiem gdzie mieszkasz... [w twojej bazie|za wodospadem|w lobby][ 😈| xd|]`,
      `[zmiażdżę|rozjadę] cię w [1v1|rewanżu|kolejnej rundzie][ xd| 😂|]`,
      `[znalazłem|widzę] twoją [bazę|skrzynię|chatkę], [raiduję|wysadzam] ją [dziś w nocy|po resecie][ 😈|]`,
    ],
    lifeChatSoundalike: [
      `[przeprowadzamy się|zmieniamy dom] [w przyszłym miesiącu|niedługo] i będę mieć [własny pokój|większy pokój][ w końcu|]`,
      `sorki mój [kot|pies|młodszy brat] [przeszedł po|usiadł na] klawiaturze[ xd|]`,
      `mama zabrała mi telefon do [piątku|weekendu][, siedzę na kompie|]`,
      `nie mogę grać, [jutro sprawdzian|zadanie z matmy|kartkówka z biologii][ 😭|]`,
    ],
    longHarmlessPost: withTail('pl', [
      `[📢 |][turniej|cup|scrim] w {weekday} o {time}! zapisy do {weekday}, podajcie [nick z gry|nick] i [nazwę drużyny|tag klanu], drużyny po {small}. nagroda: {amount} {currency} za 1 miejsce[ i {amount} za 2|]. [tylko nick, bez danych osobowych|nie piszcie prawdziwych imion|spóźnieni odpadają]. [powodzenia|do zobaczenia]!`,
      `[patch|aktualizacja] {decimal}: [naprawiono crash w lobby|naprawiono bug z petami], [nowe skiny za|karnet za] {price}, [podwójne xp|event] od {weekday} {time} do {weekday}, przerwa techniczna o {time} na {small} godziny. [dzięki za grę|bugi zgłaszajcie na kanale]`,
      `[szczerze|ok rant], ta [aktualizacja|sezon] jest [beznadziejna|tragiczna]. [wszystko kosztuje {price}|sklep chce {amount} {currency}|matchmaking daje lvl {small} na lvl {level}], [nowa mapa jest brzydka|usunęli mój ulubiony tryb]. gram od {month} i [nigdy tego nie widziałem|zaraz rzucam][ 😤|]`,
    ]),
    scoreIdSoundalike: [
      `[zrobiłem|wbiłem] {bigscore} [punktów|dmg|monet][ w jednej grze| xd|]`,
      `[pokój|lobby|room] {code} [hasło|pw] {pin}[ wbijajcie| szybko|]`,
      `moje [id w grze|uid] to {bignum}[ do zaproszenia do klanu| na event|]`,
    ],
  },
};

export const TR: Families = {
  none: {
    safetyTalkData: [
      `[adresini|şifreni|numaranı|okulunun adını|soyadını] [kimseye|yabancılara|oyundaki insanlara] [asla|sakın] [verme|söyleme|atma][ internette| dmden|][ cidden| lütfen|]`,
      `gerçek [modlar|adminler|yetkililer] [asla|hiçbir zaman] [şifreni|girişini|maildeki kodu] istemez[, isterse dolandırıcıdır|]`,
      `annem [okulumu|nerede oturduğumu|gerçek adımı] internette söylememi [istemiyor|yasakladı][ lol| haklı da|]`,
      `[abim|kuzenim|arkadaşım] [şifresini|hesabını] bir [rastgele adama|sahte aracıya] verdi ve [hacklendi|her şeyini kaybetti][, yapmayın|]`,
    ],
    scamWarningData: [
      `[dikkat|uyarı|psa][:|,] [şifreni|kodu|sms kodunu|çerezlerini] isteyen [dolandırıcıdır|hackerdır][, engelleyin ve şikayet edin|]`,
      `[dupe glitch|bedava robux|pet dupe] diye bir şey yok, öyle diyen hesabını istiyor`,
      `[2fa|iki adımlı doğrulama] açın[ millet| arkadaşlar|], hesabımı kurtardı`,
    ],
    groupRulesData: [
      `[kurallar|grup kuralları][:|] [spam yok|saygı], [numara|adres|okul|gerçek isim|kişisel foto] [paylaşmak|atmak] yasak, [reklam yok|satış yok][, yoksa mute|]`,
      `[mod|bot|automod][:|] [mesaj silindi|bir mesajı sildim] [çünkü içinde|] [telefon numarası|adres|kişisel bilgi] vardı[, kuralları okuyun|]`,
      `[hoş geldiniz|selam millet]! kurallar: 1) saygı 2) spam yok 3) [kişisel bilgi yok, numara ya da adres yok|kimse kimsenin nerede oturduğunu sormaz] 4) [drama yok|temiz sohbet][. önce uyarı sonra kick|]`,
    ],
    appChatterNoSwap: [
      `{platform} [çöktü mü|çalışmıyor mu|çok yavaş] [sizde de|yine|bugün][?|??]`,
      `yeni {platform} güncellemesi [berbat|her şeyi değiştirmiş|aslında iyi][ lol|]`,
      `{platform} [sildim|kaldırdım] [sınavlar için|bir aydır][, iyi geldi|]`,
      `{platform} [dolandırıcı|bot|sahte çekiliş] dolu [son zamanlarda|şu an][, hiçbir şeye tıklamayın|]`,
    ],
    mapSpotMeetup: [
      `[şelalenin yanında|kalenin önünde|değirmenin arkasında|spawndaki çeşmede] [buluşalım|bekle] [haritada|yeni haritada][ bu rounddan sonra|]`,
      `[brookhaven|bloxburg|rp]'deki evime gel, [şeker sokak|pembe cadde|sahil yolu] numara {rpnum}[ lol|]`,
      `ben [limana|fabrikaya|çiftliğe] [atlıyorum|iniyorum] sen [kuzeyi al|ortaya git]`,
    ],
    baseJokeThreat: [
      `nerede oturduğunu biliyorum... [üssünde|şelalenin arkasında|lobide][ 😈| lol|]`,
      `seni [1v1|rövanşta|sonraki roundda] [yok edicem|parçalıcam][ 😂| lol|]`,
      `[üssünü|sandığını|yatağını] [buldum|gördüm], [bu gece|resette] [raidliyorum|patlatıyorum][ 😈|]`,
    ],
    lifeChatSoundalike: [
      `[önümüzdeki ay|yakında] taşınıyoruz ve [kendi odam|daha büyük bir odam] olacak[ sonunda|]`,
      `pardon [kedim|köpeğim|küçük kardeşim] klavyeye [bastı|oturdu][ lol|]`,
      `annem telefonumu [cumaya|hafta sonuna] kadar aldı[, bilgisayardayım|]`,
      `oynayamam, [yarın sınav var|matematik ödevi|fen yazılısı][ 😭|]`,
    ],
    longHarmlessPost: withTail('tr', [
      `[📢 |][turnuva|cup|scrim] {weekday} saat {time}! kayıtlar {weekday} gününe kadar, [oyun içi adınızı|nickinizi] ve [takım adınızı|klan tagını] yazın, {small} kişilik takımlar. ödül: birinciye {amount} {currency}[, ikinciye {amount}|]. [sadece nick, kişisel bilgi yok|gerçek isim yazmayın|geç kalan elenir]. [bol şans|görüşürüz]!`,
      `[yama|güncelleme] {decimal}: [lobi çökmesi düzeltildi|pet hatası düzeltildi], [yeni skinler|battle pass] {price}, [çift xp|etkinlik] {weekday} {time} ile {weekday} arası, bakım saat {time} {small} saat sürecek. [oynadığınız için teşekkürler|hataları kanala yazın]`,
      `[açıkçası|tamam sitem ediyorum], bu [güncelleme|sezon] [berbat|felaket]. [her şey {price}|market {amount} {currency} istiyor|eşleşme seviye {small} ile seviye {level} eşliyor], [yeni harita çirkin|en sevdiğim mod gitti]. {month} ayından beri oynuyorum ve [böyle görmedim|bırakacağım][ 😤|]`,
    ]),
    scoreIdSoundalike: [
      `{bigscore} [puan|hasar|coin] [yaptım|kastım][ tek oyunda| lol|]`,
      `[oda|lobi|room] {code} [şifre|pw] {pin}[ girin| hızlı|]`,
      `[oyun idm|uid] {bignum}[ klan daveti için| etkinlik için|]`,
    ],
  },
};

export const ID: Families = {
  none: {
    safetyTalkData: [
      `jangan sekali kali [ngasih|ngasih tau|ngirim] [alamat|password|nomor hp|nama sekolah|nama lengkap] ke [siapapun|orang asing|orang di game][ di internet| lewat dm|][ serius| ya|]`,
      `[mod|admin|staff] asli [ga pernah|gak bakal] minta [password|akun|kode dari email][, kalo minta itu penipu|]`,
      `[mama|ibu|kakak] bilang jangan kasih tau [sekolahku|rumahku dimana|nama asliku] di internet[ wkwk| dan bener sih|]`,
      `[kakakku|sepupuku|temenku] kasih [password|akun] ke [orang random|middleman palsu] terus [kena hack|ilang semua][, jangan ditiru|]`,
    ],
    scamWarningData: [
      `[hati hati|awas|info][:|,] siapapun yang minta [password|kode otp|kode sms|cookie] udah pasti [penipu|hacker][, block dan report|]`,
      `ga ada [glitch dupe|robux gratis|dupe pet], yang bilang gitu mau akunmu`,
      `[nyalain|aktifin] [2fa|verifikasi 2 langkah][ guys|], akunku selamat gara gara itu`,
    ],
    groupRulesData: [
      `[aturan|peraturan grup][:|] [no spam|saling hormat], dilarang [share|kirim] [nomor hp|alamat|sekolah|nama asli|foto pribadi], [no promosi|no jualan][, kalo nggak mute|]`,
      `[admin|bot|automod][:|] [pesan dihapus|aku hapus satu pesan] [karena ada|yang isinya] [nomor hp|alamat|data pribadi][, baca aturan ya|]`,
      `[selamat datang|halo semua]! aturan: 1) sopan 2) no spam 3) [jangan share data pribadi, nomor atau alamat|jangan nanya rumah orang dimana] 4) [no drama|chat yang bersih][. peringatan dulu abis itu kick|]`,
    ],
    appChatterNoSwap: [
      `{platform} [down|error|lemot] [ya|lagi|di kalian juga][?|??]`,
      `update baru {platform} [jelek banget|ganti semua|lumayan sih][ wkwk|]`,
      `aku [hapus|uninstall] {platform} [buat ujian|udah sebulan][, enak banget|]`,
      `{platform} [banyak penipuan|banyak bot|banyak giveaway palsu] [sekarang|akhir akhir ini][, jangan klik apa apa|]`,
    ],
    mapSpotMeetup: [
      `[ketemu|tunggu] [di air terjun|di kastil|di belakang kincir|di air mancur spawn] [di map|di map baru][ abis ronde ini|]`,
      `main ke rumahku di [brookhaven|bloxburg|rp], nomor {rpnum} di jalan [permen|pink|pantai][ wkwk|]`,
      `aku [drop|turun] di [pelabuhan|pabrik|peternakan] kamu [ambil utara|ke tengah]`,
    ],
    baseJokeThreat: [
      `aku tau rumahmu... [di base kamu|di belakang air terjun|di lobby][ 😈| wkwk|]`,
      `[aku hajar|ku bantai] kamu di [1v1|rematch|ronde berikutnya][ wkwk| 😂|]`,
      `[nemu|liat] [base|peti|kasur] kamu, [aku raid|aku ledakin] [nanti malem|pas reset][ 😈|]`,
    ],
    lifeChatSoundalike: [
      `kita mau pindah rumah [bulan depan|sebentar lagi] dan aku dapet [kamar sendiri|kamar lebih gede][ akhirnya|]`,
      `maaf [kucingku|anjingku|adikku] [nginjek|dudukin] keyboard[ wkwk|]`,
      `hp ku disita mama sampe [jumat|weekend][, main di laptop|]`,
      `ga bisa main, [besok ujian|pr matematika|ulangan ipa][ 😭|]`,
    ],
    longHarmlessPost: withTail('id', [
      `[📢 |][turnamen|cup|scrim] hari {weekday} jam {time}! daftar sampe {weekday} pake [nick in-game|nickname] sama [nama tim|tag clan], tim isi {small} orang. hadiah: {amount} {currency} buat juara 1[ dan {amount} buat juara 2|]. [cukup nick, jangan data pribadi|jangan tulis nama asli|telat langsung gugur]. [semangat|sampai ketemu]!`,
      `[patch|update] {decimal}: [crash di lobby udah dibenerin|bug pet udah dibenerin], [skin baru|battle pass] harganya {price}, [double xp|event] dari {weekday} jam {time} sampe {weekday}, maintenance jam {time} selama {small} jam. [makasih udah main|lapor bug di channel bug]`,
      `[jujur|oke curhat], [update|season] ini [parah|jelek banget]. [semua harganya {price}|shop naik jadi {amount} {currency}|matchmaking level {small} lawan level {level}], [map barunya jelek|mode favoritku dihapus]. aku main dari {month} dan [belum pernah separah ini|mau berhenti aja][ 😤|]`,
    ]),
    scoreIdSoundalike: [
      `[dapet|tembus] {bigscore} [poin|damage|koin][ sekali main| wkwk|]`,
      `[room|lobby] {code} [pw|password] {pin}[ masuk| cepet|]`,
      `[id game|uid] aku {bignum}[ buat undangan clan| buat event|]`,
    ],
  },
};

export const TL: Families = {
  none: {
    safetyTalkData: [
      `wag mo [ibigay|sabihin|i-send] ang [address mo|password mo|number mo|school mo|apelyido mo] sa [kahit sino|mga stranger|mga tao sa game][ online| sa dm|][ promise| ha|]`,
      `ang totoong [mods|admin|staff] hindi hihingi ng [password mo|login mo|code sa email][, scam yun pag humingi|]`,
      `sabi ng [mama ko|nanay ko|ate ko] wag ko daw sabihin [school ko|kung saan ako nakatira|totoong pangalan ko] online[ haha| tama naman siya|]`,
      `yung [kuya ko|pinsan ko|tropa ko] binigay [password niya|account niya] sa [random|fake middleman] tapos [na-hack|nawala lahat][, wag niyo gawin|]`,
    ],
    scamWarningData: [
      `[ingat|babala|psa][:|,] yung humihingi ng [password|code|otp|cookies] ay [scammer|hacker][, block at report niyo|]`,
      `walang [dupe glitch|libreng robux|pet dupe], yung nagsasabi nun gusto lang account mo`,
      `i-on niyo [2fa|two factor][ guys|], naligtas account ko dahil dun`,
    ],
    groupRulesData: [
      `[rules|patakaran][:|] [bawal spam|respeto], bawal mag [share|post] ng [number|address|school|totoong pangalan|sariling pic], [bawal ads|bawal magbenta][, mute pag lumabag|]`,
      `[mod|bot|automod][:|] [binura ang message|binura ko yung msg] kasi may [phone number|address|personal info][, basahin ang rules|]`,
      `[welcome|hi guys]! rules: 1) respeto 2) bawal spam 3) [walang personal info, walang number o address|walang magtatanong kung saan nakatira] 4) [walang drama|pg lang][. babala muna bago kick|]`,
    ],
    appChatterNoSwap: [
      `[down ba|sira ba|ang bagal ng] {platform} [sa inyo rin|ngayon|ulit][?|??]`,
      `yung bagong update ng {platform} [ang pangit|iniba lahat|okay naman pala][ haha|]`,
      `[dinelete|inuninstall] ko {platform} [dahil sa exams|isang buwan na][, ang sarap sa feeling|]`,
      `ang daming [scam|bot|fake giveaway] sa {platform} [ngayon|lately][, wag kayo mag click|]`,
    ],
    mapSpotMeetup: [
      `[kita tayo|hintayin mo ko] [sa waterfall|sa castle|sa likod ng windmill|sa fountain sa spawn] [sa map|sa bagong map][ after ng round|]`,
      `tambay tayo sa bahay ko, [brookhaven|bloxburg|rp] number {rpnum} sa [candy street|pink street|beach road][ haha|]`,
      `[drop|baba] ako sa [docks|factory|farm] ikaw [sa north|sa gitna]`,
    ],
    baseJokeThreat: [
      `alam ko kung saan ka nakatira... [sa base mo|sa likod ng waterfall|sa lobby][ 😈| haha|]`,
      `[tatalunin|uubusin] kita sa [1v1|rematch|next round][ haha| 😂|]`,
      `[nakita ko|nahanap ko] [base mo|chest mo|kama mo], [ira-raid ko|papasabugin ko] [mamaya|pag reset][ 😈|]`,
    ],
    lifeChatSoundalike: [
      `lilipat na kami ng bahay [next month|soon] tapos magkaka [sariling kwarto|mas malaking kwarto] na ako[ sa wakas|]`,
      `sorry yung [pusa ko|aso ko|kapatid ko] [natapakan|inupuan] yung keyboard[ haha|]`,
      `kinuha ni mama phone ko hanggang [friday|weekend][, sa laptop ako ngayon|]`,
      `di ako makakalaro, [may exam bukas|assignment sa math|quiz sa science][ 😭|]`,
    ],
    longHarmlessPost: withTail('tl', [
      `[📢 |][tournament|cup|scrim] sa {weekday} ng {time}! sign up hanggang {weekday} gamit ang [ign niyo|username niyo] at [team name|clan tag], tig {small} bawat team. premyo: {amount} {currency} sa 1st[ at {amount} sa 2nd|]. [ign lang, walang personal info|wag ilagay totoong pangalan|late ay tanggal]. [goodluck sa lahat|kita kits]!`,
      `[patch|update] {decimal}: [ayos na yung crash sa lobby|ayos na yung bug sa pets], [bagong skins|battle pass] {price}, [double xp|event] mula {weekday} {time} hanggang {weekday}, maintenance ng {time} mga {small} oras. [salamat sa paglalaro|i-report ang bugs sa channel]`,
      `[totoo lang|rant lang], ang [pangit|sama] ng [update|season] na to. [lahat {price} na|ang shop {amount} {currency} na|level {small} laban sa level {level} sa matchmaking], [pangit yung bagong map|tinanggal yung fave mode ko]. naglalaro ako since {month} at [ngayon lang ganito|titigil na ako][ 😤|]`,
    ]),
    scoreIdSoundalike: [
      `[naka|umabot ako ng] {bigscore} [points|damage|coins][ sa isang game| haha|]`,
      `[room|lobby] {code} [pw|password] {pin}[ pasok na| bilis|]`,
      `yung [game id ko|uid ko] ay {bignum}[ para sa clan invite| para sa event|]`,
    ],
  },
};

export const HI: Families = {
  none: {
    safetyTalkData: [
      `kabhi bhi [apna address|apna password|apna number|school ka naam|surname] [kisi ko|strangers ko|game walo ko] mat [dena|batana|bhejna][ online| dm me|][ yaar| seriously|]`,
      `asli [mods|admin|staff] kabhi [password|login|email wala code] nahi maangte[, maange to scam hai|]`,
      `meri [mummy|mom|didi] kehti hai [school ka naam|ghar kahan hai|real naam] online mat batao[ lol| sahi bolti hai|]`,
      `mere [bhai|cousin|dost] ne apna [password|account] ek [random|fake middleman] ko de diya aur [hack ho gaya|sab chala gaya][, mat karna yaar|]`,
    ],
    scamWarningData: [
      `[dhyan do|alert|psa][:|,] jo [password|otp|sms code|cookies] maange wo [scammer hai|hacker hai][, block aur report karo|]`,
      `koi [dupe glitch|free robux|pet dupe] nahi hota bhai, jo bole wo tera account chahta hai`,
      `[2fa|two step verification] on karo [yaar|guys], mera account bach gaya usse`,
    ],
    groupRulesData: [
      `[rules|group rules][:|] [no spam|respect karo], [number|address|school|real naam|apni photo] share karna mana hai, [no ads|no selling][, warna mute|]`,
      `[mod|bot|automod][:|] [message delete kiya|ek msg hata diya] kyunki usme [phone number|address|personal info] tha[, rules padho|]`,
      `[welcome|hello sab]! rules: 1) respect 2) no spam 3) [koi personal info nahi, na number na address|koi kisi se ghar ka pata nahi puchega] 4) [no drama|saaf baat][. pehle warning uske baad kick|]`,
    ],
    appChatterNoSwap: [
      `{platform} [down hai kya|chal nahi raha|bahut slow hai] [tumhara bhi|aaj|phir se][?|??]`,
      `{platform} ka naya update [bakwas hai|sab badal diya|accha hai yaar][ lol|]`,
      `maine {platform} [delete kar diya|uninstall kar diya] [exams ke liye|ek mahine se][, mast lag raha|]`,
      `{platform} pe [kitne scam|kitne bots|fake giveaways] hai [aajkal|abhi][, kuch click mat karna|]`,
    ],
    mapSpotMeetup: [
      `[milte hai|wait karna] [waterfall pe|castle ke paas|windmill ke peeche|spawn wale fountain pe] [map me|naye map me][ round ke baad|]`,
      `mere ghar aa [brookhaven|bloxburg|rp] me, number {rpnum} [candy street|pink street|beach road] pe[ lol|]`,
      `main [docks|factory|farm] pe [drop|land] karunga tu [north le|center ja]`,
    ],
    baseJokeThreat: [
      `mujhe pata hai tu kahan rehta hai... [teri base me|waterfall ke peeche|lobby me][ 😈| lol|]`,
      `tujhe [1v1|rematch|next round] me [dho dunga|khatam kar dunga][ 😂| lol|]`,
      `teri [base|chest|bed] [mil gayi|dikh gayi], [aaj raat|reset pe] [raid karunga|uda dunga][ 😈|]`,
    ],
    lifeChatSoundalike: [
      `hum [agle mahine|jaldi] ghar shift kar rahe hai aur mujhe [apna room|bada room] milega[ finally|]`,
      `sorry mera [billi|kutta|chhota bhai] keyboard pe [chal gaya|baith gaya][ lol|]`,
      `mummy ne mera phone [rakh liya|chheen liya] [friday|weekend] tak[, laptop pe hu|]`,
      `aaj nahi khel sakta, [kal exam hai|maths ka homework|science test][ 😭|]`,
    ],
    longHarmlessPost: withTail('hi', [
      `[📢 |][tournament|cup|scrim] {weekday} ko {time} baje! sign up {weekday} tak, apna [ign|in-game naam] aur [team name|clan tag] daalo, {small} ki team. prize: 1st ko {amount} {currency}[ aur 2nd ko {amount}|]. [sirf ign, personal info nahi|real naam mat likhna|late aaye to bahar]. [all the best|milte hai]!`,
      `[patch|update] {decimal}: [lobby crash fix|pet wala bug fix], [naye skins|battle pass] {price} ka, [double xp|event] {weekday} {time} se {weekday} tak, maintenance {time} baje {small} ghante. [khelne ke liye thanks|bugs channel me report karo]`,
      `[sach bolu|ok rant], ye [update|season] [bakwas hai|bahut bura hai]. [sab kuch {price} ka|shop me {amount} {currency}|level {small} ko level {level} ke saath daalte hai], [naya map ganda hai|mera fav mode hata diya]. {month} se khelta aa raha hu, [aisa kabhi nahi dekha|ab chhod dunga][ 😤|]`,
    ]),
    scoreIdSoundalike: [
      `{bigscore} [points|damage|coins] [aaye|bana diye][ ek game me| lol|]`,
      `[room|lobby] {code} [pw|password] {pin}[ aajao| jaldi|]`,
      `mera [game id|uid] {bignum} hai[ clan invite ke liye| event ke liye|]`,
    ],
  },
};

export const RU: Families = {
  none: {
    safetyTalkData: [
      `никогда не [давай|говори|кидай] [свой адрес|пароль|номер|название школы|фамилию] [никому|незнакомым|людям из игры][ в интернете| в лс|][ серьёзно|]`,
      `настоящие [модеры|админы|разрабы] никогда не просят [пароль|логин|код из почты][, если просят это скам|]`,
      `мама говорит не писать [мою школу|где я живу|своё настоящее имя] в интернете[ лол| и она права|]`,
      `мой [брат|кузен|друг] отдал [пароль|аккаунт] какому то [рандому|фейковому гаранту] и [его взломали|всё потерял][, не делайте так|]`,
      `nikogda ne [davai|pishi] [svoi adres|parol|nomer] [nikomu|neznakomym][ v igre|]`,
    ],
    scamWarningData: [
      `[внимание|осторожно|psa][:|,] кто просит [пароль|код|смс код|куки] тот [мошенник|скамер|хакер][, блок и репорт|]`,
      `нет никакого [дюп глитча|бесплатных робаксов|дюпа петов], кто так говорит хочет твой аккаунт`,
      `[включите|поставьте] [2fa|двухфакторку][ ребят|], мне это аккаунт спасло`,
    ],
    groupRulesData: [
      `[правила|правила группы][:|] [без спама|уважение], нельзя [кидать|выкладывать] [номера|адреса|школы|настоящие имена|свои фото], [без рекламы|без продаж][, иначе мут|]`,
      `[модер|бот|automod][:|] [сообщение удалено|удалил сообщение] [потому что там был|с] [номер телефона|адрес|личные данные][, читайте правила|]`,
      `[добро пожаловать|всем привет]! правила: 1) уважение 2) без спама 3) [никаких личных данных, ни номеров ни адресов|никто не спрашивает кто где живёт] 4) [без срачей|всё прилично][. сначала варн а потом кик|]`,
    ],
    appChatterNoSwap: [
      `{platform} [лежит|не грузит|тормозит] [у вас тоже|опять|сегодня][?|??]`,
      `новое обновление {platform} [ужасное|всё поменяло|вообще норм][ лол|]`,
      `[удалил|снёс] {platform} [на время экзаменов|месяц назад][, кайф|]`,
      `в {platform} [столько скама|столько ботов|фейковые розыгрыши] [сейчас|последнее время][, ничего не нажимайте|]`,
      `{platform} [opyat lagaet|ne gruzit] [u vas tozhe|segodnya][?|]`,
    ],
    mapSpotMeetup: [
      `[встречаемся|жди меня] [у водопада|у замка|за мельницей|у статуи на спавне] [на карте|на новой карте][ после раунда|]`,
      `заходи ко мне в доме в [brookhaven|bloxburg|рп], номер {rpnum} на [конфетной улице|розовой улице|пляжной][ лол|]`,
      `я [прыгаю|падаю] [в доки|на завод|на ферму] а ты [бери север|иди в центр]`,
    ],
    baseJokeThreat: [
      `я знаю где ты живёшь... [в твоей базе|за водопадом|в лобби][ 😈| лол|]`,
      `[разнесу|порву] тебя в [1v1|реванше|следующей катке][ 😂| лол|]`,
      `[нашёл|вижу] твою [базу|кровать|сундук], [рейжу|взрываю] [сегодня ночью|на ресете][ 😈|]`,
    ],
    lifeChatSoundalike: [
      `мы [переезжаем|меняем квартиру] [в следующем месяце|скоро] и у меня будет [своя комната|комната побольше][ наконец|]`,
      `сорри мой [кот|пёс|младший брат] [прошёлся по|сел на] клаву[ лол|]`,
      `мама забрала телефон до [пятницы|выходных][, сижу с ноута|]`,
      `не могу играть, [завтра контрольная|домашка по матеше|тест по биологии][ 😭|]`,
    ],
    longHarmlessPost: withTail('ru', [
      `[📢 |][турнир|кап|скрим] в {weekday} в {time}! запись до {weekday}, пишите [ник в игре|ник] и [название команды|тег клана], команды по {small}. приз: {amount} {currency} за 1 место[ и {amount} за 2|]. [только ник, без личных данных|настоящие имена не пишите|опоздавшие вылетают]. [всем удачи|до встречи]!`,
      `[патч|обнова] {decimal}: [пофиксили краш в лобби|пофиксили баг с петами], [новые скины за|батл пасс за] {price}, [двойной опыт|ивент] с {weekday} {time} до {weekday}, техработы в {time} на {small} часа. [спасибо что играете|баги пишите в канал]`,
      `[честно|ладно поною], эта [обнова|сезон] [ужас|полный провал]. [всё стоит {price}|в магазине {amount} {currency}|матчмейкинг ставит {small} лвл против {level} лвл], [новая карта страшная|убрали мой любимый режим]. играю с {month} и [такого не видел|скоро брошу][ 😤|]`,
    ]),
    scoreIdSoundalike: [
      `[набил|сделал] {bigscore} [очков|урона|монет][ за одну катку| лол|]`,
      `[комната|лобби|рума] {code} [пароль|пасс] {pin}[ заходите| быстро|]`,
      `мой [игровой id|uid] {bignum}[ для приглашения в клан| для ивента|]`,
    ],
  },
};

export const JA: Families = {
  none: {
    safetyTalkData: [
      `[住所|パスワード|電話番号|学校の名前|本名]は[誰にも|知らない人に|ゲームの人に][教えちゃだめ|言わないで|送らないで][だよ|ね|]`,
      `本物の[運営|管理人|モデレーター]は[パスワード|ログイン情報|メールのコード]を[絶対|]聞かない[、聞いてきたら詐欺|よ|]`,
      `[お母さん|ママ|姉]に[学校|住んでる場所|本名]はネットで言うなって言われてる[ｗ|、正しいけど|]`,
      `[兄|いとこ|友達]が[パスワード|アカウント]を[知らない人|偽の仲介]に渡して[乗っ取られた|全部なくした][、マネしないで|]`,
    ],
    scamWarningData: [
      `[注意|警告|お知らせ][:|、][パスワード|認証コード|SMSのコード|クッキー]を聞いてくる人は[詐欺|ハッカー]です[、ブロックして通報して|]`,
      `[増殖バグ|無料ロバックス|ペット増殖]なんてないよ、そう言う人はアカウント狙ってる`,
      `[二段階認証|2FA]はオンにしよう[、アカウント守れたよ|]`,
    ],
    groupRulesData: [
      `[ルール|グループのルール][:|：][荒らし禁止|仲良く]、[電話番号|住所|学校|本名|自分の写真]の[共有|投稿]は禁止、[宣伝禁止|売買禁止][、破ったらミュート|]`,
      `[運営|bot|automod][:|：][メッセージを削除しました|メッセ消しました]、[電話番号|住所|個人情報]が入っていたため[。ルールを読んでね|]`,
      `[ようこそ|みんなこんにちは]！ルール: 1) 仲良く 2) 荒らし禁止 3) [個人情報は書かない、番号も住所もだめ|どこに住んでるか聞かない] 4) [ケンカしない|健全に][。まず警告、次はキック|]`,
    ],
    appChatterNoSwap: [
      `{platform}[落ちてる|重い|開かない]？[みんなも|また|今日]`,
      `{platform}の新しいアプデ[ひどい|全部変わった|意外といい][ｗ|]`,
      `{platform}[消した|アンインストールした][、テスト期間だから|、一ヶ月前に][、快適|]`,
      `最近{platform}[詐欺多すぎ|botだらけ|偽プレゼント企画ばっか][、何も押さないで|]`,
    ],
    mapSpotMeetup: [
      `マップの[滝|城の前|風車の裏|スポーンの噴水]で[集合|待ってて][、このラウンド終わったら|]`,
      `[ブルックヘブン|ブロックスバーグ|RP]の私の家きて、[キャンディ通り|ピンク通り|海沿い]の{rpnum}番[ｗ|]`,
      `[港|工場|農場]に[降りる|降下]から[北お願い|真ん中行って]`,
    ],
    baseJokeThreat: [
      `お前の住んでるとこ知ってるぞ…[拠点の中|滝の裏|ロビー][ｗ|😈|]`,
      `[タイマン|次のラウンド|リベンジ]で[ボコボコにする|倒す][ｗ|😂|]`,
      `[拠点|ベッド|チェスト]見つけた、[今夜|リセットで][襲撃する|爆破する][😈|]`,
    ],
    lifeChatSoundalike: [
      `[来月|もうすぐ]引っ越しで[自分の部屋|もっと広い部屋]もらえる[！|やっと|]`,
      `ごめん[猫|犬|弟]がキーボード[踏んだ|の上に座った][ｗ|]`,
      `[母|お母さん]にスマホ[金曜|週末]まで取られた[、今PC|]`,
      `今日無理、[明日テスト|数学の宿題|理科の小テスト][😭|]`,
    ],
    longHarmlessPost: withTail('ja', [
      `【お知らせ】{weekday}の{time}から[大会|ギルド戦|スクリム]やります！参加する人は{weekday}までに[ゲーム内の名前|プレイヤー名]と[チーム名|クランタグ]を書いてね、{small}人チーム。賞品は1位に{amount}{currency}[、2位に{amount}|]。[名前はゲーム内のだけ、個人情報は書かないで|本名は書かないでね|遅刻は失格です]。[みんながんばろう|よろしく]！`,
      `[アップデート|パッチ]{decimal}：[ロビーのクラッシュ修正|ペットのバグ修正]、[新スキン|バトルパス]は{price}、[経験値2倍|イベント]は{weekday}{time}から{weekday}まで、メンテは{time}から約{small}時間。[遊んでくれてありがとう|バグは報告チャンネルへ]`,
      `[正直|ちょっと愚痴]、今回の[アプデ|シーズン][ひどすぎ|最悪]。[全部{price}|ショップが{amount}{currency}|レベル{small}とレベル{level}がマッチする]し、[新マップ微妙|好きなモード消された]。{month}からやってるけど[こんなの初めて|もうやめるかも][😤|]`,
    ]),
    scoreIdSoundalike: [
      `{bigscore}[点|ダメージ|コイン][出た|取れた][ｗ|！|]`,
      `[ルーム|部屋]{code} [パス|パスワード]{pin}[ 入って|、早く|]`,
      `[ゲームID|UID]は{bignum}[、ギルド招待用|、イベント用|]`,
    ],
  },
};

export const AR: Families = {
  none: {
    safetyTalkData: [
      `[اياك|لا] [تعطي|تقول|ترسل] [عنوانك|الباسورد|رقمك|اسم مدرستك|اسمك الكامل] [لأي شخص|للغرباء|لناس اللعبة][ ابدا| بالخاص|]`,
      `[المشرفين|الادمن|الإدارة] الحقيقيين ما يطلبون [كلمة السر|الباسورد|كود الايميل][، اذا طلبوا فهو نصب|]`,
      `امي تقول لا اقول [مدرستي|وين ساكن|اسمي الحقيقي] بالنت[ هههه| ومعها حق|]`,
      `[اخوي|ولد عمي|صاحبي] عطى [الباسورد|حسابه] لواحد [عشوائي|وسيط مزيف] و[انهكر|راح كل شي][، لا تسوونها|]`,
      `[matgol|mat3ti] [el password|3nwanak|ra8mak] la 7ad[ abadan|]`,
    ],
    scamWarningData: [
      `[تنبيه|انتبهوا|تحذير][:|،] اللي يطلب [الباسورد|الكود|كود الرسالة|الكوكيز] [نصاب|هكر][، بلوك وريبورت|]`,
      `ما فيه [قلتش تكرار|روبكس مجاني|تكرار حيوانات]، اللي يقول كذا يبي حسابك`,
      `[فعلوا|شغلوا] [التحقق بخطوتين|2fa][ يا جماعة|]، انقذ حسابي`,
    ],
    groupRulesData: [
      `[القوانين|قوانين القروب][:|] [ممنوع السبام|احترام]، ممنوع [نشر|ارسال] [الارقام|العناوين|المدارس|الاسماء الحقيقية|الصور الشخصية]، [ممنوع الاعلانات|ممنوع البيع][، والا ميوت|]`,
      `[مشرف|بوت|automod][:|] [تم حذف رسالة|حذفت رسالة] لأنها فيها [رقم جوال|عنوان|معلومات شخصية][، اقروا القوانين|]`,
      `[اهلا فيكم|هلا بالجميع]! القوانين: ١) احترام ٢) بدون سبام ٣) [لا معلومات شخصية لا رقم ولا عنوان|محد يسأل احد وين ساكن] ٤) [بدون مشاكل|كلام نظيف][. تحذير وبعدها طرد|]`,
    ],
    appChatterNoSwap: [
      `{platform} [واقف|ما يشتغل|ثقيل] [عندكم بعد|مرة ثانية|اليوم][؟|؟؟]`,
      `التحديث الجديد حق {platform} [سيء|غير كل شي|حلو صراحة][ ههه|]`,
      `[حذفت|مسحت] {platform} [عشان الاختبارات|من شهر][، مرتاح|]`,
      `{platform} [مليان نصب|مليان بوتات|مليان سحوبات وهمية] [هالايام|الحين][، لا تضغطون شي|]`,
      `{platform} [wagef|ma yshtaghel] [3ndkom|elyom][?|]`,
    ],
    mapSpotMeetup: [
      `[نتقابل|انتظرني] [عند الشلال|عند القلعة|ورا الطاحونة|عند النافورة في السباون] [في الماب|في الماب الجديد][ بعد الجولة|]`,
      `تعال بيتي في [بروكهافن|بلوكسبيرغ|الرول بلاي]، رقم {rpnum} [بشارع الحلوى|بالشارع الوردي|على البحر][ ههه|]`,
      `انا [بنزل|بقفز] [عند الميناء|بالمصنع|بالمزرعة] وانت [خذ الشمال|روح النص]`,
    ],
    baseJokeThreat: [
      `اعرف وين ساكن... [في قاعدتك|ورا الشلال|في اللوبي][ 😈| ههه|]`,
      `[بدمرك|بسحقك] في [الون في ون|الجولة الجاية|الريماتش][ ههه| 😂|]`,
      `[لقيت|شفت] [قاعدتك|صندوقك|سريرك]، [بهجم عليه|بفجره] [الليلة|مع الريست][ 😈|]`,
    ],
    lifeChatSoundalike: [
      `بننتقل [الشهر الجاي|قريب] لبيت ثاني وبيصير عندي [غرفة لحالي|غرفة اكبر][ اخيرا|]`,
      `سوري [قطوتي|كلبي|اخوي الصغير] [مشى|جلس] على الكيبورد[ ههه|]`,
      `امي اخذت جوالي لين [الجمعة|الويكند][، انا على اللابتوب|]`,
      `ما اقدر العب، [عندي اختبار بكرة|واجب رياضيات|كويز علوم][ 😭|]`,
    ],
    longHarmlessPost: withTail('ar', [
      `[📢 |][بطولة|كاس|سكريم] يوم {weekday} الساعة {time}! التسجيل لين {weekday}، اكتبوا [اسمكم في اللعبة|النك نيم] و[اسم الفريق|تاق الكلان]، فرق من {small}. الجائزة {amount} {currency} للاول[ و{amount} للثاني|]. [النك بس، بدون معلومات شخصية|لا تكتبون اسماءكم الحقيقية|اللي يتأخر يطلع]. [بالتوفيق|نشوفكم هناك]!`,
      `[تحديث|باتش] {decimal}: [تم اصلاح كراش اللوبي|تم اصلاح مشكلة الحيوانات]، [السكنات الجديدة|الباتل باس] بـ {price}، [دبل اكس بي|الفعالية] من {weekday} {time} الى {weekday}، صيانة الساعة {time} لمدة {small} ساعات. [شكرا للعب|بلغوا عن المشاكل في قناة البقات]`,
      `[صراحة|خلوني افضفض]، هالـ[تحديث|سيزون] [سيء|كارثة]. [كل شي بـ {price}|المتجر يبي {amount} {currency}|يحطون لفل {small} ضد لفل {level}]، [الماب الجديد شين|شالوا الطور المفضل عندي]. العب من {month} و[عمري ما شفت كذا|بوقف اللعب][ 😤|]`,
    ]),
    scoreIdSoundalike: [
      `[جبت|سويت] {bigscore} [نقطة|ضرر|كوينز][ في قيم وحدة| ههه|]`,
      `[روم|لوبي] {code} [باس|الرمز] {pin}[ ادخلوا| بسرعة|]`,
      `[الاي دي حقي|ايدي اللعبة] {bignum}[ لدعوة الكلان| للفعالية|]`,
    ],
  },
};

export const KO: Families = {
  none: {
    safetyTalkData: [
      `[주소|비번|전화번호|학교 이름|실명] [아무한테도|모르는 사람한테|게임 사람들한테] [절대|] [알려주지 마|말하지 마|보내지 마][ 진짜| 제발|]`,
      `진짜 [운영자|관리자|스태프]는 [비번|로그인 정보|메일 인증코드] 절대 안 물어봄[, 물어보면 사기임|]`,
      `엄마가 [학교|사는 곳|실명] 인터넷에 말하지 말래[ ㅋㅋ| 맞는 말이긴 함|]`,
      `[형|사촌|친구]가 [비번|계정]을 [모르는 사람|가짜 중개인]한테 줬다가 [해킹당함|다 털림][, 하지 마셈|]`,
    ],
    scamWarningData: [
      `[주의|경고|공지][:|] [비번|인증번호|문자 코드|쿠키] 달라는 사람은 [사기꾼|해커]임[, 차단하고 신고하세요|]`,
      `[복사 버그|무료 로벅스|펫 복사] 같은 거 없음, 그런 말 하는 사람은 계정 노리는 거`,
      `[2단계 인증|2fa] 켜세요[ 여러분|], 덕분에 계정 살았음`,
    ],
    groupRulesData: [
      `[규칙|방 규칙][:|] [도배 금지|서로 존중], [전화번호|주소|학교|실명|본인 사진] [공유|올리기] 금지, [홍보 금지|거래 금지][, 어기면 뮤트|]`,
      `[관리자|봇|automod][:|] [메시지 삭제함|메시지 하나 지웠어요] [전화번호|주소|개인정보]가 있어서[, 규칙 읽어주세요|]`,
      `[환영해요|다들 안녕]! 규칙: 1) 존중 2) 도배 금지 3) [개인정보 금지, 번호나 주소 안 돼요|어디 사는지 묻지 않기] 4) [싸움 금지|건전하게][. 경고 후 강퇴|]`,
    ],
    appChatterNoSwap: [
      `{platform} [터졌어|안 돼|엄청 느려] [너네도|또|오늘][?|??]`,
      `{platform} 새 업데이트 [별로다|다 바뀜|생각보다 괜찮음][ ㅋㅋ|]`,
      `{platform} [지웠어|삭제함] [시험 때문에|한 달 전에][, 편하다|]`,
      `요즘 {platform}에 [사기|봇|가짜 이벤트] 너무 많음[, 아무것도 누르지 마|]`,
    ],
    mapSpotMeetup: [
      `맵에 있는 [폭포|성 앞|풍차 뒤|스폰 분수]에서 [모여|기다려][ 이번 판 끝나고|]`,
      `[브룩헤이븐|블록스버그|롤플] 우리 집 와, [사탕 거리|핑크 거리|해변 도로] {rpnum}번[ ㅋㅋ|]`,
      `나 [항구|공장|농장]에 [내릴게|떨어질게] 너는 [북쪽|가운데]`,
    ],
    baseJokeThreat: [
      `너 어디 사는지 안다... [니 기지에|폭포 뒤에|로비에][ 😈| ㅋㅋ|]`,
      `[1대1|다음 판|재경기]에서 [박살낸다|털어버린다][ ㅋㅋ| 😂|]`,
      `니 [기지|침대|상자] [찾았다|봤다], [오늘 밤|리셋 때] [습격함|터뜨림][ 😈|]`,
    ],
    lifeChatSoundalike: [
      `[다음 달에|곧] 이사 가는데 [내 방|더 큰 방] 생김[ 드디어|]`,
      `미안 [고양이가|강아지가|동생이] 키보드 [밟았어|위에 앉았어][ ㅋㅋ|]`,
      `엄마가 [금요일|주말]까지 폰 뺏어감[, 지금 컴퓨터임|]`,
      `오늘 못 해, [내일 시험|수학 숙제|과학 쪽지시험][ ㅠㅠ|]`,
    ],
    longHarmlessPost: withTail('ko', [
      `[📢 |][대회|컵|스크림] {weekday} {time}에 합니다! {weekday}까지 [게임 닉네임|닉]이랑 [팀 이름|클랜 태그] 적어주세요, {small}인 팀. 상품은 1등 {amount} {currency}[, 2등 {amount}|]. [닉네임만, 개인정보 금지|실명 쓰지 마세요|지각하면 탈락]. [다들 화이팅|그때 봐요]!`,
      `[패치|업데이트] {decimal}: [로비 튕김 수정|펫 버그 수정], [새 스킨|배틀패스] {price}, [경험치 2배|이벤트] {weekday} {time}부터 {weekday}까지, 점검 {time}부터 약 {small}시간. [플레이 감사합니다|버그는 버그 채널에]`,
      `[솔직히|하소연 좀], 이번 [업데이트|시즌] [최악임|너무 별로]. [전부 {price}|상점이 {amount} {currency}|레벨 {small}이랑 레벨 {level}을 붙여줌], [새 맵 못생김|제일 좋아하던 모드 없어짐]. {month}부터 했는데 [이런 적 처음|접을까 봄][ 😤|]`,
    ]),
    scoreIdSoundalike: [
      `{bigscore}[점|딜|코인] [나옴|찍음][ 한 판에| ㅋㅋ|]`,
      `[방|방번호] {code} [비번|pw] {pin}[ 들어와| 빨리|]`,
      `내 [게임 아이디|uid] {bignum}[ 클랜 초대용| 이벤트용|]`,
    ],
  },
};

export const VI: Families = {
  none: {
    safetyTalkData: [
      `[dung|dung bao gio] [tiet lo|de lo|gui] [dia chi|mat khau|sdt|ten truong|ho ten] cho [bat ky ai|nguoi la|nguoi trong game][ tren mang| qua tin nhan|][ nha| that do|]`,
      `[mod|admin|nhân viên] that khong bao gio hoi [mat khau|tai khoan|ma trong email][, hoi la lua dao do|]`,
      `me t bao khong duoc noi [truong minh|nha o dau|ten that] tren mang[ haha| cung dung|]`,
      `[anh t|em ho t|ban t] giao [mat khau|acc] cho [nguoi la|trung gian gia] roi [bi hack|mat het][, dung lam theo nha|]`,
      `đừng bao giờ cho ai [mật khẩu|địa chỉ|số điện thoại] của bạn nha`,
    ],
    scamWarningData: [
      `[canh bao|chu y|luu y][:|,] ai hoi [mat khau|ma otp|ma sms|cookie] la [lua dao|hacker][, block va report|]`,
      `khong co [bug nhan ban|robux free|nhan pet] dau, ai noi vay la muon lay acc`,
      `bat [xac minh 2 buoc|2fa] di [ae|moi nguoi], nho vay ma acc t con`,
    ],
    groupRulesData: [
      `[luat|luat nhom][:|] [khong spam|ton trong nhau], cam [chia se|dang] [sdt|dia chi|truong|ten that|anh ca nhan], [khong quang cao|khong mua ban][, vi pham la mute|]`,
      `[admin|bot|automod][:|] [da xoa tin nhan|t xoa 1 tin] vi co [sdt|dia chi|thong tin ca nhan][, doc luat di|]`,
      `[chao mung|hello moi nguoi]! luat: 1) ton trong 2) khong spam 3) [khong thong tin ca nhan, khong sdt hay dia chi|khong ai hoi nha ai o dau] 4) [khong drama|noi chuyen lich su][. canh cao truoc roi kick|]`,
    ],
    appChatterNoSwap: [
      `{platform} [sap|loi|lag] [a|roi|nua] [may ban cung vay k|hom nay][?|??]`,
      `ban cap nhat moi cua {platform} [te qua|doi het|cung on][ haha|]`,
      `t [xoa|go] {platform} [de on thi|1 thang roi][, thay thoai mai|]`,
      `{platform} dao nay [toan lua dao|nhieu bot|toan giveaway gia][, dung bam gi het|]`,
      `{platform} bị lỗi rồi, [mọi người cũng vậy không|không vào được]`,
    ],
    mapSpotMeetup: [
      `[gap nhau|doi t] o [thac nuoc|lau dai|sau coi xay gio|dai phun nuoc o spawn] [tren map|map moi][ sau van nay|]`,
      `qua nha t o [brookhaven|bloxburg|rp] choi, so {rpnum} [duong keo|duong hong|duong bien][ haha|]`,
      `t [nhay|dap] o [cang|nha may|nong trai] con m [lay phia bac|vao giua]`,
    ],
    baseJokeThreat: [
      `t biet nha m o dau... [trong base m|sau thac nuoc|o sanh cho][ 😈| haha|]`,
      `t [huy diet|hanh] m [1v1|tran sau|van phuc thu][ haha| 😂|]`,
      `t [thay|tim ra] [base|ruong|giuong] cua m roi, [toi nay|luc reset] t [raid|cho no] luon[ 😈|]`,
    ],
    lifeChatSoundalike: [
      `nha t [thang sau|sap] chuyen nha, t duoc [phong rieng|phong to hon][ cuoi cung|]`,
      `xin loi [meo|cho|em t] [dam|ngoi] len ban phim[ haha|]`,
      `me t thu dien thoai toi [thu 6|cuoi tuan][, dang choi tren laptop|]`,
      `hom nay k choi duoc, [mai thi|bai tap toan|kiem tra sinh][ 😭|]`,
      `mình chuyển nhà rồi, [phòng mới rộng lắm|có phòng riêng luôn]`,
    ],
    longHarmlessPost: withTail('vi', [
      `[📢 |][giai dau|cup|scrim] {weekday} luc {time}! dang ky toi {weekday}, ghi [ten in-game|nick] va [ten doi|tag clan], doi {small} nguoi. giai thuong {amount} {currency} cho top 1[ va {amount} cho top 2|]. [chi ghi nick, khong thong tin ca nhan|dung ghi ten that|tre la bi loai]. [chuc may man|hen gap lai]!`,
      `[ban cap nhat|patch] {decimal}: [sua loi crash sanh cho|sua bug pet], [skin moi|battle pass] gia {price}, [x2 kinh nghiem|su kien] tu {weekday} {time} den {weekday}, bao tri luc {time} khoang {small} tieng. [cam on ae da choi|bao loi o kenh bug]`,
      `[noi that|xa chut], [ban cap nhat|mua] nay [te qua|that vong]. [cai gi cung {price}|shop len {amount} {currency}|ghep level {small} voi level {level}], [map moi xau|bo mat che do t thich]. t choi tu {month} ma [chua thay vay bao gio|chac nghi luon][ 😤|]`,
    ]),
    scoreIdSoundalike: [
      `[duoc|dat] {bigscore} [diem|sat thuong|xu][ trong 1 van| haha|]`,
      `[phong|room] {code} [mk|pass] {pin}[ vao di| nhanh|]`,
      `[id game|uid] cua t la {bignum}[ de moi vao clan| cho su kien|]`,
    ],
  },
};

/**
 * Relative draw weight of each intent above (absent: 1). All are `none`, which gets half of the
 * draws; together they add about 8 to that label's weight, so no older family is crowded out.
 */
export const WEIGHTS: Readonly<Record<string, number>> = {
  safetyTalkData: 1,
  scamWarningData: 0.8,
  groupRulesData: 0.8,
  appChatterNoSwap: 1.2,
  mapSpotMeetup: 0.9,
  baseJokeThreat: 0.6,
  lifeChatSoundalike: 1,
  longHarmlessPost: 1.2,
  scoreIdSoundalike: 0.8,
};
