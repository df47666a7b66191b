//! Compiles `openapi/ihela-merchant.yaml` and `openapi/ihela-banking.yaml`
//! into the typed clients (see `pesa-codegen`, whose `apis::IHELA` and
//! `apis::IHELA_BANKING` hold the settings) and, with the `mock` feature,
//! their typed httpmock matchers.

fn main() {
    pesa_codegen::build(pesa_codegen::apis::IHELA, "ihela_generated");
    pesa_codegen::build(pesa_codegen::apis::IHELA_BANKING, "ihela_banking_generated");
}
