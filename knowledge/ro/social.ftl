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
