# Travail : salaires, horaires, contrats et droits des travailleurs.

wages-and-hours = Salaire minimum, horaires de travail, congés et primes
    .summary = En { $minimum-wage-year }, le salaire minimum sur le continent est de { $minimum-wage } par mois, payé { $minimum-wage-payments } fois par an. L'horaire normal est de { $work-hours-day } heures par jour et { $work-hours-week } heures par semaine, et vous avez droit à { $annual-leave-days } jours ouvrables de congés payés.
    .body =
        Ces règles du Code du travail (Código do Trabalho) s'appliquent à tous les salariés, avec ou sans contrat écrit, et aussi à ceux qui n'ont pas encore d'autorisation de résidence. C'est l'ACT (Autoridade para as Condições do Trabalho), l'inspection du travail, qui contrôle.

        ## Salaire minimum
        - En { $minimum-wage-year }, le salaire minimum (« retribuição mínima mensal garantida ») est de { $minimum-wage } par mois, à temps plein, sur le continent.
        - Les Açores et Madère ont leurs propres montants : vérifiez celui de votre région.
        - À temps partiel, le minimum est calculé selon le nombre d'heures travaillées.
        - Le montant est en général mis à jour en janvier de chaque année.
        - Chaque mois, vous devez recevoir une fiche de paie (recibo de vencimento) avec le salaire brut, les retenues et le montant net.

        ## Prime de vacances et prime de Noël
        Le salaire est payé { $minimum-wage-payments } fois par an : le salaire de chaque mois, plus la prime de vacances (subsídio de férias) et la prime de Noël (subsídio de Natal). On les appelle aussi le 13e et le 14e mois.
        - Prime de vacances : un mois de salaire de base, payé avant les vacances, sauf accord contraire.
        - Prime de Noël : un mois de salaire, payé en décembre, avant Noël.
        - L'année où vous commencez et l'année où vous partez, vous recevez une part calculée selon le temps travaillé.
        - Les primes ne peuvent être payées en morceaux, mois par mois (« duodécimos »), que s'il y a un accord.

        ## Horaires de travail
        - L'horaire normal est de { $work-hours-day } heures par jour et { $work-hours-week } heures par semaine.
        - Une convention collective, l'« adaptabilité » (adaptabilidade) ou la « banque d'heures » (banco de horas) peuvent répartir les heures autrement, dans les limites de la loi.
        - Vous avez droit à une pause pour le repas et à un repos chaque semaine.
        - L'employeur doit tenir un registre des heures de travail.

        ## Heures supplémentaires (trabalho suplementar)
        - Les heures en plus demandées par l'employeur sont payées plus cher que l'heure normale, encore plus les jours de repos et les jours fériés. Le travail de nuit est aussi majoré. La convention collective peut donner davantage.
        - Notez chaque jour votre heure d'arrivée et de départ, et gardez les messages et les plannings : ce sont des preuves si on ne vous paie pas.

        ## Congés
        - Vous avez droit à { $annual-leave-days } jours ouvrables de congés payés par an (du lundi au vendredi, sans compter les jours fériés).
        - La première année du contrat, vous avez moins de jours, selon les mois travaillés.
        - Les dates de congés se fixent d'un commun accord ; sans accord, c'est l'employeur qui les fixe.
        - Travailler un jour férié donne droit à un paiement en plus ou à un repos.

        ## Changements en discussion
        Le Gouvernement a proposé une réforme du droit du travail (« Trabalho XXI ») qui pourrait changer les règles sur les horaires, la banque d'heures et les congés. Dans les nouvelles les plus récentes que nous avons trouvées, du { $labour-reform-news-date }, la réforme était encore en négociation, et nous ne l'avons pas trouvée publiée au Diário da República. Ce texte suit le Code du travail sans cette réforme : demandez à l'ACT si les règles ont changé.

        ## En cas de problème
        1. Demandez par écrit à l'employeur ce qu'il vous doit. Gardez une copie.
        2. Contactez l'ACT : { $act-phone } ({ $act-hours }), ou portez plainte sur { $act-web }, rubrique « Queixas e denúncias » (plaintes et signalements). La plainte peut être anonyme.
        3. Un syndicat peut aussi vous aider.

        N'attendez pas trop longtemps après la fin du contrat : les salaires impayés ne peuvent être réclamés que pendant un temps limité.
    .keywords = salaire minimum, salaire minimal, smic, smig, salaire, paie, paye, fiche de paie, bulletin de salaire, heures sup, heures supp, heures supplementaires, heures supplémentaires, horaire, horaires, heures de travail, combien d heures, 40 heures, repos, jour de repos, conges, congés, conges payes, congés payés, vacances, prime de vacances, prime de noel, prime de Noël, 13eme mois, 13e mois, treizieme mois, 14eme mois, 14e mois, jour ferie, jour férié, travail de nuit, patron, mon patron, employeur, pas paye, pas payé, il me paye pas, salaire en retard, salaire impayé, inspection du travail, ACT, salário mínimo, salario minimo, ordenado, recibo de vencimento, horas extra, férias, ferias, subsídio de férias, subsídio de Natal, subsidio de natal, banco de horas, RMMG
    .questions =
        smic au portugal cette année
        salaire minimum portugal combien par mois
        combien d'heures par semaine on travaille au portugal
        heures supplémentaires payées combien
        mon patron ne paie pas le 13e mois, c'est légal ?
        subsidio de natal et subsidio de ferias c'est quoi
        combien de jours de congés payés par an
        je travaille un jour férié, je suis payé double ?
        je travaille 6 jours sur 7, 10h par jour, c'est autorisé ?
        le salaire minimum est versé 14 fois par an ?

employment-contract = Contrat de travail : ce qu'il doit contenir et les différents types
    .summary = Le contrat de travail peut être à durée indéterminée (sem termo, « efetivo ») ou à durée déterminée (a termo, « a prazo »). Si vous venez d'un pays hors de l'Union européenne, votre contrat doit en général être écrit, avec le salaire, les horaires, le lieu et le poste. Lisez-le avant de signer et gardez une copie.
    .body =
        Le contrat de travail est l'accord entre vous et votre employeur (entidade patronal). Les règles sont dans le Code du travail (Código do Trabalho) et valent pour tout le monde, Portugais et étrangers. C'est l'ACT (Autoridade para as Condições do Trabalho), l'inspection du travail, qui contrôle.

        ## Contrat écrit
        - Si vous venez d'un pays hors de l'Union européenne, la loi exige en général un contrat écrit, qui mentionne votre visa ou votre titre de séjour.
        - Le contrat à durée déterminée doit toujours être écrit, lui aussi.
        - Même sans papier signé, si vous travaillez sous les ordres de quelqu'un, avec des horaires et un salaire, il peut y avoir un contrat de travail. Gardez des preuves : messages, plannings, virements.

        ## Ce que le contrat doit dire
        - Le nom et l'adresse (ou le siège) des deux parties, et les signatures.
        - Le poste (categoria profissional) et le lieu de travail.
        - Le salaire brut et la date de paiement.
        - Les horaires et la durée normale du travail.
        - La date de signature, la date de début et, pour un contrat à durée déterminée, sa durée et son motif.

        ## Types de contrat
        - À durée indéterminée (sem termo, « efetivo ») : il n'a pas de date de fin.
        - À durée déterminée avec date de fin (a termo certo) : il est permis seulement pour un besoin temporaire, et le motif doit être écrit. Il dure au maximum { $fixed-term-max-years ->
            [one] { $fixed-term-max-years } an
           *[other] { $fixed-term-max-years } ans
        }, avec au maximum { $fixed-term-max-renewals ->
            [one] { $fixed-term-max-renewals } renouvellement
           *[other] { $fixed-term-max-renewals } renouvellements
        }. Sans motif valable, il devient un contrat à durée indéterminée.
        - À durée déterminée sans date de fin (a termo incerto) : il se termine quand la tâche ou le remplacement pour lequel on vous a engagé est fini.

        ## Période d'essai
        Au début, il y a une période d'essai (período experimental) pendant laquelle chacun peut mettre fin au contrat sans indemnité. Pour un contrat à durée indéterminée, elle est en général de { $trial-period-days ->
            [one] { $trial-period-days } jour
           *[other] { $trial-period-days } jours
        }. Elle peut être plus longue pour les postes de chef ou les fonctions complexes, et pour les personnes qui cherchent leur premier emploi. Pour les contrats à durée déterminée, elle est plus courte.

        ## Avant de signer
        1. Lisez tout. Si vous ne comprenez pas, demandez de l'aide à un syndicat, à un CNAI ou à la Ligne d'aide aux migrants (Linha de Apoio a Migrantes, { $lam-phone-landline } ou { $lam-phone-mobile }).
        2. Vérifiez que le salaire n'est pas plus bas que le salaire minimum ({ $minimum-wage } en { $minimum-wage-year }, à temps plein).
        3. Ne signez pas de papiers en blanc, ni de lettre de démission sans date.
        4. Gardez une copie signée.
        5. Ensuite, vérifiez sur la Segurança Social Direta (le service en ligne de la Sécurité sociale) que vous avez bien été déclaré.

        ## Changements en discussion
        Le Gouvernement a proposé une réforme du droit du travail (« Trabalho XXI ») qui pourrait changer les règles des contrats à durée déterminée et de la période d'essai. Dans les nouvelles les plus récentes que nous avons trouvées, du { $labour-reform-news-date }, la réforme était encore en négociation, et nous ne l'avons pas trouvée publiée au Diário da República. Ce texte suit le Code du travail sans cette réforme : demandez à l'ACT si les règles ont changé.

        ## En cas de problème
        On ne vous donne pas de contrat écrit, ou le contrat ne correspond pas au travail que vous faites : contactez l'ACT, { $act-phone } ({ $act-hours }), ou portez plainte sur { $act-web }.
    .keywords = contrat de travail, contrat, contrat travail, contra, contrat ecrit, contrat écrit, CDI, CDD, contrat a duree determinee, contrat à durée déterminée, contrat a duree indeterminee, contrat indeterminé, contrat temporaire, interim, intérim, renouvellement de contrat, renouveler contrat, periode d essai, période d'essai, essai, temps partiel, mi temps, mi-temps, signer un contrat, signer contrat, promesse de contrat, promesse d embauche, travailler sans contrat, travail au noir, pas de contrat, patron, employeur, lettre de demission, démission, fiche de paie, contrato de trabalho, contrato, contrato a termo, contrato a prazo, contrato sem termo, efetivo, termo certo, termo incerto, período experimental, periodo experimental, entidade patronal, ACT
    .questions =
        qu'est ce qui doit être écrit dans mon contrat de travail
        CDI ou CDD au portugal, contrato sem termo a termo
        mon contrat est seulement oral, c'est légal ?
        période d'essai combien de temps, ils peuvent me virer ?
        un contrat à durée déterminée peut être renouvelé combien de fois
        mon patron veut que je signe un contrat en portugais que je comprends pas
        contrat de travail écrit obligatoire pour étranger hors UE ?
        on m'a mis un salaire plus bas que prévu dans le contrat
        contrat a prazo c'est un CDD ?

report-labour-abuse = Signaler des abus au travail à l'ACT
    .summary = Si on ne vous paie pas, si le travail est dangereux ou si on vous maltraite, vous pouvez porter plainte à l'ACT (Autoridade para as Condições do Trabalho), l'inspection du travail. L'ACT ne dit pas à l'employeur qui a porté plainte. Le droit du travail protège aussi les personnes sans autorisation de résidence.
    .body =
        L'ACT (Autoridade para as Condições do Trabalho) est le service public qui contrôle les entreprises : c'est l'inspection du travail. Elle peut visiter le lieu de travail, obliger l'entreprise à corriger ce qui ne va pas et lui donner des amendes.

        ## Ce que vous pouvez signaler
        - Salaires, heures supplémentaires, prime de vacances ou prime de Noël en retard ou pas payés.
        - Travail sans contrat ou sans déclaration à la Sécurité sociale (Segurança Social).
        - Horaires trop longs et pas assez de repos.
        - Travail dangereux, sans équipement de protection ou sans formation.
        - Harcèlement, menaces, insultes ou discrimination au travail.
        - Un employeur qui garde votre passeport ou vos documents.

        ## Aussi sans papiers
        Le travail que vous avez déjà fait doit être payé, même si vous n'avez ni autorisation de résidence ni contrat écrit. La loi protège tous les travailleurs.

        ## Comment porter plainte
        1. Rassemblez des preuves : fiches de paie, messages, photos, plannings et les heures que vous avez notées chaque jour. Notez les noms des collègues qui ont vu.
        2. Appelez l'ACT au { $act-phone } ({ $act-hours }) pour vous renseigner.
        3. Déposez la plainte sur { $act-web }, rubrique « Queixas e denúncias » (plaintes et signalements). Vous vous connectez avec la carte de citoyen (Cartão de Cidadão) ou la Chave Móvel Digital (clé mobile numérique).
        4. Si vous n'avez pas accès au site, allez dans un bureau local de l'ACT et faites la plainte par écrit.
        5. Gardez le justificatif et le numéro de la plainte.

        ## Plainte confidentielle ou anonyme
        L'ACT ne dit pas à l'employeur qui a porté plainte. Mais le formulaire en ligne vous identifie : le { $act-complaint-login-report-date }, il a été signalé au Parlement qu'il demandait désormais le numéro fiscal (NIF) ou la Chave Móvel Digital. Les sources que nous avons trouvées ne s'accordent pas sur la question de savoir si l'ACT accepte encore les signalements sans nom, et nous n'avons trouvé aucune page de l'ACT elle-même qui le dise. Si vous ne voulez pas donner votre nom, demandez d'abord à l'ACT, par téléphone ou dans un service local. Dans tous les cas, donnez le plus de détails possible : adresse du lieu, horaires, ce qui se passe. Un signalement sans informations précises est difficile à vérifier.

        ## Délais et coût
        - Porter plainte à l'ACT est gratuit.
        - Les sommes dues par l'employeur ne peuvent plus être réclamées { $labour-claims-limit-years ->
            [one] { $labour-claims-limit-years } an
           *[other] { $labour-claims-limit-years } ans
        } après la fin du contrat. N'attendez pas.
        - L'ACT ne récupère pas l'argent pour vous devant le tribunal. Pour cela, il vous faudra peut-être un avocat (demandez l'aide juridique, apoio judiciário, à la Segurança Social) ou le ministère public (Ministério Público) au tribunal du travail (Tribunal do Trabalho).

        ## Situations graves
        - Danger immédiat, violence, ou on ne vous laisse pas partir : appelez le { $emergency-phone }.
        - Travail forcé, dettes qui ne finissent jamais ou documents confisqués : c'est peut-être de la traite des êtres humains. Appelez le { $trafficking-phone }, à toute heure.

        ## Où demander de l'aide
        - Un syndicat de votre secteur.
        - L'APAV (association d'aide aux victimes), { $apav-phone }.
        - La Ligne d'aide aux migrants (Linha de Apoio a Migrantes), { $lam-phone-landline } ou { $lam-phone-mobile }, ou un CNAI, si vous avez peur à cause de votre situation de séjour.
    .keywords = plainte, porter plainte, deposer plainte, déposer plainte, signaler, signalement, denoncer, dénoncer, reclamation, réclamation, ACT, act, inspection du travail, inspecteur du travail, on me paye pas, il me paie pas, pas paye, pas payé, salaire pas paye, salaire impayé, salaire en retard, arnaque, exploitation, exploite, exploité, abus, harcelement, harcèlement, harcelement moral, patron, mon patron, maltraitance, menaces, insultes, racisme au travail, travail dangereux, pas de securite, sans protection, accident, sans contrat, travail au noir, sans papiers, illegal, anonyme, plainte anonyme, passeport confisque, passeport confisqué, il garde mon passeport, esclavage, travail force, prud hommes, prudhommes, syndicat, queixa, denúncia, denuncia, queixas e denúncias, inspeção do trabalho, não me pagam
    .questions =
        porter plainte contre mon employeur à l'ACT
        mon patron ne me paie pas depuis 2 mois
        je suis sans papiers, je peux dénoncer mon patron ?
        mon patron saura que c'est moi qui ai porté plainte ?
        plainte anonyme inspection du travail portugal
        le patron m'insulte et menace d'appeler l'immigration
        pas d'équipement de sécurité sur le chantier, à qui le signaler
        combien de temps pour réclamer mes salaires impayés
        plainte à l'ACT c'est gratuit ?
        équivalent inspection du travail au portugal

finding-work = Chercher du travail : l'IEFP et les centres pour l'emploi
    .summary = L'IEFP (Instituto do Emprego e Formação Profissional) aide à chercher du travail grâce aux centres pour l'emploi (centros de emprego). L'inscription est gratuite et donne accès à des offres d'emploi, des formations et des stages.
    .body =
        L'IEFP (Instituto do Emprego e Formação Profissional) est le service public de l'emploi, comme Pôle emploi / France Travail en France. Il a des centres pour l'emploi (centros de emprego) et des centres de formation dans tout le pays.

        ## Qui peut s'inscrire
        - Les personnes qui ont le droit de travailler au Portugal : avec une autorisation de résidence, avec un visa de résidence pour travail, ou les citoyens de l'Union européenne.
        - Si votre dossier est en attente à l'AIMA, demandez au centre pour l'emploi si vous pouvez vous inscrire avec le justificatif de la demande.
        - Vous pouvez vous inscrire si vous êtes sans travail, ou si vous travaillez déjà et cherchez un autre emploi.

        ## Étapes
        1. Inscrivez-vous comme demandeur d'emploi (candidato a emprego) au centre pour l'emploi de votre quartier, ou sur internet, sur { $iefp-web }.
        2. Allez à l'entretien avec le conseiller. Ensemble, vous faites un plan pour chercher du travail (le « plano pessoal de emprego », plan personnel d'emploi).
        3. Regardez les offres d'emploi sur le site de l'IEFP et répondez à celles qui vous conviennent.
        4. Allez toujours aux convocations du centre pour l'emploi. Si vous manquez un rendez-vous sans justification, votre inscription peut être annulée.

        ## Documents à apporter
        - Passeport ou titre de séjour.
        - NIF et NISS.
        - Justificatif de domicile.
        - Diplômes et certificats de formation, traduits si possible.
        - Un CV (currículo), si vous en avez déjà un.

        ## Formations et stages
        - Cours de portugais pour étrangers (Português Língua de Acolhimento), gratuits.
        - Formations professionnelles, souvent avec une aide pour les repas et le transport.
        - Centres Qualifica : ils reconnaissent ce que vous avez appris en travaillant, même sans diplôme, et vous donnent un certificat.
        - Stages professionnels payés, surtout pour les jeunes et les personnes qui cherchent leur premier emploi.

        ## Venir au Portugal pour chercher du travail
        Depuis le { $manifestation-of-interest-ended }, on ne peut plus entrer comme touriste puis se régulariser avec un contrat. Avec la loi 61/2025, en vigueur depuis le { $foreigners-law-2025-in-force }, le visa pour chercher du travail est réservé aux personnes très qualifiées.

        ## Attention aux fausses offres
        - Une agence pour l'emploi n'a pas le droit de vous faire payer pour vous trouver du travail.
        - Les agences d'intérim (empresas de trabalho temporário) doivent avoir une licence. Vérifiez auprès de l'IEFP si l'entreprise est sur la liste.
        - Personne n'a le droit de garder votre passeport ou vos documents.
        - Méfiez-vous des offres avec un salaire très élevé, sans contrat, ou avec un logement payé par des retenues sur le salaire.

        ## Combien ça coûte
        L'inscription à l'IEFP et les formations de l'IEFP sont gratuites.

        ## En cas de problème
        - Si vous avez perdu votre travail, regardez aussi si vous avez droit à l'allocation chômage (subsídio de desemprego).
        - Si une offre ressemble à de l'exploitation ou à de la traite des êtres humains, appelez le { $trafficking-phone } ou, en cas de danger, le { $emergency-phone }.
        - Pour de l'aide dans votre langue : Ligne d'aide aux migrants (Linha de Apoio a Migrantes), { $lam-phone-landline } ou { $lam-phone-mobile }.
    .keywords = travail, emploi, boulot, taf, job, chercher du travail, chercher travail, chercher un emploi, trouver du travail, trouver un travail, trouver un boulot, recherche d emploi, recherche emploi, offre d emploi, offres d emploi, offre de travail, annonce, embauche, recrutement, pole emploi, pôle emploi, france travail, IEFP, iefp, centre pour l emploi, centre d emploi, inscription iefp, demandeur d emploi, chomeur, chômeur, sans emploi, formation, formation gratuite, cours gratuit, formation professionnelle, stage, Qualifica, RVCC, CV, cv, curriculum, agence d interim, intérim, interim, agence de travail, fausse offre, arnaque emploi, visa recherche d emploi, emprego, trabalho, procurar trabalho, centro de emprego, candidato a emprego, estágio, estagio, formação profissional, trabalho temporário
    .questions =
        trouver du travail au portugal quand on est étranger
        s'inscrire à l'IEFP, c'est comme pôle emploi ?
        je peux m'inscrire au centre d'emploi sans titre de séjour
        formations gratuites pour immigrés au portugal
        une offre d'emploi me demande de l'argent pour le visa, arnaque ?
        chercher un emploi à Lisbonne ou Porto, où regarder
        stage professionnel iefp pour étrangers
        l'iefp aide pour faire un CV ?
        inscription au centre de emprego gratuite ?

work-accident = Accident du travail : que faire
    .summary = Si vous avez un accident du travail, faites-vous soigner d'abord et prévenez tout de suite votre employeur. L'employeur doit avoir une assurance accidents du travail, qui paie les soins et une indemnité tant que vous ne pouvez pas travailler.
    .body =
        Un accident du travail (acidente de trabalho) est un accident qui arrive sur le lieu et pendant le temps de travail. L'accident sur le trajet normal entre la maison et le travail compte aussi. Tous les employeurs doivent avoir une assurance accidents du travail (seguro de acidentes de trabalho). Les travailleurs étrangers ont les mêmes droits que les Portugais.

        ## Étapes
        1. Faites-vous soigner. Si c'est grave, appelez le { $emergency-phone }. À l'hôpital ou au centre de santé, dites que c'est un accident du travail.
        2. Prévenez votre employeur dans les { $work-accident-notice-hours ->
            [one] { $work-accident-notice-hours } heure
           *[other] { $work-accident-notice-hours } heures
        } qui suivent, par écrit si possible, s'il n'a pas vu l'accident. Demandez le nom de l'assurance (seguradora) et le numéro du contrat d'assurance (apólice).
        3. L'employeur doit déclarer l'accident à l'assurance. Pour les accidents graves ou mortels, il doit aussi le signaler à l'ACT, l'inspection du travail.
        4. Ensuite, vous êtes soigné par les médecins choisis par l'assurance. C'est ce médecin qui vous donne l'arrêt de travail (la « baixa »), pas le centre de santé.
        5. Gardez tous les papiers : rapports médicaux, ordonnances et reçus.
        6. À la fin des soins, vous recevez la « alta clínica » (fin des soins), avec l'évaluation de l'incapacité qui reste, s'il y en a une.

        ## Ce que l'assurance paie
        - Consultations, soins, opérations, médicaments, prothèses et transport.
        - Une indemnité tant que vous ne pouvez pas travailler, calculée à partir de votre salaire.
        - Une pension ou un capital, si vous gardez une incapacité permanente.
        - En cas de décès, des pensions pour la famille.

        ## Sans contrat ou sans assurance
        - Vous avez des droits même sans contrat écrit. L'assurance doit couvrir tous les travailleurs de l'entreprise.
        - Si l'employeur n'a pas d'assurance, c'est lui qui doit payer. S'il ne paie pas, le Fonds des accidents du travail (Fundo de Acidentes de Trabalho) peut payer à sa place.

        ## Délais et coût
        - Vous ne devez rien payer pour les soins d'un accident du travail.
        - Si vous n'êtes pas d'accord avec l'évaluation de l'incapacité, ou si l'assurance refuse de payer, vous pouvez aller au tribunal du travail (Tribunal do Trabalho). Le droit d'agir en justice s'arrête { $work-accident-claim-years ->
            [one] { $work-accident-claim-years } an
           *[other] { $work-accident-claim-years } ans
        } après la fin des soins (alta clínica).

        ## Maladie causée par le travail
        Une maladie causée par le travail (maladie professionnelle, doença profissional) n'est pas prise en charge par l'assurance, mais par la Sécurité sociale (Segurança Social). Demandez à votre médecin de la déclarer.

        ## En cas de problème
        - L'employeur dit que ce n'est pas un accident du travail, ou ne veut pas le déclarer : contactez l'ACT, { $act-phone } ({ $act-hours }), ou { $act-web }.
        - Au tribunal du travail, le ministère public (Ministério Público) peut vous défendre gratuitement. Vous pouvez aussi demander l'aide juridique (apoio judiciário) à la Segurança Social.
        - Pour de l'aide dans votre langue : Ligne d'aide aux migrants (Linha de Apoio a Migrantes), { $lam-phone-landline } ou { $lam-phone-mobile }.
    .keywords = accident du travail, accident de travail, accident au travail, accident travail, blesse au travail, blessé au travail, je me suis blesse au travail, je suis tombe au travail, chute, tombé, blessure, blesse, blessé, assurance, assurance accident, assureur, arret de travail, arrêt de travail, arret maladie, arrêt maladie, incapacite, incapacité, indemnite, indemnité, indemnisation, pension, invalidite, invalidité, accident de trajet, trajet, chantier, batiment, bâtiment, BTP, echafaudage, échafaudage, patron veut pas declarer, maladie professionnelle, tribunal du travail, acidente de trabalho, seguro de acidentes, seguradora, apólice, apolice, baixa, baixa médica, alta clínica, incapacidade, indemnização, doença profissional, Fundo de Acidentes de Trabalho, FAT, ACT
    .questions =
        je me suis blessé au travail que faire
        accident sur le chantier, le patron dit qu'il n'a pas d'assurance
        qui paie l'hôpital après un accident de travail
        accident sur le trajet du travail, ça compte ?
        mon employeur n'a pas déclaré mon accident à l'assurance
        je suis payé pendant l'arrêt maladie après l'accident ?
        je travaille sans contrat et j'ai eu un accident, j'ai des droits ?
        délai pour déclarer un accident du travail
        maladie professionnelle à cause du travail, mal de dos
        l'assurance dit que je suis guéri mais j'ai toujours mal

qualification-recognition = Faire reconnaître ses qualifications et exercer une profession réglementée
    .summary = Pour la plupart des emplois, vous n'avez pas besoin de faire reconnaître votre diplôme. Pour les professions réglementées, comme médecin, infirmier, ingénieur, avocat ou enseignant, il faut l'autorisation de l'ordre professionnel ou de l'organisme compétent avant d'exercer ce métier.
    .body =
        Il y a deux choses différentes : la reconnaissance du diplôme (le grade universitaire, grau académico) et la reconnaissance de la qualification professionnelle (le droit d'exercer un métier).

        ## Professions non réglementées
        Pour la plupart des métiers, aucune reconnaissance n'est nécessaire : c'est l'employeur qui juge votre diplôme et votre expérience. Faire reconnaître le diplôme peut quand même aider, par exemple pour les concours de la fonction publique ou pour avoir un poste plus élevé.

        ## Professions réglementées
        Ce sont des métiers qu'on ne peut exercer qu'avec une autorisation. Par exemple : médecin, infirmier, pharmacien, dentiste, psychologue, avocat, ingénieur, architecte et enseignant.
        - L'autorisation est en général donnée par l'ordre professionnel (Ordem dos Médicos, Ordem dos Enfermeiros, Ordem dos Engenheiros et autres) ou par un organisme de l'État.
        - Certaines demandent aussi un examen, un stage ou un test de portugais.
        - Les qualifications obtenues dans un pays de l'Union européenne suivent des règles plus simples.
        - Pendant l'attente, vous pouvez travailler dans un autre poste, mais pas dans la profession réglementée.

        ## Faire reconnaître un diplôme de l'enseignement supérieur
        - Reconnaissance automatique (reconhecimento automático) : pour les diplômes de certains pays et cursus, faite par la DGES (Direção-Geral do Ensino Superior) ou par une université publique.
        - Reconnaissance de niveau ou reconnaissance spécifique (reconhecimento de nível, reconhecimento específico) : demandée à une université ou à un institut polytechnique public, qui compare votre cursus à un cursus portugais.
        - Toutes ces demandes se font en ligne, sur la plateforme ReCon de la DGES ({ $dges-web }), avec les documents au format numérique, et vous payez des frais (emolumentos) à l'établissement qui décide.
        - Pour les certificats de l'école primaire, du collège et du lycée (ensino básico e secundário), voyez l'équivalence des études faites à l'étranger.

        ## Étapes
        1. Vérifiez si votre métier est réglementé : demandez à l'ordre professionnel ou regardez sur { $dges-web }.
        2. Demandez les documents dans votre pays et faites-les légaliser : apostille de La Haye ou légalisation par le consulat du Portugal.
        3. Faites faire une traduction certifiée des documents qui ne sont pas en portugais.
        4. Déposez la demande auprès du bon organisme et payez les frais.
        5. Si on vous demande un examen ou un stage, faites-le dans le délai indiqué.

        ## Documents habituels
        - Diplôme et relevé avec les matières, les notes et les heures.
        - Programmes des matières, dans certains cas.
        - Passeport ou titre de séjour.
        - Preuves de votre expérience professionnelle et de votre inscription à l'ordre de votre pays, s'il existe.

        ## Coûts et délais
        Chaque organisme a ses propres frais et délais. Vérifiez-les avant de déposer la demande, sur le site de la DGES, de l'université ou de l'ordre professionnel.

        ## Sans diplôme, avec de l'expérience
        Dans les Centres Qualifica, vous pouvez obtenir un certificat de ce que vous avez appris en travaillant (procédure RVCC), sans avoir de diplôme.

        ## En cas de problème
        Si la demande est refusée, demandez la décision par écrit, avec les motifs : vous pouvez répondre ou faire appel. Pour vous orienter, adressez-vous à un CNAI ou à la Ligne d'aide aux migrants (Linha de Apoio a Migrantes), { $lam-phone-landline } ou { $lam-phone-mobile }.
    .keywords = reconnaissance diplome, reconnaissance de diplôme, reconnaitre mon diplome, faire reconnaitre diplome, faire reconnaître mon diplôme, valider diplome, validation diplome, validation de diplôme, equivalence diplome, équivalence diplôme, equivalence, diplome etranger, diplôme étranger, diplome africain, profession reglementee, profession réglementée, metier reglemente, ordre professionnel, ordre des medecins, ordre des médecins, ordre des infirmiers, ordre des ingenieurs, ordre des avocats, medecin etranger, médecin étranger, infirmier, infirmiere, infirmière, ingenieur, ingénieur, avocat, enseignant, professeur, pharmacien, licence, master, doctorat, apostille, apostille de la haye, legalisation, légalisation, traduction, traduction certifiee, traduction certifiée, qualification, experience, expérience, VAE, Qualifica, RVCC, DGES, dges, reconhecimento, reconhecimento de diploma, equivalência, equivalencia, ordem profissional, ordem dos médicos, ordem dos enfermeiros, grau académico, apostila
    .questions =
        faire reconnaître mon diplôme pour travailler au portugal
        je suis infirmière du Cameroun, comment exercer ici
        médecin étranger au portugal ordre des médecins inscription
        ingénieur diplômé en Algérie, ordem dos engenheiros
        quelles professions sont réglementées au portugal
        équivalence de diplôme pour un emploi
        j'ai de l'expérience mais pas de diplôme, je peux avoir une certification
        combien de temps et combien coûte la reconnaissance
        professeur francophone, je peux enseigner au portugal ?
