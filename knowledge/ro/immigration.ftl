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

        ## Dacă cererea este respinsă
        Decide AIMA. Înainte să respingă, AIMA trebuie să vă trimită un proiect de decizie cu motivele (projeto de indeferimento): aceasta este audierea prealabilă (audiência prévia). De obicei aveți { $prior-hearing-working-days ->
            [one] { $prior-hearing-working-days } zi lucrătoare
            [few] { $prior-hearing-working-days } zile lucrătoare
           *[other] { $prior-hearing-working-days } de zile lucrătoare
        } ca să răspundeți în scris, să explicați și să adăugați documentele care lipsesc. Răspundeți întotdeauna în termenul din scrisoare: fără răspuns, respingerea devine de obicei definitivă.

        Decizia finală de respingere trebuie să arate motivele, dreptul de a o contesta în instanță și termenul. Puteți:
        - face o reclamație la AIMA (reclamação; termenul general este de { $administrative-complaint-days ->
            [one] { $administrative-complaint-days } zi
            [few] { $administrative-complaint-days } zile
           *[other] { $administrative-complaint-days } de zile
        }) sau un recurs la superiorul celui care a decis (recurso hierárquico);
        - contesta decizia la tribunalul administrativ (tribunal administrativo), în termenul arătat în decizie.

        Respingerea poate veni cu o notificare de a părăsi voluntar Portugalia într-un termen scurt. Căutați imediat un avocat; dacă nu puteți plăti, cereți asistență juridică (apoio judiciário) la Segurança Social. Aceste termene provin din rezumate ale legii făcute de avocați și jurnaliști, consultate în decembrie 2026, nu din textul oficial: verificați-le în scrisoarea primită, la AIMA, la un CNAI sau cu un avocat.

        ## Dacă dosarul este blocat
        Contactați AIMA prin formularul { $aima-contact-form }. Pentru ajutor în limba dumneavoastră, sunați la Linia de sprijin pentru migranți (Linha de Apoio a Migrantes): { $lam-phone-landline } (telefon fix) sau { $lam-phone-mobile } (mobil).
    .keywords = permis de sedere, permis de ședere, permis de sedere pentru munca, obtinere permis de sedere, permisul de sedere, permis sedere, rezidenta, rezidență, rezidenta portugalia, carte de rezidenta, cartea de rezidență, buletin portughez, acte, actele, legalizare, legalizat, ma legalizez, sa ma legalizez, viza de munca, viză de muncă, viza de sedere, viza, contract de munca, lucru in portugalia, munca in portugalia, pe cont propriu, independent, PFA, autorização de residência, autorizacao de residencia, título de residência, titulo de residencia, AR, visto de residência, manifestação de interesse, manifestacao de interesse, SEF, AIMA, recibos verdes, respins, respingere, cerere respinsă, cerere respinsa, indeferimento, proiect de respingere, audiere prealabilă, audiência prévia, reclamație, recurs, recurs ierarhic, tribunal administrativ, contestație, părăsirea țării, avocat
    .questions =
        sunt din Republica Moldova si am doar pasaport moldovenesc, cum fac permis de sedere pentru munca
        permis de munca portugalia pentru cetateni non UE
        sotul meu e din Ucraina, a venit ca turist si si-a gasit de lucru, poate ramane legal?
        manifestação de interesse mai exista sau s-a închis?
        viza de munca D1, ce fac la AIMA dupa ce ajung
        lucrez pe recibos verdes ca independent, primesc rezidenta pe baza asta?
        ce acte cere AIMA pentru permisul de sedere de munca
        cat costa cartea de rezidenta si pe cati ani e valabila
        mi-au respins cererea de autorização de residência, pot face contestatie?
        dosarul meu la aima sta blocat de doi ani fara raspuns
        am pierdut locul de munca dupa interviul de la AIMA, imi resping dosarul?

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
        - Structura de Misiune (Estrutura de Missão), creată ca să rezolve dosarele întârziate, a primit publicul pentru ultima dată la { $aima-mission-structure-last-day }, potrivit unei știri. Dosarele de acolo continuă online, iar AIMA cheamă prin e-mail pe cine trebuie să vină la un ghișeu. Dacă nu știți în ce stadiu este dosarul dumneavoastră, întrebați prin formular.

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
    .questions =
        programare la aima cum fac
        aima nu raspunde la telefon de luni de zile
        cum verific stadiul dosarului la AIMA
        am primit viza, cand primesc programarea pentru amprente
        formularul de contact aima de cate ori il pot trimite
        am trimis formularul si tot nu am programare, ce fac
        ce documente duc la programarea de la aima
        programarea la AIMA se plateste?
        cineva vinde programari aima pe grupul de romani de pe facebook, e teapa?
        unde urmaresc online procesul pendente

residence-permit-renewal = Reînnoirea permisului de ședere
    .summary = Permisul de ședere temporară trebuie reînnoit la AIMA înainte să expire, de obicei pe internet, pe Portal das Renovações. Păstrați dovada cererii (recibo): ea arată că sunteți în continuare legal cât așteptați cartea nouă.
    .body =
        Permisul de ședere temporară (título de residência) are o dată de expirare. Înainte de această dată cereți reînnoirea (renovação) la AIMA (Agência para a Integração, Migrações e Asilo), care a înlocuit SEF la { $sef-abolished }. Primul permis este valabil de obicei { $residence-permit-first-years ->
            [one] { $residence-permit-first-years } an
            [few] { $residence-permit-first-years } ani
           *[other] { $residence-permit-first-years } de ani
        }, iar fiecare reînnoire { $residence-permit-renewal-years ->
            [one] { $residence-permit-renewal-years } an
            [few] { $residence-permit-renewal-years } ani
           *[other] { $residence-permit-renewal-years } de ani
        }.

        ## Când începeți
        - Legea cere să faceți cererea cu cel puțin { $residence-permit-renewal-deadline-days ->
            [one] { $residence-permit-renewal-deadline-days } zi
            [few] { $residence-permit-renewal-deadline-days } zile
           *[other] { $residence-permit-renewal-deadline-days } de zile
        } înainte să expire permisul.
        - Portal das Renovações ({ $aima-portal-renewals }) deschide de obicei cererile la sfârșitul lunii dinaintea lunii în care expiră permisul.
        - Dacă v-ați schimbat locul de muncă, adresa sau pașaportul, spuneți acest lucru în cerere.

        ## Pașii
        1. Înregistrați-vă pe Portal das Renovações cu adresa de e-mail. Parola vine pe e-mail.
        2. Completați cererea și atașați documentele scanate.
        3. Plătiți imediat taxa cu documentul de plată (guia) pe care îl dă portalul: are un termen scurt.
        4. Descărcați dovada cererii de reînnoire (recibo do pedido de renovação) și păstrați-o.
        5. Dacă AIMA vă cheamă, mergeți la ghișeu cu documentele originale. Cartea nouă vine prin poștă.

        ## Documente
        - Pașaportul valabil și permisul de ședere actual.
        - Dovada că aveți din ce trăi (meios de subsistência): contractul de muncă, fluturașii de salariu (recibos de vencimento) sau declarația de impozit (IRS).
        - Locuința: contractul de închiriere (contrato de arrendamento) sau adeverința de domiciliu (atestado de residência) de la Junta de Freguesia.
        - Situația în regulă la Finanțe și la asigurările sociale (Segurança Social): adeverințele că nu aveți datorii (declarações de não dívida).
        - Studenții: dovada înscrierii și a rezultatelor la învățătură.
        - Permisul CPLP: cazierul judiciar (registo criminal) din țara de origine.

        ## Dacă permisul expiră cât așteptați
        - Dovada cererii de reînnoire ține loc de permis de ședere pentru o perioadă care poate fi prelungită. Purtați mereu cu dumneavoastră permisul vechi și dovada.
        - Legea mai spune că dreptul de ședere se pierde abia la { $residence-permit-grace-months ->
            [one] { $residence-permit-grace-months } lună
            [few] { $residence-permit-grace-months } luni
           *[other] { $residence-permit-grace-months } de luni
        } după ce expiră permisul. Chiar și așa, o cerere depusă după termen poate aduce o amendă (coima).
        - Prelungirile generale ale valabilității permiselor, făcute în pandemie, s-au terminat.
        - În afara Portugaliei, un permis expirat însoțit de dovada cererii poate să nu fie acceptat. Înainte să călătoriți, întrebați la AIMA.

        ## Costuri
        Cu noua listă de taxe AIMA (anunț din { $aima-fee-table-updated }), reînnoirea costă, după presă, între { $aima-fee-renewal-min } și { $aima-fee-renewal-max }. Verificați suma exactă pe { $aima-web }.

        ## Mai târziu
        După { $permanent-residence-years ->
            [one] { $permanent-residence-years } an
            [few] { $permanent-residence-years } ani
           *[other] { $permanent-residence-years } de ani
        } de ședere legală puteți cere permisul de ședere permanentă (autorização de residência permanente). Verificați condițiile la AIMA.

        ## Dacă ceva nu merge
        - Portalul nu primește cererea sau dă eroare: scrieți la AIMA prin formularul { $aima-contact-form }, o singură cerere.
        - Cererea a fost respinsă: în decizie trebuie să scrie de ce. Termenele pentru contestație sau recurs sunt scurte: cereți imediat ajutor juridic.
        - Pentru ajutor în limba dumneavoastră, sunați la Linia de sprijin pentru migranți (Linha de Apoio a Migrantes): { $lam-phone-landline } (de pe telefon fix) sau { $lam-phone-mobile } (de pe mobil).
    .keywords = reinnoire, reînnoire, reinnoire permis, reinnoire permis de sedere, reinnoiesc permisul, sa reinnoiesc rezidenta, reinnoire rezidenta, prelungire permis, prelungire rezidenta, permis expirat, mi-a expirat permisul, rezidenta expirata, carte de rezidenta expirata, a expirat, acte expirate, recipisa, chitanta reinnoire, dovada reinnoire, cat costa reinnoirea, taxa reinnoire, rezidenta permanenta, ședere permanentă, renovação, renovacao, renovar, renovar título, renovar residência, renovar AR, título caducado, titulo caducado, título vencido, caducou, portal das renovações, portal renovacoes, portal-renovacoes, recibo de renovação, comprovativo de renovação, prorrogação, AIMA, aima, SEF, residência permanente, autorização de residência, autorizacao de residencia, AR
    .questions =
        reinnoire carte de rezidenta portugalia pentru moldoveni
        imi expira titlul de rezidenta luna viitoare, ce fac
        portal das renovações nu merge
        mi-a expirat cardul cat astept reinnoirea, mai sunt legal?
        pot calatori in Moldova cu cardul expirat si chitanta de reinnoire?
        cu cate zile inainte de expirare cer reinnoirea
        acte necesare pentru reinnoirea permisului de sedere
        cat costa reinnoirea
        dupa 5 ani pot cere rezidenta permanenta in loc de reinnoire
        am uitat sa reinnoiesc si a expirat de 3 luni, iau amenda?

visas-entry = Vizele pentru intrarea în Portugalia
    .summary = Viza se cere înainte de călătorie, la consulatul Portugaliei din țara în care locuiți. Tipul de viză hotărăște ce puteți face în Portugalia: să vizitați, să stați o vreme sau să veniți să locuiți aici și apoi să cereți permisul de ședere la AIMA.
    .body =
        Viza (visto) vă dă voie să intrați în Portugalia cu un anumit scop. Se cere înainte de călătorie, la consulatul Portugaliei din țara în care locuiți legal, de multe ori printr-un centru de vize (VFS Global, BLS International sau TLScontact). Vizele le dă Ministerul Afacerilor Externe (Ministério dos Negócios Estrangeiros, { $mne-visas-web }); după ce intrați, de ședere se ocupă AIMA.

        ## Principalele tipuri
        - Viza de scurtă ședere (viza Schengen): pentru turism, vizite sau afaceri. Vă dă voie să stați cel mult { $schengen-short-stay-days ->
            [one] { $schengen-short-stay-days } zi
            [few] { $schengen-short-stay-days } zile
           *[other] { $schengen-short-stay-days } de zile
        } în orice perioadă de { $schengen-reference-period-days ->
            [one] { $schengen-reference-period-days } zi
            [few] { $schengen-reference-period-days } zile
           *[other] { $schengen-reference-period-days } de zile
        } în spațiul Schengen. Nu vă dă voie să lucrați.
        - Viza de ședere temporară (visto de estada temporária): pentru șederi de cel mult { $visa-temporary-stay-max-years ->
            [one] { $visa-temporary-stay-max-years } an
            [few] { $visa-temporary-stay-max-years } ani
           *[other] { $visa-temporary-stay-max-years } de ani
        }, de exemplu pentru tratament medical, muncă sezonieră sau cursuri. Nu vă dă permis de ședere.
        - Viza de ședere (visto de residência): ca să veniți să locuiți în Portugalia, pentru muncă, studii, cercetare, ca să vă alăturați familiei, ca să trăiți din venituri sau din pensie ori ca să lucrați la distanță (nomazi digitali). Vă dă voie să stați { $residence-visa-validity-months ->
            [one] { $residence-visa-validity-months } lună
            [few] { $residence-visa-validity-months } luni
           *[other] { $residence-visa-validity-months } de luni
        }; în acest timp cereți permisul de ședere (autorização de residência) la AIMA.
        - Viza pentru căutarea unui loc de muncă calificat: de la { $foreigners-law-2025-in-force } (Legea 61/2025, Lei 61/2025) înlocuiește vechea viză pentru căutarea unui loc de muncă și este doar pentru persoanele cu înaltă calificare, în profesiile stabilite de Guvern. Întrebați la consulat dacă se poate cere deja.

        ## Intrarea fără viză
        Cetățenii unor țări, ca Brazilia, Timor-Leste sau Republica Moldova (cu pașaport biometric), pot intra fără viză pentru șederi scurte. Dar cine intră ca turist nu poate lucra și nici nu poate cere apoi permis de ședere: „manifestarea de interes” (manifestação de interesse) s-a terminat la { $manifestation-of-interest-ended }, iar de la { $foreigners-law-2025-in-force } și cetățenii CPLP au nevoie de viză de ședere.

        ## La frontieră: EES și ETIAS
        - Din { $ees-start }, Sistemul de intrare/ieșire al Uniunii Europene (EES) înregistrează, la frontierele externe ale spațiului Schengen, persoanele care nu sunt cetățeni ai UE și vin pentru o ședere scurtă, cu sau fără viză. La prima intrare vi se iau amprentele și o fotografie; fiecare intrare și ieșire este înregistrată, în locul ștampilei din pașaport. Înregistrarea este gratuită și se face chiar la frontieră. A fost introdus treptat, pe parcursul a { $ees-rollout-months ->
            [one] { $ees-rollout-months } lună
            [few] { $ees-rollout-months } luni
           *[other] { $ees-rollout-months } de luni
        }.
        - Pe aeroportul din Lisabona, Guvernul a suspendat EES timp de { $ees-lisbon-suspension-months ->
            [one] { $ees-lisbon-suspension-months } lună
            [few] { $ees-lisbon-suspension-months } luni
           *[other] { $ees-lisbon-suspension-months } de luni
        } începând cu { $ees-lisbon-suspended }, din cauza cozilor lungi. Nu am putut confirma cum funcționează astăzi: așteptați-vă la timp de așteptare la sosire.
        - ETIAS este o autorizație de călătorie care se cere online (nu este o viză), pentru cei care pot intra fără viză, de exemplu cetățenii Braziliei sau ai Timorului de Est. A fost anunțat pentru ultimul trimestru din 2026, dar sursele consultate în decembrie 2026 nu se potrivesc: una spune că va fi obligatoriu abia din aprilie 2027. Înainte de călătorie, verificați pe site-ul oficial al Uniunii Europene sau la consulat dacă este deja necesar și fiți atenți la site-urile care cer bani ca să facă cererea.

        ## Pașii
        1. Alegeți viza după motivul călătoriei și faceți programare pentru depunerea cererii.
        2. Depuneți documentele și plătiți taxa; suma și timpul până la decizie depind de viză și de consulat. Nu cumpărați biletul înainte de decizie.
        3. Cu viza de ședere, intrați în Portugalia cât timp viza este valabilă. Programarea la AIMA se face de obicei automat când vi se eliberează viza.

        ## Documentele obișnuite
        - Pașaport valabil și după sfârșitul șederii, și fotografii.
        - Asigurare de călătorie sau de sănătate.
        - Dovada că aveți din ce trăi (meios de subsistência) și unde locui.
        - Cazierul judiciar (registo criminal) din țara în care locuiți, pentru vizele de ședere temporară și de ședere.
        - Documente pentru motivul călătoriei: contract sau promisiune de contract de muncă, scrisoarea de acceptare de la școală, invitație sau rezervare.

        ## Dacă ceva nu merge
        - Viza v-a fost refuzată: în decizie trebuie să scrie de ce și cum o puteți contesta.
        - Dacă rămâneți după ce expiră viza, puteți primi amendă (coima), puteți fi expulzat și vi se poate interzice să reveniți.
        - Feriți-vă de cei care vând vize, programări sau contracte false.
        - Pentru ajutor în limba dumneavoastră, sunați la Linia de sprijin pentru migranți (Linha de Apoio a Migrantes): { $lam-phone-landline } (de pe telefon fix) sau { $lam-phone-mobile } (de pe mobil).
    .keywords = viza, viză, vize, viza portugalia, ce viza imi trebuie, tipuri de viza, viza de turist, viza turistica, viza schengen, schengen, viza de munca, viză de muncă, viza de sedere, viza de ședere, viza D, viza de lucru, viza pentru cautare loc de munca, viza de studii, viza de student, nomad digital, viza pensionar, consulat, consulatul portugaliei, ambasada, ambasada portugaliei, VFS, VFS Global, BLS, TLScontact, intrare in portugalia, granita, vama, aeroport, turist, 90 de zile, am depasit 90 de zile, fara viza, pasaport biometric, moldova fara viza, emigrare, emigrez in portugalia, visto, vistos, visto de turista, visto Schengen, visto de curta duração, visto de estada temporária, visto de residência, visto de residencia, visto de procura de trabalho, job seeker visa, visto de estudante, visto D7, consulado, embaixada, MNE, overstay, manifestação de interesse, EES, ETIAS, sistemul de intrare/ieșire, intrare iesire, ștampilă pașaport, stampila, amprente, biometrie, date biometrice, autorizație de călătorie, autorizatie de calatorie, cozi aeroport
    .questions =
        ce viza ii trebuie prietenului meu din Moldova ca sa vina sa lucreze in Portugalia
        viza D7 venit pasiv conditii
        viza nomad digital D8 cum se aplica
        viza pentru cautare de munca portugalia cat e valabila
        poate intra ca turist si schimba apoi pe viza de munca?
        unde se cere viza, la consulat sau la VFS
        ce e EES si ETIAS la granita
        acte pentru viza nationala portugheza
        consulatul a refuzat viza, ce se poate face
        sotia mea are cetatenie ucraineana, are nevoie de viza ca sa ma viziteze?

family-reunification = Reîntregirea familiei: cum vă aduceți familia
    .summary = Cine are permis de ședere în Portugalia poate cere la AIMA reîntregirea familiei (reagrupamento familiar), ca să-și aducă soțul sau soția, copiii și, în anumite cazuri, părinții. Prin Legea 61/2025, de regulă puteți cere doar după o perioadă de ședere, cu excepții, și trebuie să dovediți că aveți din ce trăi și unde locui.
    .body =
        Prin reîntregirea familiei (reagrupamento familiar), familia dumneavoastră vine să locuiască cu dumneavoastră în Portugalia. Cererea o face cel care are permis de ședere, la AIMA (Agência para a Integração, Migrações e Asilo). După aprobare, membrii familiei cer viza de ședere (visto de residência) la consulatul Portugaliei din țara în care locuiesc.

        ## Ce s-a schimbat prin Legea 61/2025 (Lei 61/2025)
        De la { $foreigners-law-2025-in-force }:
        - De regulă, puteți cere doar după ce aveți permis de ședere de { $family-reunification-wait-years ->
            [one] { $family-reunification-wait-years } an
            [few] { $family-reunification-wait-years } ani
           *[other] { $family-reunification-wait-years } de ani
        }.
        - Nu există perioadă de așteptare pentru copiii minori sau incapabili aflați în întreținerea dumneavoastră, nici pentru cei cu Cartea albastră UE, permis pentru activitate înalt calificată sau pentru investiții. Potrivit știrilor despre adoptarea legii, nu există nici pentru soț, soție sau partener când aveți în întreținere astfel de copii.
        - Așteptarea este mai scurtă pentru soțul, soția sau partenerul care locuia deja cu dumneavoastră înainte să veniți în Portugalia. Sursele găsite nu se potrivesc în privința duratei și a condițiilor: întrebați la AIMA sau un avocat.
        - Ajutoarele sociale nu se socotesc ca bani din care trăiți (meios de subsistência).
        - După sosire, familia trebuie să participe la măsuri de integrare, de exemplu să învețe portugheza.
        - Refugiații au reguli proprii, mai favorabile.

        ## Cine se socotește familie
        - Soțul sau soția (cônjuge) ori partenerul din uniunea consensuală dovedită (união de facto).
        - Copiii minori sau fără capacitate, ai cuplului sau ai unuia dintre voi, inclusiv cei adoptați.
        - Copiii majori necăsătoriți aflați în întreținerea dumneavoastră, care studiază în Portugalia.
        - Părinții dumneavoastră sau ai soțului ori soției, dacă sunt în întreținerea dumneavoastră.
        - Frații minori aflați sub tutela dumneavoastră.

        ## Pașii
        1. Verificați dacă puteți cere deja sau dacă intrați la o excepție.
        2. Adunați documentele, cu apostilă sau legalizare și traducere, dacă sunt din străinătate.
        3. Depuneți cererea la AIMA. Dacă nu știți cum, întrebați prin formularul { $aima-contact-form }.
        4. Plătiți taxa. Lista de taxe s-a schimbat (anunț din { $aima-fee-table-updated }): verificați suma pe { $aima-web }.
        5. Potrivit rezumatelor legii, AIMA are până la { $family-reunification-decision-months ->
            [one] { $family-reunification-decision-months } lună
            [few] { $family-reunification-decision-months } luni
           *[other] { $family-reunification-decision-months } de luni
        } ca să decidă, și mai mult în cazurile complicate; o știre despre adoptarea legii vorbește de { $family-reunification-decision-days-reported ->
            [one] { $family-reunification-decision-days-reported } zi
            [few] { $family-reunification-decision-days-reported } zile
           *[other] { $family-reunification-decision-days-reported } de zile
        }. Nu am găsit textul oficial: întrebați la AIMA.
        6. După aprobare, membrii familiei cer viza, intră în țară și își fac permisul de ședere la AIMA.

        ## Documente
        - Permisul dumneavoastră de ședere (título de residência) și pașapoartele tuturor.
        - Certificatele de căsătorie și de naștere sau dovada uniunii consensuale.
        - Dovada că aveți din ce trăi: contractul de muncă, fluturașii de salariu (recibos de vencimento), declarația de impozit (IRS). Suma cerută se calculează pornind de la salariul minim ({ $minimum-wage }) și crește cu numărul de persoane.
        - O locuință potrivită: contractul de închiriere (contrato de arrendamento) sau actul de proprietate (escritura).
        - Cazierul judiciar (registo criminal) al membrilor adulți ai familiei.
        - Pentru părinți și copiii majori: dovada că sunt în întreținerea dumneavoastră.

        ## Dacă ceva nu merge
        - Dacă membrul familiei este deja în Portugalia, întrebați la AIMA dacă cererea se poate face aici.
        - Cerere respinsă: înainte să respingă, AIMA trebuie să vă asculte (audiência prévia), iar decizia trebuie să spună de ce și cum o puteți contesta. Termenele sunt scurte: cereți imediat ajutor juridic.
        - Pentru ajutor în limba dumneavoastră, sunați la Linia de sprijin pentru migranți (Linha de Apoio a Migrantes): { $lam-phone-landline } (de pe telefon fix) sau { $lam-phone-mobile } (de pe mobil).
    .keywords = reintregirea familiei, reîntregirea familiei, reintregire familie, reunificare familie, reunificarea familiei, aduc familia, sa-mi aduc familia, sa aduc sotia, să-mi aduc soția, aduc sotia si copiii, aduc copiii, sa aduc copilul, aduc sotul, aduc parintii, aduc mama, familie, familia, sotie, soție, sot, soț, copii, copiii, parinti, părinți, concubinaj, uniune consensuala, traim impreuna, viza de familie, viza pentru familie, cat trebuie sa astept, bani suficienti, locuinta, reagrupamento familiar, reagrupamento, reagrupar, reunificação familiar, trazer a família, trazer a familia, cônjuge, conjuge, união de facto, uniao de facto, visto de reagrupamento, meios de subsistência, meios de subsistencia, lei 61/2025, AIMA, SEF
    .questions =
        am rezidenta in Portugalia ca moldovean, cum imi aduc sotia si copiii
        reîntregirea familiei condiții
        pot sa-mi aduc parintii din Moldova sa locuiasca cu mine
        dupa cati ani de sedere pot cere reagrupamento familiar
        cati bani trebuie sa arat pentru reintregirea familiei
        copiii sunt deja aici cu mine, pot face cererea din Portugalia?
        imi trebuie o casa mai mare ca sa aduc familia?
        certificat de casatorie cu apostila si traducere pentru aima?
        AIMA mi-a respins cererea de reintregire, ce fac
        sotul meu poate veni la mine daca am titlu de rezidenta

asylum-protection = Cererea de azil sau de protecție internațională
    .summary = Cine a fugit din țara sa din cauza persecuției, a războiului sau a unui pericol grav poate cere protecție internațională în Portugalia: statutul de refugiat sau protecția subsidiară. Cererea se face la AIMA sau la orice poliție, este gratuită și, cât timp este analizată, persoana nu poate fi trimisă înapoi.
    .body =
        Protecția internațională (proteção internacional) este pentru cei care nu se pot întoarce în țara lor pentru că sunt în pericol. Cererile le analizează și le decide AIMA (Agência para a Integração, Migrações e Asilo), după Legea azilului (Lei do Asilo, Legea 27/2008). Cererea de protecție este gratuită.

        Noile reguli europene privind azilul (Pactul privind migrația și azilul) se aplică de la { $eu-asylum-pact-applies }. Ele pot schimba pașii și termenele descrise aici, iar legea portugheză care le pune în practică nu am găsit-o. Înainte de fiecare pas, verificați la Consiliul Portughez pentru Refugiați (Conselho Português para os Refugiados, CPR) sau la un avocat.

        ## Ce protecție există
        - Statutul de refugiat (estatuto de refugiado): pentru cei care au motive întemeiate să se teamă că vor fi persecutați din cauza rasei, religiei, cetățeniei, opiniilor politice sau pentru că fac parte dintr-un anumit grup social.
        - Protecția subsidiară (proteção subsidiária): pentru cei care riscă să sufere un rău grav dacă se întorc, de exemplu pedeapsa cu moartea, tortura sau violența unui război.
        - Protecția temporară (proteção temporária): un sistem european pentru persoanele strămutate în număr mare, astăzi cele care au fugit de războiul din Ucraina.

        ## Cum cereți
        1. Cereți protecție cât mai repede: la sosire, la autoritățile de frontieră; dacă sunteți deja în Portugalia, la AIMA sau la orice poliție (PSP sau GNR), care trimite cererea mai departe. Spuneți clar că cereți azil (asilo).
        2. Primiți declarația care dovedește cererea (declaração comprovativa) și păstrați-o: ea arată că vă aflați legal în Portugalia.
        3. La interviu, cu un interpret gratuit, povestiți-vă toată istoria.
        4. AIMA hotărăște mai întâi dacă acceptă să analizeze cererea. Dacă acceptă, primiți un permis de ședere provizoriu (autorização de residência provisória), care se reînnoiește până la decizia finală.
        5. Dacă ați trecut înainte printr-o altă țară a Uniunii Europene, Portugalia poate cere acelei țări să se ocupe de cerere.

        ## Drepturile dumneavoastră cât așteptați
        - Nu puteți fi trimis înapoi în țara din care ați fugit.
        - Îngrijiri medicale în Serviciul Național de Sănătate (SNS) și școală pentru copii.
        - Cu permisul de ședere provizoriu puteți lucra.
        - Ajutor social și cazare, dacă nu aveți mijloace.
        - Asistență juridică gratuită.
        - Cererea este confidențială: autoritățile din țara dumneavoastră nu sunt anunțate.

        ## Ce documente duceți
        Luați ce aveți: pașaportul sau alt act de identitate, actele familiei și dovezi ale pericolului (amenințări, articole din presă, rapoarte medicale). Dacă nu aveți acte, puteți cere oricum.

        ## Protecția temporară (Ucraina)
        - Este pentru ucraineni și pentru alte persoane care locuiau în Ucraina și au fugit de război.
        - Se cere la AIMA. Vă dă un permis de ședere și, automat, NIF, NISS și numărul de utilizator SNS (número de utente).
        - Uniunea Europeană a prelungit acest sistem până la { $temporary-protection-until }. Verificați pe { $aima-web } dacă a mai fost prelungit.

        ## Dacă ceva nu merge
        - Cererea a fost respinsă: termenele pentru a vă adresa instanței sunt de doar câteva zile. Cereți imediat asistență juridică sau ajutor la Consiliul portughez pentru refugiați (Conselho Português para os Refugiados, CPR).
        - Dacă ați fost înșelat sau obligat să munciți, puteți fi victimă a traficului de persoane: sunați la { $trafficking-phone }.
        - Dacă sunteți în pericol imediat, sunați la { $emergency-phone }.
        - Pentru ajutor în limba dumneavoastră, sunați la Linia de sprijin pentru migranți (Linha de Apoio a Migrantes): { $lam-phone-landline } (de pe telefon fix) sau { $lam-phone-mobile } (de pe mobil).
    .keywords = azil, azil politic, cerere de azil, cer azil, sa cer azil, refugiat, refugiata, refugiați, refugiati, statut de refugiat, protectie internationala, protecție internațională, protectie subsidiara, protecție temporară, protectie temporara, persecutie, persecuție, razboi, război, am fugit de razboi, fug de razboi, am fugit din tara, amenintat cu moartea, Ucraina, ucrainean, ucraineni, din Ucraina, refugiat din ucraina, stramutat, permis provizoriu, asilo, asilo político, pedido de asilo, refugiado, estatuto de refugiado, proteção internacional, protecao internacional, proteção subsidiária, proteção temporária, protecao temporaria, autorização de residência provisória, declaração comprovativa, CPR, ACNUR, UNHCR, Dublin, AIMA, SEF, asylum
    .questions =
        cum cer azil in Portugalia
        am fugit de razboi, pot ramane aici?
        statut de refugiat unde se depune cererea
        ma pot expulza cat timp se analizeaza cererea de azil?
        solicitantii de azil primesc locuinta si bani?
        pot lucra cat astept decizia de azil
        sunt din Ucraina, protectia temporara cum functioneaza
        am trecut prin Spania inainte, ma trimit inapoi acolo?
        cererea de azil mi-a fost respinsa, pot face apel?
        se plateste ceva pentru protectie internationala?

student-residence = Permisul de ședere pentru studenți și cercetători
    .summary = Ca să studiați sau să faceți cercetare în Portugalia aveți nevoie, de regulă, de o viză de studii sau de cercetare, cerută la consulat, și apoi de un permis de ședere dat de AIMA. Studenții de la facultate pot lucra, dacă anunță AIMA.
    .body =
        Studenții și cercetătorii din afara Uniunii Europene au nevoie de un permis de ședere (autorização de residência), dat de AIMA (Agência para a Integração, Migrações e Asilo). Candidatura la studii se face la universitate sau la institutul politehnic; DGES (Direção-Geral do Ensino Superior, { $dges-web }) are lista instituțiilor recunoscute.

        ## Cine poate cere
        - Studenții la învățământul superior (licență, master, doctorat) acceptați la o instituție recunoscută.
        - Elevii de liceu, stagiarii, voluntarii și participanții la programe de schimb.
        - Cercetătorii și profesorii universitari cu contract sau cu acord de primire (convenção de acolhimento) cu o universitate sau un centru de cercetare.

        ## Pașii
        1. Obțineți scrisoarea de acceptare sau contractul cu instituția.
        2. Cereți viza de ședere pentru studii sau pentru cercetare la consulatul Portugaliei din țara în care locuiți ({ $mne-visas-web }). Pentru cursuri scurte poate fi de ajuns o viză de ședere temporară (visto de estada temporária).
        3. Intrați în Portugalia cât timp viza este valabilă. Programarea la AIMA se face de obicei automat când vi se eliberează viza.
        4. Mergeți la AIMA în ziua programării, cu documentele originale. Cartea de rezidență vine prin poștă.
        5. Cereți NIF și numărul de utilizator SNS (número de utente); dacă veți lucra, și NISS.

        ## Documente
        - Pașaport valabil, cu viza.
        - Dovada înscrierii (matrícula) sau a acceptării și, dacă este cazul, a plății taxelor de școlarizare (propinas).
        - Dovada că aveți din ce trăi (meios de subsistência): bursă, extrase de cont sau o declarație de întreținere (termo de responsabilidade) de la cine vă susține.
        - Dovada locuinței.
        - Asigurare de sănătate, dacă vi se cere.
        - Cazierul judiciar (registo criminal) din țara de origine.
        - Cercetătorii: contractul sau acordul de primire.

        ## Munca în timpul studiilor
        - Cine studiază la facultate poate lucra ca angajat sau pe cont propriu, cu condiția ca munca să fie pe lângă studii și să anunțe AIMA.
        - La reînnoire, AIMA cere dovada înscrierii și a rezultatelor la învățătură. Dacă nu mai studiați, permisul poate să nu fie reînnoit.
        - Elevii de liceu și stagiarii trebuie să întrebe la AIMA dacă pot lucra.

        ## Când terminați studiile
        Puteți cere alt tip de permis de ședere, de exemplu pentru muncă, dacă îndepliniți condițiile. Faceți cererea înainte să expire permisul de student și verificați pașii la AIMA.

        ## Costuri
        Există o taxă consulară pentru viză și o taxă AIMA pentru permis. Lista de taxe AIMA s-a schimbat (anunț din { $aima-fee-table-updated }): verificați pe { $aima-web }.

        ## Dacă ceva nu merge
        - Cereți ajutor la biroul de relații internaționale (gabinete de relações internacionais) al instituției dumneavoastră.
        - Dosarul stă pe loc la AIMA: folosiți formularul { $aima-contact-form }, o singură cerere.
        - Pentru ajutor în limba dumneavoastră, sunați la Linia de sprijin pentru migranți (Linha de Apoio a Migrantes): { $lam-phone-landline } (de pe telefon fix) sau { $lam-phone-mobile } (de pe mobil).
    .keywords = student, studenta, studenți, studenti, studii, studiez in portugalia, sa studiez in portugalia, viza de student, viza de studii, viza pentru studii, permis de sedere student, rezidenta de student, student strain, student international, schimb de experienta, Erasmus, facultate, universitate, master, masterat, doctorat, doctorand, licenta, taxa de scolarizare, bursa, bursier, cercetator, cercetător, cercetare, pot lucra ca student, lucrez si invat, munca in timpul facultatii, part time, estudante, visto de estudante, visto de estudo, residência de estudante, autorização de residência para estudo, estudante internacional, intercâmbio, universidade, faculdade, politécnico, mestrado, doutoramento, licenciatura, propinas, matrícula, investigador, investigação, bolsa, bolseiro, convenção de acolhimento, trabalhar e estudar, DGES, AIMA, SEF
    .questions =
        viza de student portugalia pentru cetateni moldoveni
        am fost admis la master, ce permis de sedere imi trebuie ca nu sunt din UE
        studentii straini pot lucra part time?
        trebuie sa anunt aima daca lucrez in timpul facultatii
        acte pentru rezidenta de student, dovada de bani?
        am terminat studiile, pot ramane sa-mi caut de lucru
        viza de cercetator doctorat portugalia
        cat costa permisul de sedere pentru studenti

cplp-mobility = Permisul de ședere CPLP
    .summary = Cetățenii țărilor de limbă portugheză în care este în vigoare Acordul de mobilitate CPLP pot cere la AIMA permisul de ședere CPLP, cu reguli mai simple. Prin Legea 61/2025 trebuie să veniți în Portugalia cu o viză de ședere: nu mai puteți intra ca turist și să cereți apoi permisul.
    .body =
        Permisul de ședere CPLP (AR CPLP) vine din Acordul de mobilitate dintre statele membre ale Comunității țărilor de limbă portugheză (Comunidade dos Países de Língua Portuguesa, CPLP). Vă permite să locuiți, să lucrați sau să studiați în Portugalia. Viza o dau consulatele Portugaliei; permisul de ședere (autorização de residência) îl dă AIMA (Agência para a Integração, Migrações e Asilo).

        ## Cine poate cere
        Cetățenii din Angola, Brazilia, Capul Verde, Guineea-Bissau, Guineea Ecuatorială, Mozambic, São Tomé și Príncipe și Timor-Leste, dacă acordul este în vigoare pentru țara lor. Întrebați la consulat.

        ## Ce s-a schimbat
        - De la { $foreigners-law-2025-in-force } (Legea 61/2025, Lei 61/2025) este obligatoriu să intrați cu o viză de ședere (visto de residência). Cine intră ca turist, chiar și fără să aibă nevoie de viză, ca brazilienii și timorezii, nu mai poate cere AR CPLP în Portugalia.
        - Prin Legea 9/2025 (Lei 9/2025), AR CPLP a devenit un card la fel ca celelalte permise de ședere, cu aceeași valabilitate, și vă permite să călătoriți în spațiul Schengen. Vechea foaie de hârtie (A4) este înlocuită cu acest card: urmați instrucțiunile pe care vi le trimite AIMA.

        ## Pașii
        1. Cereți viza de ședere la consulatul Portugaliei din țara în care locuiți sau la centrul de cereri de vize. Spuneți că sunteți cetățean CPLP.
        2. Intrați în Portugalia. Viza de ședere este valabilă { $residence-visa-validity-months ->
            [one] { $residence-visa-validity-months } lună
            [few] { $residence-visa-validity-months } luni
           *[other] { $residence-visa-validity-months } de luni
        }: faceți-vă permisul în acest timp.
        3. Cereți AR CPLP la AIMA. Programarea sau cererea online se fac de obicei automat după eliberarea vizei; dacă nu primiți nimic, folosiți formularul { $aima-contact-form }.
        4. Cardul vine prin poștă, la adresa pe care ați dat-o.

        ## Documente
        - Pașaport valabil, cu viza de ședere.
        - Cazierul judiciar (registo criminal) din țara de origine. Cazierul din Portugalia îl verifică AIMA.
        - NIF și dovada adresei în Portugalia.
        - Celelalte documente depind de motiv (muncă, studii sau altul): vi le spune consulatul.

        ## Valabilitate și reînnoire
        Primul permis este valabil { $residence-permit-first-years ->
            [one] { $residence-permit-first-years } an
            [few] { $residence-permit-first-years } ani
           *[other] { $residence-permit-first-years } de ani
        }, iar fiecare reînnoire { $residence-permit-renewal-years ->
            [one] { $residence-permit-renewal-years } an
            [few] { $residence-permit-renewal-years } ani
           *[other] { $residence-permit-renewal-years } de ani
        }. Reînnoiți-l înainte să expire, pe Portal das Renovações ({ $aima-portal-renewals }). La reînnoire vi se cere din nou cazierul din țara de origine.

        ## Costuri
        Vechea taxă pentru AR CPLP a fost anulată, iar lista de taxe AIMA s-a schimbat (anunț din { $aima-fee-table-updated }). Verificați suma actuală pe { $aima-web } și taxa pentru viză la consulat.

        ## Dacă ceva nu merge
        - Ați cerut AR CPLP înainte de { $foreigners-law-2025-in-force }, după ce ați intrat ca turist: întrebați AIMA prin formular în ce stadiu este dosarul. Nu repetați cererile.
        - Aveți încă foaia A4 și AIMA nu v-a contactat: întrebați prin formular.
        - Pentru ajutor, sunați la Linia de sprijin pentru migranți (Linha de Apoio a Migrantes): { $lam-phone-landline } (de pe telefon fix) sau { $lam-phone-mobile } (de pe mobil).
    .keywords = CPLP, cplp, permis CPLP, rezidenta CPLP, rezidență CPLP, acordul de mobilitate, tari de limba portugheza, țări de limbă portugheză, brazilian, braziliana, Brazilia, angolez, Angola, Capul Verde, Guineea-Bissau, Mozambic, Timor, sot brazilian, sotie braziliana, foaie A4, hartie A4, card CPLP, intrat ca turist, legalizare, AR CPLP, residência CPLP, residencia cplp, autorização de residência CPLP, autorizacao de residencia cplp, acordo de mobilidade, mobilidade CPLP, visto CPLP, lusófono, lusofono, países de língua portuguesa, PALOP, brasileiro, Brasil, Cabo Verde, Guiné-Bissau, Moçambique, São Tomé, Timor-Leste, Guiné Equatorial, folha A4, cartão CPLP, AIMA, SEF
    .questions =
        ce e permisul de rezidenta CPLP
        iubitul meu e brazilian, poate veni ca turist si sa ceara rezidenta cplp?
        autorização de residência cplp ce acte trebuie
        hartia A4 de la cplp e buna pentru calatorii?
        cat e valabil permisul cplp
        se poate reinnoi cplp sau schimba pe card normal
        colegul meu din Angola a fost refuzat la cplp, ce poate face
        cat costa rezidenta cplp
        acordul de mobilitate CPLP pentru cine e
