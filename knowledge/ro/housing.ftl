# Locuință: închirierea unei locuințe, drepturile chiriașului, ajutoare pentru chirie și adeverința de domiciliu.

renting-a-home = Închirierea unei locuințe
    .summary = Când închiriați o casă sau o cameră, faceți întotdeauna un contract de închiriere (contrato de arrendamento) în scris. Proprietarul (senhorio) trebuie să declare contractul la Finanțe și să vă dea chitanță pentru fiecare chirie. Legea limitează garanția și chiria plătită în avans și interzice refuzul unei locuințe din cauza cetățeniei sau a originii.
    .body =
        A închiria (arrendar) înseamnă a lua cu chirie o casă sau o cameră de la proprietar (senhorio). Nu aveți nevoie de permis de ședere ca să închiriați, dar veți avea nevoie de numărul fiscal (NIF).

        ## Înainte să semnați
        - Vizitați locuința. Uitați-vă dacă are apă, curent, dacă e igrasie sau sunt geamuri sparte și faceți fotografii.
        - Cereți actul de identitate al proprietarului și verificați că el este proprietarul sau că are voie de la proprietar să închirieze.
        - Fiți atenți la anunțurile care vă cer bani înainte să vedeți locuința sau să semnați contractul.

        ## Contractul
        - Contractul de închiriere trebuie să fie scris și semnat de amândoi. Păstrați o copie semnată.
        - Trebuie să scrie: numele și NIF-ul amândurora, adresa, chiria și ziua de plată, durata, garanția (caução) și cine plătește apa, curentul și gazul.
        - Pentru locuința în care stați permanent, contractul pe termen nu poate fi mai scurt de { $housing-contract-min-years ->
            [one] { $housing-contract-min-years } an
            [few] { $housing-contract-min-years } ani
           *[other] { $housing-contract-min-years } de ani
        }. Excepție fac închirierile temporare (de exemplu pentru muncă sau studii), lucru care trebuie scris în contract.
        - La sfârșitul termenului, contractul se reînnoiește automat, dacă nimeni nu anunță în scris la timp.

        ## Ce vă poate cere proprietarul
        - O garanție (caução) de cel mult { $housing-deposit-max-rents ->
            [one] { $housing-deposit-max-rents } chirie
            [few] { $housing-deposit-max-rents } chirii
           *[other] { $housing-deposit-max-rents } de chirii
        }. Vi se dă înapoi la sfârșitul contractului, dacă locuința rămâne fără stricăciuni.
        - Chirie plătită în avans, cu înțelegere scrisă, pentru cel mult { $housing-rent-advance-max-months ->
            [one] { $housing-rent-advance-max-months } lună
            [few] { $housing-rent-advance-max-months } luni
           *[other] { $housing-rent-advance-max-months } de luni
        }.
        - Aceste două limite vin dintr-o modificare a legii pentru 2023, potrivit presei și unor avocați din noiembrie 2022; unele pagini mai noi citează încă regulile vechi (până la trei luni de chirie în avans și garanție fără limită). Nu am găsit textul actual al legii: dacă vi se cere mai mult, întrebați la serviciul de locuințe al primăriei (Câmara Municipal) sau la un avocat.
        - Un girant (fiador) sau dovezi ale veniturilor.

        ## Ce nu are voie să facă proprietarul
        - Să refuze să vă închirieze pentru că sunteți străin, din cauza culorii pielii, a originii sau a religiei: este discriminare, interzisă de lege.
        - Să vă țină pașaportul sau să ia chiria fără să vă dea chitanță.

        ## Înregistrarea la Finanțe și chitanțele
        1. Proprietarul declară contractul la Finanțe (Autoridade Tributária e Aduaneira) și plătește taxa de timbru (imposto do selo).
        2. În fiecare lună vă dă o chitanță de chirie (recibo de renda), de obicei electronică, pe Portal das Finanças ({ $at-web }).
        3. Păstrați chitanțele. Ele dovedesc adresa (la AIMA, la centrul de sănătate, la școală), contează la declarația de impozit (IRS) și vi se cer pentru ajutoarele la chirie.
        4. Dacă proprietarul nu declară contractul, îl poate declara la Finanțe și chiriașul (inquilino). Întrebați cum la un birou al Finanțelor (Serviço de Finanças).

        ## Costuri
        Taxa de timbru pentru contract o plătește proprietarul. Dacă o agenție imobiliară vă cere comision, cereți factură.

        ## Dacă ceva nu merge
        - Proprietarul nu vrea să facă contract și nici să vă dea chitanțe: fără contract înregistrat vă este greu să dovediți adresa și să cereți ajutoare. Informați-vă la Finanțe, la { $at-phone }.
        - Nu vi s-a închiriat locuința pentru că sunteți străin: păstrați anunțurile și mesajele și vedeți cum faceți o plângere pentru discriminare.
        - Pentru ajutor în limba dumneavoastră, sunați la Linia de sprijin pentru migranți (Linha de Apoio a Migrantes): { $lam-phone-landline } sau { $lam-phone-mobile }.
    .keywords = chirie, chiria, inchiriez, închiriez, sa inchiriez, iau cu chirie, stau cu chirie, caut chirie, caut casa, caut apartament, apartament de inchiriat, casa de inchiriat, camera de inchiriat, camera, cameră, garsoniera, locuinta, locuință, contract de inchiriere, contract de închiriere, contract chirie, proprietar, proprietarul, chirias, chiriaș, garantie, garanție, depozit, avans, chirie in avans, girant, chitanta, chitanță, chitanta de chirie, contract inregistrat, agentie imobiliara, comision, teapa, țeapă, inselatorie, nu inchiriaza la straini, arrendar, arrendamento, alugar casa, alugar quarto, quarto, renda, contrato de arrendamento, senhorio, inquilino, caução, caucao, fiador, recibo de renda, recibos de renda, imposto do selo, imobiliária, imobiliaria, idealista, olx, burla
    .questions =
        cum inchiriez un apartament in portugalia
        proprietarul cere 6 chirii in avans, e voie?
        cat poate cere proprietarul garantie
        inchiriez o camera fara contract, e legal?
        proprietarul nu vrea sa declare contractul la finante
        imi trebuie fiador ca sa inchiriez
        proprietarul nu-mi da chitanta de chirie
        nu vrea sa-mi inchirieze pentru ca sunt roman, e discriminare?
        ce trebuie sa scrie in contractul de inchiriere
        pot inchiria fara NIF?

tenant-rights-eviction = Drepturile chiriașului și evacuarea
    .summary = Proprietarul nu are voie să vă dea afară din casă de unul singur: să schimbe încuietoarea, să vă taie apa sau curentul ori să vă scoată lucrurile este ilegal. Ca să încheie contractul sau să mărească chiria trebuie să vă anunțe în scris și din timp, iar evacuarea (despejo) se poate face doar printr-o decizie a Balcão do Arrendatário e do Senhorio sau a unei instanțe.
    .body =
        Aceste drepturi sunt valabile pentru cei care au contract de închiriere (contrato de arrendamento). Dacă nu aveți contract scris, păstrați tot ce arată că locuiți acolo și plătiți chirie: transferuri, mesaje, chitanțe.

        ## Drepturile dumneavoastră
        - Să locuiți liniștit în casă cât timp durează contractul și plătiți chiria.
        - Să primiți chitanță (recibo de renda) pentru fiecare chirie.
        - Reparații: proprietarul (senhorio) trebuie să facă lucrările necesare (acoperiș, țevi, igrasie gravă). Cereți-le în scris.
        - Hărțuirea chiriașului (assédio no arrendamento) este interzisă: amenințări, tăierea apei sau a curentului, ori lucrări făcute ca să vă oblige să plecați.

        ## Mărirea chiriei
        - Dacă în contract nu scrie altceva, chiria crește doar o dată pe an și cel mult cu coeficientul de actualizare publicat în fiecare an în Monitorul Oficial (Diário da República).
        - Proprietarul trebuie să vă anunțe în scris, cu cel puțin { $housing-rent-update-notice-days ->
            [one] { $housing-rent-update-notice-days } zi
            [few] { $housing-rent-update-notice-days } zile
           *[other] { $housing-rent-update-notice-days } de zile
        } înainte, spunând noua chirie și cum a calculat-o.
        - Dacă mărirea nu respectă aceste reguli, o puteți refuza în scris. Plătiți în continuare chiria veche și cereți ajutor.

        ## Când se termină contractul
        - Dacă proprietarul nu vrea să reînnoiască contractul, trebuie să vă spună prin scrisoare recomandată cu confirmare de primire (carta registada com aviso de receção). Pentru locuința în care stați permanent, anunțul trebuie să ajungă cu cel puțin { $housing-landlord-notice-days ->
            [one] { $housing-landlord-notice-days } zi
            [few] { $housing-landlord-notice-days } zile
           *[other] { $housing-landlord-notice-days } de zile
        } înainte de sfârșitul contractului, și mai devreme la contractele lungi.
        - De regulă, contractul durează cel puțin { $housing-contract-guaranteed-years ->
            [one] { $housing-contract-guaranteed-years } an
            [few] { $housing-contract-guaranteed-years } ani
           *[other] { $housing-contract-guaranteed-years } de ani
        } de la semnare, chiar dacă proprietarul se opune primei reînnoiri. Principala excepție este când proprietarul are nevoie de locuință ca să stea în ea el sau un copil al lui.
        - Și chiriașul (inquilino) poate pleca, dacă anunță în scris cu cât timp înainte cer legea și contractul.

        ## Evacuarea (despejo)
        1. Proprietarul nu vă poate evacua singur. Are nevoie de un titlu de la Balcão do Arrendatário e do Senhorio (BAS), biroul național pentru chirii, sau de o hotărâre a unei instanțe.
        2. Dacă primiți o notificare de la BAS, aveți { $housing-eviction-opposition-days ->
            [one] { $housing-eviction-opposition-days } zi
            [few] { $housing-eviction-opposition-days } zile
           *[other] { $housing-eviction-opposition-days } de zile
        } ca să plecați sau ca să vă opuneți. Opoziția se face printr-un avocat: cereți imediat asistență juridică gratuită (apoio judiciário) la asigurările sociale (Segurança Social).
        3. Dacă nu plătiți chiria luni de zile, proprietarul poate încheia contractul. Dacă plătiți repede datoria, puteți evita evacuarea.
        4. În situații grave (boală, dizabilitate, copii, lipsa altei locuințe) puteți cere amânarea plecării (diferimento da desocupação).

        ## Unde cereți ajutor
        - Avocat gratuit: asistență juridică gratuită (apoio judiciário), cerută la Segurança Social.
        - Informații despre închirieri: Portal da Habitação ({ $housing-portal-web }) și serviciul de locuințe al primăriei (Câmara Municipal).
        - V-au schimbat încuietoarea, v-au scos lucrurile sau v-au amenințat: chemați poliția, PSP sau GNR. Dacă sunteți în pericol, sunați la { $emergency-phone }.
        - Dacă rămâneți fără casă: Linia națională de urgență socială (Linha Nacional de Emergência Social), { $social-emergency-phone }.
        - Pentru ajutor în limba dumneavoastră: Linia de sprijin pentru migranți (Linha de Apoio a Migrantes), { $lam-phone-landline } sau { $lam-phone-mobile }.
    .keywords = evacuare, evacuat, ma da afara din casa, m-a dat afara din casa, ne da afara, dat afara, trebuie sa plec din casa, proprietarul ma da afara, a schimbat yala, a schimbat încuietoarea, mi-a taiat apa, mi-a taiat curentul, mi-a scos lucrurile, drepturile chiriasului, drepturi chirias, chirias, chiriaș, proprietar, proprietarul, mareste chiria, mărește chiria, marire chirie, chiria a crescut, sfarsit contract, nu-mi reinnoieste contractul, preaviz, scrisoare de la proprietar, hartuire, reparatii, igrasie, mucegai, datorie la chirie, restanta chirie, fara casa, avocat, despejo, despejar, despejado, ordem de despejo, ação de despejo, BAS, balcão do arrendatário e do senhorio, BNA, inquilino, senhorio, aumento da renda, atualização de renda, coeficiente, oposição à renovação, carta registada, aviso prévio, assédio, renda em atraso, sem abrigo, sem-abrigo, apoio judiciário
    .questions =
        proprietarul vrea sa ma dea afara, ce drepturi am
        proprietarul a schimbat yala cat eram plecat
        mi-a taiat apa si curentul
        cu cat poate creste chiria anul acesta
        proprietarul nu-mi reinnoieste contractul, cu cat timp inainte trebuie sa anunte
        am primit notificare de evacuare, cat timp am
        ce e balcão do arrendatário e do senhorio
        am primit scrisoare de la tribunal pentru despejo
        ajutor gratuit pentru chiriasi

housing-support = Ajutoare pentru locuință și pentru chirie
    .summary = Există programe publice care vă ajută să plătiți chiria sau care vă dau acces la locuințe cu chirie mai mică: Porta 65, Arrendamento Acessível, locuințele primăriei și ajutoarele de urgență ale asigurărilor sociale (Segurança Social). Aproape toate cer permis de ședere, NIF, contract înregistrat la Finanțe și declarația de impozit (IRS) depusă.
    .body =
        Programele naționale sunt ale IHRU (Instituto da Habitação e da Reabilitação Urbana), institutul pentru locuințe, pe Portal da Habitação ({ $housing-portal-web }). Locuințele sociale sunt ale primăriei (Câmara Municipal); ajutorul de urgență este de la asigurările sociale (Segurança Social).

        ## Ajutoarele principale
        - Porta 65 Jovem: ajutor lunar pentru o parte din chirie, pentru tinerii până la { $housing-porta65-max-age ->
            [one] { $housing-porta65-max-age } an
            [few] { $housing-porta65-max-age } ani
           *[other] { $housing-porta65-max-age } de ani
        }.
        - Porta 65+: ajutor la chirie pentru cei care au pierdut o parte importantă din venit și pentru familiile monoparentale.
        - Ajutorul extraordinar la chirie (apoio extraordinário à renda): plătit lunar de Segurança Social unor chiriași pentru care chiria este foarte mare față de venit. Nu se face cerere: contează contractul declarat la Finanțe și declarația IRS depusă. Nu toate contractele intră în program.
        - Programul de închiriere accesibilă (Programa de Arrendamento Acessível): locuințe cu chirie sub prețul pieței, pentru familii cu venituri în anumite limite.
        - Locuințele primăriei (habitação municipal, habitação social sau renda apoiada): locuințe ale primăriei cu chirie calculată după venitul familiei. Listele de așteptare sunt lungi.
        - 1.º Direito: program al primăriilor pentru familiile care trăiesc în condiții rele, de exemplu în barăci sau în locuințe supraaglomerate.
        - Urgență: Segurança Social poate da un ajutor o singură dată sau o cazare temporară celor care rămân fără casă.

        ## Cine poate cere
        - În general: cei care locuiesc în Portugalia cu permis de ședere (título de residência) valabil, cu NIF și, în multe cazuri, cu NISS.
        - Cei care au contract de închiriere (contrato de arrendamento) scris și declarat la Finanțe și chitanțe de chirie (recibos de renda).
        - Cei care au venituri în limitele fiecărui program.
        - Fără permis de ședere, cele mai multe programe nu sunt disponibile, dar puteți cere ajutor de urgență.

        ## Pașii
        1. Asigurați-vă că contractul dumneavoastră este declarat la Finanțe și că primiți chitanțe de chirie.
        2. Depuneți declarația de impozit pe venit (IRS) în fiecare an, chiar dacă aveți venituri mici.
        3. Vedeți pe Portal da Habitação ce programe există, care sunt condițiile și termenele de depunere.
        4. Faceți cererea (candidatura) pe portal sau cereți ajutor la serviciul de locuințe al primăriei. Tot acolo vă înscrieți pentru o locuință a primăriei.

        ## Ce documente pregătiți
        - Pașaportul și permisul de ședere.
        - NIF și NISS.
        - Contractul de închiriere și chitanțele de chirie.
        - Declarația IRS și decizia de impunere (nota de liquidação).
        - Actele persoanelor care locuiesc cu dumneavoastră și, dacă vi se cere, adeverința de domiciliu (atestado de residência).

        ## Costuri
        Cererea este gratuită. Feriți-vă de cei care vă cer bani ca să vă „obțină” o locuință socială.

        ## Dacă ceva nu merge
        - Cererea v-a fost respinsă: citiți motivul. De obicei puteți răspunde în scris în termenul scris în decizie.
        - Ați rămas sau urmează să rămâneți fără casă: sunați la Linia națională de urgență socială (Linha Nacional de Emergência Social), { $social-emergency-phone }, sau mergeți la Segurança Social ({ $ss-phone }).
        - Pentru ajutor în limba dumneavoastră: Linia de sprijin pentru migranți (Linha de Apoio a Migrantes), { $lam-phone-landline } sau { $lam-phone-mobile }.
    .keywords = ajutor chirie, ajutor la chirie, ajutor pentru chirie, subventie chirie, subvenție, bani pentru chirie, nu pot plati chiria, chiria e prea mare, chirie mare, locuinta sociala, locuință socială, casa sociala, casa de la primarie, apartament de la stat, locuinta de la stat, primaria, primăria, lista de asteptare, chirie mica, chirie ieftina, tineri, fara casa, fără casă, am ramas fara casa, cazare de urgenta, adapost, apoio à renda, apoio a renda, subsídio de renda, subsidio de renda, porta 65, porta65, porta 65 jovem, porta 65+, apoio extraordinário à renda, arrendamento acessível, arrendamento acessivel, renda acessível, habitação social, habitacao social, bairro social, câmara municipal, camara municipal, renda apoiada, 1.º direito, primeiro direito, IHRU, portal da habitação, portal da habitacao, sem abrigo, sem-abrigo, emergência social, { $social-emergency-phone }, segurança social, seguranca social
    .questions =
        ajutor la chirie portugalia
        porta 65 jovem pentru straini
        nu mai pot plati chiria, exista sprijin?
        arrendamento acessível cum aplic
        locuinta sociala de la primarie
        ajutor la chirie, trebuie sa am IRS depus?
        ajutor de urgenta pentru locuinta segurança social
        contractul meu nu e inregistrat, pot cere ajutor la chirie?
        ce acte trebuie pentru subventia la chirie

address-certificate = Adeverința de domiciliu (atestado de residência) de la Junta de Freguesia
    .summary = Adeverința de domiciliu (atestado de residência) este un document de la Junta de Freguesia (primăria de cartier sau de comună) care confirmă unde locuiți. Vi se cere la centrul de sănătate, la școală, la AIMA și la alte servicii. Junta nu are voie s-o refuze doar pentru că încă nu aveți permis de ședere.
    .body =
        Adeverința de domiciliu (atestado de residência sau „atestado de morada”) o eliberează Junta de Freguesia din zona în care locuiți. Confirmă adresa dumneavoastră și, dacă cereți, de cât timp locuiți acolo.

        ## La ce folosește
        - Ca să vă înscrieți la centrul de sănătate (centro de saúde) și să primiți numărul de utilizator (número de utente), mai ales fără permis de ședere.
        - Ca să dovediți locuința într-un dosar la AIMA.
        - Ca să înscrieți copiii la școală.
        - Ca să schimbați adresa la Finanțe, să deschideți un cont la bancă sau să cereți ajutoare sociale.

        ## Cine o poate cere
        Oricine locuiește în acea freguesia (cartier sau comună), portughez sau străin. Avocatul Poporului (Provedor de Justiça) a amintit deja că Juntas nu au voie să refuze adeverința pentru că persoana nu are permis de ședere (título de residência).

        ## Cum dovediți că locuiți acolo
        Junta dă adeverința când cineva de la Junta cunoaște situația sau când există o altă dovadă. Cele mai folosite sunt:
        - contractul de închiriere (contrato de arrendamento) sau facturi de apă, curent sau internet pe numele dumneavoastră;
        - o declarație a proprietarului sau a persoanei la care stați, cu copia actului ei de identitate;
        - mărturia a { $address-certificate-witnesses ->
            [one] { $address-certificate-witnesses } alegător înscris
            [few] { $address-certificate-witnesses } alegători înscriși
           *[other] { $address-certificate-witnesses } de alegători înscriși
        } în listele electorale din freguesia (eleitores recenseados), care confirmă că locuiți acolo;
        - pentru cei fără casă, o declarație a asistentului social (técnico de ação social) care se ocupă de ei.

        ## Pașii
        1. Aflați care este Junta de Freguesia a dumneavoastră: întrebați la primărie (Câmara Municipal) sau căutați-vă adresa pe site-ul primăriei.
        2. Mergeți la Junta. Unele primesc cererea și pe internet sau doar cu programare.
        3. Completați cererea (requerimento) și spuneți pentru ce vă trebuie adeverința, de exemplu „para inscrição no centro de saúde” (pentru înscrierea la centrul de sănătate) sau „para a AIMA”.
        4. Aduceți dovezile de adresă. Martorii vin cu dumneavoastră sau semnează o declarație.
        5. Ridicați adeverința: pe loc sau după câteva zile, în funcție de Junta.

        ## Ce documente duceți
        - Pașaportul, permisul de ședere sau alt act de identitate.
        - NIF, dacă îl aveți.
        - Dovezile de adresă.
        - Pentru o adeverință pentru toată familia: actele fiecărei persoane.

        ## Costuri și valabilitate
        - Fiecare Junta își stabilește prețul; la unele este gratuită. Întrebați înainte.
        - Serviciul care vă cere adeverința poate cere să fie recentă. Cereți-o cu puțin timp înainte să aveți nevoie de ea.
        - Ca să aveți acces la SNS fără permis de ședere, cereți să scrie în adeverință că locuiți în Portugalia de mai mult de { $health-undocumented-min-days ->
            [one] { $health-undocumented-min-days } zi
            [few] { $health-undocumented-min-days } zile
           *[other] { $health-undocumented-min-days } de zile
        }, dacă este cazul.

        ## Dacă ceva nu merge
        - V-au refuzat adeverința: cereți refuzul în scris, cu motivul. Puteți face o reclamație chiar la Junta sau o plângere, gratuită, la Avocatul Poporului (Provedor de Justiça).
        - Nu cunoașteți alegători din freguesia: întrebați ce alte dovezi acceptă Junta.
        - Pentru ajutor în limba dumneavoastră: Linia de sprijin pentru migranți (Linha de Apoio a Migrantes), { $lam-phone-landline } sau { $lam-phone-mobile }.
    .keywords = adeverinta de domiciliu, adeverință de domiciliu, adeverinta de la junta, adeverinta junta, adeverinta de resedinta, dovada adresei, dovada domiciliului, dovada de adresa, certificat de domiciliu, certificat de rezidenta, viza de flotant, flotant, domiciliu, resedinta, adresa, adresă, martori, 2 martori, doi martori, stau la cineva, stau intr-o camera, fara contract, primaria de cartier, primarie, junta de freguesia, junta, freguesia, atestado de residência, atestado de residencia, atestado de morada, atestado da junta, comprovativo de morada, comprovativo de residencia, prova de morada, declaração de morada, testemunhas, eleitores, recenseados, morada, atestado para a aima, atestado para o centro de saude, provedor de justiça
    .questions =
        cum fac atestado de residência
        dovada de domiciliu de la junta de freguesia
        stau intr-o camera fara contract, cum dovedesc adresa
        imi trebuie atestado pentru certificatul de cetatean UE la camara
        cei doi martori pentru atestado, cine pot fi
        cat costa atestado de morada
        cat e valabil certificatul de resedinta
        centrul de sanatate imi cere atestado, de unde il iau
        ce acte duc la junta pentru adeverinta de domiciliu
