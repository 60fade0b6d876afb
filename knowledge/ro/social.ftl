# Asigurări sociale și impozite: NIF, NISS, contribuții și ajutoare sociale.

nif-tax-number = Numărul fiscal (NIF)
    .summary = NIF (número de identificação fiscal sau número de contribuinte) este numărul fiscal pe care îl primiți de la Finanțe (Finanças). Aveți nevoie de el ca să lucrați, să închiriați o locuință sau să deschideți un cont la bancă. Îl puteți cere personal, cu programare, sau pe internet, printr-un reprezentant legal.
    .body =
        NIF este numărul dumneavoastră la Finanțe (Autoridade Tributária e Aduaneira, AT), adică la fisc. Vă trebuie ca să semnați un contract de muncă, să închiriați o locuință, să deschideți un cont la bancă, să cereți facturi pe numele dumneavoastră și să cereți permisul de ședere. Îl puteți cere chiar dacă nu aveți permis de ședere.

        ## Cum îl cereți
        - Personal: la un birou al Finanțelor (Serviço de Finanças) sau la un Loja do Cidadão (centru cu mai multe servicii publice), cu programare. Vă puteți programa pe Portal das Finanças ({ $at-web }) sau la telefon, { $at-phone }.
        - Pe internet: un reprezentant legal (de exemplu un avocat, un solicitador, adică un fel de consilier juridic, sau altă persoană cu procură) face cererea în locul dumneavoastră prin e-balcão, pe Portal das Finanças, la „Registo Contribuinte › Identific › Atrib/Alter NIF-Singulares”.

        ## Documente
        - Pașaportul sau alt act de identitate valabil (cartea de rezidență, dacă o aveți deja).
        - Dovada adresei: în Portugalia, dacă locuiți deja aici; în străinătate, dacă încă locuiți în altă țară.
        - Dacă cererea o face un reprezentant legal: actul lui de identitate și procura (procuração). Procura dată unui avocat sau unui solicitador nu are nevoie de semnătură legalizată.

        ## Reprezentantul fiscal
        - Reprezentantul legal și reprezentantul fiscal nu sunt același lucru. Reprezentantul legal doar depune cererea. Reprezentantul fiscal (representante fiscal) răspunde în fața Finanțelor pentru cei care locuiesc în afara Uniunii Europene și a Spațiului Economic European.
        - Înainte, cine avea adresa în afara acestor țări trebuia să-și numească un reprezentant fiscal. Acum nu mai este obligatoriu dacă vă abonați la notificările electronice pe Portal das Finanças (articolul 19 din Legea generală fiscală, Lei Geral Tributária). Verificați la Finanțe când faceți cererea.
        - Când vă mutați să locuiți în Portugalia, schimbați adresa la Finanțe. Cu adresă în Portugalia nu aveți nevoie de reprezentant fiscal.

        ## După ce aveți NIF
        1. Cereți parola (senha) pentru Portal das Finanças. Parola vine prin scrisoare la adresa pe care ați dat-o, așa că adresa trebuie să fie corectă.
        2. Cu parola vă puteți vedea și actualiza datele, vă puteți abona la notificările electronice și, mai târziu, puteți depune declarația de impozit pe venit (IRS).

        ## Costuri
        NIF se cere gratuit la Finanțe. Avocații, solicitadores și firmele care fac cererea pentru dumneavoastră își iau plată pentru serviciu.

        ## Dacă ceva nu merge
        - Nu găsiți loc pentru programare: încercați la alt birou al Finanțelor sau la alt Loja do Cidadão, ori scrieți prin e-balcão.
        - Ați pierdut numărul: apare pe scrisori și facturi mai vechi, sau îl puteți cere la un birou al Finanțelor cu actul de identitate.
        - Pentru ajutor în limba dumneavoastră, sunați la Linia de sprijin pentru migranți (Linha de Apoio a Migrantes): { $lam-phone-landline } sau { $lam-phone-mobile }.
    .keywords = NIF, nif, numar fiscal, număr fiscal, numarul fiscal, cod fiscal, codul fiscal, cod de identificare fiscala, cnp portugalia, fisc, finante, finanțe, la finante, cum fac nif, fac nif, scot nif, nif online, nif fara rezidenta, nif fără permis, reprezentant fiscal, procura, parola finante, declaratie de impozit, impozit, taxe, número de contribuinte, numero de contribuinte, contribuinte, finanças, financas, AT, portal das finanças, portal das financas, e-balcão, ebalcao, representante fiscal, procuração, senha das finanças, IRS, loja do cidadão, loja do cidadao
    .questions =
        cum fac NIF
        sunt roman, imi trebuie reprezentant fiscal pentru NIF?
        numar fiscal portugalia online
        ce e numero de contribuinte, ca CNP-ul?
        acte pentru NIF la finanças
        cat costa sa faci NIF
        parola pentru portal das finanças cum o primesc
        am nevoie de nif pentru chirie si cont bancar, de unde incep
        mi-am schimbat adresa, cum o actualizez la finante
        pot face NIF din Romania inainte sa ma mut?

niss-social-security = Numărul de asigurări sociale (NISS)
    .summary = NISS (número de identificação da Segurança Social) este numărul de asigurări sociale. Aveți nevoie de el ca să lucrați cu contribuții plătite și să primiți ajutoare, de exemplu pe timp de boală sau de șomaj. Străinii îl pot cere pe internet, pe site-ul Segurança Social, apoi îl ridică personal.
    .body =
        NISS este numărul dumneavoastră la asigurările sociale (Segurança Social). Cu el, angajatorul vă înscrie și plătește contribuțiile (în portugheză „descontos”). Aceste contribuții vă dau dreptul la ajutoare când aveți nevoie: concediu medical (baixa), indemnizație pentru creșterea copilului (subsídio parental), ajutor de șomaj și pensie. NISS vi se cere și pentru permisul de ședere și pentru asistența juridică gratuită (apoio jurídico).

        ## Cum îl cereți
        - Pe internet: din { $niss-online-since } există pe { $ss-web } un formular numit „Pedido de NISS – Cidadão Estrangeiro”. Îl pot completa în locul dumneavoastră și angajatorul sau un reprezentant legal cu procură.
        - Personal: la un ghișeu al Segurança Social, cu programare la telefon, { $ss-appointment-phone } sau { $ss-appointment-phone-alt }.

        ## Pașii (cererea pe internet)
        1. Completați formularul „Pedido de NISS – Cidadão Estrangeiro” pe { $ss-web }.
        2. Atașați documentele cerute.
        3. Așteptați e-mailul de confirmare de la Segurança Social.
        4. Mergeți personal să ridicați NISS, cum scrie în e-mail, cu actul de identitate original.

        ## Documente
        - Pașaportul, cartea de rezidență sau permisul de ședere.
        - Viza de muncă, dacă ați intrat cu viză.
        - NIF, dacă îl aveți deja.
        - Dacă cererea o face un reprezentant: procura și actul lui de identitate.

        ## După ce aveți NISS
        - Înregistrați-vă pe Segurança Social Direta (serviciul online al asigurărilor sociale) cu NISS și o parolă, sau cu Chave Móvel Digital (cheia digitală pe telefon). Segurança Social Direta funcționează doar după ce aveți NISS.
        - Pe Segurança Social Direta puteți verifica în fiecare lună dacă angajatorul vă declară salariul și vă plătește contribuțiile (istoricul contribuțiilor, carreira contributiva).
        - Dacă lucrați pe cont propriu (recibos verdes), trebuie să vă înscrieți ca lucrător independent (trabalhador independente) și să depuneți declarația trimestrială.

        ## Costuri
        NISS se cere gratuit. Contribuțiile sunt o parte din salariul brut; angajatorul plătește și el o parte.

        ## Dacă ceva nu merge
        - Angajatorul vă reține contribuțiile din salariu, dar nu le plătește la Segurança Social: păstrați fluturașii de salariu (recibos de vencimento) și vorbiți cu Segurança Social și cu ACT.
        - Întrebări: sunați la { $ss-phone } sau { $ss-phone-alt } ({ $ss-hours }).
        - Pentru ajutor în limba dumneavoastră: Linia de sprijin pentru migranți (Linha de Apoio a Migrantes), { $lam-phone-landline } sau { $lam-phone-mobile }.
    .keywords = NISS, niss, NIS, numar de asigurari sociale, număr de asigurări sociale, numar asigurare sociala, asigurari sociale, asigurări sociale, securitate sociala, securitatea sociala, casa de asigurari, contributii, contribuții, cas, taxe pe salariu, retineri, vechime in munca, stagiu de cotizare, cum fac niss, scot niss, niss online, pensie, somaj, concediu medical, lucrator independent, pe cont propriu, segurança social, seguranca social, seg social, segurança social direta, seguranca social direta, SSD, descontos, contribuições, contribuicoes, pedido de niss, cidadão estrangeiro, carreira contributiva, recibos verdes, trabalhador independente, chave móvel digital, chave movel digital, baixa, reforma
    .questions =
        cum obtin NISS
        numar de securitate sociala portugalia pentru romani
        cerere niss online segurança social
        patronul zice ca imi trebuie NISS ca sa ma angajeze
        am CRUE, pot cere NISS online?
        cum activez segurança social direta
        ce acte trebuie pentru niss
        niss se plateste?
        am cerut niss online si nu mi-a raspuns nimeni
        cum vad daca patronul imi plateste contributiile

unemployment-benefit = Ajutorul de șomaj (subsídio de desemprego)
    .summary = Dacă ați pierdut locul de muncă fără să vreți și ați plătit destul timp contribuții la asigurările sociale (Segurança Social), puteți avea dreptul la ajutor de șomaj. Trebuie să vă înscrieți la centrul de ocupare IEFP (centro de emprego) și să cereți ajutorul în termen.
    .body =
        Ajutorul de șomaj (subsídio de desemprego) este plătit de asigurările sociale (Segurança Social) celor care lucrau ca angajați (por conta de outrem) și au rămas fără loc de muncă. Cererea trece prin centrul de ocupare (centro de emprego) al IEFP (Instituto do Emprego e Formação Profissional).

        ## Cine îl poate primi
        - Cei care au lucrat ca angajați, cu contribuții plătite (descontos), cel puțin { $unemployment-min-days ->
            [one] { $unemployment-min-days } zi
            [few] { $unemployment-min-days } zile
           *[other] { $unemployment-min-days } de zile
        } în ultimele { $unemployment-reference-months ->
            [one] { $unemployment-reference-months } lună
            [few] { $unemployment-reference-months } luni
           *[other] { $unemployment-reference-months } de luni
        } înainte să rămână fără lucru.
        - Cei care au rămas fără lucru fără să vrea: concediere (despedimento), sfârșitul contractului pe perioadă determinată sau plecare cu motiv întemeiat (justa causa), pentru că angajatorul nu a plătit salariul sau a făcut o altă greșeală gravă. Plecarea prin înțelegere cu angajatorul (acordo) se socotește doar în unele cazuri.
        - Cine își dă demisia de bunăvoie, fără motiv întemeiat, nu are dreptul.
        - Ca străin, aveți nevoie de un permis de ședere (título de residência) valabil.
        - Trebuie să fiți înscris la centrul de ocupare și să fiți disponibil pentru muncă.

        ## Ajutorul social de șomaj (subsídio social de desemprego)
        Dacă nu aveți destule zile cu contribuții, puteți avea dreptul la ajutorul social de șomaj: cere { $social-unemployment-min-days ->
            [one] { $social-unemployment-min-days } zi
            [few] { $social-unemployment-min-days } zile
           *[other] { $social-unemployment-min-days } de zile
        } cu contribuții în ultimele { $social-unemployment-reference-months ->
            [one] { $social-unemployment-reference-months } lună
            [few] { $social-unemployment-reference-months } luni
           *[other] { $social-unemployment-reference-months } de luni
        } și se dă doar familiilor cu venituri mici.

        ## Pașii
        1. Cereți angajatorului „declaração de situação de desemprego”, formularul Segurança Social în care scrie de ce s-a terminat contractul.
        2. Înscrieți-vă ca șomer la centrul de ocupare din zona dumneavoastră sau pe { $iefp-web }.
        3. Cereți ajutorul în cel mult { $unemployment-apply-days ->
            [one] { $unemployment-apply-days } zi
            [few] { $unemployment-apply-days } zile
           *[other] { $unemployment-apply-days } de zile
        } după ce ați rămas fără lucru: la centrul de ocupare sau pe Segurança Social Direta (serviciul online al asigurărilor sociale).
        4. Respectați planul personal de ocupare (plano pessoal de emprego): căutați de lucru, mergeți când sunteți chemat și acceptați o ofertă de muncă potrivită (oferta de emprego conveniente).
        5. Anunțați Segurança Social dacă vă angajați din nou sau dacă plecați în străinătate.

        ## Documente
        - Pașaportul și permisul de ședere valabil.
        - NIF și NISS.
        - „Declaração de situação de desemprego”.
        - Dovada IBAN-ului unui cont bancar pe numele dumneavoastră.

        ## Cât primiți și cât timp
        - Suma este o parte din salariul mediu declarat. Există o sumă minimă și una maximă, legate de IAS (Indexante dos Apoios Sociais, { $ias }).
        - Cât timp primiți ajutorul depinde de vârsta dumneavoastră și de cât timp ați plătit contribuții.
        - Vedeți-vă contribuțiile pe Segurança Social Direta.

        ## Dacă ceva nu merge
        - Angajatorul nu vă dă declarația: ACT (inspecția muncii) îl poate obliga, { $act-phone }.
        - Cererea v-a fost respinsă: cereți decizia în scris și faceți contestație (reclamação) în termenul scris în scrisoare.
        - Întrebări: Segurança Social, { $ss-phone } sau { $ss-phone-alt } ({ $ss-hours }).
        - Ajutor în limba dumneavoastră: Linia de sprijin pentru migranți (Linha de Apoio a Migrantes), { $lam-phone-landline } sau { $lam-phone-mobile }.
    .keywords = somaj, șomaj, ajutor de somaj, ajutor de șomaj, indemnizatie de somaj, indemnizație de șomaj, bani de somaj, somer, șomer, pe somaj, ma bag pe somaj, intru pe somaj, am ramas fara lucru, am rămas fără serviciu, am ramas fara loc de munca, m-a dat afara, m-au dat afara, concediat, concediere, disponibilizat, mi s-a terminat contractul, s-a terminat contractul, demisie, cat primesc somaj, cat timp primesc, termen somaj, subsídio de desemprego, subsidio de desemprego, subsidio desemprego, desemprego, desempregado, despedimento, fim do contrato, subsídio social de desemprego, subsidio social, declaração de situação de desemprego, modelo 5044, RP 5044, centro de emprego, IEFP, iefp, segurança social, seguranca social, seg social, IAS
    .questions =
        am ramas fara serviciu, primesc somaj?
        cum cer subsidio de desemprego
        contractul mi s-a terminat si nu l-au prelungit, am somaj?
        cate luni trebuie sa fi lucrat pentru somaj in portugalia
        daca imi dau demisia primesc somaj?
        cat primesc somaj si cat timp
        trebuie sa ma inscriu la iefp ca sa iau somajul
        ce e subsidio social de desemprego
        patronul nu-mi da declaratia pentru somaj
        mi-au respins cererea de somaj

family-benefits = Alocația pentru copii (abono de família) și alte ajutoare pentru familii
    .summary = Alocația pentru copii (abono de família) este o sumă plătită în fiecare lună de asigurările sociale (Segurança Social) ca să vă ajute la creșterea copiilor. Suma depinde de veniturile familiei și de vârsta copilului. Nu trebuie să fi plătit contribuții.
    .body =
        Asigurările sociale (Segurança Social) au mai multe ajutoare pentru familiile cu copii. Cel mai important este alocația pentru copii și tineri (abono de família para crianças e jovens). Ca să le cereți, și părinții, și copiii au nevoie de NISS.

        ## Alocația pentru copii și tineri
        - Se plătește în fiecare lună, pentru fiecare copil.
        - Suma depinde de „escalão”, adică de categoria de venit a familiei, și de vârsta copilului. Sumele se schimbă în fiecare an: verificați-le pe { $ss-web }.
        - Nu depinde de contribuții: o primesc și familiile care nu au plătit niciodată contribuții.
        - Familia trebuie să aibă venituri și economii sub anumite limite.
        - De la o anumită vârstă, tânărul primește alocația doar dacă merge mai departe la școală. În fiecare an trebuie făcută dovada că învață („prova escolar”).

        ## Cine o poate cere
        - Copiii și tinerii care locuiesc în Portugalia, cu permis de ședere (título de residência) valabil sau într-o situație asemănătoare, de exemplu refugiații.
        - Dacă copilul sau părinții încă așteaptă permisul de ședere, întrebați la Segurança Social dacă puteți cere deja.
        - La { $social-benefits-bill-debate-date }, Parlamentul a dezbătut un proiect de lege care ar cere cetățenilor din afara Uniunii Europene { $social-benefits-bill-years ->
            [one] { $social-benefits-bill-years } an
            [few] { $social-benefits-bill-years } ani
           *[other] { $social-benefits-bill-years } de ani
        } de ședere legală înainte de a primi ajutoare precum RSI și alocația pentru copii. Nu am găsit știri că ar fi fost aprobat. Dacă auziți de reguli noi, întrebați la Segurança Social.

        ## Alte ajutoare
        - Alocația prenatală (abono pré-natal): pentru femeile însărcinate, de la o anumită lună de sarcină, cu adeverință de la medic.
        - Garantia para a Infância: o sumă în plus pentru copiii din familii cu venituri foarte mici.
        - Bonificação por deficiência: o sumă în plus pentru copiii și tinerii cu dizabilități.
        - Indemnizația pentru creșterea copilului (subsídio parental): plătită mamei și tatălui în concediul de după naștere, celor care au contribuții. Cine nu are destule contribuții poate avea dreptul la subsídio social parental.

        ## Pașii
        1. Cereți NISS pentru copil și pentru părinți, dacă nu îl au încă.
        2. Înregistrați-vă pe Segurança Social Direta (serviciul online al asigurărilor sociale).
        3. Cereți alocația pe Segurança Social Direta sau la un ghișeu al Segurança Social. Cereți-o imediat după naștere sau după sosirea în Portugalia: dacă cereți târziu, puteți pierde luni întregi.
        4. Dați IBAN-ul contului în care vreți să primiți banii.
        5. Țineți datele la zi: adresa, veniturile și cine face parte din familie.

        ## Documente
        - Actele de identitate și permisele de ședere ale întregii familii.
        - Certificatul de naștere al copilului, tradus dacă nu este în portugheză.
        - NISS și NIF pentru toți.
        - Dovada IBAN-ului.
        - Dovezi ale veniturilor familiei, dacă vi se cer.

        ## Costuri
        Cererea ajutoarelor este gratuită.

        ## Dacă ceva nu merge
        - Cererea v-a fost respinsă sau categoria (escalão) este greșită: cereți decizia în scris și faceți contestație în termenul indicat.
        - Întrebări: Segurança Social, { $ss-phone } sau { $ss-phone-alt } ({ $ss-hours }).
        - Ajutor în limba dumneavoastră: Linia de sprijin pentru migranți (Linha de Apoio a Migrantes), { $lam-phone-landline } sau { $lam-phone-mobile }.
    .keywords = alocatie, alocație, alocatia copilului, alocația pentru copii, alocatie copii, alocatie de stat, bani pentru copii, ajutor pentru copii, ajutor familie, ajutoare familie, indemnizatie crestere copil, indemnizație, concediu de maternitate, concediu maternitate, concediu paternitate, concediu cresterea copilului, insarcinata, însărcinată, gravida, sarcina, copil, copii, bebe, bebeluș, nastere, naștere, dizabilitate, handicap, abono de família, abono de familia, abono, abono pré-natal, abono pre natal, escalão, escalao, prova escolar, garantia para a infância, garantia infancia, subsídio parental, subsidio parental, licença parental, licença de maternidade, bonificação por deficiência, segurança social, seguranca social, seg social
    .questions =
        alocatia pentru copii in portugalia
        abono de familia pentru romani
        cat e alocatia pe luna pentru un copil
        trebuie sa fi platit contributii ca sa primesc abono?
        sunt insarcinata, exista ajutor inainte de nastere?
        concediu de maternitate platit portugalia
        documente pentru abono de família
        ce e escalão de rendimento
        mi-au oprit alocatia, ce trebuie sa trimit
        indemnizatie crestere copil in portugalia

social-support-income = Venitul social de inserție (RSI) și ajutorul social de urgență
    .summary = Venitul social de inserție (Rendimento Social de Inserção, RSI) este un ajutor lunar de la asigurările sociale (Segurança Social) pentru persoanele și familiile în sărăcie extremă, legat de un plan pentru a le îmbunătăți situația. În caz de urgență, de exemplu dacă rămâneți fără casă sau fără mâncare, există ajutor social de urgență.
    .body =
        RSI (Rendimento Social de Inserção), un fel de venit minim garantat, are două părți: o sumă plătită în fiecare lună și un contract de inserție (contrato de inserção), cu pași pentru a ieși din sărăcie, de exemplu să căutați de lucru, să faceți cursuri sau să dați copiii la școală. Decizia o ia Segurança Social.

        ## Cine îl poate cere
        - Cei care locuiesc legal în Portugalia. Cetățenii din afara Uniunii Europene au nevoie, de regulă, de { $rsi-min-residence-years ->
            [one] { $rsi-min-residence-years } an
            [few] { $rsi-min-residence-years } ani
           *[other] { $rsi-min-residence-years } de ani
        } de ședere legală. Refugiații nu trebuie să îndeplinească acest termen. Acest termen este cel indicat de DECO Proteste la { $rsi-residence-source-date }; alte surse spun că nu există un termen minim. Întrebați la Segurança Social.
        - Cei care au venituri foarte mici și puține economii sau bunuri, socotind toată familia care locuiește cu ei.
        - De regulă, persoanele majore. Există excepții, de exemplu pentru femeile însărcinate sau pentru cei care au copii în întreținere.
        - Cei care pot lucra trebuie să fie înscriși la centrul de ocupare IEFP (centro de emprego).

        ## Cât primiți
        RSI completează veniturile familiei până la o sumă de referință, care depinde de numărul de persoane. Această sumă se actualizează odată cu IAS ({ $ias }). Verificați cazul dumneavoastră la Segurança Social.

        ## Pașii
        1. Cereți RSI pe Segurança Social Direta (serviciul online al asigurărilor sociale) sau la un ghișeu al Segurança Social.
        2. Depuneți documentele pentru toate persoanele din familie.
        3. Mergeți la interviul cu asistentul social (técnico de ação social).
        4. Semnați contractul de inserție și faceți ce ați stabilit.
        5. Anunțați Segurança Social orice schimbare: un loc de muncă, veniturile, adresa sau familia.

        ## Documente
        - Actele de identitate și permisele de ședere (títulos de residência) pentru toți.
        - NISS și NIF pentru toți.
        - Dovezi ale veniturilor și extrase de cont.
        - Contractul de închiriere (contrato de arrendamento) sau dovada adresei.
        - Dovada IBAN-ului.

        ## Ajutor social de urgență
        - Ați rămas fără casă, fără mâncare sau sunteți în pericol: sunați la Linia națională de urgență socială (Linha Nacional de Emergência Social), { $social-emergency-phone }, gratuit, la orice oră.
        - Puteți cere ajutor la serviciul de asistență socială (ação social) al Segurança Social, al primăriei (câmara municipal) sau al Junta de Freguesia (primăria de cartier). La Lisabona, și la Santa Casa da Misericórdia.
        - Aceste servicii pot da ajutoare o singură dată pentru mâncare, medicamente sau chirie și vă pot trimite la instituții de ajutor social și la băncile de alimente (bancos alimentares).
        - Dacă viața cuiva este în pericol, sunați la { $emergency-phone }.

        ## Permisul de ședere și ajutoarele sociale
        Dacă nu știți sigur cum vă afectează un ajutor social reînnoirea permisului de ședere (autorização de residência), întrebați la un CNAI sau la AIMA înainte să hotărâți.

        La { $social-benefits-bill-debate-date }, Parlamentul a dezbătut un proiect de lege care ar cere cetățenilor din afara Uniunii Europene { $social-benefits-bill-years ->
            [one] { $social-benefits-bill-years } an
            [few] { $social-benefits-bill-years } ani
           *[other] { $social-benefits-bill-years } de ani
        } de ședere legală înainte de a primi ajutoare precum RSI și alocația pentru copii. Nu am găsit știri că ar fi fost aprobat. Dacă auziți de reguli noi, întrebați la Segurança Social.

        ## Costuri
        Cererea de RSI sau de ajutor social este gratuită.

        ## Dacă ceva nu merge
        - Cererea v-a fost respinsă: cereți decizia în scris și faceți contestație în termenul indicat.
        - Întrebări: Segurança Social, { $ss-phone } sau { $ss-phone-alt } ({ $ss-hours }).
        - Ajutor în limba dumneavoastră: Linia de sprijin pentru migranți (Linha de Apoio a Migrantes), { $lam-phone-landline } sau { $lam-phone-mobile }.
    .keywords = RSI, rsi, venit minim, venit minim garantat, venitul minim, ajutor social, ajutorul social, ajutor de la stat, ajutor de la primarie, ajutoare sociale, asistenta sociala, asistent social, asistență socială, saracie, sărăcie, fara bani, fără bani, n-am bani, nu am bani, fara mancare, fără mâncare, foame, fara casa, fără casă, fara adapost, ajutor urgent, ajutor de urgenta, banca de alimente, pachet cu mancare, alimente, chirie, nu pot plati chiria, rendimento social de inserção, rendimento social de insercao, rendimento mínimo, rendimento minimo, apoio social, ação social, acao social, sem abrigo, sem-abrigo, emergência social, emergencia social, linha 144, { $social-emergency-phone }, banco alimentar, cabaz, santa casa, junta de freguesia, câmara municipal, contrato de inserção, segurança social, seguranca social
    .questions =
        ajutor social in portugalia RSI
        rendimento social de inserção conditii
        nu mai am bani si nici mancare, unde gasesc ajutor
        banca de alimente lisabona
        am ramas pe strada, ajutor de urgenta
        cat e RSI pe luna
        ca cetatean UE am dreptul la ajutor social?
        asistent social la segurança social programare
        ajutor urgent pentru chirie si facturi
        venit minim garantat portugalia
