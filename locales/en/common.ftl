# Texts shared by every channel (bot, kiosk, console, API).

# The name of this language in itself.
language-native-name = English

category-immigration = Immigration and residence
category-labour = Work
category-social = Social security and taxes
category-housing = Housing
category-health = Health
category-education = Education
category-citizenship = Nationality
category-rights = Rights and protection
category-services = Services and contacts

fallback-note = This text is not yet available in your language. It is shown in { $shown }.
review-reviewed = Reviewed by a mediator.
review-reviewed-on = Reviewed by a mediator on { $date }.
review-machine-translated = Machine translation, not yet reviewed by a mediator.
review-outdated = The original text changed after this translation was made; it may be out of date.
article-last-reviewed = Last reviewed: { $date }
article-unconfirmed = Not yet confirmed by an official source: { $facts }. Check with the public body named here.
article-outdated = May be out of date (the date it was confirmed until has passed): { $facts }. Check the current value with the public body named here.
article-unconfirmed-in = { $values } (“{ $context }”)
article-disclaimer = This is general information, not legal advice. For your own case, talk to a mediator at a CNAI, call the Migrant Support Line ({ $lam-phone-landline } or { $lam-phone-mobile }) or ask for free legal aid.

contact-phone = Phone
contact-mobile = From a mobile phone
contact-sms = SMS
contact-email = Email
contact-web = Website
contact-form = Contact form
contact-address = Address
contact-hours = Opening hours

date-long = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
weekday-mon = Mon
weekday-tue = Tue
weekday-wed = Wed
weekday-thu = Thu
weekday-fri = Fri
weekday-sat = Sat
weekday-sun = Sun

# The description of the public pages (link previews, search engines).
page-description-kiosk = Information for immigrants in nine languages: residence, work, health, housing and more, and a mediator when you need one.
page-description-display = Tickets called and counters: the waiting-room display.
