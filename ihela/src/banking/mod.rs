//! iHela's banking and agent services (`openapi/ihela-banking.yaml`): a
//! partner bank moving money in and out of iHela accounts
//! ([`BankingClient`]), and an agent cashing customers in and out
//! ([`AgentClient`]), on the same gateways as the merchant API.
//!
//! Each logs in with the client-credentials token `ihela-sdk` sends or
//! with the JWT pair iHela's documentation describes ([`Login`]), one token
//! shared by every call, renewed before it expires and once on a 401. Every
//! money-moving call takes your reference and is sent once under it: a
//! lost answer is looked up by transaction status, never sent again. A
//! refusal, `"success": false` included, is never a success. With a
//! [`SignatureKey`](crate::callback::SignatureKey), the money-moving calls
//! are signed over the exact bytes sent.

mod agent;
mod answer;
mod auth;
mod partner;
mod service;
pub mod wire;

/// The code generated from the banking contract (see `pesa-codegen`).
#[allow(missing_docs, unused_imports, dead_code, clippy::all, clippy::pedantic)]
pub(crate) mod generated {
    include!(concat!(env!("OUT_DIR"), "/ihela_banking_generated.rs"));
}

pub use agent::{AgentClient, PendingCashOut};
pub use auth::Login;
pub use partner::{BankingClient, Movement};
pub use service::{Receipt, Service, ServiceBuilder};

/// Every schema of the banking contract as a Rust type.
pub mod types {
    pub use super::generated::open_enums::*;
    pub use super::generated::types::*;
    pub use super::wire::FrancsText;
    pub use crate::generated::open_enums::ResponseCode;
    pub use crate::money::Francs;
    pub use crate::secret::Pin as PinCode;
}

pub use generated::{fields, headers, parameters, paths};

/// Typed matchers for the banking and agent contract's operations: on an
/// `httpmock::MockServer` one method per operation
/// (`server.make_deposit(|when, then| { then.ok(&answer); })`), which
/// matches its method and path and takes typed answers.
#[cfg(feature = "mock")]
#[cfg_attr(docsrs, doc(cfg(feature = "mock")))]
#[allow(missing_docs, clippy::all, clippy::pedantic)]
pub mod mock {
    include!(concat!(env!("OUT_DIR"), "/ihela_banking_generated_mock.rs"));
}

/// `openapi/ihela-banking.yaml` as JSON: what a sandbox reads requests
/// through.
pub const CONTRACT: &str = include_str!("../../openapi/ihela-banking.json");
