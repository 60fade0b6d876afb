# Housing: renting a home, tenant rights, help with housing and rent, and the certificate of residence.

renting-a-home = Renting a home
    .summary = To rent a house, flat or room, always make a written rental contract (contrato de arrendamento). The landlord must register the contract with the tax office (Finanças) and give you a receipt for each rent payment. The law limits the deposit and the rent paid in advance, and forbids refusing you a home because of your nationality or origin.
    .body =
        Renting means paying the owner (the landlord, senhorio) to live in a house, flat or room. You do not need a residence permit to rent, but you will need a tax number (NIF).

        ## Before you sign
        - Visit the home. Check the water, electricity, damp (humidade) and broken windows, and take photos.
        - Ask to see the landlord's identity document and check that they are the owner, or that the owner allows them to rent it out.
        - Do not trust ads that ask for money before you see the home or sign the contract.

        ## The contract
        - The rental contract must be in writing and signed by both of you. Keep a signed copy.
        - It should say: the names and NIF of both of you, the address, the rent and the day you pay it, how long the contract lasts, the deposit, and who pays water, electricity and gas.
        - For a permanent home, a contract with an end date cannot be shorter than { $housing-contract-min-years ->
            [one] { $housing-contract-min-years } year
           *[other] { $housing-contract-min-years } years
        }. The exception is temporary rentals (for example, for work or study), which the contract must say.
        - At the end, the contract renews automatically, unless one of you gives notice in writing in time.

        ## What the landlord can ask for
        - A deposit (caução) of at most { $housing-deposit-max-rents ->
            [one] { $housing-deposit-max-rents } month's rent
           *[other] { $housing-deposit-max-rents } months' rent
        }. You get it back at the end of the contract if there is no damage to the home.
        - Rent paid in advance, agreed in writing, for up to { $housing-rent-advance-max-months ->
            [one] { $housing-rent-advance-max-months } month
           *[other] { $housing-rent-advance-max-months } months
        }.
        - These two limits come from a change to the law for 2023, according to news reports and lawyers in November 2022; some more recent pages still quote the old rules (up to three months of rent in advance and no limit on the deposit). We did not find the current text of the law: if you are asked for more, check with the housing service of the Câmara Municipal or with a lawyer.
        - A guarantor (fiador) or proof of income.

        ## What the landlord cannot do
        - Refuse to rent to you because you are a foreigner, or because of your skin colour, origin or religion: this is discrimination, and the law forbids it.
        - Keep your passport, or take the rent without giving you a receipt.

        ## Registration with the tax office and receipts
        1. The landlord registers the contract with the tax office (Finanças, Autoridade Tributária e Aduaneira) and pays stamp duty (imposto do selo).
        2. Every month the landlord gives you a rent receipt (recibo de renda), usually an electronic one, on the Portal das Finanças ({ $at-web }).
        3. Keep your receipts. They prove your address (for AIMA, the health centre, the school), they count on your income tax return (IRS), and you need them to apply for help with rent.
        4. If the landlord does not register the contract, the tenant can also register it with the tax office. Ask how at a tax office (Serviço de Finanças).

        ## Costs
        The landlord pays the stamp duty on the contract. If an estate agency (imobiliária) asks you for a fee, ask for an invoice (fatura).

        ## If something goes wrong
        - The landlord does not want to make a contract or give receipts: without a registered contract it is hard to prove your address and to apply for support. Ask the tax office for information on { $at-phone }.
        - You were refused a home because you are a foreigner: keep the ads and messages, and see how to make a complaint about discrimination.
        - For help in your language, call the Migrant Support Line: { $lam-phone-landline } or { $lam-phone-mobile }.
    .keywords = rent, renting, rent a house, rent a flat, rent an apartment, rent a room, renting a room, room, room for rent, flat, apartment, house, house for rent, flat to rent, accommodation, housing, find a house, find a flat, looking for a flat, home, rental, rental contract, lease, tenancy agreement, rent contract, contrato de arrendamento, arrendamento, arrendar, alugar, aluguer, renda, landlord, owner, senhorio, tenant, inquilino, deposit, security deposit, caucao, caução, rent in advance, advance rent, guarantor, fiador, rent receipt, receipts, recibo de renda, stamp duty, imposto do selo, register contract, registered contract, estate agent, real estate agency, imobiliaria, agency fee, idealista, olx, scam, rental scam, fake ad, discrimination, no foreigners, landlord refuses foreigners, energy certificate, apartment hunting, flat hunting, house hunting, rent an apt, apt, T0, T1, T2, T3, studio, studio flat, rental market, rental listing, listings, lease agreement, rental agreement, sign a lease, signing a lease, months upfront, rent upfront, first month, landlady, letting agent, realtor, real estate agent, property manager, utilities, bills included, water and electricity bills, viewing, house viewing, fake listing, idealista scam, contract template, model contract, minimum lease, lease length, 1 year lease, recibos eletronicos, electronic receipts, rent receipts online, portal das finanças receipts, portuguese guarantor
    .questions =
        how to rent an apartment in portugal as a foreigner
        landlord asking 6 months rent upfront, is that allowed
        how much deposit can the landlord ask
        renting a room without contract, is it legal
        landlord refuses to register the contract at finanças
        do i need a guarantor to rent a flat
        landlord won't give me rent receipts
        they won't rent to me because i'm from Nepal, is that discrimination
        what should the lease say before I sign
        can i get a rental contract without NIF
        We're moving to Lisbon in June and every landlord wants a Portuguese guarantor. As foreigners with remote jobs, what are our options?
        Found a T1 on Idealista but the owner wants the deposit by bank transfer before any viewing, is that a scam?
        Our lease is only in Portuguese, what should we check in the contract before we sign?
        Landlord wants to give us a 1 year lease for our main home. Is there a minimum length for rental contracts here?
        Landlord says he'll only give paper receipts, but I need proof of address for AIMA. Should the rent receipts be on the Portal das Finanças?
        Who pays water, electricity and internet, the tenant or the landlord, and should the lease say it?
        how do i check that the person renting me the flat is really the owner?

tenant-rights-eviction = Tenant rights and eviction
    .summary = Your landlord cannot throw you out on their own: changing the lock, cutting off the water or electricity, or removing your things is illegal. To end the contract or raise the rent, the landlord must tell you in writing and in advance, and an eviction can only happen by decision of the Tenant and Landlord Office (Balcão do Arrendatário e do Senhorio) or a court.
    .body =
        These rights are for people who have a rental contract. If you do not have a written contract, keep everything that proves you live in the home and pay rent: bank transfers, messages, receipts.

        ## Your rights
        - To live in the home in peace while the contract lasts and you pay the rent.
        - To get a receipt for each rent payment.
        - Repairs: the landlord must do the necessary work (roof, pipes, serious damp). Ask for it in writing.
        - Harassment of tenants (assédio no arrendamento) is forbidden: threats, cutting off water or electricity, or building work done to force you out.

        ## Rent increase
        - If the contract does not say otherwise, the rent can only go up once a year, and only up to the update rate (coeficiente de atualização) published every year in the official journal (Diário da República).
        - The landlord must tell you in writing at least { $housing-rent-update-notice-days ->
            [one] { $housing-rent-update-notice-days } day
           *[other] { $housing-rent-update-notice-days } days
        } in advance, saying the new rent and how it was calculated.
        - If the increase does not follow these rules, you can refuse it in writing. Keep paying the old rent and get help.

        ## When the contract ends
        - If the landlord does not want to renew the contract, they must say so by registered letter with proof of delivery (carta registada com aviso de receção). For a permanent home, the letter must arrive at least { $housing-landlord-notice-days ->
            [one] { $housing-landlord-notice-days } day
           *[other] { $housing-landlord-notice-days } days
        } before the end of the contract, and earlier for long contracts.
        - As a rule, the contract lasts at least { $housing-contract-guaranteed-years ->
            [one] { $housing-contract-guaranteed-years } year
           *[other] { $housing-contract-guaranteed-years } years
        } from when it was signed, even if the landlord refuses the first renewal. The main exception is when the landlord needs the home for themselves or for a son or daughter to live in.
        - The tenant can also leave, by giving notice in writing as far in advance as the law and the contract say.

        ## Eviction (despejo)
        1. The landlord cannot evict you alone. They need an order from the Tenant and Landlord Office (Balcão do Arrendatário e do Senhorio, BAS) or a court decision.
        2. If you get a notice from the BAS, you have { $housing-eviction-opposition-days ->
            [one] { $housing-eviction-opposition-days } day
           *[other] { $housing-eviction-opposition-days } days
        } to leave or to oppose it. The opposition must be made by a lawyer: ask Social Security for legal aid (apoio judiciário) straight away.
        3. If you stop paying the rent for months, the landlord can end the contract. Paying the debt quickly can stop the eviction.
        4. In serious situations (illness, disability, children, nowhere else to go) you can ask for more time before you must leave (diferimento da desocupação).

        ## Where to get help
        - A free lawyer: legal aid (apoio judiciário), which you ask for at Social Security.
        - Information about renting: the Housing Portal (Portal da Habitação, { $housing-portal-web }) and the housing service of your town council (Câmara Municipal).
        - The lock was changed, your things were taken, or you were threatened: call the police (PSP or GNR). If you are in danger, call { $emergency-phone }.
        - If you lose your home: National Social Emergency Line (Linha Nacional de Emergência Social), { $social-emergency-phone }.
        - For help in your language: Migrant Support Line, { $lam-phone-landline } or { $lam-phone-mobile }.
    .keywords = eviction, evicted, evict, eviction notice, eviction order, illegal eviction, despejo, despejar, ordem de despejo, BAS, BNA, balcao do arrendatario e do senhorio, tenant, tenant rights, tenants rights, renter rights, inquilino, landlord, senhorio, landlord kicking me out, kicked out, thrown out, landlord wants me out, have to leave, must leave the house, landlord changed the lock, changed locks, cut off water, cut off electricity, no water, no electricity, rent increase, rent went up, raise rent, rent raise, update rate, coeficiente, end of contract, contract not renewed, landlord not renewing, notice, notice period, pre aviso, pré-aviso, letter from landlord, harassment, landlord harassment, repairs, damp, mould, mold, rent arrears, unpaid rent, behind on rent, rent debt, homeless, lawyer, free lawyer, deposit back, deposit not returned, get my deposit back, return of deposit, landlord keeps deposit, landlord won't return deposit, caução not returned, tenant protection, renter protection, eviction process, evict tenant, notice to leave, notice to vacate, landlord selling, selling the flat, landlord wants to sell, landlord enters, landlord entering, landlord came in without permission, repairs not done, leaking roof, leak, humidade, rent hike, rent increase limit, annual rent update, landlord wants the house back, landlord needs the house, moving out, move out notice, break lease, break the lease, leave early, early termination, oposição, registered letter from landlord, carta registada, diferimento da desocupação, more time to leave
    .questions =
        landlord wants to kick me out what are my rights
        landlord changed the locks while i was out
        my landlord cut off the water and electricity
        how much can the landlord raise the rent this year
        landlord not renewing my contract, how much notice must he give
        eviction notice, how long do i have
        what is the balcão do arrendatário e do senhorio
        got a court letter about despejo, can they really evict me
        where can tenants get free help
        Our landlord just told us he's selling the flat and we have 30 days to leave. We have a 3 year contract, can he do that?
        Roof has been leaking for months and the landlord ignores my messages. What are my options as a tenant?
        the landlord let himself into our apartment while we were at work, is that allowed?
        I want to move out before my lease ends, how much notice do I have to give my landlord?
        Landlady is keeping my whole caução for wear and tear after 4 years, is that legal?
        Got a registered letter saying the contract won't be renewed but we've only lived here 2 years. Do we have to leave?
        I'm 3 months behind on rent after losing my job, can the landlord evict me and how fast?
        Landlord wants to raise the rent by 20% this year, can I refuse?

housing-support = Help with housing and rent
    .summary = There are public programmes that help you pay the rent or give you access to homes with lower rent: Porta 65, Affordable Rent (Arrendamento Acessível), council housing, and emergency support from Social Security. Almost all of them ask for a residence card, a NIF, a contract registered with the tax office (Finanças) and an income tax return (IRS) filed.
    .body =
        The national programmes belong to IHRU (Instituto da Habitação e da Reabilitação Urbana), on the Housing Portal (Portal da Habitação, { $housing-portal-web }). Social housing belongs to the town council (Câmara Municipal); emergency support comes from Social Security (Segurança Social).

        ## Main types of support
        - Porta 65 Jovem: monthly help to pay part of the rent, for young people up to { $housing-porta65-max-age ->
            [one] { $housing-porta65-max-age } year old
           *[other] { $housing-porta65-max-age } years old
        }.
        - Porta 65+: help with rent for people who lost a big part of their income, and for single-parent families.
        - Extraordinary rent support (apoio extraordinário à renda): paid every month by Social Security to some tenants whose rent is very high compared with their income. You do not apply: what counts is a contract registered with the tax office and your income tax return filed. Not all contracts are covered.
        - Affordable Rent Programme (Programa de Arrendamento Acessível): homes with rent below market prices, for families within income limits.
        - Council housing (habitação municipal, also called social housing or renda apoiada): homes owned by the town council, with rent calculated from the family's income. The waiting lists are long.
        - 1.º Direito (First Right): a town council programme for families living in very poor conditions, for example in shacks or overcrowded homes.
        - Emergency: Social Security can give one-off support or temporary accommodation to people who lose their home.

        ## Who can apply
        - In general: people who live in Portugal with a valid residence card, a NIF and, in many cases, a NISS.
        - People with a written rental contract registered with the tax office, and rent receipts.
        - People whose income is within the limits of each programme.
        - Without a residence card, most of these programmes are not available, but you can ask for emergency support.

        ## Steps
        1. Make sure your contract is registered with the tax office and that you get rent receipts.
        2. File your income tax return (declaração de IRS) every year, even if your income is low.
        3. Look on the Housing Portal to see which programmes exist, their conditions and the application dates.
        4. Apply on the portal, or ask for help at the housing service of your town council. That is also where you sign up for council housing.

        ## Documents to prepare
        - Passport and residence card.
        - NIF and NISS.
        - Rental contract and rent receipts.
        - Income tax return (declaração de IRS) and tax assessment (nota de liquidação).
        - Documents of the people who live with you and, if asked, a certificate of residence (atestado de residência).

        ## Costs
        Applying is free. Do not trust people who charge you to "get" you a social housing home.

        ## If something goes wrong
        - Application refused: read the reason. Usually you can reply in writing within the time limit given in the decision.
        - You lost your home or are about to: call the National Social Emergency Line (Linha Nacional de Emergência Social), { $social-emergency-phone }, or go to Social Security ({ $ss-phone }).
        - For help in your language: Migrant Support Line, { $lam-phone-landline } or { $lam-phone-mobile }.
    .keywords = help with rent, rent help, rent support, rent subsidy, rent allowance, housing benefit, housing allowance, housing support, housing help, help paying rent, cant pay rent, can't pay rent, rent too high, expensive rent, porta 65, porta65, porta 65 jovem, porta 65+, young people rent, extraordinary rent support, apoio extraordinario a renda, apoio à renda, affordable rent, affordable housing, arrendamento acessivel, renda acessivel, social housing, council housing, council flat, public housing, cheap housing, cheap house, habitacao social, habitação social, casa da camara, bairro social, renda apoiada, 1 direito, primeiro direito, IHRU, portal da habitacao, housing portal, camara municipal, town council, homeless, lost my home, emergency housing, temporary accommodation, social emergency, { $social-emergency-phone }, social security, seguranca social, rent assistance, rental assistance, rental subsidy, housing assistance, housing subsidy, subsidized housing, subsidised housing, low income housing, low-income housing, social housing waiting list, council house, government help with rent, apoio a renda, apoio ao arrendamento, programa de arrendamento acessivel, PAA, porta 65 application, porta 65 mais, housing programme, housing program, housing programs, 1.º direito, primeiro direito programme, camara housing, municipal housing, habitação municipal, habitacao municipal, overcrowded, single parent rent help
    .questions =
        help paying rent portugal
        porta 65 jovem for immigrants
        can't afford rent anymore, is there support
        affordable rent programme arrendamento acessível how to apply
        how to apply for social housing council flat
        do i need a residence card to get rent support
        rent subsidy requirements, do I need IRS filed?
        emergency housing help from segurança social
        my contract is not registered, can i still apply for rent help
        We're a family of four on minimum wage and our rent just went up to 900 euros. Is there any government program that helps pay part of it?
        Saw something about apoio extraordinário à renda in the news, do immigrants with a TRC get it automatically?
        How do I sign up for council housing with the Câmara, and how long is the waiting list?
        I'm 28, does Porta 65 Jovem accept non-EU residents and when are the application periods?
        Single mum here and I lost half my income, is Porta 65+ meant for people like me?
        We live in one overcrowded room with our kids, does the 1.º Direito program help families like us?

address-certificate = Certificate of residence (atestado de residência) from the parish council
    .summary = The certificate of residence (atestado de residência) is a document from the parish council (Junta de Freguesia) that confirms where you live. The health centre, the school, AIMA and other services ask for it. The Junta cannot refuse it just because you do not have a residence permit yet.
    .body =
        The certificate of residence (atestado de residência, also called "atestado de morada", certificate of address) is issued by the parish council (Junta de Freguesia) of the area where you live. It confirms your address and, if you ask, how long you have lived there.

        ## What it is for
        - Registering at the health centre and getting a user number (número de utente), especially without a residence permit.
        - Proving your accommodation in an application at AIMA.
        - Enrolling your children at school.
        - Changing your address at the tax office (Finanças), opening a bank account or applying for social support.

        ## Who can ask for it
        Anyone who lives in the parish (freguesia), Portuguese or foreign. The Ombudsman (Provedor de Justiça) has reminded parish councils that they cannot refuse the certificate because a person has no residence card.

        ## How to prove you live there
        The Junta issues the certificate when someone at the Junta knows your situation, or when there is other proof. The most common are:
        - a rental contract, or water, electricity or internet bills in your name;
        - a statement from the landlord or from the person who gives you a place to stay, with a copy of their identity document;
        - { $address-certificate-witnesses ->
            [one] { $address-certificate-witnesses } witness who is a registered voter
           *[other] { $address-certificate-witnesses } witnesses who are registered voters
        } (eleitores recenseados) in the parish, who confirm that you live there;
        - for people with no home, a statement from the social worker (técnico de ação social) who supports them.

        ## Steps
        1. Find out which is your Junta de Freguesia: ask at the town council (Câmara Municipal) or look up your address on the council's website.
        2. Go to the Junta. Some accept applications online, or only with an appointment.
        3. Fill in the application form (requerimento) and say what the certificate is for, for example "para inscrição no centro de saúde" (to register at the health centre) or "para a AIMA" (for AIMA).
        4. Hand in your proof of address. The witnesses go with you or sign a statement.
        5. Collect the certificate: straight away or a few days later, depending on the Junta.

        ## Documents to bring
        - Passport, residence card or another identity document.
        - NIF, if you have one.
        - Your proof of address.
        - For a certificate for the whole family: each person's documents.

        ## Costs and validity
        - Each Junta sets its own price; at some it is free. Ask first.
        - The service that asks for the certificate may want a recent one. Ask for it shortly before you need it.
        - To get access to the SNS without a residence permit, ask for the certificate to say that you have lived in Portugal for more than { $health-undocumented-min-days ->
            [one] { $health-undocumented-min-days } day
           *[other] { $health-undocumented-min-days } days
        }, if that is true.

        ## If something goes wrong
        - They refused the certificate: ask for the refusal in writing, with the reason. You can complain at the Junta itself, or make a free complaint to the Ombudsman (Provedor de Justiça).
        - You do not know any voters in the parish: ask what other proof the Junta accepts.
        - For help in your language: Migrant Support Line, { $lam-phone-landline } or { $lam-phone-mobile }.
    .keywords = certificate of residence, residence certificate, residency certificate, certificate of address, address certificate, proof of address, proof of residence, address proof, atestado, atestado de residencia, atestado de residência, atestado de morada, atestado da junta, junta, junta de freguesia, freguesia, parish, parish council, local council, town hall, witnesses, two witnesses, voters, registered voters, eleitores, recenseados, address, morada, declaration of address, statement from landlord, no contract, renting a room no contract, living with friends, atestado for aima, atestado for health centre, atestado for school, ombudsman, provedor de justica, provedor de justiça, comprovativo de morada, comprovante de residencia, atestado de residencia da junta, atestado junta de freguesia, junta certificate, residence certificate from junta, proof of residency, proof of address for AIMA, comprovativo de residência, certidão de residência, certificate of domicile, domicile certificate, parish certificate, parish office, attestation of residence, witness statement, testemunhas, attestado, atestato, atestado de residencia online, freguesia office, address declaration, declaração do senhorio, landlord declaration
    .questions =
        how to get atestado de residência
        proof of address portugal junta de freguesia
        i rent a room without contract, how do I get proof of address
        the junta refused my atestado because i have no residence permit
        what are the two witnesses for the atestado
        how much does the atestado de morada cost
        how long is the certificate of residence valid
        the health centre asks me for an atestado, where do i get it
        documents to bring to the junta for residence certificate
        AIMA asked for proof of address but my name isn't on the lease because I live with my partner. Can the junta give me something?
        Do the witnesses for the atestado have to be registered voters in the freguesia? I don't know anyone here yet
        How long does the Junta de Freguesia take to issue a residence certificate, same day?
        I'm staying in a shelter with no fixed address, can I still get an atestado de residência?
        My atestado is from 3 months ago, will the school still accept it or do I need a new one?
        can I ask for the certificate of residence online from my junta or do i have to go in person?
