## Module: for teachers of deaf and hard-of-hearing learners (adults)

teachers-title = Teaching SafeSteps to deaf and hard-of-hearing learners
    .alt = A teacher signs next to a screen. The screen shows a person signing. Learners sit in a half circle, seen from behind. They can all see the teacher and the screen.
teachers-summary = Run SafeSteps lessons that every learner can see and follow. Check understanding without speech. Know what to do when a child tells you something, and keep children's data private.

## Lesson 1: set up the room and the tablets

teachers-1-title = Set up the room and the tablets

teachers-1-meet-ayesha = Ms Grace teaches eight deaf and hard-of-hearing learners, aged 8 to 10. The class uses sign language. Some learners read English as a second language. Today the class starts SafeSteps.
    .easy = Ms Grace is a teacher. Her learners are deaf or hard of hearing. They use sign language. Today they start SafeSteps.
    .alt = A teacher signs next to a screen. The screen shows a person signing. Learners sit in a half circle, seen from behind. They can all see the teacher and the screen.

teachers-1-sign-language = Teach in the class's sign language. In SafeSteps, switch on the sign-language video and the captions before the lesson starts. Check that the video shows the sign language your learners use.
    .easy = Use the class's sign language. Switch on the sign-language video. Switch on the captions. Do it before the lesson.
    .alt = A tablet screen. A person signs in a video window at the top. Below the video are lines of captions.

teachers-1-room = Seat learners in a half circle, so everyone can see you, the screen and each other. Keep the light on your face. Do not stand in front of a bright window. Keep your face visible, and do not sign or talk while you face the board. One person signs or speaks at a time. Point to the next person before they start.
    .easy = Sit in a half circle. Everyone sees everyone. Light on your face. Do not stand in front of a window. One person at a time.
    .alt = A classroom seen from above. Chairs stand in a half circle. The teacher and a screen are at the open side. The window is behind the learners, so light falls on the teacher's face.

teachers-1-tablets = On shared tablets, each child signs in with their own avatar and their own picture password. Then each child's progress stays their own. Teach children to keep their picture password private, like any password.
    .easy = Each child signs in with their own avatar and picture password. Keep the picture password private.
    .alt = A tablet screen with a row of avatars: a cat, a star, a sun and a kite. Below them is a grid of nine small pictures for the picture password.

teachers-1-privacy = Protect children's data. Give each child a nickname only, never a full name. Do not add photos of children, addresses or other personal details. Keep notes about a child's progress or worries in your school's safe records, not on the shared tablet.
    .easy = Use nicknames only. No full names. No photos of children. No addresses.
    .alt = A learner card with a star avatar and one short name. Next to it, a camera and a house are crossed out in red.

teachers-1-quiz-room = Which room helps deaf learners follow the lesson best?
    .easy = Which room is best?
    .alt = Three small classrooms seen from above, side by side. Each has chairs, a teacher and a screen.
    .hint = Can every learner see the teacher's face and the other learners?
teachers-1-quiz-room-half-circle = Chairs in a half circle, light on the teacher's face.
    .alt = Chairs in a half circle. The teacher and the screen are at the open side. The window is behind the learners.
    .feedback = Yes. Every learner can see the teacher, the screen and each other. The light is on the teacher's face.
teachers-1-quiz-room-rows = Chairs in straight rows, one behind the other.
    .alt = Chairs in three straight rows facing the teacher.
    .feedback = In rows, learners at the back see only backs of heads. They miss what classmates sign.
teachers-1-quiz-room-window = Chairs in a half circle, teacher in front of a bright window.
    .alt = Chairs in a half circle. The teacher stands in front of a big bright window.
    .feedback = With a bright window behind you, your face and hands are in shadow. Learners cannot read your signs or your face.

teachers-1-quiz-names = True or false: To find progress easily, type each child's full name into SafeSteps.
    .easy = True or false: Type each child's full name.
    .alt = The learner card with a star avatar and one short name.
    .hint = What does a child need to sign in?
teachers-1-quiz-names-true = True
    .feedback = No. Use a nickname only. A full name is personal data, and the app does not need it.
teachers-1-quiz-names-false = False
    .feedback = Right. A nickname, an avatar and a picture password are enough. Keep full names out of the app.

## Lesson 2: teach visually and check understanding

teachers-2-title = Teach visually and check understanding

teachers-2-visual = Teach visual-first. Show the picture before the words. Act out each scenario with simple props, like a card cut in the shape of a phone. You can hold up the message card. Learners show what they would do: stop, block, report, tell a trusted adult.
    .easy = Show the picture first. Then act it out. Learners show what to do: stop, block, report, tell.
    .alt = A learner holds up a card shaped like a phone. Another learner holds up a flat hand to say stop. A big picture of a chat stands on an easel behind them.

teachers-2-easy-read = Many learners read English as a second language, after their sign language. Use the easy-read text in SafeSteps: short sentences, common words, one idea in each sentence. Teach the key words first, with their signs: private, block, report, trusted adult.
    .easy = Use the easy-read text. Teach key words first: private, block, report, trusted adult. Show the sign for each word.
    .alt = Two screens side by side. The left screen is full of long lines of text. The right screen has a picture and three short lines.

teachers-2-check = Check understanding without relying on speech. "Do you understand?" often gets a nod, even from a learner who is lost. Instead, ask learners to point to the right picture, hold up a green or red card, act out what they would do, or sign it back in their own words. Watch every learner, not only the quick ones.
    .easy = Do not only ask "Do you understand?". Ask learners to point, hold up a card, act it out, or sign it back.
    .alt = Four learners hold up cards. Three cards are green and one is red. A board behind them shows a picture of a phone.

teachers-2-nod = At the end of the lesson, Ms Grace signs: "Do you all understand?" Every learner nods. Leo looks at his neighbour first, and then he nods too.
    .easy = Ms Grace asks: "Do you understand?" Everyone nods. Leo looks at his friend first. Then he nods.
    .alt = Four learners sit in a row and nod. One boy looks sideways at the learner next to him.

teachers-2-quiz = What is the best way for Ms Grace to check that Leo understood?
    .easy = How can Ms Grace check that Leo understood?
    .alt = Four learners sit in a row and nod. One boy looks sideways at the learner next to him.
    .hint = How can Leo show you, without speech?
teachers-2-quiz-ask-again = Ask again, more slowly and more loudly.
    .feedback = Volume does not help a deaf learner. A second yes-or-no question will likely get a second nod.
teachers-2-quiz-show-cards = Ask Leo to show, with the picture cards, what he would do.
    .feedback = Yes. When Leo shows what he would do, you can see what he understood.
teachers-2-quiz-move-on = Accept the nods and move on.
    .feedback = A nod can mean "I want to fit in". Leo looked at his neighbour first. He may be lost.
teachers-2-quiz-written-test = Give a long written test.
    .feedback = A long text tests reading in a second language, not online safety. Use pictures, cards and signs.

teachers-2-quiz-order = Put these steps for a SafeSteps lesson in a good order.
    .easy = Put the steps in order.
    .alt = Four learners hold up green and red cards in front of a board with a picture of a phone.
    .hint = Get ready before the lesson. Check understanding last.
teachers-2-quiz-order-switch-on = Before the lesson: switch on the sign-language video and the captions.
    .feedback = First, get SafeSteps ready before the learners arrive.
teachers-2-quiz-order-seat = Seat learners in a half circle, with the light on your face.
    .feedback = Next, make sure everyone can see you, the screen and each other.
teachers-2-quiz-order-show = Show the picture.
    .feedback = Pictures come before words.
teachers-2-quiz-order-act = Act out the scenario together.
    .feedback = Acting out makes the scenario clear without speech.
teachers-2-quiz-order-check = Check understanding with cards, pointing or signing back.
    .feedback = Last, check that every learner understood.

## Lesson 3: when a child tells you something

teachers-3-title = When a child tells you something

teachers-3-meet-ellie = After a lesson, Ellie stays behind. She is 9 and deaf. She signs to Ms Grace: "Someone in my game keeps asking me for photos. Please do not tell anyone."
    .easy = Ellie is 9. She is deaf. She stays after the lesson. She signs to Ms Grace: "Someone in a game asks me for photos. Do not tell anyone."
    .alt = An empty classroom. A girl signs to her teacher. The teacher kneels at the girl's eye level and watches her hands.

teachers-3-disclosure = If a child tells you something, stay calm. Give the child your full attention. Let them tell it in their own way: sign, write or draw. Do not push for details. Do not promise to keep it secret. Explain kindly that you will tell people whose job is to keep them safe. Thank them for telling you. Tell them it is not their fault. Then follow your school's safeguarding procedure straight away.
    .easy = Stay calm. Pay attention. Let the child sign, write or draw. Do not promise to keep a secret. Say thank you. Say: "It is not your fault." Follow your school's safeguarding rules straight away.
    .alt = Ms Grace kneels at Ellie's eye level with a calm face. Ellie signs. A sheet of paper and a pencil lie on the desk next to them.

teachers-3-record = Record facts, not images. Write what the child told you, as close to their own words or signs as you can. Add the date and time. Note the app and the account name, if the child knows them. Never save sexual images of a child. Never screenshot them. Never forward them. Do not ask the child to show you or send you images. Give your record to the person your procedure names.
    .easy = Write down the facts: what the child told you, the date, the time, the app, the account name. Never save images. Never screenshot them. Never forward them. Do not ask to see images.
    .safety =
        Never screenshot them.
        Never forward them.
    .alt = A notebook with lines of writing, a pen and a clock. Next to it, a phone with a blank picture and a red cross over it.

teachers-3-pathway = Follow your school's safeguarding procedure first. The help section shows who else you can contact in your country.
    .easy = Follow your school's safeguarding rules. The help section shows who else can help.
    .alt = A hand taps a help button with a heart on a tablet screen.

teachers-3-quiz = Ellie signs: "Promise you will not tell anyone?" What should Ms Grace do?
    .easy = Ellie asks Ms Grace to keep a secret. What should Ms Grace do?
    .alt = Ms Grace kneels at Ellie's eye level. Ellie signs.
    .hint = Can Ms Grace keep Ellie safe if she keeps the secret?
teachers-3-quiz-promise = Promise to keep it secret, so Ellie keeps talking.
    .feedback = Do not promise secrecy. You will need to tell others to keep Ellie safe, and a broken promise breaks trust.
teachers-3-quiz-explain = Thank Ellie and say it is not her fault. Explain kindly that you must tell the people whose job is to keep her safe. Then follow the school's procedure.
    .feedback = Yes. You are honest with Ellie, and you get her the right help.
teachers-3-quiz-see-photos = Ask Ellie to show the messages and photos, and save them as evidence.
    .feedback = No. Never save sexual images of a child. Never screenshot them or forward them. Do not ask to see them. Write down the facts instead.
teachers-3-quiz-confront = Write to the account in the game and tell them to stop.
    .feedback = Do not confront the person yourself. It can warn them and make things worse. Follow your school's procedure, and let the platform and the police deal with them.

teachers-badge = Inclusive teacher
    .alt = A round badge with a school in the middle and two ribbons below.
