## Module: kind and safe online (ages 6 to 9)

kind-online-title = Ukuba nomusa nokuphepha ku-inthanethi
    .alt = Izingane ezimbili ziyamamatheka. Ithebhulethi ephakathi kwazo ikhombisa inhliziyo enkulu epinki. Ngaphezulu kwezingane kukhona amabhamuza amabili engxoxo, elinye linenhliziyo, elinye linenkanyezi.
kind-online-summary = Funda ukusebenzisa amazwi anomusa ku-inthanethi, nokuthi wenzeni uma othile ekuphatha kabi noma ephatha kabi umngane wakho.

kind-online-1-title = Amazwi anomusa

kind-online-1-meet-lindiwe = Lona nguLindiwe nomngane wakhe uSipho. USipho akezwa. Ukhuluma ngolimi lwezimpawu, futhi ubhala engxoxweni yekilasi. ULindiwe noSipho bathanda ukudweba izithombe ethebhulethini, bese bezabelana nekilasi labo.
    .easy = Lona nguLindiwe noSipho. USipho akezwa. Ukhuluma ngolimi lwezimpawu. Badweba izithombe ethebhulethini. Babelana ngezithombe nekilasi labo.
    .alt = Izingane ezimbili zime ngapha nangapha kwethebhulethi. Ithebhulethi ikhombisa umdwebo welanga eliphuzi nomugqa osawolintshi. Umfana ongakwesokudla unyakazisa izandla zakhe ekhuluma ngolimi lwezimpawu.

kind-online-1-kind-words = Amazwi asesikrinini angenza abantu bajabule noma badabuke, njengamazwi okhuluma nabo ubuso nobuso. Amazwi anomusa ayasiza, njengokuthi "Ngiyasithanda isithombe sakho!" noma "Wenze kahle!" Ngaphambi kokuthumela umlayezo, yima ucabange: ingabe lokhu kuzokwenza umngane wami azizwe kahle?
    .easy = Amazwi asesikrinini angenza abantu bajabule. Amazwi angenza nabantu badabuke. Sebenzisa amazwi anomusa. Ngaphambi kokuthumela, yima. Cabanga: ingabe lokhu kunomusa?
    .alt = Ingane iyamamatheka eduze kwefoni enkulu. Ifoni ikhombisa amabhamuza amabili engxoxo: elinye linenhliziyo epinki, elinye linenkanyezi ephuzi.

kind-online-1-mean-message = USipho uthumela umdwebo wakhe. Othile engxoxweni yekilasi ubhala: "Lowo mdwebo mubi. Ha ha." USipho uzizwa edabukile. Amazwi amabi ayalimaza, ngisho nasesikrinini.
    .easy = USipho uthumela umdwebo. Othile ubhala: "Lowo mdwebo mubi." USipho uzizwa edabukile. Amazwi amabi ayalimaza.
    .alt = USipho ubukeka edabukile. Kukhona unyembezi oluncane oluluhlaza okwesibhakabhaka ebusweni bakhe. Eduze kwakhe, ifoni ikhombisa ibhamuza lengxoxo elimpunga elinesimo esimnyama esinameva ngaphakathi.

kind-online-1-ask-photo = ULindiwe ufuna ukufaka isithombe sikaSipho engxoxweni yekilasi. Okokuqala uyambuza: "Ngingabelana nabanye ngalesi sithombe sakho?" Uma umngane ethi cha, ungabelani ngaso. Naye unelungelo kulesi sithombe. Uma othile ethumela isithombe sakho ongasithandi, tshela umuntu omdala omethembayo.
    .easy = Ufuna ukwabelana ngesithombe somngane? Buza kuqala. Umngane wakho uthi cha? Ungabelani ngaso. Othile uthumela isithombe sakho ongasithandi? Tshela umuntu omdala omethembayo.
    .alt = ULindiwe ubambe ifoni. USipho umi eduze kwakhe futhi ukhuluma ngolimi lwezimpawu. Ngaphezulu kwabo, ibhamuza likhombisa ikhamera nophawu lombuzo.

kind-online-1-quiz-kind = USipho uthumela umdwebo omusha. Yimuphi umlayezo onomusa?
    .easy = Yimuphi umlayezo onomusa?
    .alt = ULindiwe noSipho bame eduze kwethebhulethi enomdwebo kaSipho.
    .hint = Yimuphi umlayezo ozokwenza uSipho amamatheke?
kind-online-1-quiz-kind-mean-words = "Umdwebo wakho mubi."
    .alt = Ibhamuza lengxoxo elimpunga elinesimo esimnyama esinameva nombani ophuzi ngaphakathi.
    .feedback = La mazwi mabi. Angenza uSipho adabuke. Kunalokho, khetha amazwi anomusa.
kind-online-1-quiz-kind-kind-words = "Ngiyawuthanda umdwebo wakho!"
    .alt = Ibhamuza lengxoxo elimhlophe elinohlaka olupinki. Ngaphakathi kukhona inhliziyo epinki nobuso obuphuzi obumamathekayo.
    .feedback = Yebo. Amazwi anomusa enza umngane wakho azizwe kahle.
kind-online-1-quiz-kind-leave-out = "Awukwazi ukuba seqenjini lethu."
    .alt = Ibhamuza lengxoxo elinobuso obuthathu emugqeni. Obunye ubuso bukude nabanye, futhi phezu kwabo kukhona uphawu olubomvu oluthi "cha".
    .feedback = Ukushiya othile ngaphandle ngamabomu nakho kuyalimaza. Abangane abanomusa bavumela abanye ukuthi bahlanganyele nabo.

kind-online-1-quiz-photo = Iqiniso noma amanga? ULindiwe angabelana ngesithombe sikaSipho ngaphandle kokumbuza.
    .easy = Iqiniso noma amanga? Ungabelana ngesithombe somngane ngaphandle kokumbuza.
    .alt = ULindiwe ubambe ifoni eduze kukaSipho. Ibhamuza likhombisa ikhamera nophawu lombuzo.
    .hint = Yisithombe sikabani?
kind-online-1-quiz-photo-true = Iqiniso
    .feedback = Akukalungi. Njalo buza umngane wakho kuqala. Uma umngane wakho ethi cha, ungabelani ngesithombe.
kind-online-1-quiz-photo-false = Amanga
    .feedback = Yebo. Buza umngane wakho kuqala. Uma umngane wakho ethi cha, ungabelani ngaso.

kind-online-2-title = Uma othile ekuphatha kabi

kind-online-2-meet-thabo = USipho udlala umdlalo ku-inthanethi. Omunye umdlali umbhalela izinto ezimbi, kaninginingi: "Awukwazi ukudlala. Hamba." Uma othile ephatha omunye umuntu kabi kaninginingi, ngamabomu, lokho kubizwa ngokuthi ukuxhaphaza. USipho uzizwa edabukile futhi ethukuthele.
    .easy = USipho udlala umdlalo. Umdlali umbhalela izinto ezimbi. Kaninginingi. Lokhu kungukuxhaphaza. USipho uzizwa edabukile futhi ethukuthele.
    .alt = Umfana odabukile umi eduze kwethebhulethi enkulu. Ithebhulethi ikhombisa amabhamuza amathathu engxoxo ampunga. Ibhamuza ngalinye linesimo esimnyama esinameva ngaphakathi.

kind-online-2-what-to-do = Uma othile ekuphatha kabi ku-inthanethi, ungamphenduli. Yima, ubeke umdlalo phansi. Tshela umuntu omdala omethembayo, umkhombise imilayezo. Ndawonye ningamvimba umdlali futhi nimbike emdlalweni. Ukuxhaphazwa akulona neze iphutha lakho.
    .easy = Othile ukuphatha kabi ku-inthanethi? Ungamphenduli. Tshela umuntu omdala omethembayo. Mkhombise imilayezo. Vimbani futhi nibike ndawonye. Akulona neze iphutha lakho.
    .alt = Ingane ikhombisa umuntu omdala omamathekayo ifoni. Eduze kwabo kukhona uphawu olubomvu lokuvimba nefulegi elisawolintshi lokubika.

kind-online-2-good-friend = Engxoxweni yeqembu, ezinye izingane zibhala izinto ezimbi ngoChanda. U-Ellie uyakubona lokho. U-Ellie akahlanganyeli nazo. Ubhalela uChanda: "Ngingumngane wakho." Bese etshela umuntu omdala amethembayo. Ukutshela kuyinto efanele ukuyenza. Kusiza umngane olimazwayo. Izingane ezibhale izinto ezimbi zenze into elimazayo. Umuntu omdala angazisiza ziyeke futhi zixolise.
    .easy = Izingane zibhala izinto ezimbi ngoChanda. U-Ellie akahlanganyeli nazo. U-Ellie uthumelela uChanda umlayezo onomusa. U-Ellie utshela umuntu omdala amethembayo. Ukutshela kusiza uChanda. Umuntu omdala angasiza ezinye izingane ziyeke.
    .alt = U-Ellie uyamamatheka futhi ubambe ifoni. Ifoni ikhombisa ibhamuza lengxoxo elinenhliziyo epinki. Umcibisholo ukhomba kuChanda, obukeka edabukile.

kind-online-2-help = Uma othile ekuphatha kabi ku-inthanethi kaninginingi, awuwedwa. Isigaba sosizo sikhombisa ukuthi ubani ongaxhumana naye ezweni lakho.
    .easy = Othile ukuphatha kabi kaninginingi? Awuwedwa. Isigaba sosizo sikhombisa ukuthi ubani ongakusiza.
    .alt = Isandla sithinta inkinobho yosizo enenhliziyo esikrinini sethebhulethi.

kind-online-2-quiz-thabo = Umdlali ubhalela uSipho omunye umlayezo omubi. USipho kufanele enzeni?
    .easy = Umdlali uphinda umphatha kabi. USipho kufanele enzeni?
    .alt = Ithebhulethi isakhombisa amabhamuza engxoxo ampunga anezimo ezimnyama ezinameva. USipho ubukeka edabukile.
    .hint = Ubani ongasiza uSipho?
kind-online-2-quiz-thabo-write-back = Bhala okuthile okubi umphendule.
    .feedback = Ukuphendula kungenza kube kubi kakhulu. Kungcono ukuma bese utshela umuntu omdala omethembayo.
kind-online-2-quiz-thabo-tell-block-report = Yima. Tshela umuntu omdala amethembayo. Vimbani futhi nibike umdlali ndawonye.
    .feedback = Yebo. USipho akudingeki akwenze lokhu yedwa. Umuntu omdala angamsiza avimbe futhi abike umdlali.
kind-online-2-quiz-thabo-keep-secret = Kugcine kuyimfihlo bese uqhubeka nokudlala.
    .feedback = Akudingeki ugcine imilayezo emibi iyimfihlo. Tshela umuntu omdala omethembayo. Angasiza ukuthi kuyeke.

kind-online-2-quiz-friend = Ezinye izingane ziphatha uChanda kabi engxoxweni yeqembu. Umngane omuhle angenzani? Khetha zonke izimpendulo ezilungile.
    .easy = Izingane ziphatha uChanda kabi. Umngane omuhle angenzani? Khetha zonke izimpendulo ezilungile.
    .alt = U-Ellie ubambe ifoni enomlayezo onenhliziyo. UChanda ubukeka edabukile.
    .hint = Kunezimpendulo ezimbili ezilungile.
kind-online-2-quiz-friend-kind-message = Thumelela uChanda umlayezo onomusa.
    .feedback = Yebo. Umlayezo onomusa ukhombisa uChanda ukuthi akayedwa.
kind-online-2-quiz-friend-join-in = Hlanganyela nabo, nawe ubhale umlayezo omubi.
    .feedback = Cha. Imilayezo emibi imlimaza kakhulu uChanda. Umngane omuhle akahlanganyeli nabo.
kind-online-2-quiz-friend-tell-grown-up = Tshela umuntu omdala omethembayo.
    .feedback = Yebo. Umuntu omdala angasiza ukuthi ukuxhaphaza kuyeke.
kind-online-2-quiz-friend-send-on = Thumela imilayezo emibi kwabanye abangane.
    .feedback = Cha. Ukuyithumela kwabanye kusabalalisa ubuhlungu. Kunalokho, khombisa umuntu omdala omethembayo.

kind-online-badge = Unomusa ku-inthanethi
    .alt = Ibheji eliyindilinga elinobuso obumamathekayo phakathi nendawo, nezintambo ezimbili ngaphansi kwalo.
