# Names of the public bodies, as readers meet them.

body-aima = AIMA (Agência para a Integração, Migrações e Asilo), the immigration and asylum agency
body-cnai = CNAI (Centro Nacional de Apoio à Integração de Migrantes), the one-stop support centre in Lisbon
body-lam = Migrant Support Line (Linha de Apoio a Migrantes)
body-act = ACT (Autoridade para as Condições do Trabalho), the labour inspectorate
body-seguranca-social = Social Security (Segurança Social)
body-financas = Tax office (Finanças, Autoridade Tributária e Aduaneira)
body-sns = SNS 24, the National Health Service line (Serviço Nacional de Saúde)
body-inem = European emergency number ({ $emergency-phone })
