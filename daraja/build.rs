//! Compiles `openapi/daraja.yaml` into the typed client (see `pesa-codegen`,
//! whose `apis::DARAJA` holds the settings).

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=openapi");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let spec = pesa_codegen::load(pesa_codegen::apis::DARAJA, root).unwrap_or_else(|e| panic!("{e}"));
    let code = pesa_codegen::generate(&spec).unwrap_or_else(|e| panic!("{e}"));
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("daraja_generated.rs");
    std::fs::write(&out, code).unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
}
