# Testus kumun pa tudu kanal (bot, kiosk, konsola, API).

# Nómi di es lingua na se propi lingua.
language-native-name = Kriolu kabuverdianu

category-immigration = Imigrason i residénsia
category-labour = Trabadju
category-social = Siguransa Sosial i inpostu
category-housing = Kaza
category-health = Saúdi
category-education = Skola i edukason
category-citizenship = Nasionalidadi
category-rights = Direitu i protekson
category-services = Sirvisu i kontatu

fallback-note = Es testu inda ka sta na bu lingua. Nu sta mostra-l na { $shown }.
review-reviewed = Un mediador dja rivê es testu.
review-reviewed-on = Un mediador rivê es testu na { $date }.
review-machine-translated = Traduson otomátiku (di mákina), inda ka rivistu pa un mediador.
review-outdated = Testu orijinal muda dipos di es traduson; pode ser ki e ka sta atualizadu.
article-last-reviewed = Últimu rivizon: { $date }
article-unconfirmed = Inda ka kunfirmadu pa un fonti ofisial: { $facts }. Konfirma ku organismu ki sta nomiadu li.
article-outdated = Talvês dja ka sta atualizadu (data ti ki el staba kunfirmadu dja pasa): { $facts }. Konfirma valor di oji ku organismu ki sta nomiadu li.
article-unconfirmed-in = { $values } («{ $context }»)
article-disclaimer = Es li e informason jeral, e ka konsedju di advogadu. Pa bu kazu, fala ku un mediador na un CNAI, liga pa linha di apoiu pa imigranti (Linha de Apoio a Migrantes) ({ $lam-phone-landline } o { $lam-phone-mobile }) o pidi apoiu jurídiku di grasa.

contact-phone = Telefoni
contact-mobile = Di telemóvel
contact-sms = SMS
contact-email = Email
contact-web = Saiti na internet
contact-form = Formuláriu di kontatu
contact-address = Morada
contact-hours = Oráriu

date-long = { $day } di { $month } di { $year }
month-1 = janeru
month-2 = fevereru
month-3 = marsu
month-4 = abril
month-5 = maiu
month-6 = junhu
month-7 = julhu
month-8 = agostu
month-9 = setenbru
month-10 = otubru
month-11 = novenbru
month-12 = dizenbru
weekday-mon = sig.
weekday-tue = ter.
weekday-wed = kua.
weekday-thu = kin.
weekday-fri = ses.
weekday-sat = sáb.
weekday-sun = dum.

# The description of the public pages (link previews, search engines).
page-description-kiosk = Informason pa imigranti na nóvi lingua: rezidénsia, trabadju, saúdi, kaza i más, i un mediador óras ki bu meste.
page-description-display = Senhas txomadu i balkon: ekran di sala di spera.
