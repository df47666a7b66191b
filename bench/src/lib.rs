//! What each client of the workspace costs over a hand-written call,
//! measured side by side in one process (`cargo bench -p pesa-bench`, see
//! `benches/client.rs`), and against its peers (`peers.sh`).
//!
//! - [`gateway`]: a loopback server that answers each API's token call and
//!   its measured call (iHela's bank list, Daraja's STK query) with the
//!   recorded fixtures;
//! - [`contenders`]: each measured call through the client, through a
//!   hand-written reqwest call with the same settings, and through hyper
//!   alone (the floor: no client layer at all);
//! - [`measure`]: sequential latencies, calls per second with many calls in
//!   flight, and the process's peak memory.
//!
//! Nothing here fails on a number: the bench prints figures and ratios.

pub mod contenders;
pub mod gateway;
pub mod measure;
