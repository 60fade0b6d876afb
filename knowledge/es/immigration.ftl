# Inmigración: permisos de residencia, visas y AIMA.
# Traducción al español del texto fuente en portugués.

residence-permit-work = Permiso de residencia para trabajar
    .summary = Para vivir y trabajar en Portugal, como empleado o por cuenta propia, necesita un permiso de residencia (autorização de residência), que se pide a la AIMA. Desde 2024 tiene que llegar con una visa de residencia: ya no es posible regularizarse con un contrato después de entrar como turista.
    .body =
        El permiso de residencia (autorização de residência, también llamado "título de residência") es el documento que le permite vivir y trabajar en Portugal. Lo tramita la AIMA (Agência para a Integração, Migrações e Asilo), que reemplazó al antiguo SEF el { $sef-abolished }.

        ## Qué cambió
        - Desde el { $manifestation-of-interest-ended } se terminó la "manifestação de interesse" (manifestación de interés): ya no se puede pedir la residencia solo con un contrato de trabajo después de entrar sin visa. Los trámites que ya estaban pendientes siguen adelante.
        - Con la Ley 61/2025 (Lei 61/2025), vigente desde el { $foreigners-law-2025-in-force }, la visa para buscar trabajo quedó limitada a personas altamente calificadas.

        ## Quién lo puede pedir
        - Empleados (trabajo por cuenta ajena) con contrato o promesa de contrato de trabajo.
        - Trabajadores por cuenta propia (independientes) con la actividad dada de alta en Finanças, la oficina de impuestos.
        - En los dos casos hay que haber entrado con una visa de residencia para trabajar, emitida por el consulado de Portugal en su país.

        ## Pasos
        1. Pida la visa de residencia para trabajar en el consulado portugués del país donde vive.
        2. Entre en Portugal con esa visa. Normalmente la cita en la AIMA se agenda sola cuando se emite la visa.
        3. Vaya a la AIMA el día de la cita, con los documentos originales.
        4. Pague la tasa y espere la decisión. La tarjeta de residencia llega por correo a la dirección que usted indicó.

        ## Documentos que debe llevar
        - Pasaporte vigente con la visa de residencia.
        - Contrato de trabajo, promesa de contrato o, si es independiente, la declaración de inicio de actividad (declaração de início de atividade).
        - Número de contribuyente (NIF) y número de la Seguridad Social (NISS).
        - Comprobante de vivienda y de medios de subsistencia (que tiene con qué vivir).
        - Certificado de antecedentes penales de su país de origen.

        ## Cuánto cuesta y cuánto dura
        La AIMA actualizó la tabla de tasas (noticia del { $aima-fee-table-updated }); confirme el valor actual en { $aima-web }. El primer permiso suele valer { $residence-permit-first-years ->
            [one] { $residence-permit-first-years } año
           *[other] { $residence-permit-first-years } años
        } y se puede renovar.

        ## Si le deniegan la solicitud
        Decide la AIMA. Antes de denegar, la AIMA tiene que enviarle un proyecto de decisión con los motivos (projeto de indeferimento): es la audiencia previa (audiência prévia). Suele tener { $prior-hearing-working-days ->
            [one] { $prior-hearing-working-days } día hábil
           *[other] { $prior-hearing-working-days } días hábiles
        } para responder por escrito, explicarse y aportar los documentos que faltan. Responda siempre dentro del plazo que indica la carta: sin respuesta, la denegación suele volverse definitiva.

        La decisión final de denegación tiene que indicar los motivos, que puede impugnarla ante un tribunal y en qué plazo. Puede:
        - reclamar ante la propia AIMA (reclamação; el plazo general es de { $administrative-complaint-days ->
            [one] { $administrative-complaint-days } día
           *[other] { $administrative-complaint-days } días
        }) o recurrir ante el superior de quien decidió (recurso hierárquico);
        - impugnar la decisión ante el tribunal administrativo (tribunal administrativo), dentro del plazo indicado en la decisión.

        La denegación puede venir con una notificación para salir voluntariamente de Portugal en poco tiempo. Busque enseguida un abogado; si no puede pagarlo, pida asistencia jurídica gratuita (apoio judiciário) a la Segurança Social. Estos plazos vienen de resúmenes de la ley hechos por abogados y periodistas, consultados en diciembre de 2026, y no del texto oficial: confírmelos en la carta que recibió, con la AIMA, en un CNAI o con un abogado.

        ## Si su trámite está parado
        Contacte con la AIMA mediante el formulario { $aima-contact-form }. Para recibir ayuda en su idioma, llame a la Línea de Apoyo a Migrantes (Linha de Apoio a Migrantes): { $lam-phone-landline } (teléfono fijo) o { $lam-phone-mobile } (móvil).
    .keywords = permiso de residencia, permiso de recidencia, residencia, recidencia, residencia por trabajo, tarjeta de residencia, titulo de residencia, autorizacion de residencia, autorização de residência, título de residência, AR, papeles, legalizarme, legalizar, regularizar, regularizacion, visa de trabajo, visado de trabajo, visa de residencia, permiso de trabajo, trabajar en portugal, contrato de trabajo, oferta de trabajo, turista, manifestacion de interes, manifestação de interesse, SEF, AIMA, independiente, autonomo, autónomo, recibos verdes, quedarme legal, estar legal, denegado, denegación, solicitud denegada, rechazado, indeferimento, proyecto de denegación, audiencia previa, audiência prévia, reclamación, recurso, recurso jerárquico, tribunal administrativo, impugnar, salir del país, abogado
    .questions =
        permiso de residencia para trabajar en portugal
        entré como turista y conseguí trabajo, puedo regularizarme?
        visa de trabajo portugal como conseguirla
        la manifestacion de interes todavia existe?
        tengo contrato de trabajo, como pido la tarjeta de residencia en la AIMA
        perdí el trabajo despues de la entrevista en la AIMA, me pueden negar el permiso?
        residencia como autonomo trabajador independiente recibos verdes
        me negaron la autorizacion de residencia, que puedo hacer?
        mi proceso en la AIMA lleva mas de un año parado
        cuanto cuesta y cuanto dura la primera tarjeta de residencia

aima-appointments = Citas en la AIMA y seguimiento de su trámite
    .summary = La AIMA no da citas por teléfono. La cita (marcação o agendamento) se agenda sola cuando se emite la visa o cuando usted envía el pedido en un portal de la AIMA; si no, se pide por el formulario de contacto, con un solo pedido por persona.
    .body =
        La AIMA (Agência para a Integração, Migrações e Asilo) se encarga de los permisos de residencia desde el { $sef-abolished }, cuando reemplazó al SEF. Para hacer un trámite en una oficina de la AIMA necesita una cita (en portugués "marcação" o "agendamento").

        ## Cómo se consigue la cita
        - No es por teléfono. La línea general de la AIMA ({ $aima-phone }) y el correo { $aima-email } sirven para pedir información, no para dar citas.
        - Con visa de residencia: cuando el consulado emite la visa, el Ministerio de Relaciones Exteriores (Ministério dos Negócios Estrangeiros) agenda de inmediato la cita en la AIMA. Guarde el aviso con el día, la hora y el lugar.
        - Con pedido hecho por internet: si envió su pedido en un portal de la AIMA ({ $aima-portal-services }, { $aima-portal-servicos } o, para renovaciones, { $aima-portal-renewals }), la AIMA le da la cita y le avisa por los datos de contacto que usted dio.
        - En los demás casos, o si la cita nunca llegó, pídala por el formulario de contacto { $aima-contact-form }.

        ## Pasos en el formulario de contacto
        1. Abra { $aima-contact-form }.
        2. Elija el asunto que más se parezca a su caso.
        3. Escriba su nombre tal como está en el pasaporte, el número de pasaporte y el número de proceso, si ya lo tiene.
        4. Envíe un solo pedido por persona. Para la familia, haga un pedido para cada persona. Repetir el mismo pedido no lo hace más rápido.
        5. Guarde la confirmación y revise su correo seguido, también la carpeta de spam (correo no deseado).

        ## Seguir un trámite pendiente
        - Entre en el portal donde hizo el pedido y mire el estado de su proceso.
        - Guarde siempre el comprobante de envío y el número de proceso: prueban que su pedido está en trámite.
        - La Estrutura de Missão, creada para sacar adelante los procesos atrasados, atendió en persona por última vez el { $aima-mission-structure-last-day }, según una noticia. Los procesos que tenía siguen por internet y la AIMA avisa por correo electrónico a quien tenga que ir a una oficina. Si no sabe en qué punto está el suyo, pregunte por el formulario.

        ## Qué llevar el día de la cita
        - Pasaporte vigente y, si lo tiene, la visa o el título de residencia.
        - El mensaje con la cita.
        - Los documentos originales que piden para su tipo de permiso (por ejemplo, el contrato de trabajo), con copias.
        - NIF, NISS y comprobante de domicilio.

        Llegue con tiempo. Si no puede ir, avise a la AIMA por el formulario.

        ## Costos
        La cita es gratis. Lo que se paga son las tasas del pedido. La tabla de tasas de la AIMA se actualizó hace poco: confirme el valor en { $aima-web }. Desconfíe de quien le vende citas o le promete citas rápidas: la AIMA no vende citas.

        ## Si algo sale mal
        - Esperó mucho y no le respondieron: envíe el formulario una sola vez, guarde el comprobante y no mande pedidos repetidos.
        - Necesita ayuda en su idioma: llame a la Línea de Apoyo a Migrantes, { $lam-phone-landline } (desde teléfono fijo) o { $lam-phone-mobile } (desde celular o desde el extranjero).
    .keywords = cita, cita aima, citas, sacar cita, pedir cita, turno, turnos, agendar, agenda, agendamiento, marcação, marcacao, agendamento, aima, AIMA, SEF, sef, ex sef, contactenos, formulario, formulario de contacto, proceso pendiente, proceso parado, tramite, trámite, expediente, estado del proceso, mi proceso, no contestan, no responden, nadie contesta, sin respuesta, telefono aima, correo aima, renovacion, renovación, renovar, portal aima, biometria, biometría, huellas, entrevista, que llevar, documentos, convocatoria, notificacion, estrutura de missão, loja aima
    .questions =
        como sacar cita en la AIMA
        agendamiento AIMA imposible
        llamo a la AIMA y nadie contesta
        formulario de contacto de la AIMA como llenarlo
        consultar el estado de mi proceso en la AIMA
        mañana tengo cita en la AIMA, que llevo?
        perdí la cita de la AIMA, puedo pedir otra?
        me venden una cita de la AIMA por whatsapp, es estafa?
        llegue con visa y todavía no me dan cita, que hago
        cuanto tarda la AIMA en contestar un correo

residence-permit-renewal = Renovar el permiso de residencia
    .summary = El permiso de residencia temporal se tiene que renovar en la AIMA antes de que venza, normalmente por internet, en el Portal de Renovaciones (Portal das Renovações). Guarde el comprobante del pedido: demuestra que usted sigue legal mientras espera la tarjeta nueva.
    .body =
        El título de residencia temporal tiene fecha de vencimiento. Antes de esa fecha pida la renovación a la AIMA (Agência para a Integração, Migrações e Asilo), que reemplazó al SEF el { $sef-abolished }. El primer permiso suele valer { $residence-permit-first-years ->
            [one] { $residence-permit-first-years } año
           *[other] { $residence-permit-first-years } años
        } y cada renovación { $residence-permit-renewal-years ->
            [one] { $residence-permit-renewal-years } año
           *[other] { $residence-permit-renewal-years } años
        }.

        ## Cuándo empezar
        - La ley pide que haga el pedido hasta { $residence-permit-renewal-deadline-days ->
            [one] { $residence-permit-renewal-deadline-days } día
           *[other] { $residence-permit-renewal-deadline-days } días
        } antes de que venza el título.
        - El Portal de Renovaciones ({ $aima-portal-renewals }) suele abrir los pedidos a fin del mes anterior al mes en que vence el título.
        - Si cambió de trabajo, de domicilio o de pasaporte, dígalo en el pedido.

        ## Pasos
        1. Regístrese en el Portal de Renovaciones con su correo electrónico. La contraseña (senha) le llega por correo.
        2. Llene el pedido y adjunte los documentos escaneados.
        3. Pague la tasa enseguida con el documento de pago (guia) que da el portal: el plazo para pagar es corto.
        4. Descargue el comprobante del pedido de renovación y guárdelo.
        5. Si la AIMA lo llama, vaya a la cita con los documentos originales. La tarjeta nueva llega por correo postal.

        ## Documentos
        - Pasaporte vigente y el título de residencia actual.
        - Medios de subsistencia: contrato de trabajo, recibos de sueldo (recibos de vencimento) o declaración de la renta (IRS).
        - Vivienda: contrato de alquiler (contrato de arrendamento) o certificado de residencia de la Junta de Freguesia (atestado de residência).
        - Estar al día con Finanças y con la Seguridad Social (certificados de no deuda, "declarações de não dívida").
        - Estudiantes: comprobante de matrícula y de notas o aprobación (aproveitamento escolar).
        - Permiso CPLP: certificado de antecedentes penales del país de origen.

        ## Si el título vence mientras espera
        - El comprobante del pedido de renovación vale como título de residencia por un plazo que se puede extender. Lleve siempre con usted el título viejo y el comprobante.
        - La ley también dice que el derecho de residencia solo se pierde { $residence-permit-grace-months ->
            [one] { $residence-permit-grace-months } mes
           *[other] { $residence-permit-grace-months } meses
        } después del vencimiento del título. Aun así, un pedido fuera de plazo puede traerle una multa (coima).
        - Las prórrogas generales de los títulos, creadas durante la pandemia, ya terminaron.
        - Fuera de Portugal, un título vencido con comprobante puede no ser aceptado. Antes de viajar, confirme con la AIMA.

        ## Costos
        Con la nueva tabla de tasas de la AIMA (noticia del { $aima-fee-table-updated }), la renovación cuesta, según las noticias, entre { $aima-fee-renewal-min } y { $aima-fee-renewal-max }. Confirme el valor exacto en { $aima-web }.

        ## Más adelante
        Con { $permanent-residence-years ->
            [one] { $permanent-residence-years } año
           *[other] { $permanent-residence-years } años
        } de residencia legal puede pedir el permiso de residencia permanente. Confirme las condiciones en la AIMA.

        ## Si algo sale mal
        - El portal no acepta el pedido o da error: escriba a la AIMA por el formulario { $aima-contact-form }, con un solo pedido.
        - Le negaron el pedido: la decisión tiene que decir por qué. Los plazos para reclamar o apelar son cortos: pida enseguida asistencia jurídica.
        - Para recibir ayuda en su idioma, llame a la Línea de Apoyo a Migrantes: { $lam-phone-landline } (desde teléfono fijo) o { $lam-phone-mobile } (desde celular o móvil).
    .keywords = renovar residencia, renovar recidencia, renovacion, renovación, renovar, renovar permiso, renovar tarjeta, renovar titulo, renovar título, renovar AR, tarjeta vencida, residencia vencida, titulo vencido, permiso vencido, documento vencido, se me vence la residencia, se vencio, se venció, caducado, caducada, expirado, vencimiento, portal das renovacoes, portal das renovações, portal de renovaciones, portal renovacoes, comprobante de renovacion, recibo de renovacion, prorroga, prórroga, validez, cuanto cuesta renovar, tasa de renovacion, residencia permanente, larga duracion, AIMA, aima, SEF, renovação, título caducado, autorização de residência
    .questions =
        renovar tarjeta de residencia portugal
        renovacion automatica portal das renovações
        se me venció la residencia y no renové
        residencia caducada puedo viajar con el comprobante de renovacion?
        cuando empiezo a renovar el permiso de residencia
        documentos para la renovacion de residencia
        renové por internet y la tarjeta nueva no llega, estoy legal?
        cuanto cuesta renovar la residencia
        residencia permanente a los cuantos años
        el portal de renovacion da error

visas-entry = Visas para entrar en Portugal
    .summary = La visa se pide antes de viajar, en el consulado de Portugal del país donde vive. El tipo de visa decide qué puede hacer en Portugal: visitar, quedarse un tiempo o venir a vivir y después pedir el permiso de residencia a la AIMA.
    .body =
        La visa (visto) permite entrar en Portugal con un objetivo concreto. Se pide antes del viaje, en el consulado de Portugal del país donde vive legalmente, muchas veces a través de un centro de visas (VFS Global, BLS International o TLScontact). Las visas las da el Ministerio de Relaciones Exteriores (Ministério dos Negócios Estrangeiros, { $mne-visas-web }); después de entrar, la residencia la tramita la AIMA.

        ## Los tipos principales
        - Visa de corta duración (visa Schengen): para turismo, visitas o negocios. Permite quedarse hasta { $schengen-short-stay-days ->
            [one] { $schengen-short-stay-days } día
           *[other] { $schengen-short-stay-days } días
        } en cada período de { $schengen-reference-period-days ->
            [one] { $schengen-reference-period-days } día
           *[other] { $schengen-reference-period-days } días
        } en el espacio Schengen. No permite trabajar.
        - Visa de estancia temporal (visto de estada temporária): para estancias de hasta { $visa-temporary-stay-max-years ->
            [one] { $visa-temporary-stay-max-years } año
           *[other] { $visa-temporary-stay-max-years } años
        }, por ejemplo tratamiento médico, trabajo de temporada o formación. No da permiso de residencia.
        - Visa de residencia (visto de residência): para venir a vivir a Portugal, para trabajar, estudiar, investigar, reunirse con la familia, vivir de rentas o de la jubilación, o trabajar a distancia (nómadas digitales). Permite quedarse { $residence-visa-validity-months ->
            [one] { $residence-visa-validity-months } mes
           *[other] { $residence-visa-validity-months } meses
        }; en ese tiempo usted pide el permiso de residencia a la AIMA.
        - Visa para buscar trabajo calificado: desde el { $foreigners-law-2025-in-force } (Ley 61/2025) reemplaza a la antigua visa para buscar trabajo y es solo para personas altamente calificadas, en las profesiones que fija el Gobierno. Confirme en el consulado si ya se puede pedir.

        ## Entrar sin visa
        Los ciudadanos de algunos países, como Brasil y Timor Oriental, pueden entrar sin visa para estancias cortas. Pero quien entra como turista no puede trabajar ni pedir la residencia después: la "manifestação de interesse" (manifestación de interés) terminó el { $manifestation-of-interest-ended } y, desde el { $foreigners-law-2025-in-force }, también los ciudadanos de la CPLP necesitan visa de residencia.

        ## En la frontera: EES y ETIAS
        - Desde el { $ees-start }, el Sistema de Entradas y Salidas de la Unión Europea (EES) registra, en las fronteras exteriores del espacio Schengen, a quienes no son ciudadanos de la UE y vienen para una estancia corta, con o sin visa. En la primera entrada le toman las huellas dactilares y una foto; cada entrada y salida queda registrada, en lugar del sello en el pasaporte. El registro es gratuito y se hace en la propia frontera. Se introdujo poco a poco, a lo largo de { $ees-rollout-months ->
            [one] { $ees-rollout-months } mes
           *[other] { $ees-rollout-months } meses
        }.
        - En el aeropuerto de Lisboa, el Gobierno suspendió el EES durante { $ees-lisbon-suspension-months ->
            [one] { $ees-lisbon-suspension-months } mes
           *[other] { $ees-lisbon-suspension-months } meses
        } a partir del { $ees-lisbon-suspended }, por las largas colas. No pudimos confirmar cómo funciona hoy: cuente con esperas a la llegada.
        - El ETIAS es una autorización de viaje que se pide por internet (no es una visa) para quienes pueden entrar sin visa, por ejemplo los ciudadanos de Brasil o de Timor Oriental. Se anunció para el último trimestre de 2026, pero las fuentes que consultamos en diciembre de 2026 no coinciden: una dice que solo será obligatorio a partir de abril de 2027. Antes de viajar, confirme en el sitio oficial de la Unión Europea o en el consulado si ya hace falta, y desconfíe de las páginas que cobran por hacer la solicitud.

        ## Pasos
        1. Elija la visa según el motivo del viaje y pida turno para entregar la solicitud.
        2. Entregue los documentos y pague la tasa; el valor y el tiempo de respuesta dependen de la visa y del consulado. No compre el pasaje antes de la decisión.
        3. Con visa de residencia, entre en Portugal mientras la visa esté vigente. La cita en la AIMA normalmente se agenda sola cuando se emite la visa.

        ## Documentos habituales
        - Pasaporte vigente hasta después del final de la estancia, y fotos.
        - Seguro de viaje o de salud.
        - Prueba de medios de subsistencia y de alojamiento.
        - Certificado de antecedentes penales del país donde vive, para las visas de estancia temporal y de residencia.
        - Documentos del motivo del viaje: contrato o promesa de trabajo, carta de aceptación de la escuela o universidad, invitación o reserva.

        ## Si algo sale mal
        - Le negaron la visa: la decisión tiene que decir por qué y cómo puede impugnarla.
        - Quedarse después de que vence la visa puede traerle una multa (coima), la expulsión del país y la prohibición de volver.
        - Desconfíe de quien vende visas, citas o contratos falsos.
        - Para recibir ayuda en su idioma, llame a la Línea de Apoyo a Migrantes: { $lam-phone-landline } (desde teléfono fijo) o { $lam-phone-mobile } (desde celular o móvil).
    .keywords = visa, visas, visado, visados, visto, vistos, tipos de visa, visa de turista, visa turismo, visa schengen, schengen, visa de corta duracion, visa temporal, visa de estancia temporal, visa de residencia, visado de residencia, visa D, visa para buscar trabajo, visa de busqueda de empleo, buscar trabajo en portugal, job seeker, visa de estudiante, visa nomada digital, nomada digital, nómada digital, visa D7, jubilado, pensionado, rentista, consulado, embajada, VFS, VFS Global, BLS, TLScontact, MNE, entrar a portugal, entrar en portugal, entrada, frontera, aeropuerto, migracion, turista, quedarme ilegal, me quede ilegal, overstay, sin visa, no necesito visa, emigrar a portugal, irme a portugal, viajar a portugal, requisitos, visto de residência, visto de estada temporária, EES, ETIAS, sistema de entradas y salidas, entrada salida, sello en el pasaporte, sello, huellas dactilares, huellas, biometría, datos biométricos, autorización de viaje, colas en el aeropuerto
    .questions =
        que visa necesito para vivir en portugal
        visa de busqueda de trabajo todavia existe?
        los venezolanos necesitan visa para entrar a portugal?
        con visa de turista puedo trabajar en portugal?
        visa D7 rentas pasivas jubilados
        visa de nomada digital portugal requisitos
        pedir visa en el consulado portugues de bogota
        ETIAS y EES que cambia en la frontera
        cuanto tiempo puedo quedarme como turista en portugal
        me negaron la visa en el consulado, puedo recurrir?
        visa de residencia para trabajo que documentos piden

family-reunification = Reagrupación familiar: traer a su familia
    .summary = Quien tiene permiso de residencia en Portugal puede pedir a la AIMA la reagrupación familiar (reagrupamento familiar) para traer a su pareja, a sus hijos y, en algunos casos, a sus padres. Desde la Ley 61/2025, por regla general solo se puede pedir después de un tiempo de residencia, con excepciones, y hay que probar medios de subsistencia y vivienda.
    .body =
        Con la reagrupación familiar (reagrupamento familiar), su familia viene a vivir con usted en Portugal. El pedido lo hace usted, como residente, a la AIMA (Agência para a Integração, Migrações e Asilo). Una vez aprobado, sus familiares piden la visa de residencia en el consulado de Portugal del país donde viven.

        ## Qué cambió con la Ley 61/2025
        Desde el { $foreigners-law-2025-in-force }:
        - Por regla general, solo puede pedirla después de tener permiso de residencia desde hace { $family-reunification-wait-years ->
            [one] { $family-reunification-wait-years } año
           *[other] { $family-reunification-wait-years } años
        }.
        - No hay espera para hijos menores o incapacitados a su cargo, ni para quien tiene Tarjeta Azul UE, permiso para actividad altamente cualificada o para inversión. Según las noticias sobre la aprobación de la ley, tampoco la hay para el cónyuge o pareja cuando hay hijos así a cargo.
        - La espera es más corta para el cónyuge o pareja que ya vivía con usted antes de venir a Portugal. Las fuentes que encontramos no coinciden sobre cuánto tiempo ni en qué condiciones: pregunte a la AIMA o a un abogado.
        - Las ayudas sociales no cuentan como medios de subsistencia.
        - Después de llegar, la familia tiene que participar en medidas de integración, como aprender portugués.
        - Los refugiados tienen reglas propias, más favorables.

        ## Quién cuenta como familia
        - Cónyuge (esposo o esposa) o pareja en unión de hecho comprobada (união de facto).
        - Hijos menores o incapaces, de la pareja o de uno de los dos, también adoptados.
        - Hijos mayores solteros a su cargo que estudien en Portugal.
        - Sus padres o los de su cónyuge, si están a su cargo.
        - Hermanos menores que estén bajo su tutela.

        ## Pasos
        1. Confirme si ya puede pedirla o si está dentro de una excepción.
        2. Junte los documentos, con apostilla o legalización y traducción, si son extranjeros.
        3. Haga el pedido a la AIMA. Si no sabe cómo, pregunte por el formulario { $aima-contact-form }.
        4. Pague la tasa. La tabla de tasas cambió (noticia del { $aima-fee-table-updated }): confirme el valor en { $aima-web }.
        5. Según resúmenes de la ley, la AIMA tiene hasta { $family-reunification-decision-months ->
            [one] { $family-reunification-decision-months } mes
           *[other] { $family-reunification-decision-months } meses
        } para decidir, y más en casos complejos; una noticia sobre la aprobación de la ley habla de { $family-reunification-decision-days-reported ->
            [one] { $family-reunification-decision-days-reported } día
           *[other] { $family-reunification-decision-days-reported } días
        }. No encontramos el texto oficial: pregunte a la AIMA.
        6. Una vez aprobado, sus familiares piden la visa, entran en Portugal y tramitan su permiso de residencia en la AIMA.

        ## Documentos
        - Su título de residencia y los pasaportes de todos.
        - Actas o partidas de matrimonio y de nacimiento (certidões), o prueba de la unión de hecho.
        - Medios de subsistencia: contrato de trabajo, recibos de sueldo, declaración de la renta (IRS). El monto exigido se calcula a partir del salario mínimo ({ $minimum-wage }) y sube con el número de personas.
        - Vivienda adecuada: contrato de alquiler o escritura.
        - Certificado de antecedentes penales de los familiares adultos.
        - Para padres e hijos mayores: prueba de que dependen de usted.

        ## Si algo sale mal
        - Si su familiar ya está en Portugal, pregunte a la AIMA si el pedido se puede hacer aquí.
        - Solicitud denegada: antes de denegar, la AIMA tiene que escucharle (audiência prévia), y la decisión tiene que decir por qué y cómo puede impugnarla. Los plazos son cortos: pida enseguida ayuda jurídica.
        - Para recibir ayuda en su idioma, llame a la Línea de Apoyo a Migrantes: { $lam-phone-landline } (desde teléfono fijo) o { $lam-phone-mobile } (desde celular o móvil).
    .keywords = reagrupacion familiar, reagrupación familiar, reagrupamiento familiar, reunificacion familiar, reunificación familiar, reunion familiar, reagrupar, traer a mi familia, traer mi familia, traer a la familia, traer a mi esposa, traer a mi esposo, traer a mi marido, traer a mi mujer, traer a mis hijos, traer mis hijos, traer a mis padres, traer a mi mama, traer a mi pareja, traer a mi novia, familia, esposa, esposo, marido, pareja, conyuge, cónyuge, hijos, niños, menores, padres, union de hecho, unión de hecho, union libre, concubinato, visa familiar, visa de reagrupacion, medios de subsistencia, vivienda, ley 61/2025, AIMA, SEF, reagrupamento familiar, união de facto
    .questions =
        reagrupacion familiar portugal como traer a mi esposa
        traer a mis hijos a portugal
        cuanto tiempo de residencia necesito para pedir la reagrupacion
        puedo traer a mis padres a portugal?
        cuanto tengo que ganar para la reagrupacion familiar
        que cambio con la ley 61/2025 en el reagrupamiento
        mi esposo esta aqui como turista, puedo pedir reagrupacion para el?
        pareja de hecho cuenta para el reagrupamiento familiar?
        acta de matrimonio apostillada para reagrupacion
        me negaron el reagrupamiento familiar, como recurro

asylum-protection = Pedir asilo o protección internacional
    .summary = Quien huyó de su país por persecución, guerra o un riesgo grave puede pedir protección internacional en Portugal: el estatuto de refugiado o la protección subsidiaria. El pedido se hace a la AIMA o a cualquier policía, es gratis y, mientras se analiza, a la persona no se la puede mandar de vuelta.
    .body =
        La protección internacional es para quien no puede volver a su país porque corre peligro. Los pedidos los analiza y decide la AIMA (Agência para a Integração, Migrações e Asilo), según la Ley de Asilo (Lei 27/2008). Pedir protección no cuesta nada.

        Las nuevas normas europeas de asilo (el Pacto sobre Migración y Asilo) se aplican desde el { $eu-asylum-pact-applies }. Pueden cambiar los pasos y los plazos que se describen aquí, y no hemos encontrado la ley portuguesa que las pone en práctica. Antes de cada paso, confírmelo con el Consejo Portugués para los Refugiados (Conselho Português para os Refugiados, CPR) o con un abogado.

        ## Qué protección existe
        - Estatuto de refugiado: para quien tiene un temor fundado de ser perseguido por su raza, religión, nacionalidad, opiniones políticas o por pertenecer a un determinado grupo social.
        - Protección subsidiaria (proteção subsidiária): para quien corre riesgo de daño grave si vuelve, como la pena de muerte, la tortura o la violencia de una guerra.
        - Protección temporal (proteção temporária): régimen europeo para personas desplazadas en gran número; hoy, las que huyeron de la guerra en Ucrania.

        ## Cómo pedirla
        1. Pida protección lo antes posible: al llegar, a las autoridades de frontera; si ya está en Portugal, en la AIMA o a cualquier policía (PSP o GNR), que envía el pedido. Diga claramente que pide asilo.
        2. Reciba la constancia del pedido (declaração comprovativa) y guárdela: prueba que usted está en Portugal legalmente.
        3. En la entrevista, con intérprete gratuito, cuente toda su historia.
        4. Primero la AIMA decide si acepta analizar el pedido. Si lo acepta, usted recibe un permiso de residencia provisional, que se renueva hasta la decisión final.
        5. Si antes pasó por otro país de la Unión Europea, Portugal puede pedir a ese país que se encargue del pedido.

        ## Derechos mientras espera
        - No lo pueden mandar de vuelta al país del que huyó.
        - Salud en el Servicio Nacional de Salud (SNS) y escuela para los niños.
        - Con el permiso de residencia provisional puede trabajar.
        - Ayuda social y alojamiento, si no tiene medios.
        - Asistencia jurídica gratuita.
        - El pedido es confidencial: no se informa a las autoridades de su país.

        ## Documentos que debe llevar
        Lleve lo que tenga: pasaporte u otro documento de identidad, documentos de la familia y pruebas del peligro (amenazas, noticias, informes médicos). Si no tiene documentos, igual puede pedir asilo.

        ## Protección temporal (Ucrania)
        - Es para ucranianos y otras personas que vivían en Ucrania y huyeron de la guerra.
        - Se pide a la AIMA. Da un permiso de residencia y, automáticamente, NIF, NISS y número de usuario del SNS (número de utente).
        - La Unión Europea extendió este régimen hasta el { $temporary-protection-until }. Confirme en { $aima-web } si hubo una nueva prórroga.

        ## Si algo sale mal
        - Le negaron el pedido: los plazos para apelar ante el tribunal son de pocos días. Pida enseguida asistencia jurídica o ayuda al Consejo Portugués para los Refugiados (Conselho Português para os Refugiados, CPR).
        - Si lo engañaron o lo obligaron a trabajar, puede ser víctima de trata de personas: llame al { $trafficking-phone }.
        - Si está en peligro inmediato, llame al { $emergency-phone }.
        - Para recibir ayuda en su idioma, llame a la Línea de Apoyo a Migrantes: { $lam-phone-landline } (desde teléfono fijo) o { $lam-phone-mobile } (desde celular o móvil).
    .keywords = asilo, asilo politico, asilo político, pedir asilo, solicitar asilo, solicitud de asilo, refugiado, refugiada, refugiados, refugio, pedir refugio, estatuto de refugiado, proteccion internacional, protección internacional, proteccion subsidiaria, protección subsidiaria, proteccion temporal, protección temporal, razones humanitarias, humanitaria, persecucion, persecución, perseguido, guerra, hui de la guerra, huir, escape de mi pais, me escape, amenaza, amenazas de muerte, me quieren matar, peligro, no puedo volver, Ucrania, ucraniano, ucraniana, desplazados, venezolano, permiso provisional, declaracao comprovativa, CPR, ACNUR, UNHCR, Dublin, AIMA, SEF, proteção internacional, pedido de asilo
    .questions =
        como pedir asilo en portugal
        refugiado en portugal derechos
        huí de mi país por amenazas, puedo pedir protección?
        proteccion temporal ucrania portugal
        pedir asilo en el aeropuerto de lisboa
        solicitante de asilo puede trabajar mientras espera?
        pedir asilo cuesta dinero?
        me persiguen por razones políticas en mi país, que hago en portugal
        me negaron el asilo que hago
        diferencia entre estatuto de refugiado y proteccion subsidiaria

student-residence = Residencia para estudiantes e investigadores
    .summary = Para estudiar o investigar en Portugal, por regla general necesita una visa de estudio o de investigación, pedida en el consulado, y después un permiso de residencia que da la AIMA. Quien estudia en la universidad o en un politécnico puede trabajar, si se lo comunica a la AIMA.
    .body =
        Los estudiantes e investigadores de fuera de la Unión Europea necesitan un permiso de residencia, que da la AIMA (Agência para a Integração, Migrações e Asilo). La inscripción al curso (candidatura) se hace en la universidad o en el politécnico; la DGES (Direção-Geral do Ensino Superior, { $dges-web }) tiene la lista de las instituciones reconocidas.

        ## Quién lo puede pedir
        - Estudiantes de educación superior (grado o licenciatura, máster o maestría, doctorado) aceptados en una institución reconocida.
        - Alumnos de secundaria, personas en prácticas o pasantías, voluntarios y participantes en programas de intercambio.
        - Investigadores y profesores de educación superior con contrato o convenio de acogida (convenção de acolhimento) con una universidad o un centro de investigación.

        ## Pasos
        1. Consiga la carta de aceptación o el contrato con la institución.
        2. Pida la visa de residencia para estudio o para investigación en el consulado de Portugal del país donde vive ({ $mne-visas-web }). Para cursos cortos puede bastar una visa de estancia temporal.
        3. Entre en Portugal mientras la visa esté vigente. La cita en la AIMA normalmente se agenda sola cuando se emite la visa.
        4. Vaya a la AIMA el día de la cita con los documentos originales. La tarjeta llega por correo.
        5. Pida el NIF y el número de usuario del SNS (número de utente); si va a trabajar, también el NISS.

        ## Documentos
        - Pasaporte vigente con la visa.
        - Comprobante de matrícula o de aceptación y, si corresponde, del pago de la matrícula o cuotas (propinas).
        - Medios de subsistencia: beca, extractos bancarios o carta de responsabilidad (termo de responsabilidade) de quien lo mantiene.
        - Comprobante de alojamiento.
        - Seguro de salud, si se lo piden.
        - Certificado de antecedentes penales del país de origen.
        - Investigadores: contrato o convenio de acogida.

        ## Trabajar mientras estudia
        - Quien estudia en educación superior puede trabajar como empleado o por cuenta propia, siempre que el trabajo sea complementario a los estudios y que lo comunique a la AIMA.
        - En la renovación, la AIMA pide prueba de matrícula y de aprobación de materias (aproveitamento escolar). Si deja de estudiar, el título puede no renovarse.
        - Los alumnos de secundaria y las personas en prácticas deben confirmar en la AIMA si pueden trabajar.

        ## Cuando termine los estudios
        Puede pedir otro tipo de permiso de residencia, por ejemplo para trabajar, si cumple las condiciones. Haga el pedido antes de que venza el título de estudiante y confirme los pasos en la AIMA.

        ## Costos
        Hay una tasa consular por la visa y una tasa de la AIMA por el permiso. La tabla de la AIMA cambió (noticia del { $aima-fee-table-updated }): confirme en { $aima-web }.

        ## Si algo sale mal
        - Pida ayuda a la oficina de relaciones internacionales de su institución.
        - Proceso parado en la AIMA: use el formulario { $aima-contact-form }, con un solo pedido.
        - Para recibir ayuda en su idioma, llame a la Línea de Apoyo a Migrantes: { $lam-phone-landline } (desde teléfono fijo) o { $lam-phone-mobile } (desde celular o móvil).
    .keywords = estudiante, estudiantes, estudiar en portugal, visa de estudiante, visado de estudiante, visa de estudio, visa para estudiar, residencia de estudiante, permiso de estudiante, estudiante internacional, estudiante extranjero, intercambio, erasmus, universidad, facultad, politecnico, politécnico, maestria, maestría, master, máster, doctorado, posgrado, postgrado, licenciatura, grado, carrera, matricula, matrícula, cuota, mensualidad, propinas, investigador, investigadora, investigacion, investigación, beca, becario, becaria, convenio de acogida, trabajar y estudiar, puedo trabajar si soy estudiante, estudiante puede trabajar, medio tiempo, part time, DGES, AIMA, SEF, visto de estudo, autorização de residência estudante
    .questions =
        visa de estudiante portugal
        permiso de residencia para estudiantes
        estudiante puede trabajar en portugal?
        terminé el master, puedo quedarme a trabajar?
        visa de estudio universidad documentos
        residencia para investigador o doctorado con beca
        soy estudiante y quiero trabajar medio tiempo, tengo que avisar a la AIMA?
        cuanto dinero tengo que demostrar para la visa de estudiante
        mi hija viene a estudiar a coimbra, que visa necesita?

cplp-mobility = Permiso de residencia CPLP
    .summary = Los ciudadanos de países de lengua portuguesa en los que rige el Acuerdo de Movilidad de la CPLP pueden pedir a la AIMA el permiso de residencia CPLP (autorização de residência CPLP), con reglas más simples. Desde la Ley 61/2025 hay que llegar a Portugal con una visa de residencia: ya no se puede entrar como turista y pedirlo después.
    .body =
        El permiso de residencia CPLP (AR CPLP) nace del Acuerdo de Movilidad entre los Estados miembros de la Comunidad de Países de Lengua Portuguesa (CPLP). Sirve para vivir, trabajar o estudiar en Portugal. La visa la dan los consulados de Portugal; el permiso de residencia lo da la AIMA (Agência para a Integração, Migrações e Asilo).

        ## Quién lo puede pedir
        Ciudadanos de Angola, Brasil, Cabo Verde, Guinea-Bisáu, Guinea Ecuatorial, Mozambique, Santo Tomé y Príncipe y Timor Oriental, si el acuerdo está vigente para su país. Confírmelo en el consulado.

        ## Qué cambió
        - Desde el { $foreigners-law-2025-in-force } (Ley 61/2025) es obligatorio entrar con una visa de residencia. Quien entra como turista, aunque no necesite visa, como los brasileños y los timorenses, ya no puede pedir el AR CPLP estando en Portugal.
        - Con la Ley 9/2025, el AR CPLP pasó a ser una tarjeta igual a la de los demás permisos de residencia, con la misma validez, y permite viajar por el espacio Schengen. La antigua hoja de papel (A4) se está cambiando por esa tarjeta: siga las instrucciones que le envíe la AIMA.

        ## Pasos
        1. Pida la visa de residencia en el consulado de Portugal del país donde vive, o en el centro de solicitud de visas. Diga que es ciudadano de la CPLP.
        2. Entre en Portugal. La visa de residencia vale { $residence-visa-validity-months ->
            [one] { $residence-visa-validity-months } mes
           *[other] { $residence-visa-validity-months } meses
        }: tramite el permiso dentro de ese tiempo.
        3. Pida el AR CPLP a la AIMA. La cita o el pedido por internet normalmente se gestionan solos después de que se emite la visa; si no recibe nada, use el formulario { $aima-contact-form }.
        4. La tarjeta llega por correo a la dirección que usted indicó.

        ## Documentos
        - Pasaporte vigente con la visa de residencia.
        - Certificado de antecedentes penales del país de origen. La AIMA consulta el portugués.
        - NIF y comprobante de domicilio en Portugal.
        - Los demás documentos dependen del motivo (trabajo, estudio u otro): el consulado le dice cuáles.

        ## Validez y renovación
        El primer permiso vale { $residence-permit-first-years ->
            [one] { $residence-permit-first-years } año
           *[other] { $residence-permit-first-years } años
        } y cada renovación { $residence-permit-renewal-years ->
            [one] { $residence-permit-renewal-years } año
           *[other] { $residence-permit-renewal-years } años
        }. Renuévelo antes de que venza, en el Portal de Renovaciones ({ $aima-portal-renewals }). En la renovación le vuelven a pedir el certificado de antecedentes penales del país de origen.

        ## Costos
        La tasa antigua del AR CPLP fue eliminada y la tabla de tasas de la AIMA cambió (noticia del { $aima-fee-table-updated }). Confirme el valor actual en { $aima-web } y la tasa de la visa en el consulado.

        ## Si algo sale mal
        - Pidió el AR CPLP antes del { $foreigners-law-2025-in-force } después de entrar como turista: pregunte a la AIMA por el formulario en qué estado está su proceso. No repita pedidos.
        - Todavía tiene la hoja A4 y la AIMA no lo contactó: pregunte por el formulario.
        - Para recibir ayuda, llame a la Línea de Apoyo a Migrantes: { $lam-phone-landline } (desde teléfono fijo) o { $lam-phone-mobile } (desde celular o móvil).
    .keywords = CPLP, cplp, AR CPLP, residencia CPLP, residencia cplp, permiso CPLP, permiso de residencia cplp, autorização de residência CPLP, autorizacao de residencia cplp, acuerdo de movilidad, acordo de mobilidade, movilidad CPLP, visa CPLP, lusofono, lusófono, paises de lengua portuguesa, países de língua portuguesa, PALOP, brasileño, brasileña, brasilero, Brasil, angoleño, Angola, caboverdiano, Cabo Verde, guineano, Guinea Bisau, Guiné-Bissau, mozambiqueño, Mozambique, santotomense, Santo Tome, timorense, Timor Oriental, Timor-Leste, Guinea Ecuatorial, ecuatoguineano, hoja A4, papel A4, tarjeta CPLP, entrar como turista, turista, legalizarme, AIMA, SEF
    .questions =
        autorizacion de residencia CPLP que es
        soy de guinea ecuatorial, puedo pedir la residencia CPLP?
        residencia CPLP para brasileños y angoleños como funciona
        el titulo CPLP en papel todavia vale?
        entré como turista, todavía puedo pedir la CPLP?
        residencia CPLP ahora necesita visa?
        con la residencia CPLP puedo viajar por europa?
        renovar la residencia CPLP
        cuanto cuesta la residencia CPLP
