# Santé : numéro d'usager, centre de santé, urgences et ligne SNS 24.

sns-user-number = Numéro d'usager du SNS
    .summary = Le numéro d'usager (número de utente) vous identifie dans le Service national de santé (SNS). Selon l'Autorité de régulation de la santé (ERS), au { $health-ers-faq-date }, il est attribué à toute personne qui s'adresse à une unité du SNS, y compris sans autorisation de résidence, mais l'enregistrement est alors « em curso » (en cours) ou « incompleto » (incomplet) et certains soins peuvent être facturés. Les urgences, la grossesse, les enfants, les vaccins et les maladies contagieuses sont pris en charge quelle que soit votre situation.
    .body =
        Le numéro d'usager (Número Nacional de Utente) est votre numéro dans le SNS. Il sert à prendre rendez-vous au centre de santé, demander un médecin de famille, vous faire vacciner, recevoir des ordonnances et utiliser SNS 24 sur internet ({ $sns24-web }) et dans l'application.

        ## Ce que disent les règles aujourd'hui
        - Le numéro est attribué par le Registre national des usagers (Registo Nacional de Utentes, RNU). Ses règles ont été modifiées par le Despacho n.º 14830/2024 du { $health-rnu-rules-date }.
        - En avril 2025, un article de presse a affirmé que l'inscription exigeait désormais une autorisation de résidence. L'ERS l'explique autrement dans sa foire aux questions du { $health-ers-faq-date } : l'enregistrement se fait quand la personne s'adresse à une unité du SNS, avec un minimum de données (nom, sexe, date de naissance, pays de nationalité et de naissance).
        - Avec une autorisation de résidence valide et une adresse au Portugal, l'enregistrement est « atualizado » (à jour) : vous avez accès aux soins dans les mêmes conditions que les Portugais et pouvez demander un médecin de famille.
        - Sans autorisation de résidence valide, l'enregistrement est « em curso » ou « incompleto ». Vous avez un numéro d'usager, mais les soins hors de la liste ci-dessous peuvent vous être facturés.
        - Une association (Humans Before Borders, mars 2025) affirme que la personne qui ne régularise pas sa situation en { $health-rnu-pending-limit-days ->
            [one] { $health-rnu-pending-limit-days } jour
           *[other] { $health-rnu-pending-limit-days } jours
        } peut perdre l'accès. Nous ne l'avons pas trouvé dans un texte officiel : renseignez-vous au centre de santé ou auprès de l'ERS.

        ## Pris en charge quelle que soit votre situation
        Selon l'ERS, ces soins sont garantis avec ou sans autorisation de résidence :
        - urgences ;
        - grossesse, accouchement et planification familiale ;
        - enfants et jeunes mineurs ;
        - vaccins et maladies contagieuses (santé publique).

        ## Étapes
        1. Trouvez le centre de santé (ou l'Unité de santé familiale, USF) de votre adresse. Vous pouvez demander à la Junta de Freguesia ou appeler SNS 24 au { $sns24-phone }.
        2. Allez à l'accueil (secretariado clínico) et demandez votre inscription comme usager.
        3. Présentez vos documents et vérifiez vos données et votre adresse. Demandez quel type d'enregistrement vous avez : « atualizado », « em curso » ou « incompleto ».
        4. Gardez le papier avec votre numéro d'usager.
        5. Si vous avez une autorisation de résidence, demandez aussi un médecin de famille. S'il n'y en a pas de libre, vous êtes inscrit sur liste d'attente.

        ## Documents à apporter
        - Passeport ou titre de séjour. Si vous l'avez, le récépissé de votre demande auprès de l'AIMA.
        - NIF et NISS, si vous les avez.
        - Justificatif d'adresse : bail ou attestation de résidence (atestado de residência) de la Junta de Freguesia. Sans autorisation de résidence, apportez une attestation indiquant que vous vivez au Portugal depuis plus de { $health-undocumented-min-days ->
            [one] { $health-undocumented-min-days } jour
           *[other] { $health-undocumented-min-days } jours
        }.
        - Pour un enfant : le document de l'enfant et celui d'un des parents.

        ## Coûts
        - L'inscription est gratuite.
        - Avec un enregistrement « atualizado », les consultations au centre de santé n'ont pas de ticket modérateur (taxa moderadora).
        - Avec un enregistrement « em curso » ou « incompleto », les soins hors de la liste ci-dessus peuvent être facturés. Ce qui se paie n'est pas clair : le { $health-ers-clarification-date }, l'ERS a demandé au ministère de la Santé de le préciser, et nous n'avons pas trouvé de réponse. Renseignez-vous à l'accueil avant une consultation non urgente.

        ## Les services de santé et l'AIMA
        Nous n'avons trouvé aucune règle qui oblige les centres de santé ou les hôpitaux à signaler à l'AIMA ou à la police la situation de séjour d'un patient, ni de texte officiel disant qu'ils ne le font jamais. Les professionnels de santé sont tenus au secret. En mars 2025, une association a averti que les nouvelles règles du RNU permettent de partager des données avec d'autres organismes, sans préciser lesquels. En cas de doute, renseignez-vous au centre de santé, auprès de SNS 24, de l'ERS ou d'un CNAI. En cas d'urgence, n'hésitez pas à aller aux urgences.

        ## En cas de problème
        - Inscription refusée : demandez le motif par écrit et le nom du service. Écrivez dans le livre de réclamations (Livro de Reclamações) ou portez plainte auprès de l'ERS.
        - Demandez de l'aide à la Ligne d'aide aux migrants (Linha de Apoio a Migrantes), { $lam-phone-landline } ou { $lam-phone-mobile }, ou dans un CNAI.
        - Vous avez déménagé : demandez le transfert de votre inscription au centre de santé de votre nouveau quartier.
    .keywords = numéro d'usager, numero d'usager, numéro de santé, numero de utente, número de utente, utente, carte d'usager, NNU, RNU, SNS, service national de santé, sécurité sociale santé, centre de santé, centre de sante, centro de saude, médecin de famille, medecin de famille, médecin traitant, s'inscrire au centre de santé, inscription, médecin, medecin, docteur, consultation, rendez-vous médecin, vaccins, ordonnance, sans papiers, sans titre de séjour, sans autorisation de résidence, atestado, registo em curso, registo incompleto, AIMA, dénonciation
    .questions =
        comment avoir le numero de utente
        j'ai mon NISS, il me faut un autre numéro pour l'hôpital ?
        numéro de santé SNS pour étranger
        numero utente sans titre de séjour
        registo incompleto sur mon numéro utente ça veut dire quoi
        il faut un atestado pour s'inscrire au centre de santé
        équivalent carte vitale au portugal
        le numéro d'utilisateur SNS est gratuit ?
        le centre de santé va me signaler à l'aima ?

emergency-and-sns24 = Urgences ({ $emergency-phone }) et ligne SNS 24
    .summary = En cas d'urgence où une vie est en danger, appelez le { $emergency-phone } : c'est gratuit. Pour un problème de santé qui n'est pas une urgence, appelez d'abord le SNS 24, au { $sns24-phone } : un professionnel de santé évalue la situation et vous dit quoi faire et où aller.
    .body =
        ## Quand appeler le { $emergency-phone }
        Le { $emergency-phone } est le numéro d'urgence européen. Appelez-le quand la vie de quelqu'un est en danger :
        - grosse difficulté à respirer, forte douleur dans la poitrine, évanouissement, convulsions ou saignement qui ne s'arrête pas ;
        - signes d'AVC : bouche de travers, faiblesse d'un côté du corps, difficulté à parler ;
        - accident grave, incendie, agression ou crime en train de se passer.

        L'appel est gratuit et peut se faire depuis n'importe quel portable, même sans crédit. Le { $emergency-phone } envoie l'ambulance de l'INEM, les pompiers ou la police.

        ## Quoi dire au { $emergency-phone }
        1. Ce qui s'est passé et combien de personnes ont besoin d'aide.
        2. Où vous êtes : adresse, ville ou village, et des repères.
        3. Le numéro de téléphone d'où vous appelez.
        4. Répondez aux questions, parlez lentement et ne raccrochez pas avant qu'on vous le dise.

        ## SNS 24 : quand ce n'est pas une urgence
        - Fièvre, vomissements, douleurs, petite blessure, enfant malade ou question sur un médicament : appelez le SNS 24, au { $sns24-phone }. On vous répond à toute heure, tous les jours.
        - Un professionnel de santé évalue votre situation (triage) et vous dit quoi faire : vous soigner à la maison, aller au centre de santé ou aller aux urgences. Si besoin, il vous oriente.
        - Vous pouvez appeler même si vous n'avez pas encore de numéro d'usager.
        - Le SNS 24 a aussi un site internet ({ $sns24-web }) et une application.

        ## Aller aux urgences de l'hôpital
        - Si c'est grave, allez-y tout de suite, ou appelez le { $emergency-phone }.
        - À l'arrivée, il y a un tri (triagem) : les cas les plus graves passent en premier. Pour les cas légers, l'attente peut durer de longues heures.
        - Apportez une pièce d'identité, votre numéro d'usager si vous l'avez, et la liste des médicaments que vous prenez.
        - Beaucoup d'hôpitaux ont des urgences spéciales pour les enfants (urgência pediátrica).

        ## Combien ça coûte
        - Appeler le { $emergency-phone } est gratuit.
        - Aux urgences de l'hôpital, vous payez le ticket modérateur (taxa moderadora) seulement si vous y allez de vous-même, sans être envoyé par le SNS 24, l'INEM ou le centre de santé, et si vous n'êtes pas hospitalisé. Donc, quand ce n'est pas grave, appelez d'abord le SNS 24.
        - Les personnes qui ne sont pas inscrites au SNS peuvent recevoir une facture plus tard.
        - Les soins urgents ne sont jamais refusés, avec ou sans papiers, avec ou sans autorisation de résidence.

        ## En cas de problème
        - Si vous pensez avoir été mal reçu, demandez le cahier de réclamations (Livro de Reclamações) à l'hôpital ou au centre de santé.
        - Si vous n'avez ni médecin ni numéro d'usager, regardez comment vous inscrire au centre de santé.
    .keywords = { $emergency-phone }, urgence, urgences, urgense, numero d urgence, numéro d'urgence, numero urgence, ambulance, samu, pompiers, police, INEM, inem, SNS 24, sns24, sns 24, { $sns24-phone }, hopital, hôpital, aller a l hopital, fievre, fièvre, douleur, malade, enfant malade, bebe malade, bébé malade, medecin la nuit, médecin de garde, infirmier, accident, qui appeler, urgência, urgencia, urgências, triagem, taxa moderadora, saúde 24, saude 24
    .questions =
        numéro d'urgence portugal
        numero sns 24
        mon enfant a beaucoup de fièvre la nuit, j'appelle qui
        ambulance payante au portugal ?
        aller aux urgences ou appeler d'abord la ligne santé
        combien coûtent les urgences à l'hôpital
        on parle français au 112 ?
        quoi dire quand on appelle les secours
        je suis allé aux urgences sans appeler le sns 24, je vais payer plus ?

family-doctor = Médecin de famille et centre de santé
    .summary = Le médecin de famille (médico de família) suit votre santé et celle de votre famille au centre de santé du quartier où vous vivez. Pour en avoir un, inscrivez-vous au centre de santé avec votre numéro d'usager (número de utente) et demandez un médecin de famille. S'il n'y a pas de place, vous êtes mis sur liste d'attente, mais vous pouvez quand même être soigné.
    .body =
        Le centre de santé (centro de saúde) est la porte d'entrée du Service national de santé (Serviço Nacional de Saúde, SNS). Il peut s'appeler USF (Unidade de Saúde Familiar) ou UCSP, et il fait partie de l'Unité locale de santé (Unidade Local de Saúde, ULS) de votre secteur. Vous y avez une équipe de famille : un médecin de famille et un infirmier de famille.

        ## Ce que fait le médecin de famille
        - Des consultations quand vous êtes malade et des consultations de suivi.
        - Des ordonnances, et le renouvellement des ordonnances pour les médicaments que vous prenez tout le temps.
        - Des demandes d'analyses et d'examens, et l'envoi vers un spécialiste à l'hôpital.
        - L'arrêt maladie (baixa médica, certificado de incapacidade temporária) quand vous ne pouvez pas travailler.
        - Le suivi de la grossesse, les consultations des enfants, les vaccins et la contraception (planeamento familiar).

        ## Qui peut en avoir un
        - Les personnes qui vivent au Portugal et sont inscrites au centre de santé du quartier de leur adresse.
        - En général, pour avoir un médecin de famille attribué, il faut une inscription complète, avec une autorisation de résidence valide et une adresse au Portugal.
        - Les personnes qui n'ont pas encore d'autorisation de résidence sont aussi reçues au centre de santé, avec des règles particulières.

        ## Étapes
        1. Demandez le numéro d'usager (número de utente), si vous ne l'avez pas encore.
        2. À l'accueil (secretariado clínico) du centre de santé de votre adresse, demandez l'inscription dans l'unité et un médecin de famille.
        3. Vérifiez votre adresse, votre numéro de portable et votre e-mail : c'est par là qu'arrivent les messages.
        4. S'il n'y a pas de médecin libre, vous êtes inscrit sur liste d'attente. En attendant, pour un problème de santé, demandez une consultation du jour (consulta aberta ou de recurso) au centre de santé.
        5. Prenez rendez-vous à l'accueil, par le téléphone du centre de santé, sur le site du SNS 24 ({ $sns24-web }) ou dans l'application SNS 24.

        ## Documents à apporter
        - Numéro d'usager, passeport ou titre de séjour.
        - Justificatif de domicile : contrat de location (contrato de arrendamento) ou attestation de résidence (atestado de residência) de la mairie de quartier (Junta de Freguesia).
        - NIF et NISS, si vous les avez déjà.
        - Pour les enfants : les documents et le carnet de vaccination de chaque enfant.

        ## Combien ça coûte
        - S'inscrire et avoir un médecin de famille est gratuit.
        - Les consultations au centre de santé sont sans ticket modérateur (taxa moderadora).
        - À la pharmacie, vous payez la part des médicaments que le SNS ne rembourse pas.

        ## En cas de problème
        - Vous avez besoin d'aide et n'arrivez pas à avoir de consultation : appelez le SNS 24, au { $sns24-phone }. En cas d'urgence, le { $emergency-phone }.
        - Vous voulez vous plaindre : utilisez le cahier de réclamations (Livro de Reclamações) ou le bureau du citoyen (gabinete do cidadão) de l'ULS.
        - Vous avez déménagé : demandez le transfert de votre inscription au centre de santé de votre nouveau quartier.
        - Vous ne parlez pas bien portugais : venez avec une personne de confiance ou appelez la Ligne d'aide aux migrants (Linha de Apoio a Migrantes), { $lam-phone-landline } ou { $lam-phone-mobile }.
    .keywords = medecin de famille, médecin de famille, medecin traitant, médecin traitant, generaliste, généraliste, medecin generaliste, docteur, medecin, médecin, toubib, centre de sante, centre de santé, dispensaire, USF, UCSP, ULS, infirmier, infirmiere, infirmière, s inscrire au centre de sante, inscription centre de sante, liste d attente, pas de medecin, pas de médecin de famille, sans medecin, prendre rendez vous medecin, rdv medecin, rendez-vous médecin, consultation, consultation du jour, ordonnance, renouveler ordonnance, arret maladie, arrêt maladie, certificat medical, certificat médical, changer de medecin, demenagement, médico de família, medico de familia, centro de saúde, centro de saude, unidade de saúde familiar, consulta aberta, baixa médica, baixa medica, CIT, SNS, sns, SNS 24, app sns24, utente, número de utente
    .questions =
        avoir un médecin traitant au portugal
        pas de médecin de famille, liste d'attente
        s'inscrire au centro de saude
        il faut un titre de séjour pour avoir un médecin de famille ?
        prendre rendez vous avec mon médecin de famille
        USF et UCSP c'est quoi
        consultation au centre de santé combien ça coûte
        le centre de santé refuse de m'inscrire
        ordonnance sans médecin de famille

health-without-papers = Se soigner sans autorisation de résidence
    .summary = Sans autorisation de résidence, vous pouvez utiliser le Service national de santé (SNS) et obtenir un numéro d'usager, avec un enregistrement « em curso » (en cours) ou « incompleto » (incomplet) (Autorité de régulation de la santé, ERS, { $health-ers-faq-date }). Les urgences, la grossesse et l'accouchement, les enfants, les vaccins et les maladies contagieuses sont pris en charge quelle que soit votre situation ; d'autres soins peuvent être facturés. Nous n'avons trouvé aucune règle obligeant les services de santé à prévenir l'AIMA.
    .body =
        La loi de base de la santé (Lei de Bases da Saúde) compte parmi les bénéficiaires du SNS les migrants, en situation régulière ou non. L'ERS l'a rappelé dans sa foire aux questions du { $health-ers-faq-date }. Personne ne peut être privé de soins urgents.

        ## Ce qui a changé et ce qui reste flou
        - Les règles du Registre national des usagers (RNU) ont changé avec le Despacho n.º 14830/2024 du { $health-rnu-rules-date }. En avril 2025, un article de presse a affirmé que l'inscription exigeait désormais une autorisation de résidence.
        - Selon l'ERS (août 2025), le numéro d'usager est toujours attribué à toute personne qui s'adresse à une unité du SNS. Sans autorisation de résidence valide, l'enregistrement est « em curso » ou « incompleto ».
        - Le { $health-restriction-bill-date }, le Parlement a approuvé un projet de loi limitant l'accès au SNS des étrangers sans séjour légal. Nous n'avons pas trouvé cette loi publiée. Si vous entendez parler de nouvelles règles, vérifiez auprès de l'ERS ou de votre centre de santé.
        - Ce qui se paie n'est pas clair : le { $health-ers-clarification-date }, l'ERS a demandé au ministère de la Santé de préciser l'accès et les paiements des personnes sans autorisation de résidence ni attestation de la Junta, et nous n'avons pas trouvé de réponse.

        ## Soins garantis
        Selon l'ERS et les instructions du ministère de la Santé qu'elle cite, ces soins sont donnés avec ou sans autorisation de résidence :
        - soins urgents et urgences vitales ;
        - grossesse, accouchement et suites de couches, et planification familiale ;
        - soins aux enfants et aux jeunes mineurs ;
        - vaccins, et maladies contagieuses dangereuses pour la santé publique, comme la tuberculose ou le VIH ;
        - soins aux personnes en exclusion sociale ou en difficulté économique confirmée par la Sécurité sociale (Segurança Social).

        ## Autres soins
        - Les consultations et examens hors de cette liste peuvent être facturés aux tarifs du SNS. La facture peut arriver plus tard.
        - Avec une attestation de la Junta de Freguesia indiquant que vous vivez au Portugal depuis plus de { $health-undocumented-min-days ->
            [one] { $health-undocumented-min-days } jour
           *[other] { $health-undocumented-min-days } jours
        }, les règles du RNU exonèrent de paiement les « soins urgents et vitaux ». Ce que cela couvre n'est pas défini.
        - Avant une consultation non urgente, demandez à l'accueil si vous devrez payer.

        ## Étapes
        1. Demandez une attestation de résidence (atestado de residência) à la Junta de Freguesia.
        2. Allez au centre de santé de votre quartier et demandez votre enregistrement comme usager. Demandez quel type d'enregistrement vous avez et gardez votre numéro d'usager.
        3. Si vous avez une demande en cours auprès de l'AIMA, apportez le récépissé et montrez-le à l'accueil.
        4. En cas d'urgence, allez aux urgences de l'hôpital ou appelez le { $emergency-phone }, avec ou sans papiers.

        ## Documents à apporter
        - Passeport ou autre pièce d'identité. Sans document, donnez quand même votre nom et votre date de naissance : les urgences n'attendent pas les papiers.
        - Attestation de résidence de la Junta de Freguesia.
        - Récépissé de votre demande auprès de l'AIMA, si vous en avez un.
        - Si vous ne pouvez pas payer : une attestation de difficulté économique (carência económica) de la Sécurité sociale.

        ## Les services de santé et l'AIMA
        - Nous n'avons trouvé aucune règle qui oblige les centres de santé ou les hôpitaux à signaler à l'AIMA ou à la police la situation de séjour d'un patient, ni de texte officiel disant qu'ils ne le font jamais.
        - Les médecins, infirmiers et autres professionnels de santé sont tenus au secret, et vos données de santé sont protégées.
        - En mars 2025, une association (Humans Before Borders) a averti que les nouvelles règles du RNU permettent de partager des données avec d'autres organismes, sans préciser lesquels.
        - En cas de doute, renseignez-vous au centre de santé, auprès de SNS 24 ({ $sns24-phone }), de l'ERS ou d'un CNAI. Ne renoncez pas aux soins urgents par peur.

        ## En cas de problème
        - On vous a refusé des soins : demandez le motif par écrit, écrivez dans le livre de réclamations (Livro de Reclamações) ou portez plainte auprès de l'ERS.
        - Vous avez reçu une facture que vous ne pouvez pas payer : parlez-en aux services de l'hôpital et à la Sécurité sociale.
        - Pour de l'aide dans votre langue : Ligne d'aide aux migrants (Linha de Apoio a Migrantes), { $lam-phone-landline } ou { $lam-phone-mobile }, ou un CNAI.
    .keywords = sans papiers, sans papier, sans documents, clandestin, illégal, illegal, irrégulier, situation irrégulière, sans titre de séjour, sans autorisation de résidence, sans visa, visa expiré, en attente AIMA, dossier en cours, immigré illégal, puis-je voir un médecin, aller chez le médecin, aller à l'hôpital, hôpital, hopital, centre de santé, centre de sante, SNS, numéro d'usager, numero de utente, dois-je payer, payer la consultation, facture hôpital, dénonciation, denoncer, police, l'hôpital prévient l'AIMA, secret médical, confidentialité, atestado da junta, registo em curso, registo incompleto, numéro d'usager provisoire, urgences, enceinte, vaccins, tuberculose, VIH, sida, soins gratuits
    .questions =
        aller à l'hôpital sans papiers au portugal
        sans papiers je dois payer le médecin ?
        mon visa a expiré, je peux utiliser le SNS ?
        l'hôpital va me dénoncer à l'immigration ?
        en attente de l'AIMA, j'ai accès aux soins ?
        j'ai reçu une facture de l'hôpital car pas de titre de séjour
        soins gratuits pour sans papiers
        consulter un médecin avec seulement mon passeport

pregnancy-and-children-health = Grossesse et santé des enfants
    .summary = Pendant la grossesse, les consultations au centre de santé, les analyses, les échographies et l'accouchement dans un hôpital du SNS sont assurés, même pour les femmes sans autorisation de résidence. Les vaccins du Programme national de vaccination sont gratuits et les enfants ont des consultations régulières au centre de santé.
    .body =
        La santé des femmes enceintes et des enfants est une priorité du Service national de santé (Serviço Nacional de Saúde, SNS). Ces soins ne dépendent pas de la situation des parents auprès de l'AIMA.

        ## Pendant la grossesse
        1. Dès que vous savez que vous êtes enceinte, allez au centre de santé de votre quartier et demandez la consultation de suivi de grossesse (consulta de vigilância da gravidez).
        2. Vous recevez le carnet de santé de la femme enceinte (Boletim de Saúde da Grávida) : apportez-le à toutes les consultations, à tous les examens et à l'accouchement.
        3. Les consultations, les analyses et les échographies font partie du suivi. Certaines échographies se font dans des cliniques qui ont un accord avec le SNS, avec la demande (requisição) du centre de santé.
        4. Le centre de santé peut vous donner un chèque-dentiste (cheque-dentista) pour aller chez le dentiste pendant la grossesse.
        5. L'accouchement se fait dans un hôpital du SNS. Avant d'aller aux urgences obstétricales (urgência de obstetrícia), si ce n'est pas une urgence grave, appelez le SNS 24 ({ $sns24-phone }) : il a un service pour les femmes enceintes et vous dit dans quel hôpital aller.

        Si vous travaillez, vous avez le droit de vous absenter pour les consultations de grossesse sans perdre de salaire. Prévenez votre employeur et demandez une attestation au centre de santé.

        ## Après la naissance
        - Déclarez la naissance du bébé dans les { $birth-registration-days ->
            [one] { $birth-registration-days } jour
           *[other] { $birth-registration-days } jours
        } : à l'hôpital, s'il a un guichet « Nascer Cidadão », ou dans un bureau d'état civil (Conservatória do Registo Civil).
        - Dans les premiers jours de vie, on fait le « teste do pezinho », une prise de sang au talon pour détecter des maladies rares.
        - Prenez le premier rendez-vous du bébé au centre de santé et demandez son numéro d'usager (número de utente).
        - Les aides en argent, comme l'allocation prénatale (abono pré-natal) et l'allocation parentale (subsídio parental), se demandent à la Sécurité sociale (Segurança Social).

        ## Vaccins
        - Les vaccins du Programme national de vaccination (Programa Nacional de Vacinação, PNV) sont gratuits pour tous les enfants et les adultes, avec ou sans autorisation de résidence. Ils se font au centre de santé.
        - Apportez le carnet de vaccination de votre pays : l'infirmier regarde ce qui manque et met le carnet à jour.

        ## Santé des enfants
        - Les enfants ont des consultations de santé régulières au centre de santé, avec le médecin et l'infirmier de famille, même quand ils vont bien.
        - Apportez toujours le carnet de santé de l'enfant (Boletim de Saúde Infantil e Juvenil).
        - Enfant malade : appelez le SNS 24. Beaucoup d'hôpitaux ont des urgences pour enfants (urgência pediátrica).

        ## Combien ça coûte
        - Le suivi de grossesse, l'accouchement, les consultations des enfants et les vaccins du programme national sont gratuits, avec ou sans autorisation de résidence.
        - À la pharmacie, vous pouvez avoir à payer une partie des médicaments prescrits.

        ## En cas de problème
        - On vous a refusé la consultation : demandez le motif par écrit et écrivez dans le cahier de réclamations (Livro de Reclamações) ou à l'autorité de régulation de la santé (Entidade Reguladora da Saúde, ERS).
        - En cas d'urgence pendant la grossesse ou avec un enfant, appelez le { $emergency-phone }.
        - Pour de l'aide dans votre langue : Ligne d'aide aux migrants (Linha de Apoio a Migrantes), { $lam-phone-landline } ou { $lam-phone-mobile }.
    .keywords = grossesse, enceinte, je suis enceinte, femme enceinte, suivi de grossesse, suivi grossesse, consultation prenatale, consultation prénatale, prenatal, prénatal, echographie, échographie, echo, écho, analyses, prise de sang, accouchement, accoucher, maternite, maternité, sage femme, sage-femme, gynecologue, gynécologue, gyneco, urgences maternite, bebe, bébé, nouveau ne, nouveau-né, declarer la naissance, déclarer bébé, acte de naissance, vaccin, vaccins, vaccination, carnet de vaccination, carnet de sante, carnet de santé, pediatre, pédiatre, enfant malade, bebe malade, bébé malade, urgences pediatriques, PMI, contraception, pilule, avortement, IVG, dentiste enceinte, gravidez, grávida, gravida, ecografia, parto, bebé, bebe, recém-nascido, teste do pezinho, nascer cidadão, boletim de saúde da grávida, cheque-dentista, vacinas, vacinação, boletim de vacinas, PNV, urgência pediátrica, abono pré-natal, subsídio parental
    .questions =
        enceinte sans papiers, je peux accoucher à l'hôpital public ?
        vaccins obligatoires enfants portugal
        suivi de grossesse gratuit au portugal
        échographies pendant la grossesse où les faire
        calendrier de vaccination bébé
        numéro utente pour mon nouveau-né
        accouchement à l'hôpital c'est payant ?
        visites de contrôle des enfants au centre de santé
        carnet de santé enfant portugal
        contraception gratuite planning familial
