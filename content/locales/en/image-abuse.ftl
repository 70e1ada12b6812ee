## Module: images, threats and fakes (ages 15 to 17)
## Characters (content/characters.toml): Noor (16, girl, Pakistan, deaf, signs Pakistan Sign
## Language), Lerato (17, girl, South Africa, deaf, signs South African Sign Language).

image-abuse-title = Images, threats and fakes
    .alt = A phone shows a photo. Next to it are a blue shield with a yellow padlock, and a green tick.
image-abuse-summary = What to do if someone threatens to share a nude image of you, or makes a fake one. How to get images taken down. It is never your fault.

## Lesson 1: when someone threatens you over an image

image-abuse-1-title = When someone threatens you over an image

image-abuse-1-noor = Noor is 16. She is deaf and signs. In a chat app, she met someone who said he was a deaf boy her age from another city. They chatted for two weeks. He sent her photos, and she sent him a nude picture of herself. Then his messages changed: "Send me money by tonight. If you don't, I will send your picture to your family and your school." Noor feels sick and frightened.
    .easy = Noor is 16. She is deaf and signs. She chats with someone in an app. She sends him a nude picture of herself. Then he writes: "Send me money tonight. If not, I will send your picture to your family." Noor is scared.
    .alt = Noor, a teenage girl with long black hair and a green top, looks at her phone with a worried face. The phone shows a chat message with a red border and a yellow warning sign.

image-abuse-1-not-your-fault = This is sexual extortion: someone uses a nude image to scare you, and asks for money or more images. It is never your fault. It is never your fault if you sent a picture yourself. It is never your fault if the picture is fake. The person who threatens you is the one doing wrong, and in many countries it is a crime. Many young people have had this happen, and they got help. You are not alone.
    .easy = Someone uses a nude image to scare you. This is a crime in many countries. It is never your fault. Even if you sent the picture. Even if it is fake. You are not alone.
    .safety =
        It is never your fault.
        You are not alone.
    .alt = Noor stands next to a calm adult who signs to her. A pink heart is above them.

image-abuse-1-do-not-pay = Do not pay. Do not send more pictures. Paying does not make it stop: people who do this usually ask for more. Stop replying. Do not argue. Do not make deals. You can block the account after you report it.
    .easy = Do not pay. Do not send more pictures. Paying does not make it stop. Stop replying. Do not argue.
    .safety =
        Do not pay.
        Do not send more pictures.
    .alt = Three things crossed out in red: a pile of coins, a photo, and a chat bubble.

image-abuse-1-tell-report = Tell a trusted adult now. You will not be in trouble. Together, report the account in the app. You do not need to keep copies of the pictures: the helpline and the platform can act. The adult can tell them the app, the account name and the time.
    .easy = Tell a trusted adult now. You will not be in trouble. Report the account in the app. You do not need to keep copies of the pictures. The helpline and the app can act.
    .safety =
        You will not be in trouble.
        You do not need to keep copies of the pictures
    .alt = Noor signs to a trusted adult. A phone is between them. The phone shows an orange report flag.

image-abuse-1-pathway = If someone threatens to share a picture of you, the help section shows who can help in your country.
    .easy = Someone says they will share your picture? The help section shows who can help.
    .alt = A signpost with three arrows. Each arrow has a small picture: a phone, a speech bubble and a shield.

image-abuse-1-quiz-noor = What is the best thing for Noor to do now?
    .easy = What should Noor do now?
    .alt = Noor looks worried. The chat with the yellow warning sign is still on her phone.
    .hint = Will the threats really stop? Who can help her?
image-abuse-1-quiz-noor-pay-once = Pay once, so he deletes the picture.
    .feedback = No. Paying does not make it stop. People who do this usually ask for more. Noor does not pay.
image-abuse-1-quiz-noor-stop-tell = Stop replying, tell a trusted adult, and report the account together.
    .feedback = Yes. Noor stops replying and tells an adult she trusts. Together they report the account. It is not her fault.
image-abuse-1-quiz-noor-delete-everything = Delete her account and tell nobody.
    .feedback = No. Noor does not have to deal with this alone. A trusted adult can help her report the account first.

image-abuse-1-quiz-fault = True or false: It is Noor's fault, because she sent the picture.
    .easy = True or false: It is Noor's fault, because she sent the picture.
    .alt = Noor stands next to a calm adult. A pink heart is above them.
    .hint = Who is doing wrong: Noor, or the person who threatens her?
image-abuse-1-quiz-fault-true = True
    .feedback = No, this is false. It is never Noor's fault. The person who threatens her is doing wrong.
image-abuse-1-quiz-fault-false = False
    .feedback = Yes, it is false. It is never Noor's fault. The person who threatens her is doing wrong.

## Lesson 2: fake images, and getting images taken down

image-abuse-2-title = Fake images, and getting images taken down

image-abuse-2-lerato = Lerato is 17. She is deaf and signs. A boy in her class took a photo from her profile. He used an AI app to make a fake nude image of her. Now the fake image is going around a group chat. A friend signs to her about it. Lerato feels ashamed and wants to hide. She did nothing wrong.
    .easy = Lerato is 17. She is deaf and signs. A boy took her photo. He used an AI app to make a fake nude image of her. Now it is in a group chat. Lerato feels bad. She did nothing wrong.
    .alt = Lerato, a teenage girl with braided hair and a yellow top, sits on a bench and covers her face. Her friend sits next to her with a hand on her shoulder.

image-abuse-2-fake-is-abuse = A fake nude image made with an AI tool is abuse too. It is not your fault, whether the image is fake or real. The person who makes it or shares it is the one doing wrong. In many countries it is a crime to make or share nude images of anyone under 18, even fake ones.
    .easy = A fake nude image is abuse too. It is not your fault. Fake or real, it is not your fault. The person who makes it or shares it is doing wrong. In many countries it is a crime.
    .safety = It is not your fault
    .alt = A phone shows a photo. On the other side, a computer with a red cross over it. A blue shield with a tick stands between them.

image-abuse-2-do-not-share = If you get an image like this of someone else, do not share it. Do not save it. Do not comment on it. Tell a trusted adult, and report it in the app. Be kind to the person in the image: it is not their fault.
    .easy = You get an image like this of someone else? Do not share it. Do not save it. Tell a trusted adult. Report it. It is not their fault.
    .safety =
        Do not share it.
        Do not save it.
    .alt = A phone with a group chat. A red cross is over the share button. An orange report flag is next to the phone.

image-abuse-2-take-down = Some tools help get nude images of you taken down. Take It Down is a free tool from NCMEC that works in many countries, for images from when you were under 18. It works with the websites and apps that take part. Report Remove is for young people under 18 in the UK, from Childline and the IWF. These tools are for images of yourself: they are not for reporting images of other people. You do not need to keep copies of the pictures: the helpline and the platform can act.
    .easy = Some tools help take nude images of you down. Take It Down works in many countries. Report Remove is for people under 18 in the UK. They are for images of you. You do not need to keep copies of the pictures.
    .safety = You do not need to keep copies of the pictures
    .alt = A phone shows a picture with an arrow going down into a bin. A green tick is next to it.

image-abuse-2-pathway = If a nude image of you is shared, or someone made a fake one, the help section shows who can help and which take-down tools apply where you live.
    .easy = A nude image of you is shared, real or fake? The help section shows who can help.
    .alt = A signpost with three arrows. Each arrow has a small picture: a bin, a speech bubble and a shield.

image-abuse-2-quiz-lerato = What can Lerato do?
    .easy = What can Lerato do?
    .alt = Lerato and her friend sit on a bench. The friend has a hand on Lerato's shoulder.
    .hint = Who can help her, and what can get the image removed?
image-abuse-2-quiz-lerato-tell-report = Tell a trusted adult, report the image in the app, and ask about a take-down tool.
    .feedback = Yes. An adult can help her report it to the app and to the school. A take-down tool can help get it removed. It is not her fault.
image-abuse-2-quiz-lerato-post-back = Post an angry message about the boy in the group chat.
    .feedback = No. That can make things worse and spread the image further. Lerato tells a trusted adult and reports it instead.
image-abuse-2-quiz-lerato-hide = Say nothing and hope it goes away, because it is fake.
    .feedback = No. A fake image is abuse too. Lerato does not have to deal with it alone. A trusted adult can help her.

image-abuse-2-quiz-tools = What are Take It Down and Report Remove for?
    .easy = What are Take It Down and Report Remove for?
    .alt = A phone with a picture going down into a bin, and a green tick.
    .hint = Whose images are these tools for?
image-abuse-2-quiz-tools-own-images = Getting nude images of yourself taken down
    .feedback = Yes. They are for images of you from when you were under 18.
image-abuse-2-quiz-tools-others = Reporting images of other people
    .feedback = No. They are for images of yourself. To report images of someone else, a trusted adult can help you use a hotline.
image-abuse-2-quiz-tools-find-person = Finding out who shared the image
    .feedback = No. They help get images removed. They do not tell you who shared them.

image-abuse-badge = Image shield
    .alt = A round badge with a shield and a padlock in the middle and two ribbons below.

## Knowledge check: before the module (pre) and after it (post, parallel questions).

image-abuse-check-pay = True or false: If someone threatens to share a nude image of you, paying them makes it stop.
    .easy = True or false: Someone says they will share your nude image. Paying makes it stop.
    .alt = A pile of coins with a question mark next to it.
image-abuse-check-pay-true = True
image-abuse-check-pay-false = False
image-abuse-check-fake = True or false: A fake nude image made with an AI tool can still be abuse.
    .easy = True or false: A fake nude image made with AI can be abuse.
    .alt = A computer screen with a photo on it and a question mark next to it.
image-abuse-check-fake-true = True
image-abuse-check-fake-false = False
image-abuse-check-more = True or false: If someone threatens you over an image, sending more images makes them stop.
    .easy = True or false: Someone says they will share your image. More images make them stop.
    .alt = A photo with a question mark next to it.
image-abuse-check-more-true = True
image-abuse-check-more-false = False
image-abuse-check-keep = True or false: The helpline and the platform can act even if you do not keep copies of the pictures.
    .easy = True or false: The helpline and the app can act, even if you do not keep copies of the pictures.
    .alt = A phone with an orange report flag and a green tick.
image-abuse-check-keep-true = True
image-abuse-check-keep-false = False
