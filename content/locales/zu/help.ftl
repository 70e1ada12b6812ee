## Help section: labels, contact states and reporting pathways.
## isiZulu DRAFT translation (not yet reviewed by a native speaker).

help-quick-exit = Cindezela inkinobho ethi "Quick exit" (Phuma ngokushesha) noma nini, ukuze uphume kulesi sikrini masinyane.
    .easy = Cindezela u-Quick exit ukuze uphume masinyane.
    .alt = Ifoni enenkinobho ebomvu ethi Quick exit. Umcibisholo oluhlaza okwesibhakabhaka ukhomba enye ifoni enesikrini esizolile nelanga eliphuzi.
help-verify = Le mininingwane yokuxhumana ayikahlolwa okwamanje. Hlola inombolo noma ikheli ngaphambi kokuthi uthembele kuyo.
help-fallback = Asinayo imininingwane yokuxhumana yalolu hlobo ezweni lakho. Lena yinsiza esebenza emhlabeni wonke.
help-no-contact = Asinayo imininingwane yokuxhumana ehloliwe yalolu hlobo ezweni lakho. Cela umuntu omdala omethembayo akusize uyithole.
help-open-now = Kuvuliwe manje
help-closed-now = Kuvaliwe manje
help-hours-unknown = Izikhathi zokuvula azaziwa
help-opens-at = Kuvulwa ngo-{ $time }
help-closes-at = Kuvalwa ngo-{ $time }
help-always-open = Kuvuliwe amahora angu-24, nsuku zonke
help-stand-in = Inombolo yezimo eziphuthumayo lapha ingase ingasebenzi. Lo layini wosizo angakusiza masinyane.
help-status-verified = Kuhlolwe ngu-{ $by } ngo-{ $date } ({ $method }).
help-status-researched = Kuthathwe emithonjeni eshicilelwe. Akukahlolwa ngocingo noma ngokuvakashela.
help-status-unverified = Akukahlolwa okwamanje. Hlola inombolo noma ikheli ngaphambi kokuthi uthembele kuyo.
help-verified-called = ngocingo
help-verified-official_publication = ngokushicilelwe ngokusemthethweni
help-verified-visit = ngokuvakashela
help-note-inhope = I-INHOPE inohlu lwama-hotline e-inthanethi amazwe amaningi. Khetha izwe lakho lapho ukuze ubike izithombe. Yisho nje ukuthi uzibone kuphi. Awudingi ukugcina noma ukuthumela lutho.
help-note-take-it-down = Okwezithombe zakho ezinqunu noma zocansi ezithathwa ungakabi neminyaka engu-18. Kusiza ukuthi zisuswe kumawebhusayithi nakuma-app abambe iqhaza. Akulona neze iphutha lakho.
help-note-report-remove = Okwentsha e-UK engaphansi kweminyaka engu-18: kusiza ukuthi izithombe zakho ezinqunu zisuswe ku-inthanethi. Akulona neze iphutha lakho.
help-note-child-helpline-international = Uhlu lwamalayini wosizo wezingane emhlabeni wonke.

contact-kind-child_helpline = Ulayini wosizo wezingane
contact-kind-csam_hotline = Bika izithombe ezikhombisa izingane ngendlela yocansi
contact-kind-police_cyber = Amaphoyisa (ubugebengu be-inthanethi)
contact-kind-emergency = Izimo eziphuthumayo
contact-kind-online_harm_helpline = Usizo uma ulinyazwe ku-inthanethi
contact-kind-deaf_support = Okwabantu abangezwa nhlobo noma abangezwa kahle
contact-kind-global_tool = Ithuluzi le-inthanethi
contact-kind-takedown_tool = Susa izithombe zakho
contact-kind-hotline_directory = Thola i-hotline ezweni lakho
contact-kind-helpline_directory = Thola ulayini wosizo wezingane

channel-phone = Shaya ucingo
channel-sms = Umlayezo obhaliwe (SMS)
channel-whatsapp = WhatsApp
channel-chat = Xoxa ku-inthanethi (chat)
channel-web = Iwebhusayithi
channel-email = I-imeyili
channel-app = I-app
channel-ussd = Ikhodi ye-USSD
channel-in_person = Ubuso nobuso
channel-video_relay = Ikholi yevidiyo ngolimi lwezandla

help-label-police = Amaphoyisa
help-label-fire = Abacimi-mlilo
help-label-ambulance = I-ambulensi
help-label-fire-ambulance = Abacimi-mlilo ne-ambulensi
help-label-rescue = I-ambulensi nabatakuli
help-label-online-counselling = Khuluma nomeluleki ku-inthanethi
help-label-please-call-me = Bacele ukuthi bakushayele, mahhala
help-label-sms-help = Thumela igama elithi "help". Okwabantu abakhubazekile.
help-label-mobile-emergency = Inombolo yezimo eziphuthumayo kusuka kumakhalekhukhwini
help-label-anonymous-tip = Batshele ngaphandle kokusho igama lakho. Awudingi idatha.
help-label-adult-line = Okwabantu abadala, nokodlame olusekelwe ebulilini
help-label-counsellor-chat = Xoxa nomeluleki
help-label-email-account = Thumela i-imeyili kumeluleki. Udinga i-akhawunti ye-Childline.
help-label-from-abroad = Uma ushaya usuka kwelinye izwe
help-label-report-form = Ifomu lokubika ku-inthanethi
help-label-fraud-only = Okokukhwabanisa ngemali ku-inthanethi kuphela
help-label-globe-number = Inombolo yeselula (inethiwekhi ye-Globe)
help-label-facebook-message = Thumela umlayezo ku-Facebook
help-label-from-globe-tm = Kusuka kumaselula e-Globe ne-TM
help-label-telegram = Ku-Telegram
help-label-official-app = I-app esemthethweni
help-label-text-911 = Kuphela lapho isikhungo se-911 sendawo samukela imilayezo ebhaliwe
help-label-email-website = Ukwelulekwa nge-imeyili kuwebhusayithi
help-label-register-first = Kufanele ubhalise kuqala
help-label-chat-under-21 = Ingxoxo yabangaphansi kweminyaka engu-21
help-label-vodacom-sms = Amakhadi e-SIM e-Vodacom kuphela. Bhalisa kuqala: thumela igama elithi "Register" kule nombolo.
help-label-sasl-relay = Umhumushi woLimi Lwezandla LwaseNingizimu Afrika udlulisa ikholi yakho. Bhalisa ku-Vodacom kuqala.
help-label-relay-chat = Ingxoxo ebhaliwe yabasebenzisi ababhalisile
help-label-text-help = Bhala igama elithi HELP
help-label-pocso-ebox = Cindezela inkinobho ethi POCSO e-Box ukuze ufake isikhalazo
help-label-bhopal-video = Ikholi yevidiyo ngolimi lwezandla. EBhopal kuphela.
help-label-indore = Umlayezo obhaliwe noma ikholi yevidiyo. E-Indore kuphela.
help-label-psl-interpreter = Umhumushi wolimi lwezandla ujoyina ngekholi yevidiyo

## Pathway: someone asks me for pictures.

pathway-asked-for-pictures-title = Othile ungicela izithombe
pathway-asked-for-pictures-stop = Yima. Akudingeki uthumele lutho. Ungathi cha, noma uvele uyeke ukuphendula.
    .easy = Yima. Akudingeki uthumele lutho.
    .alt = Isandla esiphakanyisiwe endilingeni ebomvu sithi yima. Eduze kwaso, ifoni ibonisa umlayezo wengxoxo nophawu olubomvu lokuvimba.
pathway-asked-for-pictures-not-your-fault = Akulona iphutha lakho ukuthi othile ukucelile. Umuntu ocelayo nguye owenza okungalungile.
    .easy = Akulona iphutha lakho.
    .safety = Akulona iphutha lakho
    .alt = Umuntu omncane umi eduze komuntu omdala onakekelayo. Isandla somuntu omdala siphumule ehlombe lomuntu omncane. Ngaphezu kwabo kunenhliziyo epinki.
pathway-asked-for-pictures-do-not-send = Ungathumeli izithombe zomzimba wakho. Uma usuvele uthumele ezinye, namanje akulona iphutha lakho, futhi usengathola usizo.
    .easy = Ungathumeli izithombe. Uma usuthumele, namanje akulona iphutha lakho. Usengathola usizo.
    .safety = namanje akulona iphutha lakho
    .alt = Izithombe ezintathu, ngasinye sicishwe ngesiphambano esibomvu: inqwaba yezinhlamvu zemali, isithombe, nemilayezo emibili yengxoxo.
pathway-asked-for-pictures-tell-adult = Tshela umuntu omdala omethembayo okwenzekile. Ungakubhala, ukusho ngolimi lwezimpawu, noma umkhombise i-app.
    .easy = Tshela umuntu omdala omethembayo.
    .alt = Ingane ikhombisa umuntu omdala omamathekayo ifoni. Eduze kwabo kukhona uphawu olubomvu lokuvimba nefulegi elisawolintshi lokubika.
pathway-asked-for-pictures-report-block = Bika i-akhawunti ku-app, bese uyayivimba. Umuntu omdala omethembayo angakusiza.
    .easy = Bika i-akhawunti. Bese uyayivimba.
    .alt = Ifoni ibonisa iphrofayela enesithombe esimpunga nemenyu enamachashazi amathathu. Ngaphansi kunezinkinobho ezimbili: ifulegi elisawolintshi lokubika nophawu olubomvu lokuvimba.
pathway-asked-for-pictures-helpline = Ungakhuluma nolayini wosizo wezingane. Abaningi bamahhala futhi bagcina imfihlo, futhi abanye bakuvumela ukuthi ubhale esikhundleni sokushaya ucingo.
    .easy = Ungakhuluma nolayini wosizo wezingane.
    .alt = Ingane imi eduze kwefoni enkulu. Ifoni ibonisa ingxoxo: imilayezo yengane isawolintshi, umlayezo womsizi uluhlaza okotshani futhi unenhliziyo eluhlaza okotshani.
pathway-asked-for-pictures-report = Umuntu omdala omethembayo angakubika emaphoyiseni noma kulayini wokubika (hotline). Angachaza i-app, igama le-akhawunti nesikhathi. Akekho odinga ukukopisha noma yisiphi isithombe.
    .easy = Umuntu omdala omethembayo angakubika. Akekho odinga ukukopisha noma yisiphi isithombe.
    .safety = Akekho odinga ukukopisha noma yisiphi isithombe.
    .alt = Ifoni ikhombisa isithombe esimpunga esifihliwe esinehlo elidwetshiwe. Eduze kwaso kunefulegi elisawolintshi lokubika nophawu oluluhlaza.
pathway-asked-for-pictures-emergency = Uma usengozini manje, thola usizo oluphuthumayo.
    .easy = Usengozini manje? Thola usizo oluphuthumayo.
    .alt = Ingane ekhathazekile ihamba ilandela umcibisholo oluhlaza okotshani ibheke endlini. Umuntu omdala umi emnyango ovulekile. Phezulu kunesibani esiluhlaza okwesibhakabhaka sezimo eziphuthumayo.

## Pathway: someone threatens to share a picture of me or asks for money.

pathway-threatened-over-picture-title = Othile ungisongela ngokuthi uzokwabelana ngesithombe sami
pathway-threatened-over-picture-not-your-fault = Akulona iphutha lakho. Umuntu okusongelayo wenza okungalungile, futhi emazweni amaningi lokho kuyicala.
    .easy = Akulona iphutha lakho.
    .safety = Akulona iphutha lakho.
    .alt = Umuntu omncane umi eduze komuntu omdala onakekelayo. Isandla somuntu omdala siphumule ehlombe lomuntu omncane. Ngaphezu kwabo kunenhliziyo epinki.
pathway-threatened-over-picture-do-not-pay = Ungakhokhi. Ungathumeli ezinye izithombe. Ukukhokha akukuqedi lokhu. Ukuthumela okunye akukuqedi lokhu.
    .easy = Ungakhokhi. Ungathumeli ezinye izithombe.
    .safety =
        Ungakhokhi.
        Ungathumeli ezinye izithombe.
    .alt = Izithombe ezintathu, ngasinye sicishwe ngesiphambano esibomvu: inqwaba yezinhlamvu zemali, isithombe, nemilayezo emibili yengxoxo.
pathway-threatened-over-picture-stop-replying = Yeka ukuphendula. Ungaphikisani nabo. Ungasusi i-akhawunti yakho ngaphambi kokuthi umuntu omdala omethembayo akusize ukubike. Ungabelani ngesithombe futhi ungasigcini.
    .easy = Yeka ukuphendula. Ungasusi i-akhawunti yakho okwamanje. Ungabelani ngesithombe futhi ungasigcini.
    .safety = Ungabelani ngesithombe futhi ungasigcini.
    .alt = Isandla esiphakanyisiwe endilingeni ebomvu sithi yima. Eduze kwaso, ifoni ibonisa umlayezo wengxoxo nophawu olubomvu lokuvimba.
pathway-threatened-over-picture-tell-adult = Tshela umuntu omdala omethembayo manje. Ngeke ube senkingeni. Angakusiza.
    .easy = Tshela umuntu omdala omethembayo manje. Ngeke ube senkingeni.
    .safety = Ngeke ube senkingeni.
    .alt = Ingane ikhombisa umuntu omdala omamathekayo ifoni. Eduze kwabo kukhona uphawu olubomvu lokuvimba nefulegi elisawolintshi lokubika.
pathway-threatened-over-picture-report-app = Bika i-akhawunti ku-app. Chaza okwenzekile: i-app, igama le-akhawunti nesikhathi.
    .easy = Bika i-akhawunti ku-app.
    .alt = Ifoni ibonisa iphrofayela enesithombe esimpunga nemenyu enamachashazi amathathu. Ngaphansi kunezinkinobho ezimbili: ifulegi elisawolintshi lokubika nophawu olubomvu lokuvimba.
pathway-threatened-over-picture-take-down = Ezinye izinsiza ziyasiza ukususa izithombe zezingane ku-inthanethi, noma ukuvimbela ukuthi zisakazwe.
    .easy = Ezinye izinsiza zingasiza ukususa izithombe.
    .alt = Ifoni ikhombisa isithombe esimpunga. Umcibisholo oluhlaza okwesibhakabhaka usuka efonini uya esihlangwini esinsomi esinophawu olumhlophe.
pathway-threatened-over-picture-helpline = Ungakhuluma nolayini wosizo wezingane ngokuthi uzizwa kanjani, nangokuthi wenzeni ngokulandelayo.
    .easy = Ungakhuluma nolayini wosizo wezingane.
    .alt = Ingane imi eduze kwefoni enkulu. Ifoni ibonisa ingxoxo: imilayezo yengane isawolintshi, umlayezo womsizi uluhlaza okotshani futhi unenhliziyo eluhlaza okotshani.
pathway-threatened-over-picture-police = Umuntu omdala omethembayo angakubika emaphoyiseni.
    .easy = Umuntu omdala omethembayo angatshela amaphoyisa.
    .alt = Iphoyisa eligqoke umfaniswano oluhlaza okwesibhakabhaka nekepisi limi ngokuzola. Eduze kwalo kunesihlangu esiluhlaza esinophawu olumhlophe nengane egqoke okuwolintshi.
pathway-threatened-over-picture-emergency = Uma usengozini manje, noma uzizwa sengathi ungase uzilimaze, thola usizo oluphuthumayo.
    .easy = Usengozini manje? Ungase uzilimaze? Thola usizo oluphuthumayo.
    .safety =
        ungase uzilimaze
        thola usizo oluphuthumayo
    .alt = Ingane ekhathazekile ihamba ilandela umcibisholo oluhlaza okotshani ibheke endlini. Umuntu omdala umi emnyango ovulekile. Phezulu kunesibani esiluhlaza okwesibhakabhaka sezimo eziphuthumayo.

## Pathway: I saw sexual images of a child online.

pathway-saw-sexual-images-of-child-title = Ngibone izithombe ezikhombisa ingane ngendlela yocansi ku-inthanethi
pathway-saw-sexual-images-of-child-do-not-share = Kuvale. Ungabelani ngakho. Ungakugcini. Ungakudluliseli kwabanye, ngisho nokuze ukhombise othile.
    .easy = Kuvale. Ungabelani ngakho. Ungakugcini.
    .safety =
        Ungabelani ngakho.
        Ungakugcini.
    .alt = Izithombe ezintathu: umcibisholo wokuthumela ocishwe ngokubomvu, umcibisholo wokugcina ocishwe ngokubomvu, nefulegi elisawolintshi lokubika elinophawu oluhlaza okotshani lokuthi kulungile.
pathway-saw-sexual-images-of-child-not-your-fault = Ukukubona akulona iphutha lakho. Kuhle ukuthi ufuna ukwenza okuthile.
    .easy = Ukukubona akulona iphutha lakho.
    .safety = Ukukubona akulona iphutha lakho.
    .alt = Umuntu omncane umi eduze komuntu omdala onakekelayo. Isandla somuntu omdala siphumule ehlombe lomuntu omncane. Ngaphezu kwabo kunenhliziyo epinki.
pathway-saw-sexual-images-of-child-tell-adult = Tshela umuntu omdala omethembayo ukuthi ubonani nokuthi ukubone kuphi.
    .easy = Tshela umuntu omdala omethembayo.
    .alt = Ingane ikhombisa umuntu omdala omamathekayo ifoni. Eduze kwabo kukhona uphawu olubomvu lokuvimba nefulegi elisawolintshi lokubika.
pathway-saw-sexual-images-of-child-report = Kubike kulayini wokubika (hotline). Yisho ukuthi bekukuphi: iwebhusayithi, i-app noma iqembu, nokuthi kwakunini. Akudingeki ukukopishe.
    .easy = Bika lapho ukubone khona. Akudingeki ukukopishe.
    .safety = Akudingeki ukukopishe.
    .alt = Ifoni ikhombisa isithombe esimpunga esifihliwe esinehlo elidwetshiwe. Eduze kwaso kunefulegi elisawolintshi lokubika nophawu oluluhlaza.
pathway-saw-sexual-images-of-child-helpline = Uma kukuphatha kabi, ungakhuluma nolayini wosizo wezingane.
    .easy = Kukuphatha kabi? Khuluma nolayini wosizo wezingane.
    .alt = Ingane imi eduze kwefoni enkulu. Ifoni ibonisa ingxoxo: imilayezo yengane isawolintshi, umlayezo womsizi uluhlaza okotshani futhi unenhliziyo eluhlaza okotshani.

## Pathway: someone I met online wants to meet me.

pathway-wants-to-meet-title = Umuntu engihlangane naye ku-inthanethi ufuna ukuhlangana nami
pathway-wants-to-meet-do-not-go = Ungayi ukuyohlangana naye, futhi ungakugcini kuyimfihlo.
    .easy = Ungayi. Ungakugcini kuyimfihlo.
    .alt = Iphini elibomvu lemephu phambi komnyango lidwetshwe isiphambano esikhulu esibomvu. Eduze kwalo, ingane egqoke okuluhlaza imi iphephile ngaphansi kwenhliziyo ebomvana.
pathway-wants-to-meet-tell-adult = Tshela umuntu omdala omethembayo ngaphambi kokuthi wenze okunye. Akulona neze iphutha lakho, ngisho noma nixoxe isikhathi eside.
    .easy = Qala utshele umuntu omdala omethembayo. Akulona neze iphutha lakho.
    .safety = Akulona neze iphutha lakho
    .alt = Ingane ikhombisa umuntu omdala omamathekayo ifoni. Eduze kwabo kukhona uphawu olubomvu lokuvimba nefulegi elisawolintshi lokubika.
pathway-wants-to-meet-report-block = Bika i-akhawunti ku-app, bese uyayivimba.
    .easy = Bika i-akhawunti. Bese uyayivimba.
    .alt = Ifoni ibonisa iphrofayela enesithombe esimpunga nemenyu enamachashazi amathathu. Ngaphansi kunezinkinobho ezimbili: ifulegi elisawolintshi lokubika nophawu olubomvu lokuvimba.
pathway-wants-to-meet-police = Umuntu omdala omethembayo angakubika emaphoyiseni.
    .easy = Umuntu omdala omethembayo angatshela amaphoyisa.
    .alt = Iphoyisa eligqoke umfaniswano oluhlaza okwesibhakabhaka nekepisi limi ngokuzola. Eduze kwalo kunesihlangu esiluhlaza esinophawu olumhlophe nengane egqoke okuwolintshi.
pathway-wants-to-meet-helpline = Ungakhuluma nolayini wosizo wezingane.
    .easy = Ungakhuluma nolayini wosizo wezingane.
    .alt = Ingane imi eduze kwefoni enkulu. Ifoni ibonisa ingxoxo: imilayezo yengane isawolintshi, umlayezo womsizi uluhlaza okotshani futhi unenhliziyo eluhlaza okotshani.
pathway-wants-to-meet-emergency = Uma othile ekulindile, noma uzizwa usengozini manje, thola usizo oluphuthumayo.
    .easy = Usengozini manje? Thola usizo oluphuthumayo.
    .alt = Ingane ekhathazekile ihamba ilandela umcibisholo oluhlaza okotshani ibheke endlini. Umuntu omdala umi emnyango ovulekile. Phezulu kunesibani esiluhlaza okwesibhakabhaka sezimo eziphuthumayo.

## Pathway: I am being bullied.

pathway-being-bullied-title = Ngiyaxhaphazwa
pathway-being-bullied-not-your-fault = Akulona iphutha lakho. Akekho ofanelwe ukuxhaphazwa.
    .easy = Akulona iphutha lakho.
    .safety = Akulona iphutha lakho.
    .alt = Umuntu omncane umi eduze komuntu omdala onakekelayo. Isandla somuntu omdala siphumule ehlombe lomuntu omncane. Ngaphezu kwabo kunenhliziyo epinki.
pathway-being-bullied-do-not-reply = Ungabaphenduli. Ungaphuma engxoxweni noma emdlalweni.
    .easy = Ungabaphenduli.
    .alt = Isandla esiphakanyisiwe endilingeni ebomvu sithi yima. Eduze kwaso, ifoni ibonisa umlayezo wengxoxo nophawu olubomvu lokuvimba.
pathway-being-bullied-tell-adult = Tshela umuntu omdala omethembayo. Mkhombise imilayezo esesikrinini sakho, uma ufuna.
    .easy = Tshela umuntu omdala omethembayo.
    .alt = Ingane ikhombisa umuntu omdala omamathekayo ifoni. Eduze kwabo kukhona uphawu olubomvu lokuvimba nefulegi elisawolintshi lokubika.
pathway-being-bullied-report-block = Bika imilayezo ku-app, bese uvimba i-akhawunti. Umuntu omdala omethembayo angasiza.
    .easy = Bika. Bese uvimba.
    .alt = Ifoni ibonisa iphrofayela enesithombe esimpunga nemenyu enamachashazi amathathu. Ngaphansi kunezinkinobho ezimbili: ifulegi elisawolintshi lokubika nophawu olubomvu lokuvimba.
pathway-being-bullied-helpline = Ungakhuluma nolayini wosizo wezingane ngakho.
    .easy = Ungakhuluma nolayini wosizo wezingane.
    .alt = Ingane imi eduze kwefoni enkulu. Ifoni ibonisa ingxoxo: imilayezo yengane isawolintshi, umlayezo womsizi uluhlaza okotshani futhi unenhliziyo eluhlaza okotshani.
pathway-being-bullied-emergency = Uma othile esongela ukukulimaza, noma uzizwa usengozini manje, thola usizo oluphuthumayo.
    .easy = Usengozini manje? Thola usizo oluphuthumayo.
    .alt = Ingane ekhathazekile ihamba ilandela umcibisholo oluhlaza okotshani ibheke endlini. Umuntu omdala umi emnyango ovulekile. Phezulu kunesibani esiluhlaza okwesibhakabhaka sezimo eziphuthumayo.

## Pathway (caregivers): I am worried about a child.

pathway-worried-about-child-title = Ngikhathazekile ngengane
pathway-worried-about-child-stay-calm = Zola. Yinake ngokuphelele ingane, ngendlela ekhuluma ngayo kangcono: ngokukhuluma, ngolimi lwezimpawu noma ngokubhala. Yikholwe futhi uyibonge ngokukutshela.
    .easy = Zola. Kholwa ingane. Yibonge.
pathway-worried-about-child-not-their-fault = Tshela ingane ukuthi akulona iphutha layo. Ungayisoli noma uyijezise, futhi ungayithatheli ifoni yayo njengesijeziso.
    .easy = Yisho ukuthi akulona iphutha layo. Ungayijezisi.
    .safety = akulona iphutha layo
pathway-worried-about-child-do-not-save = Ungalokothi ugcine izithombe ezikhombisa ingane ngendlela yocansi. Ungalokothi uzithathe i-screenshot. Ungalokothi uzidlulisele kwabanye, ngisho njengobufakazi. Bhala phansi ngamazwi: i-app, igama le-akhawunti, usuku nesikhathi, nalokho okubonile.
    .easy = Ungalokothi ugcine izithombe ezikhombisa ingane ngendlela yocansi. Ungalokothi uzithathe i-screenshot. Ungalokothi uzidlulisele kwabanye. Kunalokho, bhala amanothi.
    .safety =
        Ungalokothi ugcine izithombe ezikhombisa ingane ngendlela yocansi.
        Ungalokothi uzithathe i-screenshot.
        Ungalokothi uzidlulisele kwabanye
pathway-worried-about-child-report-platform = Bika i-akhawunti enkampanini ye-app (platform). Ungaxhumani nalowo muntu ngokwakho.
    .easy = Bika i-akhawunti. Ungaxhumani nalowo muntu.
pathway-worried-about-child-report = Bika izinto ezibonisa ukuhlukunyezwa kwezingane ngokocansi kulayini wokubika (hotline), futhi ubike lowo muntu emaphoyiseni.
    .easy = Bika kulayini wokubika nasemaphoyiseni.
pathway-worried-about-child-helpline = Ulayini wosizo wezingane angakweluleka. Abanye banolayini abenzelwe abantu abadala.
    .easy = Ulayini wosizo angakweluleka.
pathway-worried-about-child-deaf = Uma ingane noma wena ningezwa nhlobo noma ningezwa kahle, lezi zinsiza zisebenza ngaphandle kokushaya ucingo ukhulume.
    .easy = Izinsiza zabantu abangezwa.
pathway-worried-about-child-emergency = Uma ingane isengozini manje, thola usizo oluphuthumayo.
    .easy = Ingane isengozini manje? Thola usizo oluphuthumayo.

## Pathway: a nude image of me is shared, or someone made a fake one (ages 15-17 module image-abuse). DRAFT.

pathway-image-of-me-shared-title = Isithombe sami ngisenqunu siyasakazwa, noma othile wenze esingesona esangempela
pathway-image-of-me-shared-not-your-fault = Akulona iphutha lakho, noma isithombe singesangempela noma singesona. Umuntu osenzayo noma osabelana naso nguye owenza okungalungile.
    .easy = Akulona iphutha lakho. Noma singesangempela noma mbumbulu, akulona iphutha lakho.
    .safety = Akulona iphutha lakho
    .alt = Umuntu osemusha umi eduze komuntu omdala ozolile. Ngaphezu kwabo kunenhliziyo epinki.
pathway-image-of-me-shared-do-not-reply = Ungabaphenduli abantu abasabelana ngaso. Ungakhokhi. Ungathumeli lutho.
    .easy = Ungaphenduli. Ungakhokhi. Ungathumeli lutho.
    .safety = Ungakhokhi.
    .alt = Ifoni enemilayezo yengxoxo. Kunesiphambano esibomvu phezu komlayezo owodwa, nesinye phezu kwenqwaba yezinhlamvu zemali.
pathway-image-of-me-shared-no-need-to-keep = Akudingeki ugcine izithombe: ulayini wosizo nenkampani ye-app bangenza okuthile. I-app, igama le-akhawunti nesikhathi kwanele.
    .easy = Akudingeki ugcine izithombe. Ulayini wosizo ne-app bangenza okuthile.
    .safety = Akudingeki ugcine izithombe
    .alt = Ifoni enefulegi elisawolintshi lokubika, nophawu oluluhlaza lokuthi kulungile eduze kwayo.
pathway-image-of-me-shared-tell-adult = Tshela umuntu omdala omethembayo. Ngeke ube senkingeni. Uma abantu basesikoleni sakho besabelana ngaso, isikole singasiza nakho.
    .easy = Tshela umuntu omdala omethembayo. Ngeke ube senkingeni.
    .safety = Ngeke ube senkingeni.
    .alt = Umuntu osemusha ukhuluma ngolimi lwezandla nomuntu omdala omamathekayo.
pathway-image-of-me-shared-report-app = Bika isithombe ne-akhawunti ku-app. Umuntu omdala omethembayo angakusiza.
    .easy = Bika isithombe ne-akhawunti ku-app.
    .alt = Ifoni ibonisa isithombe nefulegi elisawolintshi lokubika.
pathway-image-of-me-shared-take-down = Uma isithombe singesakho sangesikhathi usaneminyaka engaphansi kweyi-18, ithuluzi lokususa lingasiza ukuthi sisuswe kuma-app nakumawebhusayithi abambe iqhaza.
    .easy = Esithombeni, ungaphansi kweminyaka eyi-18? Ithuluzi lokususa lingasiza.
    .alt = Isithombe sehlela emgqonyeni kadoti. Eduze kwaso kunophawu oluluhlaza lokuthi kulungile.
pathway-image-of-me-shared-helpline = Ungakhuluma nolayini wosizo wezingane ngokuthi uzizwa kanjani, nangokuthi wenzeni ngokulandelayo.
    .easy = Ungakhuluma nolayini wosizo wezingane.
    .alt = Ifoni ibonisa ingxoxo nolayini wosizo. Eduze kwayo kunenhliziyo epinki.
pathway-image-of-me-shared-police = Umuntu omdala omethembayo angakubika emaphoyiseni.
    .easy = Umuntu omdala omethembayo angatshela amaphoyisa.
    .alt = Ibheji lamaphoyisa eliluhlaza okwesibhakabhaka elimise okwesihlangu, elinenkanyezi ephuzi.
pathway-image-of-me-shared-emergency = Uma usengozini manje, noma uzizwa sengathi ungase uzilimaze, thola usizo oluphuthumayo.
    .easy = Usengozini manje? Ungase uzilimaze? Thola usizo oluphuthumayo.
    .safety =
        ungase uzilimaze
        thola usizo oluphuthumayo
    .alt = Ucingo olubomvu nesibani esibomvu sokuxwayisa.

## Pathway: a friend told me something happened to them online (ages 15-17 module pressure-online). DRAFT.

pathway-friend-told-me-title = Umngane wangitshela ukuthi kukhona okwenzeke kuye
pathway-friend-told-me-listen = Lalela, futhi ukholwe umngane wakho. Hlala uzolile. Mbonge ngokukutshela.
    .easy = Lalela. Kholwa umngane wakho. Mbonge.
    .alt = Abangane ababili bahlezi odongeni. Omunye uyalalela futhi uyamamatheka. Ngaphezu kwabo kunenhliziyo epinki.
pathway-friend-told-me-not-their-fault = Tshela umngane wakho: akulona iphutha lakho.
    .easy = Tshela umngane wakho: akulona iphutha lakho.
    .safety = akulona iphutha lakho.
    .alt = Abangane ababili bahlezi odongeni. Omunye ubeka isandla ehlombe lomunye.
pathway-friend-told-me-keep-private = Kugcine kuyimfihlo. Ungabelani nganoma yisiphi isithombe. Ungagcini noma yisiphi isithombe. Ungamthumeleli umlayezo umuntu olimaza umngane wakho.
    .easy = Kugcine kuyimfihlo. Ungabelani nganoma yisiphi isithombe. Ungagcini noma yisiphi isithombe.
    .safety =
        Ungabelani nganoma yisiphi isithombe.
        Ungagcini noma yisiphi isithombe.
    .alt = Ifoni enesiphambano esibomvu phezu kwayo, nobuso obunomunwe ezindebeni.
pathway-friend-told-me-tell-adult = Siza umngane wakho atshele umuntu omdala omethembayo. Thembisa ukuhamba naye.
    .easy = Siza umngane wakho atshele umuntu omdala omethembayo. Hamba naye.
    .alt = Abangane ababili bahamba ndawonye beya kumuntu omdala omamathekayo.
pathway-friend-told-me-helpline = Wena nomngane wakho ningakhuluma nolayini wosizo wezingane. Nawe ungakhuluma nolayini wosizo ngendlela ozizwa ngayo.
    .easy = Wena nomngane wakho ningakhuluma nolayini wosizo wezingane.
    .alt = Ifoni ibonisa ingxoxo nolayini wosizo. Eduze kwayo kunenhliziyo epinki.
pathway-friend-told-me-emergency = Uma umngane wakho esengozini manje, noma angase azilimaze, thola usizo oluphuthumayo ngokushesha, ngisho noma ekucele ukuthi ukugcine kuyimfihlo.
    .easy = Umngane wakho usengozini manje? Thola usizo oluphuthumayo. Ngisho noma kuyimfihlo.
    .safety = thola usizo oluphuthumayo
    .alt = Ucingo olubomvu nesibani esibomvu sokuxwayisa.
