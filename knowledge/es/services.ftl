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
