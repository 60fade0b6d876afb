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

        ## Se o pedido for recusado
        Quem decide é a AIMA. Antes de recusar, a AIMA tem de lhe enviar um projeto de decisão com os motivos (projeto de indeferimento): é a audiência prévia. Costuma ter { $prior-hearing-working-days ->
            [one] { $prior-hearing-working-days } dia útil
           *[other] { $prior-hearing-working-days } dias úteis
        } para responder por escrito, explicar e juntar os documentos que faltam. Responda sempre dentro do prazo que vem na carta: sem resposta, a recusa costuma tornar-se definitiva.

        A decisão final de recusa tem de dizer os motivos, que a pode contestar em tribunal e em que prazo. Pode:
        - reclamar para a própria AIMA (o prazo geral é de { $administrative-complaint-days ->
            [one] { $administrative-complaint-days } dia
           *[other] { $administrative-complaint-days } dias
        }) ou recorrer para o superior de quem decidiu (recurso hierárquico);
        - contestar a decisão no tribunal administrativo, dentro do prazo indicado na decisão.

        A recusa pode vir com uma notificação para sair voluntariamente de Portugal num prazo curto. Procure logo um advogado; se não puder pagar, peça apoio judiciário à Segurança Social. Estes prazos vêm de resumos da lei feitos por advogados e jornalistas, consultados em dezembro de 2026, e não do texto oficial: confirme-os na carta que recebeu, com a AIMA, num CNAI ou com um advogado.

        ## Se o processo estiver parado
        Contacte a AIMA pelo formulário { $aima-contact-form }. Para ajuda na sua língua, ligue para a Linha de Apoio a Migrantes: { $lam-phone-landline } (rede fixa) ou { $lam-phone-mobile } (telemóvel).
    .keywords = autorização de residência, autorizacao de residencia, título de residência, titulo de residencia, AR, cartão de residência, visto de trabalho, legalizar, legalização, papéis, papeis, documentos, SEF, AIMA, manifestação de interesse, contrato de trabalho, trabalhar em Portugal, independente, recibos verdes, recusa, recusado, pedido recusado, indeferimento, indeferido, projeto de indeferimento, audiência prévia, audiencia previa, reclamação, recurso, recurso hierárquico, tribunal administrativo, impugnação, abandono voluntário, advogado, residencia para trabalhar, visto de trabalho subordinado, residence permit, regularizar
    .questions =
        autorizacao de residencia para trabalhar
        entrei como turista e arranjei trabalho, posso me legalizar?
        visto de trabalho portugal como conseguir
        manifestação de interesse ainda existe?
        tenho contrato de trabalho, como peço o título de residência na AIMA
        perdi o emprego depois da entrevista na AIMA, meu processo pode ser indeferido?
        autorização de residência para trabalhador independente recibos verdes
        artigo 88 e 89 ainda dá para pedir?
        o meu pedido de residência foi recusado, o que posso fazer?
        processo parado na AIMA há mais de um ano, o que fazer
        quanto custa a autorização de residência e quanto tempo dura o cartão
        cheguei com visto de trabalho faz 2 meses e arranjei patrao, o que preciso pra pedir a autorizaçao de residencia na AIMA?
        vim com visto de procura de trabalho e ja tenho promessa de contrato, como passo para residencia de trabalho?
        sou independente a recibos verdes, com atividade aberta nas financas, posso pedir residencia por conta propria?
        recebi uma carta da AIMA com projeto de indeferimento e tenho poucos dias pra responder, o que escrevo na audiencia previa?
        a AIMA indeferiu o meu pedido e mandou sair do pais, da pra contestar no tribunal administrativo?
        quais documentos levo pra AIMA pra residencia de trabalho, precisa registo criminal do brasil?
        entrei sem visto em 2023 e fiz manifestaçao de interesse antes de acabar, o meu processo continua valido?
        tenho contrato numa firma em Braga mas nao tenho visto de residencia, ainda consigo me regularizar?

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
        - A Estrutura de Missão, criada para recuperar processos atrasados, fez o último atendimento presencial em { $aima-mission-structure-last-day }, segundo uma notícia. Os processos que lá estavam continuam pela internet e a AIMA chama por e-mail quem tiver de ir a uma loja. Se não sabe em que ponto está o seu, pergunte pelo formulário.

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
    .keywords = marcação, marcacao, marcaçao, marcar, agendamento, agendar, agenda, vaga, atendimento, AIMA, aima, SEF, sef, contactenos, formulário, formulario, processo pendente, processo parado, acompanhar processo, estado do processo, convocatória, convocatoria, notificação, email da aima, telefone da aima, ligar para a aima, não atendem, nao atendem, sem resposta, renovação, renovacao, portal aima, biometria, estrutura de missão, entrevista, balcão aima, loja aima, recolha de dados biométricos, pedido de agendamento, remarcar, reagendar, mensagem da aima, spam, demora, atraso
    .questions =
        como marcar na AIMA
        agendamento aima não consigo
        ligo para a AIMA e ninguém atende
        formulario de contacto AIMA como preencher
        acompanhar processo na AIMA online
        tenho a marcação na AIMA amanhã, o que levo?
        faltei ao agendamento da AIMA, posso remarcar?
        alguém me vendeu uma vaga na AIMA, é golpe?
        quanto tempo demora a AIMA a responder
        estou há meses à espera de agendamento depois do visto, o que faço
        o consulado emitiu o meu visto mas nunca recebi mensagem com a data na AIMA, como peço o agendamento?
        mandei 10 emails e formularios pra aima e nada, ta certo mandar tantos pedidos?
        alguem sabe se a aima marca a recolha de biometria por email ou tenho de ligar?
        pedi a residencia no portal da aima ha um ano e ainda nao fui chamado pras biometrias, como vejo o estado do processo?
        o agendamento da aima caiu no spam e perdi o dia, como faço pra remarcar?
        a minha esposa e eu temos processos separados, temos de mandar um pedido de marcaçao cada um?
        tem alguem vendendo vaga de agendamento na aima pelo whatsapp, isso existe mesmo?
        o numero de telefone da aima serve pra marcar atendimento?

residence-permit-renewal = Renovar a autorização de residência
    .summary = A autorização de residência temporária tem de ser renovada na AIMA antes de caducar, normalmente pela internet, no Portal das Renovações. Guarde o recibo do pedido: prova que continua legal enquanto espera pelo cartão novo.
    .body =
        O título de residência temporária tem data de validade. Antes dessa data peça a renovação à AIMA (Agência para a Integração, Migrações e Asilo), que substituiu o SEF em { $sef-abolished }. A primeira autorização costuma valer { $residence-permit-first-years ->
            [one] { $residence-permit-first-years } ano
           *[other] { $residence-permit-first-years } anos
        } e cada renovação { $residence-permit-renewal-years ->
            [one] { $residence-permit-renewal-years } ano
           *[other] { $residence-permit-renewal-years } anos
        }.

        ## Quando começar
        - A lei pede que faça o pedido até { $residence-permit-renewal-deadline-days ->
            [one] { $residence-permit-renewal-deadline-days } dia
           *[other] { $residence-permit-renewal-deadline-days } dias
        } antes de o título caducar.
        - O Portal das Renovações ({ $aima-portal-renewals }) costuma abrir os pedidos no fim do mês anterior ao mês em que o título caduca.
        - Se mudou de emprego, de morada ou de passaporte, diga-o no pedido.

        ## Passos
        1. Registe-se no Portal das Renovações com o seu e-mail. A senha chega por e-mail.
        2. Preencha o pedido e junte os documentos digitalizados.
        3. Pague logo a taxa com a guia que o portal emite: a guia tem um prazo curto.
        4. Descarregue o recibo do pedido de renovação e guarde-o.
        5. Se a AIMA o chamar, vá ao atendimento com os documentos originais. O cartão novo chega pelo correio.

        ## Documentos
        - Passaporte válido e o título de residência atual.
        - Meios de subsistência: contrato de trabalho, recibos de vencimento ou declaração de IRS.
        - Alojamento: contrato de arrendamento ou atestado de residência da Junta de Freguesia.
        - Situação regularizada nas Finanças e na Segurança Social (declarações de não dívida).
        - Estudantes: comprovativo de matrícula e de aproveitamento escolar.
        - Autorização CPLP: registo criminal do país de origem.

        ## Se o título caducar enquanto espera
        - O recibo do pedido de renovação vale como título de residência por um prazo que pode ser prolongado. Ande sempre com o título antigo e o recibo.
        - A lei diz também que o direito de residência só caduca { $residence-permit-grace-months ->
            [one] { $residence-permit-grace-months } mês
           *[other] { $residence-permit-grace-months } meses
        } depois do fim da validade do título. Mesmo assim, um pedido fora de prazo pode dar uma coima.
        - As prorrogações gerais da validade dos títulos, criadas na pandemia, já terminaram.
        - Fora de Portugal, um título caducado com recibo pode não ser aceite. Antes de viajar, confirme com a AIMA.

        ## Custos
        Com a nova tabela de taxas da AIMA (notícia de { $aima-fee-table-updated }), a renovação custa, segundo as notícias, entre { $aima-fee-renewal-min } e { $aima-fee-renewal-max }. Confirme o valor exato em { $aima-web }.

        ## Mais tarde
        Com { $permanent-residence-years ->
            [one] { $permanent-residence-years } ano
           *[other] { $permanent-residence-years } anos
        } de residência legal pode pedir a autorização de residência permanente. Confirme as condições na AIMA.

        ## Se algo correr mal
        - O portal não aceita o pedido ou dá erro: escreva à AIMA pelo formulário { $aima-contact-form }, com um só pedido.
        - O pedido foi recusado: a decisão tem de dizer porquê. Os prazos para reclamar ou recorrer são curtos: peça logo apoio jurídico.
        - Para ajuda na sua língua, ligue para a Linha de Apoio a Migrantes: { $lam-phone-landline } (rede fixa) ou { $lam-phone-mobile } (telemóvel).
    .keywords = renovação, renovacao, renovaçao, renovar, renovar título, renovar titulo, renovar residência, renovar residencia, renovar AR, renovar cartão de residência, título caducado, titulo caducado, título vencido, titulo vencido, residência vencida, residencia vencida, cartão vencido, documento vencido, caducou, expirou, venceu, portal das renovações, portal renovacoes, portal-renovacoes, recibo de renovação, comprovativo de renovação, comprovante, prorrogação, prorrogacao, validade, AIMA, aima, SEF, taxa de renovação, residência permanente, residencia permanente, longa duração, autorização de residência, autorizacao de residencia, AR, renovação online, guia de pagamento, comprovativo de pedido de renovação, coima, multa, declaração de não dívida
    .questions =
        renovar titulo de residencia
        renovação automática AIMA portal das renovações
        meu cartão de residência venceu e ainda não renovei
        titulo caducado posso viajar com o recibo da renovação?
        quando posso começar a renovação da autorização de residência
        documentos para renovar residência
        renovei online mas o cartão novo ainda não chegou, estou legal?
        quanto custa renovar o título de residência
        residencia permanente depois de quantos anos
        o portal da renovação dá erro, como faço
        o meu titulo de residencia vence daqui a 2 meses, quando abre o portal pra eu pedir a renovaçao?
        fiz a renovaçao online e paguei a guia, mas o cartao venceu e ainda nao chegou o novo, posso trabalhar com o recibo?
        deixei o titulo caducar sem renovar por 3 meses, vou pagar multa? ainda da pra renovar?
        mudei de emprego e de morada desde a primeira autorizaçao, tenho de dizer isso na renovaçao?
        a guia de pagamento da renovaçao expirou antes de eu pagar, o que faço agora?
        pra renovar a residencia pedem declaraçao de nao divida das financas e da seguranca social, onde tiro?
        vou viajar pro brasil de ferias e o meu titulo esta vencido, so tenho o recibo da renovaçao, vou ter problema na volta?
        ja tenho 5 anos de residencia legal, em vez de renovar posso pedir a residencia permanente?

visas-entry = Vistos para entrar em Portugal
    .summary = O visto pede-se antes de viajar, no consulado de Portugal do país onde vive. O tipo de visto decide o que pode fazer em Portugal: visitar, ficar algum tempo ou vir viver e depois pedir a autorização de residência à AIMA.
    .body =
        O visto autoriza a entrada em Portugal com um certo objetivo. Pede-se antes da viagem, no consulado de Portugal do país onde vive legalmente, muitas vezes através de um centro de vistos (VFS Global, BLS International ou TLScontact). Quem dá os vistos é o Ministério dos Negócios Estrangeiros ({ $mne-visas-web }); depois de entrar, a residência é tratada pela AIMA.

        ## Os principais tipos
        - Visto de curta duração (visto Schengen): para turismo, visitas ou negócios. Dá para ficar até { $schengen-short-stay-days ->
            [one] { $schengen-short-stay-days } dia
           *[other] { $schengen-short-stay-days } dias
        } em cada período de { $schengen-reference-period-days ->
            [one] { $schengen-reference-period-days } dia
           *[other] { $schengen-reference-period-days } dias
        } no espaço Schengen. Não permite trabalhar.
        - Visto de estada temporária: para estadas até { $visa-temporary-stay-max-years ->
            [one] { $visa-temporary-stay-max-years } ano
           *[other] { $visa-temporary-stay-max-years } anos
        }, por exemplo tratamento médico, trabalho sazonal ou formação. Não dá autorização de residência.
        - Visto de residência: para vir viver em Portugal, para trabalhar, estudar, investigar, juntar-se à família, viver de rendimentos ou reforma, ou trabalhar à distância (nómadas digitais). Permite ficar { $residence-visa-validity-months ->
            [one] { $residence-visa-validity-months } mês
           *[other] { $residence-visa-validity-months } meses
        }; nesse tempo pede a autorização de residência à AIMA.
        - Visto para procura de trabalho qualificado: desde { $foreigners-law-2025-in-force } (Lei 61/2025) substitui o antigo visto para procura de trabalho e é só para pessoas altamente qualificadas, nas profissões fixadas pelo Governo. Confirme no consulado se já pode ser pedido.

        ## Entrar sem visto
        Os cidadãos de alguns países, como o Brasil e Timor-Leste, podem entrar sem visto para estadas curtas. Mas quem entra como turista não pode trabalhar nem pedir residência depois: a "manifestação de interesse" acabou em { $manifestation-of-interest-ended } e, desde { $foreigners-law-2025-in-force }, também os cidadãos da CPLP precisam de visto de residência.

        ## Na fronteira: EES e ETIAS
        - Desde { $ees-start }, o Sistema de Entrada/Saída da União Europeia (EES) regista nas fronteiras externas do espaço Schengen quem não é cidadão da UE e vem para uma estada curta, com ou sem visto. Na primeira entrada recolhem as impressões digitais e uma fotografia; cada entrada e saída fica registada, em vez do carimbo no passaporte. O registo é gratuito e faz-se na própria fronteira. A introdução foi gradual, ao longo de { $ees-rollout-months ->
            [one] { $ees-rollout-months } mês
           *[other] { $ees-rollout-months } meses
        }.
        - No aeroporto de Lisboa, o Governo suspendeu o EES durante { $ees-lisbon-suspension-months ->
            [one] { $ees-lisbon-suspension-months } mês
           *[other] { $ees-lisbon-suspension-months } meses
        } a partir de { $ees-lisbon-suspended }, por causa das longas filas. Não conseguimos confirmar como funciona hoje: conte com esperas à chegada.
        - O ETIAS é uma autorização de viagem pedida pela internet (não é um visto) para quem pode entrar sem visto, por exemplo cidadãos do Brasil ou de Timor-Leste. Foi anunciado para o último trimestre de 2026, mas as fontes que consultámos em dezembro de 2026 não coincidem: uma diz que só será obrigatório a partir de abril de 2027. Antes de viajar, confirme no site oficial da União Europeia ou no consulado se já é preciso, e desconfie de sites que cobram para tratar do pedido.

        ## Passos
        1. Escolha o visto pelo motivo da viagem e marque a entrega do pedido.
        2. Entregue os documentos e pague a taxa; o valor e o tempo de decisão dependem do visto e do consulado. Não compre a viagem antes da decisão.
        3. Com visto de residência, entre em Portugal dentro da validade. A marcação na AIMA costuma ser feita automaticamente quando o visto é emitido.

        ## Documentos habituais
        - Passaporte válido para além do fim da estada, e fotografias.
        - Seguro de viagem ou de saúde.
        - Prova de meios de subsistência e de alojamento.
        - Registo criminal do país onde vive, para vistos de estada temporária e de residência.
        - Documentos do motivo: contrato ou promessa de trabalho, carta de aceitação da escola, convite ou reserva.

        ## Se algo correr mal
        - Visto recusado: a decisão tem de dizer porquê e como pode contestar.
        - Ficar depois do fim do visto pode dar coima, afastamento do país e proibição de voltar.
        - Desconfie de quem vende vistos, marcações ou contratos falsos.
        - Para ajuda na sua língua, ligue para a Linha de Apoio a Migrantes: { $lam-phone-landline } (rede fixa) ou { $lam-phone-mobile } (telemóvel).
    .keywords = visto, vistos, visa, tipos de visto, visto de turista, visto turismo, visto Schengen, schengen, visto de curta duração, visto de estada temporária, visto temporario, visto de residência, visto de residencia, visto D, visto de procura de trabalho, visto procura de trabalho, visto procura de emprego, visto de procura de emprego, procura de emprego, procura de trabalho qualificado, job seeker, job seeker visa, visto de estudante, visto nómada digital, nomade digital, visto D7, reformado, consulado, embaixada, VFS, VFS Global, BLS, TLScontact, MNE, entrar em Portugal, entrada, fronteira, aeroporto, turista, ficar ilegal, overstay, sem visto, isenção de visto, vir para Portugal, imigrar, emigrar para portugal, EES, ETIAS, sistema de entrada e saída, entrada/saída, carimbo no passaporte, carimbo, impressões digitais, biometria, dados biométricos, autorização de viagem, filas no aeroporto, visto para aposentado, 90/180, espaço schengen, sair do pais, sair e voltar, reentrada, negaram o visto, visto negado, visto recusado
    .questions =
        que visto preciso para morar em portugal
        visto de procura de trabalho ainda existe?
        brasileiro precisa de visto para entrar em portugal?
        visto de turista posso trabalhar?
        visto D7 rendimentos passivos
        visto nomada digital portugal
        pedir visto no consulado português em luanda
        ETIAS e EES o que muda na fronteira
        quanto tempo posso ficar como turista em portugal
        visto de residência para trabalho subordinado no consulado, que documentos?
        negaram o meu visto no consulado, posso recorrer?
        vou me aposentar no brasil e quero morar em portugal com a minha renda, qual visto peço, o D7?
        quanto tempo posso ficar em portugal como turista, são 90 dias em 180? e posso ir a espanha nesse tempo?
        o meu visto de residencia tem validade de 4 meses, tenho de entrar em portugal dentro desse prazo?
        trabalho remoto para uma empresa americana, o visto de nomada digital serve pra mim?
        no aeroporto de lisboa pedem o que a um turista brasileiro na fronteira, passagem de volta e dinheiro?
        fiquei mais tempo do que os 90 dias como turista, vou ser barrado se sair e tentar voltar?
        o consulado recusou o meu visto de trabalho por falta de documentos, posso pedir de novo?
        o agendamento no VFS para pedir o visto demora meses, ha outra forma?

family-reunification = Reagrupamento familiar: trazer a família
    .summary = Quem tem autorização de residência em Portugal pode pedir à AIMA o reagrupamento familiar, para trazer o cônjuge, os filhos e, em certos casos, os pais. Desde a Lei 61/2025, em regra só se pode pedir depois de algum tempo de residência, com exceções, e é preciso provar meios de subsistência e alojamento.
    .body =
        Com o reagrupamento familiar, a sua família vem viver consigo em Portugal. Quem pede é o residente, à AIMA (Agência para a Integração, Migrações e Asilo). Depois da aprovação, os familiares pedem o visto de residência no consulado de Portugal onde vivem.

        ## O que mudou com a Lei 61/2025
        Desde { $foreigners-law-2025-in-force }:
        - Em regra, só pode pedir depois de ter autorização de residência há { $family-reunification-wait-years ->
            [one] { $family-reunification-wait-years } ano
           *[other] { $family-reunification-wait-years } anos
        }.
        - Não há espera para filhos menores ou incapazes a seu cargo, nem para quem tem Cartão Azul UE, autorização para atividade altamente qualificada ou para investimento. Segundo as notícias da aprovação da lei, também não há espera para o cônjuge ou companheiro quando há filhos menores ou incapazes a cargo.
        - A espera é mais curta para o cônjuge ou companheiro que já vivia consigo antes de vir para Portugal. As fontes que encontrámos não coincidem sobre quanto tempo e em que condições: pergunte à AIMA ou a um advogado.
        - Os apoios sociais não contam como meios de subsistência.
        - Depois de chegar, a família deve participar em medidas de integração, como aprender português.
        - Os refugiados têm regras próprias, mais favoráveis.

        ## Quem conta como família
        - Cônjuge (marido ou mulher) ou companheiro em união de facto comprovada.
        - Filhos menores ou incapazes, do casal ou de um dos dois, também adotados.
        - Filhos maiores solteiros a seu cargo que estudem em Portugal.
        - Pais seus ou do cônjuge, se estiverem a seu cargo.
        - Irmãos menores que estejam sob a sua tutela.

        ## Passos
        1. Confirme se já pode pedir ou se tem uma exceção.
        2. Junte os documentos, com apostila ou legalização e tradução, se forem estrangeiros.
        3. Faça o pedido à AIMA. Se não souber como, pergunte pelo formulário { $aima-contact-form }.
        4. Pague a taxa. A tabela de taxas mudou (notícia de { $aima-fee-table-updated }): confirme o valor em { $aima-web }.
        5. Segundo resumos da lei, a AIMA tem até { $family-reunification-decision-months ->
            [one] { $family-reunification-decision-months } mês
           *[other] { $family-reunification-decision-months } meses
        } para decidir, e mais em casos complexos; uma notícia da aprovação da lei fala de { $family-reunification-decision-days-reported ->
            [one] { $family-reunification-decision-days-reported } dia
           *[other] { $family-reunification-decision-days-reported } dias
        }. Não encontrámos o texto oficial: pergunte à AIMA.
        6. Aprovado o pedido, os familiares pedem o visto, entram e tratam da autorização de residência na AIMA.

        ## Documentos
        - O seu título de residência e os passaportes de todos.
        - Certidões de casamento e de nascimento, ou prova da união de facto.
        - Meios de subsistência: contrato de trabalho, recibos de vencimento, declaração de IRS. O valor exigido é calculado a partir do salário mínimo ({ $minimum-wage }) e cresce com o número de pessoas.
        - Alojamento adequado: contrato de arrendamento ou escritura.
        - Registo criminal dos familiares adultos.
        - Para pais e filhos maiores: prova de que dependem de si.

        ## Se algo correr mal
        - Se o seu familiar já está em Portugal, pergunte à AIMA se o pedido pode ser feito cá.
        - Pedido recusado: antes de recusar, a AIMA tem de o ouvir (audiência prévia), e a decisão tem de dizer porquê e como a pode contestar. Os prazos são curtos: peça logo apoio jurídico.
        - Para ajuda na sua língua, ligue para a Linha de Apoio a Migrantes: { $lam-phone-landline } (rede fixa) ou { $lam-phone-mobile } (telemóvel).
    .keywords = reagrupamento familiar, reagrupamento, reagrupar, reagrupamento de família, reunificação familiar, reunificacao familiar, reunião familiar, reuniao familiar, trazer a família, trazer a familia, trazer família, trazer minha família, trazer minha familia, trazer esposa e filhos, esposa e filhos, trazer esposa, trazer minha esposa, trazer mulher, trazer marido, trazer filhos, trazer meus filhos, trazer os pais, trazer mãe, chamar a família, chamar a familia, família, familia, cônjuge, conjuge, esposa, marido, filhos, menores, pais, união de facto, uniao de facto, união estável, uniao estavel, visto de reagrupamento, visto familiar, meios de subsistência, meios de subsistencia, alojamento, lei 61/2025, AIMA, SEF, trazer meu marido, trazer a namorada, trazer companheira, enteado, filho maior, dependente, certidão de casamento
    .questions =
        reagrupamento familiar como trazer minha esposa
        trazer meus filhos para portugal
        quanto tempo de residência para pedir reagrupamento familiar
        trazer os meus pais para portugal é possível?
        meios de subsistencia para reagrupamento quanto preciso ganhar
        lei 61/2025 reagrupamento mudou o quê
        minha mulher está aqui como turista, posso pedir reagrupamento para ela?
        documentos para reagrupamento familiar certidão de casamento apostilada
        união de facto conta para reagrupamento?
        pedido de reagrupamento recusado pela AIMA, como recorrer
        tenho titulo de residencia ha 1 ano e o meu marido e os filhos estao em angola, ja posso pedir reagrupamento ou tenho de esperar?
        casei no brasil mas a certidao de casamento nao esta transcrita, preciso disso pro reagrupamento familiar?
        o meu filho ja tem 19 anos e estuda na faculdade, ainda conta como familia para trazer?
        ganho o salario minimo, e suficiente como meios de subsistencia pra trazer a minha esposa e um filho?
        a minha esposa ja esta em portugal comigo com visto de turista, pedimos o reagrupamento aqui ou ela tem de voltar?
        posso trazer o filho da minha mulher de outro casamento, o enteado, pelo reagrupamento?
        quando a minha familia chegar pelo reagrupamento eles podem trabalhar logo?

asylum-protection = Pedir asilo ou proteção internacional
    .summary = Quem fugiu do seu país por perseguição, guerra ou risco grave pode pedir proteção internacional em Portugal: o estatuto de refugiado ou a proteção subsidiária. O pedido faz-se à AIMA ou a qualquer polícia, é gratuito e, enquanto é analisado, a pessoa não pode ser mandada de volta.
    .body =
        A proteção internacional é para quem não pode voltar ao seu país porque corre perigo. Quem analisa e decide os pedidos é a AIMA (Agência para a Integração, Migrações e Asilo), segundo a Lei do Asilo (Lei 27/2008). Pedir proteção não se paga.

        As novas regras europeias de asilo (o Pacto em matéria de Migração e Asilo) aplicam-se desde { $eu-asylum-pact-applies }. Podem mudar os passos e os prazos descritos aqui, e não encontrámos a lei portuguesa que as põe em prática. Antes de cada passo, confirme com o Conselho Português para os Refugiados (CPR) ou com um advogado.

        ## Que proteção existe
        - Estatuto de refugiado: para quem tem receio fundado de ser perseguido por causa da raça, religião, nacionalidade, opiniões políticas ou por pertencer a certo grupo social.
        - Proteção subsidiária: para quem corre risco de ofensa grave se voltar, como pena de morte, tortura ou a violência de uma guerra.
        - Proteção temporária: regime europeu para pessoas deslocadas em grande número, hoje as que fugiram da guerra na Ucrânia.

        ## Como pedir
        1. Peça proteção o mais depressa possível: à chegada, às autoridades de fronteira; se já está em Portugal, na AIMA ou a qualquer polícia (PSP ou GNR), que encaminha o pedido. Diga claramente que pede asilo.
        2. Receba a declaração comprovativa do pedido e guarde-a: prova que está em Portugal legalmente.
        3. Na entrevista, com intérprete gratuito, conte toda a sua história.
        4. A AIMA decide primeiro se aceita analisar o pedido. Se aceitar, recebe uma autorização de residência provisória, renovável até à decisão final.
        5. Se passou antes por outro país da União Europeia, Portugal pode pedir a esse país que trate do pedido.

        ## Direitos enquanto espera
        - Não pode ser mandado de volta para o país de onde fugiu.
        - Saúde no Serviço Nacional de Saúde (SNS) e escola para as crianças.
        - Com a autorização de residência provisória pode trabalhar.
        - Apoio social e alojamento, se não tiver meios.
        - Apoio jurídico gratuito.
        - O pedido é confidencial: as autoridades do seu país não são informadas.

        ## Documentos a levar
        Leve o que tiver: passaporte ou outro documento de identificação, documentos da família e provas do perigo (ameaças, notícias, relatórios médicos). Se não tiver documentos, pode pedir na mesma.

        ## Proteção temporária (Ucrânia)
        - É para ucranianos e outras pessoas que viviam na Ucrânia e fugiram da guerra.
        - Pede-se à AIMA. Dá uma autorização de residência e, automaticamente, NIF, NISS e número de utente do SNS.
        - A União Europeia prolongou este regime até { $temporary-protection-until }. Confirme em { $aima-web } se houve nova prorrogação.

        ## Se algo correr mal
        - Pedido recusado: os prazos para recorrer ao tribunal são de poucos dias. Peça logo apoio jurídico ou ajuda ao Conselho Português para os Refugiados (CPR).
        - Se foi enganado ou obrigado a trabalhar, pode ser vítima de tráfico: ligue { $trafficking-phone }.
        - Em perigo imediato, ligue { $emergency-phone }.
        - Para ajuda na sua língua, ligue para a Linha de Apoio a Migrantes: { $lam-phone-landline } (rede fixa) ou { $lam-phone-mobile } (telemóvel).
    .keywords = asilo, asilo político, asilo politico, pedir asilo, pedido de asilo, refugiado, refugiada, refugiados, refúgio, refugio, pedido de refúgio, pedido de refugio, estatuto de refugiado, proteção internacional, protecao internacional, proteção subsidiária, protecao subsidiaria, proteção temporária, protecao temporaria, proteção humanitária, razões humanitárias, perseguição, perseguicao, guerra, fugi da guerra, fugir da guerra, fugir, fugi do meu país, fugi do meu pais, pedir proteção, pedir protecao, ameaça de morte, Ucrânia, Ucrania, ucraniano, ucranianos, deslocados, autorização de residência provisória, declaração comprovativa, CPR, ACNUR, UNHCR, Dublin, AIMA, SEF, asylum, asilo em portugal, solicitar asilo, requerente de asilo, conflito armado, deportado, devolvido, repatriado, CPR conselho portugues para os refugiados
    .questions =
        como pedir asilo em portugal
        refugiado em portugal direitos
        fugi da guerra no meu país, posso pedir proteção?
        proteção temporária ucrânia como pedir
        pedido de asilo no aeroporto
        proteção internacional enquanto espero posso trabalhar?
        pedir asilo custa dinheiro?
        fui perseguido por motivos políticos e tenho medo de voltar, o que faço?
        asilo recusado o que fazer
        estatuto de refugiado ou proteção subsidiária diferença
        cheguei ao aeroporto de lisboa e tenho medo de voltar pro meu pais por causa das ameaças, posso pedir asilo logo ali?
        ja estou em portugal ha meses sem documentos e fugi de perseguiçao politica, ainda posso pedir proteçao internacional?
        sou homossexual e no meu pais isso da prisao, tenho direito a estatuto de refugiado?
        o meu pedido de asilo foi recusado e dizem que tenho poucos dias pra recorrer, quem me ajuda?
        passei por espanha antes de chegar a portugal, vao me mandar de volta pra la por causa do dublin?
        requerente de asilo tem direito a casa e dinheiro enquanto espera a decisao?
        sou ucraniana com proteçao temporaria, ela foi prolongada outra vez?

student-residence = Residência para estudantes e investigadores
    .summary = Para estudar ou fazer investigação em Portugal precisa, em regra, de um visto de estudo ou de investigação, pedido no consulado, e depois de uma autorização de residência dada pela AIMA. Quem estuda no ensino superior pode trabalhar, se o comunicar à AIMA.
    .body =
        Estudantes e investigadores de fora da União Europeia precisam de uma autorização de residência, dada pela AIMA (Agência para a Integração, Migrações e Asilo). A candidatura ao curso faz-se na universidade ou no politécnico; a DGES (Direção-Geral do Ensino Superior, { $dges-web }) tem a lista das instituições reconhecidas.

        ## Quem pode pedir
        - Estudantes do ensino superior (licenciatura, mestrado, doutoramento) aceites numa instituição reconhecida.
        - Alunos do ensino secundário, estagiários, voluntários e participantes em programas de intercâmbio.
        - Investigadores e professores do ensino superior com contrato ou convenção de acolhimento com uma universidade ou centro de investigação.

        ## Passos
        1. Obtenha a carta de aceitação ou o contrato com a instituição.
        2. Peça o visto de residência para estudo ou para investigação no consulado de Portugal do país onde vive ({ $mne-visas-web }). Para cursos curtos pode bastar um visto de estada temporária.
        3. Entre em Portugal enquanto o visto é válido. A marcação na AIMA costuma ser feita automaticamente quando o visto é emitido.
        4. Vá à AIMA no dia marcado com os documentos originais. O cartão chega pelo correio.
        5. Peça o NIF e o número de utente do SNS; se for trabalhar, também o NISS.

        ## Documentos
        - Passaporte válido com o visto.
        - Comprovativo de matrícula ou de aceitação e, se houver, do pagamento das propinas.
        - Meios de subsistência: bolsa, extratos bancários ou termo de responsabilidade de quem o sustenta.
        - Comprovativo de alojamento.
        - Seguro de saúde, se o pedirem.
        - Registo criminal do país de origem.
        - Investigadores: contrato ou convenção de acolhimento.

        ## Trabalhar enquanto estuda
        - Quem estuda no ensino superior pode trabalhar por conta de outrem ou por conta própria, desde que o trabalho seja complementar aos estudos e que o comunique à AIMA.
        - Na renovação, a AIMA pede prova de matrícula e de aproveitamento escolar. Se deixar de estudar, o título pode não ser renovado.
        - Alunos do ensino secundário e estagiários devem confirmar na AIMA se podem trabalhar.

        ## Quando acabar o curso
        Pode pedir outro tipo de autorização de residência, por exemplo para trabalhar, se cumprir as condições. Faça o pedido antes de o título de estudante caducar e confirme o caminho na AIMA.

        ## Custos
        Há uma taxa consular pelo visto e uma taxa da AIMA pela autorização. A tabela da AIMA mudou (notícia de { $aima-fee-table-updated }): confirme em { $aima-web }.

        ## Se algo correr mal
        - Peça ajuda ao gabinete de relações internacionais da sua instituição.
        - Processo parado na AIMA: use o formulário { $aima-contact-form }, com um só pedido.
        - Para ajuda na sua língua, ligue para a Linha de Apoio a Migrantes: { $lam-phone-landline } (rede fixa) ou { $lam-phone-mobile } (telemóvel).
    .keywords = estudante, estudantes, estudar em Portugal, estudar em portugal, visto de estudante, visto de estudo, visto estudantil, visto para estudar, residência de estudante, residencia de estudante, autorização de residência para estudo, autorizacao de residencia estudo, estudante internacional, intercâmbio, intercambio, Erasmus, universidade, faculdade, politécnico, politecnico, mestrado, doutoramento, doutorado, licenciatura, graduação, graduacao, pós-graduação, propinas, mensalidade, matrícula, matricula, investigador, pesquisador, investigação, pesquisa, bolsa, bolseiro, bolsista, convenção de acolhimento, trabalhar e estudar, estudante pode trabalhar, trabalhar estudando, part-time, meio período, DGES, AIMA, SEF, estudante estrangeiro, aluno estrangeiro, estudantes brasileiros, carta de aceitação, aproveitamento escolar, estatuto de estudante, termo de responsabilidade, pos-doc, estagiario, voluntario
    .questions =
        visto de estudante portugal
        autorização de residência para estudante
        estudante pode trabalhar em portugal?
        acabei o mestrado, posso ficar em portugal a trabalhar?
        visto de estudo para o ensino superior documentos
        investigador bolsa de doutoramento residência
        sou estudante e quero trabalhar part-time, tenho de avisar a AIMA?
        visto para curso de línguas ou ensino secundário
        quanto dinheiro preciso mostrar para visto de estudante
        meu filho vem estudar na universidade em coimbra, que visto precisa?
        fui aceite num mestrado em lisboa, como peço o visto de estudo e depois a residencia na AIMA?
        estou com residencia de estudante e arranjei um part-time num restaurante, tenho de comunicar a AIMA?
        chumbei algumas cadeiras, a AIMA pode recusar a renovaçao do titulo de estudante por falta de aproveitamento?
        terminei a licenciatura aqui e o titulo de estudante vai caducar, como mudo para autorizaçao de residencia de trabalho?
        vou fazer doutoramento com bolsa da FCT, preciso de visto de investigador ou de estudante?
        os meus pais vao mandar dinheiro todo mes, serve o termo de responsabilidade como meios de subsistencia?
        quero fazer um curso de verao de 2 meses em portugal, preciso de visto de estudo?

cplp-mobility = Autorização de residência CPLP
    .summary = Os cidadãos de países de língua portuguesa onde está em vigor o Acordo de Mobilidade da CPLP podem pedir à AIMA a autorização de residência CPLP, com regras mais simples. Desde a Lei 61/2025 é preciso chegar a Portugal com um visto de residência: já não se pode entrar como turista e pedir depois.
    .body =
        A autorização de residência CPLP (AR CPLP) vem do Acordo de Mobilidade entre os Estados-Membros da Comunidade dos Países de Língua Portuguesa. Serve para viver, trabalhar ou estudar em Portugal. O visto é dado pelos consulados de Portugal; a autorização de residência é dada pela AIMA (Agência para a Integração, Migrações e Asilo).

        ## Quem pode pedir
        Cidadãos de Angola, Brasil, Cabo Verde, Guiné-Bissau, Guiné Equatorial, Moçambique, São Tomé e Príncipe e Timor-Leste, se o acordo estiver em vigor para o seu país. Confirme no consulado.

        ## O que mudou
        - Desde { $foreigners-law-2025-in-force } (Lei 61/2025) é obrigatório entrar com um visto de residência. Quem entra como turista, mesmo sem precisar de visto, como brasileiros e timorenses, já não pode pedir a AR CPLP em Portugal.
        - Com a Lei 9/2025, a AR CPLP passou a ser um cartão igual ao das outras autorizações de residência, com a mesma validade, e permite viajar no espaço Schengen. A antiga folha de papel (A4) está a ser substituída por esse cartão: siga as instruções que a AIMA lhe enviar.

        ## Passos
        1. Peça o visto de residência no consulado de Portugal do país onde vive, ou no centro de pedidos de visto. Diga que é cidadão da CPLP.
        2. Entre em Portugal. O visto de residência vale { $residence-visa-validity-months ->
            [one] { $residence-visa-validity-months } mês
           *[other] { $residence-visa-validity-months } meses
        }: trate da autorização dentro desse tempo.
        3. Peça a AR CPLP à AIMA. A marcação ou o pedido online costumam ser tratados automaticamente depois da emissão do visto; se nada receber, use o formulário { $aima-contact-form }.
        4. O cartão chega pelo correio à morada que indicou.

        ## Documentos
        - Passaporte válido com o visto de residência.
        - Registo criminal do país de origem. A AIMA consulta o português.
        - NIF e comprovativo de morada em Portugal.
        - Os outros documentos dependem do motivo (trabalho, estudo ou outro): o consulado diz quais.

        ## Validade e renovação
        A primeira autorização vale { $residence-permit-first-years ->
            [one] { $residence-permit-first-years } ano
           *[other] { $residence-permit-first-years } anos
        } e cada renovação { $residence-permit-renewal-years ->
            [one] { $residence-permit-renewal-years } ano
           *[other] { $residence-permit-renewal-years } anos
        }. Renove antes de caducar, no Portal das Renovações ({ $aima-portal-renewals }). Na renovação é pedido de novo o registo criminal do país de origem.

        ## Custos
        A taxa antiga da AR CPLP foi revogada e a tabela de taxas da AIMA mudou (notícia de { $aima-fee-table-updated }). Confirme o valor atual em { $aima-web } e a taxa do visto no consulado.

        ## Se algo correr mal
        - Pediu a AR CPLP antes de { $foreigners-law-2025-in-force } depois de entrar como turista: pergunte à AIMA pelo formulário em que ponto está o processo. Não repita pedidos.
        - Ainda tem a folha A4 e a AIMA não o contactou: pergunte pelo formulário.
        - Para ajuda, ligue para a Linha de Apoio a Migrantes: { $lam-phone-landline } (rede fixa) ou { $lam-phone-mobile } (telemóvel).
    .keywords = CPLP, cplp, AR CPLP, residência CPLP, residencia cplp, autorização de residência CPLP, autorizacao de residencia cplp, acordo de mobilidade, mobilidade CPLP, visto CPLP, lusófono, lusofono, países de língua portuguesa, paises de lingua portuguesa, PALOP, brasileiro, brasileira, Brasil, angolano, Angola, cabo-verdiano, cabo verdiano, caboverdiano, Cabo Verde, guineense, Guiné-Bissau, Guine Bissau, moçambicano, mocambicano, Moçambique, são-tomense, santomense, São Tomé, timorense, Timor-Leste, Guiné Equatorial, folha A4, papel A4, cartão CPLP, entrar como turista, turista, legalizar, legalização, AIMA, SEF, titulo cplp, documento A4, cplp caducada
    .questions =
        autorização de residência CPLP como pedir
        sou brasileiro posso pedir residencia CPLP?
        residencia cplp cabo verde
        título CPLP em papel ainda vale?
        entrei como turista, ainda posso pedir a CPLP?
        cplp precisa de visto agora?
        visto CPLP consulado angola
        renovação da autorização de residência CPLP
        a autorização CPLP dá para viajar na europa?
        quanto custa a residência CPLP
        tenho a autorizaçao cplp naquela folha A4, a AIMA vai trocar por cartao? tenho de fazer alguma coisa?
        com a residencia cplp em papel posso viajar pra frança ou so com o cartao?
        sou de sao tome e quero vir morar em portugal, peço visto no consulado como cidadao cplp?
        a minha residencia cplp caducou, como faço a renovaçao e que documentos pedem?
        pedi a cplp pelo portal depois de entrar como turista antes da lei mudar, o que acontece ao meu pedido?
        sou guineense, o acordo de mobilidade da cplp vale para a guine-bissau?
        a autorizaçao cplp da direito a trabalhar ou so a viver em portugal?
