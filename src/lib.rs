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
//! [`types`] and a generated client that [`Client`] drives. This crate adds
//! OAuth2 token handling, one error type ([`Error`]) that never lets
//! a refused payment pass for a success, and validation of what is sent.
//!
//! Reliability: calls that are safe to repeat are retried ([`RetryPolicy`]);
//! a bill init or cash-in is never sent twice once it may have reached iHela:
//! a bill whose answer was lost is found by its merchant reference, anything
//! else unresolved is [`Error::OutcomeUnknown`]. Each operation runs in a
//! `tracing` span `ihela` (operation, attempt, status, duration).
//!
//! Money: amounts sent are [`Francs`] (whole francs, at least 1); amounts
//! received are [`rust_decimal::Decimal`]. Secrets ([`Secret`], [`Pin`]) never
//! show in `Debug`, logs or errors.
//!
//! ```no_run
//! # async fn run() -> ihela::Result<()> {
//! use ihela::{Client, Environment, InitBill};
//!
//! let client = Client::builder(Environment::Test)
//!     .credentials("my-client-id", "my-client-secret")
//!     .build()?;
//! let banks = client.list_banks().await?;
//! let request = InitBill::new(2000, "clientmail@gmail.com", "My description", "order-1042");
//! let bill = client.init_bill(request).await?;
//! let status = client.verify_bill(bill.merchant_reference(), bill.code()).await?;
//! # let _ = (banks, status);
//! # Ok(())
//! # }
//! ```
//!
//! Requests are typed ([`InitBill`], [`CreateBill`], [`CheckBill`],
//! [`CashIn`], [`CreditCashIn`]): required values in the constructor,
//! optional ones as plain values, identifiers as the types answers carry.

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
pub mod callback;
mod client;
mod error;
#[cfg(any(fuzzing, test))]
#[doc(hidden)]
pub mod fuzzing;
pub mod login;
mod money;
mod operations;
mod requests;
mod secret;

/// The code generated from the spec (see `ihela-codegen`). Its client is
/// this crate's own (driven by `pesa_core::call`): conveniences of it that
/// the crate does not use are not dead code to remove.
#[allow(missing_docs, unused_imports, dead_code, clippy::all, clippy::pedantic)]
mod generated {
    include!(concat!(env!("OUT_DIR"), "/ihela_generated.rs"));
}

pub use client::{
    Client, ClientBuilder, DEFAULT_CONNECT_TIMEOUT, DEFAULT_REFRESH_MARGIN, DEFAULT_TIMEOUT, Environment, USER_AGENT,
};
pub use error::{AuthError, Error, ErrorBody, Ihela, InvalidInput, Refusal, Result};
pub use generated::open_enums::{AuthorizeError, BankType, BillStatus, ResponseCode};
pub use generated::{paths, servers, types};
pub use login::CustomerClient;
pub use money::{AmountError, Francs};
pub use operations::{CashInReceipt, CreatedBill, CustomerQuery, VerifiedBill};
pub use requests::{CashIn, CheckBill, CreateBill, CreditCashIn, CustomerBill, InitBill, IntoCashIn, IntoId};
pub use pesa_core::{RetryPolicy, Secret};
pub use secret::Pin;

/// Typed httpmock matchers, generated from the spec: `MockServerExt` gives an
/// `httpmock::MockServer` one method per operation
/// (`server.list_banks(|when, then| { then.ok(&banks); })`), which matches
/// its method and path and takes typed answers.
#[cfg(feature = "mock")]
#[allow(missing_docs, clippy::all, clippy::pedantic)]
pub mod mock {
    include!(concat!(env!("OUT_DIR"), "/ihela_mock.rs"));
}

/// The README's examples, compiled as doc tests.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
