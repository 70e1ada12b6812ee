## Module: online friends and warning signs (ages 10 to 14)
## isiZulu DRAFT translation (not yet reviewed by a native speaker).

online-friends-title = Abangane be-inthanethi: bona izimpawu zokuxwayisa
    .alt = Umuntu omncane umi eduze kwefoni. Eduze kwefoni kunesihlangu esiluhlaza okotshani esinophawu olumhlophe lokuthi kulungile.
online-friends-summary = Funda izimpawu zokuxwayisa uma umuntu ohlangane naye ku-inthanethi efuna okuningi kakhulu kuwe, nokuthi wenzeni uma othile efuna ukuhlangana nawe.

online-friends-1-title = Ngubani ngempela obhalayo?

online-friends-1-meet-ayesha = U-Ayesha uneminyaka eyi-12. Wabelana ngemidwebo yakhe ku-app yobuciko. Umsebenzisi obizwa ngokuthi uZee umbhalela nsuku zonke. UZee uthi uneminyaka eyi-13. UZee ubhala athi: "Ubuciko bakho buhle kakhulu. Ukhulile kakhulu kuneminyaka yakho. Nguwe wedwa ongiqondayo."
    .easy = U-Ayesha uneminyaka eyi-12. Wabelana ngobuciko bakhe ku-app. UZee umbhalela nsuku zonke. UZee uthi uneminyaka eyi-13. UZee ubhala izinto eziningi ezinhle.
    .alt = Intombazane imi eduze kwefoni enkulu. Ifoni ibonisa imilayezo yengxoxo evela kumsebenzisi onesithombe esiyindilinga esimpunga. Omunye umlayezo unezinkanyezi ezimbili eziphuzi, omunye unenhliziyo epinki, omunye unemigqa empunga.

online-friends-1-who-is-typing = Abantu abaningi ku-inthanethi banomusa. Kodwa ku-inthanethi awukwazi ukubona ukuthi ngubani ngempela obhalayo. Igama, isithombe neminyaka ephrofayeleni konke kungaba ngamanga. Abanye abantu abadala abafuna ukulimaza izingane bazenza sengathi bancane, ukuze ingane ibathembe.
    .easy = Abantu abaningi ku-inthanethi banomusa. Kodwa awukwazi ukubona ukuthi ngubani obhalayo. Igama, isithombe noma iminyaka kungaba ngamanga. Abanye abantu abadala abafuna ukulimaza izingane bazenza sengathi bancane.
    .alt = Ikhadi lephrofayela elinobuso. Isifihla-buso esimnyama simboza amehlo. Eduze kwekhadi kunophawu lombuzo olunsomi.

online-friends-1-warning-signs = Qaphela lezi zimpawu zokuxwayisa. Umuntu ohlangane naye ku-inthanethi: ukutshela izinto eziningi ezinhle ukuze uzizwe ukhethekile; ukunika izipho, amakhredithi omdlalo noma imali; ukucela ukuthi izingxoxo zenu zibe yimfihlo; ufuna nithuthele ku-app eyimfihlo, noma ku-app lapho imilayezo inyamalala khona; ukubuza imibuzo yakho siqu, noma imibuzo ngomzimba wakho noma ngocansi; ucela izithombe zakho; ucela ukuhlangana nawe.
    .easy = Izimpawu zokuxwayisa. Amazwi amaningi amnandi kakhulu. Izipho noma amakhredithi omdlalo. "Kugcine kuyimfihlo." Ukuthuthela ku-app eyimfihlo. Imibuzo ngomzimba wakho. Ukucela izithombe. Ukucela ukuhlangana.
    .alt = Izithombe ezincane eziyisikhombisa emigqeni emibili: izinkanyezi ezimbili, isipho, ilokhi, ifoni enomcibisholo oya efonini efiphele, uphawu lombuzo ebhamuzini elibomvu, ikhamera, nephini lemephu elibomvu.

online-friends-1-new-app = UZee uthumelela u-Ayesha isipho samakhredithi e-app yobuciko. Bese uZee ubhala athi: "Asixoxe ku-app ehlukile. Lapho imilayezo iyanyamalala, ngakho kungokwethu sodwa. Ungatsheli umndeni wakho. Ngeke baqonde."
    .easy = UZee uthumelela u-Ayesha isipho samakhredithi e-app. UZee ubhala athi: "Asithuthele ku-app ehlukile. Imilayezo iyanyamalala. Ungatsheli umndeni wakho."
    .alt = Amafoni amabili. Ifoni yokuqala ibonisa isipho esibomvu. Umcibisholo obomvu ukhomba ifoni yesibili, lapho amabhamuza engxoxo ephela kancane kancane. Ilokhi lingaphansi komcibisholo.

online-friends-1-quiz-signs = Umuntu ohlangane naye ku-inthanethi wenza lezi zinto. Yiziphi eziyizimpawu zokuxwayisa? Khetha zonke izimpendulo ezifanele.
    .easy = Yiziphi eziyizimpawu zokuxwayisa? Khetha zonke izimpendulo ezifanele.
    .alt = Izithombe eziyisikhombisa zezimpawu zokuxwayisa: izinkanyezi, isipho, ilokhi, amafoni amabili, uphawu lombuzo, ikhamera nephini lemephu.
    .hint = Cabanga ngezimfihlo, izipho, izingxoxo ezifihliwe nemibuzo yakho siqu.
online-friends-1-quiz-signs-keep-secret = Ukucela ukuthi izingxoxo zenu zibe yimfihlo.
    .feedback = Yebo. Umngane ophephile akakuceli ukuthi ufihle izingxoxo zakho kubantu abadala abakunakekelayo.
online-friends-1-quiz-signs-free-credits = Ukunika izipho noma amakhredithi omdlalo.
    .feedback = Yebo. Izipho zingasetshenziswa ukuze uzizwe sengathi umkweleta okuthile.
online-friends-1-quiz-signs-same-game = Uthanda umdlalo noma umculo ofanayo nowakho.
    .feedback = Lokhu kukodwa kuyinto evamile. Abangane abaningi bathanda izinto ezifanayo. Kodwa qaphela nezinye izimpawu.
online-friends-1-quiz-signs-disappearing-app = Ufuna ukuthuthela ingxoxo ku-app lapho imilayezo inyamalala khona.
    .feedback = Yebo. Ukufuna ukufihla lokho akubhalayo kuwuphawu lokuxwayisa.
online-friends-1-quiz-signs-body-questions = Ukubuza imibuzo ngomzimba wakho.
    .feedback = Yebo. Lokhu akulungile neze. Akudingeki uphendule. Tshela umuntu omdala omethembayo.

online-friends-1-quiz-ayesha = U-Ayesha kufanele enzeni?
    .easy = U-Ayesha kufanele enzeni?
    .alt = Amafoni amabili: elinye linesipho esibomvu, elinye linamabhamuza engxoxo aphela kancane kancane.
    .hint = Zingaki izimpawu zokuxwayisa ozibonayo?
online-friends-1-quiz-ayesha-move-app = Athuthele ku-app entsha. UZee ubonakala enomusa.
    .feedback = I-app efihliwe nemfihlo kuyizimpawu zokuxwayisa. Umuntu obonakala enomusa usengaba yingozi.
online-friends-1-quiz-ayesha-take-credits = Agcine amakhredithi, kodwa ahlale ku-app yobuciko.
    .feedback = Isipho nemfihlo kokubili kuyizimpawu zokuxwayisa. Kuphephe kakhulu ukuyeka bese utshela umuntu omdala omethembayo.
online-friends-1-quiz-ayesha-stop-tell-block = Ayeke ukuxoxa. Atshele umuntu omdala amethembayo. Avimbe futhi abike uZee.
    .feedback = Yebo. U-Ayesha akenzanga lutho olubi. Umuntu omdala amethembayo angamsiza avimbe futhi abike uZee.

online-friends-2-title = Uma othile efuna ukuhlangana nawe

online-friends-2-meet-jordan = UJordan uneminyaka eyi-13. Akezwa. Ukhuluma nomndeni wakhe ngolimi lwezimpawu, futhi ubhala ezingxoxweni zemidlalo. Sekuyizinyanga exoxa nomdlali obizwa ngokuthi uKai. UKai ubhala athi: "Kufanele sihlangane! Woza enxanxatheleni yezitolo ngoMgqibelo. Ungatsheli muntu. Kuyimfihlo yethu."
    .easy = UJordan uneminyaka eyi-13. Akezwa futhi ukhuluma ngolimi lwezimpawu. Uxoxa noKai emdlalweni. UKai ubhala athi: "Asihlangane ngoMgqibelo. Ungatsheli muntu."
    .alt = UJordan ukhuluma ngolimi lwezimpawu eduze kwefoni enkulu. Ifoni ibonisa iphini lemephu elibomvu nekhasi lekhalenda.

online-friends-2-tell-first = Ungayi ukuyohlangana nomuntu omazi ku-inthanethi kuphela. Uma othile efuna ukuhlangana nawe, qala utshele umuntu omdala omethembayo. Umuntu omdala omethembayo angaba ngumzali, umnakekeli, isihlobo noma uthisha. Umngane weqiniso ngeke akucele ukuthi ukuhlangana kwenu kube yimfihlo.
    .easy = Ungayi ukuyohlangana nomuntu omazi ku-inthanethi kuphela. Othile ufuna ukuhlangana nawe? Qala utshele umuntu omdala omethembayo. Umngane weqiniso akakuceli izimfihlo.
    .alt = UJordan ukhuluma ngolimi lwezimpawu nomuntu omdala omamathekayo. Umuntu omdala uphendula ngolimi lwezimpawu. Phakathi kwabo kunefoni.

online-friends-2-do-not-share = Umuntu ku-inthanethi angakucela izithombe zakho, noma akuthumelele imilayezo noma izithombe zocansi. Ungathumeli lutho. Ungabelani nganoma yini yocansi, futhi ungayigcini. Tshela umuntu omdala omethembayo. Vimba futhi ubike i-akhawunti. Akudingeki ukhombise noma ukopishe noma yisiphi isithombe. Ungatshela umuntu omdala ukuthi kwenzekeni, kwakuyiyiphi i-app, igama lomsebenzisi, nokuthi kwenzeka nini.
    .easy = Othile ucela izithombe zakho? Othile ukuthumelela izinto zocansi? Ungathumeli lutho. Ungabelani ngakho. Ungakugcini. Tshela umuntu omdala omethembayo. Vimba futhi ubike. Akudingeki ukhombise isithombe. Tshela umuntu omdala i-app, igama nesikhathi.
    .alt = Ifoni ibonisa ibhamuza lengxoxo elimpunga. Ngaphansi kwalo kunophawu olubomvu lokuvimba nefulegi elisawolintshi lokubika. Eduze kwefoni kunekhamera enomugqa obomvu oyinqamulayo.

online-friends-2-not-your-fault = Akulona neze iphutha lakho. Ngisho noma nixoxe isikhathi eside. Ngisho noma wamukela isipho. Ngisho noma uthumele okuthile. Umuntu okhohlisa noma ophoqa ingane nguye owenze okungalungile. Akukaze kwephuze kakhulu ukutshela umuntu omdala omethembayo.
    .easy = Akulona neze iphutha lakho. Ngisho noma nixoxe isikhathi eside. Ngisho noma uthumele okuthile. Akukaze kwephuze kakhulu ukutshela umuntu omdala omethembayo.
    .alt = Umuntu omncane umi eduze komuntu omdala onakekelayo. Isandla somuntu omdala siphumule ehlombe lomuntu omncane. Ngaphezu kwabo kunenhliziyo epinki.

online-friends-2-help = Uma umuntu ohlangane naye ku-inthanethi efuna ukuhlangana nawe, noma ekwenza ukhathazeke, ungathola usizo. Isigaba sosizo sikhombisa ukuthi ungaxhumana nobani ezweni lakho.
    .easy = Othile ku-inthanethi ufuna ukuhlangana nawe? Ungathola usizo. Isigaba sosizo sikhombisa ukuthi ungaxhumana nobani.
    .alt = Isandla sithinta inkinobho yosizo enenhliziyo esikrinini sethebhulethi.

online-friends-2-quiz-meet = UKai ucela uJordan ukuthi bahlangane ngoMgqibelo, futhi akugcine kuyimfihlo. UJordan kufanele enzeni?
    .easy = UKai ufuna ukuhlangana noJordan. Kuyimfihlo. UJordan kufanele enzeni?
    .alt = Ifoni enephini lemephu elibomvu nekhasi lekhalenda.
    .hint = Ngubani okufanele azi kuqala?
online-friends-2-quiz-meet-go-alone = Aye ayohlangana noKai, isikhashana nje.
    .feedback = Ungayi ukuyohlangana nomuntu omazi ku-inthanethi kuphela, ngisho isikhashana. Qala utshele umuntu omdala omethembayo.
online-friends-2-quiz-meet-go-with-friend = Ahambe nomngane wasesikoleni.
    .feedback = Umngane oyintanga yakho akakwazi ukukugcina uphephile. UKai ucele nokuthi kube yimfihlo, futhi lokho kuwuphawu lokuxwayisa. Qala utshele umuntu omdala omethembayo.
online-friends-2-quiz-meet-tell-adult-first = Angayi. Aqale atshele umuntu omdala amethembayo.
    .feedback = Yebo. Umuntu omdala amethembayo angasiza uJordan ahlale ephephile, futhi amsize avimbe futhi abike uKai.

online-friends-2-quiz-fault = UJordan uxoxe noKai izinyanga eziningi. Kanye, wathumelela uKai isithombe sakhe. Manje uJordan ukhathazekile. Uyazibuza: "Ingabe yiphutha lami lokhu?" Yikuphi okuyiqiniso?
    .easy = UJordan uxoxe noKai isikhathi eside. Wathumela isithombe. Ukhathazekile. Yikuphi okuyiqiniso?
    .alt = Umuntu omncane nomuntu omdala onakekelayo bemi ndawonye. Ngaphezu kwabo kunenhliziyo epinki.
    .hint = Buyela emuva ubheke iseluleko sokugcina.
online-friends-2-quiz-fault-my-fault = Yiphutha likaJordan, ngoba uxoxe isikhathi eside.
    .feedback = Cha. Akulona neze iphutha likaJordan. Umuntu omkhohlisile nguye owenze okungalungile.
online-friends-2-quiz-fault-never-your-fault = Akulona iphutha likaJordan. Angatshela umuntu omdala amethembayo manje.
    .feedback = Yebo. Akulona neze iphutha lakho. Umuntu omdala omethembayo angakusiza, ngisho nangemva kwesikhathi eside.
online-friends-2-quiz-fault-too-late = Sekwephuze kakhulu ukutshela noma ubani.
    .feedback = Akukaze kwephuze kakhulu. Umuntu omdala amethembayo angamsiza uJordan manje.

online-friends-badge = Umngane ophephile
    .alt = Ibheji eliyindilinga elinabantu ababili abame eduze kwomunye nomunye phakathi nendawo, nezintambo ezimbili ngaphansi kwalo.
