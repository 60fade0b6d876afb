# Назвы дзяржаўных устаноў, як іх сустрэне чытач.

body-aima = AIMA (Agência para a Integração, Migrações e Asilo), міграцыйная служба: віды на жыхарства і прытулак
body-cnai = CNAI (Centro Nacional de Apoio à Integração de Migrantes), нацыянальны цэнтр дапамогі мігрантам, Лісабон
body-lam = Лінія дапамогі мігрантам (Linha de Apoio a Migrantes), тэлефон для імігрантаў
body-act = ACT (Autoridade para as Condições do Trabalho), працоўная інспекцыя
body-seguranca-social = Сацыяльнае страхаванне (Segurança Social)
body-financas = Падатковая служба (Finanças, Autoridade Tributária e Aduaneira)
body-sns = SNS 24 (Serviço Nacional de Saúde), медыцынская лінія дзяржаўнай службы аховы здароўя
body-inem = Адзіны еўрапейскі нумар экстранных службаў (Número Europeu de Emergência, { $emergency-phone })
body-iefp = IEFP (Instituto do Emprego e Formação Profissional), служба занятасці: цэнтры занятасці (centros de emprego), пошук працы і курсы
body-irn = IRN (Instituto dos Registos e do Notariado), служба рэгістрацыі і натарыяту, і рэгістрацыйныя аддзелы (Conservatórias): грамадзянства, нараджэнне, шлюб
body-cicdr = CICDR (Comissão para a Igualdade e Contra a Discriminação Racial), камісія па роўнасці і супраць расавай дыскрымінацыі
body-cig = CIG (Comissão para a Cidadania e a Igualdade de Género), камісія па грамадзянстве і гендарнай роўнасці: інфармацыйная служба для ахвяр хатняга гвалту (Serviço de Informação às Vítimas de Violência Doméstica)
body-apav = APAV (Associação Portuguesa de Apoio à Vítima), партугальская асацыяцыя дапамогі ахвярам злачынстваў
body-trafficking-line = Лінія дапамогі ахвярам гандлю людзьмі (Linha de apoio às vítimas de tráfico de seres humanos)
body-police = Паліцыя (PSP, GNR, Polícia Judiciária)
body-schools = Школы і аб'яднанні школ (Escolas e agrupamentos de escolas, Direção-Geral da Educação)
body-dges = DGES (Direção-Geral do Ensino Superior), галоўнае ўпраўленне вышэйшай адукацыі: універсітэты і прызнанне дыпломаў
body-junta-freguesia = Мясцовая адміністрацыя (Junta de Freguesia)
body-housing = IHRU (Instituto da Habitação e da Reabilitação Urbana), інстытут жылля: Партал жылля (Portal da Habitação)
body-imt = IMT (Instituto da Mobilidade e dos Transportes), інстытут транспарту: вадзіцельскія пасведчанні
body-banco-portugal = Нацыянальны банк Партугаліі (Banco de Portugal): Партал кліента банка (Portal do Cliente Bancário)
