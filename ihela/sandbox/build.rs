//! Compiles `openapi/ihela-sandbox.yaml` (the sandbox's own controls) into
//! types and a client, with `pesa-codegen`'s `apis::IHELA_SANDBOX`
//! settings: its schemas use `ihela`'s types for the merchant contract's.

fn main() {
    pesa_codegen::build(pesa_codegen::apis::IHELA_SANDBOX, "controls");
}
