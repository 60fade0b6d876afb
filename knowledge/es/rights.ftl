# Derechos: asistencia jurídica, discriminación, violencia doméstica, trata de personas y derechos de todos.

legal-aid = Asistencia jurídica gratuita y abogado de oficio
    .summary = Quien no tiene dinero para pagar un abogado o los gastos de un juicio puede pedir protección jurídica (proteção jurídica) a la Seguridad Social. Si se la aprueban, el Colegio de Abogados (Ordem dos Advogados) le asigna un abogado para su caso.
    .body =
        La protección jurídica (proteção jurídica) es una ayuda del Estado para quien no puede pagar un abogado o los gastos de un juicio. El pedido lo decide la Seguridad Social (Ley 34/2004). El abogado lo asigna el Colegio de Abogados (Ordem dos Advogados).

        ## Qué puede pedir
        - Consulta jurídica: una reunión con un abogado sobre un caso concreto, por ejemplo un despido, un desalojo o una deuda.
        - Asistencia jurídica (apoio judiciário), para un juicio en un tribunal, en un juzgado de paz (julgado de paz) o en algunos trámites en las oficinas de registro (conservatórias): asignación y pago de un abogado de oficio (el "patrono"), exención de la tasa de justicia (taxa de justiça) y de los demás gastos del juicio, o pago de esos gastos en cuotas.

        ## Quién la puede pedir
        - Quien demuestra que no puede pagar. La Seguridad Social cuenta los ingresos y los bienes de todo el hogar (agregado familiar).
        - Extranjeros con título de residencia vigente en un país de la Unión Europea.
        - Extranjeros sin título de residencia: solo si la ley de su país da el mismo derecho a los portugueses. Confirme su caso en la Seguridad Social.
        - Si usted es acusado (arguido) en un proceso penal y no tiene abogado, le asignan un defensor. Después puede pedir asistencia jurídica para no tener que pagarlo.

        ## Pasos
        1. Llene la solicitud de protección jurídica (requerimento de proteção jurídica). Puede entregarla en la Segurança Social Direta, por correo o en una oficina de la Seguridad Social, con cita pedida al { $ss-appointment-phone } o al { $ss-appointment-phone-alt }.
        2. Elija el tipo de ayuda y adjunte los documentos. Si ya hay un juicio, indique el tribunal y el número del proceso. Guarde el comprobante de entrega.
        3. Si pidió abogado y tiene un plazo corriendo en un juicio, entregue enseguida en el tribunal el comprobante del pedido. Así el plazo se interrumpe hasta que le asignen el abogado.
        4. La Seguridad Social tiene que decidir en { $legal-aid-decision-days ->
            [one] { $legal-aid-decision-days } día
           *[other] { $legal-aid-decision-days } días
        }. Si no responde en ese plazo, el pedido se considera aprobado ("deferimento tácito", aprobación por silencio).
        5. Si se lo aprueban, el Colegio de Abogados elige el abogado y le envía el nombre y el contacto. Usted no lo puede elegir.

        ## Documentos
        - Documento de identidad y título de residencia, si lo tiene.
        - NIF y NISS. La solicitud pide el NISS: si no lo tiene, pídalo primero.
        - Comprobantes de ingresos (recibos de sueldo, declaración de la renta o IRS) y del alquiler de la vivienda.
        - Los papeles del caso: cartas, contratos, notificaciones del tribunal.

        ## Costos
        El pedido es gratis. Con ayuda total, no paga ni el abogado ni los gastos del juicio. Con ayuda parcial, paga una parte en cuotas.

        ## Si algo sale mal
        - Le negaron el pedido: la carta con la decisión explica cómo impugnarla (impugnação). El plazo es corto: léala enseguida.
        - Tiene un problema serio con el abogado asignado: explique el motivo al Colegio de Abogados y pida que lo cambien.
        - Dudas sobre el pedido: Seguridad Social, { $ss-phone } o { $ss-phone-alt } ({ $ss-hours }).
        - Ayuda en su idioma: Línea de Apoyo a Migrantes, { $lam-phone-landline } o { $lam-phone-mobile }.
    .keywords = asistencia juridica, asistencia jurídica, asistencia juridica gratuita, ayuda legal, asesoria legal, asesoría legal, asesoria juridica, abogado gratis, abogado gratuito, abogado de oficio, abogado del estado, abogado publico, defensor publico, defensor público, defensoria publica, defensoría pública, justicia gratuita, beneficio de litigar sin gastos, patrono, consulta juridica, consulta con abogado, no tengo plata para abogado, no tengo dinero para un abogado, necesito abogado, abogado, abogada, avogado, licenciado, tasa de justicia, costas, tribunal, juicio, juzgado, demanda, proceso, colegio de abogados, ordem dos advogados, seguridad social, seguranca social, apoio judiciário, proteção jurídica, lawyer
    .questions =
        abogado gratis en portugal
        abogado de oficio como pedirlo
        asistencia juridica gratuita seguridad social
        no tengo dinero para abogado y la AIMA me negó la residencia
        inmigrante sin papeles puede pedir proteccion juridica?
        pagar las costas del juicio en cuotas
        documentos para pedir apoyo judicial
        me negaron el abogado gratuito
        consulta juridica gratis

discrimination-complaint = Queja por discriminación racial o étnica
    .summary = En Portugal está prohibido discriminar a alguien por el color de su piel, su origen étnico o su nacionalidad. La CICDR es el organismo responsable de las quejas, pero al { $cicdr-status-date } todavía no las estaba tramitando: hay otras vías que funcionan, como la ACT, la policía, el Ministerio Público y la APAV.
    .body =
        La Ley 93/2017 (Lei 93/2017) prohíbe la discriminación por origen racial o étnico, color de piel, nacionalidad, ascendencia o territorio de origen. Vale en el trabajo, al buscar vivienda, en la salud, en la escuela, en tiendas, bares y otros servicios, y también en los servicios públicos.

        ## Ejemplos
        - Que se nieguen a alquilarle una vivienda "porque es extranjero" o por el color de su piel.
        - Que no lo dejen entrar en un bar o en una tienda, o que lo atiendan peor que a los demás.
        - Que le paguen menos que a sus compañeros por el mismo trabajo por su origen.
        - Insultos o amenazas racistas, también en las redes sociales.

        ## La CICDR
        La Comisión para la Igualdad y contra la Discriminación Racial (Comissão para a Igualdade e Contra a Discriminação Racial, CICDR) recibe las quejas y puede poner multas (coimas). Funcionaba dentro del Alto Comisionado para las Migraciones (ACM), que desapareció cuando se creó la AIMA, el { $sef-abolished }. La CICDR pasó a funcionar junto a la Asamblea de la República (Assembleia da República), el Parlamento.
        - Al { $cicdr-status-date } la CICDR todavía no tenía servicios de atención y las quejas no se estaban tramitando.
        - El correo electrónico y la dirección antiguos del ACM ya no funcionan. No envíe quejas allí.
        - Antes de presentar una queja ante la CICDR, pregunte a la Línea de Apoyo a Migrantes si la comisión ya recibe quejas y por qué medio.

        ## Vías que funcionan
        - Discriminación en el trabajo: queja ante la ACT (Autoridade para as Condições do Trabalho), { $act-phone } o en { $act-web }, en "Queixas e denúncias" (quejas y denuncias). Puede ser anónima.
        - Agresiones, amenazas, insultos racistas o incitación al odio pueden ser delito: presente una denuncia en la PSP, en la GNR, en la Polícia Judiciária o en el Ministerio Público (Ministério Público). Si está en peligro, llame al { $emergency-phone }.
        - En una tienda, restaurante, banco u otro servicio: pida el Libro de Reclamaciones (Livro de Reclamações), en papel o en su versión electrónica.
        - Apoyo a la víctima: la APAV tiene una unidad para víctimas migrantes y de discriminación. Línea { $apav-phone }, gratis ({ $apav-hours }).

        ## Pasos
        1. Escriba enseguida lo que pasó: día, hora, lugar, qué se dijo o qué se hizo, y quién.
        2. Guarde pruebas: mensajes, correos, anuncios, fotos, grabaciones y los contactos de testigos.
        3. Elija la vía adecuada para su caso y presente la queja. Pida siempre el comprobante.
        4. Si necesita abogado y no lo puede pagar, pida protección jurídica a la Seguridad Social.

        ## Si algo sale mal
        - La policía no quiere recibir la denuncia: entréguela por escrito en el Ministerio Público, en el tribunal de su zona.
        - No sabe por dónde empezar: llame a la APAV o a la Línea de Apoyo a Migrantes, { $lam-phone-landline } o { $lam-phone-mobile }.
    .keywords = discriminacion, discriminación, discriminasion, descriminacion, me discriminaron, racismo, racista, xenofobia, xenófobo, xenofobo, prejuicio, color de piel, negro, negra, gitano, etnico, étnico, racial, CICDR, cicdr, comision contra la discriminacion, queja, denuncia, denunciar, reclamacion, reclamación, libro de reclamaciones, livro de reclamações, livro de reclamacoes, insulto, insultos, ofensa, odio, discurso de odio, delito de odio, no me dejaron entrar, no me quieren alquilar, no me alquilan por extranjero, por ser extranjero, por ser latino, por ser sudaca, por ser africano, por ser brasileño, APAV, ACT, ministerio publico, ministério público, discriminação
    .questions =
        me discriminaron por ser latino
        racismo en el trabajo donde denunciar
        queja CICDR
        no me alquilaron un piso por ser negro
        insultos racistas en la calle, puedo denunciar?
        discriminacion en una oficina publica
        xenofobia contra inmigrantes denuncia
        la policia me trató mal por mi color de piel
        APAV ayuda discriminacion racial
        no me dejaron entrar a la discoteca por mi origen

domestic-violence = Violencia doméstica: ayuda y protección
    .summary = La violencia doméstica es un delito público en Portugal y las víctimas tienen derecho a protección, también las que no tienen permiso de residencia. Si está en peligro, llame al { $emergency-phone }. Para recibir apoyo, llame al { $dv-phone }, gratis y a cualquier hora, o envíe un SMS al { $dv-sms }.
    .body =
        La violencia doméstica no es solo pegar. También es amenazar, humillar, controlar su dinero o su celular, quitarle los documentos, prohibirle salir o hablar con su familia, u obligarle a tener relaciones sexuales. Puede venir del esposo o de la esposa, del novio o la novia, de una expareja o de otra persona de la familia, aunque no vivan juntos.

        ## Si está en peligro ahora
        - Llame al { $emergency-phone }. Es gratis. Diga dónde está.
        - Si puede, vaya a un lugar seguro: la casa de alguien de confianza, una tienda o una comisaría (esquadra) de la policía.

        ## Líneas de apoyo
        - Servicio de Información a Víctimas de Violencia Doméstica, de la CIG (Comissão para a Cidadania e a Igualdade de Género): { $dv-phone }, gratis, a cualquier hora, todos los días. Es anónimo y confidencial. También por SMS al { $dv-sms }, gratis.
        - APAV (Associação Portuguesa de Apoio à Vítima): { $apav-phone }, gratis ({ $apav-hours }).
        - Estos servicios le ayudan a hacer un plan de seguridad y lo derivan a apoyo psicológico, jurídico y a una casa de acogida (casa de abrigo).
        - Si no habla bien portugués, diga enseguida qué idioma habla.

        ## Presentar una denuncia
        - Como es un delito público, la denuncia la puede hacer la víctima o cualquier persona que sepa del delito. El proceso sigue aunque la víctima cambie de opinión.
        - Presente la denuncia en la PSP, en la GNR, en la Polícia Judiciária o en el Ministerio Público (Ministério Público).
        - Con la denuncia recibe el estatuto de víctima (estatuto de vítima): un documento que dice cuáles son sus derechos.

        ## Sus derechos
        - Información sobre el proceso en un idioma que entienda, con intérprete si hace falta.
        - Protección: el tribunal puede sacar al agresor de la casa y prohibirle acercarse o contactarla.
        - Alojamiento gratis en una casa de acogida, con sus hijos, en un lugar secreto.
        - Abogado: puede pedir protección jurídica a la Seguridad Social.
        - En el trabajo: faltas justificadas por causa de la violencia y la posibilidad de pedir un cambio de lugar de trabajo.

        ## Si su permiso de residencia depende del agresor
        - Quien vino por reagrupación familiar puede tener miedo de perder la residencia. La Ley de Extranjeros (Lei de Estrangeiros) permite dar un permiso de residencia autónomo (solo suyo) antes del tiempo normal, por ejemplo cuando el Ministerio Público acusa al agresor de violencia doméstica.
        - Guarde copias de sus documentos en un lugar seguro. Si el agresor se quedó con su pasaporte, dígalo a la policía.
        - Antes de hacer el trámite en la AIMA, pida consejo a la APAV o a la Línea de Apoyo a Migrantes, { $lam-phone-landline } o { $lam-phone-mobile }.

        ## Si algo sale mal
        - No le recibieron la denuncia: vaya al Ministerio Público, en el tribunal de su zona.
        - Más información: { $cig-web }.
    .keywords = violencia domestica, violencia doméstica, violencia de genero, violencia de género, violencia intrafamiliar, violencia familiar, violencia, maltrato, malos tratos, maltrato familiar, agresion, agresión, agresor, me pega, mi marido me pega, mi esposo me pega, mi pareja me pega, mi novio me pega, golpes, me golpea, pareja violenta, abuso, amenazas, me amenaza, miedo, tengo miedo, casa de acogida, refugio, albergue, casa de abrigo, estatuto de victima, victima, víctima, CIG, APAV, apav, linea violencia domestica, sms, { $dv-phone }, { $dv-sms }, denuncia, denunciar, policia, policía, violacion, violación, abuso sexual, residencia autonoma, reagrupacion familiar, ayuda urgente, socorro, auxilio, femicidio, violência doméstica
    .questions =
        violencia domestica que hago
        mi marido me pega y tengo miedo
        telefono de ayuda violencia de genero portugal
        mi residencia depende de mi esposo maltratador, si lo dejo pierdo los papeles?
        casa de acogida para mujeres maltratadas
        denuncia por violencia domestica en la policia
        soy inmigrante sin papeles y mi pareja me agrede, puedo pedir ayuda?
        SMS para pedir ayuda por violencia
        mi novio me controla y me amenaza, es violencia domestica?
        estatuto de victima derechos

human-trafficking = Trata de personas y trabajo forzoso
    .summary = Si alguien lo obliga a trabajar, le quitó los documentos o lo tiene atrapado con una deuda que nunca termina, puede ser víctima de trata de personas (tráfico de pessoas). Llame al { $trafficking-phone }, a cualquier hora y de forma anónima, o al { $emergency-phone } si está en peligro. Las víctimas tienen protección y pueden recibir permiso de residencia.
    .body =
        La trata de personas (tráfico de pessoas) es un delito grave. Ocurre cuando alguien recluta, traslada o aloja a una persona, con engaños, amenazas, violencia o aprovechándose de su situación, para explotarla: trabajo forzoso, explotación sexual, mendicidad, matrimonio forzado u obligarla a cometer delitos. Le puede pasar también a quien aceptó venir y entró con visa.

        ## Señales de alarma
        - Se quedaron con su pasaporte o su título de residencia.
        - Tiene una deuda por el viaje, el alojamiento o los "papeles" que nunca termina.
        - Trabaja muchas horas sin cobrar, o cobra mucho menos de lo que le prometieron.
        - No puede salir del trabajo o de la casa, o lo vigilan todo el tiempo.
        - Lo amenazan a usted o a su familia, o le dicen que la policía lo va a detener por no tener papeles.
        - Vive en el lugar de trabajo en malas condiciones y le descuentan todo del salario.

        ## Pedir ayuda
        - Línea de apoyo a víctimas de trata: { $trafficking-phone }, a cualquier hora, anónima. La llamada cuesta como una llamada a un celular.
        - Equipos especializados de cada región (EME), también a cualquier hora: Norte { $trafficking-eme-north-phone }, Centro { $trafficking-eme-centre-phone }, Alentejo { $trafficking-eme-alentejo-phone }, Lisboa { $trafficking-eme-lisbon-phone }, Algarve { $trafficking-eme-algarve-phone }.
        - Si está en peligro: { $emergency-phone }. La investigación la hace la Polícia Judiciária; también puede ir a la PSP o a la GNR.
        - Explotación en el trabajo: la ACT recibe denuncias, también anónimas, al { $act-phone } o en { $act-web }.
        - APAV: { $apav-phone }, gratis.

        ## Protección para las víctimas
        - Alojamiento seguro, comida, atención de salud urgente, apoyo psicológico, intérprete y apoyo jurídico.
        - Un período de reflexión de { $trafficking-reflection-min-days } a { $trafficking-reflection-max-days } días para recuperarse y decidir si quiere colaborar con la investigación. Durante ese tiempo no lo pueden expulsar del país.
        - Haber entrado sin visa o haber trabajado sin permiso no impide esta protección.

        ## Permiso de residencia
        - La AIMA da permiso de residencia a las víctimas de trata, aunque hayan entrado de forma ilegal (artículo 109 de la Ley de Extranjeros, Lei de Estrangeiros). El trámite empieza cuando la policía o el Ministerio Público comunican el caso a la AIMA.
        - Por regla general, la víctima tiene que colaborar con la investigación y cortar la relación con los sospechosos. La ley también permite darlo sin colaboración, cuando la situación personal de la víctima lo justifica, por ejemplo por razones de seguridad, de salud o de familia.
        - El permiso vale { $trafficking-permit-years ->
            [one] { $trafficking-permit-years } año
           *[other] { $trafficking-permit-years } años
        } y se puede renovar.

        ## Si algo sale mal
        - Tiene miedo de hablar con la policía: llame primero a la línea { $trafficking-phone } o a la APAV. Le explican los pasos y lo pueden acompañar.
        - Conoce a alguien en esta situación: puede llamar por esa persona, sin dar su nombre.
        - Más información: Observatorio de la Trata de Seres Humanos (Observatório do Tráfico de Seres Humanos), { $otsh-web }.
    .keywords = trata de personas, trata, trata de blancas, trafico de personas, tráfico de personas, trafico humano, tráfico humano, tráfico de pessoas, traficante, tratante, trabajo forzoso, trabajo forzado, trabajo esclavo, esclavitud, esclavo, explotacion, explotación, explotacion laboral, explotación laboral, explotacion sexual, prostitucion forzada, prostitución forzada, me quitaron el pasaporte, se quedaron con mi pasaporte, el patron tiene mis documentos, deuda, me cobran la deuda, no me dejan salir, estoy encerrado, no me pagan, engaño, me engañaron, promesa de trabajo, oferta falsa, enganchador, captador, coyote, mafia, OTSH, EME, linea trata, { $trafficking-phone }, victima, víctima, residencia para victimas
    .questions =
        el jefe se quedó con mi pasaporte
        trata de personas denuncia portugal
        trabajo forzado en el campo en el alentejo
        me prometieron trabajo y ahora tengo una deuda que nunca termino de pagar
        no me dejan salir del alojamiento del trabajo
        linea de ayuda victimas de trata
        victima de trata permiso de residencia
        explotacion sexual ayuda
        al llegar a portugal me quitaron los documentos
        trabajo sin sueldo y me amenazan con denunciarme a la policia

rights-regardless-of-status = Derechos de todos, con o sin papeles
    .summary = Aunque no tenga permiso de residencia, usted tiene derechos en Portugal: atención de salud urgente, escuela para los niños, salario y seguridad en el trabajo, y protección si es víctima de un delito. Sepa dónde pedir cada uno.
    .body =
        Algunos derechos no dependen de tener permiso de residencia ni de tener resuelto su proceso en la AIMA. Valen también para quien espera una decisión, para quien tiene el título vencido y para quien nunca tuvo papeles.

        ## Salud
        - La atención urgente nunca se niega, con o sin documentos. Emergencias: { $emergency-phone }.
        - Sin permiso de residencia, el centro de salud sigue dando número de usuario, pero el registro queda "em curso" (en curso) o "incompleto" (Entidad Reguladora de la Salud, ERS, { $health-ers-faq-date }). Lleve el certificado de residencia de la Junta de Freguesia (atestado de residência).
        - El embarazo y el parto, la atención a los niños, las vacunas y las enfermedades contagiosas se atienden sea cual sea su situación. Otra atención puede cobrarse: pregunte antes de la consulta.
        - No hemos encontrado ninguna norma que obligue a los servicios de salud a avisar a la AIMA o a la policía.
        - Para dudas de salud, llame al SNS 24: { $sns24-phone }.

        ## Escuela
        - Todos los niños y jóvenes pueden ir a la escuela pública, sea cual sea la situación de los padres.
        - Haga la matrícula en la escuela o en la agrupación de escuelas (agrupamento de escolas) de la zona donde vive. No tener permiso de residencia no es motivo para negar la matrícula.

        ## Trabajo
        - Quien trabaja tiene derecho al salario acordado, nunca por debajo del salario mínimo ({ $minimum-wage } al mes a tiempo completo), a horarios legales, a descanso y a condiciones seguras. Esto vale aunque no tenga contrato por escrito ni permiso de residencia.
        - Si tiene un accidente de trabajo, tiene derecho a tratamiento. El empleador está obligado a tener seguro.
        - Sueldos atrasados, abusos o peligro en el trabajo: queja ante la ACT, { $act-phone } o { $act-web }. Puede ser anónima.

        ## Justicia y protección
        - Si es víctima de un delito, puede presentar una denuncia en la PSP, en la GNR o en el Ministerio Público (Ministério Público).
        - Las víctimas de violencia doméstica ({ $dv-phone }) y de trata de personas ({ $trafficking-phone }) tienen protección y apoyo propios.
        - Si tiene miedo de volver a su país por persecución o por una guerra, puede pedir asilo. Mientras se analiza el pedido, tiene derechos.
        - Asistencia jurídica del Estado: quien no tiene título de residencia solo la puede pedir si su país da el mismo derecho a los portugueses. En los CNAI y en asociaciones de inmigrantes puede recibir información gratis.

        ## Dónde pedir ayuda
        - Línea de Apoyo a Migrantes: { $lam-phone-landline } (desde teléfono fijo) o { $lam-phone-mobile } (desde celular o móvil), { $lam-hours }.
        - CNAI en Lisboa ({ $cnai-lisboa-address }), en Oporto, en Faro y en Beja, y los centros locales de apoyo a migrantes (CLAIM) en muchas municipalidades.

        ## Cuidado
        - Nadie se puede quedar con su pasaporte. No se lo entregue al patrón ni a intermediarios.
        - Desconfíe de quien cobra por "arreglar los papeles" o vende citas en la AIMA: las citas son gratis.
        - Guarde copias de todos los documentos, contratos, recibos y mensajes de trabajo.
    .keywords = sin papeles, sin documentos, indocumentado, indocumentada, ilegal, irregular, sin visa, sin residencia, titulo vencido, título vencido, residencia vencida, visa vencida, derechos, mis derechos, que derechos tengo, tengo derechos, derechos del inmigrante, derechos de los inmigrantes, salud sin papeles, medico sin papeles, escuela sin papeles, matricula, matrícula, hijos escuela, trabajar sin papeles, trabajo sin papeles, salario, sueldo, ACT, queja, denuncia, urgencia, urgencias, hospital, centro de salud, asilo, refugiado, policia, policía, me pueden deportar, deportacion, expulsion, me pueden echar del pais, derecho a medico, CNAI, CLAIM, linea de apoyo, sem papéis
    .questions =
        que derechos tengo sin papeles en portugal
        inmigrante ilegal derechos
        estoy irregular, mis hijos pueden ir a la escuela?
        sin documentos puedo ir al medico y cobrar mi sueldo?
        me robaron y no tengo residencia, puedo ir a la policia?
        derechos de los inmigrantes indocumentados
        el patron dice que sin papeles no tengo derecho a salario
        la policia me puede detener por no tener visa?
        donde pido ayuda si estoy en situacion irregular
