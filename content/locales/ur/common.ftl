## Words used across the app.

quiz-correct = شاباش! یہ صحیح ہے۔
quiz-partly = کچھ جواب صحیح ہیں ({ $score }%)۔ جواب دیکھیں اور دوبارہ کوشش کریں۔
quiz-not-yet = ابھی پوری طرح ٹھیک نہیں۔ جواب دیکھیں اور دوبارہ کوشش کریں۔

## Avatars a learner can pick. Each name is also the picture's alt text.

avatar-cat = مسکراتی ہوئی بلی
avatar-fish = نیلی مچھلی
avatar-kite = آسمان میں لال پتنگ
avatar-star = پیلا ستارہ
avatar-sun = چمکتا ہوا سورج
avatar-tree = ہرا درخت

## Home screen. $nickname is the learner's nickname; $lessons the lessons they finished.

home-welcome = { $lessons ->
        [0] ہیلو، { $nickname }! شروع کرنے کے لیے ایک سبق چنیں۔
        [one] دوبارہ خوش آمدید، { $nickname }! آپ نے { $lessons } سبق مکمل کر لیا ہے۔
       *[other] دوبارہ خوش آمدید، { $nickname }! آپ نے { $lessons } سبق مکمل کر لیے ہیں۔
    }

quiz-reveal = ابھی یہ صحیح جواب نہیں ہے۔ صحیح جواب دیکھیں، پھر آگے بڑھیں۔

## Pictures for a picture password. Each name is also the picture's alt text.

picture-apple = لال سیب
picture-ball = نیلی گیند
picture-boat = پیلے بادبان والی کشتی
picture-car = جامنی گاڑی
picture-fish = نارنجی مچھلی
picture-flower = پیلا پھول
picture-house = لال چھت والا گھر
picture-moon = پیلا چاند
picture-tree = ہرا درخت
