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
