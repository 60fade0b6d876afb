# Work: wages, working hours, contracts and the rights of people who work.

wages-and-hours = Minimum wage, working hours, holidays, holiday pay and Christmas pay
    .summary = In { $minimum-wage-year }, the minimum wage on the mainland is { $minimum-wage } a month, paid { $minimum-wage-payments } times a year. Normal working hours are { $work-hours-day } hours a day and { $work-hours-week } hours a week, and you have the right to { $annual-leave-days } working days of paid holiday.
    .body =
        These rules of the Labour Code (Código do Trabalho) apply to everyone who works for an employer, with or without a written contract, and also to people who do not have a residence permit yet. The authority that checks this is ACT (Autoridade para as Condições do Trabalho), the labour inspectorate.

        ## Minimum wage
        - In { $minimum-wage-year }, the minimum wage ("retribuição mínima mensal garantida", RMMG) is { $minimum-wage } a month for full-time work on the mainland.
        - The Azores and Madeira have their own amounts: check the one for your region.
        - If you work part-time, the minimum is in proportion to your working hours.
        - The amount usually goes up in January each year.
        - Every month you must get a payslip (recibo de vencimento) showing your gross pay, the deductions and your net pay.

        ## Holiday pay and Christmas pay
        Your salary is paid { $minimum-wage-payments } times a year: your salary for each month, plus holiday pay (subsídio de férias) and Christmas pay (subsídio de Natal). People call them the 13th and 14th month.
        - Holiday pay: one month of base salary, paid before your holidays, unless you agree otherwise.
        - Christmas pay: one month of salary, paid in December, before Christmas.
        - In the year you start and the year you leave, you get a part in proportion to the time you worked.
        - These payments can only be split into monthly parts ("duodécimos") if you agree.

        ## Working hours
        - Normal working hours are { $work-hours-day } hours a day and { $work-hours-week } hours a week.
        - A collective agreement (contrato coletivo), "adaptabilidade" or an "hours bank" (banco de horas) can spread the hours in another way, within the limits of the law.
        - You have the right to a meal break and to a weekly rest.
        - Your employer must keep a record of your working time.

        ## Overtime (trabalho suplementar)
        - Extra hours that your employer asks for are paid more than a normal hour, and even more on rest days and public holidays. Night work also pays more. Your collective agreement can give you more.
        - Write down every day the time you start and finish, and keep messages and work schedules: they are proof if you are not paid.

        ## Holidays
        - You have the right to { $annual-leave-days } working days of paid holiday a year (Monday to Friday, not counting public holidays).
        - In the first year of your contract you have fewer days, depending on the months you worked.
        - Holiday dates are agreed with your employer; if there is no agreement, your employer decides.
        - Working on a public holiday (feriado) gives you the right to extra pay or to time off.

        ## Changes under discussion
        A reform of the labour law ("Trabalho XXI") is under discussion. It may change the rules on working hours and holidays. This text follows the law in force on the date this page was last reviewed.

        ## If something goes wrong
        1. Ask your employer in writing for what they owe you. Keep a copy.
        2. Contact ACT: { $act-phone } ({ $act-hours }), or make a complaint at { $act-web }, under "Queixas e denúncias" (complaints and reports). The complaint can be anonymous.
        3. A trade union (sindicato) can also help you.

        Do not wait too long after your contract ends: there are time limits to claim unpaid wages.
    .keywords = minimum wage, minimum salary, min wage, minimum pay, salary, wage, wages, pay, payment, payslip, pay slip, salary slip, recibo de vencimento, salario minimo, salário mínimo, ordenado, overtime, over time, extra hours, extra pay, night work, working hours, work hours, hours per week, 40 hours, 8 hours, shift, day off, rest day, break, holiday, holidays, vacation, annual leave, paid leave, ferias, férias, holiday pay, vacation pay, subsidio de ferias, christmas bonus, christmas pay, subsidio de natal, 13th month, 14th month, 13th salary, public holiday, feriado, bank holiday, hours bank, banco de horas, boss, employer, not paid, unpaid wages, unpaid salary, late salary, boss not paying, employer not paying, labour rights, labor rights, worker rights, workers rights, ACT, labour inspection, labor inspection, complaint, RMMG, trade union, sindicato
