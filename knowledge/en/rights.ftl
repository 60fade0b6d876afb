# Rights: legal aid, discrimination, domestic violence, human trafficking and the rights everyone has.

legal-aid = Free legal help and an appointed lawyer
    .summary = If you do not have the money to pay a lawyer or the costs of a court case, you can ask Social Security for legal protection (proteção jurídica). If your request is accepted, the Bar Association (Ordem dos Advogados) appoints a lawyer for your case.
    .body =
        Legal protection (proteção jurídica) is state support for people who cannot pay a lawyer or the costs of a court case. Social Security (Segurança Social) decides the request (Law 34/2004, Lei 34/2004). The lawyer is appointed by the Bar Association (Ordem dos Advogados).

        ## What you can ask for
        - Legal advice (consulta jurídica): a meeting with a lawyer about a specific case, for example a dismissal, an eviction or a debt.
        - Legal aid (apoio judiciário), for a case in court, at a justice of the peace court (julgado de paz) or in some procedures at registry offices (conservatórias): a lawyer appointed and paid for you (the "patrono"), no court fee (taxa de justiça) and no other costs of the case, or paying those costs in instalments.

        ## Who can ask for it
        - People who can prove they cannot pay. Social Security counts the income and property of your household (agregado familiar).
        - Foreigners with a valid residence permit in a European Union country.
        - Foreigners without a residence permit: only if the law of their country gives the same right to Portuguese people. Check your case with Social Security.
        - If you are accused (arguido) in a criminal case and have no lawyer, a defence lawyer (defensor) is appointed for you. You can then ask for legal aid so that you do not have to pay for them.

        ## Steps
        1. Fill in the application for legal protection (requerimento de proteção jurídica). You can hand it in on Segurança Social Direta, by post, or at a Social Security service desk, with an appointment on { $ss-appointment-phone } or { $ss-appointment-phone-alt }.
        2. Choose the type of support and add the documents. If there is already a court case, give the court and the case number. Keep the proof that you handed it in.
        3. If you asked for a lawyer and a time limit is running in a court case, give the court the proof of your request straight away. The time limit then stops until the lawyer is appointed.
        4. Social Security must decide within { $legal-aid-decision-days ->
            [one] { $legal-aid-decision-days } day
           *[other] { $legal-aid-decision-days } days
        }. If it does not answer in that time, the request counts as accepted ("deferimento tácito", tacit approval).
        5. If the request is accepted, the Bar Association chooses the lawyer and sends you their name and contact details. You cannot choose the lawyer.

        ## Documents
        - Identity document and residence card, if you have one.
        - NIF and NISS. The form asks for your NISS: if you do not have one, ask for it first.
        - Proof of income (payslips, income tax return) and of your rent.
        - The papers of your case: letters, contracts, court notices.

        ## Costs
        The request is free. With full support, you pay neither the lawyer nor the costs of the case. With partial support, you pay a part in instalments.

        ## If something goes wrong
        - Your request was refused: the decision letter explains how to challenge it (impugnação). The time limit is short: read it straight away.
        - You have a serious problem with the appointed lawyer: explain the reason to the Bar Association and ask for another lawyer.
        - Questions about your request: Social Security, { $ss-phone } or { $ss-phone-alt } ({ $ss-hours }).
        - Help in your language: Migrant Support Line, { $lam-phone-landline } or { $lam-phone-mobile }.
    .keywords = legal aid, legal help, free legal help, free legal advice, legal advice, legal protection, free lawyer, lawyer for free, cheap lawyer, state lawyer, public defender, court appointed lawyer, appointed lawyer, duty lawyer, defence lawyer, defense lawyer, lawyer, laywer, lawer, attorney, solicitor, i cant afford a lawyer, can't afford a lawyer, no money for lawyer, need a lawyer, court, court case, court fees, legal costs, bar association, ordem dos advogados, apoio juridico, apoio jurídico, apoio judiciario, apoio judiciário, protecao juridica, proteção jurídica, advogado, advogado gratuito, advogado oficioso, patrono, social security, seguranca social, legal assistance, free legal assistance, pro bono, pro-bono, lawyer free of charge, state-funded lawyer, state funded lawyer, legal aid application, requerimento de proteção jurídica, consulta juridica, consulta jurídica, free consultation, oficioso, defensor oficioso, defensor, public lawyer, lawyer fees, lawyers fees, lawyer cost, attorney fees, can't pay court costs, taxa de justiça, taxa de justica, court costs, pay in installments, pay in instalments, julgado de paz, arguido, change lawyer, appointed lawyer not answering
    .questions =
        i can't afford a lawyer
        free lawyer portugal how to apply
        legal aid at segurança social
        can an immigrant without papers get a court appointed lawyer
        i need a lawyer for my aima case but have no money
        what documents to apply for legal protection
        how long does it take to get the appointed lawyer
        my legal aid was refused
        pay court fees in instalments
        Our landlord is taking us to court and we can't afford a lawyer. How do we ask Segurança Social for a free one?
        How long does Social Security take to decide a legal aid request, and what happens to my court deadline in the meantime?
        I was made arguido in a criminal case and have no money, will the court give me a lawyer?
        Can I choose which lawyer I get with legal aid or does the Ordem dos Advogados pick?
        is there free legal advice for immigrants just to ask a question about my case, not to go to court?
        The lawyer appointed to me never answers my calls, how can I get another one?
        The legal aid form asks for a NISS but I don't have one, what do I do?

discrimination-complaint = Complaint about racial or ethnic discrimination
    .summary = In Portugal it is forbidden to discriminate against anyone because of their skin colour, ethnic origin or nationality. CICDR is the body in charge of complaints, but on { $cicdr-status-date } it was not yet handling them: there are other ways that work, such as ACT, the police, the Public Prosecutor (Ministério Público) and APAV.
    .body =
        Law 93/2017 (Lei 93/2017) forbids discrimination because of racial or ethnic origin, skin colour, nationality, ancestry or place of origin. It applies at work, when looking for a home, in health care, at school, in shops, bars and other services, and also in public services.

        ## Examples
        - Someone refuses to rent you a home "because you are a foreigner" or because of your skin colour.
        - You are not allowed into a bar or a shop, or you are served worse than others.
        - You are paid less than your co-workers for the same work because of your origin.
        - Racist insults or threats, also on social media.

        ## CICDR
        The Commission for Equality and Against Racial Discrimination (Comissão para a Igualdade e Contra a Discriminação Racial, CICDR) receives complaints and can give fines. It used to work under the High Commission for Migration (Alto Comissariado para as Migrações, ACM), which ended when AIMA was created on { $sef-abolished }. CICDR now works under the Parliament (Assembleia da República).
        - On { $cicdr-status-date } CICDR did not yet have support services, and complaints were not being handled.
        - The old ACM e-mail and address no longer work. Do not send complaints there.
        - Before you complain to CICDR, ask the Migrant Support Line if the commission already takes complaints, and how.

        ## Ways that work
        - Discrimination at work: complaint to ACT (Autoridade para as Condições do Trabalho), { $act-phone } or at { $act-web }, under "Queixas e denúncias" (complaints and reports). It can be anonymous.
        - Attacks, threats, racist insults or incitement to hatred can be crimes: report them to the PSP, the GNR, the Polícia Judiciária or the Public Prosecutor (Ministério Público). If you are in danger, call { $emergency-phone }.
        - In a shop, restaurant, bank or other service: ask for the complaints book (Livro de Reclamações), on paper or online.
        - Victim support: APAV has a unit for migrant victims and victims of discrimination. Line { $apav-phone }, free ({ $apav-hours }).

        ## Steps
        1. Write down straight away what happened: the day, time, place, what was said or done, and by whom.
        2. Keep proof: messages, e-mails, ads, photos, recordings and the contact details of witnesses.
        3. Choose the right way for your case and make the complaint. Always ask for proof that you made it.
        4. If you need a lawyer and cannot pay one, ask Social Security for legal protection (proteção jurídica).

        ## If something goes wrong
        - The police do not want to take your complaint: hand it in writing to the Public Prosecutor (Ministério Público), at the court in your area.
        - You do not know where to start: call APAV or the Migrant Support Line, { $lam-phone-landline } or { $lam-phone-mobile }.
    .keywords = discrimination, discriminated, discrimination complaint, discrimation, descrimination, racism, racist, racist abuse, racial discrimination, ethnic discrimination, xenophobia, xenophobic, prejudice, skin colour, skin color, black, roma, gypsy, ethnic, racial, hate speech, hate crime, hatred, insult, insulted, abuse, treated differently, treated badly because foreigner, because i am a foreigner, because i am brazilian, because i am african, refused entry, not allowed in, landlord refused foreigner, wont rent to foreigners, paid less because foreigner, CICDR, cicdr, complaint, report, report racism, complaints book, livro de reclamacoes, livro de reclamações, APAV, ACT, police, public prosecutor, ministerio publico, discriminacao, discriminação, racismo, racial profiling, racially profiled, racist landlord, racist comments, racist remarks, racist employer, racist police, racist attack, discriminated at work, unequal treatment, unfair treatment, nationality discrimination, discrimination against foreigners, anti-immigrant, xenophobic attack, hate incident, slur, slurs, racial slur, online hate, social media abuse, racist posts, refused entry club, nightclub, bouncer, refused service, denied service, complaint CICDR, livro de reclamações online, APAV migrants, accent, because of my accent, paid less than portuguese colleagues
    .questions =
        how to report racism in portugal
        they refused me because i am black
        discrimination at work because i am a foreigner
        where do i complain about racial discrimination, CICDR not answering
        insulted in the street for my skin colour, can i report it
        shop refused to serve me because of my nationality
        police station complaint about racism
        landlord said no foreigners, can I complain
        The bouncer at a club let my friends in but told me no Africans tonight. Where can I report this?
        Someone keeps posting racist comments about me on Facebook after I complained about a neighbour. Is that a crime here?
        Found out my Portuguese colleagues earn more than me for the same job just because I'm Brazilian, who handles that?
        does CICDR accept complaints right now? i heard it has no staff
        The officer at the police station refused to register my complaint about a racist attack. What can I do?
        How do I write a complaint in the livro de reclamações about a shop that refused to serve me because of my accent?
        Is there an organisation that supports migrants who are victims of racism?

domestic-violence = Domestic violence: help and protection
    .summary = Domestic violence is a public crime (crime público) in Portugal, and victims have the right to protection, also those who do not have a residence permit. If you are in danger, call { $emergency-phone }. For support, call { $dv-phone }, free and at any time, or send a text message (SMS) to { $dv-sms }.
    .body =
        Domestic violence is not only hitting. It is also threatening, humiliating, controlling your money or your phone, taking your documents, forbidding you to go out or to talk to your family, or forcing you to have sex. It can come from your husband or wife, your boyfriend or girlfriend, an ex-partner or another family member, even if you do not live together.

        ## In danger now
        - Call { $emergency-phone }. It is free. Say where you are.
        - If you can, go to a safe place: the home of someone you trust, a shop, or a police station.

        ## Support lines
        - Information Service for Victims of Domestic Violence (Serviço de Informação a Vítimas de Violência Doméstica), run by CIG (Comissão para a Cidadania e a Igualdade de Género): { $dv-phone }, free, at any time, every day. It is anonymous and confidential. Also by text message (SMS) to { $dv-sms }, free.
        - APAV (Associação Portuguesa de Apoio à Vítima): { $apav-phone }, free ({ $apav-hours }).
        - These services help you make a safety plan and refer you to psychological and legal support and to a shelter (casa de abrigo).
        - If you do not speak Portuguese well, say straight away which language you speak.

        ## Making a complaint
        - Because it is a public crime, the complaint can be made by the victim or by anyone who knows about the crime. The case goes on even if the victim changes their mind.
        - Make the complaint to the PSP, the GNR, the Polícia Judiciária or the Public Prosecutor (Ministério Público).
        - With the complaint you get victim status (estatuto de vítima): a document that lists your rights.

        ## Your rights
        - Information about the case in a language you understand, with an interpreter if needed.
        - Protection: the court can remove the abuser from the home and forbid them to come near you or contact you.
        - A free place in a shelter (casa de abrigo), with your children, in a secret location.
        - A lawyer: you can ask Social Security for legal protection (proteção jurídica).
        - At work: absences caused by the violence are excused (faltas justificadas), and you can ask to change your workplace.

        ## If your residence permit depends on the abuser
        - If you came through family reunification, you may be afraid of losing your residence. The Foreigners Law (Lei de Estrangeiros) allows you to get your own independent residence permit (autorização de residência autónoma) earlier than usual, for example when the Public Prosecutor charges the abuser with domestic violence.
        - Keep copies of your documents in a safe place. If the abuser has your passport, tell the police.
        - Before you deal with this at AIMA, ask APAV or the Migrant Support Line for advice, { $lam-phone-landline } or { $lam-phone-mobile }.

        ## If something goes wrong
        - They did not accept your complaint: go to the Public Prosecutor (Ministério Público), at the court in your area.
        - More information: { $cig-web }.
    .keywords = domestic violence, domestic abuse, violence, abuse, abusive husband, abusive partner, abusive relationship, husband hits me, husband beats me, my husband hit me, boyfriend hits me, partner hits me, hit, beaten, beating, violent husband, violent partner, abuser, threats, threatened, afraid, scared, fear, controlling, he took my passport, took my documents, shelter, women's shelter, womens shelter, safe house, casa de abrigo, victim, victim status, estatuto de vitima, CIG, APAV, apav, domestic violence line, helpline, sms, text, { $dv-phone }, { $dv-sms }, complaint, report, police, rape, sexual abuse, sexual violence, restraining order, own residence permit, independent residence permit, family reunification, urgent help, violencia domestica, violência doméstica, abusive spouse, abusive wife, violent boyfriend, spousal abuse, partner violence, intimate partner violence, family violence, physical abuse, emotional abuse, psychological abuse, financial abuse, coercive control, controlling husband, women's refuge, safe place, escape, leave my husband, leave an abusive relationship, protection order, stay away order, estatuto de vítima, public crime, crime publico, crime público, neighbour violence, faltas justificadas, casa abrigo
    .questions =
        my husband hits me what can i do
        domestic violence helpline portugal
        my residence permit depends on my husband who abuses me
        can i report violence if i don't have papers
        shelter for women and children
        he took my passport and threatens me
        how to send sms for help domestic violence
        will police protect me if i report my partner
        He controls all our money and doesn't let me see friends, is that also domestic violence?
        The neighbour's wife screams every night and I hear hitting. Can I report it even if she doesn't?
        If I go to a shelter with my kids, will my husband be able to find out where we are?
        Can I miss work for court and police appointments about the abuse without being fired?
        I only speak Ukrainian, will the police give me an interpreter if I report my partner?
        what is the estatuto de vítima and how do i get it?
        Can the court make my ex stop texting me and coming to my house?

human-trafficking = Human trafficking and forced labour
    .summary = If someone forces you to work, has taken your documents, or traps you with a debt that never ends, you may be a victim of human trafficking. Call { $trafficking-phone }, at any time and anonymously, or { $emergency-phone } if you are in danger. Victims get protection and can get a residence permit.
    .body =
        Human trafficking (tráfico de seres humanos) is a serious crime. It happens when someone recruits, transports or houses a person, using lies, threats or violence, or taking advantage of their situation, in order to exploit them: forced labour, sexual exploitation, begging, forced marriage, or forcing them to commit crimes. It can happen even to people who agreed to come and entered with a visa.

        ## Warning signs
        - Someone has kept your passport or residence card.
        - You have a debt for the trip, the accommodation or the "papers" that never ends.
        - You work many hours without being paid, or you get much less than you were promised.
        - You cannot leave your work or the house, or you are always watched.
        - They threaten you or your family, or say the police will arrest you because you have no papers.
        - You live at your workplace in bad conditions and everything is taken out of your salary.

        ## Getting help
        - Support line for victims of trafficking: { $trafficking-phone }, at any time, anonymous. The call costs the same as a call to a mobile number.
        - Specialised regional teams (equipas multidisciplinares especializadas, EME), also at any time: North { $trafficking-eme-north-phone }, Centre { $trafficking-eme-centre-phone }, Alentejo { $trafficking-eme-alentejo-phone }, Lisbon { $trafficking-eme-lisbon-phone }, Algarve { $trafficking-eme-algarve-phone }.
        - In danger: { $emergency-phone }. The investigation is done by the Polícia Judiciária; you can also go to the PSP or the GNR.
        - Exploitation at work: ACT takes reports, also anonymous ones, on { $act-phone } or at { $act-web }.
        - APAV: { $apav-phone }, free.

        ## Protection for victims
        - A safe place to stay, food, urgent health care, psychological support, an interpreter and legal support.
        - A reflection period of { $trafficking-reflection-min-days } to { $trafficking-reflection-max-days } days to recover and decide if you want to cooperate with the investigation. During this time you cannot be removed from the country.
        - Having entered without a visa or worked without a permit does not stop you from getting this protection.

        ## Residence permit
        - AIMA gives a residence permit to victims of trafficking, even if they entered illegally (article 109 of the Foreigners Law, Lei de Estrangeiros). The process starts when the police or the Public Prosecutor (Ministério Público) report the case to AIMA.
        - As a rule, the victim must cooperate with the investigation and cut all contact with the suspects. The law also allows a permit without cooperation, when the victim's personal situation justifies it, for example for reasons of safety, health or family.
        - The permit lasts { $trafficking-permit-years ->
            [one] { $trafficking-permit-years } year
           *[other] { $trafficking-permit-years } years
        } and can be renewed.

        ## If something goes wrong
        - You are afraid to talk to the police: first call the line { $trafficking-phone } or APAV. They explain the steps to you and can go with you.
        - You know someone in this situation: you can call for them, without giving your name.
        - More information: Observatory on Trafficking in Human Beings (Observatório do Tráfico de Seres Humanos), { $otsh-web }.
    .keywords = human trafficking, trafficking, trafficked, trafficker, traffickers, people trafficking, people smuggling, smuggler, forced labour, forced labor, forced work, slavery, modern slavery, slave, exploitation, labour exploitation, labor exploitation, sexual exploitation, forced prostitution, forced marriage, forced begging, boss took my passport, passport taken, took my documents, kept my passport, debt, debt bondage, owe money for the trip, cant leave, can't leave, not allowed to leave, locked in, not paid, work without pay, fake job offer, false promise, recruiter, agent, mafia, OTSH, EME, trafficking line, { $trafficking-phone }, victim, victim of trafficking, residence permit for victims, reflection period, trafico de pessoas, tráfico de pessoas, trabalho forcado, trafficking victim, labor trafficking, labour trafficking, sex trafficking, farm exploitation, agriculture exploitation, greenhouse workers, greenhouses, fruit picking, recruiters, recruitment debt, travel debt, debt for visa, paid for papers, passport confiscated, confiscated passport, held against my will, trapped, cant escape, can't escape, forced to work, slave labour, slave labor, escravatura, trabalho escravo, EME team, article 109, artigo 109, container housing
    .questions =
        my boss took my passport and won't give it back
        they make me work to pay a debt that never ends
        forced labour in agriculture, who can help
        trafficking hotline number
        i was promised a job and now i can't leave
        can trafficking victims get a residence permit
        forced to work without pay and locked in
        I think my friend is a victim of trafficking
        Came from Nepal through an agent who charged me 8000 euros. Now the farm boss keeps my passport and takes most of my pay for the debt. Is this legal?
        We are 20 men living in a container at the greenhouse and they lock the gate at night. Who can we call without getting in trouble?
        If I report the people who brought me here, will I be deported because I have no visa?
        My girlfriend was promised a job in a restaurant but they are forcing her into prostitution, what do I do?
        is the trafficking hotline anonymous and do they speak english or hindi?
        What is the reflection period for victims of trafficking?

rights-regardless-of-status = Everyone's rights, with or without papers
    .summary = Even without a residence permit you have rights in Portugal: urgent health care, school for your children, your wages and safety at work, and protection if you are the victim of a crime. Find out where to ask for each one.
    .body =
        Some rights do not depend on having a residence permit or on your AIMA application being decided. They also apply to people waiting for a decision, to people whose residence card has expired, and to people who never had papers.

        ## Health
        - Urgent care is never refused, with or without documents. Emergency: { $emergency-phone }.
        - Without a residence permit, the health centre still gives you a user number, but the registration stays "em curso" (in progress) or "incompleto" (incomplete) (Health Regulatory Authority, ERS, { $health-ers-faq-date }). Bring the certificate of residence (atestado de residência) from the parish council (Junta de Freguesia).
        - Pregnancy and childbirth, care for children, vaccines and contagious diseases are treated whatever your status. Other care may be charged: ask before the appointment.
        - We found no rule telling health services to inform AIMA or the police.
        - For health questions, call SNS 24: { $sns24-phone }.

        ## School
        - All children and young people can go to a public school, whatever the situation of their parents.
        - Enrol your child at the school or school group (agrupamento de escolas) for the area where you live. Not having a residence permit is not a reason to refuse enrolment.

        ## Work
        - If you work, you have the right to the salary you agreed, never below the minimum wage ({ $minimum-wage } a month full time), to legal working hours, to rest and to safe conditions. This applies even without a written contract and without a residence permit.
        - If you have an accident at work, you have the right to treatment. Your employer must have insurance.
        - Late wages, abuse or danger at work: complaint to ACT, { $act-phone } or { $act-web }. It can be anonymous.

        ## Justice and protection
        - If you are the victim of a crime, you can make a complaint to the PSP, the GNR or the Public Prosecutor (Ministério Público).
        - Victims of domestic violence ({ $dv-phone }) and of human trafficking ({ $trafficking-phone }) have their own protection and support.
        - If you are afraid to go back to your country because of persecution or war, you can ask for asylum. While your application is being examined, you have rights.
        - State legal aid: if you have no residence permit, you can only ask for it if your country gives the same right to Portuguese people. At the CNAI and at immigrant associations you can get free information.

        ## Where to get help
        - Migrant Support Line: { $lam-phone-landline } (landline) or { $lam-phone-mobile } (mobile), { $lam-hours }.
        - CNAI in Lisbon ({ $cnai-lisboa-address }), Porto, Faro and Beja, and the local migrant support centres (CLAIM) in many town councils.

        ## Be careful
        - Nobody can keep your passport. Do not give it to your boss or to middlemen.
        - Do not trust people who charge money to "sort out your papers" or who sell AIMA appointments: appointments are free.
        - Keep copies of all your documents, contracts, payslips and work messages.
    .keywords = no papers, without papers, undocumented, no documents, illegal, illegal immigrant, irregular, irregular status, no visa, no residence permit, expired residence card, expired permit, expired visa, overstay, my rights, rights, what are my rights, immigrant rights, migrant rights, human rights, do i have rights, health without papers, doctor without papers, hospital, health centre, school without papers, enrol child without papers, school, work without papers, working without papers, salary, wages, minimum wage, ACT, complaint, emergency, asylum, refugee, police, can i be deported, deportation, will i be deported, afraid of police, CNAI, CLAIM, helpline, sem papeis, sem documentos, direitos, undocumented rights, illegal status, irregular immigrant, without legal status, no legal status, out of status, lost my status, fear of deportation, scared of deportation, afraid of deportation, expulsion, rights as a migrant, basic rights, fundamental rights, equal rights, fix my papers, sort out my papers, papers for money, middleman, pending AIMA rights, rights while waiting
    .questions =
        what rights do i have without papers in portugal
        undocumented immigrant rights
        my residence card expired, do i still have rights at work
        can i go to police if i am illegal
        can my kids go to school without papers
        without papers, can I get paid my salary
        who can help me with no documents
        overstayed my visa, what am i allowed to do
        Been in Portugal 2 years without papers, working construction. If I get hurt or my boss doesn't pay me, do I have any rights at all?
        Someone robbed me but I'm scared to go to the police because my visa expired. Can I still make a complaint?
        A guy at the café says he can fix my papers for 1500 euros, should I trust him?
        Is it true that undocumented kids can go to public school and see a doctor here?
        While my AIMA process is pending and my visa has expired, what am I legally allowed to do in Portugal?
        where can an undocumented migrant get free advice in person, not just by phone?
