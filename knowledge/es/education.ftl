# Educación: escuela de los hijos, cursos de portugués, universidad y equivalencia de estudios.

school-enrolment = Inscribir a los hijos en la escuela
    .summary = Todos los niños y jóvenes que viven en Portugal tienen derecho a la escuela pública, sea cual sea la situación de los padres. La matrícula se hace en la agrupación de escuelas (agrupamento de escolas) de la zona donde vive, en cualquier momento del año para quien llega del extranjero. La escuela pública es gratis y da apoyo en portugués a quien no habla el idioma.
    .body =
        En Portugal la escuela es obligatoria desde los { $school-compulsory-age-start } hasta los { $school-compulsory-age-end ->
            [one] { $school-compulsory-age-end } año
           *[other] { $school-compulsory-age-end } años
        }. Todos los niños que viven aquí tienen derecho a estudiar en la escuela pública, con o sin permiso de residencia de los padres. La escuela no puede negar la matrícula porque los padres estén esperando a la AIMA o no tengan papeles.

        ## Dónde y cuándo
        - Las escuelas públicas están organizadas en agrupaciones de escuelas (agrupamentos de escolas). Inscriba al niño en la agrupación de la zona donde vive o donde trabaja. La Junta de Freguesia o la municipalidad (Câmara Municipal) le dicen cuál es.
        - Las matrículas normales son en primavera y en verano, para el año escolar siguiente. Quien llega del extranjero se puede inscribir en cualquier momento del año, según los lugares libres en las clases.
        - El jardín de infancia (jardim de infância, educación preescolar) no es obligatorio, pero la parte educativa es gratis en la red pública.

        ## Pasos
        1. Vaya a la secretaría de la escuela sede de la agrupación. Quien tiene Chave Móvel Digital (la clave digital del Estado) también puede usar el Portal das Matrículas.
        2. Llene la matrícula e indique quién es el responsable del alumno (encarregado de educação).
        3. Entregue los certificados escolares del país de origen. La escuela decide en qué año entra el niño y se ocupa de la equivalencia.
        4. Pida el apoyo de Portugués Lengua No Materna (Português Língua Não Materna, PLNM) si el niño todavía no habla bien portugués. Se puede pedir en cualquier momento del año.

        ## Documentos que debe llevar
        - Documento de identidad del niño (el pasaporte, por ejemplo) y del responsable del alumno.
        - Comprobante de domicilio: contrato de alquiler o certificado de residencia de la Junta de Freguesia (atestado de residência).
        - Carnet de vacunas (boletim de vacinas).
        - NIF y número de usuario del SNS (número de utente) del niño, si ya los tiene.
        - Certificados y notas de la escuela anterior, si los tiene.
        - Si el niño no tiene permiso de residencia, puede pedir a la AIMA el registro de menor extranjero (registo de menor estrangeiro), por el correo { $aima-minors-register-email }. La credencial que recibe sirve solo para el acceso a la escuela y a la salud.

        Si le falta algún documento, haga la matrícula igual y pregunte en la escuela cómo entregarlo más tarde.

        ## Ayudas en la escuela
        - Acción Social Escolar (Ação Social Escolar, ASE): ayuda para el comedor, los materiales y las salidas escolares, según el tramo (escalão) del abono de família.
        - En la escuela pública los libros de texto (manuais escolares) son, por regla general, gratis.
        - Muchas escuelas tienen mediadores o profesores de apoyo para los alumnos que llegan de otros países.

        ## Costos
        La matrícula y las clases en la escuela pública son gratis. Se pueden pagar el comedor, el horario extendido (prolongamento de horário) y algunas actividades; la ASE reduce o elimina estos costos.

        ## Si algo sale mal
        - Le negaron la matrícula: pida el motivo por escrito y hable con la dirección de la agrupación.
        - Pida ayuda a la Línea de Apoyo a Migrantes, { $lam-phone-landline } o { $lam-phone-mobile }, o en un CNAI.
    .keywords = matricula, matrícula, matricular, inscribir en la escuela, inscribir a mi hijo, inscripcion escolar, inscripción escolar, anotar en la escuela, escuela, escuela publica, escuela pública, colegio, cole, liceo, agrupamento de escolas, agrupamiento, año escolar, ciclo lectivo, curso escolar, jardin de infancia, jardín de infantes, kinder, kínder, preescolar, guarderia, guardería, primaria, primer grado, secundaria, bachillerato, instituto, hijos, niño, niña, nino, alumno, estudiante, PLNM, portugues lengua no materna, apoyo en portugues, clases de portugues para niños, ASE, accion social escolar, comedor, libros gratis, libros de texto, utiles escolares, sin papeles, sin documentos, hijo sin papeles, encarregado de educação, portal das matriculas, cupo en la escuela, vacante, escolaridad obligatoria, matrícula escolar
    .questions =
        como inscribir a mis hijos en la escuela en portugal
        llegamos a mitad de curso, la escuela publica acepta matricula en abril?
        colegio publico para niños sin papeles
        mi hijo no habla portugues, tiene clases de apoyo?
        que papeles piden para matricular a un niño en el colegio
        la escuela no quiere matricular a mi hija porque no tengo permiso de residencia
        cuanto cuesta la escuela publica en portugal, hay que pagar libros y comedor?
        agrupamento de escolas como saber cual me toca
        ayuda para material escolar y almuerzo para familias con pocos recursos

portuguese-courses = Cursos de portugués gratis para adultos
    .summary = Los cursos de Portugués Lengua de Acogida (Português Língua de Acolhimento, PLA) son, en su gran mayoría, gratis y están pensados para migrantes cuya lengua materna no es el portugués. Se dan en escuelas públicas, centros del IEFP y Centros Qualifica. El certificado de nivel A2 sirve como prueba de portugués para la nacionalidad y para la residencia permanente.
    .body =
        Los cursos de Portugués Lengua de Acogida (Português Língua de Acolhimento, PLA) reemplazaron al antiguo "Português para Todos" (PPT). Enseñan a leer, escribir, hablar y entender portugués, y certifican los niveles A1 + A2 (usuario básico) y B1 + B2 (usuario independiente).

        ## Para qué sirve el certificado
        - Para el día a día, el trabajo y la escuela de los hijos.
        - El certificado de nivel A2 o superior prueba el conocimiento de portugués que piden para la nacionalidad, para el permiso de residencia permanente y para el estatuto de residente de larga duración.
        - Para la nacionalidad, la ley en vigor desde el { $nationality-law-in-force } pide también, según resúmenes de abogados y noticias, un examen cívico sobre la cultura portuguesa y los derechos y deberes de los ciudadanos. Cómo y dónde se hace aún no se ha anunciado en las fuentes que consultamos: pregunte en el IRN qué pruebas le piden.

        ## Quién puede asistir
        - Personas extranjeras desde los { $pla-min-age ->
            [one] { $pla-min-age } año
           *[other] { $pla-min-age } años
        } cuya lengua materna no es el portugués.
        - Por regla general se pide uno de estos documentos: título de residencia, visa, comprobante de un pedido pendiente en la AIMA, comprobante del pedido de asilo o de protección temporal, o el NISS. Las reglas pueden cambiar según el lugar: pregunte donde se da el curso.

        ## Dónde hay cursos
        - Escuelas públicas (agrupamentos de escolas), muchas veces en horario de tarde o noche, después del trabajo.
        - Centros de Empleo y Formación Profesional del IEFP ({ $iefp-web }).
        - Centros Qualifica.
        - A veces en asociaciones, municipalidades o empresas, por acuerdos con estas entidades.

        ## Pasos
        1. Busque un curso cerca de su casa o de su trabajo: pregunte en la escuela, en el centro del IEFP o en el Centro Qualifica, o a la Línea de Apoyo a Migrantes.
        2. Inscríbase con sus documentos. Le pueden hacer una prueba para saber en qué nivel debe empezar.
        3. Vaya a las clases: si falta demasiado, puede no recibir el certificado.
        4. Al final, reciba el certificado del nivel que terminó y guárdelo bien.

        ## Documentos que debe llevar
        - Pasaporte o título de residencia.
        - Uno de los documentos indicados arriba, si no tiene título de residencia.
        - NIF y NISS, si los tiene.

        ## Costos
        Según la AIMA, la gran mayoría de los cursos PLA son gratis, pero puede depender de la entidad que da el curso: pregunte antes de inscribirse. También hay cursos pagos en universidades, escuelas de idiomas y empresas. Antes de pagar, confirme que el certificado sirve para lo que usted necesita: para la nacionalidad, el certificado tiene que ser de una entidad reconocida (escuela pública, centro del IEFP, Centro Qualifica o examen oficial).

        ## Si algo sale mal
        - No hay lugar o no hay cursos cerca: pida quedar en lista de espera y pruebe en otra escuela o en otro centro.
        - Para saber dónde hay cursos, también puede escribir a la AIMA: { $aima-language-email }.
        - Ayuda en su idioma: Línea de Apoyo a Migrantes, { $lam-phone-landline } o { $lam-phone-mobile }.
    .keywords = curso de portugues, curso de portugués, cursos de portugues, clases de portugues, clases de portugués, aprender portugues, aprender portugués, portugues para extranjeros, portugués para extranjeros, portugues gratis, portugues gratuito, PLA, português língua de acolhimento, portugues lengua de acogida, PPT, português para todos, curso gratis, curso gratuito, clases gratis, escuela de idiomas, academia de idiomas, A1, A2, B1, B2, nivel A2, certificado de portugues, certificado A2, diploma de portugues, IEFP, iefp, centro de empleo, Qualifica, centro qualifica, idioma portugues, lengua portuguesa, hablar portugues, no hablo portugues, no se portugues, idioma, curso de idioma, aulas de português, portuguese course
    .questions =
        curso de portugues gratis para inmigrantes
        donde aprender portugues gratis en lisboa u oporto
        clases de portugues para extranjeros del IEFP
        portugues lengua de acogida PLA inscripcion
        quiero aprender portugues por la noche despues del trabajo
        necesito el A2 para la residencia permanente, donde hago el curso?
        curso de portugues sin permiso de residencia puedo ir?
        centro qualifica clases de idioma
        el curso de portugues da certificado para la nacionalidad?
        cuanto cuesta un curso de portugues para adultos

higher-education = Entrar en la universidad
    .summary = Quien vive legalmente en Portugal desde hace cierto tiempo se postula a las universidades y politécnicos como los estudiantes portugueses, por regla general a través del Concurso Nacional de Acceso (Concurso Nacional de Acesso) de la DGES. Quien viene del extranjero a estudiar se postula como estudiante internacional, directamente a la institución, y paga cuotas más altas.
    .body =
        La educación superior (ensino superior) incluye las universidades y los institutos politécnicos, públicos y privados. La DGES (Direção-Geral do Ensino Superior, { $dges-web }) organiza el Concurso Nacional de Acceso (Concurso Nacional de Acesso) a las instituciones públicas. Cada institución se ocupa de los concursos especiales y de los estudiantes internacionales.

        ## ¿Estudiante nacional o internacional?
        Es estudiante internacional quien, al comienzo del año en que se postula, cumple todo esto:
        - no tiene nacionalidad portuguesa ni de un país de la Unión Europea o del Espacio Económico Europeo;
        - no es familiar de un ciudadano portugués o de la Unión Europea;
        - no vive legalmente en Portugal desde hace más de { $higher-ed-international-residence-years ->
            [one] { $higher-ed-international-residence-years } año
           *[other] { $higher-ed-international-residence-years } años
        } seguidos (ni es hijo de alguien que vive aquí desde entonces);
        - no tiene el estatuto de igualdad de derechos y deberes (estatuto de igualdade, por ejemplo el de los brasileños).

        Quien no es estudiante internacional se postula y paga como los estudiantes portugueses. Hay excepciones: confírmelo en los servicios académicos.

        ## Cómo entrar
        - Concurso Nacional de Acceso: postulación por internet, en verano. Necesita la secundaria terminada (con equivalencia, si la hizo en el extranjero) y los exámenes nacionales que pide la carrera (provas de ingresso).
        - Concursos especiales, por ejemplo para mayores de { $higher-ed-mature-age ->
            [one] { $higher-ed-mature-age } año
           *[other] { $higher-ed-mature-age } años
        }, con pruebas que hace la propia institución.
        - Estudiante internacional: se postula directamente a la universidad o al politécnico, según la convocatoria (edital) y el calendario de cada institución.
        - Los refugiados y las personas en situación de emergencia humanitaria tienen un régimen especial: pregunte en la institución.

        ## Pasos (estudiante internacional)
        1. Elija la carrera y lea la convocatoria (edital) de la institución.
        2. Postúlese por internet, con los documentos que le piden.
        3. Si lo aceptan y todavía vive fuera de Portugal, pida la visa de estudios en el consulado.
        4. Haga la matrícula y pague la cuota (propina).

        ## Documentos
        - Pasaporte o título de residencia.
        - Título y notas de la secundaria, legalizados (apostilla de La Haya o consulado) y traducidos, si hace falta.
        - Comprobante de los exámenes o pruebas que pide la carrera.
        - Comprobante del nivel de portugués, si la institución lo pide.

        ## Costos
        - La cuota anual (propina) de las instituciones públicas para estudiantes nacionales tiene un monto máximo fijado por ley.
        - Los estudiantes internacionales pagan cuotas más altas, que fija cada institución. Las privadas tienen sus propios precios.
        - Puede haber tasas de postulación y de matrícula.
        - Sobre becas de estudio, pregunte a los Servicios de Acción Social (Serviços de Ação Social) de la institución.

        ## Si algo sale mal
        - No sabe si es estudiante nacional o internacional: pregunte a los servicios académicos antes de postularse.
        - Ayuda en su idioma: Línea de Apoyo a Migrantes, { $lam-phone-landline } o { $lam-phone-mobile }.
    .keywords = universidad, facultad, facu, uni, politecnico, politécnico, educacion superior, educación superior, estudios superiores, carrera, carrera universitaria, licenciatura, grado, maestria, maestría, master, doctorado, posgrado, postulacion, postulación, inscripcion universidad, admision, admisión, concurso nacional de acceso, concurso nacional de acesso, examen de ingreso, examenes nacionales, selectividad, EBAU, PAU, prueba de acceso, provas de ingresso, estudiante internacional, propina, propinas, matricula universitaria, cuota, colegiatura, arancel, cuanto cuesta la universidad, universidad publica, beca, becas, DGES, dges, mayores de { $higher-ed-mature-age }, acceso para mayores, estudiar en portugal, entrar a la universidad, estatuto de igualdad, refugiado estudiante, ensino superior
    .questions =
        como entrar a la universidad en portugal siendo extranjero
        estudiante internacional cuanto se paga de matricula
        vivo en portugal con residencia, puedo postular como estudiante nacional?
        concurso nacional de acceso para inmigrantes
        terminé el bachillerato en venezuela, como entro a una universidad portuguesa
        selectividad en portugal existe? como es el acceso
        postular a un politecnico en portugal documentos
        mi hijo terminó la secundaria aquí, entra como portugués a la universidad?
        tasas universitarias para extranjeros en portugal

diploma-equivalence = Equivalencia de certificados escolares y títulos extranjeros
    .summary = Los certificados de primaria y secundaria obtenidos en el extranjero reciben la equivalencia en una escuela, en cualquier momento del año. Los títulos universitarios los reconoce la DGES o una universidad o un politécnico, con un pedido por internet.
    .body =
        La equivalencia (equivalência) dice a qué nivel portugués corresponde lo que estudió en otro país. Sirve para seguir estudiando, para postularse a trabajos y concursos públicos y, muchas veces, para la formación profesional.

        ## Primaria y secundaria
        - Se pide en una escuela pública de primaria o secundaria (ensino básico o secundário), o en una escuela privada con autonomía pedagógica. Quien todavía no vive en Portugal envía el pedido por correo a la DGE (Direção-Geral da Educação, { $dge-web }).
        - Se puede pedir en cualquier momento del año.
        - Hay tablas de equivalencia por país. Los casos que no están en las tablas los deciden los servicios del Ministerio de Educación.

        ## Pasos (escuela)
        1. Pida en la secretaría de la escuela el formulario de solicitud de equivalencia (requerimento de equivalência).
        2. Junte los documentos y entréguelo todo en la escuela.
        3. Espere la decisión y pida el certificado de equivalencia.

        ## Documentos (escuela)
        - La solicitud llena.
        - Certificado o diploma con los años terminados y las notas finales.
        - El certificado tiene que estar legalizado: por el consulado de Portugal en el país de origen, por la embajada o el consulado de su país en Portugal, o con la apostilla de La Haya.
        - Traducción al portugués, si el documento está en otro idioma.
        - Copia del documento de identidad.
        - A veces piden también la escala de notas que se usa en el país de origen.

        ## Educación superior
        Los títulos de grado o licenciatura, máster o maestría y doctorado se reconocen (reconhecimento), no se "equiparan". Hay tres tipos:
        - Reconocimiento automático (reconhecimento automático): para los títulos que están en una lista oficial. Se pide a la DGES o a una institución pública de educación superior.
        - Reconocimiento de nivel (reconhecimento de nível): dice a qué grado portugués corresponde el suyo.
        - Reconocimiento específico (reconhecimento específico): compara su carrera con una carrera portuguesa concreta. Puede hacer falta para seguir estudiando o para algunas profesiones.

        El pedido se hace por internet, en la plataforma de la DGES ({ $dges-web }), con los documentos escaneados y legalizados. Cada institución tiene su tabla de tasas (emolumentos): el reconocimiento automático es el más barato; los otros cuestan bastante más.

        ## Profesiones reguladas
        Para ser médico, enfermero, ingeniero, abogado y otras profesiones reguladas, además del reconocimiento del título hace falta inscribirse en el colegio o la asociación profesional (ordem profissional).

        ## Si algo sale mal
        - No puede conseguir documentos de su país (por ejemplo, por una guerra o por ser refugiado): dígalo en la escuela o a la DGES. Hay procedimientos alternativos.
        - Si le niegan el pedido, pida la decisión por escrito: puede reclamar o apelar.
        - Ayuda en su idioma: Línea de Apoyo a Migrantes, { $lam-phone-landline } o { $lam-phone-mobile }.
    .keywords = equivalencia, equivalencias, equivalência, convalidar, convalidacion, convalidación, convalidar estudios, homologar, homologacion, homologación, homologar titulo, homologar bachillerato, reconocimiento de titulo, reconocimiento, reconocer titulo, revalidar, revalidacion, validar titulo, titulo extranjero, título extranjero, diploma extranjero, certificado escolar, certificado de estudios, certificado de notas, notas, libreta de notas, boletin, secundaria, bachillerato, preparatoria, prepa, liceo, 12 ano, 9 ano, primaria, licenciatura, maestria, doctorado, titulo universitario, universidad, facultad, DGES, DGE, ReCon, apostilla, apostilla de la haya, apostillar, traduccion, traducción, traduccion jurada, legalizar documentos, colegio profesional, ordem dos medicos, ordem dos enfermeiros, ordem dos engenheiros, reconhecimento
    .questions =
        homologar el bachillerato en portugal
        equivalencia del titulo de secundaria venezolano
        reconocimiento de titulo universitario DGES
        convalidar mi licenciatura de colombia en portugal
        equivalencia de estudios para mi hijo que viene de argentina
        el titulo tiene que estar apostillado para la equivalencia?
        reconocimiento automático de grado en portugal
        cuanto cuesta homologar un titulo universitario en portugal
        necesito la equivalencia del diploma para buscar trabajo?
        mi hijo hizo hasta 8º grado en peru, en que curso lo ponen en portugal
