## Amagama ohlelo uqobo (izinkinobho, amalebula, izihloko zezikrini, imilayezo yamaphutha).
## Okusalungiswa: akekho osikhulumayo olibheke okwamanje (pack.toml: status = "draft").

## Frame

ui-app-name = SafeSteps
ui-opening = I-SafeSteps iyavuleka
ui-open-failed = I-SafeSteps ayikwazanga ukuvula imininingwane yayo. Sicela uqale kabusha uhlelo.
ui-back = Emuva
ui-quick-exit = Phuma ngokushesha
ui-quick-exit-help = Ishiya lesi sikrini ngokushesha
ui-problem = Inkinga: { $text }
ui-ok = Kulungile
ui-on = Kuvuliwe
ui-off = Kuvaliwe
ui-close = Vala
ui-done = Kuqediwe
ui-save = Londoloza
ui-clear = Sula
ui-choose = Khetha
ui-chosen = Kukhethiwe
ui-undo = Hlehlisa
ui-start = Qala
ui-create = Dala
ui-open = Vula
ui-thank-you = Ngiyabonga
ui-something-went-wrong = Kukhona okungahambanga kahle. Sicela uzame futhi.
ui-draft-language = { $language } (ukuhumusha okusalungiswa)
ui-draft-note = Lokhu kuhumusha kusalungiswa: akekho osikhulumayo okuhlolile okwamanje.

## Learner picker

ui-who-is-learning = Ubani ofundayo?
ui-new-learner = Umfundi omusha
ui-nickname = Igama lokudlala
ui-nickname-help = Igama elenziwe. Hhayi igama lakho langempela, inombolo yocingo noma i-imeyili.
ui-privacy-note = I-SafeSteps yazi kuphela igama lokudlala nesithombe osikhethile, kule divayisi. Ungalokothi usebenzise igama langempela.
ui-pick-avatar = Zikhethele isithombe
ui-age = Iminyaka
ui-age-not-given = Akushiwongo
ui-ages-6-9 = Iminyaka eyi-6 kuya kweyi-9
ui-ages-10-14 = Iminyaka eyi-10 kuya kweyi-14
ui-ages-15-17 = Iminyaka eyi-15 kuya kweyi-17
ui-create-profile = Yenza iphrofayela yami
ui-sign-in = Ngena
ui-tap-your-pictures = { $nickname }, thepha izithombe zakho ngokulandelana.
ui-pictures-tapped = { $count ->
        [one] Kuthephwe isithombe esingu-{ $count }
       *[other] Kuthephwe izithombe ezingu-{ $count }
    }
ui-not-right-try-again = Lokho bekungalungile. Zama futhi.
ui-wait-seconds = { $seconds ->
        [one] Sicela ulinde isekhondi elingu-{ $seconds }, bese uzama futhi.
       *[other] Sicela ulinde amasekhondi angu-{ $seconds }, bese uzama futhi.
    }
ui-get-help = Thola usizo
ui-get-help-now = Thola usizo manje
ui-for-adults = Okwabantu abadala
ui-for-caregivers = Okwabazali nabanakekeli
ui-for-teachers = Okothisha

## Home

ui-your-lessons = Izifundo zakho
ui-more-lessons = Ezinye izifundo
ui-badges = Amabheji
ui-settings = Izilungiselelo
ui-switch-learner = Shintsha umfundi
ui-i-need-help = Ngidinga usizo
ui-lessons-done = Izifundo eziqediwe: { $done } kwezingu-{ $total }
ui-badge-earned = Ibheji litholakele
ui-badge-named = Ibheji: { $name }
ui-go-on = Qhubeka
ui-assigned = Kuvela kuthisha wakho
ui-assigned-due = Kuvela kuthisha wakho. Qeda ngo-{ $date }.
ui-assigned-due-soon = Kuvela kuthisha wakho. Qeda maduze: ngo-{ $date }.
ui-assigned-overdue = Kuvela kuthisha wakho. Bekufanele kuqedwe ngo-{ $date }.
ui-assigned-done = Kuvela kuthisha wakho. Kuqediwe!
ui-locked-finish-first = Kukhiyiwe. Qala uqede lokhu: { $modules }
ui-locked = Qala uqede amanye amamojuli
ui-not-for-age = Okwelinye iqembu leminyaka
ui-state-available = Kulungele ukuqala
ui-state-in-progress = Kuqaliwe
ui-state-completed = Kuqediwe
ui-state-mastered = Kuqediwe, ngamamaki aphezulu

## Lesson

ui-step-n-of-m = Isinyathelo { $number } kwezingu-{ $total }
ui-resumed-at = Siyakwamukela futhi. Usesinyathelweni { $number }.
ui-lesson-n = Isifundo { $number }
ui-audio-available = Lalela (amagama afanayo abhalwe lapha)
ui-easy-read = Amagama alula
ui-full-text = Umbhalo ophelele
ui-captions = Imibhalo engezansi
ui-captions-on = Imibhalo engezansi: ivuliwe
ui-captions-off = Imibhalo engezansi: ivaliwe
ui-sign-video = Ividiyo yolimi lwezandla
ui-sign-video-in = Ividiyo yolimi lwezandla: { $language }
ui-sign-video-switch = Bonisa nge-{ $language }
ui-video-not-recorded = Ividiyo ye-{ $language } ayikaqoshwa. Amagama nesithombe kusho okufanayo.
ui-video-play = Dlala
ui-video-pause = Misa kancane
ui-video-replay = Dlala futhi
ui-what-to-do = Okufanele ukwenze
ui-lesson-finished = Usiqedile lesi sifundo!
ui-module-finished = Uliqedile lonke imojuli!
ui-new-badge = Uthole ibheji: { $name }
ui-you-earned-a-badge = Uthole ibheji!
ui-steps-seen = Izinyathelo ezibonwe: { $seen } kwezingu-{ $total }
ui-questions-right = Imibuzo ephendulwe kahle: { $passed } kwengu-{ $total }
ui-previous = Isinyathelo esidlule
ui-next = Okulandelayo
ui-finish = Qeda
ui-start-again = Qala futhi
ui-back-to-start = Buyela ekuqaleni

## Quiz

ui-choose-one = Khetha impendulo eyodwa.
ui-choose-several = Khetha zonke izimpendulo ezilungile.
ui-choose-picture = Khetha isithombe esisodwa.
ui-true-or-false = Kuyiqiniso noma akulona?
ui-choose-in-order = Kubeke ngokulandelana okulungile. Sebenzisa imicibisholo ukukuhambisa.
ui-tries-left = { $count ->
        [one] Kusele ithuba elingu-{ $count }
       *[other] Kusele amathuba angu-{ $count }
    }
ui-show-hint = Bonisa isicebiso
ui-hint-is = Isicebiso: { $hint }
ui-check-answer = Hlola impendulo yami
ui-try-again = Zama futhi
ui-option-right = Kulungile
ui-option-wrong = Akulungile
ui-right-order = Ukulandelana okulungile:
ui-move-up = Khuphula u-{ $option }
ui-move-down = Ehlisa u-{ $option }
ui-place-n = { $number }.
ui-answers-for-learners = Izimpendulo zihlolwa kubafundi kuphela.

## Badges

ui-badges-count = Amabheji atholiwe: { $earned } kwangu-{ $total }
ui-earned = Kutholiwe
ui-still-to-earn = Kusazotholwa
ui-not-yet = Akukakatholakali: qeda imojuli
ui-no-badges = Alikho ibheji okwamanje. Qeda imojuli ukuze uthole elilodwa.

## Settings

ui-text-language = Ulimi lombhalo
ui-same-as-app = Njengohlelo
ui-same-as-device = Njengale divayisi
ui-sign-language = Ulimi lwezandla
ui-sign-language-none = Ayikho ividiyo yolimi lwezandla
ui-sign-pks = Ulimi Lwezandla lwasePakistan
ui-sign-sfs = Ulimi Lwezandla lwaseNingizimu Afrika
ui-sign-zsl = Ulimi Lwezandla lwaseZambia
ui-sign-bfi = Ulimi Lwezandla lwaseBrithani
ui-sign-ase = Ulimi Lwezandla lwaseMelika
ui-accessibility = Ukufunda, ukubona nokuzwa
ui-sign-video-first = Bonisa ividiyo yolimi lwezandla kuqala
ui-captions-setting = Imibhalo engezansi kumavidiyo
ui-easy-read-setting = Amagama alula
ui-larger-text = Umbhalo omkhulu
ui-reduced-motion = Ukunyakaza okuncane
ui-no-audio = Awukho umsindo
ui-picture-password = Iphasiwedi yezithombe
ui-has-picture-password = Unayo iphasiwedi yezithombe.
ui-no-picture-password = Ayikho iphasiwedi yezithombe: noma ubani kule divayisi angavula izifundo zakho.
ui-picture-password-pick = Thepha izithombe ezi-3 kuya kwezi-6 ngokulandelana. Kuthephwe ezingu-{ $count }.
ui-picture-password-remove = Susa iphasiwedi yezithombe
ui-picture-password-saved = Iphasiwedi yezithombe ilondoloziwe.
ui-picture-password-removed = Iphasiwedi yezithombe isusiwe.

## Help and pathways

ui-what-happened = Kwenzenjani?
ui-where-are-you = Ukuphi?
ui-country = Izwe
ui-choose-country = Khetha izwe
ui-who-can-help = Ubani ongasiza
ui-help-contacts = Abantu bokuxhumana ngosizo
ui-deaf-accessible-only = Izindlela ezisebenza ngaphandle kokuzwa kuphela
ui-open-now-only = Lezo ezivuliwe manje kuphela
ui-some-to-check = { $count ->
        [one] Oxhumana naye ongu-{ $count } akakahlolwa. Kubhalwe ukuthi "Hlola le nombolo".
       *[other] Abaxhumana nabo abangu-{ $count } abakahlolwa. Kubhalwe ukuthi "Hlola le nombolo".
    }
ui-no-contacts = Akekho ofanayo. Vala isihlungi, noma khetha elinye izwe.
ui-check-this-number = Hlola le nombolo
ui-check-before-relying = Hlola le nombolo ngaphambi kokuthi uthembele kuyo.
ui-deaf-support = Isiza abantu abangezwa nabezwa kancane
ui-hours-unknown = Izikhathi zokuvula azaziwa
ui-works-without-hearing = Isebenza ngaphandle kokuzwa
ui-source = Umthombo: { $source } ({ $date })
ui-dial-code-help = Bhala le khodi kuhlelo lweFoni.
ui-numbered-step = { $number }. { $text }

## Caregivers

ui-caregivers-title = Abazali nabanakekeli
ui-worried-about-child = Uma ukhathazekile ngengane
ui-think-about = Cabanga ngalokhu: { $text }

## Teachers

ui-teacher-area = Indawo kathisha
ui-teachers-pin = Othisha (i-PIN)
ui-choose-pin = Khetha i-PIN kathisha
ui-set-pin = Beka i-PIN
ui-pin-only-numbers = Izinombolo kuphela, okungenani ezi-4.
ui-pin-why = Izingane azikwazi ukuvula le ndawo ngaphandle kwayo.
ui-pin-wait-note = Ngemva kwe-PIN engalungile ulinda isikhathi eside kancane njalo.
ui-enter-pin = Faka i-PIN kathisha
ui-pin = I-PIN
ui-new-pin = I-PIN entsha
ui-pin-again = I-PIN efanayo futhi
ui-pins-differ = Ama-PIN womabili awafani.
ui-recovery-code-title = Ikhodi yakho yokubuyisa
ui-recovery-code-help = Yibhale ephepheni uyigcine iphephile. Iboniswa kanye kuphela. Ngayo ungabeka i-PIN entsha.
ui-written-down = Ngiyibhalile
ui-lock = Khiya indawo kathisha
ui-classes = Amakilasi
ui-class-name = Igama lekilasi
ui-new-class-name = Igama lekilasi elisha
ui-create-class = Dala ikilasi
ui-class-learners = { $count ->
        [one] Umfundi ongu-{ $count }
       *[other] Abafundi abangu-{ $count }
    }
ui-learners = Abafundi
ui-modules = Amamojuli
ui-report = Umbiko
ui-report-csv = Umbiko njenge-CSV
ui-aggregate-csv = Isifinyezo esingenawo amagama (CSV)
ui-manage = Nikeza umsebenzi futhi wengeze abafundi
ui-assign-module = Nikeza leli kilasi imojuli
ui-add-learner = Engeza umfundi
ui-remove-from-class = Khipha u-{ $nickname } ku-{ $class }
ui-assignments = Imisebenzi
ui-new-assignment = Umsebenzi omusha
ui-assign = Nikeza
ui-assign-for = Okuka
ui-target-class = Ikilasi: { $name }
ui-target-group = Iqembu: { $name }
ui-target-learner = Umfundi: { $name }
ui-due-date = Usuku lokugcina
ui-due = Kufanele
ui-due-on = Kufanele ngo-{ $date }
ui-nothing-assigned = Akukho okunikeziwe okwamanje.
ui-assignment-for = { $count ->
        [one] Oka-{ $target } · umfundi ongu-{ $count }
       *[other] Oka-{ $target } · abafundi abangu-{ $count }
    }
ui-withdraw = Hoxisa
ui-withdrawn = Kuhoxisiwe
ui-report-for = Umbiko: { $class }
ui-report-learner = { $nickname }: amamojuli anikeziwe aqediwe { $completed } kwangu-{ $assigned }, angu-{ $mastered } ngamamaki aphezulu
ui-report-learner-activity = Izimpendulo ezingu-{ $attempts } · imizuzu engu-{ $minutes }
ui-report-module = { $module }: abaqalile { $started }, abaqedile { $completed }, ngamamaki aphezulu { $mastered }, kwabangu-{ $assigned }
ui-report-score = Amaphuzu okuzama kokuqala { $percent }%
ui-report-no-answers = Azikho izimpendulo okwamanje
ui-report-gain = Ukuhlolwa kolwazi: { $before }% ngaphambili, { $after }% ngemuva
ui-report-questions = Imibuzo ephendulwe kabi kakhulu
ui-report-question = "{ $question }": izimpendulo ezingalungile { $wrong } kwezingu-{ $attempts }
ui-report-top-wrong = Okukhethwe kakhulu: { $option } (izikhathi ezingu-{ $count })
ui-share-with-devices = Yabelana namanye amadivayisi
ui-share-help = Amafayela asuka kwenye idivayisi aye kwenye (ngekhebula, ngekhadi lememori, ngokwabelana okuseduze); ayisetshenziswa inethiwekhi noma i-akhawunti. Ifayela ngalinye liyahlolwa ngaphambi kokuthi kungeniswe lutho.
ui-export-assignments = Yenza ifayela lemisebenzi lamadivayisi abafundi
ui-export-progress = Yenza ifayela lenqubekela phambili labafundi bale divayisi
ui-pieces-ready = { $count ->
        [one] Ingxenye engu-{ $count } ilondolozwe kufolda yezinqwaba zohlelo.
       *[other] Izingxenye ezingu-{ $count } zilondolozwe kufolda yezinqwaba zohlelo.
    }
ui-send-file = Thumela i-{ $file }
ui-import-bundle = Ngenisa ifayela elivela kwenye idivayisi
ui-import-pieces = Ngenisa izingxenye zenqwaba
ui-pieces-received = Izingxenye ezitholiwe: { $received } kwezingu-{ $total }
ui-imported = Kungeniswe kusuka ku-{ $device }: abafundi abasha abangu-{ $learners }, imiphumela emisha engu-{ $events } (engu-{ $already } ibikhona kakade), kushintshwe imisebenzi engu-{ $assignments } namakilasi angu-{ $classes }.
ui-pair-device = Xhuma nenye idivayisi
ui-pair-code = Ikhodi: { $code }
ui-paired-teacher = Idivayisi kathisha
ui-paired-learner = Idivayisi yomfundi

## Error messages

ui-error-not-found = Lokhu akutholakalanga. Kungenzeka kususiwe.
ui-error-invalid-input = Uhlelo lucele into i-SafeSteps engakwazi ukuyenza. Akukho okushintshiwe.
ui-error-name-refused = Sicela ukhethe elinye igama. Sebenzisa igama elenziwe, elingenayo inombolo yocingo noma i-imeyili.
ui-error-name-refused-empty = Sicela ubhale igama.
ui-error-name-refused-too-long = Leli gama lide kakhulu. Sicela ukhethe elifushane.
ui-error-name-refused-contact = Igama alinakuba nenombolo yocingo noma i-imeyili. Sicela usebenzise igama elenziwe.
ui-error-name-refused-hidden = Leli gama linezinhlamvu ezifihliwe. Sicela ulibhale futhi.
ui-error-pin-format = Le PIN ayinakusetshenziswa. Sebenzisa izinombolo kuphela, okungenani ezi-4.
ui-error-pin-format-current-needed = Bhala i-PIN onayo manje ukuze uyishintshe.
ui-error-pin-format-recovery-code = Le khodi yokubuyisa ayibukeki ilungile. Yihlole uyibhale futhi.
ui-error-pin-format-picture-password = Khetha izithombe ezi-3 kuya kwezi-6 kusuka kugridi.
ui-error-answer-shape = Le mpendulo ayinakuhlolwa. Khetha ezimpendulweni ezibonisiwe bese uzama futhi.
ui-error-unknown-locale = Lolu limi, ulimi lwezandla noma izwe akwaziwa yi-SafeSteps.
ui-error-unknown-locale-country-needed = Khetha izwe ukuze ubone ukuthi ubani ongasiza lapho.
ui-error-bundle-refused = Leli fayela alinakusetshenziswa. Akukho okungeniswe kulo. Cela ifayela elisha kudivayisi exhunyiwe.
ui-error-bundle-refused-pairing = Ikhodi ayifani. Hlola ukuthi zombili izikrini zibonisa ikhodi efanayo bese uzama futhi.
ui-error-content-invalid = Le phakethe lokuqukethwe alinakusetshenziswa. Izifundo onazo zihlala zinjalo.
ui-error-content-invalid-old-pack-format = Le phakethe lokuqukethwe lenzelwe i-SafeSteps endala. Licele futhi, lenziwe ngamathuluzi amasha. Kuze kube yilapho, kusetshenziswa izifundo ezakhelwe kuhlelo.
ui-error-content-invalid-newer-pack-format = Le phakethe lokuqukethwe lidinga i-SafeSteps entsha. Sicela ubuyekeze uhlelo. Kuze kube yilapho, izifundo onazo zihlala zinjalo.
ui-error-storage = I-SafeSteps ayikwazanga ukulondoloza noma ukufunda imininingwane yayo. Akukho okwenze ngaphambili okulahlekile. Sicela uzame futhi.
ui-error-storage-full = Le divayisi igcwele. Akukho okulondoloziwe. Khulula isikhala bese uzama futhi.
ui-error-database-too-new = Le mininingwane ivela ku-SafeSteps entsha. Sicela ubuyekeze uhlelo.
ui-error-locked = Lokhu kudinga i-PIN, noma ukulinda kancane. Akukho okwenziwe.
ui-error-locked-wrong-pin = { $seconds ->
        [0] Leyo PIN ibingalungile. Zama futhi.
        [one] Leyo PIN ibingalungile. Zama futhi ngemva kwesekhondi elingu-{ $seconds }.
       *[other] Leyo PIN ibingalungile. Zama futhi ngemva kwamasekhondi angu-{ $seconds }.
    }
ui-error-locked-wrong-recovery-code = { $seconds ->
        [0] Leyo khodi yokubuyisa ibingalungile. Zama futhi.
        [one] Leyo khodi yokubuyisa ibingalungile. Zama futhi ngemva kwesekhondi elingu-{ $seconds }.
       *[other] Leyo khodi yokubuyisa ibingalungile. Zama futhi ngemva kwamasekhondi angu-{ $seconds }.
    }
ui-error-locked-wait = { $seconds ->
        [one] Sicela ulinde isekhondi elingu-{ $seconds }, bese uzama futhi.
       *[other] Sicela ulinde amasekhondi angu-{ $seconds }, bese uzama futhi.
    }
ui-error-locked-no-pin = Ayikho i-PIN kathisha esethiwe kule divayisi okwamanje.
ui-error-locked-session-ended = Indawo kathisha ikhiyiwe. Faka i-PIN futhi.
ui-error-locked-erased = Imodi kathisha isusiwe kule divayisi. Beka i-PIN entsha.
ui-error-internal = Kukhona okungahambanga kahle ngaphakathi kwe-SafeSteps. Akukho okushintshiwe. Sicela uzame futhi.
ui-error-closed = I-SafeSteps ivaliwe. Sicela uyivule futhi.
ui-error-database-corrupt = Imininingwane ye-SafeSteps yonakele. Akukho okushintshiwe. Uhlelo lungayibeka eceleni luqale kabusha.
ui-error-foreign-database = Leli fayela ngelolunye uhlelo. Alishintshwanga.
ui-error-database-read-only = I-SafeSteps ayikwazi ukubhala imininingwane yayo lapha. Akukho okushintshiwe.
