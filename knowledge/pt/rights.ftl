# Direitos: apoio jurídico, discriminação, violência doméstica, tráfico de pessoas e direitos de todos.

legal-aid = Apoio jurídico gratuito e advogado nomeado
    .summary = Quem não tem dinheiro para pagar um advogado ou as despesas de um processo pode pedir proteção jurídica à Segurança Social. Se o pedido for aceite, a Ordem dos Advogados nomeia um advogado para o seu caso.
    .body =
        A proteção jurídica é um apoio do Estado para quem não pode pagar um advogado ou as despesas de um processo. Quem decide o pedido é a Segurança Social (Lei 34/2004). O advogado é nomeado pela Ordem dos Advogados.

        ## O que pode pedir
        - Consulta jurídica: uma reunião com um advogado sobre um caso concreto, por exemplo um despedimento, um despejo ou uma dívida.
        - Apoio judiciário, para um processo em tribunal, num julgado de paz ou em alguns processos nas conservatórias: nomeação e pagamento de um advogado (o "patrono"), dispensa da taxa de justiça e das outras despesas do processo, ou pagamento dessas despesas em prestações.

        ## Quem pode pedir
        - Quem prova que não pode pagar. A Segurança Social conta os rendimentos e os bens do agregado familiar.
        - Estrangeiros com título de residência válido num país da União Europeia.
        - Estrangeiros sem título de residência: só se a lei do seu país der o mesmo direito aos portugueses. Confirme o seu caso na Segurança Social.
        - Se for arguido num processo-crime e não tiver advogado, é-lhe nomeado um defensor. Pode depois pedir apoio judiciário para não ter de o pagar.

        ## Passos
        1. Preencha o requerimento de proteção jurídica. Pode entregá-lo na Segurança Social Direta, por correio ou num balcão da Segurança Social, com marcação pelo { $ss-appointment-phone } ou { $ss-appointment-phone-alt }.
        2. Escolha o tipo de apoio e junte os documentos. Se já existe um processo, indique o tribunal e o número. Guarde o comprovativo da entrega.
        3. Se pediu advogado e tem um prazo a correr num processo, entregue logo no tribunal o comprovativo do pedido. Assim o prazo fica interrompido até o advogado ser nomeado.
        4. A Segurança Social deve decidir em { $legal-aid-decision-days ->
            [one] { $legal-aid-decision-days } dia
           *[other] { $legal-aid-decision-days } dias
        }. Se não responder nesse prazo, o pedido considera-se aceite ("deferimento tácito").
        5. Se o pedido for aceite, a Ordem dos Advogados escolhe o advogado e envia-lhe o nome e o contacto. Não pode escolhê-lo.

        ## Documentos
        - Documento de identificação e título de residência, se tiver.
        - NIF e NISS. O requerimento pede o NISS: se não o tem, peça-o primeiro.
        - Comprovativos de rendimentos (recibos de vencimento, declaração de IRS) e da renda da casa.
        - Os papéis do caso: cartas, contratos, notificações do tribunal.

        ## Custos
        O pedido não se paga. Com apoio total, não paga o advogado nem as despesas do processo. Com apoio parcial, paga uma parte em prestações.

        ## Se algo correr mal
        - O pedido foi recusado: a carta da decisão explica como a contestar (impugnação). O prazo é curto: leia-a logo.
        - Tem um problema sério com o advogado nomeado: explique o motivo à Ordem dos Advogados e peça a substituição.
        - Dúvidas sobre o pedido: Segurança Social, { $ss-phone } ou { $ss-phone-alt } ({ $ss-hours }).
        - Ajuda na sua língua: Linha de Apoio a Migrantes, { $lam-phone-landline } ou { $lam-phone-mobile }.
    .keywords = apoio jurídico, apoio juridico, proteção jurídica, protecao juridica, apoio judiciário, apoio judiciario, advogado gratuito, advogado de graça, advogado de graca, advogado oficioso, advogado do estado, defensor oficioso, defensoria pública, defensoria publica, defensor público, patrono, nomeação de patrono, consulta jurídica, consulta juridica, não tenho dinheiro para advogado, nao tenho dinheiro para advogado, taxa de justiça, custas, tribunal, processo, ordem dos advogados, segurança social, seguranca social, advogado, adevogado, advocado, jurista, lawyer, justiça gratuita, justica gratuita, advogado oficioso gratis, advogado pago pelo estado, pedido de proteção jurídica, requerimento de proteção jurídica, dispensa de taxa de justiça, isenção de custas, pagamento faseado, deferimento tácito, assistência jurídica, ajuda juridica, julgado de paz, impugnação, Lei 34/2004, preciso de advogado, contratar advogado, honorarios
    .questions =
        advogado gratuito em portugal
        apoio judiciário segurança social
        não tenho dinheiro para advogado, como peço um oficioso
        advogado para recorrer da recusa da AIMA de graça
        protecção jurídica imigrante sem papéis pode pedir?
        como pedir advogado nomeado
        pagar custas do tribunal em prestações
        apoio juridico formulario documentos
        pedido de apoio judiciário recusado
        consulta jurídica gratuita
        o senhorio meteu uma açao contra mim no tribunal e nao tenho dinheiro pra advogado, como peço um pela seguranca social?
        tenho um prazo a correr no tribunal, se eu pedir apoio judiciario o prazo para?
        pedi protecao juridica ha 2 meses e a seguranca social nao respondeu, o que acontece?
        posso escolher o advogado oficioso ou é a ordem dos advogados que nomeia?
        o advogado que me nomearam nao atende o telefone nem responde, posso pedir outro?
        ganho pouco mas nao sou pobre, posso ter apoio parcial e pagar o advogado em prestaçoes?
        fui despedido e quero processar a empresa, ha consulta juridica gratuita antes de ir a tribunal?

discrimination-complaint = Queixa por discriminação racial ou étnica
    .summary = Em Portugal é proibido discriminar alguém pela cor da pele, pela origem étnica ou pela nacionalidade. A CICDR é a entidade responsável pelas queixas, mas em { $cicdr-status-date } ainda não as estava a tratar: há outros caminhos que funcionam, como a ACT, a polícia, o Ministério Público e a APAV.
    .body =
        A Lei 93/2017 proíbe a discriminação por causa da origem racial ou étnica, da cor da pele, da nacionalidade, da ascendência ou do território de origem. Vale no trabalho, na procura de casa, na saúde, na escola, em lojas, bares e outros serviços, e também nos serviços públicos.

        ## Exemplos
        - Recusarem arrendar-lhe uma casa "porque é estrangeiro" ou pela cor da pele.
        - Não o deixarem entrar num bar ou numa loja, ou atenderem-no pior do que aos outros.
        - Pagarem-lhe menos do que aos colegas pelo mesmo trabalho por causa da sua origem.
        - Insultos ou ameaças racistas, também nas redes sociais.

        ## A CICDR
        A Comissão para a Igualdade e Contra a Discriminação Racial (CICDR) recebe as queixas e pode aplicar coimas. Funcionava junto do Alto Comissariado para as Migrações (ACM), que acabou quando a AIMA foi criada, em { $sef-abolished }. A CICDR passou a funcionar junto da Assembleia da República.
        - Em { $cicdr-status-date } a CICDR ainda não tinha serviços de apoio e as queixas não estavam a ser tratadas.
        - O e-mail e a morada antigos do ACM já não funcionam. Não envie queixas para lá.
        - Antes de se queixar à CICDR, pergunte à Linha de Apoio a Migrantes se a comissão já recebe queixas e por que meio.

        ## Caminhos que funcionam
        - Discriminação no trabalho: queixa à ACT (Autoridade para as Condições do Trabalho), { $act-phone } ou em { $act-web }, em "Queixas e denúncias". Pode ser anónima.
        - Agressões, ameaças, insultos racistas ou incitamento ao ódio podem ser crime: apresente queixa na PSP, na GNR, na Polícia Judiciária ou no Ministério Público. Em perigo, ligue { $emergency-phone }.
        - Numa loja, restaurante, banco ou outro serviço: peça o Livro de Reclamações, em papel ou no formato eletrónico.
        - Apoio à vítima: a APAV tem uma unidade para vítimas migrantes e de discriminação. Linha { $apav-phone }, gratuita ({ $apav-hours }).

        ## Passos
        1. Escreva logo o que aconteceu: dia, hora, local, o que foi dito ou feito e por quem.
        2. Guarde provas: mensagens, e-mails, anúncios, fotografias, gravações e os contactos de testemunhas.
        3. Escolha o caminho certo para o seu caso e apresente a queixa. Peça sempre o comprovativo.
        4. Se precisar de advogado e não o puder pagar, peça proteção jurídica à Segurança Social.

        ## Se algo correr mal
        - A polícia não quer receber a queixa: entregue-a por escrito no Ministério Público, no tribunal da sua zona.
        - Não sabe por onde começar: ligue para a APAV ou para a Linha de Apoio a Migrantes, { $lam-phone-landline } ou { $lam-phone-mobile }.
    .keywords = discriminação, discriminacao, descriminação, descriminacao, racismo, racista, xenofobia, xenófobo, preconceito, cor da pele, negro, cigano, étnico, etnico, racial, CICDR, cicdr, comissão contra a discriminação, comissao para a igualdade, queixa, denúncia, denuncia, reclamação, reclamacao, livro de reclamações, livro de reclamacoes, insulto, ofensa, ódio, odio, discurso de ódio, não me deixaram entrar, nao me deixaram entrar, não me arrendam casa, nao me arrendam casa, por ser estrangeiro, por ser brasileiro, por ser africano, APAV, ACT, ministério público, ministerio publico, injúria racial, injuria racial, fui discriminado, racismo em portugal, racismo no trabalho, comentário racista, preconceito contra imigrantes, tratamento diferente, recusa de serviço, recusaram atender, redes sociais
    .questions =
        fui discriminado por ser brasileiro
        racismo no trabalho onde fazer queixa
        queixa CICDR
        me recusaram arrendar casa por ser africano
        insultos racistas na rua, posso apresentar queixa?
        discriminação no atendimento de um serviço público
        xenofobia contra imigrantes denunciar
        a polícia me tratou mal por causa da cor da pele
        discriminação racial APAV ajuda
        o dono do bar não me deixou entrar por ser cigano
        no trabalho o chefe faz piadas sobre brasileiros e so a mim da os piores turnos, isso é discriminaçao? onde me queixo?
        a funcionaria da repartiçao recusou me atender e disse pra voltar pra minha terra, como faço queixa?
        fizeram comentarios racistas sobre mim no facebook, posso apresentar queixa a policia?
        a CICDR ainda esta a receber queixas de discriminaçao racial ou tenho de ir a outro lado?
        a imobiliaria disse que o proprietario nao aluga a africanos, isso é crime? onde denuncio?
        um segurança do supermercado seguiu-me a loja toda por ser negro, posso reclamar no livro de reclamaçoes?
        a escola trata o meu filho de forma diferente por ser cigano, a quem peço ajuda?

domestic-violence = Violência doméstica: ajuda e proteção
    .summary = A violência doméstica é crime público em Portugal e as vítimas têm direito a proteção, também as que não têm autorização de residência. Em perigo ligue { $emergency-phone }. Para apoio, ligue { $dv-phone }, gratuito e a qualquer hora, ou envie SMS para { $dv-sms }.
    .body =
        Violência doméstica não é só bater. Também é ameaçar, humilhar, controlar o dinheiro ou o telemóvel, tirar-lhe os documentos, proibi-lo de sair ou de falar com a família, ou obrigá-lo a ter relações sexuais. Pode vir do marido ou da mulher, do namorado, de um ex-companheiro ou de outra pessoa da família, mesmo que não vivam juntos.

        ## Em perigo agora
        - Ligue { $emergency-phone }. É gratuito. Diga onde está.
        - Se puder, vá para um lugar seguro: a casa de alguém de confiança, uma loja ou uma esquadra da polícia.

        ## Linhas de apoio
        - Serviço de Informação a Vítimas de Violência Doméstica, da CIG (Comissão para a Cidadania e a Igualdade de Género): { $dv-phone }, gratuito, a qualquer hora, todos os dias. É anónimo e confidencial. Também por SMS para { $dv-sms }, gratuito.
        - APAV (Associação Portuguesa de Apoio à Vítima): { $apav-phone }, gratuito ({ $apav-hours }).
        - Estes serviços ajudam a fazer um plano de segurança e encaminham para apoio psicológico, jurídico e para uma casa de abrigo.
        - Se não fala bem português, diga logo que língua fala.

        ## Apresentar queixa
        - Por ser crime público, a queixa pode ser feita pela vítima ou por qualquer pessoa que saiba do crime. O processo continua mesmo que a vítima mude de ideias.
        - Apresente queixa na PSP, na GNR, na Polícia Judiciária ou no Ministério Público.
        - Com a queixa recebe o estatuto de vítima: um documento que diz quais são os seus direitos.

        ## Os seus direitos
        - Informação sobre o processo numa língua que entenda, com intérprete se for preciso.
        - Proteção: o tribunal pode afastar o agressor da casa e proibi-lo de se aproximar ou de o contactar.
        - Acolhimento gratuito numa casa de abrigo, com os filhos, num local secreto.
        - Advogado: pode pedir proteção jurídica à Segurança Social.
        - No trabalho: faltas justificadas por causa da violência e pedido de mudança de local de trabalho.

        ## Se a sua autorização de residência depende do agressor
        - Quem veio por reagrupamento familiar pode ter medo de perder a residência. A Lei de Estrangeiros permite dar uma autorização de residência autónoma (só sua) antes do tempo normal, por exemplo quando o Ministério Público acusa o agressor de violência doméstica.
        - Guarde cópias dos seus documentos num lugar seguro. Se o agressor ficou com o seu passaporte, diga-o à polícia.
        - Antes de tratar do assunto na AIMA, peça conselho à APAV ou à Linha de Apoio a Migrantes, { $lam-phone-landline } ou { $lam-phone-mobile }.

        ## Se algo correr mal
        - Não lhe receberam a queixa: vá ao Ministério Público, no tribunal da sua zona.
        - Mais informação: { $cig-web }.
    .keywords = violência doméstica, violencia domestica, violência, violencia, agressão, agressao, agressor, bater, bateu, me bate, marido bate, companheiro, namorado violento, maus tratos, maus-tratos, abuso, ameaças, ameacas, medo, casa de abrigo, abrigo, estatuto de vítima, estatuto de vitima, vítima, vitima, CIG, APAV, apav, linha violência doméstica, sms, { $dv-phone }, { $dv-sms }, queixa, denúncia, denuncia, polícia, policia, violação, violacao, abuso sexual, residência autónoma, residencia autonoma, reagrupamento, ajuda urgente, socorro, violencia psicologica, violência física, perseguição, stalking, controle do telemóvel, ameaça de morte, medida de afastamento, pulseira eletronica, ordem de proteção, casa de acolhimento, fugir de casa, mulher agredida, filhos testemunham
    .questions =
        violencia domestica o que fazer
        o meu marido bate-me e tenho medo
        linha de apoio violência doméstica número
        minha residência depende do meu marido agressor, se eu sair perco o título?
        casa abrigo para mulheres vítimas
        queixa por violencia domestica na polícia
        sou imigrante sem papeis e o companheiro me agride, posso pedir ajuda?
        SMS para pedir ajuda violência
        ameaças e controle do namorado, é violência doméstica?
        estatuto de vítima direitos
        o meu companheiro controla o meu telemovel e o dinheiro e diz que me tira o visto, isso é violencia domestica?
        quero sair de casa com os meus filhos mas nao tenho pra onde ir, ha casa de abrigo?
        tenho reagrupamento familiar pelo meu marido e ele bate-me, posso ter residencia autonoma se me separar?
        fiz queixa de violencia domestica e depois arrependi-me, posso retirar a queixa?
        o meu ex continua a perseguir-me e ameaçar por mensagens, o que posso fazer?
        nao falo bem portugues, a linha de apoio a vitimas de violencia tem interprete?
        a vizinha grita por socorro todas as noites, posso denunciar a violencia domestica mesmo sem ser a vitima?

human-trafficking = Tráfico de pessoas e trabalho forçado
    .summary = Se alguém o obriga a trabalhar, lhe tirou os documentos ou o prende com uma dívida que nunca acaba, pode ser vítima de tráfico de pessoas. Ligue { $trafficking-phone }, a qualquer hora e de forma anónima, ou { $emergency-phone } se estiver em perigo. As vítimas têm proteção e podem receber autorização de residência.
    .body =
        O tráfico de pessoas é um crime grave. Acontece quando alguém recruta, transporta ou aloja uma pessoa, com engano, ameaças, violência ou aproveitando-se da sua situação, para a explorar: trabalho forçado, exploração sexual, mendicidade, casamento forçado ou obrigar a cometer crimes. Pode acontecer mesmo a quem aceitou vir e entrou com visto.

        ## Sinais de alerta
        - Ficaram com o seu passaporte ou título de residência.
        - Tem uma dívida pela viagem, pelo alojamento ou pelos "papéis" que nunca acaba.
        - Trabalha muitas horas sem receber, ou recebe muito menos do que lhe prometeram.
        - Não pode sair do trabalho ou da casa, ou está sempre vigiado.
        - Ameaçam-no a si ou à sua família, ou dizem que a polícia o prende por não ter papéis.
        - Vive no local de trabalho em más condições e descontam-lhe tudo do salário.

        ## Pedir ajuda
        - Linha de apoio a vítimas de tráfico: { $trafficking-phone }, a qualquer hora, anónima. A chamada paga-se como uma chamada para telemóvel.
        - Equipas especializadas de cada região (EME), também a qualquer hora: Norte { $trafficking-eme-north-phone }, Centro { $trafficking-eme-centre-phone }, Alentejo { $trafficking-eme-alentejo-phone }, Lisboa { $trafficking-eme-lisbon-phone }, Algarve { $trafficking-eme-algarve-phone }.
        - Em perigo: { $emergency-phone }. A investigação é da Polícia Judiciária; também pode ir à PSP ou à GNR.
        - Exploração no trabalho: a ACT recebe denúncias, também anónimas, pelo { $act-phone } ou em { $act-web }.
        - APAV: { $apav-phone }, gratuito.

        ## Proteção para as vítimas
        - Alojamento seguro, alimentação, cuidados de saúde urgentes, apoio psicológico, intérprete e apoio jurídico.
        - Um prazo de reflexão de { $trafficking-reflection-min-days } a { $trafficking-reflection-max-days } dias para recuperar e decidir se quer colaborar com a investigação. Durante esse prazo não pode ser afastado do país.
        - Ter entrado sem visto ou trabalhado sem autorização não impede esta proteção.

        ## Autorização de residência
        - A AIMA dá autorização de residência a vítimas de tráfico, mesmo que tenham entrado ilegalmente (artigo 109.º da Lei de Estrangeiros). O processo começa quando a polícia ou o Ministério Público comunicam o caso à AIMA.
        - Em regra, a vítima tem de colaborar com a investigação e cortar as relações com os suspeitos. A lei permite também dá-la sem colaboração, quando a situação pessoal da vítima o justifica, por exemplo por razões de segurança, de saúde ou de família.
        - A autorização vale { $trafficking-permit-years ->
            [one] { $trafficking-permit-years } ano
           *[other] { $trafficking-permit-years } anos
        } e pode ser renovada.

        ## Se algo correr mal
        - Tem medo de falar com a polícia: ligue primeiro para a linha { $trafficking-phone } ou para a APAV. Explicam-lhe os passos e podem acompanhá-lo.
        - Conhece alguém nesta situação: pode ligar por essa pessoa, sem dar o seu nome.
        - Mais informação: Observatório do Tráfico de Seres Humanos, { $otsh-web }.
    .keywords = tráfico de pessoas, trafico de pessoas, tráfico de seres humanos, trafico humano, tráfico humano, traficante, trabalho forçado, trabalho forcado, trabalho escravo, escravidão, escravatura, escravo, exploração, exploracao, exploração laboral, exploração sexual, prostituição forçada, prostituicao forcada, ficaram com o passaporte, tiraram o passaporte, patrão ficou com os documentos, dívida, divida, não me deixam sair, nao me deixam sair, não me pagam, nao me pagam, engano, promessa de trabalho, aliciador, angariador, máfia, mafia, OTSH, EME, linha tráfico, { $trafficking-phone }, vítima, vitima, autorização de residência vítima, servidão por dívidas, divida da viagem, pagar a viagem, passaporte apreendido, documentos retidos, reteve o passaporte, preso no trabalho, trabalho sem folga, trabalho sem salario, recrutador, intermediário, redes de imigração ilegal, auxílio à imigração ilegal, exploração na agricultura, estufas, odemira, casa de alterne, estatuto de vítima de tráfico, prazo de reflexão
    .questions =
        o patrão ficou com o meu passaporte
        tráfico de pessoas denúncia
        trabalho forçado na agricultura alentejo
        me prometeram emprego e agora devo dinheiro que nunca acaba
        não me deixam sair do alojamento do trabalho
        linha de apoio vítimas de tráfico
        vítima de tráfico autorização de residência
        exploração sexual ajuda
        prometeram trabalho em portugal e chegando tiraram os documentos
        trabalho sem salário e ameaçam denunciar-me à polícia
        o intermediario que me trouxe pra portugal diz que devo 5 mil euros da viagem e desconta tudo do meu salario, o que faço?
        trabalhamos nas estufas 12 horas sem folga e o encarregado guarda os passaportes de todos, a quem peço ajuda?
        prometeram-me trabalho num restaurante mas obrigam-me a prostituir, como saio disto?
        se eu denunciar a rede que me explorou, posso ter autorizaçao de residencia como vitima de trafico?
        conheço uns trabalhadores que vivem fechados num contentor e nao recebem, posso denunciar anonimamente?
        tenho medo que a policia me prenda por estar ilegal se eu disser que fui vitima de trafico

rights-regardless-of-status = Direitos de todos, com ou sem papéis
    .summary = Mesmo sem autorização de residência tem direitos em Portugal: cuidados de saúde urgentes, escola para as crianças, salário e segurança no trabalho, e proteção se for vítima de um crime. Saiba onde pedir cada um.
    .body =
        Alguns direitos não dependem de ter autorização de residência nem de ter o processo na AIMA resolvido. Valem também para quem espera uma decisão, para quem tem o título caducado e para quem nunca teve papéis.

        ## Saúde
        - Os cuidados urgentes nunca são recusados, com ou sem documentos. Emergência: { $emergency-phone }.
        - Sem autorização de residência, o centro de saúde continua a dar número de utente, mas o registo fica "em curso" ou "incompleto" (Entidade Reguladora da Saúde, { $health-ers-faq-date }). Leve o atestado de residência da Junta de Freguesia.
        - A gravidez e o parto, os cuidados às crianças, as vacinas e as doenças contagiosas são atendidos qualquer que seja a situação. Outros cuidados podem ser cobrados: pergunte antes da consulta.
        - Não encontrámos nenhuma regra que mande os serviços de saúde avisar a AIMA ou a polícia.
        - Para dúvidas de saúde, ligue para o SNS 24: { $sns24-phone }.

        ## Escola
        - Todas as crianças e jovens podem frequentar a escola pública, qualquer que seja a situação dos pais.
        - Faça a matrícula na escola ou no agrupamento de escolas da zona onde vive. A falta de autorização de residência não é motivo para recusar a matrícula.

        ## Trabalho
        - Quem trabalha tem direito ao salário combinado, nunca abaixo do salário mínimo ({ $minimum-wage } por mês a tempo inteiro), a horários legais, a descanso e a condições seguras. Isto vale mesmo sem contrato escrito e sem autorização de residência.
        - Num acidente de trabalho tem direito a tratamento. A entidade patronal é obrigada a ter seguro.
        - Salários em atraso, abusos ou perigo no trabalho: queixa à ACT, { $act-phone } ou { $act-web }. Pode ser anónima.

        ## Justiça e proteção
        - Se for vítima de um crime, pode apresentar queixa na PSP, na GNR ou no Ministério Público.
        - Vítimas de violência doméstica ({ $dv-phone }) e de tráfico de pessoas ({ $trafficking-phone }) têm proteção e apoio próprios.
        - Se tem medo de voltar ao seu país por causa de perseguição ou de guerra, pode pedir asilo. Enquanto o pedido é analisado, tem direitos.
        - Apoio jurídico do Estado: quem não tem título de residência só o pode pedir se o seu país der o mesmo direito aos portugueses. Nos CNAI e em associações de imigrantes pode ter informação gratuita.

        ## Onde pedir ajuda
        - Linha de Apoio a Migrantes: { $lam-phone-landline } (rede fixa) ou { $lam-phone-mobile } (telemóvel), { $lam-hours }.
        - CNAI em Lisboa ({ $cnai-lisboa-address }), no Porto, em Faro e em Beja, e os centros locais de apoio a migrantes (CLAIM) em muitas câmaras municipais.

        ## Cuidado
        - Ninguém pode ficar com o seu passaporte. Não o entregue ao patrão nem a intermediários.
        - Desconfie de quem cobra para "tratar dos papéis" ou vende marcações na AIMA: as marcações não se pagam.
        - Guarde cópias de todos os documentos, contratos, recibos e mensagens de trabalho.
    .keywords = sem papéis, sem papeis, sem documentos, indocumentado, ilegal, irregular, sem visto, sem residência, sem residencia, título caducado, titulo caducado, visto caducado, direitos, meus direitos, os meus direitos, direitos do imigrante, direitos dos imigrantes, saúde sem papéis, saude sem papeis, escola sem papéis, escola sem papeis, matrícula, matricula, filhos escola, trabalhar sem papéis, trabalhar sem papeis, salário, salario, ACT, queixa, urgência, urgencia, hospital, centro de saúde, centro de saude, asilo, refugiado, polícia, policia, posso ser expulso, tenho direito, direito a médico, direito a medico, CNAI, CLAIM, linha de apoio, titulo vencido, processo na aima pendente, à espera da AIMA, deportação, detido, direitos humanos, associação de imigrantes, vender marcações, cobrar para tratar dos papeis
    .questions =
        que direitos tenho sem papéis em portugal
        imigrante ilegal direitos
        estou irregular, os meus filhos podem ir à escola?
        sem documentos posso ir ao hospital e trabalhar com direitos?
        fui roubado e não tenho autorização de residência, posso ir à polícia?
        direitos de imigrantes sem autorização de residência
        o patrão diz que sem papéis não tenho direito a salário
        a polícia pode me prender por estar sem visto?
        onde pedir ajuda se estou em situação irregular
        estou sem papeis ha 2 anos e tenho medo de tudo, que direitos tenho mesmo assim em portugal?
        o meu titulo caducou e a aima nao responde, continuo a ter direito a escola pros filhos e a medico?
        fui assaltado na rua mas tenho medo de ir a psp porque estou ilegal, vao me deportar se eu fizer queixa?
        um senhor cobra 500 euros pra tratar dos meus papeis na AIMA, é confiavel?
        trabalho sem contrato e sem autorizaçao de residencia, o patrao pode ficar com o meu passaporte?
        ha associaçoes de imigrantes que ajudam de graça quem esta em situaçao irregular?
        estou a espera da decisao da aima, posso ser expulso de portugal enquanto espero?
