# Segurança Social e impostos: NIF, NISS, descontos e apoios sociais.

nif-tax-number = Número de contribuinte (NIF)
    .summary = O NIF (número de identificação fiscal, ou número de contribuinte) é dado pelas Finanças e é preciso para trabalhar, arrendar casa ou abrir conta no banco. Pode pedi-lo pessoalmente, com marcação, ou pela internet através de um representante legal.
    .body =
        O NIF é o seu número nas Finanças (Autoridade Tributária e Aduaneira, AT). Vai precisar dele para assinar um contrato de trabalho, arrendar casa, abrir uma conta no banco, pedir faturas em seu nome e pedir a autorização de residência. Pode pedi-lo mesmo sem autorização de residência.

        ## Como pedir
        - Pessoalmente: num Serviço de Finanças ou numa Loja do Cidadão, com marcação. Pode marcar no Portal das Finanças ({ $at-web }) ou pelo telefone { $at-phone }.
        - Pela internet: um representante legal (por exemplo, um advogado, um solicitador ou outra pessoa com procuração) faz o pedido por si no e-balcão do Portal das Finanças, no caminho "Registo Contribuinte › Identific › Atrib/Alter NIF-Singulares".

        ## Documentos
        - Passaporte ou outro documento de identificação válido (título de residência, se já tiver).
        - Comprovativo de morada: em Portugal, se já vive cá; no estrangeiro, se ainda vive fora.
        - Se o pedido for feito por um representante legal: o documento de identificação dele e a procuração. A procuração passada a advogados e solicitadores não precisa de assinatura reconhecida.

        ## Representante fiscal
        - Representante legal e representante fiscal não são a mesma coisa. O representante legal só trata do pedido. O representante fiscal responde perante as Finanças por quem vive fora da União Europeia e do Espaço Económico Europeu.
        - Antes, quem tinha morada fora destes países tinha de nomear um representante fiscal. Hoje já não é obrigatório se aderir às notificações eletrónicas no Portal das Finanças (artigo 19.º da Lei Geral Tributária). Confirme nas Finanças quando fizer o pedido.
        - Quando passar a viver em Portugal, atualize a morada nas Finanças. Com morada em Portugal não precisa de representante fiscal.

        ## Depois de ter o NIF
        1. Peça a senha de acesso ao Portal das Finanças. A senha chega por carta à morada que deu, por isso a morada tem de estar certa.
        2. Com a senha pode ver e atualizar os seus dados, aderir às notificações eletrónicas e, mais tarde, entregar a declaração de IRS.

        ## Custos
        Pedir o NIF nas Finanças não se paga. Advogados, solicitadores e empresas que tratam do pedido por si cobram o seu serviço.

        ## Se algo correr mal
        - Não há vagas para marcação: tente noutro Serviço de Finanças ou noutra Loja do Cidadão, ou escreva pelo e-balcão.
        - Perdeu o número: está em cartas e faturas antigas, ou pode pedi-lo num Serviço de Finanças com o seu documento de identificação.
        - Para ajuda na sua língua, ligue para a Linha de Apoio a Migrantes: { $lam-phone-landline } ou { $lam-phone-mobile }.
    .keywords = NIF, nif, número de contribuinte, numero de contribuinte, contribuinte, número fiscal, numero fiscal, número de identificação fiscal, numero de identificacao fiscal, finanças, financas, AT, autoridade tributária, repartição de finanças, reparticao das financas, portal das finanças, portal das financas, e-balcão, ebalcao, e balcao, representante fiscal, representante legal, procuração, procuracao, senha das finanças, senha financas, CPF, tax number, NIF online, tirar nif, pedir nif, fazer nif, nif sem residencia, IRS, loja do cidadão, loja do cidadao, CPF portugues, equivalente ao CPF, NIF pela internet, nif para nao residente, NIF do brasil, representante fiscal obrigatorio, solicitador, agência de nif, alterar morada nas finanças, atualizar morada, notificações eletrónicas, caixa postal eletrónica, serviço de finanças, marcação nas finanças, perdi o NIF
    .questions =
        como tirar NIF
        numero de contribuinte para estrangeiro
        NIF online representante fiscal
        sou brasileiro e ainda estou no brasil, posso tirar o NIF antes de ir?
        NIF nas finanças precisa de marcação?
        NIF é o mesmo que CPF?
        quanto custa tirar o NIF
        preciso de representante fiscal se moro em portugal?
        mudei de morada, como atualizo nas finanças
        como recebo a senha do portal das finanças depois de tirar o nif
        qual é o equivalente ao CPF em portugal pra alugar casa e abrir conta?
        uma empresa na internet cobra 100 euros pra tirar o meu NIF antes de eu viajar, vale a pena ou faço sozinho nas financas?
        cheguei a portugal e o meu NIF tem morada no brasil, como mudo pra morada portuguesa e tiro o representante fiscal?
        nao ha vagas pra marcaçao nas financas da minha zona, como tiro o NIF?
        a senha do portal das financas vai por carta para a morada, e se eu ainda moro fora?
        esqueci o meu numero de contribuinte, como descubro qual é?
        o meu filho menor precisa de ter NIF proprio? como peço?

niss-social-security = Número da Segurança Social (NISS)
    .summary = O NISS (número de identificação da Segurança Social) é preciso para trabalhar com descontos e ter acesso a apoios como o subsídio de doença ou de desemprego. Quem é estrangeiro pode pedi-lo pela internet, no sítio da Segurança Social, e depois levanta-o pessoalmente.
    .body =
        O NISS é o seu número na Segurança Social. Com ele, a entidade patronal inscreve-o e paga as contribuições (os "descontos"). Esses descontos dão-lhe direito a apoios quando precisar: baixa por doença, subsídio parental, subsídio de desemprego e reforma. O NISS também é pedido na autorização de residência e no pedido de apoio jurídico.

        ## Como pedir
        - Pela internet: desde { $niss-online-since } há um formulário em { $ss-web } chamado "Pedido de NISS – Cidadão Estrangeiro". A entidade patronal ou um representante legal com procuração também o podem preencher por si.
        - Pessoalmente: num serviço de atendimento da Segurança Social, com marcação pelo telefone { $ss-appointment-phone } ou { $ss-appointment-phone-alt }.

        ## Passos (pedido pela internet)
        1. Preencha o formulário "Pedido de NISS – Cidadão Estrangeiro" em { $ss-web }.
        2. Junte os documentos pedidos.
        3. Espere o e-mail de confirmação da Segurança Social.
        4. Vá levantar o NISS pessoalmente, como indicado no e-mail, com o documento de identificação original.

        ## Documentos
        - Passaporte, título de residência ou autorização de residência.
        - O visto de trabalho, se entrou com visto.
        - O NIF, se já o tiver.
        - Se for um representante a pedir: a procuração e o documento de identificação dele.

        ## Depois de ter o NISS
        - Registe-se na Segurança Social Direta (o serviço online da Segurança Social) com o NISS e uma senha, ou com a Chave Móvel Digital. A Segurança Social Direta só funciona depois de ter o NISS.
        - Na Segurança Social Direta pode confirmar, todos os meses, se a sua entidade patronal declara o seu salário e paga as contribuições (a sua carreira contributiva).
        - Se trabalha por conta própria (recibos verdes), tem de se inscrever como trabalhador independente e entregar a declaração trimestral.

        ## Custos
        Pedir o NISS não se paga. Os descontos são uma parte do salário bruto; a entidade patronal paga outra parte.

        ## Se algo correr mal
        - A entidade patronal desconta do salário mas não entrega à Segurança Social: guarde os recibos de vencimento e fale com a Segurança Social e com a ACT.
        - Dúvidas: ligue { $ss-phone } ou { $ss-phone-alt } ({ $ss-hours }).
        - Para ajuda na sua língua: Linha de Apoio a Migrantes, { $lam-phone-landline } ou { $lam-phone-mobile }.
    .keywords = NISS, niss, NIS, número da segurança social, numero da seguranca social, numero de seguranca social, segurança social, seguranca social, seg social, segurança social direta, seguranca social direta, SSD, descontos, contribuições, contribuicoes, inscrição na segurança social, inscricao seguranca social, cidadão estrangeiro, cidadao estrangeiro, pedido de niss, niss online, tirar niss, INSS, previdência, previdencia, carreira contributiva, recibos verdes, trabalhador independente, chave móvel digital, chave movel digital, baixa, reforma, número de beneficiário, formulario niss, NISS pela internet, levantar o NISS, email da segurança social, segurança social direta senha, contribuições do patrão, patrão não desconta, extrato de remunerações, declaração trimestral, INSS portugal, seguranca social do brasil, acordo de segurança social brasil
    .questions =
        como tirar NISS
        número da segurança social para estrangeiro
        NISS online pedido
        preciso de NISS para trabalhar?
        onde levanto o NISS depois de pedir pela internet
        niss sem autorização de residência posso pedir?
        segurança social direta como criar acesso
        o meu patrão pede o número da segurança social
        quanto tempo demora a sair o NISS
        tenho NISS mas o patrão não faz os descontos
        pedi o NISS pelo formulario online ha 3 semanas e nao recebi email nenhum, o que faço?
        qual o equivalente ao INSS aqui em portugal e como me inscrevo?
        o patrao desconta a seguranca social no recibo mas quando vejo na seguranca social direta nao aparece nada, o que faço?
        vou começar a passar recibos verdes, tenho de me inscrever na seguranca social como independente?
        ja tenho NISS, como crio a senha da seguranca social direta?
        o tempo que contribui no INSS do brasil conta pra reforma em portugal?
        o patrao pode pedir o NISS por mim ou tenho de ser eu a ir la?

unemployment-benefit = Subsídio de desemprego
    .summary = Se perdeu o trabalho sem ser por sua vontade e descontou para a Segurança Social o tempo suficiente, pode ter direito ao subsídio de desemprego. Tem de se inscrever no centro de emprego do IEFP e pedir o subsídio dentro do prazo.
    .body =
        O subsídio de desemprego é pago pela Segurança Social a quem trabalhava por conta de outrem e ficou sem trabalho. O pedido passa pelo centro de emprego do IEFP (Instituto do Emprego e Formação Profissional).

        ## Quem pode receber
        - Quem trabalhou por conta de outrem, com descontos, pelo menos { $unemployment-min-days ->
            [one] { $unemployment-min-days } dia
           *[other] { $unemployment-min-days } dias
        } nos { $unemployment-reference-months ->
            [one] { $unemployment-reference-months } mês
           *[other] { $unemployment-reference-months } meses
        } antes de ficar desempregado.
        - Quem ficou desempregado sem ser por sua vontade: despedimento, fim do contrato a termo, ou saída com justa causa por falta de pagamento ou outra falta grave da entidade patronal. Um acordo de saída com a entidade patronal só conta em alguns casos.
        - Quem se despede por sua vontade, sem justa causa, não tem direito.
        - Sendo estrangeiro, precisa de um título de residência válido.
        - Tem de estar inscrito no centro de emprego e disponível para trabalhar.

        ## Subsídio social de desemprego
        Se não tem dias de descontos suficientes, pode ter direito ao subsídio social de desemprego: pede { $social-unemployment-min-days ->
            [one] { $social-unemployment-min-days } dia
           *[other] { $social-unemployment-min-days } dias
        } de descontos nos últimos { $social-unemployment-reference-months ->
            [one] { $social-unemployment-reference-months } mês
           *[other] { $social-unemployment-reference-months } meses
        } e só é dado a famílias com rendimentos baixos.

        ## Passos
        1. Peça à entidade patronal a "declaração de situação de desemprego", o impresso da Segurança Social que diz porque o contrato acabou.
        2. Inscreva-se como desempregado no centro de emprego da sua zona ou em { $iefp-web }.
        3. Peça o subsídio até { $unemployment-apply-days ->
            [one] { $unemployment-apply-days } dia
           *[other] { $unemployment-apply-days } dias
        } depois de ficar desempregado: no centro de emprego ou na Segurança Social Direta.
        4. Cumpra o plano pessoal de emprego: procure trabalho, vá às convocatórias e aceite uma oferta de emprego conveniente.
        5. Avise a Segurança Social se voltar a trabalhar ou se for ao estrangeiro.

        ## Documentos
        - Passaporte e título de residência válido.
        - NIF e NISS.
        - Declaração de situação de desemprego.
        - Comprovativo do IBAN de uma conta bancária em seu nome.

        ## Quanto recebe e por quanto tempo
        - O valor é uma parte do salário médio que declarou. Há um valor mínimo e um valor máximo, ligados ao IAS (Indexante dos Apoios Sociais, { $ias }).
        - O tempo de subsídio depende da sua idade e de quanto tempo descontou.
        - Veja os seus descontos na Segurança Social Direta.

        ## Se algo correr mal
        - A entidade patronal não lhe dá a declaração: a ACT pode obrigá-la, { $act-phone }.
        - Pedido recusado: peça a decisão por escrito e reclame no prazo indicado na carta.
        - Dúvidas: Segurança Social, { $ss-phone } ou { $ss-phone-alt } ({ $ss-hours }).
        - Ajuda na sua língua: Linha de Apoio a Migrantes, { $lam-phone-landline } ou { $lam-phone-mobile }.
    .keywords = subsídio de desemprego, subsidio de desemprego, subsidio desemprego, fundo de desemprego, seguro desemprego, seguro-desemprego, desempregado, desemprego, fiquei sem trabalho, fiquei sem emprego, perdi o emprego, perdi o trabalho, fui despedido, despedimento, demitido, mandado embora, fim do contrato, contrato acabou, subsídio social de desemprego, subsidio social, declaração de situação de desemprego, modelo 5044, RP 5044, centro de emprego, IEFP, iefp, segurança social, seguranca social, seg social, quanto tempo recebo, quanto recebo, prazo para pedir, IAS, subsidio de desemprego valor, calculo do subsidio de desemprego, seguro desemprego portugal, justa causa, despedimento com justa causa, rescisão com justa causa, rescisao por justa causa, resolução do contrato, despedimento coletivo, acordo de revogação, rescisão por mútuo acordo, declaração da entidade patronal, prazo de garantia, descontos suficientes, ter direito ao desemprego, perder o subsidio
    .questions =
        subsídio de desemprego como pedir
        fui despedido tenho direito a fundo de desemprego?
        quanto tempo de descontos preciso para o subsídio de desemprego
        despedi-me, posso receber subsídio?
        subsídio social de desemprego
        o contrato a prazo acabou, tenho direito ao desemprego?
        quanto recebo de subsidio de desemprego
        inscrição no centro de emprego para receber subsídio
        imigrante com título de residência recebe desemprego?
        prazo para pedir subsídio de desemprego
        a empresa deve-me 3 meses de ordenado e quero sair com justa causa, assim ainda tenho direito ao subsidio de desemprego?
        fiz acordo de rescisao com a empresa, perco o direito ao fundo de desemprego?
        trabalhei 10 meses com descontos e fui despedida, chega pro subsidio de desemprego ou so pro social?
        o patrao nao me quer dar a declaraçao de situaçao de desemprego, como peço o subsidio sem ela?
        a minha autorizaçao de residencia esta a renovar e fiquei desempregado, posso pedir o subsidio com o recibo?
        se eu recusar uma oferta de emprego do centro de emprego perco o subsidio de desemprego?
        estou a receber desemprego e quero ir ao brasil visitar a familia 2 semanas, tenho de avisar a seguranca social?
        o subsidio de desemprego dura quantos meses para quem tem 35 anos?

family-benefits = Abono de família e outros apoios para famílias
    .summary = O abono de família é um valor pago todos os meses pela Segurança Social para ajudar a criar os filhos. O valor depende dos rendimentos da família e da idade da criança. Não é preciso ter descontado para a Segurança Social.
    .body =
        A Segurança Social tem vários apoios para famílias com filhos. O principal é o abono de família para crianças e jovens. Para os pedir, pais e filhos precisam de NISS.

        ## Abono de família para crianças e jovens
        - É pago todos os meses, por cada filho.
        - O valor depende do "escalão" de rendimentos da família e da idade da criança. Os valores mudam todos os anos: confirme-os em { $ss-web }.
        - Não depende de descontos: também o recebem famílias que nunca descontaram.
        - A família tem de ter rendimentos e poupanças abaixo de certos limites.
        - A partir de certa idade, o jovem só recebe se continuar a estudar. Todos os anos é preciso fazer a "prova escolar".

        ## Quem pode pedir
        - Crianças e jovens que vivem em Portugal, com título de residência válido ou em situação equiparada, como refugiados.
        - Se a criança ou os pais ainda esperam pelo título de residência, pergunte na Segurança Social se já podem pedir.
        - Em { $social-benefits-bill-debate-date } o Parlamento discutiu um projeto de lei para exigir { $social-benefits-bill-years ->
            [one] { $social-benefits-bill-years } ano
           *[other] { $social-benefits-bill-years } anos
        } de residência legal a cidadãos de fora da União Europeia antes de receberem apoios como o RSI e o abono de família. Não encontrámos notícia de que tenha sido aprovado. Se ouvir falar de novas regras, confirme na Segurança Social.

        ## Outros apoios
        - Abono pré-natal: para grávidas, a partir de certa fase da gravidez, com declaração médica.
        - Garantia para a Infância: um valor extra para crianças de famílias com rendimentos muito baixos.
        - Bonificação por deficiência: um valor extra para crianças e jovens com deficiência.
        - Subsídio parental: pago à mãe e ao pai durante a licença depois do nascimento, a quem tem descontos. Quem não tem descontos suficientes pode ter direito ao subsídio social parental.

        ## Passos
        1. Peça o NISS para a criança e para os pais, se ainda não o têm.
        2. Registe-se na Segurança Social Direta.
        3. Peça o abono na Segurança Social Direta ou num serviço de atendimento da Segurança Social. Peça logo depois do nascimento ou da chegada a Portugal: um pedido tardio pode fazer perder meses.
        4. Indique o IBAN da conta onde quer receber.
        5. Mantenha os dados atualizados: morada, rendimentos e composição da família.

        ## Documentos
        - Documentos de identificação e títulos de residência de toda a família.
        - Certidão de nascimento da criança, traduzida se não estiver em português.
        - NISS e NIF de todos.
        - Comprovativo do IBAN.
        - Comprovativos dos rendimentos da família, se lhos pedirem.

        ## Custos
        Pedir os apoios não se paga.

        ## Se algo correr mal
        - Pedido recusado ou escalão errado: peça a decisão por escrito e reclame no prazo indicado.
        - Dúvidas: Segurança Social, { $ss-phone } ou { $ss-phone-alt } ({ $ss-hours }).
        - Ajuda na sua língua: Linha de Apoio a Migrantes, { $lam-phone-landline } ou { $lam-phone-mobile }.
    .keywords = abono de família, abono de familia, abono, abono familia, abono dos filhos, bolsa família, bolsa familia, salário família, salario familia, abono pré-natal, abono pre natal, grávida, gravida, gravidez, filhos, criança, crianca, bebé, bebe, nascimento, escalão, escalao, escalões do abono, prova escolar, garantia para a infância, garantia infancia, subsídio parental, subsidio parental, licença de maternidade, licenca maternidade, licença parental, bonificação por deficiência, apoio às famílias, apoio a familia, segurança social, seguranca social, seg social, dinheiro para os filhos, abono de familia para imigrantes, abono das crianças, valor do abono, licença de paternidade, licença parental inicial, auxilio maternidade, ajuda para bebe
    .questions =
        abono de família como pedir
        abono para filhos de imigrantes
        quanto é o abono de família
        preciso ter descontos para receber abono?
        meu filho está no brasil, posso receber abono?
        abono pré-natal gravidez
        outros apoios para famílias com filhos
        pedir abono na segurança social direta
        abono de família recusado
        os meus filhos têm autorização de residência, posso pedir o abono?
        o meu bebe nasceu em portugal e temos residencia, como peço o abono pela seguranca social direta?
        o abono de familia depende dos descontos dos pais ou do rendimento da familia?
        o meu filho fez 16 anos e cortaram o abono, tenho de entregar a prova escolar?
        a minha familia ainda esta a espera do titulo de residencia, ja podemos pedir o abono pras crianças?
        estou gravida de 5 meses, ha algum abono pre-natal pra quem ganha pouco?
        o pai do bebe tambem tem direito a licença e subsidio parental em portugal?
        trabalho a recibos verdes com poucos descontos, tenho direito a subsidio social parental depois do parto?

social-support-income = Rendimento Social de Inserção (RSI) e apoio social urgente
    .summary = O Rendimento Social de Inserção (RSI) é um apoio mensal da Segurança Social para pessoas e famílias em pobreza extrema, ligado a um plano para melhorar a sua situação. Em caso de emergência, como ficar sem casa ou sem comida, há apoio social urgente.
    .body =
        O RSI (Rendimento Social de Inserção) tem duas partes: um valor pago todos os meses e um contrato de inserção, com passos para sair da pobreza, como procurar trabalho, fazer cursos ou pôr os filhos na escola. Quem decide é a Segurança Social.

        ## Quem pode pedir
        - Quem vive legalmente em Portugal. Os cidadãos de fora da União Europeia precisam, em regra, de { $rsi-min-residence-years ->
            [one] { $rsi-min-residence-years } ano
           *[other] { $rsi-min-residence-years } anos
        } de residência legal. Os refugiados não precisam de cumprir este prazo. Este prazo é o indicado pela DECO Proteste em { $rsi-residence-source-date }; outras fontes dizem que não há prazo mínimo. Confirme na Segurança Social.
        - Quem tem rendimentos muito baixos e poucas poupanças ou bens, contando toda a família que vive consigo.
        - Em regra, maiores de idade. Há exceções, por exemplo para grávidas ou para quem tem filhos a cargo.
        - Quem pode trabalhar tem de estar inscrito no centro de emprego do IEFP.

        ## Quanto recebe
        O RSI completa os rendimentos da família até um valor de referência, que depende do número de pessoas. Esse valor é atualizado com o IAS ({ $ias }). Confirme o seu caso na Segurança Social.

        ## Passos
        1. Peça o RSI na Segurança Social Direta ou num serviço de atendimento da Segurança Social.
        2. Entregue os documentos de todas as pessoas da família.
        3. Vá à entrevista com o técnico de ação social.
        4. Assine o contrato de inserção e cumpra o que foi combinado.
        5. Avise a Segurança Social de qualquer mudança: trabalho, rendimentos, morada ou família.

        ## Documentos
        - Documentos de identificação e títulos de residência de todos.
        - NISS e NIF de todos.
        - Comprovativos de rendimentos e extratos bancários.
        - Contrato de arrendamento ou comprovativo de morada.
        - Comprovativo do IBAN.

        ## Apoio social urgente
        - Ficou sem casa, sem comida ou corre perigo: ligue para a Linha Nacional de Emergência Social, { $social-emergency-phone }, gratuita, a qualquer hora.
        - Pode pedir apoio ao serviço de ação social da Segurança Social, da câmara municipal ou da Junta de Freguesia. Em Lisboa, também à Santa Casa da Misericórdia.
        - Estes serviços podem dar apoios pontuais para comida, medicamentos ou renda, e encaminhá-lo para instituições de apoio social e bancos alimentares.
        - Em perigo de vida, ligue { $emergency-phone }.

        ## Residência e apoios sociais
        Se tem dúvidas sobre o efeito de um apoio social na renovação da sua autorização de residência, pergunte num CNAI ou à AIMA antes de decidir.

        Em { $social-benefits-bill-debate-date } o Parlamento discutiu um projeto de lei para exigir { $social-benefits-bill-years ->
            [one] { $social-benefits-bill-years } ano
           *[other] { $social-benefits-bill-years } anos
        } de residência legal a cidadãos de fora da União Europeia antes de receberem apoios como o RSI e o abono de família. Não encontrámos notícia de que tenha sido aprovado. Se ouvir falar de novas regras, confirme na Segurança Social.

        ## Custos
        Pedir o RSI ou apoio social não se paga.

        ## Se algo correr mal
        - Pedido recusado: peça a decisão por escrito e reclame no prazo indicado.
        - Dúvidas: Segurança Social, { $ss-phone } ou { $ss-phone-alt } ({ $ss-hours }).
        - Ajuda na sua língua: Linha de Apoio a Migrantes, { $lam-phone-landline } ou { $lam-phone-mobile }.
    .keywords = RSI, rsi, rendimento social de inserção, rendimento social de insercao, rendimento minimo, rendimento mínimo, rendimento mínimo garantido, bolsa família, bolsa familia, auxílio, auxilio, ajuda do governo, ajuda do estado, apoio social, ação social, acao social, assistente social, assistência social, pobreza, sem dinheiro, sem comida, fome, passar fome, sem casa, sem abrigo, sem-abrigo, morador de rua, emergência social, emergencia social, linha 144, { $social-emergency-phone }, banco alimentar, cabaz, cesta básica, cesta basica, santa casa, junta de freguesia, câmara municipal, camara, renda, contrato de inserção, segurança social, seguranca social, RSI requisitos, pedido de RSI, cantina social, refeições gratuitas, comida gratis, sopa dos pobres, instituição de solidariedade, caritas, misericórdia, dormir na rua, pessoa sem abrigo, desalojado, técnico de ação social
    .questions =
        rendimento social de inserção como pedir
        RSI imigrante tem direito
        não tenho dinheiro nem comida, a quem peço ajuda?
        apoio social urgente segurança social
        fiquei sem casa hoje, onde durmo?
        quanto é o RSI por pessoa
        cantina social e banco alimentar
        preciso de título de residência para o RSI?
        ajuda para família em pobreza
        RSI recusado o que fazer
        estou desempregado sem subsidio, nao tenho dinheiro pra comida nem pra conta da luz este mes, a quem recorro?
        imigrante com autorizaçao de residencia ha 1 ano pode pedir o RSI ou precisa de mais tempo?
        fui despejada e estou a dormir no carro com o meu filho, pra onde ligo hoje?
        como funciona o contrato de inserçao do RSI, o que tenho de cumprir?
        a junta de freguesia ou a camara podem ajudar a pagar uma renda em atraso ou medicamentos?
        onde ha banco alimentar ou cantina social em lisboa pra quem nao tem documentos?
        recebo RSI e arranjei um trabalho part-time, tenho de avisar a seguranca social?
