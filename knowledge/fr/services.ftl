# Services et contacts : ligne d'aide, CNAI, permis de conduire, banque.

migrant-helpline = Ligne d'aide aux migrants
    .summary = La Ligne d'aide aux migrants (Linha de Apoio a Migrantes) donne des informations par téléphone, en plusieurs langues, sur la résidence, le travail, la santé, l'école et d'autres sujets de la vie au Portugal. Appelez le { $lam-phone-landline } depuis un fixe, ou le { $lam-phone-mobile } depuis un portable ou depuis l'étranger.
    .body =
        La Ligne d'aide aux migrants (Linha de Apoio a Migrantes, anciennement « Linha SOS Imigrante ») est un service public d'information par téléphone. Elle dépendait du Haut-Commissariat aux migrations (Alto Comissariado para as Migrações, ACM). Depuis le { $sef-abolished }, l'ACM et le SEF ont été remplacés par l'AIMA (Agência para a Integração, Migrações e Asilo), qui a repris la ligne.

        ## Numéros
        - Depuis un fixe : { $lam-phone-landline }.
        - Depuis un portable ou depuis l'étranger : { $lam-phone-mobile }.
        - Le prix de l'appel dépend de votre forfait.

        ## Horaires
        Horaires : { $lam-hours }. Ces horaires ont été publiés avant que l'AIMA reprenne la ligne et ont peut-être changé.

        ## Langues
        - Les médiateurs répondent en { $lam-languages } langues et dialectes, d'après la dernière information publiée par l'ACM. Parmi elles : portugais, anglais, français, espagnol, russe, moldave, roumain, ukrainien, arabe, créole du Cap-Vert, créole de Guinée-Bissau, peul, wolof et mandingue.
        - Pour les autres langues, il existe un service de traduction par téléphone (Serviço de Tradução Telefónica) : un traducteur rejoint l'appel. Ce service a proposé jusqu'à environ { $stt-languages } langues.
        - Cette liste date d'avant l'AIMA : quand vous appelez, dites tout de suite dans quelle langue vous voulez parler.

        ## Pour quoi elle peut vous aider
        - Autorisations de résidence, visas, regroupement familial (reagrupamento familiar) et nationalité : quelles démarches faire et quels documents fournir.
        - Travail, Sécurité sociale, santé, école, logement et aides sociales.
        - À quel service public vous adresser. Elle vous oriente aussi vers les CNAI et vers les bureaux locaux d'aide aux migrants.

        ## Ce que la ligne ne fait pas
        La ligne ne prend pas de rendez-vous à l'AIMA et ne décide pas des dossiers. Les rendez-vous sont automatiques ou se demandent par le formulaire { $aima-contact-form }.

        ## Accueil sur place
        Les CNAI (Centros Nacionais de Apoio à Integração de Migrantes), maintenant aussi appelés « lojas AIMA », regroupent plusieurs services au même endroit.
        - Lisbonne : { $cnai-lisboa-address } ({ $cnai-lisboa-hours }).
        - Porto : { $cnai-porto-address }.
        - Il y a aussi des CNAI à Faro (dans la Loja do Cidadão) et à Beja.

        Avant d'y aller, vérifiez auprès de la ligne si le centre est ouvert et s'il faut un rendez-vous.

        ## En cas d'urgence
        - Urgence : { $emergency-phone }.
        - Violences conjugales : { $dv-phone }, gratuit, à toute heure.
        - Traite des êtres humains ou travail forcé : { $trafficking-phone }, à toute heure.

        ## Si vous n'arrivez à joindre personne
        - Il y a beaucoup d'appels : réessayez juste à l'heure d'ouverture ou un autre jour.
        - Si votre question concerne un dossier à l'AIMA, utilisez le formulaire { $aima-contact-form } et gardez le justificatif.
    .keywords = ligne d aide aux migrants, ligne d'aide migrants, ligne migrant, ligne migrants, ligne immigres, ligne immigrés, numero migrants, numéro migrants, numero de telephone, numéro de téléphone, telephone, téléphone, appeler, contact, aide, aider, aide immigres, information, renseignement, renseignements, traducteur, interprete, interprète, traduction, dans ma langue, parler francais, parler français, en francais, langue, langues, mediateur, médiateur, immigre, immigré, immigres, migrant, migrants, horaires, CNAI, CNAIM, loja AIMA, linha de apoio a migrantes, linha de apoio ao migrante, LAM, SOS imigrante, sos imigrante, ACM, { $lam-phone-landline }, { $lam-phone-mobile }
    .questions =
        numéro de téléphone aide aux immigrés portugal
        ligne d'aide en français pour migrants
        numéro de la LAM
        je peux appeler de l'étranger pour des questions sur le portugal ?
        horaires de la ligne d'appui aux migrants
        linha de apoio a migrantes on parle français ?
        personne ne répond à la ligne migrants
        qui appeler gratuitement pour des infos sur mes papiers

one-stop-shop-services = CNAI : centres d'aide aux migrants (lojas AIMA)
    .summary = Les CNAI (Centros Nacionais de Apoio à Integração de Migrantes) réunissent dans un même bâtiment plusieurs services publics pour les immigrés. Il y a des centres à Lisbonne, Porto, Faro et Beja ; ils dépendent aujourd'hui de l'AIMA et sont aussi appelés « lojas AIMA ».
    .body =
        Les CNAI (aussi écrits CNAIM) ont été créés par l'ancien Haut-Commissariat aux migrations (Alto Comissariado para as Migrações, ACM). Depuis le { $sef-abolished }, ils dépendent de l'AIMA (Agência para a Integração, Migrações e Asilo), qui les appelle aussi « lojas AIMA » (boutiques AIMA). L'idée est de faire plusieurs démarches au même endroit, avec des médiateurs qui parlent plusieurs langues.

        ## Les services qu'on y trouve en général
        Les services changent d'un centre à l'autre et ont changé avec le passage à l'AIMA. Au CNAI de Lisbonne, il y avait en général :
        - AIMA : autorisations de résidence, renouvellements et regroupement familial, seulement sur rendez-vous.
        - Sécurité sociale (Segurança Social) : NISS, cotisations et aides sociales.
        - ACT (l'inspection du travail) : informations sur les droits au travail.
        - Conservatória dos Registos Centrais (état civil) : demandes de nationalité, sur rendez-vous.
        - Bureaux de la santé et de l'éducation : inscription au SNS, inscription des enfants à l'école, cours de portugais.
        - Bureaux d'aide juridique, sociale, pour l'emploi et pour le logement.

        Avant d'y aller, vérifiez auprès de la Ligne d'aide aux migrants (Linha de Apoio a Migrantes) lesquels de ces services fonctionnent dans le centre que vous avez choisi.

        ## Où ils se trouvent
        - Lisbonne : { $cnai-lisboa-address }, près des stations de métro Anjos et Intendente. Horaires : { $cnai-lisboa-hours }.
        - Porto : CNAIM Norte. Les adresses publiées ne sont pas les mêmes partout : vérifiez-la auprès de la Ligne d'aide aux migrants avant d'y aller.
        - Faro : un guichet à l'intérieur de la Loja do Cidadão (la maison des services publics).
        - Beja.
        - Dans d'autres villes, il y a des centres locaux d'aide à l'intégration des migrants (CLAIM), dans des mairies et des associations. Ils donnent des informations et aident à préparer les demandes.

        ## Comment se passe l'accueil
        1. À l'entrée, dites à l'accueil ce que vous venez faire. Vous recevez un ticket (senha) pour le bon service.
        2. Attendez qu'on appelle le numéro de votre ticket.
        3. Les démarches AIMA demandent un rendez-vous. Le rendez-vous ne se prend ni au guichet ni par téléphone : il est automatique ou se demande par le formulaire { $aima-contact-form }.
        4. Arrivez tôt : les jours où il y a beaucoup de monde, il peut ne plus y avoir de tickets avant l'heure de fermeture.

        ## Quoi apporter
        - Passeport ou titre de séjour.
        - NIF et NISS, si vous les avez déjà.
        - Les lettres et les papiers de votre démarche, et le message de rendez-vous, si vous en avez un.
        - Si vous ne parlez pas portugais, vous pouvez demander un médiateur dans votre langue ou le service de traduction par téléphone (Serviço de Tradução Telefónica).

        ## Combien ça coûte
        L'accueil est gratuit. Vous payez seulement les frais de chaque demande, par exemple les frais de l'AIMA.

        ## En cas de problème
        - Vous n'avez pas eu de ticket : revenez un autre jour, plus tôt, ou faites la démarche par téléphone ou sur internet, si c'est possible.
        - Méfiez-vous des gens qui vendent des tickets, des places dans la file ou des rendez-vous : ils sont gratuits.
        - Pour des informations dans votre langue : Ligne d'aide aux migrants (Linha de Apoio a Migrantes), { $lam-phone-landline } (depuis un fixe) ou { $lam-phone-mobile } (depuis un portable), { $lam-hours }.
    .keywords = CNAI, cnai, CNAIM, cnaim, loja AIMA, loja aima, lojas aima, boutique aima, bureau aima, centre aima, centre d aide aux migrants, centre pour immigres, centre pour immigrés, centre d accueil des migrants, accueil immigres, guichet unique, tout au meme endroit, maison des services, loja do cidadão, loja do cidadao, CLAIM, claim, Anjos, Intendente, Rua Álvaro Coutinho, alvaro coutinho, ticket, senha, prendre un ticket, file d attente, queue, horaires, heures d ouverture, adresse, ou se trouve, où se trouve, aller sur place, Lisbonne, Lisboa, Porto, Faro, Beja, ACM, mediateur, médiateur, traducteur, interprete, interprète
    .questions =
        où est le bureau de l'AIMA à Lisbonne
        adresse du CNAI lisbonne
        loja aima porto
        quels services au centre d'appui aux migrants
        il faut un rendez-vous au cnai ?
        c'est quoi un CLAIM
        horaires du CNAI et ticket
        boutique aima faro

driving-licence-exchange = Échanger son permis de conduire étranger
    .summary = Si vous venez vivre au Portugal avec un permis de conduire d'un pays hors de l'Union européenne, vous devez en général l'échanger contre un permis portugais à l'IMT (Instituto da Mobilidade e dos Transportes). Les permis de certains pays de la CPLP et de l'OCDE peuvent être utilisés sans échange, sous conditions.
    .body =
        C'est l'IMT (Instituto da Mobilidade e dos Transportes), l'institut des transports, qui s'occupe des permis de conduire (carta de condução). Les règles dépendent du pays qui a délivré votre permis.

        ## Permis de l'Union européenne et de l'Espace économique européen
        Vous pouvez conduire avec votre permis tant qu'il est valide. L'échange n'est pas obligatoire. Si le permis n'a pas de date de validité, demandez à l'IMT ce que vous devez faire.

        ## Permis des pays de la CPLP et de l'OCDE
        Depuis le { $driving-cplp-oecd-since }, vous pouvez conduire au Portugal, même si vous y résidez, avec un permis de l'Angola, du Brésil, du Cap-Vert, du Mozambique ou de Sao Tomé-et-Principe, ou de plusieurs pays de l'OCDE (par exemple les États-Unis, le Canada, le Royaume-Uni, la Suisse et le Japon), sans l'échanger. Conditions :
        - le permis est valide et n'a pas été retiré, suspendu ou annulé ;
        - vous avez moins de { $driving-cplp-oecd-max-age } ans ;
        - il ne s'est pas passé plus de { $driving-cplp-oecd-licence-max-years } ans depuis la délivrance ou le renouvellement du permis.

        Quand vous ne remplissez plus une de ces conditions, vous devez demander l'échange. Sans échange, le permis ne vaut que pour conduire au Portugal. Les permis de la Guinée-Bissau, du Timor oriental et de la Guinée équatoriale ne font pas partie de ce régime.

        ## Autres permis : les délais
        Ceci concerne les permis des pays qui ont signé les conventions internationales sur la circulation routière ou qui ont un accord avec le Portugal :
        - Comme visiteur, vous pouvez conduire avec le permis étranger pendant { $driving-tourist-days } jours après votre entrée, avant de vous installer.
        - Après avoir obtenu l'autorisation de résidence, vous avez { $driving-exchange-days } jours pour demander l'échange, et vous pouvez conduire pendant ce temps.
        - Après ce délai, vous pouvez encore demander l'échange, mais vous ne pouvez plus conduire avec le permis étranger.
        - Après { $driving-exchange-exam-years ->
            [one] { $driving-exchange-exam-years } an
           *[other] { $driving-exchange-exam-years } ans
        } sans avoir demandé l'échange, vous devez passer un examen de conduite (épreuve pratique).

        Si votre pays n'est dans aucun de ces cas, demandez à l'IMT quels examens vous devez passer.

        ## Étapes
        1. Passez la visite médicale. Le médecin envoie le certificat par la plateforme électronique des certificats médicaux.
        2. Si vous avez des catégories poids lourds, passez aussi l'évaluation psychologique.
        3. Remplissez la demande d'échange sur { $imt-online-web } et joignez les documents.
        4. Gardez le justificatif de la demande jusqu'à ce que vous receviez le permis portugais.

        ## Documents
        - Titre de séjour.
        - Le permis de conduire étranger.
        - Un certificat d'authenticité du permis, délivré par l'organisme qui l'a émis ou par le consulat, avec les catégories.
        - Une traduction certifiée du permis, quand elle est demandée.
        - Si un avocat, un solicitador (juriste agréé) ou une agence fait la démarche pour vous : la procuration.

        ## Combien ça coûte
        Vous payez les frais de l'IMT et la visite médicale. Vérifiez les montants sur { $imt-web }.

        ## En cas de problème
        - Le délai est passé : ne conduisez pas avant d'avoir le permis portugais. Conduire sans permis valide au Portugal a des conséquences graves.
        - Des questions : { $imt-web }, ou la Ligne d'aide aux migrants (Linha de Apoio a Migrantes), { $lam-phone-landline } ou { $lam-phone-mobile }.
    .keywords = permis de conduire, permis, permi, permis conduire, permis etranger, permis étranger, echanger permis, échanger mon permis, echange de permis, échange de permis, changer mon permis, convertir permis, transformer permis, valider permis, permis africain, permis senegalais, permis sénégalais, permis ivoirien, permis camerounais, permis marocain, permis algerien, permis bresilien, permis angolais, permis cap verdien, permis international, conduire au portugal, conduire, rouler, voiture, visite medicale, visite médicale, certificat medical, examen de conduite, code, auto ecole, auto-école, poids lourd, chauffeur, uber, bolt, carta de condução, carta de conducao, carta, troca de carta, trocar carta, IMT, imt, IMTonline, imt online, atestado médico, exame de condução, CPLP, OCDE
    .questions =
        échanger mon permis de conduire au portugal
        je suis français, mon permis est valable au portugal ?
        permis de conduire marocain au portugal
        combien de temps je peux conduire avec mon permis étranger après la résidence
        documents pour l'échange de permis à l'IMT
        permis international au portugal
        prix de l'échange du permis
        mon permis du Sénégal ne peut pas être échangé, que faire

bank-account = Ouvrir un compte en banque
    .summary = Pour ouvrir un compte dans une banque au Portugal, il faut en général une pièce d'identité, le NIF et un justificatif de domicile. Si vous n'avez pas d'autre compte courant, vous avez droit à un compte de services bancaires de base (conta de serviços mínimos bancários), qui coûte au maximum { $bank-basic-account-max-fee } par an.
    .body =
        Un compte courant (conta à ordem) sert à recevoir le salaire, payer le loyer et les factures de la maison, et utiliser une carte bancaire et MB WAY (le paiement par téléphone). Le numéro du compte s'appelle l'IBAN. Les banques sont contrôlées par la Banque du Portugal (Banco de Portugal).

        ## Documents que les banques demandent
        - Passeport ou titre de séjour.
        - NIF (numéro fiscal, número de contribuinte).
        - Justificatif de domicile : contrat de location, facture d'électricité, d'eau ou d'internet, ou attestation de résidence (atestado de residência) de la mairie de quartier (Junta de Freguesia).
        - Des informations sur votre métier et votre employeur : la banque peut demander le contrat de travail, une fiche de paie (recibo de vencimento) ou une carte d'étudiant.

        Les banques doivent bien identifier leurs clients (règles contre le blanchiment d'argent). Chaque banque décide quels documents elle accepte : certaines demandent une autorisation de résidence, d'autres acceptent le passeport avec visa. Si une banque refuse, essayez-en une autre.

        ## Compte de services bancaires de base
        - C'est un compte courant à petit prix : au total, la banque ne peut pas faire payer plus de { $bank-basic-account-max-fee } par an.
        - Il comprend une carte de débit, les dépôts, les retraits, les paiements, les prélèvements et les virements, certains avec un nombre limité par an.
        - Vous pouvez le demander si vous n'avez aucun autre compte courant dans aucune banque. Si vous en avez déjà un, vous pouvez le transformer.
        - Les banques qui reçoivent des dépôts sont obligées de le proposer.

        ## Étapes
        1. Comparez les banques et les frais (comissões). Vous pouvez voir les tarifs sur le portail du client bancaire (Portal do Cliente Bancário), { $bportugal-client-web }.
        2. Allez à l'agence avec les documents, ou ouvrez le compte sur internet ou dans l'application, si la banque le permet.
        3. Remplissez la fiche d'ouverture de compte et la déclaration sur le pays où vous payez vos impôts.
        4. Si vous voulez le compte de services bancaires de base, dites-le tout de suite et demandez-le par écrit.
        5. Gardez le contrat et le justificatif d'IBAN : vous en aurez besoin pour le salaire et pour la Sécurité sociale (Segurança Social).

        ## Combien ça coûte
        Les comptes normaux ont souvent des frais de tenue de compte, qui changent d'une banque à l'autre. Le compte de services bancaires de base a la limite indiquée plus haut.

        ## En cas de problème
        - La banque a refusé d'ouvrir le compte : demandez le motif par écrit et essayez une autre banque.
        - Vous voulez vous plaindre : demandez le cahier de réclamations (Livro de Reclamações) à l'agence, ou faites une réclamation à la Banque du Portugal sur { $bportugal-client-web }.
        - Ne donnez jamais les codes de votre carte ou de votre banque en ligne (homebanking) par téléphone, SMS ou e-mail. La banque ne les demande pas.
        - N'acceptez pas de recevoir sur votre compte l'argent d'autres personnes pour le transférer à quelqu'un d'autre : cela peut être un crime.
        - Pour de l'aide dans votre langue : Ligne d'aide aux migrants (Linha de Apoio a Migrantes), { $lam-phone-landline } ou { $lam-phone-mobile }.
    .keywords = compte bancaire, compte en banque, compte banque, ouvrir un compte, ouvrir compte, ouvrir un compte bancaire, ouverture de compte, banque, banques, compte courant, carte bancaire, carte bleue, carte de debit, carte de débit, carte visa, RIB, rib, IBAN, iban, NIB, virement, recevoir mon salaire, compte pas cher, compte gratuit, banque pas chere, frais bancaires, frais de banque, la banque refuse, banque refuse de m ouvrir un compte, compte sans titre de sejour, compte sans papiers, compte avec passeport, arnaque bancaire, code carte, mule, transfert d argent, envoyer de l argent, conta bancária, conta bancaria, abrir conta, conta à ordem, conta a ordem, multibanco, cartão multibanco, MB WAY, mbway, serviços mínimos bancários, servicos minimos bancarios, conta de serviços mínimos, comissões, banco de portugal, homebanking, Livro de Reclamações
    .questions =
        ouvrir un compte bancaire au portugal
        compte en banque sans nif possible ?
        compte bancaire pas cher service minimum
        la banque demande un justificatif de domicile
        la banque a refusé d'ouvrir mon compte
        ouvrir un compte avec seulement mon passeport
        conta de serviços mínimos bancários c'est quoi
        frais bancaires par an au portugal
        réclamation contre une banque à la banque du portugal
        RIB portugais pour recevoir mon salaire
