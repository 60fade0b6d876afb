# Health: SNS user number, health centre, emergencies and the SNS 24 line.

sns-user-number = SNS user number (número de utente)
    .summary = The user number identifies you in the National Health Service (SNS). According to the Health Regulatory Authority (ERS), on { $health-ers-faq-date }, it is given to anyone who contacts an SNS unit, also to people without a residence permit, but then the registration is "em curso" (in progress) or "incompleto" (incomplete) and some care may be charged. Emergencies, pregnancy, children, vaccines and contagious diseases are treated whatever your status.
    .body =
        The user number (Número Nacional de Utente) is your number in the SNS. With it you book appointments at the health centre, ask for a family doctor, get vaccines and prescriptions, and use SNS 24 online ({ $sns24-web }) and in the app.

        ## What the rules say today
        - The number is given by the National Register of Users (Registo Nacional de Utentes, RNU). The RNU rules were changed by Despacho n.º 14830/2024 of { $health-rnu-rules-date }.
        - In April 2025 a news report said that registering now requires a residence permit. The ERS explains it differently in its FAQ of { $health-ers-faq-date }: you are registered when you contact an SNS unit, with a minimum of data (name, sex, date of birth, country of nationality and of birth).
        - With a valid residence permit and an address in Portugal, the registration is "atualizado" (up to date): you have access on the same terms as Portuguese citizens and can ask for a family doctor.
        - Without a valid residence permit, the registration is "em curso" or "incompleto". You have a user number, but you may have to pay for care outside the list below.
        - An association (Humans Before Borders, March 2025) says that people who do not regularise their status within { $health-rnu-pending-limit-days ->
            [one] { $health-rnu-pending-limit-days } day
           *[other] { $health-rnu-pending-limit-days } days
        } may lose access. We did not find this in an official text: ask at the health centre or the ERS.

        ## Treated whatever your status
        According to the ERS, this care is guaranteed with or without a residence permit:
        - urgent and emergency care;
        - pregnancy, childbirth and family planning;
        - children and young people under 18;
        - vaccines and contagious diseases (public health).

        ## Steps
        1. Find out which health centre (or Family Health Unit, USF) covers your address. You can ask at the Junta de Freguesia or call SNS 24 on { $sns24-phone }.
        2. Go to the front desk (secretariado clínico) and ask to register as a user.
        3. Show your documents and check that your details and address are correct. Ask which type of registration you got: "atualizado", "em curso" or "incompleto".
        4. Keep the paper with your user number.
        5. If you have a residence permit, also ask for a family doctor. If none is free, you go on a waiting list.

        ## Documents to bring
        - Passport or residence permit. If you have it, the receipt of your application to AIMA.
        - NIF and NISS, if you have them.
        - Proof of address: rental contract or residence certificate (atestado de residência) from the Junta de Freguesia. Without a residence permit, bring a certificate saying you have lived in Portugal for more than { $health-undocumented-min-days ->
            [one] { $health-undocumented-min-days } day
           *[other] { $health-undocumented-min-days } days
        }.
        - For a child: the child's document and one parent's.

        ## Costs
        - Registering is free.
        - With an "atualizado" registration, appointments at the health centre have no user charge (taxa moderadora).
        - With an "em curso" or "incompleto" registration, care outside the list above may be charged. What is charged is not clear: on { $health-ers-clarification-date } the ERS asked the Ministry of Health to clarify it, and we found no answer. Ask at the desk before an appointment that is not urgent.

        ## Health services and AIMA
        We found no rule telling health centres or hospitals to inform AIMA or the police of a patient's residence status, nor an official text saying they never do. Health professionals are bound by confidentiality. In March 2025 an association warned that the new RNU rules allow data to be shared with other bodies, without saying which. If you are unsure, ask at the health centre, SNS 24, the ERS or a CNAI. In an emergency, do not stay away from A&E.

        ## If something goes wrong
        - Registration refused: ask for the reason in writing and the name of the service. Write in the complaints book (Livro de Reclamações) or complain to the ERS.
        - Get help from the Migrant Support Line (Linha de Apoio a Migrantes), { $lam-phone-landline } or { $lam-phone-mobile }, or at a CNAI.
        - You moved: ask to transfer your registration to the health centre of your new area.
    .keywords = user number, SNS number, health number, numero de utente, número de utente, utente, health card, NNU, RNU, national health service, SNS, public health care, health centre, health center, centro de saude, GP, family doctor, register with a doctor, register at health centre, doctor, appointment, vaccines, prescription, no papers, undocumented, without residence permit, no residence permit, atestado, registo em curso, registo incompleto, AIMA, report to immigration, SNS card, utente card, cartao de utente, cartão de utente, user card, utente number, numero utente, NHS number, health service number, health system number, public healthcare, public health system, public healthcare registration, healthcare registration, register for healthcare, sign up for healthcare, SNS registration, register with SNS, inscrição no centro de saúde, inscricao centro de saude, temporary utente, provisional number, lost utente number, EU citizen healthcare, registo atualizado, utente registration
    .questions =
        how do I get my número de utente
        After I get my NISS, can I use it at the public hospital or do I need another number
        SNS number for foreigners
        can I get a health number without residence permit
        my utente number says registo incompleto, what does that mean
        do i need an atestado to register at the health centre
        is the sns user number free
        does the health centre report me to aima if i have no papers
        how do i register in the NHS in portugal
        Just got my residence card last week. What do I need to bring to the centro de saúde to get my utente number?
        My husband and I are on D7 visas waiting for our AIMA appointment. Can we already get SNS numbers or do we have to wait for the TRC?
        The receptionist at the health center gave me a temporary number. How do I turn it into a full SNS registration?
        Lost my SNS card, where can i find my user number again?
        As an EU citizen living in Portugal, how do I register with the SNS and get a user number?
        I got my residence permit but my utente registration still says incompleto, how do I get it updated?
        Is the utente number the same as the NISS? the clinic keeps asking me for a health number and I only have social security

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
    .keywords = { $emergency-phone }, emergency, emergency number, emergency room, ER, A&E, accident and emergency, urgencia, urgência, urgencias, hospital, ambulance, ambulancia, INEM, inem, SNS 24, sns24, sns 24, saude 24, health line, medical helpline, { $sns24-phone }, nurse, nurse line, doctor at night, doctor weekend, police, fire brigade, firefighters, bombeiros, fever, pain, sick, sick child, sick baby, vomiting, stroke, heart attack, accident, triage, triagem, taxa moderadora, how much does the emergency cost, emergency cost, free emergency, 911, 999, no papers emergency, without documents, 112, emergency services, urgent care, hospital emergency, emergency department, A and E, casualty, pediatric emergency, paediatric emergency, urgencia pediatrica, urgência pediátrica, children's emergency, kids ER, call an ambulance, ambulance number, SNS24 line, nurse hotline, medical advice line, health advice line, after hours doctor, out of hours, night doctor, sunday doctor, user fee, copay, co-payment, emergency bill, referral from sns 24, triage colour, triage color, waiting time emergency
    .questions =
        what is the emergency number in portugal
        sns 24 phone number
        my child has a high fever at night, who do i call
        do i have to pay for the ambulance
        should i go to the A&E or call the health line first
        how much does the hospital emergency cost
        do they speak english on 112
        what do i say when i call the ambulance
        i went to the ER without calling sns 24, will i pay more
        Had chest pains last night and didnt know who to call. What's the number for an ambulance in Portugal and is it free?
        My toddler has had a fever for 3 days and it's Sunday. Should I call SNS 24 or go straight to the pediatric ER?
        Is there a medical advice line in English where a nurse tells you if you need to go to the hospital?
        Got charged a user fee at the urgência after going on my own without a referral, why?
        Waited 9 hours in A&E with a broken wrist, is that normal? How does the triage work?
        Can I call 112 from a foreign mobile with no Portuguese SIM or no credit?

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
    .keywords = family doctor, familly doctor, family physician, GP, general practitioner, doctor, doc, my doctor, get a doctor, no doctor, no family doctor, without family doctor, medico de familia, médico de família, health centre, health center, centro de saude, centro de saúde, local clinic, clinic, USF, UCSP, ULS, family nurse, nurse, register health centre, register with a doctor, registration, waiting list, doctor appointment, book appointment, make an appointment, see a doctor, same day appointment, walk in, consulta aberta, prescription, repeat prescription, renew prescription, sick note, sick leave, doctor's note, medical certificate, baixa, baixa medica, CIT, check up, SNS, sns, SNS 24, sns24 app, change doctor, change health centre, moved house, médico de familia, medico familia, GP appointment, primary care, primary care doctor, family doctor waiting list, lista de espera, utente sem medico de familia, without a GP, no GP, consulta, consulta de recurso, same-day appointment, open appointment, prescription renewal, chronic medication, repeat medication, referral, specialist referral, referral to specialist, blood test, blood work, transfer health centre, change GP, new GP, book GP, enfermeiro de familia, secretariado clinico, front desk health centre
    .questions =
        how to get a GP in portugal
        no family doctor, waiting list for years
        register at centro de saude
        do i need a residence permit to have a family doctor
        how do I book an appointment with my family doctor
        what is USF and UCSP
        how much does a doctor visit at the health centre cost
        health centre refused to register me
        can i get a prescription without family doctor
        We've been registered at our local USF for over a year and still have no family doctor. Is there anything we can do to move up the waiting list?
        I take blood pressure pills every day, how can I renew my prescription if I don't have a GP yet?
        How do I get a referral to a dermatologist through the public system?
        We moved from Cascais to Setúbal, do we have to register at a new health centre and lose our family doctor?
        Can I book GP appointments in the SNS 24 app instead of calling the centro de saude?
        is there a way to see a doctor the same day at the health center if im sick but have no appointment?
        I need a sick note for work but I have no family doctor, who can give me the baixa?

health-without-papers = Health care without a residence permit
    .summary = Without a residence permit you can use the National Health Service (SNS) and get a user number, with a registration "em curso" (in progress) or "incompleto" (incomplete) (Health Regulatory Authority, ERS, { $health-ers-faq-date }). Emergencies, pregnancy and childbirth, children, vaccines and contagious diseases are treated whatever your status; other care may be charged. We found no rule telling health services to inform AIMA.
    .body =
        The Basic Law on Health (Lei de Bases da Saúde) counts migrants, with or without regular status, among the people covered by the SNS. The ERS repeated this in its FAQ of { $health-ers-faq-date }. Nobody may be left without urgent care.

        ## What changed and what is still unclear
        - The rules of the National Register of Users (RNU) changed with Despacho n.º 14830/2024 of { $health-rnu-rules-date }. In April 2025 a news report said that registering now requires a residence permit.
        - According to the ERS (August 2025), the user number is still given to anyone who contacts an SNS unit. Without a valid residence permit, the registration is "em curso" or "incompleto".
        - On { $health-restriction-bill-date } Parliament approved a bill to limit SNS access for foreigners without legal residence. We did not find it published as law. If you hear of new rules, check with the ERS or your health centre.
        - What is charged is not clear: on { $health-ers-clarification-date } the ERS asked the Ministry of Health to clarify access and payment for people with neither a residence permit nor a Junta certificate, and we found no answer.

        ## Guaranteed care
        According to the ERS and the Ministry of Health guidance it cites, this care is given with or without a residence permit:
        - urgent care and emergencies;
        - pregnancy, childbirth and after birth, and family planning;
        - care for children and young people under 18;
        - vaccines, and contagious diseases that are a danger to public health, such as tuberculosis or HIV;
        - care for people in social exclusion or in financial need confirmed by Social Security (Segurança Social).

        ## Other care
        - Appointments and tests outside this list may be charged at SNS prices. The bill may arrive later.
        - With a certificate from the Junta de Freguesia that you have lived in Portugal for more than { $health-undocumented-min-days ->
            [one] { $health-undocumented-min-days } day
           *[other] { $health-undocumented-min-days } days
        }, the RNU rules exempt "urgent and vital care" from payment. What this covers is not defined.
        - Before an appointment that is not urgent, ask at the desk whether you will pay.

        ## Steps
        1. Ask the Junta de Freguesia for a residence certificate (atestado de residência).
        2. Go to the health centre for your area and ask to be registered as a user. Ask which type of registration you got and keep your user number.
        3. If you have a pending application with AIMA, bring the receipt and show it at the desk.
        4. In an emergency, go to hospital A&E or call { $emergency-phone }, with or without documents.

        ## Documents to bring
        - Passport or another identity document. Without a document, still give your name and date of birth: emergency care does not wait for papers.
        - Residence certificate from the Junta de Freguesia.
        - Receipt of your application to AIMA, if you have one.
        - If you cannot pay: a statement of financial need (carência económica) from Social Security.

        ## Health services and AIMA
        - We found no rule telling health centres or hospitals to inform AIMA or the police of a patient's residence status, nor an official text saying they never do.
        - Doctors, nurses and other health professionals are bound by confidentiality, and your health data are protected.
        - In March 2025 an association (Humans Before Borders) warned that the new RNU rules allow data to be shared with other bodies, without saying which.
        - If you are unsure, ask at the health centre, SNS 24 ({ $sns24-phone }), the ERS or a CNAI. Do not stay away from urgent care out of fear.

        ## If something goes wrong
        - You were refused care: ask for the reason in writing, write in the complaints book (Livro de Reclamações) or complain to the ERS.
        - You got a bill you cannot pay: talk to the hospital's services and to Social Security.
        - For help in your language: Migrant Support Line (Linha de Apoio a Migrantes), { $lam-phone-landline } or { $lam-phone-mobile }, or a CNAI.
    .keywords = no papers, undocumented, illegal, irregular, irregular status, without residence permit, no residence permit, no visa, expired visa, overstayed visa, waiting for AIMA, pending application, illegal immigrant, can I see a doctor, can I go to hospital, hospital, health centre, health center, SNS, user number, numero de utente, do I have to pay, pay for doctor, hospital bill, will they report me, report to immigration, does the hospital tell AIMA, police, AIMA find out, confidentiality, medical confidentiality, doctor secrecy, atestado da junta, registo em curso, registo incompleto, temporary user number, emergency, A&E, pregnant, vaccines, tuberculosis, HIV, AIDS, free health care, undocumented healthcare, healthcare without papers, health care without residence permit, healthcare without residency, no residency healthcare, without documents doctor, sem papeis saude, irregular migrant, irregular migrants, expired visa healthcare, overstayer, overstay hospital, uninsured, no health insurance, medical bill, hospital charges, hospital invoice, pay the hospital bill, carencia economica, carência económica, ERS, entidade reguladora da saude, health access for immigrants, SNS access restriction
    .questions =
        can i go to hospital without papers
        undocumented, do i have to pay for the doctor
        my visa expired, can i still use the SNS
        will the hospital report me to immigration
        waiting for AIMA, do i have access to health care
        I got a hospital bill because I have no residence permit
        which treatments are free for illegal immigrants
        can i see a doctor with only my passport
        My visa ran out while my AIMA process is still pending. If I get sick, will the centro de saude see me or charge me full price?
        A friend of mine is undocumented and has a bad infection, can she go to a public health center without being reported?
        The hospital sent me a bill for 300 euros because I had no residence card. Do I really have to pay it?
        can someone without a residence permit get treatment for HIV or tuberculosis for free?
        What kind of registration do I get at the health centre if I only have my passport and a certificate from the junta?
        Heard parliament voted to limit SNS access for immigrants without legal residence, is that in force now?
        I can't afford the bill from the hospital and I have no papers, is there any exemption for people in financial need?

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
    .keywords = pregnancy, pregnant, i am pregnant, im pregnant, pregnent, expecting a baby, prenatal, pre-natal, antenatal, prenatal care, pregnancy check up, pregnancy appointment, scan, ultrasound, ultrasound scan, echography, ecografia, blood tests, tests, birth, give birth, giving birth, childbirth, delivery, labour, labor, maternity, maternity hospital, maternity ward, obstetrics, obstetrician, gynecologist, gynaecologist, midwife, pregnancy record, boletim da gravida, dentist voucher, cheque dentista, baby, newborn, new born, heel prick test, teste do pezinho, register baby, birth registration, birth certificate, nascer cidadao, vaccines, vaccine, vaccination, vaccinations, jabs, immunisation, vaccination record, vaccine card, boletim de vacinas, PNV, pediatrician, paediatrician, kids doctor, child health, sick child, sick baby, children emergency, family planning, contraception, the pill, abortion, IVG, prenatal benefit, parental leave, gravidez, gravida, pregnant in portugal, having a baby, having a baby in portugal, birth in portugal, give birth in portugal, public hospital birth, private hospital birth, prenatal visits, antenatal appointments, pregnancy appointments, pregnancy scans, maternity care, OBGYN, ob-gyn, gyno, newborn checkup, well baby visits, child check-ups, child checkups, saude infantil, saúde infantil, boletim de saude infantil, baby vaccines, childhood vaccinations, immunization, immunizations, vaccine schedule, vaccination schedule, programa nacional de vacinacao, pediatra, pediatric care, paediatric care, urgencia de obstetricia, consulta de gravidez, vigilancia da gravidez, prenatal appointments at work
    .questions =
        i'm pregnant and don't have papers, can i give birth in public hospital
        are vaccines mandatory for children in portugal
        pregnancy check ups free in portugal
        where do i get ultrasound scans while pregnant
        baby vaccination schedule portugal
        my newborn needs a health number, how
        do i pay for giving birth at the hospital
        children check ups at health centre
        child health booklet
        free contraception and family planning
        I'm 10 weeks pregnant and we just moved here on a D8. Do I go to the centro de saúde for prenatal care or do I need private insurance?
        Which public hospital will I give birth in, and do I have to register there before the due date?
        Are the routine pregnancy ultrasounds paid by the SNS, or do I pay at the private clinic they sent me to?
        Brought my kids vaccine cards from the US, how do I get them moved into the Portuguese vaccination program?
        Is it true pregnant women get a free dentist voucher? how do I ask for it
        Can I leave work for my prenatal appointments without losing pay?
        Our baby is 2 months old, when is his first check-up at the health centre and which vaccines does he get?
        My 5 year old needs a paediatrician, does the public system give us one or is it the family doctor?
