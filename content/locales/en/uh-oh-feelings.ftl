## Module: my uh-oh feelings (ages 6 to 9)

uh-oh-feelings-title = My uh-oh feelings
    .alt = A girl with a worried face. A red swirl on her tummy and a beating red heart show an uh-oh feeling. Next to her is a big open hand.
uh-oh-feelings-summary = Learn to notice your uh-oh feelings, to know good secrets from bad secrets, and to pick the grown-ups you can always tell.

## Lesson 1: my uh-oh feelings

uh-oh-feelings-1-title = My uh-oh feelings

uh-oh-feelings-1-meet-chanda = This is Chanda. Chanda watches cartoons on the tablet. One day, a new video starts by itself. It is not a cartoon. It is strange and scary. Chanda does not like it.
    .easy = This is Chanda. Chanda likes to watch cartoons. A new video starts. It is scary. Chanda does not like it.
    .alt = Chanda, a girl with black hair, looks worried. Next to her is a tablet with a dark screen and grey shapes on it.

uh-oh-feelings-1-body = Chanda's tummy feels tight. Her heart beats fast. Her hands feel hot. This is an uh-oh feeling. Your body can tell you when something is not OK.
    .easy = Chanda's tummy feels tight. Her heart beats fast. This is an uh-oh feeling. Your body tells you: this is not OK.
    .alt = A big picture of a child with a worried face. There is a red swirl on the tummy, a red heart with lines to show it beating fast, and red circles around the hands.

uh-oh-feelings-1-thabo = This is Sipho. Sipho plays a game. Another player writes mean words to him. The next day, the player does it again, and again. Sipho feels sad, and his heart beats fast. Sipho has an uh-oh feeling too.
    .easy = This is Sipho. A player writes mean words to him. The player does it again and again. Sipho has an uh-oh feeling.
    .alt = Sipho, a boy with dark brown skin, looks sad. Next to him is a tablet with three messages. Each message has a red border and a red zigzag line.

uh-oh-feelings-1-trust = Trust your uh-oh feeling. It is there to help you. When you get an uh-oh feeling online, you can stop. You can close the video or turn the tablet over. Then go to a grown-up you trust and tell them.
    .easy = Trust your uh-oh feeling. Stop. Close it, or turn the tablet over. Go to a grown-up you trust. Tell them.
    .alt = A tablet lies face down on a table. Chanda walks away from it, toward a smiling grown-up. An arrow points from Chanda to the grown-up.

uh-oh-feelings-1-bullying-help = If someone online is mean to you again and again, like Sipho, that is bullying. It is never your fault. A grown-up you trust can help you. The help section shows who else can help in your country. Look at it with your grown-up.
    .easy = Someone is mean to you again and again? That is bullying. It is never your fault. Look at the help page with a grown-up you trust.
    .alt = A hand taps a help button with a heart on a tablet screen.

uh-oh-feelings-1-quiz = When you get an uh-oh feeling online, you should keep it to yourself. Is that true or false?
    .easy = You get an uh-oh feeling online. Keep it to yourself. True or false?
    .alt = Chanda's tablet lies face down. Chanda walks to a smiling grown-up.
    .hint = What did Chanda do?
uh-oh-feelings-1-quiz-true = True
    .feedback = Not quite. Uh-oh feelings are important. Do not keep them to yourself. Tell a grown-up you trust.
uh-oh-feelings-1-quiz-false = False
    .feedback = Yes. Trust your uh-oh feeling. Stop, and tell a grown-up you trust.

## Lesson 2: secrets and my helping hand

uh-oh-feelings-2-title = Secrets and my helping hand

uh-oh-feelings-2-good-secret = Some secrets are good. Sami and his big sister are planning a surprise party for their gran. They keep it secret for a few days. A good secret is a surprise. It is happy, and everyone finds out soon.
    .easy = Some secrets are good. A surprise party is a good secret. It is fun. All will know soon.
    .alt = Two smiling children stand next to a birthday cake with three candles and a red present with a yellow ribbon.

uh-oh-feelings-2-bad-secret = Some secrets are not OK. A secret that makes you feel worried, sad or scared is not OK. If someone online says "Don't tell anyone", that is an uh-oh moment. You can always tell a grown-up you trust, even if you promised to keep the secret.
    .easy = Some secrets are not OK. A secret that makes you feel bad is not OK. You can always tell a grown-up you trust. Even if you said you would not.
    .alt = A girl with yellow hair looks sad. Next to her is a message box with a grey cloud above it. In the box are a face with a finger on its lips and a padlock.

uh-oh-feelings-2-helping-hand = Make your helping hand. Draw around your hand on paper. On each finger, put one grown-up you trust. For example: your mum, dad or carer, your teacher, your aunt, your grandad, a friend's mum. Pick grown-ups you can tell anything. If one grown-up does not help, tell the next one.
    .easy = Draw your hand. On each finger, put one grown-up you trust. You can tell them all things. If one does not help, tell the next one.
    .alt = A big open hand. On each of the five fingers is the small smiling face of a different grown-up.

uh-oh-feelings-2-lindiwe = There are many ways to tell. You can say it, write it, sign it or draw it. You can show the screen. You do not have to look at it again. Lindiwe is deaf. She signs to her dad: "Something online gave me an uh-oh feeling." Then she gives him the tablet.
    .easy = You can tell in lots of ways. Say it. Write it. Sign it. Draw it. Show the screen. Lindiwe is deaf. She signs to her dad.
    .alt = Lindiwe, a girl with black hair, moves her hands to sign. Her dad smiles and watches her hands. Next to them are a paper with a pencil and a tablet.

uh-oh-feelings-2-never-your-fault = If something online gives you an uh-oh feeling, it is never your fault. It is not your fault if you clicked on something. It is not your fault if you kept a secret for a while. Telling is brave, and it is always OK to tell.
    .easy = It is never your fault. Not if you clicked on a thing. Not if you kept a secret. To tell is brave. It is always OK to tell.
    .alt = A smiling grown-up puts an arm around a smiling girl with yellow hair. A big red heart is above them.

uh-oh-feelings-2-quiz-ellie = A player writes to Ellie: "I have a prize for you. But it is our secret. Don't tell your mum." Ellie gets an uh-oh feeling. What can Ellie do?
    .easy = A player writes: "I have a prize for you. Don't tell your mum. It is our secret." Ellie has an uh-oh feeling. What can she do?
    .alt = Ellie, a girl with yellow hair, looks unsure. Next to her is a tablet with a chat message, a red present and a face with a finger on its lips. The player's picture is a cartoon cat.
    .hint = Is this a good secret or a bad secret?
uh-oh-feelings-2-quiz-ellie-keep-secret = Keep the secret and take the prize.
    .feedback = Not this one. A secret that gives you an uh-oh feeling is not OK to keep. A prize can be a trick.
uh-oh-feelings-2-quiz-ellie-tell = Stop, and tell a grown-up from her helping hand.
    .feedback = Yes. This is a bad secret. Ellie can tell her mum or another grown-up she trusts. She can say it, write it, sign it or show the screen. It is never her fault.
uh-oh-feelings-2-quiz-ellie-ask-why = Write back and ask the player why it is a secret.
    .feedback = Not this one. Ellie does not have to answer. Writing more will not make the secret OK. Stop, and tell a grown-up she trusts.

uh-oh-feelings-2-quiz-secret = Which secret is OK to keep?
    .easy = Which secret is OK?
    .alt = Two smiling children next to a birthday cake and a present.
    .hint = A good secret is happy, and everyone finds out soon.
uh-oh-feelings-2-quiz-secret-surprise = A surprise party for Gran on Saturday.
    .feedback = Yes. A surprise is happy, and Gran will find out soon.
uh-oh-feelings-2-quiz-secret-dont-tell = A player in a game writes: "Don't tell your dad we talk."
    .feedback = Not this one. A secret from your grown-ups is not OK. Tell a grown-up you trust.
uh-oh-feelings-2-quiz-secret-where-you-live = Someone online asks where you live and writes: "Keep it secret."
    .feedback = Not this one. Where you live is private. A secret like this is not OK. Tell a grown-up you trust.

uh-oh-feelings-badge = Trust your feelings
    .alt = A round badge with a heart in the middle and two ribbons below.
