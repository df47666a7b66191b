mod callbacks;
mod common;
mod fault_matrix;
mod fixture_snapshots;
mod sandbox_flow;
mod secret_audit;
mod wire;
