## Module: pictures and privacy (ages 10 to 14)
## isiZulu DRAFT translation (not yet reviewed by a native speaker).

pictures-privacy-title = Izithombe nobumfihlo
    .alt = Ifoni ibonisa isithombe samagquma aluhlaza okotshani nelanga eliphuzi. Eduze kwefoni kunelokhi nesihlangu esiluhlaza okwesibhakabhaka esinophawu lokuthi kulungile.
pictures-privacy-summary = Cabanga ngaphambi kokuthi wabelane ngesithombe. Funda ukuthi wenzeni uma othile ekucela izithombe, noma ekusongela ngokuthi uzokwabelana ngesithombe sakho.

## Lesson 1: think before you share

pictures-privacy-1-title = Cabanga ngaphambi kokwabelana

pictures-privacy-1-ayesha-photo = U-Ayesha uneminyaka eyi-12. Uzithatha isithombe ukuze asifake ku-inthanethi. Ngaphambi kokuthi asifake, uphinde asibuke. Ibheji lesikole sakhe lisenyunifomini yakhe. Ngemuva kwakhe kunophawu lomgwaqo nenombolo yendlu yakubo. Abantu ababona isithombe bangathola ukuthi ufunda kusiphi isikole nokuthi uhlala kuphi. Ngakho u-Ayesha uthatha isithombe esisha phambi kodonga olungenalutho.
    .easy = U-Ayesha uthatha isithombe. Uphinde asibuke ngaphambi kokuthi asifake. Ubona ibheji lesikole sakhe. Ubona uphawu lomgwaqo wakubo nenombolo yendlu yakubo. Abantu bangamthola. Uthatha isithombe esisha phambi kodonga olungenalutho.
    .alt = U-Ayesha, intombazane enezinwele ezinde ezimnyama egqoke inyunifomu yesikole eluhlaza okwesibhakabhaka, uphakamisa ifoni ukuze azithathe isithombe. Izindilinga ezintathu ezisawolintshi zikhombisa lokho isithombe esikuvezayo: ibheji eliphuzi enyunifomini yakhe, uphawu lomgwaqo oluluhlaza okotshani esigxotsheni, nenombolo esendlini yakubo ebomvu.

pictures-privacy-1-cannot-take-back = Uma usuthumele noma usufake isithombe, awukwazi ukulawula ukuthi siya kuphi. Abantu bangasikopisha, basigcine futhi basithumelele abanye. Awukwazi ukusibuyisa. Ngaphambi kokuthi usifake, sibuke isithombe. Ingabe sikhombisa inyunifomu yakho yesikole? Ingabe sikhombisa umgwaqo wakini, indlu yakini noma idolobha lakini? Yini engemuva esithombeni? Cisha i-location (indawo) kukhamera yakho nakuma-app akho.
    .easy = Uma usuthumele isithombe, awukwazi ukusibuyisa. Abanye abantu bangasikopisha futhi basithumelele abanye. Ngaphambi kokuthi usifake, sibuke isithombe. Ingabe sikhombisa isikole sakho? Ingabe sikhombisa lapho uhlala khona? Cisha i-location.
    .alt = Ifoni eyodwa ibonisa isithombe. Imicibisholo esawolintshi isuka kuyo iya kwamanye amafoni amane. Ngalinye lalawo mafoni amane libonisa isithombe esifanayo.

pictures-privacy-1-thabo-chat = UThabo uneminyaka eyi-12. Emasontweni ambalwa edlule, waqala ukuxoxa nomuntu emdlalweni. Akakaze ahlangane naye. Baxoxa nsuku zonke, futhi lowo muntu uhlala enomusa kuye. Manje ubhala athi: "Ngithumelele isithombe somzimba wakho. Wonke umuntu uyakwenza. Kugcine kuyimfihlo yethu."
    .easy = UThabo uxoxa nomuntu wasemdlalweni. Akakaze ahlangane naye. Manje lowo muntu ubhala athi: "Ngithumelele isithombe somzimba wakho. Kugcine kuyimfihlo yethu."
    .alt = Ifoni ibonisa ingxoxo. Isithombe sephrofayela siyisimo esimpunga esingenabuso. Umlayezo wokuqala unekhamera. Eminye imilayezo emibili ingaphansi kwawo.

pictures-privacy-1-you-can-say-no = Akekho onelungelo lokukuphoqa ukuthi uthumele izithombe zomzimba wakho. Ngisho umuntu wase-inthanethi, ngisho umngane, ngisho isoka noma intombi. Ungathi cha. Ungayeka ukuphendula. Ungambika futhi umvimbe. Tshela umuntu omdala omethembayo. Akudingeki neze ugcine imfihlo enjengale. Uma othile ekucela izithombe, akulona neze iphutha lakho. Ngisho noma wake wathumela isithombe ngaphambili, usengathola usizo.
    .easy = Akekho ongakuphoqa ukuthi uthumele izithombe zomzimba wakho. Ungathi cha. Ungayeka ukuphendula. Ungabika futhi uvimbe. Tshela umuntu omdala omethembayo. Akulona neze iphutha lakho.
    .alt = Isandla esiphakanyisiwe endilingeni ebomvu sithi yima. Eduze kwaso, ifoni ibonisa umlayezo wengxoxo nophawu olubomvu lokuvimba.
    .safety = Akulona neze iphutha lakho.

pictures-privacy-1-pathway = Uma othile ekucela izithombe, isigaba sosizo sikhombisa ukuthi ungaxhumana nobani ezweni lakho.
    .easy = Othile ukucela izithombe? Isigaba sosizo sikhombisa ukuthi ngubani ongakusiza.
    .alt = Isandla sithinta inkinobho yosizo enenhliziyo esikrinini sethebhulethi.

pictures-privacy-1-quiz-background = U-Ayesha ufuna ukufaka isithombe. Yini esesithombeni engakhombisa abantu lapho bangamthola khona? Khetha zonke izimpendulo ezifanele.
    .easy = Yini esesithombeni engakhombisa ukuthi u-Ayesha ukuphi? Khetha zonke izimpendulo ezifanele.
    .alt = U-Ayesha uzithatha isithombe. Izindilinga ezisawolintshi zikhombisa ibheji lesikole sakhe, uphawu lomgwaqo nenombolo yendlu yakubo.
    .hint = Yiziphi izinto ezitshela abantu ngesikole noma ngendawo?
pictures-privacy-1-quiz-background-school-badge = Ibheji lesikole sakhe noma inyunifomu yakhe
    .feedback = Yebo. Ibheji noma inyunifomu ikhombisa ukuthi ufunda kusiphi isikole.
pictures-privacy-1-quiz-background-street-sign = Uphawu lomgwaqo noma inombolo yendlu ngemuva kwakhe
    .feedback = Yebo. Izimpawu nezinombolo ezingemuva zingakhombisa lapho ehlala khona.
pictures-privacy-1-quiz-background-location-on = I-location ivuliwe kukhamera noma ku-app
    .feedback = Yebo. I-location ingakhombisa indawo ngqo lapho isithombe sathathwa khona. Yicishe.
pictures-privacy-1-quiz-background-plain-wall = Udonga olungenalutho ngemuva kwakhe
    .feedback = Cha. Udonga olungenalutho alukhombisi ukuthi ukuphi. Kuphephe kakhulu ukuba nodonga olunjalo ngemuva.

pictures-privacy-1-quiz-thabo = UThabo kufanele enzeni?
    .easy = UThabo kufanele enzeni?
    .alt = Ingxoxo ecela uThabo isithombe isesefonini yakhe.
    .hint = Ingabe ukhona umuntu onelungelo lokukuphoqa ukuthi uthumele izithombe?
pictures-privacy-1-quiz-thabo-send-one = Athumele isithombe esisodwa, ukuze bayeke ukucela.
    .feedback = Cha. Uma isithombe sesithunyelwe, uThabo akakwazi ukulawula ukuthi siya kuphi. Abantu abakuphoqa ukuthi uthumele izithombe bavame ukucela ezengeziwe. UThabo angathi cha.
pictures-privacy-1-quiz-thabo-say-no-tell = Athi cha noma ayeke ukuphendula, bese etshela umuntu omdala amethembayo. Bese bebika futhi bevimba i-akhawunti ndawonye.
    .feedback = Yebo. UThabo angathi cha futhi ayeke ukuphendula. Umuntu omdala amethembayo angamsiza abike futhi avimbe i-akhawunti. Akulona iphutha lakhe.
pictures-privacy-1-quiz-thabo-keep-secret = Akugcine kuyimfihlo, ngoba bamcelile ukuthi enze njalo.
    .feedback = Cha. UThabo akadingi neze ukugcina imfihlo enjengale. Umuntu ocela izithombe nezimfihlo akenzi njengomngane. Ukutshela umuntu omdala amethembayo kuyinto efanele ukuyenza.

## Lesson 2: if someone threatens to share a picture of you

pictures-privacy-2-title = Uma othile ekusongela ngesithombe

pictures-privacy-2-chanda-message = UMusa uneminyaka eyi-14. Wathumela isithombe esiyimfihlo kumuntu ahlangane naye ku-inthanethi. Manje lowo muntu ubhala athi: "Ngithumelele imali noma ezinye izithombe. Uma ungakwenzi, ngizokwabelana ngesithombe sakho nabangane bakho nomndeni wakho." UMusa uzizwa esaba futhi eyedwa. Akazi ukuthi enzeni.
    .easy = UMusa wathumela isithombe kumuntu wase-inthanethi. Manje lowo muntu ubhala athi: "Ngikhokhele noma ungithumelele ezinye izithombe. Uma ungakwenzi, ngizokwabelana ngesithombe sakho." UMusa uyesaba.
    .alt = UMusa ubheka ifoni yakhe, ubuso bakhe bukhathazekile. Efonini, omunye umlayezo unophawu oluphuzi lokuxwayisa nenqwaba yezinhlamvu zemali. Omunye umlayezo ukhombisa isithombe.

pictures-privacy-2-not-your-fault = Uma lokhu kwenzeka kuwe, akulona iphutha lakho. Umuntu okusongelayo wenza okungalungile, futhi emazweni amaningi kuphambene nomthetho. Awukho enkingeni. Lokhu sekwenzeke kubantu abasha abaningi, futhi bathola usizo. Ngezinye izikhathi isithombe singesona esangempela: senziwe noma sashintshwa ngekhompyutha. Izinyathelo ezifanayo ziyasiza. Awuwedwa.
    .easy = Akulona iphutha lakho. Umuntu okusongelayo wenza okungalungile. Awukho enkingeni. Awuwedwa. Ungathola usizo.
    .alt = UMusa umi eduze komuntu omdala amethembayo, omamathekayo. UMusa ubukeka ezolile kunakuqala. Ngaphezu kwabo kunenhliziyo epinki.
    .safety =
        akulona iphutha lakho.
        Awukho enkingeni.
        Awuwedwa.

pictures-privacy-2-do-not = Ungakhokhi. Ungathumeli ezinye izithombe. Ukukhokha akukuqedi lokhu. Ukuthumela okunye akukuqedi lokhu. Bavame ukucela okwengeziwe. Yeka ukuphendula. Ungaphikisani nabo. Ungenzi izivumelwano nabo. Ungasusi i-akhawunti yakho ngoba wethukile: kuqala, umuntu omdala omethembayo angakusiza ubike lowo muntu. Akudingeki ugcine noma ukopishe lutho.
    .easy = Ungakhokhi. Ungathumeli ezinye izithombe. Yeka ukuphendula. Ungaphikisani. Ungasusi i-akhawunti yakho okwamanje. Kuqala, tshela umuntu omdala omethembayo. Akudingeki ugcine lutho.
    .alt = Izithombe ezintathu, ngasinye sicishwe ngesiphambano esibomvu: inqwaba yezinhlamvu zemali, isithombe, nemilayezo emibili yengxoxo.
    .safety =
        Ungakhokhi.
        Ungathumeli ezinye izithombe.
        Akudingeki ugcine

pictures-privacy-2-tell-report = Tshela umuntu omdala omethembayo ngokushesha ngangokunokwenzeka. Ndawonye, bikani i-akhawunti ku-app, futhi niyibike nakulayini wokubika (hotline). Umuntu omdala angachaza okwenzekile: i-app, igama lomsebenzisi nesikhathi. Akekho odinga ukukopisha noma ukwabelana nganoma yisiphi isithombe ukuze akubike. Kukhona nezinsiza ezingasiza ukuthi isithombe sakho sisuswe ku-inthanethi. Isigaba sosizo siyazikhombisa.
    .easy = Tshela umuntu omdala omethembayo. Bika i-akhawunti ku-app. Yibike nakulayini wokubika. Akekho odinga ukukopisha isithombe. Ezinye izinsiza zingasiza ukususa isithombe. Isigaba sosizo siyazikhombisa.
    .alt = UMusa nomuntu omdala amethembayo bemi ngapha nangapha kwefoni. Ifoni ibonisa ifulegi elisawolintshi lokubika nesihlangu esiluhlaza okwesibhakabhaka esinophawu lokuthi kulungile.
    .safety = Akekho odinga ukukopisha

pictures-privacy-2-pathway = Uma othile ekusongela ngokuthi uzokwabelana ngesithombe sakho, isigaba sosizo sikhombisa ukuthi ungaxhumana nobani ezweni lakho, kanye nezinsiza ezingasiza ukususa isithombe.
    .easy = Othile ukusongela ngesithombe? Isigaba sosizo sikhombisa ukuthi ngubani ongakusiza.
    .alt = Isandla sithinta inkinobho yosizo enenhliziyo esikrinini sethebhulethi.

pictures-privacy-2-quiz-pay = Iqiniso noma amanga: uma uMusa ekhokha imali, lowo muntu uzoyeka.
    .easy = Iqiniso noma amanga: uma uMusa ekhokha, lowo muntu uzoyeka.
    .alt = Izithombe ezintathu ezicishwe ngokubomvu: izinhlamvu zemali, isithombe nemilayezo yengxoxo.
    .hint = Ingabe ukukhokha kuyakuqeda ukucela?
pictures-privacy-2-quiz-pay-true = Iqiniso
    .feedback = Cha, lokhu kungamanga. Ukukhokha akukuqedi lokhu. Abantu abasongelayo bavame ukucela okwengeziwe. Ungakhokhi. Tshela umuntu omdala omethembayo futhi ukubike.
pictures-privacy-2-quiz-pay-false = Amanga
    .feedback = Yebo, kungamanga. Ukukhokha akukuqedi lokhu. Bavame ukucela okwengeziwe. Ungakhokhi, ungathumeli okunye, futhi utshele umuntu omdala omethembayo.

pictures-privacy-2-quiz-order = Beka izinyathelo zikaMusa ngokulandelana okufanele.
    .easy = Beka izinyathelo ngokulandelana.
    .alt = UMusa nomuntu omdala amethembayo, benefoni ekhombisa ifulegi lokubika nesihlangu.
    .hint = UMusa wenzani ngokushesha? Ngubani omsizayo ngemuva kwalokho?
pictures-privacy-2-quiz-order-stop-replying = Yeka ukuphendula. Ungakhokhi, futhi ungathumeli lutho.
    .feedback = Kuqala, yeka ukuphendula. Ungakhokhi, ungathumeli, ungaphikisani futhi ungenzi izivumelwano.
pictures-privacy-2-quiz-order-tell-adult = Tshela umuntu omdala omethembayo.
    .feedback = Okulandelayo, tshela umuntu omdala omethembayo. Akulona iphutha likaMusa, futhi akayedwa.
pictures-privacy-2-quiz-order-report = Nomuntu omdala, bika i-akhawunti ku-app nakulayini wokubika.
    .feedback = Bese nikubika ndawonye. Umuntu omdala angachaza i-app, igama lomsebenzisi nesikhathi. Akekho odinga ukukopisha isithombe.
pictures-privacy-2-quiz-order-take-down = Sebenzisa isigaba sosizo ukuthola insiza engasiza ukususa isithombe.
    .feedback = Ekugcineni, isigaba sosizo sikhombisa izinsiza ezingasiza ukuthi isithombe sisuswe.

pictures-privacy-badge = Umvikeli wezithombe
    .alt = Ibheji eliyindilinga elinekhamera phakathi nendawo, nezintambo ezimbili ngaphansi kwalo.

## Knowledge check: before the module (pre) and after it (post, parallel questions).

pictures-privacy-check-pay = Iqiniso noma amanga: Uma othile ekusongela ngokuthi uzokwabelana ngesithombe sakho, ukumkhokhela kuyakuqeda lokho.
    .easy = Othile usongela ukwabelana ngesithombe sakho. Ingabe ukukhokha kuyakuqeda lokho?
    .alt = Izithombe ezintathu, ngasinye sicishwe ngesiphambano esibomvu: inqwaba yezinhlamvu zemali, isithombe, nemilayezo emibili yengxoxo.
pictures-privacy-check-pay-true = Iqiniso
pictures-privacy-check-pay-false = Amanga
pictures-privacy-check-fault = Iqiniso noma amanga: Uma isithombe sakho sithunyelwa kwabanye ngaphandle kwemvume yakho, yiphutha lakho.
    .easy = Isithombe sakho sithunyelwa kwabanye ungabuzwanga. Ingabe yiphutha lakho?
    .alt = Umuntu omncane umi eduze komuntu omdala onakekelayo. Isandla somuntu omdala siphumule ehlombe lomuntu omncane. Ngaphezu kwabo kunenhliziyo epinki.
pictures-privacy-check-fault-true = Iqiniso
pictures-privacy-check-fault-false = Amanga
pictures-privacy-check-more = Iqiniso noma amanga: Uma othile ekusongela ngesithombe, ukumthumelela esinye isithombe esisodwa kuzomenza ayeke.
    .easy = Othile ukusongela ngesithombe. Ingabe esinye isithombe esisodwa sizomenza ayeke?
    .alt = Isandla esiphakanyisiwe endilingeni ebomvu sithi yima. Eduze kwaso, ifoni ibonisa umlayezo wengxoxo nophawu olubomvu lokuvimba.
pictures-privacy-check-more-true = Iqiniso
pictures-privacy-check-more-false = Amanga
pictures-privacy-check-tell = Iqiniso noma amanga: Uma othile ekuphoqa ukuthi uthumele izithombe, kuhle ukutshela umuntu omdala omethembayo, ngisho noma usuvele wathumela okuthile.
    .easy = Othile ukuphoqa ukuthi uthumele izithombe. Ingabe kuhle ukutshela umuntu omdala omethembayo, ngisho noma uthumele okuthile?
    .alt = UMusa nomuntu omdala amethembayo bemi ngapha nangapha kwefoni. Ifoni ibonisa ifulegi elisawolintshi lokubika nesihlangu esiluhlaza okwesibhakabhaka esinophawu lokuthi kulungile.
pictures-privacy-check-tell-true = Iqiniso
pictures-privacy-check-tell-false = Amanga
