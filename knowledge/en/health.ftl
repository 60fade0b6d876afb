# Health: SNS user number, health centre, emergencies and the SNS 24 line.

sns-user-number = SNS user number (número de utente)
    .summary = The user number (número de utente) gives you access to the National Health Service (SNS): appointments at the health centre, a family doctor, vaccines and prescriptions. You ask for it at the health centre in the area where you live, even without a residence permit. Urgent care is never refused, even without a user number.
    .body =
        The user number (número de utente) is your number in the National Health Service (SNS). With it you can book appointments at the health centre, ask for a family doctor, get vaccines, receive prescriptions and use SNS 24 online ({ $sns24-web }) and in the app.

        ## Who can ask for it
        - People who live in Portugal and have a residence permit or residence card.
        - People who live in Portugal and do not have a residence permit yet, or are waiting for AIMA. In this case the registration can be temporary, until you show your residence card.
        - Children, whatever the situation of their parents.

        ## Steps
        1. Find out which health centre (centro de saúde), or Family Health Unit (USF), covers your address. You can ask at your parish council (Junta de Freguesia) or call SNS 24 on { $sns24-phone }.
        2. Go to the front desk (secretariado clínico) of that health centre and ask to register as a user (utente).
        3. Show your documents. Check that your personal details and your address are correct.
        4. Keep the paper with your user number.
        5. Also ask for a family doctor (médico de família). If no doctor is free, you go on a waiting list, but you can still have appointments at the health centre.

        ## Documents to bring
        - Passport or residence card. If you have it, also bring the proof of your application to AIMA.
        - Proof of address: a rental contract or a certificate of residence (atestado de residência) from the Junta de Freguesia. Without a residence permit, the certificate from the Junta is the document they ask for most.
        - For a child: the child's document and the document of one parent.

        ## Costs
        - Registration is free.
        - Appointments at the health centre have no user fee (taxa moderadora).
        - If you do not have a residence permit yet, in some cases you may have to pay for care that is not urgent. Ask at the front desk before the appointment.

        ## Emergency care is never refused
        In an emergency, call { $emergency-phone } or go to the hospital emergency department (urgência). Urgent care is not refused to anyone: not to people without a user number, and not to people without documents or a residence permit.

        ## If something goes wrong
        - They refused to register you: ask for the reason in writing and the name of the service. Go back with the certificate of residence from the Junta de Freguesia.
        - Ask for help from the Migrant Support Line, { $lam-phone-landline } or { $lam-phone-mobile }, or at a CNAI.
        - You can also write in the health centre's complaints book (Livro de Reclamações).
        - You moved house: ask to move your registration to the health centre in your new area.
    .keywords = user number, utente number, numero de utente, número de utente, utente, n utente, health number, sns number, SNS, sns, health card, sns card, cartao de utente, NHS, national health service, health centre, health center, centro de saude, centro de saúde, clinic, local clinic, GP, family doctor, medico de familia, doctor, doctor appointment, see a doctor, register doctor, register health centre, registration, USF, vaccine, vaccines, vaccination, prescription, medicine, no papers, undocumented, without documents, without residence permit, atestado, atestado de residencia, junta, junta de freguesia, proof of address, free healthcare, health insurance

emergency-and-sns24 = Emergencies ({ $emergency-phone }) and the SNS 24 line
    .summary = In an emergency where a life is in danger, call { $emergency-phone }: it is free. For a health problem that is not an emergency, first call SNS 24 on { $sns24-phone }: a health professional looks at your case and tells you what to do and where to go.
    .body =
        ## When to call { $emergency-phone }
        { $emergency-phone } is the European emergency number. Call it when someone's life is in danger:
        - serious difficulty breathing, strong chest pain, fainting, seizures, or bleeding that does not stop;
        - signs of a stroke (AVC): the mouth drops to one side, one side of the body is weak, difficulty speaking;
        - serious accidents, fires, attacks, or a crime happening now.

        The call is free. You can call from any mobile phone, even with no credit. { $emergency-phone } sends an INEM ambulance, the fire brigade (bombeiros) or the police.

        ## What to say when you call { $emergency-phone }
        1. What happened and how many people need help.
        2. Where you are: address, town, and landmarks near you.
        3. The phone number you are calling from.
        4. Answer the questions, speak slowly, and do not hang up until they tell you to.

        ## SNS 24: when it is not an emergency
        - Fever, vomiting, pain, a small wound, a sick child, or questions about medicines: call SNS 24 on { $sns24-phone }. It answers at any time, every day.
        - A health professional assesses your case (triagem) and tells you what to do: treat yourself at home, go to the health centre, or go to the emergency department. If needed, they refer you there.
        - You can call even if you do not have a user number (número de utente) yet.
        - SNS 24 also has a website ({ $sns24-web }) and an app.

        ## Going to the hospital emergency department
        - In serious cases go straight away, or call { $emergency-phone }.
        - When you arrive there is a triage: the most serious cases are seen first. Mild cases can wait many hours.
        - Bring an identity document, your user number if you have one, and a list of the medicines you take.
        - Many hospitals have a separate emergency department for children (urgência pediátrica).

        ## Costs
        - Calling { $emergency-phone } is free.
        - At the hospital emergency department you only pay a user fee (taxa moderadora) if you go on your own, without a referral from SNS 24, INEM or the health centre, and you are not admitted to hospital. So when it is not serious, call SNS 24 first.
        - If you are not registered with the SNS, you may get a bill later.
        - Urgent care is never refused, with or without documents, with or without a residence permit.

        ## If something goes wrong
        - If you think you were treated badly, ask for the complaints book (Livro de Reclamações) at the hospital or health centre.
        - If you have no doctor and no user number, see how to register at the health centre.
    .keywords = { $emergency-phone }, emergency, emergency number, emergency room, ER, A&E, accident and emergency, urgencia, urgência, urgencias, hospital, ambulance, ambulancia, INEM, inem, SNS 24, sns24, sns 24, saude 24, health line, medical helpline, { $sns24-phone }, nurse, nurse line, doctor at night, doctor weekend, police, fire brigade, firefighters, bombeiros, fever, pain, sick, sick child, sick baby, vomiting, stroke, heart attack, accident, triage, triagem, taxa moderadora, how much does the emergency cost, emergency cost, free emergency, 911, 999, no papers emergency, without documents

family-doctor = Family doctor and health centre
    .summary = Your family doctor (médico de família) looks after your health and your family's health at the health centre in the area where you live. To get one, register at the health centre with your user number (número de utente) and ask for a family doctor. If no doctor is free, you go on a waiting list, but you can still be seen.
    .body =
        The health centre (centro de saúde) is the way into the National Health Service (SNS). It may be called a USF (Unidade de Saúde Familiar, Family Health Unit) or a UCSP, and it is part of the Local Health Unit (Unidade Local de Saúde, ULS) of your area. There you have a family team: a family doctor (médico de família) and a family nurse (enfermeiro de família).

        ## What the family doctor does
        - Appointments when you are ill, and routine check-ups.
        - Prescriptions, and repeat prescriptions for medicines you always take.
        - Blood tests and other tests, and referrals to a specialist at the hospital.
        - A sick note (baixa médica, officially certificado de incapacidade temporária) when you cannot work.
        - Care during pregnancy, check-ups for children, vaccines and family planning.

        ## Who can have one
        - People who live in Portugal and are registered at the health centre for the area of their address.
        - As a rule, to be given a family doctor you need full registration, with a valid residence permit and an address in Portugal.
        - People who do not have a residence permit yet are also seen at the health centre, with their own rules.

        ## Steps
        1. Ask for a user number (número de utente), if you do not have one yet.
        2. At the front desk (secretariado clínico) of the health centre for your address, ask to register with the unit and ask for a family doctor.
        3. Check your address, mobile number and e-mail: this is how messages reach you.
        4. If no doctor is free, you go on a waiting list. Meanwhile, for a health problem, ask for a same-day appointment (consulta aberta or consulta de recurso) at the health centre.
        5. Book appointments at the front desk, by phoning the health centre, on the SNS 24 website ({ $sns24-web }) or in the SNS 24 app.

        ## Documents to bring
        - User number, passport or residence card.
        - Proof of address: a rental contract or a certificate of residence (atestado de residência) from the parish council (Junta de Freguesia).
        - NIF and NISS, if you already have them.
        - For your children: each child's documents and vaccination record (boletim de vacinas).

        ## Costs
        - Registering and having a family doctor is free.
        - Appointments at the health centre have no user fee (taxa moderadora).
        - At the pharmacy you pay the part of the medicine price that the SNS does not cover (comparticipação).

        ## If something goes wrong
        - You need help and cannot get an appointment: call SNS 24 on { $sns24-phone }. In an emergency, call { $emergency-phone }.
        - You want to complain: use the complaints book (Livro de Reclamações) or the citizen's office (gabinete do cidadão) of the ULS.
        - You moved house: ask to move your registration to the health centre in your new area.
        - You do not speak Portuguese well: bring someone you trust, or call the Migrant Support Line, { $lam-phone-landline } or { $lam-phone-mobile }.
    .keywords = family doctor, familly doctor, family physician, GP, general practitioner, doctor, doc, my doctor, get a doctor, no doctor, no family doctor, without family doctor, medico de familia, médico de família, health centre, health center, centro de saude, centro de saúde, local clinic, clinic, USF, UCSP, ULS, family nurse, nurse, register health centre, register with a doctor, registration, waiting list, doctor appointment, book appointment, make an appointment, see a doctor, same day appointment, walk in, consulta aberta, prescription, repeat prescription, renew prescription, sick note, sick leave, doctor's note, medical certificate, baixa, baixa medica, CIT, check up, SNS, sns, SNS 24, sns24 app, change doctor, change health centre, moved house

health-without-papers = Health care without a residence permit
    .summary = If you live in Portugal without a residence permit, you can still use the National Health Service (SNS). Emergency care, pregnancy and childbirth, care for children, vaccines and contagious diseases are guaranteed; other care may be charged. Health workers must keep what you tell them confidential.
    .body =
        The Basic Health Law (Lei de Bases da Saúde) includes migrants, with or without legal status, among the people the SNS serves. Without a residence permit, access has its own rules, and nobody can be left without urgent care.

        ## Guaranteed care
        Under the rules of the Ministry of Health, this care is not refused and not charged:
        - urgent and life-saving care;
        - contagious diseases that are a danger to public health, such as tuberculosis or HIV/AIDS;
        - pregnancy, childbirth and care after birth, family planning, abortion (interrupção voluntária da gravidez) and care for the newborn baby;
        - care for children and young people under 18 who live in Portugal;
        - vaccines of the National Vaccination Programme (Programa Nacional de Vacinação);
        - care for people who are socially excluded or in financial need confirmed by Social Security.

        ## Other care
        - Appointments and tests that are not on this list may be charged at SNS prices. The bill may arrive later.
        - The rules on what you pay are not clear: on { $health-ers-clarification-date } the Health Regulatory Authority (Entidade Reguladora da Saúde, ERS) asked the Ministry of Health to clarify them. Before an appointment that is not urgent, ask at the front desk if you will have to pay.

        ## Steps
        1. Ask for a certificate of residence (atestado de residência) at the parish council (Junta de Freguesia). If it is true, ask for it to say that you have lived in Portugal for more than { $health-undocumented-min-days ->
            [one] { $health-undocumented-min-days } day
           *[other] { $health-undocumented-min-days } days
        }.
        2. Go to the health centre for the area where you live and ask to register as a user (utente). Without a residence permit, the registration stays "in progress" (em curso) or "incomplete" (incompleto), but it gives you a user number.
        3. If you have an application pending at AIMA, bring the proof and show it at the front desk.
        4. In an emergency, go to the hospital emergency department (urgência) or call { $emergency-phone }, with or without documents.

        ## Documents to bring
        - Passport or another identity document. If you have no document, still give your name and date of birth: emergency care does not wait for papers.
        - Certificate of residence from the Junta de Freguesia.
        - Proof of your application to AIMA, if you have one.
        - If you cannot afford to pay: a statement of financial need (declaração de carência económica) from Social Security.

        ## Confidentiality
        - Doctors, nurses and other health workers must keep professional secrecy (sigilo profissional), and your health data are protected.
        - The job of the SNS is to treat you, not to check your immigration status. Do not stay away from care because you are afraid.

        ## If something goes wrong
        - You were refused care: ask for the reason in writing, write in the complaints book (Livro de Reclamações), or make a complaint to the ERS.
        - You got a bill you cannot pay: talk to the hospital's services and to Social Security.
        - For help in your language: Migrant Support Line, { $lam-phone-landline } or { $lam-phone-mobile }, or a CNAI.
    .keywords = no papers, without papers, undocumented, no documents, without documents, illegal, illegal immigrant, irregular, irregular status, overstayer, no residence permit, without residence permit, no visa, expired visa, expired permit, waiting for aima, pending application, can i see a doctor, can i go to the doctor, can i go to hospital, hospital without papers, doctor without papers, health care, healthcare, health centre, health center, centro de saude, SNS, sns, do i have to pay, pay for doctor, hospital bill, medical bill, will they report me, report me to police, police, deportation, will aima find out, confidential, confidentiality, medical secrecy, doctor secret, atestado, atestado da junta, registration in progress, temporary user number, emergency, urgencia, tuberculosis, TB, HIV, AIDS, free healthcare, sem papeis, sem documentos

pregnancy-and-children-health = Pregnancy and children's health
    .summary = During pregnancy, appointments at the health centre, blood tests, scans and giving birth in an SNS hospital are guaranteed, also for women without a residence permit. Vaccines of the National Vaccination Programme are free, and children have regular check-ups at the health centre.
    .body =
        The health of pregnant women and children is a priority of the National Health Service (SNS). This care does not depend on the parents' situation with AIMA.

        ## During pregnancy
        1. As soon as you know you are pregnant, go to the health centre in your area and ask for a pregnancy check-up (consulta de vigilância da gravidez).
        2. You get the Pregnancy Health Record (Boletim de Saúde da Grávida): bring it to every appointment, every test and to the birth.
        3. Appointments, blood tests and scans (ecografias) are part of your care. Some scans are done at private clinics that have an agreement with the SNS, with a referral (requisição) from the health centre.
        4. The health centre can give you a dentist voucher (cheque-dentista) to see a dentist during pregnancy.
        5. You give birth in an SNS hospital. Before you go to the maternity emergency department (urgência de obstetrícia), if it is not an emergency, call SNS 24 ({ $sns24-phone }): it has a service for pregnant women and tells you which hospital to go to.

        If you work, you have the right to miss work for your pregnancy appointments without losing pay. Tell your employer and ask the health centre for a statement.

        ## After the birth
        - Register your baby within { $birth-registration-days ->
            [one] { $birth-registration-days } day
           *[other] { $birth-registration-days } days
        }: at the hospital, if it has a "Nascer Cidadão" desk, or at a Civil Registry Office (Conservatória do Registo Civil).
        - In the first days of life the baby has the heel prick test ("teste do pezinho"), a blood test to find rare diseases.
        - Book your baby's first appointment at the health centre and ask for the baby's user number (número de utente).
        - Money support, such as the prenatal benefit (abono pré-natal) and parental benefit (subsídio parental), is requested from Social Security.

        ## Vaccines
        - Vaccines of the National Vaccination Programme (Programa Nacional de Vacinação) are free for all children and adults, with or without a residence permit. They are given at the health centre.
        - Bring your vaccination records from your country: the nurse checks what is missing and updates the record.

        ## Children's health
        - Children have regular child health check-ups (consultas de saúde infantil) at the health centre, with the family doctor and nurse, even when they are well.
        - Always bring the Child and Youth Health Record (Boletim de Saúde Infantil e Juvenil).
        - Sick child: call SNS 24. Many hospitals have a children's emergency department (urgência pediátrica).

        ## Costs
        - Pregnancy care, giving birth, children's appointments and the vaccines of the national programme are free, with or without a residence permit.
        - At the pharmacy you may have to pay part of the price of prescribed medicines.

        ## If something goes wrong
        - You were refused an appointment: ask for the reason in writing and write in the complaints book (Livro de Reclamações), or to the Health Regulatory Authority (Entidade Reguladora da Saúde, ERS).
        - In an emergency, during pregnancy or with a child, call { $emergency-phone }.
        - For help in your language: Migrant Support Line, { $lam-phone-landline } or { $lam-phone-mobile }.
    .keywords = pregnancy, pregnant, i am pregnant, im pregnant, pregnent, expecting a baby, prenatal, pre-natal, antenatal, prenatal care, pregnancy check up, pregnancy appointment, scan, ultrasound, ultrasound scan, echography, ecografia, blood tests, tests, birth, give birth, giving birth, childbirth, delivery, labour, labor, maternity, maternity hospital, maternity ward, obstetrics, obstetrician, gynecologist, gynaecologist, midwife, pregnancy record, boletim da gravida, dentist voucher, cheque dentista, baby, newborn, new born, heel prick test, teste do pezinho, register baby, birth registration, birth certificate, nascer cidadao, vaccines, vaccine, vaccination, vaccinations, jabs, immunisation, vaccination record, vaccine card, boletim de vacinas, PNV, pediatrician, paediatrician, kids doctor, child health, sick child, sick baby, children emergency, family planning, contraception, the pill, abortion, IVG, prenatal benefit, parental leave, gravidez, gravida
