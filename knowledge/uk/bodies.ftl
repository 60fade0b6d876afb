# Назви державних установ так, як їх бачать читачі.

body-aima = AIMA (Agência para a Integração, Migrações e Asilo), агентство з питань міграції та притулку
body-cnai = CNAI (Centro Nacional de Apoio à Integração de Migrantes), центр підтримки мігрантів у Лісабоні, де все можна зробити в одному місці
body-lam = Лінія підтримки мігрантів (Linha de Apoio a Migrantes)
body-act = ACT (Autoridade para as Condições do Trabalho), трудова інспекція
body-seguranca-social = Соціальне забезпечення (Segurança Social)
body-financas = Податкова (Finanças, Autoridade Tributária e Aduaneira)
body-sns = SNS 24, телефонна лінія Національної служби охорони здоров'я (Serviço Nacional de Saúde)
body-inem = Єдиний європейський номер екстреної допомоги ({ $emergency-phone }, Número Europeu de Emergência)
