# Noms des organismes publics, tels que les lecteurs les rencontrent.

body-aima = AIMA (Agência para a Integração, Migrações e Asilo), l'agence de l'immigration et de l'asile
body-cnai = CNAI (Centro Nacional de Apoio à Integração de Migrantes), le centre d'accueil des migrants à Lisbonne, où l'on fait toutes ses démarches au même endroit
body-lam = Ligne d'aide aux migrants (Linha de Apoio a Migrantes)
body-act = ACT (Autoridade para as Condições do Trabalho), l'inspection du travail
body-seguranca-social = Sécurité sociale (Segurança Social)
body-financas = Impôts (Finanças, Autoridade Tributária e Aduaneira)
body-sns = SNS 24, la ligne téléphonique du Service national de santé (Serviço Nacional de Saúde)
body-inem = Numéro d'urgence européen ({ $emergency-phone }, Número Europeu de Emergência)
