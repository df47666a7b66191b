//! A command group per API, each on its typed client.

pub mod banking;
pub mod ihela;
