//! Compiles `openapi/momo-sandbox.yaml` (the sandbox's own controls) into
//! types and a client, with `pesa-codegen`'s `apis::MOMO_SANDBOX` settings:
//! its schemas use `mtn-momo`'s types for the MoMo contract's.

fn main() {
    pesa_codegen::build(pesa_codegen::apis::MOMO_SANDBOX, "controls");
}
