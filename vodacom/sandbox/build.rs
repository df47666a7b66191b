//! Compiles `openapi/vodacom-sandbox.yaml` (the sandbox's own controls)
//! into types and a client, with `pesa-codegen`'s `apis::VODACOM_SANDBOX`
//! settings: its schemas use `vodacom-mpesa`'s types for the contract's.

fn main() {
    pesa_codegen::build(pesa_codegen::apis::VODACOM_SANDBOX, "controls");
}
