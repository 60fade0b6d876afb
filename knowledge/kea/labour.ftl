# Trabadju: salariu, oráriu, kontratu i direitu di kenha ki ta trabadja.

wages-and-hours = Salariu mínimu, oráriu di trabadju, féria i subsídiu
    .summary = Na { $minimum-wage-year }, salariu mínimu na kontinenti e { $minimum-wage } pa mes, pagu { $minimum-wage-payments } bês pa anu. Oráriu normal e { $work-hours-day } ora pa dia i { $work-hours-week } ora pa simana, i bu ten direitu a { $annual-leave-days } dia útil di féria pagu.
    .body =
        Es régra di lei di trabadju (Código do Trabalho) ta vale pa kenha ki ta trabadja pa un patron (por conta de outrem), ku o sen kontratu skritu, i tanbê pa kenha ki inda ka ten autorizason di residénsia. Kenha ki ta fiskaliza e ACT (Autoridade para as Condições do Trabalho), inspeson di trabadju.

        ## Salariu mínimu
        - Na { $minimum-wage-year }, salariu mínimu ("retribuição mínima mensal garantida") e { $minimum-wage } pa mes, pa tenpu interu, na kontinenti.
        - Asoris i Madeira ten se propi valor: konfirma valor di bu rejion.
        - Na tenpu parsial (tempo parcial), mínimu ta dipende di kantu ora ki bu ta trabadja.
        - Valor ta muda normalmenti na janeru di kada anu.
        - Tudu mes bu debe resebe un resibu di salariu (recibo de vencimento) ku salariu brutu, diskontu i valor líkidu (kel ki ta fika pa bo).

        ## Subsídiu di féria i subsídiu di Natal
        Salariu ta pagu { $minimum-wage-payments } bês pa anu: salariu di kada mes, más subsídiu di féria (subsídio de férias) i subsídiu di Natal (subsídio de Natal), kel ki ta txomadu 13.º i 14.º mes.
        - Subsídiu di féria: un mes di salariu bázi, pagu antis di féria, si ka ten otu akordu.
        - Subsídiu di Natal: un mes di salariu, pagu na dizenbru, antis di Natal.
        - Na anu ki bu entra i na anu ki bu sai, bu ta resebe parti ki ta koresponde a tenpu ki bu trabadja.
        - Subsídiu só pode ser pagu poku-poku, mes a mes ("duodécimos"), si ten akordu.

        ## Oráriu di trabadju
        - Oráriu normal e { $work-hours-day } ora pa dia i { $work-hours-week } ora pa simana.
        - Un kontratu kuletivu (contrato coletivo), "adaptabilidade" o "banco de horas" pode rapati ora di otu manera, dentu di limiti di lei.
        - Bu ten direitu a un pauza pa kume i a diskansu tudu simana.
        - Patron (entidade patronal) ten ki guarda un rejistu di ora ki bu trabadja.

        ## Ora extra (trabalho suplementar)
        - Ora a más ki patron pidi-bu ta pagu más karu ki ora normal, inda más na dia di diskansu i na feriadu. Trabadju di noti tanbê ta pagu más. Kontratu kuletivu pode da más.
        - Nota tudu dia ora ki bu entra i ora ki bu sai, i guarda mensajen i skala: es e prova si es ka paga-bu.

        ## Féria
        - Bu ten direitu a { $annual-leave-days } dia útil di féria pagu pa anu (dia di sigunda a sesta, sen konta feriadu).
        - Na purmeru anu di kontratu bu ten menus dia, konformi mes ki bu trabadja.
        - Féria ta markadu pa akordu; si ka ten akordu, e patron ki ta marka.
        - Trabadja na un feriadu ta da direitu a pagamentu extra o a diskansu.

        ## Mudansa ki sta na diskuson
        Guvernu purpoi un reforma di lei di trabadju ("Trabalho XXI") ki pode muda régra di oráriu, di "banku di ora" i di féria. Na notísia mas resenti ki nu atxa, di { $labour-reform-news-date }, reforma inda sta na negosiason, i nu ka atxa-l publikadu na "Diário da República". Es testu ta sigi lei di trabadju (Código do Trabalho) sen es reforma: pergunta na ACT si régra dja muda.

        ## Si kusa ka da dretu
        1. Pidi patron, pa skritu, kuzé ki e ta debe-bu. Guarda kópia.
        2. Kontata ACT: { $act-phone } ({ $act-hours }), o faze keixa na { $act-web }, na "Queixas e denúncias". Keixa pode ser anónimu.
        3. Un sindikatu tanbê pode djuda-bu.

        Ka bu dexa pasa txeu tenpu dipôs ki kontratu kaba: dinheru di salariu ki es ta debe-bu (créditos salariais) ten prazu.
    .keywords = salariu minimu, salariu mínimu, salario minimo, salário mínimo, salariu, salario, ordenadu, ordenado, ordenado minimo, vencimento, resibu, resibu di salariu, recibo de vencimento, ora extra, oras extra, horas extra, hora extra, trabalho suplementar, orariu, horario, horário, ora di trabadju, kantu ora, folga, diskansu, descanso, feria, ferias, férias, subsidiu di feria, subsidio de ferias, subsídio de férias, subsidiu di natal, subsidio de natal, 13 mes, 14 mes, desimu terseru, decimo terceiro, feriadu, feriado, trabadju di noti, trabalho noturno, banco de horas, patron, patrão, patrao, patron ka ta paga, ka ta paga-m, ka paga-m, salariu atrazadu, salários em atraso, ACT, RMMG, kantu ki e salariu
    .questions =
        salariu mínimu na Portugal 2026
        kantu ora pa dia N pode trabadja
        subsídiu di Natal i subsídiu di féria modi ki e ta funsiona
        ora extra kantu es ta paga
        kantu dia di féria N ten direitu
        N ta trabadja 10 ora pa dia i es ka ta paga ora extra, e legal?
        patron ta paga salariu 12 o 14 bês pa anu?
        ordenadu mínimu líkidu kantu ki ta fika
        N ta trabadja fin di simana i feriadu, N ten direitu a más?
        es ta paga-m menus di salariu mínimu, kuzé ki N pode faze?

employment-contract = Kontratu di trabadju: kuzé ki e debe ten i ki tipu ki ten
    .summary = Kontratu di trabadju pode ser sen prazu (efetivo) o ku prazu (a termo). Kenha ki ben di fora di Union Europeia debe, na régra, ten kontratu pa skritu, ku salariu, oráriu, lugar i trabadju ki bu ta faze. Lé antis di sina i guarda un kópia.
    .body =
        Kontratu di trabadju e akordu entri bo i bu patron (entidade patronal). Régra sta na lei di trabadju (Código do Trabalho) i e ta vale pa tudu algen, purtugês o stranjeru. Kenha ki ta fiskaliza e ACT (Autoridade para as Condições do Trabalho).

        ## Kontratu pa skritu
        - Si bu ben di un pais di fora di Union Europeia, lei ta exiji, na régra, kontratu pa skritu, ku referénsia a bu vistu o a bu títulu di residénsia.
        - Kontratu ku prazu (a termo) tanbê ten ki ser sénpri pa skritu.
        - Mésmu sen papel sinadu, si bu ta trabadja ta obi orden di algen, ku oráriu i salariu, pode ten kontratu di trabadju. Guarda prova: mensajen, skala, transferénsia di dinheru.

        ## Kuzé ki kontratu debe fla
        - Nómi i morada (o sedi) di kes dos parti, ku asinatura.
        - Trabadju ki bu ta faze (categoria profissional) i lugar di trabadju.
        - Salariu brutu i dia di pagamentu.
        - Oráriu di trabadju i pirídu normal di trabadju.
        - Data ki e sinadu, data ki bu ta kumesa i, si e ku prazu, kantu tenpu ki e ta dura i pamodi.

        ## Tipu di kontratu
        - Sen prazu (sem termo, "efetivo"): e ka ten data pa kaba.
        - Ku prazu serti (a termo certo): e ten data pa kaba. E só pode fazedu pa un nisisidadi temporáriu, i motivu ten ki sta skritu. E ta dura no máximu { $fixed-term-max-years ->
            [one] { $fixed-term-max-years } anu
           *[other] { $fixed-term-max-years } anu
        }, ku no máximu { $fixed-term-max-renewals ->
            [one] { $fixed-term-max-renewals } renovason
           *[other] { $fixed-term-max-renewals } renovason
        }. Sen un motivu válidu, e ta pasa pa kontratu sen prazu.
        - Ku prazu inserti (a termo incerto): e ta kaba ora ki trabadju o substituison pa kel ki es kontrata-bu kaba.

        ## Pirídu di spiriénsia (período experimental)
        Na kumesu ten un tenpu di spiriénsia: nes tenpu, bo o patron pode kaba kontratu sen indenizason. Na kontratu sen prazu e, na régra, { $trial-period-days ->
            [one] { $trial-period-days } dia
           *[other] { $trial-period-days } dia
        }. E pode ser más kunpridu pa xefi o pa trabadju konplikadu, i pa kenha ki sta ta djobe purmeru impregu. Na kontratu ku prazu e más kurtu.

        ## Antis di sina
        1. Lé tudu. Si bu ka intende, pidi djuda na un sindikatu, na un CNAI o na linha di apoiu pa imigranti (Linha de Apoio a Migrantes), { $lam-phone-landline } o { $lam-phone-mobile }.
        2. Konfirma ma salariu ka e más baxu ki salariu mínimu ({ $minimum-wage } na { $minimum-wage-year }, pa tenpu interu).
        3. Ka bu sina papel na branku nen karta di dimison sen data.
        4. Fika ku un kópia sinadu.
        5. Dipôs, konfirma na Segurança Social Direta si es inskrebe-bu.

        ## Mudansa ki sta na diskuson
        Guvernu purpoi un reforma di lei di trabadju ("Trabalho XXI") ki pode muda régra di kontratu ku prazu i di pirídu di spiriénsia. Na notísia mas resenti ki nu atxa, di { $labour-reform-news-date }, reforma inda sta na negosiason, i nu ka atxa-l publikadu na "Diário da República". Es testu ta sigi lei di trabadju (Código do Trabalho) sen es reforma: pergunta na ACT si régra dja muda.

        ## Si kusa ka da dretu
        Patron ka ta da-bu kontratu pa skritu, o kontratu ka ta bate ku trabadju ki bu ta faze: kontata ACT, { $act-phone } ({ $act-hours }), o faze keixa na { $act-web }.
    .keywords = kontratu, kontratu di trabadju, contrato de trabalho, contrato, contratu, kontrato, kontratu pa skritu, contrato escrito, kontratu ku prazu, contrato a termo, contrato a prazo, kontratu sen prazu, contrato sem termo, efetivo, efectivo, fika efetivu, efetivar, kontratu temporariu, contrato temporário, contrato temporario, termo certo, termo incerto, renovason di kontratu, renovação do contrato, renovacao, piriodu di spiriensia, período experimental, periodo experimental, experiencia, tenpu parsial, tempo parcial, part-time, meiu tenpu, sina kontratu, sina papel, assinar contrato, promessa de contrato, patron, patrão, patrao, entidade patronal, trabadja sen kontratu, sen kontratu, sem contrato, dimison, demissão, ACT
    .questions =
        kontratu di trabadju kuzé ki e debe ten
        kontratu efetivu i kontratu a termo kal ki e diferensa
        período experimental kantu tenpu ki e ta dura
        patron ka kre faze-m kontratu pa skritu
        kontratu a prazu kantu bês es pode renova-l
        N ta sina un kontratu na purtugês i N ka ta intende tudu, kuzé ki N ta djobe?
        N pode trabadja sen kontratu na Portugal?
        es manda-m bai na período experimental sen avizu
        recibos verdes o kontratu di trabadju kal ki e midjor

report-labour-abuse = Dinunsia abuzu na trabadju na ACT
    .summary = Si es ka ta paga-bu, si trabadju e perigozu o si es ta trata-bu mal, bu pode faze keixa na ACT (Autoridade para as Condições do Trabalho). ACT ka ta fla patron kenha ki faze keixa. Direitu di trabadju ta vale tanbê pa kenha ki ka ten autorizason di residénsia.
    .body =
        ACT (Autoridade para as Condições do Trabalho) e sirvisu públiku ki ta fiskaliza ampreza. E pode bai lugar di trabadju, obriga ampreza koriji kuzé ki sta mal i pui multa.

        ## Kuzé ki bu pode dinunsia
        - Salariu, ora extra, subsídiu di féria o di Natal atrazadu o ki ka pagu.
        - Trabadju sen kontratu o sen inskrison na Siguransa Sosial (Segurança Social).
        - Oráriu di más i falta di diskansu.
        - Trabadju perigozu, sen ekipamentu di proteson o sen formason.
        - Asédiu, ameasa, insultu o diskriminason na trabadju.
        - Patron ki ta fika ku bu pasaporti o ku bu dokumentu.

        ## Tanbê sen papel
        Trabadju ki bu dja faze ten ki ser pagu, mésmu si bu ka ten autorizason di residénsia nen kontratu pa skritu. Lei ta proteje tudu trabadjador.

        ## Modi ki bu ta faze keixa
        1. Djunta prova: resibu, mensajen, fotu, skala i ora ki bu nota tudu dia. Nota nómi di kolega ki odja.
        2. Liga pa ACT, { $act-phone } ({ $act-hours }), pa pidi informason.
        3. Faze keixa na { $act-web }, na "Queixas e denúncias". Bu ta entra ku Cartão de Cidadão o ku Chave Móvel Digital.
        4. Si bu ka ten asesu, bai na un sirvisu lokal di ACT i faze keixa pa skritu.
        5. Guarda komprovativu i númeru di keixa.

        ## Keixa konfidensial o anónimu
        ACT ka ta fla patron kenha ki faze keixa. Ma formuláriu na internet ta identifika-bu: na { $act-complaint-login-report-date } es fla na Parlamentu ma formuláriu kumesa ta pidi númeru fiskal (NIF) o Chave Móvel Digital. Kes fonti ki nu atxa ka ta konkorda si ACT inda ta aseta dinúnsia sen nómi, i nu ka atxa ninhun pájina di ACT ki ta fla kel-li. Si bu ka kre da bu nómi, pergunta ACT purmeru, pa telefoni o na un sirvisu lokal. Di kualker manera, da más pormenor ki bu pode: morada di lugar, oráriu, kuzé ki ta kontise. Un dinúnsia sen dadu konkretu e difísil di invistiga.

        ## Prazu i kustu
        - Faze keixa na ACT ka ta paga.
        - Dinheru di salariu ki es ta debe-bu (créditos salariais) ta preskrebe { $labour-claims-limit-years ->
            [one] { $labour-claims-limit-years } anu
           *[other] { $labour-claims-limit-years } anu
        } dipôs ki kontratu kaba. Ka bu spera.
        - ACT ka ta kobra dinheru pa bo na tribunal. Pa kel-la bu pode mesti un advogadu (pidi apoiu judiciário na Siguransa Sosial) o Ministério Público na Tribunal do Trabalho.

        ## Situason grávi
        - Perigu di gósi, violénsia o si es ka ta dexa-bu sai: liga { $emergency-phone }.
        - Trabadju forsadu, dívida ki nunka ka ta kaba o dokumentu ki es fika ku el pode ser tráfiku di pesoa: liga { $trafficking-phone }, a kalker ora.

        ## Undi ki bu pode pidi djuda
        - Un sindikatu di bu área di trabadju.
        - APAV, { $apav-phone }.
        - Linha di apoiu pa imigranti (Linha de Apoio a Migrantes), { $lam-phone-landline } o { $lam-phone-mobile }, o un CNAI, si bu ten medu pamodi bu situason di residénsia.
    .keywords = keixa, faze keixa, queixa, fazer queixa, dinunsia, denúncia, denuncia, denunciar, reklama, reclamação, reclamacao, ACT, act, inspeson di trabadju, inspeção do trabalho, inspecao do trabalho, inspetor, es ka ta paga-m, ka ta paga-m, patron ka ta paga, não me pagam, nao me pagam, salariu atrazadu, salário em atraso, salario em atraso, kalote, calote, splorason, exploração, exploracao, abuzu, abuso, asediu, assédio, assedio, patron, patrão, patrao, patroa, trata mal, maltrato, ameasa, ameaças, trabadju perigozu, trabalho perigoso, sen siguransa, sem segurança, sen kontratu, sem contrato, sen papel, sem papeis, ilegal, anonimu, anónimo, anonimo, denuncia anonima, fika ku nha pasaporti, passaporte retido, trabadju sklavu, trabalho escravo, sindikatu, sindicato
    .questions =
        modi ki N ta dinunsia patron na ACT
        patron ka paga-m dja dos mes
        keixa anónimu na ACT
        N ta trabadja sen papel i patron ta splora-m, N pode faze keixa?
        ACT ta fla patron kenha ki faze keixa?
        es ka ta da-m ekipamentu di siguransa na obra
        dinunsia trabadju perigozu
        patron ta grita i ta menasa imigranti
        es ka ta da-m resibu di salariu nen diskontu na Siguransa Sosial
        keixa laboral pa internet

finding-work = Djobe trabadju: IEFP i sentru di impregu
    .summary = IEFP (Instituto do Emprego e Formação Profissional) ta djuda djobe trabadju atravês di sentru di impregu (centros de emprego). Inskrison e di grasa i e ta da-bu asesu a oférta di trabadju, kursu di formason i stájiu.
    .body =
        IEFP (Instituto do Emprego e Formação Profissional) e sirvisu públiku di impregu. E ten sentru di impregu i sentru di formason na tudu pais.

        ## Kenha ki pode inskrebe
        - Kenha ki pode trabadja legal na Portugal: ku autorizason di residénsia, ku vistu di residénsia pa trabadju, o sidadon di Union Europeia.
        - Si bu prosesu sta pendenti na AIMA, pergunta na sentru di impregu si bu pode inskrebe ku komprovativu di pididu.
        - Bu pode inskrebe sen trabadju o dja ta trabadja, si bu sta ta djobe otu trabadju.

        ## Pasu
        1. Inskrebe sima kandidatu a impregu (candidato a emprego) na sentru di impregu di zona di bu morada, o pa internet na { $iefp-web }.
        2. Bai entrevista ku tékniku di impregu. Djuntu bos ta faze un planu pa djobe trabadju ("plano pessoal de emprego").
        3. Djobe ofértas di trabadju na saiti di IEFP i responde a kes ki ta serbi-bu.
        4. Bai sénpri a konvokatória di sentru di impregu. Si bu falta sen justifikason, bu inskrison pode ser anuladu.

        ## Dokumentu pa leba
        - Pasaporti o títulu di residénsia.
        - NIF i NISS.
        - Komprovativu di morada.
        - Diploma i sertifikadu di kursu, traduzidu si e pusível.
        - Un kurríkulu (CV), si bu dja ten.

        ## Formason i stájiu
        - Kursu di purtugês pa stranjeru (Português Língua de Acolhimento), di grasa.
        - Kursu di formason profisional, txeu bês ku apoiu pa kumida i transporti.
        - Centros Qualifica: es ta rekonxe kuzé ki bu prende ta trabadja, mésmu sen diploma, i es ta da-bu un sertifikadu.
        - Stájiu profisional pagu, sobritudu pa jóven i pa kenha ki sta ta djobe purmeru impregu.

        ## Ben djobe trabadju
        Dizdi { $manifestation-of-interest-ended } dja ka ta da pa entra sima turista i dipôs legaliza ku un kontratu. Ku Lei 61/2025, ki sta na vigor dizdi { $foreigners-law-2025-in-force }, vistu pa djobe trabadju (visto para procura de trabalho) fika só pa algen ku studu i formason altu (pessoas altamente qualificadas).

        ## Kuidadu ku ofértas falsu
        - Un ajénsia di impregu ka pode kobra-bu dinheru pa arnja-bu trabadju.
        - Ampreza di trabadju temporáriu mesti lisénsa. Konfirma na IEFP si ampreza sta na lista.
        - Ningen ka pode fika ku bu pasaporti o ku bu dokumentu.
        - Dizkonfia di ofértas ku salariu muitu altu, sen kontratu, o ku kaza pagu ku diskontu na salariu.

        ## Kustu
        Inskrison na IEFP i kursu di IEFP e di grasa.

        ## Si kusa ka da dretu
        - Si bu fika sen trabadju, djobe tanbê si bu ten direitu a subsídiu di dizenpregu.
        - Si un oférta ta parse splorason o tráfiku di pesoa, liga { $trafficking-phone } o, si bu sta na perigu, { $emergency-phone }.
        - Pa djuda na bu lingua: linha di apoiu pa imigranti (Linha de Apoio a Migrantes), { $lam-phone-landline } o { $lam-phone-mobile }.
    .keywords = trabadju, trabalho, djobe trabadju, buska trabadju, procurar trabalho, arnja trabadju, arranjar trabalho, impregu, emprego, procurar emprego, ofertas de emprego, oferta di trabadju, vaga, vagas, IEFP, iefp, sentru di impregu, sentru impregu, centro de emprego, centro emprego, inskrison na iefp, inscricao iefp, iefp online, dizenpregadu, desempregado, kandidatu a impregu, formason, formação, formacao, kursu, curso, kursu di grasa, cursos gratuitos, formação profissional, stajiu, estágio, estagio, Qualifica, RVCC, kurrikulu, currículo, curriculo, CV, ajensia di impregu, agência de emprego, trabalho temporário, ETT, visto de procura de trabalho, biskati, biscate, djobe sirvisu, servico
    .questions =
        modi ki N ta atxa trabadju na Portugal
        inskrebe na sentru di impregu IEFP
        djobe trabadju sima imigranti
        un ajénsia pidi-m dinheru pa arranja-m trabadju, e normal?
        kursu di formason i stájiu na IEFP
        oférta di trabadju na IEFP
        N pode inskrebe na IEFP sen autorizason di residénsia?
        ben Portugal djobe trabadju ku vistu
        oférta di trabadju falsu na Facebook
        N sta dizenpregadu i N kre faze formason pagu

work-accident = Asidenti di trabadju: kuzé ki bu debe faze
    .summary = Si bu ten un asidenti di trabadju, trata purmeru di bu saúdi i avisa logu bu patron. Patron ten ki ten un siguru di asidenti di trabadju, ki ta paga tratamentu i un konpensason inkuantu bu ka pode trabadja.
    .body =
        Asidenti di trabadju e un asidenti na lugar i na tenpu di trabadju. Asidenti na kaminhu normal entri kaza i trabadju tanbê ta konta. Tudu patron e obrigadu a ten un siguru di asidenti di trabadju (seguro de acidentes de trabalho). Trabadjador stranjeru ten mésmu direitu ki purtugês.

        ## Pasu
        1. Trata di bu saúdi. Si e grávi, liga { $emergency-phone }. Na ospital o na sentru di saúdi, fla ma éra un asidenti di trabadju.
        2. Avisa bu patron nes { $work-accident-notice-hours ->
            [one] { $work-accident-notice-hours } ora
           *[other] { $work-accident-notice-hours } ora
        } ki ta ben, di preferénsia pa skritu, si e ka odja asidenti. Pidi nómi di seguradora i númeru di apólise (apólice).
        3. Patron ten ki partisipa asidenti na seguradora. Na asidenti grávi o ki mata algen, e ten ki komunika-l tanbê na ACT.
        4. Di la pa frenti, tratamentu ta fazedu pa médiku ki seguradora indika. E kel médiku ki ta da baxa (incapacidade para o trabalho, "baixa"), e ka sentru di saúdi.
        5. Guarda tudu papel: relatóriu médiku, reseta i resibu.
        6. Na fin di tratamentu bu ta resebe "alta clínica", ku avaliason di kalker inkapasidadi ki fika.

        ## Kuzé ki seguradora ta paga
        - Konsulta, tratamentu, opérason, rimédiu, prótezi i transporti.
        - Un indenizason inkuantu bu ka pode trabadja, kalkuladu a partir di bu salariu.
        - Un pénson o un kapital, si bu fika ku inkapasidadi pa sénpri.
        - Si algen móre, pénson pa família.

        ## Sen kontratu o sen siguru
        - Bu ten direitu mésmu sen kontratu pa skritu. Siguru debe kubri tudu trabadjador di ampreza.
        - Si patron ka ten siguru, e el ki ten ki paga. Si e ka paga, Fundo de Acidentes de Trabalho pode paga na se lugar.

        ## Prazu i kustu
        - Bu ka debe paga nada pa tratamentu di un asidenti di trabadju.
        - Si bu ka konkorda ku avaliason di inkapasidadi, o si seguradora ka kre paga, bu pode rekori pa Tribunal do Trabalho. Direitu di bai tribunal ta kaba { $work-accident-claim-years ->
            [one] { $work-accident-claim-years } anu
           *[other] { $work-accident-claim-years } anu
        } dipôs di alta clínica.

        ## Duensa kauzadu pa trabadju
        Un duensa kauzadu pa trabadju (doença profissional) ka ta tratadu pa seguradora, má pa Siguransa Sosial (Segurança Social). Pidi bu médiku pa diklara-l.

        ## Si kusa ka da dretu
        - Patron ta fla ma ka éra asidenti di trabadju, o e ka kre partisipa-l: kontata ACT, { $act-phone } ({ $act-hours }), o { $act-web }.
        - Na Tribunal do Trabalho, Ministério Público pode difende-bu sen kustu. Bu pode tanbê pidi apoiu judiciário na Siguransa Sosial.
        - Pa djuda na bu lingua: linha di apoiu pa imigranti (Linha de Apoio a Migrantes), { $lam-phone-landline } o { $lam-phone-mobile }.
    .keywords = asidenti di trabadju, asidenti na trabadju, asidenti trabadju, acidente de trabalho, acidente no trabalho, acidente trabalho, N magoa na trabadju, N mago na trabadju, N kai na trabadju, kai na obra, magoei-me no trabalho, feridu, ferido, lesão, lesao, kai, queda, siguru, seguro, seguro de acidentes, seguradora, apolise, apólice, apolice, baxa, baixa, baixa médica, baixa medica, atestadu, atestado, inkapasidadi, incapacidade, indenizason, indemnização, indemnizacao, penson, pensão, pensao, alta, alta clínica, asidenti na kaminhu, acidente in itinere, tribunal do trabalho, Fundo de Acidentes de Trabalho, FAT, duensa profisional, doença profissional, doenca profissional, obra, konstruson, construção, construcao, andaimi, andaime
    .questions =
        asidenti di trabadju kuzé ki N ta faze
        N kai na trabadju i N kebra bras, patron ten ki paga?
        siguru di asidenti di trabadju
        N ten asidenti na obra i N ka ten kontratu
        patron ka ten siguru i N mogoa
        duensa di trabadju modi ki N ta pidi
        baxa pa asidenti di trabadju kantu ki N ta resebe
        asidenti na kaminhu pa trabadju ta konta?
        siguradora ka kre paga tratamentu
        N mogoa na trabadju i N ten medu di es manda-m bai

qualification-recognition = Rekonxe kualifikason i trabadja na profison regulamentadu
    .summary = Pa txeu trabadju bu ka mesti rekonxe bu diploma. Na profison regulamentadu, sima médiku, infermeru, injeneru, advogadu o profesor, bu mesti autorizason di orden profisional o di organismu ki ta trata di el antis di bu trabadja nes profison.
    .body =
        Ten dos kuza diferenti: rekonhesimentu di grau akadémiku (diploma) i rekonhesimentu di kualifikason profisional (direitu di exerse un profison).

        ## Profison ki ka e regulamentadu
        Na más parti di profison ka ta mesti rekonhesimentu: e patron ki ta avalia bu diploma i bu spiriénsia. Mésmu asi, rekonhesimentu di diploma pode djuda, pur izenplu, pa konkursu públiku o pa un kategoria profisional más altu.

        ## Profison regulamentadu
        E profison ki bu só pode exerse ku autorizason. Pur izenplu: médiku, infermeru, farmaséutiku, dentista, psikólogu, advogadu, injeneru, arkitetu i profesor.
        - Autorizason ta dadu, na régra, pa orden profisional (Ordem dos Médicos, Ordem dos Enfermeiros, Ordem dos Engenheiros i otus) o pa un organismu di Stadu.
        - Alguns ta pidi tanbê un ezami, un stájiu o un prova di purtugês.
        - Kenha ki ten kualifikason di un pais di Union Europeia ten régra más fásil.
        - Inkuantu bu sta ta spera, bu pode trabadja na otu funson, má ka na profison regulamentadu.

        ## Rekonxe diploma di ensinu superior
        - Rekonhesimentu otomátiku (reconhecimento automático): pa grau di alguns pais i kursu, fetu pa DGES (Direção-Geral do Ensino Superior) o pa un universidadi públiku.
        - Rekonhesimentu di nível o rekonhesimentu spesífiku (reconhecimento de nível, reconhecimento específico): pididu a un universidadi o politékniku públiku, ki ta kompara bu kursu ku un kursu purtugês.
        - Tudu es pididu ta fazedu na internet, na plataforma ReCon di DGES ({ $dges-web }), ku dokumentu na formatu dijital, i bu ta paga un taxa (emolumentos) a instituison ki ta disidi.
        - Pa sertifikadu di ensinu báziku i sekundáriu, djobe ekivalénsia di studu di stranjeru.

        ## Pasu
        1. Diskubri si bu profison e regulamentadu: pergunta na orden profisional o djobe na { $dges-web }.
        2. Pidi dokumentu na bu tera i legaliza-s: apostila di Haia (apostila de Haia) o rekonhesimentu pa konsuladu di Portugal.
        3. Manda faze tradoson sertifikadu (tradução certificada) di dokumentu ki ka sta na purtugês.
        4. Entrega pididu na entidadi serti i paga taxa.
        5. Si es pidi ezami o stájiu, faze-l dentu di prazu ki es da.

        ## Dokumentu ki es ta pidi más
        - Diploma i sertifikadu ku disiplina, nota i ora.
        - Prugrama di disiplina, na alguns kazu.
        - Pasaporti o títulu di residénsia.
        - Komprovativu di spiriénsia profisional i di inskrison na orden di bu tera, si ten.

        ## Kustu i prazu
        Kada entidadi ten se taxa i se prazu. Konfirma-s antis di entrega pididu, na saiti di DGES, di universidadi o di orden profisional.

        ## Sen diploma, ku spiriénsia
        Na Centros Qualifica bu pode ten un sertifikadu di kuzé ki bu prende ta trabadja (prosesu RVCC), sen ten diploma.

        ## Si kusa ka da dretu
        Si es rikuza bu pididu, pidi disizon pa skritu ku motivu: bu pode responde o rekori. Pa orientason, fala ku un CNAI o ku linha di apoiu pa imigranti (Linha de Apoio a Migrantes), { $lam-phone-landline } o { $lam-phone-mobile }.
    .keywords = rekonhesimentu, reconhecimento, rekonxe diploma, reconhecer diploma, reconhecimento de diploma, valida diploma, validar diploma, validacao de diploma, revalidação, revalidacao, ekivalensia, equivalência, equivalencia, profison regulamentadu, profissão regulamentada, profissao regulamentada, orden profisional, ordem profissional, ordem dos médicos, ordem dos medicos, ordem dos enfermeiros, ordem dos engenheiros, ordem dos advogados, mediku stranjeru, médico estrangeiro, medico estrangeiro, infermera, enfermeira, enfermeiro, injeneru, engenheiro, profesor, professor, DGES, dges, reconhecimento automático, reconhecimento de nível, lisensiatura, licenciatura, mestradu, mestrado, grau académico, apostila, apostila de haia, tradoson, tradução certificada, traducao, kualifikason, qualificações, qualificacoes, Qualifica, RVCC, diploma di fora, diploma estrangeiro, fakuldadi, faculdade, universidadi, universidade, kursu di kabu verdi
    .questions =
        N e infermera na Kabu Verdi, modi ki N ta trabadja na Portugal
        rekonxe diploma di médiku na Ordem dos Médicos
        injeneru stranjeru modi ki N ta inskrebe na orden
        profison regulamentadu kuzé ki e
        N e advogadu na Kabu Verdi, N pode trabadja sima advogadu li?
        profesor di fora modi ki N ta da aula na Portugal
        N mesti rekonxe nha diploma pa trabadja na un skritóriu?
        N ka ten diploma má N ten spiriénsia, modi ki N ta prova-l
        kantu ki ta kusta rekonhesimentu di kualifikason
        kabelereru o eletrisista mesti sertifikadu na Portugal?
