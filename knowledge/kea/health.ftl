# Saúdi: númeru di utenti, sentru di saúdi, urjénsia i linha SNS 24.

sns-user-number = Númeru di utenti di SNS
    .summary = Númeru di utenti ta identifika-bu na Sirvisu Nasional di Saúdi (SNS). Konformi Entidadi Reguladora di Saúdi (ERS), na { $health-ers-faq-date }, es ta da-l a kenha ki bai un unidadi di SNS, mésmu sen autorizason di residénsia, má na es kazu rejistu ta fika "em curso" o "incompleto" i alguns kuidadu pode ser kobradu. Urjénsia, gravidez, mininu, vasina i duensa ki ta pega ta tratadu kalker ki e bu situason.
    .body =
        Númeru di utenti ("Número Nacional de Utente") e bu númeru na SNS. Ku el bu ta marka konsulta na sentru di saúdi, pidi médiku di família, toma vasina, resebe reseta i uza SNS 24 na internet ({ $sns24-web }) i na aplikason.

        ## Kuzé ki régra ta fla oji
        - Kenha ki ta da númeru e Rejistu Nasional di Utenti ("Registo Nacional de Utentes", RNU). Régra di RNU muda ku "Despacho n.º 14830/2024", di { $health-rnu-rules-date }.
        - Na abril di 2025, un notísia fla ma inskrison pasa ta pidi autorizason di residénsia. ERS ta splika di otu manera na se pergunta frekuenti di { $health-ers-faq-date }: rejistu ta fazedu ora ki pesoa bai un unidadi di SNS, ku un mínimu di dadus (nómi, sexu, data di nasimentu, país di nasionalidadi i di nasimentu).
        - Ku autorizason di residénsia válidu i morada na Portugal, rejistu ta fika "atualizado": bu ten asesu na mésmu kondison ki portugés i bu pode pidi médiku di família.
        - Sen autorizason di residénsia válidu, rejistu ta fika "em curso" o "incompleto". Bu ten númeru di utenti, má bu pode ten ki paga kuidadu ki ka sta na lista li di baxu.
        - Un asosiason (Humans Before Borders, marsu di 2025) ta fla ma kenha ki ka regulariza se situason dentu di { $health-rnu-pending-limit-days } dia pode perde asesu. Nu ka atxa kel-li na un testu ofisial: pergunta na sentru di saúdi o na ERS.

        ## Tratadu kalker ki e bu situason
        Konformi ERS, es kuidadu e garantidu ku o sen autorizason di residénsia:
        - urjénsia i emerjénsia;
        - gravidez, partu i planeamentu familiar;
        - mininu i jóven menor;
        - vasina i duensa ki ta pega (saúdi públiku).

        ## Pasu
        1. Djobe kal ki e sentru di saúdi (o "Unidade de Saúde Familiar", USF) di zona di bu morada. Bu pode pergunta na Junta de Freguesia o na SNS 24, pa { $sns24-phone }.
        2. Bai balkon di atendimentu ("secretariado clínico") i pidi inskrison sima utenti.
        3. Mostra bu dokumentu i konfirma ma bu dadus i bu morada fika serti. Pergunta ki tipu di rejistu bu fika ku el: "atualizado", "em curso" o "incompleto".
        4. Guarda papel ku númeru di utenti.
        5. Si bu ten autorizason di residénsia, pidi tanbê un médiku di família. Si ka ten médiku livri, bu ta fika na lista di spera.

        ## Dokumentu pa leba
        - Pasaporti o títulu di residénsia. Si bu ten, komprovativu di pididu na AIMA.
        - NIF i NISS, si bu ten.
        - Komprovativu di morada: kontratu di arendamentu o atestadu di residénsia di Junta de Freguesia ("atestado de residência"). Sen autorizason di residénsia, leba atestadu ki ta fla ma bu ta mora na Portugal dja más di { $health-undocumented-min-days } dia.
        - Pa un mininu: dokumentu di mininu i di se pai o se mai.

        ## Kustu
        - Inskrison e di grasa.
        - Ku rejistu "atualizado", konsulta na sentru di saúdi ka ta paga "taxa moderadora".
        - Ku rejistu "em curso" o "incompleto", kuidadu ki ka sta na lista di riba pode ser kobradu. Kuzé ki ta pagu ka sta klaru: na { $health-ers-clarification-date } ERS pidi Ministériu di Saúdi pa splika-l, i nu ka atxa resposta. Pergunta na balkon antis di un konsulta ki ka e urjenti.

        ## Sirvisu di saúdi i AIMA
        Nu ka atxa nenhun régra ki ta manda sentru di saúdi o ospital avisa AIMA o pulísia di situason di residénsia di un duenti, nen un testu ofisial ki ta fla ma es ka ta faze-l nunka. Profisional di saúdi e obrigadu a guarda sigredu. Na marsu di 2025, un asosiason avisa ma nobu régra di RNU ta dexa partilha dadus ku otus entidadi, sen fla kuzé ki es e. Si bu ten dúvida, pergunta na sentru di saúdi, na SNS 24, na ERS o na un CNAI. Na un emerjénsia, ka bu dexa di bai urjénsia.

        ## Si kusa ka da dretu
        - Es ka aseita bu inskrison: pidi motivu pa skritu i nómi di sirvisu. Skrebe na livru di reklamason (Livro de Reclamações) o faze keixa na ERS.
        - Pidi djuda na linha di apoiu pa imigranti (Linha de Apoio a Migrantes), { $lam-phone-landline } o { $lam-phone-mobile }, o na un CNAI.
        - Bu muda di kaza: pidi pa pasa bu inskrison pa sentru di saúdi di nobu zona.
    .keywords = numeru di utenti, númeru di utenti, número de utente, numero de utente, nº de utente, n utente, utenti, utente, kartan di utenti, cartão de utente, cartao de utente, NNU, RNU, SNS, sns, sentru di saudi, sentru saudi, centro de saúde, centro de saude, centro saude, postu di saudi, posto de saude, USF, mediku di familia, médico de família, medico de familia, inskrison, inscrição, inscricao, inskrebe na sentru di saudi, konsulta, consulta, mediku, médico, medico, dotor, vasina, vacinas, reseta, receita, sen papel, sem papeis, sen dokumentu, sem documentos, sen residensia, sem autorização de residência, atestadu di junta, atestado da junta, junta de freguesia, registo em curso, registo incompleto, AIMA, dinunsia
    .questions =
        modi ki N ta tira númeru di utenti
        númeru di utenti sen autorizason di residénsia
        N ten NIF i NISS, modi ki N ta inskrebe na SNS?
        rejistu "em curso" na SNS kuzé ki e kre fla
        N txiga ku vistu i N kre inskrebe na sentru di saúdi, ki dokumentu N mesti?
        ku númeru di utenti N pode bai ospital públiku?
        sentru di saúdi ta manda nha dadu pa AIMA?
        pamodi ki es kobra-m konsulta si N ten númeru di utenti provizóriu
        kabuverdianu ku títulu di residénsia ten SNS di grasa?

emergency-and-sns24 = Emerjénsia ({ $emergency-phone }) i linha SNS 24
    .summary = Na un emerjénsia, ora ki vida di algen sta na perigu, liga { $emergency-phone }: e di grasa. Pa un prublema di saúdi ki ka e emerjénsia, liga purmeru pa SNS 24, { $sns24-phone }: un profisional di saúdi ta djobe bu kazu i ta fla-bu kuzé ki bu debe faze i undi ki bu debe bai.
    .body =
        ## Ora ki bu debe liga { $emergency-phone }
        Númeru { $emergency-phone } e númeru europeu di emerjénsia (Número Europeu de Emergência). Liga ora ki vida di algen sta na perigu:
        - ka ta konsigi rispira dretu, dor forti na petu, dizmaiu, konvulson o sangi ki ka ta para;
        - sinal di AVC: boka tortu, fraku na un ladu di korpu, difikuldadi pa fala;
        - asidenti grávi, fogu, agreson o un krimi ki sta ta kontise.

        Txomada e di grasa i bu pode liga di kalker telemóvel, mésmu sen saldu. Númeru { $emergency-phone } ta manda anbulánsia di INEM, bonberu o pulísia.

        ## Kuzé ki bu debe fla na { $emergency-phone }
        1. Kuzé ki kontise i kantu pesoa ki mesti djuda.
        2. Undi ki bu sta: morada, lokalidadi i pontu di referénsia.
        3. Númeru di telefoni di undi ki bu sta ta liga.
        4. Responde pergunta, fala dibagar i ka bu dizliga ti es fla-bu.

        ## SNS 24: ora ki ka e emerjénsia
        - Febri, vómitu, dor, un ferida pikinoti, un mininu duenti o dúvida sobri rimédiu: liga pa SNS 24, { $sns24-phone }. E ta atende a kalker ora, tudu dia.
        - Un profisional di saúdi ta faze triajen (triagem) i ta fla-bu kuzé ki bu debe faze: trata na kaza, bai sentru di saúdi o bai urjénsia. Si e presizu, e ta manda-bu pa la.
        - Bu pode liga mésmu si bu inda ka ten númeru di utenti.
        - SNS 24 tanbê ten un saiti na internet ({ $sns24-web }) i un aplikason.

        ## Bai urjénsia di ospital
        - Na situason grávi bai logu, o liga { $emergency-phone }.
        - Ora ki bu txiga ten triajen: kazu más grávi ta atendedu purmeru. Kazu lebi pode spera txeu ora.
        - Leba un dokumentu di identifikason, númeru di utenti si bu ten-l, i lista di rimédiu ki bu ta toma.
        - Txeu ospital ten urjénsia propi pa mininu (urgência pediátrica).

        ## Kustu
        - Liga pa { $emergency-phone } e di grasa.
        - Na urjénsia di ospital bu ta paga taxa moderadora só si bu bai pa bu konta, sen SNS 24, INEM o sentru di saúdi manda-bu, i si bu ka fika internadu. Pur isu, ora ki ka e grávi, liga purmeru pa SNS 24.
        - Kenha ki ka sta inskritu na SNS pode resebe más tardi un fatura.
        - Tratamentu urjenti nunka ka ta rikuzadu, ku o sen dokumentu, ku o sen autorizason di residénsia.

        ## Si kusa ka da dretu
        - Si bu atxa ma es trata-bu mal, pidi livru di reklamason (Livro de Reclamações) na ospital o na sentru di saúdi.
        - Si bu ka ten médiku nen númeru di utenti, djobe modi ki bu ta inskrebe na sentru di saúdi.
    .keywords = { $emergency-phone }, emerjensia, emerjénsia, emergência, emergencia, urjensia, urjénsia, urgência, urgencia, urgências, urgencias, anbulansia, ambulância, ambulancia, INEM, inem, SNS 24, sns24, sns 24, saude 24, saúde 24, linha di saudi, linha de saúde, linha saude, { $sns24-phone }, ospital, hospital, bonberu, bombeiros, pulisia, polícia, policia, febri, febre, dor, duenti, doente, mininu duenti, criança doente, mediku di noti, médico à noite, triajen, triagem, taxa moderadora, numeru di emerjensia, número de emergência, numero de emergencia, infermeru, enfermeiro, asidenti, acidente
    .questions =
        númeru di emerjénsia na Portugal
        112 e di grasa?
        ora ki N ta liga SNS 24 i ora ki N ta bai urjénsia
        linha saúdi 24 númeru
        nha fidju sta ku febri altu di noti, pa undi ki N ta liga?
        N pode liga 112 i fala na kriolu o na inglês?
        kantu ki ta kusta bai urjénsia di ospital sen ser mandadu
        modi ki N ta txoma anbulánsia
        kuzé ki N ta fla ora ki N liga 112
        dor forti na pitu, N ta bai ospital o N ta liga?

family-doctor = Médiku di família i sentru di saúdi
    .summary = Médiku di família (médico de família) ta akonpanha bu saúdi i di bu família na sentru di saúdi di zona undi bu ta mora. Pa bu ten un, inskrebe na sentru di saúdi ku númeru di utenti i pidi médiku di família. Si ka ten vaga, bu ta fika na lista di spera, má bu ta kontinua ta pode ser atendedu.
    .body =
        Sentru di saúdi (centro de saúde) e porta di entrada na Sirvisu Nasional di Saúdi (Serviço Nacional de Saúde, SNS). E pode txoma USF (Unidade de Saúde Familiar) o UCSP i e ta faze parti di Unidade Local de Saúde (ULS) di bu zona. La ten un ekipa di família: médiku di família i infermeru di família.

        ## Kuzé ki médiku di família ta faze
        - Konsulta ora ki bu sta duenti i konsulta di rotina.
        - Reseta i renovason di reseta di rimédiu ki bu ta toma sénpri.
        - Pididu di analizi i ezami, i ta manda-bu pa un spesialista na ospital.
        - Baxa médiku (certificado de incapacidade temporária) ora ki bu ka pode trabadja.
        - Akonpanhamentu di gravidez, konsulta di mininu, vasina i planeamentu familiar.

        ## Kenha ki pode ten
        - Kenha ki ta mora na Portugal i ki sta inskritu na sentru di saúdi di zona di se morada.
        - Na régra, pa ten médiku di família atribuídu bu mesti inskrison kunpletu, ku autorizason di residénsia válidu i morada na Portugal.
        - Kenha ki inda ka ten autorizason di residénsia tanbê ta atendedu na sentru di saúdi, ku régra própi.

        ## Pasu
        1. Pidi númeru di utenti, si bu inda ka ten.
        2. Na balkon (secretariado clínico) di sentru di saúdi di bu morada, pidi inskrison na unidadi i un médiku di família.
        3. Konfirma bu morada, telemóvel i email: e pa la ki avizu ta txiga.
        4. Si ka ten médiku livri, bu ta fika inskritu na lista di spera. Inkuantu isu, pa un prublema di saúdi, pidi un konsulta di dia (consulta aberta o consulta de recurso) na sentru di saúdi.
        5. Marka konsulta na balkon, pa telefoni di sentru di saúdi, na saiti di SNS 24 ({ $sns24-web }) o na aplikason SNS 24.

        ## Dokumentu pa leba
        - Númeru di utenti, pasaporti o títulu di residénsia.
        - Komprovativu di morada: kontratu di arendamentu o atestadu di residénsia di Junta de Freguesia.
        - NIF i NISS, si bu dja ten.
        - Pa fidju: dokumentu i boletin di vasina di kada mininu.

        ## Kustu
        - Inskrebe i ten médiku di família e di grasa.
        - Konsulta na sentru di saúdi ka ta paga taxa moderadora.
        - Na farmásia bu ta paga parti di rimédiu ki SNS ka ta paga (comparticipação).

        ## Si kusa ka da dretu
        - Bu mesti djuda i bu ka ta konsigi konsulta: liga pa SNS 24, { $sns24-phone }. Na un emerjénsia, { $emergency-phone }.
        - Bu kre reklama: uza livru di reklamason (Livro de Reclamações) o gabineti di sidadon (gabinete do cidadão) di ULS.
        - Bu muda di kaza: pidi pa pasa bu inskrison pa sentru di saúdi di nobu zona.
        - Bu ka ta fala purtugês dretu: leba algen di konfiansa o liga pa linha di apoiu pa imigranti (Linha de Apoio a Migrantes), { $lam-phone-landline } o { $lam-phone-mobile }.
    .keywords = mediku di familia, médiku di família, médico de família, medico de familia, medico familia, mediku, dotor, doutor, klíniku jeral, clinico geral, sentru di saudi, sentru saudi, centro de saúde, centro de saude, postu di saudi, posto de saude, USF, UCSP, ULS, unidade de saúde familiar, infermeru di familia, enfermeiro de família, inskrison na sentru di saudi, inscrição no centro de saúde, lista di spera, lista de espera, sen mediku di familia, sem medico de familia, marka konsulta, marcar consulta, marcação de consulta, konsulta, consulta, konsulta di dia, consulta aberta, reseta, receita, renova reseta, renovar receita, baxa, baixa médica, baixa medica, atestadu mediku, atestado médico, CIT, SNS, sns, SNS 24, app sns24, muda di mediku, mudar de médico, transferir centro de saúde
    .questions =
        modi ki N ta ten médiku di família
        inskrebe na sentru di saúdi
        N ka ten médiku di família, N sta na lista di spera, N pode ser atendedu?
        modi ki N ta marka konsulta na sentru di saúdi
        médiku di família pa imigranti sen residénsia
        kantu ki ta kusta konsulta na sentru di saúdi
        N muda di kaza, modi ki N ta troka sentru di saúdi
        N mesti reseita di rimédi má N ka ten médiku
        sentru di saúdi fla ma ka ten vaga pa médiku, kuzé ki N pode faze?

health-without-papers = Saúdi sen autorizason di residénsia
    .summary = Sen autorizason di residénsia bu pode uza Sirvisu Nasional di Saúdi (SNS) i ten númeru di utenti, ku rejistu "em curso" o "incompleto" (Entidadi Reguladora di Saúdi, ERS, { $health-ers-faq-date }). Urjénsia, gravidez i partu, mininu, vasina i duensa ki ta pega ta tratadu kalker ki e bu situason; otus kuidadu pode ser kobradu. Nu ka atxa régra ki ta manda sirvisu di saúdi avisa AIMA.
    .body =
        Lei di Bázi di Saúdi ("Lei de Bases da Saúde") ta inklui imigranti, ku o sen situason regularizadu, entri kenha ki ten direitu a SNS. ERS torna fla-l na se pergunta frekuenti di { $health-ers-faq-date }. Ningen ka pode fika sen kuidadu urjenti.

        ## Kuzé ki muda i kuzé ki inda ka sta klaru
        - Régra di Rejistu Nasional di Utenti (RNU) muda ku "Despacho n.º 14830/2024", di { $health-rnu-rules-date }. Na abril di 2025, un notísia fla ma inskrison pasa ta pidi autorizason di residénsia.
        - Konformi ERS (agostu di 2025), númeru di utenti inda ta dadu a kenha ki bai un unidadi di SNS. Sen autorizason di residénsia válidu, rejistu ta fika "em curso" o "incompleto".
        - Na { $health-restriction-bill-date }, Parlamentu aprova un projetu pa limita asesu a SNS di stranjeru sen residénsia legal. Nu ka atxa es lei publikadu. Si bu obi fala di nobu régra, konfirma na ERS o na sentru di saúdi.
        - Kuzé ki ta pagu ka sta klaru: na { $health-ers-clarification-date } ERS pidi Ministériu di Saúdi pa splika asesu i pagamentu di kenha ki ka ten nen autorizason di residénsia nen atestadu di Junta, i nu ka atxa resposta.

        ## Kuidadu garantidu
        Konformi ERS i orientason di Ministériu di Saúdi ki el ta sita, es kuidadu ta dadu ku o sen autorizason di residénsia:
        - kuidadu urjenti i emerjénsia;
        - gravidez, partu i dipôs di partu, i planeamentu familiar;
        - kuidadu di mininu i jóven menor;
        - vasina, i duensa ki ta pega ki e un perigu pa saúdi públiku, sima tuberkulozi o VIH;
        - kuidadu di pesoa na izkluzon sosial o ku karénsia ekonómiku konfirmadu pa Siguransa Sosial.

        ## Otus kuidadu
        - Konsulta i ezami fora di es lista pode ser kobradu ku presu di SNS. Fatura pode txiga más tardi.
        - Ku un atestadu di Junta de Freguesia ki ta fla ma bu ta mora na Portugal dja más di { $health-undocumented-min-days } dia, régra di RNU ta izenta di pagamentu "kuidadu urjenti i vital". Kuzé ki kel-li ta kobri ka sta difinidu.
        - Antis di un konsulta ki ka e urjenti, pergunta na balkon si bu ta paga.

        ## Pasu
        1. Pidi un atestadu di residénsia na Junta de Freguesia.
        2. Bai sentru di saúdi di zona undi bu ta mora i pidi rejistu sima utenti. Pergunta ki tipu di rejistu bu fika ku el i guarda bu númeru di utenti.
        3. Si bu ten un pididu pendenti na AIMA, leba komprovativu i mostra-l na balkon.
        4. Na un emerjénsia, bai urjénsia di ospital o liga { $emergency-phone }, ku o sen dokumentu.

        ## Dokumentu pa leba
        - Pasaporti o otu dokumentu di identifikason. Sen dokumentu, fla mésmu asi bu nómi i bu data di nasimentu: urjénsia ka ta spera papel.
        - Atestadu di residénsia di Junta de Freguesia.
        - Komprovativu di pididu na AIMA, si bu ten.
        - Si bu ka ten mei pa paga: un diklarason di karénsia ekonómiku ("carência económica") di Siguransa Sosial.

        ## Sirvisu di saúdi i AIMA
        - Nu ka atxa nenhun régra ki ta manda sentru di saúdi o ospital avisa AIMA o pulísia di situason di residénsia di un duenti, nen un testu ofisial ki ta fla ma es ka ta faze-l nunka.
        - Médiku, infermeru i otus profisional di saúdi e obrigadu a guarda sigredu, i bu dadus di saúdi e protejidu.
        - Na marsu di 2025, un asosiason (Humans Before Borders) avisa ma nobu régra di RNU ta dexa partilha dadus ku otus entidadi, sen fla kuzé ki es e.
        - Si bu ten dúvida, pergunta na sentru di saúdi, na SNS 24 ({ $sns24-phone }), na ERS o na un CNAI. Ka bu dexa di djobe kuidadu urjenti pamodi medu.

        ## Si kusa ka da dretu
        - Es rikuza-bu atendimentu: pidi motivu pa skritu, skrebe na livru di reklamason (Livro de Reclamações) o faze keixa na ERS.
        - Bu resebe un fatura ki bu ka ta konsigi paga: fala ku sirvisu di ospital i ku Siguransa Sosial.
        - Pa djuda na bu lingua: linha di apoiu pa imigranti (Linha de Apoio a Migrantes), { $lam-phone-landline } o { $lam-phone-mobile }, o un CNAI.
    .keywords = sen papel, sem papéis, sem papeis, sen dokumentu, sem documentos, indokumentadu, indocumentado, ilegal, iregular, irregular, situason iregular, situação irregular, situacao irregular, sen residensia, sem autorização de residência, sem autorizacao de residencia, sem titulo de residencia, sen vistu, vistu kaduku, visto caducado, ta spera AIMA, a espera da aima, prosesu pendenti, processo pendente, N pode bai mediku, posso ir ao médico, posso ir ao medico, N pode bai ospital, posso ir ao hospital, ospital, hospital, sentru di saudi, centro de saúde, centro de saude, SNS, sns, numeru di utenti, número de utente, N ten ki paga, tenho de pagar, paga konsulta, fatura di ospital, fatura hospital, es ta dinunsia-m, denunciar, pulisia, polícia, policia, AIMA ta sabe, ospital ta avisa AIMA, sigredu, sigilo, sigilo médico, segredo médico, atestadu di junta, atestado da junta, registo em curso, registo incompleto, numeru di utenti provizoriu, número de utente provisório, urjensia, urgência, urgencia, gravida, vasina, tuberkulozi, tuberculose, HIV, VIH, sida, saudi di grasa, saude de graça
    .questions =
        N ka ten papel, N pode bai ospital?
        sen dokumentu N ten direitu a saúdi na Portugal?
        N sta sen residénsia i N fika duenti, es ta kobra-m na ospital?
        ospital ta avisa AIMA si N ka ten papel?
        nha manifestason di interesi sta pendenti, N pode uza SNS?
        vasina i konsulta di grasa pa imigranti sen dokumentu
        N sta grávida i sen papel, N pode pari na ospital públiku?
        tratamentu di HIV o tuberkulozi sen vistu
        nha vistu di turista kaduka i N mesti médiku
        ospital manda-m un fatura i N ka ten dinheru pa paga

pregnancy-and-children-health = Gravidez i saúdi di mininu
    .summary = Na gravidez, konsulta na sentru di saúdi, analizi, ekografia i partu na un ospital di SNS e garantidu, tanbê pa kenha ki ka ten autorizason di residénsia. Vasina di Programa Nacional de Vacinação e di grasa i mininu ten konsulta regular na sentru di saúdi.
    .body =
        Saúdi di mudjer grávida i di mininu e un prioridadi di Sirvisu Nasional di Saúdi (Serviço Nacional de Saúde, SNS). Es kuidadu ka ta dipende di situason di pai na AIMA.

        ## Na gravidez
        1. Logu ki bu sabe ma bu sta grávida, bai sentru di saúdi di bu zona i pidi konsulta di vijilánsia di gravidez (consulta de vigilância da gravidez).
        2. Bu ta resebe Boletim de Saúde da Grávida: leba-l na tudu konsulta, ezami i na partu.
        3. Konsulta, analizi i ekografia ta faze parti di akonpanhamentu. Alguns ekografia ta fazedu na klínika ku akordu ku SNS, ku pididu (requisição) di sentru di saúdi.
        4. Sentru di saúdi pode da-bu un cheque-dentista pa bu bai dentista duranti gravidez.
        5. Partu ta fazedu na un ospital di SNS. Antis di bu bai urjénsia di obstetrísia, si ka e emerjénsia, liga pa SNS 24 ({ $sns24-phone }), ki ten atendimentu pa mudjer grávida i ki ta fla-bu pa ki ospital ki bu debe bai.

        Si bu ta trabadja, bu ten direitu a falta trabadju pa konsulta di gravidez sen perde salariu. Avisa bu patron (entidade patronal) i pidi un diklarason na sentru di saúdi.

        ## Dipôs di nasimentu
        - Rejista beby dentu di { $birth-registration-days ->
            [one] { $birth-registration-days } dia
           *[other] { $birth-registration-days } dia
        }: na ospital, si e ten balkon Nascer Cidadão, o na un Conservatória do Registo Civil.
        - Nes purmeru dia di vida ta fazedu "teste do pezinho", un analizi di sangi pa diskubri duensa raru.
        - Marka purmeru konsulta di beby na sentru di saúdi i pidi se númeru di utenti.
        - Apoiu en dinheru, sima abono pré-natal i subsídio parental, ta pididu na Siguransa Sosial (Segurança Social).

        ## Vasina
        - Vasina di Programa Nacional de Vacinação e di grasa pa tudu mininu i adultu, ku o sen autorizason di residénsia. Es ta dadu na sentru di saúdi.
        - Leba rejistu di vasina di bu tera: infermeru ta djobe kuzé ki falta i ta atualiza boletin.

        ## Saúdi di mininu
        - Mininu ten konsulta di saúdi infantil regular na sentru di saúdi, ku médiku i infermeru di família, mésmu ora ki es sta bon.
        - Leba sénpri Boletim de Saúde Infantil e Juvenil.
        - Mininu duenti: liga pa SNS 24. Txeu ospital ten urjénsia pa mininu (urgência pediátrica).

        ## Kustu
        - Akonpanhamentu di gravidez, partu, konsulta di mininu i vasina di prugrama nasional e di grasa, ku o sen autorizason di residénsia.
        - Na farmásia bu pode ten ki paga un parti di rimédiu ki médiku pasa.

        ## Si kusa ka da dretu
        - Es rikuza-bu konsulta: pidi motivu pa skritu i skrebe na livru di reklamason (Livro de Reclamações) o pa Entidade Reguladora da Saúde (ERS).
        - Na un emerjénsia, na gravidez o ku un mininu, liga { $emergency-phone }.
        - Pa djuda na bu lingua: linha di apoiu pa imigranti (Linha de Apoio a Migrantes), { $lam-phone-landline } o { $lam-phone-mobile }.
    .keywords = gravidez, gravida, grávida, N sta gravida, estou grávida, estou gravida, mudjer gravida, barriga, prenha, pre-natal, pré-natal, pre natal, prenatal, konsulta di gravidez, consulta de gravidez, vigilância da gravidez, ekografia, ecografia, ecografias, ultrassom, analizi, análises, ezami, exames, partu, parto, dana lus, dar à luz, ten beby, ter o bebé, ter o bebe, maternidadi, maternidade, obstetrícia, obstetricia, boletim da grávida, cheque-dentista, cheque dentista, beby, bebé, bebe, rekennasidu, recém-nascido, recem nascido, teste do pezinho, rejista beby, registar o bebé, registo de nascimento, nascer cidadão, certidão de nascimento, vasina, vacinas, vacina, vacinação, vacinacao, boletin di vasina, boletim de vacinas, PNV, pediatra, pediatria, urgência pediátrica, mininu duenti, criança doente, fidju duenti, filho doente, saúde infantil, konsulta di beby, consulta do bebé, planeamentu familiar, planeamento familiar, pilula, pílula, contraceção, abortu, aborto, IVG, abono pré-natal, licença parental
    .questions =
        N sta grávida sen dokumentu, N ten direitu a konsulta?
        akonpanhamentu di gravidez na sentru di saúdi
        ekografia na gravidez e di grasa na SNS?
        vasina ki mininu ten ki toma na Portugal
        nha fidju ben di Kabu Verdi ku boletin di vasina, kuzé ki N ta faze
        partu na ospital públiku kantu ki ta kusta pa stranjeru
        konsulta di bebé na sentru di saúdi
        pediatra pa nha fidju, modi ki N ta marka
        nha fidju ten vasina atrazadu, undi ki el pode vasina di grasa?
        dipôs di partu modi ki N ta inskrebe bebé na SNS
