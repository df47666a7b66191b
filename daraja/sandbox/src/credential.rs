//! Checking a security credential for real: decrypted with the sandbox's
//! private key (its certificate is the one clients encrypt with), then
//! compared with the initiator's password.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use rsa::pkcs8::DecodePrivateKey;
use rsa::{Pkcs1v15Encrypt, PrivateKey};

/// The sandbox's private key (`keys/sandbox-key.pem`, a test key).
const PRIVATE_KEY: &str = include_str!("../keys/sandbox-key.pem");

/// What a security credential says, once decrypted.
#[derive(Debug, PartialEq, Eq)]
pub enum Credential {
    /// The initiator's password: the right one.
    Right,
    /// A password that is not the initiator's.
    WrongPassword,
    /// Not something the sandbox's key decrypts.
    Undecryptable,
}

/// The sandbox's key, read once.
#[derive(Debug)]
pub struct Keys(PrivateKey);

impl Default for Keys {
    fn default() -> Self {
        let key =
            PrivateKey::from_pkcs8_pem(PRIVATE_KEY).unwrap_or_else(|e| unreachable!("the bundled test key reads: {e}"));
        Self(key)
    }
}

impl Keys {
    /// Checks `credential` against the initiator's `password`.
    pub fn check(&self, credential: &str, password: &str) -> Credential {
        let Ok(encrypted) = STANDARD.decode(credential.trim()) else {
            return Credential::Undecryptable;
        };
        match self.0.decrypt(Pkcs1v15Encrypt, &encrypted) {
            Ok(plain) if plain == password.as_bytes() => Credential::Right,
            Ok(_) => Credential::WrongPassword,
            Err(_) => Credential::Undecryptable,
        }
    }
}
