//! Compiles `openapi/sandbox-controls.yaml` (the controls every sandbox
//! serves) into types and a client, with `pesa-codegen`'s
//! `apis::SANDBOX_CONTROLS` settings.

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=openapi");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let spec = pesa_codegen::load(pesa_codegen::apis::SANDBOX_CONTROLS, root).unwrap_or_else(|e| panic!("{e}"));
    let code = pesa_codegen::generate(&spec).unwrap_or_else(|e| panic!("{e}"));
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("controls.rs");
    std::fs::write(&out, code).unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
}
