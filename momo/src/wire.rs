//! Text MTN sends as a string or, in its own examples, a number
//! (`externalId: 83453`, `financialTransactionId: 363440463`).

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A JSON number or string.
#[derive(Deserialize)]
#[serde(untagged)]
enum Either {
    Number(serde_json::Number),
    Text(String),
}

/// Reads a JSON number or string as text.
pub(crate) fn digits<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    Ok(match Either::deserialize(deserializer)? {
        Either::Number(number) => number.to_string(),
        Either::Text(text) => text,
    })
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
