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
        { $lam-hours }. Es oráriu publikadu antis di AIMA fika ku linha i pode ser ki e muda.

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
    .questions =
        linha di apoiu pa imigranti númeru
        telefoni pa tira dúvida sobri imigrason
        Linha de Apoio a Migrantes oráriu
        númeru pa fala na kriolu sobri papel
        linha di apoiu pa imigranti ta marka-m na AIMA?
        liga di stranjeru pa linha di apoiu pa imigranti
        N kre informason sobri residénsia pa telefoni
        ningen ka ta atende na linha di apoiu pa imigranti
        linha di grasa pa imigranti

one-stop-shop-services = CNAI: sentru di apoiu pa imigranti (lojas AIMA)
    .summary = CNAI (Centros Nacionais de Apoio à Integração de Migrantes) ta djunta na mésmu prédiu váriu sirvisu públiku pa imigranti. Ten sentru na Lisboa, na Porto, na Faro i na Beja; oji es ta dipende di AIMA i es ta txomadu tanbê "lojas AIMA".
    .body =
        CNAI (tanbê skritu CNAIM) kriadu pa antigu Alto Comissariado para as Migrações (ACM). Dizdi { $sef-abolished } es ta dipende di AIMA (Agência para a Integração, Migrações e Asilo), ki ta txoma-s tanbê "lojas AIMA". Ideia e trata di váriu asuntu na mésmu lugar, ku mediador ki ta fala váriu lingua.

        ## Ki sirvisu ki es ta ten normalmenti
        Sirvisu ta muda di sentru pa sentru i es muda ora ki es pasa pa AIMA. Na CNAI di Lisboa, normalmenti staba:
        - AIMA: autorizason di residénsia, renovason i reagrupamentu familiar, só ku markason.
        - Siguransa Sosial (Segurança Social): NISS, diskontu i apoiu sosial.
        - ACT: informason sobri direitu na trabadju.
        - Conservatória dos Registos Centrais: pididu di nasionalidadi, ku markason.
        - Gabineti di Saúdi i di Edukason: inskrison na SNS, matrikula di mininu, kursu di purtugês.
        - Gabineti di apoiu jurídiku, sosial, pa trabadju i pa kaza.

        Antis di bu bai, konfirma pa linha di apoiu pa imigranti (Linha de Apoio a Migrantes) kal di es sirvisu ki sta ta funsiona na sentru ki bu skodje.

        ## Undi ki es sta
        - Lisboa: { $cnai-lisboa-address }, pertu di stason di metro Anjos i Intendente. Oráriu: { $cnai-lisboa-hours }.
        - Porto: CNAIM Norte. Morada ki ta publikadu ka ta bate: konfirma-l pa linha di apoiu pa imigranti antis di bu bai.
        - Faro: un balkon dentu di Loja do Cidadão.
        - Beja.
        - Na otus sidadi ten sentru lokal di apoiu a integrason di imigranti (CLAIM), na Kámara i na asosiason. Es ta da informason i es ta djuda prepara pididu.

        ## Modi ki atendimentu ta funsiona
        1. Na entrada, fla na resepson kuzé ki bu mesti trata. Bu ta resebe un senha pa sirvisu serti.
        2. Spera ti es txoma númeru di bu senha.
        3. Asuntu di AIMA mesti markason. Markason ka ta fazedu na balkon nen pa telefoni: e otomátiku o e ta pididu pa formuláriu { $aima-contact-form }.
        4. Txiga sedu: na dia ki ten txeu djenti, senha pode kaba antis di ora di fitxa.

        ## Kuzé ki bu debe leba
        - Pasaporti o títulu di residénsia.
        - NIF i NISS, si bu dja ten.
        - Karta i papel di bu asuntu, i mensajen di markason, si bu ten.
        - Si bu ka ta fala purtugês, bu pode pidi un mediador na bu lingua o Serviço de Tradução Telefónica.

        ## Kustu
        Atendimentu e di grasa. Bu ta paga só taxa di kada pididu, pur izenplu taxa di AIMA.

        ## Si kusa ka da dretu
        - Bu ka konsigi senha: volta otu dia, más sedu, o trata di asuntu pa telefoni o pa internet, si e pusível.
        - Dizkonfia di algen ki ta bende senha, lugar na fila o markason: es e di grasa.
        - Informason na bu lingua: linha di apoiu pa imigranti (Linha de Apoio a Migrantes), { $lam-phone-landline } (telefoni fixu) o { $lam-phone-mobile } (telemóvel), { $lam-hours }.
    .keywords = CNAI, cnai, CNAIM, cnaim, loja AIMA, loja aima, lojas aima, sentru di apoiu a imigranti, centro nacional de apoio ao imigrante, centro de apoio ao imigrante, centro de apoio a migrantes, apoiu a imigranti, apoio ao imigrante, balcão único, balcao unico, loja do imigrante, loja do cidadão, loja do cidadao, CLAIM, claim, gabinete de apoio ao imigrante, Anjos, Intendente, Rua Álvaro Coutinho, alvaro coutinho, senha, tra senha, tirar senha, orariu, horário, horario, morada, endereço, endereco, atendimentu, atendimento presencial, undi ki e fika, onde fica, Lisboa, Porto, Faro, Beja, ACM, mediador, tradutor, fala kriolu
    .questions =
        CNAI Lisboa morada i oráriu
        loja AIMA na Porto
        sentru nasional di apoiu pa imigranti undi ki e ta fika
        CNAI Faro i Beja
        kuzé ki N pode trata na CNAI
        N mesti markason pa bai CNAI?
        N pode trata NIF i Siguransa Sosial na mésmu lugar?
        N bai loja AIMA i es ka atende-m sen agendamentu
        kuzé ki N ta leba pa CNAI

driving-licence-exchange = Troka karta di kondusan di stranjeru
    .summary = Kenha ki ben mora na Portugal ku un karta di kondusan di fora di Union Europeia ten, na régra, ki troka-l pa un karta purtugês na IMT (Instituto da Mobilidade e dos Transportes). Karta di alguns pais di CPLP, sima Kabu Verdi, i di OCDE pode uzadu sen troka, ku kondison.
    .body =
        Kenha ki ta trata di karta di kondusan (carta de condução) e IMT (Instituto da Mobilidade e dos Transportes). Régra ta dipende di pais ki da bu karta.

        ## Karta di Union Europeia i di Spasu Ekonómiku Europeu
        Bu pode kunduzi ku bu karta inkuantu e sta válidu. Troka ka e obrigatóriu. Si karta ka ten data di validadi, pergunta IMT kuzé ki bu debe faze.

        ## Karta di pais di CPLP i di OCDE
        Dizdi { $driving-cplp-oecd-since } bu pode kunduzi na Portugal, mésmu sendu rezidenti, ku un karta di Angola, Brazil, Kabu Verdi, Musanbiki o San Tomé i Prínsipi, o di váriu pais di OCDE (pur izenplu Stadus Unidus, Kanadá, Reinu Unidu, Suísa i Japon), sen troka-l. Kondison:
        - karta sta válidu i e ka sta apreendidu, suspensu o kasadu;
        - bu ten menus di { $driving-cplp-oecd-max-age } anu di idadi;
        - ka pasa más di { $driving-cplp-oecd-licence-max-years } anu dizdi ki karta tiradu o renovadu.

        Ora ki bu dexa di kunpri un kondison, bu ten ki pidi troka. Sen troka, karta só ta vale pa kunduzi na Portugal. Karta di Giné-Bisau, di Timor-Leste i di Giné Ekuatorial ka sta nes rejimi.

        ## Otus karta: prazu
        E ta vale pa karta di pais ki sina konvenson internasional di tránzitu o ki ten akordu ku Portugal:
        - Sima bizitanti, bu pode kunduzi ku karta stranjeru duranti { $driving-tourist-days } dia dipôs ki bu entra, antis di fixa residénsia.
        - Dipôs ki bu ten autorizason di residénsia, bu ten { $driving-exchange-days } dia pa pidi troka i bu pode kunduzi duranti kel tenpu.
        - Dipôs di kel prazu, bu inda pode pidi troka, má bu ka pode kunduzi ku karta stranjeru.
        - Dipôs di { $driving-exchange-exam-years ->
            [one] { $driving-exchange-exam-years } anu
           *[other] { $driving-exchange-exam-years } anu
        } sen pidi troka, bu ten ki faze un ezami di kondusan (prova prátiku).

        Si bu pais ka sta na nenhun di es kazu, pergunta IMT ki ezami ki bu mesti faze.

        ## Pasu
        1. Faze avaliason médiku. Médiku ta manda atestadu pa plataforma eletróniku di atestadu médiku.
        2. Si bu ten kategoria di karu pezadu, faze tanbê avaliason psikolójiku.
        3. Prenxe pididu di troka na { $imt-online-web } i djunta dokumentu.
        4. Guarda komprovativu di pididu ti bu resebe karta purtugês.

        ## Dokumentu
        - Títulu di residénsia.
        - Karta di kondusan stranjeru.
        - Sertifikadu di autentisidadi di karta (certificado de autenticidade), dadu pa entidadi ki tra-l o pa konsuladu, ku kategoria.
        - Tradoson autentikadu di karta, ora ki es pidi.
        - Si un advogadu, solisitador o ajénsia trata pa bo: prokurason (procuração).

        ## Kustu
        Bu ta paga taxa di IMT i avaliason médiku. Konfirma valor na { $imt-web }.

        ## Si kusa ka da dretu
        - Prazu pasa: ka bu kunduzi ti bu ten karta purtugês. Kunduzi sen karta válidu na Portugal ten konsekuénsia grávi.
        - Dúvida: { $imt-web }, o linha di apoiu pa imigranti (Linha de Apoio a Migrantes), { $lam-phone-landline } o { $lam-phone-mobile }.
    .keywords = karta di kondusan, karta kondusan, karta, carta de condução, carta de conducao, carta, karta di kabu verdi, karta kabuverdianu, carta cabo-verdiana, carta de cabo verde, carta de motorista, carteira de motorista, CNH, licença de condução, licenca de conducao, driving licence, troka karta, troca de carta, trocar carta, trocar a carta, carta brasileira, carta angolana, kunduzi, conduzir, guia, guiar, dirigir, IMT, imt, IMTonline, imt online, atestadu mediku, atestado médico, atestado medico, ezami di kondusan, exame de condução, exame de conducao, karta internasional, carta internacional, CPLP, OCDE, valida karta, validar carta, reconhecer carta
    .questions =
        troka karta di kondusan di Kabu Verdi na Portugal
        karta kabuverdianu ta vale na Portugal?
        troka karta na IMT
        N pode kunduzi ku karta di Angola?
        prazu pa troka karta di kondusan di stranjeru
        kantu ki ta kusta troka karta
        N ten ki faze izami di kondusan na Portugal?
        ki dokumentu N mesti pa troka karta na IMT
        nha karta kaduka inkuantu N sta ta spera troka
        N ten karta di Brazil, N pode kunduzi li sen troka?

bank-account = Abri konta na banku
    .summary = Pa abri konta na un banku na Portugal bu mesti, na régra, un dokumentu di identifikason, NIF i un komprovativu di morada. Si bu ka ten otu konta (conta à ordem), bu ten direitu a un konta di sirvisu mínimu bankáriu (serviços mínimos bancários), ki ta kusta no máximu { $bank-basic-account-max-fee } pa anu.
    .body =
        Un konta (conta à ordem) ta serbi pa resebe salariu, paga renda i konta di kaza i uza kartan i MB WAY. Númeru di konta ta txoma IBAN. Banku ta fiskalizadu pa Banku di Portugal (Banco de Portugal).

        ## Dokumentu ki banku ta pidi
        - Pasaporti o títulu di residénsia.
        - NIF (número de contribuinte).
        - Komprovativu di morada: kontratu di arendamentu, fatura di lus, di agu o di internet, o atestadu di residénsia di Junta de Freguesia.
        - Informason sobri bu profison i bu patron: banku pode pidi kontratu di trabadju, un resibu di salariu o un komprovativu di studanti.

        Banku ten ki identifika dretu se klienti (régra kontra lavajen di dinheru, branqueamento de capitais). Kada banku ta disidi ki dokumentu ki e ta aseita: alguns ta pidi autorizason di residénsia, otus ta aseita pasaporti ku vistu. Si un banku rikuza, tenta otu.

        ## Konta di sirvisu mínimu bankáriu
        - E un konta baratu: no total, banku ka pode kobra más di { $bank-basic-account-max-fee } pa anu.
        - E ta inklui kartan di débitu, depózitu, livantamentu, pagamentu, débitu diretu i transferénsia, alguns ku limiti di númeru pa anu.
        - Pode pidi-l kenha ki ka ten otu konta na nenhun banku. Si bu dja ten un, bu pode konverte-l.
        - Banku ki ta resebe depózitu e obrigadu a ofrese-l.

        ## Pasu
        1. Kompara banku i komison. Bu pode djobe presu na Portal do Cliente Bancário, { $bportugal-client-web }.
        2. Bai ajénsia ku dokumentu, o abri konta pa internet o pa aplikason, si banku dexa.
        3. Prenxe fitxa di abertura di konta i diklarason sobri pais undi bu ta paga inpostu.
        4. Si bu kre konta di sirvisu mínimu bankáriu, fla-l logu i pidi-l pa skritu.
        5. Guarda kontratu i komprovativu di IBAN: bu ta mesti-l pa salariu i pa Siguransa Sosial.

        ## Kustu
        Konta normal ta ten normalmenti komison di manutenson, ki ta muda di banku pa banku. Konta di sirvisu mínimu ten limiti ki sta riba.

        ## Si kusa ka da dretu
        - Banku rikuza abri konta: pidi motivu pa skritu i tenta otu banku.
        - Bu kre reklama: pidi livru di reklamason (Livro de Reclamações) na ajénsia o reklama na Banku di Portugal na { $bportugal-client-web }.
        - Nunka ka bu da kódigu di kartan o di homebanking pa telefoni, SMS o email. Banku ka ta pidi-s.
        - Ka bu aseita resebe na bu konta dinheru di otu algen pa pasa-l pa tersera pesoa: kel-la pode ser krimi.
        - Djuda na bu lingua: linha di apoiu pa imigranti (Linha de Apoio a Migrantes), { $lam-phone-landline } o { $lam-phone-mobile }.
    .keywords = konta na banku, konta banku, conta bancária, conta bancaria, conta no banco, abri konta, abrir conta, abrir conta no banco, abrir conta bancaria, conta à ordem, conta a ordem, conta corrente, banku, banco, bancos, IBAN, iban, NIB, kartan multibanku, cartão multibanco, cartao multibanco, kartan di debitu, cartão de débito, cartao de debito, multibanco, MB WAY, mbway, serviços mínimos bancários, servicos minimos bancarios, conta de serviços mínimos, konta baratu, conta barata, conta sem comissões, conta sem comissoes, komison, comissões, comissoes, banco de portugal, homebanking, konta salariu, conta salário, conta salario, banku ka ta abri konta, banco nao abre conta, sen residensia, sem residência, sem residencia, bank account
    .questions =
        abri konta na banku sen residénsia
        konta di banku pa imigranti
        ki dokumentu banku ta pidi pa abri konta
        konta di sirvisu mínimu bankáriu
        banku ka kre abri-m konta pamodi N ka ten títulu di residénsia
        abri konta ku pasaporti i NIF
        N mesti konta purtugês pa resebe salariu
        kantu ki ta kusta ten konta na banku
        banku ta pidi komprovativu di morada i N ka ten
