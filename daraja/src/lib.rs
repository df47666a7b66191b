//! # daraja
//!
//! A typed Rust client for **Safaricom's M-Pesa Daraja API** (Kenya): take
//! payments with a prompt on the customer's phone (M-Pesa Express, "STK
//! push") and ask how it ended, receive customers' payments to a paybill or
//! till (C2B), pay customers (B2C) and businesses (B2B), ask a
//! transaction's status and the account balance, reverse a payment, and
//! receive Daraja's callbacks, confirmed with Daraja before they are
//! believed.
//!
//! Everything about the wire comes from one hand-written contract,
//! `openapi/daraja.yaml` (OpenAPI 3.0.3): Safaricom publishes none. The
//! client is generated from it by progenitor and driven by `pesa-core`'s
//! one call path (token, retries, a refused token renewed once), as the
//! `ihela` client is.
//!
//! - **Money is never `f64`**: amounts sent are [`Shillings`] (whole, at
//!   least 1, refused when made); amounts received are
//!   `rust_decimal::Decimal`.
//! - **Phone numbers are a type** ([`PhoneNumber`]): `0712 345 678`,
//!   `+254712345678` and `254712345678` all go out as `254712345678`.
//! - **Secrets stay secret**: the consumer secret, the token, the STK
//!   passkey and password, the initiator password and the security
//!   credential it becomes never show in `Debug`, logs or errors.
//! - **One token per client**, shared by every caller: each new Daraja
//!   token invalidates the last.
//! - **Nothing paid twice**: B2C carries the caller's
//!   `OriginatorConversationID`, which Daraja deduplicates; a lost answer
//!   is looked up with transaction status, never blindly sent again.

#![cfg_attr(docsrs, feature(doc_cfg))]
#![warn(missing_docs)]

mod answer;
mod auth;
mod business;
mod c2b;
pub mod callback;
mod client;
mod credential;
mod error;
mod express;
#[cfg(any(fuzzing, test))]
#[doc(hidden)]
pub mod fuzzing;
mod money;
mod party;
mod phone;
mod wire;

/// The code generated from the spec (see `pesa-codegen`). Its client is
/// this crate's own (driven by `pesa_core::call`): conveniences of it that
/// the crate does not use are not dead code to remove.
#[allow(missing_docs, unused_imports, dead_code, clippy::all, clippy::pedantic)]
mod generated {
    include!(concat!(env!("OUT_DIR"), "/daraja_generated.rs"));
}

pub use business::{B2bPayment, B2cPayment, Business, Initiator, ResultUrls, Reversal, StatusQuery, Submitted};
pub use c2b::{C2b, C2bPayment, C2bUrls};
pub use client::{Client, ClientBuilder, Environment, USER_AGENT};
pub use credential::Certificate;
pub use error::{AuthError, Error, ErrorBody, ErrorExt, InvalidInput, MPesa, Refusal, Result};
pub use express::{Express, StkPrompt, StkPush, StkStatus};
pub use generated::open_enums::{ErrorCode, ResponseCode, ResultCode, StkResultCode};
pub use generated::types::{
    CheckoutRequestId, ConversationId, MerchantRequestId, OriginatorConversationId, TransactionId,
};
pub use generated::{fields, parameters, paths, servers};
pub use money::{Kes, Shillings};
pub use party::{PartyId, ShortCode};
pub use pesa_core::journal::{Intent, Reconciled, Verdict};
pub use pesa_core::pesa_store;
pub use pesa_core::{
    AmountError, DEFAULT_CONNECT_TIMEOUT, DEFAULT_REFRESH_MARGIN, DEFAULT_TIMEOUT, RetryPolicy, Secret,
};
pub use phone::PhoneNumber;

/// Typed httpmock matchers, generated from the spec: `MockServerExt` gives an
/// `httpmock::MockServer` one method per operation
/// (`server.stk_push(|when, then| { then.ok(&answer); })`), which matches
/// its method and path and takes typed answers.
#[cfg(feature = "mock")]
#[cfg_attr(docsrs, doc(cfg(feature = "mock")))]
#[allow(missing_docs, clippy::all, clippy::pedantic)]
pub mod mock {
    include!(concat!(env!("OUT_DIR"), "/daraja_generated_mock.rs"));
}

/// The contract itself, `openapi/daraja.yaml`, as JSON: what a server that
/// speaks it reads requests through (the sandbox does).
pub const CONTRACT: &str = include_str!("../openapi/daraja.json");

/// Every schema of the spec as a Rust type (the open enums, amounts, phone
/// numbers and secrets included), as the generated client reads and writes them.
/// The spec's replaced schemas are here under both names (`Msisdn` is
/// [`PhoneNumber`], `Amount` is [`Shillings`], `Party` is [`PartyId`]).
pub mod types {
    pub use crate::generated::open_enums::*;
    pub use crate::generated::types::*;
    pub use crate::money::Shillings;
    pub use crate::money::Shillings as Amount;
    pub use crate::party::PartyId as Party;
    pub use crate::party::{PartyId, ShortCode};
    pub use crate::phone::PhoneNumber;
    pub use crate::phone::PhoneNumber as Msisdn;
    pub use crate::wire::{Seconds, Value};
}

/// The README's examples, compiled as doc tests.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
