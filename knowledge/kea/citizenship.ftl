# Sidadania: nasionalidadi purtugês pa naturalizason, fidju ki nase na Portugal i prova di purtugês.

naturalisation = Nasionalidadi purtugês pa naturalizason
    .summary = Dizdi { $nationality-law-in-force } ten un nobu lei di nasionalidadi. Sugundu fonti ki nu atxa, naturalizason (naturalização) ta pidi { $nationality-reform-years-cplp ->
            [one] { $nationality-reform-years-cplp } anu
           *[other] { $nationality-reform-years-cplp } anu
        } di residénsia legal pa kenha ki e di pais di lingua purtugês (CPLP) o di Uniãu Europeia i { $nationality-reform-years-other ->
            [one] { $nationality-reform-years-other } anu
           *[other] { $nationality-reform-years-other } anu
        } pa kes otu, kontadu a partir di purmeru títulu di residénsia, i tanbê purtugês i un testi síviku. Pididu ta fazedu na IRN. Inda ten kusa ki ka sta klaru: konfirma na IRN o ku un advogadu antis di pidi.
    .body =
        Nasionalidadi purtugês pa naturalizason ta dadu pa Ministério da Justiça. Kenha ki ta resebe i ta trata di pididu e IRN (Instituto dos Registos e do Notariado), atravês di Konservatória. Es tekstu e informason jeral, e ka konsedju jurídiku.

        ## Lei muda na { $nationality-law-in-force }
        - Na { $nationality-reform-approved } Parlamentu aprova un reforma di lei di nasionalidadi. Na { $nationality-tc-ruling } Tribunal Constitucional fla ma alguns régra di kel reforma e kontra Konstituison, i Prezidenti di Repúblika veta-l.
        - Na { $nationality-revote-date } Parlamentu torna vota reforma. Sugundu fonti, Prezidenti di Repúblika promulga-l na { $nationality-law-promulgated }, el sai na “Diário da República” na { $nationality-law-published } (kumu “Lei Orgânica n.º 1/2026”) i el sta na vigor dizdi { $nationality-law-in-force }.
        - Nu ka atxa tekstu publikadu na “Diário da República”: kel ki sta skrebedu li ta ben di rezumu di advogadu i di notísia. Konfirma na IRN ({ $irn-web }) o ku un advogadu.

        ## Kenha ki pode pidi (lei na vigor dizdi { $nationality-law-in-force }, sugundu fonti)
        - Kenha ki e maior di idadi o emansipadu.
        - Kenha ki ta mora legal na Portugal dja pa menus { $nationality-reform-years-cplp ->
            [one] { $nationality-reform-years-cplp } anu
           *[other] { $nationality-reform-years-cplp } anu
        }, si e nasional di un pais di CPLP (sima Kabu Verdi) o di Uniãu Europeia, o pa menus { $nationality-reform-years-other ->
            [one] { $nationality-reform-years-other } anu
           *[other] { $nationality-reform-years-other } anu
        } na otu kazu.
        - Tenpu ta konta a partir di dia ki purmeru títulu di residénsia sai. Tenpu di spera pa títulu dja ka ta konta.
        - Kenha ki konxe sufisienti lingua purtugês i tanbê kultura purtugês i direitu i dever di sidadon: lei ta prevê un testi síviku (ki es ta txoma TNIC, “Teste Nacional de Integração e Cidadania”).
        - Kenha ki ka ten kondenason kriminal grávi. Fonti ta fla di régra más duru, ku un limiti di { $naturalisation-crime-max-years ->
            [one] { $naturalisation-crime-max-years } anu
           *[other] { $naturalisation-crime-max-years } anu
        } di kadia, ma es ta diskrebe-s di manera diferenti.
        - Kenha ki ka e konsideradu un ameasa pa siguransa nasional. Sugundu fonti, es ta rekodje tanbê dadu biométriku.

        ## Kusa ki inda ka sta klaru
        - Pididu ki entregadu antis di { $nationality-law-in-force }: informason ka ta bate. Alguns skritóriu di advogadu ta fla ma prosesu ki dja staba pendenti ta sigi lei antigu ({ $naturalisation-residence-years ->
            [one] { $naturalisation-residence-years } anu
           *[other] { $naturalisation-residence-years } anu
        } di residénsia). Otu ta fla ma lei ka ten régra di tranzison i ma só mensajen di Prezidenti pidi pa kes pididu ka fika prijudikadu. Pergunta na IRN o na un advogadu.
        - Rigulamentu di nobu lei: inkuantu el ka sai, alguns pasu pode ka sta difinidu.
        - Testi síviku: modi, undi i kantu ki el ta fazedu inda ka anunsiadu na fonti ki nu djobe.
        - Taxa: nu ka atxa taxa ki sta na vigor ku nobu lei.

        ## Pasu
        1. Konfirma na IRN ma bu ta kunpri régra di oji i ki prova di lingua i ki testi síviku es ta pidi-bu.
        2. Djunta dokumentu. Dokumentu stranjeru mesti legalizason (Apostila de Haia o konsuladu) i tradoson, si e ka sta na purtugês.
        3. Entrega pididu na un Conservatória do Registo Civil o na Conservatória dos Registos Centrais. Txeu di es ta pidi markason. Un advogadu o solisitador tanbê pode faze pididu pa bo pa internet.
        4. Paga taxa i guarda númeru di prosesu.
        5. Sigi prosesu i responde dipresa si es pidi-bu más dokumentu.
        6. Si pididu e aprovadu, IRN ta rejista nasionalidadi. Dipôs bu pode pidi Cartão de Cidadão.

        ## Dokumentu
        - Rekerimentu (impresu di IRN), sinadu.
        - Sertidon di nasimentu (certidão de nascimento).
        - Rejistu kriminal (registo criminal) di pais di bu nasionalidadi i di pais undi bu mora. Rejistu kriminal purtugês e IRN ki ta tra-l.
        - Prova di purtugês i, óras ki el izisti, di testi síviku.
        - Pasaporti i títulu di residénsia, ku data di purmeru títulu.

        ## Kustu i prazu
        Antis di nobu lei, taxa di pididu éra { $nationality-fee }. Konfirma valor di oji na IRN. Disizon pode dura txeu tenpu.

        ## Si kusa ka da dretu
        - Si es rikuza bu pididu, bu pode kontesta disizon. Pidi apoiu jurídiku (apoio judiciário) na Siguransa Sosial si bu ka pode paga advogadu.
        - Dizkonfia di algen ki ta promete-bu nasionalidadi dipresa a troku di dinheru.
        - Djuda na bu lingua: linha di apoiu pa imigranti (Linha de Apoio a Migrantes), { $lam-phone-landline } o { $lam-phone-mobile }.
    .keywords = nasionalidadi, nasionalidade, nacionalidade, nasionalidadi purtuges, nacionalidade portuguesa, naturalizason, naturalização, naturalizacao, naturalizar, sidadania, cidadania, cidadania portuguesa, fika purtuges, ser português, ser portugues, pasaporti purtuges, passaporte português, passaporte portugues, kartan di sidadon, cartão de cidadão, cartao de cidadao, tra nasionalidadi, tira nasionalidade, pidi nasionalidadi, pedir nacionalidade, pedido de nacionalidade, nacionalidade por tempo de residencia, anu di residensia, anos de residência, anos de residencia, 7 anu, 10 anu, seti anu, dez anu, 7 anos, 10 anos, nobu lei, nova lei da nacionalidade, lei da nacionalidade, lei da nacionalidade 2026, testi siviku, teste cívico, TNIC, prosesu pendenti, pedidos pendentes, tenpu di spera, IRN, irn, konservatoria, conservatória, conservatoria, registos centrais, dupla nasionalidadi, dupla nacionalidade, dupla cidadania, prosesu di nasionalidadi, processo de nacionalidade, kantu ki nasionalidadi ta kusta, taxa nacionalidade, CPLP, kabuverdianu
    .questions =
        kantu anu N ten ki mora na Portugal pa N pidi nasionalidadi purtugês
        N ta mora li dizdi 2019 ku títulu di residénsia, dja N pode pidi nasionalidadi?
        nasionalidadi purtugês pa kabuverdianu kantu anu
        tenpu ki N spera AIMA ta konta pa nasionalidadi?
        N da entrada na pididu di nasionalidadi antis di lei muda, nha prosesu ta sigi lei bedju?
        ki dokumentu es ta pidi pa naturalizason, rejistu kriminal di Kabu Verdi ten ki ser apostiladu?
        undi ki N ta pidi nasionalidadi, na konservatória o ku advogadu pa internet
        kantu ki ta kusta pasaporti purtugês pa naturalizason
        N ten un kondenason antigu na nha tera, N pode ser naturalizadu?
        es rikuza nha pididu di nasionalidadi, modi ki N ta rekore
        nobu lei di nasionalidadi 2026 kuzé ki muda pa nos

nationality-children-born-here = Nasionalidadi di fidju ki nase na Portugal
    .summary = Nase na Portugal ka ta da sénpri nasionalidadi purtugês. Ku lei ki sta na vigor dizdi { $nationality-law-in-force }, sugundu fonti, fidju di pai stranjeru só e purtugês di orijen si, óras ki el nase, un di pai ta moraba legal na Portugal dja pa menus { $nationality-reform-birth-parent-years ->
            [one] { $nationality-reform-birth-parent-years } anu
           *[other] { $nationality-reform-birth-parent-years } anu
        }. E IRN ki ta trata i ki ta konfirma régra di oji.
    .body =
        Un kriansa ki nase na Portugal, fidju di pai stranjeru, pode ser purtugês dizdi nasimentu o pidi nasionalidadi más tardi. E ta dipende di situason di pai. Kenha ki ta trata e IRN (Instituto dos Registos e do Notariado), na Conservatórias do Registo Civil. Es tekstu e informason jeral, e ka konsedju jurídiku.

        ## Lei muda na { $nationality-law-in-force }
        Nobu lei di nasionalidadi sai na { $nationality-law-published } i el sta na vigor dizdi { $nationality-law-in-force }, sugundu rezumu di advogadu i notísia. Nu ka atxa tekstu publikadu na “Diário da República”. Konfirma na IRN ({ $irn-web }) ki régra ki ta aplika a bu fidju, sobretudu si el nase antis di kel data.

        ## Purtugês di orijen (sugundu fonti)
        Kriansa e purtugês dizdi nasimentu si:
        - el nase na Portugal;
        - pai ka sta li na sirvisu di ses pais (pur izenplu, diplomata);
        - óras ki el nase, un di pai ta moraba legal na Portugal dja pa menus { $nationality-reform-birth-parent-years ->
            [one] { $nationality-reform-birth-parent-years } anu
           *[other] { $nationality-reform-birth-parent-years } anu
        }, ku títulu di residénsia;
        - pai ka ta diklara ma es ka kre pa kriansa ser purtugês.

        ## Naturalizason di mininu ki nase li
        Si kriansa ka fika purtugês óras ki el nase, el pode pidi naturalizason más tardi. Sugundu fonti, nobu lei ta liga kel pididu a frekuénsia di skola obrigatóriu na Portugal. Detadju inda ka sta klaru: pergunta na IRN.

        ## Pasu
        1. Rejista nasimentu na ospital, si el ten balkon Nascer Cidadão, o na un Conservatória do Registo Civil.
        2. Na rejistu, mostra títulu di residénsia di pai o di mai.
        3. Si nasionalidadi ka fika na rejistu, pergunta na Konservatória si i kantu ki kriansa pode pidi-l.
        4. Ku nasionalidadi rejistadu, pidi Cartão de Cidadão di kriansa.

        ## Dokumentu
        - Dokumentu di identifikason i títulu di residénsia di pai.
        - Prova di tenpu di residénsia legal di pai.
        - Pa naturalizason: sertidon di nasimentu di kriansa i sertifikadu di skola.

        ## Kustu
        Rejistu di nasimentu fetu dentu di prazu legal e di grasa. Pididu di naturalizason ten un taxa: konfirma valor na IRN.

        ## Si kusa ka da dretu
        - Si Konservatória ka aseita bu prova, pidi motivu pa skritu.
        - Si bu ka sabe dretu ki régra ki ta aplika, fala ku un advogadu. Pidi apoiu jurídiku na Siguransa Sosial si bu ka pode paga.
        - Djuda na bu lingua: linha di apoiu pa imigranti (Linha de Apoio a Migrantes), { $lam-phone-landline } o { $lam-phone-mobile }, o na un CNAI.
    .keywords = fidju ki nase na portugal, fidju nasidu na portugal, filho nascido em portugal, bebé nascido em portugal, bebe nascido em portugal, nase na portugal, nasceu em portugal, nasionalidadi di fidju, nacionalidade do filho, nacionalidade para filhos, sidadania di fidju, cidadania do filho, fidju purtuges, filho português, kriansa purtuges, rejistu di nasimentu, registo de nascimento, registro de nascimento, sertidon di nasimentu, certidão de nascimento, certidao de nascimento, nascer cidadão, nascer cidadao, konservatoria, conservatória, conservatoria, IRN, kartan di sidadon di fidju, cartao de cidadao bebe, naturalizason di mininu, naturalização de menores, naturalizacao menor, ius soli, pai stranjeru, pais estrangeiros, fidju di imigranti, filhos de imigrantes, nobu lei, 5 anu, sinku anu
    .questions =
        nha fidju nase na Portugal, el e purtugês?
        mininu ki nase li di pai kabuverdianu ten nasionalidadi?
        rejista nha fidju sima purtugês na konservatória
        kantu anu pai ten ki ten di residénsia pa fidju ki nase li ser purtugês di orijen
        nha fidju nase na Lisboa ora ki N staba sen papel, el pode pidi nasionalidadi más tardi?
        nha fidju nase na 2024, nobu lei ta muda algun kuza pa el?
        dokumentu pa pidi nasionalidadi pa fidju menor
        kantu ki ta kusta nasionalidadi pa nha fidju
        nha fidju nase na ospital di Amadora, el pode ten kartan di sidadon?

portuguese-language-test = Prova di purtugês (A2) i testi síviku pa nasionalidadi
    .summary = Pa naturalizason bu ten ki prova ma bu sabe purtugês, na régra di nível A2. Lei ki sta na vigor dizdi { $nationality-law-in-force } ta djunta, sugundu fonti, un testi sobri kultura purtugês i direitu i dever di sidadon; modi ki el ta fazedu inda ka difinidu. Konfirma na IRN ki prova ki es ta pidi-bu.
    .body =
        Nível ki es ta pidi e A2 di Kuadru Europeu Komun di Referénsia pa Lingua (Quadro Europeu Comum de Referência para as Línguas): intende i uza purtugês na situason simplis di dia a dia. Mésmu sertifikadu ta serbi pa autorizason di residénsia permanenti.

        ## Kusa ki muda na { $nationality-law-in-force }
        - Sugundu rezumu di advogadu i notísia, nobu lei di nasionalidadi, na vigor dizdi { $nationality-law-in-force }, ta pidi konhesimentu di lingua purtugês i tanbê di kultura purtugês i di direitu i dever di sidadon, atravês di un testi síviku (ki es ta txoma TNIC, “Teste Nacional de Integração e Cidadania”).
        - Forma di testi síviku, lugar, data i taxa inda ka anunsiadu na fonti ki nu djobe. Ka bu paga kursu o testi ki ta promete “teste da nacionalidade” antis di IRN konfirma-s.
        - Manera di prova purtugês li na baxu e kes di rigulamentu antigu. Inkuantu ka ten nobu rigulamentu, konfirma na IRN ({ $irn-web }) si es inda ta aseitadu.

        ## Modi ki bu pode prova purtugês
        - Prova do Conhecimento da Língua Portuguesa para Aquisição da Nacionalidade (PaN), organizadu pa IAVE (Instituto de Avaliação Educativa) i fetu na skola públiku. Na stranjeru, e ta fazedu na lugar akreditadu pa Camões.
        - Sertifikadu CIPLE, un ezami di purtugês sima lingua stranjeru di nível A2, di CAPLE (Universidade de Lisboa), fetu na sentru di ezami na Portugal i na stranjeru.
        - Sertifikadu di nível A2 o más altu di un kursu di Português Língua de Acolhimento (PLA), dadu pa un skola públiku, un sentru di IEFP o un Centro Qualifica.
        - Sertifikadu di un skola purtugês ki ta mostra ma bu pasa na Purtugês o na Português Língua Não Materna pa menus { $nationality-language-school-years ->
            [one] { $nationality-language-school-years } anu letivu
           *[other] { $nationality-language-school-years } anu letivu
        }.

        ## Kenha ki ka mesti, o ki ta faze un prova adaptadu
        - Ku rigulamentu antigu, kenha ki nase i e nasional di un pais di lingua ofisial purtugês (pur izenplu, Kabu Verdi, Brazil, Angola o Musanbiki) éra konsideradu ma e sabe purtugês. Konfirma na IRN si kel-li inda ta vale i si es ta pidi-bu tanbê testi síviku.
        - Kenha ki ka sabe lé nen skrebe, pesoa más béju i pesoa ku duensa grávi o difisiénsia podia faze un prova adaptadu, pur izenplu só oral.
        - Pa mininu, prova ta adaptadu a idadi.

        ## Pasu (prova PaN)
        1. Djobe kalendáriu i inskrison na saiti di IAVE o pergunta na un skola públiku.
        2. Inskrebe i paga taxa. Bu mesti un dokumentu di identifikason válidu.
        3. Faze prova: leitura, skrita i intendimentu oral.
        4. Resebe sertifikadu i djunta-l a pididu di nasionalidadi.

        ## Kustu
        - Prova PaN i ezami CIPLE ta paga taxa: konfirma valor na IAVE o na CAPLE.
        - Kursu PLA e di grasa.
        - Taxa di testi síviku inda ka konxedu.

        ## Kuidadu ku sertifikadu
        Sertifikadu di kursu privadu só ta konta si e emitidu na sistema ofisial, pur izenplu atravês di un akordu ku un skola públiku o ku IEFP. Konfirma antis di paga. Si sertifikadu ka aseitadu, IRN pode rikuza pididu txeu tenpu dipôs.

        ## Si kusa ka da dretu
        - Si bu txumba, bu pode inskrebe na otu data.
        - Si IRN ka aseita bu sertifikadu, pidi motivu pa skritu.
        - Djuda na bu lingua: linha di apoiu pa imigranti (Linha de Apoio a Migrantes), { $lam-phone-landline } o { $lam-phone-mobile }.
    .keywords = prova di purtuges, prova de português, prova de portugues, testi di purtuges, teste de português, teste de portugues, ezami di purtuges, exame de português, exame de portugues, A2, a2, nivel A2, nível A2, nivel a2, CIPLE, ciple, CAPLE, caple, PaN, IAVE, iave, prova di lingua, prova de língua, prova de lingua, sertifikadu di purtuges, certificado de português, certificado de portugues, certificado A2, purtuges pa nasionalidadi, português para nacionalidade, portugues para nacionalidade, dispensa di prova, dispensa de prova, kabuverdianu mesti prova, kabu verdi, cabo verde, PALOP, CPLP, Camões, camoes, PLA, prova oral, testi di lingua, exame de lingua, testi di kultura, testi siviku, teste cívico, TNIC, direitu i dever
    .questions =
        N mesti faze prova di purtugês pa nasionalidadi si N e kabuverdianu?
        izami A2 di purtugês undi ki ta fazedu
        N studa na Kabu Verdi na purtugês, kel-la ta serbi sima prova?
        testi síviku pa nasionalidadi modi ki e ta funsiona
        sertifikadu di kursu PLA ta serbi pa nasionalidadi?
        N ten más di 60 anu i N ka sabe lé dretu, N ten ki faze izami?
        un skola kre bende-m un sertifikadu di purtugês, e válidu na IRN?
        prova PaN inskrison
        N txumba na izami di purtugês, N pode torna faze?
        kantu ki ta kusta izami di purtugês pa nasionalidadi
