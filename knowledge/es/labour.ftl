# Trabajo: salarios, horarios, contratos y derechos de quien trabaja.

wages-and-hours = Salario mínimo, horario de trabajo, vacaciones y pagas extra
    .summary = En { $minimum-wage-year }, el salario mínimo en el territorio continental es de { $minimum-wage } al mes, pagado { $minimum-wage-payments } veces al año. La jornada normal es de { $work-hours-day } horas al día y { $work-hours-week } horas a la semana, y usted tiene derecho a { $annual-leave-days } días hábiles de vacaciones pagadas.
    .body =
        Estas reglas del Código del Trabajo (Código do Trabalho) valen para todas las personas empleadas, con o sin contrato escrito, y también para quien todavía no tiene permiso de residencia. Quien controla que se cumplan es la ACT (Autoridade para as Condições do Trabalho), la inspección de trabajo.

        ## Salario mínimo
        - En { $minimum-wage-year }, el salario mínimo ("retribuição mínima mensal garantida") es de { $minimum-wage } al mes, a tiempo completo, en el territorio continental.
        - Azores y Madeira tienen sus propios valores: confirme el de su región.
        - A tiempo parcial, el mínimo es proporcional a las horas que trabaja.
        - El valor suele actualizarse en enero de cada año.
        - Cada mes le tienen que dar un recibo de sueldo (recibo de vencimento) con el salario bruto, los descuentos y lo que cobra en mano (líquido).

        ## Paga de vacaciones y paga de Navidad
        El salario se paga { $minimum-wage-payments } veces al año: el sueldo de cada mes, más la paga de vacaciones (subsídio de férias) y la paga de Navidad o aguinaldo (subsídio de Natal). Es lo que se conoce como el mes 13 y el mes 14.
        - Paga de vacaciones: un mes de salario base, pagado antes de las vacaciones, salvo que se acuerde otra cosa.
        - Paga de Navidad: un mes de salario, pagado en diciembre, antes de Navidad.
        - El año en que empieza y el año en que se va, recibe la parte proporcional al tiempo trabajado.
        - Las pagas solo se pueden repartir mes a mes ("duodécimos") si hay acuerdo.

        ## Horario de trabajo
        - La jornada normal es de { $work-hours-day } horas al día y { $work-hours-week } horas a la semana.
        - Un convenio colectivo, la "adaptabilidade" o el "banco de horas" pueden repartir las horas de otra forma, dentro de los límites de la ley.
        - Tiene derecho a una pausa para comer y a descanso semanal.
        - El empleador tiene que llevar un registro de las horas de trabajo.

        ## Horas extra (trabajo suplementario)
        - Las horas de más que le pide el empleador se pagan con un recargo sobre la hora normal, mayor en días de descanso y feriados. El trabajo nocturno también tiene recargo. El convenio colectivo puede dar más.
        - Anote todos los días la hora de entrada y de salida, y guarde mensajes y turnos: son pruebas si no le pagan.

        ## Vacaciones
        - Tiene derecho a { $annual-leave-days } días hábiles de vacaciones pagadas al año (días de lunes a viernes, sin contar feriados).
        - El primer año de contrato tiene menos días, según los meses trabajados.
        - Las vacaciones se fijan de común acuerdo; si no hay acuerdo, las fija el empleador.
        - Trabajar en un feriado da derecho a un pago extra o a un descanso.

        ## Cambios en discusión
        Se está discutiendo una reforma de la ley laboral ("Trabalho XXI") que puede cambiar reglas de horario y de vacaciones. Este texto sigue la ley vigente en la fecha de la última revisión de esta página.

        ## Si algo sale mal
        1. Pida por escrito al empleador lo que le deben. Guarde una copia.
        2. Contacte a la ACT: { $act-phone } ({ $act-hours }), o presente una queja en { $act-web }, en "Queixas e denúncias" (quejas y denuncias). La queja puede ser anónima.
        3. Un sindicato también le puede ayudar.

        No deje pasar mucho tiempo después de que termine el contrato: hay un plazo para reclamar lo que le deben.
    .keywords = salario minimo, salario mínimo, sueldo minimo, sueldo, salario, salari, cuanto pagan, cuanto se gana, recibo de sueldo, nomina, nómina, horas extra, horas extras, hora extra, horas extraordinarias, horario, horas de trabajo, jornada, jornada laboral, cuantas horas, descanso, dia libre, franco, vacaciones, vacasiones, paga de vacaciones, aguinaldo, paga de navidad, pagas extra, paga extra, mes 13, mes 14, decimo tercero, feriado, feriados, festivo, trabajo nocturno, banco de horas, patron, patrón, jefe, no me paga, no me pagan, me deben, sueldo atrasado, salarios atrasados, ACT, RMMG, ordenado, salário mínimo, subsídio de férias, subsídio de natal, férias, recibo de vencimento
