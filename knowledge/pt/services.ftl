# Serviços e contactos: linha de apoio, CNAI, carta de condução, banco.

migrant-helpline = Linha de Apoio a Migrantes
    .summary = A Linha de Apoio a Migrantes dá informação por telefone, em várias línguas, sobre residência, trabalho, saúde, escola e outros temas da vida em Portugal. Ligue { $lam-phone-landline } de uma rede fixa, ou { $lam-phone-mobile } de um telemóvel ou do estrangeiro.
    .body =
        A Linha de Apoio a Migrantes (antiga "Linha SOS Imigrante") é um serviço público de informação por telefone. Era do Alto Comissariado para as Migrações (ACM). Desde { $sef-abolished } o ACM e o SEF foram substituídos pela AIMA (Agência para a Integração, Migrações e Asilo), que ficou com a linha.

        ## Números
        - De uma rede fixa: { $lam-phone-landline }.
        - De um telemóvel ou do estrangeiro: { $lam-phone-mobile }.
        - O custo da chamada depende do seu tarifário.

        ## Horário
        { $lam-hours }. Este horário foi publicado antes de a AIMA ficar com a linha e pode ter mudado.

        ## Línguas
        - Os mediadores atendem em { $lam-languages } línguas e dialetos, segundo a última informação publicada pelo ACM. Entre elas: português, inglês, francês, espanhol, russo, moldavo, romeno, ucraniano, árabe, crioulo de Cabo Verde, crioulo da Guiné-Bissau, fula, wolof e mandinga.
        - Para outras línguas existe o Serviço de Tradução Telefónica: um tradutor entra na chamada. Este serviço chegou a ter cerca de { $stt-languages } línguas.
        - A lista é anterior à AIMA: quando ligar, diga logo em que língua quer falar.

        ## Em que pode ajudar
        - Autorizações de residência, vistos, reagrupamento familiar e nacionalidade: que passos dar e que documentos juntar.
        - Trabalho, Segurança Social, saúde, escola, habitação e apoios sociais.
        - A que serviço público se deve dirigir. Também o encaminha para os CNAI e para os gabinetes locais de apoio a migrantes.

        ## O que a linha não faz
        A linha não faz marcações na AIMA e não decide processos. As marcações são automáticas ou pedidas pelo formulário { $aima-contact-form }.

        ## Atendimento presencial
        Os CNAI (Centros Nacionais de Apoio à Integração de Migrantes), agora também chamados "lojas AIMA", juntam vários serviços no mesmo sítio.
        - Lisboa: { $cnai-lisboa-address } ({ $cnai-lisboa-hours }).
        - Porto: { $cnai-porto-address }.
        - Há também CNAI em Faro (dentro da Loja do Cidadão) e em Beja.

        Antes de ir, confirme pela linha se o centro está a funcionar e se precisa de marcação.

        ## Em situações urgentes
        - Emergência: { $emergency-phone }.
        - Violência doméstica: { $dv-phone }, gratuito, a qualquer hora.
        - Tráfico de pessoas ou trabalho forçado: { $trafficking-phone }, a qualquer hora.

        ## Se não consegue falar com ninguém
        - Há muitas chamadas: tente outra vez logo à hora de abertura ou noutro dia.
        - Se a sua dúvida é sobre um processo na AIMA, use o formulário { $aima-contact-form } e guarde o comprovativo.
    .keywords = linha de apoio a migrantes, linha de apoio ao migrante, linha de apoio ao imigrante, LAM, SOS imigrante, sos imigrante, linha sos imigrante, ACM, alto comissariado, telefone, número de telefone, numero de telefone, ligar, contacto, contato, ajuda, apoio, informação, informacao, tradutor, intérprete, interprete, tradução, traducao, na minha língua, minha lingua, idioma, línguas, linguas, inglês, ucraniano, russo, árabe, crioulo, CNAI, CNAIM, loja AIMA, helpline, hotline, mediador, mediadores, imigrante, imigrantes, migrantes, { $lam-phone-landline }, { $lam-phone-mobile }
