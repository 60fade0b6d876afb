# Cetățenie: cetățenia portugheză prin naturalizare, copiii născuți în Portugalia și testul de limba portugheză.

naturalisation = Cetățenia portugheză prin naturalizare
    .summary = De la { $nationality-law-in-force } se aplică o nouă lege a cetățeniei. Potrivit surselor disponibile, naturalizarea cere { $nationality-reform-years-cplp ->
            [one] { $nationality-reform-years-cplp } an
            [few] { $nationality-reform-years-cplp } ani
           *[other] { $nationality-reform-years-cplp } de ani
        } de ședere legală pentru cetățenii țărilor de limbă portugheză (CPLP) și ai Uniunii Europene și { $nationality-reform-years-other ->
            [one] { $nationality-reform-years-other } an
            [few] { $nationality-reform-years-other } ani
           *[other] { $nationality-reform-years-other } de ani
        } pentru ceilalți, socotiți de la primul permis de ședere, plus limba portugheză și un test civic. Cererea se face la IRN. Unele aspecte nu sunt încă lămurite: verificați la IRN sau cu un avocat înainte să depuneți cererea.
    .body =
        Cetățenia portugheză prin naturalizare este acordată de Ministerul Justiției. Cererile sunt primite și soluționate de IRN (Instituto dos Registos e do Notariado), prin oficiile sale de registru (Conservatórias). Aceasta este o informare generală, nu consultanță juridică.

        ## Legea s-a schimbat la { $nationality-law-in-force }
        - La { $nationality-reform-approved } Parlamentul a adoptat o reformă a Legii cetățeniei. La { $nationality-tc-ruling } Curtea Constituțională a declarat neconstituționale unele norme, iar Președintele Republicii a respins-o prin veto.
        - La { $nationality-revote-date } Parlamentul a votat din nou reforma. Potrivit surselor, Președintele a promulgat-o la { $nationality-law-promulgated }, a fost publicată în Diário da República la { $nationality-law-published } (citată ca Legea organică nr. 1/2026) și este în vigoare de la { $nationality-law-in-force }.
        - Nu am găsit textul publicat în Diário da República: ce scrie aici vine din rezumate ale avocaților și din știri. Verificați la IRN ({ $irn-web }) sau cu un avocat.

        ## Cine poate cere (legea în vigoare de la { $nationality-law-in-force }, potrivit surselor)
        - Persoanele majore sau emancipate.
        - Cei care locuiesc legal în Portugalia de cel puțin { $nationality-reform-years-cplp ->
            [one] { $nationality-reform-years-cplp } an
            [few] { $nationality-reform-years-cplp } ani
           *[other] { $nationality-reform-years-cplp } de ani
        }, dacă sunt cetățeni ai unei țări CPLP sau ai Uniunii Europene, ori de cel puțin { $nationality-reform-years-other ->
            [one] { $nationality-reform-years-other } an
            [few] { $nationality-reform-years-other } ani
           *[other] { $nationality-reform-years-other } de ani
        } în celelalte cazuri.
        - Timpul se socotește de la eliberarea primului permis de ședere. Timpul de așteptare a permisului nu se mai socotește.
        - Cei care cunosc suficient limba portugheză, precum și cultura portugheză și drepturile și îndatoririle cetățenilor: legea prevede un test civic (numit TNIC, Teste Nacional de Integração e Cidadania).
        - Cei fără condamnări penale grave. Sursele vorbesc de reguli mai stricte, cu o limită de { $naturalisation-crime-max-years ->
            [one] { $naturalisation-crime-max-years } an
            [few] { $naturalisation-crime-max-years } ani
           *[other] { $naturalisation-crime-max-years } de ani
        } de închisoare, dar le descriu diferit.
        - Cei care nu sunt considerați o amenințare pentru securitatea națională. Potrivit surselor, se colectează și date biometrice.

        ## Ce nu este încă clar
        - Cererile depuse înainte de { $nationality-law-in-force }: informațiile nu coincid. Unele case de avocatură spun că dosarele deja depuse urmează legea anterioară ({ $naturalisation-residence-years ->
            [one] { $naturalisation-residence-years } an
            [few] { $naturalisation-residence-years } ani
           *[other] { $naturalisation-residence-years } de ani
        } de ședere). Alta spune că legea nu are regim tranzitoriu și că doar mesajul Președintelui a cerut ca aceste cereri să nu fie dezavantajate. Întrebați la IRN sau un avocat.
        - Normele de aplicare a noii legi: până când vor exista, unele proceduri pot să nu fie stabilite.
        - Testul civic: cum, unde și când se susține nu a fost anunțat în sursele consultate.
        - Taxele: nu am găsit taxa care se aplică după noua lege.

        ## Pași
        1. Verificați la IRN dacă îndepliniți regulile de azi și ce dovadă de limbă și ce test civic vi se cer.
        2. Adunați documentele. Documentele străine trebuie legalizate (apostila de la Haga sau consulat) și traduse, dacă nu sunt în portugheză.
        3. Depuneți cererea la o Conservatória do Registo Civil sau la Conservatória dos Registos Centrais. Multe cer programare. Un avocat sau un solicitador poate depune cererea online pentru dumneavoastră.
        4. Plătiți taxa și păstrați numărul dosarului.
        5. Urmăriți dosarul și răspundeți repede dacă vi se cer alte documente.
        6. Dacă cererea este aprobată, IRN înregistrează cetățenia. Apoi puteți cere cartea de cetățean (cartão de cidadão).

        ## Documente
        - Cererea (formularul IRN), semnată.
        - Certificatul de naștere.
        - Cazierul judiciar din țara a cărei cetățenie o aveți și din țările unde ați locuit. Cazierul portughez îl obține IRN.
        - Dovada limbii portugheze și, când va exista, a testului civic.
        - Pașaportul și permisele de ședere, cu data primului permis.

        ## Costuri și termene
        Înainte de noua lege, taxa cererii era de { $nationality-fee }. Verificați suma actuală la IRN. Decizia poate dura mult.

        ## Dacă ceva nu merge bine
        - Dacă cererea este respinsă, puteți contesta decizia. Cereți asistență juridică la Segurança Social dacă nu vă puteți permite un avocat.
        - Nu aveți încredere în cei care promit cetățenia repede pe bani.
        - Ajutor în limba dumneavoastră: Linia de sprijin pentru migranți, { $lam-phone-landline } sau { $lam-phone-mobile }.
    .keywords = cetățenie, cetatenie, cetățenie portugheză, cetatenie portugheza, naturalizare, pașaport portughez, pasaport portughez, carte de cetățean, cerere de cetățenie, cerere cetatenie, cetățenie prin ședere, ani de ședere, ani de sedere, 7 ani, 10 ani, șapte ani, zece ani, noua lege a cetățeniei, legea cetățeniei 2026, legea organică 1/2026, test civic, test de cetățenie, TNIC, cerere în curs, timp de așteptare, IRN, conservatoria, dublă cetățenie, dubla cetatenie, cât costă cetățenia, taxa cetățenie
    .questions =
        sunt roman, dupa cati ani pot lua cetatenia portugheza
        noua lege a cetateniei 2026 ce s-a schimbat
        am depus cererea inainte de lege, ce reguli se aplica
        anii cu certificatul de cetatean UE se pun pentru cetatenie?
        acte pentru cetatenia portugheza
        cat costa cererea de cetatenie
        unde depun dosarul de cetatenie, la IRN?
        cazier judiciar din Romania pentru cetatenie portugheza
        pot pastra cetatenia romana daca iau si pe cea portugheza?
        pasaport portughez dupa cati ani

nationality-children-born-here = Cetățenia copiilor născuți în Portugalia
    .summary = Nașterea în Portugalia nu dă întotdeauna cetățenia portugheză. După legea în vigoare de la { $nationality-law-in-force }, potrivit surselor, copilul unor părinți străini este portughez de la naștere doar dacă, la naștere, unul dintre părinți locuia legal în Portugalia de cel puțin { $nationality-reform-birth-parent-years ->
            [one] { $nationality-reform-birth-parent-years } an
            [few] { $nationality-reform-birth-parent-years } ani
           *[other] { $nationality-reform-birth-parent-years } de ani
        }. Se rezolvă la IRN, care confirmă regulile de azi.
    .body =
        Un copil născut în Portugalia din părinți străini poate fi portughez de la naștere sau poate cere cetățenia mai târziu. Depinde de situația părinților. Se ocupă IRN (Instituto dos Registos e do Notariado), la oficiile de stare civilă (Conservatórias do Registo Civil). Aceasta este o informare generală, nu consultanță juridică.

        ## Legea s-a schimbat la { $nationality-law-in-force }
        Noua lege a cetățeniei a fost publicată la { $nationality-law-published } și este în vigoare de la { $nationality-law-in-force }, potrivit rezumatelor avocaților și știrilor. Nu am găsit textul publicat în Diário da República. Verificați la IRN ({ $irn-web }) ce reguli se aplică copilului dumneavoastră, mai ales dacă s-a născut înainte de această dată.

        ## Portughez de la naștere (potrivit surselor)
        Copilul este portughez de la naștere dacă:
        - s-a născut în Portugalia;
        - părinții nu sunt aici în serviciul țării lor (de exemplu, diplomați);
        - la naștere, unul dintre părinți locuia legal în Portugalia de cel puțin { $nationality-reform-birth-parent-years ->
            [one] { $nationality-reform-birth-parent-years } an
            [few] { $nationality-reform-birth-parent-years } ani
           *[other] { $nationality-reform-birth-parent-years } de ani
        }, cu permis de ședere;
        - părinții nu declară că nu vor ca copilul să fie portughez.

        ## Naturalizarea copiilor născuți aici
        Dacă copilul nu a devenit portughez la naștere, poate cere mai târziu naturalizarea. Potrivit surselor, noua lege leagă acest lucru de frecventarea școlii obligatorii în Portugalia. Detaliile nu sunt încă clare: întrebați la IRN.

        ## Pași
        1. Înregistrați nașterea la spital, dacă are ghișeu Nascer Cidadão, sau la o Conservatória do Registo Civil.
        2. La înregistrare, arătați permisul de ședere al tatălui sau al mamei.
        3. Dacă cetățenia nu a fost trecută la înregistrare, întrebați la Conservatória dacă și când o poate cere copilul.
        4. După înregistrarea cetățeniei, cereți cartea de cetățean a copilului.

        ## Documente
        - Actele de identitate și permisele de ședere ale părinților.
        - Dovada duratei șederii legale a părinților.
        - Pentru naturalizare: certificatul de naștere al copilului și adeverințe de la școală.

        ## Costuri
        Înregistrarea nașterii în termenul legal este gratuită. Cererea de naturalizare are o taxă: verificați suma la IRN.

        ## Dacă ceva nu merge bine
        - Dacă Conservatória nu acceptă dovezile, cereți motivul în scris.
        - Dacă nu sunteți sigur ce regulă se aplică, vorbiți cu un avocat. Cereți asistență juridică la Segurança Social dacă nu puteți plăti.
        - Ajutor în limba dumneavoastră: Linia de sprijin pentru migranți, { $lam-phone-landline } sau { $lam-phone-mobile }, sau la un CNAI.
    .keywords = copil născut în portugalia, copil nascut in portugalia, bebeluș născut în portugalia, născut în portugalia, cetățenia copilului, cetatenia copilului, cetățenie pentru copil, copil portughez, înregistrarea nașterii, certificat de naștere, certificat de nastere, nascer cidadao, conservatoria, IRN, carte de cetățean copil, naturalizarea minorilor, dreptul solului, părinți străini, copii de imigranți, noua lege a cetățeniei, 5 ani, cinci ani
    .questions =
        copilul meu s-a nascut in portugalia, e portughez?
        copil nascut in portugalia din parinti romani cetatenie
        cati ani trebuie sa fi locuit aici ca bebelusul sa fie portughez
        cum inregistrez nasterea la conservatória
        baiatul s-a nascut inainte de noua lege, ce se aplica
        copilul nascut aici poate cere cetatenia mai tarziu?
        cartao de cidadao pentru copilul nascut aici
        certificat de nastere portughez pentru bebelus

portuguese-language-test = Testul de limba portugheză (A2) și testul civic pentru cetățenie
    .summary = Pentru naturalizare trebuie să dovediți că știți portugheză, de regulă la nivelul A2. Legea în vigoare de la { $nationality-law-in-force } adaugă, potrivit surselor, un test despre cultura portugheză și drepturile și îndatoririle cetățenilor; cum se desfășoară nu este încă stabilit. Verificați la IRN ce teste vi se cer.
    .body =
        Nivelul cerut este A2 din Cadrul European Comun de Referință pentru Limbi: să înțelegeți și să folosiți portugheza în situații simple de zi cu zi. Același certificat este acceptat pentru rezidența permanentă.

        ## Ce s-a schimbat la { $nationality-law-in-force }
        - Potrivit rezumatelor avocaților și știrilor, noua lege a cetățeniei, în vigoare de la { $nationality-law-in-force }, cere cunoașterea limbii portugheze și, în plus, a culturii portugheze și a drepturilor și îndatoririlor cetățenilor, printr-un test civic (numit TNIC, Teste Nacional de Integração e Cidadania).
        - Forma testului civic, locurile, datele și taxa nu au fost anunțate în sursele consultate. Nu plătiți cursuri sau teste care promit „testul pentru cetățenie” înainte ca IRN să le confirme.
        - Modurile de a dovedi limba portugheză de mai jos sunt cele din regulamentul anterior. Până la un nou regulament, verificați la IRN ({ $irn-web }) dacă mai sunt acceptate.

        ## Cum dovediți limba portugheză
        - Proba de cunoaștere a limbii portugheze pentru dobândirea cetățeniei (PaN), organizată de IAVE (Instituto de Avaliação Educativa) în școli publice. În străinătate se susține în locuri acreditate de Camões.
        - Certificatul CIPLE, un examen de portugheză ca limbă străină de nivel A2, al CAPLE (Universitatea din Lisabona), în centre de examen din Portugalia și din străinătate.
        - Un certificat de nivel A2 sau mai mare de la un curs de portugheză ca limbă de primire (Português Língua de Acolhimento, PLA), eliberat de o școală publică, un centru IEFP sau un Centro Qualifica.
        - Un certificat de la o școală portugheză care arată promovarea la portugheză sau la portugheză ca limbă nematernă în cel puțin { $nationality-language-school-years ->
            [one] { $nationality-language-school-years } an școlar
            [few] { $nationality-language-school-years } ani școlari
           *[other] { $nationality-language-school-years } de ani școlari
        }.

        ## Cine nu are nevoie sau susține o probă adaptată
        - După regulamentul anterior, cei născuți într-o țară cu portugheza limbă oficială și cetățeni ai ei (de exemplu Brazilia, Angola, Capul Verde sau Mozambic) erau considerați că știu portugheză. Verificați la IRN dacă acest lucru se mai aplică și dacă vi se cere și testul civic.
        - Cei care nu știu să scrie și să citească, persoanele în vârstă și persoanele cu boli grave sau dizabilități puteau susține o probă adaptată, de exemplu doar orală.
        - Pentru copii, proba este adaptată vârstei.

        ## Pași (proba PaN)
        1. Vedeți calendarul și înscrierea pe site-ul IAVE sau întrebați la o școală publică.
        2. Înscrieți-vă și plătiți taxa. Aveți nevoie de un act de identitate valabil.
        3. Susțineți proba: citire, scriere și înțelegere orală.
        4. Primiți certificatul și atașați-l la cererea de cetățenie.

        ## Costuri
        - Proba PaN și examenul CIPLE au taxă: verificați suma la IAVE sau la CAPLE.
        - Cursurile PLA sunt gratuite.
        - Taxa testului civic nu este încă cunoscută.

        ## Atenție la certificate
        Certificatele de la cursuri private contează doar dacă sunt emise în sistemul oficial, de exemplu printr-un acord cu o școală publică sau cu IEFP. Verificați înainte să plătiți. Dacă certificatul nu este acceptat, IRN poate respinge cererea mult mai târziu.

        ## Dacă ceva nu merge bine
        - Dacă nu promovați, vă puteți înscrie la altă dată.
        - Dacă IRN nu acceptă certificatul, cereți motivul în scris.
        - Ajutor în limba dumneavoastră: Linia de sprijin pentru migranți, { $lam-phone-landline } sau { $lam-phone-mobile }.
    .keywords = test de portugheză, test de portugheza, examen de portugheză, examen de limba, A2, a2, nivel A2, CIPLE, ciple, CAPLE, PaN, IAVE, certificat de portugheză, certificat A2, portugheză pentru cetățenie, portugheza pentru cetatenie, scutire de test, CPLP, Camões, camoes, PLA, probă orală, test de cultură, test civic, test de cetățenie, TNIC, test de integrare, drepturi și îndatoriri
    .questions =
        testul de portugheza A2 pentru cetatenie
        unde dau examenul CIPLE
        testul de limba e gratuit?
        testul civic TNIC cum e
        am peste 60 de ani, trebuie sa dau examenul de limba?
        testul PaN la scoala inscriere
        certificat A2 cumparat online, e valabil?
        cat costa examenul ciple
