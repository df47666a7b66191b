//! # pesa-sandbox
//!
//! What every stateful fake payment gateway of the `ihela` workspace
//! shares, written once:
//!
//! - reading requests through the spec ([`Valid`], [`Params`], a
//!   [`Contract`]): no field name or limit written by hand;
//! - serving a router on loopback ([`Bound`], [`Running`], [`serve`]), with
//!   one line logged per request and a clean shutdown, and a binary's wait
//!   for Ctrl-C ([`stop_requested`]);
//! - faults injected into the next requests ([`Faults`], [`Fault`]) and a
//!   clock that a test moves forward ([`Clock`]), with their controls under
//!   `/_sandbox/` ([`controls_router`]), described in
//!   `openapi/sandbox-controls.yaml` and generated from it ([`controls`]).
//!
//! - the secret audit's instruments ([`audit`]) for the clients' suites.
//!
//! A sandbox implements [`Gateway`] for its state and builds its router
//! with its own routes, [`controls_router`], and [`faults::inject`] in
//! front of the gateway's routes.

#![warn(missing_docs)]

pub mod audit;
mod background;
mod clock;
mod contract;
pub mod dashboard;
pub mod faults;
pub mod requests;
mod running;
mod server;

use std::sync::Arc;

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};

pub use background::Background;
pub use clock::Clock;
pub use contract::{Contract, Params, Problem, ProblemKind, Refused, Rejection, Valid, server_path};
pub use controls::types::{Fault, FaultKind};
pub use faults::{Faults, Scenario};
pub use running::{Bound, Running, closed_port_url, log_to_stdout, stop_requested};
pub use server::serve;

/// The controls every sandbox serves, generated from
/// `openapi/sandbox-controls.yaml`: their `types`, `paths`, and a `Client`
/// to drive a sandbox from outside (a command line, a dashboard's tests).
#[allow(missing_docs, unused_imports, dead_code, clippy::all, clippy::pedantic)]
pub mod controls {
    include!(concat!(env!("OUT_DIR"), "/controls.rs"));
}

/// `openapi/sandbox-controls.yaml` as JSON, for a sandbox's [`Contract`].
pub const CONTROLS: &str = include_str!("../openapi/sandbox-controls.json");

/// What every sandbox holds besides its own state: the contract it reads
/// requests through, the faults waiting for their requests, the work it
/// does after it answered, and its clock.
#[derive(Debug)]
pub struct Kit {
    /// The operations of the specs it serves (its gateway's, its controls).
    pub contract: Contract,
    /// The faults waiting for their requests.
    pub faults: Faults,
    /// The work it does after it answered (a delayed request, a callback).
    pub background: Background,
    /// The sandbox's clock.
    pub clock: Clock,
    /// The requests it received, for `GET /_sandbox/requests` (the server
    /// keeps them: [`Bound::serve`]).
    pub requests: Arc<requests::Requests>,
}

impl Kit {
    /// The kit of a sandbox serving `specs` (as JSON; the shared controls'
    /// spec is added), its clock stopped at `clock_start` until moved, or
    /// the system's when none.
    ///
    /// # Errors
    /// When a spec does not compile (see [`Contract::new`]).
    pub fn new(specs: &[&str], clock_start: Option<chrono::DateTime<chrono::Utc>>) -> std::io::Result<Kit> {
        let mut all = specs.to_vec();
        all.push(CONTROLS);
        Ok(Kit {
            contract: Contract::new(&all).map_err(std::io::Error::other)?,
            faults: Faults::default(),
            background: Background::default(),
            clock: clock_start.map_or_else(Clock::system, Clock::stopped_at),
            requests: Arc::default(),
        })
    }
}

/// A sandbox as the shared parts see it: its [`Kit`], and how it refuses a
/// request that does not follow its contract.
pub trait Gateway: Send + Sync + 'static {
    /// Its contract, faults, background work and clock.
    fn kit(&self) -> &Kit;
    /// The answer to a request that does not follow the contract, in the
    /// gateway's own error shape.
    fn reject(&self, rejection: Rejection) -> axum::response::Response;
    /// The operations of the specs it serves (its gateway's, its controls).
    fn contract(&self) -> &Contract {
        &self.kit().contract
    }
    /// The faults waiting for their requests.
    fn faults(&self) -> &Faults {
        &self.kit().faults
    }
    /// The work it does after it answered (a delayed request, a callback).
    fn background(&self) -> &Background {
        &self.kit().background
    }
    /// The sandbox's clock.
    fn clock(&self) -> &Clock {
        &self.kit().clock
    }
}

/// The bearer token of a request's `Authorization` header (`Bearer <token>`,
/// the scheme's case ignored), when it has one.
pub fn bearer_token(headers: &axum::http::HeaderMap) -> Option<String> {
    headers
        .get(axum::http::header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.split_once(' '))
        .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
        .map(|(_, token)| token.trim().to_owned())
}

/// The controls of `openapi/sandbox-controls.yaml` (faults, clock), for a
/// sandbox to merge into its router.
pub fn controls_router<G: Gateway>(gateway: Arc<G>) -> Router {
    use controls::paths;
    Router::new()
        .route(paths::INJECT_FAULT, post(inject_fault::<G>).delete(clear_faults::<G>))
        .route(paths::READ_CLOCK, get(read_clock::<G>))
        .route(paths::ADVANCE_CLOCK, post(advance_clock::<G>))
        .route(paths::READ_REQUESTS, get(read_requests::<G>))
        .with_state(gateway)
}

async fn inject_fault<G: Gateway>(
    State(gateway): State<Arc<G>>,
    Valid(fault): Valid<Fault>,
) -> (StatusCode, Json<Fault>) {
    gateway.faults().add(fault.clone());
    (StatusCode::CREATED, Json(fault))
}

async fn clear_faults<G: Gateway>(State(gateway): State<Arc<G>>) -> StatusCode {
    gateway.faults().clear();
    StatusCode::NO_CONTENT
}

async fn read_clock<G: Gateway>(State(gateway): State<Arc<G>>) -> Json<controls::types::ClockReading> {
    Json(controls::types::ClockReading {
        now: gateway.clock().now(),
    })
}

async fn read_requests<G: Gateway>(
    State(gateway): State<Arc<G>>,
    Params(query): Params<controls::parameters::ReadRequests>,
) -> Json<Vec<controls::types::LoggedRequest>> {
    let after = query.after.and_then(|after| u64::try_from(after).ok()).unwrap_or(0);
    Json(gateway.kit().requests.since(after))
}

async fn advance_clock<G: Gateway>(
    State(gateway): State<Arc<G>>,
    Valid(advance): Valid<controls::types::ClockAdvance>,
) -> Json<controls::types::ClockReading> {
    Json(controls::types::ClockReading {
        now: gateway.clock().advance(std::time::Duration::from_secs(advance.seconds)),
    })
}
