## Help section: labels, contact states and reporting pathways.

help-quick-exit = کسی بھی وقت "Quick exit" (فوراً باہر نکلیں) دبائیں، اور آپ اسی وقت اس اسکرین سے باہر نکل جائیں گے۔
help-verify = اس رابطے کو ابھی تک چیک نہیں کیا گیا۔ اس پر بھروسہ کرنے سے پہلے نمبر یا پتا چیک کر لیں۔
help-fallback = آپ کے ملک کے لیے ہمارے پاس اس قسم کا کوئی رابطہ نہیں ہے۔ یہ سروس پوری دنیا کے لیے ہے۔
help-no-contact = آپ کے ملک کے لیے ہمارے پاس اس قسم کا کوئی چیک کیا ہوا رابطہ نہیں ہے۔ بھروسے والے کسی بڑے سے کہیں کہ وہ ایسا رابطہ ڈھونڈنے میں آپ کی مدد کرے۔
help-open-now = ابھی کھلا ہے
help-closed-now = ابھی بند ہے
help-hours-unknown = کھلنے کے اوقات معلوم نہیں
help-opens-at = { $time } پر کھلے گا
help-closes-at = { $time } پر بند ہو گا
help-always-open = ہر روز، 24 گھنٹے کھلا ہے
help-stand-in = یہاں کا ایمرجنسی نمبر شاید کام نہ کرے۔ یہ ہیلپ لائن فوراً آپ کی مدد کر سکتی ہے۔
help-status-verified = { $by } نے { $date } کو چیک کیا ({ $method })۔
help-status-researched = شائع شدہ ذرائع سے لیا گیا۔ ابھی فون یا دورے سے چیک نہیں کیا گیا۔
help-status-unverified = ابھی چیک نہیں کیا گیا۔ اس پر بھروسہ کرنے سے پہلے نمبر یا پتا چیک کر لیں۔
help-verified-called = فون کر کے
help-verified-official_publication = سرکاری اشاعت سے
help-verified-visit = جا کر
help-note-inhope = INHOPE بہت سے ملکوں کی انٹرنیٹ ہاٹ لائنوں کی فہرست دیتا ہے۔ تصویروں کی رپورٹ کے لیے وہاں اپنا ملک چنیں۔ بس یہ بتائیں کہ آپ نے انہیں کہاں دیکھا۔ آپ کو کچھ بھی محفوظ کرنے یا بھیجنے کی ضرورت نہیں۔
help-note-take-it-down = آپ کی اپنی ننگی یا جنسی تصویروں کے لیے جو 18 سال سے کم عمر میں لی گئیں۔ یہ حصہ لینے والی ویب سائٹس اور ایپس سے انہیں ہٹوانے میں مدد کرتا ہے۔ یہ کبھی آپ کا قصور نہیں۔
help-note-report-remove = برطانیہ میں 18 سال سے کم عمر نوجوانوں کے لیے: یہ آپ کی اپنی ننگی تصویریں انٹرنیٹ سے ہٹوانے میں مدد کرتا ہے۔ یہ کبھی آپ کا قصور نہیں۔
help-note-child-helpline-international = دنیا بھر کی بچوں کی ہیلپ لائنوں کی فہرست۔

contact-kind-child_helpline = بچوں کی ہیلپ لائن
contact-kind-csam_hotline = بچوں کی جنسی تصویروں کی رپورٹ کریں
contact-kind-police_cyber = پولیس (آن لائن جرائم)
contact-kind-emergency = ایمرجنسی
contact-kind-online_harm_helpline = آن لائن نقصان میں مدد
contact-kind-deaf_support = ان لوگوں کے لیے جو سن نہیں سکتے یا جنہیں کم سنائی دیتا ہے
contact-kind-global_tool = آن لائن ٹول
contact-kind-takedown_tool = اپنی تصویریں ہٹوائیں
contact-kind-hotline_directory = اپنے ملک کی ہاٹ لائن ڈھونڈیں
contact-kind-helpline_directory = بچوں کی ہیلپ لائن ڈھونڈیں

channel-phone = فون کریں
channel-sms = ٹیکسٹ میسج
channel-whatsapp = واٹس ایپ
channel-chat = آن لائن چیٹ
channel-web = ویب سائٹ
channel-email = ای میل
channel-app = ایپ
channel-ussd = USSD کوڈ
channel-in_person = خود جا کر ملیں
channel-video_relay = اشاروں کی زبان میں ویڈیو کال

help-label-police = پولیس
help-label-fire = فائر بریگیڈ
help-label-ambulance = ایمبولینس
help-label-fire-ambulance = فائر بریگیڈ اور ایمبولینس
help-label-rescue = ایمبولینس اور ریسکیو
help-label-online-counselling = آن لائن کسی کونسلر سے بات کریں
help-label-please-call-me = مفت میں کہیں کہ وہ آپ کو واپس فون کریں
help-label-sms-help = لفظ "help" بھیجیں۔ معذوری والے لوگوں کے لیے۔
help-label-mobile-emergency = موبائل فون سے ایمرجنسی نمبر
help-label-anonymous-tip = اپنا نام بتائے بغیر بتائیں۔ موبائل ڈیٹا کی ضرورت نہیں۔
help-label-adult-line = بڑوں کے لیے، اور صنفی تشدد کے لیے
help-label-counsellor-chat = کسی کونسلر سے چیٹ کریں
help-label-email-account = کونسلر کو ای میل کریں۔ آپ کو Childline اکاؤنٹ کی ضرورت ہے۔
help-label-from-abroad = اگر آپ کسی دوسرے ملک سے فون کر رہے ہیں
help-label-report-form = آن لائن رپورٹ فارم
help-label-fraud-only = صرف آن لائن پیسوں کے فراڈ کے لیے
help-label-globe-number = موبائل نمبر (Globe نیٹ ورک)
help-label-facebook-message = فیس بک پر پیغام بھیجیں
help-label-from-globe-tm = Globe اور TM موبائل سے
help-label-telegram = ٹیلی گرام پر
help-label-official-app = سرکاری ایپ
help-label-text-911 = صرف وہاں جہاں مقامی 911 سینٹر ٹیکسٹ میسج لیتا ہے
help-label-email-website = ویب سائٹ پر ای میل کے ذریعے مشورہ
help-label-register-first = پہلے رجسٹر کرنا ضروری ہے
help-label-chat-under-21 = 21 سال سے کم عمر والوں کے لیے چیٹ
help-label-vodacom-sms = صرف Vodacom سم کارڈ۔ پہلے رجسٹر کریں: اس نمبر پر لفظ "Register" بھیجیں۔
help-label-sasl-relay = جنوبی افریقی اشاروں کی زبان کا مترجم آپ کی کال آگے پہنچاتا ہے۔ پہلے Vodacom کے ساتھ رجسٹر کریں۔
help-label-relay-chat = رجسٹرڈ صارفین کے لیے ٹیکسٹ چیٹ
help-label-text-help = لفظ HELP لکھ کر بھیجیں
help-label-pocso-ebox = شکایت کے لیے POCSO e-Box کا بٹن دبائیں
help-label-bhopal-video = اشاروں کی زبان میں ویڈیو کال۔ صرف بھوپال۔
help-label-indore = ٹیکسٹ یا ویڈیو کال۔ صرف اندور۔
help-label-psl-interpreter = اشاروں کی زبان کا مترجم ویڈیو کال پر شامل ہوتا ہے

## Pathway: someone asks me for pictures.

pathway-asked-for-pictures-title = کوئی مجھ سے تصویریں مانگ رہا ہے
pathway-asked-for-pictures-stop = رک جائیں۔ آپ کو کچھ بھی بھیجنے کی ضرورت نہیں ہے۔ آپ انکار کر سکتے ہیں، یا بس جواب دینا بند کر سکتے ہیں۔
    .easy = رک جائیں۔ آپ کو کچھ بھی بھیجنے کی ضرورت نہیں ہے۔
pathway-asked-for-pictures-not-your-fault = کسی نے آپ سے تصویریں مانگیں، تو اس میں آپ کا کوئی قصور نہیں ہے۔ جو شخص تصویریں مانگتا ہے، وہ غلط کام کر رہا ہے۔
    .easy = اس میں آپ کا کوئی قصور نہیں ہے۔
    .safety = آپ کا کوئی قصور نہیں ہے
pathway-asked-for-pictures-do-not-send = اپنے جسم کی تصویریں مت بھیجیں۔ اگر آپ کچھ تصویریں بھیج چکے ہیں، تب بھی یہ آپ کا قصور نہیں ہے، اور آپ اب بھی مدد لے سکتے ہیں۔
    .easy = تصویریں مت بھیجیں۔ اگر آپ بھیج چکے ہیں، تب بھی یہ آپ کا قصور نہیں ہے۔ آپ اب بھی مدد لے سکتے ہیں۔
    .safety = تب بھی یہ آپ کا قصور نہیں ہے
pathway-asked-for-pictures-tell-adult = بھروسے والے کسی بڑے کو بتائیں کہ کیا ہوا۔ آپ لکھ کر، اشاروں میں، یا انہیں یہ ایپ دکھا کر بتا سکتے ہیں۔
    .easy = بھروسے والے کسی بڑے کو بتائیں۔
pathway-asked-for-pictures-report-block = ایپ میں اس اکاؤنٹ کی رپورٹ کریں، پھر اسے بلاک کریں۔ بھروسے والا کوئی بڑا آپ کی مدد کر سکتا ہے۔
    .easy = اکاؤنٹ کی رپورٹ کریں۔ پھر اسے بلاک کریں۔
pathway-asked-for-pictures-helpline = آپ بچوں کی ہیلپ لائن سے بات کر سکتے ہیں۔ بہت سی ہیلپ لائنز مفت اور راز دارانہ ہوتی ہیں، اور کچھ پر آپ فون کرنے کے بجائے لکھ کر بات کر سکتے ہیں۔
    .easy = آپ بچوں کی ہیلپ لائن سے بات کر سکتے ہیں۔
pathway-asked-for-pictures-report = بھروسے والا کوئی بڑا پولیس کو یا کسی ہاٹ لائن کو اس کی رپورٹ کر سکتا ہے۔ وہ ایپ، اکاؤنٹ کا نام اور وقت بتا سکتے ہیں۔ کسی کو بھی کوئی تصویر کاپی کرنے کی ضرورت نہیں۔
    .easy = بھروسے والا کوئی بڑا اس کی رپورٹ کر سکتا ہے۔ کسی کو بھی کوئی تصویر کاپی کرنے کی ضرورت نہیں۔
    .safety = کسی کو بھی کوئی تصویر کاپی کرنے کی ضرورت نہیں۔
pathway-asked-for-pictures-emergency = اگر آپ ابھی خطرے میں ہیں، تو ایمرجنسی مدد لیں۔
    .easy = ابھی خطرے میں ہیں؟ ایمرجنسی مدد لیں۔

## Pathway: someone threatens to share a picture of me or asks for money.

pathway-threatened-over-picture-title = کوئی میری تصویر پھیلانے کی دھمکی دے رہا ہے
pathway-threatened-over-picture-not-your-fault = یہ آپ کا قصور نہیں ہے۔ جو شخص آپ کو دھمکی دے رہا ہے، وہ غلط کام کر رہا ہے، اور بہت سے ملکوں میں یہ جرم ہے۔
    .easy = یہ آپ کا قصور نہیں ہے۔
    .safety = یہ آپ کا قصور نہیں ہے۔
pathway-threatened-over-picture-do-not-pay = پیسے مت دیں۔ مزید تصویریں مت بھیجیں۔ پیسے دینے سے یہ نہیں رکتا۔ مزید تصویریں بھیجنے سے بھی یہ نہیں رکتا۔
    .easy = پیسے مت دیں۔ مزید تصویریں مت بھیجیں۔
    .safety =
        پیسے مت دیں۔
        مزید تصویریں مت بھیجیں۔
pathway-threatened-over-picture-stop-replying = جواب دینا بند کر دیں۔ بحث مت کریں۔ جب تک بھروسے والا کوئی بڑا رپورٹ کرنے میں آپ کی مدد نہ کر دے، تب تک اپنا اکاؤنٹ ڈیلیٹ مت کریں۔ تصویر کو شیئر مت کریں اور سیو مت کریں۔
    .easy = جواب دینا بند کر دیں۔ ابھی اپنا اکاؤنٹ ڈیلیٹ مت کریں۔ تصویر کو شیئر مت کریں اور سیو مت کریں۔
    .safety = تصویر کو شیئر مت کریں اور سیو مت کریں۔
pathway-threatened-over-picture-tell-adult = ابھی بھروسے والے کسی بڑے کو بتائیں۔ آپ کو کوئی سزا نہیں ملے گی۔ وہ آپ کی مدد کر سکتے ہیں۔
    .easy = ابھی بھروسے والے کسی بڑے کو بتائیں۔ آپ کو کوئی سزا نہیں ملے گی۔
    .safety = آپ کو کوئی سزا نہیں ملے گی۔
pathway-threatened-over-picture-report-app = ایپ میں اس اکاؤنٹ کی رپورٹ کریں۔ بتائیں کہ کیا ہوا: ایپ، اکاؤنٹ کا نام اور وقت۔
    .easy = ایپ میں اکاؤنٹ کی رپورٹ کریں۔
pathway-threatened-over-picture-take-down = کچھ سروسز بچوں کی تصویریں انٹرنیٹ سے ہٹوانے میں، یا انہیں آگے پھیلنے سے روکنے میں مدد کرتی ہیں۔
    .easy = کچھ سروسز تصویریں ہٹوانے میں مدد کر سکتی ہیں۔
pathway-threatened-over-picture-helpline = آپ بچوں کی ہیلپ لائن سے بات کر سکتے ہیں کہ آپ کیسا محسوس کر رہے ہیں اور آگے کیا کرنا ہے۔
    .easy = آپ بچوں کی ہیلپ لائن سے بات کر سکتے ہیں۔
pathway-threatened-over-picture-police = بھروسے والا کوئی بڑا پولیس کو اس کی رپورٹ کر سکتا ہے۔
    .easy = بھروسے والا کوئی بڑا پولیس کو بتا سکتا ہے۔
pathway-threatened-over-picture-emergency = اگر آپ ابھی خطرے میں ہیں، یا آپ کو لگتا ہے کہ آپ خود کو نقصان پہنچا سکتے ہیں، تو ایمرجنسی مدد لیں۔
    .easy = ابھی خطرے میں ہیں؟ آپ خود کو نقصان پہنچا سکتے ہیں؟ ایمرجنسی مدد لیں۔
    .safety =
        آپ خود کو نقصان پہنچا سکتے ہیں
        ایمرجنسی مدد لیں

## Pathway: I saw sexual images of a child online.

pathway-saw-sexual-images-of-child-title = میں نے آن لائن کسی بچے کی جنسی تصویریں دیکھیں
pathway-saw-sexual-images-of-child-do-not-share = اسے بند کر دیں۔ اسے شیئر مت کریں۔ اسے سیو مت کریں۔ اسے آگے مت بھیجیں، کسی کو دکھانے کے لیے بھی نہیں۔
    .easy = اسے بند کر دیں۔ اسے شیئر مت کریں۔ اسے سیو مت کریں۔
    .safety =
        اسے شیئر مت کریں۔
        اسے سیو مت کریں۔
pathway-saw-sexual-images-of-child-not-your-fault = اسے دیکھ لینا آپ کا قصور نہیں ہے۔ یہ اچھی بات ہے کہ آپ اس کے بارے میں کچھ کرنا چاہتے ہیں۔
    .easy = اسے دیکھ لینا آپ کا قصور نہیں ہے۔
    .safety = اسے دیکھ لینا آپ کا قصور نہیں ہے۔
pathway-saw-sexual-images-of-child-tell-adult = بھروسے والے کسی بڑے کو بتائیں کہ آپ نے کیا دیکھا اور کہاں دیکھا۔
    .easy = بھروسے والے کسی بڑے کو بتائیں۔
pathway-saw-sexual-images-of-child-report = کسی ہاٹ لائن کو اس کی رپورٹ کریں۔ بتائیں کہ یہ کہاں تھا: کون سی ویب سائٹ، کون سی ایپ یا کون سا گروپ، اور کب۔ آپ کو اسے کاپی کرنے کی ضرورت نہیں۔
    .easy = رپورٹ کریں کہ آپ نے اسے کہاں دیکھا۔ آپ کو اسے کاپی کرنے کی ضرورت نہیں۔
    .safety = آپ کو اسے کاپی کرنے کی ضرورت نہیں۔
pathway-saw-sexual-images-of-child-helpline = اگر اس سے آپ پریشان ہوئے ہیں، تو آپ بچوں کی ہیلپ لائن سے بات کر سکتے ہیں۔
    .easy = پریشان ہیں؟ بچوں کی ہیلپ لائن سے بات کریں۔

## Pathway: someone I met online wants to meet me.

pathway-wants-to-meet-title = جس سے میری جان پہچان آن لائن ہوئی، وہ مجھ سے ملنا چاہتا ہے
pathway-wants-to-meet-do-not-go = اس سے ملنے مت جائیں، اور اس بات کو راز مت رکھیں۔
    .easy = مت جائیں۔ اسے راز مت رکھیں۔
pathway-wants-to-meet-tell-adult = کچھ اور کرنے سے پہلے، بھروسے والے کسی بڑے کو بتائیں۔ یہ کبھی بھی آپ کا قصور نہیں ہے، چاہے آپ نے بہت عرصے تک اس سے چیٹ کی ہو۔
    .easy = سب سے پہلے بھروسے والے کسی بڑے کو بتائیں۔ یہ کبھی بھی آپ کا قصور نہیں ہے۔
    .safety = یہ کبھی بھی آپ کا قصور نہیں ہے
pathway-wants-to-meet-report-block = ایپ میں اس اکاؤنٹ کی رپورٹ کریں، پھر اسے بلاک کریں۔
    .easy = اکاؤنٹ کی رپورٹ کریں۔ پھر اسے بلاک کریں۔
pathway-wants-to-meet-police = بھروسے والا کوئی بڑا پولیس کو اس کی رپورٹ کر سکتا ہے۔
    .easy = بھروسے والا کوئی بڑا پولیس کو بتا سکتا ہے۔
pathway-wants-to-meet-helpline = آپ بچوں کی ہیلپ لائن سے بات کر سکتے ہیں۔
    .easy = آپ بچوں کی ہیلپ لائن سے بات کر سکتے ہیں۔
pathway-wants-to-meet-emergency = اگر کوئی آپ کا انتظار کر رہا ہے، یا آپ کو لگتا ہے کہ آپ ابھی خطرے میں ہیں، تو ایمرجنسی مدد لیں۔
    .easy = ابھی خطرے میں ہیں؟ ایمرجنسی مدد لیں۔

## Pathway: I am being bullied.

pathway-being-bullied-title = مجھے تنگ کیا جا رہا ہے (بُلیئنگ)
pathway-being-bullied-not-your-fault = یہ آپ کا قصور نہیں ہے۔ کوئی بھی تنگ کیے جانے کا مستحق نہیں ہے۔
    .easy = یہ آپ کا قصور نہیں ہے۔
    .safety = یہ آپ کا قصور نہیں ہے۔
pathway-being-bullied-do-not-reply = پلٹ کر جواب مت دیں۔ آپ چیٹ یا گیم چھوڑ سکتے ہیں۔
    .easy = پلٹ کر جواب مت دیں۔
pathway-being-bullied-tell-adult = بھروسے والے کسی بڑے کو بتائیں۔ اگر آپ چاہیں، تو انہیں اپنی اسکرین پر پیغامات دکھائیں۔
    .easy = بھروسے والے کسی بڑے کو بتائیں۔
pathway-being-bullied-report-block = ایپ میں ان پیغامات کی رپورٹ کریں، پھر اس اکاؤنٹ کو بلاک کریں۔ بھروسے والا کوئی بڑا مدد کر سکتا ہے۔
    .easy = رپورٹ کریں۔ پھر بلاک کریں۔
pathway-being-bullied-helpline = آپ بچوں کی ہیلپ لائن سے اس کے بارے میں بات کر سکتے ہیں۔
    .easy = آپ بچوں کی ہیلپ لائن سے بات کر سکتے ہیں۔
pathway-being-bullied-emergency = اگر کوئی آپ کو نقصان پہنچانے کی دھمکی دے، یا آپ کو لگے کہ آپ ابھی خطرے میں ہیں، تو ایمرجنسی مدد لیں۔
    .easy = ابھی خطرے میں ہیں؟ ایمرجنسی مدد لیں۔

## Pathway (caregivers): I am worried about a child.

pathway-worried-about-child-title = مجھے کسی بچے کے بارے میں فکر ہے
pathway-worried-about-child-stay-calm = پرسکون رہیں۔ بچے کی طرف پوری توجہ دیں، اسی طریقے سے جس میں وہ سب سے اچھی طرح بات کرتا ہے: بول کر، اشاروں کی زبان میں یا لکھ کر۔ اس کی بات کا یقین کریں، اور بتانے پر اس کا شکریہ ادا کریں۔
    .easy = پرسکون رہیں۔ بچے کی بات کا یقین کریں۔ اس کا شکریہ ادا کریں۔
pathway-worried-about-child-not-their-fault = بچے کو بتائیں کہ یہ اس کا قصور نہیں ہے۔ اسے قصور وار نہ ٹھہرائیں، اسے سزا نہ دیں، اور سزا کے طور پر اس سے فون نہ لیں۔
    .easy = کہیں کہ یہ اس کا قصور نہیں ہے۔ سزا نہ دیں۔
    .safety = یہ اس کا قصور نہیں ہے
pathway-worried-about-child-do-not-save = کسی بچے کی جنسی تصویریں کبھی سیو نہ کریں۔ ان کا اسکرین شاٹ کبھی نہ لیں۔ انہیں کبھی آگے نہ بھیجیں، ثبوت کے طور پر بھی نہیں۔ اس کے بجائے الفاظ میں لکھ لیں: ایپ، اکاؤنٹ کا نام، تاریخ اور وقت، اور آپ نے کیا دیکھا۔
    .easy = کسی بچے کی جنسی تصویریں کبھی سیو نہ کریں۔ ان کا اسکرین شاٹ کبھی نہ لیں۔ انہیں کبھی آگے نہ بھیجیں۔ اس کے بجائے نوٹ لکھ لیں۔
    .safety =
        کسی بچے کی جنسی تصویریں کبھی سیو نہ کریں۔
        ان کا اسکرین شاٹ کبھی نہ لیں۔
        انہیں کبھی آگے نہ بھیجیں
pathway-worried-about-child-report-platform = پلیٹ فارم پر اس اکاؤنٹ کی رپورٹ کریں۔ خود اس شخص سے رابطہ نہ کریں۔
    .easy = اکاؤنٹ کی رپورٹ کریں۔ اس شخص سے رابطہ نہ کریں۔
pathway-worried-about-child-report = بچوں کے جنسی استحصال کے مواد کی رپورٹ ہاٹ لائن کو کریں، اور اس شخص کی رپورٹ پولیس کو کریں۔
    .easy = ہاٹ لائن کو اور پولیس کو رپورٹ کریں۔
pathway-worried-about-child-helpline = بچوں کی ہیلپ لائن آپ کو مشورہ دے سکتی ہے۔ کچھ ہیلپ لائنز پر بڑوں کے لیے الگ لائن بھی ہوتی ہے۔
    .easy = ہیلپ لائن آپ کو مشورہ دے سکتی ہے۔
pathway-worried-about-child-deaf = اگر بچے کو یا آپ کو سنائی نہیں دیتا یا کم سنائی دیتا ہے، تو یہ سروسز آواز والی کال کے بغیر کام کرتی ہیں۔
    .easy = ان لوگوں کے لیے سروسز جو سن نہیں سکتے۔
pathway-worried-about-child-emergency = اگر کوئی بچہ ابھی خطرے میں ہے، تو ایمرجنسی مدد لیں۔
    .easy = کوئی بچہ ابھی خطرے میں ہے؟ ایمرجنسی مدد لیں۔
