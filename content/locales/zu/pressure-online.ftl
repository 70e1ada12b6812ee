## Module: pressure in games and apps, and helping a friend (ages 15 to 17)
## isiZulu DRAFT translation (not yet reviewed by a native speaker).
## Characters (content/characters.toml): Daniel (15, boy, Zambia, hearing) and his friend (not named).

pressure-online-title = Izipho, izimfihlo nokusiza umngane
    .alt = Isilawuli somdlalo esinebhokisi elincane lesipho ngaphezu kwaso. Eduze kwaso, abangane ababili bayaxoxa.
pressure-online-summary = Bona ingcindezi emidlalweni nakuma-app: izipho, izimfihlo nezingxoxo eziyimfihlo. Funda ukuthi ungamsiza kanjani umngane okutshela ukuthi kukhona okwenzeke kuye.

## Lesson 1: gifts, skins and private chats

pressure-online-1-title = Izipho, ama-skin nezingxoxo eziyimfihlo

pressure-online-1-daniel = UDaniel uneminyaka eyi-15. Udlala umdlalo ku-inthanethi neqembu njalo kusihlwa. Umdlali obizwa ngokuthi uNightfox uthi naye uneminyaka eyi-15. UNightfox uthumelela uDaniel ama-skin angavamile nezinhlamvu zemali zomdlalo, futhi uthi uDaniel ungumlingani wakhe omkhulu eqenjini. Ngemuva kwenyanga, uNightfox ubhala athi: "Masixoxe kwenye i-app, thina sobabili kuphela. Ungatsheli muntu ngezipho zami. Ngithumelele isithombe sakho, ngizokuthumelela amanye ama-skin."
    .easy = UDaniel uneminyaka eyi-15. Udlala umdlalo ku-inthanethi. Umdlali obizwa ngokuthi uNightfox umnika ama-skin nezinhlamvu zemali. Bese uNightfox ubhala athi: "Masixoxe kwenye i-app, thina sobabili kuphela. Ungatsheli muntu. Ngithumelele isithombe sakho."
    .alt = UDaniel, umfana osemusha onezinwele ezimfushane negqoke ihudi eliluhlaza okwesibhakabhaka, uphethe isilawuli somdlalo. Esikrinini, ibhokisi lesipho nebhamuza lengxoxo elivela kumdlali onesithombe sempungushe.

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

pressure-online-1-quiz-daniel = UNightfox ucela uDaniel isithombe futhi uthembisa amanye ama-skin. UDaniel kufanele enzeni?
    .easy = UNightfox ufuna isithombe. UDaniel kufanele enzeni?
    .alt = UDaniel uphethe isilawuli sakhe somdlalo. Ibhamuza lengxoxo elivela kumdlali wempungushe lisesikrinini.
    .hint = Ingabe isipho sisho ukuthi ukweleta uNightfox okuthile?
pressure-online-1-quiz-daniel-send = Athumele isithombe esisodwa, ngoba uNightfox wamnika izipho eziningi kangaka.
    .feedback = Cha. Isipho asisho ukuthi uDaniel ukweleta okuthile. Akasithumeli isithombe.
pressure-online-1-quiz-daniel-tell-block = Athi cha, atshele umuntu omdala amethembayo, abike futhi avimbe uNightfox.
    .feedback = Yebo. UDaniel angathi cha, abike futhi avimbe, atshele umuntu omdala amethembayo. Akekho enkingeni.
pressure-online-1-quiz-daniel-move-app = Aye kwenye i-app, kodwa ukuze axoxe kuphela.
    .feedback = Cha. Ukuya ku-app eyimfihlo yikho uNightfox akufunayo. UDaniel uhlala lapho abanye bebona khona, noma uyaphuma.

## Lesson 2: when a friend tells you

pressure-online-2-title = Uma umngane ekutshela

pressure-online-2-friend = Ngemuva kokuzilolonga, umngane kaDaniel weqembu uhlala phansi eduze kwakhe. Umngane wakhe uthi ngezwi eliphansi: "Othile ungisongela ngokuthi uzokwabelana ngesithombe sami. Angazi ukuthi ngenzeni. Ngiyacela, ungatsheli muntu." UDaniel ufuna ukusiza umngane wakhe.
    .easy = Umngane kaDaniel uhlala eduze kwakhe. Umngane wakhe uthi: "Othile uthi uzokwabelana ngesithombe sami. Angazi ukuthi ngenzeni." UDaniel ufuna ukusiza.
    .alt = Abafana ababili abasha bahlezi odongeni futhi bayaxoxa. UDaniel ugqoke ihudi eliluhlaza okwesibhakabhaka. Umngane wakhe ugqoke ihembe eliluhlaza okotshani futhi ubukeka ekhathazekile.

pressure-online-2-listen = Lalela. Kholwa umngane wakho. Hlala uzolile, futhi umbonge ngokukutshela. Mtshele: akulona iphutha lakho. Ungabuzi imininingwane angafuni ukuyinikeza.
    .easy = Lalela. Kholwa umngane wakho. Hlala uzolile. Mbonge. Mtshele: akulona iphutha lakho.
    .safety = akulona iphutha lakho.
    .alt = UDaniel uyalalela futhi umamatheka ezolile. Umngane wakhe ubukeka engasakhathazeki kakhulu. Ngaphezu kwabo kunenhliziyo epinki.

pressure-online-2-do-not-share = Kugcine kuyimfihlo. Ungatsheli abanye abantu futhi ungathumeli lutho ngakho ku-inthanethi. Ungaceli ukubona isithombe. Ungabelani ngaso. Ungasigcini. Ungamthumeleli umlayezo umuntu osongela umngane wakho.
    .easy = Kugcine kuyimfihlo. Ungatsheli abanye abantu. Ungaceli ukubona isithombe. Ungabelani ngaso. Ungasigcini.
    .safety =
        Ungabelani ngaso.
        Ungasigcini.
    .alt = Ifoni enesiphambano esibomvu phezu kwayo, nobuso obunomunwe ezindebeni.

pressure-online-2-help-tell = Siza umngane wakho atshele umuntu omdala omethembayo. Thembisa ukuhamba naye. Uma umngane wakho esengozini, noma angase azilimaze, tshela umuntu omdala omethembayo ngokushesha, ngisho noma ekucele ukuthi ukugcine kuyimfihlo. Ukuthola usizo akukhona ukumkhaphela.
    .easy = Siza umngane wakho atshele umuntu omdala omethembayo. Hamba naye. Umngane wakho usengozini? Umngane wakho angase azilimaze? Tshela umuntu omdala ngokushesha. Ngisho noma kuyimfihlo.
    .safety = angase azilimaze
    .alt = UDaniel nomngane wakhe bahamba ndawonye beya kumuntu omdala omamathekayo obingelela ngesandla.

pressure-online-2-look-after-yourself = Ukuzwa lokhu kungakuphatha kabi. Ungase uzizwe uthukuthele, udabukile noma wesaba. Lokho kuvamile. Akudingeki ukulungise wedwa. Khuluma nomuntu omdala omethembayo noma nolayini wosizo wezingane ngendlela ozizwa ngayo, nawe.
    .easy = Lokhu kungakuphatha kabi. Lokho kuvamile. Akudingeki ukulungise wedwa. Khuluma nomuntu omdala omethembayo noma nolayini wosizo wezingane, nawe.
    .alt = UDaniel uhlezi etafuleni nobaba wakhe. Bayaxoxa. Inkomishi yetiye isetafuleni.

pressure-online-2-pathway = Uma umngane ekutshela ukuthi kukhona okwenzeke kuye, isigaba sosizo sikhombisa ukuthi ungasiza kanjani nokuthi ngubani ongaxhumana naye.
    .easy = Umngane ukutshela ukuthi kukhona okwenzekile? Isigaba sosizo sikhombisa ukuthi ungasiza kanjani.
    .alt = Uphawu lwendlela olunemicibisholo emithathu. Umcibisholo ngamunye unesithonjana: abantu ababili, ibhamuza lenkulumo nesihlangu.

pressure-online-2-quiz-order = Beka izinyathelo zikaDaniel ngokulandelana okufanele.
    .easy = Beka izinyathelo ngokulandelana.
    .alt = UDaniel nomngane wakhe bahamba ndawonye beya kumuntu omdala omamathekayo.
    .hint = UDaniel wenzani kuqala, ngesikhathi umngane wakhe esamtshela?
pressure-online-2-quiz-order-listen = Alalele futhi akholwe umngane wakhe.
    .feedback = Kuqala, lalela futhi umkholwe.
pressure-online-2-quiz-order-not-fault = Atshele umngane wakhe ukuthi akulona iphutha lakhe.
    .feedback = Okulandelayo, mtshele ukuthi akulona iphutha lakhe.
pressure-online-2-quiz-order-adult = Asize umngane wakhe atshele umuntu omdala amethembayo.
    .feedback = Bese umsiza atshele umuntu omdala amethembayo. UDaniel angahamba naye.
pressure-online-2-quiz-order-report = Nomuntu omdala, babike i-akhawunti.
    .feedback = Ekugcineni, umuntu omdala ubasiza babike i-akhawunti.

pressure-online-2-quiz-daniel = UDaniel kufanele enzeni?
    .easy = UDaniel kufanele enzeni?
    .alt = Abafana ababili bahlezi odongeni futhi bayaxoxa.
    .hint = Ngubani ongamsiza kakhulu umngane wakhe?
pressure-online-2-quiz-daniel-group-chat = Atshele abangane babo engxoxweni yeqembu, ukuze wonke umuntu asize.
    .feedback = Cha. Lokho kusakaza indaba yomngane wakhe eyimfihlo. UDaniel ukugcina kuyimfihlo futhi usiza umngane wakhe atshele umuntu omdala amethembayo.
pressure-online-2-quiz-daniel-help-tell = Alalele, amkholwe, futhi amsize atshele umuntu omdala amethembayo.
    .feedback = Yebo. UDaniel uyalalela, ukholwa umngane wakhe futhi uhamba naye eya kumuntu omdala abamethembayo.
pressure-online-2-quiz-daniel-message-them = Amthumelele umlayezo lowo muntu futhi amtshele ukuthi ayeke.
    .feedback = Cha. UDaniel akamthumeleli umlayezo lowo muntu. Umuntu omdala omethembayo nenkampani ye-app bangenza okuthile.

pressure-online-badge = Umngane omuhle
    .alt = Ibheji eliyindilinga elinezandla ezimbili ezibambene phakathi nendawo, nezintambo ezimbili ngaphansi kwalo.

## Knowledge check: before the module (pre) and after it (post, parallel questions).

pressure-online-check-gifts = Iqiniso noma amanga: Uma othile ku-inthanethi ekunika izipho, umkweleta okuthile.
    .easy = Iqiniso noma amanga: Othile ku-inthanethi ukunika izipho. Umkweleta okuthile.
    .alt = Ibhokisi lesipho nophawu lombuzo eduze kwalo.
pressure-online-check-gifts-true = Iqiniso
pressure-online-check-gifts-false = Amanga
pressure-online-check-friend = Iqiniso noma amanga: Uma umngane ekutshela ukuthi othile uyamsongela, ungamsiza atshele umuntu omdala omethembayo.
    .easy = Iqiniso noma amanga: Umngane ukutshela ngokusongelwa. Ungamsiza atshele umuntu omdala omethembayo.
    .alt = Abangane ababili bayaxoxa, kunophawu lombuzo ngaphezu kwabo.
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
