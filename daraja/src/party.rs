//! The numbers of M-Pesa's parties, which come as JSON numbers or text
//! (`174379`, `"174379"`): a business's shortcode, and a party that may be
//! a shortcode or a phone number.

use std::fmt;

use pesa_core::InvalidInput;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Digits between `min` and `max` long, or the refusal naming `field`.
fn digits_of(text: &str, (min, max): (usize, usize), field: &str) -> Result<String, InvalidInput> {
    let text = text.trim();
    if (min..=max).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_digit()) {
        Ok(text.to_owned())
    } else {
        Err(InvalidInput::new(field, format!("must be {min} to {max} digits")))
    }
}

macro_rules! digits_type {
    ($(#[$doc:meta])* $name:ident, $field:literal, $len:expr) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        pub struct $name(String);

        impl $name {
            #[doc = concat!("Reads `text`; refused, naming `", $field, "`, when it is not the spec's digits.")]
            pub fn parse(text: &str) -> Result<Self, InvalidInput> {
                digits_of(text, $len, $field).map(Self)
            }

            /// The digits.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(&self.0)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = crate::wire::digits(deserializer)?;
                Self::parse(&text).map_err(serde::de::Error::custom)
            }
        }
    };
}

digits_type!(
    /// A paybill or till number: 5 to 7 digits (the spec's `ShortCode`).
    ShortCode,
    "short_code",
    (5, 7)
);

digits_type!(
    /// A party of a query: a shortcode or a phone number, 5 to 12 digits
    /// (the spec's `Party`).
    PartyId,
    "party",
    (5, 12)
);

impl From<ShortCode> for PartyId {
    fn from(code: ShortCode) -> Self {
        Self(code.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_come_as_numbers_or_text_and_go_as_text() {
        let number: ShortCode = serde_json::from_str("174379").unwrap();
        let text: ShortCode = serde_json::from_str("\"174379\"").unwrap();
        assert_eq!(number, text);
        assert_eq!(serde_json::to_string(&number).unwrap(), "\"174379\"");
        assert_eq!(ShortCode::parse("12ab5").unwrap_err().field(), "short_code");
        assert_eq!(ShortCode::parse("1234").unwrap_err().field(), "short_code");
        assert!(PartyId::parse("254708374149").is_ok());
    }
}
