## Module: my private information (ages 6 to 9)

private-info-title = Imininingwane yami eyimfihlo
    .alt = Ingane ibambe ifoni. Ilokhi ivikela indlu, isikole nekhadi elinegama.
private-info-summary = Funda ukuthi yiziphi izinto ngawe eziyimfihlo, nokuthi wenzeni uma othile ku-inthanethi ekucela zona.

private-info-1-title = Yini eyimfihlo?

private-info-1-meet-sami = Lona nguSami. USami uthanda ukudlala umdlalo efonini yomndeni. Emdlalweni, uSami angakhuluma nabanye abadlali.
    .easy = Lona nguSami. USami udlala umdlalo efonini. Abanye abadlali bangabhalela uSami.
    .alt = Ingane ihlezi esihlalweni futhi imamatheka ibheke ifoni. Ifoni ikhombisa umdlalo onezilwane zekhathuni.

private-info-1-private-things = Ezinye izinto ngawe ziyimfihlo. Igama lakho eliphelele, ikheli lakho lasekhaya, isikole sakho, inombolo yakho yefoni nezithombe zakho kuyimfihlo. Zinike kuphela abantu obaziyo futhi obathembayo empilweni yangempela.
    .easy = Ezinye izinto ziyimfihlo: igama lakho eliphelele, lapho uhlala khona, isikole sakho, inombolo yakho yefoni, izithombe zakho. Ungazinikezi abantu ku-inthanethi.
    .alt = Izithombe ezinhlanu emugqeni: ikhadi elinegama, indlu, isikole, ifoni nesithombe. Kukhona ilokhi eduze kwesinye nesinye.

private-info-1-game-chat = Umdlali emdlalweni ubhalela uSami: "Unekhono kulo mdlalo! Ufunda esikoleni sini?"
    .easy = Umdlali ubhala: "Ufunda esikoleni sini?"
    .alt = Isikrini sefoni sikhombisa umlayezo wengxoxo ovela kumdlali onesithombe sempungushe yekhathuni. Umlayezo ubuza ngesikole sikaSami.

private-info-1-quiz = USami kufanele enzeni?
    .easy = USami kufanele enzeni?
    .alt = Umlayezo obuza ngesikole sikaSami usesesikrinini.
    .hint = Ingabe igama lesikole sakho liyimfihlo?
private-info-1-quiz-tell-school = Bhala igama lesikole.
    .feedback = Isikole sakho siyimfihlo. Umuntu owazi isikole sakho angakuthola. Kugcinele wena.
private-info-1-quiz-stop-tell-adult = Ungaphenduli, bese utshela umuntu omdala omethembayo.
    .feedback = Yebo. Ungama, ungasho lutho, bese utshela umuntu omdala omethembayo. Angakusiza uvimbe noma ubike lo mdlali.
private-info-1-quiz-send-photo = Thumela isithombe ugqoke iyunifomu yesikole.
    .feedback = Isithombe ugqoke iyunifomu sikhombisa isikole sakho. Izithombe zakho nazo ziyimfihlo. Zigcinele wena.

private-info-1-remember = Uma othile ku-inthanethi ecela izinto eziyimfihlo, ungama futhi uthi cha. Tshela umuntu omdala omethembayo. Uma othile ekucela izinto eziyimfihlo, akulona neze iphutha lakho.
    .easy = Othile ucela izinto eziyimfihlo? Yima. Yithi cha. Tshela umuntu omdala omethembayo. Akulona neze iphutha lakho.
    .alt = USami ukhombisa umuntu omdala omamathekayo ifoni. Umuntu omdala ubheka isikrini futhi unaka uSami.

private-info-badge = Umgcini wemininingwane eyimfihlo
    .alt = Ibheji eliyindilinga elinelokhi phakathi nendawo, nezintambo ezimbili ngaphansi kwalo.

## Knowledge check, before and after the module.

private-info-check-address = Iqiniso noma amanga: Kulungile ukutshela umngane omusha wase-inthanethi lapho uhlala khona.
    .easy = Ungamtshela yini umngane omusha wase-inthanethi lapho uhlala khona?
    .alt = Izithombe ezinhlanu emugqeni: ikhadi elinegama, indlu, isikole, ifoni nesithombe. Kukhona ilokhi eduze kwesinye nesinye.
private-info-check-address-true = Iqiniso
private-info-check-address-false = Amanga
private-info-check-private = Yiziphi kulezi eziyimfihlo? Khetha zonke eziyimfihlo.
    .easy = Yiziphi izinto eziyimfihlo? Khetha zonke.
    .alt = Izithombe ezinhlanu emugqeni: ikhadi elinegama, indlu, isikole, ifoni nesithombe. Kukhona ilokhi eduze kwesinye nesinye.
private-info-check-private-school = Igama lesikole sami
private-info-check-private-phone = Inombolo yami yefoni
private-info-check-private-colour = Umbala engiwuthanda kakhulu
private-info-check-private-home = Ikheli lami lasekhaya
private-info-check-asked = Othile ku-inthanethi ucela inombolo yakho yefoni. Yini engcono kakhulu ongayenza?
    .easy = Othile ku-inthanethi ucela inombolo yakho yefoni. Wenzani?
    .alt = USami ukhombisa umuntu omdala omamathekayo ifoni. Umuntu omdala ubheka isikrini futhi unaka uSami.
private-info-check-asked-answer = Nikeza inombolo.
private-info-check-asked-tell = Ungaphenduli, bese utshela umuntu omdala omethembayo.
private-info-check-asked-keep-secret = Kugcine kuyimfihlo.
