## Words used across the app.

quiz-correct = Wenze kahle! Kulungile.
quiz-partly = Okunye kulungile ({ $score }%). Bheka izimpendulo, bese uzama futhi.
quiz-not-yet = Akukalungi. Bheka izimpendulo, bese uzama futhi.

## Avatars a learner can pick. Each name is also the picture's alt text.

avatar-cat = Ikati elimamathekayo
avatar-fish = Inhlanzi eluhlaza okwesibhakabhaka
avatar-kite = Ikhayithi elibomvu esibhakabhakeni
avatar-star = Inkanyezi ephuzi
avatar-sun = Ilanga elikhanyayo
avatar-tree = Isihlahla esiluhlaza okotshani

## Home screen. $nickname is the learner's nickname; $lessons the lessons they finished.

home-welcome = { $lessons ->
        [0] Sawubona, { $nickname }! Khetha isifundo ukuze uqale.
        [one] Siyakwamukela futhi, { $nickname }! Usuqede isifundo esingu-{ $lessons }.
       *[other] Siyakwamukela futhi, { $nickname }! Usuqede izifundo ezingu-{ $lessons }.
    }

quiz-reveal = Akukalungi. Bheka impendulo efanele, bese uqhubeka.

## Pictures for a picture password. Each name is also the picture's alt text.

picture-apple = I-apula elibomvu
picture-ball = Ibhola eliluhlaza okwesibhakabhaka
picture-boat = Isikebhe esinoseyili ophuzi
picture-car = Imoto ensomi
picture-fish = Inhlanzi esawolintshi
picture-flower = Imbali ephuzi
picture-house = Indlu enophahla olubomvu
picture-moon = Inyanga ephuzi
picture-tree = Isihlahla esiluhlaza okotshani
