## Module: pressure in games and apps, and helping a friend (ages 15 to 17)
## isiZulu DRAFT translation (not yet reviewed by a native speaker).

pressure-online-title = Izipho, izimfihlo nokusiza umngane
    .alt = Isilawuli somdlalo esinebhokisi elincane lesipho ngaphezu kwaso. Eduze kwaso, abangane ababili; omunye wabo ukhuluma ngolimi lwezandla.
pressure-online-summary = Bona ingcindezi emidlalweni nakuma-app: izipho, izimfihlo nezingxoxo eziyimfihlo. Funda ukuthi ungamsiza kanjani umngane okutshela ukuthi kukhona okwenzeke kuye.

## Lesson 1: gifts, skins and private chats

pressure-online-1-title = Izipho, ama-skin nezingxoxo eziyimfihlo

pressure-online-1-mutale = UMutale uneminyaka eyi-15. Akezwa futhi usebenzisa ulimi lwezandla. Udlala umdlalo ku-inthanethi njalo kusihlwa. Umdlali obizwa ngokuthi uNightfox uthi naye uneminyaka eyi-16. UNightfox uthumelela uMutale ama-skin angavamile nezinhlamvu zemali zomdlalo, futhi uthi uMutale ungumlingani wakhe omkhulu eqenjini. Ngemuva kwenyanga, uNightfox ubhala athi: "Masixoxe kwenye i-app, thina sobabili kuphela. Ungatsheli muntu ngezipho zami. Ngithumelele isithombe sakho, ngizokuthumelela amanye ama-skin."
    .easy = UMutale uneminyaka eyi-15. Akezwa futhi usebenzisa ulimi lwezandla. Udlala umdlalo ku-inthanethi. Umdlali obizwa ngokuthi uNightfox umnika ama-skin nezinhlamvu zemali. Bese uNightfox ubhala athi: "Masixoxe kwenye i-app, thina sobabili kuphela. Ungatsheli muntu. Ngithumelele isithombe sakho."
    .alt = UMutale, insizwa enezinwele ezimfushane negqoke ihudi eliluhlaza okwesibhakabhaka, uphethe isilawuli somdlalo. Esikrinini, ibhokisi lesipho nebhamuza lengxoxo elivela kumdlali onesithombe sempungushe.

pressure-online-1-signs = Abanye abantu basebenzisa imidlalo nama-app okuxhumana ukuze bayenge abantu abasha: bakha ukwethembana ukuze kamuva bakucindezele. Izimpawu zokuxwayisa: izipho, ama-skin noma izinhlamvu zemali ongazicelanga; ukunconywa kakhulu; ukucela ukuthi niye ku-app eyimfihlo; ukucela ukuthi ugcine izimfihlo; ukucela izithombe; ukucela ukuthi nihlangane. Abantu bangaqamba amanga ngeminyaka yabo futhi basebenzise izithombe zomunye umuntu.
    .easy = Abanye abantu banika izipho ukuze uthembe bona. Bese bekucindezela. Izimpawu zokuxwayisa: izipho. Ukunconywa kakhulu. Ukuya ku-app eyimfihlo. Izimfihlo. Ukucela izithombe. Ukucela ukuhlangana. Abantu bangaqamba amanga ngeminyaka yabo.
    .alt = Izithombe ezinhlanu ezincane zilandelana: ibhokisi lesipho, inhliziyo, ilokhi ebhamuzeni lengxoxo, ubuso obunomunwe ezindebeni, nekhamera.

pressure-online-1-owe-nothing = Isipho asisho ukuthi ukweleta okuthile. Ungathi cha. Ungayeka ukuphendula. Hlala emdlalweni, lapho abanye bebona khona ingxoxo, noma uphume kuwo. Bika i-akhawunti futhi uyivimbe. Tshela umuntu omdala omethembayo. Akulona neze iphutha lakho uma othile ekukhohlisa, futhi ngeke ube senkingeni.
    .easy = Isipho asisho ukuthi ukweleta okuthile. Ungathi cha. Ungayeka ukuphendula. Bika futhi uvimbe. Tshela umuntu omdala omethembayo. Akulona neze iphutha lakho. Ngeke ube senkingeni.
    .safety =
        Akulona neze iphutha lakho
        ngeke ube senkingeni.
    .alt = Isandla esiphakanyisiwe endilingeni ebomvu sithi yima. Eduze kwaso, ibhokisi lesipho elinesiphambano esibomvu.

pressure-online-1-pathway = Uma othile ku-inthanethi ekucela izithombe, isigaba sosizo sikhombisa ukuthi ngubani ongakusiza ezweni lakho.
    .easy = Othile ukucela izithombe? Isigaba sosizo sikhombisa ukuthi ngubani ongakusiza.
    .alt = Uphawu lwendlela olunemicibisholo emithathu. Umcibisholo ngamunye unesithonjana: ibhokisi lesipho, ibhamuza lenkulumo nesihlangu.

pressure-online-1-quiz-signs = Yiziphi kulezi eziyizimpawu zokuxwayisa? Khetha zonke izimpendulo ezifanele.
    .easy = Yiziphi izimpawu zokuxwayisa? Khetha zonke izimpendulo ezifanele.
    .alt = Izithombe ezinhlanu ezincane zilandelana: ibhokisi lesipho, inhliziyo, ilokhi ebhamuzeni lengxoxo, ubuso obunomunwe ezindebeni, nekhamera.
    .hint = Cabanga ngezipho, izimfihlo nokusuka lapho abanye bebona khona.
pressure-online-1-quiz-signs-gifts = Izipho noma izinhlamvu zemali zomdlalo ongazicelanga, bese kuba nomusa ocelwayo
    .feedback = Yebo. Izipho zingaba yindlela yokukwenza uzizwe sengathi ubakweleta.
pressure-online-1-quiz-signs-private-app = Ukukucela ukuthi niye kwenye i-app, nobabili kuphela
    .feedback = Yebo. Ukukususa lapho abanye bebona khona kuwuphawu lokuxwayisa.
pressure-online-1-quiz-signs-secret = Ukukucela ukuthi izingxoxo zenu zibe yimfihlo
    .feedback = Yebo. Umngane weqiniso akakuceli ukuthi ufihlele wonke umuntu okunakekelayo izinto.
pressure-online-1-quiz-signs-team-chat = Ukukhuluma ngomdlalo engxoxweni yeqembu, lapho wonke umuntu ebona khona
    .feedback = Cha. Ukukhuluma ngomdlalo lapho wonke umuntu ebona khona kuvamile.

pressure-online-1-quiz-mutale = UNightfox ucela uMutale isithombe futhi uthembisa amanye ama-skin. UMutale kufanele enzeni?
    .easy = UNightfox ufuna isithombe. UMutale kufanele enzeni?
    .alt = UMutale uphethe isilawuli sakhe somdlalo. Ibhamuza lengxoxo elivela kumdlali wempungushe lisesikrinini.
    .hint = Ingabe isipho sisho ukuthi ukweleta uNightfox okuthile?
pressure-online-1-quiz-mutale-send = Athumele isithombe esisodwa, ngoba uNightfox wamnika izipho eziningi kangaka.
    .feedback = Cha. Isipho asisho ukuthi uMutale ukweleta okuthile. Akasithumeli isithombe.
pressure-online-1-quiz-mutale-tell-block = Athi cha, atshele umuntu omdala amethembayo, abike futhi avimbe uNightfox.
    .feedback = Yebo. UMutale angathi cha, abike futhi avimbe, atshele umuntu omdala amethembayo. Akekho enkingeni.
pressure-online-1-quiz-mutale-move-app = Aye kwenye i-app, kodwa ukuze axoxe kuphela.
    .feedback = Cha. Ukuya ku-app eyimfihlo yikho uNightfox akufunayo. UMutale uhlala lapho abanye bebona khona, noma uyaphuma.

## Lesson 2: when a friend tells you

pressure-online-2-title = Uma umngane ekutshela

pressure-online-2-hamza = UHamza uneminyaka eyi-16. Akezwa futhi usebenzisa ulimi lwezandla. Ngemuva kwesikole, umngane wakhe uBilal uthi kuye ngolimi lwezandla: "Othile ungisongela ngokuthi uzokwabelana ngesithombe sami. Angazi ukuthi ngenzeni. Ngiyacela, ungatsheli muntu." UHamza ufuna ukusiza umngane wakhe.
    .easy = UHamza uneminyaka eyi-16. Akezwa futhi usebenzisa ulimi lwezandla. Umngane wakhe uBilal uthi kuye ngolimi lwezandla: "Othile uthi uzokwabelana ngesithombe sami. Angazi ukuthi ngenzeni." UHamza ufuna ukusiza.
    .alt = Izinsizwa ezimbili zihlezi odongeni futhi zikhulumisana ngolimi lwezandla. UHamza ugqoke ihembe elisawolintshi. UBilal ugqoke ihembe eliluhlaza okotshani futhi ubukeka ekhathazekile.

pressure-online-2-listen = Lalela. Kholwa umngane wakho. Hlala uzolile, futhi umbonge ngokukutshela. Mtshele: akulona iphutha lakho. Ungabuzi imininingwane angafuni ukuyinikeza.
    .easy = Lalela. Kholwa umngane wakho. Hlala uzolile. Mbonge. Mtshele: akulona iphutha lakho.
    .safety = akulona iphutha lakho.
    .alt = UHamza uyalalela futhi ukhuluma ngolimi lwezandla ezolile. UBilal ubukeka engasakhathazeki kakhulu. Ngaphezu kwabo kunenhliziyo epinki.

pressure-online-2-do-not-share = Kugcine kuyimfihlo. Ungatsheli abanye abantu futhi ungathumeli lutho ngakho ku-inthanethi. Ungaceli ukubona isithombe. Ungabelani ngaso. Ungasigcini. Ungamthumeleli umlayezo umuntu osongela umngane wakho.
    .easy = Kugcine kuyimfihlo. Ungatsheli abanye abantu. Ungaceli ukubona isithombe. Ungabelani ngaso. Ungasigcini.
    .safety =
        Ungabelani ngaso.
        Ungasigcini.
    .alt = Ifoni enesiphambano esibomvu phezu kwayo, nobuso obunomunwe ezindebeni.

pressure-online-2-help-tell = Siza umngane wakho atshele umuntu omdala omethembayo. Thembisa ukuhamba naye. Uma umngane wakho esengozini, noma angase azilimaze, tshela umuntu omdala omethembayo ngokushesha, ngisho noma ekucele ukuthi ukugcine kuyimfihlo. Ukuthola usizo akukhona ukumkhaphela.
    .easy = Siza umngane wakho atshele umuntu omdala omethembayo. Hamba naye. Umngane wakho usengozini? Umngane wakho angase azilimaze? Tshela umuntu omdala ngokushesha. Ngisho noma kuyimfihlo.
    .safety = angase azilimaze
    .alt = UHamza noBilal bahamba ndawonye beya kumuntu omdala omamathekayo obingelela ngolimi lwezandla.

pressure-online-2-look-after-yourself = Ukuzwa lokhu kungakuphatha kabi. Ungase uzizwe uthukuthele, udabukile noma wesaba. Lokho kuvamile. Akudingeki ukulungise wedwa. Khuluma nomuntu omdala omethembayo noma nolayini wosizo wezingane ngendlela ozizwa ngayo, nawe.
    .easy = Lokhu kungakuphatha kabi. Lokho kuvamile. Akudingeki ukulungise wedwa. Khuluma nomuntu omdala omethembayo noma nolayini wosizo wezingane, nawe.
    .alt = UHamza uhlezi nomamncane wakhe. Bakhulumisana ngolimi lwezandla. Inkomishi yetiye isetafuleni.

pressure-online-2-pathway = Uma umngane ekutshela ukuthi kukhona okwenzeke kuye, isigaba sosizo sikhombisa ukuthi ungasiza kanjani nokuthi ngubani ongaxhumana naye.
    .easy = Umngane ukutshela ukuthi kukhona okwenzekile? Isigaba sosizo sikhombisa ukuthi ungasiza kanjani.
    .alt = Uphawu lwendlela olunemicibisholo emithathu. Umcibisholo ngamunye unesithonjana: abantu ababili, ibhamuza lenkulumo nesihlangu.

pressure-online-2-quiz-order = Beka izinyathelo zikaHamza ngokulandelana okufanele.
    .easy = Beka izinyathelo ngokulandelana.
    .alt = UHamza noBilal bahamba ndawonye beya kumuntu omdala omamathekayo.
    .hint = UHamza wenzani kuqala, ngesikhathi uBilal esamtshela?
pressure-online-2-quiz-order-listen = Alalele futhi akholwe uBilal.
    .feedback = Kuqala, lalela futhi umkholwe.
pressure-online-2-quiz-order-not-fault = Atshele uBilal ukuthi akulona iphutha lakhe.
    .feedback = Okulandelayo, mtshele ukuthi akulona iphutha lakhe.
pressure-online-2-quiz-order-adult = Asize uBilal atshele umuntu omdala amethembayo.
    .feedback = Bese umsiza atshele umuntu omdala amethembayo. UHamza angahamba naye.
pressure-online-2-quiz-order-report = Nomuntu omdala, babike i-akhawunti.
    .feedback = Ekugcineni, umuntu omdala ubasiza babike i-akhawunti.

pressure-online-2-quiz-hamza = UHamza kufanele enzeni?
    .easy = UHamza kufanele enzeni?
    .alt = Abafana ababili bahlezi odongeni futhi bakhulumisana ngolimi lwezandla.
    .hint = Ngubani ongamsiza kakhulu uBilal?
pressure-online-2-quiz-hamza-group-chat = Atshele abangane babo engxoxweni yeqembu, ukuze wonke umuntu asize.
    .feedback = Cha. Lokho kusakaza indaba kaBilal eyimfihlo. UHamza ukugcina kuyimfihlo futhi usiza uBilal atshele umuntu omdala amethembayo.
pressure-online-2-quiz-hamza-help-tell = Alalele, amkholwe, futhi amsize atshele umuntu omdala amethembayo.
    .feedback = Yebo. UHamza uyalalela, ukholwa uBilal futhi uhamba naye eya kumuntu omdala abamethembayo.
pressure-online-2-quiz-hamza-message-them = Amthumelele umlayezo lowo muntu futhi amtshele ukuthi ayeke.
    .feedback = Cha. UHamza akamthumeleli umlayezo lowo muntu. Umuntu omdala omethembayo nenkampani ye-app bangenza okuthile.

pressure-online-badge = Umngane omuhle
    .alt = Ibheji eliyindilinga elinezandla ezimbili ezikhuluma ngolimi lwezandla phakathi nendawo, nezintambo ezimbili ngaphansi kwalo.

## Knowledge check: before the module (pre) and after it (post, parallel questions).

pressure-online-check-gifts = Iqiniso noma amanga: Uma othile ku-inthanethi ekunika izipho, umkweleta okuthile.
    .easy = Iqiniso noma amanga: Othile ku-inthanethi ukunika izipho. Umkweleta okuthile.
    .alt = Ibhokisi lesipho nophawu lombuzo eduze kwalo.
pressure-online-check-gifts-true = Iqiniso
pressure-online-check-gifts-false = Amanga
pressure-online-check-friend = Iqiniso noma amanga: Uma umngane ekutshela ukuthi othile uyamsongela, ungamsiza atshele umuntu omdala omethembayo.
    .easy = Iqiniso noma amanga: Umngane ukutshela ngokusongelwa. Ungamsiza atshele umuntu omdala omethembayo.
    .alt = Abangane ababili bakhulumisana ngolimi lwezandla, kunophawu lombuzo ngaphezu kwabo.
pressure-online-check-friend-true = Iqiniso
pressure-online-check-friend-false = Amanga
pressure-online-check-private = Iqiniso noma amanga: Uma othile ekucela ukuthi niye ku-app eyimfihlo futhi ukugcine kuyimfihlo, lokho kuwuphawu lokuxwayisa.
    .easy = Iqiniso noma amanga: Othile ukucela ukuthi niye ku-app eyimfihlo futhi ugcine imfihlo. Lokho kuwuphawu lokuxwayisa.
    .alt = Ibhamuza lengxoxo elinelokhi, nophawu lombuzo eduze kwalo.
pressure-online-check-private-true = Iqiniso
pressure-online-check-private-false = Amanga
pressure-online-check-share = Iqiniso noma amanga: Uma umngane ekutshela ngesithombe, kufanele ucele ukusibona.
    .easy = Iqiniso noma amanga: Umngane ukutshela ngesithombe. Cela ukusibona.
    .alt = Ifoni nophawu lombuzo eduze kwayo.
pressure-online-check-share-true = Iqiniso
pressure-online-check-share-false = Amanga
