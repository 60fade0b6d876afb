# Kusa ki vizitanti ta lê óra ki e sta ta pasa pa un mediador (bot i kiosk).

handoff-wait = Bu sta na posison { $position } na fila. Tenpu di spera: más o menus { $minutes } min.
handoff-nobody-now = Gosi ka ten mediador disponível ki ta fala bu lingua. Bu pode spera o dexa un mensajen; nu ta responde-bu logu ki nu pode. Si e urjenti, liga pa linha di apoiu pa imigranti (Linha de Apoio a Migrantes): { $helpline }.
handoff-closed = Mediadoris ta atende { $hours }. Es ta torna atende dizdi { $next }. Bu pode dexa un mensajen i nu ta responde-bu nes óra. Si e urjenti, liga pa linha di apoiu pa imigranti (Linha de Apoio a Migrantes): { $helpline }.
handoff-claimed = { $name }, mediador, sta ku bo gosi.
handoff-transferred = Bu konversa pasa pa otu mediador. Pur favor, spera un bokadu.
handoff-handed-back = Mediador kaba. Bu pode kontinua ta faze pergunta pa asistenti, o bu pode pidi otu bês pa fala ku un pesoa.
handoff-survey = Konversa kaba. Kal nota ki bu ta da atendimentu, di 1 (ruin) ti 5 (mutu bon)?

# Resposta prontu ki mediador pode poi, na lingua di vizitanti.
canned-greeting = Olá! Ami e mediador i N sta li pa djuda-bu. Kuzé ki N pode faze pa bo?
canned-documents = Bu pode manda-m un fotu di dokumentu? Asi N ta intende midjór bu situason.
canned-wait = Obrigadu. N ta djobe i N ta responde-bu daki un kuantu minutu.
canned-appointment = Bu kazu meste un atendimentu pesoalmenti. N ta splika-bu modi ki bu ta marka.
canned-closing = N pode djuda-bu ku más algun kusa? Si ka ten, N ta fitxa konversa. Obrigadu!

# Said before the wait when the visitor is served in another language.
handoff-routed-fallback = Agora li ka ten nenhun mediador di sirvisu ki ta papia bu lingua. Un mediador ki ta papia { $serving } ta atende-bu.
