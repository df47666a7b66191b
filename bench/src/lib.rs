//! What the `ihela` client costs over a hand-written call, measured side by
//! side in one process (`cargo bench -p ihela-bench`, see `benches/client.rs`).
//!
//! - [`gateway`]: a loopback server that answers the token call and the bank
//!   list with the recorded fixtures;
//! - [`contenders`]: the same bank list through `ihela`, through a
//!   hand-written reqwest call with the same settings, and through hyper
//!   alone (the floor: no client layer at all);
//! - [`measure`]: sequential latencies, calls per second with many calls in
//!   flight, and the process's peak memory.
//!
//! Nothing here fails on a number: the bench prints figures and ratios.

pub mod contenders;
pub mod gateway;
pub mod measure;
