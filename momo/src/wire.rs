//! Text MTN sends as a string or, in its own examples, a number
//! (`externalId: 83453`, `financialTransactionId: 363440463`).

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Reads a JSON number or string as text: a visitor of both, rather than
/// an untagged enum, which buffers every value before trying each shape.
pub(crate) fn digits<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
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

macro_rules! text_types {
    ($($(#[$doc:meta])* $name:ident;)*) => {$(
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        pub struct $name(pub String);

        impl $name {
            /// The text.
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
                digits(deserializer).map($name)
            }
        }
    )*};
}

text_types! {
    /// Text MTN sends (an `externalId` echoed back), from a string or a number.
    Text;
    /// MTN's id of the money's movement, once it moved: keep it with the
    /// payment, it is what MTN's statements show.
    FinancialTransactionId;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_numbers_read_as_text() {
        assert_eq!(serde_json::from_str::<Text>("\"83453\"").unwrap().as_str(), "83453");
        assert_eq!(serde_json::from_str::<Text>("83453").unwrap().as_str(), "83453");
        assert_eq!(
            serde_json::from_str::<FinancialTransactionId>("363440463")
                .unwrap()
                .as_str(),
            "363440463"
        );
        assert!(serde_json::from_str::<Text>("[1]").is_err());
    }
}
