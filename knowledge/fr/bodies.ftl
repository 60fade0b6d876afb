# Noms des organismes publics, tels que les lecteurs les rencontrent.

body-aima = AIMA (Agência para a Integração, Migrações e Asilo), l'agence de l'immigration et de l'asile
body-cnai = CNAI (Centro Nacional de Apoio à Integração de Migrantes), le centre d'accueil des migrants à Lisbonne, où l'on fait toutes ses démarches au même endroit
body-lam = Ligne d'aide aux migrants (Linha de Apoio a Migrantes)
body-act = ACT (Autoridade para as Condições do Trabalho), l'inspection du travail
body-seguranca-social = Sécurité sociale (Segurança Social)
body-financas = Impôts (Finanças, Autoridade Tributária e Aduaneira)
body-sns = SNS 24, la ligne téléphonique du Service national de santé (Serviço Nacional de Saúde)
body-inem = Numéro d'urgence européen ({ $emergency-phone }, Número Europeu de Emergência)
body-iefp = IEFP (Instituto do Emprego e Formação Profissional), l'agence pour l'emploi et la formation, avec ses centres pour l'emploi (centros de emprego)
body-irn = IRN (Instituto dos Registos e do Notariado), l'institut de l'état civil, et ses bureaux d'état civil (Conservatórias)
body-cicdr = CICDR (Comissão para a Igualdade e Contra a Discriminação Racial), la commission contre la discrimination raciale
body-cig = CIG (Comissão para a Cidadania e a Igualdade de Género), la commission pour l'égalité femmes-hommes, et son service d'information pour les victimes de violences conjugales (Serviço de Informação às Vítimas de Violência Doméstica)
body-apav = APAV (Associação Portuguesa de Apoio à Vítima), l'association portugaise d'aide aux victimes
body-trafficking-line = Ligne d'aide aux victimes de la traite des êtres humains (Linha de apoio às vítimas de tráfico de seres humanos)
body-police = Police (Polícia : PSP, GNR, Polícia Judiciária)
body-schools = Écoles et groupements d'écoles (escolas e agrupamentos de escolas, Direção-Geral da Educação)
body-dges = DGES (Direção-Geral do Ensino Superior), la direction de l'enseignement supérieur
body-junta-freguesia = Mairie de quartier (Junta de Freguesia)
body-housing = IHRU (Instituto da Habitação e da Reabilitação Urbana), l'institut du logement, et son portail du logement (Portal da Habitação)
body-imt = IMT (Instituto da Mobilidade e dos Transportes), l'institut des transports, qui s'occupe des permis de conduire
body-banco-portugal = Banque du Portugal (Banco de Portugal), et son portail d'information bancaire (Portal do Cliente Bancário)
