# Cidadania: nacionalidade portuguesa por naturalização, filhos nascidos em Portugal e prova de português.

naturalisation = Nacionalidade portuguesa por naturalização
    .summary = Desde { $nationality-law-in-force } vale uma nova lei da nacionalidade. Segundo as fontes disponíveis, a naturalização exige { $nationality-reform-years-cplp ->
            [one] { $nationality-reform-years-cplp } ano
           *[other] { $nationality-reform-years-cplp } anos
        } de residência legal a nacionais de países de língua portuguesa (CPLP) e da União Europeia e { $nationality-reform-years-other ->
            [one] { $nationality-reform-years-other } ano
           *[other] { $nationality-reform-years-other } anos
        } aos outros, contados a partir do primeiro título de residência, além de português e de um teste cívico. O pedido é feito no IRN. Ainda há pontos por esclarecer: confirme no IRN ou com um advogado antes de pedir.
    .body =
        A nacionalidade portuguesa por naturalização é concedida pelo Ministério da Justiça. Quem recebe e trata os pedidos é o IRN (Instituto dos Registos e do Notariado), através das Conservatórias. Este texto é informação geral, não é aconselhamento jurídico.

        ## A lei mudou em { $nationality-law-in-force }
        - Em { $nationality-reform-approved } o Parlamento aprovou uma reforma da Lei da Nacionalidade. Em { $nationality-tc-ruling } o Tribunal Constitucional declarou algumas normas inconstitucionais e o Presidente da República vetou-a.
        - Em { $nationality-revote-date } o Parlamento votou de novo a reforma. Segundo as fontes, o Presidente da República promulgou-a em { $nationality-law-promulgated }, foi publicada no Diário da República em { $nationality-law-published } (citada como Lei Orgânica n.º 1/2026) e está em vigor desde { $nationality-law-in-force }.
        - Não encontrámos o texto publicado no Diário da República: o que aqui se diz vem de resumos de advogados e de notícias. Confirme no IRN ({ $irn-web }) ou com um advogado.

        ## Quem pode pedir (lei em vigor desde { $nationality-law-in-force }, segundo as fontes)
        - Quem é maior de idade ou emancipado.
        - Quem vive legalmente em Portugal há pelo menos { $nationality-reform-years-cplp ->
            [one] { $nationality-reform-years-cplp } ano
           *[other] { $nationality-reform-years-cplp } anos
        }, se é nacional de um país da CPLP ou da União Europeia, ou há pelo menos { $nationality-reform-years-other ->
            [one] { $nationality-reform-years-other } ano
           *[other] { $nationality-reform-years-other } anos
        }, nos outros casos.
        - O tempo conta a partir da emissão do primeiro título de residência. O tempo de espera pelo título já não conta.
        - Quem conhece suficientemente a língua portuguesa e também a cultura portuguesa e os direitos e deveres dos cidadãos: a lei prevê um teste cívico (referido como TNIC, Teste Nacional de Integração e Cidadania).
        - Quem não tem condenações penais graves. As fontes referem regras mais exigentes, com um limite de { $naturalisation-crime-max-years ->
            [one] { $naturalisation-crime-max-years } ano
           *[other] { $naturalisation-crime-max-years } anos
        } de prisão, mas descrevem-nas de formas diferentes.
        - Quem não é considerado uma ameaça para a segurança nacional. Segundo as fontes, são também recolhidos dados biométricos.

        ## O que ainda não está claro
        - Pedidos entregues antes de { $nationality-law-in-force }: as informações não coincidem. Alguns escritórios de advogados dizem que os processos já pendentes seguem a lei anterior ({ $naturalisation-residence-years ->
            [one] { $naturalisation-residence-years } ano
           *[other] { $naturalisation-residence-years } anos
        } de residência). Outro diz que a lei não tem regime de transição e que só a mensagem do Presidente pediu que esses pedidos não fossem prejudicados. Pergunte no IRN ou a um advogado.
        - A regulamentação da nova lei: até ela existir, alguns procedimentos podem não estar definidos.
        - O teste cívico: como, onde e quando se faz ainda não foi anunciado nas fontes que consultámos.
        - As taxas: não encontrámos a taxa em vigor desde a nova lei.

        ## Passos
        1. Confirme no IRN que cumpre as regras de hoje e que prova de língua e teste cívico lhe são pedidos.
        2. Reúna os documentos. Os documentos estrangeiros precisam de legalização (Apostila de Haia ou consulado) e de tradução, se não estiverem em português.
        3. Entregue o pedido numa Conservatória do Registo Civil ou na Conservatória dos Registos Centrais. Muitas pedem marcação. Um advogado ou solicitador também pode fazer o pedido por si pela internet.
        4. Pague a taxa e guarde o número do processo.
        5. Acompanhe o processo e responda depressa se lhe pedirem mais documentos.
        6. Se for aprovado, o IRN regista a nacionalidade. Depois pode pedir o cartão de cidadão.

        ## Documentos
        - Requerimento (impresso do IRN), assinado.
        - Certidão de nascimento.
        - Registo criminal do país da sua nacionalidade e dos países onde viveu. O registo criminal português é obtido pelo IRN.
        - Prova de português e, quando existir, do teste cívico.
        - Passaporte e títulos de residência, incluindo a data do primeiro título.

        ## Custos e prazos
        Antes da nova lei a taxa do pedido era de { $nationality-fee }. Confirme o valor atual no IRN. A decisão pode demorar muito tempo.

        ## Se algo correr mal
        - Se o pedido for recusado, pode contestar a decisão. Peça apoio jurídico à Segurança Social se não puder pagar um advogado.
        - Desconfie de quem promete a nacionalidade depressa a troco de dinheiro.
        - Ajuda na sua língua: Linha de Apoio a Migrantes, { $lam-phone-landline } ou { $lam-phone-mobile }.
    .keywords = nacionalidade, nacionalidade portuguesa, naturalização, naturalizacao, naturalizar, cidadania, cidadania portuguesa, ser português, ser portugues, passaporte português, passaporte portugues, cartão de cidadão, cartao de cidadao, tirar a nacionalidade, pedir nacionalidade, pedido de nacionalidade, nacionalidade por tempo de residência, nacionalidade por tempo de residencia, cidadania por tempo de residencia, anos de residência, anos de residencia, 7 anos, 10 anos, sete anos, dez anos, nova lei da nacionalidade, lei da nacionalidade, lei da nacionalidade 2026, lei orgânica 1/2026, teste cívico, TNIC, processo pendente, pedidos pendentes, tempo de espera, IRN, irn, conservatória, conservatoria, registos centrais, dupla nacionalidade, dupla cidadania, requerimento nacionalidade, processo de nacionalidade, quanto custa a nacionalidade, taxa nacionalidade, virar portugues, passaporte europeu, tempo de residencia legal, ARI, golden visa, registo criminal, certidão de registo criminal, antecedentes criminais, demora nacionalidade, prazo nacionalidade, menor, filho menor
    .questions =
        quantos anos preciso morar em portugal pra pedir a cidadania portuguesa
        sou brasileiro e tenho titulo de residencia ha 5 anos, ja posso tirar a nacionalidade?
        nacionalidade por tempo de residencia nova lei
        dei entrada no pedido de nacionalidade antes da lei mudar, meu processo vai seguir a lei antiga?
        o tempo que esperei pela AIMA conta para a nacionalidade?
        passaporte portugues quanto tempo demora
        quais documentos pedem para a naturalização, preciso de certidão de antecedentes criminais apostilada?
        onde faço o pedido da nacionalidade, na conservatória ou online com advogado?
        sou angolana, moro em Lisboa desde 2019 com autorização de residência, posso pedir a nacionalidade portuguesa agora ou tenho de esperar mais?
        quanto custa pedir a cidadania portuguesa em 2026
        tenho uma condenação antiga no meu país, posso ser naturalizado?
        recusaram meu pedido de nacionalidade, como recorrer
        ja moro em portugal ha 6 anos com titulo de residencia, com a nova lei quantos anos faltam pra eu pedir a cidadania?
        dei entrada na nacionalidade ha 2 anos e ate agora nada, quanto tempo o IRN esta demorando pra decidir?
        como vejo em que fase esta o meu processo de nacionalidade na conservatoria dos registos centrais?
        o tempo com visto de estudante conta como residencia legal para a naturalização?
        vivi 3 anos fora de portugal a meio, perco o tempo contado para a cidadania?
        posso pedir a nacionalidade para mim e para o meu filho menor no mesmo processo?
        com a cidadania portuguesa tenho de desistir da brasileira ou posso ter dupla nacionalidade?
        fiquei 2 anos a espera do cartao de residencia da aima, esse tempo de espera entra na contagem dos anos pra nacionalidade?

nationality-children-born-here = Nacionalidade dos filhos nascidos em Portugal
    .summary = Nascer em Portugal não dá sempre a nacionalidade portuguesa. Pela lei em vigor desde { $nationality-law-in-force }, segundo as fontes, o filho de pais estrangeiros só é português de origem se, quando nasceu, um dos pais vivia legalmente em Portugal há pelo menos { $nationality-reform-birth-parent-years ->
            [one] { $nationality-reform-birth-parent-years } ano
           *[other] { $nationality-reform-birth-parent-years } anos
        }. Trata-se no IRN, que confirma as regras de hoje.
    .body =
        Uma criança nascida em Portugal, filha de pais estrangeiros, pode ser portuguesa desde o nascimento ou pedir a nacionalidade mais tarde. Depende da situação dos pais. Quem trata é o IRN (Instituto dos Registos e do Notariado), nas Conservatórias do Registo Civil. Este texto é informação geral, não é aconselhamento jurídico.

        ## A lei mudou em { $nationality-law-in-force }
        A nova lei da nacionalidade foi publicada em { $nationality-law-published } e está em vigor desde { $nationality-law-in-force }, segundo resumos de advogados e notícias. Não encontrámos o texto publicado no Diário da República. Confirme no IRN ({ $irn-web }) as regras que se aplicam ao seu filho, sobretudo se nasceu antes dessa data.

        ## Português de origem (segundo as fontes)
        A criança é portuguesa desde o nascimento se:
        - nasceu em Portugal;
        - os pais não estão cá ao serviço do seu país (por exemplo, diplomatas);
        - quando nasceu, um dos pais vivia legalmente em Portugal há pelo menos { $nationality-reform-birth-parent-years ->
            [one] { $nationality-reform-birth-parent-years } ano
           *[other] { $nationality-reform-birth-parent-years } anos
        }, com título de residência;
        - os pais não declaram que não querem que a criança seja portuguesa.

        ## Naturalização de crianças nascidas cá
        Se a criança não ficou portuguesa ao nascer, pode mais tarde pedir a naturalização. Segundo as fontes, a nova lei liga esse pedido à frequência da escolaridade obrigatória em Portugal. Os pormenores ainda não estão claros: pergunte no IRN.

        ## Passos
        1. Registe o nascimento no hospital, se tiver balcão Nascer Cidadão, ou numa Conservatória do Registo Civil.
        2. No registo, mostre o título de residência do pai ou da mãe.
        3. Se a nacionalidade não ficou no registo, pergunte na Conservatória se e quando a criança a pode pedir.
        4. Com a nacionalidade registada, peça o cartão de cidadão da criança.

        ## Documentos
        - Documentos de identificação e títulos de residência dos pais.
        - Prova do tempo de residência legal dos pais.
        - Para a naturalização: certidão de nascimento da criança e certificados da escola.

        ## Custos
        O registo de nascimento feito no prazo legal é gratuito. O pedido de naturalização tem uma taxa: confirme o valor no IRN.

        ## Se algo correr mal
        - Se a Conservatória não aceitar as suas provas, peça o motivo por escrito.
        - Se não tiver a certeza de que regra se aplica, fale com um advogado. Peça apoio jurídico à Segurança Social se não puder pagar.
        - Ajuda na sua língua: Linha de Apoio a Migrantes, { $lam-phone-landline } ou { $lam-phone-mobile }, ou num CNAI.
    .keywords = filho nascido em portugal, filho nascido em Portugal, bebé nascido em portugal, bebe nascido em portugal, bebê, nasceu em portugal, nacionalidade do filho, nacionalidade para filhos, nacionalidade do bebé, cidadania do filho, cidadania para bebe, filho português, filho portugues, criança portuguesa, registo de nascimento, registro de nascimento, certidão de nascimento, certidao de nascimento, nascer cidadão, nascer cidadao, conservatória, conservatoria, IRN, cartão de cidadão do filho, cartao de cidadao bebe, naturalização de menores, naturalizacao menor, ius soli, pais estrangeiros, filhos de imigrantes, nova lei da nacionalidade, 5 anos, cinco anos, filho nascido aqui, nacionalidade originaria, português de origem, atribuição da nacionalidade, registar o filho como português, nenem, recem nascido
    .questions =
        meu filho nasceu em portugal ele é portugues?
        bebe nascido em portugal de pais brasileiros tem direito a nacionalidade
        registrar filho como portugues na conservatoria
        nasceu cá mas eu estava sem papeis na altura, o meu filho pode ter nacionalidade?
        quantos anos de residencia os pais precisam para o filho nascido aqui ser português de origem
        minha filha nasceu em 2024 no porto e eu tinha visto de residência, a nova lei muda alguma coisa para ela?
        criança nascida em portugal pode pedir a nacionalidade mais tarde?
        documentos para pedir nacionalidade do filho menor
        cidadania para filho nascido em portugal quanto custa
        sou cabo-verdiano e o meu filho nasceu no hospital em Lisboa, ele pode ter cartão de cidadão?
        o meu bebe nasceu agora no hospital de faro e nós somos brasileiros com residencia ha 3 anos, ele ja nasce portugues?
        quando registei o meu filho na conservatoria nao pedi a nacionalidade, ainda da pra pedir depois?
        a minha filha nasceu em lisboa em 2021 quando eu estava sem papeis, agora tenho residencia, ela pode ser portuguesa?
        filho nascido em portugal de pais estrangeiros, como tiro o cartao de cidadao dele?
        o meu filho nasceu aqui e ja anda na escola ha 5 anos, pode pedir a naturalização mesmo sendo menor?
        pai estrangeiro e mae portuguesa, o bebe nascido em portugal é portugues automaticamente?
        que papeis levo a conservatoria para o meu filho nascido aqui ter nacionalidade portuguesa?

portuguese-language-test = Prova de português (A2) e teste cívico para a nacionalidade
    .summary = Para a naturalização é preciso provar que sabe português, em regra de nível A2. A lei em vigor desde { $nationality-law-in-force } acrescenta, segundo as fontes, um teste de conhecimentos sobre a cultura portuguesa e os direitos e deveres dos cidadãos; como se faz ainda não está definido. Confirme no IRN que provas lhe pedem.
    .body =
        O nível pedido é o A2 do Quadro Europeu Comum de Referência para as Línguas: compreender e usar o português em situações simples do dia a dia. O mesmo certificado serve para a autorização de residência permanente.

        ## O que mudou em { $nationality-law-in-force }
        - Segundo resumos de advogados e notícias, a nova lei da nacionalidade, em vigor desde { $nationality-law-in-force }, pede conhecimento da língua portuguesa e também da cultura portuguesa e dos direitos e deveres dos cidadãos, através de um teste cívico (referido como TNIC, Teste Nacional de Integração e Cidadania).
        - A forma do teste cívico, os locais, as datas e a taxa ainda não foram anunciados nas fontes que consultámos. Não pague cursos ou testes que prometem "o teste da nacionalidade" antes de o IRN os confirmar.
        - As formas de provar o português abaixo são as da regulamentação anterior. Enquanto não houver nova regulamentação, confirme no IRN ({ $irn-web }) se continuam aceites.

        ## Formas de provar o português
        - Prova do Conhecimento da Língua Portuguesa para Aquisição da Nacionalidade (PaN), organizada pelo IAVE (Instituto de Avaliação Educativa) e feita em escolas públicas. No estrangeiro, faz-se em locais acreditados pelo Camões.
        - Certificado CIPLE, um exame de português como língua estrangeira de nível A2, do CAPLE (Universidade de Lisboa), feito em centros de exame em Portugal e no estrangeiro.
        - Certificado de nível A2 ou superior de um curso de Português Língua de Acolhimento (PLA), passado por uma escola pública, um centro do IEFP ou um Centro Qualifica.
        - Certificado de uma escola portuguesa que mostre aprovação a Português ou a Português Língua Não Materna em pelo menos { $nationality-language-school-years ->
            [one] { $nationality-language-school-years } ano letivo
           *[other] { $nationality-language-school-years } anos letivos
        }.

        ## Quem não precisa, ou faz uma prova adaptada
        - Pela regulamentação anterior, quem é natural e nacional de um país de língua oficial portuguesa (por exemplo, Brasil, Angola, Cabo Verde ou Moçambique) presumia-se que sabia português. Confirme no IRN se isso continua e se o teste cívico também lhe é pedido.
        - Quem não sabe ler nem escrever, pessoas mais velhas e pessoas com doença grave ou deficiência podiam fazer uma prova adaptada, por exemplo só oral.
        - Para crianças, a prova é adequada à idade.

        ## Passos (prova PaN)
        1. Veja o calendário e a inscrição no sítio do IAVE ou pergunte numa escola pública.
        2. Inscreva-se e pague a taxa. Precisa de um documento de identificação válido.
        3. Faça a prova: leitura, escrita e compreensão oral.
        4. Receba o certificado e junte-o ao pedido de nacionalidade.

        ## Custos
        - A prova PaN e o exame CIPLE pagam taxa: confirme o valor no IAVE ou no CAPLE.
        - Os cursos PLA são gratuitos.
        - A taxa do teste cívico ainda não é conhecida.

        ## Cuidado com certificados
        Os certificados de cursos privados só contam se forem emitidos no sistema oficial, por exemplo através de um acordo com uma escola pública ou com o IEFP. Confirme antes de pagar. Se o certificado não for aceite, o IRN pode recusar o pedido muito tempo depois.

        ## Se algo correr mal
        - Se reprovar, pode inscrever-se noutra data.
        - Se o IRN não aceitar o seu certificado, peça o motivo por escrito.
        - Ajuda na sua língua: Linha de Apoio a Migrantes, { $lam-phone-landline } ou { $lam-phone-mobile }.
    .keywords = prova de português, prova de portugues, teste de português, teste de portugues, exame de português, exame de portugues, A2, a2, nível A2, nivel a2, CIPLE, ciple, CAPLE, caple, PaN, IAVE, iave, prova de língua, prova de lingua, certificado de português, certificado de portugues, certificado A2, português para nacionalidade, portugues para nacionalidade, língua portuguesa nacionalidade, dispensa de prova, dispensa do teste, brasileiro precisa de prova, PALOP, CPLP, Camões, camoes, PLA, prova oral, teste de lingua, exame de lingua, teste cultura, teste cívico, teste civico, TNIC, teste de cidadania, teste de integração, direitos e deveres, conhecimento da lingua portuguesa, comprovar portugues, certificado de habilitações portuguesas, escola portuguesa
    .questions =
        prova de portugues para nacionalidade onde fazer
        exame A2 camões CAPLE quanto custa
        sou brasileiro preciso fazer prova de lingua portuguesa para a cidadania?
        estudei em escola portuguesa, isso serve como prova de português?
        teste civico nacionalidade como funciona
        certificado de português A2 para nacionalidade, vale o do curso PLA?
        tenho mais de 60 anos e não sei ler bem, tenho de fazer o exame de português?
        comprei um certificado de portugues de uma escola, é válido no IRN?
        onde marcar a prova PaN de português
        chumbei no exame de lingua, posso repetir?
        sou angolano e a minha lingua ja é o portugues, mesmo assim tenho de fazer a prova A2 pra nacionalidade?
        o CIPLE do camoes e a prova do IAVE servem os dois para o pedido de nacionalidade?
        fiz o 9 ano numa escola em portugal, o certificado de habilitações dispensa o exame de portugues?
        como vai ser o teste de cultura e direitos e deveres que a nova lei pede para a cidadania?
        onde me inscrevo pro exame CIPLE e quanto custa?
        o meu pai tem 70 anos e nao sabe escrever, ele tem de fazer a prova de portugues para a cidadania?
        um curso online deu-me um certificado A2 em 2 semanas, o IRN aceita isso?
