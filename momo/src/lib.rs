//! # mtn-momo
//!
//! A typed Rust client for **MTN Mobile Money's Open API** ("MoMo"): ask a
//! customer to pay on their phone ([`Collection`]), pay people and refund
//! them ([`Disbursement`]), send remittances ([`Remittance`]), follow each
//! request to its final state ([`Outcome`]), and receive MTN's callback,
//! confirmed with MTN before it is believed ([`callback`]).
//!
//! Everything about the wire comes from one hand-written contract,
//! `openapi/momo.yaml` (OpenAPI 3.0.3): MTN's own exports cannot be
//! generated from. The client is generated from it by progenitor and driven
//! by `pesa-core`'s one call path, as the `ihela` and `daraja` clients are.
//!
//! - **Money is never `f64`**: amounts sent are [`Money`] (a positive
//!   decimal in a [`Currency`], checked against its minor unit when made);
//!   amounts received are `rust_decimal::Decimal`.
//! - **Numbers are a type** ([`Msisdn`]): E.164 digits, sent without `+`.
//! - **Nothing paid twice**: every request that moves money is created
//!   under the caller's [`ReferenceId`]; a lost answer or MTN's 409 is read
//!   back by the request's status before anything is sent again.
//! - **One token per product and API user**, shared by every caller; keys
//!   and tokens never show in `Debug`, logs or errors.

#![cfg_attr(docsrs, feature(doc_cfg))]
#![warn(missing_docs)]

mod answer;
mod auth;
pub mod callback;
mod client;
mod collection;
mod disbursement;
mod error;
#[cfg(any(fuzzing, test))]
#[doc(hidden)]
pub mod fuzzing;
mod money;
mod outcome;
mod party;
pub mod poll;
mod product;
mod provisioning;
mod reason;
mod remittance;
mod request;
mod wire;

/// The code generated from the spec (see `pesa-codegen`).
#[allow(missing_docs, unused_imports, dead_code, clippy::all, clippy::pedantic)]
mod generated {
    include!(concat!(env!("OUT_DIR"), "/momo_generated.rs"));
}

pub use auth::Credentials;
pub use client::{ClientBuilder, Environment, USER_AGENT};
pub use collection::Collection;
pub use disbursement::Disbursement;
pub use error::{AuthError, Error, ErrorBody, ErrorExt, InvalidInput, Momo, Result};
pub use generated::open_enums::{ReasonCode, Status, TargetEnvironment};
pub use generated::types::ReferenceId;
pub use generated::{fields, headers, parameters, paths, servers};
pub use money::{Amount, Currency, Money};
pub use outcome::{Outcome, Transaction};
pub use party::Party;
pub use pesa_core::Msisdn;
pub use pesa_core::journal::{Intent, Reconciled, Verdict};
pub use pesa_core::pesa_store;
pub use pesa_core::{DEFAULT_CONNECT_TIMEOUT, DEFAULT_REFRESH_MARGIN, DEFAULT_TIMEOUT, RetryPolicy, Secret};
pub use product::{Accepted, ProductClient};
pub use provisioning::Provisioning;
pub use reason::Reason;
pub use remittance::Remittance;
pub use request::{CashTransfer, PayerIdentity, Payment, Refund};

/// Which version of an operation MTN has in two: they differ in how the
/// callback comes (MTY: the `X-Callback-Url` of `v1_0` is POSTed, of
/// `v2_0` PUT).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Version {
    /// `v1_0`: the callback is POSTed.
    V1,
    /// `v2_0`: the callback is PUT (what `mobilemoney-py` sends).
    #[default]
    V2,
}

/// Typed httpmock matchers, generated from the spec: `MockServerExt` gives an
/// `httpmock::MockServer` one method per operation
/// (`server.request_to_pay(|when, then| { then.accepted(); })`), which
/// matches its method and path and takes typed answers.
#[cfg(feature = "mock")]
#[cfg_attr(docsrs, doc(cfg(feature = "mock")))]
#[allow(missing_docs, clippy::all, clippy::pedantic)]
pub mod mock {
    include!(concat!(env!("OUT_DIR"), "/momo_generated_mock.rs"));
}

/// The README's examples, compiled as doc tests.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

/// The contract itself, `openapi/momo.yaml`, as JSON: what a server that
/// speaks it reads requests through (the sandbox does).
pub const CONTRACT: &str = include_str!("../openapi/momo.json");

/// Every schema of the spec as a Rust type.
pub mod types {
    pub use crate::generated::open_enums::*;
    pub use crate::generated::types::*;
    pub use crate::money::{Amount, Currency};
    pub use crate::party::Party;
    pub use crate::reason::Reason;
    pub use crate::wire::{FinancialTransactionId, Text, Text as ReceivedText};
    pub use pesa_core::Msisdn;
    pub use rust_decimal::Decimal as ReceivedAmount;
}
