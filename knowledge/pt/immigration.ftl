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
        A AIMA atualizou a tabela de taxas (notícia de { $aima-fee-table-updated }); confirme o valor atual em { $aima-web }. A primeira autorização costuma valer { $residence-permit-first-years ->
            [one] { $residence-permit-first-years } ano
           *[other] { $residence-permit-first-years } anos
        } e pode ser renovada.

        ## Se algo correr mal
        Se o seu processo estiver parado, contacte a AIMA pelo formulário { $aima-contact-form }. Para ajuda na sua língua, ligue para a Linha de Apoio a Migrantes: { $lam-phone-landline } (rede fixa) ou { $lam-phone-mobile } (telemóvel).
    .keywords = autorização de residência, autorizacao de residencia, título de residência, titulo de residencia, AR, cartão de residência, visto de trabalho, legalizar, legalização, papéis, papeis, documentos, SEF, AIMA, manifestação de interesse, contrato de trabalho, trabalhar em Portugal, independente, recibos verdes

aima-appointments = Marcações na AIMA e acompanhar o seu processo
    .summary = A AIMA não faz marcações por telefone. A marcação é feita automaticamente, quando o visto é emitido ou quando o pedido é submetido num portal da AIMA, ou pedida pelo formulário de contacto, com um só pedido por pessoa.
    .body =
        A AIMA (Agência para a Integração, Migrações e Asilo) trata das autorizações de residência desde { $sef-abolished }, quando substituiu o SEF. Para tratar de um processo num balcão da AIMA precisa de uma marcação (também chamada agendamento).

        ## Como se faz a marcação
        - Não é por telefone. A linha geral da AIMA ({ $aima-phone }) e o e-mail { $aima-email } servem para informações, não para marcar.
        - Com visto de residência: quando o consulado emite o visto, o Ministério dos Negócios Estrangeiros marca logo o atendimento na AIMA. Guarde a indicação do dia, hora e local.
        - Com pedido feito na internet: se submeteu o pedido num portal da AIMA ({ $aima-portal-services }, { $aima-portal-servicos } ou, para renovações, { $aima-portal-renewals }), é a AIMA que marca e o avisa pelos contactos que deu.
        - Nos outros casos, ou se a marcação nunca chegou, peça-a pelo formulário de contacto { $aima-contact-form }.

        ## Passos no formulário de contacto
        1. Abra { $aima-contact-form }.
        2. Escolha o assunto mais próximo do seu caso.
        3. Escreva o nome como está no passaporte, o número do passaporte e o número do processo, se já o tiver.
        4. Envie um só pedido por pessoa. Para a família, faça um pedido para cada pessoa. Repetir o mesmo pedido não o torna mais rápido.
        5. Guarde a confirmação e veja o e-mail com frequência, também a pasta de spam (lixo).

        ## Acompanhar um processo pendente
        - Entre no portal onde fez o pedido e veja o estado do processo.
        - Guarde sempre o comprovativo de submissão e o número do processo: provam que o pedido está em curso.
        - A Estrutura de Missão, criada para recuperar processos atrasados, devia terminar em { $aima-mission-structure-end }. Se o seu processo estava lá, pergunte à AIMA pelo formulário onde está agora.

        ## O que levar no dia
        - Passaporte válido e, se tiver, o visto ou o título de residência.
        - A mensagem com a marcação.
        - Os documentos originais pedidos para o seu tipo de autorização (por exemplo, contrato de trabalho), com cópias.
        - NIF, NISS e comprovativo de morada.

        Chegue com tempo. Se não puder ir, avise a AIMA pelo formulário.

        ## Custos
        A marcação não se paga. Paga as taxas do pedido. A tabela de taxas da AIMA foi atualizada recentemente: confirme o valor em { $aima-web }. Desconfie de quem lhe vende vagas ou promete marcações rápidas: a AIMA não vende marcações.

        ## Se algo correr mal
        - Esperou muito e não teve resposta: envie o formulário uma vez, guarde o comprovativo e não envie pedidos repetidos.
        - Precisa de ajuda na sua língua: ligue para a Linha de Apoio a Migrantes, { $lam-phone-landline } (rede fixa) ou { $lam-phone-mobile } (telemóvel ou estrangeiro).
    .keywords = marcação, marcacao, marcaçao, marcar, agendamento, agendar, agenda, vaga, atendimento, AIMA, aima, SEF, sef, contactenos, formulário, formulario, processo pendente, processo parado, acompanhar processo, estado do processo, convocatória, convocatoria, notificação, email da aima, telefone da aima, ligar para a aima, não atendem, nao atendem, sem resposta, renovação, renovacao, portal aima, biometria, estrutura de missão, entrevista, balcão aima, loja aima
