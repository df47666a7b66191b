//! Compiles `openapi/ihela-merchant.yaml` into the typed client (see
//! `pesa-codegen`, whose `apis::IHELA` holds the settings) and, with the
//! `mock` feature, its typed httpmock matchers.

fn main() {
    pesa_codegen::build(pesa_codegen::apis::IHELA, "ihela_generated");
}
