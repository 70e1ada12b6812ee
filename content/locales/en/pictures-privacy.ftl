## Module: pictures and privacy (ages 10 to 14)

pictures-privacy-title = Pictures and privacy
    .alt = A phone shows a photo of green hills and a yellow sun. A padlock and a blue shield with a tick are next to the phone.
pictures-privacy-summary = Think before you share a picture. Learn what to do if someone asks you for pictures, or threatens to share a picture of you.

## Lesson 1: think before you share

pictures-privacy-1-title = Think before you share

pictures-privacy-1-ayesha-photo = Ayesha is 12. She takes a photo of herself to post online. Before she posts it, she looks at it again. Her school badge is on her uniform. A street sign and her house number are behind her. People who see the photo could find out her school and where she lives. So Ayesha takes a new photo in front of a plain wall.
    .easy = Ayesha takes a photo. She looks at it again before she posts it. She sees her school badge. She sees her street sign and her house number. People could find her. She takes a new photo in front of a plain wall.
    .alt = Ayesha, a girl with long dark hair and a blue school uniform, holds up a phone to take a photo of herself. Three orange circles show what the photo gives away: the yellow badge on her uniform, a green street sign on a pole, and the number on her red house.

pictures-privacy-1-cannot-take-back = Once you send or post a picture, you cannot control where it goes. Other people can pass it around. You cannot take it back. Before you post, look at the picture. Does it show your school uniform? Does it show your street, your house or your town? What is in the background? Turn off location for your camera and apps.
    .easy = Once you send a picture, you can not get it back. Other people can pass it on. Before you post, look at the picture. Does it show your school? Does it show where you live? Turn off location.
    .alt = One phone shows a photo. Orange arrows go from it to four other phones. Each of the four phones shows the same photo.

pictures-privacy-1-thabo-chat = Thabo is 12. A few weeks ago, he started chatting with someone in a game. He has never met them. They chat every day, and they are always kind to him. Now they write: "Send me a picture of your body. Everyone does it. Keep it our secret."
    .easy = Thabo chats with someone from a game. He has never met them. Now they write: "Send me a picture of your body. Keep it our secret."
    .alt = A phone shows a chat. The profile picture is a grey shape with no face. The first message has a camera in it. Two more messages are below it.

pictures-privacy-1-you-can-say-no = Nobody has the right to pressure you for pictures of your body. Not someone online, not a friend, not a boyfriend or girlfriend. You can say no. You can stop replying. You can report and block them. Tell a trusted adult. You never have to keep a secret like this. If someone asks you for pictures, it is never your fault. Even if you sent a picture before, you can still get help.
    .easy = Nobody can make you send pictures of your body. You can say no. You can stop replying. You can report and block. Tell a trusted adult. It is never your fault.
    .safety = it is never your fault.
    .alt = A raised hand in a red circle says stop. Next to it, a phone shows a chat message and a red block sign.

pictures-privacy-1-pathway = If someone asks you for pictures, the help section shows who you can contact in your country.
    .easy = Someone asks you for pictures? The help page shows who can help you.
    .alt = A hand taps a help button with a heart on a tablet screen.

pictures-privacy-1-quiz-background = Ayesha wants to post a photo. What in a photo can show people where to find her? Pick all the right answers.
    .easy = What in a photo can show where Ayesha is? Pick all the right answers.
    .alt = Ayesha takes a photo of herself. Orange circles show her school badge, a street sign and her house number.
    .hint = Which things tell people about a school or a place?
pictures-privacy-1-quiz-background-school-badge = Her school badge or uniform
    .feedback = Yes. A badge or a uniform shows which school she goes to.
pictures-privacy-1-quiz-background-street-sign = A street sign or a house number behind her
    .feedback = Yes. Signs and numbers in the background can show where she lives.
pictures-privacy-1-quiz-background-location-on = Location turned on for the camera or the app
    .feedback = Yes. Location can show the exact place where the photo was taken. Turn it off.
pictures-privacy-1-quiz-background-plain-wall = A plain wall behind her
    .feedback = No. A plain wall does not show where she is. It is a safer background.

pictures-privacy-1-quiz-thabo = What should Thabo do?
    .easy = What should Thabo do?
    .alt = The chat that asks Thabo for a picture is still on his phone.
    .hint = Does anyone have the right to pressure you for pictures?
pictures-privacy-1-quiz-thabo-send-one = Send one picture, so they stop asking.
    .feedback = No. Once a picture is sent, Thabo cannot control where it goes. People who pressure you for pictures often ask for more. Thabo can say no.
pictures-privacy-1-quiz-thabo-say-no-tell = Say no or stop replying, and tell a trusted adult. Then report and block the account together.
    .feedback = Yes. Thabo can say no and stop replying. A trusted adult can help him report and block the account. It is not his fault.
pictures-privacy-1-quiz-thabo-keep-secret = Keep it a secret, because they asked him to.
    .feedback = No. Thabo never has to keep a secret like this. Someone who asks for pictures and for secrets is not acting like a friend. Telling a trusted adult is the right thing to do.

## Lesson 2: if someone threatens to share a picture of you

pictures-privacy-2-title = If someone threatens you over a picture

pictures-privacy-2-chanda-message = Musa is 14. He sent a private picture to someone he met online. Now that person writes: "Send me money or more pictures. If you don't, I will share your picture with your friends and family." Musa feels scared and alone. He does not know what to do.
    .easy = Musa sent a picture to someone online. Now that person writes: "Pay me or send more pictures. If not, I will share your picture." Musa feels scared.
    .alt = Musa looks at his phone with a worried face. On the phone, one message has a yellow warning sign and a pile of coins. Another message shows a photo.

pictures-privacy-2-not-your-fault = If this happens to you, it is not your fault. The person who threatens you is doing something wrong, and in many countries it is against the law. You are not in trouble. This has happened to many young people, and they got help. Sometimes the picture is fake: it was made or changed on a computer. The same steps help. You are not alone.
    .easy = It is not your fault. The person who says this does wrong. You are not in trouble. You are not alone. You can get help.
    .safety =
        it is not your fault.
        You are not in trouble.
        You are not alone.
    .alt = Musa stands next to a smiling adult he trusts. Musa looks calmer. A pink heart is above them.

pictures-privacy-2-do-not = Do not pay. Do not send more pictures. Paying does not make it stop. Sending more does not make it stop. They often ask for more. Stop replying. Do not argue with them. Do not make deals with them. Do not delete your account in a panic: first, a trusted adult can help you report the person. You do not need to save or copy anything.
    .easy = Do not pay. Do not send more pictures. Stop replying. Do not argue. Do not delete your account yet. First, tell a trusted adult. You do not need to save anything.
    .safety =
        Do not pay.
        Do not send more pictures.
        You do not need to save
    .alt = Three pictures, each crossed out with a red cross: a pile of coins, a photo, and two chat messages.

pictures-privacy-2-tell-report = Tell a trusted adult as soon as you can. Together, report the account in the app, and report it to the hotline. The adult can describe what happened: the app, the username and the time. Nobody needs to copy or share any picture to report it. There are also services that can help get a picture of you taken down from the internet. The help section shows them.
    .easy = Tell a trusted adult. Report the account in the app. Report it to the hotline. Nobody needs to copy any picture. Some services can help take the picture down. The help section shows them.
    .safety = Nobody needs to copy
    .alt = Musa and a trusted adult stand on each side of a phone. The phone shows an orange report flag and a blue shield with a tick.

pictures-privacy-2-pathway = If someone threatens to share a picture of you, the help section shows who you can contact in your country, and services that can help take a picture down.
    .easy = Someone says they will share your picture? The help page shows who can help you.
    .alt = A hand taps a help button with a heart on a tablet screen.

pictures-privacy-2-quiz-pay = True or false: if Musa pays the money, the person will stop.
    .easy = True or false: if Musa pays, the person will stop.
    .alt = Three pictures crossed out in red: coins, a photo and chat messages.
    .hint = Does paying make the asking stop?
pictures-privacy-2-quiz-pay-true = True
    .feedback = No, this is false. Paying does not make it stop. People who threaten often ask for more. Do not pay. Tell a trusted adult and report it.
pictures-privacy-2-quiz-pay-false = False
    .feedback = Yes, it is false. Paying does not make it stop. They often ask for more. Do not pay, do not send more, and tell a trusted adult.

pictures-privacy-2-quiz-order = Put Musa's steps in the right order.
    .easy = Put the steps in order.
    .alt = Musa and a trusted adult with a phone that shows a report flag and a shield.
    .hint = What does Musa do at once? Who helps him next?
pictures-privacy-2-quiz-order-stop-replying = Stop replying. Do not pay, and do not send anything.
    .feedback = First, stop replying. Do not pay. Do not send anything. Do not argue. Do not make deals.
pictures-privacy-2-quiz-order-tell-adult = Tell a trusted adult.
    .feedback = Next, tell a trusted adult. It is not Musa's fault, and he is not alone.
pictures-privacy-2-quiz-order-report = With the adult, report the account in the app and to the hotline.
    .feedback = Then report it together. The adult can describe the app, the username and the time. Nobody needs to copy the picture.
pictures-privacy-2-quiz-order-take-down = Use the help section to find a service that can help take the picture down.
    .feedback = Last, the help section shows services that can help get the picture removed.

pictures-privacy-badge = Picture protector
    .alt = A round badge with a camera in the middle and two ribbons below.

## Knowledge check: before the module (pre) and after it (post, parallel questions).

pictures-privacy-check-pay = True or false: If someone threatens to share a picture of you, paying them makes it stop.
    .easy = Someone says they will share your picture. Does paying make it stop?
    .alt = Three pictures, each crossed out with a red cross: a pile of coins, a photo, and two chat messages.
pictures-privacy-check-pay-true = True
pictures-privacy-check-pay-false = False
pictures-privacy-check-fault = True or false: If a picture of you is shared without your permission, it is your fault.
    .easy = Your picture is shared without asking you. Is it your fault?
    .alt = A young person stands next to a caring adult. The adult's hand rests on the young person's shoulder. A pink heart is above them.
pictures-privacy-check-fault-true = True
pictures-privacy-check-fault-false = False
pictures-privacy-check-more = True or false: If someone threatens you over a picture, sending one more picture will make them stop.
    .easy = Someone says they will share your picture. Will one more picture make them stop?
    .alt = A raised hand in a red circle says stop. Next to it, a phone shows a chat message and a red block sign.
pictures-privacy-check-more-true = True
pictures-privacy-check-more-false = False
pictures-privacy-check-tell = True or false: If someone pressures you for pictures, telling a trusted adult is a good thing to do, even if you already sent something.
    .easy = Someone pushes you to send pictures. Is it good to tell a trusted adult, even if you sent one?
    .alt = Musa and a trusted adult stand on each side of a phone. The phone shows an orange report flag and a blue shield with a tick.
pictures-privacy-check-tell-true = True
pictures-privacy-check-tell-false = False
