# Тэксты, агульныя для ўсіх каналаў (бот, кіёск, кансоль, API).

# Назва гэтай мовы на самой мове.
language-native-name = Беларуская

category-immigration = Іміграцыя і пражыванне
category-labour = Праца
category-social = Сацыяльнае страхаванне і падаткі
category-housing = Жыллё
category-health = Здароўе
category-education = Адукацыя
category-citizenship = Грамадзянства
category-rights = Правы і абарона
category-services = Службы і кантакты

fallback-note = Гэты тэкст яшчэ не перакладзены на вашу мову. Ён паказаны на мове: { $shown }.
review-reviewed = Праверана медыятарам.
review-reviewed-on = Праверана медыятарам { $date }
review-machine-translated = Машынны пераклад, медыятар яго яшчэ не праверыў.
review-outdated = Арыгінальны тэкст змяніўся пасля гэтага перакладу; пераклад можа быць састарэлым.
article-last-reviewed = Апошняя праверка: { $date }
article-unconfirmed = Яшчэ не пацверджана афіцыйнай крыніцай: { $facts }. Удакладніце ва ўстанове, названай тут.
article-outdated = Можа быць састарэлым (тэрмін, да якога гэта было пацверджана, мінуў): { $facts }. Удакладніце цяперашняе значэнне ва ўстанове, названай тут.
article-unconfirmed-in = { $values } («{ $context }»)
article-disclaimer = Гэта агульная інфармацыя, а не юрыдычная кансультацыя. Па сваёй сітуацыі звярніцеся да медыятара ў CNAI, патэлефануйце на Лінію дапамогі мігрантам (Linha de Apoio a Migrantes) ({ $lam-phone-landline } або { $lam-phone-mobile }) ці папрасіце бясплатную юрыдычную дапамогу.

contact-phone = Тэлефон
contact-mobile = З мабільнага
contact-sms = SMS
contact-email = E-mail
contact-web = Сайт
contact-form = Форма для зваротаў
contact-address = Адрас
contact-hours = Гадзіны працы

date-long = { $day } { $month } { $year } г.
month-1 = студзеня
month-2 = лютага
month-3 = сакавіка
month-4 = красавіка
month-5 = мая
month-6 = чэрвеня
month-7 = ліпеня
month-8 = жніўня
month-9 = верасня
month-10 = кастрычніка
month-11 = лістапада
month-12 = снежня
weekday-mon = пн
weekday-tue = аў
weekday-wed = ср
weekday-thu = чц
weekday-fri = пт
weekday-sat = сб
weekday-sun = нд

# The description of the public pages (link previews, search engines).
page-description-kiosk = Інфармацыя для імігрантаў на дзевяці мовах: від на жыхарства, праца, здароўе, жыллё і іншае, а таксама медыятар, калі ён патрэбны.
page-description-display = Выкліканыя талоны і акенцы: экран залы чакання.
