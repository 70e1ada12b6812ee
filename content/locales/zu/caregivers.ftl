## Module: for parents and caregivers (adults)
## isiZulu DRAFT translation (not yet reviewed by a native speaker).

caregivers-title = Okwabazali nabanakekeli
    .alt = Umzali nengane bahlezi eduze kwomunye nomunye kusofa. Babuka ithebhulethi ndawonye futhi bayamamatheka.
caregivers-summary = Qaphela izimpawu zokuthi ingane ingase idinge usizo. Phendula ngokuzola uma ingane ikutshela okuthile. Kubike ngendlela ephephile, ngaphandle kokukopisha noma yisiphi isithombe.

## Lesson 1: signs to notice

caregivers-1-title = Izimpawu okufanele uziqaphele

caregivers-1-meet-lindiwe = UZanele unendodana, uThabo. Uneminyaka eyi-12. Kulezi zinsuku, uma uZanele engena ekamelweni, uThabo uphendula ifoni yakhe isikrini sibheke phansi. Unamakhredithi amasha emdlalweni wakhe. Uthi umngane wase-inthanethi wamthumelela wona. Lowo mngane uneminyaka eyi-19.
    .easy = UThabo uneminyaka eyi-12. Ufihlela unina, uZanele, ifoni yakhe. Unamakhredithi amasha omdlalo. Umngane wase-inthanethi wamthumelela wona. Lowo mngane uneminyaka eyi-19.
    .alt = Umfana uhlezi embhedeni wakhe ubambe ifoni esifubeni, isikrini sifihliwe. Eduze kwakhe kunebhokisi lesipho nenqwaba yezinhlamvu zemali zegolide zomdlalo. Unina umi emnyango.

caregivers-1-signs = Ezinye izinguquko zingakhombisa ukuthi ingane idinga usizo. Ingane iba nemfihlo mayelana nefoni noma ithebhulethi. Ingane inezipho ezintsha, imali noma amakhredithi omdlalo avela kubantu ongabazi. Ingane iyazihlukanisa nabanye, noma iphatheka kabi ngemuva kokuba ku-inthanethi. Ingane ikhuluma ngomuntu omdala kunayo eyahlangana naye ku-inthanethi, imbiza ngokuthi "umngane".
    .easy = Bheka izinguquko. Ingane yakho ifihla ifoni. Ingane yakho ithola izipho noma amakhredithi kubantu ongabazi. Ingane yakho ithule noma idabukile. Ingane yakho iphatheka kabi ngemuva kokuba ku-inthanethi. Ingane yakho inomngane omdala ku-inthanethi.
    .alt = Izithombe ezincane ezine. Ingane ifihla ifoni. Ibhokisi lesipho eduze komuntu ompunga ongenabuso. Ingane ihlezi yodwa ikhothamise ikhanda. Iwindi lengxoxo elinobuso bomuntu omdala eduze kobuso bengane encane.

caregivers-1-talk = Uphawu alusho ngempela ukuthi kukhona okungalungile. Luyisizathu sokuxoxa. Khetha isikhathi esizolile lapho nisodwa. Buza imibuzo evulekile, njengokuthi "Uxoxa nobani kulowo mdlalo?" Khombisa ukuthi unentshisekelo, hhayi ukuthi uthukuthele. Yazisa ingane yakho ukuthi ingahlala ikutshela, futhi ngeke ibe senkingeni.
    .easy = Uphawu luyisizathu sokuxoxa. Zola. Buza ngemidlalo nangezingxoxo. Ungathukutheli. Yisho uthi: "Ungahlala ungitshela. Ngeke ube senkingeni."
    .alt = Umzali nengane bahlezi etafuleni lasekhishini benezinkomishi. Umzali ugobela phambili enobuso obunomusa. Ingane ikhombisa umzali isikrini sefoni.

caregivers-1-quiz = Yiziphi kulezi ezingaba yizimpawu zokuthi ingane idinga usizo? Khetha zonke ezifanele.
    .easy = Yiziphi eziyizimpawu? Khetha zonke ezifanele.
    .alt = Izithombe ezincane ezine futhi: ifoni efihliwe, isipho esivela kumuntu ongaziwa, ingane eyodwa, nengxoxo nomuntu omdala.
    .hint = Cabanga ngezimfihlo, izipho ezivela kubantu ongabazi, nezinguquko emizweni.
caregivers-1-quiz-secretive = Ingane ifihla ifoni futhi ayifuni ukusho ukuthi ixoxa nobani.
    .feedback = Yebo. Ukuba nemfihlo ngokuzumayo mayelana nefoni kungaba wuphawu. Xoxa nayo ngokuzola.
caregivers-1-quiz-gifts = Ingane inamakhredithi amasha omdlalo avela kumuntu ongamazi.
    .feedback = Yebo. Izipho noma amakhredithi avela kubantu abangaziwa angasetshenziswa ukwakha ukwethembana nokwenza ingane izizwe sengathi iyakweleta. Buza ngakho ngobumnene.
caregivers-1-quiz-upset = Ingane iphatheka kabi noma iyazihlukanisa nabanye ngemuva kokuba ku-inthanethi.
    .feedback = Yebo. Ushintsho emizweni ngemuva kokuba ku-inthanethi luyisizathu sokubuza ingane ukuthi injani.
caregivers-1-quiz-older-friend = Ingane inomuntu omusha ku-inthanethi, omdala kakhulu kunayo, eyibiza ngokuthi "umngane".
    .feedback = Yebo. Umuntu omdala owakha ubungane obuseduze nobuyimfihlo nengane ku-inthanethi kuwuphawu lokuxwayisa.
caregivers-1-quiz-school-game = Ingane idlala umdlalo nabafunda nayo, futhi ikhuluma ngawo ngesikhathi sokudla kwakusihlwa.
    .feedback = Lokhu akusona isixwayiso. Ukukhuluma ngokukhululeka ngemidlalo kuhle. Qhubekani ngakho.

## Lesson 2: when a child tells you

caregivers-2-title = Uma ingane ikutshela

caregivers-2-meet-chanda = UBwalya unendodakazi, uMwila. Uneminyaka eyi-9 futhi akezwa. Ngolunye usuku kusihlwa uMwila utshela ubaba wakhe ngolimi lwezimpawu: "Indoda esemdlalweni wami ingicele izithombe. Ithe kuyimfihlo yethu." UMwila ubukeka esabile.
    .easy = UMwila uneminyaka eyi-9. Akezwa. Utshela ubaba wakhe, uBwalya, ngolimi lwezimpawu. Indoda esemdlalweni imcele izithombe. Ithe: "Kugcine kuyimfihlo." UMwila wesabile.
    .alt = Intombazane ikhuluma nobaba wayo ngolimi lwezimpawu egumbini lokuphumula. Ithebhulethi ilele kusofa eduze kwayo. Ubaba uhlala phansi ukuze amehlo akhe alingane nawayo, futhi ubuka izandla zayo.

caregivers-2-do = Uma ingane ikutshela, zola. Yinake ngokuphelele, ngendlela ekhuluma ngayo kangcono: ngokukhuluma, ngolimi lwezimpawu noma ngokubhala. Yikholwe. Yibonge ngokukutshela. Yitshele ngokucacile: "Lokhu akulona iphutha lakho."
    .easy = Zola. Naka ingane yakho. Kholwa ingane yakho. Yisho uthi: "Ngiyabonga ngokungitshela." Yisho uthi: "Akulona iphutha lakho."
    .alt = UBwalya uhlezi ngezinga lamehlo kaMwila, enobuso obuzolile nobuvulekile. Ubuka izandla zakhe njengoba ekhuluma ngolimi lwezimpawu.

caregivers-2-dont = Ungasoli noma ujezise ingane yakho. Ungayithathi ifoni njengesijeziso. Izingane ezithathelwa amafoni ngoba zitshelile zivame ukuyeka ukutshela. Ungaxhumani nalowo muntu noma ubhekane naye ngokwakho. Lokho kungamxwayisa futhi kwenze izinto zibe zimbi kakhulu. Vumela inkampani ye-app (platform) namaphoyisa abhekane naye.
    .easy = Ungasoli ingane yakho. Ungajezisi ingane yakho. Ungayithathi ifoni ukuze uyijezise. Ungambhaleli lowo muntu. Kunalokho, mbike.
    .alt = Izithombe ezincane ezintathu, ngasinye sicishwe ngokubomvu: umunwe okhombayo, isandla esithatha ifoni, nomzali obhala umlayezo onolaka.

caregivers-2-quiz-order = UMwila usanda kutshela ubaba wakhe. Beka izinyathelo zikababa wakhe ngokulandelana okufanele.
    .easy = Beka izinyathelo ngokulandelana.
    .alt = UMwila nobaba wakhe bahlezi ndawonye. Ubuka izandla zakhe njengoba ekhuluma ngolimi lwezimpawu.
    .hint = Kuqala nakekela ingane. Bese ubika.
caregivers-2-quiz-order-calm = Zola.
    .feedback = Kuqala, zola. Ubuso obuzolile busiza ingane yakho iqhubeke ikutshela.
caregivers-2-quiz-order-attention = Mnake ngokuphelele futhi umvumele akutshele ngendlela yakhe.
    .feedback = Mvumele akhulume ngolimi lwezimpawu, abhale noma akhombise ngesivinini sakhe. Ungamphoqi ukuthi anikeze imininingwane.
caregivers-2-quiz-order-reassure = Mkholwe, umbonge ngokukutshela, futhi umtshele ukuthi akulona iphutha lakhe.
    .feedback = Lokhu kukhombisa ukuthi ukutshela bekuyinto efanele. Akulona neze iphutha lengane. Kusho ngokucacile.
caregivers-2-quiz-order-report = Bhala phansi amaqiniso bese ukubika.
    .feedback = Ekugcineni, bhala phansi amaqiniso bese ubika. Isifundo esilandelayo sikhombisa ukuthi kanjani.

caregivers-2-quiz = UThabo utshela unina ukuthi "umngane" wakhe omdala wase-inthanethi ufuna ukuxoxa naye ngevidiyo bebodwa. UZanele kufanele enzeni?
    .easy = UThabo utshela unina ngomngane wase-inthanethi. Unina kufanele enzeni?
    .alt = UThabo ukhombisa unina, uZanele, ifoni yakhe etafuleni lasekhishini. Ugobela phambili enobuso obunomusa.
    .hint = Yini esiza uThabo aqhubeke ekutshela?
caregivers-2-quiz-take-phone = Amthathele ifoni yakhe inyanga yonke.
    .feedback = UThabo wenze into efanele ngokutshela. Uma ukutshela kumlahlekisela ifoni yakhe, angase angatsheli ngokuzayo.
caregivers-2-quiz-thank-calm = Azole, ambonge, amtshele ukuthi akulona iphutha lakhe, bese ebika i-akhawunti.
    .feedback = Yebo. Ugcina uThabo ephephile, futhi uqinisekisa ukuthi uyaqhubeka ekutshela.
caregivers-2-quiz-message-friend = Abhalele lowo "mngane" amtshele ukuthi ayeke.
    .feedback = Ungabhekani nalowo muntu ngokwakho. Kungamxwayisa futhi kwenze izinto zibe zimbi kakhulu. Mbike enkampanini ye-app, nakumaphoyisa uma ingane isengozini.
caregivers-2-quiz-scold = Atshele uThabo ukuthi bekufanele azi kangcono.
    .feedback = Ukusola kwenza izingane ziyeke ukutshela. Akulona neze iphutha lengane.

## Lesson 3: reporting and support

caregivers-3-title = Ukubika nokuthola usizo

caregivers-3-report = Ungabika ezindaweni eziningana. Bika i-akhawunti enkampanini ye-app, usebenzisa inkinobho yokubika ku-app. Bika izithombe ezikhombisa ingane ngendlela yocansi kulayini kazwelonke wokubika (hotline) izinto ezibonisa ukuhlukunyezwa kwezingane ngokocansi. Ingane yakho nayo ingaxhumana nolayini wosizo wezingane. Uma ingane isengozini manje, xhumana namaphoyisa.
    .easy = Bika i-akhawunti ku-app. Bika izithombe ezikhombisa ingane ngendlela yocansi kulayini wokubika. Ingane yakho ingaxhumana nolayini wosizo wezingane. Ingane isengozini manje? Xhumana namaphoyisa.
    .alt = Ifoni enenkinobho yefulegi elibomvu esikrinini. Eduze kwayo kunesihlangu nebheji lamaphoyisa.

caregivers-3-no-images = Ungalokothi ugcine izithombe ezikhombisa ingane ngendlela yocansi. Ungalokothi uzithathe i-screenshot. Ungalokothi uzidlulisele kwabanye, ngisho njengobufakazi. Emazweni amaningi lokhu kuyicala, ngisho nakumzali. Ikhophi ngayinye iphinde ilimaze ingane. Kunalokho, bhala phansi: i-app, igama le-akhawunti, usuku nesikhathi, nalokho okubonile, ngamazwi.
    .easy = Ungalokothi ugcine isithombe esikhombisa ingane ngendlela yocansi. Ungalokothi uthathe i-screenshot yaso. Ungalokothi usithumele kwabanye. Kunalokho, bhala phansi: i-app, igama le-akhawunti, usuku, isikhathi, nalokho okubonile.
    .alt = Ngakwesobunxele, ifoni enesithombe esingenalutho nesiphambano esibomvu phezu kwaso. Ngakwesokudla, incwajana yokubhala enemigqa yombhalo nepeni.

caregivers-3-deaf-child = Uma ingane yakho ingezwa nhlobo, noma ingezwa kahle, khuluma nayo ngolimi lwezimpawu lwengane yakho. Qiniseka ukuthi ingane yakho iyabubona ubuso bakho. Vumela ingane yakho ikutshele ngezindlela ezibonakalayo: ngolimi lwezimpawu, ngokubhala, ngokudweba, noma ngokukhomba izithombe kule app. Yinike isikhathi. Thola izindlela zokucela usizo ezingadingi ukushaya ucingo ukhulume, njenge-SMS noma ingxoxo (chat).
    .easy = Sebenzisa ulimi lwezimpawu lwengane yakho. Khombisa ubuso bakho. Ingane yakho ingakhuluma ngolimi lwezimpawu, ibhale, idwebe noma ikhombe. Yinike isikhathi. Thola usizo nge-SMS noma ngengxoxo.
    .alt = Umama nendodana yakhe engezwa bahlezi etafuleni. Bakhuluma ngolimi lwezimpawu. Phakathi kwabo kunomdwebo nethebhulethi enezithombe.

caregivers-3-pathway = Uma ukhathazekile ngengane, isigaba sosizo sikhombisa ukuthi ungaxhumana nobani ezweni lakho.
    .easy = Ukhathazekile ngengane? Isigaba sosizo sikhombisa ukuthi ungaxhumana nobani.
    .alt = Isandla sithinta inkinobho yosizo enenhliziyo esikrinini sethebhulethi.

caregivers-3-quiz = Iqiniso noma amanga: Ukuze usize amaphoyisa, kufanele ugcine i-screenshot yesithombe esikhombisa ingane ngendlela yocansi.
    .easy = Iqiniso noma amanga: Gcina i-screenshot yesithombe ukuze uyinike amaphoyisa.
    .alt = Ifoni enesithombe esingenalutho nesiphambano esibomvu phezu kwaso, eduze kwencwajana yokubhala.
    .hint = Yini ongayibhala phansi esikhundleni salokho?
caregivers-3-quiz-true = Iqiniso
    .feedback = Cha. Ungalokothi usigcine, uthathe i-screenshot yaso noma usidlulisele kwabanye. Emazweni amaningi lokho kuyicala, futhi kuphinde kulimaze ingane. Bhala phansi i-app, igama le-akhawunti, usuku nesikhathi, nalokho okubonile.
caregivers-3-quiz-false = Amanga
    .feedback = Kulungile. Ungasikopishi isithombe. Bhala phansi i-app, igama le-akhawunti, usuku nesikhathi, futhi uchaze lokho okubonile. Bese ukubika.

caregivers-badge = Umuntu omdala onakekelayo
    .alt = Ibheji eliyindilinga elinomuntu onezingalo ezivulekile phakathi nendawo, nezintambo ezimbili ngaphansi kwalo.
