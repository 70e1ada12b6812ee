## The apps' own words: buttons, labels, screen titles and error messages, for the
## Android and the iOS demo alike (SafeSteps.uiText / uiFormat). Every id starts
## with "ui-"; apps use it without that prefix ("ui-back" is "back"). Messages
## with variables are formatted with uiFormat. Keep the ids stable: apps use them.

## Frame

ui-app-name = SafeSteps
ui-opening = Opening SafeSteps
ui-open-failed = SafeSteps could not open its data. Please restart the app.
ui-back = Back
ui-quick-exit = Quick exit
ui-quick-exit-help = Leaves this screen at once
ui-problem = Problem: { $text }
ui-ok = OK
ui-on = On
ui-off = Off
ui-close = Close
ui-done = Done
ui-save = Save
ui-clear = Clear
ui-choose = Choose
ui-chosen = Chosen
ui-undo = Undo
ui-start = Start
ui-create = Create
ui-open = Open
ui-thank-you = Thank you
ui-something-went-wrong = Something went wrong. Please try again.
ui-draft-language = { $language } (draft translation)
ui-draft-note = This translation is a draft: a native speaker has not checked it yet.

## Learner picker

ui-who-is-learning = Who is learning?
ui-new-learner = New learner
ui-nickname = Nickname
ui-nickname-help = A made-up name. Not your real name, phone number or email.
ui-privacy-note = Only a nickname and a picture are kept, on this device. Never use a real name.
ui-pick-avatar = Pick a picture for you
ui-age = Age
ui-age-not-given = Not given
ui-ages-6-9 = 6 to 9 years
ui-ages-10-14 = 10 to 14 years
ui-ages-15-17 = 15 to 17 years
ui-create-profile = Make my profile
ui-sign-in = Sign in
ui-tap-your-pictures = { $nickname }, tap your pictures in order.
ui-pictures-tapped = { $count ->
        [one] { $count } picture tapped
       *[other] { $count } pictures tapped
    }
ui-not-right-try-again = That was not right. Try again.
ui-wait-seconds = { $seconds ->
        [one] Please wait { $seconds } second, then try again.
       *[other] Please wait { $seconds } seconds, then try again.
    }
ui-get-help = Get help
ui-get-help-now = Get help now
ui-for-adults = For adults
ui-for-caregivers = For parents and caregivers
ui-for-teachers = For teachers

## Home

ui-your-lessons = Your lessons
ui-more-lessons = More lessons
ui-badges = Badges
ui-settings = Settings
ui-switch-learner = Change learner
ui-i-need-help = I need help
ui-lessons-done = { $total ->
        [one] Lessons finished: { $done } of { $total }
       *[other] Lessons finished: { $done } of { $total }
    }
ui-badge-earned = Badge earned
ui-badge-named = Badge: { $name }
ui-go-on = Go on
ui-assigned = From your teacher
ui-assigned-due = From your teacher. Finish by { $date }.
ui-assigned-due-soon = From your teacher. Finish soon: by { $date }.
ui-assigned-overdue = From your teacher. It was due on { $date }.
ui-assigned-done = From your teacher. Done!
ui-locked-finish-first = Locked. Finish this first: { $modules }
ui-locked = Finish other modules first
ui-not-for-age = For another age group
ui-state-available = Ready to start
ui-state-in-progress = Started
ui-state-completed = Finished
ui-state-mastered = Finished, with top marks

## Lesson

ui-step-n-of-m = Step { $number } of { $total }
ui-resumed-at = Welcome back. You are at step { $number }.
ui-lesson-n = Lesson { $number }
ui-audio-available = Listen (the same words are written here)
ui-easy-read = Easy words
ui-full-text = Full text
ui-captions = Captions
ui-captions-on = Captions: on
ui-captions-off = Captions: off
ui-sign-video = Sign-language video
ui-sign-video-in = Sign-language video: { $language }
ui-sign-video-switch = Show in { $language }
ui-video-not-recorded = The { $language } video is not recorded yet. The words and the picture tell the same.
ui-video-play = Play
ui-video-pause = Pause
ui-video-replay = Play again
ui-what-to-do = What to do
ui-lesson-finished = You finished this lesson!
ui-module-finished = You finished the whole module!
ui-new-badge = You earned a badge: { $name }
ui-you-earned-a-badge = You earned a badge!
ui-steps-seen = { $seen } of { $total } steps seen
ui-questions-right = { $passed } of { $total } questions right
ui-previous = Back a step
ui-next = Next
ui-finish = Finish
ui-start-again = Start again
ui-back-to-start = Back to the start

## Quiz

ui-choose-one = Choose one answer.
ui-choose-several = Choose every right answer.
ui-choose-picture = Choose one picture.
ui-true-or-false = Is it true or false?
ui-choose-in-order = Put these in the right order. Use the arrows to move them.
ui-tries-left = { $count ->
        [one] { $count } try left
       *[other] { $count } tries left
    }
ui-show-hint = Show a hint
ui-hint-is = Hint: { $hint }
ui-check-answer = Check my answer
ui-try-again = Try again
ui-option-right = Right
ui-option-wrong = Not right
ui-right-order = The right order:
ui-move-up = Move { $option } up
ui-move-down = Move { $option } down
ui-place-n = { $number }.
ui-answers-for-learners = Answers are checked for learners only.

## Badges

ui-badges-count = Badges earned: { $earned } of { $total }
ui-earned = Earned
ui-still-to-earn = Still to earn
ui-not-yet = Not yet: finish the module
ui-no-badges = No badges yet. Finish a module to earn one.

## Settings

ui-text-language = Text language
ui-same-as-app = Same as the app
ui-same-as-device = Same as this device
ui-sign-language = Sign language
ui-sign-language-none = No sign-language video
ui-sign-pks = Pakistan Sign Language
ui-sign-sfs = South African Sign Language
ui-sign-zsl = Zambian Sign Language
ui-sign-bfi = British Sign Language
ui-sign-ase = American Sign Language
ui-accessibility = Reading, seeing and hearing
ui-sign-video-first = Show the sign-language video first
ui-captions-setting = Captions on videos
ui-easy-read-setting = Easy words
ui-larger-text = Bigger text
ui-reduced-motion = Less movement
ui-no-audio = No sound
ui-picture-password = Picture password
ui-has-picture-password = You have a picture password.
ui-no-picture-password = No picture password: anyone on this device can open your lessons.
ui-picture-password-pick = Tap 3 to 6 pictures in order. { $count } tapped.
ui-picture-password-remove = Remove the picture password
ui-picture-password-saved = Picture password saved.
ui-picture-password-removed = Picture password removed.

## Help and pathways

ui-what-happened = What happened?
ui-where-are-you = Where are you?
ui-country = Country
ui-choose-country = Choose a country
ui-who-can-help = Who can help
ui-help-contacts = Help contacts
ui-deaf-accessible-only = Only ways that work without hearing
ui-open-now-only = Only ones open now
ui-some-to-check = { $count ->
        [one] { $count } contact is not checked yet. It says "Check this number".
       *[other] { $count } contacts are not checked yet. They say "Check this number".
    }
ui-no-contacts = No one matches. Turn a filter off, or choose another country.
ui-check-this-number = Check this number
ui-check-before-relying = Check this number before you rely on it.
ui-deaf-support = Helps deaf and hard of hearing people
ui-hours-unknown = Opening hours not known
ui-works-without-hearing = Works without hearing
ui-source = Source: { $source } ({ $date })
ui-dial-code-help = Type this code in the Phone app.
ui-numbered-step = { $number }. { $text }

## Caregivers

ui-caregivers-title = Parents and carers
ui-worried-about-child = If you are worried about a child
ui-think-about = Think about it: { $text }

## Teachers

ui-teacher-area = Teacher area
ui-teachers-pin = Teachers (PIN)
ui-choose-pin = Choose a teacher PIN
ui-set-pin = Set the PIN
ui-pin-only-numbers = Only numbers, at least 4.
ui-pin-why = Children cannot open this area without it.
ui-pin-wait-note = After a wrong PIN you wait a little longer each time.
ui-enter-pin = Enter the teacher PIN
ui-pin = PIN
ui-new-pin = New PIN
ui-pin-again = The same PIN again
ui-pins-differ = The two PINs are not the same.
ui-recovery-code-title = Your recovery code
ui-recovery-code-help = Write it on paper and keep it safe. It is shown only once. With it you can set a new PIN.
ui-written-down = I wrote it down
ui-lock = Lock the teacher area
ui-classes = Classes
ui-class-name = Class name
ui-new-class-name = New class name
ui-create-class = Create class
ui-class-learners = { $count ->
        [one] { $count } learner
       *[other] { $count } learners
    }
ui-learners = Learners
ui-modules = Modules
ui-report = Report
ui-report-csv = Report as CSV
ui-aggregate-csv = Summary without names (CSV)
ui-manage = Assign and add learners
ui-assign-module = Assign a module to this class
ui-add-learner = Add a learner
ui-remove-from-class = Take { $nickname } out of { $class }
ui-assignments = Assignments
ui-new-assignment = New assignment
ui-assign = Assign
ui-assign-for = For
ui-target-class = Class: { $name }
ui-target-group = Group: { $name }
ui-target-learner = Learner: { $name }
ui-due-date = Due date
ui-due = Due
ui-due-on = Due { $date }
ui-nothing-assigned = Nothing assigned yet.
ui-assignment-for = { $count ->
        [one] For { $target } · { $count } learner
       *[other] For { $target } · { $count } learners
    }
ui-withdraw = Withdraw
ui-withdrawn = Withdrawn
ui-report-for = Report: { $class }
ui-report-learner = { $nickname }: { $completed } of { $assigned } assigned modules finished, { $mastered } with top marks
ui-report-learner-activity = { $attempts } answers · { $minutes } minutes
ui-report-module = { $module }: { $started } started, { $completed } finished, { $mastered } with top marks, of { $assigned }
ui-report-score = First-try score { $percent }%
ui-report-no-answers = No answers yet
ui-report-gain = Knowledge check: { $before }% before, { $after }% after
ui-report-questions = Questions answered wrong most
ui-report-question = "{ $question }": { $wrong } of { $attempts } answers not right
ui-report-top-wrong = Chosen most often: { $option } ({ $count } times)
ui-share-with-devices = Share with other devices
ui-share-help = Files go from device to device (a cable, a memory card, a nearby share); no network or account is used. Each file is checked before anything in it is imported.
ui-export-assignments = Make an assignments file for the learners' devices
ui-export-progress = Make a progress file of this device's learners
ui-pieces-ready = { $count ->
        [one] { $count } piece saved in the app's bundles folder.
       *[other] { $count } pieces saved in the app's bundles folder.
    }
ui-send-file = Send { $file }
ui-import-bundle = Import a file from another device
ui-import-pieces = Import bundle pieces
ui-pieces-received = Pieces received: { $received } of { $total }
ui-imported = Imported from { $device }: { $learners } new learners, { $events } new results ({ $already } were already here), { $assignments } assignments and { $classes } classes changed.
ui-pair-device = Pair with another device
ui-pair-code = Code: { $code }
ui-paired-teacher = Teacher's device
ui-paired-learner = Learner's device

## Error messages: one per error code (SafeSteps errors carry the code), and a more
## exact one for some reasons (ui-error-<code>-<reason>). Said to the person using
## the app, calmly; what went wrong in technical words is in the error's detail.

ui-error-not-found = This could not be found. It may have been removed.
ui-error-invalid-input = The app asked for something SafeSteps cannot do. Nothing was changed.
ui-error-name-refused = Please choose another name. Use a made-up name, without a phone number or an email address.
ui-error-name-refused-empty = Please type a name.
ui-error-name-refused-too-long = This name is too long. Please choose a shorter one.
ui-error-name-refused-contact = A name cannot hold a phone number or an email address. Please use a made-up name.
ui-error-name-refused-hidden = This name has hidden characters. Please type it again.
ui-error-pin-format = This PIN cannot be used. Use only numbers, at least 4 of them.
ui-error-pin-format-current-needed = Type the PIN you have now to change it.
ui-error-pin-format-recovery-code = This recovery code does not look right. Check it and type it again.
ui-error-pin-format-picture-password = Choose 3 to 6 pictures from the grid.
ui-error-answer-shape = This answer cannot be checked. Choose from the answers shown and try again.
ui-error-unknown-locale = This language, sign language or country is not known to SafeSteps.
ui-error-unknown-locale-country-needed = Choose a country to see who can help there.
ui-error-bundle-refused = This file cannot be used. Nothing in it was imported. Ask for a new file from a paired device.
ui-error-bundle-refused-pairing = The code does not match. Check that both screens show the same code and try again.
ui-error-content-invalid = This content pack cannot be used. The lessons you have stay as they are.
ui-error-content-invalid-old-pack-format = This content pack was made for an older SafeSteps. Ask for it again, made with the new tools. Until then, the lessons built into the app are used.
ui-error-content-invalid-newer-pack-format = This content pack needs a newer SafeSteps. Please update the app. Until then, the lessons you have stay as they are.
ui-error-storage = SafeSteps could not save or read its data. Nothing you did before was lost. Please try again.
ui-error-storage-full = This device is full. Nothing was saved. Free some space and try again.
ui-error-database-too-new = This data comes from a newer SafeSteps. Please update the app.
ui-error-locked = This needs the PIN, or a short wait. Nothing was done.
ui-error-locked-wrong-pin = { $seconds ->
        [0] That PIN was not right. Try again.
        [one] That PIN was not right. Try again in { $seconds } second.
       *[other] That PIN was not right. Try again in { $seconds } seconds.
    }
ui-error-locked-wrong-recovery-code = { $seconds ->
        [0] That recovery code was not right. Try again.
        [one] That recovery code was not right. Try again in { $seconds } second.
       *[other] That recovery code was not right. Try again in { $seconds } seconds.
    }
ui-error-locked-wait = { $seconds ->
        [one] Please wait { $seconds } second, then try again.
       *[other] Please wait { $seconds } seconds, then try again.
    }
ui-error-locked-no-pin = No teacher PIN is set on this device yet.
ui-error-locked-session-ended = The teacher area was locked. Enter the PIN again.
ui-error-locked-erased = Teacher mode was erased on this device. Set a new PIN.
ui-error-internal = Something went wrong inside SafeSteps. Nothing was changed. Please try again.
ui-error-closed = SafeSteps was closed. Please open it again.
ui-error-database-corrupt = SafeSteps' data is damaged. Nothing was changed. The app can put it aside and start again.
ui-error-foreign-database = This file belongs to another app. It was not changed.
ui-error-database-read-only = SafeSteps cannot write its data here. Nothing was changed.
