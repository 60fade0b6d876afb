# Mensajen di eru ki nu ta mostra pa algen (API, kiosk, bot).

error-unknown-lang = Lingua diskonxedu: { $lang }. Uza un di es kódigu li: { $codes }.
error-missing-query = Skrebe bu pergunta.
error-query-too-long = Bu pergunta e kumpridu dimás: uza ti { $max } létra (karakter), ka más.
error-bad-limit = Númeru di rezultadu ten ki sta entri 1 i { $max }.
error-unknown-article = Nu ka atxa es artigu.
error-not-found = Es pájina ka ta izisti.
error-bad-request = Es pididu ka sta dretu. Djobe enderesu i se parámetru.
error-method-not-allowed = Es enderesu ka ta aseita es tipu di pididu.
error-too-large = Es pididu e grandi dimás.
error-internal = Un kusa da eradu na nos ladu. Tenta otu bês daki un bokadu. (Referénsia: { $request-id })
error-unavailable = Sirvisu sta ta liga o sta ta ligadu otu bês. Tenta otu bês daki un bokadu.
