# Error messages shown to people (API, kiosk, bot).

error-unknown-lang = Unknown language: { $lang }. Use one of these codes: { $codes }.
error-missing-query = Please type your question.
error-query-too-long = The question is too long: use at most { $max } characters.
error-bad-limit = The number of results must be between 1 and { $max }.
error-unknown-article = We could not find that article.
error-not-found = This page does not exist.
error-bad-request = The request is not valid. Check the address and its parameters.
error-method-not-allowed = This address does not accept this kind of request.
error-too-large = The request is too large.
error-internal = Something went wrong on our side. Please try again in a moment. (Reference: { $request-id })
error-unavailable = The service is starting or restarting. Please try again in a moment.
