# Éducation : école des enfants, cours de portugais, études supérieures et équivalences.

school-enrolment = Inscrire ses enfants à l'école
    .summary = Tous les enfants et les jeunes qui vivent au Portugal ont droit à l'école publique, quelle que soit la situation des parents. L'inscription (matrícula) se fait dans le groupement d'écoles du quartier où vous vivez, à tout moment de l'année pour les enfants qui arrivent de l'étranger. L'école publique est gratuite et aide en portugais les élèves qui ne parlent pas la langue.
    .body =
        Au Portugal, l'école est obligatoire de { $school-compulsory-age-start } à { $school-compulsory-age-end ->
            [one] { $school-compulsory-age-end } an
           *[other] { $school-compulsory-age-end } ans
        }. Tous les enfants qui vivent ici ont le droit d'étudier à l'école publique, que les parents aient ou non une autorisation de résidence. L'école ne peut pas refuser l'inscription parce que les parents attendent une réponse de l'AIMA ou n'ont pas de papiers.

        ## Où et quand
        - Les écoles publiques sont organisées en groupements d'écoles (agrupamentos de escolas). Inscrivez l'enfant dans le groupement du quartier où vous vivez ou où vous travaillez. La mairie de quartier (Junta de Freguesia) ou la mairie (Câmara Municipal) vous dit lequel.
        - Les inscriptions normales ont lieu au printemps et en été, pour l'année scolaire suivante. Les enfants qui arrivent de l'étranger peuvent être inscrits à tout moment de l'année, selon les places dans les classes.
        - L'école maternelle (jardim de infância, educação pré-escolar) n'est pas obligatoire, mais la partie éducative est gratuite dans le public.

        ## Étapes
        1. Allez au secrétariat de l'école principale du groupement (escola sede). Si vous avez la Chave Móvel Digital (clé mobile numérique), vous pouvez aussi utiliser le Portal das Matrículas (portail des inscriptions).
        2. Remplissez l'inscription et indiquez qui est le responsable légal de l'enfant (encarregado de educação).
        3. Donnez les certificats scolaires du pays d'origine. L'école décide dans quelle classe l'enfant entre et s'occupe de l'équivalence.
        4. Demandez le soutien en portugais langue non maternelle (Português Língua Não Materna, PLNM) si l'enfant ne parle pas encore bien portugais. Il peut être demandé à tout moment de l'année.

        ## Documents à apporter
        - Pièce d'identité de l'enfant (par exemple le passeport) et du responsable légal.
        - Justificatif de domicile : contrat de location (contrato de arrendamento) ou attestation de la Junta de Freguesia.
        - Carnet de vaccination.
        - NIF et numéro d'usager du SNS (número de utente) de l'enfant, s'il les a déjà.
        - Certificats et bulletins de notes de l'ancienne école, si vous les avez.
        - Si l'enfant n'a pas d'autorisation de résidence, vous pouvez demander à l'AIMA l'enregistrement de mineur étranger (registo de menor estrangeiro), par e-mail à { $aima-minors-register-email }. Le document que vous recevez sert seulement pour l'accès à l'école et à la santé.

        S'il manque un document, faites quand même l'inscription et demandez à l'école comment le donner plus tard.

        ## Aides à l'école
        - Action sociale scolaire (Ação Social Escolar, ASE) : aide pour la cantine, les fournitures et les sorties scolaires, selon la tranche (escalão) de l'allocation familiale.
        - À l'école publique, les manuels scolaires sont en général gratuits.
        - Beaucoup d'écoles ont des médiateurs ou des professeurs de soutien pour les élèves qui arrivent d'autres pays.

        ## Combien ça coûte
        L'inscription et les cours à l'école publique sont gratuits. La cantine, la garderie après les cours (prolongamento de horário) et certaines activités peuvent être payantes ; l'ASE réduit ou supprime ces frais.

        ## En cas de problème
        - On a refusé l'inscription : demandez le motif par écrit et parlez à la direction du groupement.
        - Demandez de l'aide à la Ligne d'aide aux migrants (Linha de Apoio a Migrantes), { $lam-phone-landline } ou { $lam-phone-mobile }, ou dans un CNAI.
    .keywords = inscription scolaire, inscription ecole, inscription école, inscrire mon enfant, inscrire mes enfants a l ecole, inscrire enfant, ecole, école, ecole publique, école publique, ecole gratuite, college, collège, lycee, lycée, maternelle, creche, crèche, primaire, CP, rentree, rentrée, annee scolaire, année scolaire, classe, enfant, enfants, mon fils, ma fille, eleve, élève, cantine, fournitures, manuels, livres gratuits, aide scolaire, bourse scolaire, enfant sans papiers, enfant sans documents, mon enfant parle pas portugais, cours de portugais enfant, place a l ecole, ecole obligatoire, matrícula, matricula, matricular, escola, agrupamento de escolas, agrupamento, jardim de infância, pré-escolar, ano letivo, PLNM, português língua não materna, ASE, ação social escolar, acao social escolar, encarregado de educação, portal das matrículas, registo de menor
    .questions =
        inscrire mon enfant à l'école au portugal
        mes enfants peuvent aller à l'école si on n'a pas de papiers ?
        école publique gratuite pour étrangers ?
        on est arrivés en milieu d'année, mon fils peut commencer l'école ?
        documents pour l'inscription scolaire
        ma fille ne parle pas portugais, il y a du soutien à l'école ?
        quelle école choisir, l'agrupamento près de chez moi ?
        l'école refuse mon enfant, que faire
        livres et cantine payants à l'école publique ?
        maternelle pour enfant de 4 ans

portuguese-courses = Cours de portugais gratuits pour adultes
    .summary = Les cours de portugais langue d'accueil (Português Língua de Acolhimento, PLA) sont, pour la plupart, gratuits et s'adressent aux migrants dont le portugais n'est pas la langue maternelle. Ils ont lieu dans des écoles publiques, des centres de l'IEFP et des Centres Qualifica. Le certificat de niveau A2 sert de preuve de portugais pour la nationalité et pour la résidence permanente.
    .body =
        Les cours de portugais langue d'accueil (Português Língua de Acolhimento, PLA) ont remplacé l'ancien programme « Português para Todos » (PPT). Ils apprennent à lire, écrire, parler et comprendre le portugais, et donnent un certificat des niveaux A1 + A2 (niveau élémentaire) et B1 + B2 (niveau indépendant).

        ## À quoi sert le certificat
        - Pour la vie de tous les jours, le travail et l'école des enfants.
        - Le certificat de niveau A2 ou plus prouve la connaissance du portugais demandée pour la nationalité, pour l'autorisation de résidence permanente et pour le statut de résident de longue durée.
        - Pour la nationalité, la loi en vigueur depuis le { $nationality-law-in-force } demande aussi, selon des résumés d'avocats et la presse, un test civique sur la culture portugaise et les droits et devoirs des citoyens. Comment et où il se passe n'a pas encore été annoncé dans les sources que nous avons consultées : demandez à l'IRN quelles preuves on vous demande.

        ## Qui peut suivre les cours
        - Les personnes étrangères à partir de { $pla-min-age ->
            [one] { $pla-min-age } an
           *[other] { $pla-min-age } ans
        } dont la langue maternelle n'est pas le portugais.
        - En général, on demande un de ces documents : titre de séjour, visa, justificatif d'une demande en attente à l'AIMA, justificatif de la demande d'asile ou de protection temporaire, ou le NISS. Les règles peuvent changer d'un endroit à l'autre : demandez sur place.

        ## Où trouver des cours
        - Dans les écoles publiques (groupements d'écoles, agrupamentos de escolas), souvent le soir après le travail.
        - Dans les centres pour l'emploi et la formation professionnelle de l'IEFP ({ $iefp-web }).
        - Dans les Centres Qualifica.
        - Parfois dans des associations, des mairies ou des entreprises, grâce à des accords avec ces organismes.

        ## Étapes
        1. Cherchez un cours près de chez vous ou de votre travail : demandez à l'école, au centre de l'IEFP ou au Centre Qualifica, ou à la Ligne d'aide aux migrants (Linha de Apoio a Migrantes).
        2. Inscrivez-vous avec vos documents. On peut vous faire passer un test pour savoir à quel niveau commencer.
        3. Allez aux cours : trop d'absences peuvent vous empêcher d'avoir le certificat.
        4. À la fin, recevez le certificat du niveau terminé et gardez-le bien.

        ## Documents à apporter
        - Passeport ou titre de séjour.
        - Un des documents indiqués plus haut, si vous n'avez pas de titre de séjour.
        - NIF et NISS, si vous les avez.

        ## Combien ça coûte
        Selon l'AIMA, la grande majorité des cours PLA sont gratuits, mais cela peut dépendre de l'organisme qui donne le cours : demandez avant de vous inscrire. Il existe aussi des cours payants dans des universités, des écoles de langues et des entreprises. Avant de payer, vérifiez que le certificat est accepté pour ce dont vous avez besoin : pour la nationalité, le certificat doit venir d'un organisme reconnu (école publique, centre de l'IEFP, Centre Qualifica ou examen officiel).

        ## En cas de problème
        - Pas de place ou pas de cours près de chez vous : demandez à être mis sur liste d'attente et essayez une autre école ou un autre centre.
        - Pour savoir où il y a des cours, vous pouvez aussi écrire à l'AIMA : { $aima-language-email }.
        - Pour de l'aide dans votre langue : Ligne d'aide aux migrants (Linha de Apoio a Migrantes), { $lam-phone-landline } ou { $lam-phone-mobile }.
    .keywords = cours de portugais, cour de portugais, cours portugais, cours de portugais gratuit, cours gratuit, cours gratuits, apprendre le portugais, apprendre portugais, parler portugais, je parle pas portugais, je ne parle pas portugais, portugais pour etrangers, portugais pour étrangers, langue portugaise, ecole de langue, école de langues, formation langue, cours du soir, alphabetisation, alphabétisation, A1, A2, B1, B2, niveau A2, niveau a2, certificat de portugais, certificat A2, diplome de portugais, langue pour la nationalite, PLA, português língua de acolhimento, portugues lingua de acolhimento, PPT, português para todos, curso de português, curso de portugues, aulas de português, IEFP, iefp, Qualifica, centro qualifica
    .questions =
        cours de portugais gratuits pour immigrés
        apprendre le portugais gratuitement à Lisbonne
        cours PLA comment s'inscrire
        le certificat A2 du cours gratuit compte pour la nationalité ?
        cours de portugais à l'iefp
        cours de portugais sans titre de séjour possible ?
        cours du soir de portugais pour ceux qui travaillent
        je veux l'A2 pour la résidence permanente, où étudier
        cours de portugais en ligne gratuit

higher-education = Entrer dans l'enseignement supérieur
    .summary = Les personnes qui vivent légalement au Portugal depuis un certain temps entrent à l'université ou dans un institut polytechnique comme les étudiants portugais, en général par le concours national d'accès (Concurso Nacional de Acesso) de la DGES. Les personnes qui viennent de l'étranger pour étudier postulent comme étudiants internationaux, directement auprès de l'établissement, et paient des frais de scolarité plus élevés.
    .body =
        L'enseignement supérieur comprend les universités et les instituts polytechniques (politécnicos), publics et privés. La DGES (Direção-Geral do Ensino Superior, { $dges-web }) organise le concours national d'accès (Concurso Nacional de Acesso) aux établissements publics. Chaque établissement s'occupe des concours spéciaux et des étudiants internationaux.

        ## Étudiant national ou international ?
        Vous êtes étudiant international (estudante internacional) si, au début de l'année où vous postulez, tout cela est vrai pour vous :
        - vous n'avez pas la nationalité portugaise ni celle d'un pays de l'Union européenne ou de l'Espace économique européen ;
        - vous n'êtes pas membre de la famille d'un citoyen portugais ou de l'Union européenne ;
        - vous ne vivez pas légalement au Portugal depuis plus de { $higher-ed-international-residence-years ->
            [one] { $higher-ed-international-residence-years } an
           *[other] { $higher-ed-international-residence-years } ans
        } de suite (et vous n'êtes pas l'enfant d'une personne dans ce cas) ;
        - vous n'avez pas le statut d'égalité des droits et des devoirs (estatuto de igualdade, par exemple celui des Brésiliens).

        Si vous n'êtes pas étudiant international, vous postulez et payez comme les étudiants portugais. Il y a des exceptions : renseignez-vous auprès du service de scolarité (serviços académicos).

        ## Comment entrer
        - Concours national d'accès : candidature sur internet, en été. Il faut avoir fini le lycée (ensino secundário), avec l'équivalence si vous l'avez fait à l'étranger, et passer les examens nationaux demandés par le cursus (provas de ingresso).
        - Concours spéciaux, par exemple pour les plus de { $higher-ed-mature-age ->
            [one] { $higher-ed-mature-age } an
           *[other] { $higher-ed-mature-age } ans
        }, avec des épreuves organisées par l'établissement lui-même.
        - Étudiant international : vous postulez directement auprès de l'université ou du polytechnique, selon l'avis de candidature (edital) et le calendrier de chaque établissement.
        - Les réfugiés et les personnes en situation d'urgence humanitaire ont un régime spécial : demandez à l'établissement.

        ## Étapes (étudiant international)
        1. Choisissez le cursus et lisez l'avis de candidature (edital) de l'établissement.
        2. Postulez sur internet, avec les documents demandés.
        3. Si vous êtes accepté et vivez encore hors du Portugal, demandez le visa d'études au consulat.
        4. Faites votre inscription (matrícula) et payez les frais de scolarité (propina).

        ## Documents
        - Passeport ou titre de séjour.
        - Diplôme et relevé de notes du lycée (par exemple le bac), légalisés (apostille de La Haye ou consulat) et traduits, si nécessaire.
        - Justificatif des examens ou épreuves demandés par le cursus.
        - Justificatif du niveau de portugais, si l'établissement le demande.

        ## Combien ça coûte
        - Les frais de scolarité (propina) des établissements publics pour les étudiants nationaux ont un montant maximum fixé par la loi.
        - Les étudiants internationaux paient des frais plus élevés, fixés par chaque établissement. Les établissements privés ont leurs propres prix.
        - Il peut y avoir des frais de candidature et d'inscription.
        - Pour les bourses d'études, renseignez-vous auprès des services d'action sociale (Serviços de Ação Social) de l'établissement.

        ## En cas de problème
        - Vous ne savez pas si vous êtes étudiant national ou international : demandez au service de scolarité avant de postuler.
        - Pour de l'aide dans votre langue : Ligne d'aide aux migrants (Linha de Apoio a Migrantes), { $lam-phone-landline } ou { $lam-phone-mobile }.
    .keywords = universite, université, fac, faculte, faculté, polytechnique, enseignement superieur, enseignement supérieur, etudes superieures, études supérieures, licence, master, doctorat, s inscrire a la fac, inscription universite, inscription fac, entrer a l universite, candidature, postuler, concours, concours d acces, examens nationaux, bac, baccalaureat, baccalauréat, apres le bac, parcoursup, etudiant international, étudiant international, etudiant etranger, frais de scolarite, frais de scolarité, combien coute l universite, prix fac, bourse, bourse d etudes, plus de 23 ans, reprendre les etudes, etudier au portugal, refugie etudiant, universidade, faculdade, politécnico, politecnico, ensino superior, licenciatura, mestrado, doutoramento, concurso nacional de acesso, provas de ingresso, estudante internacional, propina, propinas, edital, matrícula, estatuto de igualdade, maiores de { $higher-ed-mature-age }, DGES, dges
    .questions =
        s'inscrire à l'université au portugal
        frais de scolarité étudiant international portugal
        concurso nacional de acesso pour étrangers résidents
        je vis ici depuis des années avec titre de séjour, je paie les mêmes frais que les portugais ?
        examens d'entrée à l'université
        postuler à un master au portugal depuis l'étranger
        documents pour l'admission à l'université
        bourses pour étudiants immigrés

diploma-equivalence = Équivalence des diplômes et certificats scolaires étrangers
    .summary = Les certificats de l'école primaire, du collège et du lycée (ensino básico e secundário) obtenus à l'étranger reçoivent une équivalence dans une école, à tout moment de l'année. Les diplômes de l'enseignement supérieur sont reconnus par la DGES ou par une université ou un polytechnique, avec une demande sur internet.
    .body =
        L'équivalence (equivalência) dit à quel niveau portugais correspondent les études que vous avez faites dans un autre pays. Elle sert à continuer vos études, à postuler à des emplois et à des concours de la fonction publique et, souvent, à entrer en formation professionnelle.

        ## École primaire, collège et lycée (ensino básico e secundário)
        - L'équivalence se demande dans une école publique de l'ensino básico ou secundário, ou dans une école privée qui a l'autonomie pédagogique. Si vous ne vivez pas encore au Portugal, envoyez la demande par la poste à la DGE (Direção-Geral da Educação, { $dge-web }).
        - Elle peut être demandée à tout moment de l'année.
        - Il existe des tableaux d'équivalence par pays. Les cas qui ne sont pas dans les tableaux sont décidés par les services du ministère de l'Éducation.

        ## Étapes (école)
        1. Demandez au secrétariat de l'école le formulaire de demande d'équivalence (requerimento de equivalência).
        2. Joignez les documents et déposez le tout à l'école.
        3. Attendez la décision et demandez le certificat d'équivalence.

        ## Documents (école)
        - Le formulaire rempli.
        - Le certificat ou le diplôme avec les années terminées et les notes finales.
        - Le certificat doit être légalisé : par le consulat du Portugal dans le pays d'origine, par l'ambassade ou le consulat de votre pays au Portugal, ou avec l'apostille de La Haye.
        - Une traduction en portugais, si le document est dans une autre langue.
        - Une copie de la pièce d'identité.
        - On demande parfois aussi le barème de notes utilisé dans le pays d'origine.

        ## Enseignement supérieur
        Les diplômes de licence (licenciatura), de master (mestrado) et de doctorat (doutoramento) sont « reconnus » (reconhecimento), ils ne reçoivent pas une « équivalence ». Il y a trois types de reconnaissance :
        - Reconnaissance automatique (reconhecimento automático) : pour les diplômes qui sont sur une liste officielle. Elle se demande à la DGES ou à un établissement public d'enseignement supérieur.
        - Reconnaissance de niveau (reconhecimento de nível) : elle dit à quel grade portugais correspond le vôtre.
        - Reconnaissance spécifique (reconhecimento específico) : elle compare votre cursus à un cursus portugais précis. Elle peut être nécessaire pour continuer vos études ou pour certains métiers.

        La demande se fait sur internet, sur la plateforme de la DGES ({ $dges-web }), avec les documents scannés et légalisés. Chaque établissement a ses propres tarifs (emolumentos) : la reconnaissance automatique est la moins chère ; les autres coûtent beaucoup plus.

        ## Professions réglementées
        Pour être médecin, infirmier, ingénieur, avocat ou exercer d'autres professions réglementées, il faut, en plus de la reconnaissance du diplôme, s'inscrire à l'ordre ou à l'association professionnelle.

        ## En cas de problème
        - Vous ne pouvez pas obtenir les documents de votre pays (par exemple à cause d'une guerre, ou parce que vous êtes réfugié) : dites-le à l'école ou à la DGES. Il existe d'autres procédures.
        - Si la demande est refusée, demandez la décision par écrit : vous pouvez la contester ou faire appel.
        - Pour de l'aide dans votre langue : Ligne d'aide aux migrants (Linha de Apoio a Migrantes), { $lam-phone-landline } ou { $lam-phone-mobile }.
    .keywords = equivalence, équivalence, equivalences, équivalences, equivalence diplome, équivalence diplôme, equivalence bac, équivalence du bac, bac, baccalaureat, baccalauréat, BEPC, brevet, CEP, diplome etranger, diplôme étranger, diplome africain, certificat scolaire, bulletin de notes, releve de notes, relevé de notes, niveau scolaire, college, collège, lycee, lycée, terminale, seconde, reconnaissance diplome, reconnaissance de diplôme, faire reconnaitre mon diplome, valider mon diplome, licence, master, doctorat, maitrise, maîtrise, DUT, BTS, apostille, apostille de la haye, legalisation, légalisation, legaliser, traduction, traduction certifiee, equivalência, equivalencia, reconhecimento, reconhecimento automático, reconhecimento de nível, reconhecimento específico, certificado de habilitações, 12.º ano, 9.º ano, ensino secundário, ensino básico, DGES, DGE, ReCon, apostila, ordem dos médicos
    .questions =
        équivalence du bac au portugal
        faire reconnaître mon baccalauréat
        bulletins scolaires de mes enfants, équivalence où
        équivalence diplôme licence dges en ligne
        apostille obligatoire pour l'équivalence du diplôme ?
        combien coûte l'équivalence
        l'école demande la traduction des notes de mon enfant
        on peut faire l'équivalence à n'importe quel moment de l'année ?
        diplôme du Sénégal équivalence 12e année
