# Sidadania: nasionalidadi purtugês pa naturalizason, fidju ki nase na Portugal i prova di purtugês.

naturalisation = Nasionalidadi purtugês pa naturalizason
    .summary = Naturalizason (naturalização) ta pididu na IRN, na un Konservatória (Conservatória). Ku lei ki staba na vigor na { $nationality-law-status-date }, pode pidi-l kenha ki e maior di idadi, ki ta mora legal na Portugal dja pa menus { $naturalisation-residence-years ->
            [one] { $naturalisation-residence-years } anu
           *[other] { $naturalisation-residence-years } anu
        }, ki ta prova ma e sabe purtugês (nível A2) i ki ka ten kondenason grávi. Lei sta ta muda: konfirma régra antis di faze pididu.
    .body =
        Nasionalidadi purtugês pa naturalizason ta dadu pa Ministério da Justiça. Kenha ki ta resebe i ta trata di pididu e IRN (Instituto dos Registos e do Notariado), atravês di Konservatória.

        ## Lei sta ta muda
        - Na { $nationality-law-status-date } inda staba na vigor régra di { $naturalisation-residence-years ->
            [one] { $naturalisation-residence-years } anu
           *[other] { $naturalisation-residence-years } anu
        } di residénsia legal.
        - Na { $nationality-reform-approved } Parlamentu aprova un reforma ki ta pidiba { $nationality-reform-years-cplp ->
            [one] { $nationality-reform-years-cplp } anu
           *[other] { $nationality-reform-years-cplp } anu
        } a kenha ki e di pais di lingua purtugês (CPLP) i { $nationality-reform-years-other ->
            [one] { $nationality-reform-years-other } anu
           *[other] { $nationality-reform-years-other } anu
        } a kes otu, kontadu só a partir di títulu di residénsia.
        - Na { $nationality-tc-ruling } Tribunal Constitucional fla ma alguns régra di kel reforma e kontra Konstituison, i Prezidenti di Repúblika veta-l. Un nobu votason na Parlamentu staba previstu a partir di { $nationality-revote-scheduled }.
        - Antis di pidi, konfirma na IRN ({ $irn-web }) ki régra ki sta na vigor oji.

        ## Kenha ki pode pidi (lei na vigor na { $nationality-law-status-date })
        - Kenha ki e maior di idadi o emansipadu.
        - Kenha ki ta mora legal na Portugal dja pa menus { $naturalisation-residence-years ->
            [one] { $naturalisation-residence-years } anu
           *[other] { $naturalisation-residence-years } anu
        }. Tenpu di spera dizdi pididu di purmeru autorizason di residénsia tanbê ta konta, si el dadu.
        - Kenha ki konxe purtugês sufisienti (nível A2). Kenha ki nase i e nasional di un pais di lingua ofisial purtugês, sima Kabu Verdi, na régra ka mesti prova-l.
        - Kenha ki ka kondenadu, ku sentensa difinitivu, pa un krimi ki lei ta kastiga ku kadia di { $naturalisation-crime-max-years ->
            [one] { $naturalisation-crime-max-years } anu
           *[other] { $naturalisation-crime-max-years } anu
        } o más.
        - Kenha ki ka e konsideradu un ameasa pa siguransa nasional.

        ## Pasu
        1. Djunta dokumentu. Dokumentu stranjeru mesti legalizason (Apostila de Haia o konsuladu) i tradoson, si e ka sta na purtugês.
        2. Entrega pididu na un Conservatória do Registo Civil o na Conservatória dos Registos Centrais. Txeu di es ta pidi markason. Un advogadu o solisitador tanbê pode faze pididu pa bo pa internet.
        3. Paga taxa i guarda númeru di prosesu.
        4. Sigi prosesu i responde dipresa si es pidi-bu más dokumentu.
        5. Si pididu e aprovadu, IRN ta rejista nasionalidadi. Dipôs bu pode pidi Cartão de Cidadão.

        ## Dokumentu
        - Rekerimentu (impresu di IRN), sinadu.
        - Sertidon di nasimentu (certidão de nascimento).
        - Rejistu kriminal (registo criminal) di pais di bu nasionalidadi i di pais undi bu mora. Rejistu kriminal purtugês e IRN ki ta tra-l.
        - Sertifikadu di purtugês di nível A2, si bu ten ki prova-l.
        - Pasaporti i títulu di residénsia.

        ## Kustu i prazu
        Taxa di pididu e { $nationality-fee } (konfirma valor di oji na IRN). Disizon pode dura txeu tenpu.

        ## Si kusa ka da dretu
        - Si es rikuza bu pididu, bu pode kontesta disizon. Pidi apoiu jurídiku (apoio judiciário) na Siguransa Sosial si bu ka pode paga advogadu.
        - Dizkonfia di algen ki ta promete-bu nasionalidadi dipresa a troku di dinheru.
        - Djuda na bu lingua: linha di apoiu pa imigranti (Linha de Apoio a Migrantes), { $lam-phone-landline } o { $lam-phone-mobile }.
    .keywords = nasionalidadi, nasionalidade, nacionalidade, nasionalidadi purtuges, nacionalidade portuguesa, naturalizason, naturalização, naturalizacao, naturalizar, sidadania, cidadania, cidadania portuguesa, fika purtuges, ser português, ser portugues, pasaporti purtuges, passaporte português, passaporte portugues, kartan di sidadon, cartão de cidadão, cartao de cidadao, tra nasionalidadi, tira nasionalidade, pidi nasionalidadi, pedir nacionalidade, pedido de nacionalidade, nacionalidade por tempo de residencia, anu di residensia, anos de residência, anos de residencia, nobu lei, nova lei da nacionalidade, lei da nacionalidade, IRN, irn, konservatoria, conservatória, conservatoria, registos centrais, dupla nasionalidadi, dupla nacionalidade, dupla cidadania, prosesu di nasionalidadi, processo de nacionalidade, kantu ki nasionalidadi ta kusta, taxa nacionalidade, CPLP, kabuverdianu

nationality-children-born-here = Nasionalidadi di fidju ki nase na Portugal
    .summary = Nase na Portugal ka ta da sénpri nasionalidadi purtugês. Ku lei ki staba na vigor na { $nationality-law-status-date }, fidju di pai stranjeru e purtugês di orijen si, ora ki e nase, un di pai staba ta mora legal na Portugal o staba ta mora li dja pa menus { $nationality-birth-parent-residence-years ->
            [one] { $nationality-birth-parent-residence-years } anu
           *[other] { $nationality-birth-parent-residence-years } anu
        }. Si ka e asi, más tardi e pode pidi naturalizason. Es ta trata di kel-li na IRN.
    .body =
        Un mininu ki nase na Portugal, fidju di pai stranjeru, pode ser purtugês dizdi nasimentu o pidi nasionalidadi más tardi. E ta dipende di situason di se pai i mai. Kenha ki ta trata e IRN (Instituto dos Registos e do Notariado), na Konservatória di Rejistu Sivil (Conservatórias do Registo Civil).

        ## Lei sta ta muda
        Reforma di lei di nasionalidadi ki Parlamentu aprova na { $nationality-reform-approved } ta faze es régra más duru: pur izenplu, un di pai debe tenba títulu di residénsia dja { $nationality-reform-birth-parent-years ->
            [one] { $nationality-reform-birth-parent-years } anu
           *[other] { $nationality-reform-birth-parent-years } anu
        }. Na { $nationality-law-status-date } kel reforma inda ka staba na vigor. Konfirma na IRN ({ $irn-web }) régra di oji.

        ## Purtugês di orijen (lei na vigor na { $nationality-law-status-date })
        Mininu e purtugês dizdi nasimentu si:
        - e nase na Portugal;
        - se pai ka sta li ta trabadja pa se pais (pur izenplu, diplomata);
        - ora ki e nase, un di pai staba ta mora legal na Portugal, o staba ta mora li, mésmu sen títulu di residénsia, dja pa menus { $nationality-birth-parent-residence-years ->
            [one] { $nationality-birth-parent-residence-years } anu
           *[other] { $nationality-birth-parent-residence-years } anu
        };
        - pai ka ta diklara ma es ka kre pa mininu ser purtugês.

        ## Pasu
        1. Rejista nasimentu na ospital, si e ten balkon Nascer Cidadão, o na un Conservatória do Registo Civil.
        2. Na rejistu, mostra títulu di residénsia di pai o di mai. Si bu ka ten títulu, pergunta ki prova di residénsia ki es ta aseita.
        3. Si nasionalidadi ka fika na rejistu, bu pode pidi-l dipôs na un Konservatória.
        4. Ku nasionalidadi rejistadu, pidi Cartão de Cidadão di mininu.

        ## Naturalizason di mininu ki nase li
        Si mininu ka fika purtugês ora ki e nase, e pode pidi naturalizason inkuantu e menor, si na ora di pididu:
        - un di pai ta mora na Portugal, mésmu sen títulu, dja pa menus { $nationality-minor-parent-residence-years ->
            [one] { $nationality-minor-parent-residence-years } anu
           *[other] { $nationality-minor-parent-residence-years } anu
        }; o
        - un di pai ten residénsia legal; o
        - mininu studa na Portugal pa menus { $nationality-minor-school-years ->
            [one] { $nationality-minor-school-years } anu
           *[other] { $nationality-minor-school-years } anu
        } na jardin di infánsia o na skola.

        ## Dokumentu
        - Dokumentu di identifikason i títulu di residénsia di pai.
        - Prova di morada i di residénsia (kontratu, atestadu di Junta de Freguesia, rejistu na Siguransa Sosial), si pai ka ten títulu.
        - Pa naturalizason: sertidon di nasimentu di mininu i sertifikadu di skola, si e kel kazu.

        ## Kustu
        Rejistu di nasimentu fetu dentu di prazu e di grasa. Pididu di naturalizason ten taxa: konfirma valor na IRN.

        ## Si kusa ka da dretu
        - Si Konservatória ka aseita bu prova, pidi motivu pa skritu.
        - Djuda na bu lingua: linha di apoiu pa imigranti (Linha de Apoio a Migrantes), { $lam-phone-landline } o { $lam-phone-mobile }, o na un CNAI.
    .keywords = fidju ki nase na portugal, fidju nasidu na portugal, filho nascido em portugal, beby ki nase li, bebé nascido em portugal, bebe nascido em portugal, nase na portugal, nasceu em portugal, nasionalidadi di fidju, nacionalidade do filho, nacionalidade para filhos, nacionalidade do bebé, sidadania di fidju, cidadania do filho, fidju purtuges, filho português, filho portugues, mininu purtuges, criança portuguesa, rejistu di nasimentu, registo de nascimento, registro de nascimento, sertidon di nasimentu, certidão de nascimento, certidao de nascimento, nascer cidadão, nascer cidadao, konservatoria, conservatória, conservatoria, IRN, kartan di sidadon di fidju, cartão de cidadão do filho, naturalização de menores, naturalizacao menor, pai stranjeru, pais estrangeiros, fidju di imigranti, filhos de imigrantes

portuguese-language-test = Prova di purtugês (A2) pa nasionalidadi
    .summary = Pa pidi nasionalidadi pa naturalizason bu ten ki prova ma bu sabe purtugês di nível A2. Ta serbi: prova fetu na un skola públiku, ezami CIPLE, un sertifikadu di kursu di purtugês di nível A2 di un entidadi públiku, o un sertifikadu di skola purtugês. Kenha ki nase i e nasional di un pais di lingua purtugês, sima Kabu Verdi, na régra ka mesti.
    .body =
        Nível ki es ta pidi e A2 di Kuadru Europeu Komun di Referénsia pa Lingua (Quadro Europeu Comum de Referência para as Línguas): intende i uza purtugês na situason simplis di dia a dia. Mésmu sertifikadu ta serbi pa autorizason di residénsia permanenti.

        ## Modi ki bu pode prova
        - Prova do Conhecimento da Língua Portuguesa para Aquisição da Nacionalidade (PaN), organizadu pa IAVE (Instituto de Avaliação Educativa) i fetu na skola públiku. Na stranjeru, e ta fazedu na lugar akreditadu pa Camões.
        - Sertifikadu CIPLE, un ezami di purtugês sima lingua stranjeru di nível A2, di CAPLE (Universidade de Lisboa), fetu na sentru di ezami na Portugal i na stranjeru.
        - Sertifikadu di nível A2 o más altu di un kursu di Português Língua de Acolhimento (PLA), dadu pa un skola públiku, un sentru di IEFP o un Centro Qualifica.
        - Sertifikadu di un skola purtugês ki ta mostra ma bu pasa na Purtugês o na Português Língua Não Materna pa menus { $nationality-language-school-years ->
            [one] { $nationality-language-school-years } anu letivu
           *[other] { $nationality-language-school-years } anu letivu
        }.

        ## Kenha ki ka mesti, o ki ta faze un prova adaptadu
        - Kenha ki nase i e nasional di un pais di lingua ofisial purtugês (pur izenplu, Kabu Verdi, Brazil, Angola o Musanbiki) ta konsideradu ma e sabe purtugês. Konfirma na IRN si bu kazu sta dentu.
        - Kenha ki ka sabe lé nen skrebe, pesoa más béju i pesoa ku duensa grávi o difisiénsia pode faze un prova adaptadu, pur izenplu só oral.
        - Pa mininu, prova ta adaptadu a idadi.

        ## Pasu (prova PaN)
        1. Djobe kalendáriu i inskrison na saiti di IAVE o pergunta na un skola públiku.
        2. Inskrebe i paga taxa. Bu mesti un dokumentu di identifikason válidu.
        3. Faze prova: leitura, skrita i intendimentu oral.
        4. Resebe sertifikadu i djunta-l a pididu di nasionalidadi.

        ## Kustu
        - Prova PaN i ezami CIPLE ta paga taxa: konfirma valor na IAVE o na CAPLE.
        - Kursu PLA e di grasa.

        ## Kuidadu ku sertifikadu
        Sertifikadu di kursu privadu só ta konta si e emitidu na sistema ofisial, pur izenplu atravês di un akordu ku un skola públiku o ku IEFP. Konfirma antis di paga. Si sertifikadu ka aseitadu, IRN pode rikuza pididu txeu tenpu dipôs.

        ## Lei pode muda
        Reforma di lei di nasionalidadi aprovadu na { $nationality-reform-approved } ta previa tanbê un prova di konhesimentu sobri kultura purtugês i sobri direitu i dever di sidadon. Na { $nationality-law-status-date } e inda ka staba na vigor. Konfirma na IRN ({ $irn-web }).

        ## Si kusa ka da dretu
        - Si bu txumba, bu pode inskrebe na otu data.
        - Si IRN ka aseita bu sertifikadu, pidi motivu pa skritu.
        - Djuda na bu lingua: linha di apoiu pa imigranti (Linha de Apoio a Migrantes), { $lam-phone-landline } o { $lam-phone-mobile }.
    .keywords = prova di purtuges, prova de português, prova de portugues, testi di purtuges, teste de português, teste de portugues, ezami di purtuges, exame de português, exame de portugues, A2, a2, nivel A2, nível A2, nivel a2, CIPLE, ciple, CAPLE, caple, PaN, IAVE, iave, prova di lingua, prova de língua, prova de lingua, sertifikadu di purtuges, certificado de português, certificado de portugues, certificado A2, purtuges pa nasionalidadi, português para nacionalidade, portugues para nacionalidade, dispensa di prova, dispensa de prova, kabuverdianu mesti prova, kabu verdi, cabo verde, PALOP, CPLP, Camões, camoes, PLA, prova oral, testi di lingua, exame de lingua, testi di kultura
