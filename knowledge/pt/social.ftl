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
    .keywords = NIF, nif, número de contribuinte, numero de contribuinte, contribuinte, número fiscal, numero fiscal, número de identificação fiscal, numero de identificacao fiscal, finanças, financas, AT, autoridade tributária, repartição de finanças, reparticao das financas, portal das finanças, portal das financas, e-balcão, ebalcao, e balcao, representante fiscal, representante legal, procuração, procuracao, senha das finanças, senha financas, CPF, tax number, NIF online, tirar nif, pedir nif, fazer nif, nif sem residencia, IRS, loja do cidadão, loja do cidadao

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
    .keywords = NISS, niss, NIS, número da segurança social, numero da seguranca social, numero de seguranca social, segurança social, seguranca social, seg social, segurança social direta, seguranca social direta, SSD, descontos, contribuições, contribuicoes, inscrição na segurança social, inscricao seguranca social, cidadão estrangeiro, cidadao estrangeiro, pedido de niss, niss online, tirar niss, INSS, previdência, previdencia, carreira contributiva, recibos verdes, trabalhador independente, chave móvel digital, chave movel digital, baixa, reforma
