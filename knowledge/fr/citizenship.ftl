# Citoyenneté : nationalité portugaise par naturalisation, enfants nés au Portugal et test de portugais.

naturalisation = Nationalité portugaise par naturalisation
    .summary = Une nouvelle loi sur la nationalité s'applique depuis le { $nationality-law-in-force }. Selon les sources disponibles, la naturalisation exige { $nationality-reform-years-cplp ->
            [one] { $nationality-reform-years-cplp } an
           *[other] { $nationality-reform-years-cplp } ans
        } de résidence légale pour les ressortissants des pays de langue portugaise (CPLP) et de l'Union européenne et { $nationality-reform-years-other ->
            [one] { $nationality-reform-years-other } an
           *[other] { $nationality-reform-years-other } ans
        } pour les autres, comptés à partir du premier titre de séjour, ainsi que le portugais et un test civique. La demande se fait auprès de l'IRN. Certains points restent flous : vérifiez auprès de l'IRN ou d'un avocat avant de déposer.
    .body =
        La nationalité portugaise par naturalisation est accordée par le ministère de la Justice. Les demandes sont reçues et traitées par l'IRN (Instituto dos Registos e do Notariado), dans ses bureaux d'état civil (Conservatórias). Ceci est une information générale, pas un conseil juridique.

        ## La loi a changé le { $nationality-law-in-force }
        - Le { $nationality-reform-approved }, le Parlement a adopté une réforme de la loi sur la nationalité. Le { $nationality-tc-ruling }, le Tribunal constitutionnel a déclaré certaines règles inconstitutionnelles et le Président de la République y a opposé son veto.
        - Le { $nationality-revote-date }, le Parlement a voté à nouveau la réforme. Selon les sources, le Président l'a promulguée le { $nationality-law-promulgated }, elle a été publiée au Diário da República le { $nationality-law-published } (citée comme loi organique n° 1/2026) et elle est en vigueur depuis le { $nationality-law-in-force }.
        - Nous n'avons pas trouvé le texte publié au Diário da República : ce qui est écrit ici vient de résumés d'avocats et d'articles de presse. Vérifiez auprès de l'IRN ({ $irn-web }) ou d'un avocat.

        ## Qui peut demander (loi en vigueur depuis le { $nationality-law-in-force }, selon les sources)
        - Les personnes majeures ou émancipées.
        - Les personnes qui vivent légalement au Portugal depuis au moins { $nationality-reform-years-cplp ->
            [one] { $nationality-reform-years-cplp } an
           *[other] { $nationality-reform-years-cplp } ans
        } si elles sont ressortissantes d'un pays de la CPLP ou de l'Union européenne, ou depuis au moins { $nationality-reform-years-other ->
            [one] { $nationality-reform-years-other } an
           *[other] { $nationality-reform-years-other } ans
        } dans les autres cas.
        - Le temps compte à partir de la délivrance du premier titre de séjour. Le temps d'attente du titre ne compte plus.
        - Les personnes qui connaissent suffisamment la langue portugaise, ainsi que la culture portugaise et les droits et devoirs des citoyens : la loi prévoit un test civique (appelé TNIC, Teste Nacional de Integração e Cidadania).
        - Les personnes sans condamnation pénale grave. Les sources évoquent des règles plus strictes, avec un seuil de { $naturalisation-crime-max-years ->
            [one] { $naturalisation-crime-max-years } an
           *[other] { $naturalisation-crime-max-years } ans
        } de prison, mais les décrivent différemment.
        - Les personnes qui ne sont pas considérées comme une menace pour la sécurité nationale. Selon les sources, des données biométriques sont aussi collectées.

        ## Ce qui n'est pas encore clair
        - Demandes déposées avant le { $nationality-law-in-force } : les informations divergent. Certains cabinets d'avocats disent que les dossiers déjà en cours suivent l'ancienne loi ({ $naturalisation-residence-years ->
            [one] { $naturalisation-residence-years } an
           *[other] { $naturalisation-residence-years } ans
        } de résidence). Un autre dit que la loi n'a pas de régime transitoire et que seul le message du Président a demandé que ces demandes ne soient pas lésées. Renseignez-vous auprès de l'IRN ou d'un avocat.
        - Le règlement d'application de la nouvelle loi : tant qu'il n'existe pas, certaines démarches peuvent ne pas être définies.
        - Le test civique : comment, où et quand il se passe n'a pas été annoncé dans les sources consultées.
        - Les frais : nous n'avons pas trouvé le montant applicable depuis la nouvelle loi.

        ## Étapes
        1. Vérifiez auprès de l'IRN que vous remplissez les règles actuelles et quelle preuve de langue et quel test civique vous sont demandés.
        2. Rassemblez les documents. Les documents étrangers doivent être légalisés (apostille de La Haye ou consulat) et traduits s'ils ne sont pas en portugais.
        3. Déposez la demande dans une Conservatória do Registo Civil ou à la Conservatória dos Registos Centrais. Beaucoup demandent un rendez-vous. Un avocat ou un solicitador peut aussi déposer la demande en ligne pour vous.
        4. Payez les frais et gardez le numéro du dossier.
        5. Suivez le dossier et répondez vite si on vous demande d'autres documents.
        6. Si la demande est acceptée, l'IRN enregistre la nationalité. Vous pouvez ensuite demander la carte de citoyen (cartão de cidadão).

        ## Documents
        - Formulaire de demande (imprimé de l'IRN), signé.
        - Acte de naissance.
        - Casier judiciaire du pays dont vous avez la nationalité et des pays où vous avez vécu. L'IRN obtient le casier portugais.
        - Preuve de connaissance du portugais et, quand il existera, du test civique.
        - Passeport et titres de séjour, avec la date du premier titre.

        ## Coûts et délais
        Avant la nouvelle loi, les frais de demande étaient de { $nationality-fee }. Vérifiez le montant actuel auprès de l'IRN. La décision peut prendre très longtemps.

        ## En cas de problème
        - Si la demande est refusée, vous pouvez contester la décision. Demandez l'aide juridictionnelle à la Segurança Social si vous ne pouvez pas payer un avocat.
        - Méfiez-vous de ceux qui promettent la nationalité rapidement contre de l'argent.
        - Aide dans votre langue : Ligne d'aide aux migrants, { $lam-phone-landline } ou { $lam-phone-mobile }.
    .keywords = nationalité, nationalité portugaise, nationalite portugaise, citoyenneté, citoyennete, naturalisation, naturaliser, passeport portugais, carte de citoyen, demande de nationalité, demande de nationalite, nationalité par résidence, années de résidence, annees de residence, 7 ans, 10 ans, sept ans, dix ans, nouvelle loi nationalité, loi sur la nationalité 2026, loi organique 1/2026, test civique, TNIC, demande en cours, dossier en attente, IRN, conservatoria, double nationalité, double nationalite, combien coûte la nationalité, frais nationalité
    .questions =
        combien d'années pour avoir la nationalité portugaise maintenant
        nouvelle loi nationalité 2026 ce qui change
        j'ai déposé ma demande avant la nouvelle loi, quelles règles
        le temps d'attente de la carte de séjour compte pour la nationalité ?
        documents pour la naturalisation portugaise
        prix de la demande de nationalité
        où déposer la demande de nationalité, IRN conservatória ?
        casier judiciaire et nationalité portugaise
        je peux garder ma nationalité française avec la portugaise ?
        passeport portugais après combien de temps de résidence

nationality-children-born-here = Nationalité des enfants nés au Portugal
    .summary = Naître au Portugal ne donne pas toujours la nationalité portugaise. Selon la loi en vigueur depuis le { $nationality-law-in-force }, d'après les sources, l'enfant de parents étrangers n'est portugais de naissance que si, à sa naissance, l'un des parents vivait légalement au Portugal depuis au moins { $nationality-reform-birth-parent-years ->
            [one] { $nationality-reform-birth-parent-years } an
           *[other] { $nationality-reform-birth-parent-years } ans
        }. C'est l'IRN qui s'en occupe et qui confirme les règles actuelles.
    .body =
        Un enfant né au Portugal de parents étrangers peut être portugais dès la naissance ou demander la nationalité plus tard. Cela dépend de la situation des parents. C'est l'IRN (Instituto dos Registos e do Notariado) qui s'en occupe, dans les Conservatórias do Registo Civil. Ceci est une information générale, pas un conseil juridique.

        ## La loi a changé le { $nationality-law-in-force }
        La nouvelle loi sur la nationalité a été publiée le { $nationality-law-published } et est en vigueur depuis le { $nationality-law-in-force }, selon des résumés d'avocats et la presse. Nous n'avons pas trouvé le texte publié au Diário da República. Vérifiez auprès de l'IRN ({ $irn-web }) les règles qui s'appliquent à votre enfant, surtout s'il est né avant cette date.

        ## Portugais de naissance (selon les sources)
        L'enfant est portugais dès la naissance si :
        - il est né au Portugal ;
        - les parents ne sont pas ici au service de leur pays (par exemple, diplomates) ;
        - à sa naissance, l'un des parents vivait légalement au Portugal depuis au moins { $nationality-reform-birth-parent-years ->
            [one] { $nationality-reform-birth-parent-years } an
           *[other] { $nationality-reform-birth-parent-years } ans
        }, avec un titre de séjour ;
        - les parents ne déclarent pas qu'ils ne veulent pas que l'enfant soit portugais.

        ## Naturalisation des enfants nés ici
        Si l'enfant n'est pas devenu portugais à la naissance, il peut demander plus tard la naturalisation. Selon les sources, la nouvelle loi lie cette demande à la scolarité obligatoire suivie au Portugal. Les détails ne sont pas encore clairs : renseignez-vous auprès de l'IRN.

        ## Étapes
        1. Déclarez la naissance à l'hôpital, s'il a un guichet Nascer Cidadão, ou dans une Conservatória do Registo Civil.
        2. Lors de la déclaration, montrez le titre de séjour du père ou de la mère.
        3. Si la nationalité n'a pas été inscrite, demandez à la Conservatória si et quand l'enfant peut la demander.
        4. Une fois la nationalité inscrite, demandez la carte de citoyen de l'enfant.

        ## Documents
        - Pièces d'identité et titres de séjour des parents.
        - Preuve de la durée de résidence légale des parents.
        - Pour la naturalisation : acte de naissance de l'enfant et certificats scolaires.

        ## Coûts
        La déclaration de naissance faite dans le délai légal est gratuite. La demande de naturalisation est payante : vérifiez le montant auprès de l'IRN.

        ## En cas de problème
        - Si la Conservatória n'accepte pas vos preuves, demandez le motif par écrit.
        - Si vous ne savez pas quelle règle s'applique, consultez un avocat. Demandez l'aide juridictionnelle à la Segurança Social si vous ne pouvez pas payer.
        - Aide dans votre langue : Ligne d'aide aux migrants, { $lam-phone-landline } ou { $lam-phone-mobile }, ou dans un CNAI.
    .keywords = enfant né au portugal, enfant ne au portugal, bébé né au portugal, bebe ne au portugal, nationalité enfant, nationalite enfant, nationalité bébé, enfant portugais, déclaration de naissance, acte de naissance, nascer cidadao, conservatoria, IRN, carte de citoyen enfant, naturalisation mineur, droit du sol, parents étrangers, enfants d'immigrés, nouvelle loi nationalité, 5 ans, cinq ans
    .questions =
        mon bébé est né au portugal, il est portugais ?
        enfant né au portugal de parents étrangers nationalité
        combien d'années de résidence pour que mon enfant né ici soit portugais
        déclarer la naissance à la conservatória
        mon fils est né avant la nouvelle loi, qu'est-ce qui s'applique
        mon enfant né ici peut demander la nationalité plus tard ?
        droit du sol au portugal
        carte de citoyen pour mon enfant né au portugal

portuguese-language-test = Test de portugais (A2) et test civique pour la nationalité
    .summary = Pour la naturalisation, il faut prouver que vous connaissez le portugais, en général au niveau A2. La loi en vigueur depuis le { $nationality-law-in-force } ajoute, selon les sources, un test sur la culture portugaise et les droits et devoirs des citoyens ; ses modalités ne sont pas encore définies. Vérifiez auprès de l'IRN quelles épreuves vous sont demandées.
    .body =
        Le niveau demandé est l'A2 du Cadre européen commun de référence pour les langues : comprendre et utiliser le portugais dans des situations simples de la vie quotidienne. Le même certificat sert pour la résidence permanente.

        ## Ce qui a changé le { $nationality-law-in-force }
        - Selon des résumés d'avocats et la presse, la nouvelle loi sur la nationalité, en vigueur depuis le { $nationality-law-in-force }, exige la connaissance de la langue portugaise, mais aussi de la culture portugaise et des droits et devoirs des citoyens, par un test civique (appelé TNIC, Teste Nacional de Integração e Cidadania).
        - La forme du test civique, les lieux, les dates et les frais n'ont pas été annoncés dans les sources consultées. Ne payez pas de cours ou de tests qui promettent « le test de la nationalité » avant que l'IRN ne les confirme.
        - Les moyens de prouver le portugais ci-dessous sont ceux de l'ancien règlement. Tant qu'un nouveau règlement n'existe pas, vérifiez auprès de l'IRN ({ $irn-web }) s'ils sont toujours acceptés.

        ## Moyens de prouver le portugais
        - L'épreuve de connaissance du portugais pour la nationalité (PaN), organisée par l'IAVE (Instituto de Avaliação Educativa) dans les écoles publiques. À l'étranger, elle se passe dans des lieux agréés par Camões.
        - Le certificat CIPLE, un examen de portugais langue étrangère de niveau A2, du CAPLE (Université de Lisbonne), passé dans des centres d'examen au Portugal et à l'étranger.
        - Un certificat de niveau A2 ou plus d'un cours de portugais langue d'accueil (PLA), délivré par une école publique, un centre de l'IEFP ou un Centro Qualifica.
        - Un certificat d'une école portugaise montrant la réussite en portugais ou en portugais langue non maternelle pendant au moins { $nationality-language-school-years ->
            [one] { $nationality-language-school-years } année scolaire
           *[other] { $nationality-language-school-years } années scolaires
        }.

        ## Qui n'en a pas besoin, ou passe une épreuve adaptée
        - Selon l'ancien règlement, les personnes nées dans un pays de langue officielle portugaise et qui en ont la nationalité (par exemple Brésil, Angola, Cap-Vert ou Mozambique) étaient présumées connaître le portugais. Vérifiez auprès de l'IRN si c'est toujours le cas et si le test civique vous est aussi demandé.
        - Les personnes qui ne savent ni lire ni écrire, les personnes âgées et les personnes gravement malades ou handicapées pouvaient passer une épreuve adaptée, par exemple seulement orale.
        - Pour les enfants, l'épreuve est adaptée à l'âge.

        ## Étapes (épreuve PaN)
        1. Consultez le calendrier et les inscriptions sur le site de l'IAVE ou demandez dans une école publique.
        2. Inscrivez-vous et payez les frais. Il faut une pièce d'identité valide.
        3. Passez l'épreuve : lecture, écriture et compréhension orale.
        4. Recevez le certificat et joignez-le à votre demande de nationalité.

        ## Coûts
        - L'épreuve PaN et l'examen CIPLE sont payants : vérifiez le montant auprès de l'IAVE ou du CAPLE.
        - Les cours PLA sont gratuits.
        - Le prix du test civique n'est pas encore connu.

        ## Attention aux certificats
        Les certificats de cours privés ne comptent que s'ils sont délivrés dans le système officiel, par exemple grâce à un accord avec une école publique ou l'IEFP. Vérifiez avant de payer. Si le certificat n'est pas accepté, l'IRN peut refuser la demande longtemps après.

        ## En cas de problème
        - Si vous échouez, vous pouvez vous inscrire à une autre date.
        - Si l'IRN n'accepte pas votre certificat, demandez le motif par écrit.
        - Aide dans votre langue : Ligne d'aide aux migrants, { $lam-phone-landline } ou { $lam-phone-mobile }.
    .keywords = test de portugais, examen de portugais, test de langue, A2, a2, niveau A2, CIPLE, ciple, CAPLE, PaN, IAVE, certificat de portugais, certificat A2, portugais pour la nationalité, portugais pour la nationalite, dispense de test, CPLP, Camões, camoes, PLA, épreuve orale, test de culture, test civique, test de citoyenneté, TNIC, test d'intégration, droits et devoirs
    .questions =
        test de portugais A2 pour la nationalité
        où passer l'examen CIPLE
        le test de langue est gratuit ?
        test civique TNIC comment ça se passe
        j'ai plus de 60 ans, je dois passer le test de langue ?
        test PaN à l'école inscription
        certificat A2 vendu en ligne, c'est valable ?
        prix de l'examen ciple
        je parle français, quel niveau de portugais pour la nationalité
