## Module: images, threats and fakes (ages 15 to 17)
## isiZulu DRAFT translation (not yet reviewed by a native speaker).
## Characters (content/characters.toml): Noor (16, girl, Pakistan, deaf), Lerato (17, girl, South Africa, deaf).

image-abuse-title = Izithombe, ukusongelwa nezithombe mbumbulu
    .alt = Ifoni ibonisa isithombe. Eduze kwayo kunesihlangu esiluhlaza okwesibhakabhaka esinelokhi eliphuzi, nophawu oluluhlaza lokuthi kulungile.
image-abuse-summary = Okumele ukwenze uma othile esongela ukwabelana ngesithombe sakho usenqunu, noma enza esingesona esangempela. Indlela yokususa izithombe. Akulona neze iphutha lakho.

## Lesson 1: when someone threatens you over an image

image-abuse-1-title = Uma othile ekusongela ngesithombe

image-abuse-1-noor = UNoor uneminyaka eyi-16. Akezwa futhi usebenzisa ulimi lwezandla. Ku-app yokuxoxa, wahlangana nomuntu owathi ungumfana ongezwa onganaye ovela kwelinye idolobha. Baxoxa amasonto amabili. Yena wamthumelela izithombe. UNoor wamthumelela isithombe sakhe enqunu. Bese imilayezo yakhe iyashintsha: "Ngithumelele imali namuhla kusihlwa. Uma ungakwenzi, ngizothumela isithombe sakho emndenini wakho nasesikoleni sakho." UNoor uzizwa egula futhi esaba.
    .easy = UNoor uneminyaka eyi-16. Akezwa futhi usebenzisa ulimi lwezandla. Uxoxa nomuntu ku-app. Umthumelela isithombe sakhe enqunu. Bese ubhala athi: "Ngithumelele imali namuhla kusihlwa. Uma ungakwenzi, ngizothumela isithombe sakho emndenini wakho." UNoor uyesaba.
    .alt = UNoor, intombazane enezinwele ezinde ezimnyama negqoke ihembe eliluhlaza okotshani, ubheka ifoni yakhe ekhathazekile. Ifoni ibonisa umlayezo onohlaka olubomvu nophawu oluphuzi lokuxwayisa.

image-abuse-1-not-your-fault = Lokhu kubizwa ngokuthi ukuphoqwa ngezithombe zocansi: othile usebenzisa isithombe sakho usenqunu ukuze akwesabise, acele imali noma izithombe eziningi. Akulona neze iphutha lakho. Akulona neze iphutha lakho noma wena wasithumela isithombe. Akulona neze iphutha lakho noma isithombe singesona esangempela. Umuntu okusongelayo nguye owenza okungalungile, futhi emazweni amaningi kuyicala. Abantu abasha abaningi sekwenzeke kubo lokhu, futhi bathola usizo. Awuwedwa.
    .easy = Othile usebenzisa isithombe sakho usenqunu ukuze akwesabise. Emazweni amaningi kuyicala. Akulona neze iphutha lakho. Noma wasithumela wena. Noma singesona esangempela. Awuwedwa.
    .safety =
        Akulona neze iphutha lakho.
        Awuwedwa.
    .alt = UNoor umi eduze komuntu omdala ozolile okhuluma naye ngolimi lwezandla. Ngaphezu kwabo kunenhliziyo epinki.

image-abuse-1-do-not-pay = Ungakhokhi. Ungathumeli ezinye izithombe. Ukukhokha akukuqedi lokhu: abantu abenza lokhu bavame ukucela okwengeziwe. Yeka ukuphendula. Ungaphikisani nabo. Ungenzi izivumelwano nabo. Ungayivimba i-akhawunti ngemuva kokuthi uyibikile.
    .easy = Ungakhokhi. Ungathumeli ezinye izithombe. Ukukhokha akukuqedi lokhu. Yeka ukuphendula. Ungaphikisani nabo.
    .safety =
        Ungakhokhi.
        Ungathumeli ezinye izithombe.
    .alt = Izinto ezintathu ezicishwe ngesiphambano esibomvu: inqwaba yezinhlamvu zemali, isithombe, nomlayezo wengxoxo.

image-abuse-1-tell-report = Tshela umuntu omdala omethembayo manje. Ngeke ube senkingeni. Ndawonye, bikani i-akhawunti ku-app. Akudingeki ugcine izithombe: ulayini wosizo nenkampani ye-app bangenza okuthile. Umuntu omdala angabatshela i-app, igama le-akhawunti nesikhathi.
    .easy = Tshela umuntu omdala omethembayo manje. Ngeke ube senkingeni. Bika i-akhawunti ku-app. Akudingeki ugcine izithombe. Ulayini wosizo ne-app bangenza okuthile.
    .safety =
        Ngeke ube senkingeni.
        Akudingeki ugcine izithombe
    .alt = UNoor ukhuluma ngolimi lwezandla nomuntu omdala amethembayo. Phakathi kwabo kunefoni.

image-abuse-1-pathway = Uma othile esongela ukwabelana ngesithombe sakho, isigaba sosizo sikhombisa ukuthi ngubani ongakusiza ezweni lakho.
    .easy = Othile uthi uzokwabelana ngesithombe sakho? Isigaba sosizo sikhombisa ukuthi ngubani ongakusiza.
    .alt = Uphawu lwendlela olunemicibisholo emithathu. Umcibisholo ngamunye unesithonjana: ifoni, ibhamuza lenkulumo nesihlangu.

image-abuse-1-quiz-noor = Yini engcono kakhulu uNoor angayenza manje?
    .easy = UNoor kufanele enzeni manje?
    .alt = UNoor ubukeka ekhathazekile. Ingxoxo enophawu oluphuzi lokuxwayisa isesefonini yakhe.
    .hint = Ingabe ukusongela kuzoyeka ngempela? Ngubani ongamsiza?
image-abuse-1-quiz-noor-pay-once = Akhokhe kanye, ukuze asisuse isithombe.
    .feedback = Cha. Ukukhokha akukuqedi lokhu. Abantu abenza lokhu bavame ukucela okwengeziwe. UNoor akakhokhi.
image-abuse-1-quiz-noor-stop-tell = Ayeke ukuphendula, atshele umuntu omdala amethembayo, babike i-akhawunti ndawonye.
    .feedback = Yebo. UNoor uyayeka ukuphendula futhi utshela umuntu omdala amethembayo. Ndawonye babika i-akhawunti. Akulona iphutha likaNoor.
image-abuse-1-quiz-noor-delete-everything = Asuse i-akhawunti yakhe futhi angatsheli muntu.
    .feedback = Cha. UNoor akudingeki abhekane nalokhu eyedwa. Umuntu omdala amethembayo angamsiza aqale abike i-akhawunti.

image-abuse-1-quiz-fault = Iqiniso noma amanga: Yiphutha likaNoor, ngoba nguye owathumela isithombe.
    .easy = Iqiniso noma amanga: Yiphutha likaNoor, ngoba nguye owathumela isithombe.
    .alt = UNoor umi eduze komuntu omdala ozolile. Ngaphezu kwabo kunenhliziyo epinki.
    .hint = Ngubani owenza okungalungile: uNoor, noma umuntu omsongelayo?
image-abuse-1-quiz-fault-true = Iqiniso
    .feedback = Cha, lokhu kungamanga. Akulona neze iphutha likaNoor. Umuntu omsongelayo nguye owenza okungalungile.
image-abuse-1-quiz-fault-false = Amanga
    .feedback = Yebo, kungamanga. Akulona neze iphutha likaNoor. Umuntu omsongelayo nguye owenza okungalungile.

## Lesson 2: fake images, and getting images taken down

image-abuse-2-title = Izithombe mbumbulu, nokususa izithombe

image-abuse-2-lerato = ULerato uneminyaka eyi-17. Akezwa futhi usebenzisa ulimi lwezandla. Umfana ekilasini lakhe wathatha isithombe ephrofayeleni yakhe. Wasebenzisa i-app ye-AI ukwenza isithombe mbumbulu sakhe enqunu. Manje leso sithombe mbumbulu sidlula eqenjini lokuxoxa. Umngane uyamtshela ngakho ngolimi lwezandla. ULerato uzizwa enamahloni futhi ufuna ukucasha. Akenzanga lutho olubi.
    .easy = ULerato uneminyaka eyi-17. Akezwa futhi usebenzisa ulimi lwezandla. Umfana wathatha isithombe sakhe. Wasebenzisa i-app ye-AI ukwenza isithombe mbumbulu sakhe enqunu. Manje sisegembini lokuxoxa. ULerato uzizwa kabi. Akenzanga lutho olubi.
    .alt = ULerato, intombazane enezinwele ezilukiwe negqoke ihembe eliphuzi, uhlezi ebhentshini emboze ubuso bakhe. Umngane wakhe uhlezi eduze kwakhe, isandla sakhe sisehlombe likaLerato.

image-abuse-2-fake-is-abuse = Isithombe mbumbulu sokuba nqunu esenziwe ngethuluzi le-AI naso siwukuhlukumeza. Akulona iphutha lakho, noma isithombe singesona esangempela noma singesangempela. Umuntu osenzayo noma osabelana naso nguye owenza okungalungile. Emazweni amaningi kuyicala ukwenza noma ukwabelana ngezithombe zanoma ubani ongaphansi kweminyaka eyi-18 enqunu, ngisho nezingezona ezangempela.
    .easy = Isithombe mbumbulu sokuba nqunu naso siwukuhlukumeza. Akulona iphutha lakho. Noma singesona esangempela noma singesangempela, akulona iphutha lakho. Umuntu osenzayo noma osabelana naso wenza okungalungile. Emazweni amaningi kuyicala.
    .safety = Akulona iphutha lakho
    .alt = Ifoni ibonisa isithombe. Ngakolunye uhlangothi, ikhompyutha enesiphambano esibomvu. Isihlangu esiluhlaza okwesibhakabhaka esinophawu lokuthi kulungile simi phakathi kwazo.

image-abuse-2-do-not-share = Uma uthola isithombe esinjena somunye umuntu, ungabelani ngaso. Ungasigcini. Ungasibhaleli amazwana. Tshela umuntu omdala omethembayo, futhi usibike ku-app. Yiba nomusa kumuntu osesithombeni: akulona iphutha lakhe.
    .easy = Uthola isithombe esinjena somunye umuntu? Ungabelani ngaso. Ungasigcini. Tshela umuntu omdala omethembayo. Sibike. Akulona iphutha lakhe.
    .safety =
        ungabelani ngaso.
        Ungasigcini.
    .alt = Ifoni enengxoxo yeqembu. Kunesiphambano esibomvu enkinobheni yokwabelana. Eduze kwefoni kunefulegi elisawolintshi lokubika.

image-abuse-2-take-down = Amanye amathuluzi asiza ukususa izithombe zakho zisenqunu. I-Take It Down yithuluzi lamahhala le-NCMEC elisebenza emazweni amaningi, ezithombeni zangesikhathi usaneminyaka engaphansi kweyi-18. Lisebenza namawebhusayithi nama-app abambe iqhaza. I-Report Remove ingeyabantu abasha abangaphansi kweminyaka eyi-18 e-UK, evela ku-Childline naku-IWF. La mathuluzi angawezithombe zakho: awawona awokubika izithombe zabanye abantu. Akudingeki ugcine izithombe: ulayini wosizo nenkampani ye-app bangenza okuthile.
    .easy = Amanye amathuluzi asiza ukususa izithombe zakho zisenqunu. I-Take It Down isebenza emazweni amaningi. I-Report Remove ingeyabantu abangaphansi kweminyaka eyi-18 e-UK. Angawezithombe zakho. Akudingeki ugcine izithombe.
    .safety = Akudingeki ugcine izithombe
    .alt = Ifoni ibonisa isithombe nomcibisholo osehlela emgqonyeni kadoti. Eduze kwayo kunophawu oluluhlaza lokuthi kulungile.

image-abuse-2-pathway = Uma isithombe sakho usenqunu sisakazwa, noma othile enze esingesona esangempela, isigaba sosizo sikhombisa ukuthi ngubani ongakusiza nokuthi yimaphi amathuluzi okususa asebenza lapho uhlala khona.
    .easy = Isithombe sakho usenqunu siyasakazwa, esangempela noma mbumbulu? Isigaba sosizo sikhombisa ukuthi ngubani ongakusiza.
    .alt = Uphawu lwendlela olunemicibisholo emithathu. Umcibisholo ngamunye unesithonjana: umgqomo kadoti, ibhamuza lenkulumo nesihlangu.

image-abuse-2-quiz-lerato = ULerato angenzani?
    .easy = ULerato angenzani?
    .alt = ULerato nomngane wakhe bahlezi ebhentshini. Isandla somngane sisehlombe likaLerato.
    .hint = Ngubani ongamsiza, futhi yini engasiza ukususa isithombe?
image-abuse-2-quiz-lerato-tell-report = Atshele umuntu omdala amethembayo, abike isithombe ku-app, abuze ngethuluzi lokususa.
    .feedback = Yebo. Umuntu omdala angamsiza akubike ku-app nasesikoleni. Ithuluzi lokususa lingasiza ukuthi sisuswe. Akulona iphutha likaLerato.
image-abuse-2-quiz-lerato-post-back = Abhale umlayezo onolaka ngalo mfana eqenjini lokuxoxa.
    .feedback = Cha. Lokho kungenza izinto zibe zimbi kakhulu futhi kusakaze isithombe nakakhulu. Esikhundleni salokho, uLerato utshela umuntu omdala amethembayo futhi uyakubika.
image-abuse-2-quiz-lerato-hide = Athule athembe ukuthi kuzophela, ngoba isithombe asisona esangempela.
    .feedback = Cha. Isithombe mbumbulu naso siwukuhlukumeza. ULerato akudingeki abhekane nakho eyedwa. Umuntu omdala amethembayo angamsiza.

image-abuse-2-quiz-tools = I-Take It Down ne-Report Remove zenzelwe ini?
    .easy = I-Take It Down ne-Report Remove zenzelwe ini?
    .alt = Ifoni enesithombe esehlela emgqonyeni kadoti, nophawu oluluhlaza lokuthi kulungile.
    .hint = La mathuluzi angawezithombe zikabani?
image-abuse-2-quiz-tools-own-images = Ukususa izithombe zakho zisenqunu
    .feedback = Yebo. Angawezithombe zakho zangesikhathi usaneminyaka engaphansi kweyi-18.
image-abuse-2-quiz-tools-others = Ukubika izithombe zabanye abantu
    .feedback = Cha. Angawezithombe zakho. Ukuze ubike izithombe zomunye umuntu, umuntu omdala omethembayo angakusiza usebenzise ulayini wokubika (hotline).
image-abuse-2-quiz-tools-find-person = Ukuthola ukuthi ngubani owasakaza isithombe
    .feedback = Cha. Asiza ukususa izithombe. Awakutsheli ukuthi ngubani owazisakaza.

image-abuse-badge = Isihlangu sezithombe
    .alt = Ibheji eliyindilinga elinesihlangu nelokhi phakathi nendawo, nezintambo ezimbili ngaphansi kwalo.

## Knowledge check: before the module (pre) and after it (post, parallel questions).

image-abuse-check-pay = Iqiniso noma amanga: Uma othile esongela ukwabelana ngesithombe sakho usenqunu, ukumkhokhela kuyakuqeda lokho.
    .easy = Iqiniso noma amanga: Othile uthi uzokwabelana ngesithombe sakho usenqunu. Ukukhokha kuyakuqeda lokho.
    .alt = Inqwaba yezinhlamvu zemali nophawu lombuzo eduze kwayo.
image-abuse-check-pay-true = Iqiniso
image-abuse-check-pay-false = Amanga
image-abuse-check-fake = Iqiniso noma amanga: Isithombe mbumbulu sokuba nqunu esenziwe ngethuluzi le-AI singaba wukuhlukumeza.
    .easy = Iqiniso noma amanga: Isithombe mbumbulu sokuba nqunu esenziwe nge-AI singaba wukuhlukumeza.
    .alt = Isikrini sekhompyutha esinesithombe, nophawu lombuzo eduze kwaso.
image-abuse-check-fake-true = Iqiniso
image-abuse-check-fake-false = Amanga
image-abuse-check-more = Iqiniso noma amanga: Uma othile ekusongela ngesithombe, ukumthumelela ezinye izithombe kuzomenza ayeke.
    .easy = Iqiniso noma amanga: Othile uthi uzokwabelana ngesithombe sakho. Ezinye izithombe zizomenza ayeke.
    .alt = Isithombe nophawu lombuzo eduze kwaso.
image-abuse-check-more-true = Iqiniso
image-abuse-check-more-false = Amanga
image-abuse-check-keep = Iqiniso noma amanga: Ulayini wosizo nenkampani ye-app bangenza okuthile ngisho noma ungagcini izithombe.
    .easy = Iqiniso noma amanga: Ulayini wosizo ne-app bangenza okuthile, ngisho noma ungagcini izithombe.
    .alt = Ifoni enefulegi elisawolintshi lokubika, nophawu oluluhlaza lokuthi kulungile.
image-abuse-check-keep-true = Iqiniso
image-abuse-check-keep-false = Amanga
