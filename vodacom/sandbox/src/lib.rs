//! # vodacom-sandbox (work in progress)
//!
//! A stateful fake of Vodacom's M-Pesa OpenAPI gateway (Tanzania, Ghana),
//! to be served on loopback as the other sandboxes of this workspace are.
//! This first part holds what makes it check a client for real: its own
//! keypair (a published test key: `keys/`), so that the API key and the
//! session id a client encrypts are decrypted, and sessions that become
//! live only after a delay on the sandbox's clock.

#![warn(missing_docs)]

pub mod keys;
pub mod sessions;

/// The public key a client encrypts with for this sandbox (base64 DER,
/// as Vodacom's portal gives a market's key).
pub const PUBLIC_KEY: &str = include_str!("../keys/sandbox-public.b64");
