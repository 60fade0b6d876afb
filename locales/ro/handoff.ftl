# Ce citește vizitatorul în timp ce este transferat la un mediator (bot și chioșc).

handoff-wait = Sunteți pe locul { $position } în lista de așteptare. Timp de așteptare estimat: aproximativ { $minutes } min.
handoff-nobody-now = În acest moment nu este disponibil niciun mediator care să vorbească limba dumneavoastră. Puteți aștepta sau puteți lăsa un mesaj; vă răspundem cât mai curând posibil. Dacă este urgent, sunați la Linia de sprijin pentru migranți: { $helpline }.
handoff-closed = Programul mediatorilor: { $hours }. Vor fi din nou disponibili începând cu { $next }. Puteți lăsa un mesaj și vă vom răspunde atunci. Dacă este urgent, sunați la Linia de sprijin pentru migranți: { $helpline }.
handoff-claimed = { $name }, mediator, vorbește acum cu dumneavoastră.
handoff-transferred = Conversația dumneavoastră a fost transferată unui alt mediator. Vă rugăm să așteptați.
handoff-handed-back = Mediatorul a terminat. Puteți continua să puneți întrebări asistentului sau puteți cere din nou să vorbiți cu o persoană.
handoff-survey = Conversația s-a încheiat. Cum apreciați ajutorul primit, de la 1 (slab) la 5 (foarte bun)?

# Răspunsuri predefinite pe care mediatorul le poate insera, în limba vizitatorului.
canned-greeting = Bună ziua! Sunt mediator și sunt aici să vă ajut. Cu ce vă pot ajuta?
canned-documents = Puteți trimite o fotografie a documentului? Așa înțeleg mai bine situația dumneavoastră.
canned-wait = Vă mulțumesc. Verific și vă răspund în câteva minute.
canned-appointment = Pentru cazul dumneavoastră trebuie să veniți în persoană, cu programare. Vă explic cum să vă programați.
canned-closing = Vă mai pot ajuta cu ceva? Dacă nu, voi închide conversația. Vă mulțumesc!

# Said before the wait when the visitor is served in another language.
handoff-routed-fallback = În acest moment nu este de serviciu niciun mediator care să vorbească limba dumneavoastră. Vă va răspunde un mediator care vorbește { $serving }.
