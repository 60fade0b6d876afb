# Logement : louer un logement, droits du locataire, aides au logement et attestation de résidence.

renting-a-home = Louer un logement
    .summary = Pour louer un logement ou une chambre, faites toujours un contrat de location écrit (contrato de arrendamento). Le propriétaire doit déclarer le contrat aux Finanças (les impôts) et vous donner un reçu pour chaque loyer. La loi limite la caution et les loyers payés d'avance, et interdit de refuser un logement à cause de la nationalité ou de l'origine.
    .body =
        Louer (arrendar), c'est payer pour habiter un logement ou une chambre qui appartient au propriétaire (le senhorio). Vous n'avez pas besoin d'autorisation de résidence pour louer, mais il vous faudra un numéro fiscal (NIF).

        ## Avant de signer
        - Visitez le logement. Vérifiez s'il y a l'eau, l'électricité, de l'humidité ou des fenêtres cassées, et prenez des photos.
        - Demandez la pièce d'identité du propriétaire et vérifiez que c'est bien lui le propriétaire, ou qu'il a l'autorisation du propriétaire pour louer.
        - Méfiez-vous des annonces qui demandent de l'argent avant la visite ou avant la signature du contrat.

        ## Le contrat
        - Le contrat de location doit être écrit et signé par les deux. Gardez une copie signée.
        - Il doit indiquer : les noms et les NIF des deux, l'adresse, le loyer (renda) et le jour de paiement, la durée, la caution, et qui paie l'eau, l'électricité et le gaz.
        - Pour une résidence principale, un contrat à durée fixe ne peut pas être de moins de { $housing-contract-min-years ->
            [one] { $housing-contract-min-years } an
           *[other] { $housing-contract-min-years } ans
        }. L'exception, ce sont les locations temporaires (par exemple pour le travail ou les études), que le contrat doit mentionner.
        - À la fin de la durée, le contrat se renouvelle tout seul, sauf si l'un des deux prévient par écrit à temps.

        ## Ce que le propriétaire peut demander
        - Une caution (caução) de { $housing-deposit-max-rents ->
            [one] { $housing-deposit-max-rents } mois de loyer
           *[other] { $housing-deposit-max-rents } mois de loyer
        } au maximum. Elle vous est rendue à la fin du contrat si le logement n'a pas de dégâts.
        - Des loyers d'avance, avec un accord écrit, jusqu'à { $housing-rent-advance-max-months ->
            [one] { $housing-rent-advance-max-months } mois
           *[other] { $housing-rent-advance-max-months } mois
        }.
        - Ces deux limites viennent d'une modification de la loi pour 2023, selon la presse et des avocats en novembre 2022 ; certaines pages plus récentes citent encore les anciennes règles (jusqu'à trois mois de loyer d'avance et pas de limite pour la caution). Nous n'avons pas trouvé le texte actuel de la loi : si l'on vous demande plus, renseignez-vous auprès du service du logement de la Câmara Municipal ou d'un avocat.
        - Un garant (fiador) ou des justificatifs de revenus.

        ## Ce que le propriétaire n'a pas le droit de faire
        - Vous refuser le logement parce que vous êtes étranger, à cause de la couleur de votre peau, de votre origine ou de votre religion : c'est de la discrimination, interdite par la loi.
        - Garder votre passeport, ou encaisser le loyer sans vous donner de reçu.

        ## Déclaration aux Finanças et reçus
        1. Le propriétaire déclare le contrat aux Finanças (Autoridade Tributária e Aduaneira) et paie le droit de timbre (imposto do selo).
        2. Chaque mois, il vous donne un reçu de loyer (recibo de renda), en général électronique, sur le Portail des Finances (Portal das Finanças, { $at-web }).
        3. Gardez les reçus. Ils prouvent votre adresse (AIMA, centre de santé, école), comptent pour la déclaration d'impôts (IRS) et sont demandés pour les aides au loyer.
        4. Si le propriétaire ne déclare pas le contrat, le locataire peut aussi le déclarer aux Finanças. Demandez comment dans un bureau des impôts (Serviço de Finanças).

        ## Combien ça coûte
        Le droit de timbre du contrat est payé par le propriétaire. Si une agence immobilière vous demande une commission, demandez une facture.

        ## En cas de problème
        - Le propriétaire refuse de faire un contrat ou de donner des reçus : sans contrat déclaré, il est difficile de prouver votre adresse et de demander des aides. Renseignez-vous auprès des Finanças, au { $at-phone }.
        - On vous a refusé un logement parce que vous êtes étranger : gardez les annonces et les messages, et regardez comment porter plainte pour discrimination.
        - Pour de l'aide dans votre langue, appelez la Ligne d'aide aux migrants (Linha de Apoio a Migrantes) : { $lam-phone-landline } ou { $lam-phone-mobile }.
    .keywords = louer, location, louer un appartement, louer une maison, louer une chambre, location appartement, chambre, chambre a louer, chambre à louer, colocation, coloc, appartement, appart, maison, logement, loger, trouver un logement, chercher un logement, loyer, contrat de location, contrat de bail, bail, proprietaire, propriétaire, bailleur, locataire, caution, depot de garantie, dépôt de garantie, avance, mois d avance, garant, quittance, quittance de loyer, recu de loyer, reçu de loyer, agence immobiliere, agence immobilière, commission, arnaque logement, arnaque location, on me refuse car etranger, discrimination logement, arrendar, arrendamento, contrato de arrendamento, renda, senhorio, inquilino, caução, caucao, fiador, recibo de renda, recibos de renda, imposto do selo, imobiliária, imobiliaria, idealista, olx
    .questions =
        louer un appartement au portugal quand on est étranger
        le propriétaire demande 6 mois de loyer d'avance, c'est permis ?
        caution maximum pour une location
        louer une chambre sans bail, c'est légal ?
        le propriétaire ne veut pas déclarer le bail aux finanças
        faut il un garant pour louer
        le propriétaire ne donne pas de quittance de loyer
        refusé pour la location parce que je suis africain
        qu'est ce qui doit être dans le contrat de location
        je peux louer sans NIF ?

tenant-rights-eviction = Droits du locataire et expulsion
    .summary = Le propriétaire n'a pas le droit de vous mettre dehors lui-même : changer la serrure, couper l'eau ou l'électricité, ou sortir vos affaires est illégal. Pour mettre fin au contrat ou augmenter le loyer, il doit prévenir par écrit et à l'avance, et une expulsion (despejo) ne peut se faire que sur décision du Balcão do Arrendatário e do Senhorio ou d'un tribunal.
    .body =
        Ces droits concernent les personnes qui ont un contrat de location (contrato de arrendamento). Si vous n'avez pas de contrat écrit, gardez tout ce qui prouve que vous habitez le logement et que vous payez un loyer : virements, messages, reçus.

        ## Vos droits
        - Vivre tranquille dans le logement tant que le contrat dure et que vous payez le loyer.
        - Recevoir un reçu pour chaque loyer.
        - Les réparations : le propriétaire doit faire les travaux nécessaires (toit, canalisations, humidité grave). Demandez-les par écrit.
        - Le harcèlement du locataire est interdit : menaces, coupures d'eau ou d'électricité, ou travaux faits pour vous forcer à partir.

        ## Augmentation du loyer
        - Si le contrat ne dit pas autre chose, le loyer ne peut augmenter qu'une fois par an, et au maximum selon le coefficient de mise à jour publié chaque année au journal officiel (Diário da República).
        - Le propriétaire doit prévenir par écrit, au moins { $housing-rent-update-notice-days ->
            [one] { $housing-rent-update-notice-days } jour
           *[other] { $housing-rent-update-notice-days } jours
        } à l'avance, en indiquant le nouveau loyer et comment il l'a calculé.
        - Si l'augmentation ne respecte pas ces règles, vous pouvez la refuser par écrit. Continuez à payer l'ancien loyer et demandez de l'aide.

        ## Quand le contrat se termine
        - Si le propriétaire ne veut pas renouveler le contrat, il doit le dire par lettre recommandée avec accusé de réception. Pour une résidence principale, la lettre doit arriver au moins { $housing-landlord-notice-days ->
            [one] { $housing-landlord-notice-days } jour
           *[other] { $housing-landlord-notice-days } jours
        } avant la fin du contrat, et plus tôt pour les contrats longs.
        - En général, le contrat dure au moins { $housing-contract-guaranteed-years ->
            [one] { $housing-contract-guaranteed-years } an
           *[other] { $housing-contract-guaranteed-years } ans
        } à partir de la signature, même si le propriétaire refuse le premier renouvellement. La principale exception : le propriétaire a besoin du logement pour y vivre lui-même ou y loger un enfant.
        - Le locataire peut aussi partir, en prévenant par écrit dans le délai indiqué par la loi et le contrat.

        ## Expulsion
        1. Le propriétaire ne peut pas vous expulser tout seul. Il lui faut un titre du Balcão do Arrendatário e do Senhorio (BAS), le guichet officiel des locations, ou une décision d'un tribunal.
        2. Si vous recevez une notification du BAS, vous avez { $housing-eviction-opposition-days ->
            [one] { $housing-eviction-opposition-days } jour
           *[other] { $housing-eviction-opposition-days } jours
        } pour partir ou pour vous y opposer. L'opposition se fait par un avocat : demandez tout de suite l'aide juridique (apoio judiciário) à la Sécurité sociale (Segurança Social).
        3. Si vous ne payez plus le loyer pendant des mois, le propriétaire peut mettre fin au contrat. Payer la dette rapidement peut éviter l'expulsion.
        4. Dans les situations graves (maladie, handicap, enfants, pas d'autre logement), vous pouvez demander que votre départ soit reporté (diferimento da desocupação).

        ## Où demander de l'aide
        - Avocat gratuit : aide juridique (apoio judiciário), à demander à la Segurança Social.
        - Informations sur la location : portail du logement (Portal da Habitação, { $housing-portal-web }) et service du logement de la mairie (Câmara Municipal).
        - On a changé la serrure, sorti vos affaires ou on vous a menacé : appelez la police (PSP ou GNR). En cas de danger, appelez le { $emergency-phone }.
        - Si vous vous retrouvez sans logement : Ligne nationale d'urgence sociale (Linha Nacional de Emergência Social), { $social-emergency-phone }.
        - Pour de l'aide dans votre langue : Ligne d'aide aux migrants (Linha de Apoio a Migrantes), { $lam-phone-landline } ou { $lam-phone-mobile }.
    .keywords = expulsion, expulse, expulsé, expulser, expulsion logement, avis d expulsion, proprietaire veut me mettre dehors, propriétaire me met dehors, mis dehors, mettre dehors, jeter dehors, il m a chasse, chassé de chez moi, quitter le logement, droits du locataire, locataire, proprietaire, propriétaire, bailleur, il a change la serrure, changé la serrure, coupe l eau, coupé l'électricité, coupure d eau, coupure electricite, augmentation de loyer, augmenter le loyer, loyer augmente, fin de bail, fin du contrat, pas renouveler, preavis, préavis, lettre recommandee, harcelement, harcèlement, travaux, reparations, humidite, moisissure, loyer impaye, loyer impayé, dette de loyer, sans logement, a la rue, avocat, despejo, ordem de despejo, BAS, balcão do arrendatário e do senhorio, balcao do arrendatario, BNA, inquilino, senhorio, renda, aumento da renda, oposição à renovação, apoio judiciário
    .questions =
        le propriétaire veut me mettre dehors, mes droits
        le propriétaire a changé la serrure
        il a coupé l'eau et l'électricité
        augmentation de loyer maximum cette année
        fin de bail, préavis du propriétaire combien de temps
        avis d'expulsion, combien de temps j'ai
        balcão do arrendatário e do senhorio c'est quoi
        j'ai reçu une lettre du tribunal pour despejo
        aide gratuite pour locataires

housing-support = Aides au logement et au loyer
    .summary = Des programmes publics aident à payer le loyer ou donnent accès à des logements moins chers : Porta 65, Arrendamento Acessível, logement municipal et aides d'urgence de la Sécurité sociale. Presque tous demandent un titre de séjour, un NIF, un contrat déclaré aux Finanças et une déclaration d'impôts (IRS) faite.
    .body =
        Les programmes nationaux dépendent de l'IHRU (Instituto da Habitação e da Reabilitação Urbana), l'institut du logement, sur le portail du logement (Portal da Habitação, { $housing-portal-web }). Le logement social dépend de la mairie (Câmara Municipal) ; l'aide d'urgence, de la Sécurité sociale (Segurança Social).

        ## Les principales aides
        - Porta 65 Jovem : aide mensuelle pour payer une partie du loyer, pour les jeunes jusqu'à { $housing-porta65-max-age ->
            [one] { $housing-porta65-max-age } an
           *[other] { $housing-porta65-max-age } ans
        }.
        - Porta 65+ : aide au loyer pour les personnes qui ont perdu une grande partie de leurs revenus et pour les familles monoparentales.
        - Aide extraordinaire au loyer (apoio extraordinário à renda) : versée chaque mois par la Segurança Social à certains locataires dont le loyer pèse lourd dans le budget. Il n'y a pas de demande à faire : ce qui compte, c'est le contrat déclaré aux Finanças et la déclaration d'impôts (IRS) faite. Tous les contrats ne sont pas concernés.
        - Programme de location abordable (Programa de Arrendamento Acessível) : des logements avec un loyer plus bas que le marché, pour les familles sous certaines limites de revenus.
        - Logement municipal (habitação social ou renda apoiada) : des logements de la mairie avec un loyer calculé selon les revenus de la famille. Les listes d'attente sont longues.
        - 1.º Direito : programme des mairies pour les familles qui vivent dans de mauvaises conditions, par exemple dans des baraques ou des logements surpeuplés.
        - Urgence : la Segurança Social peut donner une aide ponctuelle ou un hébergement temporaire aux personnes qui se retrouvent sans logement.

        ## Qui peut faire la demande
        - En général : les personnes qui vivent au Portugal avec un titre de séjour valide, un NIF et, souvent, un NISS.
        - Les personnes qui ont un contrat de location écrit et déclaré aux Finanças, et des reçus de loyer.
        - Les personnes dont les revenus sont dans les limites de chaque programme.
        - Sans titre de séjour, la plupart de ces programmes ne sont pas accessibles, mais vous pouvez demander une aide d'urgence.

        ## Étapes
        1. Vérifiez que votre contrat est déclaré aux Finanças et que vous recevez des reçus de loyer.
        2. Faites votre déclaration d'impôts (IRS) chaque année, même si vos revenus sont bas.
        3. Regardez sur le Portal da Habitação quels programmes existent, leurs conditions et les dates pour faire la demande.
        4. Faites la demande sur le portail, ou demandez de l'aide au service du logement de la mairie (Câmara Municipal). C'est aussi là que vous vous inscrivez pour un logement municipal.

        ## Documents à préparer
        - Passeport et titre de séjour.
        - NIF et NISS.
        - Contrat de location et reçus de loyer.
        - Déclaration d'impôts (IRS) et avis d'imposition (nota de liquidação).
        - Documents des personnes qui vivent avec vous et, si on vous le demande, attestation de résidence (atestado de residência).

        ## Combien ça coûte
        Faire une demande est gratuit. Méfiez-vous des gens qui vous font payer pour « obtenir » un logement social.

        ## En cas de problème
        - Demande refusée : lisez le motif. En général, vous pouvez répondre par écrit dans le délai indiqué dans la décision.
        - Vous êtes sans logement ou vous allez l'être : appelez la Ligne nationale d'urgence sociale (Linha Nacional de Emergência Social), { $social-emergency-phone }, ou allez à la Segurança Social ({ $ss-phone }).
        - Pour de l'aide dans votre langue : Ligne d'aide aux migrants (Linha de Apoio a Migrantes), { $lam-phone-landline } ou { $lam-phone-mobile }.
    .keywords = aide au logement, aide logement, aide pour le loyer, aide au loyer, aide loyer, payer le loyer, APL, apl, CAF logement, allocation logement, logement social, HLM, hlm, logement pas cher, loyer pas cher, loyer modere, loyer modéré, logement de la mairie, demande de logement, liste d attente, porta 65, porta65, porta 65 jovem, porta 65+, jeunes, famille monoparentale, mere seule, mère seule, baraque, bidonville, sans logement, sans abri, SDF, a la rue, hebergement d urgence, hébergement d'urgence, urgence sociale, { $social-emergency-phone }, apoio à renda, apoio a renda, apoio extraordinário à renda, arrendamento acessível, arrendamento acessivel, renda acessível, habitação social, habitacao social, bairro social, renda apoiada, câmara municipal, camara municipal, 1.º direito, primeiro direito, IHRU, portal da habitação, portal da habitacao, segurança social, seguranca social
    .questions =
        aide au loyer portugal
        porta 65 jovem pour étrangers
        je n'arrive plus à payer le loyer, il y a une aide ?
        arrendamento acessível comment postuler
        logement social HLM au portugal
        il faut un titre de séjour pour l'aide au logement ?
        aide au loyer, il faut avoir fait l'IRS ?
        aide d'urgence pour se loger segurança social
        mon bail n'est pas déclaré, je peux demander une aide ?

address-certificate = Attestation de résidence (Junta de Freguesia)
    .summary = L'attestation de résidence (atestado de residência) est un document de la mairie de quartier (Junta de Freguesia) qui confirme où vous habitez. Elle est demandée au centre de santé, à l'école, à l'AIMA et dans d'autres services. La Junta ne peut pas la refuser seulement parce que vous n'avez pas encore d'autorisation de résidence.
    .body =
        L'attestation de résidence (atestado de residência, aussi appelée « atestado de morada ») est délivrée par la mairie de quartier (Junta de Freguesia) du lieu où vous habitez. Elle confirme votre adresse et, si vous le demandez, depuis combien de temps vous y vivez.

        ## À quoi elle sert
        - Vous inscrire au centre de santé et avoir un numéro d'usager (número de utente), surtout si vous n'avez pas d'autorisation de résidence.
        - Prouver votre logement dans un dossier à l'AIMA.
        - Inscrire vos enfants à l'école.
        - Changer d'adresse aux Finanças (les impôts), ouvrir un compte en banque ou demander des aides sociales.

        ## Qui peut la demander
        Toute personne qui habite dans la freguesia (le quartier ou la commune), portugaise ou étrangère. Le Médiateur de la République (Provedor de Justiça) a déjà rappelé que les Juntas ne peuvent pas refuser l'attestation parce que la personne n'a pas de titre de séjour.

        ## Comment prouver que vous habitez là
        La Junta délivre l'attestation quand quelqu'un de la Junta connaît votre situation ou quand il y a une autre preuve. Les plus utilisées sont :
        - un contrat de location ou des factures d'eau, d'électricité ou d'internet à votre nom ;
        - une déclaration du propriétaire ou de la personne qui vous héberge, avec une copie de sa pièce d'identité ;
        - le témoignage de { $address-certificate-witnesses ->
            [one] { $address-certificate-witnesses } électeur inscrit
           *[other] { $address-certificate-witnesses } électeurs inscrits
        } sur les listes électorales de la freguesia, qui confirment que vous habitez là ;
        - pour les personnes sans logement, une déclaration de l'assistant social qui les suit.

        ## Étapes
        1. Trouvez votre Junta de Freguesia : demandez à la mairie (Câmara Municipal) ou cherchez votre adresse sur le site de la Câmara.
        2. Allez à la Junta. Certaines acceptent la demande sur internet, ou seulement sur rendez-vous.
        3. Remplissez le formulaire (requerimento) et dites à quoi sert l'attestation, par exemple « pour l'inscription au centre de santé » (para inscrição no centro de saúde) ou « pour l'AIMA » (para a AIMA).
        4. Donnez les preuves d'adresse. Les témoins viennent avec vous ou signent une déclaration.
        5. Récupérez l'attestation : tout de suite ou quelques jours plus tard, selon la Junta.

        ## Documents à apporter
        - Passeport, titre de séjour ou autre pièce d'identité.
        - NIF, si vous l'avez déjà.
        - Les preuves d'adresse.
        - Pour une attestation pour toute la famille : les documents de chaque personne.

        ## Prix et validité
        - Chaque Junta fixe son prix ; dans certaines, c'est gratuit. Demandez avant.
        - Le service qui demande l'attestation peut exiger qu'elle soit récente. Demandez-la peu de temps avant d'en avoir besoin.
        - Pour avoir accès au SNS sans autorisation de résidence, demandez que l'attestation dise que vous vivez au Portugal depuis plus de { $health-undocumented-min-days ->
            [one] { $health-undocumented-min-days } jour
           *[other] { $health-undocumented-min-days } jours
        }, si c'est le cas.

        ## En cas de problème
        - On vous a refusé l'attestation : demandez le refus par écrit, avec le motif. Vous pouvez faire une réclamation à la Junta elle-même ou porter plainte, gratuitement, auprès du Provedor de Justiça.
        - Vous ne connaissez pas d'électeurs de la freguesia : demandez quelles autres preuves la Junta accepte.
        - Pour de l'aide dans votre langue : Ligne d'aide aux migrants (Linha de Apoio a Migrantes), { $lam-phone-landline } ou { $lam-phone-mobile }.
    .keywords = attestation de residence, attestation de résidence, attestation d adresse, attestation de domicile, attestation d hebergement, attestation d'hébergement, certificat de residence, certificat de résidence, justificatif de domicile, justificatif d adresse, preuve d adresse, preuve de residence, adresse, domicile, mairie, mairie de quartier, junta, freguesia, temoins, témoins, electeurs, je suis heberge, je suis hébergé, heberge chez un ami, hébergé chez quelqu'un, sans contrat, je loue une chambre, attestation pour aima, attestation pour centre de sante, attestation pour ecole, atestado de residência, atestado de residencia, atestado de morada, atestado da junta, junta de freguesia, comprovativo de morada, comprovativo de residencia, declaração de morada, provedor de justiça, recenseados
    .questions =
        justificatif de domicile au portugal
        atestado de residência junta de freguesia
        je loue une chambre sans contrat, comment prouver mon adresse
        la junta refuse l'atestado parce que je n'ai pas de titre de séjour
        les deux témoins pour l'attestation de résidence
        prix de l'atestado de morada
        attestation de résidence valable combien de temps
        le centre de santé me demande un atestado, où le faire
        documents à apporter à la junta
