# Saúde: número de utente, centro de saúde, urgências e linha SNS 24.

sns-user-number = Número de utente do SNS
    .summary = O número de utente identifica-o no Serviço Nacional de Saúde (SNS). Segundo a Entidade Reguladora da Saúde (ERS), em { $health-ers-faq-date }, é atribuído a quem contacta uma unidade do SNS, também a quem não tem autorização de residência, mas nesse caso o registo fica "em curso" ou "incompleto" e alguns cuidados podem ser cobrados. A urgência, a gravidez, as crianças, as vacinas e as doenças contagiosas são atendidas em qualquer situação.
    .body =
        O número de utente (Número Nacional de Utente) é o seu número no SNS. Com ele marca consultas no centro de saúde, pede médico de família, faz vacinas, recebe receitas e usa o SNS 24 na internet ({ $sns24-web }) e na aplicação.

        ## O que dizem as regras hoje
        - O número é dado pelo Registo Nacional de Utentes (RNU). As regras do RNU foram mudadas pelo Despacho n.º 14830/2024, de { $health-rnu-rules-date }.
        - Em abril de 2025, uma notícia disse que a inscrição passou a exigir autorização de residência. A ERS explica de outra forma nas suas perguntas frequentes de { $health-ers-faq-date }: o registo é feito quando a pessoa contacta uma unidade do SNS, com um mínimo de dados (nome, sexo, data de nascimento, país de nacionalidade e de naturalidade).
        - Com autorização de residência válida e morada em Portugal, o registo fica "atualizado": tem acesso nas mesmas condições que os portugueses e pode pedir médico de família.
        - Sem autorização de residência válida, o registo fica "em curso" ou "incompleto". Tem número de utente, mas pode ter de pagar cuidados fora da lista abaixo.
        - Uma associação (Humans Before Borders, março de 2025) diz que quem não regularizar a situação em { $health-rnu-pending-limit-days ->
            [one] { $health-rnu-pending-limit-days } dia
           *[other] { $health-rnu-pending-limit-days } dias
        } pode perder o acesso. Não encontrámos isto num texto oficial: pergunte no centro de saúde ou à ERS.

        ## Atendidos em qualquer situação
        Segundo a ERS, estes cuidados são garantidos com ou sem autorização de residência:
        - urgência e emergência;
        - gravidez, parto e planeamento familiar;
        - crianças e jovens menores;
        - vacinas e doenças contagiosas (saúde pública).

        ## Passos
        1. Descubra qual é o centro de saúde (ou a Unidade de Saúde Familiar, USF) da zona da sua morada. Pode perguntar na Junta de Freguesia ou ao SNS 24, pelo { $sns24-phone }.
        2. Vá ao balcão de atendimento (secretariado clínico) e peça a inscrição como utente.
        3. Mostre os documentos e confirme que os seus dados e a morada ficam certos. Pergunte que tipo de registo ficou: "atualizado", "em curso" ou "incompleto".
        4. Guarde o papel com o número de utente.
        5. Se tem autorização de residência, peça também médico de família. Se não houver médico livre, fica em lista de espera.

        ## Documentos a levar
        - Passaporte ou título de residência. Se tiver, o comprovativo do pedido na AIMA.
        - NIF e NISS, se os tiver.
        - Comprovativo de morada: contrato de arrendamento ou atestado de residência da Junta de Freguesia. Sem autorização de residência, leve o atestado que diga que vive em Portugal há mais de { $health-undocumented-min-days ->
            [one] { $health-undocumented-min-days } dia
           *[other] { $health-undocumented-min-days } dias
        }.
        - Para uma criança: o documento da criança e o de um dos pais.

        ## Custos
        - A inscrição não se paga.
        - Com registo "atualizado", as consultas no centro de saúde não pagam taxa moderadora.
        - Com registo "em curso" ou "incompleto", os cuidados fora da lista acima podem ser cobrados. O que se paga não está claro: em { $health-ers-clarification-date } a ERS pediu ao Ministério da Saúde que o esclarecesse, e não encontrámos resposta. Pergunte no balcão antes de uma consulta que não é urgente.

        ## Os serviços de saúde e a AIMA
        Não encontrámos nenhuma regra que mande os centros de saúde ou os hospitais avisar a AIMA ou a polícia da situação de residência de um doente, nem um texto oficial que diga que nunca o fazem. Os profissionais de saúde estão obrigados ao sigilo. Em março de 2025, uma associação alertou que as novas regras do RNU permitem partilhar dados com outras entidades, sem dizer quais. Se tem dúvidas, pergunte no centro de saúde, ao SNS 24, à ERS ou num CNAI. Numa emergência, não deixe de ir à urgência.

        ## Se algo correr mal
        - Recusaram a inscrição: peça o motivo por escrito e o nome do serviço. Escreva no Livro de Reclamações ou apresente queixa à ERS.
        - Peça ajuda à Linha de Apoio a Migrantes, { $lam-phone-landline } ou { $lam-phone-mobile }, ou num CNAI.
        - Mudou de casa: peça a transferência da inscrição para o centro de saúde da nova zona.
    .keywords = número de utente, numero de utente, nº de utente, n utente, utente, cartão de utente, cartao de utente, NNU, RNU, registo nacional de utentes, SNS, sns, serviço nacional de saúde, servico nacional de saude, saúde, saude, centro de saúde, centro de saude, centro saude, posto de saúde, posto de saude, USF, médico de família, medico de familia, inscrição, inscricao, inscrever no centro de saude, SUS, cartão SUS, cartao do sus, consulta, médico, medico, doutor, vacinas, receita, sem papéis, sem papeis, sem documentos, sem autorização de residência, sem autorizacao de residencia, atestado da junta, registo em curso, registo incompleto, registo atualizado, AIMA, denúncia, denuncia, sus portugues, utente provisorio
    .questions =
        numero de utente como tirar
        como conseguir número de utente sem autorização de residência
        tenho NIF e NISS, como faço para ter numero de utente do SNS?
        numero de saude em portugal, onde peço
        registo em curso no SNS o que significa
        cheguei com visto e quero me inscrever no centro de saude, que documentos preciso?
        sou brasileiro com titulo de residencia, tenho direito ao SNS de graça?
        o numero do utente serve para ir ao hospital publico?
        o centro de saúde vai passar os meus dados para a AIMA?
        porque me cobraram a consulta se tenho numero de utente provisório
        acabei de chegar com visto de residencia e ainda nao tenho o cartao da aima, ja posso ter numero de utente?
        como tiro o cartao do SUS aqui em portugal, é no posto de saude?
        o meu numero de utente ficou provisorio, como passo a registo atualizado depois de receber o titulo de residencia?
        pra inscrever no sns o centro de saude pediu atestado da junta e contrato de arrendamento, é obrigatorio?
        recusaram-me o numero de utente no centro de saude porque nao tenho autorizacao de residencia, onde reclamo?
        o meu filho de 3 anos precisa de numero de utente proprio? como faço a inscriçao dele?
        mudei de lisboa pro porto, tenho de fazer nova inscriçao no sns ou transferir o numero de utente?
        perdi o papel com o numero de utente, como descubro qual é?

emergency-and-sns24 = Emergências ({ $emergency-phone }) e linha SNS 24
    .summary = Numa emergência em que a vida está em risco ligue { $emergency-phone }: é gratuito. Para um problema de saúde que não é uma emergência ligue primeiro para o SNS 24, { $sns24-phone }: um profissional de saúde avalia o caso e diz-lhe o que fazer e onde ir.
    .body =
        ## Quando ligar { $emergency-phone }
        O { $emergency-phone } é o Número Europeu de Emergência. Ligue quando a vida de alguém está em perigo:
        - dificuldade grave em respirar, dor forte no peito, desmaio, convulsões ou hemorragia que não para;
        - sinais de AVC: boca ao lado, fraqueza de um lado do corpo, dificuldade em falar;
        - acidentes graves, incêndios, agressões ou um crime a acontecer.

        A chamada é gratuita e pode ser feita de qualquer telemóvel, mesmo sem saldo. O { $emergency-phone } envia a ambulância do INEM, os bombeiros ou a polícia.

        ## O que dizer ao { $emergency-phone }
        1. O que aconteceu e quantas pessoas precisam de ajuda.
        2. Onde está: morada, localidade e pontos de referência.
        3. O número de telefone de onde liga.
        4. Responda às perguntas, fale devagar e não desligue até lhe dizerem.

        ## SNS 24: quando não é emergência
        - Febre, vómitos, dores, uma ferida pequena, uma criança doente ou dúvidas sobre medicamentos: ligue para o SNS 24, { $sns24-phone }. Atende a qualquer hora, todos os dias.
        - Um profissional de saúde faz a triagem e diz-lhe o que fazer: tratar-se em casa, ir ao centro de saúde ou ir à urgência. Se for preciso, encaminha-o.
        - Pode ligar mesmo que ainda não tenha número de utente.
        - O SNS 24 também tem um sítio na internet ({ $sns24-web }) e uma aplicação.

        ## Ir à urgência do hospital
        - Em situações graves vá logo, ou ligue { $emergency-phone }.
        - À chegada há uma triagem: os casos mais graves são atendidos primeiro. Os casos leves podem esperar muitas horas.
        - Leve um documento de identificação, o número de utente se o tiver, e a lista dos medicamentos que toma.
        - Muitos hospitais têm urgência própria para crianças (urgência pediátrica).

        ## Custos
        - Ligar para o { $emergency-phone } é gratuito.
        - Na urgência do hospital só paga taxa moderadora se for por sua iniciativa, sem ser encaminhado pelo SNS 24, pelo INEM ou pelo centro de saúde, e se não ficar internado. Por isso, quando não é grave, ligue primeiro para o SNS 24.
        - Quem não está inscrito no SNS pode receber mais tarde uma fatura.
        - Os cuidados urgentes nunca são recusados, com ou sem documentos, com ou sem autorização de residência.

        ## Se algo correr mal
        - Se acha que foi mal atendido, peça o Livro de Reclamações no hospital ou no centro de saúde.
        - Se não tem médico nem número de utente, veja como se inscrever no centro de saúde.
    .keywords = { $emergency-phone }, emergência, emergencia, urgência, urgencia, urgências, urgencias, ambulância, ambulancia, INEM, inem, SNS 24, sns24, sns 24, saúde 24, saude 24, linha de saúde, linha saude, { $sns24-phone }, hospital, pronto socorro, pronto-socorro, SAMU, bombeiros, polícia, policia, febre, dor, doente, criança doente, crianca doente, médico à noite, medico a noite, triagem, taxa moderadora, quanto custa a urgência, numero de emergencia, número de emergência, enfermeiro, linha de saude, 911, acidente, pronto atendimento, upa, chamar ambulancia, pulseira, triagem de manchester, encaminhamento sns 24
    .questions =
        numero de emergencia em portugal
        112 é gratis?
        quando ligar sns 24 e quando ir a urgencia
        linha saude 24 numero
        meu filho está com febre alta de noite, o que faço, ligo para onde?
        não falo bem português, posso ligar para o 112 na minha língua?
        quanto custa ir à urgência do hospital sem ser encaminhado
        ambulancia em portugal como chamar
        o que dizer quando ligo para o 112
        dor no peito forte devo ir ao hospital ou ligar
        a minha filha de 2 anos ta com febre de 39 a meia noite, ligo pro sns 24 ou vou direto a urgencia?
        qual é o numero do samu em portugal? no brasil era 192
        fui a urgencia do hospital sem ligar antes pro sns24 e cobraram taxa, isso é normal?
        nao tenho saldo no telemovel, consigo ligar pro 112 mesmo assim?
        esperei 8 horas na urgencia com pulseira verde, é sempre assim?
        o sns 24 atende em ingles ou outra lingua se eu nao falar bem portugues?
        o meu vizinho desmaiou na rua, o que digo quando ligo pro 112?

family-doctor = Médico de família e centro de saúde
    .summary = O médico de família acompanha a sua saúde e a da sua família no centro de saúde da zona onde vive. Para o ter, inscreva-se no centro de saúde com o número de utente e peça médico de família. Se não houver vaga, fica em lista de espera, mas continua a poder ser atendido.
    .body =
        O centro de saúde é a porta de entrada no Serviço Nacional de Saúde (SNS). Pode chamar-se USF (Unidade de Saúde Familiar) ou UCSP e faz parte da Unidade Local de Saúde (ULS) da sua zona. Lá tem uma equipa de família: médico de família e enfermeiro de família.

        ## O que faz o médico de família
        - Consultas quando está doente e consultas de rotina.
        - Receitas e renovação de receitas de medicamentos que toma sempre.
        - Pedidos de análises e exames, e envio para um especialista no hospital.
        - Baixa médica (certificado de incapacidade temporária) quando não pode trabalhar.
        - Acompanhamento da gravidez, consultas das crianças, vacinas e planeamento familiar.

        ## Quem pode ter
        - Quem vive em Portugal e está inscrito no centro de saúde da zona da sua morada.
        - Em regra, para ter médico de família atribuído é preciso a inscrição completa, com autorização de residência válida e morada em Portugal.
        - Quem ainda não tem autorização de residência também é atendido no centro de saúde, com regras próprias.

        ## Passos
        1. Peça o número de utente, se ainda não tem.
        2. No balcão (secretariado clínico) do centro de saúde da sua morada, peça a inscrição na unidade e um médico de família.
        3. Confirme a morada, o telemóvel e o e-mail: é por aí que chegam os avisos.
        4. Se não houver médico livre, fica inscrito em lista de espera. Entretanto, para um problema de saúde, peça uma consulta do dia (consulta aberta ou de recurso) no centro de saúde.
        5. Marque consultas no balcão, pelo telefone do centro de saúde, no sítio do SNS 24 ({ $sns24-web }) ou na aplicação SNS 24.

        ## Documentos a levar
        - Número de utente, passaporte ou título de residência.
        - Comprovativo de morada: contrato de arrendamento ou atestado de residência da Junta de Freguesia.
        - NIF e NISS, se já os tiver.
        - Para os filhos: os documentos e o boletim de vacinas de cada criança.

        ## Custos
        - Inscrever-se e ter médico de família não se paga.
        - As consultas no centro de saúde não pagam taxa moderadora.
        - Na farmácia paga a parte dos medicamentos que o SNS não comparticipa.

        ## Se algo correr mal
        - Precisa de ajuda e não consegue consulta: ligue para o SNS 24, { $sns24-phone }. Numa emergência, { $emergency-phone }.
        - Quer reclamar: use o Livro de Reclamações ou o gabinete do cidadão da ULS.
        - Mudou de morada: peça a transferência da inscrição para o centro de saúde da nova zona.
        - Não fala bem português: leve alguém de confiança ou ligue para a Linha de Apoio a Migrantes, { $lam-phone-landline } ou { $lam-phone-mobile }.
    .keywords = médico de família, medico de familia, médico de familia, medico familia, médica de família, clínico geral, clinico geral, centro de saúde, centro de saude, posto de saúde, posto de saude, USF, UCSP, ULS, unidade de saúde familiar, enfermeiro de família, inscrição no centro de saúde, inscrever no centro de saude, lista de espera, sem médico de família, sem medico de familia, utente sem médico, marcar consulta, marcação de consulta, consulta, consulta do dia, consulta aberta, receita, renovar receita, baixa médica, baixa medica, atestado médico, CIT, SNS, sns, SNS 24, app sns24, UBS, unidade básica de saúde, postinho, doutor, mudar de médico, transferir centro de saúde, médico de família atribuído, falta de medico de familia, consulta de recurso, receita crónica, certificado de incapacidade temporária, USF modelo B
    .questions =
        como ter medico de familia
        inscrever no centro de saude
        não tenho médico de família, estou em lista de espera, posso ser atendido?
        como marcar consulta no centro de saúde
        medico de familia para imigrante sem residencia
        quanto custa uma consulta no centro de saúde
        mudei de casa, como troco de centro de saude
        preciso de receita de medicamento mas nao tenho medico de familia
        o centro de saúde diz que não há vagas para médico, o que posso fazer?
        USF ou UCSP qual a diferença para me inscrever
        estou ha 2 anos em lista de espera pra medico de familia, ha alguma forma de acelerar?
        como marco consulta no centro de saude pela app do sns24 ou tenho de ir la cedo?
        preciso renovar a receita do remedio da tensão e nao tenho medico de familia atribuido, onde vou?
        fiquei doente e preciso de baixa medica pro trabalho, o centro de saude passa mesmo sem medico de familia?
        nao gosto do meu medico de familia, posso pedir pra mudar de medico na mesma USF?
        consulta aberta ou do dia no centro de saude, como funciona pra quem nao tem medico?
        o medico de familia pode me encaminhar pra um especialista no hospital?

health-without-papers = Saúde sem autorização de residência
    .summary = Sem autorização de residência pode usar o Serviço Nacional de Saúde (SNS) e ter número de utente, com registo "em curso" ou "incompleto" (Entidade Reguladora da Saúde, { $health-ers-faq-date }). A urgência, a gravidez e o parto, as crianças, as vacinas e as doenças contagiosas são atendidas em qualquer situação; outros cuidados podem ser cobrados. Não encontrámos regra que mande os serviços de saúde avisar a AIMA.
    .body =
        A Lei de Bases da Saúde inclui entre os beneficiários do SNS os migrantes, com ou sem situação regularizada. A ERS repetiu-o nas suas perguntas frequentes de { $health-ers-faq-date }. Ninguém pode ficar sem cuidados urgentes.

        ## O que mudou e o que está por esclarecer
        - As regras do Registo Nacional de Utentes (RNU) mudaram com o Despacho n.º 14830/2024, de { $health-rnu-rules-date }. Em abril de 2025, uma notícia disse que a inscrição passou a exigir autorização de residência.
        - Segundo a ERS (agosto de 2025), o número de utente continua a ser dado a quem contacta uma unidade do SNS. Sem autorização de residência válida, o registo fica "em curso" ou "incompleto".
        - Em { $health-restriction-bill-date }, o Parlamento aprovou um projeto para limitar o acesso ao SNS de estrangeiros sem residência legal. Não encontrámos essa lei publicada. Se ouvir falar de novas regras, confirme na ERS ou no centro de saúde.
        - O que se paga não está claro: em { $health-ers-clarification-date } a ERS pediu ao Ministério da Saúde que esclarecesse o acesso e os pagamentos de quem não tem autorização de residência nem atestado da Junta, e não encontrámos resposta.

        ## Cuidados garantidos
        Segundo a ERS e as orientações do Ministério da Saúde que ela cita, estes cuidados são dados com ou sem autorização de residência:
        - cuidados urgentes e emergências;
        - gravidez, parto e pós-parto, e planeamento familiar;
        - cuidados a crianças e jovens menores;
        - vacinas e doenças contagiosas que são um perigo para a saúde pública, como a tuberculose ou o VIH;
        - cuidados a pessoas em exclusão social ou com carência económica confirmada pela Segurança Social.

        ## Outros cuidados
        - Consultas e exames fora desta lista podem ser cobrados pelos preços do SNS. A fatura pode chegar mais tarde.
        - Com atestado da Junta de Freguesia de que vive em Portugal há mais de { $health-undocumented-min-days ->
            [one] { $health-undocumented-min-days } dia
           *[other] { $health-undocumented-min-days } dias
        }, as regras do RNU isentam de pagamento os "cuidados urgentes e vitais". O que isto abrange não está definido.
        - Antes de uma consulta que não é urgente, pergunte no balcão se vai pagar.

        ## Passos
        1. Peça um atestado de residência na Junta de Freguesia.
        2. Vá ao centro de saúde da zona onde vive e peça o registo como utente. Pergunte que tipo de registo ficou e guarde o número de utente.
        3. Se tem um pedido pendente na AIMA, leve o comprovativo e mostre-o no balcão.
        4. Numa emergência, vá à urgência do hospital ou ligue { $emergency-phone }, com ou sem documentos.

        ## Documentos a levar
        - Passaporte ou outro documento de identificação. Sem documento, diga na mesma o seu nome e data de nascimento: a urgência não espera por papéis.
        - Atestado de residência da Junta de Freguesia.
        - Comprovativo do pedido na AIMA, se tiver.
        - Se não tem meios para pagar: uma declaração de carência económica da Segurança Social.

        ## Os serviços de saúde e a AIMA
        - Não encontrámos nenhuma regra que mande os centros de saúde ou os hospitais avisar a AIMA ou a polícia da situação de residência de um doente, nem um texto oficial que diga que nunca o fazem.
        - Os médicos, enfermeiros e outros profissionais de saúde estão obrigados ao sigilo, e os seus dados de saúde são protegidos.
        - Em março de 2025, uma associação (Humans Before Borders) alertou que as novas regras do RNU permitem partilhar dados com outras entidades, sem dizer quais.
        - Se tem dúvidas, pergunte no centro de saúde, ao SNS 24 ({ $sns24-phone }), à ERS ou num CNAI. Não deixe de procurar cuidados urgentes por medo.

        ## Se algo correr mal
        - Recusaram-lhe atendimento: peça o motivo por escrito, escreva no Livro de Reclamações ou apresente queixa à ERS.
        - Recebeu uma fatura que não consegue pagar: fale com os serviços do hospital e com a Segurança Social.
        - Para ajuda na sua língua: Linha de Apoio a Migrantes, { $lam-phone-landline } ou { $lam-phone-mobile }, ou um CNAI.
    .keywords = sem papéis, sem papeis, sem documentos, indocumentado, ilegal, irregular, situação irregular, situacao irregular, sem autorização de residência, sem autorizacao de residencia, sem titulo de residencia, sem visto, visto caducado, à espera da AIMA, a espera da aima, processo pendente, imigrante ilegal, posso ir ao médico, posso ir ao medico, posso ir ao hospital, hospital, centro de saúde, centro de saude, SNS, sns, número de utente, numero de utente, tenho de pagar, pagar consulta, fatura hospital, conta do hospital, denunciar, denúncia, denuncia, polícia, policia, AIMA descobre, o hospital avisa a AIMA, sigilo, sigilo médico, segredo médico, atestado da junta, registo em curso, registo incompleto, número de utente provisório, urgência, urgencia, grávida, gravida, vacinas, tuberculose, HIV, VIH, sida, SUS, saúde gratuita, saude de graça, saúde para imigrantes ilegais, consulta paga, cobrança hospital, estrangeiro sem residencia, turista doente, visto vencido, overstay, quimioterapia, doença crónica, diabetes
    .questions =
        sou ilegal posso ir ao hospital
        sem papeis tenho direito a saude em portugal
        estou sem autorizacao de residencia e fiquei doente, vão me cobrar no hospital?
        o hospital avisa a AIMA se eu não tenho documentos?
        tenho manifestação de interesse pendente, posso usar o SNS?
        imigrante indocumentado vacinas e consultas gratis
        estou grávida e sem documentos, posso ter o bebé no hospital público?
        tratamento de HIV ou tuberculose sem visto
        visto de turista vencido e preciso de médico
        me cobraram uma fatura no hospital e não tenho dinheiro, o que fazer
        estou ilegal em portugal ha um ano e tenho diabetes, consigo tratamento no centro de saude ou tenho de pagar tudo?
        fui atendido na urgencia sem autorizaçao de residencia e mandaram uma fatura pra casa de 300 euros, tenho de pagar?
        com manifestaçao de interesse pendente na aima conto como utente com registo em curso ou incompleto?
        o medico pode chamar a policia se souber que estou sem papeis?
        preciso de uma cirurgia que nao é urgente e nao tenho titulo de residencia, o SNS faz ou cobra?
        os meus filhos nao tem documentos, podem ser vistos no centro de saude de graça?
        o meu visto de turista acabou e tenho uma doença cronica, que atestado da junta preciso pra ser atendido?

pregnancy-and-children-health = Gravidez e saúde das crianças
    .summary = Na gravidez, as consultas no centro de saúde, as análises, as ecografias e o parto num hospital do SNS são assegurados, também a quem não tem autorização de residência. As vacinas do Programa Nacional de Vacinação são gratuitas e as crianças têm consultas regulares no centro de saúde.
    .body =
        A saúde das grávidas e das crianças é uma prioridade do Serviço Nacional de Saúde (SNS). Estes cuidados não dependem da situação dos pais perante a AIMA.

        ## Na gravidez
        1. Logo que souber que está grávida, vá ao centro de saúde da sua zona e peça a consulta de vigilância da gravidez.
        2. Recebe o Boletim de Saúde da Grávida: leve-o a todas as consultas, exames e ao parto.
        3. Consultas, análises e ecografias fazem parte do acompanhamento. Algumas ecografias são feitas em clínicas com acordo com o SNS, com a requisição do centro de saúde.
        4. O centro de saúde pode dar-lhe um cheque-dentista para ir ao dentista durante a gravidez.
        5. O parto é feito num hospital do SNS. Antes de ir à urgência de obstetrícia, se não for uma emergência, ligue para o SNS 24 ({ $sns24-phone }), que tem atendimento para grávidas e lhe diz a que hospital ir.

        Se trabalha, tem direito a faltar ao trabalho para as consultas da gravidez sem perder o salário. Avise a entidade patronal e peça uma declaração no centro de saúde.

        ## Depois do nascimento
        - Registe o bebé no prazo de { $birth-registration-days ->
            [one] { $birth-registration-days } dia
           *[other] { $birth-registration-days } dias
        }: no hospital, se tiver o balcão Nascer Cidadão, ou numa Conservatória do Registo Civil.
        - Nos primeiros dias de vida é feito o "teste do pezinho", uma análise de sangue para detetar doenças raras.
        - Marque a primeira consulta do bebé no centro de saúde e peça o número de utente dele.
        - Apoios em dinheiro, como o abono pré-natal e o subsídio parental, pedem-se à Segurança Social.

        ## Vacinas
        - As vacinas do Programa Nacional de Vacinação são gratuitas para todas as crianças e adultos, tenham ou não autorização de residência. Dão-se no centro de saúde.
        - Leve os registos de vacinas do seu país: o enfermeiro vê o que falta e atualiza o boletim.

        ## Saúde das crianças
        - As crianças têm consultas de saúde infantil regulares no centro de saúde, com o médico e o enfermeiro de família, mesmo quando estão bem.
        - Leve sempre o Boletim de Saúde Infantil e Juvenil.
        - Criança doente: ligue para o SNS 24. Muitos hospitais têm urgência pediátrica.

        ## Custos
        - Acompanhamento da gravidez, parto, consultas das crianças e vacinas do programa nacional não se pagam, com ou sem autorização de residência.
        - Na farmácia pode ter de pagar uma parte dos medicamentos receitados.

        ## Se algo correr mal
        - Recusaram-lhe a consulta: peça o motivo por escrito e escreva no Livro de Reclamações ou à Entidade Reguladora da Saúde (ERS).
        - Numa emergência, na gravidez ou com uma criança, ligue { $emergency-phone }.
        - Para ajuda na sua língua: Linha de Apoio a Migrantes, { $lam-phone-landline } ou { $lam-phone-mobile }.
    .keywords = gravidez, grávida, gravida, estou grávida, estou gravida, gestante, gestação, pré-natal, pre natal, pré natal, prenatal, consulta de gravidez, vigilância da gravidez, ecografia, ecografias, ultrassom, ultrassonografia, ecografia gratuita, análises, exames, parto, dar à luz, ter o bebé, ter o bebe, maternidade, obstetrícia, obstetricia, urgência obstétrica, sns grávida, boletim da grávida, cheque-dentista, cheque dentista, bebé, bebe, bebê, recém-nascido, recem nascido, nenem, neném, teste do pezinho, registar o bebé, registo de nascimento, nascer cidadão, certidão de nascimento, vacinas, vacina, vacinação, vacinacao, boletim de vacinas, caderneta de vacinação, cartão de vacina, PNV, plano nacional de vacinação, pediatra, pediatria, urgência pediátrica, criança doente, filho doente, saúde infantil, puericultura, consulta do bebé, planeamento familiar, pílula, contraceção, aborto, IVG, abono pré-natal, licença parental, acompanhamento pré-natal, gravidez de risco, ecografia morfologica, parto normal, cesariana, maternidade publica, depois do parto, puerperio, amamentação, vacinas em atraso, BCG, pediatra do centro de saude
    .questions =
        gravida sem documentos tenho direito a consultas
        acompanhamento da gravidez no centro de saúde
        ecografias na gravidez são gratis no SNS?
        vacinas obrigatórias para crianças em portugal
        plano nacional de vacinação meu filho veio do brasil
        parto no hospital publico quanto custa para estrangeira
        consultas de rotina do bebé no centro de saúde
        pediatra para meu filho, como marcar
        depois do parto, como registar o bebé e ter número de utente
        meu filho está com vacinas atrasadas, onde pode vacinar?
        descobri que estou gravida de 8 semanas e acabei de chegar a portugal, como começo o pre natal no posto de saude?
        sou gravida sem autorizaçao de residencia, vou ter de pagar o parto na maternidade?
        as ecografias do primeiro trimestre sao pagas ou o centro de saude da credencial?
        o meu bebe nasceu ha 1 semana, quando é a primeira consulta e o teste do pezinho?
        trouxe o cartao de vacinas do brasil, o centro de saude completa as vacinas que faltam no plano portugues?
        as vacinas das crianças sao obrigatorias pra matricular na escola?
        tenho cheque-dentista pra gravida? e as crianças tambem tem dentista gratis?
        quero fazer planeamento familiar e tomar a pilula, é gratis no centro de saude?
