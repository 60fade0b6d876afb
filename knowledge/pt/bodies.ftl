# Nomes dos organismos públicos, como o leitor os encontra.

body-aima = AIMA (Agência para a Integração, Migrações e Asilo)
body-cnai = CNAI (Centro Nacional de Apoio à Integração de Migrantes), Lisboa
body-lam = Linha de Apoio a Migrantes
body-act = ACT (Autoridade para as Condições do Trabalho)
body-seguranca-social = Segurança Social
body-financas = Finanças (Autoridade Tributária e Aduaneira)
body-sns = SNS 24 (Serviço Nacional de Saúde)
body-inem = Número Europeu de Emergência ({ $emergency-phone })
body-iefp = IEFP (Instituto do Emprego e Formação Profissional), centros de emprego
body-irn = IRN (Instituto dos Registos e do Notariado) e Conservatórias
body-cicdr = CICDR (Comissão para a Igualdade e Contra a Discriminação Racial)
body-cig = CIG (Comissão para a Cidadania e a Igualdade de Género), Serviço de Informação às Vítimas de Violência Doméstica
body-apav = APAV (Associação Portuguesa de Apoio à Vítima)
body-trafficking-line = Linha de apoio às vítimas de tráfico de seres humanos
body-police = Polícia (PSP, GNR, Polícia Judiciária)
body-schools = Escolas e agrupamentos de escolas (Direção-Geral da Educação)
body-dges = DGES (Direção-Geral do Ensino Superior)
body-junta-freguesia = Junta de Freguesia
body-housing = IHRU (Instituto da Habitação e da Reabilitação Urbana), Portal da Habitação
body-imt = IMT (Instituto da Mobilidade e dos Transportes)
body-banco-portugal = Banco de Portugal, Portal do Cliente Bancário
