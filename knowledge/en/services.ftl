# Services and contacts: helpline, CNAI, driving licence, bank.

migrant-helpline = Migrant Support Line (Linha de Apoio a Migrantes)
    .summary = The Migrant Support Line (Linha de Apoio a Migrantes) gives information by phone, in many languages, about residence, work, health, school and other parts of life in Portugal. Call { $lam-phone-landline } from a landline, or { $lam-phone-mobile } from a mobile phone or from abroad.
    .body =
        The Migrant Support Line (Linha de Apoio a Migrantes, once called "Linha SOS Imigrante") is a public information service by phone. It belonged to the High Commission for Migration (Alto Comissariado para as Migrações, ACM). Since { $sef-abolished }, the ACM and SEF have been replaced by AIMA (Agência para a Integração, Migrações e Asilo), which took over the line.

        ## Numbers
        - From a landline: { $lam-phone-landline }.
        - From a mobile phone or from abroad: { $lam-phone-mobile }.
        - The cost of the call depends on your phone plan.

        ## Opening hours
        { $lam-hours }. These hours were published before AIMA took over the line, so they may have changed.

        ## Languages
        - The mediators answer in { $lam-languages } languages and dialects, according to the latest information published by the ACM. These include Portuguese, English, French, Spanish, Russian, Moldovan, Romanian, Ukrainian, Arabic, Cape Verdean Creole, Guinea-Bissau Creole, Fula, Wolof and Mandinka.
        - For other languages there is the Telephone Translation Service (Serviço de Tradução Telefónica): an interpreter joins the call. At one time this service had about { $stt-languages } languages.
        - This list is from before AIMA: when you call, say straight away which language you want to speak.

        ## What they can help with
        - Residence permits, visas, family reunification and Portuguese nationality: what steps to take and what documents you need.
        - Work, Social Security, health, school, housing and social support.
        - Which public service you should go to. They can also send you to a CNAI or to a local migrant support office.

        ## What the line does not do
        The line does not make AIMA appointments and does not decide applications. Appointments are automatic or requested through the form at { $aima-contact-form }.

        ## Help in person
        The CNAI (Centros Nacionais de Apoio à Integração de Migrantes), now also called "lojas AIMA" (AIMA shops), bring several services together in one place.
        - Lisbon: { $cnai-lisboa-address } ({ $cnai-lisboa-hours }).
        - Porto: { $cnai-porto-address }.
        - There are also CNAI in Faro (inside the Loja do Cidadão, the Citizen's Shop) and in Beja.

        Before you go, check with the line that the centre is open and whether you need an appointment.

        ## In urgent situations
        - Emergency: { $emergency-phone }.
        - Domestic violence: { $dv-phone }, free, at any time.
        - Human trafficking or forced labour: { $trafficking-phone }, at any time.

        ## If you cannot reach anyone
        - There are many calls: try again right when the line opens, or on another day.
        - If your question is about an application with AIMA, use the form at { $aima-contact-form } and keep the proof.
    .keywords = migrant support line, migrant helpline, migrants helpline, immigrant helpline, immigration helpline, helpline, help line, hotline, phone line, linha de apoio a migrantes, linha de apoio ao migrante, LAM, SOS imigrante, sos immigrant, ACM, high commission for migration, phone number, telephone, call, contact, contact number, help, support, information, info, advice, translator, interpreter, translation, in my language, my language, speak english, english speaking, language, languages, ukrainian, russian, arabic, creole, CNAI, CNAIM, loja aima, aima shop, aima office, mediator, cultural mediator, immigrant, immigrants, migrant, migrants, newcomer, { $lam-phone-landline }, { $lam-phone-mobile }
