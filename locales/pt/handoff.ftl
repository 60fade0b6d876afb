# O que o visitante lê durante a passagem para um mediador (bot e quiosque).

handoff-wait = Está na posição { $position } da fila. Tempo de espera previsto: cerca de { $minutes } min.
handoff-nobody-now = Neste momento não há nenhum mediador disponível que fale a sua língua. Pode esperar ou deixar uma mensagem; respondemos logo que possível. Se for urgente, ligue para a Linha de Apoio a Migrantes: { $helpline }.
handoff-closed = Os mediadores atendem { $hours }. Voltam a atender a partir de { $next }. Pode deixar uma mensagem e respondemos nessa altura. Se for urgente, ligue para a Linha de Apoio a Migrantes: { $helpline }.
handoff-claimed = { $name }, mediador, está agora consigo.
handoff-transferred = A sua conversa foi passada a outro mediador. Por favor, aguarde.
handoff-handed-back = O mediador terminou. Pode continuar a fazer perguntas ao assistente ou pedir de novo para falar com uma pessoa.
handoff-survey = A conversa terminou. Como avalia o atendimento, de 1 (mau) a 5 (muito bom)?

# Respostas prontas que o mediador pode inserir, na língua do visitante.
canned-greeting = Olá! Sou mediador e vou ajudar. Em que posso ajudar?
canned-documents = Pode enviar uma fotografia do documento? Assim percebo melhor a sua situação.
canned-wait = Obrigado. Vou verificar e respondo dentro de alguns minutos.
canned-appointment = O seu caso precisa de um atendimento presencial. Vou explicar como marcar.
canned-closing = Posso ajudar em mais alguma coisa? Se não, vou encerrar a conversa. Obrigado!

# Said before the wait when the visitor is served in another language.
handoff-routed-fallback = Neste momento não há nenhum mediador de serviço que fale a sua língua. Vai ser atendido por um mediador que fala { $serving }.
