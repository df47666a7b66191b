//! The integration tests, in one binary: linked once, they build in a
//! fraction of the time thirteen binaries took.
//!
//! - `wire`: the exact requests each operation sends (httpmock, typed mocks);
//! - `fixture_snapshots`: every recorded answer, decoded and snapshotted;
//! - `errors`, `retries`: error paths and what is retried;
//! - `fault_matrix`: every injected fault against the money-moving calls;
//! - `confirmation`, `callback_endpoint`: callbacks and redirects confirmed;
//! - `login`: "log in with iHela";
//! - `sandbox_flow`, `merchant_integration`: the flows against the sandbox;
//! - `secret_audit`: no secret in logs, `Debug` or errors.
//!
//! Misuse that must not compile is in `docs/misuse.md`, checked as doc
//! tests of the library.

mod banking;
mod banking_faults;
mod banking_fixtures;
mod banking_sandbox;
mod callback_endpoint;
mod common;
mod confirmation;
mod errors;
mod fault_matrix;
mod fixture_snapshots;
mod journal;
mod load;
mod login;
mod merchant_integration;
mod retries;
mod sandbox_flow;
mod secret_audit;
mod wire;
