## Module: my uh-oh feelings (ages 6 to 9)

uh-oh-feelings-title = Imizwa yami yokuthi "hhayi bo"
    .alt = Intombazane enobuso obukhathazekile. Umugqa obomvu ojikelezayo esiswini sayo nenhliziyo ebomvu eshayayo kukhombisa umuzwa wokuthi "hhayi bo". Eduze kwayo kukhona isandla esikhulu esivulekile.
uh-oh-feelings-summary = Funda ukuqaphela imizwa yakho yokuthi "hhayi bo", ukwahlukanisa izimfihlo ezinhle nezimfihlo ezimbi, nokukhetha abantu abadala ongabatshela njalo.

## Lesson 1: my uh-oh feelings

uh-oh-feelings-1-title = Imizwa yami yokuthi "hhayi bo"

uh-oh-feelings-1-meet-chanda = Lona nguChanda. UChanda ubukela amakhathuni ethebhulethini. Ngelinye ilanga, ividiyo entsha iqala iyodwa. Akulona ikhathuni. Iyaxaka futhi iyesabeka. UChanda akayithandi.
    .easy = Lona nguChanda. UChanda ubukela amakhathuni. Ividiyo entsha iyaqala. Iyesabeka. UChanda akayithandi.
    .alt = UChanda, intombazane enezinwele ezimnyama, ubukeka ekhathazekile. Eduze kwakhe kukhona ithebhulethi enesikrini esimnyama nezimo ezimpunga kuso.

uh-oh-feelings-1-body = UChanda uzwa isisu sakhe siqinile. Inhliziyo yakhe ishaya ngokushesha. Izandla zakhe ziyashisa. Lona ngumuzwa wokuthi "hhayi bo". Umzimba wakho ungakutshela uma kukhona okungalungile.
    .easy = UChanda uzwa isisu sakhe siqinile. Inhliziyo yakhe ishaya ngokushesha. Lona ngumuzwa wokuthi "hhayi bo". Umzimba wakho uyakutshela: kukhona okungalungile.
    .alt = Isithombe esikhulu sengane enobuso obukhathazekile. Kukhona umugqa obomvu ojikelezayo esiswini, inhliziyo ebomvu enemigqa ekhombisa ukuthi ishaya ngokushesha, nezindingilizi ezibomvu ezizungeze izandla.

uh-oh-feelings-1-thabo = Lona nguSipho. USipho udlala umdlalo. Omunye umdlali umbhalela amazwi amabi. Ngakusasa, umdlali uphinda futhi, aphinde futhi. USipho uzizwa edabukile, futhi inhliziyo yakhe ishaya ngokushesha. USipho naye unomuzwa wokuthi "hhayi bo".
    .easy = Lona nguSipho. Umdlali ubhalela uSipho amazwi amabi. Umdlali uphinda futhi, aphinde futhi. USipho unomuzwa wokuthi "hhayi bo".
    .alt = USipho, umfana onesikhumba esinsundu kakhulu, ubukeka edabukile. Eduze kwakhe kukhona ithebhulethi enemilayezo emithathu. Umlayezo ngamunye unohlaka olubomvu nomugqa obomvu ogwegwile.

uh-oh-feelings-1-trust = Wethembe umuzwa wakho wokuthi "hhayi bo". Ukhona ukuze ukusize. Uma uthola umuzwa wokuthi "hhayi bo" ku-inthanethi, ungama. Ungavala ividiyo noma uphendule ithebhulethi ibheke phansi. Bese uya kumuntu omdala omethembayo umtshele.
    .easy = Wethembe umuzwa wakho wokuthi "hhayi bo". Yima. Kuvale, noma uphendule ithebhulethi ibheke phansi. Hamba uye kumuntu omdala omethembayo. Mtshele.
    .alt = Ithebhulethi ilele ibheke phansi etafuleni. UChanda uyasuka kuyo, uya kumuntu omdala omamathekayo. Umcibisholo ukhomba kusukela kuChanda uya kumuntu omdala.

uh-oh-feelings-1-bullying-help = Uma othile ku-inthanethi ekuphatha kabi kaninginingi, njengoba kwenzeka kuSipho, lokho kungukuxhaphaza. Akulona neze iphutha lakho. Umuntu omdala omethembayo angakusiza. Isigaba sosizo sikhombisa ukuthi ubani omunye ongakusiza ezweni lakho. Sibheke nomuntu wakho omdala.
    .easy = Othile ukuphatha kabi kaninginingi? Lokho kungukuxhaphaza. Akulona neze iphutha lakho. Bheka isigaba sosizo nomuntu omdala omethembayo.
    .alt = Isandla sithinta inkinobho yosizo enenhliziyo esikrinini sethebhulethi.

uh-oh-feelings-1-quiz = Uma uthola umuzwa wokuthi "hhayi bo" ku-inthanethi, kufanele ungatsheli muntu. Ingabe lokho kuyiqiniso noma amanga?
    .easy = Uthola umuzwa wokuthi "hhayi bo" ku-inthanethi. Ungatsheli muntu. Iqiniso noma amanga?
    .alt = Ithebhulethi kaChanda ilele ibheke phansi. UChanda uhamba eya kumuntu omdala omamathekayo.
    .hint = UChanda wenzeni?
uh-oh-feelings-1-quiz-true = Iqiniso
    .feedback = Akukalungi. Imizwa yokuthi "hhayi bo" ibalulekile. Ungayifihli. Tshela umuntu omdala omethembayo.
uh-oh-feelings-1-quiz-false = Amanga
    .feedback = Yebo. Wethembe umuzwa wakho wokuthi "hhayi bo". Yima, bese utshela umuntu omdala omethembayo.

## Lesson 2: secrets and my helping hand

uh-oh-feelings-2-title = Izimfihlo nesandla sami sosizo

uh-oh-feelings-2-good-secret = Ezinye izimfihlo zinhle. USami nodadewabo omdala bahlela idili lokumangaza likagogo wabo. Baligcina liyimfihlo izinsuku ezimbalwa. Imfihlo enhle iyinto yokumangaza. Iyajabulisa, futhi wonke umuntu uthola ngayo masinyane.
    .easy = Ezinye izimfihlo zinhle. Idili lokumangaza liyimfihlo enhle. Liyajabulisa. Wonke umuntu uthola ngalo masinyane.
    .alt = Izingane ezimbili ezimamathekayo zime eduze kwekhekhe lokuzalwa elinamakhandlela amathathu nesipho esibomvu esinentambo ephuzi.

uh-oh-feelings-2-bad-secret = Ezinye izimfihlo azilungile. Imfihlo ekwenza uzizwe ukhathazekile, udabukile noma wesaba ayilungile. Uma othile ku-inthanethi ethi "Ungatsheli muntu", lowo ngumzuzu wokuthi "hhayi bo". Ungamtshela njalo umuntu omdala omethembayo, ngisho noma wathembisa ukugcina imfihlo.
    .easy = Ezinye izimfihlo azilungile. Imfihlo ekwenza uzizwe kabi ayilungile. Ungamtshela njalo umuntu omdala omethembayo. Ngisho noma wathembisa.
    .alt = Intombazane enezinwele eziphuzi ibukeka idabukile. Eduze kwayo kukhona ibhokisi lomlayezo elinefu elimpunga ngaphezulu kwalo. Ebhokisini kukhona ubuso obubeke umunwe ezindebeni nelokhi.

uh-oh-feelings-2-helping-hand = Yenza isandla sakho sosizo. Beka isandla sakho ephepheni bese udweba uzungeze sona. Emunweni ngamunye, beka umuntu omdala oyedwa omethembayo. Isibonelo: umama wakho, ubaba noma umnakekeli wakho, uthisha wakho, umamekazi wakho, umkhulu wakho, umama womngane wakho. Khetha abantu abadala ongabatshela noma yini. Uma omunye umuntu omdala engakusizi, tshela olandelayo.
    .easy = Dweba isandla sakho. Emunweni ngamunye, beka umuntu omdala oyedwa omethembayo. Ungabatshela noma yini. Uma omunye engakusizi, tshela olandelayo.
    .alt = Isandla esikhulu esivulekile. Emunweni ngamunye kweminwe emihlanu kukhona ubuso obuncane obumamathekayo bomuntu omdala ohlukile.

uh-oh-feelings-2-lindiwe = Ziningi izindlela zokutshela. Ungakusho, ukubhale, ukusho ngolimi lwezimpawu noma ukudwebe. Ungakhombisa isikrini. Akudingeki uphinde ukubheke. ULindiwe akezwa. Ukhuluma nobaba wakhe ngolimi lwezimpawu: "Okuthile ku-inthanethi kunginike umuzwa wokuthi 'hhayi bo'." Bese emnika ithebhulethi.
    .easy = Ungatshela ngezindlela eziningi. Kusho. Kubhale. Kusho ngolimi lwezimpawu. Kudwebe. Khombisa isikrini. ULindiwe akezwa. Ukhuluma nobaba wakhe ngolimi lwezimpawu.
    .alt = ULindiwe, intombazane enezinwele ezimnyama, unyakazisa izandla zakhe ekhuluma ngolimi lwezimpawu. Ubaba wakhe uyamamatheka futhi ubuka izandla zakhe. Eduze kwabo kukhona iphepha nepensela, nethebhulethi.

uh-oh-feelings-2-never-your-fault = Uma okuthile ku-inthanethi kukunika umuzwa wokuthi "hhayi bo", akulona neze iphutha lakho. Akulona iphutha lakho uma uchofoze okuthile. Akulona iphutha lakho uma ugcine imfihlo isikhashana. Ukutshela kukhombisa isibindi, futhi kulungile njalo ukutshela.
    .easy = Akulona neze iphutha lakho. Ngisho noma uchofoze okuthile. Ngisho noma ugcine imfihlo. Ukutshela kukhombisa isibindi. Kulungile njalo ukutshela.
    .alt = Umuntu omdala omamathekayo ugona intombazane emamathekayo enezinwele eziphuzi. Inhliziyo enkulu ebomvu ingaphezulu kwabo.

uh-oh-feelings-2-quiz-ellie = Umdlali ubhalela u-Ellie: "Nginomklomelo wakho. Kodwa kuyimfihlo yethu. Ungamtsheli umama wakho." U-Ellie uthola umuzwa wokuthi "hhayi bo". U-Ellie angenzani?
    .easy = Umdlali ubhala: "Nginomklomelo wakho. Ungamtsheli umama wakho. Kuyimfihlo yethu." U-Ellie unomuzwa wokuthi "hhayi bo". U-Ellie angenzani?
    .alt = U-Ellie, intombazane enezinwele eziphuzi, ubukeka engaqiniseki. Eduze kwakhe kukhona ithebhulethi enomlayezo wengxoxo, isipho esibomvu nobuso obubeke umunwe ezindebeni. Isithombe somdlali yikati lekhathuni.
    .hint = Ingabe le yimfihlo enhle noma yimfihlo embi?
uh-oh-feelings-2-quiz-ellie-keep-secret = Gcina imfihlo bese uthatha umklomelo.
    .feedback = Akusikho lokhu. Imfihlo ekunika umuzwa wokuthi "hhayi bo" akulungile ukuyigcina. Umklomelo ungaba yiqhinga.
uh-oh-feelings-2-quiz-ellie-tell = Yima, bese utshela umuntu omdala osesandleni sakhe sosizo.
    .feedback = Yebo. Le yimfihlo embi. U-Ellie angatshela umama wakhe noma omunye umuntu omdala amethembayo. Angakusho, akubhale, akusho ngolimi lwezimpawu noma akhombise isikrini. Akulona neze iphutha lakhe.
uh-oh-feelings-2-quiz-ellie-ask-why = Phendula bese ubuza umdlali ukuthi kungani kuyimfihlo.
    .feedback = Akusikho lokhu. U-Ellie akudingeki aphendule. Ukubhala okwengeziwe ngeke kwenze imfihlo ilunge. Angama, atshele umuntu omdala amethembayo.

uh-oh-feelings-2-quiz-secret = Iyiphi imfihlo okulungile ukuyigcina?
    .easy = Iyiphi imfihlo elungile?
    .alt = Izingane ezimbili ezimamathekayo eduze kwekhekhe lokuzalwa nesipho.
    .hint = Imfihlo enhle iyajabulisa, futhi wonke umuntu uthola ngayo masinyane.
uh-oh-feelings-2-quiz-secret-surprise = Idili lokumangaza likaGogo ngoMgqibelo.
    .feedback = Yebo. Into yokumangaza iyajabulisa, futhi uGogo uzothola ngayo masinyane.
uh-oh-feelings-2-quiz-secret-dont-tell = Umdlali emdlalweni ubhala: "Ungamtsheli ubaba wakho ukuthi siyaxoxa."
    .feedback = Akusikho lokhu. Imfihlo oyifihla abantu bakho abadala ayilungile. Tshela umuntu omdala omethembayo.
uh-oh-feelings-2-quiz-secret-where-you-live = Othile ku-inthanethi ubuza ukuthi uhlala kuphi bese ebhala: "Kugcine kuyimfihlo."
    .feedback = Akusikho lokhu. Lapho uhlala khona kuyimfihlo. Imfihlo enjengale ayilungile. Tshela umuntu omdala omethembayo.

uh-oh-feelings-badge = Wethembe imizwa yakho
    .alt = Ibheji eliyindilinga elinenhliziyo phakathi nendawo, nezintambo ezimbili ngaphansi kwalo.
