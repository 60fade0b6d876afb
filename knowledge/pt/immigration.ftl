# Imigração: autorizações de residência, vistos e AIMA.
# Fonte portuguesa: as outras línguas traduzem estes textos.

residence-permit-work = Autorização de residência para trabalhar
    .summary = Para viver e trabalhar em Portugal por conta de outrem ou por conta própria precisa de uma autorização de residência, pedida à AIMA. Desde 2024 é preciso chegar com um visto de residência: já não é possível legalizar-se com um contrato depois de entrar como turista.
    .body =
        A autorização de residência (também chamada "título de residência") é o documento que lhe permite viver e trabalhar em Portugal. Quem trata é a AIMA (Agência para a Integração, Migrações e Asilo), que substituiu o antigo SEF em { $sef-abolished }.

        ## O que mudou
        - Desde { $manifestation-of-interest-ended } acabou a "manifestação de interesse": já não é possível pedir residência só com um contrato de trabalho depois de entrar sem visto. Os processos que já estavam pendentes continuam.
        - Com a Lei 61/2025, em vigor desde { $foreigners-law-2025-in-force }, o visto para procura de trabalho ficou limitado a pessoas altamente qualificadas.

        ## Quem pode pedir
        - Trabalhadores por conta de outrem com contrato ou promessa de contrato de trabalho.
        - Trabalhadores por conta própria (independentes) com atividade aberta nas Finanças.
        - Em ambos os casos é preciso ter entrado com um visto de residência para trabalho, passado pelo consulado de Portugal no seu país.

        ## Passos
        1. Peça o visto de residência para trabalho no consulado português do país onde vive.
        2. Entre em Portugal com esse visto. Normalmente a marcação na AIMA é feita automaticamente quando o visto é emitido.
        3. Vá ao atendimento da AIMA no dia marcado, com os documentos originais.
        4. Pague a taxa e aguarde a decisão. O cartão de residência chega pelo correio à morada que indicou.

        ## Documentos a levar
        - Passaporte válido com o visto de residência.
        - Contrato de trabalho, promessa de contrato ou, se for independente, a declaração de início de atividade.
        - Número de contribuinte (NIF) e número da Segurança Social (NISS).
        - Comprovativo de alojamento e de meios de subsistência.
        - Registo criminal do país de origem.

        ## Quanto custa e quanto tempo dura
        As taxas da AIMA mudaram em março de 2026; confirme o valor atual em { $aima-web }. A primeira autorização costuma valer 2 anos e pode ser renovada.

        ## Se algo correr mal
        Se o seu processo estiver parado, contacte a AIMA pelo formulário { $aima-contact-form }. Para ajuda na sua língua, ligue para a Linha de Apoio a Migrantes: { $lam-phone-landline } (rede fixa) ou { $lam-phone-mobile } (telemóvel).
    .keywords = autorização de residência, autorizacao de residencia, título de residência, titulo de residencia, AR, cartão de residência, visto de trabalho, legalizar, legalização, papéis, papeis, documentos, SEF, AIMA, manifestação de interesse, contrato de trabalho, trabalhar em Portugal, independente, recibos verdes
