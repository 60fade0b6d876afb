# Тексти, спільні для всіх каналів (бот, кіоск, консоль, API).

# Назва цієї мови самою цією мовою.
language-native-name = Українська

category-immigration = Імміграція та проживання
category-labour = Робота
category-social = Соціальне забезпечення і податки
category-housing = Житло
category-health = Здоров'я
category-education = Освіта
category-citizenship = Громадянство
category-rights = Права і захист
category-services = Служби та контакти

fallback-note = Цей текст ще не перекладено вашою мовою. Його показано мовою: { $shown }.
review-reviewed = Перевірено медіатором.
review-reviewed-on = Перевірено медіатором { $date }
review-machine-translated = Машинний переклад, медіатор його ще не перевірив.
review-outdated = Оригінальний текст змінився після цього перекладу, тому переклад може бути застарілим.
article-last-reviewed = Востаннє перевірено: { $date }
article-unconfirmed = Ще не підтверджено офіційним джерелом: { $facts }. Уточніть в установі, яку тут названо.
article-outdated = Може бути застарілим (строк, до якого це було підтверджено, минув): { $facts }. Уточніть чинне значення в установі, яку тут названо.
article-unconfirmed-in = { $values } («{ $context }»)
article-disclaimer = Це загальна інформація, а не юридична консультація. Щодо вашої ситуації поговоріть із медіатором у CNAI, зателефонуйте на Лінію підтримки мігрантів ({ $lam-phone-landline } або { $lam-phone-mobile }) або попросіть безоплатну юридичну допомогу.

contact-phone = Телефон
contact-mobile = З мобільного
contact-sms = SMS
contact-email = Ел. пошта
contact-web = Вебсайт
contact-form = Форма для звернень
contact-address = Адреса
contact-hours = Години роботи

date-long = { $day } { $month } { $year } р.
month-1 = січня
month-2 = лютого
month-3 = березня
month-4 = квітня
month-5 = травня
month-6 = червня
month-7 = липня
month-8 = серпня
month-9 = вересня
month-10 = жовтня
month-11 = листопада
month-12 = грудня
weekday-mon = Пн
weekday-tue = Вт
weekday-wed = Ср
weekday-thu = Чт
weekday-fri = Пт
weekday-sat = Сб
weekday-sun = Нд

# The description of the public pages (link previews, search engines).
page-description-kiosk = Інформація для іммігрантів дев’ятьма мовами: посвідка на проживання, робота, здоров’я, житло та інше, а також медіатор, коли він потрібен.
page-description-display = Викликані талони та віконця: екран зали очікування.
