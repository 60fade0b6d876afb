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
