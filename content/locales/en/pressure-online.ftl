## Module: pressure in games and apps, and helping a friend (ages 15 to 17)
## Characters (content/characters.toml): Daniel (15, boy, Zambia, hearing), "Nightfox" (a
## player Daniel has never met) and Daniel's friend from his team (not named).

pressure-online-title = Gifts, secrets and helping a friend
    .alt = A game controller with a small gift box above it. Next to it, two friends talk.
pressure-online-summary = Spot the pressure in games and apps: gifts, secrets and private chats. Learn how to help a friend who tells you something happened to them.

## Lesson 1: gifts, skins and private chats

pressure-online-1-title = Gifts, skins and private chats

pressure-online-1-daniel = Daniel is 15. He plays an online game with a team every evening. A player called Nightfox says he is 15 too. Nightfox sends Daniel rare skins and game coins, and says Daniel is his best teammate. After a month, Nightfox writes: "Let's talk on another app, just us. Don't tell anyone about my gifts. Send me a photo of you, and I'll send more skins."
    .easy = Daniel is 15. He plays a game online. A player called Nightfox gives him skins and coins. Then Nightfox writes: "Let's talk on another app, just us. Don't tell anyone. Send me a photo of you."
    .alt = Daniel, a teenage boy with short hair and a blue hoodie, holds a game controller. On the screen, a gift box and a chat bubble from a player with a fox picture.

pressure-online-1-signs = Some people use games and social apps to groom young people: they build trust so they can pressure you later. Warning signs: gifts, skins or coins you did not ask for; lots of praise; asking to move to a private or secret app; asking you to keep secrets; asking for photos; asking to meet. People can lie about their age and use someone else's photos.
    .easy = Some people give gifts to get your trust. Then they push you. Warning signs: gifts. Lots of praise. A move to a private app. Secrets. Asking for photos. Asking to meet. People can lie about their age.
    .alt = Five small pictures in a row: a gift box, a heart, a lock on a chat bubble, a face with a finger on its lips, and a camera.

pressure-online-1-owe-nothing = A gift does not mean you owe anything. You can say no. You can stop replying. Stay in the game, where others can see the chat, or leave it. Report the account and block it. Tell a trusted adult. It is never your fault if someone tricks you, and you will not be in trouble.
    .easy = A gift does not mean you owe anything. You can say no. You can stop replying. Report and block. Tell a trusted adult. It is never your fault. You will not be in trouble.
    .safety =
        It is never your fault
        you will not be in trouble.
    .alt = A raised hand in a red circle says stop. Next to it, a gift box with a red cross.

pressure-online-1-pathway = If someone online asks you for pictures, the help section shows who can help in your country.
    .easy = Someone asks you for pictures? The help section shows who can help.
    .alt = A signpost with three arrows. Each arrow has a small picture: a gift box, a speech bubble and a shield.

pressure-online-1-quiz-signs = Which of these are warning signs? Pick all the right answers.
    .easy = Which are warning signs? Pick all the right answers.
    .alt = Five small pictures in a row: a gift box, a heart, a lock on a chat bubble, a face with a finger on its lips, and a camera.
    .hint = Think about gifts, secrets and moving away from where others can see.
pressure-online-1-quiz-signs-gifts = Gifts or game coins you did not ask for, and then a favour
    .feedback = Yes. Gifts can be a way to make you feel you owe them.
pressure-online-1-quiz-signs-private-app = Asking you to move to another app, just the two of you
    .feedback = Yes. Moving you away from where others can see is a warning sign.
pressure-online-1-quiz-signs-secret = Asking you to keep your chats a secret
    .feedback = Yes. A real friend does not ask you to hide things from everyone who looks after you.
pressure-online-1-quiz-signs-team-chat = Talking about the game in the team chat, where everyone can see
    .feedback = No. Talking about the game where everyone can see is normal.

pressure-online-1-quiz-daniel = Nightfox asks Daniel for a photo and offers more skins. What should Daniel do?
    .easy = Nightfox wants a photo. What should Daniel do?
    .alt = Daniel holds his game controller. The chat bubble from the fox player is on the screen.
    .hint = Does a gift mean he owes Nightfox anything?
pressure-online-1-quiz-daniel-send = Send one photo, because Nightfox gave him so many gifts.
    .feedback = No. A gift does not mean Daniel owes anything. He does not send a photo.
pressure-online-1-quiz-daniel-tell-block = Say no, tell a trusted adult, and report and block Nightfox.
    .feedback = Yes. Daniel can say no, report and block, and tell an adult he trusts. He is not in trouble.
pressure-online-1-quiz-daniel-move-app = Move to the other app, but only to chat.
    .feedback = No. Moving to a private app is what Nightfox wants. Daniel stays where others can see, or leaves.

## Lesson 2: when a friend tells you

pressure-online-2-title = When a friend tells you

pressure-online-2-friend = After practice, Daniel's friend from his team sits down next to him. His friend says quietly: "Someone is threatening to share a picture of me. I don't know what to do. Please don't tell anyone." Daniel wants to help his friend.
    .easy = Daniel's friend sits next to him. His friend says: "Someone says they will share a picture of me. I don't know what to do." Daniel wants to help.
    .alt = Two teenage boys sit on a wall and talk. Daniel wears a blue hoodie. His friend wears a green shirt and looks worried.

pressure-online-2-listen = Listen. Believe your friend. Stay calm, and thank them for telling you. Tell them: it is not your fault. Do not ask for details they do not want to give.
    .easy = Listen. Believe your friend. Stay calm. Thank them. Tell them: it is not your fault.
    .safety = it is not your fault.
    .alt = Daniel listens and smiles calmly. His friend looks less worried. A pink heart is between them.

pressure-online-2-do-not-share = Keep it private. Do not tell other people or post about it. Do not ask to see the picture. Do not share it. Do not save it. Do not message the person who is threatening your friend.
    .easy = Keep it private. Do not tell other people. Do not ask to see the picture. Do not share it. Do not save it.
    .safety =
        Do not share it.
        Do not save it.
    .alt = A phone with a red cross over it, and a face with a finger on its lips.

pressure-online-2-help-tell = Help your friend tell a trusted adult. Offer to go with them. If your friend is in danger, or might hurt themselves, tell a trusted adult straight away, even if they asked you to keep it secret. Getting help is not betraying them.
    .easy = Help your friend tell a trusted adult. Go with them. Is your friend in danger? Your friend might hurt themselves? Tell an adult straight away. Even if it is a secret.
    .safety = might hurt themselves
    .alt = Daniel and his friend walk together towards a smiling adult who waves hello.

pressure-online-2-look-after-yourself = Hearing this can be upsetting. You might feel angry, sad or scared. That is normal. You do not have to fix it alone. Talk to a trusted adult or a child helpline about how you feel, too.
    .easy = This can upset you. That is normal. You do not have to fix it alone. Talk to a trusted adult or a child helpline too.
    .alt = Daniel sits at a table with his father. They talk. A cup of tea is on the table.

pressure-online-2-pathway = If a friend tells you something happened to them, the help section shows how to help and who you can contact.
    .easy = A friend tells you something happened? The help section shows how to help.
    .alt = A signpost with three arrows. Each arrow has a small picture: two people, a speech bubble and a shield.

pressure-online-2-quiz-order = Put Daniel's steps in the right order.
    .easy = Put the steps in order.
    .alt = Daniel and his friend walk together towards a smiling adult.
    .hint = What does Daniel do first, while his friend is still telling him?
pressure-online-2-quiz-order-listen = Listen to his friend and believe him.
    .feedback = First, listen and believe him.
pressure-online-2-quiz-order-not-fault = Tell his friend it is not his fault.
    .feedback = Next, tell him it is not his fault.
pressure-online-2-quiz-order-adult = Help his friend tell a trusted adult.
    .feedback = Then help him tell a trusted adult. Daniel can go with him.
pressure-online-2-quiz-order-report = With the adult, report the account.
    .feedback = Last, the adult helps them report the account.

pressure-online-2-quiz-daniel = What should Daniel do?
    .easy = What should Daniel do?
    .alt = Two boys sit on a wall and talk.
    .hint = Who can help his friend the most?
pressure-online-2-quiz-daniel-group-chat = Tell their friends in the group chat, so everyone can help.
    .feedback = No. That spreads his friend's private story. Daniel keeps it private and helps his friend tell a trusted adult.
pressure-online-2-quiz-daniel-help-tell = Listen, believe him, and help him tell a trusted adult.
    .feedback = Yes. Daniel listens, believes his friend and goes with him to a trusted adult.
pressure-online-2-quiz-daniel-message-them = Message the person and tell them to stop.
    .feedback = No. Daniel does not message that person. A trusted adult and the platform can act.

pressure-online-badge = Good friend
    .alt = A round badge with two hands holding each other in the middle and two ribbons below.

## Knowledge check: before the module (pre) and after it (post, parallel questions).

pressure-online-check-gifts = True or false: If someone online gives you gifts, you owe them something back.
    .easy = True or false: Someone online gives you gifts. You owe them something.
    .alt = A gift box with a question mark next to it.
pressure-online-check-gifts-true = True
pressure-online-check-gifts-false = False
pressure-online-check-friend = True or false: If a friend tells you someone is threatening them, you can help them tell a trusted adult.
    .easy = True or false: A friend tells you about a threat. You can help them tell a trusted adult.
    .alt = Two friends talk, with a question mark above them.
pressure-online-check-friend-true = True
pressure-online-check-friend-false = False
pressure-online-check-private = True or false: If someone asks you to move to a private app and keep it secret, that is a warning sign.
    .easy = True or false: Someone asks you to go to a private app and keep it secret. That is a warning sign.
    .alt = A chat bubble with a lock and a question mark next to it.
pressure-online-check-private-true = True
pressure-online-check-private-false = False
pressure-online-check-share = True or false: If a friend tells you about a picture, you should ask to see it.
    .easy = True or false: A friend tells you about a picture. Ask to see it.
    .alt = A phone with a question mark next to it.
pressure-online-check-share-true = True
pressure-online-check-share-false = False
