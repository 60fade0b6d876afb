# Trabalho: salários, horários, contratos e direitos de quem trabalha.

wages-and-hours = Salário mínimo, horário de trabalho, férias e subsídios
    .summary = Em { $minimum-wage-year }, o salário mínimo no continente é de { $minimum-wage } por mês, pago { $minimum-wage-payments } vezes por ano. O horário normal é de { $work-hours-day } horas por dia e { $work-hours-week } horas por semana, e tem direito a { $annual-leave-days } dias úteis de férias pagas.
    .body =
        Estas regras do Código do Trabalho valem para quem trabalha por conta de outrem, com ou sem contrato escrito, e também para quem ainda não tem autorização de residência. Quem fiscaliza é a ACT (Autoridade para as Condições do Trabalho).

        ## Salário mínimo
        - Em { $minimum-wage-year }, o salário mínimo ("retribuição mínima mensal garantida") é de { $minimum-wage } por mês, a tempo inteiro, no continente.
        - Os Açores e a Madeira têm valores próprios: confirme o da sua região.
        - Em tempo parcial, o mínimo é proporcional às horas de trabalho.
        - O valor costuma ser atualizado em janeiro de cada ano.
        - Todos os meses deve receber um recibo de vencimento com o salário bruto, os descontos e o valor líquido.

        ## Subsídio de férias e subsídio de Natal
        O salário é pago { $minimum-wage-payments } vezes por ano: o salário de cada mês, mais o subsídio de férias e o subsídio de Natal (o chamado 13.º e 14.º mês).
        - Subsídio de férias: um mês de salário base, pago antes das férias, salvo acordo.
        - Subsídio de Natal: um mês de salário, pago em dezembro, antes do Natal.
        - No ano em que entra e no ano em que sai, recebe a parte proporcional ao tempo trabalhado.
        - Os subsídios só podem ser pagos em partes, mês a mês ("duodécimos"), se houver acordo.

        ## Horário de trabalho
        - O horário normal é de { $work-hours-day } horas por dia e { $work-hours-week } horas por semana.
        - Um contrato coletivo, a "adaptabilidade" ou o "banco de horas" podem distribuir as horas de outra forma, dentro de limites da lei.
        - Tem direito a uma pausa para refeição e a descanso semanal.
        - A entidade patronal tem de manter um registo dos tempos de trabalho.

        ## Horas extra (trabalho suplementar)
        - As horas a mais pedidas pela entidade patronal são pagas com um acréscimo sobre a hora normal, maior em dias de descanso e feriados. O trabalho noturno também tem acréscimo. O contrato coletivo pode dar mais.
        - Aponte todos os dias a hora de entrada e de saída e guarde mensagens e escalas: são provas se não lhe pagarem.

        ## Férias
        - Tem direito a { $annual-leave-days } dias úteis de férias pagas por ano (dias de segunda a sexta, sem contar feriados).
        - No primeiro ano de contrato tem menos dias, conforme os meses trabalhados.
        - As férias são marcadas por acordo; sem acordo, marca a entidade patronal.
        - Trabalhar num feriado dá direito a pagamento extra ou a descanso.

        ## Mudanças em discussão
        Está em discussão uma reforma da lei do trabalho ("Trabalho XXI") que pode mudar regras de horário e de férias. Este texto segue a lei em vigor na data da última revisão desta página.

        ## Se algo correr mal
        1. Peça à entidade patronal, por escrito, o que lhe devem. Guarde cópia.
        2. Contacte a ACT: { $act-phone } ({ $act-hours }), ou apresente queixa em { $act-web }, em "Queixas e denúncias". A queixa pode ser anónima.
        3. Um sindicato também o pode ajudar.

        Não deixe passar muito tempo depois de o contrato acabar: os créditos salariais têm prazo.
    .keywords = salário mínimo, salario minimo, ordenado minimo, ordenado, salário, salario, vencimento, recibo de vencimento, horas extra, horas extras, hora extra, trabalho suplementar, horário, horario, horas de trabalho, jornada, folga, descanso, férias, ferias, subsídio de férias, subsidio de ferias, subsídio de Natal, subsidio de natal, 13 mês, 14 mês, décimo terceiro, decimo terceiro, feriado, trabalho noturno, banco de horas, patrão, patrao, não me paga, nao me paga, salários em atraso, ACT, RMMG, ordenado mínimo
