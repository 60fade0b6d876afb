# Educație: școala copiilor, cursuri de portugheză, studii superioare și echivalări.

school-enrolment = Înscrierea copiilor la școală
    .summary = Toți copiii și tinerii care locuiesc în Portugalia au dreptul la școala de stat, oricare ar fi situația părinților. Înscrierea (matrícula) se face la grupul de școli (agrupamento de escolas) din zona în care locuiți, oricând în timpul anului pentru cei care vin din străinătate. Școala de stat este gratuită și îi ajută cu limba portugheză pe cei care nu o vorbesc.
    .body =
        În Portugalia școala este obligatorie de la { $school-compulsory-age-start } la { $school-compulsory-age-end ->
            [one] { $school-compulsory-age-end } an
            [few] { $school-compulsory-age-end } ani
           *[other] { $school-compulsory-age-end } de ani
        }. Toți copiii care locuiesc aici au dreptul să învețe la școala de stat, fie că părinții au sau nu au permis de ședere. Școala nu are voie să refuze înscrierea pentru că părinții așteaptă răspuns de la AIMA sau nu au acte.

        ## Unde și când
        - Școlile de stat sunt organizate în grupuri de școli (agrupamentos de escolas). Înscrieți copilul la grupul de școli din zona în care locuiți sau lucrați. La Junta de Freguesia (primăria de cartier) sau la primărie (Câmara Municipal) vi se spune care este.
        - Înscrierile obișnuite sunt primăvara și vara, pentru anul școlar următor (ano letivo). Cine vine din străinătate se poate înscrie oricând în timpul anului, după locurile libere din clase.
        - Grădinița (jardim de infância, educação pré-escolar) nu este obligatorie, dar partea educativă este gratuită la grădinițele de stat.

        ## Pașii
        1. Mergeți la secretariatul școlii principale a grupului (escola sede). Cine are Chave Móvel Digital (cheia digitală pe telefon) poate folosi și Portal das Matrículas.
        2. Completați înscrierea și spuneți cine este părintele sau persoana responsabilă de copil la școală (encarregado de educação).
        3. Dați certificatele școlare din țara de origine. Școala hotărăște în ce clasă intră copilul și se ocupă de echivalare.
        4. Cereți sprijin la limba portugheză (Português Língua Não Materna, PLNM) dacă cel mic încă nu vorbește bine portugheza. Îl puteți cere oricând în timpul anului.

        ## Ce documente duceți
        - Actul de identitate al copilului (de exemplu pașaportul) și al părintelui responsabil.
        - Dovada adresei: contractul de închiriere (contrato de arrendamento) sau adeverința de domiciliu (atestado) de la Junta de Freguesia.
        - Carnetul de vaccinări (boletim de vacinas).
        - NIF și numărul de utilizator SNS (número de utente) al copilului, dacă le are deja.
        - Certificatele și notele de la școala de dinainte, dacă le aveți.
        - Dacă nu are permis de ședere, puteți cere la AIMA înregistrarea ca minor străin (registo de menor estrangeiro), prin e-mail la { $aima-minors-register-email }. Documentul (credencial) pe care îl primiți este valabil doar pentru școală și sănătate.

        Dacă vă lipsește un document, faceți totuși înscrierea și întrebați la școală cum îl aduceți mai târziu.

        ## Ajutoare la școală
        - Ajutorul social școlar (Ação Social Escolar, ASE): ajutor pentru masă, rechizite și excursii școlare, după categoria (escalão) alocației pentru copii (abono de família).
        - La școala de stat manualele sunt, de regulă, gratuite.
        - Multe școli au mediatori sau profesori de sprijin pentru elevii veniți din alte țări.

        ## Costuri
        Înscrierea și orele la școala de stat sunt gratuite. Se pot plăti masa, programul prelungit (prolongamento de horário) și unele activități; ASE micșorează sau anulează aceste costuri.

        ## Dacă ceva nu merge
        - V-au refuzat înscrierea: cereți motivul în scris și vorbiți cu conducerea grupului de școli (direção do agrupamento).
        - Cereți ajutor la Linia de sprijin pentru migranți (Linha de Apoio a Migrantes), { $lam-phone-landline } sau { $lam-phone-mobile }, sau la un CNAI.
    .keywords = inscriere la scoala, înscriere la școală, inscriere scoala, inscriu copilul la scoala, sa dau copilul la scoala, scoala, școală, scoala de stat, scoala romaneasca, gradinita, grădiniță, cresa, creșă, clasa 1, clasa intai, clasa a 5a, gimnaziu, liceu, elev, copil, copii, copilul, an scolar, an școlar, manuale, carti gratis, rechizite, masa la scoala, cantina, copil fara acte, fără acte, copil fara permis, nu vorbeste portugheza, ajutor la portugheza, matrícula, matricula, matricular, escola, escola pública, escola publica, agrupamento de escolas, agrupamento, ano letivo, jardim de infância, jardim de infancia, pré-escolar, ensino básico, ensino secundário, PLNM, português língua não materna, ASE, ação social escolar, manuais escolares, encarregado de educação, portal das matrículas, registo de menor
    .questions =
        cum inscriu copilul la scoala in portugalia
        ne-am mutat in mijlocul anului, poate incepe scoala acum?
        scoala de stat e gratuita pentru straini?
        ce acte trebuie pentru inscrierea la scoala
        fetita nu vorbeste portugheza, are ajutor la scoala?
        la ce scoala il inscriu, agrupamento de lângă casă?
        scoala nu vrea sa-mi primeasca copilul, ce fac
        cartile si masa la scoala se platesc?
        gradinita pentru copil de 4 ani
        copilul unei prietene nu are acte, poate merge la scoala?

portuguese-courses = Cursuri gratuite de portugheză pentru adulți
    .summary = Cursurile de portugheză pentru străini (Português Língua de Acolhimento, PLA) sunt, în cea mai mare parte, gratuite și sunt pentru migranții care nu au portugheza ca limbă maternă. Se țin la școli de stat, la centre IEFP și la centre Qualifica. Certificatul de nivel A2 este dovada de limba portugheză pentru cetățenie și pentru șederea permanentă.
    .body =
        Cursurile de portugheză pentru străini (Português Língua de Acolhimento, PLA) au înlocuit vechiul program „Português para Todos” (PPT). Vă învață să citiți, să scrieți, să vorbiți și să înțelegeți portugheza și dau certificat pentru nivelurile A1 + A2 (începător) și B1 + B2 (mediu, „utilizator independent”).

        ## La ce folosește certificatul
        - În viața de zi cu zi, la muncă și la școala copiilor.
        - Certificatul de nivel A2 sau mai mare dovedește cunoașterea limbii portugheze cerută pentru cetățenie, pentru permisul de ședere permanentă (autorização de residência permanente) și pentru statutul de rezident pe termen lung (residente de longa duração).
        - Pentru cetățenie, legea în vigoare de la { $nationality-law-in-force } cere și, potrivit rezumatelor avocaților și presei, un test civic despre cultura portugheză și drepturile și îndatoririle cetățenilor. Cum și unde se dă nu a fost încă anunțat în sursele pe care le-am consultat: întrebați la IRN ce dovezi vi se cer.

        ## Cine poate veni la curs
        - Străinii de la { $pla-min-age ->
            [one] { $pla-min-age } an
            [few] { $pla-min-age } ani
           *[other] { $pla-min-age } de ani
        } în sus care nu au portugheza ca limbă maternă.
        - De regulă se cere unul dintre aceste documente: permisul de ședere (título de residência), viza, dovada unei cereri în curs la AIMA, dovada cererii de azil sau de protecție temporară, ori NISS. Regulile pot fi diferite: întrebați acolo unde se ține cursul.

        ## Unde sunt cursuri
        - La școli de stat (agrupamentos de escolas), de multe ori seara, după program.
        - La centrele de ocupare și formare profesională IEFP ({ $iefp-web }).
        - La centrele Qualifica.
        - Uneori la asociații, la primării (câmaras municipais) sau la firme, prin acorduri cu aceste instituții.

        ## Pașii
        1. Căutați un curs aproape de casă sau de serviciu: întrebați la școală, la centrul IEFP sau la centrul Qualifica, ori la Linia de sprijin pentru migranți (Linha de Apoio a Migrantes).
        2. Înscrieți-vă cu actele dumneavoastră. Vi se poate da un test ca să se vadă la ce nivel începeți.
        3. Veniți la ore: dacă lipsiți prea mult, puteți să nu primiți certificatul.
        4. La sfârșit primiți certificatul pentru nivelul terminat. Păstrați-l bine.

        ## Ce documente duceți
        - Pașaportul sau permisul de ședere.
        - Unul dintre documentele de mai sus, dacă nu aveți permis de ședere.
        - NIF și NISS, dacă le aveți.

        ## Costuri
        Potrivit AIMA, cele mai multe cursuri PLA sunt gratuite, dar poate depinde de instituția care ține cursul: întrebați înainte să vă înscrieți. Există și cursuri cu plată la universități, școli de limbi străine și firme. Înainte să plătiți, verificați dacă certificatul este acceptat pentru ce aveți nevoie: pentru cetățenie, certificatul trebuie să fie de la o instituție recunoscută (școală de stat, centru IEFP, centru Qualifica sau examen oficial).

        ## Dacă ceva nu merge
        - Nu sunt locuri sau nu este niciun curs aproape: cereți să fiți trecut pe lista de așteptare și încercați la altă școală sau la alt centru.
        - Ca să aflați unde sunt cursuri, puteți scrie și la AIMA: { $aima-language-email }.
        - Ajutor în limba dumneavoastră: Linia de sprijin pentru migranți (Linha de Apoio a Migrantes), { $lam-phone-landline } sau { $lam-phone-mobile }.
    .keywords = curs de portugheza, curs de portugheză, cursuri de portugheza, cursuri portugheza gratuite, ore de portugheza, lectii de portugheza, invat portugheza, învăț portugheză, sa invat portugheza, limba portugheza, limba portugheză, portugheza pentru straini, portugheza pentru incepatori, curs gratuit, cursuri gratis, nu stiu portugheza, nu vorbesc portugheza, nu vorbesc limba, limba, certificat de limba, certificat A2, nivel A2, A1, A2, B1, B2, PLA, português língua de acolhimento, portugues lingua de acolhimento, PPT, português para todos, portugues para todos, curso de português, curso de portugues, aulas de português, aprender português, IEFP, iefp, Qualifica, centro qualifica, língua portuguesa, lingua portuguesa, portuguese course
    .questions =
        cursuri gratuite de portugheza pentru imigranti
        unde invat portugheza gratis in Lisabona
        curs PLA cum ma inscriu
        certificatul A2 de la cursul gratuit e bun pentru cetatenie?
        cursuri de portugheza la iefp
        curs de portugheza seara pentru cei care lucreaza
        vreau A2, unde pot face cursul
        curs de limba portugheza online gratuit de la stat

higher-education = Admiterea la facultate (ensino superior)
    .summary = Cine locuiește legal în Portugalia de o vreme dă admitere la universități și institute politehnice ca studenții portughezi, de regulă prin concursul național de admitere (Concurso Nacional de Acesso) al DGES. Cine vine din străinătate ca să studieze candidează ca student internațional, direct la instituție, și plătește taxe de școlarizare mai mari.
    .body =
        Învățământul superior (ensino superior) cuprinde universitățile și institutele politehnice (institutos politécnicos), de stat și private. DGES (Direção-Geral do Ensino Superior, { $dges-web }) organizează concursul național de admitere (Concurso Nacional de Acesso) la instituțiile de stat. Fiecare instituție se ocupă de concursurile speciale și de studenții internaționali.

        ## Student național sau internațional?
        Este student internațional (estudante internacional) cine, la începutul anului în care candidează, îndeplinește toate condițiile de mai jos:
        - nu are cetățenia portugheză și nici pe cea a unei țări din Uniunea Europeană sau din Spațiul Economic European;
        - nu este membru al familiei unui cetățean portughez sau al Uniunii Europene;
        - nu locuiește legal în Portugalia de mai mult de { $higher-ed-international-residence-years ->
            [one] { $higher-ed-international-residence-years } an
            [few] { $higher-ed-international-residence-years } ani
           *[other] { $higher-ed-international-residence-years } de ani
        } fără întrerupere (și nici nu este copilul cuiva care locuiește);
        - nu are statutul de egalitate în drepturi și obligații (estatuto de igualdade, de exemplu cel al brazilienilor).

        Cine nu este student internațional candidează și plătește ca studenții portughezi. Există excepții: întrebați la secretariatul facultății (serviços académicos).

        ## Cum intrați
        - Concursul național de admitere: candidatura se face pe internet, vara. Aveți nevoie de liceul terminat (cu echivalare, dacă l-ați terminat în străinătate) și de examenele naționale cerute de specializare (provas de ingresso).
        - Concursuri speciale, de exemplu pentru cei de peste { $higher-ed-mature-age ->
            [one] { $higher-ed-mature-age } an
            [few] { $higher-ed-mature-age } ani
           *[other] { $higher-ed-mature-age } de ani
        }, cu probe date chiar la instituție.
        - Student internațional: candidați direct la universitate sau la institutul politehnic, după anunțul (edital) și calendarul fiecărei instituții.
        - Refugiații și persoanele în situații de urgență umanitară au reguli speciale: întrebați la instituție.

        ## Pașii (student internațional)
        1. Alegeți specializarea și citiți anunțul (edital) instituției.
        2. Candidați pe internet, cu documentele cerute.
        3. Dacă sunteți admis și încă locuiți în afara Portugaliei, cereți viza de studii la consulat.
        4. Faceți înscrierea (matrícula) și plătiți taxa de școlarizare (propina).

        ## Documente
        - Pașaportul sau permisul de ședere (título de residência).
        - Diploma de bacalaureat și notele de la liceu, legalizate (cu apostila de la Haga, Apostila de Haia, sau la consulat) și traduse, dacă este nevoie.
        - Dovada examenelor sau probelor cerute de specializare.
        - Dovada nivelului de limba portugheză, dacă o cere instituția.

        ## Costuri
        - Taxa de școlarizare (propina) la instituțiile de stat pentru studenții naționali are o sumă maximă stabilită prin lege.
        - Studenții internaționali plătesc taxe mai mari, stabilite de fiecare instituție. Instituțiile private au prețurile lor.
        - Pot exista taxe de candidatură și de înscriere.
        - Pentru burse, întrebați la serviciile sociale ale instituției (Serviços de Ação Social).

        ## Dacă ceva nu merge
        - Nu știți dacă sunteți student național sau internațional: întrebați la secretariatul facultății înainte să candidați.
        - Ajutor în limba dumneavoastră: Linia de sprijin pentru migranți (Linha de Apoio a Migrantes), { $lam-phone-landline } sau { $lam-phone-mobile }.
    .keywords = facultate, facultatea, universitate, universitatea, politehnica, admitere, admitere facultate, intru la facultate, studii superioare, licenta, licență, master, masterat, doctorat, student, studenti, student international, student strain, taxa de scolarizare, taxă de școlarizare, cat costa facultatea, taxa facultate, bursa, bursă, bursa de studii, examene nationale, bacalaureat, bac, candidatura, peste { $higher-ed-mature-age } ani, studii in portugalia, sa studiez in portugalia, ensino superior, universidade, faculdade, politécnico, politecnico, licenciatura, mestrado, doutoramento, candidatura, concurso nacional de acesso, exames nacionais, provas de ingresso, estudante internacional, propina, propinas, bolsa de estudo, DGES, dges, maiores de { $higher-ed-mature-age }, matrícula, edital
    .questions =
        cum ma inscriu la facultate in portugalia
        sunt roman, platesc taxe ca student international?
        concurso nacional de acesso pentru straini
        examene de admitere la universitate portugalia
        cum aplic la master in portugalia din Romania
        acte pentru admiterea la facultate
        burse pentru studenti imigranti
        cat costa facultatea in portugalia, propinas

diploma-equivalence = Echivalarea certificatelor școlare și a diplomelor din străinătate
    .summary = Certificatele de la școala generală și de la liceu obținute în străinătate se echivalează la o școală, oricând în timpul anului. Diplomele de studii superioare sunt recunoscute de DGES sau de o universitate ori un institut politehnic, cu o cerere pe internet.
    .body =
        Echivalarea (equivalência) arată cărui nivel din Portugalia îi corespunde ce ați studiat în altă țară. Vă folosește ca să continuați studiile, ca să candidați la locuri de muncă și la concursuri pentru posturi în stat (concursos públicos) și, de multe ori, pentru formarea profesională.

        ## Școala generală și liceul (ensino básico e secundário)
        - Echivalarea se cere la o școală de stat (școală generală sau liceu) sau la o școală privată cu autonomie pedagogică. Cine încă nu locuiește în Portugalia trimite cererea prin poștă la DGE (Direção-Geral da Educação, { $dge-web }).
        - Se poate cere oricând în timpul anului.
        - Există tabele de echivalare pentru fiecare țară. Cazurile care nu sunt în tabele le hotărăsc serviciile Ministerului Educației.

        ## Pașii (la școală)
        1. Cereți la secretariatul școlii formularul de echivalare (requerimento de equivalência).
        2. Adăugați documentele și depuneți totul la școală.
        3. Așteptați decizia și cereți certificatul de echivalare.

        ## Documente (la școală)
        - Formularul completat.
        - Certificatul sau diploma cu anii terminați și notele finale (de exemplu foaia matricolă).
        - Certificatul trebuie legalizat: la consulatul Portugaliei din țara de origine, la ambasada sau consulatul țării dumneavoastră din Portugalia, ori cu apostila de la Haga (Apostila de Haia).
        - Traducerea în portugheză, dacă documentul este în altă limbă.
        - Copia actului de identitate.
        - Uneori se cere și scala de notare folosită în țara de origine.

        ## Studiile superioare
        Diplomele de licență (licenciatura), master (mestrado) și doctorat (doutoramento) sunt recunoscute, nu „echivalate”. Există trei tipuri:
        - Recunoaștere automată (reconhecimento automático): pentru diplomele care sunt pe o listă oficială. Se cere la DGES sau la o instituție de învățământ superior de stat.
        - Recunoaștere de nivel (reconhecimento de nível): arată cărei diplome portugheze îi corespunde a dumneavoastră.
        - Recunoaștere specifică (reconhecimento específico): compară studiile cu o anumită specializare din Portugalia. Poate fi necesară ca să continuați studiile sau pentru unele profesii.

        Cererea se face pe internet, pe platforma DGES ({ $dges-web }), cu documentele scanate și legalizate. Fiecare instituție are lista ei de taxe (emolumentos): recunoașterea automată este cea mai ieftină; celelalte costă mult mai mult.

        ## Profesiile reglementate
        Ca să lucrați ca medic, asistent medical, inginer, avocat sau în alte profesii reglementate, pe lângă recunoașterea diplomei trebuie să vă înscrieți în ordinul sau asociația profesională (ordem profissional).

        ## Dacă ceva nu merge
        - Nu puteți obține documente din țara dumneavoastră (de exemplu din cauza războiului sau pentru că sunteți refugiat): spuneți acest lucru la școală sau la DGES. Există proceduri alternative.
        - Dacă cererea este respinsă, cereți decizia în scris: puteți face contestație sau recurs.
        - Ajutor în limba dumneavoastră: Linia de sprijin pentru migranți (Linha de Apoio a Migrantes), { $lam-phone-landline } sau { $lam-phone-mobile }.
    .keywords = echivalare, echivalarea, echivalare studii, echivalarea studiilor, echivalare diploma, echivalez diploma, recunoastere diploma, recunoaștere diplomă, nostrificare, diploma de bac, diploma bacalaureat, diploma de liceu, certificat scolar, foaie matricola, foaia matricolă, situatie scolara, clasa a 12a, clasa a 9a, liceu, studii in romania, studii din moldova, diploma straina, licenta, licență, master, doctorat, apostila, apostilă, apostila haga, traducere, traducere legalizata, legalizare acte, equivalência, equivalencia, reconhecimento de diploma, reconhecimento, revalidação, revalidacao, certificado de habilitações, certificado de habilitacoes, 12.º ano, secundário, secundario, licenciatura, mestrado, doutoramento, DGES, DGE, ReCon, apostila de haia, tradução, traducao
    .questions =
        echivalarea diplomei de bacalaureat in portugalia
        cum echivalez clasele copilului facute in Romania
        foaia matricola de la scoala din Moldova, unde o echivalez
        recunoastere diploma de licenta dges online
        trebuie apostila pentru echivalarea diplomei?
        cat costa echivalarea
        scoala cere traducerea notelor copilului
        echivalarea se poate face oricand in timpul anului?
