# Saúdi: númeru di utenti, sentru di saúdi, urjénsia i linha SNS 24.

sns-user-number = Númeru di utenti di SNS
    .summary = Númeru di utenti (número de utente) ta da-bu asesu a Sirvisu Nasional di Saúdi (SNS): konsulta na sentru di saúdi, médiku di família, vasina i reseta. Bu ta pidi-l na sentru di saúdi (centro de saúde) di zona undi bu ta mora, mésmu sen autorizason di residénsia. Tratamentu urjenti nunka ka ta rikuzadu, mésmu sen númeru di utenti.
    .body =
        Númeru di utenti e bu númeru na Sirvisu Nasional di Saúdi (Serviço Nacional de Saúde, SNS). Ku el bu pode marka konsulta na sentru di saúdi, pidi médiku di família, toma vasina, resebe reseta i uza SNS 24 na internet ({ $sns24-web }) i na aplikason.

        ## Kenha ki pode pidi
        - Kenha ki ta mora na Portugal i ten autorizason o títulu di residénsia.
        - Kenha ki ta mora na Portugal i inda ka ten autorizason di residénsia, o ki sta ta spera AIMA. Na es kazu, inskrison pode ser temporáriu, ti bu mostra títulu di residénsia.
        - Mininu, kalker ki e situason di se pai i mai.

        ## Pasu
        1. Djobe kal ki e sentru di saúdi (o Unidade de Saúde Familiar, USF) di zona di bu morada. Bu pode pergunta na Junta de Freguesia o na SNS 24, pa { $sns24-phone }.
        2. Bai balkon di atendimentu (secretariado clínico) di kel sentru di saúdi i pidi inskrison sima utenti.
        3. Mostra bu dokumentu i konfirma ma bu dadus i bu morada fika serti.
        4. Guarda papel ku númeru di utenti.
        5. Pidi tanbê un médiku di família. Si ka ten médiku livri, bu ta fika na lista di spera, má bu pode ten konsulta na sentru di saúdi.

        ## Dokumentu pa leba
        - Pasaporti o títulu di residénsia. Si bu ten, leba tanbê komprovativu di pididu na AIMA.
        - Komprovativu di morada: kontratu di arendamentu o atestadu di residénsia di Junta de Freguesia (atestado de residência). Sen autorizason di residénsia, atestadu di Junta e dokumentu ki es ta pidi más.
        - Pa un mininu: dokumentu di mininu i di se pai o se mai.

        ## Kustu
        - Inskrison e di grasa.
        - Konsulta na sentru di saúdi ka ta paga taxa moderadora.
        - Kenha ki inda ka ten autorizason di residénsia pode, na alguns kazu, ten ki paga tratamentu ki ka e urjenti. Pergunta na balkon antis di konsulta.

        ## Urjénsia nunka ka ta rikuzadu
        Na un emerjénsia liga { $emergency-phone } o bai urjénsia di ospital. Tratamentu urjenti ka ta rikuzadu a ningen: nen a kenha ki ka ten númeru di utenti, nen a kenha ki ka ten dokumentu o autorizason di residénsia.

        ## Si kusa ka da dretu
        - Es ka aseita bu inskrison: pidi motivu pa skritu i nómi di sirvisu. Volta ku atestadu di residénsia di Junta de Freguesia.
        - Pidi djuda na linha di apoiu pa imigranti (Linha de Apoio a Migrantes), { $lam-phone-landline } o { $lam-phone-mobile }, o na un CNAI.
        - Bu pode tanbê skrebe na livru di reklamason (Livro de Reclamações) di sentru di saúdi.
        - Bu muda di kaza: pidi pa pasa bu inskrison pa sentru di saúdi di nobu zona.
    .keywords = numeru di utenti, númeru di utenti, número de utente, numero de utente, nº de utente, n utente, utenti, utente, kartan di utenti, cartão de utente, cartao de utente, SNS, sns, sentru di saudi, sentru saudi, centro de saúde, centro de saude, centro saude, postu di saudi, posto de saude, USF, mediku di familia, médico de família, medico de familia, inskrison, inscrição, inscricao, inskrebe na sentru di saudi, konsulta, consulta, mediku, médico, medico, dotor, vasina, vacinas, reseta, receita, sen papel, sem papeis, sen dokumentu, sem documentos, atestadu di junta, atestado da junta, junta de freguesia

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
