# Botul de Telegram. Textul este trimis ca HTML de Telegram: nu scrieți
# marcaje aici; botul neutralizează (escape) fiecare text.

bot-welcome = Bună ziua! Sunt asistentul Centrelor Naționale de Sprijin pentru Integrarea Migranților (CNAI). Răspund la întrebări despre imigrare, muncă, asigurări sociale, locuință, sănătate, educație și drepturile dumneavoastră și vă pot pune în legătură cu un mediator. Alegeți limba dumneavoastră sau scrieți întrebarea.
bot-language-set = De acum înainte vă voi scrie în limba română.
bot-choose-language = Alegeți limba dumneavoastră:
bot-menu = Alegeți o temă sau scrieți întrebarea cu propriile cuvinte.
bot-category = { $category }: alegeți un articol.
bot-button-menu = ☰ Meniu principal
bot-button-back = ← Înapoi
bot-button-person = 🧑 Vorbiți cu un mediator
bot-button-helpful = 👍 A fost util
bot-button-not-helpful = 👎 Nu a fost util
bot-button-leave-message = ✉️ Lăsați un mesaj
bot-button-cancel = ✖️ Anulați
bot-button-switch = Continuați în limba { $language }
bot-related = Articole înrudite:
bot-feedback-thanks = Vă mulțumesc pentru părerea dumneavoastră.
bot-results = Am găsit aceste articole:
bot-not-found = Nu am găsit un răspuns la această întrebare. Încercați alte cuvinte, alegeți o temă din meniu sau cereți ajutorul unui mediator.
bot-other-language = Mesajul dumneavoastră pare scris în limba { $language }, așa că v-am răspuns în limba { $language }.
bot-waiting = Scrieți aici mesajele dumneavoastră, iar mediatorul le va citi. Puteți trimite fotografii și documente. Trimiteți /end pentru a încheia.
bot-left-message = Vă mulțumesc. Scrieți acum mesajul: rămâne în lista de așteptare, iar un mediator vă va răspunde când revine.
bot-cancelled = Nu mai așteptați un mediator. Puteți continua să îmi puneți întrebări.
bot-ended = Conversația s-a încheiat.
bot-nothing-to-end = În acest moment nu vorbiți cu un mediator.
bot-rating-thanks = Vă mulțumesc pentru evaluare.
bot-file-received = Am transmis fișierul dumneavoastră mediatorului.
bot-file-too-large = Acest fișier este prea mare. Trimiteți un fișier mai mic de { $megabytes } MB sau o fotografie a lui.
bot-file-needs-person = Fișierele pot fi trimise doar unui mediator. Cereți mai întâi un mediator, apoi trimiteți fișierul.
bot-moved = Conversația dumneavoastră continuă aici, pe telefon. Iată ce s-a spus până acum:
bot-history-you = Dumneavoastră
bot-history-mediator = Mediator
bot-link-expired = Acest cod a expirat sau a fost deja folosit. Cereți unul nou la chioșc sau puneți-vă întrebarea aici.
bot-privacy = Ce păstrează acest bot: numărul conversației dumneavoastră pe Telegram și limba dumneavoastră și, dacă vorbiți cu un mediator, acea conversație și fișierele pe care le trimiteți. Articolele pe care le citiți și întrebările pe care le scrieți aici sunt păstrate 24 de ore, doar pentru ca mediatorul pe care îl cereți să vadă ce căutați; căutările fără rezultat sunt păstrate și anonim, pentru a îmbunătăți răspunsurile. Conversațiile sunt șterse la { $days } zile după încheiere. Trimiteți /forget pentru a șterge acum tot ce vă privește.
bot-forget-confirm = Ștergeți tot ce este păstrat despre dumneavoastră, inclusiv conversațiile cu mediatorii? Această acțiune nu poate fi anulată.
bot-button-forget-yes = Da, ștergeți tot
bot-button-forget-no = Nu, păstrați
bot-forgotten = Gata: tot ce era păstrat despre dumneavoastră a fost șters. Dacă ne scrieți din nou, o luăm de la zero.
bot-forget-kept = Nu s-a șters nimic.
bot-help = Puteți scrie întrebarea cu propriile cuvinte sau puteți folosi aceste comenzi: /menu teme, /mediator vorbiți cu o persoană, /end încheiați conversația cu mediatorul, /language schimbați limba, /privacy ce se păstrează, /forget ștergeți datele dumneavoastră.
bot-unsupported = Pot citi doar text, fotografii și documente.
bot-button-expired = Acest buton nu mai funcționează. Trimiteți /menu pentru a începe din nou.
bot-button-show-in = Afișați în limba { $language }
bot-thanks-reply = Cu plăcere! Dacă aveți o altă întrebare, scrieți-o aici.
bot-chat-reply = 🙂 Sunt aici oricând aveți nevoie. Scrieți întrebarea cu propriile cuvinte sau alegeți o temă din meniu.
bot-file-failed = Nu am putut primi fișierul dumneavoastră: Telegram nu mi-a permis să îl descarc. Trimiteți-l din nou sau trimiteți-l ca document.
bot-update-failed = Ne pare rău, nu am putut prelucra ultimul dumneavoastră mesaj. Vă rugăm să îl trimiteți din nou.
# Expresii care înseamnă „vreau o persoană”, separate prin „|”. Comparate ca
# cuvinte întregi, fără diacritice și fără majuscule, oriunde în mesaj.
bot-person-phrases = vorbesc cu un om | vorbi cu un om | vorbesc cu o persoana | vorbi cu o persoana | vorbesc cu cineva | vorbi cu cineva | persoana reala | om real | vreau un om | mediator | mediatorul | operator | vorbesc cu un mediator | vorbi cu un mediator | o persoana reala | operatorul
bot-thanks-phrases = multumesc | multumesc frumos | va multumesc | iti multumesc | mersi | multumiri
bot-chat-phrases = ok | da | nu | bine | foarte bine | in regula | am inteles | perfect | super | buna | buna ziua | salut | buna dimineata | buna seara | la revedere | pa
