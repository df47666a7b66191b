//! The sandbox's private key: it decrypts what a client sends as
//! `Authorization: Bearer base64(RSA-PKCS#1 v1.5(secret))`.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use rsa::pkcs8::DecodePrivateKey as _;
use rsa::{Pkcs1v15Encrypt, PrivateKey};

/// The sandbox's keypair's private half (`keys/sandbox-private.b64`, a
/// test key, published).
#[derive(Clone)]
pub struct Keys(PrivateKey);

impl std::fmt::Debug for Keys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Keys(..)")
    }
}

impl Keys {
    /// The bundled test key.
    pub fn sandbox() -> Self {
        let der = STANDARD
            .decode(include_str!("../keys/sandbox-private.b64").trim())
            .unwrap_or_else(|e| unreachable!("the bundled key is base64: {e}"));
        let key = PrivateKey::from_pkcs8_der(&der).unwrap_or_else(|e| unreachable!("the bundled key reads: {e}"));
        Self(key)
    }

    /// What an `Authorization` header's value carries, decrypted: `None`
    /// when it is not `Bearer <base64>` of something this key encrypted.
    pub fn bearer(&self, header: &str) -> Option<String> {
        let (scheme, encrypted) = header.trim().split_once(' ')?;
        if !scheme.eq_ignore_ascii_case("bearer") {
            return None;
        }
        let bytes = STANDARD.decode(encrypted.trim()).ok()?;
        let plain = self.0.decrypt(Pkcs1v15Encrypt, &bytes).ok()?;
        String::from_utf8(plain).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `secret` encrypted as a client does, with the sandbox's public key.
    fn encrypted(secret: &str) -> String {
        use rsa::pkcs8::DecodePublicKey as _;
        let der = STANDARD.decode(crate::PUBLIC_KEY.trim()).unwrap();
        let key = rsa::PublicKey::from_public_key_der(&der).unwrap();
        let bytes = key
            .encrypt(&mut getrandom::SysRng, Pkcs1v15Encrypt, secret.as_bytes())
            .unwrap();
        STANDARD.encode(bytes)
    }

    #[test]
    fn what_the_client_encrypts_with_the_public_key_is_read_back() {
        let header = format!("Bearer {}", encrypted("the-api-key"));
        assert_eq!(Keys::sandbox().bearer(&header).as_deref(), Some("the-api-key"));
        assert_eq!(Keys::sandbox().bearer("Bearer bm90IGVuY3J5cHRlZA=="), None);
        assert_eq!(Keys::sandbox().bearer("Basic abc"), None);
    }
}
