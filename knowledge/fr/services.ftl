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
