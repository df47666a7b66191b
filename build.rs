//! Compiles `openapi/ihela-merchant.yaml` into the typed client (see
//! `ihela-codegen`) and, with the `mock` feature, its typed httpmock matchers.

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=openapi");
    let spec_path = Path::new("openapi/ihela-merchant.yaml");
    let spec = ihela_codegen::load_spec(spec_path).unwrap_or_else(|e| panic!("{e}"));
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let write = |name: &str, code: String| {
        let path = Path::new(&out).join(name);
        std::fs::write(&path, code).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
    };
    write(
        "ihela_generated.rs",
        ihela_codegen::generate(&spec).unwrap_or_else(|e| panic!("{e}")),
    );
    if std::env::var_os("CARGO_FEATURE_MOCK").is_some() {
        write(
            "ihela_mock.rs",
            ihela_codegen::generate_mocks(&spec).unwrap_or_else(|e| panic!("{e}")),
        );
    }
}
