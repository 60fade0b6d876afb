# Educação: escola dos filhos, cursos de português, ensino superior e equivalências.

school-enrolment = Matricular os filhos na escola
    .summary = Todas as crianças e jovens que vivem em Portugal têm direito à escola pública, qualquer que seja a situação dos pais. A matrícula faz-se no agrupamento de escolas da zona onde vive, em qualquer altura do ano para quem chega do estrangeiro. A escola pública é gratuita e dá apoio em português a quem não fala a língua.
    .body =
        Em Portugal a escola é obrigatória dos { $school-compulsory-age-start } aos { $school-compulsory-age-end ->
            [one] { $school-compulsory-age-end } ano
           *[other] { $school-compulsory-age-end } anos
        }. Todas as crianças que vivem cá têm direito a estudar na escola pública, com ou sem autorização de residência dos pais. A escola não pode recusar a matrícula por os pais estarem à espera da AIMA ou não terem papéis.

        ## Onde e quando
        - As escolas públicas estão organizadas em agrupamentos de escolas. Matricule a criança no agrupamento da zona onde vive ou onde trabalha. A Junta de Freguesia ou a Câmara Municipal dizem-lhe qual é.
        - As matrículas normais são na primavera e no verão, para o ano letivo seguinte. Quem chega do estrangeiro pode matricular-se em qualquer altura do ano, conforme as vagas nas turmas.
        - O jardim de infância (educação pré-escolar) não é obrigatório, mas a parte educativa é gratuita na rede pública.

        ## Passos
        1. Vá à secretaria da escola sede do agrupamento. Quem tem Chave Móvel Digital também pode usar o Portal das Matrículas.
        2. Preencha a matrícula e indique quem é o encarregado de educação.
        3. Entregue os certificados escolares do país de origem. A escola decide em que ano a criança entra e trata da equivalência.
        4. Peça apoio de Português Língua Não Materna (PLNM) se a criança ainda não fala bem português. Pode ser pedido em qualquer altura do ano.

        ## Documentos a levar
        - Documento de identificação da criança (passaporte, por exemplo) e do encarregado de educação.
        - Comprovativo de morada: contrato de arrendamento ou atestado da Junta de Freguesia.
        - Boletim de vacinas.
        - NIF e número de utente do SNS da criança, se já tiver.
        - Certificados e notas da escola anterior, se tiver.
        - Se a criança não tem autorização de residência, pode pedir à AIMA o registo de menor estrangeiro, pelo e-mail { $aima-minors-register-email }. A credencial que recebe serve só para o acesso à escola e à saúde.

        Se faltar algum documento, faça a matrícula na mesma e pergunte à escola como o entregar mais tarde.

        ## Apoios na escola
        - Ação Social Escolar (ASE): ajuda nas refeições, no material e nas visitas de estudo, conforme o escalão do abono de família.
        - Na escola pública os manuais escolares são, em regra, gratuitos.
        - Muitas escolas têm mediadores ou professores de apoio para alunos que chegam de outros países.

        ## Custos
        A matrícula e as aulas na escola pública não se pagam. Podem pagar-se as refeições, o prolongamento de horário e algumas atividades; a ASE reduz ou elimina estes custos.

        ## Se algo correr mal
        - Recusaram a matrícula: peça o motivo por escrito e fale com a direção do agrupamento.
        - Peça ajuda à Linha de Apoio a Migrantes, { $lam-phone-landline } ou { $lam-phone-mobile }, ou num CNAI.
    .keywords = matrícula, matricula, matricular, inscrever na escola, inscrição escolar, inscricao escola, escola, escola pública, escola publica, colégio, colegio, agrupamento de escolas, agrupamento, ano letivo, ano lectivo, jardim de infância, jardim de infancia, pré-escolar, pre escolar, creche, primeira classe, 1.º ano, filhos, criança, crianca, menino, aluno, estudante, ensino básico, ensino basico, ensino fundamental, ensino médio, ensino medio, secundário, secundario, PLNM, português língua não materna, apoio em português, ASE, ação social escolar, acao social escolar, manuais escolares, livros grátis, livros gratis, sem papéis, sem papeis, sem documentos, filho sem documentos, encarregado de educação, portal das matrículas, vaga na escola, escolaridade obrigatória, escola do bairro, escola perto de casa, transferencia de escola, 1º ciclo, ensino fundamental brasil, alimentação escolar, refeições escolares, almoço na escola, escalão A
    .questions =
        como matricular meu filho na escola em portugal
        cheguei agora com as crianças em março, a escola aceita matrícula a meio do ano?
        escola publica para filho sem documentos
        meu filho não fala português, a escola dá apoio?
        que documentos levar para inscrever o miudo na escola
        matricula escolar sem autorização de residência dos pais é possível?
        escola é paga em portugal? e os livros?
        a escola recusou inscrever a minha filha porque eu não tenho NIF, o que faço
        agrupamento de escolas perto de casa como encontrar
        refeição na escola e material escolar, tem ajuda para famílias com pouco dinheiro?
        cheguei do brasil em novembro com as crianças de 8 e 12 anos, a escola publica aceita matricular a meio do ano letivo?
        o agrupamento diz que nao tem vaga na escola perto de casa, o que posso fazer?
        como faço a matricula pelo portal das matriculas se nao tenho cartao de cidadao nem chave movel?
        a minha filha tem 4 anos, ha jardim de infancia publico gratis ou so creche paga?
        o meu filho vem de angola e nao trouxe o historico escolar, a escola coloca ele em que ano?
        tenho direito a escalao A ou B da açao social escolar pro almoço e livros se ganho pouco?
        nao tenho autorizaçao de residencia, a escola pode recusar o meu filho ou avisar a AIMA?
        quero mudar o meu filho de escola porque mudamos de casa, como peço a transferencia?

portuguese-courses = Cursos de português gratuitos para adultos
    .summary = Os cursos de Português Língua de Acolhimento (PLA) são, na grande maioria, gratuitos e destinam-se a migrantes que não têm o português como língua materna. São dados em escolas públicas, centros do IEFP e Centros Qualifica. O certificado de nível A2 serve de prova de português para a nacionalidade e para a residência permanente.
    .body =
        Os cursos de Português Língua de Acolhimento (PLA) substituíram o antigo "Português para Todos" (PPT). Ensinam a ler, escrever, falar e compreender português e certificam os níveis A1 + A2 (utilizador elementar) e B1 + B2 (utilizador independente).

        ## Para que serve o certificado
        - Para o dia a dia, o trabalho e a escola dos filhos.
        - O certificado de nível A2 ou superior prova o conhecimento de português pedido para a nacionalidade, para a autorização de residência permanente e para o estatuto de residente de longa duração.
        - Para a nacionalidade, a lei em vigor desde { $nationality-law-in-force } pede também, segundo resumos de advogados e notícias, um teste cívico sobre a cultura portuguesa e os direitos e deveres dos cidadãos. Como e onde se faz ainda não foi anunciado nas fontes que consultámos: confirme no IRN que provas lhe pedem.

        ## Quem pode frequentar
        - Pessoas estrangeiras a partir dos { $pla-min-age ->
            [one] { $pla-min-age } ano
           *[other] { $pla-min-age } anos
        } cuja língua materna não é o português.
        - Em regra pede-se um destes documentos: título de residência, visto, comprovativo de um pedido pendente na AIMA, comprovativo do pedido de asilo ou de proteção temporária, ou o NISS. As regras podem variar: pergunte no local do curso.

        ## Onde há cursos
        - Escolas públicas (agrupamentos de escolas), muitas vezes em horário pós-laboral.
        - Centros de Emprego e Formação Profissional do IEFP ({ $iefp-web }).
        - Centros Qualifica.
        - Por vezes em associações, câmaras municipais ou empresas, através de acordos com estas entidades.

        ## Passos
        1. Procure um curso perto de casa ou do trabalho: pergunte na escola, no centro do IEFP ou no Centro Qualifica, ou à Linha de Apoio a Migrantes.
        2. Inscreva-se com os seus documentos. Podem fazer-lhe um teste para saber em que nível deve começar.
        3. Frequente as aulas: as faltas a mais podem impedir o certificado.
        4. No fim, receba o certificado do nível concluído e guarde-o bem.

        ## Documentos a levar
        - Passaporte ou título de residência.
        - Um dos documentos indicados acima, se não tiver título de residência.
        - NIF e NISS, se tiver.

        ## Custos
        Segundo a AIMA, a grande maioria dos cursos PLA é gratuita, mas isso pode depender da entidade que dá o curso: pergunte antes de se inscrever. Há também cursos pagos em universidades, escolas de línguas e empresas. Antes de pagar, confirme se o certificado é aceite para aquilo de que precisa: para a nacionalidade, o certificado tem de vir de uma entidade reconhecida (escola pública, centro do IEFP, Centro Qualifica ou exame oficial).

        ## Se algo correr mal
        - Não há vaga ou curso perto: peça para ficar em lista de espera e tente outra escola ou outro centro.
        - Para saber onde há cursos, pode também escrever à AIMA: { $aima-language-email }.
        - Ajuda na sua língua: Linha de Apoio a Migrantes, { $lam-phone-landline } ou { $lam-phone-mobile }.
    .keywords = curso de português, curso de portugues, aulas de português, aulas de portugues, aprender português, aprender portugues, português para estrangeiros, portugues para estrangeiros, PLA, português língua de acolhimento, portugues lingua de acolhimento, PPT, português para todos, portugues para todos, curso gratuito, curso gratis, curso grátis, aulas gratis, escola de línguas, A1, A2, B1, B2, nível A2, nivel a2, certificado de português, certificado a2, IEFP, iefp, centro de emprego, Qualifica, centro qualifica, língua portuguesa, lingua portuguesa, falar português, falar portugues, não falo português, nao falo portugues, idioma, curso de idioma, portuguese course, learn portuguese, ensino de português, português para imigrantes, aulas a noite, curso pós-laboral, curso online de portugues, alfabetização
    .questions =
        curso de portugues gratis para imigrantes
        onde aprender português de graça em Lisboa
        PLA português língua de acolhimento como me inscrever
        aulas de portugues IEFP
        preciso do certificado A2 para residência permanente, onde faço curso?
        sou ucraniana e quero aprender portugues a noite depois do trabalho
        cursos de português centro qualifica
        curso portugues para estrangeiros sem autorização de residencia posso frequentar?
        quanto custa um curso de lingua portuguesa para adultos
        o curso de português dá certificado para a nacionalidade?
        acabei de chegar da ucrania e nao falo nada de portugues, onde ha curso gratis perto de Setubal?
        trabalho o dia todo, ha aulas de portugues a noite ou ao sabado para imigrantes?
        ja fiz o nivel A2 do PLA, posso continuar para o B1 de graça?
        quero aprender portugues mas ainda nao tenho titulo de residencia, so o NIF, aceitam a inscrição no PLA?
        a minha mae nao sabe ler nem escrever, ha curso de portugues com alfabetizaçao?
        como me inscrevo num curso de portugues no centro de emprego, tenho de estar desempregado?
        o certificado do curso PLA serve para a residencia e para a nacionalidade?

higher-education = Entrar no ensino superior
    .summary = Quem vive legalmente em Portugal há algum tempo concorre às universidades e politécnicos como os estudantes portugueses, em regra pelo Concurso Nacional de Acesso da DGES. Quem vem do estrangeiro para estudar concorre como estudante internacional, diretamente à instituição, e paga propinas mais altas.
    .body =
        O ensino superior inclui as universidades e os institutos politécnicos, públicos e privados. A DGES (Direção-Geral do Ensino Superior, { $dges-web }) organiza o Concurso Nacional de Acesso às instituições públicas. Cada instituição trata dos concursos especiais e dos estudantes internacionais.

        ## Estudante nacional ou internacional?
        É estudante internacional quem, no início do ano em que se candidata, cumpre tudo isto:
        - não tem nacionalidade portuguesa nem de um país da União Europeia ou do Espaço Económico Europeu;
        - não é familiar de um cidadão português ou da União Europeia;
        - não vive legalmente em Portugal há mais de { $higher-ed-international-residence-years ->
            [one] { $higher-ed-international-residence-years } ano
           *[other] { $higher-ed-international-residence-years } anos
        } seguidos (nem é filho de quem vive);
        - não tem o estatuto de igualdade de direitos e deveres (por exemplo, o dos brasileiros).

        Quem não é estudante internacional concorre e paga como os estudantes portugueses. Há exceções: confirme nos serviços académicos.

        ## Como entrar
        - Concurso Nacional de Acesso: candidatura pela internet, no verão. Precisa do ensino secundário concluído (com equivalência, se o tirou no estrangeiro) e dos exames nacionais pedidos pelo curso (provas de ingresso).
        - Concursos especiais, por exemplo para maiores de { $higher-ed-mature-age ->
            [one] { $higher-ed-mature-age } ano
           *[other] { $higher-ed-mature-age } anos
        }, com provas feitas pela própria instituição.
        - Estudante internacional: candidata-se diretamente à universidade ou ao politécnico, segundo o edital e o calendário de cada instituição.
        - Refugiados e pessoas em situação de emergência humanitária têm um regime especial: pergunte à instituição.

        ## Passos (estudante internacional)
        1. Escolha o curso e leia o edital da instituição.
        2. Candidate-se pela internet, com os documentos pedidos.
        3. Se for aceite e ainda viver fora de Portugal, peça o visto de estudo no consulado.
        4. Faça a matrícula e pague a propina.

        ## Documentos
        - Passaporte ou título de residência.
        - Diploma e notas do ensino secundário, legalizados (Apostila de Haia ou consulado) e traduzidos, se for preciso.
        - Comprovativo dos exames ou provas que o curso pede.
        - Comprovativo do nível de português, se a instituição o pedir.

        ## Custos
        - A propina das instituições públicas para estudantes nacionais tem um valor máximo fixado por lei.
        - Os estudantes internacionais pagam propinas mais altas, fixadas por cada instituição. As privadas têm preços próprios.
        - Pode haver taxas de candidatura e de matrícula.
        - Sobre bolsas de estudo, pergunte aos Serviços de Ação Social da instituição.

        ## Se algo correr mal
        - Não sabe se é estudante nacional ou internacional: pergunte aos serviços académicos antes de se candidatar.
        - Ajuda na sua língua: Linha de Apoio a Migrantes, { $lam-phone-landline } ou { $lam-phone-mobile }.
    .keywords = universidade, faculdade, facul, politécnico, politecnico, ensino superior, licenciatura, mestrado, doutoramento, doutorado, graduação, graduacao, curso superior, candidatura, concurso nacional de acesso, acesso ao ensino superior, vestibular, ENEM, exames nacionais, provas de ingresso, estudante internacional, propina, propinas, mensalidade, quanto custa a universidade, bolsa de estudo, bolsa, DGES, dges, maiores de { $higher-ed-mature-age }, acesso para maiores, estudar em portugal, estudar em Portugal, entrar na universidade, matrícula universidade, estatuto de igualdade, refugiado estudante, fazer faculdade, regime de estudante internacional, valor das propinas, concurso especial, maiores de 23, nota de candidatura, universidade publica, universidade de lisboa, universidade do porto, coimbra, ensino medio completo
    .questions =
        como entrar na universidade em portugal sendo estrangeiro
        estudante internacional propinas quanto custa
        moro em portugal com título de residência, posso concorrer como estudante nacional?
        concurso nacional de acesso para imigrantes
        quero fazer faculdade em portugal, tenho ensino médio do brasil, como faço
        vestibular em portugal existe?
        candidatura universidade portugal documentos
        o ENEM serve para entrar numa universidade portuguesa?
        meu filho terminou o secundário aqui, pode entrar na universidade como português?
        politécnico para estrangeiros, como me candidato
        tenho 25 anos e nao terminei o secundario, posso entrar na universidade pelo concurso dos maiores de 23?
        quanto custa a propina de uma licenciatura pra estudante internacional na universidade do porto?
        tenho residencia em portugal ha 2 anos, pago a propina de estudante nacional ou internacional?
        fiz o ensino medio no brasil, preciso fazer os exames nacionais portugueses pra entrar na faculdade?
        quero fazer mestrado em portugal, a candidatura é direto na universidade?
        sou refugiado, ha algum regime especial para entrar no ensino superior?
        ha bolsa de estudo da DGES para estudantes imigrantes na faculdade?

diploma-equivalence = Equivalência de certificados escolares e diplomas estrangeiros
    .summary = Os certificados do ensino básico e secundário tirados no estrangeiro recebem equivalência numa escola, em qualquer altura do ano. Os diplomas do ensino superior são reconhecidos pela DGES ou por uma universidade ou politécnico, com um pedido pela internet.
    .body =
        A equivalência diz a que nível português corresponde o que estudou noutro país. Serve para continuar a estudar, para se candidatar a empregos e concursos públicos e, muitas vezes, para a formação profissional.

        ## Ensino básico e secundário
        - Pede-se numa escola pública do ensino básico ou secundário, ou numa escola privada com autonomia pedagógica. Quem ainda não vive em Portugal envia o pedido por correio à DGE (Direção-Geral da Educação, { $dge-web }).
        - Pode ser pedida em qualquer altura do ano.
        - Há tabelas de equivalência por país. Os casos que não estão nas tabelas são decididos pelos serviços do Ministério da Educação.

        ## Passos (escola)
        1. Peça na secretaria da escola o requerimento de equivalência.
        2. Junte os documentos e entregue tudo na escola.
        3. Aguarde a decisão e peça o certificado de equivalência.

        ## Documentos (escola)
        - Requerimento preenchido.
        - Certificado ou diploma com os anos concluídos e as notas finais.
        - O certificado tem de estar legalizado: pelo consulado de Portugal no país de origem, pela embaixada ou consulado do seu país em Portugal, ou com a Apostila de Haia.
        - Tradução para português, se o documento estiver noutra língua.
        - Cópia do documento de identificação.
        - Às vezes pedem também a escala de notas usada no país de origem.

        ## Ensino superior
        Os diplomas de licenciatura, mestrado e doutoramento são reconhecidos, não "equivalidos". Há três tipos:
        - Reconhecimento automático: para os graus que constam de uma lista oficial. Pede-se à DGES ou a uma instituição pública de ensino superior.
        - Reconhecimento de nível: diz a que grau português corresponde o seu.
        - Reconhecimento específico: compara o curso com um curso português concreto. Pode ser preciso para continuar os estudos ou para algumas profissões.

        O pedido faz-se pela internet, na plataforma da DGES ({ $dges-web }), com os documentos digitalizados e legalizados. Cada instituição tem a sua tabela de emolumentos: o reconhecimento automático é o mais barato; os outros custam bastante mais.

        ## Profissões reguladas
        Para ser médico, enfermeiro, engenheiro, advogado e outras profissões reguladas, além do reconhecimento do diploma é preciso a inscrição na ordem ou associação profissional.

        ## Se algo correr mal
        - Não consegue documentos do seu país (por exemplo, por guerra ou por ser refugiado): diga-o na escola ou à DGES. Há procedimentos alternativos.
        - Se o pedido for recusado, peça a decisão por escrito: pode reclamar ou recorrer.
        - Ajuda na sua língua: Linha de Apoio a Migrantes, { $lam-phone-landline } ou { $lam-phone-mobile }.
    .keywords = equivalência, equivalencia, equivalências, equivalencias, equivaler, reconhecimento de diploma, reconhecimento, reconhecer diploma, revalidação, revalidacao, revalidar diploma, validar diploma, diploma estrangeiro, certificado escolar, certificado de habilitações, certificado de habilitacoes, histórico escolar, historico escolar, 12.º ano, 12 ano, 9.º ano, ensino médio, ensino medio, secundário, secundario, licenciatura, mestrado, doutoramento, graduação, graduacao, faculdade, universidade, DGES, DGE, ReCon, apostila, apostila de haia, apostilamento, tradução, traducao, legalizar documentos, ordem dos médicos, ordem dos enfermeiros, ordem dos engenheiros, equivalencia de estudos, equivalência ao 12º ano, historico escolar brasileiro, boletim escolar, certificado de conclusão, tabela de equivalências, equivalencia de notas, média do secundário
    .questions =
        equivalencia do ensino medio brasileiro em portugal
        como fazer equivalência do 12º ano estrangeiro
        reconhecimento de diploma universitário DGES
        tenho licenciatura em angola, como reconhecer em portugal
        equivalencia de estudos na escola para o meu filho que vem do brasil
        reconhecimento automático de grau académico
        revalidar diploma em portugal quanto custa
        o meu certificado escolar precisa de apostila de haia para equivalência?
        preciso de equivalência do diploma para concorrer a um emprego
        sou de cabo verde e fiz o liceu lá, como obtenho a equivalência ao secundário português?
        o meu filho fez o 7 ano no brasil, como é feita a equivalencia quando chega a escola portuguesa?
        terminei o ensino medio em angola e preciso da equivalencia ao 12 ano pra um emprego, onde peço?
        a equivalencia de estudos estrangeiros pode ser pedida em qualquer escola secundaria?
        vim de cabo verde com o 10 ano feito, a escola da equivalencia e em que ano entro?
        preciso da media do ensino medio convertida para a escala portuguesa pra me candidatar, como se faz?
        o historico escolar precisa de traduçao ou vale em portugues do brasil?
        quanto tempo demora o reconhecimento do grau de mestre estrangeiro e quanto custa?
        perdi os certificados da escola no meu pais, como consigo a equivalencia sem eles?
