# Textos comuns a todos os canais (bot, quiosque, consola, API).

# O nome desta língua na própria língua.
language-native-name = Português

category-immigration = Imigração e residência
category-labour = Trabalho
category-social = Segurança Social e impostos
category-housing = Habitação
category-health = Saúde
category-education = Educação
category-citizenship = Nacionalidade
category-rights = Direitos e proteção
category-services = Serviços e contactos

fallback-note = Este texto ainda não está disponível na sua língua. É mostrado em { $shown }.
review-reviewed = Revisto por um mediador.
review-reviewed-on = Revisto por um mediador em { $date }.
review-machine-translated = Tradução automática, ainda não revista por um mediador.
review-outdated = O texto original mudou depois desta tradução; pode estar desatualizada.
article-last-reviewed = Última revisão: { $date }
article-unconfirmed = Ainda não confirmado por uma fonte oficial: { $facts }. Confirme junto do organismo indicado.
article-outdated = Pode estar desatualizado (a data até à qual foi confirmado já passou): { $facts }. Confirme o valor atual junto do organismo indicado.
article-unconfirmed-in = { $values } («{ $context }»)
article-disclaimer = Esta é uma informação geral, não é aconselhamento jurídico. Para o seu caso, fale com um mediador num CNAI, ligue para a Linha de Apoio a Migrantes ({ $lam-phone-landline } ou { $lam-phone-mobile }) ou peça apoio jurídico gratuito.

contact-phone = Telefone
contact-mobile = A partir de telemóvel
contact-sms = SMS
contact-email = E-mail
contact-web = Sítio na internet
contact-form = Formulário de contacto
contact-address = Morada
contact-hours = Horário

date-long = { $day } de { $month } de { $year }
month-1 = janeiro
month-2 = fevereiro
month-3 = março
month-4 = abril
month-5 = maio
month-6 = junho
month-7 = julho
month-8 = agosto
month-9 = setembro
month-10 = outubro
month-11 = novembro
month-12 = dezembro
weekday-mon = seg.
weekday-tue = ter.
weekday-wed = qua.
weekday-thu = qui.
weekday-fri = sex.
weekday-sat = sáb.
weekday-sun = dom.

# The description of the public pages (link previews, search engines).
page-description-kiosk = Informação para imigrantes em nove línguas: residência, trabalho, saúde, habitação e mais, e um mediador quando precisar.
page-description-display = Senhas chamadas e balcões: o ecrã da sala de espera.
