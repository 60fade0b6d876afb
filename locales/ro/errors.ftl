# Mesaje de eroare afișate utilizatorilor (API, chioșc, bot).

error-unknown-lang = Limbă necunoscută: { $lang }. Folosiți unul dintre aceste coduri: { $codes }.
error-missing-query = Scrieți întrebarea dumneavoastră.
error-query-too-long = Întrebarea este prea lungă: numărul maxim de caractere este { $max }.
error-bad-limit = Numărul de rezultate trebuie să fie între 1 și { $max }.
error-unknown-article = Nu am găsit acest articol.
error-not-found = Această pagină nu există.
error-bad-request = Cererea nu este validă. Verificați adresa și parametrii.
error-method-not-allowed = Această adresă nu acceptă acest tip de cerere.
error-too-large = Cererea este prea mare.
error-internal = Ceva nu a mers bine la noi. Încercați din nou peste puțin timp. (Referință: { $request-id })
error-unavailable = Serviciul pornește sau repornește. Încercați din nou peste puțin timp.
