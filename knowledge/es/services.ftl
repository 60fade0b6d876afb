# Servicios y contactos: línea de apoyo, CNAI, licencia de conducir, banco.

migrant-helpline = Línea de Apoyo a Migrantes
    .summary = La Línea de Apoyo a Migrantes (Linha de Apoio a Migrantes) da información por teléfono, en varios idiomas, sobre residencia, trabajo, salud, escuela y otros temas de la vida en Portugal. Llame al { $lam-phone-landline } desde un teléfono fijo, o al { $lam-phone-mobile } desde un celular o móvil, o desde el extranjero.
    .body =
        La Línea de Apoyo a Migrantes (Linha de Apoio a Migrantes, antes "Linha SOS Imigrante") es un servicio público de información por teléfono. Era del Alto Comisionado para las Migraciones (ACM). Desde el { $sef-abolished }, el ACM y el SEF fueron reemplazados por la AIMA (Agência para a Integração, Migrações e Asilo), que se quedó con la línea.

        ## Números
        - Desde un teléfono fijo: { $lam-phone-landline }.
        - Desde un celular o móvil, o desde el extranjero: { $lam-phone-mobile }.
        - El costo de la llamada depende de su plan o tarifa.

        ## Horario
        { $lam-hours }. Este horario se publicó antes de que la AIMA se quedara con la línea y puede haber cambiado.

        ## Idiomas
        - Los mediadores atienden en { $lam-languages } idiomas y dialectos, según la última información publicada por el ACM. Entre ellos: portugués, inglés, francés, español, ruso, moldavo, rumano, ucraniano, árabe, criollo de Cabo Verde, criollo de Guinea-Bisáu, fula, wolof y mandinga.
        - Para otros idiomas existe el Servicio de Traducción Telefónica (Serviço de Tradução Telefónica): un traductor se une a la llamada. Este servicio llegó a tener unos { $stt-languages } idiomas.
        - La lista es anterior a la AIMA: cuando llame, diga enseguida en qué idioma quiere hablar.

        ## En qué le pueden ayudar
        - Permisos de residencia, visas, reagrupación familiar y nacionalidad: qué pasos seguir y qué documentos juntar.
        - Trabajo, Seguridad Social, salud, escuela, vivienda y ayudas sociales.
        - A qué servicio público tiene que ir. También le derivan a los CNAI y a las oficinas locales de apoyo a migrantes.

        ## Lo que la línea no hace
        La línea no da citas en la AIMA y no decide trámites. Las citas se asignan solas o se piden por el formulario { $aima-contact-form }.

        ## Atención en persona
        Los CNAI (Centros Nacionais de Apoio à Integração de Migrantes), ahora también llamados "lojas AIMA", reúnen varios servicios en un mismo lugar.
        - Lisboa: { $cnai-lisboa-address } ({ $cnai-lisboa-hours }).
        - Oporto: { $cnai-porto-address }.
        - También hay CNAI en Faro (dentro de la Loja do Cidadão) y en Beja.

        Antes de ir, confirme por la línea si el centro está abierto y si necesita cita.

        ## En situaciones urgentes
        - Emergencias: { $emergency-phone }.
        - Violencia doméstica: { $dv-phone }, gratis, a cualquier hora.
        - Trata de personas o trabajo forzoso: { $trafficking-phone }, a cualquier hora.

        ## Si no logra hablar con nadie
        - Hay muchas llamadas: vuelva a intentar justo a la hora de apertura o en otro día.
        - Si su duda es sobre un trámite en la AIMA, use el formulario { $aima-contact-form } y guarde el comprobante.
    .keywords = linea de apoyo a migrantes, línea de apoyo a migrantes, linea de apoyo al migrante, linea de ayuda, ayuda para inmigrantes, ayuda inmigrante, ayuda migrantes, linha de apoio a migrantes, linha de apoio ao migrante, LAM, SOS inmigrante, sos imigrante, linha sos imigrante, ACM, alto comisionado, telefono, teléfono, numero de telefono, número de teléfono, llamar, a donde llamo, contacto, ayuda, apoyo, informacion, información, orientacion, traductor, interprete, intérprete, traduccion, en español, en espanol, hablan español, en mi idioma, mi idioma, idioma, idiomas, lengua, horario, a que hora atienden, CNAI, CNAIM, loja aima, tienda aima, mediador, mediadores, inmigrante, inmigrantes, migrante, migrantes, extranjero, { $lam-phone-landline }, { $lam-phone-mobile }
    .questions =
        linea de apoyo al migrante telefono
        telefono para preguntar sobre inmigracion en portugal
        linea de apoio a migrantes horario
        numero para hablar en español sobre papeles
        la linea de apoyo al migrante me da cita en la AIMA?
        llamar desde el extranjero a la linea de apoyo al migrante
        informacion sobre residencia por telefono
        nadie contesta en la linea de apoyo a migrantes
        linea gratuita para inmigrantes

one-stop-shop-services = CNAI: centros de atención a migrantes (lojas AIMA)
    .summary = Los CNAI (Centros Nacionais de Apoio à Integração de Migrantes) reúnen en el mismo edificio varios servicios públicos para inmigrantes. Hay centros en Lisboa, Oporto, Faro y Beja; hoy dependen de la AIMA y también se llaman "lojas AIMA".
    .body =
        Los CNAI (también escritos CNAIM) fueron creados por el antiguo Alto Comisionado para las Migraciones (ACM). Desde el { $sef-abolished } dependen de la AIMA (Agência para a Integração, Migrações e Asilo), que también los llama "lojas AIMA". La idea es resolver varios trámites en el mismo lugar, con mediadores que hablan varios idiomas.

        ## Qué servicios suelen tener
        Los servicios cambian de un centro a otro y cambiaron con el paso a la AIMA. En el CNAI de Lisboa solía haber:
        - AIMA: permisos de residencia, renovaciones y reagrupación familiar, solo con cita.
        - Seguridad Social: NISS, aportes y ayudas sociales.
        - ACT: información sobre derechos en el trabajo.
        - Conservatória dos Registos Centrais (registro civil central): pedidos de nacionalidad, con cita.
        - Oficinas de Salud y de Educación: inscripción en el SNS, matrícula de los niños, cursos de portugués.
        - Oficinas de apoyo jurídico, social, de empleo y de vivienda.

        Antes de ir, confirme por la Línea de Apoyo a Migrantes cuáles de estos servicios están funcionando en el centro que eligió.

        ## Dónde están
        - Lisboa: { $cnai-lisboa-address }, cerca de las estaciones de metro Anjos e Intendente. Horario: { $cnai-lisboa-hours }.
        - Oporto: CNAIM Norte. Las direcciones publicadas no coinciden: confírmela por la Línea de Apoyo a Migrantes antes de ir.
        - Faro: un mostrador dentro de la Loja do Cidadão (centro de atención al ciudadano).
        - Beja.
        - En otras ciudades hay centros locales de apoyo a la integración de migrantes (CLAIM), en municipalidades y asociaciones. Dan información y ayudan a preparar pedidos.

        ## Cómo funciona la atención
        1. Al entrar, diga en la recepción qué trámite necesita hacer. Le dan un número (senha) para el servicio que corresponde.
        2. Espere a que llamen su número.
        3. Los trámites de la AIMA necesitan cita. La cita no se pide en el mostrador ni por teléfono: se agenda sola o se pide por el formulario { $aima-contact-form }.
        4. Llegue temprano: los días de mucha gente los números se pueden acabar antes de la hora de cierre.

        ## Qué llevar
        - Pasaporte o título de residencia.
        - NIF y NISS, si ya los tiene.
        - Las cartas y los papeles de su trámite, y el mensaje de la cita, si lo tiene.
        - Si no habla portugués, puede pedir un mediador en su idioma o el Servicio de Traducción Telefónica (Serviço de Tradução Telefónica).

        ## Costos
        La atención es gratis. Solo paga las tasas de cada pedido, por ejemplo las tasas de la AIMA.

        ## Si algo sale mal
        - No consiguió número: vuelva otro día, más temprano, o haga el trámite por teléfono o por internet, si se puede.
        - Desconfíe de quien vende números, lugares en la fila o citas: son gratis.
        - Información en su idioma: Línea de Apoyo a Migrantes, { $lam-phone-landline } (desde teléfono fijo) o { $lam-phone-mobile } (desde celular o móvil), { $lam-hours }.
    .keywords = CNAI, cnai, CNAIM, cnaim, loja AIMA, loja aima, lojas aima, tienda aima, oficina aima, centro nacional de apoyo al inmigrante, centro de apoyo al inmigrante, centro de atencion al inmigrante, centro de atención a migrantes, oficina de inmigracion, oficina de extranjeria, extranjeria, apoyo al inmigrante, ventanilla unica, ventanilla única, loja do cidadao, loja do cidadão, CLAIM, claim, oficina de apoyo al inmigrante, Anjos, Intendente, Rua Alvaro Coutinho, alvaro coutinho, numero, sacar numero, turno, senha, fila, cola, horario, a que hora abre, direccion, dirección, donde queda, donde esta, atencion presencial, en persona, Lisboa, Oporto, Porto, Faro, Beja, ACM, mediador, traductor, interprete
    .questions =
        CNAI lisboa direccion y horario
        tienda AIMA oporto
        centro nacional de apoyo a la integracion de migrantes donde queda
        CNAI faro y beja
        que tramites se hacen en el CNAI
        necesito cita para ir al CNAI?
        puedo sacar NIF y seguridad social en el mismo lugar?
        fui a la loja AIMA y no me atendieron sin cita
        que llevo al CNAI

driving-licence-exchange = Canjear la licencia de conducir extranjera
    .summary = Quien viene a vivir a Portugal con una licencia de conducir (carta de condução) de fuera de la Unión Europea tiene, por regla general, que canjearla por una licencia portuguesa en el IMT (Instituto da Mobilidade e dos Transportes). Las licencias de algunos países de la CPLP y de la OCDE se pueden usar sin canje, con condiciones.
    .body =
        Las licencias de conducir (cartas de condução) las gestiona el IMT (Instituto da Mobilidade e dos Transportes). Las reglas dependen del país que emitió su licencia.

        ## Licencias de la Unión Europea y del Espacio Económico Europeo
        Puede conducir con su licencia mientras esté vigente. El canje no es obligatorio. Si la licencia no tiene fecha de vencimiento, pregunte al IMT qué debe hacer.

        ## Licencias de países de la CPLP y de la OCDE
        Desde el { $driving-cplp-oecd-since } puede conducir en Portugal, aunque sea residente, con una licencia de Angola, Brasil, Cabo Verde, Mozambique o Santo Tomé y Príncipe, o de varios países de la OCDE (por ejemplo Estados Unidos, Canadá, Reino Unido, Suiza y Japón), sin canjearla. Condiciones:
        - la licencia está vigente y no está retenida, suspendida ni anulada;
        - usted tiene menos de { $driving-cplp-oecd-max-age ->
            [one] { $driving-cplp-oecd-max-age } año
           *[other] { $driving-cplp-oecd-max-age } años
        } de edad;
        - no pasaron más de { $driving-cplp-oecd-licence-max-years ->
            [one] { $driving-cplp-oecd-licence-max-years } año
           *[other] { $driving-cplp-oecd-licence-max-years } años
        } desde que la licencia se emitió o se renovó.

        Cuando deje de cumplir una condición, tiene que pedir el canje. Sin canje, la licencia solo vale para conducir en Portugal. Las licencias de Guinea-Bisáu, Timor Oriental y Guinea Ecuatorial no están en este régimen.

        ## Otras licencias: plazos
        Vale para licencias de países que firmaron las convenciones internacionales de tránsito o que tienen un acuerdo con Portugal:
        - Como visitante, puede conducir con la licencia extranjera durante { $driving-tourist-days ->
            [one] { $driving-tourist-days } día
           *[other] { $driving-tourist-days } días
        } después de entrar, antes de fijar su residencia.
        - Después de obtener el permiso de residencia, tiene { $driving-exchange-days ->
            [one] { $driving-exchange-days } día
           *[other] { $driving-exchange-days } días
        } para pedir el canje y puede conducir durante ese tiempo.
        - Pasado ese plazo, todavía puede pedir el canje, pero no puede conducir con la licencia extranjera.
        - Si pasan { $driving-exchange-exam-years ->
            [one] { $driving-exchange-exam-years } año
           *[other] { $driving-exchange-exam-years } años
        } sin pedir el canje, tiene que hacer un examen de manejo (prueba práctica).

        Si su país no está en ninguno de estos casos, pregunte al IMT qué exámenes tiene que hacer.

        ## Pasos
        1. Haga la evaluación médica. El médico envía el certificado (atestado médico) por la plataforma electrónica de certificados médicos.
        2. Si tiene categorías de vehículos pesados, haga también la evaluación psicológica.
        3. Llene el pedido de canje en { $imt-online-web } y adjunte los documentos.
        4. Guarde el comprobante del pedido hasta recibir la licencia portuguesa.

        ## Documentos
        - Título de residencia.
        - La licencia de conducir extranjera.
        - Certificado de autenticidad de la licencia, emitido por el organismo que la emitió o por el consulado, con las categorías.
        - Traducción certificada de la licencia, cuando la pidan.
        - Si un abogado, un procurador (solicitador) o una agencia hace el trámite por usted: el poder (procuração).

        ## Costos
        Paga la tasa del IMT y la evaluación médica. Confirme los valores en { $imt-web }.

        ## Si algo sale mal
        - Se le pasó el plazo: no conduzca hasta tener la licencia portuguesa. Conducir sin licencia válida en Portugal tiene consecuencias graves.
        - Dudas: { $imt-web }, o la Línea de Apoyo a Migrantes, { $lam-phone-landline } o { $lam-phone-mobile }.
    .keywords = licencia de conducir, licencia de manejo, licencia de manejar, licencia, carnet de conducir, carné de conducir, carnet, brevete, pase, registro de conducir, permiso de conducir, carta de conducao, carta de condução, carta, CNH, cnh, canje, canjear, canjear licencia, cambiar licencia, cambiar el carnet, convalidar licencia, homologar carnet, validar licencia, licencia extranjera, licencia venezolana, licencia colombiana, licencia brasileña, licencia argentina, licencia mexicana, manejar, conducir, puedo manejar en portugal, IMT, imt, IMTonline, imt online, atestado medico, certificado medico, examen de manejo, examen de conducir, licencia internacional, permiso internacional, CPLP, OCDE, troca de carta, driving licence
    .questions =
        canjear licencia de conducir en portugal
        licencia de manejo venezolana vale en portugal?
        cambio de carnet de conducir IMT
        puedo conducir con mi licencia colombiana?
        plazo para canjear licencia extranjera
        cuanto cuesta cambiar el carnet de conducir
        tengo que hacer examen de manejo en portugal?
        el carnet español o argentino sirve en portugal
        documentos para canjear la licencia en el IMT
        mi licencia venció mientras esperaba el canje

bank-account = Abrir una cuenta en el banco
    .summary = Para abrir una cuenta en un banco en Portugal necesita, por regla general, un documento de identidad, el NIF y un comprobante de domicilio. Si no tiene otra cuenta corriente, tiene derecho a una cuenta de servicios mínimos bancarios (conta de serviços mínimos bancários), que cuesta como máximo { $bank-basic-account-max-fee } al año.
    .body =
        Una cuenta corriente (conta à ordem) sirve para cobrar el salario, pagar el alquiler y las cuentas de la casa, y usar tarjeta y MB WAY (la aplicación de pagos más usada en Portugal). El número de cuenta se llama IBAN. Los bancos están supervisados por el Banco de Portugal.

        ## Documentos que piden los bancos
        - Pasaporte o título de residencia.
        - NIF (número de contribuyente).
        - Comprobante de domicilio: contrato de alquiler, factura de luz, agua o internet, o certificado de residencia de la Junta de Freguesia (atestado de residência).
        - Información sobre su profesión y su empleador: el banco puede pedir el contrato de trabajo, un recibo de sueldo o un comprobante de estudiante.

        Los bancos tienen que identificar bien a sus clientes (reglas contra el lavado de dinero). Cada banco decide qué documentos acepta: algunos piden permiso de residencia, otros aceptan el pasaporte con visa. Si un banco le dice que no, pruebe en otro.

        ## Cuenta de servicios mínimos bancarios
        - Es una cuenta corriente de bajo costo: en total, el banco no puede cobrar más de { $bank-basic-account-max-fee } al año.
        - Incluye tarjeta de débito, depósitos, retiros de dinero, pagos, débitos automáticos y transferencias, algunas con un número máximo por año.
        - La puede pedir quien no tiene otra cuenta corriente en ningún banco. Si ya tiene una, puede convertirla.
        - Los bancos que reciben depósitos están obligados a ofrecerla.

        ## Pasos
        1. Compare los bancos y las comisiones. Puede ver las tarifas (preçários) en el Portal do Cliente Bancário, { $bportugal-client-web }.
        2. Vaya a la sucursal con los documentos, o abra la cuenta por internet o por la aplicación, si el banco lo permite.
        3. Llene la ficha de apertura de cuenta y la declaración sobre el país donde paga impuestos.
        4. Si quiere la cuenta de servicios mínimos bancarios, dígalo desde el principio y pídala por escrito.
        5. Guarde el contrato y el comprobante del IBAN: lo va a necesitar para el salario y para la Seguridad Social.

        ## Costos
        Las cuentas normales suelen tener comisión de mantenimiento, que cambia de un banco a otro. La cuenta de servicios mínimos tiene el límite de arriba.

        ## Si algo sale mal
        - El banco no quiso abrirle la cuenta: pida el motivo por escrito y pruebe en otro banco.
        - Quiere reclamar: pida el Libro de Reclamaciones (Livro de Reclamações) en la sucursal o reclame ante el Banco de Portugal en { $bportugal-client-web }.
        - Nunca dé los códigos de la tarjeta ni de la banca por internet (homebanking) por teléfono, SMS o correo. El banco nunca los pide.
        - No acepte recibir en su cuenta dinero de otras personas para pasarlo a terceros: puede ser un delito.
        - Ayuda en su idioma: Línea de Apoyo a Migrantes, { $lam-phone-landline } o { $lam-phone-mobile }.
    .keywords = cuenta bancaria, cuenta de banco, cuenta en el banco, abrir cuenta, abrir una cuenta, abrir cuenta bancaria, abrir cuenta en el banco, cuenta corriente, cuenta de ahorro, cuenta sueldo, cuenta nomina, cuenta nómina, conta à ordem, conta bancaria, conta bancária, banco, bancos, IBAN, iban, NIB, CBU, CLABE, tarjeta de debito, tarjeta de débito, tarjeta del banco, cajero, cajero automatico, multibanco, MB WAY, mbway, servicios minimos bancarios, serviços mínimos bancários, cuenta basica, cuenta básica, cuenta barata, cuenta sin comisiones, comisiones, banco de portugal, homebanking, banca online, el banco no me abre cuenta, no me quieren abrir cuenta, sin residencia, sin papeles, transferencia, bank account
    .questions =
        abrir cuenta bancaria sin residencia
        cuenta de banco para inmigrantes en portugal
        que documentos piden para abrir cuenta en el banco
        cuenta de servicios minimos bancarios
        el banco no me deja abrir cuenta porque no tengo residencia
        abrir cuenta con pasaporte y NIF
        necesito cuenta portuguesa para cobrar el sueldo
        cuanto cuesta mantener una cuenta en el banco
        abrir cuenta online en un banco portugues
        el banco pide comprobante de domicilio y no tengo
