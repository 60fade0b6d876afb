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
    .keywords = linha de apoio a migrantes, linha de apoio ao migrante, linha de apoio ao imigrante, LAM, SOS imigrante, sos imigrante, linha sos imigrante, ACM, alto comissariado, telefone, número de telefone, numero de telefone, ligar, contacto, contato, ajuda, apoio, informação, informacao, tradutor, intérprete, interprete, tradução, traducao, na minha língua, minha lingua, idioma, línguas, linguas, inglês, ucraniano, russo, árabe, crioulo, CNAI, CNAIM, loja AIMA, helpline, hotline, mediador, mediadores, imigrante, imigrantes, migrantes, { $lam-phone-landline }, { $lam-phone-mobile }, linha de apoio aos migrantes, informações por telefone, falar com alguem, atendimento telefónico, serviço de tradução telefónica, STT, em frances, em espanhol, em romeno, em nepali, em hindi, em urdu, em bengali
    .questions =
        linha de apoio ao migrante número
        telefone para tirar dúvidas sobre imigração
        linha de apoio a migrantes horário
        número de telefone para falar em crioulo ou inglês sobre documentos
        a linha de apoio a migrantes faz marcação na AIMA?
        ligo do estrangeiro para a linha de apoio ao migrante
        quero informação sobre residência por telefone
        ninguém atende na linha de apoio ao migrante
        linha gratuita para imigrantes
        nao falo portugues e quero perguntar sobre o meu processo de residencia por telefone, ha uma linha em ingles ou russo?
        qual é o numero da linha de apoio ao migrante pra ligar de um telemovel?
        a que horas atende a linha de apoio a migrantes? ligo e esta sempre ocupado
        a linha de apoio aos migrantes pode explicar que documentos levo pro reagrupamento familiar?
        sou do nepal e falo pouco ingles, a linha tem tradutor na minha lingua?
        estou fora de portugal, consigo ligar pra linha de apoio ao imigrante do estrangeiro?
        a linha SOS imigrante ainda existe agora que o ACM acabou?

one-stop-shop-services = CNAI: centros de apoio a migrantes (lojas AIMA)
    .summary = Os CNAI (Centros Nacionais de Apoio à Integração de Migrantes) juntam no mesmo edifício vários serviços públicos para imigrantes. Há centros em Lisboa, no Porto, em Faro e em Beja; hoje dependem da AIMA e também são chamados "lojas AIMA".
    .body =
        Os CNAI (também escritos CNAIM) foram criados pelo antigo Alto Comissariado para as Migrações (ACM). Desde { $sef-abolished } dependem da AIMA (Agência para a Integração, Migrações e Asilo), que os chama também "lojas AIMA". A ideia é tratar de vários assuntos no mesmo sítio, com mediadores que falam várias línguas.

        ## Que serviços costumam ter
        Os serviços variam de centro para centro e mudaram com a passagem para a AIMA. No CNAI de Lisboa costumavam estar:
        - AIMA: autorizações de residência, renovações e reagrupamento familiar, só com marcação.
        - Segurança Social: NISS, descontos e apoios sociais.
        - ACT: informação sobre direitos no trabalho.
        - Conservatória dos Registos Centrais: pedidos de nacionalidade, com marcação.
        - Gabinetes da Saúde e da Educação: inscrição no SNS, matrícula das crianças, cursos de português.
        - Gabinetes de apoio jurídico, social, ao emprego e à habitação.

        Antes de ir, confirme pela Linha de Apoio a Migrantes quais destes serviços estão a funcionar no centro que escolheu.

        ## Onde ficam
        - Lisboa: { $cnai-lisboa-address }, perto das estações de metro Anjos e Intendente. Horário: { $cnai-lisboa-hours }.
        - Porto: CNAIM Norte. As moradas publicadas não coincidem: confirme-a pela Linha de Apoio a Migrantes antes de ir.
        - Faro: um balcão dentro da Loja do Cidadão.
        - Beja.
        - Noutras cidades há centros locais de apoio à integração de migrantes (CLAIM), em câmaras municipais e associações. Dão informação e ajudam a preparar pedidos.

        ## Como funciona o atendimento
        1. À entrada, diga na receção o que precisa de tratar. Recebe uma senha para o serviço certo.
        2. Espere que chamem o número da sua senha.
        3. Os assuntos da AIMA precisam de marcação. A marcação não se faz no balcão nem por telefone: é automática ou pedida pelo formulário { $aima-contact-form }.
        4. Chegue cedo: nos dias de muito movimento as senhas podem acabar antes da hora de fecho.

        ## O que levar
        - Passaporte ou título de residência.
        - NIF e NISS, se já os tiver.
        - As cartas e os papéis do seu assunto, e a mensagem da marcação, se tiver.
        - Se não fala português, pode pedir um mediador na sua língua ou o Serviço de Tradução Telefónica.

        ## Custos
        O atendimento não se paga. Paga só as taxas de cada pedido, por exemplo as taxas da AIMA.

        ## Se algo correr mal
        - Não conseguiu senha: volte noutro dia, mais cedo, ou trate do assunto por telefone ou pela internet, se for possível.
        - Desconfie de quem vende senhas, lugares na fila ou marcações: são gratuitas.
        - Informação na sua língua: Linha de Apoio a Migrantes, { $lam-phone-landline } (rede fixa) ou { $lam-phone-mobile } (telemóvel), { $lam-hours }.
    .keywords = CNAI, cnai, CNAIM, cnaim, loja AIMA, loja aima, lojas aima, centro nacional de apoio ao imigrante, centro de apoio ao imigrante, centro de apoio a migrantes, apoio ao imigrante, balcão único, balcao unico, loja do imigrante, loja do cidadão, loja do cidadao, CLAIM, claim, gabinete de apoio ao imigrante, Anjos, Intendente, Rua Álvaro Coutinho, alvaro coutinho, senha, tirar senha, horário, horario, morada, endereço, endereco, atendimento presencial, onde fica, Lisboa, Porto, Faro, Beja, ACM, mediador, tradutor, CNAIM Norte, CLAIM da camara, fila, filas, atendimento sem marcação, mediador cultural, gabinete juridico
    .questions =
        CNAI lisboa morada e horário
        loja AIMA porto
        centro nacional de apoio à integração de migrantes onde fica
        CNAI faro e beja
        o que posso tratar no CNAI
        preciso de marcação para ir ao CNAI?
        posso tratar NIF e segurança social no mesmo sítio?
        fui à loja da AIMA e não me atenderam sem agendamento
        o que levar ao CNAI
        fui ao CNAI dos anjos as 7 da manha e ja nao havia senhas, a que horas tenho de chegar?
        no CNAI posso tratar do NISS e da inscriçao no centro de saude no mesmo dia?
        moro em braga, ha algum centro de apoio a migrantes perto ou so em lisboa e porto?
        qual é a morada do CNAI do porto? encontro moradas diferentes na internet
        o CNAI tem gabinete de apoio juridico gratuito para imigrantes?
        alguem na fila do CNAI estava a vender senhas, isso é permitido?
        no CNAI de lisboa ha mediador que fala crioulo ou ingles?

driving-licence-exchange = Trocar a carta de condução estrangeira
    .summary = Quem vem viver para Portugal com uma carta de condução de fora da União Europeia tem, em regra, de a trocar por uma carta portuguesa no IMT (Instituto da Mobilidade e dos Transportes). As cartas de alguns países da CPLP e da OCDE podem ser usadas sem troca, com condições.
    .body =
        Quem trata das cartas de condução é o IMT (Instituto da Mobilidade e dos Transportes). As regras dependem do país que emitiu a sua carta.

        ## Cartas da União Europeia e do Espaço Económico Europeu
        Pode conduzir com a sua carta enquanto for válida. A troca não é obrigatória. Se a carta não tiver data de validade, pergunte ao IMT o que deve fazer.

        ## Cartas de países da CPLP e da OCDE
        Desde { $driving-cplp-oecd-since } pode conduzir em Portugal, mesmo sendo residente, com uma carta de Angola, Brasil, Cabo Verde, Moçambique ou São Tomé e Príncipe, ou de vários países da OCDE (por exemplo Estados Unidos, Canadá, Reino Unido, Suíça e Japão), sem a trocar. Condições:
        - a carta está válida e não está apreendida, suspensa ou cassada;
        - tem menos de { $driving-cplp-oecd-max-age } anos de idade;
        - não passaram mais de { $driving-cplp-oecd-licence-max-years } anos desde que a carta foi emitida ou renovada.

        Quando deixar de cumprir uma condição, tem de pedir a troca. Sem troca, a carta só vale para conduzir em Portugal. As cartas da Guiné-Bissau, de Timor-Leste e da Guiné Equatorial não estão neste regime.

        ## Outras cartas: prazos
        Vale para cartas de países que assinaram as convenções internacionais de trânsito ou têm acordo com Portugal:
        - Como visitante, pode conduzir com a carta estrangeira durante { $driving-tourist-days } dias depois de entrar, antes de fixar residência.
        - Depois de obter a autorização de residência, tem { $driving-exchange-days } dias para pedir a troca e pode conduzir durante esse tempo.
        - Passado esse prazo, ainda pode pedir a troca, mas não pode conduzir com a carta estrangeira.
        - Passados { $driving-exchange-exam-years ->
            [one] { $driving-exchange-exam-years } ano
           *[other] { $driving-exchange-exam-years } anos
        } sem pedir a troca, tem de fazer um exame de condução (prova prática).

        Se o seu país não está em nenhum destes casos, pergunte ao IMT que exames precisa de fazer.

        ## Passos
        1. Faça a avaliação médica. O médico envia o atestado pela plataforma eletrónica de atestados médicos.
        2. Se tem categorias de pesados, faça também a avaliação psicológica.
        3. Preencha o pedido de troca em { $imt-online-web } e junte os documentos.
        4. Guarde o comprovativo do pedido até receber a carta portuguesa.

        ## Documentos
        - Título de residência.
        - A carta de condução estrangeira.
        - Certificado de autenticidade da carta, passado pela entidade que a emitiu ou pelo consulado, com as categorias.
        - Tradução autenticada da carta, quando for pedida.
        - Se um advogado, solicitador ou agência tratar por si: a procuração.

        ## Custos
        Paga a taxa do IMT e a avaliação médica. Confirme os valores em { $imt-web }.

        ## Se algo correr mal
        - Passou o prazo: não conduza até ter a carta portuguesa. Conduzir sem carta válida em Portugal tem consequências graves.
        - Dúvidas: { $imt-web }, ou a Linha de Apoio a Migrantes, { $lam-phone-landline } ou { $lam-phone-mobile }.
    .keywords = carta de condução, carta de conducao, carta, carta de motorista, carteira de motorista, carteira de habilitação, carteira de habilitacao, CNH, cnh, habilitação, habilitacao, licença de condução, licenca de conducao, driving licence, troca de carta, trocar carta, trocar a carta, troca da carta brasileira, carta brasileira, carta angolana, carta cabo-verdiana, conduzir, guiar, dirigir, IMT, imt, IMTonline, imt online, atestado médico, atestado medico, exame de condução, exame de conducao, carta internacional, CPLP, OCDE, validar carta, reconhecer carta, carta de conduçao estrangeira, carta portuguesa, tirar carta em portugal, escola de condução, autoescola, auto escola, exame de codigo, exame pratico, guia de substituição, documento provisório da carta, certidão de autenticidade, atestado medico eletronico, conduzir com carta estrangeira, permissão internacional
    .questions =
        trocar carta de condução brasileira em portugal
        carteira de motorista do brasil vale em portugal?
        troca de carta IMT
        posso conduzir com a carta de angola?
        carta de condução estrangeira prazo para trocar
        quanto custa trocar a carteira de motorista
        sou do nepal, tenho de fazer exame de condução?
        carta de cabo verde é válida em portugal
        documentos para troca de carta de condução no IMT
        a minha carta caducou enquanto esperava a troca
        sou brasileiro com residencia ha 1 ano, ainda posso dirigir com a CNH do brasil ou ja tenho de trocar?
        pedi a troca da carta no IMT e deram-me uma guia em papel, posso conduzir no estrangeiro com ela?
        passou o prazo pra trocar a minha carta de angola, tenho de ir a escola de conduçao e fazer exame?
        onde consigo o certificado de autenticidade da carteira de motorista pedido pelo IMT?
        quanto tempo demora o IMT a enviar a carta portuguesa depois do pedido de troca?
        a minha carta é da india, posso trocar ou tenho de tirar a carta de novo em portugal?
        como turista posso alugar carro e conduzir com a carta do meu pais?
        o atestado medico para a troca de carta faço no centro de saude ou num medico privado?

bank-account = Abrir uma conta no banco
    .summary = Para abrir uma conta num banco em Portugal precisa, em regra, de um documento de identificação, do NIF e de um comprovativo de morada. Se não tem outra conta à ordem, tem direito a uma conta de serviços mínimos bancários, que custa no máximo { $bank-basic-account-max-fee } por ano.
    .body =
        Uma conta à ordem serve para receber o salário, pagar a renda e as contas da casa e usar cartão e MB WAY. O número da conta chama-se IBAN. Os bancos são supervisionados pelo Banco de Portugal.

        ## Documentos que os bancos pedem
        - Passaporte ou título de residência.
        - NIF (número de contribuinte).
        - Comprovativo de morada: contrato de arrendamento, fatura da luz, da água ou da internet, ou atestado de residência da Junta de Freguesia.
        - Informação sobre a sua profissão e a entidade patronal: o banco pode pedir o contrato de trabalho, um recibo de vencimento ou um comprovativo de estudante.

        Os bancos têm de identificar bem os clientes (regras contra o branqueamento de capitais). Cada banco decide que documentos aceita: alguns pedem autorização de residência, outros aceitam o passaporte com visto. Se um banco recusar, tente outro.

        ## Conta de serviços mínimos bancários
        - É uma conta à ordem de baixo custo: no total, o banco não pode cobrar mais de { $bank-basic-account-max-fee } por ano.
        - Inclui cartão de débito, depósitos, levantamentos, pagamentos, débitos diretos e transferências, algumas com limite de número por ano.
        - Pode pedi-la quem não tem outra conta à ordem em nenhum banco. Se já tem uma, pode convertê-la.
        - Os bancos que recebem depósitos são obrigados a oferecê-la.

        ## Passos
        1. Compare os bancos e as comissões. Pode ver os preçários no Portal do Cliente Bancário, { $bportugal-client-web }.
        2. Vá à agência com os documentos, ou abra a conta pela internet ou pela aplicação, se o banco o permitir.
        3. Preencha a ficha de abertura de conta e a declaração sobre o país onde paga impostos.
        4. Se quer a conta de serviços mínimos bancários, diga-o logo e peça-a por escrito.
        5. Guarde o contrato e o comprovativo do IBAN: vai precisar dele para o salário e para a Segurança Social.

        ## Custos
        As contas normais costumam ter comissão de manutenção, que varia de banco para banco. A conta de serviços mínimos tem o limite acima.

        ## Se algo correr mal
        - O banco recusou abrir a conta: peça o motivo por escrito e tente outro banco.
        - Quer reclamar: peça o Livro de Reclamações na agência ou reclame ao Banco de Portugal em { $bportugal-client-web }.
        - Nunca dê os códigos do cartão ou do homebanking por telefone, SMS ou e-mail. O banco não os pede.
        - Não aceite receber na sua conta dinheiro de outras pessoas para o passar a terceiros: pode ser um crime.
        - Ajuda na sua língua: Linha de Apoio a Migrantes, { $lam-phone-landline } ou { $lam-phone-mobile }.
    .keywords = conta bancária, conta bancaria, conta no banco, abrir conta, abrir conta no banco, abrir conta bancaria, conta à ordem, conta a ordem, conta corrente, conta-corrente, banco, bancos, IBAN, iban, NIB, cartão multibanco, cartao multibanco, cartão de débito, cartao de debito, multibanco, MB WAY, mbway, serviços mínimos bancários, servicos minimos bancarios, conta de serviços mínimos, conta low cost, conta barata, conta sem comissões, conta sem comissoes, conta base, comissões, comissoes, banco de portugal, homebanking, conta salário, conta salario, banco não abre conta, banco nao abre conta, sem residência, sem residencia, bank account, abrir conta sem NIF, abrir conta com passaporte, conta para estrangeiros, banco online, conta digital, ActivoBank, Millennium, CGD, caixa geral de depositos, Santander, Novo Banco, Revolut, wise, transferencia internacional, receber salario, comprovativo de IBAN, fatura da luz, livro de reclamações banco, fraude bancaria, golpe MB WAY, phishing
    .questions =
        abrir conta no banco sem residencia
        conta bancária para imigrante
        quais documentos o banco pede para abrir conta
        conta serviços mínimos bancários
        banco recusou abrir conta porque não tenho título de residência
        abrir conta com passaporte e NIF
        preciso de conta portuguesa para receber salário
        quanto custa manter uma conta no banco
        abrir conta online no banco em portugal
        o banco pede comprovativo de morada e eu não tenho
        ainda estou no brasil, consigo abrir conta num banco portugues online antes de mudar?
        o banco pede contrato de trabalho e comprovativo de morada e eu ainda nao tenho, ha algum banco que aceite so passaporte e NIF?
        o patrao quer o meu IBAN pra pagar o salario, serve uma conta revolut ou tem de ser PT?
        estao a cobrar comissao de manutençao todo mes na minha conta, posso mudar para a conta de servicos minimos bancarios?
        o banco recusou abrir conta sem dizer porque, onde reclamo?
        recebi uma SMS do banco a pedir os codigos do MB WAY, é golpe?
        um conhecido pediu pra receber dinheiro na minha conta e passar pra outra pessoa, tem problema?
