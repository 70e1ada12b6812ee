## Module: my private information (ages 6 to 9)

private-info-title = My private information
    .alt = A child holds a phone. A padlock keeps a house, a school and a name card safe.
private-info-summary = Learn which things about you are private, and what to do if someone online asks for them.

private-info-1-title = What is private?

private-info-1-meet-sami = This is Sami. Sami likes to play a game on the family phone. In the game, Sami can talk with other players.
    .easy = This is Sami. Sami plays a game on a phone. Other kids can write to him.
    .alt = A child sits on a chair and smiles at a phone. The phone shows a game with cartoon animals.

private-info-1-private-things = Some things about you are private. Your full name, your home address, your school, your phone number and photos of you are private. Keep them for people you know and trust in real life.
    .easy = Some things are just for you. Your full name. Where you live. Your school. Your phone number. Your photos. Do not give them to people online.
    .alt = Five pictures in a row: a name card, a house, a school, a phone and a photo. A padlock is next to each one.

private-info-1-game-chat = A player in the game writes to Sami: "You are good at this game! What school do you go to?"
    .easy = A player writes: "What school do you go to?"
    .alt = The phone screen shows a chat message from a player with a cartoon fox picture. The message asks about Sami's school.

private-info-1-quiz = What should Sami do?
    .easy = What should Sami do?
    .alt = The chat message asking about Sami's school is still on the screen.
    .hint = Is the name of your school private?
private-info-1-quiz-tell-school = Write the name of the school.
    .feedback = Your school is private. Someone who knows your school can find you. Keep it to yourself.
private-info-1-quiz-stop-tell-adult = Do not answer, and tell a grown-up you trust.
    .feedback = Yes. You can stop, say nothing, and tell a grown-up you trust. They can help you block or report the player.
private-info-1-quiz-send-photo = Send a photo in the school uniform.
    .feedback = A photo in a uniform shows your school. Photos of you are private too. Keep them to yourself.

private-info-1-remember = If someone online asks for private things, you can stop and say no. Tell a grown-up you trust. If someone asks you for private things, it is never your fault.
    .easy = Someone asks for your things? Stop. Say no. Tell a grown-up you trust. It is never your fault.
    .alt = Sami shows the phone to a smiling grown-up. The grown-up looks at the screen and pays attention to Sami.

private-info-badge = Private information keeper
    .alt = A round badge with a padlock in the middle and two ribbons below.

## Knowledge check, before and after the module.

private-info-check-address = True or false: It is fine to tell a new online friend where you live.
    .easy = Can you tell a new online friend where you live?
    .alt = Five pictures in a row: a name card, a house, a school, a phone and a photo. A padlock is next to each one.
private-info-check-address-true = True
private-info-check-address-false = False
private-info-check-private = Which of these are private? Choose all that are private.
    .easy = Which things are private? Pick all.
    .alt = Five pictures in a row: a name card, a house, a school, a phone and a photo. A padlock is next to each one.
private-info-check-private-school = The name of my school
private-info-check-private-phone = My phone number
private-info-check-private-colour = My favourite colour
private-info-check-private-home = My home address
private-info-check-asked = Someone online asks for your phone number. What is the best thing to do?
    .easy = Someone online asks for your phone number. What do you do?
    .alt = Sami shows the phone to a smiling grown-up. The grown-up looks at the screen and pays attention to Sami.
private-info-check-asked-answer = Give the number.
private-info-check-asked-tell = Do not answer, and tell a grown-up you trust.
private-info-check-asked-keep-secret = Keep it a secret.
