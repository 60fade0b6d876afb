# Droits : aide juridique, discrimination, violences conjugales, traite des êtres humains et droits de tous.

legal-aid = Aide juridique gratuite et avocat commis d'office
    .summary = Si vous n'avez pas d'argent pour payer un avocat ou les frais d'un procès, vous pouvez demander la protection juridique (proteção jurídica) à la Sécurité sociale (Segurança Social). Si la demande est acceptée, l'ordre des avocats (Ordem dos Advogados) désigne un avocat pour votre affaire.
    .body =
        La protection juridique (proteção jurídica) est une aide de l'État pour les personnes qui ne peuvent pas payer un avocat ou les frais d'un procès. C'est la Segurança Social qui décide (loi 34/2004, Lei 34/2004). L'avocat est désigné par l'ordre des avocats (Ordem dos Advogados).

        ## Ce que vous pouvez demander
        - Une consultation juridique (consulta jurídica) : un rendez-vous avec un avocat sur un problème précis, par exemple un licenciement, une expulsion de logement ou une dette.
        - L'aide juridictionnelle (apoio judiciário), pour une affaire devant un tribunal, devant une justice de paix (julgado de paz) ou pour certaines procédures dans les bureaux d'état civil : désignation et paiement d'un avocat (le « patrono »), dispense des frais de justice (taxa de justiça) et des autres frais du procès, ou paiement de ces frais en plusieurs fois.

        ## Qui peut la demander
        - Les personnes qui prouvent qu'elles ne peuvent pas payer. La Segurança Social compte les revenus et les biens de tout le foyer (agregado familiar).
        - Les étrangers qui ont un titre de séjour valide dans un pays de l'Union européenne.
        - Les étrangers sans titre de séjour : seulement si la loi de leur pays donne le même droit aux Portugais. Vérifiez votre cas auprès de la Segurança Social.
        - Si vous êtes mis en cause dans une affaire pénale (arguido) et n'avez pas d'avocat, on vous en désigne un d'office. Vous pouvez ensuite demander l'aide juridictionnelle pour ne pas avoir à le payer.

        ## Étapes
        1. Remplissez le formulaire de demande de protection juridique (requerimento de proteção jurídica). Vous pouvez le déposer sur la Segurança Social Direta (le service en ligne de la Sécurité sociale), l'envoyer par la poste ou le déposer à un guichet de la Segurança Social, avec rendez-vous au { $ss-appointment-phone } ou au { $ss-appointment-phone-alt }.
        2. Choisissez le type d'aide et joignez les documents. S'il y a déjà une affaire en cours, indiquez le tribunal et le numéro du dossier. Gardez le justificatif de dépôt.
        3. Si vous avez demandé un avocat et qu'un délai court dans une affaire, donnez tout de suite au tribunal le justificatif de votre demande. Le délai est alors suspendu jusqu'à la désignation de l'avocat.
        4. La Segurança Social doit décider en { $legal-aid-decision-days ->
            [one] { $legal-aid-decision-days } jour
           *[other] { $legal-aid-decision-days } jours
        }. Si elle ne répond pas dans ce délai, la demande est considérée comme acceptée (« deferimento tácito », acceptation tacite).
        5. Si la demande est acceptée, l'ordre des avocats choisit l'avocat et vous envoie son nom et ses coordonnées. Vous ne pouvez pas le choisir.

        ## Documents
        - Pièce d'identité et titre de séjour, si vous en avez un.
        - NIF et NISS. Le formulaire demande le NISS : si vous ne l'avez pas, demandez-le d'abord.
        - Justificatifs de revenus (fiches de paie, déclaration d'impôts ou IRS) et du loyer.
        - Les papiers de l'affaire : lettres, contrats, notifications du tribunal.

        ## Combien ça coûte
        La demande est gratuite. Avec une aide totale, vous ne payez ni l'avocat ni les frais du procès. Avec une aide partielle, vous payez une partie en plusieurs fois.

        ## En cas de problème
        - La demande a été refusée : la lettre de décision explique comment la contester (impugnação). Le délai est court : lisez-la tout de suite.
        - Vous avez un problème sérieux avec l'avocat désigné : expliquez le motif à l'ordre des avocats et demandez à en changer.
        - Des questions sur la demande : Segurança Social, { $ss-phone } ou { $ss-phone-alt } ({ $ss-hours }).
        - Pour de l'aide dans votre langue : Ligne d'aide aux migrants (Linha de Apoio a Migrantes), { $lam-phone-landline } ou { $lam-phone-mobile }.
    .keywords = aide juridique, aide juridictionnelle, aide juridictionnel, avocat gratuit, avocat gratuitement, avocat commis d office, avocat commis d'office, avocat d office, avocat de l etat, avocat pas cher, pas d argent pour un avocat, j ai pas les moyens pour un avocat, besoin d un avocat, avocat, avocats, avoca, juriste, conseil juridique, consultation juridique, frais de justice, frais d avocat, tribunal, proces, procès, justice, plainte, ordre des avocats, barreau, apoio jurídico, apoio juridico, apoio judiciário, apoio judiciario, proteção jurídica, protecao juridica, advogado, advogado oficioso, defensor oficioso, patrono, nomeação de patrono, consulta jurídica, taxa de justiça, ordem dos advogados, segurança social, seguranca social
    .questions =
        je n'ai pas les moyens de payer un avocat
        avocat gratuit portugal comment faire
        aide juridictionnelle au portugal
        un sans papiers peut avoir un avocat commis d'office ?
        besoin d'un avocat pour mon dossier aima mais pas d'argent
        documents pour la protection juridique segurança social
        délai pour avoir l'avocat nommé
        ma demande d'aide juridique refusée
        payer les frais de justice en plusieurs fois

discrimination-complaint = Plainte pour discrimination raciale ou ethnique
    .summary = Au Portugal, il est interdit de discriminer quelqu'un à cause de la couleur de sa peau, de son origine ethnique ou de sa nationalité. La CICDR est l'organisme chargé des plaintes, mais au { $cicdr-status-date } elle ne les traitait pas encore : d'autres voies fonctionnent, comme l'ACT, la police, le ministère public et l'APAV.
    .body =
        La loi 93/2017 (Lei 93/2017) interdit la discrimination à cause de l'origine raciale ou ethnique, de la couleur de peau, de la nationalité, de l'ascendance ou du territoire d'origine. Elle s'applique au travail, à la recherche de logement, à la santé, à l'école, dans les magasins, les bars et les autres services, et aussi dans les services publics.

        ## Exemples
        - On refuse de vous louer un logement « parce que vous êtes étranger » ou à cause de la couleur de votre peau.
        - On ne vous laisse pas entrer dans un bar ou un magasin, ou on vous sert moins bien que les autres.
        - On vous paie moins que vos collègues pour le même travail à cause de votre origine.
        - Insultes ou menaces racistes, y compris sur les réseaux sociaux.

        ## La CICDR
        La Commission pour l'égalité et contre la discrimination raciale (Comissão para a Igualdade e Contra a Discriminação Racial, CICDR) reçoit les plaintes et peut donner des amendes (coimas). Elle dépendait du Haut-Commissariat aux migrations (Alto Comissariado para as Migrações, ACM), qui a disparu quand l'AIMA a été créée, le { $sef-abolished }. La CICDR dépend maintenant de l'Assemblée de la République (Assembleia da República).
        - Au { $cicdr-status-date }, la CICDR n'avait pas encore de services d'accueil et les plaintes n'étaient pas traitées.
        - L'ancien e-mail et l'ancienne adresse de l'ACM ne fonctionnent plus. N'y envoyez pas de plainte.
        - Avant de porter plainte à la CICDR, demandez à la Ligne d'aide aux migrants (Linha de Apoio a Migrantes) si la commission reçoit déjà les plaintes, et par quel moyen.

        ## Les voies qui fonctionnent
        - Discrimination au travail : plainte à l'ACT (Autoridade para as Condições do Trabalho), l'inspection du travail, au { $act-phone } ou sur { $act-web }, rubrique « Queixas e denúncias » (plaintes et signalements). Elle peut être anonyme.
        - Agressions, menaces, insultes racistes ou appels à la haine peuvent être des crimes : portez plainte à la PSP, à la GNR, à la Polícia Judiciária ou au ministère public (Ministério Público). En cas de danger, appelez le { $emergency-phone }.
        - Dans un magasin, un restaurant, une banque ou un autre service : demandez le cahier de réclamations (Livro de Reclamações), en papier ou en version électronique.
        - Aide aux victimes : l'APAV (Associação Portuguesa de Apoio à Vítima) a une unité pour les victimes migrantes et les victimes de discrimination. Ligne { $apav-phone }, gratuite ({ $apav-hours }).

        ## Étapes
        1. Écrivez tout de suite ce qui s'est passé : jour, heure, lieu, ce qui a été dit ou fait, et par qui.
        2. Gardez des preuves : messages, e-mails, annonces, photos, enregistrements et coordonnées des témoins.
        3. Choisissez la bonne voie pour votre cas et déposez la plainte. Demandez toujours un justificatif.
        4. Si vous avez besoin d'un avocat et ne pouvez pas le payer, demandez la protection juridique (proteção jurídica) à la Sécurité sociale (Segurança Social).

        ## En cas de problème
        - La police ne veut pas prendre votre plainte : déposez-la par écrit au ministère public (Ministério Público), au tribunal de votre secteur.
        - Vous ne savez pas par où commencer : appelez l'APAV ou la Ligne d'aide aux migrants (Linha de Apoio a Migrantes), { $lam-phone-landline } ou { $lam-phone-mobile }.
    .keywords = discrimination, discrimine, discriminé, discriminée, racisme, raciste, xenophobie, xénophobie, prejuges, préjugés, couleur de peau, noir, noirs, africain, arabe, rom, gitan, ethnique, racial, insulte raciste, insultes racistes, injure raciale, haine, propos haineux, on m a refuse l entree, refusé à l'entrée, pas le droit d entrer, on veut pas me louer, refus de location, parce que je suis etranger, parce que je suis noir, parce que je suis africain, traite differemment, plainte, porter plainte, plainte discrimination, signaler, reclamation, réclamation, cahier de reclamations, livre de reclamations, CICDR, cicdr, APAV, apav, ACT, police, ministere public, discriminação, discriminacao, racismo, queixa, denúncia, denuncia, livro de reclamações, livro de reclamacoes, ministério público, injúria racial
    .questions =
        porter plainte pour racisme au portugal
        refusé parce que je suis noir
        discrimination au travail parce que je suis étranger
        où se plaindre de discrimination raciale, la CICDR ne répond pas
        insulté dans la rue à cause de ma couleur de peau
        un magasin a refusé de me servir à cause de ma nationalité
        plainte à la police pour racisme
        le propriétaire dit pas d'africains, je peux porter plainte ?

domestic-violence = Violences conjugales et familiales : aide et protection
    .summary = Au Portugal, la violence domestique (violência doméstica) est un crime public et les victimes ont droit à une protection, même sans autorisation de résidence. En cas de danger, appelez le { $emergency-phone }. Pour de l'aide, appelez le { $dv-phone }, gratuit et à toute heure, ou envoyez un SMS au { $dv-sms }.
    .body =
        La violence domestique, ce n'est pas seulement frapper. C'est aussi menacer, humilier, contrôler l'argent ou le téléphone, prendre vos papiers, vous interdire de sortir ou de parler à votre famille, ou vous forcer à avoir des relations sexuelles. Elle peut venir du mari ou de la femme, du copain ou de la copine, d'un ex ou d'une autre personne de la famille, même si vous ne vivez pas ensemble.

        ## En danger maintenant
        - Appelez le { $emergency-phone }. C'est gratuit. Dites où vous êtes.
        - Si vous pouvez, allez dans un endroit sûr : chez une personne de confiance, dans un magasin ou dans un commissariat de police (esquadra).

        ## Lignes d'aide
        - Service d'information aux victimes de violence domestique de la CIG (Comissão para a Cidadania e a Igualdade de Género) : { $dv-phone }, gratuit, à toute heure, tous les jours. C'est anonyme et confidentiel. Aussi par SMS au { $dv-sms }, gratuit.
        - APAV (Associação Portuguesa de Apoio à Vítima), l'association d'aide aux victimes : { $apav-phone }, gratuit ({ $apav-hours }).
        - Ces services vous aident à faire un plan de sécurité et vous orientent vers une aide psychologique, une aide juridique et un foyer d'accueil secret (casa de abrigo).
        - Si vous ne parlez pas bien portugais, dites tout de suite quelle langue vous parlez.

        ## Porter plainte
        - Comme c'est un crime public, la plainte peut être faite par la victime ou par toute personne qui connaît les faits. L'affaire continue même si la victime change d'avis.
        - Portez plainte à la PSP, à la GNR, à la Polícia Judiciária ou au ministère public (Ministério Público).
        - Avec la plainte, vous recevez le statut de victime (estatuto de vítima) : un document qui dit quels sont vos droits.

        ## Vos droits
        - Être informé sur l'affaire dans une langue que vous comprenez, avec un interprète si besoin.
        - Protection : le tribunal peut éloigner l'agresseur du logement et lui interdire de s'approcher de vous ou de vous contacter.
        - Hébergement gratuit dans un foyer d'accueil (casa de abrigo), avec vos enfants, dans un lieu secret.
        - Un avocat : vous pouvez demander la protection juridique (proteção jurídica) à la Sécurité sociale (Segurança Social).
        - Au travail : absences justifiées à cause des violences et possibilité de demander un changement de lieu de travail.

        ## Si votre autorisation de résidence dépend de l'agresseur
        - Si vous êtes venu par regroupement familial (reagrupamento familiar), vous avez peut-être peur de perdre votre résidence. La loi sur les étrangers (Lei de Estrangeiros) permet de donner une autorisation de résidence autonome (à vous seul) avant le délai normal, par exemple quand le ministère public accuse l'agresseur de violence domestique.
        - Gardez des copies de vos documents dans un endroit sûr. Si l'agresseur a gardé votre passeport, dites-le à la police.
        - Avant de faire les démarches à l'AIMA, demandez conseil à l'APAV ou à la Ligne d'aide aux migrants (Linha de Apoio a Migrantes), { $lam-phone-landline } ou { $lam-phone-mobile }.

        ## En cas de problème
        - On n'a pas voulu prendre votre plainte : allez au ministère public (Ministério Público), au tribunal de votre secteur.
        - Plus d'informations : { $cig-web }.
    .keywords = violence conjugale, violences conjugales, violence domestique, violences familiales, violence, violent, mon mari me frappe, mon mari me bat, il me frappe, il me bat, ma femme me frappe, frappe, battue, coups, copain violent, ex violent, agression, agresseur, maltraitance, menaces, il me menace, peur, j ai peur, humiliation, controle, il prend mon argent, il a pris mes papiers, viol, violence sexuelle, abus sexuel, foyer, foyer d accueil, hebergement d urgence, femme battue, femmes battues, 3919, statut de victime, victime, plainte, porter plainte, police, au secours, aide urgente, residence autonome, regroupement familial, CIG, APAV, apav, sms, { $dv-phone }, { $dv-sms }, violência doméstica, violencia domestica, casa de abrigo, estatuto de vítima, queixa, denúncia, residência autónoma
    .questions =
        mon mari me frappe que faire
        numéro violence conjugale portugal
        mon titre de séjour dépend de mon mari violent
        je peux porter plainte pour violence si je n'ai pas de papiers ?
        foyer d'accueil pour femmes et enfants
        il a pris mon passeport et me menace
        envoyer un sms pour demander de l'aide violences
        la police va me protéger si je dénonce mon conjoint ?

human-trafficking = Traite des êtres humains et travail forcé
    .summary = Si quelqu'un vous oblige à travailler, vous a pris vos documents ou vous tient avec une dette qui ne finit jamais, vous êtes peut-être victime de traite des êtres humains. Appelez le { $trafficking-phone }, à toute heure et de façon anonyme, ou le { $emergency-phone } si vous êtes en danger. Les victimes sont protégées et peuvent recevoir une autorisation de résidence.
    .body =
        La traite des êtres humains (tráfico de pessoas) est un crime grave. C'est quand quelqu'un recrute, transporte ou loge une personne, en la trompant, en la menaçant, par la violence ou en profitant de sa situation, pour l'exploiter : travail forcé, exploitation sexuelle, mendicité, mariage forcé ou obligation de commettre des crimes. Cela peut arriver même à une personne qui a accepté de venir et qui est entrée avec un visa.

        ## Signes d'alerte
        - On a gardé votre passeport ou votre titre de séjour.
        - Vous avez une dette pour le voyage, le logement ou les « papiers » qui ne finit jamais.
        - Vous travaillez beaucoup d'heures sans être payé, ou vous recevez beaucoup moins que ce qu'on vous a promis.
        - Vous ne pouvez pas quitter le travail ou la maison, ou vous êtes toujours surveillé.
        - On vous menace, vous ou votre famille, ou on vous dit que la police va vous arrêter parce que vous n'avez pas de papiers.
        - Vous vivez sur le lieu de travail dans de mauvaises conditions et on vous retire tout de votre salaire.

        ## Demander de l'aide
        - Ligne d'aide aux victimes de la traite : { $trafficking-phone }, à toute heure, anonyme. L'appel est payé comme un appel vers un portable.
        - Équipes spécialisées de chaque région (EME), aussi à toute heure : Nord { $trafficking-eme-north-phone }, Centre { $trafficking-eme-centre-phone }, Alentejo { $trafficking-eme-alentejo-phone }, Lisbonne { $trafficking-eme-lisbon-phone }, Algarve { $trafficking-eme-algarve-phone }.
        - En danger : { $emergency-phone }. L'enquête est faite par la Polícia Judiciária ; vous pouvez aussi aller à la PSP ou à la GNR.
        - Exploitation au travail : l'ACT, l'inspection du travail, reçoit les signalements, même anonymes, au { $act-phone } ou sur { $act-web }.
        - APAV (association d'aide aux victimes) : { $apav-phone }, gratuit.

        ## Protection des victimes
        - Un logement sûr, de la nourriture, des soins de santé urgents, une aide psychologique, un interprète et une aide juridique.
        - Un délai de réflexion de { $trafficking-reflection-min-days } à { $trafficking-reflection-max-days } jours pour vous remettre et décider si vous voulez aider l'enquête. Pendant ce délai, vous ne pouvez pas être renvoyé du pays.
        - Être entré sans visa ou avoir travaillé sans autorisation n'empêche pas d'avoir cette protection.

        ## Autorisation de résidence
        - L'AIMA donne une autorisation de résidence aux victimes de traite, même si elles sont entrées illégalement (article 109 de la loi sur les étrangers, Lei de Estrangeiros). La procédure commence quand la police ou le ministère public (Ministério Público) signale le cas à l'AIMA.
        - En général, la victime doit aider l'enquête et couper les liens avec les suspects. La loi permet aussi de la donner sans cette aide, quand la situation personnelle de la victime le justifie, par exemple pour des raisons de sécurité, de santé ou de famille.
        - L'autorisation est valable { $trafficking-permit-years ->
            [one] { $trafficking-permit-years } an
           *[other] { $trafficking-permit-years } ans
        } et peut être renouvelée.

        ## En cas de problème
        - Vous avez peur de parler à la police : appelez d'abord la ligne { $trafficking-phone } ou l'APAV. On vous explique les étapes et on peut vous accompagner.
        - Vous connaissez quelqu'un dans cette situation : vous pouvez appeler pour cette personne, sans donner votre nom.
        - Plus d'informations : Observatoire de la traite des êtres humains (Observatório do Tráfico de Seres Humanos), { $otsh-web }.
    .keywords = traite, traite des etres humains, traite des êtres humains, trafic d etres humains, trafic humain, trafic de personnes, trafiquant, passeur, reseau, réseau, travail force, travail forcé, esclavage, esclave, esclavage moderne, exploitation, exploite, exploité, exploitation sexuelle, prostitution forcee, prostitution forcée, ils ont pris mon passeport, on m a pris mon passeport, patron garde mes papiers, confisque mes papiers, dette, dette qui finit pas, rembourser le voyage, on me laisse pas partir, enferme, enfermé, surveille, pas paye, on m a promis un travail, fausse promesse, arnaque, mafia, mendicite, mariage force, mariage forcé, victime, OTSH, EME, { $trafficking-phone }, tráfico de pessoas, trafico de pessoas, tráfico de seres humanos, trabalho forçado, trabalho escravo, exploração, ficaram com o passaporte, autorização de residência vítima
    .questions =
        mon patron a pris mon passeport et refuse de le rendre
        on me fait travailler pour rembourser une dette sans fin
        travail forcé dans les champs, qui peut m'aider
        numéro traite des êtres humains portugal
        on m'a promis un travail et maintenant je ne peux pas partir
        victime de traite, je peux avoir un titre de séjour ?
        forcé à travailler sans salaire et enfermé
        je pense que mon amie est victime de traite

rights-regardless-of-status = Les droits de tous, avec ou sans papiers
    .summary = Même sans autorisation de résidence, vous avez des droits au Portugal : soins de santé urgents, école pour les enfants, salaire et sécurité au travail, et protection si vous êtes victime d'un crime. Voici où demander chacun.
    .body =
        Certains droits ne dépendent ni de l'autorisation de résidence ni d'un dossier réglé à l'AIMA. Ils valent aussi pour les personnes qui attendent une décision, pour celles dont le titre de séjour a expiré et pour celles qui n'ont jamais eu de papiers.

        ## Santé
        - Les soins urgents ne sont jamais refusés, avec ou sans papiers. Urgence : { $emergency-phone }.
        - Sans autorisation de résidence, le centre de santé donne quand même un numéro d'usager, mais l'enregistrement reste « em curso » (en cours) ou « incompleto » (incomplet) (Autorité de régulation de la santé, ERS, { $health-ers-faq-date }). Apportez l'attestation de résidence (atestado de residência) de la mairie de quartier (Junta de Freguesia).
        - La grossesse et l'accouchement, les soins aux enfants, les vaccins et les maladies contagieuses sont pris en charge quelle que soit votre situation. D'autres soins peuvent être facturés : demandez avant la consultation.
        - Nous n'avons trouvé aucune règle obligeant les services de santé à prévenir l'AIMA ou la police.
        - Pour une question de santé, appelez le SNS 24 : { $sns24-phone }.

        ## École
        - Tous les enfants et les jeunes peuvent aller à l'école publique, quelle que soit la situation des parents.
        - Faites l'inscription (matrícula) à l'école ou au groupement d'écoles (agrupamento de escolas) de votre quartier. Ne pas avoir d'autorisation de résidence n'est pas une raison pour refuser l'inscription.

        ## Travail
        - Si vous travaillez, vous avez droit au salaire convenu, jamais en dessous du salaire minimum ({ $minimum-wage } par mois à temps plein), à des horaires légaux, au repos et à des conditions de sécurité. C'est valable même sans contrat écrit et sans autorisation de résidence.
        - En cas d'accident du travail, vous avez droit aux soins. L'employeur est obligé d'avoir une assurance.
        - Salaires en retard, abus ou danger au travail : plainte à l'ACT, l'inspection du travail, { $act-phone } ou { $act-web }. Elle peut être anonyme.

        ## Justice et protection
        - Si vous êtes victime d'un crime, vous pouvez porter plainte à la PSP, à la GNR ou au ministère public (Ministério Público).
        - Les victimes de violences conjugales ({ $dv-phone }) et de traite des êtres humains ({ $trafficking-phone }) ont une protection et une aide particulières.
        - Si vous avez peur de rentrer dans votre pays à cause de persécutions ou d'une guerre, vous pouvez demander l'asile. Pendant l'examen de la demande, vous avez des droits.
        - Aide juridique de l'État : les personnes sans titre de séjour ne peuvent la demander que si leur pays donne le même droit aux Portugais. Dans les CNAI et dans les associations d'immigrés, vous pouvez avoir des informations gratuites.

        ## Où demander de l'aide
        - Ligne d'aide aux migrants (Linha de Apoio a Migrantes) : { $lam-phone-landline } (depuis un fixe) ou { $lam-phone-mobile } (depuis un portable), { $lam-hours }.
        - CNAI à Lisbonne ({ $cnai-lisboa-address }), à Porto, à Faro et à Beja, et les centres locaux d'aide aux migrants (CLAIM) dans beaucoup de mairies.

        ## Attention
        - Personne n'a le droit de garder votre passeport. Ne le donnez ni au patron ni à des intermédiaires.
        - Méfiez-vous des gens qui font payer pour « faire les papiers » ou qui vendent des rendez-vous à l'AIMA : les rendez-vous sont gratuits.
        - Gardez des copies de tous vos documents, contrats, fiches de paie et messages de travail.
    .keywords = sans papiers, sans-papiers, sans papier, sans documents, sans titre de sejour, sans titre de séjour, titre expire, titre expiré, visa expire, irregulier, irrégulier, clandestin, illegal, illégal, mes droits, quels sont mes droits, droits des immigres, droits des immigrés, droits des etrangers, j ai le droit, est ce que j ai le droit, droit a l ecole, droit au medecin, droit a la sante, soins sans papiers, ecole sans papiers, travailler sans papiers, salaire sans papiers, expulsion, peur d etre expulse, peur de la police, police, plainte, victime, asile, refugie, passeport confisque, arnaque papiers, faire les papiers, intermediaire, CNAI, CLAIM, ligne d aide, sem papéis, sem papeis, sem documentos, indocumentado, ilegal, título caducado, titulo caducado, direitos, ACT, urgência, centro de saúde, matrícula
    .questions =
        quels droits sans papiers au portugal
        droits des sans papiers
        ma carte de séjour a expiré, j'ai encore des droits au travail ?
        je peux aller à la police si je suis en situation irrégulière ?
        mes enfants peuvent aller à l'école sans papiers
        sans papiers, mon patron doit me payer ?
        qui peut m'aider sans documents
        visa expiré, qu'est-ce que j'ai le droit de faire
