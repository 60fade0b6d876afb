# Habitação: arrendar casa, direitos do inquilino, apoios à habitação e atestado de residência.

renting-a-home = Arrendar casa
    .summary = Para arrendar casa ou quarto faça sempre um contrato de arrendamento escrito. O senhorio tem de comunicar o contrato às Finanças e passar recibo de cada renda. A lei limita a caução e as rendas pagas adiantadas, e proíbe recusar uma casa por causa da nacionalidade ou da origem.
    .body =
        Arrendar é alugar uma casa ou um quarto ao dono (o senhorio). Não precisa de autorização de residência para arrendar, mas vai precisar de número de contribuinte (NIF).

        ## Antes de assinar
        - Visite a casa. Veja se há água, luz, humidade ou janelas partidas e tire fotografias.
        - Peça o documento de identificação do senhorio e confirme que é o dono ou que tem autorização do dono para arrendar.
        - Desconfie de anúncios que pedem dinheiro antes de ver a casa ou de assinar o contrato.

        ## O contrato
        - O contrato de arrendamento deve ser escrito e assinado pelos dois. Fique com uma cópia assinada.
        - Deve indicar: nomes e NIF dos dois, morada, renda e dia de pagamento, duração, caução, e quem paga água, luz e gás.
        - Para habitação permanente, o contrato com prazo não pode ser inferior a { $housing-contract-min-years ->
            [one] { $housing-contract-min-years } ano
           *[other] { $housing-contract-min-years } anos
        }. A exceção são os arrendamentos temporários (por exemplo, por trabalho ou estudo), que o contrato tem de dizer.
        - No fim do prazo o contrato renova-se automaticamente, a não ser que alguém avise por escrito a tempo.

        ## O que o senhorio pode pedir
        - Uma caução de, no máximo, { $housing-deposit-max-rents ->
            [one] { $housing-deposit-max-rents } renda
           *[other] { $housing-deposit-max-rents } rendas
        }. É devolvida no fim do contrato se a casa ficar sem estragos.
        - Rendas adiantadas, por acordo escrito, até { $housing-rent-advance-max-months ->
            [one] { $housing-rent-advance-max-months } mês
           *[other] { $housing-rent-advance-max-months } meses
        }.
        - Estes dois limites vêm de uma alteração à lei para 2023, segundo notícias e advogados de novembro de 2022; algumas páginas mais recentes ainda citam as regras antigas (até três meses de rendas adiantadas e caução sem limite). Não encontrámos o texto atual da lei: se lhe pedirem mais, confirme no serviço de habitação da Câmara Municipal ou com um advogado.
        - Um fiador ou comprovativos de rendimentos.

        ## O que o senhorio não pode fazer
        - Recusar-lhe a casa por ser estrangeiro, pela cor da pele, origem ou religião: é discriminação, proibida por lei.
        - Ficar com o seu passaporte ou receber a renda sem passar recibo.

        ## Registo nas Finanças e recibos
        1. O senhorio comunica o contrato às Finanças (Autoridade Tributária e Aduaneira) e paga o imposto do selo.
        2. Todos os meses passa um recibo de renda, normalmente eletrónico, no Portal das Finanças ({ $at-web }).
        3. Guarde os recibos. Provam a sua morada (AIMA, centro de saúde, escola), contam no IRS e são pedidos nos apoios à renda.
        4. Se o senhorio não comunicar o contrato, o inquilino também o pode comunicar às Finanças. Pergunte como num Serviço de Finanças.

        ## Custos
        O imposto do selo do contrato é pago pelo senhorio. Se uma agência imobiliária lhe pedir uma comissão, peça fatura.

        ## Se algo correr mal
        - O senhorio não quer fazer contrato nem passar recibos: sem contrato registado é difícil provar a morada e pedir apoios. Informe-se nas Finanças, pelo { $at-phone }.
        - Recusaram-lhe a casa por ser estrangeiro: guarde anúncios e mensagens e veja como apresentar queixa por discriminação.
        - Para ajuda na sua língua, ligue para a Linha de Apoio a Migrantes: { $lam-phone-landline } ou { $lam-phone-mobile }.
    .keywords = arrendar, arrendamento, arrendar casa, alugar casa, aluguel, aluguer, alugar quarto, quarto, casa, apartamento, apartamento para alugar, renda, aluguel mensal, contrato de arrendamento, contrato de aluguel, contrato, senhorio, proprietário, proprietario, dono da casa, inquilino, arrendatário, arrendatario, caução, caucao, calção, depósito, deposito, rendas adiantadas, fiador, fiadora, recibo de renda, recibos de renda, recibo eletronico, imposto do selo, registar contrato nas financas, registo do contrato, contrato registado, imobiliária, imobiliaria, comissão, idealista, olx, burla, golpe, discriminação, não arrendam a estrangeiros, nao aceitam imigrantes, certificado energético, caução de 2 meses, devolução da caução, deposito de garantia, rendas antecipadas, sem fiador, fiador portugues, contrato verbal, comunicar contrato as financas, landlord, anuncio falso
    .questions =
        como alugar apartamento em portugal sendo imigrante
        arrendar casa sem fiador
        o senhorio pede 6 meses adiantados, isso é legal?
        contrato de arrendamento precisa ser registado nas finanças?
        o senhorio nao quer passar recibo da renda
        alugar quarto em lisboa sem contrato é perigoso?
        proprietário recusou alugar porque sou brasileiro, pode fazer isso?
        quanto de caução o dono da casa pode pedir
        preciso de contrato de arrendamento para o atestado de residência e para a AIMA
        estou a procurar casa e pedem NIF e fiador português, o que faço?
        vi um apartamento no idealista e o dono pediu pra transferir a caução antes de ver a casa, pode ser golpe?
        a imobiliaria pede 2 meses de caução, 2 rendas adiantadas e fiador, o maximo que a lei deixa é quanto?
        sai da casa e a senhoria nao quer devolver a caução dizendo que tinha estragos, o que faço?
        alugo um quarto sem contrato e sem recibo, posso pedir ao senhorio pra fazer contrato escrito?
        a senhoria nao declara a renda nas financas e nao me passa recibo eletronico, isso é problema pra mim?
        que deve constar no contrato de arrendamento, quem paga agua luz e gas?
        sou estrangeiro sem titulo de residencia, posso assinar contrato de arrendamento so com o NIF e passaporte?

tenant-rights-eviction = Direitos do inquilino e despejo
    .summary = O senhorio não pode pô-lo fora de casa por conta própria: trocar a fechadura, cortar a água ou a luz, ou tirar as suas coisas é ilegal. Para acabar o contrato ou subir a renda tem de avisar por escrito e com antecedência, e um despejo só pode acontecer por decisão do Balcão do Arrendatário e do Senhorio ou de um tribunal.
    .body =
        Estes direitos valem para quem tem contrato de arrendamento. Se não tem contrato escrito, guarde tudo o que prova que vive na casa e paga renda: transferências, mensagens, recibos.

        ## Os seus direitos
        - Viver na casa em sossego enquanto o contrato dura e paga a renda.
        - Receber recibo de cada renda.
        - Reparações: o senhorio tem de fazer as obras necessárias (telhado, canos, humidade grave). Peça-as por escrito.
        - O assédio no arrendamento é proibido: ameaças, cortes de água ou luz, ou obras feitas para o obrigar a sair.

        ## Aumento da renda
        - Se o contrato não disser outra coisa, a renda só sobe uma vez por ano e até ao coeficiente de atualização publicado todos os anos no Diário da República.
        - O senhorio tem de avisar por escrito, com pelo menos { $housing-rent-update-notice-days ->
            [one] { $housing-rent-update-notice-days } dia
           *[other] { $housing-rent-update-notice-days } dias
        } de antecedência, dizendo a nova renda e como a calculou.
        - Se o aumento não cumpre estas regras, pode recusá-lo por escrito. Continue a pagar a renda antiga e peça ajuda.

        ## Quando o contrato acaba
        - Se o senhorio não quiser renovar o contrato, tem de o dizer por carta registada com aviso de receção. Numa casa de habitação permanente, o aviso tem de chegar pelo menos { $housing-landlord-notice-days ->
            [one] { $housing-landlord-notice-days } dia
           *[other] { $housing-landlord-notice-days } dias
        } antes do fim do contrato, e mais cedo nos contratos longos.
        - Em regra, o contrato dura pelo menos { $housing-contract-guaranteed-years ->
            [one] { $housing-contract-guaranteed-years } ano
           *[other] { $housing-contract-guaranteed-years } anos
        } desde a assinatura, mesmo que o senhorio se oponha à primeira renovação. A exceção principal é o senhorio precisar da casa para ele ou para um filho viver.
        - O inquilino também pode sair, avisando por escrito com a antecedência que a lei e o contrato indicam.

        ## Despejo
        1. O senhorio não pode despejar sozinho. Precisa de um título do Balcão do Arrendatário e do Senhorio (BAS) ou de uma decisão de um tribunal.
        2. Se receber uma notificação do BAS, tem { $housing-eviction-opposition-days ->
            [one] { $housing-eviction-opposition-days } dia
           *[other] { $housing-eviction-opposition-days } dias
        } para sair ou para se opor. A oposição é feita por um advogado: peça logo apoio judiciário na Segurança Social.
        3. Se deixar de pagar a renda durante meses, o senhorio pode acabar o contrato. Pagar a dívida depressa pode evitar o despejo.
        4. Em situações graves (doença, deficiência, crianças, falta de alternativa) pode pedir que a saída seja adiada (diferimento da desocupação).

        ## Onde pedir ajuda
        - Advogado gratuito: apoio judiciário, pedido na Segurança Social.
        - Informação sobre arrendamento: Portal da Habitação ({ $housing-portal-web }) e o serviço de habitação da Câmara Municipal.
        - Trocaram a fechadura, tiraram as suas coisas ou ameaçaram-no: chame a PSP ou a GNR. Em perigo, ligue { $emergency-phone }.
        - Se ficar sem casa: Linha Nacional de Emergência Social, { $social-emergency-phone }.
        - Para ajuda na sua língua: Linha de Apoio a Migrantes, { $lam-phone-landline } ou { $lam-phone-mobile }.
    .keywords = despejo, despejar, despejado, ordem de despejo, ação de despejo, acao de despejo, BAS, balcão do arrendatário, balcao do arrendatario e do senhorio, BNA, balcão nacional do arrendamento, inquilino, direitos do inquilino, arrendatário, senhorio, dono da casa, expulso de casa, mandar embora, me mandou sair, tenho de sair de casa, trocou a fechadura, cortou a água, cortou a luz, aumento da renda, aumentar a renda, subiu a renda, atualização de renda, coeficiente, fim do contrato, não renovar contrato, nao renova o contrato, oposição à renovação, carta do senhorio, aviso prévio, pré-aviso, pre aviso, assédio, assedio, obras, humidade, renda em atraso, dívida de renda, sem casa, sem abrigo, sem-abrigo, advogado, despejo ilegal, proprietaria, despejo por falta de pagamento, ação de despejo no tribunal, notificação do BAS, diferimento da desocupação, subir a renda, aumentar o aluguel, limite de aumento da renda, vendeu a casa, casa vendida, venda da casa, novo dono, prazo para sair, carta registada, aviso de receção, reparações, infiltração, bolor, cortaram a agua
    .questions =
        senhorio quer me despejar o que fazer
        dono da casa trocou a fechadura com as minhas coisas dentro
        o senhorio cortou a luz e a agua para eu sair
        aumento da renda quanto pode subir
        recebi carta para sair de casa em 30 dias, é legal?
        contrato acabou e o proprietario não quer renovar
        despejo sem tribunal é possível?
        balcão do arrendatário e do senhorio o que é
        o senhorio entra em casa sem avisar
        estou atrasado com a renda, ele pode me pôr na rua?
        o dono da casa vendeu o apartamento e o novo proprietario quer que eu saia ja, tenho de sair antes do contrato acabar?
        o senhorio mandou mensagem no whatsapp a dizer que a renda sobe 150 euros no mes que vem, isso vale sem carta?
        tenho bolor e infiltraçao no quarto ha meses e o senhorio nao faz obras, posso deixar de pagar a renda?
        recebi uma notificaçao do balcao do arrendatario e do senhorio, quantos dias tenho pra me opor?
        o meu contrato de arrendamento é de 1 ano, o senhorio pode nao renovar logo no primeiro ano?
        quero sair da casa antes do fim do contrato, com quanto tempo tenho de avisar o senhorio?
        tenho filhos pequenos e recebi ordem de despejo, posso pedir mais tempo pra sair?
        o senhorio ameaça tirar as minhas coisas de casa se eu nao sair esta semana, chamo a policia?

housing-support = Apoios à habitação e à renda
    .summary = Há programas públicos que ajudam a pagar a renda ou dão acesso a casas com renda mais baixa: Porta 65, Arrendamento Acessível, habitação municipal e apoios de emergência da Segurança Social. Quase todos pedem título de residência, NIF, contrato registado nas Finanças e IRS entregue.
    .body =
        Os programas nacionais são do IHRU (Instituto da Habitação e da Reabilitação Urbana), no Portal da Habitação ({ $housing-portal-web }). A habitação social é da Câmara Municipal; o apoio de emergência, da Segurança Social.

        ## Principais apoios
        - Porta 65 Jovem: ajuda mensal para pagar parte da renda, para jovens até aos { $housing-porta65-max-age ->
            [one] { $housing-porta65-max-age } ano
           *[other] { $housing-porta65-max-age } anos
        }.
        - Porta 65+: ajuda à renda para quem perdeu uma parte importante do rendimento e para famílias monoparentais.
        - Apoio extraordinário à renda: pago todos os meses pela Segurança Social a alguns inquilinos cuja renda pesa muito no rendimento. Não se faz candidatura: conta o contrato comunicado às Finanças e o IRS entregue. Nem todos os contratos estão abrangidos.
        - Programa de Arrendamento Acessível: casas com renda abaixo do mercado, para famílias dentro de limites de rendimento.
        - Habitação municipal (habitação social ou renda apoiada): casas da Câmara com renda calculada pelo rendimento da família. As listas de espera são longas.
        - 1.º Direito: programa das câmaras para famílias que vivem sem condições, por exemplo em barracas ou casas sobrelotadas.
        - Emergência: a Segurança Social pode dar um apoio pontual ou alojamento temporário a quem fica sem casa.

        ## Quem pode pedir
        - Em geral: quem vive em Portugal com título de residência válido, com NIF e, em muitos casos, NISS.
        - Quem tem contrato de arrendamento escrito e comunicado às Finanças, e recibos de renda.
        - Quem tem rendimentos dentro dos limites de cada programa.
        - Sem título de residência, a maioria destes programas não está disponível, mas pode pedir apoio de emergência.

        ## Passos
        1. Garanta que o seu contrato está comunicado às Finanças e que recebe recibos de renda.
        2. Entregue a declaração de IRS todos os anos, mesmo com rendimentos baixos.
        3. Veja no Portal da Habitação que programas existem, as condições e os prazos de candidatura.
        4. Faça a candidatura no portal, ou peça ajuda no serviço de habitação da Câmara Municipal. É aí também que se inscreve para habitação municipal.

        ## Documentos a preparar
        - Passaporte e título de residência.
        - NIF e NISS.
        - Contrato de arrendamento e recibos de renda.
        - Declaração de IRS e nota de liquidação.
        - Documentos das pessoas que vivem consigo e, se pedido, atestado de residência.

        ## Custos
        Candidatar-se não se paga. Desconfie de quem lhe cobre para "conseguir" uma casa social.

        ## Se algo correr mal
        - Candidatura recusada: leia o motivo. Normalmente pode responder por escrito dentro do prazo indicado na decisão.
        - Ficou sem casa ou vai ficar: ligue para a Linha Nacional de Emergência Social, { $social-emergency-phone }, ou vá aos serviços da Segurança Social ({ $ss-phone }).
        - Para ajuda na sua língua: Linha de Apoio a Migrantes, { $lam-phone-landline } ou { $lam-phone-mobile }.
    .keywords = apoio à renda, apoio a renda, apoio renda, subsídio de renda, subsidio de renda, subsídio de arrendamento, ajuda para pagar a renda, ajuda renda, porta 65, porta65, porta 65 jovem, porta 65+, apoio extraordinário à renda, apoio extraordinario renda, arrendamento acessível, arrendamento acessivel, renda acessível, renda acessivel, habitação social, habitacao social, casa social, bairro social, casa da câmara, casa da camara, câmara municipal, camara municipal, renda apoiada, 1.º direito, primeiro direito, IHRU, portal da habitação, portal da habitacao, sem casa, sem abrigo, sem-abrigo, despejada, emergência social, emergencia social, { $social-emergency-phone }, segurança social, seguranca social, auxílio moradia, auxilio aluguel, bolsa aluguel, casa barata, apoio de 200 euros, ajuda com aluguel, habitação a custo controlado, candidatura porta 65, programa de arrendamento acessível, PAA
    .questions =
        porta 65 como candidatar
        ajuda para pagar renda imigrante
        apoio ao arrendamento segurança social
        casa da camara habitação social como pedir
        renda acessivel programa para estrangeiros
        fiquei sem casa com os meus filhos, há apoio urgente para pagar a renda?
        tenho título de residência e ganho pouco, posso ter ajuda na renda?
        subsídio de renda precisa do IRS entregue?
        habitação municipal lista de espera
        o apoio extraordinario a renda caiu na minha conta sem eu pedir, sou estrangeiro, tenho direito?
        tenho 28 anos e pago 700 euros de renda, o porta 65 jovem aceita imigrantes com titulo de residencia?
        como me inscrevo para habitaçao social na camara municipal e quanto tempo demora?
        o meu contrato nao esta registado nas financas, posso pedir apoio a renda assim?
        ha ajuda pra pagar a caução e a primeira renda quando se muda de casa?
        ganho salario minimo e a renda leva metade, que programas de apoio a habitaçao existem?
        tenho autorizacao de residencia ha pouco tempo e ainda nao entreguei IRS, posso concorrer ao arrendamento acessivel?

address-certificate = Atestado de residência (Junta de Freguesia)
    .summary = O atestado de residência é um documento da Junta de Freguesia que confirma onde vive. É pedido no centro de saúde, na escola, na AIMA e noutros serviços. A Junta não o pode recusar só porque ainda não tem autorização de residência.
    .body =
        O atestado de residência (ou "atestado de morada") é passado pela Junta de Freguesia da zona onde vive. Confirma a sua morada e, se pedir, há quanto tempo vive lá.

        ## Para que serve
        - Inscrever-se no centro de saúde e ter número de utente, sobretudo sem autorização de residência.
        - Provar o alojamento num processo na AIMA.
        - Matricular os filhos na escola.
        - Mudar a morada nas Finanças, abrir conta no banco ou pedir apoios sociais.

        ## Quem pode pedir
        Qualquer pessoa que viva na freguesia, portuguesa ou estrangeira. O Provedor de Justiça já lembrou que as Juntas não podem recusar o atestado por a pessoa não ter título de residência.

        ## Como provar que vive lá
        A Junta passa o atestado quando alguém da Junta conhece a situação ou quando há outra prova. As mais usadas são:
        - contrato de arrendamento ou faturas de água, luz ou internet em seu nome;
        - declaração do senhorio ou da pessoa que o aloja, com cópia do documento de identificação dela;
        - o testemunho de { $address-certificate-witnesses ->
            [one] { $address-certificate-witnesses } eleitor recenseado
           *[other] { $address-certificate-witnesses } eleitores recenseados
        } na freguesia, que confirmam que vive lá;
        - para quem não tem casa, uma declaração do técnico de ação social que o acompanha.

        ## Passos
        1. Descubra qual é a sua Junta de Freguesia: pergunte na Câmara Municipal ou procure a sua morada no sítio da Câmara.
        2. Vá à Junta. Algumas aceitam o pedido pela internet ou só com marcação.
        3. Preencha o requerimento e diga para que serve o atestado, por exemplo "para inscrição no centro de saúde" ou "para a AIMA".
        4. Entregue as provas de morada. As testemunhas vão consigo ou assinam uma declaração.
        5. Levante o atestado: na hora ou alguns dias depois, conforme a Junta.

        ## Documentos a levar
        - Passaporte, título de residência ou outro documento de identificação.
        - NIF, se já tiver.
        - As provas de morada.
        - Para um atestado de toda a família: os documentos de cada pessoa.

        ## Custos e validade
        - Cada Junta fixa o seu preço; nalgumas é gratuito. Pergunte antes.
        - O serviço que pede o atestado pode exigir que seja recente. Peça-o pouco antes de precisar.
        - Para ter acesso ao SNS sem autorização de residência, peça que o atestado diga que vive em Portugal há mais de { $health-undocumented-min-days ->
            [one] { $health-undocumented-min-days } dia
           *[other] { $health-undocumented-min-days } dias
        }, se for o caso.

        ## Se algo correr mal
        - Recusaram o atestado: peça a recusa por escrito, com o motivo. Pode reclamar na própria Junta ou apresentar queixa, gratuita, ao Provedor de Justiça.
        - Não conhece eleitores da freguesia: pergunte que outras provas a Junta aceita.
        - Para ajuda na sua língua: Linha de Apoio a Migrantes, { $lam-phone-landline } ou { $lam-phone-mobile }.
    .keywords = atestado de residência, atestado de residencia, atestado de morada, atestado da junta, atestado junta de freguesia, comprovativo de morada, comprovante de residência, comprovante de endereço, comprovante de endereco, comprovativo de residencia, prova de morada, junta de freguesia, junta, freguesia, declaração de morada, declaracao de residencia, testemunhas, eleitores, recenseados, morada, endereço, endereco, atestado para a aima, atestado para o centro de saude, atestado para a escola, sem contrato, moro num quarto, provedor de justiça, certidão de residência, certidao de residencia, atestado com testemunhas, duas testemunhas, morada fiscal, atestado para o sns, atestado de residencia gratis
    .questions =
        atestado de residencia junta de freguesia como tirar
        comprovativo de morada para a AIMA
        a junta pede testemunhas para o atestado de residência
        declaração de morada sem contrato de arrendamento
        a junta de freguesia recusou o atestado porque não tenho título de residência
        atestado de residencia quanto custa e validade
        moro num quarto sem contrato, como provo a minha morada?
        preciso de atestado de morada para inscrever no centro de saúde
        dois eleitores recenseados como testemunhas, o que é isso
        comprovante de residencia portugal
        moro num quarto e o senhorio nao quer dar declaraçao, como tiro o atestado de residencia na junta?
        a junta pediu duas testemunhas recenseadas na freguesia e eu nao conheço ninguem, o que faço?
        o atestado de residencia da junta custa quanto e quanto tempo dura a validade?
        o centro de saude pede atestado da junta a dizer que moro em portugal ha mais de 90 dias, como peço isso?
        posso pedir o atestado de residencia online ou tenho de ir à junta de freguesia?
        a morada no meu NIF é diferente da casa onde vivo, a junta passa o atestado assim mesmo?
        a junta recusou o atestado a quem ainda espera a AIMA, posso queixar-me ao provedor de justiça?
