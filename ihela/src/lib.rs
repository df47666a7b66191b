//! # ihela
//!
//! A typed client for the [iHela Credit Union](https://testgate.ihela.online)
//! merchant API (Burundi): take payments with bills, check a bill's status,
//! pay money out to a customer (cash-in), receive iHela's callback (see
//! [`callback`]: confirmation with iHela, and a ready handler), and let
//! customers log in with their iHela account (see [`login`]).
//!
//! Everything about the wire comes from one hand-written contract,
//! `openapi/ihela-merchant.yaml`, compiled at build time by progenitor into
//! [`types`] and a generated client that [`Client`] drives through
//! `pesa-core`'s one call path (token, retries, one renewal on a 401). This
//! crate adds one error type ([`Error`]) that never lets a refused payment
//! pass for a success, and validation of what is sent.
//!
//! **Two generations** of iHela's API coexist, and the requests say which
//! they speak: [`gen1`] (`ihela-python-client`: `bill/init/`,
//! `bill/verify/`, cash-in with `bank_slug`) and [`gen2`] (`ihela-sdk`
//! 2026: `bill-init/`, `bill-check/`, cash-in with `credit_bank` and a PIN,
//! answers in an envelope). Their answers come in one shape per concept:
//! [`CreatedBill`] (what to do next with a new bill), [`BillState`] (where a
//! bill stands), [`CashInReceipt`].
//!
//! **Identifiers** ([`MerchantReference`], [`BillCode`], [`BankSlug`],
//! [`AccountNumber`]) are the types answers carry, so what one call returns
//! feeds the next; text becomes one only through its `parse`, which names
//! the field it refuses, so two identifiers read as text cannot be swapped
//! by accident. **Money**: amounts sent are [`Francs`] (whole francs, at
//! least 1, refused when made); amounts received are
//! [`rust_decimal::Decimal`]. **Secrets** ([`Secret`], [`Pin`]) never show in
//! `Debug`, logs or errors.
//!
//! **Reliability**: calls that are safe to repeat are retried
//! ([`RetryPolicy`]); a bill init or cash-in is never sent twice once it may
//! have reached iHela: an unresolved outcome is [`Error::OutcomeUnknown`].
//! Each operation runs in a `tracing` span `call` (provider, operation,
//! attempt, status, duration).
//!
//! ```no_run
//! # async fn run() -> ihela::Result<()> {
//! use ihela::gen1::InitBill;
//! use ihela::{Client, CreatedBill, Francs, MerchantReference};
//!
//! let client = Client::from_env()?.build()?; // IHELA_CLIENT_ID, IHELA_CLIENT_SECRET
//! let order = MerchantReference::parse("order-1042")?;
//! let request = InitBill::new(Francs::new(2000)?, "clientmail@gmail.com", "Order 1042", order.clone());
//! let bill = client.init_bill(request).await?;
//! if let CreatedBill::ToConfirm { confirmation_uri, .. } = &bill {
//!     println!("send the customer to {confirmation_uri}");
//! }
//! let state = client.verify_bill(&order, &bill.bill().code).await?;
//! # let _ = state;
//! # Ok(())
//! # }
//! ```
//!
//! Optional dependencies: the `axum` feature adds the callback route
//! (`callback::CallbackHandler::into_router`) and the "log in with iHela"
//! routes (`login::LoginHandler`); the `mock` feature adds typed httpmock
//! matchers (`ihela::mock`).

#![cfg_attr(docsrs, feature(doc_cfg))]
#![warn(missing_docs)]
// clippy::pedantic, read through: what it found is fixed, but for these.
#![warn(clippy::pedantic)]
#![allow(
    clippy::missing_errors_doc,
    reason = "every fallible call returns ihela::Error, whose variants are documented once, on the type"
)]
#![allow(
    clippy::must_use_candidate,
    reason = "builders and requests are #[must_use] types; marking every getter adds noise, not safety"
)]
#![allow(
    clippy::match_same_arms,
    reason = "the decision tables (envelope verdicts, retry verdicts) read better one case per arm"
)]

mod answer;
mod auth;
pub mod banking;
mod banks;
mod bills;
pub mod callback;
mod cash_in;
mod client;
mod error;
#[cfg(any(fuzzing, test))]
#[doc(hidden)]
pub mod fuzzing;
pub mod gen1;
pub mod gen2;
pub mod login;
mod money;
mod requests;
mod secret;

/// The code generated from the spec (see `pesa-codegen`). Its client is
/// this crate's own (driven by `pesa_core::call`): conveniences of it that
/// the crate does not use are not dead code to remove.
#[allow(missing_docs, unused_imports, dead_code, clippy::all, clippy::pedantic)]
mod generated {
    include!(concat!(env!("OUT_DIR"), "/ihela_generated.rs"));
}

pub use banks::CustomerQuery;
pub use bills::{BillState, CreatedBill, PaymentOutcome};
pub use cash_in::CashInReceipt;
pub use client::{Client, ClientBuilder, Environment, USER_AGENT};
pub use error::{AuthError, Error, ErrorBody, Ihela, InvalidInput, Refusal, Result};
pub use generated::open_enums::{AuthorizeError, BankType, BillStatus, ResponseCode};
pub use generated::types::{AccountNumber, BankSlug, BillCode, MerchantReference};
pub use generated::{fields, parameters, paths, servers};
pub use login::CustomerClient;
pub use money::{AmountError, Francs};
pub use pesa_core::journal::{Intent, Reconciled, Verdict};
pub use pesa_core::pesa_store;
pub use pesa_core::{DEFAULT_CONNECT_TIMEOUT, DEFAULT_REFRESH_MARGIN, DEFAULT_TIMEOUT, RetryPolicy, Secret};
pub use requests::IntoCashIn;
pub use secret::Pin;

/// The contract itself, `openapi/ihela-merchant.yaml`, as JSON: what a
/// server that speaks it reads requests through (the sandbox does).
pub const CONTRACT: &str = include_str!("../openapi/ihela-merchant.json");

/// Every schema of the spec as a Rust type (the open enums, amounts and
/// secrets included), as the generated client reads and writes them.
pub mod types {
    pub use crate::generated::open_enums::*;
    pub use crate::generated::types::*;
    pub use crate::money::Francs;
    pub use crate::secret::Pin as PinCode;
}

/// Typed httpmock matchers, generated from the spec: `MockServerExt` gives an
/// `httpmock::MockServer` one method per operation
/// (`server.list_banks(|when, then| { then.ok(&banks); })`), which matches
/// its method and path and takes typed answers.
#[cfg(feature = "mock")]
#[cfg_attr(docsrs, doc(cfg(feature = "mock")))]
#[allow(missing_docs, clippy::all, clippy::pedantic)]
pub mod mock {
    include!(concat!(env!("OUT_DIR"), "/ihela_generated_mock.rs"));
}

/// The README's examples, compiled as doc tests.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

/// Misuse that must not compile (`docs/misuse.md`), checked as doc tests.
#[doc = include_str!("../docs/misuse.md")]
#[cfg(doctest)]
pub struct MisuseDoesNotCompile;
