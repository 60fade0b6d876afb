# Names of the public bodies, as readers meet them.

body-aima = AIMA (Agência para a Integração, Migrações e Asilo), the immigration and asylum agency
body-cnai = CNAI (Centro Nacional de Apoio à Integração de Migrantes), the one-stop support centre in Lisbon
body-lam = Migrant Support Line (Linha de Apoio a Migrantes)
body-act = ACT (Autoridade para as Condições do Trabalho), the labour inspectorate
body-seguranca-social = Social Security (Segurança Social)
body-financas = Tax office (Finanças, Autoridade Tributária e Aduaneira)
body-sns = SNS 24, the National Health Service line (Serviço Nacional de Saúde)
body-inem = European emergency number ({ $emergency-phone })
body-iefp = IEFP (Instituto do Emprego e Formação Profissional), the public employment and training service, with its job centres (centros de emprego)
body-irn = IRN (Instituto dos Registos e do Notariado), the registry office, and its local registry offices (Conservatórias)
body-cicdr = CICDR (Comissão para a Igualdade e Contra a Discriminação Racial), the commission against racial discrimination
body-cig = CIG (Comissão para a Cidadania e a Igualdade de Género), the gender equality commission, and its information service for victims of domestic violence (Serviço de Informação às Vítimas de Violência Doméstica)
body-apav = APAV (Associação Portuguesa de Apoio à Vítima), the Portuguese victim support association
body-trafficking-line = Support line for victims of human trafficking (Linha de apoio às vítimas de tráfico de seres humanos)
body-police = Police (PSP, GNR, Polícia Judiciária)
body-schools = Schools and school groups (escolas e agrupamentos de escolas, Direção-Geral da Educação)
body-dges = DGES (Direção-Geral do Ensino Superior), the higher education authority
body-junta-freguesia = Parish council (Junta de Freguesia), the local council office for your area
body-housing = IHRU (Instituto da Habitação e da Reabilitação Urbana), the public housing institute, and the Housing Portal (Portal da Habitação)
body-imt = IMT (Instituto da Mobilidade e dos Transportes), the driving licence and transport authority
body-banco-portugal = Banco de Portugal, the central bank, and its Bank Customer Portal (Portal do Cliente Bancário)
