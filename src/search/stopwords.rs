//! Function words of each language: left out of queries so that in a long
//! question ("can I go to the health centre if I do not have...") only the
//! words about the topic decide. Written as typed, lowercase and without
//! accents (they are compared after folding). Kept short on purpose: a
//! word that could be a topic ("trabalho", "casa", "visa") never belongs
//! here, and words common to nearly every article are dropped anyway by
//! their document frequency.

use crate::lang::Lang;

const PT: &[&str] = &[
    "a", "ao", "aos", "as", "com", "como", "da", "das", "de", "do", "dos", "e", "ela", "ele",
    "eles", "em", "entao", "esta", "este", "eu", "isso", "isto", "ja", "la", "lhe", "mais", "mas",
    "me", "meu", "minha", "muito", "na", "nas", "no", "nos", "nao", "num", "numa", "o", "os", "ou",
    "para", "pela", "pelo", "por", "pra", "qual", "quais", "que", "se", "sem", "ser", "seu", "sua",
    "sou", "so", "tambem", "te", "tem", "tenho", "ter", "um", "uma", "voce", "vc", "ai", "aqui",
    "ola", "bom", "boa", "obrigado", "obrigada", "alguem", "sabe",
    "gostaria", "queria", "pode", "posso", "preciso", "favor", "estou", "esta",
    "sei", "saber", "fazer", "faco", "devo",
];
const EN: &[&str] = &[
    "a", "am", "an", "and", "any", "anyone", "are", "as", "at", "be", "been", "but", "by", "can",
    "could", "did", "do", "does", "for", "from", "get", "got", "had", "has", "have", "hello", "hi",
    "how", "i", "if", "im", "in", "into", "is", "it", "its", "just", "know", "me", "my", "of", "on",
    "or", "please", "so", "some", "than", "thanks", "that", "the", "their", "then", "there",
    "these", "they", "this", "to", "us", "was", "we", "were", "what", "when", "where", "which",
    "who", "will", "with", "would", "you", "your", "should", "need", "want", "there's",
    "i'm", "i've", "don't", "it's",
];
const FR: &[&str] = &[
    "a", "au", "aux", "avec", "bonjour", "ce", "ces", "comment", "dans", "de", "des", "du", "elle",
    "en", "est", "et", "etre", "il", "ils", "je", "j'ai", "la", "le", "les", "leur", "lui", "ma",
    "mais", "me", "mes", "moi", "mon", "ne", "nous", "on", "ou", "par", "pas", "peut", "peux",
    "pour", "qu", "que", "quel", "quelle", "qui", "sa", "se", "ses", "son", "sur", "ta", "te",
    "toi", "ton", "tu", "un", "une", "vous", "votre", "y", "c'est", "merci", "svp", "dois",
    "faire", "est-ce",
];
const ES: &[&str] = &[
    "a", "al", "algo", "alguien", "buenas", "buenos", "como", "con", "cual", "de", "del", "el",
    "ella", "en", "es", "esta", "este", "estoy", "gracias", "hola", "la", "las", "le", "lo", "los",
    "me", "mi", "mis", "muy", "necesito", "no", "nos", "o", "para", "pero", "por", "puedo", "que",
    "quiero", "se", "si", "sin", "soy", "su", "sus", "tengo", "un", "una", "y", "yo", "hay",
    "hacer", "debo", "puede", "saber",
];
const RO: &[&str] = &[
    "a", "al", "ale", "am", "ca", "care", "ce", "cu", "cum", "da", "de", "din", "eu", "este", "fi",
    "i", "in", "la", "le", "ma", "mai", "meu", "mea", "mi", "nu", "o", "ori", "pe", "pentru",
    "poate", "pot", "sa", "se", "si", "sunt", "un", "una", "unde", "va", "vreau", "buna", "ziua",
    "multumesc", "trebuie", "fac", "daca", "cine", "stie",
];
const RU: &[&str] = &[
    "а", "в", "во", "вы", "да", "для", "до", "его", "ее", "если", "же", "за", "здравствуите",
    "и", "из", "или", "их", "к", "как", "ко", "ли", "мне", "меня", "мои", "моя", "мы", "на", "не",
    "нет", "но", "о", "об", "он", "она", "они", "от", "по", "подскажите", "пожалуиста", "при",
    "привет", "с", "со", "спасибо", "так", "там", "то", "ты", "у", "уже", "что", "это", "я",
    "можно", "могу", "нужно", "надо", "кто", "знает", "хочу", "есть", "бы", "был", "была",
    "чтобы", "где", "когда", "какои", "какие",
];
const UK: &[&str] = &[
    "а", "в", "ви", "вже", "до", "для", "добрии", "день", "дякую", "з", "за", "i", "і", "й", "із",
    "зі", "чи", "як", "яка", "які", "якии", "мене", "мені", "мии", "моя", "ми", "на", "не", "немає",
    "але", "о", "про", "по", "підкажіть", "будь", "ласка", "привіт", "у", "та", "так", "там",
    "то", "ти", "це", "що", "я", "можна", "можу", "треба", "потрібно", "хто", "знає", "хочу", "є",
    "б", "би", "де", "коли", "щоб", "його", "її", "вони", "він", "вона", "від",
];
const BE: &[&str] = &[
    "а", "у", "ва", "вы", "да", "для", "дзякуи", "дзень", "добры", "з", "за", "і", "ці", "як",
    "якая", "якія", "які", "мяне", "мне", "мои", "мая", "мы", "на", "не", "няма", "але", "аб",
    "пра", "па", "падкажыце", "калі", "ласка", "прывітанне", "ды", "так", "там", "тое", "ты",
    "гэта", "што", "я", "можна", "магу", "трэба", "патрэбна", "хто", "ведае", "хачу", "ёсць", "б",
    "бы", "дзе", "каб", "яго", "яе", "яны", "ён", "яна", "ад",
];
const KEA: &[&str] = &[
    "a", "ai", "ba", "bu", "da", "di", "dja", "e", "el", "es", "ka", "ki", "kuze", "ku", "kal",
    "kantu", "kumo", "la", "li", "m", "ma", "mas", "mi", "n", "na", "nha", "nos", "o", "pa", "pode",
    "ta", "tene", "txeu", "un", "undi", "sima", "nen", "bo", "obrigadu", "ola",
    "algen", "sabe", "kre", "meste", "podi",
];

/// The function words of `lang`.
pub fn list(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::Pt => PT,
        Lang::En => EN,
        Lang::Fr => FR,
        Lang::Es => ES,
        Lang::Ru => RU,
        Lang::Uk => UK,
        Lang::Ro => RO,
        Lang::Be => BE,
        Lang::Kea => KEA,
    }
}
