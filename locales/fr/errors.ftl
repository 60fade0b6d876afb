# Messages d'erreur affichés aux personnes (API, borne, bot).

error-unknown-lang = Langue inconnue : { $lang }. Utilisez l'un de ces codes : { $codes }.
error-missing-query = Écrivez votre question.
error-query-too-long = La question est trop longue : { $max } caractères au maximum.
error-bad-limit = Le nombre de résultats doit être compris entre 1 et { $max }.
error-unknown-article = Nous n'avons pas trouvé cet article.
error-not-found = Cette page n'existe pas.
error-bad-request = La demande n'est pas valide. Vérifiez l'adresse et les paramètres.
error-method-not-allowed = Cette adresse n'accepte pas ce type de demande.
error-too-large = La demande est trop grande.
error-internal = Un problème est survenu de notre côté. Réessayez dans un instant. (Référence : { $request-id })
error-unavailable = Le service est en train de démarrer ou de redémarrer. Réessayez dans un instant.
error-login-required = Connectez-vous pour continuer.
error-bad-credentials = Nom d'utilisateur ou mot de passe incorrect.
error-locked = Trop de tentatives échouées. Réessayez dans { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}.
error-rate-limited = Trop de demandes. Patientez un peu et réessayez.
error-forbidden = Vous n'avez pas l'autorisation de faire cela.
error-csrf = La demande n'a pas pu être vérifiée. Rechargez la page et réessayez.
error-taken = Un autre médiateur s'en est déjà occupé.
error-wrong-state = Ce n'est plus possible, car la situation a changé. Actualisez l'affichage.
error-unknown-topic = Thème inconnu.
error-unknown-service = Service inconnu.
error-unknown-place = Lieu ou guichet inconnu.
error-unknown-mediator = Médiateur inconnu.
error-no-counter = Pour appeler des tickets, indiquez d'abord le lieu et le guichet où vous vous trouvez.
error-nothing-waiting = Aucun ticket en attente que vous puissiez traiter.
error-bad-text = Le message est vide ou trop long ({ $max } caractères au maximum).
error-bad-rating = La note doit être comprise entre 1 et 5.
error-weak-password = Le mot de passe doit comporter au moins { $min } caractères.
error-username-taken = Ce nom d'utilisateur existe déjà.
error-setup-link = Ce lien de configuration n'est pas valide, a déjà été utilisé ou a expiré.
error-bad-field = Un champ est manquant ou non valide : { $field }.
error-kiosk-token = Cette borne n'est pas enregistrée sur le serveur.
error-reply-too-long = Cette réponse est trop longue pour arriver en un seul message : { $max } caractères au maximum (un emoji compte pour deux). Divisez-la en réponses plus courtes.
error-file-too-large = Le fichier est trop volumineux : { $megabytes } Mo au maximum.
error-bad-file = Ce fichier ne peut pas être envoyé : il est vide, ou ce n'est pas le type de fichier qu'indiquent son nom ou son type.
error-visitor-erased = Le visiteur a effacé ses données : cette conversation n'existe plus.
