# Nombres de los organismos públicos, tal como los encuentra el lector.

body-aima = AIMA (Agência para a Integração, Migrações e Asilo), la agencia de inmigración y asilo
body-cnai = CNAI (Centro Nacional de Apoio à Integração de Migrantes), el centro de atención a inmigrantes en Lisboa, donde se hacen varios trámites en un mismo lugar
body-lam = Línea de Apoyo a Migrantes (Linha de Apoio a Migrantes)
body-act = ACT (Autoridade para as Condições do Trabalho), la inspección de trabajo
body-seguranca-social = Seguridad Social (Segurança Social)
body-financas = Oficina de impuestos (Finanças, Autoridade Tributária e Aduaneira)
body-sns = SNS 24, la línea telefónica del Servicio Nacional de Salud (Serviço Nacional de Saúde)
body-inem = Número europeo de emergencias ({ $emergency-phone }, Número Europeu de Emergência)
