//! `knowledge/facts.toml`: phone numbers, amounts, fees, addresses and hours
//! written once, typed, with their source, and formatted for each language
//! before they reach Fluent as variables (Fluent itself formats no numbers,
//! currencies or dates).

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::lang::Lang;

/// A fact's typed value.
#[derive(Debug, Clone, PartialEq)]
pub enum FactValue {
    /// An amount in euros.
    Money(f64),
    /// A Portuguese number: its digits, and how it is written (the grouping
    /// given in the facts file, e.g. `808 24 24 24`, or 3-3-3 by default).
    Phone {
        digits: String,
        display: String,
    },
    Url(String),
    Email(String),
    Date(NaiveDate),
    /// A count with its unit; reaches Fluent as a number so plurals work.
    Duration {
        value: f64,
        unit: String,
    },
    /// The same in every language (a street address, a year).
    Text(String),
    Hours(Vec<HoursSpan>),
}

/// Opening hours on a run of weekdays, e.g. mon-fri 09:00-17:00.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HoursSpan {
    /// `mon`, `sat`, or a range `mon-fri`.
    pub days: String,
    pub open: String,
    pub close: String,
}

/// One fact as it stands on the day the knowledge was built for, with where
/// its value comes from.
#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    pub id: String,
    pub value: FactValue,
    pub source: Option<String>,
    /// The day someone compared the value with the source.
    pub checked: Option<NaiveDate>,
    /// The source's own date: a check today against a 2017 page says little.
    pub source_date: Option<NaiveDate>,
    /// Without a source, or marked so: shown to readers as not yet confirmed.
    pub unconfirmed: bool,
    pub note: Option<String>,
    /// The day this value took effect, when the fact holds several.
    pub valid_from: Option<NaiveDate>,
    /// From this day the value may be out of date (nobody has confirmed it
    /// still holds), and readers are told so.
    pub valid_until: Option<NaiveDate>,
    /// Whether `valid_until` had come on the day the knowledge was built for.
    pub out_of_date: bool,
}

/// The fields that describe one value of a fact: the fact itself when it
/// has one value, or each entry of `values` when it changes on dates.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawValue {
    value: toml::Value,
    valid_from: Option<toml::value::Datetime>,
    valid_until: Option<toml::value::Datetime>,
    source: Option<String>,
    source_date: Option<toml::value::Datetime>,
    checked: Option<toml::value::Datetime>,
    confidence: Option<String>,
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFact {
    #[serde(rename = "type")]
    kind: String,
    unit: Option<String>,
    /// Successive values, each from its `valid_from` day.
    values: Option<Vec<RawValue>>,
    // A single value: the same fields as an entry of `values`. (Not a
    // flattened RawValue: serde's flatten drops deny_unknown_fields and
    // TOML dates.)
    value: Option<toml::Value>,
    valid_from: Option<toml::value::Datetime>,
    valid_until: Option<toml::value::Datetime>,
    source: Option<String>,
    source_date: Option<toml::value::Datetime>,
    checked: Option<toml::value::Datetime>,
    confidence: Option<String>,
    note: Option<String>,
}

impl RawFact {
    /// The single value written beside `type`, if there is one.
    fn single(&mut self) -> Option<RawValue> {
        Some(RawValue {
            value: self.value.take()?,
            valid_from: self.valid_from,
            valid_until: self.valid_until,
            source: self.source.take(),
            source_date: self.source_date,
            checked: self.checked,
            confidence: self.confidence.take(),
            note: self.note.take(),
        })
    }
}

/// Looks up a UI message in the reader's language, with arguments.
pub type Ui<'a> = dyn Fn(&str, &[(&str, String)]) -> String + 'a;

/// Facts that parsed, and (fact id, problem) for those that did not.
pub type Parsed = (Vec<Fact>, Vec<(String, String)>);

/// Parses facts.toml for `day`: each fact takes the value valid on that day.
/// Each fact that is broken (in any of its values) is reported and left out.
pub fn parse(text: &str, day: NaiveDate) -> Result<Parsed, String> {
    let raw: BTreeMap<String, RawFact> = toml::from_str(text).map_err(|e| e.to_string())?;
    let mut facts = Vec::new();
    let mut errors = Vec::new();
    for (id, mut r) in raw {
        let single = r.single();
        match on_day(&r, single.as_ref(), day) {
            Ok(mut fact) => {
                fact.id = id;
                facts.push(fact);
            }
            Err(e) => errors.push((id, e)),
        }
    }
    Ok((facts, errors))
}

fn toml_date(d: Option<toml::value::Datetime>) -> Option<NaiveDate> {
    let d = d?.date?;
    NaiveDate::from_ymd_opt(d.year.into(), d.month.into(), d.day.into())
}

/// Checks every value of a fact and returns the one valid on `day`.
fn on_day(r: &RawFact, single: Option<&RawValue>, day: NaiveDate) -> Result<Fact, String> {
    let values: Vec<&RawValue> = match (&r.values, single) {
        (Some(v), None) if !v.is_empty() => v.iter().collect(),
        (None, Some(single)) => vec![single],
        (Some(_), Some(_)) => return Err("a fact has either value or values, not both".into()),
        _ => return Err("a fact needs a value".into()),
    };
    let mut facts = Vec::new();
    for v in values {
        let value = typed(&r.kind, r.unit.as_deref(), &v.value)?;
        let source = v.source.clone().filter(|s| !s.trim().is_empty());
        let unconfirmed =
            source.is_none() || matches!(v.confidence.as_deref(), Some(c) if c != "sourced");
        let valid_until = toml_date(v.valid_until);
        facts.push(Fact {
            id: String::new(),
            value,
            source,
            checked: toml_date(v.checked),
            source_date: toml_date(v.source_date),
            unconfirmed,
            note: v.note.clone(),
            valid_from: toml_date(v.valid_from),
            valid_until,
            out_of_date: valid_until.is_some_and(|u| u <= day),
        });
    }
    if facts.len() > 1 {
        let starts: Vec<Option<NaiveDate>> = facts.iter().map(|f| f.valid_from).collect();
        if starts.iter().any(Option::is_none) {
            return Err("each of several values needs its valid_from date".into());
        }
        if starts.windows(2).any(|w| w[0] >= w[1]) {
            return Err("values must be listed by valid_from, earliest first".into());
        }
    }
    facts
        .into_iter()
        .rev()
        .find(|f| f.valid_from.is_none_or(|from| from <= day))
        .ok_or_else(|| format!("no value is valid yet on {day}"))
}

fn typed(kind: &str, unit: Option<&str>, value: &toml::Value) -> Result<FactValue, String> {
    let as_str = || {
        value
            .as_str()
            .map(str::to_string)
            .ok_or_else(|| format!("a {kind} fact needs a string value"))
    };
    let as_num = || {
        value
            .as_float()
            .or_else(|| value.as_integer().map(|i| i as f64))
            .ok_or_else(|| format!("a {kind} fact needs a number value"))
    };
    Ok(match kind {
        "money" => FactValue::Money(as_num()?),
        "phone" => {
            let written = as_str()?;
            let digits: String = written.chars().filter(|c| !c.is_whitespace()).collect();
            if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
                return Err("a phone fact needs digits (and spaces) only".into());
            }
            let display = if written.trim().contains(' ') {
                written.split_whitespace().collect::<Vec<_>>().join(" ")
            } else {
                phone(&digits)
            };
            FactValue::Phone { digits, display }
        }
        "url" => {
            let u = as_str()?;
            if !(u.starts_with("https://") || u.starts_with("http://")) {
                return Err("a url fact must start with https://".into());
            }
            FactValue::Url(u)
        }
        "email" => {
            let e = as_str()?;
            if !e.contains('@') {
                return Err("an email fact needs an @".into());
            }
            FactValue::Email(e)
        }
        "date" => {
            let d = value
                .as_datetime()
                .and_then(|d| d.date)
                .and_then(|d| NaiveDate::from_ymd_opt(d.year.into(), d.month.into(), d.day.into()))
                .ok_or("a date fact needs a date like 2026-11-20")?;
            FactValue::Date(d)
        }
        "duration" => FactValue::Duration {
            value: as_num()?,
            unit: unit.ok_or("a duration fact needs a unit")?.to_string(),
        },
        "text" => FactValue::Text(as_str()?),
        "hours" => {
            let spans: Vec<HoursSpan> = value
                .clone()
                .try_into()
                .map_err(|e| format!("hours: {e}"))?;
            for s in &spans {
                weekday_range(&s.days).ok_or_else(|| format!("unknown days {:?}", s.days))?;
            }
            FactValue::Hours(spans)
        }
        other => return Err(format!("unknown fact type {other:?}")),
    })
}

const WEEKDAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

fn weekday_range(days: &str) -> Option<(&'static str, Option<&'static str>)> {
    let find = |d: &str| WEEKDAYS.iter().copied().find(|w| *w == d.trim());
    match days.split_once('-') {
        Some((a, b)) => Some((find(a)?, Some(find(b)?))),
        None => Some((find(days)?, None)),
    }
}

/// What a fact looks like to a reader, with a link where one makes sense.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Shown {
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub href: Option<String>,
}

/// Formats a fact for `lang`. `ui` looks up UI messages (month and weekday
/// names, the date pattern) in that language.
pub fn show(value: &FactValue, lang: Lang, ui: &Ui) -> Shown {
    let plain = |text: String| Shown { text, href: None };
    match value {
        FactValue::Money(v) => plain(money(lang, *v)),
        FactValue::Phone { digits, display } => Shown {
            text: display.clone(),
            href: Some(if digits.len() == 9 {
                format!("tel:+351{digits}")
            } else {
                format!("tel:{digits}")
            }),
        },
        FactValue::Url(u) => Shown {
            text: u
                .trim_start_matches("https://")
                .trim_start_matches("http://")
                .trim_end_matches('/')
                .to_string(),
            href: Some(u.clone()),
        },
        FactValue::Email(e) => Shown {
            text: e.clone(),
            href: Some(format!("mailto:{e}")),
        },
        FactValue::Date(d) => plain(date(*d, ui)),
        FactValue::Duration { value, .. } => plain(number(lang, *value)),
        FactValue::Text(t) => plain(t.clone()),
        FactValue::Hours(spans) => plain(hours(spans, ui)),
    }
}

/// A date in the reader's language, e.g. "29 de outubro de 2023".
pub fn date(d: NaiveDate, ui: &Ui) -> String {
    let month = ui(&format!("month-{}", d.month()), &[]);
    ui(
        "date-long",
        &[
            ("day", d.day().to_string()),
            ("month", month),
            ("year", d.year().to_string()),
        ],
    )
}

fn hours(spans: &[HoursSpan], ui: &Ui) -> String {
    // Spans on the same days are joined: "Mon–Fri 09:30–12:30, 14:00–17:30".
    let mut groups: Vec<(String, Vec<String>)> = Vec::new();
    for s in spans {
        let days = match weekday_range(&s.days) {
            Some((a, Some(b))) => format!(
                "{}–{}",
                ui(&format!("weekday-{a}"), &[]),
                ui(&format!("weekday-{b}"), &[])
            ),
            Some((a, None)) => ui(&format!("weekday-{a}"), &[]),
            None => s.days.clone(),
        };
        let time = format!("{}–{}", s.open, s.close);
        match groups.iter_mut().find(|g| g.0 == days) {
            Some(g) => g.1.push(time),
            None => groups.push((days, vec![time])),
        }
    }
    groups
        .into_iter()
        .map(|(d, t)| format!("{d} {}", t.join(", ")))
        .collect::<Vec<_>>()
        .join("; ")
}

/// Groups Portuguese phone digits as they are written: 808 257 257.
fn phone(d: &str) -> String {
    if d.len() == 9 || d.len() == 6 {
        let chunks: Vec<&str> = d
            .as_bytes()
            .chunks(3)
            .filter_map(|c| std::str::from_utf8(c).ok())
            .collect();
        chunks.join(" ")
    } else {
        d.to_string()
    }
}

/// Decimal mark, thousands separator and the fewest digits before grouping
/// starts, per CLDR for each language.
fn separators(lang: Lang) -> (char, char, usize) {
    match lang {
        Lang::En => ('.', ',', 4),
        Lang::Fr => (',', '\u{202F}', 4),
        Lang::Ru | Lang::Uk | Lang::Be => (',', '\u{00A0}', 4),
        Lang::Ro => (',', '.', 4),
        Lang::Pt | Lang::Es | Lang::Kea => (',', '\u{00A0}', 5),
    }
}

/// A number in the reader's conventions; decimals only when there are any.
pub fn number(lang: Lang, v: f64) -> String {
    let (dec, group, min_grouping) = separators(lang);
    let neg = v < 0.0;
    let cents = (v.abs() * 100.0).round() as u64;
    let (int, frac) = (cents / 100, cents % 100);
    let digits = int.to_string();
    let mut out = String::new();
    if digits.len() >= min_grouping {
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push(group);
            }
            out.push(c);
        }
    } else {
        out = digits;
    }
    if frac != 0 {
        out.push(dec);
        out.push_str(&format!("{frac:02}"));
    }
    if neg { format!("-{out}") } else { out }
}

/// An amount in euros: "€920" in English, "920 €" elsewhere.
pub fn money(lang: Lang, v: f64) -> String {
    let n = number(lang, v);
    match lang {
        Lang::En => format!("€{n}"),
        _ => format!("{n}\u{00A0}€"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    const WAGE: &str = r#"
[wage]
type = "money"
[[wage.values]]
value = 920
valid_from = 2026-01-01
source = "decree"
source_date = 2025-12-29
checked = 2026-11-20
[[wage.values]]
value = 970
valid_from = 2027-01-01
valid_until = 2027-03-01
source = "announcement"
confidence = "unconfirmed"
"#;

    #[test]
    fn a_fact_takes_the_value_valid_on_the_day() {
        let on = |d| parse(WAGE, d).unwrap().0.remove(0);
        let before = on(day(2026, 12, 31));
        assert_eq!(before.value, FactValue::Money(920.0));
        assert!(!before.unconfirmed);
        assert_eq!(before.source_date, Some(day(2025, 12, 29)));
        let after = on(day(2027, 1, 1));
        assert_eq!(after.value, FactValue::Money(970.0));
        assert!(after.unconfirmed && !after.out_of_date);
        assert!(on(day(2027, 3, 1)).out_of_date);
        let (_, errors) = parse(WAGE, day(2025, 12, 31)).unwrap();
        assert!(errors[0].1.contains("no value is valid yet"), "{errors:?}");
    }

    #[test]
    fn values_out_of_order_or_mixed_with_a_value_are_reported() {
        let swapped = WAGE.replace("2027-01-01", "2025-01-01");
        assert!(
            parse(&swapped, day(2027, 1, 1)).unwrap().1[0]
                .1
                .contains("earliest first")
        );
        let both = WAGE.replace("type = \"money\"", "type = \"money\"\nvalue = 1");
        assert!(
            parse(&both, day(2027, 1, 1)).unwrap().1[0]
                .1
                .contains("not both")
        );
        let typo = "[a]\ntype = \"phone\"\nvalue = \"112\"\nchecked_on = 2026-01-01\n";
        assert!(
            parse(typo, day(2027, 1, 1)).is_err(),
            "a misspelt field is refused"
        );
    }

    #[test]
    fn money_follows_each_languages_conventions() {
        assert_eq!(money(Lang::En, 8418.0), "€8,418");
        assert_eq!(money(Lang::Pt, 537.13), "537,13\u{a0}€");
        assert_eq!(money(Lang::Pt, 8418.0), "8418\u{a0}€");
        assert_eq!(money(Lang::Pt, 18418.0), "18\u{a0}418\u{a0}€");
        assert_eq!(money(Lang::Ro, 8418.5), "8.418,50\u{a0}€");
        assert_eq!(money(Lang::Fr, 1020.0), "1\u{202f}020\u{a0}€");
    }

    #[test]
    fn phones_are_grouped_and_linked() {
        let ui = |_: &str, _: &[(&str, String)]| String::new();
        let (facts, _) = parse(
            concat!(
                "[a]\ntype = \"phone\"\nvalue = \"808257257\"\n",
                "[b]\ntype = \"phone\"\nvalue = \"808 24 24 24\"\n",
                "[c]\ntype = \"phone\"\nvalue = \"112\"\n",
            ),
            day(2026, 6, 1),
        )
        .unwrap();
        let shown: Vec<Shown> = facts
            .iter()
            .map(|f| show(&f.value, Lang::Pt, &ui))
            .collect();
        assert_eq!(shown[0].text, "808 257 257");
        assert_eq!(shown[0].href.as_deref(), Some("tel:+351808257257"));
        assert_eq!(shown[1].text, "808 24 24 24");
        assert_eq!(shown[1].href.as_deref(), Some("tel:+351808242424"));
        assert_eq!(shown[2].text, "112");
    }

    #[test]
    fn a_fact_without_source_is_unconfirmed_and_a_bad_one_is_reported() {
        let (facts, errors) = parse(
            "[a]\ntype = \"phone\"\nvalue = \"112\"\n\n[b]\ntype = \"money\"\nvalue = \"lots\"\nsource = \"x\"\n",
            day(2026, 6, 1),
        )
        .unwrap();
        assert_eq!(facts.len(), 1);
        assert!(facts[0].unconfirmed);
        assert_eq!(errors[0].0, "b");
    }
}
