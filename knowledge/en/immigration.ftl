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

        ## If something goes wrong
        If your application is stuck, contact AIMA through the form at { $aima-contact-form }. For help in your language, call the Migrant Support Line: { $lam-phone-landline } (landline) or { $lam-phone-mobile } (mobile).
    .keywords = residence permit, residency permit, residence card, resident card, residency card, TRC, work permit, work visa, working visa, residence visa, visa, autorizacao de residencia, autorização de residência, titulo de residencia, título de residência, AR, legalize, legalization, legalisation, get papers, papers, documents, immigration, immigrate, move to Portugal, work in Portugal, job in Portugal, SEF, AIMA, aima, manifestation of interest, manifestacao de interesse, expression of interest, work contract, job offer, self employed, freelancer, recibos verdes, D1 visa, job seeker visa, tourist visa, Law 61/2025, new immigration law

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
        - The Mission Structure (Estrutura de Missão), created to clear delayed applications, was planned to end on { $aima-mission-structure-end }. If your application was there, ask AIMA through the form where it is now.

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
    .keywords = appointment, appointments, apointment, appointement, book appointment, booking, schedule, schedulling, slot, marcacao, marcação, agendamento, AIMA, aima, SEF, sef, aima appointment, sef appointment, contact form, contactenos, formulario, pending application, pending process, application stuck, process stuck, application status, check status, track application, follow up, processo pendente, notification, email from aima, aima phone, call aima, aima not answering, no answer, no reply, renewal, renew residence permit, portal aima, aima portal, biometrics, biometric data, fingerprints, interview, mission structure, estrutura de missao, aima office, loja aima, waiting for aima
