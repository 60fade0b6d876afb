# Imigrare: permise de ședere, vize și AIMA.

residence-permit-work = Permis de ședere pentru muncă
    .summary = Ca să locuiți și să lucrați în Portugalia, ca angajat sau pe cont propriu, aveți nevoie de un permis de ședere (autorização de residência), pe care îl cereți la AIMA. Din 2024 trebuie să veniți cu o viză de ședere: nu vă mai puteți legaliza cu un contract de muncă dacă ați intrat ca turist.
    .body =
        Permisul de ședere (i se mai spune și „título de residência”) este documentul care vă dă dreptul să locuiți și să lucrați în Portugalia. De el se ocupă AIMA (Agência para a Integração, Migrações e Asilo), care a înlocuit fostul SEF la { $sef-abolished }.

        ## Ce s-a schimbat
        - De la { $manifestation-of-interest-ended } nu mai există „manifestarea de interes” (manifestação de interesse): nu mai puteți cere permis de ședere doar cu un contract de muncă, dacă ați intrat fără viză. Dosarele depuse deja înainte merg mai departe.
        - Prin Legea 61/2025 (Lei 61/2025), în vigoare de la { $foreigners-law-2025-in-force }, viza pentru căutarea unui loc de muncă a rămas doar pentru persoanele cu înaltă calificare.

        ## Cine poate cere
        - Angajații (por conta de outrem) care au un contract de muncă sau o promisiune de contract de muncă.
        - Cei care lucrează pe cont propriu (trabalhadores independentes) și și-au deschis activitatea la Finanțe (Finanças).
        - În ambele cazuri trebuie să fi intrat în țară cu o viză de ședere pentru muncă (visto de residência), eliberată de consulatul Portugaliei din țara dumneavoastră.

        ## Pașii
        1. Cereți viza de ședere pentru muncă la consulatul Portugaliei din țara în care locuiți.
        2. Intrați în Portugalia cu această viză. De obicei, programarea la AIMA se face automat când vi se eliberează viza.
        3. Mergeți la AIMA în ziua programării, cu documentele originale.
        4. Plătiți taxa și așteptați decizia. Cartea de rezidență vine prin poștă, la adresa pe care ați dat-o.

        ## Ce documente duceți
        - Pașaport valabil, cu viza de ședere.
        - Contractul de muncă, promisiunea de contract sau, dacă lucrați pe cont propriu, declarația de începere a activității (declaração de início de atividade).
        - Numărul fiscal (NIF) și numărul de asigurări sociale (NISS).
        - Dovada locuinței și dovada că aveți din ce trăi (meios de subsistência).
        - Cazierul judiciar (registo criminal) din țara de origine.

        ## Cât costă și cât este valabil
        AIMA a actualizat lista de taxe (anunț din { $aima-fee-table-updated }); verificați suma actuală pe { $aima-web }. Primul permis este valabil de obicei { $residence-permit-first-years ->
            [one] { $residence-permit-first-years } an
            [few] { $residence-permit-first-years } ani
           *[other] { $residence-permit-first-years } de ani
        } și poate fi reînnoit.

        ## Dacă ceva nu merge
        Dacă dosarul dumneavoastră stă pe loc, scrieți la AIMA prin formularul { $aima-contact-form }. Pentru ajutor în limba dumneavoastră, sunați la Linia de sprijin pentru migranți (Linha de Apoio a Migrantes): { $lam-phone-landline } (de pe telefon fix) sau { $lam-phone-mobile } (de pe mobil).
    .keywords = permis de sedere, permis de ședere, permis de sedere pentru munca, obtinere permis de sedere, permisul de sedere, permis sedere, rezidenta, rezidență, rezidenta portugalia, carte de rezidenta, cartea de rezidență, buletin portughez, acte, actele, legalizare, legalizat, ma legalizez, sa ma legalizez, viza de munca, viză de muncă, viza de sedere, viza, contract de munca, lucru in portugalia, munca in portugalia, pe cont propriu, independent, PFA, autorização de residência, autorizacao de residencia, título de residência, titulo de residencia, AR, visto de residência, manifestação de interesse, manifestacao de interesse, SEF, AIMA, recibos verdes

aima-appointments = Programări la AIMA și urmărirea dosarului
    .summary = AIMA nu face programări la telefon. Programarea se face automat, când vi se eliberează viza sau când depuneți cererea pe un portal AIMA, ori o cereți prin formularul de contact, o singură cerere de persoană.
    .body =
        AIMA (Agência para a Integração, Migrações e Asilo) se ocupă de permisele de ședere de la { $sef-abolished }, când a înlocuit SEF. Ca să rezolvați un dosar la un ghișeu AIMA, aveți nevoie de o programare (în portugheză „marcação” sau „agendamento”).

        ## Cum se face programarea
        - Nu la telefon. Linia generală AIMA ({ $aima-phone }) și adresa de e-mail { $aima-email } sunt doar pentru informații, nu pentru programări.
        - Cu viză de ședere: când consulatul eliberează viza, Ministerul Afacerilor Externe vă face imediat programarea la AIMA. Păstrați mesajul cu ziua, ora și locul.
        - Cu cererea depusă pe internet: dacă ați depus cererea pe un portal AIMA ({ $aima-portal-services }, { $aima-portal-servicos } sau, pentru reînnoiri, { $aima-portal-renewals }), AIMA face programarea și vă anunță la datele de contact pe care le-ați dat.
        - În celelalte cazuri, sau dacă programarea nu a venit niciodată, cereți-o prin formularul de contact { $aima-contact-form }.

        ## Pașii în formularul de contact
        1. Deschideți { $aima-contact-form }.
        2. Alegeți subiectul cel mai apropiat de cazul dumneavoastră.
        3. Scrieți numele exact ca în pașaport, numărul pașaportului și numărul dosarului (número do processo), dacă îl aveți deja.
        4. Trimiteți o singură cerere de persoană. Pentru familie, faceți câte o cerere pentru fiecare persoană. Dacă trimiteți aceeași cerere de mai multe ori, nu merge mai repede.
        5. Păstrați confirmarea și verificați des e-mailul, inclusiv dosarul de spam.

        ## Urmărirea unui dosar în așteptare
        - Intrați pe portalul unde ați depus cererea și vedeți în ce stadiu este dosarul.
        - Păstrați întotdeauna dovada depunerii (comprovativo de submissão) și numărul dosarului: ele arată că cererea este în curs.
        - Structura de Misiune (Estrutura de Missão), creată ca să rezolve dosarele întârziate, trebuia să se încheie la { $aima-mission-structure-end }. Dacă dosarul dumneavoastră era acolo, întrebați AIMA prin formular unde se află acum.

        ## Ce duceți în ziua programării
        - Pașaportul valabil și, dacă aveți, viza sau cartea de rezidență.
        - Mesajul cu programarea.
        - Documentele originale cerute pentru tipul dumneavoastră de permis (de exemplu, contractul de muncă), cu copii.
        - NIF, NISS și dovada adresei.

        Veniți din timp. Dacă nu puteți veni, anunțați AIMA prin formular.

        ## Costuri
        Programarea este gratuită. Plătiți doar taxele pentru cerere. Lista de taxe AIMA a fost actualizată de curând: verificați suma pe { $aima-web }. Feriți-vă de cei care vă vând locuri sau vă promit programări rapide: AIMA nu vinde programări.

        ## Dacă ceva nu merge
        - Ați așteptat mult și nu ați primit răspuns: trimiteți formularul o singură dată, păstrați dovada și nu trimiteți cereri repetate.
        - Aveți nevoie de ajutor în limba dumneavoastră: sunați la Linia de sprijin pentru migranți (Linha de Apoio a Migrantes), { $lam-phone-landline } (de pe telefon fix) sau { $lam-phone-mobile } (de pe mobil sau din străinătate).
    .keywords = programare, programare aima, programari, programări, cum fac programare, loc liber, rand la aima, rând, ghiseu, ghișeu, dosar, dosarul, dosar in asteptare, stadiul dosarului, unde e dosarul, nu raspunde, nu răspunde, nimeni nu raspunde, fara raspuns, telefon aima, email aima, formular, reinnoire, reînnoire, amprente, interviu, convocare, AIMA, aima, SEF, sef, marcação, marcacao, agendamento, agendamentu, agendament, contactenos, processo pendente, biometria, estrutura de missão, loja aima, balcão aima
