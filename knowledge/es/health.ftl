# Salud: número de usuario, centro de salud, urgencias y línea SNS 24.

sns-user-number = Número de usuario del SNS (número de utente)
    .summary = El número de usuario lo identifica en el Servicio Nacional de Salud (SNS). Según la Entidad Reguladora de la Salud (ERS), a { $health-ers-faq-date }, se da a quien acude a una unidad del SNS, también sin permiso de residencia, pero entonces el registro queda "em curso" (en curso) o "incompleto" y algunos cuidados pueden cobrarse. Las urgencias, el embarazo, los niños, las vacunas y las enfermedades contagiosas se atienden sea cual sea su situación.
    .body =
        El número de usuario (Número Nacional de Utente) es su número en el SNS. Con él pide citas en el centro de salud, solicita médico de familia, se vacuna, recibe recetas y usa SNS 24 en internet ({ $sns24-web }) y en la aplicación.

        ## Qué dicen hoy las normas
        - El número lo da el Registro Nacional de Usuarios (Registo Nacional de Utentes, RNU). Sus normas cambiaron con el Despacho n.º 14830/2024, del { $health-rnu-rules-date }.
        - En abril de 2025 una noticia dijo que la inscripción pasaba a exigir permiso de residencia. La ERS lo explica de otra forma en sus preguntas frecuentes del { $health-ers-faq-date }: el registro se hace cuando la persona acude a una unidad del SNS, con unos datos mínimos (nombre, sexo, fecha de nacimiento, país de nacionalidad y de nacimiento).
        - Con permiso de residencia válido y domicilio en Portugal, el registro queda "atualizado" (actualizado): tiene acceso en las mismas condiciones que los portugueses y puede pedir médico de familia.
        - Sin permiso de residencia válido, el registro queda "em curso" o "incompleto". Tiene número de usuario, pero puede tener que pagar la atención que no está en la lista de abajo.
        - Una asociación (Humans Before Borders, marzo de 2025) dice que quien no regularice su situación en { $health-rnu-pending-limit-days ->
            [one] { $health-rnu-pending-limit-days } día
           *[other] { $health-rnu-pending-limit-days } días
        } puede perder el acceso. No lo hemos encontrado en un texto oficial: pregunte en el centro de salud o a la ERS.

        ## Atención en cualquier situación
        Según la ERS, esta atención está garantizada con o sin permiso de residencia:
        - urgencias y emergencias;
        - embarazo, parto y planificación familiar;
        - niños y jóvenes menores de edad;
        - vacunas y enfermedades contagiosas (salud pública).

        ## Pasos
        1. Averigüe qué centro de salud (o Unidad de Salud Familiar, USF) corresponde a su domicilio. Puede preguntar en la Junta de Freguesia o a SNS 24, en el { $sns24-phone }.
        2. Vaya al mostrador (secretariado clínico) y pida la inscripción como usuario.
        3. Muestre sus documentos y compruebe que sus datos y su dirección quedan bien. Pregunte qué tipo de registro le han dado: "atualizado", "em curso" o "incompleto".
        4. Guarde el papel con el número de usuario.
        5. Si tiene permiso de residencia, pida también médico de familia. Si no hay médico libre, queda en lista de espera.

        ## Documentos que debe llevar
        - Pasaporte o título de residencia. Si lo tiene, el justificante de su solicitud en la AIMA.
        - NIF y NISS, si los tiene.
        - Justificante de domicilio: contrato de alquiler o certificado de residencia (atestado de residência) de la Junta de Freguesia. Sin permiso de residencia, lleve el certificado que diga que vive en Portugal desde hace más de { $health-undocumented-min-days ->
            [one] { $health-undocumented-min-days } día
           *[other] { $health-undocumented-min-days } días
        }.
        - Para un niño: el documento del niño y el de uno de los padres.

        ## Costes
        - La inscripción es gratuita.
        - Con registro "atualizado", las consultas en el centro de salud no pagan tasa moderadora (taxa moderadora).
        - Con registro "em curso" o "incompleto", la atención fuera de la lista de arriba puede cobrarse. Qué se paga no está claro: el { $health-ers-clarification-date } la ERS pidió al Ministerio de Salud que lo aclarara, y no hemos encontrado respuesta. Pregunte en el mostrador antes de una consulta que no sea urgente.

        ## Los servicios de salud y la AIMA
        No hemos encontrado ninguna norma que obligue a los centros de salud o a los hospitales a avisar a la AIMA o a la policía de la situación de residencia de un paciente, ni un texto oficial que diga que nunca lo hacen. Los profesionales sanitarios están obligados al secreto. En marzo de 2025 una asociación advirtió que las nuevas normas del RNU permiten compartir datos con otras entidades, sin decir cuáles. Si tiene dudas, pregunte en el centro de salud, a SNS 24, a la ERS o en un CNAI. En una emergencia, no deje de ir a urgencias.

        ## Si algo sale mal
        - Le negaron la inscripción: pida el motivo por escrito y el nombre del servicio. Escriba en el libro de reclamaciones (Livro de Reclamações) o presente una queja ante la ERS.
        - Pida ayuda a la Línea de Apoyo a Migrantes (Linha de Apoio a Migrantes), { $lam-phone-landline } o { $lam-phone-mobile }, o en un CNAI.
        - Se mudó: pida el traslado de la inscripción al centro de salud de su nueva zona.
    .keywords = número de usuario, numero de usuario, número de utente, numero de utente, utente, tarjeta sanitaria, tarjeta de salud, NNU, RNU, SNS, servicio nacional de salud, sanidad pública, centro de salud, centro de saude, ambulatorio, USF, médico de familia, medico de familia, médico de cabecera, inscripción, inscribirse en el centro de salud, empadronamiento, consulta, médico, medico, doctor, cita médica, vacunas, receta, sin papeles, sin documentos, sin permiso de residencia, atestado, registo em curso, registo incompleto, AIMA, denuncia
    .questions =
        numero de utente como sacarlo
        como conseguir el numero de la seguridad social de salud sin residencia
        tarjeta sanitaria en portugal para extranjeros
        tengo NIF y NISS, como me inscribo en el SNS?
        registro en curso o incompleto en el SNS que significa
        con el numero de utente puedo ir al hospital publico?
        soy venezolano con residencia, la sanidad publica es gratis para mi?
        el centro de salud le pasa mis datos a la AIMA?
        me cobraron la consulta aunque tengo numero de utente provisional
        que documentos llevo al centro de salud para pedir el numero de usuario

emergency-and-sns24 = Emergencias ({ $emergency-phone }) y línea SNS 24
    .summary = En una emergencia en la que hay una vida en peligro, llame al { $emergency-phone }: es gratis. Para un problema de salud que no es una emergencia, llame primero al SNS 24, { $sns24-phone }: un profesional de la salud evalúa su caso y le dice qué hacer y adónde ir.
    .body =
        ## Cuándo llamar al { $emergency-phone }
        El { $emergency-phone } es el Número Europeo de Emergencias. Llame cuando la vida de alguien esté en peligro:
        - dificultad grave para respirar, dolor fuerte en el pecho, desmayo, convulsiones o un sangrado que no para;
        - señales de ACV o derrame cerebral: boca torcida, debilidad de un lado del cuerpo, dificultad para hablar;
        - accidentes graves, incendios, agresiones o un delito que está ocurriendo.

        La llamada es gratis y se puede hacer desde cualquier celular o móvil, aunque no tenga saldo. El { $emergency-phone } envía la ambulancia del INEM, los bomberos o la policía.

        ## Qué decir al { $emergency-phone }
        1. Qué pasó y cuántas personas necesitan ayuda.
        2. Dónde está: dirección, localidad y puntos de referencia.
        3. El número de teléfono desde el que llama.
        4. Responda a las preguntas, hable despacio y no cuelgue hasta que se lo digan.

        ## SNS 24: cuando no es una emergencia
        - Fiebre, vómitos, dolores, una herida pequeña, un niño enfermo o dudas sobre medicamentos: llame al SNS 24, { $sns24-phone }. Atiende a cualquier hora, todos los días.
        - Un profesional de la salud hace la evaluación (triaje) y le dice qué hacer: cuidarse en casa, ir al centro de salud o ir a urgencias. Si hace falta, lo deriva.
        - Puede llamar aunque todavía no tenga número de usuario (número de utente).
        - El SNS 24 también tiene un sitio web ({ $sns24-web }) y una aplicación.

        ## Ir a urgencias del hospital
        - En situaciones graves vaya enseguida, o llame al { $emergency-phone }.
        - Al llegar hay un triaje (triagem): los casos más graves se atienden primero. Los casos leves pueden esperar muchas horas.
        - Lleve un documento de identidad, el número de usuario si lo tiene, y la lista de los medicamentos que toma.
        - Muchos hospitales tienen urgencias propias para niños (urgência pediátrica).

        ## Costos
        - Llamar al { $emergency-phone } es gratis.
        - En urgencias del hospital solo paga tasa moderadora (taxa moderadora) si va por su cuenta, sin que lo derive el SNS 24, el INEM o el centro de salud, y si no queda internado. Por eso, cuando no es grave, llame primero al SNS 24.
        - Quien no está inscrito en el SNS puede recibir una factura más adelante.
        - La atención urgente nunca se niega, con o sin documentos, con o sin permiso de residencia.

        ## Si algo sale mal
        - Si cree que lo atendieron mal, pida el Libro de Reclamaciones (Livro de Reclamações) en el hospital o en el centro de salud.
        - Si no tiene médico ni número de usuario, vea cómo inscribirse en el centro de salud.
    .keywords = { $emergency-phone }, emergencia, emergencias, emergensia, urgencia, urgencias, urgencia hospital, guardia, ambulancia, INEM, inem, SNS 24, sns24, sns 24, saude 24, salud 24, linea de salud, línea de salud, telefono de salud, { $sns24-phone }, hospital, hospital de noche, sala de emergencia, bomberos, policia, policía, fiebre, fiebre alta, dolor, enfermo, niño enfermo, nino enfermo, hijo enfermo, medico de noche, médico de noche, triaje, triagem, taxa moderadora, copago, cuanto cuesta urgencias, numero de emergencia, número de emergencia, a donde llamo, enfermero, enfermera, 911, accidente, infarto, SAMU
    .questions =
        numero de emergencias en portugal
        el 112 es gratis?
        cuando llamar al SNS 24 y cuando ir a urgencias
        telefono de salud 24 horas portugal
        mi hijo tiene fiebre alta de madrugada, a donde llamo?
        puedo hablar en español con el 112?
        cuanto cuesta ir a urgencias del hospital sin derivacion
        como pedir una ambulancia en portugal
        que digo cuando llamo al 112
        dolor fuerte en el pecho voy al hospital o llamo

family-doctor = Médico de familia y centro de salud
    .summary = El médico de familia cuida su salud y la de su familia en el centro de salud de la zona donde vive. Para tenerlo, inscríbase en el centro de salud con el número de usuario (número de utente) y pida médico de familia. Si no hay lugar, queda en lista de espera, pero igual lo pueden atender.
    .body =
        El centro de salud (centro de saúde) es la puerta de entrada al Servicio Nacional de Salud (Serviço Nacional de Saúde, SNS). Puede llamarse USF (Unidade de Saúde Familiar) o UCSP, y forma parte de la Unidad Local de Salud (Unidade Local de Saúde, ULS) de su zona. Allí tiene un equipo de familia: médico de familia y enfermero de familia.

        ## Qué hace el médico de familia
        - Consultas cuando está enfermo y controles de rutina.
        - Recetas, y renovación de las recetas de los medicamentos que toma siempre.
        - Pedidos de análisis y estudios, y derivación a un especialista en el hospital.
        - La baja médica (certificado de incapacidade temporária) cuando no puede trabajar.
        - Control del embarazo, consultas de los niños, vacunas y planificación familiar.

        ## Quién lo puede tener
        - Quien vive en Portugal y está inscrito en el centro de salud de la zona de su domicilio.
        - Por regla general, para que le asignen médico de familia hace falta la inscripción completa, con permiso de residencia vigente y domicilio en Portugal.
        - Quien todavía no tiene permiso de residencia también es atendido en el centro de salud, con reglas propias.

        ## Pasos
        1. Pida el número de usuario (número de utente), si todavía no lo tiene.
        2. En el mostrador (secretariado clínico) del centro de salud de su domicilio, pida la inscripción en la unidad y un médico de familia.
        3. Confirme su dirección, su celular y su correo electrónico: por ahí le llegan los avisos.
        4. Si no hay ningún médico libre, queda inscrito en lista de espera. Mientras tanto, si tiene un problema de salud, pida una consulta del día (consulta aberta o de recurso) en el centro de salud.
        5. Pida sus consultas en el mostrador, por el teléfono del centro de salud, en el sitio del SNS 24 ({ $sns24-web }) o en la aplicación SNS 24.

        ## Documentos que debe llevar
        - Número de usuario, pasaporte o título de residencia.
        - Comprobante de domicilio: contrato de alquiler (contrato de arrendamento) o certificado de residencia de la Junta de Freguesia (atestado de residência).
        - NIF y NISS, si ya los tiene.
        - Para los hijos: los documentos y la libreta o carnet de vacunas (boletim de vacinas) de cada niño.

        ## Costos
        - Inscribirse y tener médico de familia es gratis.
        - Las consultas en el centro de salud no pagan tasa moderadora (taxa moderadora, el copago).
        - En la farmacia paga la parte de los medicamentos que el SNS no cubre (comparticipação).

        ## Si algo sale mal
        - Necesita ayuda y no consigue consulta: llame al SNS 24, { $sns24-phone }. En una emergencia, al { $emergency-phone }.
        - Quiere reclamar: use el Libro de Reclamaciones (Livro de Reclamações) o la oficina de atención al ciudadano (gabinete do cidadão) de la ULS.
        - Se mudó: pida el traslado de su inscripción al centro de salud de la nueva zona.
        - No habla bien portugués: vaya con una persona de confianza o llame a la Línea de Apoyo a Migrantes, { $lam-phone-landline } o { $lam-phone-mobile }.
    .keywords = medico de familia, médico de familia, medico de cabecera, médico de cabecera, medico general, médico general, medico clinico, doctor, doctora, centro de salud, centro de saude, centro de saúde, consultorio, ambulatorio, posta, CAP, CESFAM, USF, UCSP, ULS, unidad de salud familiar, enfermero de familia, enfermera, inscribirme en el centro de salud, anotarme en el centro de salud, lista de espera, no tengo medico, sin medico de familia, sin médico de familia, pedir consulta, pedir turno, sacar turno, turno medico, cita medica, cita médica, consulta, consulta del dia, consulta aberta, receta, renovar receta, recetas, baja, baja medica, baja médica, baixa, certificado medico, incapacidad temporal, CIT, SNS, sns, SNS 24, app sns 24, cambiar de medico, cambiar de centro de salud, marcar consulta, médico de família
    .questions =
        como tener medico de cabecera en portugal
        medico de familia lista de espera
        inscribirme en el centro de salud de mi barrio
        no tengo medico de familia, me pueden atender igual?
        como pedir cita en el centro de salud
        cuanto cuesta la consulta del centro de salud
        me mudé de casa, como cambio de centro de salud
        necesito una receta y no tengo medico asignado
        medico de familia para inmigrante sin permiso de residencia

health-without-papers = Salud sin permiso de residencia
    .summary = Sin permiso de residencia puede usar el Servicio Nacional de Salud (SNS) y tener número de usuario, con registro "em curso" (en curso) o "incompleto" (Entidad Reguladora de la Salud, ERS, { $health-ers-faq-date }). Las urgencias, el embarazo y el parto, los niños, las vacunas y las enfermedades contagiosas se atienden sea cual sea su situación; otra atención puede cobrarse. No hemos encontrado ninguna norma que obligue a los servicios de salud a avisar a la AIMA.
    .body =
        La Ley de Bases de la Salud (Lei de Bases da Saúde) incluye entre los beneficiarios del SNS a los migrantes, con o sin situación regularizada. La ERS lo repitió en sus preguntas frecuentes del { $health-ers-faq-date }. Nadie puede quedarse sin atención urgente.

        ## Qué ha cambiado y qué sigue sin aclarar
        - Las normas del Registro Nacional de Usuarios (RNU) cambiaron con el Despacho n.º 14830/2024, del { $health-rnu-rules-date }. En abril de 2025 una noticia dijo que la inscripción pasaba a exigir permiso de residencia.
        - Según la ERS (agosto de 2025), el número de usuario se sigue dando a quien acude a una unidad del SNS. Sin permiso de residencia válido, el registro queda "em curso" o "incompleto".
        - El { $health-restriction-bill-date } el Parlamento aprobó un proyecto para limitar el acceso al SNS de los extranjeros sin residencia legal. No hemos encontrado esa ley publicada. Si oye hablar de nuevas normas, confírmelo con la ERS o en su centro de salud.
        - Qué se paga no está claro: el { $health-ers-clarification-date } la ERS pidió al Ministerio de Salud que aclarara el acceso y los pagos de quien no tiene permiso de residencia ni certificado de la Junta, y no hemos encontrado respuesta.

        ## Atención garantizada
        Según la ERS y las orientaciones del Ministerio de Salud que cita, esta atención se presta con o sin permiso de residencia:
        - atención urgente y emergencias;
        - embarazo, parto y posparto, y planificación familiar;
        - atención a niños y jóvenes menores de edad;
        - vacunas, y enfermedades contagiosas que son un peligro para la salud pública, como la tuberculosis o el VIH;
        - atención a personas en exclusión social o con falta de recursos confirmada por la Seguridad Social (Segurança Social).

        ## Otra atención
        - Las consultas y pruebas fuera de esta lista pueden cobrarse a precios del SNS. La factura puede llegar más tarde.
        - Con un certificado de la Junta de Freguesia de que vive en Portugal desde hace más de { $health-undocumented-min-days ->
            [one] { $health-undocumented-min-days } día
           *[other] { $health-undocumented-min-days } días
        }, las normas del RNU eximen de pago los "cuidados urgentes y vitales". Qué abarca esto no está definido.
        - Antes de una consulta que no sea urgente, pregunte en el mostrador si tendrá que pagar.

        ## Pasos
        1. Pida un certificado de residencia (atestado de residência) en la Junta de Freguesia.
        2. Vaya al centro de salud de su zona y pida el registro como usuario. Pregunte qué tipo de registro le han dado y guarde el número de usuario.
        3. Si tiene una solicitud pendiente en la AIMA, lleve el justificante y muéstrelo en el mostrador.
        4. En una emergencia, vaya a urgencias del hospital o llame al { $emergency-phone }, con o sin documentos.

        ## Documentos que debe llevar
        - Pasaporte u otro documento de identidad. Sin documento, diga igualmente su nombre y fecha de nacimiento: la urgencia no espera a los papeles.
        - Certificado de residencia de la Junta de Freguesia.
        - Justificante de la solicitud en la AIMA, si lo tiene.
        - Si no puede pagar: una declaración de falta de recursos (carência económica) de la Seguridad Social.

        ## Los servicios de salud y la AIMA
        - No hemos encontrado ninguna norma que obligue a los centros de salud o a los hospitales a avisar a la AIMA o a la policía de la situación de residencia de un paciente, ni un texto oficial que diga que nunca lo hacen.
        - Los médicos, enfermeros y demás profesionales sanitarios están obligados al secreto, y sus datos de salud están protegidos.
        - En marzo de 2025 una asociación (Humans Before Borders) advirtió que las nuevas normas del RNU permiten compartir datos con otras entidades, sin decir cuáles.
        - Si tiene dudas, pregunte en el centro de salud, a SNS 24 ({ $sns24-phone }), a la ERS o en un CNAI. No deje de buscar atención urgente por miedo.

        ## Si algo sale mal
        - Le negaron la atención: pida el motivo por escrito, escriba en el libro de reclamaciones (Livro de Reclamações) o presente una queja ante la ERS.
        - Recibió una factura que no puede pagar: hable con los servicios del hospital y con la Seguridad Social.
        - Para ayuda en su idioma: Línea de Apoyo a Migrantes (Linha de Apoio a Migrantes), { $lam-phone-landline } o { $lam-phone-mobile }, o un CNAI.
    .keywords = sin papeles, sin documentos, indocumentado, ilegal, irregular, situación irregular, situacion irregular, sin permiso de residencia, sin residencia, sin visado, visado caducado, visa vencida, esperando a la AIMA, trámite pendiente, inmigrante ilegal, puedo ir al médico, puedo ir al medico, puedo ir al hospital, hospital, centro de salud, SNS, número de usuario, numero de utente, tengo que pagar, pagar consulta, factura del hospital, denuncia, denunciar, policía, policia, el hospital avisa a la AIMA, secreto médico, confidencialidad, atestado da junta, registo em curso, registo incompleto, número de usuario provisional, urgencias, embarazada, vacunas, tuberculosis, VIH, sida, sanidad gratis
    .questions =
        estoy sin papeles puedo ir al hospital
        sanidad para inmigrantes irregulares en portugal
        no tengo permiso de residencia y me enfermé, me van a cobrar?
        el hospital avisa a la AIMA si estoy ilegal?
        tengo la manifestacion de interes pendiente, puedo usar la sanidad publica?
        vacunas y consultas gratis sin documentos
        embarazada sin papeles, puedo dar a luz en el hospital publico?
        tratamiento de VIH o tuberculosis sin residencia
        me llegó una factura del hospital y no puedo pagarla
        visa de turista vencida y necesito un medico

pregnancy-and-children-health = Embarazo y salud de los niños
    .summary = En el embarazo, las consultas en el centro de salud, los análisis, las ecografías y el parto en un hospital del SNS están garantizados, también para quien no tiene permiso de residencia. Las vacunas del Programa Nacional de Vacunación son gratis y los niños tienen controles regulares en el centro de salud.
    .body =
        La salud de las embarazadas y de los niños es una prioridad del Servicio Nacional de Salud (SNS). Esta atención no depende de la situación de los padres ante la AIMA.

        ## Durante el embarazo
        1. Apenas sepa que está embarazada, vaya al centro de salud de su zona y pida la consulta de control del embarazo (consulta de vigilância da gravidez).
        2. Le dan la libreta de salud de la embarazada (Boletim de Saúde da Grávida): llévela a todas las consultas, a los estudios y al parto.
        3. Las consultas, los análisis y las ecografías forman parte del control. Algunas ecografías se hacen en clínicas con convenio con el SNS, con la orden (requisição) del centro de salud.
        4. El centro de salud le puede dar un cheque-dentista para ir al dentista durante el embarazo.
        5. El parto se hace en un hospital del SNS. Antes de ir a urgencias de obstetricia, si no es una emergencia, llame al SNS 24 ({ $sns24-phone }), que atiende a embarazadas y le dice a qué hospital ir.

        Si trabaja, tiene derecho a faltar al trabajo para las consultas del embarazo sin perder el salario. Avise a su empleador y pida un justificante (declaração) en el centro de salud.

        ## Después del nacimiento
        - Registre al bebé en un plazo de { $birth-registration-days ->
            [one] { $birth-registration-days } día
           *[other] { $birth-registration-days } días
        }: en el hospital, si tiene el mostrador Nascer Cidadão, o en una oficina del Registro Civil (Conservatória do Registo Civil).
        - En los primeros días de vida se hace la prueba del talón (teste do pezinho), un análisis de sangre para detectar enfermedades raras.
        - Pida la primera consulta del bebé en el centro de salud y pida su número de usuario (número de utente).
        - Las ayudas en dinero, como el abono prenatal (abono pré-natal) y el subsidio parental (subsídio parental), se piden a la Seguridad Social.

        ## Vacunas
        - Las vacunas del Programa Nacional de Vacunación (Programa Nacional de Vacinação) son gratis para todos los niños y adultos, tengan o no permiso de residencia. Se ponen en el centro de salud.
        - Lleve los registros de vacunas de su país: el enfermero ve cuáles faltan y actualiza el carnet.

        ## Salud de los niños
        - Los niños tienen controles de salud infantil regulares en el centro de salud, con el médico y el enfermero de familia, aunque estén sanos.
        - Lleve siempre la libreta de salud infantil (Boletim de Saúde Infantil e Juvenil).
        - Niño enfermo: llame al SNS 24. Muchos hospitales tienen urgencias pediátricas (urgência pediátrica).

        ## Costos
        - El control del embarazo, el parto, las consultas de los niños y las vacunas del programa nacional son gratis, con o sin permiso de residencia.
        - En la farmacia puede tener que pagar una parte de los medicamentos recetados.

        ## Si algo sale mal
        - Le negaron la consulta: pida el motivo por escrito y escriba en el Libro de Reclamaciones (Livro de Reclamações) o a la Entidad Reguladora de la Salud (Entidade Reguladora da Saúde, ERS).
        - En una emergencia, durante el embarazo o con un niño, llame al { $emergency-phone }.
        - Para recibir ayuda en su idioma: Línea de Apoyo a Migrantes, { $lam-phone-landline } o { $lam-phone-mobile }.
    .keywords = embarazo, embarazada, estoy embarazada, embarasada, embarazo sin papeles, gestacion, gestación, prenatal, control prenatal, control de embarazo, consulta de embarazo, ecografia, ecografía, eco, ultrasonido, ultrasonido gratis, analisis, análisis, estudios, parto, dar a luz, tener el bebe, tener al bebé, maternidad, obstetricia, ginecologo, ginecólogo, urgencia obstetrica, libreta de embarazada, boletim da gravida, cheque dentista, cheque-dentista, bebe, bebé, recien nacido, recién nacido, prueba del talon, prueba del talón, tamiz neonatal, teste do pezinho, registrar al bebe, inscribir al bebe, registro de nacimiento, partida de nacimiento, acta de nacimiento, nascer cidadao, vacunas, vacuna, vacunacion, vacunación, carnet de vacunas, cartilla de vacunacion, calendario de vacunas, PNV, pediatra, pediatria, urgencia pediatrica, niño enfermo, hijo enfermo, control niño sano, salud infantil, planificacion familiar, anticonceptivos, pastilla, aborto, IVE, IVG, abono prenatal, licencia por maternidad, gravidez, grávida
    .questions =
        embarazada sin documentos tengo derecho a control prenatal
        seguimiento del embarazo en el centro de salud
        ecografias del embarazo gratis en portugal?
        vacunas obligatorias para niños en portugal
        calendario de vacunas de portugal, mi hijo viene de venezuela
        parto en hospital publico cuanto cuesta siendo extranjera
        controles del bebé en el centro de salud
        pediatra para mi hijo como pedir consulta
        a mi hijo le faltan vacunas, donde lo vacuno gratis?
        despues del parto como registro al bebé en el SNS
