# Kaza: aluga kaza, direitu di inkilinu, apoiu pa kaza i atestadu di residénsia.

renting-a-home = Aluga kaza (arrendamento)
    .summary = Pa aluga kaza o kuartu, faze sénpri un kontratu di arendamentu (contrato de arrendamento) pa skritu. Donu di kaza (senhorio) ten ki komunika kontratu na Finanças i da-bu resibu di kada renda. Lei ta limita kauson i renda pagu adiantadu, i e ta proibi rikuza kaza pamodi nasionalidadi o orijen.
    .body =
        Arenda e aluga un kaza o un kuartu a donu (senhorio). Bu ka mesti autorizason di residénsia pa aluga kaza, má bu ta mesti númeru di kontribuinti (NIF).

        ## Antis di sina
        - Bai djobe kaza. Djobe si ten agu, lus, umidadi o janela kebradu, i tra fotu.
        - Pidi dokumentu di identifikason di donu di kaza i konfirma ma e donu, o ma e ten autorizason di donu pa aluga.
        - Dizkonfia di anúnsiu ki ta pidi dinheru antis di bu odja kaza o antis di sina kontratu.

        ## Kontratu
        - Kontratu di arendamentu debe ser pa skritu i sinadu pa kes dos. Fika ku un kópia sinadu.
        - E debe fla: nómi i NIF di kes dos, morada, renda i dia di pagamentu, duráson, kauson, i kenha ki ta paga agu, lus i gás.
        - Pa kaza undi bu ta mora sénpri (habitação permanente), kontratu ku prazu ka pode ser menus di { $housing-contract-min-years ->
            [one] { $housing-contract-min-years } anu
           *[other] { $housing-contract-min-years } anu
        }. Eseson e arendamentu temporáriu (pur izenplu, pa trabadju o pa studu), ki kontratu ten ki fla.
        - Na fin di prazu kontratu ta renova otomatikamenti, si ningen ka avisa pa skritu a tenpu.

        ## Kuzé ki donu di kaza pode pidi
        - Un kauson (caução) di, no máximu, { $housing-deposit-max-rents ->
            [one] { $housing-deposit-max-rents } renda
           *[other] { $housing-deposit-max-rents } renda
        }. E ta dadu bu volta na fin di kontratu si kaza ka fika stragadu.
        - Renda adiantadu, ku akordu pa skritu, ti { $housing-rent-advance-max-months ->
            [one] { $housing-rent-advance-max-months } mes
           *[other] { $housing-rent-advance-max-months } mes
        }.
        - Es dos limiti ta ben di un mudansa na lei pa 2023, sugundu notísia i advogadu di novembru di 2022; alguns pájina más nobu inda ta fla régra antigu (ti tres mes di renda adiantadu i kauson sen limiti). Nu ka atxa tekstu atual di lei: si es pidi-bu más, konfirma na sirvisu di abitason di Kámara (Câmara Municipal) o ku un advogadu.
        - Un fiador o komprovativu di rendimentu.

        ## Kuzé ki donu di kaza ka pode faze
        - Rikuza-bu kaza pamodi bu e stranjeru, pamodi kor di pele, orijen o rilijion: kel-li e diskriminason, proibidu pa lei.
        - Fika ku bu pasaporti o resebe renda sen da-bu resibu.

        ## Rejistu na Finanças i resibu
        1. Donu di kaza ta komunika kontratu na Finanças (Autoridade Tributária e Aduaneira) i e ta paga inpostu di selu (imposto do selo).
        2. Tudu mes e ta da-bu un resibu di renda, normalmenti eletróniku, na Portal das Finanças ({ $at-web }).
        3. Guarda resibu. Es ta prova bu morada (AIMA, sentru di saúdi, skola), es ta konta na IRS i es ta pididu pa apoiu pa renda.
        4. Si donu di kaza ka komunika kontratu, inkilinu tanbê pode komunika-l na Finanças. Pergunta modi na un Serviço de Finanças.

        ## Kustu
        Inpostu di selu di kontratu e donu di kaza ki ta paga-l. Si un imobiliária pidi-bu un komison, pidi fatura.

        ## Si kusa ka da dretu
        - Donu di kaza ka kre faze kontratu nen da resibu: sen kontratu rejistadu e difísil prova bu morada i pidi apoiu. Pidi informason na Finanças, pa { $at-phone }.
        - Es rikuza-bu kaza pamodi bu e stranjeru: guarda anúnsiu i mensajen i djobe modi ki bu ta faze keixa pa diskriminason.
        - Pa djuda na bu lingua, liga pa linha di apoiu pa imigranti (Linha de Apoio a Migrantes): { $lam-phone-landline } o { $lam-phone-mobile }.
    .keywords = aluga kaza, aluga, aluga kuartu, kuartu, kaza, arrendar, arrendamento, arrendar casa, alugar casa, aluguel, aluguer, alugar quarto, quarto, casa, apartamentu, apartamento, renda, kontratu di kaza, kontratu di arendamentu, contrato de arrendamento, contrato de aluguel, donu di kaza, senhoriu, senhorio, proprietário, proprietario, dono da casa, inkilinu, inquilino, arrendatário, kauson, caução, caucao, kalson, depozitu, depósito, deposito, renda adiantadu, rendas adiantadas, fiador, resibu di renda, recibo de renda, recibos de renda, imposto do selo, rejista kontratu na finansas, registo do contrato, imobiliaria, imobiliária, komison, idealista, olx, burla, golpi, golpe, diskriminason, ka ta aluga stranjeru, nao aceitam imigrantes
    .questions =
        modi ki N ta aluga kaza na Portugal sima imigranti
        aluga kaza sen fiador na Lisboa
        donu di kaza ta pidi-m 6 mes adiantadu, kel-li e legal?
        kontratu di arendamentu ten ki rejistadu na Finanças?
        donu di kaza ka kre da-m resibu di renda
        aluga kuartu sen kontratu e perigozu?
        es ka kre aluga-m kaza pamodi N e afrikanu, es pode faze kel-la?
        kantu kauson donu di kaza pode pidi
        N mesti kontratu di kaza pa atestadu di residénsia i pa AIMA
        N sta ta djobe kaza i es ta pidi NIF i fiador purtugês, kuzé ki N ta faze?

tenant-rights-eviction = Direitu di inkilinu i despeju
    .summary = Donu di kaza (senhorio) ka pode pui-bu fora di kaza pa se konta: troka fitxadura, korta agu o lus, o tra bu kuza e ilegal. Pa kaba kontratu o subi renda e ten ki avisa pa skritu i ku tenpu, i un despeju (despejo) só pode kontise ku disizon di Balcão do Arrendatário e do Senhorio o di un tribunal.
    .body =
        Es direitu ta vale pa kenha ki ten kontratu di arendamentu. Si bu ka ten kontratu pa skritu, guarda tudu kuza ki ta prova ma bu ta mora na kaza i ma bu ta paga renda: transferénsia, mensajen, resibu.

        ## Bu direitu
        - Mora na kaza na sosegu inkuantu kontratu ta dura i bu ta paga renda.
        - Resebe resibu di kada renda.
        - Konsertu: donu di kaza ten ki faze obra ki e presizu (tedju, kanu, umidadi grávi). Pidi-s pa skritu.
        - Asédiu na arendamentu e proibidu: ameasa, korti di agu o lus, o obra fetu pa obriga-bu sai.

        ## Renda ki ta subi
        - Si kontratu ka fla otu kuza, renda só ta subi un bês pa anu i ti kuefisienti di atualizason (coeficiente de atualização) ki ta publikadu tudu anu na Diário da República.
        - Donu di kaza ten ki avisa pa skritu, ku pa menus { $housing-rent-update-notice-days ->
            [one] { $housing-rent-update-notice-days } dia
           *[other] { $housing-rent-update-notice-days } dia
        } di antisedénsia, ta fla nobu renda i modi ki e kalkula-l.
        - Si aumentu ka ta kunpri es régra, bu pode rikuza-l pa skritu. Kontinua ta paga renda antigu i pidi djuda.

        ## Ora ki kontratu ta kaba
        - Si donu di kaza ka kre renova kontratu, e ten ki fla-l pa karta rejistadu ku avizu di resepson (carta registada com aviso de receção). Na kaza undi bu ta mora sénpri, avizu ten ki txiga pa menus { $housing-landlord-notice-days ->
            [one] { $housing-landlord-notice-days } dia
           *[other] { $housing-landlord-notice-days } dia
        } antis di fin di kontratu, i más sedu na kontratu longu.
        - Na régra, kontratu ta dura pa menus { $housing-contract-guaranteed-years ->
            [one] { $housing-contract-guaranteed-years } anu
           *[other] { $housing-contract-guaranteed-years } anu
        } dizdi dia ki e sinadu, mésmu si donu di kaza ka kre purmeru renovason. Eseson prinsipal e si donu di kaza mesti kaza pa el o pa un fidju mora.
        - Inkilinu tanbê pode sai, si e avisa pa skritu ku tenpu ki lei i kontratu ta fla.

        ## Despeju
        1. Donu di kaza ka pode despeja-bu sózinhu. E mesti un títulu di Balcão do Arrendatário e do Senhorio (BAS) o un disizon di un tribunal.
        2. Si bu resebe un notifikason di BAS, bu ten { $housing-eviction-opposition-days ->
            [one] { $housing-eviction-opposition-days } dia
           *[other] { $housing-eviction-opposition-days } dia
        } pa sai o pa opoi. Opozison ta fetu pa un advogadu: pidi logu apoiu judiciário na Siguransa Sosial.
        3. Si bu para di paga renda duranti mes, donu di kaza pode kaba kontratu. Paga dívida dipresa pode evita despeju.
        4. Na situason grávi (duensa, difisiénsia, mininu, ka ten undi bai) bu pode pidi pa saída ser adiadu (diferimento da desocupação).

        ## Undi ki bu pode pidi djuda
        - Advogadu di grasa: apoiu judiciário, pididu na Siguransa Sosial.
        - Informason sobri arendamentu: Portal da Habitação ({ $housing-portal-web }) i sirvisu di kaza di Kámara (Câmara Municipal).
        - Es troka fitxadura, es tra bu kuza o es ameasa-bu: txoma PSP o GNR. Na perigu, liga { $emergency-phone }.
        - Si bu fika sen kaza: Linha Nacional de Emergência Social, { $social-emergency-phone }.
        - Pa djuda na bu lingua: linha di apoiu pa imigranti (Linha de Apoio a Migrantes), { $lam-phone-landline } o { $lam-phone-mobile }.
    .keywords = despeju, despejo, despeja, despejar, despejado, orden di despeju, ordem de despejo, ação de despejo, acao de despejo, BAS, balcão do arrendatário, balcao do arrendatario e do senhorio, BNA, inkilinu, inquilino, direitu di inkilinu, direitos do inquilino, arrendatário, donu di kaza, senhorio, dono da casa, bota-m fora di kaza, pui fora di kaza, manda-m sai, N ten ki sai di kaza, troka fitxadura, trocou a fechadura, korta agu, cortou a água, korta lus, cortou a luz, renda subi, subi renda, aumento da renda, aumentar a renda, atualização de renda, kuefisienti, coeficiente, fin di kontratu, fim do contrato, ka ta renova kontratu, nao renova o contrato, oposição à renovação, karta di senhoriu, carta do senhorio, avizu, aviso prévio, pre aviso, asediu, assédio, obra, umidadi, humidade, renda atrazadu, renda em atraso, dívida de renda, sen kaza, sem casa, sem abrigo, advogadu, advogado, despejo ilegal
    .questions =
        donu di kaza kre pui-m fora, kuzé ki N ta faze
        donu di kaza troka fitxadura ku nhas kuza dentu
        es korta agu i lus pa N sai di kaza
        renda pode subi kantu pa anu
        N resebe un karta pa N sai di kaza na 30 dia, e legal?
        kontratu kaba i donu di kaza ka kre renova
        despeju sen tribunal e posível?
        Balcão do Arrendatário e do Senhorio kuzé ki e
        donu di kaza ta entra na kaza sen avisa
        N sta atrazadu ku renda, e pode pui-m na rua?

housing-support = Apoiu pa kaza i pa renda
    .summary = Ten prugrama públiku ki ta djuda paga renda o ki ta da asesu a kaza ku renda más baxu: Porta 65, Arrendamento Acessível, kaza di Kámara i apoiu di emerjénsia di Siguransa Sosial. Kuazi tudu ta pidi títulu di residénsia, NIF, kontratu rejistadu na Finanças i IRS entregadu.
    .body =
        Prugrama nasional e di IHRU (Instituto da Habitação e da Reabilitação Urbana), na Portal da Habitação ({ $housing-portal-web }). Kaza sosial (habitação social) e di Kámara (Câmara Municipal); apoiu di emerjénsia e di Siguransa Sosial (Segurança Social).

        ## Prinsipal apoiu
        - Porta 65 Jovem: djuda tudu mes pa paga parti di renda, pa jóven ti { $housing-porta65-max-age ->
            [one] { $housing-porta65-max-age } anu
           *[other] { $housing-porta65-max-age } anu
        }.
        - Porta 65+: djuda pa renda pa kenha ki pirdi un parti grandi di se rendimentu i pa família ku un pai o mai só (famílias monoparentais).
        - Apoio extraordinário à renda: pagu tudu mes pa Siguransa Sosial a alguns inkilinu ki renda ta pesa txeu na rendimentu. Ka ta fazedu kandidatura: e ta konta kontratu komunikadu na Finanças i IRS entregadu. Nen tudu kontratu ta entra.
        - Programa de Arrendamento Acessível: kaza ku renda más baxu ki merkadu, pa família dentu di limiti di rendimentu.
        - Kaza di Kámara (habitação municipal, habitação social o renda apoiada): kaza di Kámara ku renda kalkuladu konformi rendimentu di família. Lista di spera e longu.
        - 1.º Direito: prugrama di Kámara pa família ki ta mora sen kondison, pur izenplu na barraka o na kaza ku djenti di más.
        - Emerjénsia: Siguransa Sosial pode da un apoiu di bês en kandu o un alojamentu temporáriu a kenha ki fika sen kaza.

        ## Kenha ki pode pidi
        - Na jeral: kenha ki ta mora na Portugal ku títulu di residénsia válidu, ku NIF i, na txeu kazu, NISS.
        - Kenha ki ten kontratu di arendamentu pa skritu i komunikadu na Finanças, i resibu di renda.
        - Kenha ki ten rendimentu dentu di limiti di kada prugrama.
        - Sen títulu di residénsia, más parti di es prugrama ka sta dispunível, má bu pode pidi apoiu di emerjénsia.

        ## Pasu
        1. Konfirma ma bu kontratu sta komunikadu na Finanças i ma bu ta resebe resibu di renda.
        2. Entrega diklarason di IRS tudu anu, mésmu ku rendimentu baxu.
        3. Djobe na Portal da Habitação ki prugrama ki ten, kondison i prazu di kandidatura.
        4. Faze kandidatura na portal, o pidi djuda na sirvisu di kaza di Kámara. E la tanbê ki bu ta inskrebe pa kaza di Kámara.

        ## Dokumentu pa prepara
        - Pasaporti i títulu di residénsia.
        - NIF i NISS.
        - Kontratu di arendamentu i resibu di renda.
        - Diklarason di IRS i nota di likidason (nota de liquidação).
        - Dokumentu di pesoa ki ta mora ku bo i, si es pidi, atestadu di residénsia.

        ## Kustu
        Kandidata e di grasa. Dizkonfia di algen ki ta kobra-bu pa "arnja" un kaza sosial.

        ## Si kusa ka da dretu
        - Es rikuza kandidatura: lé motivu. Normalmenti bu pode responde pa skritu dentu di prazu ki sta na disizon.
        - Bu fika sen kaza o bu sta pa fika: liga pa Linha Nacional de Emergência Social, { $social-emergency-phone }, o bai sirvisu di Siguransa Sosial ({ $ss-phone }).
        - Pa djuda na bu lingua: linha di apoiu pa imigranti (Linha de Apoio a Migrantes), { $lam-phone-landline } o { $lam-phone-mobile }.
    .keywords = apoiu pa renda, apoio à renda, apoio a renda, apoio renda, subsidiu di renda, subsídio de renda, subsidio de renda, djuda pa paga renda, ajuda para pagar a renda, ajuda renda, porta 65, porta65, porta 65 jovem, porta 65+, apoio extraordinário à renda, apoio extraordinario renda, arrendamento acessível, arrendamento acessivel, renda acessivel, kaza sosial, habitação social, habitacao social, casa social, bairu sosial, bairro social, kaza di kamara, casa da câmara, casa da camara, kamara, câmara municipal, camara municipal, renda apoiada, 1.º direito, primeiro direito, IHRU, portal da habitação, portal da habitacao, sen kaza, sem casa, sem abrigo, barraka, barraca, emerjensia sosial, emergência social, emergencia social, { $social-emergency-phone }, siguransa sosial, segurança social, seguranca social, kaza baratu, casa barata
    .questions =
        Porta 65 modi ki N ta kandidata
        djuda pa paga renda pa imigranti
        apoiu di renda na Siguransa Sosial
        kaza di Kámara modi ki N ta pidi
        renda asesível pa stranjeru
        N fika sen kaza ku nhas fidju, ten djuda urjenti pa renda?
        N ten títulu di residénsia i N ta ganha poku, N pode ten djuda na renda?
        pa apoiu di renda es ta pidi IRS entregadu?
        kaza sosial lista di spera

address-certificate = Atestadu di residénsia (Junta de Freguesia)
    .summary = Atestadu di residénsia (atestado de residência) e un dokumentu di Junta de Freguesia ki ta konfirma undi ki bu ta mora. Es ta pidi-l na sentru di saúdi, na skola, na AIMA i na otus sirvisu. Junta ka pode rikuza-l só pamodi bu inda ka ten autorizason di residénsia.
    .body =
        Atestadu di residénsia (o "atestado de morada") ta dadu pa Junta de Freguesia di zona undi bu ta mora. E ta konfirma bu morada i, si bu pidi, dizdi kantu tenpu ki bu ta mora la.

        ## Pa kuzé ki e ta serbi
        - Inskrebe na sentru di saúdi i ten númeru di utenti, sobritudu sen autorizason di residénsia.
        - Prova bu kaza (alojamento) na un prosesu na AIMA.
        - Matrikula fidju na skola.
        - Muda morada na Finanças, abri konta na banku o pidi apoiu sosial.

        ## Kenha ki pode pidi
        Kalker pesoa ki ta mora na frigizia (freguesia), purtugês o stranjeru. Provedor de Justiça dja lenbra ma Junta ka pode rikuza atestadu pamodi pesoa ka ten títulu di residénsia.

        ## Modi ki bu ta prova ma bu ta mora la
        Junta ta da atestadu ora ki algen di Junta konxe situason o ora ki ten otu prova. Kes ki ta uzadu más e:
        - kontratu di arendamentu o fatura di agu, lus o internet na bu nómi;
        - diklarason di donu di kaza o di pesoa ki ta da-bu alojamentu, ku kópia di se dokumentu di identifikason;
        - tistimunhu di { $address-certificate-witnesses ->
            [one] { $address-certificate-witnesses } eleitor resenseadu
           *[other] { $address-certificate-witnesses } eleitor resenseadu
        } na frigizia (eleitores recenseados), ki ta konfirma ma bu ta mora la;
        - pa kenha ki ka ten kaza, un diklarason di tékniku di ason sosial ki ta akonpanha-l.

        ## Pasu
        1. Diskubri kal ki e bu Junta de Freguesia: pergunta na Kámara (Câmara Municipal) o djobe bu morada na saiti di Kámara.
        2. Bai Junta. Alguns ta aseita pididu pa internet o só ku markason.
        3. Prenxe rekerimentu i fla pa kuzé ki atestadu ta serbi, pur izenplu "para inscrição no centro de saúde" o "para a AIMA".
        4. Entrega prova di morada. Tistimunha ta bai ku bo o es ta sina un diklarason.
        5. Bai buska atestadu: na óra o alguns dia dipôs, konformi Junta.

        ## Dokumentu pa leba
        - Pasaporti, títulu di residénsia o otu dokumentu di identifikason.
        - NIF, si bu dja ten.
        - Prova di morada.
        - Pa un atestadu di tudu família: dokumentu di kada pesoa.

        ## Kustu i validadi
        - Kada Junta ta fixa se presu; na alguns e di grasa. Pergunta antis.
        - Sirvisu ki ta pidi atestadu pode exiji pa e ser resenti. Pidi-l poku antis di bu mesti-l.
        - Pa ten asesu a SNS sen autorizason di residénsia, pidi pa atestadu fla ma bu ta mora na Portugal dja más di { $health-undocumented-min-days ->
            [one] { $health-undocumented-min-days } dia
           *[other] { $health-undocumented-min-days } dia
        }, si e bu kazu.

        ## Si kusa ka da dretu
        - Es rikuza atestadu: pidi rikuza pa skritu, ku motivu. Bu pode reklama na propi Junta o faze keixa, di grasa, na Provedor de Justiça.
        - Bu ka konxe eleitor di frigizia: pergunta ki otu prova ki Junta ta aseita.
        - Pa djuda na bu lingua: linha di apoiu pa imigranti (Linha de Apoio a Migrantes), { $lam-phone-landline } o { $lam-phone-mobile }.
    .keywords = atestadu di residensia, atestadu di residénsia, atestado de residência, atestado de residencia, atestadu di morada, atestado de morada, atestadu di junta, atestado da junta, atestado junta de freguesia, komprovativu di morada, comprovativo de morada, comprovativo de residencia, prova di morada, prova de morada, junta de freguesia, junta, frigizia, freguesia, diklarason di morada, declaração de morada, declaracao de residencia, tistimunha, testemunhas, eleitor, eleitores, recenseados, morada, endereço, endereco, atestadu pa aima, atestado para a aima, atestadu pa sentru di saudi, atestado para o centro de saude, atestadu pa skola, sen kontratu, sem contrato, N ta mora na un kuartu, provedor de justiça, certidão de residência
    .questions =
        atestadu di residénsia na Junta modi ki N ta tira
        komprovativu di morada pa AIMA
        Junta ta pidi-m tistimunha pa atestadu
        N ka ten kontratu di kaza, modi ki N ta prova undi ki N ta mora?
        Junta de Freguesia rikuza da-m atestadu pamodi N ka ten títulu di residénsia
        kantu ki ta kusta atestadu di residénsia i kantu tenpu e ta vale
        N ta mora na un kuartu sen kontratu, N pode tira atestadu?
        N mesti atestadu di morada pa inskrebe na sentru di saúdi
