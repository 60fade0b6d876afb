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
