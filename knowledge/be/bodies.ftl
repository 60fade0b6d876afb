# Назвы дзяржаўных устаноў, як іх сустрэне чытач.

body-aima = AIMA (Agência para a Integração, Migrações e Asilo), міграцыйная служба: віды на жыхарства і прытулак
body-cnai = CNAI (Centro Nacional de Apoio à Integração de Migrantes), нацыянальны цэнтр дапамогі мігрантам, Лісабон
body-lam = Лінія дапамогі мігрантам (Linha de Apoio a Migrantes), тэлефон для імігрантаў
body-act = ACT (Autoridade para as Condições do Trabalho), працоўная інспекцыя
body-seguranca-social = Сацыяльнае страхаванне (Segurança Social)
body-financas = Падатковая служба (Finanças, Autoridade Tributária e Aduaneira)
body-sns = SNS 24 (Serviço Nacional de Saúde), медыцынская лінія дзяржаўнай службы аховы здароўя
body-inem = Адзіны еўрапейскі нумар экстранных службаў (Número Europeu de Emergência, { $emergency-phone })
