# Muncă: salarii, program de lucru, contracte și drepturile celor care muncesc.

wages-and-hours = Salariul minim, programul de lucru, concediul și primele
    .summary = În { $minimum-wage-year }, salariul minim în Portugalia continentală este de { $minimum-wage } pe lună și se plătește { $minimum-wage-payments ->
        [one] o dată
        [few] de { $minimum-wage-payments } ori
       *[other] de { $minimum-wage-payments } de ori
    } pe an. Programul normal este de { $work-hours-day ->
        [one] { $work-hours-day } oră
        [few] { $work-hours-day } ore
       *[other] { $work-hours-day } de ore
    } pe zi și { $work-hours-week ->
        [one] { $work-hours-week } oră
        [few] { $work-hours-week } ore
       *[other] { $work-hours-week } de ore
    } pe săptămână, iar concediul plătit este de { $annual-leave-days ->
        [one] { $annual-leave-days } zi lucrătoare
        [few] { $annual-leave-days } zile lucrătoare
       *[other] { $annual-leave-days } de zile lucrătoare
    }.
    .body =
        Aceste reguli din Codul muncii (Código do Trabalho) sunt valabile pentru toți cei care lucrează ca angajați, cu sau fără contract scris, și chiar și pentru cei care încă nu au permis de ședere. Cine verifică respectarea lor este ACT (Autoridade para as Condições do Trabalho), inspecția muncii.

        ## Salariul minim
        - În { $minimum-wage-year }, salariul minim (în portugheză „retribuição mínima mensal garantida”) este de { $minimum-wage } pe lună, cu normă întreagă, în Portugalia continentală.
        - Azore și Madeira au sume proprii: verificați cât este în regiunea dumneavoastră.
        - Cu jumătate de normă (tempo parcial), minimul se calculează după orele lucrate.
        - Suma se actualizează de obicei în ianuarie, în fiecare an.
        - În fiecare lună trebuie să primiți fluturașul de salariu (recibo de vencimento), cu salariul brut, reținerile și suma netă.

        ## Prima de vacanță și prima de Crăciun
        Salariul se plătește { $minimum-wage-payments ->
            [one] o dată
            [few] de { $minimum-wage-payments } ori
           *[other] de { $minimum-wage-payments } de ori
        } pe an: salariul fiecărei luni, plus prima de vacanță (subsídio de férias) și prima de Crăciun (subsídio de Natal), așa-numitele salariul 13 și salariul 14.
        - Prima de vacanță: un salariu de bază pe o lună, plătit înainte de concediu, dacă nu ați convenit altfel.
        - Prima de Crăciun: un salariu pe o lună, plătit în decembrie, înainte de Crăciun.
        - În anul în care începeți și în anul în care plecați, primiți o parte proporțională cu timpul lucrat.
        - Primele pot fi plătite în rate, lună de lună („duodécimos”), doar dacă sunteți de acord.

        ## Programul de lucru
        - Programul normal este de { $work-hours-day ->
            [one] { $work-hours-day } oră
            [few] { $work-hours-day } ore
           *[other] { $work-hours-day } de ore
        } pe zi și { $work-hours-week ->
            [one] { $work-hours-week } oră
            [few] { $work-hours-week } ore
           *[other] { $work-hours-week } de ore
        } pe săptămână.
        - Un contract colectiv de muncă, „adaptabilidade” sau „banco de horas” (banca de ore) pot împărți orele altfel, în limitele legii.
        - Aveți dreptul la o pauză de masă și la zile libere în fiecare săptămână.
        - Angajatorul (entidade patronal) trebuie să țină o evidență a orelor lucrate.

        ## Orele suplimentare (trabalho suplementar)
        - Orele în plus cerute de angajator se plătesc mai mult decât ora normală, și mai mult în zilele libere și de sărbători legale. Munca de noapte se plătește și ea mai mult. Contractul colectiv poate da mai mult.
        - Notați în fiecare zi ora la care intrați și ora la care ieșiți și păstrați mesajele și programele de ture: sunt dovezi dacă nu vă plătesc.

        ## Concediul
        - Aveți dreptul la { $annual-leave-days ->
            [one] { $annual-leave-days } zi lucrătoare
            [few] { $annual-leave-days } zile lucrătoare
           *[other] { $annual-leave-days } de zile lucrătoare
        } de concediu plătit pe an (zile de luni până vineri, fără sărbătorile legale).
        - În primul an de contract aveți mai puține zile, după lunile lucrate.
        - Concediul se stabilește de comun acord; dacă nu vă înțelegeți, îl stabilește angajatorul.
        - Dacă lucrați într-o zi de sărbătoare legală (feriado), aveți dreptul la plată în plus sau la o zi liberă.

        ## Schimbări în discuție
        Se discută o reformă a legii muncii („Trabalho XXI”), care poate schimba regulile despre program și concediu. Acest text urmează legea în vigoare la data ultimei verificări a paginii.

        ## Dacă ceva nu merge
        1. Cereți în scris angajatorului ce vă datorează. Păstrați o copie.
        2. Contactați ACT: { $act-phone } ({ $act-hours }), sau faceți o plângere pe { $act-web }, la „Queixas e denúncias”. Plângerea poate fi anonimă.
        3. Vă poate ajuta și un sindicat.

        Nu lăsați să treacă prea mult timp după ce se termină contractul: banii datorați din salariu (créditos salariais) se pot cere doar într-un anumit termen.
    .keywords = salariu minim, salariul minim, salariu, salar, leafa, leafă, bani, plata, fluturas, fluturaș de salariu, ore suplimentare, ore in plus, ore peste program, program de lucru, cate ore, câte ore, 8 ore, 40 ore, pauza, zi libera, zile libere, concediu, concediu de odihna, vacanta, concediu platit, al 13 lea salariu, al 14 lea salariu, salariul 13, salariu 14, prima de craciun, prima de vacanta, sarbatori legale, tura de noapte, munca de noapte, patron, patronul, nu ma plateste, nu îmi plătește, nu mi-a dat banii, salariu restant, inspectia muncii, ACT, ordenado, salário mínimo, salario minimo, recibo de vencimento, horas extra, trabalho suplementar, férias, ferias, subsídio de férias, subsídio de Natal, subsidio de natal, feriado, banco de horas, RMMG
