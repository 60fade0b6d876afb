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

health-without-papers = Sănătatea fără permis de ședere
    .summary = Cine locuiește în Portugalia fără permis de ședere poate folosi și el Serviciul Național de Sănătate (SNS). Urgențele, sarcina și nașterea, îngrijirile pentru copii, vaccinurile și bolile contagioase sunt asigurate; alte îngrijiri pot fi plătite. Personalul medical este obligat să păstreze secretul.
    .body =
        Legea de bază a sănătății (Lei de Bases da Saúde) îi trece pe migranți, cu sau fără acte în regulă, printre cei care au dreptul la SNS (Serviço Nacional de Saúde). Fără permis de ședere (autorização de residência), accesul are reguli proprii, dar nimeni nu poate fi lăsat fără îngrijiri urgente.

        ## Îngrijiri garantate
        După regulile Ministerului Sănătății, aceste îngrijiri nu sunt refuzate și nu se plătesc:
        - îngrijirile urgente și cele de care depinde viața;
        - bolile contagioase care sunt un pericol pentru sănătatea publică, cum ar fi tuberculoza sau HIV/SIDA;
        - sarcina, nașterea și perioada de după naștere, planificarea familială, întreruperea voluntară a sarcinii și îngrijirea nou-născutului;
        - îngrijirile pentru copiii și tinerii minori care locuiesc în Portugalia;
        - vaccinurile din Programul național de vaccinare (Programa Nacional de Vacinação);
        - îngrijirile pentru persoanele aflate în excluziune socială sau cu lipsuri materiale confirmate de asigurările sociale (Segurança Social).

        ## Alte îngrijiri
        - Consultațiile și investigațiile care nu sunt pe această listă pot fi plătite, la prețurile SNS. Factura poate veni mai târziu.
        - Regulile despre ce se plătește nu sunt clare: la { $health-ers-clarification-date }, Autoritatea de reglementare în sănătate (Entidade Reguladora da Saúde, ERS) a cerut Ministerului Sănătății să le lămurească. Înainte de o consultație care nu este urgentă, întrebați la ghișeu dacă va trebui să plătiți.

        ## Pașii
        1. Cereți o adeverință de domiciliu (atestado de residência) la Junta de Freguesia (primăria de cartier). Dacă este cazul, cereți să scrie că locuiți în Portugalia de mai mult de { $health-undocumented-min-days ->
            [one] { $health-undocumented-min-days } zi
            [few] { $health-undocumented-min-days } zile
           *[other] { $health-undocumented-min-days } de zile
        }.
        2. Mergeți la centrul de sănătate (centro de saúde) din zona în care locuiți și cereți înregistrarea ca utilizator (utente). Fără permis de ședere, înregistrarea rămâne „în curs” (em curso) sau „incompletă” (incompleto), dar primiți un număr de utilizator (número de utente).
        3. Dacă aveți o cerere în curs la AIMA, luați dovada și arătați-o la ghișeu.
        4. Într-o urgență, mergeți la urgențele spitalului sau sunați la { $emergency-phone }, cu sau fără acte.

        ## Ce documente duceți
        - Pașaportul sau alt act de identitate. Dacă nu aveți niciun act, spuneți totuși numele și data nașterii: la urgențe nu se așteaptă după hârtii.
        - Adeverința de domiciliu de la Junta de Freguesia.
        - Dovada cererii la AIMA, dacă o aveți.
        - Dacă nu aveți bani să plătiți: o declarație de lipsuri materiale (declaração de carência económica) de la Segurança Social.

        ## Confidențialitate
        - Medicii, asistenții medicali și ceilalți profesioniști din sănătate sunt obligați să păstreze secretul profesional, iar datele dumneavoastră medicale sunt protejate.
        - Rolul SNS este să trateze, nu să verifice situația de ședere. Nu renunțați să mergeți la medic de frică.

        ## Dacă ceva nu merge
        - V-au refuzat îngrijirile: cereți motivul în scris, scrieți în Registrul de reclamații (Livro de Reclamações) sau faceți o plângere la ERS.
        - Ați primit o factură pe care nu o puteți plăti: vorbiți cu serviciile spitalului și cu Segurança Social.
        - Pentru ajutor în limba dumneavoastră: Linia de sprijin pentru migranți (Linha de Apoio a Migrantes), { $lam-phone-landline } sau { $lam-phone-mobile }, sau un CNAI.
    .keywords = fara acte, fără acte, fara documente, fara permis, fără permis de ședere, fara rezidenta, fara rezidență, ilegal, ilegali, la negru, nelegalizat, nu sunt legalizat, viza expirata, astept aima, dosar la aima, pot merge la medic, pot sa merg la doctor, pot merge la spital, ma primeste la spital, spital, doctor, medic, trebuie sa platesc, cat platesc, factura spital, nota de plata, ma denunta, ma raporteaza, politia, ma da afara din tara, secret medical, confidential, fara asigurare, fara asigurare medicala, tuberculoza, HIV, SIDA, sem papéis, sem papeis, sem documentos, indocumentado, sem autorização de residência, processo pendente, centro de saúde, centro de saude, SNS, sns, urgência, urgencia, atestado da junta, atestado de residência, registo em curso, registo incompleto, número de utente, sigilo, carência económica, ERS

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
