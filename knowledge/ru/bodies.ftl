# Названия государственных учреждений так, как их видят читатели.

body-aima = AIMA (Agência para a Integração, Migrações e Asilo), агентство по делам миграции и убежища
body-cnai = CNAI (Centro Nacional de Apoio à Integração de Migrantes), центр поддержки мигрантов в Лиссабоне, где многое можно сделать в одном месте
body-lam = Линия поддержки мигрантов (Linha de Apoio a Migrantes)
body-act = ACT (Autoridade para as Condições do Trabalho), трудовая инспекция
body-seguranca-social = Социальное страхование (Segurança Social)
body-financas = Налоговая (Finanças, Autoridade Tributária e Aduaneira)
body-sns = SNS 24, телефонная линия Национальной службы здравоохранения (Serviço Nacional de Saúde)
body-inem = Единый европейский номер экстренной помощи ({ $emergency-phone }, Número Europeu de Emergência)
