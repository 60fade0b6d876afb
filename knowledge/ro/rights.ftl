# Drepturi: asistență juridică, discriminare, violență domestică, trafic de persoane și drepturile tuturor.

legal-aid = Asistența juridică gratuită și avocatul din oficiu
    .summary = Cine nu are bani să plătească un avocat sau cheltuielile unui proces poate cere protecție juridică (proteção jurídica) la asigurările sociale (Segurança Social). Dacă cererea este aprobată, Baroul avocaților (Ordem dos Advogados) numește un avocat pentru cazul dumneavoastră.
    .body =
        Protecția juridică (proteção jurídica) este un ajutor de la stat pentru cei care nu pot plăti un avocat sau cheltuielile unui proces. Cererea o decide Segurança Social (Legea 34/2004, Lei 34/2004). Avocatul este numit de Baroul avocaților (Ordem dos Advogados).

        ## Ce puteți cere
        - Consultație juridică (consulta jurídica): o întâlnire cu un avocat despre un caz anume, de exemplu o concediere, o evacuare din locuință sau o datorie.
        - Asistență judiciară (apoio judiciário), pentru un proces în instanță, la un judecător de pace (julgado de paz) sau în unele proceduri la oficiile de registru (conservatórias): numirea și plata unui avocat din oficiu („patrono”), scutirea de taxa judiciară (taxa de justiça) și de celelalte cheltuieli ale procesului sau plata acestor cheltuieli în rate.

        ## Cine poate cere
        - Cine dovedește că nu poate plăti. Segurança Social socotește veniturile și bunurile întregii gospodării (agregado familiar).
        - Străinii cu permis de ședere (título de residência) valabil într-o țară a Uniunii Europene.
        - Străinii fără permis de ședere: doar dacă legea țării lor dă același drept portughezilor. Verificați cazul dumneavoastră la Segurança Social.
        - Dacă sunteți inculpat (arguido) într-un proces penal și nu aveți avocat, vi se numește un apărător (defensor). Apoi puteți cere asistență judiciară ca să nu trebuiască să-l plătiți.

        ## Pașii
        1. Completați cererea de protecție juridică (requerimento de proteção jurídica). O puteți depune pe Segurança Social Direta (serviciul online al asigurărilor sociale), prin poștă sau la un ghișeu Segurança Social, cu programare la { $ss-appointment-phone } sau { $ss-appointment-phone-alt }.
        2. Alegeți tipul de ajutor și adăugați documentele. Dacă există deja un proces, scrieți instanța și numărul dosarului. Păstrați dovada depunerii.
        3. Dacă ați cerut avocat și vă curge un termen într-un proces, duceți imediat la instanță dovada cererii. Astfel termenul se oprește până când este numit avocatul.
        4. Segurança Social trebuie să decidă în { $legal-aid-decision-days ->
            [one] { $legal-aid-decision-days } zi
            [few] { $legal-aid-decision-days } zile
           *[other] { $legal-aid-decision-days } de zile
        }. Dacă nu răspunde în acest termen, cererea se consideră aprobată („deferimento tácito”).
        5. Dacă cererea este aprobată, Ordem dos Advogados alege avocatul și vă trimite numele și datele lui de contact. Nu îl puteți alege dumneavoastră.

        ## Documente
        - Actul de identitate și permisul de ședere, dacă îl aveți.
        - NIF și NISS. Cererea cere NISS: dacă nu îl aveți, cereți-l mai întâi.
        - Dovezi ale veniturilor (fluturași de salariu, recibos de vencimento, declarația de impozit IRS) și ale chiriei.
        - Hârtiile cazului: scrisori, contracte, notificări de la instanță.

        ## Costuri
        Cererea este gratuită. Cu ajutor total, nu plătiți nici avocatul, nici cheltuielile procesului. Cu ajutor parțial, plătiți o parte în rate.

        ## Dacă ceva nu merge
        - Cererea a fost respinsă: scrisoarea cu decizia explică cum o contestați (impugnação). Termenul este scurt: citiți-o imediat.
        - Aveți o problemă serioasă cu avocatul numit: explicați motivul la Ordem dos Advogados și cereți înlocuirea lui.
        - Întrebări despre cerere: Segurança Social, { $ss-phone } sau { $ss-phone-alt } ({ $ss-hours }).
        - Ajutor în limba dumneavoastră: Linia de sprijin pentru migranți (Linha de Apoio a Migrantes), { $lam-phone-landline } sau { $lam-phone-mobile }.
    .keywords = avocat, avocat gratuit, avocat din oficiu, avocat de la stat, avocat pe gratis, n-am bani de avocat, nu am bani de avocat, nu pot plati avocatul, asistenta juridica, asistență juridică, ajutor juridic, consultanta juridica, sfat juridic, consultatie juridica, jurist, proces, instanta, instanță, tribunal, judecata, taxa judiciara, cheltuieli de judecata, aparator, apărător, inculpat, baroul, apoio jurídico, apoio juridico, proteção jurídica, protecao juridica, apoio judiciário, apoio judiciario, advogado, advogado gratuito, advogado oficioso, defensor oficioso, patrono, nomeação de patrono, consulta jurídica, taxa de justiça, custas, ordem dos advogados, segurança social, seguranca social, lawyer
    .questions =
        nu am bani de avocat
        avocat gratuit portugalia cum cer
        avocat din oficiu in portugalia
        imi trebuie avocat pentru dosar dar nu am bani
        ce acte pentru protectie juridica la segurança social
        cat dureaza sa primesc avocatul numit
        mi-au respins cererea de avocat din oficiu
        platesc taxele de judecata in rate

discrimination-complaint = Plângerea pentru discriminare rasială sau etnică
    .summary = În Portugalia este interzis să discriminezi pe cineva din cauza culorii pielii, a originii etnice sau a cetățeniei. CICDR este instituția care răspunde de plângeri, dar la { $cicdr-status-date } încă nu le rezolva: există alte căi care funcționează, ca ACT, poliția, procuratura (Ministério Público) și APAV.
    .body =
        Legea 93/2017 (Lei 93/2017) interzice discriminarea din cauza originii rasiale sau etnice, a culorii pielii, a cetățeniei, a descendenței sau a locului de origine. Este valabilă la muncă, când căutați locuință, în sănătate, la școală, în magazine, baruri și alte servicii și, de asemenea, la serviciile publice.

        ## Exemple
        - Cineva refuză să vă închirieze o locuință „pentru că sunteți străin” sau din cauza culorii pielii.
        - Nu sunteți lăsat să intrați într-un bar sau într-un magazin, ori sunteți servit mai prost decât ceilalți.
        - Sunteți plătit mai puțin decât colegii pentru aceeași muncă din cauza originii dumneavoastră.
        - Jigniri sau amenințări rasiste, inclusiv pe rețelele sociale.

        ## CICDR
        Comisia pentru egalitate și împotriva discriminării rasiale (Comissão para a Igualdade e Contra a Discriminação Racial, CICDR) primește plângerile și poate da amenzi (coimas). Funcționa pe lângă Înaltul Comisariat pentru Migrații (Alto Comissariado para as Migrações, ACM), care s-a desființat când a fost creată AIMA, la { $sef-abolished }. CICDR funcționează acum pe lângă Parlament (Assembleia da República).
        - La { $cicdr-status-date }, CICDR încă nu avea servicii de sprijin, iar plângerile nu erau rezolvate.
        - Vechiul e-mail și vechea adresă ale ACM nu mai funcționează. Nu trimiteți plângeri acolo.
        - Înainte să faceți plângere la CICDR, întrebați la Linia de sprijin pentru migranți (Linha de Apoio a Migrantes) dacă acum comisia primește plângeri și cum.

        ## Căi care funcționează
        - Discriminare la locul de muncă: plângere la ACT (Autoridade para as Condições do Trabalho), inspecția muncii, { $act-phone } sau pe { $act-web }, la „Queixas e denúncias”. Poate fi anonimă.
        - Agresiunile, amenințările, jignirile rasiste sau instigarea la ură pot fi infracțiuni: faceți plângere la PSP, la GNR, la Polícia Judiciária sau la procuratură (Ministério Público). Dacă sunteți în pericol, sunați la { $emergency-phone }.
        - Într-un magazin, restaurant, bancă sau alt serviciu: cereți Registrul de reclamații (Livro de Reclamações), pe hârtie sau în format electronic.
        - Sprijin pentru victime: APAV (Associação Portuguesa de Apoio à Vítima) are o unitate pentru victimele migrante și ale discriminării. Linia { $apav-phone }, gratuită ({ $apav-hours }).

        ## Pașii
        1. Scrieți imediat ce s-a întâmplat: ziua, ora, locul, ce s-a spus sau s-a făcut și cine.
        2. Păstrați dovezi: mesaje, e-mailuri, anunțuri, fotografii, înregistrări și datele de contact ale martorilor.
        3. Alegeți calea potrivită pentru cazul dumneavoastră și faceți plângerea. Cereți întotdeauna dovada.
        4. Dacă aveți nevoie de avocat și nu îl puteți plăti, cereți protecție juridică (proteção jurídica) la asigurările sociale (Segurança Social).

        ## Dacă ceva nu merge
        - Poliția nu vrea să primească plângerea: depuneți-o în scris la procuratură (Ministério Público), la tribunalul din zona dumneavoastră.
        - Nu știți de unde să începeți: sunați la APAV sau la Linia de sprijin pentru migranți, { $lam-phone-landline } sau { $lam-phone-mobile }.
    .keywords = discriminare, discriminat, discriminata, discriminare rasiala, rasism, rasist, xenofobie, xenofob, prejudecati, culoarea pielii, tigan, rrom, etnie, etnic, pentru ca sunt strain, pentru ca sunt roman, pentru ca sunt moldovean, nu ma lasa sa intru, nu vor sa-mi inchirieze, nu inchiriaza la straini, jigniri, injurii, insulte, m-a jignit, ura, discurs de ura, plangere, plângere, reclamatie, registrul de reclamatii, CICDR, cicdr, discriminação, discriminacao, racismo, racista, xenofobia, preconceito, cor da pele, cigano, queixa, denúncia, denuncia, reclamação, livro de reclamações, livro de reclamacoes, insulto, discurso de ódio, por ser estrangeiro, APAV, ACT, ministério público, ministerio publico, injúria racial
    .questions =
        cum reclam rasismul in portugalia
        m-au refuzat pentru ca sunt rom
        discriminare la munca pentru ca sunt strain
        unde ma plang de discriminare rasiala, CICDR nu raspunde
        m-au injurat pe strada pentru ca sunt tigan
        un magazin nu m-a servit din cauza nationalitatii
        plangere la politie pentru rasism
        proprietarul a zis ca nu inchiriaza la romi, pot face plangere?

domestic-violence = Violența domestică: ajutor și protecție
    .summary = Violența domestică este infracțiune publică în Portugalia, iar victimele au dreptul la protecție, inclusiv cele care nu au permis de ședere. Dacă sunteți în pericol, sunați la { $emergency-phone }. Pentru sprijin, sunați la { $dv-phone }, gratuit și la orice oră, sau trimiteți SMS la { $dv-sms }.
    .body =
        Violența domestică (violência doméstica) nu înseamnă doar bătaie. Înseamnă și amenințări, umilire, controlul banilor sau al telefonului, luarea actelor, interdicția de a ieși sau de a vorbi cu familia ori obligarea la relații sexuale. Poate veni de la soț sau soție, de la prieten, de la un fost partener sau de la altă persoană din familie, chiar dacă nu locuiți împreună.

        ## Dacă sunteți în pericol acum
        - Sunați la { $emergency-phone }. Este gratuit. Spuneți unde sunteți.
        - Dacă puteți, mergeți într-un loc sigur: la cineva de încredere, într-un magazin sau la o secție de poliție (esquadra).

        ## Linii de sprijin
        - Serviciul de informații pentru victimele violenței domestice (Serviço de Informação a Vítimas de Violência Doméstica), al CIG (Comissão para a Cidadania e a Igualdade de Género): { $dv-phone }, gratuit, la orice oră, în fiecare zi. Este anonim și confidențial. Și prin SMS la { $dv-sms }, gratuit.
        - APAV (Associação Portuguesa de Apoio à Vítima): { $apav-phone }, gratuit ({ $apav-hours }).
        - Aceste servicii vă ajută să faceți un plan de siguranță și vă trimit la sprijin psihologic, juridic și la o casă de adăpost (casa de abrigo).
        - Dacă nu vorbiți bine portugheza, spuneți de la început ce limbă vorbiți.

        ## Plângerea
        - Pentru că este infracțiune publică, plângerea o poate face victima sau oricine știe de infracțiune. Procesul merge mai departe chiar dacă victima se răzgândește.
        - Faceți plângere la PSP, la GNR, la Polícia Judiciária sau la procuratură (Ministério Público).
        - Odată cu plângerea primiți statutul de victimă (estatuto de vítima): un document care spune care sunt drepturile dumneavoastră.

        ## Drepturile dumneavoastră
        - Informații despre proces într-o limbă pe care o înțelegeți, cu interpret dacă este nevoie.
        - Protecție: instanța îl poate scoate pe agresor din casă și îi poate interzice să se apropie de dumneavoastră sau să vă contacteze.
        - Cazare gratuită într-o casă de adăpost, împreună cu copiii, într-un loc secret.
        - Avocat: puteți cere protecție juridică (proteção jurídica) la asigurările sociale (Segurança Social).
        - La muncă: absențe motivate din cauza violenței și cererea de a vă muta la alt loc de muncă.

        ## Dacă permisul dumneavoastră de ședere depinde de agresor
        - Cine a venit prin reîntregirea familiei (reagrupamento familiar) se poate teme că își pierde dreptul de ședere. Legea străinilor (Lei de Estrangeiros) permite acordarea unui permis de ședere autonom (doar al dumneavoastră) înainte de termenul obișnuit, de exemplu când procuratura îl acuză pe agresor de violență domestică.
        - Păstrați copii ale actelor dumneavoastră într-un loc sigur. Dacă agresorul v-a luat pașaportul, spuneți poliției.
        - Înainte să rezolvați problema la AIMA, cereți sfatul APAV sau al Liniei de sprijin pentru migranți (Linha de Apoio a Migrantes), { $lam-phone-landline } sau { $lam-phone-mobile }.

        ## Dacă ceva nu merge
        - Nu vi s-a primit plângerea: mergeți la procuratură (Ministério Público), la tribunalul din zona dumneavoastră.
        - Mai multe informații: { $cig-web }.
    .keywords = violenta domestica, violență domestică, violenta in familie, violență în familie, violenta, ma bate, mă bate, m-a batut, sotul ma bate, soțul mă bate, sotul bea si ma bate, concubinul, prietenul ma bate, fostul, agresor, agresiune, bataie, bătaie, abuz, abuzuri, amenintari, amenințări, mi-e frica, frica, ma tine in casa, mi-a luat actele, viol, abuz sexual, adapost, adăpost, casa de adapost, ordin de protectie, ordin de restrictie, victima, victimă, plangere, politia, poliția, ajutor urgent, sms, { $dv-phone }, { $dv-sms }, violência doméstica, violencia domestica, agressão, agressor, maus tratos, casa de abrigo, estatuto de vítima, estatuto de vitima, CIG, APAV, apav, queixa, denúncia, polícia, violação, residência autónoma, residencia autonoma, reagrupamento
    .questions =
        sotul ma bate ce pot face
        numar violenta domestica portugalia
        permisul meu de sedere depinde de sotul care ma agreseaza
        pot face plangere pentru violenta daca nu am acte?
        adapost pentru femei si copii
        mi-a luat pasaportul si ma ameninta
        trimit sms pentru ajutor violenta in familie
        politia ma protejeaza daca il reclam pe partener?

human-trafficking = Traficul de persoane și munca forțată
    .summary = Dacă cineva vă obligă să munciți, v-a luat actele sau vă ține cu o datorie care nu se mai termină, puteți fi victimă a traficului de persoane. Sunați la { $trafficking-phone }, la orice oră și anonim, sau la { $emergency-phone } dacă sunteți în pericol. Victimele au protecție și pot primi permis de ședere.
    .body =
        Traficul de persoane (tráfico de pessoas) este o infracțiune gravă. Are loc când cineva recrutează, transportă sau cazează o persoană, prin înșelăciune, amenințări, violență sau profitând de situația ei, ca s-o exploateze: muncă forțată, exploatare sexuală, cerșetorie, căsătorie forțată sau obligarea de a comite infracțiuni. Se poate întâmpla chiar și celor care au acceptat să vină și au intrat cu viză.

        ## Semne de alarmă
        - V-au luat pașaportul sau permisul de ședere.
        - Aveți o datorie pentru drum, pentru cazare sau pentru „acte” care nu se mai termină.
        - Munciți multe ore fără să fiți plătit sau primiți mult mai puțin decât vi s-a promis.
        - Nu aveți voie să plecați de la muncă sau din casă ori sunteți mereu supravegheat.
        - Sunteți amenințat dumneavoastră sau familia, ori vi se spune că poliția vă arestează pentru că nu aveți acte.
        - Locuiți la locul de muncă în condiții rele și vi se ia totul din salariu.

        ## Cum cereți ajutor
        - Linia de sprijin pentru victimele traficului: { $trafficking-phone }, la orice oră, anonim. Apelul costă cât un apel către un număr de mobil.
        - Echipele specializate din fiecare regiune (EME), tot la orice oră: Nord { $trafficking-eme-north-phone }, Centru { $trafficking-eme-centre-phone }, Alentejo { $trafficking-eme-alentejo-phone }, Lisabona { $trafficking-eme-lisbon-phone }, Algarve { $trafficking-eme-algarve-phone }.
        - Dacă sunteți în pericol: { $emergency-phone }. Ancheta o face Polícia Judiciária; puteți merge și la PSP sau la GNR.
        - Exploatare la muncă: ACT (inspecția muncii) primește plângeri, și anonime, la { $act-phone } sau pe { $act-web }.
        - APAV (asociația de sprijin pentru victime): { $apav-phone }, gratuit.

        ## Protecția victimelor
        - Cazare sigură, mâncare, îngrijiri medicale urgente, sprijin psihologic, interpret și asistență juridică.
        - O perioadă de gândire (prazo de reflexão) de { $trafficking-reflection-min-days } până la { $trafficking-reflection-max-days ->
            [one] { $trafficking-reflection-max-days } zi
            [few] { $trafficking-reflection-max-days } zile
           *[other] { $trafficking-reflection-max-days } de zile
        }, ca să vă reveniți și să hotărâți dacă vreți să colaborați cu ancheta. În acest timp nu puteți fi trimis din țară.
        - Faptul că ați intrat fără viză sau ați lucrat fără permis nu vă împiedică să primiți această protecție.

        ## Permisul de ședere
        - AIMA dă permis de ședere (autorização de residência) victimelor traficului, chiar dacă au intrat ilegal (articolul 109 din Legea străinilor, Lei de Estrangeiros). Procedura începe când poliția sau procuratura (Ministério Público) anunță cazul la AIMA.
        - De regulă, victima trebuie să colaboreze cu ancheta și să rupă legăturile cu suspecții. Legea permite să fie dat și fără colaborare, când situația personală a victimei o cere, de exemplu din motive de siguranță, de sănătate sau de familie.
        - Permisul este valabil { $trafficking-permit-years ->
            [one] { $trafficking-permit-years } an
            [few] { $trafficking-permit-years } ani
           *[other] { $trafficking-permit-years } de ani
        } și poate fi reînnoit.

        ## Dacă ceva nu merge
        - Vă este frică să vorbiți cu poliția: sunați mai întâi la linia { $trafficking-phone } sau la APAV. Vă explică pașii și vă pot însoți.
        - Cunoașteți pe cineva în această situație: puteți suna pentru acea persoană, fără să vă spuneți numele.
        - Mai multe informații: Observatorul traficului de ființe umane (Observatório do Tráfico de Seres Humanos), { $otsh-web }.
    .keywords = trafic de persoane, traficul de persoane, trafic de fiinte umane, trafic uman, traficant, traficanti, munca fortata, muncă forțată, munca obligatorie, sclavie, sclav, exploatare, exploatat, exploatare prin munca, exploatare sexuala, prostitutie fortata, mi-au luat pasaportul, mi-a luat buletinul, patronul mi-a luat actele, datorie, datoria pentru drum, nu ma lasa sa plec, nu ma lasa sa ies, nu ma plateste, inselat, înșelat, mi-au promis lucru, recrutor, racolare, mafie, cersetorie, tráfico de pessoas, trafico de pessoas, tráfico de seres humanos, trabalho forçado, trabalho forcado, trabalho escravo, exploração, exploracao, exploração sexual, ficaram com o passaporte, dívida, divida, angariador, OTSH, EME, { $trafficking-phone }, vítima, vitima, autorização de residência vítima
    .questions =
        patronul mi-a luat buletinul si pasaportul si nu mi le da
        ma pune sa muncesc ca sa platesc o datorie care nu se termina
        munca fortata la cules in Alentejo, cine ma ajuta
        numar trafic de persoane portugalia
        mi-au promis munca si acum nu pot pleca
        victimele traficului primesc permis de sedere?
        obligat sa muncesc fara bani si inchis
        cred ca o prietena e victima a traficului

rights-regardless-of-status = Drepturile tuturor, cu sau fără acte
    .summary = Chiar și fără permis de ședere aveți drepturi în Portugalia: îngrijiri medicale urgente, școală pentru copii, salariu și siguranță la locul de muncă și protecție dacă sunteți victima unei infracțiuni. Aflați unde cereți fiecare dintre ele.
    .body =
        Unele drepturi nu depind de permisul de ședere (autorização de residência) și nici de rezolvarea dosarului la AIMA. Sunt valabile și pentru cei care așteaptă o decizie, pentru cei cu permisul expirat și pentru cei care n-au avut niciodată acte.

        ## Sănătate
        - Îngrijirile urgente nu sunt refuzate niciodată, cu sau fără acte. Urgență: { $emergency-phone }.
        - Fără permis de ședere, centrul de sănătate (centro de saúde) vă dă totuși număr de utilizator, dar înregistrarea rămâne „em curso” (în curs) sau „incompleto” (incompletă) (Autoritatea de Reglementare a Sănătății, ERS, { $health-ers-faq-date }). Luați adeverința de domiciliu (atestado de residência) de la Junta de Freguesia.
        - Sarcina și nașterea, îngrijirea copiilor, vaccinurile și bolile contagioase sunt tratate indiferent de situație. Alte îngrijiri pot fi taxate: întrebați înainte de consultație.
        - Nu am găsit nicio regulă care să oblige serviciile de sănătate să anunțe AIMA sau poliția.
        - Pentru întrebări despre sănătate, sunați la SNS 24: { $sns24-phone }.

        ## Școală
        - Toți copiii și tinerii pot merge la școala de stat, oricare ar fi situația părinților.
        - Faceți înscrierea (matrícula) la școala sau la grupul de școli (agrupamento de escolas) din zona în care locuiți. Lipsa permisului de ședere nu este un motiv pentru refuzul înscrierii.

        ## Muncă
        - Cine muncește are dreptul la salariul stabilit, niciodată sub salariul minim ({ $minimum-wage } pe lună cu normă întreagă), la program legal, la odihnă și la condiții sigure. Acest lucru este valabil chiar și fără contract scris și fără permis de ședere.
        - La un accident de muncă aveți dreptul la tratament. Angajatorul (entidade patronal) este obligat să aibă asigurare.
        - Salarii neplătite, abuzuri sau pericol la muncă: plângere la ACT (inspecția muncii), { $act-phone } sau { $act-web }. Poate fi anonimă.

        ## Justiție și protecție
        - Dacă sunteți victima unei infracțiuni, puteți face plângere la PSP, la GNR sau la procuratură (Ministério Público).
        - Victimele violenței domestice ({ $dv-phone }) și ale traficului de persoane ({ $trafficking-phone }) au protecție și sprijin speciale.
        - Dacă vă este frică să vă întoarceți în țara dumneavoastră din cauza persecuției sau a războiului, puteți cere azil. Cât timp cererea este analizată, aveți drepturi.
        - Asistența juridică de la stat: cine nu are permis de ședere o poate cere doar dacă țara lui dă același drept portughezilor. La CNAI și la asociațiile de imigranți puteți primi informații gratuite.

        ## Unde cereți ajutor
        - Linia de sprijin pentru migranți (Linha de Apoio a Migrantes): { $lam-phone-landline } (de pe telefon fix) sau { $lam-phone-mobile } (de pe mobil), { $lam-hours }.
        - CNAI la Lisabona ({ $cnai-lisboa-address }), la Porto, la Faro și la Beja și centrele locale de sprijin pentru migranți (CLAIM) de la multe primării.

        ## Atenție
        - Nimeni nu are voie să vă țină pașaportul. Nu-l dați patronului și nici intermediarilor.
        - Feriți-vă de cei care cer bani ca să vă „rezolve actele” sau vând programări la AIMA: programările sunt gratuite.
        - Păstrați copii ale tuturor documentelor, contractelor, fluturașilor de salariu și mesajelor de la muncă.
    .keywords = fara acte, fără acte, fara documente, fara permis, fara rezidenta, fără permis de ședere, ilegal, ilegali, nelegalizat, la negru, permis expirat, viza expirata, drepturi, drepturile mele, ce drepturi am, am dreptul, drepturile imigrantilor, drepturi imigranti, imigrant ilegal, sanatate fara acte, doctor fara acte, scoala fara acte, copil fara acte, munca fara acte, lucrez fara acte, salariu, patron, ma pot expulza, ma trimite acasa, deportare, politia, azil, ajutor, sem papéis, sem papeis, sem documentos, indocumentado, irregular, sem visto, sem residência, título caducado, direitos, direitos do imigrante, ACT, queixa, urgência, hospital, centro de saúde, centro de saude, asilo, polícia, CNAI, CLAIM, linha de apoio
    .questions =
        ce drepturi am fara acte in portugalia
        drepturile imigrantilor fara documente
        mi-a expirat cardul de rezidenta, mai am drepturi la munca?
        pot merge la politie daca sunt ilegal?
        copiii pot merge la scoala fara acte?
        fara acte, patronul trebuie sa ma plateasca?
        cine ma ajuta daca nu am documente
        viza expirata, ce am voie sa fac
