# Lo que lee el visitante mientras se le pasa a un mediador (bot y quiosco).

handoff-wait = Usted está en el puesto { $position } de la fila. Tiempo de espera previsto: unos { $minutes } min.
handoff-nobody-now = En este momento no hay ningún mediador disponible que hable su idioma. Puede esperar o dejar un mensaje; le responderemos lo antes posible. Si es urgente, llame a la Línea de Apoyo a Migrantes: { $helpline }.
handoff-closed = Los mediadores atienden { $hours }. Vuelven a atender a partir del { $next }. Puede dejar un mensaje y le responderemos entonces. Si es urgente, llame a la Línea de Apoyo a Migrantes: { $helpline }.
handoff-claimed = Ahora le atiende { $name }, del equipo de mediadores.
handoff-transferred = Pasamos su conversación a otro mediador. Por favor, espere.
handoff-handed-back = El mediador terminó. Puede seguir haciendo preguntas al asistente o volver a pedir hablar con una persona.
handoff-survey = La conversación terminó. ¿Cómo valora la atención, de 1 (mala) a 5 (muy buena)?

# Respuestas predefinidas que el mediador puede insertar, en el idioma del visitante.
canned-greeting = ¡Hola! Soy del equipo de mediadores y estoy aquí para ayudarle. ¿En qué le puedo ayudar?
canned-documents = ¿Puede enviar una foto del documento? Así entiendo mejor su situación.
canned-wait = Gracias. Voy a revisarlo y le respondo en unos minutos.
canned-appointment = Su caso necesita una cita presencial. Le explico cómo pedirla.
canned-closing = ¿Puedo ayudarle en algo más? Si no, voy a cerrar la conversación. ¡Gracias!

# Said before the wait when the visitor is served in another language.
handoff-routed-fallback = Ahora mismo no hay ningún mediador de servicio que hable su idioma. Le atenderá un mediador que habla { $serving }.
