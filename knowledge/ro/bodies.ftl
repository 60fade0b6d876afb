# Numele instituțiilor publice, așa cum le întâlnesc cititorii.

body-aima = AIMA (Agência para a Integração, Migrações e Asilo), agenția pentru imigrare și azil
body-cnai = CNAI (Centro Nacional de Apoio à Integração de Migrantes), centrul din Lisabona unde primiți ajutor pentru toate problemele într-un singur loc
body-lam = Linia de sprijin pentru migranți (Linha de Apoio a Migrantes)
body-act = ACT (Autoridade para as Condições do Trabalho), inspecția muncii
body-seguranca-social = Asigurările sociale (Segurança Social)
body-financas = Fiscul (Finanças, Autoridade Tributária e Aduaneira)
body-sns = SNS 24, linia telefonică a Serviciului Național de Sănătate (Serviço Nacional de Saúde)
body-inem = Numărul european de urgență ({ $emergency-phone }, Número Europeu de Emergência)
