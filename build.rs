//! Compiles `openapi/ihela-merchant.yaml` into the typed client (see `ihela-codegen`).

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=openapi");
    let spec_path = Path::new("openapi/ihela-merchant.yaml");
    let spec = ihela_codegen::load_spec(spec_path).unwrap_or_else(|e| panic!("{e}"));
    let code = ihela_codegen::generate(&spec).unwrap_or_else(|e| panic!("{e}"));
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("ihela_generated.rs");
    std::fs::write(&out, code).unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
}
