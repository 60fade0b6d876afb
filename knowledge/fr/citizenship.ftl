# Citoyenneté : nationalité portugaise par naturalisation, enfants nés au Portugal et test de portugais.

naturalisation = Nationalité portugaise par naturalisation
    .summary = La naturalisation se demande à l'IRN, dans un bureau d'état civil (Conservatória). Selon la loi en vigueur au { $nationality-law-status-date }, peut la demander toute personne majeure qui vit légalement au Portugal depuis au moins { $naturalisation-residence-years ->
            [one] { $naturalisation-residence-years } an
           *[other] { $naturalisation-residence-years } ans
        }, qui prouve qu'elle parle portugais (niveau A2) et qui n'a pas de condamnation grave. La loi est en train de changer : vérifiez les règles avant de faire la demande.
    .body =
        La nationalité portugaise par naturalisation (naturalização) est accordée par le ministère de la Justice. C'est l'IRN (Instituto dos Registos e do Notariado), l'institut de l'état civil, qui reçoit et traite les demandes, dans ses bureaux (Conservatórias).

        ## La loi est en train de changer
        - Au { $nationality-law-status-date }, la règle de { $naturalisation-residence-years ->
            [one] { $naturalisation-residence-years } an
           *[other] { $naturalisation-residence-years } ans
        } de résidence légale était toujours en vigueur.
        - Le { $nationality-reform-approved }, le Parlement a voté une réforme qui exigeait { $nationality-reform-years-cplp ->
            [one] { $nationality-reform-years-cplp } an
           *[other] { $nationality-reform-years-cplp } ans
        } pour les ressortissants des pays de langue portugaise (CPLP) et { $nationality-reform-years-other ->
            [one] { $nationality-reform-years-other } an
           *[other] { $nationality-reform-years-other } ans
        } pour les autres, comptés seulement à partir du titre de séjour.
        - Le { $nationality-tc-ruling }, le Tribunal constitutionnel (Tribunal Constitucional) a déclaré certaines règles de cette réforme contraires à la Constitution, et le Président de la République y a mis son veto. Un nouveau vote au Parlement était prévu à partir du { $nationality-revote-scheduled }.
        - Avant de faire la demande, vérifiez auprès de l'IRN ({ $irn-web }) quelles règles s'appliquent aujourd'hui.

        ## Qui peut faire la demande (loi en vigueur au { $nationality-law-status-date })
        - Les personnes majeures ou émancipées.
        - Les personnes qui vivent légalement au Portugal depuis au moins { $naturalisation-residence-years ->
            [one] { $naturalisation-residence-years } an
           *[other] { $naturalisation-residence-years } ans
        }. Le temps d'attente depuis la demande de la première autorisation de résidence compte aussi, si elle a été accordée.
        - Les personnes qui connaissent assez le portugais (niveau A2). Les personnes nées dans un pays de langue officielle portugaise et qui en ont la nationalité n'ont en général pas besoin de le prouver.
        - Les personnes qui n'ont pas été condamnées, par un jugement définitif, pour un crime puni d'une peine de prison de { $naturalisation-crime-max-years ->
            [one] { $naturalisation-crime-max-years } an
           *[other] { $naturalisation-crime-max-years } ans
        } ou plus.
        - Les personnes qui ne sont pas considérées comme une menace pour la sécurité nationale.

        ## Étapes
        1. Rassemblez les documents. Les documents étrangers doivent être légalisés (apostille de La Haye ou consulat) et traduits, s'ils ne sont pas en portugais.
        2. Déposez la demande dans un bureau d'état civil (Conservatória do Registo Civil) ou à la Conservatória dos Registos Centrais. Beaucoup demandent un rendez-vous. Un avocat ou un solicitador (juriste agréé) peut aussi faire la demande pour vous sur internet.
        3. Payez les frais et gardez le numéro de dossier.
        4. Suivez votre dossier et répondez vite si on vous demande d'autres documents.
        5. Si la demande est acceptée, l'IRN enregistre la nationalité. Ensuite, vous pouvez demander la carte de citoyen (cartão de cidadão).

        ## Documents
        - Le formulaire de demande (requerimento) de l'IRN, signé.
        - L'acte de naissance (certidão de nascimento).
        - L'extrait de casier judiciaire (registo criminal) du pays dont vous avez la nationalité et des pays où vous avez vécu. Le casier judiciaire portugais est demandé directement par l'IRN.
        - Le certificat de portugais de niveau A2, si vous devez le prouver.
        - Passeport et titre de séjour.

        ## Coût et délais
        Les frais de la demande sont de { $nationality-fee } (vérifiez le montant actuel auprès de l'IRN). La décision peut prendre beaucoup de temps.

        ## En cas de problème
        - Si la demande est refusée, vous pouvez contester la décision. Demandez l'aide juridique (apoio judiciário) à la Sécurité sociale (Segurança Social) si vous ne pouvez pas payer un avocat.
        - Méfiez-vous des gens qui promettent la nationalité rapidement contre de l'argent.
        - Pour de l'aide dans votre langue : Ligne d'aide aux migrants (Linha de Apoio a Migrantes), { $lam-phone-landline } ou { $lam-phone-mobile }.
    .keywords = nationalite, nationalité, nationalite portugaise, nationalité portugaise, naturalisation, naturalization, se naturaliser, devenir portugais, etre portugais, être portugais, citoyennete, citoyenneté, passeport portugais, carte d identite portugaise, carte de citoyen, demander la nationalite, demande de nationalité, dossier nationalite, combien d annees, combien d ans pour la nationalite, 5 ans, nouvelle loi nationalite, loi sur la nationalite, double nationalite, double nationalité, prix nationalite, frais nationalite, casier judiciaire, nacionalidade, nacionalidade portuguesa, naturalização, naturalizacao, cidadania, cartão de cidadão, cartao de cidadao, IRN, irn, conservatória, conservatoria, registos centrais, dupla nacionalidade, requerimento

nationality-children-born-here = Nationalité des enfants nés au Portugal
    .summary = Naître au Portugal ne donne pas toujours la nationalité portugaise. Selon la loi en vigueur au { $nationality-law-status-date }, l'enfant de parents étrangers est portugais de naissance si, au moment de sa naissance, l'un des parents vivait légalement au Portugal, ou y vivait depuis au moins { $nationality-birth-parent-residence-years ->
            [one] { $nationality-birth-parent-residence-years } an
           *[other] { $nationality-birth-parent-residence-years } ans
        }. Sinon, il peut demander la naturalisation plus tard. Les démarches se font à l'IRN.
    .body =
        Un enfant né au Portugal de parents étrangers peut être portugais dès la naissance, ou demander la nationalité plus tard. Cela dépend de la situation des parents. C'est l'IRN (Instituto dos Registos e do Notariado), l'institut de l'état civil, qui s'en occupe, dans les bureaux d'état civil (Conservatórias do Registo Civil).

        ## La loi est en train de changer
        La réforme de la loi sur la nationalité votée par le Parlement le { $nationality-reform-approved } rendait ces règles plus strictes : par exemple, l'un des parents aurait dû avoir un titre de séjour depuis { $nationality-reform-birth-parent-years ->
            [one] { $nationality-reform-birth-parent-years } an
           *[other] { $nationality-reform-birth-parent-years } ans
        }. Au { $nationality-law-status-date }, cette réforme n'était pas encore en vigueur. Vérifiez auprès de l'IRN ({ $irn-web }) les règles d'aujourd'hui.

        ## Portugais de naissance (loi en vigueur au { $nationality-law-status-date })
        L'enfant est portugais dès la naissance (português de origem) si :
        - il est né au Portugal ;
        - les parents ne sont pas au Portugal au service de leur pays (par exemple, comme diplomates) ;
        - au moment de la naissance, l'un des parents vivait légalement au Portugal, ou y vivait, même sans titre de séjour, depuis au moins { $nationality-birth-parent-residence-years ->
            [one] { $nationality-birth-parent-residence-years } an
           *[other] { $nationality-birth-parent-residence-years } ans
        } ;
        - les parents ne déclarent pas qu'ils refusent que l'enfant soit portugais.

        ## Étapes
        1. Déclarez la naissance à l'hôpital, s'il a un guichet « Nascer Cidadão », ou dans un bureau d'état civil (Conservatória do Registo Civil).
        2. Lors de la déclaration, montrez le titre de séjour du père ou de la mère. Si vous n'avez pas de titre, demandez quelles preuves de résidence sont acceptées.
        3. Si la nationalité n'a pas été inscrite lors de la déclaration, vous pouvez la demander plus tard dans une Conservatória.
        4. Une fois la nationalité inscrite, demandez la carte de citoyen (cartão de cidadão) de l'enfant.

        ## Naturalisation des enfants nés ici
        Si l'enfant n'est pas devenu portugais à la naissance, il peut demander la naturalisation tant qu'il est mineur si, au moment de la demande :
        - l'un des parents vit au Portugal, même sans titre de séjour, depuis au moins { $nationality-minor-parent-residence-years ->
            [one] { $nationality-minor-parent-residence-years } an
           *[other] { $nationality-minor-parent-residence-years } ans
        } ; ou
        - l'un des parents a une résidence légale ; ou
        - l'enfant est allé au moins { $nationality-minor-school-years ->
            [one] { $nationality-minor-school-years } an
           *[other] { $nationality-minor-school-years } ans
        } à l'école maternelle ou à l'école au Portugal.

        ## Documents
        - Pièces d'identité et titres de séjour des parents.
        - Preuves d'adresse et de résidence (contrats, attestation de la mairie de quartier ou Junta de Freguesia, relevés de la Segurança Social), si les parents n'ont pas de titre.
        - Pour la naturalisation : l'acte de naissance de l'enfant et un certificat de l'école, si c'est le cas.

        ## Combien ça coûte
        La déclaration de naissance faite dans le délai légal est gratuite. La demande de naturalisation a des frais : vérifiez le montant auprès de l'IRN.

        ## En cas de problème
        - Si la Conservatória n'accepte pas vos preuves, demandez le motif par écrit.
        - Pour de l'aide dans votre langue : Ligne d'aide aux migrants (Linha de Apoio a Migrantes), { $lam-phone-landline } ou { $lam-phone-mobile }, ou dans un CNAI.
    .keywords = enfant ne au portugal, enfant né au portugal, bebe ne au portugal, bébé né au portugal, mon fils est ne au portugal, ma fille est nee au portugal, ne au portugal, né au Portugal, nationalite enfant, nationalité de mon enfant, nationalite bebe, nationalité du bébé, enfant portugais, mon enfant est il portugais, droit du sol, declaration de naissance, déclaration de naissance, acte de naissance, extrait de naissance, carte d identite enfant, naturalisation enfant, naturalisation mineur, parents etrangers, enfants d immigres, nacionalidade do filho, filho nascido em portugal, registo de nascimento, certidão de nascimento, certidao de nascimento, nascer cidadão, nascer cidadao, conservatória, conservatoria, IRN, cartão de cidadão, ius soli

portuguese-language-test = Test de portugais (A2) pour la nationalité
    .summary = Pour demander la nationalité par naturalisation, il faut prouver que vous parlez portugais au niveau A2. Sont acceptés : l'épreuve passée dans une école publique, l'examen CIPLE, un certificat de cours de portugais de niveau A2 délivré par un organisme public ou un certificat scolaire portugais. Les personnes nées dans un pays de langue portugaise et qui en ont la nationalité n'en ont en général pas besoin.
    .body =
        Le niveau demandé est le A2 du Cadre européen commun de référence pour les langues : comprendre et utiliser le portugais dans des situations simples de la vie de tous les jours. Le même certificat sert pour l'autorisation de résidence permanente.

        ## Comment le prouver
        - L'épreuve de connaissance de la langue portugaise pour l'acquisition de la nationalité (Prova do Conhecimento da Língua Portuguesa para Aquisição da Nacionalidade, PaN), organisée par l'IAVE (Instituto de Avaliação Educativa) et passée dans des écoles publiques. À l'étranger, elle se passe dans des lieux agréés par l'institut Camões.
        - Le certificat CIPLE, un examen de portugais langue étrangère de niveau A2, du CAPLE (Universidade de Lisboa), passé dans des centres d'examen au Portugal et à l'étranger.
        - Un certificat de niveau A2 ou plus d'un cours de portugais langue d'accueil (Português Língua de Acolhimento, PLA), délivré par une école publique, un centre de l'IEFP ou un Centre Qualifica.
        - Un certificat d'une école portugaise qui montre la réussite en portugais ou en portugais langue non maternelle (Português Língua Não Materna) pendant au moins { $nationality-language-school-years ->
            [one] { $nationality-language-school-years } année scolaire
           *[other] { $nationality-language-school-years } années scolaires
        }.

        ## Qui n'en a pas besoin, ou passe une épreuve adaptée
        - Les personnes nées dans un pays de langue officielle portugaise et qui en ont la nationalité (par exemple le Brésil, l'Angola, le Cap-Vert ou le Mozambique) sont considérées comme parlant portugais. Vérifiez auprès de l'IRN si votre cas est concerné.
        - Les personnes qui ne savent ni lire ni écrire, les personnes âgées et les personnes avec une maladie grave ou un handicap peuvent passer une épreuve adaptée, par exemple seulement à l'oral.
        - Pour les enfants, l'épreuve est adaptée à l'âge.

        ## Étapes (épreuve PaN)
        1. Regardez le calendrier et l'inscription sur le site de l'IAVE, ou demandez dans une école publique.
        2. Inscrivez-vous et payez les frais. Il vous faut une pièce d'identité valide.
        3. Passez l'épreuve : lecture, écriture et compréhension orale.
        4. Recevez le certificat et joignez-le à la demande de nationalité.

        ## Combien ça coûte
        - L'épreuve PaN et l'examen CIPLE sont payants : vérifiez le montant auprès de l'IAVE ou du CAPLE.
        - Les cours PLA sont gratuits.

        ## Attention aux certificats
        Les certificats de cours privés ne comptent que s'ils sont délivrés dans le système officiel, par exemple grâce à un accord avec une école publique ou avec l'IEFP. Vérifiez avant de payer. Si le certificat n'est pas accepté, l'IRN peut refuser la demande longtemps après.

        ## La loi peut changer
        La réforme de la loi sur la nationalité votée le { $nationality-reform-approved } prévoyait aussi un test de connaissances sur la culture portugaise et sur les droits et devoirs des citoyens. Au { $nationality-law-status-date }, elle n'était pas encore en vigueur. Vérifiez auprès de l'IRN ({ $irn-web }).

        ## En cas de problème
        - Si vous échouez, vous pouvez vous inscrire à une autre date.
        - Si l'IRN n'accepte pas votre certificat, demandez le motif par écrit.
        - Pour de l'aide dans votre langue : Ligne d'aide aux migrants (Linha de Apoio a Migrantes), { $lam-phone-landline } ou { $lam-phone-mobile }.
    .keywords = test de portugais, test portugais, examen de portugais, examen portugais, epreuve de portugais, épreuve de portugais, test de langue, examen de langue, test de langue nationalite, portugais pour la nationalite, portugais pour la nationalité, niveau A2, niveau a2, A2, a2, certificat A2, certificat de portugais, diplome de langue, dispense, dispense du test, pas besoin du test, oral, test oral, je sais pas lire, analphabete, analphabète, test culture, inscription examen, prix examen, CIPLE, ciple, CAPLE, caple, PaN, IAVE, iave, Camões, camoes, PLA, prova de português, prova de portugues, teste de português, exame de português, certificado de português, CPLP, PALOP
