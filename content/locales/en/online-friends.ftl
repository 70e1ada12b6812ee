## Module: online friends and warning signs (ages 10 to 14)

online-friends-title = Online friends: spot the warning signs
    .alt = A young person stands next to a phone. A green shield with a white tick is next to the phone.
online-friends-summary = Learn the warning signs when someone you met online wants too much from you, and what to do if someone wants to meet you.

online-friends-1-title = Who is really typing?

online-friends-1-meet-ayesha = Ayesha is 12. She shares her drawings on an art app. A user called Zee writes to her every day. Zee says they are 13. Zee writes: "Your art is amazing. You are so grown-up for your age. You are the only one who understands me."
    .easy = Ayesha is 12. She shares her art on an app. Zee writes to her each day. Zee says they are 13. Zee writes lots of nice things.
    .alt = A girl stands next to a big phone. The phone shows chat messages from a user with a grey round picture. One message has two yellow stars, one has a pink heart, and one has grey lines.

online-friends-1-who-is-typing = Many people online are kind. But online, you cannot see who is really typing. A name, a photo and an age on a profile can all be made up. Some adults who want to harm children pretend to be young, so that a child will trust them.
    .easy = Most people online are kind. But you can not see who is typing. A name, a photo or an age can be fake. Some adults who want to hurt kids act young.
    .alt = A profile card with a face. A dark eye mask covers the eyes. Next to the card is a purple question mark.

online-friends-1-warning-signs = Watch for these warning signs. Someone you met online: says lots of nice things to make you feel special; gives you gifts, game credits or money; asks you to keep your chats secret; wants you to move to a private app, or an app where messages disappear; asks personal questions, or questions about your body or about sex; asks for photos of you; asks to meet you.
    .easy = Warning signs. Lots of very nice words. Gifts or game credits. "Keep it secret." Move to a new app. Questions about your body. Asks for photos. Asks to meet.
    .alt = Seven small pictures in two rows: two stars, a gift, a padlock, a phone with an arrow to a faded phone, a question mark in a red bubble, a camera, and a red map pin.

online-friends-1-new-app = Zee sends Ayesha a gift of credits for the art app. Then Zee writes: "Let's talk on another app. The messages disappear there, so it's just for us. Don't tell your family. They won't understand."
    .easy = Zee sends Ayesha a gift of app credits. Zee writes: "Let's move to a new app. The messages go away. Don't tell your family."
    .alt = Two phones. The first phone shows a red gift. A red arrow points to the second phone, where the chat bubbles are fading away. A padlock is under the arrow.

online-friends-1-quiz-signs = Someone you met online does these things. Which are warning signs? Pick all the right answers.
    .easy = Which are warning signs? Pick all the right answers.
    .alt = The seven warning-sign pictures: stars, a gift, a padlock, two phones, a question mark, a camera and a map pin.
    .hint = Think about secrets, gifts, hidden chats and personal questions.
online-friends-1-quiz-signs-keep-secret = They ask you to keep your chats secret.
    .feedback = Yes. A safe friend does not ask you to hide your chats from the adults who care for you.
online-friends-1-quiz-signs-free-credits = They give you gifts or game credits.
    .feedback = Yes. Gifts can be used to make you feel that you owe them something.
online-friends-1-quiz-signs-same-game = They like the same game or music as you.
    .feedback = On its own, this is normal. Many friends like the same things. Watch for the other signs too.
online-friends-1-quiz-signs-disappearing-app = They want to move the chat to an app where messages disappear.
    .feedback = Yes. Wanting to hide what they write is a warning sign.
online-friends-1-quiz-signs-body-questions = They ask questions about your body.
    .feedback = Yes. This is never OK. You do not have to answer. Tell a trusted adult.

online-friends-1-quiz-ayesha = What should Ayesha do?
    .easy = What should Ayesha do?
    .alt = The two phones: one with a red gift, one with fading chat bubbles.
    .hint = How many warning signs can you see?
online-friends-1-quiz-ayesha-move-app = Move to the new app. Zee seems nice.
    .feedback = A hidden app and a secret are warning signs. Someone who seems nice can still be unsafe.
online-friends-1-quiz-ayesha-take-credits = Keep the credits, but stay on the art app.
    .feedback = The gift and the secret are both warning signs. It is safer to stop and tell a trusted adult.
online-friends-1-quiz-ayesha-stop-tell-block = Stop chatting. Tell a trusted adult. Block and report Zee.
    .feedback = Yes. Ayesha has done nothing wrong. A trusted adult can help her block and report Zee.

online-friends-2-title = If someone wants to meet

online-friends-2-meet-jordan = Jordan is 13. He is deaf. He signs with his family and writes in game chats. For months, he has chatted with a player called Kai. Kai writes: "We should meet! Come to the shopping centre on Saturday. Don't tell anyone. It's our secret."
    .easy = Jordan is 13. He is deaf and signs. He chats with Kai in a game. Kai writes: "Let's meet on Saturday. Don't tell anyone."
    .alt = Jordan signs next to a big phone. The phone shows a red map pin and a calendar page.

online-friends-2-tell-first = Do not go to meet someone you only know online. If someone wants to meet you, tell a trusted adult first. A trusted adult can be a parent, a carer, a relative or a teacher. A real friend will not ask you to keep a meeting secret.
    .easy = Do not go to meet someone you only know online. Someone wants to meet you? Tell a trusted adult first. A real friend does not ask for secrets.
    .alt = Jordan signs to a smiling adult. The adult signs back. A phone is between them.

online-friends-2-do-not-share = Someone online might ask for photos of you, or send you sexual messages or pictures. Do not send anything. Do not share or save anything sexual. Tell a trusted adult. Block and report the account. You do not need to show or copy any picture. You can tell the adult what happened, which app it was, the username and when it happened.
    .easy = Someone asks for photos? Someone sends sexual things? Do not send a thing. Do not share it. Do not save it. Tell a trusted adult. Block and report. You do not need to show the picture. Tell the adult the app, the name and the time.
    .alt = A phone shows a grey chat bubble. Under it are a red block sign and an orange report flag. Next to the phone is a camera with a red line through it.

online-friends-2-not-your-fault = It is never your fault. Even if you chatted for a long time. Even if you took a gift. Even if you sent something. The person who tricks or pressures a child is the one who did wrong. It is never too late to tell a trusted adult.
    .easy = It is never your fault. Even if you chatted a long time. Even if you sent something. It is never too late to tell a trusted adult.
    .alt = A young person stands next to a caring adult. The adult's hand rests on the young person's shoulder. A pink heart is above them.

online-friends-2-help = If someone you met online wants to meet you, or makes you feel worried, you can get help. The help section shows who you can contact in your country.
    .easy = Someone online wants to meet you? You can get help. The help page shows who you can contact.
    .alt = A hand taps a help button with a heart on a tablet screen.

online-friends-2-quiz-meet = Kai asks Jordan to meet on Saturday and to keep it secret. What should Jordan do?
    .easy = Kai wants to meet Jordan. It is a secret. What should Jordan do?
    .alt = The phone with the red map pin and the calendar page.
    .hint = Who should know first?
online-friends-2-quiz-meet-go-alone = Go to meet Kai, just for a short time.
    .feedback = Do not go to meet someone you only know online, even for a short time. Tell a trusted adult first.
online-friends-2-quiz-meet-go-with-friend = Go with a friend from school.
    .feedback = A friend your age cannot keep you safe. Kai also asked for a secret, and that is a warning sign. Tell a trusted adult first.
online-friends-2-quiz-meet-tell-adult-first = Do not go. Tell a trusted adult first.
    .feedback = Yes. A trusted adult can help Jordan stay safe, and help him block and report Kai.

online-friends-2-quiz-fault = Jordan chatted with Kai for months. Once, he sent Kai a photo of himself. Now Jordan feels worried. He thinks: "Is this my fault?" What is true?
    .easy = Jordan chatted with Kai for a long time. He sent a photo. He feels worried. What is true?
    .alt = A young person and a caring adult stand together. A pink heart is above them.
    .hint = Look back at the last tip.
online-friends-2-quiz-fault-my-fault = It is Jordan's fault, because he chatted for a long time.
    .feedback = No. It is never Jordan's fault. The person who tricked him did wrong.
online-friends-2-quiz-fault-never-your-fault = It is not Jordan's fault. He can tell a trusted adult now.
    .feedback = Yes. It is never your fault. A trusted adult can help, even after a long time.
online-friends-2-quiz-fault-too-late = It is too late to tell anyone.
    .feedback = It is never too late. A trusted adult can help Jordan now.

online-friends-badge = Safe friend
    .alt = A round badge with two people side by side in the middle and two ribbons below.
