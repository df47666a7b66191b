//! Compiles `openapi/daraja-sandbox.yaml` (the sandbox's own controls) into
//! types and a client, with `pesa-codegen`'s `apis::DARAJA_SANDBOX`
//! settings: its schemas use `daraja`'s types for the Daraja contract's.

fn main() {
    pesa_codegen::build(pesa_codegen::apis::DARAJA_SANDBOX, "controls");
}
