# Ciudadanía: nacionalidad portuguesa por naturalización, hijos nacidos en Portugal y prueba de portugués.

naturalisation = Nacionalidad portuguesa por naturalización
    .summary = La naturalización se pide al IRN, en una oficina de registro (Conservatória). Según la ley vigente al { $nationality-law-status-date }, la puede pedir quien es mayor de edad, vive legalmente en Portugal desde hace por lo menos { $naturalisation-residence-years ->
            [one] { $naturalisation-residence-years } año
           *[other] { $naturalisation-residence-years } años
        }, demuestra que sabe portugués (nivel A2) y no tiene condenas graves. La ley está cambiando: confirme las reglas antes de hacer el pedido.
    .body =
        La nacionalidad portuguesa por naturalización la concede el Ministerio de Justicia (Ministério da Justiça). Los pedidos los recibe y tramita el IRN (Instituto dos Registos e do Notariado), a través de las oficinas de registro (Conservatórias).

        ## La ley está cambiando
        - Al { $nationality-law-status-date } seguía vigente la regla de { $naturalisation-residence-years ->
            [one] { $naturalisation-residence-years } año
           *[other] { $naturalisation-residence-years } años
        } de residencia legal.
        - El { $nationality-reform-approved } el Parlamento aprobó una reforma que exigía { $nationality-reform-years-cplp ->
            [one] { $nationality-reform-years-cplp } año
           *[other] { $nationality-reform-years-cplp } años
        } a los ciudadanos de países de lengua portuguesa (CPLP) y { $nationality-reform-years-other ->
            [one] { $nationality-reform-years-other } año
           *[other] { $nationality-reform-years-other } años
        } a los demás, contados solo a partir del título de residencia.
        - El { $nationality-tc-ruling } el Tribunal Constitucional declaró inconstitucionales algunas normas de esa reforma y el Presidente de la República la vetó. Estaba prevista una nueva votación en el Parlamento a partir del { $nationality-revote-scheduled }.
        - Antes de pedirla, confirme en el IRN ({ $irn-web }) qué reglas se aplican hoy.

        ## Quién la puede pedir (ley vigente al { $nationality-law-status-date })
        - Quien es mayor de edad o está emancipado.
        - Quien vive legalmente en Portugal desde hace por lo menos { $naturalisation-residence-years ->
            [one] { $naturalisation-residence-years } año
           *[other] { $naturalisation-residence-years } años
        }. También cuenta el tiempo de espera desde el pedido del primer permiso de residencia, si se lo concedieron.
        - Quien conoce lo suficiente el portugués (nivel A2). Quien nació en un país de lengua oficial portuguesa y tiene su nacionalidad, por regla general, no necesita probarlo.
        - Quien no fue condenado, con sentencia firme, por un delito castigado con pena de prisión de { $naturalisation-crime-max-years ->
            [one] { $naturalisation-crime-max-years } año
           *[other] { $naturalisation-crime-max-years } años
        } o más.
        - Quien no es considerado una amenaza para la seguridad nacional.

        ## Pasos
        1. Junte los documentos. Los documentos extranjeros necesitan legalización (apostilla de La Haya o consulado) y traducción, si no están en portugués.
        2. Entregue el pedido en una Conservatória do Registo Civil (registro civil) o en la Conservatória dos Registos Centrais. Muchas piden cita. Un abogado o un procurador (solicitador) también puede hacer el pedido por usted por internet.
        3. Pague la tasa y guarde el número de proceso.
        4. Siga el proceso y responda rápido si le piden más documentos.
        5. Si se lo aprueban, el IRN registra la nacionalidad. Después puede pedir la cédula de identidad portuguesa (cartão de cidadão).

        ## Documentos
        - Solicitud (requerimento, el formulario del IRN), firmada.
        - Partida o acta de nacimiento (certidão de nascimento).
        - Certificado de antecedentes penales del país de su nacionalidad y de los países donde vivió. El certificado portugués lo consigue el IRN.
        - Certificado de portugués de nivel A2, si tiene que probarlo.
        - Pasaporte y título de residencia.

        ## Costos y plazos
        La tasa del pedido es de { $nationality-fee } (confirme el valor actual en el IRN). La decisión puede tardar mucho tiempo.

        ## Si algo sale mal
        - Si le niegan el pedido, puede impugnar la decisión. Pida asistencia jurídica (apoio judiciário) a la Seguridad Social si no puede pagar un abogado.
        - Desconfíe de quien le promete la nacionalidad rápido a cambio de dinero.
        - Ayuda en su idioma: Línea de Apoyo a Migrantes, { $lam-phone-landline } o { $lam-phone-mobile }.
    .keywords = nacionalidad, nacionalidad portuguesa, naturalizacion, naturalización, naturalizarme, naturalizarse, ciudadania, ciudadanía, ciudadania portuguesa, ser portugues, hacerme portugues, pasaporte portugues, pasaporte portugués, pasaporte europeo, cartao de cidadao, cartão de cidadão, cedula portuguesa, sacar la nacionalidad, pedir la nacionalidad, solicitud de nacionalidad, nacionalidad por residencia, ciudadania por residencia, años de residencia, cuantos años para la nacionalidad, nueva ley de nacionalidad, ley de nacionalidad, IRN, irn, conservatoria, conservatória, registos centrais, doble nacionalidad, doble ciudadania, requerimento, proceso de nacionalidad, cuanto cuesta la nacionalidad, tasa nacionalidad, nacionalidade, naturalização

nationality-children-born-here = Nacionalidad de los hijos nacidos en Portugal
    .summary = Nacer en Portugal no siempre da la nacionalidad portuguesa. Según la ley vigente al { $nationality-law-status-date }, el hijo de padres extranjeros es portugués de origen si, cuando nació, uno de los padres vivía legalmente en Portugal o vivía aquí desde hacía por lo menos { $nationality-birth-parent-residence-years ->
            [one] { $nationality-birth-parent-residence-years } año
           *[other] { $nationality-birth-parent-residence-years } años
        }. Si no es así, más adelante puede pedir la naturalización. El trámite se hace en el IRN.
    .body =
        Un niño nacido en Portugal, hijo de padres extranjeros, puede ser portugués desde que nace o pedir la nacionalidad más adelante. Depende de la situación de los padres. El trámite lo hace el IRN (Instituto dos Registos e do Notariado), en las oficinas del registro civil (Conservatórias do Registo Civil).

        ## La ley está cambiando
        La reforma de la ley de nacionalidad que aprobó el Parlamento el { $nationality-reform-approved } hacía estas reglas más exigentes: por ejemplo, uno de los padres tendría que tener título de residencia desde hacía { $nationality-reform-birth-parent-years ->
            [one] { $nationality-reform-birth-parent-years } año
           *[other] { $nationality-reform-birth-parent-years } años
        }. Al { $nationality-law-status-date } esa reforma todavía no estaba vigente. Confirme en el IRN ({ $irn-web }) las reglas de hoy.

        ## Portugués de origen (ley vigente al { $nationality-law-status-date })
        El niño es portugués desde que nace si:
        - nació en Portugal;
        - los padres no están aquí al servicio de su país (por ejemplo, diplomáticos);
        - cuando nació, uno de los padres vivía legalmente en Portugal, o vivía aquí, aunque fuera sin título de residencia, desde hacía por lo menos { $nationality-birth-parent-residence-years ->
            [one] { $nationality-birth-parent-residence-years } año
           *[other] { $nationality-birth-parent-residence-years } años
        };
        - los padres no declaran que no quieren que el niño sea portugués.

        ## Pasos
        1. Registre el nacimiento en el hospital, si tiene el mostrador Nascer Cidadão, o en una oficina del registro civil (Conservatória do Registo Civil).
        2. En el registro, muestre el título de residencia del padre o de la madre. Si no tiene título, pregunte qué pruebas de residencia aceptan.
        3. Si la nacionalidad no quedó en el registro, puede pedirla después en una Conservatória.
        4. Con la nacionalidad registrada, pida la cédula de identidad portuguesa (cartão de cidadão) del niño.

        ## Naturalización de niños nacidos aquí
        Si el niño no quedó portugués al nacer, puede pedir la naturalización mientras sea menor de edad si, en el momento del pedido:
        - uno de los padres vive en Portugal, aunque sea sin título, desde hace por lo menos { $nationality-minor-parent-residence-years ->
            [one] { $nationality-minor-parent-residence-years } año
           *[other] { $nationality-minor-parent-residence-years } años
        }; o
        - uno de los padres tiene residencia legal; o
        - el niño fue en Portugal por lo menos { $nationality-minor-school-years ->
            [one] { $nationality-minor-school-years } año
           *[other] { $nationality-minor-school-years } años
        } al jardín de infancia o a la escuela.

        ## Documentos
        - Documentos de identidad y títulos de residencia de los padres.
        - Pruebas de domicilio y de residencia (contratos, certificado de residencia de la Junta de Freguesia, registros en la Seguridad Social), si los padres no tienen título.
        - Para la naturalización: partida o acta de nacimiento del niño (certidão de nascimento) y certificado de la escuela, si corresponde.

        ## Costos
        El registro de nacimiento hecho dentro del plazo legal es gratis. El pedido de naturalización tiene una tasa: confirme el valor en el IRN.

        ## Si algo sale mal
        - Si la Conservatória no acepta sus pruebas, pida el motivo por escrito.
        - Ayuda en su idioma: Línea de Apoyo a Migrantes, { $lam-phone-landline } o { $lam-phone-mobile }, o en un CNAI.
    .keywords = hijo nacido en portugal, mi hijo nacio en portugal, mi hijo nació en portugal, bebe nacido en portugal, bebé nacido en portugal, nacio aqui, nacionalidad del hijo, nacionalidad de mi hijo, nacionalidad para mi bebe, nacionalidad del bebe, ciudadania del hijo, hijo portugues, hijo portugués, niño portugues, registro de nacimiento, registrar al bebe, inscribir al bebe, partida de nacimiento, acta de nacimiento, certidão de nascimento, nascer cidadao, nascer cidadão, conservatoria, conservatória, registro civil, IRN, cartao de cidadao del bebe, cartão de cidadão, naturalizacion de menores, naturalización de menores, ius soli, jus soli, derecho de suelo, padres extranjeros, hijos de inmigrantes, nacionalidade

portuguese-language-test = Prueba de portugués (A2) para la nacionalidad
    .summary = Para pedir la nacionalidad por naturalización tiene que demostrar que sabe portugués de nivel A2. Sirve la prueba hecha en una escuela pública, el examen CIPLE, un certificado de curso de portugués de nivel A2 de una entidad pública o un certificado escolar portugués. Quien nació en un país de lengua portuguesa y tiene su nacionalidad, por regla general, no lo necesita.
    .body =
        El nivel que se pide es el A2 del Marco Común Europeo de Referencia para las Lenguas: entender y usar el portugués en situaciones simples del día a día. El mismo certificado sirve para el permiso de residencia permanente.

        ## Formas de demostrarlo
        - La Prova do Conhecimento da Língua Portuguesa para Aquisição da Nacionalidade (PaN, prueba de portugués para la nacionalidad), que organiza el IAVE (Instituto de Avaliação Educativa) y se hace en escuelas públicas. En el extranjero se hace en lugares acreditados por el Instituto Camões.
        - El certificado CIPLE, un examen de portugués como lengua extranjera de nivel A2, del CAPLE (Universidad de Lisboa), que se hace en centros de examen en Portugal y en el extranjero.
        - Un certificado de nivel A2 o superior de un curso de Portugués Lengua de Acogida (Português Língua de Acolhimento, PLA), dado por una escuela pública, un centro del IEFP o un Centro Qualifica.
        - Un certificado de una escuela portuguesa que muestre que aprobó Portugués o Portugués Lengua No Materna en por lo menos { $nationality-language-school-years ->
            [one] { $nationality-language-school-years } año escolar
           *[other] { $nationality-language-school-years } años escolares
        }.

        ## Quién no la necesita, o hace una prueba adaptada
        - A quien nació en un país de lengua oficial portuguesa y tiene su nacionalidad (por ejemplo, Brasil, Angola, Cabo Verde o Mozambique) se le presume que sabe portugués. Confirme en el IRN si su caso está incluido.
        - Quien no sabe leer ni escribir, las personas mayores y las personas con una enfermedad grave o con discapacidad pueden hacer una prueba adaptada, por ejemplo solo oral.
        - Para los niños, la prueba se adapta a la edad.

        ## Pasos (prueba PaN)
        1. Mire el calendario y la inscripción en el sitio del IAVE o pregunte en una escuela pública.
        2. Inscríbase y pague la tasa. Necesita un documento de identidad vigente.
        3. Haga la prueba: lectura, escritura y comprensión oral.
        4. Reciba el certificado y adjúntelo al pedido de nacionalidad.

        ## Costos
        - La prueba PaN y el examen CIPLE tienen una tasa: confirme el valor en el IAVE o en el CAPLE.
        - Los cursos PLA son gratis.

        ## Cuidado con los certificados
        Los certificados de cursos privados solo cuentan si se emiten en el sistema oficial, por ejemplo por un acuerdo con una escuela pública o con el IEFP. Confírmelo antes de pagar. Si el certificado no es aceptado, el IRN puede rechazar el pedido mucho tiempo después.

        ## La ley puede cambiar
        La reforma de la ley de nacionalidad aprobada el { $nationality-reform-approved } también preveía una prueba de conocimientos sobre la cultura portuguesa y los derechos y deberes de los ciudadanos. Al { $nationality-law-status-date } todavía no estaba vigente. Confírmelo en el IRN ({ $irn-web }).

        ## Si algo sale mal
        - Si no aprueba, puede inscribirse en otra fecha.
        - Si el IRN no acepta su certificado, pida el motivo por escrito.
        - Ayuda en su idioma: Línea de Apoyo a Migrantes, { $lam-phone-landline } o { $lam-phone-mobile }.
    .keywords = prueba de portugues, prueba de portugués, examen de portugues, examen de portugués, test de portugues, test de portugués, A2, a2, nivel A2, nivel a2, CIPLE, ciple, CAPLE, caple, PaN, IAVE, iave, examen de idioma, prueba de idioma, prueba de lengua, certificado de portugues, certificado de portugués, certificado A2, diploma A2, portugues para la nacionalidad, idioma para la nacionalidad, examen para la nacionalidad, estoy exento, exencion de la prueba, brasileño necesita prueba, PALOP, CPLP, Camoes, Camões, PLA, prueba oral, no se leer, examen de cultura, prova de português, teste de português
