# Назви державних установ так, як їх бачать читачі.

body-aima = AIMA (Agência para a Integração, Migrações e Asilo), агентство з питань міграції та притулку
body-cnai = CNAI (Centro Nacional de Apoio à Integração de Migrantes), центр підтримки мігрантів у Лісабоні, де все можна зробити в одному місці
body-lam = Лінія підтримки мігрантів (Linha de Apoio a Migrantes)
body-act = ACT (Autoridade para as Condições do Trabalho), трудова інспекція
body-seguranca-social = Соціальне забезпечення (Segurança Social)
body-financas = Податкова (Finanças, Autoridade Tributária e Aduaneira)
body-sns = SNS 24, телефонна лінія Національної служби охорони здоров'я (Serviço Nacional de Saúde)
body-inem = Єдиний європейський номер екстреної допомоги ({ $emergency-phone }, Número Europeu de Emergência)
body-iefp = IEFP (Instituto do Emprego e Formação Profissional), центри зайнятості (centros de emprego)
body-irn = IRN (Instituto dos Registos e do Notariado), служба реєстрації та нотаріату, і її відділи реєстрації (Conservatórias)
body-cicdr = CICDR (Comissão para a Igualdade e Contra a Discriminação Racial), комісія проти расової дискримінації
body-cig = CIG (Comissão para a Cidadania e a Igualdade de Género), служба інформації для жертв домашнього насильства (Serviço de Informação às Vítimas de Violência Doméstica)
body-apav = APAV (Associação Portuguesa de Apoio à Vítima), асоціація допомоги потерпілим від злочинів
body-trafficking-line = Лінія допомоги жертвам торгівлі людьми (Linha de apoio às vítimas de tráfico de seres humanos)
body-police = Поліція (PSP, GNR, Polícia Judiciária)
body-schools = Школи та об'єднання шкіл (escolas e agrupamentos de escolas, Direção-Geral da Educação)
body-dges = DGES (Direção-Geral do Ensino Superior), управління вищої освіти
body-junta-freguesia = Місцева адміністрація району (Junta de Freguesia)
body-housing = IHRU (Instituto da Habitação e da Reabilitação Urbana), державний інститут житла, Portal da Habitação
body-imt = IMT (Instituto da Mobilidade e dos Transportes), інститут транспорту (водійські посвідчення)
body-banco-portugal = Національний банк Португалії (Banco de Portugal), Portal do Cliente Bancário
