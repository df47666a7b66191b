//! M-Pesa in **Mozambique** (Vodacom Mozambique, meticais): the variant of
//! Vodacom's OpenAPI that Mozambique speaks, from
//! `openapi/vodacom-mozambique.yaml`. No session: every request carries
//! the API key itself, encrypted under the market's public key. Each
//! operation has a port of its own (`Ports`, read from the spec). The
//! caller's key is sent as `input_ThirdPartyReference`, the same
//! [`ThirdPartyConversationId`](crate::ThirdPartyConversationId) as the
//! other markets'; payments, reversals and their results are the crate's
//! ([`Payment`](crate::Payment), [`Processed`](crate::Processed), …), and
//! nothing is paid twice in the same way: a lost answer or an `INS-10` is
//! looked up by a status query under the key first.
//!
//! ```no_run
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! use vodacom::mozambique::{Client, Environment};
//! use vodacom::{Amount, Msisdn, Payment, PublicKey};
//!
//! let key = PublicKey::parse(&std::env::var("VODACOM_MZ_PUBLIC_KEY")?)?;
//! let client = Client::builder(Environment::Sandbox, key, std::env::var("VODACOM_MZ_API_KEY")?, "171717".try_into()?)
//!     .build()?;
//! let payment = Payment::new(
//!     "order1042".try_into()?,
//!     Msisdn::parse("258843330333")?,
//!     Amount::whole(10)?,
//!     "ORDER-1042".try_into()?,
//!     "Shoes",
//! );
//! let paid = client.c2b(&payment).await?;
//! # let _ = paid;
//! # Ok(())
//! # }
//! ```

mod auth;
mod client;
mod payments;

/// The code generated from `openapi/vodacom-mozambique.yaml` (see
/// `pesa-codegen`); its client is this module's own.
#[allow(missing_docs, unused_imports, dead_code, clippy::all, clippy::pedantic)]
mod generated {
    include!(concat!(env!("OUT_DIR"), "/mozambique_generated.rs"));
}

pub use client::{Client, ClientBuilder, Environment, Initiator, Ports};
pub use generated::{fields, parameters, paths, servers};

/// The contract, `openapi/vodacom-mozambique.yaml`, bundled as JSON (with
/// the schemas it uses from `vodacom.yaml`): what a server that speaks it
/// reads requests through.
pub const CONTRACT: &str = include_str!("../../openapi/vodacom-mozambique.json");

/// Every schema of Mozambique's spec as a Rust type (those it shares with
/// the other markets are the crate's [`types`](crate::types)).
pub mod types {
    pub use super::generated::types::*;
}

/// Typed httpmock matchers, generated from Mozambique's spec (see the
/// crate's `mock`).
#[cfg(feature = "mock")]
#[cfg_attr(docsrs, doc(cfg(feature = "mock")))]
#[allow(missing_docs, clippy::all, clippy::pedantic)]
pub mod mock {
    include!(concat!(env!("OUT_DIR"), "/mozambique_generated_mock.rs"));
}
