//! Which passwords are accepted: long enough, and hard enough to guess by
//! zxcvbn's estimate (common passwords, keyboard rows, repeats, sequences,
//! dates, dictionary words, and the person's own username and name).

use zxcvbn::Score;
use zxcvbn::feedback::Warning;

/// Passwords shorter than this are refused whatever their strength.
pub const MIN_PASSWORD_CHARS: usize = 10;
/// Longer input is refused before hashing (argon2 takes any length, and an
/// attacker would make every request costly).
pub const MAX_PASSWORD_BYTES: usize = 1024;
/// zxcvbn's "safely unguessable" class: about 10^10 guesses or more.
const MIN_SCORE: Score = Score::Three;
/// Parts of a username or name shorter than this are not looked for inside
/// a password ("Ana" is inside "banana").
const MIN_PERSONAL_CHARS: usize = 4;

/// Why a password was refused, for a message in the reader's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weakness {
    TooShort,
    TooLong,
    /// One of the most used passwords, or close to one.
    Common,
    /// Holds the username or the person's name.
    Personal,
    /// Repeats, sequences, keyboard rows or dates.
    Pattern,
    /// Otherwise too easy to guess (a word or two on their own).
    Guessable,
}

impl std::fmt::Display for Weakness {
    /// For the command line; the console words it in the reader's language.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Weakness::TooShort => "too short: at least 10 characters",
            Weakness::TooLong => "too long",
            Weakness::Common => "one of the most common passwords",
            Weakness::Personal => "it contains the username or the name",
            Weakness::Pattern => "a pattern (repeats, sequences, keyboard rows or dates)",
            Weakness::Guessable => "too easy to guess: use a few unrelated words",
        })
    }
}

/// Lower-case letters and digits only, so "Ana.Silva" is found in
/// "anasilva2024".
fn folded(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

fn holds_personal(password: &str, personal: &[&str]) -> bool {
    let password = folded(password);
    personal
        .iter()
        .flat_map(|p| std::iter::once(folded(p)).chain(p.split_whitespace().map(folded)))
        .any(|part| part.chars().count() >= MIN_PERSONAL_CHARS && password.contains(&part))
}

/// Accepts a password or says why not. `personal` holds what an attacker
/// would try first: the username and the person's name. Slow-ish (a few
/// milliseconds for long input): run it beside the password hashing.
pub fn check_password(password: &str, personal: &[&str]) -> Result<(), Weakness> {
    if password.len() > MAX_PASSWORD_BYTES {
        return Err(Weakness::TooLong);
    }
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(Weakness::TooShort);
    }
    if holds_personal(password, personal) {
        return Err(Weakness::Personal);
    }
    let estimate = zxcvbn::zxcvbn(password, personal);
    if estimate.score() >= MIN_SCORE {
        return Ok(());
    }
    let warning = estimate.feedback().and_then(|f| f.warning());
    Err(match warning {
        Some(
            Warning::ThisIsATop10Password
            | Warning::ThisIsATop100Password
            | Warning::ThisIsACommonPassword
            | Warning::ThisIsSimilarToACommonlyUsedPassword,
        ) => Weakness::Common,
        Some(
            Warning::StraightRowsOfKeysAreEasyToGuess
            | Warning::ShortKeyboardPatternsAreEasyToGuess
            | Warning::RepeatsLikeAaaAreEasyToGuess
            | Warning::RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess
            | Warning::SequencesLikeAbcAreEasyToGuess
            | Warning::RecentYearsAreEasyToGuess
            | Warning::DatesAreOftenEasyToGuess,
        ) => Weakness::Pattern,
        _ => Weakness::Guessable,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_and_patterned_passwords_are_refused_with_their_reason() {
        let me = ["ana.silva", "Ana Silva"];
        assert_eq!(check_password("short", &me), Err(Weakness::TooShort));
        assert_eq!(check_password("password123", &me), Err(Weakness::Common));
        assert_eq!(check_password("1234567890", &me), Err(Weakness::Common));
        assert_eq!(check_password("aaaaaaaaaa", &me), Err(Weakness::Pattern));
        assert_eq!(check_password("qwertyuiop", &me), Err(Weakness::Common));
        assert_eq!(check_password("ana.silva1", &me), Err(Weakness::Personal));
        assert_eq!(check_password("SilvaSilva!", &me), Err(Weakness::Personal));
        assert_eq!(check_password("sunshine11", &me), Err(Weakness::Common));
    }

    #[test]
    fn long_unrelated_words_pass() {
        let me = ["ana.silva", "Ana Silva"];
        assert_eq!(check_password("a long enough password", &me), Ok(()));
        assert_eq!(check_password("caravela azul no tejo", &me), Ok(()));
        assert_eq!(check_password("banana-tree 48 horas", &me), Ok(()));
    }
}
