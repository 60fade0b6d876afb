# Ce que lit la personne pendant son transfert vers un médiateur (bot et borne).

handoff-wait = Vous êtes en position { $position } dans la file d'attente. Attente prévue : environ { $minutes } min.
handoff-nobody-now = Aucun médiateur parlant votre langue n'est disponible en ce moment. Vous pouvez attendre ou laisser un message ; nous vous répondrons dès que possible. En cas d'urgence, appelez la Ligne d'aide aux migrants : { $helpline }.
handoff-closed = Les médiateurs répondent { $hours }. Ils seront de retour à partir de { $next }. Vous pouvez laisser un message et nous vous répondrons à ce moment-là. En cas d'urgence, appelez la Ligne d'aide aux migrants : { $helpline }.
handoff-claimed = Vous êtes maintenant en contact avec { $name }, de l'équipe de médiation.
handoff-transferred = Votre conversation a été transmise à un autre médiateur. Merci de patienter.
handoff-handed-back = Le médiateur a terminé. Vous pouvez continuer à poser vos questions à l'assistant ou demander à nouveau à parler à une personne.
handoff-survey = La conversation est terminée. Comment évaluez-vous l'aide reçue, de 1 (mauvais) à 5 (très bon) ?

# Réponses toutes prêtes que le médiateur peut insérer, dans la langue de la personne.
canned-greeting = Bonjour ! Je fais partie de l'équipe de médiation et je suis là pour vous aider. Que puis-je faire pour vous ?
canned-documents = Pouvez-vous envoyer une photo du document ? Cela m'aidera à mieux comprendre votre situation.
canned-wait = Merci. Je vérifie et je vous réponds dans quelques minutes.
canned-appointment = Votre situation nécessite un rendez-vous en personne. Je vais vous expliquer comment le prendre.
canned-closing = Puis-je vous aider pour autre chose ? Sinon, je vais terminer la conversation. Merci !

# Said before the wait when the visitor is served in another language.
handoff-routed-fallback = Aucun médiateur parlant votre langue n’est de service pour le moment. Un médiateur qui parle { $serving } va vous répondre.
