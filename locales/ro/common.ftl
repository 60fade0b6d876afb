# Texte comune pentru toate canalele (bot, chioșc, consolă, API).

# Numele acestei limbi în limba însăși.
language-native-name = Română

category-immigration = Imigrare și ședere
category-labour = Muncă
category-social = Asigurări sociale și impozite
category-housing = Locuință
category-health = Sănătate
category-education = Educație
category-citizenship = Cetățenie
category-rights = Drepturi și protecție
category-services = Servicii și contacte

fallback-note = Acest text nu este încă disponibil în limba dumneavoastră. Îl afișăm în limba: { $shown }.
review-reviewed = Verificat de un mediator.
review-reviewed-on = Verificat de un mediator pe { $date }.
review-machine-translated = Traducere automată, încă neverificată de un mediator.
review-outdated = Textul original s-a schimbat după această traducere; este posibil să nu mai fie actuală.
article-last-reviewed = Ultima verificare: { $date }
article-unconfirmed = Încă neconfirmat de o sursă oficială: { $facts }. Verificați la instituția menționată aici.
article-outdated = Poate fi depășit (data până la care era confirmat a trecut): { $facts }. Verificați valoarea actuală la instituția menționată aici.
article-unconfirmed-in = { $values } („{ $context }”)
article-disclaimer = Acestea sunt informații generale, nu consultanță juridică. Pentru cazul dumneavoastră, vorbiți cu un mediator la un CNAI, sunați la Linia de sprijin pentru migranți ({ $lam-phone-landline } sau { $lam-phone-mobile }) sau cereți asistență juridică gratuită.

contact-phone = Telefon
contact-mobile = De pe mobil
contact-sms = SMS
contact-email = E-mail
contact-web = Site web
contact-form = Formular de contact
contact-address = Adresă
contact-hours = Program

date-long = { $day } { $month } { $year }
month-1 = ianuarie
month-2 = februarie
month-3 = martie
month-4 = aprilie
month-5 = mai
month-6 = iunie
month-7 = iulie
month-8 = august
month-9 = septembrie
month-10 = octombrie
month-11 = noiembrie
month-12 = decembrie
weekday-mon = Lun
weekday-tue = Mar
weekday-wed = Mie
weekday-thu = Joi
weekday-fri = Vin
weekday-sat = Sâm
weekday-sun = Dum

# The description of the public pages (link previews, search engines).
page-description-kiosk = Informații pentru imigranți în nouă limbi: ședere, muncă, sănătate, locuință și altele, și un mediator atunci când aveți nevoie.
page-description-display = Bonuri chemate și ghișee: ecranul sălii de așteptare.
