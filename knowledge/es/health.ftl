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
