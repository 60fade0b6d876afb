# What the visitor reads while being handed to a mediator (bot and kiosk).

handoff-wait = You are number { $position } in the queue. Expected wait: about { $minutes } min.
handoff-nobody-now = No mediator who speaks your language is available right now. You can wait or leave a message; we will answer as soon as we can. If it is urgent, call the Migrant Support Line: { $helpline }.
handoff-closed = Mediators answer { $hours }. They are back from { $next }. You can leave a message and we will answer then. If it is urgent, call the Migrant Support Line: { $helpline }.
handoff-claimed = { $name }, a mediator, is now with you.
handoff-transferred = Your conversation has been passed to another mediator. Please wait.
handoff-handed-back = The mediator has finished. You can keep asking the assistant, or ask for a person again.
handoff-survey = The conversation has ended. How would you rate the help you got, from 1 (bad) to 5 (very good)?

# Ready-made replies a mediator can insert, in the visitor's language.
canned-greeting = Hello! I am a mediator and I am here to help. What can I do for you?
canned-documents = Could you send a photo of the document? It will help me understand your situation.
canned-wait = Thank you. I will check and answer within a few minutes.
canned-appointment = Your case needs an in-person appointment. I will explain how to book one.
canned-closing = Can I help with anything else? If not, I will close the conversation. Thank you!

# Said before the wait when the visitor is served in another language.
handoff-routed-fallback = No mediator who speaks your language is on duty right now. A mediator who speaks { $serving } will serve you.
