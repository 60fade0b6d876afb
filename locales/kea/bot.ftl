# Bot di Telegram. Testu ta bai komu HTML di Telegram: ka bu skrebe markason li;
# bot ta proteje (escape) kada testu.

bot-welcome = Olá! Ami e asistenti di Sentrus Nasional di Apoiu a Integrason di Migranti (CNAI). N ta responde pergunta sobri imigrason, trabadju, siguransa sosial, kaza, saúdi, edukason i bu direitu, i N pode poi-bu na kontatu ku un mediador. Skodje bu lingua, o skrebe bu pergunta.
bot-language-set = Di gosi pa dianti, N ta skrebe-bu na kriolu kabuverdianu.
bot-choose-language = Skodje bu lingua:
bot-menu = Skodje un tema, o skrebe bu pergunta ku bu propi palavra.
bot-category = { $category }: skodje un artigu.
bot-button-menu = ☰ Menu prinsipal
bot-button-back = ← Volta
bot-button-person = 🧑 Fala ku un mediador
bot-button-helpful = 👍 Djuda-m
bot-button-not-helpful = 👎 Ka djuda-m
bot-button-leave-message = ✉️ Dexa mensajen
bot-button-cancel = ✖️ Kansela
bot-button-switch = Kontinua na { $language }
bot-related = Otu artigu sobri es tema:
bot-feedback-thanks = Obrigadu pa bu opinion.
bot-results = N atxa es artigu li:
bot-not-found = N ka atxa resposta pa kel-li. Tenta ku otu palavra, skodje un tema na menu, o pidi un mediador.
bot-other-language = Bu mensajen ta parse sta na { $language }, pur isu N responde-bu na { $language }.
bot-waiting = Skrebe bu mensajen li i mediador ta lê-s. Bu pode manda fotu i dokumentu. Manda /end pa kaba.
bot-left-message = Obrigadu. Skrebe bu mensajen gosi: e ta fika na fila i un mediador ta responde-bu óra ki e volta.
bot-cancelled = Bu dja ka sta na spera di un mediador. Bu pode kontinua ta faze-m pergunta.
bot-ended = Konversa kaba.
bot-nothing-to-end = Gosi bu ka sta ta fala ku un mediador.
bot-rating-thanks = Obrigadu pa bu nota.
bot-file-received = N pasa bu fitxeru pa mediador.
bot-file-too-large = Es fitxeru e grandi dimás. Manda un fitxeru ku menus di { $megabytes } MB, o un fotu di el.
bot-file-needs-person = Fitxeru só pode ser mandadu pa un mediador. Pidi un mediador purmeru, dipôs manda fitxeru.
bot-moved = Bu konversa ta kontinua li, na bu telemóvel. Es e kuzé ki dja fladu ti gosi:
bot-history-you = Bo
bot-history-mediator = Mediador
bot-link-expired = Es kódigu dja kaba prazu o dja uzadu. Pidi un novu na kiosk, o faze bu pergunta li.
bot-privacy = Kuzé ki es bot ta guarda: númeru di bu konversa na Telegram i bu lingua, i, si bu fala ku un mediador, kel konversa i fitxeru ki bu manda. Artigu ki bu le i pergunta ki bu skrebe li ta fika guardadu 24 ora, só pa mediador ki bu pidi odja kuzé ki bu sta ta buska; piskiza ki ka atxa nada ta fika tanbê guardadu sen nómi (anónimu) pa midjora resposta. Konversa ta ser apagadu { $days } dia dipôs di kaba. Manda /forget pa apaga gosi tudu kusa sobri bo.
bot-forget-confirm = Apaga tudu kusa ki sta guardadu sobri bo, ku tudu konversa ku mediador? Dipôs ka ta da pa disfaze.
bot-button-forget-yes = Sin, apaga tudu
bot-button-forget-no = Nau, guarda
bot-forgotten = Prontu: tudu kusa ki staba guardadu sobri bo dja apagadu. Si bu torna skrebe, nu ta kumesa di zeru.
bot-forget-kept = Nada ka apagadu.
bot-help = Bu pode skrebe bu pergunta ku bu propi palavra, o uza es kumandu li: /menu tema, /mediator fala ku un pesoa, /end kaba konversa ku mediador, /language muda lingua, /privacy kuzé ki ta fika guardadu, /forget apaga bu dadus.
bot-unsupported = N só ta konsigi lê testu, fotu i dokumentu.
bot-button-expired = Es botãu ka sta ta funsiona más. Manda /menu pa kumesa di novu.
bot-button-show-in = Mostra na { $language }
bot-thanks-reply = Di nada! Si bu ten otu pergunta, e só skrebe-l li.
bot-chat-reply = 🙂 N sta li sénpri ki bu mesti. Skrebe bu pergunta ku bu propi palavra, o skodje un tema na menu.
bot-file-failed = N ka konsigi rasebe bu fitxeru: Telegram ka dexa-m baxa-l. Manda-l otu bes, o manda-l suma dokumentu.
bot-update-failed = Diskulpa, N ka konsigi trata bu últimu mensajen. Manda-l otu bes, pur favor.
# Frazi ki kre fla "N kre un pesoa", separadu pa "|". Ta konparadu komu
# palavra interu, sen asentu nen létra maiúskulu, na kalker parti di mensajen.
bot-person-phrases = fala ku un pesoa | fla ku un pesoa | fala ku algen | fla ku algen | kre un pesoa | pesoa di verdadi | ser umanu | mediador | mediadora | operador | atendenti | fala cu alguem | papia ku un algen | papia ku algen | papia ku un pesoa | papia ku pesoa | fala ku un algen | fla ku un algen | papia ku mediador | fala ku mediador
bot-thanks-phrases = obrigadu | obrigada | brigadu | txeu obrigadu | obrigadu txeu | mutu obrigadu
bot-chat-phrases = ok | sin | nau | ta bon | sta bon | dretu | ntende | n ntende | ola | bon dia | boa tardi | boa noti | txau | ati logu | fixi
