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

        ## En cas de problème
        Si votre dossier est bloqué, contactez l'AIMA par le formulaire { $aima-contact-form }. Pour de l'aide dans votre langue, appelez la Ligne d'aide aux migrants (Linha de Apoio a Migrantes) : { $lam-phone-landline } (depuis un fixe) ou { $lam-phone-mobile } (depuis un portable).
    .keywords = titre de sejour, titre de séjour, carte de sejour, carte de séjour, carte de residence, carte de résidence, autorisation de residence, autorisation de résidence, permis de sejour, permis de travail, visa de travail, visa travail, residence, résidence, papiers, papier, faire les papiers, regularisation, régularisation, regulariser, sans papiers, sans-papiers, travailler au portugal, contrat de travail, independant, indépendant, auto entrepreneur, autoentrepreneur, SEF, AIMA, aima, autorização de residência, autorizacao de residencia, título de residência, titulo de residencia, AR, manifestação de interesse, manifestacao de interesse, manif d interet, recibos verdes

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
        - La Structure de mission (Estrutura de Missão), créée pour rattraper les dossiers en retard, devait se terminer le { $aima-mission-structure-end }. Si votre dossier y était, demandez à l'AIMA, par le formulaire, où il se trouve maintenant.

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
