# Sirvisu i kontatu: linha di apoiu, CNAI, karta di kondusan, banku.

migrant-helpline = Linha di telefoni pa imigranti (Linha de Apoio a Migrantes)
    .summary = Linha de Apoio a Migrantes ta da informason pa telefoni, na txeu lingua, sobri residénsia, trabadju, saúdi, skola i otus asuntu di vida na Portugal. Liga { $lam-phone-landline } di un telefoni fixu, o { $lam-phone-mobile } di un telemóvel o di stranjeru.
    .body =
        Linha de Apoio a Migrantes (antigu "Linha SOS Imigrante") e un sirvisu públiku di informason pa telefoni. E éra di Alto Comissariado para as Migrações (ACM). Dizdi { $sef-abolished }, AIMA (Agência para a Integração, Migrações e Asilo) toma lugar di ACM i di SEF, i e fika ku linha.

        ## Númeru
        - Di un telefoni fixu (rede fixa): { $lam-phone-landline }.
        - Di un telemóvel o di stranjeru: { $lam-phone-mobile }.
        - Kustu di txomada ta dipende di bu tarifáriu.

        ## Oráriu
        { $lam-hours }. Es oráriu foi publikadu antis di AIMA fika ku linha i pode ser ki e muda.

        ## Lingua
        - Mediador ta atende na { $lam-languages } lingua i dialetu, konformi últimu informason ki ACM publika. Entri es: purtugês, inglês, fransês, spanhol, rusu, moldáviu, romenu, ukranianu, árabi, kriolu di Kabu Verdi, kriolu di Giné-Bisau, fula, wolof i mandinga.
        - Pa otus lingua ten un sirvisu di tradutor pa telefoni (Serviço de Tradução Telefónica): un tradutor ta entra na txomada. Es sirvisu dja txiga ten más o menus { $stt-languages } lingua.
        - Es lista e di antis di AIMA: ora ki bu liga, fla logu na kal lingua ki bu kre fala.

        ## Na kuzé ki e pode djuda-bu
        - Autorizason di residénsia, vistu, reagrupamentu familiar (reagrupamento familiar) i nasionalidadi: ki pasu ki bu debe da i ki dokumentu ki bu debe djunta.
        - Trabadju, Siguransa Sosial, saúdi, skola, kaza i apoiu sosial.
        - Pa kal sirvisu públiku ki bu debe bai. E ta manda-bu tanbê pa CNAI i pa gabineti lokal di apoiu a imigranti.

        ## Kuzé ki linha ka ta faze
        Linha ka ta faze markason na AIMA i e ka ta disidi prosesu. Markason e otomátiku o e ta pididu pa formuláriu { $aima-contact-form }.

        ## Atendimentu pesoalmenti
        CNAI (Centros Nacionais de Apoio à Integração de Migrantes), ki gosi tanbê ta txomadu "lojas AIMA", ta djunta váriu sirvisu na mésmu lugar.
        - Lisboa: { $cnai-lisboa-address } ({ $cnai-lisboa-hours }).
        - Porto: { $cnai-porto-address }.
        - Ten tanbê CNAI na Faro (dentu di Loja do Cidadão) i na Beja.

        Antis di bu bai, konfirma pa linha si sentru sta ta funsiona i si bu mesti markason.

        ## Na situason urjenti
        - Emerjénsia: { $emergency-phone }.
        - Violénsia doméstiku: { $dv-phone }, di grasa, a kalker ora.
        - Tráfiku di pesoa o trabadju forsadu: { $trafficking-phone }, a kalker ora.

        ## Si bu ka ta konsigi fala ku ningen
        - Ten txeu txomada: tenta otu bês logu na ora ki linha ta abri, o na otu dia.
        - Si bu dúvida e sobri un prosesu na AIMA, uza formuláriu { $aima-contact-form } i guarda komprovativu.
    .keywords = linha de apoio a migrantes, linha de apoio ao migrante, linha de apoio ao imigrante, linha di apoiu, linha apoiu imigranti, linha pa imigranti, LAM, SOS imigrante, sos imigrante, sos imigranti, linha sos imigrante, ACM, alto comissariado, telefoni, telefone, numeru di telefoni, número de telefone, numero de telefone, liga, ligar, kontatu, contacto, contato, djuda, ajuda, apoiu, apoio, informason, informação, informacao, tradutor, interpreti, intérprete, interprete, tradução, traducao, na nha lingua, fala kriolu, kriolu, crioulo, crioulo de cabo verde, lingua, língua, idioma, CNAI, CNAIM, loja AIMA, mediador, mediadores, imigranti, imigrante, imigrantes, migrantes, { $lam-phone-landline }, { $lam-phone-mobile }
