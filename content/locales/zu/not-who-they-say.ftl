## Module: not who they say they are (ages 6 to 9)

not-who-they-say-title = Akusiye lowo athi nguye
    .alt = Ingane ibambe ithebhulethi. Eduze kwayo kukhona ikhadi lesithombe somdlali elinobuso bengane emamathekayo. Ngemuva kwekhadi kukhona isithunzi esimpunga, eside, somuntu.
not-who-they-say-summary = Funda ukuthi abantu ku-inthanethi bangazenza abanye abantu, indlela yokubona izimpawu zesixwayiso, nokuthi yini ongayenza.

## Lesson 1: who is really there?

not-who-they-say-1-title = Ngubani ngempela okhona?

not-who-they-say-1-meet-mwila = Lona nguMwila. UMwila udlala umdlalo wokudweba ethebhulethini. Umdlali okuthiwa uKiki uyambhalela: "Sawubona! Ngiyintombazane futhi ngineminyaka engu-8. Masibe abangane!" Isithombe sikaKiki sikhombisa intombazane emamathekayo.
    .easy = Lona nguMwila. UMwila udlala umdlalo ethebhulethini. Umdlali okuthiwa uKiki ubhala: "Ngiyintombazane. Ngineminyaka engu-8." Isithombe sikaKiki sikhombisa intombazane.
    .alt = UMwila, intombazane enezinwele ezimnyama, uyamamatheka. Eduze kwakhe kukhona ithebhulethi enkulu. Esikrinini kukhona ikhadi lesithombe sikaKiki elinobuso bentombazane emamathekayo, nomlayezo wengxoxo.

not-who-they-say-1-can-be-fake = Ku-inthanethi, awukwazi ukubona ukuthi ngubani ngempela okhona. Noma ubani angabhala noma yiliphi igama. Noma ubani angasebenzisa noma yisiphi isithombe. Noma ubani angaqamba amanga ngeminyaka yakhe. Intombazane emamathekayo esithombeni kungenzeka ingabi nguKiki nhlobo.
    .easy = Ku-inthanethi, awukwazi ukubona ukuthi ngubani okhona. Igama lingaba ngamanga. Isithombe singaba ngamanga. Iminyaka ingaba ngamanga.
    .alt = Ikhadi lesithombe somdlali likhombisa ubuso bengane emamathekayo. Ngemuva kwekhadi kukhona isithunzi esimpunga, eside, somuntu. Asikwazi ukubona ukuthi ngubani. Eduze kwaso kukhona uphawu lwesexwayiso olusawolintshi.

not-who-they-say-1-grown-up-kid = Ngakho "ingane" emdlalweni ingaba ngumuntu omdala ngempela. Iningi labantu ku-inthanethi linomusa. Kodwa abanye abantu bazenza abanye abantu. Bafuna ukukhohlisa noma ukulimaza izingane.
    .easy = "Ingane" emdlalweni ingaba ngumuntu omdala ngempela. Iningi labantu linomusa. Abanye abantu bayazenzisa. Bafuna ukukhohlisa noma ukulimaza izingane.
    .alt = Futhi ikhadi lesithombe elinobuso bengane. Isithunzi esimpunga ngemuva kwalo side kakhulu kunengane. Uphawu lwesexwayiso olusawolintshi luseduze kwalo.

not-who-they-say-1-stay-safe = Awudingi ukuthola ukuthi ngubani ngempela okhona. Ungahlala uphephile kubo bonke abantu ku-inthanethi. Gcina izinto zakho eziyimfihlo ziyimfihlo. Uma kukhona okuxakile, yima bese utshela umuntu omdala omethembayo.
    .easy = Awudingi ukwazi ukuthi ngubani. Gcina izinto eziyimfihlo ziyimfihlo kubo bonke abantu ku-inthanethi. Kukhona okuxakile? Yima. Tshela umuntu omdala omethembayo.
    .alt = UMwila umi eduze kukamama wakhe. Bobabili bayamamatheka. UMwila ubambe ithebhulethi. Kukhona ilokhi esikrinini.

not-who-they-say-1-quiz-picture = Isithombe sikaKiki sikhombisa intombazane. Ngakho uKiki uyintombazane. Ingabe lokho kuyiqiniso noma amanga?
    .easy = Isithombe sikaKiki sikhombisa intombazane. Ngakho uKiki uyintombazane. Iqiniso noma amanga?
    .alt = Ithebhulethi ikhombisa ikhadi lesithombe sikaKiki elinobuso bentombazane emamathekayo.
    .hint = Ingabe noma ubani angasebenzisa noma yisiphi isithombe ku-inthanethi?
not-who-they-say-1-quiz-picture-true = Iqiniso
    .feedback = Akukalungi. Noma ubani angasebenzisa noma yisiphi isithombe. Isithombe asikutsheli ukuthi ngubani ngempela okhona.
not-who-they-say-1-quiz-picture-false = Amanga
    .feedback = Yebo. Isithombe singaba ngamanga. Awukwazi ukuqiniseka ukuthi ngubani ngempela okhona.

not-who-they-say-1-quiz-made-up = Yini umuntu angaqamba amanga ngayo ku-inthanethi? Khetha zonke izimpendulo ezilungile.
    .easy = Yini umuntu angaqamba amanga ngayo ku-inthanethi? Khetha zonke ezilungile.
    .alt = Ikhadi lesithombe elinobuso bengane. Ngemuva kwalo kukhona isithunzi esimpunga, eside, futhi eduze kwalo kukhona uphawu lwesexwayiso olusawolintshi.
    .hint = Cabanga ngegama likaKiki, isithombe sakhe neminyaka yakhe.
not-who-they-say-1-quiz-made-up-name = Igama
    .feedback = Yebo. Noma ubani angabhala noma yiliphi igama.
not-who-they-say-1-quiz-made-up-picture = Isithombe
    .feedback = Yebo. Noma ubani angasebenzisa isithombe somunye umuntu.
not-who-they-say-1-quiz-made-up-age = Iminyaka
    .feedback = Yebo. Umuntu omdala angabhala ukuthi "Ngineminyaka engu-8".
not-who-they-say-1-quiz-made-up-nothing = Akukho lutho. Konke ku-inthanethi kuyiqiniso.
    .feedback = Akukalungi. Igama, isithombe neminyaka, konke kungaba ngamanga.

## Lesson 2: warning signs

not-who-they-say-2-title = Izimpawu zesixwayiso

not-who-they-say-2-meet-jordan = Lona nguLeo. ULeo udlala umdlalo webhola. Umdlali okuthiwa u-Ace uyambhalela: "Unekhono kakhulu! Ungumngane wami omkhulu!" U-Ace uhlangane noLeo namuhla nje. Bese u-Ace enika uLeo izinhlamvu zemali zomdlalo ezingu-500.
    .easy = Lona nguLeo. ULeo udlala umdlalo webhola. Umdlali okuthiwa u-Ace ubhala: "Ungumngane wami omkhulu!" U-Ace unika uLeo izinhlamvu zemali zomdlalo.
    .alt = ULeo, umfana onesikhumba esinsundu kakhulu, uyamamatheka. Eduze kwakhe kukhona ithebhulethi. Esikrinini kukhona umlayezo wengxoxo, inhliziyo ebomvu nenqwaba yezinhlamvu zemali zegolide. Isithombe sika-Ace yikati lekhathuni.

not-who-they-say-2-secret-chat = Bese u-Ace ebhala: "Ake sikhulume engxoxweni eyimfihlo. Ungabatsheli umama nobaba. Kuyimfihlo yethu." ULeo uzizwa engakhululekile. Kwenzekani lapha?
    .easy = U-Ace ubhala: "Woza engxoxweni eyimfihlo. Ungabatsheli umama nobaba. Kuyimfihlo yethu." ULeo uzizwa engakhululekile.
    .alt = Ithebhulethi ikhombisa umlayezo wengxoxo. Umcibisholo ukhomba kusukela emlayezweni uya emnyango ovaliwe onelokhi. Ubuso obuncane bubeke umunwe ezindebeni.

not-who-they-say-2-warning-signs = U-Ace ukhombisa izimpawu zesixwayiso. Othile uba nomusa omkhulu ngokushesha okukhulu. Othile ukunika izipho noma izinhlamvu zemali zomdlalo. Othile ukucela ukuthi ugcine imfihlo ungabatsheli abantu bakho abadala. Othile ukucela ukuthi niye engxoxweni eyimfihlo. Uma ubona uphawu lwesexwayiso, yima.
    .easy = Izimpawu zesixwayiso: Othile unomusa omkhulu ngokushesha. Othile ukunika izipho noma izinhlamvu zemali. Othile uthi "Kugcine kuyimfihlo." Othile uthi "Woza engxoxweni eyimfihlo." Ubona uphawu lwesexwayiso? Yima.
    .alt = Izithombe ezine emugqeni, ngasinye sinophawu lwesexwayiso olusawolintshi ngaphezulu kwaso: inhliziyo ebomvu, inqwaba yezinhlamvu zemali zegolide, ubuso obubeke umunwe ezindebeni, nomnyango ovaliwe onelokhi.

not-who-they-say-2-what-to-do = ULeo angenzani? Akaphenduli. Akabelani nomuntu ngezinto eziyimfihlo. Ukhombisa umkhulu wakhe isikrini. Umkhulu wakhe ngumuntu omdala amethembayo. Ndawonye bayamvimba u-Ace futhi bayambika. Ngisho noma uthathe izinhlamvu zemali, usengatshela. Uma othile ezama ukukukhohlisa, akulona neze iphutha lakho.
    .easy = Ungaphenduli. Ungabelani nomuntu ngezinto eziyimfihlo. Khombisa umuntu omdala omethembayo. Vimbani futhi nibike ndawonye. Uthathe izinhlamvu zemali? Usengatshela. Akulona neze iphutha lakho.
    .alt = ULeo welulela ithebhulethi kumkhulu wakhe. Umkhulu wakhe unezinwele ezimpunga. Bobabili bayamamatheka.

not-who-they-say-2-quiz-jordan = U-Ace ucela uLeo ukuthi agcine imfihlo futhi aye engxoxweni eyimfihlo. Yisiphi isithombe esikhombisa okungcono kakhulu ukukwenza?
    .easy = ULeo kufanele enzeni? Khetha isithombe.
    .alt = Ithebhulethi ikhombisa umlayezo ka-Ace, umcibisholo oya emnyango ovaliwe onelokhi, nobuso obubeke umunwe ezindebeni.
    .hint = Bheka umuntu omdala omethembayo.
not-who-they-say-2-quiz-jordan-write-back = ULeo uphendula engxoxweni eyimfihlo.
    .alt = ULeo ubheka ithebhulethi. Isikrini sikhombisa imilayezo emibili yengxoxo nomnyango ovaliwe onelokhi.
    .feedback = Akusikho lokhu. Ingxoxo eyimfihlo iwuphawu lwesexwayiso. Ungayi lapho. Tshela umuntu omdala omethembayo.
not-who-they-say-2-quiz-jordan-show-grown-up = ULeo ukhombisa umkhulu wakhe isikrini.
    .alt = ULeo welulela ithebhulethi kumkhulu wakhe omamathekayo.
    .feedback = Yebo! ULeo utshela umuntu omdala amethembayo. Bangamvimba futhi bambike u-Ace ndawonye.
not-who-they-say-2-quiz-jordan-hide-tablet = ULeo ufihla ithebhulethi ngaphansi komcamelo wakhe futhi akatsheli muntu.
    .alt = ULeo ubukeka edabukile. Ithebhulethi ingaphansi komcamelo embhedeni wakhe.
    .feedback = Akusikho lokhu. Uma eyifihla, ugcina imfihlo ka-Ace. Le mfihlo akulungile ukuyigcina. Tshela umuntu omdala omethembayo. Akulona neze iphutha lakho.

not-who-they-say-2-quiz-order = Wenzani uma ubona uphawu lwesexwayiso? Beka izinyathelo ngokulandelana.
    .easy = Beka izinyathelo ngokulandelana.
    .alt = ULeo nomkhulu wakhe bame eduze kwethebhulethi. Isikrini sikhombisa uphawu olubomvu lokuvimba nefulegi elisawolintshi lokubika.
    .hint = Okokuqala, yima. Bese uthola usizo. Bese wenza kuphephe.
not-who-they-say-2-quiz-order-stop = Yima. Ungaphenduli.
    .feedback = Okokuqala, yima. Akudingeki ukuthi uphendule.
not-who-they-say-2-quiz-order-tell = Tshela umuntu omdala omethembayo.
    .feedback = Okulandelayo, tshela umuntu omdala omethembayo. Ungakusho, ukubhale, ukusho ngolimi lwezimpawu, noma umkhombise isikrini.
not-who-they-say-2-quiz-order-block-report = Vimbani futhi nibike umdlali ndawonye.
    .feedback = Okokugcina, umuntu wakho omdala angakusiza uvimbe futhi ubike umdlali.

not-who-they-say-badge = Amehlo aqaphile
    .alt = Ibheji eliyindilinga elinamehlo amabili ngemuva kwemaski phakathi nendawo, nezintambo ezimbili ngaphansi kwalo.
