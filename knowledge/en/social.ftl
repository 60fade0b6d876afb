# Social Security and taxes: NIF, NISS, contributions and social support.

nif-tax-number = Tax number (NIF)
    .summary = The NIF (número de identificação fiscal, also called número de contribuinte) is your tax number. The tax office (Finanças) gives it to you, and you need it to work, rent a home or open a bank account. You can ask for it in person, with an appointment, or online through a legal representative.
    .body =
        The NIF is your number at the tax office (Finanças, officially Autoridade Tributária e Aduaneira, AT). You will need it to sign a work contract, rent a home, open a bank account, ask for invoices in your name and apply for a residence permit. You can get it even without a residence permit.

        ## How to ask for it
        - In person: at a tax office (Serviço de Finanças) or at a Citizen's Shop (Loja do Cidadão), with an appointment. You can book on the tax portal, Portal das Finanças ({ $at-web }), or by phone on { $at-phone }.
        - Online: a legal representative (for example, a lawyer, a solicitor (solicitador) or another person with a power of attorney) makes the request for you in the e-balcão of the Portal das Finanças, under "Registo Contribuinte › Identific › Atrib/Alter NIF-Singulares".

        ## Documents
        - Passport or another valid identity document (your residence card, if you already have one).
        - Proof of address: in Portugal, if you already live here; abroad, if you still live outside Portugal.
        - If a legal representative makes the request: their identity document and the power of attorney (procuração). A power of attorney given to lawyers and solicitors does not need a certified signature.

        ## Tax representative
        - A legal representative and a tax representative (representante fiscal) are not the same thing. The legal representative only handles the request. The tax representative answers to the tax office for people who live outside the European Union and the European Economic Area.
        - In the past, people with an address outside these countries had to name a tax representative. Today this is no longer required if you sign up for electronic notifications on the Portal das Finanças (article 19 of the General Tax Law, Lei Geral Tributária). Check with the tax office when you make your request.
        - When you start living in Portugal, update your address at the tax office. With an address in Portugal you do not need a tax representative.

        ## After you get your NIF
        1. Ask for a password for the Portal das Finanças. The password arrives by letter at the address you gave, so your address must be correct.
        2. With the password you can see and update your details, sign up for electronic notifications and, later, file your income tax return (IRS).

        ## Costs
        Getting a NIF at the tax office is free. Lawyers, solicitors and companies that make the request for you charge for their service.

        ## If something goes wrong
        - There are no appointment slots: try another tax office or another Loja do Cidadão, or write through the e-balcão.
        - You lost your number: it is on old letters and invoices, or you can ask for it at a tax office with your identity document.
        - For help in your language, call the Migrant Support Line: { $lam-phone-landline } or { $lam-phone-mobile }.
    .keywords = NIF, nif, tax number, tax id, tax ID number, TIN, taxpayer number, fiscal number, tax identification number, numero de contribuinte, número de contribuinte, contribuinte, numero fiscal, financas, finanças, tax office, tax authority, AT, portal das financas, portal das finanças, finance portal, e-balcao, e-balcão, ebalcao, tax representative, fiscal representative, representante fiscal, legal representative, power of attorney, procuracao, procuração, lawyer, finanças password, tax portal password, get nif, get a nif, how to get nif, apply for nif, nif online, online nif, nif without residence, nif without residency, nif from abroad, IRS, income tax, tax return, loja do cidadao, loja do cidadão, citizen shop, SSN, social security number

niss-social-security = Social Security number (NISS)
    .summary = You need the NISS (número de identificação da Segurança Social) to work with contributions paid and to get support like sick pay or unemployment benefit. Foreign citizens can ask for it online, on the Social Security website, and then collect it in person.
    .body =
        The NISS is your number at Social Security (Segurança Social). With it, your employer registers you and pays the contributions (people call them "descontos", deductions). These contributions give you the right to support when you need it: sick leave (baixa), parental benefit, unemployment benefit and a pension (reforma). You are also asked for the NISS when you apply for a residence permit and for legal aid.

        ## How to ask for it
        - Online: since { $niss-online-since } there is a form at { $ss-web } called "Pedido de NISS – Cidadão Estrangeiro" (NISS request – foreign citizen). Your employer, or a legal representative with a power of attorney, can also fill it in for you.
        - In person: at a Social Security service desk, with an appointment by phone on { $ss-appointment-phone } or { $ss-appointment-phone-alt }.

        ## Steps (online request)
        1. Fill in the form "Pedido de NISS – Cidadão Estrangeiro" at { $ss-web }.
        2. Add the documents they ask for.
        3. Wait for the confirmation e-mail from Social Security.
        4. Go and collect your NISS in person, as the e-mail explains, with your original identity document.

        ## Documents
        - Passport, residence card or residence permit.
        - Your work visa, if you entered with a visa.
        - Your NIF, if you already have it.
        - If a representative makes the request: the power of attorney (procuração) and their identity document.

        ## After you get your NISS
        - Register on Segurança Social Direta (the Social Security online service) with your NISS and a password, or with the Digital Mobile Key (Chave Móvel Digital). Segurança Social Direta only works once you have a NISS.
        - On Segurança Social Direta you can check every month that your employer declares your salary and pays the contributions (your contribution record, carreira contributiva).
        - If you are self-employed (recibos verdes), you must register as a self-employed worker (trabalhador independente) and send the quarterly declaration.

        ## Costs
        Getting a NISS is free. Contributions are a part of your gross salary; your employer pays another part.

        ## If something goes wrong
        - Your employer takes contributions from your salary but does not pay them to Social Security: keep your payslips and talk to Social Security and to ACT.
        - Questions: call { $ss-phone } or { $ss-phone-alt } ({ $ss-hours }).
        - For help in your language: Migrant Support Line, { $lam-phone-landline } or { $lam-phone-mobile }.
    .keywords = NISS, niss, NIS, social security, social security number, social security no, SSN, social insurance number, seguranca social, segurança social, seg social, numero de seguranca social, número da segurança social, segurança social direta, seguranca social direta, SSD, social security online, contributions, deductions, descontos, register social security, social security registration, foreign citizen, cidadao estrangeiro, pedido de niss, get niss, get a niss, how to get niss, apply for niss, niss online, online niss, niss without residence, sick leave, sick pay, baixa, unemployment, unemployment benefit, pension, reforma, retirement, parental leave, maternity, contribution record, carreira contributiva, recibos verdes, self employed, freelancer, trabalhador independente, chave movel digital, chave móvel digital, digital mobile key
