# Тексты, общие для всех каналов (бот, киоск, консоль, API).

# Название этого языка на нём самом.
language-native-name = Русский

category-immigration = Иммиграция и вид на жительство
category-labour = Работа
category-social = Соцстрахование и налоги
category-housing = Жильё
category-health = Здоровье
category-education = Образование
category-citizenship = Гражданство
category-rights = Права и защита
category-services = Службы и контакты

fallback-note = Этот текст ещё не переведён на ваш язык. Он показан на языке: { $shown }.
review-reviewed = Проверено медиатором.
review-reviewed-on = Проверено медиатором { $date }
review-machine-translated = Машинный перевод, медиатор его ещё не проверил.
review-outdated = Исходный текст изменился после этого перевода, поэтому перевод может быть устаревшим.
article-last-reviewed = Последняя проверка: { $date }
article-unconfirmed = Ещё не подтверждено официальным источником: { $facts }. Уточните в учреждении, указанном здесь.
article-outdated = Может быть устаревшим (срок, до которого это было подтверждено, прошёл): { $facts }. Уточните действующее значение в учреждении, указанном здесь.
article-unconfirmed-in = { $values } («{ $context }»)
article-disclaimer = Это общая информация, а не юридическая консультация. По вашей ситуации поговорите с медиатором в CNAI, позвоните на Линию поддержки мигрантов ({ $lam-phone-landline } или { $lam-phone-mobile }) или попросите бесплатную юридическую помощь.

contact-phone = Телефон
contact-mobile = С мобильного
contact-sms = SMS
contact-email = Эл. почта
contact-web = Сайт
contact-form = Форма обращения
contact-address = Адрес
contact-hours = Часы работы

date-long = { $day } { $month } { $year } г.
month-1 = января
month-2 = февраля
month-3 = марта
month-4 = апреля
month-5 = мая
month-6 = июня
month-7 = июля
month-8 = августа
month-9 = сентября
month-10 = октября
month-11 = ноября
month-12 = декабря
weekday-mon = Пн
weekday-tue = Вт
weekday-wed = Ср
weekday-thu = Чт
weekday-fri = Пт
weekday-sat = Сб
weekday-sun = Вс

# The description of the public pages (link previews, search engines).
page-description-kiosk = Информация для иммигрантов на девяти языках: вид на жительство, работа, здоровье, жильё и многое другое, а также медиатор, когда он нужен.
page-description-display = Вызванные талоны и окна: экран зала ожидания.
