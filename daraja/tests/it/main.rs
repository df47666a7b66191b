//! The integration tests, in one binary:
//!
//! - `wire`: the exact requests each operation sends (httpmock, typed mocks);
//! - `fixture_snapshots`: every recorded sample, decoded and snapshotted;
//! - `sandbox_flow`: the merchant's flows against the sandbox, callbacks included;
//! - `merchant_integration`: the README's test, as a merchant writes it;
//! - `callbacks`: forged, repeated, malformed and unlisted callbacks;
//! - `fault_matrix`: every injected fault against STK push, B2C and the queries;
//! - `secret_audit`: no secret in logs, `Debug` or errors.

mod callbacks;
mod common;
mod fault_matrix;
mod fixture_snapshots;
mod journal;
mod merchant_integration;
mod sandbox_flow;
mod secret_audit;
mod wire;
