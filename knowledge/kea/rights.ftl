# Direitu: apoiu jurídiku, diskriminason, violénsia doméstiku, tráfiku di pesoa i direitu di tudu algen.

legal-aid = Apoiu jurídiku di grasa i advogadu nomiadu
    .summary = Kenha ki ka ten dinheru pa paga un advogadu o dispeza di un prosesu pode pidi proteson jurídiku (proteção jurídica) na Siguransa Sosial. Si pididu e aseitadu, Ordem dos Advogados ta nomia un advogadu pa bu kazu.
    .body =
        Proteson jurídiku e un apoiu di Stadu pa kenha ki ka pode paga un advogadu o dispeza di un prosesu. Kenha ki ta disidi pididu e Siguransa Sosial (Segurança Social, Lei 34/2004). Advogadu ta nomiadu pa Ordem dos Advogados.

        ## Kuzé ki bu pode pidi
        - Konsulta jurídiku (consulta jurídica): un runion ku un advogadu sobri un kazu konkretu, pur izenplu un dispedimentu, un despeju o un dívida.
        - Apoiu judisiáriu (apoio judiciário), pa un prosesu na tribunal, na julgado de paz o na alguns prosesu na Konservatória: nomiason i pagamentu di un advogadu ("patrono"), dispensa di taxa di justisa (taxa de justiça) i di otus dispeza di prosesu, o pagamentu di kes dispeza poku-poku (em prestações).

        ## Kenha ki pode pidi
        - Kenha ki prova ma e ka pode paga. Siguransa Sosial ta konta rendimentu i ben di tudu algen ki ta mora na kaza (agregado familiar).
        - Stranjeru ku títulu di residénsia válidu na un pais di Union Europeia.
        - Stranjeru sen títulu di residénsia: só si lei di se pais ta da mésmu direitu a purtugês. Konfirma bu kazu na Siguransa Sosial.
        - Si bu e arguidu (arguido) na un prosesu-krimi i bu ka ten advogadu, es ta nomia-bu un difensor. Dipôs bu pode pidi apoiu judisiáriu pa bu ka ten ki paga-l.

        ## Pasu
        1. Prenxe rekerimentu di proteson jurídiku (requerimento de proteção jurídica). Bu pode entrega-l na Segurança Social Direta, pa koreiu o na un balkon di Siguransa Sosial, ku markason pa { $ss-appointment-phone } o { $ss-appointment-phone-alt }.
        2. Skodje tipu di apoiu i djunta dokumentu. Si dja ten un prosesu, fla kal tribunal i kal númeru. Guarda komprovativu di entrega.
        3. Si bu pidi advogadu i bu ten un prazu ta kore na un prosesu, entrega logu na tribunal komprovativu di pididu. Asi prazu ta para ti advogadu ser nomiadu.
        4. Siguransa Sosial debe disidi na { $legal-aid-decision-days ->
            [one] { $legal-aid-decision-days } dia
           *[other] { $legal-aid-decision-days } dia
        }. Si e ka responde nes prazu, pididu ta konsideradu aseitadu ("deferimento tácito").
        5. Si pididu e aseitadu, Ordem dos Advogados ta skodje advogadu i e ta manda-bu se nómi i kontatu. Bu ka pode skodje-l.

        ## Dokumentu
        - Dokumentu di identifikason i títulu di residénsia, si bu ten.
        - NIF i NISS. Rekerimentu ta pidi NISS: si bu ka ten-l, pidi-l purmeru.
        - Komprovativu di rendimentu (resibu di salariu, diklarason di IRS) i di renda di kaza.
        - Papel di kazu: karta, kontratu, notifikason di tribunal.

        ## Kustu
        Pididu e di grasa. Ku apoiu total, bu ka ta paga advogadu nen dispeza di prosesu. Ku apoiu parsial, bu ta paga un parti poku-poku.

        ## Si kusa ka da dretu
        - Es rikuza pididu: karta di disizon ta splika modi ki bu pode kontesta-l (impugnação). Prazu e kurtu: lé-l logu.
        - Bu ten un prublema sériu ku advogadu nomiadu: splika motivu na Ordem dos Advogados i pidi pa troka-l.
        - Dúvida sobri pididu: Siguransa Sosial, { $ss-phone } o { $ss-phone-alt } ({ $ss-hours }).
        - Djuda na bu lingua: linha di apoiu pa imigranti (Linha de Apoio a Migrantes), { $lam-phone-landline } o { $lam-phone-mobile }.
    .keywords = apoiu juridiku, apoio jurídico, apoio juridico, proteson juridiku, proteção jurídica, protecao juridica, apoiu judisiariu, apoio judiciário, apoio judiciario, advogadu di grasa, advogado gratuito, advogado de graça, advogado de graca, advogadu ofisiozu, advogado oficioso, advogado do estado, defensor oficioso, defensoria publica, patrono, nomeação de patrono, konsulta juridiku, consulta jurídica, N ka ten dinheru pa advogadu, nao tenho dinheiro para advogado, taxa de justiça, kustas, custas, tribunal, prosesu, processo, ordem dos advogados, siguransa sosial, segurança social, seguranca social, advogadu, advogado, adevogado, advocado, jurista, justisa di grasa, justiça gratuita, justica gratuita
    .questions =
        advogadu di grasa na Portugal
        apoiu judisiáriu na Siguransa Sosial
        N ka ten dinheru pa advogadu, modi ki N ta pidi un ofisiozu
        advogadu pa rekore rikuza di AIMA di grasa
        imigranti sen papel pode pidi apoiu jurídiku?
        paga kusta di tribunal "em prestações"
        dokumentu pa pidi apoiu jurídiku
        es rikuza nha pididu di advogadu di grasa
        konsulta jurídiku di grasa

discrimination-complaint = Keixa pa diskriminason rasial o étniku
    .summary = Na Portugal e proibidu diskrimina algen pamodi kor di pele, orijen étniku o nasionalidadi. CICDR e entidadi ki ta trata di keixa, má na { $cicdr-status-date } e inda ka staba ta trata-s: ten otu kaminhu ki ta funsiona, sima ACT, pulísia, Ministério Público i APAV.
    .body =
        Lei 93/2017 ta proibi diskriminason pamodi orijen rasial o étniku, kor di pele, nasionalidadi, asendénsia o tera di orijen. E ta vale na trabadju, ora ki bu ta djobe kaza, na saúdi, na skola, na loja, bar i otus sirvisu, i tanbê na sirvisu públiku.

        ## Izenplu
        - Es rikuza aluga-bu un kaza "pamodi bu e stranjeru" o pamodi kor di bu pele.
        - Es ka ta dexa-bu entra na un bar o na un loja, o es ta atende-bu pior ki kes otu.
        - Es ta paga-bu menus ki bu kolega pa mésmu trabadju pamodi bu orijen.
        - Insultu o ameasa rasista, tanbê na redi sosial.

        ## CICDR
        Comissão para a Igualdade e Contra a Discriminação Racial (CICDR) ta resebe keixa i e pode pui multa (coima). E ta funsionaba djuntu ku Alto Comissariado para as Migrações (ACM), ki kaba ora ki AIMA fazedu, na { $sef-abolished }. CICDR pasa ta funsiona djuntu ku Assembleia da República.
        - Na { $cicdr-status-date } CICDR inda ka tenba sirvisu di apoiu i keixa ka staba ta ser tratadu.
        - Email i morada antigu di ACM dja ka ta funsiona. Ka bu manda keixa pa la.
        - Antis di bu faze keixa na CICDR, pergunta na linha di apoiu pa imigranti si komison dja ta resebe keixa i pa ki mei.

        ## Kaminhu ki ta funsiona
        - Diskriminason na trabadju: keixa na ACT (Autoridade para as Condições do Trabalho), { $act-phone } o na { $act-web }, na "Queixas e denúncias". E pode ser anónimu.
        - Agreson, ameasa, insultu rasista o insitamentu a ódiu pode ser krimi: faze keixa na PSP, na GNR, na Polícia Judiciária o na Ministério Público. Na perigu, liga { $emergency-phone }.
        - Na un loja, restauranti, banku o otu sirvisu: pidi livru di reklamason (Livro de Reclamações), na papel o na formatu eletróniku.
        - Apoiu a vítima: APAV ten un unidadi pa vítima imigranti i di diskriminason. Linha { $apav-phone }, di grasa ({ $apav-hours }).

        ## Pasu
        1. Skrebe logu kuzé ki kontise: dia, ora, lugar, kuzé ki es fla o faze i kenha.
        2. Guarda prova: mensajen, email, anúnsiu, fotu, gravason i kontatu di tistimunha.
        3. Skodje kaminhu serti pa bu kazu i faze keixa. Pidi sénpri komprovativu.
        4. Si bu mesti advogadu i bu ka pode paga-l, pidi proteson jurídiku na Siguransa Sosial.

        ## Si kusa ka da dretu
        - Pulísia ka kre resebe keixa: entrega-l pa skritu na Ministério Público, na tribunal di bu zona.
        - Bu ka sabe pa undi ki bu ta kumesa: liga pa APAV o pa linha di apoiu pa imigranti (Linha de Apoio a Migrantes), { $lam-phone-landline } o { $lam-phone-mobile }.
    .keywords = diskriminason, discriminação, discriminacao, descriminação, descriminacao, rasismu, racismo, rasista, racista, xenofobia, xenófobo, preconceito, prekonseitu, kor di pele, cor da pele, pretu, negro, preto, africanu, africano, cigano, étnico, etnico, racial, CICDR, cicdr, comissão contra a discriminação, comissao para a igualdade, keixa, queixa, dinunsia, denúncia, denuncia, reklamason, reclamação, reclamacao, livro de reclamações, livro de reclamacoes, insultu, insulto, ofensa, odiu, ódio, odio, discurso de ódio, es ka dexa-m entra, nao me deixaram entrar, es ka ta aluga-m kaza, nao me arrendam casa, pamodi N e stranjeru, por ser estrangeiro, por ser africano, por ser preto, APAV, ACT, ministério público, ministerio publico, injúria racial, injuria racial
    .questions =
        es diskrimina-m pamodi N e pretu
        rasismu na trabadju undi ki N ta faze keixa
        keixa na CICDR
        es ka kre aluga-m kaza pamodi N e afrikanu
        insultu rasista na rua, N pode faze keixa?
        diskriminason na atendimentu di un sirvisu públiku
        ksenofobia kontra imigranti dinunsia
        pulísia trata-m mal pamodi kor di nha pele
        APAV djuda pa diskriminason rasial
        es ka dexa-m entra na diskoteka pamodi nha orijen

domestic-violence = Violénsia doméstiku: djuda i proteson
    .summary = Violénsia doméstiku e krimi públiku na Portugal i vítima ten direitu a proteson, tanbê kes ki ka ten autorizason di residénsia. Na perigu liga { $emergency-phone }. Pa apoiu, liga { $dv-phone }, di grasa i a kalker ora, o manda SMS pa { $dv-sms }.
    .body =
        Violénsia doméstiku (violência doméstica) ka e só da porrada. E tanbê ameasa, umilha, kontrola dinheru o telemóvel, tra-bu bu dokumentu, proibi-bu di sai o di fala ku bu família, o obriga-bu ten relason sexual. E pode ben di maridu o di mudjer, di namoradu, di un ex-konpanheru o di otu pesoa di família, mésmu si bos ka ta mora djuntu.

        ## Na perigu gósi
        - Liga { $emergency-phone }. E di grasa. Fla undi ki bu sta.
        - Si bu pode, bai pa un lugar siguru: kaza di algen di konfiansa, un loja o un sukuadra di pulísia (esquadra).

        ## Linha di apoiu
        - Serviço de Informação a Vítimas de Violência Doméstica, di CIG (Comissão para a Cidadania e a Igualdade de Género): { $dv-phone }, di grasa, a kalker ora, tudu dia. E anónimu i konfidensial. Tanbê pa SMS pa { $dv-sms }, di grasa.
        - APAV (Associação Portuguesa de Apoio à Vítima): { $apav-phone }, di grasa ({ $apav-hours }).
        - Es sirvisu ta djuda faze un planu di siguransa i ta manda-bu pa apoiu psikolójiku, jurídiku i pa un kaza di abrigu (casa de abrigo).
        - Si bu ka ta fala purtugês dretu, fla logu ki lingua ki bu ta fala.

        ## Faze keixa
        - Sendu krimi públiku, keixa pode fazedu pa vítima o pa kalker pesoa ki sabe di krimi. Prosesu ta kontinua mésmu si vítima muda di ideia.
        - Faze keixa na PSP, na GNR, na Polícia Judiciária o na Ministério Público.
        - Ku keixa bu ta resebe statutu di vítima (estatuto de vítima): un dokumentu ki ta fla kal ki e bu direitu.

        ## Bu direitu
        - Informason sobri prosesu na un lingua ki bu ta intende, ku intérpreti si e presizu.
        - Proteson: tribunal pode tra agresor di kaza i proibi-l di txiga pertu di bo o di kontata-bu.
        - Akolhimentu di grasa na un kaza di abrigu, ku bu fidju, na un lugar sekretu.
        - Advogadu: bu pode pidi proteson jurídiku na Siguransa Sosial.
        - Na trabadju: falta justifikadu pamodi violénsia i pididu pa muda lugar di trabadju.

        ## Si bu autorizason di residénsia ta dipende di agresor
        - Kenha ki ben pa reagrupamentu familiar pode ten medu di perde residénsia. Lei di Stranjeru (Lei de Estrangeiros) ta permiti da un autorizason di residénsia autónomu (só di bo) antis di tenpu normal, pur izenplu ora ki Ministério Público akuza agresor di violénsia doméstiku.
        - Guarda kópia di bu dokumentu na un lugar siguru. Si agresor fika ku bu pasaporti, fla-l na pulísia.
        - Antis di trata di asuntu na AIMA, pidi konsedju na APAV o na linha di apoiu pa imigranti (Linha de Apoio a Migrantes), { $lam-phone-landline } o { $lam-phone-mobile }.

        ## Si kusa ka da dretu
        - Es ka resebe bu keixa: bai Ministério Público, na tribunal di bu zona.
        - Más informason: { $cig-web }.
    .keywords = violensia domestiku, violénsia doméstiku, violência doméstica, violencia domestica, violensia, violência, violencia, agreson, agressão, agressao, agresor, agressor, porrada, da porrada, bate, ta bate-m, bateu, me bate, maridu ta bate-m, marido bate, konpanheru, companheiro, namoradu violentu, namorado violento, mau tratu, maus tratos, maus-tratos, abuzu, abuso, ameasa, ameaças, ameacas, medu, medo, kaza di abrigu, casa de abrigo, abrigo, estatuto de vítima, estatuto de vitima, vitima, vítima, CIG, APAV, apav, linha violência doméstica, sms, { $dv-phone }, { $dv-sms }, keixa, queixa, denúncia, denuncia, pulisia, polícia, policia, violason, violação, violacao, abuso sexual, residência autónoma, residencia autonoma, reagrupamento, djuda urjenti, ajuda urgente, sokoru, socorro
    .questions =
        violénsia doméstiku kuzé ki N ta faze
        nha maridu ta dá-m i N ten medu
        linha di djuda pa violénsia doméstiku númeru
        nha residénsia ta dipende di nha maridu ki ta maltrata-m, si N dexa-l N ta pirdi papel?
        kaza abrigu pa mudjer vítima
        keixa di violénsia doméstiku na pulísia
        N e imigranti sen papel i nha kunpanheru ta dá-m, N pode pidi djuda?
        SMS pa pidi djuda pa violénsia
        nha namoradu ta kontrola-m i ta menasa-m, e violénsia doméstiku?
        statutu di vítima ki direitu N ten

human-trafficking = Tráfiku di pesoa i trabadju forsadu
    .summary = Si algen ta obriga-bu trabadja, si e tra-bu bu dokumentu o si e ta prende-bu ku un dívida ki nunka ka ta kaba, bu pode ser vítima di tráfiku di pesoa. Liga { $trafficking-phone }, a kalker ora i sen fla bu nómi, o { $emergency-phone } si bu sta na perigu. Vítima ten proteson i pode resebe autorizason di residénsia.
    .body =
        Tráfiku di pesoa (tráfico de pessoas) e un krimi grávi. E ta kontise ora ki algen ta rekruta, ta transporta o ta da kaza a un pesoa, ku mintira, ameasa, violénsia o ta aproveita di se situason, pa splora-l: trabadju forsadu, splorason sexual, pidi smola, kazamentu forsadu o obriga-l faze krimi. E pode kontise mésmu a kenha ki aseita ben i ki entra ku vistu.

        ## Sinal di alerta
        - Es fika ku bu pasaporti o ku bu títulu di residénsia.
        - Bu ten un dívida pa viajen, pa kaza o pa "papel" ki nunka ka ta kaba.
        - Bu ta trabadja txeu ora sen resebe, o bu ta resebe muitu menus di kel ki es promete-bu.
        - Bu ka pode sai di trabadju o di kaza, o es sta sénpri ta vijia-bu.
        - Es ta ameasa-bu o bu família, o es ta fla ma pulísia ta prende-bu pamodi bu ka ten papel.
        - Bu ta mora na lugar di trabadju na mau kondison i es ta diskonta-bu tudu na salariu.

        ## Pidi djuda
        - Linha di apoiu pa vítima di tráfiku: { $trafficking-phone }, a kalker ora, anónimu. Txomada ta pagu sima un txomada pa telemóvel.
        - Ekipa spesializadu di kada rejion (EME), tanbê a kalker ora: Norte { $trafficking-eme-north-phone }, Centro { $trafficking-eme-centre-phone }, Alentejo { $trafficking-eme-alentejo-phone }, Lisboa { $trafficking-eme-lisbon-phone }, Algarve { $trafficking-eme-algarve-phone }.
        - Na perigu: { $emergency-phone }. Invistigason e di Polícia Judiciária; bu pode tanbê bai PSP o GNR.
        - Splorason na trabadju: ACT ta resebe dinúnsia, tanbê anónimu, pa { $act-phone } o na { $act-web }.
        - APAV: { $apav-phone }, di grasa.

        ## Proteson pa vítima
        - Kaza siguru, kumida, kuidadu di saúdi urjenti, apoiu psikolójiku, intérpreti i apoiu jurídiku.
        - Un prazu di refleson (prazo de reflexão) di { $trafficking-reflection-min-days } a { $trafficking-reflection-max-days } dia pa bu rekupera i disidi si bu kre kolabora ku invistigason. Duranti es prazu es ka pode manda-bu fora di pais.
        - Si bu entra sen vistu o bu trabadja sen autorizason, kel-la ka ta inpidi es proteson.

        ## Autorizason di residénsia
        - AIMA ta da autorizason di residénsia a vítima di tráfiku, mésmu si es entra ilegal (artigu 109.º di Lei de Estrangeiros). Prosesu ta kumesa ora ki pulísia o Ministério Público komunika kazu na AIMA.
        - Na régra, vítima ten ki kolabora ku invistigason i korta relason ku suspeitu. Lei ta permiti tanbê da-l sen kolaborason, ora ki situason pesoal di vítima ta justifika-l, pur izenplu pa razon di siguransa, di saúdi o di família.
        - Autorizason ta vale { $trafficking-permit-years ->
            [one] { $trafficking-permit-years } anu
           *[other] { $trafficking-permit-years } anu
        } i e pode ser renovadu.

        ## Si kusa ka da dretu
        - Bu ten medu di fala ku pulísia: liga purmeru pa linha { $trafficking-phone } o pa APAV. Es ta splika-bu pasu i es pode akonpanha-bu.
        - Bu konxe algen nes situason: bu pode liga pa kel pesoa, sen da bu nómi.
        - Más informason: Observatório do Tráfico de Seres Humanos, { $otsh-web }.
    .keywords = trafiku di pesoa, tráfiku di pesoa, tráfico de pessoas, trafico de pessoas, tráfico de seres humanos, trafico humano, trafikanti, traficante, trabadju forsadu, trabalho forçado, trabalho forcado, trabadju sklavu, trabalho escravo, sklavu, escravidão, escravatura, escravo, splorason, exploração, exploracao, exploração laboral, exploração sexual, prostituição forçada, prostituicao forcada, es fika ku nha pasaporti, ficaram com o passaporte, tiraram o passaporte, patron fika ku nha dokumentu, patrão ficou com os documentos, divida, dívida, es ka ta dexa-m sai, nao me deixam sair, es ka ta paga-m, nao me pagam, ngana, engano, promesa di trabadju, promessa de trabalho, aliciador, angariador, mafia, máfia, OTSH, EME, linha tráfico, { $trafficking-phone }, vitima, vítima, autorização de residência vítima
    .questions =
        patron fika ku nha pasaporti
        tráfiku di pesoa dinunsia
        trabadju forsadu na agrikultura
        es promete-m trabadju i gosi N ten un dívida ki nunka ka ta kaba
        es ka ta dexa-m sai di kaza di trabadju
        linha di djuda pa vítima di tráfiku
        vítima di tráfiku pode ten residénsia?
        splorason sexual djuda
        N txiga Portugal i es tra-m nhas dokumentu
        N ta trabadja sen salariu i es ta menasa dinunsia-m na pulísia

rights-regardless-of-status = Direitu di tudu algen, ku o sen papel
    .summary = Mésmu sen autorizason di residénsia bu ten direitu na Portugal: kuidadu di saúdi urjenti, skola pa mininu, salariu i siguransa na trabadju, i proteson si bu e vítima di un krimi. Sabe undi ki bu ta pidi kada un.
    .body =
        Alguns direitu ka ta dipende di ten autorizason di residénsia nen di ten prosesu na AIMA rezolvidu. Es ta vale tanbê pa kenha ki sta ta spera un disizon, pa kenha ki ten títulu kadukadu i pa kenha ki nunka ka tenba papel.

        ## Saúdi
        - Kuidadu urjenti nunka ka ta rikuzadu, ku o sen dokumentu. Emerjénsia: { $emergency-phone }.
        - Sen autorizason di residénsia, sentru di saúdi ta kontinua ta da númeru di utenti, ma rejistu ta fika "em curso" o "incompleto" (Entidadi Reguladora di Saúdi, ERS, { $health-ers-faq-date }). Leva atestadu di residénsia di Junta de Freguesia.
        - Gravidez i partu, kuidadu di mininu, vasina i duensa ki ta pega ta tratadu kalker ki e bu situason. Otus kuidadu pode ser kobradu: pergunta antis di konsulta.
        - Nu ka atxa régra ki ta manda sirvisu di saúdi avisa AIMA o pulísia.
        - Pa dúvida di saúdi, liga pa SNS 24: { $sns24-phone }.

        ## Skola
        - Tudu mininu i jóven pode studa na skola públiku, kalker ki e situason di se pai i mai.
        - Faze matrikula na skola o na agrupamentu di skola di zona undi bu ta mora. Falta di autorizason di residénsia ka e motivu pa rikuza matrikula.

        ## Trabadju
        - Kenha ki ta trabadja ten direitu a salariu ki es kunbina, nunka más baxu ki salariu mínimu ({ $minimum-wage } pa mes, pa tenpu interu), a oráriu legal, a diskansu i a kondison siguru. Kel-li ta vale mésmu sen kontratu pa skritu i sen autorizason di residénsia.
        - Na un asidenti di trabadju bu ten direitu a tratamentu. Patron e obrigadu a ten siguru.
        - Salariu atrazadu, abuzu o perigu na trabadju: keixa na ACT, { $act-phone } o { $act-web }. E pode ser anónimu.

        ## Justisa i proteson
        - Si bu e vítima di un krimi, bu pode faze keixa na PSP, na GNR o na Ministério Público.
        - Vítima di violénsia doméstiku ({ $dv-phone }) i di tráfiku di pesoa ({ $trafficking-phone }) ten proteson i apoiu própi.
        - Si bu ten medu di volta pa bu tera pamodi perseguison o gera, bu pode pidi azilu. Inkuantu pididu sta ta ser analizadu, bu ten direitu.
        - Apoiu jurídiku di Stadu: kenha ki ka ten títulu di residénsia só pode pidi-l si se pais ta da mésmu direitu a purtugês. Na CNAI i na asosiason di imigranti bu pode ten informason di grasa.

        ## Undi ki bu pode pidi djuda
        - Linha di apoiu pa imigranti (Linha de Apoio a Migrantes): { $lam-phone-landline } (telefoni fixu) o { $lam-phone-mobile } (telemóvel), { $lam-hours }.
        - CNAI na Lisboa ({ $cnai-lisboa-address }), na Porto, na Faro i na Beja, i sentru lokal di apoiu a imigranti (CLAIM) na txeu Kámara.

        ## Kuidadu
        - Ningen ka pode fika ku bu pasaporti. Ka bu entrega-l a patron nen a intermediáriu.
        - Dizkonfia di algen ki ta kobra pa "trata papel" o ki ta bende markason na AIMA: markason e di grasa.
        - Guarda kópia di tudu dokumentu, kontratu, resibu i mensajen di trabadju.
    .keywords = sen papel, sem papéis, sem papeis, sen dokumentu, sem documentos, indokumentadu, indocumentado, ilegal, iregular, irregular, sen vistu, sem visto, sen residensia, sem residência, sem residencia, titulu kadukadu, título caducado, titulo caducado, visto caducado, direitu, direitos, nha direitu, meus direitos, direitu di imigranti, direitos do imigrante, direitos dos imigrantes, saudi sen papel, saúde sem papéis, saude sem papeis, skola sen papel, escola sem papeis, matrikula, matrícula, matricula, fidju na skola, trabadja sen papel, trabalhar sem papeis, salariu, salário, salario, ACT, keixa, queixa, urjensia, urgência, urgencia, ospital, hospital, sentru di saudi, centro de saúde, centro de saude, azilu, asilo, refujiadu, refugiado, pulisia, polícia, policia, es pode manda-m bai, posso ser expulso, N ten direitu, tenho direito, direitu a mediku, direito a médico, CNAI, CLAIM, linha di apoiu, linha de apoio
    .questions =
        ki direitu N ten sen papel na Portugal
        imigranti ilegal ten direitu?
        N sta irregular, nhas fidju pode bai skola?
        sen dokumentu N pode bai médiku i resebe nha salariu?
        es furta-m i N ka ten residénsia, N pode bai pulísia?
        direitu di imigranti sen autorizason di residénsia
        patron ta fla ma sen papel N ka ten direitu a salariu
        pulísia pode prende-m pamodi N ka ten vistu?
        undi ki N ta pidi djuda si N sta irregular
