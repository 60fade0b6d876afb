//! CLDR 46 plural rules (plurals.xml, ordinals.xml) of balcao's languages.
//!
//! Each function follows CLDR's rule text, quoted above it. CLDR's `e`
//! operand (compact exponent) is always 0 here: Fluent never passes
//! compact numbers.

use unic_langid::LanguageIdentifier;

use crate::operands::PluralOperands;
use crate::PluralCategory::{self, FEW, MANY, ONE, OTHER, TWO};

pub type PluralRule = fn(&PluralOperands) -> PluralCategory;

/// CLDR_VERSION is the version of CLDR the rules were written from.
pub static CLDR_VERSION: usize = 46;

/// Locale, cardinal rule, ordinal rule. `pt` is European Portuguese, the
/// Portuguese balcao writes; Brazilian rules would make 0 `one`.
const RULES: &[(&str, PluralRule, PluralRule)] = &[
    ("be", be, be_ordinal),
    ("en", en, en_ordinal),
    ("es", es, other),
    ("fr", fr, fr_ordinal),
    ("kea", other, other),
    ("pt", pt_pt, other),
    ("pt-PT", pt_pt, other),
    ("ro", ro, ro_ordinal),
    ("ru", ru_uk, other),
    ("uk", ru_uk, uk_ordinal),
];

fn langid(tag: &str) -> LanguageIdentifier {
    tag.parse().expect("the rule table holds valid tags")
}

pub fn find(locale: &LanguageIdentifier, ordinal: bool) -> Option<PluralRule> {
    RULES
        .iter()
        .find(|(tag, _, _)| langid(tag) == *locale)
        .map(|&(_, cardinal, ord)| if ordinal { ord } else { cardinal })
}

pub fn locales() -> Vec<LanguageIdentifier> {
    RULES.iter().map(|(tag, _, _)| langid(tag)).collect()
}

/// `n` when it is a whole number: CLDR's conditions on `n` with a range or
/// a modulus (`n % 10 = 2..4`) hold only for whole values.
fn whole(po: &PluralOperands) -> Option<u64> {
    if po.t == 0 {
        Some(po.i)
    } else {
        None
    }
}

/// `e = 0 and i != 0 and i % 1000000 = 0 and v = 0` (fr, es, pt-PT).
fn millions(po: &PluralOperands) -> bool {
    po.v == 0 && po.i != 0 && po.i % 1_000_000 == 0
}

fn other(_: &PluralOperands) -> PluralCategory {
    OTHER
}

/// one: `i = 1 and v = 0`
fn en(po: &PluralOperands) -> PluralCategory {
    if po.i == 1 && po.v == 0 {
        ONE
    } else {
        OTHER
    }
}

/// one: `n % 10 = 1 and n % 100 != 11`; two: `n % 10 = 2 and n % 100 != 12`;
/// few: `n % 10 = 3 and n % 100 != 13`
fn en_ordinal(po: &PluralOperands) -> PluralCategory {
    match whole(po).map(|n| (n % 10, n % 100)) {
        Some((1, r)) if r != 11 => ONE,
        Some((2, r)) if r != 12 => TWO,
        Some((3, r)) if r != 13 => FEW,
        _ => OTHER,
    }
}

/// one: `i = 1 and v = 0`; many: `e = 0 and i != 0 and i % 1000000 = 0 and v = 0`
fn pt_pt(po: &PluralOperands) -> PluralCategory {
    if po.i == 1 && po.v == 0 {
        ONE
    } else if millions(po) {
        MANY
    } else {
        OTHER
    }
}

/// one: `i = 0,1`; many: as pt-PT
fn fr(po: &PluralOperands) -> PluralCategory {
    if po.i <= 1 {
        ONE
    } else if millions(po) {
        MANY
    } else {
        OTHER
    }
}

/// one: `n = 1`
fn fr_ordinal(po: &PluralOperands) -> PluralCategory {
    if po.n == 1.0 {
        ONE
    } else {
        OTHER
    }
}

/// one: `n = 1`; many: as pt-PT
fn es(po: &PluralOperands) -> PluralCategory {
    if po.n == 1.0 {
        ONE
    } else if millions(po) {
        MANY
    } else {
        OTHER
    }
}

/// one: `i = 1 and v = 0`;
/// few: `v != 0 or n = 0 or n != 1 and n % 100 = 1..19`
fn ro(po: &PluralOperands) -> PluralCategory {
    if po.i == 1 && po.v == 0 {
        ONE
    } else if po.v != 0 || po.n == 0.0 || (1..=19).contains(&(po.i % 100)) {
        // With v = 0 here, n is i; i = 1 was taken by `one`.
        FEW
    } else {
        OTHER
    }
}

/// one: `n = 1`
fn ro_ordinal(po: &PluralOperands) -> PluralCategory {
    fr_ordinal(po)
}

/// one: `v = 0 and i % 10 = 1 and i % 100 != 11`;
/// few: `v = 0 and i % 10 = 2..4 and i % 100 != 12..14`;
/// many: `v = 0 and i % 10 = 0 or v = 0 and i % 10 = 5..9 or v = 0 and i % 100 = 11..14`
fn ru_uk(po: &PluralOperands) -> PluralCategory {
    if po.v != 0 {
        return OTHER;
    }
    slavic(po.i)
}

/// The one/few/many split of ru, uk and be on a whole number.
fn slavic(n: u64) -> PluralCategory {
    match (n % 10, n % 100) {
        (1, r) if r != 11 => ONE,
        (2..=4, r) if !(12..=14).contains(&r) => FEW,
        _ => MANY,
    }
}

/// few: `n % 10 = 3 and n % 100 != 13`
fn uk_ordinal(po: &PluralOperands) -> PluralCategory {
    match whole(po).map(|n| (n % 10, n % 100)) {
        Some((3, r)) if r != 13 => FEW,
        _ => OTHER,
    }
}

/// one: `n % 10 = 1 and n % 100 != 11`;
/// few: `n % 10 = 2..4 and n % 100 != 12..14`;
/// many: `n % 10 = 0 or n % 10 = 5..9 or n % 100 = 11..14`
/// (on n, so 1.0 and 21.0 are `one`, while 1.5 is `other`)
fn be(po: &PluralOperands) -> PluralCategory {
    whole(po).map_or(OTHER, slavic)
}

/// few: `n % 10 = 2,3 and n % 100 != 12,13`
fn be_ordinal(po: &PluralOperands) -> PluralCategory {
    match whole(po).map(|n| (n % 10, n % 100)) {
        Some((2..=3, r)) if r != 12 && r != 13 => FEW,
        _ => OTHER,
    }
}
