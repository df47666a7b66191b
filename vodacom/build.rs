//! Compiles `openapi/vodacom.yaml` into the typed client (see
//! `pesa-codegen`, whose `apis::VODACOM` holds the settings) and, with the
//! `mock` feature, its typed httpmock matchers.

fn main() {
    pesa_codegen::build(pesa_codegen::apis::VODACOM, "vodacom_generated");
}
