//! Compiles `openapi/vodacom.yaml` (Tanzania, Ghana) and
//! `openapi/vodacom-mozambique.yaml` into the typed clients (see
//! `pesa-codegen`, whose `apis::VODACOM` and `apis::VODACOM_MOZAMBIQUE`
//! hold the settings) and, with the `mock` feature, their typed httpmock
//! matchers.

fn main() {
    pesa_codegen::build(pesa_codegen::apis::VODACOM, "vodacom_generated");
    pesa_codegen::build(pesa_codegen::apis::VODACOM_MOZAMBIQUE, "mozambique_generated");
}
