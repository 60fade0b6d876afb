# O bot do Telegram. O texto segue como HTML do Telegram: não escreva
# marcação aqui; o bot escapa cada texto.

bot-welcome = Olá! Sou o assistente dos Centros Nacionais de Apoio à Integração de Migrantes (CNAI). Respondo a perguntas sobre imigração, trabalho, segurança social, habitação, saúde, educação e os seus direitos, e posso pô-lo em contacto com um mediador. Escolha a sua língua ou escreva a sua pergunta.
bot-language-set = A partir de agora escrevo-lhe em português.
bot-choose-language = Escolha a sua língua:
bot-menu = Escolha um tema ou escreva a sua pergunta com as suas palavras.
bot-category = { $category }: escolha um artigo.
bot-button-menu = ☰ Menu principal
bot-button-back = ← Voltar
bot-button-person = 🧑 Falar com um mediador
bot-button-helpful = 👍 Foi útil
bot-button-not-helpful = 👎 Não foi útil
bot-button-leave-message = ✉️ Deixar mensagem
bot-button-cancel = ✖️ Cancelar
bot-button-switch = Continuar em { $language }
bot-related = Artigos relacionados:
bot-feedback-thanks = Obrigado pela sua opinião.
bot-results = Encontrei estes artigos:
bot-not-found = Não encontrei resposta para isto. Experimente outras palavras, escolha um tema no menu ou peça um mediador.
bot-other-language = A sua mensagem parece estar em { $language }, por isso respondi em { $language }.
bot-waiting = Escreva aqui as suas mensagens e o mediador vai lê-las. Pode enviar fotografias e documentos. Envie /end para terminar.
bot-left-message = Obrigado. Escreva agora a sua mensagem: fica na fila e um mediador responde quando voltar.
bot-cancelled = Já não está à espera de um mediador. Pode continuar a fazer-me perguntas.
bot-ended = A conversa terminou.
bot-nothing-to-end = Neste momento não está a falar com um mediador.
bot-rating-thanks = Obrigado pela sua avaliação.
bot-file-received = Passei o seu ficheiro ao mediador.
bot-file-too-large = Este ficheiro é demasiado grande. Envie um ficheiro com menos de { $megabytes } MB, ou uma fotografia dele.
bot-file-needs-person = Os ficheiros só podem ser enviados a um mediador. Peça primeiro um mediador e depois envie o ficheiro.
bot-moved = A sua conversa continua aqui, no seu telemóvel. Isto foi o que se disse até agora:
bot-history-you = Você
bot-history-mediator = Mediador
bot-link-expired = Este código expirou ou já foi usado. Peça um novo no quiosque, ou faça aqui a sua pergunta.
bot-privacy = O que este bot guarda: o número da sua conversa no Telegram e a sua língua e, se falar com um mediador, essa conversa e os ficheiros que enviar. Os artigos que lê e as perguntas que escreve aqui ficam guardados durante 24 horas, apenas para que o mediador que pedir veja o que procurava; as pesquisas sem resultado ficam também guardadas de forma anónima para melhorar as respostas. As conversas são apagadas { $days } dias depois de terminarem. Envie /forget para apagar agora tudo o que diz respeito a si.
bot-forget-confirm = Apagar tudo o que está guardado sobre si, incluindo conversas com mediadores? Não é possível desfazer.
bot-button-forget-yes = Sim, apagar tudo
bot-button-forget-no = Não, manter
bot-forgotten = Feito: tudo o que estava guardado sobre si foi apagado. Se voltar a escrever, começamos do zero.
bot-forget-kept = Nada foi apagado.
bot-help = Pode escrever a sua pergunta com as suas palavras ou usar estes comandos: /menu temas, /mediator falar com uma pessoa, /end terminar a conversa com o mediador, /language mudar de língua, /privacy o que é guardado, /forget apagar os seus dados.
bot-unsupported = Só consigo ler texto, fotografias e documentos.
bot-button-expired = Este botão já não funciona. Envie /menu para recomeçar.
bot-button-show-in = Mostrar em { $language }
bot-thanks-reply = De nada! Se tiver outra pergunta, é só escrevê-la aqui.
bot-chat-reply = 🙂 Estou aqui sempre que precisar. Escreva a sua pergunta por palavras suas ou escolha um tema no menu.
bot-file-failed = Não consegui receber o seu ficheiro: o Telegram não me deixou descarregá-lo. Envie-o de novo, ou envie-o como documento.
bot-update-failed = Desculpe, não consegui tratar a sua última mensagem. Envie-a de novo, por favor.
# Expressões que querem dizer "quero uma pessoa", separadas por "|".
# Comparadas como palavras inteiras, sem acentos nem maiúsculas.
bot-person-phrases = falar com uma pessoa | falar com alguem | pessoa real | um humano | ser humano | mediador | mediadora | operador | atendente | falar com um humano | quero uma pessoa | quero falar com alguem | falar com um mediador | falar com um funcionario | atendimento humano | uma pessoa real
bot-thanks-phrases = obrigado | obrigada | muito obrigado | muito obrigada | obrigadao | obg | brigado | brigada | valeu | agradeco
bot-chat-phrases = ok | okay | sim | nao | esta bem | ta bem | certo | entendi | percebi | perfeito | otimo | combinado | ola | oi | bom dia | boa tarde | boa noite | adeus | tchau | ate logo
