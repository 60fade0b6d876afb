# Citizenship: Portuguese nationality by naturalisation, children born in Portugal and the Portuguese test.

naturalisation = Portuguese nationality by naturalisation
    .summary = A new nationality law has applied since { $nationality-law-in-force }. According to the available sources, naturalisation requires { $nationality-reform-years-cplp ->
            [one] { $nationality-reform-years-cplp } year
           *[other] { $nationality-reform-years-cplp } years
        } of legal residence for nationals of Portuguese-speaking countries (CPLP) and the European Union and { $nationality-reform-years-other ->
            [one] { $nationality-reform-years-other } year
           *[other] { $nationality-reform-years-other } years
        } for others, counted from the first residence permit, plus Portuguese and a civic test. You apply to IRN. Some points are still unclear: check with IRN or a lawyer before applying.
    .body =
        Portuguese nationality by naturalisation is granted by the Ministry of Justice. Applications are received and handled by IRN (Instituto dos Registos e do Notariado, the Registry Institute), through its registry offices (Conservatórias). This is general information, not legal advice.

        ## The law changed on { $nationality-law-in-force }
        - On { $nationality-reform-approved } Parliament passed a reform of the Nationality Law. On { $nationality-tc-ruling } the Constitutional Court found some of its rules unconstitutional and the President vetoed it.
        - On { $nationality-revote-date } Parliament voted on the reform again. According to the sources, the President signed it into law on { $nationality-law-promulgated }, it was published in the Diário da República on { $nationality-law-published } (cited as Organic Law No. 1/2026) and it has been in force since { $nationality-law-in-force }.
        - We could not find the published text in the Diário da República: what is written here comes from lawyers' summaries and news. Check with IRN ({ $irn-web }) or a lawyer.

        ## Who can apply (law in force since { $nationality-law-in-force }, according to the sources)
        - Adults or emancipated minors.
        - People who have lived legally in Portugal for at least { $nationality-reform-years-cplp ->
            [one] { $nationality-reform-years-cplp } year
           *[other] { $nationality-reform-years-cplp } years
        } if they are nationals of a CPLP or European Union country, or at least { $nationality-reform-years-other ->
            [one] { $nationality-reform-years-other } year
           *[other] { $nationality-reform-years-other } years
        } otherwise.
        - The time counts from the issue of the first residence permit. Time spent waiting for the permit no longer counts.
        - People with sufficient knowledge of the Portuguese language and also of Portuguese culture and citizens' rights and duties: the law provides for a civic test (referred to as TNIC, Teste Nacional de Integração e Cidadania).
        - People without serious criminal convictions. The sources mention stricter rules, with a limit of { $naturalisation-crime-max-years ->
            [one] { $naturalisation-crime-max-years } year
           *[other] { $naturalisation-crime-max-years } years
        } in prison, but describe them differently.
        - People not considered a threat to national security. According to the sources, biometric data is also collected.

        ## What is still unclear
        - Applications filed before { $nationality-law-in-force }: reports conflict. Some law firms say applications already pending follow the previous law ({ $naturalisation-residence-years ->
            [one] { $naturalisation-residence-years } year
           *[other] { $naturalisation-residence-years } years
        } of residence). Another says the law has no transitional rules and only the President's message asked that these applications not be harmed. Ask IRN or a lawyer.
        - The regulations for the new law: until they exist, some procedures may not be defined.
        - The civic test: how, where and when it is taken has not been announced in the sources we checked.
        - Fees: we did not find the fee that applies under the new law.

        ## Steps
        1. Check with IRN that you meet today's rules and which language proof and civic test you need.
        2. Gather the documents. Foreign documents must be legalised (Hague Apostille or consulate) and translated if they are not in Portuguese.
        3. Submit the application at a Civil Registry Office (Conservatória do Registo Civil) or at the Central Registry Office (Conservatória dos Registos Centrais). Many require an appointment. A lawyer or solicitor can also apply online for you.
        4. Pay the fee and keep the case number.
        5. Follow your case and answer quickly if you are asked for more documents.
        6. If approved, IRN registers your nationality. You can then apply for the citizen card (cartão de cidadão).

        ## Documents
        - Application form (IRN form), signed.
        - Birth certificate.
        - Criminal record certificate from your country of nationality and the countries where you have lived. IRN obtains the Portuguese one.
        - Proof of Portuguese and, once it exists, of the civic test.
        - Passport and residence permits, including the date of the first permit.

        ## Costs and time
        Before the new law the application fee was { $nationality-fee }. Check the current amount with IRN. A decision can take a long time.

        ## If something goes wrong
        - If your application is refused, you can challenge the decision. Ask Social Security (Segurança Social) for legal aid if you cannot afford a lawyer.
        - Be wary of anyone promising fast nationality for money.
        - Help in your language: Migrant Support Line, { $lam-phone-landline } or { $lam-phone-mobile }.
    .keywords = nationality, portuguese nationality, citizenship, portuguese citizenship, naturalisation, naturalization, naturalise, portuguese passport, citizen card, apply for citizenship, citizenship application, citizenship by residence, years of residence, 7 years, 10 years, seven years, ten years, new nationality law, nationality law 2026, organic law 1/2026, civic test, citizenship test, TNIC, pending application, waiting time, IRN, irn, conservatoria, registry office, dual citizenship, dual nationality, how much does citizenship cost, citizenship fee, citizenship process, naturalization application, naturalisation application, citizen ship, citizenhip, citizinship, portugese citizenship, portuguese citizen, become portuguese, become a citizen, PT passport, portuguese passport application, EU passport, nationality application, nacionalidade, naturalização, naturalizacao, processo de nacionalidade, conservatoria dos registos centrais, registos centrais, citizenship lawyer, processing time, citizenship timeline, citizenship approved, citizenship refused, citizenship denied, retroactive, transitional rules, time that counts, residence years, 5 years, five years, golden visa citizenship, give up my passport, keep my passport
    .questions =
        how many years to get portuguese citizenship now
        new nationality law 2026 what changed
        i applied for citizenship before the law changed, which rules apply
        does the time waiting for my residence card count for citizenship
        documents for portuguese passport by residence
        how much does citizenship cost
        where do i apply for nationality, IRN?
        i am from brazil, is it 7 years for cplp
        criminal record and citizenship application
        can i keep my passport with portuguese nationality
        We got our first residency cards back in 2021 and were counting down the years. With the new nationality law, do we now have to wait longer before we can apply for citizenship?
        How long is IRN taking to process citizenship applications these days? Our lawyer filed mine online almost 2 years ago and the status hasnt changed
        I'm a US citizen. Would I have to give up my American passport if I become a Portuguese citizen?
        golden visa holder here, does the GV time count towards portuguese citizenship even though we only spend a few weeks a year in portugal?
        My citizenship application was refused because of an old conviction back home. Can I challenge that decision?
        Is it worth paying a lawyer to file the nationality application online or can I just go to the Conservatória myself?
        Which criminal record certificates does IRN want for naturalization, only from my home country or from every country I lived in?
        Did the fee for the citizenship application change with the new law?

nationality-children-born-here = Nationality of children born in Portugal
    .summary = Being born in Portugal does not always give Portuguese nationality. Under the law in force since { $nationality-law-in-force }, according to the sources, a child of foreign parents is Portuguese from birth only if one parent had lived legally in Portugal for at least { $nationality-reform-birth-parent-years ->
            [one] { $nationality-reform-birth-parent-years } year
           *[other] { $nationality-reform-birth-parent-years } years
        } when the child was born. IRN handles this and confirms today's rules.
    .body =
        A child born in Portugal to foreign parents may be Portuguese from birth or apply for nationality later. It depends on the parents' situation. IRN (Instituto dos Registos e do Notariado) handles this at the Civil Registry Offices (Conservatórias do Registo Civil). This is general information, not legal advice.

        ## The law changed on { $nationality-law-in-force }
        The new nationality law was published on { $nationality-law-published } and has been in force since { $nationality-law-in-force }, according to lawyers' summaries and news. We could not find the text published in the Diário da República. Check with IRN ({ $irn-web }) which rules apply to your child, especially if the child was born before that date.

        ## Portuguese from birth (according to the sources)
        The child is Portuguese from birth if:
        - the child was born in Portugal;
        - the parents are not here in the service of their country (for example, diplomats);
        - at the birth, one parent had lived legally in Portugal for at least { $nationality-reform-birth-parent-years ->
            [one] { $nationality-reform-birth-parent-years } year
           *[other] { $nationality-reform-birth-parent-years } years
        }, with a residence permit;
        - the parents do not declare that they do not want the child to be Portuguese.

        ## Naturalisation of children born here
        If the child did not become Portuguese at birth, the child can apply for naturalisation later. According to the sources, the new law ties this to attending compulsory school in Portugal. The details are still unclear: ask IRN.

        ## Steps
        1. Register the birth at the hospital, if it has a Nascer Cidadão desk, or at a Civil Registry Office.
        2. At registration, show the father's or mother's residence permit.
        3. If nationality was not recorded at registration, ask the registry office whether and when the child can apply.
        4. Once nationality is registered, apply for the child's citizen card.

        ## Documents
        - The parents' identity documents and residence permits.
        - Proof of how long the parents have lived legally in Portugal.
        - For naturalisation: the child's birth certificate and school certificates.

        ## Costs
        Registering a birth within the legal deadline is free. A naturalisation application has a fee: check the amount with IRN.

        ## If something goes wrong
        - If the registry office does not accept your proof, ask for the reason in writing.
        - If you are not sure which rule applies, talk to a lawyer. Ask Social Security for legal aid if you cannot pay.
        - Help in your language: Migrant Support Line, { $lam-phone-landline } or { $lam-phone-mobile }, or at a CNAI.
    .keywords = child born in portugal, baby born in portugal, born in portugal, nationality for my child, child citizenship, baby citizenship, portuguese child, birth registration, register birth, birth certificate, nascer cidadao, conservatoria, IRN, citizen card for child, naturalisation of minors, minor naturalization, jus soli, birthright citizenship, foreign parents, children of immigrants, new nationality law, 5 years, five years, baby born here, born here, born in PT, newborn citizenship, newborn nationality, child nationality, child's nationality, kid born in portugal, children born in portugal, portuguese passport for baby, baby passport, cartao de cidadao for baby, citizen card baby, nascer cidadão, birth registration hospital, registo de nascimento, registo civil, conservatória do registo civil, birthright, portuguese at birth, nationality at birth, parents residence, legal residence of parents
    .questions =
        my baby was born in portugal, is he portuguese
        child born in portugal to foreign parents citizenship
        how many years do I need to live here for my newborn to be Portuguese
        how to register birth at the conservatória
        my son was born here before the new law, what applies
        can my child born in portugal get nationality later
        does birth in portugal give the child the citizen card
        what papers do we need to show that i lived here legally when the baby was born
        We are both on temporary residence cards and I'm due in March. Will our baby automatically be Portuguese or do we have to apply for the nationality later?
        Our daughter was born in Lisbon last year and we registered her at the hospital desk, but her birth certificate doesn't say anything about nationality. How do we find out if she is Portuguese?
        my son was born in portugal when we were still undocumented, can he apply for citizenship now that he goes to school here?
        Can a child born in Portugal get a Portuguese passport and citizen card before the parents become citizens?
        Only my husband has a residence permit, I'm still waiting on AIMA. Does his residence count for our newborn to get nationality?
        What proof of our legal residence does the conservatória ask for when we register the baby so that she is recorded as Portuguese?
        do kids born in portugal to brazilian parents get portuguese nationality automatically?

portuguese-language-test = Portuguese test (A2) and civic test for nationality
    .summary = For naturalisation you must prove that you know Portuguese, usually at level A2. The law in force since { $nationality-law-in-force } also adds, according to the sources, a test on Portuguese culture and citizens' rights and duties; how it works is not yet defined. Check with IRN which tests you need.
    .body =
        The required level is A2 of the Common European Framework of Reference for Languages: understanding and using Portuguese in simple everyday situations. The same certificate is accepted for permanent residence.

        ## What changed on { $nationality-law-in-force }
        - According to lawyers' summaries and news, the new nationality law, in force since { $nationality-law-in-force }, requires knowledge of the Portuguese language and also of Portuguese culture and citizens' rights and duties, through a civic test (referred to as TNIC, Teste Nacional de Integração e Cidadania).
        - The form of the civic test, where and when it is held, and its fee have not been announced in the sources we checked. Do not pay for courses or tests that promise "the nationality test" before IRN confirms them.
        - The ways to prove Portuguese below are those of the previous regulations. Until new regulations exist, check with IRN ({ $irn-web }) whether they are still accepted.

        ## Ways to prove Portuguese
        - The Portuguese test for nationality (Prova do Conhecimento da Língua Portuguesa para Aquisição da Nacionalidade, PaN), run by IAVE (Instituto de Avaliação Educativa) at public schools. Abroad, it is taken at places accredited by Camões.
        - The CIPLE certificate, an A2 exam in Portuguese as a foreign language from CAPLE (University of Lisbon), taken at exam centres in Portugal and abroad.
        - A certificate at level A2 or higher from a Portuguese as a Host Language course (Português Língua de Acolhimento, PLA), issued by a public school, an IEFP centre or a Centro Qualifica.
        - A certificate from a Portuguese school showing that you passed Portuguese or Portuguese as a Non-Native Language in at least { $nationality-language-school-years ->
            [one] { $nationality-language-school-years } school year
           *[other] { $nationality-language-school-years } school years
        }.

        ## Who does not need it, or takes an adapted test
        - Under the previous regulations, people born in and nationals of a country where Portuguese is an official language (for example Brazil, Angola, Cape Verde or Mozambique) were presumed to know Portuguese. Check with IRN whether this still applies and whether you also need the civic test.
        - People who cannot read or write, older people and people with a serious illness or disability could take an adapted test, for example oral only.
        - For children, the test is adapted to their age.

        ## Steps (PaN test)
        1. See the calendar and registration on the IAVE website or ask at a public school.
        2. Register and pay the fee. You need a valid identity document.
        3. Take the test: reading, writing and listening.
        4. Get the certificate and add it to your nationality application.

        ## Costs
        - The PaN test and the CIPLE exam have fees: check the amount with IAVE or CAPLE.
        - PLA courses are free.
        - The fee for the civic test is not yet known.

        ## Be careful with certificates
        Certificates from private courses only count if they are issued in the official system, for example through an agreement with a public school or IEFP. Check before you pay. If the certificate is not accepted, IRN may refuse your application a long time later.

        ## If something goes wrong
        - If you fail, you can register for another date.
        - If IRN does not accept your certificate, ask for the reason in writing.
        - Help in your language: Migrant Support Line, { $lam-phone-landline } or { $lam-phone-mobile }.
    .keywords = portuguese test, portuguese exam, language test, language exam, A2, a2, level A2, CIPLE, ciple, CAPLE, PaN, IAVE, portuguese certificate, A2 certificate, portuguese for citizenship, portuguese for nationality, language requirement, test exemption, brazilian language test, CPLP, Camões, camoes, PLA, oral test, culture test, civic test, citizenship test, TNIC, integration test, rights and duties, language certificate, A2 exam, A2 test, a2 level certificate, CIPLE exam, ciple test, ciple certificate, PLE exam, portuguese proficiency, proficiency test, language proficiency, language requirement for citizenship, language exam for nationality, exam centre, exam center, IAVE test, prova de lingua portuguesa, prova de português, teste de portugues, exemption from language test, exempt, retake, failed the test, oral only, older applicants, Camões certificate, civic exam, citizenship exam, TNIC test, culture exam
    .questions =
        A2 portuguese test for citizenship
        where to take the CIPLE exam
        is the portuguese test free
        brazilians need the language test for nationality?
        civic test TNIC how does it work
        i'm over 60, do i need the language exam
        PaN test at school how to register
        certificate sold online for A2, is it valid
        how much does the ciple exam cost
        I've lived here 6 years and want to apply for nationality but my Portuguese is pretty basic. What's the easiest way to prove A2, the CIPLE or the test at a public school?
        Failed the reading part of the A2 exam by a few points, how soon can I retake it?
        Does a CIPLE certificate expire, or can I still use the one I got in 2019 for my citizenship application?
        Im 72 and my eyesight is poor, is there an oral only version of the portuguese test for older people?
        Can I sit the CIPLE exam abroad at a Camões centre before moving to Portugal?
        My language school says their certificate is accepted by IRN. How can I check it's recognised before I pay them?
        Is the new civic test for citizenship in English or only in Portuguese, and has anyone heard when it starts?
