# Services and contacts: helpline, CNAI, driving licence, bank.

migrant-helpline = Migrant Support Line (Linha de Apoio a Migrantes)
    .summary = The Migrant Support Line (Linha de Apoio a Migrantes) gives information by phone, in many languages, about residence, work, health, school and other parts of life in Portugal. Call { $lam-phone-landline } from a landline, or { $lam-phone-mobile } from a mobile phone or from abroad.
    .body =
        The Migrant Support Line (Linha de Apoio a Migrantes, once called "Linha SOS Imigrante") is a public information service by phone. It belonged to the High Commission for Migration (Alto Comissariado para as Migrações, ACM). Since { $sef-abolished }, the ACM and SEF have been replaced by AIMA (Agência para a Integração, Migrações e Asilo), which took over the line.

        ## Numbers
        - From a landline: { $lam-phone-landline }.
        - From a mobile phone or from abroad: { $lam-phone-mobile }.
        - The cost of the call depends on your phone plan.

        ## Opening hours
        { $lam-hours }. These hours were published before AIMA took over the line, so they may have changed.

        ## Languages
        - The mediators answer in { $lam-languages } languages and dialects, according to the latest information published by the ACM. These include Portuguese, English, French, Spanish, Russian, Moldovan, Romanian, Ukrainian, Arabic, Cape Verdean Creole, Guinea-Bissau Creole, Fula, Wolof and Mandinka.
        - For other languages there is the Telephone Translation Service (Serviço de Tradução Telefónica): an interpreter joins the call. At one time this service had about { $stt-languages } languages.
        - This list is from before AIMA: when you call, say straight away which language you want to speak.

        ## What they can help with
        - Residence permits, visas, family reunification and Portuguese nationality: what steps to take and what documents you need.
        - Work, Social Security, health, school, housing and social support.
        - Which public service you should go to. They can also send you to a CNAI or to a local migrant support office.

        ## What the line does not do
        The line does not make AIMA appointments and does not decide applications. Appointments are automatic or requested through the form at { $aima-contact-form }.

        ## Help in person
        The CNAI (Centros Nacionais de Apoio à Integração de Migrantes), now also called "lojas AIMA" (AIMA shops), bring several services together in one place.
        - Lisbon: { $cnai-lisboa-address } ({ $cnai-lisboa-hours }).
        - Porto: { $cnai-porto-address }.
        - There are also CNAI in Faro (inside the Loja do Cidadão, the Citizen's Shop) and in Beja.

        Before you go, check with the line that the centre is open and whether you need an appointment.

        ## In urgent situations
        - Emergency: { $emergency-phone }.
        - Domestic violence: { $dv-phone }, free, at any time.
        - Human trafficking or forced labour: { $trafficking-phone }, at any time.

        ## If you cannot reach anyone
        - There are many calls: try again right when the line opens, or on another day.
        - If your question is about an application with AIMA, use the form at { $aima-contact-form } and keep the proof.
    .keywords = migrant support line, migrant helpline, migrants helpline, immigrant helpline, immigration helpline, helpline, help line, hotline, phone line, linha de apoio a migrantes, linha de apoio ao migrante, LAM, SOS imigrante, sos immigrant, ACM, high commission for migration, phone number, telephone, call, contact, contact number, help, support, information, info, advice, translator, interpreter, translation, in my language, my language, speak english, english speaking, language, languages, ukrainian, russian, arabic, creole, CNAI, CNAIM, loja aima, aima shop, aima office, mediator, cultural mediator, immigrant, immigrants, migrant, migrants, newcomer, { $lam-phone-landline }, { $lam-phone-mobile }, immigration hotline, helpline for foreigners, foreigners helpline, expat helpline, information line, free helpline, call centre, call center, phone support, speak to someone, talk to someone, english line, help in english, interpreter service, telephone translation, Serviço de Tradução Telefónica, STT, mediators, linha sos imigrante, ACM line, helpline hours, line busy, can't get through, busy line, helpline number
    .questions =
        phone number for immigrants help in portugal
        is there a helpline in english for migrants
        LAM phone number
        can i call from abroad to ask about immigration in portugal
        what hours is the migrant support line open
        linha de apoio a migrantes does it speak hindi or urdu
        nobody answers the migrant line
        who can i call for free information about my papers
        My mother only speaks Punjabi. Is there a phone service where she can ask about her papers with an interpreter?
        Which number do I call from my mobile to reach the migrant helpline, and how much does the call cost?
        can the migrant support line book my AIMA appointment for me?
        Is there somewhere I can call just to ask which office handles my problem, finanças, social security or AIMA?
        Does the Linha de Apoio a Migrantes still work now that the ACM is gone?

one-stop-shop-services = CNAI: support centres for migrants (AIMA shops)
    .summary = The CNAI (Centros Nacionais de Apoio à Integração de Migrantes, National Centres for the Support and Integration of Migrants) bring several public services for immigrants together in the same building. There are centres in Lisbon, Porto, Faro and Beja; today they belong to AIMA and are also called "lojas AIMA" (AIMA shops).
    .body =
        The CNAI (also written CNAIM) were created by the former High Commission for Migration (Alto Comissariado para as Migrações, ACM). Since { $sef-abolished } they belong to AIMA (Agência para a Integração, Migrações e Asilo), which also calls them "lojas AIMA" (AIMA shops). The idea is to deal with several matters in one place, with mediators who speak several languages.

        ## What services they usually have
        Services vary from centre to centre and have changed since AIMA took over. The Lisbon CNAI used to have:
        - AIMA: residence permits, renewals and family reunification, by appointment only.
        - Social Security (Segurança Social): NISS, contributions and social support.
        - ACT: information about your rights at work.
        - Central Registry Office (Conservatória dos Registos Centrais): nationality applications, by appointment.
        - Health and Education desks: registration with the SNS, enrolling children at school, Portuguese courses.
        - Desks for legal and social support, employment and housing.

        Before you go, check with the Migrant Support Line which of these services are working at the centre you chose.

        ## Where they are
        - Lisbon: { $cnai-lisboa-address }, near the Anjos and Intendente metro stations. Opening hours: { $cnai-lisboa-hours }.
        - Porto: CNAIM Norte. The published addresses do not match: check the address with the Migrant Support Line before you go.
        - Faro: a desk inside the Citizen's Shop (Loja do Cidadão).
        - Beja.
        - In other towns there are local migrant integration support centres (centros locais de apoio à integração de migrantes, CLAIM), at town councils and associations. They give information and help you prepare applications.

        ## How it works
        1. When you arrive, tell the reception desk what you need. You get a ticket (senha) for the right service.
        2. Wait until your ticket number is called.
        3. AIMA matters need an appointment. You cannot book it at the desk or by phone: it is automatic, or you ask for it through the form at { $aima-contact-form }.
        4. Arrive early: on busy days the tickets can run out before closing time.

        ## What to bring
        - Passport or residence card.
        - NIF and NISS, if you already have them.
        - The letters and papers about your matter, and the appointment message, if you have one.
        - If you do not speak Portuguese, you can ask for a mediator in your language or for the Telephone Translation Service (Serviço de Tradução Telefónica).

        ## Costs
        The service is free. You only pay the fees for each application, for example AIMA fees.

        ## If something goes wrong
        - You did not get a ticket: come back another day, earlier, or deal with your matter by phone or online, if possible.
        - Do not trust people who sell tickets, places in the queue or appointments: they are free.
        - Information in your language: Migrant Support Line, { $lam-phone-landline } (landline) or { $lam-phone-mobile } (mobile), { $lam-hours }.
    .keywords = CNAI, cnai, CNAIM, cnaim, AIMA shop, aima shop, aima store, loja aima, lojas aima, aima office, aima office lisbon, immigrant support centre, immigrant support center, migrant support centre, migrant centre, immigration office, immigrant office, one stop shop, one-stop shop, citizen shop, loja do cidadao, loja do cidadão, CLAIM, claim, local support centre, Anjos, Intendente, alvaro coutinho, Rua Álvaro Coutinho, ticket, queue, senha, opening hours, open hours, address, where is, location, in person, walk in, Lisbon, Lisboa, Porto, Oporto, Faro, Beja, ACM, mediator, translator, interpreter, CNAI Lisboa, CNAI Porto, CNAIM Norte, CNAI Faro, CNAI Beja, centro nacional de apoio, national support centre, national support center, immigration office in person, migrants office, walk-in centre, walk-in center, tickets run out, senhas, get a ticket, waiting line, local migrant support, CLAIM office, immigrant association, integration centre, integration center, Algarve, Leiria
    .questions =
        where is the AIMA office in lisbon
        CNAI lisbon address
        loja aima porto
        what services are at the migrant support centre
        do i need an appointment at the cnai
        what is a CLAIM centre
        CNAI opening hours and ticket
        aima shop faro
        I live in Porto and need help in person with social security and school for my kids. Is there a CNAI there and where exactly?
        Went to the CNAI in Lisbon at 10am and all the tickets were gone. What time should I get there?
        Can I do my AIMA stuff at the loja AIMA if I just show up without an appointment?
        I live in Leiria, far from Lisbon. Is there a local office that helps immigrants fill out applications?
        do i have to pay anything at the CNAI or to the mediators there?
        Can I hand in my nationality application at the registry desk inside the CNAI?
        Is there a migrant support centre anywhere in the Algarve?

driving-licence-exchange = Exchanging a foreign driving licence
    .summary = If you come to live in Portugal with a driving licence from outside the European Union, you usually have to exchange it for a Portuguese licence at IMT (Instituto da Mobilidade e dos Transportes). Licences from some CPLP and OECD countries can be used without an exchange, under conditions.
    .body =
        Driving licences (cartas de condução) are handled by IMT (Instituto da Mobilidade e dos Transportes). The rules depend on the country that issued your licence.

        ## Licences from the European Union and the European Economic Area
        You can drive with your licence while it is valid. You do not have to exchange it. If your licence has no expiry date, ask IMT what to do.

        ## Licences from CPLP and OECD countries
        Since { $driving-cplp-oecd-since } you can drive in Portugal, even as a resident, with a licence from Angola, Brazil, Cape Verde, Mozambique or São Tomé and Príncipe, or from several OECD countries (for example the United States, Canada, the United Kingdom, Switzerland and Japan), without exchanging it. Conditions:
        - the licence is valid and has not been seized, suspended or cancelled;
        - you are under { $driving-cplp-oecd-max-age } years of age;
        - no more than { $driving-cplp-oecd-licence-max-years } years have passed since the licence was issued or renewed.

        When you no longer meet one of these conditions, you must ask for the exchange. Without an exchange, the licence is only valid for driving in Portugal. Licences from Guinea-Bissau, East Timor (Timor-Leste) and Equatorial Guinea are not part of this scheme.

        ## Other licences: time limits
        This applies to licences from countries that signed the international road traffic conventions or have an agreement with Portugal:
        - As a visitor, you can drive with your foreign licence for { $driving-tourist-days } days after you enter, before you become a resident.
        - After you get your residence permit, you have { $driving-exchange-days } days to ask for the exchange, and you can drive during that time.
        - After that time, you can still ask for the exchange, but you cannot drive with your foreign licence.
        - If you do not ask for the exchange within { $driving-exchange-exam-years ->
            [one] { $driving-exchange-exam-years } year
           *[other] { $driving-exchange-exam-years } years
        }, you have to take a driving test (prova prática).

        If your country is not in any of these cases, ask IMT which exams you need to take.

        ## Steps
        1. Have a medical assessment. The doctor sends the medical certificate (atestado médico) through the electronic medical certificate platform.
        2. If you have categories for heavy vehicles (pesados), also have a psychological assessment.
        3. Fill in the exchange application at { $imt-online-web } and add the documents.
        4. Keep the proof of your application until you receive your Portuguese licence.

        ## Documents
        - Residence card.
        - Your foreign driving licence.
        - Certificate of authenticity of the licence (certificado de autenticidade), issued by the authority that issued it or by the consulate, with the categories.
        - Certified translation of the licence, when they ask for it.
        - If a lawyer, solicitor or agency handles it for you: the power of attorney (procuração).

        ## Costs
        You pay the IMT fee and the medical assessment. Check the amounts at { $imt-web }.

        ## If something goes wrong
        - You missed the time limit: do not drive until you have your Portuguese licence. Driving without a valid licence in Portugal has serious consequences.
        - Questions: { $imt-web }, or the Migrant Support Line, { $lam-phone-landline } or { $lam-phone-mobile }.
    .keywords = driving licence, driving license, drivers licence, drivers license, driver's license, driving licence exchange, exchange driving licence, exchange license, swap licence, change driving licence, convert licence, convert driving license, transfer license, foreign licence, foreign driving licence, foreign license, international driving permit, international licence, brazilian licence, brazilian license, CNH, cnh, angolan licence, cape verde licence, us license, uk licence, carta de conducao, carta de condução, carta, drive in portugal, can i drive in portugal, driving, drive, IMT, imt, IMTonline, imt online, medical certificate, atestado medico, driving test, driving exam, CPLP, OECD, OCDE, licence valid in portugal, validate licence, drivers license exchange, driver license, driver's licence, drivers licence exchange, licence swap, license swap, license conversion, licence conversion, UK driving licence, UK license, US driver license, american license, american driver's license, canadian license, canadian licence, australian licence, aussie licence, indian license, south african licence, foreign driver's license, EU driving licence, EU license, troca de carta, troca de carta de condução, trocar carta, carta de condução portuguesa, portuguese license, portuguese licence, portuguese driving licence, portuguese drivers license, temporary license, temporary licence, IMT appointment, medical exam for driving, atestado médico eletrónico, psychological assessment, certificate of authenticity, certidão de autenticidade, road test, prova pratica, prova prática, categories, license categories, licence categories, heavy vehicles, truck license, motorcycle license, rental car, rent a car, car rental
    .questions =
        how to exchange my driving license in portugal
        can i drive in portugal with a brazilian CNH
        indian driving licence valid in portugal?
        how long can I drive with my foreign licence after getting residence
        IMT licence exchange documents
        international driving permit portugal
        how much does the licence exchange cost at IMT
        my licence from nigeria cannot be exchanged, what now
        us driver's license portugal exchange
        We're Canadians who just got our residence cards. Do we have to exchange our Ontario licences or can we keep driving on them?
        Where do I get the certificate of authenticity for my Indian driving licence, from the RTO or the embassy?
        Missed the deadline to swap my licence after getting residency, will I have to take a driving test now?
        is the medical exam for the licence exchange done by any doctor or only at IMT?
        Can I do the whole license exchange online on IMTonline or do I need to go in person?
        My South African licence has truck categories, do I need the psychological test to keep them?
        Brazilian CNH holder, I'm getting older, until what age can I keep driving here without exchanging it?

bank-account = Opening a bank account
    .summary = To open a bank account in Portugal you usually need an identity document, a NIF and proof of address. If you have no other current account, you have the right to a basic bank account (conta de serviços mínimos bancários), which costs at most { $bank-basic-account-max-fee } a year.
    .body =
        A current account (conta à ordem) is for receiving your salary, paying the rent and household bills, and using a card and MB WAY. Your account number is called the IBAN. Banks are supervised by the central bank, Banco de Portugal.

        ## Documents banks ask for
        - Passport or residence card.
        - NIF (tax number, número de contribuinte).
        - Proof of address: rental contract, electricity, water or internet bill, or a certificate of residence (atestado de residência) from the parish council (Junta de Freguesia).
        - Information about your job and your employer: the bank may ask for your work contract, a payslip, or proof that you are a student.

        Banks must identify their customers carefully (rules against money laundering). Each bank decides which documents it accepts: some ask for a residence permit, others accept a passport with a visa. If one bank refuses, try another.

        ## Basic bank account (conta de serviços mínimos bancários)
        - It is a low-cost current account: in total, the bank cannot charge more than { $bank-basic-account-max-fee } a year.
        - It includes a debit card, deposits, withdrawals, payments, direct debits and transfers, some with a limit on how many per year.
        - You can ask for it if you have no other current account at any bank. If you already have one, you can convert it.
        - Banks that take deposits must offer it.

        ## Steps
        1. Compare banks and their fees (comissões). You can see their price lists on the Bank Customer Portal (Portal do Cliente Bancário), { $bportugal-client-web }.
        2. Go to a branch with your documents, or open the account online or in the app, if the bank allows it.
        3. Fill in the account opening form and the declaration about the country where you pay taxes.
        4. If you want the basic bank account, say so straight away and ask for it in writing.
        5. Keep the contract and the proof of your IBAN: you will need it for your salary and for Social Security.

        ## Costs
        Normal accounts usually have a maintenance fee, which varies from bank to bank. The basic bank account has the limit above.

        ## If something goes wrong
        - The bank refused to open an account: ask for the reason in writing and try another bank.
        - You want to complain: ask for the complaints book (Livro de Reclamações) at the branch, or complain to Banco de Portugal at { $bportugal-client-web }.
        - Never give your card codes or online banking codes by phone, SMS or e-mail. The bank never asks for them.
        - Do not agree to receive other people's money in your account to pass it on to someone else: this can be a crime.
        - Help in your language: Migrant Support Line, { $lam-phone-landline } or { $lam-phone-mobile }.
    .keywords = bank account, bank acount, open bank account, open a bank account, opening a bank account, how to open bank account, bank, banks, current account, checking account, account, IBAN, iban, NIB, debit card, bank card, multibanco, MB WAY, mbway, mb way, basic bank account, basic account, minimum services account, servicos minimos bancarios, serviços mínimos bancários, cheap account, free account, no fees account, low cost account, bank fees, account fees, comissoes, banco de portugal, bank of portugal, online banking, homebanking, salary account, bank refused, bank wont open account, bank account without residence permit, bank account with passport, bank account with nif, conta bancaria, abrir conta, money mule, scam, open an account, portuguese bank, portuguese bank account, best bank, cheapest bank, cheapest account, bank recommendations, digital bank, online bank, bank app, CGD, Caixa Geral de Depositos, Millennium, Millennium BCP, Novo Banco, Santander, ActivoBank, maintenance fee, account maintenance fee, monthly fee, monthly bank fee, comissão de manutenção, account without nif, non-resident account, non resident bank account, proof of IBAN, comprovativo de IBAN, IBAN for salary, bank transfer, bank fraud, phishing, scam sms, bank branch
    .questions =
        how to open a bank account in portugal
        can i open a bank account without nif
        basic bank account cheap
        bank asks for proof of address, i don't have one
        the bank refused to open an account for me
        can i open an account with only my passport
        what is the conta de serviços mínimos bancários
        how much do banks charge per year for an account
        complain about bank to banco de portugal
        Just arrived on a D7 and my bank back home charges a lot for transfers. What documents will a Portuguese bank ask me for to open an account?
        Can I open a Portuguese bank account as a non-resident before I move, just with my passport and NIF?
        My bank charges me 7 euros a month in fees, can I switch to the basic account with minimum services?
        Employer needs my IBAN for my salary, how fast can I get one after opening the account?
        Got an SMS from my bank asking for my homebanking code, is this a scam?
        someone offered me money to receive transfers in my account and send them on, is that legal?
        Can I open an account online in the bank's app without going to a branch?
