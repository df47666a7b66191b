//! Text MTN sends as a string or, in its own examples, a number
//! (`externalId: 83453`, `financialTransactionId: 363440463`).

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Reads a JSON number or string as text (`pesa_core`'s).
pub(crate) use pesa_core::text_or_number as digits;

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
