# Siguransa Sosial i inpostu: NIF, NISS, diskontu i apoiu sosial.

nif-tax-number = Númeru di kontribuinti (NIF)
    .summary = NIF (número de identificação fiscal, o número de contribuinte) e dadu pa Finanças i bu ta mesti-l pa trabadja, aluga kaza o abri konta na banku. Bu pode pidi-l pesoalmenti, ku markason, o pa internet atravês di un riprizentanti legal.
    .body =
        NIF e bu númeru na Finanças (Autoridade Tributária e Aduaneira, AT). Bu ta mesti-l pa sina un kontratu di trabadju, aluga kaza, abri konta na banku, pidi fatura na bu nómi i pidi autorizason di residénsia. Bu pode pidi-l mésmu sen autorizason di residénsia.

        ## Modi ki bu ta pidi
        - Pesoalmenti: na un Sirvisu di Finanças (Serviço de Finanças) o na un Loja do Cidadão, ku markason. Bu pode marka na Portal das Finanças ({ $at-web }) o pa telefoni { $at-phone }.
        - Pa internet: un riprizentanti legal (pur izenplu, un advogadu, un solisitador o otu algen ku prokurason) ta faze pididu pa bo na e-balcão di Portal das Finanças, na kaminhu "Registo Contribuinte › Identific › Atrib/Alter NIF-Singulares".

        ## Dokumentu
        - Pasaporti o otu dokumentu di identifikason válidu (títulu di residénsia, si bu dja ten).
        - Komprovativu di morada: na Portugal, si bu dja ta mora li; na stranjeru, si bu inda ta mora fora.
        - Si pididu e fetu pa un riprizentanti legal: se dokumentu di identifikason i prokurason (procuração). Prokurason dadu a advogadu i solisitador ka mesti asinatura rekonxedu.

        ## Riprizentanti fiskal
        - Riprizentanti legal i riprizentanti fiskal (representante fiscal) ka e mésmu kuza. Riprizentanti legal ta trata só di pididu. Riprizentanti fiskal ta responde dianti di Finanças pa kenha ki ta mora fora di Union Europeia i di Spasu Ekonómiku Europeu.
        - Antis, kenha ki tenba morada fora di kes pais tenba ki nomia un riprizentanti fiskal. Oji dja ka e obrigatóriu si bu adere a notifikason eletróniku (notificações eletrónicas) na Portal das Finanças (artigu 19.º di Lei Geral Tributária). Konfirma na Finanças ora ki bu faze pididu.
        - Ora ki bu pasa ta mora na Portugal, atualiza bu morada na Finanças. Ku morada na Portugal bu ka ta mesti riprizentanti fiskal.

        ## Dipôs ki bu ten NIF
        1. Pidi senha di asesu a Portal das Finanças. Senha ta txiga pa karta na morada ki bu da, pur isu morada ten ki sta serti.
        2. Ku senha bu pode odja i atualiza bu dadus, adere a notifikason eletróniku i, más tardi, entrega diklarason di IRS.

        ## Kustu
        Pidi NIF na Finanças e di grasa. Advogadu, solisitador i ampreza ki ta trata di pididu pa bo ta kobra se sirvisu.

        ## Si kusa ka da dretu
        - Ka ten vaga pa markason: tenta na otu Sirvisu di Finanças o na otu Loja do Cidadão, o skrebe pa e-balcão.
        - Bu pirdi númeru: e sta na karta i fatura antigu, o bu pode pidi-l na un Sirvisu di Finanças ku bu dokumentu di identifikason.
        - Pa djuda na bu lingua, liga pa linha di apoiu pa imigranti (Linha de Apoio a Migrantes): { $lam-phone-landline } o { $lam-phone-mobile }.
    .keywords = NIF, nif, numeru di kontribuinti, númeru di kontribuinti, número de contribuinte, numero de contribuinte, kontribuinti, contribuinte, numeru fiskal, número fiscal, numero fiscal, número de identificação fiscal, finansas, finanças, financas, AT, reparticon, repartição de finanças, reparticao das financas, portal das financas, portal das finanças, e-balcão, ebalcao, e balcao, riprizentanti fiskal, representante fiscal, representante legal, prokurason, procuração, procuracao, senha finansas, senha das finanças, tra nif, tira nif, tirar nif, pidi nif, pedir nif, faze nif, fazer nif, nif sen residensia, nif sem residencia, nif online, IRS, loja do cidadão, loja do cidadao, konta na banku
    .questions =
        modi ki N ta tira NIF
        númeru di kontribuinti pa stranjeru
        NIF pa internet ku riprizentanti
        N inda sta na Kabu Verdi, N pode tira NIF antis di N ben?
        NIF na Finanças mesti markason?
        kantu ki ta kusta tira NIF
        N mesti riprizentanti fiskal si N dja ta mora na Portugal?
        N muda di kaza, modi ki N ta muda morada na Finanças
        modi ki N ta resebe senha di Portal das Finanças

niss-social-security = Númeru di Siguransa Sosial (NISS)
    .summary = NISS (número de identificação da Segurança Social) e nesesáriu pa trabadja ku diskontu i pa ten asesu a apoiu sima subsídiu di duensa o di dizenpregu. Stranjeru pode pidi-l pa internet, na saiti di Segurança Social, i dipôs e ta bai buska-l pesoalmenti.
    .body =
        NISS e bu númeru na Siguransa Sosial (Segurança Social). Ku el, patron (entidade patronal) ta inskrebe-bu i ta paga kontribuison (kes "diskontu"). Kes diskontu ta da-bu direitu a apoiu ora ki bu mesti: baxa pa duensa (baixa), subsídiu parental, subsídiu di dizenpregu i reforma. NISS tanbê e pididu na autorizason di residénsia i na pididu di apoiu jurídiku.

        ## Modi ki bu ta pidi
        - Pa internet: dizdi { $niss-online-since } ten un formuláriu na { $ss-web } ki ta txoma "Pedido de NISS – Cidadão Estrangeiro". Patron o un riprizentanti legal ku prokurason tanbê pode prenxe-l pa bo.
        - Pesoalmenti: na un sirvisu di atendimentu di Segurança Social, ku markason pa telefoni { $ss-appointment-phone } o { $ss-appointment-phone-alt }.

        ## Pasu (pididu pa internet)
        1. Prenxe formuláriu "Pedido de NISS – Cidadão Estrangeiro" na { $ss-web }.
        2. Djunta dokumentu ki es pidi.
        3. Spera email di konfirmason di Segurança Social.
        4. Bai buska NISS pesoalmenti, sima ki sta skritu na email, ku dokumentu di identifikason orijinal.

        ## Dokumentu
        - Pasaporti, títulu di residénsia o autorizason di residénsia.
        - Vistu di trabadju, si bu entra ku vistu.
        - NIF, si bu dja ten-l.
        - Si e un riprizentanti ki ta pidi: prokurason i se dokumentu di identifikason.

        ## Dipôs ki bu ten NISS
        - Rejista na Segurança Social Direta (sirvisu online di Siguransa Sosial) ku NISS i un senha, o ku Chave Móvel Digital. Segurança Social Direta só ta funsiona dipôs ki bu ten NISS.
        - Na Segurança Social Direta bu pode konfirma, tudu mes, si bu patron ta diklara bu salariu i ta paga kontribuison (bu carreira contributiva).
        - Si bu ta trabadja pa bu konta (recibos verdes), bu ten ki inskrebe sima trabadjador independenti i entrega diklarason di tres en tres mes (declaração trimestral).

        ## Kustu
        Pidi NISS e di grasa. Diskontu e un parti di salariu brutu; patron ta paga otu parti.

        ## Si kusa ka da dretu
        - Patron ta diskonta di bu salariu má e ka ta entrega dinheru na Siguransa Sosial: guarda resibu di salariu (recibos de vencimento) i fala ku Segurança Social i ku ACT.
        - Dúvida: liga { $ss-phone } o { $ss-phone-alt } ({ $ss-hours }).
        - Pa djuda na bu lingua: linha di apoiu pa imigranti (Linha de Apoio a Migrantes), { $lam-phone-landline } o { $lam-phone-mobile }.
    .keywords = NISS, niss, NIS, nis, numeru di siguransa sosial, número da segurança social, numero da seguranca social, numero de seguranca social, siguransa sosial, seguransa sosial, sigurança sosial, segurança social, seguranca social, seg social, segurança social direta, seguranca social direta, SSD, diskontu, diskonta, descontos, kontribuison, contribuições, contribuicoes, inskrison, inscrição na segurança social, inscricao seguranca social, cidadão estrangeiro, pidi niss, pedido de niss, tra niss, tira niss, tirar niss, niss online, INPS, previdensia, previdência, carreira contributiva, recibos verdes, independenti, trabalhador independente, chave movel digital, chave móvel digital, baxa, baixa, reforma, patron ka ta diskonta
    .questions =
        modi ki N ta tira NISS
        númeru di Siguransa Sosial pa stranjeru
        pidi NISS pa internet
        N mesti NISS pa trabadja?
        undi ki N ta bai buska NISS dipôs di pidi pa internet
        N ka ten residénsia, N pode pidi NISS?
        Segurança Social Direta modi ki N ta rejista
        nha patron ta pidi-m númeru di Siguransa Sosial
        kantu tenpu NISS ta leba pa sai
        N ten NISS má patron ka ta faze diskontu

unemployment-benefit = Subsídiu di dizenpregu
    .summary = Si bu pirdi trabadju sen ser pamodi bu kre, i si bu diskonta pa Siguransa Sosial tenpu sufisienti, bu pode ten direitu a subsídiu di dizenpregu (subsídio de desemprego). Bu ten ki inskrebe na sentru di impregu di IEFP i pidi subsídiu dentu di prazu.
    .body =
        Subsídiu di dizenpregu ta pagu pa Siguransa Sosial (Segurança Social) a kenha ki staba ta trabadja pa un patron (por conta de outrem) i ki fika sen trabadju. Pididu ta pasa pa sentru di impregu di IEFP (Instituto do Emprego e Formação Profissional).

        ## Kenha ki pode resebe
        - Kenha ki trabadja pa un patron, ku diskontu, pa menus { $unemployment-min-days ->
            [one] { $unemployment-min-days } dia
           *[other] { $unemployment-min-days } dia
        } nes { $unemployment-reference-months ->
            [one] { $unemployment-reference-months } mes
           *[other] { $unemployment-reference-months } mes
        } antis di fika dizenpregadu.
        - Kenha ki fika dizenpregadu sen ser pamodi e kre: dispedimentu, fin di kontratu ku prazu, o saída ku justa kauza (justa causa) pamodi patron ka paga o faze otu falta grávi. Un akordu di saída ku patron só ta konta na alguns kazu.
        - Kenha ki dispidi pa se vontadi, sen justa kauza, ka ten direitu.
        - Sima stranjeru, bu mesti un títulu di residénsia válidu.
        - Bu ten ki sta inskritu na sentru di impregu i prontu pa trabadja.

        ## Subsídiu sosial di dizenpregu
        Si bu ka ten dia di diskontu ki txiga, bu pode ten direitu a subsídiu sosial di dizenpregu (subsídio social de desemprego): e ta pidi { $social-unemployment-min-days ->
            [one] { $social-unemployment-min-days } dia
           *[other] { $social-unemployment-min-days } dia
        } di diskontu nes últimu { $social-unemployment-reference-months ->
            [one] { $social-unemployment-reference-months } mes
           *[other] { $social-unemployment-reference-months } mes
        } i e ta dadu só a família ku rendimentu baxu.

        ## Pasu
        1. Pidi bu patron "declaração de situação de desemprego", papel di Siguransa Sosial ki ta fla pamodi ki kontratu kaba.
        2. Inskrebe sima dizenpregadu na sentru di impregu di bu zona o na { $iefp-web }.
        3. Pidi subsídiu ti { $unemployment-apply-days ->
            [one] { $unemployment-apply-days } dia
           *[other] { $unemployment-apply-days } dia
        } dipôs ki bu fika dizenpregadu: na sentru di impregu o na Segurança Social Direta.
        4. Kunpri planu pesoal di impregu (plano pessoal de emprego): djobe trabadju, bai konvokatória i aseita un oférta di trabadju ki ta konvêm.
        5. Avisa Siguransa Sosial si bu volta trabadja o si bu bai stranjeru.

        ## Dokumentu
        - Pasaporti i títulu di residénsia válidu.
        - NIF i NISS.
        - Declaração de situação de desemprego.
        - Komprovativu di IBAN di un konta na banku na bu nómi.

        ## Kantu ki bu ta resebe i pa kantu tenpu
        - Valor e un parti di salariu médiu ki bu diklara. Ten un valor mínimu i un valor máximu, ligadu a IAS (Indexante dos Apoios Sociais, { $ias }).
        - Tenpu di subsídiu ta dipende di bu idadi i di kantu tenpu ki bu diskonta.
        - Djobe bu diskontu na Segurança Social Direta.

        ## Si kusa ka da dretu
        - Patron ka ta da-bu diklarason: ACT pode obriga-l, { $act-phone }.
        - Es rikuza bu pididu: pidi disizon pa skritu i reklama dentu di prazu ki sta na karta.
        - Dúvida: Siguransa Sosial, { $ss-phone } o { $ss-phone-alt } ({ $ss-hours }).
        - Djuda na bu lingua: linha di apoiu pa imigranti (Linha de Apoio a Migrantes), { $lam-phone-landline } o { $lam-phone-mobile }.
    .keywords = subsidiu di dizenpregu, subsídiu di dizenpregu, subsidiu dezenpregu, subsídio de desemprego, subsidio de desemprego, subsidio desemprego, fundo de desemprego, seguro desemprego, dizenpregu, dezemprego, desemprego, dizenpregadu, desempregado, N fika sen trabadju, fika sen trabadju, N pirdi trabadju, perdi o emprego, es manda-m bai, manda-m embora, dispididu, despedido, dispedimentu, despedimento, kontratu kaba, fim do contrato, subsídio social de desemprego, subsidio social, declaração de situação de desemprego, declaracao desemprego, modelo 5044, RP 5044, sentru di impregu, centro de emprego, IEFP, iefp, siguransa sosial, segurança social, seguranca social, seg social, kantu ki N ta resebe, kantu tenpu, prazu pa pidi, IAS
    .questions =
        subsídiu di dizenpregu modi ki N ta pidi
        es manda-m bai di trabadju, N ten direitu a fundu di dizenpregu?
        kantu tenpu di diskontu N mesti pa subsídiu di dizenpregu
        N sai di trabadju pa nha konta, N pode resebe subsídiu?
        subsídiu sosial di dizenpregu
        nha kontratu a prazu kaba, N ten direitu a dizenpregu?
        kantu ki N ta resebe di subsídiu di dizenpregu
        inskrebe na sentru di impregu pa resebe subsídiu
        imigranti ku títulu di residénsia ta resebe dizenpregu?
        prazu pa pidi subsídiu di dizenpregu

family-benefits = Abonu di família (abono de família) i otus apoiu pa família
    .summary = Abonu di família (abono de família) e un dinheru ki Siguransa Sosial ta paga tudu mes pa djuda kria fidju. Valor ta dipende di rendimentu di família i di idadi di mininu. Bu ka mesti ten diskontu na Siguransa Sosial.
    .body =
        Siguransa Sosial (Segurança Social) ten váriu apoiu pa família ku fidju. Prinsipal e abonu di família pa mininu i jóven (abono de família para crianças e jovens). Pa pidi-s, pai, mai i fidju mesti NISS.

        ## Abonu di família pa mininu i jóven
        - E ta pagu tudu mes, pa kada fidju.
        - Valor ta dipende di "escalão" di rendimentu di família i di idadi di mininu. Valor ta muda tudu anu: konfirma-s na { $ss-web }.
        - E ka ta dipende di diskontu: família ki nunka ka diskonta tanbê ta resebe-l.
        - Família ten ki ten rendimentu i poupansa baxu di sertu limiti.
        - A partir di un sertu idadi, jóven só ta resebe si e kontinua ta studa. Tudu anu e presizu faze "prova escolar".

        ## Kenha ki pode pidi
        - Mininu i jóven ki ta mora na Portugal, ku títulu di residénsia válidu o na situason igual, sima refujiadu.
        - Si mininu o pai inda sta ta spera títulu di residénsia, pergunta na Siguransa Sosial si es dja pode pidi.
        - Na { $social-benefits-bill-debate-date } Parlamentu diskuti un projetu di lei pa pidi { $social-benefits-bill-years ->
            [one] { $social-benefits-bill-years } anu
           *[other] { $social-benefits-bill-years } anu
        } di residénsia legal a sidadon di fora di Union Europeia antis di es resebe apoiu sima RSI i abonu di família. Nu ka atxa notísia di aprovason di es projetu. Si bu obi flaba di régra nobu, konfirma na Siguransa Sosial.

        ## Otus apoiu
        - Abono pré-natal: pa mudjer grávida, a partir di un sertu fazi di gravidez, ku diklarason di médiku.
        - Garantia para a Infância: un valor extra pa mininu di família ku rendimentu muitu baxu.
        - Bonificação por deficiência: un valor extra pa mininu i jóven ku difisiénsia.
        - Subsídio parental: pagu a mai i a pai duranti lisénsa dipôs di nasimentu, a kenha ki ten diskontu. Kenha ki ka ten diskontu ki txiga pode ten direitu a subsídio social parental.

        ## Pasu
        1. Pidi NISS pa mininu i pa pai, si es inda ka ten.
        2. Rejista na Segurança Social Direta.
        3. Pidi abonu na Segurança Social Direta o na un sirvisu di atendimentu di Siguransa Sosial. Pidi-l logu dipôs di nasimentu o dipôs ki bu txiga Portugal: un pididu atrazadu pode faze-bu perde mes.
        4. Da IBAN di konta undi ki bu kre resebe.
        5. Manti bu dadus atualizadu: morada, rendimentu i kenha ki ta mora na kaza.

        ## Dokumentu
        - Dokumentu di identifikason i títulu di residénsia di tudu família.
        - Sertidon di nasimentu di mininu (certidão de nascimento), traduzidu si e ka sta na purtugês.
        - NISS i NIF di tudu algen.
        - Komprovativu di IBAN.
        - Komprovativu di rendimentu di família, si es pidi-bu.

        ## Kustu
        Pidi apoiu e di grasa.

        ## Si kusa ka da dretu
        - Es rikuza pididu o escalão sta eradu: pidi disizon pa skritu i reklama dentu di prazu.
        - Dúvida: Siguransa Sosial, { $ss-phone } o { $ss-phone-alt } ({ $ss-hours }).
        - Djuda na bu lingua: linha di apoiu pa imigranti (Linha de Apoio a Migrantes), { $lam-phone-landline } o { $lam-phone-mobile }.
    .keywords = abonu, abonu di familia, abono de família, abono de familia, abono, abono familia, abonu di fidju, abono dos filhos, abono pré-natal, abono pre natal, gravida, grávida, mudjer gravida, gravidez, fidju, filhos, mininu, kriansa, criança, crianca, beby, bebé, bebe, nasimentu, nascimento, skalon, escalão, escalao, prova escolar, garantia para a infância, garantia infancia, subsidiu parental, subsídio parental, subsidio parental, lisensa di maternidadi, licença de maternidade, licenca maternidade, licença parental, bonificação por deficiência, difisiensia, apoiu pa familia, apoio a familia, siguransa sosial, segurança social, seguranca social, seg social, dinheru pa fidju, dinheiro para os filhos
    .questions =
        abonu di família modi ki N ta pidi
        abonu pa fidju di imigranti
        kantu ki e abonu di família
        N mesti ten diskontu pa resebe abonu?
        nhas fidju sta na Kabu Verdi, N pode resebe abonu?
        abonu pré-natal pa mudjer grávida
        otus apoiu pa família ku fidju
        pidi abonu na Segurança Social Direta
        es rikuza nha abonu di família

social-support-income = Rendimento Social de Inserção (RSI) i apoiu sosial urjenti
    .summary = Rendimento Social de Inserção (RSI) e un apoiu di Siguransa Sosial, pagu tudu mes, pa pesoa i família ki sta na pobreza grandi, ligadu a un planu pa midjora se vida. Na un emerjénsia, sima fika sen kaza o sen kumida, ten apoiu sosial urjenti.
    .body =
        RSI (Rendimento Social de Inserção) ten dos parti: un dinheru pagu tudu mes i un kontratu di inserson (contrato de inserção), ku pasu pa sai di pobreza, sima djobe trabadju, faze kursu o pui fidju na skola. Kenha ki ta disidi e Siguransa Sosial (Segurança Social).

        ## Kenha ki pode pidi
        - Kenha ki ta mora legal na Portugal. Sidadon di fora di Union Europeia mesti, na régra, { $rsi-min-residence-years ->
            [one] { $rsi-min-residence-years } anu
           *[other] { $rsi-min-residence-years } anu
        } di residénsia legal. Refujiadu ka mesti kunpri es prazu. Es prazu e kel ki DECO Proteste ta daba na { $rsi-residence-source-date }; otu fonti ta fla ma ka ten prazu mínimu. Konfirma na Siguransa Sosial.
        - Kenha ki ten rendimentu muitu baxu i poku poupansa o poku ben, ku tudu família ki ta mora ku el.
        - Na régra, maior di idadi. Ten eseson, pur izenplu pa mudjer grávida o pa kenha ki ten fidju a se kargu.
        - Kenha ki pode trabadja ten ki sta inskritu na sentru di impregu di IEFP.

        ## Kantu ki bu ta resebe
        RSI ta kunpleta rendimentu di família ti un valor di referénsia, ki ta dipende di kantu pesoa ki ten na família. Es valor ta atualizadu ku IAS ({ $ias }). Konfirma bu kazu na Siguransa Sosial.

        ## Pasu
        1. Pidi RSI na Segurança Social Direta o na un sirvisu di atendimentu di Siguransa Sosial.
        2. Entrega dokumentu di tudu pesoa di família.
        3. Bai entrevista ku tékniku di ason sosial (técnico de ação social).
        4. Sina kontratu di inserson i kunpri kuzé ki bos kunbina.
        5. Avisa Siguransa Sosial di kalker mudansa: trabadju, rendimentu, morada o família.

        ## Dokumentu
        - Dokumentu di identifikason i títulu di residénsia di tudu algen.
        - NISS i NIF di tudu algen.
        - Komprovativu di rendimentu i extratu di banku.
        - Kontratu di arendamentu o komprovativu di morada.
        - Komprovativu di IBAN.

        ## Apoiu sosial urjenti
        - Bu fika sen kaza, sen kumida o bu sta na perigu: liga pa Linha Nacional de Emergência Social, { $social-emergency-phone }, di grasa, a kalker ora.
        - Bu pode pidi apoiu na sirvisu di ason sosial di Siguransa Sosial, di Kámara (câmara municipal) o di Junta de Freguesia. Na Lisboa, tanbê na Santa Casa da Misericórdia.
        - Es sirvisu pode da apoiu di bês en kandu pa kumida, rimédiu o renda, i manda-bu pa instituison di apoiu sosial i banku alimentar (bancos alimentares).
        - Si vida sta na perigu, liga { $emergency-phone }.

        ## Residénsia i apoiu sosial
        Si bu ten dúvida si un apoiu sosial pode pesa na renovason di bu autorizason di residénsia, pergunta na un CNAI o na AIMA antis di bu disidi.

        Na { $social-benefits-bill-debate-date } Parlamentu diskuti un projetu di lei pa pidi { $social-benefits-bill-years ->
            [one] { $social-benefits-bill-years } anu
           *[other] { $social-benefits-bill-years } anu
        } di residénsia legal a sidadon di fora di Union Europeia antis di es resebe apoiu sima RSI i abonu di família. Nu ka atxa notísia di aprovason di es projetu. Si bu obi flaba di régra nobu, konfirma na Siguransa Sosial.

        ## Kustu
        Pidi RSI o apoiu sosial e di grasa.

        ## Si kusa ka da dretu
        - Es rikuza pididu: pidi disizon pa skritu i reklama dentu di prazu.
        - Dúvida: Siguransa Sosial, { $ss-phone } o { $ss-phone-alt } ({ $ss-hours }).
        - Djuda na bu lingua: linha di apoiu pa imigranti (Linha de Apoio a Migrantes), { $lam-phone-landline } o { $lam-phone-mobile }.
    .keywords = RSI, rsi, rendimento social de inserção, rendimento social de insercao, rendimentu minimu, rendimento minimo, rendimento mínimo garantido, apoiu, apoio social, djuda di governu, ajuda do governo, ajuda do estado, ason sosial, ação social, acao social, asistenti sosial, assistente social, assistência social, pobreza, sen dinheru, sem dinheiro, sen kumida, sem comida, fomi, fome, pasa fomi, sen kaza, sem casa, sem abrigo, sem-abrigo, mora na rua, emerjensia sosial, emergência social, emergencia social, linha 144, { $social-emergency-phone }, banku alimentar, banco alimentar, kabas, cabaz, santa casa, junta de freguesia, kamara, câmara municipal, camara, renda, kontratu di inserson, contrato de inserção, siguransa sosial, segurança social, seguranca social
    .questions =
        RSI modi ki N ta pidi
        imigranti ten direitu a RSI?
        N ka ten dinheru nen kumida, pa kenha ki N ta pidi djuda?
        apoiu sosial urjenti na Siguransa Sosial
        N fika na rua oji, undi ki N ta dormi?
        kantu ki e RSI pa pesoa
        kantina sosial i banku alimentar
        N mesti títulu di residénsia pa RSI?
        djuda pa família ku pobreza grandi
        es rikuza nha RSI, kuzé ki N ta faze
