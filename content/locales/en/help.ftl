## Help section: labels, contact states and reporting pathways.

help-quick-exit = Tap "Quick exit" at any time to leave this screen at once.
    .easy = Tap Quick exit to leave at once.
    .alt = A phone with a red Quick exit button. A blue arrow points to a second phone with a calm, plain screen and a yellow sun.
help-verify = This contact has not been checked yet. Check the number or address before you rely on it.
help-fallback = We have no contact of this kind for your country. This is a worldwide service.
help-no-contact = We have no checked contact of this kind for your country. Ask a trusted adult to help you find one.
help-open-now = Open now
help-closed-now = Closed now
help-hours-unknown = Opening hours not known
help-opens-at = Opens { $time }
help-closes-at = Closes { $time }
help-always-open = Open 24 hours, every day
help-stand-in = The emergency number here may not work. This helpline can help you straight away.
help-status-verified = Checked by { $by } on { $date } ({ $method }).
help-status-researched = Taken from published sources. Not yet checked by phone or visit.
help-status-unverified = Not checked yet. Check the number or address before you rely on it.
help-verified-called = called
help-verified-official_publication = official publication
help-verified-visit = visited
help-note-inhope = INHOPE lists the internet hotlines of many countries. Choose your country there to report pictures. Only say where you saw them. You do not need to save or send anything.
help-note-take-it-down = For nude or sexual pictures of yourself from before you were 18. It helps get them removed from websites and apps that take part. It is never your fault.
help-note-report-remove = For young people in the UK under 18: it helps get nude pictures of yourself removed from the internet. It is never your fault.
help-note-child-helpline-international = A list of child helplines around the world.

contact-kind-child_helpline = Child helpline
contact-kind-csam_hotline = Report sexual images of children
contact-kind-police_cyber = Police (online crime)
contact-kind-emergency = Emergency
contact-kind-online_harm_helpline = Help with online harm
contact-kind-deaf_support = For deaf and hard of hearing people
contact-kind-global_tool = Online tool
contact-kind-takedown_tool = Get your own pictures removed
contact-kind-hotline_directory = Find a hotline in your country
contact-kind-helpline_directory = Find a child helpline

channel-phone = Call
channel-sms = Text message
channel-whatsapp = WhatsApp
channel-chat = Chat online
channel-web = Website
channel-email = Email
channel-app = App
channel-ussd = USSD code
channel-in_person = In person
channel-video_relay = Sign language video call

help-label-police = Police
help-label-fire = Fire service
help-label-ambulance = Ambulance
help-label-fire-ambulance = Fire service and ambulance
help-label-rescue = Ambulance and rescue
help-label-online-counselling = Talk to a counsellor online
help-label-please-call-me = Ask them to call you back, for free
help-label-sms-help = Send the word "help". For people with disabilities.
help-label-mobile-emergency = Emergency number from a mobile phone
help-label-anonymous-tip = Tell them without giving your name. No mobile data needed.
help-label-adult-line = For adults, and for gender-based violence
help-label-counsellor-chat = Chat with a counsellor
help-label-email-account = Email a counsellor. You need a Childline account.
help-label-from-abroad = If you are calling from another country
help-label-report-form = Online report form
help-label-fraud-only = Only for online money fraud
help-label-globe-number = Mobile number (Globe network)
help-label-facebook-message = Send a message on Facebook
help-label-from-globe-tm = From Globe and TM mobiles
help-label-telegram = On Telegram
help-label-official-app = Official app
help-label-text-911 = Only where the local 911 centre accepts texts
help-label-email-website = Email counselling on the website
help-label-register-first = You need to register first
help-label-chat-under-21 = Chat for people under 21
help-label-vodacom-sms = Vodacom SIM cards only. Register first: text the word "Register" to this number.
help-label-sasl-relay = A South African Sign Language interpreter passes on your call. Register with Vodacom first.
help-label-relay-chat = Text chat for registered users
help-label-text-help = Text the word HELP
help-label-pocso-ebox = Press the POCSO e-Box button to make a complaint
help-label-bhopal-video = Video call in sign language. Bhopal only.
help-label-indore = Text or video call. Indore only.
help-label-psl-interpreter = A sign language interpreter joins by video call

## Pathway: someone asks me for pictures.

pathway-asked-for-pictures-title = Someone asks me for pictures
pathway-asked-for-pictures-stop = Stop. You do not have to send anything. You can say no, or just stop replying.
    .easy = Stop. You do not have to send anything.
    .alt = A raised hand in a red circle says stop. Next to it, a phone shows a chat message and a red block sign.
pathway-asked-for-pictures-not-your-fault = It is not your fault that someone asked you. The person who asks is doing something wrong.
    .easy = It is not your fault.
    .safety = It is not your fault
    .alt = A young person stands next to a caring adult. The adult's hand rests on the young person's shoulder. A pink heart is above them.
pathway-asked-for-pictures-do-not-send = Do not send pictures of your body. If you already sent some, it is still not your fault, and you can still get help.
    .easy = Do not send pictures. If you did, it is still not your fault. You can still get help.
    .safety = it is still not your fault
    .alt = Three pictures, each crossed out with a red cross: a pile of coins, a photo, and two chat messages.
pathway-asked-for-pictures-tell-adult = Tell a trusted adult what happened. You can write it, sign it or show them the app.
    .easy = Tell a trusted adult.
    .alt = A child shows a phone to a smiling grown-up. A red block sign and an orange report flag are next to them.
pathway-asked-for-pictures-report-block = Report the account in the app, then block it. A trusted adult can help you.
    .easy = Report the account. Then block it. A trusted adult can help.
    .alt = A phone shows a profile with a grey picture and a menu with three dots. Below are two buttons: an orange report flag and a red block sign.
pathway-asked-for-pictures-helpline = You can talk to a child helpline. Many are free and private, and some let you write instead of call.
    .easy = You can talk to a child helpline.
    .alt = A child stands next to a big phone. The phone shows a chat: the child's messages in orange, and a helper's message in green with a green heart.
pathway-asked-for-pictures-report = A trusted adult can report it to the police or to a hotline. They can describe the app, the account name and the time. Nobody needs to copy any picture.
    .easy = A trusted adult can report it. Nobody needs to copy any picture.
    .safety = Nobody needs to copy any picture
    .alt = A phone shows a hidden grey picture with a crossed-out eye. Next to it are an orange report flag and a green tick.
pathway-asked-for-pictures-emergency = If you are in danger now, get emergency help.
    .easy = In danger now? Get help now.
    .alt = A worried child walks along a green arrow towards a house. An adult stands in the open door. A blue emergency light is at the top.

## Pathway: someone threatens to share a picture of me or asks for money.

pathway-threatened-over-picture-title = Someone threatens to share a picture of me
pathway-threatened-over-picture-not-your-fault = It is not your fault. The person who threatens you is doing something wrong, and in many countries it is a crime.
    .easy = It is not your fault.
    .safety = It is not your fault.
    .alt = A young person stands next to a caring adult. The adult's hand rests on the young person's shoulder. A pink heart is above them.
pathway-threatened-over-picture-do-not-pay = Do not pay. Do not send more pictures. Paying does not make it stop. Sending more does not make it stop.
    .easy = Do not pay. Do not send more pictures.
    .safety =
        Do not pay.
        Do not send more pictures.
    .alt = Three pictures, each crossed out with a red cross: a pile of coins, a photo, and two chat messages.
pathway-threatened-over-picture-stop-replying = Stop replying. Do not argue. Do not delete your account before a trusted adult has helped you report it. Do not share or save the picture.
    .easy = Stop replying. Do not delete your account yet. Do not share or save the picture.
    .safety = Do not share or save the picture.
    .alt = A raised hand in a red circle says stop. Next to it, a phone shows a chat message and a red block sign.
pathway-threatened-over-picture-tell-adult = Tell a trusted adult now. You will not be in trouble. They can help you.
    .easy = Tell a trusted adult now. You will not be in trouble.
    .safety = You will not be in trouble.
    .alt = A child shows a phone to a smiling grown-up. A red block sign and an orange report flag are next to them.
pathway-threatened-over-picture-report-app = Report the account in the app. Describe what happened: the app, the account name and the time.
    .easy = Report the account in the app.
    .alt = A phone shows a profile with a grey picture and a menu with three dots. Below are two buttons: an orange report flag and a red block sign.
pathway-threatened-over-picture-take-down = Some services help take pictures of children down from the internet, or stop them being shared.
    .easy = Some services can help take pictures down.
    .alt = A phone shows a grey picture. A blue arrow points from the phone to a purple shield with a white tick.
pathway-threatened-over-picture-helpline = You can talk to a child helpline about how you feel and what to do next.
    .easy = You can talk to a child helpline.
    .alt = A child stands next to a big phone. The phone shows a chat: the child's messages in orange, and a helper's message in green with a green heart.
pathway-threatened-over-picture-police = A trusted adult can report it to the police.
    .easy = A trusted adult can tell the police.
    .alt = A police officer in a dark blue uniform and cap stands calmly. Next to him are a blue shield with a white tick and a child in an orange top.
pathway-threatened-over-picture-emergency = If you are in danger now, or you feel you might hurt yourself, get emergency help.
    .easy = In danger now? You might hurt yourself? Get emergency help.
    .safety =
        you might hurt yourself
        get emergency help
    .alt = A worried child walks along a green arrow towards a house. An adult stands in the open door. A blue emergency light is at the top.

## Pathway: I saw sexual images of a child online.

pathway-saw-sexual-images-of-child-title = I saw sexual pictures of a child online
pathway-saw-sexual-images-of-child-do-not-share = Close it. Do not share it. Do not save it. Do not send it on, not even to show someone.
    .easy = Close it. Do not share it. Do not save it.
    .safety =
        Do not share it.
        Do not save it.
    .alt = Three pictures: a send arrow crossed out in red, a save arrow crossed out in red, and an orange report flag with a green tick.
pathway-saw-sexual-images-of-child-not-your-fault = Seeing it is not your fault. It is good that you want to do something.
    .easy = Seeing it is not your fault.
    .safety = Seeing it is not your fault.
    .alt = A young person stands next to a caring adult. The adult's hand rests on the young person's shoulder. A pink heart is above them.
pathway-saw-sexual-images-of-child-tell-adult = Tell a trusted adult what you saw and where you saw it.
    .easy = Tell a trusted adult what you saw.
    .alt = A child shows a phone to a smiling grown-up. A red block sign and an orange report flag are next to them.
pathway-saw-sexual-images-of-child-report = Report it to a hotline. Say where it was: the website, the app or the group, and when. You do not need to copy it.
    .easy = Report where you saw it. You do not need to copy it.
    .safety = You do not need to copy it.
    .alt = A phone shows a hidden grey picture with a crossed-out eye. Next to it are an orange report flag and a green tick.
pathway-saw-sexual-images-of-child-helpline = If it upset you, you can talk to a child helpline.
    .easy = Are you upset? You can talk to a child helpline.
    .alt = A child stands next to a big phone. The phone shows a chat: the child's messages in orange, and a helper's message in green with a green heart.

## Pathway: someone I met online wants to meet me.

pathway-wants-to-meet-title = Someone I met online wants to meet me
pathway-wants-to-meet-do-not-go = Do not go to meet them, and do not keep it a secret.
    .easy = Do not go. Do not keep it secret.
    .alt = A red map pin in front of a door is crossed out with a big red cross. Next to it, a child in a green top stands safely under a pink heart.
pathway-wants-to-meet-tell-adult = Tell a trusted adult before you do anything else. It is never your fault, even if you chatted for a long time.
    .easy = Tell a trusted adult first. It is never your fault.
    .safety = It is never your fault
    .alt = A child shows a phone to a smiling grown-up. A red block sign and an orange report flag are next to them.
pathway-wants-to-meet-report-block = Report the account in the app, then block it.
    .easy = Report the account in the app. Then block it.
    .alt = A phone shows a profile with a grey picture and a menu with three dots. Below are two buttons: an orange report flag and a red block sign.
pathway-wants-to-meet-police = A trusted adult can report it to the police.
    .easy = A trusted adult can tell the police.
    .alt = A police officer in a dark blue uniform and cap stands calmly. Next to him are a blue shield with a white tick and a child in an orange top.
pathway-wants-to-meet-helpline = You can talk to a child helpline.
    .easy = You can talk to a child helpline.
    .alt = A child stands next to a big phone. The phone shows a chat: the child's messages in orange, and a helper's message in green with a green heart.
pathway-wants-to-meet-emergency = If someone is waiting for you or you feel in danger now, get emergency help.
    .easy = In danger now? Get emergency help.
    .alt = A worried child walks along a green arrow towards a house. An adult stands in the open door. A blue emergency light is at the top.

## Pathway: I am being bullied.

pathway-being-bullied-title = I am being bullied
pathway-being-bullied-not-your-fault = It is not your fault. Nobody deserves to be bullied.
    .easy = It is not your fault.
    .safety = It is not your fault.
    .alt = A young person stands next to a caring adult. The adult's hand rests on the young person's shoulder. A pink heart is above them.
pathway-being-bullied-do-not-reply = Do not answer back. You can leave the chat or the game.
    .easy = Do not answer back.
    .alt = A raised hand in a red circle says stop. Next to it, a phone shows a chat message and a red block sign.
pathway-being-bullied-tell-adult = Tell a trusted adult. Show them the messages on your screen, if you want to.
    .easy = Tell a trusted adult.
    .alt = A child shows a phone to a smiling grown-up. A red block sign and an orange report flag are next to them.
pathway-being-bullied-report-block = Report the messages in the app, then block the account. A trusted adult can help.
    .easy = Report the messages. Then block the account.
    .alt = A phone shows a profile with a grey picture and a menu with three dots. Below are two buttons: an orange report flag and a red block sign.
pathway-being-bullied-helpline = You can talk to a child helpline about it.
    .easy = You can talk to a child helpline.
    .alt = A child stands next to a big phone. The phone shows a chat: the child's messages in orange, and a helper's message in green with a green heart.
pathway-being-bullied-emergency = If someone threatens to hurt you, or you feel in danger now, get emergency help.
    .easy = In danger now? Get emergency help.
    .alt = A worried child walks along a green arrow towards a house. An adult stands in the open door. A blue emergency light is at the top.

## Pathway (caregivers): I am worried about a child.

pathway-worried-about-child-title = I am worried about a child
pathway-worried-about-child-stay-calm = Stay calm. Give the child your full attention, in the way they talk best: speech, sign or writing. Believe them and thank them for telling you.
    .easy = Stay calm. Believe the child. Thank them.
pathway-worried-about-child-not-their-fault = Tell the child it is not their fault. Do not blame or punish them, and do not take their phone away as a punishment.
    .easy = Say it is not their fault. Do not punish.
    .safety = it is not their fault
pathway-worried-about-child-do-not-save = Never save sexual images of a child. Never screenshot them. Never forward them, not even as evidence. Write down the app, the account name, the date and time, and what you saw, in words.
    .easy = Never save sexual images of a child. Never screenshot them. Never forward them. Write notes instead.
    .safety =
        Never save sexual images of a child.
        Never screenshot them.
        Never forward them
pathway-worried-about-child-report-platform = Report the account on the platform. Do not contact the person yourself.
    .easy = Report the account. Do not contact the person.
pathway-worried-about-child-report = Report child sexual abuse material to the hotline, and report the person to the police.
    .easy = Report to the hotline and the police.
pathway-worried-about-child-helpline = A child helpline can give you advice. Some have lines for adults.
    .easy = A helpline can advise you.
pathway-worried-about-child-deaf = If the child or you are deaf or hard of hearing, these services work without a voice call.
    .easy = If you or the child are deaf, these services work without a call.
pathway-worried-about-child-emergency = If a child is in danger now, get emergency help.
    .easy = Is a child in danger now? Get emergency help.

## Pathway: a nude image of me is shared, or someone made a fake one (ages 15-17 module image-abuse).

pathway-image-of-me-shared-title = A nude image of me is shared, or someone made a fake one
pathway-image-of-me-shared-not-your-fault = It is not your fault, whether the image is real or fake. The person who made it or shares it is the one doing wrong.
    .easy = It is not your fault. Real or fake, it is not your fault.
    .safety = It is not your fault
    .alt = A young person stands next to a calm adult. A pink heart is above them.
pathway-image-of-me-shared-do-not-reply = Do not reply to the people who share it. Do not pay. Do not send anything.
    .easy = Do not reply. Do not pay. Do not send anything.
    .safety = Do not pay.
    .alt = A phone with chat messages. A red cross is over one message, and another red cross is over a pile of coins.
pathway-image-of-me-shared-no-need-to-keep = You do not need to keep copies of the pictures: the helpline and the platform can act. The app, the account name and the time are enough.
    .easy = You do not need to keep copies of the pictures. The helpline and the app can act.
    .safety = You do not need to keep copies of the pictures
    .alt = A phone with an orange report flag, and a green tick next to it.
pathway-image-of-me-shared-tell-adult = Tell a trusted adult. You will not be in trouble. If people from your school share it, the school can help too.
    .easy = Tell a trusted adult. You will not be in trouble.
    .safety = You will not be in trouble.
    .alt = A young person signs to a smiling adult.
pathway-image-of-me-shared-report-app = Report the image and the account in the app. A trusted adult can help you.
    .easy = Report the image and the account in the app.
    .alt = A phone shows a picture and an orange report flag.
pathway-image-of-me-shared-take-down = If the image is of you from when you were under 18, a take-down tool may help get it removed from the apps and websites that take part.
    .easy = Are you under 18 in the image? A take-down tool may help remove it.
    .alt = A picture goes down into a bin. A green tick is next to it.
pathway-image-of-me-shared-helpline = You can talk to a child helpline about how you feel and what to do next.
    .easy = You can talk to a child helpline.
    .alt = A phone shows a chat with a helpline. A pink heart is next to it.
pathway-image-of-me-shared-police = A trusted adult can report it to the police.
    .easy = A trusted adult can tell the police.
    .alt = A blue police badge shaped like a shield, with a yellow star.
pathway-image-of-me-shared-emergency = If you are in danger now, or you feel you might hurt yourself, get emergency help.
    .easy = In danger now? You might hurt yourself? Get emergency help.
    .safety =
        you might hurt yourself
        get emergency help
    .alt = A red telephone and a red warning light.

## Pathway: a friend told me something happened to them online (ages 15-17 module pressure-online).

pathway-friend-told-me-title = A friend told me something happened to them
pathway-friend-told-me-listen = Listen, and believe your friend. Stay calm. Thank them for telling you.
    .easy = Listen. Believe your friend. Thank them.
    .alt = Two friends sit on a wall. One listens and smiles. A pink heart is above them.
pathway-friend-told-me-not-their-fault = Tell your friend: it is not your fault.
    .easy = Tell your friend: it is not your fault.
    .safety = it is not your fault.
    .alt = Two friends sit on a wall. One puts a hand on the other's shoulder.
pathway-friend-told-me-keep-private = Keep it private. Do not share any picture. Do not save any picture. Do not message the person who harms your friend.
    .easy = Keep it private. Do not share any picture. Do not save any picture.
    .safety =
        Do not share any picture.
        Do not save any picture.
    .alt = A phone with a red cross over it, and a face with a finger on its lips.
pathway-friend-told-me-tell-adult = Help your friend tell a trusted adult. Offer to go with them.
    .easy = Help your friend tell a trusted adult. Go with them.
    .alt = Two friends walk together towards a smiling adult.
pathway-friend-told-me-helpline = You and your friend can talk to a child helpline. You can also talk to one about how you feel.
    .easy = You and your friend can talk to a child helpline.
    .alt = A phone shows a chat with a helpline. A pink heart is next to it.
pathway-friend-told-me-emergency = If your friend is in danger now, or might hurt themselves, get emergency help straight away, even if they asked you to keep it secret.
    .easy = Is your friend in danger now? Get emergency help. Even if it is a secret.
    .safety = get emergency help
    .alt = A red telephone and a red warning light.
