//! A Safaricom customer's phone number, as M-Pesa wants it: `2547XXXXXXXX`
//! or `2541XXXXXXXX`, 12 digits, country code, no `+`.

use std::fmt;

use pesa_core::InvalidInput;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A Kenyan mobile number in M-Pesa's form. [`PhoneNumber::parse`] takes
/// the ways people write one (`0712 345 678`, `+254712345678`,
/// `254712345678`, `712345678`) and keeps `254712345678`.
///
/// Personal data: `Debug` shows only its last three digits.
///
/// ```
/// use daraja::PhoneNumber;
/// # fn main() -> daraja::Result<()> {
/// assert_eq!(PhoneNumber::parse("0712 345 678")?.as_str(), "254712345678");
/// assert_eq!(PhoneNumber::parse("+254 110 123 456")?.as_str(), "254110123456");
/// assert!(PhoneNumber::parse("0612345678").is_err()); // not a mobile number
/// # Ok(())
/// # }
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct PhoneNumber(String);

impl PhoneNumber {
    /// Reads a number written `07…`, `01…`, `+2547…`, `2547…` or `7…`
    /// (spaces and dashes ignored); refused, naming `phone_number`, when it
    /// is not a Kenyan mobile number.
    pub fn parse(text: &str) -> Result<Self, InvalidInput> {
        let digits: String = text.chars().filter(|c| !matches!(c, ' ' | '-' | '(' | ')')).collect();
        let digits = digits.strip_prefix('+').unwrap_or(&digits);
        let national = match digits.len() {
            12 => digits.strip_prefix("254"),
            10 => digits.strip_prefix('0'),
            9 => Some(digits),
            _ => None,
        };
        match national {
            Some(rest)
                if rest.len() == 9 && rest.starts_with(['7', '1']) && rest.bytes().all(|b| b.is_ascii_digit()) =>
            {
                Ok(Self(format!("254{rest}")))
            }
            _ => Err(InvalidInput::new(
                "phone_number",
                "must be a Kenyan mobile number: 07XXXXXXXX, 01XXXXXXXX, +2547XXXXXXXX or 2547XXXXXXXX",
            )),
        }
    }

    /// The number as M-Pesa wants it: `254` and 9 digits.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The number for logs: its last three digits only (`254******678`).
    pub fn masked(&self) -> String {
        let (hidden, shown) = self.0.split_at(self.0.len() - 3);
        format!("{}{}{shown}", &hidden[..3], "*".repeat(hidden.len() - 3))
    }
}

impl fmt::Debug for PhoneNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PhoneNumber({})", self.masked())
    }
}

impl fmt::Display for PhoneNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for PhoneNumber {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for PhoneNumber {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = crate::wire::digits(deserializer)?;
        Self::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_common_form_becomes_254_and_nine_digits() {
        for written in [
            "0712345678",
            "+254712345678",
            "254712345678",
            "712345678",
            "0712-345-678",
            "(0712) 345 678",
        ] {
            assert_eq!(
                PhoneNumber::parse(written).unwrap().as_str(),
                "254712345678",
                "{written}"
            );
        }
        assert_eq!(PhoneNumber::parse("0110123456").unwrap().as_str(), "254110123456");
        for wrong in [
            "",
            "0612345678",
            "25571234567",
            "07123456789",
            "07123x5678",
            "+255712345678",
        ] {
            assert_eq!(
                PhoneNumber::parse(wrong).unwrap_err().field(),
                "phone_number",
                "{wrong}"
            );
        }
    }

    #[test]
    fn it_reads_a_number_or_text_and_never_shows_whole_in_debug() {
        let number: PhoneNumber = serde_json::from_str("254708374149").unwrap();
        let text: PhoneNumber = serde_json::from_str("\"254708374149\"").unwrap();
        assert_eq!(number, text);
        assert_eq!(serde_json::to_string(&number).unwrap(), "\"254708374149\"");
        assert_eq!(format!("{number:?}"), "PhoneNumber(254******149)");
    }
}
