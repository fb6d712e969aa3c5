/**
 * Country names as the normaliser leaves them (lower case, accents stripped), in the languages of
 * the corpus, plus the colloquial forms chat uses (usa, uk, pinas…). The policy treats a country
 * alone as harmless and a town as a disclosure, and a linear model cannot learn "any town" from
 * town names it has seen; knowing which words are countries lets "im from <a town it never saw>"
 * read as what it is. Of a multi-word name the words that say which country it is are kept
 * (states, kingdom, unidos…) and the generic ones left out (united, new, south, republic), and so
 * are Vietnamese syllables (ordinary words on their own); Japanese and Korean names are listed but
 * rarely stand apart as words. Hyphenated names are
 * listed whole as well, as `features.ts` reads them as one token. Taken from the names `Intl.DisplayNames` gives the corpus's 41
 * countries (`scripts/corpus/intl.generated.json`).
 */
export const COUNTRY_WORDS: readonly string[] = [
  'africa afrika afrique afryki agypten alemanha alemania allemagne almanya america amerika arabia',
  'arabie arabien arabistan arabskie argentina argentine argentinie argentinien argentyna arjantin',
  'australia australie australien austria autriche avustralya avusturya baixos bajos bassi belanda',
  'belcika belgia belgica belgie belgien belgio belgique belgium brasil brasile brasilien brazil',
  'brazilie brazylia bresil brezilya britain brytania canada chile chili china chine chiny cile cin',
  'cina colombia colombie corea coree coreia deutschland duitsland egipt egipto egito egitto egypt',
  'egypte emirados emirat emirate emiraten emirates emirati emiratos emirats emirlikleri endonezya',
  'england espagne espana espanha etats-unis fas filipijnen filipina filipinas filipinler filipiny',
  'filippine franca france francia francja frankreich frankrijk fransa germania germany giappone',
  'hindistan hiszpania holandia holland hollanda ierland inde india indie indien indonesia',
  'indonesie indonesien indonezja inggris ireland irland irlanda irlande irlandia ispanya isvec',
  'isvicre italia italie italien italy italya japan japao japon japonia japonya jepang jerman',
  'kanada kingdom kolombia kolombiya kolumbia kolumbien konigreich koninkrijk kore korea krallik',
  'malaisie malasia malaysia maleisie malezja malezya maroc marocco marokko maroko marrocos',
  'marruecos meksika meksiko meksyk mesir messico mexico mexiko mexique misir morocco murica',
  'nederland netherlands neuseeland niederlande niemcy nieuw nieuw-zeeland nigeria nijerya',
  'noorwegen noruega norvec norvege norvegia norway norwegen norwegia nouvelle-zelande oekraine',
  'oostenrijk osterreich pays-bas perou peru philippinen philippines pilipinas pinas poland',
  'polandia polen pologne polonia polonya polska portekiz portogallo portugal portugalia prancis',
  'rosja royaume royaume-uni rusia rusland russia russie russland rusya saoedi saoedi-arabie',
  'saoudite saudi saudi-arabien saudita saudyjska schweden schweiz scotland selandia sili singapore',
  'singapour singapur singapura spagna spain spanien spanje spanyol staaten staten states stati',
  'sudafrica sudafrika sudkorea suecia suede suica suisse suiza suudi svezia svizzera sweden swedia',
  'swiss switzerland szwajcaria szwecja tiongkok turchia turcja turkei turkey turki turkije turkiye',
  'turquia turquie uae ucraina ucrania uk ukraina ukraine ukrayna unido unidos unis uniti unito usa',
  'wales wlochy zealand zeeland zelanda zelande zelandia zjednoczone zuid-afrika zuid-korea zweden',
  'zwitserland австралия австрия аравия аргентина африканская бельгия бразилия великобритания',
  'германия египет зеландия индия индонезия ирландия испания италия канада китаи колумбия корея',
  'малаизия марокко мексика нигерия нидерланды норвегия оаэ перу польша португалия россия',
  'саудовская сингапур турция украина филиппины франция чили швеицария швеция штаты',
  'южно-африканская япония أستراليا أفريقيا ألمانيا أوكرانيا أيرلندا إسبانيا إندونيسيا إيطاليا',
  'الأرجنتين الإمارات البرازيل البرتغال السعودية السويد الصين الفلبين المتحدة المغرب المكسيك',
  'المملكة النرويج النمسا الهند اليابان بلجيكا بولندا بيرو تركيا تشيلي روسيا سنغافورة سويسرا فرنسا',
  'كندا كوريا كولومبيا ماليزيا مصر نيجيريا نيوزيلندا هولندا アイルランド アメリカ合衆国 アラブ首長国連邦 アルゼンチン イギリス',
  'イタリア インド インドネシア ウクライナ エジプト オランダ オーストラリア オーストリア カナダ コロンビア サウジアラビア シンガポール スイス スウェーデン スペイン チリ トルコ',
  'ドイツ ナイジェリア ニュージーランド ノルウェー フィリピン フランス ブラジル ベルギー ペルー ポルトガル ポーランド マレーシア メキシコ モロッコ ロシア 中国 南アフリカ 日本',
  '韓国 나이지리아 남아프리카 네덜란드 노르웨이 뉴질랜드 대한민국 독일 러시아 말레이시아 멕시코 모로코 미국 벨기에 브라질 사우디아라비아 스웨덴 스위스 스페인 싱가포르',
  '아랍에미리트 아르헨티나 아일랜드 영국 오스트레일리아 오스트리아 우크라이나 이집트 이탈리아 인도 인도네시아 일본 중국 칠레 캐나다 콜롬비아 튀르키예 페루 포르투갈 폴란드',
  '프랑스 필리핀',
]
  .join(' ')
  .split(' ');
