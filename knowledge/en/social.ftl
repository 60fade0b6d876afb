# Social Security and taxes: NIF, NISS, contributions and social support.

nif-tax-number = Tax number (NIF)
    .summary = The NIF (número de identificação fiscal, also called número de contribuinte) is your tax number. The tax office (Finanças) gives it to you, and you need it to work, rent a home or open a bank account. You can ask for it in person, with an appointment, or online through a legal representative.
    .body =
        The NIF is your number at the tax office (Finanças, officially Autoridade Tributária e Aduaneira, AT). You will need it to sign a work contract, rent a home, open a bank account, ask for invoices in your name and apply for a residence permit. You can get it even without a residence permit.

        ## How to ask for it
        - In person: at a tax office (Serviço de Finanças) or at a Citizen's Shop (Loja do Cidadão), with an appointment. You can book on the tax portal, Portal das Finanças ({ $at-web }), or by phone on { $at-phone }.
        - Online: a legal representative (for example, a lawyer, a solicitor (solicitador) or another person with a power of attorney) makes the request for you in the e-balcão of the Portal das Finanças, under "Registo Contribuinte › Identific › Atrib/Alter NIF-Singulares".

        ## Documents
        - Passport or another valid identity document (your residence card, if you already have one).
        - Proof of address: in Portugal, if you already live here; abroad, if you still live outside Portugal.
        - If a legal representative makes the request: their identity document and the power of attorney (procuração). A power of attorney given to lawyers and solicitors does not need a certified signature.

        ## Tax representative
        - A legal representative and a tax representative (representante fiscal) are not the same thing. The legal representative only handles the request. The tax representative answers to the tax office for people who live outside the European Union and the European Economic Area.
        - In the past, people with an address outside these countries had to name a tax representative. Today this is no longer required if you sign up for electronic notifications on the Portal das Finanças (article 19 of the General Tax Law, Lei Geral Tributária). Check with the tax office when you make your request.
        - When you start living in Portugal, update your address at the tax office. With an address in Portugal you do not need a tax representative.

        ## After you get your NIF
        1. Ask for a password for the Portal das Finanças. The password arrives by letter at the address you gave, so your address must be correct.
        2. With the password you can see and update your details, sign up for electronic notifications and, later, file your income tax return (IRS).

        ## Costs
        Getting a NIF at the tax office is free. Lawyers, solicitors and companies that make the request for you charge for their service.

        ## If something goes wrong
        - There are no appointment slots: try another tax office or another Loja do Cidadão, or write through the e-balcão.
        - You lost your number: it is on old letters and invoices, or you can ask for it at a tax office with your identity document.
        - For help in your language, call the Migrant Support Line: { $lam-phone-landline } or { $lam-phone-mobile }.
    .keywords = NIF, nif, tax number, tax id, tax ID number, TIN, taxpayer number, fiscal number, tax identification number, numero de contribuinte, número de contribuinte, contribuinte, numero fiscal, financas, finanças, tax office, tax authority, AT, portal das financas, portal das finanças, finance portal, e-balcao, e-balcão, ebalcao, tax representative, fiscal representative, representante fiscal, legal representative, power of attorney, procuracao, procuração, lawyer, finanças password, tax portal password, get nif, get a nif, how to get nif, apply for nif, nif online, online nif, nif without residence, nif without residency, nif from abroad, IRS, income tax, tax return, loja do cidadao, loja do cidadão, citizen shop, SSN, social security number, NIF number, nif portugal, número de identificação fiscal, numero de identificacao fiscal, fiscal ID, tax ID portugal, taxpayer ID, contribuinte number, NIF card, cartão de contribuinte, finanças appointment, tax office appointment, AT appointment, senha das finanças, senha financas, portal password letter, NIF representative, NIF service, NIF company, NIF for non residents, non-resident NIF, NIF address change, update address, morada fiscal, fiscal address, tax address, electronic notifications, serviço de finanças, lost nif
    .questions =
        how to get a NIF
        NIF number online without going to portugal
        do i need a fiscal representative for the nif
        what is numero de contribuinte
        I live outside the EU, can I get a NIF before I move?
        documents needed for tax number at financas
        how much does it cost to get a NIF
        how do I get the password for the financas portal
        i need a nif to rent and open bank account, where do i start
        changed my address, how do i update it at finanças
        Do I really need to pay a company 100 euros to get my NIF online, or can I do it for free myself?
        I'm moving from Canada next month. Can I get the NIF at the tax office on my first day with just my passport?
        My NIF still shows my old US address, how do I change my fiscal address to Portugal?
        the finanças password letter never arrived at my address, how do I get another one?
        Do I still need a fiscal representative now that I live in Portugal?
        Lost the paper with my NIF on it, how can I find my number again?
        No appointments available at any Loja do Cidadão for the NIF, what else can I do?

niss-social-security = Social Security number (NISS)
    .summary = You need the NISS (número de identificação da Segurança Social) to work with contributions paid and to get support like sick pay or unemployment benefit. Foreign citizens can ask for it online, on the Social Security website, and then collect it in person.
    .body =
        The NISS is your number at Social Security (Segurança Social). With it, your employer registers you and pays the contributions (people call them "descontos", deductions). These contributions give you the right to support when you need it: sick leave (baixa), parental benefit, unemployment benefit and a pension (reforma). You are also asked for the NISS when you apply for a residence permit and for legal aid.

        ## How to ask for it
        - Online: since { $niss-online-since } there is a form at { $ss-web } called "Pedido de NISS – Cidadão Estrangeiro" (NISS request – foreign citizen). Your employer, or a legal representative with a power of attorney, can also fill it in for you.
        - In person: at a Social Security service desk, with an appointment by phone on { $ss-appointment-phone } or { $ss-appointment-phone-alt }.

        ## Steps (online request)
        1. Fill in the form "Pedido de NISS – Cidadão Estrangeiro" at { $ss-web }.
        2. Add the documents they ask for.
        3. Wait for the confirmation e-mail from Social Security.
        4. Go and collect your NISS in person, as the e-mail explains, with your original identity document.

        ## Documents
        - Passport, residence card or residence permit.
        - Your work visa, if you entered with a visa.
        - Your NIF, if you already have it.
        - If a representative makes the request: the power of attorney (procuração) and their identity document.

        ## After you get your NISS
        - Register on Segurança Social Direta (the Social Security online service) with your NISS and a password, or with the Digital Mobile Key (Chave Móvel Digital). Segurança Social Direta only works once you have a NISS.
        - On Segurança Social Direta you can check every month that your employer declares your salary and pays the contributions (your contribution record, carreira contributiva).
        - If you are self-employed (recibos verdes), you must register as a self-employed worker (trabalhador independente) and send the quarterly declaration.

        ## Costs
        Getting a NISS is free. Contributions are a part of your gross salary; your employer pays another part.

        ## If something goes wrong
        - Your employer takes contributions from your salary but does not pay them to Social Security: keep your payslips and talk to Social Security and to ACT.
        - Questions: call { $ss-phone } or { $ss-phone-alt } ({ $ss-hours }).
        - For help in your language: Migrant Support Line, { $lam-phone-landline } or { $lam-phone-mobile }.
    .keywords = NISS, niss, NIS, social security, social security number, social security no, SSN, social insurance number, seguranca social, segurança social, seg social, numero de seguranca social, número da segurança social, segurança social direta, seguranca social direta, SSD, social security online, contributions, deductions, descontos, register social security, social security registration, foreign citizen, cidadao estrangeiro, pedido de niss, get niss, get a niss, how to get niss, apply for niss, niss online, online niss, niss without residence, sick leave, sick pay, baixa, unemployment, unemployment benefit, pension, reforma, retirement, parental leave, maternity, contribution record, carreira contributiva, recibos verdes, self employed, freelancer, trabalhador independente, chave movel digital, chave móvel digital, digital mobile key, NISS number, social security ID, social security card, seg. social, segurança social number, numero de identificação da segurança social, social security registration online, NISS request, NISS form, pedido NISS cidadão estrangeiro, SS number, NISS appointment, contributions record, check contributions, quarterly declaration, declaração trimestral, self-employed registration, independent worker, SSD password, social security login, collect NISS, NISS letter, NISS email
    .questions =
        how to get a NISS
        social security number portugal for foreigners
        niss online application segurança social
        my employer says I need a NISS before he can pay me
        can i get niss without a residence permit
        how do i activate segurança social direta
        what documents do i need to ask for the niss number
        is getting social security number free
        i applied for niss online and nobody answered
        how do i know if my boss is paying my contributions
        New job starts on the 1st and HR asked for my NISS. I applied online two weeks ago, how long does it usually take?
        Got the confirmation email from Segurança Social, do I really have to go in person to collect the NISS?
        Freelancer on recibos verdes, do I need to register separately at social security and send a quarterly declaration?
        can someone else request my NISS for me with a power of attorney?
        How do I book an appointment at the social security office to get the NISS in person?
        Which documents does Segurança Social want for a NISS if I entered with a work visa?

unemployment-benefit = Unemployment benefit
    .summary = If you lost your job not by your own choice, and you paid Social Security contributions for long enough, you may have the right to unemployment benefit (subsídio de desemprego). You must register at the IEFP job centre and apply for the benefit within the time limit.
    .body =
        Unemployment benefit (subsídio de desemprego) is paid by Social Security (Segurança Social) to people who worked for an employer and lost their job. The application goes through the IEFP job centre (centro de emprego, Instituto do Emprego e Formação Profissional).

        ## Who can get it
        - People who worked for an employer, with contributions paid ("descontos"), for at least { $unemployment-min-days ->
            [one] { $unemployment-min-days } day
           *[other] { $unemployment-min-days } days
        } in the { $unemployment-reference-months ->
            [one] { $unemployment-reference-months } month
           *[other] { $unemployment-reference-months } months
        } before they became unemployed.
        - People who lost their job not by their own choice: dismissal (despedimento), end of a fixed-term contract, or leaving with just cause (justa causa) because they were not paid or because of another serious fault of the employer. An agreement with your employer to end the contract only counts in some cases.
        - If you resign by your own choice, without just cause, you do not have the right.
        - As a foreigner, you need a valid residence card.
        - You must be registered at the job centre and available to work.

        ## Social unemployment benefit
        If you do not have enough days of contributions, you may have the right to the social unemployment benefit (subsídio social de desemprego): it asks for { $social-unemployment-min-days ->
            [one] { $social-unemployment-min-days } day
           *[other] { $social-unemployment-min-days } days
        } of contributions in the last { $social-unemployment-reference-months ->
            [one] { $social-unemployment-reference-months } month
           *[other] { $social-unemployment-reference-months } months
        }, and it is only given to families with low incomes.

        ## Steps
        1. Ask your employer for the "declaração de situação de desemprego" (statement of unemployment), the Social Security form that says why your contract ended.
        2. Register as unemployed at the job centre in your area or at { $iefp-web }.
        3. Apply for the benefit within { $unemployment-apply-days ->
            [one] { $unemployment-apply-days } day
           *[other] { $unemployment-apply-days } days
        } of becoming unemployed: at the job centre or on Segurança Social Direta.
        4. Follow your personal employment plan (plano pessoal de emprego): look for work, go when you are called in (convocatórias), and accept a suitable job offer.
        5. Tell Social Security if you start working again or if you go abroad.

        ## Documents
        - Passport and a valid residence card.
        - NIF and NISS.
        - Statement of unemployment (declaração de situação de desemprego).
        - Proof of the IBAN of a bank account in your name.

        ## How much you get and for how long
        - The amount is a part of the average salary you declared. There is a minimum and a maximum amount, linked to the IAS (Indexante dos Apoios Sociais, the reference amount for social benefits, { $ias }).
        - How long you get it depends on your age and on how long you paid contributions.
        - Check your contributions on Segurança Social Direta.

        ## If something goes wrong
        - Your employer does not give you the statement: ACT can make them do it, { $act-phone }.
        - Application refused: ask for the decision in writing and complain within the time limit given in the letter.
        - Questions: Social Security, { $ss-phone } or { $ss-phone-alt } ({ $ss-hours }).
        - Help in your language: Migrant Support Line, { $lam-phone-landline } or { $lam-phone-mobile }.
    .keywords = unemployment benefit, unemployment benefits, unemployment, unemployment money, unemployment pay, unemployment allowance, jobless benefit, dole, job seekers allowance, unemployed, i lost my job, lost my job, lost job, fired, got fired, dismissed, dismissal, laid off, layoff, sacked, contract ended, end of contract, contract not renewed, quit my job, resign, subsidio de desemprego, subsídio de desemprego, desemprego, fundo de desemprego, social unemployment benefit, subsidio social de desemprego, declaracao de situacao de desemprego, declaração de situação de desemprego, unemployment form, RP 5044, modelo 5044, job centre, centro de emprego, IEFP, iefp, social security, seguranca social, segurança social, seg social, how much will i get, how long, deadline to apply, IAS, unemployment insurance, jobless money, lost job benefits, made redundant, redundancy, redundant, collective dismissal, let go, terminated, termination, end of fixed term, just cause, justa causa, resign with just cause, quit with just cause, unemployment subsidy, subsidio desemprego, IEFP registration unemployed, plano pessoal de emprego, unemployment amount, unemployment duration, unemployment abroad, unemployment and travel, unemployment part time job, declaração de desemprego
    .questions =
        i lost my job can i get unemployment money
        how to apply subsidio de desemprego
        my contract ended and was not renewed, do i get benefits
        how many months must i have worked to get unemployment
        if i quit my job do i get unemployment
        how much unemployment benefit will i get and for how long
        do i need to register at iefp to get the dole
        what is the social unemployment benefit
        employer won't give me the unemployment declaration form
        my unemployment claim was refused
        Got made redundant after 14 months at a call centre. I have a TRC, am I entitled to unemployment benefit?
        Employer hasn't paid me for months and I want to leave with just cause. Would I still get unemployment benefit?
        How many days do I have after losing my job to apply for unemployment?
        can I travel back home for a month while I'm receiving unemployment benefit?
        Does my unemployment benefit stop if I take a part-time job?
        How is the unemployment amount calculated, is it a percentage of my salary?
        My residence card expired while I'm on unemployment, will they stop paying me?

family-benefits = Child benefit (abono de família) and other support for families
    .summary = Child benefit (abono de família) is money paid every month by Social Security to help you raise your children. The amount depends on your family's income and the child's age. You do not need to have paid Social Security contributions.
    .body =
        Social Security (Segurança Social) has several kinds of support for families with children. The main one is child benefit (abono de família para crianças e jovens). To apply, parents and children need a NISS.

        ## Child benefit (abono de família)
        - It is paid every month, for each child.
        - The amount depends on your family's income bracket (escalão) and on the child's age. The amounts change every year: check them at { $ss-web }.
        - It does not depend on contributions: families that never paid contributions also get it.
        - Your family's income and savings must be below certain limits.
        - From a certain age, young people only get it if they keep studying. Every year you must send proof that they are at school (prova escolar).

        ## Who can apply
        - Children and young people who live in Portugal, with a valid residence card or in a similar situation, such as refugees.
        - If the child or the parents are still waiting for their residence card, ask Social Security if you can already apply.
        - On { $social-benefits-bill-debate-date } Parliament debated a bill that would require { $social-benefits-bill-years ->
            [one] { $social-benefits-bill-years } year
           *[other] { $social-benefits-bill-years } years
        } of legal residence from citizens of countries outside the European Union before they can receive support such as the RSI and child benefit. We found no news that it was approved. If you hear of new rules, check with Social Security.

        ## Other support
        - Prenatal benefit (abono pré-natal): for pregnant women, from a certain stage of pregnancy, with a medical statement.
        - Child Guarantee (Garantia para a Infância): an extra amount for children from families with very low incomes.
        - Disability supplement (bonificação por deficiência): an extra amount for children and young people with a disability.
        - Parental benefit (subsídio parental): paid to the mother and the father during their leave after the birth, to people who paid contributions. If you did not pay enough contributions, you may have the right to the social parental benefit (subsídio social parental).

        ## Steps
        1. Ask for a NISS for your child and for the parents, if you do not have one yet.
        2. Register on Segurança Social Direta.
        3. Apply for child benefit on Segurança Social Direta or at a Social Security service desk. Apply right after the birth or after you arrive in Portugal: if you apply late, you can lose months.
        4. Give the IBAN of the account where you want to receive it.
        5. Keep your details up to date: address, income and who lives in your household.

        ## Documents
        - Identity documents and residence cards of the whole family.
        - The child's birth certificate, translated if it is not in Portuguese.
        - Everyone's NISS and NIF.
        - Proof of your IBAN.
        - Proof of your family's income, if they ask for it.

        ## Costs
        Applying for this support is free.

        ## If something goes wrong
        - Application refused or wrong income bracket: ask for the decision in writing and complain within the time limit given.
        - Questions: Social Security, { $ss-phone } or { $ss-phone-alt } ({ $ss-hours }).
        - Help in your language: Migrant Support Line, { $lam-phone-landline } or { $lam-phone-mobile }.
    .keywords = child benefit, child benefits, child allowance, family allowance, family benefit, family benefits, kids money, money for children, money for kids, benefit for children, abono, abono de familia, abono de família, abono familia, prenatal benefit, pre-natal, abono pre natal, abono pré-natal, pregnant, pregnancy, baby, newborn, birth, children, kids, child, income bracket, escalao, escalão, prova escolar, school proof, child guarantee, garantia para a infancia, parental benefit, parental leave, maternity leave, maternity pay, paternity leave, subsidio parental, subsídio parental, disability supplement, disabled child, bonificacao por deficiencia, family support, social security, seguranca social, segurança social, seg social, child benefit portugal, abono de familia immigrants, family allowance portugal, kids allowance, monthly child payment, child payment, escalões, abono escalao, abono amount, parental allowance, parental leave pay, maternity benefit, paternity benefit, licença parental, licenca parental, birth allowance, baby bonus, garantia infancia, disability allowance child, prova escolar abono, backdated, apply late
    .questions =
        child benefit portugal how to apply
        abono de familia for immigrants
        how much is the child allowance per month
        do I need to have paid social security to get abono
        pregnant, is there money before the baby is born
        maternity leave pay portugal
        my kids live with me but i don't have residence card, can i get child benefit
        documents for abono de família
        what is the income bracket escalão
        child benefit stopped, what do i need to send
        We just had our second baby here and we both work with contracts. How do we apply for abono de família for her?
        How does Segurança Social decide our escalão for child benefit, is it from last year's IRS?
        My son is 17 and still at school, do I need to send proof every year to keep the abono?
        Do fathers also get paid parental leave after the birth in Portugal?
        We arrived 6 months ago and never applied, can we still claim child benefit from when we arrived?
        our daughter has autism, is there an extra benefit for children with disabilities?

social-support-income = Social Integration Income (RSI) and urgent social support
    .summary = The Social Integration Income (Rendimento Social de Inserção, RSI) is monthly support from Social Security for people and families in extreme poverty, linked to a plan to improve their situation. In an emergency, for example if you have no home or no food, there is urgent social support.
    .body =
        The RSI (Rendimento Social de Inserção) has two parts: money paid every month, and an integration contract (contrato de inserção), with steps to get out of poverty, such as looking for work, taking courses or sending your children to school. Social Security (Segurança Social) decides.

        ## Who can apply
        - People who live legally in Portugal. Citizens from outside the European Union usually need { $rsi-min-residence-years ->
            [one] { $rsi-min-residence-years } year
           *[other] { $rsi-min-residence-years } years
        } of legal residence. Refugees do not have to wait this long. This period is the one given by DECO Proteste on { $rsi-residence-source-date }; other sources say there is no minimum period. Check with Social Security.
        - People with very low incomes and few savings or possessions, counting the whole family that lives with them.
        - As a rule, adults (18 or over). There are exceptions, for example for pregnant women or people with children who depend on them.
        - People who are able to work must be registered at the IEFP job centre (centro de emprego).

        ## How much you get
        The RSI tops up your family's income up to a reference amount, which depends on the number of people. This amount is updated with the IAS (the reference amount for social benefits, { $ias }). Check your case with Social Security.

        ## Steps
        1. Apply for the RSI on Segurança Social Direta or at a Social Security service desk.
        2. Hand in the documents of everyone in your family.
        3. Go to the interview with the social worker (técnico de ação social).
        4. Sign the integration contract and do what was agreed.
        5. Tell Social Security about any change: work, income, address or family.

        ## Documents
        - Identity documents and residence cards of everyone.
        - Everyone's NISS and NIF.
        - Proof of income and bank statements.
        - Rental contract or proof of address.
        - Proof of your IBAN.

        ## Urgent social support
        - You have no home, no food, or you are in danger: call the National Social Emergency Line (Linha Nacional de Emergência Social), { $social-emergency-phone }. It is free and answers at any time.
        - You can ask for support from the social services (ação social) of Social Security, of the town council (câmara municipal) or of the parish council (Junta de Freguesia). In Lisbon, also from the Santa Casa da Misericórdia.
        - These services can give one-off help with food, medicines or rent, and send you to social support organisations and food banks (bancos alimentares).
        - If a life is in danger, call { $emergency-phone }.

        ## Residence and social support
        If you are not sure how social support could affect the renewal of your residence permit, ask at a CNAI or ask AIMA before you decide.

        On { $social-benefits-bill-debate-date } Parliament debated a bill that would require { $social-benefits-bill-years ->
            [one] { $social-benefits-bill-years } year
           *[other] { $social-benefits-bill-years } years
        } of legal residence from citizens of countries outside the European Union before they can receive support such as the RSI and child benefit. We found no news that it was approved. If you hear of new rules, check with Social Security.

        ## Costs
        Applying for the RSI or for social support is free.

        ## If something goes wrong
        - Application refused: ask for the decision in writing and complain within the time limit given.
        - Questions: Social Security, { $ss-phone } or { $ss-phone-alt } ({ $ss-hours }).
        - Help in your language: Migrant Support Line, { $lam-phone-landline } or { $lam-phone-mobile }.
    .keywords = RSI, rsi, social integration income, social insertion income, rendimento social de insercao, rendimento social de inserção, minimum income, guaranteed minimum income, rendimento minimo, welfare, welfare benefits, benefits, social benefits, state help, government help, government money, financial help, financial support, money help, social assistance, social support, social services, social worker, acao social, ação social, poverty, poor, no money, no food, hungry, food, food bank, food aid, food parcel, banco alimentar, homeless, no home, sleeping on the street, sem abrigo, social emergency, emergency help, 144, { $social-emergency-phone }, santa casa, junta de freguesia, camara municipal, town council, help with rent, integration contract, social security, seguranca social, segurança social, RSI benefit, minimum income benefit, social welfare, welfare payments, benefits for the poor, low income support, income support, food help, food support, soup kitchen, cantina social, social emergency line, linha nacional de emergência social, emergency social support, one-off help, pay electricity bill, can't pay bills, cant pay bills, help with bills, medicine help, técnico de ação social, integration contract RSI
    .questions =
        what is RSI and who can get it
        i have no money and no food, where can i get help
        food bank lisbon for immigrants
        homeless in portugal, emergency help
        how much is the rendimento social de inserção
        can immigrants get welfare in portugal
        how many years of residence to get RSI
        social worker appointment segurança social
        emergency financial help for rent and bills
        is there government help for poor families
        My unemployment benefit was refused and now I have nothing to feed my kids. Is there any emergency money from Segurança Social?
        I'm a single mother with a residence card for 2 years, can I get the RSI or do I need more years?
        What is the integration contract you have to sign for the RSI?
        Where can I get free food parcels in Porto?
        can the junta de freguesia help me pay my electricity bill this month?
        Do I lose the RSI if I start working a few hours a week?
        What number do I call if I have nowhere to sleep tonight?
