# Nómi di organismu públiku, sima leitor ta atxa-s.

body-aima = AIMA (Agência para a Integração, Migrações e Asilo), ajénsia di imigrason i azilu
body-cnai = CNAI (Centro Nacional de Apoio à Integração de Migrantes), sentru di apoiu pa imigranti na Lisboa
body-lam = Linha di telefoni di apoiu pa imigranti (Linha de Apoio a Migrantes)
body-act = ACT (Autoridade para as Condições do Trabalho), inspeson di trabadju
body-seguranca-social = Siguransa Sosial (Segurança Social)
body-financas = Repartison di inpostu (Finanças, Autoridade Tributária e Aduaneira)
body-sns = SNS 24, linha di telefoni di Sirvisu Nasional di Saúdi (Serviço Nacional de Saúde)
body-inem = Númeru europeu di emerjénsia ({ $emergency-phone })
body-iefp = IEFP (Instituto do Emprego e Formação Profissional), sentru di impregu i formason (centros de emprego)
body-irn = IRN (Instituto dos Registos e do Notariado) i Konservatória (Conservatórias), rejistu sivil i nasionalidadi
body-cicdr = CICDR (Comissão para a Igualdade e Contra a Discriminação Racial), komison kontra diskriminason rasial
body-cig = CIG (Comissão para a Cidadania e a Igualdade de Género), sirvisu di informason pa vítima di violénsia doméstiku (Serviço de Informação às Vítimas de Violência Doméstica)
body-apav = APAV (Associação Portuguesa de Apoio à Vítima), asosiason di apoiu a vítima
body-trafficking-line = Linha di telefoni pa vítima di tráfiku di pesoa (Linha de apoio às vítimas de tráfico de seres humanos)
body-police = Pulísia (Polícia: PSP, GNR, Polícia Judiciária)
body-schools = Skola i agrupamentu di skola (Escolas e agrupamentos de escolas, Direção-Geral da Educação)
body-dges = DGES (Direção-Geral do Ensino Superior), ensinu superior: universidadi i politékniku
body-junta-freguesia = Junta de Freguesia, sirvisu públiku di bu zona
body-housing = IHRU (Instituto da Habitação e da Reabilitação Urbana), apoiu pa kaza, Portal da Habitação
body-imt = IMT (Instituto da Mobilidade e dos Transportes), karta di kondusan
body-banco-portugal = Banku di Portugal (Banco de Portugal), Portal do Cliente Bancário
