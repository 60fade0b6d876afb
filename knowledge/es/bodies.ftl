# Nombres de los organismos públicos, tal como los encuentra el lector.

body-aima = AIMA (Agência para a Integração, Migrações e Asilo), la agencia de inmigración y asilo
body-cnai = CNAI (Centro Nacional de Apoio à Integração de Migrantes), el centro de atención a inmigrantes en Lisboa, donde se hacen varios trámites en un mismo lugar
body-lam = Línea de Apoyo a Migrantes (Linha de Apoio a Migrantes)
body-act = ACT (Autoridade para as Condições do Trabalho), la inspección de trabajo
body-seguranca-social = Seguridad Social (Segurança Social)
body-financas = Oficina de impuestos (Finanças, Autoridade Tributária e Aduaneira)
body-sns = SNS 24, la línea telefónica del Servicio Nacional de Salud (Serviço Nacional de Saúde)
body-inem = Número europeo de emergencias ({ $emergency-phone }, Número Europeu de Emergência)
body-iefp = IEFP (Instituto do Emprego e Formação Profissional), el servicio público de empleo, con sus centros de empleo (centros de emprego)
body-irn = IRN (Instituto dos Registos e do Notariado), el registro civil, y sus oficinas de registro (Conservatórias)
body-cicdr = CICDR (Comissão para a Igualdade e Contra a Discriminação Racial), la comisión contra la discriminación racial
body-cig = CIG (Comissão para a Cidadania e a Igualdade de Género), con su servicio de información a víctimas de violencia doméstica (Serviço de Informação às Vítimas de Violência Doméstica)
body-apav = APAV (Associação Portuguesa de Apoio à Vítima), la asociación de apoyo a las víctimas
body-trafficking-line = Línea de apoyo a víctimas de trata de personas (Linha de apoio às vítimas de tráfico de seres humanos)
body-police = Policía (PSP, GNR, Polícia Judiciária)
body-schools = Escuelas y agrupaciones de escuelas (escolas e agrupamentos de escolas), con la Dirección General de Educación (Direção-Geral da Educação)
body-dges = DGES (Direção-Geral do Ensino Superior), la dirección general de educación superior (universidades y politécnicos)
body-junta-freguesia = Junta de su barrio o parroquia (Junta de Freguesia), la oficina local más cercana
body-housing = IHRU (Instituto da Habitação e da Reabilitação Urbana), el instituto público de vivienda, y su Portal da Habitação
body-imt = IMT (Instituto da Mobilidade e dos Transportes), el organismo de licencias de conducir y vehículos
body-banco-portugal = Banco de Portugal, el banco central, y su portal para clientes de bancos (Portal do Cliente Bancário)
