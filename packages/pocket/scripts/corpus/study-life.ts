/**
 * Study life (round 11): what the model of round 10 still missed on study-chat, as families
 * (written by helpers who never opened the set, from a brief that described its misses and quoted
 * some phrasings close to them: the set became training data, see STUDY-CHAT.md): school and study chat — homework servers, study groups, exam prep, class group chats,
 * school clubs and tutoring — where school words are everywhere and mostly harmless. On the `none`
 * side, the hard negatives that cost false alarms: an age with a school year or grade and no school
 * or town (`ageAndGradeAlone`); timetables, exams, rooms and dates with no school named
 * (`schoolScheduleTalk`); worksheet and exercise numbers, maths with digits (some with 555 or 0142),
 * class codes in a study app and textbook PINs (`studyNumbers`); asking for help with a subject, an
 * essay, a formula, a study app or a study group inside the app (`studyHelpAsk`); notes that a
 * teacher or a mod said not to post addresses, phones, schools or photos, naming the data and giving
 * none (`teacherSafetyNotice`); long harmless posts about revision days, project weeks, mock exams
 * and surveys (`studyRambleLong`); and a country with its school system (`countryAndSystem`). On the
 * `asking` side: proposing to meet in person to study (`studyMeetAsk`), asking for a classmate's
 * handle or number (`classmateHandleAsk`) and asking for someone's school-portal login
 * (`schoolLoginAsk`). On the `giving` side: a club, study session or match at a named real place with
 * a day and time (`clubAtPlace`), one's own or a sibling's named school (`siblingSchool`), a photo of
 * oneself (`photoOfMe`), a gaming-platform or social handle for a club night (`clubHandleGive`) and
 * another student's full name with a class or a street (`classmateNamed`).
 *
 * All seventeen languages.
 *
 * Draw weights (`WEIGHTS`): 7.8 in all, giving 1.5, asking 1.1, none 5.2.
 */
import type { Families } from './families.js';

export const EN: Families = {
  none: {
    ageAndGradeAlone: [
      `[im|i'm|am] [14|15|16|17] [btw|lol|fyi|] so [im|i'm] in [year|yr] [9|10|11|12|13][ rn| now|]`,
      `[15|16|17] [years old|yo|y/o], [sophomore|junior|senior|freshman] [this year|rn|][ 😭| lol|]`,
      `[im|i'm] in [8th|9th|10th|11th|12th] grade [and|,] [im|i'm] {age}[ if that matters| btw|]`,
      `{age} and [in year|doing year] [10|11|12] [gcses|a levels|finals] [are killing me|next year|soon][ 💀|]`,
      `[same|me too] [lol|fr], [{age}|15|16] and [in|doing] [grade|year] [10|11][, the worst year|, its so much work|]`,
      `[how old r u|what year r u in]? [im|i'm] [{age}|16|17], [junior|year 12|11th grade][ lol|]`,
      `[turning|gonna be] [16|17|18] [next month|in may|soon] and [still|only] in [year 11|10th grade|junior year][ lol|]`,
      `[i'm|im] [a senior|in my last year], [17|18] [lol|btw], [college apps|uni apps] [next|now][ 😩|]`,
    ],
    schoolScheduleTalk: [
      `[tomorrow|monday|on friday] we have [philosophy|chem|maths|bio|history] [8 to 10|first period|1st and 2nd period|after lunch][ ugh| 😴|]`,
      `is there school tomorrow or [is it a holiday|is it a bank holiday|is it an inset day]?`,
      `the [final|chem|maths|english] exam [starts|is] on [may 14|june 3|the 21st|monday] right?`,
      `robotics is in [lab 3|room 12|the science lab|the computer room] after school[ today| on thursday|]`,
      `which room is the [french|maths|bio] [retake|resit|makeup test] in? [1.07|2.14|b12|room 4]?`,
      `[we|i] [got|have] [a free period|2 frees|double free] [after lunch|3rd period|on wednesday][ lets go| 🙌|]`,
      `[reminder|dont forget]: [the essay|lab report|project] is due [friday|next monday|by 11:59pm] [on the class portal|in the app|]`,
      `[report cards|midterm grades|results] come out [next week|on the 12th|after break][ im scared| 😬|]`,
      `[spring|winter|half term] break [starts|is from] [the 20th|april 3|next friday] [right|?|][ i need it|]`,
      `[pe|gym] got [moved|cancelled|swapped] to [period 5|thursday|after lunch] [lol|bc of the exam|]`,
    ],
    studyNumbers: [
      `worksheet [5550|555|0142|142] is the one with [triangles|fractions|the graphs|vectors][, page 2|]`,
      `exercise [5.55|4.12|0.142|3.14], is the answer [142|55.5|-14|0.42]?`,
      `[5x + 55 = 0142|3x - 555 = 142|2x + 14 = 0555] solve for x[ pls| help|]`,
      `the class code in the [app|study app|class app] is [555-014|A5X-0142|5550 142], [from the teacher|mr said so|join with it][ for homework|]`,
      `the binary of [142|55|255] is [10001110|110111|11111111][ right?| i think|]`,
      `[in the textbook|in the cs book|the example] the [pin|password] is [1234|0000|5555] [lol|to show why its bad|as an example]`,
      `[q|question|problem] [5|14|55] on page [142|555|214] [makes no sense|is impossible|has a typo][ lol|]`,
      `[got|scored] [55|142|88]/[60|150|100] on the [test|mock|quiz][ not bad| 😭| ok]`,
      `[555|0142|1420] [divided by|times|plus] [5|7|12] [is|=] what? [my calc died|calculator broke|][ lol|]`,
    ],
    studyHelpAsk: [
      `can [u|someone|anyone] check my thesis statement[ pls| before i submit|]`,
      `what app do [u|yall|you guys] use for [flashcards|revision|notes][?| lol]`,
      `can someone explain how to write an [argumentative|persuasive|analytical] essay[ pls| im lost|]`,
      `lets make a study group [here|in the app|in this server][ for the exam| for chem|]`,
      `[does anyone|who] [get|understand] [the quadratic formula|photosynthesis|the mole concept|past perfect][? pls help|?|]`,
      `[is there|anyone have] a [good|free] [youtube channel|website|quizlet set] for [a level bio|calc|spanish vocab]?`,
      `[can|could] [someone|u] [proofread|read over|look at] my [intro|conclusion|paragraph 2][? its short|?|]`,
      `[anyone|who] [wanna|want to] [quiz each other|do flashcards|review] [in the voice channel|here|on the app] [tonight|later|]?`,
      `how [do u|do you|tf do u] [cite|reference] [a website|a book|a video] in [mla|apa|harvard][?|]`,
    ],
    teacherSafetyNotice: [
      `[miss|sir|our teacher|mrs k] said [dont|do not|no one should] post [ur|your] [address|home address|phone number|school name|pics] in the class [chat|group][ guys|]`,
      `[mod|admin] here: no [phone numbers|addresses|school names|selfies] in the [homework|study] server pls[, it gets deleted|]`,
      `[reminder|pls remember] [from|by] the teacher: keep [names|numbers|photos] out of the [group chat|class chat][ ok|]`,
      `[teacher|sir] [told us|warned us] [not to|to never] share [our|ur] [school|address|number] [with people|online|in the app][ lol|]`,
      `[the mods|our tutor] [deleted|removed] a [msg|post] with [a phone number|someone's address|a photo] [so|] dont post that stuff[ here|]`,
      `[class rules|pinned]: no [real names|phone numbers|addresses|photos of people], [only|just] homework[ pls|]`,
      `[our teacher|the school counsellor] [said|reminded us] [u shouldnt|never] [tell strangers|post] where [u go to school|u live][ online|]`,
    ],
    studyRambleLong: [
      `[ok so|update:|lol] [today|this saturday] was [full revision day|a revision marathon]: [woke up at 7|started at 8], did [2|3] past papers for [maths|chem], [got 62%|scored 71] on the first [one|paper] and [74|80] on the second, then [took a break|went for a walk] [at 1|around 2] and [did flashcards|made notes] for bio until [6|7]. [tomorrow|next] its [history|english] and [hopefully|maybe] [less crying|more sleep][ 😭| lol|] [also|oh and|btw] [i drank like 4 coffees|my cat sat on my notes twice|my playlist ran out at hour 3] and [i still have 2 chapters left|the group chat kept distracting me|i forgot to eat lunch], [anyone else feel like this before exams?|how do u guys stay focused?|pray for me fr]`,
      `[project week|group project] update: [our group|we] [finally|] [picked|decided on] [renewable energy|plastic in oceans|the history of video games], [3|4] of us [are doing|did] the [slides|research] and i [do|have|am doing] the [survey|poster]. [deadline|presentation] is [friday|the 14th] at [9|10:30] and we still need [12|20] more [slides|sources|answers]. [kinda stressed|lowkey panicking] [but|tbh] [its fun|we got this][ lol|] [also|oh and|btw] [i drank like 4 coffees|my cat sat on my notes twice|my playlist ran out at hour 3] and [i still have 2 chapters left|the group chat kept distracting me|i forgot to eat lunch], [anyone else feel like this before exams?|how do u guys stay focused?|pray for me fr]`,
      `[mock exams|mocks] [are over|done]!! [week|days] [one|1] was [maths and physics|english and bio], [week 2|then] [chem|history] and [spanish oral|french listening]. [i|im] [think|pretty sure] i [failed|messed up] [paper 2|the essay] [but|and] [got|passed] [the others|everything else]. results [on the 20th|in 2 weeks|next month]. [now|rn] [im|i'm] gonna [sleep for 12 hours|play games all weekend][ lol|] [also|oh and|btw] [i drank like 4 coffees|my cat sat on my notes twice|my playlist ran out at hour 3] and [i still have 2 chapters left|the group chat kept distracting me|i forgot to eat lunch], [anyone else feel like this before exams?|how do u guys stay focused?|pray for me fr]`,
      `[hi all|hey guys], [im|i'm] doing a [survey|short questionnaire] for [my stats coursework|a psychology project|my epq]: [how many hours|how long] do [u|you] study [per day|a week] and [do u|do you] use [music|apps|timers]? [its anonymous|no names needed], [takes 2 mins|only 5 questions], [just|pls] [reply here|answer in this chat][. thank u so much|, ty!!|] [also|oh and|btw] [i drank like 4 coffees|my cat sat on my notes twice|my playlist ran out at hour 3] and [i still have 2 chapters left|the group chat kept distracting me|i forgot to eat lunch], [anyone else feel like this before exams?|how do u guys stay focused?|pray for me fr]`,
      `[my|our] [study schedule|revision plan] for [the week|exams]: [mon|monday] maths [4 to 6|after school], [tue|tuesday] [bio|chem] flashcards, [wed|wednesday] [past paper|practice test] [timed|1h30], [thu|thursday] [english essay|history notes], [fri|friday] [rest|off] and [sat|saturday] [full mock|everything again]. [i|im gonna] [use|try] [pomodoro|25 min blocks] [this time|too][. wish me luck|. lets see if it works|] [also|oh and|btw] [i drank like 4 coffees|my cat sat on my notes twice|my playlist ran out at hour 3] and [i still have 2 chapters left|the group chat kept distracting me|i forgot to eat lunch], [anyone else feel like this before exams?|how do u guys stay focused?|pray for me fr]`,
      `[literally|honestly] [spent|wasted] [3|4] hours on [one|a single] [calc|physics] question [today|last night], [turns out|and then] [i|we] [wrote|copied] [the sign wrong|a 5 instead of a 6] in [step 2|the first line] 💀 [got|then got] [142|55.5|the right answer] [in 5 mins|right away]. [anyway|so yeah] [chapter 7|unit 4] [is next|is done] and the test is [monday|thursday] at [8:30|period 1] [also|oh and|btw] [i drank like 4 coffees|my cat sat on my notes twice|my playlist ran out at hour 3] and [i still have 2 chapters left|the group chat kept distracting me|i forgot to eat lunch], [anyone else feel like this before exams?|how do u guys stay focused?|pray for me fr]`,
    ],
    countryAndSystem: [
      `im from [jordan|palestine], we call it [tawjihi|the tawjihi][ lol|]`,
      `i live in belgium, here it's not vwo but [aso|tso][ btw|]`,
      `[in|here in] [germany|austria] [we|u] do [abitur|the abi] [not|instead of] a levels`,
      `[im|i'm] from [india|pakistan], [its|we have] [boards|board exams|cbse] [in 10th and 12th|every year][ 😩|]`,
      `[in|here in] [the us|america] [its|we say] [junior year|11th grade], [not|instead of] year 12`,
      `[im in|i live in] [france|the uk|spain], [we|here we] have [the bac|gcses|selectividad] [instead|at the end][ lol|]`,
      `[wait|oh] [ur|you're] from [korea|japan|china]? [is|isnt] [the csat|suneung|gaokao] [super|crazy] hard[?|]`,
      `{country} [uses|has] [a different|a 1 to 20|a 1 to 10] [grading system|grade scale] [lol|tho|btw]`,
    ],
  },
  asking: {
    studyMeetAsk: [
      `study together at the [library|city library|public library] [on saturday|after school|tomorrow]?`,
      `meet after [coaching|tutoring|class] and [revise|study|do the homework]?`,
      `[wanna|want to|u down to] [meet up|meet] [at a cafe|at starbucks|at the library] to [study|revise|do the project] [this weekend|on sunday|later]?`,
      `[can we|should we] [do|finish] the [group project|poster|slides] [irl|in person|at someones house] [on friday|tomorrow]?`,
      `[anyone|who] [near|close to] [the library|town|the mall] [wanna|want to] [study together|revise] [irl|in person][?|]`,
      `[wanna|u wanna] [come over|meet] [after school|after tutoring] [and|to] [study|do maths] [together|]?`,
      `where [do u|r u gonna] [study|revise] [after school|this weekend]? [could|can] [i|we] [join|meet u there]?`,
    ],
    classmateHandleAsk: [
      `can someone send me [lucy's|jake's|{first}'s] [insta|snap|number][ pls|?]`,
      `[anyone|does anyone] [have|got] {first}'s [snap|number|discord|whatsapp]? [need|i need] [the notes|to ask about the project]`,
      `whats [the|ur] [snap|insta|number] [so|and] i can [send u|add u to] the [notes|group chat|project chat]?`,
      `[is|r] [u|you] on [whatsapp|discord|insta]? [gonna|wanna] make a [class|study] group [there|on it]`,
      `[can u|pls] [dm|send] me [the new girl's|ur friend's|the teacher's] [number|snap|insta][?| lol]`,
      `[whats|what is] [ur|your] [number|snap|discord] [for the project|for the group chat][?|]`,
      `[does|do] [anyone|u] [have|know] the [class whatsapp|group chat] [link|number]? [add me|pls][?|]`,
    ],
    schoolLoginAsk: [
      `[give me|send me|whats] ur [school portal|student portal|class app] [login|password] [and|so] [ill|i'll|i can] check [ur grades|ur marks] for u`,
      `[tell me|what's] ur [student id|portal] [and password|and pin] [ill|i will] look at [ur|your] [report card|results] [lol|rn|]`,
      `[can u|pls] [send|text] me ur [google classroom|school email|portal] password? [i|ill] [submit|upload] [ur|the] homework for u`,
      `[whats|what is] ur [school login|student login]? [i|ill] [see|check] if [ur|the] [grades|mocks] [are out|came out]`,
      `[if u|just] [send|give] me ur [login|username and password] [ill|i can] [fix|change] ur [attendance|grades] [lol|trust]`,
      `[lemme|let me] [log in|sign in] as u on the [portal|class app] to [check|see] [ur marks|the results][, whats the pass?|. password?]`,
    ],
  },
  giving: {
    clubAtPlace: [
      `[chess|robotics|debate|book] club [is|meets] at {venue} [on saturday|saturday|on thursday|every friday] at {time}[, come|!|]`,
      `study session [this sunday|on {day}] at {venue}[, second floor|, upstairs|] at {time}[ bring ur notes|]`,
      `[our|the] [match|game|tournament] is [at|in] {venue} [on {day}|{day}] [at {time}|{time}][ come watch| see u there|]`,
      `[we|the group] [meet|study] at the [cafe|starbucks] [by|next to] [{street} station|the metro on {street}] [every {day}|{day}] [at {time}|after school]`,
      `[revision|maths] [group|session] at the [community centre|library] on {street} [{day}|on {day}] at {time}[, room 2|, second floor|]`,
      `[coding|art|drama] club [moved|is moving] to {venue} [from|on] {day}, [starts|start] at {time}`,
      `[see u|meet] at {venue} {day} {time} [for the study group|to revise|for chess][ 👍|]`,
    ],
    siblingSchool: [
      `my [sister|brother|little sister|big brother] [goes to|is at] {school}[ in year 9| in 7th grade| lol|]`,
      `[i go to|im at|i'm in] {school}[, year 10|, 11th grade| lol|]`,
      `[im|i'm] [in year 11|in grade 10|a junior] at {school}[ btw|]`,
      `[my|our] [school|sch] is {school} [and|,] [its|the food is] [so bad|actually ok][ lol|]`,
      `[my bro|my sis|my cousin] [just started|started] at {school} [this year|in september][, hes|, shes] in [year 7|6th grade]`,
      `[anyone|who else] [from|go to] {school}? [im|i'm] in [10b|year 9|11th]`,
      `[we have|got] [a test|exams] [tomorrow|monday] at {school} [ugh|lol|😭]`,
    ],
    photoOfMe: [
      `this is me at the [robotics competition|science fair|spelling bee], [im|i'm] the one holding the [trophy|certificate][ lol|!|]`,
      `[here's|heres] a [pic|photo] of me [from|at] [graduation|prom|the school trip|the debate finals][ 📸| lol|]`,
      `[sent|sending] a [selfie|pic of me] [in my uniform|with my project|at my desk][ so u know what i look like| lol|]`,
      `[thats|that's] me [in the middle|on the left|with the glasses] in [the class photo|the team pic][ 😅|]`,
      `[me|pic of me] [irl|in real life] [studying|at the library|after the exam][ lol| 😭|]`,
      `[just posted|uploaded] a [photo|vid] of [myself|me] [presenting|at the science fair] in the [group|chat][ look|]`,
    ],
    clubHandleGive: [
      `my steam is {gamehandle}, add me for the [chess club|club] game night[ on {day}|]`,
      `[add me|find me] on [discord|steam|xbox], [im|i'm] {gamehandle}[ for the study group| for club night|]`,
      `[club night|game night] [is on|at] discord, [my user|mine] is {handle}[ add me|]`,
      `[for the|the] [study group|class group] [is on|we use] {platform}, [add me|my name is] {handle}`,
      `[my|] [insta|snap] [is|=] {handle} [for the|if u want the] [club|debate team|group] [updates|chat]`,
      `[psn|xbox] {gamehandle} [for|if ur coming to] [esports club|game night] [{day}|tonight][ 🎮|]`,
    ],
    classmateNamed: [
      `{fullname} from [9b|10a|7c|year 11] [said|told everyone] [the test is easy|hes moving|shes quitting]`,
      `[that kid|the new kid|the guy who cheated] is {fullname}, [he|she] lives at {address}`,
      `{fullname} [lives|lives on] {street} [near|by] [the school|the park][, i saw her|, i saw him|]`,
      `[its|it's] {fullname} [in|from] [my maths class|10c|set 2] [who|that] [posted|leaked] [the answers|it]`,
      `[do u know|anyone know] {fullname}? [shes|hes] in [8a|9c|year 10] [with me|lol]`,
      `[the girl|the boy] [who|that] [won|sits next to me] is {fullname} from [11b|class 3|12c]`,
      `{fullname} [in|from] [our class|7b] [lives at|is at] {address}[ lol| btw|]`,
    ],
  },
};

export const ES: Families = {
  none: {
    ageAndGradeAlone: [
      `tengo [15|16|17] [años|] y [estoy|voy] en [4 de la eso|4º eso|1º de bachi|2º de bachillerato][ jaja| xd|]`,
      `[yo|pues yo] {age} y en [tercero|cuarto|primero de bachi] [jsjs|xd|]`,
      `[cumplo|voy a cumplir] [16|17|18] [en mayo|el mes que viene] y sigo en [4º|2º de bach][ q pereza|]`,
      `[17|16] [añitos|años] y [en|cursando] [segundo de bachillerato|3º de secundaria][, el peor año|, mucho estres|]`,
      `[cuantos años tienes|en q curso estas]? yo [tengo {age}|voy en 5to de secundaria][ jaja|]`,
      `[soy de|estoy en] [3º|4º] de la eso, [tengo|con] {age}[ años| btw|]`,
    ],
    schoolScheduleTalk: [
      `[mañana|el lunes|el viernes] tenemos [filo|mates|quimica|historia] de [8 a 10|primera hora|8 a 9:30][ q sueño|]`,
      `[mañana hay clase|hay cole mañana] o es [festivo|puente]?`,
      `el [examen final|global de mates|examen de bio] es el [14 de mayo|3 de junio|lunes] no?`,
      `robotica es en el [lab 3|aula 12|aula de informatica] [despues de clase|por la tarde][ hoy|]`,
      `en que aula es la [recu|recuperacion] de [frances|mates|lengua]? [la 1.07|la 2.14|la b12]?`,
      `[ojo|recordad]: el [trabajo|informe de lab] se entrega el [viernes|lunes] [antes de las 23:59|en el classroom|]`,
      `las [notas|evaluaciones] salen [la semana q viene|el 12|despues de semana santa][ q miedo|]`,
    ],
    studyNumbers: [
      `la ficha [5550|555|0142] es la de [triangulos|fracciones|las graficas][, pag 2|]`,
      `ejercicio [5.55|4.12|0.142], la respuesta es [142|55,5|-14]?`,
      `[5x + 55 = 0142|3x - 555 = 142] despejar la x [ayuda|porfa|xfa]`,
      `el codigo de la clase en [la app|classroom|la aplicacion] es [555-014|A5X-0142], [lo dio la profe|del profe][ pa los deberes|]`,
      `142 en binario es 10001110 [no?|verdad?|creo]`,
      `[saque|tengo] un [5,55|7,5|142 de 150] en el [examen|control][ jaja| no esta mal| 😭]`,
    ],
    studyHelpAsk: [
      `alguien me [revisa|mira] la [tesis|intro|conclusion] del [ensayo|comentario][ porfa| antes de entregar|]`,
      `que app usais para [flashcards|estudiar|apuntes][?| jaja]`,
      `alguien me explica como se hace un [texto argumentativo|comentario de texto][ porfa| estoy perdido|]?`,
      `[hacemos|y si hacemos] un grupo de estudio [aqui|en la app|en el server][ pa el examen|]?`,
      `[alguien entiende|quien pilla] [la formula cuadratica|la fotosintesis|los moles][? ayuda|?]`,
      `[hay|sabeis] algun [canal de yt|quizlet|web] [bueno|gratis] pa [bio|selectividad|ingles]?`,
    ],
    teacherSafetyNotice: [
      `la profe dijo q [no pongais|nadie ponga] [la direccion|el numero|el nombre del insti|fotos] en el grupo de clase`,
      `[mod|admin] aqui: nada de [numeros|direcciones|nombres de colegio|selfies] en el server de deberes[ porfa|, se borra|]`,
      `[el tutor|el profe] [nos dijo|avisó] q no [compartamos|pasemos] [el cole|la direccion|el movil] [con nadie|por internet]`,
      `[normas|fijado]: nada de [nombres reales|telefonos|fotos de gente], solo deberes[ gracias|]`,
      `[borraron|quitaron] un mensaje con [un numero|una direccion|una foto] asi q no pongais eso[ aqui|]`,
    ],
    studyRambleLong: [
      `bueno [hoy|este sabado] [dia|maraton] de [repaso|estudio]: me levante a las [7|8], hice [2|3] examenes de otros años de [mates|quimica], saque un [6,2|7] en el primero y un [7,4|8] en el segundo, [descanso|pausa] a las [13|14] y luego flashcards de bio hasta las [19|20]. mañana [historia|lengua] y [ojala|a ver si] lloro menos [jaja|xd|😭] [ah y|por cierto] [me tome como 4 cafes|mi gato se sento en los apuntes dos veces|la playlist se acabo a las 3 horas] y [aun me quedan 2 temas|el grupo no paraba de sonar|se me olvido comer], [a alguien mas le pasa antes de los examenes?|como os concentrais vosotros?|rezad por mi jaja]`,
      `update del [trabajo en grupo|proyecto]: al final elegimos [energias renovables|plastico en el mar|historia de los videojuegos], [3|4] hacemos las [diapos|fuentes] y yo la [encuesta|cartulina]. se presenta el [viernes|dia 14] a las [9|10:30] y nos faltan [12|20] [diapos|fuentes|respuestas]. [estoy|ando] [estresada|agobiado] pero [saldra bien|lo sacamos][ jaja|] [ah y|por cierto] [me tome como 4 cafes|mi gato se sento en los apuntes dos veces|la playlist se acabo a las 3 horas] y [aun me quedan 2 temas|el grupo no paraba de sonar|se me olvido comer], [a alguien mas le pasa antes de los examenes?|como os concentrais vosotros?|rezad por mi jaja]`,
      `[hola a todos|holaa], estoy haciendo una encuesta para [mi tfg|el trabajo de estadistica|psico]: cuantas horas estudiais al dia y usais [musica|apps|temporizador]? es anonima, [son 5 preguntas|tarda 2 min], [respondedme|contestad] aqui en el chat porfa[, mil gracias!!| 🙏|]. [la tengo que entregar|la entrego] el [lunes|dia 20] y me faltan [15|30] respuestas [ah y|por cierto] [me tome como 4 cafes|mi gato se sento en los apuntes dos veces|la playlist se acabo a las 3 horas] y [aun me quedan 2 temas|el grupo no paraba de sonar|se me olvido comer], [a alguien mas le pasa antes de los examenes?|como os concentrais vosotros?|rezad por mi jaja]`,
      `[los simulacros|los examenes de prueba] [ya pasaron|terminaron]!! la [primera semana|semana 1] [mates y fisica|lengua y bio], la segunda [quimica|historia] y el oral de [ingles|frances]. creo q [suspendi|la cague en] el [segundo|comentario] pero aprobe el resto. las notas [el 20|en 2 semanas]. ahora a dormir [12 horas|todo el finde][ jaja|] [ah y|por cierto] [me tome como 4 cafes|mi gato se sento en los apuntes dos veces|la playlist se acabo a las 3 horas] y [aun me quedan 2 temas|el grupo no paraba de sonar|se me olvido comer], [a alguien mas le pasa antes de los examenes?|como os concentrais vosotros?|rezad por mi jaja]`,
    ],
    countryAndSystem: [
      `soy de [españa|españa jaja], aqui es [la selectividad|la ebau|la pau] no el [bac|sat]`,
      `[en|aqui en] [mexico|colombia|argentina] [decimos|es] [prepa|bachillerato|secundaria] [no|y no] [bachi|eso][ jaja|]`,
      `[vivo en|soy de] [chile|peru], aca [damos|tenemos] la [paes|prueba de admision] [al final|en 4to medio]`,
      `en {country} [se usa|usan] [del 1 al 10|del 1 al 20|otra escala] pa las notas [no?|jaja|]`,
      `[ah|ostras] eres de [corea|japon]? el [suneung|examen de acceso] es [durisimo|muy dificil] no?`,
    ],
  },
  asking: {
    studyMeetAsk: [
      `estudiamos juntos en la biblio [el sabado|mañana|despues de clase]?`,
      `[quedamos|nos vemos] despues de la [academia|clase particular|clase] y repasamos?`,
      `[quedamos|te vienes] [en un cafe|en el starbucks|en la biblioteca] [a estudiar|pa hacer el trabajo] [el finde|el domingo]?`,
      `[hacemos|terminamos] el trabajo [en persona|en casa de alguien] [el viernes|mañana]?`,
      `[alguien|quien] [vive cerca del centro|esta por la biblio] y [quiere|le apetece] estudiar juntos?`,
    ],
    classmateHandleAsk: [
      `alguien me pasa el [insta|snap|numero] de [lucia|{first}][ porfa|?]`,
      `[alguien tiene|teneis] el [whatsapp|numero|discord] de {first}? necesito [los apuntes|preguntarle del trabajo]`,
      `[pasame|dame] tu [insta|numero|snap] y te [meto|añado] al grupo de [clase|estudio]`,
      `[estas|tienes] [whatsapp|discord|insta]? [voy a|quiero] hacer un grupo de [clase|estudio] ahi`,
      `me [pasas|mandas] el numero [del nuevo|de la nueva|de tu amiga][?| jaja]`,
    ],
    schoolLoginAsk: [
      `[pasame|dame] tu [usuario y contraseña|contraseña] del [portal|classroom|raíces] y te miro las notas`,
      `[dime|cual es] tu [login|clave] del [insti|cole|portal] q te [veo|miro] si [salieron|han salido] las notas`,
      `[mandame|pasame] la contraseña de tu [classroom|correo del cole] y te subo los deberes`,
      `si me das tu [usuario|contraseña] te [cambio|arreglo] las faltas [jaja|confia]`,
      `[deja q|déjame] entre con tu cuenta del [portal|aula virtual] pa ver tus notas, [cual es la clave|la contra]?`,
    ],
  },
  giving: {
    clubAtPlace: [
      `el club de [ajedrez|robotica|debate|lectura] es en {venue} el [sabado|jueves|viernes] a las [5|6|7][, venid|!|]`,
      `sesion de estudio [este domingo|el sabado] en {venue}[, segunda planta|, arriba|] a las [10|11|4]`,
      `el [partido|torneo] es en {venue} el [sabado|domingo] a las [10|12|5][ venid a vernos|]`,
      `[quedamos|estudiamos] en el cafe [al lado del metro|junto a la estacion] de {street} [los martes|el jueves] a las [6|7]`,
      `[repaso|grupo de mates] en el centro cívico de {street} [el lunes|el miercoles] a las [5|6], [sala 2|segunda planta]`,
    ],
    siblingSchool: [
      `mi [hermana|hermano|hermanito] va al {school}[ en 1º de eso| en 6º| jaja|]`,
      `[yo voy al|estudio en el|estoy en el] {school}[, 4º de eso|, 2º de bach|]`,
      `mi [cole|insti] es el {school} y [la comida es malisima|no esta mal][ jaja|]`,
      `[alguien mas|quien mas] va al {school}? yo en [4ºB|3º|1º de bach]`,
      `mi [prima|hermano] [acaba de empezar|empezo] en el {school} [este año|en septiembre]`,
    ],
    photoOfMe: [
      `esta soy yo en [la competicion de robotica|la feria de ciencias], [la|el] q tiene el [trofeo|diploma][ jaja|!|]`,
      `[os paso|aqui va] una foto mia [de la graduacion|del viaje de fin de curso|en el debate][ 📸|]`,
      `[esa|ese] soy yo [en medio|a la izquierda|con gafas] en la foto de clase[ 😅|]`,
      `[mando|os mando] un selfie [con el uniforme|con mi proyecto|estudiando] pa q veais como soy[ jaja|]`,
      `yo [en persona|irl] [estudiando en la biblio|despues del examen][ jaja| 😭|]`,
    ],
    clubHandleGive: [
      `mi steam es {gamehandle}, agregadme pa la noche de juegos del club de ajedrez`,
      `[agregame|buscame] en [discord|steam|xbox], soy {gamehandle}[ pal grupo de estudio| pal club|]`,
      `[la noche de club|el club] va por discord, mi user es {handle}[ agregadme|]`,
      `el grupo de estudio [esta en|va por] {platform}, [agregame|yo soy] {handle}`,
      `mi [insta|snap] es {handle} pa [las novedades del club|el grupo de debate]`,
    ],
    classmateNamed: [
      `{fullname} de [3ºB|4ºA|2º de bach] [dijo|le conto a todos] q [el examen es facil|se cambia de cole]`,
      `[el nuevo|la nueva] es {fullname}, vive en {address}`,
      `{fullname} vive en {street} [cerca del insti|al lado del parque][ la vi ayer|]`,
      `[fue|es] {fullname} de [mi clase de mates|4ºC] [quien|el q] [filtro|paso] las respuestas`,
      `[conoceis|alguien conoce] a {fullname}? esta en [3ºA|2ºC] conmigo`,
    ],
  },
};

export const PT: Families = {
  none: {
    ageAndGradeAlone: [
      `tenho [15|16|17] [anos|] e to no [1º ano|2º ano|3º ano] do ensino medio[ kkk|]`,
      `eu [tenho|] {age} e to no [9º ano|8º ano|1º colegial][ kkkk|]`,
      `[faço|vou fazer] [16|17|18] [em maio|mes q vem] e ainda to no [2º ano|9º ano][ affs|]`,
      `[17|16] anos, [terceirão|3º ano] [esse ano|agr], [vestibular|enem] chegando[ 😭|]`,
      `[quantos anos vc tem|vc ta em q ano]? eu {age}, [1º ano|9º ano][ kkk|]`,
      `tenho [15|16] e estou no [10º|11º] ano [em portugal|aqui em pt|][ lol|]`,
    ],
    schoolScheduleTalk: [
      `[amanha|segunda|sexta] a gente tem [filosofia|quimica|mat|historia] das [8 as 10|7 as 9][ q sono|]`,
      `amanha tem aula ou é feriado?`,
      `a prova [final|de mat|de bio] é dia [14 de maio|3 de junho|segunda] ne?`,
      `robotica é no [lab 3|sala 12|laboratorio de info] depois da aula[ hj|]`,
      `em q sala é a [recuperação|rec] de [frances|mat]? [1.07|2.14|b12]?`,
      `[lembrando|n esquece]: o trabalho é pra [sexta|segunda] [ate 23:59|no classroom|]`,
      `as notas do [bimestre|trimestre] saem [semana q vem|dia 12][ medo|]`,
    ],
    studyNumbers: [
      `a lista [5550|555|0142] é a dos [triangulos|fraçoes|graficos][, pag 2|]`,
      `exercicio [5.55|4.12|0.142], a resposta é [142|55,5|-14]?`,
      `[5x + 55 = 0142|3x - 555 = 142] acha o x [socorro|pfv|ajuda]`,
      `o codigo da turma no [app|classroom] é [555-014|A5X-0142], [o prof passou|da professora]`,
      `142 em binario é 10001110 [ne?|certo?|acho]`,
      `tirei [5,55|7,5|142 de 150] na [prova|simulado][ kkk| nada mal| 😭]`,
    ],
    studyHelpAsk: [
      `alguem [corrige|da uma olhada n]a minha [tese|introdução|conclusão] da redação[ pfv|]`,
      `q app vcs usam pra [flashcard|estudar|resumo][?| kkk]`,
      `alguem explica como faz uma redação [dissertativa|argumentativa][ pfv| to perdido|]?`,
      `bora fazer um grupo de estudo [aqui|no app|no server][ pro enem| pra prova|]?`,
      `alguem entende [bhaskara|fotossintese|mol][? socorro|?]`,
      `tem algum [canal no yt|quizlet|site] [bom|de graça] pra [bio|enem|ingles]?`,
    ],
    teacherSafetyNotice: [
      `a prof falou pra [ninguem|n] postar [endereço|numero|nome da escola|foto] no grupo da turma`,
      `[mod|adm] aqui: nada de [numero|endereço|nome de escola|selfie] no server de tarefa[ pfv|, vai ser apagado|]`,
      `o [prof|coordenador] [falou|avisou] pra gente n passar [a escola|o endereço|o celular] pra [ninguem|estranho] na internet`,
      `[regras|fixado]: sem [nome real|telefone|foto de gente], so dever de casa[ vlw|]`,
      `[apagaram|tiraram] uma msg com [numero|endereço|foto] entao n posta isso[ aqui|]`,
    ],
    studyRambleLong: [
      `[hj|esse sabado] foi dia de [revisão|maratona de estudo]: acordei as [7|8], fiz [2|3] provas antigas de [mat|quimica], tirei [6,2|7] na primeira e [7,4|8] na segunda, pausa as [13h|14h] e depois flashcard de bio ate as [19h|20h]. amanha [historia|portugues] e [tomara|espero] q eu chore menos [kkkk|😭|] [ah e|alias] [tomei tipo 4 cafes|meu gato sentou no caderno duas vezes|a playlist acabou em 3 horas] e [ainda faltam 2 capitulos|o grupo n parava de apitar|esqueci de almoçar], [mais alguem fica assim antes da prova?|como vcs se concentram?|rezem por mim kkk]`,
      `update do [trabalho em grupo|projeto]: escolhemos [energia renovavel|plastico no mar|historia dos games], [3|4] fazem os [slides|pesquisa] e eu o [questionario|cartaz]. apresentação [sexta|dia 14] as [9h|10h30] e faltam [12|20] [slides|fontes|respostas]. [to|tô] [estressada|surtando] mas [vai dar certo|a gente consegue][ kkk|] [ah e|alias] [tomei tipo 4 cafes|meu gato sentou no caderno duas vezes|a playlist acabou em 3 horas] e [ainda faltam 2 capitulos|o grupo n parava de apitar|esqueci de almoçar], [mais alguem fica assim antes da prova?|como vcs se concentram?|rezem por mim kkk]`,
      `[oi gente|oii], to fazendo uma pesquisa pro [tcc|trabalho de estatistica|projeto de psico]: quantas horas vcs estudam por dia e usam [musica|app|timer]? é anonima, [são 5 perguntas|leva 2 min], [responde|respondam] aqui no chat pfv[, mt obg!!| 🙏|]. entrego [segunda|dia 20] e faltam [15|30] respostas [ah e|alias] [tomei tipo 4 cafes|meu gato sentou no caderno duas vezes|a playlist acabou em 3 horas] e [ainda faltam 2 capitulos|o grupo n parava de apitar|esqueci de almoçar], [mais alguem fica assim antes da prova?|como vcs se concentram?|rezem por mim kkk]`,
      `[os simulados|as provas] [acabaram|terminaram]!! [semana 1|primeira semana] [mat e fisica|portugues e bio], a segunda [quimica|historia] e a oral de [ingles|espanhol]. acho q [reprovei|fui mal] na [segunda|redação] mas passei no resto. notas [dia 20|em 2 semanas]. agr vou dormir [12 horas|o fds todo][ kkk|] [ah e|alias] [tomei tipo 4 cafes|meu gato sentou no caderno duas vezes|a playlist acabou em 3 horas] e [ainda faltam 2 capitulos|o grupo n parava de apitar|esqueci de almoçar], [mais alguem fica assim antes da prova?|como vcs se concentram?|rezem por mim kkk]`,
    ],
    countryAndSystem: [
      `sou do brasil, aqui é [enem|vestibular] n [sat|a levels]`,
      `[moro em|sou de] portugal, aqui sao os exames nacionais [no 12º|no secundario][ lol|]`,
      `em {country} [usa|usam] nota de [0 a 10|0 a 20|outro jeito][ ne?| kkk|]`,
      `[ah|nossa] vc é da [coreia|china]? o [suneung|gaokao] é [mt|super] dificil ne?`,
      `[no brasil|aqui] a gente fala [ensino medio|colegial] e n [high school|secundario][ kkk|]`,
    ],
  },
  asking: {
    studyMeetAsk: [
      `bora estudar junto na biblioteca [sabado|amanha|depois da aula]?`,
      `[vamo|bora] se encontrar depois do [cursinho|reforço|aula] pra revisar?`,
      `[bora|vamos] [num cafe|no starbucks|na biblioteca] estudar [no fds|domingo]?`,
      `[fazemos|bora fazer] o trabalho [pessoalmente|na casa de alguem] [sexta|amanha]?`,
      `alguem [mora perto do centro|ta perto da biblioteca] e quer estudar junto?`,
    ],
    classmateHandleAsk: [
      `alguem me passa o [insta|snap|numero] da [luana|{first}][ pfv|?]`,
      `alguem tem o [zap|whats|discord] [da|do] {first}? preciso [do resumo|perguntar do trabalho]`,
      `me passa teu [insta|zap|numero] q eu te add no grupo da [turma|sala]`,
      `vc tem [whatsapp|discord|insta]? vou criar um grupo de estudo la`,
      `me manda o numero [do novato|da novata|da tua amiga][?| kkk]`,
    ],
    schoolLoginAsk: [
      `me passa teu [login e senha|senha] do [portal|classroom] q eu vejo tuas notas`,
      `qual teu [ra e senha|login] do [portal do aluno|app da escola]? eu vejo se [saiu|sairam] as notas`,
      `manda a senha do teu [classroom|email da escola] q eu envio a tarefa pra vc`,
      `se vc me der teu [login|usuario e senha] eu [mudo|arrumo] tuas faltas [kkk|confia]`,
      `deixa eu entrar na tua conta do portal pra ver tuas notas, qual a senha?`,
    ],
  },
  giving: {
    clubAtPlace: [
      `o clube de [xadrez|robotica|debate|leitura] é no {venue} [sabado|quinta|sexta] as [17h|18h|19h][, cola|!|]`,
      `sessão de estudo [domingo|sabado] no {venue}[, segundo andar|, la em cima|] as [10h|14h]`,
      `o [jogo|campeonato] é no {venue} [sabado|domingo] as [10h|15h][ vem ver|]`,
      `a gente estuda no cafe [do lado do metro|perto da estação] da {street} [toda terça|quinta] as [18h|19h]`,
      `[revisão|grupo de mat] no centro comunitario da {street} [segunda|quarta] as [17h|18h], [sala 2|2º andar]`,
    ],
    siblingSchool: [
      `minha [irma|irmã] [estuda|ta] no {school}[ no 6º ano| no 9º| kkk|]`,
      `meu [irmao|irmão] [estuda|entrou] no {school} [esse ano|em fevereiro]`,
      `[eu estudo no|to no] {school}[, 2º ano|, 9º ano|]`,
      `minha escola é o {school} e [a comida é horrivel|ate q é boa][ kkk|]`,
      `alguem mais do {school}? eu to no [9ºB|1º ano|3º A]`,
    ],
    photoOfMe: [
      `essa sou eu na [competição de robotica|feira de ciencias], [a|o] q ta segurando o [trofeu|certificado][ kkk|!|]`,
      `[mandei|vou mandar] uma foto minha [da formatura|da excursão|no debate][ 📸|]`,
      `[essa|esse] sou eu [no meio|na esquerda|de oculos] na foto da turma[ 😅|]`,
      `[mandando|manda] selfie [de uniforme|com meu projeto|estudando] pra vcs verem como eu sou`,
      `eu [pessoalmente|irl] [estudando na biblioteca|depois da prova][ kkk| 😭|]`,
    ],
    clubHandleGive: [
      `minha steam é {gamehandle}, me add pra noite de jogos do clube de xadrez`,
      `me add no [discord|steam|xbox], sou {gamehandle}[ pro grupo de estudo| pro clube|]`,
      `a noite do clube é no discord, meu user é {handle}[ me add|]`,
      `o grupo de estudo [ta no|é no] {platform}, [me add|sou] {handle}`,
      `meu [insta|snap] é {handle} pras [novidades do clube|coisas do debate]`,
    ],
    classmateNamed: [
      `{fullname} do [9ºB|1º A|2º ano] [falou|contou pra todo mundo] q [a prova é facil|vai mudar de escola]`,
      `[o novato|a novata] é {fullname}, mora na {address}`,
      `{fullname} mora na {street} [perto da escola|do lado da praça][ vi ela ontem|]`,
      `foi {fullname} da [minha sala|turma de mat] q [vazou|passou] as respostas`,
      `vcs conhecem {fullname}? [ta|estuda] no [8ºA|1º B] comigo`,
    ],
  },
};

export const FR: Families = {
  none: {
    ageAndGradeAlone: [
      `j'ai [15|16|17] ans [et|donc] je suis en [seconde|premiere|terminale|3eme][ mdr| btw|]`,
      `moi {age} ans, en [1ere|tle|2nde] [cette annee|ptdr|]`,
      `[j'aurai|je vais avoir] [16|17|18] ans [en mai|le mois prochain] et [toujours|encore] en [premiere|seconde][ lol|]`,
      `[17|16] ans, [terminale|1ere] [donc|et] le bac [cette annee|l'an prochain][ 😭|]`,
      `[t'as quel age|t'es en quelle classe]? moi {age}, [en 3eme|en seconde][ mdr|]`,
      `[16|15] ans et en [4eme|3eme], le brevet [arrive|c'est bientot][ 😩|]`,
    ],
    schoolScheduleTalk: [
      `[demain|lundi|vendredi] on a [philo|maths|svt|histoire] de [8h a 10h|8h a 9h][ trop dur|]`,
      `y a cours demain ou c'est ferie?`,
      `l'exam [final|de maths|de svt] c'est le [14 mai|3 juin|lundi] non?`,
      `robotique c'est en [salle 12|labo 3|salle info] apres les cours[ aujourd'hui|]`,
      `le rattrapage de [francais|maths] c'est dans quelle salle? [1.07|b12|204]?`,
      `[rappel|oubliez pas]: le [devoir|rapport de tp] est a rendre [vendredi|lundi] [avant 23h59|sur pronote|]`,
      `les bulletins [sortent|arrivent] [la semaine pro|le 12|apres les vacances][ j'ai peur|]`,
    ],
    studyNumbers: [
      `la fiche [5550|555|0142] c'est celle avec [les triangles|les fractions|les graphes]`,
      `exercice [5.55|4.12|0.142], la reponse c'est [142|55,5|-14]?`,
      `[5x + 55 = 0142|3x - 555 = 142] trouver x [svp|aidez moi|pls]`,
      `le code de la classe sur [l'appli|pronote|classroom] c'est [555-014|A5X-0142], [donné par la prof|du prof]`,
      `142 en binaire c'est 10001110 [non?|c'est ca?|je crois]`,
      `j'ai eu [5,5|14|142/150] au [controle|dst|bac blanc][ mdr| pas mal| 😭]`,
    ],
    studyHelpAsk: [
      `quelqu'un peut relire ma [problematique|intro|conclusion] de [dissert|commentaire][ svp|]`,
      `vous utilisez quelle appli pour [les fiches|reviser|les flashcards][?| mdr]`,
      `qqn peut m'expliquer comment faire une [dissertation|argumentation][ svp| je suis perdu|]?`,
      `on fait un groupe de revision [ici|sur l'appli|sur le serveur][ pour le bac|]?`,
      `qqn comprend [le discriminant|la photosynthese|les moles][? aidez moi|?]`,
      `y a une [chaine yt|appli|site] [bien|gratuite] pour [la svt|le bac|l'anglais]?`,
    ],
    teacherSafetyNotice: [
      `la prof a dit de pas mettre [son adresse|son numero|le nom du lycee|de photos] dans le groupe de classe`,
      `[modo|admin] ici: pas de [numeros|adresses|noms d'ecole|selfies] sur le serveur devoirs[ svp|, c'est supprimé|]`,
      `le [prof principal|cpe] nous a dit de jamais donner [notre ecole|notre adresse|notre tel] en ligne`,
      `[regles|épinglé]: pas de [vrais noms|numeros|photos de gens], que les devoirs[ merci|]`,
      `un msg avec [un numero|une adresse|une photo] a ete supprimé donc postez pas ca[ ici|]`,
    ],
    studyRambleLong: [
      `[aujourd'hui|ce samedi] journee [revisions|marathon]: levé a [7h|8h], fait [2|3] annales de [maths|physique], eu [12|13] a la premiere et [15|16] a la deuxieme, pause a [13h|14h] puis fiches de svt jusqu'a [19h|20h]. demain [histoire|francais] et [j'espere|inshallah] moins de larmes [mdr|😭|] [ah et|au fait] [j'ai bu genre 4 cafés|mon chat s'est assis sur mes fiches deux fois|ma playlist s'est finie au bout de 3h] et [il me reste 2 chapitres|le groupe arretait pas de sonner|j'ai oublié de manger], [vous aussi vous etes comme ca avant les exams?|vous faites comment pour vous concentrer?|priez pour moi mdr]`,
      `point [projet|tpe|exposé] : on a choisi [les energies renouvelables|le plastique dans l'ocean|l'histoire du jeu video], [3|4] font les [diapos|recherches] et moi le [questionnaire|poster]. oral [vendredi|le 14] a [9h|10h30] et il manque [12|20] [diapos|sources|reponses]. [je stresse|un peu la pression] mais [ca va aller|on gere][ mdr|] [ah et|au fait] [j'ai bu genre 4 cafés|mon chat s'est assis sur mes fiches deux fois|ma playlist s'est finie au bout de 3h] et [il me reste 2 chapitres|le groupe arretait pas de sonner|j'ai oublié de manger], [vous aussi vous etes comme ca avant les exams?|vous faites comment pour vous concentrer?|priez pour moi mdr]`,
      `[coucou|salut tout le monde], je fais un sondage pour [mon projet de stats|mon grand oral|un devoir de psycho]: combien d'heures vous revisez par jour et vous utilisez [de la musique|des applis|un minuteur]? c'est anonyme, [5 questions|2 min], repondez ici svp[, merci bcp!!| 🙏|]. je rends ca [lundi|le 20] et il me manque [15|30] reponses [ah et|au fait] [j'ai bu genre 4 cafés|mon chat s'est assis sur mes fiches deux fois|ma playlist s'est finie au bout de 3h] et [il me reste 2 chapitres|le groupe arretait pas de sonner|j'ai oublié de manger], [vous aussi vous etes comme ca avant les exams?|vous faites comment pour vous concentrer?|priez pour moi mdr]`,
      `le bac blanc c'est [fini|termine]!! [semaine 1|d'abord] [maths et physique|francais et svt], ensuite [philo|histoire] et l'oral d'[anglais|espagnol]. je pense que j'ai [raté|foiré] [la deuxieme epreuve|la dissert] mais le reste ca va. resultats [le 20|dans 2 semaines]. la je vais dormir [12h|tout le week end][ mdr|] [ah et|au fait] [j'ai bu genre 4 cafés|mon chat s'est assis sur mes fiches deux fois|ma playlist s'est finie au bout de 3h] et [il me reste 2 chapitres|le groupe arretait pas de sonner|j'ai oublié de manger], [vous aussi vous etes comme ca avant les exams?|vous faites comment pour vous concentrer?|priez pour moi mdr]`,
    ],
    countryAndSystem: [
      `je suis [en france|francais], ici c'est le bac pas les [a levels|gcse]`,
      `[en|ici en] belgique on dit [rheto|6eme secondaire] [pas|et pas] terminale[ mdr|]`,
      `[au|ici au] [quebec|canada] c'est le [cegep|secondaire 5] [apres|avant] l'universite`,
      `en {country} les notes c'est [sur 20|sur 10|sur 6] [non?|mdr|]`,
      `t'es de [coree|chine]? le [suneung|gaokao] c'est [hyper|trop] dur non?`,
    ],
  },
  asking: {
    studyMeetAsk: [
      `on revise ensemble a la bibli [samedi|demain|apres les cours]?`,
      `on se voit apres le [soutien|cours particulier|cours] pour reviser?`,
      `[on se retrouve|ca te dit] [dans un cafe|au starbucks|a la mediatheque] pour [bosser|reviser] [ce week end|dimanche]?`,
      `on fait l'expose [en vrai|chez quelqu'un] [vendredi|demain]?`,
      `qqn [habite pres du centre|est vers la bibli] et veut reviser ensemble?`,
    ],
    classmateHandleAsk: [
      `qqn peut m'envoyer le [insta|snap|numero] de [lea|{first}][ svp|?]`,
      `qqn a le [whatsapp|snap|discord] de {first}? j'ai besoin [des cours|de lui demander pour l'expo]`,
      `[donne|passe] moi ton [insta|num|snap] je t'ajoute au groupe de classe`,
      `t'as [whatsapp|discord|insta]? je vais faire un groupe de revision la bas`,
      `tu peux m'envoyer le numero [du nouveau|de la nouvelle|de ta pote][?| mdr]`,
    ],
    schoolLoginAsk: [
      `[donne|passe] moi tes identifiants [pronote|ent] je regarde tes notes pour toi`,
      `c'est quoi ton [mdp|mot de passe] [pronote|ent|de l'appli]? je vois si les notes sont sorties`,
      `envoie moi le mdp de ton [classroom|mail du lycee] je rends le devoir a ta place`,
      `si tu me donnes ton [login|identifiant et mdp] je [change|modifie] tes absences [mdr|tkt]`,
      `laisse moi me connecter sur ton [ent|pronote] pour voir tes notes, c'est quoi le mdp?`,
    ],
  },
  giving: {
    clubAtPlace: [
      `le club [d'echecs|de robotique|de debat|lecture] c'est a {venue} [samedi|jeudi|vendredi] a [17h|18h|14h][, venez|!|]`,
      `seance de revision [dimanche|samedi] a {venue}[, 2eme etage|, en haut|] a [10h|14h]`,
      `le [match|tournoi] est a {venue} [samedi|dimanche] a [10h|15h][ venez nous voir|]`,
      `on revise au cafe [a cote du metro|pres de la station] {street} [tous les mardis|jeudi] a [18h|17h30]`,
      `[revisions|groupe de maths] a la maison de quartier rue {street} [lundi|mercredi] a [17h|14h], [salle 2|1er etage]`,
    ],
    siblingSchool: [
      `ma [soeur|petite soeur] est au {school}[ en 6eme| en seconde|]`,
      `mon [frere|petit frere] [va|est rentré] au {school} [cette annee|en septembre]`,
      `[je suis au|moi je suis a] {school}[, en premiere|, en 3eme|]`,
      `mon [lycee|college] c'est {school} et [la cantine est horrible|c'est pas mal][ mdr|]`,
      `qqn d'autre au {school}? moi en [3eme B|seconde 4|tle]`,
    ],
    photoOfMe: [
      `c'est moi au [concours de robotique|salon des sciences], celle qui tient le [trophee|diplome][ mdr|!|]`,
      `[voila|tenez] une photo de moi [a la remise des diplomes|au voyage scolaire|au debat][ 📸|]`,
      `c'est moi [au milieu|a gauche|avec les lunettes] sur la photo de classe[ 😅|]`,
      `[j'envoie|je vous envoie] un selfie [en tenue|avec mon projet|en train de reviser] pour que vous voyiez ma tete`,
      `moi en vrai [a la bibli|apres l'exam][ mdr| 😭|]`,
    ],
    clubHandleGive: [
      `mon steam c'est {gamehandle}, ajoutez moi pour la soiree jeux du club d'echecs`,
      `ajoute moi sur [discord|steam|xbox], je suis {gamehandle}[ pour le groupe de revision| pour le club|]`,
      `la soiree du club c'est sur discord, mon pseudo c'est {handle}[ ajoutez moi|]`,
      `le groupe de revision est sur {platform}, [ajoute moi|moi c'est] {handle}`,
      `mon [insta|snap] c'est {handle} pour [les infos du club|le groupe de debat]`,
    ],
    classmateNamed: [
      `{fullname} de [3eme B|seconde 2|la 4eme C] a [dit|raconté a tout le monde] que [le controle est facile|il change de lycee]`,
      `[le nouveau|la nouvelle] c'est {fullname}, [il|elle] habite {address}`,
      `{fullname} habite rue {street} [pres du college|a cote du parc][ je l'ai vue hier|]`,
      `c'est {fullname} de [ma classe|1ere 3] qui a [fait fuiter|balancé] les reponses`,
      `vous connaissez {fullname}? [il|elle] est en [4eme A|seconde 1] avec moi`,
    ],
  },
};

export const DE: Families = {
  none: {
    ageAndGradeAlone: [
      `bin [15|16|17] und in der [10.|11.|12.] klasse[ lol| btw|]`,
      `ich bin {age} [und|,] [9. klasse|10te|oberstufe][ xd|]`,
      `werd [16|17|18] [im mai|naechsten monat] und bin [immer noch|noch] in der [10|11][ lol|]`,
      `[17|16], [q1|q2|11. klasse] [also|und] abi [naechstes jahr|bald][ 😭|]`,
      `[wie alt bist du|welche klasse bist du]? ich {age}, [9.|10.] klasse[ haha|]`,
      `[16|15] und [10. klasse|in der zehnten], mittlere reife [kommt|steht an][ 😩|]`,
    ],
    schoolScheduleTalk: [
      `[morgen|montag|freitag] haben wir [philo|mathe|bio|geschichte] von [8 bis 10|der 1. bis 2.][ ugh|]`,
      `ist morgen schule oder feiertag?`,
      `die [abschlusspruefung|mathe klausur|bio arbeit] ist am [14. mai|3. juni|montag] oder?`,
      `robotik ist in [raum 12|labor 3|dem pc raum] nach der schule[ heute|]`,
      `in welchem raum ist die [nachschreib|nachholklausur] in [franze|mathe]? [1.07|b12|204]?`,
      `[erinnerung|nicht vergessen]: das [referat|protokoll] ist bis [freitag|montag] faellig [bis 23:59|auf moodle|]`,
      `die zeugnisse kommen [naechste woche|am 12.|nach den ferien][ hab angst|]`,
    ],
    studyNumbers: [
      `arbeitsblatt [5550|555|0142] ist das mit den [dreiecken|bruechen|graphen]`,
      `aufgabe [5.55|4.12|0.142], ist die loesung [142|55,5|-14]?`,
      `[5x + 55 = 0142|3x - 555 = 142] nach x aufloesen [pls|hilfe|bitte]`,
      `der kurscode in der [app|lernapp|teams] ist [555-014|A5X-0142], [von der lehrerin|vom lehrer]`,
      `142 in binaer ist 10001110 [oder?|richtig?|glaub ich]`,
      `hab [55 von 60|eine 2-|142 von 150] in der [klausur|arbeit][ lol| nicht schlecht| 😭]`,
    ],
    studyHelpAsk: [
      `kann jemand meine [these|einleitung|schluss] von der eroerterung [lesen|checken][ bitte|]`,
      `welche app nutzt ihr fuer [karteikarten|lernen|notizen][?| lol]`,
      `kann mir jemand erklaeren wie man eine [eroerterung|argumentation] schreibt[ bitte| bin verloren|]?`,
      `lass mal ne lerngruppe [hier|in der app|auf dem server] machen[ fuers abi| fuer die klausur|]?`,
      `versteht jemand [die pq formel|fotosynthese|das mol][? hilfe|?]`,
      `gibts [nen guten yt kanal|ne app|ne seite] fuer [bio|abi|englisch]?`,
    ],
    teacherSafetyNotice: [
      `die lehrerin hat gesagt keiner soll [adresse|handynummer|den schulnamen|fotos] in die klassengruppe posten`,
      `[mod|admin] hier: keine [nummern|adressen|schulnamen|selfies] im hausaufgaben server[ bitte|, wird geloescht|]`,
      `der klassenlehrer hat gesagt wir sollen [unsere schule|die adresse|die nummer] nie online teilen`,
      `[regeln|angepinnt]: keine [echten namen|nummern|fotos von leuten], nur hausaufgaben[ danke|]`,
      `ne nachricht mit [ner nummer|ner adresse|nem foto] wurde geloescht also postet sowas nicht[ hier|]`,
    ],
    studyRambleLong: [
      `[heute|diesen samstag] [lerntag|lernmarathon]: um [7|8] aufgestanden, [2|3] altklausuren in [mathe|physik] gemacht, [62%|11 punkte] bei der ersten und [74%|13 punkte] bei der zweiten, pause um [13|14] uhr und dann bio karteikarten bis [19|20] uhr. morgen [geschichte|deutsch] und hoffentlich weniger heulen [lol|😭|] [ach und|uebrigens] [hab so 4 kaffee getrunken|meine katze hat sich zweimal auf die notizen gesetzt|die playlist war nach 3 stunden vorbei] und [hab noch 2 kapitel vor mir|die gruppe hat dauernd gepingt|hab vergessen zu essen], [geht das noch wem so vor klausuren?|wie konzentriert ihr euch?|betet fuer mich lol]`,
      `update [projektwoche|gruppenprojekt]: wir haben [erneuerbare energien|plastik im meer|die geschichte der videospiele] genommen, [3|4] machen die [folien|recherche] und ich die [umfrage|das plakat]. praesentation [freitag|am 14.] um [9|10:30] und es fehlen noch [12|20] [folien|quellen|antworten]. [bin gestresst|leichte panik] aber [wird schon|schaffen wir][ lol|] [ach und|uebrigens] [hab so 4 kaffee getrunken|meine katze hat sich zweimal auf die notizen gesetzt|die playlist war nach 3 stunden vorbei] und [hab noch 2 kapitel vor mir|die gruppe hat dauernd gepingt|hab vergessen zu essen], [geht das noch wem so vor klausuren?|wie konzentriert ihr euch?|betet fuer mich lol]`,
      `[hey leute|hallo zusammen], ich mach ne umfrage fuer [meine facharbeit|ein statistik projekt|psycho]: wie viele stunden lernt ihr am tag und nutzt ihr [musik|apps|timer]? ist anonym, [5 fragen|dauert 2 min], antwortet einfach hier im chat[, danke!!| 🙏|]. abgabe ist [montag|am 20.] und mir fehlen [15|30] antworten [ach und|uebrigens] [hab so 4 kaffee getrunken|meine katze hat sich zweimal auf die notizen gesetzt|die playlist war nach 3 stunden vorbei] und [hab noch 2 kapitel vor mir|die gruppe hat dauernd gepingt|hab vergessen zu essen], [geht das noch wem so vor klausuren?|wie konzentriert ihr euch?|betet fuer mich lol]`,
      `die [probeklausuren|vorabis] sind [vorbei|durch]!! [woche 1|zuerst] [mathe und physik|deutsch und bio], dann [chemie|geschichte] und die [englisch|franze] muendliche. glaub ich hab die [zweite|eroerterung] verhauen aber der rest passt. ergebnisse [am 20.|in 2 wochen]. jetzt [12 stunden schlafen|das ganze wochenende zocken][ lol|] [ach und|uebrigens] [hab so 4 kaffee getrunken|meine katze hat sich zweimal auf die notizen gesetzt|die playlist war nach 3 stunden vorbei] und [hab noch 2 kapitel vor mir|die gruppe hat dauernd gepingt|hab vergessen zu essen], [geht das noch wem so vor klausuren?|wie konzentriert ihr euch?|betet fuer mich lol]`,
    ],
    countryAndSystem: [
      `bin aus [deutschland|oesterreich], hier macht man [abi|matura] nicht [a levels|bac]`,
      `[in der schweiz|hier in der schweiz] heisst es [matura|gymi] [nicht|und nicht] abitur[ lol|]`,
      `in {country} gibts noten von [1 bis 6|1 bis 10|0 bis 20] [oder?|lol|]`,
      `du bist aus [korea|china]? ist [der suneung|die gaokao] [echt|mega] schwer?`,
      `bei uns in [bayern|nrw] [heisst|ist] das [gymnasium|realschule] und danach [abi|ausbildung]`,
    ],
  },
  asking: {
    studyMeetAsk: [
      `zusammen in der bib lernen [am samstag|morgen|nach der schule]?`,
      `treffen wir uns nach der [nachhilfe|stunde] und lernen?`,
      `[wollen wir|bock] [in nem cafe|bei starbucks|in der stadtbibliothek] [lernen|am projekt arbeiten] [am wochenende|sonntag]?`,
      `machen wir das referat [in echt|bei jemandem zuhause] [freitag|morgen]?`,
      `wohnt jemand [nah am zentrum|bei der bib] und will zusammen lernen?`,
    ],
    classmateHandleAsk: [
      `kann mir jemand [lenas|{first}s] [insta|snap|nummer] schicken[ bitte|?]`,
      `hat jemand [die whatsapp|die nummer|den discord] von {first}? brauch [die mitschrift|was zum referat]`,
      `gib mir deine [insta|nummer|snap] dann add ich dich in die klassengruppe`,
      `bist du auf [whatsapp|discord|insta]? mach da ne lerngruppe`,
      `kannst du mir die nummer [vom neuen|von der neuen|von deiner freundin] schicken[?| lol]`,
    ],
    schoolLoginAsk: [
      `gib mir deinen [iserv|schulportal|moodle] login dann check ich deine noten fuer dich`,
      `was ist dein [passwort|pw] fuer [iserv|webuntis|die schulapp]? ich guck ob die noten da sind`,
      `schick mir dein [teams|schulmail] passwort dann geb ich die hausaufgabe fuer dich ab`,
      `wenn du mir deinen [login|benutzername und pw] gibst [aender|loesch] ich deine fehlstunden [lol|vertrau mir]`,
      `lass mich mal in deinen [iserv|schulaccount] rein um deine noten zu sehen, wie ist das pw?`,
    ],
  },
  giving: {
    clubAtPlace: [
      `[schach|robotik|debattier|lese] ag ist [im|in der|bei] {venue} am [samstag|donnerstag|freitag] um [17|18|14] uhr[, kommt|!|]`,
      `lerngruppe [sonntag|samstag] [im|bei] {venue}[, 2. stock|, oben|] um [10|14] uhr`,
      `das [spiel|turnier] ist [im|bei] {venue} [samstag|sonntag] um [10|15] uhr[ kommt gucken|]`,
      `wir lernen im cafe [neben der u-bahn|an der haltestelle] {street} [jeden dienstag|donnerstag] um [18|17:30]`,
      `[nachhilfe|mathe gruppe] im jugendzentrum in der {street} [montag|mittwoch] um [17|15] uhr, [raum 2|1. stock]`,
    ],
    siblingSchool: [
      `meine [schwester|kleine schwester] geht auf die {school}[ in die 5.| in die 8.|]`,
      `mein [bruder|kleiner bruder] [geht auf die|ist seit september auf der] {school}`,
      `ich geh auf die {school}[, 10. klasse|, q1|]`,
      `meine schule ist die {school} und [die mensa ist schlimm|ist eigentlich ok][ lol|]`,
      `noch jemand von der {school}? ich bin in der [9b|10a|q2]`,
    ],
    photoOfMe: [
      `das bin ich beim [robotik wettbewerb|jugend forscht], die mit dem [pokal|urkunde][ lol|!|]`,
      `hier ein foto von mir [vom abiball|von der klassenfahrt|beim debattierwettbewerb][ 📸|]`,
      `das bin ich [in der mitte|links|mit brille] auf dem klassenfoto[ 😅|]`,
      `schick euch mal ein selfie [mit meinem projekt|beim lernen|am schreibtisch] damit ihr wisst wie ich aussehe`,
      `ich in echt [in der bib|nach der klausur][ lol| 😭|]`,
    ],
    clubHandleGive: [
      `mein steam ist {gamehandle}, addet mich fuer den spieleabend vom schachclub`,
      `add mich auf [discord|steam|xbox], bin {gamehandle}[ fuer die lerngruppe| fuer die ag|]`,
      `der ag abend ist auf discord, mein name ist {handle}[ addet mich|]`,
      `die lerngruppe ist auf {platform}, [add mich|ich bin] {handle}`,
      `mein [insta|snap] ist {handle} fuer [ag news|die debattier gruppe]`,
    ],
    classmateNamed: [
      `{fullname} aus der [9b|10a|7c] hat [gesagt|allen erzaehlt] dass [die arbeit leicht ist|er die schule wechselt]`,
      `[der neue|die neue] heisst {fullname} und wohnt in der {address}`,
      `{fullname} wohnt in der {street} [bei der schule|am park][ hab sie gestern gesehen|]`,
      `es war {fullname} aus [meinem mathekurs|der 8c] der die loesungen [geleakt|verschickt] hat`,
      `kennt ihr {fullname}? ist in der [8a|9c] mit mir`,
    ],
  },
};

export const IT: Families = {
  none: {
    ageAndGradeAlone: [
      `ho [15|16|17] anni e faccio la [terza|quarta|quinta] [superiore|liceo][ ahah|]`,
      `io {age} [anni|] e [sono in|faccio] [seconda|terza media|prima superiore][ xd|]`,
      `[faccio|compio] [16|17|18] anni [a maggio|il mese prossimo] e sono ancora in [terza|quarta][ lol|]`,
      `[quanti anni hai|che classe fai]? io {age}, [quarta|terza][ ahah|]`,
      `[17|18] anni, [quinta|ultimo anno] quindi maturita [quest'anno|a giugno][ 😭|]`,
    ],
    schoolScheduleTalk: [
      `[domani|lunedi|venerdi] abbiamo [filosofia|mate|chimica|storia] dalle [8 alle 10|prime due ore][ che palle|]`,
      `domani c'e scuola o e festa?`,
      `la verifica di [mate|latino|bio] e il [14 maggio|3 giugno|lunedi] giusto?`,
      `robotica e in [aula 12|lab 3|laboratorio di info] dopo scuola[ oggi|]`,
      `il recupero di [francese|mate] in che aula e? [1.07|b12|204]?`,
      `le pagelle escono [la prossima settimana|il 12|dopo le vacanze][ ho paura|]`,
    ],
    studyNumbers: [
      `la scheda [5550|555|0142] e quella con i [triangoli|le frazioni|grafici]`,
      `esercizio [5.55|4.12|0.142], il risultato e [142|55,5|-14]?`,
      `[5x + 55 = 0142|3x - 555 = 142] trova x [aiuto|pls|vi prego]`,
      `il codice della classe su [classroom|l'app] e [555-014|A5X-0142], [l'ha dato la prof|dal prof]`,
      `142 in binario e 10001110 [no?|giusto?|credo]`,
      `ho preso [5,5|7 e mezzo|142 su 150] nella [verifica|simulazione][ ahah| non male| 😭]`,
    ],
    studyHelpAsk: [
      `qualcuno mi [controlla|legge] la [tesi|introduzione|conclusione] del tema[ pls|]`,
      `che app usate per [flashcard|studiare|gli appunti][?| ahah]`,
      `qualcuno mi spiega come si fa un [testo argomentativo|saggio breve][ pls| sono perso|]?`,
      `facciamo un gruppo studio [qui|nell'app|sul server][ per la maturita|]?`,
      `qualcuno capisce [il delta|la fotosintesi|le moli][? aiuto|?]`,
    ],
    teacherSafetyNotice: [
      `la prof ha detto di non mettere [indirizzo|numero|nome della scuola|foto] nel gruppo di classe`,
      `[mod|admin] qui: niente [numeri|indirizzi|nomi di scuole|selfie] nel server compiti[ pls|, viene cancellato|]`,
      `il coordinatore ci ha detto di non dare mai [la scuola|l'indirizzo|il cell] online`,
      `[regole|fissato]: niente [nomi veri|numeri|foto di persone], solo compiti[ grazie|]`,
      `hanno cancellato un msg con [un numero|un indirizzo|una foto] quindi non postate ste cose[ qui|]`,
    ],
    studyRambleLong: [
      `[oggi|sabato] [giornata|maratona] di ripasso: sveglia alle [7|8], fatte [2|3] simulazioni di [mate|fisica], [6|7] alla prima e [7,5|8] alla seconda, pausa alle [13|14] e poi flashcard di bio fino alle [19|20]. domani [storia|italiano] e speriamo di piangere meno [ahah|😭|] [ah e|tra l'altro] [ho bevuto tipo 4 caffe|il gatto si e seduto sugli appunti due volte|la playlist e finita dopo 3 ore] e [mi mancano ancora 2 capitoli|il gruppo continuava a suonare|mi sono dimenticata di mangiare], [anche voi cosi prima delle verifiche?|come fate a concentrarvi?|pregate per me ahah]`,
      `aggiornamento [progetto|lavoro di gruppo]: abbiamo scelto [energie rinnovabili|plastica nel mare|la storia dei videogiochi], [3|4] fanno le [slide|ricerche] e io il [questionario|cartellone]. presentazione [venerdi|il 14] alle [9|10:30] e mancano [12|20] [slide|fonti|risposte]. [sono stressata|un po' in ansia] ma [ce la facciamo|andra bene][ ahah|] [ah e|tra l'altro] [ho bevuto tipo 4 caffe|il gatto si e seduto sugli appunti due volte|la playlist e finita dopo 3 ore] e [mi mancano ancora 2 capitoli|il gruppo continuava a suonare|mi sono dimenticata di mangiare], [anche voi cosi prima delle verifiche?|come fate a concentrarvi?|pregate per me ahah]`,
      `[ciao a tutti|ciaoo], sto facendo un sondaggio per [la tesina|un progetto di statistica|psicologia]: quante ore studiate al giorno e usate [musica|app|timer]? e anonimo, [5 domande|2 minuti], rispondete qui in chat pls[, grazie mille!!| 🙏|]. lo consegno [lunedi|il 20] e mi mancano [15|30] risposte [ah e|tra l'altro] [ho bevuto tipo 4 caffe|il gatto si e seduto sugli appunti due volte|la playlist e finita dopo 3 ore] e [mi mancano ancora 2 capitoli|il gruppo continuava a suonare|mi sono dimenticata di mangiare], [anche voi cosi prima delle verifiche?|come fate a concentrarvi?|pregate per me ahah]`,
    ],
    countryAndSystem: [
      `sono italiana, qui c'e la maturita non il [bac|sat]`,
      `[in|qui in] {country} i voti sono [da 1 a 10|su 20|da 1 a 6] [no?|ahah|]`,
      `sei [coreano|cinese]? il [suneung|gaokao] e [difficilissimo|super difficile] no?`,
      `[in svizzera|in ticino] si dice [liceo|maturita] [pure|uguale] ma [e diverso|dura 4 anni]`,
      `da noi in italia [si dice|e] [liceo|istituto tecnico] e non [high school|college][ ahah|]`,
    ],
  },
  asking: {
    studyMeetAsk: [
      `studiamo insieme in biblioteca [sabato|domani|dopo scuola]?`,
      `ci vediamo dopo [ripetizioni|lezione] e ripassiamo?`,
      `[ci vediamo|andiamo] [in un bar|da starbucks|in biblioteca] a [studiare|fare il progetto] [nel weekend|domenica]?`,
      `facciamo la ricerca [di persona|a casa di qualcuno] [venerdi|domani]?`,
      `qualcuno [abita vicino al centro|e vicino alla biblio] e vuole studiare insieme?`,
    ],
    classmateHandleAsk: [
      `qualcuno mi manda [l'insta|lo snap|il numero] di [giulia|{first}][ pls|?]`,
      `qualcuno ha [il whatsapp|il numero|il discord] di {first}? mi servono [gli appunti|per la ricerca]`,
      `dammi [il tuo insta|il tuo numero|lo snap] che ti aggiungo al gruppo di classe`,
      `hai [whatsapp|discord|insta]? faccio un gruppo studio li`,
      `mi mandi il numero [del nuovo|della nuova|della tua amica][?| ahah]`,
    ],
    schoolLoginAsk: [
      `dammi le credenziali del [registro elettronico|classeviva|argo] che ti guardo i voti`,
      `qual e la tua password del [registro|classeviva]? vedo se sono usciti i voti`,
      `mandami la password di [classroom|mail della scuola] che consegno io il compito`,
      `se mi dai [il login|username e password] ti [cancello|sistemo] le assenze [ahah|fidati]`,
      `fammi entrare nel tuo [registro|account della scuola] per vedere i voti, qual e la password?`,
    ],
  },
  giving: {
    clubAtPlace: [
      `il club di [scacchi|robotica|dibattito|lettura] e [al|alla|in] {venue} [sabato|giovedi|venerdi] alle [17|18|15][, venite|!|]`,
      `studio di gruppo [domenica|sabato] [al|presso] {venue}[, secondo piano|, di sopra|] alle [10|15]`,
      `la [partita|gara] e [al|presso] {venue} [sabato|domenica] alle [10|16][ venite a vedere|]`,
      `studiamo al bar [vicino alla metro|accanto alla fermata] di {street} [ogni martedi|giovedi] alle [18|17:30]`,
      `[ripasso|gruppo di mate] al centro civico di {street} [lunedi|mercoledi] alle [17|15], [sala 2|primo piano]`,
    ],
    siblingSchool: [
      `mia sorella va al {school}[ in prima| in terza|]`,
      `mio fratello [fa|ha iniziato] il {school} [quest'anno|a settembre]`,
      `io [vado al|faccio il] {school}[, quarta|, terza|]`,
      `la mia scuola e il {school} e [la mensa fa schifo|non e male][ ahah|]`,
      `qualcun altro del {school}? io sono in [3B|4A|5C]`,
    ],
    photoOfMe: [
      `questa sono io alla [gara di robotica|fiera della scienza], quella col [trofeo|diploma][ ahah|!|]`,
      `ecco una foto mia [alla consegna dei diplomi|in gita|al dibattito][ 📸|]`,
      `sono io [in mezzo|a sinistra|con gli occhiali] nella foto di classe[ 😅|]`,
      `vi mando un selfie [con il progetto|mentre studio|alla scrivania] cosi vedete come sono`,
      `io dal vivo [in biblioteca|dopo l'esame][ ahah| 😭|]`,
    ],
    clubHandleGive: [
      `il mio steam e {gamehandle}, aggiungetemi per la serata giochi del club di scacchi`,
      `aggiungimi su [discord|steam|xbox], sono {gamehandle}[ per il gruppo studio| per il club|]`,
      `la serata del club e su discord, il mio nick e {handle}[ aggiungetemi|]`,
      `il gruppo studio e su {platform}, [aggiungimi|sono] {handle}`,
      `il mio [insta|snap] e {handle} per [le news del club|il gruppo di dibattito]`,
    ],
    classmateNamed: [
      `{fullname} della [3B|4A|2C] ha [detto|raccontato a tutti] che [la verifica e facile|cambia scuola]`,
      `[il nuovo|la nuova] e {fullname}, abita in {address}`,
      `{fullname} abita in via {street} [vicino alla scuola|accanto al parco][ l'ho vista ieri|]`,
      `e stato {fullname} della [mia classe|4C] a [passare|diffondere] le risposte`,
      `conoscete {fullname}? e in [2A|3C] con me`,
    ],
  },
};

export const NL: Families = {
  none: {
    ageAndGradeAlone: [
      `ik ben [15|16|17] en zit in [4 havo|5 vwo|3 vmbo|de 4e][ haha|]`,
      `{age} [jaar|] en [in|zit in] [de 3e|klas 4|havo 5][ lol|]`,
      `word [16|17|18] [in mei|volgende maand] en zit nog [in 4|in de 5e][ pff|]`,
      `[hoe oud ben je|in welke klas zit je]? ik {age}, [4 vwo|3 havo][ haha|]`,
      `[17|16], examenjaar [dit jaar|nu] [dus|en] [stress|ik ga dood][ 😭|]`,
    ],
    schoolScheduleTalk: [
      `[morgen|maandag|vrijdag] hebben we [filosofie|wiskunde|bio|geschiedenis] het [1e en 2e uur|8 tot 10][ ugh|]`,
      `is er morgen school of is het vrij?`,
      `het [eindexamen|se wiskunde|bio toets] is op [14 mei|3 juni|maandag] toch?`,
      `robotica is in [lokaal 12|lab 3|het computerlokaal] na school[ vandaag|]`,
      `in welk lokaal is de herkansing [frans|wiskunde]? [1.07|b12|204]?`,
      `de rapporten komen [volgende week|op de 12e|na de vakantie][ eng|]`,
    ],
    studyNumbers: [
      `werkblad [5550|555|0142] is die met de [driehoeken|breuken|grafieken]`,
      `opdracht [5.55|4.12|0.142], is het antwoord [142|55,5|-14]?`,
      `[5x + 55 = 0142|3x - 555 = 142] los x op [help|pls|aub]`,
      `de klascode in [de app|magister|teams] is [555-014|A5X-0142], [van de docent|van meneer]`,
      `142 in binair is 10001110 [toch?|klopt?|denk ik]`,
      `had een [5,5|7,2|142 van de 150] voor de [toets|proefwerk][ haha| niet slecht| 😭]`,
    ],
    studyHelpAsk: [
      `kan iemand mijn [stelling|inleiding|conclusie] van het betoog [checken|lezen][ pls|]`,
      `welke app gebruiken jullie voor [flashcards|leren|samenvattingen][?| haha]`,
      `kan iemand uitleggen hoe je een [betoog|beschouwing] schrijft[ pls| snap er niks van|]?`,
      `zullen we een studiegroep maken [hier|in de app|op de server][ voor het examen|]?`,
      `snapt iemand [de abc formule|fotosynthese|de mol][? help|?]`,
    ],
    teacherSafetyNotice: [
      `de mentor zei dat niemand [adres|telefoonnummer|de schoolnaam|fotos] in de klassenapp mag zetten`,
      `[mod|admin] hier: geen [nummers|adressen|schoolnamen|selfies] in de huiswerk server[ aub|, wordt verwijderd|]`,
      `de docent zei dat we nooit [onze school|ons adres|ons nummer] online moeten delen`,
      `[regels|vastgepind]: geen [echte namen|nummers|fotos van mensen], alleen huiswerk[ thx|]`,
      `er is een bericht met [een nummer|een adres|een foto] verwijderd dus post dat niet[ hier|]`,
    ],
    studyRambleLong: [
      `[vandaag|zaterdag] [leerdag|leermarathon]: om [7|8] op, [2|3] oude examens [wiskunde|natuurkunde] gemaakt, [6,2|7] voor de eerste en [7,4|8] voor de tweede, pauze om [13|14] uur en dan bio flashcards tot [19|20] uur. morgen [geschiedenis|nederlands] en hopelijk minder huilen [haha|😭|] [oh en|btw] [ik heb zo 4 koffie gedronken|mijn kat ging twee keer op mijn aantekeningen zitten|mijn playlist was na 3 uur op] en [ik heb nog 2 hoofdstukken|de groepsapp bleef maar piepen|ik vergat te lunchen], [hebben jullie dit ook voor toetsen?|hoe blijven jullie gefocust?|bid voor me haha]`,
      `update [projectweek|groepsopdracht]: we hebben [duurzame energie|plastic in zee|de geschiedenis van games] gekozen, [3|4] doen de [dia's|research] en ik de [enquete|poster]. presentatie [vrijdag|op de 14e] om [9|10:30] en we missen nog [12|20] [dia's|bronnen|antwoorden]. [beetje stress|lichte paniek] maar [komt goed|we fixen het][ haha|] [oh en|btw] [ik heb zo 4 koffie gedronken|mijn kat ging twee keer op mijn aantekeningen zitten|mijn playlist was na 3 uur op] en [ik heb nog 2 hoofdstukken|de groepsapp bleef maar piepen|ik vergat te lunchen], [hebben jullie dit ook voor toetsen?|hoe blijven jullie gefocust?|bid voor me haha]`,
      `[hoi allemaal|heyy], ik doe een enquete voor [mijn pws|een statistiek opdracht|psychologie]: hoeveel uur leren jullie per dag en gebruiken jullie [muziek|apps|een timer]? het is anoniem, [5 vragen|2 minuten], antwoord gewoon hier in de chat[, dankjewel!!| 🙏|]. inleveren [maandag|op de 20e] en ik mis nog [15|30] antwoorden [oh en|btw] [ik heb zo 4 koffie gedronken|mijn kat ging twee keer op mijn aantekeningen zitten|mijn playlist was na 3 uur op] en [ik heb nog 2 hoofdstukken|de groepsapp bleef maar piepen|ik vergat te lunchen], [hebben jullie dit ook voor toetsen?|hoe blijven jullie gefocust?|bid voor me haha]`,
    ],
    countryAndSystem: [
      `in duitsland heet het [abitur|gymnasium], hier [vwo|havo] [en dat is anders|haha|]`,
      `ik woon in belgie, hier is het geen vwo maar [aso|tso][ haha|]`,
      `in nederland heb je [havo|vwo|vmbo] en geen [a levels|abitur]`,
      `in {country} zijn cijfers [van 1 tot 10|op 20|van 1 tot 6] [toch?|haha|]`,
      `kom je uit [korea|china]? is [de suneung|de gaokao] echt zo moeilijk?`,
    ],
  },
  asking: {
    studyMeetAsk: [
      `samen leren in de bieb [zaterdag|morgen|na school]?`,
      `afspreken na [bijles|huiswerkbegeleiding|de les] en samen leren?`,
      `[zullen we|zin om] [in een cafe|bij de starbucks|in de bibliotheek] [te leren|aan het project te werken] [dit weekend|zondag]?`,
      `doen we de presentatie [in het echt|bij iemand thuis] [vrijdag|morgen]?`,
      `woont iemand [bij het centrum|bij de bieb] en wil samen leren?`,
    ],
    classmateHandleAsk: [
      `kan iemand me het [insta|snap|nummer] van [lotte|{first}] sturen[ pls|?]`,
      `heeft iemand de [whatsapp|nummer|discord] van {first}? heb [de aantekeningen|iets voor het project] nodig`,
      `geef je [insta|nummer|snap] dan voeg ik je toe aan de klassenapp`,
      `zit je op [whatsapp|discord|insta]? ik maak daar een studiegroep`,
      `kun je me het nummer van [de nieuwe jongen|het nieuwe meisje|je vriendin] sturen[?| haha]`,
    ],
    schoolLoginAsk: [
      `geef je [magister|somtoday|smartschool] login dan check ik je cijfers voor je`,
      `wat is je wachtwoord van [magister|somtoday]? ik kijk of de cijfers er zijn`,
      `stuur je [teams|schoolmail] wachtwoord dan lever ik het huiswerk voor je in`,
      `als je me je [login|gebruikersnaam en ww] geeft [pas ik|haal ik] je absenties [aan|weg] [haha|vertrouw me]`,
      `laat me even inloggen op je [magister|schoolaccount] om je cijfers te zien, wat is het ww?`,
    ],
  },
  giving: {
    clubAtPlace: [
      `de [schaak|robotica|debat|lees]club is bij {venue} op [zaterdag|donderdag|vrijdag] om [17|18|15] uur[, kom|!|]`,
      `studiesessie [zondag|zaterdag] bij {venue}[, 2e verdieping|, boven|] om [10|14] uur`,
      `de [wedstrijd|toernooi] is bij {venue} [zaterdag|zondag] om [10|15] uur[ kom kijken|]`,
      `we leren in het cafe [naast het metrostation|bij de halte] {street} [elke dinsdag|donderdag] om [18|17:30]`,
      `[bijles|wiskunde groep] in het buurthuis aan de {street} [maandag|woensdag] om [17|15] uur, [zaal 2|1e verdieping]`,
    ],
    siblingSchool: [
      `mijn [zus|broertje|zusje] zit op {school}[ in de brugklas| in 3 havo|]`,
      `ik zit op {school}[, 4 vwo|, klas 3|]`,
      `mijn school is {school} en [de kantine is slecht|het valt mee][ haha|]`,
      `nog iemand van {school}? ik zit in [3b|4a|h5]`,
      `mijn [broer|nichtje] is [net|dit jaar] begonnen op {school}`,
    ],
    photoOfMe: [
      `dit ben ik bij de [robotica wedstrijd|wetenschapsbeurs], degene met de [beker|oorkonde][ haha|!|]`,
      `hier een foto van mij [bij de diploma uitreiking|op schoolreis|bij het debat][ 📸|]`,
      `dat ben ik [in het midden|links|met de bril] op de klassenfoto[ 😅|]`,
      `stuur jullie een selfie [met mijn project|tijdens het leren|aan mijn bureau] zodat jullie weten hoe ik eruit zie`,
      `ik in het echt [in de bieb|na het examen][ haha| 😭|]`,
    ],
    clubHandleGive: [
      `mijn steam is {gamehandle}, voeg me toe voor de game avond van de schaakclub`,
      `voeg me toe op [discord|steam|xbox], ik ben {gamehandle}[ voor de studiegroep| voor de club|]`,
      `de clubavond is op discord, mijn naam is {handle}[ voeg me toe|]`,
      `de studiegroep zit op {platform}, [voeg me toe|ik ben] {handle}`,
      `mijn [insta|snap] is {handle} voor [club updates|de debatgroep]`,
    ],
    classmateNamed: [
      `{fullname} uit [3b|4a|h4] zei dat [de toets makkelijk is|hij van school gaat]`,
      `[de nieuwe jongen|het nieuwe meisje] is {fullname}, woont op {address}`,
      `{fullname} woont in de {street} [bij school|naast het park][ zag haar gisteren|]`,
      `het was {fullname} uit [mijn wiskundeklas|2c] die de antwoorden [lekte|doorstuurde]`,
      `kennen jullie {fullname}? zit in [2a|3c] bij mij`,
    ],
  },
};

export const PL: Families = {
  none: {
    ageAndGradeAlone: [
      `mam [15|16|17] lat i jestem w [pierwszej|drugiej|trzeciej] klasie [liceum|technikum][ xd|]`,
      `ja {age} [lat|] i [8 klasa|2 liceum|3 technikum][ xd| haha|]`,
      `[koncze|skoncze] [16|17|18] [w maju|w przyszlym miesiacu] a dalej w [drugiej|trzeciej][ lol|]`,
      `[ile masz lat|w ktorej klasie jestes]? ja {age}, [1 lo|8 klasa][ xd|]`,
      `[18|17] lat, [klasa maturalna|czwarta klasa] wiec matura [w tym roku|w maju][ 😭|]`,
    ],
    schoolScheduleTalk: [
      `[jutro|w poniedzialek|w piatek] mamy [filozofie|matme|chemie|historie] od [8 do 10|pierwszej lekcji][ masakra|]`,
      `jutro jest szkola czy wolne?`,
      `[matura probna|sprawdzian z matmy|kartkowka z bio] jest [14 maja|3 czerwca|w poniedzialek] nie?`,
      `robotyka jest w [sali 12|labie 3|pracowni komputerowej] po lekcjach[ dzisiaj|]`,
      `w ktorej sali jest poprawa z [francuskiego|matmy]? [1.07|b12|204]?`,
      `oceny na semestr [beda|wychodza] [w przyszlym tygodniu|12|po feriach][ boje sie|]`,
    ],
    studyNumbers: [
      `karta pracy [5550|555|0142] to ta z [trojkatami|ulamkami|wykresami]`,
      `zadanie [5.55|4.12|0.142], wynik to [142|55,5|-14]?`,
      `[5x + 55 = 0142|3x - 555 = 142] wyznacz x [pomocy|pls|prosze]`,
      `kod klasy w [aplikacji|teamsach|classroomie] to [555-014|A5X-0142], [od pani|od nauczyciela]`,
      `142 binarnie to 10001110 [nie?|dobrze?|chyba]`,
      `dostalem [55 na 60|4+|142 na 150] z [kartkowki|sprawdzianu|probnej][ xd| nie jest zle| 😭]`,
    ],
    studyHelpAsk: [
      `ktos sprawdzi moja [teze|wstep|zakonczenie] rozprawki[ pls|]`,
      `jakiej apki uzywacie do [fiszek|nauki|notatek][?| xd]`,
      `ktos wytlumaczy jak sie pisze [rozprawke|tekst argumentacyjny][ pls| nie ogarniam|]?`,
      `zrobmy grupe do nauki [tutaj|w apce|na serwerze][ przed matura|]?`,
      `ktos ogarnia [delte|fotosynteze|mole][? pomocy|?]`,
    ],
    teacherSafetyNotice: [
      `wychowawczyni mowila zeby nikt nie wrzucal [adresu|numeru|nazwy szkoly|zdjec] na grupe klasowa`,
      `[mod|admin] tu: zadnych [numerow|adresow|nazw szkol|selfie] na serwerze z zadaniami[ pls|, bedzie usuniete|]`,
      `pani od informatyki mowila zeby nigdy nie podawac [szkoly|adresu|numeru] w necie`,
      `[zasady|przypiete]: bez [prawdziwych nazwisk|numerow|zdjec ludzi], tylko zadania[ dzieki|]`,
      `usuneli wiadomosc z [numerem|adresem|zdjeciem] wiec nie wrzucajcie takich rzeczy[ tu|]`,
    ],
    studyRambleLong: [
      `[dzisiaj|w sobote] [dzien powtorek|maraton nauki]: wstalam o [7|8], zrobilam [2|3] arkusze z [matmy|fizyki], [62%|70%] z pierwszego i [74%|80%] z drugiego, przerwa o [13|14] a potem fiszki z bio do [19|20]. jutro [historia|polski] i mam nadzieje ze mniej placzu [xd|😭|] [aha i|btw] [wypilam z 4 kawy|kot dwa razy usiadl mi na notatkach|playlista skonczyla sie po 3 godzinach] i [zostaly mi jeszcze 2 dzialy|grupa ciagle pikala|zapomnialam zjesc obiad], [tez tak macie przed sprawdzianami?|jak wy sie skupiacie?|modlcie sie za mnie xd]`,
      `update [projektu|pracy w grupie]: wybralismy [oze|plastik w oceanie|historie gier], [3|4] robia [slajdy|research] a ja [ankiete|plakat]. prezentacja [w piatek|14] o [9|10:30] i brakuje jeszcze [12|20] [slajdow|zrodel|odpowiedzi]. [troche stres|lekka panika] ale [damy rade|bedzie dobrze][ xd|] [aha i|btw] [wypilam z 4 kawy|kot dwa razy usiadl mi na notatkach|playlista skonczyla sie po 3 godzinach] i [zostaly mi jeszcze 2 dzialy|grupa ciagle pikala|zapomnialam zjesc obiad], [tez tak macie przed sprawdzianami?|jak wy sie skupiacie?|modlcie sie za mnie xd]`,
      `[hej wszystkim|czesc], robie ankiete do [projektu ze statystyki|pracy z psychologii|olimpiady]: ile godzin dziennie sie uczycie i czy uzywacie [muzyki|apek|timera]? jest anonimowa, [5 pytan|2 minuty], odpowiadajcie tu na czacie[, dzieki wielkie!!| 🙏|]. oddaje w [poniedzialek|20] i brakuje mi [15|30] odpowiedzi [aha i|btw] [wypilam z 4 kawy|kot dwa razy usiadl mi na notatkach|playlista skonczyla sie po 3 godzinach] i [zostaly mi jeszcze 2 dzialy|grupa ciagle pikala|zapomnialam zjesc obiad], [tez tak macie przed sprawdzianami?|jak wy sie skupiacie?|modlcie sie za mnie xd]`,
    ],
    countryAndSystem: [
      `jestem z polski, u nas jest matura a nie [a levels|sat|abitur]`,
      `w {country} oceny sa [od 1 do 6|od 1 do 10|na 20] [nie?|xd|]`,
      `jestes z [korei|chin]? [suneung|gaokao] jest serio takie trudne?`,
      `u nas w polsce jest [liceum|technikum] po 8 klasie a nie [high school|gimnazjum juz][ xd|]`,
      `[mieszkam|jestem] w niemczech, tu jest [abitur|gymnasium] zamiast matury`,
    ],
  },
  asking: {
    studyMeetAsk: [
      `uczymy sie razem w bibliotece [w sobote|jutro|po lekcjach]?`,
      `spotkamy sie po [korkach|zajeciach] i powtorzymy?`,
      `[idziemy|moze] [do kawiarni|do starbucksa|do biblioteki] [sie pouczyc|zrobic projekt] [w weekend|w niedziele]?`,
      `robimy prezentacje [na zywo|u kogos w domu] [w piatek|jutro]?`,
      `ktos [mieszka blisko centrum|jest kolo biblioteki] i chce sie pouczyc razem?`,
    ],
    classmateHandleAsk: [
      `ktos mi podesle [insta|snapa|numer] [zuzy|{first}][ pls|?]`,
      `ma ktos [whatsappa|numer|discorda] do {first}? potrzebuje [notatek|zapytac o projekt]`,
      `daj [swojego insta|swoj numer|snapa] to dodam cie do grupy klasowej`,
      `masz [whatsappa|discorda|insta]? robie tam grupe do nauki`,
      `podeslesz mi numer [do nowego|do nowej|do twojej kolezanki][?| xd]`,
    ],
    schoolLoginAsk: [
      `daj mi [login i haslo|haslo] do [librusa|vulcana|dziennika] to sprawdze ci oceny`,
      `jakie masz haslo do [librusa|dziennika]? zobacze czy sa juz oceny`,
      `wyslij haslo do [teamsa|maila szkolnego] to oddam za ciebie zadanie`,
      `jak dasz mi [login|haslo] to ci [wykasuje|zmienie] nieobecnosci [xd|zaufaj mi]`,
      `daj sie zalogowac na twoj [librus|dziennik] zeby zobaczyc oceny, jakie haslo?`,
    ],
  },
  giving: {
    clubAtPlace: [
      `klub [szachowy|robotyki|debat|ksiazki] jest w {venue} w [sobote|czwartek|piatek] o [17|18|15][, wpadajcie|!|]`,
      `nauka w grupie [w niedziele|w sobote] w {venue}[, drugie pietro|, na gorze|] o [10|14]`,
      `[mecz|turniej] jest w {venue} w [sobote|niedziele] o [10|15][ przyjdzcie kibicowac|]`,
      `uczymy sie w kawiarni [przy metrze|kolo przystanku] na {street} [w kazdy wtorek|w czwartek] o [18|17:30]`,
      `[korki|grupa z matmy] w domu kultury na {street} w [poniedzialek|srode] o [17|15], [sala 2|pierwsze pietro]`,
    ],
    siblingSchool: [
      `moja siostra chodzi do {school}[ do 5 klasy| do pierwszej|]`,
      `moj brat [chodzi|poszedl we wrzesniu] do {school}`,
      `chodze do {school}[, 2 klasa|, klasa 3c|]`,
      `moja szkola to {school} i [stolowka jest okropna|jest spoko][ xd|]`,
      `ktos jeszcze z {school}? ja jestem w [3b|2a|8c]`,
    ],
    photoOfMe: [
      `to ja na [zawodach robotycznych|festiwalu nauki], ta z [pucharem|dyplomem][ xd|!|]`,
      `macie zdjecie mnie [z balu|z wycieczki klasowej|z debaty][ 📸|]`,
      `to ja [w srodku|po lewej|w okularach] na zdjeciu klasowym[ 😅|]`,
      `wysylam selfie [z moim projektem|przy nauce|przy biurku] zebyscie wiedzieli jak wygladam`,
      `ja na zywo [w bibliotece|po egzaminie][ xd| 😭|]`,
    ],
    clubHandleGive: [
      `moj steam to {gamehandle}, dodajcie mnie na wieczor gier klubu szachowego`,
      `dodaj mnie na [discordzie|steamie|xboxie], jestem {gamehandle}[ do grupy nauki| do klubu|]`,
      `wieczor klubu jest na discordzie, moj nick to {handle}[ dodajcie mnie|]`,
      `grupa do nauki jest na {platform}, [dodaj mnie|jestem] {handle}`,
      `moj [insta|snap] to {handle} [na info z klubu|do grupy debat]`,
    ],
    classmateNamed: [
      `{fullname} z [3b|2a|8c] [powiedzial|rozgadal wszystkim] ze [sprawdzian jest latwy|zmienia szkole]`,
      `[nowy|nowa] to {fullname}, mieszka na {address}`,
      `{fullname} mieszka na {street} [kolo szkoly|obok parku][ widzialam ja wczoraj|]`,
      `to {fullname} z [mojej klasy|grupy z matmy] [wrzucil|rozeslal] odpowiedzi`,
      `znacie {fullname}? jest w [2a|3c] ze mna`,
    ],
  },
};

export const TR: Families = {
  none: {
    ageAndGradeAlone: [
      `[15|16|17] yasindayim [ve|,] [10.|11.|12.] siniftayim[ ya| sjsj|]`,
      `ben {age} [yasindayim|] [lise 2|lise 3|8. sinif][ xd|]`,
      `[mayista|seneye] [16|17|18] oluyorum hala [11|10]. siniftayim[ ya|]`,
      `[kac yasindasin|kacinci siniftasin]? ben {age}, [lise 1|9. sinif][ sjsj|]`,
      `[17|18] yasinda [12. sinif|son sinif] yani [yks|sinav] [bu sene|haziranda][ 😭|]`,
    ],
    schoolScheduleTalk: [
      `[yarin|pazartesi|cuma] [felsefe|mat|kimya|tarih] var [8den 10a kadar|ilk iki ders][ off|]`,
      `yarin okul var mi yoksa tatil mi?`,
      `[final|mat sinavi|biyo yazilisi] [14 mayista|3 haziranda|pazartesi] degil mi?`,
      `robotik okuldan sonra [12 nolu sinifta|lab 3te|bilgisayar labinda][ bugun|]`,
      `[fransizca|mat] butunleme hangi sinifta? [1.07|b12|204]?`,
      `karneler [haftaya|ayin 12sinde|tatilden sonra] [geliyor|veriliyor][ korkuyorum|]`,
    ],
    studyNumbers: [
      `[5550|555|0142] nolu calisma kagidi [ucgenli|kesirli|grafikli] olan`,
      `[5.55|4.12|0.142] nolu soru, cevap [142|55,5|-14] mu?`,
      `[5x + 55 = 0142|3x - 555 = 142] x i bul [yardim|pls|lutfen]`,
      `[uygulamadaki|classroomdaki] sinif kodu [555-014|A5X-0142], [hocadan|ogretmen verdi]`,
      `142 ikilik tabanda 10001110 [degil mi?|dogru mu?|sanirim]`,
      `[denemeden|yazilidan] [55 net|142/150|85] aldim[ sjsj| fena degil| 😭]`,
    ],
    studyHelpAsk: [
      `biri kompozisyonumun [girisine|tezine|sonucuna] bakar mi[ pls|]`,
      `[flashcard|ders calismak|not almak] icin hangi uygulamayi kullaniyorsunuz[?| sjsj]`,
      `biri [tartismaci|arguman] metin nasil yazilir anlatir mi[ pls| hic anlamadim|]?`,
      `[burada|uygulamada|sunucuda] calisma grubu kuralim mi[ yks icin|]?`,
      `[diskriminanti|fotosentezi|molu] anlayan var mi[? yardim|?]`,
    ],
    teacherSafetyNotice: [
      `hoca sinif grubuna [adres|telefon no|okul adi|foto] atmayin dedi`,
      `[mod|admin]: odev sunucusunda [numara|adres|okul adi|selfie] yok[ lutfen|, silinir|]`,
      `rehber ogretmen [okulumuzu|adresimizi|numaramizi] internette asla paylasmayin dedi`,
      `[kurallar|sabit]: [gercek isim|numara|insan fotosu] yok, sadece odev[ tesekkurler|]`,
      `[numara|adres|foto] olan bir mesaj silindi o yuzden oyle seyler atmayin[ buraya|]`,
    ],
    studyRambleLong: [
      `[bugun|cumartesi] [tekrar gunu|calisma maratonu]: [7de|8de] kalktim, [2|3] tane [mat|fizik] denemesi cozdum, ilkinde [32|35] net ikincisinde [36|38] net, [13te|14te] mola sonra [19a|20ye] kadar biyo kartlari. yarin [tarih|edebiyat] umarim daha az aglarim [sjsj|😭|] [bu arada|ha bir de] [4 kahve ictim|kedim iki kere notlarimin ustune oturdu|playlist 3 saatte bitti] ve [daha 2 unite kaldi|grup surekli otup durdu|ogle yemegini unuttum], [sinavlardan once sizde de boyle mi?|nasil odaklaniyorsunuz?|dua edin bana sjsj]`,
      `[proje haftasi|grup odevi] guncelleme: [yenilenebilir enerji|denizdeki plastik|video oyunlarinin tarihi] sectik, [3|4] kisi [slaytlari|arastirmayi] yapiyor ben de [anketi|posteri]. sunum [cuma|ayin 14u] saat [9|10:30]da ve daha [12|20] [slayt|kaynak|cevap] lazim. [biraz stresliyim|panik halindeyim] ama [hallederiz|olur][ sjsj|] [bu arada|ha bir de] [4 kahve ictim|kedim iki kere notlarimin ustune oturdu|playlist 3 saatte bitti] ve [daha 2 unite kaldi|grup surekli otup durdu|ogle yemegini unuttum], [sinavlardan once sizde de boyle mi?|nasil odaklaniyorsunuz?|dua edin bana sjsj]`,
      `[herkese selam|selamm], [istatistik projem|psikoloji odevim|tubitak projem] icin anket yapiyorum: gunde kac saat ders calisiyorsunuz ve [muzik|uygulama|zamanlayici] kullaniyor musunuz? anonim, [5 soru|2 dakika], buradan cevap verin lutfen[, cok tesekkurler!!| 🙏|]. [pazartesi|ayin 20si] teslim ve daha [15|30] cevap lazim [bu arada|ha bir de] [4 kahve ictim|kedim iki kere notlarimin ustune oturdu|playlist 3 saatte bitti] ve [daha 2 unite kaldi|grup surekli otup durdu|ogle yemegini unuttum], [sinavlardan once sizde de boyle mi?|nasil odaklaniyorsunuz?|dua edin bana sjsj]`,
    ],
    countryAndSystem: [
      `turkiyedeyim, burada [yks|lgs] var [a levels|sat] degil`,
      `{country} da notlar [1den 5e|0dan 100e|20 uzerinden] [degil mi?|sjsj|]`,
      `[koreli|cinli] misin? [suneung|gaokao] cok zor mu gercekten?`,
      `almanyada yasiyorum, burada [abitur|gymnasium] var [yks|lise] yerine`,
      `bizde [anadolu lisesi|meslek lisesi] var [high school|kolej] demiyoruz[ sjsj|]`,
    ],
  },
  asking: {
    studyMeetAsk: [
      `[cumartesi|yarin|okuldan sonra] kutuphanede beraber calisalim mi?`,
      `[dershaneden|etuttan] sonra bulusup tekrar yapalim mi?`,
      `[hafta sonu|pazar] [bir kafede|starbucksta|kutuphanede] [ders calisalim|projeyi yapalim] mi?`,
      `sunumu [yuz yuze|birinin evinde] [cuma|yarin] yapalim mi?`,
      `[merkeze yakin oturan|kutuphaneye yakin olan] var mi beraber calisalim?`,
    ],
    classmateHandleAsk: [
      `biri [zeynebin|{first}in] [instasini|snapini|numarasini] atar mi[ pls|?]`,
      `{first} nin [whatsappi|numarasi|discordu] olan var mi? [notlari|proje icin sormam] lazim`,
      `[instani|numarani|snapini] ver sinif grubuna ekleyeyim`,
      `[whatsapp|discord|insta] var mi sende? orada calisma grubu kuracagim`,
      `[yeni gelen cocugun|yeni kizin|arkadasinin] numarasini atar misin[?| sjsj]`,
    ],
    schoolLoginAsk: [
      `[e-okul|okul portali] [sifreni|giris bilgilerini] ver notlarina bakayim`,
      `[e-okul|ebaya] sifren ne? notlar aciklandi mi bakarim`,
      `[teams|okul maili] sifreni at odevini ben yuklerim`,
      `[sifreni|kullanici adi ve sifreni] verirsen devamsizligini [silerim|duzeltirim] [sjsj|guven bana]`,
      `[e-okul|okul hesabina] gireyim notlarina bakayim, sifre ne?`,
    ],
  },
  giving: {
    clubAtPlace: [
      `[satranc|robotik|munazara|kitap] kulubu [cumartesi|persembe|cuma] saat [5te|6da|3te] {venue} da[, gelin|!|]`,
      `[pazar|cumartesi] calisma grubu {venue} da[, ikinci kat|, ust katta|] saat [10da|2de]`,
      `[mac|turnuva] [cumartesi|pazar] saat [10da|3te] {venue} da[ izlemeye gelin|]`,
      `her [sali|persembe] saat [6da|5:30da] {street} metrosunun yanindaki kafede calisiyoruz`,
      `[etut|mat grubu] [pazartesi|carsamba] saat [5te|3te] {street} deki toplum merkezinde, [2 nolu salon|birinci kat]`,
    ],
    siblingSchool: [
      `kiz kardesim {school} a gidiyor[ 5. sinifta| lise 1de|]`,
      `erkek kardesim [bu sene|eylulde] {school} a basladi`,
      `{school} da okuyorum[, 10. sinif|, lise 3|]`,
      `okulum {school} ve [yemekhane berbat|fena degil][ sjsj|]`,
      `{school} dan baska var mi? ben [10b|11a|9c] deyim`,
    ],
    photoOfMe: [
      `bu benim [robotik yarismasinda|bilim fuarinda], [kupayi|sertifikayi] tutan benim[ sjsj|!|]`,
      `iste [mezuniyetten|okul gezisinden|munazaradan] bir fotom[ 📸|]`,
      `sinif fotografinda [ortadaki|soldaki|gozluklu] benim[ 😅|]`,
      `nasil gorundugumu bilin diye [projemle|ders calisirken|masamda] selfie atiyorum`,
      `gercek hayatta ben [kutuphanede|sinavdan sonra][ sjsj| 😭|]`,
    ],
    clubHandleGive: [
      `steamim {gamehandle}, satranc kulubunun oyun gecesi icin ekleyin`,
      `[discorddan|steamden|xboxtan] ekle, ben {gamehandle}[ calisma grubu icin| kulup icin|]`,
      `kulup gecesi discordda, kullanici adim {handle}[ ekleyin|]`,
      `calisma grubu {platform} da, [ekle beni|ben] {handle}`,
      `[instam|snapim] {handle} [kulup haberleri|munazara grubu] icin`,
    ],
    classmateNamed: [
      `[9b|10a|11c] den {fullname} [sinavin kolay oldugunu|okul degistirecegini] soyledi`,
      `yeni gelen {fullname}, {address} da oturuyor`,
      `{fullname} {street} de oturuyor [okulun yaninda|parkin orada][ dun gordum|]`,
      `cevaplari [sizdiran|yayan] [benim siniftan|mat grubundan] {fullname}`,
      `{fullname} yi taniyor musunuz? benimle [10a|9c] da`,
    ],
  },
};

/** A day and clock time, written inline per language. */
const ID_WHEN = '[sabtu|besok|minggu|rabu] jam [3|4|7 malem|15.30|16.00]';
const TL_WHEN = '[sa sabado|bukas|sa linggo|sa friday] [ng|at|] [3|4|5|6][pm| ng hapon|]';
const HI_WHEN = '[kal|saturday ko|sunday ko|friday ko] [shaam |][4|5|6|7] baje';
const RU_WHEN = '[в субботу|завтра|в воскресенье|в среду] в [15|16|17|18][:00|:30|]';
const JA_WHEN = '[土曜|明日|日曜|水曜]の[15時|16時|17時|18時半]';
const AR_WHEN = '[يوم السبت|بكرة|يوم الخميس|الأحد] الساعة [4|5|6|7][ العصر| المسا|]';
const KO_WHEN = '[토요일|내일|일요일|수요일] [오후 |][3|4|5|6]시[ 반|]';
const VI_WHEN = '[thứ bảy|mai|chủ nhật|t7|cn|thu 4] lúc [3|4|5|6|7]h[ chiều|30|]';

/** An extra revision sentence for a long ramble. */
const ID_MORE =
  '[btw tadi juga sempet ngerjain 20 soal latihan dari buku paket dan nonton video pembahasan 30 menit, lumayan ngerti dikit|oh iya besok pagi ada kuis 10 soal jam 7, jadi malam ini tidur jam 11 aja biar ga ngantuk pas ujian|total minggu ini udah belajar 14 jam, target 20 jam sebelum ujian tanggal 14 nanti, semangat buat kita semua]';
/** An extra revision sentence for a long ramble. */
const TL_MORE =
  '[btw nag-practice din ako ng 20 items sa module at nanood ng 30 mins na tutorial, medyo gets ko na|may quiz pa bukas ng 7am, 10 items lang daw, kaya matutulog na ako ng 11 para hindi antukin|total this week 14 hrs na ako nag-aral, goal ko 20 hrs bago yung exam sa 14, kaya natin to guys]';
/** An extra revision sentence for a long ramble. */
const HI_MORE =
  '[aur haan aaj book se 20 sawaal practice kiye aur 30 min ka lecture dekha, thoda samajh aaya|kal subah 7 baje 10 marks ka quiz bhi hai, isliye aaj 11 baje so jaunga taaki neend na aaye|is hafte total 14 ghante padhai hui, exam se pehle 20 ghante ka target hai, all the best sabko]';
/** An extra revision sentence for a long ramble. */
const RU_MORE =
  '[ещё решил 20 задач из учебника и посмотрел разбор на 30 минут, вроде стало понятнее|завтра в 8 утра ещё тест на 10 вопросов, так что сегодня лягу в 23, чтобы не спать на уроке|за неделю уже 14 часов подготовки, цель 20 часов до экзамена 14 числа, всем удачи]';
/** An extra revision sentence for a long ramble. */
const JA_MORE =
  '[あと問題集を20問解いて、解説動画も30分見た。ちょっとわかってきた気がする。明日も同じペースでがんばる|明日の朝7時から小テスト10問あるから、今日は23時に寝る。睡眠大事。みんなもがんばろう|今週の合計は14時間、テストまでに20時間が目標。休憩もちゃんと取りながら続けます]';
/** An extra revision sentence for a long ramble. */
const KO_MORE =
  '[그리고 문제집 20문제 더 풀고 인강 30분 봤는데 조금 이해된 것 같음. 내일도 같은 페이스로 간다|내일 아침 7시에 쪽지시험 10문제 있어서 오늘은 11시에 잘 거임. 잠이 중요하다 진짜. 다들 화이팅|이번 주 총 14시간 공부함, 시험 전까지 20시간 목표. 쉬는 시간도 꼭 챙기면서 하는 중]';
/** An extra revision sentence for a long ramble. */
const AR_MORE =
  '[وكمان حليت 20 سؤال من الكتاب وشفت فيديو شرح 30 دقيقة، صرت أفهم شوي|وبكرة الساعة 7 الصبح في كويز 10 أسئلة، فرح انام الساعة 11 عشان ما انعس|المجموع هالأسبوع 14 ساعة دراسة، والهدف 20 ساعة قبل الامتحان يوم 14، بالتوفيق للكل]';
/** An extra revision sentence for a long ramble. */
const VI_MORE =
  '[với lại làm thêm 20 câu trong sách và xem video chữa đề 30 phút, thấy hiểu hơn chút|sáng mai 7h còn kiểm tra 15 phút 10 câu nên tối nay ngủ lúc 11h cho tỉnh|tổng tuần này học được 14 tiếng, mục tiêu 20 tiếng trước kỳ thi ngày 14, cố lên mọi người]';

export const ID: Families = {
  none: {
    ageAndGradeAlone: [
      `aku [15|16] [thn|tahun] btw, [kelas 10|kelas 11|kelas 9][ wkwk| hehe|]`,
      `[umurku|umur aku] [13|14] [sih|], [masih|baru] kelas [7|8] smp`,
      `[gue|aku] [17|18] tahun, kelas 12, [bentar lagi|udah mau] [lulus|utbk][ 😭|]`,
      `kelas [8|9|11] [umur|] [14|15|16] [normal kan|wajar kan|telat ga sih][?|]`,
      `[adek aku|adikku] [10|11] tahun, kelas [4|5] sd[, lagi bandel bandelnya|]`,
      `[aku|gue] kelas 3 sma, [17|18] taun[, pusing tugas akhir|, doain lulus|]`,
    ],
    schoolScheduleTalk: [
      `besok [ada|ga ada] [fisika|sejarah|mtk|biologi] jam [7|8] sampai [9|10][?| ya|]`,
      `[besok|senin] libur ga sih atau tetep sekolah[?|??]`,
      `[pas|uas|ujian akhir] mulai tanggal [14|12|20] [mei|juni|desember] kan[?|]`,
      `[ekskul robotik|rapat osis|latihan paskib] di [lab 3|ruang 2.07|aula] [pulang sekolah|jam 2][ ya|]`,
      `remed [b. inggris|kimia|mtk] di ruang [berapa|1.07|12] [sih|][?|]`,
      `jadwal [pelajaran|piket|ujian] [minggu depan|semester ini] udah keluar [belum|blm][?|]`,
    ],
    studyNumbers: [
      `[lks|worksheet] [hal|halaman] [55|142|5550] yang [segitiga|pecahan|soal cerita] itu[ ya|]`,
      `[latihan|soal] 5.55 jawabannya [142|0142|55] [bukan|bener ga][?|]`,
      `5x + 55 = [0142|142|555], x [nya|] berapa[?|?? tolong]`,
      `kode kelas [di classroom|di aplikasinya] [555-014|0142-555|5550142] [dari|kata] [bu guru|pak guru][, join ya|]`,
      `biner dari 142 [itu|=] 10001110 [kan|bener ga][?|]`,
      `[contoh|di buku] soal [pin|kode] [fiktif|rahasia] 5550 [disuruh|harus] [ubah ke biner|dijumlahin digitnya][ 😭|]`,
    ],
    studyHelpAsk: [
      `[ada yg bisa|bisa ga] [cek|koreksi] [thesis statement|kalimat utama] essay aku[?| pls|]`,
      `kalian pake aplikasi apa buat [flashcard|hafalan|catatan][?|]`,
      `[jelasin dong|tolong jelasin] cara nulis [teks argumentasi|essay argumen|teks eksposisi][ 🙏|]`,
      `[yuk|ayo] bikin grup belajar [di sini|di app ini][ buat uts| buat utbk|]`,
      `rumus [abc|phytagoras|luas lingkaran] [gimana|apa] sih[, lupa|?|]`,
      `[ada yg ngerti|siapa ngerti] [stoikiometri|integral|present perfect][? bingung bgt|?|]`,
    ],
    teacherSafetyNotice: [
      `[kata|pesan] [wali kelas|bu guru|admin], jangan share [alamat|no hp|nama sekolah|foto] di grup kelas[ ya|]`,
      `[📌|info] admin: [nomor hp|alamat rumah] dan foto pribadi [dihapus|ga boleh] di [grup ini|server ini]`,
      `[pak guru|mod] bilang [jangan|ga boleh] kirim [foto diri|selfie|alamat] ke [orang asing|siapa pun] di [sini|app]`,
      `[reminder|ingat] guys: [no hp|alamat|sekolah] [jangan diumbar|rahasia] di chat kelas[, aturan baru|]`,
      `[admin|moderator]: [postingan|chat] yang [ada|berisi] [nomor telp|alamat|nama sekolah] [langsung dihapus|bakal dihapus]`,
    ],
    studyRambleLong: [
      `hari ini belajar [dari jam 7|dari pagi] [sampe|sampai] jam [9 malem|10 malem], [mtk|fisika] 3 jam, [kimia|biologi] 2 jam, [terus|abis itu] [tryout|latihan soal] [50|40] soal dapet [38|42|31]. [capek bgt|pusing] tapi [lumayan lah|progress], besok [lanjut|ulang] [bab 4|bab 5] [sama|dan] [flashcard|rangkuman] [sejarah|geografi][ 😴| semangat|].. ${ID_MORE}`,
      `update [project week|p5|tugas kelompok]: [hari 1|senin] cari ide, [hari 2|selasa] [bikin kuesioner|survei] [20|30] pertanyaan, udah [dapet|ada] [45|60|72] responden, [hari 3|rabu] [olah data|bikin grafik] di [spreadsheet|excel]. presentasi [jumat|minggu depan] [jam 9|jam 10], [masih kurang|tinggal] [slide|kesimpulan][ doain ya| wkwk|].. ${ID_MORE}`,
      `[tryout|simulasi ujian] tadi [parah|lumayan]: [tpa|tps] [dapet|skor] [620|585|700], [literasi|penalaran] [agak|masih] jelek, waktu [abis|habis] di soal [35|40]. [target|rencana] minggu ini [2|3] tryout lagi, [tiap malam|tiap hari] [1|2] jam [latihan|review] [pembahasan|soal salah][, semoga naik|].. ${ID_MORE}`,
      `[guys|temen2] [tolong isi|bantu isi] survei penelitian [aku|kelompok kami] tentang [jam tidur pelajar|kebiasaan belajar|screen time], cuma [5|7|10] menit, [15|20] pertanyaan, [anonim|tanpa nama], [ga perlu|gak usah] isi [nama|data pribadi]. [deadline|ditutup] [jumat|tanggal 20][, makasih banyak| 🙏|].. ${ID_MORE}`,
      `[jadwal|rencana] belajar [uas|ujian] aku: [senin|hari 1] [mtk|fisika] bab [1-3|2-4], [selasa|hari 2] [kimia|biologi], [rabu|hari 3] [b. indo|b. inggris] [reading|teks], tiap [45|50] menit istirahat [10|15]. [kemarin|minggu lalu] cuma [kuat|tahan] [2|3] jam, [sekarang|hari ini] [5|6] jam [lumayan|alhamdulillah][ wkwk|].. ${ID_MORE}`,
    ],
    countryAndSystem: [
      `aku dari [malaysia|singapura|brunei], di sini [namanya|disebut] [spm|o level][ bukan un|]`,
      `di indonesia [udah|sekarang] ga ada un, [adanya|diganti] [asesmen nasional|anbk][ wkwk|]`,
      `[aku tinggal di|aku di] [jepang|belanda|australia], sistem sekolahnya beda [bgt|banget], [ga ada|gak ada] [smp|sma] [kayak|seperti] di sini`,
      `[di negaraku|di {country}] [kelas 12|tahun terakhir] [namanya|disebut] [year 13|senior year|terminale][ lucu ya|]`,
      `[orang|anak] indo [kan|] [smp 3 tahun|sma 3 tahun], [di|kalau di] [amerika|{country}] [beda|gimana][?|]`,
    ],
  },
  asking: {
    studyMeetAsk: [
      `[belajar bareng|kerkom] di perpus [sabtu|besok|minggu][ yuk|, mau ga][?|]`,
      `[abis|habis] [les|bimbel] [ketemuan|ketemu] terus [review bareng|belajar] [yuk|gimana][?|]`,
      `[mau|mo] [belajar|nugas] bareng di [kafe|cafe|mekdi] [deket sekolah|] [ga|gak][?|]`,
      `[kapan|kpn] kita [ketemu|kumpul] [buat|utk] [kerja kelompok|latihan presentasi][? offline aja|?]`,
      `[ada yg|siapa yg] mau [belajar bareng|ngerjain bareng] [langsung|offline] [weekend ini|sabtu][?|]`,
    ],
    classmateHandleAsk: [
      `[ada yg punya|minta] ig[nya|] {first} [ga|dong][?|]`,
      `[siapa|ada yg] [punya|tau] [no wa|nomor] {first} [kelas 9b|anak ips|]?[ mau nanya tugas|]`,
      `[kirimin|share] [snap|tiktok|ig] {first} [dong|pls][, penting|]`,
      `[ada yg tau|tau ga] [akun|username] [discord|line] [ketua kelas|{first}|si {first}][?|]`,
      `[minta|bagi] [kontak|nomor hp] [temen sekelas|anak kelas sebelah] [yg namanya|] {first} [dong|]`,
    ],
    schoolLoginAsk: [
      `[kasih|kirim] [password|sandi] [portal sekolah|e-rapor|siakad] kamu, aku [cekin|liatin] nilainya[ deh|]`,
      `[login|akun] [e-learning|portal sekolah] kamu apa? [biar aku|aku] [cek|liat] nilai [uts|rapor] kamu`,
      `[nisn|username] [sama|dan] password [sekolah|portal] kamu [apa|brp][? aku bantu cek nilai|?]`,
      `[sini|coba] [kasih|kirim] [akun|login] [classroom|simak] kamu, [nilainya|nilai kamu] aku [liatin|cek] [buat kamu|]`,
      `[mau|mo] aku [cekin|bukain] nilai? [kirim|kasih] [email sekolah|user] [dan|+] password [kamu|]`,
    ],
  },
  giving: {
    clubAtPlace: [
      `[klub catur|klub buku|ekskul debat] [kumpul|ketemu] ${ID_WHEN} di {venue}[, lantai 2|]`,
      `[belajar kelompok|les tambahan] ${ID_WHEN} di {venue}[ ya|, jangan telat|]`,
      `[sparing|pertandingan] [futsal|basket] ${ID_WHEN} [di|lawan tim lain di] {venue}`,
      `[study session|belajar bareng] ${ID_WHEN} di [kafe|kedai kopi] deket stasiun [mrt|krl] [{city}|], lantai 2`,
      `[klub robotik|klub sains] [latihan|rapat] ${ID_WHEN} di [balai warga|gedung serbaguna] {venue}`,
    ],
    siblingSchool: [
      `[adikku|adek aku] [sekolah di|di] {school}[, kelas 5|, kelas 8|]`,
      `aku [sekolah di|anak] {school}[ kelas 11| kelas 10|]`,
      `kakak aku [di|sekolah di] {school}[, udah kelas 12|]`,
      `[kita|aku] [satu sekolah|sama2] di {school}[ ga sih?| kan|]`,
      `[besok|senin] [ujian|pensi] di {school}[, aku kelas 9c|]`,
    ],
    photoOfMe: [
      `ini aku [pas|waktu] lomba robotik, [yg|yang] pegang piala[ 🏆|]`,
      `[foto|pic] aku [di|pas] [wisuda|perpisahan|olimpiade], [yg|yang] [pake|pakai] [kacamata|jilbab biru|baju putih][ hehe|]`,
      `[nih|ini] selfie aku [abis|sehabis] [ujian|utbk][ 😭|]`,
      `[yang|yg] [paling kiri|tengah] [itu|] aku, foto [kelas|tim debat][ wkwk|]`,
      `[aku kirim|ini] foto aku [sama|bareng] [medali|sertifikat] olimpiade [mtk|sains]`,
    ],
    clubHandleGive: [
      `steam aku {gamehandle}, add buat [game night|malam main] klub catur[ ya|]`,
      `[discord|ig] aku {handle}, [join|dm] buat [klub|grup belajar] [malam ini|nanti][!|]`,
      `[add|tambahin] aku di [steam|xbox|psn]: {gamehandle} [buat|utk] [turnamen klub|game night][ sabtu|]`,
      `[grup|klub] [anime|coding] [pindah ke|ada di] {platform}, [aku|usernameku] {handle}`,
      `[chess.com|lichess] aku {gamehandle}, [tantang|ajak] aku [buat|pas] [klub catur|latihan klub]`,
    ],
    classmateNamed: [
      `{fullname} [dari|anak] [9b|kelas 8a|11 ipa 2] [nyontek|yg ketua kelas|pacaran sama {first}][ wkwk|]`,
      `[si|] {fullname} [rumahnya|tinggal] di {street}[, deket sekolah|]`,
      `[temen sekelasku|teman kelasku] {fullname}[, kelas 10c|, 7b][, yg ranking 1|]`,
      `[kata|menurut] {fullname} [anak|dari] [12 ips|9d], [pr nya|ujiannya] [diundur|batal]`,
      `{fullname} [kelas|] [8c|11b] rumahnya {address}[, sering telat|]`,
    ],
  },
};

export const TL: Families = {
  none: {
    ageAndGradeAlone: [
      `[15|16] na ko btw, grade [10|11] na[ hehe| lol|]`,
      `[im|ako ay] [13|14] [yo|years old], grade [7|8] pa lang[ 😅|]`,
      `[17|18] na ako, [grade 12|shs na] [stem|abm|humss][, graduating na|]`,
      `grade [9|10] ka tas [14|15] ka? [same|pareho tayo][ lol|]`,
      `yung [kapatid ko|bunso ko] [10|11] na, grade [4|5][, ang kulit|]`,
      `[16|17] ako, [first year|1st yr] college [na|] next year[ sana|]`,
    ],
    schoolScheduleTalk: [
      `bukas [may|wala] [philo|gen math|physics] tayo [7-9|8 to 10][?| diba|]`,
      `may pasok ba bukas or [holiday|walang pasok][?|??]`,
      `[finals|periodical exam|midterms] [start|simula] ng [may 14|june 12|dec 9] diba[?|]`,
      `[robotics club|org meeting] sa [lab 3|room 205|AVR] [after class|pagkatapos ng klase][ ha|]`,
      `saang room yung [retake|removal exam] sa [filipino|chem|math][? 1.07?|?]`,
      `[labas|release] na ba yung [schedule|sched] ng [exams|quarterly][?|]`,
    ],
    studyNumbers: [
      `[worksheet|module] [5550|55|142] yung may [triangles|fractions][ ata|]`,
      `[exercise|number] 5.55, [142|0142] ba sagot[?|??]`,
      `5x + 55 = 0142, [solve for|hanapin] x [pls|tulong][ 😭|]`,
      `[class code|code] sa [google classroom|app] [555-014|0142-555] [galing kay ma'am|from sir][, join na|]`,
      `binary ng 142 ay 10001110 [diba|tama ba][?|]`,
      `sa [book|libro] may [sample|example] na pin 5550, [i-convert|gawin] daw [to binary|sa base 2]`,
    ],
    studyHelpAsk: [
      `[pa-check|pacheck] naman ng thesis statement ko[ pls| 🙏|]`,
      `anong app [gamit nyo|gamit mo] [for flashcards|pang review][?|]`,
      `[sino|may] marunong [gumawa|magsulat] ng argumentative essay[? help|?]`,
      `[tara|let's] gawa tayo study group dito sa app[ for finals|]`,
      `[pano|paano] ba yung [quadratic formula|stoichiometry|limits][, di ko gets|?]`,
      `[may reviewer|meron bang reviewer] kayo sa [gen chem|oral com|ucsp][? pa-share|?]`,
    ],
    teacherSafetyNotice: [
      `sabi ni [ma'am|sir|adviser], bawal mag-post ng [address|number|school|pics] sa gc[ ha|]`,
      `[📌|reminder] from [mod|admin]: no [phone numbers|address|school name] [dito|sa server][, mabubura|]`,
      `[wag|huwag] daw mag-send ng [selfie|picture nyo] sa [strangers|hindi kilala] sabi ni [sir|ma'am]`,
      `[admin|mod]: [tatanggalin|ide-delete] ang posts na may [address|contact number|pics]`,
      `[paalala|reminder] ni [adviser|teacher]: [private|secret] lang [address|number] nyo, wag sa gc`,
    ],
    studyRambleLong: [
      `[review day|aral mode] today: [7am|8am] to [9pm|10pm], gen math [3 hrs|2 hrs], chem [2 hrs|1.5 hrs], tapos [mock exam|practice test] [50|60] items, [38|44] lang nakuha ko. [pagod|antok] na pero [okay lang|keri], bukas [ulit|review] [chapter 4|unit 5] at [flashcards|notes] sa [history|ap][ 😴|].. ${TL_MORE}`,
      `[update|project week update]: [day 1|monday] brainstorm, [day 2|tuesday] gumawa ng survey [20|25] questions, [45|60] na [respondents|sumagot], [day 3|wednesday] [graphs|data analysis] sa [sheets|excel]. present [friday|next week] [9am|10am], [kulang pa|wala pa] yung [conclusion|slides][ pray for us|].. ${TL_MORE}`,
      `[mock exam|practice test] kanina: [math|science] [72|65|80]%, [reading|english] [medyo|sobrang] hirap, naubusan ng oras sa [item 35|part 3]. [plan|goal] ko [2|3] more mocks this week, [1|2] hrs every night[, sana tumaas|].. ${TL_MORE}`,
      `[guys|hello] paki-answer naman [survey|research survey] namin about [sleep ng students|study habits|screen time], [5|10] mins lang, [15|20] questions, [anonymous|walang name], hindi kailangan ng [personal info|pangalan]. until [friday|the 20th][ 🙏| salamat|].. ${TL_MORE}`,
      `study plan ko for [finals|exams]: [mon|day 1] math [ch 1-3|2-4], [tue|day 2] [chem|bio], [wed|day 3] [english|filipino] reading, every [45|50] mins break [10|15]. [last week|dati] [2|3] hrs lang kaya ko, [today|ngayon] [5|6] hrs[ lol| yay|].. ${TL_MORE}`,
    ],
    countryAndSystem: [
      `taga [saudi|dubai|qatar] ako pero [filipino school|ph school] dito, [deped|k-12] pa rin[ lol|]`,
      `sa pinas [k-12|k to 12] na, [may shs|senior high] na [ngayon|]`,
      `[im from|taga] {country} ako, [doon|dun] walang [grade 11-12|shs][ hehe|]`,
      `dito sa [canada|us|japan] [iba|ibang iba] [grading|grades] [nila|], [walang|no] [1.0|honor roll] system`,
      `sa [ph|pilipinas] [quarterly exams|periodicals], sa [us|{country}] [finals|semesters] lang ata`,
    ],
  },
  asking: {
    studyMeetAsk: [
      `[aral|study] tayo sa library ${TL_WHEN}[?| g?|]`,
      `after [tutoring|review center] [kita|meet] tayo [tas|then] review[?| g ka?|]`,
      `[gusto mo|g ka] [mag-aral|mag study] sa [cafe|starbucks|coffee shop] [together|tayo] [weekend|sabado][?|]`,
      `[kailan|kelan] tayo [magkikita|mag meet] para sa [group project|presentation][? f2f|?]`,
      `may gusto bang [mag study|mag-aral] [f2f|in person] [this weekend|sa linggo][?|]`,
    ],
    classmateHandleAsk: [
      `[sino may|may] ig ni {first}[? pa-send|?]`,
      `pa-send naman [number|cp number] ni {first}[ from 9b|][, may itatanong lang|]`,
      `[anong|ano] [snap|tiktok|fb] ni {first}[? pls|?]`,
      `may [discord|messenger] ba si {first}[? pabigay|?]`,
      `[pahingi|pa-share] ng [contact|number] ng [classmate natin|kaklase nating] si {first}`,
    ],
    schoolLoginAsk: [
      `[bigay|send] mo [password|pw] mo sa [portal|lms|school portal], ako [mag-check|titingin] ng grades mo`,
      `[ano|anu] [login|user at pass] mo sa [portal|canvas|lms]? [chi-check|ichecheck] ko grades mo`,
      `[student number|id number] at password mo? [titignan|silipin] ko [grades|card] mo`,
      `[gusto mo|want] [i-check|silipin] ko [grades|quiz scores] mo? [send|bigay] [login|account] mo`,
      `[pahiram|pa-login] ng account mo sa [portal|schoology], [check|titingnan] ko lang [grade|score] mo`,
    ],
  },
  giving: {
    clubAtPlace: [
      `[chess club|book club|debate club] ${TL_WHEN} sa {venue}[, 2nd floor|]`,
      `[group study|review session] ${TL_WHEN} sa {venue}[ ha| wag late|]`,
      `[game|laban] ng [basketball|volleyball] ${TL_WHEN} sa {venue}[, punta kayo|]`,
      `[study session|review] ${TL_WHEN} sa [cafe|coffee shop] malapit sa [mrt|lrt] station[ {city}|], 2nd floor`,
      `[robotics club|science club] meeting ${TL_WHEN} sa [barangay hall|community center] {venue}`,
    ],
    siblingSchool: [
      `yung [kapatid ko|bunso ko] [sa|nag-aaral sa] {school}[, grade 5|, grade 8|]`,
      `[ako|ako'y] [sa|taga] {school}[ grade 11| grade 10|]`,
      `[ate|kuya] ko [sa|nasa] {school}[, grade 12 na|]`,
      `[same school|pareho school] tayo, {school}[ diba?|]`,
      `[exam|foundation day] [bukas|sa monday] sa {school}[, grade 9 ako|]`,
    ],
    photoOfMe: [
      `ako to sa robotics competition, [yung|ako yung] may hawak ng trophy[ 🏆|]`,
      `[pic|picture] ko [sa|nung] [graduation|recognition|moving up], [yung|ako yung] naka [salamin|blue|white][ hehe|]`,
      `[eto|heto] selfie ko [after|pagkatapos ng] [exam|finals][ 😭|]`,
      `[yung|ako yung] [nasa left|nasa gitna] [ako yun|], [class pic|team pic] namin`,
      `[send ko|eto] pic ko [with|kasama] [medal|certificate] sa [math olympiad|quiz bee]`,
    ],
    clubHandleGive: [
      `[steam|xbox] ko {gamehandle}, add nyo ko [for|sa] chess club game night[ ha|]`,
      `[discord|ig] ko {handle}, [join|dm] [for|sa] [study group|club] [mamaya|tonight]`,
      `[add|i-add] nyo ko sa [psn|steam]: {gamehandle} [para sa|for] [club tourney|game night]`,
      `[yung club|org namin] nasa {platform}, [ako si|user ko] {handle}`,
      `[lichess|chess.com] ko {gamehandle}, [laro tayo|challenge] [for|sa] club`,
    ],
    classmateNamed: [
      `si {fullname} [from|sa] [9b|grade 8 ruby|12 stem a] [nangongopya|crush ni {first}][ lol|]`,
      `{fullname} [nakatira|bahay] sa {street}[, malapit sa school|]`,
      `[classmate ko|kaklase ko] si {fullname}[, 10-c|, 7 rizal][, top 1 yan|]`,
      `sabi ni {fullname} [from|ng] [11 abm|9d], [moved|cancelled] daw [quiz|exam]`,
      `{fullname} [taga|ng] [8c|11b], bahay nila {address}`,
    ],
  },
};

export const HI: Families = {
  none: {
    ageAndGradeAlone: [
      `main [17|16] ka hu, [12th|11th] mein hu[ btw| yaar|]`,
      `[meri age|age] [14|15] hai, class [9|10] mein[ hu|]`,
      `[13|14] saal ka hu bhai, [8th|9th] class[ lol|]`,
      `[16|17] ki hu, [11th|12th] [science|commerce|arts] le rakha hai`,
      `mera [chhota bhai|bhai] [10|11] ka hai, [4th|5th] mein padhta hai`,
      `[15|16] ka hu aur [boards|10th boards] [aa rahe|saamne] hai[ 😭|]`,
    ],
    schoolScheduleTalk: [
      `kal [physics|chem|history] ka period [8 se 10|9 se 11] hai[ na|?]`,
      `kal school [hai|khula hai] ya [chutti|holiday] hai[?|??]`,
      `[finals|half yearly|pre boards] [14 may|12 march|20 dec] se [start|shuru] hai na[?|]`,
      `[robotics club|science club] [lab 3|room 205] mein hai [school ke baad|chhutti ke baad]`,
      `[french|maths|hindi] ka [retest|compartment] kis room mein hai[? 1.07?|?]`,
      `[datesheet|timetable] aa gayi kya [exams ki|]?`,
    ],
    studyNumbers: [
      `worksheet [5550|55|142] wali jisme [triangles|fractions] hai[ na|]`,
      `[exercise|ex] 5.55 ka answer [142|0142] hai kya[?|]`,
      `5x + 55 = 0142, x [nikalo|kya aayega][ koi help|?]`,
      `app mein class code [555-014|0142-555] hai, [ma'am|sir] ne diya[, join karo|]`,
      `142 ka binary 10001110 hai [na|kya][?|]`,
      `book mein example hai pin 5550, usko [binary|base 2] mein [convert|likhna] hai`,
    ],
    studyHelpAsk: [
      `[koi|koi bhi] mera thesis statement check kar do[ pls| yaar|]`,
      `flashcards ke liye [kaunsa|konsa] app [use karte ho|lete ho][?|]`,
      `argumentative essay kaise likhte hai [koi samjha do|explain karo][ 🙏|]`,
      `[chalo|chlo] [yahin|isi app mein] study group banate hai[ boards ke liye|]`,
      `[quadratic formula|integration|trigo] [samajh nahi aa raha|nahi aata], [koi|] help[?|]`,
      `[koi|kisi ke paas] [notes|pyq] hai [chem|physics] ke[? share karo|?]`,
    ],
    teacherSafetyNotice: [
      `[ma'am|sir|class teacher] ne bola group mein [address|number|school|photo] mat daalo`,
      `[📌|admin] note: [phone number|ghar ka address] aur photos [delete ho jayenge|allowed nahi] yahan`,
      `[sir|mod] ne kaha [selfie|photo] kisi [anjaan|stranger] ko mat bhejo`,
      `[reminder|yaad rakho]: class group mein [number|address|school ka naam] share [mat karna|nahi]`,
      `[admin|mod]: jisme [number|address] hoga woh [message|post] hata diya jayega`,
    ],
    studyRambleLong: [
      `aaj ka [revision|padhai] din: [7 baje|subah 6] se [raat 10|9 baje] tak, maths [3 ghante|2 ghante], chem [2 ghante|1.5 ghante], phir mock test [50|60] sawaal, [38|44] sahi aaye. thak gaya hu par [theek hai|chal jayega], kal [chapter 4|unit 5] aur history ke [flashcards|notes][ 😴|].. ${HI_MORE}`,
      `project week update: [day 1|monday] idea socha, [day 2|tuesday] survey banaya [20|25] questions ka, [45|60] log bhar chuke, [day 3|wednesday] [graphs|data] excel mein. presentation [friday|agle hafte] [9|10] baje, abhi [conclusion|slides] baaki[ dua karo|].. ${HI_MORE}`,
      `mock [jee|neet|cuet] aaj: [physics|bio] [72|65|120] marks, [chem|maths] [bekaar|theek], time khatam ho gaya [q 35|last section] pe. is hafte [2|3] aur mocks, roz raat [1|2] ghante [analysis|revision][, score badhna chahiye|].. ${HI_MORE}`,
      `[guys|sabhi] hamara research survey bhar do [students ki neend|study habits|screen time] pe, sirf [5|10] min, [15|20] sawaal, [anonymous|naam nahi chahiye], koi personal info nahi. [friday|20 tarikh] tak[ 🙏| thanks|].. ${HI_MORE}`,
      `mera exam plan: [mon|pehla din] maths [ch 1-3|2-4], [tue|doosra din] [chem|bio], [wed|teesra din] english reading, har [45|50] min pe [10|15] min break. pehle [2|3] ghante hi ho pata tha, ab [5|6] ghante[ lol|].. ${HI_MORE}`,
    ],
    countryAndSystem: [
      `main [dubai|qatar|oman] mein rehta hu par [cbse|icse] school hai[ yahan|]`,
      `india mein [boards|10th 12th boards] hote hai, [wahan|{country} mein] [a levels|gcse] hote hai na`,
      `[main|hum] {country} se hu, wahan [11th 12th|jee] jaisa kuch nahi`,
      `[pakistan|nepal] mein [matric|slc] bolte hai, india mein [10th|boards]`,
      `[us|canada] mein [gpa|grades] system alag hai, yahan [percentage|cgpa] chalta hai`,
    ],
  },
  asking: {
    studyMeetAsk: [
      `library mein ${HI_WHEN} saath padhe[?| kya?|]`,
      `[coaching|tuition] ke baad mil ke revise kare[?| chalo?|]`,
      `[cafe|ccd] mein [padhai|group study] kare [weekend|sunday] ko[?|]`,
      `project ke liye kab [mile|milte hai][? offline|?]`,
      `koi [offline|saath mein] padhne chalega [is weekend|kal][?|]`,
    ],
    classmateHandleAsk: [
      `[kisi ke paas|koi] {first} ka insta [bhejo|hai][?|]`,
      `{first} ka [number|whatsapp] bhej do [koi|yaar][, notes chahiye|]`,
      `{first} [9b|section b] wali ka [snap|insta] kya hai[?|]`,
      `[koi|] {first} ka [discord|telegram] [id|] de do[ pls|]`,
      `class ke {first} ka [contact|number] kiske paas hai[?|]`,
    ],
    schoolLoginAsk: [
      `apna [school portal|erp] ka password [bhej|de], main tere marks check kar deta hu`,
      `[portal|lms] ka [login|id password] kya hai? main [result|grades] dekh leta hu`,
      `[roll no|admission no] aur password bata, [report card|marks] [dekh|nikal] deta hu`,
      `[tere|tumhare] marks dekhne hai? [erp|portal] ka login [bhejo|de do]`,
      `apni school id aur password do, [result|grades] check karke batata hu`,
    ],
  },
  giving: {
    clubAtPlace: [
      `[chess club|book club|debate club] ${HI_WHEN} {venue} pe[, second floor|]`,
      `group study ${HI_WHEN} {venue} mein[, late mat aana|]`,
      `[cricket|football] match ${HI_WHEN} {venue} pe[ aa jana|]`,
      `study session ${HI_WHEN} [cafe|ccd] mein [metro station|{realcity} metro] ke paas, second floor`,
      `[robotics club|coding club] ${HI_WHEN} [community centre|community hall] {venue} mein`,
    ],
    siblingSchool: [
      `mera [bhai|chhota bhai|behen] {school} mein padhta hai[, 5th mein|, 8th mein|]`,
      `main {school} mein hu[ 11th mein| 10th mein|]`,
      `[didi|bhaiya] {school} mein [hai|thi][, 12th mein|]`,
      `hum dono {school} mein hai na[?|]`,
      `[kal|monday] {school} mein [exam|annual day] hai, [main 9c mein hu|]`,
    ],
    photoOfMe: [
      `ye main hu robotics competition mein, trophy pakde hue[ 🏆|]`,
      `[farewell|annual day|olympiad] ki photo meri, [chashma|blue shirt] wala main hu`,
      `[ye|le] meri selfie [exam ke baad|boards ke baad][ 😭|]`,
      `[left|beech] wala main hu, [class photo|team photo] hai`,
      `meri photo [medal|certificate] ke saath [math olympiad|quiz] mein`,
    ],
    clubHandleGive: [
      `mera steam {gamehandle} hai, chess club game night ke liye add karo`,
      `[discord|insta] pe {handle}, [study group|club] ke liye [dm|join] karo`,
      `[psn|xbox] pe add karo: {gamehandle} [club tournament|game night] ke liye`,
      `club {platform} pe hai, mera [id|handle] {handle}`,
      `[lichess|chess.com] pe main {gamehandle}, club ke liye challenge karo`,
    ],
    classmateNamed: [
      `{fullname} [9b|8a|12 science] wala [copy karta hai|class monitor hai][ lol|]`,
      `{fullname} {street} pe rehta hai[, school ke paas|]`,
      `meri classmate {fullname}[, 10c|, 7b][, topper hai|]`,
      `{fullname} [11 commerce|9d] ne bola [test|exam] cancel hai`,
      `{fullname} [8c|11b] ka ghar {address} pe hai`,
    ],
  },
};

export const RU: Families = {
  none: {
    ageAndGradeAlone: [
      `мне [16|15] кстати, я в [10|9] классе`,
      `[мне|] [13|14] лет, [7|8] класс[ лол|)|]`,
      `[мне 17|17 лет], [11 класс|выпускной класс], [скоро|уже] егэ[ 😭|]`,
      `[в 9 классе|девятый класс] и [15|14] лет, [норм|нормально] же[?|]`,
      `[братику|младшему брату] [10|11], он в [4|5] классе`,
      `mne [16|15], ya v [10|9] klasse[ lol|]`,
    ],
    schoolScheduleTalk: [
      `завтра [физика|история|алгебра] с [8 до 10|9 до 11][?| да?|]`,
      `завтра [учимся|есть уроки] или [выходной|праздник][?|??]`,
      `[экзамен|итоговая|пробник] [с 14 мая|14 мая|20 декабря] начинается [же|да][?|]`,
      `[робототехника|кружок] в [кабинете 3|лабе 3|актовом зале] после уроков`,
      `в каком кабинете пересдача по [французскому|химии|матеше][? 1.07?|?]`,
      `zavtra [kontrolnaya|test] po [algebre|fizike][?|]`,
    ],
    studyNumbers: [
      `[листок|рабочий лист] [5550|55|142] это где [треугольники|дроби]`,
      `[упр|номер] 5.55, ответ [142|0142] [да|или нет][?|]`,
      `5x + 55 = 0142, [найти|найдите] x[ помогите|]`,
      `код класса в [приложении|классрум] [555-014|0142-555] от [учителя|училки]`,
      `142 в двоичной это 10001110 [же|да][?|]`,
      `в учебнике пример: пин-код 5550, [перевести|надо перевести] в двоичную`,
    ],
    studyHelpAsk: [
      `[можете|кто может] проверить мой [тезис|вступление] [в сочинении|к эссе][?|]`,
      `каким приложением [пользуетесь|учите] для карточек[?|]`,
      `[объясните|кто объяснит] как писать [аргументативное эссе|сочинение егэ][ пж|]`,
      `[давайте|го] сделаем учебную группу тут в приложении`,
      `[не понимаю|не догоняю] [дискриминант|интегралы|present perfect], [помогите|объясните][?|]`,
      `kto mozhet ob'yasnit [logarifmy|proizvodnye][ pzh|?]`,
    ],
    teacherSafetyNotice: [
      `[классуха|учительница] сказала не кидать в чат [адрес|телефон|школу|фотки]`,
      `[📌|модер]: [номера телефонов|адреса] и [фото|личные фото] тут удаляются`,
      `[учитель|админ] просил не отправлять [селфи|фото] незнакомым`,
      `напоминалка: в общем чате [телефон|адрес|номер школы] не пишем`,
      `[модер|админ]: сообщения с [телефоном|адресом] [будут удалены|удаляю сразу]`,
    ],
    studyRambleLong: [
      `сегодня [готовилась|готовился] [с 7|с утра] до [21|22], алгебра [3 часа|2 часа], химия [2 часа|1.5], потом пробник [50|40] заданий, [38|31] правильно. [устал|устала] но [норм|прогресс есть], завтра [4 глава|5 тема] и карточки по истории[ 😴|].. ${RU_MORE}`,
      `проектная неделя: [пн|день 1] придумали тему, [вт|день 2] сделали опрос на [20|25] вопросов, уже [45|60] ответов, [ср|день 3] графики в таблицах. защита в [пятницу|следующую среду] в [9|10], осталось [выводы|презентация].. ${RU_MORE}`,
      `пробник [огэ|егэ] сегодня: [математика|русский] [72|65] балла, [вторая часть|сочинение] [так себе|плохо], не хватило времени на [задании 19|последнем]. на этой неделе ещё [2|3] пробника, каждый вечер [1|2] часа разбор ошибок.. ${RU_MORE}`,
      `[ребят|всем привет], пройдите пожалуйста опрос для [исследования|проекта] про [сон школьников|экранное время], [5|10] минут, [15|20] вопросов, анонимно, имя не нужно. до [пятницы|20 числа][ 🙏| спасибо|].. ${RU_MORE}`,
      `мой план к экзаменам: [пн|1 день] алгебра [гл 1-3|2-4], [вт|2 день] [химия|био], [ср|3 день] английский, каждые [45|50] минут перерыв [10|15]. раньше мог [2|3] часа, сейчас [5|6][ лол|].. ${RU_MORE}`,
    ],
    countryAndSystem: [
      `я из [казахстана|беларуси|узбекистана], у нас [ент|цт] а не егэ`,
      `в россии [егэ|огэ], а [в|у] [германии|{country}] [абитур|a levels] вроде`,
      `[живу в|я в] [германии|чехии|израиле], тут школа [до 13 класса|по-другому] устроена`,
      `в [украине|{country}] [зно|нмт], у вас [егэ|что]?`,
      `ya iz [kazakhstana|kyrgyzstana], u nas [ent|ort] vmesto ege`,
    ],
  },
  asking: {
    studyMeetAsk: [
      `[го|давай] вместе [позанимаемся|готовиться] в библиотеке ${RU_WHEN}[?|]`,
      `после [репетитора|курсов] [встретимся|пересечемся] и [повторим|порешаем][?|]`,
      `[может|давай] в [кафе|кофейне] [позанимаемся|сделаем проект] [в выходные|в субботу][?|]`,
      `когда [встретимся|соберемся] по проекту[? вживую|?]`,
      `кто хочет [заниматься|готовиться] вместе [вживую|офлайн] [на выходных|завтра][?|]`,
    ],
    classmateHandleAsk: [
      `[скиньте|киньте] инсту {first}[ пж|]`,
      `у кого есть номер {first} [из 9б|из параллели|]?[ надо дз спросить|]`,
      `какой [тг|телеграм|вк] у {first}[?|]`,
      `[дайте|скиньте] [дискорд|ник в тг] {first}[ пожалуйста|]`,
      `kinte [insta|tg] {first}[ pzh|]`,
    ],
    schoolLoginAsk: [
      `[скинь|дай] пароль от [электронного дневника|госуслуг|дневника], я [гляну|посмотрю] твои оценки`,
      `какой у тебя логин в [эж|электронке|дневнике ру]? [посмотрю|проверю] оценки`,
      `[кинь|дай] логин и пароль от [эж|мэш], я [проверю|чекну] твои [четвертные|оценки]`,
      `хочешь [посмотрю|проверю] оценки? [скинь|дай] [вход|данные для входа]`,
      `skin parol ot [dnevnika|ezh], posmotryu tvoi ocenki`,
    ],
  },
  giving: {
    clubAtPlace: [
      `[шахматный клуб|книжный клуб|дебаты] ${RU_WHEN} в {venue}[, второй этаж|]`,
      `[групповое занятие|подготовка] ${RU_WHEN} в {venue}[, не опаздывайте|]`,
      `матч по [футболу|баскетболу] ${RU_WHEN} [в|на] {venue}`,
      `занимаемся ${RU_WHEN} в [кафе|кофейне] у метро [{realcity}|], второй этаж`,
      `[робототехника|клуб программистов] ${RU_WHEN} в [доме культуры|общественном центре] {venue}`,
    ],
    siblingSchool: [
      `мой [брат|младший брат|сестра] учится в {school}[, в 5 классе|, в 8б|]`,
      `я учусь в {school}[, 10 класс|, 11а|]`,
      `[сестра|брат] в {school}[, уже в 11|]`,
      `мы же оба в {school}[?|]`,
      `[завтра|в пн] в {school} [экзамен|концерт][, я в 9в|]`,
    ],
    photoOfMe: [
      `это я на соревнованиях по робототехнике, я с кубком[ 🏆|]`,
      `[фотка|фото] с [выпускного|олимпиады|последнего звонка], я в [очках|синем|белой рубашке]`,
      `[вот|лови] моё селфи после [экзамена|пробника][ 😭|]`,
      `[слева|в центре] это я, [фото класса|команда на олимпиаде]`,
      `кидаю фото себя с [медалью|грамотой] [олимпиады|конкурса]`,
    ],
    clubHandleGive: [
      `мой стим {gamehandle}, [добавляйтесь|добавьте] для игрового вечера шахматного клуба`,
      `[дискорд|тг] {handle}, [пишите|заходите] по [клубу|учебной группе]`,
      `[добавьте|добавляйте] в [стиме|psn]: {gamehandle} для [турнира клуба|игрового вечера]`,
      `клуб [переехал|теперь] в {platform}, мой ник {handle}`,
      `moi steam {gamehandle}, dobavlyaites na [igrovoi vecher|turnir] kluba`,
    ],
    classmateNamed: [
      `{fullname} из [9б|8а|11 физмат] [списывает|староста][ лол|]`,
      `{fullname} живет на {street}[, рядом со школой|]`,
      `моя одноклассница {fullname}[, 10в|, 7б][, отличница|]`,
      `{fullname} из [11а|9г] сказал что [контрольную|экзамен] перенесли`,
      `{fullname} [8в|11б], адрес {address}`,
    ],
  },
};

export const JA: Families = {
  none: {
    ageAndGradeAlone: [
      `高[2|1]で[17|16]歳です[ よろしく|]`,
      `[14|13]歳、中[2|1]だよ[ w|]`,
      `[18|17]で高3、[受験生|もうすぐ共テ][ 😭|]`,
      `中[3|2]で[15|14]って[普通|ふつう]だよね[?|]`,
      `弟[10|11]歳で小[4|5][ 笑|]`,
      `いま[16|15]、高[1|2][ です|]`,
    ],
    schoolScheduleTalk: [
      `明日[倫理|物理|古典][1|2]限から[3|4]限まで[だっけ|?]`,
      `明日[学校ある|授業ある]？それとも[休み|祝日]？`,
      `期末って[5月14日|6月12日|12月9日]から[だよね|だっけ][?|]`,
      `[ロボ部|科学部]は放課後[第3実験室|視聴覚室]で`,
      `[英語|数学|フランス語]の再テストって何教室？[1.07?|]`,
      `[テスト|時間割]の予定出た？`,
    ],
    studyNumbers: [
      `プリント[5550|55|142]って[三角形|分数]のやつ[だよね|]`,
      `[問|練習]5.55の答え[142|0142]で合ってる？`,
      `5x + 55 = 0142 xを求めよ[ わからん|]`,
      `アプリのクラスコード[555-014|0142-555]、先生から[ 入って|]`,
      `142を2進数にすると10001110[だよね|で合ってる]？`,
      `教科書の例題で暗証番号5550を2進数に[する|直す]やつ`,
    ],
    studyHelpAsk: [
      `小論文の[主張|結論]の文チェックしてくれる人いる？`,
      `単語カード何のアプリ使ってる？`,
      `[意見文|論説文]の書き方[教えて|誰か説明して][ 🙏|]`,
      `[このアプリで|ここで]勉強グループ作ろ[ー|う]`,
      `[二次方程式|微分|関係代名詞]がわからん[ 誰か|、助けて|]`,
      `[化学|英文法]のまとめノートある人[いる|いますか]？`,
    ],
    teacherSafetyNotice: [
      `[先生|担任]がクラスのグループに[住所|電話番号|学校名|写真]載せるなって`,
      `[📌|管理人]：電話番号・住所・顔写真の投稿は削除します`,
      `[先生|モデレーター]が知らない人に[自撮り|写真]送らないでって`,
      `[注意|お知らせ]：グループに[住所|電話|学校名]書かないでね`,
      `[管理|運営]：連絡先が入った投稿は消します`,
    ],
    studyRambleLong: [
      `今日の勉強記録：[朝7時|7時]から[夜9時|22時]まで、数学[3時間|2時間]、化学[2時間|1.5時間]、模試の過去問[50|40]問で[38|31]点。[疲れた|眠い]けど[まあまあ|進んだ]、明日は[4章|5章]と日本史の単語カード[ 😴|]。${JA_MORE}`,
      `プロジェクト週間の進み具合：[月曜|1日目]テーマ決め、[火曜|2日目]アンケート[20|25]問作って[45|60]人回答、[水曜|3日目]スプシでグラフ。発表は[金曜|来週]の[9時|10時]、まだ[結論|スライド]が[ない|途中]。${JA_MORE}`,
      `模試の結果：[数学|英語][72|65]点、[国語|長文]が[微妙|やばい]、[大問5|最後]で時間切れ。今週あと[2|3]回解いて毎晩[1|2]時間見直し[する|予定]。${JA_MORE}`,
      `[みなさん|みんな]研究アンケートに協力お願いします、[睡眠時間|勉強習慣|スマホ時間]について、[5|10]分・[15|20]問、匿名で名前もいりません。[金曜|20日]まで[ 🙏|]。${JA_MORE}`,
      `テスト計画：[月|1日目]数学[1〜3章|2〜4章]、[火|2日目][化学|生物]、[水|3日目]英語長文、[45|50]分ごとに[10|15]分休憩。前は[2|3]時間が限界だったけど今日は[5|6]時間いけた。${JA_MORE}`,
    ],
    countryAndSystem: [
      `[アメリカ|オーストラリア|ドイツ]住みだけど、こっちは[中学|高校]の区切りが違う`,
      `日本は共通テスト、[韓国|{country}]は[スヌン|別の試験]だよね`,
      `[シンガポール|イギリス]だと[O level|GCSE]っていうらしい`,
      `[海外|{country}]に住んでて、[9月入学|学年の始まりが違う]から混乱する`,
      `日本の高3は[向こう|{country}]だと[12年生|year 13]だって`,
    ],
  },
  asking: {
    studyMeetAsk: [
      `${JA_WHEN}図書館で一緒に勉強しない？`,
      `塾のあと[会って|集まって]復習しよ？`,
      `[週末|土曜][カフェ|ファミレス]で勉強しない？`,
      `[グループ発表|課題]の準備でいつ会う？`,
      `[今週末|明日]直接会って勉強できる人いる？`,
    ],
    classmateHandleAsk: [
      `誰か{first}のインスタ[送って|教えて]`,
      `{first}の[LINE|電話番号]知ってる人いる？`,
      `[3組の|同じクラスの]{first}の[インスタ|X]なに？`,
      `{first}の[ディスコ|LINE]のID[教えて|ちょうだい]`,
      `{first}の連絡先[持ってる人|知ってる人]いない？`,
    ],
    schoolLoginAsk: [
      `[学校のポータル|Classi]のパスワード教えて、成績見てあげる`,
      `[学習アプリ|ポータル]のIDとパス何？成績確認してあげるよ`,
      `[生徒番号|ID]とパスワード送って、[通知表|成績]見とく`,
      `成績見たい？ログイン情報[送って|教えて]`,
      `[スタディサプリ|学校アカウント]のログイン貸して、点数チェックする`,
    ],
  },
  giving: {
    clubAtPlace: [
      `[将棋部|読書会|ディベート部]は${JA_WHEN}に{venue}で[、2階|]`,
      `勉強会${JA_WHEN}、{venue}に集合[ 遅れないで|]`,
      `[サッカー|バスケ]の試合${JA_WHEN}から{venue}で`,
      `${JA_WHEN}に[{realcity}|]駅のそばのカフェ2階で勉強会`,
      `[ロボコン部|プログラミング部]${JA_WHEN}、[公民館|コミュニティセンター]の{venue}で`,
    ],
    siblingSchool: [
      `弟は{school}に通ってる[、小5|、中2|]`,
      `わたし{school}の[1年|2年]です`,
      `[姉|兄]が{school}にいる[、今高3|]`,
      `同じ{school}だよね？`,
      `[明日|月曜]{school}で[テスト|文化祭]、[3組|]`,
    ],
    photoOfMe: [
      `これロボコンのときの私、トロフィー持ってるのが私[ 🏆|]`,
      `[卒業式|文化祭|表彰式]の写真、[メガネ|青い服]が私`,
      `[テスト|模試]終わりの自撮り[ 😭|]`,
      `[左|真ん中]が私、[クラス写真|チーム写真]`,
      `[数学オリンピック|コンクール]のメダルと一緒の自分の写真送るね`,
    ],
    clubHandleGive: [
      `steamは{gamehandle}、将棋部のゲーム会で追加して`,
      `[ディスコ|インスタ]は{handle}、[勉強会|部活]の連絡はそっちで`,
      `[PSN|steam]で追加して：{gamehandle}、[部の大会|ゲーム会]用`,
      `部のグループは{platform}、私は{handle}`,
      `[lichess|chess.com]は{gamehandle}、部活で対局しよ`,
    ],
    classmateNamed: [
      `[2年B組|3組|1年A組]の{fullname}がカンニングしてた`,
      `{fullname}は{street}に住んでる[、学校の近く|]`,
      `同じクラスの{fullname}[、学年1位|、部長]`,
      `[3組|2年C組]の{fullname}が[テスト延期|小テストなし]って`,
      `{fullname}（[9b|2年B組]）の家は{address}`,
    ],
  },
};

export const AR: Families = {
  none: {
    ageAndGradeAlone: [
      `عمري [15|16] [بالمناسبة|على فكرة]، [بصف عاشر|بأول ثانوي]`,
      `انا [13|14] سنة و[بالصف الثامن|بثاني متوسط][ 😅|]`,
      `[17|18] سنة و[توجيهي|ثالث ثانوي] [السنة هاي|هالسنة][ 😭|]`,
      `بالصف التاسع و[15|14] سنة [عادي|طبيعي] صح[؟|]`,
      `اخوي الصغير [10|11] سنين، [رابع|خامس] ابتدائي`,
      `ana [16|15] sana, fi [saf 10|awal thanawi][ lol|]`,
    ],
    schoolScheduleTalk: [
      `بكرة عنا [فلسفة|فيزياء|تاريخ] من [8 لـ 10|9 لـ 11][؟|]`,
      `بكرة في دوام ولا [عطلة|اجازة][؟|]`,
      `[الامتحانات النهائية|الفاينل] تبدا [14 مايو|12 يونيو] صح[؟|]`,
      `[نادي الروبوت|النشاط] بمختبر [3|2] بعد الدوام`,
      `اعادة امتحان [الفرنسي|الكيمياء] بأي قاعة[؟ 1.07؟|؟]`,
      `bukra fi dawam wala [3otla|ejaza][?|]`,
    ],
    studyNumbers: [
      `ورقة العمل [5550|55|142] هي اللي فيها [مثلثات|كسور]`,
      `تمرين 5.55 الجواب [142|0142] صح[؟|]`,
      `5x + 55 = 0142 اوجد x[ ساعدوني|]`,
      `كود الصف بالتطبيق [555-014|0142-555] من [الأستاذ|المعلمة]`,
      `142 بالثنائي 10001110 صح[؟|]`,
      `بالكتاب مثال رمز سري وهمي 5550 لازم نحوله [للثنائي|لنظام العد الثنائي]`,
    ],
    studyHelpAsk: [
      `حد يشيك على [الأطروحة|الفكرة الرئيسية] بمقالي[؟|]`,
      `شو التطبيق اللي بتستخدموه [للبطاقات|للفلاش كاردز][؟|]`,
      `[مين يشرحلي|حد يفهمني] كيف اكتب مقال [حجاجي|اقناعي][ 🙏|]`,
      `[يلا|خلينا] نعمل مجموعة دراسة هون بالتطبيق`,
      `ما فهمت [القانون العام|التكامل|المشتقات] [حد يشرح|ساعدوني][؟|]`,
      `7ad y2dar ysharili [el takamol|el kimya][?|]`,
    ],
    teacherSafetyNotice: [
      `[المعلمة|الاستاذ] قال لا تحطوا [عنوان|رقم|اسم المدرسة|صور] بجروب الصف`,
      `[📌|المشرف]: [أرقام الجوال|العناوين] والصور الشخصية بتنحذف`,
      `الأستاذ قال لا تبعتوا [سيلفي|صوركم] لحدا ما بتعرفوه`,
      `تذكير: لا [رقم|عنوان|مدرسة] بالجروب[ يا شباب|]`,
      `[الادمن|المشرف]: اي رسالة فيها [رقم|عنوان] رح تنحذف`,
    ],
    studyRambleLong: [
      `اليوم درست من [7 الصبح|الصبح] لـ [9 بالليل|10 بالليل]، رياضيات [3 ساعات|ساعتين]، كيمياء [ساعتين|ساعة ونص]، وبعدين امتحان تجريبي [50|40] سؤال جبت [38|31]. تعبت بس [ماشي الحال|في تقدم]، بكرة [الوحدة 4|الفصل 5] وبطاقات التاريخ[ 😴|].. ${AR_MORE}`,
      `تحديث اسبوع المشاريع: [اليوم الاول|الأحد] اخترنا الفكرة، [اليوم الثاني|الاثنين] عملنا استبيان [20|25] سؤال وجاوب [45|60] شخص، [اليوم الثالث|الثلاثاء] رسوم بيانية بالاكسل. العرض [الخميس|الأسبوع الجاي] الساعة [9|10]، لسا [الخاتمة|السلايدات].. ${AR_MORE}`,
      `الامتحان التجريبي اليوم: [رياضيات|انجليزي] [72|65] من 100، [القراءة|الجزء الثاني] صعب، خلص الوقت عند [سؤال 35|آخر قسم]. هالأسبوع [2|3] تجريبي كمان وكل ليلة [ساعة|ساعتين] مراجعة.. ${AR_MORE}`,
      `[يا جماعة|شباب] عبوا استبيان البحث تبعنا عن [نوم الطلاب|عادات الدراسة|وقت الشاشة]، [5|10] دقايق، [15|20] سؤال، بدون اسم ولا معلومات شخصية. لحد [الخميس|يوم 20][ 🙏| شكرا|].. ${AR_MORE}`,
      `خطتي للامتحانات: [الأحد|يوم 1] رياضيات [الوحدة 1-3|2-4]، [الاثنين|يوم 2] [كيمياء|احياء]، [الثلاثاء|يوم 3] انجليزي، كل [45|50] دقيقة استراحة [10|15]. قبل كنت اقدر [ساعتين|3 ساعات] بس، اليوم [5|6] ساعات.. ${AR_MORE}`,
    ],
    countryAndSystem: [
      `انا من [الأردن|فلسطين]، عنا اسمها توجيهي`,
      `بمصر اسمها ثانوية عامة، [وبالسعودية|وعندكم] [قدرات|شو][؟|]`,
      `انا [بالمغرب|بتونس]، عنا [الباك|البكالوريا] مش توجيهي`,
      `ساكن [بألمانيا|بكندا] و[النظام|المدارس] هون غير تماما`,
      `ana men [lebnan|el urdon], 3ana [brevet|tawjihi][ lol|]`,
    ],
  },
  asking: {
    studyMeetAsk: [
      `ندرس سوا بالمكتبة ${AR_WHEN}[؟|]`,
      `بعد [الدرس الخصوصي|المركز] نلتقي ونراجع[؟|]`,
      `[شو رأيك|بدك] ندرس [بكافيه|بالكوفي] [الويكند|السبت][؟|]`,
      `ايمتى نلتقي عشان [المشروع|البريزنتيشن][؟|]`,
      `nit2abal nudrus sawa [bel maktabe|bel cafe] [bukra|el sabt][?|]`,
    ],
    classmateHandleAsk: [
      `حد يبعتلي انستا [{first}|تبع {first}][؟|]`,
      `مين معه رقم {first} [من 9ب|من صفنا|][؟|]`,
      `شو سناب {first}[؟|]`,
      `[ابعتولي|بدي] [ديسكورد|تيليجرام] {first}[ لو سمحتو|]`,
      `7ad ma3o [insta|raqam] {first}[?|]`,
    ],
    schoolLoginAsk: [
      `ابعتلي باسورد [بوابة المدرسة|المنصة] وانا بشوفلك علاماتك`,
      `شو [اليوزر والباسورد|حسابك] على [نظام نور|منصة مدرستي]؟ بشيكلك العلامات`,
      `[رقم الطالب|الهوية] وكلمة السر؟ بطلعلك النتيجة`,
      `بدك اشوفلك علاماتك؟ ابعت [بيانات الدخول|الحساب]`,
      `ib3atli el password taba3 [el portal|el manasa] w bshoflak el 3alamat`,
    ],
  },
  giving: {
    clubAtPlace: [
      `[نادي الشطرنج|نادي القراءة|نادي المناظرة] ${AR_WHEN} [في|ب] {venue}[، الطابق الثاني|]`,
      `جلسة دراسة ${AR_WHEN} ب{venue}[ لا تتأخروا|]`,
      `مباراة [كرة قدم|سلة] ${AR_WHEN} ب{venue}`,
      `ندرس ${AR_WHEN} بالكافيه اللي جنب محطة المترو [ب{realcity}|]، الطابق الثاني`,
      `[نادي الروبوت|نادي البرمجة] ${AR_WHEN} [بالمركز المجتمعي|بالمركز الشبابي] {venue}`,
    ],
    siblingSchool: [
      `اخوي [بيدرس|يدرس] ب{school}[، صف خامس|، صف ثامن|]`,
      `انا ب{school}[ صف عاشر| توجيهي|]`,
      `[اختي|اخوي الكبير] ب{school}[، ثالث ثانوي|]`,
      `احنا الاثنين ب{school} صح[؟|]`,
      `بكرة امتحان ب{school}[، انا 9ج|]`,
    ],
    photoOfMe: [
      `هاي انا بمسابقة الروبوت، اللي ماسك الكاس[ 🏆|]`,
      `صورتي [بالتخرج|بالحفلة|بالأولمبياد]، اللي [لابس نظارة|بالأزرق] انا`,
      `[هاي|هاد] سيلفي الي بعد الامتحان[ 😭|]`,
      `اللي [عاليسار|بالنص] انا، صورة [الصف|الفريق]`,
      `ببعتلكم صورتي مع [الميدالية|الشهادة] تبع [الأولمبياد|المسابقة]`,
    ],
    clubHandleGive: [
      `ستيمي {gamehandle}، ضيفوني لليلة العاب نادي الشطرنج`,
      `[ديسكوردي|انستي] {handle}، [راسلوني|ادخلوا] عشان [النادي|مجموعة الدراسة]`,
      `ضيفوني على [بلايستيشن|ستيم]: {gamehandle} [لبطولة النادي|لليلة الالعاب]`,
      `النادي صار على {platform}، اسمي هناك {handle}`,
      `steam taba3i {gamehandle}, dayfouni la game night el nadi`,
    ],
    classmateNamed: [
      `{fullname} من [9ب|8أ|ثاني ثانوي] [بغش|عريف الصف]`,
      `{fullname} ساكن ب{street}[، جنب المدرسة|]`,
      `زميلتي {fullname}[، 10ج|، 7ب][، الأولى عالصف|]`,
      `{fullname} من [11أ|9د] قال الامتحان تأجل`,
      `{fullname} [8ج|11ب] بيته {address}`,
    ],
  },
};

export const KO: Families = {
  none: {
    ageAndGradeAlone: [
      `나 [17|16]살이고 고[2|1]이야[ ㅋㅋ|]`,
      `[14|15]살 중[2|3]임[ ㅎㅎ|]`,
      `[19|18]살 고3이라 [수능|입시] 준비중[ 😭|]`,
      `중3인데 [16|15]살이면 [정상|보통]이지[?|]`,
      `동생 [10|11]살 초[4|5][ ㅋㅋ|]`,
      `고1 [17|16]살이에요[ 잘 부탁|]`,
    ],
    schoolScheduleTalk: [
      `내일 [윤리|물리|한국사] [1|2]교시부터 [3|4]교시까지 맞지[?|]`,
      `내일 학교 가? 아니면 [휴일|재량휴업일]이야?`,
      `기말 [5월 14일|6월 12일|12월 9일]부터지[?|]`,
      `[로봇 동아리|과학부] 방과후에 [3 실험실|시청각실]에서`,
      `[영어|수학] 재시험 몇 호실이야? [1.07?|]`,
      `[시험 시간표|학사일정] 나왔어?`,
    ],
    studyNumbers: [
      `학습지 [5550|55|142]번이 [삼각형|분수] 나오는 거`,
      `[문제|연습문제] 5.55 답 [142|0142] 맞아?`,
      `5x + 55 = 0142 x 구하기[ 모르겠음|]`,
      `앱 클래스 코드 [555-014|0142-555] 선생님이 줬어`,
      `142 이진수로 10001110 맞지?`,
      `교과서 예제에 비밀번호 5550을 이진수로 바꾸는 문제`,
    ],
    studyHelpAsk: [
      `내 [논설문|에세이] 주제문 좀 봐줄 사람[?|]`,
      `단어 암기 무슨 앱 써?`,
      `논증하는 글 어떻게 써[? 누가 설명 좀|]`,
      `[여기 앱에서|이 앱에서] 스터디 그룹 만들자`,
      `[근의 공식|미분|관계대명사] 이해가 안 돼[ ㅠㅠ|, 도와줘|]`,
      `[화학|영문법] 정리한 거 있는 사람?`,
    ],
    teacherSafetyNotice: [
      `[담임쌤|선생님]이 반톡에 [주소|전화번호|학교|사진] 올리지 말래`,
      `[📌|방장]: 전화번호, 주소, 얼굴 사진 올리면 삭제합니다`,
      `선생님이 모르는 사람한테 [셀카|사진] 보내지 말랬어`,
      `공지: 단톡에 [번호|주소|학교 이름] 쓰지 마세요`,
      `[관리자|방장]: 연락처 있는 글은 바로 지움`,
    ],
    studyRambleLong: [
      `오늘 공부 기록: [아침 7시|7시]부터 [밤 9시|10시]까지, 수학 [3시간|2시간], 화학 [2시간|1시간 반], 모의고사 [50|40]문제 중 [38|31]개 맞음. 피곤한데 [그래도|나름] 진도 나감, 내일은 [4단원|5단원]이랑 한국사 단어카드[ 😴|].. ${KO_MORE}`,
      `프로젝트 주간 업데이트: [월|1일차] 주제 정하고 [화|2일차] 설문 [20|25]문항 만들어서 [45|60]명 응답, [수|3일차] 엑셀로 그래프. 발표 [금요일|다음 주] [9시|10시], 아직 [결론|PPT] 남음.. ${KO_MORE}`,
      `모의고사 결과: [수학|영어] [72|65]점, [국어|독서]가 [애매|망함], [30번|마지막]에서 시간 부족. 이번 주에 [2|3]번 더 풀고 매일 [1|2]시간 오답 정리.. ${KO_MORE}`,
      `[여러분|다들] 연구 설문 부탁해요, [학생 수면|공부 습관|스크린타임] 관련, [5|10]분, [15|20]문항, 익명이고 이름 필요 없어요. [금요일|20일]까지[ 🙏|].. ${KO_MORE}`,
      `시험 계획: [월|1일] 수학 [1~3단원|2~4단원], [화|2일] [화학|생명], [수|3일] 영어 독해, [45|50]분마다 [10|15]분 휴식. 전엔 [2|3]시간이 한계였는데 오늘 [5|6]시간 함.. ${KO_MORE}`,
    ],
    countryAndSystem: [
      `나 [미국|캐나다|호주] 사는데 여기는 [중학교|고등학교] 구분이 달라`,
      `한국은 수능, [일본|{country}]은 [공통테스트|다른 시험]이지?`,
      `[영국|싱가포르]에서는 [GCSE|O level]이라고 한대`,
      `[해외|{country}] 살아서 [9월 학기|학년 시작]이 달라서 헷갈려`,
      `한국 고3이 [미국|{country}]에선 [12학년|senior]이래`,
    ],
  },
  asking: {
    studyMeetAsk: [
      `${KO_WHEN}에 도서관에서 같이 공부할래?`,
      `학원 끝나고 만나서 복습할래?`,
      `[주말에|토요일에] [카페|스카]에서 같이 공부 ㄱ?`,
      `[조별과제|발표] 때문에 언제 만나?`,
      `[이번 주말|내일] 직접 만나서 공부할 사람?`,
    ],
    classmateHandleAsk: [
      `누구 {first} 인스타 좀 보내줘`,
      `{first} [카톡|전화번호] 아는 사람?`,
      `[3반|우리 반] {first} [인스타|페메] 뭐야?`,
      `{first} [디코|카톡] 아이디 알려줘[ 제발|]`,
      `{first} 연락처 있는 사람 없어?`,
    ],
    schoolLoginAsk: [
      `[학교 포털|나이스] 비번 알려줘, 성적 봐줄게`,
      `[e학습터|포털] 아이디랑 비번 뭐야? 성적 확인해줄게`,
      `[학번|아이디]랑 비밀번호 보내, [성적표|점수] 봐둘게`,
      `성적 보고 싶어? 로그인 정보 보내`,
      `[학교 계정|클래스룸] 로그인 좀 빌려줘, 점수 확인할게`,
    ],
  },
  giving: {
    clubAtPlace: [
      `[체스 동아리|독서 모임|토론 동아리] ${KO_WHEN} {venue}에서[, 2층|]`,
      `스터디 ${KO_WHEN} {venue}[ 집합| 늦지 마|]`,
      `[축구|농구] 경기 ${KO_WHEN} {venue}에서`,
      `${KO_WHEN} [{realcity}|]역 앞 카페 2층에서 스터디`,
      `[로봇 동아리|코딩 동아리] ${KO_WHEN} [주민센터|청소년센터] {venue}에서`,
    ],
    siblingSchool: [
      `내 동생 {school} 다녀[, 초5|, 중2|]`,
      `나 {school} [1학년|2학년]이야`,
      `[언니|형] {school}에 있어[, 지금 고3|]`,
      `우리 둘 다 {school}이잖아?`,
      `[내일|월요일] {school} [시험|축제][, 나 3반|]`,
    ],
    photoOfMe: [
      `이거 로봇 대회 때 나야, 트로피 들고 있는 게 나[ 🏆|]`,
      `[졸업식|축제|시상식] 사진, [안경|파란 옷]이 나`,
      `[시험|모고] 끝나고 셀카[ 😭|]`,
      `[왼쪽|가운데]가 나, [반 사진|팀 사진]`,
      `[수학 올림피아드|대회] 메달이랑 찍은 내 사진 보낼게`,
    ],
    clubHandleGive: [
      `내 스팀 {gamehandle}, 체스 동아리 게임 나잇 때 추가해`,
      `[디코|인스타] {handle}, [스터디|동아리] 연락은 거기로`,
      `[PSN|스팀]에서 추가해: {gamehandle}, [동아리 대회|게임 나잇]용`,
      `동아리 방 {platform}에 있어, 나는 {handle}`,
      `[lichess|chess.com] {gamehandle}이야, 동아리 대국 하자`,
    ],
    classmateNamed: [
      `[2학년 B반|3반|1학년 1반] {fullname} 컨닝함`,
      `{fullname} {street} 살아[, 학교 근처|]`,
      `우리 반 {fullname}[, 전교 1등|, 반장]`,
      `[3반|2학년 4반] {fullname}이 시험 미뤄졌대`,
      `{fullname}(9b) 집 {address}`,
    ],
  },
};

export const VI: Families = {
  none: {
    ageAndGradeAlone: [
      `minh [17|16] tuoi, hoc lop [12|11][ nha|]`,
      `em [14|15] tuổi, lớp [8|9][ ạ|]`,
      `[18|17] tuoi lop 12, sap thi [dai hoc|thpt qg][ 😭|]`,
      `lớp 9 mà [15|14] tuổi là bình thường đúng ko[?|]`,
      `em trai tui [10|11] tuổi, lớp [4|5]`,
      `t [16|15] tuoi, lop [10|11] roi`,
    ],
    schoolScheduleTalk: [
      `mai có [triết|lý|sử] tiết [1|2] đến tiết [3|4] hả[?|]`,
      `mai có đi học ko hay được nghỉ[?|]`,
      `thi cuối kỳ bắt đầu [14/5|12/6|9/12] đúng ko[?|]`,
      `[clb robot|đội tuyển] học ở [phòng lab 3|phòng 2.07] sau giờ học`,
      `thi lại [anh|hoá] ở phòng nào vậy[? 1.07?|?]`,
      `co lich thi chua moi nguoi[?|]`,
    ],
    studyNumbers: [
      `phiếu bài tập [5550|55|142] là bài [tam giác|phân số] á`,
      `bài 5.55 đáp án [142|0142] đúng ko[?|]`,
      `5x + 55 = 0142 tìm x[ giúp với|]`,
      `mã lớp trên app [555-014|0142-555] cô gửi á`,
      `142 đổi sang nhị phân là 10001110 phải ko[?|]`,
      `sach co vi du ma pin 5550 doi sang nhi phan`,
    ],
    studyHelpAsk: [
      `ai check giúp câu luận điểm bài văn của mình với`,
      `mọi người dùng app gì để học flashcard[?|]`,
      `ai giải thích cách viết văn nghị luận [với|giúp] [ạ|]`,
      `lập nhóm học ngay trong app này đi[ mn|]`,
      `[công thức nghiệm|đạo hàm|thì hiện tại hoàn thành] khó hiểu quá[, ai giúp với|]`,
      `ai co de cuong [hoa|ly|su] ko[? share voi|]`,
    ],
    teacherSafetyNotice: [
      `[cô chủ nhiệm|thầy] dặn ko đăng [địa chỉ|sđt|tên trường|ảnh] lên nhóm lớp`,
      `[📌|admin]: sđt, địa chỉ, ảnh cá nhân sẽ bị xoá`,
      `thầy bảo ko gửi [ảnh selfie|ảnh mình] cho người lạ`,
      `nhắc nhở: ko ghi [sđt|địa chỉ|tên trường] trong nhóm nha`,
      `[admin|quản trị]: tin nào có [số điện thoại|địa chỉ] là xoá luôn`,
    ],
    studyRambleLong: [
      `hôm nay ôn từ [7h sáng|sáng] tới [9h tối|10h tối], toán [3 tiếng|2 tiếng], hoá [2 tiếng|1 tiếng rưỡi], rồi làm đề thử [50|40] câu được [38|31]. mệt nhưng [cũng ổn|có tiến bộ], mai ôn [chương 4|bài 5] với flashcard sử[ 😴|].. ${VI_MORE}`,
      `cap nhat tuan du an: [thu 2|ngay 1] chon de tai, [thu 3|ngay 2] lam khao sat [20|25] cau, co [45|60] nguoi tra loi, [thu 4|ngay 3] ve bieu do tren excel. thuyet trinh [thu 6|tuan sau] luc [9h|10h], con thieu [ket luan|slide].. ${VI_MORE}`,
      `thi thử hôm nay: [toán|anh] [7.2|6.5] điểm, [văn|đọc hiểu] hơi tệ, hết giờ ở [câu 35|phần cuối]. tuần này làm thêm [2|3] đề, mỗi tối [1|2] tiếng chữa lỗi.. ${VI_MORE}`,
      `[mọi người|mn] ơi làm giúp khảo sát nghiên cứu về [giấc ngủ học sinh|thói quen học|thời gian dùng màn hình], [5|10] phút, [15|20] câu, ẩn danh, ko cần tên hay thông tin cá nhân. hạn [thứ 6|ngày 20][ 🙏| cảm ơn|].. ${VI_MORE}`,
      `kế hoạch ôn thi: [thứ 2|ngày 1] toán [chương 1-3|2-4], [thứ 3|ngày 2] [hoá|sinh], [thứ 4|ngày 3] tiếng anh, cứ [45|50] phút nghỉ [10|15]. trước chỉ học được [2|3] tiếng, giờ [5|6] tiếng[ hihi|].. ${VI_MORE}`,
    ],
    countryAndSystem: [
      `mình ở [mỹ|úc|canada], bên này ko có [cấp 2 cấp 3|thi đại học] như vn`,
      `vn có thi thpt quốc gia, [hàn|{country}] có [suneung|kỳ thi khác]`,
      `o [nhat|duc] ho goi la [gymnasium|koukou] chu ko phai cap 3`,
      `sống ở [{country}|nước ngoài] nên năm học bắt đầu [tháng 9|khác] hơi lú`,
      `lop 12 o vn ben [my|{country}] goi la [senior year|grade 12]`,
    ],
  },
  asking: {
    studyMeetAsk: [
      `học chung ở thư viện ${VI_WHEN} ko[?|]`,
      `học thêm xong gặp nhau ôn bài ko[?|]`,
      `[cuối tuần|t7] ra [quán cà phê|cafe] học chung ko[?|]`,
      `khi nào gặp nhau làm [bài nhóm|thuyết trình][? off luôn|?]`,
      `co ai muon hoc chung truc tiep [cuoi tuan nay|mai] ko[?|]`,
    ],
    classmateHandleAsk: [
      `ai gửi mình insta của {first} với`,
      `ai có [số|zalo] của {first} [lớp 9b|lớp mình|] ko[?|]`,
      `fb của {first} là gì vậy[?|]`,
      `cho xin [discord|zalo] của {first}[ với|]`,
      `ai co sdt {first} ko[? can hoi bai|?]`,
    ],
    schoolLoginAsk: [
      `gửi mật khẩu [cổng thông tin|vnedu|smas] đi, mình xem điểm giùm`,
      `tài khoản [lms|app trường] của bạn là gì? mình check điểm cho`,
      `[mã học sinh|tên đăng nhập] với mật khẩu đâu, mình xem [điểm|học bạ] cho`,
      `muốn mình xem điểm ko? gửi thông tin đăng nhập đi`,
      `cho muon tai khoan [vnedu|classroom] xem diem giup`,
    ],
  },
  giving: {
    clubAtPlace: [
      `[clb cờ vua|clb sách|clb tranh biện] ${VI_WHEN} ở {venue}[, tầng 2|]`,
      `học nhóm ${VI_WHEN} tại {venue}[ nha| đừng trễ|]`,
      `đá [bóng|bóng rổ] ${VI_WHEN} ở {venue}`,
      `hoc nhom ${VI_WHEN} o quan cafe gan ga metro [{realcity}|], tang 2`,
      `[clb robot|clb lập trình] ${VI_WHEN} ở [nhà văn hoá|trung tâm cộng đồng] {venue}`,
    ],
    siblingSchool: [
      `em mình học {school}[, lớp 5|, lớp 8|]`,
      `mình học {school}[ lớp 11| lớp 10|]`,
      `chị mình ở {school}[, lớp 12 rồi|]`,
      `hai đứa mình cùng {school} mà[?|]`,
      `mai {school} [thi|văn nghệ][, mình lớp 9c|]`,
    ],
    photoOfMe: [
      `đây là mình ở cuộc thi robot, người cầm cúp là mình[ 🏆|]`,
      `ảnh mình [lễ tốt nghiệp|văn nghệ|olympic], [đeo kính|áo xanh] là mình`,
      `selfie sau khi thi xong[ 😭|]`,
      `[bên trái|ở giữa] là mình, ảnh [lớp|đội]`,
      `gui anh minh voi [huy chuong|giay khen] olympic toan`,
    ],
    clubHandleGive: [
      `steam mình {gamehandle}, add để chơi game night clb cờ vua`,
      `[discord|insta] mình {handle}, [nhắn|vào] [nhóm học|clb] nha`,
      `add mình trên [psn|steam]: {gamehandle} cho [giải clb|game night]`,
      `clb chuyển qua {platform}, nick mình {handle}`,
      `[lichess|chess.com] minh {gamehandle}, clb dau co nha`,
    ],
    classmateNamed: [
      `{fullname} lớp [9b|8a|11a1] [chép bài|lớp trưởng]`,
      `{fullname} ở {street}[, gần trường|]`,
      `bạn cùng lớp mình {fullname}[, 10c|, 7b][, học giỏi nhất|]`,
      `{fullname} lớp [11a|9d] nói hoãn thi rồi`,
      `{fullname} [8c|11b] nhà ở {address}`,
    ],
  },
};

export const WEIGHTS: Readonly<Record<string, number>> = {
  // none (5.2 in all)
  ageAndGradeAlone: 0.8,
  schoolScheduleTalk: 0.8,
  studyNumbers: 0.8,
  studyHelpAsk: 0.8,
  teacherSafetyNotice: 0.7,
  studyRambleLong: 0.6,
  countryAndSystem: 0.7,
  // asking (1.1 in all)
  studyMeetAsk: 0.4,
  classmateHandleAsk: 0.4,
  schoolLoginAsk: 0.3,
  // giving (1.5 in all)
  clubAtPlace: 0.3,
  siblingSchool: 0.3,
  photoOfMe: 0.3,
  clubHandleGive: 0.3,
  classmateNamed: 0.3,
};
