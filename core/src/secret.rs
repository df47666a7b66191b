//! Secrets: client secrets, API keys, access tokens, passwords.
//!
//! [`Secret`] keeps its value in a [`secrecy::SecretString`] (zeroed on
//! drop) and prints as `[redacted]` in `Debug`. It serializes to its plain
//! value only because the wire needs it (a token in a sandbox's answer, a
//! password in a request body); nothing in this workspace logs a serialized
//! request.

use std::fmt;

use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A secret string. `Debug` shows `[redacted]`.
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_the_value() {
        let secret = Secret::new("s3cr3t-value");
        let shown = format!("{secret:?} {:#?}", (secret.clone(),));
        assert!(!shown.contains("s3cr3t-value"), "{shown}");
        assert_eq!(secret.expose(), "s3cr3t-value");
        assert_eq!(serde_json::to_string(&secret).unwrap(), "\"s3cr3t-value\"");
    }
}
