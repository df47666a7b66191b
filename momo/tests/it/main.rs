mod common;
mod sandbox_flow;
