## ایپ کے اپنے الفاظ (بٹن، لیبل، اسکرین کے عنوان، غلطی کے پیغامات)۔
## مسودہ: کسی اہلِ زبان نے ابھی اس ترجمے کا جائزہ نہیں لیا (pack.toml میں status = "draft")۔

## Frame

ui-app-name = سیف اسٹیپس
ui-opening = سیف اسٹیپس کھل رہا ہے
ui-open-failed = سیف اسٹیپس اپنا ڈیٹا نہیں کھول سکا۔ براہِ کرم ایپ دوبارہ شروع کریں۔
ui-back = واپس
ui-quick-exit = فوراً باہر نکلیں
ui-quick-exit-help = یہ اسکرین فوراً بند کر دیتا ہے
ui-problem = مسئلہ: { $text }
ui-ok = ٹھیک ہے
ui-on = آن
ui-off = آف
ui-close = بند کریں
ui-done = ہو گیا
ui-save = محفوظ کریں
ui-clear = صاف کریں
ui-choose = چنیں
ui-chosen = چنا گیا
ui-undo = واپس لیں
ui-start = شروع کریں
ui-create = بنائیں
ui-open = کھولیں
ui-thank-you = شکریہ
ui-something-went-wrong = کچھ غلط ہو گیا۔ براہِ کرم دوبارہ کوشش کریں۔
ui-draft-language = { $language } (ترجمے کا مسودہ)
ui-draft-note = یہ ترجمہ ایک مسودہ ہے: کسی اہلِ زبان نے ابھی اسے نہیں جانچا۔

## Learner picker

ui-who-is-learning = کون سیکھ رہا ہے؟
ui-new-learner = نیا سیکھنے والا
ui-nickname = فرضی نام
ui-nickname-help = ایک بنایا ہوا نام۔ اپنا اصل نام، فون نمبر یا ای میل نہیں۔
ui-privacy-note = سیف اسٹیپس آپ کے بارے میں صرف ایک فرضی نام اور آپ کی چنی ہوئی تصویر جانتا ہے، اسی ڈیوائس پر۔ کبھی اصل نام استعمال نہ کریں۔
ui-pick-avatar = اپنے لیے ایک تصویر چنیں
ui-age = عمر
ui-age-not-given = نہیں بتائی
ui-ages-6-9 = 6 سے 9 سال
ui-ages-10-14 = 10 سے 14 سال
ui-ages-15-17 = 15 سے 17 سال
ui-create-profile = میری پروفائل بنائیں
ui-sign-in = داخل ہوں
ui-tap-your-pictures = { $nickname }، اپنی تصویریں ترتیب سے دبائیں۔
ui-pictures-tapped = { $count ->
        [one] { $count } تصویر دبائی گئی
       *[other] { $count } تصویریں دبائی گئیں
    }
ui-not-right-try-again = یہ درست نہیں تھا۔ دوبارہ کوشش کریں۔
ui-wait-seconds = { $seconds ->
        [one] براہِ کرم { $seconds } سیکنڈ انتظار کریں، پھر دوبارہ کوشش کریں۔
       *[other] براہِ کرم { $seconds } سیکنڈ انتظار کریں، پھر دوبارہ کوشش کریں۔
    }
ui-get-help = مدد لیں
ui-get-help-now = ابھی مدد لیں
ui-for-adults = بڑوں کے لیے
ui-for-caregivers = والدین اور دیکھ بھال کرنے والوں کے لیے
ui-for-teachers = اساتذہ کے لیے

## Home

ui-your-lessons = آپ کے اسباق
ui-more-lessons = مزید اسباق
ui-badges = بیج
ui-settings = ترتیبات
ui-switch-learner = سیکھنے والا بدلیں
ui-i-need-help = مجھے مدد چاہیے
ui-lessons-done = مکمل اسباق: { $total } میں سے { $done }
ui-badge-earned = بیج مل گیا
ui-badge-named = بیج: { $name }
ui-go-on = جاری رکھیں
ui-assigned = آپ کے استاد کی طرف سے
ui-assigned-due = آپ کے استاد کی طرف سے۔ { $date } تک مکمل کریں۔
ui-assigned-due-soon = آپ کے استاد کی طرف سے۔ جلد مکمل کریں: { $date } تک۔
ui-assigned-overdue = آپ کے استاد کی طرف سے۔ اس کی آخری تاریخ { $date } تھی۔
ui-assigned-done = آپ کے استاد کی طرف سے۔ مکمل!
ui-locked-finish-first = بند ہے۔ پہلے یہ مکمل کریں: { $modules }
ui-locked = پہلے دوسرے ماڈیول مکمل کریں
ui-not-for-age = کسی اور عمر کے لیے
ui-state-available = شروع کرنے کے لیے تیار
ui-state-in-progress = شروع ہو گیا
ui-state-completed = مکمل
ui-state-mastered = مکمل، بہترین نمبروں کے ساتھ

## Lesson

ui-step-n-of-m = مرحلہ { $total } میں سے { $number }
ui-resumed-at = خوش آمدید۔ آپ مرحلہ { $number } پر ہیں۔
ui-lesson-n = سبق { $number }
ui-audio-available = سنیں (یہی الفاظ یہاں لکھے ہوئے ہیں)
ui-easy-read = آسان الفاظ
ui-full-text = پورا متن
ui-captions = کیپشن
ui-captions-on = کیپشن: آن
ui-captions-off = کیپشن: آف
ui-sign-video = اشاروں کی زبان کی ویڈیو
ui-sign-video-in = اشاروں کی زبان کی ویڈیو: { $language }
ui-sign-video-switch = { $language } میں دکھائیں
ui-video-not-recorded = { $language } کی ویڈیو ابھی ریکارڈ نہیں ہوئی۔ الفاظ اور تصویر یہی بات بتاتے ہیں۔
ui-video-play = چلائیں
ui-video-pause = روکیں
ui-video-replay = دوبارہ چلائیں
ui-what-to-do = کیا کریں
ui-lesson-finished = آپ نے یہ سبق مکمل کر لیا!
ui-module-finished = آپ نے پورا ماڈیول مکمل کر لیا!
ui-new-badge = آپ کو ایک بیج ملا: { $name }
ui-you-earned-a-badge = آپ کو ایک بیج ملا!
ui-steps-seen = { $total } میں سے { $seen } مرحلے دیکھے
ui-questions-right = { $total } میں سے { $passed } سوال درست
ui-previous = ایک مرحلہ پیچھے
ui-next = اگلا
ui-finish = ختم کریں
ui-start-again = دوبارہ شروع کریں
ui-back-to-start = شروع پر واپس

## Quiz

ui-choose-one = ایک جواب چنیں۔
ui-choose-several = ہر درست جواب چنیں۔
ui-choose-picture = ایک تصویر چنیں۔
ui-true-or-false = کیا یہ سچ ہے یا غلط؟
ui-choose-in-order = انہیں درست ترتیب میں رکھیں۔ انہیں ہلانے کے لیے تیر استعمال کریں۔
ui-tries-left = { $count ->
        [one] { $count } کوشش باقی
       *[other] { $count } کوششیں باقی
    }
ui-show-hint = اشارہ دکھائیں
ui-hint-is = اشارہ: { $hint }
ui-check-answer = میرا جواب جانچیں
ui-try-again = دوبارہ کوشش کریں
ui-option-right = درست
ui-option-wrong = درست نہیں
ui-right-order = درست ترتیب:
ui-move-up = { $option } کو اوپر کریں
ui-move-down = { $option } کو نیچے کریں
ui-place-n = { $number }۔
ui-answers-for-learners = جواب صرف سیکھنے والوں کے لیے جانچے جاتے ہیں۔

## Badges

ui-badges-count = ملے ہوئے بیج: { $total } میں سے { $earned }
ui-earned = مل گیا
ui-still-to-earn = ابھی ملنا باقی
ui-not-yet = ابھی نہیں: ماڈیول مکمل کریں
ui-no-badges = ابھی کوئی بیج نہیں۔ بیج لینے کے لیے ایک ماڈیول مکمل کریں۔

## Settings

ui-text-language = متن کی زبان
ui-same-as-app = ایپ والی
ui-same-as-device = اس ڈیوائس والی
ui-sign-language = اشاروں کی زبان
ui-sign-language-none = اشاروں کی زبان کی ویڈیو نہیں
ui-sign-pks = پاکستانی اشاروں کی زبان
ui-sign-sfs = جنوبی افریقی اشاروں کی زبان
ui-sign-zsl = زیمبیائی اشاروں کی زبان
ui-sign-bfi = برطانوی اشاروں کی زبان
ui-sign-ase = امریکی اشاروں کی زبان
ui-accessibility = پڑھنا، دیکھنا اور سننا
ui-sign-video-first = اشاروں کی زبان کی ویڈیو پہلے دکھائیں
ui-captions-setting = ویڈیو پر کیپشن
ui-easy-read-setting = آسان الفاظ
ui-larger-text = بڑا متن
ui-reduced-motion = کم حرکت
ui-no-audio = آواز نہیں
ui-picture-password = تصویری پاس ورڈ
ui-has-picture-password = آپ کا تصویری پاس ورڈ ہے۔
ui-no-picture-password = تصویری پاس ورڈ نہیں: اس ڈیوائس پر کوئی بھی آپ کے اسباق کھول سکتا ہے۔
ui-picture-password-pick = ترتیب سے 3 سے 6 تصویریں دبائیں۔ { $count } دبائی گئیں۔
ui-picture-password-remove = تصویری پاس ورڈ ہٹائیں
ui-picture-password-saved = تصویری پاس ورڈ محفوظ ہو گیا۔
ui-picture-password-removed = تصویری پاس ورڈ ہٹا دیا گیا۔

## Help and pathways

ui-what-happened = کیا ہوا؟
ui-where-are-you = آپ کہاں ہیں؟
ui-country = ملک
ui-choose-country = ایک ملک چنیں
ui-who-can-help = کون مدد کر سکتا ہے
ui-help-contacts = مدد کے رابطے
ui-deaf-accessible-only = صرف وہ طریقے جو سنے بغیر کام کرتے ہیں
ui-open-now-only = صرف جو ابھی کھلے ہیں
ui-some-to-check = { $count ->
        [one] { $count } رابطہ ابھی جانچا نہیں گیا۔ اس پر "یہ نمبر جانچیں" لکھا ہے۔
       *[other] { $count } رابطے ابھی جانچے نہیں گئے۔ ان پر "یہ نمبر جانچیں" لکھا ہے۔
    }
ui-no-contacts = کوئی نہیں ملا۔ کوئی فلٹر بند کریں، یا کوئی اور ملک چنیں۔
ui-check-this-number = یہ نمبر جانچیں
ui-check-before-relying = اس نمبر پر بھروسہ کرنے سے پہلے اسے جانچیں۔
ui-deaf-support = بہرے اور کم سننے والے لوگوں کی مدد کرتا ہے
ui-hours-unknown = کھلنے کے اوقات معلوم نہیں
ui-works-without-hearing = سنے بغیر کام کرتا ہے
ui-source = ماخذ: { $source } ({ $date })
ui-dial-code-help = یہ کوڈ فون ایپ میں لکھیں۔
ui-numbered-step = { $number }۔ { $text }

## Caregivers

ui-caregivers-title = والدین اور دیکھ بھال کرنے والے
ui-worried-about-child = اگر آپ کو کسی بچے کی فکر ہے
ui-think-about = اس پر سوچیں: { $text }

## Teachers

ui-teacher-area = استاد کا حصہ
ui-teachers-pin = اساتذہ (پن)
ui-choose-pin = استاد کا پن چنیں
ui-set-pin = پن رکھیں
ui-pin-only-numbers = صرف ہندسے، کم از کم 4۔
ui-pin-why = اس کے بغیر بچے یہ حصہ نہیں کھول سکتے۔
ui-pin-wait-note = ہر غلط پن کے بعد آپ کو تھوڑا زیادہ انتظار کرنا ہوتا ہے۔
ui-enter-pin = استاد کا پن لکھیں
ui-pin = پن
ui-new-pin = نیا پن
ui-pin-again = وہی پن دوبارہ
ui-pins-differ = دونوں پن ایک جیسے نہیں ہیں۔
ui-recovery-code-title = آپ کا بحالی کوڈ
ui-recovery-code-help = اسے کاغذ پر لکھیں اور محفوظ رکھیں۔ یہ صرف ایک بار دکھایا جاتا ہے۔ اس سے آپ نیا پن رکھ سکتے ہیں۔
ui-written-down = میں نے لکھ لیا
ui-lock = استاد کا حصہ بند کریں
ui-classes = جماعتیں
ui-class-name = جماعت کا نام
ui-new-class-name = نئی جماعت کا نام
ui-create-class = جماعت بنائیں
ui-class-learners = { $count ->
        [one] { $count } سیکھنے والا
       *[other] { $count } سیکھنے والے
    }
ui-learners = سیکھنے والے
ui-modules = ماڈیول
ui-report = رپورٹ
ui-report-csv = رپورٹ CSV میں
ui-aggregate-csv = ناموں کے بغیر خلاصہ (CSV)
ui-manage = کام دیں اور سیکھنے والے شامل کریں
ui-assign-module = اس جماعت کو ایک ماڈیول دیں
ui-add-learner = سیکھنے والا شامل کریں
ui-remove-from-class = { $nickname } کو { $class } سے نکالیں
ui-assignments = دیے گئے کام
ui-new-assignment = نیا کام
ui-assign = کام دیں
ui-assign-for = کس کے لیے
ui-target-class = جماعت: { $name }
ui-target-group = گروپ: { $name }
ui-target-learner = سیکھنے والا: { $name }
ui-due-date = آخری تاریخ
ui-due = آخری تاریخ
ui-due-on = آخری تاریخ { $date }
ui-nothing-assigned = ابھی کوئی کام نہیں دیا گیا۔
ui-assignment-for = { $count ->
        [one] { $target } کے لیے · { $count } سیکھنے والا
       *[other] { $target } کے لیے · { $count } سیکھنے والے
    }
ui-withdraw = واپس لیں
ui-withdrawn = واپس لے لیا گیا
ui-report-for = رپورٹ: { $class }
ui-report-learner = { $nickname }: { $assigned } میں سے { $completed } دیے گئے ماڈیول مکمل، { $mastered } بہترین نمبروں کے ساتھ
ui-report-learner-activity = { $attempts } جواب · { $minutes } منٹ
ui-report-module = { $module }: { $assigned } میں سے { $started } نے شروع کیا، { $completed } نے مکمل کیا، { $mastered } بہترین نمبروں کے ساتھ
ui-report-score = پہلی کوشش کا اسکور { $percent }%
ui-report-no-answers = ابھی کوئی جواب نہیں
ui-report-gain = علم کی جانچ: پہلے { $before }%، بعد میں { $after }%
ui-report-questions = سب سے زیادہ غلط جواب والے سوال
ui-report-question = "{ $question }": { $attempts } میں سے { $wrong } جواب درست نہیں
ui-report-top-wrong = سب سے زیادہ چنا گیا: { $option } ({ $count } بار)
ui-share-with-devices = دوسری ڈیوائسز کے ساتھ شیئر کریں
ui-share-help = فائلیں ایک ڈیوائس سے دوسری تک جاتی ہیں (کیبل، میموری کارڈ، قریبی شیئر)؛ کوئی نیٹ ورک یا اکاؤنٹ استعمال نہیں ہوتا۔ ہر فائل کو کچھ بھی لانے سے پہلے جانچا جاتا ہے۔
ui-export-assignments = سیکھنے والوں کی ڈیوائسز کے لیے کاموں کی فائل بنائیں
ui-export-progress = اس ڈیوائس کے سیکھنے والوں کی پیش رفت کی فائل بنائیں
ui-pieces-ready = { $count ->
        [one] ایپ کے بنڈل فولڈر میں { $count } حصہ محفوظ ہو گیا۔
       *[other] ایپ کے بنڈل فولڈر میں { $count } حصے محفوظ ہو گئے۔
    }
ui-send-file = { $file } بھیجیں
ui-import-bundle = دوسری ڈیوائس سے فائل لائیں
ui-import-pieces = بنڈل کے حصے لائیں
ui-pieces-received = ملے ہوئے حصے: { $total } میں سے { $received }
ui-imported = { $device } سے لایا گیا: { $learners } نئے سیکھنے والے، { $events } نئے نتائج ({ $already } پہلے سے یہاں تھے)، { $assignments } کام اور { $classes } جماعتیں بدلیں۔
ui-pair-device = دوسری ڈیوائس سے جوڑیں
ui-pair-code = کوڈ: { $code }
ui-paired-teacher = استاد کی ڈیوائس
ui-paired-learner = سیکھنے والے کی ڈیوائس

## Error messages

ui-error-not-found = یہ نہیں ملا۔ ہو سکتا ہے اسے ہٹا دیا گیا ہو۔
ui-error-invalid-input = ایپ نے ایسی چیز مانگی جو سیف اسٹیپس نہیں کر سکتا۔ کچھ نہیں بدلا۔
ui-error-name-refused = براہِ کرم کوئی اور نام چنیں۔ فون نمبر یا ای میل کے بغیر ایک بنایا ہوا نام استعمال کریں۔
ui-error-name-refused-empty = براہِ کرم ایک نام لکھیں۔
ui-error-name-refused-too-long = یہ نام بہت لمبا ہے۔ براہِ کرم چھوٹا نام چنیں۔
ui-error-name-refused-contact = نام میں فون نمبر یا ای میل نہیں ہو سکتا۔ براہِ کرم ایک بنایا ہوا نام استعمال کریں۔
ui-error-name-refused-hidden = اس نام میں چھپے ہوئے حروف ہیں۔ براہِ کرم اسے دوبارہ لکھیں۔
ui-error-pin-format = یہ پن استعمال نہیں ہو سکتا۔ صرف ہندسے استعمال کریں، کم از کم 4۔
ui-error-pin-format-current-needed = اسے بدلنے کے لیے اپنا موجودہ پن لکھیں۔
ui-error-pin-format-recovery-code = یہ بحالی کوڈ درست نہیں لگتا۔ اسے جانچیں اور دوبارہ لکھیں۔
ui-error-pin-format-picture-password = گرڈ میں سے 3 سے 6 تصویریں چنیں۔
ui-error-answer-shape = یہ جواب جانچا نہیں جا سکتا۔ دکھائے گئے جوابوں میں سے چنیں اور دوبارہ کوشش کریں۔
ui-error-unknown-locale = یہ زبان، اشاروں کی زبان یا ملک سیف اسٹیپس کو معلوم نہیں۔
ui-error-unknown-locale-country-needed = یہ دیکھنے کے لیے کہ وہاں کون مدد کر سکتا ہے، ایک ملک چنیں۔
ui-error-bundle-refused = یہ فائل استعمال نہیں ہو سکتی۔ اس میں سے کچھ نہیں لایا گیا۔ جڑی ہوئی ڈیوائس سے نئی فائل مانگیں۔
ui-error-bundle-refused-pairing = کوڈ نہیں ملتا۔ دیکھیں کہ دونوں اسکرینوں پر ایک ہی کوڈ ہے اور دوبارہ کوشش کریں۔
ui-error-content-invalid = یہ مواد کا پیک استعمال نہیں ہو سکتا۔ آپ کے اسباق ویسے ہی رہیں گے۔
ui-error-content-invalid-old-pack-format = یہ مواد کا پیک سیف اسٹیپس کے پرانے ورژن کے لیے بنا تھا۔ نئے طریقے سے بنا ہوا پیک دوبارہ مانگیں۔ تب تک ایپ کے اپنے اسباق استعمال ہوں گے۔
ui-error-content-invalid-newer-pack-format = اس مواد کے پیک کے لیے سیف اسٹیپس کا نیا ورژن چاہیے۔ براہِ کرم ایپ اپ ڈیٹ کریں۔ تب تک آپ کے اسباق ویسے ہی رہیں گے۔
ui-error-storage = سیف اسٹیپس اپنا ڈیٹا محفوظ نہیں کر سکا یا پڑھ نہیں سکا۔ آپ کا پہلے کا کام ضائع نہیں ہوا۔ براہِ کرم دوبارہ کوشش کریں۔
ui-error-storage-full = یہ ڈیوائس بھری ہوئی ہے۔ کچھ محفوظ نہیں ہوا۔ کچھ جگہ خالی کریں اور دوبارہ کوشش کریں۔
ui-error-database-too-new = یہ ڈیٹا سیف اسٹیپس کے نئے ورژن کا ہے۔ براہِ کرم ایپ اپ ڈیٹ کریں۔
ui-error-locked = اس کے لیے پن چاہیے، یا تھوڑا انتظار۔ کچھ نہیں کیا گیا۔
ui-error-locked-wrong-pin = { $seconds ->
        [0] یہ پن درست نہیں تھا۔ دوبارہ کوشش کریں۔
        [one] یہ پن درست نہیں تھا۔ { $seconds } سیکنڈ بعد دوبارہ کوشش کریں۔
       *[other] یہ پن درست نہیں تھا۔ { $seconds } سیکنڈ بعد دوبارہ کوشش کریں۔
    }
ui-error-locked-wrong-recovery-code = { $seconds ->
        [0] یہ بحالی کوڈ درست نہیں تھا۔ دوبارہ کوشش کریں۔
        [one] یہ بحالی کوڈ درست نہیں تھا۔ { $seconds } سیکنڈ بعد دوبارہ کوشش کریں۔
       *[other] یہ بحالی کوڈ درست نہیں تھا۔ { $seconds } سیکنڈ بعد دوبارہ کوشش کریں۔
    }
ui-error-locked-wait = { $seconds ->
        [one] براہِ کرم { $seconds } سیکنڈ انتظار کریں، پھر دوبارہ کوشش کریں۔
       *[other] براہِ کرم { $seconds } سیکنڈ انتظار کریں، پھر دوبارہ کوشش کریں۔
    }
ui-error-locked-no-pin = اس ڈیوائس پر ابھی استاد کا کوئی پن نہیں رکھا گیا۔
ui-error-locked-session-ended = استاد کا حصہ بند ہو گیا۔ پن دوبارہ لکھیں۔
ui-error-locked-erased = اس ڈیوائس پر استاد کا حصہ مٹا دیا گیا۔ نیا پن رکھیں۔
ui-error-internal = سیف اسٹیپس کے اندر کچھ غلط ہو گیا۔ کچھ نہیں بدلا۔ براہِ کرم دوبارہ کوشش کریں۔
ui-error-closed = سیف اسٹیپس بند ہو گیا تھا۔ براہِ کرم اسے دوبارہ کھولیں۔
ui-error-database-corrupt = سیف اسٹیپس کا ڈیٹا خراب ہے۔ کچھ نہیں بدلا۔ ایپ اسے الگ رکھ کر نئے سرے سے شروع کر سکتی ہے۔
ui-error-foreign-database = یہ فائل کسی اور ایپ کی ہے۔ اسے نہیں بدلا گیا۔
ui-error-database-read-only = سیف اسٹیپس یہاں اپنا ڈیٹا نہیں لکھ سکتا۔ کچھ نہیں بدلا۔
