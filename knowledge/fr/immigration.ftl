# Immigration : autorisations de résidence, visas et AIMA.
# Source portugaise : les autres langues traduisent ces textes.

residence-permit-work = Autorisation de résidence pour travailler
    .summary = Pour vivre et travailler au Portugal, comme salarié ou à votre compte, il vous faut une autorisation de résidence, à demander à l'AIMA. Depuis 2024, vous devez arriver avec un visa de résidence : on ne peut plus se régulariser avec un contrat après être entré comme touriste.
    .body =
        L'autorisation de résidence (autorização de residência), qu'on appelle aussi « titre de séjour » (título de residência), est le document qui vous permet de vivre et de travailler au Portugal. C'est l'AIMA (Agência para a Integração, Migrações e Asilo) qui s'en occupe. Elle a remplacé l'ancien SEF le { $sef-abolished }.

        ## Ce qui a changé
        - Depuis le { $manifestation-of-interest-ended }, la « manifestation d'intérêt » (manifestação de interesse) n'existe plus : on ne peut plus demander la résidence avec un simple contrat de travail après être entré sans visa. Les dossiers déjà en cours continuent.
        - Avec la loi 61/2025 (Lei 61/2025), en vigueur depuis le { $foreigners-law-2025-in-force }, le visa pour chercher du travail est réservé aux personnes très qualifiées.

        ## Qui peut faire la demande
        - Les salariés qui ont un contrat de travail ou une promesse de contrat.
        - Les travailleurs à leur compte (indépendants) qui ont déclaré leur activité aux Finanças (les impôts).
        - Dans les deux cas, il faut être entré avec un visa de résidence pour travail, délivré par le consulat du Portugal dans votre pays.

        ## Étapes
        1. Demandez le visa de résidence pour travail au consulat du Portugal du pays où vous vivez.
        2. Entrez au Portugal avec ce visa. En général, le rendez-vous à l'AIMA est pris automatiquement quand le visa est délivré.
        3. Allez au guichet de l'AIMA le jour du rendez-vous, avec les documents originaux.
        4. Payez les frais et attendez la décision. La carte de résidence arrive par la poste à l'adresse que vous avez donnée.

        ## Documents à apporter
        - Passeport valide avec le visa de résidence.
        - Contrat de travail, promesse de contrat ou, si vous êtes indépendant, la déclaration de début d'activité (declaração de início de atividade).
        - Numéro fiscal (NIF) et numéro de sécurité sociale (NISS).
        - Justificatif de logement et preuve de ressources (meios de subsistência).
        - Extrait de casier judiciaire (registo criminal) de votre pays d'origine.

        ## Combien ça coûte et combien de temps c'est valable
        L'AIMA a mis à jour ses tarifs (annonce du { $aima-fee-table-updated }) ; vérifiez le montant actuel sur { $aima-web }. La première autorisation est en général valable { $residence-permit-first-years ->
            [one] { $residence-permit-first-years } an
           *[other] { $residence-permit-first-years } ans
        } et peut être renouvelée.

        ## Si la demande est refusée
        C'est l'AIMA qui décide. Avant de refuser, l'AIMA doit vous envoyer un projet de décision avec les motifs (projeto de indeferimento) : c'est l'audition préalable (audiência prévia). Vous avez en général { $prior-hearing-working-days ->
            [one] { $prior-hearing-working-days } jour ouvrable
           *[other] { $prior-hearing-working-days } jours ouvrables
        } pour répondre par écrit, vous expliquer et joindre les documents qui manquent. Répondez toujours dans le délai indiqué dans la lettre : sans réponse, le refus devient en général définitif.

        La décision finale de refus doit indiquer les motifs, le droit de la contester devant un tribunal et le délai pour le faire. Vous pouvez :
        - faire une réclamation auprès de l'AIMA elle-même (reclamação ; le délai général est de { $administrative-complaint-days ->
            [one] { $administrative-complaint-days } jour
           *[other] { $administrative-complaint-days } jours
        }) ou un recours auprès du supérieur de la personne qui a décidé (recurso hierárquico) ;
        - contester la décision devant le tribunal administratif (tribunal administrativo), dans le délai indiqué dans la décision.

        Le refus peut être accompagné d'une notification de quitter volontairement le Portugal dans un délai court. Cherchez tout de suite un avocat ; si vous ne pouvez pas payer, demandez l'aide juridictionnelle (apoio judiciário) à la Segurança Social. Ces délais viennent de résumés de la loi rédigés par des avocats et des journalistes, consultés en décembre 2026, et non du texte officiel : vérifiez-les dans la lettre reçue, auprès de l'AIMA, dans un CNAI ou avec un avocat.

        ## Si votre dossier est bloqué
        Contactez l'AIMA par le formulaire { $aima-contact-form }. Pour de l'aide dans votre langue, appelez la ligne d'aide aux migrants (Linha de Apoio a Migrantes) : { $lam-phone-landline } (téléphone fixe) ou { $lam-phone-mobile } (portable).
    .keywords = titre de sejour, titre de séjour, carte de sejour, carte de séjour, carte de residence, carte de résidence, autorisation de residence, autorisation de résidence, permis de sejour, permis de travail, visa de travail, visa travail, residence, résidence, papiers, papier, faire les papiers, regularisation, régularisation, regulariser, sans papiers, sans-papiers, travailler au portugal, contrat de travail, independant, indépendant, auto entrepreneur, autoentrepreneur, SEF, AIMA, aima, autorização de residência, autorizacao de residencia, título de residência, titulo de residencia, AR, manifestação de interesse, manifestacao de interesse, manif d interet, recibos verdes, refus, refusé, demande refusée, indeferimento, projet de refus, audition préalable, audiência prévia, réclamation, recours, recours hiérarchique, tribunal administratif, contester, quitter le pays, avocat
    .questions =
        comment avoir un titre de séjour pour travailler au portugal
        carte de séjour travail portugal
        je suis venu avec un visa touriste et j'ai trouvé un travail, est ce que je peux me régulariser
        la manifestation d'interet ça existe encore ?
        je suis senegalais, quels papiers pour travailler legalement au portugal
        j'ai un visa de travail, qu'est-ce que je fais à l'AIMA en arrivant
        travailleur independant avec recibos verdes, je peux avoir le sejour ?
        combien coute l'autorisation de residence et elle dure combien de temps
        ma demande de titre de sejour a été refusée, je peux faire un recours ?
        mon dossier à l'aima est bloqué depuis 2 ans sans réponse
        j'ai perdu mon emploi après le rendez-vous AIMA, ils vont refuser mon dossier ?

aima-appointments = Rendez-vous à l'AIMA et suivi de votre dossier
    .summary = L'AIMA ne donne pas de rendez-vous par téléphone. Le rendez-vous est pris automatiquement, quand le visa est délivré ou quand la demande est déposée sur un portail de l'AIMA, ou bien il se demande par le formulaire de contact, une seule demande par personne.
    .body =
        L'AIMA (Agência para a Integração, Migrações e Asilo) s'occupe des autorisations de résidence depuis le { $sef-abolished }, date à laquelle elle a remplacé le SEF. Pour traiter un dossier à un guichet de l'AIMA, il vous faut un rendez-vous (marcação, aussi appelé agendamento).

        ## Comment avoir un rendez-vous
        - Pas par téléphone. La ligne générale de l'AIMA ({ $aima-phone }) et l'e-mail { $aima-email } servent à s'informer, pas à prendre rendez-vous.
        - Avec un visa de résidence : quand le consulat délivre le visa, le ministère des Affaires étrangères prend tout de suite le rendez-vous à l'AIMA. Gardez bien le jour, l'heure et le lieu indiqués.
        - Avec une demande faite sur internet : si vous avez déposé votre demande sur un portail de l'AIMA ({ $aima-portal-services }, { $aima-portal-servicos } ou, pour les renouvellements, { $aima-portal-renewals }), c'est l'AIMA qui fixe le rendez-vous et vous prévient par les coordonnées que vous avez données.
        - Dans les autres cas, ou si le rendez-vous n'est jamais arrivé, demandez-le par le formulaire de contact { $aima-contact-form }.

        ## Étapes sur le formulaire de contact
        1. Ouvrez { $aima-contact-form }.
        2. Choisissez le sujet le plus proche de votre situation.
        3. Écrivez votre nom comme sur le passeport, le numéro du passeport et le numéro de dossier (número do processo), si vous l'avez déjà.
        4. Envoyez une seule demande par personne. Pour la famille, faites une demande pour chaque personne. Renvoyer la même demande ne va pas plus vite.
        5. Gardez la confirmation et regardez souvent vos e-mails, y compris le dossier spam (courrier indésirable).

        ## Suivre un dossier en attente
        - Connectez-vous au portail où vous avez fait la demande et regardez où en est le dossier.
        - Gardez toujours le justificatif de dépôt (comprovativo de submissão) et le numéro de dossier : ils prouvent que votre demande est en cours.
        - La Structure de mission (Estrutura de Missão), créée pour rattraper les dossiers en retard, a reçu le public pour la dernière fois le { $aima-mission-structure-last-day }, selon un article de presse. Les dossiers qu'elle traitait continuent en ligne, et l'AIMA convoque par e-mail les personnes qui doivent se présenter à un guichet. Si vous ne savez pas où en est le vôtre, demandez-le par le formulaire.

        ## Quoi apporter le jour du rendez-vous
        - Passeport valide et, si vous l'avez, le visa ou le titre de séjour.
        - Le message avec votre rendez-vous.
        - Les documents originaux demandés pour votre type d'autorisation (par exemple, le contrat de travail), avec des copies.
        - NIF, NISS et justificatif de domicile.

        Arrivez en avance. Si vous ne pouvez pas venir, prévenez l'AIMA par le formulaire.

        ## Combien ça coûte
        Le rendez-vous est gratuit. Vous payez les frais de la demande. L'AIMA a mis à jour ses tarifs récemment : vérifiez le montant sur { $aima-web }. Méfiez-vous des gens qui vendent des places ou promettent des rendez-vous rapides : l'AIMA ne vend pas de rendez-vous.

        ## En cas de problème
        - Vous avez attendu longtemps sans réponse : envoyez le formulaire une seule fois, gardez le justificatif et n'envoyez pas de demandes en double.
        - Vous avez besoin d'aide dans votre langue : appelez la Ligne d'aide aux migrants (Linha de Apoio a Migrantes), { $lam-phone-landline } (depuis un fixe) ou { $lam-phone-mobile } (depuis un portable ou l'étranger).
    .keywords = rendez-vous, rendez vous, rdv, rendezvous, rdv aima, prendre rdv, prendre rendez vous, convocation, dossier, mon dossier, dossier bloque, dossier bloqué, dossier en attente, suivi dossier, suivre mon dossier, pas de reponse, pas de réponse, personne repond, ils repondent pas, telephone aima, téléphone aima, appeler aima, mail aima, email aima, renouvellement, renouveler, biometrie, biométrie, empreintes, entretien, guichet aima, AIMA, aima, SEF, sef, marcação, marcacao, agendamento, contactenos, formulário, formulario, processo pendente, estrutura de missão, loja aima
    .questions =
        prendre rendez vous aima
        l'aima ne répond jamais au téléphone
        comment suivre mon dossier à l'AIMA
        j'ai eu mon visa, quand est ce que j'ai le rdv pour les empreintes
        formulaire de contact aima combien de fois on peut l'envoyer
        j'ai envoyé le formulaire et toujours pas de rendez-vous, que faire
        quels documents apporter le jour du rendez-vous aima
        le rendez-vous à l'aima est payant ?
        quelqu'un vend des rdv aima sur facebook, c'est une arnaque ?
        equivalent de la prefecture au portugal pour prendre rdv

residence-permit-renewal = Renouveler l'autorisation de résidence
    .summary = L'autorisation de résidence temporaire doit être renouvelée à l'AIMA avant d'expirer, en général sur internet, sur le Portail des renouvellements (Portal das Renovações). Gardez le reçu de la demande : il prouve que vous êtes toujours en règle pendant que vous attendez la nouvelle carte.
    .body =
        Le titre de séjour temporaire a une date de fin de validité. Avant cette date, demandez le renouvellement (renovação) à l'AIMA (Agência para a Integração, Migrações e Asilo), qui a remplacé le SEF le { $sef-abolished }. La première autorisation est en général valable { $residence-permit-first-years ->
            [one] { $residence-permit-first-years } an
           *[other] { $residence-permit-first-years } ans
        } et chaque renouvellement { $residence-permit-renewal-years ->
            [one] { $residence-permit-renewal-years } an
           *[other] { $residence-permit-renewal-years } ans
        }.

        ## Quand commencer
        - La loi demande de faire la demande au moins { $residence-permit-renewal-deadline-days ->
            [one] { $residence-permit-renewal-deadline-days } jour
           *[other] { $residence-permit-renewal-deadline-days } jours
        } avant la fin de validité du titre.
        - Le Portail des renouvellements ({ $aima-portal-renewals }) ouvre en général les demandes à la fin du mois qui précède le mois où le titre expire.
        - Si vous avez changé de travail, d'adresse ou de passeport, dites-le dans la demande.

        ## Étapes
        1. Inscrivez-vous sur le Portal das Renovações avec votre e-mail. Le mot de passe arrive par e-mail.
        2. Remplissez la demande et ajoutez les documents scannés.
        3. Payez tout de suite les frais avec le bordereau de paiement (guia) que donne le portail : le délai pour payer est court.
        4. Téléchargez le reçu de la demande de renouvellement et gardez-le.
        5. Si l'AIMA vous convoque, allez au guichet avec les documents originaux. La nouvelle carte arrive par la poste.

        ## Documents
        - Passeport valide et titre de séjour actuel.
        - Preuve de ressources (meios de subsistência) : contrat de travail, fiches de paie (recibos de vencimento) ou déclaration d'impôts (IRS).
        - Logement : contrat de location (contrato de arrendamento) ou attestation de résidence (atestado de residência) de la mairie de quartier (Junta de Freguesia).
        - Situation en règle aux Finanças (les impôts) et à la Segurança Social (attestations de non-dette, declarações de não dívida).
        - Étudiants : attestation d'inscription et de réussite des études.
        - Autorisation CPLP : extrait de casier judiciaire (registo criminal) du pays d'origine.

        ## Si le titre expire pendant que vous attendez
        - Le reçu de la demande de renouvellement vaut titre de séjour pendant un certain temps, qui peut être prolongé. Ayez toujours sur vous l'ancien titre et le reçu.
        - La loi dit aussi que le droit de résidence ne s'arrête que { $residence-permit-grace-months ->
            [one] { $residence-permit-grace-months } mois
           *[other] { $residence-permit-grace-months } mois
        } après la fin de validité du titre. Mais une demande faite en retard peut quand même donner une amende (coima).
        - Les prolongations générales de validité des titres, créées pendant le Covid, sont terminées.
        - Hors du Portugal, un titre expiré avec un reçu peut être refusé. Avant de voyager, vérifiez auprès de l'AIMA.

        ## Combien ça coûte
        Avec les nouveaux tarifs de l'AIMA (annonce du { $aima-fee-table-updated }), le renouvellement coûte, selon la presse, entre { $aima-fee-renewal-min } et { $aima-fee-renewal-max }. Vérifiez le montant exact sur { $aima-web }.

        ## Plus tard
        Après { $permanent-residence-years ->
            [one] { $permanent-residence-years } an
           *[other] { $permanent-residence-years } ans
        } de résidence légale, vous pouvez demander l'autorisation de résidence permanente. Vérifiez les conditions auprès de l'AIMA.

        ## En cas de problème
        - Le portail n'accepte pas la demande ou affiche une erreur : écrivez à l'AIMA par le formulaire { $aima-contact-form }, une seule fois.
        - La demande a été refusée : la décision doit dire pourquoi. Les délais pour contester ou faire appel sont courts : demandez tout de suite une aide juridique.
        - Pour de l'aide dans votre langue, appelez la Ligne d'aide aux migrants (Linha de Apoio a Migrantes) : { $lam-phone-landline } (depuis un fixe) ou { $lam-phone-mobile } (depuis un portable).
    .keywords = renouvellement, renouveler, renouveler titre de sejour, renouveler titre de séjour, renouvellement titre de sejour, renouvellement carte de residence, renouveler carte de sejour, renouvelement, renouvelment, titre expire, titre expiré, carte expiree, carte expirée, titre perime, titre périmé, carte perimee, papiers expires, papiers périmés, fin de validite, date de validite, recu, reçu, recepisse, récépissé, prolongation, frais renouvellement, residence permanente, résidence permanente, carte de 10 ans, portal das renovações, portal das renovacoes, portal renovacoes, renovação, renovacao, renovar, título caducado, titulo caducado, caducou, AIMA, aima, SEF, AR
    .questions =
        renouveler ma carte de séjour au portugal
        mon titre de sejour expire bientot que faire
        portail des renouvellements aima ne marche pas
        ma carte a expiré pendant que j'attends, je suis en situation irrégulière ?
        je peux voyager avec la carte expirée et le reçu de renouvellement ?
        combien de temps avant l'expiration il faut demander le renouvellement
        documents pour renouvellement titre de séjour
        prix du renouvellement
        après 5 ans je peux demander la résidence permanente
        j'ai oublié de renouveler, il y a une amende ?

visas-entry = Visas pour entrer au Portugal
    .summary = Le visa se demande avant le voyage, au consulat du Portugal du pays où vous vivez. Le type de visa décide de ce que vous pouvez faire au Portugal : visiter, rester un certain temps, ou venir vivre puis demander l'autorisation de résidence à l'AIMA.
    .body =
        Le visa permet d'entrer au Portugal pour un motif précis. Il se demande avant le voyage, au consulat du Portugal du pays où vous vivez légalement, souvent en passant par un centre de visas (VFS Global, BLS International ou TLScontact). C'est le ministère des Affaires étrangères (Ministério dos Negócios Estrangeiros, { $mne-visas-web }) qui délivre les visas ; une fois entré, c'est l'AIMA qui s'occupe de la résidence.

        ## Les principaux types de visa
        - Visa de court séjour (visa Schengen) : pour le tourisme, une visite ou les affaires. Il permet de rester jusqu'à { $schengen-short-stay-days ->
            [one] { $schengen-short-stay-days } jour
           *[other] { $schengen-short-stay-days } jours
        } sur chaque période de { $schengen-reference-period-days ->
            [one] { $schengen-reference-period-days } jour
           *[other] { $schengen-reference-period-days } jours
        } dans l'espace Schengen. Il ne permet pas de travailler.
        - Visa de séjour temporaire (visto de estada temporária) : pour des séjours jusqu'à { $visa-temporary-stay-max-years ->
            [one] { $visa-temporary-stay-max-years } an
           *[other] { $visa-temporary-stay-max-years } ans
        }, par exemple des soins médicaux, un travail saisonnier ou une formation. Il ne donne pas d'autorisation de résidence.
        - Visa de résidence (visto de residência) : pour venir vivre au Portugal, pour travailler, étudier, faire de la recherche, rejoindre sa famille, vivre de ses revenus ou de sa retraite, ou travailler à distance (nomades numériques). Il permet de rester { $residence-visa-validity-months ->
            [one] { $residence-visa-validity-months } mois
           *[other] { $residence-visa-validity-months } mois
        } ; pendant ce temps, vous demandez l'autorisation de résidence à l'AIMA.
        - Visa pour chercher un travail qualifié : depuis le { $foreigners-law-2025-in-force } (loi 61/2025, Lei 61/2025), il remplace l'ancien visa de recherche d'emploi et il est réservé aux personnes très qualifiées, dans les métiers fixés par le gouvernement. Demandez au consulat s'il peut déjà être demandé.

        ## Entrer sans visa
        Les citoyens de certains pays, comme le Brésil et le Timor oriental, peuvent entrer sans visa pour un court séjour. Mais une personne entrée comme touriste ne peut ni travailler ni demander la résidence ensuite : la « manifestation d'intérêt » (manifestação de interesse) a pris fin le { $manifestation-of-interest-ended } et, depuis le { $foreigners-law-2025-in-force }, les citoyens de la CPLP (pays de langue portugaise) ont eux aussi besoin d'un visa de résidence.

        ## À la frontière : EES et ETIAS
        - Depuis le { $ees-start }, le système d'entrée/sortie de l'Union européenne (EES) enregistre, aux frontières extérieures de l'espace Schengen, les personnes qui ne sont pas citoyennes de l'UE et viennent pour un court séjour, avec ou sans visa. À la première entrée, on relève vos empreintes digitales et on prend une photo ; chaque entrée et chaque sortie est enregistrée, à la place du tampon sur le passeport. L'enregistrement est gratuit et se fait à la frontière même. Il a été mis en place progressivement, sur { $ees-rollout-months ->
            [one] { $ees-rollout-months } mois
           *[other] { $ees-rollout-months } mois
        }.
        - À l'aéroport de Lisbonne, le gouvernement a suspendu l'EES pendant { $ees-lisbon-suspension-months ->
            [one] { $ees-lisbon-suspension-months } mois
           *[other] { $ees-lisbon-suspension-months } mois
        } à partir du { $ees-lisbon-suspended }, à cause des longues files d'attente. Nous n'avons pas pu confirmer comment cela fonctionne aujourd'hui : prévoyez de l'attente à l'arrivée.
        - L'ETIAS est une autorisation de voyage demandée en ligne (ce n'est pas un visa) pour les personnes qui peuvent entrer sans visa, par exemple les citoyens du Brésil ou du Timor oriental. Il a été annoncé pour le dernier trimestre 2026, mais les sources consultées en décembre 2026 ne concordent pas : l'une dit qu'il ne sera obligatoire qu'à partir d'avril 2027. Avant de voyager, vérifiez sur le site officiel de l'Union européenne ou auprès du consulat s'il est déjà exigé, et méfiez-vous des sites qui font payer pour faire la demande.

        ## Étapes
        1. Choisissez le visa selon le motif du voyage et prenez rendez-vous pour déposer la demande.
        2. Déposez les documents et payez les frais ; le montant et le délai de réponse dépendent du visa et du consulat. N'achetez pas le billet avant la décision.
        3. Avec un visa de résidence, entrez au Portugal pendant sa validité. Le rendez-vous à l'AIMA est en général pris automatiquement quand le visa est délivré.

        ## Documents habituels
        - Passeport valide au-delà de la fin du séjour, et photos.
        - Assurance voyage ou assurance santé.
        - Preuve de ressources et de logement.
        - Extrait de casier judiciaire du pays où vous vivez, pour les visas de séjour temporaire et de résidence.
        - Documents liés au motif du voyage : contrat ou promesse de contrat de travail, lettre d'admission de l'école, invitation ou réservation.

        ## En cas de problème
        - Visa refusé : la décision doit dire pourquoi et comment la contester.
        - Rester après la fin du visa peut entraîner une amende, une expulsion et une interdiction de revenir.
        - Méfiez-vous des gens qui vendent des visas, des rendez-vous ou de faux contrats.
        - Pour de l'aide dans votre langue, appelez la Ligne d'aide aux migrants (Linha de Apoio a Migrantes) : { $lam-phone-landline } (depuis un fixe) ou { $lam-phone-mobile } (depuis un portable).
    .keywords = visa, visas, viza, visa portugal, visa pour le portugal, type de visa, quel visa, visa touriste, visa tourisme, visa schengen, schengen, visa court sejour, visa court séjour, visa long sejour, visa long séjour, visa de residence, visa de résidence, visa D, visa travail, visa de travail, visa recherche d emploi, visa chercheur d emploi, visa pour chercher du travail, job seeker, visa etudiant, visa étudiant, visa nomade digital, nomade numerique, visa D7, retraite, retraité, consulat, ambassade, ambassade du portugal, VFS, VFS Global, BLS, TLScontact, rdv visa, visa refuse, visa refusé, refus de visa, entrer au portugal, aeroport, aéroport, frontiere, frontière, touriste, depasser le visa, rester apres le visa, sans visa, venir au portugal, immigrer, aller au portugal, visto, vistos, visto de residência, visto de residencia, visto de estada temporária, MNE, EES, ETIAS, système d'entrée/sortie, entrée sortie, tampon passeport, tampon, empreintes digitales, biométrie, données biométriques, autorisation de voyage, files d'attente aéroport
    .questions =
        quel visa pour s'installer au portugal
        visa D7 retraité français conditions
        je suis marocain, il me faut un visa pour visiter le portugal ?
        visa recherche d'emploi portugal durée
        visa nomade digital D8 comment faire
        je peux entrer comme touriste et changer de visa sur place
        où demander le visa, consulat ou VFS à Dakar
        c'est quoi EES et ETIAS à la frontière
        documents pour le visa national portugais
        visa refusé par le consulat du portugal, que faire

family-reunification = Regroupement familial : faire venir sa famille
    .summary = Si vous avez une autorisation de résidence au Portugal, vous pouvez demander à l'AIMA le regroupement familial (reagrupamento familiar), pour faire venir votre conjoint, vos enfants et, dans certains cas, vos parents. Depuis la loi 61/2025, il faut en général avoir vécu un certain temps au Portugal avant de demander, sauf exceptions, et prouver des ressources et un logement.
    .body =
        Avec le regroupement familial (reagrupamento familiar), votre famille vient vivre avec vous au Portugal. C'est vous, le résident, qui faites la demande à l'AIMA (Agência para a Integração, Migrações e Asilo). Une fois la demande acceptée, les membres de la famille demandent le visa de résidence au consulat du Portugal du pays où ils vivent.

        ## Ce qui a changé avec la loi 61/2025
        Depuis le { $foreigners-law-2025-in-force } :
        - En général, vous ne pouvez faire la demande qu'après avoir eu l'autorisation de résidence depuis { $family-reunification-wait-years ->
            [one] { $family-reunification-wait-years } an
           *[other] { $family-reunification-wait-years } ans
        }.
        - Il n'y a pas d'attente pour les enfants mineurs ou incapables à votre charge, ni pour les titulaires d'une carte bleue européenne, d'une autorisation pour activité hautement qualifiée ou pour investissement. Selon les articles de presse sur l'adoption de la loi, il n'y en a pas non plus pour le conjoint ou le partenaire quand il y a de tels enfants à charge.
        - L'attente est plus courte pour le conjoint ou le partenaire qui vivait déjà avec vous avant votre arrivée au Portugal. Les sources que nous avons trouvées ne concordent pas sur la durée et les conditions : demandez à l'AIMA ou à un avocat.
        - Les aides sociales ne comptent pas comme ressources.
        - Après l'arrivée, la famille doit participer à des mesures d'intégration, comme apprendre le portugais.
        - Les réfugiés ont leurs propres règles, plus favorables.

        ## Qui fait partie de la famille
        - Le conjoint (mari ou femme) ou le partenaire en union de fait (união de facto) prouvée.
        - Les enfants mineurs ou incapables, du couple ou de l'un des deux, y compris adoptés.
        - Les enfants majeurs célibataires à votre charge qui font leurs études au Portugal.
        - Vos parents ou ceux de votre conjoint, s'ils sont à votre charge.
        - Les frères et sœurs mineurs dont vous êtes le tuteur.

        ## Étapes
        1. Vérifiez si vous pouvez déjà faire la demande ou si vous êtes dans une exception.
        2. Rassemblez les documents, avec apostille ou légalisation et traduction, s'ils sont étrangers.
        3. Faites la demande à l'AIMA. Si vous ne savez pas comment, posez la question par le formulaire { $aima-contact-form }.
        4. Payez les frais. Les tarifs ont changé (annonce du { $aima-fee-table-updated }) : vérifiez le montant sur { $aima-web }.
        5. Selon des résumés de la loi, l'AIMA a jusqu'à { $family-reunification-decision-months ->
            [one] { $family-reunification-decision-months } mois
           *[other] { $family-reunification-decision-months } mois
        } pour décider, et davantage dans les cas complexes ; un article de presse sur l'adoption de la loi parle de { $family-reunification-decision-days-reported ->
            [one] { $family-reunification-decision-days-reported } jour
           *[other] { $family-reunification-decision-days-reported } jours
        }. Nous n'avons pas trouvé le texte officiel : demandez à l'AIMA.
        6. Une fois la demande acceptée, les membres de la famille demandent le visa, entrent au Portugal et font leur autorisation de résidence à l'AIMA.

        ## Documents
        - Votre titre de séjour et les passeports de tout le monde.
        - Actes de mariage et de naissance, ou preuve de l'union de fait.
        - Preuve de ressources : contrat de travail, fiches de paie, déclaration d'impôts (IRS). Le montant exigé est calculé à partir du salaire minimum ({ $minimum-wage }) et augmente avec le nombre de personnes.
        - Un logement adapté : contrat de location ou acte de propriété (escritura).
        - Extrait de casier judiciaire des membres adultes de la famille.
        - Pour les parents et les enfants majeurs : preuve qu'ils dépendent de vous.

        ## En cas de problème
        - Si votre proche est déjà au Portugal, demandez à l'AIMA si la demande peut se faire ici.
        - Demande refusée : avant de refuser, l'AIMA doit vous entendre (audiência prévia), et la décision doit dire pourquoi et comment la contester. Les délais sont courts : demandez tout de suite une aide juridique.
        - Pour de l'aide dans votre langue, appelez la Ligne d'aide aux migrants (Linha de Apoio a Migrantes) : { $lam-phone-landline } (depuis un fixe) ou { $lam-phone-mobile } (depuis un portable).
    .keywords = regroupement familial, regroupement familliale, regroupement, regroupement famille, reunification familiale, réunification familiale, faire venir ma famille, faire venir sa famille, faire venir ma femme, faire venir mon mari, faire venir mes enfants, faire venir ma femme et mes enfants, amener ma famille, ramener ma famille, faire venir mes parents, ma femme, mon epouse, mon épouse, mon mari, mes enfants, enfant mineur, parents, conjoint, epoux, époux, famille, union de fait, concubinage, pacs, visa familial, visa regroupement, acte de mariage, acte de naissance, ressources, logement, loi 61/2025, reagrupamento familiar, reagrupamento, união de facto, uniao de facto, meios de subsistência, AIMA, aima, SEF
    .questions =
        faire venir ma femme et mes enfants au portugal
        regroupement familial portugal conditions
        j'ai une carte de séjour, mon mari peut me rejoindre ?
        combien d'années de résidence avant de demander le regroupement familial
        je peux faire venir mes parents du Cameroun ?
        quelles ressources il faut prouver pour le regroupement
        mes enfants sont déjà avec moi ici, je peux faire la demande sur place ?
        il faut un logement assez grand pour la famille ?
        acte de mariage apostillé et traduit pour le reagrupamento familiar ?
        l'AIMA a refusé ma demande de regroupement familial

asylum-protection = Demander l'asile ou une protection internationale
    .summary = Si vous avez fui votre pays à cause de persécutions, d'une guerre ou d'un danger grave, vous pouvez demander une protection internationale au Portugal : le statut de réfugié ou la protection subsidiaire. La demande se fait à l'AIMA ou à n'importe quel poste de police, elle est gratuite et, pendant son examen, on ne peut pas vous renvoyer dans votre pays.
    .body =
        La protection internationale (proteção internacional) est pour les personnes qui ne peuvent pas rentrer dans leur pays parce qu'elles y sont en danger. C'est l'AIMA (Agência para a Integração, Migrações e Asilo) qui examine les demandes et décide, selon la loi sur l'asile (Lei 27/2008). Demander une protection est gratuit.

        De nouvelles règles européennes sur l'asile (le Pacte sur la migration et l'asile) s'appliquent depuis le { $eu-asylum-pact-applies }. Elles peuvent changer les étapes et les délais décrits ici, et nous n'avons pas trouvé la loi portugaise qui les met en œuvre. Avant chaque étape, vérifiez auprès du Conseil portugais pour les réfugiés (Conselho Português para os Refugiados, CPR) ou d'un avocat.

        ## Les protections qui existent
        - Statut de réfugié (estatuto de refugiado) : pour les personnes qui craignent, avec de bonnes raisons, d'être persécutées à cause de leur race, de leur religion, de leur nationalité, de leurs opinions politiques ou parce qu'elles font partie d'un certain groupe social.
        - Protection subsidiaire (proteção subsidiária) : pour les personnes qui risquent une atteinte grave si elles rentrent, comme la peine de mort, la torture ou la violence d'une guerre.
        - Protection temporaire (proteção temporária) : un régime européen pour les personnes déplacées en grand nombre, aujourd'hui celles qui ont fui la guerre en Ukraine.

        ## Comment faire la demande
        1. Demandez la protection le plus vite possible : à l'arrivée, aux autorités de la frontière ; si vous êtes déjà au Portugal, à l'AIMA ou à n'importe quelle police (PSP ou GNR), qui transmet la demande. Dites clairement que vous demandez l'asile.
        2. Recevez l'attestation de dépôt de la demande (declaração comprovativa) et gardez-la : elle prouve que vous êtes au Portugal légalement.
        3. Pendant l'entretien, avec un interprète gratuit, racontez toute votre histoire.
        4. L'AIMA décide d'abord si elle accepte d'examiner la demande. Si elle accepte, vous recevez une autorisation de résidence provisoire, renouvelable jusqu'à la décision finale.
        5. Si vous êtes passé avant par un autre pays de l'Union européenne, le Portugal peut demander à ce pays de traiter la demande.

        ## Vos droits pendant l'attente
        - On ne peut pas vous renvoyer dans le pays que vous avez fui.
        - Soins dans le Service national de santé (Serviço Nacional de Saúde, SNS) et école pour les enfants.
        - Avec l'autorisation de résidence provisoire, vous pouvez travailler.
        - Aide sociale et logement, si vous n'avez pas de ressources.
        - Aide juridique gratuite.
        - La demande est confidentielle : les autorités de votre pays ne sont pas prévenues.

        ## Documents à apporter
        Apportez ce que vous avez : passeport ou autre pièce d'identité, documents de la famille et preuves du danger (menaces, articles de presse, rapports médicaux). Si vous n'avez pas de documents, vous pouvez quand même faire la demande.

        ## Protection temporaire (Ukraine)
        - Elle concerne les Ukrainiens et les autres personnes qui vivaient en Ukraine et ont fui la guerre.
        - Elle se demande à l'AIMA. Elle donne une autorisation de résidence et, automatiquement, un NIF, un NISS et un numéro d'usager du SNS (número de utente).
        - L'Union européenne a prolongé ce régime jusqu'au { $temporary-protection-until }. Vérifiez sur { $aima-web } s'il y a eu une nouvelle prolongation.

        ## En cas de problème
        - Demande refusée : les délais pour faire appel au tribunal ne sont que de quelques jours. Demandez tout de suite une aide juridique ou de l'aide au Conseil portugais pour les réfugiés (Conselho Português para os Refugiados, CPR).
        - Si on vous a trompé ou forcé à travailler, vous êtes peut-être victime de traite : appelez le { $trafficking-phone }.
        - En danger immédiat, appelez le { $emergency-phone }.
        - Pour de l'aide dans votre langue, appelez la Ligne d'aide aux migrants (Linha de Apoio a Migrantes) : { $lam-phone-landline } (depuis un fixe) ou { $lam-phone-mobile } (depuis un portable).
    .keywords = asile, asile politique, azile, demande d asile, demande d'asile, demandeur d asile, demandeur d'asile, demander l asile, refugie, réfugié, refugiee, réfugiée, refugies, réfugiés, statut de refugie, statut de réfugié, protection internationale, protection subsidiaire, protection temporaire, humanitaire, persecution, persécution, persecute, guerre, j ai fui la guerre, fuir mon pays, j ai fui mon pays, menace, menace de mort, danger, pas rentrer dans mon pays, Ukraine, ukrainien, ukrainiens, deplace, déplacé, recepisse asile, récépissé, entretien asile, Dublin, dublinage, CPR, HCR, UNHCR, asilo, pedido de asilo, refugiado, proteção internacional, protecao internacional, proteção subsidiária, declaração comprovativa, AIMA, aima, SEF
    .questions =
        demander l'asile au portugal
        j'ai fui la guerre dans mon pays, je peux rester ici ?
        statut de réfugié où faire la demande
        ils peuvent m'expulser pendant que ma demande d'asile est en cours ?
        demandeur d'asile logement et aide financière
        je peux travailler pendant la procédure d'asile
        je suis passé par l'espagne avant, ils vont me renvoyer là-bas ?
        ma demande d'asile a été rejetée, je peux faire appel ?
        la demande de protection internationale est gratuite ?
        je suis menacé de mort au Congo, comment demander la protection

student-residence = Résidence pour étudiants et chercheurs
    .summary = Pour étudier ou faire de la recherche au Portugal, il faut en général un visa d'études ou de recherche, demandé au consulat, puis une autorisation de résidence délivrée par l'AIMA. Les étudiants de l'enseignement supérieur peuvent travailler, s'ils le déclarent à l'AIMA.
    .body =
        Les étudiants et les chercheurs venus de pays hors de l'Union européenne ont besoin d'une autorisation de résidence, délivrée par l'AIMA (Agência para a Integração, Migrações e Asilo). L'inscription au cursus se fait auprès de l'université ou de l'institut polytechnique (politécnico) ; la DGES (Direção-Geral do Ensino Superior, { $dges-web }) a la liste des établissements reconnus.

        ## Qui peut faire la demande
        - Les étudiants de l'enseignement supérieur (licence, master, doctorat ; en portugais licenciatura, mestrado, doutoramento) admis dans un établissement reconnu.
        - Les élèves du secondaire, les stagiaires, les volontaires et les participants à des programmes d'échange.
        - Les chercheurs et les enseignants du supérieur qui ont un contrat ou une convention d'accueil (convenção de acolhimento) avec une université ou un centre de recherche.

        ## Étapes
        1. Obtenez la lettre d'admission ou le contrat avec l'établissement.
        2. Demandez le visa de résidence pour études ou pour recherche au consulat du Portugal du pays où vous vivez ({ $mne-visas-web }). Pour une formation courte, un visa de séjour temporaire peut suffire.
        3. Entrez au Portugal pendant la validité du visa. Le rendez-vous à l'AIMA est en général pris automatiquement quand le visa est délivré.
        4. Allez à l'AIMA le jour du rendez-vous avec les documents originaux. La carte arrive par la poste.
        5. Demandez le NIF et le numéro d'usager du SNS (número de utente) ; si vous allez travailler, demandez aussi le NISS.

        ## Documents
        - Passeport valide avec le visa.
        - Attestation d'inscription ou d'admission et, s'il y en a, preuve du paiement des frais de scolarité (propinas).
        - Preuve de ressources : bourse, relevés bancaires ou engagement de prise en charge (termo de responsabilidade) de la personne qui vous fait vivre.
        - Justificatif de logement.
        - Assurance santé, si on vous la demande.
        - Extrait de casier judiciaire du pays d'origine.
        - Chercheurs : contrat ou convention d'accueil.

        ## Travailler pendant les études
        - Les étudiants du supérieur peuvent travailler comme salariés ou à leur compte, si le travail reste un complément des études et s'ils le déclarent à l'AIMA.
        - Au renouvellement, l'AIMA demande une preuve d'inscription et de réussite des études. Si vous arrêtez vos études, le titre peut ne pas être renouvelé.
        - Les élèves du secondaire et les stagiaires doivent demander à l'AIMA s'ils ont le droit de travailler.

        ## À la fin des études
        Vous pouvez demander un autre type d'autorisation de résidence, par exemple pour travailler, si vous remplissez les conditions. Faites la demande avant que le titre d'étudiant expire et vérifiez la marche à suivre auprès de l'AIMA.

        ## Combien ça coûte
        Il y a des frais consulaires pour le visa et des frais de l'AIMA pour l'autorisation. Les tarifs de l'AIMA ont changé (annonce du { $aima-fee-table-updated }) : vérifiez sur { $aima-web }.

        ## En cas de problème
        - Demandez de l'aide au bureau des relations internationales de votre établissement.
        - Dossier bloqué à l'AIMA : utilisez le formulaire { $aima-contact-form }, une seule fois.
        - Pour de l'aide dans votre langue, appelez la Ligne d'aide aux migrants (Linha de Apoio a Migrantes) : { $lam-phone-landline } (depuis un fixe) ou { $lam-phone-mobile } (depuis un portable).
    .keywords = etudiant, étudiant, etudiante, étudiante, etudiants, étudiants, etudier au portugal, étudier au portugal, visa etudiant, visa étudiant, visa etude, visa d études, visa pour etudier, titre de sejour etudiant, titre de séjour étudiant, carte de sejour etudiant, etudiant etranger, étudiant étranger, echange, échange, Erasmus, universite, université, fac, faculte, faculté, ecole, polytechnique, licence, master, doctorat, these, thèse, frais de scolarite, frais de scolarité, inscription, chercheur, chercheuse, recherche, bourse, boursier, prise en charge, garant, travailler en etant etudiant, étudiant peut travailler, job etudiant, job étudiant, travailler et etudier, temps partiel, visto de estudante, visto de estudo, propinas, matrícula, matricula, convenção de acolhimento, termo de responsabilidade, DGES, AIMA, aima, SEF
    .questions =
        visa étudiant portugal comment l'obtenir
        j'ai été admis en master à Lisbonne, quel titre de séjour il me faut
        un étudiant étranger peut travailler à côté des études ?
        je dois prévenir l'aima si je travaille pendant mes études
        documents pour la résidence étudiant, justificatif de ressources ?
        mes études sont finies, je peux rester pour chercher du travail
        visa chercheur doctorat portugal
        combien coûte le titre de séjour étudiant
        étudiant ivoirien, bourse ou garant pour le visa ?

cplp-mobility = Autorisation de résidence CPLP
    .summary = Les citoyens des pays de langue portugaise où l'Accord de mobilité de la CPLP est en vigueur peuvent demander à l'AIMA l'autorisation de résidence CPLP, avec des règles plus simples. Depuis la loi 61/2025, il faut arriver au Portugal avec un visa de résidence : on ne peut plus entrer comme touriste et faire la demande ensuite.
    .body =
        L'autorisation de résidence CPLP (AR CPLP) vient de l'Accord de mobilité (Acordo de Mobilidade) entre les États membres de la Communauté des pays de langue portugaise (Comunidade dos Países de Língua Portuguesa, CPLP). Elle sert à vivre, travailler ou étudier au Portugal. Le visa est délivré par les consulats du Portugal ; l'autorisation de résidence est délivrée par l'AIMA (Agência para a Integração, Migrações e Asilo).

        ## Qui peut faire la demande
        Les citoyens de l'Angola, du Brésil, du Cap-Vert, de la Guinée-Bissau, de la Guinée équatoriale, du Mozambique, de Sao Tomé-et-Principe et du Timor oriental, si l'accord est en vigueur pour leur pays. Vérifiez au consulat.

        ## Ce qui a changé
        - Depuis le { $foreigners-law-2025-in-force } (loi 61/2025), il est obligatoire d'entrer avec un visa de résidence. Une personne entrée comme touriste, même sans avoir besoin de visa, comme les Brésiliens et les Timorais, ne peut plus demander l'AR CPLP au Portugal.
        - Avec la loi 9/2025 (Lei 9/2025), l'AR CPLP est devenue une carte identique à celle des autres autorisations de résidence, avec la même durée de validité, et elle permet de voyager dans l'espace Schengen. L'ancienne feuille de papier (format A4) est remplacée par cette carte : suivez les instructions que l'AIMA vous envoie.

        ## Étapes
        1. Demandez le visa de résidence au consulat du Portugal du pays où vous vivez, ou au centre de demande de visas. Dites que vous êtes citoyen de la CPLP.
        2. Entrez au Portugal. Le visa de résidence est valable { $residence-visa-validity-months ->
            [one] { $residence-visa-validity-months } mois
           *[other] { $residence-visa-validity-months } mois
        } : faites l'autorisation pendant ce temps.
        3. Demandez l'AR CPLP à l'AIMA. Le rendez-vous ou la demande en ligne sont en général traités automatiquement après la délivrance du visa ; si vous ne recevez rien, utilisez le formulaire { $aima-contact-form }.
        4. La carte arrive par la poste à l'adresse que vous avez donnée.

        ## Documents
        - Passeport valide avec le visa de résidence.
        - Extrait de casier judiciaire (registo criminal) du pays d'origine. L'AIMA consulte elle-même le casier portugais.
        - NIF et justificatif de domicile au Portugal.
        - Les autres documents dépendent du motif (travail, études ou autre) : le consulat vous dit lesquels.

        ## Validité et renouvellement
        La première autorisation est valable { $residence-permit-first-years ->
            [one] { $residence-permit-first-years } an
           *[other] { $residence-permit-first-years } ans
        } et chaque renouvellement { $residence-permit-renewal-years ->
            [one] { $residence-permit-renewal-years } an
           *[other] { $residence-permit-renewal-years } ans
        }. Renouvelez-la avant qu'elle expire, sur le Portail des renouvellements (Portal das Renovações, { $aima-portal-renewals }). Au renouvellement, on vous redemande l'extrait de casier judiciaire du pays d'origine.

        ## Combien ça coûte
        L'ancien tarif de l'AR CPLP a été supprimé et les tarifs de l'AIMA ont changé (annonce du { $aima-fee-table-updated }). Vérifiez le montant actuel sur { $aima-web } et les frais de visa au consulat.

        ## En cas de problème
        - Vous avez demandé l'AR CPLP avant le { $foreigners-law-2025-in-force } après être entré comme touriste : demandez à l'AIMA, par le formulaire, où en est votre dossier. Ne refaites pas la demande.
        - Vous avez encore la feuille A4 et l'AIMA ne vous a pas contacté : posez la question par le formulaire.
        - Pour de l'aide, appelez la Ligne d'aide aux migrants (Linha de Apoio a Migrantes) : { $lam-phone-landline } (depuis un fixe) ou { $lam-phone-mobile } (depuis un portable).
    .keywords = CPLP, cplp, AR CPLP, residence cplp, résidence CPLP, titre de sejour cplp, carte cplp, accord de mobilite, accord de mobilité, mobilite cplp, visa cplp, lusophone, pays lusophones, pays de langue portugaise, PALOP, bresilien, brésilien, Bresil, Brésil, angolais, Angola, capverdien, cap-verdien, Cap-Vert, Cap Vert, bissau-guineen, bissau guinéen, guineen bissau, Guinee-Bissau, Guinée-Bissau, Guinee Bissau, mozambicain, Mozambique, santomeen, Sao Tome, São Tomé, timorais, Timor, Guinee equatoriale, Guinée équatoriale, feuille A4, papier A4, entrer comme touriste, touriste, regulariser, régulariser, autorização de residência CPLP, autorizacao de residencia cplp, acordo de mobilidade, folha A4, AIMA, aima, SEF
    .questions =
        titre de séjour CPLP comment faire
        je suis de guinée-bissau, je peux avoir la résidence cplp
        je suis capverdien, je peux entrer comme touriste et demander la cplp ?
        autorisation de residence cplp documents
        le papier A4 de la cplp, je peux voyager avec ?
        la résidence cplp est valable combien de temps
        renouveler la cplp ou passer à une carte normale
        je suis angolais, cplp refusée, que faire
        prix de la résidence cplp
        accord de mobilité cplp, c'est quoi
