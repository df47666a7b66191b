//! # vodacom
//!
//! A typed Rust client for **M-Pesa in Vodacom's markets** through
//! Vodacom's OpenAPI gateway (`openapi.m-pesa.com`): Tanzania and Ghana.
//! Take a customer's payment (C2B, confirmed on their phone), pay
//! customers (B2C) and businesses (B2B), reverse a payment, ask a
//! transaction's status, and debit customers under their mandate.
//!
//! Everything about the wire comes from one hand-written contract,
//! `openapi/vodacom.yaml` (OpenAPI 3.0.3): Vodacom publishes none. The
//! client is generated from it by progenitor and driven by `pesa-core`'s
//! one call path, as the other clients of this workspace are.
//!
//! - **One session per client**, opened with the API key encrypted under
//!   the market's public key, shared by every caller and clone, opened
//!   again only when the gateway refuses it; a new session is **waited
//!   for by asking it** until it is live, never by a fixed sleep per call
//!   (the seed SDK sleeps 30 seconds before every call).
//! - **Nothing paid twice**: every money-moving call carries your
//!   `ThirdPartyConversationID`, chosen before it leaves; a lost answer is
//!   looked up under it before anything is sent again.
//! - **Money is never `f64`**: [`Amount`] is a positive decimal of at most
//!   two places, in the market's currency.
//! - **Numbers are a type** ([`Msisdn`]); **secrets stay secret**: the API
//!   key and the session never show in `Debug`, logs or errors.
//!
//! Mozambique's variant (`openapi/vodacom-mozambique.yaml`: no session, a
//! port per operation) has its own client: [`mozambique::Client`].

#![cfg_attr(docsrs, feature(doc_cfg))]
#![warn(missing_docs)]

mod answer;
mod auth;
mod client;
mod error;
#[cfg(any(fuzzing, test))]
#[doc(hidden)]
pub mod fuzzing;
mod key;
mod mandates;
mod money;
pub mod mozambique;
mod payments;

/// The code generated from the spec (see `pesa-codegen`). Its client is
/// this crate's own (driven by `pesa_core::call`): conveniences of it that
/// the crate does not use are not dead code to remove.
#[allow(missing_docs, unused_imports, dead_code, clippy::all, clippy::pedantic)]
mod generated {
    include!(concat!(env!("OUT_DIR"), "/vodacom_generated.rs"));
}

pub use client::{Client, ClientBuilder, DEFAULT_SESSION_WAIT, DEFAULT_TIMEOUT, Environment, Market, USER_AGENT};
pub use error::{AuthError, Error, ErrorBody, ErrorExt, InvalidInput, Result, Vodacom};
pub use generated::open_enums::{Frequency, ResponseCode, TransactionStatus};
pub use generated::types::{
    ConversationId, ServiceProviderCode, ThirdPartyConversationId, TransactionId, TransactionReference,
};
pub use generated::{fields, parameters, paths, servers};
pub use key::PublicKey;
pub use mandates::{Mandate, MandatePayment};
pub use money::Amount;
pub use payments::{BusinessPayment, Payment, Processed, Reversal, Status};
pub use pesa_core::journal::{Intent, Reconciled, Verdict};
pub use pesa_core::{Msisdn, RetryPolicy, Secret, pesa_store};

/// The README's examples, compiled as doc tests.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

/// Typed httpmock matchers, generated from the spec: `MockServerExt` gives an
/// `httpmock::MockServer` one method per operation
/// (`server.c2b_payment(|when, then| { then.ok(&answer); })`), which
/// matches its method and path and takes typed answers.
#[cfg(feature = "mock")]
#[cfg_attr(docsrs, doc(cfg(feature = "mock")))]
#[allow(missing_docs, clippy::all, clippy::pedantic)]
pub mod mock {
    include!(concat!(env!("OUT_DIR"), "/vodacom_generated_mock.rs"));
}

/// The contract itself, `openapi/vodacom.yaml`, as JSON: what a server that
/// speaks it reads requests through.
pub const CONTRACT: &str = include_str!("../openapi/vodacom.json");

/// Every schema of the spec as a Rust type (the open enums, amounts,
/// numbers and secrets included), as the generated client reads and writes them.
pub mod types {
    pub use crate::generated::open_enums::*;
    pub use crate::generated::types::*;
    pub use crate::money::Amount;
    pub use pesa_core::Msisdn;
}
