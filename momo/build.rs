//! Compiles `openapi/momo.yaml` into the typed client (see `pesa-codegen`,
//! whose `apis::MOMO` holds the settings) and, with the `mock` feature,
//! its typed httpmock matchers.

fn main() {
    pesa_codegen::build(pesa_codegen::apis::MOMO, "momo_generated");
}
