# Cidadania: nacionalidade portuguesa por naturalização, filhos nascidos em Portugal e prova de português.

naturalisation = Nacionalidade portuguesa por naturalização
    .summary = A naturalização é pedida ao IRN, numa Conservatória. Pela lei que estava em vigor em { $nationality-law-status-date }, pode pedi-la quem é maior de idade, vive legalmente em Portugal há pelo menos { $naturalisation-residence-years ->
            [one] { $naturalisation-residence-years } ano
           *[other] { $naturalisation-residence-years } anos
        }, prova que sabe português (nível A2) e não tem condenações graves. A lei está a ser alterada: confirme as regras antes de fazer o pedido.
    .body =
        A nacionalidade portuguesa por naturalização é concedida pelo Ministério da Justiça. Quem recebe e trata os pedidos é o IRN (Instituto dos Registos e do Notariado), através das Conservatórias.

        ## A lei está a mudar
        - Em { $nationality-law-status-date } continuava em vigor a regra de { $naturalisation-residence-years ->
            [one] { $naturalisation-residence-years } ano
           *[other] { $naturalisation-residence-years } anos
        } de residência legal.
        - Em { $nationality-reform-approved } o Parlamento aprovou uma reforma que exigia { $nationality-reform-years-cplp ->
            [one] { $nationality-reform-years-cplp } ano
           *[other] { $nationality-reform-years-cplp } anos
        } aos nacionais de países de língua portuguesa (CPLP) e { $nationality-reform-years-other ->
            [one] { $nationality-reform-years-other } ano
           *[other] { $nationality-reform-years-other } anos
        } aos outros, contados só a partir do título de residência.
        - Em { $nationality-tc-ruling } o Tribunal Constitucional declarou inconstitucionais algumas normas dessa reforma e o Presidente da República vetou-a. Uma nova votação no Parlamento estava prevista a partir de { $nationality-revote-scheduled }.
        - Antes de pedir, confirme no IRN ({ $irn-web }) que regras se aplicam hoje.

        ## Quem pode pedir (lei em vigor em { $nationality-law-status-date })
        - Quem é maior de idade ou emancipado.
        - Quem vive legalmente em Portugal há pelo menos { $naturalisation-residence-years ->
            [one] { $naturalisation-residence-years } ano
           *[other] { $naturalisation-residence-years } anos
        }. Conta também o tempo de espera desde o pedido da primeira autorização de residência, se esta foi concedida.
        - Quem conhece suficientemente o português (nível A2). Quem é natural e nacional de um país de língua oficial portuguesa, em regra, não precisa de o provar.
        - Quem não foi condenado, com sentença definitiva, por crime punível com pena de prisão de { $naturalisation-crime-max-years ->
            [one] { $naturalisation-crime-max-years } ano
           *[other] { $naturalisation-crime-max-years } anos
        } ou mais.
        - Quem não é considerado uma ameaça para a segurança nacional.

        ## Passos
        1. Reúna os documentos. Os documentos estrangeiros precisam de legalização (Apostila de Haia ou consulado) e de tradução, se não estiverem em português.
        2. Entregue o pedido numa Conservatória do Registo Civil ou na Conservatória dos Registos Centrais. Muitas pedem marcação. Um advogado ou solicitador também pode fazer o pedido por si pela internet.
        3. Pague a taxa e guarde o número do processo.
        4. Acompanhe o processo e responda depressa se lhe pedirem mais documentos.
        5. Se for aprovado, o IRN regista a nacionalidade. Depois pode pedir o cartão de cidadão.

        ## Documentos
        - Requerimento (impresso do IRN), assinado.
        - Certidão de nascimento.
        - Registo criminal do país da sua nacionalidade e dos países onde viveu. O registo criminal português é obtido pelo IRN.
        - Certificado de português de nível A2, se tiver de o provar.
        - Passaporte e título de residência.

        ## Custos e prazos
        A taxa do pedido é de { $nationality-fee } (confirme o valor atual no IRN). A decisão pode demorar muito tempo.

        ## Se algo correr mal
        - Se o pedido for recusado, pode contestar a decisão. Peça apoio jurídico à Segurança Social se não puder pagar um advogado.
        - Desconfie de quem promete a nacionalidade depressa a troco de dinheiro.
        - Ajuda na sua língua: Linha de Apoio a Migrantes, { $lam-phone-landline } ou { $lam-phone-mobile }.
    .keywords = nacionalidade, nacionalidade portuguesa, naturalização, naturalizacao, naturalizar, cidadania, cidadania portuguesa, ser português, ser portugues, passaporte português, passaporte portugues, cartão de cidadão, cartao de cidadao, tirar a nacionalidade, pedir nacionalidade, pedido de nacionalidade, nacionalidade por tempo de residência, nacionalidade por tempo de residencia, cidadania por tempo de residencia, anos de residência, anos de residencia, nova lei da nacionalidade, lei da nacionalidade, IRN, irn, conservatória, conservatoria, registos centrais, dupla nacionalidade, dupla cidadania, requerimento nacionalidade, processo de nacionalidade, quanto custa a nacionalidade, taxa nacionalidade

nationality-children-born-here = Nacionalidade dos filhos nascidos em Portugal
    .summary = Nascer em Portugal não dá sempre a nacionalidade portuguesa. Pela lei que estava em vigor em { $nationality-law-status-date }, o filho de pais estrangeiros é português de origem se, quando nasceu, um dos pais vivia legalmente em Portugal ou vivia cá há pelo menos { $nationality-birth-parent-residence-years ->
            [one] { $nationality-birth-parent-residence-years } ano
           *[other] { $nationality-birth-parent-residence-years } anos
        }. Se não for, pode mais tarde pedir a naturalização. Trata-se no IRN.
    .body =
        Uma criança nascida em Portugal, filha de pais estrangeiros, pode ser portuguesa desde o nascimento ou pedir a nacionalidade mais tarde. Depende da situação dos pais. Quem trata é o IRN (Instituto dos Registos e do Notariado), nas Conservatórias do Registo Civil.

        ## A lei está a mudar
        A reforma da lei da nacionalidade aprovada pelo Parlamento em { $nationality-reform-approved } tornava estas regras mais exigentes: por exemplo, um dos pais teria de ter título de residência há { $nationality-reform-birth-parent-years ->
            [one] { $nationality-reform-birth-parent-years } ano
           *[other] { $nationality-reform-birth-parent-years } anos
        }. Em { $nationality-law-status-date } essa reforma ainda não estava em vigor. Confirme no IRN ({ $irn-web }) as regras de hoje.

        ## Português de origem (lei em vigor em { $nationality-law-status-date })
        A criança é portuguesa desde o nascimento se:
        - nasceu em Portugal;
        - os pais não estão cá ao serviço do seu país (por exemplo, diplomatas);
        - quando nasceu, um dos pais vivia legalmente em Portugal, ou vivia cá, mesmo sem título de residência, há pelo menos { $nationality-birth-parent-residence-years ->
            [one] { $nationality-birth-parent-residence-years } ano
           *[other] { $nationality-birth-parent-residence-years } anos
        };
        - os pais não declaram que não querem que a criança seja portuguesa.

        ## Passos
        1. Registe o nascimento no hospital, se tiver balcão Nascer Cidadão, ou numa Conservatória do Registo Civil.
        2. No registo, mostre o título de residência do pai ou da mãe. Se não tiver título, pergunte que provas de residência são aceites.
        3. Se a nacionalidade não ficou no registo, pode pedi-la depois numa Conservatória.
        4. Com a nacionalidade registada, peça o cartão de cidadão da criança.

        ## Naturalização de crianças nascidas cá
        Se a criança não ficou portuguesa ao nascer, pode pedir a naturalização enquanto for menor, se no momento do pedido:
        - um dos pais vive em Portugal, mesmo sem título, há pelo menos { $nationality-minor-parent-residence-years ->
            [one] { $nationality-minor-parent-residence-years } ano
           *[other] { $nationality-minor-parent-residence-years } anos
        }; ou
        - um dos pais tem residência legal; ou
        - a criança frequentou em Portugal pelo menos { $nationality-minor-school-years ->
            [one] { $nationality-minor-school-years } ano
           *[other] { $nationality-minor-school-years } anos
        } de jardim de infância ou de escola.

        ## Documentos
        - Documentos de identificação e títulos de residência dos pais.
        - Provas de morada e de residência (contratos, atestado da Junta de Freguesia, registos na Segurança Social), se os pais não têm título.
        - Para a naturalização: certidão de nascimento da criança e certificado da escola, se for o caso.

        ## Custos
        O registo de nascimento feito no prazo legal é gratuito. O pedido de naturalização tem uma taxa: confirme o valor no IRN.

        ## Se algo correr mal
        - Se a Conservatória não aceitar as suas provas, peça o motivo por escrito.
        - Ajuda na sua língua: Linha de Apoio a Migrantes, { $lam-phone-landline } ou { $lam-phone-mobile }, ou num CNAI.
    .keywords = filho nascido em portugal, filho nascido em Portugal, bebé nascido em portugal, bebe nascido em portugal, bebê, nasceu em portugal, nacionalidade do filho, nacionalidade para filhos, nacionalidade do bebé, cidadania do filho, cidadania para bebe, filho português, filho portugues, criança portuguesa, registo de nascimento, registro de nascimento, certidão de nascimento, certidao de nascimento, nascer cidadão, nascer cidadao, conservatória, conservatoria, IRN, cartão de cidadão do filho, cartao de cidadao bebe, naturalização de menores, naturalizacao menor, ius soli, pais estrangeiros, filhos de imigrantes

portuguese-language-test = Prova de português (A2) para a nacionalidade
    .summary = Para pedir a nacionalidade por naturalização é preciso provar que sabe português de nível A2. Serve a prova feita numa escola pública, o exame CIPLE, um certificado de curso de português de nível A2 de uma entidade pública ou um certificado escolar português. Quem é natural e nacional de um país de língua portuguesa, em regra, não precisa.
    .body =
        O nível pedido é o A2 do Quadro Europeu Comum de Referência para as Línguas: compreender e usar o português em situações simples do dia a dia. O mesmo certificado serve para a autorização de residência permanente.

        ## Formas de provar
        - Prova do Conhecimento da Língua Portuguesa para Aquisição da Nacionalidade (PaN), organizada pelo IAVE (Instituto de Avaliação Educativa) e feita em escolas públicas. No estrangeiro, faz-se em locais acreditados pelo Camões.
        - Certificado CIPLE, um exame de português como língua estrangeira de nível A2, do CAPLE (Universidade de Lisboa), feito em centros de exame em Portugal e no estrangeiro.
        - Certificado de nível A2 ou superior de um curso de Português Língua de Acolhimento (PLA), passado por uma escola pública, um centro do IEFP ou um Centro Qualifica.
        - Certificado de uma escola portuguesa que mostre aprovação a Português ou a Português Língua Não Materna em pelo menos { $nationality-language-school-years ->
            [one] { $nationality-language-school-years } ano letivo
           *[other] { $nationality-language-school-years } anos letivos
        }.

        ## Quem não precisa, ou faz uma prova adaptada
        - Quem é natural e nacional de um país de língua oficial portuguesa (por exemplo, Brasil, Angola, Cabo Verde ou Moçambique) presume-se que sabe português. Confirme no IRN se o seu caso está abrangido.
        - Quem não sabe ler nem escrever, pessoas mais velhas e pessoas com doença grave ou deficiência podem fazer uma prova adaptada, por exemplo só oral.
        - Para crianças, a prova é adequada à idade.

        ## Passos (prova PaN)
        1. Veja o calendário e a inscrição no sítio do IAVE ou pergunte numa escola pública.
        2. Inscreva-se e pague a taxa. Precisa de um documento de identificação válido.
        3. Faça a prova: leitura, escrita e compreensão oral.
        4. Receba o certificado e junte-o ao pedido de nacionalidade.

        ## Custos
        - A prova PaN e o exame CIPLE pagam taxa: confirme o valor no IAVE ou no CAPLE.
        - Os cursos PLA são gratuitos.

        ## Cuidado com certificados
        Os certificados de cursos privados só contam se forem emitidos no sistema oficial, por exemplo através de um acordo com uma escola pública ou com o IEFP. Confirme antes de pagar. Se o certificado não for aceite, o IRN pode recusar o pedido muito tempo depois.

        ## A lei pode mudar
        A reforma da lei da nacionalidade aprovada em { $nationality-reform-approved } previa também uma prova de conhecimentos sobre a cultura portuguesa e os direitos e deveres dos cidadãos. Em { $nationality-law-status-date } ainda não estava em vigor. Confirme no IRN ({ $irn-web }).

        ## Se algo correr mal
        - Se reprovar, pode inscrever-se noutra data.
        - Se o IRN não aceitar o seu certificado, peça o motivo por escrito.
        - Ajuda na sua língua: Linha de Apoio a Migrantes, { $lam-phone-landline } ou { $lam-phone-mobile }.
    .keywords = prova de português, prova de portugues, teste de português, teste de portugues, exame de português, exame de portugues, A2, a2, nível A2, nivel a2, CIPLE, ciple, CAPLE, caple, PaN, IAVE, iave, prova de língua, prova de lingua, certificado de português, certificado de portugues, certificado A2, português para nacionalidade, portugues para nacionalidade, língua portuguesa nacionalidade, dispensa de prova, dispensa do teste, brasileiro precisa de prova, PALOP, CPLP, Camões, camoes, PLA, prova oral, teste de lingua, exame de lingua, teste cultura
