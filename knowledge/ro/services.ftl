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
