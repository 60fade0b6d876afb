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
