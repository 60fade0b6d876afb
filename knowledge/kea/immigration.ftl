# Imigrason: autorizason di residénsia, vistu i AIMA.
# Testu traduzidu di fonti purtugês.

residence-permit-work = Autorizason di residénsia pa trabadja
    .summary = Pa bu mora i trabadja na Portugal, ku patron o pa bu konta, bu mesti un autorizason di residénsia (autorização de residência), ki bu ta pidi na AIMA. Dizdi 2024 bu ten ki txiga ku un vistu di residénsia: dja ka ta da pa legaliza ku un kontratu dipôs ki bu entra sima turista.
    .body =
        Autorizason di residénsia (tanbê ta txomadu "título de residência") e dokumentu ki ta da-bu direitu di mora i trabadja na Portugal. Kenha ki ta trata di el e AIMA (Agência para a Integração, Migrações e Asilo), ki toma lugar di antigu SEF na { $sef-abolished }.

        ## Kuzé ki muda
        - Dizdi { $manifestation-of-interest-ended } "manifestação de interesse" kaba: dja ka ta da pa pidi residénsia só ku un kontratu di trabadju dipôs ki bu entra sen vistu. Prosesu ki dja staba pendenti ta kontinua.
        - Ku Lei 61/2025, ki sta na vigor dizdi { $foreigners-law-2025-in-force }, vistu pa djobe trabadju (visto para procura de trabalho) fika só pa algen ku studu i formason altu (pessoas altamente qualificadas).

        ## Kenha ki pode pidi
        - Trabadjador ku patron (por conta de outrem), ku kontratu o promésa di kontratu di trabadju.
        - Trabadjador pa se konta (por conta própria, independente), ku atividadi abertu na Finanças.
        - Na kes dos kazu, bu ten ki entra ku un vistu di residénsia pa trabadju, dadu pa konsuladu di Portugal na bu tera.

        ## Pasu
        1. Pidi vistu di residénsia pa trabadju na konsuladu purtugês na tera undi bu ta mora.
        2. Entra na Portugal ku kel vistu. Normalmenti markason na AIMA ta fazedu otomatikamenti ora ki vistu sai.
        3. Bai atendimentu di AIMA na dia markadu, ku dokumentu orijinal.
        4. Paga taxa i spera disizon. Kartan di residénsia ta txiga pa koreiu na morada ki bu da.

        ## Dokumentu pa leba
        - Pasaporti válidu ku vistu di residénsia.
        - Kontratu di trabadju, promésa di kontratu o, si bu e independenti, diklarason di kumesu di atividadi (declaração de início de atividade).
        - Númeru di kontribuinti (NIF) i númeru di Siguransa Sosial (NISS).
        - Komprovativu di kaza (alojamento) i di mei pa bu vivi (meios de subsistência).
        - Rejistu kriminal (registo criminal) di bu tera.

        ## Kantu ki ta kusta i kantu tenpu ki ta dura
        AIMA atualiza tabéla di taxa (notísia di { $aima-fee-table-updated }); konfirma valor di oji na { $aima-web }. Purmeru autorizason ta vale normalmenti { $residence-permit-first-years ->
            [one] { $residence-permit-first-years } anu
           *[other] { $residence-permit-first-years } anu
        } i bu pode renova-l.

        ## Si kusa ka da dretu
        Si bu prosesu sta paradu, kontata AIMA pa formuláriu { $aima-contact-form }. Pa djuda na bu lingua, liga pa linha di apoiu pa imigranti (Linha de Apoio a Migrantes): { $lam-phone-landline } (telefoni fixu) o { $lam-phone-mobile } (telemóvel).
    .keywords = residensia, rezidensia, residénsia, autorizason di residensia, autorizason, autorização de residência, autorizacao de residencia, titulo de residencia, título de residência, AR, kartan di residensia, kartan, cartão de residência, cartao de residencia, papel, papeis, papéis, tra papel, trata papel, legaliza, legalizason, legalizar, legalização, fika legal, vistu, visto, vistu di trabadju, visto de trabalho, trabadja na portugal, trabadju, kontratu, kontratu di trabadju, contrato de trabalho, AIMA, aima, SEF, sef, manifestason di interesi, manifestação de interesse, manifestacao de interesse, independenti, independente, recibos verdes, konsuladu, consulado, turista

aima-appointments = Markason na AIMA i modi ki bu ta sigi bu prosesu
    .summary = AIMA ka ta faze markason pa telefoni. Markason ta fazedu otomatikamenti, ora ki vistu sai o ora ki bu manda pididu na un portal di AIMA, o bu ta pidi-l pa formuláriu di kontatu, ku un pididu só pa kada pesoa.
    .body =
        AIMA (Agência para a Integração, Migrações e Asilo) ta trata di autorizason di residénsia dizdi { $sef-abolished }, ora ki e toma lugar di SEF. Pa trata di un prosesu na un balkon di AIMA, bu mesti un markason (marcação, tanbê ta txomadu "agendamento").

        ## Modi ki ta fazedu markason
        - E ka pa telefoni. Linha jeral di AIMA ({ $aima-phone }) i email { $aima-email } e pa pidi informason, e ka pa marka.
        - Ku vistu di residénsia: ora ki konsuladu da vistu, ministériu di stranjeru (Ministério dos Negócios Estrangeiros) ta marka logu atendimentu na AIMA. Guarda mensajen ku dia, ora i lugar.
        - Ku pididu fetu na internet: si bu manda pididu na un portal di AIMA ({ $aima-portal-services }, { $aima-portal-servicos } o, pa renovason, { $aima-portal-renewals }), e AIMA ki ta marka i ta avisa-bu pa kontatu ki bu da.
        - Na otus kazu, o si markason nunka ka txiga, pidi-l pa formuláriu di kontatu { $aima-contact-form }.

        ## Pasu na formuláriu di kontatu
        1. Abri { $aima-contact-form }.
        2. Skodje asuntu ki sta más pertu di bu kazu.
        3. Skrebe bu nómi sima e sta na pasaporti, númeru di pasaporti i númeru di prosesu, si bu dja ten-l.
        4. Manda un pididu só pa kada pesoa. Pa familia, faze un pididu pa kada pesoa. Manda mésmu pididu txeu bês ka ta faze-l bai más rápidu.
        5. Guarda konfirmason i djobe bu email sénpri, tanbê pasta di spam (lixo).

        ## Sigi un prosesu pendenti
        - Entra na portal undi bu faze pididu i djobe modi ki prosesu sta.
        - Guarda sénpri komprovativu di envio (comprovativo de submissão) i númeru di prosesu: es ta mostra ma bu pididu sta ta anda.
        - Strutura di Mison (Estrutura de Missão), ki fazedu pa rekupera prosesu atrazadu, debeba kaba na { $aima-mission-structure-end }. Si bu prosesu staba la, pergunta AIMA, pa formuláriu, undi ki e sta gosi.

        ## Kuzé ki bu debe leba na dia
        - Pasaporti válidu i, si bu ten, vistu o títulu di residénsia.
        - Mensajen ku markason.
        - Dokumentu orijinal ki es pidi pa bu tipu di autorizason (pur izenplu, kontratu di trabadju), ku kópia.
        - NIF, NISS i komprovativu di morada.

        Txiga ku tenpu. Si bu ka pode bai, avisa AIMA pa formuláriu.

        ## Kustu
        Markason e di grasa. Bu ta paga taxa di pididu. Tabéla di taxa di AIMA muda ultimamenti: konfirma valor na { $aima-web }. Ka bu kunfia na algen ki ta bende-bu vaga o ki ta promete-bu markason rápidu: AIMA ka ta bende markason.

        ## Si kusa ka da dretu
        - Bu spera txeu i bu ka ten respósta: manda formuláriu un bês só, guarda komprovativu i ka bu manda pididu ripitidu.
        - Bu mesti djuda na bu lingua: liga pa linha di apoiu pa imigranti (Linha de Apoio a Migrantes), { $lam-phone-landline } (telefoni fixu) o { $lam-phone-mobile } (telemóvel o di stranjeru).
    .keywords = markason, markasan, marka, marka na aima, marcação, marcacao, marcar, agendamentu, agendamento, agenda, vaga, atendimentu, atendimento, AIMA, aima, SEF, sef, formulariu, formulario, formulário, contactenos, prosesu, prosesu paradu, prosesu pendenti, processo pendente, processo parado, djobe prosesu, estado do processo, konvokatoria, convocatória, notifikason, notificação, email di aima, telefoni di aima, liga pa aima, ningen ka ta atende, ka ta atende, ka ta responde, sen resposta, renovason, renova, renovação, renovacao, portal aima, biometria, entrevista, balkon aima, balcão aima, loja aima
