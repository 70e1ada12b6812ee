## Module: for parents and caregivers (adults)

caregivers-title = For parents and caregivers
    .alt = A parent and a child sit side by side on a sofa. They look at a tablet together and smile.
caregivers-summary = Notice signs that a child may need help. Respond calmly when a child tells you something. Report it safely, without copying any images.

## Lesson 1: signs to notice

caregivers-1-title = Signs to notice

caregivers-1-meet-lindiwe = Zanele has a son, Thabo. He is 12. Lately Thabo turns his phone face down when Zanele comes into the room. He has new credit in his game. He says a friend online sent it. The friend is 19.
    .easy = Thabo is 12. He hides his phone from his mother, Zanele. He has new game credit. A friend online sent it. The friend is 19.
    .alt = A boy sits on his bed and holds a phone against his chest, screen hidden. A gift box and a pile of gold game coins lie next to him. His mother stands in the doorway.

caregivers-1-signs = Some changes can show that a child needs help. The child becomes secretive about a phone or tablet. The child has new gifts, money or game credit from people you do not know. The child is withdrawn, or upset after being online. The child talks about an older "friend" they met online.
    .easy = Look for changes. Your child hides the phone. Your child gets gifts or credit from people you do not know. Your child is quiet or sad. Your child is upset after being online. Your child has an older friend online.
    .alt = Four small pictures. A child hides a phone. A gift box next to a grey figure with no face. A child sits alone with head down. A chat window with a grown-up face next to a small child face.

caregivers-1-talk = A sign is not proof that something is wrong. It is a reason to talk. Choose a calm, private moment. Ask open questions, like "Who do you chat with in that game?" Show interest, not anger. Let your child know they can always tell you, and they will not be in trouble.
    .easy = A sign is a reason to talk. Be calm. Ask about the games and the chats. Do not be angry. Say: "You can always tell me. You will not be in trouble."
    .alt = A parent and a child sit at a kitchen table with cups. The parent leans in with a kind face. The child shows the phone screen to the parent.

caregivers-1-quiz = Which of these can be signs that a child needs help? Pick all that fit.
    .easy = Which are signs? Pick all the right ones.
    .alt = The four small pictures again: a hidden phone, a gift from an unknown person, a child alone, and a chat with a grown-up.
    .hint = Think about secrets, gifts from strangers and changes in mood.
caregivers-1-quiz-secretive = The child hides the phone and will not say who they chat with.
    .feedback = Yes. Sudden secrecy about a phone can be a sign. Talk calmly.
caregivers-1-quiz-gifts = The child has new game credit from someone you do not know.
    .feedback = Yes. Gifts or credit from unknown people can be used to build trust and create a debt. Ask gently about it.
caregivers-1-quiz-upset = The child is upset or withdrawn after being online.
    .feedback = Yes. A change in mood after being online is a reason to check in.
caregivers-1-quiz-older-friend = The child has a new, much older "friend" online.
    .feedback = Yes. An adult who builds a close, secret friendship with a child online is a warning sign.
caregivers-1-quiz-school-game = The child plays a game with classmates and talks about it at dinner.
    .feedback = This is not a warning sign. Open talk about games is good. Keep it going.

## Lesson 2: when a child tells you

caregivers-2-title = When a child tells you

caregivers-2-meet-chanda = Bwalya has a daughter, Mwila. She is 9 and deaf. One evening Mwila signs to her father: "A man in my game asked me for photos. He said it is our secret." Mwila looks scared.
    .easy = Mwila is 9. She is deaf. She signs to her father, Bwalya. A man in a game asked her for photos. He said: "Keep it secret." Mwila is scared.
    .alt = A girl signs to her father in the living room. A tablet lies on the sofa next to her. The father sits down at her eye level and watches her hands.

caregivers-2-do = When a child tells you, stay calm. Give them your full attention, in the way they talk best: speech, sign or writing. Believe them. Thank them for telling you. Tell them clearly: "This is not your fault."
    .easy = Stay calm. Pay attention. Believe your child. Say: "Thank you for telling me." Say: "It is not your fault."
    .alt = Bwalya sits at Mwila's eye level with a calm, open face. He watches her hands as she signs.

caregivers-2-dont = Do not blame or punish your child. Do not take the phone away as a punishment. Children who lose their phone for telling often stop telling. Do not contact or confront the person yourself. That can warn them and make things worse. Let the platform and the police deal with them.
    .easy = Do not blame your child. Do not punish your child. Do not take the phone away to punish. Do not write to the person. Report them instead.
    .alt = Three small pictures, each crossed out in red: a pointing finger, a hand taking a phone away, and a parent typing an angry message.

caregivers-2-quiz-order = Mwila has just told her father. Put his steps in a good order.
    .easy = Put the steps in order.
    .alt = Mwila and her father sit together. He watches her hands as she signs.
    .hint = First look after the child. Then report.
caregivers-2-quiz-order-calm = Stay calm.
    .feedback = First, stay calm. A calm face helps your child keep telling you.
caregivers-2-quiz-order-attention = Give full attention and let her tell it in her own way.
    .feedback = Let her sign, write or show it at her own pace. Do not push for details.
caregivers-2-quiz-order-reassure = Believe her, thank her for telling, and tell her it is not her fault.
    .feedback = This shows that telling was the right thing to do. It is never the child's fault. Say it clearly.
caregivers-2-quiz-order-report = Note the facts and report it.
    .feedback = Last, write down the facts and report. The next lesson shows how.

caregivers-2-quiz = Thabo tells his mother that his older online "friend" wants to video chat alone. What should Zanele do?
    .easy = Thabo tells his mother about the online friend. What should she do?
    .alt = Thabo shows his phone to his mother, Zanele, at the kitchen table. She leans in with a kind face.
    .hint = What helps Thabo keep telling you?
caregivers-2-quiz-take-phone = Take his phone away for a month.
    .feedback = Thabo did the right thing by telling. If telling costs him his phone, he may not tell next time.
caregivers-2-quiz-thank-calm = Stay calm, thank him, tell him it is not his fault, and report the account.
    .feedback = Yes. You keep Thabo safe and you keep him telling you.
caregivers-2-quiz-message-friend = Write to the "friend" and tell them to stop.
    .feedback = Do not confront the person yourself. It can warn them and make things worse. Report them to the platform, and to the police if a child is in danger.
caregivers-2-quiz-scold = Tell Thabo he should have known better.
    .feedback = Blame makes children stop telling. It is never the child's fault.

## Lesson 3: reporting and support

caregivers-3-title = Reporting and getting help

caregivers-3-report = You can report in several places. Report the account to the platform, with the app's report button. Report sexual images of a child to your national hotline for child sexual abuse material. Your child can contact the child helpline too. If a child is in danger now, contact the police.
    .easy = Report the account in the app. Report sexual images of a child to the hotline. Your child can contact the child helpline. Is a child in danger now? Contact the police.
    .alt = A phone with a red flag button on the screen. Next to it are a shield and a police badge.

caregivers-3-no-images = Never save sexual images of a child. Never screenshot them. Never forward them, not even as evidence. In many countries this is a crime, even for a parent. Each copy harms the child again. Instead, write a note: the app, the account name, the date and time, and what you saw, in words.
    .easy = Never save a sexual image of a child. Never screenshot it. Never send it on. Write a note instead: the app, the account name, the date, the time, what you saw.
    .alt = On the left, a phone with a blank picture and a red cross over it. On the right, a notepad with lines of writing and a pen.

caregivers-3-deaf-child = If your child is deaf or hard of hearing, talk in your child's sign language. Make sure your child can see your face. Let your child tell you in visual ways: sign, write, draw, or point to pictures in this app. Give them time. Find ways to ask for help that do not need a voice call, like text or chat.
    .easy = Use your child's sign language. Show your face. Your child can sign, write, draw or point. Give time. Find help by text or chat.
    .alt = A mother and her deaf son sit at a table. They sign to each other. A drawing and a tablet with pictures lie between them.

caregivers-3-pathway = If you are worried about a child, the help section shows who you can contact in your country.
    .easy = Worried about a child? The help section shows who to contact.
    .alt = A hand taps a help button with a heart on a tablet screen.

caregivers-3-quiz = True or false: To help the police, you should save a screenshot of a sexual image of a child.
    .easy = True or false: Save a screenshot of the image for the police.
    .alt = A phone with a blank picture and a red cross over it, next to a notepad.
    .hint = What can you write down instead?
caregivers-3-quiz-true = True
    .feedback = No. Never save, screenshot or forward it. In many countries that is a crime, and it harms the child again. Write down the app, the account name, the date and time, and what you saw.
caregivers-3-quiz-false = False
    .feedback = Right. Do not copy the image. Write down the app, the account name, the date and time, and describe what you saw. Then report it.

caregivers-badge = Caring adult
    .alt = A round badge with a person with open arms in the middle and two ribbons below.
