# Citizenship: Portuguese nationality by naturalisation, children born in Portugal and the Portuguese language test.

naturalisation = Portuguese nationality by naturalisation
    .summary = You apply for naturalisation to IRN, at a registry office (Conservatória). Under the law in force on { $nationality-law-status-date }, you can apply if you are an adult, have lived legally in Portugal for at least { $naturalisation-residence-years ->
            [one] { $naturalisation-residence-years } year
           *[other] { $naturalisation-residence-years } years
        }, can prove you know Portuguese (level A2) and have no serious convictions. The law is being changed: check the rules before you apply.
    .body =
        Portuguese nationality by naturalisation (naturalização) is granted by the Ministry of Justice. Applications are received and handled by IRN (Instituto dos Registos e do Notariado), through its registry offices (Conservatórias).

        ## The law is changing
        - On { $nationality-law-status-date } the rule of { $naturalisation-residence-years ->
            [one] { $naturalisation-residence-years } year
           *[other] { $naturalisation-residence-years } years
        } of legal residence was still in force.
        - On { $nationality-reform-approved } Parliament approved a reform that required { $nationality-reform-years-cplp ->
            [one] { $nationality-reform-years-cplp } year
           *[other] { $nationality-reform-years-cplp } years
        } for citizens of Portuguese-speaking countries (CPLP) and { $nationality-reform-years-other ->
            [one] { $nationality-reform-years-other } year
           *[other] { $nationality-reform-years-other } years
        } for everyone else, counted only from the date of the residence permit.
        - On { $nationality-tc-ruling } the Constitutional Court (Tribunal Constitucional) declared some parts of this reform unconstitutional, and the President of the Republic vetoed it. A new vote in Parliament was planned from { $nationality-revote-scheduled }.
        - Before you apply, check with IRN ({ $irn-web }) which rules apply today.

        ## Who can apply (law in force on { $nationality-law-status-date })
        - Adults (18 or over) or legally emancipated minors (emancipados).
        - People who have lived legally in Portugal for at least { $naturalisation-residence-years ->
            [one] { $naturalisation-residence-years } year
           *[other] { $naturalisation-residence-years } years
        }. The time you waited after applying for your first residence permit also counts, if the permit was granted.
        - People who know enough Portuguese (level A2). If you were born in and are a citizen of a country where Portuguese is an official language, you usually do not need to prove it.
        - People who have not been convicted, with a final sentence, of a crime punishable by { $naturalisation-crime-max-years ->
            [one] { $naturalisation-crime-max-years } year
           *[other] { $naturalisation-crime-max-years } years
        } or more in prison.
        - People who are not considered a threat to national security.

        ## Steps
        1. Gather your documents. Foreign documents must be legalised (Hague Apostille or consulate) and translated, if they are not in Portuguese.
        2. Hand in your application at a Civil Registry Office (Conservatória do Registo Civil) or at the Central Registry Office (Conservatória dos Registos Centrais). Many need an appointment. A lawyer or solicitor (solicitador) can also apply online for you.
        3. Pay the fee and keep your application number.
        4. Follow your application and answer quickly if they ask for more documents.
        5. If it is approved, IRN registers your nationality. Then you can apply for the Citizen Card (cartão de cidadão).

        ## Documents
        - The application form (requerimento, an IRN form), signed.
        - Birth certificate.
        - Criminal record certificate from the country of your nationality and from the countries where you lived. IRN gets the Portuguese criminal record itself.
        - Portuguese certificate at level A2, if you have to prove it.
        - Passport and residence card.

        ## Costs and waiting time
        The application fee is { $nationality-fee } (check the current amount with IRN). The decision can take a long time.

        ## If something goes wrong
        - If your application is refused, you can challenge the decision. Ask Social Security for legal aid if you cannot pay a lawyer.
        - Do not trust people who promise you fast nationality in exchange for money.
        - Help in your language: Migrant Support Line, { $lam-phone-landline } or { $lam-phone-mobile }.
    .keywords = nationality, portuguese nationality, citizenship, portuguese citizenship, citizen, naturalisation, naturalization, naturalise, naturalize, become portuguese, become a portuguese citizen, get citizenship, apply for citizenship, apply for nationality, nationality application, citizenship application, portuguese passport, EU passport, citizen card, cartao de cidadao, cartão de cidadão, how many years for citizenship, years of residence, 5 years, citizenship after 5 years, new nationality law, nationality law, citizenship law change, IRN, irn, conservatoria, conservatória, registos centrais, dual nationality, dual citizenship, double citizenship, nacionalidade, naturalizacao, naturalização, cidadania, how much does citizenship cost, nationality fee, criminal record

nationality-children-born-here = Nationality of children born in Portugal
    .summary = Being born in Portugal does not always give Portuguese nationality. Under the law in force on { $nationality-law-status-date }, a child of foreign parents is Portuguese from birth (português de origem) if, when the child was born, one parent lived legally in Portugal or had lived here for at least { $nationality-birth-parent-residence-years ->
            [one] { $nationality-birth-parent-residence-years } year
           *[other] { $nationality-birth-parent-residence-years } years
        }. If not, the child can apply for naturalisation later. This is handled by IRN.
    .body =
        A child born in Portugal to foreign parents can be Portuguese from birth or can apply for nationality later. It depends on the parents' situation. This is handled by IRN (Instituto dos Registos e do Notariado), at the Civil Registry Offices (Conservatórias do Registo Civil).

        ## The law is changing
        The reform of the nationality law approved by Parliament on { $nationality-reform-approved } made these rules stricter: for example, one parent would need to have had a residence permit for { $nationality-reform-birth-parent-years ->
            [one] { $nationality-reform-birth-parent-years } year
           *[other] { $nationality-reform-birth-parent-years } years
        }. On { $nationality-law-status-date } this reform was not yet in force. Check with IRN ({ $irn-web }) which rules apply today.

        ## Portuguese from birth (law in force on { $nationality-law-status-date })
        The child is Portuguese from birth if:
        - the child was born in Portugal;
        - the parents are not here working for their own country's government (for example, diplomats);
        - when the child was born, one parent lived legally in Portugal, or had lived here, even without a residence permit, for at least { $nationality-birth-parent-residence-years ->
            [one] { $nationality-birth-parent-residence-years } year
           *[other] { $nationality-birth-parent-residence-years } years
        };
        - the parents do not declare that they do not want the child to be Portuguese.

        ## Steps
        1. Register the birth at the hospital, if it has a "Nascer Cidadão" desk, or at a Civil Registry Office (Conservatória do Registo Civil).
        2. When you register, show the father's or mother's residence card. If you do not have one, ask which proof of residence they accept.
        3. If the nationality was not included in the registration, you can apply for it later at a Conservatória.
        4. Once the nationality is registered, apply for the child's Citizen Card (cartão de cidadão).

        ## Naturalisation of children born here
        If the child did not become Portuguese at birth, they can apply for naturalisation while they are under 18 if, at the time of the application:
        - one parent has lived in Portugal, even without a residence permit, for at least { $nationality-minor-parent-residence-years ->
            [one] { $nationality-minor-parent-residence-years } year
           *[other] { $nationality-minor-parent-residence-years } years
        }; or
        - one parent has legal residence; or
        - the child went to kindergarten or school in Portugal for at least { $nationality-minor-school-years ->
            [one] { $nationality-minor-school-years } year
           *[other] { $nationality-minor-school-years } years
        }.

        ## Documents
        - The parents' identity documents and residence cards.
        - Proof of address and of residence (contracts, certificate of residence from the Junta de Freguesia, Social Security records), if the parents have no residence card.
        - For naturalisation: the child's birth certificate and a school certificate, if needed.

        ## Costs
        Registering the birth within the legal time limit is free. Applying for naturalisation has a fee: check the amount with IRN.

        ## If something goes wrong
        - If the Conservatória does not accept your proof, ask for the reason in writing.
        - Help in your language: Migrant Support Line, { $lam-phone-landline } or { $lam-phone-mobile }, or at a CNAI.
    .keywords = child born in portugal, baby born in portugal, born in portugal, born here, my baby was born in portugal, kid born in portugal, nationality for my child, child nationality, baby nationality, baby citizenship, citizenship for my baby, citizenship by birth, birthright citizenship, is my baby portuguese, portuguese child, portuguese from birth, birth registration, register birth, register baby, birth certificate, nascer cidadao, nascer cidadão, conservatoria, conservatória, IRN, citizen card for child, cartao de cidadao, naturalisation of children, naturalization of minors, jus soli, ius soli, foreign parents, immigrant parents, children of immigrants, nacionalidade filho

portuguese-language-test = Portuguese language test (A2) for nationality
    .summary = To apply for nationality by naturalisation you must prove you know Portuguese at level A2. You can use the test taken at a public school, the CIPLE exam, a level A2 Portuguese course certificate from a public body, or a Portuguese school certificate. If you were born in and are a citizen of a Portuguese-speaking country, you usually do not need it.
    .body =
        The level required is A2 of the Common European Framework of Reference for Languages: understanding and using Portuguese in simple everyday situations. The same certificate also works for a permanent residence permit.

        ## Ways to prove it
        - The Portuguese Language Test for Nationality (Prova do Conhecimento da Língua Portuguesa para Aquisição da Nacionalidade, PaN), organised by IAVE (Instituto de Avaliação Educativa) and taken at public schools. Abroad, it is taken at places accredited by the Camões Institute.
        - The CIPLE certificate, an A2-level exam in Portuguese as a foreign language, from CAPLE (University of Lisbon), taken at exam centres in Portugal and abroad.
        - A certificate at level A2 or higher from a Portuguese as a Host Language course (Português Língua de Acolhimento, PLA), given by a public school, an IEFP centre or a Qualifica Centre.
        - A certificate from a Portuguese school showing that you passed Portuguese, or Portuguese as a non-native language (Português Língua Não Materna), for at least { $nationality-language-school-years ->
            [one] { $nationality-language-school-years } school year
           *[other] { $nationality-language-school-years } school years
        }.

        ## Who does not need it, or takes an adapted test
        - People born in and citizens of a country where Portuguese is an official language (for example Brazil, Angola, Cape Verde or Mozambique) are presumed to know Portuguese. Check with IRN if this applies to you.
        - People who cannot read or write, older people, and people with a serious illness or a disability can take an adapted test, for example an oral test only.
        - For children, the test is adapted to their age.

        ## Steps (PaN test)
        1. Check the dates and how to sign up on the IAVE website, or ask at a public school.
        2. Sign up and pay the fee. You need a valid identity document.
        3. Take the test: reading, writing and listening.
        4. Get your certificate and add it to your nationality application.

        ## Costs
        - The PaN test and the CIPLE exam have a fee: check the amount with IAVE or CAPLE.
        - PLA courses are free.

        ## Be careful with certificates
        Certificates from private courses only count if they are issued in the official system, for example through an agreement with a public school or with IEFP. Check before you pay. If your certificate is not accepted, IRN can refuse your application a long time later.

        ## The law may change
        The reform of the nationality law approved on { $nationality-reform-approved } also planned a test on Portuguese culture and on citizens' rights and duties. On { $nationality-law-status-date } it was not yet in force. Check with IRN ({ $irn-web }).

        ## If something goes wrong
        - If you fail, you can sign up for another date.
        - If IRN does not accept your certificate, ask for the reason in writing.
        - Help in your language: Migrant Support Line, { $lam-phone-landline } or { $lam-phone-mobile }.
    .keywords = portuguese test, portuguese language test, portuguese exam, language test, language exam, portugese test, portuguese test for citizenship, portuguese test for nationality, citizenship test, nationality test, A2, a2, A2 level, level a2, a2 test, a2 exam, a2 certificate, CIPLE, ciple, CAPLE, caple, PaN, PAN test, IAVE, iave, prova de portugues, prova de português, teste de portugues, exame de portugues, portuguese certificate, language certificate, exemption, exempt from test, do brazilians need the test, brazilian, PALOP, CPLP, Camoes, camões, PLA, oral test, culture test, illiterate, cannot read or write
