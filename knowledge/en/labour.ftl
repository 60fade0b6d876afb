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
        The Government has proposed a reform of the labour law ("Trabalho XXI") that may change the rules on working hours, the hours bank and holidays. In the latest news we found, from { $labour-reform-news-date }, the reform was still being negotiated, and we did not find it published in the Diário da República. This text follows the Labour Code without that reform: ask ACT whether the rules have changed.

        ## If something goes wrong
        1. Ask your employer in writing for what they owe you. Keep a copy.
        2. Contact ACT: { $act-phone } ({ $act-hours }), or make a complaint at { $act-web }, under "Queixas e denúncias" (complaints and reports). The complaint can be anonymous.
        3. A trade union (sindicato) can also help you.

        Do not wait too long after your contract ends: there are time limits to claim unpaid wages.
    .keywords = minimum wage, minimum salary, min wage, minimum pay, salary, wage, wages, pay, payment, payslip, pay slip, salary slip, recibo de vencimento, salario minimo, salário mínimo, ordenado, overtime, over time, extra hours, extra pay, night work, working hours, work hours, hours per week, 40 hours, 8 hours, shift, day off, rest day, break, holiday, holidays, vacation, annual leave, paid leave, ferias, férias, holiday pay, vacation pay, subsidio de ferias, christmas bonus, christmas pay, subsidio de natal, 13th month, 14th month, 13th salary, public holiday, feriado, bank holiday, hours bank, banco de horas, boss, employer, not paid, unpaid wages, unpaid salary, late salary, boss not paying, employer not paying, labour rights, labor rights, worker rights, workers rights, ACT, labour inspection, labor inspection, complaint, RMMG, trade union, sindicato, salário, monthly salary, gross salary, net salary, take home pay, gross vs net, hourly rate, hourly wage, pay per hour, overtime pay, overtime rate, unpaid overtime, night shift, night shift pay, weekend work, sunday work, working on sunday, lunch break, meal break, breaks, rest period, weekly rest, vacation days, days off, PTO, paid time off, holiday allowance, vacation allowance, christmas allowance, 13th and 14th salary, duodécimos, duodecimos, twelfths, paid in twelfths, work schedule, horário de trabalho, timesheet, working time record, part time pay, part-time salary, Madeira, Azores, trabalho suplementar, feriados, christmas day
    .questions =
        what is the minimum wage in portugal this year
        minimum salary per hour portugal
        how many hours can my boss make me work a week
        do i get paid extra for overtime
        my boss doesn't pay the christmas bonus, is that legal
        what is subsidio de natal and subsidio de ferias
        how many days of paid holidays per year
        do I work on public holidays and get double pay?
        i work 6 days a week 10 hours a day, is this allowed
        is the minimum wage paid 12 or 14 times
        My contract says 40 hours but my manager keeps asking us to stay until 8pm without extra pay. Is overtime mandatory and how should it be paid?
        Just started my job in May, how many vacation days do I get this year?
        My employer wants to pay the holiday and Christmas bonus in twelfths every month, can he do that without asking me?
        I work part time 20 hours a week, what's the minimum I can legally be paid?
        Restaurant job: no lunch break and only one day off a week. What does the law say about rest?
        is the minimum wage different in Madeira and the Azores?
        Worked on Christmas day and on 1 May, should I get extra pay or a day off?

employment-contract = Employment contract: what it must say and what types exist
    .summary = An employment contract can be permanent (sem termo, "efetivo") or fixed-term (a termo, "a prazo"). If you come from outside the European Union, your contract must usually be in writing, with your salary, working hours, workplace and job. Read it before you sign and keep a copy.
    .body =
        The employment contract (contrato de trabalho) is the agreement between you and your employer (entidade patronal). The rules are in the Labour Code (Código do Trabalho) and apply to everyone, Portuguese and foreign. The authority that checks this is ACT (Autoridade para as Condições do Trabalho), the labour inspectorate.

        ## Written contract
        - If you come from a country outside the European Union, the law usually requires a written contract that mentions your visa or residence card.
        - A fixed-term contract must also always be in writing.
        - Even with no signed paper, if you work under someone's orders, with a schedule and a salary, there can be an employment contract. Keep proof: messages, work schedules, bank transfers.

        ## What the contract must say
        - The name and address (or head office) of both sides, and their signatures.
        - Your job (categoria profissional) and your workplace.
        - Your gross salary and the day you are paid.
        - Your working hours (horário de trabalho) and normal working time.
        - The date it was signed, the start date and, if it is fixed-term, how long it lasts and why.

        ## Types of contract
        - Permanent (sem termo, "efetivo"): it has no end date.
        - Fixed-term with an end date (a termo certo): only allowed for a temporary need, and the reason must be written down. It lasts at most { $fixed-term-max-years ->
            [one] { $fixed-term-max-years } year
           *[other] { $fixed-term-max-years } years
        }, with at most { $fixed-term-max-renewals ->
            [one] { $fixed-term-max-renewals } renewal
           *[other] { $fixed-term-max-renewals } renewals
        }. Without a valid reason, it becomes a permanent contract.
        - Fixed-term with no set end date (a termo incerto): it ends when the task is finished, or when the person you replaced comes back.

        ## Trial period
        At the start there is a trial period (período experimental) when either side can end the contract without compensation. In a permanent contract it is usually { $trial-period-days ->
            [one] { $trial-period-days } day
           *[other] { $trial-period-days } days
        }. It can be longer for management jobs or complex work, and for people looking for their first job. In fixed-term contracts it is shorter.

        ## Before you sign
        1. Read everything. If you do not understand, ask a trade union (sindicato), a CNAI or the Migrant Support Line ({ $lam-phone-landline } or { $lam-phone-mobile }) for help.
        2. Check that the salary is not lower than the minimum wage ({ $minimum-wage } in { $minimum-wage-year }, full time).
        3. Do not sign blank papers or a resignation letter without a date.
        4. Keep a signed copy.
        5. Afterwards, check on Segurança Social Direta that your employer registered you.

        ## Changes under discussion
        The Government has proposed a reform of the labour law ("Trabalho XXI") that may change the rules on fixed-term contracts and the trial period. In the latest news we found, from { $labour-reform-news-date }, the reform was still being negotiated, and we did not find it published in the Diário da República. This text follows the Labour Code without that reform: ask ACT whether the rules have changed.

        ## If something goes wrong
        Your employer does not give you a written contract, or the contract does not match the work you do: contact ACT, { $act-phone } ({ $act-hours }), or make a complaint at { $act-web }.
    .keywords = employment contract, work contract, job contract, labour contract, labor contract, contract, contrat, contarct, written contract, fixed term contract, fixed-term, temporary contract, temp contract, permanent contract, permanent job, open-ended contract, contrato de trabalho, contrato, contrato a termo, contrato a prazo, contrato sem termo, efetivo, efectivo, termo certo, termo incerto, contract renewal, renew contract, trial period, probation, probation period, probationary period, periodo experimental, part time, part-time, full time, sign contract, signing a contract, what should my contract say, promise of contract, promessa de contrato, boss, employer, entidade patronal, work without contract, no contract, resignation letter, blank paper, ACT, employment agreement, job agreement, contract of employment, contrato de trabalho sem termo, successive contracts, back to back contracts, contract types, types of contract, open ended, indefinite contract, permanent position, become permanent, made permanent, probation time, experimental period, período experimental, job offer letter, offer letter, working hours in contract, job title, categoria profissional, undated resignation letter, blank papers, Trabalho XXI, labour reform, labor reform, promessa de contrato de trabalho
    .questions =
        what should my work contract say
        difference between contrato a termo and sem termo
        my contract is not written, only verbal, is that legal
        how long is the trial period, can they fire me during it
        fixed term contract how many times can it be renewed
        boss wants me to sign a contract in portuguese i don't understand
        do I need a written contract as a non EU worker for my visa
        permanent job vs temporary contract portugal
        they gave me a contract with a lower salary than promised what do i do
        I've been on back-to-back 6 month contracts with the same company for 3 years. When does it have to become a permanent contract?
        New job offer in Porto: the contract doesn't mention my working hours or my workplace. Should I ask them to add it before signing?
        Employer asked me to sign an undated resignation letter along with my contract, is this normal??
        Does a promessa de contrato de trabalho count as a real contract for my visa application?
        contrato a termo incerto replacing someone on maternity leave, when does it end?
        Is the Trabalho XXI labour reform going to change the rules on fixed term contracts?

report-labour-abuse = Reporting abuse at work to ACT
    .summary = If you are not paid, if your work is dangerous or if you are treated badly, you can make a complaint to ACT (Autoridade para as Condições do Trabalho). ACT does not tell your employer who made the complaint. Labour rights also apply to people who do not have a residence permit.
    .body =
        ACT (Autoridade para as Condições do Trabalho), the labour inspectorate, is the public service that inspects companies. It can visit the workplace, order the company to fix what is wrong, and give fines.

        ## What you can report
        - Wages, overtime, holiday pay or Christmas pay that are late or not paid.
        - Work with no contract or with no registration at Social Security.
        - Too many working hours and not enough rest.
        - Dangerous work, with no protective equipment or no training.
        - Harassment (assédio), threats, insults or discrimination at work.
        - An employer who keeps your passport or your documents.

        ## Also without papers
        Work you have already done must be paid, even if you have no residence permit and no written contract. The law protects all workers.

        ## How to make a complaint
        1. Gather proof: payslips, messages, photos, work schedules, and the hours you wrote down every day. Write down the names of co-workers who saw what happened.
        2. Call ACT on { $act-phone } ({ $act-hours }) for information.
        3. Make the complaint at { $act-web }, under "Queixas e denúncias" (complaints and reports). You log in with the Citizen Card (Cartão de Cidadão) or the Digital Mobile Key (Chave Móvel Digital).
        4. If you cannot log in, go to a local ACT office and make the complaint in writing.
        5. Keep the proof and the number of your complaint.

        ## Confidential or anonymous complaint
        ACT does not tell your employer who made the complaint. But the online form identifies you: on { $act-complaint-login-report-date } it was reported in Parliament that the form had started to ask for your tax number (NIF) or the Chave Móvel Digital. The sources we found disagree on whether ACT still accepts reports without a name, and we found no page of ACT itself that says so. If you do not want to give your name, ask ACT first, by phone or at a local office. In any case, give as many details as you can: the address of the workplace, the working hours, what happens. A report with no concrete details is hard to investigate.

        ## Time limits and costs
        - Making a complaint to ACT is free.
        - You can claim unpaid wages (créditos salariais) for up to { $labour-claims-limit-years ->
            [one] { $labour-claims-limit-years } year
           *[other] { $labour-claims-limit-years } years
        } after your contract ends. After that, you lose the right. Do not wait.
        - ACT does not collect the money for you in court. For that you may need a lawyer (ask Social Security for legal aid, apoio judiciário) or the Public Prosecutor (Ministério Público) at the Labour Court (Tribunal do Trabalho).

        ## Serious situations
        - Immediate danger, violence, or they do not let you leave: call { $emergency-phone }.
        - Forced labour, debts that never end, or documents kept by someone else can be human trafficking: call { $trafficking-phone }, at any time.

        ## Where to get help
        - A trade union (sindicato) for your sector.
        - APAV, { $apav-phone }.
        - The Migrant Support Line, { $lam-phone-landline } or { $lam-phone-mobile }, or a CNAI, if you are afraid because of your residence status.
    .keywords = report, report employer, report boss, complaint, complain, make a complaint, file a complaint, denuncia, denúncia, queixa, reclamacao, ACT, act, labour inspection, labor inspection, labour inspector, work inspector, not paid, not getting paid, boss not paying, employer not paying, unpaid wages, unpaid salary, late salary, salary late, owed money, exploitation, exploited, abuse, abuse at work, harassment, bullying, mobbing, mistreated, threats, insulted, dangerous work, unsafe work, no safety, no protective equipment, accident, no contract, without papers, no papers, undocumented, illegal worker, anonymous, anonymous complaint, boss took my passport, passport kept, passport taken, slavery, modern slavery, forced labour, trade union, sindicato, workers rights, labor inspectorate, labour inspectorate, ACT complaint, queixa ACT, denuncia ACT, complaint against employer, complain about employer, report my boss, report company, wage theft, salary not paid, salary owed, back pay, owed wages, unpaid holiday pay, créditos salariais, creditos salariais, workplace harassment, assédio, assedio, assédio moral, retaliation, no social security contributions, not declared, undeclared work, working off the books, off the books, cash in hand, paid in cash, workers union, queixas e denúncias
    .questions =
        how to report my employer to ACT
        boss not paying my salary for 2 months
        can i complain about my job if i don't have papers
        will my boss find out i made the complaint
        anonymous complaint labour inspection portugal
        my employer yells at me and threatens to call immigration
        no safety equipment on the construction site, who do i tell
        how long do I have to claim unpaid wages after i leave
        is it free to complain to the ACT
        Worked 6 months at a restaurant in the Algarve, they never registered me with social security and paid cash. Can I report them even though I'm still waiting for my residence permit?
        The company closed and still owes me three months of salary plus holiday pay, who do I go to?
        How do I file a complaint on the ACT website if I don't have a Citizen Card to log in?
        Does ACT actually get my money back, or do I need a lawyer for the unpaid wages?
        boss makes us work 12 hour shifts with no days off for weeks, where can I report this?
        Can a union help me make a complaint against my employer if I don't speak Portuguese?

finding-work = Looking for work: IEFP and job centres
    .summary = IEFP (Instituto do Emprego e Formação Profissional) helps you look for work through its job centres (centros de emprego). Registering is free and gives you access to job offers, training courses and internships.
    .body =
        IEFP (Instituto do Emprego e Formação Profissional) is the public employment service. It has job centres (centros de emprego) and training centres (centros de formação) all over the country.

        ## Who can register
        - People who can work legally in Portugal: with a residence permit, with a residence visa for work, or citizens of the European Union.
        - If your application is pending at AIMA, ask at the job centre if you can register with the proof of your application.
        - You can register if you have no work, or if you already work and are looking for another job.

        ## Steps
        1. Register as a job seeker (candidato a emprego) at the job centre for the area where you live, or online at { $iefp-web }.
        2. Go to the interview with the employment officer (técnico de emprego). Together you make a plan to look for work (the "plano pessoal de emprego", personal employment plan).
        3. Look at the job offers on the IEFP website and answer the ones that suit you.
        4. Always go when the job centre calls you in (convocatória). If you miss it without a valid reason, your registration can be cancelled.

        ## Documents to bring
        - Passport or residence card.
        - NIF and NISS.
        - Proof of address.
        - Diplomas and course certificates, translated if possible.
        - A CV (currículo), if you have one.

        ## Training and internships
        - Free Portuguese courses for foreigners (Português Língua de Acolhimento).
        - Vocational training courses (formação profissional), often with help for meals and transport.
        - Qualifica Centres (Centros Qualifica): they recognise what you learned at work, even without a diploma, and give you a certificate.
        - Paid professional internships (estágios profissionais), mainly for young people and for people looking for their first job.

        ## Coming to look for work
        Since { $manifestation-of-interest-ended } you can no longer enter as a tourist and then get legal status with a contract. With Law 61/2025 (Lei 61/2025), in force since { $foreigners-law-2025-in-force }, the job-seeker visa is now only for highly qualified people.

        ## Watch out for fake job offers
        - An employment agency cannot charge you money to find you a job.
        - Temporary work agencies (empresas de trabalho temporário) need a licence. Check with IEFP that the company is on the list.
        - Nobody can keep your passport or your documents.
        - Do not trust offers with a very high salary, with no contract, or with housing paid by taking money from your salary.

        ## Costs
        Registering with IEFP and IEFP courses are free.

        ## If something goes wrong
        - If you lost your job, also check if you have the right to unemployment benefit.
        - If an offer looks like exploitation or human trafficking, call { $trafficking-phone } or, if you are in danger, { $emergency-phone }.
        - For help in your language: Migrant Support Line, { $lam-phone-landline } or { $lam-phone-mobile }.
    .keywords = job, jobs, work, find work, find a job, finding a job, looking for work, looking for a job, job search, job hunting, job offers, job vacancies, vacancies, vacancy, job ads, hiring, employment, employment centre, employment center, job centre, job center, jobcentre, IEFP, iefp, centro de emprego, register iefp, iefp registration, iefp online, unemployed, jobless, job seeker, training, free courses, free training, course, vocational training, formacao, formação, internship, traineeship, estagio, estágio, Qualifica, RVCC, CV, resume, curriculum, recruitment agency, employment agency, temp agency, temporary work, ETT, job seeker visa, fake job, job scam, emprego, trabalho, jobhunting, job boards, job sites, job websites, net-empregos, net empregos, indeed, linkedin, job portal, iefp job offers, ofertas de emprego, job listings, openings, work opportunities, english speaking jobs, jobs in english, jobs for english speakers, jobs for foreigners, CV in portuguese, currículo, curriculo, job interview, vocational course, professional training, formação profissional, paid internship, estágio profissional, temp agency licence, temporary work agency, ETT license, recruitment scam, fake recruiter, agency fee, pay for a job, convocatória, convocatoria, candidato a emprego, técnico de emprego
    .questions =
        how to find a job in portugal as a foreigner
        register at IEFP job centre
        can i register at the centro de emprego without residence card
        free training courses for immigrants
        job offer asks me to pay money for a visa, is it a scam
        where to look for jobs in lisbon
        internship for foreigners iefp
        does iefp help with CV and interviews
        is registering at the job centre free
        Moved here with my husband on his work visa and I'm looking for a job too. Does registering at the IEFP actually help foreigners find work?
        Are there English speaking jobs in Lisbon for someone who doesn't speak Portuguese yet?
        A recruitment agency wants 500 euros to place me in a job in Portugal, is that legal?
        Can I do an IEFP vocational training course while working part time?
        which websites do people use to look for jobs in portugal besides IEFP?
        The job centre called me in (convocatória) but I was sick that day, will they cancel my registration?
        How do I check if a temp agency is licensed before signing up with them?

work-accident = Accident at work: what to do
    .summary = If you have an accident at work, first get medical care and tell your employer straight away. Your employer must have work accident insurance, which pays for your treatment and gives you compensation while you cannot work.
    .body =
        A work accident (acidente de trabalho) is an accident at your workplace during working time. An accident on your normal way between home and work also counts. All employers must have work accident insurance (seguro de acidentes de trabalho). Foreign workers have the same rights as Portuguese workers.

        ## Steps
        1. Get medical care. If it is serious, call { $emergency-phone }. At the hospital or health centre, say that it was an accident at work.
        2. Tell your employer within { $work-accident-notice-hours ->
            [one] { $work-accident-notice-hours } hour
           *[other] { $work-accident-notice-hours } hours
        }, in writing if possible, if they did not see the accident. Ask for the name of the insurance company and the policy number (número da apólice).
        3. Your employer must report the accident to the insurance company. For serious or fatal accidents, they must also tell ACT.
        4. From then on, your treatment is done by the doctors the insurance company sends you to. That doctor, not the health centre, gives you the certificate that you cannot work (the "baixa", sick leave).
        5. Keep all the papers: medical reports, prescriptions and receipts.
        6. At the end of your treatment you get a medical discharge (alta clínica), with an assessment of any lasting disability (incapacidade).

        ## What the insurance pays
        - Appointments, treatment, surgery, medicines, prostheses and transport.
        - Compensation while you cannot work, calculated from your salary.
        - A pension or a lump sum, if you are left with a permanent disability.
        - If the worker dies, pensions for the family.

        ## No contract or no insurance
        - You have rights even with no written contract. The insurance must cover all the workers of the company.
        - If your employer has no insurance, your employer must pay. If they do not pay, the Work Accident Fund (Fundo de Acidentes de Trabalho) can pay instead.

        ## Time limits and costs
        - You should not pay anything for the treatment of a work accident.
        - If you do not agree with the assessment of your disability, or the insurance company refuses to pay, you can go to the Labour Court (Tribunal do Trabalho). You can take action up to { $work-accident-claim-years ->
            [one] { $work-accident-claim-years } year
           *[other] { $work-accident-claim-years } years
        } after your medical discharge.

        ## Illness caused by work
        An illness caused by your work (occupational disease, doença profissional) is not handled by the insurance company but by Social Security. Ask your doctor to declare it.

        ## If something goes wrong
        - Your employer says it was not a work accident, or does not want to report it: contact ACT, { $act-phone } ({ $act-hours }), or { $act-web }.
        - At the Labour Court, the Public Prosecutor (Ministério Público) can defend you for free. You can also ask Social Security for legal aid (apoio judiciário).
        - For help in your language: Migrant Support Line, { $lam-phone-landline } or { $lam-phone-mobile }.
    .keywords = work accident, accident at work, workplace accident, work injury, injury at work, injured at work, hurt at work, i got hurt at work, fell at work, fall, fell from scaffolding, accident on the way to work, commuting accident, construction site, building site, scaffolding, insurance, work insurance, accident insurance, insurance company, policy number, apolice, apólice, seguradora, acidente de trabalho, sick leave, sick note, baixa, baixa medica, medical leave, disability, incapacity, incapacidade, compensation, indemnity, indemnizacao, pension, discharge, alta, labour court, labor court, tribunal do trabalho, Work Accident Fund, FAT, occupational disease, work illness, occupational illness, doenca profissional, employer has no insurance, ACT, workplace injury, injured on the job, hurt on the job, on the job injury, workers comp, workers compensation, workers' compensation, work insurance claim, insurance claim, seguro de acidentes de trabalho, acidente trabalho, broke my arm at work, cut at work, burned at work, back injury, injury compensation, permanent disability, disability pension, medical discharge, alta clínica, insurance doctor, insurer doctor, IPP, incapacidade permanente, labour court claim, labor court claim, commute accident, in itinere, factory accident, slipped at work, fundo de acidentes de trabalho
    .questions =
        i got hurt at work what should i do
        fell from scaffolding, boss says no insurance
        who pays the hospital if i had an accident on the job
        accident on the way to work does it count
        my employer didn't report my accident to the insurance
        do i get paid while on sick leave after a work accident
        I work without contract and had an accident, do i have rights
        how long do I have to report a workplace injury
        back pain from my job for years, is it an occupational disease
        the insurance company says i'm fit but i still can't work
        Cut my hand badly at the factory last week. The boss told me to get a sick note from the centro de saúde, isn't this supposed to be covered by their insurance?
        How is workers' compensation calculated in Portugal while I'm off work after an injury?
        Slipped on the wet kitchen floor at the restaurant and hurt my back, what do I need to do right away?
        My husband died in an accident on a construction site, does the family get a pension?
        Employer went bankrupt and never had accident insurance, can the Work Accident Fund pay my compensation?
        do i have to pay anything at the hospital for treatment after an accident at work?

qualification-recognition = Getting your qualifications recognised and working in regulated professions
    .summary = For most jobs you do not need to have your diploma recognised. In regulated professions, such as doctor, nurse, engineer, lawyer or teacher, you need permission from the professional association (ordem profissional) or the body in charge before you work in that profession.
    .body =
        There are two different things: recognition of your academic degree (your diploma) and recognition of your professional qualification (the right to work in a profession).

        ## Professions that are not regulated
        In most professions you do not need any recognition: your employer looks at your diploma and your experience. Even so, getting your diploma recognised can help, for example to apply for public sector jobs (concursos públicos) or for a higher job category.

        ## Regulated professions
        These are professions you can only work in with permission. For example: doctor, nurse, pharmacist, dentist, psychologist, lawyer, engineer, architect and teacher.
        - Permission is usually given by the professional association (Ordem dos Médicos, Ordem dos Enfermeiros, Ordem dos Engenheiros and others) or by a state body.
        - Some also ask for an exam, an internship or a Portuguese language test.
        - If your qualifications are from a European Union country, the rules are simpler.
        - While you wait, you can work in another job, but not in the regulated profession.

        ## Getting a higher education diploma recognised
        - Automatic recognition (reconhecimento automático): for degrees from some countries and courses, done by DGES (Direção-Geral do Ensino Superior) or by a public university.
        - Level recognition or specific recognition (reconhecimento de nível, reconhecimento específico): you ask a public university or polytechnic, which compares your course with a Portuguese course.
        - All these requests are made online, on the DGES ReCon platform ({ $dges-web }), with the documents in digital form, and you pay a fee (emolumentos) to the institution that decides.
        - For primary and secondary school certificates, see equivalence of foreign studies (equivalência).

        ## Steps
        1. Find out if your profession is regulated: ask the professional association or look at { $dges-web }.
        2. Get the documents in your country and legalise them: Hague apostille (apostila de Haia) or recognition by the Portuguese consulate.
        3. Get a certified translation (tradução certificada) of the documents that are not in Portuguese.
        4. Hand in your application to the right body and pay the fee.
        5. If they ask for an exam or an internship, do it within the time limit they give you.

        ## Usual documents
        - Diploma and a certificate with your subjects, grades and hours.
        - Course programmes (the content of each subject), in some cases.
        - Passport or residence card.
        - Proof of your work experience and of your membership of the professional association in your country, if there is one.

        ## Costs and time limits
        Each body has its own fees and time limits. Check them on the website of DGES, the university or the professional association before you apply.

        ## No diploma, but experience
        At Qualifica Centres (Centros Qualifica) you can get a certificate for what you learned at work (RVCC process), without a diploma.

        ## If something goes wrong
        If your application is refused, ask for the decision in writing, with the reasons: you can reply or appeal. For guidance, talk to a CNAI or the Migrant Support Line, { $lam-phone-landline } or { $lam-phone-mobile }.
    .keywords = recognition, recognise diploma, recognize diploma, recognition of diploma, degree recognition, recognise degree, recognize degree, validate diploma, diploma validation, validate degree, foreign degree, foreign diploma, foreign qualifications, qualifications, qualification recognition, professional recognition, equivalence, equivalency, equivalencia, equivalência, reconhecimento, reconhecimento de diploma, regulated profession, regulated professions, professional association, professional order, ordem profissional, ordem dos medicos, ordem dos médicos, ordem dos enfermeiros, ordem dos engenheiros, ordem dos advogados, foreign doctor, doctor license, nurse, nursing, engineer, lawyer, teacher, pharmacist, dentist, psychologist, architect, work as a doctor, work as a nurse, DGES, dges, automatic recognition, bachelor, masters, apostille, hague apostille, apostila, certified translation, translation, Qualifica, RVCC, university, professional license, professional licence, license to practice, licence to practise, practise medicine, practice medicine, nursing license, nursing licence, medical license, medical licence, registration with ordem, ordem registration, inscrição na ordem, ordem dos farmaceuticos, ordem dos farmacêuticos, ordem dos arquitetos, ordem dos psicologos, ordem dos psicólogos, ordem dos medicos dentistas, professional body, licensing board, degree validation, credential recognition, credentials, foreign credentials, recognition DGES, reconhecimento de grau, reconhecimento especifico, reconhecimento automatico, reconhecimento de nível, ReCon, recon platform, doctor from abroad, foreign nurse, foreign engineer, architect license, pharmacist license, EU qualifications
    .questions =
        do i need to validate my degree to work in portugal
        i am a nurse from brazil, how can i work as a nurse here
        doctor from india wants to practise in portugal, what steps
        ordem dos engenheiros registration for foreign engineers
        which professions are regulated in portugal
        recognition of foreign diploma for a job
        i have experience but no diploma, can i get a certificate
        how long does recognition take and how much
        teacher from angola, can i teach in portuguese schools
        I'm a pharmacist from Venezuela with 10 years of experience. What do I need to register with the Ordem dos Farmacêuticos and work here?
        Does my US bachelor's degree need to be recognized for an office job at a private company, or only for regulated jobs?
        how long does DGES take for automatic recognition of a master's degree on the ReCon platform?
        Nurse from the Philippines here, does the Ordem dos Enfermeiros ask for a Portuguese language exam?
        While I wait for my medical licence recognition, can I work in another job at a clinic?
        Which body recognises a foreign law degree so I can work as a lawyer in Portugal?
        I'm an architect with a degree from Italy, is the recognition simpler for EU qualifications?
