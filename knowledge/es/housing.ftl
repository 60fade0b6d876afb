# Vivienda: alquilar casa, derechos del inquilino, ayudas para la vivienda y certificado de residencia.

renting-a-home = Alquilar una vivienda
    .summary = Para alquilar una casa o una habitación, haga siempre un contrato de alquiler (contrato de arrendamento) por escrito. El dueño tiene que comunicar el contrato a Finanças y darle un recibo por cada mes de alquiler. La ley limita el depósito y los meses que se pagan por adelantado, y prohíbe negarle una vivienda por su nacionalidad o su origen.
    .body =
        Alquilar (en portugués "arrendar") es pagar para vivir en una casa o una habitación de otra persona, el dueño o arrendador (o senhorio). No necesita permiso de residencia para alquilar, pero sí va a necesitar el número de contribuyente (NIF).

        ## Antes de firmar
        - Visite la vivienda. Fíjese si hay agua, luz, humedad o ventanas rotas, y saque fotos.
        - Pida el documento de identidad del dueño y confirme que es el propietario o que tiene permiso del propietario para alquilar.
        - Desconfíe de los anuncios que piden dinero antes de ver la vivienda o de firmar el contrato.

        ## El contrato
        - El contrato de alquiler (contrato de arrendamento) tiene que ser por escrito y firmado por los dos. Quédese con una copia firmada.
        - Tiene que decir: nombres y NIF de los dos, dirección, monto del alquiler (renda) y día de pago, duración, depósito (caução) y quién paga el agua, la luz y el gas.
        - Para vivienda permanente, el contrato con plazo no puede ser de menos de { $housing-contract-min-years ->
            [one] { $housing-contract-min-years } año
           *[other] { $housing-contract-min-years } años
        }. La excepción son los alquileres temporales (por ejemplo, por trabajo o estudios), y el contrato lo tiene que decir.
        - Al terminar el plazo, el contrato se renueva solo, salvo que alguno de los dos avise por escrito a tiempo.

        ## Qué le puede pedir el dueño
        - Un depósito o fianza (caução) de, como máximo, { $housing-deposit-max-rents ->
            [one] { $housing-deposit-max-rents } mes de alquiler
           *[other] { $housing-deposit-max-rents } meses de alquiler
        }. Se lo devuelven al final del contrato si la vivienda queda sin daños.
        - Meses de alquiler por adelantado, con acuerdo por escrito, hasta { $housing-rent-advance-max-months ->
            [one] { $housing-rent-advance-max-months } mes
           *[other] { $housing-rent-advance-max-months } meses
        }.
        - Estos dos límites vienen de un cambio de la ley para 2023, según noticias y abogados de noviembre de 2022; algunas páginas más recientes todavía citan las reglas antiguas (hasta tres meses de alquiler adelantado y fianza sin límite). No encontramos el texto actual de la ley: si le piden más, confírmelo en el servicio de vivienda de la Câmara Municipal o con un abogado.
        - Un garante o aval (fiador) o comprobantes de ingresos.

        ## Qué no puede hacer el dueño
        - Negarle la vivienda por ser extranjero, por el color de su piel, su origen o su religión: es discriminación y la ley la prohíbe.
        - Quedarse con su pasaporte o cobrarle el alquiler sin darle recibo.

        ## Registro en Finanças y recibos
        1. El dueño comunica el contrato a Finanças (Autoridade Tributária e Aduaneira) y paga el impuesto de sello (imposto do selo).
        2. Cada mes le da un recibo de alquiler (recibo de renda), normalmente electrónico, en el Portal das Finanças ({ $at-web }).
        3. Guarde los recibos. Prueban su domicilio (AIMA, centro de salud, escuela), cuentan en la declaración de la renta (IRS) y se los piden para las ayudas al alquiler.
        4. Si el dueño no comunica el contrato, el inquilino también lo puede comunicar a Finanças. Pregunte cómo en una oficina de Finanças (Serviço de Finanças).

        ## Costos
        El impuesto de sello del contrato lo paga el dueño. Si una inmobiliaria le pide una comisión, pida factura.

        ## Si algo sale mal
        - El dueño no quiere hacer contrato ni dar recibos: sin un contrato registrado es difícil probar su domicilio y pedir ayudas. Infórmese en Finanças, al { $at-phone }.
        - Le negaron la vivienda por ser extranjero: guarde los anuncios y los mensajes y vea cómo presentar una queja por discriminación.
        - Para recibir ayuda en su idioma, llame a la Línea de Apoyo a Migrantes: { $lam-phone-landline } o { $lam-phone-mobile }.
    .keywords = alquilar, alquiler, alquilar casa, alquilar piso, alquilar departamento, alquilar apartamento, alquilar cuarto, alquilar habitacion, arrendar, arriendo, rentar, renta, cuarto, habitacion, habitación, pieza, casa, piso, departamento, depto, apartamento, vivienda, contrato de alquiler, contrato de arriendo, contrato de arrendamento, contrato, casero, casera, dueño, dueño de la casa, propietario, arrendador, senhorio, inquilino, arrendatario, deposito, depósito, fianza, garantia, garantía, caução, caucao, meses adelantados, adelanto, garante, aval, fiador, recibo de alquiler, recibo de renda, recibos, imposto do selo, registrar contrato en finanzas, contrato registrado, inmobiliaria, comision, idealista, olx, estafa, fraude, discriminacion, no alquilan a extranjeros, no aceptan inmigrantes, arrendamento, renda
    .questions =
        como alquilar un piso en portugal siendo extranjero
        arrendar casa sin fiador en lisboa
        el casero me pide 6 meses por adelantado, es legal?
        el contrato de alquiler tiene que registrarse en finanzas?
        el dueño no me quiere dar recibo del alquiler
        alquilar una habitación sin contrato es arriesgado?
        no me alquilan por ser latino, pueden hacer eso?
        cuanto puede pedir de fianza el propietario
        necesito contrato de arriendo para el atestado y para la AIMA
        busco departamento y me piden NIF y aval portugues, que hago

tenant-rights-eviction = Derechos del inquilino y desalojo
    .summary = El dueño no lo puede sacar de la vivienda por su cuenta: cambiar la cerradura, cortar el agua o la luz, o sacar sus cosas es ilegal. Para terminar el contrato o subir el alquiler tiene que avisarle por escrito y con anticipación, y un desalojo (despejo) solo puede ocurrir por decisión del Balcão do Arrendatário e do Senhorio o de un tribunal.
    .body =
        Estos derechos valen para quien tiene contrato de alquiler (contrato de arrendamento). Si no tiene contrato por escrito, guarde todo lo que pruebe que vive en la vivienda y paga alquiler: transferencias, mensajes, recibos.

        ## Sus derechos
        - Vivir tranquilo en la vivienda mientras dure el contrato y pague el alquiler.
        - Recibir un recibo por cada mes de alquiler.
        - Reparaciones: el dueño tiene que hacer las obras necesarias (techo, cañerías, humedad grave). Pídalas por escrito.
        - El acoso inmobiliario está prohibido: amenazas, cortes de agua o de luz, u obras hechas para obligarlo a irse.

        ## Aumento del alquiler
        - Si el contrato no dice otra cosa, el alquiler solo sube una vez al año y como máximo según el coeficiente de actualización que se publica cada año en el Diário da República (el boletín oficial).
        - El dueño tiene que avisarle por escrito, con al menos { $housing-rent-update-notice-days ->
            [one] { $housing-rent-update-notice-days } día
           *[other] { $housing-rent-update-notice-days } días
        } de anticipación, diciendo el nuevo alquiler y cómo lo calculó.
        - Si el aumento no cumple estas reglas, puede rechazarlo por escrito. Siga pagando el alquiler anterior y pida ayuda.

        ## Cuando termina el contrato
        - Si el dueño no quiere renovar el contrato, tiene que decirlo por carta certificada con acuse de recibo (carta registada com aviso de receção). En una vivienda permanente, el aviso tiene que llegar por lo menos { $housing-landlord-notice-days ->
            [one] { $housing-landlord-notice-days } día
           *[other] { $housing-landlord-notice-days } días
        } antes del fin del contrato, y antes todavía en los contratos largos.
        - Por regla general, el contrato dura por lo menos { $housing-contract-guaranteed-years ->
            [one] { $housing-contract-guaranteed-years } año
           *[other] { $housing-contract-guaranteed-years } años
        } desde la firma, aunque el dueño se oponga a la primera renovación. La excepción principal es que el dueño necesite la vivienda para vivir él o un hijo.
        - El inquilino también se puede ir, avisando por escrito con la anticipación que indican la ley y el contrato.

        ## Desalojo
        1. El dueño no puede desalojarlo por su cuenta. Necesita un título del Balcão do Arrendatário e do Senhorio (BAS, el servicio oficial para conflictos de alquiler) o la decisión de un tribunal.
        2. Si recibe una notificación del BAS, tiene { $housing-eviction-opposition-days ->
            [one] { $housing-eviction-opposition-days } día
           *[other] { $housing-eviction-opposition-days } días
        } para irse o para oponerse. La oposición la presenta un abogado: pida enseguida asistencia jurídica (apoio judiciário) en la Seguridad Social.
        3. Si deja de pagar el alquiler durante meses, el dueño puede terminar el contrato. Pagar la deuda rápido puede evitar el desalojo.
        4. En situaciones graves (enfermedad, discapacidad, niños, no tener adónde ir) puede pedir que la salida se aplace (diferimento da desocupação).

        ## Dónde pedir ayuda
        - Abogado gratis: asistencia jurídica (apoio judiciário), que se pide en la Seguridad Social.
        - Información sobre alquileres: Portal da Habitação ({ $housing-portal-web }) y el servicio de vivienda de la municipalidad (Câmara Municipal).
        - Le cambiaron la cerradura, le sacaron sus cosas o lo amenazaron: llame a la policía (PSP o GNR). Si está en peligro, llame al { $emergency-phone }.
        - Si se queda sin casa: Línea Nacional de Emergencia Social, { $social-emergency-phone }.
        - Para recibir ayuda en su idioma: Línea de Apoyo a Migrantes, { $lam-phone-landline } o { $lam-phone-mobile }.
    .keywords = desalojo, desalojar, me quieren desalojar, desahucio, desaucio, lanzamiento, orden de desalojo, juicio de desalojo, despejo, despejar, BAS, balcao do arrendatario, balcão do arrendatário e do senhorio, BNA, inquilino, derechos del inquilino, arrendatario, casero, casera, dueño, propietario, senhorio, me echan de la casa, me quieren echar, me sacaron de la casa, me tengo que ir de la casa, cambio la cerradura, cambió la cerradura, me corto el agua, me cortaron la luz, aumento del alquiler, subir el alquiler, me subieron el alquiler, actualizacion del alquiler, coeficiente, fin del contrato, no renovar contrato, no me renueva el contrato, carta del casero, preaviso, aviso previo, acoso inmobiliario, acoso, obras, humedad, alquiler atrasado, deuda de alquiler, sin casa, en la calle, abogado, desalojo ilegal, renda
    .questions =
        el casero me quiere echar que hago
        desahucio en portugal como funciona
        el dueño cambió la cerradura con mis cosas adentro
        me cortaron el agua y la luz para que me vaya
        cuanto pueden subir el alquiler por año
        me dieron 30 dias para irme del piso, es legal?
        se terminó el contrato y no lo quieren renovar
        desalojo sin juicio es posible en portugal?
        balcão do arrendatário e do senhorio que es
        el propietario entra a la casa sin avisar

housing-support = Ayudas para la vivienda y el alquiler
    .summary = Hay programas públicos que ayudan a pagar el alquiler o dan acceso a viviendas con alquiler más bajo: Porta 65, Arrendamento Acessível, vivienda municipal y ayudas de emergencia de la Seguridad Social. Casi todos piden título de residencia, NIF, contrato registrado en Finanças y la declaración de la renta (IRS) presentada.
    .body =
        Los programas nacionales son del IHRU (Instituto da Habitação e da Reabilitação Urbana), en el Portal da Habitação ({ $housing-portal-web }). La vivienda social es de la municipalidad (Câmara Municipal); la ayuda de emergencia, de la Seguridad Social.

        ## Principales ayudas
        - Porta 65 Jovem: ayuda mensual para pagar parte del alquiler, para jóvenes de hasta { $housing-porta65-max-age ->
            [one] { $housing-porta65-max-age } año
           *[other] { $housing-porta65-max-age } años
        }.
        - Porta 65+: ayuda para el alquiler para quien perdió una parte importante de sus ingresos y para familias monoparentales.
        - Ayuda extraordinaria al alquiler (apoio extraordinário à renda): la paga cada mes la Seguridad Social a algunos inquilinos cuyo alquiler pesa mucho en sus ingresos. No hay que postularse: cuenta el contrato comunicado a Finanças y la declaración de la renta (IRS) presentada. No todos los contratos están incluidos.
        - Programa de Arrendamento Acessível (alquiler asequible): viviendas con alquiler por debajo del mercado, para familias dentro de ciertos límites de ingresos.
        - Vivienda municipal (habitação social o renda apoiada): viviendas de la municipalidad con un alquiler calculado según los ingresos de la familia. Las listas de espera son largas.
        - 1.º Direito: programa de las municipalidades para familias que viven en malas condiciones, por ejemplo en chabolas o viviendas con demasiada gente.
        - Emergencia: la Seguridad Social puede dar una ayuda puntual o alojamiento temporal a quien se queda sin casa.

        ## Quién lo puede pedir
        - En general: quien vive en Portugal con título de residencia vigente, con NIF y, en muchos casos, NISS.
        - Quien tiene contrato de alquiler por escrito y comunicado a Finanças, y recibos de alquiler.
        - Quien tiene ingresos dentro de los límites de cada programa.
        - Sin título de residencia, la mayoría de estos programas no están disponibles, pero puede pedir ayuda de emergencia.

        ## Pasos
        1. Asegúrese de que su contrato esté comunicado a Finanças y de que recibe recibos de alquiler.
        2. Presente la declaración de la renta (IRS) todos los años, aunque tenga ingresos bajos.
        3. Mire en el Portal da Habitação qué programas hay, las condiciones y los plazos para postularse.
        4. Postúlese en el portal, o pida ayuda en el servicio de vivienda de la municipalidad. Ahí también se inscribe para vivienda municipal.

        ## Documentos que debe preparar
        - Pasaporte y título de residencia.
        - NIF y NISS.
        - Contrato de alquiler y recibos de alquiler.
        - Declaración de la renta (IRS) y la liquidación (nota de liquidação).
        - Documentos de las personas que viven con usted y, si se lo piden, el certificado de residencia (atestado de residência).

        ## Costos
        Postularse es gratis. Desconfíe de quien le cobre por "conseguirle" una vivienda social.

        ## Si algo sale mal
        - Le rechazaron la solicitud: lea el motivo. Normalmente puede responder por escrito dentro del plazo que indica la decisión.
        - Se quedó sin casa o se va a quedar: llame a la Línea Nacional de Emergencia Social, { $social-emergency-phone }, o vaya a la Seguridad Social ({ $ss-phone }).
        - Para recibir ayuda en su idioma: Línea de Apoyo a Migrantes, { $lam-phone-landline } o { $lam-phone-mobile }.
    .keywords = ayuda para el alquiler, ayuda alquiler, ayuda para pagar el alquiler, subsidio de alquiler, subsidio alquiler, bono alquiler, subsidio de vivienda, ayuda vivienda, ayuda para la renta, apoyo a la renta, apoio à renda, apoio a renda, porta 65, porta65, porta 65 jovem, porta 65+, apoio extraordinario a renda, arrendamento acessivel, arrendamento acessível, alquiler asequible, alquiler barato, vivienda barata, casa barata, vivienda social, vivienda publica, vivienda protegida, piso social, casa social, habitacao social, habitação social, bairro social, casa de la camara, camara municipal, municipalidad, ayuntamiento, renda apoiada, 1 direito, primeiro direito, IHRU, portal da habitacao, portal da habitação, sin casa, en la calle, desalojada, emergencia social, { $social-emergency-phone }, seguridad social, seguranca social
    .questions =
        porta 65 como postular
        ayuda para pagar el alquiler inmigrantes
        subsidio de alquiler seguridad social
        vivienda social como pedir en la camara municipal
        programa de alquiler asequible para extranjeros
        me quedé sin casa con mis hijos, hay ayuda urgente para el alquiler?
        tengo residencia y gano poco, me pueden ayudar con la renta?
        para la ayuda de alquiler piden el IRS presentado?
        vivienda municipal lista de espera

address-certificate = Certificado de residencia (atestado de residência de la Junta de Freguesia)
    .summary = El certificado de residencia (atestado de residência) es un documento de la Junta de Freguesia, la oficina local de su barrio, que confirma dónde vive. Se lo piden en el centro de salud, en la escuela, en la AIMA y en otros servicios. La Junta no se lo puede negar solo porque todavía no tenga permiso de residencia.
    .body =
        El certificado de residencia (atestado de residência, o "atestado de morada") lo da la Junta de Freguesia de la zona donde vive. Confirma su domicilio y, si lo pide, desde cuándo vive allí.

        ## Para qué sirve
        - Inscribirse en el centro de salud y tener número de usuario (número de utente), sobre todo si no tiene permiso de residencia.
        - Probar dónde vive en un trámite en la AIMA.
        - Inscribir a los hijos en la escuela.
        - Cambiar el domicilio en Finanças, abrir una cuenta en el banco o pedir ayudas sociales.

        ## Quién lo puede pedir
        Cualquier persona que viva en la freguesia, portuguesa o extranjera. El Defensor del Pueblo (Provedor de Justiça) ya recordó que las Juntas no pueden negar el certificado porque la persona no tenga título de residencia.

        ## Cómo probar que vive allí
        La Junta da el certificado cuando alguien de la Junta conoce su situación o cuando hay otra prueba. Las más usadas son:
        - contrato de alquiler o facturas de agua, luz o internet a su nombre;
        - una declaración del dueño o de la persona que lo aloja, con copia de su documento de identidad;
        - el testimonio de { $address-certificate-witnesses ->
            [one] { $address-certificate-witnesses } elector inscrito
           *[other] { $address-certificate-witnesses } electores inscritos
        } en el censo electoral de la freguesia (eleitores recenseados), que confirman que usted vive allí;
        - para quien no tiene casa, una declaración del trabajador social que lo acompaña.

        ## Pasos
        1. Averigüe cuál es su Junta de Freguesia: pregunte en la municipalidad (Câmara Municipal) o busque su dirección en el sitio de la municipalidad.
        2. Vaya a la Junta. Algunas aceptan el pedido por internet o solo con cita.
        3. Llene la solicitud (requerimento) y diga para qué es el certificado, por ejemplo "para inscrição no centro de saúde" (para el centro de salud) o "para a AIMA".
        4. Entregue las pruebas de domicilio. Los testigos van con usted o firman una declaración.
        5. Retire el certificado: en el momento o unos días después, según la Junta.

        ## Documentos que debe llevar
        - Pasaporte, título de residencia u otro documento de identidad.
        - NIF, si ya lo tiene.
        - Las pruebas de domicilio.
        - Para un certificado de toda la familia: los documentos de cada persona.

        ## Costos y validez
        - Cada Junta fija su precio; en algunas es gratis. Pregunte antes.
        - El servicio que le pide el certificado puede exigir que sea reciente. Pídalo poco antes de necesitarlo.
        - Para tener acceso al SNS sin permiso de residencia, pida que el certificado diga que vive en Portugal desde hace más de { $health-undocumented-min-days ->
            [one] { $health-undocumented-min-days } día
           *[other] { $health-undocumented-min-days } días
        }, si es su caso.

        ## Si algo sale mal
        - Le negaron el certificado: pida la negativa por escrito, con el motivo. Puede reclamar en la misma Junta o presentar una queja, gratis, ante el Defensor del Pueblo (Provedor de Justiça).
        - No conoce electores de la freguesia: pregunte qué otras pruebas acepta la Junta.
        - Para recibir ayuda en su idioma: Línea de Apoyo a Migrantes, { $lam-phone-landline } o { $lam-phone-mobile }.
    .keywords = atestado de residencia, atestado de residência, atestado de morada, atestado, atestado de la junta, certificado de residencia, certificado de domicilio, constancia de domicilio, constancia de residencia, comprobante de domicilio, comprobante de residencia, comprobante de direccion, prueba de domicilio, empadronamiento, empadronarme, padron, certificado de empadronamiento, junta de freguesia, junta, freguesia, parroquia, declaracion de domicilio, testigos, electores, recenseados, domicilio, direccion, dirección, morada, atestado para la aima, atestado para el centro de salud, atestado para la escuela, sin contrato, vivo en un cuarto, alquilo una habitacion, provedor de justiça, defensor del pueblo
    .questions =
        atestado de residencia junta de freguesia como se saca
        certificado de empadronamiento en portugal
        comprobante de domicilio para la AIMA
        la junta me pide testigos para el atestado
        declaracion de domicilio sin contrato de alquiler
        la junta de freguesia no me quiere dar el atestado porque no tengo residencia
        cuanto cuesta el atestado de residencia y cuanto dura
        vivo en una habitacion sin contrato, como demuestro mi direccion?
        necesito certificado de domicilio para el centro de salud
