//! Secrets: the client secret, access tokens and PINs.
//!
//! Both types keep their value in a [`secrecy::SecretString`] (zeroed on
//! drop) and print as `[redacted]` in `Debug`. They serialize to their plain
//! value only because the wire needs it (a PIN in a request body, a token in
//! the sandbox's answer); nothing in this crate logs a serialized request.

use std::fmt;

use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::InvalidInput;

/// A secret string: client secret or access token. `Debug` shows `[redacted]`.
#[derive(Clone)]
pub struct Secret(SecretString);

impl Secret {
    /// Wraps a secret value.
    pub fn new(value: impl Into<String>) -> Self {
        Self(SecretString::from(value.into()))
    }

    /// The plain value, for the few places that must send it.
    pub fn expose(&self) -> &str {
        self.0.expose_secret()
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret([redacted])")
    }
}

impl From<String> for Secret {
    fn from(value: String) -> Self {
        Self::new(value)
    }
}

impl From<&str> for Secret {
    fn from(value: &str) -> Self {
        Self::new(value)
    }
}

impl Serialize for Secret {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.expose())
    }
}

impl<'de> Deserialize<'de> for Secret {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::new)
    }
}

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

impl<'de> Deserialize<'de> for Pin {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        value.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_the_value() {
        let secret = Secret::new("s3cr3t-value");
        let pin: Pin = "123456".parse().unwrap();
        let shown = format!("{secret:?} {pin:?} {:#?}", (secret.clone(), pin.clone()));
        assert!(!shown.contains("s3cr3t-value"), "{shown}");
        assert!(!shown.contains("123456"), "{shown}");
        assert_eq!(secret.expose(), "s3cr3t-value");
        assert_eq!(pin.expose(), "123456");
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
