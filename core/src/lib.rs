//! # pesa-core
//!
//! What every payment API client of the `ihela` workspace shares, written
//! once: the call path from an operation down to the socket ([`call`]), the
//! access token its calls carry ([`Tokens`]: single flight, early renewal,
//! one renewal on a 401), retries of what is safe to repeat
//! ([`RetryPolicy`]), nothing paid twice ([`sent_once`],
//! [`sent_once_or_found`], [`sent_by_reference`]), one error type ([`Error`]) and secrets that never
//! show ([`Secret`]).
//!
//! A client crate compiles its OpenAPI contract with progenitor (the
//! generation settings are in `pesa-codegen`, which also implements
//! [`Operation`] for every generated builder), implements [`Gateway`] for
//! the generated client (its session, its token operation) and
//! [`Answer`] for the answers that can carry a refusal, and calls
//! [`authorize`] from the generated client's `pre` hook. Each of its
//! operations is then one line: `pesa_core::call(api, api.list_banks()).await`.

#![warn(missing_docs)]

mod answer;
mod call;
pub mod callback;
mod error;
#[cfg(any(fuzzing, feature = "fuzzing"))]
pub mod fuzzing;
pub mod journal;
mod money;
mod msisdn;
mod once;
mod retry;
mod secret;
mod settings;
mod token;

pub use answer::{Answer, Rejection};
pub use call::{
    Gateway, Operation, Session, answer_value, authenticate, authorize, call, call_once, empty_answer, token_failure,
};
pub use error::{AuthError, CallbackError, Error, ErrorBody, InvalidInput, LoginError, Provider, Refusal, checked};
pub use money::{AmountError, Currency, Whole};
pub use msisdn::{Msisdn, text_or_number};
pub use once::{sent_by_reference, sent_once, sent_once_or_found};
/// The store crate, for the builders' `journal` and the handlers' `store`.
pub use pesa_store;
pub use retry::RetryPolicy;
pub use secret::Secret;
pub use settings::{DEFAULT_CONNECT_TIMEOUT, DEFAULT_REFRESH_MARGIN, DEFAULT_TIMEOUT, Settings, base_url};
pub use token::{Issued, Token, Tokens, basic_header, sensitive_header};
