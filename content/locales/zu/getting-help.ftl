## Module: getting help (ages 10 to 14)
## isiZulu DRAFT translation (not yet reviewed by a native speaker).

getting-help-title = Ukuthola usizo
    .alt = Isihlangu esikhulu esiluhlaza okwesibhakabhaka esinophawu olumhlophe lokuthi kulungile. Ingane imi ngakolunye uhlangothi, umuntu omdala ngakolunye. Bobabili bayamamatheka.
getting-help-summary = Ngubani ongakusiza, ungabika futhi uvimbe kanjani, nokuthi kwenzekani uma utshela othile.

## Lesson 1: who can help you

getting-help-1-title = Ngubani ongakusiza

getting-help-1-lindiwe = UNomsa uneminyaka eyi-11. Akezwa, futhi ukhuluma nomndeni wakhe nabangane bakhe ngolimi lwezimpawu. Eqenjini lase-inthanethi, othile uhlala ebhala izinto ezimkhathazayo. Akafuni ukukugcina kuye yedwa. Esikoleni, uya kuthisha wakhe. Ukhuluma ngolimi lwezimpawu futhi uyabhala ukuze atshele uthisha wakhe okwenzekile.
    .easy = UNomsa akezwa. Ukhuluma ngolimi lwezimpawu. Okuthile ku-inthanethi kuyamkhathaza. Utshela uthisha wakhe. Ukhuluma ngolimi lwezimpawu futhi uyabhala.
    .alt = UNomsa, intombazane egqoke ihembe elisawolintshi, unyakazisa izandla zakhe ekhuluma ngolimi lwezimpawu. Uthisha wakhe, ogqoke izibuko, umi eduze kwebhodi eliluhlaza okotshani futhi ubuka izandla zakhe.

getting-help-1-who-can-help = Baningi abantu abangakusiza. Umuntu omdala omethembayo: othile emndenini wakho, noma omunye umuntu omdala omazi kahle. Uthisha noma umeluleki wesikole. Ulayini wosizo wezingane, lapho abantu abaqeqeshiwe besiza khona izingane. Ulayini wokubika (hotline) osebenzela ukuthi izinto ezibonisa ukuhlukunyezwa kwezingane ngokocansi zisuswe ku-inthanethi. Amaphoyisa, uma usengozini. Isigaba sosizo sikhombisa imininingwane yokuxhumana ezweni lakho.
    .easy = Ngubani ongasiza? Umuntu omdala omethembayo emndenini wakho. Uthisha. Ulayini wosizo wezingane. Ulayini wokubika osiza ukususa ku-inthanethi izithombe ezikhombisa izingane ngendlela yocansi. Amaphoyisa, uma usengozini. Isigaba sosizo siyabakhombisa.
    .alt = Izithombe eziyindilinga ezinhlanu: umuntu omdala, isikole, ifoni enemilayezo yengxoxo, isihlangu esinsomi esinophawu lokuthi kulungile, nesibani esibomvu sezimo eziphuthumayo.

getting-help-1-helplines = Emazweni amaningi, olayini bosizo bezingane bamahhala futhi bagcina imfihlo. Ukugcina imfihlo kusho ukuthi lokho obatshela kona abakutsheli abanye. Uma usengozini, bangacela abanye abantu ukuthi basize ukukugcina uphephile. Abanye olayini bosizo bakuvumela ukuthi ubhale nge-SMS noma ngengxoxo (chat). Ngakho ungabasebenzisa ngaphandle kokuzwa, futhi ngaphandle kokukhuluma ngezwi.
    .easy = Olayini bosizo abaningi bamahhala. Lokho obatshela kona bakugcina kuyimfihlo. Abanye olayini bosizo bakuvumela ukuthi ubhale nge-SMS noma ngengxoxo. Akudingeki uzwe ukuze ubasebenzise.
    .alt = Ingane imi eduze kwefoni enkulu. Ifoni ibonisa ingxoxo: imilayezo yengane isawolintshi, umlayezo womsizi uluhlaza okotshani futhi unenhliziyo eluhlaza okotshani.

getting-help-1-when-you-tell = Kwenzekani uma utshela othile? Umuntu omdala omethembayo kufanele akulalele futhi akuthathe njengento ebalulekile. Angase abuze imibuzo ethile futhi abhale phansi okwenzekile. Angakusiza ubike futhi uvimbe, futhi uthole usizo kubantu umsebenzi wabo kuwukugcina izingane ziphephile. Awukho enkingeni ngokutshela. Uma umuntu omdala wokuqala engakusizi, tshela omunye umuntu omdala omethembayo, noma uxhumane nolayini wosizo.
    .easy = Utshela umuntu omdala omethembayo. Uyakulalela futhi akakubukeli phansi. Angabhala phansi okwenzekile. Uyakusiza ubike. Awukho enkingeni. Uma engakusizi, tshela omunye umuntu omdala.
    .alt = Ingane imi eduze komuntu omdala. Umuntu omdala uyamamatheka futhi ubhala amanothi ephepheni.

getting-help-1-quiz-who = Ngubani ongakusiza uma okuthile ku-inthanethi kukukhathaza? Khetha zonke izimpendulo ezifanele.
    .easy = Ngubani ongakusiza? Khetha zonke izimpendulo ezifanele.
    .alt = Izithombe eziyindilinga ezinhlanu: umuntu omdala, isikole, ifoni enemilayezo yengxoxo, isihlangu nesibani sezimo eziphuthumayo.
    .hint = Cabanga ngabantu umsebenzi wabo kuwukugcina izingane ziphephile.
getting-help-1-quiz-who-family-adult = Umuntu omdala emndenini wakho omethembayo
    .feedback = Yebo. Umuntu omdala omethembayo emndenini wakho angakusiza.
getting-help-1-quiz-who-teacher = Uthisha noma umeluleki wesikole
    .feedback = Yebo. Othisha nabeluleki basiza izingane ukuthi ziphephe.
getting-help-1-quiz-who-helpline = Ulayini wosizo wezingane
    .feedback = Yebo. Olayini bosizo bezingane banabantu abaqeqeshiwe abasiza izingane. Isigaba sosizo siyabakhombisa.
getting-help-1-quiz-who-person-online = Umuntu wase-inthanethi okukhathazayo
    .feedback = Cha. Ungamceli usizo. Yeka ukumphendula futhi utshele umuntu omdala omethembayo.

getting-help-1-quiz-phone = Iqiniso noma amanga: ukuze uthole usizo kulayini wosizo, kufanele ukhulume ocingweni.
    .easy = Iqiniso noma amanga: kufanele ukhulume ocingweni ukuze usebenzise ulayini wosizo.
    .alt = Ingane eduze kwefoni ekhombisa ingxoxo nomsizi.
    .hint = Cabanga ngoNomsa. Angaxhumana kanjani nolayini wosizo?
getting-help-1-quiz-phone-true = Iqiniso
    .feedback = Cha, lokhu kungamanga. Abanye olayini bosizo bakuvumela ukuthi ubhale nge-SMS noma ngengxoxo. Isigaba sosizo sikhombisa ukuthi ungaxhumana kanjani nolayini bosizo ezweni lakho.
getting-help-1-quiz-phone-false = Amanga
    .feedback = Yebo, kungamanga. Abanye olayini bosizo bakuvumela ukuthi ubhale nge-SMS noma ngengxoxo, ngakho akudingeki uzwe noma ukhulume. Umuntu omdala omethembayo angakusiza nokuthi uxhumane nabo.

## Lesson 2: report it and get help

getting-help-2-title = Kubike futhi uthole usizo

getting-help-2-block-report = Ama-app amaningi nemidlalo eminingi kukuvumela ukuthi ubike futhi uvimbe. Ukubika kusho ukuthi utshela i-app ukuthi kukhona okungalungile, ukuze yenze okuthile. Ukuvimba kusho ukuthi lowo muntu akasakwazi ukuxhumana nawe. Bheka ifulegi, igama elithi "Report" noma "Bika", noma imenyu enamachashazi amathathu ephrofayeleni noma kumlayezo. Qala ubike, bese uyavimba. Kuma-app amaningi, lowo muntu akatshelwa ukuthi ngubani omubikile. Umuntu omdala omethembayo angakusiza.
    .easy = Kuma-app amaningi ungabika futhi uvimbe. Ukubika: utshela i-app. Ukuvimba: lowo muntu akasakwazi ukukubhalela. Bheka ifulegi noma amachashazi amathathu. Qala ubike, bese uyavimba. Umuntu omdala omethembayo angasiza.
    .alt = Ifoni ibonisa iphrofayela enesithombe esimpunga nemenyu enamachashazi amathathu. Ngaphansi kunezinkinobho ezimbili: ifulegi elisawolintshi lokubika nophawu olubomvu lokuvimba.

getting-help-2-jordan = UJordan uneminyaka eyi-13. Engxoxweni yeqembu, othile wabelana ngesithombe. Sikhombisa ingane ngendlela yocansi. UJordan uyashaqeka. Akaphindi asibuke. Uyasivala.
    .easy = UJordan usengxoxweni yeqembu. Othile wabelana ngesithombe esikhombisa ingane ngendlela yocansi. UJordan uyashaqeka. Uyasivala.
    .alt = Ifoni kaJordan ibonisa ingxoxo yeqembu. Ibhokisi elimpunga lifihla isithombe, futhi linophawu lweso olunomugqa oluwunqamulayo. Umunwe kaJordan ucindezela inkinobho ebomvu yokuvala.

getting-help-2-do-not-share = Uma ubona izithombe ezikhombisa ingane ngendlela yocansi ku-inthanethi, ungabelani ngazo. Ungazigcini. Ungathathi i-screenshot. Akekho okufanele akwenze lokho, ngisho nokuzikhombisa njengobufakazi. Vala isithombe bese utshela umuntu omdala omethembayo. Ndawonye, kubikeni ku-app nakulayini wokubika (hotline) osebenzela ukuthi izinto ezibonisa ukuhlukunyezwa kwezingane ngokocansi zisuswe. Umuntu omdala angachaza ukuthi besikuphi: i-app, iqembu, igama lomsebenzisi nesikhathi. Awukho enkingeni ngokuzibona, futhi akulona iphutha lakho. Uma kukuphatha kabi, ungakhuluma ngemizwa yakho nomuntu omdala omethembayo.
    .easy = Ubona isithombe esikhombisa ingane ngendlela yocansi? Ungabelani ngaso. Ungasigcini. Ungathathi i-screenshot. Sivale. Tshela umuntu omdala omethembayo. Kubike. Awukho enkingeni. Akulona iphutha lakho.
    .alt = Izithombe ezintathu: umcibisholo wokuthumela ocishwe ngokubomvu, umcibisholo wokugcina ocishwe ngokubomvu, nefulegi elisawolintshi lokubika elinophawu oluhlaza okotshani lokuthi kulungile.
    .safety =
        Ungathathi i-screenshot.
        Awukho enkingeni
        akulona iphutha lakho.

getting-help-2-pathway = Uma ubona izithombe ezikhombisa ingane ngendlela yocansi ku-inthanethi, isigaba sosizo sikhombisa lapho wena nomuntu omdala omethembayo ningazibika khona ezweni lakho.
    .easy = Ubona isithombe esikhombisa ingane ngendlela yocansi? Isigaba sosizo sikhombisa lapho ungasibika khona.
    .alt = Isandla sithinta inkinobho yosizo enenhliziyo esikrinini sethebhulethi.

getting-help-2-danger-now = Uma usengozini manje, thola usizo oluphuthumayo ngokushesha. Hamba uye endaweni ephephile. Tshela umuntu omdala omethembayo oseduze kwakho. Xhumana namaphoyisa noma nezinsiza zezimo eziphuthumayo. Isigaba sosizo sikhombisa imininingwane yokuxhumana yezimo eziphuthumayo ezweni lakho.
    .easy = Usengozini manje? Thola usizo manje. Hamba uye endaweni ephephile. Tshela umuntu omdala oseduze kwakho. Xhumana namaphoyisa. Isigaba sosizo sikhombisa ukuthi kanjani.
    .alt = Ingane ekhathazekile ihamba ilandela umcibisholo oluhlaza okotshani ibheke endlini. Umuntu omdala umi emnyango ovulekile. Phezulu kunesibani esiluhlaza okwesibhakabhaka sezimo eziphuthumayo.

getting-help-2-quiz-jordan = UJordan kufanele enzeni ngalesi sithombe?
    .easy = UJordan kufanele enzeni?
    .alt = Ifoni kaJordan ibonisa ingxoxo yeqembu enesithombe esimpunga esifihliwe nenkinobho ebomvu yokuvala.
    .hint = Ingabe isithombe kufanele siye kwenye indawo?
getting-help-2-quiz-jordan-send-to-friend = Asithumelele umngane ukuze ambuze ukuthi enzeni.
    .feedback = Cha. Ukusithumela kwabanye kuyasisakaza, futhi lokho kulimaza ingane esesithombeni nakakhulu. Ungabelani ngaso. Kunalokho, tshela umuntu omdala omethembayo.
getting-help-2-quiz-jordan-keep-as-proof = Asigcine noma athathe i-screenshot, ukuze asikhombise njengobufakazi.
    .feedback = Cha. Ungasigcini futhi ungathathi i-screenshot, ngisho njengobufakazi. Umuntu omdala omethembayo angakubika ngokuchaza i-app, iqembu, igama lomsebenzisi nesikhathi.
getting-help-2-quiz-jordan-close-tell-report = Asivale, angabelani ngaso, bese etshela umuntu omdala amethembayo. Bese bekubika ndawonye.
    .feedback = Yebo. UJordan uyasivala, akabelani ngaso, futhi utshela umuntu omdala amethembayo. Ndawonye bakubika ku-app nakulayini wokubika. UJordan akekho enkingeni.
getting-help-2-quiz-jordan-say-nothing = Angasho lutho, athembe ukuthi kuzophela.
    .feedback = Lokhu akusona isinqumo esingcono kakhulu. Ukubika kusiza ukuthi isithombe sisuswe, futhi kusiza ukuvikela ingane esesithombeni. Tshela umuntu omdala omethembayo. Awukho enkingeni ngokusibona.

getting-help-2-quiz-danger = U-Nomsa usengozini khona manje. Kufanele enzeni kuqala?
    .easy = U-Nomsa usengozini manje. Kufanele enzeni kuqala?
    .alt = Ingane ekhathazekile ihamba ibheke endlini lapho umuntu omdala elinde khona emnyango ovulekile. Phezulu kunesibani esiluhlaza okwesibhakabhaka sezimo eziphuthumayo.
    .hint = Ingabe lesi yisikhathi sokulinda?
getting-help-2-quiz-danger-wait = Alinde kuze kube sesikoleni kusasa, bese etshela uthisha ngaleso sikhathi.
    .feedback = Cha. Uma usengozini, ungalindi. Thola usizo oluphuthumayo manje.
getting-help-2-quiz-danger-emergency-help = Athole usizo oluphuthumayo manje: aye endaweni ephephile, atshele umuntu omdala oseduze, bese exhumana namaphoyisa.
    .feedback = Yebo. Uma usengozini, thola usizo oluphuthumayo ngokushesha. Isigaba sosizo sikhombisa imininingwane yokuxhumana yezimo eziphuthumayo ezweni lakho.
getting-help-2-quiz-danger-post-online = Abhale okuthile ngakho ku-inthanethi.
    .feedback = Cha. Ukubhala ku-inthanethi akulethi usizo ngokushesha. Thola usizo oluphuthumayo manje.

getting-help-badge = Umtholi wosizo
    .alt = Ibheji eliyindilinga elinophawu lokuhlanganisa (+) phakathi nendawo, nezintambo ezimbili ngaphansi kwalo.
