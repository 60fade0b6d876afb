# Mensajes de error que se muestran a las personas (API, quiosco, bot).

error-unknown-lang = Idioma desconocido: { $lang }. Use uno de estos códigos: { $codes }.
error-missing-query = Escriba su pregunta.
error-query-too-long = La pregunta es demasiado larga: use como máximo { $max } caracteres.
error-bad-limit = El número de resultados debe estar entre 1 y { $max }.
error-unknown-article = No encontramos ese artículo.
error-not-found = Esta página no existe.
error-bad-request = La solicitud no es válida. Revise la dirección y los parámetros.
error-method-not-allowed = Esta dirección no acepta este tipo de solicitud.
error-too-large = La solicitud es demasiado grande.
error-internal = Algo salió mal de nuestro lado. Vuelva a intentarlo en un momento. (Referencia: { $request-id })
error-unavailable = El servicio se está iniciando o reiniciando. Vuelva a intentarlo en un momento.
error-login-required = Inicie sesión para continuar.
error-bad-credentials = Nombre de usuario o contraseña incorrectos.
error-locked = Demasiados intentos fallidos. Vuelva a intentarlo en { $minutes } { $minutes ->
    [one] minuto
   *[other] minutos
}.
error-rate-limited = Demasiadas solicitudes. Espere un momento y vuelva a intentarlo.
error-forbidden = No tiene permiso para hacer esto.
error-csrf = No se pudo verificar la solicitud. Recargue la página y vuelva a intentarlo.
error-taken = Otro mediador ya se ocupó de esto.
error-wrong-state = Esto ya no es posible porque el estado cambió. Actualice la vista.
error-unknown-topic = Tema desconocido.
error-unknown-service = Servicio desconocido.
error-unknown-place = Sede o mostrador desconocido.
error-unknown-mediator = Mediador desconocido.
error-no-counter = Para llamar turnos, indique primero la sede y el mostrador donde está.
error-nothing-waiting = No hay turnos en espera que pueda atender.
error-bad-text = El mensaje está vacío o es demasiado largo (máximo { $max } caracteres).
error-bad-rating = La valoración debe ser de 1 a 5.
error-weak-password = La contraseña debe tener al menos { $min } caracteres.
error-username-taken = Ese nombre de usuario ya existe.
error-setup-link = Este enlace de configuración no es válido, ya se usó o caducó.
error-bad-field = Falta un campo o no es válido: { $field }.
error-kiosk-token = Este quiosco no está registrado en el servidor.
error-reply-too-long = Esta respuesta es demasiado larga para llegar en un solo mensaje: como máximo { $max } caracteres (un emoji cuenta como dos). Divídala en respuestas más cortas.
error-file-too-large = El archivo es demasiado grande: como máximo { $megabytes } MB.
error-bad-file = Este archivo no se puede enviar: está vacío o no es el tipo de archivo que indican su nombre o su tipo.
error-visitor-erased = El visitante borró sus datos: esta conversación ya no existe.
