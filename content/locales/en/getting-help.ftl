## Module: getting help (ages 10 to 14)

getting-help-title = Getting help
    .alt = A big blue shield with a white tick. A child stands on one side and an adult on the other side. Both smile.
getting-help-summary = Who can help you, how to report and block, and what happens when you tell.

## Lesson 1: who can help you

getting-help-1-title = Who can help you

getting-help-1-lindiwe = Nomsa is 11. She is deaf, and she signs with her family and friends. In an online group, someone keeps writing things that make her worried. She does not want to keep it to herself. At school, she goes to her teacher. She signs and writes to tell her teacher what happened.
    .easy = Nomsa is deaf. She signs. A thing online makes her worried. She tells her teacher. She signs and writes.
    .alt = Nomsa, a girl in an orange top, moves her hands to sign. Her teacher, who wears glasses, stands next to a green board and watches her hands.

getting-help-1-who-can-help = Many people can help you. A trusted adult: someone in your family, or another adult you know well. A teacher or a school counsellor. A child helpline, where trained people help children. A hotline that works to get child sexual abuse material removed from the internet. The police, if you are in danger. The help section shows the contacts in your country.
    .easy = Who can help? A trusted adult in your family. A teacher. A child helpline. A hotline that helps take sexual pictures of children off the internet. The police, if you are in danger. The help page shows them.
    .alt = Five round pictures: an adult, a school, a phone with chat messages, a purple shield with a tick, and a red emergency light.

getting-help-1-helplines = In many countries, child helplines are free and confidential. Confidential means they keep what you tell them private. If you are in danger, they may ask other people to help keep you safe. Some helplines let you write by text message or chat. So you can use them without hearing, and without speaking out loud.
    .easy = Many helplines are free. They keep what you tell them private. Some let you write by text or chat. You do not need to hear to use them.
    .alt = A child stands next to a big phone. The phone shows a chat: the child's messages in orange, and a helper's message in green with a green heart.

getting-help-1-when-you-tell = What happens when you tell? A trusted adult should take you seriously. They may ask some questions and write down what happened. They can help you report and block, and get help from people whose job is to keep children safe. You are not in trouble for telling. If the first adult does not help, tell another adult you trust, or contact a helpline.
    .easy = You tell a trusted adult. They listen to you. They may write down what happened. They help you report. You are not in trouble. If they do not help, tell one more adult.
    .alt = A child stands next to an adult. The adult smiles and writes notes on a sheet of paper.

getting-help-1-quiz-who = Who can help you if something online worries you? Pick all the right answers.
    .easy = Who can help you? Pick all the right answers.
    .alt = Five round pictures: an adult, a school, a phone with chat messages, a shield and an emergency light.
    .hint = Think about people whose job is to keep children safe.
getting-help-1-quiz-who-family-adult = An adult in your family you trust
    .feedback = Yes. A trusted adult in your family can help you.
getting-help-1-quiz-who-teacher = A teacher or a school counsellor
    .feedback = Yes. Teachers and counsellors help children stay safe.
getting-help-1-quiz-who-helpline = A child helpline
    .feedback = Yes. Child helplines have trained people who help children. The help section shows them.
getting-help-1-quiz-who-person-online = The person online who is worrying you
    .feedback = No. Do not ask them for help. Stop replying and tell a trusted adult.

getting-help-1-quiz-phone = True or false: to get help from a helpline, you must talk on the phone.
    .easy = True or false: you must talk on the phone to use a helpline.
    .alt = A child next to a phone that shows a chat with a helper.
    .hint = Think about Nomsa. How could she contact a helpline?
getting-help-1-quiz-phone-true = True
    .feedback = No, this is false. Some helplines let you write by text or chat. The help section shows how to contact helplines in your country.
getting-help-1-quiz-phone-false = False
    .feedback = Yes, it is false. Some helplines let you write by text or chat, so you do not need to hear or speak. A trusted adult can also help you contact them.

## Lesson 2: report it and get help

getting-help-2-title = Report it and get help

getting-help-2-block-report = Most apps and games let you report and block. Report means you tell the app that something is wrong, so they can act. Block means the person cannot contact you any more. Look for a flag, the word "Report", or a menu with three dots on the profile or the message. Report first, then block. In most apps, the person is not told who reported them. A trusted adult can help you.
    .easy = In most apps you can report and block. Report: you tell the app. Block: the person can not write to you. Look for a flag or three dots. Report first, then block. A trusted adult can help.
    .alt = A phone shows a profile with a grey picture and a menu with three dots. Below are two buttons: an orange report flag and a red block sign.

getting-help-2-jordan = Jordan is 13. In a group chat, someone shares a picture. It shows a child in a sexual way. Jordan feels shocked. He does not look at it again. He closes it.
    .easy = Jordan is in a group chat. Someone shares a sexual picture of a child. Jordan feels shocked. He closes it.
    .alt = Jordan's phone shows a group chat. A grey box hides the picture, with a crossed-out eye on it. Jordan's finger presses a red close button.

getting-help-2-do-not-share = If you see sexual images of a child online, do not share them. Do not save them. Do not take a screenshot. Nobody should, not even to show as proof. Close the picture and tell a trusted adult. Together, report it in the app and to a hotline that works to get child sexual abuse material removed. The adult can describe where it was: the app, the group, the username and the time. You are not in trouble for seeing it, and it is not your fault. If it upsets you, you can talk about your feelings with a trusted adult.
    .easy = You see a sexual picture of a child? Do not share it. Do not save it. Do not take a screenshot. Close it. Tell a trusted adult. Report it. You are not in trouble. It is not your fault.
    .safety =
        Do not take a screenshot.
        You are not in trouble
        it is not your fault.
    .alt = Three pictures: a send arrow crossed out in red, a save arrow crossed out in red, and an orange report flag with a green tick.

getting-help-2-pathway = If you see sexual images of a child online, the help section shows where you and a trusted adult can report them in your country.
    .easy = You see a sexual picture of a child? The help page shows where to report it.
    .alt = A hand taps a help button with a heart on a tablet screen.

getting-help-2-danger-now = If you are in danger now, get emergency help at once. Go to a safe place. Tell an adult you trust who is near you. Contact the police or emergency services. The help section shows the emergency contacts in your country.
    .easy = In danger now? Get help now. Go to a safe place. Tell an adult near you. Contact the police. The help page shows how.
    .alt = A worried child walks along a green arrow towards a house. An adult stands in the open door. A blue emergency light is at the top.

getting-help-2-quiz-jordan = What should Jordan do about the picture?
    .easy = What should Jordan do?
    .alt = Jordan's phone shows a group chat with a hidden grey picture and a red close button.
    .hint = Should the picture go anywhere else?
getting-help-2-quiz-jordan-send-to-friend = Send it to a friend to ask what to do.
    .feedback = No. Sending it on spreads it, and that harms the child in it even more. Do not share it. Tell a trusted adult instead.
getting-help-2-quiz-jordan-keep-as-proof = Save it or take a screenshot, to show as proof.
    .feedback = No. Do not save it or take a screenshot, not even as proof. A trusted adult can report it by describing the app, the group, the username and the time.
getting-help-2-quiz-jordan-close-tell-report = Close it, do not share it, and tell a trusted adult. Then report it together.
    .feedback = Yes. Jordan closes it, does not share it, and tells a trusted adult. Together they report it in the app and to the hotline. Jordan is not in trouble.
getting-help-2-quiz-jordan-say-nothing = Say nothing and hope it goes away.
    .feedback = Not the best choice. Reporting helps get the picture removed and helps protect the child in it. Tell a trusted adult. You are not in trouble for seeing it.

getting-help-2-quiz-danger = Nomsa is in danger right now. What should she do first?
    .easy = Nomsa is in danger now. What should she do first?
    .alt = A worried child walks towards a house where an adult waits at the open door. A blue emergency light is at the top.
    .hint = Is this a time to wait?
getting-help-2-quiz-danger-wait = Wait until school tomorrow, and tell a teacher then.
    .feedback = No. When you are in danger, do not wait. Get emergency help now.
getting-help-2-quiz-danger-emergency-help = Get emergency help now: go to a safe place, tell an adult nearby, and contact the police.
    .feedback = Yes. When you are in danger, get emergency help at once. The help section shows the emergency contacts in your country.
getting-help-2-quiz-danger-post-online = Write a post about it online.
    .feedback = No. A post does not bring help fast. Get emergency help now.

getting-help-badge = Help finder
    .alt = A round badge with a plus sign in the middle and two ribbons below.
