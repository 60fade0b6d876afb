# Le bot Telegram. Le texte est envoyé en HTML Telegram : n'écrivez aucune
# balise ici ; le bot échappe chaque texte.

bot-welcome = Bonjour ! Je suis l'assistant des Centres nationaux d'appui à l'intégration des migrants (CNAI). Je réponds aux questions sur l'immigration, le travail, la sécurité sociale, le logement, la santé, l'éducation et vos droits, et je peux vous mettre en contact avec un médiateur. Choisissez votre langue ou écrivez votre question.
bot-language-set = Désormais, je vous écris en français.
bot-choose-language = Choisissez votre langue :
bot-menu = Choisissez un thème ou écrivez votre question avec vos propres mots.
bot-category = { $category } : choisissez un article.
bot-button-menu = ☰ Menu principal
bot-button-back = ← Retour
bot-button-person = 🧑 Parler à un médiateur
bot-button-helpful = 👍 Utile
bot-button-not-helpful = 👎 Pas utile
bot-button-leave-message = ✉️ Laisser un message
bot-button-cancel = ✖️ Annuler
bot-button-switch = Continuer en { $language }
bot-related = Articles liés :
bot-feedback-thanks = Merci pour votre avis.
bot-results = J'ai trouvé ces articles :
bot-not-found = Je n'ai pas trouvé de réponse à cette question. Essayez d'autres mots, choisissez un thème dans le menu ou demandez un médiateur.
bot-other-language = Votre message semble écrit en { $language }, alors j'ai répondu en { $language }.
bot-waiting = Écrivez vos messages ici et le médiateur les lira. Vous pouvez envoyer des photos et des documents. Envoyez /end pour terminer.
bot-left-message = Merci. Écrivez maintenant votre message : il restera dans la file d'attente et un médiateur vous répondra à son retour.
bot-cancelled = Vous n'attendez plus de médiateur. Vous pouvez continuer à me poser des questions.
bot-ended = La conversation est terminée.
bot-nothing-to-end = Vous n'êtes pas en conversation avec un médiateur en ce moment.
bot-rating-thanks = Merci pour votre évaluation.
bot-file-received = J'ai transmis votre fichier au médiateur.
bot-file-too-large = Ce fichier est trop volumineux. Envoyez un fichier de moins de { $megabytes } Mo, ou envoyez-en une photo.
bot-file-needs-person = Les fichiers ne peuvent être envoyés qu'à un médiateur. Demandez d'abord un médiateur, puis envoyez le fichier.
bot-moved = Votre conversation continue ici, sur votre téléphone. Voici ce qui a été dit jusqu'à présent :
bot-history-you = Vous
bot-history-mediator = Médiateur
bot-link-expired = Ce code a expiré ou a déjà été utilisé. Demandez-en un nouveau à la borne, ou posez votre question ici.
bot-privacy = Ce que ce bot conserve : le numéro de votre discussion Telegram et votre langue et, si vous parlez à un médiateur, cette conversation et les fichiers que vous envoyez. Les articles que vous lisez et les questions que vous écrivez ici sont conservés 24 heures, uniquement pour que le médiateur que vous demandez voie ce que vous cherchiez ; les recherches sans résultat sont aussi conservées de façon anonyme pour améliorer les réponses. Les conversations sont supprimées { $days } jours après leur fin. Envoyez /forget pour supprimer dès maintenant tout ce qui vous concerne.
bot-forget-confirm = Supprimer tout ce qui est enregistré à votre sujet, y compris les conversations avec un médiateur ? Cette action est irréversible.
bot-button-forget-yes = Oui, tout supprimer
bot-button-forget-no = Non, garder
bot-forgotten = C'est fait : tout ce qui était enregistré à votre sujet a été supprimé. Si vous écrivez à nouveau, nous repartirons de zéro.
bot-forget-kept = Rien n'a été supprimé.
bot-help = Vous pouvez écrire votre question avec vos propres mots ou utiliser ces commandes : /menu thèmes, /mediator parler à une personne, /end terminer la conversation avec le médiateur, /language changer de langue, /privacy ce qui est conservé, /forget supprimer vos données.
bot-unsupported = Je ne peux lire que du texte, des photos et des documents.
bot-button-expired = Ce bouton ne fonctionne plus. Envoyez /menu pour recommencer.
bot-button-show-in = Afficher en { $language }
bot-thanks-reply = Avec plaisir ! Si vous avez une autre question, écrivez-la ici.
bot-chat-reply = 🙂 Je suis là quand vous en avez besoin. Écrivez votre question avec vos propres mots, ou choisissez un thème dans le menu.
bot-file-failed = Je n'ai pas pu recevoir votre fichier : Telegram ne m'a pas permis de le télécharger. Renvoyez-le, ou envoyez-le comme document.
bot-update-failed = Désolé, je n'ai pas pu traiter votre dernier message. Renvoyez-le, s'il vous plaît.
# Expressions qui veulent dire « je veux une personne », séparées par « | ».
# Comparées comme mots entiers, sans accents ni majuscules, n'importe où dans un message.
bot-person-phrases = parler a quelqu'un | parler avec quelqu'un | parler a une personne | une vraie personne | parler a un humain | un etre humain | mediateur | mediatrice | parler a un conseiller | parler a un operateur | parler a un agent | je veux parler a quelqu'un | parler a un mediateur | parler avec un mediateur | parler avec une personne | un humain
bot-thanks-phrases = merci | merci beaucoup | merci bien | mille mercis | merci infiniment | je vous remercie
bot-chat-phrases = ok | d'accord | oui | non | ouais | bien | tres bien | compris | entendu | parfait | super | bonjour | salut | bonsoir | au revoir | a bientot
