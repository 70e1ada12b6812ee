## Module: kind and safe online (ages 6 to 9)

kind-online-title = Kind and safe online
    .alt = Two children smile. A tablet between them shows a big pink heart. Above the children are two chat bubbles, one with a heart and one with a star.
kind-online-summary = Learn to use kind words online, and what to do if someone is mean to you or to a friend.

kind-online-1-title = Kind words

kind-online-1-meet-lindiwe = This is Lindiwe and her friend Sipho. Sipho is deaf. He signs, and he writes in the class chat. Lindiwe and Sipho like to draw pictures on a tablet and share them with their class.
    .easy = This is Lindiwe and Sipho. Sipho is deaf. He signs. They draw on a tablet. They share what they draw with their class.
    .alt = Two children stand on each side of a tablet. The tablet shows a drawing of a yellow sun and an orange line. The boy on the right moves his hands to sign.

kind-online-1-kind-words = Words on a screen can make people happy or sad, just like words face to face. Kind words help, like "I like your picture!" or "Well done!" Before you send a message, stop and think: will this make my friend feel good?
    .easy = Words on a screen can make people glad. Words can make people sad too. Use kind words. Before you send, stop. Think: is this kind?
    .alt = A child smiles next to a big phone. The phone shows two chat bubbles: one with a pink heart and one with a yellow star.

kind-online-1-mean-message = Sipho shares a drawing. Someone in the class chat writes: "That drawing is bad. Ha ha." Sipho feels sad. Mean words hurt, even on a screen.
    .easy = Sipho shares a drawing. Someone writes: "That drawing is bad." Sipho feels sad. Mean words hurt.
    .alt = Sipho looks sad. A small blue tear is on his face. Next to him, a phone shows a grey chat bubble with a dark, spiky shape inside.

kind-online-1-ask-photo = Lindiwe wants to put a photo of Sipho in the class chat. First she asks him: "Can I share this photo of you?" If a friend says no, do not share it. It is their photo too. If someone shares a photo of you that you do not like, tell a grown-up you trust.
    .easy = You want to share a photo of a friend? Ask first. Your friend says no? Do not share it. Someone shared a photo of you? You do not like it? Tell a grown-up you trust.
    .alt = Lindiwe holds a phone. Sipho stands next to her and signs. Above them, a bubble shows a camera and a question mark.

kind-online-1-quiz-kind = Sipho shares a new drawing. Which message is kind?
    .easy = Which message is kind?
    .alt = Lindiwe and Sipho stand next to the tablet with Sipho's drawing.
    .hint = Which message will make Sipho smile?
kind-online-1-quiz-kind-mean-words = "Your drawing is bad."
    .alt = A grey chat bubble with a dark, spiky shape and a yellow lightning bolt inside.
    .feedback = These words are mean. They can make Sipho sad. Choose kind words instead.
kind-online-1-quiz-kind-kind-words = "I like your drawing!"
    .alt = A white chat bubble with a pink border. Inside are a pink heart and a yellow smiling face.
    .feedback = Yes. Kind words make your friend feel good.
kind-online-1-quiz-kind-leave-out = "You can't be in our group."
    .alt = A chat bubble with three faces in a row. One more face is away from the others, with a red "no" sign over it.
    .feedback = Leaving someone out on purpose hurts too. Kind friends let others join in.

kind-online-1-quiz-photo = True or false? Lindiwe can share a photo of Sipho without asking him.
    .easy = True or false? You can share a friend's photo and not ask.
    .alt = Lindiwe holds a phone next to Sipho. A bubble shows a camera and a question mark.
    .hint = Whose photo is it?
kind-online-1-quiz-photo-true = True
    .feedback = Not quite. Always ask your friend first. If your friend says no, do not share the photo.
kind-online-1-quiz-photo-false = False
    .feedback = Yes. Ask your friend first. If your friend says no, do not share it.

kind-online-2-title = If someone is mean

kind-online-2-meet-thabo = Sipho plays a game online. Another player writes mean things to him, again and again: "You are bad at this. Go away." When someone is mean to a person again and again, on purpose, it is called bullying. Sipho feels sad and angry.
    .easy = Sipho plays a game. A player writes mean things to him. Again and again. This is bullying. Sipho feels sad and mad.
    .alt = A sad boy stands next to a big tablet. The tablet shows three grey chat bubbles. Each bubble has a dark, spiky shape inside.

kind-online-2-what-to-do = If someone is mean to you online, do not write back. Stop, and put the game down. Tell a grown-up you trust, and show them the messages. Together you can block the player and report them in the game. Bullying is never your fault.
    .easy = Someone is mean to you online? Do not write back. Tell a grown-up you trust. Show them the messages. Block and report with them. It is never your fault.
    .alt = A child shows a phone to a smiling grown-up. A red block sign and an orange report flag are next to them.

kind-online-2-good-friend = In a group chat, some children write mean things about Chanda. Ellie sees it. Ellie does not join in. She writes to Chanda: "I am your friend." Then she tells a grown-up she trusts. Telling is the right thing to do. It helps a friend who is being hurt. The children who wrote mean things did something harmful. A grown-up can help them stop and say sorry.
    .easy = Kids write mean things about Chanda. Ellie does not join in. Ellie sends Chanda a kind note. Ellie tells a grown-up she trusts. This helps Chanda. A grown-up can help the kids stop.
    .alt = Ellie smiles and holds a phone. The phone shows a chat bubble with a pink heart. An arrow points to Chanda, who looks sad.

kind-online-2-help = If someone is mean to you online again and again, you are not alone. The help section shows who you can contact in your country.
    .easy = Someone is mean to you again and again? You are not alone. The help page shows who can help.
    .alt = A hand taps a help button with a heart on a tablet screen.

kind-online-2-quiz-thabo = The player writes another mean message to Sipho. What should Sipho do?
    .easy = The player is mean again. What should Sipho do?
    .alt = The tablet still shows the grey chat bubbles with dark, spiky shapes. Sipho looks sad.
    .hint = Who can help Sipho?
kind-online-2-quiz-thabo-write-back = Write something mean back.
    .feedback = Writing back can make it worse. It is better to stop and tell a grown-up you trust.
kind-online-2-quiz-thabo-tell-block-report = Stop. Tell a grown-up he trusts. Block and report the player together.
    .feedback = Yes. Sipho does not have to do this alone. A grown-up can help him block and report the player.
kind-online-2-quiz-thabo-keep-secret = Keep it a secret and keep playing.
    .feedback = You do not have to keep mean messages a secret. Tell a grown-up you trust. They can help it stop.

kind-online-2-quiz-friend = Some children are mean to Chanda in a group chat. What can a good friend do? Pick all the right answers.
    .easy = Kids are mean to Chanda. What can a good friend do? Pick all the right answers.
    .alt = Ellie holds a phone with a heart message. Chanda looks sad.
    .hint = There are two right answers.
kind-online-2-quiz-friend-kind-message = Send Chanda a kind message.
    .feedback = Yes. A kind message shows Chanda that she is not alone.
kind-online-2-quiz-friend-join-in = Join in and write a mean message too.
    .feedback = No. Mean messages hurt Chanda more. A good friend does not join in.
kind-online-2-quiz-friend-tell-grown-up = Tell a grown-up you trust.
    .feedback = Yes. A grown-up can help the bullying stop.
kind-online-2-quiz-friend-send-on = Send the mean messages to more friends.
    .feedback = No. Sending them on spreads the hurt. Show a grown-up you trust instead.

kind-online-badge = Kind online
    .alt = A round badge with a smiling face in the middle and two ribbons below.
