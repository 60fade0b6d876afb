# Numele instituțiilor publice, așa cum le întâlnesc cititorii.

body-aima = AIMA (Agência para a Integração, Migrações e Asilo), agenția pentru imigrare și azil
body-cnai = CNAI (Centro Nacional de Apoio à Integração de Migrantes), centrul din Lisabona unde primiți ajutor pentru toate problemele într-un singur loc
body-lam = Linia de sprijin pentru migranți (Linha de Apoio a Migrantes)
body-act = ACT (Autoridade para as Condições do Trabalho), inspecția muncii
body-seguranca-social = Asigurările sociale (Segurança Social)
body-financas = Fiscul (Finanças, Autoridade Tributária e Aduaneira)
body-sns = SNS 24, linia telefonică a Serviciului Național de Sănătate (Serviço Nacional de Saúde)
body-inem = Numărul european de urgență ({ $emergency-phone }, Número Europeu de Emergência)
body-iefp = IEFP (Instituto do Emprego e Formação Profissional), institutul pentru ocuparea forței de muncă și formare profesională, cu centrele de ocupare (centros de emprego)
body-irn = IRN (Instituto dos Registos e do Notariado), institutul pentru registre și notariat, și oficiile de registru (Conservatórias)
body-cicdr = CICDR (Comissão para a Igualdade e Contra a Discriminação Racial), comisia pentru egalitate și împotriva discriminării rasiale
body-cig = CIG (Comissão para a Cidadania e a Igualdade de Género), comisia pentru cetățenie și egalitate de gen, cu serviciul de informații pentru victimele violenței domestice (Serviço de Informação às Vítimas de Violência Doméstica)
body-apav = APAV (Associação Portuguesa de Apoio à Vítima), asociația portugheză de sprijin pentru victime
body-trafficking-line = Linia de sprijin pentru victimele traficului de persoane (Linha de apoio às vítimas de tráfico de seres humanos)
body-police = Poliția (PSP, GNR, Polícia Judiciária)
body-schools = Școlile și grupurile de școli (escolas e agrupamentos de escolas, Direção-Geral da Educação)
body-dges = DGES (Direção-Geral do Ensino Superior), direcția generală pentru învățământul superior
body-junta-freguesia = Primăria de cartier sau de comună (Junta de Freguesia)
body-housing = IHRU (Instituto da Habitação e da Reabilitação Urbana), institutul pentru locuințe, și Portal da Habitação
body-imt = IMT (Instituto da Mobilidade e dos Transportes), institutul pentru transporturi, care se ocupă de permisele de conducere
body-banco-portugal = Banca Portugaliei (Banco de Portugal), Portal do Cliente Bancário
