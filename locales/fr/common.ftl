# Textes communs à tous les canaux (bot, borne, console, API).

# Le nom de cette langue dans cette langue.
language-native-name = Français

category-immigration = Immigration et séjour
category-labour = Travail
category-social = Sécurité sociale et impôts
category-housing = Logement
category-health = Santé
category-education = Éducation
category-citizenship = Nationalité
category-rights = Droits et protection
category-services = Services et contacts

fallback-note = Ce texte n'est pas encore disponible dans votre langue. Il est affiché en { $shown }.
review-reviewed = Relu par un médiateur.
review-reviewed-on = Relu par un médiateur le { $date }.
review-machine-translated = Traduction automatique, pas encore relue par un médiateur.
review-outdated = Le texte original a changé depuis cette traduction ; elle n'est peut-être plus à jour.
article-last-reviewed = Dernière relecture : { $date }
article-unconfirmed = Pas encore confirmé par une source officielle : { $facts }. Vérifiez auprès de l'organisme indiqué.
article-outdated = Peut-être plus à jour (la date jusqu'à laquelle il était confirmé est passée) : { $facts }. Vérifiez la valeur actuelle auprès de l'organisme indiqué.
article-unconfirmed-in = { $values } (« { $context } »)
article-disclaimer = Ceci est une information générale, pas un conseil juridique. Pour votre situation, parlez à un médiateur dans un CNAI, appelez la Ligne d'aide aux migrants ({ $lam-phone-landline } ou { $lam-phone-mobile }) ou demandez une aide juridique gratuite.

contact-phone = Téléphone
contact-mobile = Depuis un portable
contact-sms = SMS
contact-email = E-mail
contact-web = Site internet
contact-form = Formulaire de contact
contact-address = Adresse
contact-hours = Horaires

date-long = { $day } { $month } { $year }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
weekday-mon = lun.
weekday-tue = mar.
weekday-wed = mer.
weekday-thu = jeu.
weekday-fri = ven.
weekday-sat = sam.
weekday-sun = dim.

# The description of the public pages (link previews, search engines).
page-description-kiosk = Informations pour les personnes immigrées en neuf langues : séjour, travail, santé, logement et plus, et un médiateur quand vous en avez besoin.
page-description-display = Tickets appelés et guichets : l’écran de la salle d’attente.
