# Seguridad Social e impuestos: NIF, NISS, aportes y ayudas sociales.

nif-tax-number = Número de contribuyente (NIF)
    .summary = El NIF (número de identificação fiscal, o número de contribuyente) lo da Finanças, la oficina de impuestos, y lo necesita para trabajar, alquilar vivienda o abrir una cuenta en el banco. Puede pedirlo en persona, con cita, o por internet a través de un representante legal.
    .body =
        El NIF es su número en Finanças (Autoridade Tributária e Aduaneira, AT), la administración de impuestos. Lo va a necesitar para firmar un contrato de trabajo, alquilar vivienda, abrir una cuenta en el banco, pedir facturas a su nombre y pedir el permiso de residencia. Puede pedirlo aunque todavía no tenga permiso de residencia.

        ## Cómo pedirlo
        - En persona: en una oficina de Finanças (Serviço de Finanças) o en una Loja do Cidadão (centro de atención al ciudadano), con cita. Puede pedir la cita en el Portal das Finanças ({ $at-web }) o por teléfono al { $at-phone }.
        - Por internet: un representante legal (por ejemplo, un abogado, un procurador ("solicitador") u otra persona con poder notarial) hace el pedido por usted en el e-balcão del Portal das Finanças, en la ruta "Registo Contribuinte › Identific › Atrib/Alter NIF-Singulares".

        ## Documentos
        - Pasaporte u otro documento de identidad vigente (el título de residencia, si ya lo tiene).
        - Comprobante de domicilio: en Portugal, si ya vive aquí; en el extranjero, si todavía vive afuera.
        - Si el pedido lo hace un representante legal: el documento de identidad del representante y el poder (procuração). El poder dado a abogados y procuradores no necesita firma certificada.

        ## Representante fiscal
        - El representante legal y el representante fiscal no son lo mismo. El representante legal solo hace el pedido. El representante fiscal responde ante Finanças por quien vive fuera de la Unión Europea y del Espacio Económico Europeo.
        - Antes, quien tenía domicilio fuera de esos países tenía que nombrar un representante fiscal. Hoy ya no es obligatorio si se adhiere a las notificaciones electrónicas en el Portal das Finanças (artículo 19 de la Lei Geral Tributária). Confírmelo en Finanças cuando haga el pedido.
        - Cuando pase a vivir en Portugal, actualice su domicilio en Finanças. Con domicilio en Portugal no necesita representante fiscal.

        ## Después de tener el NIF
        1. Pida la contraseña (senha) de acceso al Portal das Finanças. La contraseña llega por carta a la dirección que usted dio, por eso la dirección tiene que estar bien.
        2. Con la contraseña puede ver y actualizar sus datos, adherirse a las notificaciones electrónicas y, más adelante, presentar la declaración de la renta (IRS).

        ## Costos
        Pedir el NIF en Finanças es gratis. Los abogados, procuradores y empresas que hacen el trámite por usted cobran por su servicio.

        ## Si algo sale mal
        - No hay citas disponibles: pruebe en otra oficina de Finanças o en otra Loja do Cidadão, o escriba por el e-balcão.
        - Perdió el número: aparece en cartas y facturas antiguas, o puede pedirlo en una oficina de Finanças con su documento de identidad.
        - Para recibir ayuda en su idioma, llame a la Línea de Apoyo a Migrantes: { $lam-phone-landline } o { $lam-phone-mobile }.
    .keywords = NIF, nif, numero de contribuyente, número de contribuyente, contribuyente, numero fiscal, número fiscal, numero de identificacion fiscal, identificacion fiscal, numero de impuestos, finanzas, financas, finanças, hacienda, impuestos, AT, oficina de impuestos, portal das financas, portal de finanzas, e-balcao, ebalcao, e balcão, representante fiscal, representante legal, poder, poder notarial, procuracao, procuração, contraseña finanzas, senha financas, sacar nif, pedir nif, tramitar nif, nif online, nif por internet, nif sin residencia, NIE, RUT, RFC, CUIT, RUC, tax number, IRS, declaracion de la renta, abrir cuenta banco, loja do cidadao, loja do cidadão, numero de contribuinte, número de contribuinte
    .questions =
        como sacar el NIF
        numero de contribuyente para extranjeros
        NIF online con representante fiscal
        todavia estoy en venezuela, puedo sacar el NIF antes de viajar?
        NIF en finanzas necesita cita?
        el NIF es lo mismo que el NIE de españa?
        cuanto cuesta sacar el NIF
        necesito representante fiscal si ya vivo en portugal?
        me mudé, como cambio la direccion en finanzas
        como recibo la contraseña del portal das finanças

niss-social-security = Número de la Seguridad Social (NISS)
    .summary = El NISS (número de identificação da Segurança Social) se necesita para trabajar con aportes y tener acceso a ayudas como la baja por enfermedad o el subsidio de desempleo. Las personas extranjeras pueden pedirlo por internet, en el sitio de la Seguridad Social (Segurança Social), y después lo retiran en persona.
    .body =
        El NISS es su número en la Seguridad Social (Segurança Social). Con él, su empleador lo inscribe y paga los aportes o cotizaciones (en portugués, los "descontos"). Esos aportes le dan derecho a ayudas cuando las necesite: baja por enfermedad (baixa), subsidio parental, subsidio de desempleo y jubilación (reforma). El NISS también se pide para el permiso de residencia y para solicitar asistencia jurídica gratuita.

        ## Cómo pedirlo
        - Por internet: desde el { $niss-online-since } hay un formulario en { $ss-web } llamado "Pedido de NISS – Cidadão Estrangeiro" (pedido de NISS para ciudadano extranjero). Su empleador o un representante legal con poder también lo pueden llenar por usted.
        - En persona: en una oficina de atención de la Seguridad Social, con cita pedida por teléfono al { $ss-appointment-phone } o al { $ss-appointment-phone-alt }.

        ## Pasos (pedido por internet)
        1. Llene el formulario "Pedido de NISS – Cidadão Estrangeiro" en { $ss-web }.
        2. Adjunte los documentos que le piden.
        3. Espere el correo de confirmación de la Seguridad Social.
        4. Vaya a retirar el NISS en persona, como le indiquen en el correo, con su documento de identidad original.

        ## Documentos
        - Pasaporte, título de residencia o permiso de residencia.
        - La visa de trabajo, si entró con visa.
        - El NIF, si ya lo tiene.
        - Si lo pide un representante: el poder (procuração) y el documento de identidad del representante.

        ## Después de tener el NISS
        - Regístrese en la Segurança Social Direta (el servicio en línea de la Seguridad Social) con el NISS y una contraseña, o con la Chave Móvel Digital (la clave digital del Estado). La Segurança Social Direta solo funciona después de tener el NISS.
        - En la Segurança Social Direta puede comprobar cada mes si su empleador declara su salario y paga los aportes (su historial de aportes, la "carreira contributiva").
        - Si trabaja por cuenta propia (con "recibos verdes"), tiene que inscribirse como trabajador independiente y presentar la declaración trimestral.

        ## Costos
        Pedir el NISS es gratis. Los aportes son una parte de su salario bruto; el empleador paga otra parte.

        ## Si algo sale mal
        - Su empleador le descuenta del salario pero no lo paga a la Seguridad Social: guarde los recibos de sueldo y hable con la Seguridad Social y con la ACT.
        - Dudas: llame al { $ss-phone } o al { $ss-phone-alt } ({ $ss-hours }).
        - Para recibir ayuda en su idioma: Línea de Apoyo a Migrantes, { $lam-phone-landline } o { $lam-phone-mobile }.
    .keywords = NISS, niss, NIS, numero de seguridad social, número de seguridad social, numero de la seguridad social, seguridad social, seguridad socail, segurida social, seg social, seguranca social, segurança social, segurança social direta, seguranca social direta, SSD, aportes, cotizaciones, cotizar, descuentos, descontos, contribuciones, inscripcion seguridad social, inscribirme en la seguridad social, ciudadano extranjero, cidadao estrangeiro, pedido de niss, niss online, sacar niss, pedir niss, numero de afiliacion, afiliacion, NSS, IMSS, IESS, INSS, historial de aportes, carreira contributiva, recibos verdes, independiente, autonomo, chave movel digital, chave móvel digital, baja por enfermedad, baixa, jubilacion, pension, reforma, desempleo
    .questions =
        como sacar el NISS
        numero de seguridad social para extranjeros
        NISS por internet
        necesito NISS para trabajar?
        donde recojo el NISS despues de pedirlo online
        NISS sin permiso de residencia se puede?
        segurança social direta como registrarse
        mi jefe me pide el numero de la seguridad social
        cuanto tarda en salir el NISS
        tengo NISS pero el jefe no me paga las cotizaciones

unemployment-benefit = Subsidio de desempleo
    .summary = Si perdió el trabajo sin que fuera su decisión y aportó a la Seguridad Social el tiempo suficiente, puede tener derecho al subsidio de desempleo (subsídio de desemprego). Tiene que inscribirse en el centro de empleo del IEFP y pedir el subsidio dentro del plazo.
    .body =
        El subsidio de desempleo (subsídio de desemprego) lo paga la Seguridad Social a quien trabajaba como empleado y se quedó sin trabajo. El pedido pasa por el centro de empleo (centro de emprego) del IEFP (Instituto do Emprego e Formação Profissional).

        ## Quién lo puede cobrar
        - Quien trabajó como empleado, con aportes, por lo menos { $unemployment-min-days ->
            [one] { $unemployment-min-days } día
           *[other] { $unemployment-min-days } días
        } en los { $unemployment-reference-months ->
            [one] { $unemployment-reference-months } mes
           *[other] { $unemployment-reference-months } meses
        } anteriores a quedarse sin trabajo.
        - Quien se quedó sin trabajo sin que fuera su decisión: despido (despedimento), fin del contrato temporal, o salida con justa causa porque no le pagaban u otra falta grave del empleador. Un acuerdo de salida con el empleador solo cuenta en algunos casos.
        - Quien renuncia por su propia voluntad, sin justa causa, no tiene derecho.
        - Si es extranjero, necesita un título de residencia vigente.
        - Tiene que estar inscrito en el centro de empleo y disponible para trabajar.

        ## Subsidio social de desempleo
        Si no tiene suficientes días de aportes, puede tener derecho al subsidio social de desempleo (subsídio social de desemprego): pide { $social-unemployment-min-days ->
            [one] { $social-unemployment-min-days } día
           *[other] { $social-unemployment-min-days } días
        } de aportes en los últimos { $social-unemployment-reference-months ->
            [one] { $social-unemployment-reference-months } mes
           *[other] { $social-unemployment-reference-months } meses
        } y solo se da a familias con ingresos bajos.

        ## Pasos
        1. Pida a su empleador la "declaração de situação de desemprego" (declaración de situación de desempleo), el formulario de la Seguridad Social que dice por qué terminó el contrato.
        2. Inscríbase como desempleado en el centro de empleo de su zona o en { $iefp-web }.
        3. Pida el subsidio hasta { $unemployment-apply-days ->
            [one] { $unemployment-apply-days } día
           *[other] { $unemployment-apply-days } días
        } después de quedarse sin trabajo: en el centro de empleo o en la Segurança Social Direta.
        4. Cumpla el plan personal de empleo (plano pessoal de emprego): busque trabajo, vaya cuando lo citen y acepte una oferta de trabajo adecuada.
        5. Avise a la Seguridad Social si vuelve a trabajar o si viaja al extranjero.

        ## Documentos
        - Pasaporte y título de residencia vigente.
        - NIF y NISS.
        - Declaración de situación de desempleo.
        - Comprobante del IBAN (número de cuenta) de una cuenta bancaria a su nombre.

        ## Cuánto cobra y por cuánto tiempo
        - El monto es una parte del salario promedio que declaró. Hay un mínimo y un máximo, ligados al IAS (Indexante dos Apoios Sociais, el valor de referencia de las ayudas sociales: { $ias }).
        - El tiempo que cobra depende de su edad y de cuánto tiempo aportó.
        - Vea sus aportes en la Segurança Social Direta.

        ## Si algo sale mal
        - El empleador no le da la declaración: la ACT lo puede obligar, { $act-phone }.
        - Le negaron el pedido: pida la decisión por escrito y reclame dentro del plazo que indica la carta.
        - Dudas: Seguridad Social, { $ss-phone } o { $ss-phone-alt } ({ $ss-hours }).
        - Ayuda en su idioma: Línea de Apoyo a Migrantes, { $lam-phone-landline } o { $lam-phone-mobile }.
    .keywords = subsidio de desempleo, subsidio desempleo, paro, cobrar el paro, seguro de desempleo, seguro de cesantia, cesantía, desempleo, desempleado, desempleada, me quede sin trabajo, me quedé sin trabajo, perdi mi trabajo, perdí el trabajo, me despidieron, me echaron, despido, me botaron, fin de contrato, se acabo el contrato, se me termino el contrato, subsidio social de desempleo, declaracion de desempleo, declaração de situação de desemprego, modelo 5044, RP 5044, centro de empleo, centro de emprego, IEFP, iefp, seguridad social, seguranca social, cuanto cobro, cuanto tiempo cobro, plazo para pedir, IAS, subsídio de desemprego, desemprego
    .questions =
        subsidio de desempleo como pedirlo
        me despidieron, tengo derecho al paro?
        cuanto tiempo cotizado necesito para cobrar el paro
        renuncié, puedo cobrar desempleo?
        subsidio social de desempleo
        se acabó mi contrato temporal, cobro desempleo?
        cuanto se cobra de subsidio de desempleo
        inscripcion en el centro de empleo para el subsidio
        inmigrante con residencia cobra el paro?
        plazo para pedir el subsidio de desempleo

family-benefits = Ayuda por hijos (abono de família) y otras ayudas para familias
    .summary = El abono de família es un dinero que la Seguridad Social paga todos los meses para ayudar a criar a los hijos. El monto depende de los ingresos de la familia y de la edad del niño. No hace falta haber aportado a la Seguridad Social.
    .body =
        La Seguridad Social tiene varias ayudas para familias con hijos. La principal es el abono de família para niños y jóvenes (abono de família para crianças e jovens). Para pedirlas, padres e hijos necesitan el NISS.

        ## Abono de família para niños y jóvenes
        - Se paga todos los meses, por cada hijo.
        - El monto depende del tramo de ingresos de la familia (escalão) y de la edad del niño. Los montos cambian todos los años: confírmelos en { $ss-web }.
        - No depende de aportes: también lo reciben familias que nunca aportaron.
        - Los ingresos y los ahorros de la familia tienen que estar por debajo de ciertos límites.
        - A partir de cierta edad, el joven solo lo recibe si sigue estudiando. Todos los años hay que presentar la prueba escolar (prova escolar).

        ## Quién lo puede pedir
        - Niños y jóvenes que viven en Portugal, con título de residencia vigente o en una situación equivalente, como los refugiados.
        - Si el niño o los padres todavía esperan el título de residencia, pregunte en la Seguridad Social si ya pueden pedirlo.
        - El { $social-benefits-bill-debate-date } el Parlamento debatió un proyecto de ley para exigir { $social-benefits-bill-years ->
            [one] { $social-benefits-bill-years } año
           *[other] { $social-benefits-bill-years } años
        } de residencia legal a los ciudadanos de fuera de la Unión Europea antes de recibir ayudas como el RSI y el abono de família. No encontramos noticias de que se haya aprobado. Si oye hablar de nuevas reglas, confírmelo en la Seguridad Social.

        ## Otras ayudas
        - Abono prenatal (abono pré-natal): para embarazadas, a partir de cierta etapa del embarazo, con certificado médico.
        - Garantía para la Infancia (Garantia para a Infância): un monto extra para niños de familias con ingresos muy bajos.
        - Bonificación por discapacidad (bonificação por deficiência): un monto extra para niños y jóvenes con discapacidad.
        - Subsidio parental (subsídio parental): se paga a la madre y al padre durante la licencia después del nacimiento, a quien tiene aportes. Quien no tiene aportes suficientes puede tener derecho al subsidio social parental.

        ## Pasos
        1. Pida el NISS para el niño y para los padres, si todavía no lo tienen.
        2. Regístrese en la Segurança Social Direta.
        3. Pida el abono en la Segurança Social Direta o en una oficina de atención de la Seguridad Social. Pídalo apenas nazca el niño o apenas lleguen a Portugal: si lo pide tarde, puede perder meses.
        4. Indique el IBAN de la cuenta donde quiere cobrarlo.
        5. Mantenga sus datos al día: domicilio, ingresos y quiénes forman la familia.

        ## Documentos
        - Documentos de identidad y títulos de residencia de toda la familia.
        - Partida o acta de nacimiento del niño (certidão de nascimento), traducida si no está en portugués.
        - NISS y NIF de todos.
        - Comprobante del IBAN.
        - Comprobantes de los ingresos de la familia, si se los piden.

        ## Costos
        Pedir estas ayudas es gratis.

        ## Si algo sale mal
        - Le negaron el pedido o le pusieron en un tramo (escalão) equivocado: pida la decisión por escrito y reclame dentro del plazo indicado.
        - Dudas: Seguridad Social, { $ss-phone } o { $ss-phone-alt } ({ $ss-hours }).
        - Ayuda en su idioma: Línea de Apoyo a Migrantes, { $lam-phone-landline } o { $lam-phone-mobile }.
    .keywords = abono de familia, abono de família, abono, ayuda por hijos, ayuda por hijo, prestacion por hijo, prestación por hijo, asignacion familiar, asignación familiar, asignacion universal por hijo, AUH, subsidio familiar, bono por hijos, plata por los hijos, dinero por los hijos, ayuda para los niños, abono prenatal, abono pre natal, embarazada, embarazo, hijos, niño, niños, nino, bebe, bebé, nacimiento, escalon, escalão, escalao, prova escolar, prueba escolar, garantia para la infancia, garantia para a infância, subsidio parental, subsídio parental, licencia de maternidad, licencia por maternidad, licencia de paternidad, baja por maternidad, discapacidad, bonificacion por discapacidad, ayudas para familias, seguridad social, seguranca social
    .questions =
        abono de familia como pedirlo
        ayuda por hijos en portugal
        cuanto es el abono de familia
        necesito haber cotizado para cobrar el abono?
        mis hijos estan en colombia, puedo cobrar el abono?
        ayuda por embarazo abono prenatal
        otras ayudas para familias con hijos
        pedir el abono por segurança social direta
        me negaron el abono de familia

social-support-income = Ingreso social de inserción (RSI) y ayuda social urgente
    .summary = El Rendimento Social de Inserção (RSI) es una ayuda mensual de la Seguridad Social para personas y familias en pobreza extrema, unida a un plan para mejorar su situación. En una emergencia, como quedarse sin casa o sin comida, hay ayuda social urgente.
    .body =
        El RSI (Rendimento Social de Inserção, ingreso social de inserción) tiene dos partes: un monto que se paga todos los meses y un contrato de inserción (contrato de inserção), con pasos para salir de la pobreza, como buscar trabajo, hacer cursos o mandar a los hijos a la escuela. Quien decide es la Seguridad Social.

        ## Quién lo puede pedir
        - Quien vive legalmente en Portugal. Los ciudadanos de fuera de la Unión Europea necesitan, por regla general, { $rsi-min-residence-years ->
            [one] { $rsi-min-residence-years } año
           *[other] { $rsi-min-residence-years } años
        } de residencia legal. Los refugiados no tienen que cumplir este plazo. Este plazo es el que indicaba la DECO Proteste el { $rsi-residence-source-date }; otras fuentes dicen que no hay plazo mínimo. Confírmelo en la Seguridad Social.
        - Quien tiene ingresos muy bajos y pocos ahorros o bienes, contando a toda la familia que vive con usted.
        - Por regla general, mayores de edad. Hay excepciones, por ejemplo para embarazadas o para quien tiene hijos a su cargo.
        - Quien puede trabajar tiene que estar inscrito en el centro de empleo del IEFP.

        ## Cuánto cobra
        El RSI completa los ingresos de la familia hasta un monto de referencia, que depende del número de personas. Ese monto se actualiza con el IAS (Indexante dos Apoios Sociais, { $ias }). Confirme su caso en la Seguridad Social.

        ## Pasos
        1. Pida el RSI en la Segurança Social Direta o en una oficina de atención de la Seguridad Social.
        2. Entregue los documentos de todas las personas de la familia.
        3. Vaya a la entrevista con el trabajador social (técnico de ação social).
        4. Firme el contrato de inserción y cumpla lo acordado.
        5. Avise a la Seguridad Social de cualquier cambio: trabajo, ingresos, domicilio o familia.

        ## Documentos
        - Documentos de identidad y títulos de residencia de todos.
        - NISS y NIF de todos.
        - Comprobantes de ingresos y extractos bancarios.
        - Contrato de alquiler (contrato de arrendamento) o comprobante de domicilio.
        - Comprobante del IBAN.

        ## Ayuda social urgente
        - Se quedó sin casa, sin comida o está en peligro: llame a la Línea Nacional de Emergencia Social (Linha Nacional de Emergência Social), { $social-emergency-phone }, gratis, a cualquier hora.
        - Puede pedir ayuda al servicio de acción social de la Seguridad Social, de la municipalidad (câmara municipal) o de la Junta de Freguesia. En Lisboa, también a la Santa Casa da Misericórdia.
        - Estos servicios pueden dar ayudas puntuales para comida, medicamentos o alquiler, y derivarlo a instituciones de ayuda social y bancos de alimentos.
        - Si hay peligro para la vida, llame al { $emergency-phone }.

        ## Residencia y ayudas sociales
        Si tiene dudas sobre cómo puede afectar una ayuda social a la renovación de su permiso de residencia, pregunte en un CNAI o a la AIMA antes de decidir.

        El { $social-benefits-bill-debate-date } el Parlamento debatió un proyecto de ley para exigir { $social-benefits-bill-years ->
            [one] { $social-benefits-bill-years } año
           *[other] { $social-benefits-bill-years } años
        } de residencia legal a los ciudadanos de fuera de la Unión Europea antes de recibir ayudas como el RSI y el abono de família. No encontramos noticias de que se haya aprobado. Si oye hablar de nuevas reglas, confírmelo en la Seguridad Social.

        ## Costos
        Pedir el RSI o ayuda social es gratis.

        ## Si algo sale mal
        - Le negaron el pedido: pida la decisión por escrito y reclame dentro del plazo indicado.
        - Dudas: Seguridad Social, { $ss-phone } o { $ss-phone-alt } ({ $ss-hours }).
        - Ayuda en su idioma: Línea de Apoyo a Migrantes, { $lam-phone-landline } o { $lam-phone-mobile }.
    .keywords = RSI, rsi, rendimento social de inserção, rendimento social de insercao, ingreso social, ingreso minimo, ingreso mínimo vital, renta minima, renta mínima, salario social, ayuda del gobierno, ayuda del estado, ayuda economica, ayuda económica, subsidio, bono, plan social, ayuda social, accion social, asistente social, trabajadora social, asistencia social, pobreza, sin plata, sin dinero, no tengo dinero, sin comida, no tengo para comer, hambre, sin casa, en la calle, sin techo, persona sin hogar, indigente, emergencia social, linea 144, { $social-emergency-phone }, banco de alimentos, comedor social, canasta basica, canasta básica, cesta basica, santa casa, junta de freguesia, camara municipal, municipalidad, ayuntamiento, alquiler, seguridad social, seguranca social
    .questions =
        renta minima en portugal RSI
        rendimiento social de insercion como pedir
        no tengo dinero ni comida, a quien pido ayuda?
        ayuda social urgente seguridad social
        me quedé en la calle hoy, donde duermo?
        cuanto es el RSI por persona
        comedor social y banco de alimentos
        necesito residencia para el RSI?
        ayuda para familia en pobreza extrema
        me negaron el RSI que hago
