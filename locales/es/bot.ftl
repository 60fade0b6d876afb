# El bot de Telegram. El texto se envía como HTML de Telegram: no escriba
# marcas aquí; el bot escapa cada texto.

bot-welcome = ¡Hola! Soy el asistente de los Centros Nacionales de Apoyo a la Integración de Migrantes (CNAI). Respondo preguntas sobre inmigración, trabajo, seguridad social, vivienda, salud, educación y sus derechos, y puedo ponerle en contacto con un mediador. Elija su idioma o escriba su pregunta.
bot-language-set = A partir de ahora le escribo en español.
bot-choose-language = Elija su idioma:
bot-menu = Elija un tema o escriba su pregunta con sus propias palabras.
bot-category = { $category }: elija un artículo.
bot-button-menu = ☰ Menú principal
bot-button-back = ← Volver
bot-button-person = 🧑 Hablar con un mediador
bot-button-helpful = 👍 Fue útil
bot-button-not-helpful = 👎 No fue útil
bot-button-leave-message = ✉️ Dejar un mensaje
bot-button-cancel = ✖️ Cancelar
bot-button-switch = Continuar en { $language }
bot-related = Artículos relacionados:
bot-feedback-thanks = Gracias por su opinión.
bot-results = Encontré estos artículos:
bot-not-found = No encontré una respuesta a esto. Pruebe con otras palabras, elija un tema del menú o pida hablar con un mediador.
bot-other-language = Su mensaje parece estar en { $language }, así que le respondí en { $language }.
bot-waiting = Escriba aquí sus mensajes y el mediador los leerá. Puede enviar fotos y documentos. Envíe /end para terminar.
bot-left-message = Gracias. Escriba ahora su mensaje: queda en la fila y un mediador le responderá cuando vuelva.
bot-cancelled = Ya no está esperando a un mediador. Puede seguir haciéndome preguntas.
bot-ended = La conversación terminó.
bot-nothing-to-end = En este momento no está hablando con un mediador.
bot-rating-thanks = Gracias por su valoración.
bot-file-received = Le pasé su archivo al mediador.
bot-file-too-large = Este archivo es demasiado grande. Envíe un archivo de menos de { $megabytes } MB o una foto del documento.
bot-file-needs-person = Los archivos solo se pueden enviar a un mediador. Primero pida hablar con un mediador y luego envíe el archivo.
bot-moved = Su conversación continúa aquí, en su teléfono. Esto es lo que se dijo hasta ahora:
bot-history-you = Usted
bot-history-mediator = Mediador
bot-link-expired = Este código caducó o ya se usó. Pida uno nuevo en el quiosco o haga aquí su pregunta.
bot-privacy = Lo que guarda este bot: su número de chat de Telegram y su idioma y, si habla con un mediador, esa conversación y los archivos que envíe. Los artículos que lee y las preguntas que escribe aquí se guardan durante 24 horas, solo para que el mediador que pida vea lo que buscaba; las búsquedas sin resultados también se guardan de forma anónima para mejorar las respuestas. Las conversaciones se borran { $days } días después de terminar. Envíe /forget para borrar ahora todo lo relacionado con usted.
bot-forget-confirm = ¿Borrar todo lo que está guardado sobre usted, incluida cualquier conversación con un mediador? No se puede deshacer.
bot-button-forget-yes = Sí, borrar todo
bot-button-forget-no = No, conservarlo
bot-forgotten = Listo: se borró todo lo que estaba guardado sobre usted. Si vuelve a escribir, empezamos de cero.
bot-forget-kept = No se borró nada.
bot-help = Puede escribir su pregunta con sus propias palabras o usar estos comandos: /menu temas, /mediator hablar con una persona, /end terminar la conversación con el mediador, /language cambiar de idioma, /privacy qué se guarda, /forget borrar sus datos.
bot-unsupported = Solo puedo leer texto, fotos y documentos.
bot-button-expired = Este botón ya no funciona. Envíe /menu para empezar de nuevo.
bot-button-show-in = Mostrar en { $language }
bot-thanks-reply = ¡De nada! Si tiene otra pregunta, escríbala aquí.
bot-chat-reply = 🙂 Estoy aquí cuando me necesite. Escriba su pregunta con sus propias palabras o elija un tema del menú.
bot-file-failed = No pude recibir su archivo: Telegram no me dejó descargarlo. Envíelo de nuevo, o envíelo como documento.
bot-update-failed = Lo siento, no pude procesar su último mensaje. Envíelo de nuevo, por favor.
# Expresiones que significan "quiero una persona", separadas por "|". Se
# comparan como palabras enteras, sin acentos ni mayúsculas, en cualquier
# parte del mensaje.
bot-person-phrases = hablar con una persona | hablar con alguien | persona real | persona de verdad | un humano | ser humano | mediador | mediadora | operador | operadora | hablar con un agente | hablar con un asesor | quiero hablar con alguien | hablar con un mediador | hablar con un humano | atencion personal
bot-thanks-phrases = gracias | muchas gracias | mil gracias | se lo agradezco | te lo agradezco | muy amable
bot-chat-phrases = ok | vale | si | no | claro | de acuerdo | entendido | perfecto | genial | bien | muy bien | hola | buenos dias | buenas tardes | buenas noches | adios | hasta luego
