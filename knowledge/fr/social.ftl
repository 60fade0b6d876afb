# Sécurité sociale et impôts : NIF, NISS, cotisations et aides sociales.

nif-tax-number = Numéro fiscal (NIF)
    .summary = Le NIF (número de identificação fiscal, aussi appelé número de contribuinte) est donné par les Finanças (les impôts). Il est nécessaire pour travailler, louer un logement ou ouvrir un compte en banque. Vous pouvez le demander sur place, avec rendez-vous, ou sur internet par un représentant légal.
    .body =
        Le NIF est votre numéro auprès des Finanças, l'administration des impôts (Autoridade Tributária e Aduaneira, AT). Il vous sera demandé pour signer un contrat de travail, louer un logement, ouvrir un compte en banque, avoir des factures à votre nom et demander l'autorisation de résidence. Vous pouvez le demander même sans autorisation de résidence.

        ## Comment le demander
        - Sur place : dans un bureau des impôts (Serviço de Finanças) ou dans un guichet unique (Loja do Cidadão), avec rendez-vous. Vous pouvez prendre rendez-vous sur le Portail des Finances (Portal das Finanças, { $at-web }) ou par téléphone au { $at-phone }.
        - Sur internet : un représentant légal (par exemple un avocat, un solicitador, c'est-à-dire un juriste agréé, ou une autre personne avec une procuration) fait la demande pour vous sur l'e-balcão du Portal das Finanças, dans le menu « Registo Contribuinte › Identific › Atrib/Alter NIF-Singulares ».

        ## Documents
        - Passeport ou autre pièce d'identité valide (titre de séjour, si vous l'avez déjà).
        - Justificatif de domicile : au Portugal, si vous y vivez déjà ; à l'étranger, si vous vivez encore hors du Portugal.
        - Si la demande est faite par un représentant légal : sa pièce d'identité et la procuration (procuração). La procuration donnée à un avocat ou à un solicitador n'a pas besoin de signature certifiée.

        ## Représentant fiscal
        - Représentant légal et représentant fiscal, ce n'est pas la même chose. Le représentant légal s'occupe seulement de la demande. Le représentant fiscal répond devant les Finanças pour une personne qui vit hors de l'Union européenne et de l'Espace économique européen.
        - Avant, les personnes qui avaient une adresse hors de ces pays devaient nommer un représentant fiscal. Aujourd'hui, ce n'est plus obligatoire si vous activez les notifications électroniques sur le Portal das Finanças (article 19 de la Lei Geral Tributária, la loi générale fiscale). Vérifiez auprès des Finanças au moment de la demande.
        - Quand vous vous installez au Portugal, mettez à jour votre adresse auprès des Finanças. Avec une adresse au Portugal, vous n'avez pas besoin de représentant fiscal.

        ## Une fois que vous avez le NIF
        1. Demandez le mot de passe (senha) du Portal das Finanças. Il arrive par courrier à l'adresse que vous avez donnée : l'adresse doit donc être juste.
        2. Avec ce mot de passe, vous pouvez voir et mettre à jour vos informations, activer les notifications électroniques et, plus tard, faire votre déclaration d'impôts (IRS).

        ## Combien ça coûte
        Demander le NIF aux Finanças est gratuit. Les avocats, les solicitadores et les sociétés qui font la demande pour vous font payer leur service.

        ## En cas de problème
        - Pas de rendez-vous disponible : essayez un autre Serviço de Finanças ou une autre Loja do Cidadão, ou écrivez par l'e-balcão.
        - Vous avez perdu votre numéro : il est sur les anciens courriers et factures, ou vous pouvez le redemander dans un Serviço de Finanças avec votre pièce d'identité.
        - Pour de l'aide dans votre langue, appelez la Ligne d'aide aux migrants (Linha de Apoio a Migrantes) : { $lam-phone-landline } ou { $lam-phone-mobile }.
    .keywords = NIF, nif, numero fiscal, numéro fiscal, numero d identification fiscale, numero de contribuable, numéro de contribuable, numero contribuable, numero des impots, numéro d'impôt, impots, impôts, finances, finance, bureau des impots, avoir le nif, faire le nif, demander nif, nif en ligne, nif sans titre de sejour, nif sans papiers, representant fiscal, représentant fiscal, procuration, mot de passe finances, declaration d impots, tax number, número de contribuinte, numero de contribuinte, contribuinte, finanças, financas, AT, portal das finanças, portal das financas, e-balcão, ebalcao, senha financas, loja do cidadão, loja do cidadao, IRS
    .questions =
        comment avoir un NIF
        numéro fiscal portugal en ligne sans y aller
        il faut un représentant fiscal pour le nif ?
        numero de contribuinte c'est quoi
        j'habite au Sénégal, je peux avoir le NIF avant de venir ?
        documents pour le NIF aux finanças
        combien coûte le numéro fiscal
        mot de passe du portail des finances comment l'avoir
        il me faut le nif pour louer et ouvrir un compte, par où commencer
        changer mon adresse aux finanças

niss-social-security = Numéro de sécurité sociale (NISS)
    .summary = Le NISS (número de identificação da Segurança Social) est nécessaire pour travailler en cotisant et avoir droit à des aides comme les indemnités maladie ou chômage. Les étrangers peuvent le demander sur internet, sur le site de la Segurança Social, puis le récupérer sur place.
    .body =
        Le NISS est votre numéro à la Sécurité sociale (Segurança Social). Avec ce numéro, l'employeur vous déclare et paie les cotisations (les « descontos »). Ces cotisations vous donnent droit à des aides quand vous en avez besoin : arrêt maladie, congé parental, allocation chômage et retraite. Le NISS est aussi demandé pour l'autorisation de résidence et pour la demande d'aide juridique.

        ## Comment le demander
        - Sur internet : depuis le { $niss-online-since }, il existe un formulaire sur { $ss-web } appelé « Pedido de NISS – Cidadão Estrangeiro » (demande de NISS – citoyen étranger). L'employeur ou un représentant légal avec procuration peut aussi le remplir pour vous.
        - Sur place : dans un guichet de la Segurança Social, avec rendez-vous par téléphone au { $ss-appointment-phone } ou au { $ss-appointment-phone-alt }.

        ## Étapes (demande sur internet)
        1. Remplissez le formulaire « Pedido de NISS – Cidadão Estrangeiro » sur { $ss-web }.
        2. Ajoutez les documents demandés.
        3. Attendez l'e-mail de confirmation de la Segurança Social.
        4. Allez récupérer le NISS sur place, comme indiqué dans l'e-mail, avec l'original de votre pièce d'identité.

        ## Documents
        - Passeport, titre de séjour ou autorisation de résidence.
        - Le visa de travail, si vous êtes entré avec un visa.
        - Le NIF, si vous l'avez déjà.
        - Si c'est un représentant qui fait la demande : la procuration et sa pièce d'identité.

        ## Une fois que vous avez le NISS
        - Inscrivez-vous sur la Segurança Social Direta (le service en ligne de la Sécurité sociale) avec votre NISS et un mot de passe, ou avec la Chave Móvel Digital (clé mobile numérique). La Segurança Social Direta ne marche qu'après avoir reçu le NISS.
        - Sur la Segurança Social Direta, vous pouvez vérifier chaque mois si votre employeur déclare votre salaire et paie les cotisations (votre relevé de carrière, carreira contributiva).
        - Si vous travaillez à votre compte (recibos verdes), vous devez vous inscrire comme travailleur indépendant (trabalhador independente) et faire la déclaration trimestrielle.

        ## Combien ça coûte
        Demander le NISS est gratuit. Les cotisations sont une partie du salaire brut ; l'employeur paie une autre partie.

        ## En cas de problème
        - L'employeur retient les cotisations sur votre salaire mais ne les verse pas à la Segurança Social : gardez vos fiches de paie et parlez-en à la Segurança Social et à l'ACT.
        - Des questions : appelez le { $ss-phone } ou le { $ss-phone-alt } ({ $ss-hours }).
        - Pour de l'aide dans votre langue : Ligne d'aide aux migrants (Linha de Apoio a Migrantes), { $lam-phone-landline } ou { $lam-phone-mobile }.
    .keywords = NISS, niss, NIS, numero de securite sociale, numéro de sécurité sociale, numero secu, numéro sécu, secu, sécu, securite sociale, sécurité sociale, securité social, cotisations, cotiser, charges sociales, inscription securite sociale, niss en ligne, avoir le niss, demander niss, faire le niss, arret maladie, arrêt maladie, chomage, chômage, retraite, independant, indépendant, auto entrepreneur, segurança social, seguranca social, seg social, segurança social direta, seguranca social direta, SSD, descontos, contribuições, contribuicoes, cidadão estrangeiro, cidadao estrangeiro, pedido de niss, carreira contributiva, recibos verdes, trabalhador independente, chave móvel digital, chave movel digital, baixa
    .questions =
        comment avoir le NISS
        numéro de sécurité sociale portugal pour étranger
        demande niss en ligne segurança social
        mon patron dit qu'il faut un NISS pour me payer
        niss sans titre de séjour possible ?
        activer la segurança social direta
        quels documents pour le numéro de sécu portugais
        le niss c'est gratuit ?
        j'ai fait la demande de niss en ligne et pas de réponse
        comment savoir si mon patron paie mes cotisations

unemployment-benefit = Allocation chômage (subsídio de desemprego)
    .summary = Si vous avez perdu votre travail sans l'avoir voulu et si vous avez cotisé assez longtemps à la Sécurité sociale (Segurança Social), vous pouvez avoir droit à l'allocation chômage. Vous devez vous inscrire au centre pour l'emploi de l'IEFP et demander l'allocation dans le délai.
    .body =
        L'allocation chômage (subsídio de desemprego) est payée par la Segurança Social aux salariés qui ont perdu leur travail. La demande passe par le centre pour l'emploi (centro de emprego) de l'IEFP (Instituto do Emprego e Formação Profissional).

        ## Qui peut la recevoir
        - Les personnes qui ont travaillé comme salariés, avec des cotisations, au moins { $unemployment-min-days ->
            [one] { $unemployment-min-days } jour
           *[other] { $unemployment-min-days } jours
        } pendant les { $unemployment-reference-months ->
            [one] { $unemployment-reference-months } mois
           *[other] { $unemployment-reference-months } mois
        } avant de perdre leur emploi.
        - Les personnes qui ont perdu leur emploi sans l'avoir voulu : licenciement, fin d'un contrat à durée déterminée, ou démission pour faute grave de l'employeur (justa causa), par exemple un salaire pas payé. Une rupture d'un commun accord avec l'employeur ne compte que dans certains cas.
        - Si vous démissionnez de vous-même, sans faute grave de l'employeur, vous n'y avez pas droit.
        - Comme étranger, vous devez avoir un titre de séjour valide.
        - Vous devez être inscrit au centre pour l'emploi et disponible pour travailler.

        ## Allocation chômage sociale
        Si vous n'avez pas assez de jours de cotisation, vous pouvez avoir droit à l'allocation chômage sociale (subsídio social de desemprego) : il faut { $social-unemployment-min-days ->
            [one] { $social-unemployment-min-days } jour
           *[other] { $social-unemployment-min-days } jours
        } de cotisation pendant les { $social-unemployment-reference-months ->
            [one] { $social-unemployment-reference-months } dernier mois
           *[other] { $social-unemployment-reference-months } derniers mois
        }, et elle n'est donnée qu'aux familles à faibles revenus.

        ## Étapes
        1. Demandez à votre employeur la « declaração de situação de desemprego » (attestation de chômage), le formulaire de la Segurança Social qui dit pourquoi le contrat s'est terminé.
        2. Inscrivez-vous comme demandeur d'emploi au centre pour l'emploi de votre quartier ou sur { $iefp-web }.
        3. Demandez l'allocation au plus tard { $unemployment-apply-days ->
            [one] { $unemployment-apply-days } jour
           *[other] { $unemployment-apply-days } jours
        } après avoir perdu votre emploi : au centre pour l'emploi ou sur la Segurança Social Direta (le service en ligne de la Sécurité sociale).
        4. Respectez votre plan personnel d'emploi (plano pessoal de emprego) : cherchez du travail, allez aux convocations et acceptez une offre d'emploi convenable.
        5. Prévenez la Segurança Social si vous retravaillez ou si vous partez à l'étranger.

        ## Documents
        - Passeport et titre de séjour valide.
        - NIF et NISS.
        - Attestation de chômage (declaração de situação de desemprego).
        - Justificatif de l'IBAN d'un compte bancaire à votre nom.

        ## Combien et pendant combien de temps
        - Le montant est une partie du salaire moyen déclaré. Il y a un montant minimum et un montant maximum, liés à l'IAS (Indexante dos Apoios Sociais, l'indice de référence des aides sociales : { $ias }).
        - La durée de l'allocation dépend de votre âge et du temps pendant lequel vous avez cotisé.
        - Vous pouvez voir vos cotisations sur la Segurança Social Direta.

        ## En cas de problème
        - L'employeur ne vous donne pas l'attestation : l'ACT, l'inspection du travail, peut l'y obliger, { $act-phone }.
        - Demande refusée : demandez la décision par écrit et contestez-la dans le délai indiqué dans la lettre.
        - Des questions : Segurança Social, { $ss-phone } ou { $ss-phone-alt } ({ $ss-hours }).
        - Pour de l'aide dans votre langue : Ligne d'aide aux migrants (Linha de Apoio a Migrantes), { $lam-phone-landline } ou { $lam-phone-mobile }.
    .keywords = chomage, chômage, allocation chomage, allocation chômage, indemnite chomage, indemnités chômage, droit au chomage, toucher le chomage, ARE, pole emploi, pôle emploi, chomeur, chômeur, sans emploi, sans travail, j ai perdu mon travail, perdu mon emploi, perdu mon boulot, licencie, licencié, licenciement, viré, vire, renvoye, renvoyé, fin de contrat, fin de CDD, contrat termine, demission, démission, rupture conventionnelle, attestation employeur, attestation de chomage, combien je touche, combien de temps, delai, subsídio de desemprego, subsidio de desemprego, subsídio social de desemprego, desemprego, desempregado, declaração de situação de desemprego, modelo 5044, RP 5044, centro de emprego, IEFP, iefp, segurança social, seguranca social, IAS
    .questions =
        j'ai perdu mon travail, j'ai droit au chômage ?
        demander le subsidio de desemprego
        fin de CDD non renouvelé, chômage au portugal
        combien de mois travaillés pour avoir le chômage
        démission, droit au chômage ?
        montant et durée des allocations chômage
        il faut s'inscrire à l'iefp pour toucher le chômage
        subsidio social de desemprego c'est quoi
        le patron refuse de me donner l'attestation pour le chômage
        ma demande d'allocation chômage est refusée

family-benefits = Allocations familiales (abono de família) et autres aides pour les familles
    .summary = L'allocation familiale (abono de família) est une somme versée chaque mois par la Sécurité sociale (Segurança Social) pour aider à élever les enfants. Le montant dépend des revenus de la famille et de l'âge de l'enfant. Il n'est pas nécessaire d'avoir cotisé à la Sécurité sociale.
    .body =
        La Segurança Social a plusieurs aides pour les familles avec enfants. La principale est l'allocation familiale pour les enfants et les jeunes (abono de família para crianças e jovens). Pour les demander, les parents et les enfants doivent avoir un NISS.

        ## Allocation familiale pour les enfants et les jeunes
        - Elle est versée chaque mois, pour chaque enfant.
        - Le montant dépend de la tranche de revenus (« escalão ») de la famille et de l'âge de l'enfant. Les montants changent chaque année : vérifiez-les sur { $ss-web }.
        - Elle ne dépend pas des cotisations : les familles qui n'ont jamais cotisé la reçoivent aussi.
        - Les revenus et l'épargne de la famille doivent être en dessous de certaines limites.
        - À partir d'un certain âge, le jeune ne la reçoit que s'il continue ses études. Chaque année, il faut envoyer la preuve de scolarité (« prova escolar »).

        ## Qui peut la demander
        - Les enfants et les jeunes qui vivent au Portugal, avec un titre de séjour valide ou dans une situation considérée comme équivalente, comme les réfugiés.
        - Si l'enfant ou les parents attendent encore leur titre de séjour, demandez à la Segurança Social s'ils peuvent déjà faire la demande.
        - Le { $social-benefits-bill-debate-date }, le Parlement a débattu une proposition de loi qui exigerait { $social-benefits-bill-years ->
            [one] { $social-benefits-bill-years } an
           *[other] { $social-benefits-bill-years } ans
        } de résidence légale aux citoyens de pays hors de l'Union européenne avant de recevoir des aides comme le RSI et les allocations familiales. Nous n'avons trouvé aucune nouvelle de son adoption. Si vous entendez parler de nouvelles règles, renseignez-vous auprès de la Segurança Social.

        ## Autres aides
        - Allocation prénatale (abono pré-natal) : pour les femmes enceintes, à partir d'un certain stade de la grossesse, avec un certificat médical.
        - Garantie pour l'enfance (Garantia para a Infância) : une somme en plus pour les enfants des familles aux revenus très bas.
        - Majoration pour handicap (bonificação por deficiência) : une somme en plus pour les enfants et les jeunes handicapés.
        - Allocation parentale (subsídio parental) : versée à la mère et au père pendant le congé après la naissance, s'ils ont cotisé. Sans assez de cotisations, on peut avoir droit à l'allocation parentale sociale (subsídio social parental).

        ## Étapes
        1. Demandez le NISS pour l'enfant et pour les parents, s'ils ne l'ont pas encore.
        2. Inscrivez-vous sur la Segurança Social Direta (le service en ligne de la Sécurité sociale).
        3. Demandez l'allocation sur la Segurança Social Direta ou dans un guichet de la Segurança Social. Faites-le juste après la naissance ou l'arrivée au Portugal : une demande tardive peut vous faire perdre des mois.
        4. Donnez l'IBAN du compte où vous voulez recevoir l'argent.
        5. Gardez vos informations à jour : adresse, revenus et composition de la famille.

        ## Documents
        - Pièces d'identité et titres de séjour de toute la famille.
        - Acte de naissance de l'enfant, traduit s'il n'est pas en portugais.
        - NISS et NIF de tout le monde.
        - Justificatif d'IBAN (RIB).
        - Justificatifs des revenus de la famille, si on vous les demande.

        ## Combien ça coûte
        Demander ces aides est gratuit.

        ## En cas de problème
        - Demande refusée ou mauvaise tranche (escalão) : demandez la décision par écrit et contestez-la dans le délai indiqué.
        - Des questions : Segurança Social, { $ss-phone } ou { $ss-phone-alt } ({ $ss-hours }).
        - Pour de l'aide dans votre langue : Ligne d'aide aux migrants (Linha de Apoio a Migrantes), { $lam-phone-landline } ou { $lam-phone-mobile }.
    .keywords = allocations familiales, allocation familiale, alloc, allocs, les allocs, caf, CAF, aide pour les enfants, argent pour les enfants, aide enfant, aide famille, aide aux familles, prime de naissance, allocation prenatale, allocation prénatale, enceinte, grossesse, bebe, bébé, enfant, enfants, naissance, tranche, escalon, preuve de scolarite, handicap, enfant handicape, enfant handicapé, conge maternite, congé maternité, conge paternite, congé paternité, conge parental, congé parental, allocation parentale, abono de família, abono de familia, abono, abono pré-natal, abono pre natal, escalão, escalao, prova escolar, garantia para a infância, subsídio parental, subsidio parental, bonificação por deficiência, segurança social, seguranca social, seg social
    .questions =
        allocations familiales portugal
        abono de familia pour étrangers
        combien par mois pour un enfant
        il faut avoir cotisé pour l'abono ?
        enceinte, il y a une aide avant la naissance ?
        congé maternité payé au portugal
        mes enfants vivent avec moi mais pas de carte de séjour, j'ai droit aux allocations ?
        documents pour abono de família
        c'est quoi l'escalão de revenu
        les allocations ont été coupées, quoi envoyer

social-support-income = Revenu social d'insertion (RSI) et aide sociale d'urgence
    .summary = Le revenu social d'insertion (Rendimento Social de Inserção, RSI) est une aide mensuelle de la Sécurité sociale (Segurança Social) pour les personnes et les familles en très grande pauvreté, liée à un plan pour améliorer leur situation. En cas d'urgence, par exemple si vous vous retrouvez sans logement ou sans nourriture, il existe une aide sociale d'urgence.
    .body =
        Le RSI (Rendimento Social de Inserção), proche du RSA en France, a deux parties : une somme versée chaque mois et un contrat d'insertion (contrato de inserção), avec des étapes pour sortir de la pauvreté, comme chercher du travail, suivre des formations ou mettre les enfants à l'école. C'est la Segurança Social qui décide.

        ## Qui peut le demander
        - Les personnes qui vivent légalement au Portugal. Les citoyens de pays hors de l'Union européenne doivent en général avoir { $rsi-min-residence-years ->
            [one] { $rsi-min-residence-years } an
           *[other] { $rsi-min-residence-years } ans
        } de résidence légale. Les réfugiés n'ont pas besoin de respecter ce délai. Ce délai est celui qu'indiquait la DECO Proteste le { $rsi-residence-source-date } ; d'autres sources disent qu'il n'y a pas de durée minimale. Renseignez-vous auprès de la Segurança Social.
        - Les personnes qui ont des revenus très bas et peu d'épargne ou de biens, en comptant toute la famille qui vit avec elles.
        - En général, les personnes majeures. Il y a des exceptions, par exemple pour les femmes enceintes ou les personnes avec des enfants à charge.
        - Les personnes qui peuvent travailler doivent être inscrites au centre pour l'emploi (centro de emprego) de l'IEFP.

        ## Combien vous recevez
        Le RSI complète les revenus de la famille jusqu'à un montant de référence, qui dépend du nombre de personnes. Ce montant est mis à jour avec l'IAS (l'indice de référence des aides sociales : { $ias }). Vérifiez votre cas auprès de la Segurança Social.

        ## Étapes
        1. Demandez le RSI sur la Segurança Social Direta (le service en ligne de la Sécurité sociale) ou dans un guichet de la Segurança Social.
        2. Donnez les documents de toutes les personnes de la famille.
        3. Allez à l'entretien avec l'assistant social (técnico de ação social).
        4. Signez le contrat d'insertion et faites ce qui a été convenu.
        5. Prévenez la Segurança Social de tout changement : travail, revenus, adresse ou famille.

        ## Documents
        - Pièces d'identité et titres de séjour de tout le monde.
        - NISS et NIF de tout le monde.
        - Justificatifs de revenus et relevés bancaires.
        - Contrat de location (contrato de arrendamento) ou justificatif de domicile.
        - Justificatif d'IBAN.

        ## Aide sociale d'urgence
        - Vous n'avez plus de logement, plus de nourriture, ou vous êtes en danger : appelez la Ligne nationale d'urgence sociale (Linha Nacional de Emergência Social), { $social-emergency-phone }, gratuite, à toute heure.
        - Vous pouvez demander de l'aide au service d'action sociale de la Segurança Social, de la mairie (câmara municipal) ou de la mairie de quartier (Junta de Freguesia). À Lisbonne, aussi à la Santa Casa da Misericórdia.
        - Ces services peuvent donner des aides ponctuelles pour la nourriture, les médicaments ou le loyer, et vous orienter vers des associations d'aide sociale et des banques alimentaires.
        - Si votre vie est en danger, appelez le { $emergency-phone }.

        ## Résidence et aides sociales
        Si vous vous demandez si une aide sociale peut avoir un effet sur le renouvellement de votre autorisation de résidence, posez la question dans un CNAI ou à l'AIMA avant de décider.

        Le { $social-benefits-bill-debate-date }, le Parlement a débattu une proposition de loi qui exigerait { $social-benefits-bill-years ->
            [one] { $social-benefits-bill-years } an
           *[other] { $social-benefits-bill-years } ans
        } de résidence légale aux citoyens de pays hors de l'Union européenne avant de recevoir des aides comme le RSI et les allocations familiales. Nous n'avons trouvé aucune nouvelle de son adoption. Si vous entendez parler de nouvelles règles, renseignez-vous auprès de la Segurança Social.

        ## Combien ça coûte
        Demander le RSI ou une aide sociale est gratuit.

        ## En cas de problème
        - Demande refusée : demandez la décision par écrit et contestez-la dans le délai indiqué.
        - Des questions : Segurança Social, { $ss-phone } ou { $ss-phone-alt } ({ $ss-hours }).
        - Pour de l'aide dans votre langue : Ligne d'aide aux migrants (Linha de Apoio a Migrantes), { $lam-phone-landline } ou { $lam-phone-mobile }.
    .keywords = RSI, rsi, RSA, rsa, revenu minimum, revenu social d insertion, revenu de solidarite, aide sociale, aides sociales, aide de l etat, aide du gouvernement, assistante sociale, assistant social, pauvrete, pauvreté, pas d argent, plus d argent, sans argent, rien a manger, rien à manger, faim, j ai faim, pas de nourriture, nourriture, colis alimentaire, banque alimentaire, restos du coeur, sans logement, sans domicile, SDF, sdf, a la rue, à la rue, dormir dehors, urgence sociale, 115, 144, { $social-emergency-phone }, loyer, aide loyer, rendimento social de inserção, rendimento social de insercao, rendimento mínimo, apoio social, ação social, acao social, emergência social, emergencia social, sem abrigo, sem-abrigo, banco alimentar, cabaz, santa casa, junta de freguesia, câmara municipal, contrato de inserção, segurança social, seguranca social
    .questions =
        RSA au portugal ça existe ?
        RSI rendimento social de inserção conditions
        je n'ai plus d'argent ni à manger, où trouver de l'aide
        banque alimentaire lisbonne
        sans abri au portugal aide d'urgence
        montant du RSI
        un étranger peut avoir les aides sociales au portugal
        combien d'années de résidence pour le RSI
        rendez vous assistante sociale segurança social
        aide urgente pour payer le loyer et les factures
