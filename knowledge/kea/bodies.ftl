# Nómi di organismu públiku, sima leitor ta atxa-s.

body-aima = AIMA (Agência para a Integração, Migrações e Asilo), ajénsia di imigrason i azilu
body-cnai = CNAI (Centro Nacional de Apoio à Integração de Migrantes), sentru di apoiu pa imigranti na Lisboa
body-lam = Linha di telefoni di apoiu pa imigranti (Linha de Apoio a Migrantes)
body-act = ACT (Autoridade para as Condições do Trabalho), inspeson di trabadju
body-seguranca-social = Siguransa Sosial (Segurança Social)
body-financas = Repartison di inpostu (Finanças, Autoridade Tributária e Aduaneira)
body-sns = SNS 24, linha di telefoni di Sirvisu Nasional di Saúdi (Serviço Nacional de Saúde)
body-inem = Númeru europeu di emerjénsia ({ $emergency-phone })
