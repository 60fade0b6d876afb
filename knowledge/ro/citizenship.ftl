# Cetățenie: cetățenia portugheză prin naturalizare, copiii născuți în Portugalia și testul de limba portugheză.

naturalisation = Cetățenia portugheză prin naturalizare
    .summary = Naturalizarea se cere la IRN, la un oficiu de registru (Conservatória). După legea care era în vigoare la { $nationality-law-status-date }, o poate cere cine este major, locuiește legal în Portugalia de cel puțin { $naturalisation-residence-years ->
            [one] { $naturalisation-residence-years } an
            [few] { $naturalisation-residence-years } ani
           *[other] { $naturalisation-residence-years } de ani
        }, dovedește că știe portugheză (nivelul A2) și nu are condamnări grave. Legea se schimbă: verificați regulile înainte să depuneți cererea.
    .body =
        Cetățenia portugheză (nacionalidade portuguesa) prin naturalizare este acordată de Ministerul Justiției. Cererile le primește și le rezolvă IRN (Instituto dos Registos e do Notariado), prin oficiile de registru (Conservatórias).

        ## Legea se schimbă
        - La { $nationality-law-status-date } era încă în vigoare regula de { $naturalisation-residence-years ->
            [one] { $naturalisation-residence-years } an
            [few] { $naturalisation-residence-years } ani
           *[other] { $naturalisation-residence-years } de ani
        } de ședere legală.
        - La { $nationality-reform-approved } Parlamentul a aprobat o reformă care cerea { $nationality-reform-years-cplp ->
            [one] { $nationality-reform-years-cplp } an
            [few] { $nationality-reform-years-cplp } ani
           *[other] { $nationality-reform-years-cplp } de ani
        } pentru cetățenii țărilor de limbă portugheză (CPLP) și { $nationality-reform-years-other ->
            [one] { $nationality-reform-years-other } an
            [few] { $nationality-reform-years-other } ani
           *[other] { $nationality-reform-years-other } de ani
        } pentru ceilalți, socotiți doar de la primirea permisului de ședere (título de residência).
        - La { $nationality-tc-ruling } Curtea Constituțională (Tribunal Constitucional) a declarat neconstituționale unele prevederi ale acestei reforme, iar Președintele Republicii a respins-o (veto). Un nou vot în Parlament era prevăzut începând cu { $nationality-revote-scheduled }.
        - Înainte să cereți, verificați la IRN ({ $irn-web }) ce reguli se aplică astăzi.

        ## Cine poate cere (legea în vigoare la { $nationality-law-status-date })
        - Cine este major sau emancipat.
        - Cine locuiește legal în Portugalia de cel puțin { $naturalisation-residence-years ->
            [one] { $naturalisation-residence-years } an
            [few] { $naturalisation-residence-years } ani
           *[other] { $naturalisation-residence-years } de ani
        }. Se socotește și timpul de așteptare de la cererea primului permis de ședere (autorização de residência), dacă permisul a fost acordat.
        - Cine știe destul de bine portugheza (nivelul A2). Cine este născut și are cetățenia unei țări de limbă oficială portugheză, de regulă, nu trebuie să dovedească.
        - Cine nu a fost condamnat definitiv pentru o infracțiune pedepsită cu închisoare de { $naturalisation-crime-max-years ->
            [one] { $naturalisation-crime-max-years } an
            [few] { $naturalisation-crime-max-years } ani
           *[other] { $naturalisation-crime-max-years } de ani
        } sau mai mult.
        - Cine nu este considerat o amenințare pentru securitatea națională.

        ## Pașii
        1. Adunați documentele. Documentele din străinătate trebuie legalizate (cu apostila de la Haga, Apostila de Haia, sau la consulat) și traduse, dacă nu sunt în portugheză.
        2. Depuneți cererea la un oficiu de stare civilă (Conservatória do Registo Civil) sau la Conservatória dos Registos Centrais. Multe cer programare. Un avocat sau un solicitador (un fel de consilier juridic) poate face cererea pentru dumneavoastră și pe internet.
        3. Plătiți taxa și păstrați numărul dosarului.
        4. Urmăriți dosarul și răspundeți repede dacă vi se cer alte documente.
        5. Dacă cererea este aprobată, IRN înregistrează cetățenia. Apoi puteți cere cartea de identitate portugheză (Cartão de Cidadão).

        ## Documente
        - Cererea (formularul IRN, requerimento), semnată.
        - Certificatul de naștere (certidão de nascimento).
        - Cazierul judiciar (registo criminal) din țara a cărei cetățenie o aveți și din țările în care ați locuit. Cazierul din Portugalia îl obține IRN.
        - Certificatul de limba portugheză de nivel A2, dacă trebuie să-l prezentați.
        - Pașaportul și permisul de ședere.

        ## Costuri și termene
        Taxa pentru cerere este de { $nationality-fee } (verificați suma actuală la IRN). Decizia poate dura foarte mult.

        ## Dacă ceva nu merge
        - Dacă cererea este respinsă, puteți contesta decizia. Cereți asistență juridică gratuită (apoio judiciário) la asigurările sociale (Segurança Social) dacă nu puteți plăti un avocat.
        - Feriți-vă de cei care vă promit cetățenia repede, pe bani.
        - Ajutor în limba dumneavoastră: Linia de sprijin pentru migranți (Linha de Apoio a Migrantes), { $lam-phone-landline } sau { $lam-phone-mobile }.
    .keywords = cetatenie, cetățenie, cetatenia portugheza, cetățenia portugheză, cetatenie portugheza, nationalitate, naționalitate, nationalitatea portugheza, naturalizare, naturalizarea, pasaport portughez, pașaport portughez, buletin portughez, cartao de cidadao, dubla cetatenie, dublă cetățenie, cati ani pentru cetatenie, după câți ani, dupa 5 ani, legea cetateniei, legea noua, lege noua cetatenie, dosar cetatenie, cerere cetatenie, cat costa cetatenia, taxa cetatenie, cazier, nacionalidade, nacionalidade portuguesa, naturalização, naturalizacao, cidadania, cidadania portuguesa, cartão de cidadão, pedido de nacionalidade, lei da nacionalidade, IRN, irn, conservatória, conservatoria, registos centrais, requerimento, dupla nacionalidade

nationality-children-born-here = Cetățenia copiilor născuți în Portugalia
    .summary = Nașterea în Portugalia nu dă întotdeauna cetățenia portugheză. După legea care era în vigoare la { $nationality-law-status-date }, copilul unor părinți străini este portughez de la naștere dacă, atunci când s-a născut, unul dintre părinți locuia legal în Portugalia sau locuia aici de cel puțin { $nationality-birth-parent-residence-years ->
            [one] { $nationality-birth-parent-residence-years } an
            [few] { $nationality-birth-parent-residence-years } ani
           *[other] { $nationality-birth-parent-residence-years } de ani
        }. Dacă nu, poate cere mai târziu naturalizarea. Se rezolvă la IRN.
    .body =
        Un copil născut în Portugalia din părinți străini poate fi portughez de la naștere sau poate cere cetățenia mai târziu. Depinde de situația părinților. De asta se ocupă IRN (Instituto dos Registos e do Notariado), la oficiile de stare civilă (Conservatórias do Registo Civil).

        ## Legea se schimbă
        Reforma legii cetățeniei aprobată de Parlament la { $nationality-reform-approved } făcea aceste reguli mai stricte: de exemplu, unul dintre părinți ar fi trebuit să aibă permis de ședere (título de residência) de { $nationality-reform-birth-parent-years ->
            [one] { $nationality-reform-birth-parent-years } an
            [few] { $nationality-reform-birth-parent-years } ani
           *[other] { $nationality-reform-birth-parent-years } de ani
        }. La { $nationality-law-status-date } această reformă nu era încă în vigoare. Verificați la IRN ({ $irn-web }) regulile de astăzi.

        ## Portughez de la naștere (legea în vigoare la { $nationality-law-status-date })
        Copilul este portughez de la naștere dacă:
        - s-a născut în Portugalia;
        - părinții nu sunt aici în serviciul țării lor (de exemplu, diplomați);
        - atunci când s-a născut, unul dintre părinți locuia legal în Portugalia sau locuia aici, chiar și fără permis de ședere, de cel puțin { $nationality-birth-parent-residence-years ->
            [one] { $nationality-birth-parent-residence-years } an
            [few] { $nationality-birth-parent-residence-years } ani
           *[other] { $nationality-birth-parent-residence-years } de ani
        };
        - părinții nu declară că nu vor ca cel mic să fie portughez.

        ## Pașii
        1. Înregistrați nașterea la spital, dacă are ghișeul „Nascer Cidadão”, sau la un oficiu de stare civilă (Conservatória do Registo Civil).
        2. La înregistrare, arătați permisul de ședere al tatălui sau al mamei. Dacă nu aveți permis, întrebați ce dovezi de ședere sunt acceptate.
        3. Dacă cetățenia nu a fost trecută la înregistrare, o puteți cere mai târziu la o Conservatória.
        4. După ce cetățenia este înregistrată, cereți cartea de identitate portugheză (Cartão de Cidadão) pentru copil.

        ## Naturalizarea copiilor născuți aici
        Dacă copilul nu a devenit portughez la naștere, poate cere naturalizarea cât timp este minor, dacă în momentul cererii:
        - unul dintre părinți locuiește în Portugalia, chiar și fără permis, de cel puțin { $nationality-minor-parent-residence-years ->
            [one] { $nationality-minor-parent-residence-years } an
            [few] { $nationality-minor-parent-residence-years } ani
           *[other] { $nationality-minor-parent-residence-years } de ani
        }; sau
        - unul dintre părinți are ședere legală; sau
        - copilul a mers în Portugalia cel puțin { $nationality-minor-school-years ->
            [one] { $nationality-minor-school-years } an
            [few] { $nationality-minor-school-years } ani
           *[other] { $nationality-minor-school-years } de ani
        } la grădiniță (jardim de infância) sau la școală.

        ## Documente
        - Actele de identitate și permisele de ședere ale părinților.
        - Dovezi ale adresei și ale șederii (contracte, adeverința de domiciliu de la Junta de Freguesia, atestado, înregistrări la Segurança Social), dacă părinții nu au permis.
        - Pentru naturalizare: certificatul de naștere al copilului și adeverința de la școală, dacă este cazul.

        ## Costuri
        Înregistrarea nașterii în termenul legal este gratuită. Cererea de naturalizare are o taxă: verificați suma la IRN.

        ## Dacă ceva nu merge
        - Dacă oficiul de stare civilă nu vă acceptă dovezile, cereți motivul în scris.
        - Ajutor în limba dumneavoastră: Linia de sprijin pentru migranți (Linha de Apoio a Migrantes), { $lam-phone-landline } sau { $lam-phone-mobile }, sau la un CNAI.
    .keywords = copil nascut in portugalia, copil născut în Portugalia, copilul s-a nascut in portugalia, bebe nascut in portugalia, bebelus, nou nascut, nou-născut, cetatenie copil, cetățenia copilului, cetatenie pentru copil, cetatenie bebe, copilul e portughez, copil portughez, certificat de nastere, certificat de naștere, inregistrare nastere, înregistrarea nașterii, act de nastere, buletin copil, pasaport copil, parinti straini, copii de imigranti, nascut aici, registo de nascimento, certidão de nascimento, certidao de nascimento, nascer cidadão, nascer cidadao, conservatória, conservatoria, IRN, cartão de cidadão, cartao de cidadao, naturalização de menores, nacionalidade do filho, filho nascido em portugal

portuguese-language-test = Testul de limba portugheză (A2) pentru cetățenie
    .summary = Ca să cereți cetățenia prin naturalizare trebuie să dovediți că știți portugheză la nivelul A2. Este acceptat testul dat la o școală de stat, examenul CIPLE, un certificat de nivel A2 de la un curs de portugheză al unei instituții publice sau un certificat școlar portughez. Cine este născut și are cetățenia unei țări de limbă portugheză, de regulă, nu trebuie să dovedească.
    .body =
        Nivelul cerut este A2 din Cadrul european comun de referință pentru limbi: să înțelegeți și să folosiți portugheza în situații simple, de zi cu zi. Același certificat este bun și pentru permisul de ședere permanentă (autorização de residência permanente).

        ## Cum dovediți
        - Testul de limba portugheză pentru obținerea cetățeniei (Prova do Conhecimento da Língua Portuguesa para Aquisição da Nacionalidade, PaN), organizat de IAVE (Instituto de Avaliação Educativa) și dat la școli de stat. În străinătate se dă în locuri acreditate de Institutul Camões.
        - Certificatul CIPLE, un examen de portugheză ca limbă străină la nivelul A2, de la CAPLE (Universitatea din Lisabona), dat la centre de examen din Portugalia și din străinătate.
        - Un certificat de nivel A2 sau mai mare de la un curs de portugheză pentru străini (Português Língua de Acolhimento, PLA), eliberat de o școală de stat, de un centru IEFP sau de un centru Qualifica.
        - Un certificat de la o școală portugheză care arată că ați promovat Portugheza sau Portugheza ca limbă nematernă (Português Língua Não Materna) cel puțin { $nationality-language-school-years ->
            [one] { $nationality-language-school-years } an școlar
            [few] { $nationality-language-school-years } ani școlari
           *[other] { $nationality-language-school-years } de ani școlari
        }.

        ## Cine nu are nevoie de test sau dă un test adaptat
        - Despre cei născuți în țări de limbă oficială portugheză și care au cetățenia lor (de exemplu Brazilia, Angola, Capul Verde sau Mozambic) se consideră că știu portugheză. Verificați la IRN dacă este și cazul dumneavoastră.
        - Cei care nu știu să scrie și să citească, persoanele în vârstă și persoanele cu o boală gravă sau cu dizabilități pot da un test adaptat, de exemplu doar oral.
        - Pentru copii, testul este potrivit vârstei.

        ## Pașii (testul PaN)
        1. Vedeți calendarul și înscrierea pe site-ul IAVE sau întrebați la o școală de stat.
        2. Înscrieți-vă și plătiți taxa. Aveți nevoie de un act de identitate valabil.
        3. Dați testul: citire, scriere și înțelegerea limbii vorbite.
        4. Primiți certificatul și adăugați-l la cererea de cetățenie.

        ## Costuri
        - Testul PaN și examenul CIPLE au o taxă: verificați suma la IAVE sau la CAPLE.
        - Cursurile PLA sunt gratuite.

        ## Atenție la certificate
        Certificatele de la cursuri private contează doar dacă sunt eliberate în sistemul oficial, de exemplu printr-un acord cu o școală de stat sau cu IEFP. Verificați înainte să plătiți. Dacă certificatul nu este acceptat, IRN poate respinge cererea mult timp după aceea.

        ## Legea se poate schimba
        Reforma legii cetățeniei aprobată la { $nationality-reform-approved } prevedea și un test despre cultura portugheză și despre drepturile și obligațiile cetățenilor. La { $nationality-law-status-date } nu era încă în vigoare. Verificați la IRN ({ $irn-web }).

        ## Dacă ceva nu merge
        - Dacă picați testul, vă puteți înscrie la altă dată.
        - Dacă IRN nu vă acceptă certificatul, cereți motivul în scris.
        - Ajutor în limba dumneavoastră: Linia de sprijin pentru migranți (Linha de Apoio a Migrantes), { $lam-phone-landline } sau { $lam-phone-mobile }.
    .keywords = test de portugheza, test de portugheză, testul de limba, test limba portugheza, examen de portugheza, examen portugheza, examen limba, proba de limba, A2, a2, nivel A2, nivelul a2, certificat de limba, certificat portugheza, certificat A2, diploma de limba, portugheza pentru cetatenie, limba pentru cetatenie, test pentru cetatenie, trebuie sa stiu portugheza, scutire de test, test oral, curs de portugheza, CIPLE, ciple, CAPLE, caple, PaN, IAVE, iave, prova de português, prova de portugues, teste de português, exame de português, certificado de português, PLA, Camões, camoes, língua portuguesa, lingua portuguesa
