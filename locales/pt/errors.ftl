# Mensagens de erro mostradas às pessoas (API, quiosque, bot).

error-unknown-lang = Língua desconhecida: { $lang }. Use um destes códigos: { $codes }.
error-missing-query = Escreva a sua pergunta.
error-query-too-long = A pergunta é demasiado longa: use no máximo { $max } caracteres.
error-bad-limit = O número de resultados deve estar entre 1 e { $max }.
error-unknown-article = Não encontrámos esse artigo.
error-not-found = Esta página não existe.
error-bad-request = O pedido não é válido. Verifique o endereço e os parâmetros.
error-method-not-allowed = Este endereço não aceita este tipo de pedido.
error-too-large = O pedido é demasiado grande.
error-internal = Algo correu mal do nosso lado. Tente de novo daqui a pouco. (Referência: { $request-id })
error-unavailable = O serviço está a arrancar ou a reiniciar. Tente de novo daqui a pouco.
