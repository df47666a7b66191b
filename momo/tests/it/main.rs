mod callbacks;
mod common;
mod sandbox_flow;
