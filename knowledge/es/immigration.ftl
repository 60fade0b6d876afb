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

        ## Si algo sale mal
        Si su trámite está parado, contacte a la AIMA por el formulario { $aima-contact-form }. Para recibir ayuda en su idioma, llame a la Línea de Apoyo a Migrantes: { $lam-phone-landline } (desde teléfono fijo) o { $lam-phone-mobile } (desde celular o móvil).
    .keywords = permiso de residencia, permiso de recidencia, residencia, recidencia, residencia por trabajo, tarjeta de residencia, titulo de residencia, autorizacion de residencia, autorização de residência, título de residência, AR, papeles, legalizarme, legalizar, regularizar, regularizacion, visa de trabajo, visado de trabajo, visa de residencia, permiso de trabajo, trabajar en portugal, contrato de trabajo, oferta de trabajo, turista, manifestacion de interes, manifestação de interesse, SEF, AIMA, independiente, autonomo, autónomo, recibos verdes, quedarme legal, estar legal

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
        - La Estrutura de Missão, creada para sacar adelante los procesos atrasados, debía terminar el { $aima-mission-structure-end }. Si su proceso estaba ahí, pregunte a la AIMA por el formulario dónde está ahora.

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
