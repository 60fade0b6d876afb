# Trabalho: salários, horários, contratos e direitos de quem trabalha.

wages-and-hours = Salário mínimo, horário de trabalho, férias e subsídios
    .summary = Em { $minimum-wage-year }, o salário mínimo no continente é de { $minimum-wage } por mês, pago { $minimum-wage-payments } vezes por ano. O horário normal é de { $work-hours-day } horas por dia e { $work-hours-week } horas por semana, e tem direito a { $annual-leave-days } dias úteis de férias pagas.
    .body =
        Estas regras do Código do Trabalho valem para quem trabalha por conta de outrem, com ou sem contrato escrito, e também para quem ainda não tem autorização de residência. Quem fiscaliza é a ACT (Autoridade para as Condições do Trabalho).

        ## Salário mínimo
        - Em { $minimum-wage-year }, o salário mínimo ("retribuição mínima mensal garantida") é de { $minimum-wage } por mês, a tempo inteiro, no continente.
        - Os Açores e a Madeira têm valores próprios: confirme o da sua região.
        - Em tempo parcial, o mínimo é proporcional às horas de trabalho.
        - O valor costuma ser atualizado em janeiro de cada ano.
        - Todos os meses deve receber um recibo de vencimento com o salário bruto, os descontos e o valor líquido.

        ## Subsídio de férias e subsídio de Natal
        O salário é pago { $minimum-wage-payments } vezes por ano: o salário de cada mês, mais o subsídio de férias e o subsídio de Natal (o chamado 13.º e 14.º mês).
        - Subsídio de férias: um mês de salário base, pago antes das férias, salvo acordo.
        - Subsídio de Natal: um mês de salário, pago em dezembro, antes do Natal.
        - No ano em que entra e no ano em que sai, recebe a parte proporcional ao tempo trabalhado.
        - Os subsídios só podem ser pagos em partes, mês a mês ("duodécimos"), se houver acordo.

        ## Horário de trabalho
        - O horário normal é de { $work-hours-day } horas por dia e { $work-hours-week } horas por semana.
        - Um contrato coletivo, a "adaptabilidade" ou o "banco de horas" podem distribuir as horas de outra forma, dentro de limites da lei.
        - Tem direito a uma pausa para refeição e a descanso semanal.
        - A entidade patronal tem de manter um registo dos tempos de trabalho.

        ## Horas extra (trabalho suplementar)
        - As horas a mais pedidas pela entidade patronal são pagas com um acréscimo sobre a hora normal, maior em dias de descanso e feriados. O trabalho noturno também tem acréscimo. O contrato coletivo pode dar mais.
        - Aponte todos os dias a hora de entrada e de saída e guarde mensagens e escalas: são provas se não lhe pagarem.

        ## Férias
        - Tem direito a { $annual-leave-days } dias úteis de férias pagas por ano (dias de segunda a sexta, sem contar feriados).
        - No primeiro ano de contrato tem menos dias, conforme os meses trabalhados.
        - As férias são marcadas por acordo; sem acordo, marca a entidade patronal.
        - Trabalhar num feriado dá direito a pagamento extra ou a descanso.

        ## Mudanças em discussão
        O Governo propôs uma reforma da lei do trabalho ("Trabalho XXI") que pode mudar regras de horário, de banco de horas e de férias. Nas notícias mais recentes que encontrámos, de { $labour-reform-news-date }, a reforma ainda estava em negociação, e não a encontrámos publicada no Diário da República. Este texto segue o Código do Trabalho sem essa reforma: pergunte à ACT se as regras já mudaram.

        ## Se algo correr mal
        1. Peça à entidade patronal, por escrito, o que lhe devem. Guarde cópia.
        2. Contacte a ACT: { $act-phone } ({ $act-hours }), ou apresente queixa em { $act-web }, em "Queixas e denúncias". A queixa pode ser anónima.
        3. Um sindicato também o pode ajudar.

        Não deixe passar muito tempo depois de o contrato acabar: os créditos salariais têm prazo.
    .keywords = salário mínimo, salario minimo, ordenado minimo, ordenado, salário, salario, vencimento, recibo de vencimento, horas extra, horas extras, hora extra, trabalho suplementar, horário, horario, horas de trabalho, jornada, folga, descanso, férias, ferias, subsídio de férias, subsidio de ferias, subsídio de Natal, subsidio de natal, 13 mês, 14 mês, décimo terceiro, decimo terceiro, feriado, trabalho noturno, banco de horas, patrão, patrao, não me paga, nao me paga, salários em atraso, ACT, RMMG, ordenado mínimo, subsidio de ferias nao pago, quando pagam o subsidio de natal, pagar o subsídio, proporcionais, ferias nao gozadas, duodécimos, salario liquido, salário bruto, descontos do salario, trabalho ao domingo, dia de descanso, folga semanal, pausa para almoço, intervalo de refeição, trabalho por turnos, acréscimo, feriados obrigatorios, tempo parcial salario
    .questions =
        salario minimo em portugal 2026
        quantas horas por dia posso trabalhar
        subsídio de natal e de férias como funciona
        horas extras quanto pagam
        quantos dias de ferias tenho direito
        trabalho 10 horas por dia e não me pagam extra, é legal?
        o patrão paga o salário em 12 ou 14 meses?
        ordenado minimo liquido quanto fica
        trabalho ao fim de semana e feriados tenho direito a mais?
        recebo menos que o salário mínimo, o que posso fazer?
        o patrao ainda nao pagou o subsidio de ferias e eu ja vou de ferias semana que vem, ate quando ele tem de pagar?
        o contrato acabou em maio, recebo o subsidio de natal proporcional aos meses que trabalhei?
        tenho 10 dias de ferias que nao gozei e vou sair da empresa, pagam esses dias na conta final?
        a empresa quer pagar os subsidios de ferias e natal em duodecimos todo mes, pode fazer isso sem eu concordar?
        trabalho das 9 as 18 com 1 hora de almoço, essa hora conta como horario de trabalho pago?
        faço turnos de noite num armazem, tenho direito a receber mais pelo trabalho noturno?
        trabalho meio periodo 20 horas por semana, quanto é o salario minimo pra mim?
        estamos em janeiro e o patrao ainda nao pagou o subsidio de natal, qual é o prazo legal pro pagamento?

employment-contract = Contrato de trabalho: o que deve ter e que tipos existem
    .summary = O contrato de trabalho pode ser sem termo (efetivo) ou a termo (a prazo). Quem vem de fora da União Europeia deve, em regra, ter o contrato por escrito, com o salário, o horário, o local e a função. Leia antes de assinar e guarde uma cópia.
    .body =
        O contrato de trabalho é o acordo entre si e a entidade patronal. As regras estão no Código do Trabalho e valem para todos, portugueses e estrangeiros. Quem fiscaliza é a ACT (Autoridade para as Condições do Trabalho).

        ## Contrato escrito
        - Se vem de um país de fora da União Europeia, a lei exige, em regra, contrato escrito, com a referência ao seu visto ou título de residência.
        - O contrato a termo também tem de ser sempre escrito.
        - Mesmo sem papel assinado, se trabalha sob as ordens de alguém, com horário e salário, pode existir contrato de trabalho. Guarde provas: mensagens, escalas, transferências.

        ## O que o contrato deve dizer
        - Nome e morada (ou sede) das duas partes e as assinaturas.
        - A função (categoria profissional) e o local de trabalho.
        - O salário bruto e a data de pagamento.
        - O horário de trabalho e o período normal de trabalho.
        - A data em que foi assinado, a data de início e, se for a termo, a duração e o motivo.

        ## Tipos de contrato
        - Sem termo ("efetivo"): não tem data de fim.
        - A termo certo: tem data de fim. Só é permitido para uma necessidade temporária, e o motivo tem de estar escrito. Dura no máximo { $fixed-term-max-years ->
            [one] { $fixed-term-max-years } ano
           *[other] { $fixed-term-max-years } anos
        }, com um máximo de { $fixed-term-max-renewals ->
            [one] { $fixed-term-max-renewals } renovação
           *[other] { $fixed-term-max-renewals } renovações
        }. Sem motivo válido, passa a contrato sem termo.
        - A termo incerto: acaba quando termina a tarefa ou a substituição para que foi contratado.

        ## Período experimental
        No início há um período de experiência em que qualquer das partes pode acabar o contrato sem indemnização. No contrato sem termo é, em regra, de { $trial-period-days ->
            [one] { $trial-period-days } dia
           *[other] { $trial-period-days } dias
        }. Pode ser mais longo para cargos de chefia ou funções complexas e para quem procura o primeiro emprego. Nos contratos a termo é mais curto.

        ## Antes de assinar
        1. Leia tudo. Se não perceber, peça ajuda a um sindicato, a um CNAI ou à Linha de Apoio a Migrantes ({ $lam-phone-landline } ou { $lam-phone-mobile }).
        2. Confirme que o salário não é menor do que o salário mínimo ({ $minimum-wage } em { $minimum-wage-year }, a tempo inteiro).
        3. Não assine papéis em branco nem uma carta de demissão sem data.
        4. Fique com uma cópia assinada.
        5. Depois, confirme na Segurança Social Direta que foi inscrito.

        ## Mudanças em discussão
        O Governo propôs uma reforma da lei do trabalho ("Trabalho XXI") que pode mudar as regras dos contratos a termo e do período experimental. Nas notícias mais recentes que encontrámos, de { $labour-reform-news-date }, a reforma ainda estava em negociação, e não a encontrámos publicada no Diário da República. Este texto segue o Código do Trabalho sem essa reforma: pergunte à ACT se as regras já mudaram.

        ## Se algo correr mal
        Não lhe dão contrato escrito, ou o contrato não corresponde ao trabalho que faz: contacte a ACT, { $act-phone } ({ $act-hours }), ou apresente queixa em { $act-web }.
    .keywords = contrato de trabalho, contrato, contracto, contrato escrito, contrato a termo, contrato a prazo, contrato sem termo, efetivo, efectivo, contrato temporário, contrato temporario, termo certo, termo incerto, renovação do contrato, renovacao, período experimental, periodo experimental, periodo de experiencia, experiência, tempo parcial, part-time, meio período, meio periodo, carteira assinada, assinar contrato, promessa de contrato, patrão, patrao, entidade patronal, empregador, trabalhar sem contrato, recibo, ACT, efetivar, contrato por tempo indeterminado, ficar efetivo, passar a efetivo, vinculo, nao renovar contrato, caducidade do contrato, aviso de não renovação, duração maxima do contrato, periodo de teste, mandado embora na experiencia, carta de demissão, papel em branco, contrato em portugues, cópia do contrato, categoria profissional, contrato de trabalho para estrangeiro
    .questions =
        contrato de trabalho o que deve ter
        contrato a termo e sem termo diferença
        período experimental quanto tempo dura
        o patrão não quer fazer contrato por escrito
        contrato a prazo quantas vezes pode renovar
        efetivo ou a termo, qual é melhor para a AIMA
        vou assinar um contrato em português e não entendo tudo, o que verificar?
        posso trabalhar sem contrato em portugal?
        me mandaram embora no período de experiência sem aviso
        recibos verdes ou contrato de trabalho
        estou no terceiro contrato a prazo seguido na mesma empresa, ao fim de quanto tempo tenho de ficar efetivo?
        a empresa nao renovou o meu contrato a termo e disse que o motivo nao precisa de ser explicado, é assim?
        o patrao pediu pra eu assinar uma carta de demissao sem data junto com o contrato, isso é normal?
        trabalho ha 5 meses num restaurante so com acordo verbal, tenho contrato de trabalho ou nao?
        o meu contrato nao diz a funçao nem o horario, so o salario, isso é valido?
        estou no periodo experimental de 180 dias, podem me despedir sem dar motivo nem indemnizaçao?
        o meu contrato de trabalho tem de ter o numero do meu visto ou titulo de residencia?
        como confirmo se o patrao me inscreveu na seguranca social depois de assinar o contrato?

report-labour-abuse = Denunciar abusos no trabalho à ACT
    .summary = Se não lhe pagam, se o trabalho é perigoso ou se é maltratado, pode fazer queixa à ACT (Autoridade para as Condições do Trabalho). A ACT não revela à entidade patronal quem fez a queixa. Os direitos do trabalho valem também para quem não tem autorização de residência.
    .body =
        A ACT (Autoridade para as Condições do Trabalho) é o serviço público que fiscaliza as empresas. Pode visitar o local de trabalho, exigir que a empresa corrija o que está mal e aplicar multas.

        ## O que pode denunciar
        - Salários, horas extra, subsídio de férias ou de Natal em atraso ou não pagos.
        - Trabalho sem contrato ou sem inscrição na Segurança Social.
        - Horários excessivos e falta de descanso.
        - Trabalho perigoso, sem equipamento de proteção ou sem formação.
        - Assédio, ameaças, insultos ou discriminação no trabalho.
        - Entidade patronal que fica com o seu passaporte ou documentos.

        ## Também sem papéis
        O trabalho que já fez tem de ser pago, mesmo que não tenha autorização de residência nem contrato escrito. A lei protege todos os trabalhadores.

        ## Como fazer queixa
        1. Junte provas: recibos, mensagens, fotografias, escalas e as horas que anotou todos os dias. Anote nomes de colegas que viram.
        2. Ligue para a ACT, { $act-phone } ({ $act-hours }), para se informar.
        3. Apresente a queixa em { $act-web }, em "Queixas e denúncias". Entra com o Cartão de Cidadão ou a Chave Móvel Digital.
        4. Se não tiver acesso, vá a um serviço local da ACT e faça a queixa por escrito.
        5. Guarde o comprovativo e o número da queixa.

        ## Queixa confidencial ou anónima
        A ACT não diz à entidade patronal quem fez a queixa. Mas o formulário na internet identifica-o: em { $act-complaint-login-report-date } foi relatado no Parlamento que passou a pedir o NIF ou a Chave Móvel Digital. As fontes que encontrámos não concordam sobre se a ACT ainda aceita denúncias sem nome, e não encontrámos uma página da própria ACT que o diga. Se não quer dar o seu nome, pergunte primeiro à ACT, por telefone ou num serviço local. Em qualquer caso, dê o máximo de pormenores: morada do local, horários, o que acontece. Uma denúncia sem dados concretos é difícil de investigar.

        ## Prazos e custos
        - Fazer queixa à ACT não se paga.
        - Os créditos salariais prescrevem { $labour-claims-limit-years ->
            [one] { $labour-claims-limit-years } ano
           *[other] { $labour-claims-limit-years } anos
        } depois do fim do contrato. Não espere.
        - A ACT não cobra o dinheiro por si em tribunal. Para isso pode precisar de um advogado (peça apoio judiciário na Segurança Social) ou do Ministério Público no Tribunal do Trabalho.

        ## Situações graves
        - Perigo imediato, violência ou se não o deixam sair: ligue { $emergency-phone }.
        - Trabalho forçado, dívidas que nunca acabam ou documentos retidos podem ser tráfico de pessoas: ligue { $trafficking-phone }, a qualquer hora.

        ## Onde pedir ajuda
        - Um sindicato do seu setor.
        - A APAV, { $apav-phone }.
        - A Linha de Apoio a Migrantes, { $lam-phone-landline } ou { $lam-phone-mobile }, ou um CNAI, se tem receio por causa da sua situação de residência.
    .keywords = denúncia, denuncia, denunciar, queixa, fazer queixa, queixa confidencial, confidencialidade, reclamar, reclamação, reclamacao, ACT, act, inspeção do trabalho, inspecao do trabalho, inspetor, não me pagam, nao me pagam, nao paga, salário em atraso, salario em atraso, calote, exploração, exploracao, abuso, assédio, assedio, assédio moral, patrão, patrao, patroa, maltrato, ameaças, trabalho perigoso, sem segurança, acidente, sem contrato, sem papéis, sem papeis, ilegal, anónimo, anonimo, denuncia anonima, passaporte retido, ficou com o passaporte, trabalho escravo, escravidão, ministério do trabalho, ministerio do trabalho, sindicato, denunciar empresa, autoridade para as condições do trabalho, fiscalização, ordenado em atraso, subsídios em atraso, subsidio de natal em atraso, nao pagou as ferias, horas nao pagas, horas extras nao pagas, tribunal do trabalho, ministerio publico, créditos salariais, prescrição, assedio laboral, mobbing, humilhação, sem equipamento de proteção, EPI, sem descontos, nao me inscreveu na seguranca social
    .questions =
        como denunciar patrão à ACT
        o patrão não me paga há dois meses
        queixa anónima ACT
        trabalho sem documentos e o patrão me explora, posso fazer queixa?
        a ACT conta ao patrão que fui eu que denunciei?
        não me dão equipamento de segurança na obra
        denunciar trabalho em condições perigosas
        patrão grita e ameaça os trabalhadores imigrantes
        não me deram recibo de vencimento nem descontos na segurança social
        onde fazer queixa laboral online
        a empresa deve-me o subsidio de ferias de dois anos e o de natal, onde apresento queixa?
        o patrao nao me paga as horas extras e ameaça despedir quem reclamar, como faço denuncia na ACT sem ele saber?
        sai da firma ha 8 meses e ainda me devem o ultimo salario, ainda vou a tempo de reclamar?
        a ACT fez inspeçao mas o patrao continua sem pagar, como recebo o dinheiro que me devem?
        o chefe humilha e grita comigo todos os dias na frente dos colegas, isso é assedio moral? a quem me queixo?
        trabalho ha um ano e o patrao nunca fez os descontos pra seguranca social, posso denunciar?
        fazer queixa na ACT precisa de chave movel digital ou posso ir presencial?
        estou sem titulo de residencia e a obra nao tem capacetes nem seguranca, posso denunciar sem medo?

finding-work = Procurar trabalho: o IEFP e os centros de emprego
    .summary = O IEFP (Instituto do Emprego e Formação Profissional) ajuda a procurar trabalho através dos centros de emprego. A inscrição não se paga e dá acesso a ofertas de emprego, cursos de formação e estágios.
    .body =
        O IEFP (Instituto do Emprego e Formação Profissional) é o serviço público de emprego. Tem centros de emprego e centros de formação em todo o país.

        ## Quem pode inscrever-se
        - Quem pode trabalhar legalmente em Portugal: com autorização de residência, com visto de residência para trabalho, ou cidadãos da União Europeia.
        - Se o seu processo está pendente na AIMA, pergunte no centro de emprego se pode inscrever-se com o comprovativo do pedido.
        - Pode inscrever-se sem trabalho ou já a trabalhar, se procura outro emprego.

        ## Passos
        1. Inscreva-se como candidato a emprego no centro de emprego da zona da sua morada, ou pela internet em { $iefp-web }.
        2. Vá à entrevista com o técnico de emprego. Juntos fazem um plano para procurar trabalho (o "plano pessoal de emprego").
        3. Veja as ofertas de emprego no sítio do IEFP e responda às que lhe servem.
        4. Vá sempre às convocatórias do centro de emprego. Se faltar sem justificação, a inscrição pode ser anulada.

        ## Documentos a levar
        - Passaporte ou título de residência.
        - NIF e NISS.
        - Comprovativo de morada.
        - Diplomas e certificados de cursos, traduzidos se possível.
        - Um currículo (CV), se já tiver.

        ## Formação e estágios
        - Cursos de Português para estrangeiros (Português Língua de Acolhimento), gratuitos.
        - Cursos de formação profissional, muitas vezes com apoio para alimentação e transporte.
        - Centros Qualifica: reconhecem o que aprendeu a trabalhar, mesmo sem diploma, e dão um certificado.
        - Estágios profissionais pagos, sobretudo para jovens e para quem procura o primeiro emprego.

        ## Vir procurar trabalho
        Desde { $manifestation-of-interest-ended } não é possível entrar como turista e depois legalizar-se com um contrato. Com a Lei 61/2025, em vigor desde { $foreigners-law-2025-in-force }, o visto para procura de trabalho ficou limitado a pessoas altamente qualificadas.

        ## Cuidado com falsas ofertas
        - Uma agência de emprego não lhe pode cobrar dinheiro para lhe arranjar trabalho.
        - As empresas de trabalho temporário precisam de licença. Confirme no IEFP se a empresa está na lista.
        - Ninguém pode ficar com o seu passaporte ou os seus documentos.
        - Desconfie de ofertas com salário muito alto, sem contrato, ou com alojamento pago com descontos no salário.

        ## Custos
        A inscrição no IEFP e os cursos do IEFP não se pagam.

        ## Se algo correr mal
        - Se ficou sem trabalho, veja também se tem direito a subsídio de desemprego.
        - Se uma oferta parece exploração ou tráfico de pessoas, ligue { $trafficking-phone } ou, em perigo, { $emergency-phone }.
        - Para ajuda na sua língua: Linha de Apoio a Migrantes, { $lam-phone-landline } ou { $lam-phone-mobile }.
    .keywords = trabalho, emprego, procurar trabalho, procurar emprego, arranjar trabalho, arranjar emprego, achar emprego, vaga, vagas, vagas de emprego, ofertas de emprego, oferta de trabalho, IEFP, iefp, centro de emprego, centro emprego, inscrição no centro de emprego, inscricao iefp, iefp online, desempregado, candidato a emprego, formação, formacao, curso, cursos gratis, cursos gratuitos, formação profissional, estágio, estagio, Qualifica, RVCC, currículo, curriculo, CV, agência de emprego, agencia, trabalho temporário, empresa de trabalho temporario, ETT, visto de procura de trabalho, job, bico, biscate, serviço, servico, sites de emprego, net empregos, indeed, linkedin, currículo português, fazer curriculo, emprego para imigrantes, trabalho para estrangeiros, trabalho para brasileiros, técnico de emprego, plano pessoal de emprego, convocatória do centro de emprego, estagios pagos, formação com bolsa, ETT licenciada, agência que cobra, trabalho na agricultura, apanha da fruta
    .questions =
        como arranjar emprego em portugal
        inscrição no centro de emprego IEFP
        procurar trabalho sendo imigrante
        agência de emprego pediu dinheiro para arranjar trabalho, é normal?
        cursos de formação e estágios do IEFP
        ofertas de emprego net-empregos iefp
        posso me inscrever no IEFP sem autorização de residência?
        vir para portugal procurar trabalho com visto
        oferta de trabalho falsa no facebook
        estou desempregado e quero fazer formação paga
        cheguei ha pouco com autorizaçao de residencia e nao conheço ninguem, como começo a procurar emprego?
        o centro de emprego chamou-me pra uma entrevista e nao posso ir, perco a inscriçao?
        uma agencia pediu 300 euros pra me arranjar trabalho na apanha da fruta, isso é legal?
        como faço um curriculo no modelo portugues pra mandar pras empresas?
        tenho o processo pendente na aima, o IEFP deixa inscrever com o comprovativo?
        ha estagios profissionais pagos pelo IEFP pra quem procura o primeiro emprego?
        como sei se uma empresa de trabalho temporario é licenciada?

work-accident = Acidente de trabalho: o que fazer
    .summary = Se tiver um acidente de trabalho, receba primeiro cuidados médicos e avise logo a entidade patronal. A entidade patronal tem de ter um seguro de acidentes de trabalho, que paga o tratamento e uma compensação enquanto não pode trabalhar.
    .body =
        Um acidente de trabalho é um acidente no local e no tempo de trabalho. Também conta o acidente no caminho normal entre casa e o trabalho. Todas as entidades patronais são obrigadas a ter um seguro de acidentes de trabalho. Os trabalhadores estrangeiros têm os mesmos direitos que os portugueses.

        ## Passos
        1. Receba cuidados médicos. Se for grave, ligue { $emergency-phone }. No hospital ou no centro de saúde, diga que foi um acidente de trabalho.
        2. Avise a entidade patronal nas { $work-accident-notice-hours ->
            [one] { $work-accident-notice-hours } hora
           *[other] { $work-accident-notice-hours } horas
        } seguintes, de preferência por escrito, se ela não viu o acidente. Peça o nome da seguradora e o número da apólice.
        3. A entidade patronal tem de participar o acidente à seguradora. Nos acidentes graves ou mortais, tem também de o comunicar à ACT.
        4. A partir daí, o tratamento é feito pelos médicos indicados pela seguradora. É esse médico que passa a incapacidade para o trabalho (a "baixa"), e não o centro de saúde.
        5. Guarde todos os papéis: relatórios médicos, receitas e recibos.
        6. No fim do tratamento recebe a "alta clínica", com a avaliação de alguma incapacidade que fique.

        ## O que a seguradora paga
        - Consultas, tratamentos, cirurgias, medicamentos, próteses e transporte.
        - Uma indemnização enquanto não pode trabalhar, calculada a partir do seu salário.
        - Uma pensão ou capital, se ficar com incapacidade permanente.
        - Em caso de morte, pensões para a família.

        ## Sem contrato ou sem seguro
        - Tem direitos mesmo sem contrato escrito. O seguro deve cobrir todos os trabalhadores da empresa.
        - Se a entidade patronal não tem seguro, é ela que tem de pagar. Se não pagar, o Fundo de Acidentes de Trabalho pode pagar no seu lugar.

        ## Prazos e custos
        - Não deve pagar nada pelo tratamento de um acidente de trabalho.
        - Se não concordar com a avaliação da incapacidade, ou se a seguradora recusar pagar, pode recorrer ao Tribunal do Trabalho. O direito de ação acaba { $work-accident-claim-years ->
            [one] { $work-accident-claim-years } ano
           *[other] { $work-accident-claim-years } anos
        } depois da alta clínica.

        ## Doença causada pelo trabalho
        Uma doença causada pelo trabalho (doença profissional) não é tratada pela seguradora, mas pela Segurança Social. Peça ao seu médico que a declare.

        ## Se algo correr mal
        - A entidade patronal diz que não foi acidente de trabalho, ou não o quer participar: contacte a ACT, { $act-phone } ({ $act-hours }), ou { $act-web }.
        - No Tribunal do Trabalho, o Ministério Público pode defendê-lo sem custos. Pode também pedir apoio judiciário na Segurança Social.
        - Para ajuda na sua língua: Linha de Apoio a Migrantes, { $lam-phone-landline } ou { $lam-phone-mobile }.
    .keywords = acidente de trabalho, acidente no trabalho, acidente trabalho, me machuquei no trabalho, magoei-me no trabalho, lesão, lesao, ferido, caí no trabalho, cai no trabalho, queda, seguro, seguro de acidentes, seguradora, apólice, apolice, baixa, baixa médica, baixa medica, atestado, incapacidade, indemnização, indemnizacao, indenização, indenizacao, pensão, pensao, alta, alta clínica, acidente in itinere, acidente no caminho, tribunal do trabalho, Fundo de Acidentes de Trabalho, FAT, doença profissional, doenca profissional, obra, construção, construcao, andaime, INSS, afastamento, acidente laboral, participação de acidente, baixa pelo seguro, incapacidade permanente, IPP, incapacidade temporária, ITA, despesas de transporte, deslocações, fisioterapia, tendinite, hérnia, queimadura, acidente de percurso
    .questions =
        acidente de trabalho o que fazer
        cai no trabalho e parti o braço, o patrão tem de pagar?
        seguro de acidentes de trabalho
        tive acidente na obra e não tenho contrato
        patrão não tem seguro e eu me machuquei
        doença profissional como pedir
        baixa por acidente de trabalho quanto recebo
        acidente a caminho do trabalho conta?
        a seguradora não quer pagar o tratamento
        me machuquei no trabalho e tenho medo de ser despedido
        magoei as costas a carregar caixas no armazem, é acidente de trabalho? quem paga o tratamento?
        o medico da seguradora deu-me alta mas ainda tenho dores e nao consigo trabalhar, posso contestar?
        o patrao nao quer participar o acidente ao seguro e diz pra eu ir ao centro de saude, o que faço?
        estou de baixa pelo seguro e o contrato acabou, a seguradora continua a pagar?
        a seguradora tem de pagar o transporte para as consultas e a fisioterapia?
        fiquei com incapacidade permanente depois do acidente, tenho direito a pensao ou indemnizaçao?
        tive um acidente de mota quando ia pro trabalho, o seguro de acidentes de trabalho cobre?
        trabalhava sem contrato e a empresa nao tem seguro, o fundo de acidentes de trabalho paga?

qualification-recognition = Reconhecer qualificações e exercer profissões regulamentadas
    .summary = Para a maior parte dos trabalhos não precisa de reconhecer o diploma. Nas profissões regulamentadas, como médico, enfermeiro, engenheiro, advogado ou professor, precisa de autorização da ordem profissional ou do organismo responsável antes de trabalhar nessa profissão.
    .body =
        Há duas coisas diferentes: o reconhecimento do grau académico (o diploma) e o reconhecimento da qualificação profissional (o direito de exercer uma profissão).

        ## Profissões não regulamentadas
        Na maioria das profissões não é preciso reconhecimento: é a entidade patronal que avalia o seu diploma e a sua experiência. Mesmo assim, o reconhecimento do diploma pode ajudar, por exemplo, para concursos públicos ou para uma categoria profissional mais alta.

        ## Profissões regulamentadas
        São profissões que só pode exercer com autorização. Por exemplo: médico, enfermeiro, farmacêutico, dentista, psicólogo, advogado, engenheiro, arquiteto e professor.
        - A autorização é dada, em regra, pela ordem profissional (Ordem dos Médicos, Ordem dos Enfermeiros, Ordem dos Engenheiros e outras) ou por um organismo do Estado.
        - Algumas pedem também um exame, um estágio ou uma prova de Português.
        - Quem tem qualificações de um país da União Europeia tem regras mais simples.
        - Enquanto espera, pode trabalhar noutra função, mas não na profissão regulamentada.

        ## Reconhecer o diploma do ensino superior
        - Reconhecimento automático: para graus de alguns países e cursos, feito pela DGES (Direção-Geral do Ensino Superior) ou por uma universidade pública.
        - Reconhecimento de nível ou reconhecimento específico: pedido a uma universidade ou politécnico público, que compara o seu curso com um curso português.
        - Todos estes pedidos são feitos pela internet, na plataforma ReCon da DGES ({ $dges-web }), com os documentos em formato digital, e pagam uma taxa (emolumentos) à instituição que decide.
        - Para certificados do ensino básico e secundário, veja a equivalência de estudos estrangeiros.

        ## Passos
        1. Descubra se a sua profissão é regulamentada: pergunte à ordem profissional ou veja em { $dges-web }.
        2. Peça no seu país os documentos e legalize-os: apostila de Haia ou reconhecimento pelo consulado de Portugal.
        3. Mande fazer a tradução certificada dos documentos que não estão em português.
        4. Entregue o pedido à entidade certa e pague a taxa.
        5. Se pedirem exame ou estágio, faça-o dentro do prazo indicado.

        ## Documentos habituais
        - Diploma e certificado com as disciplinas, as notas e as horas.
        - Programas das disciplinas, em alguns casos.
        - Passaporte ou título de residência.
        - Comprovativos de experiência profissional e de inscrição na ordem do seu país, se existir.

        ## Custos e prazos
        Cada entidade tem as suas taxas e prazos. Confirme-os antes de entregar o pedido no sítio da DGES, da universidade ou da ordem profissional.

        ## Sem diploma, com experiência
        Nos Centros Qualifica pode obter um certificado do que aprendeu a trabalhar (processo RVCC), sem ter diploma.

        ## Se algo correr mal
        Se o pedido for recusado, peça a decisão por escrito com os motivos: pode responder ou recorrer. Para orientação, fale com um CNAI ou com a Linha de Apoio a Migrantes, { $lam-phone-landline } ou { $lam-phone-mobile }.
    .keywords = reconhecimento, reconhecer diploma, ReCon, recon, emolumentos, reconhecimento de diploma, reconhecimento de curso, validar diploma, validação de diploma, validacao de diploma, revalidação, revalidacao, revalidar diploma, equivalência, equivalencia, equivalência de curso, profissão regulamentada, profissao regulamentada, ordem profissional, ordem dos médicos, ordem dos medicos, ordem dos enfermeiros, ordem dos engenheiros, ordem dos advogados, CREA, CRM, OAB, médico estrangeiro, medico estrangeiro, enfermeira, engenheiro, professor, DGES, dges, reconhecimento automático, reconhecimento de nível, licenciatura, mestrado, grau académico, grau academico, apostila, apostila de haia, tradução certificada, traducao, qualificações, qualificacoes, Qualifica, RVCC, diploma estrangeiro, faculdade, universidade, medico brasileiro, dentista brasileiro, psicologo, farmacêutico, arquiteto, fisioterapeuta, inscrição na ordem, exame da ordem, prova de comunicação médica, PCM, reconhecimento específico, plataforma recon, CRP
    .questions =
        sou enfermeira brasileira como trabalhar em portugal
        reconhecer diploma de medicina em portugal ordem dos médicos
        engenheiro estrangeiro ordem dos engenheiros inscrição
        profissão regulamentada o que é
        sou advogado no brasil posso exercer em portugal?
        professor estrangeiro como dar aulas em portugal
        preciso de reconhecer o diploma para trabalhar num escritório?
        sem diploma mas tenho experiência, como provar as minhas competências?
        reconhecimento de qualificações profissionais quanto custa
        cabeleireiro ou eletricista precisa de certificado em portugal?
        sou dentista formado no brasil, o que preciso pra trabalhar como dentista em portugal?
        sou engenheiro civil com CREA, como faço a inscriçao na ordem dos engenheiros?
        fiz psicologia em angola, preciso do reconhecimento do diploma e da ordem pra exercer?
        o reconhecimento automatico ou especifico, qual peço na plataforma ReCon para o meu mestrado?
        enquanto espero pela ordem dos enfermeiros posso trabalhar como auxiliar de saude?
        os documentos da faculdade precisam de apostila de haia e tradução certificada pro reconhecimento?
        sou professora no brasil, como faço pra dar aulas numa escola publica em portugal?
