# Salud: número de usuario, centro de salud, urgencias y línea SNS 24.

sns-user-number = Número de usuario del SNS (número de utente)
    .summary = El número de usuario (número de utente) le da acceso al Servicio Nacional de Salud (SNS): consultas en el centro de salud, médico de familia, vacunas y recetas. Se pide en el centro de salud de la zona donde vive, también sin permiso de residencia. La atención urgente nunca se niega, aunque no tenga número de usuario.
    .body =
        El número de usuario (número de utente) es su número en el Servicio Nacional de Salud (Serviço Nacional de Saúde, SNS). Con él puede pedir consultas en el centro de salud, pedir un médico de familia, vacunarse, recibir recetas y usar el SNS 24 en internet ({ $sns24-web }) y en la aplicación.

        ## Quién lo puede pedir
        - Quien vive en Portugal y tiene permiso o título de residencia.
        - Quien vive en Portugal y todavía no tiene permiso de residencia, o está esperando a la AIMA. En este caso la inscripción puede ser temporal, hasta que presente el título de residencia.
        - Los niños, sea cual sea la situación de los padres.

        ## Pasos
        1. Averigüe cuál es el centro de salud (centro de saúde, o la Unidade de Saúde Familiar, USF) de la zona de su domicilio. Puede preguntar en la junta de su barrio (Junta de Freguesia) o al SNS 24, en el { $sns24-phone }.
        2. Vaya al mostrador de atención (secretariado clínico) de ese centro de salud y pida la inscripción como usuario.
        3. Muestre los documentos y verifique que sus datos y su dirección queden bien.
        4. Guarde el papel con el número de usuario.
        5. Pida también un médico de familia. Si no hay ningún médico libre, queda en lista de espera, pero igual puede tener consultas en el centro de salud.

        ## Documentos que debe llevar
        - Pasaporte o título de residencia. Si lo tiene, lleve también el comprobante de su pedido en la AIMA.
        - Comprobante de domicilio: contrato de alquiler (contrato de arrendamento) o certificado de residencia de la Junta de Freguesia (atestado de residência). Sin permiso de residencia, el certificado de la Junta es el documento que más piden.
        - Para un niño: el documento del niño y el de uno de los padres.

        ## Costos
        - La inscripción es gratis.
        - Las consultas en el centro de salud no pagan tasa moderadora (taxa moderadora, el copago).
        - Quien todavía no tiene permiso de residencia puede, en algunos casos, tener que pagar la atención que no es urgente. Pregunte en el mostrador antes de la consulta.

        ## La urgencia nunca se niega
        En una emergencia llame al { $emergency-phone } o vaya a urgencias del hospital. La atención urgente no se le niega a nadie: ni a quien no tiene número de usuario, ni a quien no tiene documentos o permiso de residencia.

        ## Si algo sale mal
        - Le negaron la inscripción: pida el motivo por escrito y el nombre del servicio. Vuelva con el certificado de residencia de la Junta de Freguesia.
        - Pida ayuda a la Línea de Apoyo a Migrantes, { $lam-phone-landline } o { $lam-phone-mobile }, o en un CNAI.
        - También puede escribir en el Libro de Reclamaciones (Livro de Reclamações) del centro de salud.
        - Se mudó: pida el traslado de su inscripción al centro de salud de la nueva zona.
    .keywords = numero de utente, número de utente, utente, numero de usuario, número de usuario, numero de usuario sns, tarjeta sanitaria, tarjeta de salud, carnet de salud, cartao de utente, cartão de utente, SNS, sns, servicio nacional de salud, serviço nacional de saúde, salud, salud publica, centro de salud, centro de saude, centro de saúde, consultorio, ambulatorio, CAP, USF, medico de familia, médico de familia, medico de cabecera, medico, médico, doctor, doctora, inscripcion, inscripción, inscribirme en el centro de salud, anotarme en el centro de salud, registrarme, consulta, turno medico, vacunas, receta, recetas, sin papeles, sin documentos, indocumentado, atestado, atestado de residencia, junta de freguesia, EPS, seguro social, obra social

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

health-without-papers = Salud sin permiso de residencia
    .summary = Quien vive en Portugal sin permiso de residencia también puede usar el Servicio Nacional de Salud (SNS). La urgencia, el embarazo y el parto, la atención a los niños, las vacunas y las enfermedades contagiosas están garantizados; otras atenciones se pueden cobrar. Los profesionales de la salud tienen obligación de guardar secreto.
    .body =
        La Ley de Bases de la Salud (Lei de Bases da Saúde) incluye a los migrantes, con o sin papeles en regla, entre los beneficiarios del SNS. Sin permiso de residencia, el acceso tiene reglas propias, y a nadie se le puede negar la atención urgente.

        ## Atención garantizada
        Según las reglas del Ministerio de Salud (Ministério da Saúde), esta atención no se niega y no se cobra:
        - la atención urgente y la que salva vidas;
        - las enfermedades contagiosas que son un peligro para la salud pública, como la tuberculosis o el VIH/sida;
        - el embarazo, el parto y el posparto, la planificación familiar, la interrupción voluntaria del embarazo y la atención al recién nacido;
        - la atención a niños y jóvenes menores de edad que viven en Portugal;
        - las vacunas del Programa Nacional de Vacunación (Programa Nacional de Vacinação);
        - la atención a personas en exclusión social o sin recursos, con la falta de recursos (carência económica) confirmada por la Seguridad Social.

        ## Otras atenciones
        - Las consultas y los estudios fuera de esta lista se pueden cobrar según los precios del SNS. La factura puede llegar más tarde.
        - Las reglas sobre lo que se paga no están claras: el { $health-ers-clarification-date } la Entidad Reguladora de la Salud (Entidade Reguladora da Saúde, ERS) pidió al Ministerio de Salud que las aclarara. Antes de una consulta que no es urgente, pregunte en el mostrador si la tiene que pagar.

        ## Pasos
        1. Pida un certificado de residencia (atestado de residência) en la Junta de Freguesia. Si es su caso, pida que diga que vive en Portugal desde hace más de { $health-undocumented-min-days ->
            [one] { $health-undocumented-min-days } día
           *[other] { $health-undocumented-min-days } días
        }.
        2. Vaya al centro de salud de la zona donde vive y pida el registro como usuario (utente). Sin permiso de residencia, el registro queda "em curso" (en trámite) o "incompleto", pero le dan un número de usuario.
        3. Si tiene un pedido pendiente en la AIMA, lleve el comprobante y muéstrelo en el mostrador.
        4. En una emergencia, vaya a urgencias del hospital o llame al { $emergency-phone }, con o sin documentos.

        ## Documentos que debe llevar
        - Pasaporte u otro documento de identidad. Si no tiene ningún documento, igual diga su nombre y su fecha de nacimiento: la urgencia no espera papeles.
        - Certificado de residencia de la Junta de Freguesia.
        - Comprobante del pedido en la AIMA, si lo tiene.
        - Si no tiene con qué pagar: una declaración de falta de recursos (declaração de carência económica) de la Seguridad Social.

        ## Confidencialidad
        - Los médicos, enfermeros y demás profesionales de la salud tienen la obligación de guardar el secreto profesional, y sus datos de salud están protegidos.
        - El trabajo del SNS es curar, no controlar la situación migratoria. No deje de buscar atención por miedo.

        ## Si algo sale mal
        - Le negaron la atención: pida el motivo por escrito, escriba en el Libro de Reclamaciones (Livro de Reclamações) o presente una queja ante la ERS.
        - Le llegó una factura que no puede pagar: hable con los servicios del hospital y con la Seguridad Social.
        - Para recibir ayuda en su idioma: Línea de Apoyo a Migrantes, { $lam-phone-landline } o { $lam-phone-mobile }, o un CNAI.
    .keywords = sin papeles, sin documentos, indocumentado, indocumentada, ilegal, irregular, situacion irregular, sin residencia, sin permiso de residencia, sin titulo de residencia, sin visa, visa vencida, esperando a la aima, proceso pendiente, inmigrante ilegal, puedo ir al medico, puedo ir al médico, puedo ir al hospital, me atienden sin papeles, atencion medica sin papeles, hospital, centro de salud, centro de saude, SNS, sns, tengo que pagar, cuanto cuesta la consulta, factura del hospital, cuenta del hospital, me van a denunciar, denuncia, policia, policía, la aima se entera, me deportan, deportacion, secreto medico, secreto profesional, confidencial, atestado de la junta, registro incompleto, numero de utente provisional, urgencia, urgencias, tuberculosis, VIH, HIV, sida, salud gratis, salud gratuita, sem papéis, sem autorização de residência

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
