mod callbacks;
mod common;
mod fault_matrix;
mod sandbox_flow;
