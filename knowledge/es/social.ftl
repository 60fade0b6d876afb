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
