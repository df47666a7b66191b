//! Compiles `openapi/daraja.yaml` into the typed client (see `pesa-codegen`,
//! whose `apis::DARAJA` holds the settings) and, with the `mock` feature,
//! its typed httpmock matchers.

fn main() {
    pesa_codegen::build(pesa_codegen::apis::DARAJA, "daraja_generated");
}
