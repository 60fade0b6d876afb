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
