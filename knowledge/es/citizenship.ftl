# Ciudadanía: nacionalidad portuguesa por naturalización, hijos nacidos en Portugal y prueba de portugués.

naturalisation = Nacionalidad portuguesa por naturalización
    .summary = Desde el { $nationality-law-in-force } rige una nueva ley de nacionalidad. Según las fuentes disponibles, la naturalización exige { $nationality-reform-years-cplp ->
            [one] { $nationality-reform-years-cplp } año
           *[other] { $nationality-reform-years-cplp } años
        } de residencia legal a los nacionales de países de lengua portuguesa (CPLP) y de la Unión Europea y { $nationality-reform-years-other ->
            [one] { $nationality-reform-years-other } año
           *[other] { $nationality-reform-years-other } años
        } a los demás, contados desde el primer permiso de residencia, además de portugués y una prueba cívica. La solicitud se presenta en el IRN. Aún hay puntos sin aclarar: confirme en el IRN o con un abogado antes de solicitarla.
    .body =
        La nacionalidad portuguesa por naturalización la concede el Ministerio de Justicia. Quien recibe y tramita las solicitudes es el IRN (Instituto dos Registos e do Notariado), a través de los registros civiles (Conservatórias). Esto es información general, no asesoramiento jurídico.

        ## La ley cambió el { $nationality-law-in-force }
        - El { $nationality-reform-approved } el Parlamento aprobó una reforma de la Ley de Nacionalidad. El { $nationality-tc-ruling } el Tribunal Constitucional declaró inconstitucionales algunas normas y el Presidente de la República la vetó.
        - El { $nationality-revote-date } el Parlamento volvió a votar la reforma. Según las fuentes, el Presidente la promulgó el { $nationality-law-promulgated }, se publicó en el Diário da República el { $nationality-law-published } (citada como Ley Orgánica n.º 1/2026) y está en vigor desde el { $nationality-law-in-force }.
        - No encontramos el texto publicado en el Diário da República: lo que se dice aquí viene de resúmenes de abogados y de noticias. Confírmelo en el IRN ({ $irn-web }) o con un abogado.

        ## Quién puede solicitarla (ley en vigor desde el { $nationality-law-in-force }, según las fuentes)
        - Quien es mayor de edad o está emancipado.
        - Quien vive legalmente en Portugal desde hace al menos { $nationality-reform-years-cplp ->
            [one] { $nationality-reform-years-cplp } año
           *[other] { $nationality-reform-years-cplp } años
        }, si es nacional de un país de la CPLP o de la Unión Europea, o al menos { $nationality-reform-years-other ->
            [one] { $nationality-reform-years-other } año
           *[other] { $nationality-reform-years-other } años
        } en los demás casos.
        - El tiempo cuenta desde la expedición del primer permiso de residencia. El tiempo de espera del permiso ya no cuenta.
        - Quien conoce suficientemente la lengua portuguesa y también la cultura portuguesa y los derechos y deberes de los ciudadanos: la ley prevé una prueba cívica (llamada TNIC, Teste Nacional de Integração e Cidadania).
        - Quien no tiene condenas penales graves. Las fuentes mencionan reglas más estrictas, con un límite de { $naturalisation-crime-max-years ->
            [one] { $naturalisation-crime-max-years } año
           *[other] { $naturalisation-crime-max-years } años
        } de prisión, pero las describen de forma distinta.
        - Quien no se considera una amenaza para la seguridad nacional. Según las fuentes, también se recogen datos biométricos.

        ## Lo que aún no está claro
        - Solicitudes presentadas antes del { $nationality-law-in-force }: las informaciones no coinciden. Algunos despachos de abogados dicen que los expedientes ya pendientes siguen la ley anterior ({ $naturalisation-residence-years ->
            [one] { $naturalisation-residence-years } año
           *[other] { $naturalisation-residence-years } años
        } de residencia). Otro dice que la ley no tiene régimen transitorio y que solo el mensaje del Presidente pidió que esas solicitudes no se vieran perjudicadas. Pregunte en el IRN o a un abogado.
        - El reglamento de la nueva ley: mientras no exista, algunos trámites pueden no estar definidos.
        - La prueba cívica: cómo, dónde y cuándo se hace aún no se ha anunciado en las fuentes consultadas.
        - Las tasas: no encontramos la tasa vigente con la nueva ley.

        ## Pasos
        1. Confirme en el IRN que cumple las reglas actuales y qué prueba de idioma y prueba cívica le piden.
        2. Reúna los documentos. Los documentos extranjeros deben legalizarse (Apostilla de La Haya o consulado) y traducirse si no están en portugués.
        3. Presente la solicitud en una Conservatória do Registo Civil o en la Conservatória dos Registos Centrais. Muchas piden cita. Un abogado o un solicitador también puede presentarla por internet por usted.
        4. Pague la tasa y guarde el número del expediente.
        5. Siga el expediente y responda rápido si le piden más documentos.
        6. Si se aprueba, el IRN registra la nacionalidad. Después puede pedir la tarjeta de ciudadano (cartão de cidadão).

        ## Documentos
        - Solicitud (impreso del IRN), firmada.
        - Certificado de nacimiento.
        - Certificado de antecedentes penales del país de su nacionalidad y de los países donde ha vivido. El portugués lo obtiene el IRN.
        - Prueba de portugués y, cuando exista, de la prueba cívica.
        - Pasaporte y permisos de residencia, con la fecha del primer permiso.

        ## Costes y plazos
        Antes de la nueva ley la tasa de la solicitud era de { $nationality-fee }. Confirme el importe actual en el IRN. La decisión puede tardar mucho.

        ## Si algo sale mal
        - Si se rechaza la solicitud, puede impugnar la decisión. Pida asistencia jurídica gratuita a la Segurança Social si no puede pagar un abogado.
        - Desconfíe de quien promete la nacionalidad rápido a cambio de dinero.
        - Ayuda en su idioma: Línea de Apoyo a Migrantes, { $lam-phone-landline } o { $lam-phone-mobile }.
    .keywords = nacionalidad, nacionalidad portuguesa, ciudadanía, ciudadania portuguesa, naturalización, naturalizacion, naturalizarse, pasaporte portugués, pasaporte portugues, tarjeta de ciudadano, pedir la nacionalidad, solicitud de nacionalidad, nacionalidad por residencia, años de residencia, anos de residencia, 7 años, 10 años, siete años, diez años, nueva ley de nacionalidad, ley de nacionalidad 2026, ley orgánica 1/2026, prueba cívica, examen cívico, TNIC, solicitud pendiente, tiempo de espera, IRN, conservatoria, registro civil, doble nacionalidad, cuánto cuesta la nacionalidad, tasa nacionalidad
    .questions =
        cuantos años tengo que vivir en portugal para sacar la nacionalidad portuguesa
        ciudadanía portuguesa por residencia nueva ley 2026
        soy venezolano con residencia desde 2020, ya puedo pedir el pasaporte portugues?
        el tiempo esperando la cita de la AIMA cuenta para la nacionalidad?
        presente la solicitud de nacionalidad antes del cambio de ley, me aplican la ley vieja?
        que documentos piden para naturalizarme, el certificado de antecedentes penales tiene que estar apostillado?
        donde se pide la nacionalidad, en la conservatoria o por internet con abogado
        cuanto cuesta tramitar la nacionalidad portuguesa
        soy de guinea ecuatorial, cuantos años de residencia me piden por ser de la CPLP?
        me negaron la nacionalidad, puedo recurrir?
        puedo tener doble nacionalidad española o colombiana y portuguesa

nationality-children-born-here = Nacionalidad de los hijos nacidos en Portugal
    .summary = Nacer en Portugal no siempre da la nacionalidad portuguesa. Con la ley en vigor desde el { $nationality-law-in-force }, según las fuentes, el hijo de padres extranjeros solo es portugués de origen si, al nacer, uno de los padres vivía legalmente en Portugal desde hacía al menos { $nationality-reform-birth-parent-years ->
            [one] { $nationality-reform-birth-parent-years } año
           *[other] { $nationality-reform-birth-parent-years } años
        }. Lo tramita el IRN, que confirma las reglas actuales.
    .body =
        Un niño nacido en Portugal, hijo de padres extranjeros, puede ser portugués desde el nacimiento o pedir la nacionalidad más tarde. Depende de la situación de los padres. Lo tramita el IRN (Instituto dos Registos e do Notariado), en las Conservatórias do Registo Civil. Esto es información general, no asesoramiento jurídico.

        ## La ley cambió el { $nationality-law-in-force }
        La nueva ley de nacionalidad se publicó el { $nationality-law-published } y está en vigor desde el { $nationality-law-in-force }, según resúmenes de abogados y noticias. No encontramos el texto publicado en el Diário da República. Confirme en el IRN ({ $irn-web }) qué reglas se aplican a su hijo, sobre todo si nació antes de esa fecha.

        ## Portugués de origen (según las fuentes)
        El niño es portugués desde el nacimiento si:
        - nació en Portugal;
        - los padres no están aquí al servicio de su país (por ejemplo, diplomáticos);
        - al nacer, uno de los padres vivía legalmente en Portugal desde hacía al menos { $nationality-reform-birth-parent-years ->
            [one] { $nationality-reform-birth-parent-years } año
           *[other] { $nationality-reform-birth-parent-years } años
        }, con permiso de residencia;
        - los padres no declaran que no quieren que el niño sea portugués.

        ## Naturalización de niños nacidos aquí
        Si el niño no quedó portugués al nacer, puede pedir más tarde la naturalización. Según las fuentes, la nueva ley la vincula a cursar la escolaridad obligatoria en Portugal. Los detalles aún no están claros: pregunte en el IRN.

        ## Pasos
        1. Inscriba el nacimiento en el hospital, si tiene mostrador Nascer Cidadão, o en una Conservatória do Registo Civil.
        2. En la inscripción, muestre el permiso de residencia del padre o de la madre.
        3. Si la nacionalidad no quedó inscrita, pregunte en la Conservatória si el niño puede pedirla y cuándo.
        4. Con la nacionalidad inscrita, pida la tarjeta de ciudadano del niño.

        ## Documentos
        - Documentos de identidad y permisos de residencia de los padres.
        - Prueba del tiempo de residencia legal de los padres.
        - Para la naturalización: certificado de nacimiento del niño y certificados escolares.

        ## Costes
        La inscripción del nacimiento dentro del plazo legal es gratuita. La solicitud de naturalización tiene una tasa: confirme el importe en el IRN.

        ## Si algo sale mal
        - Si la Conservatória no acepta sus pruebas, pida el motivo por escrito.
        - Si no está seguro de qué regla se aplica, hable con un abogado. Pida asistencia jurídica gratuita a la Segurança Social si no puede pagar.
        - Ayuda en su idioma: Línea de Apoyo a Migrantes, { $lam-phone-landline } o { $lam-phone-mobile }, o en un CNAI.
    .keywords = hijo nacido en portugal, bebé nacido en portugal, bebe nacido en portugal, nació en portugal, nacionalidad del hijo, nacionalidad del bebé, ciudadanía del hijo, hijo portugués, niño portugués, inscripción de nacimiento, registro de nacimiento, certificado de nacimiento, partida de nacimiento, nascer cidadao, conservatoria, IRN, tarjeta de ciudadano del hijo, naturalización de menores, ius soli, padres extranjeros, hijos de inmigrantes, nueva ley de nacionalidad, 5 años, cinco años
    .questions =
        mi hijo nacio en portugal es portugues?
        bebé nacido en portugal de padres venezolanos tiene nacionalidad
        registrar a mi hija como portuguesa en el registro civil
        cuantos años de residencia necesitan los padres para que el niño nacido aqui sea portugues de origen
        mi hijo nació en lisboa cuando yo todavía no tenía papeles, puede pedir la nacionalidad después?
        la nueva ley de nacionalidad cambia algo para niños nacidos en portugal en 2024?
        documentos para la nacionalidad de un menor nacido en portugal
        cuanto cuesta la nacionalidad para mi hijo
        nacionalidad por nacimiento en portugal padres extranjeros
        mi hijo nacido en oporto puede tener cartão de cidadão?

portuguese-language-test = Prueba de portugués (A2) y prueba cívica para la nacionalidad
    .summary = Para la naturalización hay que demostrar que sabe portugués, en general de nivel A2. La ley en vigor desde el { $nationality-law-in-force } añade, según las fuentes, una prueba sobre la cultura portuguesa y los derechos y deberes de los ciudadanos; cómo se hace aún no está definido. Confirme en el IRN qué pruebas le piden.
    .body =
        El nivel exigido es el A2 del Marco Común Europeo de Referencia para las Lenguas: entender y usar el portugués en situaciones sencillas del día a día. El mismo certificado sirve para la residencia permanente.

        ## Qué cambió el { $nationality-law-in-force }
        - Según resúmenes de abogados y noticias, la nueva ley de nacionalidad, en vigor desde el { $nationality-law-in-force }, exige conocer la lengua portuguesa y también la cultura portuguesa y los derechos y deberes de los ciudadanos, mediante una prueba cívica (llamada TNIC, Teste Nacional de Integração e Cidadania).
        - La forma de la prueba cívica, los lugares, las fechas y la tasa aún no se han anunciado en las fuentes consultadas. No pague cursos ni pruebas que prometen «el examen de la nacionalidad» antes de que el IRN los confirme.
        - Las formas de demostrar el portugués que siguen son las del reglamento anterior. Mientras no haya un nuevo reglamento, confirme en el IRN ({ $irn-web }) si siguen siendo aceptadas.

        ## Formas de demostrar el portugués
        - La prueba de conocimiento de portugués para la nacionalidad (PaN), organizada por el IAVE (Instituto de Avaliação Educativa) en escuelas públicas. En el extranjero, se hace en centros acreditados por Camões.
        - El certificado CIPLE, un examen de portugués como lengua extranjera de nivel A2, del CAPLE (Universidad de Lisboa), en centros de examen en Portugal y en el extranjero.
        - Un certificado de nivel A2 o superior de un curso de Portugués Lengua de Acogida (PLA), expedido por una escuela pública, un centro del IEFP o un Centro Qualifica.
        - Un certificado de una escuela portuguesa que muestre que aprobó Portugués o Portugués Lengua No Materna en al menos { $nationality-language-school-years ->
            [one] { $nationality-language-school-years } curso escolar
           *[other] { $nationality-language-school-years } cursos escolares
        }.

        ## Quién no la necesita o hace una prueba adaptada
        - Según el reglamento anterior, a quien nació en un país de lengua oficial portuguesa y tiene su nacionalidad (por ejemplo, Brasil, Angola, Cabo Verde o Mozambique) se le presumía el conocimiento del portugués. Confirme en el IRN si esto sigue así y si también le piden la prueba cívica.
        - Quien no sabe leer ni escribir, las personas mayores y las personas con enfermedad grave o discapacidad podían hacer una prueba adaptada, por ejemplo solo oral.
        - Para los niños, la prueba se adapta a la edad.

        ## Pasos (prueba PaN)
        1. Consulte el calendario y la inscripción en la web del IAVE o pregunte en una escuela pública.
        2. Inscríbase y pague la tasa. Necesita un documento de identidad válido.
        3. Haga la prueba: lectura, escritura y comprensión oral.
        4. Reciba el certificado y añádalo a la solicitud de nacionalidad.

        ## Costes
        - La prueba PaN y el examen CIPLE tienen tasa: confirme el importe en el IAVE o el CAPLE.
        - Los cursos PLA son gratuitos.
        - La tasa de la prueba cívica aún no se conoce.

        ## Cuidado con los certificados
        Los certificados de cursos privados solo cuentan si se expiden en el sistema oficial, por ejemplo mediante un acuerdo con una escuela pública o con el IEFP. Confírmelo antes de pagar. Si el certificado no se acepta, el IRN puede rechazar la solicitud mucho tiempo después.

        ## Si algo sale mal
        - Si suspende, puede inscribirse en otra fecha.
        - Si el IRN no acepta su certificado, pida el motivo por escrito.
        - Ayuda en su idioma: Línea de Apoyo a Migrantes, { $lam-phone-landline } o { $lam-phone-mobile }.
    .keywords = prueba de portugués, prueba de portugues, examen de portugués, examen de portugues, examen de idioma, A2, a2, nivel A2, CIPLE, ciple, CAPLE, PaN, IAVE, certificado de portugués, certificado A2, portugués para la nacionalidad, portugues para nacionalidad, exención de la prueba, CPLP, Camões, camoes, PLA, prueba oral, examen de cultura, prueba cívica, examen cívico, examen de ciudadanía, TNIC, prueba de integración, derechos y deberes
    .questions =
        examen de portugues A2 para la nacionalidad donde se hace
        soy hispanohablante, tengo que hacer prueba de portugues para la ciudadania?
        CIPLE camões cuanto cuesta
        el certificado del curso PLA sirve como prueba de portugues?
        test civico nacionalidad portugal como es
        tengo mas de 60 años, me piden igual el examen de lengua?
        me ofrecieron un certificado de portugues sin examen, es legal?
        prueba PaN inscripcion
        suspendi el examen de portugues, puedo repetirlo?
        que nivel de portugues piden para naturalizarse
