# Sănătate: numărul de utilizator, centrul de sănătate, urgențe și linia SNS 24.

sns-user-number = Numărul de utilizator SNS (número de utente)
    .summary = Numărul de utilizator vă identifică în Serviciul Național de Sănătate (SNS). Potrivit Autorității de Reglementare a Sănătății (ERS), la { $health-ers-faq-date }, el se dă oricui se adresează unei unități SNS, și celor fără permis de ședere, dar atunci înregistrarea este „em curso” (în curs) sau „incompleto” (incompletă), iar unele îngrijiri pot fi taxate. Urgențele, sarcina, copiii, vaccinurile și bolile contagioase sunt tratate indiferent de situația dumneavoastră.
    .body =
        Numărul de utilizator (Número Nacional de Utente) este numărul dumneavoastră în SNS. Cu el vă programați la centrul de sănătate (centro de saúde), cereți medic de familie, vă vaccinați, primiți rețete și folosiți SNS 24 pe internet ({ $sns24-web }) și în aplicație.

        ## Ce spun regulile astăzi
        - Numărul este dat de Registrul Național al Utilizatorilor (Registo Nacional de Utentes, RNU). Regulile lui au fost schimbate prin Despacho n.º 14830/2024 din { $health-rnu-rules-date }.
        - În aprilie 2025, o știre a spus că înscrierea cere de acum permis de ședere. ERS explică altfel, în întrebările frecvente din { $health-ers-faq-date }: înregistrarea se face când persoana se adresează unei unități SNS, cu un minim de date (nume, sex, data nașterii, țara de cetățenie și de naștere).
        - Cu permis de ședere valabil și adresă în Portugalia, înregistrarea este „atualizado” (actualizată): aveți acces în aceleași condiții ca portughezii și puteți cere medic de familie.
        - Fără permis de ședere valabil, înregistrarea este „em curso” sau „incompleto”. Aveți număr de utilizator, dar puteți fi nevoit să plătiți îngrijirile din afara listei de mai jos.
        - O asociație (Humans Before Borders, martie 2025) spune că cine nu își regularizează situația în { $health-rnu-pending-limit-days ->
            [one] { $health-rnu-pending-limit-days } zi
            [few] { $health-rnu-pending-limit-days } zile
           *[other] { $health-rnu-pending-limit-days } de zile
        } poate pierde accesul. Nu am găsit asta într-un text oficial: întrebați la centrul de sănătate sau la ERS.

        ## Tratați în orice situație
        Potrivit ERS, aceste îngrijiri sunt garantate cu sau fără permis de ședere:
        - urgențe;
        - sarcină, naștere și planificare familială;
        - copii și tineri minori;
        - vaccinuri și boli contagioase (sănătate publică).

        ## Pași
        1. Aflați care este centrul de sănătate (sau Unitatea de Sănătate Familială, USF) pentru adresa dumneavoastră. Puteți întreba la Junta de Freguesia sau suna la SNS 24, la { $sns24-phone }.
        2. Mergeți la ghișeu (secretariado clínico) și cereți înscrierea ca utilizator.
        3. Arătați documentele și verificați ca datele și adresa să fie corecte. Întrebați ce tip de înregistrare ați primit: „atualizado”, „em curso” sau „incompleto”.
        4. Păstrați hârtia cu numărul de utilizator.
        5. Dacă aveți permis de ședere, cereți și medic de familie. Dacă nu e niciun medic liber, intrați pe lista de așteptare.

        ## Documente necesare
        - Pașaport sau permis de ședere. Dacă aveți, dovada cererii depuse la AIMA.
        - NIF și NISS, dacă le aveți.
        - Dovada adresei: contract de închiriere sau adeverință de domiciliu (atestado de residência) de la Junta de Freguesia. Fără permis de ședere, aduceți adeverința care arată că locuiți în Portugalia de mai mult de { $health-undocumented-min-days ->
            [one] { $health-undocumented-min-days } zi
            [few] { $health-undocumented-min-days } zile
           *[other] { $health-undocumented-min-days } de zile
        }.
        - Pentru un copil: documentul copilului și al unuia dintre părinți.

        ## Costuri
        - Înscrierea este gratuită.
        - Cu înregistrare „atualizado”, consultațiile la centrul de sănătate nu au taxă moderatoare (taxa moderadora).
        - Cu înregistrare „em curso” sau „incompleto”, îngrijirile din afara listei de mai sus pot fi taxate. Ce se plătește nu este clar: la { $health-ers-clarification-date } ERS a cerut Ministerului Sănătății să lămurească acest lucru, iar noi nu am găsit un răspuns. Întrebați la ghișeu înainte de o consultație care nu e urgentă.

        ## Serviciile de sănătate și AIMA
        Nu am găsit nicio regulă care să oblige centrele de sănătate sau spitalele să anunțe AIMA ori poliția despre situația de ședere a unui pacient, nici un text oficial care să spună că nu o fac niciodată. Cadrele medicale sunt obligate la secret profesional. În martie 2025, o asociație a avertizat că noile reguli RNU permit transmiterea datelor către alte instituții, fără să spună care. Dacă aveți îndoieli, întrebați la centrul de sănătate, la SNS 24, la ERS sau la un CNAI. Într-o urgență, nu ezitați să mergeți la camera de gardă.

        ## Dacă ceva nu merge
        - V-au refuzat înscrierea: cereți motivul în scris și numele serviciului. Scrieți în registrul de reclamații (Livro de Reclamações) sau depuneți o plângere la ERS.
        - Cereți ajutor la Linia de Sprijin pentru Migranți (Linha de Apoio a Migrantes), { $lam-phone-landline } sau { $lam-phone-mobile }, sau la un CNAI.
        - V-ați mutat: cereți transferul înscrierii la centrul de sănătate din noua zonă.
    .keywords = număr de utilizator, numar de utilizator, număr de pacient, numero de utente, número de utente, utente, card de sănătate, card de sanatate, NNU, RNU, SNS, serviciul național de sănătate, sanatate gratuita, centru de sănătate, centru de sanatate, centro de saude, dispensar, policlinică, medic de familie, înscriere la medic, inscriere la medic de familie, consultație, consultatie, medic, doctor, programare la medic, vaccinuri, rețetă, reteta, fără acte, fara acte, fără permis de ședere, fara permis de sedere, atestado, registo em curso, registo incompleto, AIMA, denunț
    .questions =
        cum fac numero de utente
        am NISS, imi trebuie alt numar ca sa merg la spital?
        numar de sanatate SNS pentru romani
        sunt aici de o luna si lucrez, cum ma inregistrez ca sa am numar de utente
        pe numarul de utente scrie registo incompleto, ce inseamna
        imi trebuie atestado ca sa ma inscriu la centrul de sanatate
        cu certificatul CRUE ce acte duc la centro de saude pentru utente
        numarul de utente e gratuit?
        cum ma inscriu in sistemul de sanatate portughez

emergency-and-sns24 = Urgențe ({ $emergency-phone }) și linia SNS 24
    .summary = Într-o urgență în care viața cuiva este în pericol sunați la { $emergency-phone }: apelul este gratuit. Pentru o problemă de sănătate care nu este urgentă sunați mai întâi la SNS 24, { $sns24-phone }: un profesionist din sănătate vă evaluează cazul și vă spune ce să faceți și unde să mergeți.
    .body =
        ## Când sunați la { $emergency-phone }
        Numărul european de urgență este { $emergency-phone }. Sunați când viața cuiva este în pericol:
        - greutate mare la respirat, durere puternică în piept, leșin, convulsii sau o sângerare care nu se oprește;
        - semne de AVC: gura strâmbă, slăbiciune pe o parte a corpului, greutate la vorbit;
        - accidente grave, incendii, agresiuni sau o infracțiune care se petrece chiar atunci.

        Apelul este gratuit și se poate face de pe orice mobil, chiar și fără credit. Cei de la { $emergency-phone } trimit ambulanța INEM, pompierii sau poliția.

        ## Ce spuneți la { $emergency-phone }
        1. Ce s-a întâmplat și câte persoane au nevoie de ajutor.
        2. Unde sunteți: adresa, localitatea și repere din apropiere.
        3. Numărul de telefon de pe care sunați.
        4. Răspundeți la întrebări, vorbiți rar și nu închideți până nu vi se spune.

        ## SNS 24: când nu este o urgență
        - Febră, vărsături, dureri, o rană mică, un copil bolnav sau întrebări despre medicamente: sunați la SNS 24, { $sns24-phone }. Răspunde la orice oră, în fiecare zi.
        - Un profesionist din sănătate face triajul și vă spune ce să faceți: să vă tratați acasă, să mergeți la centrul de sănătate sau la urgențe. Dacă e nevoie, vă trimite mai departe.
        - Puteți suna chiar dacă încă nu aveți număr de utilizator (número de utente).
        - SNS 24 are și un site ({ $sns24-web }) și o aplicație.

        ## La urgențele spitalului
        - În situații grave mergeți imediat sau sunați la { $emergency-phone }.
        - La sosire se face triajul: cazurile cele mai grave sunt primite primele. Cazurile ușoare pot aștepta multe ore.
        - Luați un act de identitate, numărul de utilizator dacă îl aveți și lista medicamentelor pe care le luați.
        - Multe spitale au urgențe separate pentru copii (urgência pediátrica).

        ## Costuri
        - Apelul la { $emergency-phone } este gratuit.
        - La urgențele spitalului plătiți taxa moderatoare (taxa moderadora) doar dacă ați venit din proprie inițiativă, fără să fiți trimis de SNS 24, de INEM sau de centrul de sănătate, și dacă nu sunteți internat. De aceea, când nu este grav, sunați mai întâi la SNS 24.
        - Cine nu este înscris în SNS poate primi mai târziu o factură.
        - Îngrijirile urgente nu sunt refuzate niciodată, cu sau fără acte, cu sau fără permis de ședere.

        ## Dacă ceva nu merge
        - Dacă credeți că ați fost tratat greșit, cereți Registrul de reclamații (Livro de Reclamações) la spital sau la centrul de sănătate.
        - Dacă nu aveți medic și nici număr de utilizator, vedeți cum vă înscrieți la centrul de sănătate.
    .keywords = { $emergency-phone }, urgenta, urgență, urgente, urgențe, la urgente, camera de garda, cameră de gardă, ambulanta, ambulanță, salvarea, salvare, chem salvarea, numar de urgenta, număr de urgență, spital, spitalul, pompieri, politia, poliția, febra, febră, febra mare, durere, dureri, copil bolnav, copilul e bolnav, bolnav noaptea, doctor noaptea, medic de garda, telefon medic, linie medicala, triaj, cat costa urgenta, accident, INEM, inem, SNS 24, sns24, sns 24, saúde 24, saude 24, linha saude, { $sns24-phone }, emergência, emergencia, urgência, urgencia, urgências, urgencias, bombeiros, taxa moderadora, 911
    .questions =
        numar de urgenta portugalia
        numar sns 24
        copilul are febra mare noaptea, pe cine sun
        ambulanta se plateste?
        merg la urgente sau sun intai la linia de sanatate
        cat costa urgenta la spital
        se vorbeste romana sau engleza la 112?
        ce spun cand sun la salvare
        am mers la urgenta fara sa sun la sns 24, platesc mai mult?

family-doctor = Medicul de familie și centrul de sănătate
    .summary = Medicul de familie (médico de família) are grijă de sănătatea dumneavoastră și a familiei la centrul de sănătate (centro de saúde) din zona în care locuiți. Ca să aveți unul, înscrieți-vă la centrul de sănătate cu numărul de utilizator (número de utente) și cereți medic de familie. Dacă nu este loc, intrați pe lista de așteptare, dar sunteți consultat în continuare.
    .body =
        Centrul de sănătate (centro de saúde) este primul loc unde mergeți în Serviciul Național de Sănătate (Serviço Nacional de Saúde, SNS). Se poate numi USF (Unidade de Saúde Familiar) sau UCSP și face parte din Unitatea locală de sănătate (Unidade Local de Saúde, ULS) din zona dumneavoastră. Acolo aveți o echipă de familie: medicul de familie și asistentul medical de familie (enfermeiro de família).

        ## Ce face medicul de familie
        - Consultații când sunteți bolnav și consultații de control.
        - Rețete și reînnoirea rețetelor pentru medicamentele pe care le luați mereu.
        - Trimiteri pentru analize și investigații și trimiteri la specialist, la spital.
        - Concediul medical (baixa médica, certificado de incapacidade temporária) când nu puteți lucra.
        - Urmărirea sarcinii, consultațiile copiilor, vaccinurile și planificarea familială.

        ## Cine poate avea medic de familie
        - Cei care locuiesc în Portugalia și sunt înscriși la centrul de sănătate din zona în care locuiesc.
        - De regulă, ca să vi se dea un medic de familie, trebuie să aveți înscrierea completă, cu permis de ședere (autorização de residência) valabil și adresă în Portugalia.
        - Cei care încă nu au permis de ședere sunt și ei consultați la centrul de sănătate, după reguli proprii.

        ## Pașii
        1. Cereți numărul de utilizator (número de utente), dacă nu îl aveți încă.
        2. La ghișeul de primire (secretariado clínico) al centrului de sănătate din zona adresei dumneavoastră, cereți înscrierea la unitate și un medic de familie.
        3. Verificați adresa, numărul de mobil și e-mailul: pe acolo primiți anunțurile.
        4. Dacă nu este niciun medic liber, sunteți trecut pe lista de așteptare. Între timp, pentru o problemă de sănătate, cereți o consultație în aceeași zi (consulta aberta sau de recurso) la centrul de sănătate.
        5. Faceți programări la ghișeu, la telefonul centrului de sănătate, pe site-ul SNS 24 ({ $sns24-web }) sau în aplicația SNS 24.

        ## Ce documente duceți
        - Numărul de utilizator, pașaportul sau permisul de ședere (título de residência).
        - Dovada adresei: contractul de închiriere (contrato de arrendamento) sau adeverința de domiciliu (atestado de residência) de la Junta de Freguesia.
        - NIF și NISS, dacă le aveți deja.
        - Pentru copii: actele și carnetul de vaccinări (boletim de vacinas) ale fiecărui copil.

        ## Costuri
        - Înscrierea și medicul de familie sunt gratuite.
        - Pentru consultațiile la centrul de sănătate nu se plătește taxa moderatoare (taxa moderadora).
        - La farmacie plătiți partea din prețul medicamentelor pe care nu o acoperă SNS (comparticipação).

        ## Dacă ceva nu merge
        - Aveți nevoie de ajutor și nu găsiți consultație: sunați la SNS 24, { $sns24-phone }. Într-o urgență, la { $emergency-phone }.
        - Vreți să faceți o reclamație: folosiți Registrul de reclamații (Livro de Reclamações) sau biroul pentru cetățeni (gabinete do cidadão) al ULS.
        - V-ați mutat: cereți transferul înscrierii la centrul de sănătate din noua zonă.
        - Nu vorbiți bine portugheza: luați cu dumneavoastră pe cineva de încredere sau sunați la Linia de sprijin pentru migranți (Linha de Apoio a Migrantes), { $lam-phone-landline } sau { $lam-phone-mobile }.
    .keywords = medic de familie, medicul de familie, medic familie, doctor de familie, doctorita, doctor, medic, medic generalist, dispensar, policlinica, centru de sanatate, centrul de sănătate, centru medical, ma inscriu la medic, inscriere la medic, n-am medic de familie, nu am medic de familie, fara medic, lista de asteptare, programare la medic, programare la doctor, consultatie, consultație, reteta, rețetă, reteta compensata, prelungire reteta, trimitere, analize, concediu medical, certificat medical, adeverinta medicala, schimb medicul, centro de saúde, centro de saude, médico de família, medico de familia, USF, UCSP, ULS, unidade de saúde familiar, enfermeiro de família, consulta aberta, consulta do dia, baixa médica, baixa medica, CIT, SNS, sns, SNS 24, app sns24, marcar consulta, número de utente
    .questions =
        cum am medic de familie in portugalia
        nu am medic de familie, lista de asteptare
        inscriere la centro de saude
        cu CRUE pot avea medic de familie?
        cum fac programare la medicul de familie
        ce e USF si UCSP
        cat costa consultatia la centrul de sanatate
        centrul de sanatate refuza sa ma inscrie
        reteta fara medic de familie

health-without-papers = Sănătatea fără permis de ședere
    .summary = Fără permis de ședere puteți folosi Serviciul Național de Sănătate (SNS) și primi număr de utilizator, cu înregistrare „em curso” (în curs) sau „incompleto” (incompletă) (Autoritatea de Reglementare a Sănătății, ERS, { $health-ers-faq-date }). Urgențele, sarcina și nașterea, copiii, vaccinurile și bolile contagioase sunt tratate indiferent de situație; alte îngrijiri pot fi taxate. Nu am găsit nicio regulă care să oblige serviciile de sănătate să anunțe AIMA.
    .body =
        Legea de bază a sănătății (Lei de Bases da Saúde) îi include printre beneficiarii SNS pe migranți, cu sau fără situație regularizată. ERS a repetat acest lucru în întrebările frecvente din { $health-ers-faq-date }. Nimeni nu poate rămâne fără îngrijiri urgente.

        ## Ce s-a schimbat și ce nu e încă lămurit
        - Regulile Registrului Național al Utilizatorilor (RNU) s-au schimbat prin Despacho n.º 14830/2024 din { $health-rnu-rules-date }. În aprilie 2025, o știre a spus că înscrierea cere de acum permis de ședere.
        - Potrivit ERS (august 2025), numărul de utilizator se dă în continuare oricui se adresează unei unități SNS. Fără permis de ședere valabil, înregistrarea este „em curso” sau „incompleto”.
        - La { $health-restriction-bill-date }, Parlamentul a aprobat un proiect care limitează accesul la SNS al străinilor fără ședere legală. Nu am găsit această lege publicată. Dacă auziți de reguli noi, verificați la ERS sau la centrul de sănătate.
        - Ce se plătește nu este clar: la { $health-ers-clarification-date } ERS a cerut Ministerului Sănătății să lămurească accesul și plata pentru cei care nu au nici permis de ședere, nici adeverință de la Junta, iar noi nu am găsit un răspuns.

        ## Îngrijiri garantate
        Potrivit ERS și instrucțiunilor Ministerului Sănătății pe care le citează, aceste îngrijiri se acordă cu sau fără permis de ședere:
        - îngrijiri urgente și urgențe vitale;
        - sarcină, naștere și perioada de după naștere, planificare familială;
        - îngrijiri pentru copii și tineri minori;
        - vaccinuri și boli contagioase periculoase pentru sănătatea publică, ca tuberculoza sau HIV;
        - îngrijiri pentru persoane în excluziune socială sau cu lipsă de mijloace confirmată de Securitatea Socială (Segurança Social).

        ## Alte îngrijiri
        - Consultațiile și analizele din afara acestei liste pot fi taxate la prețurile SNS. Factura poate veni mai târziu.
        - Cu o adeverință de la Junta de Freguesia că locuiți în Portugalia de mai mult de { $health-undocumented-min-days ->
            [one] { $health-undocumented-min-days } zi
            [few] { $health-undocumented-min-days } zile
           *[other] { $health-undocumented-min-days } de zile
        }, regulile RNU scutesc de plată „îngrijirile urgente și vitale”. Ce cuprind acestea nu este definit.
        - Înainte de o consultație care nu e urgentă, întrebați la ghișeu dacă veți plăti.

        ## Pași
        1. Cereți o adeverință de domiciliu (atestado de residência) la Junta de Freguesia.
        2. Mergeți la centrul de sănătate din zona în care locuiți și cereți înregistrarea ca utilizator. Întrebați ce tip de înregistrare ați primit și păstrați numărul de utilizator.
        3. Dacă aveți o cerere în curs la AIMA, aduceți dovada și arătați-o la ghișeu.
        4. Într-o urgență, mergeți la camera de gardă a spitalului sau sunați la { $emergency-phone }, cu sau fără acte.

        ## Documente necesare
        - Pașaport sau alt act de identitate. Fără act, spuneți totuși numele și data nașterii: urgența nu așteaptă actele.
        - Adeverința de domiciliu de la Junta de Freguesia.
        - Dovada cererii la AIMA, dacă o aveți.
        - Dacă nu aveți cu ce plăti: o declarație de lipsă de mijloace (carência económica) de la Securitatea Socială.

        ## Serviciile de sănătate și AIMA
        - Nu am găsit nicio regulă care să oblige centrele de sănătate sau spitalele să anunțe AIMA ori poliția despre situația de ședere a unui pacient, nici un text oficial care să spună că nu o fac niciodată.
        - Medicii, asistentele și ceilalți profesioniști din sănătate sunt obligați la secret profesional, iar datele dumneavoastră medicale sunt protejate.
        - În martie 2025, o asociație (Humans Before Borders) a avertizat că noile reguli RNU permit transmiterea datelor către alte instituții, fără să spună care.
        - Dacă aveți îndoieli, întrebați la centrul de sănătate, la SNS 24 ({ $sns24-phone }), la ERS sau la un CNAI. Nu renunțați la îngrijiri urgente de frică.

        ## Dacă ceva nu merge
        - V-au refuzat îngrijirea: cereți motivul în scris, scrieți în registrul de reclamații (Livro de Reclamações) sau depuneți o plângere la ERS.
        - Ați primit o factură pe care nu o puteți plăti: vorbiți cu serviciile spitalului și cu Securitatea Socială.
        - Pentru ajutor în limba dumneavoastră: Linia de Sprijin pentru Migranți (Linha de Apoio a Migrantes), { $lam-phone-landline } sau { $lam-phone-mobile }, sau un CNAI.
    .keywords = fără acte, fara acte, fără documente, fara documente, ilegal, nelegal, situație neregulată, fără permis de ședere, fara permis de sedere, fără rezidență, fara rezidenta, fără viză, viză expirată, viza expirata, aștept AIMA, astept AIMA, dosar în curs, imigrant ilegal, pot merge la doctor, pot merge la medic, pot merge la spital, spital, centru de sănătate, centru de sanatate, SNS, număr de utilizator, numero de utente, trebuie să plătesc, trebuie sa platesc, plată consultație, factură spital, factura spital, denunț, denunt, mă denunță, spitalul anunță AIMA, poliție, politie, AIMA află, secret medical, confidențialitate, atestado da junta, registo em curso, registo incompleto, număr provizoriu, urgență, urgenta, gravidă, gravida, vaccinuri, tuberculoză, HIV, SIDA, sănătate gratuită
    .questions =
        pot merge la spital fara acte
        sunt fara permis de sedere, platesc doctorul?
        mi-a expirat viza, mai pot folosi SNS?
        spitalul ma raporteaza la imigrari?
        astept raspuns de la AIMA, am acces la doctor?
        am primit factura de la spital ca nu am rezidenta
        ce tratamente sunt gratuite pentru cei fara acte
        pot merge la doctor doar cu pasaportul

pregnancy-and-children-health = Sarcina și sănătatea copiilor
    .summary = În timpul sarcinii, consultațiile la centrul de sănătate, analizele, ecografiile și nașterea la un spital SNS sunt asigurate, și pentru cele care nu au permis de ședere. Vaccinurile din Programul național de vaccinare sunt gratuite, iar copiii au consultații regulate la centrul de sănătate.
    .body =
        Sănătatea femeilor însărcinate și a copiilor este o prioritate a Serviciului Național de Sănătate (Serviço Nacional de Saúde, SNS). Aceste îngrijiri nu depind de situația părinților la AIMA.

        ## În timpul sarcinii
        1. Imediat ce aflați că sunteți însărcinată, mergeți la centrul de sănătate (centro de saúde) din zona dumneavoastră și cereți consultația de urmărire a sarcinii (consulta de vigilância da gravidez).
        2. Primiți Carnetul de sănătate al gravidei (Boletim de Saúde da Grávida): luați-l la toate consultațiile, la analize și la naștere.
        3. Consultațiile, analizele și ecografiile fac parte din urmărirea sarcinii. Unele ecografii se fac la clinici care au contract cu SNS, cu trimiterea (requisição) de la centrul de sănătate.
        4. Centrul de sănătate vă poate da un „cheque-dentista” (un bon) ca să mergeți la dentist în timpul sarcinii.
        5. Nașterea are loc la un spital SNS. Dacă nu este o urgență, înainte să mergeți la urgențele de obstetrică, sunați la SNS 24 ({ $sns24-phone }): au un serviciu pentru gravide și vă spun la ce spital să mergeți.

        Dacă lucrați, aveți dreptul să lipsiți de la muncă pentru consultațiile de sarcină fără să pierdeți din salariu. Anunțați angajatorul (entidade patronal) și cereți o adeverință la centrul de sănătate.

        ## După naștere
        - Înregistrați bebelușul în cel mult { $birth-registration-days ->
            [one] { $birth-registration-days } zi
            [few] { $birth-registration-days } zile
           *[other] { $birth-registration-days } de zile
        }: la spital, dacă are ghișeul „Nascer Cidadão”, sau la un oficiu de stare civilă (Conservatória do Registo Civil).
        - În primele zile de viață se face „teste do pezinho” (testul din călcâi), o analiză de sânge pentru depistarea bolilor rare.
        - Programați prima consultație a bebelușului la centrul de sănătate și cereți numărul lui de utilizator (número de utente).
        - Ajutoarele în bani, ca alocația prenatală (abono pré-natal) și indemnizația pentru creșterea copilului (subsídio parental), se cer la asigurările sociale (Segurança Social).

        ## Vaccinuri
        - Vaccinurile din Programul național de vaccinare (Programa Nacional de Vacinação, PNV) sunt gratuite pentru toți copiii și adulții, cu sau fără permis de ședere. Se fac la centrul de sănătate.
        - Luați carnetul de vaccinări din țara dumneavoastră: asistentul medical vede ce lipsește și completează carnetul (boletim de vacinas).

        ## Sănătatea copiilor
        - Copiii au consultații regulate de sănătate (saúde infantil) la centrul de sănătate, cu medicul și asistentul medical de familie, chiar și atunci când sunt sănătoși.
        - Luați întotdeauna Carnetul de sănătate al copilului (Boletim de Saúde Infantil e Juvenil).
        - Copil bolnav: sunați la SNS 24. Multe spitale au urgențe pentru copii (urgência pediátrica).

        ## Costuri
        - Urmărirea sarcinii, nașterea, consultațiile copiilor și vaccinurile din programul național sunt gratuite, cu sau fără permis de ședere.
        - La farmacie se poate să plătiți o parte din medicamentele prescrise.

        ## Dacă ceva nu merge
        - V-au refuzat consultația: cereți motivul în scris și scrieți în Registrul de reclamații (Livro de Reclamações) sau la Autoritatea de reglementare în sănătate (Entidade Reguladora da Saúde, ERS).
        - Într-o urgență, în timpul sarcinii sau cu un copil, sunați la { $emergency-phone }.
        - Pentru ajutor în limba dumneavoastră: Linia de sprijin pentru migranți (Linha de Apoio a Migrantes), { $lam-phone-landline } sau { $lam-phone-mobile }.
    .keywords = sarcina, sarcină, insarcinata, însărcinată, sunt insarcinata, gravida, gravidă, graviditate, consultatie sarcina, urmarirea sarcinii, ginecolog, ginecologie, ecografie, ecografii, analize, nastere, naștere, sa nasc, unde nasc, maternitate, cezariana, dentist gratuit, bebe, bebeluș, bebelus, nou nascut, nou-născut, copil, copii, copilul, pediatru, pediatrie, copil bolnav, vaccin, vaccinuri, vaccinare, carnet de vaccinari, vaccinuri copii, inregistrare bebe, certificat de nastere, test din calcai, contraceptie, anticonceptionale, avort, planificare familiala, gravidez, grávida, gravida, consulta de gravidez, vigilância da gravidez, ecografia, parto, obstetrícia, obstetricia, boletim da grávida, cheque-dentista, cheque dentista, bebé, teste do pezinho, nascer cidadão, registo de nascimento, vacinas, vacinação, boletim de vacinas, PNV, programa nacional de vacinação, urgência pediátrica, saúde infantil, IVG, abono pré-natal, subsídio parental
    .questions =
        sunt insarcinata, unde fac controalele in portugalia
        vaccinurile sunt obligatorii pentru copii in portugalia?
        nasterea la spitalul public se plateste?
        unde fac ecografiile in sarcina
        schema de vaccinare bebelus portugalia
        numar utente pentru nou-nascut
        controale pentru copii la centrul de sanatate
        sunt gravida fara acte, pot naste la spital?
        carnetul de sanatate al copilului
        planificare familiala si contraceptie gratuita
