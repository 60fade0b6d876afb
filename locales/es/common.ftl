# Textos comunes a todos los canales (bot, quiosco, consola, API).

# El nombre de este idioma en el propio idioma.
language-native-name = Español

category-immigration = Inmigración y residencia
category-labour = Trabajo
category-social = Seguridad Social e impuestos
category-housing = Vivienda
category-health = Salud
category-education = Educación
category-citizenship = Nacionalidad
category-rights = Derechos y protección
category-services = Servicios y contactos

fallback-note = Este texto todavía no está disponible en su idioma. Se muestra en { $shown }.
review-reviewed = Revisado por un mediador.
review-reviewed-on = Revisado por un mediador el { $date }.
review-machine-translated = Traducción automática, todavía no revisada por un mediador.
review-outdated = El texto original cambió después de esta traducción; puede estar desactualizada.
article-last-reviewed = Última revisión: { $date }
article-unconfirmed = Todavía no confirmado por una fuente oficial: { $facts }. Confírmelo con el organismo indicado.
article-outdated = Puede estar desactualizado (ya pasó la fecha hasta la que estaba confirmado): { $facts }. Compruebe el valor actual con el organismo indicado.
article-unconfirmed-in = { $values } («{ $context }»)
article-disclaimer = Esta es información general, no es asesoría jurídica. Para su caso, hable con un mediador en un CNAI, llame a la Línea de Apoyo a Migrantes ({ $lam-phone-landline } o { $lam-phone-mobile }) o pida asistencia jurídica gratuita.

contact-phone = Teléfono
contact-mobile = Desde un celular (móvil)
contact-sms = SMS
contact-email = Correo electrónico
contact-web = Sitio web
contact-form = Formulario de contacto
contact-address = Dirección
contact-hours = Horario de atención

date-long = { $day } de { $month } de { $year }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
weekday-mon = lun.
weekday-tue = mar.
weekday-wed = mié.
weekday-thu = jue.
weekday-fri = vie.
weekday-sat = sáb.
weekday-sun = dom.

# The description of the public pages (link previews, search engines).
page-description-kiosk = Información para inmigrantes en nueve idiomas: residencia, trabajo, salud, vivienda y más, y un mediador cuando lo necesite.
page-description-display = Turnos llamados y mostradores: la pantalla de la sala de espera.
