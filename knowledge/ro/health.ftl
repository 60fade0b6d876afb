# Sănătate: numărul de utilizator, centrul de sănătate, urgențe și linia SNS 24.

sns-user-number = Numărul de utilizator SNS (número de utente)
    .summary = Numărul de utilizator (número de utente) vă dă acces la Serviciul Național de Sănătate (SNS): consultații la centrul de sănătate, medic de familie, vaccinuri și rețete. Îl cereți la centrul de sănătate din zona în care locuiți, chiar și fără permis de ședere. Îngrijirile de urgență nu sunt refuzate niciodată, nici fără număr de utilizator.
    .body =
        Numărul de utilizator (número de utente) este numărul dumneavoastră în Serviciul Național de Sănătate (Serviço Nacional de Saúde, SNS). Cu el vă puteți programa la consultații la centrul de sănătate (centro de saúde), puteți cere un medic de familie, vă puteți face vaccinurile, primiți rețete și puteți folosi SNS 24 pe internet ({ $sns24-web }) și în aplicație.

        ## Cine îl poate cere
        - Cei care locuiesc în Portugalia și au permis de ședere sau carte de rezidență.
        - Cei care locuiesc în Portugalia și încă nu au permis de ședere sau așteaptă răspuns de la AIMA. În acest caz înscrierea poate fi temporară, până când prezentați cartea de rezidență.
        - Copiii, oricare ar fi situația părinților.

        ## Pașii
        1. Aflați care este centrul de sănătate (sau Unitatea de Sănătate Familială, USF) din zona adresei dumneavoastră. Puteți întreba la Junta de Freguesia (primăria de cartier) sau la SNS 24, la { $sns24-phone }.
        2. Mergeți la ghișeul de primire (secretariado clínico) al centrului de sănătate și cereți să vă înscrieți ca utilizator (utente).
        3. Arătați documentele și verificați ca datele și adresa să fie trecute corect.
        4. Păstrați hârtia cu numărul de utilizator.
        5. Cereți și un medic de familie. Dacă nu este niciun medic liber, intrați pe o listă de așteptare, dar puteți avea consultații la centrul de sănătate.

        ## Ce documente duceți
        - Pașaportul sau cartea de rezidență. Dacă aveți, luați și dovada cererii depuse la AIMA.
        - Dovada adresei: contractul de închiriere sau adeverința de domiciliu (atestado de residência) de la Junta de Freguesia. Fără permis de ședere, adeverința de la Junta este documentul cerut cel mai des.
        - Pentru un copil: actul copilului și actul unuia dintre părinți.

        ## Costuri
        - Înscrierea este gratuită.
        - Pentru consultațiile la centrul de sănătate nu se plătește taxa moderatoare (taxa moderadora).
        - Cine încă nu are permis de ședere poate fi nevoit, în unele cazuri, să plătească îngrijirile care nu sunt urgente. Întrebați la ghișeu înainte de consultație.

        ## Urgența nu este refuzată niciodată
        Într-o urgență sunați la { $emergency-phone } sau mergeți la urgențele spitalului. Îngrijirile urgente nu sunt refuzate nimănui: nici celor fără număr de utilizator, nici celor fără acte sau fără permis de ședere.

        ## Dacă ceva nu merge
        - V-au refuzat înscrierea: cereți motivul în scris și numele serviciului. Reveniți cu adeverința de domiciliu de la Junta de Freguesia.
        - Cereți ajutor la Linia de sprijin pentru migranți (Linha de Apoio a Migrantes), { $lam-phone-landline } sau { $lam-phone-mobile }, sau la un CNAI.
        - Puteți scrie și în Registrul de reclamații (Livro de Reclamações) al centrului de sănătate.
        - V-ați mutat: cereți transferul înscrierii la centrul de sănătate din noua zonă.
    .keywords = numar de utente, număr de utente, numar utente, nr utente, numar de utilizator, număr de utilizator, numar sns, nr sns, card de sanatate, card sanatate, asigurare medicala, asigurare de sanatate, sanatate, sănătate, centru de sanatate, centrul de sănătate, policlinica, dispensar, medic de familie, medicul de familie, doctor, medic, ma inscriu la medic, inscriere la medic, înscriere, consultatie, consultație, vaccin, vaccinuri, reteta, rețetă, fara acte, fără acte, fara permis, adeverinta de domiciliu, número de utente, numero de utente, utente, cartão de utente, SNS, sns, serviço nacional de saúde, centro de saúde, centro de saude, USF, médico de família, medico de familia, atestado da junta, atestado de residência, junta de freguesia

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
