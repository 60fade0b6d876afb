# Santé : numéro d'usager, centre de santé, urgences et ligne SNS 24.

sns-user-number = Numéro d'usager du SNS
    .summary = Le numéro d'usager (número de utente) donne accès au Service national de santé (SNS) : consultations au centre de santé, médecin de famille, vaccins et ordonnances. On le demande au centre de santé du quartier où l'on vit, même sans autorisation de résidence. Les soins urgents ne sont jamais refusés, même sans numéro d'usager.
    .body =
        Le numéro d'usager (número de utente) est votre numéro au Service national de santé (Serviço Nacional de Saúde, SNS). Avec ce numéro, vous pouvez prendre rendez-vous au centre de santé, demander un médecin de famille, vous faire vacciner, recevoir des ordonnances et utiliser le SNS 24 sur internet ({ $sns24-web }) et dans l'application.

        ## Qui peut le demander
        - Les personnes qui vivent au Portugal et ont une autorisation de résidence ou un titre de séjour.
        - Les personnes qui vivent au Portugal et n'ont pas encore d'autorisation de résidence, ou qui attendent la réponse de l'AIMA. Dans ce cas, l'inscription peut être provisoire, jusqu'à ce que vous présentiez votre titre de séjour.
        - Les enfants, quelle que soit la situation des parents.

        ## Étapes
        1. Trouvez le centre de santé (centro de saúde) ou l'Unité de santé familiale (Unidade de Saúde Familiar, USF) de votre quartier. Vous pouvez demander à la mairie de quartier (Junta de Freguesia) ou au SNS 24, au { $sns24-phone }.
        2. Allez à l'accueil (secretariado clínico) de ce centre de santé et demandez à vous inscrire comme usager.
        3. Montrez vos documents et vérifiez que vos informations et votre adresse sont justes.
        4. Gardez le papier avec votre numéro d'usager.
        5. Demandez aussi un médecin de famille (médico de família). S'il n'y a pas de médecin disponible, vous êtes mis sur liste d'attente, mais vous pouvez quand même consulter au centre de santé.

        ## Documents à apporter
        - Passeport ou titre de séjour. Si vous l'avez, apportez aussi le justificatif de votre demande à l'AIMA.
        - Justificatif de domicile : contrat de location (contrato de arrendamento) ou attestation de résidence (atestado de residência) de la Junta de Freguesia. Sans autorisation de résidence, l'attestation de la Junta est le document le plus demandé.
        - Pour un enfant : le document de l'enfant et celui d'un des parents.

        ## Combien ça coûte
        - L'inscription est gratuite.
        - Les consultations au centre de santé sont sans ticket modérateur (taxa moderadora).
        - Les personnes qui n'ont pas encore d'autorisation de résidence peuvent, dans certains cas, devoir payer des soins qui ne sont pas urgents. Demandez à l'accueil avant la consultation.

        ## Les urgences ne sont jamais refusées
        En cas d'urgence, appelez le { $emergency-phone } ou allez aux urgences de l'hôpital. Les soins urgents ne sont refusés à personne : ni à ceux qui n'ont pas de numéro d'usager, ni à ceux qui n'ont pas de papiers ou d'autorisation de résidence.

        ## En cas de problème
        - On a refusé de vous inscrire : demandez la raison par écrit et le nom du service. Revenez avec l'attestation de résidence de la Junta de Freguesia.
        - Demandez de l'aide à la Ligne d'aide aux migrants (Linha de Apoio a Migrantes), { $lam-phone-landline } ou { $lam-phone-mobile }, ou dans un CNAI.
        - Vous pouvez aussi écrire dans le cahier de réclamations (Livro de Reclamações) du centre de santé.
        - Vous avez déménagé : demandez le transfert de votre inscription au centre de santé de votre nouveau quartier.
    .keywords = numero d usager, numéro d'usager, numero utilisateur, numéro utilisateur, numero sns, numéro sns, carte sns, carte vitale, carte de sante, carte santé, SNS, sns, sante, santé, centre de sante, centre de santé, dispensaire, medecin, médecin, docteur, medecin de famille, médecin traitant, consultation, voir un medecin, inscription, s inscrire, vaccin, vaccins, ordonnance, sans papiers, sans titre de sejour, número de utente, numero de utente, utente, cartão de utente, cartao de utente, centro de saúde, centro de saude, USF, médico de família, medico de familia, atestado da junta, atestado de residencia, junta de freguesia

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
