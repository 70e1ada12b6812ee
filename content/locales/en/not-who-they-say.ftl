## Module: not who they say they are (ages 6 to 9)

not-who-they-say-title = Not who they say they are
    .alt = A child holds a tablet. Next to the child is a player's picture card with a smiling child's face. Behind the card is a tall grey shape of a person.
not-who-they-say-summary = Learn that people online can pretend to be someone else, how to spot warning signs, and what you can do.

## Lesson 1: who is really there?

not-who-they-say-1-title = Who is really there?

not-who-they-say-1-meet-mwila = This is Mwila. Mwila plays a drawing game on a tablet. A player called Kiki writes to her: "Hi! I am a girl and I am 8. Let's be friends!" Kiki's picture shows a smiling girl.
    .easy = This is Mwila. She plays a game on a tablet. A player called Kiki writes: "I am a girl. I am 8." The photo shows a girl.
    .alt = Mwila, a girl with black hair, smiles. Next to her is a big tablet. On the screen is Kiki's picture card with a smiling girl's face, and a chat message.

not-who-they-say-1-can-be-fake = Online, you cannot see who is really there. Anyone can write any name. Anyone can use any picture. Anyone can say any age. The smiling girl in the picture may not be Kiki at all.
    .easy = Online, you can not see who is there. A name can be made up. A photo can be made up. An age can be made up.
    .alt = A player's picture card shows a smiling child's face. Behind the card is a tall grey shape of a person. We cannot see who it is. An orange warning sign is next to it.

not-who-they-say-1-grown-up-kid = So a "kid" in a game may really be a grown-up. Most people online are kind. But some people pretend to be someone else. They want to trick or hurt children.
    .easy = A "kid" in a game can be a grown-up. Most people are kind. Some people lie. They want to trick or hurt kids.
    .alt = The picture card with a child's face again. The grey shape behind it is much taller than a child. The orange warning sign is next to it.

not-who-they-say-1-stay-safe = You do not have to find out who is really there. You can keep safe with everyone online. Keep your private things private. If something feels strange, stop and tell a grown-up you trust.
    .easy = You do not need to know who it is. Keep your things safe with all people online. It feels odd? Stop. Tell a grown-up you trust.
    .alt = Mwila stands next to her mum. They both smile. Mwila holds the tablet. A padlock is on the screen.

not-who-they-say-1-quiz-picture = Kiki's picture shows a girl. So Kiki is a girl. Is that true or false?
    .easy = The photo shows a girl. So Kiki is a girl. True or false?
    .alt = The tablet shows Kiki's picture card with a smiling girl's face.
    .hint = Can anyone use any picture online?
not-who-they-say-1-quiz-picture-true = True
    .feedback = Not quite. Anyone can use any picture. A picture does not show who is really there.
not-who-they-say-1-quiz-picture-false = False
    .feedback = Yes. A picture can be fake. You cannot be sure who is really there.

not-who-they-say-1-quiz-made-up = What can a person make up online? Pick all the right answers.
    .easy = What can a person make up online? Pick all that are right.
    .alt = The picture card with a child's face. A tall grey shape is behind it, and an orange warning sign is next to it.
    .hint = Think about Kiki's name, picture and age.
not-who-they-say-1-quiz-made-up-name = A name
    .feedback = Yes. Anyone can write any name.
not-who-they-say-1-quiz-made-up-picture = A picture
    .feedback = Yes. Anyone can use a picture of someone else.
not-who-they-say-1-quiz-made-up-age = An age
    .feedback = Yes. A grown-up can write "I am 8".
not-who-they-say-1-quiz-made-up-nothing = Nothing. Everything online is true.
    .feedback = Not quite. A name, a picture and an age can all be made up.

## Lesson 2: warning signs

not-who-they-say-2-title = Warning signs

not-who-they-say-2-meet-jordan = This is Leo. Leo plays a football game. A player called Ace writes to him: "You are so good! You are my best friend!" Ace only met Leo today. Then Ace gives Leo 500 game coins.
    .easy = This is Leo. Leo plays a football game. A player called Ace writes: "You are my best friend!" Ace gives Leo game coins.
    .alt = Leo, a boy with dark brown skin, smiles. Next to him is a tablet. On the screen are a chat message, a red heart and a pile of gold coins. Ace's picture is a cartoon cat.

not-who-they-say-2-secret-chat = Then Ace writes: "Let's talk in a private chat. Don't tell your mum and dad. It is our secret." Leo feels strange. What is happening here?
    .easy = Ace writes: "Come to a private chat. Don't tell your mum and dad. It is our secret." Leo feels odd.
    .alt = The tablet shows a chat message. An arrow points from the message to a closed door with a padlock. A small face holds a finger to its lips.

not-who-they-say-2-warning-signs = Ace shows warning signs. Someone is very nice very fast. Someone gives you gifts or game coins. Someone asks you to keep a secret from your grown-ups. Someone asks you to move to a private chat. When you see a warning sign, stop.
    .easy = Watch out when someone is very nice, very fast. Or gives you gifts or coins. Or says: "Keep it a secret." Or says: "Come to a private chat." See a sign like this? Stop.
    .alt = Four pictures in a row, each with an orange warning sign above it: a red heart, a pile of gold coins, a face with a finger on its lips, and a closed door with a padlock.

not-who-they-say-2-what-to-do = What can Leo do? He does not answer. He does not share private things. He shows the screen to his grandad, a grown-up he trusts. Together they block and report Ace. Even if you took the coins, you can still tell. If someone tries to trick you, it is never your fault.
    .easy = Do not answer. Do not share your things. Show a grown-up you trust. Block and report with them. You took the coins? You can still tell. It is never your fault.
    .alt = Leo holds out the tablet to his grandad. His grandad has grey hair. They both smile.

not-who-they-say-2-quiz-jordan = Ace asks Leo to keep a secret and to go to a private chat. Which picture shows the best thing to do?
    .easy = What should Leo do? Pick a picture.
    .alt = The tablet shows Ace's message, an arrow to a closed door with a padlock, and a face with a finger on its lips.
    .hint = Look for a grown-up you trust.
not-who-they-say-2-quiz-jordan-write-back = Leo writes back in the private chat.
    .alt = Leo looks at the tablet. The screen shows two chat messages and a closed door with a padlock.
    .feedback = Not this one. A private chat is a warning sign. Do not go there. Tell a grown-up you trust.
not-who-they-say-2-quiz-jordan-show-grown-up = Leo shows the screen to his grandad.
    .alt = Leo holds out the tablet to his smiling grandad.
    .feedback = Yes! Leo tells a grown-up he trusts. They can block and report Ace together.
not-who-they-say-2-quiz-jordan-hide-tablet = Leo hides the tablet under his pillow and tells no one.
    .alt = Leo looks sad. The tablet is under a pillow on his bed.
    .feedback = Not this one. Hiding it keeps Ace's secret. This secret is not OK to keep. Tell a grown-up you trust. It is never your fault.

not-who-they-say-2-quiz-order = What do you do when you see a warning sign? Put the steps in order.
    .easy = Put the steps in order.
    .alt = Leo and his grandad stand next to the tablet. The screen shows a red block sign and an orange report flag.
    .hint = First stop. Then get help. Then make it safe.
not-who-they-say-2-quiz-order-stop = Stop. Do not answer.
    .feedback = First, stop. You do not have to answer.
not-who-they-say-2-quiz-order-tell = Tell a grown-up you trust.
    .feedback = Next, tell a grown-up you trust. You can say it, write it, sign it or show the screen.
not-who-they-say-2-quiz-order-block-report = Block and report the player together.
    .feedback = Last, your grown-up can help you block and report the player.

not-who-they-say-badge = Sharp eyes
    .alt = A round badge with a pair of eyes behind a mask in the middle and two ribbons below.
