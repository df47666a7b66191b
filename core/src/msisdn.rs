//! Mobile numbers as the mobile-money APIs take them: E.164 digits with
//! the country code, without `+` (MoMo's `Party`, "must include country
//! code"; Vodacom's `input_CustomerMSISDN`), and text that comes as a
//! string or a number.

use std::fmt;

use crate::error::InvalidInput;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A mobile number: 8 to 15 digits with the country code, no leading 0.
/// Taken with or without `+`, spaces and dashes (`+256 772 123 456`), sent
/// as digits (`256772123456`). Personal data: `Debug` shows only its last
/// three digits.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Msisdn(String);

impl Msisdn {
    /// `number`, checked: refused (naming `msisdn`) unless it is an
    /// international number.
    pub fn parse(number: &str) -> Result<Self, InvalidInput> {
        let digits: String = number
            .trim()
            .trim_start_matches('+')
            .chars()
            .filter(|c| !matches!(c, ' ' | '-'))
            .collect();
        let valid =
            (8..=15).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit()) && !digits.starts_with('0');
        if !valid {
            return Err(InvalidInput::new(
                "msisdn",
                "must be an international number with its country code (E.164, 8 to 15 digits)",
            ));
        }
        Ok(Msisdn(digits))
    }

    /// The digits, as sent.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The number with all but its last three digits hidden, for logs.
    pub fn masked(&self) -> String {
        let shown = self.0.len().saturating_sub(3);
        format!("{}{}", "*".repeat(shown), &self.0[shown..])
    }
}

impl fmt::Debug for Msisdn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Msisdn({})", self.masked())
    }
}

impl fmt::Display for Msisdn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::str::FromStr for Msisdn {
    type Err = InvalidInput;
    fn from_str(number: &str) -> Result<Self, InvalidInput> {
        Self::parse(number)
    }
}

impl Serialize for Msisdn {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Msisdn {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = text_or_number(deserializer)?;
        Self::parse(&text).map_err(serde::de::Error::custom)
    }
}

/// Reads a JSON number or string as text: a visitor of both, rather than
/// an untagged enum, which buffers every value before trying each shape.
pub fn text_or_number<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    struct Digits;

    impl serde::de::Visitor<'_> for Digits {
        type Value = String;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a string or a number")
        }

        fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<String, E> {
            Ok(text.to_owned())
        }

        fn visit_string<E: serde::de::Error>(self, text: String) -> Result<String, E> {
            Ok(text)
        }

        fn visit_u64<E: serde::de::Error>(self, number: u64) -> Result<String, E> {
            Ok(number.to_string())
        }

        fn visit_i64<E: serde::de::Error>(self, number: i64) -> Result<String, E> {
            Ok(number.to_string())
        }

        fn visit_f64<E: serde::de::Error>(self, number: f64) -> Result<String, E> {
            Ok(number.to_string())
        }
    }

    deserializer.deserialize_any(Digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_go_out_as_digits_and_are_masked_in_debug() {
        let number = Msisdn::parse("+256 772-123-456").unwrap();
        assert_eq!(number.as_str(), "256772123456");
        assert_eq!(format!("{number:?}"), "Msisdn(*********456)");
        assert_eq!(Msisdn::parse("0772123456").unwrap_err().field(), "msisdn");
        assert!(Msisdn::parse("2567721234567890").is_err());
        assert!(Msisdn::parse("25677a123456").is_err());
        assert_eq!(
            serde_json::from_str::<Msisdn>("46733123450").unwrap().as_str(),
            "46733123450"
        );
    }
}
