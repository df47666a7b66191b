//! The market's public key, from Vodacom's developers' portal: it encrypts
//! the API key (for a session) and the session id (for every other
//! request) with RSA PKCS#1 v1.5, then base64 (TK `create_bearer_token`).
//! Neither the key's input nor its output is ever logged.

use std::fmt;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use pesa_core::{InvalidInput, Secret};
use rsa::pkcs8::DecodePublicKey;
use rsa::{Pkcs1v15Encrypt, PublicKey as RsaPublicKey};

/// A market's public key.
#[derive(Clone)]
pub struct PublicKey(RsaPublicKey);

impl fmt::Debug for PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use rsa::traits::PublicKeyParts;
        f.debug_struct("PublicKey")
            .field("modulus_bits", &(self.0.size() * 8))
            .finish()
    }
}

impl PublicKey {
    /// The key as the portal shows it: the base64 of its DER
    /// (SubjectPublicKeyInfo), or the same in PEM (`-----BEGIN PUBLIC
    /// KEY-----`). Refused, naming `public_key`, otherwise.
    pub fn parse(text: &str) -> Result<Self, InvalidInput> {
        let refused = |reason: String| InvalidInput::new("public_key", reason);
        // PEM is the same base64 between its armour lines.
        let body: String = text
            .lines()
            .filter(|line| !line.trim_start().starts_with("-----"))
            .flat_map(str::split_whitespace)
            .collect();
        let der = STANDARD.decode(body).map_err(|e| refused(format!("not base64: {e}")))?;
        let key =
            RsaPublicKey::from_public_key_der(&der).map_err(|e| refused(format!("not an RSA public key: {e}")))?;
        Ok(Self(key))
    }

    /// `secret` encrypted with the key, then base64: what a request's
    /// `Authorization: Bearer` carries.
    pub(crate) fn encrypt(&self, secret: &Secret) -> Result<Secret, InvalidInput> {
        let encrypted = self
            .0
            .encrypt(&mut getrandom::SysRng, Pkcs1v15Encrypt, secret.expose().as_bytes())
            .map_err(|e| InvalidInput::new("api_key", format!("cannot be encrypted with the public key: {e}")))?;
        Ok(Secret::new(STANDARD.encode(encrypted)))
    }
}
