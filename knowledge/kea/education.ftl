# Edukason: skola di fidju, kursu di purtugês, ensinu superior i ekivalénsia.

school-enrolment = Matrikula fidju na skola
    .summary = Tudu mininu i jóven ki ta mora na Portugal ten direitu a skola públiku, kalker ki e situason di se pai i mai. Matrikula ta fazedu na agrupamentu di skola (agrupamento de escolas) di zona undi bu ta mora, a kalker altura di anu pa kenha ki txiga di stranjeru. Skola públiku e di grasa i e ta da apoiu na purtugês a kenha ki ka ta fala lingua.
    .body =
        Na Portugal skola e obrigatóriu dizdi { $school-compulsory-age-start } ti { $school-compulsory-age-end ->
            [one] { $school-compulsory-age-end } anu
           *[other] { $school-compulsory-age-end } anu
        }. Tudu mininu ki ta mora li ten direitu a studa na skola públiku, ku o sen autorizason di residénsia di se pai. Skola ka pode rikuza matrikula pamodi pai sta ta spera AIMA o pamodi es ka ten papel.

        ## Undi i ki ora
        - Skola públiku sta organizadu na agrupamentu di skola. Matrikula mininu na agrupamentu di zona undi bu ta mora o undi bu ta trabadja. Junta de Freguesia o Kámara (Câmara Municipal) ta fla-bu kal ki e.
        - Matrikula normal e na primavera i na veron, pa anu letivu ki ta ben. Kenha ki txiga di stranjeru pode matrikula a kalker altura di anu, konformi vaga ki ten na turma.
        - Jardin di infánsia (jardim de infância, educação pré-escolar) ka e obrigatóriu, má parti edukativu e di grasa na skola públiku.

        ## Pasu
        1. Bai sekretaria di skola sedi di agrupamentu. Kenha ki ten Chave Móvel Digital tanbê pode uza Portal das Matrículas.
        2. Prenxe matrikula i fla kenha ki e enkaregadu di edukason (encarregado de educação).
        3. Entrega sertifikadu di skola di bu tera. Skola ta disidi na ki anu ki mininu ta entra i ta trata di ekivalénsia.
        4. Pidi apoiu di Português Língua Não Materna (PLNM) si mininu inda ka ta fala purtugês dretu. Bu pode pidi-l a kalker altura di anu.

        ## Dokumentu pa leba
        - Dokumentu di identifikason di mininu (pur izenplu, pasaporti) i di enkaregadu di edukason.
        - Komprovativu di morada: kontratu di arendamentu o atestadu di Junta de Freguesia.
        - Boletin di vasina (boletim de vacinas).
        - NIF i númeru di utenti di SNS di mininu, si e dja ten.
        - Sertifikadu i nota di skola di antis, si bu ten.
        - Si mininu ka ten autorizason di residénsia, bu pode pidi AIMA rejistu di menor stranjeru (registo de menor estrangeiro), pa email { $aima-minors-register-email }. Kredensial ki bu ta resebe ta serbi só pa asesu a skola i a saúdi.

        Si falta algun dokumentu, faze matrikula mésmu asi i pergunta skola modi ki bu pode entrega-l más tardi.

        ## Apoiu na skola
        - Ação Social Escolar (ASE): djuda pa kumida, pa material i pa pasiu di studu, konformi escalão di abonu di família.
        - Na skola públiku, livru di skola (manuais escolares) e, na régra, di grasa.
        - Txeu skola ten mediador o profesor di apoiu pa alunu ki ta txiga di otu pais.

        ## Kustu
        Matrikula i aula na skola públiku e di grasa. Bu pode ten ki paga kumida, prolongamentu di oráriu i alguns atividadi; ASE ta diminui o ta tira es kustu.

        ## Si kusa ka da dretu
        - Es rikuza matrikula: pidi motivu pa skritu i fala ku diretor di agrupamentu.
        - Pidi djuda na linha di apoiu pa imigranti (Linha de Apoio a Migrantes), { $lam-phone-landline } o { $lam-phone-mobile }, o na un CNAI.
    .keywords = matrikula, matrícula, matricula, matrikula na skola, matricular, inskrebe na skola, inscrever na escola, inscrição escolar, inscricao escola, skola, skóla, escola, skola publiku, escola pública, escola publica, kolejiu, colégio, colegio, agrupamentu, agrupamento de escolas, anu letivu, ano letivo, ano lectivo, jardin, jardim de infância, jardim de infancia, pre-skolar, pré-escolar, pre escolar, kretxi, creche, purmeru anu, 1.º ano, fidju, mininu, minina, criança, crianca, alunu, aluno, ensinu basiku, ensino básico, ensino basico, sekundariu, secundário, secundario, liseu, PLNM, português língua não materna, apoiu na purtuges, ASE, ação social escolar, acao social escolar, livru di skola, manuais escolares, livros gratis, sen papel, sem papeis, sen dokumentu, fidju sen dokumentu, enkaregadu di edukason, encarregado de educação, portal das matrículas, vaga na skola, vaga na escola
    .questions =
        modi ki N ta matrikula nha fidju na skola na Portugal
        N txiga li ku nhas fidju na meiu di anu, skola ta aseita matrikula?
        skola públiku pa mininu sen papel
        nha fidju ka ta fala purtugês dretu, skola ta da apoiu?
        ki dokumentu N ta leba pa inskrebe mininu na skola
        skola ka kre matrikula nha fidju pamodi N ka ten NIF, kuzé ki N ta faze
        skola e di grasa na Portugal? i livru?
        djuda pa material di skola i kumida pa família ku poku dinheru
        agrupamentu di skola pertu di kaza modi ki N ta atxa

portuguese-courses = Kursu di purtugês di grasa pa adultu
    .summary = Kursu di Português Língua de Acolhimento (PLA) e, na maioria, di grasa i e pa imigranti ki ka ten purtugês sima lingua materna. Es ta dadu na skola públiku, na sentru di IEFP i na Centros Qualifica. Sertifikadu di nível A2 ta serbi sima prova di purtugês pa nasionalidadi i pa residénsia permanenti.
    .body =
        Kursu di Português Língua de Acolhimento (PLA) toma lugar di antigu "Português para Todos" (PPT). Es ta nsina lé, skrebe, fala i intende purtugês i es ta da sertifikadu di nível A1 + A2 (uzuáriu elementar) i B1 + B2 (uzuáriu independenti).

        ## Pa kuzé ki sertifikadu ta serbi
        - Pa vida di tudu dia, pa trabadju i pa skola di fidju.
        - Sertifikadu di nível A2 o más altu ta prova konhesimentu di purtugês ki es ta pidi pa nasionalidadi, pa autorizason di residénsia permanenti i pa statutu di rezidenti di longa duráson (residente de longa duração).
        - Pa nasionalidadi, lei ki sta na vigor dizdi { $nationality-law-in-force } ta pidi tanbê, sugundu rezumu di advogadu i notísia, un testi síviku sobri kultura purtugês i direitu i dever di sidadon. Modi i undi ki el ta fazedu inda ka anunsiadu na fonti ki nu djobe: pergunta na IRN ki prova ki es ta pidi-bu.

        ## Kenha ki pode faze kursu
        - Pesoa stranjeru a partir di { $pla-min-age ->
            [one] { $pla-min-age } anu
           *[other] { $pla-min-age } anu
        } ki se lingua materna ka e purtugês.
        - Na régra es ta pidi un di es dokumentu: títulu di residénsia, vistu, komprovativu di un pididu pendenti na AIMA, komprovativu di pididu di azilu o di proteson temporáriu, o NISS. Régra pode muda: pergunta na lugar di kursu.

        ## Undi ki ten kursu
        - Skola públiku (agrupamentos de escolas), txeu bês dipôs di ora di trabadju (pós-laboral).
        - Sentru di impregu i formason profisional di IEFP ({ $iefp-web }).
        - Centros Qualifica.
        - Di bês en kandu na asosiason, Kámara o ampreza, atravês di akordu ku es entidadi.

        ## Pasu
        1. Djobe un kursu pertu di kaza o di trabadju: pergunta na skola, na sentru di IEFP o na Centro Qualifica, o na linha di apoiu pa imigranti.
        2. Inskrebe ku bu dokumentu. Es pode faze-bu un testi pa sabe na ki nível ki bu debe kumesa.
        3. Bai aula: falta di más pode inpidi-bu di ten sertifikadu.
        4. Na fin, resebe sertifikadu di nível ki bu kaba i guarda-l dretu.

        ## Dokumentu pa leba
        - Pasaporti o títulu di residénsia.
        - Un di dokumentu ki sta riba, si bu ka ten títulu di residénsia.
        - NIF i NISS, si bu ten.

        ## Kustu
        Sugundu AIMA, maioria di kursu PLA e di grasa, ma kel-li pode dipende di entidadi ki ta da kursu: pergunta antis di skrebe-bu. Ten tanbê kursu pagu na universidadi, skola di lingua i ampreza. Antis di paga, konfirma si sertifikadu e aseitadu pa kuzé ki bu mesti: pa nasionalidadi, sertifikadu ten ki ben di un entidadi rekonxedu (skola públiku, sentru di IEFP, Centro Qualifica o ezami ofisial).

        ## Si kusa ka da dretu
        - Ka ten vaga o ka ten kursu pertu: pidi pa fika na lista di spera i tenta otu skola o otu sentru.
        - Pa sabe undi ki ten kursu, bu pode tanbê skrebe pa AIMA: { $aima-language-email }.
        - Djuda na bu lingua: linha di apoiu pa imigranti (Linha de Apoio a Migrantes), { $lam-phone-landline } o { $lam-phone-mobile }.
    .keywords = kursu di purtuges, kursu purtuges, curso de português, curso de portugues, aula di purtuges, aulas de português, aulas de portugues, prende purtuges, aprender português, aprender portugues, purtuges pa stranjeru, português para estrangeiros, portugues para estrangeiros, PLA, português língua de acolhimento, portugues lingua de acolhimento, PPT, português para todos, portugues para todos, kursu di grasa, curso gratuito, curso gratis, curso grátis, skola di lingua, escola de línguas, A1, A2, B1, B2, nivel A2, nível A2, sertifikadu di purtuges, certificado de português, certificado a2, IEFP, iefp, centro de emprego, Qualifica, centro qualifica, lingua purtuges, língua portuguesa, fala purtuges, falar português, N ka ta fala purtuges, nao falo portugues, idioma, learn portuguese
    .questions =
        kursu di purtugês di grasa pa imigranti
        undi ki N pode prende purtugês di grasa na Lisboa
        aula di purtugês na IEFP pa adultu
        PLA inskrison modi ki N ta faze
        N mesti sertifikadu A2 pa residénsia permanenti, undi ki N ta faze kursu?
        N kre prende purtugês di noti dipôs di trabadju
        kursu di purtugês na Centro Qualifica
        N ka ten papel, N pode faze kursu di purtugês?
        kursu di purtugês ta da sertifikadu pa nasionalidadi?

higher-education = Entra na ensinu superior
    .summary = Kenha ki ta mora legal na Portugal dja ten algun tenpu ta kandidata pa universidadi i politékniku sima studanti purtugês, na régra pa Concurso Nacional de Acesso di DGES. Kenha ki ben di stranjeru pa studa ta kandidata sima studanti internasional, diretu na instituison, i e ta paga propina más karu.
    .body =
        Ensinu superior ta inklui universidadi i institutu politékniku, públiku i privadu. DGES (Direção-Geral do Ensino Superior, { $dges-web }) ta organiza Concurso Nacional de Acesso pa instituison públiku. Kada instituison ta trata di konkursu spesial i di studanti internasional.

        ## Studanti nasional o internasional?
        E studanti internasional (estudante internacional) kenha ki, na kumesu di anu ki e ta kandidata, ta kunpri tudu es kuza:
        - e ka ten nasionalidadi purtugês nen di un pais di Union Europeia o di Spasu Ekonómiku Europeu;
        - e ka e família di un sidadon purtugês o di Union Europeia;
        - e ka ta mora legal na Portugal dja más di { $higher-ed-international-residence-years ->
            [one] { $higher-ed-international-residence-years } anu
           *[other] { $higher-ed-international-residence-years } anu
        } siginti (nen e ka fidju di algen ki ta mora);
        - e ka ten statutu di igualdadi di direitu i dever (estatuto de igualdade, pur izenplu kel di brazileru).

        Kenha ki ka e studanti internasional ta kandidata i ta paga sima studanti purtugês. Ten eseson: konfirma na sirvisu akadémiku (serviços académicos).

        ## Modi ki bu ta entra
        - Concurso Nacional de Acesso: kandidatura pa internet, na veron. Bu mesti ensinu sekundáriu kunpletu (ku ekivalénsia, si bu tra-l na stranjeru) i ezami nasional ki kursu ta pidi (provas de ingresso).
        - Konkursu spesial, pur izenplu pa maior di { $higher-ed-mature-age ->
            [one] { $higher-ed-mature-age } anu
           *[other] { $higher-ed-mature-age } anu
        }, ku prova fetu pa propi instituison.
        - Studanti internasional: e ta kandidata diretu na universidadi o na politékniku, konformi edital i kalendáriu di kada instituison.
        - Refujiadu i pesoa na situason di emerjénsia umanitáriu ten un rejimi spesial: pergunta na instituison.

        ## Pasu (studanti internasional)
        1. Skodje kursu i lé edital di instituison.
        2. Kandidata pa internet, ku dokumentu ki es pidi.
        3. Si es aseita-bu i bu inda ta mora fora di Portugal, pidi vistu di studu na konsuladu.
        4. Faze matrikula i paga propina.

        ## Dokumentu
        - Pasaporti o títulu di residénsia.
        - Diploma i nota di ensinu sekundáriu, legalizadu (Apostila de Haia o konsuladu) i traduzidu, si e presizu.
        - Komprovativu di ezami o prova ki kursu ta pidi.
        - Komprovativu di nível di purtugês, si instituison pidi-l.

        ## Kustu
        - Propina di instituison públiku pa studanti nasional ten un valor máximu fixadu pa lei.
        - Studanti internasional ta paga propina más karu, fixadu pa kada instituison. Privadu ten se própiu presu.
        - Pode ten taxa di kandidatura i di matrikula.
        - Sobri bolsa di studu, pergunta na Serviços de Ação Social di instituison.

        ## Si kusa ka da dretu
        - Bu ka sabe si bu e studanti nasional o internasional: pergunta na sirvisu akadémiku antis di kandidata.
        - Djuda na bu lingua: linha di apoiu pa imigranti (Linha de Apoio a Migrantes), { $lam-phone-landline } o { $lam-phone-mobile }.
    .keywords = universidadi, universidade, fakuldadi, faculdade, facul, politekniku, politécnico, politecnico, ensinu superior, ensino superior, lisensiatura, licenciatura, mestradu, mestrado, doutoramento, kursu superior, curso superior, kandidatura, candidatura, concurso nacional de acesso, acesso ao ensino superior, ezami nasional, exames nacionais, provas de ingresso, studanti internasional, estudante internacional, propina, propinas, mensalidade, kantu ki universidadi ta kusta, bolsa di studu, bolsa de estudo, bolsa, DGES, dges, maiores de { $higher-ed-mature-age }, studa na portugal, estudar em portugal, entra na universidadi, entrar na universidade, matrícula universidade, estatuto de igualdade, refujiadu studanti, vistu di studanti
    .questions =
        modi ki N ta entra na universidadi na Portugal
        studanti internasional kantu ki ta paga propina
        N ta mora li ku títulu di residénsia, N pode kandidata sima studanti nasional?
        concurso nacional de acesso pa imigranti
        N kaba 12º anu na Kabu Verdi, modi ki N ta entra na faculdadi li
        nha fidju kaba sekundáriu li, el ta entra na universidadi sima purtugês?
        kandidatura pa politékniku dokumentu
        kuzé ki N ta paga si N ben di Kabu Verdi studa na universidadi

diploma-equivalence = Ekivalénsia di sertifikadu di skola i diploma di stranjeru
    .summary = Sertifikadu di ensinu báziku i sekundáriu tiradu na stranjeru ta resebe ekivalénsia na un skola, a kalker altura di anu. Diploma di ensinu superior ta rekonxedu pa DGES o pa un universidadi o politékniku, ku un pididu pa internet.
    .body =
        Ekivalénsia (equivalência) ta fla a ki nível purtugês ki ta koresponde kuzé ki bu studa na otu pais. E ta serbi pa kontinua ta studa, pa kandidata a trabadju i konkursu públiku i, txeu bês, pa formason profisional.

        ## Ensinu báziku i sekundáriu
        - Bu ta pidi-l na un skola públiku di ensinu báziku o sekundáriu, o na un skola privadu ku autonomia pedagójiku. Kenha ki inda ka ta mora na Portugal ta manda pididu pa koreiu pa DGE (Direção-Geral da Educação, { $dge-web }).
        - Bu pode pidi-l a kalker altura di anu.
        - Ten tabéla di ekivalénsia pa kada pais. Kazu ki ka sta na tabéla ta disididu pa sirvisu di Ministério da Educação.

        ## Pasu (skola)
        1. Pidi na sekretaria di skola rekerimentu di ekivalénsia (requerimento de equivalência).
        2. Djunta dokumentu i entrega tudu na skola.
        3. Spera disizon i pidi sertifikadu di ekivalénsia.

        ## Dokumentu (skola)
        - Rekerimentu prenxidu.
        - Sertifikadu o diploma ku anu ki bu kaba i nota final.
        - Sertifikadu ten ki sta legalizadu: pa konsuladu di Portugal na bu tera, pa embaxada o konsuladu di bu pais na Portugal, o ku Apostila de Haia.
        - Tradoson pa purtugês, si dokumentu sta na otu lingua.
        - Kópia di dokumentu di identifikason.
        - Di bês en kandu es ta pidi tanbê skala di nota ki ta uzadu na bu tera.

        ## Ensinu superior
        Diploma di lisensiatura, mestradu i doutoramento ta rekonxedu (reconhecimento), e ka ta "ekivaledu". Ten tres tipu:
        - Rekonhesimentu otomátiku (reconhecimento automático): pa grau ki sta na un lista ofisial. Bu ta pidi-l na DGES o na un instituison públiku di ensinu superior.
        - Rekonhesimentu di nível (reconhecimento de nível): e ta fla a kal grau purtugês ki ta koresponde bu grau.
        - Rekonhesimentu spesífiku (reconhecimento específico): e ta kompara bu kursu ku un kursu purtugês konkretu. E pode ser presizu pa kontinua studu o pa alguns profison.

        Pididu ta fazedu pa internet, na plataforma di DGES ({ $dges-web }), ku dokumentu digitalizadu i legalizadu. Kada instituison ten se tabéla di taxa (emolumentos): rekonhesimentu otomátiku e más baratu; kes otu ta kusta txeu más.

        ## Profison regulamentadu
        Pa ser médiku, infermeru, injeneru, advogadu i otus profison regulamentadu, alen di rekonhesimentu di diploma bu mesti inskrison na orden o asosiason profisional.

        ## Si kusa ka da dretu
        - Bu ka ta konsigi dokumentu di bu tera (pur izenplu, pamodi gera o pamodi bu e refujiadu): fla-l na skola o na DGES. Ten otu manera di faze.
        - Si es rikuza bu pididu, pidi disizon pa skritu: bu pode reklama o rekori.
        - Djuda na bu lingua: linha di apoiu pa imigranti (Linha de Apoio a Migrantes), { $lam-phone-landline } o { $lam-phone-mobile }.
    .keywords = ekivalensia, ekivalénsia, equivalência, equivalencia, equivalencias, ekivalensia di diploma, rekonhesimentu, reconhecimento de diploma, reconhecimento, rekonxe diploma, reconhecer diploma, revalidação, revalidacao, valida diploma, validar diploma, diploma di fora, diploma di kabu verdi, diploma estrangeiro, sertifikadu di skola, certificado escolar, certificado de habilitações, certificado de habilitacoes, historiku skolar, histórico escolar, 12.º ano, 12 anu, 12 ano, 9 anu, 9.º ano, liseu, sekundariu, secundário, secundario, lisensiatura, licenciatura, mestradu, mestrado, doutoramento, fakuldadi, faculdade, universidadi, universidade, DGES, DGE, ReCon, apostila, apostila de haia, tradoson, tradução, traducao, legaliza dokumentu, legalizar documentos, ordem dos médicos, ordem dos enfermeiros, ordem dos engenheiros
    .questions =
        ekivalénsia di 12º anu di Kabu Verdi na Portugal
        modi ki N ta faze ekivalénsia di nha sertifikadu di liceu
        rekonhesimentu di diploma di universidadi na DGES
        N ten lisensiatura di Uni-CV, modi ki N ta rekonxe-l li
        ekivalénsia pa nha fidju ki ben di Kabu Verdi, na ki anu el ta fika?
        nha sertifikadu ten ki ten apostila pa ekivalénsia?
        rekonhesimentu otomátiku di diploma
        kantu ki ta kusta rekonxe diploma di universidadi
        N mesti ekivalénsia di diploma pa djobe trabadju?
