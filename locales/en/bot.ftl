# The Telegram bot. Text is sent as Telegram HTML: write no markup here;
# the bot escapes every string.

bot-welcome = Hello! I am the assistant of the National Immigrant Support Centres (CNAI). I answer questions about immigration, work, social security, housing, health, education and your rights, and I can put you in touch with a mediator. Choose your language, or write your question.
bot-language-set = I will write to you in English from now on.
bot-choose-language = Choose your language:
bot-menu = Choose a topic, or write your question in your own words.
bot-category = { $category }: choose an article.
bot-button-menu = ☰ Main menu
bot-button-back = ← Back
bot-button-person = 🧑 Talk to a mediator
bot-button-helpful = 👍 Helpful
bot-button-not-helpful = 👎 Not helpful
bot-button-leave-message = ✉️ Leave a message
bot-button-cancel = ✖️ Cancel
bot-button-switch = Continue in { $language }
bot-related = Related articles:
bot-feedback-thanks = Thank you for your feedback.
bot-results = I found these articles:
bot-not-found = I did not find an answer to this. Try other words, choose a topic from the menu, or ask a mediator.
bot-other-language = Your message looks like { $language }, so I answered in { $language }.
bot-waiting = Write your messages here and the mediator will read them. You can send photos and documents. Send /end to finish.
bot-left-message = Thank you. Write your message now: it stays in the queue and a mediator will answer when they are back.
bot-cancelled = You are no longer waiting for a mediator. You can keep asking me questions.
bot-ended = The conversation has ended.
bot-nothing-to-end = You are not talking to a mediator right now.
bot-rating-thanks = Thank you for your rating.
bot-file-received = I passed your file to the mediator.
bot-file-too-large = This file is too large. Send a file smaller than { $megabytes } MB, or a photo of it.
bot-file-needs-person = Files can only be sent to a mediator. Ask for a mediator first and then send the file.
bot-moved = Your conversation continues here, on your phone. This is what was said so far:
bot-history-you = You
bot-history-mediator = Mediator
bot-link-expired = This code has expired or was already used. Ask the kiosk for a new one, or ask your question here.
bot-privacy = What this bot keeps: your Telegram chat number and your language, and, if you talk to a mediator, that conversation and the files you send. The articles you read and the questions you type here are kept for 24 hours, only so that a mediator you ask for can see what you were looking for; searches that find nothing are also kept anonymously to improve the answers. Conversations are deleted { $days } days after they end. Send /forget to delete everything about you now.
bot-forget-confirm = Delete everything stored about you, including any conversation with a mediator? This cannot be undone.
bot-button-forget-yes = Yes, delete everything
bot-button-forget-no = No, keep it
bot-forgotten = Done: everything stored about you was deleted. If you write again, we start from zero.
bot-forget-kept = Nothing was deleted.
bot-help = You can write your question in your own words, or use these commands: /menu topics, /mediator talk to a person, /end finish the conversation with a mediator, /language change language, /privacy what is stored, /forget delete your data.
bot-unsupported = I can read text, photos and documents only.
bot-button-expired = This button no longer works. Send /menu to start again.
bot-button-show-in = Show in { $language }
bot-thanks-reply = You're welcome! If you have another question, just write it here.
bot-chat-reply = 🙂 I am here whenever you need me. Write your question in your own words, or choose a topic from the menu.
bot-file-failed = I could not receive your file: Telegram did not let me download it. Please send it again, or send it as a document.
bot-update-failed = Sorry, I could not handle your last message. Please send it again.
# Phrases that mean "I want a person", separated by "|". Matched as whole
# words, without accents or capitals, anywhere in a message.
bot-person-phrases = talk to a person | speak to a person | talk to someone | speak to someone | real person | a human | human being | mediator | operator | talk to a human | speak to a human | talk to a mediator | speak to a mediator | talk to somebody | speak to somebody | talk to an agent | a real person | i want a person
# Small talk: a message made only of these phrases (in any of the nine
# languages) gets a short friendly reply instead of a search.
bot-thanks-phrases = thanks | thank you | thanks a lot | thank you very much | thank you so much | many thanks | thx | ty | cheers
bot-chat-phrases = ok | okay | yes | no | yeah | yep | nope | alright | all right | fine | got it | understood | i see | great | perfect | cool | hi | hello | hey | good morning | good afternoon | good evening | bye | goodbye
