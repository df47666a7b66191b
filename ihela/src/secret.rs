//! iHela's PIN. The other secrets (client secret, tokens) are
//! `pesa-core`'s [`Secret`](pesa_core::Secret).
//!
//! [`Pin`] keeps its value in a [`secrecy::SecretString`] (zeroed on drop)
//! and prints as `[redacted]` in `Debug`. It serializes to its plain value
//! only because the wire needs it (a PIN in a request body); nothing in this
//! crate logs a serialized request.

use std::fmt;

use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::InvalidInput;

/// A merchant PIN (`PinCode` in the spec): 4 to 6 ASCII digits, checked when
/// it is made. `Debug` shows `[redacted]`.
#[derive(Clone)]
pub struct Pin(SecretString);

impl Pin {
    /// The plain value, for the request body.
    pub fn expose(&self) -> &str {
        self.0.expose_secret()
    }
}

impl std::str::FromStr for Pin {
    type Err = InvalidInput;

    fn from_str(value: &str) -> Result<Self, InvalidInput> {
        let digits = value.len();
        if (4..=6).contains(&digits) && value.bytes().all(|b| b.is_ascii_digit()) {
            Ok(Self(SecretString::from(value)))
        } else {
            // The value itself is never repeated in the error.
            Err(InvalidInput::new("pin_code", "must be 4 to 6 digits"))
        }
    }
}

impl TryFrom<&str> for Pin {
    type Error = InvalidInput;

    fn try_from(value: &str) -> Result<Self, InvalidInput> {
        value.parse()
    }
}

impl TryFrom<String> for Pin {
    type Error = InvalidInput;

    fn try_from(value: String) -> Result<Self, InvalidInput> {
        value.parse()
    }
}

impl fmt::Debug for Pin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Pin([redacted])")
    }
}

impl Serialize for Pin {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.expose())
    }
}

/// A PIN as the spec's `PinCode` allows it: digits as text, or a number.
#[derive(Deserialize)]
#[serde(untagged)]
enum PinCode {
    Text(String),
    Number(u32),
}

impl<'de> Deserialize<'de> for Pin {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = match PinCode::deserialize(deserializer)? {
            PinCode::Text(text) => text,
            PinCode::Number(number) => number.to_string(),
        };
        value.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_the_value() {
        let pin: Pin = "123456".parse().unwrap();
        let shown = format!("{pin:?} {:#?}", (pin.clone(),));
        assert!(!shown.contains("123456"), "{shown}");
        assert_eq!(pin.expose(), "123456");
    }

    #[test]
    fn a_pin_reads_as_text_or_as_a_number() {
        let read = |json: &str| serde_json::from_str::<Pin>(json).map(|pin| pin.expose().to_owned());
        assert_eq!(read(r#""0123""#).unwrap(), "0123");
        assert_eq!(read("1234").unwrap(), "1234");
        assert!(read("12").is_err() && read("-1234").is_err() && read("12.5").is_err());
    }

    #[test]
    fn pin_must_be_four_to_six_digits() {
        for bad in ["", "123", "1234567", "12a4", "١٢٣٤", " 1234"] {
            let err = bad.parse::<Pin>().unwrap_err();
            assert_eq!(err.field(), "pin_code");
            assert!(!err.to_string().contains(bad) || bad.is_empty(), "{err}");
        }
        for good in ["1234", "00000", "987654"] {
            assert_eq!(good.parse::<Pin>().unwrap().expose(), good);
        }
    }

    #[test]
    fn pin_serializes_for_the_wire_and_checks_on_decode() {
        let pin: Pin = "1234".parse().unwrap();
        assert_eq!(serde_json::to_string(&pin).unwrap(), "\"1234\"");
        assert!(serde_json::from_str::<Pin>("\"12\"").is_err());
    }
}
