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
        Guvernul a propus o reformă a legii muncii („Trabalho XXI”), care poate schimba regulile despre program, banca de ore și concediu. În cele mai recente știri pe care le-am găsit, din { $labour-reform-news-date }, reforma era încă în negociere și nu am găsit-o publicată în Diário da República. Acest text urmează Codul Muncii fără această reformă: întrebați la ACT dacă regulile s-au schimbat.

        ## Dacă ceva nu merge
        1. Cereți în scris angajatorului ce vă datorează. Păstrați o copie.
        2. Contactați ACT: { $act-phone } ({ $act-hours }), sau faceți o plângere pe { $act-web }, la „Queixas e denúncias”. Plângerea poate fi anonimă.
        3. Vă poate ajuta și un sindicat.

        Nu lăsați să treacă prea mult timp după ce se termină contractul: banii datorați din salariu (créditos salariais) se pot cere doar într-un anumit termen.
    .keywords = salariu minim, salariul minim, salariu, salar, leafa, leafă, bani, plata, fluturas, fluturaș de salariu, ore suplimentare, ore in plus, ore peste program, program de lucru, cate ore, câte ore, 8 ore, 40 ore, pauza, zi libera, zile libere, concediu, concediu de odihna, vacanta, concediu platit, al 13 lea salariu, al 14 lea salariu, salariul 13, salariu 14, prima de craciun, prima de vacanta, sarbatori legale, tura de noapte, munca de noapte, patron, patronul, nu ma plateste, nu îmi plătește, nu mi-a dat banii, salariu restant, inspectia muncii, ACT, ordenado, salário mínimo, salario minimo, recibo de vencimento, horas extra, trabalho suplementar, férias, ferias, subsídio de férias, subsídio de Natal, subsidio de natal, feriado, banco de horas, RMMG
    .questions =
        salariul minim in portugalia anul acesta
        cat e salariul minim pe ora portugalia
        cate ore pe saptamana poate sa ma puna patronul sa lucrez
        orele suplimentare se platesc in plus?
        patronul nu-mi da al 13-lea salariu, e legal?
        ce e subsidio de natal si subsidio de ferias
        cate zile de concediu de odihna platit am pe an
        lucrez in zi de sarbatoare legala, primesc dublu?
        lucrez 6 zile din 7 cate 10 ore, e voie?
        salariul minim se plateste de 14 ori pe an?

employment-contract = Contractul de muncă: ce trebuie să scrie în el și ce tipuri există
    .summary = Contractul de muncă poate fi pe perioadă nedeterminată (efetivo) sau pe perioadă determinată (a prazo). Cine vine din afara Uniunii Europene trebuie, de regulă, să aibă contractul în scris, cu salariul, programul, locul de muncă și funcția. Citiți-l înainte să semnați și păstrați o copie.
    .body =
        Contractul de muncă (contrato de trabalho) este înțelegerea dintre dumneavoastră și angajator (entidade patronal). Regulile sunt în Codul muncii (Código do Trabalho) și sunt valabile pentru toți, portughezi și străini. Cine verifică respectarea lor este ACT (Autoridade para as Condições do Trabalho), inspecția muncii.

        ## Contractul scris
        - Dacă veniți dintr-o țară din afara Uniunii Europene, legea cere, de regulă, contract scris, în care să fie trecută viza sau cartea de rezidență (título de residência).
        - Contractul pe perioadă determinată trebuie să fie întotdeauna scris.
        - Chiar fără o hârtie semnată, dacă lucrați sub ordinele cuiva, cu program și salariu, poate exista un contract de muncă. Păstrați dovezi: mesaje, programe de ture, transferuri de bani.

        ## Ce trebuie să scrie în contract
        - Numele și adresa (sau sediul) celor două părți și semnăturile.
        - Funcția (categoria profissional) și locul de muncă.
        - Salariul brut și data plății.
        - Programul de lucru și numărul normal de ore.
        - Data semnării, data începerii și, dacă este pe perioadă determinată, durata și motivul.

        ## Tipuri de contract
        - Pe perioadă nedeterminată (sem termo, „efetivo”): nu are dată de sfârșit.
        - Pe perioadă determinată, cu dată fixă (a termo certo): are dată de sfârșit. Este permis doar pentru o nevoie temporară, iar motivul trebuie scris. Durează cel mult { $fixed-term-max-years ->
            [one] { $fixed-term-max-years } an
            [few] { $fixed-term-max-years } ani
           *[other] { $fixed-term-max-years } de ani
        }, cu cel mult { $fixed-term-max-renewals ->
            [one] { $fixed-term-max-renewals } reînnoire
            [few] { $fixed-term-max-renewals } reînnoiri
           *[other] { $fixed-term-max-renewals } de reînnoiri
        }. Fără un motiv valabil, devine contract pe perioadă nedeterminată.
        - Pe perioadă determinată, fără dată fixă (a termo incerto): se termină când se încheie lucrarea sau înlocuirea pentru care ați fost angajat.

        ## Perioada de probă (período experimental)
        La început există o perioadă de probă, în care oricare dintre părți poate încheia contractul fără despăgubire. La contractul pe perioadă nedeterminată este, de regulă, de { $trial-period-days ->
            [one] { $trial-period-days } zi
            [few] { $trial-period-days } zile
           *[other] { $trial-period-days } de zile
        }. Poate fi mai lungă pentru funcții de conducere sau complexe și pentru cei care își caută primul loc de muncă. La contractele pe perioadă determinată este mai scurtă.

        ## Înainte să semnați
        1. Citiți tot. Dacă nu înțelegeți, cereți ajutor la un sindicat, la un CNAI sau la Linia de sprijin pentru migranți (Linha de Apoio a Migrantes), { $lam-phone-landline } sau { $lam-phone-mobile }.
        2. Verificați ca salariul să nu fie mai mic decât salariul minim ({ $minimum-wage } în { $minimum-wage-year }, cu normă întreagă).
        3. Nu semnați hârtii goale și nici o cerere de demisie fără dată.
        4. Păstrați o copie semnată.
        5. După aceea, verificați pe Segurança Social Direta (serviciul online al asigurărilor sociale) că ați fost înscris.

        ## Schimbări în discuție
        Guvernul a propus o reformă a legii muncii („Trabalho XXI”), care poate schimba regulile pentru contractele pe perioadă determinată și pentru perioada de probă. În cele mai recente știri pe care le-am găsit, din { $labour-reform-news-date }, reforma era încă în negociere și nu am găsit-o publicată în Diário da República. Acest text urmează Codul Muncii fără această reformă: întrebați la ACT dacă regulile s-au schimbat.

        ## Dacă ceva nu merge
        Nu vi se dă contract scris sau contractul nu corespunde muncii pe care o faceți: contactați ACT, { $act-phone } ({ $act-hours }), sau faceți o plângere pe { $act-web }.
    .keywords = contract de munca, contract de muncă, contractul de munca, contract, contract scris, contract pe perioada determinata, contract pe perioadă determinată, contract pe durata determinata, contract pe perioada nedeterminata, contract nedeterminat, contract pe termen, contract temporar, prelungire contract, reinnoire contract, perioada de proba, perioadă de probă, proba, jumatate de norma, norma intreaga, part time, lucrez fara contract, munca la negru, la negru, fara forme, fara carte de munca, semnez contract, ce scrie in contract, patron, patronul, angajator, demisie, contrato de trabalho, contrato, contrato a termo, contrato a prazo, contrato sem termo, efetivo, efectivo, termo certo, termo incerto, período experimental, periodo experimental, tempo parcial, entidade patronal, promessa de contrato, ACT
    .questions =
        ce trebuie sa scrie in contractul de munca
        contract pe perioada determinata sau nedeterminata, contrato a termo sem termo
        am doar intelegere verbala fara contract, e legal?
        perioada de proba cat dureaza, ma pot da afara?
        de cate ori se poate prelungi contractul pe durata determinata
        patronul vrea sa semnez un contract in portugheza pe care nu-l inteleg
        contractul are alt salariu decat cel promis, ce fac
        ce inseamna efetivo si a prazo

report-labour-abuse = Cum reclamați abuzurile de la muncă la ACT
    .summary = Dacă nu vi se plătește, dacă munca este periculoasă sau dacă sunteți maltratat, puteți face o plângere la ACT (Autoridade para as Condições do Trabalho), inspecția muncii. ACT nu îi spune angajatorului cine a făcut plângerea. Drepturile de la muncă sunt valabile și pentru cei care nu au permis de ședere.
    .body =
        ACT (Autoridade para as Condições do Trabalho) este inspecția muncii, serviciul public care controlează firmele. Poate veni la locul de muncă, poate obliga firma să îndrepte ce nu este în regulă și poate da amenzi.

        ## Ce puteți reclama
        - Salarii, ore suplimentare, prima de vacanță (subsídio de férias) sau prima de Crăciun (subsídio de Natal) întârziate sau neplătite.
        - Muncă fără contract sau fără înscriere la asigurările sociale (Segurança Social).
        - Program prea lung și lipsă de odihnă.
        - Muncă periculoasă, fără echipament de protecție sau fără instruire.
        - Hărțuire, amenințări, jigniri sau discriminare la locul de muncă.
        - Un angajator (entidade patronal) care vă ține pașaportul sau actele.

        ## Și fără acte
        Munca pe care ați făcut-o deja trebuie plătită, chiar dacă nu aveți permis de ședere și nici contract scris. Legea îi apără pe toți cei care muncesc.

        ## Cum faceți plângerea
        1. Strângeți dovezi: fluturași de salariu (recibos de vencimento), mesaje, fotografii, programe de ture și orele pe care le-ați notat în fiecare zi. Notați numele colegilor care au văzut.
        2. Sunați la ACT, { $act-phone } ({ $act-hours }), ca să vă informați.
        3. Faceți plângerea pe { $act-web }, la „Queixas e denúncias”. Intrați cu Cartão de Cidadão (cartea de identitate portugheză) sau cu Chave Móvel Digital (cheia digitală pe telefon).
        4. Dacă nu puteți intra pe site, mergeți la un birou local al ACT și faceți plângerea în scris.
        5. Păstrați dovada și numărul plângerii.

        ## Plângere confidențială sau anonimă
        ACT nu îi spune angajatorului cine a făcut plângerea. Dar formularul de pe internet vă identifică: pe { $act-complaint-login-report-date } s-a semnalat în Parlament că formularul a început să ceară numărul fiscal (NIF) sau Chave Móvel Digital. Sursele pe care le-am găsit nu sunt de acord dacă ACT mai acceptă plângeri fără nume (denúncia anónima), iar o pagină a ACT însăși care să spună asta nu am găsit. Dacă nu vreți să vă dați numele, întrebați mai întâi la ACT, la telefon sau la un serviciu local. Oricum, dați cât mai multe detalii: adresa locului de muncă, programul, ce se întâmplă. O plângere fără date concrete este greu de verificat.

        ## Termene și costuri
        - Plângerea la ACT este gratuită.
        - Banii datorați din salariu (créditos salariais) se pot cere doar { $labour-claims-limit-years ->
            [one] { $labour-claims-limit-years } an
            [few] { $labour-claims-limit-years } ani
           *[other] { $labour-claims-limit-years } de ani
        } după ce se termină contractul. Nu așteptați.
        - ACT nu vă recuperează singură banii în instanță. Pentru asta puteți avea nevoie de un avocat (cereți asistență juridică gratuită, apoio judiciário, la Segurança Social) sau de procuror (Ministério Público) la Tribunalul muncii (Tribunal do Trabalho).

        ## Situații grave
        - Pericol imediat, violență sau dacă nu sunteți lăsat să plecați: sunați la { $emergency-phone }.
        - Munca forțată, datoriile care nu se mai termină sau actele reținute pot fi trafic de persoane: sunați la { $trafficking-phone }, la orice oră.

        ## Unde cereți ajutor
        - La un sindicat din domeniul dumneavoastră.
        - La APAV (asociația de sprijin pentru victime), { $apav-phone }.
        - La Linia de sprijin pentru migranți (Linha de Apoio a Migrantes), { $lam-phone-landline } sau { $lam-phone-mobile }, sau la un CNAI, dacă vă temeți din cauza situației dumneavoastră de ședere.
    .keywords = plangere, plângere, reclamatie, reclamație, reclam patronul, sesizare, denunt, denunț, inspectia muncii, inspecția muncii, inspectoratul muncii, ITM, ACT, act, nu ma plateste, nu mă plătește, nu m-a platit, nu mi-a dat banii, salariu neplatit, salariu restant, bani restanti, tepuit, țeapă, teapa, exploatare, exploatat, abuz, abuzuri, hartuire, hărțuire, amenintari, jigniri, patron, patronul, sef rau, munca periculoasa, fara protectie, la negru, fara contract, fara acte, ilegal, anonim, plangere anonima, mi-a luat pasaportul, pasaport retinut, sclavie, munca fortata, sindicat, denúncia, denuncia, queixa, queixas e denúncias, reclamação, não me pagam, salário em atraso, assédio, entidade patronal, inspeção do trabalho
    .questions =
        cum fac plangere la ACT, ca ITM-ul de la noi
        patronul nu ma plateste de 2 luni
        colegul meu nu are acte, poate face reclamatie la munca?
        afla patronul ca eu am facut plangerea?
        plangere anonima la inspectia muncii portugalia
        seful ma injura si ma ameninta
        pe santier nu avem echipament de protectie, cui spun
        cat timp am sa cer salariile neplatite dupa ce plec
        plangerea la ACT e gratuita?

finding-work = Cum căutați de lucru: IEFP și centrele de ocupare
    .summary = IEFP (Instituto do Emprego e Formação Profissional) vă ajută să găsiți de lucru prin centrele de ocupare a forței de muncă (centros de emprego). Înscrierea este gratuită și vă dă acces la oferte de muncă, cursuri de formare și stagii.
    .body =
        IEFP (Instituto do Emprego e Formação Profissional) este serviciul public pentru ocuparea forței de muncă, un fel de agenție de șomaj. Are centre de ocupare (centros de emprego) și centre de formare profesională în toată țara.

        ## Cine se poate înscrie
        - Cei care pot lucra legal în Portugalia: cu permis de ședere, cu viză de ședere pentru muncă sau cetățenii Uniunii Europene.
        - Dacă dosarul dumneavoastră este încă în lucru la AIMA, întrebați la centrul de ocupare dacă vă puteți înscrie cu dovada cererii.
        - Vă puteți înscrie și dacă nu lucrați, și dacă lucrați deja, dar căutați alt loc de muncă.

        ## Pașii
        1. Înscrieți-vă ca persoană care caută un loc de muncă (candidato a emprego) la centrul de ocupare din zona în care locuiți sau pe internet, pe { $iefp-web }.
        2. Mergeți la interviul cu consilierul (técnico de emprego). Împreună faceți un plan de căutare a unui loc de muncă („plano pessoal de emprego”).
        3. Vedeți ofertele de muncă pe site-ul IEFP și răspundeți la cele care vi se potrivesc.
        4. Mergeți de fiecare dată când sunteți chemat (convocatória) la centrul de ocupare. Dacă lipsiți fără motiv, înscrierea poate fi anulată.

        ## Ce documente duceți
        - Pașaportul sau cartea de rezidență (título de residência).
        - NIF și NISS.
        - Dovada adresei.
        - Diplomele și certificatele de la cursuri, traduse dacă se poate.
        - Un CV, dacă aveți deja.

        ## Cursuri și stagii
        - Cursuri gratuite de portugheză pentru străini (Português Língua de Acolhimento).
        - Cursuri de formare profesională, de multe ori cu bani pentru masă și transport.
        - Centrele Qualifica: recunosc ce ați învățat lucrând, chiar fără diplomă, și vă dau un certificat.
        - Stagii profesionale plătite (estágios), mai ales pentru tineri și pentru cei care își caută primul loc de muncă.

        ## Dacă vreți să veniți să căutați de lucru
        De la { $manifestation-of-interest-ended } nu mai puteți intra ca turist și să vă legalizați apoi cu un contract. Prin Legea 61/2025 (Lei 61/2025), în vigoare de la { $foreigners-law-2025-in-force }, viza pentru căutarea unui loc de muncă a rămas doar pentru persoanele cu înaltă calificare.

        ## Atenție la ofertele false
        - O agenție de plasare nu are voie să vă ceară bani ca să vă găsească de lucru.
        - Firmele de muncă temporară (empresas de trabalho temporário) au nevoie de licență. Verificați la IEFP dacă firma este pe listă.
        - Nimeni nu are voie să vă țină pașaportul sau actele.
        - Fiți atenți la oferte cu salariu foarte mare, fără contract sau cu cazare plătită din salariu.

        ## Costuri
        Înscrierea la IEFP și cursurile IEFP sunt gratuite.

        ## Dacă ceva nu merge
        - Dacă ați rămas fără loc de muncă, vedeți și dacă aveți dreptul la ajutor de șomaj (subsídio de desemprego).
        - Dacă o ofertă pare exploatare sau trafic de persoane, sunați la { $trafficking-phone } sau, dacă sunteți în pericol, la { $emergency-phone }.
        - Pentru ajutor în limba dumneavoastră: Linia de sprijin pentru migranți (Linha de Apoio a Migrantes), { $lam-phone-landline } sau { $lam-phone-mobile }.
    .keywords = de lucru, caut de lucru, caut lucru, loc de munca, loc de muncă, locuri de munca, job, joburi, munca, muncă, serviciu, caut serviciu, angajare, angajari, oferte de munca, oferte de lucru, anunturi de munca, agentie de munca, agentie de plasare, somer, șomer, somaj, fortele de munca, agentia de ocupare, AJOFM, cursuri, cursuri gratuite, curs de calificare, calificare, recalificare, stagiu, CV, IEFP, iefp, centro de emprego, centru de emprego, emprego, trabalho, procurar trabalho, ofertas de emprego, inscrição iefp, inscricao iefp, formação profissional, formacao, estágio, estagio, Qualifica, RVCC, trabalho temporário, ETT, visto de procura de trabalho
    .questions =
        cum gasesc de lucru in portugalia ca roman
        inscriere la IEFP centrul de emprego
        ca cetatean UE ma pot inscrie la agentia de munca?
        cursuri de calificare gratuite pentru imigranti
        anunt de munca imi cere bani in avans, e teapa?
        unde caut locuri de munca in Lisabona
        stagiu profesional prin iefp
        iefp ajuta la CV si interviu?
        inscrierea la centrul de ocupare e gratis?

work-accident = Accidentul de muncă: ce faceți
    .summary = Dacă aveți un accident de muncă, mergeți mai întâi la medic și anunțați imediat angajatorul. Angajatorul trebuie să aibă o asigurare pentru accidente de muncă, care plătește tratamentul și o despăgubire cât timp nu puteți lucra.
    .body =
        Un accident de muncă (acidente de trabalho) este un accident petrecut la locul de muncă și în timpul programului. Se socotește și accidentul de pe drumul obișnuit între casă și serviciu. Toți angajatorii (entidades patronais) sunt obligați să aibă o asigurare pentru accidente de muncă (seguro de acidentes de trabalho). Străinii care muncesc au aceleași drepturi ca portughezii.

        ## Pașii
        1. Primiți îngrijiri medicale. Dacă este grav, sunați la { $emergency-phone }. La spital sau la centrul de sănătate (centro de saúde), spuneți că a fost un accident de muncă.
        2. Anunțați angajatorul în cel mult { $work-accident-notice-hours ->
            [one] { $work-accident-notice-hours } oră
            [few] { $work-accident-notice-hours } ore
           *[other] { $work-accident-notice-hours } de ore
        }, dacă se poate în scris, dacă nu a văzut accidentul. Cereți numele firmei de asigurări (seguradora) și numărul poliței (apólice).
        3. Angajatorul trebuie să anunțe accidentul la firma de asigurări. La accidentele grave sau mortale trebuie să anunțe și ACT (Autoridade para as Condições do Trabalho), inspecția muncii.
        4. De aici înainte, tratamentul îl fac medicii trimiși de firma de asigurări. Tot acest medic vă dă concediul medical (certificado de incapacidade, „baixa”), nu centrul de sănătate.
        5. Păstrați toate hârtiile: rapoartele medicale, rețetele și chitanțele.
        6. La sfârșitul tratamentului primiți „alta clínica” (externarea), cu evaluarea unei eventuale incapacități care rămâne.

        ## Ce plătește asigurarea
        - Consultații, tratamente, operații, medicamente, proteze și transport.
        - O despăgubire (indemnização) cât timp nu puteți lucra, calculată după salariul dumneavoastră.
        - O pensie sau o sumă de bani, dacă rămâneți cu o incapacitate permanentă.
        - În caz de deces, pensii pentru familie.

        ## Fără contract sau fără asigurare
        - Aveți drepturi și fără contract scris. Asigurarea trebuie să-i acopere pe toți lucrătorii firmei.
        - Dacă angajatorul nu are asigurare, el trebuie să plătească. Dacă nu plătește, poate plăti în locul lui Fondul pentru accidente de muncă (Fundo de Acidentes de Trabalho).

        ## Termene și costuri
        - Nu trebuie să plătiți nimic pentru tratamentul unui accident de muncă.
        - Dacă nu sunteți de acord cu evaluarea incapacității sau dacă firma de asigurări refuză să plătească, vă puteți adresa Tribunalului muncii (Tribunal do Trabalho). Puteți face acest lucru doar timp de { $work-accident-claim-years ->
            [one] { $work-accident-claim-years } an
            [few] { $work-accident-claim-years } ani
           *[other] { $work-accident-claim-years } de ani
        } după „alta clínica”.

        ## Boala cauzată de muncă
        O boală cauzată de muncă (doença profissional) nu este tratată de firma de asigurări, ci de asigurările sociale (Segurança Social). Cereți medicului dumneavoastră să o declare.

        ## Dacă ceva nu merge
        - Angajatorul spune că nu a fost accident de muncă sau nu vrea să-l anunțe: contactați ACT, { $act-phone } ({ $act-hours }), sau { $act-web }.
        - La Tribunalul muncii, procurorul (Ministério Público) vă poate apăra gratuit. Puteți cere și asistență juridică gratuită (apoio judiciário) la Segurança Social.
        - Pentru ajutor în limba dumneavoastră: Linia de sprijin pentru migranți (Linha de Apoio a Migrantes), { $lam-phone-landline } sau { $lam-phone-mobile }.
    .keywords = accident de munca, accident de muncă, accident la munca, accident la lucru, accident pe santier, m-am accidentat, m-am lovit la munca, am cazut la munca, am căzut, cazatura, ranit, rănit, m-am taiat, mi-am rupt mana, fractura, asigurare, asigurarea, asigurare de accidente, firma de asigurari, polita, concediu medical, medical, incapacitate, invaliditate, despagubire, despăgubire, pensie de invaliditate, accident pe drum, accident in drum spre munca, boala profesionala, santier, constructii, schela, acidente de trabalho, acidente trabalho, seguro, seguradora, apólice, apolice, baixa, baixa médica, incapacidade, indemnização, indemnizacao, alta clínica, tribunal do trabalho, Fundo de Acidentes de Trabalho, FAT, doença profissional
    .questions =
        m-am accidentat la munca ce fac
        am cazut de pe schela, patronul zice ca n-are asigurare
        cine plateste spitalul dupa un accident de munca
        accident pe drum spre serviciu se pune?
        patronul nu a anuntat accidentul la asigurare
        sunt platit cat stau in concediu medical dupa accident?
        lucrez fara contract si am avut accident, am drepturi?
        in cat timp trebuie anuntat accidentul de munca
        boala profesionala de la munca, ma doare spatele de ani
        asiguratorul zice ca sunt apt dar nu pot lucra

qualification-recognition = Recunoașterea calificărilor și profesiile reglementate
    .summary = Pentru cele mai multe locuri de muncă nu trebuie să vă recunoașteți diploma. La profesiile reglementate, ca medic, asistent medical, inginer, avocat sau profesor, aveți nevoie de aprobarea ordinului profesional (ordem profissional) sau a instituției care răspunde de profesie înainte să lucrați în acea meserie.
    .body =
        Sunt două lucruri diferite: recunoașterea gradului academic (a diplomei) și recunoașterea calificării profesionale (dreptul de a profesa o meserie).

        ## Profesiile nereglementate
        La cele mai multe profesii nu este nevoie de recunoaștere: angajatorul (entidade patronal) vă evaluează diploma și experiența. Chiar și așa, recunoașterea diplomei vă poate ajuta, de exemplu la concursurile pentru posturi în stat (concursos públicos) sau pentru o categorie profesională mai mare.

        ## Profesiile reglementate
        Sunt profesii pe care le puteți exercita doar cu aprobare. De exemplu: medic, asistent medical, farmacist, medic dentist, psiholog, avocat, inginer, arhitect și profesor.
        - Aprobarea o dă, de regulă, ordinul profesional (Ordem dos Médicos, Ordem dos Enfermeiros, Ordem dos Engenheiros și altele) sau o instituție a statului.
        - Unele cer și un examen, un stagiu sau o probă de limba portugheză.
        - Cine are calificări dintr-o țară a Uniunii Europene are reguli mai simple.
        - Cât așteptați, puteți lucra în altă funcție, dar nu în profesia reglementată.

        ## Recunoașterea diplomei de studii superioare
        - Recunoaștere automată (reconhecimento automático): pentru diplomele din anumite țări și de la anumite specializări, făcută de DGES (Direção-Geral do Ensino Superior) sau de o universitate de stat.
        - Recunoaștere de nivel (reconhecimento de nível) sau recunoaștere specifică (reconhecimento específico): o cereți la o universitate sau la un institut politehnic de stat, care compară studiile dumneavoastră cu o specializare din Portugalia.
        - Toate aceste cereri se fac pe internet, pe platforma ReCon a DGES ({ $dges-web }), cu documentele în format digital, și plătiți o taxă (emolumentos) instituției care decide.
        - Pentru certificatele de la școala generală și liceu, vedeți echivalarea studiilor din străinătate.

        ## Pașii
        1. Aflați dacă profesia dumneavoastră este reglementată: întrebați la ordinul profesional sau căutați pe { $dges-web }.
        2. Cereți documentele în țara dumneavoastră și legalizați-le: cu apostila de la Haga (apostila de Haia) sau cu recunoaștere la consulatul Portugaliei.
        3. Faceți traducerea autorizată (tradução certificada) a documentelor care nu sunt în portugheză.
        4. Depuneți cererea la instituția potrivită și plătiți taxa.
        5. Dacă vi se cere un examen sau un stagiu, faceți-l în termenul stabilit.

        ## Documentele obișnuite
        - Diploma și foaia matricolă (certificatul cu disciplinele, notele și orele).
        - Programa disciplinelor (programas das disciplinas), în unele cazuri.
        - Pașaportul sau cartea de rezidență (título de residência).
        - Dovezi ale experienței profesionale și ale înscrierii în ordinul profesional din țara dumneavoastră, dacă există.

        ## Costuri și termene
        Fiecare instituție are taxele și termenele ei. Verificați-le pe site-ul DGES, al universității sau al ordinului profesional înainte să depuneți cererea.

        ## Fără diplomă, dar cu experiență
        La centrele Qualifica puteți primi un certificat pentru ce ați învățat lucrând (procesul RVCC), fără să aveți diplomă.

        ## Dacă ceva nu merge
        Dacă cererea vă este respinsă, cereți decizia în scris, cu motivele: puteți răspunde sau puteți contesta. Pentru îndrumare, vorbiți cu un CNAI sau cu Linia de sprijin pentru migranți (Linha de Apoio a Migrantes), { $lam-phone-landline } sau { $lam-phone-mobile }.
    .keywords = recunoastere diploma, recunoaștere diplomă, recunoasterea diplomei, echivalare diploma, echivalarea studiilor, echivalare studii, nostrificare, nostrificare diploma, validare diploma, diploma din romania, diploma din moldova, diploma straina, facultate, licenta, licență, master, studii superioare, profesie reglementata, profesie reglementată, ordinul medicilor, colegiul medicilor, medic strain, asistenta medicala, asistentă, inginer, profesor, avocat, calificare, certificat, apostila, apostilă, apostila haga, traducere legalizata, traducere autorizata, reconhecimento, reconhecimento de diploma, reconhecer diploma, equivalência, equivalencia, revalidação, revalidacao, profissão regulamentada, ordem profissional, ordem dos médicos, ordem dos enfermeiros, ordem dos engenheiros, DGES, dges, reconhecimento automático, reconhecimento de nível, licenciatura, mestrado, apostila de haia, tradução certificada, Qualifica, RVCC
    .questions =
        trebuie sa-mi echivalez diploma ca sa lucrez in portugalia
        sunt asistenta medicala din Romania, cum lucrez ca enfermeira aici
        medic roman in portugalia, ordem dos médicos inscriere
        diploma din UE, reguli mai simple pentru recunoastere?
        ce meserii sunt reglementate in portugalia
        recunoasterea diplomei de inginer
        am experienta dar nu am diploma, pot obtine certificare
        cat dureaza si cat costa recunoasterea
        profesor din Moldova, pot preda in Portugalia?
