# Trabajo: salarios, horarios, contratos y derechos de quien trabaja.

wages-and-hours = Salario mínimo, horario de trabajo, vacaciones y pagas extra
    .summary = En { $minimum-wage-year }, el salario mínimo en el territorio continental es de { $minimum-wage } al mes, pagado { $minimum-wage-payments } veces al año. La jornada normal es de { $work-hours-day } horas al día y { $work-hours-week } horas a la semana, y usted tiene derecho a { $annual-leave-days } días hábiles de vacaciones pagadas.
    .body =
        Estas reglas del Código del Trabajo (Código do Trabalho) valen para todas las personas empleadas, con o sin contrato escrito, y también para quien todavía no tiene permiso de residencia. Quien controla que se cumplan es la ACT (Autoridade para as Condições do Trabalho), la inspección de trabajo.

        ## Salario mínimo
        - En { $minimum-wage-year }, el salario mínimo ("retribuição mínima mensal garantida") es de { $minimum-wage } al mes, a tiempo completo, en el territorio continental.
        - Azores y Madeira tienen sus propios valores: confirme el de su región.
        - A tiempo parcial, el mínimo es proporcional a las horas que trabaja.
        - El valor suele actualizarse en enero de cada año.
        - Cada mes le tienen que dar un recibo de sueldo (recibo de vencimento) con el salario bruto, los descuentos y lo que cobra en mano (líquido).

        ## Paga de vacaciones y paga de Navidad
        El salario se paga { $minimum-wage-payments } veces al año: el sueldo de cada mes, más la paga de vacaciones (subsídio de férias) y la paga de Navidad o aguinaldo (subsídio de Natal). Es lo que se conoce como el mes 13 y el mes 14.
        - Paga de vacaciones: un mes de salario base, pagado antes de las vacaciones, salvo que se acuerde otra cosa.
        - Paga de Navidad: un mes de salario, pagado en diciembre, antes de Navidad.
        - El año en que empieza y el año en que se va, recibe la parte proporcional al tiempo trabajado.
        - Las pagas solo se pueden repartir mes a mes ("duodécimos") si hay acuerdo.

        ## Horario de trabajo
        - La jornada normal es de { $work-hours-day } horas al día y { $work-hours-week } horas a la semana.
        - Un convenio colectivo, la "adaptabilidade" o el "banco de horas" pueden repartir las horas de otra forma, dentro de los límites de la ley.
        - Tiene derecho a una pausa para comer y a descanso semanal.
        - El empleador tiene que llevar un registro de las horas de trabajo.

        ## Horas extra (trabajo suplementario)
        - Las horas de más que le pide el empleador se pagan con un recargo sobre la hora normal, mayor en días de descanso y feriados. El trabajo nocturno también tiene recargo. El convenio colectivo puede dar más.
        - Anote todos los días la hora de entrada y de salida, y guarde mensajes y turnos: son pruebas si no le pagan.

        ## Vacaciones
        - Tiene derecho a { $annual-leave-days } días hábiles de vacaciones pagadas al año (días de lunes a viernes, sin contar feriados).
        - El primer año de contrato tiene menos días, según los meses trabajados.
        - Las vacaciones se fijan de común acuerdo; si no hay acuerdo, las fija el empleador.
        - Trabajar en un feriado da derecho a un pago extra o a un descanso.

        ## Cambios en discusión
        El Gobierno propuso una reforma de la ley laboral ("Trabalho XXI") que puede cambiar reglas de horario, de bolsa de horas y de vacaciones. En las noticias más recientes que encontramos, del { $labour-reform-news-date }, la reforma seguía en negociación, y no la encontramos publicada en el Diário da República. Este texto sigue el Código del Trabajo sin esa reforma: pregunte a la ACT si las reglas ya cambiaron.

        ## Si algo sale mal
        1. Pida por escrito al empleador lo que le deben. Guarde una copia.
        2. Contacte a la ACT: { $act-phone } ({ $act-hours }), o presente una queja en { $act-web }, en "Queixas e denúncias" (quejas y denuncias). La queja puede ser anónima.
        3. Un sindicato también le puede ayudar.

        No deje pasar mucho tiempo después de que termine el contrato: hay un plazo para reclamar lo que le deben.
    .keywords = salario minimo, salario mínimo, sueldo minimo, sueldo, salario, salari, cuanto pagan, cuanto se gana, recibo de sueldo, nomina, nómina, horas extra, horas extras, hora extra, horas extraordinarias, horario, horas de trabajo, jornada, jornada laboral, cuantas horas, descanso, dia libre, franco, vacaciones, vacasiones, paga de vacaciones, aguinaldo, paga de navidad, pagas extra, paga extra, mes 13, mes 14, decimo tercero, feriado, feriados, festivo, trabajo nocturno, banco de horas, patron, patrón, jefe, no me paga, no me pagan, me deben, sueldo atrasado, salarios atrasados, ACT, RMMG, ordenado, salário mínimo, subsídio de férias, subsídio de natal, férias, recibo de vencimento
    .questions =
        salario minimo en portugal 2026
        cuantas horas se trabaja por dia en portugal
        subsidio de navidad y de vacaciones como funciona
        horas extras cuanto me tienen que pagar
        cuantos dias de vacaciones me corresponden
        trabajo 10 horas diarias y no me pagan extras, es legal?
        el sueldo se paga en 12 o en 14 pagas?
        sueldo minimo neto cuanto queda
        trabajo fines de semana y feriados, cobro mas?
        me pagan menos del minimo, que puedo hacer?

employment-contract = Contrato de trabajo: qué debe decir y qué tipos hay
    .summary = El contrato de trabajo puede ser indefinido (sem termo, "efetivo") o temporal (a termo, "a prazo"). Quien viene de fuera de la Unión Europea debe tener, por regla general, el contrato por escrito, con el salario, el horario, el lugar y el puesto. Léalo antes de firmar y guarde una copia.
    .body =
        El contrato de trabajo es el acuerdo entre usted y su empleador (entidade patronal). Las reglas están en el Código del Trabajo (Código do Trabalho) y valen para todos, portugueses y extranjeros. Quien controla que se cumplan es la ACT (Autoridade para as Condições do Trabalho), la inspección de trabajo.

        ## Contrato por escrito
        - Si viene de un país de fuera de la Unión Europea, la ley exige, por regla general, un contrato por escrito que mencione su visa o su título de residencia.
        - El contrato temporal (a termo) también tiene que ser siempre por escrito.
        - Aunque no haya un papel firmado, si trabaja bajo las órdenes de alguien, con horario y salario, puede existir un contrato de trabajo. Guarde pruebas: mensajes, turnos (escalas), transferencias.

        ## Qué debe decir el contrato
        - Nombre y dirección (o sede) de las dos partes, y las firmas.
        - El puesto (categoria profissional) y el lugar de trabajo.
        - El salario bruto y la fecha de pago.
        - El horario de trabajo y la jornada normal.
        - La fecha en que se firmó, la fecha de inicio y, si es temporal, la duración y el motivo.

        ## Tipos de contrato
        - Indefinido (sem termo, "efetivo"): no tiene fecha de fin.
        - A plazo fijo (a termo certo): tiene fecha de fin. Solo se permite para una necesidad temporal, y el motivo tiene que estar por escrito. Dura como máximo { $fixed-term-max-years ->
            [one] { $fixed-term-max-years } año
           *[other] { $fixed-term-max-years } años
        }, con un máximo de { $fixed-term-max-renewals ->
            [one] { $fixed-term-max-renewals } renovación
           *[other] { $fixed-term-max-renewals } renovaciones
        }. Si no hay un motivo válido, pasa a ser indefinido.
        - A plazo incierto (a termo incerto): termina cuando se acaba la tarea o el reemplazo para el que lo contrataron.

        ## Período de prueba
        Al principio hay un período de prueba (período experimental) en el que cualquiera de las partes puede terminar el contrato sin indemnización. En el contrato indefinido es, por regla general, de { $trial-period-days ->
            [one] { $trial-period-days } día
           *[other] { $trial-period-days } días
        }. Puede ser más largo para puestos de jefatura o tareas complejas, y para quien busca su primer empleo. En los contratos temporales es más corto.

        ## Antes de firmar
        1. Léalo todo. Si no entiende algo, pida ayuda a un sindicato, a un CNAI o a la Línea de Apoyo a Migrantes ({ $lam-phone-landline } o { $lam-phone-mobile }).
        2. Confirme que el salario no es menor que el salario mínimo ({ $minimum-wage } en { $minimum-wage-year }, a tiempo completo).
        3. No firme papeles en blanco ni una carta de renuncia sin fecha.
        4. Quédese con una copia firmada.
        5. Después, confirme en la Segurança Social Direta que lo inscribieron.

        ## Cambios en discusión
        El Gobierno propuso una reforma de la ley laboral ("Trabalho XXI") que puede cambiar las reglas de los contratos temporales y del período de prueba. En las noticias más recientes que encontramos, del { $labour-reform-news-date }, la reforma seguía en negociación, y no la encontramos publicada en el Diário da República. Este texto sigue el Código del Trabajo sin esa reforma: pregunte a la ACT si las reglas ya cambiaron.

        ## Si algo sale mal
        No le dan contrato por escrito, o el contrato no corresponde al trabajo que hace: contacte a la ACT, { $act-phone } ({ $act-hours }), o presente una queja en { $act-web }.
    .keywords = contrato de trabajo, contrato, contrato laboral, contrado, contrato escrito, contrato por escrito, contrato temporal, contrato a plazo, contrato a plazo fijo, contrato fijo, contrato indefinido, efectivo, quedar efectivo, planta, contrato eventual, renovacion de contrato, renovación del contrato, periodo de prueba, período de prueba, prueba, medio tiempo, media jornada, tiempo parcial, part time, firmar contrato, promesa de contrato, precontrato, patron, patrón, jefe, empleador, empresa, trabajar sin contrato, trabajo en negro, en negro, informal, carta de renuncia, ACT, contrato a termo, contrato sem termo, período experimental, entidade patronal
    .questions =
        contrato de trabajo que tiene que incluir
        contrato indefinido y temporal diferencia en portugal
        periodo de prueba cuanto dura
        el jefe no quiere hacerme contrato por escrito
        contrato a plazo cuantas veces se puede renovar
        voy a firmar un contrato en portugues y no entiendo todo, que reviso?
        puedo trabajar sin contrato en portugal?
        me despidieron en el periodo de prueba sin aviso
        contrato efectivo o a termino

report-labour-abuse = Denunciar abusos en el trabajo ante la ACT
    .summary = Si no le pagan, si el trabajo es peligroso o si lo maltratan, puede presentar una queja ante la ACT (Autoridade para as Condições do Trabalho), la inspección de trabajo. La ACT no le dice al empleador quién presentó la queja. Los derechos laborales valen también para quien no tiene permiso de residencia.
    .body =
        La ACT (Autoridade para as Condições do Trabalho) es el servicio público que inspecciona a las empresas. Puede visitar el lugar de trabajo, exigir que la empresa corrija lo que está mal y poner multas.

        ## Qué puede denunciar
        - Salarios, horas extra, paga de vacaciones o de Navidad atrasados o no pagados.
        - Trabajo sin contrato o sin inscripción en la Seguridad Social.
        - Horarios excesivos y falta de descanso.
        - Trabajo peligroso, sin equipo de protección o sin formación.
        - Acoso, amenazas, insultos o discriminación en el trabajo.
        - Un empleador que se queda con su pasaporte o sus documentos.

        ## También sin papeles
        El trabajo que ya hizo se lo tienen que pagar, aunque no tenga permiso de residencia ni contrato por escrito. La ley protege a todos los trabajadores.

        ## Cómo presentar la queja
        1. Junte pruebas: recibos, mensajes, fotos, turnos y las horas que anotó cada día. Anote los nombres de los compañeros que vieron lo que pasó.
        2. Llame a la ACT, { $act-phone } ({ $act-hours }), para informarse.
        3. Presente la queja en { $act-web }, en "Queixas e denúncias" (quejas y denuncias). Se entra con el Cartão de Cidadão o con la Chave Móvel Digital (la clave digital del Estado).
        4. Si no puede entrar, vaya a una oficina local de la ACT y presente la queja por escrito.
        5. Guarde el comprobante y el número de la queja.

        ## Queja confidencial o anónima
        La ACT no le dice al empleador quién presentó la queja. Pero el formulario en internet lo identifica: el { $act-complaint-login-report-date } se informó en el Parlamento de que había empezado a pedir el número fiscal (NIF) o la Chave Móvel Digital. Las fuentes que encontramos no coinciden sobre si la ACT sigue aceptando denuncias sin nombre, y no encontramos ninguna página de la propia ACT que lo diga. Si no quiere dar su nombre, pregunte antes a la ACT, por teléfono o en un servicio local. En todo caso, dé todos los detalles que pueda: dirección del lugar, horarios, qué pasa. Una denuncia sin datos concretos es difícil de investigar.

        ## Plazos y costos
        - Presentar una queja ante la ACT es gratis.
        - El derecho a reclamar lo que le deben (créditos salariais) prescribe { $labour-claims-limit-years ->
            [one] { $labour-claims-limit-years } año
           *[other] { $labour-claims-limit-years } años
        } después de que termina el contrato. No espere.
        - La ACT no cobra el dinero por usted en un juicio. Para eso puede necesitar un abogado (pida asistencia jurídica, apoio judiciário, en la Seguridad Social) o al Ministerio Público (Ministério Público) en el Tribunal del Trabajo.

        ## Situaciones graves
        - Peligro inmediato, violencia o si no lo dejan salir: llame al { $emergency-phone }.
        - Trabajo forzoso, deudas que nunca terminan o documentos retenidos pueden ser trata de personas: llame al { $trafficking-phone }, a cualquier hora.

        ## Dónde pedir ayuda
        - Un sindicato de su sector.
        - La APAV, { $apav-phone }.
        - La Línea de Apoyo a Migrantes, { $lam-phone-landline } o { $lam-phone-mobile }, o un CNAI, si tiene miedo por su situación de residencia.
    .keywords = denuncia, denunciar, denunsia, queja, poner una queja, quejarme, reclamar, reclamo, reclamacion, ACT, act, inspeccion de trabajo, inspección de trabajo, inspector, ministerio de trabajo, no me pagan, no me paga, no me pago, me deben plata, me deben dinero, sueldo atrasado, salario atrasado, explotacion, explotación, abuso, abuso laboral, acoso, acoso laboral, mobbing, patron, patrón, jefe, maltrato, me gritan, amenazas, trabajo peligroso, sin seguridad, sin contrato, sin papeles, ilegal, en negro, anonimo, anónimo, denuncia anonima, me quitaron el pasaporte, se quedo con mi pasaporte, trabajo esclavo, esclavitud, sindicato, queixa, denúncia
    .questions =
        como denunciar a mi jefe en la ACT
        el patron no me paga hace dos meses
        denuncia anonima ACT portugal
        trabajo sin papeles y me explotan, puedo denunciar?
        la ACT le dice al jefe quien puso la denuncia?
        no me dan equipo de seguridad en la obra
        denunciar condiciones de trabajo peligrosas
        el encargado grita y amenaza a los inmigrantes
        no me dan recibo de sueldo ni me pagan la seguridad social
        inspeccion de trabajo queja online

finding-work = Buscar trabajo: el IEFP y los centros de empleo
    .summary = El IEFP (Instituto do Emprego e Formação Profissional), el servicio público de empleo, ayuda a buscar trabajo a través de los centros de empleo (centros de emprego). La inscripción es gratis y da acceso a ofertas de trabajo, cursos de formación y prácticas.
    .body =
        El IEFP (Instituto do Emprego e Formação Profissional) es el servicio público de empleo. Tiene centros de empleo (centros de emprego) y centros de formación en todo el país.

        ## Quién se puede inscribir
        - Quien puede trabajar legalmente en Portugal: con permiso de residencia, con visa de residencia para trabajar, o ciudadanos de la Unión Europea.
        - Si su proceso está pendiente en la AIMA, pregunte en el centro de empleo si se puede inscribir con el comprobante del pedido.
        - Se puede inscribir si no tiene trabajo, o si ya trabaja y busca otro empleo.

        ## Pasos
        1. Inscríbase como candidato a empleo (candidato a emprego) en el centro de empleo de la zona donde vive, o por internet en { $iefp-web }.
        2. Vaya a la entrevista con el técnico de empleo. Juntos hacen un plan para buscar trabajo (el "plano pessoal de emprego").
        3. Mire las ofertas de trabajo en el sitio del IEFP y responda a las que le sirvan.
        4. Vaya siempre cuando el centro de empleo lo cite (convocatórias). Si falta sin justificación, le pueden anular la inscripción.

        ## Documentos que debe llevar
        - Pasaporte o título de residencia.
        - NIF y NISS.
        - Comprobante de domicilio.
        - Títulos y certificados de cursos, traducidos si es posible.
        - Un currículum (CV), si ya lo tiene.

        ## Formación y prácticas
        - Cursos de portugués para extranjeros (Português Língua de Acolhimento), gratis.
        - Cursos de formación profesional, muchas veces con ayuda para comida y transporte.
        - Centros Qualifica: reconocen lo que aprendió trabajando, aunque no tenga título, y le dan un certificado.
        - Prácticas profesionales pagadas (estágios), sobre todo para jóvenes y para quien busca su primer empleo.

        ## Venir a buscar trabajo
        Desde el { $manifestation-of-interest-ended } ya no se puede entrar como turista y después legalizarse con un contrato. Con la Ley 61/2025, vigente desde el { $foreigners-law-2025-in-force }, la visa para buscar trabajo quedó limitada a personas altamente calificadas.

        ## Cuidado con las ofertas falsas
        - Una agencia de empleo no le puede cobrar dinero por conseguirle trabajo.
        - Las empresas de trabajo temporal necesitan licencia. Confirme en el IEFP si la empresa está en la lista.
        - Nadie se puede quedar con su pasaporte ni con sus documentos.
        - Desconfíe de ofertas con un salario muy alto, sin contrato, o con alojamiento que se paga con descuentos del salario.

        ## Costos
        La inscripción en el IEFP y los cursos del IEFP son gratis.

        ## Si algo sale mal
        - Si se quedó sin trabajo, vea también si tiene derecho al subsidio de desempleo.
        - Si una oferta parece explotación o trata de personas, llame al { $trafficking-phone } o, si está en peligro, al { $emergency-phone }.
        - Para recibir ayuda en su idioma: Línea de Apoyo a Migrantes, { $lam-phone-landline } o { $lam-phone-mobile }.
    .keywords = trabajo, empleo, chamba, curro, laburo, pega, buscar trabajo, buscar empleo, conseguir trabajo, encontrar trabajo, necesito trabajo, busco trabajo, ofertas de trabajo, ofertas de empleo, vacantes, bolsa de trabajo, IEFP, iefp, centro de empleo, centro de emprego, oficina de empleo, inscribirme en el iefp, inscripcion iefp, iefp online, desempleado, parado, sin trabajo, candidato a emprego, formacion, formación, curso, cursos gratis, cursos gratuitos, capacitacion, formacion profesional, practicas, prácticas, pasantia, pasantía, estagio, estágio, Qualifica, RVCC, curriculum, currículum, curriculo, CV, agencia de empleo, agencia de trabajo, trabajo temporal, ETT, empresa de trabajo temporal, visa para buscar trabajo, oferta falsa, estafa
    .questions =
        como conseguir trabajo en portugal
        inscribirme en el centro de empleo IEFP
        buscar empleo siendo inmigrante en portugal
        una agencia me pidió dinero para conseguir trabajo, es normal?
        cursos de formacion y practicas del IEFP
        ofertas de empleo del IEFP
        puedo inscribirme en el IEFP sin permiso de residencia?
        venir a portugal a buscar trabajo con visa
        oferta de trabajo falsa en facebook
        estoy en paro y quiero hacer un curso pagado

work-accident = Accidente de trabajo: qué hacer
    .summary = Si tiene un accidente de trabajo, primero reciba atención médica y avise enseguida a su empleador. El empleador tiene que tener un seguro de accidentes de trabajo, que paga el tratamiento y una compensación mientras usted no puede trabajar.
    .body =
        Un accidente de trabajo (acidente de trabalho) es un accidente en el lugar y en el horario de trabajo. También cuenta el accidente en el camino habitual entre su casa y el trabajo. Todos los empleadores están obligados a tener un seguro de accidentes de trabajo. Los trabajadores extranjeros tienen los mismos derechos que los portugueses.

        ## Pasos
        1. Reciba atención médica. Si es grave, llame al { $emergency-phone }. En el hospital o en el centro de salud, diga que fue un accidente de trabajo.
        2. Avise a su empleador en las { $work-accident-notice-hours ->
            [one] { $work-accident-notice-hours } hora
           *[other] { $work-accident-notice-hours } horas
        } siguientes, mejor por escrito, si no vio el accidente. Pida el nombre de la aseguradora y el número de la póliza (apólice).
        3. El empleador tiene que dar parte del accidente a la aseguradora. En los accidentes graves o mortales, también tiene que comunicarlo a la ACT.
        4. Desde ese momento, el tratamiento lo hacen los médicos que indica la aseguradora. Es ese médico quien le da la incapacidad para trabajar (la baja, "baixa"), no el centro de salud.
        5. Guarde todos los papeles: informes médicos, recetas y recibos.
        6. Al final del tratamiento recibe el alta médica (alta clínica), con la evaluación de la incapacidad que le quede, si le queda alguna.

        ## Qué paga la aseguradora
        - Consultas, tratamientos, cirugías, medicamentos, prótesis y transporte.
        - Una indemnización mientras no puede trabajar, calculada a partir de su salario.
        - Una pensión o un capital, si le queda una incapacidad permanente.
        - En caso de muerte, pensiones para la familia.

        ## Sin contrato o sin seguro
        - Tiene derechos aunque no tenga contrato por escrito. El seguro tiene que cubrir a todos los trabajadores de la empresa.
        - Si el empleador no tiene seguro, tiene que pagar él. Si no paga, el Fondo de Accidentes de Trabajo (Fundo de Acidentes de Trabalho) puede pagar en su lugar.

        ## Plazos y costos
        - No debe pagar nada por el tratamiento de un accidente de trabajo.
        - Si no está de acuerdo con la evaluación de la incapacidad, o si la aseguradora se niega a pagar, puede acudir al Tribunal del Trabajo (Tribunal do Trabalho). El derecho a reclamar termina { $work-accident-claim-years ->
            [one] { $work-accident-claim-years } año
           *[other] { $work-accident-claim-years } años
        } después del alta médica.

        ## Enfermedad causada por el trabajo
        Una enfermedad causada por el trabajo (doença profissional) no la cubre la aseguradora, sino la Seguridad Social. Pida a su médico que la declare.

        ## Si algo sale mal
        - El empleador dice que no fue un accidente de trabajo, o no quiere dar parte: contacte a la ACT, { $act-phone } ({ $act-hours }), o { $act-web }.
        - En el Tribunal del Trabajo, el Ministerio Público (Ministério Público) puede defenderlo gratis. También puede pedir asistencia jurídica (apoio judiciário) en la Seguridad Social.
        - Para recibir ayuda en su idioma: Línea de Apoyo a Migrantes, { $lam-phone-landline } o { $lam-phone-mobile }.
    .keywords = accidente de trabajo, accidente laboral, accidente en el trabajo, acidente de trabalho, me lastime en el trabajo, me lastimé trabajando, me accidente, me cai en el trabajo, me caí en la obra, caida, caída, lesion, lesión, herida, herido, me corte, seguro, seguro de accidentes, seguro de trabajo, aseguradora, poliza, póliza, apolice, baja, baja medica, baja médica, baixa, incapacidad, indemnizacion, indemnización, pension, pensión, alta, alta medica, accidente in itinere, accidente en el camino, accidente de camino al trabajo, tribunal del trabajo, Fundo de Acidentes de Trabalho, FAT, enfermedad profesional, doença profissional, obra, construccion, construcción, andamio, ART, mutua, riesgos de trabajo
    .questions =
        accidente laboral que hacer
        me caí en el trabajo y me rompí el brazo, el jefe tiene que pagar?
        seguro de accidentes de trabajo portugal
        tuve un accidente en la obra y no tengo contrato
        el patron no tiene seguro y me lastimé
        enfermedad profesional como se pide
        baja por accidente de trabajo cuanto cobro
        accidente yendo al trabajo cuenta?
        la aseguradora no quiere pagar el tratamiento
        me lesioné en el trabajo y tengo miedo de que me despidan

qualification-recognition = Reconocer títulos y ejercer profesiones reguladas
    .summary = Para la mayoría de los trabajos no necesita reconocer su título. En las profesiones reguladas, como médico, enfermero, ingeniero, abogado o profesor, necesita la autorización del colegio profesional (ordem profissional) o del organismo responsable antes de trabajar en esa profesión.
    .body =
        Hay dos cosas distintas: el reconocimiento del grado académico (el título o diploma) y el reconocimiento de la calificación profesional (el derecho a ejercer una profesión).

        ## Profesiones no reguladas
        En la mayoría de las profesiones no hace falta reconocimiento: el empleador evalúa su título y su experiencia. Aun así, reconocer el título puede ayudar, por ejemplo, para concursos públicos o para una categoría profesional más alta.

        ## Profesiones reguladas
        Son profesiones que solo puede ejercer con autorización. Por ejemplo: médico, enfermero, farmacéutico, dentista, psicólogo, abogado, ingeniero, arquitecto y profesor.
        - La autorización la da, por regla general, el colegio profesional (Ordem dos Médicos, Ordem dos Enfermeiros, Ordem dos Engenheiros y otros) o un organismo del Estado.
        - Algunas piden también un examen, unas prácticas o una prueba de portugués.
        - Quien tiene calificaciones de un país de la Unión Europea tiene reglas más simples.
        - Mientras espera, puede trabajar en otro puesto, pero no en la profesión regulada.

        ## Reconocer un título universitario
        - Reconocimiento automático (reconhecimento automático): para títulos de algunos países y carreras; lo hace la DGES (Direção-Geral do Ensino Superior) o una universidad pública.
        - Reconocimiento de nivel o reconocimiento específico (reconhecimento de nível, reconhecimento específico): se pide a una universidad o a un politécnico público, que compara su carrera con una carrera portuguesa.
        - Todos estos pedidos se hacen por internet, en la plataforma ReCon de la DGES ({ $dges-web }), con los documentos en formato digital, y se paga una tasa (emolumentos) a la institución que decide.
        - Para los certificados de primaria y secundaria, vea la equivalencia de estudios extranjeros.

        ## Pasos
        1. Averigüe si su profesión está regulada: pregunte al colegio profesional o mire en { $dges-web }.
        2. Pida los documentos en su país y legalícelos: apostilla de La Haya o legalización en el consulado de Portugal.
        3. Haga la traducción certificada de los documentos que no están en portugués.
        4. Entregue el pedido a la entidad que corresponde y pague la tasa.
        5. Si le piden un examen o unas prácticas, hágalos dentro del plazo indicado.

        ## Documentos habituales
        - Título y certificado analítico con las materias, las notas y las horas.
        - Programas de las materias, en algunos casos.
        - Pasaporte o título de residencia.
        - Comprobantes de experiencia profesional y de inscripción en el colegio profesional de su país, si existe.

        ## Costos y plazos
        Cada entidad tiene sus tasas y sus plazos. Confírmelos antes de entregar el pedido, en el sitio de la DGES, de la universidad o del colegio profesional.

        ## Sin título, con experiencia
        En los Centros Qualifica puede conseguir un certificado de lo que aprendió trabajando (proceso RVCC), aunque no tenga título.

        ## Si algo sale mal
        Si le niegan el pedido, pida la decisión por escrito con los motivos: puede responder o apelar. Para orientarse, hable con un CNAI o con la Línea de Apoyo a Migrantes, { $lam-phone-landline } o { $lam-phone-mobile }.
    .keywords = reconocimiento de titulo, reconocimiento de título, reconocer titulo, reconocer mi titulo, homologar titulo, homologación, homologacion, convalidar titulo, convalidacion, convalidación, revalidar titulo, revalidacion, validar titulo, validar diploma, equivalencia, titulo universitario, título extranjero, diploma extranjero, profesion regulada, profesión regulada, colegio profesional, colegio de medicos, colegio de abogados, ordem profissional, ordem dos medicos, ordem dos médicos, ordem dos enfermeiros, ordem dos engenheiros, ordem dos advogados, medico extranjero, médico extranjero, enfermera, enfermero, ingeniero, abogado, profesor, maestro, DGES, dges, reconocimiento automatico, licenciatura, maestria, grado academico, apostilla, apostilla de la haya, traduccion certificada, traducción, Qualifica, RVCC, universidad, facultad, reconhecimento, equivalência
    .questions =
        soy enfermera venezolana como trabajar en portugal
        homologar titulo de medico en portugal ordem dos medicos
        ingeniero extranjero colegiarse en portugal
        profesion regulada que significa
        soy abogado en argentina puedo ejercer en portugal?
        profesor extranjero como dar clases en portugal
        necesito reconocer mi titulo para trabajar en una oficina?
        no tengo titulo pero si experiencia, como lo demuestro?
        reconocimiento de cualificaciones profesionales cuanto cuesta
        peluquero o electricista necesita certificado en portugal?
