# Nomes dos organismos públicos, como o leitor os encontra.

body-aima = AIMA (Agência para a Integração, Migrações e Asilo)
body-cnai = CNAI (Centro Nacional de Apoio à Integração de Migrantes), Lisboa
body-lam = Linha de Apoio a Migrantes
body-act = ACT (Autoridade para as Condições do Trabalho)
body-seguranca-social = Segurança Social
body-financas = Finanças (Autoridade Tributária e Aduaneira)
body-sns = SNS 24 (Serviço Nacional de Saúde)
body-inem = Número Europeu de Emergência ({ $emergency-phone })
