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
        Une réforme du droit du travail (« Trabalho XXI ») est en discussion et pourrait changer les règles sur les horaires et les congés. Ce texte suit la loi en vigueur à la date de la dernière relecture de cette page.

        ## En cas de problème
        1. Demandez par écrit à l'employeur ce qu'il vous doit. Gardez une copie.
        2. Contactez l'ACT : { $act-phone } ({ $act-hours }), ou portez plainte sur { $act-web }, rubrique « Queixas e denúncias » (plaintes et signalements). La plainte peut être anonyme.
        3. Un syndicat peut aussi vous aider.

        N'attendez pas trop longtemps après la fin du contrat : les salaires impayés ne peuvent être réclamés que pendant un temps limité.
    .keywords = salaire minimum, salaire minimal, smic, smig, salaire, paie, paye, fiche de paie, bulletin de salaire, heures sup, heures supp, heures supplementaires, heures supplémentaires, horaire, horaires, heures de travail, combien d heures, 40 heures, repos, jour de repos, conges, congés, conges payes, congés payés, vacances, prime de vacances, prime de noel, prime de Noël, 13eme mois, 13e mois, treizieme mois, 14eme mois, 14e mois, jour ferie, jour férié, travail de nuit, patron, mon patron, employeur, pas paye, pas payé, il me paye pas, salaire en retard, salaire impayé, inspection du travail, ACT, salário mínimo, salario minimo, ordenado, recibo de vencimento, horas extra, férias, ferias, subsídio de férias, subsídio de Natal, subsidio de natal, banco de horas, RMMG
