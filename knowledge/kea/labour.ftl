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
        - Subsídiu só pode ser pagu aos bokadu, mes a mes ("duodécimos"), si ten akordu.

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
        Sta na diskuson un reforma di lei di trabadju ("Trabalho XXI") ki pode muda régra di oráriu i di féria. Es testu ta sigi lei ki staba na vigor na data di últimu rivizon di es pájina.

        ## Si kusa ka da dretu
        1. Pidi patron, pa skritu, kuzé ki e ta debe-bu. Guarda kópia.
        2. Kontata ACT: { $act-phone } ({ $act-hours }), o faze keixa na { $act-web }, na "Queixas e denúncias". Keixa pode ser anónimu.
        3. Un sindikatu tanbê pode djuda-bu.

        Ka bu dexa pasa txeu tenpu dipôs ki kontratu kaba: dinheru di salariu ki es ta debe-bu (créditos salariais) ten prazu.
    .keywords = salariu minimu, salariu mínimu, salario minimo, salário mínimo, salariu, salario, ordenadu, ordenado, ordenado minimo, vencimento, resibu, resibu di salariu, recibo de vencimento, ora extra, oras extra, horas extra, hora extra, trabalho suplementar, orariu, horario, horário, ora di trabadju, kantu ora, folga, diskansu, descanso, feria, ferias, férias, subsidiu di feria, subsidio de ferias, subsídio de férias, subsidiu di natal, subsidio de natal, 13 mes, 14 mes, desimu terseru, decimo terceiro, feriadu, feriado, trabadju di noti, trabalho noturno, banco de horas, patron, patrão, patrao, patron ka ta paga, ka ta paga-m, ka paga-m, salariu atrazadu, salários em atraso, ACT, RMMG, kantu ki e salariu
