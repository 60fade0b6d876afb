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

        ## Si es rikuza bu pididu
        Kenha ki ta disidi e AIMA. Antis di rikuza, AIMA ten ki manda-bu un projetu di disizon ku motivu (“projeto de indeferimento”): kel-li e “audiência prévia”, ora ki bu ten direitu di fala. Normalmenti bu ten { $prior-hearing-working-days ->
            [one] { $prior-hearing-working-days } dia di trabadju
           *[other] { $prior-hearing-working-days } dia di trabadju
        } pa responde pa skritu, splika i djunta dokumentu ki sta falta. Responde sénpri dentu di prazu ki ben na karta: si bu ka responde, rikuza ta fika difinitivu.

        Disizon final di rikuza ten ki fla motivu, ma bu pode kontesta-l na tribunal i ki prazu ki bu ten. Bu pode:
        - reklama na AIMA mésmu (“reclamação”; prazu jeral e { $administrative-complaint-days ->
            [one] { $administrative-complaint-days } dia
           *[other] { $administrative-complaint-days } dia
        }) o rekori pa xefi di kenha ki disidi (“recurso hierárquico”);
        - kontesta disizon na tribunal administrativu, dentu di prazu ki sta na disizon.

        Rikuza pode ben djuntu ku un notifikason pa bu sai di Portugal pa bu vontadi, na un prazu kurtu. Djobe logu un advogadu; si bu ka pode paga, pidi “apoio judiciário” na Segurança Social. Es prazu-li ta ben di rezumu di lei ki advogadu i jornalista faze, djobedu na dizénbru di 2026, i ka di testu ofisial: konfirma-s na karta ki bu rasebe, na AIMA, na un CNAI o ku un advogadu.

        ## Si bu prusésu sta paradu
        Kontata AIMA pa formuláriu { $aima-contact-form }. Pa djuda na bu lingua, liga pa linha di apoiu pa imigranti (Linha de Apoio a Migrantes): { $lam-phone-landline } (telefoni fixu) o { $lam-phone-mobile } (telemóvel).
    .keywords = residensia, rezidensia, residénsia, autorizason di residensia, autorizason, autorização de residência, autorizacao de residencia, titulo de residencia, título de residência, AR, kartan di residensia, kartan, cartão de residência, cartao de residencia, papel, papeis, papéis, tra papel, trata papel, legaliza, legalizason, legalizar, legalização, fika legal, vistu, visto, vistu di trabadju, visto de trabalho, trabadja na portugal, trabadju, kontratu, kontratu di trabadju, contrato de trabalho, AIMA, aima, SEF, sef, manifestason di interesi, manifestação de interesse, manifestacao de interesse, independenti, independente, recibos verdes, konsuladu, consulado, turista, rikuza, rikuzadu, pididu rikuzadu, indeferimento, indeferido, projeto de indeferimento, audiência prévia, reklamason, reclamação, rekursu, recurso, tribunal administrativu, tribunal administrativo, sai di Portugal, advogadu, advogado
    .questions =
        modi ki N ta pidi residénsia pa trabadja na Portugal
        N entra sima turista i N atxa trabadju, N pode legaliza?
        vistu di trabadju pa Portugal modi ki N ta tira
        manifestason di interesi inda ta izisti?
        N ten kontratu di trabadju, modi ki N ta pidi títulu di residénsia na AIMA
        N pirdi trabadju dipôs di entrevista na AIMA, nha prosesu pode ser rikuzadu?
        residénsia pa trabadjador independenti ku recibos verdes
        es rikuza nha pididu di residénsia, kuzé ki N pode faze?
        nha prosesu sta paradu na AIMA más di un anu
        kantu ki ta kusta kartan di residénsia i kantu tenpu e ta dura

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
        - Strutura di Mison (Estrutura de Missão), ki fazedu pa rekupera prosesu atrazadu, fazi se últimu atendimentu prezensial na { $aima-mission-structure-last-day }, konformi un notísia. Prosesu ki staba la ta kontinua pa internet, i AIMA ta txoma pa e-mail kenha ki ten ki bai na un loja. Si bu ka sabe na ki pontu ki bu prosesu sta, pergunta pa formuláriu.

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
    .questions =
        modi ki N ta marka na AIMA
        N ka ta konsigi agendamentu na AIMA
        N ta liga AIMA i ningen ka ta atende
        formuláriu di kontatu di AIMA modi ki N ta prenxe
        modi ki N ta sigi nha prosesu na AIMA
        N ten markason na AIMA manhan, kuzé ki N ta leba?
        N falta markason na AIMA, N pode marka otu bês?
        un algen kre bende-m un vaga na AIMA, e golpi?
        N txiga ku vistu i inda N ka ten markason, kuzé ki N ta faze
        kantu tenpu AIMA ta leba pa responde

residence-permit-renewal = Renova autorizason di residénsia
    .summary = Autorizason di residénsia temporáriu ten ki renovadu na AIMA antis di e kaduka, normalmenti pa internet, na Portal das Renovações. Guarda resibu di pididu: e ta prova ma bu kontinua legal inkuantu bu sta ta spera kartan nobu.
    .body =
        Títulu di residénsia temporáriu ten data di validadi. Antis di kel data, pidi renovason na AIMA (Agência para a Integração, Migrações e Asilo), ki toma lugar di SEF na { $sef-abolished }. Purmeru autorizason ta vale normalmenti { $residence-permit-first-years ->
            [one] { $residence-permit-first-years } anu
           *[other] { $residence-permit-first-years } anu
        } i kada renovason { $residence-permit-renewal-years ->
            [one] { $residence-permit-renewal-years } anu
           *[other] { $residence-permit-renewal-years } anu
        }.

        ## Ki ora ki bu debe kumesa
        - Lei ta pidi pa bu faze pididu ti { $residence-permit-renewal-deadline-days ->
            [one] { $residence-permit-renewal-deadline-days } dia
           *[other] { $residence-permit-renewal-deadline-days } dia
        } antis di títulu kaduka.
        - Portal das Renovações ({ $aima-portal-renewals }) ta abri pididu normalmenti na fin di mes antis di mes ki títulu ta kaduka.
        - Si bu muda di trabadju, di morada o di pasaporti, fla-l na pididu.

        ## Pasu
        1. Rejista na Portal das Renovações ku bu email. Senha ta txiga pa email.
        2. Prenxe pididu i djunta dokumentu digitalizadu.
        3. Paga logu taxa ku guia ki portal ta da: guia ten prazu kurtu.
        4. Baxa resibu di pididu di renovason i guarda-l.
        5. Si AIMA txoma-bu, bai atendimentu ku dokumentu orijinal. Kartan nobu ta txiga pa koreiu.

        ## Dokumentu
        - Pasaporti válidu i títulu di residénsia ki bu ten gosi.
        - Mei pa bu vivi (meios de subsistência): kontratu di trabadju, resibu di salariu (recibos de vencimento) o diklarason di IRS.
        - Kaza (alojamento): kontratu di arendamentu o atestadu di residénsia di Junta de Freguesia.
        - Situason regularizadu na Finanças i na Siguransa Sosial (declarações de não dívida).
        - Studanti: komprovativu di matrikula i di aprovetamentu na studu.
        - Autorizason CPLP: rejistu kriminal di bu tera.

        ## Si títulu kaduka inkuantu bu sta ta spera
        - Resibu di pididu di renovason ta vale sima títulu di residénsia pa un prazu ki pode ser prolongadu. Anda sénpri ku títulu antigu i ku resibu.
        - Lei ta fla tanbê ma direitu di residénsia só ta kaduka { $residence-permit-grace-months ->
            [one] { $residence-permit-grace-months } mes
           *[other] { $residence-permit-grace-months } mes
        } dipôs di fin di validadi di títulu. Mésmu asi, un pididu fora di prazu pode da multa (coima).
        - Prorrogason jeral di validadi di títulu, ki fazedu na tenpu di pandemia, dja kaba.
        - Fora di Portugal, un títulu kadukadu ku resibu pode ka ser aseitadu. Antis di bu viaja, konfirma ku AIMA.

        ## Kustu
        Ku nobu tabéla di taxa di AIMA (notísia di { $aima-fee-table-updated }), renovason ta kusta, konformi notísia, entri { $aima-fee-renewal-min } i { $aima-fee-renewal-max }. Konfirma valor serti na { $aima-web }.

        ## Más tardi
        Ku { $permanent-residence-years ->
            [one] { $permanent-residence-years } anu
           *[other] { $permanent-residence-years } anu
        } di residénsia legal bu pode pidi autorizason di residénsia permanenti. Konfirma kondison na AIMA.

        ## Si kusa ka da dretu
        - Portal ka ta aseita pididu o e ta da eru: skrebe pa AIMA pa formuláriu { $aima-contact-form }, ku un pididu só.
        - Es rikuza pididu: disizon ten ki fla pamodi. Prazu pa reklama o rekori e kurtu: pidi logu apoiu jurídiku.
        - Pa djuda na bu lingua, liga pa linha di apoiu pa imigranti (Linha de Apoio a Migrantes): { $lam-phone-landline } (telefoni fixu) o { $lam-phone-mobile } (telemóvel).
    .keywords = renovason, renova, renovação, renovacao, renovar, renova titulu, renovar título, renovar titulo, renova residensia, renovar residência, renovar residencia, renova AR, renova kartan, renovar cartão de residência, kartan kaduka, titulu kadukadu, título caducado, titulo caducado, títulu vensidu, titulo vencido, residensia vensidu, residencia vencida, kartan vensidu, cartão vencido, dokumentu vensidu, kaduka, caducou, expirou, venceu, portal das renovações, portal renovacoes, portal-renovacoes, resibu di renovason, recibo de renovação, comprovativo de renovação, prorogason, prorrogação, prorrogacao, validadi, validade, AIMA, aima, SEF, sef, taxa di renovason, taxa de renovação, residensia permanenti, residência permanente, residencia permanente, longa duração, autorizason di residensia, autorização de residência, AR
    .questions =
        renova títulu di residénsia
        renovason otomátiku na portal di renovason
        nha kartan di residénsia kaduka i N inda ka renova
        títulu kadukadu, N pode viaja ku resibu di renovason?
        ora ki N ta kumesa renova autorizason di residénsia
        ki dokumentu N mesti pa renova residénsia
        N renova pa internet má kartan nobu inda ka txiga, N sta legal?
        kantu ki ta kusta renova títulu di residénsia
        residénsia permanenti dipôs di kantu anu
        portal di renovason ta da eru, kuzé ki N ta faze

visas-entry = Vistu pa entra na Portugal
    .summary = Vistu (visto) ta pididu antis di viaja, na konsuladu di Portugal di pais undi bu ta mora. Tipu di vistu ta disidi kuzé ki bu pode faze na Portugal: bizita, fika algun tenpu o ben mora i dipôs pidi autorizason di residénsia na AIMA.
    .body =
        Vistu ta da-bu autorizason pa entra na Portugal ku un sertu objetivu. E ta pididu antis di viajen, na konsuladu di Portugal di pais undi bu ta mora legal, txeu bês atravês di un sentru di vistu (VFS Global, BLS International o TLScontact). Kenha ki ta da vistu e Ministério dos Negócios Estrangeiros ({ $mne-visas-web }); dipôs ki bu entra, residénsia ta tratadu pa AIMA.

        ## Prinsipal tipu di vistu
        - Vistu di kurta duráson (visto de curta duração, visto Schengen): pa turismu, bizita o negósiu. E ta da pa fika ti { $schengen-short-stay-days ->
            [one] { $schengen-short-stay-days } dia
           *[other] { $schengen-short-stay-days } dia
        } na kada pirídu di { $schengen-reference-period-days ->
            [one] { $schengen-reference-period-days } dia
           *[other] { $schengen-reference-period-days } dia
        } na spasu Schengen. E ka ta da pa trabadja.
        - Vistu di estada temporáriu (visto de estada temporária): pa fika ti { $visa-temporary-stay-max-years ->
            [one] { $visa-temporary-stay-max-years } anu
           *[other] { $visa-temporary-stay-max-years } anu
        }, pur izenplu pa tratamentu médiku, trabadju di tenporada o formason. E ka ta da autorizason di residénsia.
        - Vistu di residénsia (visto de residência): pa ben mora na Portugal, pa trabadja, studa, faze invistigason, djunta ku família, vivi di rendimentu o di reforma, o trabadja a distánsia (nómada dijital). E ta da pa fika { $residence-visa-validity-months ->
            [one] { $residence-visa-validity-months } mes
           *[other] { $residence-visa-validity-months } mes
        }; nes tenpu bu ta pidi autorizason di residénsia na AIMA.
        - Vistu pa djobe trabadju kualifikadu (visto para procura de trabalho qualificado): dizdi { $foreigners-law-2025-in-force } (Lei 61/2025) e toma lugar di antigu vistu pa djobe trabadju i e só pa algen ku studu i formason altu, na profison ki Governu fixa. Konfirma na konsuladu si dja ta da pa pidi-l.

        ## Entra sen vistu
        Sidadon di alguns pais, sima Brazil i Timor-Leste, pode entra sen vistu pa fika poku tenpu. Má kenha ki entra sima turista ka pode trabadja nen pidi residénsia dipôs: "manifestação de interesse" kaba na { $manifestation-of-interest-ended } i, dizdi { $foreigners-law-2025-in-force }, sidadon di CPLP, sima kabuverdianu, tanbê mesti vistu di residénsia.

        ## Na frontera: EES i ETIAS
        - Dizdi { $ees-start }, sistema di entrada i saida di Uniãu Europeia (EES) ta rejista, na frontera di fora di spasu Schengen, kenha ki ka e sidadon di Uniãu Europeia i ki ta ben pa un stadia kurtu, ku vistu o sen vistu. Na purmeru bes ki bu ta entra, es ta toma markas di bu dedu i un fotu; kada entrada i saida ta fika rejistadu, na lugar di karimbu na pasaporti. Rejistu e di grasa i e ta fazedu na frontera mésmu. Es kumesa ta uza-l poku-poku, duranti { $ees-rollout-months ->
            [one] { $ees-rollout-months } mes
           *[other] { $ees-rollout-months } mes
        }.
        - Na aeroportu di Lisboa, Governu suspende EES duranti { $ees-lisbon-suspension-months ->
            [one] { $ees-lisbon-suspension-months } mes
           *[other] { $ees-lisbon-suspension-months } mes
        } a partir di { $ees-lisbon-suspended }, pamodi fila éra kumpridu dimás. Nu ka konsigi konfirma modi ki e ta funsiona oji: konta ku spera óras ki bu txiga.
        - ETIAS e un autorizason di viaji ki ta pididu na internet (e ka vistu), pa kenha ki pode entra sen vistu, pa izénplu sidadon di Brazil o di Timor-Leste. Es fla ma e ta kumesa na últimu trimestri di 2026, ma fonti ki nu djobe na dizénbru di 2026 ka ta bate: un ta fla ma e ta bira obrigatóriu só a partir di abril di 2027. Antis di viaja, konfirma na saiti ofisial di Uniãu Europeia o na konsuladu si dja e presizu, i toma kuidadu ku saiti ki ta kobra dinheru pa faze pididu.

        ## Pasu
        1. Skodje vistu konformi motivu di viajen i marka entrega di pididu.
        2. Entrega dokumentu i paga taxa; valor i tenpu di disizon ta dipende di vistu i di konsuladu. Ka bu kunpra pasajen antis di disizon.
        3. Ku vistu di residénsia, entra na Portugal dentu di validadi. Markason na AIMA ta fazedu normalmenti otomatikamenti ora ki vistu sai.

        ## Dokumentu ki es ta pidi más
        - Pasaporti válidu pa más di fin di estada, i fotu.
        - Siguru di viajen o di saúdi.
        - Prova di mei pa bu vivi (meios de subsistência) i di kaza (alojamento).
        - Rejistu kriminal (registo criminal) di pais undi bu ta mora, pa vistu di estada temporáriu i di residénsia.
        - Dokumentu di motivu: kontratu o promésa di trabadju, karta di aseitason di skola, konvite o rezerva.

        ## Si kusa ka da dretu
        - Es rikuza vistu: disizon ten ki fla pamodi i modi ki bu pode kontesta.
        - Fika dipôs di fin di vistu pode da multa (coima), expulson di pais i proibison di volta.
        - Dizkonfia di algen ki ta bende vistu, markason o kontratu falsu.
        - Pa djuda na bu lingua, liga pa linha di apoiu pa imigranti (Linha de Apoio a Migrantes): { $lam-phone-landline } (telefoni fixu) o { $lam-phone-mobile } (telemóvel).
    .keywords = vistu, visto, vistos, visa, tipu di vistu, tipos de visto, vistu di turista, visto de turista, visto turismo, visto Schengen, schengen, vistu kurtu, visto de curta duração, visto de estada temporária, visto temporario, vistu di residensia, visto de residência, visto de residencia, visto D, vistu pa djobe trabadju, visto de procura de trabalho, visto procura de trabalho, visto procura de emprego, procura de trabalho qualificado, job seeker, vistu di studanti, visto de estudante, visto nómada digital, nomade digital, visto D7, reformadu, reformado, konsuladu, consulado, embaxada, embaixada, VFS, VFS Global, BLS, TLScontact, MNE, entra na portugal, entrar em Portugal, entrada, frontera, fronteira, aeroportu, aeroporto, turista, fika ilegal, overstay, sen vistu, sem visto, isenção de visto, ben pa portugal, vir para Portugal, imigra, imigrar, kabu verdi, cabo verde, EES, ETIAS, sistema di entrada i saida, entrada saida, karimbu, karimbu na pasaporti, carimbo no passaporte, marka di dedu, impressões digitais, biometria, autorizason di viaji, autorização de viagem, fila na aeroportu
    .questions =
        ki vistu N mesti pa ben mora na Portugal
        vistu pa djobe trabadju inda ta izisti?
        kabuverdianu mesti vistu pa entra na Portugal?
        ku vistu di turista N pode trabadja?
        vistu pa kenha ki ta vive di rendimentu o reforma
        vistu di nómada dijital Portugal
        pidi vistu na konsuladu purtugês na Praia
        ETIAS i EES kuzé ki ta muda na frontera
        vistu di residénsia pa trabadju ki dokumentu es ta pidi
        es nega-m vistu na konsuladu, N pode rekore?

family-reunification = Reagrupamentu familiar: traze família
    .summary = Kenha ki ten autorizason di residénsia na Portugal pode pidi AIMA reagrupamentu familiar (reagrupamento familiar), pa traze mudjer o maridu, fidju i, na sertu kazu, pai i mai. Dizdi Lei 61/2025, na régra bu só pode pidi dipôs di algun tenpu di residénsia, ku eseson, i bu ten ki prova mei pa bu vivi i kaza.
    .body =
        Ku reagrupamentu familiar, bu família ta ben mora ku bo na Portugal. Kenha ki ta pidi e rezidenti, na AIMA (Agência para a Integração, Migrações e Asilo). Dipôs ki pididu e aprovadu, família ta pidi vistu di residénsia na konsuladu di Portugal undi es ta mora.

        ## Kuzé ki muda ku Lei 61/2025
        Dizdi { $foreigners-law-2025-in-force }:
        - Na régra, bu só pode pidi dipôs di bu ten autorizason di residénsia dja { $family-reunification-wait-years ->
            [one] { $family-reunification-wait-years } anu
           *[other] { $family-reunification-wait-years } anu
        }.
        - Ka ten spera pa fidju menor o inkapas ki sta a bu kargu, nen pa kenha ki ten Cartão Azul UE, autorizason pa atividadi altamenti kualifikadu o pa investimentu. Sigundu notísia di aprovason di lei, tanbê ka ten spera pa mudjer, maridu o konpanheru óras ki ten fidju asin a kargu.
        - Spera e más kurtu pa mudjer, maridu o konpanheru ki dja staba ta mora ku bo antis di bu ben pa Portugal. Fonti ki nu atxa ka ta bate sobri kantu tenpu i ku kuzê kondison: pergunta AIMA o un advogadu.
        - Apoiu sosial ka ta konta sima mei pa bu vivi.
        - Dipôs ki es txiga, família debe partisipa na medida di integrason, sima prende purtugês.
        - Refujiadu ten régra própi, más favorável.

        ## Kenha ki ta konta sima família
        - Kónjuji (mudjer o maridu) o konpanheru na união de facto komprovadu.
        - Fidju menor o inkapas, di kazal o di un di es dos, tanbê adotadu.
        - Fidju maior, solteru, a bu kargu, ki sta ta studa na Portugal.
        - Bu pai o bu mai, o di bu kónjuji, si es sta a bu kargu.
        - Irmon menor ki sta sob bu tutela.

        ## Pasu
        1. Konfirma si bu dja pode pidi o si bu ten un eseson.
        2. Djunta dokumentu, ku apostila o legalizason i tradoson, si es e di stranjeru.
        3. Faze pididu na AIMA. Si bu ka sabe modi, pergunta pa formuláriu { $aima-contact-form }.
        4. Paga taxa. Tabéla di taxa muda (notísia di { $aima-fee-table-updated }): konfirma valor na { $aima-web }.
        5. Sigundu rezumu di lei, AIMA ten ti { $family-reunification-decision-months ->
            [one] { $family-reunification-decision-months } mes
           *[other] { $family-reunification-decision-months } mes
        } pa disidi, i más na kazu konplikadu; un notísia di aprovason di lei ta fala di { $family-reunification-decision-days-reported ->
            [one] { $family-reunification-decision-days-reported } dia
           *[other] { $family-reunification-decision-days-reported } dia
        }. Nu ka atxa testu ofisial: pergunta AIMA.
        6. Ora ki pididu e aprovadu, família ta pidi vistu, ta entra i ta trata di autorizason di residénsia na AIMA.

        ## Dokumentu
        - Bu títulu di residénsia i pasaporti di tudu algen.
        - Sertidon di kazamentu i di nasimentu, o prova di união de facto.
        - Mei pa bu vivi (meios de subsistência): kontratu di trabadju, resibu di salariu, diklarason di IRS. Valor ki es ta pidi ta kalkuladu a partir di salariu mínimu ({ $minimum-wage }) i e ta kresi ku númeru di pesoa.
        - Kaza adekuadu (alojamento): kontratu di arendamentu o skritura.
        - Rejistu kriminal di família ki e adultu.
        - Pa pai, mai i fidju maior: prova ma es ta dipende di bo.

        ## Si kusa ka da dretu
        - Si bu família dja sta na Portugal, pergunta AIMA si pididu pode fazedu li.
        - Es rikuza pididu: antis di rikuza, AIMA ten ki obi-bu (“audiência prévia”), i disizon ten ki fla pamodi i modi ki bu pode kontesta-l. Prazu e kurtu: pidi logu apoiu jurídiku.
        - Pa djuda na bu lingua, liga pa linha di apoiu pa imigranti (Linha de Apoio a Migrantes): { $lam-phone-landline } (telefoni fixu) o { $lam-phone-mobile } (telemóvel).
    .keywords = reagrupamentu familiar, reagrupamentu, reagrupamento familiar, reagrupamento, reagrupar, reunificação familiar, reunificacao familiar, reuniao familiar, traze familia, traze família, trazer a família, trazer a familia, trazer familia, traze nha familia, traze nha mudjer, traze mudjer, trazer esposa, traze maridu, trazer marido, traze fidju, traze nha fidju, trazer filhos, traze pai, traze mai, trazer os pais, txoma familia, chamar a família, familia, família, konjuji, cônjuge, conjuge, mudjer, esposa, maridu, marido, fidju, filhos, menor, menores, pai, pais, uniao di fatu, união de facto, uniao de facto, vistu di reagrupamentu, visto de reagrupamento, visto familiar, mei pa vivi, meios de subsistência, meios de subsistencia, alojamento, lei 61/2025, AIMA, SEF
    .questions =
        reagrupamentu familiar modi ki N ta traze nha mudjer
        N kre traze nhas fidju di Kabu Verdi pa Portugal
        kantu tenpu di residénsia N mesti pa pidi reagrupamentu
        N pode traze nha pai i nha mai pa Portugal?
        kantu ki N ten ki ganha pa reagrupamentu familiar
        lei 61/2025 kuzé ki muda na reagrupamentu
        nha maridu sta li sima turista, N pode pidi reagrupamentu pa el?
        união de facto ta konta pa reagrupamentu?
        sertidon di kazamentu apostiladu pa reagrupamentu
        AIMA rikuza nha reagrupamentu, modi ki N ta rekore

asylum-protection = Pidi azilu o proteson internasional
    .summary = Kenha ki foji di se pais pamodi perseguison, gera o un risku grávi pode pidi proteson internasional (proteção internacional) na Portugal: statutu di refujiadu o proteson subsidiáriu. Pididu ta fazedu na AIMA o na kalker pulísia, e di grasa i, inkuantu e ta analizadu, ningen ka pode manda pesoa volta.
    .body =
        Proteson internasional e pa kenha ki ka pode volta pa se pais pamodi e ta kore perigu. Kenha ki ta analiza i ta disidi pididu e AIMA (Agência para a Integração, Migrações e Asilo), konformi Lei di Azilu (Lei do Asilo, Lei 27/2008). Pidi proteson e di grasa.

        Régras nobu di Union Europeia sobri azilu (Pactu sobri Migrason i Azilu) sta ta aplikadu dizdi { $eu-asylum-pact-applies }. Es pode muda pasus i prazus ki sta li, i nu ka atxa lei di Purtugal ki ta pô-s na prátika. Antis di kada pasu, konfirma ku Conselho Português para os Refugiados (CPR) o ku un advogadu.

        ## Ki proteson ki ten
        - Statutu di refujiadu (estatuto de refugiado): pa kenha ki ten medu, ku razon, di ser persegidu pamodi rasa, rilijion, nasionalidadi, opinion pulítiku o pamodi e ta faze parti di un sertu grupu sosial.
        - Proteson subsidiáriu (proteção subsidiária): pa kenha ki ta kore risku di ofensa grávi si e volta, sima pena di morti, tortura o violénsia di un gera.
        - Proteson temporáriu (proteção temporária): rejimi europeu pa pesoa dislokadu en númeru grandi, oji kes ki foji di gera na Ukránia.

        ## Modi ki bu ta pidi
        1. Pidi proteson más dipresa ki bu pode: ora ki bu txiga, na autoridadi di frontera; si bu dja sta na Portugal, na AIMA o na kalker pulísia (PSP o GNR), ki ta manda pididu. Fla klaru ma bu sta ta pidi azilu.
        2. Resebe diklarason ki ta komprova pididu (declaração comprovativa) i guarda-l: e ta prova ma bu sta legal na Portugal.
        3. Na entrevista, ku intérpreti di grasa, konta tudu bu stória.
        4. AIMA ta disidi purmeru si e ta aseita analiza pididu. Si e aseita, bu ta resebe un autorizason di residénsia provizóriu, ki ta renovadu ti disizon final.
        5. Si antis bu pasa pa otu pais di Union Europeia, Portugal pode pidi kel pais pa trata di pididu.

        ## Direitu inkuantu bu sta ta spera
        - Es ka pode manda-bu volta pa pais di undi bu foji.
        - Saúdi na Sirvisu Nasional di Saúdi (SNS) i skola pa mininu.
        - Ku autorizason di residénsia provizóriu bu pode trabadja.
        - Apoiu sosial i kaza, si bu ka ten mei.
        - Apoiu jurídiku di grasa.
        - Pididu e konfidensial: autoridadi di bu pais ka ta sabe.

        ## Dokumentu pa leba
        Leba kuzé ki bu ten: pasaporti o otu dokumentu di identifikason, dokumentu di família i prova di perigu (ameasa, notísia, relatóriu médiku). Si bu ka ten dokumentu, bu pode pidi mésmu asi.

        ## Proteson temporáriu (Ukránia)
        - E pa ukranianu i otus pesoa ki staba ta mora na Ukránia i ki foji di gera.
        - E ta pididu na AIMA. E ta da un autorizason di residénsia i, otomatikamenti, NIF, NISS i númeru di utenti di SNS.
        - Union Europeia prolonga es rejimi ti { $temporary-protection-until }. Konfirma na { $aima-web } si ten nobu prorogason.

        ## Si kusa ka da dretu
        - Es rikuza pididu: prazu pa rekori pa tribunal e di poku dia. Pidi logu apoiu jurídiku o djuda na Conselho Português para os Refugiados (CPR).
        - Si es ngana-bu o es obriga-bu trabadja, bu pode ser vítima di tráfiku: liga { $trafficking-phone }.
        - Na perigu di gósi, liga { $emergency-phone }.
        - Pa djuda na bu lingua, liga pa linha di apoiu pa imigranti (Linha de Apoio a Migrantes): { $lam-phone-landline } (telefoni fixu) o { $lam-phone-mobile } (telemóvel).
    .keywords = azilu, asilo, azilu pulitiku, asilo político, asilo politico, pidi azilu, pedir asilo, pedido de asilo, refujiadu, refugiado, refugiada, refugiados, refujiu, refúgio, refugio, statutu di refujiadu, estatuto de refugiado, proteson internasional, proteção internacional, protecao internacional, proteção subsidiária, protecao subsidiaria, proteson temporariu, proteção temporária, protecao temporaria, proteção humanitária, perseguison, perseguição, perseguicao, gera, guerra, foji di gera, fugi da guerra, foji, fugir, N foji di nha tera, fugi do meu pais, pidi proteson, pedir proteção, ameasa di morti, ameaça de morte, Ucrânia, Ucrania, ukranianu, ucraniano, deslocados, autorização de residência provisória, declaração comprovativa, CPR, ACNUR, UNHCR, Dublin, AIMA, SEF, asylum
    .questions =
        modi ki N ta pidi azilu na Portugal
        refujiadu na Portugal ten ki direitu
        N foji di gera na nha tera, N pode pidi proteson?
        "proteção temporária" pa ukranianu modi ki e ta pididu
        pidi azilu na aeroportu
        inkuantu N sta ta spera resposta di azilu N pode trabadja?
        pidi azilu ta kusta dinheru?
        es ta persigi-m na nha tera pamodi pulítika, kuzé ki N ta faze
        es rikuza nha azilu, kuzé ki N ta faze
        statutu di refujiadu i proteson subsidiáriu kal ki e diferensa

student-residence = Residénsia pa studanti i invistigador
    .summary = Pa studa o faze invistigason na Portugal bu mesti, na régra, un vistu di studu o di invistigason, pididu na konsuladu, i dipôs un autorizason di residénsia dadu pa AIMA. Kenha ki ta studa na ensinu superior pode trabadja, si e komunika-l na AIMA.
    .body =
        Studanti i invistigador di fora di Union Europeia mesti un autorizason di residénsia, dadu pa AIMA (Agência para a Integração, Migrações e Asilo). Kandidatura pa kursu ta fazedu na universidadi o na politékniku; DGES (Direção-Geral do Ensino Superior, { $dges-web }) ten lista di instituison rekonxedu.

        ## Kenha ki pode pidi
        - Studanti di ensinu superior (lisensiatura, mestradu, doutoramento) aseitadu na un instituison rekonxedu.
        - Alunu di ensinu sekundáriu, stajiáriu, voluntáriu i kenha ki ta partisipa na prugrama di intersánbiu.
        - Invistigador i profesor di ensinu superior ku kontratu o konvenson di akolhimentu (convenção de acolhimento) ku un universidadi o sentru di invistigason.

        ## Pasu
        1. Tra karta di aseitason o kontratu ku instituison.
        2. Pidi vistu di residénsia pa studu o pa invistigason na konsuladu di Portugal di pais undi bu ta mora ({ $mne-visas-web }). Pa kursu kurtu pode basta un vistu di estada temporáriu.
        3. Entra na Portugal inkuantu vistu sta válidu. Markason na AIMA ta fazedu normalmenti otomatikamenti ora ki vistu sai.
        4. Bai AIMA na dia markadu ku dokumentu orijinal. Kartan ta txiga pa koreiu.
        5. Pidi NIF i númeru di utenti di SNS; si bu bai trabadja, tanbê NISS.

        ## Dokumentu
        - Pasaporti válidu ku vistu.
        - Komprovativu di matrikula o di aseitason i, si ten, di pagamentu di propina.
        - Mei pa bu vivi (meios de subsistência): bolsa, extratu di banku o termu di responsabilidadi (termo de responsabilidade) di kenha ki ta sustenta-bu.
        - Komprovativu di kaza (alojamento).
        - Siguru di saúdi, si es pidi.
        - Rejistu kriminal di bu tera.
        - Invistigador: kontratu o konvenson di akolhimentu.

        ## Trabadja inkuantu bu ta studa
        - Kenha ki ta studa na ensinu superior pode trabadja pa un patron o pa se konta, dizdi ki trabadju e komplementar a studu i ki e komunika-l na AIMA.
        - Na renovason, AIMA ta pidi prova di matrikula i di aprovetamentu na studu. Si bu para di studa, títulu pode ka ser renovadu.
        - Alunu di ensinu sekundáriu i stajiáriu debe konfirma na AIMA si es pode trabadja.

        ## Ora ki kursu kaba
        Bu pode pidi otu tipu di autorizason di residénsia, pur izenplu pa trabadja, si bu kunpri kondison. Faze pididu antis di títulu di studanti kaduka i konfirma kaminhu na AIMA.

        ## Kustu
        Ten un taxa di konsuladu pa vistu i un taxa di AIMA pa autorizason. Tabéla di AIMA muda (notísia di { $aima-fee-table-updated }): konfirma na { $aima-web }.

        ## Si kusa ka da dretu
        - Pidi djuda na gabineti di relason internasional di bu instituison.
        - Prosesu paradu na AIMA: uza formuláriu { $aima-contact-form }, ku un pididu só.
        - Pa djuda na bu lingua, liga pa linha di apoiu pa imigranti (Linha de Apoio a Migrantes): { $lam-phone-landline } (telefoni fixu) o { $lam-phone-mobile } (telemóvel).
    .keywords = studanti, estudante, estudantes, studa na portugal, estudar em Portugal, estudar em portugal, vistu di studanti, visto de estudante, vistu di studu, visto de estudo, visto para estudar, residensia di studanti, residência de estudante, residencia de estudante, autorização de residência para estudo, studanti internasional, estudante internacional, intersanbiu, intercâmbio, intercambio, Erasmus, universidadi, universidade, fakuldadi, faculdade, politekniku, politécnico, politecnico, mestradu, mestrado, doutoramento, lisensiatura, licenciatura, pós-graduação, propina, propinas, matrikula, matrícula, matricula, invistigador, investigador, pesquisador, investigação, bolsa, bolseiro, bolsista, convenção de acolhimento, trabadja i studa, trabalhar e estudar, studanti pode trabadja, estudante pode trabalhar, part-time, DGES, AIMA, SEF
    .questions =
        vistu di studanti pa Portugal
        residénsia pa studanti na AIMA
        studanti pode trabadja na Portugal?
        N kaba mestradu, N pode fika li ta trabadja?
        vistu di studu pa universidadi ki dokumentu N mesti
        residénsia pa invistigador ku bolsa di doutoramentu
        N e studanti i N kre trabadja part-time, N ten ki avisa AIMA?
        kantu dinheru N ten ki mostra pa vistu di studanti
        nha fidju ta ben studa na Coimbra, ki vistu el mesti?

cplp-mobility = Autorizason di residénsia CPLP
    .summary = Sidadon di pais di lingua purtugês undi Akordu di Mobilidadi di CPLP sta na vigor, sima Kabu Verdi, pode pidi AIMA autorizason di residénsia CPLP, ku régra más simplis. Dizdi Lei 61/2025 bu ten ki txiga Portugal ku un vistu di residénsia: dja ka ta da pa entra sima turista i pidi dipôs.
    .body =
        Autorizason di residénsia CPLP (AR CPLP) ta ben di Akordu di Mobilidadi (Acordo de Mobilidade) entri Stadu-Menbru di Komunidadi di Pais di Lingua Purtugês (Comunidade dos Países de Língua Portuguesa). E ta serbi pa mora, trabadja o studa na Portugal. Vistu ta dadu pa konsuladu di Portugal; autorizason di residénsia ta dadu pa AIMA (Agência para a Integração, Migrações e Asilo).

        ## Kenha ki pode pidi
        Sidadon di Angola, Brazil, Kabu Verdi, Giné-Bisau, Giné Ekuatorial, Musanbiki, San Tomé i Prínsipi i Timor-Leste, si akordu sta na vigor pa se pais. Konfirma na konsuladu.

        ## Kuzé ki muda
        - Dizdi { $foreigners-law-2025-in-force } (Lei 61/2025) e obrigatóriu entra ku un vistu di residénsia. Kenha ki entra sima turista, mésmu sen mesti vistu, sima brazileru i timorensi, dja ka pode pidi AR CPLP na Portugal.
        - Ku Lei 9/2025, AR CPLP pasa ta ser un kartan igual a kel di otus autorizason di residénsia, ku mésmu validadi, i e ta da pa viaja na spasu Schengen. Antigu fodja di papel (A4) sta ta ser trokadu pa kel kartan: sigi instruson ki AIMA manda-bu.

        ## Pasu
        1. Pidi vistu di residénsia na konsuladu di Portugal di pais undi bu ta mora, o na sentru di pididu di vistu. Fla ma bu e sidadon di CPLP.
        2. Entra na Portugal. Vistu di residénsia ta vale { $residence-visa-validity-months ->
            [one] { $residence-visa-validity-months } mes
           *[other] { $residence-visa-validity-months } mes
        }: trata di autorizason dentu di kel tenpu.
        3. Pidi AR CPLP na AIMA. Markason o pididu online ta tratadu normalmenti otomatikamenti dipôs ki vistu sai; si bu ka resebe nada, uza formuláriu { $aima-contact-form }.
        4. Kartan ta txiga pa koreiu na morada ki bu da.

        ## Dokumentu
        - Pasaporti válidu ku vistu di residénsia.
        - Rejistu kriminal di bu tera. AIMA ta konsulta kel purtugês.
        - NIF i komprovativu di morada na Portugal.
        - Otus dokumentu ta dipende di motivu (trabadju, studu o otu): konsuladu ta fla-bu kal ki es e.

        ## Validadi i renovason
        Purmeru autorizason ta vale { $residence-permit-first-years ->
            [one] { $residence-permit-first-years } anu
           *[other] { $residence-permit-first-years } anu
        } i kada renovason { $residence-permit-renewal-years ->
            [one] { $residence-permit-renewal-years } anu
           *[other] { $residence-permit-renewal-years } anu
        }. Renova antis di kaduka, na Portal das Renovações ({ $aima-portal-renewals }). Na renovason es ta pidi otu bês rejistu kriminal di bu tera.

        ## Kustu
        Taxa antigu di AR CPLP dja rivogadu i tabéla di taxa di AIMA muda (notísia di { $aima-fee-table-updated }). Konfirma valor di oji na { $aima-web } i taxa di vistu na konsuladu.

        ## Si kusa ka da dretu
        - Bu pidi AR CPLP antis di { $foreigners-law-2025-in-force } dipôs ki bu entra sima turista: pergunta AIMA, pa formuláriu, undi ki bu prosesu sta. Ka bu ripiti pididu.
        - Bu inda ten fodja A4 i AIMA ka kontata-bu: pergunta pa formuláriu.
        - Pa djuda, liga pa linha di apoiu pa imigranti (Linha de Apoio a Migrantes): { $lam-phone-landline } (telefoni fixu) o { $lam-phone-mobile } (telemóvel).
    .keywords = CPLP, cplp, AR CPLP, residensia CPLP, residência CPLP, residencia cplp, autorizason CPLP, autorização de residência CPLP, autorizacao de residencia cplp, akordu di mobilidadi, acordo de mobilidade, mobilidade CPLP, vistu CPLP, visto CPLP, lusofonu, lusófono, lusofono, países de língua portuguesa, PALOP, kabuverdianu, kabuverdiana, cabo-verdiano, cabo verdiano, caboverdiano, kabu verdi, Cabo Verde, brazileru, brasileiro, Brasil, angolano, Angola, guineense, Guiné-Bissau, Guine Bissau, moçambicano, Moçambique, santomense, São Tomé, timorense, Timor-Leste, Guiné Equatorial, fodja A4, folha A4, papel A4, kartan CPLP, cartão CPLP, entra sima turista, entrar como turista, turista, legaliza, legalizar, legalização, AIMA, SEF
    .questions =
        autorizason di residénsia CPLP modi ki N ta pidi
        kabuverdianu pode pidi residénsia CPLP?
        residénsia CPLP ku papel A4 inda ta vale?
        N entra sima turista, inda N pode pidi CPLP?
        CPLP gosi ta pidi vistu?
        vistu CPLP na konsuladu na Praia
        renova residénsia CPLP
        ku residénsia CPLP N pode viaja pa Europa?
        kantu ki ta kusta residénsia CPLP
