//! The optional webhook signature of the 2026 SDK: an HMAC-SHA256 hex digest
//! of the exact raw body under a key shared with iHela.

use hmac::{Hmac, Mac};
use sha2::Sha256;

use super::CallbackError;
use pesa_core::Secret;

/// A shared key for the optional webhook signature: the HMAC-SHA256 hex
/// digest of the exact raw body, in [`SIGNATURE_HEADER`](super::SIGNATURE_HEADER).
#[derive(Clone, Debug)]
pub struct SignatureKey(Secret);

impl SignatureKey {
    /// The key shared with iHela.
    pub fn new(key: impl Into<Secret>) -> Self {
        Self(key.into())
    }

    fn mac(&self, body: &[u8]) -> Hmac<Sha256> {
        // HMAC accepts keys of any length: this cannot fail.
        let mut mac = Hmac::<Sha256>::new_from_slice(self.0.expose().as_bytes()).expect("HMAC takes any key length");
        mac.update(body);
        mac
    }

    /// The hex signature of `body` (what iHela sends; useful in tests).
    pub fn sign(&self, body: &[u8]) -> String {
        hex::encode(self.mac(body).finalize().into_bytes())
    }

    /// Checks `signature` (the header's value) against the raw `body`, in
    /// constant time. A missing, non-hex or wrong-length signature is refused.
    pub fn verify(&self, body: &[u8], signature: Option<&str>) -> Result<(), CallbackError> {
        let signature = signature.ok_or(CallbackError::MissingSignature)?;
        let bytes = hex::decode(signature.trim()).map_err(|_| CallbackError::BadSignature)?;
        self.mac(body)
            .verify_slice(&bytes)
            .map_err(|_| CallbackError::BadSignature)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::callback::tests::PAID;

    #[test]
    fn signatures_must_match_the_exact_body() {
        let key = SignatureKey::new("shared-key");
        let signature = key.sign(PAID.as_bytes());
        assert_eq!(signature.len(), 64);
        assert_eq!(key.verify(PAID.as_bytes(), Some(&signature)), Ok(()));
        assert_eq!(key.verify(PAID.as_bytes(), None), Err(CallbackError::MissingSignature));
        assert_eq!(
            key.verify(PAID.as_bytes(), Some("zz")),
            Err(CallbackError::BadSignature)
        );
        assert_eq!(
            key.verify(PAID.as_bytes(), Some(&signature[..62])),
            Err(CallbackError::BadSignature)
        );
        let mut changed = PAID.as_bytes().to_vec();
        changed[10] ^= 1;
        assert_eq!(key.verify(&changed, Some(&signature)), Err(CallbackError::BadSignature));
        let other = SignatureKey::new("other-key").sign(PAID.as_bytes());
        assert_eq!(
            key.verify(PAID.as_bytes(), Some(&other)),
            Err(CallbackError::BadSignature)
        );
        assert!(!format!("{key:?}").contains("shared-key"));
    }
}
