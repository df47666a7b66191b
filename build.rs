//! Compiles `openapi/ihela-merchant.yaml` into the typed client (see
//! `pesa-codegen`, whose `apis::IHELA` holds the settings) and, with the
//! `mock` feature, its typed httpmock matchers.

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=openapi");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let spec = pesa_codegen::load(pesa_codegen::apis::IHELA, root).unwrap_or_else(|e| panic!("{e}"));
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let write = |name: &str, code: String| {
        let path = Path::new(&out).join(name);
        std::fs::write(&path, code).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
    };
    write(
        "ihela_generated.rs",
        pesa_codegen::generate(&spec).unwrap_or_else(|e| panic!("{e}")),
    );
    if std::env::var_os("CARGO_FEATURE_MOCK").is_some() {
        write(
            "ihela_mock.rs",
            pesa_codegen::generate_mocks(&spec).unwrap_or_else(|e| panic!("{e}")),
        );
    }
}
