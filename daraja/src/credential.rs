//! The security credential of B2C, B2B, transaction status, account balance
//! and reversal: the initiator's password encrypted with RSA PKCS#1 v1.5
//! under the public key of Safaricom's certificate for the environment,
//! then base64 (the spec's `SecurityCredential`). The client makes it from
//! the password; neither is ever logged.

use std::fmt;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use pesa_core::{InvalidInput, Secret};
use rsa::pkcs8::DecodePublicKey;
use rsa::{Pkcs1v15Encrypt, PublicKey};
use x509_cert::der::{DecodePem, Encode};

/// A certificate whose public key encrypts initiator passwords: Safaricom's
/// for its sandbox or production, or a sandbox's own.
#[derive(Clone)]
pub struct Certificate {
    key: PublicKey,
}

impl fmt::Debug for Certificate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use rsa::traits::PublicKeyParts;
        f.debug_struct("Certificate")
            .field("modulus_bits", &(self.key.size() * 8))
            .finish()
    }
}

impl Certificate {
    /// Safaricom's sandbox certificate (`certificates/sandbox.cer`).
    pub fn sandbox() -> Self {
        Self::bundled(include_str!("../certificates/sandbox.cer"))
    }

    /// Safaricom's production certificate (`certificates/production.cer`).
    pub fn production() -> Self {
        Self::bundled(include_str!("../certificates/production.cer"))
    }

    fn bundled(pem: &str) -> Self {
        Self::from_pem(pem).unwrap_or_else(|e| unreachable!("a bundled certificate reads: {e}"))
    }

    /// A certificate in PEM (`-----BEGIN CERTIFICATE-----`) with an RSA key;
    /// refused, naming `certificate`, otherwise.
    pub fn from_pem(pem: &str) -> Result<Self, InvalidInput> {
        let refused = |reason: String| InvalidInput::new("certificate", reason);
        let certificate = x509_cert::Certificate::from_pem(pem.trim()).map_err(|e| refused(e.to_string()))?;
        let info = certificate
            .tbs_certificate()
            .subject_public_key_info()
            .to_der()
            .map_err(|e| refused(e.to_string()))?;
        let key = PublicKey::from_public_key_der(&info).map_err(|e| refused(format!("not an RSA key: {e}")))?;
        Ok(Self { key })
    }

    /// The security credential of `password`: encrypted, then base64.
    pub(crate) fn encrypt(&self, password: &Secret) -> Result<Secret, InvalidInput> {
        let encrypted = self
            .key
            .encrypt(&mut getrandom::SysRng, Pkcs1v15Encrypt, password.expose().as_bytes())
            .map_err(|e| InvalidInput::new("initiator_password", e.to_string()))?;
        Ok(Secret::new(STANDARD.encode(encrypted)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_certificates_read_and_encrypt() {
        for certificate in [Certificate::sandbox(), Certificate::production()] {
            let credential = certificate.encrypt(&Secret::new("Safaricom999!*!")).unwrap();
            let bytes = STANDARD.decode(credential.expose()).unwrap();
            assert_eq!(bytes.len(), 256, "a 2048-bit key's ciphertext");
            assert!(!format!("{credential:?}").contains(credential.expose()));
        }
        assert_eq!(
            Certificate::from_pem("not a certificate").unwrap_err().field(),
            "certificate"
        );
    }
}
