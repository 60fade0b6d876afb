# Названия государственных учреждений так, как их видят читатели.

body-aima = AIMA (Agência para a Integração, Migrações e Asilo), агентство по делам миграции и убежища
body-cnai = CNAI (Centro Nacional de Apoio à Integração de Migrantes), центр поддержки мигрантов в Лиссабоне, где многое можно сделать в одном месте
body-lam = Линия поддержки мигрантов (Linha de Apoio a Migrantes)
body-act = ACT (Autoridade para as Condições do Trabalho), трудовая инспекция
body-seguranca-social = Социальное страхование (Segurança Social)
body-financas = Налоговая (Finanças, Autoridade Tributária e Aduaneira)
body-sns = SNS 24, телефонная линия Национальной службы здравоохранения (Serviço Nacional de Saúde)
body-inem = Единый европейский номер экстренной помощи ({ $emergency-phone }, Número Europeu de Emergência)
body-iefp = IEFP (Instituto do Emprego e Formação Profissional), центры занятости (centros de emprego)
body-irn = IRN (Instituto dos Registos e do Notariado), институт регистрации, и отделы регистрации (Conservatórias)
body-cicdr = CICDR (Comissão para a Igualdade e Contra a Discriminação Racial), комиссия против расовой дискриминации
body-cig = CIG (Comissão para a Cidadania e a Igualdade de Género), служба информации для жертв домашнего насилия (Serviço de Informação às Vítimas de Violência Doméstica)
body-apav = APAV (Associação Portuguesa de Apoio à Vítima), помощь жертвам преступлений
body-trafficking-line = Линия помощи жертвам торговли людьми (Linha de apoio às vítimas de tráfico de seres humanos)
body-police = Полиция (PSP, GNR, Polícia Judiciária)
body-schools = Школы и объединения школ (escolas e agrupamentos de escolas, Direção-Geral da Educação)
body-dges = DGES (Direção-Geral do Ensino Superior), управление высшего образования
body-junta-freguesia = Местная администрация района (Junta de Freguesia)
body-housing = IHRU (Instituto da Habitação e da Reabilitação Urbana), институт жилья, и Портал жилья (Portal da Habitação)
body-imt = IMT (Instituto da Mobilidade e dos Transportes), водительские права и транспорт
body-banco-portugal = Банк Португалии (Banco de Portugal), Портал клиента банка (Portal do Cliente Bancário)
