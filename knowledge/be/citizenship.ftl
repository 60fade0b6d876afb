# Грамадзянства: партугальскае грамадзянства праз натуралізацыю, дзеці, народжаныя ў Партугаліі, і экзамен па партугальскай мове.

naturalisation = Партугальскае грамадзянства праз натуралізацыю
    .summary = Заяву на натуралізацыю падаюць у IRN, у рэгістрацыйным аддзеле (Conservatória). Паводле закона, які дзейнічаў на { $nationality-law-status-date }, падаць яе можа паўналетні, хто легальна жыве ў Партугаліі не менш за { $naturalisation-residence-years ->
            [one] { $naturalisation-residence-years } год
            [few] { $naturalisation-residence-years } гады
            [many] { $naturalisation-residence-years } гадоў
           *[other] { $naturalisation-residence-years } года
        }, можа пацвердзіць веданне партугальскай мовы (узровень A2) і не мае сур'ёзных судзімасцяў. Закон зараз мяняецца: праверце правілы перад тым, як падаваць заяву.
    .body =
        Партугальскае грамадзянства праз натуралізацыю (nacionalidade por naturalização) дае Міністэрства юстыцыі. Заявы прымае і разглядае IRN (Instituto dos Registos e do Notariado) праз рэгістрацыйныя аддзелы (Conservatórias).

        ## Закон мяняецца
        - На { $nationality-law-status-date } дзейнічала правіла пра { $naturalisation-residence-years ->
            [one] { $naturalisation-residence-years } год
            [few] { $naturalisation-residence-years } гады
            [many] { $naturalisation-residence-years } гадоў
           *[other] { $naturalisation-residence-years } года
        } легальнага жыхарства.
        - { $nationality-reform-approved } парламент прыняў рэформу, якая патрабавала { $nationality-reform-years-cplp ->
            [one] { $nationality-reform-years-cplp } год
            [few] { $nationality-reform-years-cplp } гады
            [many] { $nationality-reform-years-cplp } гадоў
           *[other] { $nationality-reform-years-cplp } года
        } для грамадзян партугаламоўных краін (CPLP) і { $nationality-reform-years-other ->
            [one] { $nationality-reform-years-other } год
            [few] { $nationality-reform-years-other } гады
            [many] { $nationality-reform-years-other } гадоў
           *[other] { $nationality-reform-years-other } года
        } для ўсіх астатніх, і лічыць іх толькі з дня атрымання віда на жыхарства.
        - { $nationality-tc-ruling } Канстытуцыйны суд (Tribunal Constitucional) прызнаў некаторыя нормы гэтай рэформы неканстытуцыйнымі, і прэзідэнт наклаў на яе вета. Новае галасаванне ў парламенце планавалася з { $nationality-revote-scheduled }.
        - Перш чым падаваць заяву, праверце ў IRN ({ $irn-web }), якія правілы дзейнічаюць сёння.

        ## Хто можа падаць заяву (паводле закона на { $nationality-law-status-date })
        - Паўналетнія або эмансіпаваныя (emancipado).
        - Тыя, хто легальна жыве ў Партугаліі не менш за { $naturalisation-residence-years ->
            [one] { $naturalisation-residence-years } год
            [few] { $naturalisation-residence-years } гады
            [many] { $naturalisation-residence-years } гадоў
           *[other] { $naturalisation-residence-years } года
        }. Улічваецца і час чакання з дня заявы на першы від на жыхарства, калі яго потым далі.
        - Тыя, хто дастаткова ведае партугальскую мову (узровень A2). Тым, хто нарадзіўся ў партугаламоўнай краіне і мае яе грамадзянства, як правіла, даказваць гэта не трэба.
        - Тыя, каго не асудзілі канчатковым прысудам за злачынства, за якое можа быць { $naturalisation-crime-max-years ->
            [one] { $naturalisation-crime-max-years } год
            [few] { $naturalisation-crime-max-years } гады
            [many] { $naturalisation-crime-max-years } гадоў
           *[other] { $naturalisation-crime-max-years } года
        } турмы або больш.
        - Тыя, каго не лічаць пагрозай нацыянальнай бяспецы.

        ## Крокі
        1. Збярыце дакументы. Замежныя дакументы трэба легалізаваць (апостыль, Apostila de Haia, або консульства) і перакласці, калі яны не на партугальскай.
        2. Падайце заяву ў аддзел запісу актаў грамадзянскага стану (Conservatória do Registo Civil) або ў Цэнтральны рэгістрацыйны аддзел (Conservatória dos Registos Centrais). Часта патрэбны запіс. Адвакат або саліцітар (solicitador) таксама можа падаць заяву за вас праз інтэрнэт.
        3. Заплаціце збор і захавайце нумар справы.
        4. Сачыце за справай і хутка адказвайце, калі просяць дадатковыя дакументы.
        5. Калі заяву адобраць, IRN зарэгіструе грамадзянства. Потым можна падаць на картку грамадзяніна (Cartão de Cidadão).

        ## Дакументы
        - Заява (бланк IRN, requerimento) з подпісам.
        - Пасведчанне аб нараджэнні (certidão de nascimento).
        - Даведка пра адсутнасць судзімасці (registo criminal) з краіны, грамадзянствам якой вы валодаеце, і з краін, дзе вы жылі. Партугальскую даведку IRN атрымлівае сам.
        - Сертыфікат па партугальскай мове ўзроўню A2, калі трэба яго паказаць.
        - Пашпарт і від на жыхарства.

        ## Кошт і тэрміны
        Збор за заяву — { $nationality-fee } (актуальную суму праверце ў IRN). Рашэння можна чакаць вельмі доўга.

        ## Калі нешта пайшло не так
        - Калі вам адмовілі, рашэнне можна абскардзіць. Калі няма грошай на адваката, папрасіце юрыдычную дапамогу (apoio judiciário) у Segurança Social.
        - Не давярайце тым, хто абяцае хуткае грамадзянства за грошы.
        - Дапамога на сваёй мове: Лінія дапамогі мігрантам (Linha de Apoio a Migrantes), { $lam-phone-landline } або { $lam-phone-mobile }.
    .keywords = грамадзянства, гражданство, партугальскае грамадзянства, португальское гражданство, натуралізацыя, натурализация, атрымаць грамадзянства, получить гражданство, пашпарт Партугаліі, паспорт Португалии, партугальскі пашпарт, португальский паспорт, еўрапашпарт, европаспорт, ЕС паспорт, картка грамадзяніна, через 5 лет, праз 5 гадоў, колькі гадоў, сколько лет, новы закон, новый закон, закон аб грамадзянстве, закон о гражданстве, падвойнае грамадзянства, двойное гражданство, IRN, irn, ірн, ирн, кансерваторыя, консерватория, колькі каштуе грамадзянства, сколько стоит гражданство, nacionalidade, nacionalidade portuguesa, naturalização, naturalizacao, cidadania, cidadania portuguesa, passaporte português, passaporte portugues, cartão de cidadão, cartao de cidadao, pedido de nacionalidade, lei da nacionalidade, nova lei da nacionalidade, conservatória, conservatoria, registos centrais, dupla nacionalidade, dupla cidadania, processo de nacionalidade

nationality-children-born-here = Грамадзянства дзяцей, народжаных у Партугаліі
    .summary = Нарадзіцца ў Партугаліі не заўсёды значыць атрымаць партугальскае грамадзянства. Паводле закона, які дзейнічаў на { $nationality-law-status-date }, дзіця замежнікаў з нараджэння з'яўляецца партугальцам, калі ў момант нараджэння адзін з бацькоў жыў у Партугаліі легальна або жыў тут не менш за { $nationality-birth-parent-residence-years ->
            [one] { $nationality-birth-parent-residence-years } год
            [few] { $nationality-birth-parent-residence-years } гады
            [many] { $nationality-birth-parent-residence-years } гадоў
           *[other] { $nationality-birth-parent-residence-years } года
        }. Калі не, пазней можна падаць заяву на натуралізацыю. Гэтым займаецца IRN.
    .body =
        Дзіця замежнікаў, народжанае ў Партугаліі, можа быць партугальцам з нараджэння або папрасіць грамадзянства пазней. Гэта залежыць ад статусу бацькоў. Займаецца гэтым IRN (Instituto dos Registos e do Notariado), у аддзелах запісу актаў грамадзянскага стану (Conservatórias do Registo Civil).

        ## Закон мяняецца
        Рэформа закона аб грамадзянстве, якую парламент прыняў { $nationality-reform-approved }, рабіла гэтыя правілы строгімі: напрыклад, адзін з бацькоў павінен быў бы мець від на жыхарства ўжо { $nationality-reform-birth-parent-years ->
            [one] { $nationality-reform-birth-parent-years } год
            [few] { $nationality-reform-birth-parent-years } гады
            [many] { $nationality-reform-birth-parent-years } гадоў
           *[other] { $nationality-reform-birth-parent-years } года
        }. На { $nationality-law-status-date } гэтая рэформа яшчэ не дзейнічала. Праверце ў IRN ({ $irn-web }), якія правілы дзейнічаюць сёння.

        ## Партугалец з нараджэння (паводле закона на { $nationality-law-status-date })
        Дзіця з'яўляецца партугальцам з нараджэння, калі:
        - яно нарадзілася ў Партугаліі;
        - бацькі не знаходзяцца тут на службе сваёй краіны (напрыклад, як дыпламаты);
        - у момант нараджэння адзін з бацькоў жыў у Партугаліі легальна або жыў тут, нават без віда на жыхарства, не менш за { $nationality-birth-parent-residence-years ->
            [one] { $nationality-birth-parent-residence-years } год
            [few] { $nationality-birth-parent-residence-years } гады
            [many] { $nationality-birth-parent-residence-years } гадоў
           *[other] { $nationality-birth-parent-residence-years } года
        };
        - бацькі не заяўляюць, што не хочуць, каб дзіця было партугальцам.

        ## Крокі
        1. Зарэгіструйце нараджэнне ў бальніцы, калі там ёсць пункт Nascer Cidadão, або ў аддзеле запісу актаў грамадзянскага стану (Conservatória do Registo Civil).
        2. Пры рэгістрацыі пакажыце від на жыхарства бацькі або маці. Калі віда на жыхарства няма, спытайце, якія доказы жыхарства прымаюць.
        3. Калі грамадзянства не запісалі пры рэгістрацыі, папрасіць яго можна пазней у Conservatória.
        4. Калі грамадзянства зарэгістравана, падайце на картку грамадзяніна (Cartão de Cidadão) для дзіцяці.

        ## Натуралізацыя дзяцей, народжаных тут
        Калі дзіця не стала партугальцам пры нараджэнні, можна падаць заяву на натуралізацыю, пакуль яно непаўналетняе, калі на момант заявы:
        - адзін з бацькоў жыве ў Партугаліі, нават без віда на жыхарства, не менш за { $nationality-minor-parent-residence-years ->
            [one] { $nationality-minor-parent-residence-years } год
            [few] { $nationality-minor-parent-residence-years } гады
            [many] { $nationality-minor-parent-residence-years } гадоў
           *[other] { $nationality-minor-parent-residence-years } года
        }; або
        - адзін з бацькоў мае легальнае жыхарства; або
        - дзіця хадзіла ў Партугаліі ў дзіцячы сад або школу не менш за { $nationality-minor-school-years ->
            [one] { $nationality-minor-school-years } год
            [few] { $nationality-minor-school-years } гады
            [many] { $nationality-minor-school-years } гадоў
           *[other] { $nationality-minor-school-years } года
        }.

        ## Дакументы
        - Дакументы, якія сведчаць асобу, і віды на жыхарства бацькоў.
        - Доказы адраса і жыхарства (дамовы, даведка з Junta de Freguesia, звесткі з Segurança Social), калі ў бацькоў няма віда на жыхарства.
        - Для натуралізацыі: пасведчанне аб нараджэнні дзіцяці (certidão de nascimento) і даведка са школы, калі трэба.

        ## Кошт
        Рэгістрацыя нараджэння ў тэрмін, вызначаны законам, бясплатная. За заяву на натуралізацыю трэба заплаціць збор: суму праверце ў IRN.

        ## Калі нешта пайшло не так
        - Калі Conservatória не прымае вашы доказы, папрасіце прычыну пісьмова.
        - Дапамога на сваёй мове: Лінія дапамогі мігрантам (Linha de Apoio a Migrantes), { $lam-phone-landline } або { $lam-phone-mobile }, або ў CNAI.
    .keywords = дзіця нарадзілася ў Партугаліі, ребенок родился в Португалии, нарадзіўся ў Партугаліі, родился в Португалии, грамадзянства дзіцяці, гражданство ребенка, грамадзянства для дзіцяці, гражданство для ребенка, грамадзянства па нараджэнні, гражданство по рождению, право зямлі, право почвы, дзіця партугалец, ребенок португалец, пашпарт для дзіцяці, паспорт ребенку, рэгістрацыя нараджэння, регистрация рождения, пасведчанне аб нараджэнні, свидетельство о рождении, немаўля, младенец, дзіця, ребенок, дзеці мігрантаў, дети мигрантов, IRN, кансерваторыя, консерватория, filho nascido em portugal, bebé nascido em portugal, nasceu em portugal, nacionalidade do filho, cidadania do filho, registo de nascimento, certidão de nascimento, certidao de nascimento, nascer cidadão, nascer cidadao, conservatória, conservatoria, cartão de cidadão, naturalização de menores, ius soli, pais estrangeiros

portuguese-language-test = Экзамен па партугальскай мове (A2) для грамадзянства
    .summary = Каб падаць заяву на грамадзянства праз натуралізацыю, трэба пацвердзіць веданне партугальскай мовы на ўзроўні A2. Падыходзяць: экзамен у дзяржаўнай школе, экзамен CIPLE, сертыфікат курса партугальскай мовы ўзроўню A2 ад дзяржаўнай установы або партугальскі школьны дакумент. Тым, хто нарадзіўся ў партугаламоўнай краіне і мае яе грамадзянства, гэта, як правіла, не трэба.
    .body =
        Патрэбны ўзровень — A2 паводле Агульнаеўрапейскіх кампетэнцый валодання мовай: разумець партугальскую і карыстацца ёю ў простых штодзённых сітуацыях. Той жа сертыфікат падыходзіць і для пастаяннага віда на жыхарства (autorização de residência permanente).

        ## Як пацвердзіць
        - Экзамен на веданне партугальскай мовы для атрымання грамадзянства (Prova do Conhecimento da Língua Portuguesa para Aquisição da Nacionalidade, PaN). Яго арганізуе IAVE (Instituto de Avaliação Educativa), а праводзяць дзяржаўныя школы. За мяжой яго здаюць у месцах, акрэдытаваных інстытутам Camões.
        - Сертыфікат CIPLE — экзамен па партугальскай як замежнай мове ўзроўню A2 ад CAPLE (Лісабонскі ўніверсітэт, Universidade de Lisboa). Яго здаюць у экзаменацыйных цэнтрах у Партугаліі і за мяжой.
        - Сертыфікат узроўню A2 або вышэй пасля курса "Партугальская мова для прыезджых" (Português Língua de Acolhimento, PLA), які выдае дзяржаўная школа, цэнтр IEFP або Centro Qualifica.
        - Даведка з партугальскай школы пра тое, што вы паспяхова вывучалі партугальскую (Português або Português Língua Não Materna) не менш за { $nationality-language-school-years ->
            [one] { $nationality-language-school-years } навучальны год
            [few] { $nationality-language-school-years } навучальныя гады
            [many] { $nationality-language-school-years } навучальных гадоў
           *[other] { $nationality-language-school-years } навучальнага года
        }.

        ## Каму не трэба або хто здае спрошчаны экзамен
        - Лічыцца, што партугальскую ведаюць тыя, хто нарадзіўся ў партугаламоўнай краіне і мае яе грамадзянства (напрыклад, Бразілія, Ангола, Каба-Вердэ або Мазамбік). Праверце ў IRN, ці адносіцца гэта да вас.
        - Тыя, хто не ўмее чытаць і пісаць, пажылыя людзі і людзі з цяжкімі хваробамі або інваліднасцю могуць здаць спрошчаны экзамен, напрыклад, толькі вусны.
        - Для дзяцей экзамен адпавядае ўзросту.

        ## Крокі (экзамен PaN)
        1. Паглядзіце расклад і як запісацца на сайце IAVE або спытайце ў дзяржаўнай школе.
        2. Запішыцеся і заплаціце збор. Патрэбны сапраўдны дакумент, які сведчыць асобу.
        3. Здайце экзамен: чытанне, пісьмо і разуменне на слых.
        4. Атрымайце сертыфікат і дадайце яго да заявы на грамадзянства.

        ## Кошт
        - За экзамен PaN і экзамен CIPLE трэба плаціць збор: суму праверце ў IAVE або ў CAPLE.
        - Курсы PLA бясплатныя.

        ## Асцярожна з сертыфікатамі
        Сертыфікаты прыватных курсаў улічваюцца толькі тады, калі іх выдалі ў афіцыйнай сістэме, напрыклад, па дамове з дзяржаўнай школай або з IEFP. Праверце гэта, перш чым плаціць. Калі сертыфікат не прымуць, IRN можа адмовіць у заяве праз вельмі доўгі час.

        ## Закон можа змяніцца
        Рэформа закона аб грамадзянстве, прынятая { $nationality-reform-approved }, прадугледжвала таксама экзамен па партугальскай культуры і правах і абавязках грамадзян. На { $nationality-law-status-date } яна яшчэ не дзейнічала. Праверце ў IRN ({ $irn-web }).

        ## Калі нешта пайшло не так
        - Калі не здалі, можна запісацца на іншую дату.
        - Калі IRN не прымае ваш сертыфікат, папрасіце прычыну пісьмова.
        - Дапамога на сваёй мове: Лінія дапамогі мігрантам (Linha de Apoio a Migrantes), { $lam-phone-landline } або { $lam-phone-mobile }.
    .keywords = экзамен па партугальскай, экзамен по португальскому, экзамен па мове, экзамен по языку, тэст па партугальскай, тест по португальскому, тест на мову, тест на язык, партугальская мова, португальский язык, A2, a2, а2, узровень A2, уровень А2, сертыфікат A2, сертификат А2, сертыфікат па мове, сертификат по языку, ципле, сипле, CIPLE, ciple, CAPLE, PaN, IAVE, iave, экзамен для грамадзянства, экзамен для гражданства, мова для грамадзянства, язык для гражданства, вусны экзамен, устный экзамен, курсы партугальскай, курсы португальского, PLA, Camões, camoes, prova de português, prova de portugues, teste de português, teste de portugues, exame de português, exame de portugues, nível A2, nivel a2, certificado de português, certificado A2, português para nacionalidade, dispensa de prova, CPLP
