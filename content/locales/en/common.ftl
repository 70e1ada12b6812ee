## Words used across the app.

quiz-correct = Well done! That is right.
quiz-partly = Some of that is right ({ $score }%). Look at the answers and try again.
quiz-not-yet = Not quite. Look at the answers and try again.

## Avatars a learner can pick. Each name is also the picture's alt text.

avatar-cat = A smiling cat
avatar-fish = A blue fish
avatar-kite = A red kite in the sky
avatar-star = A yellow star
avatar-sun = A bright sun
avatar-tree = A green tree

## Home screen. $nickname is the learner's nickname; $lessons the lessons they finished.

home-welcome = { $lessons ->
        [0] Hello, { $nickname }! Pick a lesson to start.
        [one] Welcome back, { $nickname }! You have finished { $lessons } lesson.
       *[other] Welcome back, { $nickname }! You have finished { $lessons } lessons.
    }

quiz-reveal = That is not it yet. Look at the right answer, then go on.

## Pictures for a picture password. Each name is also the picture's alt text.

picture-apple = A red apple
picture-ball = A blue ball
picture-boat = A boat with a yellow sail
picture-car = A purple car
picture-fish = An orange fish
picture-flower = A yellow flower
picture-house = A house with a red roof
picture-moon = A yellow moon
picture-tree = A green tree
