# Saúde: número de utente, centro de saúde, urgências e linha SNS 24.

sns-user-number = Número de utente do SNS
    .summary = O número de utente dá acesso ao Serviço Nacional de Saúde (SNS): consultas no centro de saúde, médico de família, vacinas e receitas. Pede-se no centro de saúde da zona onde vive, também sem autorização de residência. Os cuidados urgentes nunca são recusados, mesmo sem número de utente.
    .body =
        O número de utente é o seu número no Serviço Nacional de Saúde (SNS). Com ele pode marcar consultas no centro de saúde, pedir médico de família, fazer vacinas, receber receitas e usar o SNS 24 na internet ({ $sns24-web }) e na aplicação.

        ## Quem pode pedir
        - Quem vive em Portugal e tem autorização ou título de residência.
        - Quem vive em Portugal e ainda não tem autorização de residência, ou espera pela AIMA. Neste caso a inscrição pode ser temporária, até apresentar o título de residência.
        - Crianças, qualquer que seja a situação dos pais.

        ## Passos
        1. Descubra qual é o centro de saúde (ou a Unidade de Saúde Familiar, USF) da zona da sua morada. Pode perguntar na Junta de Freguesia ou ao SNS 24, pelo { $sns24-phone }.
        2. Vá ao balcão de atendimento (secretariado clínico) desse centro de saúde e peça a inscrição como utente.
        3. Mostre os documentos e confirme que os seus dados e a morada ficam certos.
        4. Guarde o papel com o número de utente.
        5. Peça também um médico de família. Se não houver médico livre, fica em lista de espera, mas pode ter consultas no centro de saúde.

        ## Documentos a levar
        - Passaporte ou título de residência. Se tiver, leve também o comprovativo do pedido na AIMA.
        - Comprovativo de morada: contrato de arrendamento ou atestado de residência da Junta de Freguesia. Sem autorização de residência, o atestado da Junta é o documento mais pedido.
        - Para uma criança: o documento da criança e o de um dos pais.

        ## Custos
        - A inscrição não se paga.
        - As consultas no centro de saúde não pagam taxa moderadora.
        - Quem ainda não tem autorização de residência pode, em alguns casos, ter de pagar cuidados que não são urgentes. Pergunte no balcão antes da consulta.

        ## A urgência nunca é recusada
        Numa emergência ligue { $emergency-phone } ou vá à urgência do hospital. Os cuidados urgentes não são recusados a ninguém: nem a quem não tem número de utente, nem a quem não tem documentos ou autorização de residência.

        ## Se algo correr mal
        - Recusaram a inscrição: peça o motivo por escrito e o nome do serviço. Volte com o atestado de residência da Junta de Freguesia.
        - Peça ajuda à Linha de Apoio a Migrantes, { $lam-phone-landline } ou { $lam-phone-mobile }, ou num CNAI.
        - Pode também escrever no Livro de Reclamações do centro de saúde.
        - Mudou de casa: peça a transferência da inscrição para o centro de saúde da nova zona.
    .keywords = número de utente, numero de utente, nº de utente, n utente, utente, cartão de utente, cartao de utente, SNS, sns, serviço nacional de saúde, servico nacional de saude, saúde, saude, centro de saúde, centro de saude, centro saude, posto de saúde, posto de saude, USF, médico de família, medico de familia, inscrição, inscricao, inscrever no centro de saude, SUS, cartão SUS, cartao do sus, consulta, médico, medico, doutor, vacinas, receita, sem papéis, sem papeis, sem documentos, atestado da junta

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
    .keywords = { $emergency-phone }, emergência, emergencia, urgência, urgencia, urgências, urgencias, ambulância, ambulancia, INEM, inem, SNS 24, sns24, sns 24, saúde 24, saude 24, linha de saúde, linha saude, { $sns24-phone }, hospital, pronto socorro, pronto-socorro, SAMU, bombeiros, polícia, policia, febre, dor, doente, criança doente, crianca doente, médico à noite, medico a noite, triagem, taxa moderadora, quanto custa a urgência, numero de emergencia, número de emergência, enfermeiro, linha de saude, 911, acidente
