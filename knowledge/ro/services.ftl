# Servicii și contacte: linia de sprijin, CNAI, permisul de conducere, banca.

migrant-helpline = Linia de sprijin pentru migranți
    .summary = Linia de sprijin pentru migranți (Linha de Apoio a Migrantes) vă dă informații la telefon, în mai multe limbi, despre ședere, muncă, sănătate, școală și alte teme din viața în Portugalia. Sunați la { $lam-phone-landline } de pe un telefon fix sau la { $lam-phone-mobile } de pe mobil sau din străinătate.
    .body =
        Linia de sprijin pentru migranți (Linha de Apoio a Migrantes, fosta „Linha SOS Imigrante”) este un serviciu public de informații la telefon. Aparținea Înaltului Comisariat pentru Migrații (Alto Comissariado para as Migrações, ACM). De la { $sef-abolished }, ACM și SEF au fost înlocuite de AIMA (Agência para a Integração, Migrações e Asilo), care a preluat linia.

        ## Numere
        - De pe un telefon fix: { $lam-phone-landline }.
        - De pe mobil sau din străinătate: { $lam-phone-mobile }.
        - Cât costă apelul depinde de abonamentul dumneavoastră.

        ## Program
        Programul este: { $lam-hours }. Acest program a fost publicat înainte ca AIMA să preia linia și se poate să se fi schimbat.

        ## Limbi
        - Mediatorii vorbesc { $lam-languages ->
            [one] { $lam-languages } limbă
            [few] { $lam-languages } limbi
           *[other] { $lam-languages } de limbi
        } și dialecte, după ultimele informații publicate de ACM. Printre ele: portugheză, engleză, franceză, spaniolă, rusă, moldovenească, română, ucraineană, arabă, creolă din Capul Verde, creolă din Guineea-Bissau, fula, wolof și mandinka.
        - Pentru alte limbi există Serviciul de traducere telefonică (Serviço de Tradução Telefónica): un traducător intră în convorbire. Acest serviciu a ajuns să acopere în jur de { $stt-languages ->
            [one] { $stt-languages } limbă
            [few] { $stt-languages } limbi
           *[other] { $stt-languages } de limbi
        }.
        - Lista este de dinainte de AIMA: când sunați, spuneți de la început în ce limbă vreți să vorbiți.

        ## La ce vă poate ajuta
        - Permise de ședere, vize, reîntregirea familiei (reagrupamento familiar) și cetățenie: ce pași să faceți și ce documente să adunați.
        - Muncă, asigurări sociale (Segurança Social), sănătate, școală, locuință și ajutoare sociale.
        - La ce serviciu public trebuie să mergeți. Vă poate trimite și la CNAI și la birourile locale de sprijin pentru migranți.

        ## Ce nu face linia
        Linia nu face programări la AIMA și nu decide asupra dosarelor. Programările se fac automat sau se cer prin formularul { $aima-contact-form }.

        ## Ajutor față în față
        CNAI (Centros Nacionais de Apoio à Integração de Migrantes), numite acum și „lojas AIMA”, adună mai multe servicii în același loc.
        - Lisabona: { $cnai-lisboa-address } ({ $cnai-lisboa-hours }).
        - Porto: { $cnai-porto-address }.
        - Există CNAI și la Faro (în Loja do Cidadão) și la Beja.

        Înainte să mergeți, întrebați la linie dacă centrul funcționează și dacă aveți nevoie de programare.

        ## În situații urgente
        - Urgență: { $emergency-phone }.
        - Violență domestică: { $dv-phone }, gratuit, la orice oră.
        - Trafic de persoane sau muncă forțată: { $trafficking-phone }, la orice oră.

        ## Dacă nu reușiți să vorbiți cu nimeni
        - Sunt multe apeluri: încercați din nou chiar la ora de deschidere sau în altă zi.
        - Dacă întrebarea este despre un dosar la AIMA, folosiți formularul { $aima-contact-form } și păstrați dovada trimiterii.
    .keywords = linia de sprijin pentru migranti, linia de sprijin, linie de ajutor, linia pentru imigranti, telefon pentru imigranti, telefon de ajutor, numar de telefon, număr de telefon, la ce numar sun, unde sun, sun, suna, ajutor, informatii, informații, in romana, în română, vorbeste romaneste, in limba romana, romana, romaneste, moldoveneste, rusa, traducator, traducător, interpret, mediator, mediatori, imigranti, imigranți, migranti, strain, străini, CNAI, CNAIM, loja AIMA, linha de apoio a migrantes, linha de apoio ao migrante, linha de apoio ao imigrante, LAM, SOS imigrante, sos imigrante, ACM, alto comissariado, contacto, apoio, { $lam-phone-landline }, { $lam-phone-mobile }
    .questions =
        numar de telefon ajutor pentru imigranti portugalia
        linie de ajutor in romana pentru imigranti
        numarul LAM
        pot suna din Romania sa intreb despre Portugalia?
        ce program are linha de apoio a migrantes
        se vorbeste romana la linia pentru migranti?
        nu raspunde nimeni la linia pentru migranti
        pe cine sun gratuit pentru informatii despre acte

one-stop-shop-services = CNAI: centrele de sprijin pentru migranți (lojas AIMA)
    .summary = CNAI (Centros Nacionais de Apoio à Integração de Migrantes) adună în aceeași clădire mai multe servicii publice pentru imigranți. Există centre la Lisabona, Porto, Faro și Beja; acum țin de AIMA și se numesc și „lojas AIMA”.
    .body =
        CNAI (scris și CNAIM) au fost create de fostul Înalt Comisariat pentru Migrații (Alto Comissariado para as Migrações, ACM). De la { $sef-abolished } țin de AIMA (Agência para a Integração, Migrações e Asilo), care le numește și „lojas AIMA”. Ideea este să rezolvați mai multe probleme în același loc, cu mediatori care vorbesc mai multe limbi.

        ## Ce servicii au de obicei
        Serviciile diferă de la un centru la altul și s-au schimbat odată cu trecerea la AIMA. La CNAI din Lisabona erau de obicei:
        - AIMA: permise de ședere, reînnoiri și reîntregirea familiei (reagrupamento familiar), doar cu programare.
        - Asigurările sociale (Segurança Social): NISS, contribuții și ajutoare sociale.
        - ACT (inspecția muncii): informații despre drepturile la muncă.
        - Conservatória dos Registos Centrais: cereri de cetățenie, cu programare.
        - Birourile Sănătății și Educației: înscrierea în SNS, înscrierea copiilor la școală, cursuri de portugheză.
        - Birouri de sprijin juridic, social, pentru locuri de muncă și pentru locuință.

        Înainte să mergeți, întrebați la Linia de sprijin pentru migranți (Linha de Apoio a Migrantes) care dintre aceste servicii funcționează la centrul pe care l-ați ales.

        ## Unde se află
        - Lisabona: { $cnai-lisboa-address }, aproape de stațiile de metrou Anjos și Intendente. Program: { $cnai-lisboa-hours }.
        - Porto: CNAIM Norte. Adresele publicate nu sunt aceleași: verificați adresa la Linia de sprijin pentru migranți înainte să mergeți.
        - Faro: un ghișeu în Loja do Cidadão (centrul cu mai multe servicii publice).
        - Beja.
        - În alte orașe există centre locale de sprijin pentru integrarea migranților (CLAIM), la primării (câmaras municipais) și la asociații. Dau informații și vă ajută să pregătiți cererile.

        ## Cum sunteți primit
        1. La intrare, spuneți la recepție ce aveți de rezolvat. Primiți un bon de ordine (senha) pentru serviciul potrivit.
        2. Așteptați să fie strigat numărul de pe bon.
        3. Problemele cu AIMA au nevoie de programare. Programarea nu se face la ghișeu și nici la telefon: se face automat sau se cere prin formularul { $aima-contact-form }.
        4. Veniți devreme: în zilele aglomerate bonurile se pot termina înainte de ora de închidere.

        ## Ce luați cu dumneavoastră
        - Pașaportul sau permisul de ședere (título de residência).
        - NIF și NISS, dacă le aveți deja.
        - Scrisorile și hârtiile legate de problema dumneavoastră și mesajul cu programarea, dacă îl aveți.
        - Dacă nu vorbiți portugheza, puteți cere un mediator care vorbește limba dumneavoastră sau Serviciul de traducere telefonică (Serviço de Tradução Telefónica).

        ## Costuri
        Primirea și informațiile sunt gratuite. Plătiți doar taxele pentru fiecare cerere, de exemplu taxele AIMA.

        ## Dacă ceva nu merge
        - Nu ați prins bon: reveniți în altă zi, mai devreme, sau rezolvați problema la telefon sau pe internet, dacă se poate.
        - Feriți-vă de cei care vând bonuri, locuri la coadă sau programări: sunt gratuite.
        - Informații în limba dumneavoastră: Linia de sprijin pentru migranți (Linha de Apoio a Migrantes), { $lam-phone-landline } (de pe telefon fix) sau { $lam-phone-mobile } (de pe mobil), { $lam-hours }.
    .keywords = CNAI, cnai, CNAIM, cnaim, loja AIMA, loja aima, lojas aima, centrul pentru imigranti, centru pentru imigranti, centru de sprijin pentru migranti, centru de ajutor imigranti, birou pentru imigranti, ghiseu unic, unde merg cu actele, unde ma duc, adresa cnai, program cnai, orar, bon de ordine, bon, numar de ordine, coada, rand, la rand, Lisabona, Lisabona cnai, Porto, Faro, Beja, Anjos, Intendente, Rua Álvaro Coutinho, alvaro coutinho, mediator, traducator, in limba romana, centro nacional de apoio ao imigrante, centro de apoio ao imigrante, apoio ao imigrante, balcão único, loja do imigrante, loja do cidadão, loja do cidadao, CLAIM, claim, senha, tirar senha, horário, morada, atendimento presencial, ACM
    .questions =
        unde e biroul AIMA in Lisabona
        adresa CNAI lisabona
        loja aima porto
        ce servicii sunt la centrul pentru migranti
        trebuie programare la cnai?
        ce e un CLAIM
        program CNAI si bon de ordine
        loja aima faro

driving-licence-exchange = Schimbarea permisului de conducere străin
    .summary = Cine vine să locuiască în Portugalia cu un permis de conducere din afara Uniunii Europene trebuie, de regulă, să-l schimbe cu un permis portughez la IMT (Instituto da Mobilidade e dos Transportes). Permisele din unele țări CPLP și OCDE pot fi folosite fără schimbare, cu condiții.
    .body =
        De permisele de conducere (carta de condução) se ocupă IMT (Instituto da Mobilidade e dos Transportes). Regulile depind de țara care v-a eliberat permisul.

        ## Permisele din Uniunea Europeană și din Spațiul Economic European
        Puteți conduce cu permisul dumneavoastră cât timp este valabil. Schimbarea nu este obligatorie. Dacă permisul nu are dată de expirare, întrebați la IMT ce trebuie să faceți.

        ## Permisele din țările CPLP și OCDE
        De la { $driving-cplp-oecd-since } puteți conduce în Portugalia, chiar dacă locuiți aici, cu un permis din Angola, Brazilia, Capul Verde, Mozambic sau São Tomé și Príncipe ori din mai multe țări OCDE (de exemplu Statele Unite, Canada, Regatul Unit, Elveția și Japonia), fără să-l schimbați. Condiții:
        - permisul este valabil și nu este reținut, suspendat sau anulat;
        - aveți mai puțin de { $driving-cplp-oecd-max-age ->
            [one] { $driving-cplp-oecd-max-age } an
            [few] { $driving-cplp-oecd-max-age } ani
           *[other] { $driving-cplp-oecd-max-age } de ani
        };
        - nu au trecut mai mult de { $driving-cplp-oecd-licence-max-years ->
            [one] { $driving-cplp-oecd-licence-max-years } an
            [few] { $driving-cplp-oecd-licence-max-years } ani
           *[other] { $driving-cplp-oecd-licence-max-years } de ani
        } de când permisul a fost eliberat sau reînnoit.

        Când nu mai îndepliniți o condiție, trebuie să cereți schimbarea. Fără schimbare, permisul este bun doar pentru condus în Portugalia. Permisele din Guineea-Bissau, Timor-Leste și Guineea Ecuatorială nu intră în această regulă.

        ## Alte permise: termene
        Este valabil pentru permisele din țările care au semnat convențiile internaționale privind circulația rutieră sau care au acord cu Portugalia:
        - Ca vizitator, puteți conduce cu permisul străin timp de { $driving-tourist-days ->
            [one] { $driving-tourist-days } zi
            [few] { $driving-tourist-days } zile
           *[other] { $driving-tourist-days } de zile
        } după intrare, înainte să vă stabiliți aici.
        - După ce primiți permisul de ședere (autorização de residência), aveți { $driving-exchange-days ->
            [one] { $driving-exchange-days } zi
            [few] { $driving-exchange-days } zile
           *[other] { $driving-exchange-days } de zile
        } ca să cereți schimbarea și puteți conduce în acest timp.
        - După acest termen, puteți încă cere schimbarea, dar nu mai puteți conduce cu permisul străin.
        - Dacă trec { $driving-exchange-exam-years ->
            [one] { $driving-exchange-exam-years } an
            [few] { $driving-exchange-exam-years } ani
           *[other] { $driving-exchange-exam-years } de ani
        } fără să cereți schimbarea, trebuie să dați un examen de conducere (proba practică).

        Dacă țara dumneavoastră nu intră în niciunul dintre aceste cazuri, întrebați la IMT ce examene trebuie să dați.

        ## Pașii
        1. Faceți evaluarea medicală. Medicul trimite certificatul medical (atestado médico) prin platforma electronică pentru certificate medicale.
        2. Dacă aveți categorii pentru vehicule grele (pesados), faceți și evaluarea psihologică.
        3. Completați cererea de schimbare pe { $imt-online-web } și adăugați documentele.
        4. Păstrați dovada cererii până primiți permisul portughez.

        ## Documente
        - Permisul de ședere (título de residência).
        - Permisul de conducere străin.
        - Certificatul de autenticitate al permisului, eliberat de instituția care l-a emis sau de consulat, cu categoriile.
        - Traducerea legalizată a permisului, când vi se cere.
        - Dacă un avocat, un solicitador sau o agenție se ocupă pentru dumneavoastră: procura (procuração).

        ## Costuri
        Plătiți taxa IMT și evaluarea medicală. Verificați sumele pe { $imt-web }.

        ## Dacă ceva nu merge
        - A trecut termenul: nu conduceți până nu aveți permisul portughez. Condusul fără permis valabil în Portugalia are urmări grave.
        - Întrebări: { $imt-web } sau Linia de sprijin pentru migranți (Linha de Apoio a Migrantes), { $lam-phone-landline } sau { $lam-phone-mobile }.
    .keywords = permis de conducere, permisul de conducere, permis auto, permis de sofer, carnet de conducere, carnet de sofer, permis moldovenesc, permis din moldova, permis romanesc, permis din romania, preschimbare permis, preschimbarea permisului, schimb permisul, schimbare permis, sa schimb permisul, echivalare permis, permis strain, permis international, conduc in portugalia, pot conduce, sofer, șofer, masina, mașină, examen auto, examen de conducere, fisa medicala, certificat medical, categoria C, camion, IMT, imt, IMTonline, imt online, carta de condução, carta de conducao, carta, troca de carta, trocar carta, conduzir, atestado médico, exame de condução, carta internacional, CPLP, OCDE, driving licence
    .questions =
        permisul de conducere romanesc e valabil in portugalia?
        trebuie sa schimb permisul romanesc pe unul portughez?
        permis de conducere din Moldova in Portugalia
        cat timp pot conduce cu permisul strain dupa ce primesc rezidenta
        acte pentru preschimbarea permisului la IMT
        permis international portugalia
        cat costa schimbarea permisului
        permisul meu nu se poate preschimba, ce fac

bank-account = Deschiderea unui cont la bancă
    .summary = Ca să deschideți un cont la o bancă din Portugalia aveți nevoie, de regulă, de un act de identitate, de NIF și de o dovadă a adresei. Dacă nu aveți alt cont curent, aveți dreptul la un cont de servicii bancare minime (conta de serviços mínimos bancários), care costă cel mult { $bank-basic-account-max-fee } pe an.
    .body =
        Un cont curent (conta à ordem) vă folosește ca să primiți salariul, să plătiți chiria și facturile casei și să folosiți cardul și MB WAY (aplicația de plăți pe telefon). Numărul contului se numește IBAN. Băncile sunt supravegheate de Banca Portugaliei (Banco de Portugal).

        ## Ce documente cer băncile
        - Pașaportul sau permisul de ședere (título de residência).
        - NIF (numărul fiscal, número de contribuinte).
        - Dovada adresei: contractul de închiriere (contrato de arrendamento), factura la curent, apă sau internet ori adeverința de domiciliu (atestado de residência) de la Junta de Freguesia.
        - Informații despre profesia și angajatorul dumneavoastră (entidade patronal): banca vă poate cere contractul de muncă, un fluturaș de salariu (recibo de vencimento) sau o adeverință de student.

        Băncile trebuie să-și identifice bine clienții (reguli împotriva spălării banilor). Fiecare bancă hotărăște ce documente acceptă: unele cer permis de ședere, altele acceptă pașaportul cu viză. Dacă o bancă refuză, încercați la alta.

        ## Contul de servicii bancare minime
        - Este un cont curent ieftin: în total, banca nu poate lua mai mult de { $bank-basic-account-max-fee } pe an.
        - Include card de debit, depuneri, retrageri, plăți, debitări directe și transferuri, unele cu un număr limitat pe an.
        - Îl poate cere cine nu are alt cont curent la nicio bancă. Dacă aveți deja unul, îl puteți transforma.
        - Băncile care primesc depozite sunt obligate să-l ofere.

        ## Pașii
        1. Comparați băncile și comisioanele. Puteți vedea listele de prețuri pe Portal do Cliente Bancário, { $bportugal-client-web }.
        2. Mergeți la agenție cu documentele sau deschideți contul pe internet ori în aplicație, dacă banca permite.
        3. Completați formularul de deschidere a contului și declarația despre țara în care plătiți impozite.
        4. Dacă vreți contul de servicii bancare minime, spuneți de la început și cereți-l în scris.
        5. Păstrați contractul și dovada IBAN-ului: veți avea nevoie de ea pentru salariu și pentru asigurările sociale (Segurança Social).

        ## Costuri
        Conturile obișnuite au de obicei un comision de administrare (comissão de manutenção), diferit de la o bancă la alta. Contul de servicii minime are limita de mai sus.

        ## Dacă ceva nu merge
        - Banca a refuzat să vă deschidă contul: cereți motivul în scris și încercați la altă bancă.
        - Vreți să faceți o reclamație: cereți Registrul de reclamații (Livro de Reclamações) la agenție sau faceți reclamație la Banco de Portugal, pe { $bportugal-client-web }.
        - Nu dați niciodată codurile cardului sau ale internet banking-ului (homebanking) la telefon, prin SMS sau pe e-mail. Banca nu vi le cere.
        - Nu acceptați să primiți în contul dumneavoastră bani de la alte persoane ca să-i trimiteți mai departe: poate fi o infracțiune.
        - Ajutor în limba dumneavoastră: Linia de sprijin pentru migranți (Linha de Apoio a Migrantes), { $lam-phone-landline } sau { $lam-phone-mobile }.
    .keywords = cont bancar, cont la banca, cont in banca, deschid cont, deschidere cont, sa deschid cont, cont curent, banca, bănci, banci, card, card bancar, card de debit, IBAN, iban, cont pentru salariu, cont fara comision, cont ieftin, comision, comisioane, banca nu vrea sa-mi deschida cont, refuz cont, fara rezidenta, cont online, internet banking, aplicatie banca, revolut, bancomat, frauda, inselatorie, conta bancária, conta bancaria, conta no banco, abrir conta, conta à ordem, conta a ordem, banco, NIB, multibanco, cartão multibanco, MB WAY, mbway, serviços mínimos bancários, servicos minimos bancarios, conta de serviços mínimos, conta base, comissões, banco de portugal, homebanking, conta salário, bank account
    .questions =
        cum deschid cont bancar in portugalia
        cont in banca fara nif se poate?
        cont bancar ieftin servicii minime
        banca imi cere dovada de adresa
        banca a refuzat sa-mi deschida cont
        pot deschide cont doar cu buletinul romanesc?
        ce e conta de serviços mínimos bancários
        cat costa comisioanele la banca pe an
        reclamatie impotriva bancii la banco de portugal
        IBAN portughez pentru salariu
