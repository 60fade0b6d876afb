# Immigration: residence permits, visas and AIMA.

residence-permit-work = Residence permit to work
    .summary = To live and work in Portugal, as an employee or self-employed, you need a residence permit (autorização de residência) from AIMA. Since 2024 you must arrive with a residence visa: you can no longer get legal status with a work contract after entering as a tourist.
    .body =
        The residence permit (autorização de residência) is the document that lets you live and work in Portugal. People also call it "título de residência" (residence card). It is handled by AIMA (Agência para a Integração, Migrações e Asilo), which replaced the old SEF on { $sef-abolished }.

        ## What has changed
        - Since { $manifestation-of-interest-ended }, the "expression of interest" (manifestação de interesse) no longer exists: you can no longer apply for residence with only a work contract after entering without a visa. Applications that were already pending continue.
        - With Law 61/2025 (Lei 61/2025), in force since { $foreigners-law-2025-in-force }, the job-seeker visa is now only for highly qualified people.

        ## Who can apply
        - Employees with a work contract or a promise of a work contract (promessa de contrato).
        - Self-employed workers (independentes) who have registered their activity with the tax office (Finanças).
        - In both cases, you must have entered with a residence visa for work, issued by the Portuguese consulate in your country.

        ## Steps
        1. Apply for the residence visa for work at the Portuguese consulate in the country where you live.
        2. Enter Portugal with that visa. Usually the AIMA appointment is made automatically when the visa is issued.
        3. Go to AIMA on the day of your appointment, with your original documents.
        4. Pay the fee and wait for the decision. The residence card arrives by post at the address you gave.

        ## Documents to bring
        - Valid passport with the residence visa.
        - Work contract, promise of a work contract or, if you are self-employed, the declaration of start of activity (declaração de início de atividade).
        - Tax number (NIF) and Social Security number (NISS).
        - Proof of accommodation and proof that you have enough money to live (meios de subsistência).
        - Criminal record certificate from your country of origin.

        ## How much it costs and how long it lasts
        AIMA has updated its table of fees (news of { $aima-fee-table-updated }); check the current amount at { $aima-web }. The first permit usually lasts { $residence-permit-first-years ->
            [one] { $residence-permit-first-years } year
           *[other] { $residence-permit-first-years } years
        } and can be renewed.

        ## If your application is refused
        AIMA decides. Before refusing, AIMA must send you a draft decision with the reasons (projeto de indeferimento): this is the prior hearing (audiência prévia). You usually have { $prior-hearing-working-days ->
            [one] { $prior-hearing-working-days } working day
           *[other] { $prior-hearing-working-days } working days
        } to reply in writing, explain and add the missing documents. Always reply within the deadline given in the letter: without a reply, the refusal usually becomes final.

        The final refusal must give the reasons, say that you can challenge it in court, and give the deadline. You can:
        - complain to AIMA itself (reclamação; the general deadline is { $administrative-complaint-days ->
            [one] { $administrative-complaint-days } day
           *[other] { $administrative-complaint-days } days
        }) or appeal to the superior of the person who decided (recurso hierárquico);
        - challenge the decision at the administrative court (tribunal administrativo), within the deadline given in the decision.

        A refusal may come with a notice to leave Portugal voluntarily within a short time. Find a lawyer straight away; if you cannot pay, ask the Segurança Social for legal aid (apoio judiciário). These deadlines come from summaries of the law by lawyers and journalists, checked in December 2026, not from the official text: check them in the letter you received, with AIMA, at a CNAI or with a lawyer.

        ## If your case is stuck
        Contact AIMA through the form at { $aima-contact-form }. For help in your language, call the Migrant Support Line (Linha de Apoio a Migrantes): { $lam-phone-landline } (landline) or { $lam-phone-mobile } (mobile).
    .keywords = residence permit, residency permit, residence card, resident card, residency card, TRC, work permit, work visa, working visa, residence visa, visa, autorizacao de residencia, autorização de residência, titulo de residencia, título de residência, AR, legalize, legalization, legalisation, get papers, papers, documents, immigration, immigrate, move to Portugal, work in Portugal, job in Portugal, SEF, AIMA, aima, manifestation of interest, manifestacao de interesse, expression of interest, work contract, job offer, self employed, freelancer, recibos verdes, D1 visa, job seeker visa, tourist visa, Law 61/2025, new immigration law, refused, refusal, rejected, application refused, indeferimento, projeto de indeferimento, prior hearing, audiência prévia, appeal, complaint, administrative court, challenge decision, leave the country, lawyer, work residence permit, employment visa, work authorization, work authorisation, permission to work, right to work, allowed to work, legal to work, work legally, working legally, D1, D3, highly qualified, highly qualified visa, skilled worker, blue card, EU blue card, tech visa, residency for work, residence permit for employment, residence for work, article 88, article 89, artigo 88, artigo 89, autorizacao de residencia para trabalho, autorização de residência para trabalho, permit to stay, stay legally, immigrate for work, proof of means, residencia trabalho, work TRC, residency card for work, employer sponsor, sponsorship
    .questions =
        how do i get a TRC to work in portugal
        work permit portugal
        I came on a tourist visa and found a job, can I stay and get my residence card?
        is manifestation of interest still possible or did they close it
        i have a work visa D1, what do i do after i land to get the residence permit
        self employed with recibos verdes, can i get residency for that
        what documents does AIMA ask for a work residence permit
        how much does the residence card cost and how many years is it valid
        my residence permit application was refused, can I appeal
        I applied years ago and my process at aima is stuck with no answer, what can i do
        lost my job after the AIMA interview, will they reject my residency
        My employer is sponsoring my D1 visa. After I land, how long until I actually get the residence card?
        I'm a freelancer working for clients abroad, can I get a residence permit as self-employed here?
        Submitted my manifestação de interesse in 2023 and it's still pending, does the new law cancel my application?
        What's the difference between the work visa from the consulate and the residence permit you get from AIMA afterwards?
        AIMA sent me a projeto de indeferimento saying my contract is missing, how long do I have to answer?
        can my employer in portugal apply for the work permit for me or do i have to do it myself at the consulate?
        For the work residence permit, are my payslips enough as proof of means of subsistence?

aima-appointments = AIMA appointments and following your application
    .summary = AIMA does not make appointments by phone. The appointment is made automatically when your visa is issued or when you submit your application on an AIMA portal. Otherwise you ask for it through the contact form, with only one request per person.
    .body =
        AIMA (Agência para a Integração, Migrações e Asilo) has handled residence permits since { $sef-abolished }, when it replaced SEF. To deal with your application at an AIMA office, you need an appointment (marcação, also called agendamento).

        ## How to get an appointment
        - Not by phone. The general AIMA phone line ({ $aima-phone }) and the e-mail { $aima-email } are for information, not for appointments.
        - With a residence visa: when the consulate issues your visa, the Ministry of Foreign Affairs books your AIMA appointment straight away. Keep the message with the day, time and place.
        - With an online application: if you submitted your application on an AIMA portal ({ $aima-portal-services }, { $aima-portal-servicos } or, for renewals, { $aima-portal-renewals }), AIMA books the appointment and tells you through the contact details you gave.
        - In other cases, or if your appointment never came, ask for one through the contact form at { $aima-contact-form }.

        ## Steps in the contact form
        1. Open { $aima-contact-form }.
        2. Choose the subject closest to your case.
        3. Write your name as it is in your passport, your passport number and your application number (número do processo), if you already have one.
        4. Send only one request per person. For your family, make one request for each person. Sending the same request again does not make it faster.
        5. Keep the confirmation. Check your e-mail often, also the spam (junk) folder.

        ## Following a pending application
        - Log in to the portal where you applied and check the status of your application.
        - Always keep the proof of submission (comprovativo de submissão) and the application number: they prove that your application is in progress.
        - The Mission Structure (Estrutura de Missão), created to clear delayed applications, held its last in-person appointments on { $aima-mission-structure-last-day }, according to a news report. The applications it handled continue online, and AIMA e-mails anyone who has to come to an office. If you do not know where your application stands, ask through the form.

        ## What to bring on the day
        - Valid passport and, if you have them, your visa or residence card.
        - The message with your appointment.
        - The original documents needed for your type of permit (for example, your work contract), with copies.
        - NIF, NISS and proof of address.

        Arrive early. If you cannot go, tell AIMA through the form.

        ## Costs
        The appointment is free. You pay the application fees. AIMA updated its table of fees recently: check the amount at { $aima-web }. Do not trust people who sell appointment slots or promise fast appointments: AIMA does not sell appointments.

        ## If something goes wrong
        - You waited a long time and got no answer: send the form once, keep the proof, and do not send repeated requests.
        - You need help in your language: call the Migrant Support Line, { $lam-phone-landline } (landline) or { $lam-phone-mobile } (mobile or from abroad).
    .keywords = appointment, appointments, apointment, appointement, book appointment, booking, schedule, schedulling, slot, marcacao, marcação, agendamento, AIMA, aima, SEF, sef, aima appointment, sef appointment, contact form, contactenos, formulario, pending application, pending process, application stuck, process stuck, application status, check status, track application, follow up, processo pendente, notification, email from aima, aima phone, call aima, aima not answering, no answer, no reply, renewal, renew residence permit, portal aima, aima portal, biometrics, biometric data, fingerprints, interview, mission structure, estrutura de missao, aima office, loja aima, waiting for aima, appt, biometrics appointment, biometric appointment, biometrics appt, pre-approval, preapproval, pre approval, approval email, SEF backlog, AIMA backlog, backlog, AIMA delays, delays, no appointment, agendamento AIMA, marcação AIMA, marcacao aima, reschedule, reschedule appointment, cancel appointment, missed appointment, change appointment date, AIMA email, AIMA e-mail, email AIMA, write to AIMA, SAPA, sapa portal, application number, numero do processo, número do processo, comprovativo de submissão, proof of submission, application in progress, aima update, status update, aima contact form
    .questions =
        how to book appointment with aima
        aima not answering phone for months
        how do I check the status of my application at AIMA
        i got a visa, when do i get the aima appointment for biometrics
        the contact form on aima website, how many times can i send it
        sent the aima form 3 times and still no date, what now
        what papers should i take to the aima appointment
        is the appointment at aima free or do i pay
        somebody is selling aima appointments on whatsapp, is it legit
        my pending process, where can i follow it online
        Missed my AIMA appointment because my flight was delayed, how do I get a new date?
        My wife and I applied together, do we each have to send the AIMA contact form separately?
        is there a way to reschedule an AIMA appointment? the date they gave me clashes with a surgery
        I keep calling the AIMA phone line to book my biometrics but they say they don't make appointments by phone. So how do I get one?
        Where do I find my application number (número do processo) to put in the aima form?
        Emailed AIMA five times about my pending process and heard nothing. Should I keep writing or does that slow it down?
        The Mission Structure appointments have ended, how will AIMA contact me now about my old manifestação de interesse?

residence-permit-renewal = Renewing your residence permit
    .summary = A temporary residence permit must be renewed with AIMA before it expires, usually online, on the Renewals Portal (Portal das Renovações). Keep the receipt of your application: it proves you are still legal while you wait for the new card.
    .body =
        Your temporary residence card (título de residência) has an expiry date. Before that date, ask AIMA (Agência para a Integração, Migrações e Asilo), which replaced SEF on { $sef-abolished }, to renew it. The first permit usually lasts { $residence-permit-first-years ->
            [one] { $residence-permit-first-years } year
           *[other] { $residence-permit-first-years } years
        } and each renewal { $residence-permit-renewal-years ->
            [one] { $residence-permit-renewal-years } year
           *[other] { $residence-permit-renewal-years } years
        }.

        ## When to start
        - The law asks you to apply at least { $residence-permit-renewal-deadline-days ->
            [one] { $residence-permit-renewal-deadline-days } day
           *[other] { $residence-permit-renewal-deadline-days } days
        } before your card expires.
        - The Renewals Portal ({ $aima-portal-renewals }) usually opens applications at the end of the month before the month your card expires.
        - If you changed job, address or passport, say so in your application.

        ## Steps
        1. Register on the Renewals Portal with your e-mail. The password arrives by e-mail.
        2. Fill in the application and add your scanned documents.
        3. Pay the fee straight away with the payment slip (guia) the portal gives you: the slip has a short deadline.
        4. Download the receipt of your renewal application (recibo) and keep it.
        5. If AIMA calls you in, go to the appointment with your original documents. The new card arrives by post.

        ## Documents
        - Valid passport and your current residence card.
        - Means to live (meios de subsistência): work contract, payslips (recibos de vencimento) or your income tax return (declaração de IRS).
        - Accommodation: rental contract or a certificate of residence (atestado de residência) from the parish council (Junta de Freguesia).
        - No debts to the tax office (Finanças) or to Social Security (declarações de não dívida).
        - Students: proof of enrolment (matrícula) and of passing your studies (aproveitamento escolar).
        - CPLP permit: criminal record certificate from your country of origin.

        ## If your card expires while you wait
        - The receipt of your renewal application counts as a residence permit for a time that can be extended. Always carry your old card and the receipt.
        - The law also says that your right of residence only ends { $residence-permit-grace-months ->
            [one] { $residence-permit-grace-months } month
           *[other] { $residence-permit-grace-months } months
        } after your card expires. Even so, applying late can mean a fine (coima).
        - The general extensions of expired cards, created during the pandemic, have ended.
        - Outside Portugal, an expired card with a receipt may not be accepted. Before you travel, check with AIMA.

        ## Costs
        With AIMA's new table of fees (news of { $aima-fee-table-updated }), the news says a renewal costs between { $aima-fee-renewal-min } and { $aima-fee-renewal-max }. Check the exact amount at { $aima-web }.

        ## Later on
        After { $permanent-residence-years ->
            [one] { $permanent-residence-years } year
           *[other] { $permanent-residence-years } years
        } of legal residence you can apply for a permanent residence permit (autorização de residência permanente). Check the conditions with AIMA.

        ## If something goes wrong
        - The portal does not accept your application or shows an error: write to AIMA through the form at { $aima-contact-form }, with only one request.
        - Your application was refused: the decision must say why. The time limits to complain or appeal are short: get legal help straight away.
        - For help in your language, call the Migrant Support Line: { $lam-phone-landline } (landline) or { $lam-phone-mobile } (mobile).
    .keywords = renewal, renew, renewing, renual, renew residence permit, renew residence card, renew permit, renew card, renew trc, residence permit renewal, permit expired, card expired, expired residence card, expired permit, expired visa, expired documents, expiring, out of date, overdue, renovacao, renovação, renovar, renovar titulo, titulo caducado, título caducado, caducado, vencido, portal das renovacoes, portal das renovações, renewals portal, renewal portal, renewal receipt, recibo, receipt, proof of renewal, extension, prorrogacao, prorrogação, validity, travel with expired card, renewal fee, renewal cost, how much renewal, permanent residence, permanent residency, long term residence, AIMA, aima, SEF, autorização de residência, autorizacao de residencia, AR, TRC, TRC renewal, residence card renewal, renew residency, residency renewal, renewal appointment, renewal application, renew online, online renewal, renovação automática, auto renewal, automatic renewal, autorenewal, expired TRC, expired card travel, validity extension, extended validity, decree extension, grace period, late renewal, fine for late renewal, coima, permanent residency card, autorização de residência permanente, long-term resident, renewal documents, guia de pagamento, payment slip, declaração de não dívida, nao divida, no debt certificate, renewal receipt travel
    .questions =
        how to renew my TRC
        my residence card expires next month what do i do
        renewal portal not working
        card expired while waiting for renewal, am i still legal
        can i travel outside portugal with an expired residence card and the renewal receipt
        when should i start renewing the permit, how many days before
        documents needed to renew residence permit
        how much is the renewal fee
        after 5 years can I get permanent residence instead of renewing again
        I forgot to renew and now it's been expired for 3 months, will I get a fine
        My TRC expires in 6 weeks and the renewals portal still says I can't apply yet. When exactly does it open?
        Is the renewal receipt enough to keep working legally and start a new job while the new card is being made?
        The renewal portal asks for a declaração de não dívida from finanças and segurança social, where do I get those?
        I changed jobs and moved to Porto since my last card, do I have to tell AIMA in the renewal?
        Missed the payment deadline on the guia for my renewal, is my application cancelled now?
        D7 holder here, do I need to show the same passive income again when I renew my residence permit?
        How long is the residence card valid after the first renewal?

visas-entry = Visas to enter Portugal
    .summary = You apply for a visa before you travel, at the Portuguese consulate in the country where you live. The type of visa decides what you can do in Portugal: visit, stay for some time, or come to live here and then apply to AIMA for a residence permit.
    .body =
        A visa lets you enter Portugal for a certain purpose. You apply before you travel, at the Portuguese consulate in the country where you live legally, often through a visa centre (VFS Global, BLS International or TLScontact). Visas are issued by the Ministry of Foreign Affairs (Ministério dos Negócios Estrangeiros, { $mne-visas-web }); after you enter, your residence is handled by AIMA.

        ## The main types
        - Short-stay visa (Schengen visa): for tourism, visits or business. You can stay up to { $schengen-short-stay-days ->
            [one] { $schengen-short-stay-days } day
           *[other] { $schengen-short-stay-days } days
        } in any period of { $schengen-reference-period-days ->
            [one] { $schengen-reference-period-days } day
           *[other] { $schengen-reference-period-days } days
        } in the Schengen area. You cannot work with it.
        - Temporary stay visa (visto de estada temporária): for stays of up to { $visa-temporary-stay-max-years ->
            [one] { $visa-temporary-stay-max-years } year
           *[other] { $visa-temporary-stay-max-years } years
        }, for example for medical treatment, seasonal work or training. It does not give you a residence permit.
        - Residence visa (visto de residência): to come and live in Portugal, to work, study, do research, join your family, live on your income or pension, or work remotely (digital nomads). It lets you stay { $residence-visa-validity-months ->
            [one] { $residence-visa-validity-months } month
           *[other] { $residence-visa-validity-months } months
        }; in that time you apply to AIMA for a residence permit.
        - Visa to look for qualified work (visto para procura de trabalho qualificado): since { $foreigners-law-2025-in-force } (Law 61/2025, Lei 61/2025) it replaces the old job-seeker visa and is only for highly qualified people, in the professions set by the Government. Ask the consulate if you can already apply for it.

        ## Entering without a visa
        Citizens of some countries, such as Brazil and East Timor (Timor-Leste), can enter without a visa for short stays. But if you enter as a tourist, you cannot work or apply for residence later: the "expression of interest" (manifestação de interesse) ended on { $manifestation-of-interest-ended } and, since { $foreigners-law-2025-in-force }, citizens of CPLP countries also need a residence visa.

        ## At the border: EES and ETIAS
        - Since { $ees-start }, the European Union's Entry/Exit System (EES) records, at the external borders of the Schengen area, people who are not EU citizens and come for a short stay, with or without a visa. On your first entry they take your fingerprints and a photo; every entry and exit is recorded instead of a stamp in your passport. Registration is free and done at the border itself. It was brought in gradually, over { $ees-rollout-months ->
            [one] { $ees-rollout-months } month
           *[other] { $ees-rollout-months } months
        }.
        - At Lisbon airport, the Government suspended the EES for { $ees-lisbon-suspension-months ->
            [one] { $ees-lisbon-suspension-months } month
           *[other] { $ees-lisbon-suspension-months } months
        } from { $ees-lisbon-suspended }, because of long queues. We could not confirm how it works today: expect waiting times on arrival.
        - ETIAS is a travel authorisation you apply for online (it is not a visa) for people who can enter without a visa, for example citizens of Brazil or Timor-Leste. It was announced for the last quarter of 2026, but the sources we checked in December 2026 disagree: one says it will only be required from April 2027. Before you travel, check on the European Union's official website or with the consulate whether you need it, and be wary of websites that charge you to make the application.

        ## Steps
        1. Choose the visa that fits the reason for your trip and book a date to hand in your application.
        2. Hand in your documents and pay the fee; the amount and the time to decide depend on the visa and the consulate. Do not buy your ticket before the decision.
        3. With a residence visa, enter Portugal while the visa is valid. The AIMA appointment is usually made automatically when the visa is issued.

        ## Usual documents
        - Passport valid for longer than your stay, and photos.
        - Travel or health insurance.
        - Proof that you have enough money to live (meios de subsistência) and a place to stay.
        - Criminal record certificate from the country where you live, for temporary stay and residence visas.
        - Documents for the reason of your trip: work contract or promise of a work contract, letter of acceptance from the school, invitation or booking.

        ## If something goes wrong
        - Visa refused: the decision must say why and how you can challenge it.
        - Staying after your visa ends can mean a fine, removal from the country and a ban on coming back.
        - Do not trust people who sell visas, appointments or fake contracts.
        - For help in your language, call the Migrant Support Line: { $lam-phone-landline } (landline) or { $lam-phone-mobile } (mobile).
    .keywords = visa, visas, visa types, types of visa, which visa, tourist visa, tourism visa, visit visa, visitor visa, schengen, schengen visa, short stay visa, short-stay visa, temporary stay visa, temporary visa, residence visa, residency visa, national visa, D visa, visto, visto de residencia, visto de residência, job seeker visa, jobseeker visa, job search visa, work visa, working visa, student visa, study visa, digital nomad, digital nomad visa, nomad visa, remote work visa, D7, D8, retirement visa, pension visa, passive income visa, consulate, embassy, VFS, VFS Global, BLS, TLScontact, MNE, enter Portugal, entry, border, airport, tourist, overstay, over stay, illegal stay, visa free, visa exemption, no visa, come to Portugal, move to Portugal, immigrate, visa refused, visa rejected, Law 61/2025, EES, ETIAS, entry/exit system, entry exit system, passport stamp, stamp, fingerprints, biometrics, biometric data, travel authorisation, travel authorization, airport queues, 90 days, 90/180, 90 day rule, schengen rules, schengen 90 days, schengen area, overstaying, overstayed, overstay fine, entry ban, re-entry ban, passport control, border control, immigration at the airport, e-gates, egates, entry stamp, exit stamp, visa appointment, consulate appointment, VFS appointment, visa application, visa requirements, visa fee, visa processing time, national visa D, D2, seasonal work visa, remote worker visa, freelancer visa, pensioner visa, visa denied, visa denial, visa-free, visa waiver, non EU visitor, travel insurance, visa sticker
    .questions =
        which visa do i need to move to portugal
        D7 visa passive income requirements
        digital nomad D8 visa how to apply
        job seeker visa portugal how long is it valid
        can i come as a tourist and then change to a work visa
        do I need a visa from India to visit portugal
        where do i apply for the visa, consulate or VFS
        what is EES and ETIAS at the border
        documents for a portuguese national visa
        my visa was refused by the consulate, what can i do
        I'm American and want to spend 5 months in Portugal next year without working. What kind of visa do I need?
        Applied for the D7 at VFS in London 10 weeks ago and still no answer. How long do consulates usually take to decide?
        Can I apply for a Portuguese residence visa from Spain, where I live on a student permit, or do I have to go back home?
        Flying into Lisbon next month as a tourist, do I have to register in the new EES with fingerprints, and does it cost anything?
        Brazilian here, will I need ETIAS to visit Portugal next year?
        should I buy my flight before the consulate decides on my residence visa?
        Temporary stay visa or residence visa, which one do I need for a 6 month seasonal job on a farm?
        How long is the residence visa valid after I enter, and what if I don't get to AIMA in that time?

family-reunification = Family reunification: bringing your family
    .summary = If you have a residence permit in Portugal, you can ask AIMA for family reunification (reagrupamento familiar), to bring your husband or wife, your children and, in some cases, your parents. Since Law 61/2025, as a rule you can only apply after some time of residence, with exceptions, and you must prove you have enough money and a suitable home.
    .body =
        With family reunification (reagrupamento familiar), your family comes to live with you in Portugal. You, the resident, make the application to AIMA (Agência para a Integração, Migrações e Asilo). Once it is approved, your family members apply for a residence visa at the Portuguese consulate where they live.

        ## What changed with Law 61/2025 (Lei 61/2025)
        Since { $foreigners-law-2025-in-force }:
        - As a rule, you can only apply after you have had a residence permit for { $family-reunification-wait-years ->
            [one] { $family-reunification-wait-years } year
           *[other] { $family-reunification-wait-years } years
        }.
        - There is no waiting time for children under 18, or children who cannot look after themselves, who depend on you. There is also none for people with an EU Blue Card, or with a permit for highly qualified work or for investment. According to news reports on the law's approval, there is also none for a husband, wife or partner when there are such children in your care.
        - The waiting time is shorter for a husband, wife or partner who already lived with you before you came to Portugal. The sources we found disagree on how long and under which conditions: ask AIMA or a lawyer.
        - Social benefits do not count as means to live (meios de subsistência).
        - After they arrive, your family must take part in integration measures, such as learning Portuguese.
        - Refugees have their own rules, which are more favourable.

        ## Who counts as family
        - Husband or wife (cônjuge), or partner in a proven civil union (união de facto).
        - Children under 18, or who cannot look after themselves, of the couple or of one of you, including adopted children.
        - Single adult children who depend on you and study in Portugal.
        - Your parents or your spouse's parents, if they depend on you.
        - Brothers and sisters under 18 who are under your legal guardianship (tutela).

        ## Steps
        1. Check if you can already apply, or if you are an exception.
        2. Gather the documents. Foreign documents need an apostille (apostila) or legalisation, and a translation.
        3. Apply to AIMA. If you do not know how, ask through the form at { $aima-contact-form }.
        4. Pay the fee. The table of fees has changed (news of { $aima-fee-table-updated }): check the amount at { $aima-web }.
        5. According to summaries of the law, AIMA has up to { $family-reunification-decision-months ->
            [one] { $family-reunification-decision-months } month
           *[other] { $family-reunification-decision-months } months
        } to decide, and longer in complex cases; a news report on the law's approval speaks of { $family-reunification-decision-days-reported ->
            [one] { $family-reunification-decision-days-reported } day
           *[other] { $family-reunification-decision-days-reported } days
        }. We did not find the official text: ask AIMA.
        6. Once the application is approved, your family members apply for the visa, enter Portugal and deal with their residence permit at AIMA.

        ## Documents
        - Your residence card and everyone's passports.
        - Marriage and birth certificates, or proof of your civil union (união de facto).
        - Means to live: work contract, payslips (recibos de vencimento), income tax return (declaração de IRS). The amount required is calculated from the minimum wage ({ $minimum-wage }) and goes up with the number of people.
        - A suitable home: rental contract or property deed (escritura).
        - Criminal record certificates of adult family members.
        - For parents and adult children: proof that they depend on you.

        ## If something goes wrong
        - If your family member is already in Portugal, ask AIMA if the application can be made here.
        - Application refused: before refusing, AIMA must hear you (audiência prévia), and the decision must say why and how you can challenge it. The deadlines are short: ask for legal help straight away.
        - For help in your language, call the Migrant Support Line: { $lam-phone-landline } (landline) or { $lam-phone-mobile } (mobile).
    .keywords = family reunification, family reunion, family reunited, reunification, reunite family, family visa, family reunification visa, bring my family, bring family, bring family to portugal, bring wife, bring my wife, bring husband, bring my husband, bring kids, bring my children, bring children, bring parents, bring my mother, wife and kids, spouse, spouse visa, husband, wife, partner, children, kids, minor children, parents, dependents, dependants, civil union, de facto partner, uniao de facto, união de facto, reagrupamento familiar, reagrupamento, means of subsistence, meios de subsistencia, accommodation, how long to wait, waiting time, 2 years, Law 61/2025, lei 61/2025, AIMA, SEF, reunification visa, family reunification permit, reunification permit, D6, D6 visa, bring spouse, bring my spouse, bring girlfriend, bring boyfriend, bring dependents, bring dependants, dependent visa, dependant visa, family visa portugal, join me, join me in portugal, join my husband, join my wife, wife visa, husband visa, child visa, adopted child, adopted son, adopted daughter, stepchild, stepson, stepdaughter, step children, proof of relationship, proof of dependency, marriage certificate, blue card family, integration measures, family of resident
    .questions =
        how can i bring my wife and kids to portugal
        family reunion visa requirements
        i have a TRC, can my husband join me here
        how long do i have to live here before i can apply for my family
        can I bring my parents to live with me in portugal
        how much money do i need to show for reunification
        my children are already in portugal with me, can i apply for them inside the country
        do i need a bigger flat to bring my family
        what papers do I need for reagrupamento familiar, marriage certificate apostille?
        AIMA refused my family reunification application, what now
        I'm on a D7 and my wife stayed back home with our 2 kids. Can they come right away or is there a waiting period now?
        We're not married but have lived together for 6 years. Does a de facto partnership count for family reunification?
        My stepdaughter is 16, can I include her in the reunification application even though she isn't my biological child?
        do social benefits count towards the income I need to show to bring my family?
        After AIMA approves the reunification, do my kids apply for a visa at the consulate or can they fly straight here?
        how long does AIMA take to decide a family reunification request?
        I have an EU Blue Card, do I also have to wait before I can bring my husband?
        My 20 year old son is studying, can he still come under family reunification?

asylum-protection = Asking for asylum or international protection
    .summary = If you fled your country because of persecution, war or serious danger, you can ask for international protection in Portugal: refugee status or subsidiary protection. You apply to AIMA or to any police officer. It is free and, while your application is being examined, you cannot be sent back.
    .body =
        International protection is for people who cannot go back to their country because they are in danger. AIMA (Agência para a Integração, Migrações e Asilo) examines and decides the applications, under the Asylum Law (Lei do Asilo, Law 27/2008). Asking for protection is free.

        New EU asylum rules (the Pact on Migration and Asylum) apply from { $eu-asylum-pact-applies }. They may change the steps and deadlines described here, and we have not found the Portuguese law that puts them into practice. Before each step, check with the Portuguese Refugee Council (Conselho Português para os Refugiados, CPR) or a lawyer.

        ## What protection exists
        - Refugee status (estatuto de refugiado): for people with a well-founded fear of persecution because of their race, religion, nationality, political opinions or because they belong to a certain social group.
        - Subsidiary protection (proteção subsidiária): for people at risk of serious harm if they go back, such as the death penalty, torture or the violence of a war.
        - Temporary protection (proteção temporária): a European scheme for large numbers of displaced people, today those who fled the war in Ukraine.

        ## How to apply
        1. Ask for protection as soon as possible: when you arrive, to the border authorities; if you are already in Portugal, at AIMA or to any police (PSP or GNR), who will pass on your application. Say clearly that you are asking for asylum.
        2. Get the document that proves you applied (declaração comprovativa) and keep it: it proves you are in Portugal legally.
        3. At the interview, with a free interpreter, tell your whole story.
        4. AIMA first decides whether to accept to examine your application. If it does, you get a provisional residence permit (autorização de residência provisória), renewable until the final decision.
        5. If you passed through another European Union country before, Portugal can ask that country to handle your application.

        ## Your rights while you wait
        - You cannot be sent back to the country you fled.
        - Health care in the National Health Service (SNS), and school for your children.
        - With the provisional residence permit you can work.
        - Social support and a place to stay, if you have no money.
        - Free legal help.
        - Your application is confidential: the authorities of your country are not told.

        ## Documents to bring
        Bring what you have: passport or another identity document, your family's documents, and proof of the danger (threats, news, medical reports). If you have no documents, you can still apply.

        ## Temporary protection (Ukraine)
        - It is for Ukrainians and other people who lived in Ukraine and fled the war.
        - You apply to AIMA. It gives you a residence permit and, automatically, a NIF, a NISS and an SNS user number (número de utente).
        - The European Union has extended this scheme until { $temporary-protection-until }. Check at { $aima-web } if it was extended again.

        ## If something goes wrong
        - Application refused: you only have a few days to appeal to the court. Get legal help straight away, or ask the Portuguese Refugee Council (Conselho Português para os Refugiados, CPR) for help.
        - If you were tricked or forced to work, you may be a victim of trafficking: call { $trafficking-phone }.
        - If you are in immediate danger, call { $emergency-phone }.
        - For help in your language, call the Migrant Support Line: { $lam-phone-landline } (landline) or { $lam-phone-mobile } (mobile).
    .keywords = asylum, asylem, asylum seeker, asylum application, apply for asylum, ask for asylum, political asylum, refugee, refugees, refugee status, refuge, international protection, subsidiary protection, temporary protection, humanitarian protection, humanitarian reasons, persecution, persecuted, war, fled the war, fleeing war, run away from my country, danger in my country, death threat, threatened, protection, asilo, refugiado, protecao internacional, proteção internacional, protecao temporaria, proteção temporária, Ukraine, Ukrainian, ukrainians, displaced, provisional residence permit, declaracao comprovativa, CPR, refugee council, UNHCR, ACNUR, Dublin, AIMA, SEF, asylum in portugal, asylum claim, claim asylum, seeking asylum, refugee application, refugee card, international protection application, conselho portugues para os refugiados, refugee council portugal, temporary protection ukraine, TP status, war refugee, fleeing, LGBT persecution, gay asylum, political persecution, religious persecution, sent back to my country, non-refoulement, asylum interview, asylum decision, asylum appeal, appeal asylum, provisional permit, asylum seeker rights, taliban, afghan, afghanistan
    .questions =
        how to apply for asylum in portugal
        i fled my country because of war, can i stay here
        refugee status application where
        can they deport me while my asylum request is being decided
        do asylum seekers get a place to live and money
        can i work while waiting for asylum decision
        i am ukrainian, temporary protection how does it work
        I came through spain first, will they send me back there
        my asylum claim was rejected, can i appeal
        do i pay anything to ask for international protection
        I'm from Afghanistan and arrived in Lisbon last week. I can't go back because my family was threatened. Where do I go to ask for protection?
        I'm gay and face prison in my country, can I ask for asylum in Portugal because of that?
        Will they give me an interpreter for the asylum interview, and do I need a lawyer?
        I'm in Portugal on a tourist visa but things got dangerous at home. Can I still apply for asylum from here?
        how long does it take to get the provisional residence permit after applying for asylum?
        Has the temporary protection for Ukrainians been extended again? When does mine expire?
        Can asylum seekers get a health number and send their kids to school while they wait?

student-residence = Residence for students and researchers
    .summary = To study or do research in Portugal you usually need a study or research visa from the consulate, and then a residence permit from AIMA. Students in higher education can work, if they tell AIMA.
    .body =
        Students and researchers from outside the European Union need a residence permit, given by AIMA (Agência para a Integração, Migrações e Asilo). You apply for your course at the university or polytechnic; DGES (Direção-Geral do Ensino Superior, { $dges-web }) has the list of recognised institutions.

        ## Who can apply
        - Higher education students (bachelor's, master's, PhD — licenciatura, mestrado, doutoramento) accepted by a recognised institution.
        - Secondary school students, trainees (estagiários), volunteers and people in exchange programmes.
        - Researchers and university teachers with a contract or hosting agreement (convenção de acolhimento) with a university or research centre.

        ## Steps
        1. Get the letter of acceptance or the contract from the institution.
        2. Apply for the residence visa for study or for research at the Portuguese consulate in the country where you live ({ $mne-visas-web }). For short courses, a temporary stay visa may be enough.
        3. Enter Portugal while your visa is valid. The AIMA appointment is usually made automatically when the visa is issued.
        4. Go to AIMA on the day of your appointment with your original documents. The card arrives by post.
        5. Ask for your NIF and your SNS user number (número de utente); if you are going to work, also your NISS.

        ## Documents
        - Valid passport with the visa.
        - Proof of enrolment (matrícula) or acceptance and, if there are any, proof that you paid the tuition fees (propinas).
        - Means to live: scholarship (bolsa), bank statements, or a statement of responsibility (termo de responsabilidade) from the person who supports you.
        - Proof of accommodation.
        - Health insurance, if they ask for it.
        - Criminal record certificate from your country of origin.
        - Researchers: contract or hosting agreement.

        ## Working while you study
        - Higher education students can work for an employer or be self-employed, as long as the work is in addition to their studies and they tell AIMA.
        - When you renew, AIMA asks for proof of enrolment and that you passed your studies (aproveitamento escolar). If you stop studying, your card may not be renewed.
        - Secondary school students and trainees should ask AIMA if they can work.

        ## When your course ends
        You can apply for another type of residence permit, for example to work, if you meet the conditions. Apply before your student card expires and check the way to do it with AIMA.

        ## Costs
        There is a consulate fee for the visa and an AIMA fee for the permit. AIMA's table of fees has changed (news of { $aima-fee-table-updated }): check at { $aima-web }.

        ## If something goes wrong
        - Ask the international relations office (gabinete de relações internacionais) of your institution for help.
        - Application stuck at AIMA: use the form at { $aima-contact-form }, with only one request.
        - For help in your language, call the Migrant Support Line: { $lam-phone-landline } (landline) or { $lam-phone-mobile } (mobile).
    .keywords = student, students, international student, foreign student, study in portugal, studying in portugal, student visa, study visa, visa for study, student residence, student residence permit, student permit, student card, residence permit for study, exchange, exchange student, Erasmus, erasmus, university, uni, college, polytechnic, politecnico, bachelor, bachelors, degree, masters, master's, master degree, PhD, phd, doctorate, licenciatura, mestrado, doutoramento, postgraduate, tuition fees, fees, propinas, enrolment, enrollment, matricula, researcher, research, research visa, scholarship, grant, bolsa, hosting agreement, work and study, can students work, student work, part time job, part-time, work while studying, DGES, AIMA, SEF, student visa D4, study permit, student residency, student TRC, student residence card, uni student, grad student, master's student, masters student, phd student, erasmus mundus, exchange semester, semester abroad, summer course, research fellowship, postdoc, post-doc, visiting researcher, investigador, researcher visa, researcher residence permit, working student, student job, student work permit, proof of funds, means of subsistence student, termo de responsabilidade, sponsor letter, sponsorship letter, letter of acceptance, acceptance letter, aproveitamento escolar, student renewal
    .questions =
        student visa portugal how to get
        i got accepted to a masters, what residence permit do i need
        can international students work part time in portugal
        do i need to tell aima if i work while studying
        documents for student residence permit, proof of money?
        my course finished, can i stay to look for a job
        phd researcher visa portugal
        erasmus student from outside EU, do I need a residence permit
        how much does the student residence card cost
        I got admitted to a master's at a university in Lisbon. Do I apply for the student visa first, or can I come as a tourist and sort the residence permit here?
        As a non-EU student with a residence card, can I work part-time and how do I tell AIMA?
        My parents will pay my living costs, what document proves that for the student visa, a sponsorship letter?
        Finished my PhD in Portugal, can I switch from a student permit to a work permit without going home?
        Postdoc offer from a research centre in Coimbra, which visa and residence permit do I need?
        failed some exams this year, will AIMA refuse to renew my student residence card?
        I'm doing a 4 month exchange semester, do I need a residence permit or is a temporary stay visa enough?

cplp-mobility = CPLP residence permit
    .summary = Citizens of Portuguese-speaking countries where the CPLP Mobility Agreement is in force can ask AIMA for a CPLP residence permit, with simpler rules. Since Law 61/2025 you must arrive in Portugal with a residence visa: you can no longer enter as a tourist and apply later.
    .body =
        The CPLP residence permit (AR CPLP) comes from the Mobility Agreement between the member states of the Community of Portuguese-Speaking Countries (Comunidade dos Países de Língua Portuguesa, CPLP). It lets you live, work or study in Portugal. The visa is issued by Portuguese consulates; the residence permit is issued by AIMA (Agência para a Integração, Migrações e Asilo).

        ## Who can apply
        Citizens of Angola, Brazil, Cape Verde, Guinea-Bissau, Equatorial Guinea, Mozambique, São Tomé and Príncipe and East Timor (Timor-Leste), if the agreement is in force for their country. Check with the consulate.

        ## What changed
        - Since { $foreigners-law-2025-in-force } (Law 61/2025, Lei 61/2025) you must enter with a residence visa. If you enter as a tourist, you can no longer apply for the AR CPLP in Portugal. This is also true for people who can visit without a visa, such as Brazilians and East Timorese.
        - With Law 9/2025 (Lei 9/2025), the AR CPLP became a card like the other residence permits, with the same validity, and it lets you travel in the Schengen area. The old paper sheet (A4) is being replaced by this card: follow the instructions AIMA sends you.

        ## Steps
        1. Apply for a residence visa at the Portuguese consulate in the country where you live, or at the visa application centre. Say that you are a CPLP citizen.
        2. Enter Portugal. The residence visa is valid for { $residence-visa-validity-months ->
            [one] { $residence-visa-validity-months } month
           *[other] { $residence-visa-validity-months } months
        }: apply for your permit within that time.
        3. Apply to AIMA for the AR CPLP. The appointment or the online application are usually handled automatically after the visa is issued; if you receive nothing, use the form at { $aima-contact-form }.
        4. The card arrives by post at the address you gave.

        ## Documents
        - Valid passport with the residence visa.
        - Criminal record certificate from your country of origin. AIMA checks the Portuguese one itself.
        - NIF and proof of address in Portugal.
        - The other documents depend on the reason (work, study or other): the consulate tells you which ones.

        ## Validity and renewal
        The first permit lasts { $residence-permit-first-years ->
            [one] { $residence-permit-first-years } year
           *[other] { $residence-permit-first-years } years
        } and each renewal { $residence-permit-renewal-years ->
            [one] { $residence-permit-renewal-years } year
           *[other] { $residence-permit-renewal-years } years
        }. Renew it before it expires, on the Renewals Portal (Portal das Renovações, { $aima-portal-renewals }). When you renew, you are asked again for the criminal record certificate from your country of origin.

        ## Costs
        The old AR CPLP fee was cancelled and AIMA's table of fees has changed (news of { $aima-fee-table-updated }). Check the current amount at { $aima-web }, and the visa fee at the consulate.

        ## If something goes wrong
        - You applied for the AR CPLP before { $foreigners-law-2025-in-force }, after entering as a tourist: ask AIMA through the form what stage your application is at. Do not send the same request again.
        - You still have the A4 paper and AIMA has not contacted you: ask through the form.
        - For help, call the Migrant Support Line: { $lam-phone-landline } (landline) or { $lam-phone-mobile } (mobile).
    .keywords = CPLP, cplp, AR CPLP, cplp residence, cplp permit, cplp residence permit, cplp visa, cplp card, mobility agreement, cplp mobility, portuguese speaking countries, portuguese-speaking, lusophone, PALOP, brazilian, brasilian, brazil, brasil, angolan, angola, cape verdean, cape verde, cabo verde, guinea bissau, guine bissau, mozambican, mozambique, mocambique, sao tome, são tomé, timor, east timor, timor leste, equatorial guinea, A4 paper, A4 sheet, a4 permit, folha A4, paper permit, tourist, enter as tourist, legalize, legalisation, autorizacao de residencia cplp, autorização de residência CPLP, Law 61/2025, Law 9/2025, AIMA, SEF, CPLP agreement, mobility visa, visto CPLP, AR-CPLP, autorização CPLP, brazilians, brasileiros, angolans, cape verdeans, mozambicans, timorese, santomean, lusophone countries, cartão CPLP, new CPLP card, CPLP schengen, CPLP travel, CPLP renewal, A4 document, A4 certificate, paper residence permit, CPLP criminal record, CPLP work, CPLP study
    .questions =
        CPLP residence permit how to apply
        i am brazilian, can i still come as tourist and apply for cplp residency
        cplp visa requirements from angola
        cape verdean, what is the easiest way to get residency in portugal
        the A4 paper permit, is it still valid for travel
        can i renew the cplp permit or change it to a normal card
        documents needed for autorização de residência cplp
        how long is the cplp permit valid
        I am from Mozambique and got refused cplp, what now
        how much does the cplp residence cost
        I'm Brazilian and still have the old A4 CPLP paper. Can I travel to France with it or do I need to wait for the new card?
        AIMA emailed me about swapping my CPLP A4 sheet for the card, what do I need to do?
        From Angola, I applied for the CPLP residence in 2024 after entering as a tourist. Is my application still valid with the new law?
        Does the CPLP residence permit let me work for any employer?
        cape verdean student, should i apply for a CPLP visa or a normal student visa?
        Do I need to show my criminal record from Brazil again when renewing the CPLP permit?
        I'm Angolan but I live in Mozambique, at which consulate do I apply for the CPLP residence visa?
