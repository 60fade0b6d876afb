# Education: your children's school, Portuguese courses, higher education and equivalence of diplomas.

school-enrolment = Enrolling your children at school
    .summary = All children and young people who live in Portugal have the right to go to a public school, whatever the situation of their parents. You enrol them at the school group (agrupamento de escolas) for the area where you live; if you arrive from abroad, you can do it at any time of the year. Public school is free and gives Portuguese language support to pupils who do not speak the language.
    .body =
        In Portugal, school is compulsory from age { $school-compulsory-age-start } to age { $school-compulsory-age-end }. All children who live here have the right to study at a public school, whether or not their parents have a residence permit. The school cannot refuse to enrol a child because the parents are waiting for AIMA or have no papers.

        ## Where and when
        - Public schools are organised in school groups (agrupamentos de escolas). Enrol your child at the school group for the area where you live or where you work. The parish council (Junta de Freguesia) or the town council (Câmara Municipal) can tell you which one it is.
        - Normal enrolment (matrícula) is in spring and summer, for the next school year. If you arrive from abroad, you can enrol at any time of the year, depending on the places in the classes.
        - Kindergarten (jardim de infância, pre-school education) is not compulsory, but the educational part is free in the public network.

        ## Steps
        1. Go to the office (secretaria) of the main school of the school group (escola sede). If you have the Digital Mobile Key (Chave Móvel Digital), you can also use the Enrolment Portal (Portal das Matrículas).
        2. Fill in the enrolment form and say who is the child's guardian for school matters (encarregado de educação).
        3. Hand in the school certificates from your country of origin. The school decides which year the child goes into and handles the equivalence.
        4. Ask for Portuguese as a non-native language support (Português Língua Não Materna, PLNM) if your child does not speak Portuguese well yet. You can ask for it at any time of the year.

        ## Documents to bring
        - The child's identity document (a passport, for example) and the guardian's.
        - Proof of address: rental contract or a certificate (atestado) from the Junta de Freguesia.
        - Vaccination record (boletim de vacinas).
        - The child's NIF and SNS user number (número de utente), if they have them.
        - Certificates and grades from the previous school, if you have them.
        - If the child does not have a residence permit, you can ask AIMA to register them as a foreign minor (registo de menor estrangeiro), by e-mail to { $aima-minors-register-email }. The document you receive is only for access to school and health care.

        If a document is missing, enrol your child anyway and ask the school how to hand it in later.

        ## Support at school
        - School social support (Ação Social Escolar, ASE): help with meals, school materials and school trips, depending on your child benefit income bracket (escalão do abono de família).
        - At public schools, textbooks (manuais escolares) are usually free.
        - Many schools have mediators or support teachers for pupils who arrive from other countries.

        ## Costs
        Enrolment and lessons at public schools are free. You may pay for meals, after-school care (prolongamento de horário) and some activities; ASE reduces or removes these costs.

        ## If something goes wrong
        - The school refused to enrol your child: ask for the reason in writing and talk to the management (direção) of the school group.
        - Ask the Migrant Support Line for help, { $lam-phone-landline } or { $lam-phone-mobile }, or go to a CNAI.
    .keywords = school, schools, enrol, enroll, enrolment, enrollment, enrol child in school, register child at school, school registration, school place, school admission, matricula, matrícula, public school, state school, free school, private school, school group, agrupamento, agrupamento de escolas, school year, kindergarten, nursery, pre-school, preschool, jardim de infancia, creche, primary school, elementary school, first grade, 1st year, secondary school, high school, middle school, children, child, kids, son, daughter, pupil, student, portuguese support, PLNM, portuguese as a second language, language support, ASE, school support, school meals, free meals, free lunch, textbooks, free books, school books, no papers, undocumented child, child without documents, child without residence permit, encarregado de educacao, guardian, portal das matriculas, compulsory school, school age, enroll kids, enrol kids, enrolling kids, enrolling children, school enrollment, school enrolment portugal, register kids for school, school for my kids, school for my children, escola, escola publica, escola pública, public schools, state schools, compulsory schooling, mandatory school, mandatory schooling, school is mandatory, school until 18, homeschool, homeschooling, home school, ensino doméstico, daycare, day care, pre-k, preschool place, ensino basico, ensino secundario, secretaria, school office, school lunches, school supplies, textbooks free, manuais escolares, school social support, enrol mid year, mid-year enrollment, middle of the school year
    .questions =
        how to enroll my child in school in portugal
        can my kids go to school if we have no papers
        public school free for foreigners?
        we arrived in the middle of the year, can my son still start school
        documents needed to register child at school
        my daughter doesn't speak portuguese, is there support at school
        which school do I choose, the agrupamento near home?
        the school refused my child, what do i do
        do i pay for books and meals at public school
        kindergarten place for 4 year old immigrant child
        We're moving to Porto in September with two kids aged 8 and 11. Do we have to wait for our residence cards before we can enroll them in the local public school?
        Until what age is school mandatory in Portugal, and is homeschooling allowed for expat families?
        Our son turns 4 next month. How do we get him a spot in a public kindergarten (jardim de infância) and do we have to pay?
        The school wants my kids' NIF and utente number to register them but we dont have those yet, can they still enrol?
        The secretaria told me the enrolment period is over and there are no places, but we only just arrived from Brazil. Are they allowed to say no?
        are textbooks and school lunches free at public schools? our income is low and we just got here
        Do we have to use the school group near our home or can we pick one close to my work?

portuguese-courses = Free Portuguese courses for adults
    .summary = Portuguese as a Host Language courses (Português Língua de Acolhimento, PLA) are, in most cases, free and are for migrants whose native language is not Portuguese. They are taught at public schools, IEFP centres and Qualifica Centres. The A2 level certificate counts as proof of Portuguese for nationality and for permanent residence.
    .body =
        Portuguese as a Host Language courses (Português Língua de Acolhimento, PLA) replaced the old "Português para Todos" (PPT). They teach you to read, write, speak and understand Portuguese, and give certificates for levels A1 + A2 (basic user) and B1 + B2 (independent user).

        ## What the certificate is for
        - For daily life, work, and your children's school.
        - A certificate of level A2 or higher proves the knowledge of Portuguese you need for nationality, for a permanent residence permit and for long-term resident status.
        - For nationality, the law in force since { $nationality-law-in-force } also asks, according to lawyers' summaries and news reports, for a civic test on Portuguese culture and citizens' rights and duties. How and where it is taken has not been announced in the sources we checked: ask IRN which proofs you need.

        ## Who can take the courses
        - Foreigners from age { $pla-min-age } whose native language is not Portuguese.
        - Usually they ask for one of these documents: residence card, visa, proof of an application pending at AIMA, proof of an application for asylum or temporary protection, or your NISS. The rules can vary: ask where the course takes place.

        ## Where there are courses
        - Public schools (school groups, agrupamentos de escolas), often in the evening after work hours.
        - IEFP employment and vocational training centres ({ $iefp-web }).
        - Qualifica Centres (Centros Qualifica).
        - Sometimes at associations, town councils or companies, through agreements with them.

        ## Steps
        1. Look for a course near your home or your work: ask at a school, an IEFP centre or a Qualifica Centre, or ask the Migrant Support Line.
        2. Sign up with your documents. They may give you a test to see which level you should start at.
        3. Go to the classes: if you miss too many, you may not get the certificate.
        4. At the end, you get the certificate for the level you finished. Keep it safe.

        ## Documents to bring
        - Passport or residence card.
        - One of the documents listed above, if you do not have a residence card.
        - NIF and NISS, if you have them.

        ## Costs
        According to AIMA, most PLA courses are free, but this can depend on the organisation that runs the course: ask before you enrol. There are also paid courses at universities, language schools and companies. Before you pay, check that the certificate is accepted for what you need: for nationality, the certificate must come from a recognised body (public school, IEFP centre, Qualifica Centre or official exam).

        ## If something goes wrong
        - There is no place or no course nearby: ask to go on the waiting list and try another school or centre.
        - To find out where there are courses, you can also write to AIMA: { $aima-language-email }.
        - Help in your language: Migrant Support Line, { $lam-phone-landline } or { $lam-phone-mobile }.
    .keywords = portuguese course, portuguese courses, portuguese classes, portuguese lessons, learn portuguese, learning portuguese, study portuguese, portugese, portugues, portuguese language, portuguese for foreigners, portuguese for immigrants, free portuguese course, free portuguese classes, free course, free classes, language course, language school, language classes, PLA, portugues lingua de acolhimento, português língua de acolhimento, PPT, portugues para todos, português para todos, A1, A2, B1, B2, level A2, a2 level, a2 certificate, portuguese certificate, language certificate, certificate for nationality, IEFP, iefp, Qualifica, centro qualifica, evening classes, i dont speak portuguese, speak portuguese, curso de portugues, aulas de portugues, portuguese class, learn the language, learning the language, language lessons, language classes for adults, PLA course, PLA classes, portugues para estrangeiros, PLE, portuguese for beginners, beginner portuguese, free language course, free language classes, adult education, night classes, night school, evening course, iefp portuguese course, portuguese course iefp, school portuguese course, qualifica portuguese, portuguese lessons free, learn portugese, portugese classes, portuguese courses for foreigners
    .questions =
        free portuguese classes for immigrants
        where can i learn portuguese in lisbon for free
        PLA course how to sign up
        does the A2 certificate from the free course count for citizenship
        portuguese lessons at iefp
        can i take a portuguese course without residence permit
        online portuguese course government free
        i want A2 for permanent residence, where do i study
        evening portuguese classes for working people
        Just moved to Braga and my Portuguese is zero. Are there free classes for immigrants run by the government, and how do I find one near me?
        Do I need a residence card to sign up for the free PLA course, or is my AIMA receipt enough?
        I work full time during the day, are there free evening classes to learn Portuguese?
        how many hours is the PLA course and do you get a certificate at the end?
        The IEFP centre near me has a waiting list for the Portuguese course. Is there anywhere else I can study for free?
        Can my wife take the free portuguese lessons too? She came on a family reunification visa and doesn't work

higher-education = Getting into higher education
    .summary = If you have lived legally in Portugal for some time, you apply to universities and polytechnics like Portuguese students, usually through the DGES National Access Competition (Concurso Nacional de Acesso). If you come from abroad to study, you apply as an international student, directly to the institution, and you pay higher tuition fees.
    .body =
        Higher education includes universities and polytechnic institutes, public and private. DGES (Direção-Geral do Ensino Superior, { $dges-web }) organises the National Access Competition (Concurso Nacional de Acesso) for public institutions. Each institution handles its special competitions and international students.

        ## National or international student?
        You are an international student if, at the start of the year you apply, all of this is true:
        - you do not have Portuguese nationality, or the nationality of a European Union or European Economic Area country;
        - you are not a family member of a Portuguese or European Union citizen;
        - you have not lived legally in Portugal for more than { $higher-ed-international-residence-years ->
            [one] { $higher-ed-international-residence-years } year
           *[other] { $higher-ed-international-residence-years } years
        } in a row (and you are not the child of someone who has);
        - you do not have the status of equal rights and duties (estatuto de igualdade de direitos e deveres), for example the one for Brazilians.

        If you are not an international student, you apply and pay like Portuguese students. There are exceptions: check with the academic services (serviços académicos).

        ## How to get in
        - National Access Competition: you apply online, in summer. You need to have finished secondary school (with equivalence, if you studied abroad) and the national exams your course asks for (provas de ingresso, entrance exams).
        - Special competitions (concursos especiais), for example for people over { $higher-ed-mature-age }, with exams set by the institution itself.
        - International students: you apply directly to the university or polytechnic, following the notice (edital) and the calendar of each institution.
        - Refugees and people in a humanitarian emergency have special rules: ask the institution.

        ## Steps (international student)
        1. Choose your course and read the institution's notice (edital).
        2. Apply online, with the documents they ask for.
        3. If you are accepted and still live outside Portugal, apply for a study visa at the consulate.
        4. Enrol (matrícula) and pay the tuition fee (propina).

        ## Documents
        - Passport or residence card.
        - Secondary school diploma and grades, legalised (Hague Apostille or consulate) and translated, if needed.
        - Proof of the exams or tests your course asks for.
        - Proof of your level of Portuguese, if the institution asks for it.

        ## Costs
        - At public institutions, the tuition fee for national students has a maximum amount set by law.
        - International students pay higher fees, set by each institution. Private institutions have their own prices.
        - There may be application and enrolment fees.
        - For scholarships (bolsas de estudo), ask the institution's Social Action Services (Serviços de Ação Social).

        ## If something goes wrong
        - You do not know if you are a national or international student: ask the academic services before you apply.
        - Help in your language: Migrant Support Line, { $lam-phone-landline } or { $lam-phone-mobile }.
    .keywords = university, universities, uni, college, faculty, polytechnic, politecnico, higher education, degree, bachelor, bachelors, bachelor's degree, licenciatura, masters, master's, mestrado, PhD, doctorate, doutoramento, undergraduate, apply to university, university application, admission, admissions, entrance exam, entrance exams, national exams, provas de ingresso, concurso nacional de acesso, national access competition, DGES, dges, international student, foreign student, tuition, tuition fees, fees, propinas, how much does university cost, scholarship, grant, bolsa, mature students, over { $higher-ed-mature-age }, study in portugal, go to university, enrol university, equal rights status, estatuto de igualdade, brazilian student, refugee student, university admission, uni admission, apply to uni, applying to university, college admission, undergrad, undergraduate degree, bachelor degree, national access, concurso nacional, candidatura, acesso ao ensino superior, exames nacionais, national exam, international student statute, estatuto de estudante internacional, university tuition, uni fees, college tuition, tuition cost, mature student, maiores de 23, special competition, concursos especiais, public university, private university, edital, university application deadline, social action services, study grant
    .questions =
        how to apply to university in portugal
        international student tuition fees portugal
        concurso nacional de acesso for foreigners living here
        i have residence permit for years, do i pay the same fees as portuguese students
        entrance exams for university portugal
        how do I apply for a masters in Portugal from abroad
        which documents for university admission
        can immigrants get scholarships for uni
        My daughter finished high school in the US and we moved here last year on a D7. Does she apply to university as an international student or through the national access competition?
        How much is tuition at a public university in Portugal for a non-EU resident?
        I'm 30 and never went to college, is there a special way in for mature students without the national exams?
        Do Brazilians with the equal rights status pay the same university fees as Portuguese students?
        Which national exams does my son need to get into engineering at a Portuguese university if he studied abroad?
        We have refugee status, can my son go to university here and are there scholarships for him?
        when do university applications open for the summer intake in portugal?

diploma-equivalence = Equivalence of foreign school certificates and diplomas
    .summary = Primary and secondary school certificates from abroad get their equivalence (equivalência) at a school, at any time of the year. Higher education diplomas are recognised by DGES or by a university or polytechnic, through an online application.
    .body =
        Equivalence (equivalência) tells you which Portuguese level matches what you studied in another country. You need it to keep studying, to apply for jobs and public sector competitions (concursos públicos) and, often, for vocational training.

        ## Primary and secondary school (ensino básico e secundário)
        - You ask for it at a public primary or secondary school, or at a private school with teaching autonomy (autonomia pedagógica). If you do not live in Portugal yet, you send the application by post to the DGE (Direção-Geral da Educação, { $dge-web }).
        - You can ask for it at any time of the year.
        - There are equivalence tables for each country. Cases that are not in the tables are decided by the services of the Ministry of Education.

        ## Steps (school)
        1. Ask at the school office (secretaria) for the equivalence application form (requerimento de equivalência).
        2. Add the documents and hand everything in at the school.
        3. Wait for the decision and ask for the equivalence certificate (certificado de equivalência).

        ## Documents (school)
        - The completed application form.
        - Certificate or diploma with the years you finished and your final grades.
        - The certificate must be legalised: by the Portuguese consulate in your country of origin, by your country's embassy or consulate in Portugal, or with the Hague Apostille (Apostila de Haia).
        - A translation into Portuguese, if the document is in another language.
        - A copy of your identity document.
        - Sometimes they also ask for the grading scale used in your country of origin.

        ## Higher education
        Bachelor's, master's and doctoral degrees (licenciatura, mestrado, doutoramento) are recognised (reconhecidos), not given an "equivalence". There are three types:
        - Automatic recognition (reconhecimento automático): for degrees that are on an official list. You ask DGES or a public higher education institution.
        - Level recognition (reconhecimento de nível): says which Portuguese degree yours matches.
        - Specific recognition (reconhecimento específico): compares your course with a specific Portuguese course. You may need it to continue your studies or for some professions.

        You apply online, on the DGES platform ({ $dges-web }), with your documents scanned and legalised. Each institution has its own table of fees (emolumentos): automatic recognition is the cheapest; the others cost a lot more.

        ## Regulated professions
        To work as a doctor, nurse, engineer, lawyer or in other regulated professions, besides the recognition of your diploma you must register with the professional association (ordem or associação profissional).

        ## If something goes wrong
        - You cannot get documents from your country (for example, because of war or because you are a refugee): tell the school or DGES. There are other procedures.
        - If your application is refused, ask for the decision in writing: you can complain or appeal.
        - Help in your language: Migrant Support Line, { $lam-phone-landline } or { $lam-phone-mobile }.
    .keywords = equivalence, equivalency, equivalance, school equivalence, diploma equivalence, certificate equivalence, equivalencia, equivalência, recognition, recognise diploma, recognize diploma, diploma recognition, degree recognition, validate diploma, validate degree, foreign diploma, foreign degree, foreign certificate, school certificate, school records, transcript, grades, high school diploma, secondary school certificate, 12th grade, 12th year, 9th grade, 12 ano, bachelor, masters, PhD, university degree, DGES, DGE, ReCon, recon, apostille, hague apostille, apostila, translation, certified translation, legalise documents, legalize documents, no documents from my country, refugee documents, ordem dos medicos, ordem dos enfermeiros, ordem dos engenheiros, regulated profession, school equivalency, equivalency certificate, certificado de equivalência, certificado de equivalencia, grade equivalence, credential evaluation, school transcript, transcripts, report card, report cards, apostilled, apostilled transcript, diploma translation, equivalencia de estudos, high school equivalence, secondary school diploma, year placement, grade placement, which grade, which year, school year placement, equivalence table, equivalence tables, 10th grade, 11th grade, 7th grade, grading scale
    .questions =
        equivalence of my high school diploma
        how to get my 12th grade certificate recognised
        school certificate from brazil equivalence
        my kid's school records from abroad, where do i get equivalence
        recognise bachelor degree dges online
        do i need an apostille for diploma equivalence
        how much does equivalence cost
        the school says my child's grades need translation
        can i do equivalence any time of the year
        We moved from South Africa and my son finished grade 9 there. What grade will he be placed in here and who decides?
        Do I have to get my high school transcript apostilled and translated before asking for equivalence at the school?
        I need my 12th grade equivalence to apply to university here. Can I request it before I move to Portugal?
        Our kids' report cards from Ukraine were lost in the war, how can they get school equivalence without documents?
        Where can I find the equivalence table for American high school grades?
        The school gave my daughter equivalence to 8th grade but she had finished 9th, can I appeal that?
        how long does it take to get the certificado de equivalência from the school secretaria?
